/* test_import_verdicts22.c - verdicts misread in review documents written
 * by other teams (round 35): a later verdict that replaces the first, a
 * criterion or a counterfactual read as the verdict, a readiness for a
 * phase or a part only.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_verdict.h"

struct want {
	const char *doc;
	prr_level level;
	const char *text; /* in the status text; NULL: none stated */
};

static void check_verdicts(const struct want *w, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_undated(w[i].doc, &d);
		CHECK(r != NULL);
		if (r) {
			CHECK_INT(r->level, w[i].level);
			if (w[i].text)
				CHECK(r->status_text && strstr(r->status_text, w[i].text));
			else
				CHECK(!r->status_text);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A sentence that says the verdict is downgraded, upgraded, revised or
 * changed to a level states the level that holds now, and replaces the
 * verdict read before it. */
PRR_TEST(import_verdicts22__verdict_downgraded_to_replaces)
{
	static const struct want w[] = {
		{ "# Pelican \xE2\x80\x94 PRR\n\n**Date:** 2026-07-08\n\n"
		  "## Executive summary\n\n**Verdict:** READY.\n\n## 5. Load test\n\n"
		  "After the load test the verdict is downgraded to **CONDITIONAL GO**.\n",
		  PRR_LEVEL_PARTIAL, "downgraded to CONDITIONAL GO" },
		{ "# Pelican \xE2\x80\x94 PRR\n\n**Date:** 2026-07-08\n\n"
		  "**Verdict:** CONDITIONAL GO.\n\n## Re-test\n\n"
		  "With CO-131 fixed the verdict is upgraded to **GO**.\n",
		  PRR_LEVEL_READY, "upgraded to GO" },
	};
	check_verdicts(w, sizeof w / sizeof w[0]);
}

/* A verdict word that names a criterion ("the READY bar") is no
 * verdict; a verdict only imagined ("We would have called this
 * **READY** had …") is none either. */
PRR_TEST(import_verdicts22__criterion_and_counterfactual_state_none)
{
	static const struct want w[] = {
		{ "# Kestrel Notify \xE2\x80\x94 PRR\n\n**Review date:** 2026-02-19\n\n"
		  "## Decision\n\nAll nine P0 checks pass. Four P1 checks are open, "
		  "which is above the two the READY bar allows.\n\n"
		  "**Outcome: CONDITIONALLY READY.** Go-live may proceed once each "
		  "open P1 has an owner.\n",
		  PRR_LEVEL_PARTIAL, "CONDITIONALLY READY" },
		{ "# ledger-export \xE2\x80\x94 Go/No-Go\n\n**Date:** 2026-04-14\n\n"
		  "## Decision\n\nWe would have called this **READY** had the restore "
		  "drill finished inside the RTO.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	check_verdicts(w, sizeof w / sizeof w[0]);
	size_t at, len;
	static const char s[] = "We would not have called it ready.";
	CHECK_INT(prr_rec_verdict(s, sizeof s - 1, &at, &len), PRR_LEVEL_UNKNOWN);
}
