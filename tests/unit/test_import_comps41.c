/* test_import_comps41.c - headings, titles and forms that name no
 * component of the scorecard: a sign-off's form, a heading of the
 * whole's overall state or of its evidence, the title itself; each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* Whether `r` has a component named `name`. */
static bool has_component(const prr_review *r, const char *name)
{
	for (size_t i = 0; r && i < r->n_components; i++)
		if (strcmp(r->components[i].name, name) == 0)
			return true;
	return false;
}

/* A table under a sign-off's heading ("## 9. Final Sign-Off" over "|
 * Area | Owner | Status |" of "☐ Approved") is approvals, a checklist of
 * those to come, no component "Final Sign-Off" of pending checks. */
PRR_TEST(import_comps41__signoff_form_is_no_component)
{
	static const char *const heads[] = { "9. Final Sign-Off", "Approvals",
		"Release sign-off" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		char doc[1024];
		snprintf(doc, sizeof doc,
			 "# Acme \xE2\x80\x94 Go-Live Checklist\n\nDate: 2026-03-02\n\n"
			 "## %s\n\n| Area | Owner | Status | Date | Notes |\n"
			 "|---|---|---|---|---|\n"
			 "| Security (\xC2\xA7" "1) | | \xE2\x98\x90 Approved | | |\n"
			 "| **Go / No-Go** | **Release Owner** | \xE2\x98\x90 **GO** "
			 "\xE2\x98\x90 **NO-GO** | | |\n", heads[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_undated(doc, &d);
		CHECK(r && r->n_components == 0);
		CHECK(md_items(r) == 2);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* (under another heading, an area's checks as before) */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# Acme\n\nDate: 2026-03-02\n\n## Checkout\n\n"
				   "| Area | Status | Notes |\n|---|---|---|\n"
				   "| Security | \xE2\x9C\x85 | |\n", &d);
	CHECK(has_component(r, "Checkout"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading of the whole's overall state ("### Overall Risk
 * Assessment") names no component: its categories are the review's. */
PRR_TEST(import_comps41__overall_heading_names_none)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(
		"# Pool \xE2\x80\x94 Audit\n**Audit Date:** 2026-02-21\n\n"
		"### Overall Risk Assessment\n\n| Category | Status | Risk Level |\n"
		"|---|---|---|\n| Security (RLS) | \xE2\x9C\x85 Good | Low |\n"
		"| Observability | \xE2\x9A\xA0\xEF\xB8\x8F Partial | Medium |\n", &d);
	CHECK(r && r->n_components == 1);
	CHECK(!has_component(r, "Overall Risk Assessment"));
	CHECK(has_component(r, "Pool"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Gate | Status |" under "## Overall Readiness (…)": the launch's
 * stages, no component; its production row's status is the document's
 * verdict ("Production deployment | **FAIL** — 12 remaining issues"). */
PRR_TEST(import_comps41__overall_gates_state_the_verdict)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(
		"# READINESS CHECKLIST \xE2\x80\x94 trade-sdk\n\nDate: 2026-03-01\n\n"
		"## Overall Readiness (Post-Remediation)\n\n| Gate | Status |\n|---|---|\n"
		"| Shadow mode entry | **CONDITIONAL PASS** \xE2\x80\x94 P0 fixed |\n"
		"| Production deployment | **FAIL** \xE2\x80\x94 12 remaining issues |\n", &d);
	CHECK(r && r->n_components == 0);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	CHECK(r && r->n_tables == 1);
	prr_review_free(r);
	prr_diags_free(&d);
	/* (a stated verdict outranks it) */
	r = md_undated(
		"# trade-sdk\n\nDate: 2026-03-01\n\n**Verdict:** READY\n\n"
		"## Overall Readiness\n\n| Gate | Status |\n|---|---|\n"
		"| Production deployment | FAIL |\n", &d);
	CHECK(r && r->level == PRR_LEVEL_READY);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Evidence" over a table of checks names no component; nor does the
 * title: the review's own is named by the system the title names, past
 * "RC3 Go / No-Go Decision —", and past closing words of what kind of
 * document it is ("Factor Engine Production Readiness Checklist"). */
PRR_TEST(import_comps41__evidence_and_title_name_the_system)
{
	static const struct {
		const char *title, *head, *name;
	} cases[] = {
		{ "Launch check", "Evidence", "Launch check" },
		{ "Hidden Antwerp \xE2\x80\x94 Go / No-Go (Phase 9)", "Evidence",
		  "Hidden Antwerp" },
		{ "RC3 Go / No-Go Decision \xE2\x80\x94 Cloud Content Hub", "Gate scorecard",
		  "Cloud Content Hub" },
		{ "Factor Engine Production Readiness Checklist", "1.1 Test Coverage",
		  "Factor Engine" },
		{ "Orochi DB Production Readiness Review", "Results", "Orochi DB" },
		{ "Go-Live Checklist", "Results", "Go-Live Checklist" },
		{ "Go-live readiness", "Results", "Go-live readiness" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[1024];
		snprintf(doc, sizeof doc,
			 "# %s\n\nDate: 2026-09-29\n\n## %s\n\n| Check | Result |\n"
			 "|---|---|\n| Unit tests | \xE2\x9C\x85 |\n| Lint | \xE2\x9C\x85 |\n",
			 cases[i].title, cases[i].head);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_undated(doc, &d);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1)
			CHECK_STR(r->components[0].name, cases[i].name);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
