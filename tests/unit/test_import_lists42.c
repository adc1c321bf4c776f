/* test_import_lists42.c - lists and marks the importer read as checks or
 * as evidence wrongly (round 41): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* The status of the checklist item of `r` whose text is `text`, or -1. */
static int item_status(const prr_review *r, const char *text)
{
	const prr_checkitem *it = md_item(r, text);
	return it ? (int)it->status : -1;
}

/* A legend of the document that says ❌ is "not done" makes ❌ work to
 * do, pending, not a failed check: "Status legend: ✅ done · ⚠️ … · ❌
 * not done" over a table or a list of marks; a cross with words that
 * say more ("❌ Backups failed") keeps them, and without such a legend
 * ❌ is a fail. */
PRR_TEST(import_lists42__legend_cross_not_done_is_pending)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# App \xE2\x80\x94 Launch Checklist\n\n"
		"Status legend: \xE2\x9C\x85 done \xC2\xB7 \xE2\x9A\xA0\xEF\xB8\x8F done in code, "
		"needs infra apply \xC2\xB7 \xE2\x9D\x8C not done\n\n"
		"| # | Action | Status | Where |\n|---|---|---|---|\n"
		"| 1.1 | Run migrations | \xE2\x9A\xA0\xEF\xB8\x8F | Supabase |\n"
		"| 1.2 | Deploy proof function | \xE2\x9D\x8C | CLI |\n"
		"| 1.3 | Confirm keystore ignored | \xE2\x9C\x85 | git |\n\n"
		"## More\n\n- \xE2\x9D\x8C Rotate the keys\n"
		"- \xE2\x9D\x8C Backups failed\n", &d);
	CHECK(item_status(r, "Deploy proof function") == PRR_PENDING);
	CHECK(item_status(r, "Run migrations") == PRR_PARTIAL);
	CHECK(item_status(r, "Confirm keystore ignored") == PRR_PASS);
	CHECK(item_status(r, "Rotate the keys") == PRR_PENDING);
	CHECK(item_status(r, "Backups failed") == PRR_FAIL);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a legend that says ❌ is a failure, or none: a fail */
	static const char *const legends[] = {
		"Legend: \xE2\x9C\x85 done \xC2\xB7 \xE2\x9D\x8C failed\n\n",
		"",
	};
	for (size_t i = 0; i < sizeof legends / sizeof legends[0]; i++) {
		prr_diags d2 = PRR_DIAGS_INIT;
		prr_review *r2 = md_fmt(&d2, "# App\n\n%s| Action | Status |\n"
			"|---|---|\n| Deploy proof function | \xE2\x9D\x8C |\n"
			"| Confirm keystore ignored | \xE2\x9C\x85 |\n", legends[i]);
		CHECK(item_status(r2, "Deploy proof function") == PRR_FAIL);
		prr_review_free(r2);
		prr_diags_free(&d2);
	}
}

/* Example queries under a heading of examples ("## Example Test
 * Scenarios" over "### Scenario 1: Sales", or after "**Test Queries:**")
 * and ✅ bullets under a heading that celebrates ("## 🎉 You're Ready to
 * Launch!") are no checks: what one would try, features restated. A
 * scenario tested elsewhere still is. */
PRR_TEST(import_lists42__examples_and_celebrations_are_no_checks)
{
	static const char *const docs[] = {
		"# Dashboard\n\n## Example Test Scenarios\n\n### Scenario 1: Sales\n\n"
		"**Test Queries:**\n1. \xE2\x9C\x85 \"Show sales trends\"\n"
		"2. \xE2\x9C\x85 \"Compare revenue\"\n",
		"# Dashboard\n\n## Queries\n\n**Test Queries:**\n\n"
		"1. \xE2\x9C\x85 \"Show sales trends\"\n2. \xE2\x9C\x85 \"Compare revenue\"\n",
		"# Launch\n\n## \xF0\x9F\x8E\x89 You're Ready to Launch!\n\n"
		"Your service is now:\n- \xE2\x9C\x85 Deployed on AWS\n"
		"- \xE2\x9C\x85 Secured with SSL\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && md_items(r) == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Launch\n\n## Test Scenarios\n\n"
		"- \xE2\x9C\x85 Checkout under load\n- \xE2\x9C\x85 Failover\n", &d);
	CHECK(md_items(r) == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The planned flag of the review's evidence for `path`: 1, 0, or -1 when
 * it cites none. */
static int planned(const prr_review *r, const char *path)
{
	for (size_t i = 0; r && i < r->n_evidence; i++)
		if (strcmp(r->evidence[i].path, path) == 0)
			return r->evidence[i].planned;
	return -1;
}

/* "### New Files Created" (told in the past) over "- ✅ `gen.py`", and a
 * ticked item under "### New Files", cite files made already, none the
 * plan will create; "### New Files" over an unticked item still does. */
PRR_TEST(import_lists42__new_files_created_are_made)
{
	static const char *const docs[] = {
		"# D\n\n## Done\n\n### New Files Created\n- \xE2\x9C\x85 `gen.py` - Core engine\n",
		"# D\n\n## Done\n\n### New files added\n- `gen.py` - Core engine\n",
		"# D\n\n## Done\n\n### New Files\n- \xE2\x9C\x85 `gen.py` - Core engine\n",
		"# D\n\n## Done\n\n### New Files\n- [x] `gen.py` - Core engine\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(planned(r, "gen.py") == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# D\n\n## Plan\n\n### New Files\n- `gen.py` - Core engine\n", &d);
	CHECK(planned(r, "gen.py") == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A retrospective's headings ("### What Went Right ✅", "### What Needs
 * Improvement ⚠️" under "## Lessons Learned") are no checks; headings
 * of checks with marks still are. */
PRR_TEST(import_lists42__retrospective_headings_are_no_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n## Lessons Learned\n\n"
		"### What Went Right \xE2\x9C\x85\n\n1. **Approach**: 63 changes\n\n"
		"### What Needs Improvement \xE2\x9A\xA0\xEF\xB8\x8F\n\n"
		"1. **Sync**: backend ahead\n", &d);
	CHECK(r && md_items(r) == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Review\n\n## Checks\n\n### Backups \xE2\x9C\x85\n\nNightly.\n\n"
		"### Alerts \xE2\x9A\xA0\xEF\xB8\x8F\n\nHalf wired.\n", &d);
	CHECK(md_items(r) == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The token the review's evidence for `path` says it holds ("" when it
 * says none), or NULL when it cites no such file. */
static const char *held(const prr_review *r, const char *path)
{
	for (size_t i = 0; r && i < r->n_evidence; i++)
		if (strcmp(r->evidence[i].path, path) == 0)
			return r->evidence[i].token ? r->evidence[i].token : "";
	return NULL;
}

/* An order or a to-do ("set `DOMAIN=` in `.env`", "Change `flag`
 * default to `true` in `Flags.swift`", "- [ ] Verify `cfg` in
 * `app.js` …") is no claim of what a file holds now, nor is what a file
 * lacked in a text that says it was fixed since ("has no `rule_files`
 * … ✅ FIXED (e866207): alerting block added"); a statement still is. */
PRR_TEST(import_lists42__orders_and_todos_claim_no_content)
{
	static const char *const docs[] = {
		"# R\n\n## TLS\n\nNo domain exists yet. The profile is staged: point "
		"an A record at the host, set `DOMAIN=` in `.env`, then start it.\n",
		"# R\n\n## Fixes\n\n1. Change `enabled` default to `true` in `.env`. "
		"Ensure the views render it.\n",
		"# R\n\n## To do\n\n- [ ] Verify `DOMAIN` in `.env` points at prod.\n",
		"# R\n\n## Alerts\n\n- [x] **Alert rules** \xE2\x80\x94 `.env` has no "
		"`rule_files` block. \xE2\x9C\x85 FIXED (e866207): alerting block added.\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		const char *t = held(r, ".env");
		CHECK(t && !*t);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# R\n\n## Config\n\nThe host's `.env` has `DOMAIN=` set.\n", &d);
	const char *t = held(r, ".env");
	CHECK(t && strcmp(t, "DOMAIN=") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}
