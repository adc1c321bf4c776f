/* view_comp.c - component pages: one across the reviews, and one per
 * component of each review; see view_int.h. */
#include "view_int.h"

#include <stdlib.h>
#include <string.h>

#include "prr/svg.h"

/* The index of `name` in `v[0..n)` (n when absent), trying `hint` first. */
static size_t find_name(const char *const *v, size_t n, const char *name,
			size_t hint)
{
	if (hint < n && prr_name_eq(v[hint], name))
		return hint;
	for (size_t z = 0; z < n; z++)
		if (prr_name_eq(v[z], name))
			return z;
	return n;
}

/* The check of `cf` in category `cat` (trying position `hint` first), or
 * NULL. */
static const prr_checkfig *find_check(const prr_compfig *cf, const char *cat,
				      size_t hint)
{
	if (hint < cf->n_checks && cf->checks[hint].check->category &&
	    prr_name_eq(cf->checks[hint].check->category, cat))
		return &cf->checks[hint];
	for (size_t q = 0; q < cf->n_checks; q++)
		if (cf->checks[q].check->category &&
		    prr_name_eq(cf->checks[q].check->category, cat))
			return &cf->checks[q];
	return NULL;
}

/* How delta `d` (may be NULL) says its later review names component
 * `j` of the earlier review, which it has not as a component ("as a
 * checklist"), or NULL: found by halving, as d's list is in the earlier
 * review's order (a component page per component stays linear). */
static const char *named_as(const prr_delta *d, int j)
{
	size_t lo = 0, hi = d && j >= 0 ? d->n_named : 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->comps_named[mid].index < (size_t)j)
			lo = mid + 1;
		else
			hi = mid;
	}
	return d && lo < d->n_named && d->comps_named[lo].index == (size_t)j
		? d->comps_named[lo].as : NULL;
}

/* reviews/DATE/components/SLUG.html: component `j` of review `i`, its
 * checks in that review only (so the page never changes once the review
 * is archived). */
int view_page_review_component(page *pg, size_t i, size_t j)
{
	const prr_revfig *rf = &pg->p->reviews[i];
	const prr_compfig *cf = &rf->score.comps[j];
	const char *slug = pg->comp_slugs[comp_of(pg, i, j)];
	prr_buf path = PRR_BUF_INIT, title = PRR_BUF_INIT;
	prr_buf_addf(&path, "reviews/%s/components/%s.html", rf->review->date, slug);
	prr_buf_addf(&title, "%s in the review of %s", cf->name, rf->review->date);
	prr_vnode *c = view_page_new(pg, PRR_VIEW_REVIEW_COMPONENT, path.p,
				     rf->review->date, title.p);
	putr(c, "name", cf->name);
	putr(c, "kind", cf->component->kind);
	putr(c, "date", rf->review->date);
	view_put_site_href(c, "across_href", pg, "components/%s.html", slug);
	view_put_pct_at(c, "readiness", cf->readiness, VIEW_BANDS(&rf->score));
	/* as the review's headline: the status the document states of it
	 * first, prr's level beside it, a disagreement marked; a status that
	 * states no level (pending, n/a) is shown as written */
	if (cf->stated != PRR_LEVEL_UNKNOWN || cf->component->status == PRR_UNKNOWN) {
		view_put_verdict(c, cf->stated, cf->level);
		/* a part's status, not the review's verdict: said so */
		putb(c, "of_part", true);
	} else {
		view_put_level(c, cf->level);
		view_put_status_sym(put_obj(c, "stated_status"),
				    cf->component->status);
	}
	/* "0 of 0 checks pass" says nothing true of a component the
	 * document rates without listing its checks */
	if (cf->n_checks == 0)
		put(c, "tally", "no checks are listed for it");
	else if (prr_tally_applicable(&cf->tally) == 0)
		view_putf(c, "tally", "none of its %zu %s applies", cf->n_checks,
			  prr_plural((long)cf->n_checks, "check", "checks"));
	else
		view_putf(c, "tally", "%d of %d %s", cf->tally.pass,
			  prr_tally_applicable(&cf->tally),
			  prr_plural(prr_tally_applicable(&cf->tally),
				     "check passes", "checks pass"));
	prr_vnode *arr = put_arr(c, "checks");
	for (size_t q = 0; q < cf->n_checks; q++) {
		const prr_checkfig *ck = &cf->checks[q];
		prr_vnode *o = push(arr);
		view_put_label(o, "category", ck->check->category);
		view_put_status(o, ck->status);
		if (ck->check->total >= 0 && ck->check->passed >= 0)
			view_put_ratio(o, "counts", ck->check->passed, ck->check->total);
		view_put_label(o, "note", ck->check->note);
		putr(o, "action", ck->check->action);
		putb(o, "waived", ck->waived >= 0);
	}
	putb(c, "has_checks", cf->n_checks > 0);
	view_put_comp_evidence(c, pg, rf, cf->component);
	prr_buf_free(&path);
	prr_buf_free(&title);
	return view_page_emit(pg);
}

int view_page_component(page *pg, size_t k)
{
	const char *name = pg->comp_names[k];
	prr_buf path = PRR_BUF_INIT;
	prr_buf_addf(&path, "components/%s.html", pg->comp_slugs[k]);
	prr_vnode *c = view_page_new(pg, PRR_VIEW_COMPONENT, path.p, NULL, name);
	put(c, "name", name);
	/* the categories of every review, in first-seen order */
	const char **cats = NULL;
	size_t n_cats = 0, cap = 0;
	for (size_t i = 0; i < pg->p->n; i++) {
		int j = pg->at[k * pg->p->n + i];
		if (j >= 0) {
			const prr_compfig *cf = &pg->p->reviews[i].score.comps[j];
			for (size_t q = 0; q < cf->n_checks; q++) {
				const char *cat = cf->checks[q].check->category;
				if (!cat || find_name(cats, n_cats, cat, q) < n_cats)
					continue;
				if (n_cats == cap) {
					cap = cap ? 2 * cap : 8;
					cats = prr_xrealloc(cats, cap * sizeof *cats);
				}
				cats[n_cats++] = cat;
			}
		}
	}
	prr_vnode *ca = put_arr(c, "categories");
	for (size_t z = 0; z < n_cats; z++)
		view_put_label(push(ca), "name", cats[z]);
	/* the status a review states of it, a column of its own when one
	 * does, as in a review's scorecard */
	bool stated = false;
	for (size_t i = 0; i < pg->p->n && !stated; i++) {
		int j = pg->at[k * pg->p->n + i];
		stated = j >= 0 && pg->p->reviews[i].score.comps[j].component->status !=
					   PRR_UNKNOWN;
	}
	putb(c, "has_stated", stated);
	/* a review without the component: one cell across readiness and the
	 * categories (more columns would widen a fixed-layout table) */
	view_put_int(c, "absent_span", n_cats + 1 + stated);
	prr_vnode *rows = put_arr(c, "rows");
	double *v = prr_xcalloc(pg->p->n ? pg->p->n : 1, sizeof *v);
	const char **dates = prr_xcalloc(pg->p->n ? pg->p->n : 1, sizeof *dates);
	prr_buf desc = PRR_BUF_INIT;
	const prr_compfig *latest = NULL;
	const prr_revfig *latest_rf = NULL;
	for (size_t i = 0; i < pg->p->n; i++) {
		const prr_revfig *rf = &pg->p->reviews[i];
		int j = pg->at[k * pg->p->n + i];
		const prr_compfig *cf = j >= 0 ? &rf->score.comps[j] : NULL;
		v[i] = cf ? cf->readiness : PRR_NONE;
		dates[i] = rf->review->date;
		char b[32];
		prr_buf_addf(&desc, "%s%s %s", i ? ", " : "", rf->review->date,
			     cf ? view_pct_at(b, sizeof b, cf->readiness,
					       VIEW_BANDS(&rf->score))
			     : "absent");
		prr_vnode *row = push(rows);
		putb(row, "absent", !cf); /* first: see view_put_heatmap */
		putr(row, "date", rf->review->date);
		view_put_site_href(row, "href", pg, "reviews/%s/index.html",
				   rf->review->date);
		if (!cf) {
			/* a review that names it otherwise than as a component
			 * (its delta since the review before says how) */
			const char *as = i == 0 ? NULL
				: named_as(rf->since, pg->at[k * pg->p->n + i - 1]);
			if (as)
				view_putf(row, "absent_text", "not a component in "
					  "this review, which names it %s", as);
			else
				put(row, "absent_text", "not in this review");
			continue;
		}
		latest = cf;
		latest_rf = rf;
		if (stated && cf->component->status != PRR_UNKNOWN)
			view_put_status(put_obj(row, "stated"), cf->component->status);
		putb(row, "unstated", stated && cf->component->status == PRR_UNKNOWN);
		view_put_pct_at(row, "readiness", cf->readiness,
				VIEW_BANDS(&rf->score));
		view_put_level(row, cf->level);
		prr_vnode *cells = put_arr(row, "cells");
		for (size_t z = 0; z < n_cats; z++) {
			prr_vnode *cell = push(cells);
			const prr_checkfig *ck = find_check(cf, cats[z], z);
			putb(cell, "empty", !ck); /* first: see view_put_heatmap */
			view_put_label(cell, "category", cats[z]);
			if (!ck)
				continue;
			view_put_status(cell, ck->status);
			view_put_label(cell, "note", ck->check->note);
			if (ck->check->total >= 0 && ck->check->passed >= 0)
				view_put_ratio(cell, "counts", ck->check->passed,
					       ck->check->total);
		}
	}
	/* a chart a person reads: dates on the x axis, a 0-100 % axis, each
	 * point labelled, the thresholds dashed; the table below holds it
	 * all again */
	prr_buf svg = PRR_BUF_INIT, title = PRR_BUF_INIT;
	prr_buf_addf(&title, "Readiness of %s in each review", name);
	const prr_svg_series series = { "readiness", "s1", v };
	const prr_config *cfg = pg->f->config;
	prr_svg_trend(&svg, "comp-trend", title.p, desc.p, dates, pg->p->n,
		      &series, 1, cfg ? cfg->ready : PRR_DEFAULT_READY,
		      cfg ? cfg->partial : PRR_DEFAULT_PARTIAL);
	put(c, "trend_svg", svg.p);
	view_putf(c, "trend_caption", "Readiness of %s in each review it is in "
		  "(%% of its applicable checks, partial counting half); the "
		  "dashed lines are the thresholds of ready and partially ready. "
		  "The table below gives every check.", name);
	if (latest) {
		put(c, "kind", latest->component->kind);
		put(c, "latest_date", latest_rf->review->date);
		view_put_site_href(c, "latest_href", pg, "reviews/%s/components/%s.html",
				   latest_rf->review->date, pg->comp_slugs[k]);
		view_put_comp_evidence(c, pg, latest_rf, latest->component);
	}
	prr_buf_free(&svg);
	prr_buf_free(&title);
	free(dates);
	prr_buf_free(&desc);
	prr_buf_free(&path);
	free(v);
	free(cats);
	return view_page_emit(pg);
}
