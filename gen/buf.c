/* buf.c - growable string builder; see include/prr/buf.h. */
#include "prr/buf.h"

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

void prr_buf_reset(prr_buf *b)
{
	b->n = 0;
	if (b->cap)
		b->p[0] = '\0';
}

void prr_buf_grow(prr_buf *b, size_t extra)
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

void prr_buf_add(prr_buf *b, const void *data, size_t n)
{
	if (!n)
		return;
	prr_buf_grow(b, n);
	memcpy(b->p + b->n, data, n);
	b->n += n;
	b->p[b->n] = '\0';
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
	char tmp[PRR_DECIMAL_MAX];
	size_t k = sizeof tmp;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v
				     : (unsigned long long)v;
	do {
		tmp[--k] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		tmp[--k] = '-';
	memcpy(out, tmp + k, sizeof tmp - k);
	return sizeof tmp - k;
}

void prr_buf_vaddf(prr_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
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
