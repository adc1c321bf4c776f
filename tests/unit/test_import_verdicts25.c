/* test_import_verdicts25.c - verdicts misread in review documents written
 * by other teams (realdocs, newdocs34-36): an example's keys, a heading
 * that is a verdict alone, a title, bare answers, a go for a part or for
 * another environment than production.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_verdict.h"

/* A code block under an example's lead-in ("For example:", "Example
 * output:", "(example output from a laptop):") is no section's state:
 * its "status: passed" or "result: passed" states no verdict, as its
 * "verdict:" does not. */
PRR_TEST(import_verdicts25__example_status_key_is_no_verdict)
{
	static const struct md_want w[] = {
		{ "# Cutover readiness\n\n## Notes\n\nFor example:\n\n"
		  "```json\n{\"status\": \"passed\"}\n```\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Cutover readiness\n\n## Notes\n\nExample output:\n\n"
		  "```\nstatus: passed\n```\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Cutover readiness\n\n## Notes\n\nThe deploy log (example output "
		  "from a laptop):\n\n```\nstatus: passed\n```\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Cutover readiness\n\n## Notes\n\nFor example:\n\n"
		  "```\nresult: passed\n```\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* A heading that is a verdict alone is the verdict as the document's
 * first section ("# Cutover readiness" then "## NOT READY") or under a
 * title that decides ("# Production readiness verdict"), as under
 * "Recommendation"; a code block's example below it states nothing. */
PRR_TEST(import_verdicts25__first_section_verdict_heading)
{
	static const struct md_want w[] = {
		{ "# Production readiness verdict\n\n## NOT READY\n\n"
		  "Production traffic stays on the legacy runtime until every P0 "
		  "item is closed.\n",
		  PRR_LEVEL_NOT_READY, "NOT READY" },
		{ "# Cutover readiness\n\n## NOT READY\n\n"
		  "Production traffic stays on the legacy runtime until every P0 "
		  "item is closed.\n",
		  PRR_LEVEL_NOT_READY, "NOT READY" },
		{ "# Production readiness verdict\n\n## NOT READY\n\n"
		  "Production traffic stays on the legacy runtime.\n\n"
		  "Write one JSON file per section, for\nexample:\n\n"
		  "```json\n{\"status\":\"passed\",\"environment\":\"staging\"}\n```\n",
		  PRR_LEVEL_NOT_READY, "NOT READY" },
		/* (a later section's is a part's: "## Ready" lists) */
		{ "# Cutover readiness\n\n## Scope\n\nThe queue.\n\n## Ready\n\n"
		  "- the queue\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* Spanish "reporte" is a report, no verdict word (French "reporté",
 * postponed, is one): "# Reporte de Preparación para Producción" states
 * none. */
PRR_TEST(import_verdicts25__reporte_is_a_report)
{
	static const struct md_want w[] = {
		{ "# Reporte de Preparaci\xC3\xB3n para Producci\xC3\xB3n - Echo\n\n"
		  "**Fecha:** 2025-11-19\n\nTexto.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Revue\n\n**D\xC3\xA9" "cision :** report\xC3\xA9" "e au 12 mars.\n",
		  PRR_LEVEL_NOT_READY, "report" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* A heading of the verdict ("## Final verdict", "## 🎯 **VEREDICTO
 * FINAL**") asks whether the review is ready: a yes or a no alone under
 * it, in bold or not, answers ("**YES** ✅", "**SÍ, AHORA SÍ** ✅"); so
 * does one under a heading that asks it ("### Is it ready for
 * production?" then "**YES, NOW IT IS** ✅"); a line in bold between
 * icons is read as its bold ("🎉 **Echo is ready for production!** 🎉"). */
PRR_TEST(import_verdicts25__bare_answer_under_verdict_heading)
{
	static const struct md_want w[] = {
		{ "# Echo\n\nDate: 2025-11-19\n\n## Final verdict\n\n**YES** \xE2\x9C\x85\n",
		  PRR_LEVEL_READY, "YES" },
		{ "# Echo\n\nFecha: 2025-11-19\n\n## \xF0\x9F\x8E\xAF **VEREDICTO FINAL**\n\n"
		  "**S\xC3\x8D, AHORA S\xC3\x8D** \xE2\x9C\x85\n",
		  PRR_LEVEL_READY, "AHORA" },
		{ "# Echo\n\nDate: 2025-11-19\n\n## Final verdict\n\nNo.\n",
		  PRR_LEVEL_NOT_READY, "No" },
		{ "# Echo\n\nDate: 2025-11-19\n\n## Final verdict\n\n### Is it ready for "
		  "production?\n\n**YES, NOW IT IS** \xE2\x9C\x85 (before it was NOT ready)\n",
		  PRR_LEVEL_READY, "NOW IT IS" },
		{ "# Echo\n\nDate: 2025-11-19\n\n\xF0\x9F\x8E\x89 **Echo Music Server is "
		  "ready for production!** \xF0\x9F\x8E\x89\n",
		  PRR_LEVEL_READY, "Echo Music Server is ready for production!" },
		/* (a word that is no yes: "Yesterday's run …") */
		{ "# Echo\n\nDate: 2025-11-19\n\n## Final verdict\n\n"
		  "Yesterday's run was clean.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* The answers a review offers ("Answers are **Yes / No / Partial /
 * N/A**.") are a choice, none made: the verdict is the Outcome's. */
PRR_TEST(import_verdicts25__answers_offered_are_no_verdict)
{
	static const struct md_want w[] = {
		{ "# Operational Readiness Review \xE2\x80\x94 checkout-orders\n\n"
		  "ORR session: 17 March 2026\n\nAnswers were given by the service team "
		  "in the session. Answers are **Yes / No / Partial / N/A**.\n\n"
		  "## Outcome\n\n**Approved with conditions** for the EU launch on "
		  "2026-04-07: the two \"No\" answers in\nsection 4 must be closed "
		  "before traffic moves.\n",
		  PRR_LEVEL_PARTIAL, "Approved with conditions" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	CHECK_INT(prr_rec_verdict("Yes / No / Partial / N/A", 24, NULL, NULL),
		  PRR_LEVEL_UNKNOWN);
	CHECK_INT(prr_rec_verdict("Production ready? No", 20, NULL, NULL),
		  PRR_LEVEL_NOT_READY);
}

/* "Not recommended for go-live" (for launch, for release) is a refusal
 * as "not recommended for production" is; "NOT RECOMMENDED" alone in its
 * clause too, not "A single AZ is not recommended." */
PRR_TEST(import_verdicts25__not_recommended_for_go_live)
{
	static const struct md_want w[] = {
		{ "# CareLink Telehealth \xE2\x80\x94 Pen Test Retest and Go-Live "
		  "Recommendation\n\n"
		  "**Issued:** 24 April 2026\n\n> **Not recommended for go-live** on "
		  "4 May 2026 while SEC-07 remains open.\n",
		  PRR_LEVEL_NOT_READY, "Not recommended for go-live" },
		{ "# CareLink\n\n**Verdict:** Not recommended for go-live.\n",
		  PRR_LEVEL_NOT_READY, "Not recommended" },
		{ "# CareLink\n\n**Verdict:** NOT RECOMMENDED\n",
		  PRR_LEVEL_NOT_READY, "NOT RECOMMENDED" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	const char *az = "A single AZ is not recommended.";
	CHECK_INT(prr_rec_verdict(az, strlen(az), NULL, NULL), PRR_LEVEL_UNKNOWN);
}

/* For a production readiness review, a go for an environment short of
 * production (staging, test, QA, dev, sandbox, UAT, demo) beside a
 * refusal of production is not ready: nothing goes to production.  A go
 * for a part of production (a pilot, beta, a share, a region) beside it
 * stays partial. */
PRR_TEST(import_verdicts25__go_for_staging_is_not_production)
{
#define RECO(s) "# SmartQueue production readiness\n\nDate: 2026-01-10\n\n" \
	"## Recommendation\n\n" s "\n"
	static const struct md_want w[] = {
		{ RECO("**SmartQueue is ready for staging, not production.**"),
		  PRR_LEVEL_NOT_READY, "ready for staging, not production" },
		{ RECO("**SmartQueue est pr\xC3\xAAt pour une d\xC3\xA9mo, pas encore pour "
		       "la production.**"),
		  PRR_LEVEL_NOT_READY, "pas encore pour la production" },
		{ RECO("GO for staging, NO-GO for production."),
		  PRR_LEVEL_NOT_READY, "GO for staging" },
		{ RECO("**SmartQueue is ready for beta, not production.**"),
		  PRR_LEVEL_PARTIAL, "ready for beta" },
		{ RECO("**Ready for beta, not yet for GA.**"),
		  PRR_LEVEL_PARTIAL, "not yet for GA" },
	};
#undef RECO
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* A go for a share of the traffic ("Ship to 10% of traffic", as "GO for
 * 10%") is partial, beside a refusal of the whole too ("Not ready for
 * 100%."); a comparison in the condition a refusal waits on ("until …
 * diff is under 2%") is no threshold of a scale of levels. */
PRR_TEST(import_verdicts25__ship_to_a_share_is_partial)
{
#define TLDR(s) "# Catalog Search v4 \xE2\x80\x94 Production Readiness\n\n" \
	"Reviewed on May 4th, 2026.\n\n" s "\n"
	static const struct md_want w[] = {
		{ TLDR("TL;DR: **Ship to 10% of traffic.** Not ready for 100%."),
		  PRR_LEVEL_PARTIAL, "Ship to 10% of traffic." },
		{ TLDR("TL;DR: **Ship to 10% of traffic.**"),
		  PRR_LEVEL_PARTIAL, "Ship to 10% of traffic." },
		{ TLDR("> TL;DR \xE2\x80\x94 **Ship to 10% of traffic on May 12th.** Not "
		       "ready for 100% until\n> the two P0s are closed and diff is "
		       "under 2%."),
		  PRR_LEVEL_PARTIAL, "Ship to 10% of traffic" },
	};
#undef TLDR
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	/* (a scale stays one) */
	const char *sc = "ready at \xE2\x89\xA5 4.0, partial at 3.0\xE2\x80\x93" "3.9, "
			 "not ready below 3.0";
	CHECK_INT(prr_rec_verdict(sc, strlen(sc), NULL, NULL), PRR_LEVEL_UNKNOWN);
	const char *all = "Ship to 100% of traffic.";
	CHECK_INT(prr_rec_verdict(all, strlen(all), NULL, NULL), PRR_LEVEL_READY);
}

/* Parts that go beside a part that does not is partial: "iOS and
 * Android 4.0.0 go to GA on …" (a version's number counts no votes)
 * then "The React Native wrapper 4.0.0 is **not ready** for GA"; "We
 * are going ahead with the **pilot fleet …**" then "The **full-fleet
 * rollout is not ready**", a part's refusal in bold read in its
 * paragraph. */
PRR_TEST(import_verdicts25__parts_go_beside_a_part_refused)
{
	static const struct md_want w[] = {
		{ "# Checkout SDK 4.0 \xE2\x80\x94 Release Readiness\n\nReview date: "
		  "2026-08-12\n\n## Decision\n\n**iOS and Android 4.0.0 go to GA on "
		  "2026-08-18.** The React Native wrapper 4.0.0 is\n**not ready** for GA: "
		  "it ships as a beta until the alias is restored.\n",
		  PRR_LEVEL_PARTIAL, "go to GA" },
		{ "# Telemetry ingest FMEA\n\nFMEA workshop: 19 February 2026\n\n"
		  "## Conclusion\n\nThe ingest path itself is in good shape. We are "
		  "going ahead with the **pilot fleet of 380\nvehicles from 2 March "
		  "2026**, where staleness does not bite. The **full-fleet rollout is "
		  "not\nready** and stays on hold until FLT-431 lands.\n",
		  PRR_LEVEL_PARTIAL, "We are going ahead with the pilot fleet" },
		/* (the whole refused beside nothing that goes stays so) */
		{ "# Telemetry ingest FMEA\n\nFMEA workshop: 19 February 2026\n\n"
		  "## Conclusion\n\nThe ingest path itself is in good shape. The "
		  "**rollout is not\nready** and stays on hold until FLT-431 lands.\n",
		  PRR_LEVEL_NOT_READY, "not ready" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	const char *tally = "Result: 5 Go, 1 No-Go";
	CHECK_INT(prr_rec_verdict(tally, strlen(tally), NULL, NULL), PRR_LEVEL_UNKNOWN);
}

/* Follow-ups said to be tracked are work after the launch, no condition
 * of it: "ready for production …, with the two follow-ups above tracked
 * in the squad's board" is ready ("with two follow-ups" alone stays
 * partial). */
PRR_TEST(import_verdicts25__follow_ups_tracked_are_no_condition)
{
	static const struct md_want w[] = {
		{ "# Relay \xE2\x80\x94 production readiness sign-off\n\nReview held "
		  "9 September 2026.\n\n## Verdict\n\nAll Tier 1 and Tier 2 bars are met. "
		  "**Relay is ready for production** on 2026-09-21, with the\ntwo "
		  "follow-ups above tracked in the squad's board.\n",
		  PRR_LEVEL_READY, "ready for production" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	const char *with = "Ready, with two follow-ups.";
	CHECK_INT(prr_rec_verdict(with, strlen(with), NULL, NULL), PRR_LEVEL_PARTIAL);
}

/* Verdicts in prose: the writer's answer to the question asked ("So my
 * answer to the question we were asked, …, is no: we are not ready to do
 * that"; "not ready to" refuses, where "ready to fix" is willing); a
 * sign-off of stages ("The LCE signs off the **1% and 10% stages**."),
 * a go for shares; "suitable for production once Finding 2 is
 * remediated", a go on a condition (an issue named by its kind and
 * number, as by its ID).  A verdict said to hold now in a part's section
 * ("### Finding 2" … "(SVGs now rejected by extension)") replaces none. */
PRR_TEST(import_verdicts25__verdicts_in_prose)
{
	static const struct md_want w[] = {
		{ "# Ledger Export v2: where we are\n\n*Written by Aoife Gallagher after "
		  "the readiness walkthrough on Thursday 17 September 2026.*\n\n"
		  "The job itself is solid. What is not in place is the delivery side. "
		  "So my answer to the\nquestion we were asked, whether we can switch "
		  "all merchants to v2 on 1 October as planned,\nis no: we are not ready "
		  "to do that, and I would rather say so now than on 30 September.\n"
		  "What we can do is switch the Nordics pilot merchants on 1 October "
		  "for SFTP only.\n",
		  PRR_LEVEL_NOT_READY, "So my answer to the question" },
		{ "# Launch checklist: Query Suggest v2\n\nReviewed on 4 February 2026.\n\n"
		  "## Launch decision\n\nThe LCE signs off the **1% and 10% stages**. "
		  "Moving past 10% waits on the two open\ncapacity items (C3, C5) and "
		  "the rollback item R4.\n\n## Architecture\n\n- [x] A1. Design doc "
		  "approved\n",
		  PRR_LEVEL_PARTIAL, "signs off the 1% and 10% stages" },
		{ "# Portal \xE2\x80\x94 Pre-Production Security Assessment\n\n"
		  "**Report date:** 20 March 2026\n\n**Overall residual risk: Medium.**\n\n"
		  "**Assessor's opinion:** the portal is **suitable for production once "
		  "Finding 2\nis remediated and retested**. We do not consider the "
		  "remaining items\nlaunch-blocking.\n\n## Findings\n\n### Finding 2: "
		  "Stored XSS\n\n**Retest:** marked remediated on 16 March (SVGs now "
		  "rejected by\nextension). Reopened.\n",
		  PRR_LEVEL_PARTIAL, "suitable for production once Finding 2" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	static const char *const none[] = { "We are ready to fix the blockers.",
		"The service was tested once Item 3 of the plan was done." };
	CHECK_INT(prr_rec_verdict(none[0], strlen(none[0]), NULL, NULL), PRR_LEVEL_UNKNOWN);
	CHECK_INT(prr_rec_verdict(none[1], strlen(none[1]), NULL, NULL), PRR_LEVEL_UNKNOWN);
}

/* A heading that is a status label alone ("## Status") is answered by
 * its first line, as a "Status:" label is ("The backend is production
 * ready."); a readiness label's value that opens with a mark, its words
 * stating no level, states the mark's ("**Overall Readiness**: 🟡
 * **Good Foundation, Needs Enhancement**" partial, as a bare 🟡 is). */
PRR_TEST(import_verdicts25__status_heading_and_readiness_mark)
{
	static const struct md_want w[] = {
		{ "# Production Readiness\n\n## Status\nThe backend is production ready.\n",
		  PRR_LEVEL_READY, "The backend is production ready." },
		{ "# Production Readiness Assessment\n\n**Project**: adblock-compiler\n"
		  "**Assessment Date**: 2026-02-11\n\n## Executive Summary\n\nThe "
		  "codebase has strong fundamentals, but several gaps should be "
		  "addressed.\n\n**Overall Readiness**: \xF0\x9F\x9F\xA1 **Good "
		  "Foundation, Needs Enhancement**\n",
		  PRR_LEVEL_PARTIAL, "Good Foundation" },
		/* (a status's mark is no readiness: "🟢 On track", its
		 * words kept, no level) */
		{ "# Payments\n\n## Plan\n\nText.\n\n**Status:** \xF0\x9F\x9F\xA2 On track\n",
		  PRR_LEVEL_UNKNOWN, "On track" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* Two "Status:" fields as strong that differ, the later in a section of
 * its own ("**Status:** ✅ Ready for Production" at the top, "**Status:**
 * ✅ **PRODUCTION-READY** (with noted limitations)" after "---" at the
 * end): the first is read, the other said in a warning. */
PRR_TEST(import_verdicts25__two_status_fields_warned)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Readiness checklist\n\n**Project:** Prediction API\n"
				"**Status:** \xE2\x9C\x85 Ready for Production\n\n## Known "
				"limitations\n\n- Frontend not built yet.\n\n---\n\n"
				"**Status:** \xE2\x9C\x85 **PRODUCTION-READY** (with noted "
				"limitations)\n", &d);
	CHECK(r && r->level == PRR_LEVEL_READY);
	CHECK(md_said(&d, "states another verdict than line 4's"));
	prr_review_free(r);
	prr_diags_free(&d);
}
