/* view_plan.c - plan vs actual (waves.html) and the timeline; see
 * view_int.h. */
#include "view_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "prr/svg.h"

/* k: "FROM → TO"; k_from, k_to (literals: keys are borrowed): each date
 * alone, for a page that keeps a date on one line (a break after its
 * hyphens would cut it) */
static void put_window(prr_vnode *o, const char *k, const char *k_from,
		       const char *k_to, const char *a, const char *b)
{
	if (!a && !b)
		return;
	view_putf(o, k, "%s \u2192 %s", a ? a : "?", b ? b : "?");
	put(o, k_from, a ? a : "?");
	put(o, k_to, b ? b : "?");
}

/* Whether a wave's delivered points are known: its stories state
 * points, or the wave states those done ("| E3 | 34 | 21 |"). */
static bool points_stated(const prr_wavefig *w)
{
	return w->row.stories_pointed > 0 || prr_has(w->wave->done_points);
}

static void put_planrow(prr_vnode *o, const prr_planrow *r)
{
	view_put_num(o, "points", r->points);
	view_put_num(o, "delivered", r->delivered);
	view_put_num(o, "partial", r->partial);
	view_put_num(o, "missing", r->missing);
	view_put_pct(o, "strict", r->strict);
	view_put_pct(o, "half", r->half);
	view_put_int(o, "stories", r->stories);
	view_put_int(o, "delivered_stories", r->delivered_stories);
	/* the same counts with their nouns, by prr_plural's rule */
	prr_buf *b = view_scratch();
	view_fmt_num(b, r->points);
	prr_buf_adds(b, prr_has(r->points) && r->points == 1 ? " point" : " points");
	put(o, "points_words", b->p);
	view_putf(o, "stories_words", "%d %s", r->stories,
		  prr_plural(r->stories, "story", "stories"));
	view_putf(o, "stories_done", "%d of %d %s done", r->delivered_stories,
		  r->stories, prr_plural(r->stories, "story", "stories"));
	/* waves stated by their points alone ("| Sprint 12 | 48 | 45 |"):
	 * no "in 0 stories", no "0 of 0 stories done" */
	putb(o, "has_stories", r->stories > 0);
}

void view_put_plan(prr_vnode *c, const prr_plan *pl, size_t max)
{
	prr_vnode *p = put_obj(c, "plan");
	prr_vnode *planned = put_obj(p, "planned");
	put_planrow(planned, &pl->planned);
	putb(planned, "not_begun", pl->not_begun);
	put_planrow(put_obj(p, "unplanned"), &pl->unplanned);
	view_put_int(p, "unplanned_waves", pl->unplanned_waves);
	putb(p, "has_unplanned", pl->unplanned_waves > 0);
	putb(p, "unplanned_one", pl->unplanned_waves == 1);
	view_putf(p, "unplanned_waves_words", "%d %s", pl->unplanned_waves,
		  prr_plural(pl->unplanned_waves, "wave", "waves"));
	view_put_pct(p, "growth", pl->growth_percent);
	/* the unplanned scope in words: its points only when a story of it
	 * states any ("0 points in 2 waves" would be a figure the document
	 * never gave), its growth only when there is one to state */
	prr_buf *u = view_scratch();
	const prr_planrow *un = &pl->unplanned;
	if (un->stories_pointed > 0) {
		view_fmt_num(u, un->points);
		prr_buf_addf(u, " %s in %d %s", un->points == 1 ? "point" : "points",
			     pl->unplanned_waves,
			     prr_plural(pl->unplanned_waves, "wave", "waves"));
		if (prr_has(pl->growth_percent)) {
			char g[32];
			prr_buf_addf(u, " (%s growth)",
				     view_pct(g, sizeof g, pl->growth_percent));
		}
	} else {
		prr_buf_addf(u, "%d %s", pl->unplanned_waves,
			     prr_plural(pl->unplanned_waves, "wave", "waves"));
		if (un->stories > 0)
			prr_buf_addf(u, " of %d %s", un->stories,
				     prr_plural(un->stories, "story", "stories"));
		prr_buf_adds(u, ", no points stated");
	}
	put(p, "unplanned_words", u->p);
	putb(p, "any", pl->n_waves > 0);
	prr_vnode *arr = put_arr(p, "waves");
	for (size_t i = 0; i < pl->n_waves && i < max; i++) {
		const prr_wavefig *w = &pl->waves[i];
		prr_vnode *o = push(arr);
		put(o, "id", w->wave->id);
		put(o, "name", w->wave->name);
		putb(o, "planned", w->wave->planned);
		put(o, "kind", w->wave->planned ? "planned" : "unplanned");
		put_planrow(o, &w->row);
		if (!points_stated(w)) {
			/* no story of it states points: none, not "0" */
			static const char *const none[] = { "points", "delivered",
				"partial", "missing", NULL };
			for (size_t k = 0; none[k]; k++) {
				prr_vdel(o, none[k]);
				put(o, none[k], "\u2014");
			}
			putb(o, "no_points", true);
		}
		put_window(o, "planned_window", "planned_window_from",
			   "planned_window_to", w->wave->start, w->wave->end);
		put_window(o, "actual_window", "actual_window_from",
			   "actual_window_to", w->actual_start, w->actual_end);
		putb(o, "finished", w->finished);
		putb(o, "not_begun", w->not_begun);
		if (w->not_begun) { /* no share of it is due yet: none, not 0% */
			prr_vdel(o, "strict");
			prr_vdel(o, "half");
			put(o, "strict", "\u2014");
			put(o, "half", "\u2014");
		}
		putb(o, "no_stories", w->row.stories == 0);
		if (w->has_slip)
			view_putf_days(o, "slip", w->slip_days);
	}
	if (pl->n_waves > max)
		view_putf(p, "folded", "%zu more %s", pl->n_waves - max,
		     plural(pl->n_waves - max, "wave", "waves"));
	prr_vnode *cl = put_arr(p, "claims");
	for (size_t i = 0; i < pl->n_claims; i++) {
		const prr_planclaim *k = &pl->claims[i];
		prr_vnode *o = push(cl);
		put(o, "claim", k->claim);
		put(o, "stated", k->stated);
		bool ok = k->agrees_strict || k->agrees_half;
		view_put_status_sym(o, ok ? PRR_PASS : PRR_FAIL);
		put(o, "verdict", ok ? "agrees" : "disagrees");
	}
}

/* A wave's change from the review before that had it: "+5 pts",
 * "end +7 days", "+1 story"; nothing when nothing changed. */
static void put_wave_change(prr_vnode *o, const prr_wavestep *st)
{
	prr_buf *b = view_scratch();
	if (prr_has(st->points_change) && st->points_change != 0) {
		prr_buf_adds(b, st->points_change > 0 ? "+" : "\u2212");
		view_fmt_num(b, fabs(st->points_change));
		prr_buf_adds(b, " pts");
	}
	if (st->stories_change)
		prr_buf_addf(b, "%s%+d %s", b->n ? ", " : "", st->stories_change,
			     plural((size_t)labs(st->stories_change), "story", "stories"));
	if (st->has_end_moved && st->end_moved)
		prr_buf_addf(b, "%send %+ld %s", b->n ? ", " : "", st->end_moved,
			     plural((size_t)labs(st->end_moved), "day", "days"));
	if (b->n)
		put(o, "change", b->p);
}

/* "history": each wave across the reviews, a cell per review that has a
 * plan, its date linked to the plan on its page. */
static void put_plan_history(prr_vnode *c, const page *pg)
{
	const prr_project_figs *p = pg->p;
	prr_vnode *h = put_obj(c, "history");
	prr_vnode *dates = put_arr(h, "dates");
	for (size_t i = 0; i < p->n; i++) {
		if (!p->reviews[i].plan.n_waves)
			continue;
		prr_vnode *o = push(dates);
		putr(o, "date", p->reviews[i].review->date);
		view_put_site_href(o, "href", pg, "reviews/%s/index.html#pv-h",
				   p->reviews[i].review->date);
	}
	prr_vnode *rows = put_arr(h, "waves");
	size_t changed = 0;
	for (size_t k = 0; k < p->n_waves; k++) {
		const prr_wavehist *wh = &p->waves[k];
		prr_vnode *row = push(rows);
		put(row, "id", wh->id);
		put(row, "name", wh->name);
		prr_vnode *cells = put_arr(row, "cells");
		for (size_t i = 0; i < p->n; i++) {
			const prr_wavestep *st = &wh->steps[i];
			if (!p->reviews[i].plan.n_waves)
				continue; /* no column: that review has no plan */
			prr_vnode *o = push(cells);
			putb(o, "absent", !st->wave);
			if (!st->wave)
				continue;
			const prr_planrow *r = &st->wave->row;
			prr_buf *b = view_scratch();
			view_fmt_num(b, r->delivered);
			prr_buf_adds(b, " of ");
			view_fmt_num(b, r->points);
			prr_buf_adds(b, " pts");
			put(o, "points", b->p);
			if (r->stories)
				view_putf(o, "stories", "%d of %d %s done",
					  r->delivered_stories, r->stories,
					  plural((size_t)r->stories, "story", "stories"));
			else
				put(o, "stories", "no stories listed");
			put_window(o, "window", "window_from", "window_to",
				   st->wave->wave->start, st->wave->wave->end);
			put_wave_change(o, st);
			changed += prr_vget(o, "change") != NULL;
		}
	}
	putb(h, "any", p->n_waves > 0 && p->n > 1);
	view_putf(h, "changed", "%zu %s", changed,
		  plural(changed, "change of plan", "changes of plan"));
}

int view_page_waves(page *pg)
{
	const prr_revfig *rf = &pg->p->reviews[pg->p->n - 1];
	prr_vnode *c = view_page_new(pg, PRR_VIEW_WAVES, "waves.html", NULL,
				     "Plan vs actual");
	put(c, "date", rf->review->date);
	/* the current state: with a repository, every delivery up to HEAD */
	const prr_plan *pl = pg->p->has_current ? &pg->p->current : &rf->plan;
	view_put_plan(c, pl, SIZE_MAX);
	putb(c, "stats_shown", true); /* the totals stand above the chart */
	if (pg->p->has_current) {
		put(c, "head", pg->f->head);
		put(c, "head_date", pg->f->head_date);
	}
	put_plan_history(c, pg);
	prr_svg_bar *bars = prr_xcalloc(pl->n_waves ? pl->n_waves : 1, sizeof *bars);
	prr_buf desc = PRR_BUF_INIT, label = PRR_BUF_INIT;
	char **labels = prr_xcalloc(pl->n_waves ? pl->n_waves : 1, sizeof *labels);
	for (size_t i = 0; i < pl->n_waves; i++) {
		const prr_wavefig *w = &pl->waves[i];
		prr_buf_reset(&label);
		prr_buf_addf(&label, "%s%s%s", w->wave->id ? w->wave->id : "",
			     w->wave->id && w->wave->name ? " " : "",
			     w->wave->name ? w->wave->name : "");
		labels[i] = prr_xstrdup(label.p);
		bars[i].label = labels[i];
		bars[i].planned = w->wave->planned ? w->row.points : PRR_NONE;
		bool pointed = points_stated(w);
		bars[i].delivered = pointed ? w->row.delivered : PRR_NONE;
		prr_buf_addf(&desc, "%s%s: ", i ? "; " : "", labels[i]);
		if (w->wave->planned) {
			view_fmt_num(&desc, w->row.points);
			prr_buf_adds(&desc, w->row.points == 1
						    ? " point planned, "
						    : " points planned, ");
		} else {
			prr_buf_adds(&desc, "unplanned, ");
		}
		if (pointed) {
			view_fmt_num(&desc, w->row.delivered);
			prr_buf_adds(&desc, " delivered");
		} else {
			prr_buf_adds(&desc, "no points stated");
		}
	}
	prr_buf svg = PRR_BUF_INIT;
	prr_svg_bars(&svg, "waves", "Planned and delivered points per wave",
		     desc.p, bars, pl->n_waves, "pts");
	put(c, "chart_svg", svg.p);
	for (size_t i = 0; i < pl->n_waves; i++)
		free(labels[i]);
	free(labels);
	free(bars);
	prr_buf_free(&svg);
	prr_buf_free(&desc);
	prr_buf_free(&label);
	if (pg->p->has_current)
		view_putf(c, "git_note", "delivery dates from git, up to HEAD (%s of %s)",
			  pg->f->head ? pg->f->head : "?",
			  pg->f->head_date ? pg->f->head_date : "?");
	return view_page_emit(pg);
}

/* Days an estimate stands for, or NaN for units prr cannot place. */
static double unit_days(const char *unit)
{
	if (!unit)
		return PRR_NONE;
	if (strncmp(unit, "day", 3) == 0) return 1;
	if (strncmp(unit, "week", 4) == 0) return 7;
	if (strncmp(unit, "month", 5) == 0) return 30;
	if (strncmp(unit, "hour", 4) == 0) return 1.0 / 8;
	return PRR_NONE;
}

int view_page_timeline(page *pg)
{
	const prr_timeline *t = &pg->p->timeline;
	prr_vnode *c = view_page_new(pg, PRR_VIEW_TIMELINE, "timeline.html", NULL,
				     "Timeline");
	prr_vnode *arr = put_arr(c, "events");
	prr_svg_event *ev = prr_xcalloc(t->n + t->n_slips + 1, sizeof *ev);
	/* a milestone's label says which of its marks it is: "GA (due)" */
	char **owned = prr_xcalloc(t->n + 1, sizeof *owned);
	size_t n_ev = 0;
	long week0 = 0;
	size_t n_weeks = 0;
	int *weekly = NULL;
	/* commits: one bar per week from the first to the last */
	for (size_t i = 0; i < t->n; i++) {
		if (t->events[i].kind != PRR_EV_COMMITS)
			continue;
		long d = prr_date_days(t->events[i].date);
		if (!n_weeks)
			week0 = d;
		size_t w = (size_t)((d - week0) / 7);
		if (w >= n_weeks) {
			weekly = prr_xrealloc(weekly, (w + 1) * sizeof *weekly);
			memset(weekly + n_weeks, 0, (w + 1 - n_weeks) * sizeof *weekly);
			n_weeks = w + 1;
		}
		weekly[w] += (int)t->events[i].value;
	}
	for (size_t i = 0; i < t->n; i++) {
		const prr_event *e = &t->events[i];
		prr_vnode *o = push(arr);
		put(o, "date", e->date);
		/* in words: "milestone due", not the JSON's "milestone-due" */
		static const char *const words[PRR_EV_KIND_COUNT] = {
			[PRR_EV_REVIEW] = "review",
			[PRR_EV_MILESTONE_DUE] = "milestone due",
			[PRR_EV_MILESTONE_DONE] = "milestone done",
			[PRR_EV_ESTIMATE] = "estimate",
			[PRR_EV_TAG] = "tag",
			[PRR_EV_COMMITS] = "commits",
		};
		put(o, "kind", (unsigned)e->kind < PRR_EV_KIND_COUNT
			       ? words[e->kind] : prr_event_kind_name(e->kind));
		put(o, "label", e->label);
		prr_buf b = PRR_BUF_INIT;
		prr_svg_event *s = &ev[n_ev];
		s->day = prr_date_days(e->date);
		s->label = e->label;
		switch (e->kind) {
		case PRR_EV_REVIEW: {
			char p[32];
			prr_level l = e->level;
			/* the project's thresholds: every review's are its
			 * prr.json's */
			prr_buf_addf(&b, "readiness %s", view_pct_at(p, sizeof p, e->value,
				     VIEW_BANDS(&pg->p->reviews[0].score)));
			s->mark = PRR_SVG_REVIEW;
			s->label = e->date;
			s->cls = l == PRR_LEVEL_READY ? "lv-ready"
				 : l == PRR_LEVEL_PARTIAL ? "lv-partial" : "lv-not-ready";
			n_ev++;
			break;
		}
		case PRR_EV_MILESTONE_DUE:
		case PRR_EV_MILESTONE_DONE: {
			bool done = e->kind == PRR_EV_MILESTONE_DONE;
			prr_buf_adds(&b, done ? "done" : "due");
			prr_buf l = PRR_BUF_INIT;
			prr_buf_addf(&l, "%s (%s)", e->label ? e->label : "milestone", b.p);
			owned[i] = prr_xstrdup(l.p);
			prr_buf_free(&l);
			s->label = owned[i];
			s->mark = PRR_SVG_MILESTONE;
			s->cls = done ? "done" : NULL;
			n_ev++;
			break;
		}
		case PRR_EV_TAG:
			s->mark = PRR_SVG_TAG;
			n_ev++;
			break;
		case PRR_EV_ESTIMATE:
			view_fmt_span(&b, e->value, e->high, e->unit);
			break;
		case PRR_EV_COMMITS:
			view_fmt_num(&b, e->value);
			prr_buf_adds(&b, e->value == 1 ? " commit" : " commits");
			break;
		default:
			break;
		}
		put(o, "value", b.p);
		prr_buf_free(&b);
	}
	/* estimate slips: where each revision said the work would end */
	prr_vnode *sl = put_arr(c, "slips");
	for (size_t i = 0; i < t->n_slips; i++) {
		const prr_slip *s = &t->slips[i];
		prr_vnode *o = push(sl);
		put(o, "label", s->label);
		prr_buf b = PRR_BUF_INIT;
		for (size_t k = 0; k < s->n; k++) {
			const prr_event *e = &s->points[k];
			prr_buf_addf(&b, "%s", k ? " \u2192 " : "");
			view_fmt_span(&b, e->value, e->high, s->unit);
			prr_buf_addf(&b, " (%s)", e->date);
		}
		put(o, "series", b.p);
		prr_buf_free(&b);
		double ud = unit_days(s->unit);
		if (s->n >= 2 && prr_has(ud)) {
			const prr_event *a = &s->points[0], *z = &s->points[s->n - 1];
			double ha = prr_has(a->high) ? a->high : a->value;
			double hz = prr_has(z->high) ? z->high : z->value;
			long from = prr_date_days(a->date) + (long)lround(ha * ud);
			long to = prr_date_days(z->date) + (long)lround(hz * ud);
			if (from != to) {
				prr_svg_event *e = &ev[n_ev++];
				e->day = from;
				e->day2 = to;
				e->mark = PRR_SVG_SLIP;
				e->label = s->label;
				view_putf_days(o, "moved", to - from);
			}
		}
	}
	prr_buf desc = PRR_BUF_INIT, svg = PRR_BUF_INIT;
	prr_buf_addf(&desc, "%zu %s, milestones, tags and commits per week; "
			    "the table below lists every event", pg->p->n,
		     prr_plural((long)pg->p->n, "review", "reviews"));
	prr_svg_timeline(&svg, "timeline", "Timeline of reviews and delivery",
			 desc.p, ev, n_ev, week0, weekly, n_weeks);
	put(c, "chart_svg", svg.p);
	putb(c, "has_repo", pg->o->repo != NULL);
	prr_buf_free(&desc);
	prr_buf_free(&svg);
	for (size_t i = 0; i < t->n; i++)
		free(owned[i]);
	free(owned);
	free(ev);
	free(weekly);
	return view_page_emit(pg);
}
