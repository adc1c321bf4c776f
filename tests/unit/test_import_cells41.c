/* test_import_cells41.c - the status a table cell or a status mark
 * states (round 41): a failure word that is no failure, words of a state
 * not yet shown, marks of work to do, a flagged box, a forecast's sizes.
 * Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* The status of the item or check named `name` in `r` (PRR_UNKNOWN, and
 * *found false, if none is). */
static prr_status status_of(const prr_review *r, const char *name, bool *found)
{
	*found = true;
	for (size_t i = 0; r && i < r->n_checklists; i++)
		for (size_t k = 0; k < r->checklists[i].n_items; k++)
			if (strcmp(r->checklists[i].items[k].text, name) == 0)
				return r->checklists[i].items[k].status;
	for (size_t i = 0; r && i < r->n_components; i++)
		for (size_t k = 0; k < r->components[i].n_checks; k++)
			if (strcmp(r->components[i].checks[k].category, name) == 0)
				return r->components[i].checks[k].status;
	*found = false;
	return PRR_UNKNOWN;
}

static void check_status(const char *doc, const char *name, prr_status want)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	bool found;
	prr_status st = status_of(r, name, &found);
	CHECK(found);
	CHECK_INT(st, want);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A failure word in a result that is no failure: "401 on failure" (a
 * code, and when it is sent) beside ✅ is a pass; "No change to …" is no
 * answer "No"; "`npm audit`: 0 vulnerabilities" counts none after its
 * label, a pass. */
PRR_TEST(import_cells41__failure_words_that_are_none)
{
	const char *doc =
		"# Payments gate\n\n## Evidence\n\n| # | Blocker | Result |\n|---|---|---|\n"
		"| 1 | Webhook signature verification | ✅ standardwebhooks + 401 on failure |\n"
		"| 2 | Idempotency | ✅ PK on webhook-id |\n";
	check_status(doc, "Webhook signature verification", PRR_PASS);
	/* (a count of failures still is one) */
	check_status("# G\n\n## Evidence\n\n| Check | Result |\n|---|---|\n"
		     "| Unit tests | ✅ 40 passed, 2 failed |\n| Lint | ✅ |\n",
		     "Unit tests", PRR_PARTIAL);
	doc = "# Launch check\n\n## Evidence\n\n| Check | Result |\n|---|---|\n"
	      "| Unit tests | ✅ |\n"
	      "| Content since the audit baseline | No change to facts, answers or "
	      "coordinates (verified by re-audit) |\n"
	      "| Dependencies | `npm audit`: 0 vulnerabilities |\n";
	check_status(doc, "Content since the audit baseline", PRR_PASS);
	check_status(doc, "Dependencies", PRR_PASS);
	/* ("No" alone is still a no) */
	check_status("# G\n\n## Evidence\n\n| Check | Result |\n|---|---|\n"
		     "| Backups | No |\n| Lint | ✅ |\n", "Backups", PRR_FAIL);
}

/* "Required proof | Observed result" of sentences, most with no status
 * word: the results describe each proof, no status is stated ("The
 * generated regression failed with …" is the failure required). */
PRR_TEST(import_cells41__proofs_observed_in_sentences)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Feasibility Gate\n\nDecision: **GO**\n\n## Why this is a GO\n\n"
		"| Required proof | Observed result |\n|---|---|\n"
		"| Real context | Metadata was stored in the catalog, then read by the server. |\n"
		"| Schema | The tool returned `customer_key` and the rename description. |\n"
		"| Lineage | The tool returned the mart one hop downstream from the orders. |\n"
		"| Real failure | The generated regression failed with `no such column: x`. |\n"
		"| Minimal repair | A three-reference patch changed only `x` to `y`. |\n"
		"| Green verification | The same regression passed after the patch. |\n"
		"| Traceability | Context, diff and output were bundled under one run ID. |\n"
		"| Safety refusal | Automated tests prove that missing schema block any patch. |\n",
		&d);
	bool found;
	CHECK(r != NULL);
	CHECK_INT(status_of(r, "Real failure", &found), PRR_UNKNOWN);
	CHECK(!found);
	CHECK(md_said(&d, "not read as statuses"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Portuguese "Passa" passes, "Passa apenas como …" in part; "Não
 * demonstrado" (not shown) is a state not yet shown, not a failure, as
 * "Not demonstrated" is. */
PRR_TEST(import_cells41__passa_and_not_demonstrated)
{
	static const struct {
		const char *s;
		prr_status want;
	} cases[] = {
		{ "Passa", PRR_PASS },
		{ "Passa geometricamente", PRR_PASS },
		{ "Passa apenas como hipótese", PRR_PARTIAL },
		{ "Não demonstrado", PRR_PENDING },
		{ "Not demonstrated", PRR_PENDING },
		{ "Não passa por forma", PRR_FAIL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool known = false;
		prr_status st = prr_status_from_text(cases[i].s, strlen(cases[i].s), &known);
		CHECK(known);
		CHECK_INT(st, cases[i].want);
	}
}

/* "Not in RC3 workflow": a gate no run holds, not run (pending); "🔲" a
 * box to tick, pending; "- [ ] … ⚠️ ACTION REQUIRED" work to do, not
 * done in part. */
PRR_TEST(import_cells41__not_run_and_boxes_to_tick)
{
	check_status("# RC3 gate\n\n## Gate scorecard\n\n"
		     "| Gate | Required | Linux result | Release impact |\n|---|---|---|---|\n"
		     "| `npm ci` | Yes | **PASS** | — |\n"
		     "| `npm audit` | Yes | **FAIL** (5 CVEs) | GA blocker |\n"
		     "| Playwright E2E | CI only | Not in RC3 workflow | Run separately |\n",
		     "Playwright E2E", PRR_PENDING);
	check_status("# G\n\n## Security Checklist\n\n| Item | Status | Notes |\n|---|---|---|\n"
		     "| Context Isolation | ✅ | Enabled |\n"
		     "| Input Sanitization | 🔲 | Needs implementation |\n",
		     "Input Sanitization", PRR_PENDING);
	check_status("# C\n\n### Security\n- [ ] **Vercel** project connected ⚠️ **ACTION REQUIRED**\n"
		     "- [x] Backups\n",
		     "Vercel project connected ⚠️ ACTION REQUIRED", PRR_PENDING);
	/* (a warning on its own over an open box still says in part) */
	check_status("# C\n\n### Security\n- [ ] Rate limits ⚠️ partly\n- [x] Backups\n",
		     "Rate limits ⚠️ partly", PRR_PARTIAL);
}

/* "- [!] …": a flagged box, never pending; its words say the state
 * ("blocked by …": a fail), else it is unread, with a warning. */
PRR_TEST(import_cells41__flagged_box)
{
	check_status("# Go-Live\n\n## 1. Authentication\n"
		     "- [!] Learner registration is currently blocked by the rate limit.\n"
		     "- [ ] Admin login not yet verified.\n",
		     "Learner registration is currently blocked by the rate limit.",
		     PRR_FAIL);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Go-Live\n\n## Auth\n- [!] Learner registration\n"
				"- [ ] Admin login\n", &d);
	bool found;
	CHECK_INT(status_of(r, "Learner registration", &found), PRR_UNKNOWN);
	CHECK(found);
	CHECK(md_said(&d, "unknown status '[!]'"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Arabic "جاهز للتطبيق عند إنشاء المشروع" (ready to apply when the
 * project is created) is not done; "جاهزة ومكتوبة" (ready, written) is;
 * as "Ready to apply when …" is not. */
PRR_TEST(import_cells41__ready_when_is_not_done)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# قرار\n\n## 3. الشروط (Pre-Production Rollout Checklist)\n\n"
		"| الشرط | المسؤول | الحالة الإجرائية | الأثر |\n| :--- | :--- | :--- | :--- |\n"
		"| **1. استبدال الملف** | DevOps | جاهز للتطبيق عند إنشاء المشروع السحابي | ربط |\n"
		"| **2. نشر القواعد** | الأمان | جاهزة ومكتوبة بالمشروع | حماية |\n", &d);
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2) {
		CHECK(!r->milestones[0].done);
		CHECK(r->milestones[1].done);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	check_status("# G\n\n## Evidence\n\n| Check | Status |\n|---|---|\n"
		     "| Migrations | Ready to apply when the cloud project is created |\n"
		     "| Lint | ✅ |\n", "Migrations", PRR_PENDING);
}

/* A table of sizes under "## Масштабируемость — Прогноз" (a forecast):
 * what each size would need, no checks; parts named under "Forecast peak
 * vs provisioned" are still checked. */
PRR_TEST(import_cells41__forecast_sizes_are_no_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Audit\n\n## Масштабируемость — Прогноз\n\n"
		"| Users | Products | Workers | Status |\n|---|---|---|---|\n"
		"| 10 | 1K | 2 | **Готово** |\n| 50 | 5K | 3 | **Нужны #1,#4,#7** |\n", &d);
	CHECK_INT(md_items(r), 0);
	CHECK(r && r->n_tables == 1);
	prr_review_free(r);
	prr_diags_free(&d);
	check_status("# Plan\n\n## Forecast peak vs provisioned\n\n"
		     "| Tier | Provisioned | Forecast peak | RAG |\n|---|---|---|---|\n"
		     "| query-gateway | 22,000 | 13,900 | 🟢 |\n| indexer | 18,000 | 15,800 | 🔴 |\n",
		     "indexer", PRR_FAIL);
}
