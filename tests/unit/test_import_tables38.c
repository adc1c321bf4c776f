/* test_import_tables38.c - tables the importer misread in real review
 * documents (round 38): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* "Service | Cost | Purpose" of amounts ("$5/month", "~$10-15"): what
 * each service costs, a budget, no components (nor its "Total" row). */
PRR_TEST(import_tables38__cost_table_names_no_components)
{
	static const char *const docs[] = {
		"# Launch plan\n\nDate: 2026-02-01\n\n### Hosting and costs\n\n"
		"| Service | Cost | Purpose |\n|---|---|---|\n"
		"| **Fly.io starter** | $7/month | API and database |\n"
		"| **Bunny CDN** | $0 | Static files |\n"
		"| **Total first month** | ~$10-15 | Within budget |\n",
		"# Review\n\n## Cost estimate\n\n"
		"| Service | Cost | Notes |\n|---|---|---|\n"
		"| Queue workers (4) | $40-90 | ~500 jobs/day |\n"
		"| Log storage | \xE2\x82\xAC" "12 | Retention, alerts |\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r != NULL);
		if (r) {
			CHECK_INT(r->n_components, 0);
			CHECK_INT(r->n_tables, 1);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "Risk Category | Probability | Impact | Severity | Mitigation Status":
 * a first column headed "Risk" and its kind names risks, each at the
 * level its Severity column states; its "Mitigation Status" is how each
 * is mitigated, no component of checks passed. */
PRR_TEST(import_tables38__risk_category_rows_are_risks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Readiness report - Widget 2.0\n\n## 5. Open issues & risks\n\n"
		"### 5.2 Risks\n\n"
		"| Risk Category | Probability | Impact | Severity | Mitigation Status |\n"
		"|---|---|---|---|---|\n"
		"| Corrupted export | Unlikely | Critical | LOW | \xE2\x9C\x85 Exports are checksummed |\n"
		"| Slow start | Unlikely | Medium | MEDIUM | \xE2\x9C\x85 Cache warmed at boot |\n",
		&d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_components, 0);
		CHECK_INT(r->n_risks, 2);
		if (r->n_risks == 2) {
			CHECK_STR(r->risks[0].title, "Corrupted export");
			CHECK_INT(r->risks[0].level, PRR_SEV_LOW);
			CHECK_INT(r->risks[1].level, PRR_SEV_MEDIUM);
			CHECK(r->risks[1].mitigation &&
			      strstr(r->risks[1].mitigation, "Cache warmed"));
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### Key Highlights", "## Summary of Changes" over "Category | … |
 * Status": a heading that sums the document up names no part; the
 * checks are the reviewed system's, named by the title. */
PRR_TEST(import_tables38__summary_headings_name_no_part)
{
	static const char *const heads[] = { "### Key Highlights",
		"## Summary of Changes", "## 3. Highlights" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Review - Ledger Service\n\nDate: 2026-02-02\n\n%s\n\n"
			"| Category | Status | Details |\n|---|---|---|\n"
			"| Testing | \xE2\x9C\x85 PASS | 120 tests |\n"
			"| Security | \xE2\x9C\x85 PASS | no high findings |\n",
			heads[i]);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1)
			CHECK_STR(r->components[0].name, "Ledger Service");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "Category | Status | Evidence | Risks | Recommended Actions" of
 * "Green": a scorecard, each category a check at its stated status; its
 * Risks column is each category's note, no risk register that hides the
 * checks. */
PRR_TEST(import_tables38__scorecard_risks_column_is_a_note)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review of the ingest service\n\nDate: 2026-02-02\n\n## 2. Scored checklist\n\n"
		"| Category | Status | Evidence | Risks | Recommended Actions |\n"
		"|---|---|---|---|---|\n"
		"| **Tests & CI** | Green | 310 passed | None | None |\n"
		"| **Security** | Green | secrets in vault | 1 open CVE | Track upstream fix |\n",
		&d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_risks, 0);
		CHECK_INT(r->n_components, 1);
		if (r->n_components == 1) {
			CHECK_INT(r->components[0].n_checks, 2);
			if (r->components[0].n_checks == 2)
				CHECK_INT(r->components[0].checks[1].status, PRR_PASS);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "# | Area | Verdict | Key Finding" of **YES**, **PARTIAL**: after a
 * number, each area's verdict is its status (the areas' states, no
 * verdict of the document stitched from its partial rows). */
PRR_TEST(import_tables38__numbered_area_verdicts_are_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Portal -- Launch audit\n\n**Date:** 2026-02-02\n\n## Executive Summary\n\n"
		"| # | Area | Verdict | Key Finding |\n|---|---|---|---|\n"
		"| 1 | Hosting | **YES** | containers build |\n"
		"| 2 | Domain & TLS | **PARTIAL** | DNS pending |\n"
		"| 3 | Login | **YES** | hashing, sessions |\n",
		&d);
	CHECK(r != NULL);
	if (r) {
		CHECK(!r->status_text);
		CHECK_INT(md_items(r), 3);
		if (md_items(r) == 3) {
			CHECK_INT(r->checklists[0].items[0].status, PRR_PASS);
			CHECK_INT(r->checklists[0].items[1].status, PRR_PARTIAL);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Category | Status | Percentage | Notes": the checks hold each
 * category's status and note; the percentages, which no check holds,
 * stay in the table, kept (a name column, "| Owen |", is no such
 * column: test_import_tables.c). */
PRR_TEST(import_tables38__checks_table_kept_for_unread_column)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Tool report\n\nDate: 2026-02-02\n\n## Breakdown\n\n"
		"| Category | Status | Percentage | Notes |\n|---|---|---|---|\n"
		"| **Install** | \xE2\x9C\x85 Ready | 100% | works |\n"
		"| **Tests** | \xE2\x9C\x85 Ready | 90% | key needed |\n",
		&d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_components, 1);
		CHECK_INT(r->n_tables, 1);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**PASS** (Backend)<br>**FAIL** (Frontend)": statuses each of a part
 * in brackets, a pass and another, are a pass of some parts only:
 * partial, as the " / " form is. */
PRR_TEST(import_tables38__pass_of_one_part_is_partial)
{
	static const char *const cells[] = {
		"**PASS** (API)<br>**MISSING** (Web)",
		"**PASS** (API) / **MISSING** (Web)",
		"PASS (iOS), FAIL (Android)",
	};
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Report\n\nDate: 2026-02-02\n\n| # | Item | Status | Summary |\n"
			"|---|---|---|---|\n| 1 | Container build | %s | web has none |\n"
			"| 2 | Tracing | **MISSING** | none |\n", cells[i]);
		CHECK(r && md_items(r) == 2);
		if (r && md_items(r) == 2)
			CHECK_INT(r->checklists[0].items[0].status, PRR_PARTIAL);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* (both parts passing is a pass) */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Report\n\nDate: 2026-02-02\n\n| # | Item | Status |\n"
				"|---|---|---|\n| 1 | Build | PASS (API) / PASS (Web) |\n"
				"| 2 | Lint | PASS |\n", &d);
	CHECK(r && md_items(r) == 2);
	if (r && md_items(r) == 2)
		CHECK_INT(r->checklists[0].items[0].status, PRR_PASS);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Test type | Present | Result" of "✅ YES" beside "Many test files", a
 * path: a Result column that states a status in one cell of three at
 * most is each row's note; the column marked in every row its status. */
PRR_TEST(import_tables38__marked_column_beside_described_result)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Tool readiness\n\nDate: 2026-02-02\n\n### 4. Tests\n\n"
		"| Test type | Present | Result |\n|---|---|---|\n"
		"| **Unit tests** | \xE2\x9C\x85 YES | \xE2\x9A\xA0\xEF\xB8\x8F 1 flaky (fixed) |\n"
		"| **Integration tests** | \xE2\x9C\x85 YES | `/pkg/scan/scan_test.go` |\n"
		"| **Fixtures** | \xE2\x9C\x85 YES | Many sample files |\n",
		&d);
	CHECK(r && md_items(r) == 3);
	for (size_t i = 0; r && md_items(r) == 3 && i < 3; i++)
		CHECK_INT(r->checklists[0].items[i].status, PRR_PASS);
	CHECK(!md_said(&d, "unknown status"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "⚠️ SKIP*": a run left out and flagged by a warning's mark is not run
 * yet, pending, no partial pass ("SKIPPED" alone stays not applicable;
 * "⚠️ Skipping some" is partial). */
PRR_TEST(import_tables38__flagged_skip_is_pending)
{
	static const struct {
		const char *cell;
		prr_status st;
	} cases[] = {
		{ "\xE2\x9A\xA0\xEF\xB8\x8F SKIP*", PRR_PENDING },
		{ "\xE2\x9A\xA0\xEF\xB8\x8F **Skipped** (no runner)", PRR_PENDING },
		{ "SKIPPED", PRR_NA },
		{ "\xE2\x9A\xA0\xEF\xB8\x8F Skipping some", PRR_PARTIAL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# CI report\n\nDate: 2026-02-02\n\n| Job | Status | Duration |\n"
			"|---|---|---|\n| Lint | \xE2\x9C\x85 PASS | 30s |\n"
			"| Test (Node 20) | %s | N/A |\n", cases[i].cell);
		CHECK(r && md_items(r) == 2);
		if (r && md_items(r) == 2)
			CHECK_INT(r->checklists[0].items[1].status, cases[i].st);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
