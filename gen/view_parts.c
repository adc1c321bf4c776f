/* view_parts.c - pieces several pages and the report share: headline,
 * trend, heatmap, findings, blockers, audit, changes, links to reviews;
 * see view_int.h. */
#include "view_int.h"

#include <stdlib.h>
#include <string.h>

#include "prr/svg.h"

/*** Pieces shared by pages ***/

/* The headline of review `i` of the project: level, readiness, score;
 * with `mark_latest`, whether it is the latest (pages of one review say
 * nothing of later ones). */
void view_put_headline(prr_vnode *c, const page *pg, size_t i, bool mark_latest)
{
	const prr_revfig *rf = &pg->p->reviews[i];
	const prr_revfig *prev = i > 0 ? &pg->p->reviews[i - 1] : NULL;
	const prr_scorecard *s = &rf->score;
	const prr_review *r = rf->review;
	prr_vnode *h = put_obj(c, "headline");
	put(h, "date", r->date);
	view_put_label(h, "title", r->title);
	put(h, "status_text", r->status_text);
	put(h, "revision", r->revision);
	/* a day the document does not state, given at import (--date) */
	putb(h, "date_given", r->date_from &&
			      strcmp(r->date_from, PRR_DATE_FROM_ARG) == 0);
	put(h, "checked_at", rf->checked_at);
	putb(h, "predates", rf->predates);
	view_put_verdict(h, r->level, s->level);
	view_put_ready_but(h, s);
	/* the figure the verdict rests on, found false (compute decides) */
	const prr_auditrow *basis = rf->audit.basis;
	if (basis) {
		prr_vnode *b = put_obj(h, "verdict_basis");
		put(b, "claim", basis->claim);
		put(b, "stated", basis->stated);
		put(b, "found", basis->found);
		view_put_int(b, "line", basis->line);
	}
	view_put_pct_at(h, "readiness", s->readiness, VIEW_BANDS(s));
	view_put_score(h, s->dims.value, s->dims.high, r->scores, r->n_scores);
	if (prev) {
		put(h, "previous_date", prev->review->date);
		view_put_change(h, "readiness_change",
			   s->readiness - prev->score.readiness, " pts", false);
		view_put_score_change(h, rf, prev, rf->since);
	}
	view_put_checks(h, "checks", &s->tally, &s->stated);
	if (s->tally.partial)
		view_putf(h, "checks_partial", "%d partial", s->tally.partial);
	if (s->tally.fail)
		view_putf(h, "checks_fail", "%d failing", s->tally.fail);
	if (s->tally.pending)
		view_putf(h, "checks_pending", "%d pending", s->tally.pending);
	if (s->tally.unknown)
		view_putf(h, "checks_unknown", "%d of unknown status, not counted",
		     s->tally.unknown);
	if (s->tally.tests_total > 0)
		view_putf(h, "tests", "%ld/%ld tests pass", s->tally.tests_passed,
		     s->tally.tests_total);
	if (s->n_blockers > 0)
		view_put_int(h, "blockers", s->n_blockers);
	else if (prr_score_verdict_unlisted(s))
		put(h, "blockers", "none listed; see the verdict");
	else
		put(h, "blockers", "none");
	view_put_int(h, "findings_open", s->findings_open);
	view_putf(h, "findings_open_words", "%d open %s", s->findings_open,
		  prr_plural(s->findings_open, "finding", "findings"));
	view_put_int(h, "findings_critical", s->findings[PRR_SEV_CRITICAL]);
	putb(h, "has_critical", s->findings[PRR_SEV_CRITICAL] > 0);
	putb(h, "is_latest", mark_latest && i + 1 == pg->p->n);
}

/* (view_int.h) */
void view_put_ready_but(prr_vnode *o, const prr_scorecard *s)
{
	if (s->level == PRR_LEVEL_READY && s->n_blockers > 0)
		view_putf(o, "ready_but", "though %zu %s open", s->n_blockers,
			  prr_plural((long)s->n_blockers, "blocker is", "blockers are"));
}

/* (view_int.h) */
void view_put_checks(prr_vnode *o, const char *k, const prr_tally *checks,
		     const prr_tally *stated)
{
	int applicable = prr_tally_applicable(checks);
	if (applicable > 0) {
		view_putf(o, k, "%d of %d %s", checks->pass, applicable,
			  prr_plural(applicable, "check passes", "checks pass"));
		return;
	}
	/* "0 of 0 checks pass" says nothing true; a matrix of components
	 * marked ✅/❌ with no checks beneath says what the document does */
	int comps = stated ? prr_tally_applicable(stated) : 0;
	if (comps == 0) {
		put(o, k, "no component checks");
		return;
	}
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "no component checks; as stated, %d of %d %s",
		     stated->pass, comps,
		     prr_plural(comps, "component passes", "components pass"));
	if (stated->partial)
		prr_buf_addf(&b, ", %d partial", stated->partial);
	if (stated->fail)
		prr_buf_addf(&b, ", %d failing", stated->fail);
	if (stated->pending)
		prr_buf_addf(&b, ", %d pending", stated->pending);
	put(o, k, b.p);
	prr_buf_free(&b);
}

/* A review in a list of reviews: the link to its page, its readiness and
 * its level (the document's, else prr's; see view_put_review_level). */
static void put_review_standing(prr_vnode *o, const page *pg,
				const prr_revfig *rf)
{
	view_put_site_href(o, "href", pg, "reviews/%s/index.html",
			   rf->review->date);
	view_put_pct_at(o, "readiness", rf->score.readiness,
			VIEW_BANDS(&rf->score));
	view_put_review_level(o, rf->review->level, rf->score.level);
}

/* The trend of readiness (and of the dimension score, where reviews have
 * one) over the project's reviews, as a chart with axes and a table. */
void view_put_trend(prr_vnode *c, const page *pg)
{
	size_t n = pg->p->n;
	double *v = prr_xcalloc(n ? n : 1, sizeof *v);
	double *dim = prr_xcalloc(n ? n : 1, sizeof *dim);
	/* the dimension score's labels as the review pages and History
	 * write it, "9.3" of 10, not "92%" */
	char (*dim_text)[32] = prr_xcalloc(n ? n : 1, sizeof *dim_text);
	const char **dim_label = prr_xcalloc(n ? n : 1, sizeof *dim_label);
	const char **dates = prr_xcalloc(n ? n : 1, sizeof *dates);
	bool has_dim = false;
	prr_vnode *t = put_obj(c, "trend");
	prr_vnode *rows = put_arr(t, "rows");
	prr_buf desc = PRR_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		const prr_revfig *rf = &pg->p->reviews[i];
		v[i] = rf->score.readiness;
		dim[i] = rf->score.dims.percent;
		has_dim = has_dim || prr_has(dim[i]);
		dates[i] = rf->review->date;
		prr_vnode *row = push(rows);
		putr(row, "date", rf->review->date);
		put_review_standing(row, pg, rf);
		char b[32];
		prr_buf_addf(&desc, "%s%s %s", i ? ", " : "", rf->review->date,
			     view_pct_at(b, sizeof b, v[i], VIEW_BANDS(&rf->score)));
		if (prr_has(dim[i])) {
			prr_buf *num = view_scratch();
			view_fmt_num(num, rf->score.dims.value);
			snprintf(dim_text[i], sizeof dim_text[i], "%s", num->p);
			dim_label[i] = dim_text[i];
			prr_buf_addf(&desc, " (dimension score %s / 10)", dim_text[i]);
		}
	}
	const prr_svg_series series[2] = {
		{ "readiness", "s1", v, NULL },
		{ "dimension score (of 10)", "s2", dim, dim_label },
	};
	const prr_scorecard *last = n ? &pg->p->reviews[n - 1].score : NULL;
	prr_buf svg = PRR_BUF_INIT;
	prr_svg_trend(&svg, "trend", "Readiness over all reviews", desc.p, dates, n,
		      series, has_dim ? 2 : 1, last ? last->ready : PRR_NONE,
		      last ? last->partial : PRR_NONE);
	put(t, "chart_svg", svg.p);
	putb(t, "has_dim", has_dim);
	prr_buf_free(&svg);
	prr_buf_free(&desc);
	free(v);
	free(dim);
	free(dim_text);
	free(dim_label);
	free(dates);
}

/* The component x category matrix of review `ri`; each component links
 * to its page in that review (`in_review`: the page is the review's) or,
 * from elsewhere, to its page across the reviews. */
/* The checks' notes, readable without a tooltip: those of checks that do
 * not pass in "notes_open", the others in "notes_other" (folded). */
static void put_check_notes(prr_vnode *hm, const prr_scorecard *s)
{
	prr_vnode *open = put_arr(hm, "notes_open"), *other = put_arr(hm, "notes_other");
	size_t n_other = 0;
	for (size_t i = 0; i < s->n_comps; i++) {
		const prr_compfig *cf = &s->comps[i];
		for (size_t k = 0; k < cf->n_checks; k++) {
			const prr_checkfig *ck = &cf->checks[k];
			if (!ck->check->note || !*ck->check->note)
				continue;
			bool passes = ck->status == PRR_PASS || ck->status == PRR_NA;
			prr_vnode *o = push(passes ? other : open);
			n_other += passes;
			putr(o, "component", cf->name);
			view_put_label(o, "category", ck->check->category);
			view_put_status_sym(o, ck->status);
			view_put_label(o, "note", ck->check->note);
		}
	}
	putb(hm, "has_notes_open", prr_vsize(open) > 0);
	if (n_other)
		view_putf(hm, "notes_other_count", "Notes on %zu %s", n_other,
		     plural(n_other, "other check", "other checks"));
}

void view_put_heatmap(prr_vnode *c, const page *pg, size_t ri, bool in_review)
{
	const prr_scorecard *s = &pg->p->reviews[ri].score;
	prr_vnode *hm = put_obj(c, "heatmap");
	prr_vnode *cats = put_arr(hm, "categories");
	for (size_t j = 0; j < s->n_categories; j++)
		view_put_label(push(cats), "name", s->categories[j]);
	prr_vnode *rows = put_arr(hm, "rows");
	bool stated = false; /* a component states its own status */
	for (size_t i = 0; i < s->n_comps; i++)
		stated |= s->comps[i].component->status != PRR_UNKNOWN;
	for (size_t i = 0; i < s->n_comps; i++) {
		const prr_compfig *cf = &s->comps[i];
		prr_vnode *row = push(rows);
		putr(row, "name", cf->name);
		if (stated)
			view_put_status(put_obj(row, "stated"),
					    cf->component->status);
		int k = comp_of(pg, ri, i);
		if (k >= 0 && in_review)
			view_putf(row, "href", "components/%s.html", pg->comp_slugs[k]);
		else if (k >= 0)
			view_put_site_href(row, "href", pg, "components/%s.html",
					   pg->comp_slugs[k]);
		view_put_pct_at(row, "readiness", cf->readiness, VIEW_BANDS(s));
		view_put_level(row, cf->level);
		/* a component the document rates but lists no check of
		 * (30-02's iOS: pass) is not "not assessed" in every column:
		 * one cell says no check is listed */
		if (cf->n_checks == 0 && s->n_categories > 0) {
			view_put_int(row, "no_checks", (long long)s->n_categories);
			continue;
		}
		prr_vnode *cells = put_arr(row, "cells");
		for (size_t j = 0; j < s->n_categories; j++) {
			prr_vnode *cell = push(cells);
			int q = cf->cells[j];
			/* "empty" first, false too: the template asks every
			 * cell, and a name found at once costs least */
			putb(cell, "empty", q < 0);
			view_put_label(cell, "category", s->categories[j]);
			if (q < 0)
				continue;
			const prr_checkfig *ck = &cf->checks[q];
			view_put_status(cell, ck->status);
			view_put_label(cell, "note", ck->check->note);
			if (ck->check->total >= 0 && ck->check->passed >= 0)
				view_put_ratio(cell, "counts", ck->check->passed,
					       ck->check->total);
			putb(cell, "waived", ck->waived >= 0);
		}
	}
	putb(hm, "has_stated", stated);
	putb(hm, "any", s->n_comps > 0 && (s->n_categories > 0 || stated));
	put_check_notes(hm, s);
}

static int sev_rank(prr_severity s) { return s == PRR_SEV_UNKNOWN ? 99 : (int)s; }

static int cmp_finding(const void *x, const void *y)
{
	const prr_finding *a = *(const prr_finding *const *)x;
	const prr_finding *b = *(const prr_finding *const *)y;
	if (sev_rank(a->severity) != sev_rank(b->severity))
		return sev_rank(a->severity) - sev_rank(b->severity);
	return a->line - b->line;
}

static void put_finding(prr_vnode *arr, const prr_finding *f)
{
	prr_vnode *o = push(arr);
	put(o, "id", f->id);
	put(o, "severity", prr_severity_name(f->severity));
	view_putf(o, "severity_class", "sev-%s", prr_severity_name(f->severity));
	view_put_label(o, "title", f->title);
	put(o, "component", f->component);
	if (prr_has(f->effort.low)) {
		prr_buf b = PRR_BUF_INIT;
		view_fmt_span(&b, f->effort.low, f->effort.high, f->effort.unit);
		put(o, "effort", b.p);
		prr_buf_free(&b);
	}
}

/* Findings by severity (critical first); with `serious_only` critical and
 * high ones. Returns how many there are in all (shown or not). */
size_t view_put_findings(prr_vnode *c, const char *key, const prr_review *r,
			 bool serious_only, size_t max)
{
	const prr_finding **v = prr_xcalloc(r->n_findings ? r->n_findings : 1,
					    sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < r->n_findings; i++)
		if (!serious_only || r->findings[i].severity == PRR_SEV_CRITICAL ||
		    r->findings[i].severity == PRR_SEV_HIGH)
			v[n++] = &r->findings[i];
	qsort(v, n, sizeof *v, cmp_finding);
	prr_vnode *arr = put_arr(c, key);
	for (size_t i = 0; i < n && i < max; i++)
		put_finding(arr, v[i]);
	free(v);
	return n;
}

/* Why something blocks, in words ("named-in-verdict": "named in the
 * verdict"). */
static const char *blocker_words(const char *why)
{
	static const char *const words[][2] = {
		{ "named-in-verdict", "named in the verdict" },
		{ "not-ready", "not ready" },
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(why, words[i][0]) == 0)
			return words[i][1];
	return why;
}

size_t view_put_blockers(prr_vnode *c, const prr_scorecard *s, size_t max)
{
	/* no blocker listed while the verdict speaks of open conditions:
	 * its words, so that no page says "None" flatly beside them */
	if (prr_score_verdict_unlisted(s))
		put(c, "blockers_verdict", s->review->status_text);
	/* nor, with no verdict and no findings, "No blockers" flatly:
	 * nothing in the document says so */
	else if (!s->n_blockers && s->review &&
		 s->review->level == PRR_LEVEL_UNKNOWN && !s->review->n_findings)
		putb(c, "blockers_unsure", true);
	prr_vnode *arr = put_arr(c, "blockers");
	for (size_t i = 0; i < s->n_blockers && i < max; i++) {
		prr_vnode *o = push(arr);
		const prr_blocker *b = &s->blockers[i];
		put(o, "kind", b->kind);
		put(o, "name", b->name);
		put(o, "why", blocker_words(b->why));
		/* which finding, and how severe where its reason does not
		 * say: "blocking finding ING-944 (high): lake-writer…" */
		const prr_finding *f = b->finding;
		if (f && f->id && f->title && strcmp(f->id, f->title) != 0)
			put(o, "id", f->id);
		if (f && f->severity != PRR_SEV_UNKNOWN &&
		    strcmp(b->why, "critical") != 0)
			put(o, "severity", prr_severity_name(f->severity));
	}
	return s->n_blockers;
}

prr_status view_item_status(const prr_checkitem *it)
{
	prr_status st = it->status;
	if (it->done)
		return PRR_PASS;
	/* a status written that prr could not read: unknown, not work
	 * pending ("spełnione" is a pass) */
	if (st == PRR_UNKNOWN && it->status_text)
		return PRR_UNKNOWN;
	return st == PRR_FAIL || st == PRR_PARTIAL || st == PRR_NA ? st : PRR_PENDING;
}

size_t view_put_items_open(prr_vnode *c, const prr_scorecard *s, size_t max)
{
	prr_vnode *arr = put_arr(c, "items_open");
	size_t n = 0, unread = 0;
	for (size_t i = 0; i < s->n_lists; i++) {
		const prr_checklist *l = s->lists[i].list;
		for (size_t k = 0; k < l->n_items; k++) {
			const prr_checkitem *it = &l->items[k];
			prr_status st = view_item_status(it);
			if (st != PRR_FAIL && st != PRR_PARTIAL && st != PRR_UNKNOWN)
				continue;
			unread += st == PRR_UNKNOWN;
			if (n++ >= max)
				continue;
			prr_vnode *o = push(arr);
			view_put_label(o, "list", l->title ? l->title : l->section);
			view_put_label(o, "text", it->text);
			view_put_label(o, "note", it->note);
			view_put_label(o, "unread", it->status_text);
			view_put_status_sym(o, st);
		}
	}
	putb(c, "has_items_open", n > 0);
	putb(c, "has_items_unread", unread > 0);
	return n;
}

void view_put_milestone_planned(prr_vnode *o, const prr_milefig *mf)
{
	const prr_milestone *m = mf->milestone;
	if (mf->has_slip) {
		long d = mf->slip_days;
		put(o, "planned", m->planned);
		view_putf(o, "slip", "%ld %s %s", labs(d),
			  plural((size_t)labs(d), "day", "days"),
			  d > 0 ? "later" : "earlier");
	} else if (m->planned && !m->due) {
		put(o, "planned", m->planned);
	}
}

size_t view_put_slipped(prr_vnode *c, const prr_plan *pl, size_t max)
{
	prr_vnode *arr = put_arr(c, "slipped");
	size_t n = 0;
	for (size_t i = 0; i < pl->n_milestones; i++) {
		const prr_milefig *mf = &pl->milestones[i];
		const prr_milestone *m = mf->milestone;
		if (!mf->has_slip && !(m->planned && !m->due))
			continue;
		if (n++ >= max)
			continue;
		prr_vnode *o = push(arr);
		view_put_label(o, "name", m->name);
		put(o, "due", m->due);
		putb(o, "done", m->done);
		view_put_milestone_planned(o, mf);
	}
	putb(c, "has_slipped", n > 0);
	return n;
}

size_t view_put_audit(prr_vnode *c, const char *key, const prr_audit *a,
		      enum audit_rows which, size_t max)
{
	prr_vnode *arr = put_arr(c, key);
	size_t n = 0;
	for (size_t i = 0; i < a->n; i++) {
		const prr_auditrow *row = &a->rows[i];
		if ((which == AUDIT_DISAGREE && row->agrees) ||
		    (which == AUDIT_AGREE && !row->agrees))
			continue;
		if (n++ >= max)
			continue;
		prr_vnode *o = push(arr);
		put(o, "source", row->source);
		put(o, "claim", row->claim);
		put(o, "stated", row->stated);
		put(o, "found", row->found);
		putb(o, "agrees", row->agrees);
		view_put_status(o, row->agrees ? PRR_PASS : PRR_FAIL);
		put(o, "verdict", row->agrees ? "agrees" : "disagrees");
		if (row->line > 0)
			view_put_int(o, "line", row->line);
	}
	return n;
}

/* A change's value before or after: a readiness as every page writes it
 * ("42%", by the project's thresholds `ready`, `partial`), unless that
 * writes both sides alike, when tenths tell them apart ("41.7%" to
 * "42.2%"). */
static void fmt_value(prr_buf *b, const prr_deltarow *d, bool after,
		      double ready, double partial)
{
	const char *t = after ? d->after_text : d->before_text;
	double v = after ? d->after : d->before;
	if (t) {
		prr_buf_adds(b, t);
	} else if (!prr_has(v)) {
		prr_buf_adds(b, "\u2014");
	} else if (strcmp(d->kind, "readiness") == 0 ||
		   strcmp(d->kind, "component") == 0) {
		char x[32], y[32];
		view_pct_at(x, sizeof x, d->before, ready, partial);
		view_pct_at(y, sizeof y, d->after, ready, partial);
		if (strcmp(x, y) == 0) {
			view_fmt_num(b, v);
			prr_buf_addc(b, '%');
		} else {
			prr_buf_adds(b, after ? y : x);
		}
	} else {
		view_fmt_num(b, v);
		if (prr_has(d->scale)) /* a stated score: "71 / 100" */
			prr_buf_addf(b, " / %g", d->scale);
	}
}

/* A change row's kind and figure in words: the whole review's figures
 * ("readiness", "dimension-score", "findings") name themselves. */
static void put_delta_words(prr_vnode *o, const prr_deltarow *row)
{
	static const char *const whole[][2] = {
		{ "verdict", "The document's verdict" },
		{ "readiness", "Readiness" },
		{ "dimension-score", "Score (dimensions)" },
		{ "findings", "Open findings" },
	};
	for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++)
		if (strcmp(row->kind, whole[i][0]) == 0) {
			put(o, "kind", "review");
			put(o, "name", whole[i][1]);
			return;
		}
	if (strcmp(row->kind, "stated-score") == 0) { /* and its label */
		put(o, "kind", "review");
		view_putf(o, "name", "Score as stated (%s)", row->name);
		return;
	}
	/* the others' kinds as words: "component status", "finding
	 * severity" */
	put(o, "kind", strcmp(row->kind, "component-status") == 0 ? "component status"
		       : strcmp(row->kind, "severity") == 0 ? "finding severity"
		       : row->kind);
	view_put_label(o, "name", row->name);
}

/* Regressions first, then what went, what came, what improved. */
static int change_rank(prr_change c)
{
	switch (c) {
	case PRR_REGRESSED: return 0;
	case PRR_GONE: return 1;
	case PRR_ADDED: return 2;
	case PRR_IMPROVED: return 3;
	default: return 4;
	}
}

/* What changed: every row, or the regressions only, regressions first.
 * Returns the count. */
size_t view_put_delta_rows(prr_vnode *c, const char *key, const prr_delta *d,
			   bool regressions, size_t max, double ready,
			   double partial)
{
	prr_vnode *arr = put_arr(c, key);
	size_t n = 0;
	for (int rank = 0; rank <= 4; rank++) {
		for (size_t i = 0; i < d->n; i++) {
			const prr_deltarow *row = &d->rows[i];
			if (change_rank(row->change) != rank ||
			    (regressions && row->change != PRR_REGRESSED))
				continue;
			if (n++ >= max)
				continue;
			prr_vnode *o = push(arr);
			put_delta_words(o, row);
			prr_buf *b = view_scratch();
			fmt_value(b, row, false, ready, partial);
			put(o, "before", b->p);
			b = view_scratch();
			fmt_value(b, row, true, ready, partial);
			put(o, "after", b->p);
			putr(o, "change", prr_change_name(row->change));
			/* the arrow is the stylesheet's, by this class */
			static const char *const cls[] = { "ch-same", "ch-improved",
							   "ch-regressed", "ch-added", "ch-gone" };
			putr(o, "change_class", (unsigned)row->change <= PRR_GONE
						     ? cls[row->change] : "ch-same");
		}
	}
	return n;
}

/* The project's pairs of reviews that share no component and no
 * dimension, besides the pair `d` compares (which says so itself): what
 * prr warns of, said where the changes are, since a project of several
 * systems makes any of its changes suspect ("the review of 2026-01-24
 * shares no component and no dimension with the one before it,
 * 2025-06-13"). */
void view_put_mixed(prr_vnode *o, const page *pg, const prr_delta *d)
{
	prr_buf *b = view_scratch();
	for (size_t k = 1; k < pg->p->n; k++) {
		const prr_delta *s = pg->p->reviews[k].since;
		if (!s || !s->unrelated ||
		    (d && d->unrelated && strcmp(s->before, d->before) == 0 &&
		     strcmp(s->after, d->after) == 0))
			continue;
		prr_buf_addf(b, "%sthe review of %s shares no component and no "
			     "dimension with the one before it, of %s",
			     b->n ? "; " : "", s->after, s->before);
	}
	if (b->n)
		put(o, "mixed", b->p);
}

void view_put_delta(prr_vnode *c, const page *pg, const prr_delta *d,
		    size_t max)
{
	prr_vnode *o = put_obj(c, "changes");
	put(o, "before", d->before);
	put(o, "after", d->after);
	view_put_int(o, "improved", d->improved);
	view_put_int(o, "regressed", d->regressed);
	putb(o, "unrelated", d->unrelated);
	view_put_mixed(o, pg, d);
	/* the project's thresholds: every review's are its prr.json's */
	size_t n = view_put_delta_rows(o, "rows", d, false, max,
				       VIEW_BANDS(&pg->p->reviews[0].score));
	if (n > max)
		view_putf(o, "folded", "%zu more %s", n - max,
			  plural(n - max, "change", "changes"));
	prr_vnode *op = put_arr(o, "opened");
	for (size_t i = 0; i < d->n_opened; i++)
		put_finding(op, d->opened[i]);
	prr_vnode *cl = put_arr(o, "closed");
	for (size_t i = 0; i < d->n_closed; i++)
		put_finding(cl, d->closed[i]);
	prr_vnode *ad = put_arr(o, "components_added");
	for (size_t i = 0; i < d->n_added; i++)
		put(push(ad), "name", d->comps_added[i]);
	prr_vnode *gone = put_arr(o, "components_gone");
	for (size_t i = 0; i < d->n_gone; i++)
		put(push(gone), "name", d->comps_gone[i]);
	prr_vnode *named = put_arr(o, "components_named");
	for (size_t i = 0; i < d->n_named; i++) {
		prr_vnode *e = push(named);
		put(e, "name", d->comps_named[i].name);
		put(e, "as", d->comps_named[i].as);
	}
	/* prr matches components by name only: one gone and one added may
	 * be one renamed, which it does not guess */
	putb(o, "maybe_renamed", d->n_added > 0 && d->n_gone > 0);
	putb(o, "any", d->n || d->n_opened || d->n_closed || d->n_added || d->n_gone);
}

void view_put_review_links(prr_vnode *c, const page *pg, size_t current,
			   size_t upto, size_t max)
{
	size_t from = upto > max ? upto - max : 0;
	prr_vnode *arr = put_arr(c, "reviews");
	for (size_t i = upto; i-- > from;) {
		const prr_revfig *rf = &pg->p->reviews[i];
		prr_vnode *o = push(arr);
		put(o, "date", rf->review->date);
		view_put_label(o, "title", rf->review->title);
		put_review_standing(o, pg, rf);
		putb(o, "current", i == current);
	}
	if (from == 0)
		return;
	prr_vnode *more = put_obj(c, "reviews_more");
	view_putf(more, "text", "%zu earlier %s", from,
		  plural(from, "review", "reviews"));
	view_put_site_href(more, "href", pg, "index.html#reviews-h");
}
