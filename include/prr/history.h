/*
 * history.h - a repository's commits, tags and changed paths (libgit2).
 *
 *     prr_repo *repo;
 *     if (prr_repo_open(&repo, "path/to/repo", &err) < 0) ...   // message in err
 *     prr_history_opts o = PRR_HISTORY_OPTS_INIT;
 *     o.paths = true;
 *     prr_history_walk(repo, &o, on_commit, payload, &stats, &err);
 *     prr_repo_free(repo);
 *
 * The walk visits every commit reachable from `rev` (default HEAD), in
 * topological-then-time order (libgit2's GIT_SORT_TOPOLOGICAL |
 * GIT_SORT_TIME: children before parents, newer first among the rest), and
 * hands each one to a callback; nothing of the history is kept in memory
 * beyond a window of commits being worked on.
 *
 * Changed paths are those of the commit against its first parent (a root
 * commit against the empty tree), found by a direct tree walk that compares
 * entries by id and only descends into subtrees whose ids differ.  As with
 * `git log --name-only`, merge commits show no paths, and renames are not
 * followed (a rename is a deletion and an addition).  A mode change is a
 * change.  Line counts (`churn`) cost blob diffs; paths alone do not.
 * Binary files (a NUL in their first 8000 bytes, git's rule) count no lines;
 * a submodule link counts one line on each side where it exists, as in
 * `git log --numstat`.
 *
 * With a cache folder, each commit's record (metadata, paths, line counts)
 * is stored under its id in DIR/history.cache, and the last walk orders by
 * their tip, so a later run computes only commits it has not seen and a
 * rerun at the same tip reads no tree and walks nothing.  A cache file that
 * is corrupt, truncated, of another version or another machine's byte order
 * is detected (magic, version, checksum) and rebuilt, never trusted.  Writes
 * are atomic.
 *
 * libgit2 is opened with strict hash verification off (objects are still
 * inflated with zlib checks; a corrupt pack is still an error); loose
 * objects are read and size-checked by prr itself (gitguard.h), so a
 * truncated one is an error naming it, not libgit2 1.5's endless inflate.
 */
#ifndef PRR_HISTORY_H
#define PRR_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/buf.h"

#define PRR_OID_HEX 40

typedef struct prr_repo prr_repo;

/*
 * Opens the repository at `path` (its working tree or its git directory; a
 * bare repository and a detached HEAD are fine).  Refused with a message
 * naming the path: not a repository, no commits, a shallow clone (history
 * before the graft is missing).  Returns 0 or -1 with the message in err.
 */
int prr_repo_open(prr_repo **out, const char *path, prr_buf *err);
void prr_repo_free(prr_repo *repo);
/* The path given to prr_repo_open (borrowed). */
const char *prr_repo_path(const prr_repo *repo);
/* The libgit2 handle (borrowed; not to be shared with another thread). */
struct git_repository *prr_repo_git(prr_repo *repo);

/*
 * Resolves `rev` (NULL: HEAD; anything git rev-parse takes) to a commit and
 * writes its full hex id into `hex` (41 bytes).  Returns 0, or -1 with
 * "unknown revision 'REV' in 'REPO'" in err.
 */
int prr_repo_resolve(prr_repo *repo, const char *rev, char *hex,
		     prr_buf *err);

/* One commit as the walk hands it over; everything is borrowed and valid
 * only during the callback. */
typedef struct prr_commit {
	char id[PRR_OID_HEX + 1];
	const char (*parents)[PRR_OID_HEX + 1];
	size_t n_parents;
	const char *author, *email, *summary;
	long long time;  /* author time, seconds since the epoch */
	int tz;          /* its offset from UTC in minutes */
	long long ctime; /* committer time */
	int ctz;
	bool has_paths;  /* paths were asked for (merges: asked, and none) */
	const char *const *paths;
	size_t n_paths;
	bool has_churn;
	long long added, deleted; /* lines, summed over the commit's files */
} prr_commit;

/* Returns 0 to go on, anything else to stop the walk (it returns that). */
typedef int (*prr_commit_fn)(const prr_commit *c, void *payload);

typedef struct prr_history_opts {
	const char *rev;       /* where to start; NULL: HEAD */
	const char *hide;      /* leave out what is reachable from it, or NULL */
	bool paths;            /* changed paths per commit */
	bool churn;            /* added/deleted lines (implies paths) */
	const char *cache_dir; /* NULL: no cache */
	int workers;           /* threads computing paths; 0: 2 */
	bool progress;         /* "reading history: N/M commits" on stderr */
} prr_history_opts;

#define PRR_HISTORY_OPTS_INIT { NULL, NULL, false, false, NULL, 0, false }

/* What a walk cost; the tests check `trees_read` of a cached rerun. */
typedef struct prr_history_stats {
	size_t commits;      /* handed to the callback */
	size_t from_cache;   /* records read from the cache */
	size_t computed;     /* records computed from the repository */
	size_t trees_read;   /* tree objects read */
	size_t blobs_read;   /* blob objects read (churn) */
	bool walked;         /* the revision walk ran (not taken from cache) */
	bool cache_rebuilt;  /* the cache file was unreadable and replaced */
} prr_history_stats;

/*
 * Walks the history (see above), calling `fn` for each commit in order.
 * Returns 0 when every commit was handed over, the callback's nonzero value
 * when it stopped the walk, or -1 with a message naming the repository and
 * the object (a missing object, a corrupt pack, an unknown revision).
 * A cache that cannot be written is a warning on stderr, not an error:
 * the walk is complete without it.  After -1 the commits already handed
 * over are not the whole history.  `stats` may be NULL.
 */
int prr_history_walk(prr_repo *repo, const prr_history_opts *o,
		     prr_commit_fn fn, void *payload, prr_history_stats *stats,
		     prr_buf *err);

/* A tag: its short name and the commit it points at (peeled). */
typedef struct prr_tag {
	const char *name;
	char target[PRR_OID_HEX + 1];
} prr_tag;

/*
 * Every tag, annotated and lightweight, peeled to its commit, sorted by
 * name; tags of trees or blobs are left out.  Free with prr_tags_free.
 */
int prr_repo_tags(prr_repo *repo, prr_tag **out, size_t *n, prr_buf *err);
void prr_tags_free(prr_tag *tags, size_t n);

/* Writes "2026-01-14T09:30:00+01:00" (26 bytes with the NUL) into `out`. */
void prr_time_iso(char *out, long long t, int tz_minutes);
/* "2026-01-14", the local date of time `t` at offset `tz` (11 bytes). */
void prr_time_date(char *out, long long t, int tz_minutes);

#endif
