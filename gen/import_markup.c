/* import_markup.c - the markup of note-taking tools that no reader sees
 * rendered: Obsidian's "%% comment %%", hidden as "<!-- -->" is; LaTeX's
 * "$2/5$" around a score; lines all in bold used as headings. */
#include "import_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

/* The title of the Confluence status macro at text[o..e) ("{status:colour=
 * Yellow|title=CONDITIONAL GO}"): its start, its length in *tn and the
 * macro's end in *me (o when none opens there, e when none closes on the
 * line); 0 when there is none or it has no title. */
static size_t status_title(const char *text, size_t o, size_t e, size_t *tn,
			   size_t *me)
{
	*me = o;
	if (e - o < 9 || text[o] != '{' || strncasecmp(text + o + 1, "status:", 7) != 0)
		return 0;
	const char *c = memchr(text + o, '}', e - o);
	*me = c ? (size_t)(c - text) + 1 : e;
	if (!c)
		return 0;
	for (size_t k = o + 8; k + 6 < *me; k++)
		if ((text[k - 1] == ':' || text[k - 1] == '|') &&
		    strncasecmp(text + k, "title=", 6) == 0) {
			size_t t = k + 6, te = t;
			while (te + 1 < *me && text[te] != '|')
				te++;
			*tn = te - t;
			return te > t ? t : 0;
		}
	return 0;
}

const char *imp_confluence_status(prr_buf *out, const char *text, size_t len)
{
	char *w = text == out->p ? out->p : NULL;
	bool fence = false;
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t e = nl ? (size_t)(nl - text) : len;
		if (fence_line(text, at, e))
			fence = !fence;
		for (size_t o = at; !fence && o < e; o++) {
			size_t tn, me, t = status_title(text, o, e, &tn, &me);
			if (!t) {
				o = me > o ? me - 1 : o; /* (each byte once) */
				continue;
			}
			if (!w) {
				prr_buf_reset(out);
				prr_buf_add(out, text, len);
				w = out->p;
			}
			/* (opening its line, it labels the line: "Status:
			 * CONDITIONAL GO  Go for the Visa …") */
			size_t lead = 0;
			while (at + lead < o && text[at + lead] == ' ')
				lead++;
			lead = at + lead == o ? 8 : 0;
			memmove(w + o + lead, w + t, tn);
			if (lead)
				memcpy(w + o, "Status: ", 8);
			memset(w + o + lead + tn, ' ', me - o - lead - tn);
			o = me - 1;
		}
		at = nl ? e + 1 : len;
	}
	return w ? w : text;
}

/* Whether text[at..e) is a Confluence table's header: "||Component||Status||"
 * (not a Markdown table's header with an empty first cell, "||Q1|Q2|",
 * nor one over its delimiter row). */
static bool wiki_header(const char *text, size_t at, size_t e, size_t len)
{
	while (e > at && (text[e - 1] == ' ' || text[e - 1] == '\r'))
		e--;
	if (e - at < 5 || text[at] != '|' || text[at + 1] != '|' ||
	    text[e - 1] != '|' || text[e - 2] != '|')
		return false;
	size_t nx = e;
	while (nx < len && text[nx] != '\n')
		nx++;
	while (nx < len && (text[nx] == '\n' || text[nx] == ' ' || text[nx] == '|'))
		nx++;
	return nx >= len || (text[nx] != '-' && text[nx] != ':');
}

/* A table's line with each "||" made "|", without its '\r': out's. */
static size_t wiki_row(prr_buf *out, const char *text, size_t at, size_t e)
{
	size_t bars = 0;
	while (e > at && text[e - 1] == '\r')
		e--;
	for (size_t i = at; i < e; i++) {
		if (text[i] == '|' && i + 1 < e && text[i + 1] == '|')
			i++;
		bars += text[i] == '|';
		prr_buf_addc(out, text[i]);
	}
	prr_buf_addc(out, '\n');
	return bars;
}

/* The cells of the row text[at..e), as GitHub counts them: '|' not
 * escaped, one at either end aside; 0 for a line with none. */
static size_t row_cells(const char *text, size_t at, size_t e)
{
	while (at < e && (text[at] == ' ' || text[at] == '\t'))
		at++;
	while (e > at && strchr(" \t\r", text[e - 1]))
		e--;
	size_t bars = 0;
	for (size_t i = at; i < e; i++)
		bars += text[i] == '|' && (i == at || text[i - 1] != '\\');
	if (!bars)
		return 0;
	bars -= text[at] == '|';
	bars -= e - at > 1 && text[e - 1] == '|' && text[e - 2] != '\\';
	return bars + 1;
}

/* Whether text[at..e) is a table's delimiter row ("|:---|--:|",
 * "---|---") of `cells` cells. */
static bool delimiter_row(const char *text, size_t at, size_t e, size_t cells)
{
	bool dash = false;
	for (size_t i = at; i < e; i++) {
		if (!strchr(" \t\r|:-", text[i]))
			return false;
		dash |= text[i] == '-';
	}
	return dash && cells && row_cells(text, at, e) == cells;
}

/* Whether text[q..e) (past its indent) is a line of a plain paragraph:
 * not blank, no heading, quote, list item, HTML, rule or underline, and
 * no pipe (a table's row). */
static bool text_line(const char *text, size_t q, size_t e)
{
	while (e > q && strchr(" \t\r", text[e - 1]))
		e--;
	if (q == e || strchr("#><", text[q]) || memchr(text + q, '|', e - q))
		return false;
	size_t d = q;
	while (d < e && d - q < 9 && isdigit((unsigned char)text[d]))
		d++;
	if ((d == q && strchr("-*+", text[q])) || (d > q && strchr(".)", text[d])))
		if (d + 1 >= e || text[d + 1] == ' ' || text[d + 1] == '\t')
			return false; /* "- ", "* ", "12. " */
	bool rule = true; /* "---", "===", "* * *" */
	for (size_t i = q; i < e && rule; i++)
		rule = strchr("-=*_ \t", text[i]) != NULL;
	return !rule;
}

/* Whether text[at..e) opens a Markdown table (its delimiter row next, as
 * many cells) right under a paragraph's line text[p..pe): md4c reads it
 * as that paragraph's text (a table's header must open its paragraph),
 * GitHub as a table.  Not in a quote, list, heading or another table. */
static bool table_under_text(const char *text, size_t p, size_t pe, size_t at,
			     size_t e, size_t len)
{
	size_t o = at, q = p;
	while (o < e && o - at < 4 && text[o] == ' ')
		o++;
	while (q < pe && q - p < 4 && text[q] == ' ')
		q++;
	if (o == e || o - at > 3 || strchr("#>-*+<", text[o]) || q - p > 3 ||
	    !text_line(text, q, pe))
		return false;
	size_t cells = row_cells(text, at, e), nx = e + 1;
	if (cells < 2 && text[o] != '|')
		return false; /* (a line with one pipe in it is no header) */
	const char *nl = nx < len ? memchr(text + nx, '\n', len - nx) : NULL;
	return nx < len && delimiter_row(text, nx, nl ? (size_t)(nl - text) : len,
					 cells);
}

const char *imp_confluence_tables(imp *im, prr_buf *out, const char *text,
				  size_t *len)
{
	size_t lines = 1, heads = 0, p = 0, pe = 0;
	bool fence = false;
	for (size_t at = 0; at < *len;) {
		const char *nl = memchr(text + at, '\n', *len - at);
		size_t e = nl ? (size_t)(nl - text) : *len;
		if (fence_line(text, at, e))
			fence = !fence;
		heads += !fence && (wiki_header(text, at, e, *len) ||
				    table_under_text(text, p, pe, at, e, *len));
		lines += nl != NULL;
		p = at;
		pe = e;
		at = e + 1;
	}
	if (!heads)
		return text;
	/* each header may bring three lines: a blank before, its
	 * delimiter row, a blank after its table */
	int *orig = prr_xmalloc((lines + 3 * heads) * sizeof *orig);
	size_t k = 0, l = 0;
	bool in_table = false, blank = true;
	fence = false;
	p = pe = 0;
	prr_buf_reset(out);
	for (size_t at = 0; at < *len; l++) {
		const char *nl = memchr(text + at, '\n', *len - at);
		size_t e = nl ? (size_t)(nl - text) : *len, o = at;
		int from = im->orig ? im->orig[l] : (int)l + 1;
		if (fence_line(text, at, e))
			fence = !fence;
		while (o < e && text[o] == ' ')
			o++;
		bool head = !fence && wiki_header(text, at, e, *len);
		bool row = in_table && !head && o < e && text[o] == '|';
		/* "Each component was rated …" over "| Component | …": the
		 * table GitHub shows, set apart (its lines are its own) */
		if (!fence && !head && table_under_text(text, p, pe, at, e, *len)) {
			prr_buf_addc(out, '\n');
			orig[k++] = from;
		}
		p = at;
		pe = e;
		if (head ? !blank : in_table && !row && o < e && text[o] != '\r') {
			prr_buf_addc(out, '\n'); /* md4c's table stands apart */
			orig[k++] = from;
		}
		in_table = head || row;
		if (head) {
			size_t bars = wiki_row(out, text, o, e);
			for (size_t b = 1; b < bars; b++)
				prr_buf_adds(out, "|---");
			prr_buf_adds(out, "|\n");
			orig[k++] = from;
		} else if (row) {
			wiki_row(out, text, o, e);
		} else {
			prr_buf_add(out, text + at, e - at);
			if (nl)
				prr_buf_addc(out, '\n');
		}
		orig[k++] = from;
		blank = o == e || (o + 1 == e && text[o] == '\r');
		at = e + 1;
	}
	if (im->orig)
		prr_linemap_free(&im->pmap);
	free(im->orig);
	im->orig = orig;
	prr_linemap_init(&im->pmap, out->p, out->n);
	*len = out->n;
	return out->p;
}

/* The line at s[0..n) is all bold and of its own: "**2.1 Route
 * Planner**"; its level as a heading (1 for a title, 2 for "3.", 3 for
 * "2.1" or deeper), or 0. */
static int bold_heading_level(const char *s, size_t n, bool first)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	if (n < 6 || n > 100 || memcmp(s, "**", 2) != 0 ||
	    memcmp(s + n - 2, "**", 2) != 0 || memchr(s + 2, '*', n - 4))
		return 0;
	size_t i = 2, dots = 0, digits = 0;
	while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) {
		digits += s[i] != '.';
		dots += s[i] == '.' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9';
		i++;
	}
	if (!digits)
		return first ? 1 : 0;
	if (i >= n || s[i] != ' ')
		return 0;
	return dots ? 3 : 2;
}

/*
 * A document whose headings are lines all in bold, numbered ("**1.
 * Scope**", "**2.1 Route Planner**", its title a first line in bold), and
 * no Markdown heading: those lines made headings, each the same length
 * ("### 2.1 Route Planner" for "**2.1 Route Planner**", padded), so that
 * every offset and line stays the document's.  Returns the text to read.
 */
const char *imp_bold_headings(prr_buf *out, const char *text, size_t len)
{
	size_t found = 0;
	bool fence = false, first = true, blank_before = true;
	for (int pass = 0; pass < 2; pass++) {
		fence = false;
		first = true;
		blank_before = true;
		for (size_t at = 0; at < len;) {
			const char *nl = memchr(text + at, '\n', len - at);
			size_t e = nl ? (size_t)(nl - text) : len;
			const char *l = text + at;
			size_t n = e - at, next = nl ? e + 1 : len;
			if (n >= 3 && (memcmp(l, "```", 3) == 0 || memcmp(l, "~~~", 3) == 0))
				fence = !fence;
			if (!fence && !pass && n && l[0] == '#')
				return text; /* it has headings of its own */
			size_t k = next;
			bool blank_after = k >= len || text[k] == '\n' || text[k] == '\r';
			int level = fence || !blank_before || !blank_after ? 0
				    : bold_heading_level(l, n, first);
			if (level && pass) {
				char *o = out->p + at;
				size_t t = n - 4; /* the title, between the stars */
				while (t && l[2 + t - 1] == ' ')
					t--;
				memset(o, ' ', n);
				memset(o, '#', (size_t)level);
				memmove(o + level + 1, l + 2, t);
			}
			found += level && level > 1;
			if (n && !(n == 1 && l[0] == '\r'))
				first = false;
			blank_before = n == 0 || (n == 1 && l[0] == '\r');
			at = next;
		}
		if (!pass) {
			if (found < 2)
				return text;
			prr_buf_reset(out);
			prr_buf_add(out, text, len);
		}
	}
	return out->p;
}
