/* history.c - commits, tags, changed paths and their cache; see history.h. */
#define _POSIX_C_SOURCE 200809L
#include "prr/history.h"
#include "prr/fsutil.h"
#include "prr/gitguard.h"
#include "prr/jobs.h"

#include <errno.h>
#include <git2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* How many commits to compute the workers may run ahead of the batch
 * being handed over. */
#define WALK_WINDOW 2048
/* Fewer commits to compute than this: no threads. */
#define WALK_THREADED_MIN 256
#define WALK_MAX_WORKERS PRR_JOBS_MAX
#define WALK_BATCH 32 /* commits a worker claims and publishes at once */
#define BINARY_SNIFF 8000 /* git's FIRST_FEW_BYTES */

/* Record flags. */
enum { REC_PATHS = 1, REC_CHURN = 2 };

struct prr_repo {
	git_repository *git;
	char *path;
};

static const char *git_msg(void)
{
	const git_error *e = git_error_last();
	return e && e->message ? e->message : "unknown error";
}

/*** Opening ***/

static void history_global_opts(void)
{
	/* Every object read is still inflated and checked by zlib; hashing
	 * each one again costs half the walk (see PERFORMANCE.md).  The
	 * blobs evidence is read from are hashed (gitguard.h). */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	/* Keep libgit2's object cache and pack windows small: the walk reads
	 * each tree about once, and two handles each have their own cache.
	 * On 64-bit libgit2 maps a pack in windows of 1 GB, so the mapped
	 * limit never bit and every page the walk touched stayed resident
	 * (335 MB on git.git); 64 MB windows under a 256 MB limit let it
	 * unmap cold parts (about 170 MB for --paths on git.git) for a little
	 * more system time spent remapping. */
	git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)(32 << 20));
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, (size_t)(64 << 20));
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, (size_t)(256 << 20));
}

static int open_git(git_repository **out, const char *path, prr_buf *err)
{
	if (git_repository_open_ext(out, path, GIT_REPOSITORY_OPEN_NO_SEARCH,
				    NULL) < 0) {
		if (prr_is_dir(path) < 0)
			prr_buf_addf(err, "repository '%s' does not exist", path);
		else
			prr_buf_addf(err, "'%s' is not a git repository: %s",
				     path, git_msg());
		*out = NULL;
		return -1;
	}
	/* damaged loose objects: an error, never libgit2 1.5's endless
	 * inflate (gitguard.h) */
	if (prr_git_guard(*out, err) < 0) {
		git_repository_free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

int prr_repo_open(prr_repo **out, const char *path, prr_buf *err)
{
	*out = NULL;
	git_libgit2_init();
	history_global_opts();
	prr_repo *r = prr_xcalloc(1, sizeof *r);
	r->path = prr_xstrdup(path);
	if (open_git(&r->git, path, err) < 0)
		goto fail;
	if (git_repository_is_shallow(r->git) == 1) {
		prr_buf_addf(err, "'%s' is a shallow clone: history before "
			     "the graft is missing (run 'git fetch --unshallow')",
			     path);
		goto fail;
	}
	int empty = git_repository_is_empty(r->git);
	if (empty == 1 || git_repository_head_unborn(r->git) == 1) {
		prr_buf_addf(err, "repository '%s' has no commits", path);
		goto fail;
	}
	if (empty < 0) {
		prr_buf_addf(err, "cannot read HEAD of '%s': %s", path, git_msg());
		goto fail;
	}
	*out = r;
	return 0;
fail:
	prr_repo_free(r);
	return -1;
}

void prr_repo_free(prr_repo *repo)
{
	if (!repo)
		return;
	git_repository_free(repo->git);
	free(repo->path);
	free(repo);
	git_libgit2_shutdown();
}

const char *prr_repo_path(const prr_repo *repo) { return repo->path; }
git_repository *prr_repo_git(prr_repo *repo) { return repo->git; }

static int resolve_oid(prr_repo *repo, const char *rev, git_oid *oid,
		       prr_buf *err)
{
	git_object *obj = NULL, *peeled = NULL;
	const char *spec = rev ? rev : "HEAD";
	if (git_revparse_single(&obj, repo->git, spec) < 0 ||
	    git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT) < 0) {
		prr_buf_addf(err, "unknown revision '%s' in '%s'", spec,
			     repo->path);
		git_object_free(obj);
		return -1;
	}
	git_oid_cpy(oid, git_object_id(peeled));
	git_object_free(peeled);
	git_object_free(obj);
	return 0;
}

int prr_repo_resolve(prr_repo *repo, const char *rev, char *hex, prr_buf *err)
{
	git_oid oid;
	if (resolve_oid(repo, rev, &oid, err) < 0)
		return -1;
	git_oid_tostr(hex, PRR_OID_HEX + 1, &oid);
	return 0;
}

/*** Times ***/

/* Writes `v` as `n` decimal digits (the last n of it). */
static char *put_digits(char *p, unsigned v, int n)
{
	for (int i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + n;
}

/* By hand rather than snprintf: it runs once or twice per commit handed
 * over, and formatting was the largest cost of a cached rerun. */
void prr_time_iso(char *out, long long t, int tz)
{
	time_t local = (time_t)(t + (long long)tz * 60);
	struct tm tm;
	gmtime_r(&local, &tm);
	unsigned a = (unsigned)(tz < 0 ? -tz : tz);
	char *p = out;
	p = put_digits(p, (unsigned)(tm.tm_year + 1900) % 10000, 4);
	*p++ = '-';
	p = put_digits(p, (unsigned)tm.tm_mon + 1, 2);
	*p++ = '-';
	p = put_digits(p, (unsigned)tm.tm_mday, 2);
	*p++ = 'T';
	p = put_digits(p, (unsigned)tm.tm_hour, 2);
	*p++ = ':';
	p = put_digits(p, (unsigned)tm.tm_min, 2);
	*p++ = ':';
	p = put_digits(p, (unsigned)tm.tm_sec, 2);
	*p++ = tz < 0 ? '-' : '+';
	p = put_digits(p, (a / 60) % 100, 2);
	*p++ = ':';
	p = put_digits(p, a % 60, 2);
	*p = '\0';
}

void prr_time_date(char *out, long long t, int tz)
{
	char iso[26];
	prr_time_iso(iso, t, tz);
	memcpy(out, iso, 10);
	out[10] = '\0';
}

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

static void put32(prr_buf *b, uint32_t v) { prr_buf_add(b, &v, 4); }
static void put64(prr_buf *b, uint64_t v) { prr_buf_add(b, &v, 8); }
static uint32_t get32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}
static uint64_t get64(const unsigned char *p)
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

static void rec_view_free(rec_view *v)
{
	free(v->parents);
	free(v->paths);
}

static const char *take_str(const unsigned char **p, const unsigned char *end)
{
	const unsigned char *nul = memchr(*p, 0, (size_t)(end - *p));
	if (!nul)
		return NULL;
	const char *s = (const char *)*p;
	*p = nul + 1;
	return s;
}

/* Decodes record `d` (`n` bytes) into `c`; -1 if it is malformed. */
static int rec_decode(const unsigned char *d, size_t n, const git_oid *id,
		      prr_commit *c, rec_view *v)
{
	const unsigned char *p = d, *end = d + n;
	memset(c, 0, sizeof *c);
	if (n < REC_FIXED)
		return -1;
	unsigned flags = d[0];
	uint32_t np = get32(d + 4);
	c->time = (long long)get64(d + 8);
	c->ctime = (long long)get64(d + 16);
	c->tz = (int)(int32_t)get32(d + 24);
	c->ctz = (int)(int32_t)get32(d + 28);
	c->added = (long long)get64(d + 32);
	c->deleted = (long long)get64(d + 40);
	p += REC_FIXED;
	if (np > (size_t)(end - p) / GIT_OID_RAWSZ)
		return -1;
	if (np > v->cap_parents) {
		v->cap_parents = np * 2;
		v->parents = prr_xrealloc(v->parents,
					  v->cap_parents * sizeof *v->parents);
	}
	for (uint32_t i = 0; i < np; i++) {
		git_oid o;
		git_oid_fromraw(&o, p);
		git_oid_tostr(v->parents[i], PRR_OID_HEX + 1, &o);
		p += GIT_OID_RAWSZ;
	}
	c->parents = (const char(*)[PRR_OID_HEX + 1])v->parents;
	c->n_parents = np;
	if (!(c->author = take_str(&p, end)) || !(c->email = take_str(&p, end)) ||
	    !(c->summary = take_str(&p, end)) || end - p < 4)
		return -1;
	uint32_t npaths = get32(p);
	p += 4;
	if (npaths > (size_t)(end - p))
		return -1;
	if (npaths > v->cap_paths) {
		v->cap_paths = npaths * 2;
		v->paths = prr_xrealloc(v->paths, v->cap_paths * sizeof *v->paths);
	}
	for (uint32_t i = 0; i < npaths; i++)
		if (!(v->paths[i] = take_str(&p, end)))
			return -1;
	if (p != end)
		return -1;
	c->paths = v->paths;
	c->n_paths = npaths;
	c->has_paths = flags & REC_PATHS;
	c->has_churn = flags & REC_CHURN;
	git_oid_tostr(c->id, sizeof c->id, id);
	return 0;
}

/*** Computing a record: metadata, a tree walk, blob line counts ***/

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

#define MODE_TYPE 0170000
#define MODE_TREE 0040000
#define MODE_GITLINK 0160000

static bool mode_is_tree(uint16_t m) { return (m & MODE_TYPE) == MODE_TREE; }
static bool mode_is_link(uint16_t m) { return (m & MODE_TYPE) == MODE_GITLINK; }
static bool mode_is_blob(uint16_t m)
{
	return !mode_is_tree(m) && !mode_is_link(m);
}

/* The next entry of `t` into `e`: 1, 0 at the end, -1 if malformed. */
static int rtree_next(rtree *t, rentry *e)
{
	const unsigned char *p = t->p, *end = t->end;
	if (p == end)
		return 0;
	uint32_t mode = 0;
	const unsigned char *m = p;
	while (p < end && *p >= '0' && *p <= '7')
		mode = (mode << 3) | (uint32_t)(*p++ - '0');
	if (p == m || p == end || *p != ' ' || p - m > 7)
		return -1;
	p++;
	const unsigned char *nul = memchr(p, 0, (size_t)(end - p));
	if (!nul || nul == p || (size_t)(end - nul) < 1 + GIT_OID_RAWSZ)
		return -1;
	e->name = (const char *)p;
	e->len = (size_t)(nul - p);
	e->mode = (uint16_t)mode;
	e->id = nul + 1;
	t->p = nul + 1 + GIT_OID_RAWSZ;
	return 1;
}

/* git's tree order (libgit2's git_tree_entry_cmp): names compared
 * bytewise, a tree's name as if it ended in '/'. */
static int rentry_cmp(const rentry *a, const rentry *b)
{
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(a->name, b->name, n);
	if (c)
		return c;
	unsigned char ca = (unsigned char)a->name[n];
	unsigned char cb = (unsigned char)b->name[n];
	if (!ca && mode_is_tree(a->mode))
		ca = '/';
	if (!cb && mode_is_tree(b->mode))
		cb = '/';
	return ca < cb ? -1 : ca > cb;
}

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

static void oid_error(tdiff *t, const char *what, const unsigned char *raw)
{
	git_oid o;
	char hex[PRR_OID_HEX + 1];
	git_oid_fromraw(&o, raw);
	git_oid_tostr(hex, sizeof hex, &o);
	prr_buf_addf(t->err, "%s %s in '%s'", what, hex, t->repo_path);
}

static int read_tree(tdiff *t, rtree *out, const unsigned char *raw)
{
	git_oid id;
	git_oid_fromraw(&id, raw);
	t->trees++;
	out->obj = NULL;
	if (git_odb_read(&out->obj, t->odb, &id) < 0) {
		oid_error(t, "cannot read tree", raw);
		prr_buf_addf(t->err, ": %s", git_msg());
		return -1;
	}
	if (git_odb_object_type(out->obj) != GIT_OBJECT_TREE) {
		oid_error(t, "not a tree:", raw);
		git_odb_object_free(out->obj);
		out->obj = NULL;
		return -1;
	}
	out->p = git_odb_object_data(out->obj);
	out->end = out->p + git_odb_object_size(out->obj);
	return 0;
}

static void rtree_free(rtree *t)
{
	git_odb_object_free(t->obj);
	t->obj = NULL;
}

static int read_blob(tdiff *t, git_blob **out, const git_oid *id)
{
	t->blobs++;
	if (git_blob_lookup(out, t->git, id) < 0) {
		char hex[PRR_OID_HEX + 1];
		git_oid_tostr(hex, sizeof hex, id);
		prr_buf_addf(t->err, "cannot read blob %s in '%s': %s", hex,
			     t->repo_path, git_msg());
		return -1;
	}
	return 0;
}

static bool is_binary(const void *p, size_t n)
{
	return memchr(p, 0, n < BINARY_SNIFF ? n : BINARY_SNIFF) != NULL;
}

static uint64_t count_lines(const char *p, size_t n)
{
	uint64_t k = 0;
	for (const char *q = p, *end = p + n;
	     (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++)
		k++;
	if (n && p[n - 1] != '\n')
		k++;
	return k;
}

/* The length of the common prefix of p[0..n) and q[0..n). */
static size_t common_prefix(const unsigned char *p, const unsigned char *q,
			    size_t n)
{
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x, y;
		memcpy(&x, p + i, 8);
		memcpy(&y, q + i, 8);
		if (x != y)
			break;
	}
	while (i < n && p[i] == q[i])
		i++;
	return i;
}

/*
 * Line counts of a text change, as git's numstat gives them.  git's diff
 * (xdiff, in libgit2 too) first drops the lines both sides share at the
 * start and at the end; when what is left of one side is empty, every
 * line left on the other is added (or deleted) and no diff can say
 * otherwise.  That case - an append, an insertion, a removed block - is
 * the common one and is counted here with a few memcmp-speed scans;
 * anything else goes to libgit2's diff.  Returns 1 when it counted, 0
 * when the diff is needed.
 */
static int churn_trimmed(tdiff *t, const char *pa, size_t na, const char *pb,
			 size_t nb)
{
	size_t n = na < nb ? na : nb;
	size_t pre = common_prefix((const unsigned char *)pa,
				   (const unsigned char *)pb, n);
	/* back to the end of the last whole line both share */
	while (pre > 0 && pa[pre - 1] != '\n')
		pre--;
	/* the common tail of what is left, in whole lines */
	size_t ra = na - pre, rb = nb - pre, lim = ra < rb ? ra : rb, suf = 0;
	while (suf < lim && pa[na - 1 - suf] == pb[nb - 1 - suf])
		suf++;
	/* a line starts where both sides had a newline before it, or where
	 * one side's rest begins (it follows the shared start) */
	while (suf > 0 && !((suf == ra || pa[na - suf - 1] == '\n') &&
			    (suf == rb || pb[nb - suf - 1] == '\n')))
		suf--;
	if (ra != suf && rb != suf)
		return 0;
	t->deleted += count_lines(pa + pre, ra - suf);
	t->added += count_lines(pb + pre, rb - suf);
	return 1;
}

static int on_hunk(const git_diff_delta *d, const git_diff_hunk *h, void *pl)
{
	(void)d;
	tdiff *t = pl;
	/* With no context lines a hunk's sides are exactly its -/+ lines. */
	t->deleted += (uint64_t)h->old_lines;
	t->added += (uint64_t)h->new_lines;
	return 0;
}

/* Line counts of a file that changed from blob `ra` to blob `rb` (raw ids;
 * either may be NULL: added or deleted). */
static int churn_blobs(tdiff *t, const unsigned char *ra,
		       const unsigned char *rb)
{
	git_blob *ba = NULL, *bb = NULL;
	git_oid a, b;
	int rc = -1;
	if (ra)
		git_oid_fromraw(&a, ra);
	if (rb)
		git_oid_fromraw(&b, rb);
	if ((ra && read_blob(t, &ba, &a) < 0) || (rb && read_blob(t, &bb, &b) < 0))
		goto done;
	const char *pa = ba ? git_blob_rawcontent(ba) : "";
	const char *pb = bb ? git_blob_rawcontent(bb) : "";
	size_t na = ba ? (size_t)git_blob_rawsize(ba) : 0;
	size_t nb = bb ? (size_t)git_blob_rawsize(bb) : 0;
	rc = 0;
	if (is_binary(pa, na) || is_binary(pb, nb))
		goto done;
	if (!ba || !bb) {
		t->deleted += count_lines(pa, na);
		t->added += count_lines(pb, nb);
		goto done;
	}
	if (churn_trimmed(t, pa, na, pb, nb))
		goto done;
	git_diff_options opt = GIT_DIFF_OPTIONS_INIT;
	opt.context_lines = 0;
	opt.interhunk_lines = 0;
	opt.flags = GIT_DIFF_FORCE_TEXT;
	if (git_diff_buffers(pa, na, NULL, pb, nb, NULL, &opt, NULL, NULL,
			     on_hunk, NULL, t) < 0) {
		prr_buf_addf(t->err, "cannot diff blobs in '%s': %s",
			     t->repo_path, git_msg());
		rc = -1;
	}
done:
	git_blob_free(ba);
	git_blob_free(bb);
	return rc;
}

/* A submodule link counts as git's numstat counts it: one line, "Subproject
 * commit HEX", on each side where it exists. */
static void churn_link(tdiff *t, bool old_side, bool new_side)
{
	t->deleted += old_side;
	t->added += new_side;
}

static void add_path(tdiff *t, const rentry *e)
{
	prr_buf_add(&t->paths, t->prefix.p, t->prefix.n);
	prr_buf_add(&t->paths, e->name, e->len + 1);
	t->n_paths++;
}

static int diff_trees(tdiff *t, rtree *a, rtree *b);

/* Compares subtrees `ia` and `ib` (raw ids, either NULL: absent) of the
 * folder named by `e`. */
static int diff_subtrees(tdiff *t, const rentry *e, const unsigned char *ia,
			 const unsigned char *ib)
{
	rtree sa = { NULL, NULL, NULL }, sb = { NULL, NULL, NULL };
	int rc = -1;
	if ((ia && read_tree(t, &sa, ia) < 0) || (ib && read_tree(t, &sb, ib) < 0))
		goto done;
	size_t keep = t->prefix.n;
	prr_buf_add(&t->prefix, e->name, e->len);
	prr_buf_addc(&t->prefix, '/');
	rc = diff_trees(t, &sa, &sb);
	prr_buf_truncate(&t->prefix, keep);
done:
	rtree_free(&sa);
	rtree_free(&sb);
	return rc;
}

/* One side's entry (the other side has nothing by its name). */
static int diff_one_side(tdiff *t, const rentry *e, bool old)
{
	if (mode_is_tree(e->mode))
		return diff_subtrees(t, e, old ? e->id : NULL, old ? NULL : e->id);
	add_path(t, e);
	if (t->churn && mode_is_link(e->mode))
		churn_link(t, old, !old);
	if (t->churn && mode_is_blob(e->mode))
		return churn_blobs(t, old ? e->id : NULL, old ? NULL : e->id);
	return 0;
}

/* Two entries with the same name (and both trees or both not). */
static int diff_both(tdiff *t, const rentry *ea, const rentry *eb)
{
	bool same = memcmp(ea->id, eb->id, GIT_OID_RAWSZ) == 0;
	if (mode_is_tree(ea->mode))
		return same ? 0 : diff_subtrees(t, ea, ea->id, eb->id);
	if (same && ea->mode == eb->mode)
		return 0;
	add_path(t, eb);
	if (t->churn && !same && mode_is_link(ea->mode) && mode_is_link(eb->mode))
		churn_link(t, true, true);
	if (t->churn && !same && mode_is_blob(ea->mode) && mode_is_blob(eb->mode))
		return churn_blobs(t, ea->id, eb->id);
	return 0;
}

/*
 * Skips the entries the two trees have in common at their cursors, both
 * trees being at an entry's start.  Two versions of a folder mostly hold
 * the same entries in the same order, so the bytes from the cursors on are
 * usually equal up to the first changed entry: entries that lie wholly in
 * that equal run are equal in mode, name and id and need neither parsing
 * nor comparing - only their end found ("MODE NAME" has no NUL, then 20
 * bytes of id).  This is most of the time `--paths` spends on a large root
 * folder, for each commit.
 */
static void skip_equal(rtree *a, rtree *b)
{
	size_t na = (size_t)(a->end - a->p), nb = (size_t)(b->end - b->p);
	size_t m = common_prefix(a->p, b->p, na < nb ? na : nb), skip = 0;
	for (;;) {
		const unsigned char *nul = memchr(a->p + skip, 0, m - skip);
		if (!nul || (size_t)(nul - a->p) + 1 + GIT_OID_RAWSZ > m)
			break;
		skip = (size_t)(nul - a->p) + 1 + GIT_OID_RAWSZ;
	}
	a->p += skip;
	b->p += skip;
}

/* Merges the two sorted entry lists (an empty rtree for a missing side). */
static int diff_trees(tdiff *t, rtree *a, rtree *b)
{
	rentry ea, eb;
	if (a->obj && b->obj)
		skip_equal(a, b);
	int ha = rtree_next(a, &ea), hb = rtree_next(b, &eb);
	while ((ha > 0 || hb > 0) && ha >= 0 && hb >= 0) {
		int cmp = ha <= 0 ? 1 : hb <= 0 ? -1 : rentry_cmp(&ea, &eb);
		int rc;
		if (cmp < 0) {
			rc = diff_one_side(t, &ea, true);
			ha = rtree_next(a, &ea);
		} else if (cmp > 0) {
			rc = diff_one_side(t, &eb, false);
			hb = rtree_next(b, &eb);
		} else {
			rc = diff_both(t, &ea, &eb);
			/* both cursors at an entry's start again: skip
			 * what follows unchanged */
			skip_equal(a, b);
			ha = rtree_next(a, &ea);
			hb = rtree_next(b, &eb);
		}
		if (rc < 0)
			return -1;
	}
	if (ha < 0 || hb < 0) {
		prr_buf_addf(t->err, "corrupt tree under '%s' in '%s'",
			     t->prefix.n ? t->prefix.p : "/", t->repo_path);
		return -1;
	}
	return 0;
}

typedef struct worker_stats {
	size_t trees, blobs;
} worker_stats;

static void put_str(prr_buf *b, const char *s)
{
	s = s ? s : "";
	prr_buf_add(b, s, strlen(s) + 1);
}

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

static int computer_init(computer *k, git_repository *git,
			 const char *repo_path, unsigned want, prr_buf *err)
{
	memset(k, 0, sizeof *k);
	k->git = git;
	k->repo_path = repo_path;
	k->want = want;
	k->t.prefix = (prr_buf)PRR_BUF_INIT;
	k->t.paths = (prr_buf)PRR_BUF_INIT;
	if (git_repository_odb(&k->odb, git) < 0) {
		prr_buf_addf(err, "cannot open the objects of '%s': %s",
			     repo_path, git_msg());
		return -1;
	}
	return 0;
}

static void computer_free(computer *k)
{
	rtree_free(&k->last_root);
	git_odb_free(k->odb);
	prr_buf_free(&k->t.prefix);
	prr_buf_free(&k->t.paths);
}

/* The root tree id of commit `id`, from its raw header ("tree HEX\n"
 * comes first in every commit object): cheaper than parsing it all. */
static int commit_tree_id(computer *k, const git_oid *id, git_oid *tree,
			  prr_buf *err)
{
	git_odb_object *obj = NULL;
	if (git_odb_read(&obj, k->odb, id) < 0 ||
	    git_odb_object_type(obj) != GIT_OBJECT_COMMIT ||
	    git_odb_object_size(obj) < 5 + PRR_OID_HEX ||
	    memcmp(git_odb_object_data(obj), "tree ", 5) != 0 ||
	    git_oid_fromstrn(tree, (const char *)git_odb_object_data(obj) + 5,
			     PRR_OID_HEX) < 0) {
		prr_buf_addf(err, "cannot read commit %s in '%s': %s",
			     git_oid_tostr_s(id), k->repo_path,
			     obj ? "not a commit" : git_msg());
		git_odb_object_free(obj);
		return -1;
	}
	git_odb_object_free(obj);
	return 0;
}

/* Paths (and line counts) of commit `c` against its first parent, or
 * against the empty tree (np == 0), into k->t. */
static int compute_paths(computer *k, git_commit *c, unsigned np,
			 const char *hex)
{
	tdiff *t = &k->t;
	rtree ta = { NULL, NULL, NULL }, tb = { NULL, NULL, NULL };
	git_oid parent_tree;
	int rc = -1;
	if (np == 1) {
		const git_oid *pid = git_commit_parent_id(c, 0);
		if (k->has_last && git_oid_equal(pid, &k->last_id)) {
			parent_tree = k->last_tree;
		} else if (commit_tree_id(k, pid, &parent_tree, t->err) < 0) {
			prr_buf_addf(t->err, " (parent of %s)", hex);
			goto done;
		}
		if (k->last_root.obj && git_oid_equal(&parent_tree, &k->last_tree)) {
			/* the previous commit's root: take it over */
			ta = k->last_root;
			ta.p = git_odb_object_data(ta.obj);
			k->last_root.obj = NULL;
		} else if (read_tree(t, &ta, parent_tree.id) < 0) {
			goto done;
		}
	}
	if (read_tree(t, &tb, git_commit_tree_id(c)->id) < 0 ||
	    diff_trees(t, &ta, &tb) < 0)
		goto done;
	rc = 0;
done:
	if (rc < 0)
		prr_buf_addf(t->err, " (commit %s)", hex);
	rtree_free(&ta);
	/* keep this commit's root for its child, probably the next commit */
	rtree_free(&k->last_root);
	k->last_root = tb;
	return rc;
}

/*
 * Computes the record of commit `id` into `out`: metadata always, paths
 * when `want` has REC_PATHS, line counts with REC_CHURN.
 */
static int compute_record(computer *k, const git_oid *id, prr_buf *out,
			  prr_buf *err)
{
	git_commit *c = NULL;
	tdiff *t = &k->t;
	char hex[PRR_OID_HEX + 1];
	int rc = -1;
	t->git = k->git;
	t->odb = k->odb;
	t->repo_path = k->repo_path;
	t->churn = (k->want & REC_CHURN) != 0;
	t->err = err;
	prr_buf_reset(&t->prefix);
	prr_buf_reset(&t->paths);
	t->n_paths = 0;
	t->added = t->deleted = 0;
	t->trees = t->blobs = 0;
	git_oid_tostr(hex, sizeof hex, id);
	if (git_commit_lookup(&c, k->git, id) < 0) {
		prr_buf_addf(err, "cannot read commit %s in '%s': %s", hex,
			     k->repo_path, git_msg());
		goto done;
	}
	unsigned np = git_commit_parentcount(c);
	if ((k->want & REC_PATHS) && np <= 1 && compute_paths(k, c, np, hex) < 0)
		goto done;
	k->has_last = true;
	k->last_id = *id;
	k->last_tree = *git_commit_tree_id(c);
	if (!(k->want & REC_PATHS) || np > 1)
		rtree_free(&k->last_root);
	const git_signature *au = git_commit_author(c);
	const git_signature *cm = git_commit_committer(c);
	prr_buf_reset(out);
	unsigned char head[4] = { (unsigned char)(k->want & (REC_PATHS | REC_CHURN)),
				  0, 0, 0 };
	prr_buf_add(out, head, 4);
	put32(out, np);
	put64(out, (uint64_t)au->when.time);
	put64(out, (uint64_t)cm->when.time);
	put32(out, (uint32_t)au->when.offset);
	put32(out, (uint32_t)cm->when.offset);
	put64(out, t->added);
	put64(out, t->deleted);
	for (unsigned i = 0; i < np; i++)
		prr_buf_add(out, git_commit_parent_id(c, i)->id, GIT_OID_RAWSZ);
	put_str(out, au->name);
	put_str(out, au->email);
	put_str(out, git_commit_summary(c));
	put32(out, t->n_paths);
	prr_buf_add(out, t->paths.p, t->paths.n);
	rc = 0;
done:
	if (rc < 0)
		k->has_last = false;
	k->ws.trees += t->trees;
	k->ws.blobs += t->blobs;
	git_commit_free(c);
	return rc;
}

/*** The cache ***/

#define CACHE_MAGIC "PRRHIST\n"
#define CACHE_VERSION 1u
#define CACHE_BOM 0x01020304u
#define CACHE_HEADER 32
#define CACHE_MAX_ORDERS 8
#define CACHE_FILE "history.cache"

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

/* A fast 64-bit checksum of the payload (not cryptographic: it catches
 * truncation and damage, the version and magic catch foreign files). */
static uint64_t checksum(const unsigned char *p, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		h ^= get64(p + i);
		h *= 0xBF58476D1CE4E5B9ull;
		h ^= h >> 31;
	}
	for (; i < n; i++) {
		h ^= p[i];
		h *= 0x94D049BB133111EBull;
	}
	return h ^ (h >> 29);
}

static size_t slot_of(const hcache *c, const unsigned char *oid)
{
	return (size_t)get64(oid) & (c->nslots - 1);
}

static void cache_rehash(hcache *c, size_t want)
{
	size_t ns = 1024;
	while (ns < want * 2)
		ns *= 2;
	free(c->slots);
	c->slots = prr_xcalloc(ns, sizeof *c->slots);
	c->nslots = ns;
	for (size_t r = 0; r < c->n; r++) {
		size_t s = slot_of(c, c->recs[r].oid);
		while (c->slots[s])
			s = (s + 1) & (ns - 1);
		c->slots[s] = (uint32_t)(r + 1);
	}
}

/* The index of the record of `oid`, or -1. */
static long cache_find(const hcache *c, const unsigned char *oid)
{
	if (!c->nslots)
		return -1;
	for (size_t s = slot_of(c, oid); c->slots[s]; s = (s + 1) & (c->nslots - 1))
		if (memcmp(c->recs[c->slots[s] - 1].oid, oid, GIT_OID_RAWSZ) == 0)
			return (long)c->slots[s] - 1;
	return -1;
}

/* Adds or replaces the record of `oid`; takes `data` (malloc'd). */
static uint32_t cache_put(hcache *c, const unsigned char *oid,
			  unsigned char *data, uint32_t len)
{
	long at = cache_find(c, oid);
	crec *r;
	if (at >= 0) {
		r = &c->recs[at];
		if (r->owned)
			free((void *)r->data);
	} else {
		if (c->n == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 1024;
			c->recs = prr_xrealloc(c->recs, c->cap * sizeof *c->recs);
		}
		at = (long)c->n++;
		r = &c->recs[at];
		memcpy(r->oid, oid, GIT_OID_RAWSZ);
		if (c->n * 2 > c->nslots) {
			cache_rehash(c, c->n);
		} else {
			size_t s = slot_of(c, oid);
			while (c->slots[s])
				s = (s + 1) & (c->nslots - 1);
			c->slots[s] = (uint32_t)(at + 1);
		}
	}
	r->data = data;
	r->len = len;
	r->owned = true;
	c->dirty = true;
	return (uint32_t)at;
}

static void cache_drop(hcache *c)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->recs[i].owned)
			free((void *)c->recs[i].data);
	for (size_t i = 0; i < c->n_orders; i++)
		free(c->orders[i].idx);
	free(c->recs);
	free(c->slots);
	prr_buf_free(&c->file);
	c->recs = NULL;
	c->slots = NULL;
	c->n = c->cap = c->nslots = c->n_orders = 0;
}

static void cache_free(hcache *c)
{
	cache_drop(c);
	free(c->path);
}

/* Parses the file's payload; -1 if anything is off (then nothing is kept). */
static int cache_parse(hcache *c)
{
	const unsigned char *p = (const unsigned char *)c->file.p;
	size_t n = c->file.n;
	if (n < CACHE_HEADER || memcmp(p, CACHE_MAGIC, 8) != 0 ||
	    get32(p + 8) != CACHE_VERSION || get32(p + 12) != CACHE_BOM ||
	    get64(p + 16) != n - CACHE_HEADER ||
	    get64(p + 24) != checksum(p + CACHE_HEADER, n - CACHE_HEADER))
		return -1;
	const unsigned char *q = p + CACHE_HEADER, *end = p + n;
	if (end - q < 4)
		return -1;
	uint32_t nrec = get32(q);
	q += 4;
	if (nrec > (size_t)(end - q) / 24)
		return -1;
	c->cap = nrec ? nrec : 1;
	c->recs = prr_xcalloc(c->cap, sizeof *c->recs);
	for (uint32_t i = 0; i < nrec; i++) {
		if (end - q < 24)
			return -1;
		crec *r = &c->recs[c->n++];
		memcpy(r->oid, q, GIT_OID_RAWSZ);
		r->len = get32(q + 20);
		q += 24;
		if (r->len > (size_t)(end - q) || r->len < REC_FIXED)
			return -1;
		r->data = q;
		q += r->len;
	}
	cache_rehash(c, c->n);
	if (end - q < 4)
		return -1;
	uint32_t nord = get32(q);
	q += 4;
	if (nord > CACHE_MAX_ORDERS)
		return -1;
	for (uint32_t i = 0; i < nord; i++) {
		if (end - q < 44)
			return -1;
		corder *o = &c->orders[c->n_orders++];
		memcpy(o->tip, q, GIT_OID_RAWSZ);
		memcpy(o->hide, q + 20, GIT_OID_RAWSZ);
		o->n = get32(q + 40);
		q += 44;
		if (o->n > (size_t)(end - q) / 4)
			return -1;
		o->idx = prr_xmalloc((o->n ? o->n : 1) * sizeof *o->idx);
		for (size_t k = 0; k < o->n; k++) {
			o->idx[k] = get32(q + 4 * k);
			if (o->idx[k] >= c->n)
				return -1;
		}
		q += 4 * o->n;
	}
	return q == end ? 0 : -1;
}

static void cache_open(hcache *c, const char *dir)
{
	memset(c, 0, sizeof *c);
	c->file = (prr_buf)PRR_BUF_INIT;
	if (!dir)
		return;
	c->path = prr_path_join(dir, CACHE_FILE);
	prr_buf err = PRR_BUF_INIT;
	int r = prr_read_file(c->path, (size_t)1 << 31, &c->file, &err);
	prr_buf_free(&err);
	if (r < 0) {
		/* missing: a first run; unreadable: rebuilt by the write */
		prr_buf_free(&c->file);
		cache_rehash(c, 0);
		return;
	}
	if (cache_parse(c) < 0) {
		cache_drop(c);
		cache_rehash(c, 0);
		c->rebuilt = true;
		c->dirty = true;
	}
}

static corder *cache_order(hcache *c, const git_oid *tip, const git_oid *hide)
{
	static const unsigned char zero[GIT_OID_RAWSZ];
	for (size_t i = 0; i < c->n_orders; i++)
		if (memcmp(c->orders[i].tip, tip->id, GIT_OID_RAWSZ) == 0 &&
		    memcmp(c->orders[i].hide, hide ? hide->id : zero,
			   GIT_OID_RAWSZ) == 0)
			return &c->orders[i];
	return NULL;
}

/* Records the walk order of (tip, hide) as the newest one kept. */
static void cache_add_order(hcache *c, const git_oid *tip, const git_oid *hide,
			    uint32_t *idx, size_t n)
{
	if (c->n_orders == CACHE_MAX_ORDERS)
		free(c->orders[--c->n_orders].idx);
	memmove(&c->orders[1], &c->orders[0], c->n_orders * sizeof c->orders[0]);
	c->n_orders++;
	corder *o = &c->orders[0];
	memcpy(o->tip, tip->id, GIT_OID_RAWSZ);
	memset(o->hide, 0, GIT_OID_RAWSZ);
	if (hide)
		memcpy(o->hide, hide->id, GIT_OID_RAWSZ);
	o->idx = idx;
	o->n = n;
	c->dirty = true;
}

static int cache_save(hcache *c, prr_buf *err)
{
	if (!c->path || !c->dirty)
		return 0;
	prr_buf b = PRR_BUF_INIT;
	const char *dir_end = strrchr(c->path, '/');
	if (dir_end) {
		char *dir = prr_xstrdup(c->path);
		dir[dir_end - c->path] = '\0';
		if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
			prr_buf_addf(err, "cannot create cache folder '%s': %s",
				     dir, strerror(errno));
			free(dir);
			return -1;
		}
		free(dir);
	}
	prr_buf_add(&b, CACHE_MAGIC, 8);
	put32(&b, CACHE_VERSION);
	put32(&b, CACHE_BOM);
	put64(&b, 0);
	put64(&b, 0);
	put32(&b, (uint32_t)c->n);
	for (size_t i = 0; i < c->n; i++) {
		prr_buf_add(&b, c->recs[i].oid, GIT_OID_RAWSZ);
		put32(&b, c->recs[i].len);
		prr_buf_add(&b, c->recs[i].data, c->recs[i].len);
	}
	put32(&b, (uint32_t)c->n_orders);
	for (size_t i = 0; i < c->n_orders; i++) {
		prr_buf_add(&b, c->orders[i].tip, GIT_OID_RAWSZ);
		prr_buf_add(&b, c->orders[i].hide, GIT_OID_RAWSZ);
		put32(&b, (uint32_t)c->orders[i].n);
		prr_buf_add(&b, c->orders[i].idx, c->orders[i].n * 4);
	}
	uint64_t len = b.n - CACHE_HEADER;
	uint64_t sum = checksum((unsigned char *)b.p + CACHE_HEADER, len);
	memcpy(b.p + 16, &len, 8);
	memcpy(b.p + 24, &sum, 8);
	prr_buf e = PRR_BUF_INIT;
	int rc = prr_write_file_atomic(c->path, b.p, b.n, &e);
	if (rc < 0)
		prr_buf_addf(err, "cannot write the history cache: %s", e.p);
	prr_buf_free(&e);
	prr_buf_free(&b);
	return rc;
}

/*** The walk ***/

typedef struct walk {
	const char *repo_path;
	unsigned want;
	const git_oid *order;
	size_t n;
	const size_t *todo; /* order positions to compute, ascending */
	size_t n_todo;
	unsigned char **data; /* per order position, once computed */
	uint32_t *len;
	/* batch b: todos b * WALK_BATCH .. (b + 1) * WALK_BATCH - 1 */
	prr_jobs_line line;
	worker_stats ws[WALK_MAX_WORKERS]; /* per worker */
} walk;

static void worker_main(void *arg, unsigned job)
{
	walk *w = arg;
	git_repository *git = NULL;
	prr_buf err = PRR_BUF_INIT, rec = PRR_BUF_INIT;
	computer k;
	bool have_k = false;
	if (open_git(&git, w->repo_path, &err) < 0 ||
	    computer_init(&k, git, w->repo_path, w->want, &err) < 0)
		goto fail;
	have_k = true;
	size_t b;
	while (prr_jobs_line_claim(&w->line, &b)) {
		/* A batch is published at once: one wake-up per batch rather
		 * than per commit.  It is computed oldest first (the walk
		 * order puts children before parents), so a commit usually
		 * follows its parent and reuses what the computer kept of
		 * it. */
		size_t first = b * WALK_BATCH;
		size_t last = first + WALK_BATCH < w->n_todo ? first + WALK_BATCH
							     : w->n_todo;
		for (size_t i = last; i-- > first;) {
			size_t pos = w->todo[i];
			if (compute_record(&k, &w->order[pos], &rec, &err) < 0)
				goto fail;
			w->data[pos] = prr_xmalloc(rec.n);
			memcpy(w->data[pos], rec.p, rec.n);
			w->len[pos] = (uint32_t)rec.n;
		}
		prr_jobs_line_done(&w->line, b);
	}
	goto done;
fail:
	prr_jobs_line_fail(&w->line, err.p);
done:
	if (have_k) {
		w->ws[job] = k.ws;
		computer_free(&k);
	}
	git_repository_free(git);
	prr_buf_free(&err);
	prr_buf_free(&rec);
}

/* The walk order: from the cache when it knows (tip, hide), else a revwalk. */
static int walk_order(prr_repo *repo, const git_oid *tip, const git_oid *hide,
		      git_oid **out, size_t *n, prr_buf *err)
{
	git_revwalk *rw = NULL;
	size_t cap = 1024;
	*n = 0;
	*out = prr_xmalloc(cap * sizeof **out);
	if (git_revwalk_new(&rw, repo->git) < 0 ||
	    git_revwalk_sorting(rw, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME) < 0 ||
	    git_revwalk_push(rw, tip) < 0 || (hide && git_revwalk_hide(rw, hide) < 0))
		goto fail;
	git_oid oid;
	int r;
	while ((r = git_revwalk_next(&oid, rw)) == 0) {
		if (*n == cap) {
			cap *= 2;
			*out = prr_xrealloc(*out, cap * sizeof **out);
		}
		(*out)[(*n)++] = oid;
	}
	if (r != GIT_ITEROVER)
		goto fail;
	git_revwalk_free(rw);
	return 0;
fail:
	prr_buf_addf(err, "cannot walk the history of '%s': %s", repo->path,
		     git_msg());
	git_revwalk_free(rw);
	free(*out);
	*out = NULL;
	return -1;
}

static void progress(size_t i, size_t n, bool last)
{
	fprintf(stderr, "\rreading history: %zu/%zu commits%s", i, n,
		last ? "\n" : "");
}

int prr_history_walk(prr_repo *repo, const prr_history_opts *o,
		     prr_commit_fn fn, void *payload, prr_history_stats *stats,
		     prr_buf *err)
{
	prr_history_stats st_local;
	prr_history_stats *st = stats ? stats : &st_local;
	memset(st, 0, sizeof *st);
	unsigned want = (o->paths || o->churn ? REC_PATHS : 0) |
			(o->churn ? REC_CHURN : 0);
	git_oid tip, hide_oid, *order = NULL;
	const git_oid *hide = NULL;
	size_t n = 0, n_todo = 0;
	size_t *todo = NULL;
	uint32_t *idx = NULL;
	bool *batch_seen = NULL;
	prr_jobs workers = { .n = 0 };
	hcache cache;
	rec_view view = { NULL, 0, NULL, 0 };
	prr_buf rec = PRR_BUF_INIT;
	computer k; /* the main thread's, when it computes alone */
	bool have_k = false;
	walk w;
	memset(&w, 0, sizeof w);
	prr_jobs_line_init(&w.line, 0, 1); /* empty until the todos are known */
	cache_open(&cache, o->cache_dir);
	st->cache_rebuilt = cache.rebuilt;
	int rc = -1;

	if (resolve_oid(repo, o->rev, &tip, err) < 0)
		goto done;
	if (o->hide) {
		if (resolve_oid(repo, o->hide, &hide_oid, err) < 0)
			goto done;
		hide = &hide_oid;
	}
	corder *known = cache_order(&cache, &tip, hide);
	if (known) {
		n = known->n;
		order = prr_xmalloc((n ? n : 1) * sizeof *order);
		for (size_t i = 0; i < n; i++)
			git_oid_fromraw(&order[i], cache.recs[known->idx[i]].oid);
	} else {
		st->walked = true;
		if (walk_order(repo, &tip, hide, &order, &n, err) < 0)
			goto done;
	}

	/* Which commits need computing: not cached, or cached with less. */
	todo = prr_xmalloc((n ? n : 1) * sizeof *todo);
	idx = prr_xmalloc((n ? n : 1) * sizeof *idx);
	/* idx[i]: the cache record of order[i] (indices stay put as records
	 * are added), found once here rather than again when handed over */
	for (size_t i = 0; i < n; i++) {
		long at = known ? (long)known->idx[i]
				: cache_find(&cache, order[i].id);
		if (at < 0 || (cache.recs[at].data[0] & want) != want)
			todo[n_todo++] = i;
		else
			idx[i] = (uint32_t)at;
	}
	w.repo_path = repo->path;
	w.want = want;
	w.order = order;
	w.n = n;
	w.todo = todo;
	w.n_todo = n_todo;
	w.data = prr_xcalloc(n ? n : 1, sizeof *w.data);
	w.len = prr_xcalloc(n ? n : 1, sizeof *w.len);
	size_t n_batches = (n_todo + WALK_BATCH - 1) / WALK_BATCH;
	prr_jobs_line_free(&w.line);
	prr_jobs_line_init(&w.line, n_batches, WALK_WINDOW / WALK_BATCH);
	batch_seen = prr_xcalloc(n_batches + 1, sizeof *batch_seen);
	if (n_todo >= WALK_THREADED_MIN) {
		int nw = o->workers > 0 ? o->workers : 2;
		prr_jobs_start(&workers, nw > WALK_MAX_WORKERS ? WALK_MAX_WORKERS
							      : (unsigned)nw,
			       worker_main, &w);
	}

	size_t t = 0; /* next todo the main thread may compute itself */
	for (size_t i = 0; i < n; i++) {
		const unsigned char *d;
		uint32_t len;
		bool fresh = t < n_todo && todo[t] == i;
		if (fresh) {
			t++;
			if (workers.n) {
				size_t b = (t - 1) / WALK_BATCH;
				if (!batch_seen[b]) {
					if (prr_jobs_line_wait(&w.line, b) < 0) {
						prr_buf_add(err, w.line.why.p,
							    w.line.why.n);
						goto done;
					}
					batch_seen[b] = true;
				}
			} else {
				if (!have_k) {
					if (computer_init(&k, repo->git, repo->path,
							  want, err) < 0)
						goto done;
					have_k = true;
				}
				if (compute_record(&k, &order[i], &rec, err) < 0)
					goto done;
				w.data[i] = prr_xmalloc(rec.n);
				memcpy(w.data[i], rec.p, rec.n);
				w.len[i] = (uint32_t)rec.n;
			}
			d = w.data[i];
			len = w.len[i];
			st->computed++;
		} else {
			crec *cr = &cache.recs[idx[i]];
			d = cr->data;
			len = cr->len;
			st->from_cache++;
		}
		prr_commit c;
		if (rec_decode(d, len, &order[i], &c, &view) < 0) {
			prr_buf_addf(err, "corrupt history record of commit %s",
				     git_oid_tostr_s(&order[i]));
			goto done;
		}
		/* metadata-only asks hand over no paths even if cached */
		if (!(want & REC_PATHS)) {
			c.has_paths = false;
			c.n_paths = 0;
		}
		if (!(want & REC_CHURN))
			c.has_churn = false;
		st->commits++;
		int r = fn(&c, payload);
		if (fresh) {
			if (cache.path) {
				idx[i] = cache_put(&cache, order[i].id, w.data[i],
						   w.len[i]);
			} else {
				free(w.data[i]);
			}
			w.data[i] = NULL;
		}
		if (o->progress && (i % 1024 == 0 || i + 1 == n))
			progress(i + 1, n, i + 1 == n);
		if (r) {
			rc = r;
			goto done;
		}
	}
	if (cache.path && !known) {
		cache_add_order(&cache, &tip, hide, idx, n);
		idx = NULL;
	}
	rc = 0;
done:
	prr_jobs_line_stop(&w.line);
	prr_jobs_join(&workers);
	if (rc != -1) {
		/* The history handed over is whole either way: a cache that
		 * cannot be saved (a read-only reviews folder) costs the next
		 * run time, not this run its result. */
		prr_buf why = PRR_BUF_INIT;
		if (cache_save(&cache, &why) < 0)
			fprintf(stderr, "prr: warning: %s; going on without it\n",
				why.p);
		prr_buf_free(&why);
	}
	if (have_k) {
		st->trees_read += k.ws.trees;
		st->blobs_read += k.ws.blobs;
		computer_free(&k);
	}
	for (size_t j = 0; j < WALK_MAX_WORKERS; j++) {
		st->trees_read += w.ws[j].trees;
		st->blobs_read += w.ws[j].blobs;
	}
	for (size_t i = 0; w.data && i < n; i++)
		free(w.data[i]);
	free(w.data);
	free(w.len);
	free(batch_seen);
	prr_jobs_line_free(&w.line);
	cache_free(&cache);
	rec_view_free(&view);
	prr_buf_free(&rec);
	free(order);
	free(todo);
	free(idx);
	return rc;
}

/*** Tags ***/

typedef struct tag_list {
	git_repository *git;
	prr_tag *v;
	size_t n, cap;
} tag_list;

static int on_tag(const char *name, git_oid *oid, void *payload)
{
	tag_list *l = payload;
	git_object *obj = NULL, *peeled = NULL;
	if (git_object_lookup(&obj, l->git, oid, GIT_OBJECT_ANY) == 0 &&
	    git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT) == 0) {
		if (l->n == l->cap) {
			l->cap = l->cap ? l->cap * 2 : 16;
			l->v = prr_xrealloc(l->v, l->cap * sizeof *l->v);
		}
		prr_tag *t = &l->v[l->n++];
		if (strncmp(name, "refs/tags/", 10) == 0)
			name += 10;
		t->name = prr_xstrdup(name);
		git_oid_tostr(t->target, sizeof t->target, git_object_id(peeled));
	}
	git_object_free(peeled);
	git_object_free(obj);
	return 0;
}

static int tag_cmp(const void *a, const void *b)
{
	return strcmp(((const prr_tag *)a)->name, ((const prr_tag *)b)->name);
}

int prr_repo_tags(prr_repo *repo, prr_tag **out, size_t *n, prr_buf *err)
{
	tag_list l = { repo->git, NULL, 0, 0 };
	*out = NULL;
	*n = 0;
	if (git_tag_foreach(repo->git, on_tag, &l) < 0) {
		prr_buf_addf(err, "cannot list the tags of '%s': %s", repo->path,
			     git_msg());
		prr_tags_free(l.v, l.n);
		return -1;
	}
	if (l.n)
		qsort(l.v, l.n, sizeof *l.v, tag_cmp);
	*out = l.v;
	*n = l.n;
	return 0;
}

void prr_tags_free(prr_tag *tags, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free((void *)tags[i].name);
	free(tags);
}
