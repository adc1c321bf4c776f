/* test_import_verdicts16.c - informal, indirect or absent verdicts in
 * reviews written by other teams (round 28): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

/* A verdict field whose value is a ballot ("☐ GO ☐ CONDITIONAL GO ☐
 * NO-GO", "[x] GO [ ] NO-GO") states the option ticked (☑, ☒ or [x]);
 * none ticked, or two, state no verdict (a template left to fill in). */
PRR_TEST(import_verdicts16__a_ballot_states_the_option_ticked)
{
	static const struct {
		const char *value;
		int level;
	} cases[] = {
		{ "\xE2\x98\x90 GO   \xE2\x98\x90 CONDITIONAL GO   \xE2\x98\x90 NO-GO",
		  PRR_LEVEL_UNKNOWN },
		{ "\xE2\x98\x90 GO   \xE2\x98\x92 CONDITIONAL GO   \xE2\x98\x90 NO-GO",
		  PRR_LEVEL_PARTIAL },
		{ "\xE2\x98\x91 GO   \xE2\x98\x90 NO-GO", PRR_LEVEL_READY },
		{ "\xE2\x98\x90 CONDITIONAL GO \xE2\x98\x90 GO", PRR_LEVEL_UNKNOWN },
		{ "\xE2\x98\x90 GO", PRR_LEVEL_UNKNOWN },
		{ "\xE2\x98\x91 GO \xE2\x98\x91 NO-GO", PRR_LEVEL_UNKNOWN },
		{ "[x] GO   [ ] NO-GO", PRR_LEVEL_READY },
		{ "[ ] GO   [X] NO-GO", PRR_LEVEL_NOT_READY },
		{ "[ ] GO   [ ] NO-GO", PRR_LEVEL_UNKNOWN },
		/* no box: the words as before */
		{ "NO-GO", PRR_LEVEL_NOT_READY },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[400];
		snprintf(doc, sizeof doc, "# Checklist \xE2\x80\x94 pricing-engine\n\n"
			 "**Review date:** 2026-03-02\n**Overall verdict:** %s\n\n"
			 "## Observability\n\n- [x] RED metrics exported\n"
			 "- [ ] SLOs defined\n", cases[i].value);
		CHECK_INT(md_level(doc), cases[i].level);
	}
}

/* A code block that the text before it introduces as an example ("A
 * healthy instance answers like this (example output from a laptop):")
 * states no verdict, even where nothing else does; a code block with no
 * such lead-in still does. */
PRR_TEST(import_verdicts16__an_example_code_block_states_no_verdict)
{
	CHECK_INT(md_level("# flagd-internal: readiness notes\n\n**Date:** 2026-03-02\n\n"
			   "A healthy instance answers like this (example output from a "
			   "laptop, not from production):\n\n```yaml\nservice: flagd\n"
			   "status: READY\nverdict: go\n```\n"),
		  PRR_LEVEL_UNKNOWN);
	CHECK_INT(md_level("# flagd-internal\n\n**Date:** 2026-03-02\n\nFor example:\n\n"
			   "```\nverdict: NOT READY\n```\n"),
		  PRR_LEVEL_UNKNOWN);
	CHECK_INT(md_level("# flagd-internal\n\n**Date:** 2026-03-02\n\nOur summary:\n\n"
			   "```\nverdict: NOT READY\n```\n"),
		  PRR_LEVEL_NOT_READY);
}

/* Informal negatives deny the "ready" they hold: "The only thing ready is
 * the slide deck.", "Ready? Not even close.", "nothing is ready", "don't
 * ship it", "not a chance"; and two negatives make a go: "not unready". */
PRR_TEST(import_verdicts16__informal_negatives)
{
	static const struct {
		const char *line;
		int level;
	} cases[] = {
		{ "**Verdict:** Ready? Not even close.", PRR_LEVEL_NOT_READY },
		{ "**Status:** nothing is ready", PRR_LEVEL_NOT_READY },
		{ "**Verdict:** not a chance", PRR_LEVEL_NOT_READY },
		{ "**Verdict:** nowhere near ready", PRR_LEVEL_NOT_READY },
		{ "**TL;DR: don't ship it.** Two blockers are still open.",
		  PRR_LEVEL_NOT_READY },
		{ "**Status:** not unready", PRR_LEVEL_READY },
		{ "**Status:** unready", PRR_LEVEL_NOT_READY },
		/* a negation of a refusal still states nothing */
		{ "**Status:** nothing is blocked", PRR_LEVEL_UNKNOWN },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[400];
		snprintf(doc, sizeof doc, "# Ledger Sync v2\n\n**Date:** 2026-04-14\n\n%s\n",
			 cases[i].line);
		CHECK_INT(md_level(doc), cases[i].level);
	}
	CHECK_INT(md_level("# Review: Lakehouse migration\n\n**Date:** 2026-02-26\n\n"
			   "## Verdict\n\nThe only thing ready is the slide deck.\n"),
		  PRR_LEVEL_NOT_READY);
}

/* Verdicts said in passing: a heading's "Ready?" answered "Not even
 * close."; a summary's "Short answer: …"; "The short version, …: we are
 * not unready" where things ended up; a decision that the service "goes
 * live" (a number in its name, "v3", counts no votes). */
PRR_TEST(import_verdicts16__verdicts_said_in_passing)
{
	CHECK_INT(md_level("# Ledger Sync v2\n\nReview held: 14 April 2026\n\n"
			   "## Ready?\n\nNot even close.\n\nTwo blockers are open.\n"),
		  PRR_LEVEL_NOT_READY);
	CHECK_INT(md_level("# Review: Lakehouse migration\n\n**Date:** 2026-02-26\n\n"
			   "## Summary\n\nI was asked whether the lakehouse is ready to take "
			   "over\nfrom the Hadoop cluster. Short answer: the only thing ready "
			   "is the slide deck.\n"),
		  PRR_LEVEL_NOT_READY);
	CHECK_INT(md_level("# geo-router\n\n**Date:** 2026-06-11\n\n## Where we ended up\n\n"
			   "The short version, since people asked for one: we are not "
			   "unready.\nAll three conditions are closed, and there is no reason "
			   "not to launch on 16 June.\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# Gateway v3\n\nMeeting notes, 2026-11-18\n\n## Decision on "
			   "the go-live\n\nNobody in the room objected to going live, so "
			   "Payments Gateway v3 goes live on Thursday 20 November.\n"),
		  PRR_LEVEL_READY);
}
