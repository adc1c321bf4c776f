/* test_import_verdicts36.c - verdicts misread in round 36: a question of
 * going live answered by a yes or a no, a go on requirements still to
 * meet, and a decision's conditions after a plain go.  Each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

/* A heading that asks, yes or no, whether the system may go live now
 * ("### Q: Are we sure real money can run on this today now?") is
 * answered by a yes or a no opening the line after it, read to its first
 * sentence; a question of what to do before going live, or any other,
 * is no verdict, whatever its answer. */
PRR_TEST(import_verdicts36__go_live_question_answered)
{
	CHECK_INT(md_level("# Trading bot go-live log\n\n## Check \xE2\x80\x94 2026-05-02\n\n"
			   "### Q: Am I sure real money can go on the bot now?\n\n"
			   "**No.** The reason is not the idea, it is the state of\n"
			   "the code today.\n"), PRR_LEVEL_NOT_READY);
	CHECK_INT(md_level("# Trading bot go-live log\n\n## Check \xE2\x80\x94 2026-05-02\n\n"
			   "### Can we go live?\n\n**Yes.** Every gate passed.\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# Trading bot go-live log\n\n## Check \xE2\x80\x94 2026-05-02\n\n"
			   "### Q: Should the hosts be resized before real-money trades?\n\n"
			   "**Yes \xE2\x80\x94 for headroom, not speed.** The box is small.\n"),
		  PRR_LEVEL_UNKNOWN);
	CHECK_INT(md_level("# Trading bot go-live log\n\n## Check \xE2\x80\x94 2026-05-02\n\n"
			   "### Q: Can a public data set be bought?\n\n**No.** None fits.\n"),
		  PRR_LEVEL_UNKNOWN);
	/* (not one of what holds it back: a yes there is no go) */
	CHECK_INT(md_level("# Trading bot go-live log\n\n## Check \xE2\x80\x94 2026-05-02\n\n"
			   "### Is the launch blocked?\n\n**Yes.** By the audit.\n"),
		  PRR_LEVEL_UNKNOWN);
}

/* "READY (with rollout requirements)": a go on requirements still to
 * meet is conditional, partial; requirements met, or what it needs to
 * run ("with minimal resource requirements"), are no condition. */
PRR_TEST(import_verdicts36__a_go_with_requirements)
{
	CHECK_INT(md_level("# Router review\n\n**Status: \xE2\x9C\x85 PRODUCTION READY "
			   "(with rollout requirements)**\n\n## Scope\n\nThe router.\n"),
		  PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# Router review\n\n**Status: GO with all requirements "
			   "met**\n\n## Scope\n\nThe router.\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# Router review\n\n## Conclusion\n\nThe router is "
			   "production-ready for 500 users with minimal resource "
			   "requirements and fast responses.\n"),
		  PRR_LEVEL_READY);
}

/* "**Status:** READY" near the top, then under "### Rollout
 * Recommendation" "**APPROVED FOR PRODUCTION** with these conditions:"
 * over the list of them: the go is conditional, partial. */
PRR_TEST(import_verdicts36__conditions_after_a_plain_go)
{
	CHECK_INT(md_level("# Ledger review\n\n**Readiness Status**: **PRODUCTION READY** "
			   "\xE2\x9C\x85\n\n## Scope\n\nThe ledger.\n\n## Conclusion\n\n"
			   "### Rollout Recommendation\n**APPROVED FOR PRODUCTION** with "
			   "these conditions:\n\n1. **Phases**: roll out in three steps\n"
			   "2. **Watch**: extra alerts in week one\n"),
		  PRR_LEVEL_PARTIAL);
	/* (a go alone under it stays a go) */
	CHECK_INT(md_level("# Ledger review\n\n**Readiness Status**: **PRODUCTION READY** "
			   "\xE2\x9C\x85\n\n## Scope\n\nThe ledger.\n\n## Conclusion\n\n"
			   "### Rollout Recommendation\n**APPROVED FOR PRODUCTION**: next "
			   "steps follow.\n\n1. **Phases**: roll out in three steps\n"),
		  PRR_LEVEL_READY);
}
