/* test_import_tables2.c - what the importer reads in tables and status
 * headings of reviews written by other teams (round 14): each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

#include <stdlib.h>
#include <time.h>

/* The one component of a one-row scorecard `cell`, its check's status. */
static prr_status scorecard_cell(const char *cell)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_fmt(&d,
		"# Vault review\n\n| Component | Security |\n|---|---|\n"
		"| Broker | %s |\n", cell);
	prr_status st = r && r->n_components == 1 &&
				r->components[0].n_checks == 1
			? r->components[0].checks[0].status : (prr_status)-1;
	prr_review_free(r);
	prr_diags_free(&d);
	return st;
}

/* A cell that tells a change states the state it changed to: after its
 * last arrow or "now" ("❌ → ✅" is a pass, "⚠️ → ❌ (regressed)" a fail,
 * "Was ✅ on 08-10<br>now ⚠️ Partial" partial); marks of a pass and a
 * fail side by side ("AWS ✅<br>GCP ✅<br>Azure ❌") are a pass in part,
 * unless the fail is what it was ("✅ Pass (was ❌ on 08-10)"). */
PRR_TEST(import_tables2__cell_states_what_it_changed_to)
{
	static const struct {
		const char *cell;
		prr_status st;
	} cases[] = {
		{ "Was \xE2\x9C\x85 on 08-10<br>now \xE2\x9A\xA0\xEF\xB8\x8F Partial:"
		  "<br>leaver's key share not rotated", PRR_PARTIAL },
		{ "\xE2\x9D\x8C \xE2\x86\x92 \xE2\x9C\x85", PRR_PASS },
		{ "\xE2\x9A\xA0\xEF\xB8\x8F \xE2\x86\x92 \xE2\x9D\x8C (regressed)", PRR_FAIL },
		{ "was \xE2\x9D\x8C, now \xE2\x9C\x85", PRR_PASS },
		{ "\xE2\x9D\x8C Fail -> \xE2\x9C\x85 Pass", PRR_PASS },
		{ "AWS \xE2\x9C\x85<br>GCP \xE2\x9C\x85<br>Azure \xE2\x9D\x8C", PRR_PARTIAL },
		/* what it was stays behind; words after "now" that state
		 * nothing leave the cell's first */
		{ "\xE2\x9C\x85 Pass<br>(was \xE2\x9D\x8C on 08-10)", PRR_PASS },
		{ "\xE2\x9C\x85 Enforced now", PRR_PASS },
		{ "\xE2\x9D\x8C Fail", PRR_FAIL },
		{ "Known gap \xE2\x9D\x8C", PRR_FAIL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_status st = scorecard_cell(cases[i].cell);
		if (st != cases[i].st)
			fprintf(stderr, "  '%s': %d\n", cases[i].cell, (int)st);
		CHECK(st == cases[i].st);
	}
	/* a long cell of arrows and words: read once, quickly */
	size_t n = 60000;
	char *cell = malloc(n * 4 + 16);
	CHECK(cell != NULL);
	if (!cell)
		return;
	for (size_t k = 0; k < n; k++)
		memcpy(cell + k * 4, "now ", 4);
	strcpy(cell + n * 4, "-> \xE2\x9C\x85");
	char *doc = malloc(n * 4 + 128);
	CHECK(doc != NULL);
	if (doc) {
		snprintf(doc, n * 4 + 128, "# V\n\n| Component | Security |\n"
			 "|---|---|\n| Broker | %s |\n", cell);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_components == 1 && r->components[0].n_checks == 1 &&
		      r->components[0].checks[0].status == PRR_PASS);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	free(doc);
	free(cell);
}

/* Headings under "## Service status" (or "System status", "Service
 * readiness") that state a status are components, as under "##
 * Services". */
PRR_TEST(import_tables2__service_status_headings_are_components)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Skyforge launch review\n\n## Service status\n\n"
		"### Accounts & login \xE2\x80\x94 \xE2\x9C\x85 Ready\n\nPassed LT-5.\n\n"
		"### Matchmaking \xE2\x80\x94 \xE2\x9A\xA0\xEF\xB8\x8F At risk\n\np99 3.4 s.\n\n"
		"### Live-ops event pipeline \xE2\x80\x94 \xE2\x9D\x8C Not ready\n\n"
		"Scheduler rejects schedules.\n", &d);
	CHECK(r && r->n_components == 3);
	if (r && r->n_components == 3) {
		CHECK_STR(r->components[0].name, "Accounts & login");
		CHECK(r->components[0].status == PRR_PASS);
		CHECK(r->components[1].status == PRR_PARTIAL);
		CHECK(r->components[2].status == PRR_FAIL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading that states its status in a word in capitals after a dash
 * ("### ap-south-1 — CONDITIONAL", "— NOT READY") over its table of
 * checks gives the component it names that status. */
PRR_TEST(import_tables2__capital_status_of_a_component_heading)
{
	static const struct {
		const char *word;
		prr_status st;
	} cases[] = {
		{ "CONDITIONAL", PRR_PARTIAL },
		{ "NOT READY", PRR_FAIL },
		{ "GO", PRR_PASS },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Checkout rollout\n\n"
			"### ap-south-1 \xE2\x80\x94 %s\n\nCanary only.\n\n"
			"| Check | Status |\n|---|---|\n| Capacity | \xE2\x9C\x85 |\n"
			"| Alerting | \xE2\x9A\xA0\xEF\xB8\x8F |\n", cases[i].word);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1) {
			CHECK_STR(r->components[0].name, "ap-south-1");
			CHECK(r->components[0].status == cases[i].st);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "# | Criterion | Threshold | Measured | Result": gates by number, each
 * a check whose result the document states (as "Gate | Threshold |
 * Measured | Result"), not a table kept unread. */
PRR_TEST(import_tables2__numbered_gate_table_gives_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Ledger DB cut-over\n\n## Gate criteria\n\n"
		"| # | Criterion | Threshold | Measured | Result |\n|---|---|---|---|---|\n"
		"| G1 | Replication lag | < 5 s | 0.8 s | PASS |\n"
		"| G2 | Row-count diff | = 0 | 14,203 missing | FAIL |\n"
		"| G3 | Runbook reviewed | done | 1 of 2 shifts | PARTIAL |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1 && r->components[0].n_checks == 3) {
		CHECK_STR(r->components[0].checks[0].category, "Replication lag");
		CHECK(r->components[0].checks[0].status == PRR_PASS);
		CHECK(r->components[0].checks[1].status == PRR_FAIL);
		CHECK(r->components[0].checks[2].status == PRR_PARTIAL);
	} else {
		CHECK(false);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Date | Environment | Outcome" of rehearsals run: rows named by a day
 * alone are a log of what happened, kept as a table, no checklist of
 * tasks pending; "Date | Task | Status" stays a checklist. */
PRR_TEST(import_tables2__dated_log_is_no_checklist)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Ledger DB cut-over\n\n## Rehearsal history\n\n"
		"| Date | Environment | Outcome |\n|---|---|---|\n"
		"| 2026-03-14 | staging | Write freeze 31 min, too long |\n"
		"| 2026-03-28 | staging | Write freeze 14 min, smoke suite green |\n", &d);
	CHECK(r && r->n_checklists == 0 && r->n_tables == 1);
	CHECK(d.warnings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_diags d2 = PRR_DIAGS_INIT;
	r = md_text("# Cut-over\n\n## Tasks\n\n| Date | Task | Status |\n|---|---|---|\n"
		    "| 2026-03-14 | Freeze writes | Done |\n"
		    "| 2026-03-15 | Switch DNS | Open |\n", &d2);
	CHECK(r && r->n_checklists == 1);
	prr_review_free(r);
	prr_diags_free(&d2);
}

/* "Cluster | Window (UTC) | Change | Status" of change windows booked
 * (Approved, Pending): a schedule, kept as a table; an approved window is
 * no work done, so no checklist "2 of 3 done". */
PRR_TEST(import_tables2__booked_windows_are_no_checklist)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# EKS upgrade review\n\n## Maintenance windows\n\n"
		"| Cluster | Window (UTC) | Change | Status |\n|---|---|---|---|\n"
		"| prod-euw1 | 2026-02-10 02:00\xE2\x80\x93" "05:00 | CHG-8812 | Approved |\n"
		"| prod-use1 | 2026-02-12 07:00\xE2\x80\x93" "10:00 | CHG-8813 | Approved |\n"
		"| batch-euw1 | 2026-02-17 09:00\xE2\x80\x93" "13:00 | CHG-8814 | Pending |\n", &d);
	CHECK(r && r->n_checklists == 0 && r->n_tables == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Controls tested under "## Exceptions" whose every result is an
 * exception ("Exception — 4 of 60 sampled grants approved after
 * provisioning") list only the controls that failed: each a finding, open
 * ("approved" in the result closes nothing), titled by the control and
 * what was found; no checks, so no readiness of 0 of 5 by their choosing.
 * One "No exceptions noted" among them keeps them checks (above). */
PRR_TEST(import_tables2__exceptions_only_are_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# SOC 2 readiness\n\nOverall status: **AT RISK**\n\n"
		"## Exceptions\n\n| Control ID | Criteria | Control description | Owner "
		"| Result |\n|---|---|---|---|---|\n| AC-03 | CC6.2 | Access approved "
		"before provisioning | @d | Exception \xE2\x80\x94 4 of 60 sampled grants "
		"approved after provisioning |\n| AC-07 | CC6.3 | Quarterly access review "
		"| @d | Exception \xE2\x80\x94 signed off 19 days late |\n", &d);
	CHECK(r && r->n_components == 0 && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "AC-03");
		CHECK_STR(r->findings[0].title, "Access approved before provisioning: "
			  "Exception \xE2\x80\x94 4 of 60 sampled grants approved after "
			  "provisioning");
		CHECK_STR(r->findings[1].id, "AC-07");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
