/* audit.c - "what the document says vs what prr finds": the importer's
 * claims-versus-content entries and the repository's evidence checks in
 * one list, each with its source line. */
#include "prr/figures.h"

#include <math.h>
#include <string.h>

void prr_audit_build(prr_audit *out, prr_arena *a, const prr_review *r,
		     const prr_claimcheck *ev, size_t n_ev, bool latest)
{
	size_t cap = 0;
	memset(out, 0, sizeof *out);
	for (size_t i = 0; i < r->n_audit; i++) {
		const prr_claim *c = &r->audit[i];
		prr_auditrow *row = PRR_VEC_PUSH(a, out->rows, out->n, cap);
		row->source = "document";
		row->claim = c->claim;
		row->stated = c->stated;
		row->found = c->computed;
		row->agrees = c->agrees;
		row->line = c->line;
	}
	for (size_t i = 0; i < n_ev; i++) {
		const prr_claimcheck *e = &ev[i];
		if (e->review_date ? strcmp(e->review_date, r->date) != 0 : !latest)
			continue;
		prr_auditrow *row = PRR_VEC_PUSH(a, out->rows, out->n, cap);
		row->source = "evidence";
		row->claim = e->subject
			? prr_arena_printf(a, "%s: %s", e->subject,
					   e->path ? e->path : "?")
			: e->path;
		row->stated = e->claim;
		row->found = e->found;
		row->agrees = e->holds;
		row->line = e->line;
	}
	for (size_t i = 0; i < out->n; i++)
		out->disagreements += !out->rows[i].agrees;
}

void prr_audit_verdict(prr_audit *au, prr_arena *a, const prr_review *r,
		       const prr_scorecard *s)
{
	if (r->level == PRR_LEVEL_UNKNOWN || s->level == PRR_LEVEL_UNKNOWN)
		return;
	size_t cap = au->n;
	const prr_tally *t = &s->tally;
	prr_auditrow *row = PRR_VEC_PUSH(a, au->rows, au->n, cap);
	row->source = "verdict";
	row->claim = "Overall verdict";
	row->stated = r->status_text
		? prr_arena_printf(a, "%s (%s)", prr_level_name(r->level),
				   r->status_text)
		: prr_level_name(r->level);
	char pct[32];
	prr_pct_text(pct, sizeof pct, s->readiness, s->ready, s->partial);
	row->found = prr_arena_printf(a, "%s: %s of %d %s (%d pending, "
				      "%d unknown)", prr_level_name(s->level), pct,
				      prr_tally_applicable(t),
				      prr_plural(prr_tally_applicable(t), "check",
						 "checks"),
				      t->pending, t->unknown);
	row->agrees = r->level == s->level;
	row->line = r->status_line;
	au->disagreements += !row->agrees;
}

void prr_audit_plan(prr_audit *au, prr_arena *a, const prr_plan *p)
{
	size_t cap = au->n;
	const prr_planrow *t = &p->planned;
	for (size_t i = 0; i < p->n_claims; i++) {
		const prr_planclaim *k = &p->claims[i];
		/* a count is the document's own claim, listed already; a
		 * percentage with nothing computed to set beside it is none */
		if (!prr_has(k->stated_percent) ||
		    (!prr_has(t->strict) && !prr_has(t->half)))
			continue;
		prr_auditrow *row = PRR_VEC_PUSH(a, au->rows, au->n, cap);
		row->source = "plan";
		row->claim = k->claim;
		row->stated = k->stated;
		char strict[32], half[32];
		prr_pct_text(strict, sizeof strict, t->strict, NAN, NAN);
		prr_pct_text(half, sizeof half, t->half, NAN, NAN);
		row->found = prr_arena_printf(a, "%s of the planned points "
					      "delivered (%s counting "
					      "partial work as half)",
					      strict, half);
		row->agrees = k->agrees_strict || k->agrees_half;
		row->line = k->line;
		au->disagreements += !row->agrees;
	}
}

void prr_audit_basis(prr_audit *au, const prr_review *r)
{
	au->basis = NULL;
	if (r->level == PRR_LEVEL_UNKNOWN || r->status_line <= 0)
		return;
	for (size_t i = 0; i < au->n && !au->basis; i++) {
		const prr_auditrow *row = &au->rows[i];
		/* the verdict row is the level against the checks, marked
		 * as such already; a basis is a figure ("100% (12/12)"), not
		 * a word read of a list ("complete" from "READY" over it) */
		if (!row->agrees && row->line == r->status_line &&
		    strcmp(row->source, "verdict") != 0 && row->stated &&
		    strpbrk(row->stated, "0123456789"))
			au->basis = row;
	}
}
