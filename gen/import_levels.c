/* import_levels.c - levels of a maturity model stated on their scale: a
 * "Level" column of "Level 3 of 5" is each row's score, 3/5 (a level
 * without its top, "L2", states no scale, and stays in the table). */
#include "import_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool imp_level_of(const char *s, double *v, double *max)
{
	while (*s == ' ' || *s == '*')
		s++;
	if (strncasecmp(s, "level ", 6) != 0)
		return false;
	s += 6;
	char *e;
	long a = strtol(s, &e, 10), b;
	if (e == s || !isdigit((unsigned char)*s))
		return false;
	s = e;
	if (strncmp(s, " of ", 4) == 0)
		s += 4;
	else if (*s == '/')
		s++;
	else
		return false;
	if (!isdigit((unsigned char)*s))
		return false;
	b = strtol(s, &e, 10);
	/* then the end, or a gloss: "Level 3 of 5 (defined)", "… — managed" */
	while (*e == ' ' || *e == '*')
		e++;
	if ((*e && *e != '(' && strncmp(e, "\xE2\x80\x94", 3) != 0) ||
	    a < 0 || b < 2 || b > 10 || a > b)
		return false;
	*v = (double)a;
	*max = (double)b;
	return true;
}

void imp_table_levels(table *t)
{
	static const char *const heads[] = { "level", "maturity",
		"maturity level", "current level", NULL };
	if (imp_col_of(t, PRR_COL_SCORE) >= 0)
		return;
	for (size_t k = 1; k < t->cols; k++) {
		if (!imp_is_one_of(t->head[k], strlen(t->head[k]), heads))
			continue;
		size_t levels = 0, filled = 0;
		for (size_t r = 0; r < t->rows; r++) {
			double v, max;
			filled += *t->cell[r][k] != 0;
			levels += imp_level_of(t->cell[r][k], &v, &max);
		}
		if (levels && levels == filled) {
			t->roles[k] = PRR_COL_SCORE;
			return;
		}
	}
}
