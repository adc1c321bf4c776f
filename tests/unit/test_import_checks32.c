/* test_import_checks32.c - checks as the reviews of other teams state
 * them (round 32): results that count faults, history beside its fix,
 * an item's own "Status:" line, a table's sum: each case failed before
 * its rule. */
#include "test.h"

#include "md_doc.h"

/* The check of `r` named `cat` (the first), or NULL. */
static const prr_check *check_named(const prr_review *r, const char *cat)
{
	for (size_t c = 0; r && c < r->n_components; c++)
		for (size_t k = 0; k < r->components[c].n_checks; k++)
			if (strcmp(r->components[c].checks[k].category, cat) == 0)
				return &r->components[c].checks[k];
	return NULL;
}

/* A gate's result cell states its status by what it counts: none of the
 * faults looked for is a pass ("no new errors", "0 failures", "zero
 * vulnerabilities"), as "clean" is; failures counted are no pass ("9398
 * passed, 4 failed" partial, as a count short of its total is; "2
 * failed" alone a fail); "No tests" and "No error handling" stay fails,
 * "9398 passed, 0 failed" a pass. */
PRR_TEST(import_checks32__results_that_count_faults)
{
	static const struct {
		const char *cell;
		prr_status want;
	} cases[] = {
		{ "no new errors", PRR_PASS },
		{ "0 failures", PRR_PASS },
		{ "No findings reported", PRR_PASS },
		{ "zero vulnerabilities", PRR_PASS },
		{ "0 failed tests", PRR_PASS },
		{ "clean", PRR_PASS },
		{ "clean, 29 passed", PRR_PASS },
		{ "9398 passed, 4 failed \xE2\x80\x94 see note", PRR_PARTIAL },
		{ "12 tests passed, 2 tests failed", PRR_PARTIAL },
		{ "green, 2 tests failed", PRR_FAIL },
		{ "9398 passed, 0 failed", PRR_PASS },
		{ "No tests", PRR_FAIL },
		{ "No error handling", PRR_FAIL },
		{ "No, 3 errors", PRR_FAIL },
		{ "Clean-up pending", PRR_PENDING },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Release readiness\n\nDate: 2026-07-27\n\n"
			"| Gate | Command | Result |\n| --- | --- | --- |\n"
			"| Unit suite | `pytest tests` | green |\n"
			"| Lint | `ruff check` | %s |\n", cases[i].cell);
		const prr_check *c = check_named(r, "Lint");
		CHECK(c != NULL);
		if (c && c->status != cases[i].want)
			prr_test_fail(__FILE__, __LINE__, "'%s': %s, not %s",
				      cases[i].cell, prr_status_name(c->status),
				      prr_status_name(cases[i].want));
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* An item of the state before beside one of the state after ("- ❌
 * Before: `./public/banner.svg`" then "- ✅ After: …", "**Antes:**" then
 * "**Ahora:**") is history, as a section headed "### Before" is: no
 * failing item, nor evidence; the item after stays.  Without an item
 * after, "❌ Before release: rotate keys" is an item as written. */
PRR_TEST(import_checks32__before_beside_after_is_history)
{
	static const char *const pairs[] = {
		"   - \xE2\x9D\x8C Before: `./public/banner.svg`\n"
		"   - \xE2\x9C\x85 After: `./packages/public/banner.svg`\n",
		"   - \xE2\x9D\x8C **Antes:** `./public/banner.svg`\n"
		"   - \xE2\x9C\x85 **Ahora:** `./packages/public/banner.svg`\n",
	};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Repo readiness\n\n**Date:** November 6, 2025\n\n"
			"### Fixed links\n\n1. **Banner image path**\n%s"
			"   - Status: \xE2\x9C\x85 Verified & Working\n", pairs[i]);
		CHECK(r && r->n_checklists == 1);
		for (size_t c = 0; r && c < r->n_checklists; c++)
			for (size_t k = 0; k < r->checklists[c].n_items; k++)
				CHECK(r->checklists[c].items[k].status != PRR_FAIL);
		for (size_t e = 0; r && e < r->n_evidence; e++)
			CHECK(!strstr(r->evidence[e].path, "banner") ||
			      strstr(r->evidence[e].path, "packages/"));
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Release\n\n## Checks\n\n"
				"- \xE2\x9D\x8C Before release: rotate keys\n"
				"- \xE2\x9C\x85 Backups tested\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 2 &&
	      r->checklists[0].items[0].status == PRR_FAIL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* An item's own "Status:" line under it, nested or a list of its own
 * right after (indented less than the number's width), is its status,
 * no item "Status" of its own: "⏳ **Performance Optimizations**" over
 * "Status: Partially complete" is partial, the work under way (as "⏳
 * Partial" is); over "Status: Not started" it stays pending. */
PRR_TEST(import_checks32__item_status_line)
{
	static const char *const indents[] = { "   ", "    " };
	for (size_t i = 0; i < sizeof indents / sizeof indents[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf b = PRR_BUF_INIT;
		prr_buf_addf(&b, "# Status\n\nDate: 2025-10-07\n\n### Phase 7\n\n"
			     "19. \xE2\x8F\xB3 **Performance Optimizations**\n"
			     "%s- Status: Partially complete (debouncing done)\n"
			     "%s- Remaining: Enhanced caching\n\n"
			     "20. \xE2\x8F\xB3 **Welcome Screen**\n"
			     "%s- Status: Not started\n",
			     indents[i], indents[i], indents[i]);
		prr_review *r = md_text(b.p, &d);
		size_t items = 0;
		for (size_t c = 0; r && c < r->n_checklists; c++)
			for (size_t k = 0; k < r->checklists[c].n_items; k++) {
				const prr_checkitem *it = &r->checklists[c].items[k];
				items++;
				if (strcmp(it->text, "Performance Optimizations") == 0)
					CHECK(it->status == PRR_PARTIAL);
				else if (strcmp(it->text, "Welcome Screen") == 0)
					CHECK(it->status == PRR_PENDING);
				else
					CHECK_STR(it->text, "(no other item)");
			}
		CHECK_INT(items, 2);
		prr_buf_free(&b);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A row that sums the rows above it ("| **TOTAL** | **4 arquivos** |
 * **56** | **✅ 100%** |", "Grand total") is no check nor checklist
 * item, as it is no component; a row that names what it is of ("Total
 * latency", "Overall readiness") stays one. */
PRR_TEST(import_checks32__sum_row_is_no_check)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# QA\n\n### E2E suites\n\n"
		"| Suite | Arquivo | Testes | Status | O Que Valida |\n"
		"|---|---|---|---|---|\n"
		"| **Complete Workflow** | test_complete.py | 8 | \xE2\x9C\x85 100% | Fluxo |\n"
		"| **Lambda Handler** | test_lambda.py | 20 | \xE2\x9C\x85 100% | Handler |\n"
		"| **TOTAL** | **2 arquivos** | **28** | **\xE2\x9C\x85 100%** | **Fluxos** |\n",
		&d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 2);
	prr_review_free(r);
	prr_diags_free(&d);
	static const struct {
		const char *name;
		bool check;
	} rows[] = {
		{ "Grand total", false },
		{ "**TOTAL**", false },
		{ "Total latency", true },
		{ "Overall readiness", true },
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		r = md_fmt(&d,
			"# Release readiness\n\nDate: 2026-07-27\n\n"
			"| Gate | Command | Result |\n| --- | --- | --- |\n"
			"| Unit suite | `pytest tests` | green |\n"
			"| Lint | `ruff check` | green |\n"
			"| %s | all | \xE2\x9C\x85 |\n", rows[i].name);
		size_t checks = 0;
		for (size_t c = 0; r && c < r->n_components; c++)
			checks += r->components[c].n_checks;
		if (checks != (rows[i].check ? 3u : 2u))
			prr_test_fail(__FILE__, __LINE__, "'%s': %zu checks",
				      rows[i].name, checks);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
