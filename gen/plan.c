/* plan.c - plan versus actual: per wave and in total, scope growth, the
 * document's own completion figures, planned versus actual windows. */
#include "prr/figures.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool contains_ci(const char *hay, const char *needle)
{
	if (!hay)
		return false;
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return true;
	return false;
}

/* The first "N%" or "N.N %" in `s`, or NaN. */
static double percent_in(const char *s)
{
	for (const char *p = s; p && *p; p++) {
		if (!isdigit((unsigned char)*p) ||
		    (p > s && (isdigit((unsigned char)p[-1]) || p[-1] == '.')))
			continue;
		char *end;
		double v = strtod(p, &end);
		while (*end == ' ')
			end++;
		if (*end == '%')
			return v;
	}
	return PRR_NONE;
}

static bool is_plan_text(const char *s)
{
	static const char *const words[] = { "complete", "progress", "point",
					     "stories", "story", "wave", NULL };
	for (size_t i = 0; words[i]; i++)
		if (contains_ci(s, words[i]))
			return true;
	return false;
}

static void row_add(prr_planrow *t, const prr_planrow *r)
{
	t->stories += r->stories;
	t->stories_pointed += r->stories_pointed;
	t->points += r->points;
	t->delivered += r->delivered;
	t->partial += r->partial;
	t->missing += r->missing;
	t->delivered_stories += r->delivered_stories;
	t->partial_stories += r->partial_stories;
}

static void row_finish(prr_planrow *r)
{
	r->strict = r->half = PRR_NONE;
	if (r->points > 0) {
		r->strict = 100.0 * r->delivered / r->points;
		r->half = 100.0 * (r->delivered + 0.5 * r->partial) / r->points;
	}
}

/* Deliveries by story id (prr_name_eq), each to its first dated one on
 * or before `upto` (NULL: any): a plan of many stories is linear, not
 * stories times deliveries. */
static void index_deliveries(prr_names *t, const prr_delivery *dv, size_t n,
			     const char *upto)
{
	for (size_t i = 0; i < n; i++)
		if (dv[i].story && dv[i].date &&
		    (!upto || strcmp(dv[i].date, upto) <= 0))
			prr_names_put(t, dv[i].story, i);
}

static const char *delivery_of(const prr_story *s, const prr_delivery *dv,
			       const prr_names *t)
{
	size_t i = s->id ? prr_names_find(t, s->id) : PRR_NAMES_NONE;
	return i == PRR_NAMES_NONE ? NULL : dv[i].date;
}

/* A wave's figures; the slip is a finished wave's only (every story
 * delivered), as an open wave has not ended yet. */
static void wave_figures(prr_wavefig *f, const prr_wave *w,
			 const prr_delivery *dv, const prr_names *by_story)
{
	prr_planrow *r = &f->row;
	f->wave = w;
	for (size_t k = 0; k < w->n_stories; k++) {
		const prr_story *s = &w->stories[k];
		r->stories++;
		if (s->status == PRR_PASS)
			r->delivered_stories++;
		else if (s->status == PRR_PARTIAL)
			r->partial_stories++;
		if (prr_has(s->points)) {
			r->stories_pointed++;
			r->points += s->points;
			if (s->status == PRR_PASS)
				r->delivered += s->points;
			else if (s->status == PRR_PARTIAL)
				r->partial += s->points;
			else
				r->missing += s->points;
		}
		const char *d = delivery_of(s, dv, by_story);
		if (d && prr_date_valid(d)) {
			if (!f->actual_start || strcmp(d, f->actual_start) < 0)
				f->actual_start = d;
			if (!f->actual_end || strcmp(d, f->actual_end) > 0)
				f->actual_end = d;
		}
	}
	/* A wave without pointed stories may still state its points, and
	 * those done ("| E3 Biometric login | 34 | 21 |") */
	if (r->stories_pointed == 0 && prr_has(w->planned_points)) {
		r->points = w->planned_points;
		r->missing = w->planned_points;
		if (prr_has(w->done_points) && w->done_points <= w->planned_points) {
			r->delivered = w->done_points;
			r->missing = w->planned_points - w->done_points;
		}
	}
	row_finish(r);
	/* every story delivered; a wave listed without stories, all the
	 * points it states done */
	f->finished = r->stories > 0 ? r->delivered_stories == r->stories
				     : prr_has(w->done_points) &&
					       prr_has(w->planned_points) &&
					       w->done_points >= w->planned_points;
	if (f->finished && f->actual_end && w->end && prr_date_valid(w->end)) {
		f->slip_days = prr_date_days(f->actual_end) - prr_date_days(w->end);
		f->has_slip = true;
	}
}

/* 1 if a claim was taken from line `line` already. */
static bool claimed_at(const prr_plan *p, int line)
{
	for (size_t k = 0; line > 0 && k < p->n_claims; k++)
		if (p->claims[k].line == line)
			return true;
	return false;
}

static void add_claim(prr_plan *p, prr_arena *a, size_t *cap,
		      const char *claim, const char *stated, int line)
{
	prr_planclaim *c = PRR_VEC_PUSH(a, p->claims, p->n_claims, *cap);
	c->claim = claim;
	c->stated = stated;
	c->line = line;
	c->stated_percent = percent_in(stated);
	if (prr_has(c->stated_percent)) {
		c->agrees_strict = prr_has(p->planned.strict) &&
				   fabs(c->stated_percent - p->planned.strict) < 0.5;
		c->agrees_half = prr_has(p->planned.half) &&
				 fabs(c->stated_percent - p->planned.half) < 0.5;
	}
}

void prr_plan_compute(prr_plan *p, prr_arena *a, const prr_review *r,
		      const prr_delivery *dv, size_t n_dv, const char *upto)
{
	size_t cap = 0;
	prr_names by_story = { 0 };
	memset(p, 0, sizeof *p);
	index_deliveries(&by_story, dv, n_dv, upto);
	p->n_waves = r->n_waves;
	p->waves = prr_arena_array(a, p->n_waves ? p->n_waves : 1,
				   sizeof *p->waves);
	for (size_t i = 0; i < r->n_waves; i++) {
		prr_wavefig *f = &p->waves[i];
		wave_figures(f, &r->waves[i], dv, &by_story);
		const prr_wave *w = &r->waves[i];
		f->not_begun = w->start && prr_date_valid(w->start) && r->date &&
				 strcmp(w->start, r->date) > 0 &&
				 f->row.delivered_stories == 0 &&
				 f->row.partial_stories == 0 &&
				 !(f->row.delivered > 0) && !(f->row.partial > 0);
		if (r->waves[i].planned) {
			row_add(&p->planned, &f->row);
		} else {
			row_add(&p->unplanned, &f->row);
			p->unplanned_waves++;
		}
	}
	prr_names_free(&by_story);
	p->n_milestones = r->n_milestones;
	p->milestones = prr_arena_array(a, p->n_milestones ? p->n_milestones : 1,
					sizeof *p->milestones);
	for (size_t i = 0; i < r->n_milestones; i++) {
		const prr_milestone *m = &r->milestones[i];
		prr_milefig *f = &p->milestones[i];
		f->milestone = m;
		if (m->planned && m->due && prr_date_valid(m->planned) &&
		    prr_date_valid(m->due)) {
			f->slip_days = prr_date_days(m->due) - prr_date_days(m->planned);
			f->has_slip = f->slip_days != 0;
		}
	}
	size_t n_planned = 0, n_waiting = 0;
	for (size_t i = 0; i < p->n_waves; i++) {
		n_planned += p->waves[i].wave->planned;
		n_waiting += p->waves[i].wave->planned && p->waves[i].not_begun;
	}
	p->not_begun = n_planned > 0 && n_waiting == n_planned;
	row_finish(&p->planned);
	row_finish(&p->unplanned);
	p->growth_percent = PRR_NONE;
	if (p->planned.points > 0 && p->unplanned.stories_pointed > 0)
		p->growth_percent = 100.0 * p->unplanned.points / p->planned.points;
	if (r->n_waves == 0)
		return;
	/* The document's own plan figures, beside the computed ones. */
	for (size_t i = 0; i < r->n_audit; i++) {
		const prr_claim *c = &r->audit[i];
		if (!is_plan_text(c->claim) && !is_plan_text(c->stated))
			continue;
		add_claim(p, a, &cap, c->claim, c->stated, c->line);
		prr_planclaim *k = &p->claims[p->n_claims - 1];
		/* a count, not a percentage ("W1 planned points: 8"): the
		 * document's own comparison with its stories says */
		if (!prr_has(k->stated_percent))
			k->agrees_strict = k->agrees_half = c->agrees;
	}
	/* "Overall Status: 85% Complete" imports as a score out of 100 */
	for (size_t i = 0; i < r->n_scores; i++) {
		const prr_score *sc = &r->scores[i];
		if (sc->max == 100 && !prr_has(sc->high) &&
		    (is_plan_text(sc->label) || contains_ci(sc->label, "status")) &&
		    !claimed_at(p, sc->line))
			add_claim(p, a, &cap, sc->label,
				  prr_arena_printf(a, "%g%%", sc->value), sc->line);
	}
	for (size_t i = 0; i < r->n_fields; i++) {
		const prr_field *f = &r->fields[i];
		if (!claimed_at(p, f->line) && contains_ci(f->value, "complete") && prr_has(percent_in(f->value)))
			add_claim(p, a, &cap, f->name, f->value, f->line);
	}
}

/*** The plan across reviews ***/

/* A wave's name across reviews: its id, else its name. */
static const char *wave_key(const prr_wave *w)
{
	return w->id && *w->id ? w->id : w->name && *w->name ? w->name : NULL;
}

/* How step `st` differs from `before`, the same wave in an earlier
 * review. */
static void wave_change(prr_wavestep *st, const prr_wavefig *before)
{
	const prr_wavefig *now = st->wave;
	st->has_before = true;
	st->points_change = prr_has(now->row.points) && prr_has(before->row.points)
		? now->row.points - before->row.points : PRR_NONE;
	st->stories_change = now->row.stories - before->row.stories;
	const char *a = before->wave->end, *b = now->wave->end;
	if (a && b && prr_date_valid(a) && prr_date_valid(b)) {
		st->end_moved = prr_date_days(b) - prr_date_days(a);
		st->has_end_moved = true;
	}
}

void prr_plan_history(prr_wavehist **out, size_t *n_out, prr_arena *a,
		      const prr_revfig *revs, size_t n)
{
	prr_names index = { 0 };
	prr_wavehist *v = NULL;
	size_t nv = 0, cap = 0;
	/* per wave, the last review that had it */
	size_t *last = NULL, cap_last = 0, n_last = 0;
	for (size_t i = 0; i < n; i++) {
		const prr_plan *pl = &revs[i].plan;
		for (size_t k = 0; k < pl->n_waves; k++) {
			const prr_wavefig *wf = &pl->waves[k];
			const char *key = wave_key(wf->wave);
			if (!key)
				continue;
			size_t h = prr_names_put(&index, key, nv);
			if (h == nv) {
				prr_wavehist *wh = PRR_VEC_PUSH(a, v, nv, cap);
				wh->id = wf->wave->id;
				wh->name = wf->wave->name;
				wh->steps = prr_arena_array(a, n, sizeof *wh->steps);
				*(size_t *)PRR_VEC_PUSH(a, last, n_last, cap_last) = i;
			}
			prr_wavestep *st = &v[h].steps[i];
			if (st->wave)
				continue; /* a repeated id: the first wave of it */
			st->wave = wf;
			st->points_change = PRR_NONE;
			if (last[h] < i)
				wave_change(st, v[h].steps[last[h]].wave);
			last[h] = i;
		}
	}
	prr_names_free(&index);
	*out = v;
	*n_out = nv;
}
