/* test_import_scores17.c - scores and dimensions as a careful reader takes
 * them (round 17: per-service scorecards, notes, scales in asides, LaTeX):
 * each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* How many warnings of `d` hold `what`. */
static size_t warned(const prr_diags *d, const char *what)
{
	size_t n = 0;
	for (size_t k = 0; k < d->n; k++)
		n += d->v[k].kind == PRR_DIAG_WARNING &&
		     strstr(d->v[k].message, what) != NULL;
	return n;
}

/* "Category | Score" tables of the same names under sibling headings
 * ("## catalog", "## compaction"), with other values: each part's scores,
 * not the review's; no table overwrites another as its dimensions, both
 * stay in `tables`, and one warning names the parts. */
PRR_TEST(import_scores17__per_part_tables_are_no_dimensions)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Lakehouse GA\n\nScoring per category is 0–5.\n\n"
		"## catalog\n\n| Category | Score | Comment |\n|---|---|---|\n"
		"| Observability | 3 | |\n| Security | 2 | |\n\n"
		"## compaction\n\n| Category | Score | Comment |\n|---|---|---|\n"
		"| Observability | 2 | |\n| Security | 4 | |\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_dimensions, 0);
		CHECK_INT(r->n_tables, 2);
	}
	CHECK_INT(warned(&d, "dimensions stated per part (catalog, compaction)"), 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The same in lists under "## svc — 7.6 / 10" headings: neither list nor
 * the headings' averages are the review's dimensions. */
PRR_TEST(import_scores17__per_part_lists_are_no_dimensions)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# ML Serving\n\n## model-gateway — 7.6 / 10\n\n"
		"- Observability: 8/10\n- Reliability: 7/10\n\n"
		"## feature-store — 6.2 / 10\n\n"
		"- Observability: 7/10\n- Reliability: 5/10\n", &d);
	CHECK(r != NULL);
	if (r)
		CHECK_INT(r->n_dimensions, 0);
	CHECK_INT(warned(&d, "dimensions stated per part"), 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A table stated again with the same values (a summary and its details)
 * and a heading's own score restating a row are one review's dimensions,
 * the table's as before. */
PRR_TEST(import_scores17__restated_dimensions_stay)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## Summary\n\n| Category | Score |\n|---|---|\n"
		"| Observability | 3/5 |\n| Security | 4/5 |\n\n"
		"## Details\n\n| Category | Score | Notes |\n|---|---|---|\n"
		"| Observability | 3/5 | dashboards |\n| Security | 4/5 | mTLS |\n\n"
		"### Security (4/5)\n\nKeys rotate monthly.\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_dimensions, 2);
		CHECK_INT(r->n_tables, 0);
	}
	CHECK_INT(warned(&d, "per part"), 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A percent in a dimension's note, after a dash, is the note's ("Spot
 * usage at 40%"), no claim about its score; "9/10 — 90%" is still one
 * figure said twice. */
PRR_TEST(import_scores17__percent_in_a_note_is_no_claim)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# ML Serving\n\n- Cost control: 6/10 — Spot usage at 40%; the "
		"target is 70%.\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_dimensions, 1);
		CHECK_INT(r->n_audit, 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	prr_diags d2 = PRR_DIAGS_INIT;
	r = md_text("# Review\n\nTests: 9/10 passing — 80%.\n", &d2);
	CHECK(r != NULL);
	if (r)
		CHECK_INT(r->n_audit, 1);
	prr_review_free(r);
	prr_diags_free(&d2);
}

/* A scale stated in an aside ("<aside> 💡 Scoring: each area is rated
 * 1–5") is the document's, as in a paragraph: bare scores are out of 5. */
PRR_TEST(import_scores17__scale_in_an_aside)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Atlas — PRR\n\n<aside>\n💡 Scoring: each area is rated 1–5 "
		"by the reviewers, averaged.\n</aside>\n\n| Area | Score |\n"
		"| --- | --- |\n| Data parity | 3.5 |\n| Cost controls | 2 |\n", &d);
	CHECK(r != NULL && r->n_dimensions == 2);
	if (r && r->n_dimensions == 2)
		CHECK_NUM(r->dimensions[0].max, 5);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* LaTeX around a plain fraction ("- Fairness: $2/5$") is the fraction. */
PRR_TEST(import_scores17__latex_fraction)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# FraudNet\n\n- Conceptual soundness: $4/5$\n- Data quality: "
		"$4/5$\n- Fairness: $2/5$\n", &d);
	CHECK(r != NULL && r->n_dimensions == 3);
	if (r && r->n_dimensions == 3) {
		CHECK_STR(r->dimensions[2].name, "Fairness");
		CHECK_NUM(r->dimensions[2].score, 2);
		CHECK_NUM(r->dimensions[2].max, 5);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
