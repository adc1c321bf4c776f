/* test_import_blockers38.c - what under a heading of findings or
 * blockers is none: a sentence that denies them, work that may go on,
 * actions to take.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* "- No further high blockers found for this release; the rest is
 * cosmetic." under "Open gaps:": a sentence that denies findings is
 * none (nor critical, nor blocking); "- No audit log for admin
 * actions." beside it, the lack of a thing, still is one. */
PRR_TEST(import_blockers38__denial_is_no_finding)
{
	static const char *const denials[] = {
		"No further high blockers found for this release; the rest is cosmetic.",
		"No critical blockers remain.",
		"No open issues identified.",
		"**None of these risks block the pilot.**",
		"Zero blocking issues",
	};
	for (size_t i = 0; i < sizeof denials / sizeof denials[0]; i++) {
		char doc[512];
		snprintf(doc, sizeof doc,
			 "# Review\n\n## Follow-up\n\nOpen gaps:\n- %s\n"
			 "- No audit log for admin actions.\n", denials[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_findings == 1);
		if (r && r->n_findings == 1) {
			CHECK_STR(r->findings[0].title, "No audit log for admin actions.");
			CHECK(!r->findings[0].blocking);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Under "## Launch Blockers", "These may go ahead as beta features with
 * a banner:" leads a list of what may proceed: its items are no findings;
 * the items before it still are blockers. */
PRR_TEST(import_blockers38__proceed_list_is_no_blocker)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch coordination\n\n## Launch Blockers\n\n"
		"These must not ship before legal sign-off:\n\n"
		"- Dosage reminders.\n- Minors' accounts.\n\n"
		"These may go ahead as beta features with a banner:\n\n"
		"- Step counter.\n- Weekly summary mail.\n", &d);
	CHECK(r && r->n_findings == 2);
	for (size_t i = 0; r && i < r->n_findings; i++) {
		CHECK(r->findings[i].blocking);
		CHECK(!strstr(r->findings[i].title, "Step") &&
		      !strstr(r->findings[i].title, "Weekly"));
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "2) Action: …" beside "1) Blocker: …" under "## Open Blockers and
 * Order of Fixes": an item labelled an action is one to take, no
 * blocker. */
PRR_TEST(import_blockers38__action_item_is_no_blocker)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Readiness\n\n## Open Blockers\n"
		"1) Blocker: DAST scan never run on the staging host.\n"
		"2) Action: Backfill job dry run not logged yet.\n"
		"3) **Action:** Failover drill not written down.\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK_CONTAINS(r->findings[0].title, "DAST");
		CHECK(r->findings[0].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Area | Ready? | Missing pieces | Blocking issues | Priority |": the
 * column of what is wrong names its rows blockers, so each row's finding blocks
 * (it was imported not blocking, while the report listed its critical
 * rows as blockers). */
PRR_TEST(import_blockers38__blocking_issues_column)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Readiness\n\n## Areas\n\n"
		"| Area | Ready? | Missing pieces | Blocking issues | Priority |\n|---|---|---|---|---|\n"
		"| Billing | No | Refund flow | Refunds never tested | P0 |\n"
		"| Search | Partial | Synonyms | Index is stale | P1 |\n", &d);
	CHECK(r && r->n_findings == 2);
	for (size_t i = 0; r && i < r->n_findings; i++)
		CHECK(r->findings[i].blocking);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Q2 | ~~No session timeout~~ | ~~Stale sessions~~ | ~~1 hour~~ |" in
 * a table of findings: a row struck whole is one the document took back,
 * no open finding; the row beside it is. */
PRR_TEST(import_blockers38__struck_row_is_closed)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## Should fix\n\n"
		"| # | Issue | Impact | Fix Time |\n|---|---|---|---|\n"
		"| Q1 | Logs kept 3 days | Short audit trail | 1 hour |\n"
		"| Q2 | ~~No session timeout~~ | ~~Stale sessions~~ | ~~1 hour~~ |\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK_STR(r->findings[0].id, "Q1");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Under "### Build Issues", "- **Conclusion:** nothing to migrate; not
 * an issue." and "- **`strict: true`**: Good — type errors fail the
 * build." are a conclusion and praise, no findings; "- **Lockfile
 * stale**: installs drift." beside them is one. */
PRR_TEST(import_blockers38__remarks_are_no_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## Build\n\n### Build Issues\n"
		"1. **Lockfile stale**: installs drift between machines.\n"
		"2. **`strict: true`**: Good \xE2\x80\x94 type errors fail the build.\n"
		"3. **Conclusion:** nothing to migrate; not an issue.\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK_CONTAINS(r->findings[0].title, "Lockfile");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "1. ❌ **→ ✅ Node was 16** - FIXED, now 20" under "## Issues Found":
 * a mark of failure turned to a pass by an arrow is a problem fixed
 * since, no open finding (it was one, titled "→ ✅ …"). */
PRR_TEST(import_blockers38__mark_turned_pass_is_fixed)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## Issues Found\n\n"
		"1. \xE2\x9D\x8C **\xE2\x86\x92 \xE2\x9C\x85 Node was 16** - FIXED, now 20\n"
		"2. **\xE2\x9D\x8C -> \xE2\x9C\x85 Flaky login test** - retries removed\n"
		"3. **Cache never expires** - entries live forever\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK_CONTAINS(r->findings[0].title, "Cache");
	prr_review_free(r);
	prr_diags_free(&d);
}
