/* test_import_verdicts34.c - verdicts and dates misread in real review
 * documents (realdocs11, realdocs12): a go for a demonstration beside a
 * refusal of production, the levels a method offers, a conditional go
 * whose refusal is its condition, a soft launch's go beside a hard
 * launch's refusal, a status line dated first, a review's day after its
 * verb, a day written with non-breaking hyphens.  Each case failed before
 * its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"
#include "prr/rec_date.h"
#include "prr/rec_verdict.h"

static prr_level verdict_of(const char *s)
{
	return prr_rec_verdict(s, strlen(s), NULL, NULL);
}

/* A go for a demonstration is a go for an environment short of
 * production: beside a refusal of production it is not ready, in a
 * "Status:" whose level the dash would otherwise end ("Ready for
 * Demonstration - Not Ready for Production Deployment"). */
PRR_TEST(import_verdicts34__demonstration_short_of_production)
{
	static const struct md_want w[] = {
		{ "# Support MVP go-live note\nDate: 2026-02-01\n"
		  "Status: Ready for Demonstration - Not Ready for Production Deployment\n\n"
		  "## Go-Live Verdict\nThe MVP is ready for demonstration, but not for "
		  "production deployment.\n",
		  PRR_LEVEL_NOT_READY, "Not Ready for Production" },
		/* (a level said first, then why, still reads so) */
		{ "# Review\nDate: 2026-02-01\nStatus: GO - blockers from last week fixed\n",
		  PRR_LEVEL_READY, "GO - blockers" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	CHECK(verdict_of("The MVP is ready for demonstration, but not for production "
			 "deployment.") == PRR_LEVEL_NOT_READY);
	CHECK(verdict_of("Ready for demonstrations, not ready for production.") ==
	      PRR_LEVEL_NOT_READY);
	/* (alone too, as "Ready for staging" is: a go for a demo only) */
	CHECK(verdict_of("Ready for Demonstration") == PRR_LEVEL_NOT_READY);
}

/* Levels offered joined by "or", each a verdict alone in its clause (or
 * beside one word in capitals), are a method's or a template's: no
 * verdict ("Binary per capability (ALLOWED or BLOCKED). Partial readiness
 * is not allowed.", "**FINAL DECISION**: GO or NO-GO"); the final
 * declaration states it. */
PRR_TEST(import_verdicts34__levels_offered_with_or_state_none)
{
	static const struct md_want w[] = {
		{ "# Readiness\n**Date**: 2026-01-10\n**Readiness Assessment**: Binary "
		  "per capability (ALLOWED or BLOCKED). Partial readiness is not "
		  "allowed.\n\n## Final Declaration\n**FINAL DECLARATION**: **GO**\n",
		  PRR_LEVEL_READY, "GO" },
		{ "# Readiness\n**Date**: 2026-01-10\n**Readiness Assessment**: Binary "
		  "per capability (ALLOWED or BLOCKED).\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	CHECK(verdict_of("GO or NO-GO") == PRR_LEVEL_UNKNOWN);
	CHECK(verdict_of("**GO** or **NO-GO**") == PRR_LEVEL_UNKNOWN);
	CHECK(verdict_of("READY or NOT READY") == PRR_LEVEL_UNKNOWN);
	/* (not a sentence that names them, nor levels alike) */
	CHECK(verdict_of("We decide GO or NO-GO on Friday. Today it is NOT READY.") ==
	      PRR_LEVEL_NOT_READY);
	CHECK(verdict_of("APPROVED or READY") == PRR_LEVEL_READY);

	/* an unfilled choice in a checklist states no other verdict */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Launch Readiness\n\n**Last Updated**: February 17, 2026\n\n"
				"**Launch Recommendation**: **GO - All Apps Ready**\n\n"
				"## Final Checks\n\n- [ ] **Go/No-Go Meeting**\n"
				"  - [ ] Review all checklist items\n"
				"  - [ ] **FINAL DECISION**: GO or NO-GO\n", &d);
	CHECK(r && r->level == PRR_LEVEL_READY);
	CHECK(!md_said(&d, "states another verdict"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A conditional go beside a refusal "until" a condition: the refusal is
 * the go's condition, partial ("**Conditional go.** … Publication stays
 * blocked until every gate below passes."); a refusal "until" alone is
 * still one. */
PRR_TEST(import_verdicts34__conditional_go_blocked_until)
{
	static const struct md_want w[] = {
		{ "# Release readiness\n\nDate: 2026-05-01\n\n## Decision\n\n"
		  "**Conditional go.** The build may enter release CI. Publication "
		  "stays blocked until every gate below passes.\n",
		  PRR_LEVEL_PARTIAL, "Conditional go" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	CHECK(verdict_of("NO-GO until MRL-88 is fixed.") == PRR_LEVEL_NOT_READY);
	CHECK(verdict_of("Conditional GO. Blocked until X. Android is NO-GO.") ==
	      PRR_LEVEL_NOT_READY);
}

/* A go for an early stage of launch beside a refusal of a later one,
 * each named first in its clause, is partial: "Soft-launch ready.
 * Hard-launch not yet ready." */
PRR_TEST(import_verdicts34__soft_launch_go_hard_launch_refused)
{
	static const struct md_want w[] = {
		{ "# Go-Live Readiness Assessment\n\n> **Verdict: Soft-launch ready. "
		  "Hard-launch not yet ready.**\n>\n> Date of assessment: **2026-05-10**\n",
		  PRR_LEVEL_PARTIAL, "Soft-launch ready" },
	};
	md_check_verdicts(md_undated, w, sizeof w / sizeof w[0]);
	CHECK(verdict_of("Soft launch is ready. Hard launch is not ready.") ==
	      PRR_LEVEL_PARTIAL);
	CHECK(verdict_of("Beta ready, GA not ready.") == PRR_LEVEL_PARTIAL);
	CHECK(verdict_of("Hard-launch not yet ready.") == PRR_LEVEL_NOT_READY);
	CHECK(verdict_of("Production not ready.") == PRR_LEVEL_NOT_READY);
}

/* "_Status as of 2026-10-08. The MVP is built; the product is **not yet
 * launch-ready**. …_": the status line's day dates the review, and its
 * next sentence is its value, as a "Status:" label's. */
PRR_TEST(import_verdicts34__status_as_of_its_day)
{
	static const char doc[] =
		"# Shop \xE2\x80\x94 Launch Readiness\n\n_Status as of 2026-10-08. The MVP "
		"is built; the product is **not yet launch-ready**. This file lists what "
		"still blocks a launch._\n\n## Launch blockers\n\n| # | Blocker |\n|---|---|\n"
		"| B1 | **Custom SMTP** |\n";
	char out[16];
	CHECK_STR(md_date(md_undated, doc, out), "2026-10-08");
	static const struct md_want w[] = {
		{ doc, PRR_LEVEL_NOT_READY, "not yet launch-ready" },
	};
	md_check_verdicts(md_undated, w, sizeof w / sizeof w[0]);
	CHECK(verdict_of("the product is launch-ready") == PRR_LEVEL_READY);
}

/* "Status reviewed against source and configuration on 2026-06-24.": a
 * review's verb and what it was held against date the review. */
PRR_TEST(import_verdicts34__status_reviewed_against_on_its_day)
{
	char out[16];
	CHECK_STR(md_date(md_undated,
			  "# Launch Readiness\n\nStatus reviewed against source and "
			  "configuration on 2026-06-24.\n\n## P1\n\n- Add traces.\n", out),
		  "2026-06-24");
}

/* A day written with hyphens a reader cannot tell from '-' (U+2010 …
 * U+2013: "2026‑08‑30" with non-breaking hyphens) is read as with '-'. */
PRR_TEST(import_verdicts34__day_with_unicode_hyphens)
{
	char out[16];
	CHECK_STR(md_date(md_undated,
			  "# Go\xE2\x80\x91Live Readiness\n\n## Assessment \xE2\x80\x94 "
			  "2026\xE2\x80\x91" "08\xE2\x80\x91" "30\n\nText.\n", out),
		  "2026-08-30");
	static const char *const days[] = {
		"2026\xE2\x80\x90" "08\xE2\x80\x90" "30",
		"2026\xE2\x80\x92" "08\xE2\x80\x92" "30",
		"2026\xE2\x80\x93" "08\xE2\x80\x93" "30",
		"30\xE2\x80\x91" "08\xE2\x80\x91" "2026",
	};
	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
		prr_date_hit h;
		CHECK(prr_rec_date_find(days[i], strlen(days[i]), &h) &&
		      strcmp(h.date, "2026-08-30") == 0);
	}
}
