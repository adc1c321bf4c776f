/*
 * import_scale.c - the scale scores are on: a range the text states
 * ("Scoring per category is 0–5.", "Scoring: 1 (absent) – 5
 * (exemplary)"), and a score column's, from its header, its cells or the
 * text before it.
 */
#include "import_int.h"
#include "prr/rec_score.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Past spaces from s[j], below n. */
static size_t past_spaces(const char *s, size_t j, size_t n)
{
	while (j < n && s[j] == ' ')
		j++;
	return j;
}

/* The top of a range of scores at s[0..n): "0–3", "1-5", "1 to 5", "1 –
 * 5", "1 (absent) – 5 (exemplary)" (the low end's label in brackets), or
 * 0. */
static int range_top(const char *s, size_t n)
{
	for (size_t i = 0; i + 2 < n; i++) {
		if ((s[i] != '0' && s[i] != '1') ||
		    (i && isalnum((unsigned char)s[i - 1])))
			continue;
		size_t j = past_spaces(s, i + 1, n);
		if (j < n && s[j] == '(' && j > i + 1) {
			/* "1 (absent) – 5": the label of the low end */
			const char *c = memchr(s + j, ')', n - j < 40 ? n - j : 40);
			if (!c)
				continue;
			j = past_spaces(s, (size_t)(c - s) + 1, n);
		}
		bool spaced = j > i + 1;
		size_t d = imp_dash_len(s + j, n - j);
		if (d)
			j += d;
		else if (j + 3 <= n && memcmp(s + j, "to ", 3) == 0 && spaced)
			j += 3;
		else
			continue;
		if (spaced)
			j = past_spaces(s, j, n);
		size_t e = j;
		while (e < n && isdigit((unsigned char)s[e]))
			e++;
		/* (a sentence may end after it: "Scoring per category is
		 * 0–5."; not a decimal, "0-5.5", nor "1-5,000") */
		if (e == j || e - j > 2 ||
		    (e < n && (isalnum((unsigned char)s[e]) || strchr("/%", s[e]) ||
			       (strchr(".,", s[e]) && e + 1 < n &&
				isdigit((unsigned char)s[e + 1])))))
			continue;
		int top = atoi(s + j);
		if (top >= 2 && top <= 10)
			return top;
	}
	return 0;
}

void imp_note_scale(imp *im, const char *s, size_t n)
{
	/* sentence by sentence, of 240 bytes at most: "… went through the
	 * results in one sitting. Scoring per category is 0–5; a service
	 * needs ≥ 3 …" */
	for (size_t i = 0, e; i < n && !im->stated_scale; i = e + 1) {
		for (e = i; e < n && !(s[e] == '.' && (e + 1 == n || s[e + 1] == ' ' ||
						       s[e + 1] == '\n'));
		     e++)
			;
		if (e - i > 240 ||
		    !(imp_contains_ci_n(s + i, e - i, "scor") ||
		      imp_contains_ci_n(s + i, e - i, "scale") ||
		      imp_contains_ci_n(s + i, e - i, "rate")))
			continue;
		im->stated_scale = range_top(s + i, e < n ? e + 1 - i : e - i);
	}
}

/*
 * The scale of a score column whose cells are bare numbers: what its
 * header says ("Score /10", "Note (0-100)", "%", "Score (0–3)"), else
 * what the column's written fractions use, else the scale the text
 * stated before it ("We score every criterion 0–3"), else 10 when every
 * number is at most 10 and 100 when at most 100 (*guessed).  NaN when
 * none fits.
 */
double imp_column_scale(imp *im, const table *t, int col, bool *guessed)
{
	const char *h = t->head[col];
	*guessed = false;
	if (strstr(h, "/100") || strstr(h, "100)") || strchr(h, '%'))
		return 100;
	if (strstr(h, "/10") || strstr(h, "10)"))
		return 10;
	if (strstr(h, "/5") || strstr(h, "5)"))
		return 5;
	int range = range_top(h, strlen(h));
	if (range)
		return range;
	double top = 0, written = PRR_NONE;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][col];
		double v, hi, max;
		if (prr_parse_score(c, strlen(c), &v, &hi, &max) == 0) {
			written = max;
			continue;
		}
		v = imp_bare_number(c);
		if (prr_has(v) && v > top)
			top = v;
	}
	if (prr_has(written))
		return written;
	if (im->stated_scale && top <= im->stated_scale)
		return im->stated_scale;
	*guessed = true;
	return top <= 0 ? PRR_NONE : top <= 10 ? 10 : top <= 100 ? 100 : PRR_NONE;
}
