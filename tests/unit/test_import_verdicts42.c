/* test_import_verdicts42.c - the review's verdict (status level and
 * text) in documents written by other teams (round 42): each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

/* A title that names a readiness review or report is the KIND of
 * document, no verdict, in Chinese as in English: "生产就绪性审查报告"
 * ("production-readiness review report"; 就绪性 is the noun "readiness")
 * is not "就绪" (ready). */
PRR_TEST(import_verdicts42__readiness_noun_title_is_no_verdict)
{
	static const struct md_want w[] = {
		{ "# 订单服务 - 生产就绪性审查报告\n\n**审查日期**: 2024-03-01\n\n"
		  "正文。\n", PRR_LEVEL_UNKNOWN, NULL },
		{ "# 订单服务 - 生产就绪报告\n\n正文。\n", PRR_LEVEL_UNKNOWN, NULL },
		{ "# 订单服务 - 生产就緒性評估\n\n正文。\n", PRR_LEVEL_UNKNOWN, NULL },
		/* a verdict after the noun is still read */
		{ "# 订单服务\n\n**结论**: 生产就绪性：已就绪\n", PRR_LEVEL_READY,
		  "已就绪" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* A readiness asked in one adjective and answered yes or no is the
 * review's verdict, as "Ready to ship: **NO**" is: "## Shippable:
 * **NO**" (a heading too), "**Shippable:** NO", "Deployable: No". */
PRR_TEST(import_verdicts42__shippable_answered)
{
	static const struct md_want w[] = {
		{ "# Production Review: Ledger\n\nDate: 2026-02-01\n\n## Shippable: **NO**\n\n"
		  "## Blocking Issues\n\nText.\n", PRR_LEVEL_NOT_READY, "Shippable: NO" },
		{ "# Production Review: Ledger\n\n**Shippable:** NO\n\n## Blocking Issues\n\n"
		  "Text.\n", PRR_LEVEL_NOT_READY, "Shippable: NO" },
		{ "# Production Review: Ledger\n\nShippable: YES\n\n## Notes\n\nText.\n",
		  PRR_LEVEL_READY, "Shippable: YES" },
		{ "# Production Review: Ledger\n\n**Deployable:** No\n\n## Notes\n\nText.\n",
		  PRR_LEVEL_NOT_READY, "Deployable: No" },
		/* no yes or no: no verdict */
		{ "# Production Review: Ledger\n\n## Shippable: Maybe\n\n## Notes\n\nText.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* A readiness followed at once by "after" or "once" is readiness on a
 * condition ("Ready for launch after Stripe configuration", as "Ready
 * once …" is): partial.  "Approved after review" tells what was done.
 * As the document's last line under a head banner of ready as strong
 * ("## Pre-Launch Status: ✅ PRODUCTION READY" … "**Status:** Ready for
 * launch after Stripe configuration ✅"), it narrows the banner. */
PRR_TEST(import_verdicts42__ready_after_a_step_is_partial)
{
	static const struct md_want w[] = {
		{ "# Shop Launch Checklist\n\n## Pre-Launch Status: \xE2\x9C\x85 PRODUCTION READY\n\n"
		  "**Last Updated:** October 16, 2025\n\n## Launch Readiness: 95%\n\n"
		  "### Blocking Issues (Must Fix):\n- \xE2\x9D\x8C Stripe API keys not configured\n\n"
		  "**Status:** Ready for launch after Stripe configuration \xE2\x9C\x85\n",
		  PRR_LEVEL_PARTIAL, "Ready for launch after Stripe configuration" },
		/* (after a rule, a line after it) */
		{ "# Shop Launch Checklist\n\n## Pre-Launch Status: \xE2\x9C\x85 PRODUCTION READY\n\n"
		  "Text.\n\n## Blocking Issues\n\n- Stripe API keys not configured\n\n---\n\n"
		  "**Status:** Ready for launch after Stripe configuration\n"
		  "**Next Action:** Add Stripe credentials\n",
		  PRR_LEVEL_PARTIAL, "Ready for launch after Stripe configuration" },
		{ "# Shop\n\n## Summary\n\nText.\n\n**Status:** Ready for launch once Stripe "
		  "is configured\n", PRR_LEVEL_PARTIAL, "once Stripe" },
		{ "# Shop\n\n## Decision\n\n**Decision:** Approved after review by the board\n",
		  PRR_LEVEL_READY, "Approved" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}
