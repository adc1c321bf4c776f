/* import_markup.c - the markup of note-taking tools that no reader sees
 * rendered: Obsidian's "%% comment %%", hidden as "<!-- -->" is; LaTeX's
 * "$2/5$" around a score. */
#include "import_int.h"

#include <ctype.h>
#include <string.h>

/* Whether the line at text[at..e) opens or closes a code fence. */
static bool fence_line(const char *text, size_t at, size_t e)
{
	while (at < e && text[at] == ' ')
		at++;
	return e - at >= 3 && (memcmp(text + at, "```", 3) == 0 ||
			       memcmp(text + at, "~~~", 3) == 0);
}

/* Obsidian's comments, "%% Verdict: NO-GO. Draft. %%" (a line that opens
 * with "%%", to the next "%%", over lines too), outside code: blanked in
 * a copy, newlines kept, so no verdict, date or finding is read from
 * them.  Returns the text to read: `text`, or out->p. */
const char *imp_hide_comments(prr_buf *out, const char *text, size_t len)
{
	char *w = NULL;
	bool fence = false;
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t e = nl ? (size_t)(nl - text) : len, o = at;
		if (fence_line(text, at, e))
			fence = !fence;
		while (o < e && (text[o] == ' ' || text[o] == '\t'))
			o++;
		if (fence || e - o < 2 || text[o] != '%' || text[o + 1] != '%') {
			at = nl ? e + 1 : len;
			continue;
		}
		/* the closing "%%": none after this one, none after any
		 * later one either (so each byte is looked at once) */
		const char *c = NULL;
		for (size_t k = o + 2; k + 1 < len && !c; k++)
			if (text[k] == '%' && text[k + 1] == '%')
				c = text + k;
		if (!c)
			break;
		if (!w) {
			prr_buf_reset(out);
			prr_buf_add(out, text, len);
			w = out->p;
		}
		size_t end = (size_t)(c - text) + 2;
		for (size_t k = o; k < end; k++)
			if (w[k] != '\n' && w[k] != '\r')
				w[k] = ' ';
		nl = memchr(text + end, '\n', len - end);
		at = nl ? (size_t)(nl - text) + 1 : len;
	}
	return w ? w : text;
}

/* The length of a plain fraction "4/5", "3.5 / 5" at s[0..n), or 0. */
static size_t fraction_len(const char *s, size_t n)
{
	size_t k = 0, digits = 0;
	bool slash = false;
	while (k < n && (isdigit((unsigned char)s[k]) || s[k] == '.' ||
			 s[k] == ' ' || (s[k] == '/' && !slash))) {
		slash |= s[k] == '/';
		digits += isdigit((unsigned char)s[k]) != 0;
		k++;
	}
	return slash && digits >= 2 && isdigit((unsigned char)s[0]) &&
	       isdigit((unsigned char)s[k - 1]) ? k : 0;
}

const char *imp_plain_math(imp *im, const char *s, size_t *n)
{
	if (!memchr(s, '$', *n))
		return s;
	char *o = NULL;
	size_t w = 0;
	for (size_t i = 0; i < *n; i++) {
		size_t f = s[i] == '$' ? fraction_len(s + i + 1, *n - i - 1) : 0;
		if (f && i + 1 + f < *n && s[i + 1 + f] == '$') {
			if (!o) {
				o = prr_arena_alloc_str(&im->tmp, *n + 1);
				memcpy(o, s, i);
				w = i;
			}
			memcpy(o + w, s + i + 1, f);
			w += f;
			i += f + 1;
		} else if (o) {
			o[w++] = s[i];
		}
	}
	if (!o)
		return s;
	o[w] = 0;
	*n = w;
	return o;
}

/* Google Docs' escaped list markers, "\- \[ \] Irish PPSN issue fixed"
 * and "1\. **PPSN validation (High)** \- …" at a line's start (outside
 * code): rewritten in the copy (`out`, which may already hold `text`) as
 * the list items a reader sees, " -  [ ] Irish …" and " 1. **PPSN …",
 * each line its length.  Returns the text to read. */
const char *imp_unescape_lists(prr_buf *out, const char *text, size_t len)
{
	char *w = text == out->p ? out->p : NULL;
	bool fence = false;
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t e = nl ? (size_t)(nl - text) : len, o = at, d;
		if (fence_line(text, at, e))
			fence = !fence;
		while (o < e && o - at < 8 && text[o] == ' ')
			o++;
		for (d = o; d < e && d - o < 9 && text[d] >= '0' && text[d] <= '9'; d++)
			;
		/* "\- ", "\* ", "\+ " or "12\. ", "3\) " */
		bool bullet = d == o && e - o > 3 && text[o] == '\\' &&
			      strchr("-*+", text[o + 1]) && text[o + 2] == ' ';
		bool number = d > o && e - d > 3 && text[d] == '\\' &&
			      (text[d + 1] == '.' || text[d + 1] == ')') && text[d + 2] == ' ';
		if (fence || (!bullet && !number)) {
			at = nl ? e + 1 : len;
			continue;
		}
		if (!w) {
			prr_buf_reset(out);
			prr_buf_add(out, text, len);
			w = out->p;
		}
		size_t m = bullet ? o : d; /* the backslash: moved to the front */
		memmove(w + o + 1, w + o, m - o);
		w[o] = ' ';
		/* "\[ \]", "\[x\]" right after a bullet: " [ ] " */
		size_t b = o + 3;
		if (bullet && e - b >= 5 && w[b] == '\\' && w[b + 1] == '[' &&
		    strchr(" xX", w[b + 2]) && w[b + 3] == '\\' && w[b + 4] == ']') {
			char mark = w[b + 2];
			memcpy(w + b, " [ ]  ", 5);
			w[b + 2] = mark;
		}
		at = nl ? e + 1 : len;
	}
	return w ? w : text;
}
