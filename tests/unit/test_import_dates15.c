/* test_import_dates15.c - the review's date, and the days that are not
 * it: schedules of events, one-row plans, a review again, a byline's
 * meeting, an export's day, a sign-off after a loose list; each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <stdlib.h>

/* The date `text` states, imported as a file named by no day ("" for
 * none; "-" when it does not import). */
static char *date_of(const char *text)
{
	static char out[16];
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(text, &d);
	snprintf(out, sizeof out, "%s", !r ? "-" : r->date ? r->date : "");
	prr_review_free(r);
	prr_diags_free(&d);
	return out;
}

/* A line of several labelled days is a schedule: each day is its
 * label's event ("Store submission", "Pen test"), not the review's; only
 * a label of the review's date dates it there.  "Week ending" gives the
 * day a status is of, as "Status as of" does, plain or labelled. */
PRR_TEST(import_dates15__schedule_line_and_week_ending)
{
	static const char *const events[] = { "Store submission", "Pen test",
		"Canary", "Dress rehearsal", "Store review", "Submission",
		"Sign-off meeting" };
	char doc[400];
	for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
		snprintf(doc, sizeof doc, "# Lumen 4.0 \xE2\x80\x94 weekly status\n\n"
			 "**Code freeze:** 2026-04-20 \xC2\xB7 **%s:** 2026-04-27 \xC2\xB7 "
			 "**Target launch:** 2026-05-04\n\nOverall: at risk.\n", events[i]);
		CHECK_STR(date_of(doc), "-");
	}
	CHECK_STR(date_of("# Lumen 4.0 \xE2\x80\x94 weekly status\n\n"
			  "Week ending **10 April 2026** (W15)\n\n"
			  "**Code freeze:** 2026-04-20 \xC2\xB7 **Store submission:** 2026-04-27 "
			  "\xC2\xB7 **Target launch:** 2026-05-04\n\nOverall: at risk.\n"),
		  "2026-04-10");
	CHECK_STR(date_of("# Status\n\n**Week ending:** 2026-04-10\n\nOverall: at risk.\n"),
		  "2026-04-10");
	CHECK_STR(date_of("# Status\n\n**Status as of:** 2026-03-27 (end of Wave 2)\n\n"
			  "**Launch:** 2026-04-20\n\nOverall: at risk.\n"), "2026-03-27");
	/* a label of the review's date still dates it in a schedule */
	CHECK_STR(date_of("# Status\n\n**Reviewed:** 2026-04-10 \xC2\xB7 "
			  "**Next review:** 2026-07-10\n\nOverall: ready.\n"), "2026-04-10");
}

/* A one-row table named by its first cell under "Milestone" (or a
 * step's header), or whose first cell names an event ("Contract ends"),
 * is a plan of one row, not the review's record: its day is the
 * milestone's, and the sign-off below dates the review. */
PRR_TEST(import_dates15__one_row_plan_is_no_record)
{
	static const char *const tables[] = {
		"| Milestone | Date |\n|---|---|\n| Go-live | 2026-10-01 |\n",
		"| What | Date | Owner |\n|---|---|---|\n| Contract ends | 2026-06-30 | Kim |\n",
	};
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		char doc[600];
		snprintf(doc, sizeof doc, "# Ferry migration \xE2\x80\x94 readiness plan\n\n"
			 "We are not ready for the cut-over.\n\n## Milestones\n\n%s\n"
			 "_Reviewed by the architecture board, 22 September 2026._\n",
			 tables[i]);
		CHECK_STR(date_of(doc), "2026-09-22");
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# Ferry\n\nText.\n\n## Milestones\n\n"
		"| Milestone | Date |\n|---|---|\n| Go-live | 2026-10-01 |\n\n"
		"_Reviewed by the architecture board, 22 September 2026._\n", &d);
	CHECK(r && r->n_milestones == 1 && r->milestones[0].due &&
	      strcmp(r->milestones[0].due, "2026-10-01") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a record of the review in one row still dates it */
	CHECK_STR(date_of("# PRR\n\n| Date | Reviewer | Result |\n|---|---|---|\n"
			  "| 2026-02-10 | SRE | Conditional |\n"), "2026-02-10");
}

/* "Re-reviewed on **2026-02-26** with …": done, as "Reviewed on" is
 * (a "Re-review date:" label stays one to come). */
PRR_TEST(import_dates15__rereviewed_on)
{
	CHECK_STR(date_of("# catalog-sync\n\n## Production readiness\n\n"
			  "Re-reviewed on **2026-02-26** with the platform reliability "
			  "group; outcome: **ready**.\n"), "2026-02-26");
	CHECK_STR(date_of("# S\n\n**Re-review:** 2026-05-01\n\nStatus: ready.\n"), "-");
}

/* A byline's last fact, "prepared for the Launch Council of Thursday 12
 * March 2026", is the meeting the review is for; "prepared for the
 * launch of …" is an event's day.  "Exported from the tool on …" is the
 * day the document was made. */
PRR_TEST(import_dates15__byline_meeting_and_export)
{
	CHECK_STR(date_of("# atlas-search 2.0\n\nSearch Relevance & Infra team \xC2\xB7 "
			  "prepared for the Launch Council of Thursday 12 March 2026\n\n"
			  "## TL;DR\n\nThe council decided **NO-GO**.\n"), "2026-03-12");
	CHECK_STR(date_of("# atlas-search 2.0\n\nSearch team \xC2\xB7 "
			  "prepared for the launch of Thursday 12 March 2026\n\n"
			  "## TL;DR\n\nNot ready.\n"), "-");
	CHECK_STR(date_of("# tessera-api \xE2\x80\x94 Well-Architected review\n\n"
			  "_Exported from the AWS Well-Architected Tool on 2026-02-04 "
			  "and annotated by the reviewers._\n\n| Field | Value |\n|---|---|\n"
			  "| Overall | Amber |\n"), "2026-02-04");
}

/* In a document whose every line is followed by a blank line (read
 * without them), the blank line between a list item and text at the
 * margin stays: the sign-off after a loose list is no part of its last
 * item, and dates the review.  50,000 such items import at once. */
PRR_TEST(import_dates15__signoff_after_loose_list)
{
	size_t items = 50000, cap = 200 + items * 16;
	char *doc = malloc(cap);
	CHECK(doc != NULL);
	if (!doc)
		return;
	size_t k = (size_t)snprintf(doc, cap, "# Ferry migration \xE2\x80\x94 readiness plan\n\n"
				    "We are not ready for the cut-over.\n\n## Remaining work\n\n");
	for (size_t i = 0; i < items; i++)
		k += (size_t)snprintf(doc + k, cap - k, "- task %zu\n\n", i % 10);
	snprintf(doc + k, cap - k, "_Reviewed by the architecture board, 22 September 2026._\n");
	CHECK_STR(date_of(doc), "2026-09-22");
	snprintf(doc, cap, "# Ferry\n\nWe are not ready.\n\n## Remaining work\n\n"
		 "- task 1\n\n- task 2\n\n- task 3\n\n- task 4\n\n- task 5\n\n- task 6\n\n"
		 "- task 7\n\n- task 8\n\n_Reviewed by the architecture board, 22 September 2026._\n");
	CHECK_STR(date_of(doc), "2026-09-22");
	free(doc);
}
