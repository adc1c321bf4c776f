/* test_import_lists36.c - what the importer leaves alone in lists and
 * tables that only look like a scorecard's: options set side by side,
 * the branches of a decision, an area's rating and counts by level, a
 * fraction of things counted.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"


/* A table that sets options side by side ("## Self-hosted vs SaaS" over
 * "| Factor | Self-hosted | SaaS |", or columns headed "Option A",
 * "Option B") is no scorecard: its marks say which option does better at
 * a factor, no component's checks.  It is kept as a table. */
PRR_TEST(import_lists36__options_side_by_side_are_no_checks)
{
	static const char *const docs[] = {
		"# Intake readiness\n\nDate: 2026-03-02\n\n"
		"## Self-hosted intake vs Hosted survey\n\n"
		"| Factor | Self-hosted intake | Hosted survey |\n|---|---|---|\n"
		"| **Look** | Our brand \xE2\x9C\x85 | Stock theme \xE2\x9D\x8C |\n"
		"| **Price** | None \xE2\x9C\x85 | Capped \xE2\x9D\x8C |\n",
		/* the comparison said in a caption over it */
		"# Intake readiness\n\nDate: 2026-03-02\n\n## Choices\n\n"
		"**Queue A compared with Queue B:**\n\n"
		"| | Queue A | Queue B |\n|---|---|---|\n"
		"| Ordering | Kept \xE2\x9C\x85 | Lost \xE2\x9D\x8C |\n"
		"| Retries | Built in \xE2\x9C\x85 | Manual \xE2\x9D\x8C |\n",
		/* options by that name */
		"# Intake readiness\n\nDate: 2026-03-02\n\n## Picking a store\n\n"
		"| Criterion | Option A | Option B |\n|---|---|---|\n"
		"| Backups | \xE2\x9C\x85 | \xE2\x9D\x8C |\n"
		"| Failover | \xE2\x9C\x85 | \xE2\x9D\x8C |\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_components == 0 && r->n_tables == 1);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a matrix of environments, and readings side by side, read as
	 * before: "Check | Staging | Production" is each one's checks */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Intake readiness\n\nDate: 2026-03-02\n\n"
		"## Staging vs Production\n\n"
		"| Check | Staging | Production |\n|---|---|---|\n"
		"| Backups | \xE2\x9C\x85 | \xE2\x9D\x8C |\n"
		"| Alerts | \xE2\x9C\x85 | \xE2\x9C\x85 |\n", &d);
	CHECK(r && r->n_components > 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "- ✅ If the soak is clean → Move to phase 2": a condition and the step
 * it leads to, a branch of a decision still to take; its mark says which
 * way it goes, no check passed or failed.  No checklist is made of them. */
PRR_TEST(import_lists36__decision_branches_are_no_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Pager go-live\n\nDate: 2026-03-02\n\n### Stage 1: Soak\n\n"
		"**Decision (10 March):**\n"
		"- \xE2\x9C\x85 If the soak is clean \xE2\x86\x92 Move to stage 2\n"
		"- \xE2\x9D\x8C When alerts misfire \xE2\x86\x92 Tune and soak again\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F Si hay dudas -> una semana m\xC3\xA1s\n", &d);
	CHECK(r && md_items(r) == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* checks done stay checks, a condition in passing too */
	r = md_text("# Pager go-live\n\nDate: 2026-03-02\n\n## Checks\n\n"
		    "- \xE2\x9C\x85 Soak clean for a week\n"
		    "- \xE2\x9D\x8C If-statement audit of the router\n", &d);
	CHECK(r && md_items(r) == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### 3.1 Dependency scan ✅ LOW RISK" reports the result of an
 * assessment, no finding; and "| Risk Level | Count | Status |" counts
 * risks by their level: no row of it is a risk (its status, "⚠️
 * WATCHED", names none). */
PRR_TEST(import_lists36__area_rating_and_counts_by_level)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Billing readiness\n\nDate: 2026-03-02\n\n"
		"### 3.1 Dependency scan \xE2\x9C\x85 LOW RISK\n\n"
		"| Risk Level | Count | Status | Follow-up |\n|---|---|---|---|\n"
		"| **High** | 0 | \xE2\x9C\x85 NONE | None |\n"
		"| **Medium** | 2 | \xE2\x9A\xA0\xEF\xB8\x8F WATCHED | More logs |\n", &d);
	CHECK(r && r->n_findings == 0 && r->n_risks == 0 && r->n_tables == 1);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a numbered heading that rates a finding stays one */
	r = md_text("# Billing readiness\n\nDate: 2026-03-02\n\n"
		    "### 3.2 Stale cache keys (LOW)\n\nKeys outlive a deploy.\n", &d);
	CHECK(r && r->n_findings == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**Recap:** 4/4 checkout flows covered": a fraction followed by a
 * plural noun of things counted is a count, no score; "**Recap:** 8/10
 * overall" still scores. */
PRR_TEST(import_lists36__fraction_of_things_counted_is_no_score)
{
	static const char *const lines[] = {
		"**Recap:** 4/4 checkout flows covered by acceptance tests.",
		"**Recap:** 12/14 endpoints documented",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Shop report\n\nDate: 2026-03-02\n\n"
				       "## Coverage\n\n%s\n", lines[i]);
		CHECK(r && r->n_scores == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Shop report\n\nDate: 2026-03-02\n\n"
				"**Recap:** 8/10 overall\n", &d);
	CHECK(r && r->n_scores == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Many rows of a table under a comparison heading, and many branches:
 * none a check (their time is bench-hostile's: compare-table,
 * decision-branches; no test times itself). */
PRR_TEST(import_lists36__big_inputs_stay_fast)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "# Big\n\nDate: 2026-03-02\n\n## Alpha vs Beta\n\n"
		     "| Factor | Alpha | Beta |\n|---|---|---|\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_addf(&b, "| f%d | ok \xE2\x9C\x85 | no \xE2\x9D\x8C |\n", i);
	prr_buf_addf(&b, "\n## Branches\n\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_addf(&b, "- \xE2\x9C\x85 If case %d holds \xE2\x86\x92 go on\n", i);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r && r->n_components == 0 && md_items(r) == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
