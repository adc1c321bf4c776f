/* test_import_misc4.c - what the importer reads in layouts found by
 * review documents written by other teams (rounds 22 and 23): each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A <details> block under a heading of findings whose summary opens with
 * a finding's ID and states its severity is that finding: its title the
 * summary's first part, blocking where its rating says "blocks …"; a
 * summary without a severity, or under another heading, is none. */
PRR_TEST(import_misc4__details_summary_is_a_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Courier — readiness review\n\nDate: 2026-06-09\n\n"
		"## Open findings\n\n<details open>\n"
		"<summary><b>CN-57 — SMS has no carrier failover</b> "
		"<sup>High · blocks SMS launch</sup></summary>\n\n"
		"All SMS goes through one carrier.\n\n</details>\n\n"
		"<details>\n<summary><b>CN-58 — no alert on SMS spend</b> "
		"<sup>Medium</sup></summary>\n\nText.\n\n</details>\n\n"
		"<details>\n<summary>CN-59 — logs</summary>\n\nText.\n\n</details>\n\n"
		"## Notes\n\n<details>\n<summary><b>CN-61 — old</b> "
		"<sup>High</sup></summary>\n\nText.\n\n</details>\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "CN-57");
		CHECK_STR(r->findings[0].title, "SMS has no carrier failover");
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
		CHECK(r->findings[0].blocking);
		CHECK_STR(r->findings[1].id, "CN-58");
		CHECK(r->findings[1].severity == PRR_SEV_MEDIUM);
		CHECK(!r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A table of targets against what was achieved named by its components
 * ("Service | Target | Achieved | Result") gives a component a row, its
 * status the result, as "Service | Result" does; named by gates it gives
 * the review's checks, as before. */
PRR_TEST(import_misc4__target_achieved_rows_are_components)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Rx Orders — DR Drill Review\n\nReview held: 2026-01-28\n\n"
		"## Targets vs achieved\n\n| Service | Target | Achieved | Result |\n"
		"|---|---:|---:|---|\n| order-api | 30 min | 22 min | ✅ |\n"
		"| reporting-db | 120 min | 158 min | ❌ |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_STR(r->components[0].name, "order-api");
		CHECK(r->components[0].status == PRR_PASS);
		CHECK_STR(r->components[1].name, "reporting-db");
		CHECK(r->components[1].status == PRR_FAIL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
