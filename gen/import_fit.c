/*
 * import_fit.c - what the importer made, fitted to the rules the loader
 * holds every review to (load_json.c), so that what `prr import` writes,
 * `prr check`, `build` and `report` read.
 *
 * Each reader of the importer keeps these rules where it makes an item;
 * this is the last word for the cases they did not foresee: a finding
 * whose title was all ID ("| HRI-1 | … |" titled by its ID column) is
 * titled by its ID; a score above its own scale ("**Total** | **8**" in a
 * "Score (0–5)" column) is no score, and said; an item with no text is
 * dropped, as it says nothing.
 */
#include "import_int.h"

#include <string.h>

static bool empty(const char *s)
{
	return !s || !*s;
}

/* Keeps, in order, the items of the review's `arr` (of TYPE) for which
 * `cond` holds of `it`, the item. */
#define FIT_KEEP(r, TYPE, arr, it, cond)                                     \
	do {                                                                 \
		size_t kept_ = 0;                                            \
		for (size_t i_ = 0; i_ < (r)->n_##arr; i_++) {               \
			TYPE *it = &(r)->arr[i_];                            \
			if (cond)                                            \
				(r)->arr[kept_++] = *it;                     \
		}                                                            \
		(r)->n_##arr = kept_;                                        \
	} while (0)

/* A figure the loader takes: none, or not negative. */
static bool unsigned_or_none(double v)
{
	return !prr_has(v) || v >= 0;
}

/* A figure on its scale ("7 / 10", "7–8 / 10"): the scale above 0, the
 * figure from 0 up to the scale, a range's high end not below its low;
 * else it is no score, and said where it stands. */
static bool on_scale(imp *im, const char *what, const char *label, double v,
		     double high, double max, int line)
{
	const char *why = NULL;
	if (prr_has(max) && max <= 0)
		why = "its scale is not above 0";
	else if (!unsigned_or_none(v) || !unsigned_or_none(high))
		why = "it is below 0";
	else if (prr_has(max) && (v > max || (prr_has(high) && high > max)))
		why = "it is above its scale";
	else if (prr_has(v) && prr_has(high) && high < v)
		why = "its range runs backwards";
	if (!why)
		return true;
	prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map, line, 0,
		     "not imported: %s '%s' (%g%s%g): %s", what,
		     label ? label : "", v, prr_has(max) ? " of " : "",
		     prr_has(max) ? max : high, why);
	return false;
}

static bool score_fits(imp *im, prr_score *s)
{
	if (!s->grade && (!prr_has(s->value) || !prr_has(s->max)))
		return false;
	return on_scale(im, "score", s->label, s->value, s->high, s->max,
			s->line);
}

static bool dimension_fits(imp *im, prr_dimension *m)
{
	if (empty(m->name) || (!m->grade && (!prr_has(m->score) ||
					     !prr_has(m->max))))
		return false;
	if (!unsigned_or_none(m->weight))
		m->weight = PRR_NONE;
	return on_scale(im, "dimension", m->name, m->score, m->high, m->max,
			m->line);
}

static bool finding_fits(prr_finding *f)
{
	if (empty(f->title))
		f->title = f->id; /* all it says of itself */
	prr_effort *e = &f->effort;
	if (!unsigned_or_none(e->low) || !unsigned_or_none(e->high) ||
	    (prr_has(e->low) && prr_has(e->high) && e->high < e->low))
		e->low = e->high = PRR_NONE;
	return !empty(f->title);
}

static bool checklist_fits(prr_checklist *l)
{
	size_t kept = 0;
	for (size_t i = 0; i < l->n_items; i++)
		if (!empty(l->items[i].text))
			l->items[kept++] = l->items[i];
	l->n_items = kept;
	if (empty(l->title))
		l->title = l->section;
	return !empty(l->title);
}

static bool component_fits(prr_component *c)
{
	size_t kept = 0;
	for (size_t i = 0; i < c->n_checks; i++) {
		prr_check *ch = &c->checks[i];
		if (empty(ch->category))
			continue;
		if (ch->passed >= 0 && ch->total >= 0 && ch->passed > ch->total)
			ch->passed = ch->total = -1; /* no count holds */
		c->checks[kept++] = *ch;
	}
	c->n_checks = kept;
	return !empty(c->name);
}

static bool estimate_fits(const prr_estimate *e)
{
	return unsigned_or_none(e->low) && unsigned_or_none(e->high) &&
	       (!prr_has(e->low) || !prr_has(e->high) || e->low <= e->high);
}

/* A wave's points not below 0, its window not backwards. */
static bool wave_fits(prr_wave *w)
{
	if (!unsigned_or_none(w->planned_points))
		w->planned_points = PRR_NONE;
	for (size_t i = 0; i < w->n_stories; i++)
		if (!unsigned_or_none(w->stories[i].points))
			w->stories[i].points = PRR_NONE;
	if (w->start && w->end && strcmp(w->end, w->start) < 0)
		w->end = NULL;
	return w->id || w->name;
}

void imp_fit_schema(imp *im)
{
	prr_review *r = im->r;
	FIT_KEEP(r, prr_score, scores, s, score_fits(im, s));
	FIT_KEEP(r, prr_dimension, dimensions, m, dimension_fits(im, m));
	FIT_KEEP(r, prr_finding, findings, f, finding_fits(f));
	FIT_KEEP(r, prr_risk, risks, k, !empty(k->title));
	FIT_KEEP(r, prr_milestone, milestones, m, !empty(m->name));
	FIT_KEEP(r, prr_field, fields, f, !empty(f->name));
	FIT_KEEP(r, prr_checklist, checklists, l, checklist_fits(l));
	FIT_KEEP(r, prr_component, components, c, component_fits(c));
	FIT_KEEP(r, prr_estimate, estimates, e, estimate_fits(e));
	FIT_KEEP(r, prr_wave, waves, w, wave_fits(w));
	FIT_KEEP(r, prr_claim, audit, c, !empty(c->claim));
	FIT_KEEP(r, prr_evidence, evidence, e, !empty(e->path));
}
