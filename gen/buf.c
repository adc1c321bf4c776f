/* buf.c - growable string builder; see include/prr/buf.h. */
#include "prr/buf.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char prr_buf_empty[1];

_Noreturn void prr_die_oom(void)
{
	fputs("prr: out of memory\n", stderr);
	exit(3);
}

void *prr_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		prr_die_oom();
	return p;
}

void *prr_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		prr_die_oom();
	return q;
}

void *prr_xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		prr_die_oom();
	return p;
}

char *prr_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(prr_xmalloc(n), s, n);
}

void prr_buf_init(prr_buf *b)
{
	b->p = prr_buf_empty;
	b->n = 0;
	b->cap = 0;
}

void prr_buf_free(prr_buf *b)
{
	if (b->cap)
		free(b->p);
	prr_buf_init(b);
}


void prr_buf_grow_slow(prr_buf *b, size_t extra)
{
	if (extra > SIZE_MAX - b->n - 1)
		prr_die_oom();
	size_t need = b->n + extra + 1;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	if (b->cap) {
		b->p = prr_xrealloc(b->p, cap);
	} else {
		b->p = prr_xmalloc(cap);
		b->p[0] = '\0';
	}
	b->cap = cap;
}


void prr_buf_adds(prr_buf *b, const char *s)
{
	prr_buf_add(b, s, strlen(s));
}

void prr_buf_addc(prr_buf *b, char c)
{
	prr_buf_grow(b, 1);
	b->p[b->n++] = c;
	b->p[b->n] = '\0';
}

size_t prr_decimal(char *out, long long v)
{
	/* two digits a division, from a table of "00" to "99" */
	static const char pairs[201] =
		"00010203040506070809101112131415161718192021222324"
		"25262728293031323334353637383940414243444546474849"
		"50515253545556575859606162636465666768697071727374"
		"75767778798081828384858687888990919293949596979899";
	char tmp[PRR_DECIMAL_MAX];
	size_t k = sizeof tmp;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v
				     : (unsigned long long)v;
	while (u >= 100) {
		unsigned d = (unsigned)(u % 100);
		u /= 100;
		tmp[--k] = pairs[2 * d + 1];
		tmp[--k] = pairs[2 * d];
	}
	if (u >= 10) {
		tmp[--k] = pairs[2 * u + 1];
		tmp[--k] = pairs[2 * u];
	} else {
		tmp[--k] = (char)('0' + u);
	}
	if (v < 0)
		tmp[--k] = '-';
	memcpy(out, tmp + k, sizeof tmp - k);
	return sizeof tmp - k;
}

/*
 * `fmt` with its arguments into `b` when it holds only %s (not NULL), %d
 * and %%, as most formats do ("st-%s", "%d/%d", "reviews/%s/index.html");
 * false (`b` half written) for anything else.  Tens of thousands of such
 * strings per site made vsnprintf's parsing a tenth of a build.
 */
static bool fmt_simple(prr_buf *b, const char *fmt, va_list ap)
{
	for (const char *p = fmt; *p; p++) {
		const char *pc = strchr(p, '%');
		if (!pc) {
			prr_buf_adds(b, p);
			break;
		}
		prr_buf_add(b, p, (size_t)(pc - p));
		p = pc + 1;
		if (*p == 's') {
			const char *s = va_arg(ap, const char *);
			if (!s)
				return false; /* printf's "(null)" */
			prr_buf_adds(b, s);
		} else if (*p == 'd') {
			char t[PRR_DECIMAL_MAX];
			prr_buf_add(b, t, prr_decimal(t, va_arg(ap, int)));
		} else if (*p == '%') {
			prr_buf_addc(b, '%');
		} else {
			return false;
		}
	}
	return true;
}

void prr_buf_vaddf(prr_buf *b, const char *fmt, va_list ap)
{
	size_t start = b->n;
	va_list cp;
	va_copy(cp, ap);
	bool simple = fmt_simple(b, fmt, cp);
	va_end(cp);
	if (simple)
		return;
	prr_buf_truncate(b, start);
	va_copy(cp, ap);
	prr_buf_grow(b, 64);
	int len = vsnprintf(b->p + b->n, b->cap - b->n, fmt, cp);
	va_end(cp);
	if (len < 0)
		return;
	if ((size_t)len >= b->cap - b->n) {
		prr_buf_grow(b, (size_t)len);
		vsnprintf(b->p + b->n, b->cap - b->n, fmt, ap);
	}
	b->n += (size_t)len;
}

void prr_buf_count(prr_buf *b, long n, const char *one, const char *many)
{
	prr_buf_addf(b, "%ld %s", n, prr_plural(n, one, many));
}

void prr_buf_addf(prr_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	prr_buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void prr_buf_truncate(prr_buf *b, size_t n)
{
	if (n >= b->n)
		return;
	b->n = n;
	b->p[n] = '\0';
}

char *prr_buf_detach(prr_buf *b, size_t *len)
{
	char *p = b->cap ? b->p : prr_xstrdup("");
	if (len)
		*len = b->n;
	prr_buf_init(b);
	return p;
}

void prr_buf_add_tenths(prr_buf *b, double v)
{
	double k = round(v * 10); /* the value in tenths */
	if (!(fabs(k) < 1e15)) { /* not finite, or past exact tenths: printf */
		double r = k / 10;
		if (r == 0)
			r = 0;
		if (r == floor(r))
			prr_buf_addf(b, "%.0f", r);
		else
			prr_buf_addf(b, "%.1f", r);
		return;
	}
	/* Below 1e15 the double nearest k / 10 is within 0.02 of it, so
	 * printf would print exactly k / 10 (and no ".0" when k % 10 == 0):
	 * print that from the integer.  -0 prints as "0", as before. */
	long long t = (long long)k;
	char tmp[PRR_DECIMAL_MAX + 2];
	size_t n = 0;
	if (t < 0) {
		tmp[n++] = '-';
		t = -t;
	}
	n += prr_decimal(tmp + n, t / 10);
	if (t % 10) {
		tmp[n++] = '.';
		tmp[n++] = (char)('0' + t % 10);
	}
	prr_buf_add(b, tmp, n);
}
