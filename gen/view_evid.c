/* view_evid.c - what the repository says of a review, shaped for its
 * pages: each evidence item with its verdict, the path it resolved to, its
 * first and last commit and, unless confirmed, why; the components whose
 * paths changed since the review; see view_int.h. */
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
	if (!g)
		return 0;
	const prr_review *r = rf->review;
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
