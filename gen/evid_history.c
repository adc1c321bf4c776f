/* evid_history.c - the history walked for what the evidence checks
 * leave open: delivery dates of planned files and held tokens, files
 * deleted since, components stale since the review, commit references. */
#include "evid_int.h"
#include "prr/glob.h"

#include <stdlib.h>
#include <string.h>

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
bool prr_evidence_covers(const char *pattern, const char *p)
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

bool prr_evidence_covers_any(const char *const *patterns, size_t n,
			     const char *path)
{
	for (size_t i = 0; i < n; i++)
		if (prr_evidence_covers(patterns[i], path))
			return true;
	return false;
}

static bool path_hits(const watch *w, const char *p)
{
	if (w->name) {
		const char *base = strrchr(p, '/');
		if (strcmp(base ? base + 1 : p, w->name) == 0)
			return true;
	}
	return prr_evidence_covers_any(w->patterns, w->n_patterns, p);
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

void evid_check_ref(evid_ctx *x, const prr_commitref *cr)
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
int evid_delivery(evid_ctx *x, const prr_evidence_opts *o, size_t first_check)
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
				evid_set_verdict(rep, h, PRR_UNVERIFIABLE);
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
			} else if (w->name && evid_library_shaped(w->name)) {
				/* never a file here: "Helmet.js activé" names the
				 * library; a file the review made up would read the
				 * same, so nothing is claimed either way */
				evid_set_verdict(rep, h, PRR_UNVERIFIABLE);
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
		evid_set_verdict(rep, h, PRR_CONFIRMED);
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
int evid_later_planned(evid_ctx *x, const prr_evidence_opts *o,
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
			evid_set_verdict(rep, c, PRR_CONFIRMED);
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
			evid_set_verdict(rep, c, PRR_CONTRADICTED);
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
int evid_later_deleted(evid_ctx *x, const prr_evidence_opts *o,
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
			evid_set_verdict(rep, c, PRR_CONFIRMED);
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
int evid_staleness(evid_ctx *x, const prr_review *r, const prr_config *cfg,
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
		evid_set_verdict(rep, s, PRR_UNVERIFIABLE);
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
