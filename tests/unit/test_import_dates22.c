/* test_import_dates22.c - the review's date and the days and rows that
 * are not this review's: a day wrapped onto a line of prose, a change
 * log against a label of the review, a step approved but not done, a
 * table of the earlier reviews; each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A day that opens a line of a paragraph whose line before breaks off
 * mid-sentence is the sentence's, wrapped there ("… its hardware lease
 * ends / 2027-01-31."), no dateline: read in the sentence it continues,
 * where "… after the review call of / 28 July 2026 · …" still dates the
 * review. */
PRR_TEST(import_dates22__day_wrapped_onto_a_line_of_prose)
{
	char out[16];
	CHECK_STR(md_date(md_undated, "# Harbor DNS migration\n\nTarget go-live: 2026-10-06\n\n"
			  "## Context\n\nThe BIND pair reaches end of support on "
			  "2026-12-31 and its hardware lease ends\n2027-01-31.\n\n"
			  "## Bottom line\n\nNot ready yet.\n", out), "-"); /* (none) */
	CHECK_STR(md_date(md_undated, "# Registry mirror\n\n_Platform Engineering \xC2\xB7 written "
			  "up by F. Okonkwo after the review call of\n28 July 2026 "
			  "\xC2\xB7 attendees: F. Okonkwo, L. Svensson_\n\n## Summary\n\n"
			  "Ready.\n", out), "2026-07-28");
	/* (and on one line: the meeting it followed, "of" its day) */
	CHECK_STR(md_date(md_undated, "# Registry mirror\n\n_Platform Engineering \xC2\xB7 written "
			  "up by F. Okonkwo after the review call of 28 July 2026 "
			  "\xC2\xB7 attendees: F. Okonkwo, L. Svensson_\n\n## Summary\n\n"
			  "Ready.\n", out), "2026-07-28");
	/* a day on a line of its own under a byline is still one */
	CHECK_STR(md_date(md_undated, "# Registry mirror\n\nPlatform team.\n2026-03-04\n\n"
			  "## Summary\n\nReady.\n", out), "2026-03-04");
}

/* A label that names the review ("Readiness review:", as a heading's
 * words would) over a value that opens with its day dates the review
 * over a change log's newest row, which is an edit of the document. */
PRR_TEST(import_dates22__review_label_over_change_log)
{
	static const char log[] =
		"# Courier App 5.0\n\n## Change log\n\n| Date | Version | Change |\n"
		"|---|---|---|\n| 2026-09-08 | v0.1 | Draft |\n"
		"| 2026-09-15 | v1.0 | Readiness review held |\n"
		"| 2026-09-21 | v1.2 | Store submission date moved |\n\n%s\n\n"
		"**Decision:** GO, pending Security sign-off.\n";
	static const struct {
		const char *line, *date;
	} cases[] = {
		{ "**Readiness review:** 15 September 2026 (Mobile Release Council)",
		  "2026-09-15" },
		{ "**PRR:** 2026-09-15", "2026-09-15" },
		/* (a day inside a sentence is no value of the label) */
		{ "**Readiness review:** held before the 2026-09-12 freeze",
		  "2026-09-21" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, log, cases[i].line);
		CHECK(r && r->date);
		if (r && r->date)
			CHECK_STR(r->date, cases[i].date);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A step whose status opens with "Approved" has its go-ahead, not its
 * work done (as a change window approved is none done): "| 10 % of
 * traffic | 2026-07-20 | Approved |" is not done; "Done" is. */
PRR_TEST(import_dates22__approved_step_is_not_done)
{
	static const struct {
		const char *status;
		bool done;
	} cases[] = {
		{ "Approved", false },
		{ "\xE2\x9C\x85 Approved", false },
		{ "**Approved** by the CAB", false },
		{ "Approved; done 2026-07-21", true },
		{ "Done", true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Pelican\n\n**Assessment date:** 2026-07-08\n\n## Rollout plan\n\n"
			"| Step | Date | Status |\n|---|---|---|\n"
			"| 10 %% of traffic | 2026-07-20 | %s |\n"
			"| 100 %% of traffic | 2026-08-03 | Pending CO-131 |\n",
			cases[i].status);
		CHECK(r && r->n_milestones == 2);
		if (r && r->n_milestones == 2)
			CHECK(r->milestones[0].done == cases[i].done);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* and in a list of milestones */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Pelican\n\n**Assessment date:** 2026-07-08\n\n"
				"## Milestones\n\n- 10 % of traffic \xE2\x80\x94 2026-07-20 "
				"\xE2\x80\x94 approved\n- Pen test \xE2\x80\x94 2026-07-01 "
				"\xE2\x80\x94 done\n", &d);
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2)
		CHECK(!r->milestones[0].done && r->milestones[1].done);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Review | Date | Verdict | Score |" whose rows open with a review's
 * number or day ("#1", "Review 2", "2026-01-27"): the reviews so far,
 * their scores no dimensions of this one (nor a mean to audit the
 * overall against); rows named by what they rate still are. */
PRR_TEST(import_dates22__table_of_earlier_reviews_is_no_dimensions)
{
	static const char doc[] =
		"# Tessera \xE2\x80\x94 Readiness Review #3\n\n**Review date:** 2026-03-24\n\n"
		"**Overall readiness: 6.5/10**\n\n## Decision history\n\n"
		"| Review | Date | Verdict | Score |\n|---|---|---|---|\n"
		"| %s | 2025-11-18 | NOT READY | 3.5/10 |\n"
		"| #2 | 2026-01-27 | NOT READY | 5/10 |\n"
		"| #3 | 2026-03-24 | PARTIAL | 6.5/10 |\n";
	static const struct {
		const char *key;
		size_t dims;
	} cases[] = {
		{ "#1", 0 }, { "Review 1", 0 }, { "R1", 0 }, { "2025-11-18", 0 },
		{ "Security", 3 }, /* (a row named so: rated dimensions) */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, doc, cases[i].key);
		CHECK(r && r->n_dimensions == cases[i].dims);
		if (r && !cases[i].dims)
			CHECK(r->n_audit == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "| Event | Date |" under a heading that says its events happened
 * ("## Timeline so far", "## History"): each done, but for a day after
 * the review's; under "## Timeline" alone, steps to come. */
PRR_TEST(import_dates22__timeline_so_far_is_done)
{
	static const struct {
		const char *head, *done;
	} cases[] = {
		{ "Timeline so far", "110" },
		{ "History", "110" },
		{ "Timeline", "000" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Harbor DNS\n\n**Review date:** 2026-09-15\n\n## %s\n\n"
			"| Event | Date |\n|---|---|\n| Contracts signed | 2026-06-24 |\n"
			"| TTLs lowered | 2026-09-01 |\n| Board re-review | 2026-09-29 |\n",
			cases[i].head);
		char got[4] = "";
		for (size_t k = 0; r && k < r->n_milestones && k < 3; k++)
			got[k] = r->milestones[k].done ? '1' : '0';
		CHECK_STR(got, cases[i].done);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
