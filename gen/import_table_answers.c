/*
 * import_table_answers.c - tables that ask and answer: a column of
 * questions ("Is there a runbook?"), and answers ticked in columns of
 * their own ("| # | Item | Yes | No | N/A |" with an X in one), read as
 * one column of status.
 */
#include "import_int.h"

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
