/*
 * evid_resolve.c - an evidence path and token found in one tree: where a
 * path written in a review is (beside the path before it, under the
 * project root, from the repository root, as a unique suffix), and what
 * a claimed token may mean; see evidence.h.
 */
#include "evid_int.h"
#include "prr/gitguard.h"
#include "prr/glob.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define LINK_HOPS 8                     /* symbolic links followed per path */
#define TOKEN_BLOB_MAX ((size_t)64 << 20) /* larger files are not searched */
#define CANDIDATES_SHOWN 4              /* suffix matches named in a message */

const char *evid_git_msg(void)
{
	const git_error *e = git_error_last();
	return e && e->message ? e->message : "unknown error";
}

/*** Paths ***/

/* Appends the components of `p` to `out`, resolving "." and "..";
 * -1 when ".." goes above the start. */
static int push_components(prr_buf *out, const char *p)
{
	while (*p) {
		const char *e = strchr(p, '/');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (out->n == 0)
				return -1;
			char *slash = strrchr(out->p, '/');
			prr_buf_truncate(out, slash ? (size_t)(slash - out->p) : 0);
		} else if (n && !(n == 1 && p[0] == '.')) {
			if (out->n)
				prr_buf_addc(out, '/');
			prr_buf_add(out, p, n);
		}
		p += n;
		if (*p == '/')
			p++;
	}
	return 0;
}

int prr_evidence_path(prr_buf *out, const char *root, const char *path)
{
	prr_buf_reset(out);
	if (root && push_components(out, root) < 0)
		return -1;
	return push_components(out, path);
}

/*** One tree ***/

static int tree_find(evid_ctx *x, const char *path, git_oid *id,
		     git_filemode_t *mode, int hops)
{
	if (hops > LINK_HOPS)
		return EVID_REFUSED;
	if (!*path) {
		git_oid_cpy(id, git_tree_id(x->tree));
		*mode = GIT_FILEMODE_TREE;
		return EVID_FOUND;
	}
	/* each prefix, so a link in the middle of the path is followed too */
	for (const char *p = path;; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char *prefix = prr_xmalloc((size_t)(p - path) + 1);
		memcpy(prefix, path, (size_t)(p - path));
		prefix[p - path] = '\0';
		git_tree_entry *e = NULL;
		int r = git_tree_entry_bypath(&e, x->tree, prefix);
		if (r == GIT_ENOTFOUND) {
			free(prefix);
			return EVID_MISSING;
		}
		if (r < 0) {
			prr_buf_addf(x->err, "cannot read '%s' at %s in '%s': %s",
				     path, x->short_id, prr_repo_path(x->repo),
				     evid_git_msg());
			free(prefix);
			return EVID_FAILED;
		}
		if (git_tree_entry_filemode(e) == GIT_FILEMODE_LINK) {
			git_blob *b = NULL;
			int rc = EVID_FAILED;
			if (prr_git_blob_verified(&b, x->git,
						  git_tree_entry_id(e)) < 0) {
				prr_buf_addf(x->err, "cannot read link '%s' at %s "
					     "in '%s': %s", prefix, x->short_id,
					     prr_repo_path(x->repo), evid_git_msg());
				goto link_done;
			}
			prr_buf target = PRR_BUF_INIT, next = PRR_BUF_INIT;
			prr_buf_add(&target, git_blob_rawcontent(b),
				    (size_t)git_blob_rawsize(b));
			char *slash = strrchr(prefix, '/');
			if (slash)
				prr_buf_add(&next, prefix, (size_t)(slash - prefix));
			rc = EVID_REFUSED;
			if (target.p[0] != '/' && strlen(target.p) == target.n &&
			    push_components(&next, target.p) == 0 &&
			    push_components(&next, *p ? p + 1 : "") == 0)
				rc = tree_find(x, next.p, id, mode, hops + 1);
			prr_buf_free(&target);
			prr_buf_free(&next);
		link_done:
			git_blob_free(b);
			git_tree_entry_free(e);
			free(prefix);
			return rc;
		}
		if (!*p) {
			git_oid_cpy(id, git_tree_entry_id(e));
			*mode = git_tree_entry_filemode(e);
			git_tree_entry_free(e);
			free(prefix);
			return EVID_FOUND;
		}
		bool dir = git_tree_entry_type(e) == GIT_OBJECT_TREE;
		git_tree_entry_free(e);
		free(prefix);
		if (!dir)
			return EVID_MISSING;
	}
}

int evid_tree_find(evid_ctx *x, const char *path, git_oid *id,
		   git_filemode_t *mode)
{
	return tree_find(x, path, id, mode, 0);
}

/*** Tokens ***/

static bool has_bytes(const char *hay, size_t n, const char *needle, size_t k)
{
	if (k == 0)
		return true;
	for (const char *p = hay, *end = hay + n;
	     (size_t)(end - p) >= k && (p = memchr(p, needle[0], (size_t)(end - p) - k + 1));
	     p++)
		if (memcmp(p, needle, k) == 0)
			return true;
	return false;
}

static bool ident_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '$' || c >= 0x80;
}

/* The identifier `token` names when it is more than one (a qualified
 * name, a call): its last part; length 0 when none. */
static size_t token_ident(const char *token, const char **start)
{
	size_t end = strlen(token);
	while (end > 0 && !ident_char((unsigned char)token[end - 1]))
		end--;
	size_t b = end;
	while (b > 0 && ident_char((unsigned char)token[b - 1]))
		b--;
	*start = token + b;
	if (b == end || (token[b] >= '0' && token[b] <= '9') ||
	    (b == 0 && token[end] == '\0'))
		return 0; /* none, a number, or the token itself */
	return end - b;
}

/* `word` in `hay` with no identifier character on either side. */
static bool has_word(const char *hay, size_t n, const char *word, size_t k)
{
	for (const char *p = hay, *end = hay + n;
	     (size_t)(end - p) >= k && (p = memchr(p, word[0], (size_t)(end - p) - k + 1));
	     p++)
		if (memcmp(p, word, k) == 0 &&
		    (p == hay || !ident_char((unsigned char)p[-1])) &&
		    (p + k == end || !ident_char((unsigned char)p[k])))
			return true;
	return false;
}

bool evid_token_in(const char *hay, size_t n, const char *token, bool all)
{
	bool lit = has_bytes(hay, n, token, strlen(token));
	const char *id;
	size_t k = token_ident(token, &id);
	if (!k)
		return lit;
	if (all && !lit)
		return false;
	if (!all && lit)
		return true;
	return has_word(hay, n, id, k);
}

int evid_blob_has(evid_ctx *x, const git_oid *id, const char *token, bool all)
{
	git_blob *b = NULL;
	if (prr_git_blob_verified(&b, x->git, id) < 0) {
		prr_buf_addf(x->err, "cannot read blob %s in '%s': %s",
			     git_oid_tostr_s(id), prr_repo_path(x->repo),
			     evid_git_msg());
		return -1;
	}
	size_t n = (size_t)git_blob_rawsize(b);
	int r = n <= TOKEN_BLOB_MAX &&
		evid_token_in(git_blob_rawcontent(b), n, token, all);
	git_blob_free(b);
	return r;
}

/*** Globs ***/

bool evid_under_glob(const char *pattern, char *p)
{
	if (prr_glob_match(pattern, p))
		return true;
	bool hit = false;
	for (size_t i = strlen(p); i-- > 0 && !hit;) {
		if (p[i] != '/')
			continue;
		p[i] = '\0';
		hit = prr_glob_match(pattern, p);
		p[i] = '/';
	}
	return hit;
}

static int on_entry(const char *root, const git_tree_entry *e, void *payload)
{
	evid_scan *s = payload;
	prr_buf_reset(&s->path);
	prr_buf_adds(&s->path, root);
	prr_buf_adds(&s->path, git_tree_entry_name(e));
	bool hit;
	if (!s->pattern)
		hit = true;
	else if (git_tree_entry_type(e) == GIT_OBJECT_TREE)
		hit = prr_glob_match(s->pattern, s->path.p);
	else
		hit = evid_under_glob(s->pattern, s->path.p);
	if (!hit)
		return 0;
	s->matched++;
	if (s->token && s->token_found == 0 &&
	    git_tree_entry_type(e) == GIT_OBJECT_BLOB &&
	    git_tree_entry_filemode(e) != GIT_FILEMODE_LINK) {
		s->token_found = evid_blob_has(s->x, git_tree_entry_id(e),
					       s->token, s->all);
		if (s->token_found < 0)
			return -1;
		if (s->token_found)
			s->found_in = prr_arena_strdup(&s->x->rep->arena,
						       s->path.p);
	}
	return 0;
}

int evid_scan_tree(evid_scan *s, const git_tree *tree)
{
	int r = git_tree_walk(tree, GIT_TREEWALK_PRE, on_entry, s);
	prr_buf_free(&s->path);
	if (r < 0 && s->token_found >= 0) {
		prr_buf_addf(s->x->err, "cannot walk the tree at %s in '%s': %s",
			     s->x->short_id, prr_repo_path(s->x->repo),
			     evid_git_msg());
		return -1;
	}
	return s->token_found < 0 ? -1 : 0;
}

/*** The suffix index: every path of one tree, by its last name ***/

typedef struct ixentry {
	const char *path, *name;
} ixentry;

struct prr_evindex {
	prr_arena arena;
	git_oid tree;
	bool built;
	ixentry *v;
	size_t n, cap;
	prr_buf path;
};

prr_evindex *prr_evindex_new(void)
{
	prr_evindex *ix = prr_xmalloc(sizeof *ix);
	memset(ix, 0, sizeof *ix);
	prr_buf_init(&ix->path);
	return ix;
}

void prr_evindex_free(prr_evindex *ix)
{
	if (!ix)
		return;
	prr_arena_free(&ix->arena);
	prr_buf_free(&ix->path);
	free(ix);
}

static int on_index(const char *root, const git_tree_entry *e, void *payload)
{
	prr_evindex *ix = payload;
	prr_buf_reset(&ix->path);
	prr_buf_adds(&ix->path, root);
	prr_buf_adds(&ix->path, git_tree_entry_name(e));
	ixentry *v = PRR_VEC_PUSH(&ix->arena, ix->v, ix->n, ix->cap);
	v->path = prr_arena_strndup(&ix->arena, ix->path.p, ix->path.n);
	v->name = v->path + strlen(root);
	return 0;
}

static int cmp_ixentry(const void *a, const void *b)
{
	const ixentry *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : strcmp(x->path, y->path);
}

/* Builds the index of x->tree unless it is that tree's already. */
static int index_tree(evid_ctx *x)
{
	prr_evindex *ix = x->index;
	if (ix->built && git_oid_equal(&ix->tree, git_tree_id(x->tree)))
		return 0;
	prr_arena_free(&ix->arena);
	ix->v = NULL;
	ix->n = ix->cap = 0;
	ix->built = false;
	if (git_tree_walk(x->tree, GIT_TREEWALK_PRE, on_index, ix) < 0) {
		prr_buf_addf(x->err, "cannot walk the tree at %s in '%s': %s",
			     x->short_id, prr_repo_path(x->repo), evid_git_msg());
		return -1;
	}
	if (ix->n > 1)
		qsort(ix->v, ix->n, sizeof *ix->v, cmp_ixentry);
	git_oid_cpy(&ix->tree, git_tree_id(x->tree));
	ix->built = true;
	return 0;
}

/*** Locating an evidence path ***/

static bool loc_has(const evid_loc *l, const char *path)
{
	for (size_t i = 0; i < l->n_hits; i++)
		if (strcmp(l->hits[i].path, path) == 0)
			return true;
	return false;
}

static evid_hit *add_hit(evid_ctx *x, evid_loc *l, const char *path,
			 const char *how, const git_oid *id, git_filemode_t mode)
{
	evid_hit *h = PRR_VEC_PUSH(&x->rep->arena, l->hits, l->n_hits,
				   l->cap_hits);
	h->path = prr_arena_strdup(&x->rep->arena, path);
	h->how = how;
	git_oid_cpy(&h->id, id);
	h->mode = mode;
	return h;
}

/* Tries one direct place; -1 when the repository failed. */
static int try_place(evid_ctx *x, evid_loc *l, prr_buf *tried,
		     const char *path, const char *how)
{
	if (loc_has(l, path))
		return 0;
	prr_buf_addf(tried, "%s'%s'", tried->n ? ", " : "", path);
	git_oid id;
	git_filemode_t mode;
	int r = evid_tree_find(x, path, &id, &mode);
	if (r == EVID_FAILED)
		return -1;
	if (r == EVID_REFUSED)
		l->refused = true;
	if (r == EVID_FOUND)
		add_hit(x, l, path, how, &id, mode);
	return 0;
}

static const char *last_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

int evid_locate(evid_ctx *x, const prr_evidence *ev, evid_loc *out)
{
	memset(out, 0, sizeof *out);
	const char *p = ev->path;
	prr_arena *a = &x->rep->arena;
	bool anchored = p[0] == '/' || (p[0] == '.' && p[1] == '/');
	if (p[0] == '~') { /* a home folder: outside any repository */
		out->leaves = true;
		return 0;
	}
	prr_buf cand = PRR_BUF_INIT, tried = PRR_BUF_INIT, root = PRR_BUF_INIT;
	bool placed = false;
	int rc = -1;
	if (ev->beside && *ev->beside && !anchored && strcmp(ev->beside, p) != 0) {
		prr_evidence b;
		memset(&b, 0, sizeof b);
		b.path = ev->beside;
		evid_loc bl;
		if (evid_locate(x, &b, &bl) < 0)
			goto done;
		const evid_hit *h = evid_loc_best(&bl);
		if (h) {
			prr_buf_reset(&cand);
			prr_buf_adds(&cand, h->path);
			if (h->mode != GIT_FILEMODE_TREE) {
				char *slash = strrchr(cand.p, '/');
				prr_buf_truncate(&cand, slash ? (size_t)(slash - cand.p) : 0);
			}
			if (push_components(&cand, p) == 0) {
				placed = true;
				if (try_place(x, out, &tried, cand.p,
					      prr_arena_printf(a, "beside '%s'",
							       ev->beside)) < 0)
					goto done;
			}
		}
	}
	if (x->root && prr_evidence_path(&root, NULL, x->root) == 0 && root.n) {
		if (prr_evidence_path(&cand, x->root, p) == 0) {
			placed = true;
			if (try_place(x, out, &tried, cand.p,
				      "under the project root") < 0)
				goto done;
		}
		/* "rad-engineer/src/x.ts" under the root rad-engineer: not
		 * rad-engineer/rad-engineer/src/x.ts */
		const char *name = last_name(root.p);
		size_t k = strlen(name);
		const char *q = p + (p[0] == '/' ? 1 : p[0] == '.' && p[1] == '/' ? 2 : 0);
		if (strncmp(q, name, k) == 0 && q[k] == '/' &&
		    prr_evidence_path(&cand, x->root, q + k + 1) == 0) {
			placed = true;
			if (try_place(x, out, &tried, cand.p,
				      "under the project root") < 0)
				goto done;
		}
	}
	if (prr_evidence_path(&cand, NULL, p) == 0) {
		placed = true;
		if (try_place(x, out, &tried, cand.p, root.n ?
			      "from the repository root" : "from the root") < 0)
			goto done;
		if (cand.n)
			out->suffix = prr_arena_strdup(a, cand.p);
	}
	out->leaves = !placed;
	out->n_direct = out->n_hits;
	out->tried = prr_arena_strdup(a, tried.p);
	rc = out->n_hits || out->leaves ? 0 : evid_locate_suffix(x, out);
done:
	prr_buf_free(&cand);
	prr_buf_free(&tried);
	prr_buf_free(&root);
	return rc;
}

int evid_locate_suffix(evid_ctx *x, evid_loc *l)
{
	if (l->suffix_done || !l->suffix)
		return 0;
	l->suffix_done = true;
	if (index_tree(x) < 0)
		return -1;
	const prr_evindex *ix = x->index;
	const char *name = last_name(l->suffix);
	size_t k = strlen(l->suffix);
	/* the first entry of that name */
	size_t lo = 0, hi = ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ix->v[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	const char *how = prr_arena_printf(&x->rep->arena, "the one match of **/%s", l->suffix);
	for (size_t i = lo; i < ix->n && strcmp(ix->v[i].name, name) == 0; i++) {
		const char *p = ix->v[i].path;
		size_t n = strlen(p);
		if (n < k || strcmp(p + n - k, l->suffix) != 0 ||
		    (n > k && p[n - k - 1] != '/') || loc_has(l, p))
			continue;
		git_oid id;
		git_filemode_t mode;
		int r = evid_tree_find(x, p, &id, &mode);
		if (r == EVID_FAILED)
			return -1;
		if (r == EVID_FOUND) {
			add_hit(x, l, p, how, &id, mode);
			l->n_suffix++;
		}
	}
	/* several: the project's own, when exactly one is under its root */
	prr_buf root = PRR_BUF_INIT;
	size_t under = 0;
	if (l->n_suffix > 1 && x->root &&
	    prr_evidence_path(&root, NULL, x->root) == 0 && root.n)
		for (size_t i = l->n_direct; i < l->n_hits; i++)
			if (strncmp(l->hits[i].path, root.p, root.n) == 0 &&
			    l->hits[i].path[root.n] == '/') {
				under++;
				l->pick = i;
			}
	l->picked = under == 1;
	if (l->picked)
		l->hits[l->pick].how = prr_arena_printf(&x->rep->arena,
			"the one match of **/%s under the project root", l->suffix);
	prr_buf_free(&root);
	return 0;
}

const evid_hit *evid_loc_best(const evid_loc *l)
{
	if (l->n_direct)
		return &l->hits[0];
	if (l->n_suffix == 1)
		return &l->hits[l->n_direct];
	if (l->picked)
		return &l->hits[l->pick];
	return NULL;
}

const char *evid_loc_candidates(evid_ctx *x, const evid_loc *l)
{
	prr_buf b = PRR_BUF_INIT;
	size_t n = l->n_suffix;
	size_t shown = n > CANDIDATES_SHOWN + 1 ? CANDIDATES_SHOWN : n;
	for (size_t i = 0; i < shown; i++)
		prr_buf_addf(&b, "%s'%s'", i == 0 ? "" : i + 1 == n ? " and " : ", ",
			     l->hits[l->n_direct + i].path);
	if (shown < n)
		prr_buf_addf(&b, " and %zu more", n - shown);
	const char *s = prr_arena_strdup(&x->rep->arena, b.p);
	prr_buf_free(&b);
	return s;
}

/*** Paths git does not keep ***/

/*
 * Whether one .gitignore line (already trimmed, not a comment) matches
 * `rel`, the path relative to that file's folder.  A pattern with a slash
 * before its end is anchored to the folder; one without matches any
 * component's name; a trailing slash (folders only) is dropped, as the
 * evidence path may name the folder itself or a file under it.
 */
static bool ignore_line_hits(char *pat, const char *rel)
{
	size_t k = strlen(pat);
	while (k > 1 && pat[k - 1] == '/')
		pat[--k] = '\0';
	bool anchored = strchr(pat, '/') != NULL;
	if (pat[0] == '/')
		pat++;
	if (anchored) {
		char *tmp = prr_xstrdup(rel);
		bool hit = evid_under_glob(pat, tmp);
		free(tmp);
		return hit;
	}
	prr_buf name = PRR_BUF_INIT;
	bool hit = false;
	for (const char *c = rel; *c && !hit;) {
		const char *end = strchr(c, '/');
		size_t len = end ? (size_t)(end - c) : strlen(c);
		prr_buf_reset(&name);
		prr_buf_add(&name, c, len);
		hit = prr_glob_match(pat, name.p);
		c += len + (end != NULL);
	}
	prr_buf_free(&name);
	return hit;
}

/* Whether the .gitignore blob `id` ignores `rel` (the last line that
 * matches decides: "!x" takes x back); -1 when the blob cannot be read. */
static int ignore_file_hits(evid_ctx *x, const git_oid *id, const char *rel)
{
	git_blob *b = NULL;
	if (prr_git_blob_verified(&b, x->git, id) < 0)
		return -1;
	const char *s = git_blob_rawcontent(b);
	size_t n = (size_t)git_blob_rawsize(b);
	bool ignored = false;
	prr_buf line = PRR_BUF_INIT;
	for (size_t i = 0; i < n && n <= TOKEN_BLOB_MAX;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - s) : n;
		prr_buf_reset(&line);
		prr_buf_add(&line, s + i, end - i);
		i = end + 1;
		while (line.n && (line.p[line.n - 1] == '\r' || line.p[line.n - 1] == ' '))
			prr_buf_truncate(&line, line.n - 1);
		if (!line.n || line.p[0] == '#')
			continue;
		bool negate = line.p[0] == '!';
		if (ignore_line_hits(line.p + negate, rel))
			ignored = !negate;
	}
	prr_buf_free(&line);
	git_blob_free(b);
	return ignored;
}

const char *evid_ignored_by(evid_ctx *x, const char *path)
{
	prr_buf norm = PRR_BUF_INIT;
	const char *found = NULL;
	if (prr_evidence_path(&norm, NULL, path) < 0 || !norm.n || index_tree(x) < 0) {
		prr_buf_free(&norm);
		return NULL;
	}
	bool bare = !strchr(norm.p, '/');
	const prr_evindex *ix = x->index;
	size_t lo = 0, hi = ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ix->v[mid].name, ".gitignore") < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < ix->n && !found &&
			    strcmp(ix->v[i].name, ".gitignore") == 0; i++) {
		const char *gi = ix->v[i].path;
		size_t dir = (size_t)(ix->v[i].name - gi); /* "sub/" or "" */
		/* a bare name may live in any folder; a path only under the
		 * .gitignore's own */
		const char *rel = bare ? norm.p : norm.p + dir;
		if (!bare && (strncmp(norm.p, gi, dir) != 0 || !*rel))
			continue;
		git_oid id;
		git_filemode_t mode;
		if (evid_tree_find(x, gi, &id, &mode) == EVID_FOUND &&
		    mode != GIT_FILEMODE_TREE && ignore_file_hits(x, &id, rel) == 1)
			found = prr_arena_strdup(&x->rep->arena, gi);
	}
	prr_buf_free(&norm);
	return found;
}

size_t evid_case_matches(evid_ctx *x, const char *path, const char **first)
{
	*first = NULL;
	prr_buf norm = PRR_BUF_INIT;
	if (prr_evidence_path(&norm, NULL, path) < 0 || !norm.n ||
	    index_tree(x) < 0) {
		prr_buf_free(&norm);
		return 0;
	}
	size_t n = 0, k = norm.n;
	const prr_evindex *ix = x->index;
	for (size_t i = 0; i < ix->n; i++) {
		const char *p = ix->v[i].path;
		size_t pn = strlen(p);
		/* the whole path, or its end after a '/' */
		if (pn < k || (pn > k && p[pn - k - 1] != '/') ||
		    strcasecmp(p + pn - k, norm.p) != 0)
			continue;
		if (!n++)
			*first = p;
	}
	prr_buf_free(&norm);
	return n;
}

bool evid_first_folder_known(evid_ctx *x, const char *path)
{
	prr_buf first = PRR_BUF_INIT;
	if (prr_evidence_path(&first, NULL, path) < 0 || !first.n) {
		prr_buf_free(&first);
		return true; /* nothing to say: keep the verdict */
	}
	char *slash = strchr(first.p, '/');
	if (slash)
		prr_buf_truncate(&first, (size_t)(slash - first.p));
	bool known = index_tree(x) < 0; /* a failed walk: say nothing new */
	const prr_evindex *ix = x->index;
	size_t lo = 0, hi = known ? 0 : ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ix->v[mid].name, first.p) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	known = known || (lo < ix->n && strcmp(ix->v[lo].name, first.p) == 0);
	prr_buf_free(&first);
	return known;
}
