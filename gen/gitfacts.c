/* gitfacts.c - history and evidence as figure inputs; see gitfacts.h. */
/* realpath() is X/Open */
#define _XOPEN_SOURCE 700
#include "prr/gitfacts.h"
#include "prr/evidence.h"
#include "prr/glob.h"
#include "prr/history.h"

#include <git2.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct walk_ctx {
	prr_gitfacts *g;
	const char *head;    /* HEAD's id, or "" */
	const prr_tag *tags; /* sorted by target for bsearch */
	size_t n_tags;
	prr_names by_name;   /* tag name -> index in g->tags */
} walk_ctx;

static int cmp_target(const void *a, const void *b)
{
	return strcmp(((const prr_tag *)a)->target, ((const prr_tag *)b)->target);
}

static int on_commit(const prr_commit *c, void *payload)
{
	walk_ctx *w = payload;
	prr_gitfacts *g = w->g;
	if (!g->head && strcmp(c->id, w->head) == 0) {
		char date[11];
		prr_time_date(date, c->ctime, c->ctz);
		g->head = prr_arena_printf(&g->arena, "%.10s", c->id);
		g->head_date = prr_arena_strdup(&g->arena, date);
	}
	*(long long *)PRR_VEC_PUSH(&g->arena, g->commit_times, g->n_commits,
				   g->cap_commits) = c->ctime;
	prr_tag key;
	memcpy(key.target, c->id, sizeof key.target);
	const prr_tag *t = w->n_tags ? bsearch(&key, w->tags, w->n_tags,
					       sizeof *w->tags, cmp_target)
				     : NULL; /* no tags: w->tags is NULL */
	/* several tags may share the commit: they sit together in the sort */
	while (t && t > w->tags && strcmp(t[-1].target, c->id) == 0)
		t--;
	for (; t && t < w->tags + w->n_tags && strcmp(t->target, c->id) == 0; t++) {
		char date[11];
		prr_time_date(date, c->ctime, c->ctz);
		size_t i = prr_names_find(&w->by_name, t->name);
		if (i != PRR_NAMES_NONE)
			g->tags[i].date = prr_arena_strdup(&g->arena, date);
	}
	return 0;
}

/* Commit times and tags with their dates. */
static int read_history(prr_gitfacts *g, prr_repo *repo,
			const prr_gitfacts_opts *o, prr_buf *err)
{
	prr_tag *tags = NULL;
	size_t n = 0;
	if (prr_repo_tags(repo, &tags, &n, err) < 0)
		return -1;
	g->n_tags = n;
	g->tags = prr_arena_array(&g->arena, n, sizeof *g->tags);
	char head[PRR_OID_HEX + 1] = "";
	prr_buf none = PRR_BUF_INIT; /* no HEAD (an empty repository): none */
	if (prr_repo_resolve(repo, NULL, head, &none) < 0)
		head[0] = '\0';
	prr_buf_free(&none);
	walk_ctx w = { g, head, tags, n, { .exact = true } };
	for (size_t i = 0; i < n; i++) { /* in name order, as listed */
		g->tags[i].name = prr_arena_strdup(&g->arena, tags[i].name);
		prr_names_put(&w.by_name, g->tags[i].name, i);
	}
	if (n > 1) /* none: tags is NULL, which qsort must not be given */
		qsort(tags, n, sizeof *tags, cmp_target);
	prr_history_opts ho = PRR_HISTORY_OPTS_INIT;
	ho.cache_dir = o->cache_dir;
	ho.progress = o->progress;
	int rc = prr_history_walk(repo, &ho, on_commit, &w, NULL, err);
	prr_names_free(&w.by_name);
	prr_tags_free(tags, n);
	/* a tag of a commit outside HEAD's history keeps no date: drop it */
	size_t k = 0;
	for (size_t i = 0; i < g->n_tags; i++)
		if (g->tags[i].date)
			g->tags[k++] = g->tags[i];
	g->n_tags = k;
	return rc < 0 ? -1 : 0;
}

/* The story an evidence owner names ("story W1-S2"), or NULL. */
static const char *story_of(const char *owner)
{
	return owner && strncmp(owner, "story ", 6) == 0 ? owner + 6 : NULL;
}

/* What the checks of one story say of its delivery. */
typedef struct story_ev {
	const char *date; /* the latest first appearance, or NULL */
	bool whole;       /* every path there, no claim of absence */
	bool path;        /* it has a path or planned check */
	bool planned;     /* a plan's file names it (evidence.h) */
} story_ev;

/* A story is delivered when all its evidence came true: its date is the
 * latest of the days each evidence path (or the token it must hold)
 * first appeared, or a planned file was delivered (evidence.h).  Stories
 * not done (unless a plan's files name them), and claims of absence
 * (whose day of coming true the paths' history cannot tell), give no
 * date.  Stories
 * are matched as evidence.c names them (by id, else title), in one pass
 * over the checks and one over the stories, with hash tables. */
static void add_deliveries(prr_gitfacts *g, const prr_review *r,
			   const prr_evreport *rep)
{
	prr_names index = { .exact = true }, done = { .exact = true };
	size_t cap = rep->n_checks ? rep->n_checks : 1;
	story_ev *ev = prr_xcalloc(cap, sizeof *ev);
	const char **names = prr_xcalloc(cap, sizeof *names);
	size_t *order = prr_xcalloc(cap, sizeof *order);
	size_t n = 0, m = 0;
	for (size_t i = 0; i < rep->n_checks; i++) {
		const prr_evcheck *c = &rep->checks[i];
		const char *story = story_of(c->owner);
		if (!story)
			continue;
		size_t k = prr_names_put(&index, story, n);
		if (k == n) {
			names[n++] = story;
			ev[k].whole = true;
		}
		bool path = strcmp(c->kind, "path") == 0,
		     planned = strcmp(c->kind, "planned") == 0;
		if ((path || planned) && !ev[k].path) {
			ev[k].path = true;
			order[m++] = k; /* deliveries in the order of these */
		}
		ev[k].planned |= planned;
		if (((path || planned) && c->verdict != PRR_CONFIRMED) ||
		    strcmp(c->kind, "absent") == 0)
			ev[k].whole = false; /* not there yet, or not datable */
		if ((planned || strcmp(c->kind, "history") == 0) && c->first_date &&
		    (!ev[k].date || strcmp(c->first_date, ev[k].date) > 0))
			ev[k].date = c->first_date;
	}
	for (size_t i = 0; i < g->n_deliveries; i++)
		prr_names_put(&done, g->deliveries[i].story, i);
	/* each name's story: the first of that id or title */
	const prr_story **story = prr_xcalloc(n ? n : 1, sizeof *story);
	for (size_t w = 0; w < r->n_waves; w++)
		for (size_t j = 0; j < r->waves[w].n_stories; j++) {
			const prr_story *st = &r->waves[w].stories[j];
			const char *nm = st->id ? st->id : st->title;
			size_t k = nm ? prr_names_find(&index, nm) : PRR_NAMES_NONE;
			if (k != PRR_NAMES_NONE && !story[k])
				story[k] = st;
		}
	for (size_t o = 0; o < m; o++) {
		size_t k = order[o];
		const prr_story *st = story[k];
		if (!st || (st->status != PRR_PASS && st->status != PRR_PARTIAL &&
			    !ev[k].planned) ||
		    !ev[k].whole || !ev[k].date ||
		    prr_names_find(&done, names[k]) != PRR_NAMES_NONE)
			continue; /* not done, or done already */
		prr_delivery *d = PRR_VEC_PUSH(&g->arena, g->deliveries,
					       g->n_deliveries, g->cap_deliveries);
		d->story = prr_arena_strdup(&g->arena, names[k]);
		d->date = prr_arena_strdup(&g->arena, ev[k].date);
		prr_names_put(&done, d->story, g->n_deliveries - 1);
	}
	free(story);
	free(order);
	free(names);
	free(ev);
	prr_names_free(&index);
	prr_names_free(&done);
}

/* Claims the repository confirms or contradicts, for the audit list. */
/*
 * `msg` as pages and reports show it: the repository named by its folder,
 * never by the path it was read from on this machine ("unknown in
 * '/home/ci/src/api'" is "unknown in 'api'").
 */
static const char *shown(prr_gitfacts *g, const char *msg, const char *repo)
{
	if (!msg)
		return NULL;
	size_t n = repo ? strlen(repo) : 0;
	while (n > 1 && repo[n - 1] == '/')
		n--;
	const char *name = repo;
	for (size_t i = 0; i < n; i++)
		if (repo[i] == '/' && i + 1 < n)
			name = repo + i + 1;
	prr_buf b = PRR_BUF_INIT;
	const char *p = msg;
	for (const char *q; n && (q = strstr(p, repo)) != NULL; p = q + n) {
		bool quoted = q > msg && q[-1] == '\'' && q[n] == '\'';
		prr_buf_add(&b, p, (size_t)(q - p));
		if (quoted)
			prr_buf_add(&b, name, (size_t)(repo + n - name));
		else
			prr_buf_add(&b, q, n);
	}
	prr_buf_adds(&b, p);
	const char *out = prr_arena_strdup(&g->arena, b.p ? b.p : "");
	prr_buf_free(&b);
	return out;
}

static void add_checks(prr_gitfacts *g, const prr_review *r,
		       const prr_evreport *rep, const char *repo)
{
	static const char *const kinds[] = { "path", "token", "absent", "commit",
					     "planned", NULL };
	for (size_t i = 0; i < rep->n_checks; i++) {
		const prr_evcheck *c = &rep->checks[i];
		bool predates = strcmp(c->kind, "predates") == 0;
		if ((predates || strcmp(c->kind, "revision") == 0) && c->message) {
			/* the review's commit and rule; "predates" says more */
			if (g->n_revchecks && g->revchecks[g->n_revchecks - 1].review_date &&
			    strcmp(g->revchecks[g->n_revchecks - 1].review_date, r->date) == 0) {
				if (predates) {
					g->revchecks[g->n_revchecks - 1].text =
						shown(g, c->message, repo);
					g->revchecks[g->n_revchecks - 1].predates = true;
				}
				continue;
			}
			prr_revcheck *rc = PRR_VEC_PUSH(&g->arena, g->revchecks,
							g->n_revchecks, g->cap_revchecks);
			rc->review_date = prr_arena_strdup(&g->arena, r->date);
			rc->text = shown(g, c->message, repo);
			rc->predates = predates || c->verdict == PRR_UNVERIFIABLE;
			continue;
		}
		const char *const *k = kinds;
		while (*k && strcmp(*k, c->kind) != 0)
			k++;
		if (!*k || c->verdict == PRR_UNVERIFIABLE)
			continue;
		prr_claimcheck *x = PRR_VEC_PUSH(&g->arena, g->checks, g->n_checks,
						 g->cap_checks);
		x->review_date = prr_arena_strdup(&g->arena, r->date);
		x->subject = c->owner ? prr_arena_strdup(&g->arena, c->owner) : NULL;
		x->path = c->subject ? prr_arena_strdup(&g->arena, c->subject) : NULL;
		/* what the review claims, in words */
		x->claim = strcmp(c->kind, "path") == 0 ? "exists"
			 : strcmp(c->kind, "token") == 0 ? "holds this text"
			 : strcmp(c->kind, "absent") == 0 ? "is absent"
			 : strcmp(c->kind, "planned") == 0 ? "is delivered as planned"
							  : "is a commit of the repository";
		x->found = shown(g, c->message, repo);
		x->holds = c->verdict == PRR_CONFIRMED;
		x->line = c->line;
	}
}

/*** Each evidence item judged, each component's commits since ***/

/* The order in which an item's claims decide its verdict (figures.h). */
static int verdict_rank(prr_verdict v)
{
	return v == PRR_CONTRADICTED ? 2 : v == PRR_UNVERIFIABLE ? 1 : 0;
}

static const char *short_id(prr_gitfacts *g, const char *id)
{
	return id ? prr_arena_printf(&g->arena, "%.10s", id) : NULL;
}

static const char *dup_opt(prr_gitfacts *g, const char *s)
{
	return s ? prr_arena_strdup(&g->arena, s) : NULL;
}

/* The items of `r`, numbered as evidence.h numbers them; every
 * component's stale figure unknown (-1). */
static void number_items(prr_gitfacts *g, prr_revgit *rg, const prr_review *r)
{
	size_t n = r->n_evidence;
	for (size_t w = 0; w < r->n_waves; w++)
		for (size_t j = 0; j < r->waves[w].n_stories; j++)
			n += r->waves[w].stories[j].n_evidence;
	for (size_t j = 0; j < r->n_components; j++)
		n += r->components[j].n_evidence;
	size_t nc = r->n_components ? r->n_components : 1;
	rg->review = r;
	rg->n_items = n;
	rg->items = prr_arena_array(&g->arena, n ? n : 1, sizeof *rg->items);
	rg->comp_first = prr_arena_array(&g->arena, nc, sizeof *rg->comp_first);
	rg->stale = prr_arena_array(&g->arena, nc, sizeof *rg->stale);
	size_t k = 0;
	for (size_t w = 0; w < r->n_waves; w++)
		for (size_t j = 0; j < r->waves[w].n_stories; j++) {
			const prr_story *st = &r->waves[w].stories[j];
			for (size_t e = 0; e < st->n_evidence; e++)
				rg->items[k++].evidence = &st->evidence[e];
		}
	for (size_t j = 0; j < r->n_components; j++) {
		const prr_component *c = &r->components[j];
		rg->comp_first[j] = k;
		rg->stale[j].commits = -1;
		for (size_t e = 0; e < c->n_evidence; e++)
			rg->items[k++].evidence = &c->evidence[e];
	}
	for (size_t e = 0; e < r->n_evidence; e++)
		rg->items[k++].evidence = &r->evidence[e];
}

/* One check of an item into it: the worst claim decides the verdict
 * (the first message of that rank, or the last confirmed one: a token's
 * "is in" says more than its path's "exists"); the history check gives
 * the first and last commit. */
static void item_check(prr_gitfacts *g, prr_evitem *it, int *rank,
		       const prr_evcheck *c, const char *repo)
{
	if (!it->owner && c->owner)
		it->owner = prr_arena_strdup(&g->arena, c->owner);
	if (strcmp(c->kind, "history") == 0) {
		if (c->verdict != PRR_CONFIRMED)
			return;
		it->first_commit = short_id(g, c->first_commit);
		it->first_date = dup_opt(g, c->first_date);
		it->last_commit = short_id(g, c->commit);
		it->last_date = dup_opt(g, c->date);
		return;
	}
	/* the path's place; for a glob, the file that holds the token */
	if (c->resolved && (!it->resolved || prr_glob_has_magic(it->resolved)))
		it->resolved = prr_arena_strdup(&g->arena, c->resolved);
	if (strcmp(c->kind, "planned") == 0 && c->first_commit) {
		it->delivered = true;
		it->first_commit = short_id(g, c->first_commit);
		it->first_date = dup_opt(g, c->first_date);
	}
	int r = verdict_rank(c->verdict);
	if (it->verdict && (r < *rank || (r == *rank && r > 0)))
		return;
	it->verdict = prr_verdict_name(c->verdict);
	it->found = shown(g, c->message, repo);
	*rank = r;
}

static void add_revgit(prr_gitfacts *g, prr_revgit *rg, const prr_review *r,
		       const prr_evreport *rep, const char *repo)
{
	number_items(g, rg, r);
	rg->commit = short_id(g, rep->commit);
	rg->commit_date = dup_opt(g, rep->commit_date);
	prr_names comps = { 0 };
	for (size_t j = 0; j < r->n_components; j++)
		if (r->components[j].name)
			prr_names_put(&comps, r->components[j].name, j);
	int *rank = prr_xcalloc(rg->n_items ? rg->n_items : 1, sizeof *rank);
	for (size_t i = 0; i < rep->n_checks; i++) {
		const prr_evcheck *c = &rep->checks[i];
		if (strcmp(c->kind, "stale") == 0) {
			size_t j = c->subject ? prr_names_find(&comps, c->subject)
					      : PRR_NAMES_NONE;
			if (j == PRR_NAMES_NONE || rg->stale[j].commits >= 0)
				continue;
			prr_stale *s = &rg->stale[j];
			s->commits = c->count < 0 ? 0 : c->count;
			s->commit = short_id(g, c->commit);
			s->date = dup_opt(g, c->date);
			s->summary = dup_opt(g, c->summary);
			continue;
		}
		if (c->item >= 0 && (size_t)c->item < rg->n_items)
			item_check(g, &rg->items[c->item], &rank[c->item], c, repo);
	}
	for (size_t k = 0; k < rg->n_items; k++) {
		const char *v = rg->items[k].verdict;
		if (!v)
			continue;
		rg->confirmed += strcmp(v, "confirmed") == 0;
		rg->contradicted += strcmp(v, "contradicted") == 0;
		rg->unverifiable += strcmp(v, "unverifiable") == 0;
	}
	free(rank);
	prr_names_free(&comps);
}

int prr_gitfacts_collect(prr_gitfacts *out, const prr_reviews *set,
			 const prr_gitfacts_opts *o, prr_buf *err)
{
	prr_repo *repo = NULL;
	prr_evindex *index = prr_evindex_new(); /* reviews of one commit share it */
	int rc = -1;
	memset(out, 0, sizeof *out);
	if (prr_repo_open(&repo, o->repo, err) < 0)
		goto done;
	if (read_history(out, repo, o, err) < 0)
		goto done;
	out->n_revgits = set->n;
	out->revgits = prr_arena_array(&out->arena, set->n ? set->n : 1,
				       sizeof *out->revgits);
	prr_evidence_opts eo = { o->root, o->cache_dir, o->progress,
				 o->all_branches, index, &set->files };
	/* newest review first: a story's delivery is read off the latest
	 * review that cites its evidence */
	for (size_t i = set->n; i-- > 0;) {
		prr_evreport rep;
		if (prr_evidence_check(&rep, repo, set->v[i], set->config, &eo,
				       err) < 0) {
			prr_evreport_free(&rep);
			goto done;
		}
		add_deliveries(out, set->v[i], &rep);
		add_checks(out, set->v[i], &rep, prr_repo_path(repo));
		add_revgit(out, &out->revgits[i], set->v[i], &rep, prr_repo_path(repo));
		prr_evreport_free(&rep);
	}
	rc = 0;
done:
	prr_evindex_free(index);
	prr_repo_free(repo);
	return rc;
}

void prr_gitfacts_facts(const prr_gitfacts *g, prr_facts *out)
{
	*out = (prr_facts){ g->deliveries, g->n_deliveries, g->checks,
			    g->n_checks, g->revchecks, g->n_revchecks,
			    g->commit_times, g->n_commits, g->tags, g->n_tags,
			    g->revgits, g->n_revgits, g->head, g->head_date };
}

void prr_gitfacts_free(prr_gitfacts *g)
{
	prr_arena_free(&g->arena);
	memset(g, 0, sizeof *g);
}

/*** The commit that added a file ***/

typedef struct added {
	prr_repo *repo;
	const char *path;     /* or NULL: any path */
	git_oid blob;         /* when has_blob */
	bool has_blob;
	prr_added *out;
	prr_buf *err;
} added;

/* 1 if `path` holds the blob looked for in commit `id`, 0 if not, -1 on
 * a read error. */
static int holds_blob(added *ad, const char *id, const char *path)
{
	git_oid oid;
	git_commit *c = NULL;
	git_tree *t = NULL;
	git_tree_entry *e = NULL;
	int rc = -1;
	if (git_oid_fromstr(&oid, id) < 0 ||
	    git_commit_lookup(&c, prr_repo_git(ad->repo), &oid) < 0 ||
	    git_commit_tree(&t, c) < 0) {
		const git_error *ge = git_error_last();
		prr_buf_addf(ad->err, "cannot read commit %s in '%s': %s", id,
			     prr_repo_path(ad->repo),
			     ge && ge->message ? ge->message : "unknown error");
		goto done;
	}
	int r = git_tree_entry_bypath(&e, t, path);
	rc = r == 0 && git_oid_equal(git_tree_entry_id(e), &ad->blob);
done:
	git_tree_entry_free(e);
	git_tree_free(t);
	git_commit_free(c);
	return rc;
}

/* History comes newest first: the last commit that touched the path
 * (holding the blob) is the one that added it. */
static int note_added(const prr_commit *c, void *payload)
{
	added *ad = payload;
	prr_added *out = ad->out;
	memcpy(out->first_id, c->id, sizeof out->first_id);
	out->first_time = c->ctime;
	out->first_tz = c->ctz;
	for (size_t i = 0; i < c->n_paths; i++) {
		if (ad->path && strcmp(c->paths[i], ad->path) != 0)
			continue;
		if (ad->has_blob) {
			int h = holds_blob(ad, c->id, c->paths[i]);
			if (h < 0)
				return -1;
			if (!h)
				continue;
		}
		memcpy(out->id, c->id, sizeof out->id);
		snprintf(out->path, sizeof out->path, "%s", c->paths[i]);
		out->time = c->time;
		out->tz = c->tz;
		out->ctime = c->ctime;
		out->ctz = c->ctz;
		out->found = true;
		break;
	}
	return 0;
}

int prr_added_find(prr_repo *repo, const char *cache_dir, const char *path,
		   const char *blob_hex, prr_added *out, prr_buf *err)
{
	memset(out, 0, sizeof *out);
	added ad = { repo, path, { { 0 } }, blob_hex != NULL, out, err };
	if (blob_hex && git_oid_fromstr(&ad.blob, blob_hex) < 0) {
		prr_buf_addf(err, "'%s' is not an object id", blob_hex);
		return -1;
	}
	prr_history_opts o = PRR_HISTORY_OPTS_INIT;
	o.paths = true;
	o.cache_dir = cache_dir;
	int rc = prr_history_walk(repo, &o, note_added, &ad, NULL, err);
	return rc == 0 ? 0 : -1;
}

/*** Dating a review by the commit that added it ***/

const char *prr_gitdater_date(void *ctx, const prr_config *c, const char *path,
			      prr_arena *a, const char **how)
{
	prr_gitdater *g = ctx;
	const char *repo = g->repo ? g->repo : c ? c->repo : NULL;
	prr_buf err = PRR_BUF_INIT;
	const char *date = NULL;
	*how = NULL;
	if (!repo || g->failed)
		return NULL;
	if (!g->open && prr_repo_open(&g->open, repo, &err) < 0) {
		g->failed = true; /* said again, with its reason, by the figures */
		prr_buf_free(&err);
		return NULL;
	}
	const char *wd = git_repository_workdir(prr_repo_git(g->open));
	char *top = wd ? realpath(wd, NULL) : NULL;
	char *abs = realpath(path, NULL);
	size_t tn = top ? strlen(top) : 0;
	if (top && abs && strncmp(abs, top, tn) == 0 && abs[tn] == '/') {
		prr_added ad;
		if (prr_added_find(g->open, g->cache_dir, abs + tn + 1, NULL,
				   &ad, &err) == 0 && ad.found) {
			char d[16];
			prr_time_date(d, ad.time, ad.tz);
			date = prr_arena_strdup(a, d);
			*how = prr_arena_printf(a, "the commit that added it, %.7s",
						ad.id);
		}
	}
	free(top);
	free(abs);
	prr_buf_free(&err);
	return date;
}

void prr_gitdater_free(prr_gitdater *g)
{
	prr_repo_free(g->open);
	g->open = NULL;
}
