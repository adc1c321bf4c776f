/* evidence.c - evidence and commit references checked; see evidence.h. */
#include "evid_int.h"
#include "prr/fsutil.h"
#include "prr/glob.h"
#include "prr/rec_path.h"

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
void evid_set_verdict(prr_evreport *rep, prr_evcheck *c, prr_verdict v)
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
bool evid_library_shaped(const char *path)
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
		evid_check_ref(&x, &r->commits[i]);
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
	if (x.failed || evid_later_planned(&x, o, plans.v, plans.n) < 0 ||
	    evid_later_deleted(&x, o, plans.v, plans.n) < 0 ||
	    evid_delivery(&x, o, first) < 0 || evid_staleness(&x, r, cfg, o, root) < 0)
		goto done;
	rc = 0;
done:
	if (!o->index)
		prr_evindex_free(x.index);
	git_tree_free(x.tree);
	git_commit_free(commit);
	return rc;
}
