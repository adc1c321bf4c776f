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
