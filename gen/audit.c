/* audit.c - "what the document says vs what prr finds": the importer's
 * claims-versus-content entries and the repository's evidence checks in
 * one list, each with its source line. */
#include "prr/figures.h"

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
	row->found = prr_arena_printf(a, "%s: %.0f%% of %d %s (%d pending, "
				      "%d unknown)", prr_level_name(s->level),
				      s->readiness, prr_tally_applicable(t),
				      prr_plural(prr_tally_applicable(t), "check",
						 "checks"),
				      t->pending, t->unknown);
	row->agrees = r->level == s->level;
	row->line = r->status_line;
	au->disagreements += !row->agrees;
}
