/* test_import_lists41.c - lists that are no checks of the review (the
 * conditions of a no-go, what a script does, what a plan will give),
 * headings that are no items, and the titles and states of checklists
 * found in review documents written by other teams: each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* The checklist of `r` titled `title`, or NULL. */
static const prr_checklist *list_titled(const prr_review *r, const char *title)
{
	for (size_t i = 0; r && i < r->n_checklists; i++)
		if (r->checklists[i].title && strcmp(r->checklists[i].title, title) == 0)
			return &r->checklists[i];
	return NULL;
}

/* The checklist item of `r` whose text is `text`, or NULL. */
static const prr_checkitem *item_of(const prr_review *r, const char *text)
{
	for (size_t i = 0; r && i < r->n_checklists; i++)
		for (size_t k = 0; k < r->checklists[i].n_items; k++)
			if (strcmp(r->checklists[i].items[k].text, text) == 0)
				return &r->checklists[i].items[k];
	return NULL;
}

/* The document `fmt` with `arg` in it, imported. */
static prr_review *doc_with(const char *fmt, const char *arg, prr_diags *d)
{
	char doc[512];
	snprintf(doc, sizeof doc, fmt, arg);
	return md_text(doc, d);
}

/* A heading that ends by a condition's word ("## RED FLAGS - DO NOT
 * LAUNCH IF:", "### Roll back if") lists conditions: its ❌ are bullets,
 * no failed checks. */
PRR_TEST(import_lists41__conditions_under_an_if_heading)
{
	static const char *const heads[] = {
		"RED FLAGS - DO NOT LAUNCH IF:",
		"Do not ship if",
		"\xF0\x9F\x9A\xA8 Stop the rollout if:",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = doc_with(
			"# Shop \xE2\x80\x94 Go Live Checklist\n\n## %s\n\n"
			"- \xE2\x9D\x8C Still using Stripe test keys\n"
			"- \xE2\x9D\x8C Backend crashes under basic load testing\n",
			heads[i], &d);
		CHECK(r && md_items(r) == 0 && r->n_findings == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* (a heading that only names a condition inside is still a list
	 * of checks) */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n## What if the region fails\n\n"
				"- \xE2\x9C\x85 Failover tested\n"
				"- \xE2\x9D\x8C DNS TTL lowered\n", &d);
	CHECK(r && md_items(r) == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**What This Does:**" over a step's ✅ list: what a script does when
 * run, no check passed; so too "**By completion, you'll have:**" and
 * "**This will:**", what a plan will give. */
PRR_TEST(import_lists41__what_a_step_does_or_will_give)
{
	static const char *const labels[] = {
		"**What This Does:**",
		"**What it does:**",
		"**By completion, you'll have:**",
		"**After this step you will have:**",
		"**This will:**",
	};
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = doc_with(
			"# Go-Live\n\n### 2. Provision Production Stack\n\n%s\n"
			"- \xE2\x9C\x85 Validates Docker installation\n"
			"- \xE2\x9C\x85 Pulls and starts BLUE container\n",
			labels[i], &d);
		CHECK(r && md_items(r) == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "### After Quick Fixes: 95% Ready" after "### Current Status: 70%
 * Ready": the state the fixes would bring, no check done. */
PRR_TEST(import_lists41__a_state_after_fixes_to_make)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Readiness checklist\n\n## Deployment readiness\n\n"
		"### Current Status: 70% Ready\n"
		"- \xE2\x9C\x85 Core infrastructure working\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F Real-time features disabled\n\n"
		"### After Quick Fixes: 95% Ready\n"
		"- \xE2\x9C\x85 All critical data populated\n"
		"- \xE2\x9C\x85 User experience fully working\n", &d);
	CHECK(r && md_items(r) == 2);
	CHECK(r && item_of(r, "All critical data populated") == NULL);
	CHECK(r && r->n_scores == 1 && r->scores[0].value == 70);
	prr_review_free(r);
	/* (after the improvements made, where no current state comes
	 * before: the state now) */
	r = md_text("# Review\n\n### Before the improvements\n"
		    "- \xE2\x9D\x8C No backups\n\n"
		    "### After the improvements\n"
		    "- \xE2\x9C\x85 Nightly backups\n"
		    "- \xE2\x9C\x85 Restore tested\n", &d);
	CHECK(r && item_of(r, "Nightly backups") && item_of(r, "Nightly backups")->done);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## **🔄 IN PROGRESS:**", a heading that is a status alone, names no
 * check: a group of what is under it; and a "Status:" line after a list
 * and a rule at the end is the document's, no status of the heading
 * over the list ("## **🚀 DELIVERABLE OUTCOME:**"). */
PRR_TEST(import_lists41__headings_that_name_nothing_checked)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# \xF0\x9F\x9A\x80 READINESS CHECKLIST\n\n"
		"## **\xF0\x9F\x94\x84 IN PROGRESS:**\n\n"
		"### **Phase 2: Cleanup** \xF0\x9F\x94\x84\n"
		"- [ ] **Lint**: warnings left\n\n"
		"## **\xF0\x9F\x9A\x80 DELIVERABLE OUTCOME:**\n\n"
		"- \xE2\x9C\x85 **Zero warnings**\n\n---\n\n"
		"**Status**: Autonomous execution in progress\n", &d);
	CHECK(r && item_of(r, "\xF0\x9F\x94\x84 IN PROGRESS") == NULL);
	CHECK(r && item_of(r, "\xF0\x9F\x9A\x80 DELIVERABLE OUTCOME") == NULL);
	CHECK(r && item_of(r, "Lint: warnings left") != NULL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## ✅ Sign-off" (its "Project Lead:" blank) over "**Key
 * Achievements:**" and its ✅ list: the list is titled by its label, so
 * no one reads the sign-off as complete. */
PRR_TEST(import_lists41__a_list_under_a_part_takes_its_label)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Readiness Checklist\n\n## \xE2\x9C\x85 Sign-off\n\n"
		"**Project Lead:** _________________  \n"
		"**Status:** \xE2\x9C\x85 **APPROVED FOR PRODUCTION**\n\n"
		"**Key Achievements:**\n"
		"- \xE2\x9C\x85 All critical bugs fixed\n"
		"- \xE2\x9C\x85 Documentation complete\n", &d);
	CHECK(r && list_titled(r, "Key Achievements") != NULL);
	CHECK(r && list_titled(r, "Sign-off") == NULL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Post-Launch (24h)": a window of time after launch, no effort to
 * spend (nor "### Post-deploy monitoring (48 hours)"). */
PRR_TEST(import_lists41__a_window_after_launch_is_no_estimate)
{
	static const char *const heads[] = {
		"Post-Launch (24h)",
		"Post-deploy monitoring (48 hours)",
		"After launch (first 7 days)",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = doc_with("# Go-Live Checklist\n\n## %s\n"
					 "1. [ ] Monitor audit log for validation failures\n",
					 heads[i], &d);
		CHECK(r && r->n_estimates == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* (an effort still is: "## Hardening (3 days)") */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Plan\n\n## Hardening (3 days)\n\n- [ ] TLS\n", &d);
	CHECK(r && r->n_estimates == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "- ⚠️ Missing: Request ID tracing", "- ⚠️ Add CSRF protection":
 * a gap or a to-do, nothing of it done: pending, not partial. */
PRR_TEST(import_lists41__a_gap_or_a_todo_is_pending)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Audit\n\n### Code Quality\n\n**API Gateway**:\n"
		"- \xE2\x9C\x85 Good: JWT auth, rate limiting\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F Missing: Request ID tracing\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F Needs: Health check endpoint improvements\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F Partially migrated to v2 API\n\n"
		"### Security\n"
		"- \xE2\x9C\x85 JWT tokens with expiry\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F Add CSRF protection for state-changing ops\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F Encrypt Deriv tokens at rest\n", &d);
	const prr_checkitem *it;
	CHECK(r && (it = item_of(r, "Missing: Request ID tracing")) && it->status == PRR_PENDING);
	CHECK(r && (it = item_of(r, "Needs: Health check endpoint improvements")) &&
	      it->status == PRR_PENDING);
	CHECK(r && (it = item_of(r, "Add CSRF protection for state-changing ops")) &&
	      it->status == PRR_PENDING);
	CHECK(r && (it = item_of(r, "Encrypt Deriv tokens at rest")) && it->status == PRR_PENDING);
	/* (what is partly there stays partial) */
	CHECK(r && (it = item_of(r, "Partially migrated to v2 API")) && it->status == PRR_PARTIAL);
	prr_review_free(r);
	prr_diags_free(&d);
}
