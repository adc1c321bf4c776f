/* test_import_misc19a.c - what the importer reads in living documents
 * (round 30: action tables that rate their rows, traffic lights with no
 * day, the day an item was carried from, struck items said done, a
 * finding rated again): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* An action table whose rows are keyed by findings' IDs and rate
 * themselves ("SL-118 | Nomination sync misses … (High) | … | ❌ Open —
 * blocks the 40-practice rollout"): those rows are findings, open or
 * closed as their status says, blocking where it says it blocks; the
 * rows that rate nothing stay actions. */
PRR_TEST(import_misc19a__rated_action_rows_are_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# ScriptLine\n\nDate: 2026-02-25\n\n### Action items\n\n"
		"| # | Action | Owner | Origin | Status |\n|---|---|---|---|---|\n"
		"| SL-104 | Hazard log sign-off by CSO | Dr. Nadeem | Review 1 | "
		"\xE2\x9C\x85 Done 2026-02-11 |\n"
		"| SL-109 | Out-of-hours support rota | Owen Mbeki | Review 1 | In progress |\n"
		"| SL-118 | Nomination sync misses pharmacy-side changes (High) | "
		"Integration team | New | \xE2\x9D\x8C Open \xE2\x80\x94 blocks the "
		"40-practice rollout |\n"
		"| SL-120 | Interaction check p95 1.4 s (target 1 s) (Medium) | "
		"Owen Mbeki | New | \xE2\x9D\x8C Open |\n"
		"| SL-121 | Alert routing (Low) | Owen Mbeki | New | \xE2\x9C\x85 Done |\n",
		&d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "SL-118");
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
		CHECK(r->findings[0].blocking);
		CHECK_STR(r->findings[0].title, "Nomination sync misses pharmacy-side changes");
		CHECK_STR(r->findings[1].id, "SL-120");
		CHECK(r->findings[1].severity == PRR_SEV_MEDIUM);
		CHECK(!r->findings[1].blocking);
		CHECK_STR(r->findings[1].title, "Interaction check p95 1.4 s (target 1 s)");
	}
	/* the others are actions still: one done, one on its way */
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2) {
		CHECK_STR(r->milestones[0].name, "Hazard log sign-off by CSO");
		CHECK(r->milestones[0].done);
		CHECK_STR(r->milestones[1].name, "Out-of-hours support rota");
		CHECK(!r->milestones[1].done);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Platform | Status | Owner" whose statuses are a traffic light's
 * colours alone, with no day in the table: each row is a part with its
 * status, not a milestone with no day; a table of tasks with the same
 * columns ("Done", "In progress") stays milestones. */
PRR_TEST(import_misc19a__traffic_lights_with_no_day_are_parts)
{
	/* (as written, and with the old colours struck) */
	static const char *const rows[] = {
		"| iOS | Green | Hana Sato |\n| Android | Amber | Piotr Nowak |\n",
		"| iOS | ~~Amber~~ Green | Hana Sato |\n"
		"| Android | ~~Red~~ Amber | Piotr Nowak |\n",
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# ParcelPal Mobile 5.0\n\nDate: 2026-02-24\n\n## Platforms\n\n"
			"| Platform | Status | Owner |\n|---|---|---|\n"
			"%s| Backend | Green | Lotte Maes |\n", rows[i]);
		CHECK(r && r->n_milestones == 0 && r->n_components == 3);
		if (r && r->n_components == 3) {
			CHECK_STR(r->components[0].name, "iOS");
			CHECK(r->components[0].status == PRR_PASS);
			CHECK_STR(r->components[1].name, "Android");
			CHECK(r->components[1].status == PRR_PARTIAL);
			CHECK(r->components[2].status == PRR_PASS);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Plan\n\nDate: 2026-02-24\n\n## Work\n\n"
		"| Task | Status | Owner |\n|---|---|---|\n"
		"| Store listing | Done | Hana Sato |\n| Crash triage | In progress | Piotr Nowak |\n",
		&d);
	CHECK(r && r->n_milestones == 2 && r->n_components == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| ID | Action | Owner | Since | Status |" over "carried over from
 * 2026-01-12": the day an item was raised or carried over from is not
 * when it is due, so the milestone has no due day ("Raised", "Opened"
 * alike); a "Target" column's day still is. */
PRR_TEST(import_misc19a__since_column_is_no_due_day)
{
	static const char *const heads[] = { "Since", "Raised", "Opened" };
	char doc[600];
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		snprintf(doc, sizeof doc,
			 "# Lumen Ranker v7\n\nReview held: 2026-03-05\n\n### Carried over\n\n"
			 "| ID | Action | Owner | %s | Status |\n|---|---|---|---|---|\n"
			 "| LR-41 | Drift alert on embedding norms | Tom Halloran | "
			 "carried over from 2026-01-12 | In progress |\n"
			 "| LR-49 | Shadow-score v7 against v6 | Wen Li | 2026-02-09 | Done |\n",
			 heads[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_milestones == 2);
		if (r && r->n_milestones == 2) {
			CHECK_STR(r->milestones[0].name, "Drift alert on embedding norms");
			CHECK(!r->milestones[0].due && !r->milestones[0].done);
			CHECK(!r->milestones[1].due && r->milestones[1].done);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Lumen Ranker v7\n\nReview held: 2026-03-05\n\n### Actions\n\n"
		"| ID | Action | Owner | Target | Status |\n|---|---|---|---|---|\n"
		"| LR-41 | Drift alert on embedding norms | Tom Halloran | 2026-03-20 | In progress |\n",
		&d);
	CHECK(r && r->n_milestones == 1 && r->milestones[0].due &&
	      strcmp(r->milestones[0].due, "2026-03-20") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "3. ~~**PM-405** — no kill switch …~~ — was ⚠️, now ✅" under
 * "## Blockers from the 10 February review": a struck item whose text
 * after the strike says it changed to a pass is over, as "~~…~~ — fixed
 * in build 5009" is: no finding, not one titled "— was ⚠️, now". */
PRR_TEST(import_misc19a__struck_item_now_passing_is_over)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# ParcelPal Mobile 5.0\n\nDate: 2026-02-24\n\n"
		"## Blockers from the 10 February review\n\n"
		"1. ~~**PM-398** \xE2\x80\x94 offline queue drops scans~~ \xE2\x80\x94 fixed "
		"in build 5009, was \xE2\x9D\x8C, now \xE2\x9C\x85\n"
		"2. **PM-412 (Critical)** \xE2\x80\x94 Android crash on camera permission "
		"denial. **Blocks the Android release**.\n"
		"3. ~~**PM-405** \xE2\x80\x94 no kill switch for the new checkout flow~~ "
		"\xE2\x80\x94 was \xE2\x9A\xA0\xEF\xB8\x8F, now \xE2\x9C\x85\n"
		"4. ~~**PM-406** \xE2\x80\x94 no crash alerting~~ \xE2\x80\x94 \xE2\x9D\x8C "
		"\xE2\x86\x92 \xE2\x9C\x85\n",
		&d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK_STR(r->findings[0].id, "PM-412");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "1. **PW-31 (Critical)** — ~~Narrow-aisle deadlock …~~ → downgraded to
 * **Medium** on 16 March: watchdog clears it": a finding rated again is
 * of the severity it was rated to ("downgraded to", "upgraded to", "was
 * High, now Medium"), titled by the remark after the clause that says
 * so, not by the clause; "latency is now low" rates nothing. */
PRR_TEST(import_misc19a__finding_rated_again)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# PickWave Fleet Controller\n\nDate: 2026-03-09\n\n## Findings\n\n"
		"1. **PW-31 (Critical)** \xE2\x80\x94 ~~Narrow-aisle deadlock halts a whole "
		"zone~~ \xE2\x86\x92 downgraded to\n   **Medium** on 16 March: watchdog "
		"clears it; tie-breaker fix in place.\n"
		"2. **PW-33 (Low)** \xE2\x80\x94 Charger queue starves two robots; "
		"upgraded to **High** after the soak.\n"
		"3. **PW-34 (High)** \xE2\x80\x94 Map reload stalls picks, was High, now Low.\n"
		"4. **PW-38 (Medium)** \xE2\x80\x94 Dashboard latency is now low.\n",
		&d);
	CHECK(r && r->n_findings == 4);
	if (r && r->n_findings == 4) {
		CHECK_STR(r->findings[0].id, "PW-31");
		CHECK(r->findings[0].severity == PRR_SEV_MEDIUM);
		CHECK_STR(r->findings[0].title, "watchdog clears it; tie-breaker fix in place.");
		CHECK(r->findings[1].severity == PRR_SEV_HIGH);
		CHECK_STR(r->findings[1].title, "Charger queue starves two robots; "
						"upgraded to High after the soak.");
		CHECK(r->findings[2].severity == PRR_SEV_LOW);
		CHECK(r->findings[3].severity == PRR_SEV_MEDIUM);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
