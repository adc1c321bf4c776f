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

/* Whether each of lines[0..n) in `fmt` gives `want` scores and
 * dimensions. */
static bool each_scored(const char *fmt, const char *const *lines, size_t n,
			size_t want)
{
	double v;
	bool all = true;
	for (size_t i = 0; i < n; i++)
		if (scored(fmt, lines[i], &v) != want) {
			printf("    not %zu: %s\n", want, lines[i]);
			all = false;
		}
	return all;
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
	CHECK(each_scored(doc, shares, sizeof shares / sizeof shares[0], 0));
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
	CHECK(each_scored(doc, lines, sizeof lines / sizeof lines[0], 0));
	/* the score word in the figure's own sentence still names it */
	CHECK(scored(doc, "Reviewed twice. Readiness score is 72%.", &v) == 1 &&
	      v == 72);
}

/* A heading's percent is a dimension where the heading names what is
 * scored and the figure stands apart ("## Security: 85%"); not a stage
 * run on from its words ("## Open defects blocking 100%") nor a share
 * ("## Share of traffic: 12%", "### Test coverage — 78%"). */
PRR_TEST(import_scores3__heading_percent_dimensions)
{
	static const char *const heads[] = {
		"## Open defects blocking 100%",
		"## Share of traffic: 12%",
		"### Test coverage \xE2\x80\x94 78%",
		"## Conditions for 100%",
	};
	static const char *const dims[] = {
		"## Security (18/20)",
		"### Reliability \xE2\x9A\xA0\xEF\xB8\x8F **6/10**",
		"## Security: 85%",
		"## Security (85%)",
	};
	const char *doc = "# Wallet review\n\nDate: 2026-03-05\n\n%s\n\n"
			  "- Android ANR when offline\n";
	CHECK(each_scored(doc, heads, sizeof heads / sizeof heads[0], 0));
	CHECK(each_scored(doc, dims, sizeof dims / sizeof dims[0], 1));
}

/* The disagreeing audits of `line` in a maturity document. */
static size_t disagreements(const char *line)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_fmt(&d, "# Runway assessment\n\nAssessed: 12 February "
			       "2026\n\n### Incident management\n%s\n", line);
	size_t k = r ? 0 : 99;
	for (size_t i = 0; r && i < r->n_audit; i++)
		k += !r->audit[i].agrees;
	prr_review_free(r);
	prr_diags_free(&d);
	return k;
}

/* A number after a word and a hyphen is a name's ("Sev-1/2 incidents"),
 * no count a percent is audited against. */
PRR_TEST(import_scores3__severity_range_is_no_count)
{
	CHECK(disagreements("- Post-incident reviews written for 23 of 26 "
			    "Sev-1/2 incidents (88%).") == 0);
	CHECK(disagreements("- 100% of Sev-1/2 had a named IC in 2025.") == 0);
	CHECK(disagreements("- Readiness 85% (3/7 phases done).") == 1);
}
