/*
 * history_int.h - what the history's files share (include/prr/history.h
 * says what the history does):
 *
 *   history.c        the repository: opened, revisions resolved; times; tags
 *   history_tree.c   what a commit changed: raw trees compared, blob line
 *                    counts
 *   history_rec.c    a commit's record: computed (metadata, paths, line
 *                    counts) and decoded
 *   history_cache.c  records and walk orders kept in DIR/history.cache
 *   history_walk.c   the walk: its order, the workers, handing commits over
 *
 * Nothing here is exported beyond gen/history*.c.
 */
#ifndef PRR_HISTORY_INT_H
#define PRR_HISTORY_INT_H

#include "prr/history.h"

#include <git2.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Record flags. */
enum { REC_PATHS = 1, REC_CHURN = 2 };

struct prr_repo {
	git_repository *git;
	char *path;
};

/* libgit2's last error message, or "unknown error". */
const char *hist_git_msg(void);
/* Opens the repository at `path` (no search upwards), its loose objects
 * checked (gitguard.h); -1 with a message in `err`. */
int hist_open_git(git_repository **out, const char *path, prr_buf *err);
/* The commit `rev` names (NULL: HEAD); -1 with a message in `err`. */
int hist_resolve_oid(prr_repo *repo, const char *rev, git_oid *oid,
		     prr_buf *err);

/*** Records: one commit, as computed and as cached ***/

/*
 * A record is a byte string, the same in memory and in the cache file:
 *   u8 flags, u8 0, u16 0, u32 n_parents,
 *   i64 time, i64 ctime, i32 tz, i32 ctz, u64 added, u64 deleted,
 *   n_parents x 20-byte ids, author NUL email NUL summary NUL,
 *   u32 n_paths, the paths each NUL-terminated.
 * Integers are native; the cache header refuses another byte order.
 */
#define REC_FIXED 48

static inline void put32(prr_buf *b, uint32_t v) { prr_buf_add(b, &v, 4); }
static inline void put64(prr_buf *b, uint64_t v) { prr_buf_add(b, &v, 8); }
static inline uint32_t get32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}
static inline uint64_t get64(const unsigned char *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

/* Scratch space a decoded record points into. */
typedef struct rec_view {
	char (*parents)[PRR_OID_HEX + 1];
	size_t cap_parents;
	const char **paths;
	size_t cap_paths;
} rec_view;

void hist_rec_view_free(rec_view *v);
/* Decodes record `d` (`n` bytes) of commit `id` into `c`, pointing into
 * `d` and `v`; -1 if it is malformed. */
int hist_rec_decode(const unsigned char *d, size_t n, const git_oid *id,
		    prr_commit *c, rec_view *v);

/*** Trees compared (history_tree.c) ***/

/*
 * Trees are read raw: the object's bytes from the object database, entries
 * "MODE SP NAME NUL 20-byte-id" walked in place.  git_tree_lookup would
 * parse every entry of both trees into an array (a malloc, a memchr and an
 * id copy per entry) although the comparison mostly skips whole runs of
 * equal entries; profiling showed that parse and libgit2's per-entry
 * accessors to be the largest cost of `--paths` after zlib.
 */
typedef struct rtree {
	git_odb_object *obj; /* NULL: the empty tree */
	const unsigned char *p, *end;
} rtree;

typedef struct rentry {
	const char *name; /* NUL-terminated in the object */
	size_t len;
	uint16_t mode;    /* libgit2 keeps 16 bits of it; so do we */
	const unsigned char *id;
} rentry;

typedef struct tdiff {
	git_repository *git;
	git_odb *odb;
	const char *repo_path;
	bool churn;
	prr_buf prefix;  /* the folder being compared, with a final '/' */
	prr_buf paths;   /* the changed paths, each NUL-terminated */
	uint32_t n_paths;
	uint64_t added, deleted;
	size_t trees, blobs;
	prr_buf *err;
} tdiff;

/* Reads the tree of raw id `raw` into `out`; -1 with a message in t->err. */
int hist_read_tree(tdiff *t, rtree *out, const unsigned char *raw);
void hist_rtree_free(rtree *t);
/* Adds to `t` the paths (and, with t->churn, the lines) that differ
 * between trees `a` and `b` (either empty: obj NULL); -1 on an error. */
int hist_diff_trees(tdiff *t, rtree *a, rtree *b);

/*** Computing a record (history_rec.c) ***/

typedef struct worker_stats {
	size_t trees, blobs;
} worker_stats;

/*
 * What computes records: one per thread, with its own repository handle.
 * It remembers the last commit it computed and that commit's root tree,
 * so that when the next commit is its child (workers go through their
 * batches oldest first, see worker_main) the parent commit is not read
 * again and the parent's root tree - the largest tree, and one libgit2
 * does not cache (over its 4 KB tree limit) - is not inflated twice.
 */
typedef struct computer {
	git_repository *git;
	git_odb *odb;
	const char *repo_path;
	unsigned want;
	worker_stats ws;
	tdiff t;            /* its buffers are reused commit after commit */
	bool has_last;
	git_oid last_id;    /* the last commit computed */
	git_oid last_tree;  /* its root tree */
	rtree last_root;    /* that tree's bytes (when paths were asked) */
} computer;

/* A computer on `git` (the caller's handle, which must outlive it). */
int hist_computer_init(computer *k, git_repository *git,
		       const char *repo_path, unsigned want, prr_buf *err);
void hist_computer_free(computer *k);
/* The record of commit `id` into `out`: metadata always, paths when
 * k->want has REC_PATHS, line counts with REC_CHURN. */
int hist_compute_record(computer *k, const git_oid *id, prr_buf *out,
			prr_buf *err);

/*** The cache (history_cache.c) ***/

#define CACHE_MAX_ORDERS 8

typedef struct crec {
	unsigned char oid[GIT_OID_RAWSZ];
	const unsigned char *data; /* into the file, or owned (`owned`) */
	uint32_t len;
	bool owned;
} crec;

typedef struct corder {
	unsigned char tip[GIT_OID_RAWSZ], hide[GIT_OID_RAWSZ];
	uint32_t *idx; /* owned: record indices in walk order */
	size_t n;
} corder;

typedef struct hcache {
	char *path;     /* NULL: no cache */
	prr_buf file;   /* the file as read */
	crec *recs;
	size_t n, cap;
	uint32_t *slots; /* record index + 1; 0 is empty */
	size_t nslots;
	corder orders[CACHE_MAX_ORDERS];
	size_t n_orders;
	bool dirty, rebuilt;
} hcache;


/* The cache in folder `dir` (NULL: none), read when it is whole; one that
 * is not is rebuilt (c->rebuilt). */
void hist_cache_open(hcache *c, const char *dir);
/* The index of the record of `oid`, or -1. */
long hist_cache_find(const hcache *c, const unsigned char *oid);
/* Adds or replaces the record of `oid`; takes `data` (malloc'd). */
uint32_t hist_cache_put(hcache *c, const unsigned char *oid,
			unsigned char *data, uint32_t len);
/* The walk order kept for (tip, hide), or NULL. */
corder *hist_cache_order(hcache *c, const git_oid *tip, const git_oid *hide);
/* Records the walk order of (tip, hide) as the newest one kept; takes
 * `idx`. */
void hist_cache_add_order(hcache *c, const git_oid *tip, const git_oid *hide,
			  uint32_t *idx, size_t n);
/* Writes the cache when it changed; -1 with a message in `err`. */
int hist_cache_save(hcache *c, prr_buf *err);
void hist_cache_free(hcache *c);

#endif
