/* test_import_verdicts22.c - verdicts misread in review documents written
 * by other teams (round 35): a later verdict that replaces the first, a
 * criterion or a counterfactual read as the verdict, a readiness for a
 * phase or a part only.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_verdict.h"

/* A sentence that says the verdict is downgraded, upgraded, revised or
 * changed to a level states the level that holds now, and replaces the
 * verdict read before it. */
PRR_TEST(import_verdicts22__verdict_downgraded_to_replaces)
{
	static const struct md_want w[] = {
		{ "# Pelican \xE2\x80\x94 PRR\n\n**Date:** 2026-07-08\n\n"
		  "## Executive summary\n\n**Verdict:** READY.\n\n## 5. Load test\n\n"
		  "After the load test the verdict is downgraded to **CONDITIONAL GO**.\n",
		  PRR_LEVEL_PARTIAL, "downgraded to CONDITIONAL GO" },
		{ "# Pelican \xE2\x80\x94 PRR\n\n**Date:** 2026-07-08\n\n"
		  "**Verdict:** CONDITIONAL GO.\n\n## Re-test\n\n"
		  "With CO-131 fixed the verdict is upgraded to **GO**.\n",
		  PRR_LEVEL_READY, "upgraded to GO" },
	};
	md_check_verdicts(md_undated, w, sizeof w / sizeof w[0]);
}

/* A verdict word that names a criterion ("the READY bar") is no
 * verdict; a verdict only imagined ("We would have called this
 * **READY** had …") is none either. */
PRR_TEST(import_verdicts22__criterion_and_counterfactual_state_none)
{
	static const struct md_want w[] = {
		{ "# Kestrel Notify \xE2\x80\x94 PRR\n\n**Review date:** 2026-02-19\n\n"
		  "## Decision\n\nAll nine P0 checks pass. Four P1 checks are open, "
		  "which is above the two the READY bar allows.\n\n"
		  "**Outcome: CONDITIONALLY READY.** Go-live may proceed once each "
		  "open P1 has an owner.\n",
		  PRR_LEVEL_PARTIAL, "CONDITIONALLY READY" },
		{ "# ledger-export \xE2\x80\x94 Go/No-Go\n\n**Date:** 2026-04-14\n\n"
		  "## Decision\n\nWe would have called this **READY** had the restore "
		  "drill finished inside the RTO.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	md_check_verdicts(md_undated, w, sizeof w / sizeof w[0]);
	size_t at, len;
	static const char s[] = "We would not have called it ready.";
	CHECK_INT(prr_rec_verdict(s, sizeof s - 1, &at, &len), PRR_LEVEL_UNKNOWN);
}

/* A heading that revises the verdict ("### Revised verdict", "## Final
 * decision") or a sentence that says it supersedes it opens a revision:
 * the first verdict stated after it in its section replaces the one read
 * before it; outside its section it replaces nothing. */
PRR_TEST(import_verdicts22__revised_verdict_replaces)
{
	static const struct md_want w[] = {
		{ "# Pelican \xE2\x80\x94 Readiness Assessment\n\n"
		  "**Assessment date:** 2026-07-08\n\n## 1. Executive summary\n\n"
		  "**Verdict: READY for the 2026-07-20 launch.**\n\n"
		  "## 5. Load test and revised verdict\n\n"
		  "The connection pool was exhausted from minute 38.\n\n"
		  "### Revised verdict\n\n"
		  "This supersedes the verdict in \xC2\xA7" "1, which was written "
		  "before the load test.\n\n"
		  "**CONDITIONAL GO** \xE2\x80\x94 the 10 % launch may go ahead, because "
		  "10 % of the load is well\ninside what the test sustained. The step "
		  "to 100 % needs CO-131 fixed.\n",
		  PRR_LEVEL_PARTIAL, "well inside what the test sustained." },
		{ "# Pelican \xE2\x80\x94 PRR\n\n**Date:** 2026-07-08\n\n"
		  "**Verdict:** READY.\n\n## Revised verdict\n\n"
		  "**CONDITIONAL GO** \xE2\x80\x94 10 % only until CO-131 is fixed.\n",
		  PRR_LEVEL_PARTIAL, "CONDITIONAL GO" },
		/* a sentence that supersedes, in a section of its own */
		{ "# Pelican \xE2\x80\x94 PRR\n\n**Date:** 2026-07-08\n\n"
		  "**Verdict:** READY.\n\n## 5. Load test\n\n"
		  "This supersedes the verdict above.\n\nThe launch is **NO-GO**.\n",
		  PRR_LEVEL_NOT_READY, "NO-GO" },
		/* the revision closes with its section */
		{ "# Pelican \xE2\x80\x94 PRR\n\n**Date:** 2026-07-08\n\n"
		  "**Verdict:** READY.\n\n## Revised verdict\n\nSee below.\n\n"
		  "## Payments\n\nThe PSP adapter is **not ready**.\n",
		  PRR_LEVEL_READY, "READY" },
	};
	md_check_verdicts(md_undated, w, sizeof w / sizeof w[0]);
}

/* A go for a part beside a refusal for another or for the whole is
 * split, partial, in each form ("GO for X, NO-GO for Y"; not for an
 * environment short of production, "GO for staging", not ready): "Ready for
 * beta, not ready for GA.", the verdict left out of the refusal, "ready
 * for beta, not for GA.", and "ready for the internal pilot but not for
 * general availability."  A go for a part only ("READY FOR INTERNAL
 * TENANTS ONLY", "GO for us-east-1 only") is partial too. */
#define OUTCOME(s) "# search-gateway PRR\n\n**Review meeting:** 2026-04-22\n\n" \
	"## Outcome\n\n" s "\n"
PRR_TEST(import_verdicts22__ready_for_a_part_only_is_partial)
{
	static const struct md_want w[] = {
		{ OUTCOME("search-gateway is **ready for beta, not for GA.**"),
		  PRR_LEVEL_PARTIAL, "ready for beta, not for GA." },
		{ OUTCOME("search-gateway is ready for beta, not for GA."),
		  PRR_LEVEL_PARTIAL, "not for GA" },
		{ OUTCOME("**Ready for beta, not ready for GA.**"),
		  PRR_LEVEL_PARTIAL, "not ready for GA" },
		{ OUTCOME("We are ready for the internal pilot but not for general "
			  "availability."),
		  PRR_LEVEL_PARTIAL, "internal pilot" },
		{ OUTCOME("**Status: READY FOR INTERNAL TENANTS ONLY.** No new tenants "
			  "and no GA until the skew check is done."),
		  PRR_LEVEL_PARTIAL, "INTERNAL TENANTS ONLY" },
		{ OUTCOME("Decision: GO for us-east-1 only."), PRR_LEVEL_PARTIAL,
		  "us-east-1 only" },
		{ OUTCOME("Decision: ready only for internal tenants."),
		  PRR_LEVEL_PARTIAL, "internal tenants" },
		/* (an environment short of production is no part of it: a
		 * go for staging beside a refusal of production is not
		 * ready; verdicts25) */
		{ OUTCOME("**GO for staging, NO-GO for production.** Production "
			  "stays on the VMs."),
		  PRR_LEVEL_NOT_READY, "GO for staging, NO-GO for production." },
	};
	md_check_verdicts(md_undated, w, sizeof w / sizeof w[0]);
	/* the whole, or words after the verdict's clause, limit nothing */
	static const char *const ready[] = { "Ready for production only.",
		"Approved. Not for the faint of heart.",
		"GO for iOS. Only the Android build waits for the SDK." };
	for (size_t i = 0; i < sizeof ready / sizeof ready[0]; i++)
		CHECK_INT(prr_rec_verdict(ready[i], strlen(ready[i]), NULL, NULL),
			  PRR_LEVEL_READY);
}

/* The rules a decision follows, each level with its condition ("**NOT
 * READY** — if any tier-0 check fails." beside "**READY** — if all
 * tier-0 checks pass."), two levels or more on lines side by side, state
 * no verdict; the verdict stated after them is read.  One alone is a
 * verdict on a condition. */
PRR_TEST(import_verdicts22__decision_rules_state_none)
{
#define RULES "# Lighthouse \xE2\x80\x94 PRR\n\n**Date:** 2026-08-18\n\n## Decision\n\n"
	static const struct md_want w[] = {
		{ RULES "**NOT READY** \xE2\x80\x94 if any tier-0 check fails.\n\n"
		  "**READY** \xE2\x80\x94 if all tier-0 checks pass.\n\n## Checks\n\n"
		  "- [x] Load test\n", PRR_LEVEL_UNKNOWN, NULL },
		{ RULES "**NOT READY** \xE2\x80\x94 if any tier-0 check fails.\n"
		  "**READY** \xE2\x80\x94 if all tier-0 checks pass.\n", PRR_LEVEL_UNKNOWN,
		  NULL },
		{ RULES "READY: when every check passes.\n\nCONDITIONAL GO: when only "
		  "P2 checks fail.\n\nNO-GO: when any P0 check fails.\n\n"
		  "All P0 checks pass; two P2 checks fail: **CONDITIONAL GO**.\n",
		  PRR_LEVEL_PARTIAL, "CONDITIONAL GO" },
		{ RULES "**GO** \xE2\x80\x94 if the DPIA is signed by Friday.\n",
		  PRR_LEVEL_PARTIAL, "if the DPIA is signed" },
	};
	md_check_verdicts(md_undated, w, sizeof w / sizeof w[0]);
#undef RULES
}
