/* model.c - the review model's vocabulary and lifetime. */
#include "prr/model.h"
#include "prr/buf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *const status_names[PRR_STATUS_COUNT] = {
	[PRR_UNKNOWN] = "unknown", [PRR_PASS] = "pass",
	[PRR_PARTIAL] = "partial", [PRR_FAIL] = "fail",
	[PRR_PENDING] = "pending", [PRR_NA] = "na",
};

static const char *const level_names[PRR_LEVEL_COUNT] = {
	[PRR_LEVEL_UNKNOWN] = "unknown", [PRR_LEVEL_READY] = "ready",
	[PRR_LEVEL_PARTIAL] = "partial", [PRR_LEVEL_NOT_READY] = "not-ready",
};

static const char *const severity_names[PRR_SEV_COUNT] = {
	[PRR_SEV_UNKNOWN] = "unknown", [PRR_SEV_CRITICAL] = "critical",
	[PRR_SEV_HIGH] = "high",       [PRR_SEV_MEDIUM] = "medium",
	[PRR_SEV_LOW] = "low",         [PRR_SEV_INFO] = "info",
};

static int lookup(const char *const *names, int count, const char *s)
{
	for (int i = 0; i < count; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return -1;
}

const char *prr_status_name(prr_status s)
{
	return (unsigned)s < PRR_STATUS_COUNT ? status_names[s] : "unknown";
}

int prr_status_parse(const char *s)
{
	return lookup(status_names, PRR_STATUS_COUNT, s);
}

const char *prr_level_name(prr_level l)
{
	return (unsigned)l < PRR_LEVEL_COUNT ? level_names[l] : "unknown";
}

int prr_level_parse(const char *s)
{
	return lookup(level_names, PRR_LEVEL_COUNT, s);
}

const char *prr_severity_name(prr_severity s)
{
	return (unsigned)s < PRR_SEV_COUNT ? severity_names[s] : "unknown";
}

int prr_severity_parse(const char *s)
{
	return lookup(severity_names, PRR_SEV_COUNT, s);
}

prr_review *prr_review_new(void)
{
	prr_review *r = prr_xcalloc(1, sizeof *r);
	r->level = PRR_LEVEL_UNKNOWN;
	return r;
}

void prr_review_free(prr_review *r)
{
	if (!r)
		return;
	prr_arena_free(&r->arena);
	free(r);
}

static int is_leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(long y, int m)
{
	static const int d[12] = { 31, 28, 31, 30, 31, 30,
				   31, 31, 30, 31, 30, 31 };
	return m == 2 && is_leap(y) ? 29 : d[m - 1];
}

int prr_date_valid(const char *s)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return 0;
	long y = strtol(s, NULL, 10);
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	return y >= 1 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= days_in_month(y, m);
}

long prr_date_days(const char *s)
{
	/* days from civil, after H. Hinnant's well-known algorithm */
	long y = strtol(s, NULL, 10);
	long m = (s[5] - '0') * 10 + (s[6] - '0');
	long d = (s[8] - '0') * 10 + (s[9] - '0');
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The bytes names ignore, as a table: prr_name_eq runs for every
 * component and category matched across reviews (tens of thousands of
 * calls per build), and one load costs less than four comparisons. */
static const bool name_skip_table[256] = {
	[' '] = true, ['\t'] = true, ['-'] = true, ['_'] = true,
};

static int name_skip(unsigned char c)
{
	return name_skip_table[c];
}

static int ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

int prr_name_eq(const char *a, const char *b)
{
	/* mostly the very same bytes (a name from one review against the
	 * same name in the next): libc's compare tells that fastest */
	if (a == b || strcmp(a, b) == 0)
		return 1;
	for (;;) {
		while (*a && *a == *b && !name_skip((unsigned char)*a)) {
			a++; /* the common case: the same bytes */
			b++;
		}
		while (name_skip((unsigned char)*a))
			a++;
		while (name_skip((unsigned char)*b))
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if (ascii_lower((unsigned char)*a) != ascii_lower((unsigned char)*b))
			return 0;
		a++;
		b++;
	}
}

uint32_t prr_name_hash(const char *s)
{
	uint32_t h = 2166136261u; /* FNV-1a over what prr_name_eq compares */
	for (; *s; s++)
		if (!name_skip((unsigned char)*s))
			h = (h ^ (uint32_t)ascii_lower((unsigned char)*s)) * 16777619u;
	return h;
}

/*** A table of names ***/

static uint32_t names_hash(const prr_names *t, const char *name)
{
	if (!t->exact)
		return prr_name_hash(name);
	uint32_t h = 2166136261u;
	for (; *name; name++)
		h = (h ^ (unsigned char)*name) * 16777619u;
	return h;
}

static struct prr_name_slot *names_slot(const prr_names *t, const char *name,
					 uint32_t h)
{
	size_t i = h & (t->cap - 1);
	for (; t->v[i].name; i = (i + 1) & (t->cap - 1))
		if (t->v[i].hash == h && (t->exact ? strcmp(t->v[i].name, name) == 0
						   : prr_name_eq(t->v[i].name, name)))
			break;
	return &t->v[i];
}

size_t prr_names_find(const prr_names *t, const char *name)
{
	if (!t->cap)
		return PRR_NAMES_NONE;
	const struct prr_name_slot *s = names_slot(t, name, names_hash(t, name));
	return s->name ? s->value : PRR_NAMES_NONE;
}

size_t prr_names_put(prr_names *t, const char *name, size_t value)
{
	if (2 * (t->n + 1) > t->cap) {
		prr_names g = { prr_xcalloc(t->cap ? 2 * t->cap : 16, sizeof *g.v), 0,
				t->cap ? 2 * t->cap : 16, t->exact };
		for (size_t i = 0; i < t->cap; i++)
			if (t->v[i].name) {
				*names_slot(&g, t->v[i].name, t->v[i].hash) = t->v[i];
				g.n++;
			}
		free(t->v);
		*t = g;
	}
	uint32_t h = names_hash(t, name);
	struct prr_name_slot *s = names_slot(t, name, h);
	if (!s->name) {
		*s = (struct prr_name_slot){ name, value, h };
		t->n++;
	}
	return s->value;
}

void prr_names_free(prr_names *t)
{
	int exact = t->exact;
	free(t->v);
	memset(t, 0, sizeof *t);
	t->exact = exact;
}

const char *prr_date_in_path(prr_arena *a, const char *path)
{
	const char *found = NULL;
	size_t n = strlen(path);
	for (size_t i = 0; i + 10 <= n; i++) {
		char d[11];
		memcpy(d, path + i, 10);
		d[10] = 0;
		if (prr_date_valid(d) &&
		    (i == 0 || !isdigit((unsigned char)path[i - 1])) &&
		    (i + 10 == n || !isdigit((unsigned char)path[i + 10])))
			found = path + i;
	}
	return found ? prr_arena_strndup(a, found, 10) : NULL;
}
