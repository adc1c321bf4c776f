/* view_folio.c - the page of `prr portfolio`: the projects of sites built
 * elsewhere, shaped for templates/portfolio.html.mustache; see view.h. */
#include "view_int.h"
#include "prr/portfolio.h"

prr_vnode *prr_view_portfolio(prr_arena *a, const prr_portfolio *p)
{
	prr_vnode *c = prr_vobj(a);
	put(c, "root", "./");
	/* the layout's links, as the view gives them to every page */
	put(c, "style_href", "./assets/style.css");
	put(c, "script_href", "./assets/sort.js");
	put(c, "home_href", "./index.html");
	put(c, "page_title", "Portfolio");
	put(c, "generator", "prr " PRR_VERSION);
	put(c, "method", PRR_METHOD);
	prr_vput_bool(c, "merged", true);
	view_putf(c, "summary", "%zu %s", p->n, plural(p->n, "project", "projects"));
	prr_vnode *rows = prr_vput_list(c, "projects");
	for (size_t i = 0; i < p->n; i++) {
		const prr_pf_project *e = &p->v[i];
		prr_vnode *row = prr_vpush_obj(rows);
		put(row, "project", e->name);
		put(row, "href", e->href);
		put(row, "date", e->date ? e->date : "\u2014");
		prr_vput_bool(row, "date_given", e->date_given);
		view_put_review_level(row, e->stated, e->level);
		view_put_pct_at(row, "readiness", e->readiness, VIEW_BANDS(e));
		/* "▲ +50 pts" since the review before, as the site shows it */
		view_put_change(row, "change", e->change, " pts", false);
		view_put_score(row, e->score, e->score_high, &e->stated_score,
			       e->n_stated_scores);
		view_put_int(row, "blockers", (long long)e->blockers);
		view_put_int(row, "regressed", (long long)e->regressed);
		view_put_int(row, "open", (long long)e->open);
		view_put_int(row, "reviews", (long long)e->reviews);
	}
	view_scratch_free(); /* view_putf's buffer, as every view entry frees it */
	return c;
}
