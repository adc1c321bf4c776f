/*
 * jsonread.h - JSON input with positions: every value knows its LINE:COL.
 *
 * The tree is cJSON's, but cJSON keeps no positions for the values it
 * builds: prr_jdoc_parse() reads plain JSON (RFC 8259) itself, in one
 * pass that records where every value and key starts in the node, so any
 * problem found later can point at its value.  Text that is not plain
 * JSON goes to cJSON, which reads some of it ("01", a \f for a space) and
 * words the errors; then a second pass over the text, in step with the
 * tree, finds the positions.  Parse errors get a specific message:
 * truncated, nested too deep, trailing content, a NUL byte.  Used for
 * reviews, prr.json and template data.
 */
#ifndef PRR_JSONREAD_H
#define PRR_JSONREAD_H

#include <cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "prr/diag.h"

typedef struct prr_jdoc_slot prr_jdoc_slot;

typedef struct prr_jdoc {
	const char *path;
	cJSON *root;         /* owned; NULL when parsing failed */
	bool in_arena;       /* root's nodes live in the thread's cJSON arena
			      * (prr_jdoc_use_arena): its owner frees them */
	prr_linemap map;     /* over the caller's text (borrowed) */
	prr_diags *d;
	size_t base;         /* bytes of a skipped BOM */
	size_t errors0;      /* d->errors when the document began */
	bool read_here;      /* root's nodes are the reader's, positions in them */
	prr_jdoc_slot *slots;/* else positions, a pointer-keyed hash */
	size_t cap, n;
} prr_jdoc;

/* Errors reported about one document before prr stops looking further. */
#define PRR_JDOC_MAX_ERRORS 100

/*
 * Parses `len` bytes of `text` (kept borrowed: it must outlive `doc`).
 * Returns 0, or -1 with the error in `d`.  Free with prr_jdoc_free either way.
 */
int prr_jdoc_parse(prr_jdoc *doc, const char *path, const char *text,
		   size_t len, prr_diags *d);
void prr_jdoc_free(prr_jdoc *doc);
/*
 * Byte offset of `node` (or of its key, for an object member); `node` is
 * one of the document's own, or NULL (the document's start).
 */
size_t prr_jdoc_offset(prr_jdoc *doc, const cJSON *node, bool key);
int prr_jdoc_line(prr_jdoc *doc, const cJSON *node);
/* An error at `node` (its key with `at_key`); capped per document. */
void prr_jdoc_error(prr_jdoc *doc, const cJSON *node, bool at_key,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void prr_jdoc_warning(prr_jdoc *doc, const cJSON *node, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/*
 * From now on cJSON's allocations on the calling thread come from arena
 * `a` (NULL: malloc and free again); returns the arena set before, for
 * the caller to restore.  While an arena is set, cJSON's frees on this
 * thread do nothing: trees made meanwhile go when the arena is emptied,
 * and no tree made before may be freed meanwhile.  For the many short-
 * lived trees of a build (page contexts, review documents), where a
 * malloc and a free per node, key and string cost a quarter of the time.
 * The first call installs cJSON hooks for the whole process (cJSON has
 * no other way); threads without an arena get plain malloc and free.
 */
struct prr_arena *prr_jdoc_use_arena(struct prr_arena *a);
/* Installs those hooks: call it before threads parse (see jsonread.c). */
void prr_jdoc_init(void);

/* "a string", "a number", … for messages. */
const char *prr_json_type_name(const cJSON *v);

#endif
