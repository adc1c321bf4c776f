/* test_import_verdicts20.c - verdicts read falsely in review documents
 * written by other teams (rounds 19a and 19b): each case failed before
 * its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_verdict.h"

/* "not conditional" says a go is whole, as "unconditional" does: "GO
 * (not conditional)" is ready, not a denial ("not") of a partial
 * ("conditional"); so is the Japanese "ＧＯ（条件付きではない）". */
PRR_TEST(import_verdicts20__not_conditional_is_a_whole_go)
{
	static const char *const lines[] = {
		"**Verdict: GO** (not conditional)",
		"GO. Not conditional: every blocker is closed.",
		"**Verdict: GO** (unconditional)",
		"**\xE7\xB7\x8F\xE5\x90\x88\xE5\x88\xA4\xE5\xAE\x9A\xEF\xBC\x9A"
		"\xEF\xBC\xA7\xEF\xBC\xAF**\xEF\xBC\x88\xE6\x9D\xA1\xE4\xBB\xB6"
		"\xE4\xBB\x98\xE3\x81\x8D\xE3\x81\xA7\xE3\x81\xAF\xE3\x81\xAA"
		"\xE3\x81\x84\xEF\xBC\x89", /* **総合判定：ＧＯ**（条件付きではない） */
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# WMS review\n\nDate: 2026-03-04\n\n"
				       "## Verdict\n\n%s\n", lines[i]);
		CHECK(r && r->level == PRR_LEVEL_READY);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a condition stated still makes it partial */
	CHECK(prr_rec_verdict("CONDITIONAL GO", 14, NULL, NULL) == PRR_LEVEL_PARTIAL);
	CHECK(prr_rec_verdict("Not ready", 9, NULL, NULL) == PRR_LEVEL_NOT_READY);
}

/* A verdict named as an old one ('The old "PARTIAL"', "the previous
 * NO-GO") is not the current one; "old" reaches its next word only. */
PRR_TEST(import_verdicts20__old_verdict_named_is_not_current)
{
	CHECK(md_level("# Push platform review\n\nDate: 2026-06-03\n\n## Summary\n\n"
		       "We are **READY** for the June 10 cut-over. The old \"PARTIAL\" "
		       "from the May\ndry-run no longer applies.\n") == PRR_LEVEL_READY);
	static const char *const texts[] = {
		"GO. The previous NO-GO is lifted.",
		"Ready; the prior PARTIAL was for the dry-run.",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		CHECK(prr_rec_verdict(texts[i], strlen(texts[i]), NULL, NULL) ==
		      PRR_LEVEL_READY);
	/* (an adjective's next word only: the old system is what is
	 * ready) */
	const char *t = "The old system is not ready.";
	CHECK(prr_rec_verdict(t, strlen(t), NULL, NULL) == PRR_LEVEL_NOT_READY);
}

/* "The 2026-03-04 review said NO-GO" in the verdict's own paragraph
 * reports an earlier review's verdict, none of this one's. */
PRR_TEST(import_verdicts20__earlier_review_said_in_the_verdict)
{
	CHECK(md_level("# Svc \xE2\x80\x94 Readiness Review\n\nReview date: 2026-03-25\n\n"
		       "## Verdict\n\n**CONDITIONAL GO** \xE2\x80\x94 shadow traffic may "
		       "start. The 2026-03-04 review said NO-GO.\n") == PRR_LEVEL_PARTIAL);
	CHECK(md_level("# Svc\n\nReview date: 2026-03-25\n\n## Verdict\n\n"
		       "**Verdict:** GO. The previous review concluded NO-GO.\n") ==
	      PRR_LEVEL_READY);
}

/* An approval by someone that names nothing it approves ("Approved by
 * the CAB on … (5 for, 0 against, 1 abstention).") ratifies the review
 * as written: the "Overall:" it states holds.  One that names what it
 * approves decides. */
PRR_TEST(import_verdicts20__bare_approval_ratifies_the_overall)
{
	CHECK(md_level("# Readiness review: fdw v3\n\n**Date:** 2026-03-17\n"
		       "**Overall:** Partially ready \xE2\x80\x94 go for dashboards, "
		       "no-go for regulatory extracts\n\n## Decision\n\n"
		       "Approved by the CAB on 2026-03-17 (5 for, 0 against, 1 "
		       "abstention).\n") == PRR_LEVEL_PARTIAL);
	CHECK(md_level("# Readiness review: fdw v3\n\n**Date:** 2026-03-17\n"
		       "**Overall:** Partially ready\n\n## Decision\n\n"
		       "Approved for the full cut-over by the CAB.\n") == PRR_LEVEL_READY);
	/* alone, it is the verdict */
	CHECK(md_level("# fdw v3\n\n**Date:** 2026-03-17\n\n## Decision\n\n"
		       "Approved by the CAB on 2026-03-17.\n") == PRR_LEVEL_READY);
}

/* Full-width Latin letters ("ＧＯ", "ＮＯ　ＧＯ") are the ASCII words; a
 * full-width date still dates. */
PRR_TEST(import_verdicts20__full_width_verdicts)
{
	CHECK(md_level("# WMS review\n\nDate: 2026-03-04\n\n## Verdict\n\n"
		       "**Verdict: \xEF\xBC\xA7\xEF\xBC\xAF**\n") == PRR_LEVEL_READY);
	const char *ng = "\xEF\xBC\xAE\xEF\xBC\xAF\xE3\x80\x80\xEF\xBC\xA7\xEF\xBC\xAF";
	CHECK(prr_rec_verdict(ng, strlen(ng), NULL, NULL) == PRR_LEVEL_NOT_READY);
	/* (a word, not a part of one: "ＧＯＯＤ") */
	const char *good = "\xEF\xBC\xA7\xEF\xBC\xAF\xEF\xBC\xAF\xEF\xBC\xA4";
	CHECK(prr_rec_verdict(good, strlen(good), NULL, NULL) == PRR_LEVEL_UNKNOWN);
	prr_diags d = PRR_DIAGS_INIT;
	/* 実施日：２０２６年３月４日 / **総合判定：ＧＯ** */
	prr_review *r = md_undated(
		"# WMS\n\n\xE5\xAE\x9F\xE6\x96\xBD\xE6\x97\xA5\xEF\xBC\x9A"
		"\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x96\xE5\xB9\xB4"
		"\xEF\xBC\x93\xE6\x9C\x88\xEF\xBC\x94\xE6\x97\xA5\n\n"
		"## \xE7\xB7\x8F\xE5\x90\x88\xE5\x88\xA4\xE5\xAE\x9A\n\n"
		"**\xE7\xB7\x8F\xE5\x90\x88\xE5\x88\xA4\xE5\xAE\x9A\xEF\xBC\x9A"
		"\xEF\xBC\xA7\xEF\xBC\xAF**\n", &d);
	CHECK(r && r->level == PRR_LEVEL_READY);
	CHECK(r && r->date && strcmp(r->date, "2026-03-04") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A "verdict" in an example's code block ("Template values only, not
 * this review's results:") is no candidate: it neither cancels the
 * document's own verdict as another part's would, nor ties with it. */
PRR_TEST(import_verdicts20__example_json_does_not_cancel)
{
	static const char *const leads[] = {
		"Template values only, not this review's results:",
		"For example:",
	};
	for (size_t i = 0; i < sizeof leads / sizeof leads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# idgw review\n\nDate: 2026-04-02\n\n"
				       "## How to file\n\n%s\n\n```json\n"
				       "{\"verdict\": \"READY\", \"score\": \"95/100\"}\n```\n\n"
				       "## Results\n\n**Verdict: partially ready.** Low-tier apps "
				       "can move now.\n", leads[i]);
		CHECK(r && r->level == PRR_LEVEL_PARTIAL);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
