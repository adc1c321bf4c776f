/* history_tree.c - what a commit changed: raw trees compared entry by
 * entry, changed blobs' lines counted; see history_int.h. */
#include "history_int.h"

#include <stdlib.h>
#include <string.h>

#define BINARY_SNIFF 8000 /* git's FIRST_FEW_BYTES */

/*** Trees compared ***/

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

static void oid_error(tdiff *t, const char *what, const unsigned char *raw)
{
	git_oid o;
	char hex[PRR_OID_HEX + 1];
	git_oid_fromraw(&o, raw);
	git_oid_tostr(hex, sizeof hex, &o);
	prr_buf_addf(t->err, "%s %s in '%s'", what, hex, t->repo_path);
}

int hist_read_tree(tdiff *t, rtree *out, const unsigned char *raw)
{
	git_oid id;
	git_oid_fromraw(&id, raw);
	t->trees++;
	out->obj = NULL;
	if (git_odb_read(&out->obj, t->odb, &id) < 0) {
		oid_error(t, "cannot read tree", raw);
		prr_buf_addf(t->err, ": %s", hist_git_msg());
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

void hist_rtree_free(rtree *t)
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
			     t->repo_path, hist_git_msg());
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
			     t->repo_path, hist_git_msg());
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

/* Compares subtrees `ia` and `ib` (raw ids, either NULL: absent) of the
 * folder named by `e`. */
static int diff_subtrees(tdiff *t, const rentry *e, const unsigned char *ia,
			 const unsigned char *ib)
{
	rtree sa = { NULL, NULL, NULL }, sb = { NULL, NULL, NULL };
	int rc = -1;
	if ((ia && hist_read_tree(t, &sa, ia) < 0) || (ib && hist_read_tree(t, &sb, ib) < 0))
		goto done;
	size_t keep = t->prefix.n;
	prr_buf_add(&t->prefix, e->name, e->len);
	prr_buf_addc(&t->prefix, '/');
	rc = hist_diff_trees(t, &sa, &sb);
	prr_buf_truncate(&t->prefix, keep);
done:
	hist_rtree_free(&sa);
	hist_rtree_free(&sb);
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
int hist_diff_trees(tdiff *t, rtree *a, rtree *b)
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
