/* test_import_tables17.c - tables the importer read as the wrong kind
 * (round 17 of review documents written by other teams): each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "../../gen/import_int.h"

/* A matrix whose first header is "Area", "Practice" or "Capability" and
 * whose other headers name parts ("MQTT bridge", "prod-euw1"): the
 * columns are the components and the rows their checks; a matrix of
 * the areas by day ("Area | 12 March | 26 March") keeps its rows. */
PRR_TEST(import_tables17__area_matrix_of_parts)
{
	static const char *const heads[] = { "Area", "Practice", "Capability" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		char doc[512];
		snprintf(doc, sizeof doc,
			 "# Fleet review\n\nReview meeting: 2026-03-18\n\n"
			 "## Readiness matrix\n\n"
			 "| %s | MQTT bridge | Stream processor | Notes |\n|---|---|---|---|\n"
			 "| Certificate rotation | NOT DONE | N/A | see TEL-502 |\n"
			 "| Data retention | N/A | DONE | kept |\n", heads[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_components == 2);
		if (r && r->n_components == 2) {
			CHECK_STR(r->components[0].name, "MQTT bridge");
			CHECK_STR(r->components[1].name, "Stream processor");
			CHECK(r->components[0].n_checks == 2);
			if (r->components[0].n_checks == 2)
				CHECK_STR(r->components[0].checks[0].category,
					  "Certificate rotation");
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Search review\n\n## Scorecard\n\n"
				"| Area | 12 March | 26 March |\n|---|---|---|\n"
				"| Query latency | \xE2\x9C\x85 | \xE2\x9C\x85 |\n"
				"| Recovery | \xE2\x9D\x8C | \xE2\x9C\x85 |\n", &d);
	CHECK(r != NULL);
	for (size_t i = 0; r && i < r->n_components; i++)
		CHECK(strcmp(r->components[i].name, "12 March") != 0 &&
		      strcmp(r->components[i].name, "26 March") != 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Category | Check | Result": the categories repeat, each check is
 * named by its Check cell ("Regional failover drill"), not by its
 * category numbered ("Reliability (2)"). */
PRR_TEST(import_tables17__category_then_check_names_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Identity Broker\n\n## 3. Checks\n\n"
		"| Category | Check | Result |\n|---|---|---|\n"
		"| Reliability | Regional failover drill | Pass |\n"
		"| Reliability | Replication lag under load | Pass |\n"
		"| Security | Token replay across regions | Partial |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		const prr_component *c = &r->components[0];
		CHECK(c->n_checks == 3);
		if (c->n_checks == 3) {
			CHECK_STR(c->checks[0].category, "Regional failover drill");
			CHECK_STR(c->checks[1].category, "Replication lag under load");
			CHECK_INT(c->checks[2].status, PRR_PARTIAL);
		}
	}
	CHECK_INT(d.n, 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Option | Risk | Cost | Recommendation": the options a decision
 * weighs, each with its risk level, are no risks; the table is kept
 * whole. */
PRR_TEST(import_tables17__options_are_no_risks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Catalog Search \xE2\x80\x94 reindex launch decision\n\n"
		"## Options considered\n\n"
		"| Option | Risk | Cost | Recommendation |\n|---|---|---|---|\n"
		"| A: launch 12 May as planned | High | none extra | GO |\n"
		"| B: delay to 26 May, fix tokenizer first | Medium | ~2 weeks | NO-GO |\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_risks, 0);
		CHECK_INT(r->n_components, 0);
		CHECK_INT(r->n_tables, 1);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading that names the kind of part ("## Components") or a later
 * top heading that names nothing ("# **2\. Readiness summary**") names
 * no component: the table's checks are the review's, under its title. */
PRR_TEST(import_tables17__kind_and_summary_headings_name_no_component)
{
	static const char *const docs[] = {
		"# Passkeys GA\n\n## Components\n\n| Check | Status |\n|---|---|\n"
		"| Sign-in ceremony | \xE2\x9C\x85 |\n| Attestation | \xE2\x9D\x8C |\n",
		"# **Payroll Switch**\n\n# **2\\. Readiness summary**\n\n"
		"| Workstream | Status | Comment |\n| :---- | :---- | :---- |\n"
		"| Data migration | Complete | ok |\n| Revenue PSR | Partial | 3 |\n",
	};
	static const char *const names[] = { "Passkeys GA", "Payroll Switch" };
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1) {
			CHECK_STR(r->components[0].name, names[i]);
			CHECK_INT(r->components[0].n_checks, 2);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A section number of two levels or more is no part of a heading's
 * name: "### 2.2 Rating" is the component "Rating" a matrix row named
 * before, not a second one (a number of one level, "2. Rating", is
 * imp_title_in's). */
PRR_TEST(import_tables17__section_number_is_no_part_of_a_name)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# BSS Cutover\n\n| Service | Observability | Rollback |\n|---|---|---|\n"
		"| Rating | \xE2\x9C\x85 | \xE2\x9C\x85 |\n\n### 2.2 Rating\n\n"
		"| Rating area | Rating | Note |\n|---|---|---|\n"
		"| Throughput | Amber | 9,400 events/s vs 10,000 |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		CHECK_STR(r->components[0].name, "Rating");
		CHECK_INT(r->components[0].n_checks, 3);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "2.2 Rating", "Rating" }, { "3.1.4. Search", "Search" },
		{ "2.5 \xC3\x97 faster", "2.5 \xC3\x97 faster" }, { "2. Rating", "2. Rating" },
		{ "123.4 Foo", "123.4 Foo" }, { "1.2", "1.2" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_STR(imp_heading_unnumbered(cases[i].in), cases[i].out);
}

/* "Cluster | Window (UTC) | Status" of windows booked, one not yet
 * ("TBD (after PLAT-1880)"): a schedule kept as a table, an approved
 * window no work done. */
PRR_TEST(import_tables17__windows_booked_one_to_come)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# prod-eu upgrade\n\n## Windows\n\n"
		"| Cluster | Window (UTC) | Status |\n|---|---|---|\n"
		"| prod-eu-1 | 2026-03-17 06:00\xE2\x80\x93" "08:00 | Approved |\n"
		"| prod-eu-2 | 2026-03-18 06:00\xE2\x80\x93" "08:00 | Approved |\n"
		"| prod-eu-3 | TBD (after PLAT-1880) | :hourglass: |\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_checklists, 0);
		CHECK_INT(r->n_tables, 1);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
