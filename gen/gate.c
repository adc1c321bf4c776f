/* gate.c - the CI gate: conditions on the latest review of each project,
 * each with what fails it; see include/prr/gate.h. */
#include "prr/gate.h"

#include "prr/buf.h"

#include <string.h>

const char *prr_gate_cond_name(prr_gate_cond c)
{
	static const char *const names[PRR_GATE_COND_COUNT] = {
		"min_readiness", "min_score", "max_critical", "no_regressions",
		"max_disagreements", "min_verdict",
	};
	return (unsigned)c < PRR_GATE_COND_COUNT ? names[c] : "?";
}

/*** Where a line is ***/

/* What the gate looks at: one project's latest review and its set. */
typedef struct gate {
	prr_gate_report *out;
	const prr_reviews *set;
	const prr_project_figs *p;
	const prr_revfig *rf;
	const prr_review *r;
	prr_gate_result *res;  /* the condition being checked */
	size_t cap;            /* of res->items */
} gate;

static bool same_review(const prr_review *doc, const prr_review *r)
{
	bool project = doc->project && r->project
			       ? strcmp(doc->project, r->project) == 0
			       : doc->project == r->project;
	return project && doc->date && r->date && strcmp(doc->date, r->date) == 0;
}

/* The path document `doc` was read from, as given on the command line
 * (its source_file is relative to the folder given: the file read that
 * ends in it, when only one does), else its source_file. */
static const char *doc_file(const prr_reviews *set, const prr_review *doc)
{
	const char *src = doc->source_file, *found = NULL;
	if (!src)
		return NULL;
	size_t k = strlen(src);
	for (size_t i = 0; i < set->files.n; i++) {
		const char *f = set->files.v[i];
		size_t n = strlen(f);
		if (strcmp(f, src) == 0 ||
		    (n > k && f[n - k - 1] == '/' && strcmp(f + n - k, src) == 0)) {
			if (found)
				return src; /* two files end in it */
			found = f;
		}
	}
	return found ? found : src;
}

/* The file of item `index` of a list counted by `count`: the merged
 * review's lists are its documents' lists one after another, in the order
 * of set->docs. */
static const char *list_file(const gate *g, size_t (*count)(const prr_review *),
			     size_t index)
{
	if (!g->set)
		return g->r->source_file;
	for (size_t i = 0; i < g->set->n_docs; i++) {
		const prr_review *d = g->set->docs[i];
		if (!same_review(d, g->r))
			continue;
		if (index < count(d))
			return doc_file(g->set, d);
		index -= count(d);
	}
	return NULL;
}

/* The file of a line of the review that lists cannot place (evidence, the
 * status): the review's one document, or NULL when it has several. */
static const char *only_file(const gate *g)
{
	if (!g->set)
		return g->r->source_file;
	const prr_review *one = NULL;
	for (size_t i = 0; i < g->set->n_docs; i++)
		if (same_review(g->set->docs[i], g->r)) {
			if (one)
				return NULL;
			one = g->set->docs[i];
		}
	return one ? doc_file(g->set, one) : NULL;
}

static size_t n_findings(const prr_review *r) { return r->n_findings; }
static size_t n_components(const prr_review *r) { return r->n_components; }
static size_t n_dimensions(const prr_review *r) { return r->n_dimensions; }
static size_t n_claims(const prr_review *r) { return r->n_audit; }

/*** Results ***/

static prr_gate_result *begin(gate *g, prr_gate_cond c, double exact,
			      double value, double limit)
{
	prr_gate_report *o = g->out;
	prr_gate_result *res = PRR_VEC_PUSH(&o->arena, o->v, o->n, o->cap);
	*res = (prr_gate_result){
		.project = g->p->project ? g->p->project : "(no project)",
		.date = g->r->date, .review = g->r, .cond = c, .exact = exact,
		.value = value, .limit = limit, .passed = true, .checked = true
	};
	g->res = res;
	g->cap = 0;
	return res;
}

static void failed(gate *g, const char *message)
{
	g->res->passed = false;
	g->res->message = message;
	g->out->failed++;
}

static prr_gate_item *item(gate *g, const char *kind, const char *name,
			   const char *detail, const char *file, int line)
{
	prr_gate_result *res = g->res;
	prr_gate_item *it = PRR_VEC_PUSH(&g->out->arena, res->items,
					 res->n_items, g->cap);
	it->kind = kind;
	it->name = name ? name : "?";
	it->detail = detail;
	it->file = line > 0 ? file : NULL;
	it->line = line;
	return it;
}

/* the "s" of a plural, by prr_plural's rule */
static const char *plural(long n) { return prr_plural(n, "", "s"); }

/* "25% (0 of 2 checks pass, 1 partial, 1 failing, 0 pending)", the
 * readiness `shown` as the pages show it */
static const char *tally_detail(prr_arena *a, double shown, const prr_tally *t)
{
	int n = prr_tally_applicable(t);
	return prr_arena_printf(a, "%.*f%% (%d of %d %s, %d partial, "
				"%d failing, %d pending)", prr_pct_places(shown),
				shown, t->pass, n,
				prr_plural(n, "check passes", "checks pass"),
				t->partial, t->fail, t->pending);
}

/* A score in tenths as the pages print it ("8.2", "7"). */
static const char *tenths(prr_arena *a, double v)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_add_tenths(&b, v);
	const char *s = prr_arena_strdup(a, b.p);
	prr_buf_free(&b);
	return s;
}

/*** The conditions ***/

static void min_readiness(gate *g, double limit)
{
	prr_arena *a = &g->out->arena;
	const prr_scorecard *s = &g->rf->score;
	double shown = prr_pct_shown_at(s->readiness, s->ready, s->partial);
	prr_gate_result *res = begin(g, PRR_GATE_MIN_READINESS, s->readiness,
				     shown, limit);
	if (!prr_has(s->readiness)) {
		failed(g, prr_arena_printf(a, "readiness unknown (no applicable "
					   "checks), minimum %.4g%%", limit));
		return;
	}
	if (shown >= limit) {
		res->message = prr_arena_printf(a, "readiness %.*f%% (at least "
						"%.4g%%)", prr_pct_places(shown),
						shown, limit);
		return;
	}
	failed(g, prr_arena_printf(a, "readiness %.*f%% is below %.4g%%",
				   prr_pct_places(shown), shown, limit));
	for (size_t i = 0; i < s->n_comps; i++) {
		const prr_compfig *c = &s->comps[i];
		double c_shown = prr_pct_shown_at(c->readiness, s->ready, s->partial);
		if (!prr_has(c->readiness) || c_shown >= limit)
			continue;
		size_t k = (size_t)(c->component - g->r->components);
		item(g, "component", c->name, tally_detail(a, c_shown, &c->tally),
		     k < g->r->n_components ? list_file(g, n_components, k) : NULL,
		     c->component->line);
	}
}

static void min_score(gate *g, double limit)
{
	prr_arena *a = &g->out->arena;
	const prr_dimscore *d = &g->rf->score.dims;
	double shown = prr_tenths_shown(d->value);
	prr_gate_result *res = begin(g, PRR_GATE_MIN_SCORE, d->value, shown, limit);
	if (!prr_has(d->value)) {
		failed(g, prr_arena_printf(a, "score unknown (no scored "
					   "dimensions), minimum %.4g", limit));
		return;
	}
	if (shown >= limit) {
		res->message = prr_arena_printf(a, "score %s/10 (at least %.4g)",
						tenths(a, d->value), limit);
		return;
	}
	failed(g, prr_arena_printf(a, "score %s/10 is below %.4g",
				   tenths(a, d->value), limit));
	for (size_t i = 0; i < d->n; i++) {
		const prr_dimfig *df = &d->dims[i];
		if (!prr_has(df->norm) || prr_tenths_shown(df->norm * 10) >= limit)
			continue;
		size_t k = (size_t)(df->dimension - g->r->dimensions);
		item(g, "dimension", df->dimension->name,
		     prr_arena_printf(a, "%s/10", tenths(a, df->norm * 10)),
		     k < g->r->n_dimensions ? list_file(g, n_dimensions, k) : NULL,
		     df->dimension->line);
	}
}

/* 1 if finding `f` is waived by an active waiver of the scorecard. */
static bool waived(const prr_scorecard *s, const prr_finding *f)
{
	const char *name = f->title ? f->title : f->id;
	for (size_t i = 0; i < s->n_waived; i++)
		if (s->waived[i].finding == name && s->waived[i].line == f->line)
			return s->waived[i].state == PRR_WAIVER_ACTIVE;
	return false;
}

static void max_critical(gate *g, int limit)
{
	prr_arena *a = &g->out->arena;
	const prr_scorecard *s = &g->rf->score;
	int n = s->findings[PRR_SEV_CRITICAL];
	prr_gate_result *res = begin(g, PRR_GATE_MAX_CRITICAL, n, n, limit);
	if (n <= limit) {
		res->message = prr_arena_printf(a, "%d critical finding%s open "
						"(at most %d)", n, plural(n), limit);
		return;
	}
	failed(g, prr_arena_printf(a, "%d critical finding%s open, at most %d "
				   "allowed", n, plural(n), limit));
	for (size_t i = 0; i < g->r->n_findings; i++) {
		const prr_finding *f = &g->r->findings[i];
		if (f->severity != PRR_SEV_CRITICAL || waived(s, f))
			continue;
		prr_gate_item *it = item(g, "finding", f->title ? f->title : f->id,
					 f->component, list_file(g, n_findings, i),
					 f->line);
		it->id = f->id;
	}
}

/* Where the figures a regression names are in the latest review, found
 * by name in hash tables built once (a review of 200,000 components with
 * as many regressions stays linear). */
typedef struct places {
	prr_names dims, comps, checks; /* name -> index into `at` */
	struct place {
		size_t index; /* into the review's dimensions or components */
		int line;
		bool dimension;
	} *at;
	size_t n, cap;
} places;

static void place(places *pl, prr_arena *a, prr_names *t, const char *name,
		  size_t index, int line, bool dimension)
{
	if (!name || prr_names_find(t, name) != PRR_NAMES_NONE)
		return; /* the first of equal names, as the delta matches them */
	prr_names_put(t, name, pl->n);
	*PRR_VEC_PUSH(a, pl->at, pl->n, pl->cap) = (struct place){ index, line, dimension };
}

static void places_build(places *pl, prr_arena *a, const prr_review *r)
{
	memset(pl, 0, sizeof *pl);
	for (size_t i = 0; i < r->n_dimensions; i++)
		place(pl, a, &pl->dims, r->dimensions[i].name, i,
		      r->dimensions[i].line, true);
	for (size_t i = 0; i < r->n_components; i++) {
		const prr_component *c = &r->components[i];
		place(pl, a, &pl->comps, c->name, i, c->line, false);
		for (size_t k = 0; c->name && k < c->n_checks; k++)
			place(pl, a, &pl->checks,
			      prr_arena_printf(a, "%s / %s", c->name,
					       c->checks[k].category ? c->checks[k].category : ""),
			      i, c->checks[k].line, false);
	}
}

static void places_free(places *pl)
{
	prr_names_free(&pl->dims);
	prr_names_free(&pl->comps);
	prr_names_free(&pl->checks);
}

/* The place of regressed figure `row`, or NULL (readiness, score, count). */
static const struct place *place_of(const places *pl, const prr_deltarow *row)
{
	const prr_names *t = strcmp(row->kind, "dimension") == 0 ? &pl->dims
			     : strcmp(row->kind, "component") == 0 ||
			       strcmp(row->kind, "component-status") == 0 ? &pl->comps
			     : strcmp(row->kind, "check") == 0 ? &pl->checks : NULL;
	size_t k = t ? prr_names_find(t, row->name) : PRR_NAMES_NONE;
	return k == PRR_NAMES_NONE ? NULL : &pl->at[k];
}

static void no_regressions(gate *g)
{
	prr_arena *a = &g->out->arena;
	const prr_project_figs *p = g->p;
	int n = p->has_delta ? p->delta.regressed : 0;
	prr_gate_result *res = begin(g, PRR_GATE_NO_REGRESSIONS, n, n, 0);
	if (!p->has_delta) {
		res->checked = false;
		res->message = "no regressions checked";
		res->warning = "a single review: no earlier review to compare "
			       "with, regressions were not checked";
		return;
	}
	if (n == 0) {
		res->message = prr_arena_printf(a, "no regressions since %s",
						p->delta.before);
		return;
	}
	failed(g, prr_arena_printf(a, "%d regression%s since %s", n, plural(n),
				   p->delta.before));
	places pl;
	places_build(&pl, a, g->r);
	for (size_t i = 0; i < p->delta.n; i++) {
		const prr_deltarow *row = &p->delta.rows[i];
		if (row->change != PRR_REGRESSED)
			continue;
		const struct place *at = place_of(&pl, row);
		bool figure = strcmp(row->kind, "readiness") == 0 ||
			      strcmp(row->kind, "dimension-score") == 0 ||
			      strcmp(row->kind, "stated-score") == 0 ||
			      strcmp(row->kind, "findings") == 0;
		const char *unit = strcmp(row->kind, "readiness") == 0 ||
				   strcmp(row->kind, "component") == 0 ? "%" : "";
		const char *detail = row->before_text
			? prr_arena_printf(a, "%s -> %s", row->before_text, row->after_text)
			: prr_arena_printf(a, "%s%s -> %s%s", tenths(a, row->before), unit,
					   tenths(a, row->after), unit);
		item(g, figure ? "figure" : row->kind,
		     strcmp(row->kind, "dimension-score") == 0 ? "dimension score"
		     : strcmp(row->kind, "stated-score") == 0 ? "stated score"
		     : strcmp(row->kind, "findings") == 0 ? "open findings" : row->name,
		     detail, !at ? NULL : list_file(g, at->dimension ? n_dimensions
								: n_components, at->index),
		     at ? at->line : 0);
	}
	places_free(&pl);
}

/* Evidence items and commit references the review cites. */
static size_t evidence_cited(const prr_review *r)
{
	size_t n = r->n_evidence + r->n_commits;
	for (size_t i = 0; i < r->n_components; i++)
		n += r->components[i].n_evidence;
	for (size_t i = 0; i < r->n_waves; i++)
		for (size_t k = 0; k < r->waves[i].n_stories; k++)
			n += r->waves[i].stories[k].n_evidence;
	return n;
}

static void max_disagreements(gate *g, int limit, bool repo_read)
{
	prr_arena *a = &g->out->arena;
	const prr_audit *au = &g->rf->audit;
	int n = au->disagreements;
	prr_gate_result *res = begin(g, PRR_GATE_MAX_DISAGREEMENTS, n, n, limit);
	size_t cited = evidence_cited(g->r);
	if (!repo_read && cited > 0) {
		res->checked = false;
		res->warning = prr_arena_printf(a, "evidence was not checked: no "
			"repository was read (--repo DIR or prr.json's \"repo\"), "
			"so the %zu evidence item%s and commit reference%s the "
			"review cites count no disagreement; only the document's "
			"own claims were compared", cited, plural((long)cited),
			plural((long)cited));
	}
	if (n <= limit) {
		res->message = prr_arena_printf(a, "%d disagreement%s between the "
						"document and prr (at most %d)",
						n, plural(n), limit);
		return;
	}
	failed(g, prr_arena_printf(a, "%d disagreement%s between the document "
				   "and prr, at most %d allowed", n, plural(n), limit));
	size_t documents = 0; /* the rows of the document's own claims come first */
	for (size_t i = 0; i < au->n; i++) {
		const prr_auditrow *row = &au->rows[i];
		bool document = strcmp(row->source, "document") == 0;
		size_t k = documents;
		documents += document;
		if (row->agrees)
			continue;
		item(g, "claim", row->claim,
		     prr_arena_printf(a, "stated %s; found %s",
				      row->stated ? row->stated : "-",
				      row->found ? row->found : "-"),
		     document && k < g->r->n_audit ? list_file(g, n_claims, k)
						   : only_file(g),
		     row->line);
	}
}

/*** The document's verdict ***/

/* A level as min_verdict compares it (not ready < partial < ready), or
 * NaN when the document states none. */
static double verdict_rank(prr_level l)
{
	switch (l) {
	case PRR_LEVEL_READY:
		return PRR_GATE_VERDICT_READY;
	case PRR_LEVEL_PARTIAL:
		return PRR_GATE_VERDICT_PARTIAL;
	case PRR_LEVEL_NOT_READY:
		return PRR_GATE_VERDICT_NOT_READY;
	default:
		return PRR_NONE;
	}
}

/* "not ready", "partial", "ready" */
static const char *verdict_words(prr_level l)
{
	return l == PRR_LEVEL_NOT_READY ? "not ready" : prr_level_name(l);
}

/* ' ("NO-GO")': the document's status text after its level, or "". */
static const char *verdict_quoted(prr_arena *a, const prr_review *r)
{
	return r->status_text ? prr_arena_printf(a, " (\"%s\")", r->status_text) : "";
}

/* The file of the review's status line: the document the merged review
 * took its status text from. */
static const char *status_file(const gate *g)
{
	if (!g->set)
		return g->r->source_file;
	for (size_t i = 0; i < g->set->n_docs; i++) {
		const prr_review *d = g->set->docs[i];
		if (same_review(d, g->r) && d->status_text == g->r->status_text)
			return doc_file(g->set, d);
	}
	return NULL;
}

/* The document's verdict line as an item: its status text, its level. */
static prr_gate_item verdict_line(const gate *g)
{
	const prr_review *r = g->r;
	return (prr_gate_item){
		.kind = "verdict",
		.name = r->status_text ? r->status_text : prr_level_name(r->level),
		.detail = verdict_words(r->level),
		.file = r->status_line > 0 ? status_file(g) : NULL,
		.line = r->status_line,
	};
}

static void min_verdict(gate *g, prr_level limit)
{
	prr_arena *a = &g->out->arena;
	const prr_review *r = g->r;
	double value = verdict_rank(r->level);
	prr_gate_result *res = begin(g, PRR_GATE_MIN_VERDICT, value, value,
				     verdict_rank(limit));
	const char *want = verdict_words(limit);
	if (!prr_has(value)) {
		res->checked = false;
		res->message = prr_arena_printf(a, "the document states no verdict "
						"(at least %s wanted): not checked",
						want);
		res->warning = r->status_text
			? prr_arena_printf(a, "the document states no verdict "
					   "prr can read (its status: \"%s\")",
					   r->status_text)
			: "the document states no verdict";
		return;
	}
	if (value >= res->limit) {
		res->message = prr_arena_printf(a, "the document's verdict is %s "
						"(at least %s)",
						verdict_words(r->level), want);
		return;
	}
	failed(g, prr_arena_printf(a, "the document's verdict is %s%s, at least "
				   "%s wanted", verdict_words(r->level),
				   verdict_quoted(a, r), want));
	prr_gate_item it = verdict_line(g);
	item(g, it.kind, it.name, it.detail, it.file, it.line);
}

/* A document that says not ready while no condition looks at its
 * verdict: its project's warning (the gate may pass on figures alone). */
static void verdict_unheeded(gate *g, prr_gate_project *pj, const prr_gate *cond)
{
	if (cond->min_verdict != PRR_LEVEL_UNKNOWN ||
	    g->r->level != PRR_LEVEL_NOT_READY)
		return;
	pj->verdict = verdict_line(g);
	pj->warning = prr_arena_printf(&g->out->arena, "the document says not "
		"ready%s and no condition looks at its verdict (--min-verdict "
		"partial would fail the gate on it)", verdict_quoted(&g->out->arena, g->r));
	g->out->warnings++;
}

static int count_conditions(const prr_gate *c)
{
	return prr_has(c->min_readiness) + prr_has(c->min_score) +
	       (c->max_critical >= 0) + c->no_regressions +
	       (c->max_disagreements >= 0) +
	       (c->min_verdict != PRR_LEVEL_UNKNOWN);
}

void prr_gate_run(prr_gate_report *out, const prr_figures *f,
		  const prr_reviews *set, const prr_gate *conds)
{
	memset(out, 0, sizeof *out);
	size_t cap = 0;
	for (size_t i = 0; i < f->n_projects; i++) {
		const prr_gate *cond = &conds[i];
		gate g = { .out = out, .set = set, .p = &f->projects[i] };
		g.rf = prr_figures_latest(g.p);
		if (!g.rf)
			continue;
		g.r = g.rf->review;
		prr_gate_project *pj = PRR_VEC_PUSH(&out->arena, out->projects,
						    out->n_projects, cap);
		pj->project = g.p->project ? g.p->project : "(no project)";
		pj->figs = i;
		pj->date = g.r->date;
		pj->conditions = count_conditions(cond);
		pj->first = out->n;
		int failed0 = out->failed;
		if (prr_has(cond->min_readiness))
			min_readiness(&g, cond->min_readiness);
		if (prr_has(cond->min_score))
			min_score(&g, cond->min_score);
		if (cond->max_critical >= 0)
			max_critical(&g, cond->max_critical);
		if (cond->no_regressions)
			no_regressions(&g);
		if (cond->max_disagreements >= 0)
			max_disagreements(&g, cond->max_disagreements, f->repo != NULL);
		if (cond->min_verdict != PRR_LEVEL_UNKNOWN)
			min_verdict(&g, cond->min_verdict);
		verdict_unheeded(&g, pj, cond);
		pj->n = out->n - pj->first;
		pj->failed = out->failed - failed0;
		for (size_t k = pj->first; k < out->n; k++)
			pj->unchecked += !out->v[k].checked;
		out->conditions += pj->conditions;
		out->unchecked += pj->unchecked;
		out->projects_failed += pj->failed > 0;
	}
}

void prr_gate_report_free(prr_gate_report *r)
{
	prr_arena_free(&r->arena);
	memset(r, 0, sizeof *r);
}
