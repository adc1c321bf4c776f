/* test_import_perf42.c - what the importer reads where it was made to
 * read in time linear in the document (round 42): each case reads as it
 * did before; how long a hostile document takes is measured by
 * tests/bench/hostile.sh, never here. */
#include "test.h"

#include "md_doc.h"

/* The audit of a heading's score or progress against the boxes of its
 * part counts the boxes of its section and the sections below it, not
 * those before or after it, nor ✅ bullets (judged, not ticked): "##
 * Area North (3/4)" over 2 of 3 boxes and "### Sub part" over 1 of 1
 * agrees (3/4), "## Area South (2/3)" over 1 of 3 does not, "## Phase 2
 * (50% - in progress)" over 1 of 2 agrees, and "## Area West (4/4)" over
 * four ✅ bullets is no tally of boxes (kept as a dimension). */
PRR_TEST(import_perf42__boxes_under_a_heading)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"- [x] stray before any heading\n\n# Review\n\nDate: 2026-03-12\n\n"
		"- [ ] open in the title part\n\n"
		"## Area North (3/4)\n\n- [x] a\n- [x] b\n- [ ] c\n\n"
		"### Sub part\n\n- [x] d\n\n"
		"## Area South (2/3)\n\n- [x] e\n- [ ] f\n- [ ] g\n\n"
		"## Phase 2 (50% - in progress)\n\n- [x] h\n- [ ] i\n\n"
		"## Area West (4/4)\n\nNo boxes here.\n\n"
		"- \xE2\x9C\x85 w\n- \xE2\x9C\x85 x\n- \xE2\x9C\x85 y\n- \xE2\x9C\x85 z\n",
		&d);
	CHECK(r && r->n_audit == 3);
	if (r && r->n_audit == 3) {
		CHECK_STR(r->audit[0].claim, "boxes ticked under 'Area North'");
		CHECK_STR(r->audit[0].computed, "3/4");
		CHECK(r->audit[0].agrees);
		CHECK_STR(r->audit[1].claim, "boxes ticked under 'Area South'");
		CHECK_STR(r->audit[1].stated, "2/3");
		CHECK_STR(r->audit[1].computed, "1/3");
		CHECK(!r->audit[1].agrees);
		CHECK_STR(r->audit[2].computed, "50% (1/2)");
		CHECK(r->audit[2].agrees);
	}
	CHECK(r && r->n_dimensions == 2);
	if (r && r->n_dimensions == 2)
		CHECK_STR(r->dimensions[1].name, "Area West");
	prr_review_free(r);
	prr_diags_free(&d);
}
