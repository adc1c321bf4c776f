/* test_import_verdicts18.c - verdicts of documents written by other
 * teams (rounds 25 to 28): decisions deferred, and a pull request's
 * reviews; each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_verdict.h"

#include <string.h>

/* A decision passed on to another body is none taken: "| Decision |
 * DEFERRED TO CAB |" states no verdict (it was not ready).  A launch put
 * off to a time is still a decision to wait: "Deferred to Q1." is not
 * ready. */
PRR_TEST(import_verdicts18__decision_deferred_to_a_body_states_none)
{
	CHECK_INT(md_level("# Fleet Telematics Ingestion\n\n| Page properties | |\n"
			  "|---|---|\n| Review meeting | 18 Mar 2026 |\n"
			  "| Decision | DEFERRED TO CAB |\n\nThe review board did "
			  "not reach a decision.\n"), (int)PRR_LEVEL_UNKNOWN);
	CHECK_INT(md_level("# X\n\n**Decision:** the decision is deferred to "
			  "the steering committee.\n"), (int)PRR_LEVEL_UNKNOWN);
	CHECK_INT(prr_rec_verdict("DEFERRED TO CAB", 15, NULL, NULL),
		 PRR_LEVEL_UNKNOWN);
	CHECK_INT(prr_rec_verdict("Deferred to Q1.", 15, NULL, NULL),
		 PRR_LEVEL_NOT_READY);
}

/* A wait on issues named ("deferred until NTF-88 and NTF-91 are
 * closed"), as "once FS-118 is fixed", states no verdict alone: the
 * document's "**Overall** | **Amber**" holds (it was not ready, read
 * from the sentence or from its word in bold); beside a go it is a
 * condition ("GO, deferred until …" partial). */
PRR_TEST(import_verdicts18__deferred_until_an_issue_is_a_condition)
{
	const char *doc =
		"# PRR: notifyd\n\nReview meeting 2026-03-04.\n\n"
		"**Summary.** We rate it **Amber**: SRE will take the pager once "
		"items 3.4 and 5.2 are done, not before.\n\n"
		"| Area | Rating |\n|---|---|\n| Capacity planning | Amber |\n"
		"| Failure modes | Red |\n| **Overall** | **Amber** |\n\n"
		"## Decision\n\nHandover of the pager to SRE is **deferred** until "
		"NTF-88 and NTF-91 are closed.\n";
	CHECK_INT(md_level(doc), (int)PRR_LEVEL_PARTIAL);
	/* its word in bold is the wait's, not a verdict of its own, in a
	 * paragraph of two lines too */
	char two[700];
	snprintf(two, sizeof two, "%sThe team keeps primary on-call meanwhile.\n", doc);
	CHECK_INT(md_level(two), (int)PRR_LEVEL_PARTIAL);
	const char *go = "GO, deferred until SEC-12 is fixed.";
	CHECK_INT(prr_rec_verdict(go, strlen(go), NULL, NULL), PRR_LEVEL_PARTIAL);
	const char *wait = "Launch deferred until next week.";
	CHECK_INT(prr_rec_verdict(wait, strlen(wait), NULL, NULL),
		 PRR_LEVEL_NOT_READY);
}

/* A pull request's reviews as GitHub shows them ("**@x** reviewed on Mar
 * 13, 2026" over the review, quoted or not) sign off as "**Review (@x),
 * 2026-03-13:** …" does; a later one replaces an earlier one, and
 * "Not approving this PR until …" withholds approval (none was read). */
PRR_TEST(import_verdicts18__pull_request_reviews)
{
	const char *doc =
		"## Roll ledger-writer v2 out to production\n\n"
		"- [x] dashboards\n- [ ] security review \xE2\x80\x94 SEC-88 still open\n\n"
		"**@mhalvorsen** reviewed on Mar 13, 2026\n\n"
		"> LGTM for prod, pending SEC-88.\n\n";
	char both[600];
	snprintf(both, sizeof both, "%s**@ayo-sec** commented on Mar 16, 2026\n\n"
		 "> Not approving this PR until the SEC-88 fix is deployed to "
		 "prod.\n", doc);
	CHECK(md_states(doc, PRR_LEVEL_PARTIAL, "LGTM for prod, pending SEC-88"));
	CHECK(md_states(both, PRR_LEVEL_NOT_READY, "Not approving this PR until "
			"the SEC-88 fix is deployed to prod"));
	/* a comment of an earlier day, written below, does not replace */
	CHECK_INT(md_level("## T\n\n**@m** reviewed on Mar 16, 2026\n\n"
			  "> Not approving.\n\n**@a** commented on Mar 13, 2026\n\n"
			  "> LGTM\n"), (int)PRR_LEVEL_NOT_READY);
	/* a comment that states nothing leaves the review standing */
	CHECK_INT(md_level("## T\n\n**@m** approved these changes on Mar 13, 2026\n\n"
			  "LGTM\n\n**@a** commented on Mar 14, 2026\n\n"
			  "> Thanks, merging after lunch.\n"), (int)PRR_LEVEL_READY);
	const char *no = "We will not approve the release.";
	CHECK_INT(prr_rec_verdict(no, strlen(no), NULL, NULL), PRR_LEVEL_NOT_READY);
}
