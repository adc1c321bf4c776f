/* view_folio.c - the page of `prr portfolio`: the projects of sites built
 * elsewhere, shaped for templates/portfolio.html.mustache; see view.h. */
#include "view_int.h"
#include "prr/portfolio.h"

#include <math.h>
#include <string.h>

static void put_buf(prr_vnode *o, const char *key, prr_buf *b)
{
	put(o, key, b->p);
	prr_buf_reset(b);
}

/* The readiness change since the review before: {arrow, text, class,
 * word}, "▲ +50 pts" as the site's portfolio shows it. */
static void put_change(prr_vnode *o, double d, prr_buf *b)
{
	if (isnan(d))
		return;
	prr_vnode *c = prr_vput_obj(o, "change");
	if (fabs(d) < 0.05) {
		put(c, "arrow", "=");
		put(c, "text", "no change");
		put(c, "class", "ch-same");
		return;
	}
	put(c, "arrow", d > 0 ? "\u25B2" : "\u25BC");
	prr_buf_adds(b, d > 0 ? "+" : "\u2212");
	prr_buf_add_tenths(b, fabs(d));
	prr_buf_adds(b, " pts");
	put_buf(c, "text", b);
	put(c, "class", d > 0 ? "ch-better" : "ch-worse");
	put(c, "word", d > 0 ? "better" : "worse");
}

prr_vnode *prr_view_portfolio(prr_arena *a, const prr_portfolio *p)
{
	prr_vnode *c = prr_vobj(a);
	prr_buf b = PRR_BUF_INIT;
	put(c, "root", "./");
	/* the layout's links, as the view gives them to every page */
	put(c, "style_href", "./assets/style.css");
	put(c, "script_href", "./assets/sort.js");
	put(c, "home_href", "./index.html");
	put(c, "page_title", "Portfolio");
	put(c, "generator", "prr " PRR_VERSION);
	put(c, "method", PRR_METHOD);
	prr_vput_bool(c, "merged", true);
	prr_buf_addf(&b, "%zu project%s", p->n, prr_plural((long)p->n, "", "s"));
	put_buf(c, "summary", &b);
	prr_vnode *rows = prr_vput_list(c, "projects");
	for (size_t i = 0; i < p->n; i++) {
		const prr_pf_project *e = &p->v[i];
		prr_vnode *row = prr_vpush_obj(rows);
		put(row, "project", e->name);
		put(row, "href", e->href);
		put(row, "date", e->date ? e->date : "\u2014");
		view_put_review_level(row, e->stated, e->level);
		if (isnan(e->readiness))
			prr_buf_adds(&b, "n/a");
		else
			prr_buf_addf(&b, "%.0f%%", e->readiness);
		put_buf(row, "readiness", &b);
		put_change(row, e->change, &b);
		if (!isnan(e->score)) { /* "8.2 / 10", "7.0–8.5 / 10" */
			prr_buf_addf(&b, "%.1f", e->score);
			if (!isnan(e->score_high) && fabs(e->score_high - e->score) >= 0.05)
				prr_buf_addf(&b, "\u2013%.1f", e->score_high);
			prr_buf_adds(&b, " / 10");
			put_buf(row, "score", &b);
		}
		prr_buf_addf(&b, "%zu", e->blockers);
		put_buf(row, "blockers", &b);
		prr_buf_addf(&b, "%zu", e->regressed);
		put_buf(row, "regressed", &b);
		prr_buf_addf(&b, "%zu", e->open);
		put_buf(row, "open", &b);
		prr_buf_addf(&b, "%zu", e->reviews);
		put_buf(row, "reviews", &b);
	}
	prr_buf_free(&b);
	return c;
}
