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
