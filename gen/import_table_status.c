/* import_table_status.c - which of a table's status columns states each
 * row's status: the one found beside the one claimed ("Claimed Status |
 * Actual Status"), a readiness answered beside a status in words ("Status
 * | Production Ready?"). */
#include "import_int.h"

#include "prr/diag.h"
#include "prr/rec_date.h"
#include "prr/rec_verdict.h"

#include <string.h>

/* A header of what was claimed or reported, not found: "Claimed Status",
 * "Reported status", "Status (self-reported)". */
static bool claimed_head(const char *h)
{
	static const char *const words[] = { "claimed", "reported", "stated",
		"declared", "advertised", NULL };
	return imp_has_word_of(h, words);
}

/* A header of what was found: "Actual Status", "Verified status". */
static bool found_head(const char *h)
{
	static const char *const words[] = { "actual", "verified", "observed",
		"confirmed", "real", "true", NULL };
	return imp_has_word_of(h, words);
}

/* A header that asks whether the row is ready: "Production Ready?",
 * "Ready?", "Prod ready". */
static bool readiness_head(const char *h)
{
	static const char *const words[] = { "ready", NULL };
	return imp_has_word_of(h, words);
}

/* A header that names a launch stage: "Beta ready", "Commercial
 * launch", "GA", "Pilot". */
static bool stage_head(const char *h)
{
	static const char *const words[] = { "alpha", "beta", "ga", "launch",
		"pilot", "mvp", "preview", "rollout", NULL };
	return imp_has_word_of(h, words);
}

/* Column k marks a row at least once ("✅" beside "**Required**"). */
static bool some_marked(const imp *im, const table *t, size_t k)
{
	for (size_t r = 0; r < t->rows; r++)
		if (imp_cell_marked(im, t->raw[r][k]))
			return true;
	return false;
}

/* "Area | Beta ready | Commercial launch" of marks: each row's state at
 * two stages, neither the row's status ("**Required**" beside "✅ …"
 * is no status prr reads): no column is its status, and the table is
 * kept whole, as "Area | Beta | GA" with a cell of words is */
static bool staged_status(const imp *im, table *t)
{
	int st = imp_col_of(t, PRR_COL_STATUS);
	if (st < 1 || !stage_head(t->head[st]))
		return false;
	for (size_t k = 1; k < t->cols; k++)
		if ((int)k != st && (t->roles[k] == PRR_COL_OTHER ||
				     t->roles[k] == PRR_COL_STATUS) &&
		    stage_head(t->head[k]) && some_marked(im, t, k)) {
			for (size_t j = 0; j < t->cols; j++)
				if (t->roles[j] == PRR_COL_STATUS)
					t->roles[j] = PRR_COL_OTHER;
			return true;
		}
	return false;
}

static void described_status(const imp *im, table *t);

/* "Test type | Present | Result" of "✅ YES" beside "Many test files",
 * "`/internal/…_test.go`": a status column that states a status in one
 * cell of three at most, beside a column marked in every row, is each
 * row's note; the marked column its status. */
static void marked_beside_described(const imp *im, table *t)
{
	int st = imp_col_of(t, PRR_COL_STATUS);
	if (st < 1 || t->rows < 2)
		return;
	size_t said = 0, filled = 0;
	for (size_t r = 0; r < t->rows; r++) {
		bool known;
		const char *c = t->cell[r][st];
		prr_status_from_text(c, strlen(c), &known);
		filled += !imp_cell_blank(c);
		said += known;
	}
	if (!filled || said * 3 > filled)
		return;
	for (size_t k = 1; k < t->cols; k++) {
		size_t marked = 0;
		for (size_t r = 0; t->roles[k] == PRR_COL_OTHER && r < t->rows; r++)
			marked += imp_cell_marked(im, t->raw[r][k]);
		if (marked == t->rows) {
			t->roles[k] = PRR_COL_STATUS;
			t->roles[st] = PRR_COL_NOTES;
			return;
		}
	}
}

/* "# | Area | Verdict | Key Finding" of **YES**, **PARTIAL**: after a
 * number, each area's (or part's) verdict is its status, as "Area |
 * Verdict | Reason" without the number is (import_table.c). */
static void numbered_verdicts(const imp *im, table *t)
{
	if (t->roles[0] != PRR_COL_ID || t->cols < 3 ||
	    (t->roles[1] != PRR_COL_CATEGORY && t->roles[1] != PRR_COL_NAME) ||
	    imp_col_of(t, PRR_COL_STATUS) >= 0)
		return;
	for (size_t k = 2; k < t->cols; k++)
		if (t->roles[k] == PRR_COL_OTHER &&
		    prr_rec_verdict_label(t->head[k], strlen(t->head[k])) == 2 &&
		    imp_table_marked_column(im, t, k)) {
			t->roles[k] = PRR_COL_STATUS;
			return;
		}
}

/* (import_int.h; then a status column of descriptions is none) */
static void chosen_status(const imp *im, table *t);
bool imp_table_status_columns(const imp *im, table *t)
{
	chosen_status(im, t);
	numbered_verdicts(im, t);
	marked_beside_described(im, t);
	if (staged_status(im, t))
		return true;
	described_status(im, t);
	return false;
}

static void chosen_status(const imp *im, table *t)
{
	/* "Agent | Claimed Status | **Actual Status** | Implementation": the
	 * status claimed is what others said, the row's is the one found
	 * ("❌ 0% complete" beside a claimed "Complete" is a fail) */
	int claimed = -1, found = -1;
	for (size_t k = 0; k < t->cols; k++) {
		const char *h = t->head[k];
		if (claimed < 0 && claimed_head(h) && !found_head(h) &&
		    (t->roles[k] == PRR_COL_STATUS || t->roles[k] == PRR_COL_OTHER))
			claimed = (int)k;
		else if (found < 0 && found_head(h) && !claimed_head(h) &&
			 (t->roles[k] == PRR_COL_STATUS || t->roles[k] == PRR_COL_ACTUAL) &&
			 imp_table_marked_column(im, t, k))
			found = (int)k;
	}
	if (claimed >= 0 && found >= 0) {
		t->roles[claimed] = PRR_COL_OTHER; /* kept in the row's note */
		t->roles[found] = PRR_COL_STATUS;
		return;
	}
	/* "Component | Quality | Status | Production Ready?" of "Logs Only"
	 * beside "❌ No": the readiness answered is the row's status, the
	 * status in words before it a remark (of two status columns the
	 * last is the verdict) */
	int words = -1;
	for (size_t k = 0; k < t->cols; k++) {
		if (t->roles[k] != PRR_COL_STATUS)
			continue;
		if (words >= 0 && readiness_head(t->head[k]) &&
		    imp_table_marked_column(im, t, k)) {
			t->roles[words] = PRR_COL_OTHER;
			return;
		}
		if (words < 0 && !readiness_head(t->head[k]))
			words = (int)k;
	}
}

bool imp_table_status_aside(const table *t, size_t k)
{
	const char *h = t->head[k];
	int st = imp_col_of(t, PRR_COL_STATUS);
	return t->roles[k] == PRR_COL_OTHER && st >= 0 && st != (int)k &&
	       (prr_rec_column(h, strlen(h)) == PRR_COL_STATUS || claimed_head(h));
}

/* A cell of prose: three words or more. */
static bool prose_cell(const char *c)
{
	size_t words = 0;
	for (const char *p = c; *p; p++)
		words += *p != ' ' && (p == c || p[-1] == ' ');
	return words >= 3;
}

static void described_status(const imp *im, table *t)
{
	/* "Supplier | Onboarding, submit / revise / withdraw quote, full
	 * history kept": no cell a mark or a status word alone
	 * (imp_cell_marked), most of them prose, and at most half with a
	 * status word anywhere ("Unverified companies cannot publish
	 * RFQs", "… (completed by admin …)": words of the description) */
	/* (one status column, beside areas or parts alone: not a
	 * finding's, a risk's, a task's or a dated log's) */
	static const prr_col others[] = { PRR_COL_ID, PRR_COL_SEVERITY,
		PRR_COL_GAP, PRR_COL_RISK, PRR_COL_OWNER, PRR_COL_ETA,
		PRR_COL_BLOCKER, PRR_COL_SCORE };
	/* (or beside the proofs each row requires: "Required proof |
	 * Observed result" of sentences) */
	int st = imp_col_of(t, PRR_COL_STATUS);
	if (st < 1 || !t->rows || imp_table_states_no_checks(im, t) || (t->roles[0] != PRR_COL_CATEGORY &&
				   t->roles[0] != PRR_COL_NAME &&
				   t->roles[0] != PRR_COL_EVIDENCE &&
				   t->roles[0] != PRR_COL_OTHER))
		return;
	for (size_t k = 0; k < t->cols; k++)
		if (((int)k != st && t->roles[k] == PRR_COL_STATUS) ||
		    prr_rec_date_label(t->head[k], strlen(t->head[k])) > 0)
			return;
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
		if (imp_col_of(t, others[i]) >= 0)
			return;
	size_t filled = 0, prose = 0, worded = 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->raw[r][st];
		bool known;
		if (imp_cell_blank(t->cell[r][st]))
			continue;
		if (imp_cell_marked(im, c) || /* ("Exception — 4 of 60 …") */
		    imp_table_exception_result(t, st, c) != PRR_UNKNOWN)
			return;
		filled++;
		prose += prose_cell(t->cell[r][st]);
		/* (as imp_cell_status_of reads it, unsaid) */
		prr_status sw = imp_status_of(im, c, strlen(c), &known);
		if (!known)
			sw = prr_status_word(c, strlen(c), &known);
		imp_cell_status_said(c, strlen(c), sw, &known);
		/* ("Script delivered; not yet executed": a state said) */
		worded += known || imp_contains_ci(c, "not yet");
	}
	if (!filled || prose * 2 <= filled || worded * 2 > filled)
		return;
	t->roles[st] = PRR_COL_NOTES;
	prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map, t->first_line, 0,
		     "not read as statuses: column '%s' describes each row, "
		     "no status stated", t->head[st]);
}
