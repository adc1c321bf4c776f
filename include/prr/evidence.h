/*
 * evidence.h - a review's evidence and commit references checked against
 * the reviewed repository.
 *
 * The commit checked against is the review's `revision`, else the last
 * commit (by committer date, in its own time zone) on or before the review's
 * date; a review older than the whole history says so and checks nothing
 * else.  Evidence paths are relative to the project root (`root`; a leading
 * "/" or "./" is that root, not the file system's) and may be globs
 * (glob.h), matched against the tree of that commit.  A path that leaves the
 * repository ("../" past its root, a symbolic link pointing outside) is
 * refused, never followed.
 *
 * Checks and their verdicts:
 *   revision  the commit checked against (confirmed), an unknown revision
 *             (contradicted), a review older than the history (unverifiable)
 *   path      the path exists (file or folder; a glob matches something)
 *   planned   a file the plan will create, not there yet (unverifiable)
 *   token     the claimed token is in the file (in some file of a folder or
 *             glob); contradicted when not there, unverifiable when the
 *             path is missing
 *   absent    a claimed absence holds: the token is in no file of the path
 *             (or, without a token, the path does not exist)
 *   history   the commit and date in which the path first appeared and last
 *             changed (merges show no paths: a change made by a merge is
 *             credited to the side commit); unverifiable when none touched it
 *   commit    a commit reference resolves (date, author, summary); unknown:
 *             contradicted; ambiguous or not 7-40 hex digits: unverifiable
 *   stale     commits after the reviewed one that touch a component's paths
 *             (prr.json components): confirmed when none, else unverifiable
 *             with their count and the newest
 *   refused   a path that leaves the repository: unverifiable
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
	const char *message; /* what was found, for people */
	int line;            /* the review line the claim came from, or 0 */
	/* history: first appearance and last change; commit: the commit */
	const char *commit, *date;       /* commit: id and date */
	const char *first_commit, *first_date;
	const char *author, *summary;
	long count;                      /* stale: commits since; else -1 */
} prr_evcheck;

typedef struct prr_evreport {
	prr_arena arena;      /* owns everything below */
	const char *file;     /* the review's source file (borrowed) */
	const char *date;     /* the review's date (borrowed) */
	const char *commit;   /* the commit checked against, or NULL */
	const char *commit_date;
	prr_evcheck *checks;
	size_t n_checks, cap_checks;
	size_t n_verdict[3];  /* by prr_verdict */
} prr_evreport;

typedef struct prr_evidence_opts {
	const char *root;      /* project root in the repository, or NULL */
	const char *cache_dir; /* history cache, or NULL */
	bool progress;
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

#endif
