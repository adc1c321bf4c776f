/* json_write.c - streaming JSON writer; see include/prr/json.h. */
#include "prr/json.h"
#include "prr/utf8.h"

#include <math.h>
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

static void newline(prr_jw *w)
{
	if (!w->pretty)
		return;
	prr_buf_addc(w->out, '\n');
	for (int i = 0; i < w->depth; i++)
		prr_buf_add(w->out, "  ", 2);
}

/* The separator and indentation due before a value or a key. */
static void before_value(prr_jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth > 0) {
		if (!w->first[w->depth])
			prr_buf_addc(w->out, ',');
		newline(w);
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
	prr_buf_addc(w->out, open);
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
	prr_buf_addc(w->out, close);
	if (w->depth == 0 && w->pretty)
		prr_buf_addc(w->out, '\n');
	after_value(w);
}

void prr_jw_key(prr_jw *w, const char *key)
{
	before_value(w);
	prr_json_quote(w->out, key, strlen(key));
	prr_buf_add(w->out, w->pretty ? ": " : ":", w->pretty ? 2 : 1);
	w->after_key = true;
}

void prr_json_quote(prr_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	prr_buf_grow(b, n + 2);
	prr_buf_addc(b, '"');
	size_t i = 0;
	while (i < n) {
		size_t run = i;
		while (run < n && p[run] >= 0x20 && p[run] < 0x80 &&
		       p[run] != '"' && p[run] != '\\')
			run++;
		prr_buf_add(b, p + i, run - i);
		i = run;
		if (i == n)
			break;
		unsigned char c = p[i];
		if (c >= 0x80) {
			uint32_t cp;
			int len = prr_utf8_decode(p + i, n - i, &cp);
			if (len) {
				prr_buf_add(b, p + i, (size_t)len);
				i += (size_t)len;
			} else {
				prr_buf_add(b, "\xEF\xBF\xBD", 3); /* U+FFFD */
				i++;
			}
			continue;
		}
		switch (c) {
		case '"': prr_buf_add(b, "\\\"", 2); break;
		case '\\': prr_buf_add(b, "\\\\", 2); break;
		case '\n': prr_buf_add(b, "\\n", 2); break;
		case '\r': prr_buf_add(b, "\\r", 2); break;
		case '\t': prr_buf_add(b, "\\t", 2); break;
		case '\b': prr_buf_add(b, "\\b", 2); break;
		case '\f': prr_buf_add(b, "\\f", 2); break;
		default: {
			char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			prr_buf_add(b, u, 6);
		}
		}
		i++;
	}
	prr_buf_addc(b, '"');
}

void prr_json_number(prr_buf *b, double v)
{
	if (!isfinite(v)) {
		prr_buf_adds(b, "null");
		return;
	}
	if (v == floor(v) && fabs(v) < 1e15) {
		prr_buf_addf(b, "%.0f", v == 0 ? 0.0 : v); /* no "-0" */
		return;
	}
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

void prr_jw_num(prr_jw *w, double v)
{
	before_value(w);
	prr_json_number(w->out, v);
	after_value(w);
}

void prr_jw_int(prr_jw *w, long long v)
{
	before_value(w);
	prr_buf_addf(w->out, "%lld", v);
	after_value(w);
}

void prr_jw_bool(prr_jw *w, bool v)
{
	before_value(w);
	prr_buf_adds(w->out, v ? "true" : "false");
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
	prr_jw_key(w, key);
	prr_jw_str(w, s);
}

void prr_jw_knum(prr_jw *w, const char *key, double v)
{
	prr_jw_key(w, key);
	prr_jw_num(w, v);
}

void prr_jw_kint(prr_jw *w, const char *key, long long v)
{
	prr_jw_key(w, key);
	prr_jw_int(w, v);
}

void prr_jw_kbool(prr_jw *w, const char *key, bool v)
{
	prr_jw_key(w, key);
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
