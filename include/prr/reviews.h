/*
 * reviews.h - a set of reviews: what `build`, `report`, `gate` and `verify`
 * read.
 *
 * Paths are files or folders (walked for review files; prr.json and
 * *.schema.json are not reviews).  The config is the prr.json of the first
 * folder given (or beside the first file), else the defaults.  Documents of
 * one project and one review date are merged into one review, in path
 * order: their lists are concatenated, the first document that sets a
 * single value (title, status, revision …) wins.  The result is sorted by
 * project, then date.
 *
 * A review's date comes from the document, else from a YYYY-MM-DD in its
 * file or folder name, else it is an error naming the file.  Its project
 * is the document's, else that of the nearest folder holding it with a
 * prr.json, inside the folder given that holds it (else of that folder
 * given; of the reviews folder for a file given): that prr.json's
 * "project", else the folder's name (of its real path: "." is named as
 * what it is).  So every folder with a prr.json is a project and two
 * folders given are two projects.  A folder whose documents name several
 * projects is a warning naming them; they stay apart.  Documents whose
 * project only the folder's name gives are told apart by their titles
 * (prr_reviews_split_titles), said in a warning too.
 *
 * Each project is configured by the prr.json of that folder (of its
 * first document's, in path order): its thresholds, weights, waivers and
 * gate, with the policy it does not set taken from the folder given that
 * holds it (prr_config_inherit); a project without a prr.json of its own
 * is configured by the folder given.  The repository, its root and the
 * components' paths are the reviews folder's (the first folder given),
 * for the whole set.  A document's source file,
 * when it states none, is its path relative to the folder given that holds
 * it: the same set whichever way the folder is written.
 */
#ifndef PRR_REVIEWS_H
#define PRR_REVIEWS_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/config.h"
#include "prr/diag.h"
#include "prr/paths.h"
#include "prr/model.h"

typedef struct prr_reviews {
	prr_config *config;   /* the reviews folder's prr.json (or defaults) */
	const prr_config **configs; /* of each of v: its project's */
	prr_config **owned;   /* the other prr.json read (owned) */
	size_t n_owned;
	const char *dir;      /* the reviews folder (owned), for .prr-cache/ */
	prr_review **v;       /* merged reviews, by project then date */
	size_t n;
	prr_review **docs;    /* every document loaded (owns their arenas) */
	size_t n_docs;
	size_t n_projects;
	prr_paths files;      /* the files read, in path order */
} prr_reviews;

/* flags: a link in a reviews folder to a file or folder outside it is an
 * error naming the link, unless PRR_REVIEWS_ALLOW_OUTSIDE (--allow-outside);
 * files named on the command line are read wherever they are. */
#define PRR_REVIEWS_ALLOW_OUTSIDE 1u
/* The options of every command that reads reviews: --allow-outside sets
 * that flag; --date dates the documents that state no date and whose path
 * holds none (cli.h's prr_read_args reads both). */
#define PRR_OUTSIDE_OPTION                                                    \
	{ "allow-outside", 0, NULL, "read links in the reviews folder that lead outside it", false }, \
	{ "date", 0, "YYYY-MM-DD", "the review date of documents that state none and whose path holds none", false }

/*
 * Loads every review under `paths` (the files read by up to
 * prr_jobs_count() threads (jobs.h); messages come in path order all the same).  Returns 0, or -1 when any document
 * or prr.json is invalid or no review was found (problems in `d`; the set
 * is then empty but must still be freed).
 */
typedef struct prr_load_opts {
	unsigned flags;    /* PRR_REVIEWS_ALLOW_OUTSIDE */
	const char *date;  /* --date: of documents that state none, or NULL */
	/*
	 * Last of the ways a review gets its date (after the document, its
	 * path and --date): `date_of` (NULL: none) gives the date of file
	 * `path` as YYYY-MM-DD in `a`, and in `*how` (in `a`) where it came
	 * from ("the commit that added it, 1a2b3c4"), or NULL.
	 */
	const char *(*date_of)(void *ctx, const prr_config *c, const char *path,
			       prr_arena *a, const char **how);
	void *ctx;
} prr_load_opts;

int prr_reviews_load(prr_reviews *out, char *const *paths, int n_paths,
		     const prr_load_opts *o, prr_diags *d);

void prr_reviews_free(prr_reviews *s);
/* The input file (a review or prr.json) that `path` names, or NULL: an
 * output must not overwrite its own input. */
const char *prr_reviews_input(const prr_reviews *s, const char *path);
/* The latest review of `project` (NULL: of the first project), or NULL. */
const prr_review *prr_reviews_latest(const prr_reviews *s, const char *project);
/* The config of `project` (NULL: of the first project): see above. */
const prr_config *prr_reviews_config(const prr_reviews *s, const char *project);
/* The review of `project` dated `date`, or NULL. */
const prr_review *prr_reviews_find(const prr_reviews *s, const char *project,
				   const char *date);
/*
 * Expands `paths` into review files: files as given, folders walked (in
 * sorted order; prr_walk_ex: each file once, loops ended, prr's own
 * outputs skipped).  A folder holding no review is an error in `d`, so is
 * a link outside it (see `flags` above).
 */
void prr_review_paths(char *const *paths, int n, unsigned flags,
		      prr_paths *out, prr_diags *d);
/*
 * The default history cache of a review set: `dir`/.prr-cache, created if
 * missing.  When it cannot be (a read-only reviews folder) that is said
 * once, as a warning in `d`, and NULL is returned: prr goes on without a
 * cache rather than failing.  Free the result.
 */
char *prr_reviews_cache_dir(const char *dir, prr_diags *d);
/*
 * The project a review's title names, when nothing else names it: the
 * title from its first to its last word that is neither a word of the
 * kind of document ("Production Readiness Review", "assessment",
 * "report", "go/no-go" …), a date or month, nor a number of a series
 * ("#2", "v2", "3rd", "Q4").  "Acme API — Production Readiness Review #2"
 * names "Acme API"; "Production Readiness Report" names nothing (NULL).
 * `*key` gets its words in lowercase, one space apart (NULL with it).
 * In `a`.
 */
const char *prr_reviews_title_name(prr_arena *a, const char *title,
				   const char **key);
/*
 * The system a title names, without a first or last part set off by a
 * dash or a colon whose words all say what kind of document it is:
 * "Identity Broker (SSO) — Production Readiness Review" and "Production
 * readiness review: Refunds Service v1" name "Identity Broker (SSO)" and
 * "Refunds Service v1"; other titles are themselves ("FraudNet v7 — model
 * readiness review").  In `a` when cut.
 */
const char *prr_reviews_title_system(prr_arena *a, const char *title);
/*
 * Tells apart by their titles the documents docs[0..n) flagged in
 * `guessed` (their project is only the name of the folder holding them),
 * in groups of one project: each takes the name its title names
 * (prr_reviews_title_name) and the group splits into the projects of
 * those names, with a warning in `d` naming them.  Cautiously: a group
 * stays whole when a title names nothing, and names are one project when
 * the words of one are all words of the other ("Acme API" and "Acme API
 * Gateway"), or when their documents share a folder named by a date (one
 * review's documents: 2026-01-14/plan.md, 2026-01-14/summary.md).
 * `files` are the documents' paths; told[i] is set for each document
 * given a project by its title.
 */
void prr_reviews_split_titles(prr_review **docs, const char *const *files,
			      const bool *guessed, bool *told, size_t n,
			      prr_diags *d);
/* 1 if `path` (by its name) is a review document prr reads. */
int prr_is_review_path(const char *path);

#endif
