/*
 * import_table_answers.c - tables that ask and answer: a column of
 * questions ("Is there a runbook?"), and answers ticked in columns of
 * their own ("| # | Item | Yes | No | N/A |" with an X in one), read as
 * one column of status; a question's answer judged ("Yes", "No — …"),
 * in a table or a paragraph.
 */
#include "import_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

bool imp_table_questions(const table *t)
{
	if (t->roles[0] == PRR_COL_QUESTION)
		return true;
	size_t asked = 0, filled = 0;
	for (size_t r = 0; r < t->rows; r++) {
		size_t n = strlen(t->cell[r][0]);
		filled += n != 0;
		asked += n && t->cell[r][0][n - 1] == '?';
	}
	return asked && asked * 2 > filled;
}

/* A column header that asks after an attribute, not a check: "Can
 * Implement Internally?", "Is Customer-Facing?", "Needs Migration?",
 * "External Audit Required?" (a capability, a kind, a need: "No" fails
 * nothing). */
bool imp_attribute_question(const char *h)
{
	static const char *const opens[] = { "can", "could", "is", "are",
		"needs", "need", "requires", "require", NULL };
	static const char *const closes[] = { "required", "needed",
		"necessary", NULL };
	size_t n = strlen(h), w = 0, e;
	while (n && h[n - 1] == ' ')
		n--;
	if (!n || h[n - 1] != '?')
		return false;
	while (w < n && isalpha((unsigned char)h[w]))
		w++;
	e = --n;
	while (n && isalpha((unsigned char)h[n - 1]))
		n--;
	return (w < e && h[w] == ' ' && imp_is_one_of(h, w, opens)) ||
	       imp_is_one_of(h + n, e - n, closes);
}

/* A header that is an answer ("Yes", "No", "N/A"). */
static bool answer_header(const char *h)
{
	static const char *const words[] = { "yes", "no", "n/a", "na",
		"partial", "partly", "not applicable", NULL };
	return imp_is_one_of(h, strlen(h), words);
}

/* A cell that ticks its column: "X", "✓", "✔", "✅". */
static bool tick_cell(const char *c)
{
	static const char *const ticks[] = { "x", "\xE2\x9C\x93", "\xE2\x9C\x94",
		"\xE2\x9C\x94\xEF\xB8\x8F", "\xE2\x9C\x85", NULL };
	return imp_is_one_of(c, strlen(c), ticks);
}

bool imp_table_answers(imp *im, const table *t, table *out)
{
	size_t n = 0, first = 0;
	for (size_t k = 1; k < t->cols; k++)
		if (answer_header(t->head[k]) && n++ == 0)
			first = k;
	if (n < 2)
		return false;
	/* each row ticks one answer at most; one row at least ticks */
	const char **answer = prr_arena_array(&im->tmp, t->rows + 1, sizeof *answer);
	size_t answered = 0;
	for (size_t r = 0; r < t->rows; r++) {
		answer[r] = "";
		for (size_t k = 1; k < t->cols; k++) {
			if (!answer_header(t->head[k]) || !*t->cell[r][k])
				continue;
			if (!tick_cell(t->cell[r][k]) || *answer[r])
				return false;
			answer[r] = t->head[k];
		}
		answered += *answer[r] != 0;
	}
	if (!answered)
		return false;
	/* the answer columns become one, "Status", where the first was */
	*out = *t;
	out->cols = t->cols - n + 1;
	out->head = prr_arena_array(&im->tmp, out->cols, sizeof *out->head);
	out->roles = prr_arena_array(&im->tmp, out->cols, sizeof *out->roles);
	out->raw = prr_arena_array(&im->tmp, t->rows + 1, sizeof *out->raw);
	out->cell = prr_arena_array(&im->tmp, t->rows + 1, sizeof *out->cell);
	for (size_t r = 0; r < t->rows; r++) {
		out->raw[r] = prr_arena_array(&im->tmp, out->cols, sizeof **out->raw);
		out->cell[r] = prr_arena_array(&im->tmp, out->cols, sizeof **out->cell);
	}
	for (size_t k = 0, j = 0; k < t->cols; k++) {
		if (answer_header(t->head[k]) && k != first)
			continue;
		bool st = k == first;
		out->head[j] = st ? "Status" : t->head[k];
		out->roles[j] = st ? PRR_COL_STATUS : t->roles[k];
		for (size_t r = 0; r < t->rows; r++) {
			out->raw[r][j] = st ? answer[r] : t->raw[r][k];
			out->cell[r][j] = st ? answer[r] : t->cell[r][k];
		}
		j++;
	}
	return true;
}

/* An item's number before a question: "A1.", "4.1", "Q3:", "OBS-2)";
 * its length with the spaces after it, or 0. */
static size_t question_number(const char *q, size_t qn)
{
	size_t e = 0, digits = 0;
	while (e < qn && e < 12 && q[e] != ' ') {
		if (!isalnum((unsigned char)q[e]) && !strchr(".-:)", q[e]))
			return 0;
		digits += isdigit((unsigned char)q[e]) != 0;
		e++;
	}
	if (!digits || e == qn || q[e] != ' ')
		return 0;
	while (e < qn && q[e] == ' ')
		e++;
	return e;
}

/* A word that names a harm: a question whether there is one ("Is there a
 * single point of failure?") is put so that no is good. */
static bool harm_word(const char *w, size_t n)
{
	static const char *const harms[] = { "failure", "failures", "outage",
		"outages", "downtime", "loss", "leak", "leaks", "leakage",
		"bottleneck", "bottlenecks", "spof", "spofs", "disruption",
		"interruption", "vulnerability", "vulnerabilities", NULL };
	return imp_is_one_of(w, n, harms);
}

/* Whether q[0..qn) is put so that yes is good: it opens with a verb (after
 * its number: "A1. Is …"), denies nothing ("not", "no", "any", "…n't"),
 * and asks after no harm ("Is there a single point of failure …?", "Does
 * the write path have a bottleneck?"; not "Is the failure rate
 * monitored?"); "without" denies ("alerts without an owner"), but not a
 * harm ("rolled back without data loss"). */
static bool asks_for_good(const char *q, size_t qn)
{
	static const char *const verbs[] = { "is", "are", "has", "have",
		"does", "do", "can", "was", "were", "will", NULL };
	static const char *const nays[] = { "no", "not", "any", "none",
		"never", NULL };
	static const char *const owns[] = { "there", "have", "has", "had", NULL };
	size_t i = question_number(q, qn), v = i;
	while (v < qn && isalpha((unsigned char)q[v]))
		v++;
	if (!imp_is_one_of(q + i, v - i, verbs))
		return false;
	int without = -1; /* words since "without", or -1 */
	bool exists = false, harm = false;
	for (size_t a = v, b; a < qn; a = b) {
		while (a < qn && !isalpha((unsigned char)q[a]))
			a++;
		b = a;
		while (b < qn && (isalpha((unsigned char)q[b]) || q[b] == '\''))
			b++;
		if (a == b)
			break;
		if (without >= 0) {
			/* "without (any) data loss": the harm is done without */
			if (harm_word(q + a, b - a))
				without = -1;
			else if (++without > 3)
				return false;
			continue;
		}
		if (imp_is_one_of(q + a, b - a, nays) ||
		    (b - a > 3 && strncasecmp(q + b - 3, "n't", 3) == 0))
			return false;
		exists |= imp_is_one_of(q + a, b - a, owns);
		harm |= harm_word(q + a, b - a);
		if (b - a == 7 && strncasecmp(q + a, "without", 7) == 0)
			without = 0;
	}
	return without < 0 && !(exists && harm);
}

prr_status imp_qa_judge(const char *q, size_t qn, const char *a, size_t an,
			bool *known)
{
	prr_status st = prr_status_from_marks(a, an, known);
	if (*known)
		return st;
	/* "Is there a runbook?" answered "Yes, linked: …", "No. Planned
	 * …", "Partially", "N/A": its answer's first words alone before
	 * their punctuation, dash or parenthesis ("Yes (18 March)") */
	size_t w = 0;
	while (w < an && w < 20 && !strchr(".,;:(", a[w]) &&
	       !(a[w] == ' ' && w + 1 < an && (a[w + 1] == '-' || (unsigned char)a[w + 1] == 0xE2)))
		w++;
	if (w < 20 && asks_for_good(q, qn))
		st = prr_status_word(a, w, known);
	return st;
}

int imp_table_answered(imp *im, const table *t)
{
	static const char *const answers[] = { "answer", "answers", "response",
		"respuesta", "resposta", "réponse", "antwort", NULL };
	int q = imp_col_of(t, PRR_COL_QUESTION), a = -1;
	/* a bank of questions by their numbers ("# | Question | Answer",
	 * "ID | Question | Answer"; a "Question | Answer" of open questions
	 * is kept as a table) */
	if (q != 1 || (t->roles[0] != PRR_COL_ID && strcmp(t->head[0], "#") != 0 &&
		       *t->head[0]))
		return -1;
	for (size_t k = (size_t)q + 1; a < 0 && k < t->cols; k++)
		if (imp_is_one_of(t->head[k], strlen(t->head[k]), answers))
			a = (int)k;
	/* (a status, a risk or a blocker column says more: read as such) */
	if (a < 0 || imp_col_of(t, PRR_COL_STATUS) >= 0 || imp_col_of(t, PRR_COL_RISK) >= 0 ||
	    imp_col_of(t, PRR_COL_SEVERITY) >= 0 || imp_col_of(t, PRR_COL_BLOCKER) >= 0)
		return -1;
	/* each row's answer judged first: a checklist only where one is */
	prr_status *st = prr_arena_array(&im->tmp, t->rows + 1, sizeof *st);
	bool *known = prr_arena_array(&im->tmp, t->rows + 1, sizeof *known);
	int unjudged = 0;
	size_t judged = 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *qs = t->cell[r][q], *as = t->cell[r][a];
		known[r] = false;
		if (*qs && *as)
			st[r] = imp_qa_judge(qs, strlen(qs), as, strlen(as), &known[r]);
		judged += known[r];
		unjudged += *qs && !known[r];
	}
	if (!judged)
		return unjudged;
	int skip[2] = { q, 0 };
	prr_checklist *cl = imp_new_checklist(im, imp_nearest_title(im),
					      t->first_line, judged, false);
	for (size_t r = 0; r < t->rows; r++) {
		if (!known[r])
			continue;
		prr_checkitem *it = &cl->items[cl->n_items++];
		it->text = imp_title_in(im, t->cell[r][q]);
		it->status = st[r];
		it->done = st[r] == PRR_PASS;
		it->note = imp_other_cols(im, t, r, skip, 2);
		it->line = t->line[r];
	}
	return unjudged;
}

bool imp_table_failure_points(const table *t)
{
	static const char *const heads[] = { "failure point", "failure points",
		"point of failure", "points of failure", "failure mode",
		"failure modes", "failure scenario", "failure scenarios",
		"failure case", "failure cases", "crash point", "crash points",
		"fault", "faults", "fault injected", "failure injected", NULL };
	const char *h = t->head[0];
	if (t->cols < 2 || imp_col_of(t, PRR_COL_STATUS) >= 0 ||
	    !imp_is_one_of(h, imp_before_paren(h, strlen(h)), heads))
		return false;
	/* (a mark, "✅", rates a row: "Failure mode | Tested" of ticks is a
	 * scorecard still) */
	for (size_t r = 0; r < t->rows; r++)
		for (size_t k = 1; k < t->cols; k++) {
			bool known;
			prr_status_from_marks(t->raw[r][k], strlen(t->raw[r][k]), &known);
			if (known)
				return false;
		}
	return true;
}
