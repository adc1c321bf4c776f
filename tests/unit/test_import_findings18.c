/* test_import_findings18.c - misreadings found by readers of unseen
 * documents (round 18 of fixes): blockers named by go-live conditions,
 * Confluence's wiki tables, titles and components of findings and
 * checks; each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"

#include <stdlib.h>

/* The first list under a heading of conditions names what must be fixed
 * before go-live: the findings its open items name, by ID or by their
 * number in the last list of findings ("(issue 1)", "see finding 2"),
 * block; not one of a later list ("Not conditions, but expected …"),
 * nor one met ("[x]"), nor one that offers another way (", or …"). */
PRR_TEST(import_findings18__go_live_conditions_block)
{
	char b[16];
	CHECK_STR(md_blocking(
		"# Ledger API \xE2\x80\x94 PRR\n\n## Findings\n\n"
		"1. **LED-1 (High)** \xE2\x80\x94 No alert on replication lag.\n"
		"2. **LED-2 (Medium)** \xE2\x80\x94 Runbook missing failover steps.\n"
		"3. **LED-3 (Low)** \xE2\x80\x94 Dashboard uses old panels.\n\n"
		"## Go-live conditions\n\n"
		"- Replication lag alerting in place (issue 1).\n"
		"- Failover steps added to the runbook (see finding 2).\n\n"
		"Not conditions, but expected before April:\n\n"
		"- Panels migrated (issue 3).\n", b), "110");
	CHECK_STR(md_blocking(
		"# Gateway \xE2\x80\x94 PRR\n\n## Findings\n\n"
		"- **CAG-419 (Medium)** \xE2\x80\x94 Rollback not rehearsed.\n"
		"- **CAG-426 (Medium)** \xE2\x80\x94 Settlement window missed.\n"
		"- **CAG-423 (Low)** \xE2\x80\x94 Old panels.\n"
		"- **CAG-430 (Low)** \xE2\x80\x94 Load test on 50% only.\n\n"
		"## Conditions for go-live\n\n"
		"1. Rollback rehearsed in production (CAG-419).\n"
		"2. Settlement re-run under 40 min (CAG-426).\n"
		"3. [x] Panels migrated (CAG-423).\n"
		"4. CAG-430 load test at 100% passed, or the rollout split.\n", b),
		"1100");
	/* "Load test conditions" name no go-live: only the first list */
	CHECK_STR(md_blocking(
		"# Gateway \xE2\x80\x94 PRR\n\n## Findings\n\n"
		"- **CAG-1 (Medium)** \xE2\x80\x94 Slow.\n\n"
		"## Notes\n\n- See CAG-1 (issue 1).\n", b), "0");
}

/* "Blocks the iOS release" (an article, the event named, words after
 * it) blocks, as "Blocks iOS release." does; not "blocks web traffic". */
PRR_TEST(import_findings18__blocks_the_platform_release)
{
	char b[16];
	CHECK_STR(md_blocking(
		"# Kestrel \xE2\x80\x94 PRR\n\n## Findings\n\n"
		"- **KM-1 (Medium)** \xE2\x80\x94 Crash on cold start. Blocks the iOS release.\n"
		"- **KM-2 (Medium)** \xE2\x80\x94 Crash on resume. Blocks the Android launch until fixed.\n"
		"- **KM-3 (Low)** \xE2\x80\x94 Slow sync; blocks web traffic at peak.\n", b),
		"110");
}

/* Confluence's wiki tables ("||Component||Status||" over "|auth-api|…|")
 * are read as Markdown's pipe tables are, at their lines in the
 * document; a Markdown table with an empty first header cell is no such
 * table. */
PRR_TEST(import_findings18__confluence_tables)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Card Gateway \xE2\x80\x94 PRR\n\n*Review date:* 11 Feb 2026\n\n"
		"## Findings\n"
		"||ID||Severity||Finding||Status||\n"
		"|CAG-412|High|Amex router has no circuit breaker|Open \xE2\x80\x94 blocks Amex cut-over|\n"
		"|CAG-401|Critical|PAN in debug logs|Fixed in 2.3.7|\n"
		"Settlement is tracked elsewhere.\n\n"
		"## Scorecard\n\n"
		"||Component||Monitoring||Rollback||\n"
		"|auth-api|Pass|Pass|\n"
		"|capture-worker|Pass|Fail|\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].id, "CAG-412");
		CHECK(r->findings[0].blocking);
		CHECK(r->findings[0].line == 7);
	}
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_STR(r->components[1].name, "capture-worker");
		CHECK(r->components[1].line == 15);
	}
	for (size_t i = 0; i < d.n; i++)
		CHECK(!strstr(d.v[i].message, "Confluence"));
	prr_review_free(r);
	prr_diags_free(&d);
	/* "||Q1|Q2|" over its delimiter row: Markdown's, as it was */
	r = md_text("# X\n\n||Q1|Q2|\n|---|---|---|\n|api|Pass|Fail|\n", &d);
	CHECK(r && r->n_tables + r->n_components > 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A finding whose ID opens it in bold is titled by its first sentence,
 * or what leads a label after a dash; not cut at "e.g." or initials. */
PRR_TEST(import_findings18__bold_id_titles)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# X \xE2\x80\x94 PRR\n\n## Findings\n\n"
		"**SEC-12** Missing rate limiting on /login. Severity: High. Owner: Ann.\n\n"
		"**SEC-13** No WAF on /signup \xE2\x80\x94 Severity: Low. Owner: Bo.\n\n"
		"- **SEC-14 (High)** \xE2\x80\x94 Cache, e.g. Redis, has no auth. Owner: J. Smith.\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK_STR(r->findings[0].title, "Missing rate limiting on /login");
		CHECK_STR(r->findings[1].title, "No WAF on /signup");
		CHECK_STR(r->findings[2].title, "Cache, e.g. Redis, has no auth");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Lines of one paragraph that each open with an ID in bold are a
 * finding each (before, the paragraph's first line only: 5,000 findings
 * of 50,000 lines in paragraphs of ten), and findings of two IDs are two
 * whatever their titles; all 50,000 of such lines are read (how long
 * they take is make bench-hostile's to measure, not a test's). */
PRR_TEST(import_findings18__bold_id_lines_and_ids)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# X \xE2\x80\x94 PRR\n\n## Findings\n\n"
		"**SEC-1** Missing rate limiting on /login. Severity: High.\n"
		"**SEC-2** Missing rate limiting on /login. Severity: Low.\n"
		"**SEC-3** Weak TLS. Severity: Medium.\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK_STR(r->findings[1].id, "SEC-2");
		CHECK(r->findings[1].severity == PRR_SEV_LOW);
		CHECK_STR(r->findings[2].title, "Weak TLS");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf doc = PRR_BUF_INIT;
	prr_buf_adds(&doc, "# Big \xE2\x80\x94 PRR\n\n## Findings\n\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_addf(&doc, "**%c%c-%d** Missing rate limiting on /x%d. "
			     "Severity: High.\n%s", 'K' + i / 10000,
			     'K' + i / 1000 % 10, i % 1000 + 1, i,
			     i % 10 == 9 ? "\n" : "");
	r = md_text(doc.p, &d);
	CHECK(r && r->n_findings == 50000);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&doc);
}

/* The review's own checks under its title ("| Category | Check | Result
 * |" with no heading of a part) are of the system the title names, not
 * of the words that say what kind of document it is. */
PRR_TEST(import_findings18__component_named_by_the_titles_system)
{
	static const struct {
		const char *title, *name;
	} cases[] = {
		{ "Identity Broker (SSO) \xE2\x80\x94 Production Readiness Review",
		  "Identity Broker (SSO)" },
		{ "Production readiness review: Marlin search indexer v3",
		  "Marlin search indexer v3" },
		{ "FraudNet v7 \xE2\x80\x94 model readiness review",
		  "FraudNet v7 \xE2\x80\x94 model readiness review" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# %s\n\n**Document date:** 2026-03-05\n\n## 3. Checks\n\n"
			"| Category | Check | Result |\n|---|---|---|\n"
			"| Reliability | Regional failover drill | Pass |\n"
			"| Security | Token replay | Partial |\n", cases[i].title);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1)
			CHECK_STR(r->components[0].name, cases[i].name);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
