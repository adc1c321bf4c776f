/* test_import_misc19b.c - findings and verdicts of round 19's living
 * documents and site reading: "blocks …" said of a finding in a clause
 * of its own or past an adjective, template leftovers, a severity scoped
 * to a place, the verdict's sentence whole.  Each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

#include <stdlib.h>

/* "Open; blocks aisles 13–24.": a clause that opens with "blocks" after a
 * ';', or a sentence after the first ("… at peak. Blocks Wave 2."), has
 * the finding for its subject: it blocks; "blocks nothing", "no longer
 * blocks", a subject of its own ("Synonym reload blocks writes") and
 * what the fault blocks ("; blocks the event loop") do not make it
 * blocking. */
PRR_TEST(import_misc19b__blocks_in_a_clause_of_its_own)
{
	char out[16];
	CHECK_STR(md_blocking("# PickWave \xE2\x80\x94 Review\n\nDate: 2026-03-09\n\n"
			      "## Findings\n\n"
			      "1. **PW-34 (High)** \xE2\x80\x94 Charging queue starves "
			      "robots at shift change. Open; blocks aisles 13\xE2\x80\x93" "24.\n"
			      "2. **PW-38 (Low)** \xE2\x80\x94 Dashboard shows battery in "
			      "volts.\n"
			      "3. **PW-40 (High)** \xE2\x80\x94 Lidar drift at dusk. "
			      "Blocks night shifts.\n"
			      "4. **PW-41 (Medium)** \xE2\x80\x94 Map reload is slow; "
			      "blocks nothing.\n"
			      "5. **PW-42 (Medium)** \xE2\x80\x94 Synonym reload blocks "
			      "writes.\n"
			      "6. **PW-43 (Medium)** \xE2\x80\x94 Handler does sync "
			      "I/O; blocks the event loop.\n",
			      out),
		  "101000");
	CHECK_STR(md_blocking("# Orbit SDK\n\nDate: 2026-03-09\n\nFindings:\n\n"
			      "- OSDK-88 (High) \xE2\x80\x94 kotlin connection leak: "
			      "still open; blocks orbit-kotlin 3.0.0.\n",
			      out),
		  "1");
	/* a finding's cell in a table, and a finding's own heading */
	CHECK_STR(md_blocking("# Ranker\n\nDate: 2026-03-09\n\n## Findings\n\n"
			      "| ID | Severity | Finding | Owner |\n|---|---|---|---|\n"
			      "| LR-57 | High | Exposure fell 9% in the A/B; blocks 100% | Wen |\n"
			      "| LR-58 | Medium | Reload blocks writes | Ops |\n",
			      out),
		  "10");
	CHECK_STR(md_blocking("# Fraud model\n\nDate: 2026-01-10\n\n## Findings\n\n"
			      "### FN-118: Equal-opportunity gap\n\n"
			      "Severity: **High**. The rate is 0.087 lower. Blocks "
			      "promotion to champion, not shadow mode. Owner: O. L.\n",
			      out),
		  "1");
}

/* "LUM-311 blocks the full rollout." after a findings table, as "LUM-311
 * blocks the rollout." does: a word or two between the article and the
 * event blocked do not matter; "does not block", "no longer blocks" and
 * "never blocks" deny it. */
PRR_TEST(import_misc19b__blocks_the_full_rollout)
{
	char out[16];
	CHECK_STR(md_blocking("# Lumen Search \xE2\x80\x94 PRR\n\n**Review date:** "
			      "2026-02-11\n\n## Findings\n\n"
			      "| ID | Severity | Finding | Status |\n|---|---|---|---|\n"
			      "| LUM-311 | High | Indexer drops batches | Open |\n"
			      "| LUM-312 | High | Indexer drops rows | Open |\n"
			      "| LUM-313 | High | Indexer drops pages | Open |\n"
			      "| LUM-314 | High | Indexer drops links | Open |\n"
			      "| LUM-315 | High | Indexer drops terms | Open |\n\n"
			      "LUM-311 blocks the full rollout. LUM-312 does not block "
			      "the full rollout. LUM-313 no longer blocks the rollout. "
			      "LUM-314 never blocks the launch. LUM-315 blocks the "
			      "40-practice EU rollout.\n",
			      out),
		  "10001");
}

/* ":rotating_light: **Blocker:** PLAT-1880 — … (prod-eu-3 only). Critical
 * for prod-eu-3; does not affect eu-1/eu-2": a sentence of the finding's
 * text that is a severity scoped by "for <scope>" states its severity, as
 * "… not done. High." does; a severity word inside a sentence
 * ("Latency is high for EU users") still states none. */
PRR_TEST(import_misc19b__severity_for_a_scope)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Upgrade\n\nDate: 2026-03-10\n\n## Blockers\n\n"
		":rotating_light: **Blocker:** PLAT-1880 \xE2\x80\x94 Istio ambient "
		"ingress crashloops on 1.31 (prod-eu-3 only). Critical for prod-eu-3; "
		"does not affect eu-1/eu-2, which run sidecar mode.\n\n"
		":rotating_light: **Blocker:** PLAT-1884 \xE2\x80\x94 etcd restore "
		"rehearsal not done for prod-eu-3. High.\n\n"
		"## Other findings\n\n"
		"- :warning: PLAT-1871 \xE2\x80\x94 Latency is high for EU users.\n",
		&d);
	const prr_finding *f = md_finding(r, "PLAT-1880");
	CHECK(f && f->severity == PRR_SEV_CRITICAL && f->blocking);
	f = md_finding(r, "PLAT-1884");
	CHECK(f && f->severity == PRR_SEV_HIGH);
	f = md_finding(r, "PLAT-1871");
	CHECK(!f || f->severity != PRR_SEV_HIGH);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The verdict's quote is the sentence that states it, whole, without
 * markup: the sentence around a verdict in bold ("> [!WARNING] **NO-GO**
 * until … (MRL-91)." was quoted "NO-GO"), read in its paragraph when it
 * wraps; a short next sentence on the same line that states a level of
 * its own qualifies it and goes with it ("… does not hold the pilot back.
 * It does hold back the general rollout, which this board has **not**
 * approved."), one that states none does not ("Everything else is in
 * place."); Confluence's "{status:colour=Yellow|title=CONDITIONAL GO}"
 * reads as its title, the macro's markup gone. */
PRR_TEST(import_misc19b__verdict_quoted_whole)
{
	CHECK(md_states("# Production readiness review: Marlin\n\nReview held: "
			"2026-03-04\n\n"
			"> [!WARNING] **NO-GO** until the backfill can be throttled "
			"(MRL-88) and the alert pages someone (MRL-91).\n"
			"> Everything else is in place. We re-review on 2026-03-11.\n",
			PRR_LEVEL_NOT_READY,
			"NO-GO until the backfill can be throttled (MRL-88) and the "
			"alert pages someone (MRL-91)."));
	CHECK(md_states("# Keystone \xE2\x80\x94 PRR\n\nReview date: 2026-03-04\n\n"
			"## Executive summary\n\nKeystone will replace the legacy "
			"tenant.\nThe score is low. Keystone is **not "
			"ready** for the partner\ncut-over planned for November; "
			"employee logins may continue.\n",
			PRR_LEVEL_NOT_READY,
			"Keystone is not ready for the partner cut-over planned for "
			"November; employee logins may continue."));
	CHECK(md_states("# Checkout \xE2\x80\x94 PRR\n\n**Review held:** 2026-05-12\n\n"
			"## Summary\n\n| Service | Verdict |\n|---|---|\n"
			"| payments-api | GO |\n| ledger | NO-GO |\n\n"
			"**Program: GO for the pilot** (5% of card traffic). The pilot\n"
			"only touches payments-api, so their NO-GO does not hold the "
			"pilot back. It does hold back\nthe general rollout, which this "
			"board has **not** approved.\n",
			PRR_LEVEL_PARTIAL,
			"GO for the pilot (5% of card traffic). The pilot only touches "
			"payments-api, so their NO-GO does not hold the pilot back. It "
			"does hold back the general rollout, which this board has not "
			"approved."));
	CHECK(md_states("# Review\n\nDate: 2026-02-11\n\n**Verdict:** GO for the "
			"launch on\nMonday. The team did well here.\n",
			PRR_LEVEL_READY, "GO for the launch on Monday."));
	CHECK(md_states("# Card gateway \xE2\x80\x94 PRR\n\nReview date: 2026-02-11\n\n"
			"h2. Decision\n\n{status:colour=Yellow|title=CONDITIONAL GO}  Go "
			"for the Visa routes on 02 Mar 2026. Amex routing stays on the "
			"legacy switch until CAG-412 is closed.\n",
			PRR_LEVEL_PARTIAL,
			"CONDITIONAL GO Go for the Visa routes on 02 Mar 2026. Amex "
			"routing stays on the legacy switch until CAG-412 is closed."));
}

/* "Not conditions, but expected before April payroll:" between two lists
 * under "# 4. Conditions (must be met by Mar 13, 2026)": a lead-in that
 * opens by denying the heading's word titles the list under it, which is
 * no list of conditions; one that denies another word ("Not started
 * yet:") leaves the heading's title. */
PRR_TEST(import_misc19b__lead_in_denies_the_heading)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Payroll switch\n\nDate: 2026-02-26\n\n"
		"# 4. Conditions (must be met by Mar 13, 2026)\n\n"
		"- [ ] Irish PPSN issue fixed (issue 1)\n"
		"- [ ] TIA signed off (issue 2)\n\n"
		"Not conditions, but expected before April payroll:\n\n"
		"- [ ] Break-glass admin accounts (issue 3)\n"
		"- [x] Sage kept read-only until Dec 31, 2026\n\n"
		"# 5. Conditions of the pilot\n\n"
		"Not started yet:\n\n"
		"- [ ] Pilot runbook written\n",
		&d);
	CHECK(r && r->n_checklists == 3);
	if (r && r->n_checklists == 3) {
		CHECK_STR(r->checklists[0].title, "Conditions (must be met by Mar 13, 2026)");
		CHECK_STR(r->checklists[1].title,
			  "Not conditions, but expected before April payroll");
		CHECK_STR(r->checklists[2].title, "Conditions of the pilot");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A template's leftovers: a findings row whose finding and ID are
 * placeholders ("| CS-1xx | <severity> | <finding> | <owner> | <status>
 * |") is no finding, though a row with a real ID and a title to be
 * written ("| CS-102 | High | TBD |") still is; an unticked box that
 * opens with "N/A" and its reason ("- [ ] N/A — no patient data leaves
 * the trust network") is not applicable, not pending. */
PRR_TEST(import_misc19b__template_leftovers)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# ClinicSlot\n\n**Review date:** 2026-02-11\n\n## 4. Findings\n\n"
		"| ID | Severity | Finding | Owner | Status |\n|---|---|---|---|---|\n"
		"| CS-101 | High | SIU messages sent twice | Ines | Open |\n"
		"| CS-102 | High | TBD | Ines | Open |\n"
		"| CS-1xx | <severity> | <finding> | <owner> | <status> |\n\n"
		"### 2.2 Data & clinical safety\n\n"
		"- [x] DCB0129 clinical safety case drafted\n"
		"- [ ] Hazard log signed off\n"
		"- [ ] N/A \xE2\x80\x94 no patient data leaves the trust network\n"
		"- [ ] Not applicable: no paging integration\n"
		"- [ ] NAT gateway \xE2\x80\x94 redundant pair\n",
		&d);
	CHECK(r && r->n_findings == 2 && md_finding(r, "CS-101") &&
	      md_finding(r, "CS-102") && !md_finding(r, "CS-1xx"));
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 5) {
		const prr_checkitem *it = r->checklists[0].items;
		CHECK(it[1].status == PRR_PENDING);
		CHECK(it[2].status == PRR_NA);
		CHECK(it[3].status == PRR_NA);
		CHECK(it[4].status == PRR_PENDING);
	} else {
		CHECK(false);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
