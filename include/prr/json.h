/*
 * json.h - a streaming JSON writer.
 *
 * Every JSON prr writes goes through this writer: field order is the
 * caller's, numbers are printed the shortest way that reads back exactly,
 * invalid UTF-8 (git author names can hold anything) becomes U+FFFD, so
 * the output is always valid JSON and byte-identical for the same input.
 *
 *     prr_jw w;
 *     prr_jw_init(&w, &buf, 1);
 *     prr_jw_object(&w);
 *     prr_jw_kstr(&w, "schema", "prr/review/v1");
 *     prr_jw_end(&w);
 *
 * With a `stream` set, the buffer is written out and emptied whenever it
 * passes 64 KiB, so arbitrarily long output runs in bounded memory.
 */
#ifndef PRR_JSON_H
#define PRR_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "prr/buf.h"

#define PRR_JW_MAX_DEPTH 64

typedef struct prr_jw {
	prr_buf *out;
	FILE *stream;    /* optional: flush target */
	bool pretty;     /* two-space indentation, one value per line */
	int depth;
	bool first[PRR_JW_MAX_DEPTH]; /* nothing written yet at this depth */
	char close[PRR_JW_MAX_DEPTH]; /* the bracket that ends each level */
	bool after_key;
	bool failed;     /* a write to `stream` failed */
} prr_jw;

void prr_jw_init(prr_jw *w, prr_buf *out, bool pretty);
void prr_jw_object(prr_jw *w);
void prr_jw_array(prr_jw *w);
void prr_jw_end(prr_jw *w);
void prr_jw_key(prr_jw *w, const char *key);
void prr_jw_str(prr_jw *w, const char *s); /* NULL writes null */
void prr_jw_strn(prr_jw *w, const char *s, size_t n);
void prr_jw_num(prr_jw *w, double v);      /* NaN writes null */
void prr_jw_int(prr_jw *w, long long v);
void prr_jw_bool(prr_jw *w, bool v);
void prr_jw_null(prr_jw *w);
/* A key, or a string value, of `n` bytes that the caller knows need no
 * escaping (printable ASCII but '"' and '\\'), as the review format's
 * field names and status words: written without a look at each byte. */
void prr_jw_key_plain(prr_jw *w, const char *key, size_t n);
void prr_jw_str_plain(prr_jw *w, const char *s, size_t n);
/* Writes the buffered text to `stream` (if any); returns -1 on error. */
int prr_jw_flush(prr_jw *w);

/* key + value shorthands */
void prr_jw_kstr(prr_jw *w, const char *key, const char *s);
void prr_jw_knum(prr_jw *w, const char *key, double v);
void prr_jw_kint(prr_jw *w, const char *key, long long v);
void prr_jw_kbool(prr_jw *w, const char *key, bool v);
/* key + an object or array opened (close it with prr_jw_end) */
void prr_jw_kobject(prr_jw *w, const char *key);
void prr_jw_karray(prr_jw *w, const char *key);
/* …that write nothing when the value is absent (NULL, NaN, line 0) */
void prr_jw_kstr_opt(prr_jw *w, const char *key, const char *s);
void prr_jw_knum_opt(prr_jw *w, const char *key, double v);
void prr_jw_kline(prr_jw *w, int line);

/* Appends `s` as a JSON string literal (quotes included) to `b`. */
void prr_json_quote(prr_buf *b, const char *s, size_t n);
/* Appends the shortest text that reads back as `v` exactly. */
void prr_json_number(prr_buf *b, double v);

#endif
