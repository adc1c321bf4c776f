/* test_import_scores37.c - scores, dimensions, test figures, estimates,
 * revisions and the audit in real reviews (realdocs13, realdocs15): each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* Whether `text` imports with `scores` stated scores and `dims`
 * dimensions (the one dimension, if any, named with `name`), and no
 * check counted. */
static bool counts_are(const char *text, size_t scores, size_t dims,
		       const char *name)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	bool ok = r && r->n_scores == scores && r->n_dimensions == dims &&
		  (dims != 1 || !name || strcmp(r->dimensions[0].name, name) == 0);
	/* (and no check counts passed of total: no tests) */
	for (size_t c = 0; r && c < r->n_components; c++)
		for (size_t k = 0; k < r->components[c].n_checks; k++)
			ok &= r->components[c].checks[k].total < 0;
	prr_review_free(r);
	prr_diags_free(&d);
	return ok;
}

/* A part's subtotal ("**A subtotal: 2/2**") is no overall score: the
 * table's TOTAL row is the review's one score, and the subtotal is not
 * audited against the mean of the parts. */
PRR_TEST(import_scores37__subtotal_no_overall_score)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch scorecard\n\n**Core subtotal: 3/3**\n\n"
		"**Ops sub-total: 1/3**\n\n"
		"| Part | Score |\n|---|---|\n| Core | 3/3 |\n| Ops | 1/3 |\n"
		"| **TOTAL** | **4/6 (67%)** |\n", &d);
	CHECK(r && r->n_scores == 1);
	if (r && r->n_scores == 1)
		CHECK(r->scores[0].value == 4 && r->scores[0].max == 6);
	for (size_t i = 0; r && i < r->n_audit; i++)
		CHECK(r->audit[i].agrees);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A metric named like a score in a table of measures against targets
 * ("F1 Score | ≥87% | 100%") is no dimension; a named part's score in a
 * section's paragraph ("**Privacy Score**: 100/100") after the overall
 * score is stated is a dimension, so the overall stays the one stated. */
PRR_TEST(import_scores37__metric_and_part_scores)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Release report\n\n**Overall Readiness Score**: **91/100**\n\n"
		"## Model quality\n\n| Metric | Target | Achieved | Status |\n"
		"|---|---|---|---|\n| Recall | \xE2\x89\xA5" "80% | **97%** | OK |\n"
		"| F1 Score | \xE2\x89\xA5" "85% | **98%** | OK |\n\n"
		"## Privacy\n\n- No telemetry\n\n**Privacy Score**: **100/100**\n", &d);
	CHECK(r && r->n_scores == 1);
	if (r && r->n_scores == 1)
		CHECK(r->scores[0].value == 91);
	CHECK(r && r->n_dimensions == 1);
	if (r && r->n_dimensions == 1)
		CHECK(r->dimensions[0].score == 100 &&
		      strstr(r->dimensions[0].name, "Privacy"));
	prr_review_free(r);
	prr_diags_free(&d);
	/* the whole's score in such a table still is one */
	r = md_text("# Release report\n\n| Metric | Target | Actual |\n|---|---|---|\n"
		    "| Readiness Score | 80/100 | 92/100 |\n", &d);
	CHECK(r && r->n_scores == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**Overall Health: 100% (2/2 networks operational)**" is the share of
 * the things counted, no score; "**Security Grade:** A" among the top
 * fields is the Security dimension's grade, not the review's score. */
PRR_TEST(import_scores37__counted_share_and_area_grade)
{
	static const struct {
		const char *text;
		size_t scores, dims;
	} cases[] = {
		{ "# Relay readiness\n\n## Regions\n\n| Region | Status |\n"
		  "|---|---|\n| eu | Up |\n| us | Up |\n\n"
		  "**Overall Health: 100% (2/2 regions up)**\n", 0, 0 },
		{ "# Relay readiness\n\n**Platform Status:** Ready\n"
		  "**Security Grade:** B\n", 0, 1 },
		/* readiness with its count still scores */
		{ "# Relay readiness\n\n**Readiness: 90% (9/10 criteria met)**\n",
		  1, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK(counts_are(cases[i].text, cases[i].scores, cases[i].dims,
				 "Security"));
}

/* Figures that are no score nor dimension: a share of things after a
 * label naming neither a score nor readiness ("Overall Feature Parity:
 * ~20% of enterprise suites"), a list item's clause with its figure in
 * passing ("- Core security posture is strong (8.5/10)"), and each part's
 * share deployed under a heading of the deployment's status ("## 1.
 * Deployment Status" over "### ✅ Storage (93%)"); nor are a Count
 * column's counts beside a Status column tests passed. */
PRR_TEST(import_scores37__shares_clauses_counts_no_figures)
{
	static const char *const texts[] = {
		"# Tool review\n\n## Against the market\n\n"
		"**Overall Feature Parity:** ~20% of enterprise suites\n",
		"# Tool review\n\n## Final word\n\n**Why:**\n"
		"- Core security posture is strong (8.5/10)\n"
		"- Tests are thin\n",
		"# Tool review\n\n## 1. Deployment Status\n\n"
		"### \xE2\x9C\x85 Compute (100%)\n\nAll up.\n\n"
		"### \xE2\x9C\x85 Storage (93%)\n\nOne table left.\n",
		/* beside a Status column, a Count column's "6/6" is how
		 * many of the row's things are up: no check, no tests */
		"# Stack review\n\n### Compute\n\n| Component | Count | Status |\n"
		"|---|---|---|\n| Workers | 6/6 | \xE2\x9C\x85 Up |\n"
		"| Queues | 3/4 | \xE2\x9A\xA0\xEF\xB8\x8F Degraded |\n",
		"# Stack review\n\n### Storage\n\n| Category | Deployed | Total | Status |\n"
		"|---|---|---|---|\n| Tables | 9/9 | 9 | \xE2\x9C\x85 100% |\n"
		"| Buckets | 2/3 | 3 | \xF0\x9F\x9F\xA1 67% |\n",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		CHECK(counts_are(texts[i], 0, 0, NULL));
}


/* Whether every audit entry of `text`, imported, agrees. */
static bool audit_agrees(const char *text)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	bool ok = r != NULL;
	for (size_t i = 0; r && i < r->n_audit; i++)
		ok &= r->audit[i].agrees;
	prr_review_free(r);
	prr_diags_free(&d);
	return ok;
}

/* No audit of figures that count other things: "Critical: 3 compilation
 * errors blocking test suite" counts no critical findings, and a count
 * after a thematic break below a section's sign-off boxes ("---" then
 * "**Completion Level:** 89% (495/555 tasks)") is not of those boxes. */
PRR_TEST(import_scores37__audit_other_counts)
{
	CHECK(audit_agrees(
		"# Proxy review\n\n**Problems**:\n- \xE2\x9D\x8C No tests for retries\n\n"
		"### Test files\n\n**Assessment**:\n- \xE2\x9C\x85 Tidy layout\n"
		"- \xE2\x9D\x8C Critical: 3 compilation errors blocking the suite\n"));
	CHECK(audit_agrees(
		"# Go-live checklist\n\n## Sign-off\n\n"
		"- [ ] Ops lead: ________ Date: ______\n"
		"- [ ] QA lead: ________ Date: ______\n\n---\n\n"
		"**Completion Level:** 89% (89/100 tasks)\n"));
	/* the same count right under the boxes is still audited */
	CHECK(!audit_agrees("# Go-live checklist\n\n## Sign-off\n\n"
			    "- [x] Ops lead signed\n- [ ] QA lead\n\n"
			    "Sign-off: 2/2 done (100%)\n"));
}

/* Whether `text` imports with revision `rev` and no estimate. */
static bool revision_is(const char *text, const char *rev)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	bool ok = r && r->n_estimates == 0 && r->revision &&
		  strcmp(r->revision, rev) == 0;
	prr_review_free(r);
	prr_diags_free(&d);
	return ok;
}

/* "**Commit:** 51364d0" is no estimate of 51364 days; under an item's
 * heading ("### 2. Replay ingestion") it is that item's commit, not the
 * revision reviewed, which a field at the top still names. */
PRR_TEST(import_scores37__commit_no_estimate_nor_revision)
{
	CHECK(revision_is("# Review\n\n**Branch:** release-2\n\n## Findings\n\n"
			  "### 2. Replay ingestion\n\n**Severity:** Medium\n\n"
			  "**Status:** Deferred\n**Commit:** 51364d0\n",
			  "release-2"));
	CHECK(revision_is("# Review\n\n**Commit:** 7ac3e91\n\n## Scope\n\nAll.\n",
			  "7ac3e91"));
}

/* A generic "**Rating: 8.5/10 — Good**" under "### Security Assessment"
 * is the dimension of the area rated, "Security". */
PRR_TEST(import_scores37__rating_names_the_area)
{
	CHECK(counts_are("# Review\n\n## Findings\n\n### Security Assessment\n\n"
			 "**Rating: 8.5/10 \xE2\x80\x94 Good**\n", 0, 1, "Security"));
}
