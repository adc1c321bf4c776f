/* test_import_perf42.c - what the importer reads where it was made to
 * read in time linear in the document (round 42): each case reads as it
 * did before; how long a hostile document takes is measured by
 * tests/bench/hostile.sh, never here. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"

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

/* A paragraph that says "F-3 was fixed" drops the first finding of that
 * ID, as it stood when the paragraph was read: among forty findings (a
 * word that is no ID, "Nobody was fixed", drops none), one whose ID a
 * field ("**ID:** PP-7") or its text ("(WF-3381)") gave after a
 * paragraph had looked the IDs up, and the first of two rows of one ID
 * (the second, "Queue is long", stays). */
PRR_TEST(import_perf42__said_fixed_by_id)
{
	prr_buf doc = PRR_BUF_INIT;
	prr_buf_adds(&doc, "# Review\n\nDate: 2026-03-12\n\n## Findings\n\n");
	for (int i = 1; i <= 40; i++)
		prr_buf_addf(&doc, "- **F-%d** (high): issue %d in module m%d is open\n",
			       i, i, i);
	prr_buf_adds(&doc,
		"\nF-3 was fixed in 1.2. Nobody was fixed.\n\n"
		"### \xF0\x9F\x94\xB4 CRITICAL: Login is slow\n\nNothing was fixed.\n\n"
		"**ID:** PP-7\n\nOpen.\n\nPP-7 was fixed on 2026-03-01.\n\n"
		"### \xF0\x9F\x94\xB4 CRITICAL: Logout is slow\n\nNothing was fixed.\n\n"
		"The fix is in review (WF-3381).\n\nWF-3381 was fixed.\n\n"
		"## Register\n\n| ID | Finding | Severity |\n|---|---|---|\n"
		"| DUP-1 | Cache is cold | High |\n| DUP-1 | Queue is long | Low |\n\n"
		"DUP-1 was fixed.\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc.p, &d);
	CHECK(r && r->n_findings == 40);
	for (size_t i = 0; r && i < r->n_findings; i++) {
		CHECK(strcmp(r->findings[i].id, "F-3") != 0);
		CHECK(strcmp(r->findings[i].id, "PP-7") != 0);
		CHECK(strcmp(r->findings[i].id, "WF-3381") != 0);
	}
	if (r && r->n_findings == 40) {
		CHECK_STR(r->findings[2].id, "F-4");
		CHECK_STR(r->findings[39].id, "DUP-1");
		CHECK_STR(r->findings[39].title, "Queue is long");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&doc);
}
