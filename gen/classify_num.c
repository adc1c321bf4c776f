/* classify_num.c - numbers in reviews' text: scores, counts, efforts; see
 * import.h (classify.c reads status words and marks). */
#include "prr/import.h"
#include "rec_words.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A decimal number at s[*i]; advances *i.  No signs, no exponents. */
static int number_at(const char *s, size_t n, size_t *i, double *v)
{
	size_t j = *i, digits = 0;
	char tmp[32];
	size_t k = 0;
	while (j < n && (isdigit((unsigned char)s[j]) ||
			 (s[j] == ',' && digits && j + 3 < n + 1 &&
			  j + 1 < n && isdigit((unsigned char)s[j + 1])))) {
		if (s[j] != ',' && k + 1 < sizeof tmp)
			tmp[k++] = s[j];
		digits += s[j] != ',';
		j++;
	}
	if (!digits)
		return -1;
	if (j + 1 < n && s[j] == '.' && isdigit((unsigned char)s[j + 1])) {
		if (k + 1 < sizeof tmp)
			tmp[k++] = '.';
		j++;
		while (j < n && isdigit((unsigned char)s[j])) {
			if (k + 1 < sizeof tmp)
				tmp[k++] = s[j];
			j++;
		}
	}
	tmp[k] = 0;
	*v = strtod(tmp, NULL);
	*i = j;
	return 0;
}

/* A range dash: '-', '–' (U+2013), '—' (U+2014) or " to ", with spaces. */
static int dash_at(const char *s, size_t n, size_t *i)
{
	size_t j = *i;
	while (j < n && s[j] == ' ')
		j++;
	if (j < n && s[j] == '-')
		j++;
	else if (j + 2 < n && (unsigned char)s[j] == 0xE2 &&
		 (unsigned char)s[j + 1] == 0x80 &&
		 ((unsigned char)s[j + 2] == 0x93 ||
		  (unsigned char)s[j + 2] == 0x94))
		j += 3;
	else if (j + 2 < n && strncmp(s + j, "to ", 3) == 0)
		j += 2;
	else
		return -1;
	while (j < n && s[j] == ' ')
		j++;
	*i = j;
	return 0;
}

static size_t skip_lead(const char *s, size_t n, size_t i)
{
	for (;;) {
		if (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '~' ||
			      s[i] == '_' || s[i] == '(' || s[i] == '\t'))
			i++;
		else if (i + 1 < n && (unsigned char)s[i] == 0xE2 &&
			 (unsigned char)s[i + 1] == 0x89 && i + 2 < n &&
			 (unsigned char)s[i + 2] == 0x88) /* ≈ */
			i += 3;
		else
			return i;
	}
}

/* "a" or "a-b"; high NaN unless a range */
static int range_at(const char *s, size_t n, size_t *i, double *lo,
		    double *hi)
{
	size_t j = *i;
	if (number_at(s, n, &j, lo) < 0)
		return -1;
	*hi = NAN;
	size_t k = j;
	if (dash_at(s, n, &k) == 0 && number_at(s, n, &k, hi) == 0)
		j = k;
	*i = j;
	return 0;
}

int prr_parse_score(const char *s, size_t n, double *value, double *high,
		    double *max)
{
	size_t i = skip_lead(s, n, 0);
	double lo, hi;
	if (range_at(s, n, &i, &lo, &hi) < 0)
		return -1;
	size_t j = i;
	while (j < n && s[j] == ' ')
		j++;
	if (j < n && s[j] == '/') {
		j++;
		while (j < n && s[j] == ' ')
			j++;
		double m;
		if (number_at(s, n, &j, &m) < 0 || m <= 0 || lo > m ||
		    (!isnan(hi) && hi > m))
			return -1;
		/* a date ("03/04/2026", "3/4.2026") or a path ("1/2/3") */
		if (j < n && (s[j] == '/' || ((s[j] == '.' || s[j] == '-') &&
					      j + 1 < n && isdigit((unsigned char)s[j + 1]))))
			return -1;
		*max = m;
	} else if (j < n && s[j] == '%') {
		*max = 100;
	} else {
		return -1;
	}
	*value = lo;
	*high = hi;
	return 0;
}

int prr_parse_count(const char *s, size_t n, int *passed, int *total)
{
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]) ||
		    (i > 0 && (isalnum((unsigned char)s[i - 1]) ||
			       s[i - 1] == '.' || s[i - 1] == '/')))
			continue;
		/* "Sev-1/2 incidents": a name's range of levels, no count */
		if (i > 1 && s[i - 1] == '-' && isalpha((unsigned char)s[i - 2]))
			continue;
		/* "8,5/10": a decimal comma's fraction, a score's, no count */
		if (i > 1 && s[i - 1] == ',' && isdigit((unsigned char)s[i - 2]))
			continue;
		size_t j = i;
		long a = 0, b = 0;
		while (j < n && isdigit((unsigned char)s[j]) && a < 100000000)
			a = a * 10 + (s[j++] - '0');
		if (j < n && s[j] == '+')
			j++; /* "325+/380" */
		if (j + 1 < n && s[j] == '/' && isdigit((unsigned char)s[j + 1])) {
			j++;
			size_t b0 = j;
			while (j < n && isdigit((unsigned char)s[j]) &&
			       b < 100000000)
				b = b * 10 + (s[j++] - '0');
			if (j < n && (isalnum((unsigned char)s[j]) ||
				      s[j] == '/' || s[j] == '.'))
				continue; /* a date or a path */
			if (j - b0 > 0 && b > 0 && a <= b &&
			    !prr_status_codes(s, i, a, b)) {
				*passed = (int)a;
				*total = (int)b;
				return 0;
			}
			continue;
		}
		/* "543 tests passing", "56 Tests Passing" */
		size_t k = j;
		while (k < n && s[k] == ' ')
			k++;
		if (k + 5 <= n && strncasecmp(s + k, "tests", 5) == 0) {
			k += 5;
			while (k < n && s[k] == ' ')
				k++;
			if ((k + 7 <= n && strncasecmp(s + k, "passing", 7) == 0) ||
			    (k + 6 <= n && strncasecmp(s + k, "passed", 6) == 0) ||
			    (k + 4 <= n && strncasecmp(s + k, "pass", 4) == 0)) {
				*passed = (int)a;
				*total = -1;
				return 0;
			}
		}
	}
	return -1;
}

/* The unit after a number at s[*i]: past spaces (*i then its start), a
 * word of ASCII letters, maybe none; where it ends. */
static size_t unit_after(const char *s, size_t n, size_t *i)
{
	while (*i < n && s[*i] == ' ')
		(*i)++;
	size_t w = *i;
	while (w < n && isalpha((unsigned char)s[w]))
		w++;
	return w;
}

int prr_parse_effort(const char *s, size_t n, double *low, double *high,
		     const char **unit)
{
	static const struct {
		const char *w;
		const char *unit;
	} units[] = {
		{ "minutes", "minutes" }, { "minute", "minutes" },
		{ "mins", "minutes" },    { "min", "minutes" },
		{ "hours", "hours" },     { "hour", "hours" },
		{ "hrs", "hours" },       { "hr", "hours" },
		{ "h", "hours" },         { "days", "days" },
		{ "day", "days" },        { "d", "days" },
		{ "weeks", "weeks" },     { "week", "weeks" },
		{ "wks", "weeks" },       { "w", "weeks" },
		{ "months", "months" },   { "month", "months" },
		{ "sprints", "sprints" }, { "sprint", "sprints" },
		/* the units of pt, es, fr, de reviews ("4-6 horas", "3 Tage") */
		{ "horas", "hours" },     { "hora", "hours" },
		{ "heures", "hours" },    { "heure", "hours" },
		{ "stunden", "hours" },   { "stunde", "hours" },
		{ "std", "hours" },       { "jours", "days" },
		{ "jour", "days" },       { "j", "days" },
		{ "dias", "days" },       { "dia", "days" },
		{ "tage", "days" },       { "tag", "days" },
		{ "semanas", "weeks" },   { "semana", "weeks" },
		{ "semaines", "weeks" },  { "semaine", "weeks" },
		{ "wochen", "weeks" },    { "woche", "weeks" },
		{ "meses", "months" },    { "mes", "months" },
		{ "mois", "months" },     { "monate", "months" },
		{ "monat", "months" },
	};
	/* and of zh, ja ("3-6 个月", "5日", "30分") */
	static const struct {
		const char *w;
		const char *unit;
	} cjk_units[] = {
		{ "个月", "months" }, { "ヶ月", "months" }, { "か月", "months" },
		{ "カ月", "months" }, { "小时", "hours" }, { "時間", "hours" },
		{ "周", "weeks" }, { "週間", "weeks" }, { "週", "weeks" },
		{ "天", "days" }, { "日", "days" }, { "分", "minutes" },
	};
	size_t i = skip_lead(s, n, 0);
	double lo, hi;
	if (range_at(s, n, &i, &lo, &hi) < 0)
		return -1;
	size_t w = unit_after(s, n, &i);
	/* "15–20 engineer-days", "3 person-weeks": the unit after whose;
	 * "4 execution sprints", "5 working days": after what kind */
	static const char *const whose[] = { "engineer", "person", "man",
		"dev", "developer", "team", "execution", "engineering",
		"working", "business", "calendar", NULL };
	for (int k = 0; whose[k] && w < n && (s[w] == '-' || s[w] == ' '); k++)
		if (strlen(whose[k]) == w - i && strncasecmp(whose[k], s + i, w - i) == 0) {
			i = w + 1;
			w = unit_after(s, n, &i);
			break;
		}
	*low = lo;
	*high = isnan(hi) ? lo : hi;
	for (size_t t = 0; t < COUNT(units); t++) {
		if (strlen(units[t].w) == w - i &&
		    strncasecmp(units[t].w, s + i, w - i) == 0) {
			*unit = units[t].unit;
			return 0;
		}
	}
	for (size_t t = 0; w == i && t < COUNT(cjk_units); t++) {
		size_t k = strlen(cjk_units[t].w);
		if (k <= n - i && memcmp(s + i, cjk_units[t].w, k) == 0) {
			*unit = cjk_units[t].unit;
			return 0;
		}
	}
	return -1;
}

int prr_parse_points(const char *s, size_t n, double *points)
{
	size_t i = skip_lead(s, n, 0);
	double v;
	if (number_at(s, n, &i, &v) < 0)
		return -1;
	size_t w = unit_after(s, n, &i);
	if (w > i && strncasecmp(s + i, "pts", w - i) != 0 &&
	    strncasecmp(s + i, "points", w - i) != 0 &&
	    strncasecmp(s + i, "sp", w - i) != 0 &&
	    strncasecmp(s + i, "pt", w - i) != 0)
		return -1;
	*points = v;
	return 0;
}
