/* test_import_tables28.c - what the importer reads in tables of real
 * production-readiness reviews (tables28): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

/* "| **Security** | Input validation | ✅ |" then "| | Access control |
 * ✅ |", "| | Encryption | ⚠️ |": a row whose first cell is empty is of
 * the area named above it (a merged cell), so each item is a check, as
 * where the areas repeat; none of the rows is dropped. */
PRR_TEST(import_tables28__blank_area_is_the_one_above)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Orochi DB Production Readiness Review\n\n"
		"## 10. Production Readiness Checklist\n\n"
		"| Category | Item | Status | Notes |\n|---|---|---|---|\n"
		"| **Security** | Input validation | \xE2\x9C\x85 | Parameterized queries |\n"
		"| | Access control | \xE2\x9C\x85 | PostgreSQL ACLs |\n"
		"| | Encryption | \xE2\x9A\xA0\xEF\xB8\x8F | S3 encryption recommended |\n"
		"| **Testing** | Unit tests | \xE2\x9C\x85 | 10 test files |\n"
		"| | Failure tests | \xE2\x9D\x8C | None yet |\n",
		&d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		const prr_component *c = &r->components[0];
		CHECK(c->n_checks == 5);
		if (c->n_checks == 5) {
			CHECK_STR(c->checks[2].category, "Encryption");
			CHECK(c->checks[2].status == PRR_PARTIAL);
			CHECK(c->checks[4].status == PRR_FAIL);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Failure point | Persisted | Kafka dup? | MQ redelivers" of "Yes",
 * "No", "audits only": what happens at each point of failure, facts of
 * the design, no marks of readiness: kept as a table, no components
 * (before, "No" read fail and "Yes, guaranteed" pass). */
PRR_TEST(import_tables28__failure_points_are_no_scorecard)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Readiness review \xE2\x80\x94 Queue bridge\n\n"
		"## Delivery guarantee\n\n"
		"| Failure point | Persisted | Kafka dup? | MQ redelivers | Manual reconciliation |\n"
		"|---|---|---|---|---|\n"
		"| Before token retrieval | audits only | No | Yes | No |\n"
		"| After REST ok | audits only | No | Yes | No |\n"
		"| After confirm, before ack | everything | **Yes, guaranteed** | Yes | No |\n",
		&d);
	CHECK(r && r->n_components == 0 && r->n_tables == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}
