/* test_import_scores3.c - scores, audits and findings misread in round
 * 15's documents: each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* The scores and dimensions of `fmt` with `arg` in it; the first score's
 * value in *first (NaN where none). */
static size_t scored(const char *fmt, const char *arg, double *first)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_fmt(&d, fmt, arg);
	size_t n = r ? r->n_scores + r->n_dimensions : 99;
	*first = r && r->n_scores ? r->scores[0].value : NAN;
	prr_review_free(r);
	prr_diags_free(&d);
	return n;
}

/* A bold label's percent is a share, as a list item's is: a score only
 * where its label names one, or readiness or the whole ("**Error budget
 * remaining:** 38%" is none; "**Readiness:** 72%" is one). */
PRR_TEST(import_scores3__bold_label_percent_is_a_share)
{
	static const char *const shares[] = {
		"**Error budget remaining:** 38%",
		"**Availability:** 99.95%",
		"**Coverage: 78%**",
		"**Share of traffic:** 12%",
		"**Canary:** 5% of logins",
		"**Migration:** 64% complete",
		"**Current rollout:** 5% of logins",
	};
	static const char *const scores[] = {
		"**Readiness:** 72%",
		"**Readiness score:** 72%",
		"**Overall score:** 72%",
	};
	const char *doc = "# Ledger review\n\nDate: 2026-03-03\n\n%s\n\n"
			  "**Decision: READY.**\n";
	double v;
	for (size_t i = 0; i < sizeof shares / sizeof shares[0]; i++)
		CHECK(scored(doc, shares[i], &v) == 0);
	for (size_t i = 0; i < sizeof scores / sizeof scores[0]; i++)
		CHECK(scored(doc, scores[i], &v) == 1 && v == 72);
}

/* A score's label and its score word are its own sentence's: "…it is
 * not a score. Reconciliation overspent its budget by 16%" states no
 * score labelled "a score. Reconciliation overspent …". */
PRR_TEST(import_scores3__label_stays_in_its_sentence)
{
	static const char *const lines[] = {
		"Budget remaining is not\na score. Reconciliation overspent its "
		"budget by 16% (104 minutes over).",
		"No score is given. Coverage is 78%.",
	};
	const char *doc = "# Ledger review\n\nDate: 2026-03-03\n\n%s\n\n"
			  "**Decision: READY.**\n";
	double v;
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
		CHECK(scored(doc, lines[i], &v) == 0);
	/* the score word in the figure's own sentence still names it */
	CHECK(scored(doc, "Reviewed twice. Readiness score is 72%.", &v) == 1 &&
	      v == 72);
}
