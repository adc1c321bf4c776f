/* test_import_unseen2.c - what the importer reads in layouts found by
 * review documents written by other teams (round 13 on: exports of the
 * tools teams use, scorecards in the shapes they draw): each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

/* A wave heading's name is what follows its number and separator; a
 * colon inside a closing parenthesis of points is not the name's, and
 * the points are no part of it: "## Wave 1 — Internal apps (Story
 * Points: 18)" is "Internal apps", not "18)". */
PRR_TEST(import_unseen2__wave_heading_names)
{
	static const struct {
		const char *head, *name;
	} cases[] = {
		{ "Wave 1 \xE2\x80\x94 Internal apps (Story Points: 18)", "Internal apps" },
		{ "Wave 1 \xE2\x80\x93 Foundations (21 SP)", "Foundations" },
		{ "Wave 1 - Tools (13 pts)", "Tools" },
		{ "Wave 1: Checkout (Planned: 21 points)", "Checkout" },
		{ "Wave 1: Payments (EU)", "Payments (EU)" },
		{ "Wave 1", "Wave 1" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Plan\n\n## %s\n\n| Story | Points | Status |\n|---|---|---|\n"
			"| S-1 login | 5 | Done |\n", cases[i].head);
		CHECK(r && r->n_waves == 1);
		if (r && r->n_waves == 1)
			CHECK_STR(r->waves[0].name, cases[i].name);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
