/*
 * review_spec.h - the prr/review/v1 format as data (private to gen/).
 *
 * One table per item type lists its JSON fields in schema order, with
 * where each lives in the C struct.  The JSON loader and the JSON writer
 * both walk these tables, so the two can never disagree on a name, a type
 * or an order.  samples/review.schema.json documents the same fields and
 * `make test` validates prr's output against it.
 */
#ifndef PRR_REVIEW_SPEC_H
#define PRR_REVIEW_SPEC_H

#include <stddef.h>

typedef enum spec_type {
	SPEC_STR,      /* const char * */
	SPEC_DATE,     /* const char *, "YYYY-MM-DD", a real day */
	SPEC_HEX,      /* const char *, 7-40 hex digits (a commit) */
	SPEC_NUM,      /* double, NaN when absent */
	SPEC_INT,      /* int, -1 when absent */
	SPEC_BOOL,     /* bool */
	SPEC_STATUS,   /* prr_status */
	SPEC_SEVERITY, /* prr_severity */
	SPEC_LEVEL,    /* prr_level */
	SPEC_LINE,     /* int, 0 when absent */
	SPEC_DONE,     /* milestone: bool `done` + `done_date` (see aux) */
	SPEC_OBJECT,   /* a nested object stored inline at off */
	SPEC_ARRAY,    /* T *at off, size_t count at aux */
	SPEC_STRS,     /* const char ** at off, size_t count at aux */
	SPEC_ROWS,     /* const char *** at off, count at aux (table rows) */
} spec_type;

enum {
	SPEC_REQUIRED = 1 << 0,
	SPEC_MIN0 = 1 << 1,      /* a number >= 0 */
	SPEC_POSITIVE = 1 << 2,  /* a number > 0 */
	SPEC_DEFAULT_TRUE = 1 << 3,
	SPEC_SCALE_1_6 = 1 << 4, /* an integer 1..6 (heading level) */
};

struct item_spec;

typedef struct field_spec {
	const char *name; /* plain ASCII: written without escaping */
	size_t name_len;
	spec_type type;
	size_t off;
	size_t aux;
	unsigned flags;
	const struct item_spec *sub;
} field_spec;

typedef struct item_spec {
	const char *what; /* "component", for messages */
	size_t size;      /* sizeof the C struct */
	const field_spec *fields;
	size_t n_fields;
} item_spec;

extern const item_spec prr_review_spec;

#endif
