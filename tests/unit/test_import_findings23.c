/* test_import_findings23.c - findings misread in review documents of
 * other teams (round 34-35): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A finding's being fixed in a condition closes nothing, wherever in the
 * clause the condition's word is and wherever its line wraps: "… ships
 * as a beta until\nCKO-5535 is fixed" (a line that goes on with a
 * sentence is no new statement), "If the pen test finds nothing critical
 * and LEX-88 is fixed …".  A fact after the condition's comma still
 * closes one. */
PRR_TEST(import_findings23__fixed_in_a_condition_stays_open)
{
	static const struct {
		const char *para;
		bool open;
	} cases[] = {
		{ "It ships as a beta until\nAB-12 is fixed (restore the alias), "
		  "planned for 2026-08-25.", true },
		{ "If the pen test finds nothing critical and AB-12 is fixed and "
		  "re-drilled by 2026-04-30, we will be GO on 2026-05-04.", true },
		{ "Once the hotfix shipped, AB-12 was fixed on 2026-04-02.", false },
		{ "AB-12 was fixed on 2026-04-02.", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Review\n\n## Findings\n\n- **AB-12 (High)** \xE2\x80\x94 "
			"Alias removed. Blocks the GA.\n\n## Decision\n\n%s\n",
			cases[i].para);
		CHECK((md_finding(r, "AB-12") != NULL) == cases[i].open);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "blocks" after a subject that denies it in its clause blocks nothing:
 * "Neither open finding blocks the launch: REL-77 affects …" names
 * REL-77 as no blocker; "If not fixed, REL-77 blocks the launch." (the
 * denial before a comma, another clause's) still blocks. */
PRR_TEST(import_findings23__neither_finding_blocks)
{
	static const char *const doc =
		"# Review\n\n## Findings\n\n| ID | Finding | Severity | Status |\n"
		"|---|---|---|---|\n| REL-77 | Preview not escaped | Medium | Open |\n"
		"| REL-81 | Backfill double-counts | Low | Open |\n\n%s\n";
	char out[16], text[800];
	snprintf(text, sizeof text, doc,
		 "Neither open finding blocks the launch: REL-77 affects the "
		 "internal preview only, and\nREL-81 affects a Tier 3 dashboard.");
	CHECK_STR(md_blocking(text, out), "00");
	snprintf(text, sizeof text, doc, "If not fixed, REL-77 blocks the launch.");
	CHECK_STR(md_blocking(text, out), "10");
}

/* A finding's heading under a heading that rates what it lists ("##
 * High-risk issues") is of the severity its own text states, where it
 * states one ("Severity: **Critical**. … Blocks launch."); the heading
 * above rates only those that state none. */
PRR_TEST(import_findings23__own_severity_over_the_heading_above)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# ORR: keystone-sts\n\n## High-risk issues\n\n"
		"### HRI-1: Key rotation rejects valid tokens\n"
		"Severity: **Critical**. Every client would see 401s. Blocks launch.\n\n"
		"### HRI-2: No external penetration test\n"
		"Test booked for 2026-11-09.\n", &d);
	const prr_finding *a = md_finding(r, "HRI-1"), *b = md_finding(r, "HRI-2");
	CHECK(a && a->severity == PRR_SEV_CRITICAL && a->blocking);
	CHECK(b && b->severity == PRR_SEV_HIGH);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A findings table's column of what each blocks ("Blocks", "Blocking")
 * that names it ("Production", "100 % rollout", "Nordics only") makes
 * the finding blocking; "—", "No", "None", "N/A" do not. */
PRR_TEST(import_findings23__blocks_column_names_what_is_blocked)
{
	char out[16];
	CHECK_STR(md_blocking(
		"# Review\n\n## Findings\n\n| ID | Severity | Finding | Blocks | Status |\n"
		"|---|---|---|---|---|\n"
		"| OS-211 | High | Failover too slow | Production | Open |\n"
		"| OS-212 | High | Pool held | 100 % rollout | Open |\n"
		"| OS-219 | Low | UTC on dashboard | \xE2\x80\x94 | Open |\n"
		"| OS-220 | Low | Typo | None | Open |\n"
		"| OS-221 | Low | Old doc | N/A | Open |\n"
		"| OS-222 | Low | Colours | No | Open |\n", out), "110000");
	CHECK_STR(md_blocking(
		"# Review\n\n## Findings\n\n| ID | Severity | Finding | Blocking |\n"
		"|---|---|---|---|\n| RP-201 | Critical | No second provider | Nordics only |\n"
		"| RP-202 | High | Tokens live 90 days | No |\n", out), "10");
}

/* A finding's text that ends with a remark in brackets saying it is
 * over is fixed: "… malformed DSL (fixed in 0.9.3, kept here for the
 * record)."; not "(fix planned for 0.9.4)", nor "(fixed in staging
 * only)", nor a remark inside the text. */
PRR_TEST(import_findings23__closing_remark_says_fixed)
{
	static const struct {
		const char *text;
		bool open;
	} cases[] = {
		{ "Verbose error on bad DSL (fixed in 0.9.3, kept here for the record).", false },
		{ "Verbose error on bad DSL (Fixed in 0.9.3)", false },
		{ "Verbose error on bad DSL (fix planned for 0.9.4).", true },
		{ "Verbose error on bad DSL (fixed in staging only).", true },
		{ "The old parser (fixed in 0.9.3) leaks errors in the new one.", true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Review\n\n## Findings\n\n- **SG-95 (Low)** \xE2\x80\x94 %s\n"
			"- **SG-96 (High)** \xE2\x80\x94 No rate limit.\n", cases[i].text);
		CHECK((md_finding(r, "SG-95") != NULL) == cases[i].open);
		CHECK(md_finding(r, "SG-96") != NULL);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A paragraph labelled open ("Open: **PR-71 (Low)** — …") holds its
 * finding, as the item "- **PR-71 (Low)** — …" does; and where two
 * services or more each have a heading of their own with their own
 * verdict, the findings under each heading are of that service. */
PRR_TEST(import_findings23__open_label_and_service_of_a_part)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Payments Domain \xE2\x80\x94 Portfolio\n\n## payout-router\n\n"
		"| Area | Status |\n|---|---|\n| Observability | \xE2\x9C\x85 |\n"
		"| Operations | \xE2\x9A\xA0\xEF\xB8\x8F |\n\n**Verdict: GO.**\n\n"
		"Open: **PR-71 (Low)** \xE2\x80\x94 add SWIFT cut-off table to the runbook.\n\n"
		"## fx-quotes\n\n| Area | Status |\n|---|---|\n"
		"| Observability | \xE2\x9C\x85 |\n| Resilience | \xE2\x9A\xA0\xEF\xB8\x8F |\n\n"
		"**Verdict: CONDITIONAL GO.**\n\nOpen:\n"
		"- **FXQ-33 (Medium)** \xE2\x80\x94 Provider failover is manual.\n\n"
		"## Domain overall\n\n**Domain verdict: PARTIAL.**\n", &d);
	const prr_finding *a = md_finding(r, "PR-71"), *b = md_finding(r, "FXQ-33");
	CHECK(a && a->severity == PRR_SEV_LOW && a->component &&
	      strcmp(a->component, "payout-router") == 0);
	CHECK(b && b->component && strcmp(b->component, "fx-quotes") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* one service's sections, no verdict of their own: no component */
	r = md_text("# Review\n\n## payout-router\n\n| Area | Status |\n|---|---|\n"
		    "| Observability | \xE2\x9C\x85 |\n\n"
		    "- **PR-71 (Low)** \xE2\x80\x94 add SWIFT cut-off table.\n", &d);
	a = md_finding(r, "PR-71");
	CHECK(a && !a->component);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A POA&M's table of weaknesses, each rated by its risk and saying
 * whether it blocks, is its open findings (not risks), keyed by the IDs
 * of its first column: "| POA&M | Control | Weakness | Risk | … |
 * Blocks full ATO |" over "| POAM-01 | AC-2 | … | High | … | Yes |". */
PRR_TEST(import_findings23__poam_weaknesses_are_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Portal \xE2\x80\x94 control readiness\n\n"
		"## Plan of action and milestones (POA&M)\n\n"
		"| POA&M | Control | Weakness | Risk | Owner | Scheduled completion | "
		"Blocks full ATO |\n|---|---|---|---|---|---|---|\n"
		"| POAM-01 | AC-2 | Leavers de-provisioned by hand | High | Nadia | "
		"2026-07-15 | Yes |\n"
		"| POAM-04 | SR-3 | SMS provider not reviewed | Low | Fatima | "
		"2026-08-31 | No |\n", &d);
	const prr_finding *a = md_finding(r, "POAM-01"), *b = md_finding(r, "POAM-04");
	CHECK(r && r->n_risks == 0 && r->n_findings == 2);
	CHECK(a && a->severity == PRR_SEV_HIGH && a->blocking &&
	      strcmp(a->title, "Leavers de-provisioned by hand") == 0);
	CHECK(b && b->severity == PRR_SEV_LOW && !b->blocking);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A paragraph that names a finding in passing, its ID and severity in
 * brackets after what it is ("… our biggest merchants will hit (LEX-12,
 * high)."), states that finding, titled by its sentence up to them; two
 * IDs are two findings whatever their titles; not "(LEX-3, see below)",
 * nor under a heading of risks. */
PRR_TEST(import_findings23__finding_named_in_prose)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Ledger export\n\n## Where we are\n\n"
		"The production SFTP host caps a folder at 10,000 files, which our "
		"biggest merchants will hit (LEX-12, high). The schema declares a\n"
		"double (LEX-14,\nmedium). The schema declares a double (LEX-16, low). "
		"Old notes (LEX-3, see below).\n\n## Risks\n\n"
		"The vendor may slip its date (R-4, high).\n", &d);
	const prr_finding *a = md_finding(r, "LEX-12"), *b = md_finding(r, "LEX-14");
	CHECK(r && r->n_findings == 3 && md_finding(r, "LEX-16"));
	CHECK(a && a->severity == PRR_SEV_HIGH && a->line == 5 &&
	      strcmp(a->title, "The production SFTP host caps a folder at 10,000 "
			       "files, which our biggest merchants will hit") == 0);
	CHECK(b && b->severity == PRR_SEV_MEDIUM && b->line == 6);
	CHECK(!md_finding(r, "LEX-3") && !md_finding(r, "R-4"));
	prr_review_free(r);
	prr_diags_free(&d);
}
