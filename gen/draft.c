/* draft.c - the next review as Markdown the importer reads back; see
 * include/prr/draft.h. */
#include "prr/draft.h"
#include "prr/rec_item.h"

#include <stdbool.h>
#include <string.h>

/*** Escaping ***/

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

void prr_draft_esc(prr_buf *b, const char *s)
{
	/* markup anywhere in a line; '#' too, so no value closes a heading */
	static const bool markup[256] = {
		['\\'] = 1, ['`'] = 1, ['*'] = 1, ['_'] = 1, ['['] = 1,
		[']'] = 1, ['<'] = 1, ['>'] = 1, ['|'] = 1, ['~'] = 1,
		['&'] = 1, ['#'] = 1,
	};
	if (!s)
		return;
	while (is_space(*s))
		s++;
	bool space = false, first = true;
	for (const char *p = s; *p; p++) {
		if (is_space(*p)) {
			space = true;
			continue;
		}
		if (space)
			prr_buf_addc(b, ' ');
		space = false;
		unsigned char c = (unsigned char)*p;
		if (first && (c == '-' || c == '+' || c == '=')) {
			prr_buf_addc(b, '\\');
		} else if (first && c >= '0' && c <= '9') {
			/* "1. x" and "1) x" would be a list or a numbered title */
			const char *q = p;
			while (*q >= '0' && *q <= '9')
				q++;
			if (*q == '.' || *q == ')') {
				prr_buf_add(b, p, (size_t)(q - p));
				prr_buf_addc(b, '\\');
				p = q;
				c = (unsigned char)*p;
			}
		} else if (markup[c]) {
			prr_buf_addc(b, '\\');
		}
		prr_buf_addc(b, (char)c);
		first = false;
	}
}

/*** What a draft carries ***/

/* A checklist item still to do: not done, not dropped as N/A. */
static bool item_open(const prr_checkitem *it)
{
	return !it->done && it->status != PRR_PASS && it->status != PRR_NA;
}

static size_t open_items(const prr_checklist *cl)
{
	size_t n = 0;
	for (size_t i = 0; i < cl->n_items; i++)
		n += item_open(&cl->items[i]);
	return n;
}

/* The status an open item reads back as: a plain box is pending. */
static prr_status item_status(const prr_checkitem *it)
{
	return it->status == PRR_PARTIAL || it->status == PRR_FAIL
		       ? it->status
		       : PRR_PENDING;
}

static bool counted(const prr_check *c)
{
	return c->passed >= 0 && c->total > 0;
}

/* A status as a table cell or a field value writes it. */
static const char *status_text(prr_status s)
{
	switch (s) {
	case PRR_PASS: return "\xE2\x9C\x85 PASS";           /* ✅ */
	case PRR_PARTIAL: return "\xE2\x9A\xA0\xEF\xB8\x8F PARTIAL"; /* ⚠️ */
	case PRR_FAIL: return "\xE2\x9D\x8C FAIL";           /* ❌ */
	case PRR_PENDING: return "\xE2\x8F\xB3 PENDING";     /* ⏳ */
	case PRR_NA: return "N/A";
	default: return "";
	}
}

/* "2-3 days", "4 hours" (NaN high: one figure). */
static void add_range(prr_buf *b, double low, double high, const char *unit)
{
	prr_buf_addf(b, "%g", low);
	if (prr_has(high) && high != low)
		prr_buf_addf(b, "-%g", high);
	if (unit) {
		prr_buf_addc(b, ' ');
		prr_draft_esc(b, unit);
	}
}

/* The note a carried check has: marked for re-check once. */
static void recheck_note(prr_buf *b, const char *note)
{
	size_t k = strlen(PRR_DRAFT_RECHECK);
	while (note && is_space(*note))
		note++;
	if (!note || strncmp(note, PRR_DRAFT_RECHECK, k) != 0)
		prr_buf_adds(b, PRR_DRAFT_RECHECK);
	if (note && *note) {
		if (b->n)
			prr_buf_addc(b, ' ');
		prr_buf_adds(b, note);
	}
}

/*** Writing ***/

static void checks_table(prr_buf *out, const prr_check *ck, size_t n,
			 bool with_count)
{
	prr_buf_adds(out, with_count
		     ? "| Category | Status | Tests | Notes | Action |\n"
		       "|----------|--------|-------|-------|--------|\n"
		     : "| Category | Status | Notes | Action |\n"
		       "|----------|--------|-------|--------|\n");
	prr_buf note = PRR_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		prr_buf_adds(out, "| ");
		prr_draft_esc(out, ck[i].category);
		prr_buf_addf(out, " | %s | ", status_text(ck[i].status));
		if (with_count)
			prr_buf_addf(out, "%d/%d | ", ck[i].passed, ck[i].total);
		prr_buf_reset(&note);
		recheck_note(&note, ck[i].note);
		prr_draft_esc(out, note.p);
		prr_buf_adds(out, " | ");
		prr_draft_esc(out, ck[i].action);
		prr_buf_adds(out, " |\n");
	}
	prr_buf_free(&note);
}

static void write_component(prr_buf *out, const prr_component *c)
{
	prr_buf_adds(out, "### Component: ");
	prr_draft_esc(out, c->name);
	prr_buf_adds(out, "\n\n");
	if (c->kind || c->status != PRR_UNKNOWN) {
		if (c->kind) {
			prr_buf_adds(out, "**Kind:** ");
			prr_draft_esc(out, c->kind);
			prr_buf_adds(out, "\n");
		}
		if (c->status != PRR_UNKNOWN)
			prr_buf_addf(out, "**Overall Status:** %s\n",
				     status_text(c->status));
		prr_buf_addc(out, '\n');
	}
	/* runs of checks with a count and without, each its own table */
	for (size_t i = 0; i < c->n_checks;) {
		size_t j = i;
		while (j < c->n_checks &&
		       counted(&c->checks[j]) == counted(&c->checks[i]))
			j++;
		checks_table(out, c->checks + i, j - i, counted(&c->checks[i]));
		prr_buf_addc(out, '\n');
		i = j;
	}
}

/* Whether the importer reads `id` back as the whole of a finding ID. */
static bool readable_id(const char *id)
{
	size_t at, len, n = strlen(id);
	return prr_rec_finding_id(id, n, &at, &len) && at == 0 && len == n;
}

static void write_finding(prr_buf *out, const prr_finding *f, size_t number)
{
	if (f->id && readable_id(f->id)) {
		prr_buf_adds(out, "### ");
		prr_buf_adds(out, f->id);
		prr_buf_adds(out, ": ");
	} else {
		/* a numbered heading under "Open findings" is a finding */
		prr_buf_addf(out, "### %zu. ", number);
	}
	prr_draft_esc(out, f->title);
	prr_buf_adds(out, "\n\n");
	if (f->severity != PRR_SEV_UNKNOWN)
		prr_buf_addf(out, "- Severity: %c%s%s\n",
			     prr_severity_name(f->severity)[0] - 'a' + 'A',
			     prr_severity_name(f->severity) + 1,
			     f->blocking ? " (blocking)" : "");
	else if (f->blocking)
		prr_buf_adds(out, "- Severity: blocking\n");
	if (f->component) {
		prr_buf_adds(out, "- Component: ");
		prr_draft_esc(out, f->component);
		prr_buf_addc(out, '\n');
	}
	if (prr_has(f->effort.low)) {
		prr_buf_adds(out, "- Effort: ");
		add_range(out, f->effort.low, f->effort.high, f->effort.unit);
		prr_buf_addc(out, '\n');
	}
	prr_buf_addc(out, '\n');
}

static void write_checklist(prr_buf *out, const prr_checklist *cl)
{
	prr_buf_adds(out, "### ");
	prr_draft_esc(out, cl->title ? cl->title : "Checklist");
	prr_buf_adds(out, "\n\n");
	for (size_t i = 0; i < cl->n_items; i++) {
		const prr_checkitem *it = &cl->items[i];
		if (!item_open(it))
			continue;
		prr_status s = item_status(it);
		prr_buf_adds(out, s == PRR_PARTIAL ? "- [~] "
				  : s == PRR_FAIL ? "- [\xE2\x9C\x97] " /* ✗ */
						  : "- [ ] ");
		prr_draft_esc(out, it->text);
		prr_buf_addc(out, '\n');
	}
	prr_buf_addc(out, '\n');
}

static const char *estimate_label(const prr_estimate *e)
{
	return e->label ? e->label : "Estimate";
}

void prr_draft_write(prr_buf *out, const prr_review *last,
		     const prr_draft_opts *o)
{
	prr_buf_adds(out, "# ");
	if (last->project) {
		prr_draft_esc(out, last->project);
		prr_buf_adds(out, " \xE2\x80\x94 "); /* — */
	}
	prr_buf_adds(out, "Production Readiness Review\n\n");
	if (last->project) {
		prr_buf_adds(out, "**Project:** ");
		prr_draft_esc(out, last->project);
		prr_buf_addc(out, '\n');
	}
	prr_buf_addf(out, "**Date:** %s\n\n", o->date);
	prr_buf_addf(out,
		     "Drafted by prr new from the review of %s. Its components "
		     "and checks, open findings, unfinished checklist items, "
		     "milestones and estimates are carried as they were; every "
		     "check keeps its status, marked %s until it is checked "
		     "again.\n\n", last->date, PRR_DRAFT_RECHECK);
	if (o->since_md) {
		prr_buf_adds(out, "## Since the last review\n\n");
		prr_buf_adds(out, o->since_md);
	}
	if (last->n_components) {
		prr_buf_adds(out, "## Components\n\n");
		for (size_t i = 0; i < last->n_components; i++)
			write_component(out, &last->components[i]);
	}
	if (last->n_findings) {
		prr_buf_adds(out, "## Open findings\n\n");
		for (size_t i = 0; i < last->n_findings; i++)
			write_finding(out, &last->findings[i], i + 1);
	}
	bool any = false;
	for (size_t i = 0; i < last->n_checklists; i++)
		any |= open_items(&last->checklists[i]) > 0;
	if (any) {
		prr_buf_adds(out, "## Checklists\n\n");
		for (size_t i = 0; i < last->n_checklists; i++)
			if (open_items(&last->checklists[i]))
				write_checklist(out, &last->checklists[i]);
	}
	if (last->n_milestones) {
		/* a planned day beside the due one: "Planned | Forecast", as
		 * the importer reads them back ("TBD": no day due now; none
		 * for a milestone done, whose day there would read as the
		 * day it was done) */
		bool planned = false;
		for (size_t i = 0; i < last->n_milestones; i++)
			planned = planned || last->milestones[i].planned;
		prr_buf_adds(out, planned ? "## Milestones\n\n"
				  "| Milestone | Planned | Forecast | Status |\n"
				  "|-----------|---------|----------|--------|\n"
				  : "## Milestones\n\n"
				  "| Milestone | Due | Status |\n"
				  "|-----------|-----|--------|\n");
		for (size_t i = 0; i < last->n_milestones; i++) {
			const prr_milestone *m = &last->milestones[i];
			prr_buf_adds(out, "| ");
			prr_draft_esc(out, m->name);
			const char *due = m->due ? m->due : "";
			if (planned) {
				prr_buf_addf(out, " | %s", m->planned ? m->planned : due);
				due = !m->planned ? (m->done ? "" : due)
				      : m->due ? m->due : "TBD";
			}
			prr_buf_addf(out, " | %s | %s |\n", due,
				     m->done ? "\xE2\x9C\x85 DONE"
					     : status_text(PRR_PENDING));
		}
		prr_buf_addc(out, '\n');
	}
	if (last->n_estimates) {
		prr_buf_adds(out, "## Estimates\n\n");
		for (size_t i = 0; i < last->n_estimates; i++) {
			const prr_estimate *e = &last->estimates[i];
			prr_buf_adds(out, "- **");
			prr_draft_esc(out, estimate_label(e));
			prr_buf_adds(out, ":** ");
			add_range(out, e->low, e->high, e->unit);
			prr_buf_addc(out, '\n');
		}
		prr_buf_addc(out, '\n');
	}
	/* one line end at the end */
	while (out->n >= 2 && out->p[out->n - 1] == '\n' &&
	       out->p[out->n - 2] == '\n')
		prr_buf_truncate(out, out->n - 1);
}

/*** The template ***/

void prr_draft_template(prr_buf *out, const char *date)
{
	prr_buf_addf(out,
		"# [Project name] \xE2\x80\x94 Production Readiness Review\n"
		"\n"
		"**Project:** [Project name]\n"
		"**Date:** %s\n"
		"**Reviewers:** [Names]\n"
		"**Revision:** [Commit or tag reviewed]\n"
		"\n"
		"A first review written by prr init. Replace every name in "
		"brackets, every TBD and YYYY-MM-DD; until then prr reads this "
		"file as a template and states no figures from it. Write each "
		"section in the layout its example shows (the examples in code "
		"blocks are not read); prr new drafts every later review in the "
		"same layout from the latest one.\n"
		"\n", date ? date : "YYYY-MM-DD");
	prr_buf_adds(out,
		"## Components\n"
		"\n"
		"One section per component, headed Component and its name, "
		"with its kind, its overall status and a table of its checks; a "
		"count of tests is a table of its own.\n"
		"\n"
		"```markdown\n"
		"### Component: API Gateway\n"
		"\n"
		"**Kind:** service\n"
		"\n"
		"| Category | Status | Tests | Notes | Action |\n"
		"|----------|--------|-------|-------|--------|\n"
		"| Testing | \xE2\x9C\x85 PASS | 171/171 | contract tests in CI | |\n"
		"\n"
		"| Category | Status | Notes | Action |\n"
		"|----------|--------|-------|--------|\n"
		"| Security | \xE2\x9A\xA0\xEF\xB8\x8F PARTIAL | pen test booked | "
		"fix the two medium issues |\n"
		"| Runbooks | \xE2\x9D\x8C FAIL | none yet | write the "
		"on-call runbook |\n"
		"```\n"
		"\n"
		"## Open findings\n"
		"\n"
		"One section per finding, headed by its ID (F-1, SEC-12 …) and "
		"title; severity critical, high, medium or low.\n"
		"\n"
		"```markdown\n"
		"### F-1: Card tokens logged at debug level\n"
		"\n"
		"- Severity: High (blocking)\n"
		"- Component: API Gateway\n"
		"- Effort: 2-3 days\n"
		"```\n"
		"\n"
		"## Checklists\n"
		"\n"
		"A task list under its own heading: [ ] to do, [~] in "
		"progress, [x] done.\n"
		"\n"
		"```markdown\n"
		"### Go-live criteria\n"
		"\n"
		"- [x] Backups restored in staging\n"
		"- [~] On-call rota agreed\n"
		"- [ ] Load test at three times the peak\n"
		"```\n"
		"\n"
		"## Milestones\n"
		"\n"
		"| Milestone | Due | Status |\n"
		"|-----------|-----|--------|\n"
		"| [Milestone] | YYYY-MM-DD | TBD |\n"
		"\n"
		"## Estimates\n"
		"\n"
		"**Time to production ready:** TBD\n");
}

/*** Reading the draft back ***/

/* `s` with white space collapsed and trimmed, as the importer keeps it. */
static const char *norm(prr_buf *b, const char *s)
{
	prr_buf_reset(b);
	bool space = false;
	for (; s && *s; s++) {
		if (is_space(*s)) {
			space = b->n > 0;
			continue;
		}
		if (space)
			prr_buf_addc(b, ' ');
		space = false;
		prr_buf_addc(b, *s);
	}
	return b->p;
}

typedef struct cmp {
	prr_diags *d;
	const char *path;
	size_t n;
	prr_buf a, b;
} cmp;

#define DIFF(x, line, ...)                                                    \
	(prr_diag_add((x)->d, PRR_DIAG_WARNING, (x)->path, NULL, (line), 0,   \
		      __VA_ARGS__),                                           \
	 (x)->n++)

/* Two optional texts, equal once normalised; NULL is "". */
static void same_text(cmp *x, const char *what, const char *want,
		      const char *got, int line)
{
	const char *w = norm(&x->a, want), *g = norm(&x->b, got);
	if (strcmp(w, g) != 0)
		DIFF(x, line, "%s: '%s' reads back as '%s'", what, w, g);
}

static void same_status(cmp *x, const char *what, prr_status want,
			prr_status got, int line)
{
	if (want != got)
		DIFF(x, line, "%s: status %s reads back as %s", what,
		     want ? prr_status_name(want) : "unknown",
		     got ? prr_status_name(got) : "unknown");
}

static void same_num(cmp *x, const char *what, double want, double got,
		     int line)
{
	if (!(want == got || (!prr_has(want) && !prr_has(got))))
		DIFF(x, line, "%s: %g reads back as %g", what, want, got);
}

/* Counts of a list, written and read back: the shorter is compared. */
static size_t same_count(cmp *x, const char *what, size_t want, size_t got)
{
	if (want != got)
		DIFF(x, 1, "%zu %s written, %zu read back", want, what, got);
	return want < got ? want : got;
}

static void compare_component(cmp *x, const prr_component *w,
			      const prr_component *g, prr_arena *a)
{
	const char *who = prr_arena_printf(a, "component '%s'", w->name);
	same_text(x, who, w->name, g->name, g->line);
	same_text(x, prr_arena_printf(a, "%s, kind", who), w->kind, g->kind,
		  g->line);
	same_status(x, who, w->status, g->status, g->line);
	size_t n = same_count(x, prr_arena_printf(a, "checks of %s", who),
			      w->n_checks, g->n_checks);
	prr_buf note = PRR_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		const prr_check *wc = &w->checks[i], *gc = &g->checks[i];
		const char *ck = prr_arena_printf(a, "%s, check '%s'", who,
						  wc->category);
		same_text(x, ck, wc->category, gc->category, gc->line);
		same_status(x, ck, wc->status, gc->status, gc->line);
		bool wn = counted(wc), gn = counted(gc);
		if (wn != gn || (wn && (wc->passed != gc->passed ||
					wc->total != gc->total)))
			DIFF(x, gc->line, "%s: count %d/%d reads back as %d/%d",
			     ck, wn ? wc->passed : -1, wn ? wc->total : -1,
			     gn ? gc->passed : -1, gn ? gc->total : -1);
		prr_buf_reset(&note);
		recheck_note(&note, wc->note);
		same_text(x, prr_arena_printf(a, "%s, note", ck), note.p,
			  gc->note, gc->line);
		same_text(x, prr_arena_printf(a, "%s, action", ck), wc->action,
			  gc->action, gc->line);
	}
	prr_buf_free(&note);
}

static void compare_finding(cmp *x, const prr_finding *w,
			    const prr_finding *g, prr_arena *a)
{
	const char *who = prr_arena_printf(a, "finding '%s'",
					   w->id ? w->id : w->title);
	if (w->id)
		same_text(x, prr_arena_printf(a, "%s, ID", who), w->id, g->id,
			  g->line);
	same_text(x, prr_arena_printf(a, "%s, title", who), w->title,
		  g->title, g->line);
	if (w->severity != g->severity)
		DIFF(x, g->line, "%s: severity %s reads back as %s", who,
		     prr_severity_name(w->severity),
		     prr_severity_name(g->severity));
	if (w->blocking != g->blocking)
		DIFF(x, g->line, "%s: %s reads back as %s", who,
		     w->blocking ? "blocking" : "not blocking",
		     g->blocking ? "blocking" : "not blocking");
	same_text(x, prr_arena_printf(a, "%s, component", who), w->component,
		  g->component, g->line);
	const char *ef = prr_arena_printf(a, "%s, effort", who);
	same_num(x, ef, w->effort.low, g->effort.low, g->line);
	same_num(x, ef, prr_has(w->effort.high) ? w->effort.high : w->effort.low,
		 prr_has(g->effort.high) ? g->effort.high : g->effort.low,
		 g->line);
	same_text(x, prr_arena_printf(a, "%s, effort unit", who),
		  w->effort.unit, g->effort.unit, g->line);
}

static void compare_checklists(cmp *x, const prr_review *last,
			       const prr_review *back, prr_arena *a)
{
	size_t k = 0; /* checklists read back */
	for (size_t i = 0; i < last->n_checklists; i++) {
		const prr_checklist *w = &last->checklists[i];
		if (!open_items(w))
			continue;
		if (k >= back->n_checklists) {
			DIFF(x, 1, "checklist '%s' does not read back", w->title);
			continue;
		}
		const prr_checklist *g = &back->checklists[k++];
		const char *who = prr_arena_printf(a, "checklist '%s'",
						   w->title ? w->title : "Checklist");
		same_text(x, who, w->title ? w->title : "Checklist", g->title,
			  g->line);
		size_t j = 0;
		for (size_t m = 0; m < w->n_items; m++) {
			const prr_checkitem *wi = &w->items[m];
			if (!item_open(wi))
				continue;
			if (j >= g->n_items) {
				DIFF(x, g->line, "%s: item '%s' does not read back",
				     who, wi->text);
				continue;
			}
			const prr_checkitem *gi = &g->items[j++];
			const char *it = prr_arena_printf(a, "%s, item '%s'", who,
							  wi->text);
			same_text(x, it, wi->text, gi->text, gi->line);
			same_status(x, it, item_status(wi), gi->status, gi->line);
		}
		if (j < g->n_items)
			DIFF(x, g->items[j].line, "%s: item '%s' was not written",
			     who, g->items[j].text);
	}
	if (k < back->n_checklists)
		DIFF(x, back->checklists[k].line, "checklist '%s' was not written",
		     back->checklists[k].title);
}

size_t prr_draft_compare(const prr_review *last, const prr_review *back,
			 const char *path, prr_diags *d)
{
	cmp x = { d, path, 0, PRR_BUF_INIT, PRR_BUF_INIT };
	prr_arena a = PRR_ARENA_INIT;
	if (last->project)
		same_text(&x, "project", last->project, back->project, 1);
	size_t n = same_count(&x, "components", last->n_components,
			      back->n_components);
	for (size_t i = 0; i < n; i++)
		compare_component(&x, &last->components[i], &back->components[i],
				  &a);
	n = same_count(&x, "findings", last->n_findings, back->n_findings);
	for (size_t i = 0; i < n; i++)
		compare_finding(&x, &last->findings[i], &back->findings[i], &a);
	compare_checklists(&x, last, back, &a);
	n = same_count(&x, "milestones", last->n_milestones, back->n_milestones);
	for (size_t i = 0; i < n; i++) {
		const prr_milestone *w = &last->milestones[i],
				    *g = &back->milestones[i];
		const char *who = prr_arena_printf(&a, "milestone '%s'", w->name);
		same_text(&x, who, w->name, g->name, g->line);
		same_text(&x, prr_arena_printf(&a, "%s, due", who), w->due, g->due,
			  g->line);
		same_text(&x, prr_arena_printf(&a, "%s, planned", who), w->planned,
			  g->planned, g->line);
		if (w->done != g->done)
			DIFF(&x, g->line, "%s: %s reads back as %s", who,
			     w->done ? "done" : "not done",
			     g->done ? "done" : "not done");
	}
	n = same_count(&x, "estimates", last->n_estimates, back->n_estimates);
	for (size_t i = 0; i < n; i++) {
		const prr_estimate *w = &last->estimates[i],
				   *g = &back->estimates[i];
		const char *who = prr_arena_printf(&a, "estimate '%s'",
						   estimate_label(w));
		same_text(&x, who, estimate_label(w), g->label, g->line);
		same_num(&x, who, w->low, g->low, g->line);
		same_num(&x, who, prr_has(w->high) ? w->high : w->low,
			 prr_has(g->high) ? g->high : g->low, g->line);
		same_text(&x, prr_arena_printf(&a, "%s, unit", who), w->unit,
			  g->unit, g->line);
	}
	prr_arena_free(&a);
	prr_buf_free(&x.a);
	prr_buf_free(&x.b);
	return x.n;
}
