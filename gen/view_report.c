/* view_report.c - the release-PR report and the readiness badge; see
 * include/prr/view.h. */
#include "view_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "prr/portfolio.h"
#include "prr/svg.h"

/*** Report ***/

/* `t`, a tally of checks; `stated` (or NULL), the components' own
 * statuses (see view_put_checks). */
static void put_tally(prr_vnode *o, const char *k, const prr_tally *t,
		      const prr_tally *stated)
{
	prr_vnode *c = put_obj(o, k);
	view_put_int(c, "pass", t->pass);
	view_put_int(c, "partial", t->partial);
	view_put_int(c, "fail", t->fail);
	view_put_int(c, "pending", t->pending);
	view_put_int(c, "applicable", prr_tally_applicable(t));
	putb(c, "has_checks", prr_tally_applicable(t) > 0);
	view_put_checks(c, "checks_pass", t, stated);
	view_put_int(c, "na", t->na);
	view_put_int(c, "unknown", t->unknown);
	view_put_int(c, "waived", t->waived);
	putb(c, "has_na", t->na > 0);
	putb(c, "has_unknown", t->unknown > 0);
	putb(c, "has_waived", t->waived > 0);
}

/* The report's status line, as the headline has it: the document's
 * verdict when it gives one, prr's computed level beside it, and a
 * disagreement marked as one (the icon is the verdict's: a green circle
 * never stands over a document that says it is not ready); prr's level
 * alone when the document states none.  An emoji is text: no image is
 * loaded. */
static void put_badge(prr_vnode *c, const prr_review *r, const prr_scorecard *s,
		      const prr_auditrow *basis)
{
	static const char *const icon[PRR_LEVEL_COUNT] = {
		[PRR_LEVEL_UNKNOWN] = "\u26AA", [PRR_LEVEL_READY] = "\U0001F7E2",
		[PRR_LEVEL_PARTIAL] = "\U0001F7E1", [PRR_LEVEL_NOT_READY] = "\U0001F534",
	};
	prr_level shown = r->level != PRR_LEVEL_UNKNOWN ? r->level : s->level;
	prr_vnode *b = put_obj(c, "badge");
	putr(b, "icon", (unsigned)shown < PRR_LEVEL_COUNT ? icon[shown]
							 : icon[PRR_LEVEL_UNKNOWN]);
	view_put_level(b, s->level);
	if (r->level != PRR_LEVEL_UNKNOWN) {
		view_put_level_as(b, "stated", r->level);
		/* or its verdict rests on a figure found false */
		putb(b, "disagrees", (s->level != PRR_LEVEL_UNKNOWN &&
				      s->level != r->level) ||
				     basis != NULL);
	}
	view_put_pct_at(b, "readiness", s->readiness, VIEW_BANDS(s));
	view_put_ready_but(b, s);
	if (s->n_blockers == 0 && prr_score_verdict_unlisted(s))
		put(b, "blockers", "no blockers listed: see the verdict");
	else
		view_putf(b, "blockers", "%zu blocker%s", s->n_blockers,
			  prr_plural((long)s->n_blockers, "", "s"));
	view_put_int(b, "critical", s->findings[PRR_SEV_CRITICAL]);
	view_put_int(b, "high", s->findings[PRR_SEV_HIGH]);
}

prr_vnode *prr_view_report(prr_arena *a, const prr_figures *f,
			  const char *project, const char *date,
			  const prr_view_opts *o, size_t max_rows)
{
	const prr_project_figs *p = NULL;
	for (size_t i = 0; i < f->n_projects && !p; i++)
		if (!project || (f->projects[i].project &&
				 prr_name_eq(f->projects[i].project, project)))
			p = &f->projects[i];
	if (!p || p->n == 0)
		return NULL;
	size_t last = p->n - 1;
	if (date) {
		while (last > 0 && strcmp(p->reviews[last].review->date, date) != 0)
			last--;
		if (strcmp(p->reviews[last].review->date, date) != 0)
			return NULL;
	}
	page pg = { .f = f, .p = p, .o = o, .prefix = "" };
	const prr_revfig *rf = &p->reviews[last];
	const prr_delta *delta = rf->since; /* against the review before */
	if (!date && last == p->n - 1 && p->has_delta)
		delta = &p->delta; /* against the previous review or --against */
	prr_vnode *c = prr_vobj(a);
	put(c, "project", p->project);
	put(c, "method", f->method);
	put(c, "generator", "prr " PRR_VERSION);
	view_put_headline(c, &pg, last, !date);
	put_tally(c, "tally", &rf->score.tally, &rf->score.stated);
	put_badge(c, rf->review, &rf->score, rf->audit.basis);
	const prr_revfig *before = NULL;
	for (size_t i = 0; delta && i < p->n; i++)
		if (delta->before && strcmp(p->reviews[i].review->date, delta->before) == 0)
			before = &p->reviews[i];
	if (before) {
		prr_vnode *h = (prr_vnode *)prr_vget(c, "headline");
		prr_vdel(h, "readiness_change");
		prr_vdel(h, "score_change");
		prr_vdel(h, "previous_date");
		put(h, "previous_date", before->review->date);
		view_put_change(h, "readiness_change", rf->score.readiness -
			   before->score.readiness, " pts", false);
		view_put_score_change(h, rf, before, delta);
	}
	prr_vnode *folded = put_arr(c, "folded");
	size_t n = view_put_blockers(c, &rf->score, max_rows);
	if (n > max_rows)
		view_putf(push(folded), "what", "%zu more %s", n - max_rows,
		     plural(n - max_rows, "blocker", "blockers"));
	n = view_put_findings(c, "serious_findings", rf->review, true, max_rows);
	if (n > max_rows)
		view_putf(push(folded), "what", "%zu more critical and high %s",
		     n - max_rows, plural(n - max_rows, "finding", "findings"));
	n = view_put_items_open(c, &rf->score, max_rows);
	if (n > max_rows)
		view_putf(push(folded), "what",
			  "%zu more checklist %s that fail or pass in part",
			  n - max_rows, plural(n - max_rows, "item", "items"));
	if (delta) {
		n = view_put_delta_rows(c, "regressions", delta, true, max_rows,
					VIEW_BANDS(&rf->score));
		if (n > max_rows)
			view_putf(push(folded), "what", "%zu more %s", n - max_rows,
			     plural(n - max_rows, "regression", "regressions"));
		putb(c, "has_regressions", n > 0);
		putb(c, "has_delta", true);
		put(c, "against", delta->before);
		putb(c, "unrelated", delta->unrelated);
		view_put_mixed(c, &pg, delta);
		view_put_int(c, "improved", delta->improved);
		view_put_int(c, "regressed", delta->regressed);
	}
	n = view_put_slipped(c, &rf->plan, max_rows);
	if (n > max_rows)
		view_putf(push(folded), "what", "%zu more %s", n - max_rows,
			  plural(n - max_rows, "milestone moved", "milestones moved"));
	n = view_put_audit(c, "disagreements", &rf->audit, AUDIT_DISAGREE, max_rows);
	if (n > max_rows)
		view_putf(push(folded), "what", "%zu more %s", n - max_rows,
		     plural(n - max_rows, "disagreement", "disagreements"));
	putb(c, "has_disagreements", n > 0);
	n = view_put_review_evidence(c, &pg, last, max_rows);
	if (n > max_rows)
		view_putf(push(folded), "what", "%zu more evidence %s", n - max_rows,
			  plural(n - max_rows, "item", "items"));
	view_put_plan(c, &rf->plan, max_rows);
	/* per component, folded into <details> */
	prr_vnode *comps = put_arr(c, "components");
	for (size_t i = 0; i < rf->score.n_comps && i < max_rows; i++) {
		const prr_compfig *cf = &rf->score.comps[i];
		prr_vnode *o2 = push(comps);
		put(o2, "name", cf->name);
		view_put_pct_at(o2, "readiness", cf->readiness,
				VIEW_BANDS(&rf->score));
		view_put_level(o2, cf->level);
		/* the status the document states of it, beside prr's level */
		if (cf->component->status != PRR_UNKNOWN)
			view_put_status(put_obj(o2, "stated"), cf->component->status);
		view_putf(o2, "checks", "%d/%d", cf->tally.pass,
			  prr_tally_applicable(&cf->tally));
		put_tally(o2, "tally", &cf->tally, NULL);
	}
	view_put_int(c, "n_components", rf->score.n_comps);
	prr_vput_bool(c, "has_components", rf->score.n_comps > 0);
	if (rf->score.n_comps > max_rows) {
		size_t more = rf->score.n_comps - max_rows;
		const char *word = plural(more, "component", "components");
		view_putf(c, "components_folded", "%zu more %s not shown", more, word);
		view_putf(push(folded), "what", "%zu more %s", more, word);
	}
	putb(c, "has_folded", prr_vsize(folded) > 0);
	if (o && o->base_url && *o->base_url) {
		/* the review's page, in the project's folder of the site */
		char **prefixes = view_project_prefixes(f);
		prr_buf b = PRR_BUF_INIT;
		size_t k = strlen(o->base_url);
		prr_buf_addf(&b, "%s%s%sreviews/%s/", o->base_url,
			     k && o->base_url[k - 1] == '/' ? "" : "/",
			     prefixes[p - f->projects], rf->review->date);
		put(c, "page_url", b.p);
		prr_buf_free(&b);
		view_project_prefixes_free(f, prefixes);
	}
	putn(c, "max_rows", max_rows == SIZE_MAX ? -1 : (double)max_rows);
	view_scratch_free();
	return c;
}

static const char *level_word(prr_level l)
{
	return l == PRR_LEVEL_READY ? "ready" : l == PRR_LEVEL_PARTIAL ? "partial"
	       : l == PRR_LEVEL_NOT_READY ? "not ready" : "unknown";
}

void prr_view_badge(prr_buf *out, const prr_figures *f)
{
	if (f->n_projects > 1) { /* a portfolio: every project counted */
		const size_t *by = f->by_level;
		prr_portfolio_badge(out, f->n_projects, by[PRR_LEVEL_NOT_READY],
				    by[PRR_LEVEL_PARTIAL], by[PRR_LEVEL_UNKNOWN]);
		return;
	}
	const prr_revfig *rf = f->n_projects ? prr_figures_latest(&f->projects[0]) : NULL;
	if (!rf) {
		prr_svg_badge(out, "readiness", "unknown", prr_view_level_color(PRR_LEVEL_UNKNOWN));
		return;
	}
	char b[32];
	prr_buf v = PRR_BUF_INIT;
	prr_level computed = rf->score.level, stated = rf->review->level;
	/* a document that states no verdict: the level is prr's, said so
	 * ("prr: 75% partial"), as the headline says it; none computed
	 * either: "n/a unknown", nobody's */
	prr_buf_addf(&v, "%s%s %s", stated == PRR_LEVEL_UNKNOWN &&
				    computed != PRR_LEVEL_UNKNOWN ? "prr: " : "",
		     view_pct_at(b, sizeof b, rf->score.readiness,
				 VIEW_BANDS(&rf->score)),
		     level_word(computed));
	if (stated != PRR_LEVEL_UNKNOWN && stated != computed) {
		/* as the headline: the document's verdict, prr's level beside
		 * it; never prr's green alone over a document saying not
		 * ready */
		char *prr = prr_xstrdup(v.p);
		prr_buf_reset(&v);
		prr_buf_addf(&v, "%s (prr: %s)", level_word(stated), prr);
		free(prr);
	}
	prr_svg_badge(out, "readiness", v.p, prr_view_level_color(
		stated != PRR_LEVEL_UNKNOWN ? stated : computed));
	prr_buf_free(&v);
}
