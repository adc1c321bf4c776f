/* evidence.c - evidence and commit references checked; see evidence.h. */
#include "evid_int.h"
#include "prr/fsutil.h"
#include "prr/gitfacts.h"
#include "prr/glob.h"
#include "prr/rec_path.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *prr_verdict_name(prr_verdict v)
{
	static const char *const names[] = { "confirmed", "contradicted",
					     "unverifiable" };
	return (unsigned)v < 3 ? names[v] : "unverifiable";
}

/*** The report ***/

prr_evcheck *evid_add_check(prr_evreport *rep, const char *kind,
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
	c->item = -1;
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

/*** One piece of evidence ***/

/* 1 if the place holds `token` (a file, or some file of a folder), 0 if
 * not, -1 when the repository failed. */
static int hit_has(evid_ctx *x, const evid_hit *h, const char *token, bool all,
		   const char **where)
{
	*where = h->path;
	if (h->mode == GIT_FILEMODE_COMMIT)
		return 0; /* a submodule: its files are not here */
	if (h->mode != GIT_FILEMODE_TREE)
		return evid_blob_has(x, &h->id, token, all);
	git_tree *sub = NULL;
	if (git_tree_lookup(&sub, x->git, &h->id) < 0) {
		prr_buf_addf(x->err, "cannot read tree %s in '%s': %s",
			     git_oid_tostr_s(&h->id), prr_repo_path(x->repo),
			     evid_git_msg());
		return -1;
	}
	evid_scan s = { x, NULL, token, all, 0, 0, NULL, PRR_BUF_INIT };
	int rc = evid_scan_tree(&s, sub);
	git_tree_free(sub);
	if (rc < 0)
		return -1;
	if (s.found_in)
		*where = prr_arena_printf(&x->rep->arena, "%s/%s", h->path,
					  s.found_in);
	return s.token_found;
}

/* The places a token claim may read its path as: the direct ones, else
 * (or when none holds it) the suffix matches.  Returns the first holding
 * the token (`where`: the file), NULL when none does (or none exists),
 * with x->failed set when the repository failed. */
static const evid_hit *token_place(evid_ctx *x, evid_loc *l, const char *token,
				   const char **where)
{
	for (int round = 0; round < 2; round++) {
		if (round == 1 && evid_locate_suffix(x, l) < 0) {
			x->failed = true;
			return NULL;
		}
		size_t from = round ? l->n_direct : 0;
		size_t to = round ? l->n_hits : l->n_direct;
		for (size_t i = from; i < to; i++) {
			int h = hit_has(x, &l->hits[i], token, false, where);
			if (h < 0) {
				x->failed = true;
				return NULL;
			}
			if (h)
				return &l->hits[i];
		}
	}
	return NULL;
}

/* A check naming the path it resolved to. */
static prr_evcheck *resolved(prr_evcheck *c, const char *path)
{
	c->resolved = path;
	return c;
}

/* A file the plan will create, missing at the commit checked: looked for
 * after it (later_planned); the window is its wave's planned end.  Or one
 * the plan will delete (`deletion`): still `there` at the commit, looked
 * for the commit after it that deletes it; gone, for the one before it
 * that did (later_deleted). */
typedef struct planned {
	size_t check;
	const char *end;
	const char **patterns;
	size_t n_patterns, cap_patterns;
	bool deletion, there;
} planned;

static void check_glob(evid_ctx *x, const prr_evidence *ev, const char *owner,
		       const char *glob)
{
	prr_evreport *rep = x->rep;
	const char *path = ev->path, *at = x->short_id;
	evid_scan s = { x, glob, ev->token, ev->absent, 0, 0, NULL, PRR_BUF_INIT };
	if (evid_scan_tree(&s, x->tree) < 0) {
		x->failed = true;
		return;
	}
	const char *g = prr_arena_strdup(&rep->arena, glob);
	bool matched = s.matched > 0;
	if (ev->absent && !ev->token) {
		resolved(evid_add_check(rep, "absent", matched ? PRR_CONTRADICTED :
				   PRR_CONFIRMED, owner, path, ev->line,
				   matched ? "'%s' exists at %s (%zu %s of '%s')"
					   : "'%s' is absent at %s (%zu %s of '%s')",
				   path, at, s.matched,
				   s.matched == 1 ? "match" : "matches", g), g);
		return;
	}
	resolved(evid_add_check(rep, "path", matched ? PRR_CONFIRMED : PRR_CONTRADICTED,
			   owner, path, ev->line,
			   matched ? "'%s' exists at %s (%zu %s of '%s')"
				   : "'%s' does not exist at %s (%zu %s of '%s')",
			   path, at, s.matched,
			   s.matched == 1 ? "match" : "matches", g), g);
	if (!ev->token)
		return;
	const char *in = s.found_in ? s.found_in : g;
	if (ev->absent)
		resolved(evid_add_check(rep, "absent", s.token_found > 0 ?
				   PRR_CONTRADICTED : PRR_CONFIRMED, owner,
				   ev->token, ev->line, s.token_found > 0 ?
				   "'%s' is in '%s' at %s" : "'%s' is not in '%s' at %s",
				   ev->token, in, at), in);
	else if (!matched)
		evid_add_check(rep, "token", PRR_UNVERIFIABLE, owner, ev->token, ev->line,
			  "'%s' cannot be looked for: '%s' does not exist at %s",
			  ev->token, path, at);
	else
		resolved(evid_add_check(rep, "token", s.token_found > 0 ? PRR_CONFIRMED
				   : PRR_CONTRADICTED, owner, ev->token, ev->line,
				   s.token_found > 0 ? "'%s' is in '%s' at %s"
						     : "'%s' is not in '%s' at %s",
				   ev->token, in, at), s.found_in);
}

/* A claimed absence of a token: it holds where some place the path may
 * be lacks it (or no place exists). */
static void check_absent_token(evid_ctx *x, const prr_evidence *ev,
			       const char *owner, const evid_loc *l)
{
	prr_evreport *rep = x->rep;
	size_t n = l->n_direct ? l->n_direct : l->n_hits;
	const char *where = NULL;
	for (size_t i = 0; i < n; i++) {
		int h = hit_has(x, &l->hits[i], ev->token, true, &where);
		if (h < 0) {
			x->failed = true;
			return;
		}
		if (!h) {
			resolved(evid_add_check(rep, "absent", PRR_CONFIRMED, owner,
					   ev->token, ev->line,
					   "'%s' is not in '%s' at %s", ev->token,
					   l->hits[i].path, x->short_id),
				 l->hits[i].path);
			return;
		}
	}
	if (!n) {
		evid_add_check(rep, "absent", PRR_CONFIRMED, owner, ev->token, ev->line,
			  "'%s' is not in '%s' at %s: no such path (tried %s)",
			  ev->token, ev->path, x->short_id, l->tried);
		return;
	}
	resolved(evid_add_check(rep, "absent", PRR_CONTRADICTED, owner, ev->token,
			   ev->line, "'%s' is in '%s' at %s", ev->token, where,
			   x->short_id), where);
}

/* Whether the last name of `path` has an extension ("x.ts", ".env"), as
 * a file's name does. */
static bool file_shaped(const char *path)
{
	const char *name = strrchr(path, '/');
	name = name ? name + 1 : path;
	return strchr(name, '.') != NULL;
}

/*
 * Whether `path` reads as a library's name as much as a file's: one
 * capitalised word and ".js", no folder ("Helmet.js", as "Node.js" and
 * "Chart.js" are named).  "ConsentLog.js" (two words run together) and
 * "server.js" read as files only.
 */
static bool library_shaped(const char *path)
{
	size_t n = strlen(path);
	if (n < 5 || strcmp(path + n - 3, ".js") != 0 || path[0] < 'A' ||
	    path[0] > 'Z')
		return false;
	for (size_t i = 1; i < n - 3; i++)
		if (!((path[i] >= 'a' && path[i] <= 'z') ||
		      (path[i] >= '0' && path[i] <= '9')))
			return false;
	return true;
}

/* Whether `path`, read as a name and not as a pattern, is in the tree
 * under the project root or from the repository root. */
static bool literal_exists(evid_ctx *x, const char *path)
{
	prr_buf b = PRR_BUF_INIT;
	git_oid id;
	git_filemode_t mode;
	bool found = false;
	for (int k = 0; k < 2 && !found; k++)
		found = prr_evidence_path(&b, k == 0 ? x->root : NULL, path) == 0 &&
			(k == 1 || x->root) &&
			evid_tree_find(x, b.p, &id, &mode) == EVID_FOUND;
	prr_buf_free(&b);
	return found;
}

static void check_evidence(evid_ctx *x, const prr_evidence *ev,
			   const char *owner, const prr_wave *wave,
			   planned **plans, size_t *n_plans, size_t *cap_plans);

/*
 * A path on the author's machine ("/home/me/work/proj/CLAUDE.md"): the
 * longest end of it that is a path from the repository root stands for it
 * ("CLAUDE.md"); none: unverifiable, never contradicted.
 */
static void check_machine_path(evid_ctx *x, const prr_evidence *ev,
			       const char *owner, const prr_wave *wave,
			       planned **plans, size_t *n_plans,
			       size_t *cap_plans, const char *tail)
{
	for (const char *t = tail; t; t = strchr(t, '/') ? strchr(t, '/') + 1 : NULL) {
		git_oid id;
		git_filemode_t mode;
		if (*t && evid_tree_find(x, t, &id, &mode) == EVID_FOUND) {
			prr_evidence e = *ev;
			e.path = t;
			e.beside = NULL;
			check_evidence(x, &e, owner, wave, plans, n_plans, cap_plans);
			return;
		}
	}
	evid_add_check(x->rep, "path", PRR_UNVERIFIABLE, owner, ev->path, ev->line,
		       "'%s' is a path on the author's machine; no end of it is "
		       "a path in the repository at %s", ev->path, x->short_id);
}

static void check_evidence(evid_ctx *x, const prr_evidence *ev,
			   const char *owner, const prr_wave *wave,
			   planned **plans, size_t *n_plans, size_t *cap_plans)
{
	prr_evreport *rep = x->rep;
	const char *path = ev->path, *at = x->short_id, *ignored, *in_case;
	size_t n_case;
	if (!path || !*path)
		return;
	size_t home = prr_rec_path_machine(path, strlen(path));
	if (home) {
		check_machine_path(x, ev, owner, wave, plans, n_plans, cap_plans,
				   path + home);
		return;
	}
	prr_buf norm = PRR_BUF_INIT;
	/* "app/api/[id]/route.ts" names a file before it is a pattern */
	if (prr_glob_has_magic(path) && !literal_exists(x, path)) {
		if (prr_evidence_path(&norm, x->root, path) < 0)
			evid_add_check(rep, "refused", PRR_UNVERIFIABLE, owner, path,
				  ev->line, "refused: '%s' leaves the repository",
				  path);
		else
			check_glob(x, ev, owner, norm.p);
		prr_buf_free(&norm);
		return;
	}
	prr_buf_free(&norm);
	evid_loc l;
	if (evid_locate(x, ev, &l) < 0) {
		x->failed = true;
		return;
	}
	if (l.leaves) {
		evid_add_check(rep, "refused", PRR_UNVERIFIABLE, owner, path, ev->line,
			  "refused: '%s' leaves the repository", path);
		return;
	}
	const evid_hit *best = evid_loc_best(&l);
	if (!l.n_hits && l.refused) {
		evid_add_check(rep, "refused", PRR_UNVERIFIABLE, owner, path, ev->line,
			  "refused: '%s' is a symbolic link leading outside the "
			  "repository", path);
		return;
	}
	if (ev->absent && !ev->token && ev->planned) {
		/* a file the plan will delete: gone is what it asks, still
		 * there no contradiction of it */
		const evid_hit *d = l.n_direct ? &l.hits[0] : NULL;
		prr_evcheck *c = d
			? resolved(evid_add_check(rep, "absent", PRR_UNVERIFIABLE,
					owner, path, ev->line, "'%s' is to be deleted "
					"and still there at %s as '%s'", path, at,
					d->path), d->path)
			: evid_add_check(rep, "absent", PRR_CONFIRMED, owner, path,
					 ev->line, "'%s' is to be deleted and absent "
					 "at %s (tried %s)", path, at, l.tried);
		planned *p = PRR_VEC_PUSH(&rep->arena, *plans, *n_plans, *cap_plans);
		p->check = (size_t)(c - rep->checks);
		p->deletion = true;
		p->there = d != NULL;
		prr_buf b = PRR_BUF_INIT;
		for (int k = 0; k < 2; k++)
			if (d ? k == 0 : (k == 1 || x->root) &&
			    prr_evidence_path(&b, k == 0 ? x->root : NULL, path) == 0 &&
			    b.n)
				*PRR_VEC_PUSH(&rep->arena, p->patterns, p->n_patterns,
					      p->cap_patterns) =
					prr_arena_strdup(&rep->arena, d ? d->path : b.p);
		prr_buf_free(&b);
		return;
	}
	if (ev->absent && !ev->token) {
		const evid_hit *d = l.n_direct ? &l.hits[0] : NULL;
		if (d)
			resolved(evid_add_check(rep, "absent", PRR_CONTRADICTED, owner,
					   path, ev->line, "'%s' exists at %s as '%s'",
					   path, at, d->path), d->path);
		else
			evid_add_check(rep, "absent", PRR_CONFIRMED, owner, path,
				  ev->line, "'%s' is absent at %s (tried %s)", path,
				  at, l.tried);
		return;
	}
	if (ev->planned && !best && !l.n_suffix) {
		prr_evcheck *c = evid_add_check(rep, "planned", PRR_UNVERIFIABLE, owner,
					   path, ev->line,
					   "'%s' is planned and not there yet at %s",
					   path, at);
		planned *p = PRR_VEC_PUSH(&rep->arena, *plans, *n_plans, *cap_plans);
		p->check = (size_t)(c - rep->checks);
		p->end = wave && wave->end && prr_date_valid(wave->end) ? wave->end : NULL;
		prr_buf b = PRR_BUF_INIT;
		if (x->root && prr_evidence_path(&b, x->root, path) == 0)
			*PRR_VEC_PUSH(&rep->arena, p->patterns, p->n_patterns,
				      p->cap_patterns) = prr_arena_strdup(&rep->arena, b.p);
		if (l.suffix) /* anywhere, as resolution would find it */
			*PRR_VEC_PUSH(&rep->arena, p->patterns, p->n_patterns,
				      p->cap_patterns) =
				prr_arena_printf(&rep->arena, "**/%s", l.suffix);
		prr_buf_free(&b);
		return;
	}
	if (best && strcmp(best->path, path) == 0 &&
	    strncmp(best->how, "from the ", 9) == 0) /* found as written */
		resolved(evid_add_check(rep, "path", PRR_CONFIRMED, owner, path, ev->line,
				   "'%s' exists at %s", path, at), best->path);
	else if (best)
		resolved(evid_add_check(rep, "path", PRR_CONFIRMED, owner, path, ev->line,
				   "'%s' exists at %s as '%s' (%s)", path, at,
				   best->path, best->how), best->path);
	else if (l.n_suffix > 1)
		evid_add_check(rep, "path", PRR_UNVERIFIABLE, owner, path, ev->line,
			  "'%s' at %s is any of %zu paths: %s", path, at,
			  l.n_suffix, evid_loc_candidates(x, &l));
	else if ((ignored = evid_ignored_by(x, path)) != NULL)
		evid_add_check(rep, "path", PRR_UNVERIFIABLE, owner, path, ev->line,
			  "'%s' is not kept in git: '%s' at %s ignores it", path,
			  ignored, at);
	else if ((n_case = evid_case_matches(x, path, &in_case)) > 0)
		/* "### WorkflowStore.ts" over `src/store/workflowStore.ts` */
		resolved(evid_add_check(rep, "path", PRR_UNVERIFIABLE, owner, path,
				   ev->line, "'%s' is not at %s as written; '%s'%s "
				   "differs from it in case alone", path, at, in_case,
				   n_case > 1 ? prr_arena_printf(&rep->arena,
					" (and %zu more)", n_case - 1) : ""),
			 in_case);
	else if (!file_shaped(path) && !evid_first_folder_known(x, path))
		/* "react-hooks/static-components": a rule's or a package's
		 * name as much as a path */
		evid_add_check(rep, "path", PRR_UNVERIFIABLE, owner, path, ev->line,
			  "'%s' names no file and nothing at %s is called '%.*s': "
			  "not a path of this repository?", path, at,
			  (int)strcspn(path + (path[0] == '/'), "/"), path + (path[0] == '/'));
	else
		evid_add_check(rep, "path", PRR_CONTRADICTED, owner, path, ev->line,
			  "'%s' does not exist at %s (tried %s%s%s)", path, at,
			  l.tried, l.suffix ? " and **/" : "",
			  l.suffix ? l.suffix : "");
	if (!ev->token)
		return;
	if (ev->absent) {
		check_absent_token(x, ev, owner, &l);
		return;
	}
	if (!l.n_hits) {
		evid_add_check(rep, "token", PRR_UNVERIFIABLE, owner, ev->token, ev->line,
			  "'%s' cannot be looked for: '%s' does not exist at %s",
			  ev->token, path, at);
		return;
	}
	const char *where = NULL;
	const evid_hit *h = token_place(x, &l, ev->token, &where);
	if (x->failed)
		return;
	if (h)
		resolved(evid_add_check(rep, "token", PRR_CONFIRMED, owner, ev->token,
				   ev->line, "'%s' is in '%s' at %s", ev->token,
				   where, at), where);
	else
		resolved(evid_add_check(rep, "token", PRR_CONTRADICTED, owner, ev->token,
				   ev->line, "'%s' is not in '%s' at %s%s", ev->token,
				   best ? best->path : path, at,
				   l.n_hits > 1 ? " (nor in any other place it may be)"
						: ""), best ? best->path : NULL);
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
	/* a planned file: the earliest commit by time (walks of several
	 * branches), and the path it added */
	bool earliest;
	long long oldest_time;
	const char *oldest_path;
	/* a path contradicted at the commit checked: the newest commit that
	 * touched it before is the one that removed (or moved) it; a bare
	 * name (`name`) is looked for in any folder */
	bool gone;
	const char *name;
} watch;

typedef struct watcher {
	prr_evreport *rep;
	watch *v;
	size_t n;
} watcher;

/* `p` is the pattern's path or under it, read as written ("app/[id]/x.ts"
 * names a file) or as a glob. */
static bool pattern_hits(const char *pattern, const char *p)
{
	size_t k = strlen(pattern);
	if (k == 0 || (strncmp(p, pattern, k) == 0 && (p[k] == '\0' || p[k] == '/')))
		return true;
	if (!prr_glob_has_magic(pattern))
		return false;
	char *tmp = prr_xstrdup(p);
	bool hit = evid_under_glob(pattern, tmp);
	free(tmp);
	return hit;
}

static bool path_hits(const watch *w, const char *p)
{
	if (w->name) {
		const char *base = strrchr(p, '/');
		if (strcmp(base ? base + 1 : p, w->name) == 0)
			return true;
	}
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
		if (w->earliest && w->hits > 1 && c->ctime > w->oldest_time)
			continue;
		w->oldest_id = id;
		w->oldest_date = d;
		w->oldest_time = c->ctime;
		if (w->earliest)
			w->oldest_path = prr_arena_strdup(&ws->rep->arena,
							  c->paths[k]);
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
static long token_since(evid_ctx *x, const watch *w)
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
				     w->touch_ids[i], prr_repo_path(x->repo), evid_git_msg());
			git_commit_free(c);
			found = -2;
			break;
		}
		x->tree = t;
		git_oid id;
		git_filemode_t mode;
		int r = evid_tree_find(x, w->file, &id, &mode);
		if (r == EVID_FAILED) {
			found = -2;
		} else if (r == EVID_FOUND && mode != GIT_FILEMODE_TREE &&
			   mode != GIT_FILEMODE_COMMIT) {
			int h = evid_blob_has(x, &id, w->token, false);
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

/*** Commit references ***/

static void check_ref(evid_ctx *x, const prr_commitref *cr)
{
	prr_evreport *rep = x->rep;
	const char *ref = cr->ref ? cr->ref : "";
	size_t n = strlen(ref);
	if (n < 7 || n > 40 || strspn(ref, "0123456789abcdefABCDEF") != n) {
		evid_add_check(rep, "commit", PRR_UNVERIFIABLE, NULL, ref, cr->line,
			  "'%s' is not a commit id (7 to 40 hex digits)", ref);
		return;
	}
	git_oid oid;
	git_object *obj = NULL;
	int r = git_oid_fromstrn(&oid, ref, n);
	if (r == 0)
		r = git_object_lookup_prefix(&obj, x->git, &oid, n, GIT_OBJECT_COMMIT);
	if (r == GIT_EAMBIGUOUS) {
		evid_add_check(rep, "commit", PRR_UNVERIFIABLE, NULL, ref, cr->line,
			  "commit '%s' is ambiguous in '%s'", ref,
			  prr_repo_path(x->repo));
		return;
	}
	if (r < 0) {
		evid_add_check(rep, "commit", PRR_CONTRADICTED, NULL, ref, cr->line,
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
	prr_evcheck *k = evid_add_check(rep, "commit", PRR_CONFIRMED, NULL, ref,
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
static int walk_watching(evid_ctx *x, const prr_evidence_opts *o, const char *rev,
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
static int delivery(evid_ctx *x, const prr_evidence_opts *o, size_t first_check)
{
	prr_evreport *rep = x->rep;
	watcher ws = { rep, NULL, 0 };
	size_t cap = 0;
	size_t end = rep->n_checks;
	prr_buf b = PRR_BUF_INIT;
	for (size_t i = first_check; i < end; i++) {
		prr_evcheck *c = &rep->checks[i];
		if (strcmp(c->kind, "path") == 0 && c->verdict == PRR_CONTRADICTED &&
		    c->subject && !prr_glob_has_magic(c->subject)) {
			watch *w = add_watch(&ws, &cap, c);
			w->gone = true;
			if (!strchr(c->subject, '/'))
				w->name = c->subject;
			for (int k = 0; k < 2; k++)
				if ((k == 1 || x->root) &&
				    prr_evidence_path(&b, k == 0 ? x->root : NULL,
						      c->subject) == 0 && b.n)
					add_pattern(&rep->arena, w, b.p);
			continue;
		}
		if (strcmp(c->kind, "path") != 0 || c->verdict != PRR_CONFIRMED ||
		    !c->resolved)
			continue;
		/* the token claim made of the same evidence follows its path */
		const prr_evcheck *t = i + 1 < end ? &rep->checks[i + 1] : NULL;
		bool token = t && strcmp(t->kind, "token") == 0 &&
			     t->verdict == PRR_CONFIRMED && t->line == c->line &&
			     t->resolved && !prr_glob_has_magic(t->resolved);
		prr_evcheck *h = evid_add_check(rep, "history", PRR_UNVERIFIABLE, c->owner,
					   c->subject, c->line, "%s", "");
		h->resolved = c->resolved;
		h->item = c->item;
		watch *w = add_watch(&ws, &cap, h);
		add_pattern(&rep->arena, w, c->resolved);
		if (token) {
			w->token = t->subject;
			w->file = t->resolved;
		}
	}
	prr_buf_free(&b);
	if (!ws.n)
		return 0;
	if (walk_watching(x, o, rep->commit, NULL, &ws) < 0)
		return -1;
	for (size_t i = 0; i < ws.n; i++) {
		watch *w = &ws.v[i];
		prr_evcheck *h = &rep->checks[w->check];
		if (w->gone) {
			if (w->hits && rep->date && strcmp(w->oldest_date, rep->date) <= 0 &&
			    strcmp(rep->date, w->newest_date) < 0) {
				/* the document was added after the file went:
				 * on the date the review states, it was there */
				set_verdict(rep, h, PRR_UNVERIFIABLE);
				h->message = prr_arena_printf(&rep->arena,
					"%s; it was there on the review's date %s (from "
					"%.10s of %s until %.10s of %s, which removed or "
					"moved it: '%s'): the review was written before the "
					"commit checked", h->message, rep->date,
					w->oldest_id, w->oldest_date, w->newest_id,
					w->newest_date, w->summary ? w->summary : "");
			} else if (w->hits) {
				h->message = prr_arena_printf(&rep->arena,
					"%s; it was there until %.10s (%s), which removed "
					"or moved it: '%s'", h->message, w->newest_id,
					w->newest_date, w->summary ? w->summary : "");
			} else if (w->name && library_shaped(w->name)) {
				/* never a file here: "Helmet.js activé" names the
				 * library; a file the review made up would read the
				 * same, so nothing is claimed either way */
				set_verdict(rep, h, PRR_UNVERIFIABLE);
				h->message = prr_arena_printf(&rep->arena,
					"'%s' is a library's name as much as a file's, and "
					"no file of that name is in any commit up to %s: it "
					"names a library or nothing in the repository",
					h->subject, x->short_id);
			}
			continue;
		}
		if (!w->hits) {
			h->message = prr_arena_printf(&rep->arena,
				"no commit up to %s changed '%s' (merges list no paths)",
				x->short_id, h->resolved);
			continue;
		}
		set_verdict(rep, h, PRR_CONFIRMED);
		h->commit = w->newest_id;
		h->date = w->newest_date;
		h->first_commit = w->oldest_id;
		h->first_date = w->oldest_date;
		h->message = prr_arena_printf(&rep->arena,
			"'%s' first appeared in %.10s (%s), last changed in %.10s (%s)",
			h->resolved, w->oldest_id, w->oldest_date, w->newest_id,
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
				w->file, w->token, w->touch_ids[k],
				w->touch_dates[k], w->newest_id, w->newest_date);
		}
	}
	return 0;
}

/* Walks every branch but HEAD's (HEAD's history and the reviewed commit
 * hidden). */
static int walk_branches(evid_ctx *x, const prr_evidence_opts *o, watcher *ws)
{
	git_branch_iterator *it = NULL;
	git_reference *ref = NULL;
	git_branch_t type;
	int rc = -1;
	if (git_branch_iterator_new(&it, x->git, GIT_BRANCH_ALL) < 0)
		goto fail;
	int r;
	while ((r = git_branch_next(&ref, &type, it)) == 0) {
		const git_oid *target = git_reference_target(ref);
		char hex[PRR_OID_HEX + 1];
		if (target) { /* a symbolic origin/HEAD has none */
			git_oid_tostr(hex, sizeof hex, target);
			if (walk_watching(x, o, hex, "HEAD", ws) < 0) {
				git_reference_free(ref);
				goto done;
			}
		}
		git_reference_free(ref);
	}
	if (r != GIT_ITEROVER)
		goto fail;
	rc = 0;
	goto done;
fail:
	prr_buf_addf(x->err, "cannot list the branches of '%s': %s",
		     prr_repo_path(x->repo), evid_git_msg());
done:
	git_branch_iterator_free(it);
	return rc;
}

/* Planned files missing at the reviewed commit: the first commit after
 * it that adds one is its delivery. */
static int later_planned(evid_ctx *x, const prr_evidence_opts *o,
			 const planned *plans, size_t n)
{
	prr_evreport *rep = x->rep;
	watcher ws = { rep, NULL, 0 };
	size_t cap = 0;
	size_t *of = NULL, n_of = 0, cap_of = 0; /* the plans watched */
	for (size_t i = 0; i < n; i++) {
		if (plans[i].deletion)
			continue;
		*PRR_VEC_PUSH(&rep->arena, of, n_of, cap_of) = i;
		watch *w = add_watch(&ws, &cap, &rep->checks[plans[i].check]);
		w->earliest = true;
		for (size_t k = 0; k < plans[i].n_patterns; k++)
			add_pattern(&rep->arena, w, plans[i].patterns[k]);
	}
	if (!ws.n)
		return 0;
	char head[PRR_OID_HEX + 1];
	if (prr_repo_resolve(x->repo, NULL, head, x->err) < 0 ||
	    walk_watching(x, o, NULL, rep->commit, &ws) < 0 ||
	    (o->all_branches && walk_branches(x, o, &ws) < 0))
		return -1;
	git_oid oid;
	git_commit *hc = NULL;
	char head_date[11] = "";
	if (git_oid_fromstr(&oid, head) == 0 &&
	    git_commit_lookup(&hc, x->git, &oid) == 0)
		prr_time_date(head_date, git_commit_time(hc),
			      git_commit_time_offset(hc));
	git_commit_free(hc);
	const char *where = o->all_branches ? "on any branch" : "on HEAD's history";
	for (size_t i = 0; i < ws.n; i++) {
		watch *w = &ws.v[i];
		prr_evcheck *c = &rep->checks[w->check];
		if (w->hits) {
			set_verdict(rep, c, PRR_CONFIRMED);
			c->first_commit = c->commit = w->oldest_id;
			c->first_date = c->date = w->oldest_date;
			c->resolved = w->oldest_path;
			c->message = prr_arena_printf(&rep->arena,
				"'%s' planned — not there at %s, delivered in %.10s on "
				"%s as '%s'", c->subject, x->short_id, w->oldest_id,
				w->oldest_date, w->oldest_path);
			continue;
		}
		const planned *pl = &plans[of[i]];
		bool past = pl->end && *head_date && strcmp(pl->end, head_date) < 0;
		if (past)
			set_verdict(rep, c, PRR_CONTRADICTED);
		c->message = prr_arena_printf(&rep->arena,
			"'%s' planned — not delivered: no commit after %s %s adds "
			"it (%s%s%s)", c->subject, x->short_id, where,
			past ? "the plan's window ended " : "the plan's window ",
			pl->end ? pl->end : "is not stated",
			past ? prr_arena_printf(&rep->arena, ", HEAD is of %s",
						head_date)
			     : pl->end ? " is not past HEAD" : "");
	}
	return 0;
}

/* Whether `path` is in HEAD's tree: 1 yes, 0 no, -1 on a read error;
 * `date` gets HEAD's date. */
static int at_head(evid_ctx *x, const char *path, char date[11])
{
	char head[PRR_OID_HEX + 1];
	git_oid oid;
	git_commit *c = NULL;
	git_tree *t = NULL;
	if (prr_repo_resolve(x->repo, NULL, head, x->err) < 0)
		return -1;
	if (git_oid_fromstr(&oid, head) < 0 ||
	    git_commit_lookup(&c, x->git, &oid) < 0 ||
	    git_commit_tree(&t, c) < 0) {
		prr_buf_addf(x->err, "cannot read commit %s in '%s': %s", head,
			     prr_repo_path(x->repo), evid_git_msg());
		git_commit_free(c);
		return -1;
	}
	prr_time_date(date, git_commit_time(c), git_commit_time_offset(c));
	git_tree *saved = x->tree;
	x->tree = t;
	git_oid id;
	git_filemode_t mode;
	int r = evid_tree_find(x, path, &id, &mode);
	x->tree = saved;
	git_tree_free(t);
	git_commit_free(c);
	return r == EVID_FAILED ? -1 : r == EVID_FOUND;
}

/*
 * Files the plan will delete.  Gone at the commit checked: the last commit
 * before it that touched the path is the one that deleted (or moved) it.
 * Still there: the last commit of HEAD's history after it that touched
 * the path deleted it, when HEAD no longer has it.
 */
static int later_deleted(evid_ctx *x, const prr_evidence_opts *o,
			 const planned *plans, size_t n)
{
	prr_evreport *rep = x->rep;
	for (int there = 0; there < 2; there++) {
		watcher ws = { rep, NULL, 0 };
		size_t cap = 0;
		for (size_t i = 0; i < n; i++) {
			if (!plans[i].deletion || plans[i].there != (there == 1) ||
			    !plans[i].n_patterns)
				continue;
			watch *w = add_watch(&ws, &cap, &rep->checks[plans[i].check]);
			for (size_t k = 0; k < plans[i].n_patterns; k++)
				add_pattern(&rep->arena, w, plans[i].patterns[k]);
		}
		if (!ws.n)
			continue;
		if (walk_watching(x, o, there ? NULL : rep->commit,
				  there ? rep->commit : NULL, &ws) < 0)
			return -1;
		for (size_t i = 0; i < ws.n; i++) {
			watch *w = &ws.v[i];
			prr_evcheck *c = &rep->checks[w->check];
			if (!there) {
				if (w->hits)
					c->message = prr_arena_printf(&rep->arena,
						"%s; %.10s (%s) deleted or moved it: '%s'",
						c->message, w->newest_id, w->newest_date,
						w->summary ? w->summary : "");
				else
					c->message = prr_arena_printf(&rep->arena,
						"%s; no commit up to %s had it", c->message,
						x->short_id);
				continue;
			}
			char head_date[11] = "";
			int h = at_head(x, w->patterns[0], head_date);
			if (h < 0)
				return -1;
			if (h) {
				c->message = prr_arena_printf(&rep->arena,
					"%s, and at HEAD (%s)", c->message, head_date);
				continue;
			}
			if (!w->hits) {
				c->message = prr_arena_printf(&rep->arena,
					"%s; HEAD (%s) has it no more, but no commit of "
					"HEAD's history after %s lists it (merges list no "
					"paths)", c->message, head_date, x->short_id);
				continue;
			}
			set_verdict(rep, c, PRR_CONFIRMED);
			c->commit = w->newest_id;
			c->date = w->newest_date;
			c->message = prr_arena_printf(&rep->arena,
				"%s; deleted later, in %.10s on %s: '%s'", c->message,
				w->newest_id, w->newest_date, w->summary ? w->summary : "");
		}
	}
	return 0;
}

/* Staleness: commits after the reviewed one touching components' paths. */
static int staleness(evid_ctx *x, const prr_review *r, const prr_config *cfg,
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
		prr_evcheck *s = evid_add_check(rep, "stale", PRR_CONFIRMED, NULL,
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
			prr_plural((long)s->count, "", "s"), x->short_id, s->subject, s->commit,
			s->date, s->summary);
	}
	return 0;
}

/* Evidence of the review, each item with its owner and wave, in the
 * order that numbers the items (prr_evcheck.item). */
typedef void (*evidence_fn)(evid_ctx *x, const prr_evidence *ev,
			    const char *owner, const prr_wave *wave, void *p);

/* Calls fn on item number `item` and marks the checks it added. */
static void one_item(evid_ctx *x, long item, evidence_fn fn,
		     const prr_evidence *ev, const char *owner,
		     const prr_wave *wave, void *p)
{
	size_t from = x->rep->n_checks;
	fn(x, ev, owner, wave, p);
	for (size_t i = from; i < x->rep->n_checks; i++)
		x->rep->checks[i].item = item;
}

static void each_evidence(evid_ctx *x, const prr_review *r, evidence_fn fn,
			  void *p)
{
	prr_arena *a = &x->rep->arena;
	long item = 0;
	for (size_t i = 0; i < r->n_waves && !x->failed; i++)
		for (size_t j = 0; j < r->waves[i].n_stories && !x->failed; j++) {
			const prr_story *s = &r->waves[i].stories[j];
			const char *owner = prr_arena_printf(a, "story %s",
				s->id ? s->id : s->title ? s->title : "?");
			for (size_t k = 0; k < s->n_evidence && !x->failed; k++)
				one_item(x, item++, fn, &s->evidence[k], owner,
					 &r->waves[i], p);
		}
	for (size_t i = 0; i < r->n_components && !x->failed; i++) {
		const prr_component *c = &r->components[i];
		const char *owner = prr_arena_printf(a, "component %s",
						     c->name ? c->name : "?");
		for (size_t k = 0; k < c->n_evidence && !x->failed; k++)
			one_item(x, item++, fn, &c->evidence[k], owner, NULL, p);
	}
	for (size_t k = 0; k < r->n_evidence && !x->failed; k++)
		one_item(x, item++, fn, &r->evidence[k], NULL, NULL, p);
}

static void no_commit(evid_ctx *x, const prr_evidence *ev, const char *owner,
		      const prr_wave *wave, void *p)
{
	(void)wave;
	(void)p;
	evid_add_check(x->rep, "path", PRR_UNVERIFIABLE, owner, ev->path, ev->line,
		  "no commit to check '%s' against", ev->path ? ev->path : "");
}

typedef struct plan_list {
	planned *v;
	size_t n, cap;
} plan_list;

static void one_evidence(evid_ctx *x, const prr_evidence *ev, const char *owner,
			 const prr_wave *wave, void *p)
{
	plan_list *pl = p;
	check_evidence(x, ev, owner, wave, &pl->v, &pl->n, &pl->cap);
}

int prr_evidence_check(prr_evreport *out, prr_repo *repo, const prr_review *r,
		       const prr_config *cfg, const prr_evidence_opts *o,
		       prr_buf *err)
{
	memset(out, 0, sizeof *out);
	out->file = r->source_file;
	out->date = r->date;
	const char *root = o->root ? o->root : cfg ? cfg->root : NULL;
	evid_ctx x = { repo, prr_repo_git(repo), NULL, "", out, err, false, root,
		       o->index ? o->index : prr_evindex_new() };
	git_commit *commit = NULL;
	plan_list plans = { NULL, 0, 0 };
	int rc = -1;
	if (evid_find_commit(&x, r, o) < 0)
		goto done;
	for (size_t i = 0; i < r->n_commits; i++)
		check_ref(&x, &r->commits[i]);
	if (!out->commit) {
		/* no commit to look at: every evidence claim is unverifiable */
		each_evidence(&x, r, no_commit, NULL);
		rc = 0;
		goto done;
	}
	git_oid oid;
	if (git_oid_fromstr(&oid, out->commit) < 0 ||
	    git_commit_lookup(&commit, x.git, &oid) < 0 ||
	    git_commit_tree(&x.tree, commit) < 0) {
		prr_buf_addf(err, "cannot read commit %s in '%s': %s", out->commit,
			     prr_repo_path(repo), evid_git_msg());
		goto done;
	}
	git_oid_tostr(x.short_id, 11, &oid);
	char date[11];
	prr_time_date(date, git_commit_committer(commit)->when.time,
		      git_commit_committer(commit)->when.offset);
	out->commit_date = prr_arena_strdup(&out->arena, date);
	const char *summary = git_commit_summary(commit);
	prr_evcheck *rv = evid_add_check(out, "revision", PRR_CONFIRMED, NULL,
				    r->revision ? r->revision : r->date,
				    r->date_line, "checked at %s of %s (%s%s%s): %s",
				    x.short_id, date, evid_rule_words(out),
				    out->cutoff ? ", " : "",
				    out->cutoff ? out->cutoff : "",
				    summary ? summary : "");
	rv->commit = out->commit;
	rv->date = out->commit_date;
	size_t first = out->n_checks;
	each_evidence(&x, r, one_evidence, &plans);
	if (x.failed || later_planned(&x, o, plans.v, plans.n) < 0 ||
	    later_deleted(&x, o, plans.v, plans.n) < 0 ||
	    delivery(&x, o, first) < 0 || staleness(&x, r, cfg, o, root) < 0)
		goto done;
	rc = 0;
done:
	if (!o->index)
		prr_evindex_free(x.index);
	git_tree_free(x.tree);
	git_commit_free(commit);
	return rc;
}
