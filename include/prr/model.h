/*
 * model.h - one in-memory model of a review, shared by every stage.
 *
 * The JSON loader and the Markdown importer fill it; the computations read
 * it; the view shapes it for templates.  All of a review lives in one arena
 * (prr_review.arena): strings are NUL-terminated arena copies, arrays are
 * arena arrays with a count.  Free everything with prr_review_free().
 *
 * Absent values: strings are NULL, numbers are NaN (test with prr_has()),
 * `line` is 0.  Every item carries `line`, where it came from in its source
 * document, so every figure can point back at its origin.
 *
 * The file format is "prr/review/v1", documented field by field in
 * samples/review.schema.json; the names below are the JSON names.
 */
#ifndef PRR_MODEL_H
#define PRR_MODEL_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "prr/arena.h"

#define PRR_SCHEMA "prr/review/v1"

/* An absent number. */
#define PRR_NONE NAN
static inline bool prr_has(double x) { return !isnan(x); }

/*** The one status vocabulary ***/

typedef enum prr_status {
	PRR_UNKNOWN = 0,
	PRR_PASS,
	PRR_PARTIAL,
	PRR_FAIL,
	PRR_PENDING,
	PRR_NA,
	PRR_STATUS_COUNT
} prr_status;

/* "pass", "partial", … ; the JSON spelling. */
const char *prr_status_name(prr_status s);
/* Parses a JSON spelling exactly; returns -1 if `s` is none of them. */
int prr_status_parse(const char *s);

typedef enum prr_level {
	PRR_LEVEL_UNKNOWN = 0,
	PRR_LEVEL_READY,
	PRR_LEVEL_PARTIAL,
	PRR_LEVEL_NOT_READY,
	PRR_LEVEL_COUNT
} prr_level;

const char *prr_level_name(prr_level l); /* "ready", "partial", "not-ready" */
int prr_level_parse(const char *s);

/* Severity of findings and level of risks. */
typedef enum prr_severity {
	PRR_SEV_UNKNOWN = 0,
	PRR_SEV_CRITICAL,
	PRR_SEV_HIGH,
	PRR_SEV_MEDIUM,
	PRR_SEV_LOW,
	PRR_SEV_INFO,
	PRR_SEV_COUNT
} prr_severity;

const char *prr_severity_name(prr_severity s); /* "critical", … */
int prr_severity_parse(const char *s);

/*** Items ***/

typedef struct prr_evidence {
	const char *path;  /* relative to the project root; may be a glob */
	const char *claim; /* what the review says of it, free text */
	const char *token; /* a token the claim says the file holds, or NULL */
	bool absent;       /* the claim is that `token` (or path) is absent */
	bool planned;      /* a file the plan will create ("Files to Create"):
			    * missing at the revision is no contradiction */
	const char *beside; /* the path written before it in the same cell or
			     * item, or NULL: a bare name is tried beside it */
	int line;
} prr_evidence;

typedef struct prr_score {
	const char *label;
	double value; /* low end of a range */
	double high;  /* high end of a range, or NaN */
	double max;   /* the scale: 10 for "7/10", 100 for "85%" */
	int line;
	const char *grade; /* a letter grade as written ("B+"), or NULL */
} prr_score;

typedef struct prr_dimension {
	const char *name;
	double score, high, max, weight; /* high, weight: NaN when absent */
	prr_status status;
	const char *note;
	int line;
	const char *grade; /* a letter grade as written ("A-"), or NULL */
} prr_dimension;

typedef struct prr_check {
	const char *category;
	prr_status status;
	int passed, total; /* -1 when absent */
	const char *note, *action;
	int line;
} prr_check;

typedef struct prr_component {
	const char *name, *kind;
	prr_status status;
	prr_check *checks;
	size_t n_checks;
	prr_evidence *evidence;
	size_t n_evidence;
	int line;
} prr_component;

typedef struct prr_checkitem {
	const char *text;
	bool done;
	prr_status status; /* finer than done where the mark says so */
	const char *note;  /* what blocks it, other columns of its row */
	int line;
	const char *status_text; /* a status as written that prr could not
				  * read ("spełnione"), or NULL: the item's
				  * status is then unknown, not pending */
} prr_checkitem;

typedef struct prr_checklist {
	const char *title, *section;
	prr_checkitem *items;
	size_t n_items;
	int line;
} prr_checklist;

typedef struct prr_story {
	const char *id, *title;
	double points;
	prr_status status;
	prr_evidence *evidence;
	size_t n_evidence;
	int line;
} prr_story;

typedef struct prr_wave {
	const char *id, *name;
	bool planned;
	double planned_points;
	double done_points; /* the points stated done ("Done pts"), or NaN */
	const char *start, *end; /* planned window (dates), or NULL */
	prr_story *stories;
	size_t n_stories;
	int line;
} prr_wave;

typedef struct prr_milestone {
	const char *name, *due; /* due: the day it is due now (a forecast's
				 * day when the document states one) */
	bool done;
	const char *done_date; /* when it was done, if known */
	int line;
	const char *planned;    /* the day first planned, when the document
				 * states one that differs from due; or NULL */
} prr_milestone;

typedef struct prr_estimate {
	const char *label;
	double low, high;
	const char *unit; /* "hours", "days", "weeks" … */
	int line;
} prr_estimate;

typedef struct prr_risk {
	prr_severity level;
	const char *title, *mitigation;
	int line;
	/* the likelihood and impact a risk table states, as written
	 * ("Medium", "High"), or NULL: of the two no one level is stated */
	const char *likelihood, *impact;
} prr_risk;

typedef struct prr_effort {
	double low, high;
	const char *unit;
} prr_effort;

typedef struct prr_finding {
	const char *id;
	prr_severity severity;
	const char *title, *component;
	prr_effort effort;
	int line;
	bool blocking; /* the document says it blocks release */
} prr_finding;

typedef struct prr_commitref {
	const char *ref;  /* 7–40 hex digits */
	const char *text;
	int line;
} prr_commitref;

/* Prose of an imported document that no table or list took. */
typedef struct prr_section {
	const char *heading;
	int level;
	const char *markdown;
	int line;
} prr_section;

/* A table the importer could not classify, or read only in part, kept
 * whole. */
typedef struct prr_table {
	const char *section;
	const char **header;
	size_t n_cols;
	const char ***rows; /* n_rows rows of n_cols cells */
	size_t n_rows;
	int line;
} prr_table;

/* A figure the document states, next to the one its content gives. */
typedef struct prr_claim {
	const char *claim;    /* what is claimed: "Phase 3 readiness" */
	const char *stated;   /* as stated: "90% (9/10)" */
	const char *computed; /* as computed: "89% (8/9)" */
	bool agrees;
	int line;
} prr_claim;

/* Other metadata fields of a document ("Version", "Branch" …). */
typedef struct prr_field {
	const char *name, *value;
	int line;
} prr_field;

/*** The review ***/

/* prr_review.date_from of a day given on the command line (--date). */
#define PRR_DATE_FROM_ARG "command-line"

typedef struct prr_review {
	prr_arena arena; /* owns everything below */

	const char *project, *title;
	const char *date;     /* YYYY-MM-DD, always valid once loaded */
	/* PRR_DATE_FROM_ARG when the document stated no day and --date
	 * gave it; NULL when the document (or its path) states it */
	const char *date_from;
	const char *revision; /* git revision reviewed, or NULL */
	const char *source_file, *source_format; /* "json", "markdown" */
	const char *status_text;
	prr_level level;
	int status_line, date_line;

#define PRR_MODEL_ARRAY(type, name) type *name; size_t n_##name
	PRR_MODEL_ARRAY(prr_score, scores);
	PRR_MODEL_ARRAY(prr_dimension, dimensions);
	PRR_MODEL_ARRAY(prr_component, components);
	PRR_MODEL_ARRAY(prr_checklist, checklists);
	PRR_MODEL_ARRAY(prr_wave, waves);
	PRR_MODEL_ARRAY(prr_milestone, milestones);
	PRR_MODEL_ARRAY(prr_estimate, estimates);
	PRR_MODEL_ARRAY(prr_risk, risks);
	PRR_MODEL_ARRAY(prr_finding, findings);
	PRR_MODEL_ARRAY(prr_commitref, commits);
	/* evidence a reader sees outside any component or story (paths in
	 * lists, checklists, tables and prose) */
	PRR_MODEL_ARRAY(prr_evidence, evidence);
	PRR_MODEL_ARRAY(prr_section, sections);
	PRR_MODEL_ARRAY(prr_table, tables);
	PRR_MODEL_ARRAY(prr_claim, audit);
	PRR_MODEL_ARRAY(prr_field, fields);
#undef PRR_MODEL_ARRAY
} prr_review;

/* A new, empty review (numbers NaN where absent); free with _free. */
prr_review *prr_review_new(void);
void prr_review_free(prr_review *r);

/*** Shared helpers ***/

/*
 * Validates an ISO 8601 calendar date "YYYY-MM-DD" (a real day: no
 * 2026-02-30).  Returns 1 if valid.
 */
int prr_date_valid(const char *s);
/* Days since 1970-01-01 of a valid date (for spans between review dates). */
long prr_date_days(const char *s);
/* The last date YYYY-MM-DD in `path` that stands alone (no digit touches
 * it: "reviews/2026-01-31/a.md", "2026-01-31-review.md"), copied into
 * `a`, or NULL. */
const char *prr_date_in_path(prr_arena *a, const char *path);
/*
 * Compares names as people write them: case-insensitive, runs of spaces,
 * '-' and '_' ignored.  Used to match components and findings across
 * reviews and to find duplicates.
 */
int prr_name_eq(const char *a, const char *b);
/* A hash equal for names prr_name_eq finds equal: compare hashes first. */
uint32_t prr_name_hash(const char *s);

/*
 * Names (by prr_name_eq) to numbers, in a hash table: finding a name
 * among n takes the same time whatever n, so matching or checking
 * duplicates among a user's lists stays linear.  Names are borrowed.
 * Zero-initialise ({ 0 }), or set `exact` to match names byte for byte
 * (strcmp) instead; free with prr_names_free.
 */
typedef struct prr_names {
	struct prr_name_slot {
		const char *name; /* NULL: free */
		size_t value;
		uint32_t hash;
	} *v;
	size_t n, cap;
	int exact;
} prr_names;
#define PRR_NAMES_NONE ((size_t)-1)
/* The value of the name equal to `name`, or PRR_NAMES_NONE. */
size_t prr_names_find(const prr_names *t, const char *name);
/* Adds `name` -> `value` unless an equal name is there; returns the value
 * the table now holds for it (the earlier one, if any). */
size_t prr_names_put(prr_names *t, const char *name, size_t value);
void prr_names_free(prr_names *t);

#endif
