/* test_import_walk.c - what the walk reads once and hands on (an item's
 * marks, a cell or heading already cleaned) gives what reading it again
 * gave, and the recognisers' guards skip only what cannot match: on
 * documents of our own (tests/data/md/walk_*.md). */
#include "test.h"

#include "md_doc.h"
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
	const prr_claim *ticked = md_claim(r, "Ticked done: Write the runbook");
	CHECK(ticked && !ticked->agrees);
	/* an item of two paragraphs is read as one text, a space between */
	CHECK_INT(r->n_commits, 1);
	if (r->n_commits == 1)
		CHECK_STR(r->commits[0].text, "The first point, in a paragraph "
			  "of its own. Fixed in commit 4e5f6a7b.");
	/* a list of risks written as fields, a mitigation beneath one */
	CHECK_INT(r->n_risks, 2);
	if (r->n_risks == 2) {
		CHECK_STR(r->risks[0].title, "Data loss: a failed migration");
		CHECK_STR(r->risks[0].mitigation, "restore from the nightly backup");
		CHECK(r->risks[1].mitigation == NULL);
	}
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
	const prr_claim *total = md_claim(r, "合计 Tests");
	CHECK(total && total->agrees);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Figures written without printf read as printf wrote them: "%g" of
 * whole and other numbers, "%.0f" rounding a half to even, ids. */
PRR_TEST(import_walk__figures_written_as_printf_did)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = prr_test_md("walk_figures.md", &d);
	CHECK(r != NULL);
	if (!r)
		return;
	static const struct { const char *claim, *stated, *computed; } want[] = {
		/* 100 * 1/8 = 12.5: "%.0f" makes it 12 */
		{ "Readiness: 12% (1/8 criteria ready)", "12%", "12% (1/8)" },
		{ "W1 planned points", "10.5", "10.5" },
		/* a million and more: "%g" goes exponential */
		{ "W2 planned points", "2e+06", "1e+06" },
		{ "Phase 3 (🚧 50% - partial): progress", "50%", "33% (1/3)" },
		{ "TOTAL (all columns)", "5/6", "5/6" },
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		const prr_claim *c = md_claim(r, want[i].claim);
		if (!c) {
			prr_test_fail(__FILE__, __LINE__, "no claim '%s'",
				      want[i].claim);
			continue;
		}
		CHECK_STR(c->stated, want[i].stated);
		CHECK_STR(c->computed, want[i].computed);
	}
	/* ids of findings from a list, a table and a heading; of waves */
	CHECK_INT(r->n_findings, 3);
	for (size_t i = 0; i < r->n_findings && i < 3; i++) {
		char id[4] = { 'F', (char)('1' + i), 0, 0 };
		CHECK_STR(r->findings[i].id, id);
	}
	CHECK_INT(r->n_waves, 2);
	if (r->n_waves == 2) {
		CHECK_STR(r->waves[0].id, "W1");
		CHECK_STR(r->waves[1].id, "W2");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
