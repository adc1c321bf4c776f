/* view_evid.c - what the repository says of a review, shaped for its
 * pages: each evidence item with its verdict, the path it resolved to, its
 * first and last commit and, unless confirmed, why; the components whose
 * paths changed since the review.  Without a repository, what the review
 * cites as written.  See view_int.h. */
#include "view_int.h"

#include <string.h>

/* {verdict, status_class, symbol} of a verdict word (figures.h). */
static void put_verdict(prr_vnode *o, const char *v)
{
	bool ok = strcmp(v, "confirmed") == 0, no = strcmp(v, "contradicted") == 0;
	view_put_status_sym(o, ok ? PRR_PASS : no ? PRR_FAIL : PRR_UNKNOWN);
	put(o, "verdict", v);
}

void view_put_evitem(prr_vnode *o, const prr_evidence *e, const prr_evitem *it)
{
	put(o, "path", e->path);
	view_put_label(o, "claim", e->claim);
	put(o, "token", e->token);
	/* absent and planned: a file the plan will delete */
	putb(o, "absent", e->absent && !e->planned);
	putb(o, "planned", e->planned && !e->absent);
	putb(o, "to_delete", e->absent && e->planned);
	if (e->line > 0)
		view_put_int(o, "line", e->line);
	if (!it || !it->verdict)
		return;
	putb(o, "judged", true);
	put(o, "owner", it->owner);
	put_verdict(o, it->verdict);
	if (it->resolved && (!e->path || strcmp(it->resolved, e->path) != 0))
		put(o, "resolved", it->resolved);
	if (it->first_commit) {
		prr_vnode *f = put_obj(o, "first");
		put(f, "commit", it->first_commit);
		put(f, "date", it->first_date);
		put(f, "what", it->delivered ? "Delivered in" : "First appeared in");
	}
	if (it->last_commit) {
		prr_vnode *l = put_obj(o, "last");
		put(l, "commit", it->last_commit);
		put(l, "date", it->last_date);
	}
	if (strcmp(it->verdict, "confirmed") != 0)
		put(o, "why", it->found);
}

/* The stale figure of component `j` at "stale", when prr.json gives it
 * paths. */
static void put_stale(prr_vnode *o, const page *pg, const prr_revgit *g, size_t j)
{
	const prr_stale *s = &g->stale[j];
	if (s->commits < 0)
		return;
	prr_vnode *st = put_obj(o, "stale");
	view_putf(st, "commits", "%ld %s", s->commits,
		  plural((size_t)s->commits, "commit", "commits"));
	putb(st, "changed", s->commits > 0);
	put(st, "commit", s->commit);
	put(st, "date", s->date);
	put(st, "summary", s->summary);
	put(st, "since", g->commit);
	put(st, "head", pg->f->head);
	put(st, "head_date", pg->f->head_date);
}

/*** What a review cites, as written ***/

/* The evidence items of a review walked in evidence.h's order, each put
 * (as written, with its owner) into `items` while there are fewer than
 * `max`, and its path counted once. */
typedef struct cited {
	prr_vnode *items; /* NULL: only counted */
	size_t max;
	size_t n;         /* the items walked */
	prr_names paths;  /* the distinct paths (exact) */
} cited;

/* One item of `owner_kind` ("story", "component"; NULL: the review's
 * own) named `owner`. */
static void cite(cited *x, const prr_evidence *e, const char *owner_kind,
		 const char *owner)
{
	prr_names_put(&x->paths, e->path, 0);
	if (x->items && x->n < x->max) {
		prr_vnode *o = push(x->items);
		if (owner_kind) /* as evidence.c names the owner of a check */
			view_putf(o, "owner", "%s %s", owner_kind, owner);
		view_put_evitem(o, e, NULL);
	}
	x->n++;
}

/* Walks every item of `r` into `x`, in evidence.h's order. */
static void cite_review(cited *x, const prr_review *r)
{
	for (size_t i = 0; i < r->n_waves; i++)
		for (size_t j = 0; j < r->waves[i].n_stories; j++) {
			const prr_story *s = &r->waves[i].stories[j];
			for (size_t k = 0; k < s->n_evidence; k++)
				cite(x, &s->evidence[k], "story",
				     s->id ? s->id : s->title ? s->title : "?");
		}
	for (size_t i = 0; i < r->n_components; i++) {
		const prr_component *c = &r->components[i];
		for (size_t k = 0; k < c->n_evidence; k++)
			cite(x, &c->evidence[k], "component", c->name ? c->name : "?");
	}
	for (size_t k = 0; k < r->n_evidence; k++)
		cite(x, &r->evidence[k], NULL, NULL);
}

/* "cited" of review `r`, read without a repository: its items as written
 * (at most `max`) and how many paths they name; nothing when it cites
 * none.  Returns how many items it cites. */
static size_t put_review_cited(prr_vnode *c, const prr_review *r, size_t max)
{
	prr_vnode *o = put_obj(c, "cited");
	cited x = { .items = put_arr(o, "items"), .max = max,
		    .paths = { .exact = 1 } };
	cite_review(&x, r);
	if (x.n == 0) {
		prr_vdel(c, "cited");
	} else {
		if (x.paths.n == x.n)
			view_putf(o, "summary", "The review cites %zu %s", x.n,
				  plural(x.n, "path", "paths"));
		else
			view_putf(o, "summary", "The review cites %zu %s in %zu places",
				  x.paths.n, plural(x.paths.n, "path", "paths"), x.n);
		put(o, "them", x.paths.n == 1 ? "it" : "them");
	}
	prr_names_free(&x.paths);
	return x.n;
}

/* On the page of a component citing nothing, "elsewhere": how many paths
 * its review cites, and the href of the review page's list of them. */
static void put_cited_elsewhere(prr_vnode *c, const page *pg,
				const prr_review *r)
{
	cited x = { .paths = { .exact = 1 } };
	cite_review(&x, r);
	if (x.paths.n) {
		prr_vnode *o = put_obj(c, "elsewhere");
		view_putf(o, "paths", "%zu %s", x.paths.n,
			  plural(x.paths.n, "path", "paths"));
		if (pg->cur.kind == PRR_VIEW_REVIEW_COMPONENT) /* in the review's folder */
			putr(o, "href", "../index.html#ev-h");
		else
			view_put_site_href(o, "href", pg, "reviews/%s/index.html#ev-h",
					   r->date);
	}
	prr_names_free(&x.paths);
}

/*** Judged by the repository ***/

void view_put_comp_evidence(prr_vnode *c, const page *pg, const prr_revfig *rf,
			    const prr_component *comp)
{
	const prr_revgit *g = rf->git;
	size_t j = (size_t)(comp - rf->review->components);
	prr_vnode *arr = put_arr(c, "evidence");
	for (size_t k = 0; k < comp->n_evidence; k++)
		view_put_evitem(push(arr), &comp->evidence[k],
				g ? &g->items[g->comp_first[j] + k] : NULL);
	putb(c, "has_evidence", comp->n_evidence > 0);
	if (comp->n_evidence == 0)
		put_cited_elsewhere(c, pg, rf->review);
	if (!g)
		return;
	put(c, "checked_at", rf->checked_at);
	put_stale(c, pg, g, j);
}

/* Contradicted first, then unverifiable, then confirmed. */
static int verdict_rank(const char *v)
{
	return strcmp(v, "contradicted") == 0 ? 0 : strcmp(v, "unverifiable") == 0 ? 1 : 2;
}

size_t view_put_review_evidence(prr_vnode *c, const page *pg, size_t i,
				size_t max)
{
	const prr_revfig *rf = &pg->p->reviews[i];
	const prr_revgit *g = rf->git;
	const prr_review *r = rf->review;
	if (!g)
		return put_review_cited(c, r, max);
	prr_vnode *ev = put_obj(c, "evidence");
	int judged = g->confirmed + g->contradicted + g->unverifiable;
	if (judged)
		view_putf(ev, "summary", "%d %s checked: %d confirmed, %d "
			  "contradicted, %d unverifiable", judged,
			  plural((size_t)judged, "evidence item", "evidence items"),
			  g->confirmed, g->contradicted, g->unverifiable);
	else
		put(ev, "summary", "The review cites no evidence to check");
	putb(ev, "any", judged > 0);
	prr_vnode *open = put_arr(ev, "open"), *ok = put_arr(ev, "confirmed");
	size_t n_open = 0, n_ok = 0;
	for (int rank = 0; rank < 3; rank++)
		for (size_t k = 0; k < g->n_items; k++) {
			const prr_evitem *it = &g->items[k];
			if (!it->verdict || verdict_rank(it->verdict) != rank)
				continue;
			size_t *n = rank < 2 ? &n_open : &n_ok;
			if ((*n)++ < max)
				view_put_evitem(push(rank < 2 ? open : ok), it->evidence, it);
		}
	putb(ev, "has_open", n_open > 0);
	if (g->confirmed)
		view_putf(ev, "n_confirmed", "%d confirmed", g->confirmed);
	/* the components whose paths changed since the commit checked */
	prr_vnode *stale = put_arr(ev, "changed");
	size_t covered = 0;
	for (size_t j = 0; j < r->n_components; j++) {
		const prr_stale *s = &g->stale[j];
		if (s->commits < 0)
			continue;
		covered++;
		if (s->commits == 0)
			continue;
		prr_vnode *o = push(stale);
		put(o, "name", r->components[j].name);
		int k = pg->kof ? comp_of(pg, i, j) : -1; /* the report has no pages */
		if (k >= 0)
			view_putf(o, "href", "components/%s.html", pg->comp_slugs[k]);
		put_stale(o, pg, g, j);
	}
	putb(ev, "has_paths", covered > 0);
	putb(ev, "has_changed", prr_vsize(stale) > 0);
	if (prr_vsize(stale))
		view_putf(ev, "n_changed", "%zu %s", prr_vsize(stale),
			  plural(prr_vsize(stale), "component", "components"));
	size_t same = covered - prr_vsize(stale);
	if (covered)
		view_putf(ev, "unchanged", "%zu of %zu %s", same, covered,
			  plural(covered, "component unchanged", "components unchanged"));
	put(ev, "since", g->commit);
	put(ev, "since_date", g->commit_date);
	put(ev, "head", pg->f->head);
	put(ev, "head_date", pg->f->head_date);
	return n_open;
}
