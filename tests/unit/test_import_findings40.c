/* test_import_findings40.c - findings, risks and checklists in layouts
 * found by review documents written by other teams (round 40): each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A heading that says its items need no change ("### Additional Items
 * (Verified, No Code Changes Required)") is over what is done: the rows
 * of its "| Item | Finding |" table are no open findings.  A heading of
 * one finding that names a fail-closed design ("### AB-5: Gateway —
 * Fail-Closed") is still a finding: "closed" there is no state. */
PRR_TEST(import_findings40__no_change_required_and_fail_closed)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch pass\n\n**Date:** 2026-03-02\n\n## Findings\n\n"
		"### More checks (Verified, No Code Changes Required)\n\n"
		"| Item | Finding |\n|---|---|\n"
		"| **Spec claims** | Nothing claimed that is not served. |\n"
		"| **SDK notes** | The limits are written down. |\n\n"
		"## Changes made\n\nNone.\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);

	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Launch pass\n\n**Date:** 2026-03-02\n\n## Findings\n\n"
		    "### AB-1: Keys in the schema\n\nSome words.\n\n"
		    "### AB-5: Gateway \xE2\x80\x94 Fail-Closed\n\nMore words.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2)
		CHECK_STR(r->findings[1].id, "AB-5");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Two or more lists under one heading, each right under a bold label
 * alone ("**Key storage**:", "**Sessions:**"), are checklists titled by
 * their labels, not each by the heading again; a single such list keeps
 * the heading's title ("### Docker" over "**Assessment**:"). */
PRR_TEST(import_findings40__checklists_titled_by_their_labels)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n**Date:** 2026-03-02\n\n## Security\n\n"
		"### Secrets\n\n**Key storage**:\n- \xE2\x9C\x85 Keys encrypted at rest\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F No key rotation\n\n"
		"**Sessions:**\n- \xE2\x9C\x85 Expiry checked\n- \xE2\x9C\x85 Claims checked\n\n"
		"**Sockets**:\n- \xE2\x9C\x85 TLS only\n\n"
		"### Docker\n\n**Assessment**:\n- \xE2\x9C\x85 Non-root user\n"
		"- \xE2\x9C\x85 Small image\n", &d);
	CHECK(r && r->n_checklists == 4);
	if (r && r->n_checklists == 4) {
		CHECK_STR(r->checklists[0].title, "Key storage");
		CHECK_STR(r->checklists[1].title, "Sessions");
		CHECK_STR(r->checklists[2].title, "Sockets");
		CHECK_STR(r->checklists[3].title, "Docker");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| # | Candidate | Why | Risk | Payoff |" under "## Refactor
 * candidates": changes proposed, each rated by the risk of making it; no
 * risks of the system.  A risk register is still read. */
PRR_TEST(import_findings40__proposals_rated_by_risk_are_no_risks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Discovery\n\n**Date:** 2026-03-02\n\n## Refactor candidates\n\n"
		"| # | Candidate | Why | Risk | Payoff |\n|---|---|---|---|---|\n"
		"| R1 | Drop stub pages | Ten stubs repeat redirects | Low | Faster builds |\n"
		"| R2 | Guard parsing | Parse calls unguarded | Medium | Fewer crashes |\n", &d);
	CHECK(r && r->n_risks == 0);
	prr_review_free(r);
	prr_diags_free(&d);

	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Discovery\n\n**Date:** 2026-03-02\n\n## Risks\n\n"
		    "| # | Risk | Level | Mitigation |\n|---|---|---|---|\n"
		    "| R1 | Queue may fill up | High | Alert at 80% |\n", &d);
	CHECK(r && r->n_risks == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Summary & Recommendations" over "### Weaknesses" over labelled
 * items, after the findings were listed: a summary restating them, no
 * findings again; an opening summary's list, before any finding, still
 * lists them. */
PRR_TEST(import_findings40__closing_summary_restates_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n**Date:** 2026-03-02\n\n## Summary\n\nKey concerns:\n"
		"- No load tests\n- Tokens never expire\n\n## Findings\n\n"
		"- **High**: Queue has no bound\n- **Medium**: Logs lack request IDs\n"
		"- **Low**: Retries lack jitter\n\n## Summary & Recommendations\n\n"
		"### Weaknesses\n\n1. **Limits**: queue unbounded, tokens long-lived\n"
		"2. **Tracing**: no request IDs, no load tests\n", &d);
	CHECK(r && r->n_findings == 5);
	for (size_t i = 0; r && i < r->n_findings; i++)
		CHECK(strncmp(r->findings[i].title, "Limits", 6) != 0 &&
		      strncmp(r->findings[i].title, "Tracing", 7) != 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Rating: **Yellow**" right under each of two headings of one part: the
 * part's status as a "Status:" field's would be (yellow partial, green
 * pass); "Rating: 8/10" is no such field. */
PRR_TEST(import_findings40__colour_ratings_state_a_status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Audit\n\nDate: 2026-03-02\n\n## Rigor\n\n### 1) Repeatable runs\n\n"
		"Rating: **Yellow**\n\n### 2) Sound method\n\nRating: **Green**\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 2);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 2) {
		CHECK(r->checklists[0].items[0].status == PRR_PARTIAL);
		CHECK(r->checklists[0].items[1].status == PRR_PASS);
	}
	prr_review_free(r);
	prr_diags_free(&d);

	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Audit\n\nDate: 2026-03-02\n\n## Rigor\n\n### 1) Repeatable runs\n\n"
		    "Rating: 8/10\n\n### 2) Sound method\n\nRating: 6/10\n", &d);
	CHECK(r && r->n_checklists == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}
