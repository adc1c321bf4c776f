/* test_import_basis21.c - the figure a stated verdict rests on, audited
 * as false: the headline says so (round 26's site, item 2). */
#include "test.h"

#include "md_doc.h"
#include "prr/figures.h"

/* A document whose verdict's own line states "All 12 pre-flight checks
 * pass", over a checklist with 11 of 12 done, `tail` after the verdict. */
static prr_review *ota(prr_diags *d, const char *verdict)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "# Tern OTA\n\nReview held: 2026-01-20\n\n## TL;DR\n\n%s\n\n"
		     "## Pre-flight checks\n\n", verdict);
	for (int i = 1; i <= 12; i++)
		prr_buf_addf(&b, "- [%c] Check number %d\n", i == 9 ? ' ' : 'x', i);
	prr_review *r = md_text(b.p, d);
	prr_buf_free(&b);
	return r;
}

/* The audit row of the verdict's basis, as compute gives it, or NULL. */
static const prr_auditrow *basis_of(prr_arena *a, const prr_review *r,
				    prr_audit *au)
{
	prr_scorecard s;
	prr_score_review(&s, a, r, NULL);
	prr_audit_build(au, a, r, NULL, 0, true);
	prr_audit_verdict(au, a, r, &s);
	prr_audit_basis(au, r);
	return au->basis;
}

/* A stated verdict whose own line states a figure the audit finds false
 * ("All 12 pre-flight checks pass and we are **ready**", 11 of 12 done)
 * rests on it: au.basis is that row, whatever level the checks give. */
PRR_TEST(import_basis21__verdict_resting_on_a_false_figure)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = ota(&d, "All 12 pre-flight checks pass and we are "
			    "**ready** to start the rollout.");
	CHECK(r != NULL);
	if (!r)
		return;
	CHECK_INT(r->level, PRR_LEVEL_READY);
	prr_arena a = PRR_ARENA_INIT;
	prr_audit au;
	const prr_auditrow *b = basis_of(&a, r, &au);
	CHECK(b != NULL);
	if (b) {
		CHECK(!b->agrees);
		CHECK_INT(b->line, r->status_line);
		CHECK_STR(b->stated, "100% (12/12)");
		CHECK_STR(b->found, "92% (11/12)");
	}
	prr_arena_free(&a);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* No basis when the figure agrees, nor when it is not on the verdict's
 * line (a paragraph of its own), nor when no verdict is stated. */
PRR_TEST(import_basis21__no_basis_when_true_elsewhere_or_unstated)
{
	static const char *const verdicts[] = {
		"All 11 of 12 pre-flight checks pass and we are **ready** to start.",
		"All 12 pre-flight checks pass.\n\nWe are **ready** to start.",
		"All 12 pre-flight checks pass.",
	};
	for (size_t i = 0; i < sizeof verdicts / sizeof verdicts[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = ota(&d, verdicts[i]);
		CHECK(r != NULL);
		if (!r)
			continue;
		prr_arena a = PRR_ARENA_INIT;
		prr_audit au;
		if (basis_of(&a, r, &au) != NULL)
			prr_test_fail(__FILE__, __LINE__, "case %zu: a basis", i);
		prr_arena_free(&a);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A basis is a figure: a row on the verdict's line that states a word
 * ("complete", read from "### Verdict: CONDITIONAL PRODUCTION READY"
 * over a list of 3 of 7 ticks) is no figure the verdict rests on; one
 * that states a total ("32/50") is. */
PRR_TEST(import_basis21__a_basis_is_a_stated_figure)
{
	prr_review *r = prr_review_new();
	r->level = PRR_LEVEL_PARTIAL;
	r->status_line = 7;
	r->audit = prr_arena_array(&r->arena, 2, sizeof *r->audit);
	r->audit[r->n_audit++] = (prr_claim){ "Verdict: done", "complete",
					      "3/7 done", false, 7 };
	prr_arena a = PRR_ARENA_INIT;
	prr_audit au;
	prr_audit_build(&au, &a, r, NULL, 0, true);
	prr_audit_basis(&au, r);
	CHECK(au.basis == NULL);
	r->audit[r->n_audit++] = (prr_claim){ "Total", "32/50", "31/50",
					      false, 7 };
	prr_audit_build(&au, &a, r, NULL, 0, true);
	prr_audit_basis(&au, r);
	CHECK(au.basis != NULL && strcmp(au.basis->stated, "32/50") == 0);
	r->level = PRR_LEVEL_UNKNOWN; /* no verdict stated: nothing rests */
	prr_audit_basis(&au, r);
	CHECK(au.basis == NULL);
	prr_arena_free(&a);
	prr_review_free(r);
}
