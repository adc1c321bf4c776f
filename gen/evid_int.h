/*
 * evid_int.h - what evidence.c (verdicts, history) and evid_resolve.c
 * (finding a path and a token in one tree) share; not a public interface.
 */
#ifndef PRR_EVID_INT_H
#define PRR_EVID_INT_H

#include "prr/evidence.h"

#include <git2.h>

/* Looking into the tree of the commit checked against. */
typedef struct evid_ctx {
	prr_repo *repo;
	git_repository *git;
	git_tree *tree;      /* of the reviewed commit */
	char short_id[12];
	prr_evreport *rep;
	prr_buf *err;
	bool failed;         /* the repository failed (not a claim) */
	const char *root;    /* the project root (as given), or NULL */
	prr_evindex *index;  /* suffix index of `tree`, built when first asked */
} evid_ctx;

enum { EVID_FOUND = 1, EVID_MISSING = 0, EVID_REFUSED = -2, EVID_FAILED = -1 };

const char *evid_git_msg(void);

/* Adds a check to x->rep (evidence.c); the message is formatted. */
prr_evcheck *evid_add_check(prr_evreport *rep, const char *kind, prr_verdict v,
			    const char *owner, const char *subject, int line,
			    const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

/* Sets rep->commit, rule, cutoff, predates (evid_revision.c); returns 0
 * (maybe with no commit: said in a check), -1 when the repository
 * failed. */
int evid_find_commit(evid_ctx *x, const prr_review *r,
		     const prr_evidence_opts *o);
/* The rule that chose rep->commit, in words ("" when none). */
const char *evid_rule_words(const prr_evreport *rep);

/* `path` (from the repository root) in x->tree, following symbolic links
 * that stay inside: EVID_FOUND with the entry's id and mode, EVID_MISSING,
 * EVID_REFUSED (a link leads outside, or loops) or EVID_FAILED. */
int evid_tree_find(evid_ctx *x, const char *path, git_oid *id,
		   git_filemode_t *mode);

/*
 * Token readings.  A claimed token holds where the literal text is, or
 * where the identifier it names is (its last '.', '::' or '->' part, a
 * call's "()" dropped, as a whole word): `config.useRealAgents` holds
 * where `useRealAgents` does.  `all`: every reading must be found (a
 * claimed absence is contradicted only then); else any.
 */
bool evid_token_in(const char *hay, size_t n, const char *token, bool all);
/* 1 if blob `id` holds `token` (as above), 0 if not, -1 on a read error. */
int evid_blob_has(evid_ctx *x, const git_oid *id, const char *token, bool all);

/* true if `p` or one of its folders matches the glob (`p` is modified and
 * restored). */
bool evid_under_glob(const char *pattern, char *p);

/* A glob (or NULL: every file of the tree) walked for matches and the
 * token; `found_in` is the first file holding it. */
typedef struct evid_scan {
	evid_ctx *x;
	const char *pattern;
	const char *token;   /* or NULL */
	bool all;
	size_t matched;
	int token_found;     /* 1, 0, or -1 on a read error */
	const char *found_in;
	prr_buf path;
} evid_scan;

int evid_scan_tree(evid_scan *s, const git_tree *tree);

/* One place a path was found. */
typedef struct evid_hit {
	const char *path; /* from the repository root */
	const char *how;  /* "beside 'X'", "under the project root" … */
	git_oid id;
	git_filemode_t mode;
} evid_hit;

/*
 * Where an evidence path is, in the order tried (evidence.h): beside the
 * path before it, under the project root, from the repository root, then
 * as a suffix (`**` + "/NAME") anywhere.  `hits` holds every place found,
 * best first; the suffix matches (n_suffix of them, after n_direct) are
 * looked for only when no direct place holds the path, or when asked
 * (evid_locate_suffix).  Strings live in the report's arena.
 */
typedef struct evid_loc {
	evid_hit *hits;
	size_t n_hits, cap_hits;
	size_t n_direct, n_suffix;
	bool picked;         /* several suffix matches, exactly one of them */
	size_t pick;         /* under the project root: its index in hits */
	bool suffix_done;
	bool refused;        /* a link led outside */
	bool leaves;         /* the path leaves the repository */
	const char *tried;   /* the direct places tried, for messages */
	const char *suffix;  /* the suffix looked for, or NULL */
} evid_loc;

/* Returns 0, or -1 when the repository failed (message in x->err). */
int evid_locate(evid_ctx *x, const prr_evidence *ev, evid_loc *out);
int evid_locate_suffix(evid_ctx *x, evid_loc *out);
/* The one hit the path stands for, or NULL: none, or several suffix
 * matches and not exactly one of them under the project root. */
const evid_hit *evid_loc_best(const evid_loc *l);
/* "a, b, c and 4 more" of the suffix matches. */
const char *evid_loc_candidates(evid_ctx *x, const evid_loc *l);

/* The .gitignore of x->tree that ignores `path` (one in any folder for a
 * bare name, else one in a folder above it), or NULL: a file git is told
 * not to keep (".env") is never evidence against a review. */
const char *evid_ignored_by(evid_ctx *x, const char *path);
/* How many paths of x->tree are `path`, or end in "/" and `path`, when
 * case is not told apart ("WorkflowStore.ts" of "src/store/
 * workflowStore.ts"); *first gets the first of them. */
size_t evid_case_matches(evid_ctx *x, const char *path, const char **first);
/* Whether the first folder of `path` ("react-hooks" of
 * "react-hooks/static-components") is the name of anything in x->tree. */
bool evid_first_folder_known(evid_ctx *x, const char *path);

/*** evidence.c and evid_history.c ***/

/* A check's verdict changed after it was added (the counts follow). */
void evid_set_verdict(prr_evreport *rep, prr_evcheck *c, prr_verdict v);
/* Whether `path` reads as a library's name as much as a file's:
 * "Helmet.js" (one capitalised word and ".js", no folder). */
bool evid_library_shaped(const char *path);

/* A file the plan will create, missing at the commit checked: looked for
 * after it (evid_later_planned); the window is its wave's planned end.  Or one
 * the plan will delete (`deletion`): still `there` at the commit, looked
 * for the commit after it that deletes it; gone, for the one before it
 * that did (evid_later_deleted). */
typedef struct planned {
	size_t check;
	const char *end;
	const char **patterns;
	size_t n_patterns, cap_patterns;
	bool deletion, there;
} planned;

/* The history walked (evid_history.c), each returning 0 or -1 with the
 * message in x->err: a commit reference checked; each planned file's
 * delivery after the commit checked, or a file to delete, the commit that
 * did; the first and last commits of every path and token check from
 * rep->checks[first_check] on; components changed since the review. */
void evid_check_ref(evid_ctx *x, const prr_commitref *cr);
int evid_later_planned(evid_ctx *x, const prr_evidence_opts *o,
		       const planned *plans, size_t n);
int evid_later_deleted(evid_ctx *x, const prr_evidence_opts *o,
		       const planned *plans, size_t n);
int evid_delivery(evid_ctx *x, const prr_evidence_opts *o, size_t first_check);
int evid_staleness(evid_ctx *x, const prr_review *r, const prr_config *cfg,
		   const prr_evidence_opts *o, const char *root);

#endif
