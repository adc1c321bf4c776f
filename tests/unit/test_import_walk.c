/* test_import_walk.c - what the walk reads once and hands on (an item's
 * marks, a cell or heading already cleaned) gives what reading it again
 * gave, and the recognisers' guards skip only what cannot match: on
 * documents of our own (tests/data/md/walk_*.md). */
#include "test.h"

#include "prr/import.h"
#include "prr/model.h"

#include <string.h>

/* An item's marks, read once, still tell a strength from a finding. */
PRR_TEST(import_walk__list_items_marks_read_once)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = prr_test_md("walk_lists.md", &d);
	CHECK(r != NULL);
	if (!r)
		return;
	/* the strength ("✅ …") is no finding; the rest are blockers */
	CHECK_INT(r->n_findings, 2);
	if (r->n_findings == 2) {
		CHECK_STR(r->findings[0].title, "Load tests never run");
		CHECK_STR(r->findings[1].title, "Secrets are kept in the repository");
		CHECK(r->findings[0].blocking && r->findings[1].blocking);
	}
	CHECK(r->n_checklists >= 1);
	if (r->n_checklists >= 1 && r->checklists[0].n_items == 3) {
		const prr_checkitem *it = r->checklists[0].items;
		/* an item that is only a status word keeps it as its text */
		CHECK_STR(it[0].text, "DONE");
		CHECK(it[0].done && it[0].status == PRR_PASS);
		CHECK_STR(it[1].text, "Rotate the keys");
		CHECK(it[1].status == PRR_PENDING);
		/* ticked, yet its mark says failed: flagged, not done */
		CHECK_STR(it[2].text, "Write the runbook");
		CHECK(!it[2].done && it[2].status == PRR_FAIL);
	} else {
		CHECK_INT(r->checklists[0].n_items, 3);
	}
	bool flagged = false;
	for (size_t i = 0; i < r->n_audit; i++)
		flagged |= strcmp(r->audit[i].claim,
				  "Ticked done: Write the runbook") == 0 &&
			   !r->audit[i].agrees;
	CHECK(flagged);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Titles taken from cells and headings already cleaned, and count
 * columns found only where a count may be read. */
PRR_TEST(import_walk__tables_read_from_clean_cells)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = prr_test_md("walk_tables.md", &d);
	CHECK(r != NULL);
	if (!r)
		return;
	/* the heading's title without its mark, its text cleaned once */
	CHECK_STR(r->sections[1].heading, "Storage ✅");
	CHECK_INT(r->n_components, 3);
	if (r->n_components == 3) {
		CHECK_STR(r->components[0].name, "Storage");
		/* one cell of three is a count: no count column */
		CHECK_INT(r->components[0].n_checks, 3);
		CHECK_INT(r->components[0].checks[0].passed, -1);
		CHECK_STR(r->components[0].checks[0].note, "3/4 restored");
		CHECK_STR(r->components[1].name, "API");
		/* a name beyond ASCII that is no total row */
		CHECK_STR(r->components[2].name, "Écran");
	}
	CHECK_INT(r->n_checklists, 1);
	if (r->n_checklists == 1 && r->checklists[0].n_items == 2) {
		CHECK_STR(r->checklists[0].items[0].text, "TLS everywhere");
		CHECK_STR(r->checklists[0].items[1].text, "Audit log");
		CHECK(r->checklists[0].items[1].status == PRR_FAIL);
	}
	/* "合计" (total) is a totals row: audited, not a component */
	bool total = false;
	for (size_t i = 0; i < r->n_audit; i++)
		total |= strcmp(r->audit[i].claim, "合计 Tests") == 0 &&
			 r->audit[i].agrees;
	CHECK(total);
	prr_review_free(r);
	prr_diags_free(&d);
}
