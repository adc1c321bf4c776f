/* test_import_dates.c - the review's date where other days stand near
 * it: a section's heading of an event, a meeting still to be set, a
 * call in a table of fields, a log of versions in a table, a day of the
 * week that settles a day written in digits.  Each case failed before
 * its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"

#include <stdlib.h>

/* The date `text` states (a file named by no day), or "" for none. */
static char *date_of(const char *text)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(text, &d);
	char *date = strdup(r && r->date ? r->date : "");
	prr_review_free(r);
	prr_diags_free(&d);
	return date;
}

#define CHECK_DATE(text, want)                \
	do {                                  \
		char *got_ = date_of(text);   \
		CHECK_STR(got_, want);        \
		free(got_);                   \
	} while (0)

/* A document whose only section's heading is `heading`, in doc[n]. */
static const char *under_title(char *doc, size_t n, const char *heading)
{
	snprintf(doc, n, "# Notify Hub \xE2\x80\x94 PRR\n\nStatus: READY\n\n"
		 "## %s\n\nText.\n", heading);
	return doc;
}

/* A day in a section's heading (not the title's) is the review's only
 * where the heading names the review ("## Review — 20 April 2026");
 * else it is the day of the section's own event, and neither beats the
 * day stated at the top nor dates a document that states none. */
PRR_TEST(import_dates__a_section_heading_of_an_event)
{
	char doc[400];
	CHECK_DATE("# Minutes \xE2\x80\x94 IdP migration go/no-go\n\n"
		   "Meeting notes, 2026-05-07, 10:00\xE2\x80\x93" "11:05 CET, video call\n\n"
		   "## 1. Minutes of the last meeting (2026-04-23)\n\n"
		   "Approved without changes.\n",
		   "2026-05-07");
	CHECK_DATE("# Skyforge Arena \xE2\x80\x94 Launch Readiness Review\n\n"
		   "_Live Services team \xC2\xB7 review run on 2026-04-21 \xC2\xB7 "
		   "launch 7 May 2026_\n\n"
		   "## Load test \xE2\x80\x94 2026-04-16 (LT-5)\n\nPeak CCU 310,000.\n",
		   "2026-04-21");
	static const struct {
		const char *heading, *date;
	} cases[] = {
		{ "Launch \xE2\x80\x94 4 May 2026", "" },
		{ "Incident on 4 May 2026", "" },
		{ "Post-launch review \xE2\x80\x94 4 May 2026", "" },
		{ "Review of the 2026-05-04 incident", "" },
		{ "Checkout flow \xE2\x80\x94 2026-05-04", "" },
		{ "Review \xE2\x80\x94 4 May 2026", "2026-05-04" },
		{ "Readiness review (2026-05-04)", "2026-05-04" },
		{ "2026-05-04 \xE2\x80\x94 Readiness review", "2026-05-04" },
		{ "Go/no-go meeting \xE2\x80\x94 2026-05-04", "2026-05-04" },
		{ "Audit 3 (2026-05-04)", "2026-05-04" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_DATE(under_title(doc, sizeof doc, cases[i].heading), cases[i].date);
	/* the title's day, and the newest of several reviews kept in a file */
	CHECK_DATE("# Launch \xE2\x80\x94 4 May 2026\n\nStatus: READY\n", "2026-05-04");
	CHECK_DATE("# Notify Hub\n\n## Review 2 \xE2\x80\x94 2026-05-10\n\nStatus: READY\n\n"
		   "## Review 1 \xE2\x80\x94 2026-04-10\n\nStatus: NOT READY\n",
		   "2026-05-10");
}

/* "Review meeting: TBD": a strong date label left to fill in says the
 * review's day is not set; a weaker line ("Draft created:") does not
 * date the review then, and --date applies without a warning.  A strong
 * label's day later still does. */
PRR_TEST(import_dates__a_meeting_to_be_set)
{
	static const char doc[] = "# Refunds Service v1 \xE2\x80\x94 PRR\n\n"
				  "**Review meeting:** _TBD_ (aim: two weeks before launch)\n"
				  "**Draft created:** 2026-06-02\n"
				  "**Decision:** _TBD_\n";
	CHECK_DATE(doc, "");
	CHECK_DATE("# PRR\n\nLast updated: 2026-06-02\nReview date: TBD\n", "");
	CHECK_DATE("# PRR\n\nReview date: TBD\nCreated: 2026-06-01\n"
		   "Date: 2026-06-09\n", "2026-06-09");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	prr_import_md_dated(&r, "x.md", doc, sizeof doc - 1, "2026-06-20", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-06-20") == 0);
	CHECK(d.warnings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Readiness call | Thursday 12 March 2026, 15:00 CET |": the
 * review's call or meeting, in a table of fields as in a line; not the
 * next one. */
PRR_TEST(import_dates__a_readiness_call)
{
	CHECK_DATE("# Pantry 5.14 \xE2\x80\x94 Store Release Readiness\n\n"
		   "| | |\n|---|---|\n| Release manager | @ana.reyes |\n"
		   "| Readiness call | Thursday 12 March 2026, 15:00 CET |\n"
		   "| Code freeze | 2026-03-06 |\n",
		   "2026-03-12");
	CHECK_DATE("# Pantry\n\nPRR meeting: 12 March 2026\n", "2026-03-12");
	CHECK_DATE("# Pantry\n\nNext readiness call: 19 March 2026\n", "");
	CHECK_DATE("# Pantry\n\nLaunch call: 19 March 2026\n", "");
}

/* A table of the document's versions under a heading of its history:
 * its latest row dates it, as a listed log's latest entry does. */
PRR_TEST(import_dates__a_table_of_versions)
{
	CHECK_DATE("# FieldNotes 3.2 \xE2\x80\x94 release readiness checklist\n\n"
		   "- [x] QA sign-off\n\n## Change log\n\n"
		   "| Date | Version | Change | By |\n|---|---|---|---|\n"
		   "| 2026-05-04 | 0.1 | Checklist created | Hana |\n"
		   "| 2026-05-11 | 0.3 | Readiness review held | Hana |\n"
		   "| 2026-05-12 | 0.4 | MOB-3241 added | Nadia |\n",
		   "2026-05-12");
	CHECK_DATE("# Telematics Gateway \xE2\x80\x94 Release Readiness\n\n"
		   "Decision: not released.\n\n## \xC3\x84nderungshistorie\n\n"
		   "| Version | Datum | \xC3\x84nderung |\n|---|---|---|\n"
		   "| 0.9 | 28.05.2026 | Draft for review |\n"
		   "| 1.0 | 04.06.2026 | Review outcome added |\n",
		   "2026-06-04");
	/* a table of the service's releases, under no heading of a
	 * history, far down; and a row of an event */
	CHECK_DATE("# Gateway\n\n## Scope\n\nAll.\n\n## Releases\n\n"
		   "| Version | Date |\n|---|---|\n| 2.3.0 | 2026-02-10 |\n"
		   "| 2.4.0 | 2026-03-10 |\n", "");
	CHECK_DATE("# Gateway\n\n## Scope\n\nAll.\n\n## Change log\n\n"
		   "| Version | Date |\n|---|---|\n| 2.3.0 | 2026-02-10 |\n"
		   "| 2.4.0 | 2026-03-10 |\n", "2026-03-10");
	CHECK_DATE("# Gateway\n\n## Change log\n\n| Version | Date | Change |\n"
		   "|---|---|---|\n| 0.1 | 2026-02-10 | Draft |\n"
		   "| 0.2 | 2026-03-01 | Code freeze |\n", "2026-02-10");
}

/* "Fri 03/04/2026": of its two readings only 3 April 2026 is a Friday;
 * a day of the week neither reading falls on settles nothing. */
PRR_TEST(import_dates__a_day_of_the_week_settles_digits)
{
	CHECK_DATE("# Ledger Sync v2\n\nReview meeting: Fri 03/04/2026, 10:00 CEST\n\n"
		   "Decision: GO\n", "2026-04-03");
	CHECK_DATE("# Ledger Sync v2\n\nReview meeting: Wednesday, 03/04/2026\n",
		   "2026-03-04");
	CHECK_DATE("# Ledger Sync v2\n\nReview meeting: Thu 03/04/2026\n", "");
	CHECK_DATE("# Ledger Sync v2\n\nReview meeting: 03/04/2026\n", "");
}

/* Hostile input: many dated headings, rows of a log and placeholders
 * import in linear time. */
PRR_TEST(import_dates__many_lines)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "# X\n\nReview meeting: TBD\n\n## Change log\n\n"
		     "| Date | Version | Change |\n|---|---|---|\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_addf(&b, "| 2026-05-%02d | 0.%d | Edit |\n", i % 28 + 1, i);
	for (int i = 0; i < 20000; i++)
		prr_buf_addf(&b, "\n## Load test \xE2\x80\x94 2026-04-16\n\nDate: TBD\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r && r->date && strcmp(r->date, "2026-01-01") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
