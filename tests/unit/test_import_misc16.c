/* test_import_misc16.c - what the importer reads in reviews with
 * informal, indirect or absent verdicts (round 28): blockers closed by
 * striking them or by a later list, dates that are examples, percents
 * that are no scores.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* A list item that opens struck and then says it is over ("1.
 * ~~Chromium pool leaks memory~~ — **resolved** 9 Sept (BILX-902).") is a
 * blocker closed, not an open one titled "— resolved 9 Sept"; one struck
 * and not said over keeps the old reading (its struck words taken back). */
PRR_TEST(import_misc16__struck_resolved_blocker_is_closed)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# invoice-renderer v4\n\n**Date:** 2026-09-17\n\n## The blockers\n\n"
		"1. ~~Chromium pool leaks memory after ~8k renders~~ \xE2\x80\x94 "
		"**resolved** 9 Sept (BILX-902).\n"
		"2. ~~Peppol validation fails for credit notes~~ \xE2\x80\x94 "
		"**resolved** 11 Sept (BILX-905).\n"
		"3. Font cache is cold after deploys.\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK(strstr(r->findings[0].title, "Font cache") != NULL);
		CHECK(r->findings[0].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* "— not resolved" says it is not over */
	r = md_text("# x\n\n**Date:** 2026-09-17\n\n## Blockers\n\n"
		    "1. ~~Pool leaks~~ \xE2\x80\x94 not resolved yet.\n"
		    "2. Font cache is cold.\n", &d);
	CHECK(r && r->n_findings == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "- Blocker 2 is **resolved**: …" under a numbered list of blockers:
 * a report on the list's second blocker, which it closes; "Blocker 1 is
 * **still open**" leaves the first open; neither is a finding itself. */
PRR_TEST(import_misc16__blocker_reported_by_number)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Ledger Sync v2\n\n**Date:** 2026-04-14\n\n## Blockers\n\n"
		"1. **LSYNC-104 \xE2\x80\x94 no rollback path.** No way back.\n"
		"2. **LSYNC-112 \xE2\x80\x94 secrets in the job spec.** Inline.\n\n"
		"### What happened to them\n\n"
		"- Blocker 2 is **resolved**: the password moved on 8 April.\n"
		"- Blocker 1 is **still open**. Nobody has started it.\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].id, "LSYNC-104");
		CHECK(r->findings[0].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* with no list of blockers above, blockers named by number are
	 * findings still */
	r = md_text("# x\n\n**Date:** 2026-04-14\n\n## Blockers\n\n"
		    "- Blocker 1 is the missing rollback path.\n"
		    "- Blocker 2 is the secrets in the job spec.\n", &d);
	CHECK(r && r->n_findings == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A date given as an example ("**Review date:** _(e.g. 2026-01-01)_")
 * dates nothing; in a code block only a date's label dates the review
 * ("last_sync: 2025-07-04T00:00:00Z" is a value, not the review's day),
 * and "date: 2025-07-04" there still does where nothing else does. */
PRR_TEST(import_misc16__example_and_code_dates_are_no_review_date)
{
	static const char *const docs[] = {
		"# Checklist\n\n**Review date:** _(e.g. 2025-07-04)_\n\n- [ ] SLOs defined\n",
		"# Checklist\n\nReview date: for example 2025-07-04\n\n- [ ] SLOs defined\n",
		("# flagd\n\nThe review's date has not been set.\n\n```yaml\n"
		 "service: flagd\nlast_sync: 2025-07-04T00:00:00Z   # e.g. 2025-07-04\n```\n"),
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_undated(docs[i], &d);
		CHECK(!r || !r->date || strcmp(r->date, "2025-07-04") != 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# flagd\n\n```yaml\nservice: flagd\n"
				   "date: 2025-07-04\n```\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2025-07-04") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A percent followed by a word of probability or a share of something
 * ("70% confidence we hit the date", "25% of requests on the new
 * router") is no readiness score, whatever its label; "**Readiness:**
 * 70%" still is. */
PRR_TEST(import_misc16__probability_percent_is_no_score)
{
	static const char *const lines[] = {
		"**Readiness:** 70% confidence we hit the date",
		"**Launch readiness:** 25% of requests on the new router",
		"**Readiness score:** 60% chance of slipping",
		"Readiness: 80% likelihood of launch on time",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Review\n\n**Date:** 2026-04-14\n\n%s\n",
				       lines[i]);
		CHECK(r && r->n_scores == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n**Date:** 2026-04-14\n\n**Readiness:** 70%\n", &d);
	CHECK(r && r->n_scores == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A table whose status column states no check is kept whole: a
 * template's rows left to fill in ("| Observability | | |" under "Do not
 * pre-fill"), or figures measured in its "result" column ("| Invoices
 * compared | 1,184,220 |", "| p99 latency | ≤ 350 ms | 212 ms |"): no
 * component, no checks of unknown status, no readiness. */
PRR_TEST(import_misc16__table_of_figures_or_blanks_states_no_checks)
{
	static const char *const tables[] = {
		"| Area | Status (Green / Amber / Red) | Notes |\n|---|---|---|\n"
		"| Observability | | |\n| Security | | |\n| Release | | |\n",
		"| Check | v3 vs v4 result |\n|---|---|\n"
		"| Invoices compared | 1,184,220 |\n"
		"| Identical totals | 1,184,185 (99.997%) |\n"
		"| Peppol documents validated | 41,902 / 41,902 pass |\n",
		"| Scenario | Target | Result |\n|---|---|---|\n"
		"| Authorisations / s | 2,500 | 3,900 |\n"
		"| p99 authorisation latency | \xE2\x89\xA4 350 ms | 212 ms |\n",
	};
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Review\n\n**Date:** 2026-03-02\n\n"
				       "## Parallel run\n\n%s", tables[i]);
		CHECK(r && r->n_components == 0 && r->n_checklists == 0 &&
		      r->n_tables == 1);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a status column of words is checks still */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n**Date:** 2026-03-02\n\n## Checks\n\n"
				"| Area | Status | Notes |\n|---|---|---|\n"
				"| Observability | Green | |\n| Security | Red | 2 gaps |\n", &d);
	CHECK(r && r->n_components == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A byline sentence that names the meeting the review followed dates it,
 * as "Meeting held …" does: "Written after the walkthrough on Thursday
 * 26 February 2026, for the Data Council." */
PRR_TEST(import_misc16__walkthrough_day_dates_the_review)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(
		"# Review: Lakehouse migration\n\n"
		"Reviewer: Dariusz W., Principal Engineer\n"
		"Written after the walkthrough on Thursday 26 February 2026, for the Data\n"
		"Council.\n\n## Findings\n\nNone.\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-02-26") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}
