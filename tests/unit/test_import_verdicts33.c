/* test_import_verdicts33.c - verdicts misread in real review documents
 * (realdocs7, realdocs10): a gate's criterion under success criteria, a
 * piece of work chosen next, a go for a stage short of production, a
 * verdict's label answered yes or no, a closing readiness line, a
 * heading answered "HIGHLY RECOMMENDED".  Each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"
#include "prr/rec_verdict.h"

/* Under a heading of success criteria (or goals, targets), a gate's
 * label whose value gives no gate's answer names what must hold to pass
 * it, a goal: "**Go/No-Go**: Fortune-500 pilot ready" is no verdict; a
 * "Go/No-Go: NO-GO" there still is one. */
PRR_TEST(import_verdicts33__gate_criterion_is_a_goal)
{
	static const struct md_want w[] = {
		{ "# Tools Readiness Review\n\n**Assessment Date**: 2026-01-24\n"
		  "**Status**: \xE2\x9A\xA0\xEF\xB8\x8F **PROTOTYPE - NOT PRODUCTION READY**\n\n"
		  "## Success Criteria\n\n### Phase 1: Production Deployment\n\n"
		  "- [ ] All P0 security issues resolved\n- [ ] Tests passing\n\n"
		  "**Timeline**: 3-6 months\n**Go/No-Go**: Fortune-500 pilot ready\n",
		  PRR_LEVEL_NOT_READY, "NOT PRODUCTION READY" },
		{ "# Review\n\nDate: 2026-01-24\n\n## Success Criteria\n\n- [x] A\n\n"
		  "**Go/No-Go**: General availability\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Review\n\nDate: 2026-01-24\n\n## Exit criteria\n\n- [x] A\n\n"
		  "**Go/No-Go**: NO-GO\n",
		  PRR_LEVEL_NOT_READY, "NO-GO" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* "Proceed with <a piece of work>" chooses the work to do next, as "Go
 * with Option 1" chooses among options: no go-ahead.  "Proceed with
 * launch" is one. */
PRR_TEST(import_verdicts33__proceed_with_work_is_no_go_ahead)
{
	static const struct md_want w[] = {
		{ "# Readiness Assessment: Telemetry vs Security\n\n**Date:** 2026-02-15\n\n"
		  "## Summary\n\n- Security gaps are **CRITICAL BLOCKERS** for production use\n\n"
		  "## \xE2\x9C\x85 Decision\n\n**Proceed with Priority 1: Security (Quick Fix)**\n\n"
		  "This unblocks production deployment once done.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Review\n\nDate: 2026-02-15\n\n**Decision:** Proceed with the fixes first.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Review\n\nDate: 2026-02-15\n\n**Decision:** Proceed with launch on Monday.\n",
		  PRR_LEVEL_READY, "Proceed with launch" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	CHECK(prr_rec_verdict("Proceed with Phase 2", 20, NULL, NULL) == PRR_LEVEL_UNKNOWN);
	CHECK(prr_rec_verdict("Proceed with launch", 19, NULL, NULL) == PRR_LEVEL_READY);
}

/* A go for a stage of a launch to some users only (alpha, beta, pilot,
 * preview) is partial, a part of production; a go for an environment
 * short of production alone (staging, UAT, a demo) is not ready, as it
 * is beside a refusal of production; "staging and production" is a go. */
PRR_TEST(import_verdicts33__go_for_a_stage_short_of_production)
{
	static const struct md_want w[] = {
		{ "# Orvixa \xE2\x80\x94 Production Readiness Audit\n\n"
		  "**Verdict up front:** well organized, but **it is not, however, ready "
		  "to be trusted with real users or real money.**\n\n"
		  "## Production Readiness Score: 35 / 100\n\n"
		  "## Launch Recommendation: **Ready for Private Alpha**\n\n"
		  "Suitable for a few trusted internal users. **Not suitable** for public beta.\n",
		  PRR_LEVEL_PARTIAL, "Private Alpha" },
		{ "# Review\n\nDate: 2026-01-10\n\n**Status:** Ready for beta\n",
		  PRR_LEVEL_PARTIAL, "Ready for beta" },
		{ "# Review\n\nDate: 2026-01-10\n\n**Status:** \xE2\x9C\x85 READY FOR STAGING DEPLOYMENT\n",
		  PRR_LEVEL_NOT_READY, "STAGING" },
		{ "# Review\n\nDate: 2026-01-10\n\n**Verdict:** Ready for staging and production\n",
		  PRR_LEVEL_READY, "staging and production" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	CHECK(prr_rec_verdict("GO for the pilot", 16, NULL, NULL) == PRR_LEVEL_PARTIAL);
	CHECK(prr_rec_verdict("GO for staging", 14, NULL, NULL) == PRR_LEVEL_NOT_READY);
	CHECK(prr_rec_verdict("Ready for beta, not for GA", 26, NULL, NULL) == PRR_LEVEL_PARTIAL);
}

/* A verdict's label answered by a yes or a no alone is that answer:
 * "Verdict: NO", "Veredicto: NO" not ready, "Verdict: YES" ready. */
PRR_TEST(import_verdicts33__verdict_label_answered_yes_or_no)
{
	static const struct md_want w[] = {
		{ "# Cloudbox Production Readiness Audit\n\n## Production Readiness Verdict\n"
		  "Verdict: NO\n\n## Appendix\n\nMore.\n",
		  PRR_LEVEL_NOT_READY, "Verdict: NO" },
		{ "# Cloudbox\n\n## Production Readiness Verdict\nVeredicto: NO\n\nRazones clave\n",
		  PRR_LEVEL_NOT_READY, "Veredicto: NO" },
		{ "# Cloudbox\n\n## Verdict\n\n**Verdict:** YES\n",
		  PRR_LEVEL_READY, "Verdict: YES" },
		/* (a RAG letter stays one) */
		{ "# Cloudbox\n\nDate: 2026-01-10\n\n**Overall RAG:** A\n",
		  PRR_LEVEL_PARTIAL, "Overall RAG: A" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* "Production readiness: NOT READY" as the document's last line is its
 * closing word, under whatever heading ("### Quick wins"); a "Status:"
 * under a part's heading stays the part's. */
PRR_TEST(import_verdicts33__closing_readiness_line)
{
	static const struct md_want w[] = {
		{ "# Cloudbox Audit\n\n## Appendix\n\n### Quick wins (Top 10)\n"
		  "1. Exempt the health ping from the rate limiter.\n\n"
		  "Production readiness: NOT READY\n\n",
		  PRR_LEVEL_NOT_READY, "NOT READY" },
		{ "# Audit\n\n## Parts\n\n### Uploader\n\nText.\n\n**Status:** Ready\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	/* hostile input: many such lines, only the last one ends the file */
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# Audit\n\n## Notes\n\n### Quick wins\n\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_adds(&b, "Production readiness: NOT READY\n\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}

/* Under a heading that closes ("## Production Deployment
 * Recommendation"), a heading that asks a readiness and answers it
 * ("### Ready for Production: ✅ **HIGHLY RECOMMENDED**", "… ✅ YES") is
 * the verdict. */
PRR_TEST(import_verdicts33__heading_answered)
{
	static const struct md_want w[] = {
		{ "# DB Optimization - Production Readiness Assessment\n\n"
		  "**Overall Production Readiness: 87% - Exceptional Achievement**\n\n"
		  "## Production Deployment Recommendation\n\n"
		  "### Ready for Production: \xE2\x9C\x85 **HIGHLY RECOMMENDED**\n\n"
		  "*Date: June 18, 2025*\n",
		  PRR_LEVEL_READY, "HIGHLY RECOMMENDED" },
		{ "# T\n\nDate: 2026-01-10\n\n## Recommendation\n\n"
		  "### Ready for Production: \xE2\x9D\x8C NO\n",
		  PRR_LEVEL_NOT_READY, "NO" },
		/* (a part's heading is its own) */
		{ "# T\n\nDate: 2026-01-10\n\n## Parts\n\n### Ready for Production: YES\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}
