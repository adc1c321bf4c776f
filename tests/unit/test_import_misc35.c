/* test_import_misc35.c - what the importer reads in public review
 * documents it misread (round 35): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A document that opens with a notice that it is outdated ("# ⚠️
 * OUTDATED AUDIT DOCUMENT ⚠️", "# DEPRECATED CONTENT BELOW") takes its
 * title from the first heading of level 1 that is no notice, and warns
 * that what it states may no longer hold; the verdict it states stays. */
PRR_TEST(import_misc35__outdated_notice_is_no_title)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# \xE2\x9A\xA0\xEF\xB8\x8F **OUTDATED AUDIT DOCUMENT** "
		"\xE2\x9A\xA0\xEF\xB8\x8F\n\n"
		"## **This audit document is DEPRECATED and contains outdated "
		"information**\n\nFor the current assessment, see "
		"**`ACTUAL_AUDIT.md`**.\n\n# **DEPRECATED CONTENT BELOW**\n\n"
		"# Clarity Backend Production-Readiness Audit\n\n## Final Verdict\n\n"
		"The project is **not yet production-ready**.\n", &d);
	CHECK(r && r->title &&
	      strcmp(r->title, "Clarity Backend Production-Readiness Audit") == 0);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	CHECK(md_said(&d, "the document says it is outdated"));
	prr_review_free(r);
	prr_diags_free(&d);
	/* a title about deprecating something, a section of deprecations */
	static const char *const docs[] = {
		"# Deprecated API removal readiness\n\n## Verdict\n\nReady.\n",
		"# Payments PRR\n\n## Deprecated\n\n- old endpoint\n",
		"# Payments PRR\n\n## Outdated document links\n\n- see wiki\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d2 = PRR_DIAGS_INIT;
		prr_review *r2 = md_text(docs[i], &d2);
		CHECK(r2 && r2->title && strncmp(r2->title, docs[i] + 2, 8) == 0);
		CHECK(!md_said(&d2, "outdated"));
		prr_review_free(r2);
		prr_diags_free(&d2);
	}
}

/* The number of checks of `r`'s components. */
static size_t checks_of(const prr_review *r)
{
	size_t k = 0;
	for (size_t i = 0; r && i < r->n_components; i++)
		k += r->components[i].n_checks;
	return k;
}

/* "| Area | Beta ready | Commercial launch |": each area's state at two
 * launch stages; neither column is the rows' status (the later one's
 * "**Required**" is no status prr reads, and reading the first alone
 * drops it), so the table is kept whole and said; one stage column
 * beside notes is still the rows' status. */
PRR_TEST(import_misc35__two_launch_stages_kept_whole)
{
	static const char *const commercial[] = {
		/* the snippet's rows, then mostly marks (a matrix otherwise) */
		"| Custom domain | \xE2\x9A\xA0\xEF\xB8\x8F buy domain | **Required** |\n"
		"| Stripe billing | \xE2\x9D\x8C off | Required if paid |\n",
		"| Custom domain | \xE2\x9A\xA0\xEF\xB8\x8F buy domain | **Required** |\n"
		"| Legal pages | \xE2\x9C\x85 | \xE2\x9C\x85 |\n"
		"| Sentry | \xE2\x9C\x85 | \xE2\x9C\x85 |\n",
	};
	for (size_t i = 0; i < 2; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		char doc[1024];
		snprintf(doc, sizeof doc,
			 "# Launch readiness checklist\n\n## Status summary (August "
			 "2026)\n\n| Area | Beta ready | Commercial launch |\n"
			 "|---|---|---|\n| Core routes | \xE2\x9C\x85 | \xE2\x9C\x85 |\n%s",
			 commercial[i]);
		prr_review *r = md_text(doc, &d);
		CHECK(r && checks_of(r) == 0 && r->n_components == 0);
		CHECK(r && r->n_tables == 1);
		CHECK(md_said(&d, "kept whole"));
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch readiness checklist\n\n## Status summary\n\n"
		"| Area | Beta ready | Notes |\n|---|---|---|\n"
		"| Core routes | \xE2\x9C\x85 | fine |\n"
		"| Custom domain | \xE2\x9D\x8C | buy one |\n", &d);
	CHECK(r && checks_of(r) == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "- **HIGH RISK**: Site is not production-ready" under "**Risk
 * Assessment:**": a risk label in bold whose short sentence of the whole
 * (site, system, platform …) says it is not production-ready states the
 * verdict, not-ready, as a weak label does; a part's sentence ("Payments
 * module is not …"), one not of production, or a plain label ("**Note**")
 * states none. */
PRR_TEST(import_misc35__risk_label_states_not_ready)
{
	static const struct {
		const char *item;
		bool verdict;
	} cases[] = {
		{ "- **HIGH RISK**: Site is not production-ready", true },
		{ "- **Critical risk:** The platform is not ready for production.", true },
		{ "- **HIGH RISK**: Payments module is not production-ready", false },
		{ "- **HIGH RISK**: Site is not ready for the demo", false },
		{ "- **NOTE**: Site is not production-ready", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		char doc[512];
		snprintf(doc, sizeof doc,
			 "# Site Readiness Assessment\n\n**Date:** 2025-08-13\n\n"
			 "## Notes\n\n**Risk Assessment:**\n%s\n"
			 "- **RECOMMENDATION**: Focus on Phase 1-3 first\n",
			 cases[i].item);
		prr_review *r = md_text(doc, &d);
		CHECK(r && (r->level == PRR_LEVEL_NOT_READY) == cases[i].verdict);
		CHECK(r && (r->level == PRR_LEVEL_UNKNOWN) == !cases[i].verdict);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "| Time | Task | Owner | Status |" of "**08:00**", each with a status:
 * its milestones are named by their task beside the time, not "08:00";
 * a row with no time ("| | - Send email | | |") goes on with the one
 * above, no milestone. */
PRR_TEST(import_misc35__clock_rows_named_by_task)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch Readiness\n\n## Launch Day Plan\n\n"
		"| Time | Task | Owner | Status |\n|---|---|---|---|\n"
		"| **08:00** | Team standup - final check | All | \xE2\x8F\xB3 Pending |\n"
		"| **09:00** | Deploy Portal to production | DevOps | \xE2\x8F\xB3 Pending |\n"
		"| | - Send email to subscribers | | |\n"
		"| **14:00-17:00** | **Active Monitoring Period** | All | \xE2\x8F\xB3 Pending |\n",
		&d);
	CHECK(r && r->n_milestones == 3);
	if (r && r->n_milestones == 3) {
		CHECK_STR(r->milestones[0].name, "Team standup - final check");
		CHECK_STR(r->milestones[2].name, "Active Monitoring Period");
		CHECK(!r->milestones[0].done);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
