/*
 * evidence.h - a review's evidence and commit references checked against
 * the reviewed repository.
 *
 * The commit checked against (the report's `rule` says which rule chose
 * it, first that applies):
 *   "revision"     the review's own revision field (r->revision)
 *   "document"     the commit that added the review document itself: its
 *                  bytes hashed as a git blob, the oldest commit of HEAD's
 *                  history whose changes put that blob at some path (the
 *                  document need not be inside the repository's folder)
 *   "stated time"  the last commit (committer time, compared as instants)
 *                  at or before the date and time with zone the review
 *                  states on its date line ("2025-11-11 21:55 UTC",
 *                  "2026-02-18T12:35:00+10:00")
 *   "end of day"   the last commit at or before the review date's
 *                  23:59:59 UTC: days are UTC days, as the timeline's
 *                  weeks are (timeline.c)
 * A review whose date is older than the history's first commit says so
 * (`predates`, with that commit, and a "predates" check): it is checked
 * at the commit that added the document when the document is there,
 * else against nothing.
 *
 * Resolution, before any verdict.  An evidence path (a leading "/" or
 * "./" is the project root, never the file system's) is tried, in turn:
 *   1. beside `beside`, the path written before it in the same item: in
 *      that path's folder, or in it when it is a folder (`beside` is
 *      itself resolved by the rules below);
 *   2. under the project root (`root`); a leading folder equal to the
 *      root's own name is not doubled ("rad-engineer/src/x.ts" under the
 *      root "rad-engineer" is "rad-engineer/src/x.ts");
 *   3. from the repository root;
 *   4. as a suffix anywhere in the tree (`**` + "/src/x.ts", `**` + "/x.ts"
 *      for a bare name), from an index of the tree's paths built once per
 *      tree (prr_evindex, reusable across reviews checked at one commit).
 * The first place that holds the path is the one it resolved to; several
 * suffix matches (and no direct place) make it unverifiable, naming a
 * few candidates "and N more", unless exactly one of them is under the
 * project root.  Globs (glob.h) are matched under the
 * project root.  A path that leaves the repository ("../" past its root,
 * a home folder "~/…", a symbolic link pointing outside) is refused, never
 * followed.  Every
 * verdict names the path it resolved to (prr_evcheck.resolved too).
 *
 * Tokens are read two ways: the literal text, and the identifier it names
 * (its last '.', '::' or '->' part, a call's "()" dropped, as a whole
 * word): `config.useRealAgents` holds where `useRealAgents` does.  A
 * claim is contradicted only when no reading holds: a token found in
 * none of the places the path may be (direct places, then suffix
 * matches), an absence whose every reading is found.
 *
 * Checks and their verdicts:
 *   revision  the commit checked against and the rule that chose it
 *             (confirmed), an unknown revision (contradicted), a review
 *             older than the history with no document to go by
 *             (unverifiable)
 *   predates  the review's date is older than the history's first
 *             commit (unverifiable; says what the document's commit is)
 *   path      the path exists (file or folder; a glob matches something).
 *             Missing, it is unverifiable rather than contradicted when:
 *             several places may be it; a .gitignore keeps it out of git;
 *             a path differing in case alone is there ("WorkflowStore.ts"
 *             of "src/store/workflowStore.ts"); it names no file and its
 *             first folder names nothing; it reads as a library's name
 *             ("Helmet.js": one capitalised word and ".js", no folder)
 *             and no commit up to the one checked had a file of that
 *             name; or it was there on the date the review states, the
 *             commit checked (the one that added the document) being
 *             later than the commit that removed it
 *   planned   a file the plan will create (prr_evidence.planned), missing
 *             at the commit checked: delivered later — the first commit
 *             after it (on HEAD's history; with all_branches on any
 *             branch) that adds the path — is confirmed, "planned —
 *             delivered in COMMIT on DATE", with first_commit/first_date
 *             (a story's delivery, gitfacts.h); never delivered is
 *             contradicted when the plan's window (its wave's end) is
 *             older than HEAD's last commit, else unverifiable
 *   token     the claimed token is in the file (in some file of a folder or
 *             glob); contradicted when not there, unverifiable when the
 *             path is missing
 *   absent    a claimed absence holds: the token is in no file of the path
 *             (or, without a token, the path does not exist).  A file the
 *             plan will delete (absent and planned: "Files to remove", a
 *             list under "… entfernen"): gone is confirmed, with the last
 *             commit before that touched it (the one that deleted it);
 *             still there is no contradiction: confirmed when a later
 *             commit of HEAD's history deleted it ("deleted later, in
 *             COMMIT on DATE"), else unverifiable
 *   history   the commit and date in which the path first appeared and last
 *             changed (merges show no paths: a change made by a merge is
 *             credited to the side commit); unverifiable when none touched it
 *   commit    a commit reference resolves (date, author, summary); unknown:
 *             contradicted; ambiguous or not 7-40 hex digits: unverifiable
 *   stale     commits after the reviewed one that touch a component's paths
 *             (prr.json components): confirmed when none, else unverifiable
 *             with their count and the newest
 *   refused   a path that leaves the repository: unverifiable
 * Evidence outside components and stories (r->evidence) is checked too,
 * with no owner.
 */
#ifndef PRR_EVIDENCE_H
#define PRR_EVIDENCE_H

#include <stddef.h>

#include "prr/arena.h"
#include "prr/config.h"
#include "prr/history.h"
#include "prr/model.h"

typedef enum prr_verdict {
	PRR_CONFIRMED,
	PRR_CONTRADICTED,
	PRR_UNVERIFIABLE,
} prr_verdict;

/* "confirmed", "contradicted", "unverifiable" */
const char *prr_verdict_name(prr_verdict v);

typedef struct prr_evcheck {
	const char *kind;    /* "revision", "path", "token", … (above) */
	prr_verdict verdict;
	const char *owner;   /* "story S-3", "component API", or NULL */
	const char *subject; /* the path, token, reference or component */
	const char *resolved; /* the path it resolved to (from the
			       * repository root), or NULL */
	const char *message; /* what was found, for people */
	int line;            /* the review line the claim came from, or 0 */
	/* history: first appearance and last change; commit: the commit */
	const char *commit, *date;       /* commit: id and date */
	const char *first_commit, *first_date;
	const char *author, *summary;
	long count;                      /* stale: commits since; else -1 */
	/* the evidence item checked, numbered in the review's order: each
	 * wave's stories' evidence, then each component's, then the review's
	 * own (r->evidence); every item counts, checked or not.  -1 for the
	 * checks of no item (revision, commit, stale). */
	long item;
} prr_evcheck;

typedef struct prr_evreport {
	prr_arena arena;      /* owns everything below */
	const char *file;     /* the review's source file (borrowed) */
	const char *date;     /* the review's date (borrowed) */
	const char *commit;   /* the commit checked against, or NULL */
	const char *commit_date;
	const char *rule;     /* what chose the commit (above), or NULL */
	const char *cutoff;   /* stated time / end of day: the instant
			       * compared, ISO 8601 UTC; else NULL */
	bool predates;        /* the review is older than the history */
	const char *first_commit, *first_date; /* the history's first commit */
	prr_evcheck *checks;
	size_t n_checks, cap_checks;
	size_t n_verdict[3];  /* by prr_verdict */
} prr_evreport;

/* The paths of one tree by their last name (suffix matches); built when
 * first needed, rebuilt when asked about another tree. */
typedef struct prr_evindex prr_evindex;
prr_evindex *prr_evindex_new(void);
void prr_evindex_free(prr_evindex *ix);

typedef struct prr_evidence_opts {
	const char *root;      /* project root in the repository, or NULL */
	const char *cache_dir; /* history cache, or NULL */
	bool progress;
	bool all_branches;     /* planned files looked for on every branch */
	prr_evindex *index;    /* kept across calls, or NULL: one per call */
	/* the review files read (prr_reviews.files), or NULL: where a review's
	 * source_file, named from its folder, is read from (its bytes and its
	 * stated time) */
	const struct prr_paths *files;
} prr_evidence_opts;

/*
 * Checks review `r` against `repo` (components' globs from `cfg`, which may
 * be NULL).  Fills `out` (free with prr_evreport_free).  Returns 0, or -1
 * with a message in err when the repository itself fails (a missing object,
 * a corrupt pack); claims never make it fail.
 */
int prr_evidence_check(prr_evreport *out, prr_repo *repo, const prr_review *r,
		       const prr_config *cfg, const prr_evidence_opts *o,
		       prr_buf *err);
void prr_evreport_free(prr_evreport *rep);

/*
 * Turns evidence path `path` into a path from the repository root, given
 * the project `root` (may be NULL): a leading "/" or "./" is the root,
 * "." and ".." are resolved.  Returns 0, or -1 when it leaves the
 * repository.  `out` is reset first; "" is the root itself.
 */
int prr_evidence_path(prr_buf *out, const char *root, const char *path);

/*
 * Whether a commit's `path` falls under the evidence path `pattern` (as
 * prr_evidence_path gives it): the path itself, a file under it
 * ("src/api" covers "src/api/x.c"), or, for a glob, a match or a file
 * under one.  What `prr verify` and `prr new` both count as touching.
 */
bool prr_evidence_covers(const char *pattern, const char *path);

/* Whether any of the `n` patterns covers `path`. */
bool prr_evidence_covers_any(const char *const *patterns, size_t n,
			     const char *path);

#endif
