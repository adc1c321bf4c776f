/* test_import_tables.c - what the importer reads in tables of reviews
 * written by other teams (round 20 on: gates answered GO, sign-offs and
 * votes, headings over a table, dated columns): each case failed before
 * its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* The check of category `cat` of component `name`, or NULL. */
static const prr_check *check_of(const prr_review *r, const char *name,
				 const char *cat)
{
	for (size_t i = 0; r && i < r->n_components; i++) {
		if (strcmp(r->components[i].name, name) != 0)
			continue;
		for (size_t k = 0; k < r->components[i].n_checks; k++)
			if (strcmp(r->components[i].checks[k].category, cat) == 0)
				return &r->components[i].checks[k];
	}
	return NULL;
}

/* "GO" alone in a matrix's cell is a pass, as "NO-GO" is a fail; "not in
 * scope" is not applicable. */
PRR_TEST(import_tables__matrix_go_is_a_pass)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# R\n\nDate: 2026-03-12\n\n"
		"| Gate | iOS | Android |\n|---|---|---|\n"
		"| Crash-free | GO | NO-GO |\n"
		"| Store listing | GO | not in scope |\n", &d);
	CHECK(r && r->n_components == 2);
	const prr_check *a = check_of(r, "iOS", "Crash-free"),
			*b = check_of(r, "Android", "Crash-free"),
			*c = check_of(r, "iOS", "Store listing"),
			*e = check_of(r, "Android", "Store listing");
	CHECK(a && a->status == PRR_PASS);
	CHECK(b && b->status == PRR_FAIL);
	CHECK(c && c->status == PRR_PASS);
	CHECK(e && e->status == PRR_NA);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A sign-off table's rows are the people or roles who decided, not
 * components ("Role | Name | iOS | Android" of GO and NO-GO), and a
 * table of votes ("Reviewer | Vote") is no checklist of tasks: both are
 * kept as tables. */
PRR_TEST(import_tables__signoffs_and_votes_are_records)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# Pantry 5.14 release\n\nDate: 2026-03-12\n\n"
		"## Release gates\n\n| Check | iOS | Android |\n|---|---|---|\n"
		"| Crash-free | \xE2\x9C\x85 99.81% | \xE2\x9D\x8C 99.12% |\n\n"
		"## Sign-off\n\n| Role | Name | iOS | Android |\n|---|---|---|---|\n"
		"| Release manager | @ana | GO | NO-GO |\n"
		"| QA lead | @tb | GO | NO-GO |\n\n"
		"## Panel votes\n\n| Reviewer | Vote |\n|---|---|\n"
		"| Platform SRE (Hamza Ali) | GO |\n"
		"| Customer Success (Maria Rossi) | NO-GO |\n", &d);
	CHECK(r && r->n_components == 2 && r->n_checklists == 0 &&
	      r->n_tables == 3);
	for (size_t i = 0; r && i < r->n_components; i++)
		CHECK(strcmp(r->components[i].name, "iOS") == 0 ||
		      strcmp(r->components[i].name, "Android") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* "Area | Rep | Vote": a column headed Vote holds votes, whoever
	 * casts them, a record too (test_import_checks23.c); "Area | Rep |
	 * Signal" is each area's check still */
	r = md_undated("# R\n\nDate: 2026-03-12\n\n| Area | Rep | Signal |\n"
		"|---|---|---|\n| Security | Owen | GO |\n| Support | Maria | NO-GO |\n",
		&d);
	CHECK(r && r->n_tables == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading that names its table's form ("Readiness matrix", "Measured
 * gate values"), speaks of the review ("What we looked at", "Since the
 * last review on 2026-01-20") or names what its table lists ("##
 * Exceptions" over results "Exception — …" and "No exceptions noted")
 * names no component: the review's one is named by its title (the
 * system it names: "Payments switch" of "Payments switch — Review #2",
 * test_import_findings18.c).  (Of
 * exceptions only, the rows are findings: test_import_tables2.c.) */
PRR_TEST(import_tables__headings_over_the_review_name_no_part)
{
	static const char *const cases[] = {
		"## Readiness matrix\n\n| Area | Status | Owner | Comment |\n"
		"|---|---|---|---|\n| Card capture | \xE2\x9C\x85 Done | @d | ok |\n"
		"| 3-D Secure 2 | \xE2\x9D\x8C Not done | @d | breaks |\n",
		"## Since the last review on 2026-01-20\n\n| Area | Previous "
		"(2026-01-20) | Current | Change |\n|---|---|---|---|\n"
		"| 3-D Secure 2 | \xE2\x9D\x8C | \xE2\x9C\x85 | fixed |\n",
		"## What we looked at\n\n| Area | Status | Comment |\n|---|---|---|\n"
		"| Throughput | \xE2\x9C\x85 | 1.9 M/s |\n| Compaction | \xE2\x9D\x8C | behind |\n",
		"## Exceptions\n\n| Control ID | Criteria | Control description | Owner "
		"| Result |\n|---|---|---|---|---|\n| AC-03 | CC6.2 | Access approved "
		"| @d | Exception \xE2\x80\x94 4 of 60 late |\n| AC-07 | CC6.3 | "
		"Quarterly review | @d | Exception \xE2\x80\x94 19 days late |\n"
		"| AC-11 | CC6.1 | MFA enforced | @p | No exceptions noted |\n",
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Payments switch \xE2\x80\x94 Review #2\n\n"
				       "**Date:** 2026-02-17\n\n%s", cases[i]);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1)
			CHECK_STR(r->components[0].name, "Payments switch");
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a part's heading still names it */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# R\n\nDate: 2026-02-17\n\n## Ledger sync\n\n"
		"| Area | Status | Comment |\n|---|---|---|\n"
		"| Throughput | \xE2\x9C\x85 | ok |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1)
		CHECK_STR(r->components[0].name, "Ledger sync");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Columns headed by days of no year ("12 March | 26 March", "March 12 |
 * March 26") are a series, as "March | April" are: the latest is each
 * check's status, the earlier a record; not a check per column. */
PRR_TEST(import_tables__days_of_no_year_head_a_series)
{
	static const char *const heads[] = { "12 March | 26 March",
		"March 12 | March 26", "12. M\xC3\xA4rz | 26. M\xC3\xA4rz",
		"12th March | 26th March" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Indexer\n\nDate: 2026-03-26\n\n"
			"## Scorecard\n\n| Area | %s |\n|---|---|---|\n"
			"| Recovery | \xE2\x9D\x8C | \xE2\x9A\xA0\xEF\xB8\x8F |\n"
			"| Latency | \xE2\x9C\x85 | \xE2\x9C\x85 |\n", heads[i]);
		CHECK(r && r->n_components == 1);
		const prr_check *a = check_of(r, "Indexer", "Recovery"),
				*b = check_of(r, "Indexer", "Latency");
		CHECK(a && a->status == PRR_PARTIAL);
		CHECK(b && b->status == PRR_PASS);
		CHECK(r && r->n_components == 1 && r->components[0].n_checks == 2);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "Area | Review #1 (2026-01-20) | Review #2 (today) | Change": the
 * latest review's column is each check's status, the earlier one (headed
 * by a day, or by the current column's first word) a record, as in
 * "Previous | Current". */
PRR_TEST(import_tables__an_earlier_review_column_is_a_record)
{
	static const char *const heads[] = {
		"Review #1 (2026-01-20) | Review #2 (today)",
		"Review 1 | Review 2 (today)",
		"2026-01-20 | Now",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Payments\n\n**Date:** 2026-02-17\n\n"
			"| Area | %s | Change |\n|---|---|---|---|\n"
			"| 3-D Secure 2 | \xE2\x9D\x8C Not done | \xE2\x9C\x85 Done | fixed |\n"
			"| Reconciliation | \xE2\x9D\x8C Not done | \xE2\x9A\xA0\xEF\xB8\x8F "
			"Partial | month-end |\n", heads[i]);
		CHECK(r && r->n_components == 1 && r->components[0].n_checks == 2);
		const prr_check *a = check_of(r, "Payments", "3-D Secure 2"),
				*b = check_of(r, "Payments", "Reconciliation");
		CHECK(a && a->status == PRR_PASS);
		CHECK(b && b->status == PRR_PARTIAL);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "Step | Date | Status" of days is a plan's milestones with their due
 * days, as "Milestone | Date | Status" is; not a checklist. */
PRR_TEST(import_tables__dated_steps_are_milestones)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# Instant Payouts \xE2\x80\x94 launch review\n\n"
		"Review date: 14 April 2026\n\n## Plan\n\n| Step | Date | Status |\n"
		"|---|---|---|\n| Partner bank certification | 8 April 2026 | \xE2\x9C\x85 |\n"
		"| PAY-1904 fix deployed | 21 April 2026 | \xE2\x8F\xB3 |\n", &d);
	CHECK(r && r->n_checklists == 0 && r->n_milestones == 2);
	if (r && r->n_milestones == 2) {
		CHECK_STR(r->milestones[0].due, "2026-04-08");
		CHECK(r->milestones[0].done);
		CHECK_STR(r->milestones[1].due, "2026-04-21");
		CHECK(!r->milestones[1].done);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* In a file that keeps several reviews, the newest's heading ("## Review
 * — 2 April 2026 (current)") stays its sections' parent: its "###
 * Scorecard" is the review's one component, named by the title, not a
 * part of the heading before it ("## Verdict history"). */
PRR_TEST(import_tables__the_newest_review_keeps_its_scorecard)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# Video Transcoder \xE2\x80\x94 readiness log\n\n"
		"## Verdict history\n\n| Review | Verdict |\n|---|---|\n"
		"| 2026-04-02 | CONDITIONAL GO |\n| 2026-03-19 | NO-GO |\n\n"
		"## Review \xE2\x80\x94 2 April 2026 (current)\n\n"
		"Verdict: **CONDITIONAL GO**\n\n### Scorecard\n\n| Area | Status |\n"
		"|---|---|\n| Throughput | \xE2\x9C\x85 |\n| Runbooks | \xE2\x9C\x85 |\n\n"
		"## Review \xE2\x80\x94 19 March 2026\n\nVerdict: **NO-GO**\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-04-02") == 0);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		CHECK_STR(r->components[0].name,
			  "Video Transcoder \xE2\x80\x94 readiness log");
		CHECK_INT(r->components[0].n_checks, 2);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
