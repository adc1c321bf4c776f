/* load.c - read one review file, whatever its format; see load.h. */
#include "prr/load.h"
#include "prr/fsutil.h"
#include "prr/import.h"
#include "prr/utf8.h"

#include <string.h>

const char *const prr_review_suffixes[] = { ".json", ".md", ".markdown",
					    NULL };
const char prr_review_suffixes_text[] = "*.json, *.md, *.markdown";

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
	if (prr_read_file(path, PRR_MAX_INPUT, &text, &err) < 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0, "%s", err.p);
		goto done;
	}
	if (text.n == 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0,
			     "empty file: not a review");
		goto done;
	}
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
done:
	prr_buf_free(&text);
	prr_buf_free(&err);
	return rc;
}
