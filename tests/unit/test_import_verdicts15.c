/* test_import_verdicts15.c - verdicts misread in reviews written by other
 * teams (rounds 25 and 26): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A go for one part beside another part refused is a split decision,
 * partial, whatever aside follows the refused part's name: "The rollout
 * (all clinics) is not approved" names "The rollout". */
PRR_TEST(import_verdicts15__aside_after_a_refused_part)
{
	CHECK_INT(md_level("# CareBook\n\n## Decision\n\nGO for the pilot. The "
			   "rollout (all clinics) is not approved.\n"),
		  PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# CareBook\n\n## Decision\n\nGO for the pilot. The "
			   "rollout is not approved.\n"),
		  PRR_LEVEL_PARTIAL);
	/* an aside is no subject of its own: "(all of it) is not ready" */
	CHECK_INT(md_level("# CareBook\n\n## Decision\n\nGO for the pilot. "
			   "(all of it) is not approved.\n"),
		  PRR_LEVEL_NOT_READY);
}

/* A scorecard's "| Overall | … | Green |" row sums the table up; a verdict
 * stated under a heading that decides or concludes ("## Outcome") is the
 * review's own word and outranks it, and where the two differ a warning
 * says so.  With no such verdict, the row's status is still read. */
PRR_TEST(import_verdicts15__stated_outcome_outranks_an_overall_row)
{
	static const char table[] =
		"| Pillar | Score | RAG |\n|---|---|---|\n"
		"| Reliability | 62 % | Amber |\n| Cost | 40 % | Red |\n"
		"| **Overall** | **69 %** | **Green** |\n\n";
	char doc[1024];
	snprintf(doc, sizeof doc, "# Kafka re-review\n\n%s## Outcome\n\nTier-1 "
		 "producers may onboard only once KF-R1 is closed. We call this "
		 "**ready for tier-2/3, not ready for tier-1**.\n", table);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	bool said = false;
	for (size_t i = 0; i < d.n; i++)
		said |= d.v[i].line == 7 && strstr(d.v[i].message, "Overall row") != NULL;
	CHECK(said);
	prr_review_free(r);
	prr_diags_free(&d);
	/* the row alone, or beside a weaker line near the top */
	snprintf(doc, sizeof doc, "# Kafka re-review\n\n%s## Notes\n\nx\n", table);
	CHECK_INT(md_level(doc), PRR_LEVEL_READY);
	snprintf(doc, sizeof doc, "# Kafka re-review\n\n**Status:** Amber\n\n%s"
		 "## Notes\n\nx\n", table);
	CHECK_INT(md_level(doc), PRR_LEVEL_READY);
}

/* "once" before an issue's ID is a condition, wherever it stands in its
 * clause: "approved for the recommendations model once FS-118 is fixed"
 * is partial.  "once" elsewhere ("We ran the drill once") is none. */
PRR_TEST(import_verdicts15__approved_once_an_issue_is_fixed)
{
	CHECK_INT(md_level("# Feature store PRR\n\n## Decision\n\nApproved for "
			   "production for the fraud model (already live) and "
			   "approved for the\nrecommendations model once FS-118 is "
			   "fixed.\n"),
		  PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# X\n\n## Decision\n\nApproved once `KF-R1` is closed.\n"),
		  PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# X\n\n## Decision\n\nGO. We ran the drill once.\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# X\n\n## Decision\n\nGO. Restarted once, FS-118 "
			   "aside.\n"),
		  PRR_LEVEL_READY);
}

/* "Overall rating:" names the verdict as "Overall:" and "Overall RAG:"
 * do: "**Overall rating:** **Green** — the workload may proceed" is
 * ready.  "Rating" alone names none. */
PRR_TEST(import_verdicts15__overall_rating_label)
{
	CHECK_INT(md_level("# Billing Export\n\n**Review date:** 2026-01-28\n"
			   "**Overall rating:** **Green** \xE2\x80\x94 the workload "
			   "may proceed to general availability on 2026-02-16.\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# Billing Export\n\n**Rating:** Green\n"),
		  PRR_LEVEL_UNKNOWN);
}

/* A scorecard's Total row whose status states a verdict in words is the
 * whole's ("| **Total** | **8** | **12** | **🟡 CONDITIONAL** |" is
 * partial); its marks alone sum the rows up and state none. */
PRR_TEST(import_verdicts15__total_row_verdict_in_words)
{
	static const char doc[] =
		"# checkout-web \xE2\x80\x94 PRR scorecard\n\n"
		"| Area | Score (0\xE2\x80\x93" "5) | Target | Status |\n"
		"|------|-------------|--------|--------|\n"
		"| Observability | 3 | 4 | \xF0\x9F\x9F\xA1 |\n"
		"| Alerting | 4 | 4 | \xF0\x9F\x9F\xA2 |\n"
		"| **Total** | **7** | **8** | **%s** |\n";
	char buf[600];
	snprintf(buf, sizeof buf, doc, "\xF0\x9F\x9F\xA1 CONDITIONAL");
	CHECK_INT(md_level(buf), PRR_LEVEL_PARTIAL);
	snprintf(buf, sizeof buf, doc, "\xF0\x9F\x9F\xA1");
	CHECK_INT(md_level(buf), PRR_LEVEL_UNKNOWN);
}

/* Caveats the text says block nothing are no condition: "ready, with two
 * follow-ups (below). Neither blocks anything." is ready.  Other hedges
 * stay ("ready once the DB is migrated … None blocking." is partial). */
PRR_TEST(import_verdicts15__follow_ups_that_block_nothing)
{
	CHECK_INT(md_level("# catalog-sync\n\nDate: 2026-02-26\n\nOutcome: "
			   "**ready, with two follow-ups** (below). Neither blocks "
			   "anything.\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# X\n\nOutcome: ready, with two follow-ups, none "
			   "blocking.\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# X\n\nOutcome: ready, with two follow-ups.\n"),
		  PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# X\n\nOutcome: ready once the DB is migrated, with "
			   "two follow-ups. None blocking.\n"),
		  PRR_LEVEL_PARTIAL);
}
