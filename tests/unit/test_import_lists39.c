/* test_import_lists39.c - marked lists and ticked headings that are no
 * check's result: a decision's conditions, an option's scope, selling
 * points, the steps of a procedure, the review's verdict over its own
 * heading; and a keyed item whose status opens its value in bold.  Each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The number of checklist items of `doc` imported (and of its findings
 * in `*findings`, when given). */
static size_t items_of(const char *doc, size_t *findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	size_t n = r ? md_items(r) : (size_t)-1;
	if (findings)
		*findings = r ? r->n_findings : 0;
	prr_review_free(r);
	prr_diags_free(&d);
	return n;
}

/* "### NO-GO if any of these is true:" over "- ❌ A smoke test fails": the
 * conditions that would set a decision, no failed checks (nor findings). */
PRR_TEST(import_lists39__decision_conditions_are_no_checks)
{
	static const char *const heads[] = {
		"NO-GO if any of these is true:",
		"No-Go if any of the following holds",
		"Roll back when",
		"NO-GO se qualquer um for verdadeiro:",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		char doc[512];
		snprintf(doc, sizeof doc,
			 "# Queue launch review\n\nDate: 2026-03-02\n\n"
			 "## Final rule\n\n### %s\n\n"
			 "- \xE2\x9D\x8C A smoke test fails\n"
			 "- \xE2\x9D\x8C The drill was skipped\n"
			 "- \xE2\x9D\x8C Seed rows found in production\n", heads[i]);
		size_t findings;
		CHECK(items_of(doc, &findings) == 0 && findings == 0);
	}
	/* a heading that only starts with such a word is still read */
	CHECK(items_of("# Queue launch review\n\nDate: 2026-03-02\n\n"
		       "## Release checks\n\n- \xE2\x9C\x85 Smoke tests pass\n"
		       "- \xE2\x9D\x8C Drill not run\n", NULL) == 2);
}

/* "### Option 2: Full Rollout (6-8 weeks)" over "**Scope**:" and "- ✅
 * Audit log"; "### Competitive Advantages" over "- ✅ Faster than X": what
 * an option would hold, a product's selling points; no passes. */
PRR_TEST(import_lists39__option_scope_and_selling_points_are_no_checks)
{
	static const char *const heads[] = {
		"Option 2: Full Rollout (6-8 weeks)",
		"Option B \xE2\x80\x94 Rewrite",
		"Competitive Advantages",
		"Key Benefits",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		char doc[512];
		snprintf(doc, sizeof doc,
			 "# Portal launch review\n\nDate: 2026-03-02\n\n"
			 "## Choices\n\n### %s\n**Scope**:\n"
			 "- \xE2\x9C\x85 Audit log\n- \xE2\x9C\x85 Export to CSV\n"
			 "- \xE2\x9C\x85 Team invites\n", heads[i]);
		CHECK(items_of(doc, NULL) == 0);
	}
	/* "Optional extras" is no option's name: its marks are read */
	CHECK(items_of("# Portal launch review\n\nDate: 2026-03-02\n\n"
		       "## Optional extras\n\n- \xE2\x9C\x85 Audit log\n"
		       "- \xE2\x9D\x8C Export to CSV\n", NULL) == 2);
}

/* "## Release Readiness Status: ✅ APPROVED" states the review's verdict,
 * no check beside "## Load Tests ✅". */
PRR_TEST(import_lists39__verdict_heading_is_no_check)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Release review\n\nDate: 2026-03-02\n\n"
		"## Release Readiness Status: \xE2\x9C\x85 APPROVED\n\n"
		"## Load Tests \xE2\x9C\x85\n\nHeld 2x peak for an hour.\n\n"
		"## Backups \xE2\x9C\x85\n\nRestore drill done.\n", &d);
	CHECK(r && r->level == PRR_LEVEL_READY);
	CHECK(r && md_items(r) == 2);
	for (size_t i = 0; r && i < r->n_checklists; i++)
		for (size_t k = 0; k < r->checklists[i].n_items; k++)
			CHECK(!strstr(r->checklists[i].items[k].text, "Status"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Pre-Flight Checklist" over "### 1. Tooling ✓" whose boxes are none
 * ticked, then "### 2. Config ✓" over commands to run: the group's ticks
 * name its steps, no results; the boxes stay open items. */
static const char steps_doc[] =
	"# Cluster rollout\n\nDate: 2026-03-02\n\n## Pre-Flight Checklist\n\n"
	"### 1. Tooling \xE2\x9C\x93\n\n- [ ] Terraform installed\n"
	"- [ ] SSH keys in place\n\n"
	"### 2. Config \xE2\x9C\x93\n\n```sh\ncp example.tfvars main.tfvars\n```\n\n"
	"### 3. Validation \xE2\x9C\x93\n\nRun `./check.sh` first.\n\n"
	"### 4. Database \xE2\x9C\x93\n\n```sh\ncreatedb app\n```\n";

PRR_TEST(import_lists39__ticked_steps_over_open_boxes_are_no_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(steps_doc, &d);
	CHECK(r && md_items(r) == 2);
	for (size_t i = 0; r && i < r->n_checklists; i++)
		for (size_t k = 0; k < r->checklists[i].n_items; k++)
			CHECK(r->checklists[i].items[k].status == PRR_PENDING);
	prr_review_free(r);
	prr_diags_free(&d);
	/* once the boxes are ticked, the headings' ticks are results */
	char doc[sizeof steps_doc];
	memcpy(doc, steps_doc, sizeof doc);
	for (char *p = doc; (p = strstr(p, "- [ ]")); p += 5)
		p[3] = 'x';
	CHECK(items_of(doc, NULL) == 5);
}

/* "- **Overall:** **Not ready** without a signed build": the status in
 * the bold that opens the value; what follows is its note. */
PRR_TEST(import_lists39__bold_status_opens_the_value)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Mobile review\n\nDate: 2026-03-02\n\n### Android app\n"
		"- **Code:** \xE2\x9C\x85\n- **Device testing:** \xE2\x9D\x8C\n"
		"- **Overall:** **Not ready** without a signed build\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 3);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 3) {
		const prr_checkitem *it = &r->checklists[0].items[2];
		CHECK(it->status == PRR_FAIL);
		CHECK_STR(it->text, "Overall");
		CHECK(it->note && strcmp(it->note, "without a signed build") == 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Many conditions' headings and option headings: none a check (their
 * time is bench-hostile's: conditions-options; no test times itself). */
PRR_TEST(import_lists39__many_headings_in_linear_time)
{
	static const char unit[] = "### NO-GO if any fails:\n\n- \xE2\x9D\x8C A test\n\n"
				   "### Option 2: More\n\n- \xE2\x9C\x85 Item\n\n";
	size_t reps = 12500, n = sizeof unit - 1;
	char *doc = malloc(reps * n + 64);
	CHECK(doc != NULL);
	if (!doc)
		return;
	size_t k = (size_t)sprintf(doc, "# Big\n\nDate: 2026-03-02\n\n");
	for (size_t i = 0; i < reps; i++, k += n)
		memcpy(doc + k, unit, n);
	doc[k] = 0;
	CHECK(items_of(doc, NULL) == 0);
	free(doc);
}
