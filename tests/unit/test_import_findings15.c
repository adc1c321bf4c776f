/* test_import_findings15.c - findings, blockers and checks the importer
 * misread in documents of other teams (rounds 25 and 26): each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* Under a heading of risks and issues, an item that names its finding ID
 * and says it blocks is a finding, a blocker; the other items stay
 * risks. */
PRR_TEST(import_findings15__blocker_under_risks_and_issues)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# CareBook\n\nDate: 2026-04-08\n\n## Open risks and issues\n\n"
		"- **CB-310 (High, blocking):** two receptionists editing the "
		"same slot can both succeed.\n"
		"- **RPO gap (Medium):** up to 15 min of bookings lost in a "
		"regional failure.\n", &d);
	CHECK(r && r->n_findings == 1 && r->n_risks == 1);
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].id, "CB-310");
		CHECK(r->findings[0].blocking);
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A finding's status cell that opens a clause with "blocks" says it
 * blocks: "Open — blocks tier-1 onboarding"; "Open" alone does not. */
PRR_TEST(import_findings15__status_cell_that_blocks)
{
	char b[16];
	CHECK_STR(md_blocking(
		"# Kafka re-review\n\nDate: 2026-02-09\n\n## Open findings\n\n"
		"| ID | Finding | Severity | Status |\n|---|---|---|---|\n"
		"| KF-R1 | No cross-region replication | High | Open \xE2\x80\x94 "
		"blocks tier-1 onboarding |\n"
		"| KF-S1 | ACL changes not in SIEM | Medium | Open |\n", b), "10");
}

/* A heading that opens with an ID ("### HRI-1: …", "### IDP-77 — …") is
 * a finding once a sentence under it states its severity by label
 * ("… Severity: **High**."), under any heading; under "## Findings" that
 * sentence rates it; "Blocks: …" says it blocks. */
PRR_TEST(import_findings15__id_heading_rated_by_a_sentence)
{
	static const char *const docs[] = {
		"# WAR\n\nDate: 2026-01-28\n\n## Security \xE2\x80\x94 Red (2 / 5)\n\n"
		"### HRI-1: Bucket policy grants `*`\n\nThe bucket is open. "
		"Severity: **High**. Accepted risk.\n",
		"# WAR\n\nDate: 2026-01-28\n\n## Security\n\n"
		"### IDP-77 \xE2\x80\x94 MFA can be bypassed\n\nSeverity: **High**. "
		"Fix due 2026-04-03. Blocks: general availability.\n",
		("# WAR\n\nDate: 2026-01-28\n\n## Findings\n\n"
		 "### HRI-1: Bucket policy grants `*`\n\nSeverity: High.\n"),
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_findings == 1);
		if (r && r->n_findings == 1) {
			CHECK(r->findings[0].severity == PRR_SEV_HIGH);
			CHECK(r->findings[0].blocking == (i == 1));
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* no severity said: no finding */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# WAR\n\n## Security\n\n### HRI-1: Bucket policy\n\n"
				"The bucket is open.\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "- **Gap:** GraphQL introspection is enabled. Severity High. Ticket
 * MBFF-301.": an item labelled by a finding's noun that states a severity
 * and names an ID is a finding titled by its first sentence. */
PRR_TEST(import_findings15__labelled_gap_item)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# mobile-bff scorecard\n\nDate: 2026-04-02\n\n## Security \xE2\x80\x94 3 / 5\n\n"
		"- Rate limiting per device.\n"
		"- **Gap:** GraphQL introspection is enabled in production. Severity "
		"High. Ticket MBFF-301.\n"
		"- **Gap:** No allow-list of persisted queries. Severity Medium.\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].id, "MBFF-301");
		CHECK_STR(r->findings[0].title, "GraphQL introspection is enabled in production");
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Still open at the time of this decision:" introduces the list after
 * it as a heading of findings would: "- DISC-1131 — … (Medium)." is a
 * finding. */
PRR_TEST(import_findings15__still_open_label)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# ADR-0047: Take search-v3 to GA\n\n- **Date:** 2026-02-09\n\n"
		"Still open at the time of this decision:\n\n"
		"- DISC-1131 \xE2\x80\x94 synonyms file is deployed by hand (Medium).\n"
		"- DISC-1134 \xE2\x80\x94 the suggester has no dashboard panel (Low).\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "DISC-1131");
		CHECK(r->findings[0].severity == PRR_SEV_MEDIUM);
		CHECK(r->findings[1].severity == PRR_SEV_LOW);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "- Ledger: ⚠️ reconciliation still manual — PAY-219 (High)" in a list
 * whose every item puts its label before its mark reads as "- ⚠️ Ledger:
 * …": checks, and the finding the item names. */
PRR_TEST(import_findings15__label_then_mark)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Payouts readiness sync\n\nDate: 2026-03-05\n\n"
		"- API: \xE2\x9C\x85 load test held 2.4k rps\n"
		"- Ledger: \xE2\x9A\xA0\xEF\xB8\x8F reconciliation still manual \xE2\x80\x94 "
		"PAY-219 (High), @dana\n"
		"- Notifications: \xE2\x9D\x8C SMS fallback contract unsigned\n", &d);
	CHECK(r && r->n_checklists == 1 && r->n_findings == 1);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 3) {
		CHECK(r->checklists[0].items[0].status == PRR_PASS);
		CHECK(r->checklists[0].items[1].status == PRR_PARTIAL);
		CHECK(r->checklists[0].items[2].status == PRR_FAIL);
		CHECK_STR(r->checklists[0].items[1].text,
			  "Ledger: reconciliation still manual \xE2\x80\x94 PAY-219 (High), @dana");
	}
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].id, "PAY-219");
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Fixed during the meeting; kept here for the record." after a finding
 * says it is over, as "Fixed in …" does: it is left out. */
PRR_TEST(import_findings15__fixed_during_the_meeting)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Risk review\n\nReviewed on 2026-02-23\n\n## Findings raised by the forum\n\n"
		"1. **PAY-702 \xE2\x80\x94 settlement reconciliation is manual** (High).\n"
		"2. **PAY-715 \xE2\x80\x94 runbook lacks the contact path** (Low). Fixed during the\n"
		"   meeting; kept here for the record.\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK_STR(r->findings[0].id, "PAY-702");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A Blocking cell whose answer is struck and followed by "— closed, test
 * passed 18 March" closes its row ("~~Yes~~" is taken back). */
PRR_TEST(import_findings15__struck_answer_closed)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# ORR\n\n**Review meeting:** 2026-03-11\n\n## Gaps and what we do about them\n\n"
		"| Gap | Severity | Owner | Blocking? |\n|---|---|---|---|\n"
		"| DNS failover is manual | Medium | Jakub | No |\n"
		"| ~~Regional failover never tested~~ | High | Jakub | ~~Yes~~ \xE2\x80\x94 "
		"closed, test passed 18 March |\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK_STR(r->findings[0].title, "DNS failover is manual");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* What a review did not assess is no work to do and no failure: a "Not
 * assessed" cell and a box left open "— not assessed" are n/a, left out
 * of the count; "Not yet assessed" is still to come (pending). */
PRR_TEST(import_findings15__not_assessed_is_na)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Kafka re-review\n\nDate: 2026-02-09\n\n## Reliability\n\n"
		"- [x] Rack awareness across 3 AZs\n"
		"- [ ] Tested restore from tiered storage\n"
		"- [ ] Disk-full chaos test \xE2\x80\x94 not assessed\n", &d);
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 3) {
		CHECK(r->checklists[0].items[1].status == PRR_PENDING);
		CHECK(r->checklists[0].items[2].status == PRR_NA);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	bool known;
	CHECK(prr_status_from_text("Not assessed", 12, &known) == PRR_NA && known);
	CHECK(prr_status_from_text("Not yet assessed", 16, &known) == PRR_PENDING && known);
}

/* "1 high, 3 medium — all fixed and re-tested" counts findings that are
 * over: no claim about the open ones, so no audit entry disagrees. */
PRR_TEST(import_findings15__fixed_counts_claim_nothing)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# atlas-search 2.0\n\nDate: 2026-03-12\n\n## Security\n\n"
		"- External pen test (Feb 2026): 1 high, 3 medium \xE2\x80\x94 all fixed "
		"and re-tested.\n- Query logs are redacted.\n\n## Open items\n\n"
		"- SRCH-431 \xE2\x80\x94 cache warm-up adds 40 s to a cold start (Low).\n", &d);
	CHECK(r != NULL);
	for (size_t i = 0; r && i < r->n_audit; i++)
		CHECK(r->audit[i].agrees);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Security — Red (2 / 5)" under a table that rates "Security" is the
 * same dimension: named without the rating after its dash. */
PRR_TEST(import_findings15__heading_rating_same_dimension)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Well-Architected Review\n\n**Review date:** 2026-01-28\n\n"
		"| Pillar | RAG | Score |\n|---|---|---|\n| Security | Red | 2 / 5 |\n"
		"| Cost Optimization | Green | 4 / 5 |\n\n"
		"## Security \xE2\x80\x94 Red (2 / 5)\n\nTwo high-risk issues.\n\n"
		"## Cost Optimization \xE2\x80\x94 Green (4 / 5)\n\nTags.\n\n"
		"## Sustainability \xE2\x80\x94 Amber (3 / 5)\n\nNo data.\n", &d);
	CHECK(r && r->n_dimensions == 3);
	if (r && r->n_dimensions == 3)
		CHECK_STR(r->dimensions[2].name, "Sustainability");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A questionnaire's "**Q12.** Is there a runbook?" / "**A:** Yes, linked"
 * is a check titled by its question: Yes pass, Partially partial, No
 * fail, N/A n/a, where the question is put so that yes is good (it opens
 * with a verb and denies nothing); the answer is no field "A". */
PRR_TEST(import_findings15__questionnaire_answers)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# ORR \xE2\x80\x94 ledger-sync\n\nORR held 17 February 2026.\n\n## 4. On-call\n\n"
		"**Q12.** Is there a runbook?\n**A:** Yes, linked: `runbooks/ledger-sync.md`.\n\n"
		"**Q13.** Has the rotation been trained?\n**A:** Partially. 4 of 6.\n\n"
		"**Q14.** Has a game day been run against this service?\n"
		"**A:** No. Planned for 2026-03-05.\n\n"
		"**Q18.** Does the service store cardholder data?\n**A:** N/A \xE2\x80\x94 none.\n\n"
		"**Q19.** Are there any known data-loss bugs?\n**A:** No.\n", &d);
	CHECK(r && r->n_checklists == 1 && r->n_fields == 0);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 4) {
		const prr_checkitem *it = r->checklists[0].items;
		CHECK_STR(it[0].text, "Is there a runbook?");
		CHECK(it[0].status == PRR_PASS && it[1].status == PRR_PARTIAL &&
		      it[2].status == PRR_FAIL && it[3].status == PRR_NA);
	} else {
		CHECK(false);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
