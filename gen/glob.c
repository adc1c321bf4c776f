/* glob.c - path globs; see include/prr/glob.h. */
#include "prr/glob.h"

#include <stddef.h>
#include <string.h>

#define GLOB_MAX_STEPS 100000

/* Matches one bracket expression at `p` against `c`; sets `*end` past it.
 * Returns -1 when the bracket is not closed (then '[' is literal). */
static int match_class(const char *p, char c, const char **end)
{
	const char *q = p + 1;
	bool neg = *q == '!' || *q == '^';
	if (neg)
		q++;
	bool hit = false, first = true;
	for (; *q && (first || *q != ']'); first = false) {
		char lo = *q == '\\' && q[1] ? *++q : *q;
		q++;
		char hi = lo;
		if (*q == '-' && q[1] && q[1] != ']') {
			q++;
			hi = *q == '\\' && q[1] ? *++q : *q;
			q++;
		}
		if ((unsigned char)c >= (unsigned char)lo &&
		    (unsigned char)c <= (unsigned char)hi)
			hit = true;
	}
	if (*q != ']')
		return -1;
	*end = q + 1;
	return hit != neg && c != '/';
}

static bool match(const char *p, const char *s, long *steps)
{
	while (*p) {
		if (++*steps > GLOB_MAX_STEPS)
			return false;
		if (p[0] == '*' && p[1] == '*') {
			const char *rest = p + 2;
			while (*rest == '*')
				rest++;
			/* a double star and its slash may stand for no folder */
			if (*rest == '/' && match(rest + 1, s, steps))
				return true;
			for (const char *t = s;; t++) {
				if (match(rest, t, steps))
					return true;
				if (!*t)
					return false;
			}
		}
		if (*p == '*') {
			for (const char *t = s;; t++) {
				if (match(p + 1, t, steps))
					return true;
				if (!*t || *t == '/')
					return false;
			}
		}
		if (!*s)
			return false;
		if (*p == '?') {
			if (*s == '/')
				return false;
			p++;
			s++;
			continue;
		}
		if (*p == '[') {
			const char *end;
			int r = match_class(p, *s, &end);
			if (r >= 0) {
				if (!r)
					return false;
				p = end;
				s++;
				continue;
			}
		}
		if (*p == '\\' && p[1])
			p++;
		if (*p != *s)
			return false;
		p++;
		s++;
	}
	return *s == '\0';
}

bool prr_glob_match(const char *pattern, const char *path)
{
	long steps = 0;
	return match(pattern, path, &steps);
}

bool prr_glob_has_magic(const char *s)
{
	return strpbrk(s, "*?[") != NULL;
}
