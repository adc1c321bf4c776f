/*
 * import_html_table.c - an HTML table left in a Markdown document (a
 * Confluence or Notion export: "<table class="confluenceTable"><tr><th>Key
 * </th>…"), read as the Markdown table a reader sees: a header row of <th>
 * cells (or the <thead>'s row), then rows of cells, each row the line of
 * its "<tr>"; a cell that spans rows or columns stands in each.  The
 * cells' tags are dropped but for <code> (a backtick) and <b>/<strong>
 * (bold), a few entities are decoded, and the table goes the way of any
 * Markdown table (imp_handle_read_table).  A table prr cannot read as a
 * grid (no header row, a table inside a cell) is not read, and said.
 *
 * One pass over the block's bytes: each tag is read once.
 */
#include "import_int.h"

#include "prr/utf8.h"

#include <ctype.h>
#include <string.h>
#include <stdlib.h>
#include <strings.h>

/* A table this wide or long is read no further (a table in a review is
 * far smaller; a hostile one is cut, and said). */
#define HT_MAX_COLS 64
#define HT_MAX_ROWS 20000

typedef struct html_row {
	const char **raw;
	size_t n, cap;
	bool all_th;
	int line;
} html_row;

/* Whether s[0, n) opens with tag `name` ("<td", "</tr"), any case, then
 * a space, '>' or '/'. */
static bool tag_is(const char *s, size_t n, const char *name)
{
	size_t k = strlen(name);
	return n > k && strncasecmp(s, name, k) == 0 &&
	       (s[k] == '>' || s[k] == ' ' || s[k] == '/' || s[k] == '\t' ||
		s[k] == '\n' || s[k] == '\r');
}

/* The end of the tag that opens at s[0] ('<'): past its '>', or n. */
static size_t tag_end(const char *s, size_t n)
{
	const char *gt = memchr(s, '>', n);
	return gt ? (size_t)(gt - s) + 1 : n;
}

/* The value of attribute `attr` ("rowspan") of the tag at s[0, k): 1
 * when it has none, at most `max`. */
static size_t span_of(const char *s, size_t k, const char *attr, size_t max)
{
	const char *p = imp_find_ci_n(s, k, attr);
	if (!p)
		return 1;
	p += strlen(attr);
	while (p < s + k && (*p == '=' || *p == '"' || *p == '\'' || *p == ' '))
		p++;
	size_t v = 0;
	for (; p < s + k && isdigit((unsigned char)*p) && v <= max; p++)
		v = v * 10 + (size_t)(*p - '0');
	return v < 1 ? 1 : v > max ? max : v;
}

typedef struct html_read {
	imp *im;
	size_t base; /* the block's offset in the source */
	html_row *rows;
	size_t n_rows, cap_rows;
	prr_buf cell;
	bool in_cell, cut;
	size_t colspan, rowspan; /* the open cell's */
	/* a cell that spans rows, by column: its text and the rows below
	 * it still to fill */
	struct { const char *raw; size_t left; } down[HT_MAX_COLS];
	const char *why; /* why the table cannot be read, or NULL */
} html_read;

static void add_cell(html_read *h, const char *raw)
{
	html_row *r = &h->rows[h->n_rows - 1];
	if (r->n == HT_MAX_COLS) {
		h->cut = true;
		return;
	}
	if (r->n == r->cap)
		r->raw = imp_priv_grow(r->raw, &r->cap, r->n + 1, sizeof *r->raw);
	r->raw[r->n++] = raw;
}

/* The cells of the rows above that span down to the next column of the
 * last row ("<td rowspan="2">Metrics</td>" stands in the row below too). */
static void fill_down(html_read *h)
{
	html_row *r = &h->rows[h->n_rows - 1];
	while (r->n < HT_MAX_COLS && h->down[r->n].left) {
		h->down[r->n].left--;
		add_cell(h, h->down[r->n].raw);
	}
}

static void end_cell(html_read *h)
{
	if (!h->in_cell)
		return;
	h->in_cell = false;
	const char *raw = prr_arena_strndup(&h->im->tmp,
					    h->cell.p ? h->cell.p : "", h->cell.n);
	/* "colspan="2"": the cell in each column it spans */
	for (size_t k = 0; k < h->colspan; k++) {
		fill_down(h);
		html_row *r = &h->rows[h->n_rows - 1];
		if (h->rowspan > 1 && r->n < HT_MAX_COLS) {
			h->down[r->n].raw = raw;
			h->down[r->n].left = h->rowspan - 1;
		}
		add_cell(h, raw);
	}
}

/* Reads the tag at s[0, k) (offset `off` in the block). */
static void read_tag(html_read *h, const char *s, size_t k, size_t off, int depth)
{
	bool close = k > 1 && s[1] == '/';
	const char *name = s + 1 + close;
	size_t rest = k - 1 - close;
	if (tag_is(name, rest, "table") && !close && depth > 1) {
		h->why = "a table inside a cell";
	} else if (tag_is(name, rest, "tr")) {
		end_cell(h);
		if (h->n_rows)
			fill_down(h); /* spanned cells that close the row */
		if (close)
			return;
		if (h->n_rows == HT_MAX_ROWS) {
			h->cut = true;
			return;
		}
		h->rows = imp_priv_grow(h->rows, &h->cap_rows, h->n_rows + 1,
					sizeof *h->rows);
		html_row *r = &h->rows[h->n_rows++];
		memset(r, 0, sizeof *r);
		r->all_th = true;
		r->line = imp_line_of(h->im, h->base + off);
	} else if (tag_is(name, rest, "th") || tag_is(name, rest, "td")) {
		end_cell(h);
		if (close || !h->n_rows)
			return;
		h->colspan = span_of(s, k, "colspan", HT_MAX_COLS);
		h->rowspan = span_of(s, k, "rowspan", HT_MAX_ROWS);
		h->rows[h->n_rows - 1].all_th &= (name[1] | 0x20) == 'h';
		h->in_cell = true;
		prr_buf_reset(&h->cell);
	} else if (h->in_cell && (tag_is(name, rest, "code") || tag_is(name, rest, "tt"))) {
		prr_buf_addc(&h->cell, '`');
	} else if (h->in_cell && (tag_is(name, rest, "b") || tag_is(name, rest, "strong"))) {
		prr_buf_add(&h->cell, "**", 2);
	} else if (h->in_cell && (tag_is(name, rest, "br") || tag_is(name, rest, "p") ||
				  tag_is(name, rest, "li") || tag_is(name, rest, "div"))) {
		prr_buf_addc(&h->cell, ' ');
	}
}

/* The rows of the first table in s[0, n), the block at source offset
 * `base`; false (h->why says why, when it can) when it is no grid. */
static bool read_rows(html_read *h, const char *s, size_t n)
{
	const char *t = imp_find_ci_n(s, n, "<table");
	if (!t)
		return false;
	size_t i = (size_t)(t - s);
	int depth = 0;
	while (i < n && !h->why) {
		if (s[i] == '<') {
			size_t k = tag_end(s + i, n - i);
			bool close = k > 1 && s[i + 1] == '/';
			if (tag_is(s + i + 1 + close, k - 1 - close, "table")) {
				depth += close ? -1 : 1;
				if (depth == 0) {
					end_cell(h);
					if (h->n_rows)
						fill_down(h);
					return true;
				}
			}
			read_tag(h, s + i, k, i, depth);
			i += k;
		} else if (s[i] == '&' && h->in_cell) {
			char e[4];
			size_t en = 0, m = imp_entity(s + i, n - i, e, &en);
			prr_buf_add(&h->cell, m ? e : "&", m ? en : 1);
			i += m ? m : 1;
		} else {
			/* text, or an '&' outside a cell: up to the next tag
			 * or entity (one byte at least) */
			size_t j = i + 1;
			while (j < n && s[j] != '<' && s[j] != '&')
				j++;
			if (h->in_cell)
				prr_buf_add(&h->cell, s + i, j - i);
			i = j;
		}
	}
	end_cell(h);
	if (!h->why)
		h->why = "its end (\"</table>\") is missing";
	return false;
}

/* The read rows as a table of prr's: the header row, then the rest. */
static bool as_table(html_read *h, table *t)
{
	imp *im = h->im;
	memset(t, 0, sizeof *t);
	if (!h->n_rows || !h->rows[0].all_th || !h->rows[0].n) {
		h->why = "it has no header row of <th> cells";
		return false;
	}
	t->cols = h->rows[0].n;
	t->head = prr_arena_array(im->a, t->cols, sizeof *t->head);
	t->roles = prr_arena_array(&im->tmp, t->cols, sizeof *t->roles);
	for (size_t k = 0; k < t->cols; k++) {
		const char *c = h->rows[0].raw[k];
		t->head[k] = imp_clean(im, c, strlen(c));
		t->roles[k] = imp_role_of(im, t->head[k]);
	}
	size_t rows = h->n_rows - 1;
	t->raw = prr_arena_array(&im->tmp, rows ? rows : 1, sizeof *t->raw);
	t->cell = prr_arena_array(&im->tmp, rows ? rows : 1, sizeof *t->cell);
	t->line = prr_arena_array(&im->tmp, rows ? rows : 1, sizeof *t->line);
	for (size_t r = 1; r < h->n_rows; r++) {
		const html_row *hr = &h->rows[r];
		if (!hr->n)
			continue; /* "<tr></tr>" */
		size_t at = t->rows++;
		t->raw[at] = prr_arena_array(&im->tmp, t->cols, sizeof **t->raw);
		t->cell[at] = prr_arena_array(&im->tmp, t->cols, sizeof **t->cell);
		for (size_t k = 0; k < t->cols; k++) {
			const char *c = k < hr->n ? hr->raw[k] : "";
			t->raw[at][k] = c;
			t->cell[at][k] = imp_clean(im, c, strlen(c));
		}
		t->line[at] = hr->line;
	}
	t->first_line = h->rows[0].line;
	return true;
}

bool imp_html_table(imp *im, size_t at, const char *s, size_t n)
{
	html_read h = { .im = im, .base = (size_t)(s - im->src) };
	prr_buf_init(&h.cell);
	table t;
	bool ok = read_rows(&h, s, n) && as_table(&h, &t);
	if (ok) {
		if (h.cut)
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
				     t.first_line, 0, "an HTML table read up to "
				     "%d columns and %d rows; the rest is not "
				     "imported", HT_MAX_COLS, HT_MAX_ROWS);
		imp_handle_read_table(im, &t, at);
	} else {
		prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
			     imp_node_line(im, at), 0, "not imported: an HTML "
			     "table (%s; write it as a Markdown table to have it "
			     "read)", h.why ? h.why : "no table found");
	}
	for (size_t r = 0; r < h.n_rows; r++)
		free(h.rows[r].raw);
	free(h.rows);
	prr_buf_free(&h.cell);
	return ok;
}
