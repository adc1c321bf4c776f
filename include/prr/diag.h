/*
 * diag.h - where things went wrong: line maps and diagnostics.
 *
 * Every problem prr reports about an input file carries FILE:LINE:COL.  Parsers
 * give byte offsets (cJSON an error pointer, md4c text pointers); a line map
 * built once per file turns an offset into a 1-based line and column.
 * Columns count bytes, as gcc and vim do.
 *
 * A prr_diags collects every problem of a run (all problems of a file are
 * reported together), then prints them as
 *
 *     prr: reviews/2026-01-23.json:12:7: error: expected ',' or '}'
 *        12 |   "date": "2026-02-30"
 *           |           ^
 */
#ifndef PRR_DIAG_H
#define PRR_DIAG_H

#include <stddef.h>
#include <stdio.h>

typedef struct prr_linemap {
	const char *text;  /* borrowed: the file's bytes */
	size_t len;
	size_t *starts;    /* offset of each line's first byte */
	size_t n;          /* number of lines (>= 1) */
} prr_linemap;

void prr_linemap_init(prr_linemap *m, const char *text, size_t len);
void prr_linemap_free(prr_linemap *m);
/* 1-based line and column of byte `off` (clamped to the text). */
void prr_linemap_locate(const prr_linemap *m, size_t off, int *line, int *col);
/* The line containing `off`, without its line end. */
void prr_linemap_line(const prr_linemap *m, int line, const char **p,
		      size_t *n);

typedef enum prr_severity_diag {
	PRR_DIAG_ERROR,
	PRR_DIAG_WARNING,
	PRR_DIAG_NOTE
} prr_diag_kind;

typedef struct prr_diag {
	prr_diag_kind kind;
	char *file;     /* owned */
	int line, col;  /* 0 when not known */
	char *message;  /* owned */
	char *source;   /* owned copy of the source line, or NULL */
} prr_diag;

typedef struct prr_diags {
	prr_diag *v;
	size_t n, cap;
	size_t errors, warnings;
} prr_diags;

#define PRR_DIAGS_INIT { NULL, 0, 0, 0, 0 }

/* Adds a diagnostic; `map` (may be NULL) supplies the source line. */
void prr_diag_add(prr_diags *d, prr_diag_kind kind, const char *file,
		  const prr_linemap *map, int line, int col, const char *fmt,
		  ...) __attribute__((format(printf, 7, 8)));
/* The same, located by byte offset through `map`. */
void prr_diag_at(prr_diags *d, prr_diag_kind kind, const char *file,
		 const prr_linemap *map, size_t off, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* Prints every diagnostic to `out` ("prr: FILE:LINE:COL: error: …"). */
void prr_diags_print(const prr_diags *d, FILE *out);
/* Orders diagnostics from index `from` on by file, line and column. */
void prr_diags_sort(prr_diags *d, size_t from);
void prr_diags_clear(prr_diags *d);
/* Moves every diagnostic of `from` to the end of `to`; `from` is left
 * empty (and reusable). */
void prr_diags_move(prr_diags *to, prr_diags *from);
void prr_diags_free(prr_diags *d);

#endif
