/* import_table_compare.c - a table that sets options side by side ("##
 * Web form vs hosted survey" over "| Factor | Web form | Hosted survey
 * |"): a column each option, a row each factor; its marks say which
 * option does better at a factor, no check of the review's parts. */
#include "import_int.h"

#include <ctype.h>
#include <string.h>

/* Whether s[0..n) sets things against each other: "A vs B", "A versus
 * B", "A compared with B". */
static bool compares(const char *s, size_t n)
{
	static const char *const words[] = { " vs ", " vs. ", " versus ",
		" compared ", NULL };
	for (int k = 0; words[k]; k++)
		if (imp_contains_ci_n(s, n, words[k]))
			return true;
	return false;
}

/* Whether `name` is in s[0..n) as whole words ("Web form" in "Web form
 * vs hosted survey", not "form" in "Platform"). */
static bool names(const char *s, size_t n, const char *name)
{
	size_t k = strlen(name);
	if (k < 2)
		return false;
	for (const char *p = imp_find_ci_n(s, n, name); p;
	     p = imp_find_ci_n(p + 1, (size_t)(s + n - p - 1), name)) {
		size_t at = (size_t)(p - s);
		if ((at == 0 || !isalnum((unsigned char)s[at - 1])) &&
		    (at + k == n || !isalnum((unsigned char)s[at + k])))
			return true;
	}
	return false;
}

/* How many columns after the first s[0..n) names: the options it sets
 * against each other (columns of no role only: "Plan vs actual" over
 * "Metric | Plan | Actual" is a plan, read as one). */
static size_t named_columns(const table *t, const char *s, size_t n)
{
	size_t named = 0;
	/* (a heading or caption is a line: longer, it is prose) */
	for (size_t k = 1; n <= 200 && k < t->cols && k < 8; k++)
		named += t->roles[k] == PRR_COL_OTHER && names(s, n, t->head[k]);
	return named;
}

/* The line before the table, past a blank one: its caption, if any
 * ("**Our form compared with the survey tool:**"); else "". */
static void caption(const imp *im, const table *t, const char **p, size_t *n)
{
	*p = "";
	*n = 0;
	for (int l = t->first_line - 1; l >= 1 && l >= t->first_line - 2; l--) {
		prr_linemap_line(&im->map, l, p, n);
		if (*n)
			return;
	}
}

bool imp_table_compared(imp *im, const table *t)
{
	static const char *const options[] = { "option", "alternative",
		"opción", "opção", NULL };
	/* what a row of options is weighed by; "Claim | Stated | Found"
	 * under "Stated vs found" sets readings of the same things side by
	 * side, no options */
	static const char *const factors[] = { "factor", "factors",
		"aspect", "aspects", "criterion", "criteria", "feature",
		"features", "attribute", "attributes", "consideration",
		"considerations", "trade-off", "tradeoff", NULL };
	if (t->cols < 3)
		return false;
	/* "| Factor | Option A | Option B |": the options, by that name */
	size_t opts = 0;
	for (size_t k = 1; k < t->cols; k++)
		opts += imp_starts_with_word(t->head[k], strlen(t->head[k]), options);
	if (opts >= 2)
		return true;
	if (*t->head[0] && !imp_starts_with_word(t->head[0], strlen(t->head[0]), factors))
		return false;
	const char *h = imp_nearest_title(im), *c;
	size_t hn = strlen(h), cn;
	if (compares(h, hn) && named_columns(t, h, hn) >= 2)
		return true;
	caption(im, t, &c, &cn);
	return compares(c, cn) && named_columns(t, c, cn) >= 2;
}

/* (import_int.h) */
bool imp_table_change_column(const table *t, size_t c)
{
	size_t said = 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *s = t->cell[r][c];
		/* past emoji and arrows ("⬆️ +30%") and emphasis */
		while (*s && (*s == ' ' || *s == '*' || (unsigned char)*s >= 0x80) &&
		       strncmp(s, "\xE2\x88\x92", 3) != 0)
			s++;
		if (!*s)
			continue; /* (an empty cell, or only marks) */
		if (strncmp(s, "\xE2\x88\x92", 3) == 0) /* − */
			s += 2;
		else if (*s != '+' && *s != '-')
			return false;
		if (!isdigit((unsigned char)s[1]))
			return false;
		said++;
	}
	return said > 0;
}
