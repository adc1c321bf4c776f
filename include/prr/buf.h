/*
 * buf.h - the one growable string builder prr writes all output with.
 *
 * A prr_buf's `p` is never NULL and always NUL-terminated, so it can be
 * handed to any C-string API at any time.  Running out of memory is handled
 * once, here (prr_die_oom), so callers never check an append.
 *
 *     prr_buf b = PRR_BUF_INIT;
 *     prr_buf_addf(&b, "%d pages", n);
 *     fputs(b.p, stdout);
 *     prr_buf_free(&b);
 */
#ifndef PRR_BUF_H
#define PRR_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct prr_buf {
	char *p;    /* the bytes; never NULL, always NUL-terminated */
	size_t n;   /* length, without the NUL */
	size_t cap; /* bytes allocated; 0 while p points at the shared "" */
} prr_buf;

/* A pointer-and-length span into someone else's bytes (borrowed). */
typedef struct prr_str {
	const char *p;
	size_t n;
} prr_str;

extern char prr_buf_empty[1];
#define PRR_BUF_INIT { prr_buf_empty, 0, 0 }

void prr_buf_init(prr_buf *b);
/* Frees the bytes and leaves `b` empty and usable again. */
void prr_buf_free(prr_buf *b);
/* Empties `b` but keeps its allocation, for reuse in a loop. */
static inline void prr_buf_reset(prr_buf *b)
{
	b->n = 0;
	if (b->cap)
		b->p[0] = '\0';
}
/* Makes room for `extra` more bytes plus the NUL.  Inline, as the two
 * below: they run for every piece of every page, and there is mostly room
 * already. */
void prr_buf_grow_slow(prr_buf *b, size_t extra);
static inline void prr_buf_grow(prr_buf *b, size_t extra)
{
	if (extra >= b->cap - b->n) /* cap 0 (n 0) always grows */
		prr_buf_grow_slow(b, extra);
}
/* Copies `n` bytes; up to 16 by two overlapping fixed-size moves (the
 * compiler makes each a load and a store), more by memcpy: most pieces
 * of a page are short, and a call to memcpy per piece showed.  Only ever
 * reads src[0..n) and writes dst[0..n). */
static inline void prr_copy(char *dst, const char *src, size_t n)
{
	if (n >= 8 && n <= 16) {
		memcpy(dst, src, 8);
		memcpy(dst + n - 8, src + n - 8, 8);
	} else if (n >= 4 && n < 8) {
		memcpy(dst, src, 4);
		memcpy(dst + n - 4, src + n - 4, 4);
	} else if (n < 4) {
		for (size_t i = 0; i < n; i++)
			dst[i] = src[i];
	} else {
		memcpy(dst, src, n);
	}
}

static inline void prr_buf_add(prr_buf *b, const void *data, size_t n)
{
	if (!n)
		return;
	prr_buf_grow(b, n);
	memcpy(b->p + b->n, data, n);
	b->n += n;
	b->p[b->n] = '\0';
}

/* prr_buf_add through prr_copy: for the template engine's text and
 * values, where `data` is never a small array the compiler could see
 * (its bounds warnings would take the 8-byte moves for overruns). */
static inline void prr_buf_add_piece(prr_buf *b, const char *data, size_t n)
{
	prr_buf_grow(b, n);
	prr_copy(b->p + b->n, data, n);
	b->n += n;
	b->p[b->n] = '\0';
}
void prr_buf_adds(prr_buf *b, const char *s);
void prr_buf_addc(prr_buf *b, char c);

/*
 * The one rule for a noun after a count, in every output (pages, report.md,
 * the text report, messages): singular for 1 and -1, plural otherwise
 * ("1 check", "0 checks", "-1 day").  A count of a total agrees with the
 * total: "1 of 1 check passes", "1 of 5 checks pass".
 */
static inline const char *prr_plural(long n, const char *one, const char *many)
{
	return n == 1 || n == -1 ? one : many;
}
/* Appends "N one" or "N many", as prr_plural chooses. */
void prr_buf_count(prr_buf *b, long n, const char *one, const char *many);
void prr_buf_addf(prr_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void prr_buf_vaddf(prr_buf *b, const char *fmt, va_list ap);
/* Room prr_decimal needs: "-9223372036854775808". */
#define PRR_DECIMAL_MAX 20
/* Writes `v` in decimal, as "%lld" prints it, at `out` (PRR_DECIMAL_MAX
 * bytes of room, no NUL); returns the length.  For hot paths where
 * printf's cost shows. */
size_t prr_decimal(char *out, long long v);
/* Appends round(v * 10) / 10 ("8", "8.5", "-0.5": one decimal, none when
 * it is 0) exactly as printf's "%.0f" or "%.1f" of it prints, without
 * printf: charts and tables print thousands of such numbers per site. */
void prr_buf_add_tenths(prr_buf *b, double v);
/* Shortens `b` to `n` bytes (n <= b->n). */
void prr_buf_truncate(prr_buf *b, size_t n);
/* Hands the bytes to the caller (free() them); `b` is left empty. */
char *prr_buf_detach(prr_buf *b, size_t *len);

/* Prints "prr: out of memory" and exits 3.  The single OOM policy. */
_Noreturn void prr_die_oom(void);
/* malloc/realloc/calloc that never return NULL (they die instead). */
void *prr_xmalloc(size_t n);
void *prr_xrealloc(void *p, size_t n);
void *prr_xcalloc(size_t count, size_t size);
char *prr_xstrdup(const char *s);

#endif
