/* figures_json.c - every figure of a review set as one JSON object (the
 * report's --format json, the site's data.json): the output side of the
 * compute stage, which writes nothing itself. */
#include "prr/figures_json.h"

#include <stddef.h>

/* `t`'s counts as `key`, and with `tests` its tests as "tests". */
static void w_counts(prr_jw *w, const char *key, const prr_tally *t,
		     bool tests)
{
	prr_jw_kobject(w, key);
	prr_jw_kint(w, "pass", t->pass);
	prr_jw_kint(w, "partial", t->partial);
	prr_jw_kint(w, "fail", t->fail);
	prr_jw_kint(w, "pending", t->pending);
	prr_jw_kint(w, "na", t->na);
	prr_jw_kint(w, "unknown", t->unknown);
	prr_jw_kint(w, "waived", t->waived);
	prr_jw_kint(w, "applicable", prr_tally_applicable(t));
	prr_jw_end(w);
	if (!tests)
		return;
	prr_jw_kobject(w, "tests");
	prr_jw_kint(w, "passed", t->tests_passed);
	prr_jw_kint(w, "total", t->tests_total);
	prr_jw_end(w);
}

static void w_level(prr_jw *w, const char *key, prr_level l)
{
	prr_jw_kstr(w, key, l == PRR_LEVEL_UNKNOWN ? NULL : prr_level_name(l));
}

static void w_waiver_state(prr_jw *w, const char *key, prr_waiver_state st)
{
	prr_jw_kstr(w, key, st == PRR_WAIVER_ACTIVE ? "active" : "expired");
}

/* A score as the document states it: its value at `key`, the high end of
 * a range, its scale and its letter grade (the view's view_put_graded). */
static void w_graded(prr_jw *w, const char *key, double value, double high,
		     double max, const char *grade)
{
	prr_jw_knum(w, key, value);
	prr_jw_knum_opt(w, "high", high);
	prr_jw_knum(w, "max", max);
	prr_jw_kstr_opt(w, "grade", grade);
}

static void w_cell(prr_jw *w, const prr_scorecard *s, const prr_compfig *c,
		   int k)
{
	if (k < 0) {
		prr_jw_null(w);
		return;
	}
	const prr_checkfig *f = &c->checks[k];
	prr_jw_object(w);
	prr_jw_kstr(w, "status", prr_status_name(f->status));
	if (f->check->status != f->status)
		prr_jw_kstr(w, "stated", prr_status_name(f->check->status));
	if (f->from_counts)
		prr_jw_kbool(w, "from_counts", true);
	if (f->check->total >= 0) {
		prr_jw_kint(w, "passed", f->check->passed);
		prr_jw_kint(w, "total", f->check->total);
	}
	if (f->waived >= 0)
		w_waiver_state(w, "waiver", s->waived[f->waived].state);
	prr_jw_kstr_opt(w, "note", f->check->note);
	prr_jw_kline(w, f->check->line);
	prr_jw_end(w);
}

/* A review's scorecard: readiness and level, the components and their
 * cells, the dimension score, checklists, findings, blockers, waivers. */
static void w_scorecard(prr_jw *w, const prr_scorecard *s)
{
	const prr_review *r = s->review;
	prr_jw_kobject(w, "scorecard");
	prr_jw_knum(w, "readiness", s->readiness);
	w_level(w, "level", s->level);
	w_level(w, "stated_level", r->level);
	w_counts(w, "counts", &s->tally, true);
	/* the components' own statuses, where the review states any */
	if (prr_tally_applicable(&s->stated) + s->stated.na > 0)
		w_counts(w, "stated_counts", &s->stated, false);
	prr_jw_kobject(w, "thresholds");
	prr_jw_knum(w, "ready", s->ready);
	prr_jw_knum(w, "partial", s->partial);
	prr_jw_end(w);
	prr_jw_karray(w, "categories");
	for (size_t j = 0; j < s->n_categories; j++)
		prr_jw_str(w, s->categories[j]);
	prr_jw_end(w);
	prr_jw_karray(w, "components");
	for (size_t i = 0; i < s->n_comps; i++) {
		const prr_compfig *c = &s->comps[i];
		prr_jw_object(w);
		prr_jw_kstr(w, "name", c->name);
		prr_jw_knum(w, "readiness", c->readiness);
		w_level(w, "level", c->level);
		if (c->component->status != PRR_UNKNOWN)
			prr_jw_kstr(w, "stated", prr_status_name(c->component->status));
		w_counts(w, "counts", &c->tally, true);
		prr_jw_karray(w, "cells");
		for (size_t j = 0; j < s->n_categories; j++)
			w_cell(w, s, c, c->cells[j]);
		prr_jw_end(w);
		prr_jw_kline(w, c->component->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);

	prr_jw_kobject(w, "dimension_score");
	prr_jw_knum(w, "value", s->dims.value);
	if (prr_has(s->dims.high) && s->dims.high != s->dims.value)
		prr_jw_knum(w, "high", s->dims.high);
	prr_jw_kint(w, "max", 10);
	prr_jw_knum(w, "percent", s->dims.percent);
	prr_jw_karray(w, "dimensions");
	for (size_t i = 0; i < s->dims.n; i++) {
		const prr_dimfig *d = &s->dims.dims[i];
		const prr_dimension *dim = d->dimension;
		prr_jw_object(w);
		prr_jw_kstr(w, "name", dim->name);
		w_graded(w, "score", dim->score, dim->high, dim->max, dim->grade);
		prr_jw_knum(w, "weight", d->weight);
		prr_jw_kstr(w, "weight_from", d->weight_from);
		prr_jw_kline(w, dim->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_karray(w, "stated");
	for (size_t i = 0; i < r->n_scores; i++) {
		const prr_score *sc = &r->scores[i];
		prr_jw_object(w);
		prr_jw_kstr(w, "label", sc->label);
		w_graded(w, "value", sc->value, sc->high, sc->max, sc->grade);
		prr_jw_kline(w, sc->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_end(w);

	prr_jw_karray(w, "checklists");
	for (size_t i = 0; i < s->n_lists; i++) {
		const prr_listfig *l = &s->lists[i];
		prr_jw_object(w);
		prr_jw_kstr(w, "title", l->list->title);
		prr_jw_kstr_opt(w, "section", l->list->section);
		prr_jw_kint(w, "done", l->done);
		prr_jw_kint(w, "partial", l->partial);
		prr_jw_kint(w, "total", l->total);
		prr_jw_kint(w, "na", l->na);
		prr_jw_kint(w, "unknown", l->unknown);
		prr_jw_knum(w, "percent", l->percent);
		prr_jw_kline(w, l->list->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);

	prr_jw_kobject(w, "findings");
	prr_jw_kint(w, "open", s->findings_open);
	prr_jw_kint(w, "waived", s->findings_waived);
	for (int v = PRR_SEV_CRITICAL; v < PRR_SEV_COUNT; v++)
		prr_jw_kint(w, prr_severity_name((prr_severity)v), s->findings[v]);
	prr_jw_kint(w, "unrated", s->findings[PRR_SEV_UNKNOWN]);
	/* the findings themselves, open and waived, as the review lists them */
	prr_jw_karray(w, "list");
	for (size_t i = 0; i < r->n_findings; i++) {
		const prr_finding *f = &r->findings[i];
		prr_jw_object(w);
		prr_jw_kstr_opt(w, "id", f->id);
		prr_jw_kstr(w, "severity", prr_severity_name(f->severity));
		prr_jw_kstr_opt(w, "title", f->title);
		prr_jw_kstr_opt(w, "component", f->component);
		prr_jw_kbool(w, "blocking", f->blocking);
		prr_jw_kbool(w, "waived", s->finding_waived[i]);
		prr_jw_kline(w, f->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_end(w);

	prr_jw_karray(w, "blockers");
	for (size_t i = 0; i < s->n_blockers; i++) {
		prr_jw_object(w);
		prr_jw_kstr(w, "kind", s->blockers[i].kind);
		prr_jw_kstr(w, "name", s->blockers[i].name);
		prr_jw_kstr(w, "why", s->blockers[i].why);
		prr_jw_kline(w, s->blockers[i].line);
		prr_jw_end(w);
	}
	prr_jw_end(w);

	prr_jw_karray(w, "waivers");
	for (size_t i = 0; i < s->n_waived; i++) {
		const prr_waived *x = &s->waived[i];
		prr_jw_object(w);
		w_waiver_state(w, "state", x->state);
		prr_jw_kstr_opt(w, "component", x->component);
		prr_jw_kstr_opt(w, "category", x->category);
		prr_jw_kstr_opt(w, "finding", x->finding);
		if (x->component)
			prr_jw_kstr(w, "status", prr_status_name(x->status));
		prr_jw_kstr_opt(w, "reason", x->waiver->reason);
		prr_jw_kstr_opt(w, "approver", x->waiver->approver);
		prr_jw_kstr_opt(w, "expires", x->waiver->expires);
		prr_jw_kint(w, "config_line", x->waiver->line);
		prr_jw_kline(w, x->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_end(w);
}

static void w_row(prr_jw *w, const prr_planrow *r)
{
	prr_jw_kint(w, "stories", r->stories);
	prr_jw_kint(w, "stories_with_points", r->stories_pointed);
	prr_jw_knum(w, "points", r->points);
	prr_jw_knum(w, "delivered", r->delivered);
	prr_jw_knum(w, "partial", r->partial);
	prr_jw_knum(w, "missing", r->missing);
	prr_jw_knum(w, "strict", r->strict);
	prr_jw_knum(w, "half_credit", r->half);
	prr_jw_kint(w, "delivered_stories", r->delivered_stories);
	prr_jw_kint(w, "partial_stories", r->partial_stories);
}

static void w_plan(prr_jw *w, const char *key, const prr_plan *p)
{
	prr_jw_kobject(w, key);
	prr_jw_karray(w, "waves");
	for (size_t i = 0; i < p->n_waves; i++) {
		const prr_wavefig *f = &p->waves[i];
		prr_jw_object(w);
		prr_jw_kstr_opt(w, "id", f->wave->id);
		prr_jw_kstr_opt(w, "name", f->wave->name);
		prr_jw_kbool(w, "planned", f->wave->planned);
		w_row(w, &f->row);
		prr_jw_kstr_opt(w, "planned_start", f->wave->start);
		prr_jw_kstr_opt(w, "planned_end", f->wave->end);
		prr_jw_kstr_opt(w, "actual_start", f->actual_start);
		prr_jw_kstr_opt(w, "actual_end", f->actual_end);
		if (f->has_slip)
			prr_jw_kint(w, "slip_days", f->slip_days);
		prr_jw_kline(w, f->wave->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_kobject(w, "total");
	w_row(w, &p->planned);
	prr_jw_end(w);
	prr_jw_kobject(w, "growth");
	prr_jw_kint(w, "waves", p->unplanned_waves);
	prr_jw_kint(w, "stories", p->unplanned.stories);
	prr_jw_knum(w, "points", p->unplanned.stories_pointed ? p->unplanned.points
							      : PRR_NONE);
	prr_jw_knum(w, "percent", p->growth_percent);
	prr_jw_end(w);
	prr_jw_karray(w, "stated");
	for (size_t i = 0; i < p->n_claims; i++) {
		const prr_planclaim *c = &p->claims[i];
		prr_jw_object(w);
		prr_jw_kstr(w, "claim", c->claim);
		prr_jw_kstr(w, "stated", c->stated);
		if (prr_has(c->stated_percent)) {
			prr_jw_knum(w, "percent", c->stated_percent);
			prr_jw_kbool(w, "agrees_strict", c->agrees_strict);
			prr_jw_kbool(w, "agrees_half_credit", c->agrees_half);
		}
		prr_jw_kline(w, c->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_end(w);
}

static void w_audit(prr_jw *w, const prr_audit *a)
{
	prr_jw_kobject(w, "audit");
	prr_jw_kint(w, "disagreements", a->disagreements);
	prr_jw_karray(w, "entries");
	for (size_t i = 0; i < a->n; i++) {
		const prr_auditrow *r = &a->rows[i];
		prr_jw_object(w);
		prr_jw_kstr(w, "source", r->source);
		prr_jw_kstr(w, "claim", r->claim);
		prr_jw_kstr(w, "stated", r->stated);
		prr_jw_kstr(w, "found", r->found);
		prr_jw_kbool(w, "agrees", r->agrees);
		prr_jw_kline(w, r->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_end(w);
}

/* What the repository says of a review: its evidence items judged and
 * its components' commits since. */
static void w_git(prr_jw *w, const prr_revfig *f)
{
	const prr_revgit *g = f->git;
	const prr_review *r = f->review;
	prr_jw_kobject(w, "evidence");
	prr_jw_kstr_opt(w, "checked_at", f->checked_at);
	prr_jw_kint(w, "confirmed", g->confirmed);
	prr_jw_kint(w, "contradicted", g->contradicted);
	prr_jw_kint(w, "unverifiable", g->unverifiable);
	prr_jw_karray(w, "items");
	for (size_t i = 0; i < g->n_items; i++) {
		const prr_evitem *it = &g->items[i];
		if (!it->verdict)
			continue;
		prr_jw_object(w);
		prr_jw_kstr_opt(w, "owner", it->owner);
		prr_jw_kstr(w, "path", it->evidence->path);
		prr_jw_kstr(w, "verdict", it->verdict);
		prr_jw_kstr_opt(w, "resolved", it->resolved);
		prr_jw_kstr_opt(w, "first_commit", it->first_commit);
		prr_jw_kstr_opt(w, "first_date", it->first_date);
		prr_jw_kstr_opt(w, "last_commit", it->last_commit);
		prr_jw_kstr_opt(w, "last_date", it->last_date);
		prr_jw_kstr_opt(w, "found", it->found);
		prr_jw_kline(w, it->evidence->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_karray(w, "stale");
	for (size_t j = 0; j < r->n_components; j++) {
		const prr_stale *st = &g->stale[j];
		if (st->commits < 0)
			continue;
		prr_jw_object(w);
		prr_jw_kstr(w, "component", r->components[j].name);
		prr_jw_kint(w, "commits", st->commits);
		prr_jw_kstr_opt(w, "newest_commit", st->commit);
		prr_jw_kstr_opt(w, "newest_date", st->date);
		prr_jw_kstr_opt(w, "newest_summary", st->summary);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_end(w);
}

/* Each wave across the reviews: its figures in each, and what changed. */
static void w_wave_history(prr_jw *w, const prr_project_figs *p)
{
	prr_jw_karray(w, "plan_history");
	for (size_t k = 0; k < p->n_waves; k++) {
		const prr_wavehist *wh = &p->waves[k];
		prr_jw_object(w);
		prr_jw_kstr_opt(w, "id", wh->id);
		prr_jw_kstr_opt(w, "name", wh->name);
		prr_jw_karray(w, "reviews");
		for (size_t i = 0; i < p->n; i++) {
			const prr_wavestep *st = &wh->steps[i];
			if (!st->wave) {
				prr_jw_null(w);
				continue;
			}
			const prr_planrow *row = &st->wave->row;
			prr_jw_object(w);
			prr_jw_kstr(w, "date", p->reviews[i].review->date);
			prr_jw_knum(w, "points", row->points);
			prr_jw_knum(w, "delivered", row->delivered);
			prr_jw_kint(w, "stories", row->stories);
			prr_jw_kint(w, "delivered_stories", row->delivered_stories);
			prr_jw_kstr_opt(w, "planned_start", st->wave->wave->start);
			prr_jw_kstr_opt(w, "planned_end", st->wave->wave->end);
			if (st->has_before) {
				prr_jw_knum(w, "points_change", st->points_change);
				prr_jw_kint(w, "stories_change", st->stories_change);
				if (st->has_end_moved)
					prr_jw_kint(w, "end_moved_days", st->end_moved);
			}
			prr_jw_end(w);
		}
		prr_jw_end(w);
		prr_jw_end(w);
	}
	prr_jw_end(w);
}

static void w_review(prr_jw *w, const prr_revfig *f)
{
	const prr_review *r = f->review;
	prr_jw_object(w);
	prr_jw_kstr(w, "date", r->date);
	/* "command-line" when the document states no day (a portfolio of
	 * sites built elsewhere says so, as the site's own pages do) */
	prr_jw_kstr_opt(w, "date_from", r->date_from);
	prr_jw_kstr_opt(w, "title", r->title);
	prr_jw_kstr_opt(w, "source", r->source_file);
	w_scorecard(w, &f->score);
	w_plan(w, "plan", &f->plan);
	/* milestones due later (or earlier) than first planned */
	prr_jw_karray(w, "milestone_slips");
	for (size_t i = 0; i < f->plan.n_milestones; i++) {
		const prr_milefig *m = &f->plan.milestones[i];
		if (!m->has_slip)
			continue;
		prr_jw_object(w);
		prr_jw_kstr(w, "name", m->milestone->name);
		prr_jw_kstr(w, "planned", m->milestone->planned);
		prr_jw_kstr(w, "due", m->milestone->due);
		prr_jw_kint(w, "slip_days", m->slip_days);
		prr_jw_kline(w, m->milestone->line);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	w_audit(w, &f->audit);
	if (f->git)
		w_git(w, f);
	prr_jw_end(w);
}

static void w_event(prr_jw *w, const prr_event *e)
{
	prr_jw_object(w);
	prr_jw_kstr(w, "date", e->date);
	prr_jw_kstr(w, "kind", prr_event_kind_name(e->kind));
	prr_jw_kstr(w, "label", e->label);
	switch (e->kind) {
	case PRR_EV_REVIEW:
		prr_jw_knum(w, "readiness", e->value);
		prr_jw_knum(w, "score", e->high);
		break;
	case PRR_EV_ESTIMATE:
		prr_jw_knum(w, "low", e->value);
		prr_jw_knum(w, "high", e->high);
		prr_jw_kstr_opt(w, "unit", e->unit);
		break;
	case PRR_EV_COMMITS:
		prr_jw_knum(w, "commits", e->value);
		break;
	default:
		break;
	}
	prr_jw_kstr_opt(w, "review", e->review);
	prr_jw_kline(w, e->line);
	prr_jw_end(w);
}

static void w_delta(prr_jw *w, const prr_delta *d)
{
	prr_jw_object(w);
	prr_jw_kstr(w, "before", d->before);
	prr_jw_kstr(w, "after", d->after);
	prr_jw_kint(w, "improved", d->improved);
	prr_jw_kint(w, "regressed", d->regressed);
	prr_jw_karray(w, "changes");
	for (size_t i = 0; i < d->n; i++) {
		const prr_deltarow *r = &d->rows[i];
		prr_jw_object(w);
		prr_jw_kstr(w, "kind", r->kind);
		prr_jw_kstr(w, "name", r->name);
		prr_jw_kstr(w, "change", prr_change_name(r->change));
		if (r->before_text) {
			prr_jw_kstr(w, "before", r->before_text);
			prr_jw_kstr(w, "after", r->after_text);
		} else {
			prr_jw_knum(w, "before", r->before);
			prr_jw_knum(w, "after", r->after);
			if (prr_has(r->scale))
				prr_jw_knum(w, "scale", r->scale);
		}
		prr_jw_end(w);
	}
	prr_jw_end(w);
	const prr_finding *const *lists[2] = { d->opened, d->closed };
	size_t counts[2] = { d->n_opened, d->n_closed };
	static const char *const keys[2] = { "findings_opened", "findings_closed" };
	for (int k = 0; k < 2; k++) {
		prr_jw_karray(w, keys[k]);
		for (size_t i = 0; i < counts[k]; i++) {
			prr_jw_object(w);
			prr_jw_kstr_opt(w, "id", lists[k][i]->id);
			prr_jw_kstr(w, "title", lists[k][i]->title);
			prr_jw_kstr(w, "severity", lists[k][i]->severity
				    ? prr_severity_name(lists[k][i]->severity) : NULL);
			prr_jw_end(w);
		}
		prr_jw_end(w);
	}
	const char *const *names[2] = { d->comps_added, d->comps_gone };
	size_t ncomp[2] = { d->n_added, d->n_gone };
	static const char *const ckeys[2] = { "components_added", "components_gone" };
	for (int k = 0; k < 2; k++) {
		prr_jw_karray(w, ckeys[k]);
		for (size_t i = 0; i < ncomp[k]; i++)
			prr_jw_str(w, names[k][i]);
		prr_jw_end(w);
	}
	/* not gone: named otherwise in the later review */
	prr_jw_karray(w, "components_named");
	for (size_t i = 0; i < d->n_named; i++) {
		prr_jw_object(w);
		prr_jw_kstr(w, "name", d->comps_named[i].name);
		prr_jw_kstr(w, "as", d->comps_named[i].as);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_end(w);
}

static void w_project(prr_jw *w, const prr_project_figs *p)
{
	prr_jw_object(w);
	prr_jw_kstr(w, "project", p->project);
	prr_jw_karray(w, "dates");
	for (size_t i = 0; i < p->n; i++)
		prr_jw_str(w, p->reviews[i].review->date);
	prr_jw_end(w);
	prr_jw_karray(w, "reviews");
	for (size_t i = 0; i < p->n; i++)
		w_review(w, &p->reviews[i]);
	prr_jw_end(w);
	prr_jw_karray(w, "trends");
	for (size_t i = 0; i < p->n_trends; i++) {
		prr_jw_object(w);
		prr_jw_kstr(w, "kind", p->trends[i].kind);
		prr_jw_kstr(w, "name", p->trends[i].name);
		prr_jw_karray(w, "values");
		for (size_t k = 0; k < p->trends[i].n; k++)
			prr_jw_num(w, p->trends[i].values[k]);
		prr_jw_end(w);
		if (p->trends[i].stated) { /* a component's stated statuses */
			prr_jw_karray(w, "stated");
			for (size_t k = 0; k < p->trends[i].n; k++)
				prr_jw_str(w, p->trends[i].stated[k]);
			prr_jw_end(w);
		}
		prr_jw_end(w);
	}
	prr_jw_end(w);
	w_wave_history(w, p);
	if (p->has_current)
		w_plan(w, "current_plan", &p->current);
	prr_jw_key(w, "delta");
	if (p->has_delta)
		w_delta(w, &p->delta);
	else
		prr_jw_null(w);
	prr_jw_kobject(w, "timeline");
	prr_jw_karray(w, "events");
	for (size_t i = 0; i < p->timeline.n; i++)
		w_event(w, &p->timeline.events[i]);
	prr_jw_end(w);
	prr_jw_karray(w, "slips");
	for (size_t i = 0; i < p->timeline.n_slips; i++) {
		const prr_slip *s = &p->timeline.slips[i];
		prr_jw_object(w);
		prr_jw_kstr(w, "label", s->label);
		prr_jw_kstr_opt(w, "unit", s->unit);
		prr_jw_karray(w, "points");
		for (size_t k = 0; k < s->n; k++)
			w_event(w, &s->points[k]);
		prr_jw_end(w);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_end(w);
	prr_jw_end(w);
}

void prr_figures_write_json(const prr_figures *f, prr_jw *w)
{
	prr_jw_object(w);
	prr_jw_kstr(w, "method", f->method);
	if (f->head) {
		prr_jw_kobject(w, "head");
		prr_jw_kstr(w, "commit", f->head);
		prr_jw_kstr(w, "date", f->head_date);
		prr_jw_end(w);
	}
	prr_jw_karray(w, "projects");
	for (size_t i = 0; i < f->n_projects; i++)
		w_project(w, &f->projects[i]);
	prr_jw_end(w);
	prr_jw_end(w);
}
