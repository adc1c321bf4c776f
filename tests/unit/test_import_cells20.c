/* test_import_cells20.c - what the importer reads in cells, lists and
 * scores as other teams' documents really arrive (no-break spaces, tables
 * right under a paragraph, capital PASS, scores of one part): each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A no-break space (U+00A0, U+202F) is a space and a zero-width one
 * (U+200B, U+FEFF) nothing, as a reader sees them: "\u00a0Fail" is a
 * failing check (it had no status and no warning), "Not\u00a0ready" is
 * not ready, and names keep no odd space ("Data\u00a0correctness"). */
PRR_TEST(import_cells20__odd_spaces_in_cells)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Warehouse review\n\n"
		"| Component | Data\xC2\xA0" "correctness | Status |\n|---|---|---|\n"
		"| ingest | Pass | \xE2\x80\x8BReady\xE2\x80\x8B |\n"
		"| extracts | Fail | Not\xC2\xA0ready |\n"
		"| models | \xC2\xA0" "Fail | Ready |\n"
		"| export | \xEF\xBB\xBFPass | Ready\xE2\x80\xAFwith caveats |\n", &d);
	CHECK(r && r->n_components == 4);
	if (r && r->n_components == 4) {
		CHECK(r->components[0].status == PRR_PASS);
		CHECK(r->components[1].status == PRR_FAIL);
		CHECK(r->components[2].n_checks == 1 &&
		      r->components[2].checks[0].status == PRR_FAIL);
		CHECK_STR(r->components[2].checks[0].category, "Data correctness");
		CHECK(r->components[3].checks[0].status == PRR_PASS);
		CHECK(r->components[3].status == PRR_PARTIAL);
	}
	CHECK(!md_said(&d, "unknown status"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "X scores 90/100", the figure right after the verb, is X's score: the
 * review's only where X names the whole ("The service scores", "Overall
 * it scores").  "…, and the Peppol connector\nalone scores 90/100." was
 * the review's score labelled "alone scores"; the line's first sentence,
 * "Readiness 46/100.", is (its one word names the whole, no colon). */
PRR_TEST(import_cells20__a_parts_score_is_not_the_reviews)
{
	static const struct {
		const char *text;
		double value; /* the one score, or 0 for none */
	} cases[] = {
		{ "Readiness 46/100. The target for go-live is 75/100, and the "
		  "Peppol connector\nalone scores 90/100.", 46 },
		{ "Security scores 8/10.", 0 },
		{ "The service scores 80/100.", 80 },
		{ "Overall it scores 80/100.", 80 },
		{ "Readiness 46/100", 46 },
		{ "Total 3/5 services are up.", 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Invoice export review\n\n## Scores\n\n%s\n",
				       cases[i].text);
		CHECK(r && r->n_scores == (cases[i].value ? 1u : 0u));
		if (r && r->n_scores == 1 && cases[i].value)
			CHECK(r->scores[0].value == cases[i].value);
		CHECK(r && r->n_dimensions == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A generic "Score: 92/100." under a heading over the review's own
 * figures ("## Scorecard", "## Results") is the review's score, not a
 * dimension named after the heading; under a part's heading it still is
 * that part's ("Status: 9/10" under "## Dependencies"). */
PRR_TEST(import_cells20__score_under_a_scorecard_heading)
{
	static const char *const heads[] = { "Scorecard", "Results",
		"\xF0\x9F\x93\x8A Scores", "3. Summary" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Transcode review\n\n## %s\n\n"
				       "Score: 92/100.\n", heads[i]);
		CHECK(r && r->n_scores == 1 && r->n_dimensions == 0);
		if (r && r->n_scores == 1)
			CHECK(r->scores[0].value == 92 && r->scores[0].max == 100);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n## Dependencies\n\nScore: 9/10\n", &d);
	CHECK(r && r->n_dimensions == 1 && r->n_scores == 0);
	if (r && r->n_dimensions == 1)
		CHECK_STR(r->dimensions[0].name, "Dependencies");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Score | Value |" over "| Overall | 62/100 |": the column called
 * Score names the scores and the other holds them (it was read the other
 * way round, and each row warned "score 'Overall' of '62/100'"). */
PRR_TEST(import_cells20__score_value_table)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Svc \xE2\x80\x94 Readiness Review\n\n"
				"| Score | Value |\n|---|---|\n| Overall | 62/100 |\n"
				"| Security | 6/10 |\n| Performance | 5/10 |\n", &d);
	CHECK(r && r->n_scores == 1 && r->n_dimensions == 2);
	if (r && r->n_scores == 1 && r->n_dimensions == 2) {
		CHECK(r->scores[0].value == 62 && r->scores[0].max == 100);
		CHECK_STR(r->dimensions[0].name, "Security");
		CHECK(r->dimensions[1].score == 5 && r->dimensions[1].max == 10);
	}
	CHECK(!md_said(&d, "not imported"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A table right under a paragraph's line, no blank line between, is a
 * table as GitHub shows it (md4c read it as the paragraph's text, and the
 * table was lost with no word), each row at its own line; not where the
 * header and its delimiter row differ in cells (GitHub shows text). */
PRR_TEST(import_cells20__table_right_under_a_paragraph)
{
	static const char *const leads[] = {
		"Each component was rated against the platform checklist.",
		"**Scorecard:** each component, rated\nagainst the checklist.",
	};
	for (size_t i = 0; i < sizeof leads / sizeof leads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Booking review\n\n## Scorecard\n%s\n"
				       "| Component | Availability | Security | Status |\n"
				       "|:----------|:------------:|:--------:|-------:|\n"
				       "| booking-api | Pass | Partial | Ready |\n"
				       "| sms-reminders | Pass | Fail | Not ready |\n\n"
				       "Date: 2026-05-06\n", leads[i]);
		CHECK(r && r->n_components == 2);
		if (r && r->n_components == 2) {
			int at = 7 + (i == 1);
			CHECK(r->components[0].line == at);
			CHECK(r->components[1].status == PRR_FAIL &&
			      r->components[1].line == at + 1);
			CHECK(r->components[1].n_checks == 2 &&
			      r->components[1].checks[1].status == PRR_FAIL);
		}
		CHECK(r && r->date && strcmp(r->date, "2026-05-06") == 0 &&
		      r->date_line == 10 + (i == 1));
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a header of two cells over a delimiter row of three: text */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# R\n\nRated as follows.\n| Component | Status |\n"
				"|---|---|---|\n| api | Fail |\n", &d);
	CHECK(r && r->n_components == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "- gw: PASS" in capitals is a check said after its title, as "- gw:
 * Pass" is (the list was dropped with no word, and "PASS" among
 * "PARTIAL (…)" and "FAIL (…)" a check not done, with no status); an item
 * over its own list of checks ("- Alerting" over "- SLO burn alert:
 * PASS") is that list's title, no check of its own list. */
PRR_TEST(import_cells20__name_colon_capital_status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# R\n\n## Component review\n\n- gw: PASS\n"
				"- relay: FAIL\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 2);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 2) {
		CHECK(r->checklists[0].items[0].done &&
		      r->checklists[0].items[0].status == PRR_PASS);
		CHECK_STR(r->checklists[0].items[0].text, "gw");
		CHECK(r->checklists[0].items[1].status == PRR_FAIL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# R\n\n## Component review\n\n- notify-gateway: PASS\n"
		    "- apns-relay: PARTIAL (burst queue backs up 90 s)\n"
		    "- webpush-relay: FAIL (VAPID rotation manual)\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 3);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 3)
		CHECK(r->checklists[0].items[0].done &&
		      r->checklists[0].items[0].status == PRR_PASS);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# R\n\n## Component review\n\n- notify-gateway\n"
		    "\t- Health checks: PASS\n\t- Alerting\n"
		    "\t\t- SLO burn alert: PASS\n\t- Rate limiting: PASS\n", &d);
	size_t items = 0, unknown = 0;
	for (size_t i = 0; r && i < r->n_checklists; i++)
		for (size_t k = 0; k < r->checklists[i].n_items; k++) {
			items++;
			unknown += r->checklists[i].items[k].status != PRR_PASS;
		}
	CHECK(items == 3 && unknown == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}
