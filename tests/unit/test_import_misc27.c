/* test_import_misc27.c - what the importer reads in real public reviews
 * (round 27): counts said in passing, cells of checks not re-run, an
 * approval said by what it lacks, a heading's mark over its list; each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"


/* The audit row of `r` whose claim is `claim`, or NULL. */
static const prr_claim *audit_row(const prr_review *r, const char *claim)
{
	for (size_t i = 0; r && i < r->n_audit; i++)
		if (strcmp(r->audit[i].claim, claim) == 0)
			return &r->audit[i];
	return NULL;
}

/* The status of check `cat` among the components of `r`, or -1. */
static int check_status(const prr_review *r, const char *cat)
{
	for (size_t c = 0; r && c < r->n_components; c++)
		for (size_t k = 0; k < r->components[c].n_checks; k++)
			if (strcmp(r->components[c].checks[k].category, cat) == 0)
				return (int)r->components[c].checks[k].status;
	return -1;
}

/* A count of things named in passing ("the 3 high-severity
 * vulnerabilities are still present there", a sentence wrapped over lines
 * or said on one; "113 critical system events"; "TOP 10 CRITICAL RISKS")
 * is no claim of the review's findings; "Findings: 3 high" and "3 high
 * findings are open" are. */
PRR_TEST(import_misc27__counts_in_passing_are_no_findings_claim)
{
	static const struct {
		const char *text;
		bool claims; /* a count of the review's own findings */
	} cases[] = {
		{ "The stale default branch is two commits behind `main`: no test suite, no CI,\n"
		  "and the 3 high-severity vulnerabilities are still present there.\n", false },
		{ "The stale branch sits at the merge-base, i.e. **two\n"
		  "commits behind `main`**: no test suite, no CI, and the 3 high-severity\n"
		  "vulnerabilities are still present there.\n", false },
		{ "The 3 high-severity vulnerabilities are still present there.\n", false },
		{ "- **113 high system events** during the burn-in\n", false },
		{ "- `any` usage in high files: **12 instances**\n", false },
		{ "Findings: 3 high\n", true },
		{ "3 high findings are open.\n", true },
		{ "- **High:** 3\n", true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Whetstone review\n\n## Blockers\n\n%s\n"
			"### 1. (High) Default branch is not main\n\nx\n", cases[i].text);
		const prr_claim *c = audit_row(r, "high findings");
		CHECK(r && r->n_findings == 1);
		if (cases[i].claims)
			CHECK(c && strcmp(c->stated, "3") == 0 && !c->agrees);
		else if (c)
			prr_test_fail(__FILE__, __LINE__, "'%s': claimed", cases[i].text);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A long paragraph of wrapped lines: a count in it is prose, no claim,
 * and the finding after it is read (how the time grows is
 * bench-hostile's, never asserted). */
PRR_TEST(import_misc27__wrapped_paragraph_is_linear)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# R\n\n## Findings\n\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_adds(&b, "and the 3 high-severity issues are still there,\n");
	prr_buf_adds(&b, "\n### 1. (High) One\n\nx\n");
	prr_buf_addc(&b, 0);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	prr_import_md(&r, "2026-01-01.md", b.p, strlen(b.p), &d);
	CHECK(r != NULL);
	CHECK(r && r->n_audit == 0);
	CHECK(r && r->n_findings == 1);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}

/* "NOT RE-VERIFIED THIS PASS": the "re-" of a denied word is that word
 * denied (not verified: pending), and "pass" after "this" is a round of
 * the work, no status; "CONFIGURED, NOT VERIFIED" is pending, not a
 * failure. */
PRR_TEST(import_misc27__not_reverified_this_pass_is_pending)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# App readiness review\n\n## Current verification\n\n"
		"| Gate | Result | Evidence |\n|---|---|---|\n"
		"| JVM unit tests | NOT RE-VERIFIED THIS PASS | stale |\n"
		"| Unit tests | Not re-run this pass | stale |\n"
		"| Debug APK | PASS | built |\n"
		"| Release signing | CONFIGURED, NOT VERIFIED | no credentials |\n"
		"| Lint | Unchanged this pass | x |\n", &d);
	CHECK(check_status(r, "JVM unit tests") == PRR_PENDING);
	CHECK(check_status(r, "Unit tests") == PRR_PENDING);
	CHECK(check_status(r, "Debug APK") == PRR_PASS);
	CHECK(check_status(r, "Release signing") == PRR_PENDING);
	CHECK(check_status(r, "Lint") == PRR_UNKNOWN);
	prr_review_free(r);
	prr_diags_free(&d);
	bool known;
	CHECK(prr_status_from_text("Not verified", 12, &known) == PRR_PENDING && known);
	/* a cross over a check not verified still says it fails */
	CHECK(prr_status_from_text("\xE2\x9D\x8C not verified", 17, &known) == PRR_FAIL);
	CHECK(prr_status_from_text("Passed on the first pass", 24, &known) == PRR_PASS);
}

/* "pass" at s[i] is a round after "this", "each", …: a word of its own,
 * spaces between, in any case; not at the text's start, not after
 * spaces alone, a word run into it ("thispass") or one that ends in
 * letters after digits ("2this pass"). */
PRR_TEST(import_misc27__pass_as_round_words_before)
{
	CHECK(prr_pass_as_round("this pass", 5));
	CHECK(prr_pass_as_round("Re-run EACH  pass", 13));
	CHECK(!prr_pass_as_round("pass", 0));
	CHECK(!prr_pass_as_round("   pass", 3));
	CHECK(!prr_pass_as_round("thispass", 4));
	CHECK(!prr_pass_as_round("2this pass", 6));
	CHECK(!prr_pass_as_round("tests pass", 6));
}

/* "no objection", "no concerns", "no issues" in a Status cell approve:
 * a pass, not the "NO" of a refusal. */
PRR_TEST(import_misc27__no_objection_is_a_pass)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Go/No-Go meeting\n\n## Roll call\n\n"
		"| Area | Name | Status | Note |\n|---|---|---|---|\n"
		"| Ops | Sam Okonkwo | GO | |\n"
		"| Security | Ines Carvalho | NO-GO until BIL-88 is fixed | |\n"
		"| Legal | Arjun Mehta | no objection | |\n"
		"| Finance | Li Wei | No concerns | |\n"
		"| Support | Ana Ruiz | no issues | |\n", &d);
	CHECK(check_status(r, "Legal") == PRR_PASS);
	CHECK(check_status(r, "Finance") == PRR_PASS);
	CHECK(check_status(r, "Support") == PRR_PASS);
	CHECK(check_status(r, "Security") == PRR_FAIL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### ✅ Lo que YA está bien" over a list whose items mostly carry ✅:
 * an item with no mark of its own takes the heading's. */
PRR_TEST(import_misc27__heading_mark_over_its_list)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Echo\n\n### \xE2\x9C\x85 **Lo que YA est\xC3\xA1 bien**\n"
		"1. **Docker multi-stage build** optimizado (~250MB)\n"
		"2. **Usuario no-root** (echoapp:1001) \xE2\x9C\x85\n"
		"3. **JWT secrets auto-generados** \xE2\x9C\x85\n"
		"4. **Bcrypt con 12 rounds** \xE2\x9C\x85\n", &d);
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1) {
		const prr_checklist *cl = &r->checklists[0];
		CHECK(cl->n_items == 4);
		for (size_t k = 0; k < cl->n_items; k++)
			CHECK(cl->items[k].status == PRR_PASS && cl->items[k].done);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* not where the items do not mostly carry it */
	r = md_text("# Echo\n\n### \xE2\x9C\x85 Bien\n"
		    "1. Docker build\n2. Usuario no-root \xE2\x9C\x85\n"
		    "3. Secrets\n4. Bcrypt \xE2\x9C\x85\n", &d);
	CHECK(r && r->n_checklists == 1 &&
	      r->checklists[0].items[0].status == PRR_UNKNOWN);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading that is a finding ("### 7. ⚠️ **MEDIUM: CASCADE DELETE
 * Risk**") is no heading of risks: its list of fields is the finding's,
 * no three risks "File: …", "Impact: …", "Fix Priority: …". */
PRR_TEST(import_misc27__finding_heading_is_no_risk_heading)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Audit\n\n## Top risks\n\n"
		"### 7. \xE2\x9A\xA0\xEF\xB8\x8F **MEDIUM: CASCADE DELETE Risk**\n"
		"- **File:** db/schema/claims-schema.ts\n"
		"- **Impact:** Deleting claim deletes entire timeline\n"
		"- **Fix Priority:** MEDIUM (PR #12)\n", &d);
	CHECK(r && r->n_findings == 1 && r->n_risks == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}
