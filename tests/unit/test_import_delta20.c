/* test_import_delta20.c - what changed between two reviews of one system
 * as written by other teams (round 19a's four series): each case was
 * missing from the delta, or wrong in it, before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/figures.h"

/* Two documents imported, scored and compared: `d` is y's delta since x,
 * in `a`; the reviews in *x and *y (free them). */
static void delta_md(prr_delta *d, prr_arena *a, const char *x_md,
		     const char *y_md, prr_review **x, prr_review **y)
{
	prr_diags dg = PRR_DIAGS_INIT;
	*x = md_undated(x_md, &dg);
	*y = md_undated(y_md, &dg);
	prr_diags_free(&dg);
	memset(d, 0, sizeof *d);
	if (!*x || !*y)
		return;
	prr_revfig fx = { *x }, fy = { *y };
	prr_score_review(&fx.score, a, *x, NULL);
	prr_score_review(&fy.score, a, *y, NULL);
	prr_delta_compute(d, a, &fx, &fy);
}

/* Whether `r` is a change `ch` from the status or severity `before` to
 * `after`. */
static bool changed(const prr_deltarow *r, prr_change ch, const char *before,
		    const char *after)
{
	return r && r->change == ch && r->before_text && r->after_text &&
	       strcmp(r->before_text, before) == 0 &&
	       strcmp(r->after_text, after) == 0;
}

static void delta_free(prr_arena *a, prr_review *x, prr_review *y)
{
	prr_arena_free(a);
	prr_review_free(x);
	prr_review_free(y);
}

/* The row of `kind` and `name`, or NULL. */
static const prr_deltarow *row_of(const prr_delta *d, const char *kind,
				  const char *name)
{
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->rows[i].kind, kind) == 0 &&
		    strcmp(d->rows[i].name, name) == 0)
			return &d->rows[i];
	return NULL;
}

/* The status a review states of a component (one with no checks has only
 * that) is compared like a check's: "ledger-writer ✅ → ❌" regressed,
 * "push-relay 🔴 → 🟢" improved; one unchanged is no change. */
PRR_TEST(import_delta20__component_stated_status_compared)
{
	prr_arena a = PRR_ARENA_INIT;
	prr_review *x, *y;
	prr_delta d;
	delta_md(&d, &a,
		 "# Svc\n\n**Date:** 2026-08-05\n\n## Component health\n\n"
		 "| Component | Status | Notes |\n|---|---|---|\n"
		 "| push-relay | \xF0\x9F\x94\xB4 | manual certs |\n"
		 "| ledger-writer | \xE2\x9C\x85 | fine |\n"
		 "| edge | \xE2\x9C\x85 | fine |\n",
		 "# Svc\n\n**Date:** 2026-08-26\n\n## Component health\n\n"
		 "| Component | Status | Notes |\n|---|---|---|\n"
		 "| push-relay | \xF0\x9F\x9F\xA2 | token auth |\n"
		 "| ledger-writer | \xE2\x9D\x8C | broken |\n"
		 "| edge | \xE2\x9C\x85 | fine |\n", &x, &y);
	const prr_deltarow *up = row_of(&d, "component-status", "push-relay");
	const prr_deltarow *down = row_of(&d, "component-status", "ledger-writer");
	CHECK(changed(up, PRR_IMPROVED, "fail", "pass"));
	CHECK(changed(down, PRR_REGRESSED, "pass", "fail"));
	CHECK(row_of(&d, "component-status", "edge") == NULL);
	CHECK_INT(d.improved, 1);
	CHECK_INT(d.regressed, 1);
	delta_free(&a, x, y);
}

/* A review that gives each component a checklist under its own heading
 * ("## indexer" over "- [x] Runbook") where the one before had a matrix
 * still names the components: none is "gone", each is said to be named
 * as a checklist (and not compared). */
PRR_TEST(import_delta20__component_named_as_checklist_not_gone)
{
	prr_arena a = PRR_ARENA_INIT;
	prr_review *x, *y;
	prr_delta d;
	delta_md(&d, &a,
		 "# Svc \xE2\x80\x94 PRR\n\n- Date: 2026-03-10\n\n"
		 "| Check | query-api | indexer | crawler |\n|---|---|---|---|\n"
		 "| Runbook | \xE2\x9C\x85 | \xE2\x9D\x8C | \xE2\x9C\x85 |\n"
		 "| Alerts | \xE2\x9C\x85 | \xE2\x9A\xA0\xEF\xB8\x8F | \xE2\x9C\x85 |\n",
		 "# Svc \xE2\x80\x94 PRR\n\nDate: 2026-04-07\n\n"
		 "## query-api\n\n- [x] Runbook\n- [x] Alerts\n\n"
		 "## indexer\n\n- [x] Runbook\n- [ ] Alerts\n", &x, &y);
	CHECK_INT(d.n_gone, 1); /* crawler: named nowhere */
	CHECK(d.n_gone == 1 && strcmp(d.comps_gone[0], "crawler") == 0);
	CHECK_INT(d.n_named, 2);
	if (d.n_named == 2) {
		CHECK_STR(d.comps_named[0].name, "query-api");
		CHECK_STR(d.comps_named[0].as, "as a checklist");
		CHECK_STR(d.comps_named[1].name, "indexer");
	}
	CHECK(row_of(&d, "component", "indexer") == NULL); /* no "gone" row */
	CHECK(row_of(&d, "component", "crawler") != NULL);
	delta_free(&a, x, y);
}

/* The one score both reviews state, on one scale, is compared as
 * written: 48/100 then 71/100 is +23 (the figure the headline shows
 * beside it), not the change of the dimensions' mean; two scales, or
 * several scores, compare nothing. */
PRR_TEST(import_delta20__stated_score_change)
{
	static const char *const fmt =
		"# Svc\n\n**Date:** %s\n\n**Overall readiness: %s**\n\n"
		"## Scores\n\n| Dimension | Score |\n|---|---|\n"
		"| Reliability | %s/10 |\n| Security | 5/10 |\n";
	char xs[512], ys[512];
	snprintf(xs, sizeof xs, fmt, "2026-03-04", "48/100", "4");
	snprintf(ys, sizeof ys, fmt, "2026-03-25", "71/100", "7");
	prr_arena a = PRR_ARENA_INIT;
	prr_review *x, *y;
	prr_delta d;
	delta_md(&d, &a, xs, ys, &x, &y);
	CHECK(x && x->n_scores == 1 && y && y->n_scores == 1);
	CHECK_NUM(d.score_change, 23);
	const prr_deltarow *r = NULL;
	for (size_t i = 0; i < d.n; i++)
		if (strcmp(d.rows[i].kind, "stated-score") == 0)
			r = &d.rows[i];
	CHECK(r && r->change == PRR_IMPROVED);
	CHECK(r && r->before == 48 && r->after == 71 && r->scale == 100);
	prr_review_free(x);
	prr_review_free(y);
	/* another scale: not compared */
	snprintf(ys, sizeof ys, fmt, "2026-03-25", "7/10", "7");
	delta_md(&d, &a, xs, ys, &x, &y);
	CHECK(!prr_has(d.score_change));
	delta_free(&a, x, y);
}

/* A finding both reviews have whose severity changed is a change: "F-35
 * high → medium" improved (downgraded), "F-9 low → critical" regressed,
 * matched by id as opened and closed findings are. */
PRR_TEST(import_delta20__finding_severity_change)
{
	static const char *const fmt =
		"# Gw\n\n**Date:** %s\n\n## Findings\n\n"
		"| ID | Severity | Finding |\n|---|---|---|\n"
		"| F-35 | %s | Envoy OOM on HTTP/3 |\n"
		"| F-9 | %s | Access logs sampled |\n"
		"| F-40 | Medium | No SLO |\n";
	char xs[512], ys[512];
	snprintf(xs, sizeof xs, fmt, "2026-08-26", "High", "Low");
	snprintf(ys, sizeof ys, fmt, "2026-09-23", "Medium", "Critical");
	prr_arena a = PRR_ARENA_INIT;
	prr_review *x, *y;
	prr_delta d;
	delta_md(&d, &a, xs, ys, &x, &y);
	const prr_deltarow *down = row_of(&d, "severity", "F-35: Envoy OOM on HTTP/3");
	const prr_deltarow *up = row_of(&d, "severity", "F-9: Access logs sampled");
	CHECK(changed(down, PRR_IMPROVED, "high", "medium"));
	CHECK(changed(up, PRR_REGRESSED, "low", "critical"));
	CHECK(row_of(&d, "severity", "F-40: No SLO") == NULL);
	CHECK_INT(d.n_opened, 0);
	CHECK_INT(d.n_closed, 0);
	delta_free(&a, x, y);
}
