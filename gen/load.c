/* load.c - read one review file, whatever its format; see load.h. */
#include "prr/load.h"
#include "prr/fsutil.h"
#include "prr/import.h"
#include "prr/utf8.h"

#include <string.h>

const char *const prr_review_suffixes[] = { ".json", ".md", ".markdown",
					    NULL };
const char prr_review_suffixes_text[] = "*.json, *.md, *.markdown";

int prr_review_read(const char *path, prr_buf *text, prr_diags *d)
{
	prr_buf err = PRR_BUF_INIT;
	int rc = -1;
	if (prr_read_file(path, PRR_MAX_INPUT, text, &err) < 0)
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0, "%s", err.p);
	else if (text->n == 0) /* at 1:1, as every message about content */
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 1, 1,
			     "empty file: not a review");
	else
		rc = 0;
	prr_buf_free(&err);
	return rc;
}

/*
 * Checks of one component whose categories are one once case, spaces, '-'
 * and '_' are set aside ("Security", "security", "SECU_RITY"): the
 * scorecard would show one cell for them, a fail hidden behind a pass.
 * Each is an error at its line naming the first one's.  Returns how many.
 */
static size_t category_collisions(const prr_review *r, const char *path,
				  prr_diags *d)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_components; i++) {
		const prr_component *c = &r->components[i];
		prr_names seen = { 0 };
		for (size_t k = 0; k < c->n_checks; k++) {
			const prr_check *ck = &c->checks[k];
			if (!ck->category)
				continue;
			size_t first = prr_names_put(&seen, ck->category, k);
			if (first == k)
				continue;
			prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, ck->line,
				     ck->line > 0, "check category \"%s\" of \"%s\" "
				     "is \"%s\" (line %d) again: categories are "
				     "matched ignoring case, spaces, '-' and '_'",
				     ck->category, c->name ? c->name : "?",
				     c->checks[first].category, c->checks[first].line);
			n++;
		}
		prr_names_free(&seen);
	}
	return n;
}

/*
 * The scorecard is a matrix of components by categories (its columns):
 * a review whose matrix would pass PRR_MAX_CELLS (40,000 components
 * with a category each would be 1.6e9 cells, gigabytes of pages and
 * data.json) is refused at the check whose category passes it.
 */
#define PRR_MAX_CELLS 10000000
static bool matrix_too_big(const prr_review *r, const char *path, prr_diags *d)
{
	prr_names cats = { 0 };
	bool big = false;
	for (size_t i = 0; i < r->n_components && !big; i++)
		for (size_t k = 0; k < r->components[i].n_checks && !big; k++) {
			const prr_check *ck = &r->components[i].checks[k];
			if (!ck->category)
				continue;
			prr_names_put(&cats, ck->category, cats.n);
			if ((double)cats.n * (double)r->n_components <= PRR_MAX_CELLS)
				continue;
			prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, ck->line,
				     ck->line > 0, "%zu components by %zu check "
				     "categories is a scorecard of more than %d "
				     "cells, more than prr draws: categories are "
				     "its columns, so name fewer", r->n_components,
				     cats.n, PRR_MAX_CELLS);
			big = true;
		}
	prr_names_free(&cats);
	return big;
}

int prr_review_load_file(prr_review **out, const char *path, prr_diags *d)
{
	return prr_review_load_dated(out, path, NULL, d);
}

int prr_review_load_dated(prr_review **out, const char *path, const char *date,
			  prr_diags *d)
{
	prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT;
	int rc = -1;

	*out = NULL;
	if (prr_review_read(path, &text, d) < 0)
		goto done;
	size_t bad;
	if (!prr_utf8_valid(text.p, text.n, &bad)) {
		prr_linemap map;
		prr_linemap_init(&map, text.p, text.n);
		prr_diag_at(d, PRR_DIAG_ERROR, path, &map, bad,
			    "invalid UTF-8 (byte 0x%02X); prr reads UTF-8 text",
			    (unsigned char)text.p[bad]);
		prr_linemap_free(&map);
		goto done;
	}
	if (prr_ends_with(path, ".json")) {
		rc = prr_review_load_json(out, path, text.p, text.n, d);
	} else if (prr_ends_with(path, ".md") ||
		   prr_ends_with(path, ".markdown")) {
		rc = prr_import_md_dated(out, path, text.p, text.n, date, d);
	} else {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0,
			     "not a review file (prr reads %s)",
			     prr_review_suffixes_text);
	}
	if (rc == 0 && (category_collisions(*out, path, d) > 0 ||
			matrix_too_big(*out, path, d))) {
		prr_review_free(*out);
		*out = NULL;
		rc = -1;
	}
done:
	prr_buf_free(&text);
	prr_buf_free(&err);
	return rc;
}
