/* import_table_rounds.c - a table's columns that keep a series of
 * reviews by their number ("Workstream | Round 1 | Round 2 | Notes"), or
 * a test and its retest ("Area | Initial | Retest"): the last is each
 * row's status now, the others a record of then; rows that keep the
 * reviews ("| #1 | 2025-11-18 | NOT READY | 3.5/10 |"). */
#include "import_int.h"

#include <ctype.h>
#include <string.h>

/* A column of marks headed by a first round's word ("Initial", "First
 * run"), then one headed by its repeat's ("Retest", "Re-run", "Second
 * pass"; after a parenthesis, "Retest (2026-04-20)"): the repeat's
 * index, else -1. */
static int retest_column(const imp *im, const table *t)
{
	static const char *const firsts[] = { "initial", "initial test",
		"initial run", "initial result", "initial results",
		"initial review", "initial assessment", "first run",
		"first pass", "first test", "original", "original test", NULL };
	static const char *const agains[] = { "retest", "re-test",
		"retested", "retest result", "retest results", "retest status",
		"re-run", "rerun", "re-check", "recheck", "second run",
		"second pass", "second test", "re-review", "final", NULL };
	int first = -1, again = -1;
	for (size_t k = 1; k < t->cols; k++) {
		const char *h = t->head[k];
		size_t n = imp_before_paren(h, strlen(h));
		if (first < 0 && imp_is_one_of(h, n, firsts) &&
		    imp_table_marked_column(im, t, k))
			first = (int)k;
		else if (first >= 0 && imp_is_one_of(h, n, agains) &&
			 imp_table_marked_column(im, t, k))
			again = (int)k;
	}
	return again;
}

/* Two or more columns of marks headed by one word of a series of
 * reviews and rising numbers ("Round 1 | Round 2", "Review #1 | Review
 * #2", "Pass 1 | Pass 2"; imp_numbered_round): the last in *now.  Parts
 * by number ("Pod 1 | Pod 2") are none of these. */
bool imp_table_rounds(const imp *im, const table *t, int *now)
{
	int word = -1, last = 0, count = 0, at = -1;
	for (size_t k = 1; k < t->cols; k++) {
		int w, num = imp_numbered_round(t->head[k], strlen(t->head[k]), &w);
		if (!num || !imp_table_marked_column(im, t, k))
			continue;
		if ((word >= 0 && w != word) || num <= last)
			return false;
		word = w;
		last = num;
		at = (int)k;
		count++;
	}
	if (count < 2) /* (else "Initial | Retest") */
		at = retest_column(im, t);
	if (at < 0)
		return false;
	*now = at;
	return true;
}

/* "#1", "R2", "3", "Review 2", "Round #3", "2026-01-27": a row's key that
 * names a review by its number or its day. */
static bool review_key(const imp *im, const char *c)
{
	size_t n = strlen(c), i = strspn(c, " *_"), d;
	prr_date_hit hit;
	int w;
	if ((imp_date_find(im, c + i, n - i, &hit) && hit.at == 0) ||
	    imp_numbered_round(c, n, &w) > 0)
		return true;
	if (i < n && (c[i] == '#' || c[i] == 'R' || c[i] == 'r'))
		i++;
	for (d = i; i < n && i - d < 3 && isdigit((unsigned char)c[i]); i++)
		;
	return i > d && (i == n || !isalnum((unsigned char)c[i]));
}

bool imp_table_review_rows(const imp *im, const table *t)
{
	for (size_t r = 0; r < t->rows; r++)
		if (!review_key(im, t->cell[r][0]))
			return false;
	return t->rows > 0;
}
