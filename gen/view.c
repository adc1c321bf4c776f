/* view.c - figures shaped for the templates; see include/prr/view.h.
 * Here: the project's overview and history pages, the portfolio, and the
 * order every page of a site is made in; the rest in view_*.c
 * (view_int.h lists them). */
#include "view_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "prr/svg.h"

/*** Pages ***/

static int page_index(page *pg)
{
	size_t last = pg->p->n - 1;
	const prr_revfig *rf = &pg->p->reviews[last];
	/* titled as its navigation names it, as the other pages are: the
	 * project follows in <title> ("Overview · Ledgerline · …") */
	prr_vnode *c = view_page_new(pg, PRR_VIEW_OVERVIEW, "index.html", NULL,
				     "Overview");
	view_put_headline(c, pg, last, true);
	view_put_trend(c, pg);
	view_put_heatmap(c, pg, last, false);
	view_put_blockers(c, &rf->score, SIZE_MAX);
	view_put_findings(c, "serious_findings", rf->review, true, SIZE_MAX);
	view_put_items_open(c, &rf->score, SIZE_MAX);
	if (pg->p->has_delta)
		view_put_delta(c, pg, &pg->p->delta, SIZE_MAX);
	size_t n = view_put_audit(c, "warnings", &rf->audit, AUDIT_DISAGREE, SIZE_MAX);
	putb(c, "has_warnings", n > 0);
	view_put_review_links(c, pg, last, pg->p->n, SIZE_MAX);
	view_put_site_href(c, "review_href", pg, "reviews/%s/index.html",
			   rf->review->date);
	if (pg->o->base_url)
		put(c, "base_url", pg->o->base_url);
	return view_page_emit(pg);
}

/* The score `r` states under `label`, the first (as its trend takes it),
 * or NULL. */
static const prr_score *stated_score(const prr_review *r, const char *label)
{
	for (size_t i = 0; label && i < r->n_scores; i++)
		if (r->scores[i].label && prr_name_eq(r->scores[i].label, label))
			return &r->scores[i];
	return NULL;
}

static int page_history(page *pg)
{
	prr_vnode *c = view_page_new(pg, PRR_VIEW_HISTORY, "history.html", NULL,
				     "History");
	view_put_trend(c, pg);
	prr_vnode *dates = put_arr(c, "dates");
	for (size_t i = 0; i < pg->p->n; i++) {
		prr_vnode *o = push(dates);
		put(o, "date", pg->p->reviews[i].review->date);
		view_put_site_href(o, "href", pg, "reviews/%s/index.html",
				   pg->p->reviews[i].review->date);
	}
	prr_vnode *rows = put_arr(c, "trends");
	prr_buf desc = PRR_BUF_INIT, svg = PRR_BUF_INIT, id = PRR_BUF_INIT;
	for (size_t i = 0; i < pg->p->n_trends; i++) {
		const prr_trend *t = &pg->p->trends[i];
		prr_vnode *o = push(rows);
		/* the whole review's trends in words, as "What changed" says
		 * them; the others by their names */
		bool dims = strcmp(t->kind, "dimension-score") == 0;
		bool whole = dims || strcmp(t->kind, "readiness") == 0 ||
			     strcmp(t->kind, "findings") == 0;
		const char *name = dims ? "Score (dimensions)"
				   : strcmp(t->kind, "readiness") == 0 ? "Readiness"
				   : strcmp(t->kind, "findings") == 0 ? "Open findings"
				   : t->name ? t->name : t->kind;
		put(o, "kind", whole ? "review" : t->kind);
		put(o, "name", name);
		bool ready = strcmp(t->kind, "readiness") == 0 ||
			     strcmp(t->kind, "component") == 0;
		bool percent = ready || strcmp(t->kind, "score") == 0;
		double lo = 0, hi = percent ? 100 : 10;
		if (strcmp(t->kind, "findings") == 0) {
			hi = 1;
			for (size_t k = 0; k < t->n; k++)
				if (prr_has(t->values[k]) && t->values[k] > hi)
					hi = t->values[k];
		}
		prr_vnode *vals = put_arr(o, "values");
		prr_buf_reset(&desc);
		for (size_t k = 0; k < t->n; k++) {
			prr_buf b = PRR_BUF_INIT;
			char p[32];
			/* a readiness as every other page writes it: "42%"; a
			 * stated score as stated ("5.0 / 10", not its 50%) */
			const prr_score *sc = percent && !ready && prr_has(t->values[k])
				? stated_score(pg->p->reviews[k].review, t->name) : NULL;
			if (ready && prr_has(t->values[k]))
				prr_buf_adds(&b, view_pct_at(p, sizeof p, t->values[k],
					     VIEW_BANDS(&pg->p->reviews[k].score)));
			else if (!sc || !view_fmt_graded(&b, sc->value, sc->high,
							 sc->max, sc->grade)) {
				view_fmt_num(&b, t->values[k]);
				if (percent && !ready && prr_has(t->values[k]))
					prr_buf_addc(&b, '%');
			}
			/* a component's stated status beside its readiness, or
			 * in its place ("stated fail") */
			const char *st = t->stated ? t->stated[k] : NULL;
			if (st && prr_has(t->values[k]))
				prr_buf_addf(&b, " (stated %s)", st);
			else if (st) {
				prr_buf_reset(&b); /* (not "n/a") */
				prr_buf_addf(&b, "stated %s", st);
			}
			put(push(vals), "value", prr_has(t->values[k]) || st ? b.p : "\u2014");
			prr_buf_addf(&desc, "%s%s", k ? ", " : "", b.p);
			prr_buf_free(&b);
		}
		prr_buf_reset(&svg);
		prr_buf_reset(&id);
		prr_buf_addf(&id, "tr%zu", i + 1);
		prr_svg_sparkline(&svg, id.p, name, desc.p,
				  t->values, t->n, lo, hi, 120, 28);
		put(o, "chart_svg", svg.p);
	}
	prr_buf_free(&desc);
	prr_buf_free(&svg);
	prr_buf_free(&id);
	return view_page_emit(pg);
}

static int page_portfolio(prr_view_emit emit, void *ud, const prr_figures *f,
			  const prr_view_opts *o, char **prefixes, prr_arena *ctx)
{
	page pg = { .emit = emit, .ud = ud, .f = f, .o = o, .prefix = "",
		    .ctx = ctx };
	prr_vnode *c = view_page_new(&pg, PRR_VIEW_PORTFOLIO, "index.html", NULL,
				     "Portfolio");
	prr_vnode *rows = put_arr(c, "projects");
	for (size_t i = 0; i < f->n_projects; i++) {
		const prr_project_figs *p = &f->projects[i];
		const prr_revfig *rf = prr_figures_latest(p);
		prr_vnode *row = push(rows);
		put(row, "project", p->project);
		view_putf(row, "href", "%sindex.html", prefixes[i]);
		if (!rf)
			continue;
		put(row, "date", rf->review->date);
		/* (a day given at import, as the project's pages say) */
		putb(row, "date_given", rf->review->date_from &&
			  strcmp(rf->review->date_from, PRR_DATE_FROM_ARG) == 0);
		view_put_label(row, "title", rf->review->title);
		view_put_review_level(row, rf->review->level, rf->score.level);
		view_put_pct_at(row, "readiness", rf->score.readiness,
				VIEW_BANDS(&rf->score));
		view_put_score(row, rf->score.dims.value, rf->score.dims.high,
			       rf->review->scores, rf->review->n_scores);
		view_put_int(row, "blockers", rf->score.n_blockers);
		view_put_int(row, "reviews", p->n);
		if (p->has_delta && p->n >= 2)
			view_put_change(row, "change", rf->score.readiness -
				   p->reviews[p->n - 2].score.readiness, " pts", false);
	}
	return view_page_emit(&pg);
}

int prr_view_site(const prr_figures *f, const prr_view_opts *o,
		  prr_jobs_hand *hand, prr_view_emit emit, void *ud,
		  prr_buf *err)
{
	prr_arena pages = PRR_ARENA_INIT;
	char **prefixes = view_project_prefixes(f);
	int rc = 0;
	bool site = !o->archive; /* else only the reviews' own pages */
	if (site && f->n_projects > 1 && prr_jobs_mine(hand))
		rc = page_portfolio(emit, ud, f, o, prefixes, &pages);
	for (size_t i = 0; i < f->n_projects && rc == 0; i++) {
		page pg = { .emit = emit, .ud = ud, .f = f, .p = &f->projects[i],
			    .o = o, .prefix = prefixes[i], .ctx = &pages };
		if (pg.p->n == 0)
			continue;
		view_collect_components(&pg);
		/* the project's big pages first, so that the last units dealt
		 * are small and the threads end together */
		if (site && prr_jobs_mine(hand))
			rc = page_index(&pg);
		if (site && rc == 0 && prr_jobs_mine(hand))
			rc = page_history(&pg);
		if (site && rc == 0 && prr_jobs_mine(hand))
			rc = view_page_timeline(&pg);
		if (site && rc == 0 && prr_jobs_mine(hand))
			rc = view_page_waves(&pg);
		for (size_t k = 0; site && k < pg.n_comps && rc == 0; k++)
			if (prr_jobs_mine(hand))
				rc = view_page_component(&pg, k);
		for (size_t k = 0; k < pg.p->n && rc == 0; k++) {
			if (!prr_jobs_mine(hand))
				continue;
			rc = view_page_review(&pg, k, err);
			const prr_scorecard *sc = &pg.p->reviews[k].score;
			for (size_t j = 0; j < sc->n_comps && rc == 0; j++)
				if (pg.kof[k][j] >= 0)
					rc = view_page_review_component(&pg, k, j);
		}
		view_page_free(&pg);
	}
	prr_arena_free(&pages);
	view_project_prefixes_free(f, prefixes);
	view_scratch_free();
	return rc < 0 ? -1 : 0;
}

/*** An archive's index ***/

/* Newest date first, then by key. */
static int archived_cmp(const void *x, const void *y)
{
	const prr_view_archived *a = *(const prr_view_archived *const *)x;
	const prr_view_archived *b = *(const prr_view_archived *const *)y;
	int c = strcmp(b->date, a->date);
	return c ? c : strcmp(a->key, b->key);
}

prr_vnode *prr_view_archive_index(prr_arena *a, const prr_view_archived *v,
				  size_t n)
{
	const prr_view_archived **order = prr_xcalloc(n ? n : 1, sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = &v[i];
	if (n > 1)
		qsort(order, n, sizeof *order, archived_cmp);
	prr_vnode *c = prr_vobj(a);
	putn(c, "count", (double)n);
	putb(c, "one", n == 1);
	view_putf(c, "count_words", "%zu archived %s", n,
		  plural(n, "review", "reviews"));
	prr_vnode *list = put_arr(c, "archives");
	for (size_t i = 0; i < n; i++) {
		prr_vnode *o = push(list);
		put(o, "date", order[i]->date);
		put(o, "dir", order[i]->key);
		put(o, "href", order[i]->href);
		put(o, "title", order[i]->title ? order[i]->title : order[i]->key);
		put(o, "project", order[i]->project);
		putn(o, "files", (double)order[i]->files);
	}
	free(order);
	view_scratch_free(); /* view_putf's buffer, as every view entry frees it */
	return c;
}

/*** Report ***/
