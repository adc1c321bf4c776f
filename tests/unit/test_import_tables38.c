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
