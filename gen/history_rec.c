/* history_rec.c - a commit's record: computed (metadata, changed paths,
 * line counts) and decoded; see history_int.h. */
#include "history_int.h"

#include <stdlib.h>
#include <string.h>

/*** Records: one commit, as computed and as cached ***/

void hist_rec_view_free(rec_view *v)
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
int hist_rec_decode(const unsigned char *d, size_t n, const git_oid *id,
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

static void put_str(prr_buf *b, const char *s)
{
	s = s ? s : "";
	prr_buf_add(b, s, strlen(s) + 1);
}

int hist_computer_init(computer *k, git_repository *git,
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
			     repo_path, hist_git_msg());
		return -1;
	}
	return 0;
}

void hist_computer_free(computer *k)
{
	hist_rtree_free(&k->last_root);
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
			     obj ? "not a commit" : hist_git_msg());
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
		} else if (hist_read_tree(t, &ta, parent_tree.id) < 0) {
			goto done;
		}
	}
	if (hist_read_tree(t, &tb, git_commit_tree_id(c)->id) < 0 ||
	    hist_diff_trees(t, &ta, &tb) < 0)
		goto done;
	rc = 0;
done:
	if (rc < 0)
		prr_buf_addf(t->err, " (commit %s)", hex);
	hist_rtree_free(&ta);
	/* keep this commit's root for its child, probably the next commit */
	hist_rtree_free(&k->last_root);
	k->last_root = tb;
	return rc;
}

/*
 * Computes the record of commit `id` into `out`: metadata always, paths
 * when `want` has REC_PATHS, line counts with REC_CHURN.
 */
int hist_compute_record(computer *k, const git_oid *id, prr_buf *out,
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
			     k->repo_path, hist_git_msg());
		goto done;
	}
	unsigned np = git_commit_parentcount(c);
	if ((k->want & REC_PATHS) && np <= 1 && compute_paths(k, c, np, hex) < 0)
		goto done;
	k->has_last = true;
	k->last_id = *id;
	k->last_tree = *git_commit_tree_id(c);
	if (!(k->want & REC_PATHS) || np > 1)
		hist_rtree_free(&k->last_root);
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
