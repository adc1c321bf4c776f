/* test_import_scores32.c - figures of real reviews that are no score:
 * shares of features, counts of things, metrics before and after, test
 * coverage and pass rates; each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* The dimension named `name` of `r`, or NULL. */
static const prr_dimension *dim_named(const prr_review *r, const char *name)
{
	for (size_t i = 0; r && i < r->n_dimensions; i++)
		if (r->dimensions[i].name && strcmp(r->dimensions[i].name, name) == 0)
			return &r->dimensions[i];
	return NULL;
}

/* A heading that names a state of things gives the share of things in
 * that state, no dimension: "### 🚧 Partially Implemented (3-4%)", "###
 * ❌ Not Implemented (1-2%)".  "## Current Status: ~96% Production Ready"
 * is the review's readiness, as "96% production-ready" in prose is: a
 * score labelled "Current Status", no dimension (and no '#' in a name). */
PRR_TEST(import_scores32__heading_shares_of_features)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Parser - Production Readiness Report\n\n"
		"## Current Status: ~96% Production Ready\n\n"
		"### \xF0\x9F\x9A\xA7 Partially Implemented (3-4%)\n\n- Lexical subroutines\n\n"
		"### \xE2\x9D\x8C Not Implemented (1-2%)\n\n- Typeglob manipulation\n", &d);
	CHECK(r && r->n_dimensions == 0);
	CHECK(r && r->n_scores == 1);
	if (r && r->n_scores == 1) {
		CHECK_STR(r->scores[0].label, "Current Status");
		CHECK(r->scores[0].value == 96 && r->scores[0].max == 100);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* a heading's area still scores ("### Security (85%)") */
	r = md_text("# Review\n\n## Areas\n\n### Security (85%)\n\nFine.\n", &d);
	CHECK(dim_named(r, "Security") != NULL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### Service Requiring Monitoring (1/5):" beside "### Services Healthy
 * (4/5):" counts services in a state, no score. */
PRR_TEST(import_scores32__heading_count_of_things_in_a_state)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Appliance - Production Readiness Report\n\n"
		"## Current Status: PRODUCTION READY WITH MONITORING\n\n"
		"### Services Healthy (4/5):\n1. **nginx** - HEALTHY\n\n"
		"### Service Requiring Monitoring (1/5):\n1. **fluent-bit** - disabled\n\n"
		"## Production Readiness Score: 90%\n", &d);
	CHECK(r && r->n_dimensions == 0);
	CHECK(r && r->n_scores == 1 && r->scores[0].value == 90);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A Before/After/Target table of metrics ("Critical Failures | 46 | **5**
 * | 0") measures, it scores nothing; the bold lines "**✅ Security &
 * Compliance (100%)**" under "### Production Readiness Score: 95%" are
 * that score's parts, dimensions as headings would be. */
PRR_TEST(import_scores32__kpi_table_and_bold_sub_scores)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# System Production Readiness Report\n\n"
		"## Key Performance Indicators\n\n"
		"| **Metric** | **Before** | **After** | **Target** | **Achievement** |\n"
		"| --- | --- | --- | --- | --- |\n"
		"| **Critical Failures** | 46 | **5** | 0 | **89% Reduction** |\n"
		"| **Cost per Operation** | 0.012714 | **0.006466** | <0.01 | **35% Below** |\n"
		"| **Test Pass Rate** | 32.4% | **85%+** | >90% | **153% Improvement** |\n\n"
		"### **Production Readiness Score: 95%**\n\n"
		"**\xE2\x9C\x85 Security & Compliance (100%)**\n\n- Zero critical vulnerabilities\n\n"
		"**\xE2\x9C\x85 Performance & Scalability (90%)**\n\n- Fast\n", &d);
	CHECK(r && !dim_named(r, "Critical Failures") &&
	      !dim_named(r, "Cost per Operation") && !dim_named(r, "Test Pass Rate"));
	const prr_dimension *sec = dim_named(r, "Security & Compliance");
	CHECK(sec && sec->score == 100 && sec->max == 100);
	CHECK(dim_named(r, "Performance & Scalability") != NULL);
	CHECK(r && r->n_scores == 1 && r->scores[0].value == 95);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a table of scores before and after still gives them */
	r = md_text("# Review\n\n| Area | Before | After |\n|---|---|---|\n"
		    "| Security | 5/10 | 8/10 |\n| Testing | 4/10 | 7/10 |\n", &d);
	const prr_dimension *s2 = dim_named(r, "Security");
	CHECK(s2 && s2->score == 8);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Test coverage, a pass rate and counts of things are metrics, not the
 * review's score: "**Overall Coverage: 67.18%** (Target: 80%)",
 * "**TOTAL: 183 tests run, 173 passed (94.5%), 10 failed (5.5%)**". */
PRR_TEST(import_scores32__coverage_pass_rate_and_counts)
{
	static const char *const lines[] = {
		"**Overall Coverage: 67.18%** (Target: 80%)",
		"**TOTAL: 183 tests run, 173 passed (94.5%), 10 failed (5.5%)**",
		"Overall pass rate: 94.5%",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		char doc[512];
		snprintf(doc, sizeof doc, "# Agent - Production Readiness Report\n\n"
			 "## Test results\n\n%s\n", lines[i]);
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_scores == 0 && r->n_dimensions == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* the review's own stays: "Overall: 8/10", "Overall score: 67%" */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n**Overall score: 67%**\n", &d);
	CHECK(r && r->n_scores == 1);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a nested item that opens with its figure has no label to ask
	 * about ("  - 98.2%. 93 done"): read, no crash */
	r = md_text("# Review\n\n- **41** \xE2\x80\x94 October 1\n"
		    "  - 98.2%. 93 `[x]` plus 2 `[~]`.\n", &d);
	CHECK(r != NULL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| **MÉDIA GERAL** | ✅ APROVADO | **9.9/10** |", the overall average
 * in capitals, is the table's Total row: the review's score, no
 * dimension. */
PRR_TEST(import_scores32__media_geral_in_capitals)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Relatório\n\n| Critério | Status | Score |\n|---|---|---|\n"
		"| **Funcionalidade Core** | \xE2\x9C\x85 APROVADO | 10/10 |\n"
		"| **Infraestrutura** | \xE2\x9C\x85 APROVADO | 9.8/10 |\n"
		"| **M\xC3\x89" "DIA GERAL** | \xE2\x9C\x85 APROVADO | **9.9/10** |\n", &d);
	CHECK(r && r->n_dimensions == 2 && !dim_named(r, "M\xC3\x89" "DIA GERAL"));
	CHECK(r && r->n_scores == 1 && r->scores[0].value == 9.9);
	prr_review_free(r);
	prr_diags_free(&d);
}
