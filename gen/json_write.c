/* json_write.c - streaming JSON writer; see include/prr/json.h. */
#include "prr/json.h"
#include "prr/utf8.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define JW_FLUSH_AT (64 * 1024)

void prr_jw_init(prr_jw *w, prr_buf *out, bool pretty)
{
	memset(w, 0, sizeof *w);
	w->out = out;
	w->pretty = pretty;
	w->first[0] = true;
}

int prr_jw_flush(prr_jw *w)
{
	if (w->stream && w->out->n) {
		if (fwrite(w->out->p, 1, w->out->n, w->stream) != w->out->n)
			w->failed = true;
		prr_buf_reset(w->out);
	}
	return w->failed ? -1 : 0;
}

/*
 * The writer emits mostly tiny pieces (a comma, an indent, a short key);
 * reserving room once and storing bytes directly, instead of a
 * prr_buf_add call per piece, halves the cost of writing a review
 * (profiled on `prr import` of a 20 MB document).  Callers write at most
 * `n` bytes at the returned pointer, then call commit().
 */
static inline char *reserve(prr_buf *b, size_t n)
{
	if (b->cap - b->n < n + 1) /* cap 0: the shared "", always grows */
		prr_buf_grow(b, n);
	return b->p + b->n;
}

static inline void commit(prr_buf *b, size_t n)
{
	b->n += n;
	b->p[b->n] = '\0';
}

static inline void put(prr_buf *b, const char *s, size_t n)
{
	memcpy(reserve(b, n), s, n);
	commit(b, n);
}

/* Writes "\n" and the indentation of the current depth at `o`. */
static size_t indent(const prr_jw *w, char *o)
{
	o[0] = '\n';
	memset(o + 1, ' ', 2 * (size_t)w->depth);
	return 1 + 2 * (size_t)w->depth;
}

static void newline(prr_jw *w)
{
	if (!w->pretty)
		return;
	char *o = reserve(w->out, 1 + 2 * (size_t)w->depth);
	commit(w->out, indent(w, o));
}

/* The separator and indentation due before a value or a key. */
static void before_value(prr_jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth > 0) {
		/* ',' and the newline in one reservation */
		char *o = reserve(w->out, 2 + 2 * (size_t)w->depth);
		size_t k = 0;
		if (!w->first[w->depth])
			o[k++] = ',';
		if (w->pretty)
			k += indent(w, o + k);
		commit(w->out, k);
	}
	w->first[w->depth] = false;
}

static void after_value(prr_jw *w)
{
	if (w->stream && w->out->n >= JW_FLUSH_AT)
		prr_jw_flush(w);
}

static void open_level(prr_jw *w, char open, char close)
{
	before_value(w);
	if (w->depth + 1 >= PRR_JW_MAX_DEPTH)
		abort(); /* a programming error: prr's documents are shallow */
	put(w->out, &open, 1);
	w->depth++;
	w->first[w->depth] = true;
	w->close[w->depth] = close;
}

void prr_jw_object(prr_jw *w) { open_level(w, '{', '}'); }
void prr_jw_array(prr_jw *w) { open_level(w, '[', ']'); }

void prr_jw_end(prr_jw *w)
{
	char close = w->close[w->depth];
	bool empty = w->first[w->depth];
	w->depth--;
	if (!empty)
		newline(w);
	put(w->out, &close, 1);
	if (w->depth == 0 && w->pretty)
		put(w->out, "\n", 1);
	after_value(w);
}


/* 1: a byte copied as it is (printable ASCII but '"' and '\\'). */
static const unsigned char json_plain[256] = {
	['\x20'] = 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/*
 * The end of the run of json_plain bytes from p[i].  Eight bytes a step:
 * a word holds a byte to stop at if one is below 0x20, has its high bit
 * set, or is '"' or '\\' (the usual "has a zero byte" / "has a byte less
 * than" word tricks, exact as yes/no answers).  Review text is mostly
 * plain, so this is most of the quoting.
 */
static size_t plain_run(const unsigned char *p, size_t i, size_t n)
{
	const uint64_t ones = 0x0101010101010101u, highs = ones * 0x80;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		uint64_t q = w ^ (ones * '"'), e = w ^ (ones * '\\');
		uint64_t stop = ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) |
				((e - ones) & ~e) | w;
		if (stop & highs)
			break;
	}
	while (i < n && json_plain[p[i]])
		i++;
	return i;
}

void prr_json_quote(prr_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	/* Plain bytes and valid UTF-8 are copied as they are, so n + 2 is
	 * enough unless an escape comes; each escape reserves its own room. */
	char *o = reserve(b, n + 2);
	size_t k = 0, i = 0;
	o[k++] = '"';
	while (i < n) {
		size_t run = plain_run(p, i, n);
		memcpy(o + k, p + i, run - i);
		k += run - i;
		i = run;
		if (i == n)
			break;
		unsigned char c = p[i];
		if (c >= 0x80) {
			uint32_t cp;
			int len = prr_utf8_decode(p + i, n - i, &cp);
			if (len) {
				memcpy(o + k, p + i, (size_t)len);
				k += (size_t)len;
				i += (size_t)len;
				continue;
			}
		}
		/* an escape: up to 6 bytes for 1; room for it and the rest */
		b->n += k;
		o = reserve(b, 6 + (n - i - 1) + 1);
		k = 0;
		const char *e;
		switch (c) {
		case '"': e = "\\\""; break;
		case '\\': e = "\\\\"; break;
		case '\n': e = "\\n"; break;
		case '\r': e = "\\r"; break;
		case '\t': e = "\\t"; break;
		case '\b': e = "\\b"; break;
		case '\f': e = "\\f"; break;
		default: e = NULL; break;
		}
		if (c >= 0x80) {
			memcpy(o, "\xEF\xBF\xBD", 3); /* U+FFFD */
			k = 3;
		} else if (e) {
			o[0] = e[0];
			o[1] = e[1];
			k = 2;
		} else {
			char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			memcpy(o, u, 6);
			k = 6;
		}
		i++;
	}
	o[k++] = '"';
	commit(b, k);
}

/*
 * A key of `n` bytes; `plain`: every byte is json_plain.  Inside an
 * object (every key prr writes), a plain key's separator, indentation,
 * quoted name and ": " go in one reservation: keys are a third of the
 * calls in writing a review.
 */
static inline void put_key_n(prr_jw *w, const char *key, size_t n, bool plain)
{
	if (!plain || w->depth == 0 || w->after_key) {
		before_value(w);
		prr_json_quote(w->out, key, n);
		put(w->out, ": ", w->pretty ? 2 : 1);
		w->after_key = true;
		return;
	}
	char *o = reserve(w->out, n + 6 + 2 * (size_t)w->depth);
	size_t k = 0;
	if (!w->first[w->depth])
		o[k++] = ',';
	if (w->pretty)
		k += indent(w, o + k);
	w->first[w->depth] = false;
	o[k++] = '"';
	memcpy(o + k, key, n);
	k += n;
	o[k++] = '"';
	o[k++] = ':';
	if (w->pretty)
		o[k++] = ' ';
	commit(w->out, k);
	w->after_key = true;
}

/* prr_jw_key, inline for the k* functions below. */
static inline void put_key(prr_jw *w, const char *key)
{
	/* the length and whether every byte is plain, in one pass */
	size_t n = 0;
	bool plain = true;
	for (unsigned char c; (c = (unsigned char)key[n]) != 0; n++)
		plain &= json_plain[c] != 0;
	put_key_n(w, key, n, plain);
}

void prr_jw_key(prr_jw *w, const char *k)
{
	put_key(w, k);
}

void prr_jw_key_plain(prr_jw *w, const char *key, size_t n)
{
	put_key_n(w, key, n, true);
}

/* Decimal digits of `v`, as "%lld" prints them, without printf's cost,
 * written where they go. */
static void put_int(prr_buf *b, long long v)
{
	commit(b, prr_decimal(reserve(b, PRR_DECIMAL_MAX), v));
}

/*
 * A number of at most six decimals, from 1e-4 to 1e9 (scores, percentages,
 * weights: most of prr's), written without printf: the fewest decimals k
 * whose digits d give back v exactly, d / 10^k being a division of two
 * exact doubles, rounded once as strtod rounds the text.  Fifteen
 * significant digits at most, so the text is the one "%.15g" prints.
 * Returns false for anything else.
 */
static bool short_decimal(prr_buf *b, double v)
{
	static const double p10[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6 };
	if (!(fabs(v) < 1e9 && fabs(v) >= 1e-4)) /* else %g goes exponential */
		return false;
	for (int k = 1; k <= 6; k++) {
		double d = round(v * p10[k]);
		if (d / p10[k] != v)
			continue;
		long long n = (long long)fabs(d), scale = (long long)p10[k];
		char tmp[PRR_DECIMAL_MAX + 4], *o = tmp;
		if (v < 0)
			*o++ = '-';
		o += prr_decimal(o, n / scale);
		*o++ = '.';
		long long frac = n % scale;
		for (long long q = scale / 10; q > 0; q /= 10) {
			*o++ = (char)('0' + frac / q);
			frac %= q;
		}
		put(b, tmp, (size_t)(o - tmp));
		return true;
	}
	return false;
}

void prr_json_number(prr_buf *b, double v)
{
	if (!isfinite(v)) {
		prr_buf_adds(b, "null");
		return;
	}
	if (v == floor(v) && fabs(v) < 1e15) {
		/* exactly what "%.0f" prints for an integral value; -0 is "0" */
		put_int(b, (long long)v);
		return;
	}
	if (short_decimal(b, v))
		return;
	char tmp[40];
	snprintf(tmp, sizeof tmp, "%.15g", v);
	if (strtod(tmp, NULL) != v)
		snprintf(tmp, sizeof tmp, "%.17g", v);
	prr_buf_adds(b, tmp);
}

void prr_jw_str(prr_jw *w, const char *s)
{
	if (!s) {
		prr_jw_null(w);
		return;
	}
	prr_jw_strn(w, s, strlen(s));
}

void prr_jw_strn(prr_jw *w, const char *s, size_t n)
{
	before_value(w);
	prr_json_quote(w->out, s, n);
	after_value(w);
}

void prr_jw_str_plain(prr_jw *w, const char *s, size_t n)
{
	before_value(w);
	char *o = reserve(w->out, n + 2);
	o[0] = '"';
	memcpy(o + 1, s, n);
	o[n + 1] = '"';
	commit(w->out, n + 2);
	after_value(w);
}

void prr_jw_num(prr_jw *w, double v)
{
	before_value(w);
	prr_json_number(w->out, v);
	after_value(w);
}

void prr_jw_int(prr_jw *w, long long v)
{
	before_value(w);
	put_int(w->out, v);
	after_value(w);
}

void prr_jw_bool(prr_jw *w, bool v)
{
	before_value(w);
	put(w->out, v ? "true" : "false", v ? 4 : 5);
	after_value(w);
}

void prr_jw_null(prr_jw *w)
{
	before_value(w);
	prr_buf_adds(w->out, "null");
	after_value(w);
}

void prr_jw_kstr(prr_jw *w, const char *key, const char *s)
{
	put_key(w, key);
	prr_jw_str(w, s);
}

void prr_jw_kobject(prr_jw *w, const char *key)
{
	put_key(w, key);
	prr_jw_object(w);
}

void prr_jw_karray(prr_jw *w, const char *key)
{
	put_key(w, key);
	prr_jw_array(w);
}

void prr_jw_knum(prr_jw *w, const char *key, double v)
{
	put_key(w, key);
	prr_jw_num(w, v);
}

void prr_jw_kint(prr_jw *w, const char *key, long long v)
{
	put_key(w, key);
	prr_jw_int(w, v);
}

void prr_jw_kbool(prr_jw *w, const char *key, bool v)
{
	put_key(w, key);
	prr_jw_bool(w, v);
}

void prr_jw_kstr_opt(prr_jw *w, const char *key, const char *s)
{
	if (s)
		prr_jw_kstr(w, key, s);
}

void prr_jw_knum_opt(prr_jw *w, const char *key, double v)
{
	if (!isnan(v))
		prr_jw_knum(w, key, v);
}

void prr_jw_kline(prr_jw *w, int line)
{
	if (line > 0)
		prr_jw_kint(w, "line", line);
}
