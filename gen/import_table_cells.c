/* import_table_cells.c - what a table's cells say of themselves: nothing
 * (a dash), a status, a column mostly of statuses or of scores; a last
 * column of statuses that sums up its row ("Gesamt"). */
#include "import_int.h"
#include "prr/model.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A cell with nothing in it but a dash ("-", "—", "–"). */
bool imp_cell_blank(const char *cell)
{
	while (*cell == ' ')
		cell++;
	cell += imp_dash_len(cell, strlen(cell));
	while (*cell == ' ')
		cell++;
	return !*cell;
}

/* A cell whose text is a status: marks, a status word (with a remark in
 * brackets), a mark the document's legend defines. */
bool imp_cell_marked(const imp *im, const char *cell)
{
	bool known;
	size_t n = strlen(cell);
	prr_status_from_marks(cell, n, &known);
	if (!known && n <= 24)
		prr_status_word(cell, n, &known);
	if (!known && n <= 40) /* "n/a (cache)": a word and its remark */
		prr_status_word(cell, imp_before_paren(cell, n), &known);
	if (!known && im->n_legend) /* a mark the document's legend defines */
		imp_status_of(im, cell, n, &known);
	return known;
}

/* Whether s[0..n) opens with the word `w` (lower case; not "open-source",
 * "opened"), past emphasis. */
static bool opens_with(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w);
	while (n && (*s == ' ' || *s == '*' || *s == '_'))
		s++, n--;
	return imp_starts_with_ci(s, n, w) &&
	       (n == l || !(isalnum((unsigned char)s[l]) || s[l] == '-'));
}

/* Whether s[0..n) opens with a status-like word in capitals of its own
 * ("DEPLOYMENT (custody)", "DONE-IN-REPO"): letters and hyphens, four
 * letters or more, no digit ("JIRA-123" is an issue's key). */
static bool capitals_word(const char *s, size_t n)
{
	size_t i = 0, letters = 0;
	while (i < n && (*s == ' ' || *s == '*' || *s == '_'))
		s++, n--;
	for (; i < n && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '-'); i++)
		letters += s[i] != '-';
	return letters >= 4 && (i == n || s[i] == ' ' || s[i] == '(' || s[i] == '*');
}

/* "DONE-IN-REPO (Ed25519) / DEPLOYMENT (custody)", "Done + tests
 * pending": parts joined by a spaced "/" or "+" (outside brackets), one
 * done and another not (a status short of done, or a word in capitals
 * that is none: the part still to do); not "Done / Verified", nor "Done
 * / N/A". */
static bool mixed_parts(const char *s, size_t n)
{
	bool done = false, short_of = false;
	int depth = 0;
	for (size_t a = 0, i = 0; i <= n; i++) {
		if (i < n) {
			depth += (s[i] == '(') - (s[i] == ')' && depth);
			if (depth || !(i > 0 && i + 1 < n && s[i - 1] == ' ' &&
				       s[i + 1] == ' ' && (s[i] == '/' || s[i] == '+')))
				continue;
		}
		bool known;
		prr_status st = prr_status_from_text(s + a, i - a, &known);
		done |= known && st == PRR_PASS;
		short_of |= known ? st == PRR_FAIL || st == PRR_PARTIAL ||
					    st == PRR_PENDING
				  : capitals_word(s + a, i - a);
		a = i + 1;
	}
	return done && short_of;
}

/* The word at s[i] (letters), its end past the spaces after it; 0 if
 * none is there. */
static size_t word_end(const char *s, size_t n, size_t i, size_t *len)
{
	size_t k = i;
	while (k < n && isalpha((unsigned char)s[k]))
		k++;
	*len = k - i;
	while (k < n && s[k] == ' ')
		k++;
	return *len ? k : 0;
}

/* Whether s[i..n) ends a phrase: nothing more, or punctuation ("no new
 * errors, see note", "clean (ruff)"), not another word. */
static bool phrase_ends(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	return i == n || (!isalnum((unsigned char)s[i]) && s[i] != '-') ||
	       rec_cp_is(s, n, i, 0x2014) || rec_cp_is(s, n, i, 0x2013);
}

/* "no new errors", "0 failures", "zero vulnerabilities", "No findings
 * reported", "0 failed tests": a result that opens by counting none of
 * the faults it looks for (two words at most between), nothing more. */
static bool counts_no_faults(const char *s, size_t n)
{
	static const char *const none[] = { "no", "zero", "0", NULL };
	static const char *const faults[] = { "errors", "failures", "failed",
		"failing", "findings", "vulnerabilities", "vulns", "warnings",
		"issues", "regressions", "violations", "defects", "bugs",
		"problems", "alerts", "leaks", "blockers", "cves", "crashes",
		NULL };
	static const char *const after[] = { "found", "detected", "reported",
		"remaining", "introduced", "open", "outstanding", NULL };
	static const char *const runs[] = { "tests", "checks", "jobs",
		"cases", "specs", "builds", NULL };
	size_t i = 0, len;
	/* (after a short label: "`npm audit`: 0 vulnerabilities") */
	const char *colon = memchr(s, ':', n < 40 ? n : 40);
	if (colon && colon + 1 < s + n && colon[1] == ' ')
		i = (size_t)(colon - s) + 2;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	size_t k = i;
	while (k < n && isalnum((unsigned char)s[k]))
		k++;
	if (k >= n || s[k] != ' ' || !imp_is_one_of(s + i, k - i, none))
		return false;
	i = k + 1;
	for (int w = 0; w < 3; w++) {
		size_t next = word_end(s, n, i, &len);
		if (!next)
			return false;
		if (imp_is_one_of(s + i, len, faults)) {
			size_t more = word_end(s, n, next, &len);
			/* "… found", "0 failed tests" */
			if (more && (imp_is_one_of(s + next, len, after) ||
				     (s[i] == 'f' && imp_is_one_of(s + next, len, runs))))
				next = more;
			return phrase_ends(s, n, next);
		}
		i = next;
	}
	return false;
}

/* "clean", "clean, 29 passed", "Clean (0 findings)": a check's result
 * clean is a pass (not "clean-up", "Clean build"). */
static bool says_clean(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '*' || *s == '_'))
		s++, n--;
	return imp_starts_with_ci(s, n, "clean") &&
	       (n == 5 || (s[5] != '-' && !isalnum((unsigned char)s[5]))) &&
	       phrase_ends(s, n, 5);
}

/* "9398 passed, 4 failed — see note": the failures a result counts (a
 * number, maybe one word, then "failed", "failures", "errors"), and in
 * *passes the passes it counts ("9398 passed"). */
static long failures_counted(const char *s, size_t n, long *passes)
{
	static const char *const fails[] = { "fail", "fails", "failed",
		"failing", "failure", "failures", "error", "errors", NULL };
	static const char *const passing[] = { "pass", "passed", "passing",
		NULL };
	static const char *const preps[] = { "on", "upon", "at", "in", "for",
		"after", "with", "when", "if", "per", NULL };
	long failed = 0;
	*passes = 0;
	for (size_t i = 0; i < n; i++) {
		long v;
		size_t j, len;
		if (!isdigit((unsigned char)s[i]) || !imp_number_at(s, n, i, &v, &j) ||
		    j >= n || s[j] != ' ')
			continue;
		size_t w = j + 1, next = word_end(s, n, w, &len);
		/* (one word between: "4 tests failed"; not a preposition:
		 * "401 on failure" is a code and when it is sent) */
		if (next && imp_is_one_of(s + w, len, preps)) {
			i = j;
			continue;
		}
		if (next && !imp_is_one_of(s + w, len, fails) &&
		    !imp_is_one_of(s + w, len, passing)) {
			w = next;
			next = word_end(s, n, w, &len);
		}
		if (next && imp_is_one_of(s + w, len, fails))
			failed += v;
		else if (next && imp_is_one_of(s + w, len, passing))
			*passes += v;
		i = j;
	}
	return failed;
}

/* "Not in RC3 workflow": a cell opening with "not in" or "not part of"
 * that names the runs it is left out of (s NUL-terminated at or past n). */
static bool not_in_runs(const char *s, size_t n)
{
	static const char *const runs[] = { "workflow", "workflows",
		"pipeline", "pipelines", "ci", "suite", NULL };
	while (n && (*s == ' ' || *s == '*' || *s == '_'))
		s++, n--;
	return (imp_starts_with_ci(s, n, "not in ") ||
		imp_starts_with_ci(s, n, "not part of ")) &&
	       n < 60 && imp_has_word_of(s, runs);
}

prr_status imp_cell_status_said(const char *s, size_t n, prr_status st,
				bool *known)
{
	/* a result that counts no faults, or clean, is a pass */
	if (counts_no_faults(s, n) || (!*known && says_clean(s, n))) {
		*known = true;
		st = PRR_PASS;
	}
	/* …and one that counts failures is none: some failed among passes
	 * is partial, as a count short of its total is */
	long passes = 0,
	     failed = *known && st == PRR_PASS ? failures_counted(s, n, &passes) : 0;
	if (failed > 0)
		return passes > 0 ? PRR_PARTIAL : PRR_FAIL;
	if (*known && st == PRR_PASS && mixed_parts(s, n))
		return PRR_PARTIAL;
	/* "OPEN", "**OPEN — only you can do this**": a gate or a check
	 * still open is not done (a finding's "Open" is read apart) */
	if (!*known && opens_with(s, n, "open")) {
		*known = true;
		return PRR_PENDING;
	}
	if (st == PRR_PASS && imp_ready_not_done(s, n))
		return PRR_PENDING;
	/* "Not in RC3 workflow", "Not part of the CI pipeline": a check
	 * no run holds yet, not run */
	if (!*known && not_in_runs(s, n)) {
		*known = true;
		return PRR_PENDING;
	}
	return st;
}

bool imp_ready_not_done(const char *s, size_t n)
{
	static const char *const begun[] = { "build", "start", "begin",
		"deploy", "test", "implement", "apply", NULL };
	static const char *const given[] = { "when", "once", "after",
		"as soon as", "upon", NULL };
	/* Arabic's "جاهز للتطبيق عند إنشاء …" (ready to apply when …
	 * is created): ready, and a word of when after it */
	static const char *const ready_ar[] = { "جاهز", "جاهزة", NULL };
	static const char *const given_ar[] = { "عند", "عندما", "بعد", "فور",
		"حين", "متى", NULL };
	while (n && (*s == ' ' || *s == '*' || *s == '_'))
		s++, n--;
	if (imp_starts_with_word(s, n, ready_ar)) {
		for (size_t i = 1; i < n; i++)
			for (int k = 0; s[i - 1] == ' ' && given_ar[k]; k++) {
				size_t l = strlen(given_ar[k]);
				if (i + l <= n && memcmp(s + i, given_ar[k], l) == 0 &&
				    (i + l == n || (unsigned char)s[i + l] < 0x80))
					return true;
			}
		return false;
	}
	if (imp_starts_with_ci(s, n, "ready to "))
		return imp_starts_with_word(s + 9, n - 9, begun);
	return imp_starts_with_ci(s, n, "ready ") &&
	       imp_starts_with_word(s + 6, n - 6, given);
}

/* Column k holds mostly status marks or words. */
bool imp_table_marked_column(const imp *im, const table *t, size_t k)
{
	size_t marked = 0, filled = 0;
	/* ("External Audit Required?" of Yes/No: attributes, no marks) */
	if (imp_attribute_question(t->head[k]))
		return false;
	for (size_t r = 0; r < t->rows; r++) {
		marked += imp_cell_marked(im, t->raw[r][k]);
		filled += !imp_cell_blank(t->cell[r][k]);
	}
	return marked && marked * 2 > filled;
}

/* Column k holds scores ("62/100", "6/10", "85%") in most of its filled
 * cells. */
bool imp_table_scored_column(const table *t, size_t k)
{
	size_t scored = 0, filled = 0;
	for (size_t r = 0; r < t->rows; r++) {
		double v, hi, max;
		const char *c = t->cell[r][k];
		scored += prr_parse_score(c, strlen(c), &v, &hi, &max) == 0;
		filled += !imp_cell_blank(c);
	}
	return scored && scored * 2 > filled;
}

/* "Komponente | Funktionalität | Betrieb | Sicherheit | Gesamt" of
 * marks: a last column headed by a word for the whole ("Gesamt", "Total",
 * "Global", "Général"), after two columns of marks at least, is each
 * row's own status, as "Overall" is (a column role's word), no check of
 * its own; not a tally of counts ("3/4", "12"). */
void imp_table_overall_column(const imp *im, table *t)
{
	static const char *const wholes[] = { "gesamt", "total", "global",
		"général", "générale", "geral", "generale", "totale",
		"gesamtstatus", "gesamtergebnis", NULL };
	size_t last = t->cols - 1, marked = 0;
	const char *h = t->head[last];
	if (t->cols < 4 || imp_col_of(t, PRR_COL_STATUS) >= 0 ||
	    !imp_is_one_of(h, imp_before_paren(h, strlen(h)), wholes) ||
	    !imp_table_marked_column(im, t, last))
		return;
	for (size_t r = 0; r < t->rows; r++)
		if (imp_has_digit(t->cell[r][last], strlen(t->cell[r][last])))
			return;
	for (size_t k = 1; k < last; k++)
		marked += imp_table_marked_column(im, t, k);
	if (marked >= 2)
		t->roles[last] = PRR_COL_STATUS;
}

/* (import_int.h) */
int imp_table_rated_rows(const imp *im, table *t)
{
	int titled = -1;
	if (t->roles[0] != PRR_COL_SEVERITY || t->cols < 3 ||
	    imp_col_of(t, PRR_COL_GAP) >= 0 || imp_col_of(t, PRR_COL_ID) >= 0)
		return -1;
	for (size_t r = 0; r < t->rows; r++)
		if (imp_severity_cell(t->cell[r][0]) == PRR_SEV_UNKNOWN)
			return -1;
	for (size_t k = 1; k < t->cols && titled < 0; k++)
		if ((t->roles[k] == PRR_COL_NAME || t->roles[k] == PRR_COL_OTHER) &&
		    imp_table_worded_column(t, k))
			titled = (int)k;
	/* "Done" of "Verified callbacks for two providers": what was done
	 * so far, no status */
	for (size_t k = 1; titled > 0 && k < t->cols; k++)
		if (t->roles[k] == PRR_COL_STATUS && !imp_table_marked_column(im, t, k))
			t->roles[k] = PRR_COL_NOTES;
	return titled;
}

int imp_table_named_blockers(const table *t)
{
	size_t named = 0;
	/* (or after a number or ID: "| # | Blocker | Who | Notes |" over
	 * "| B1 | **Custom SMTP** | Ops | … |") */
	size_t c = t->roles[0] == PRR_COL_ID && t->cols > 2 ? 1 : 0;
	if (t->roles[c] != PRR_COL_BLOCKER || t->cols < 2)
		return -1;
	for (size_t r = 0; r < t->rows; r++) {
		if (imp_says_yes(t->cell[r][c]))
			return -1;
		named += imp_cell_names_blocked("blocks", t->cell[r][c]);
	}
	return t->rows && named == t->rows ? (int)c : -1;
}

bool imp_cell_names_blocked(const char *head, const char *cell)
{
	static const char *const nos[] = { "no", "none", "nothing", "n/a",
		"na", "not", "false", "tbd", "unknown", "nein", "non", "não",
		NULL };
	size_t hn = strlen(head), n = strlen(cell), k = 0;
	bool known;
	if (!(imp_starts_with_ci(head, hn, "blocks") ||
	      imp_starts_with_ci(head, hn, "blocking") ||
	      imp_starts_with_ci(head, hn, "what it blocks")) ||
	    imp_cell_blank(cell) || !isalnum((unsigned char)*cell))
		return false;
	prr_status_from_marks(cell, n, &known);
	while (k < n && !strchr(" ,.;:(", cell[k]))
		k++;
	return !known && !imp_is_one_of(cell, k, nos) &&
	       !prr_rec_denies_blocking(cell, n);
}

/* A cell that is a level or grade: one short token with a digit ("L2",
 * "P1", "T3"). */
static bool level_cell(const char *c)
{
	size_t n = strlen(c);
	return n && n <= 4 && !strchr(c, ' ') && imp_has_digit(c, n);
}

/* "Cost" of "$5/month", "~$13-17", "€0": every cell filled an amount
 * of money (a currency sign by a digit), what a row costs, no rating. */
static bool money_column(const table *t, size_t k)
{
	size_t filled = 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][k], *m = NULL;
		if (imp_cell_blank(c))
			continue;
		filled++;
		static const char *const signs[] = { "$", "€", "£", "¥", NULL };
		for (size_t s = 0; signs[s] && !m; s++)
			if ((m = strstr(c, signs[s])) != NULL &&
			    !isdigit((unsigned char)m[strlen(signs[s])]) &&
			    (m == c || !isdigit((unsigned char)m[-1])))
				m = NULL;
		if (!m)
			return false;
	}
	return filled > 0;
}

/* "Service | Role" of "| **ECS Fargate** | Managed compute for api and
 * workers |": a name column, then only columns of words (no status, no
 * marks, no scores, no levels): an inventory, no scorecard ("Service |
 * Owner | Q1 2026" of "L2" rates its rows); "Service | Cost | Purpose"
 * of amounts a budget, no scorecard either. */
bool imp_table_described_only(const imp *im, const table *t, int name_col)
{
	if (imp_col_of(t, PRR_COL_STATUS) >= 0 || t->cols < 2)
		return false;
	for (size_t k = 0; k < t->cols; k++) {
		if ((int)k == name_col || money_column(t, k))
			continue;
		if (!imp_table_worded_column(t, k) || imp_table_scored_column(t, k))
			return false;
		for (size_t r = 0; r < t->rows; r++)
			if (imp_cell_marked(im, t->raw[r][k]) || level_cell(t->cell[r][k]))
				return false;
	}
	return true;
}

/* "Acceptance Area | Readiness | Reason" of "75%": a Readiness column of
 * percents, every one, is each area's readiness, a dimension of 100 (the
 * table's Score column); not under a first column of components. */
void imp_table_readiness_percents(table *t)
{
	if (imp_col_of(t, PRR_COL_SCORE) >= 0 ||
	    (t->roles[0] != PRR_COL_CATEGORY && t->roles[0] != PRR_COL_DIMENSION))
		return;
	for (size_t k = 1; k < t->cols; k++) {
		const char *h = t->head[k];
		if (t->roles[k] != PRR_COL_OTHER || !imp_readiness_only(h))
			continue;
		size_t percents = 0, filled = 0;
		for (size_t r = 0; r < t->rows; r++) {
			const char *c = t->cell[r][k];
			double v, hi, max;
			filled += !imp_cell_blank(c);
			percents += strchr(c, '%') &&
				    prr_parse_score(c, strlen(c), &v, &hi, &max) == 0;
		}
		if (percents && percents == filled) {
			t->roles[k] = PRR_COL_SCORE;
			return;
		}
	}
}

/* "Category | Status | Percentage | Notes", "Category | Status |
 * Evidence | Risks | Recommended Actions": a column that a category's
 * check holds nothing of (not its name, status, note, action, owner or
 * ID),
 * of figures or of words (most cells more than one: not "| Owen |", a
 * name); the table is kept for it. */
bool imp_table_unread_column(const table *t)
{
	int no = imp_col_of(t, PRR_COL_NOTES);
	for (size_t k = 1; k < t->cols; k++) {
		prr_col r = t->roles[k];
		if (r == PRR_COL_STATUS || r == PRR_COL_ACTION || r == PRR_COL_OWNER ||
		    r == PRR_COL_ID || r == PRR_COL_CATEGORY || r == PRR_COL_ITEM ||
		    (r == PRR_COL_NOTES && (int)k == no))
			continue; /* ("Category | Check | Result": its checks') */
		size_t worded = 0, filled = 0;
		for (size_t row = 0; row < t->rows; row++) {
			const char *c = t->cell[row][k];
			filled += !imp_cell_blank(c);
			worded += !imp_cell_blank(c) && strchr(c, ' ') != NULL;
		}
		if (filled && (worded * 2 > filled || imp_table_scored_column(t, k)))
			return true;
	}
	return false;
}

bool imp_cell_parts_differ(const char *s, size_t n)
{
	bool pass = false, other = false;
	size_t from = 0, parts = 0;
	while (from < n) {
		while (from < n && strchr(" ,;/", s[from]))
			from++;
		if (from == n)
			break;
		/* "**PASS** (Backend)": a status, then its part in brackets */
		const char *open = memchr(s + from, '(', n - from);
		const char *close = open ? memchr(open, ')', n - (size_t)(open - s)) : NULL;
		if (!close)
			return false;
		bool known;
		prr_status st = prr_status_from_text(s + from, (size_t)(open - s) - from, &known);
		if (!known)
			return false;
		pass |= st == PRR_PASS;
		other |= st != PRR_PASS && st != PRR_NA;
		parts++;
		from = (size_t)(close - s) + 1;
	}
	return parts >= 2 && pass && other;
}

bool imp_cell_flagged_skip(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	if (n - i < 3 || memcmp(s + i, "\xE2\x9A\xA0", 3) != 0) /* ⚠ */
		return false;
	i += 3;
	if (n - i >= 3 && memcmp(s + i, "\xEF\xB8\x8F", 3) == 0) /* (emoji form) */
		i += 3;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	size_t w = i;
	while (w < n && isalpha((unsigned char)s[w]))
		w++;
	return (w - i == 4 && strncasecmp(s + i, "skip", 4) == 0) ||
	       (w - i == 7 && strncasecmp(s + i, "skipped", 7) == 0);
}
