/* evidence.c - evidence and commit references checked; see evidence.h. */
#include "prr/evidence.h"
#include "prr/gitguard.h"
#include "prr/glob.h"

#include <git2.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define LINK_HOPS 8                     /* symbolic links followed per path */
#define TOKEN_BLOB_MAX ((size_t)64 << 20) /* larger files are not searched */

const char *prr_verdict_name(prr_verdict v)
{
	static const char *const names[] = { "confirmed", "contradicted",
					     "unverifiable" };
	return (unsigned)v < 3 ? names[v] : "unverifiable";
}

static const char *git_msg(void)
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

/*** The report ***/

static prr_evcheck *add_check(prr_evreport *rep, const char *kind,
			      prr_verdict v, const char *owner,
			      const char *subject, int line, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

static prr_evcheck *add_check(prr_evreport *rep, const char *kind,
			      prr_verdict v, const char *owner,
			      const char *subject, int line, const char *fmt, ...)
{
	prr_evcheck *c = PRR_VEC_PUSH(&rep->arena, rep->checks, rep->n_checks,
				      rep->cap_checks);
	memset(c, 0, sizeof *c);
	prr_buf m = PRR_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	prr_buf_vaddf(&m, fmt, ap);
	va_end(ap);
	c->kind = kind;
	c->verdict = v;
	c->owner = owner;
	c->subject = subject ? prr_arena_strdup(&rep->arena, subject) : NULL;
	c->message = prr_arena_strdup(&rep->arena, m.p);
	c->line = line;
	c->count = -1;
	rep->n_verdict[v]++;
	prr_buf_free(&m);
	return c;
}

/* A check's verdict changed after it was added. */
static void set_verdict(prr_evreport *rep, prr_evcheck *c, prr_verdict v)
{
	rep->n_verdict[c->verdict]--;
	c->verdict = v;
	rep->n_verdict[v]++;
}

void prr_evreport_free(prr_evreport *rep)
{
	prr_arena_free(&rep->arena);
	memset(rep, 0, sizeof *rep);
}

/*** Looking into one tree ***/

typedef struct ctx {
	prr_repo *repo;
	git_repository *git;
	git_tree *tree;   /* of the reviewed commit */
	char short_id[12];
	prr_evreport *rep;
	prr_buf *err;
	bool failed;      /* the repository failed (not a claim) */
} ctx;

enum { FOUND = 1, MISSING = 0, REFUSED = -2, FAILED = -1 };

/*
 * Finds `path` (from the repository root) in the tree, following symbolic
 * links that stay inside.  Returns FOUND with the entry's id and mode,
 * MISSING, REFUSED (a link leads outside, or loops) or FAILED.
 */
static int resolve(ctx *x, const char *path, git_oid *id, git_filemode_t *mode,
		   int hops)
{
	if (hops > LINK_HOPS)
		return REFUSED;
	if (!*path) {
		git_oid_cpy(id, git_tree_id(x->tree));
		*mode = GIT_FILEMODE_TREE;
		return FOUND;
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
			return MISSING;
		}
		if (r < 0) {
			free(prefix);
			prr_buf_addf(x->err, "cannot read '%s' at %s in '%s': %s",
				     path, x->short_id, prr_repo_path(x->repo),
				     git_msg());
			return FAILED;
		}
		if (git_tree_entry_filemode(e) == GIT_FILEMODE_LINK) {
			git_blob *b = NULL;
			int rc = FAILED;
			if (prr_git_blob_verified(&b, x->git,
						  git_tree_entry_id(e)) < 0) {
				prr_buf_addf(x->err, "cannot read link '%s' at %s "
					     "in '%s': %s", prefix, x->short_id,
					     prr_repo_path(x->repo), git_msg());
				goto link_done;
			}
			prr_buf target = PRR_BUF_INIT, next = PRR_BUF_INIT;
			prr_buf_add(&target, git_blob_rawcontent(b),
				    (size_t)git_blob_rawsize(b));
			char *slash = strrchr(prefix, '/');
			if (slash)
				prr_buf_add(&next, prefix, (size_t)(slash - prefix));
			rc = REFUSED;
			if (target.p[0] != '/' && strlen(target.p) == target.n &&
			    push_components(&next, target.p) == 0 &&
			    push_components(&next, *p ? p + 1 : "") == 0)
				rc = resolve(x, next.p, id, mode, hops + 1);
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
			return FOUND;
		}
		bool dir = git_tree_entry_type(e) == GIT_OBJECT_TREE;
		git_tree_entry_free(e);
		free(prefix);
		if (!dir)
			return MISSING;
	}
}

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

/* 1 if blob `id` holds `token`, 0 if not, -1 on a read error. */
static int blob_has(ctx *x, const git_oid *id, const char *token)
{
	git_blob *b = NULL;
	if (prr_git_blob_verified(&b, x->git, id) < 0) {
		prr_buf_addf(x->err, "cannot read blob %s in '%s': %s",
			     git_oid_tostr_s(id), prr_repo_path(x->repo), git_msg());
		return -1;
	}
	size_t n = (size_t)git_blob_rawsize(b);
	int r = n <= TOKEN_BLOB_MAX &&
		has_bytes(git_blob_rawcontent(b), n, token, strlen(token));
	git_blob_free(b);
	return r;
}

/* What a walk over the tree gathers: how many entries matched, and
 * whether the token was seen in a file under a match. */
typedef struct scan {
	ctx *x;
	const char *pattern; /* a glob, or NULL: every file of the tree */
	const char *token;   /* or NULL */
	size_t matched;
	int token_found;     /* 1, 0, or -1 on a read error */
	prr_buf path;
} scan;

/* true if `p` or one of its folders matches the glob. */
static bool under_glob(const char *pattern, char *p)
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
	scan *s = payload;
	prr_buf_reset(&s->path);
	prr_buf_adds(&s->path, root);
	prr_buf_adds(&s->path, git_tree_entry_name(e));
	bool hit;
	if (!s->pattern)
		hit = true;
	else if (git_tree_entry_type(e) == GIT_OBJECT_TREE)
		hit = prr_glob_match(s->pattern, s->path.p);
	else
		hit = under_glob(s->pattern, s->path.p);
	if (!hit)
		return 0;
	s->matched++;
	if (s->token && s->token_found == 0 &&
	    git_tree_entry_type(e) == GIT_OBJECT_BLOB &&
	    git_tree_entry_filemode(e) != GIT_FILEMODE_LINK) {
		s->token_found = blob_has(s->x, git_tree_entry_id(e), s->token);
		if (s->token_found < 0)
			return -1;
	}
	return 0;
}

/* Walks `tree` (every file when pattern is NULL). */
static int scan_tree(scan *s, const git_tree *tree)
{
	int r = git_tree_walk(tree, GIT_TREEWALK_PRE, on_entry, s);
	prr_buf_free(&s->path);
	if (r < 0 && s->token_found >= 0) {
		prr_buf_addf(s->x->err, "cannot walk the tree at %s in '%s': %s",
			     s->x->short_id, prr_repo_path(s->x->repo), git_msg());
		return -1;
	}
	return s->token_found < 0 ? -1 : 0;
}

/*** One piece of evidence ***/

static void check_evidence(ctx *x, const prr_evidence *ev, const char *owner,
			   const char *root, prr_buf *norm)
{
	prr_evreport *rep = x->rep;
	const char *path = ev->path;
	if (!path)
		return;
	if (prr_evidence_path(norm, root, path) < 0) {
		add_check(rep, "refused", PRR_UNVERIFIABLE, owner, path, ev->line,
			  "refused: '%s' leaves the repository", path);
		return;
	}
	size_t matched = 0;
	int token = 0; /* 1 found, 0 not, -1 unknown */
	bool refused = false;
	if (prr_glob_has_magic(norm->p)) {
		scan s = { x, norm->p, ev->token, 0, 0, PRR_BUF_INIT };
		if (scan_tree(&s, x->tree) < 0) {
			x->failed = true;
			return;
		}
		matched = s.matched;
		token = s.token_found;
	} else {
		git_oid id;
		git_filemode_t mode;
		int r = resolve(x, norm->p, &id, &mode, 0);
		if (r == FAILED) {
			x->failed = true;
			return;
		}
		refused = r == REFUSED;
		matched = r == FOUND;
		if (r == FOUND && ev->token) {
			if (mode == GIT_FILEMODE_TREE) {
				git_tree *sub = NULL;
				if (git_tree_lookup(&sub, x->git, &id) < 0) {
					prr_buf_addf(x->err, "cannot read tree %s in "
						     "'%s': %s", git_oid_tostr_s(&id),
						     prr_repo_path(x->repo), git_msg());
					x->failed = true;
					return;
				}
				scan s = { x, NULL, ev->token, 0, 0, PRR_BUF_INIT };
				int rc = scan_tree(&s, sub);
				git_tree_free(sub);
				if (rc < 0) {
					x->failed = true;
					return;
				}
				token = s.token_found;
			} else if (mode != GIT_FILEMODE_COMMIT) {
				token = blob_has(x, &id, ev->token);
				if (token < 0) {
					x->failed = true;
					return;
				}
			}
		}
	}
	if (refused) {
		add_check(rep, "refused", PRR_UNVERIFIABLE, owner, path, ev->line,
			  "refused: '%s' is a symbolic link leading outside the "
			  "repository", path);
		return;
	}
	const char *at = x->short_id;
	if (ev->absent && !ev->token) {
		add_check(rep, "absent", matched ? PRR_CONTRADICTED : PRR_CONFIRMED,
			  owner, path, ev->line,
			  matched ? "'%s' exists at %s" : "'%s' is absent at %s",
			  path, at);
		return;
	}
	if (ev->planned && !matched) {
		add_check(rep, "planned", PRR_UNVERIFIABLE, owner, path, ev->line,
			  "'%s' is planned and not there yet at %s", path, at);
		return;
	}
	add_check(rep, "path", matched ? PRR_CONFIRMED : PRR_CONTRADICTED, owner,
		  path, ev->line,
		  matched ? "'%s' exists at %s" : "'%s' does not exist at %s",
		  path, at);
	if (!ev->token)
		return;
	if (ev->absent) {
		add_check(rep, "absent", token > 0 ? PRR_CONTRADICTED : PRR_CONFIRMED,
			  owner, ev->token, ev->line,
			  token > 0 ? "'%s' is in '%s' at %s"
				    : "'%s' is not in '%s' at %s",
			  ev->token, path, at);
	} else if (!matched) {
		add_check(rep, "token", PRR_UNVERIFIABLE, owner, ev->token, ev->line,
			  "'%s' cannot be looked for: '%s' does not exist at %s",
			  ev->token, path, at);
	} else {
		add_check(rep, "token", token > 0 ? PRR_CONFIRMED : PRR_CONTRADICTED,
			  owner, ev->token, ev->line,
			  token > 0 ? "'%s' is in '%s' at %s"
				    : "'%s' is not in '%s' at %s",
			  ev->token, path, at);
	}
}

/*** Walking the history for delivery dates and staleness ***/

typedef struct watch {
	const char **patterns; /* from the repository root */
	size_t n_patterns, cap_patterns;
	/* the history or stale check to fill, by index: adding checks grows
	 * (moves) rep->checks, so a pointer would go stale */
	size_t check;
	long hits;
	/* a claim that the file holds `token`: its delivery is the oldest
	 * commit touching it at which the token is there, so every commit
	 * touching it is kept (newest first) */
	const char *token, *file;
	const char **touch_ids, **touch_dates;
	size_t n_touch, cap_touch, cap_touch_dates;
	const char *newest_id, *newest_date;
	const char *oldest_id, *oldest_date;
	const char *author, *summary;
} watch;

typedef struct watcher {
	prr_evreport *rep;
	watch *v;
	size_t n;
} watcher;

static bool pattern_hits(const char *pattern, const char *p)
{
	if (prr_glob_has_magic(pattern)) {
		char *tmp = prr_xstrdup(p);
		bool hit = under_glob(pattern, tmp);
		free(tmp);
		return hit;
	}
	size_t k = strlen(pattern);
	return k == 0 || (strncmp(p, pattern, k) == 0 &&
			  (p[k] == '\0' || p[k] == '/'));
}

static bool path_hits(const watch *w, const char *p)
{
	for (size_t i = 0; i < w->n_patterns; i++)
		if (pattern_hits(w->patterns[i], p))
			return true;
	return false;
}

static int on_watch(const prr_commit *c, void *payload)
{
	watcher *ws = payload;
	for (size_t i = 0; i < ws->n; i++) {
		watch *w = &ws->v[i];
		size_t k;
		for (k = 0; k < c->n_paths; k++)
			if (path_hits(w, c->paths[k]))
				break;
		if (k == c->n_paths)
			continue;
		char date[11];
		prr_time_date(date, c->ctime, c->ctz);
		const char *id = prr_arena_strdup(&ws->rep->arena, c->id);
		const char *d = prr_arena_strdup(&ws->rep->arena, date);
		if (!w->hits++) {
			w->newest_id = id;
			w->newest_date = d;
			w->author = prr_arena_strdup(&ws->rep->arena, c->author);
			w->summary = prr_arena_strdup(&ws->rep->arena, c->summary);
		}
		w->oldest_id = id;
		w->oldest_date = d;
		if (w->token) {
			size_t n = w->n_touch;
			*PRR_VEC_PUSH(&ws->rep->arena, w->touch_ids, w->n_touch,
				      w->cap_touch) = id;
			w->n_touch = n;
			*PRR_VEC_PUSH(&ws->rep->arena, w->touch_dates, w->n_touch,
				      w->cap_touch_dates) = d;
		}
	}
	return 0;
}

/*
 * The oldest commit among those that touched w->file at which the file
 * holds w->token: when the claim first became true.  Returns its index in
 * touch_ids, -1 if none, -2 on a read error.
 */
static long token_since(ctx *x, const watch *w)
{
	git_tree *saved = x->tree;
	long found = -1;
	for (size_t i = w->n_touch; i-- > 0 && found == -1;) {
		git_oid oid;
		git_commit *c = NULL;
		git_tree *t = NULL;
		if (git_oid_fromstr(&oid, w->touch_ids[i]) < 0 ||
		    git_commit_lookup(&c, x->git, &oid) < 0 ||
		    git_commit_tree(&t, c) < 0) {
			prr_buf_addf(x->err, "cannot read commit %s in '%s': %s",
				     w->touch_ids[i], prr_repo_path(x->repo), git_msg());
			git_commit_free(c);
			found = -2;
			break;
		}
		x->tree = t;
		git_oid id;
		git_filemode_t mode;
		int r = resolve(x, w->file, &id, &mode, 0);
		if (r == FAILED) {
			found = -2;
		} else if (r == FOUND && mode != GIT_FILEMODE_TREE &&
			   mode != GIT_FILEMODE_COMMIT) {
			int h = blob_has(x, &id, w->token);
			if (h < 0)
				found = -2;
			else if (h)
				found = (long)i;
		}
		git_tree_free(t);
		git_commit_free(c);
	}
	x->tree = saved;
	return found;
}

/*** The commit checked against ***/

typedef struct by_date {
	const char *date;
	char id[PRR_OID_HEX + 1];
	char found_date[11], oldest_date[11];
	bool found;
} by_date;

static int on_date(const prr_commit *c, void *payload)
{
	by_date *b = payload;
	char d[11];
	prr_time_date(d, c->ctime, c->ctz);
	memcpy(b->oldest_date, d, sizeof d);
	if (strcmp(d, b->date) <= 0) {
		memcpy(b->id, c->id, sizeof b->id);
		memcpy(b->found_date, d, sizeof d);
		b->found = true;
		return 1;
	}
	return 0;
}

/* Sets rep->commit; returns 0 (maybe with no commit: said in a check). */
static int find_commit(ctx *x, const prr_review *r, const prr_evidence_opts *o)
{
	prr_evreport *rep = x->rep;
	char hex[PRR_OID_HEX + 1];
	if (r->revision) {
		prr_buf e = PRR_BUF_INIT;
		int rc = prr_repo_resolve(x->repo, r->revision, hex, &e);
		prr_buf_free(&e);
		if (rc < 0) {
			add_check(rep, "revision", PRR_CONTRADICTED, NULL, r->revision,
				  r->date_line, "revision '%s' is not in '%s'",
				  r->revision, prr_repo_path(x->repo));
			return 0;
		}
		rep->commit = prr_arena_strdup(&rep->arena, hex);
		return 0;
	}
	if (!r->date)
		return 0;
	by_date b;
	memset(&b, 0, sizeof b);
	b.date = r->date;
	prr_history_opts ho = PRR_HISTORY_OPTS_INIT;
	ho.cache_dir = o->cache_dir;
	ho.progress = o->progress;
	int rc = prr_history_walk(x->repo, &ho, on_date, &b, NULL, x->err);
	if (rc < 0)
		return -1;
	if (!b.found) {
		add_check(rep, "revision", PRR_UNVERIFIABLE, NULL, r->date,
			  r->date_line, "the review (%s) predates the history of "
			  "'%s' (its first commit is of %s): nothing to check it "
			  "against", r->date, prr_repo_path(x->repo), b.oldest_date);
		return 0;
	}
	rep->commit = prr_arena_strdup(&rep->arena, b.id);
	return 0;
}

/*** Commit references ***/

static void check_ref(ctx *x, const prr_commitref *cr)
{
	prr_evreport *rep = x->rep;
	const char *ref = cr->ref ? cr->ref : "";
	size_t n = strlen(ref);
	if (n < 7 || n > 40 || strspn(ref, "0123456789abcdefABCDEF") != n) {
		add_check(rep, "commit", PRR_UNVERIFIABLE, NULL, ref, cr->line,
			  "'%s' is not a commit id (7 to 40 hex digits)", ref);
		return;
	}
	git_oid oid;
	git_object *obj = NULL;
	int r = git_oid_fromstrn(&oid, ref, n);
	if (r == 0)
		r = git_object_lookup_prefix(&obj, x->git, &oid, n, GIT_OBJECT_COMMIT);
	if (r == GIT_EAMBIGUOUS) {
		add_check(rep, "commit", PRR_UNVERIFIABLE, NULL, ref, cr->line,
			  "commit '%s' is ambiguous in '%s'", ref,
			  prr_repo_path(x->repo));
		return;
	}
	if (r < 0) {
		add_check(rep, "commit", PRR_CONTRADICTED, NULL, ref, cr->line,
			  "commit '%s' is unknown in '%s'", ref,
			  prr_repo_path(x->repo));
		return;
	}
	git_commit *c = (git_commit *)obj;
	const git_signature *au = git_commit_author(c);
	char date[11], id[PRR_OID_HEX + 1];
	prr_time_date(date, au->when.time, au->when.offset);
	git_oid_tostr(id, sizeof id, git_commit_id(c));
	const char *summary = git_commit_summary(c);
	prr_evcheck *k = add_check(rep, "commit", PRR_CONFIRMED, NULL, ref,
				   cr->line, "commit %s of %s by %s: %s", id,
				   date, au->name, summary ? summary : "");
	k->commit = prr_arena_strdup(&rep->arena, id);
	k->date = prr_arena_strdup(&rep->arena, date);
	k->author = prr_arena_strdup(&rep->arena, au->name);
	k->summary = prr_arena_strdup(&rep->arena, summary ? summary : "");
	git_object_free(obj);
}

/*** All of a review ***/

static const prr_config_component *config_component(const prr_config *cfg,
						    const char *name)
{
	for (size_t i = 0; cfg && name && i < cfg->n_components; i++)
		if (prr_name_eq(cfg->components[i].name, name))
			return &cfg->components[i];
	return NULL;
}

static watch *add_watch(watcher *ws, size_t *cap, const prr_evcheck *check)
{
	watch *w = PRR_VEC_PUSH(&ws->rep->arena, ws->v, ws->n, *cap);
	memset(w, 0, sizeof *w);
	w->check = (size_t)(check - ws->rep->checks);
	return w;
}

static void add_pattern(prr_arena *a, watch *w, const char *pattern)
{
	*PRR_VEC_PUSH(a, w->patterns, w->n_patterns, w->cap_patterns) =
		prr_arena_strdup(a, pattern);
}

/* Walks rev (NULL: HEAD) without what `hide` reaches, with paths. */
static int walk_watching(ctx *x, const prr_evidence_opts *o, const char *rev,
			 const char *hide, watcher *ws)
{
	prr_history_opts ho = PRR_HISTORY_OPTS_INIT;
	ho.rev = rev;
	ho.hide = hide;
	ho.paths = true;
	ho.cache_dir = o->cache_dir;
	ho.progress = o->progress;
	return prr_history_walk(x->repo, &ho, on_watch, ws, NULL, x->err) < 0 ? -1 : 0;
}

/* Delivery: first appearance and last change of each existing path. */
static int delivery(ctx *x, const prr_evidence_opts *o, size_t first_check,
		    const char *root)
{
	prr_evreport *rep = x->rep;
	watcher ws = { rep, NULL, 0 };
	size_t cap = 0;
	prr_buf norm = PRR_BUF_INIT;
	size_t end = rep->n_checks;
	for (size_t i = first_check; i < end; i++) {
		prr_evcheck *c = &rep->checks[i];
		if (strcmp(c->kind, "path") != 0 || c->verdict != PRR_CONFIRMED)
			continue;
		prr_evidence_path(&norm, root, c->subject);
		/* the token claim made of the same evidence follows its path */
		const prr_evcheck *t = i + 1 < end ? &rep->checks[i + 1] : NULL;
		bool token = t && strcmp(t->kind, "token") == 0 &&
			     t->verdict == PRR_CONFIRMED && t->line == c->line &&
			     !prr_glob_has_magic(norm.p);
		const char *tok = token ? t->subject : NULL;
		prr_evcheck *h = add_check(rep, "history", PRR_UNVERIFIABLE, c->owner,
					   c->subject, c->line, "%s", "");
		watch *w = add_watch(&ws, &cap, h);
		add_pattern(&rep->arena, w, norm.p);
		if (tok) {
			w->token = tok;
			w->file = prr_arena_strdup(&rep->arena, norm.p);
		}
	}
	prr_buf_free(&norm);
	if (!ws.n)
		return 0;
	if (walk_watching(x, o, rep->commit, NULL, &ws) < 0)
		return -1;
	for (size_t i = 0; i < ws.n; i++) {
		watch *w = &ws.v[i];
		prr_evcheck *h = &rep->checks[w->check];
		if (!w->hits) {
			h->message = prr_arena_printf(&rep->arena,
				"no commit up to %s changed '%s' (merges list no paths)",
				x->short_id, h->subject);
			continue;
		}
		set_verdict(rep, h, PRR_CONFIRMED);
		h->commit = w->newest_id;
		h->date = w->newest_date;
		h->first_commit = w->oldest_id;
		h->first_date = w->oldest_date;
		h->message = prr_arena_printf(&rep->arena,
			"'%s' first appeared in %.10s (%s), last changed in %.10s (%s)",
			h->subject, w->oldest_id, w->oldest_date, w->newest_id,
			w->newest_date);
		if (!w->token)
			continue;
		long k = token_since(x, w);
		if (k == -2)
			return -1;
		if (k >= 0) { /* the claim came true then: that is the delivery */
			h->first_commit = w->touch_ids[k];
			h->first_date = w->touch_dates[k];
			h->message = prr_arena_printf(&rep->arena,
				"'%s' holds '%s' since %.10s (%s), last changed in %.10s (%s)",
				h->subject, w->token, w->touch_ids[k],
				w->touch_dates[k], w->newest_id, w->newest_date);
		}
	}
	return 0;
}

/* Staleness: commits after the reviewed one touching components' paths. */
static int staleness(ctx *x, const prr_review *r, const prr_config *cfg,
		     const prr_evidence_opts *o, const char *root)
{
	prr_evreport *rep = x->rep;
	watcher ws = { rep, NULL, 0 };
	size_t cap = 0;
	prr_buf norm = PRR_BUF_INIT;
	for (size_t i = 0; i < r->n_components; i++) {
		const prr_component *k = &r->components[i];
		const prr_config_component *cc = config_component(cfg, k->name);
		if (!cc)
			continue;
		prr_evcheck *s = add_check(rep, "stale", PRR_CONFIRMED, NULL,
					   k->name, k->line, "%s", "");
		s->count = 0;
		watch *w = add_watch(&ws, &cap, s);
		for (size_t g = 0; g < cc->n_globs; g++)
			if (prr_evidence_path(&norm, root, cc->globs[g]) == 0)
				add_pattern(&rep->arena, w, norm.p);
	}
	prr_buf_free(&norm);
	if (!ws.n)
		return 0;
	if (walk_watching(x, o, NULL, rep->commit, &ws) < 0)
		return -1;
	for (size_t i = 0; i < ws.n; i++) {
		watch *w = &ws.v[i];
		prr_evcheck *s = &rep->checks[w->check];
		s->count = w->hits;
		s->commit = w->newest_id;
		s->date = w->newest_date;
		s->summary = w->summary;
		s->author = w->author;
	}
	for (size_t i = 0; i < rep->n_checks; i++) {
		prr_evcheck *s = &rep->checks[i];
		if (strcmp(s->kind, "stale") != 0)
			continue;
		if (s->count <= 0) {
			s->count = 0;
			s->message = prr_arena_printf(&rep->arena,
				"no commit after %s touches the paths of '%s'",
				x->short_id, s->subject);
			continue;
		}
		set_verdict(rep, s, PRR_UNVERIFIABLE);
		s->message = prr_arena_printf(&rep->arena,
			"%ld commit%s after %s touch the paths of '%s' (newest %.10s "
			"of %s: %s): the review may be stale", s->count,
			s->count == 1 ? "" : "s", x->short_id, s->subject, s->commit,
			s->date, s->summary);
	}
	return 0;
}

int prr_evidence_check(prr_evreport *out, prr_repo *repo, const prr_review *r,
		       const prr_config *cfg, const prr_evidence_opts *o,
		       prr_buf *err)
{
	memset(out, 0, sizeof *out);
	out->file = r->source_file;
	out->date = r->date;
	ctx x = { repo, prr_repo_git(repo), NULL, "", out, err, false };
	const char *root = o->root ? o->root : cfg ? cfg->root : NULL;
	git_commit *commit = NULL;
	prr_buf norm = PRR_BUF_INIT;
	int rc = -1;
	if (find_commit(&x, r, o) < 0)
		goto done;
	for (size_t i = 0; i < r->n_commits; i++)
		check_ref(&x, &r->commits[i]);
	if (!out->commit) {
		/* no commit to look at: every evidence claim is unverifiable */
		for (size_t i = 0; i < r->n_waves; i++)
			for (size_t j = 0; j < r->waves[i].n_stories; j++)
				for (size_t k = 0; k < r->waves[i].stories[j].n_evidence; k++) {
					const prr_evidence *ev = &r->waves[i].stories[j].evidence[k];
					add_check(out, "path", PRR_UNVERIFIABLE, NULL, ev->path,
						  ev->line, "no commit to check '%s' against",
						  ev->path ? ev->path : "");
				}
		for (size_t i = 0; i < r->n_components; i++)
			for (size_t k = 0; k < r->components[i].n_evidence; k++) {
				const prr_evidence *ev = &r->components[i].evidence[k];
				add_check(out, "path", PRR_UNVERIFIABLE, NULL, ev->path,
					  ev->line, "no commit to check '%s' against",
					  ev->path ? ev->path : "");
			}
		rc = 0;
		goto done;
	}
	git_oid oid;
	if (git_oid_fromstr(&oid, out->commit) < 0 ||
	    git_commit_lookup(&commit, x.git, &oid) < 0 ||
	    git_commit_tree(&x.tree, commit) < 0) {
		prr_buf_addf(err, "cannot read commit %s in '%s': %s", out->commit,
			     prr_repo_path(repo), git_msg());
		goto done;
	}
	git_oid_tostr(x.short_id, 11, &oid);
	char date[11];
	prr_time_date(date, git_commit_committer(commit)->when.time,
		      git_commit_committer(commit)->when.offset);
	out->commit_date = prr_arena_strdup(&out->arena, date);
	const char *summary = git_commit_summary(commit);
	prr_evcheck *rv = add_check(out, "revision", PRR_CONFIRMED, NULL,
				    r->revision ? r->revision : r->date,
				    r->date_line, "checked at %s of %s: %s",
				    x.short_id, date, summary ? summary : "");
	rv->commit = out->commit;
	rv->date = out->commit_date;
	size_t first = out->n_checks;
	for (size_t i = 0; i < r->n_waves && !x.failed; i++)
		for (size_t j = 0; j < r->waves[i].n_stories && !x.failed; j++) {
			const prr_story *s = &r->waves[i].stories[j];
			const char *owner = prr_arena_printf(&out->arena, "story %s",
				s->id ? s->id : s->title ? s->title : "?");
			for (size_t k = 0; k < s->n_evidence && !x.failed; k++)
				check_evidence(&x, &s->evidence[k], owner, root, &norm);
		}
	for (size_t i = 0; i < r->n_components && !x.failed; i++) {
		const prr_component *c = &r->components[i];
		const char *owner = prr_arena_printf(&out->arena, "component %s",
						     c->name ? c->name : "?");
		for (size_t k = 0; k < c->n_evidence && !x.failed; k++)
			check_evidence(&x, &c->evidence[k], owner, root, &norm);
	}
	if (x.failed || delivery(&x, o, first, root) < 0 ||
	    staleness(&x, r, cfg, o, root) < 0)
		goto done;
	rc = 0;
done:
	git_tree_free(x.tree);
	git_commit_free(commit);
	prr_buf_free(&norm);
	return rc;
}
