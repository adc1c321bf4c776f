/* diag.c - line maps and diagnostics; see include/prr/diag.h. */
#include "prr/diag.h"
#include "prr/buf.h"
#include "prr/escape.h"
#include "prr/sort.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void prr_linemap_init(prr_linemap *m, const char *text, size_t len)
{
	size_t cap = 64;
	m->text = text;
	m->len = len;
	m->starts = prr_xmalloc(cap * sizeof *m->starts);
	m->starts[0] = 0;
	m->n = 1;
	for (const char *p = text, *end = text + len;
	     (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
		if (m->n == cap) {
			cap *= 2;
			m->starts = prr_xrealloc(m->starts, cap * sizeof *m->starts);
		}
		m->starts[m->n++] = (size_t)(p - text) + 1;
	}
}

void prr_linemap_free(prr_linemap *m)
{
	free(m->starts);
	memset(m, 0, sizeof *m);
}

void prr_linemap_locate(const prr_linemap *m, size_t off, int *line, int *col)
{
	if (off > m->len)
		off = m->len;
	size_t lo = 0, hi = m->n; /* last start <= off */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	*line = (int)lo + 1;
	*col = (int)(off - m->starts[lo]) + 1;
}

void prr_linemap_line(const prr_linemap *m, int line, const char **p,
		      size_t *n)
{
	if (line < 1 || (size_t)line > m->n) {
		*p = "";
		*n = 0;
		return;
	}
	size_t s = m->starts[line - 1];
	size_t e = (size_t)line < m->n ? m->starts[line] - 1 : m->len;
	if (e > s && m->text[e - 1] == '\r')
		e--;
	*p = m->text + s;
	*n = e - s;
}

static void diag_vadd(prr_diags *d, prr_diag_kind kind, const char *file,
		      const prr_linemap *map, int line, int col,
		      const char *fmt, va_list ap)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->v = prr_xrealloc(d->v, d->cap * sizeof *d->v);
	}
	prr_diag *g = &d->v[d->n++];
	prr_buf msg = PRR_BUF_INIT;
	prr_buf_vaddf(&msg, fmt, ap);
	g->kind = kind;
	g->file = prr_xstrdup(file ? file : "");
	g->line = line;
	g->col = col;
	g->message = prr_buf_detach(&msg, NULL);
	g->source = NULL;
	if (map && line > 0 && col <= 200) {
		const char *p;
		size_t n;
		prr_linemap_line(map, line, &p, &n);
		if (n > 200) /* a caret under column 5000 helps nobody */
			n = 200;
		g->source = memcpy(prr_xmalloc(n + 1), p, n);
		g->source[n] = '\0';
	}
	if (kind == PRR_DIAG_ERROR)
		d->errors++;
	else if (kind == PRR_DIAG_WARNING)
		d->warnings++;
}

void prr_diag_add(prr_diags *d, prr_diag_kind kind, const char *file,
		  const prr_linemap *map, int line, int col, const char *fmt,
		  ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, kind, file, map, line, col, fmt, ap);
	va_end(ap);
}

void prr_diag_at(prr_diags *d, prr_diag_kind kind, const char *file,
		 const prr_linemap *map, size_t off, const char *fmt, ...)
{
	int line = 0, col = 0;
	if (map)
		prr_linemap_locate(map, off, &line, &col);
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, kind, file, map, line, col, fmt, ap);
	va_end(ap);
}

static const char *kind_name(prr_diag_kind k)
{
	switch (k) {
	case PRR_DIAG_ERROR: return "error";
	case PRR_DIAG_WARNING: return "warning";
	case PRR_DIAG_NOTE: return "note";
	}
	return "error";
}

void prr_diags_print(const prr_diags *d, FILE *out)
{
	/* file names, messages and source lines may hold a review's text:
	 * through prr_esc_term, each stays one harmless line */
	prr_buf b = PRR_BUF_INIT;
	for (size_t i = 0; i < d->n; i++) {
		const prr_diag *g = &d->v[i];
		prr_buf_reset(&b);
		prr_buf_adds(&b, "prr: ");
		if (g->file[0]) {
			prr_esc_term_line(&b, g->file);
			if (g->line > 0) {
				prr_buf_addf(&b, ":%d", g->line);
				if (g->col > 0)
					prr_buf_addf(&b, ":%d", g->col);
			}
			prr_buf_adds(&b, ": ");
		}
		prr_buf_addf(&b, "%s: ", kind_name(g->kind));
		prr_esc_term_line(&b, g->message);
		prr_buf_addc(&b, '\n');
		if (g->source && g->source[0]) {
			/* the line, then a caret under the column; tabs kept
			 * so the caret lines up in a terminal (a control
			 * character shown as one U+FFFD keeps one cell) */
			prr_buf_addf(&b, "%6d | ", g->line);
			prr_esc_term_line(&b, g->source);
			prr_buf_adds(&b, "\n       | ");
			size_t len = strlen(g->source);
			for (int c = 1; c < g->col && (size_t)c <= len; c++) {
				unsigned char ch = (unsigned char)g->source[c - 1];
				if ((ch & 0xC0) != 0x80) /* one cell per character */
					prr_buf_addc(&b, ch == '\t' ? '\t' : ' ');
			}
			prr_buf_adds(&b, "^\n");
		}
		fputs(b.p, out);
	}
	prr_buf_free(&b);
}

static int diag_cmp(const void *a, const void *b)
{
	const prr_diag *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->col < y->col ? -1 : x->col > y->col;
}

void prr_diags_sort(prr_diags *d, size_t from)
{
	/* stable: a line's diagnostics at one column keep the order they
	 * came in */
	prr_sort_stable(d->v + from, d->n - from, sizeof *d->v, diag_cmp);
}

void prr_diags_clear(prr_diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].message);
		free(d->v[i].source);
	}
	d->n = 0;
	d->errors = d->warnings = 0;
}

void prr_diags_move(prr_diags *to, prr_diags *from)
{
	if (to->cap - to->n < from->n) {
		to->cap = to->n + from->n;
		to->v = prr_xrealloc(to->v, to->cap * sizeof *to->v);
	}
	if (from->n)
		memcpy(to->v + to->n, from->v, from->n * sizeof *from->v);
	to->n += from->n;
	to->errors += from->errors;
	to->warnings += from->warnings;
	from->n = 0;
	from->errors = from->warnings = 0;
}

void prr_diags_free(prr_diags *d)
{
	prr_diags_clear(d);
	free(d->v);
	memset(d, 0, sizeof *d);
}
