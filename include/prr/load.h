/*
 * load.h - reading reviews into the model, writing the model as JSON.
 *
 * prr_review_load_file() reads one review document, JSON ("prr/review/v1")
 * or Markdown (by the importer, see import.h), and reports every problem of
 * the file as FILE:LINE:COL into `d`.  A file with errors gives no review.
 */
#ifndef PRR_LOAD_H
#define PRR_LOAD_H

#include <stddef.h>

#include "prr/diag.h"
#include "prr/json.h"
#include "prr/model.h"

/*
 * Loads `path` (by its suffix: .json, or .md/.markdown).  Returns 0 and a
 * review in `*out` (free with prr_review_free), or -1 with the problems in
 * `d` (warnings may be added on success too).
 */
int prr_review_load_file(prr_review **out, const char *path, prr_diags *d);
/* The same, `date` (or NULL) the date of a document that states none and
 * whose path holds none (--date). */
int prr_review_load_dated(prr_review **out, const char *path, const char *date,
			  prr_diags *d);

/* Reads review document `path` into `text`: 0, or -1 with the problem in
 * `d` (cannot be read; empty, at FILE:1:1). */
int prr_review_read(const char *path, prr_buf *text, prr_diags *d);

/*
 * Parses a prr/review/v1 JSON document held in `text` (`len` bytes; need
 * not be NUL-terminated); `path` names it in messages.  All problems of the
 * document are reported, each at the value it concerns.
 */
int prr_review_load_json(prr_review **out, const char *path, const char *text,
			 size_t len, prr_diags *d);

/* Writes `r` as prr/review/v1 JSON, fields in schema order. */
void prr_review_write_json(const prr_review *r, prr_jw *w);

/* Whether `r`, written as JSON, loads back: 0, else -1 with the loader's
 * errors in `d`.  What `prr import` writes must (tests and the fuzzer
 * hold the importer to it). */
int prr_review_reloads(const prr_review *r, prr_diags *d);

/* The suffixes prr reads as reviews, NULL-terminated (for prr_walk). */
extern const char *const prr_review_suffixes[];
/* The same, for messages: "*.json, *.md". */
extern const char prr_review_suffixes_text[];

#endif
