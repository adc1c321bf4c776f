/* test_import_read.c - what the importer reads where people write it:
 * dates, verdicts, findings, boxes, scores and plans, on documents of our
 * own (tests/data/md and the strings below). */
#include "test.h"

#include "md_doc.h"
#include "prr/fsutil.h"
#include "prr/import.h"
#include "prr/figures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* `text` imported as `path` (a name with no date unless a test wants one). */
static prr_review *text_as(const char *path, const char *text, prr_diags *d)
{
	prr_review *r = NULL;
	prr_import_md(&r, path, text, strlen(text), d);
	return r;
}

/*** Dates ***/

PRR_TEST(import_read__dates_wherever_written)
{
	static const struct { const char *text, *date; } cases[] = {
		{ "# Report\n\nFecha: 1 de noviembre de 2025\n", "2025-11-01" },
		{ "# 状况报告\n\n创建日期：2026年1月11日\n", "2026-01-11" },
		{ "# Audit\n\n**Datum:** 15. März 2026\n", "2026-03-15" },
		{ "# Rapport — 8 novembre 2025\n\nTexte.\n", "2025-11-08" },
		{ "# R\n\n_2026-02-18T12:35:00+10:00_\n", "2026-02-18" },
		{ "# R\n\n> Last updated: 2025-12-20 03:12:39 UTC\n", "2025-12-20" },
		/* a date field stated in a boxed summary */
		{ "# R\n\n```\nDate: 2026-01-02\n```\n", "2026-01-02" },
		/* a byline: all in bold, or facts split by '·' or '|' */
		{ "# R\n\n**Prepared by the data team, review held 3 March "
		  "2026**\n\nText.\n", "2026-03-03" },
		{ "# R\n\n*Data team | review of 5 March 2026 | second "
		  "pass*\n", "2026-03-05" },
		{ "# R\n\nv2 · Platform team · 4 March 2026 · draft two\n",
		  "2026-03-04" },
		/* a verb of reviewing right before the day */
		{ "# R\n\nReviewed on 2026-05-04 by the SRE guild.\n",
		  "2026-05-04" },
		{ "# R\n\nThis audit was conducted 3 March 2026 with the "
		  "team.\n", "2026-03-03" },
		/* a record of the meeting, its day after a comma; a day in
		 * the decision is one to come */
		{ "# Go/No-Go\n\n_Meeting notes, 2026-11-18. Attendees: eng, "
		  "SRE._\n\n## Outcome\n\n**Decision: GO**; if training "
		  "slips, the cutover moves to 2026-11-29.\n", "2026-11-18" },
		{ "# R\n\nReview — 4 March 2026\n\nText.\n", "2026-03-04" },
		{ "# R\n\nThis document was last edited on 4 May 2026.\n",
		  "2026-05-04" },
		/* "This review was held on" outranks "Document created:";
		 * "This follow-up review:" outranks a day in the title; the
		 * report's delivery, not its fieldwork; each day of a line */
		{ "# R\n\nDocument created: 2026-01-05 \xC2\xB7 First review: 2025-11-20\n\n"
		  "This review was held on **2026-01-19**.\n", "2026-01-19" },
		{ "# Follow-up to INC-1 (outage, 2026-04-28)\n\nThis follow-up review: "
		  "**2026-06-01**\n", "2026-06-01" },
		{ "# R\n\n**Fieldwork:** 2026-02-16 \xE2\x86\x92 2026-02-27 \xC2\xB7 "
		  "**Report delivered:** 2026-03-04\n", "2026-03-04" },
		{ "# R\n\n_Last updated 2026-11-02 by infra. Readiness review signed "
		  "off 2026-10-30._\n", "2026-10-30" },
		/* Korean: a table of fields, a day written with dots */
		{ "# R\n\n| \xED\x95\xAD\xEB\xAA\xA9 | \xEB\x82\xB4\xEC\x9A\xA9 |\n"
		  "|---|---|\n| \xEA\xB2\x80\xED\x86\xA0\xEC\x9D\xBC | 2026.02.24 |\n",
		  "2026-02-24" },
		/* a weekday between; published; in French; dots day first; a
		 * table of page properties */
		{ "# R\n\nMeeting held Tuesday, 9 June 2026, 15:00 CET.\n",
		  "2026-06-09" },
		{ "# R\n\n_Published 2026-10-05 by the Reliability Council._\n",
		  "2026-10-05" },
		{ "# R\n\n> R\xC3\xA9" "dig\xC3\xA9 par l'\xC3\xA9quipe Plateforme le 17 "
		  "septembre 2026.\n", "2026-09-17" },
		{ "# R\n\n**Datum:** 12.03.2026\n", "2026-03-12" },
		{ "# R\n\n| Page property | Value |\n|---|---|\n| Owner | Ana |\n"
		  "| Review date | 14 Jan 2026 |\n", "2026-01-14" },
		/* a log of versions: its latest entry, not an event's */
		{ "# R\n\nChangelog:\n- 2026-01-05 v1 drafted\n- 2026-02-10 v3 "
		  "final\n- 2026-01-20 v2 after security review\n- 2026-03-01 "
		  "code freeze\n", "2026-02-10" },
		/* a record of the review in one row under its labels */
		{ "# R\n\n| Date | Reviewer | Result |\n|---|---|---|\n"
		  "| 2026-02-10 | SRE | Conditional |\n", "2026-02-10" },
		/* a day in the answer is one to come; the byline's is it */
		{ "# R\n\n**TL;DR:** Not yet. ETA for GO: 2026-02-24.\n\n"
		  "_Last updated 10 Feb 2026_\n", "2026-02-10" },
		/* a snapshot's day; a task's due day below is none */
		{ "# R\n\n> Snapshot taken 2026-11-20. Next review 2026-12-18.\n\n"
		  "## Billing\n\n- [ ] Tune the pool (owner: Lee, due "
		  "2026-11-30)\n", "2026-11-20" },
		/* who reviewed, then the day; a day set apart as a fact */
		{ "# R\n\nReviewed by the SRE guild on 4 May 2026.\n",
		  "2026-05-04" },
		{ "# R\n\nThis review was held by the SRE guild on 4 May 2026 "
		  "with the owners.\n", "2026-05-04" },
		{ "# R\n\n_Prepared for the steering committee, 4 May "
		  "2026_\n", "2026-05-04" },
		{ "# R\n\n_Week of 16 November 2026 \xE2\x80\x94 prepared by "
		  "the release train_\n", "2026-11-16" },
		/* fields side by side, unbolded: the stronger label wins */
		{ "# R\n\nCreated: 2026-04-01 | Reviewed: 2026-05-04\n",
		  "2026-05-04" },
		/* a weak one loses to a label */
		{ "# R\n\nUpdated on 2026-05-09 after the drill.\n\n"
		  "Review date: 2026-05-02\n", "2026-05-02" },
		/* a table of fields, its header left empty */
		{ "# R\n\n| | |\n|---|---|\n| **Service** | api |\n"
		  "| **Last reviewed** | 2026-02-11 |\n", "2026-02-11" },
		/* the labelled date wins over a weaker one seen first */
		{ "# R\n\nGenerated: 2026-01-05\n\nAssessment Date: 2026-01-03\n",
		  "2026-01-03" },
		/* a period and a service's end are other days; a label that
		 * says the review was performed is the review's */
		{ "# R\n\n| Field | Value |\n|---|---|\n| Assessment period | "
		  "2026-04-01 to 2026-09-30 |\n| Readiness assessment performed "
		  "| 2026-10-20 |\n", "2026-10-20" },
		{ "# R\n\nSunset: 2027-01-31\n\nText.\n\n## Sign-off\n\n"
		  "_Reviewed by the architecture board, 22 September 2026._\n",
		  "2026-09-22" },
		/* a re-review held is this one; a table of page properties
		 * with its second header left empty */
		{ "# R\n\nRe-review held: 2026-04-09\n", "2026-04-09" },
		{ "# R\n\nReadiness review completed 2026-07-13.\n", "2026-07-13" },
		{ "# R\n\n| Page properties | |\n|---|---|\n| Owner | Ana |\n"
		  "| Review date | 2026-10-12 |\n", "2026-10-12" },
		/* the same sign-off at the end of a long document */
		{ "# R\n\n## A\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\n9\n\n"
		  "10\n\n11\n\n12\n\n13\n\n14\n\n15\n\n16\n\n## B\n\n"
		  "_Reviewed by the architecture board, 22 September 2026._\n",
		  "2026-09-22" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("review.md", cases[i].text, &d);
		CHECK(r != NULL);
		if (r && (!r->date || strcmp(r->date, cases[i].date) != 0))
			prr_test_fail(__FILE__, __LINE__, "case %zu: date %s, "
				      "expected %s", i, r->date ? r->date : "none",
				      cases[i].date);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* a date of two readings is not taken, and the error says which */
PRR_TEST(import_read__an_ambiguous_date_is_named)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("r.md", "# R\n\nLast reviewed: 06/03/2026\n", &d);
	CHECK(r == NULL);
	CHECK_INT(d.errors, 1);
	if (d.n) {
		CHECK_INT(d.v[0].line, 3);
		CHECK_INT(d.v[0].col, 16);
		CHECK_CONTAINS(d.v[0].message, "'06/03/2026' reads as two days");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__no_date_is_never_invented)
{
	static const char *const cases[] = {
		/* a month is no day */
		"# Report\n\nGenerated: December 2024\n",
		/* the next review's date is not this one's */
		"# R\n\nNext review: 2026-05-01\n",
		/* prose that mentions a day is not the review's date */
		"# R\n\nWe shipped on 2026-01-15 after a long week of tests.\n",
		/* a verb of reviewing elsewhere in the sentence */
		"# R\n\nThe code we reviewed shipped 2026-01-15 to users.\n",
		"# R\n\nIncidents held us back on 2026-01-15.\n",
		/* who did something else, or a day to come set apart */
		"# R\n\nThe fix was reviewed by Ana on 2026-01-15 and merged "
		"later.\n",
		"# R\n\nTests were held by the QA team on 2026-01-15 in staging "
		"and again later.\n",
		"# R\n\nGo-live \xE2\x80\x94 16 November 2026 \xE2\x80\x94 "
		"pending sign-off\n",
		/* the days of events, labelled */
		"# R\n\nETA: 2026-02-24\n",
		"# R\n\nGo-live: 2026-03-01\n",
		"# R\n\nPlanned release: 2026-03-01\n",
		"# R\n\nCutover: 2026-03-01\n",
		"# R\n\n## Billing\n\n- [ ] Tune the pool (owner: Lee, due "
		"2026-11-30)\n",
		"# R\n\nOps sign-off deadline \xC2\xB7 2026-01-15 \xC2\xB7 "
		"owner: Dana\n",
		"# R\n\nSunset: 2027-01-31\n",
		"# R\n\nThe migration completed 2026-07-13.\n",
		"# R\n\nAssessment period: 2026-04-01 to 2026-09-30\n",
		"# R\n\nDeprecation date: 2026-12-01\n",
		/* far from the top, a sentence of what someone else did */
		"# R\n\n## A\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\n9\n\n"
		"10\n\n11\n\n12\n\n13\n\n14\n\n15\n\n16\n\n## B\n\n"
		"The fix was reviewed by Ana on 2026-01-15 and merged.\n",
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("review.md", cases[i], &d);
		if (r)
			prr_test_fail(__FILE__, __LINE__, "case %zu: dated %s",
				      i, r->date);
		CHECK(md_said(&d, "no review date"));
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

PRR_TEST(import_read__date_from_the_folder_of_a_relative_path)
{
	const char *tmp = prr_test_tmpdir();
	char *dir = prr_path_join(tmp, "2026-04-05");
	CHECK(mkdir(dir, 0755) == 0);
	char cwd[4096];
	CHECK(getcwd(cwd, sizeof cwd) != NULL);
	CHECK(chdir(dir) == 0);
	FILE *f = fopen("a.md", "w");
	CHECK(f != NULL);
	if (f) {
		fputs("# R\n\nNothing dated here.\n", f);
		fclose(f);
	}
	prr_diags d = PRR_DIAGS_INIT;
	/* "a.md" holds no date; its folder, made absolute, does */
	prr_review *r = text_as("a.md", "# R\n\nNothing dated here.\n", &d);
	CHECK(chdir(cwd) == 0);
	CHECK(r && r->date && strcmp(r->date, "2026-04-05") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	free(dir);
}

/*** Verdicts ***/

PRR_TEST(import_read__verdicts_as_stated)
{
	static const struct { const char *text; prr_level level; } cases[] = {
		{ "# R\n\n**Verdict:** NOT production ready\n", PRR_LEVEL_NOT_READY },
		{ "# R\n\nDecision: `NO-GO`\n", PRR_LEVEL_NOT_READY },
		/* a verdict label's value in marks alone */
		{ "# R\n\n**Launch readiness:** ❌\n", PRR_LEVEL_NOT_READY },
		{ "# R\n\nOverall readiness: 🟠\n", PRR_LEVEL_PARTIAL },
		{ "# R\n\nStatus: ✅\n", PRR_LEVEL_READY },
		{ "# R\n\nOverall: ✅ ❌\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\nNotes: ✅\n", PRR_LEVEL_UNKNOWN },
		/* each section's own status is no verdict of the document;
		 * one section's is */
		{ "# R\n\n## 1. Architecture\n**Status:** ✅ Ready\n\n"
		  "## 2. Security\n**Status:** ⚠️ Partially ready\n\n"
		  "## 3. Observability\n**Status:** ❌ Not ready\n\n"
		  "## Overall\n\n**NOT READY** — observability first.\n",
		  PRR_LEVEL_NOT_READY },
		{ "# R\n\n## 1. Architecture\n**Status:** ✅ Ready\n\n"
		  "## 2. Security\n**Status:** ❌ Not ready\n",
		  PRR_LEVEL_UNKNOWN },
		{ "# R\n\n## Summary of the review\n\n**Status:** NOT READY\n\n"
		  "## Details\n\nText.\n", PRR_LEVEL_NOT_READY },
		{ "# R\n\n**NOT READY** — two blockers remain.\n\n## A\n\n"
		  "## B\n", PRR_LEVEL_NOT_READY },
		/* a score table's Overall row, its status in marks alone */
		{ "# R\n\n## Scores\n\n| Category | Score | Status |\n|---|---|---|\n"
		  "| 1. Security | 85% | ✅ |\n| **Overall** | **69%** | **⚠️** |\n",
		  PRR_LEVEL_PARTIAL },
		/* a line that opens with a sentence in bold */
		{ "# R\n\n**Not ready for production.** Two blockers "
		  "remain.\n", PRR_LEVEL_NOT_READY },
		{ "# R\n\n**Ready for production?** No. Two blockers.\n",
		  PRR_LEVEL_NOT_READY },
		{ "# R\n\n**Ready for production?** Yes.\n", PRR_LEVEL_READY },
		{ "# R\n\n**Note:** ready for production\n\n## A\n\n## B\n\n"
		  "## C\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\n## Verdict\n\nWe are go for launch on Monday.\n",
		  PRR_LEVEL_READY },
		{ "# R\n\n## Decision\n\n**CONDITIONAL GO** — two risks "
		  "accepted.\n", PRR_LEVEL_PARTIAL },
		{ "# R\n\nStatus: ✅ PRODUCTION READY\n", PRR_LEVEL_READY },
		{ "# R\n\n## 结论：当前不能投入生产使用\n", PRR_LEVEL_NOT_READY },
		{ "# R\n\n**システム状態**: ✅ 本番稼働可能（改善推奨項目あり）\n",
		  PRR_LEVEL_PARTIAL },
		{ "# R\n\n**Status:** 4 of 6 stories COMPLETE\n", PRR_LEVEL_PARTIAL },
		{ "# R\n\nStatus: PENDING Production Readiness\n",
		  PRR_LEVEL_NOT_READY },
		/* never invented: a title, a step before production, a
		 * section's own result, a plain "Done" */
		{ "# Production Readiness Review\n\nText.\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\nStatus: Ready for developer review\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\nText.\n\n## Intro\n\nMore text.\n\n## Gate 2 — PASS\n\n"
		  "Text.\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\nStatus: Done\n", PRR_LEVEL_UNKNOWN },
		/* a table of fields */
		{ "# R\n\n| Field | Value |\n|---|---|\n| Decision | Go with "
		  "conditions |\n", PRR_LEVEL_PARTIAL },
		/* a two-column table of parts is none */
		{ "# R\n\n| Part | Notes |\n|---|---|\n| Decision | NO-GO |\n",
		  PRR_LEVEL_UNKNOWN },
		/* a part's "Status:" near the top is the part's; the closing
		 * section's bold verdict is the document's */
		{ "# R\n\n## Components\n\n### Uploader\n\n**Status:** ✅ Ready"
		  "\n\n### Store\n\n**Status:** ❌ Not ready\n\n## Overall\n\n"
		  "**NOT READY** — the store blocks launch.\n",
		  PRR_LEVEL_NOT_READY },
		{ "# R\n\n## Parts\n\n### API\n\nStatus: ✅ Ready\n",
		  PRR_LEVEL_UNKNOWN },
		/* two parts' states, one of them no verdict */
		{ "# R\n\n## Billing\n\n**Status:** \xF0\x9F\x94\xB4 At risk\n\n"
		  "## Search\n\n**Status:** \xF0\x9F\x9F\xA2 On track.\n",
		  PRR_LEVEL_UNKNOWN },
		/* a verdict in bold, and what the rest of its paragraph says */
		{ "# Readiness: pipeline\n\nWe are **ready for production** from "
		  "an infra standpoint. However, the data\nteam has **not "
		  "signed off**, so the launch is on hold.\n",
		  PRR_LEVEL_NOT_READY },
		{ "# Readiness: pipeline\n\nWe are **ready for production** from "
		  "an infra standpoint.\nThe data team agrees.\n",
		  PRR_LEVEL_READY },
		/* Korean */
		{ "# R\n\n\xEA\xB2\x80\xED\x86\xA0 \xEA\xB2\xB0\xEA\xB3\xBC: "
		  "\xEC\xA4\x80\xEB\xB9\x84 \xEC\x99\x84\xEB\xA3\x8C\n", PRR_LEVEL_READY },
		/* front matter's decision; its "status:" is the page's */
		{ "---\ndate: 2026-05-01\ndecision: NOT READY\n---\n\n# R\n\nText.\n",
		  PRR_LEVEL_NOT_READY },
		{ "---\ndate: 2026-05-01\nstatus: approved\n---\n\n# R\n\nText.\n",
		  PRR_LEVEL_UNKNOWN },
		/* a choice of boxes under "Decision": the one ticked */
		{ "# R\n\n## Checks\n\n- [x] Tests\n- [ ] Docs\n\n### Decision\n\n"
		  "- [ ] Go\n- [x] No-go\n- [ ] Go with conditions\n",
		  PRR_LEVEL_NOT_READY },
		{ "# R\n\n### Decision\n\n- [ ] Go\n- [ ] No-go\n",
		  PRR_LEVEL_UNKNOWN },
		/* a closing paragraph's concluding sentence, not its first */
		{ "# R\n\nText.\n\n## Intro\n\nText.\n\n## Closing\n\nWe were "
		  "initially inclined to hold the launch until the alert exists, but\n"
		  "the group agreed the morning check is enough. So, all things "
		  "considered,\nthe warehouse is ready for production.\n",
		  PRR_LEVEL_READY },
		{ "# R\n\nText.\n\n## Avis\n\nAvis **favorable** \xC3\xA0 la mise en "
		  "production. L'exercice PRA reste \xC3\xA0 planifier.\n",
		  PRR_LEVEL_READY },
		/* a scale of levels over two lines is no verdict */
		{ "# Readiness scorecard\n\nA service is **ready** at an average "
		  "\xE2\x89\xA5 4.0, **partial** at 3.0-3.9,\n**not ready** below "
		  "3.0.\n", PRR_LEVEL_UNKNOWN },
		/* a sentence, then a verdict label in the next */
		{ "# R\n\nText.\n\n## Decision of this review\n\nThe board does "
		  "not consider any item a\nblocker. **Verdict: Ready.**\n",
		  PRR_LEVEL_READY },
		/* "Overall portfolio level: partial." */
		{ "# R\n\nText.\n\n## Portfolio verdict\n\nTwo of four services "
		  "are **ready**.\n\nOverall portfolio level: partial.\n",
		  PRR_LEVEL_PARTIAL },
		/* under a summary, a sentence that concludes; not another */
		{ "# R\n\nText.\n\n## Summary\n\nOverall the service is not yet ready "
		  "for production. The team did\ngood work on observability.\n",
		  PRR_LEVEL_NOT_READY },
		{ "# R\n\nText.\n\n## Summary\n\nThe API is ready for production "
		  "traffic tests next week.\n", PRR_LEVEL_UNKNOWN },
		/* two services in one file, each with its verdict: the
		 * parts' own, the document's none; a verdict of the whole
		 * outside them stands */
		{ "# R\n\n## Service A\n\nVerdict: **Ready**\n\n## Service B\n\n"
		  "Verdict: **Not ready**\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\n## Service A\n\nVerdict: **Not ready**\n\n## Service B\n\n"
		  "Verdict: **Not ready**\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\n**Verdict: NOT READY**\n\n## Service A\n\nVerdict: **Ready**\n\n"
		  "## Service B\n\nVerdict: **Partial**\n", PRR_LEVEL_NOT_READY },
		/* a hedged verdict in bold keeps its level; a level said
		 * first, then why */
		{ "# Readiness: vendor\n\nAcme is **approved with conditions** for the "
		  "secondary channel.\nIt is *not* approved as the primary channel.\n",
		  PRR_LEVEL_PARTIAL },
		{ "# R\n\n**Readiness: \xF0\x9F\x9F\xA1 PARTIAL** \xE2\x80\x94 eu-1 and "
		  "eu-2 are ready; eu-3 is blocked on deprecated APIs.\n", PRR_LEVEL_PARTIAL },
		/* a TL;DR, a final call, a record in one row */
		{ "# R\n\n**TL;DR:** \xE2\x9D\x8C Not yet \xE2\x80\x94 3 blockers "
		  "open.\n", PRR_LEVEL_NOT_READY },
		{ "# R\n\nText.\n\nFinal call: **GO**\n", PRR_LEVEL_READY },
		{ "# R\n\n| Date | Reviewer | Result |\n|---|---|---|\n"
		  "| 2026-02-10 | SRE | Conditional go |\n", PRR_LEVEL_PARTIAL },
		/* an answer, then a sentence with a colon: no label */
		{ "# R\n\nText.\n\n## Intro\n\nText.\n\n## Verdict\n\n"
		  "Not yet. Two items remain: the rota and the drill.\n",
		  PRR_LEVEL_NOT_READY },
		{ "# R\n\nText.\n\n## Intro\n\nText.\n\n## Summary\n\n"
		  "Overall readiness: **3.4 / 5**. We recommend **not "
		  "launching** on the planned date.\n", PRR_LEVEL_NOT_READY },
		/* bold words in a TL;DR */
		{ "# R\n\n## TL;DR\n\nWe are **not ready to launch**: two "
		  "blockers.\n", PRR_LEVEL_NOT_READY },
		/* a heading under the closing one that is the verdict alone */
		{ "# R\n\nText.\n\n## Intro\n\nText.\n\n## Final recommendation\n\n"
		  "### ❌ **NOT READY FOR PRODUCTION**\n\nBecause.\n\n"
		  "### ✅ Ready after phase 2\n", PRR_LEVEL_NOT_READY },
		{ "# R\n\nText.\n\n## Intro\n\nText.\n\n## Conclusion\n\n"
		  "### Ready components\n\n- api\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\nText.\n\n## Intro\n\nText.\n\n## Status\n\n"
		  "### ❌ Pending\n\n- backups\n", PRR_LEVEL_UNKNOWN },
		{ "# Final report\n\nText.\n\n## Intro\n\nText.\n\n"
		  "## Pending\n\n- backups\n", PRR_LEVEL_UNKNOWN },
		/* a lead-in is no verdict */
		{ "# R\n\n## Conclusion\n\nBefore we call it production ready:\n\n"
		  "- backups\n", PRR_LEVEL_UNKNOWN },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", cases[i].text, &d);
		CHECK(r != NULL);
		if (r && r->level != cases[i].level)
			prr_test_fail(__FILE__, __LINE__, "case %zu: level %s, "
				      "expected %s", i, prr_level_name(r->level),
				      prr_level_name(cases[i].level));
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* The first sentence under "## Recommendation" that states a verdict is
 * the document's when nothing stronger says one; its reasons are not */
/* "## Services" then "### Auth Service" and "**Status:** ✅ Ready": a
 * component and its status, not the document's; a section that states
 * no status is no component, and a part elsewhere gives no status */
PRR_TEST(import_read__parts_that_a_heading_of_components_lists)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Services\n\n### Auth Service\n\n"
		"**Status:** \xE2\x9C\x85 Ready\n\n- [x] Health checks\n\n"
		"### Billing Service\n\n**Status:** \xE2\x9A\xA0\xEF\xB8\x8F Partial\n\n"
		"### Glossary\n\nWords.\n\n"
		"## Notes\n\n### Migration\n\n**Status:** Done\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_components, 2);
		if (r->n_components == 2) {
			CHECK_STR(r->components[0].name, "Auth Service");
			CHECK(r->components[0].status == PRR_PASS);
			CHECK_STR(r->components[1].name, "Billing Service");
			CHECK(r->components[1].status == PRR_PARTIAL);
		}
		/* no status of a part becomes the document's */
		CHECK(r->status_text == NULL);
		CHECK(r->level == PRR_LEVEL_UNKNOWN);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__a_recommendation_written_plainly)
{
	static const struct { const char *body, *text; prr_level level; } cases[] = {
		{ "We reviewed it twice. Approved for production. Thanks.",
		  "Approved for production.", PRR_LEVEL_READY },
		{ "The database is ready for production, but the API is not.",
		  "The database is ready for production, but the API is not.",
		  PRR_LEVEL_PARTIAL },
		{ "We reviewed twelve services.\n\nThe API is ready.", NULL,
		  PRR_LEVEL_UNKNOWN },
		{ "The team is ready to fix the blockers.", NULL,
		  PRR_LEVEL_UNKNOWN },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf text = PRR_BUF_INIT;
		prr_buf_addf(&text, "# R\n\nDate: 2026-03-01\n\n## Checks\n\n"
			     "- [x] Alerts\n\n## Recommendation\n\n%s\n",
			     cases[i].body);
		prr_review *r = text_as("r.md", text.p, &d);
		CHECK(r != NULL);
		if (r) {
			CHECK_INT(r->level, cases[i].level);
			if (cases[i].text)
				CHECK_STR(r->status_text, cases[i].text);
		}
		prr_review_free(r);
		prr_buf_free(&text);
		prr_diags_free(&d);
	}
}

PRR_TEST(import_read__decision_section_over_a_top_status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = prr_test_md("headline.md", &d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	/* "Assessed:" in a blockquote; the next review's date is not it */
	CHECK_STR(r->date, "2026-03-03");
	CHECK_INT(r->level, PRR_LEVEL_NOT_READY);
	CHECK(r->status_text && strstr(r->status_text, "NOT ready"));
	CHECK_INT(r->status_line, 17);
	/* the checks all pass: prr computes ready, the document says not:
	 * one disagreement, with both */
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.level, PRR_LEVEL_READY);
	prr_audit au;
	prr_audit_build(&au, &a, r, NULL, 0, true);
	int before = au.disagreements;
	prr_audit_verdict(&au, &a, r, &s);
	CHECK_INT(au.disagreements, before + 1);
	CHECK(au.n && strcmp(au.rows[au.n - 1].source, "verdict") == 0 &&
	      strstr(au.rows[au.n - 1].found, "ready: 100% of 3 checks"));
	prr_arena_free(&a);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

/*** Findings ***/

static const prr_finding *finding(const prr_review *r, const char *title)
{
	for (size_t i = 0; i < r->n_findings; i++)
		if (strstr(r->findings[i].title, title))
			return &r->findings[i];
	return NULL;
}

PRR_TEST(import_read__findings_from_lists_and_headings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = prr_test_md("findings.md", &d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	const prr_finding *f = finding(r, "Snapshots are never pruned");
	CHECK(f && strcmp(f->id, "BUG-101") == 0 &&
	      f->severity == PRR_SEV_CRITICAL && f->blocking);
	f = finding(r, "Backups unverified");
	CHECK(f && f->blocking && f->severity == PRR_SEV_UNKNOWN);
	f = finding(r, "Slow cold start");
	CHECK(f && f->severity == PRR_SEV_HIGH);
	f = finding(r, "Noisy alerts");
	CHECK(f && f->severity == PRR_SEV_MEDIUM);
	f = finding(r, "Retry storms");
	CHECK(f && f->severity == PRR_SEV_HIGH);
	/* what is resolved is no open finding; fields are no findings */
	CHECK(finding(r, "disk alarm") == NULL);
	for (size_t i = 0; i < r->n_findings; i++)
		CHECK(strncmp(r->findings[i].title, "Severity", 8) != 0 &&
		      strncmp(r->findings[i].title, "Effort", 6) != 0);
	CHECK_INT(r->n_findings, 5);
	/* "Critical: 2" over one critical finding (a blocker that states no
	 * severity is not made critical) is a disagreement */
	bool crit = false, high = false;
	for (size_t i = 0; i < r->n_audit; i++) {
		if (strcmp(r->audit[i].claim, "critical findings") == 0)
			crit = !r->audit[i].agrees &&
			       strcmp(r->audit[i].stated, "2") == 0 &&
			       strcmp(r->audit[i].computed, "1") == 0;
		if (strcmp(r->audit[i].claim, "high findings") == 0)
			high = r->audit[i].agrees;
	}
	CHECK(crit);
	CHECK(high);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

/*** Boxes ***/

/* "3 Critical issues" over the list of them sums it up: a tally, no
 * finding of its own */
/* an item's remark with a colon in it ("(owner: Dana)") leaves it a
 * blocker; a numbered heading that is a file's name is no finding */
PRR_TEST(import_read__blockers_with_remarks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Blockers\n\n"
		"1. **Keys in plain files** — move them (owner: Dana, by May)\n"
		"2. **No restore drill** — run one in staging\n\n"
		"## Documents written\n\n### 1. CRITICAL_GAPS.md\n\nText.\n",
		&d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_findings, 2);
		const prr_finding *f = finding(r, "Keys in plain files");
		CHECK(f && f->blocking);
		CHECK(finding(r, "CRITICAL_GAPS") == NULL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a table of findings keeps its IDs as written; a row whose Status
 * says it is over is no open finding */
PRR_TEST(import_read__finding_table_ids_and_closed_rows)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n"
		"| ID | Severity | Finding | Status |\n|---|---|---|---|\n"
		"| OPS-3 | High | Retries never stop | Closed |\n"
		"| OPS-4 | Medium | No alert on lag | Open |\n"
		"| OPS-5 | Critical | Refunds post twice | ⏳ In progress |\n"
		"| OPS-6 | Low | Typos in runbook | ✅ Fixed |\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_findings, 2);
		const prr_finding *f = finding(r, "Refunds post twice");
		CHECK(f && strcmp(f->id, "OPS-5") == 0 &&
		      f->severity == PRR_SEV_CRITICAL);
		CHECK(finding(r, "Retries never stop") == NULL &&
		      finding(r, "Typos") == NULL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Criterion | Target | Actual | Met?": a check per criterion */
PRR_TEST(import_read__launch_criteria_met_or_not)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Launch criteria\n\n"
		"| Criterion | Target | Actual | Met? |\n|---|---|---|---|\n"
		"| Crash-free sessions | 99.5% | 99.7% | Yes |\n"
		"| Cold start | < 2 s | 2.4 s | No |\n"
		"| Open P0 bugs | 0 | 0 | Yes |\n", &d);
	CHECK(r != NULL);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		const prr_component *c = &r->components[0];
		CHECK_INT(c->n_checks, 3);
		if (c->n_checks == 3) {
			CHECK_STR(c->checks[1].category, "Cold start");
			CHECK(c->checks[0].status == PRR_PASS &&
			      c->checks[1].status == PRR_FAIL);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a risk's mitigation in its sublist or after "Mitigation:" in it */
PRR_TEST(import_read__risks_keep_their_mitigations)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## High Risks\n\n"
		"- **Quota limits** could stall checkout.\n"
		"  - Mitigation: ask for a higher quota.\n\n"
		"## Medium Risks\n\n"
		"1. Rebuild takes an hour. Mitigation: keep two indices.\n", &d);
	CHECK(r != NULL);
	CHECK(r && r->n_risks == 2);
	if (r && r->n_risks == 2) {
		CHECK_STR(r->risks[0].mitigation, "ask for a higher quota.");
		CHECK_STR(r->risks[1].title, "Rebuild takes an hour.");
		CHECK_STR(r->risks[1].mitigation, "keep two indices.");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* front matter: fields, the date, nested scores as parts; its status is
 * the file's, no verdict; md4c never sees it as a heading */
/* a field's value wrapped onto the paragraph's next line stays whole;
 * fields on lines of their own stay apart */
PRR_TEST(import_read__a_field_wrapped_onto_the_next_line)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n**Owner:** Messaging team\n**Reviewers:** A. Chen\n\n"
		"**Rollout**: ship to 10% of traffic; full rollout after the\n"
		"documentation gaps close.\nThe team agreed.\n", &d);
	CHECK(r != NULL);
	if (r) {
		const char *want[][2] = { { "Owner", "Messaging team" },
			{ "Reviewers", "A. Chen" },
			{ "Rollout", "ship to 10% of traffic; full rollout "
				     "after the documentation gaps close." } };
		CHECK_INT(r->n_fields, 3);
		for (size_t i = 0; i < 3 && i < r->n_fields; i++) {
			CHECK_STR(r->fields[i].name, want[i][0]);
			CHECK_STR(r->fields[i].value, want[i][1]);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__front_matter_is_fields)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("review.md",
		"---\ntitle: Mail relay\ndate: \"2026-03-09\"\n"
		"status: approved\nowner: comms\nscores:\n  tests: 3/5\n---\n\n"
		"# Mail relay review\n\nText.\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2026-03-09");
		CHECK_STR(r->title, "Mail relay review");
		CHECK(r->level == PRR_LEVEL_UNKNOWN);
		bool owner = false;
		for (size_t i = 0; i < r->n_fields; i++)
			owner |= strcmp(r->fields[i].name, "owner") == 0 &&
				 strcmp(r->fields[i].value, "comms") == 0;
		CHECK(owner);
		CHECK(r->n_dimensions == 1 && r->dimensions[0].score == 3 &&
		      r->dimensions[0].max == 5);
		for (size_t i = 0; i < r->n_sections; i++)
			CHECK(strstr(r->sections[i].heading, "title:") == NULL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* under "## Blockers" an "ID | Issue | Status" table is its blockers,
 * not a checklist; closed rows are none */
PRR_TEST(import_read__issue_table_under_blockers)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Blockers\n\n| ID | Issue | Status |\n|---|---|---|\n"
		"| ORD-12 | Refunds post twice | Open |\n"
		"| ORD-9 | Old timeout | Closed |\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_findings, 1);
		CHECK_INT(r->n_checklists, 0);
		const prr_finding *f = finding(r, "Refunds post twice");
		CHECK(f && f->blocking && strcmp(f->id, "ORD-12") == 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a Severity or Impact cell in another language: "Alto", "Hoch" */
PRR_TEST(import_read__severity_cells_in_any_language)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Riscos\n\n| Risco | Impacto | Mitigação |\n"
		"|---|---|---|\n| Limite do provedor | Alto | Cache |\n\n"
		"## Befunde\n\n| Befund | Schweregrad |\n|---|---|\n"
		"| Kein Backup | Kritisch |\n", &d);
	CHECK(r != NULL);
	CHECK(r && r->n_risks == 1 && r->risks[0].level == PRR_SEV_HIGH);
	const prr_finding *f = r ? finding(r, "Kein Backup") : NULL;
	CHECK(f && f->severity == PRR_SEV_CRITICAL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "- None found." under "## Critical issues" says the list is empty */
PRR_TEST(import_read__none_is_no_finding)
{
	static const char *const items[] = { "None found.", "**None**",
		"N/A", "Keine", "None (checked twice)" };
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
		char text[160];
		snprintf(text, sizeof text, "# R\n\n## Critical issues\n\n- %s\n"
			 "\n## Blockers\n\n- %s\n", items[i], items[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", text, &d);
		CHECK(r != NULL);
		if (r && r->n_findings)
			prr_test_fail(__FILE__, __LINE__, "'%s' read as a finding",
				      items[i]);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a finding that begins with the word is one */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md", "# R\n\n## Critical issues\n\n"
				"- None of the backups were restored\n", &d);
	CHECK(r && r->n_findings == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* under a heading that is one finding, its "#### Problems" and
 * "**Issues:**" lists describe it: no findings of their own */
PRR_TEST(import_read__a_findings_details_are_not_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Critical gaps\n\n### 1. CRITICAL: No migrations\n\n"
		"#### Problems\n\n- The schema is never applied\n"
		"- The database cannot start\n\n"
		"### 2. CRITICAL: Secrets in code\n\n**Issues:**\n\n"
		"- Keys in the repository\n- No rotation\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_findings, 2);
		CHECK(finding(r, "No migrations") != NULL &&
		      finding(r, "Secrets in code") != NULL);
		CHECK(finding(r, "No rotation") == NULL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Area | RAG" is a check per area; an action table is named by its
 * actions, not by its "#" */
PRR_TEST(import_read__rag_tables_and_actions)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## RAG\n\n| Area | RAG | Comment |\n|---|---|---|\n"
		"| Speed | Green | ok |\n| Support | Red | no rota |\n\n"
		"## Actions\n\n| # | Action | Owner | Due |\n|---|---|---|---|\n"
		"| 1 | Staff the rota | Kim | 2026-08-20 |\n", &d);
	CHECK(r != NULL);
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 2);
	if (r && r->n_components == 1 && r->components[0].n_checks == 2)
		CHECK(r->components[0].checks[1].status == PRR_FAIL);
	CHECK(r && r->n_milestones == 1);
	if (r && r->n_milestones == 1) {
		CHECK_STR(r->milestones[0].name, "Staff the rota");
		CHECK_STR(r->milestones[0].due, "2026-08-20");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Area | Owner | Signal" with GO / NO-GO: a check per area, not a
 * milestone per area (none of them is "done") */
PRR_TEST(import_read__go_no_go_signals_per_area)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Go/No-Go\n\n| Area | Owner | Signal | Notes |\n"
		"|---|---|---|---|\n| Crash rate | Ana | \xF0\x9F\x9F\xA2 GO | ok |\n"
		"| Store review | Ben | \xF0\x9F\x9F\xA1 | pending |\n"
		"| Backend | Dev | \xF0\x9F\x94\xB4 NO-GO | API v3 missing |\n", &d);
	CHECK(r && r->n_milestones == 0);
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 3);
	if (r && r->n_components == 1 && r->components[0].n_checks == 3) {
		const prr_check *c = r->components[0].checks;
		CHECK_STR(c[0].category, "Crash rate");
		CHECK(c[0].status == PRR_PASS);
		CHECK(c[1].status == PRR_PARTIAL);
		CHECK(c[2].status == PRR_FAIL);
		CHECK_STR(c[2].note, "API v3 missing");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Service | Monitoring | …" of maturity levels: the services are
 * components, and the levels, which state no status, stay in the table
 * (they vanished) */
PRR_TEST(import_read__levels_by_service_are_kept)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n| Service | Monitoring | Runbooks |\n|---|---|---|\n"
		"| orders | L3 | L2 |\n| catalog | L1 | L0 |\n", &d);
	CHECK(r && r->n_components == 2);
	CHECK(r && r->n_tables == 1);
	if (r && r->n_tables == 1) {
		CHECK_INT((int)r->tables[0].n_rows, 2);
		CHECK_STR(r->tables[0].rows[1][2], "L0");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* under "## Findings", a paragraph that opens with its finding in bold;
 * a bold label alone leads a list */
PRR_TEST(import_read__findings_as_bold_paragraphs)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n**F-1 (High): Webhooks not verified.** "
		"Forgery is easy. *Blocking.*\n\n**F-2 (Medium): No rate "
		"limit.** Export can be abused.\n\n**Minor Issue: Verbose "
		"errors** \xE2\x9A\xA0\xEF\xB8\x8F\n\n**CRITICAL Issues:**\n\n"
		"1. Tracked build artifacts\n", &d);
	CHECK(r && r->n_findings == 4);
	CHECK(r && r->n_fields == 0);
	if (r && r->n_findings == 4) {
		CHECK_STR(r->findings[0].id, "F-1");
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
		CHECK(r->findings[0].blocking);
		CHECK_STR(r->findings[0].title, "Webhooks not verified.");
		CHECK(r->findings[1].severity == PRR_SEV_MEDIUM);
		CHECK(!r->findings[1].blocking);
		CHECK_STR(r->findings[2].title, "Verbose errors");
		CHECK(r->findings[2].severity == PRR_SEV_LOW);
		CHECK_STR(r->findings[3].title, "Tracked build artifacts");
		CHECK(r->findings[3].severity == PRR_SEV_CRITICAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a finding named again under a heading of fixes done is fixed, counted
 * as stated first; under a plan of fixes it stays open */
PRR_TEST(import_read__findings_fixed_later_in_the_document)
{
	static const struct { const char *heading; size_t open; } cases[] = {
		{ "Fix details", 1 },
		{ "\xE4\xBF\xAE\xE5\xA4\x8D\xE8\xAF\xA6\xE6\x83\x85", 1 }, /* 修复详情 */
		{ "Priority fixes", 3 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf text = PRR_BUF_INIT;
		prr_buf_addf(&text, "# R\n\n3 Critical issues found.\n\n"
			     "## Issues\n\n#### Critical\n1. **No file lock** - "
			     "unsafe\n2. **Deadlock risk** - races\n3. **Panic "
			     "recovery missing** - hangs\n\n## %s\n\n#### #1 No "
			     "file lock \xE2\x86\x92 a.go\n\nx\n\n#### #3 Panic "
			     "recovery \xE2\x86\x92 c.go\n\nx\n", cases[i].heading);
		prr_review *r = text_as("2026-01-01.md", text.p, &d);
		CHECK(r != NULL);
		if (r) {
			CHECK_INT((int)r->n_findings, (int)cases[i].open);
			if (cases[i].open == 1 && r->n_findings == 1)
				CHECK(strncmp(r->findings[0].title, "Deadlock", 8) == 0);
		}
		prr_review_free(r);
		prr_buf_free(&text);
		prr_diags_free(&d);
	}
}

/* a findings table's Blocking column, in any language, with an owner
 * named or without an issue column under a heading of findings; a plan
 * of tasks under a heading of blockers stays a plan */
PRR_TEST(import_read__findings_tables_that_say_what_blocks)
{
	static const struct { const char *text; int n, blocking; const char *id; } cases[] = {
		{ "## Findings\n\n| ID | Finding | Severity | Blocking | Owner | Status |\n"
		  "|---|---|---|---|---|---|\n| F-1 | Slow p99 | Medium | No | Ana | Open |\n"
		  "| F-2 | Alerts misrouted | High | **Yes** | Tom | Open |\n", 2, 1, "F-1" },
		{ "## Issues\n\n| # | Issue | Severity | Blocker? |\n|---|---|---|---|\n"
		  "| 1 | Rounding | Critical | Yes |\n| 2 | Training | Major | \xE2\x9C\x85 |\n"
		  "| 3 | Slow | Minor | No |\n", 3, 2, "1" },
		{ "## Hallazgos\n\n| ID | Descripci\xC3\xB3n | Severidad | Bloqueante |\n"
		  "|---|---|---|---|\n| H-1 | Un solo proveedor | Alta | S\xC3\xAD |\n"
		  "| H-2 | Reintentos | Media | No |\n", 2, 1, "H-1" },
		{ "## Befunde\n\n| Nr. | Befund | Schweregrad | Blockierend |\n"
		  "|---|---|---|---|\n| B1 | Keine Alarme | Hoch | Ja |\n"
		  "| B2 | Kein Lasttest | Mittel | Nein |\n", 2, 1, "B1" },
		{ "## \xE6\x8C\x87\xE6\x91\x98\xE4\xBA\x8B\xE9\xA0\x85\n\n"
		  "| No. | \xE5\x86\x85\xE5\xAE\xB9 | \xE9\x87\x8D\xE5\xA4\xA7\xE5\xBA\xA6 | "
		  "\xE3\x83\x96\xE3\x83\xAD\xE3\x83\x83\xE3\x82\xAB\xE3\x83\xBC |\n"
		  "|---|---|---|---|\n| 1 | load test | \xE9\xAB\x98 | \xE3\x81\xAF\xE3\x81\x84 |\n"
		  "| 2 | alerts | \xE4\xB8\xAD | no |\n", 2, 1, "1" },
		/* the questions an ORR failed, with their risk and whether
		 * they must be fixed: the ID read off the question */
		{ "## Failed questions\n\n| Question | Pillar | Risk | Must fix before "
		  "launch |\n|---|---|---|---|\n| REL-02 Multi-AZ? | Reliability | High "
		  "| Yes |\n| OPS-04 Runbooks? | Ops | Medium | No |\n", 2, 1, "REL-02" },
		/* Russian (capitals folded), Turkish (no: "Hayır"), Vietnamese */
		{ "## \xD0\x97\xD0\xB0\xD0\xBC\xD0\xB5\xD1\x87\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F\n\n"
		  "| \xE2\x84\x96 | \xD0\x9A\xD1\x80\xD0\xB8\xD1\x82\xD0\xB8\xD1\x87\xD0\xBD"
		  "\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C | \xD0\x91\xD0\xBB\xD0\xBE\xD0\xBA\xD0\xB8"
		  "\xD1\x80\xD1\x83\xD1\x8E\xD1\x89\xD0\xB5\xD0\xB5 | \xD0\x9E\xD0\xBF\xD0\xB8"
		  "\xD1\x81\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5 |\n|---|---|---|---|\n"
		  "| 1 | \xD0\xA1\xD1\x80\xD0\xB5\xD0\xB4\xD0\xBD\xD1\x8F\xD1\x8F | \xD0\x94\xD0\xB0 | a |\n"
		  "| 2 | \xD0\x9D\xD0\xB8\xD0\xB7\xD0\xBA\xD0\xB0\xD1\x8F | \xD0\x9D\xD0\xB5\xD1\x82 | b |\n",
		  2, 1, "1" },
		{ "## Bulgular\n\n| No | \xC3\x96nem | Engelleyici | A\xC3\xA7\xC4\xB1klama |\n"
		  "|---|---|---|---|\n| 1 | Kritik | Evet | a |\n| 2 | Orta | Hay\xC4\xB1r | b |\n",
		  2, 1, "1" },
		/* tasks to clear blockers: a plan, kept as a table (no date,
		 * no status: no milestone either) */
		{ "## Critical blockers\n\n| Priority | Task | Effort | Owner |\n"
		  "|---|---|---|---|\n| P0-1 | Add migrations | 4h | Backend |\n", 0, 0, NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf text = PRR_BUF_INIT;
		prr_buf_addf(&text, "# R\n\n%s", cases[i].text);
		prr_review *r = text_as("2026-01-01.md", text.p, &d);
		CHECK(r != NULL);
		if (r) {
			int blocking = 0;
			for (size_t k = 0; k < r->n_findings; k++)
				blocking += r->findings[k].blocking;
			if ((int)r->n_findings != cases[i].n || blocking != cases[i].blocking)
				prr_test_fail(__FILE__, __LINE__, "case %zu: %zu findings, "
					      "%d blocking", i, r->n_findings, blocking);
			if (cases[i].id && r->n_findings)
				CHECK_STR(r->findings[0].id, cases[i].id);
			if (!cases[i].n)
				CHECK_INT((int)r->n_tables, 1);
		}
		prr_review_free(r);
		prr_buf_free(&text);
		prr_diags_free(&d);
	}
}

/* "Milestone | Date | Status" gives milestones with their days; "Step |
 * Action | Owner" of a runbook gives none; "Status by area" names no
 * component */
PRR_TEST(import_read__milestones_steps_and_areas)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# Release R26\n\n## Status by area\n\n| Area | RAG | Comment |\n"
		"|---|---|---|\n| Testing | Green | ok |\n| Perf | Amber | slow |\n\n"
		"## Milestones\n\n| Milestone | Date | Status |\n|---|---|---|\n"
		"| Code freeze | 2026-09-23 | \xE2\x9C\x85 Done |\n| Release | 2026-10-14 | Planned |\n\n"
		"## Runbook\n\n| Step | Action | Owner | Est. duration |\n|---|---|---|---|\n"
		"| 1 | Announce | Comms | 5 min |\n| 2 | Read-only | DBA | 2 min |\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT((int)r->n_milestones, 2);
		if (r->n_milestones == 2) {
			CHECK_STR(r->milestones[0].due, "2026-09-23");
			CHECK(r->milestones[0].done);
			CHECK(!r->milestones[1].done);
		}
		CHECK(r->n_components == 1 && strcmp(r->components[0].name, "Release R26") == 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* a component's name without its code span */
	d = (prr_diags)PRR_DIAGS_INIT;
	r = text_as("2026-01-01.md", "# R\n\n| Service | Status |\n|---|---|\n"
		    "| `page_views` | \xE2\x9C\x85 |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		CHECK_STR(r->components[0].name, "page_views");
		CHECK_INT((int)r->n_checklists, 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a heading with its ID is a finding, though its tag says "blocking";
 * the tag at its end leaves the title */
PRR_TEST(import_read__finding_headings_tagged_at_the_end)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n### F-01 \xE2\x80\x94 DNS cutover too slow (Critical, "
		"blocking)\norder-api took 41 min.\n\n### F-03 \xE2\x80\x94 Runbook outdated "
		"(Low, non-blocking)\nRefs.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].title, "DNS cutover too slow");
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
		CHECK(r->findings[0].blocking);
		CHECK_STR(r->findings[1].title, "Runbook outdated");
		CHECK(!r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Only PT-01 blocks launch." in prose makes that finding block; "Blocks
 * cutover of x" in an item blocks, at the severity of the heading above */
PRR_TEST(import_read__blocking_said_in_prose)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n| ID | Title | Severity |\n|---|---|---|\n"
		"| PT-01 | IDOR | Critical |\n| PT-02 | No lockout | High |\n\n"
		"## Gate\n\nOnly PT-01 blocks launch. PT-02 must be fixed within 14 days.\n\n"
		"## Issues found\n\n### \xF0\x9F\x9F\xA0 High\n- **DQ-15** backfill OOMs. "
		"Blocks cutover of user_profiles.\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK(r->findings[0].blocking);
		CHECK(!r->findings[1].blocking);
		CHECK_STR(r->findings[2].id, "DQ-15");
		CHECK(r->findings[2].severity == PRR_SEV_HIGH);
		CHECK(r->findings[2].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* findings in Italian and Korean; a table of findings resolved is none,
 * yet counted against what the document says it found; a legend's marks
 * make no checklist */
PRR_TEST(import_read__findings_in_other_words)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\nWe found 3 issues: 2 critical, 1 high.\n\n## Legend\n\n"
		"- \xE2\x9C\x85 pass \xE2\x80\x94 met\n- \xE2\x9D\x8C fail \xE2\x80\x94 not met\n\n"
		"## Rilievi\n\n1. **Critico \xE2\x80\x94 bloccante:** nessun timeout.\n"
		"2. **Basso:** documentazione incompleta.\n\n"
		"## \xEB\xB0\x9C\xEA\xB2\xAC \xEC\x82\xAC\xED\x95\xAD\n\n"
		"- **[\xEB\x86\x92\xEC\x9D\x8C]** a\n- **[\xEB\x82\xAE\xEC\x9D\x8C]** b\n\n"
		"## Findings\n\n| ID | Title | Severity | Resolved in |\n|---|---|---|---|\n"
		"| ID-1 | single node | Critical | `a.tf` |\n", &d);
	CHECK(r && r->n_findings == 4);
	CHECK(r && r->n_checklists == 0);
	if (r && r->n_findings == 4) {
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
		CHECK(r->findings[0].blocking);
		CHECK(r->findings[1].severity == PRR_SEV_LOW);
		CHECK(r->findings[2].severity == PRR_SEV_HIGH);
		CHECK(r->findings[3].severity == PRR_SEV_LOW);
	}
	for (size_t i = 0; r && i < r->n_audit; i++)
		if (strcmp(r->audit[i].claim, "critical findings") == 0)
			CHECK(r->audit[i].agrees); /* 1 open + 1 resolved */
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Findings:" alone on its line leads its list, as "**Findings:**" does */
PRR_TEST(import_read__a_plain_label_leads_its_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Service B\n\nFindings:\n- Critical (blocking): no autoscaling\n"
		"- Medium (non-blocking): cost dashboard missing\n\nNotes:\n- a\n- b\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
		CHECK(r->findings[0].blocking);
		CHECK(!r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**Blocks launch:** Yes" under a finding's heading */
PRR_TEST(import_read__a_finding_field_says_it_blocks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n### SR-1: XSS in search\n- **Severity:** Critical\n"
		"- **Blocks launch:** No (fixed and verified)\n\n### SR-2: IDOR on invoices\n"
		"- **Severity:** High\n- **Blocks launch:** Yes\n\n### SR-3: Old TLS\n"
		"- **Severity:** Critical\n- **Status:** Fixed\n", &d);
	/* SR-3, fixed, is over */
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(!r->findings[0].blocking);
		CHECK(r->findings[1].blocking);
		CHECK_STR(r->findings[1].id, "SR-2");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a list whose every item states its severity in words is findings,
 * under any heading */
PRR_TEST(import_read__items_that_state_their_severity)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Things that worried us\n\n- The ETL has no late alert. "
		"Medium severity; not a\n  blocker because dashboards are checked.\n"
		"- Schema changes are not contract-tested. Low severity.\n\n"
		"## Notes\n\n- High availability is set up.\n- Severity levels follow "
		"the wiki.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(r->findings[0].severity == PRR_SEV_MEDIUM);
		CHECK(!r->findings[0].blocking);
		CHECK(r->findings[1].severity == PRR_SEV_LOW);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* questions answered: a checklist item where a mark judges the answer;
 * unjudged, the narrative's (a "yes" is not always good), never a field
 * named "Q" */
PRR_TEST(import_read__questions_answered_and_judged)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Architecture\n\n**Q: What is the request flow?**\n"
		"A: GFE to backend.\n\n## Failure modes\n\n**Q: Is there a single "
		"point of failure?**\nA: The export worker, one region. \xE2\x9D\x8C\n\n"
		"**Q: What if Spanner is down?**\nA: It fails closed. \xE2\x9C\x85\n", &d);
	CHECK(r && r->n_checklists == 1);
	CHECK(r && r->n_fields == 0);
	if (r && r->n_checklists == 1) {
		const prr_checklist *cl = &r->checklists[0];
		CHECK_STR(cl->title, "Failure modes");
		CHECK_INT((int)cl->n_items, 2);
		if (cl->n_items == 2) {
			CHECK_STR(cl->items[0].text, "Is there a single point of failure?");
			CHECK(cl->items[0].status == PRR_FAIL);
			CHECK(cl->items[1].status == PRR_PASS);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a legend defines a mark prr's own do not know (⚪ not yet assessed;
 * ⚫ not needed, as a list); it cannot redefine ✅ */
PRR_TEST(import_read__a_legend_defines_its_marks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Legend\n\n| Symbol | Meaning |\n|---|---|\n"
		"| \xE2\x9A\xAA | Not yet assessed |\n| \xE2\x9C\x85 | fail |\n\n"
		"## Key\n\n- \xE2\x9A\xAB not applicable\n\n## Status\n\n"
		"| Component | Security | Docs | Tests |\n|---|---|---|---|\n"
		"| Tiles | \xE2\x9A\xAA | \xE2\x9A\xAB | \xE2\x9C\x85 |\n"
		"| Edge | \xE2\x9C\x85 | \xE2\x9C\x85 | \xE2\x9C\x85 |\n"
		"| Core | \xE2\x9D\x8C | \xE2\x9C\x85 | \xE2\x9C\x85 |\n", &d);
	CHECK(r && r->n_components == 3);
	if (r && r->n_components == 3 && r->components[0].n_checks == 3) {
		CHECK(r->components[0].checks[0].status == PRR_PENDING);
		CHECK(r->components[0].checks[1].status == PRR_NA);
		CHECK(r->components[0].checks[2].status == PRR_PASS);
	} else {
		CHECK(false);
	}
	CHECK(r && r->n_checklists == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a code block's date or verdict (a template's, an example's) counts
 * only where nothing outside code states one */
PRR_TEST(import_read__code_states_only_what_nothing_else_does)
{
	static const struct {
		const char *text, *date;
		prr_level level;
	} cases[] = {
		{ "# R\n\nDate: 2026-01-02\n\n## Outcome\n\n```yaml\n"
		  "verdict: not-ready\n```\n\n**Go.**\n",
		  "2026-01-02", PRR_LEVEL_READY },
		{ "# R\n\n## Template\n\n```markdown\n**Verdict:** NOT READY\n"
		  "Date: 2025-12-01\n```\n\nReviewed on 2026-01-05.\n\n"
		  "## Outcome\n\n**Conditional go**: publish with the fixes.\n",
		  "2026-01-05", PRR_LEVEL_PARTIAL },
		/* a boxed summary in code, and nothing else */
		{ "# R\n\n```\n+--------------------+\n| Fecha: 2026-02-03  |\n"
		  "| Estado: NOT READY  |\n+--------------------+\n```\n",
		  "2026-02-03", PRR_LEVEL_NOT_READY },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("r.md", cases[i].text, &d);
		CHECK(r && r->date && strcmp(r->date, cases[i].date) == 0);
		CHECK(r && r->level == cases[i].level);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* a heading that names what its table lists, or the review itself, is
 * no component: the checks are the title's */
PRR_TEST(import_read__a_heading_of_the_table_is_no_component)
{
	static const char *const headings[] = {
		"Areas", "Current review (R4)", "Readiness criteria for full cutover",
		"Status by area", "Assessment", "Readiness summary", "SLOs",
		"Pr\xC3\xBC" "fergebnisse", "Evaluaci\xC3\xB3" "n por rubro",
	};
	for (size_t i = 0; i < sizeof headings / sizeof headings[0]; i++) {
		char text[256];
		snprintf(text, sizeof text, "# Gateway\n\nText.\n\n## %s\n\n"
			 "| %s | Status |\n|---|---|\n| Push | \xE2\x9C\x85 |\n"
			 "| Mail | \xE2\x9D\x8C |\n", headings[i],
			 i % 2 ? "Workstream" : "Area");
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", text, &d);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1)
			CHECK_STR(r->components[0].name, "Gateway");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* a matrix of categories by components is read the right way round;
 * "Aspect | Documented | Verified" stays a component a row */
PRR_TEST(import_read__a_matrix_of_checks_by_components)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# App 4.2\n\n## Gates\n\n| Check | iOS | Android | Web |\n"
		"|---|---|---|---|\n| Crash-free | \xE2\x9C\x85 | \xE2\x9D\x8C | N/A |\n"
		"| Store review | \xE2\x9C\x85 | \xE2\x8F\xB3 | N/A |\n"
		"| **Overall** | GO | NO-GO | GO |\n", &d);
	CHECK(r && r->n_components == 3);
	if (r && r->n_components == 3) {
		CHECK_STR(r->components[1].name, "Android");
		CHECK(r->components[1].n_checks == 2);
		if (r->components[1].n_checks == 2) {
			CHECK_STR(r->components[1].checks[0].category, "Crash-free");
			CHECK(r->components[1].checks[0].status == PRR_FAIL);
			CHECK(r->components[1].checks[1].status == PRR_PENDING);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = text_as("2026-01-01.md",
		"# R\n\n| Aspect | Documented | Verified |\n|---|---|---|\n"
		"| Agents | \xE2\x9C\x85 | \xE2\x9D\x8C |\n"
		"| Testing | \xE2\x9C\x85 | \xE2\x9D\x8C |\n", &d);
	CHECK(r && r->n_components == 2 && strcmp(r->components[0].name, "Agents") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Category | Previous | Current": the current column is the status */
PRR_TEST(import_read__the_current_column_of_a_comparison)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# Identity\n\n## Category status\n\n| Category | Previous "
		"(2026-02-10) | Current | Notes |\n|---|---|---|---|\n"
		"| Keys | \xE2\x9D\x8C Fail | \xE2\x9C\x85 Pass | Moved to KMS |\n"
		"| Audit | \xE2\x9D\x8C Fail | \xE2\x9A\xA0\xEF\xB8\x8F Partial | "
		"Admin actions missing |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		const prr_component *c = &r->components[0];
		CHECK_STR(c->name, "Identity");
		CHECK(c->n_checks == 2);
		if (c->n_checks == 2) {
			CHECK(c->checks[0].status == PRR_PASS);
			CHECK(c->checks[1].status == PRR_PARTIAL);
			CHECK(c->checks[0].note && strcmp(c->checks[0].note, "Moved to KMS") == 0);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a component in two tables is one, with the checks of both; a category
 * both state is the later table's ("After remediation" below "Before") */
PRR_TEST(import_read__a_component_named_twice_is_one)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## A\n\n| Component | Security | Docs |\n|---|---|---|\n"
		"| API | \xE2\x9C\x85 | \xE2\x9D\x8C |\n| Web | \xE2\x9C\x85 | "
		"\xE2\x9C\x85 |\n\n## B\n\n| Component | Tests | Docs |\n|---|---|---|\n"
		"| api | \xE2\x9D\x8C | \xE2\x9C\x85 |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_STR(r->components[0].name, "API");
		CHECK(r->components[0].n_checks == 3); /* Docs once: the later */
		CHECK(r->n_audit == 0);
		if (r->components[0].n_checks == 3) {
			CHECK_STR(r->components[0].checks[2].category, "Tests");
			CHECK(r->components[0].checks[1].status == PRR_PASS);
		}
		CHECK_STR(r->components[1].name, "Web");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Y", "N" and "Y*[^1]" answer "Met?"; a count stated against items
 * prr cannot read is not audited */
PRR_TEST(import_read__yes_no_answers_and_unread_items)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Criteria\n\n| Criterion | Met? |\n|---|---|\n"
		"| SLO met | Y |\n| Latency | Y*[^1] |\n| Failover | N[^2] |\n"
		"| Cost | n |\n\n2 of 4 criteria met.\n", &d);
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 4) {
		const prr_checkitem *it = r->checklists[0].items;
		CHECK(it[0].status == PRR_PASS && it[1].status == PRR_PASS &&
		      it[2].status == PRR_FAIL && it[3].status == PRR_FAIL);
	} else {
		CHECK(false);
	}
	CHECK(r && r->n_audit == 1 && r->audit[0].agrees);
	prr_review_free(r);
	prr_diags_free(&d);
	r = text_as("2026-01-01.md",
		"# R\n\n## Criteria\n\n| Criterion | Met? |\n|---|---|\n"
		"| SLO met | Sort of |\n| Latency | Y |\n| Failover | N |\n"
		"\n2 of 3 criteria met.\n", &d);
	CHECK(r && r->n_audit == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| **Overall** | all | 2 FAIL, 2 PENDING | **NO-GO** |": the verdict,
 * whatever its other cells say; "Overall readiness" stays a criterion */
PRR_TEST(import_read__an_overall_row_with_more_cells)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n| Gate | Owner | Evidence | Result |\n|---|---|---|---|\n"
		"| Threat model | @sec | done | PASS |\n| Load test | @perf | 1.6x | FAIL |\n"
		"| Overall readiness | @sre | 98% | PASS |\n"
		"| **Overall** | all | 1 FAIL | **NO-GO** |\n", &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 3);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a threat model: the threat is the risk, its residual risk its level
 * (likelihood and impact are what it was judged by) */
PRR_TEST(import_read__a_threat_model_table)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n| ID | STRIDE | Threat | Likelihood | Impact | Mitigation "
		"| Residual risk |\n|---|---|---|---|---|---|---|\n"
		"| T-01 | Spoofing | Forged webhook from a PSP | Medium | High | "
		"HMAC checked | Low |\n| T-04 | Disclosure | Card data leaks into "
		"logs | Low | High | Redaction | Medium |\n", &d);
	CHECK(r && r->n_risks == 2);
	if (r && r->n_risks == 2) {
		CHECK_STR(r->risks[0].title, "T-01: Forged webhook from a PSP");
		CHECK(r->risks[0].level == PRR_SEV_LOW);
		CHECK(r->risks[1].level == PRR_SEV_MEDIUM);
		CHECK_STR(r->risks[1].mitigation, "Redaction");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* headings under "## Components" that state a status after a dash, in
 * marks or words: components of that status; "At risk" is a status, its
 * bullets no risks */
PRR_TEST(import_read__component_headings_with_a_dashed_status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Components\n\n### Job API \xE2\x80\x94 \xE2\x9C\x85 Ready\n\n"
		"- fine\n\n### Workers \xE2\x80\x94 \xE2\x9A\xA0\xEF\xB8\x8F At risk\n\n"
		"- Throughput 4.6x per dollar\n\n### GPU pool \xE2\x80\x94 Not ready\n\n"
		"- one region\n\n### Notes on the rollout plan\n\n- text\n", &d);
	CHECK(r && r->n_components == 3);
	static const prr_status want[] = { PRR_PASS, PRR_PARTIAL, PRR_FAIL };
	static const char *const names[] = { "Job API", "Workers", "GPU pool" };
	for (size_t i = 0; r && i < r->n_components && i < 3; i++) {
		CHECK_STR(r->components[i].name, names[i]);
		CHECK(r->components[i].status == want[i]);
	}
	CHECK(r && r->n_risks == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* controls tested ("Control ID | … | Owner | Result"): a check each by
 * its ID, rated Effective, Deficient or Not tested; not tasks of owners */
PRR_TEST(import_read__controls_tested_are_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# SOC 2 readiness\n\n## Control results\n\n| Control ID | Criteria | "
		"Control description | Owner | Result |\n|---|---|---|---|---|\n"
		"| CC1.4 | Security | Background checks | People Ops | Effective |\n"
		"| CC2.2 | Security | Training | People Ops | Deficient |\n"
		"| CC7.4 | Security | IR plan tested | SecOps | Not tested |\n", &d);
	CHECK(r && r->n_milestones == 0);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1 && r->components[0].n_checks == 3) {
		const prr_component *c = &r->components[0];
		CHECK_STR(c->name, "SOC 2 readiness");
		CHECK_STR(c->checks[1].category, "CC2.2");
		CHECK(c->checks[0].status == PRR_PASS && c->checks[1].status == PRR_FAIL &&
		      c->checks[2].status == PRR_PENDING);
	} else {
		CHECK(false);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* experiments of a game day: their results, not their action items */
PRR_TEST(import_read__experiments_and_their_results)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# Game day\n\n## Experiments\n\n| # | Experiment | Hypothesis | Result "
		"| Action items |\n|---|---|---|---|---|\n| E1 | Kill a pod | No page "
		"| Confirmed | \xE2\x80\x94 |\n| E2 | Add latency | Breaker opens | "
		"Refuted | Fix the timeout |\n| E3 | Evacuate | Drains | Not run | "
		"\xE2\x80\x94 |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1 && r->components[0].n_checks == 3) {
		const prr_check *k = r->components[0].checks;
		CHECK_STR(k[1].category, "E2");
		CHECK(k[0].status == PRR_PASS && k[1].status == PRR_FAIL &&
		      k[2].status == PRR_PENDING);
	} else {
		CHECK(false);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* under "## Recommendation" or "## Decision": a verdict that leads into
 * its terms, after a colon or in bold before a list */
PRR_TEST(import_read__a_verdict_that_leads_into_its_terms)
{
	static const struct { const char *text; prr_level level; } cases[] = {
		{ "# R\n\n## Recommendation\n\nReady with caveats: cut over only "
		  "after alerting is live.\n", PRR_LEVEL_PARTIAL },
		{ "# R\n\n## Decision\n\nLaunch ramp **approved with conditions**:"
		  "\n\n1. a\n2. b\n", PRR_LEVEL_PARTIAL },
		{ "# R\n\n## Decision\n\n**Not ready**: two blockers remain.\n",
		  PRR_LEVEL_NOT_READY },
		{ "# R\n\n## TL;DR\n\nNot ready. Two P1 blockers.\n",
		  PRR_LEVEL_NOT_READY },
		/* a bare verdict opening a concluding section's paragraph */
		{ "# R\n\n## Readiness for multi-region\n\nNot yet. E6 has to run "
		  "and pass first.\n", PRR_LEVEL_NOT_READY },
		{ "# R\n\n## Summary\n\nWe shipped. Not ready items remain in the "
		  "backlog.\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\n**Freigabe: erteilt unter Auflagen**\n", PRR_LEVEL_PARTIAL },
		/* under "## Overall", a verdict opening with its mark */
		{ "# R\n\nText.\n\n## Overall\n\n\xE2\x9D\x8C Not ready for the Q4 "
		  "freeze sign-off: 2 red items.\n", PRR_LEVEL_NOT_READY },
		{ "# R\n\nText.\n\n## Overall\n\n\xE2\x9D\x8C Not ready for the Q4 "
		  "freeze sign-off. Two red items.\n", PRR_LEVEL_NOT_READY },
		/* a tally of votes, and the result it leads to */
		{ "# R\n\n## Vote\n\nResult: 5 Go, 1 No-Go, 1 Abstain \xE2\x86\x92 GO\n",
		  PRR_LEVEL_READY },
		{ "# R\n\nResult: 2 Go, 4 No-Go \xE2\x86\x92 NO-GO\n", PRR_LEVEL_NOT_READY },
		{ "# R\n\n## Vote\n\nVotes: 5 Go, 1 No-Go.\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\n**Security sign-off: WITHHELD**\n\n## Decision\n\n"
		  "Not ready.\n", PRR_LEVEL_NOT_READY },
		/* a lead-in that names no verdict in bold states none */
		{ "# R\n\n## Decision\n\nBefore we decide, we need:\n\n- a\n- b\n",
		  PRR_LEVEL_UNKNOWN },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", cases[i].text, &d);
		if (!r || r->level != cases[i].level)
			prr_test_fail(__FILE__, __LINE__, "case %zu: level %d", i,
				      r ? (int)r->level : -1);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* a verdict in a callout: its words without the callout's marker; not
 * ready in one region and go in another is a split decision */
PRR_TEST(import_read__a_verdict_in_a_callout)
{
	static const struct { const char *text, *status; prr_level level; } cases[] = {
		{ "# R\n\n## Verdict\n\n> [!CAUTION]\n> **Not ready for production in "
		  "eu-west-1.** Go for us-east-1 only.\n",
		  "Not ready for production in eu-west-1. Go for us-east-1 only.",
		  PRR_LEVEL_PARTIAL },
		{ "# R\n\n## Verdict\n\n!!! danger \"Not ready for GA\"\n"
		  "    GA is not approved.\n",
		  "Not ready for GA. GA is not approved.", PRR_LEVEL_NOT_READY },
		{ "# R\n\n## Verdict\n\nNot ready in time for the launch.\n",
		  "Not ready in time for the launch.", PRR_LEVEL_NOT_READY },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", cases[i].text, &d);
		CHECK(r && r->level == cases[i].level);
		if (r && r->status_text)
			CHECK_STR(r->status_text, cases[i].status);
		else
			CHECK(false);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* under a heading of risks, a heading over fields only ("- **Risk:**
 * High", "- **Finding:** …", "- **Improvement plan:** …") is one risk */
PRR_TEST(import_read__a_heading_over_the_fields_of_a_risk)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## High risk issues\n\n### OPS 4 \xE2\x80\x94 Observability\n"
		"- **Risk:** High\n- **Finding:** No tracing.\n"
		"- **Improvement plan:** Enable X-Ray.\n\n### SEC 8 \xE2\x80\x94 Data at rest\n"
		"- **Risk:** Medium\n- **Finding:** SSE-S3 only.\n\n"
		"## Confidence\n\n- **Risk Level:** LOW\n- **Duration:** 8 hours\n", &d);
	CHECK(r && r->n_risks == 2);
	if (r && r->n_risks == 2) {
		CHECK_STR(r->risks[0].title, "OPS 4 \xE2\x80\x94 Observability");
		CHECK(r->risks[0].level == PRR_SEV_HIGH && r->risks[1].level == PRR_SEV_MEDIUM);
		CHECK(r->risks[0].mitigation && strcmp(r->risks[0].mitigation, "Enable X-Ray.") == 0);
		CHECK(r->risks[1].mitigation == NULL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* IDs with digits in their key ("A11Y-101"); a table of counts by
 * severity that says which block makes those findings blockers */
PRR_TEST(import_read__ids_with_digits_and_severities_that_block)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Issues by severity\n\n| Severity | Count | Release blocker? |\n"
		"|---|---|---|\n| Critical | 1 | Yes |\n| Serious | 1 | No \xE2\x80\x94 plan "
		"required |\n\n## Critical issues\n\n1. **A11Y-101 \xE2\x80\x94 Form labels "
		"(1.3.1).** Fix them.\n\n## Serious issues\n\n1. **A11Y-201 \xE2\x80\x94 "
		"Contrast.** Fix it.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "A11Y-101");
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL && r->findings[0].blocking);
		CHECK_STR(r->findings[1].id, "A11Y-201");
		CHECK(!r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Both gaps block GA." right after a list of findings: each blocks */
PRR_TEST(import_read__a_sentence_that_makes_a_list_block)
{
	static const struct { const char *after; bool blocking; } cases[] = {
		{ "Both gaps block GA.", true },
		{ "All of these are blocking for the launch.", true },
		{ "Neither blocks GA.", false },
		{ "They do not block the launch.", false },
		{ "Both are tracked in Jira.", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char text[512];
		snprintf(text, sizeof text, "# R\n\n## Findings\n\n1. **IDN-40 (High)** "
			 "\xE2\x80\x94 Schedule the forecast.\n2. **IDN-41 (High)** \xE2\x80\x94 "
			 "Run a game day.\n\n%s\n", cases[i].after);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", text, &d);
		CHECK(r && r->n_findings == 2);
		/* titled without the severity and the dash after it */
		CHECK(r && r->n_findings == 2 &&
		      strcmp(r->findings[0].title, "Schedule the forecast.") == 0);
		for (size_t f = 0; r && f < r->n_findings; f++)
			if (r->findings[f].blocking != cases[i].blocking)
				prr_test_fail(__FILE__, __LINE__, "case %zu: finding %zu",
					      i, f);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* findings with IDs whose text opens "Web: 3 …" are no tally; a green
 * circle in a ladder of circles is a low finding, not a strength */
PRR_TEST(import_read__a_ladder_of_findings_by_circle)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Issues\n\n"
		"- \xF0\x9F\x94\xB4 **WF-1** \xE2\x80\x94 Android: OOM crash. Blocker.\n"
		"- \xF0\x9F\x9F\xA0 **WF-2** \xE2\x80\x94 Android: 8 regression failures.\n"
		"- \xF0\x9F\x9F\xA1 **WF-3** \xE2\x80\x94 Web: 3 contrast failures.\n"
		"- \xF0\x9F\x9F\xA2 **WF-4** \xE2\x80\x94 iOS: notes untranslated.\n\n"
		"## Strengths\n\n- \xE2\x9C\x85 Backups tested\n", &d);
	CHECK(r && r->n_findings == 4);
	static const prr_severity want[] = { PRR_SEV_CRITICAL, PRR_SEV_HIGH,
					     PRR_SEV_MEDIUM, PRR_SEV_LOW };
	for (size_t i = 0; r && i < r->n_findings && i < 4; i++)
		CHECK(r->findings[i].severity == want[i]);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a template's instructions left in a blockquote state nothing: not its
 * choices of verdict, not its example rows; a quote of the text does */
PRR_TEST(import_read__a_templates_instructions_state_nothing)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# PRR \xE2\x80\x94 Reporting API\n\n> **How to use this template**\n>\n"
		"> Fill in every section. Delete this block before publishing.\n>\n"
		"> - Verdict: one of GO, CONDITIONAL GO, NO-GO.\n>\n"
		"> | Category | Status |\n> |---|---|\n> | Example 2 | \xE2\x9D\x8C |\n\n"
		"## Checks\n\n| Category | Status |\n|---|---|\n| Alerting | \xE2\x9C\x85 |\n\n"
		"> **Verdict:** CONDITIONAL GO\n", &d);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a readiness asked and answered, a RAG status in one letter; an
 * area's RAG is its own */
PRR_TEST(import_read__readiness_answered_and_rag_letters)
{
	static const struct { const char *text; prr_level level; } cases[] = {
		{ "# R\n\n## Criteria\n\nText.\n\nReady for 100%: **No**\n",
		  PRR_LEVEL_NOT_READY },
		{ "# R\n\nReady for production: Yes.\n", PRR_LEVEL_READY },
		{ "# R\n\n**Overall RAG: A**\n", PRR_LEVEL_PARTIAL },
		{ "# R\n\nRAG status: G\n", PRR_LEVEL_READY },
		{ "# R\n\n**3. Resilience \xE2\x80\x94 RAG: A**\n", PRR_LEVEL_UNKNOWN },
		{ "# R\n\nReady items: 4\n", PRR_LEVEL_UNKNOWN },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", cases[i].text, &d);
		if (!r || r->level != cases[i].level)
			prr_test_fail(__FILE__, __LINE__, "case %zu: level %d", i,
				      r ? (int)r->level : -1);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* a document whose headings are numbered lines in bold, its title a
 * first line in bold: those are its headings (and its lines stay its
 * own); findings by their outline number; a verdict in bold over a plain
 * sentence before it */
PRR_TEST(import_read__headings_written_in_bold)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"**READINESS REVIEW \xE2\x80\x94 ROUTING ENGINE**\n\n"
		"**1. Scope**\n\nThree components.\n\n**2.1 Route Planner**\n\n"
		"Text.\n\n**3. Findings**\n\n"
		"3.1 **WRE-F3 (Critical, blocking)** \xE2\x80\x94 Slot reservations lost.\n\n"
		"3.2 **WRE-F4 (Medium, non-blocking)** \xE2\x80\x94 p99 over target.\n\n"
		"**4. Conclusion**\n\n4.1 The Route Planner is ready.\n\n"
		"4.2 So the **overall verdict is\nNOT READY**.\n", &d);
	CHECK(r != NULL);
	if (!r)
		return;
	CHECK_STR(r->title, "READINESS REVIEW \xE2\x80\x94 ROUTING ENGINE");
	CHECK(r->n_sections == 5);
	if (r->n_sections == 5) {
		CHECK_STR(r->sections[2].heading, "2.1 Route Planner");
		CHECK(r->sections[2].level == 3 && r->sections[2].line == 7);
	}
	CHECK(r->n_findings == 2);
	if (r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "WRE-F3");
		CHECK_STR(r->findings[0].title, "Slot reservations lost.");
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL && r->findings[0].blocking);
		CHECK(!r->findings[1].blocking);
	}
	CHECK(r->level == PRR_LEVEL_NOT_READY);
	prr_review_free(r);
	prr_diags_free(&d);
	/* with a Markdown heading of its own, bold lines stay bold */
	r = text_as("2026-01-01.md", "# R\n\n**1. Scope**\n\nText.\n\n**2. Plan**\n\nText.\n", &d);
	CHECK(r && r->n_sections == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* the mean of the dimensions to two decimals: "7.25" is not "7.2" */
PRR_TEST(import_read__the_mean_of_dimensions_to_two_decimals)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n**Overall: 7.25/10**\n\n## Scores\n\n| Dimension | Score |\n"
		"|---|---|\n| Security | 7/10 |\n| Reliability | 8/10 |\n"
		"| Operability | 6.5/10 |\n| Docs | 7.5/10 |\n", &d);
	bool found = false;
	for (size_t i = 0; r && i < r->n_audit; i++)
		if (strstr(r->audit[i].claim, "mean")) {
			found = true;
			CHECK_STR(r->audit[i].computed, "7.25/10");
			CHECK(r->audit[i].agrees);
		}
	CHECK(found);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* items whose status ends them in a parenthesis: "Backups (done)", its
 * note after the status; a parenthesis of no status is the item's text */
PRR_TEST(import_read__a_status_in_parentheses)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Operations\n\n- Backups (done)\n- DR drill (not started)\n"
		"- Restore, timed (done \xE2\x80\x94 3h 12m, SLA is 12h)\n"
		"- Log shipping (blocked \xE2\x80\x94 waiting for the SIEM team)\n\n"
		"## Stack\n\n- Kafka (v3.2)\n- Redis (managed)\n", &d);
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 4) {
		const prr_checkitem *it = r->checklists[0].items;
		CHECK_STR(it[0].text, "Backups");
		CHECK(it[0].status == PRR_PASS && it[1].status == PRR_PENDING &&
		      it[2].status == PRR_PASS && it[3].status == PRR_FAIL);
		CHECK(it[2].note && strcmp(it[2].note, "3h 12m, SLA is 12h") == 0);
		CHECK(it[3].note && strcmp(it[3].note, "waiting for the SIEM team") == 0);
	} else {
		CHECK(false);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a gate's GO / NO-GO alone in its cell; a mark after a colon, in its
 * text presentation too ("✔︎", U+FE0E) */
PRR_TEST(import_read__gate_answers_and_marks_after_a_colon)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Criteria\n\n| Criterion | Threshold | Measured | Go/No-Go |\n"
		"|---|---|---|---|\n| Replication lag | < 5 s | 2 s | GO |\n"
		"| Restore time | < 1 h | 3 h | NO-GO |\n\n## On-call\n\n"
		"- Paging tested: \xE2\x9C\x94\xEF\xB8\x8E (twice)\n"
		"- Escalation: \xE2\x9D\x8C (no secondary)\n", &d);
	CHECK(r != NULL);
	bool gates = false, oncall = false;
	for (size_t i = 0; r && i < r->n_components; i++)
		for (size_t k = 0; k < r->components[i].n_checks; k++)
			if (strcmp(r->components[i].checks[k].category, "Restore time") == 0)
				gates = r->components[i].checks[k].status == PRR_FAIL &&
					r->components[i].checks[0].status == PRR_PASS;
	for (size_t c = 0; r && c < r->n_checklists; c++) {
		const prr_checklist *l = &r->checklists[c];
		if (l->n_items == 2 && strcmp(l->items[0].text, "Paging tested") == 0)
			oncall = l->items[0].status == PRR_PASS && l->items[1].status == PRR_FAIL;
		if (l->n_items == 2 && strcmp(l->items[0].text, "Replication lag") == 0)
			gates = l->items[0].status == PRR_PASS && l->items[1].status == PRR_FAIL;
	}
	CHECK(gates);
	CHECK(oncall);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a registry's address, an image or a chart is no file of the repository */
PRR_TEST(import_read__addresses_that_are_no_files)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\nThe module (registry: `acme/network/aws`) ships the image "
		"`ghcr.io/acme/api` and the chart `charts/api`; its tests are in "
		"`test/network_test.go`.\n", &d);
	size_t files = 0;
	for (size_t i = 0; r && i < r->n_evidence; i++) {
		CHECK(strcmp(r->evidence[i].path, "acme/network/aws") != 0);
		CHECK(strcmp(r->evidence[i].path, "charts/api") != 0);
		files += strcmp(r->evidence[i].path, "test/network_test.go") == 0;
	}
	CHECK(files == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a pull request's review signed off: its day and its word */
PRR_TEST(import_read__a_pull_requests_review_signed_off)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("r.md",
		"## Release: billing 4.2.0\n\n### Checklist\n\n- [x] Changelog\n"
		"- [ ] Finance sign-off\n\n---\n\n"
		"**Review (@dkim, Billing tech lead), 2026-07-15:** Approved.\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-07-15") == 0);
	CHECK(r && r->level == PRR_LEVEL_READY);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a review's day named in prose is none */
	r = text_as("r.md", "# R\n\nReview of the 2026-07-15 incident: done.\n", &d);
	CHECK(r == NULL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* boxes under "## Blockers": those not ticked are open blockers */
PRR_TEST(import_read__boxes_under_blockers)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Blockers\n\n- [ ] writer: alert on insert failures\n"
		"- [x] enricher: load test\n- [ ] writer: runbook for disk-full\n\n"
		"## Follow-ups\n\n- [ ] dashboards\n"
		"- [ ] PLAT-1234 Fix retries (P1, blocker)\n"
		"- [ ] PLAT-1250 DLQ retention (P2)\n- [x] PLAT-1260 Logging (P1, blocker)\n", &d);
	CHECK(r && r->n_findings == 3);
	for (size_t i = 0; r && i < r->n_findings; i++)
		CHECK(r->findings[i].blocking);
	CHECK(r && r->n_checklists == 2);
	CHECK(r && r->n_findings == 3 && strcmp(r->findings[2].id, "PLAT-1234") == 0 &&
	      r->findings[2].severity == PRR_SEV_HIGH);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a table per service under its heading; "Readiness areas" names none;
 * "Blocks GA." blocks; of likelihood and impact no one level is stated */
PRR_TEST(import_read__tables_per_service_and_risk_levels)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# Ledger\n\n## Readiness areas\n\n| Area | Status |\n|---|---|\n"
		"| Backups | \xE2\x9C\x85 |\n\n## Services\n\n### checkout-api\n\n"
		"| Dimension | Status | Comment |\n|---|---|---|\n| Latency | \xE2\x9C\x85 | ok |\n"
		"| Errors | \xE2\x9D\x8C | 2% |\n\n## Findings\n\n"
		"- **LED-1** Replica lag alert missing. Severity: High. Blocks GA.\n"
		"- **LED-2** Docs stale. Severity: Low.\n\n## Risks\n\n"
		"| Risk | Likelihood | Impact | Mitigation |\n|---|---|---|---|\n"
		"| Proration bug | Low | High | Flag |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_STR(r->components[0].name, "Ledger");
		CHECK_STR(r->components[1].name, "checkout-api");
		CHECK(r->components[1].n_checks == 2);
	}
	CHECK(r && r->n_findings == 2 && r->findings[0].blocking && !r->findings[1].blocking);
	CHECK(r && r->n_risks == 1 && r->risks[0].level == PRR_SEV_UNKNOWN);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Check | March | April | Notes": the latest month is the status */
PRR_TEST(import_read__a_series_of_months)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-04-09.md",
		"# Indexer\n\n| Check | March | April | Notes |\n|---|---|---|---|\n"
		"| Durability | \xE2\x9D\x8C | \xE2\x9C\x85 | fixed |\n"
		"| Runbook | \xE2\x9A\xA0\xEF\xB8\x8F | \xE2\x9A\xA0\xEF\xB8\x8F | draft |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1 && r->components[0].n_checks == 2) {
		CHECK_STR(r->components[0].name, "Indexer");
		CHECK(r->components[0].checks[0].status == PRR_PASS);
		CHECK(r->components[0].checks[1].status == PRR_PARTIAL);
	} else {
		CHECK(false);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Verdict: CONDITIONAL GO" over "Approved for the 5% pilot.": the
 * heading's word, not the paragraph's under it */
PRR_TEST(import_read__a_verdict_in_its_heading)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\nText.\n\n## Verdict: CONDITIONAL GO\n\nApproved for the 5% pilot. "
		"Going to 100% depends on the DR drill.\n", &d);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	CHECK(r && r->status_text && strcmp(r->status_text, "CONDITIONAL GO") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Status: Fixed in 4f2a9c1" on its own line under a finding's heading
 * closes it; "Status: Acceptable for now … ✅" does not */
PRR_TEST(import_read__a_finding_closed_by_a_status_line)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n### PGW-01 \xE2\x80\x94 Open redirect\n"
		"Severity: High\n\n### PGW-02 \xE2\x80\x94 JWT alg not pinned\n"
		"The verifier accepts the algorithm.\nStatus: Fixed in 4f2a9c1, verified\n\n"
		"### PGW-03 \xE2\x80\x94 CORS wildcard\n"
		"Status: Acceptable for development, but use strict CORS \xE2\x9C\x85\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "PGW-01");
		CHECK_STR(r->findings[1].id, "PGW-03");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a figure to reach is no score: "## Path to 80%", "Target: above 90%" */
PRR_TEST(import_read__a_figure_to_reach_is_no_score)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Path to 80%\n\nText.\n\n## Reliability (72%)\n\nText.\n\n"
		"## Conditions for 100%\n\nText.\n\n"
		"## Verdict\n\nNot ready. We will re-score once mTLS is on; expected to "
		"reach 21/25.\n", &d);
	CHECK(r && r->n_dimensions == 1 && r->n_scores == 0);
	if (r && r->n_dimensions == 1)
		CHECK_STR(r->dimensions[0].name, "Reliability");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a summary's count of a component's checks, beside a matrix of them:
 * audited against them, and no check of its own */
PRR_TEST(import_read__a_summary_count_of_a_matrix)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n| Service | Rules passed |\n|---|---|\n| api | 1/3 |\n| web | 2/3 |\n\n"
		"| Rule | api | web |\n|---|---|---|\n| Owner | \xE2\x9C\x85 | \xE2\x9C\x85 |\n"
		"| SLO | \xE2\x9C\x85 | \xE2\x9D\x8C |\n| Runbook | \xE2\x9D\x8C | \xE2\x9C\x85 |\n", &d);
	CHECK(r && r->n_components == 2);
	for (size_t i = 0; r && i < r->n_components; i++)
		CHECK(r->components[i].n_checks == 3);
	CHECK(r && r->n_audit == 2);
	if (r && r->n_audit == 2) {
		CHECK(!r->audit[0].agrees); /* api: 1/3 stated, 2 of 3 pass */
		CHECK(r->audit[1].agrees);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a log of decisions: its latest row is the verdict when it is of the
 * review's day; a history of earlier reviews is not */
PRR_TEST(import_read__a_log_of_decisions)
{
	static const struct { const char *text; const char *status; } cases[] = {
		{ "# R\n\nReview date: 2026-10-12\n\n**Status:** IN PROGRESS\n\n"
		  "## Decision log\n\n| Date | Decision | Decided by |\n|---|---|---|\n"
		  "| 2026-09-28 | NO-GO | Board |\n| 2026-10-12 | CONDITIONAL GO | Board |\n",
		  "CONDITIONAL GO" },
		{ "# R\n\nReview date: 2026-03-01\n\n## History\n\n| Review | Date | "
		  "Verdict |\n|---|---|---|\n| R1 | 2025-11-24 | NOT READY |\n"
		  "| R3 | 2026-01-28 | CONDITIONAL GO |\n\n## Current review\n\n"
		  "**Verdict (R4): NOT READY**\n", "Verdict (R4): NOT READY" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("r.md", cases[i].text, &d);
		CHECK(r && r->status_text);
		if (r && r->status_text && !strstr(r->status_text, "NOT READY") !=
		    !strstr(cases[i].status, "NOT READY"))
			prr_test_fail(__FILE__, __LINE__, "case %zu: %s", i, r->status_text);
		if (r && r->status_text && i == 0)
			CHECK_STR(r->status_text, cases[i].status);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "SLO | Target | Current | Status", "Bereich | Ergebnis", "Rubro |
 * Semáforo": tables of checks */
PRR_TEST(import_read__slo_bereich_and_semaforo_tables)
{
	static const struct { const char *head, *a, *b; prr_status sa, sb; } cases[] = {
		{ "| SLO | Target | Current | Status |\n|---|---|---|---|\n",
		  "| Availability | 99.9% | 99.94% | Healthy |\n",
		  "| Freshness | < 5 min | 11 min | Breaching |\n", PRR_PASS, PRR_FAIL },
		{ "| Bereich | Ergebnis | Bemerkung |\n|---|---|---|\n",
		  "| Lasttest | Teilweise erf\xC3\xBC" "llt | ok |\n",
		  "| Datenschutz | Nicht erf\xC3\xBC" "llt | DSFA |\n", PRR_PARTIAL, PRR_FAIL },
		{ "| Rubro | Sem\xC3\xA1" "foro | Comentarios |\n|---|---|---|\n",
		  "| Disponibilidad | Verde | ok |\n", "| Respaldo | Rojo | no |\n",
		  PRR_PASS, PRR_FAIL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char text[512];
		snprintf(text, sizeof text, "# Svc\n\n%s%s%s", cases[i].head, cases[i].a,
			 cases[i].b);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", text, &d);
		bool ok = r && r->n_components == 1 && r->components[0].n_checks == 2 &&
			  r->components[0].checks[0].status == cases[i].sa &&
			  r->components[0].checks[1].status == cases[i].sb;
		if (!ok)
			prr_test_fail(__FILE__, __LINE__, "case %zu", i);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* a column answered in marks only a legend defines is read through it;
 * an "Overall" column is the component's own status */
PRR_TEST(import_read__legend_marks_in_a_column_and_overall)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Legend\n\n| Mark | Meaning |\n|---|---|\n| \xF0\x9F\x9F\xA6 | "
		"Not applicable |\n| \xF0\x9F\x9F\xAA | Deferred |\n\n## Matrix\n\n"
		"| Service | SLO | Backups | DR test | Overall |\n|---|---|---|---|---|\n"
		"| Kafka | \xE2\x9C\x85 | \xF0\x9F\x9F\xA6 | \xF0\x9F\x9F\xAA | \xE2\x9C\x85 |\n"
		"| Lake | \xE2\x9C\x85 | \xE2\x9C\x85 | \xE2\x9D\x8C | \xE2\x9D\x8C |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		const prr_component *k = &r->components[0], *l = &r->components[1];
		CHECK(k->status == PRR_PASS && l->status == PRR_FAIL);
		CHECK(k->n_checks == 3 && l->n_checks == 3);
		if (k->n_checks == 3 && l->n_checks == 3) {
			CHECK(k->checks[1].status == PRR_NA);
			CHECK(k->checks[2].status == PRR_PENDING);
			CHECK(l->checks[2].status == PRR_FAIL);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a numbered finding with its fields as sub-bullets: the severity is
 * the finding's, not one more finding */
PRR_TEST(import_read__fields_of_a_finding_as_sub_bullets)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n1. Health checks only probe /healthz.\n"
		"   - Impact: traffic flows to a read-only region.\n   - Severity: Critical\n"
		"2. Config is pushed to all PoPs at once.\n   - Owner: @h\n   - Severity: High\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
		CHECK(r->findings[1].severity == PRR_SEV_HIGH);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a finding the text says was fixed is left out, counted as stated */
PRR_TEST(import_read__a_finding_said_fixed)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n| # | Finding | Severity | Blocks launch |\n|---|---|---|---|\n"
		"| 3.1 | No SMS failover | High | No |\n| 3.3 | APNs expiry unmonitored | High | Yes |\n"
		"| 3.4 | Docs stale | Low | No |\n\n"
		"**3.3** was fixed on 2026-11-02 and is kept here for the record. 3.4 was "
		"discussed.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "3.1");
		CHECK_STR(r->findings[1].id, "3.4");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a table of actions whose blocking cell says yes: open blockers too */
PRR_TEST(import_read__actions_that_block)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Actions\n\n| Nr. | Action | Owner | Blocking | Status |\n"
		"|---|---|---|---|---|\n| M-01 | Delete old data | Dana | Yes | open |\n"
		"| M-02 | Restore test | Sam | Yes | done |\n| M-03 | Add CSP | Kim | No | open |\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].id, "M-01");
		CHECK(r->findings[0].blocking);
	}
	CHECK(r && r->n_checklists + r->n_milestones >= 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* an HTML table is not read, and that is said */
PRR_TEST(import_read__an_html_table_is_said_unread)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n<table>\n<tr><td>Security</td><td>4/5</td></tr>\n</table>\n\n"
		"<details><summary>More</summary>text</details>\n", &d);
	CHECK(r != NULL);
	CHECK(md_said(&d, "not imported: an HTML table"));
	size_t n = 0;
	for (size_t i = 0; i < d.n; i++)
		n += strstr(d.v[i].message, "HTML table") != NULL;
	CHECK(n == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Korean: a verdict under 결론, a finding whose 상태 says 해결됨 */
PRR_TEST(import_read__korean_conclusion_and_resolved_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## \xEC\xA7\x80\xEC\xA0\x81 \xEC\x82\xAC\xED\x95\xAD\n\n"
		"| ID | \xEB\x82\xB4\xEC\x9A\xA9 | \xEC\xA4\x91\xEC\x9A\x94\xEB\x8F\x84 | "
		"\xEC\x83\x81\xED\x83\x9C |\n|---|---|---|---|\n"
		"| AG-1 | key rotation | \xEC\xB9\x98\xEB\xAA\x85\xEC\xA0\x81 | open |\n"
		"| AG-4 | retries | \xEB\x86\x92\xEC\x9D\x8C | \xED\x95\xB4\xEA\xB2\xB0\xEB\x90\xA8 |\n\n"
		"## \xEA\xB2\xB0\xEB\xA1\xA0\n\nAG-1 \xEC\xA0\x84\xEA\xB9\x8C\xEC\xA7\x80 "
		"**\xEC\xB6\x9C\xEC\x8B\x9C \xEB\xB6\x88\xEA\xB0\x80**.\n", &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	CHECK(r && r->n_findings == 1 && strcmp(r->findings[0].id, "AG-1") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* GitHub's shortcodes of the marks are the marks GitHub shows; in code
 * they stay text */
PRR_TEST(import_read__emoji_shortcodes_are_marks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Status\n\n"
		"| Component | Security | Docs | Tests | Load |\n|---|---|---|---|---|\n"
		"| Edge | :white_check_mark: | :x: | :warning: | :construction: |\n"
		"| Core | :heavy_check_mark: | :red_circle: | :yellow_circle: | "
		":hourglass_flowing_sand: |\n\n"
		"## Tasks\n\n- :white_check_mark: Backups\n- :x: Runbook\n"
		"- `:x:` is how we write a fail\n", &d);
	CHECK(r && r->n_components == 2);
	static const prr_status want[2][4] = {
		{ PRR_PASS, PRR_FAIL, PRR_PARTIAL, PRR_PENDING },
		{ PRR_PASS, PRR_FAIL, PRR_PARTIAL, PRR_PENDING },
	};
	for (size_t i = 0; r && i < r->n_components && i < 2; i++) {
		CHECK(r->components[i].n_checks == 4);
		for (size_t k = 0; k < r->components[i].n_checks && k < 4; k++)
			CHECK(r->components[i].checks[k].status == want[i][k]);
	}
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1) {
		const prr_checklist *l = &r->checklists[0];
		CHECK(l->n_items == 3);
		CHECK(l->n_items == 3 && l->items[0].status == PRR_PASS &&
		      l->items[1].status == PRR_FAIL &&
		      l->items[2].status == PRR_UNKNOWN);
		CHECK(l->n_items == 3 && strcmp(l->items[0].text, "Backups") == 0);
		CHECK(l->n_items == 3 && strstr(l->items[2].text, "`:x:`"));
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* the verdict's words as the document wraps them: the whole decision
 * paragraph, or the sentence its label opens */
PRR_TEST(import_read__verdict_text_across_lines)
{
	static const struct { const char *text, *status; } cases[] = {
		{ "# R\n\n## Decision\n\nApproved on condition that F-2 is fixed. "
		  "F-1 and F-3\nmay follow within 30 days.\n",
		  "Approved on condition that F-2 is fixed. F-1 and F-3 may follow "
		  "within 30 days." },
		{ "# R\n\nText.\n\n## Decision of this review\n\nThe board does not "
		  "count any item a\nblocker. **Verdict: Ready.**\n",
		  "The board does not count any item a blocker. Verdict: Ready." },
		/* a verdict label's value wrapped onto the next line, to the
		 * end of its sentence; a field on the next line is its own */
		{ "# R\n\n**Verdict:** Ready for production, once the\nrunbook is "
		  "merged. The rest can wait.\n",
		  "Ready for production, once the runbook is merged." },
		{ "# R\n\n**Status:** GAPS FOUND\n**Overall Score:** 14/17\n",
		  "GAPS FOUND" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", cases[i].text, &d);
		CHECK(r && r->status_text);
		if (r && r->status_text)
			CHECK_STR(r->status_text, cases[i].status);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* front matter's title where no heading of level 1 gives one */
PRR_TEST(import_read__front_matter_title)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"---\ntitle: \"PRR: auth-service token rotation\"\n---\n\n"
		"### Service\n\nText.\n", &d);
	CHECK(r && r->title);
	if (r && r->title)
		CHECK_STR(r->title, "PRR: auth-service token rotation");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* inline HTML's tags leave the text prr shows; a placeholder stays */
PRR_TEST(import_read__inline_html_tags_leave_the_text)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\nStatus: <b>Ready</b><br>\n\n## Checks\n\n"
		"- [x] Restart <service> with <strong>care</strong>\n", &d);
	CHECK(r && r->status_text && strcmp(r->status_text, "Ready") == 0);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 1);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 1)
		CHECK_STR(r->checklists[0].items[0].text, "Restart <service> with care");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* the boxes of a decision are no checklist */
PRR_TEST(import_read__decision_boxes_are_no_checklist)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Checks\n\n- [x] Tests\n- [ ] Docs\n\n### Decision\n\n"
		"- [ ] Go\n- [x] Go with conditions\n- [ ] No-go\n", &d);
	CHECK(r && r->n_checklists == 1);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a leading severity tag is the severity, not the title */
PRR_TEST(import_read__severity_tags_leave_the_title)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n1. **[HIGH] Token in logs** — fix it\n"
		"2. (Low) Verbose errors\n3. (see below) Slow start\n"
		"4. **P3 / non-blocking:** HPA uses CPU only\n", &d);
	CHECK(r && r->n_findings == 4);
	if (r && r->n_findings == 4) {
		CHECK(strncmp(r->findings[0].title, "Token in logs", 13) == 0);
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
		CHECK_STR(r->findings[1].title, "Verbose errors");
		CHECK(r->findings[1].severity == PRR_SEV_LOW);
		CHECK_STR(r->findings[2].title, "(see below) Slow start");
		CHECK_STR(r->findings[3].title, "HPA uses CPU only");
		CHECK(!r->findings[3].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "ORD-101 (High): text" and "High: text" are findings, however short;
 * "Critical Risks: 3 (…)" sums them up; a sentence is no field value */
PRR_TEST(import_read__short_findings_with_an_id_or_severity)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Open Issues\n\n"
		"* ORD-101 (High): worker alerts missing\n"
		"* ORD-102 (Medium): DR plan untested\n"
		"* **Low** \xE2\x80\x94 docs stale\n"
		"* Critical Risks: 3 (bypass, audit, artifacts)\n\n"
		"## Findings\n\n"
		"* Low latency: not measured under load\n"
		"* Owner: Ana Silva\n"
		"* Cache: none set\n", &d);
	CHECK(r != NULL);
	if (r) {
		const prr_finding *f = finding(r, "worker alerts missing");
		CHECK(f != NULL);
		if (f) {
			CHECK_STR(f->id, "ORD-101");
			CHECK(f->severity == PRR_SEV_HIGH);
		}
		f = finding(r, "docs stale");
		CHECK(f != NULL);
		if (f) {
			CHECK_STR(f->title, "docs stale");
			CHECK(f->severity == PRR_SEV_LOW);
		}
		CHECK(finding(r, "Critical Risks") == NULL);
		/* two of three are fields: the list under Findings is
		 * not a list of findings */
		CHECK(finding(r, "Low latency") == NULL);
		CHECK_INT(r->n_findings, 3);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n"
		"* Low latency: not measured under load\n"
		"* Retries: unbounded on every client call\n", &d);
	CHECK(r && r->n_findings == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a matrix answered in words ("Yes", "No", "Partial", "N/A"), and a
 * table's "Overall | NO-GO" row: the verdict, not a check */
/* more marks (✖ ❎ 🟥 🟩 🟨), TBD, and a cell that states nothing: a
 * dash or nothing makes no check */
PRR_TEST(import_read__matrix_marks_and_blank_cells)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n| Component | Health | Alerts | Runbook |\n"
		"|---|---|---|---|\n"
		"| api | \xE2\x9C\x96\xEF\xB8\x8F | \xF0\x9F\x9F\xA9 | TBD |\n"
		"| db | \xE2\x9D\x8E | \xF0\x9F\x9F\xA8 | \xE2\x80\x94 |\n"
		"| ui | \xF0\x9F\x9F\xA5 | - |  |\n", &d);
	CHECK(r && r->n_components == 3);
	if (r && r->n_components == 3) {
		const prr_component *c = r->components;
		CHECK(c[0].n_checks == 3 && c[0].checks[0].status == PRR_FAIL &&
		      c[0].checks[1].status == PRR_PASS &&
		      c[0].checks[2].status == PRR_PENDING);
		CHECK(c[1].n_checks == 2 && c[1].checks[0].status == PRR_FAIL &&
		      c[1].checks[1].status == PRR_PARTIAL);
		CHECK(c[2].n_checks == 1 && c[2].checks[0].status == PRR_FAIL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* rows named by their number are no components called "1" and "2"; a
 * checks table under a summary heading names its component after the
 * heading above it, past emoji and numbering: the title, by the system
 * it names ("Shop" of "Shop audit") */
PRR_TEST(import_read__numbered_rows_and_summary_headings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# Shop audit\n\n## \xF0\x9F\x93\x8A Zusammenfassung\n\n"
		"| Kategorie | Status |\n|---|---|\n| Tests | \xE2\x9C\x85 |\n"
		"| Lint | \xE2\x9D\x8C |\n\n## Order\n\n"
		"| # | Fix-ID | Effort | Priority |\n|---|---|---|---|\n"
		"| 1 | FIX-02 | \xE2\x9C\x85 Done | \xF0\x9F\x94\xB4 High |\n"
		"| 2 | FIX-01 | \xE2\x9C\x85 Done | \xF0\x9F\x9F\xA1 Mid |\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_components, 1);
		if (r->n_components)
			CHECK_STR(r->components[0].name, "Shop");
		CHECK(md_said(&d, "not imported: a table of status marks or figures (# | Fix-ID"));
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__matrix_in_words_and_an_overall_row)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Readiness Matrix\n\n"
		"| Component | Monitoring | Alerting | Backups |\n"
		"|---|:---:|:---:|:---:|\n"
		"| API | Yes | **No** | N/A |\n"
		"| Worker | Yes | Partial | Yes |\n"
		"| Store | Yes | Yes | Not tested |\n\n"
		"## Result\n\n| Gate | Result |\n|---|---|\n"
		"| Security sign-off | Passed |\n| Load test | Failed |\n"
		"| **Overall** | **NO-GO** |\n\n"
		"## Criteria\n\n| Criterion | Target | Actual | Met? |\n"
		"|---|---|---|---|\n| Overall readiness | 98% | 98.2% | PASS |\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		return;
	CHECK(r->level == PRR_LEVEL_NOT_READY);
	CHECK_STR(r->status_text, "NO-GO");
	CHECK(r->n_components >= 3);
	if (r->n_components >= 3) {
		const prr_component *api = &r->components[0];
		CHECK_STR(api->name, "API");
		CHECK_INT(api->n_checks, 3);
		if (api->n_checks == 3) {
			CHECK(api->checks[0].status == PRR_PASS);
			CHECK(api->checks[1].status == PRR_FAIL);
			CHECK(api->checks[2].status == PRR_NA);
		}
		const prr_component *w = &r->components[1];
		CHECK(w->n_checks == 3 && w->checks[1].status == PRR_PARTIAL);
		const prr_component *st = &r->components[2];
		CHECK(st->n_checks == 3 && st->checks[2].status == PRR_PENDING);
	}
	/* the gate table keeps its two gates, not its Overall row; a
	 * criterion named "Overall readiness" with its figures stays one */
	size_t gates = 0, criteria = 0;
	for (size_t i = 0; i < r->n_components; i++)
		for (size_t k = 0; k < r->components[i].n_checks; k++) {
			const char *c = r->components[i].checks[k].category;
			CHECK(strcmp(c, "Overall") != 0);
			gates += strcmp(c, "Load test") == 0;
			criteria += strcmp(c, "Overall readiness") == 0;
		}
	CHECK_INT(gates, 1);
	CHECK_INT(criteria, 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a finding heading's marks and emoji leave its title; its "Priority:"
 * field is its severity; a list of targets states no score */
PRR_TEST(import_read__finding_headings_their_fields_and_targets)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Gaps\n\n### 1. \xE2\x9D\x8C **CRITICAL: No migrations**\n\n"
		"Text.\n\n### 2. \xE2\x9A\xA0\xEF\xB8\x8F **Service worker missing**\n\n"
		"**Priorit\xC3\xA9**: P1 - HIGH\n\n"
		"### 3. \xF0\x9F\x9A\xA8 Secrets in the repo\n\nText.\n\n"
		"## Infrastructure \xE2\x9C\x85/\xE2\x9D\x8C\n\n- [x] Backups\n\n"
		"## Success metrics\n\n- Uptime: > 99.9%\n- Error rate: < 0.1%\n"
		"- Security score: A+\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_findings, 3);
		if (r->n_findings == 3) {
			CHECK_STR(r->findings[0].title, "No migrations");
			CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
			CHECK_STR(r->findings[1].title, "Service worker missing");
			CHECK(r->findings[1].severity == PRR_SEV_HIGH);
			CHECK_STR(r->findings[2].title, "Secrets in the repo");
		}
		CHECK_INT(r->n_dimensions, 0);
		CHECK_INT(r->n_scores, 0);
		/* a legend of marks leaves a title: "✅/❌" */
		CHECK(r->n_checklists == 1 &&
		      strcmp(r->checklists[0].title, "Infrastructure") == 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__a_tally_of_findings_is_none)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Issues found\n\n"
		"- 2 **Critical** issues (data loss)\n"
		"- 1 x High problem\n"
		"- 3 个 Medium 问题\n\n"
		"### Critical\n\n"
		"1. **No lock on the queue file** - two writers corrupt it\n"
		"2. **Deadlock on shutdown** - the worker waits forever\n",
		&d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_findings, 2);
		CHECK(finding(r, "No lock on the queue file") != NULL);
		CHECK(finding(r, "issues") == NULL &&
		      finding(r, "problem") == NULL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The checklist named `title`, or NULL. */
static const prr_checklist *checklist(const prr_review *r, const char *title)
{
	for (size_t i = 0; i < r->n_checklists; i++)
		if (strcmp(r->checklists[i].title, title) == 0)
			return &r->checklists[i];
	return NULL;
}

PRR_TEST(import_read__headings_that_state_their_status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# Launch review\n\n"
		"## Tasks\n\n- [x] Runbook\n\n"
		"## Gates\n\n"
		"### Gate 1 - Load testing ✅ PASSED\n\nText.\n\n"
		"### Gate 2 — Security review ❌ FAILED\n\n"
		"### Gate 3: On-call ⚠️ PARTIAL\n\n"
		"### Data retention: PASS\n\n"
		"### Notes\n\nNo status here.\n\n"
		/* requirements, headings in capitals, legends: no states */
		"## Requirements\n\n"
		"### P0 Gate - MUST ACHIEVE PASS\n\n"
		"### P1 Gate - MUST ACHIEVE PASS\n\n"
		"## THE GAP\n\n"
		"### DOCUMENTED vs VERIFIED\n\n"
		"### WHAT WE NEED TO BE PRODUCTION READY\n\n"
		"## Areas\n\n"
		"### Infrastructure ✅/❌\n\n- [x] Docker\n\n"
		"### Security ✅/❌\n\n- [ ] CSP\n\n"
		/* one heading alone is no list */
		"## Other\n\n### Backups ✅\n\n"
		/* nor findings, nor a heading of components' parts */
		"## Issues found\n\n"
		"### CRITICAL: No CSRF protection ❌\n\n"
		"### HIGH: CSP too permissive ⚠️\n\n"
		"## Components\n\n"
		"### API ✅\n\n### Worker ❌\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	const prr_checklist *g = checklist(r, "Gates");
	CHECK(g != NULL);
	if (g) {
		static const char *const text[] = { "Gate 1 - Load testing",
			"Gate 2 — Security review", "Gate 3: On-call",
			"Data retention" };
		static const prr_status want[] = { PRR_PASS, PRR_FAIL,
			PRR_PARTIAL, PRR_PASS };
		CHECK_INT(g->n_items, 4);
		for (size_t i = 0; i < 4 && i < g->n_items; i++) {
			CHECK_STR(g->items[i].text, text[i]);
			CHECK_INT(g->items[i].status, want[i]);
			CHECK(g->items[i].done == (want[i] == PRR_PASS));
		}
		CHECK_STR(g->section, "Gates");
		/* what the heading's section says first is the item's note */
		CHECK(g->n_items >= 2 && g->items[0].note &&
		      strcmp(g->items[0].note, "Text.") == 0 &&
		      g->items[1].note == NULL);
		/* in the document's order: after the tasks, before the areas */
		CHECK(r->n_checklists >= 2 &&
		      strcmp(r->checklists[0].title, "Tasks") == 0 &&
		      &r->checklists[1] == g);
	}
	CHECK(checklist(r, "Requirements") == NULL);
	CHECK(checklist(r, "THE GAP") == NULL);
	CHECK(checklist(r, "Areas") == NULL);
	CHECK(checklist(r, "Other") == NULL);
	CHECK(checklist(r, "Issues found") == NULL);
	CHECK(checklist(r, "Components") == NULL);
	prr_review_free(r);
	/* a "Status:" field first thing under each heading states it too */
	r = text_as("2026-01-01.md",
		"# Search Platform\n\n"
		"## 1. Architecture\n**Status:** ✅ Ready\n\nText.\n\n"
		"## 2. Security\n**Status:** ⚠️ Partially ready\n\n"
		"## 3. Observability\n**Status:** Not ready\n\n"
		"## Overall\n\n**NOT READY** — observability first.\n",
		&d);
	g = r ? checklist(r, "Search Platform") : NULL;
	CHECK(g != NULL);
	if (g) {
		CHECK_INT(g->n_items, 3);
		if (g->n_items == 3) {
			CHECK_STR(g->items[0].text, "Architecture");
			CHECK_INT(g->items[0].status, PRR_PASS);
			CHECK_INT(g->items[1].status, PRR_PARTIAL);
			CHECK_INT(g->items[2].status, PRR_FAIL);
		}
	}
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__headings_that_open_with_a_severity)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# Audit\n\n## Authentication\n\n### Issues Found\n\n"
		"#### 🔴 CRITICAL: Inconsistent hash rounds\n"
		"**Location:** `auth.ts:12`\n\n"
		"- Registration uses 10 rounds\n\n"
		"#### [High] CSP too permissive\n\nText.\n\n"
		"#### Medium - Long token expiry\n\nText.\n\n"
		"## Other\n\n"
		/* in capitals it is one anywhere */
		"### CRITICAL: Secrets in the repository\n\nText.\n\n"
		/* not in capitals, under no heading of findings; no title */
		"### High availability: two zones\n\nText.\n\n"
		"### Critical path\n\nText.\n\n"
		"### HIGH:\n\nText.\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	CHECK_INT(r->n_findings, 4);
	static const struct { const char *title; prr_severity sev; } want[] = {
		{ "Inconsistent hash rounds", PRR_SEV_CRITICAL },
		{ "CSP too permissive", PRR_SEV_HIGH },
		{ "Long token expiry", PRR_SEV_MEDIUM },
		{ "Secrets in the repository", PRR_SEV_CRITICAL },
	};
	for (size_t i = 0; i < 4 && i < r->n_findings; i++) {
		CHECK_STR(r->findings[i].title, want[i].title);
		CHECK_INT(r->findings[i].severity, want[i].sev);
	}
	/* the details under a finding's heading are no findings */
	CHECK(finding(r, "Registration uses 10 rounds") == NULL);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__a_matrix_with_an_owner_column)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Readiness by area\n\n"
		"| Area | Dev | Staging | Prod | Owner | Comment |\n"
		"|---|---|---|---|---|---|\n"
		"| Alerting | 🟢 | 🟢 | 🟡 | SRE | Paging drafted |\n"
		"| Recovery | 🟢 | 🔴 | 🔴 | Platform | No restore test |\n\n"
		/* with a date to meet, it is a plan of actions */
		"## Actions\n\n"
		"| Action | Dev | Prod | Owner | Due |\n|---|---|---|---|---|\n"
		"| Restore test | ✅ | ❌ | Platform | 2026-10-19 |\n"
		"| Paging | ✅ | ⚠️ | SRE | 2026-10-15 |\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	/* the areas are components, a check per environment, not
	 * milestones; the owners and comments stay in the table */
	CHECK_INT(r->n_components, 2);
	if (r->n_components == 2) {
		CHECK_STR(r->components[1].name, "Recovery");
		CHECK_INT(r->components[1].n_checks, 3);
		if (r->components[1].n_checks == 3) {
			CHECK_STR(r->components[1].checks[2].category, "Prod");
			CHECK_INT(r->components[1].checks[2].status, PRR_FAIL);
			/* the row's comment on what does not pass */
			CHECK(r->components[1].checks[2].note &&
			      strcmp(r->components[1].checks[2].note,
				     "No restore test") == 0);
			CHECK(r->components[1].checks[0].note == NULL);
		}
	}
	CHECK(r->n_tables >= 1 &&
	      strcmp(r->tables[0].section, "Readiness by area") == 0);
	CHECK_INT(r->n_milestones, 2);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__a_status_in_words_after_a_title)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Criteria\n\n"
		"1. **Parallel run matches legacy** — met (0.02% over 3 cycles)\n"
		"2. **Rollback rehearsed** — met, 14 minutes\n"
		"3. **Support trained:** not met; training on the 20th\n"
		"4. Finance sign-off - partially met\n\n"
		/* words that are no status, or more than one */
		"## Notes\n\n"
		"- **Impact** — no impact on users\n"
		"- **Owner** - Bob\n"
		"- Cutover - met with finance on Monday\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	CHECK_INT(r->n_checklists, 1);
	const prr_checklist *cl = r->n_checklists ? &r->checklists[0] : NULL;
	CHECK(cl && cl->n_items == 4);
	if (cl && cl->n_items == 4) {
		static const char *const text[] = {
			"Parallel run matches legacy", "Rollback rehearsed",
			"Support trained", "Finance sign-off" };
		static const prr_status want[] = { PRR_PASS, PRR_PASS,
			PRR_FAIL, PRR_PARTIAL };
		for (size_t i = 0; i < 4; i++) {
			CHECK_STR(cl->items[i].text, text[i]);
			CHECK_INT(cl->items[i].status, want[i]);
		}
		/* what it says after the status stays with the item */
		CHECK(cl->items[0].note &&
		      strcmp(cl->items[0].note, "0.02% over 3 cycles") == 0);
		CHECK(cl->items[2].note &&
		      strcmp(cl->items[2].note, "training on the 20th") == 0);
		CHECK(cl->items[3].note == NULL);
	}
	prr_review_free(r);
	/* unbolded, after a short name and a colon */
	r = text_as("2026-01-01.md",
		"# R\n\n## Health\n\n- Availability: green\n- Latency: amber\n"
		"- Error budget: red\n- Observability: partial \xE2\x80\x94 no alert on "
		"bounce rate\n\n## People\n\n- Owner: Bob\n- On call: Ana\n",
		&d);
	cl = r && r->n_checklists ? &r->checklists[0] : NULL;
	CHECK(r && r->n_checklists == 1 && cl->n_items == 4);
	if (cl && cl->n_items == 4) {
		CHECK_STR(cl->items[1].text, "Latency");
		CHECK_INT(cl->items[1].status, PRR_PARTIAL);
		CHECK_INT(cl->items[2].status, PRR_FAIL);
		/* the status, then a dash and its note */
		CHECK_INT(cl->items[3].status, PRR_PARTIAL);
	}
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__dated_actions_are_milestones)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Follow-ups\n\n"
		"- Support training — @lee — 2026-11-20\n"
		"- Restore test, due 19 Nov 2026\n\n"
		/* what was done, and a list of actions not all dated */
		"## Changelog\n\n- Released — 2026-10-01\n- Hotfix — 2026-10-03\n\n"
		"## Next steps\n\n- Train support — 2026-11-20\n- Tell customers\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	CHECK_INT(r->n_milestones, 2);
	if (r->n_milestones == 2) {
		CHECK_STR(r->milestones[0].name, "Support training");
		CHECK_STR(r->milestones[0].due, "2026-11-20");
		CHECK_STR(r->milestones[1].name, "Restore test");
		CHECK_STR(r->milestones[1].due, "2026-11-19");
		CHECK(!r->milestones[1].done);
	}
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__fields_side_by_side)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("x.md",
		"# Production Readiness Review\n\n"
		"> **Date:** 2026-08-03 · **Scope:** checkout, search · "
		"**Verdict:** NOT READY\n\n"
		"**Owner:** Ana | **Tier:** 1\n\n"
		/* a bar inside a field's value is no split */
		"**Stack:** Go | Postgres\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	CHECK_STR(r->date, "2026-08-03");
	CHECK_INT(r->level, PRR_LEVEL_NOT_READY);
	CHECK(r->status_text && strcmp(r->status_text, "NOT READY") == 0);
	static const char *const names[] = { "Scope", "Verdict", "Owner",
		"Tier", "Stack" };
	static const char *const values[] = { "checkout, search",
		"NOT READY", "Ana", "1", "Go | Postgres" };
	CHECK_INT(r->n_fields, 5);
	for (size_t i = 0; i < 5 && i < r->n_fields; i++) {
		CHECK_STR(r->fields[i].name, names[i]);
		CHECK_STR(r->fields[i].value, values[i]);
	}
	prr_review_free(r);
	/* unbolded, in German */
	r = text_as("x.md",
		"# Review\n\nStand: 12. Oktober 2026 · Prüfer: Plattform-Team · "
		"Ergebnis: **bedingt freigegeben**\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-10-12") == 0);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__components_a_scope_names)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# Review\n\n**Scope:** checkout, `inventory` and Search\n\n"
		"## Summary\n\nText.\n\n"
		"## checkout\n\n"
		"- ✅ Monitoring: dashboards and SLO alerts\n"
		"- ⚠️ Backups: restore tested once\n\n"
		"## Inventory\n\n- ✅ Monitoring\n- ❌ Alerting: no paging route\n\n"
		/* a list of sentences stays a checklist */
		"## search\n\n"
		"- ✅ The cluster was resized to six nodes last week\n"
		"- ❌ Nobody has run the load test against the new cluster\n\n"
		"## Billing\n\n- ✅ Monitoring\n- ✅ Alerting\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	/* Billing is named by no scope: no component */
	CHECK_INT(r->n_components, 3);
	if (r->n_components == 3) {
		const prr_component *c = &r->components[0];
		CHECK_STR(c->name, "checkout");
		CHECK_INT(c->n_checks, 2);
		if (c->n_checks == 2) {
			CHECK_STR(c->checks[1].category, "Backups");
			CHECK_INT(c->checks[1].status, PRR_PARTIAL);
			CHECK(c->checks[1].note &&
			      strcmp(c->checks[1].note, "restore tested once") == 0);
		}
		CHECK_STR(r->components[1].name, "Inventory");
		CHECK_INT(r->components[1].n_checks, 2);
		CHECK_STR(r->components[2].name, "search");
		CHECK_INT(r->components[2].n_checks, 0);
	}
	CHECK(checklist(r, "search") != NULL);
	CHECK(checklist(r, "Billing") != NULL);
	prr_review_free(r);
	/* a scope in a sentence names no components */
	r = text_as("2026-01-01.md",
		"# Review\n\n**Scope:** This review covers payments and "
		"billing\n\n## Billing\n\n- ✅ Monitoring\n- ❌ Alerting\n",
		&d);
	CHECK(r && r->n_components == 0);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__a_numbered_table_of_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# PRR checklist\n\n"
		"| # | Check | Result | Evidence |\n|---|---|---|---|\n"
		"| 1 | SLOs defined | Pass | `slo/ledger.yaml` |\n"
		"| 2 | Runbook for each alert | Fail | missing |\n"
		"| 3 | DR restore tested | N/A | stateless |\n"
		"| 4 | Load tested | Pass | |\n\n"
		"**Result: 2/3 applicable checks passed.**\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	const prr_checklist *cl = r->n_checklists ? &r->checklists[0] : NULL;
	CHECK(cl && cl->n_items == 4);
	if (cl && cl->n_items == 4) {
		/* named by the check, not by the row's number */
		CHECK_STR(cl->items[0].text, "SLOs defined");
		CHECK(cl->items[1].note &&
		      strcmp(cl->items[1].note, "Evidence: missing") == 0);
		CHECK_INT(cl->items[2].status, PRR_NA);
	}
	/* "2/3 applicable" counts what applies: N/A is left out */
	CHECK(r->n_audit == 1 && r->audit[0].agrees);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__tables_of_checks_under_headings_that_name_nothing)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# Orders API review\n\n## Executive Summary\n\n"
		"| Category | Status |\n|---|---|\n| Security | ⚠️ Partial |\n\n"
		"## Payments API\n\n"
		"| Category | Status |\n|---|---|\n| Security | ❌ Fail |\n\n"
		"## Appendix A: Tooling\n\n"
		"| Category | Status |\n|---|---|\n| Tooling | ✅ Pass |\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	/* an appendix names no component: its checks are the review's own,
	 * with the summary's, in one component named by the title (by the
	 * system it names: "Orders API") */
	CHECK_INT(r->n_components, 2);
	if (r->n_components == 2) {
		CHECK_STR(r->components[0].name, "Orders API");
		CHECK_INT(r->components[0].n_checks, 2);
		CHECK_STR(r->components[1].name, "Payments API");
	}
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__boxes_written_as_text)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = prr_test_md("boxes.md", &d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	/* the legend is no checklist; it stays in the narrative */
	CHECK_INT(r->n_checklists, 1);
	const prr_checklist *cl = r->n_checklists ? &r->checklists[0] : NULL;
	CHECK(cl && cl->n_items == 6);
	if (cl && cl->n_items == 6) {
		static const prr_status want[] = { PRR_PASS, PRR_FAIL,
			PRR_PARTIAL, PRR_PASS, PRR_NA, PRR_FAIL };
		for (size_t i = 0; i < 6; i++)
			CHECK_INT(cl->items[i].status, want[i]);
		CHECK_STR(cl->items[0].text, "Load test run");
		/* ticked, yet it says ❌: not done, and said */
		CHECK(!cl->items[5].done);
		bool flagged = false;
		for (size_t i = 0; i < r->n_audit; i++)
			flagged |= !r->audit[i].agrees &&
				   strstr(r->audit[i].claim, "Backups restored");
		CHECK(flagged);
	}
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

/*** Scores ***/

static const prr_dimension *dim(const prr_review *r, const char *name)
{
	for (size_t i = 0; i < r->n_dimensions; i++)
		if (strcmp(r->dimensions[i].name, name) == 0)
			return &r->dimensions[i];
	return NULL;
}

PRR_TEST(import_read__readiness_named_before_its_percent)
{
	/* labelled as written, the word before included */
	static const struct { const char *text; double score; const char *label; } cases[] = {
		{ "# R\n\nProduction readiness is at **95%** after the fixes.\n", 95,
		  "Production readiness" },
		{ "# R\n\n通过系统性的修复，生产就绪度达到 **95%**。\n", 95, "生产就绪度" },
		{ "# R\n\nAverage readiness **83%**. Billing dropped.\n", 83,
		  "Average readiness" },
		/* work done, whatever it is called */
		{ "# R\n\n**Production Readiness** is now **100% COMPLETE**\n", -1, NULL },
		/* a clause between */
		{ "# R\n\nReadiness work started. Coverage is 80% today.\n", -1, NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", cases[i].text, &d);
		CHECK(r != NULL);
		if (r && cases[i].score < 0)
			CHECK_INT(r->n_scores, 0);
		else if (r) {
			CHECK(r->n_scores == 1 && r->scores[0].value == cases[i].score);
			if (r->n_scores == 1)
				CHECK_STR(r->scores[0].label, cases[i].label);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

PRR_TEST(import_read__risks_and_findings_without_their_severity_tags)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Risks\n\n"
		"- **High** — DB failover untested.\n"
		"- Low: log volume may exceed quota.\n\n"
		"## Known issues\n\n"
		"1. Feed pagination returns duplicates under load (P1)\n"
		"2. Thumbnails 404 for deleted users (P3)\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	CHECK_INT(r->n_risks, 2);
	if (r->n_risks == 2) {
		CHECK_STR(r->risks[0].title, "DB failover untested.");
		CHECK_INT(r->risks[0].level, PRR_SEV_HIGH);
		CHECK_STR(r->risks[1].title, "log volume may exceed quota.");
	}
	CHECK_INT(r->n_findings, 2);
	if (r->n_findings == 2) {
		CHECK_STR(r->findings[0].title,
			  "Feed pagination returns duplicates under load");
		CHECK_INT(r->findings[0].severity, PRR_SEV_HIGH);
		CHECK_INT(r->findings[1].severity, PRR_SEV_LOW);
	}
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__title_without_a_heading_of_level_1)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"## PRR: notifications-v2\n\n**Readiness:** 🟡 At risk\n\n"
		"### Sign-off\n\n- [x] SRE\n", &d);
	CHECK(r && r->title && strcmp(r->title, "PRR: notifications-v2") == 0);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	prr_review_free(r);
	/* the first heading is no title when one above it follows */
	r = text_as("2026-01-01.md", "### Notes\n\nText.\n\n## Part\n\nText.\n",
		    &d);
	CHECK(r && !r->title);
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__fixes_over_groups_of_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# Audit\n\n## Issues Found\n\n"
		"#### 🔴 CRITICAL: No CSRF protection\n\nText.\n\n"
		"#### 🟡 MEDIUM: Inconsistent hash rounds\n\nText.\n\n"
		/* the fixes of what was found, grouped by severity: no more
		 * findings; the findings they name block, as the group says */
		"## Priority Fixes\n\n### 🔴 CRITICAL (Must fix before "
		"production)\n\n1. Implement CSRF protection\n2. Fix "
		"inconsistent hash rounds (use 12)\n\n"
		/* a heading that states a status is no heading of fixes */
		"## WHAT WE NEED TO BE PRODUCTION READY\n\n"
		"### Critical Blockers (Must Fix)\n\n"
		"#### 1. Test Coverage (Priority: CRITICAL)\n\nText.\n",
		&d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	CHECK_INT(r->n_findings, 3);
	CHECK(finding(r, "No CSRF protection") != NULL &&
	      !finding(r, "No CSRF protection")->blocking);
	CHECK(finding(r, "Inconsistent hash rounds") != NULL &&
	      finding(r, "Inconsistent hash rounds")->blocking);
	CHECK(finding(r, "Test Coverage") != NULL);
	CHECK(finding(r, "Implement CSRF protection") == NULL);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__a_count_of_parts_against_the_parts)
{
	static const struct { const char *stated; bool agrees; } cases[] = {
		{ "**Overall:** 2 of 3 services ready.", true },
		{ "Overall: 3 of 3 services ready", false },
		{ "Overall: 2/3 components ready", true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf text = PRR_BUF_INIT;
		prr_buf_addf(&text, "# R\n\n%s\n\n| Service | Status | Owner |\n"
			     "|---|---|---|\n| auth | Ready | @a |\n"
			     "| billing | Not ready | @b |\n| search | Ready | @c |\n",
			     cases[i].stated);
		prr_review *r = text_as("2026-01-01.md", text.p, &d);
		CHECK(r && r->n_audit == 1);
		if (r && r->n_audit == 1)
			CHECK(r->audit[0].agrees == cases[i].agrees);
		prr_review_free(r);
		prr_buf_free(&text);
		prr_diags_free(&d);
	}
}

/* "Score: 62/100" over areas out of 25: against their sum */
PRR_TEST(import_read__a_score_against_the_sum_of_its_parts)
{
	static const struct { const char *stated; bool agrees; } cases[] = {
		{ "62/100", true },
		{ "70/100", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf text = PRR_BUF_INIT;
		prr_buf_addf(&text, "# R\n\nScore: %s (threshold 75)\n\n"
			     "| Area | Score |\n|---|---|\n| Reliability | 14/25 |\n"
			     "| Security | 20/25 |\n| Operations | 12/25 |\n"
			     "| Docs | 16/25 |\n", cases[i].stated);
		prr_review *r = text_as("2026-01-01.md", text.p, &d);
		CHECK(r && r->n_audit == 1);
		if (r && r->n_audit == 1) {
			CHECK(r->audit[0].agrees == cases[i].agrees);
			CHECK_STR(r->audit[0].computed, "62/100");
		}
		prr_review_free(r);
		prr_buf_free(&text);
		prr_diags_free(&d);
	}
}

/* "## Action plan — all 5 items" over its sub-headings; "(15 pts)" and
 * "Phase 2" count nothing */
PRR_TEST(import_read__a_heading_that_counts_its_parts)
{
	static const struct { const char *heading; int claims; bool agrees; } cases[] = {
		{ "Action plan \xE2\x80\x94 all 5 items", 1, false },
		{ "Sprint 2 \xE2\x80\x94 21 points", 0, false },
		{ "All 4 fixes", 1, true },
		{ "Backend (15 pts)", 0, false },
		{ "Phase 2", 0, false },
		{ "Sprint 3 plan for 2026", 0, false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf text = PRR_BUF_INIT;
		prr_buf_addf(&text, "# R\n\n## %s\n\n### High\n\n#### FIX-01: a\n\n"
			     "#### FIX-02: b\n\n### Low\n\n#### FIX-03: c\n\n"
			     "#### FIX-04: d\n\n## Next\n\nText.\n", cases[i].heading);
		prr_review *r = text_as("2026-01-01.md", text.p, &d);
		CHECK(r && (int)r->n_audit == cases[i].claims);
		if (r && r->n_audit == 1 && cases[i].claims == 1) {
			CHECK(r->audit[0].agrees == cases[i].agrees);
			CHECK_STR(r->audit[0].computed, "4");
		}
		prr_review_free(r);
		prr_buf_free(&text);
		prr_diags_free(&d);
	}
}

/* "Component | Category | Status | Notes", a check a row, blank
 * component cells the one above; a remark row in a findings table is no
 * finding */
PRR_TEST(import_read__a_check_a_row)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n| Component | Category | Status | Notes |\n|---|---|---|---|\n"
		"| Kafka | Security | Pass | SASL |\n| | Reliability | Partial | lag |\n"
		"| Spark | Security | Pass | |\n| | Reliability | Fail | no retries |\n\n"
		"## Findings\n\n| # | Severity | Finding |\n|---|---|---|\n"
		"| 1 | High | No retries |\n| 2 | | (see also #1) |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_INT((int)r->components[1].n_checks, 2);
		if (r->components[1].n_checks == 2) {
			CHECK(r->components[1].checks[1].status == PRR_FAIL);
			CHECK_STR(r->components[1].checks[1].note, "no retries");
		}
		CHECK(r->components[0].n_checks == 2 &&
		      r->components[0].checks[1].status == PRR_PARTIAL);
	}
	CHECK(r && r->n_findings == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a component named "Media upload" is no average row ("media" is the
 * Spanish and Italian word); "Average score" and "Total" are */
PRR_TEST(import_read__rows_that_sum_up_and_rows_that_do_not)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n| Component | Security | Testing |\n|---|---|---|\n"
		"| Media upload | \xE2\x9D\x8C | \xE2\x9C\x85 |\n"
		"| Summary page | \xE2\x9C\x85 | \xE2\x9C\x85 |\n"
		"| Average score | \xE2\x9C\x85 | \xE2\x9C\x85 |\n"
		"| **Total** | \xE2\x9C\x85 | \xE2\x9C\x85 |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_STR(r->components[0].name, "Media upload");
		CHECK(r->components[0].n_checks == 2 &&
		      r->components[0].checks[0].status == PRR_FAIL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a tally's total and blocking counts against the findings listed */
PRR_TEST(import_read__a_tally_of_findings_and_blockers)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\nWe found 3 findings (2 blocking).\n\n## Findings\n\n"
		"| # | Severity | Blocking | Finding |\n|---|---|---|---|\n"
		"| 1 | High | Yes | No retries |\n| 2 | Low | No | Docs |\n", &d);
	int seen = 0;
	for (size_t i = 0; r && i < r->n_audit; i++) {
		if (strcmp(r->audit[i].claim, "findings in all") == 0) {
			seen++;
			CHECK(!r->audit[i].agrees);
			CHECK_STR(r->audit[i].computed, "2");
		}
		if (strcmp(r->audit[i].claim, "blocking findings") == 0) {
			seen++;
			CHECK(!r->audit[i].agrees);
			CHECK_STR(r->audit[i].computed, "1");
		}
	}
	CHECK_INT(seen, 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Linked issues (4)" over a table of three rows; "## Sprint 2
 * Summary" counts nothing */
PRR_TEST(import_read__a_count_in_parentheses_against_its_rows)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Linked issues (4)\n\n| Key | Summary |\n|---|---|\n"
		"| A-1 | a |\n| A-2 | b |\n| A-3 | c |\n\n## Sprint 2 Summary\n\n"
		"| Metric | Value |\n|---|---|\n| Velocity | 20 |\n", &d);
	CHECK(r && r->n_audit == 1);
	if (r && r->n_audit == 1) {
		CHECK(!r->audit[0].agrees);
		CHECK_STR(r->audit[0].stated, "4");
		CHECK_STR(r->audit[0].computed, "3");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "4 of 5 phases verified" in the text against "phases: 3/5" in the
 * front matter: the document against itself, said once */
PRR_TEST(import_read__a_count_stated_twice)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"---\nscores:\n  phases: 3/5\n  requirements: 14/17\n---\n\n# R\n\n"
		"- **4 of 5 phases verified**\n- **14 of 17 requirements** met\n\n"
		"14/17 requirements, again.\n", &d);
	CHECK(r != NULL);
	size_t phases = 0, reqs = 0;
	for (size_t i = 0; r && i < r->n_audit; i++) {
		if (strncmp(r->audit[i].claim, "phases:", 7) == 0) {
			phases++;
			CHECK(!r->audit[i].agrees);
			CHECK_STR(r->audit[i].stated, "4/5");
			CHECK_STR(r->audit[i].computed, "3/5");
		}
		if (strncmp(r->audit[i].claim, "requirements:", 13) == 0) {
			reqs++;
			CHECK(r->audit[i].agrees);
		}
	}
	CHECK_INT((int)phases, 1);
	CHECK_INT((int)reqs, 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "215+ tests passing" against the stories' Tests column */
PRR_TEST(import_read__tests_stated_against_the_stories)
{
	static const struct { const char *stated; bool agrees; } cases[] = {
		{ "215+ tests passing", false },
		{ "64 tests passing", true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf text = PRR_BUF_INIT;
		prr_buf_addf(&text, "# R\n\n## Sprint 1\n\n| Story | Points | Tests |\n"
			     "|---|---|---|\n| Schema | 8 | 40+ |\n| Auth | 5 | 24 |\n\n"
			     "- %s\n", cases[i].stated);
		prr_review *r = text_as("2026-01-01.md", text.p, &d);
		bool seen = false;
		for (size_t k = 0; r && k < r->n_audit; k++)
			if (strstr(r->audit[k].computed, "Tests column")) {
				seen = true;
				CHECK(r->audit[k].agrees == cases[i].agrees);
			}
		CHECK(seen);
		prr_review_free(r);
		prr_buf_free(&text);
		prr_diags_free(&d);
	}
}

/* "Five of six gates are green", in words, against the gates' checklist;
 * "Two of four" said of nothing listed is left alone */
PRR_TEST(import_read__a_count_in_words_against_its_list)
{
	static const struct { const char *stated; bool agrees; } cases[] = {
		{ "Two of three gates are green.", true },
		{ "Three of three gates passed.", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf text = PRR_BUF_INIT;
		prr_buf_addf(&text, "# R\n\n## Pre-cutover gates\n\n- \xE2\x9C\x85 Backup\n"
			     "- \xE2\x9C\x85 Replica\n- \xE2\x9D\x8C Freeze\n\n## Notes\n\n"
			     "%s Two of four owners agreed.\n", cases[i].stated);
		prr_review *r = text_as("2026-01-01.md", text.p, &d);
		CHECK(r && r->n_audit == 1);
		if (r && r->n_audit == 1) {
			CHECK(r->audit[0].agrees == cases[i].agrees);
			CHECK_CONTAINS(r->audit[0].claim, "Pre-cutover gates");
		}
		prr_review_free(r);
		prr_buf_free(&text);
		prr_diags_free(&d);
	}
}

PRR_TEST(import_read__numbered_dimension_names)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n| Category | Score | Status |\n|---|---|---|\n"
		"| 1. Code Maintainability | 85% | ✅ |\n"
		"| 2. Observability | 45% | ❌ |\n",
		&d);
	CHECK(r != NULL);
	/* the name, not its number in the table */
	CHECK(r && dim(r, "Code Maintainability") != NULL &&
	      dim(r, "Observability") != NULL);
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__scores_in_headings_lists_and_grades)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = prr_test_md("scores.md", &d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	CHECK(r->n_scores >= 1);
	if (r->n_scores >= 1) {
		CHECK_STR(r->scores[0].grade, "B+");
		CHECK_NUM(r->scores[0].value, 87);
		CHECK_NUM(r->scores[0].max, 100);
	}
	const prr_dimension *m = dim(r, "Security");
	CHECK(m && m->score == 18 && m->max == 20);
	m = dim(r, "Reliability");
	CHECK(m && m->score == 6 && m->max == 10);
	m = dim(r, "Privacy");
	CHECK(m && m->score == 9 && m->max == 10);
	/* a rate in a list is no dimension */
	CHECK(dim(r, "Uptime") == NULL);
	/* grades alone in a Grade column; a change read as its latest */
	m = dim(r, "Docs");
	CHECK(m && m->grade && strcmp(m->grade, "A-") == 0 && !prr_has(m->score));
	m = dim(r, "Tests");
	CHECK(m && m->grade && strcmp(m->grade, "A") == 0);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "We are ~90 % production-ready" states the overall score; a share of
 * work done or of tests passing does not */
PRR_TEST(import_read__a_share_of_readiness_in_prose)
{
	static const struct { const char *text; double value; } cases[] = {
		{ "# R\n\nThe service is **~90 %** production-ready, two "
		  "gaps left.\n", 90 },
		{ "# R\n\n**Result:** we are 72,5% prêt pour la production.\n",
		  72.5 },
		{ "# R\n\n- Readiness went from 60% → 85% ready\n", 85 },
		{ "# R\n\nThe work is 100% complete - ready for review.\n",
		  PRR_NONE },
		{ "# R\n\n95% of the tests pass; ready soon.\n", PRR_NONE },
		/* a score's line without bold, and a rate that is none */
		{ "# R\n\nReviewer: Ana\nReadiness score: 62%\n", 62 },
		{ "# R\n\nCoverage: 85%\n", PRR_NONE },
		{ "# R\n\n✅ **Ratings**: 4.5/5 from users\n", PRR_NONE },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", cases[i].text, &d);
		CHECK(r != NULL);
		if (r && prr_has(cases[i].value)) {
			CHECK_INT(r->n_scores, 1);
			if (r->n_scores)
				CHECK_NUM(r->scores[0].value, cases[i].value);
		} else if (r) {
			CHECK_INT(r->n_scores, 0);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "all 3 phases" over four "## Phase N" headings is a disagreement; "the
 * next 2 phases" counts a part */
static const prr_claim *claim_row(const prr_review *r, const char *what)
{
	for (size_t i = 0; i < r->n_audit; i++)
		if (strcmp(r->audit[i].claim, what) == 0)
			return &r->audit[i];
	return NULL;
}

PRR_TEST(import_read__steps_counted_against_their_headings)
{
	static const char *const plan =
		"\n\n## Phase 0: Spike\n\nText.\n\n## Phase 1: Build\n\n"
		"Text.\n\n### Phase 1 tasks\n\n- one\n\n## Phase 2: Harden\n\n"
		"Text.\n\n## Phase 3: Ship\n\nText.\n";
	static const struct { const char *lead; const char *stated;
			      int agrees; } cases[] = {
		{ "We finished all 3 delivery phases.", "3", 0 },
		{ "- 4 phases completed", "4", 1 },
		{ "The next 2 phases are the hard part.", NULL, -1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *text = prr_xmalloc(strlen(cases[i].lead) + strlen(plan) + 8);
		strcpy(text, "# R\n\n");
		strcat(text, cases[i].lead);
		strcat(text, plan);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", text, &d);
		CHECK(r != NULL);
		const prr_claim *a = r ? claim_row(r, "phases") : NULL;
		if (cases[i].stated) {
			CHECK(a != NULL);
			if (a) {
				CHECK_STR(a->stated, cases[i].stated);
				CHECK_STR(a->computed, "4");
				CHECK_INT(a->agrees, cases[i].agrees);
			}
		} else {
			CHECK(a == NULL);
		}
		prr_review_free(r);
		prr_diags_free(&d);
		free(text);
	}
}

/*** Plans ***/

/* a task list under a sprint whose tasks carry points: its stories */
PRR_TEST(import_read__task_lists_of_a_sprint_are_its_stories)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Sprint 1\n\n"
		"- [x] AUTH-1: Login with SSO (5 pts)\n"
		"- [ ] AUTH-2: MFA enrolment [8 SP]\n"
		"- [x] Audit trail — 2 points\n\n"
		"## Chores\n\n- [ ] Rotate keys (1 pt)\n", &d);
	CHECK(r != NULL);
	CHECK(r && r->n_waves == 1);
	if (r && r->n_waves == 1) {
		const prr_wave *w = &r->waves[0];
		CHECK_INT(w->n_stories, 3);
		if (w->n_stories == 3) {
			CHECK_STR(w->stories[0].id, "AUTH-1");
			CHECK_STR(w->stories[0].title, "Login with SSO");
			CHECK_NUM(w->stories[0].points, 5);
			CHECK(w->stories[0].status == PRR_PASS);
			CHECK_NUM(w->stories[1].points, 8);
			CHECK(w->stories[1].status == PRR_PENDING);
			CHECK_STR(w->stories[2].title, "Audit trail");
			CHECK_NUM(w->stories[2].points, 2);
		}
	}
	/* outside a step of the plan a task list stays a checklist */
	CHECK(r && r->n_checklists == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* a step's heading states its points and window; a story's key may
 * stand before its title without a colon */
PRR_TEST(import_read__a_step_heading_states_points_and_window)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n### Wave 1 \xE2\x80\x94 Logs (2026-04-01 \xE2\x80\x93 "
		"2026-04-14) \xC2\xB7 13 pts\n\n"
		"- [x] CHK-1 Structured logs (5 pts)\n"
		"- [ ] CHK-2 \xE2\x80\x94 Alert on p99 (8 pts)\n\n"
		"### Wave 2 (Apr 15 \xE2\x80\x93 Apr 28) \xE2\x80\x94 9 SP\n\n"
		"- [x] P1 fix the retries (3 pts)\n", &d);
	CHECK(r && r->n_waves == 2);
	if (r && r->n_waves == 2) {
		const prr_wave *w = &r->waves[0];
		CHECK_NUM(w->planned_points, 13);
		CHECK_STR(w->start, "2026-04-01");
		CHECK_STR(w->end, "2026-04-14");
		CHECK(w->n_stories == 2);
		if (w->n_stories == 2) {
			CHECK_STR(w->stories[0].id, "CHK-1");
			CHECK_STR(w->stories[0].title, "Structured logs");
			CHECK_STR(w->stories[1].id, "CHK-2");
			CHECK_STR(w->stories[1].title, "Alert on p99");
		}
		/* a day without its year is no window: no year is guessed */
		CHECK_NUM(r->waves[1].planned_points, 9);
		CHECK(r->waves[1].start == NULL && r->waves[1].end == NULL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__sprints_with_their_points_and_windows)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = prr_test_md("plan.md", &d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	CHECK_INT(r->n_waves, 2);
	if (r->n_waves == 2) {
		const prr_wave *w = &r->waves[0];
		CHECK_STR(w->name, "Sprint 1: Foundations");
		CHECK(w->planned);
		CHECK_NUM(w->planned_points, 8);
		CHECK_STR(w->start, "2026-03-02");
		CHECK_INT(w->n_stories, 2);
		if (w->n_stories == 2) {
			CHECK_STR(w->stories[0].id, "S-1");
			CHECK_STR(w->stories[0].title, "Schema");
			CHECK_NUM(w->stories[1].points, 3);
		}
		w = &r->waves[1];
		CHECK_NUM(w->planned_points, 13);
		CHECK_STR(w->start, "2026-03-16");
		/* the placeholder row is no story */
		CHECK_INT(w->n_stories, 1);
	}
	/* 13 planned over 8 points of stories: said */
	bool said13 = false;
	for (size_t i = 0; i < r->n_audit; i++)
		said13 |= !r->audit[i].agrees &&
			  strcmp(r->audit[i].stated, "13") == 0 &&
			  strcmp(r->audit[i].computed, "8") == 0;
	CHECK(said13);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

/*** Odd documents ***/

PRR_TEST(import_read__doubled_line_ends_and_templates)
{
	prr_diags d = PRR_DIAGS_INIT;
	/* every line followed by a blank one: a table all the same, its
	 * rows at their lines in the document */
	const char *doubled =
		"# Status\n\nDate: 2026-01-09\n\n## Parts\n\n"
		"| Component | Status |\n\n|---|---|\n\n| api | ✅ |\n\n"
		"| worker | ❌ |\n\n| web | ⚠️ |\n\nEnd of the report.\n\n"
		"Written by the team.\n\nAnother line.\n";
	prr_review *r = text_as("review.md", doubled, &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_components, 3);
		if (r->n_components == 3) {
			CHECK_STR(r->components[1].name, "worker");
			CHECK_INT(r->components[1].status, PRR_FAIL);
			CHECK_INT(r->components[1].line, 13);
		}
	}
	CHECK(md_said(&d, "every line is followed by a blank line"));
	prr_review_free(r);
	prr_diags_free(&d);

	/* a sentence broken over two lines with a blank between: doubled */
	d = (prr_diags)PRR_DIAGS_INIT;
	r = text_as("review.md",
		    "# Status\n\nDate: 2026-01-09\n\n## Verdict\n\nThe service is\n\n"
		    "not ready for production.\n\n## Notes\n\nOne.\n\nTwo.\n\n"
		    "Three.\n\nFour.\n", &d);
	CHECK(md_said(&d, "every line is followed by a blank line"));
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	prr_review_free(r);
	prr_diags_free(&d);

	/* headings and one-line paragraphs, each a block of its own, are
	 * written so: nothing to undo, no note (a real report's shape) */
	d = (prr_diags)PRR_DIAGS_INIT;
	r = text_as("review.md",
		    "# Report\n\nDate: 2025-01-15\n\n### Critical issues\n\n"
		    "#### 1. Memory leak\n\nThe map grows unbounded.\n\n"
		    "## Actions\n\n### 1. Fix the leak\n\nAdd a cleanup hook.\n\n"
		    "### 2. Monitor the cache\n\nTrack hit rate.\n", &d);
	CHECK(r != NULL);
	CHECK(!md_said(&d, "every line is followed by a blank line"));
	prr_review_free(r);
	prr_diags_free(&d);

	d = (prr_diags)PRR_DIAGS_INIT;
	r = text_as("2026-01-01.md",
		    "# Readiness review — copy me\n\n**Date:** YYYY-MM-DD\n"
		    "**Owner:** [Name]\n**Status:** TBD\n\n"
		    "| Component | Status |\n|---|---|\n| [Component] | TBD |\n"
		    "| [Component] | TBD |\n| - | - |\n", &d);
	CHECK(md_said(&d, "looks like a template"));
	CHECK(r && r->n_components == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__a_finding_listed_twice_is_one)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Summary of issues\n\n- Gunicorn not used (Critical)\n"
		"- Slow cold start\n\n## Issues\n\n### High\n\n"
		"#### 1. Slow cold start on big nodes\n\nText.\n\n"
		"#### 2. Missing metrics\n\nText.\n", &d);
	CHECK(r != NULL);
	if (r) {
		/* the summary's items and the sections are the same three */
		CHECK_INT(r->n_findings, 3);
		const prr_finding *f = finding(r, "Slow cold start");
		CHECK(f && f->severity == PRR_SEV_HIGH && f->line == 6);
		f = finding(r, "Gunicorn");
		CHECK(f && f->severity == PRR_SEV_CRITICAL);
		f = finding(r, "Missing metrics");
		CHECK(f && f->severity == PRR_SEV_HIGH);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/*** What a line is asked ***/

/* Each line recogniser first looks for what any match needs (a digit, a
 * grade's capital, a byte beyond ASCII, a colon in the first 64 bytes):
 * lines on either side of each of those tests. */
PRR_TEST(import_read__lines_asked_only_what_they_can_hold)
{
	prr_diags d = PRR_DIAGS_INIT;
	/* a full-width colon before an ASCII one labels the line */
	prr_review *r = text_as("review.md",
				"# R\n\n创建日期：2026年1月11日 10:30\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-01-11") == 0);
	prr_review_free(r);
	/* a label past the first 64 bytes is none: no verdict */
	r = text_as("review.md", "# R\n\nDate: 2026-01-01\n\nA line of prose "
		    "that goes on for more than sixty-four bytes Verdict: NOT "
		    "READY\n", &d);
	CHECK(r && r->level == PRR_LEVEL_UNKNOWN);
	prr_review_free(r);
	r = text_as("review.md", "# R\n\nDate: 2026-01-01\n\nVerdict: NOT "
		    "READY\n", &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	prr_review_free(r);
	/* a grade alone (no digit), stars alone (no ASCII mark); nothing in
	 * a lower-case heading that says "out of" */
	r = text_as("review.md", "# R\n\nDate: 2026-01-01\n\n"
		    "## Security Grade: A-\n\n## Reliability ⭐⭐⭐⭐☆\n\n"
		    "## overall it was out of scope\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_scores + r->n_dimensions, 2);
		const prr_dimension *m = dim(r, "Security");
		CHECK(m && m->grade && strcmp(m->grade, "A-") == 0);
		m = dim(r, "Reliability");
		CHECK(m && m->score == 4 && m->max == 5);
	}
	prr_review_free(r);
	/* a commit needs a digit: "commit deadbeef" names none, "commit
	 * deadbee5" one */
	r = text_as("review.md", "# R\n\nDate: 2026-01-01\n\n"
		    "See commit deadbeef.\n\nFixed in commit deadbee5.\n", &d);
	CHECK(r && r->n_commits == 1 &&
	      strcmp(r->commits[0].ref, "deadbee5") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/*** Evidence ***/

/* The item of `v` with `path` and `token` (NULL: none), or NULL. */
static const prr_evidence *ev(const prr_evidence *v, size_t n,
			      const char *path, const char *token)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].path, path) == 0 &&
		    (token ? v[i].token && strcmp(v[i].token, token) == 0
			   : !v[i].token))
			return &v[i];
	return NULL;
}

/* How many items of `v` hold `path`. */
static size_t ev_count(const prr_evidence *v, size_t n, const char *path)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += strcmp(v[i].path, path) == 0;
	return k;
}

/* An item that must be there, with its line and claim kind. */
#define CHECK_EV(v, n, path, token, want_line, want_absent, want_planned)   \
	do {                                                                \
		const prr_evidence *e_ = ev(v, n, path, token);             \
		CHECK(e_ != NULL);                                          \
		if (e_) {                                                   \
			CHECK_INT(e_->line, want_line);                     \
			CHECK_INT(e_->absent, want_absent);                 \
			CHECK_INT(e_->planned, want_planned);               \
		}                                                           \
	} while (0)

/* No item of `v` has a path holding one of `words`. */
static void check_no_path(const prr_evidence *v, size_t n,
			  const char *const *words, const char *file, int line)
{
	for (size_t i = 0; i < n; i++)
		for (int k = 0; words[k]; k++)
			if (strstr(v[i].path, words[k]))
				prr_test_fail(file, line, "'%s' read as a path",
					      v[i].path);
}

#define CHECK_NO_PATH(v, n, words) check_no_path(v, n, words, __FILE__, __LINE__)

PRR_TEST(import_read__evidence_where_a_reader_sees_it)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = prr_test_md("evidence.md", &d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	const prr_evidence *v = r->evidence;
	size_t n = r->n_evidence;
	/* prose, with a file:line; list items; a file name as an item's
	 * subject; a checklist; a table's cells; a reference list */
	CHECK_EV(v, n, "conf/routes.yaml", NULL, 9, false, false);
	CHECK_EV(v, n, "src/net/Client.ts", NULL, 9, false, false);
	CHECK_EV(v, n, "bootstrap.sh", NULL, 16, false, false);
	CHECK_EV(v, n, "healthcheck.sh", NULL, 23, false, false);
	CHECK_EV(v, n, "src/cache/lru.go", NULL, 28, false, false);
	CHECK_EV(v, n, "packages/router/src/table.ts", NULL, 33, false, false);
	CHECK_EV(v, n, "scripts/up.sh", NULL, 34, false, false);
	/* a bare name after a path: beside it */
	const prr_evidence *e = ev(v, n, "Pool.ts", NULL);
	CHECK(e && e->beside && strcmp(e->beside, "src/net/Client.ts") == 0);
	e = ev(v, n, "bucket.go", NULL);
	CHECK(e && e->beside && strcmp(e->beside, "src/cache/lru.go") == 0);
	e = ev(v, n, "src/cache/lru.go", NULL);
	CHECK(e && !e->beside);
	/* what is claimed: gone, holding a token, lacking one, to be made */
	CHECK_EV(v, n, "legacy/poller.js", NULL, 17, true, false);
	CHECK_EV(v, n, "vendor/shim.c", NULL, 18, true, false);
	CHECK_EV(v, n, "src/net/Client.ts", "RetryPolicy", 19, false, false);
	CHECK_EV(v, n, "src/net/Client.ts", "Backoff", 19, false, false);
	CHECK_EV(v, n, "src/net/Pool.ts", "dropAll()", 20, true, false);
	CHECK_EV(v, n, "ops/alerts.yaml", NULL, 24, false, true);
	/* once per owner and claim: Client.ts is cited on lines 9, 14, 21 */
	CHECK_INT(ev_count(v, n, "src/net/Client.ts"), 3);
	/* a wave's list of files with no story: the review's, planned */
	CHECK_EV(v, n, "src/guard/limits.ts", NULL, 66, false, true);
	/* "Criar" (Portuguese): to be created */
	CHECK_EV(v, n, "src/ui/Upload.tsx", NULL, 87, false, true);
	/* "__fixtures__" unmarked: bold to Markdown, a folder to a reader */
	CHECK_EV(v, n, "tools/__fixtures__/seed.py", NULL, 91, false, false);
	CHECK_EV(v, n, "src/ui/Drop.tsx", NULL, 92, false, true);
	/* a file in parentheses after a clause that says it is not there */
	CHECK_EV(v, n, "tests/load/plan.md", NULL, 93, true, false);
	/* "Produce `x`": a file to be made, not one said to be there */
	CHECK_EV(v, n, "reports/scan.json", NULL, 97, false, true);
	CHECK_INT(n, 21);
	/* what is no file: URLs, globs, versions, commands, ports, routes,
	 * identifiers, branches */
	static const char *const not[] = { "example.org", "*.md", "2.4.1",
		"npm", "8080", "status", "Widget", "hotfix", "release",
		"spike", NULL };
	CHECK_NO_PATH(v, n, not);
	/* a component's section: its evidence */
	CHECK_INT(r->n_components, 1);
	if (r->n_components == 1) {
		const prr_component *c = &r->components[0];
		CHECK_INT(c->n_evidence, 2);
		CHECK_EV(c->evidence, c->n_evidence, "src/store/blob.rs", NULL,
			 40, false, false);
		CHECK_EV(c->evidence, c->n_evidence, "src/store/index.rs", NULL,
			 41, false, false);
	}
	/* a story's row and its section's lists of files */
	CHECK(r->n_waves >= 1 && r->waves[0].n_stories == 2);
	if (r->n_waves >= 1 && r->waves[0].n_stories == 2) {
		const prr_story *s = &r->waves[0].stories[0];
		CHECK_INT(s->n_evidence, 1);
		CHECK_EV(s->evidence, s->n_evidence, "src/config/load.ts",
			 "parseEnv", 47, false, false);
		s = &r->waves[0].stories[1];
		CHECK_INT(s->n_evidence, 5);
		CHECK_EV(s->evidence, s->n_evidence, "**/schema.*",
			 "flags.enableMirror", 48, false, false);
		CHECK_EV(s->evidence, s->n_evidence, "src/flags/registry.ts",
			 NULL, 53, false, true);
		CHECK_EV(s->evidence, s->n_evidence, "src/flags/defaults.json",
			 NULL, 54, false, true);
		CHECK_EV(s->evidence, s->n_evidence, "src/config/load.ts", NULL,
			 57, false, false);
		/* "Files to Delete": gone once the plan is done */
		CHECK_EV(s->evidence, s->n_evidence, "src/flags/old_flags.ts",
			 NULL, 60, true, true);
	}
	/* a story named by a heading ("Story 3.2: …") when its id is its
	 * Story cell; "- Removed …" after a file says what changed in it */
	CHECK(r->n_waves >= 3 && r->waves[r->n_waves - 1].n_stories == 2);
	if (r->n_waves >= 3 && r->waves[r->n_waves - 1].n_stories == 2) {
		const prr_story *s = &r->waves[r->n_waves - 1].stories[1];
		CHECK_INT(s->n_evidence, 1);
		CHECK_EV(s->evidence, s->n_evidence, "src/audit/trail.ts", NULL,
			 83, false, false);
	}
	/* the commit field before the branch; commits cited, once each */
	CHECK_STR(r->revision, "9f3c2ab71d");
	static const char *const refs[] = { "9f3c2ab71d", "4be81c0",
		"c0ffee12" };
	CHECK_INT(r->n_commits, 3);
	for (size_t k = 0; k < 3; k++) {
		size_t seen = 0;
		for (size_t i = 0; i < r->n_commits; i++)
			seen += strcmp(r->commits[i].ref, refs[k]) == 0;
		CHECK_INT(seen, 1);
	}
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Files named in running text without backticks, and links' targets: the
 * same readings as backticked ones. */
PRR_TEST(import_read__evidence_in_running_text)
{
	static const char text[] =
		"# Relay review\n"                                              /* 1 */
		"\n"
		"Date: 2026-05-02\n"
		"\n"
		"## Observability\n"                                            /* 5 */
		"\n"
		"Dashboards are defined in ops/dash/relay.json and the runbook\n"
		"lives at docs/runbooks/outage.md. Alerts are in the `alerts/` folder.\n"
		"See [the SLO doc](docs/slo.md) and commit 3f2a9c1 for the fix.\n"
		"The config file is relay.yaml; tests live under tests/integration/.\n" /* 10 */
		"There is no CHANGELOG.md yet, and old-sync.sh was removed.\n"
		"Create SECURITY.md before launch (see **NOTES.md**, \xE2\x80\x9C" "cfg.toml\xE2\x80\x9D).\n"
		"No tests for the guards (lib/guard.ts); no audit report yet (docs/AUDIT.md).\n"
		"settings.toml has `retries` and `timeout`.\n"
		"Work goes on the branch fixes/login.md for now.\n"              /* 15 */
		"Read https://example.org/a.md, github.com/org/relay/README.md,\n"
		"www.example.com/a.json, ana@example.md, Node.js,\n"
		"e.g. v1.2.3, CI/CD and/or 3.11.\n"
		"\n"
		"## Notes on the Dockerfile\n"                                  /* 20 */
		"\n"
		"- deploy.sh runs after db/migrate.sql\n"
		"- [runbook](./runbooks/db.md#restore), [site](https://x.org/a.md),\n"
		"  [mail](mailto:ana@x.md), [up](../outside.md), [top](#setup)\n"
		"- [readme](docs/../README.md) and [docs/guide.md](docs/guide.md)\n" /* 25 */
		"- No [plan](docs/plan.md) yet\n"
		"- The [same words](docs/first.md) here\n"
		"- The [same words](docs/second.md) again\n"
		"\n"
		"| Area | Proof |\n"                                            /* 30 */
		"|------|-------|\n"
		"| Cache | lru.go and [bench](bench/cache.md) |\n"
		"\n"
		"- A loose item\n"
		"\n"                                                           /* 35 */
		"  Its second paragraph cites [the guide](docs/loose.md).\n"
		"\n"
		"Routes in app/[id]/page.tsx; [api.ts, web.ts] stay.\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("relay.md", text, &d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	const prr_evidence *v = r->evidence;
	size_t n = r->n_evidence;
	static const struct want {
		const char *path, *token;
		int line;
		bool absent, planned;
	} want[] = {
		/* bare paths of prose, punctuation off; a link's target */
		{ "ops/dash/relay.json", NULL, 7, false, false },
		{ "docs/runbooks/outage.md", NULL, 8, false, false },
		{ "alerts/", NULL, 8, false, false },
		{ "docs/slo.md", NULL, 9, false, false },
		{ "relay.yaml", NULL, 10, false, false },
		/* a folder ended by its slash */
		{ "tests/integration/", NULL, 10, false, false },
		{ "NOTES.md", NULL, 12, false, false },
		{ "cfg.toml", NULL, 12, false, false },
		/* gone, to be made; "No tests for the guards (x)": x is
		 * there */
		{ "CHANGELOG.md", NULL, 11, true, false },
		{ "old-sync.sh", NULL, 11, true, false },
		{ "SECURITY.md", NULL, 12, false, true },
		{ "lib/guard.ts", NULL, 13, false, false },
		{ "docs/AUDIT.md", NULL, 13, true, false },
		/* a bare file holds the tokens after it */
		{ "settings.toml", "retries", 14, false, false },
		{ "settings.toml", "timeout", 14, false, false },
		/* a heading's name; an item's words past its subject; a
		 * cell's */
		{ "Dockerfile", NULL, 20, false, false },
		{ "deploy.sh", NULL, 22, false, false },
		{ "db/migrate.sql", NULL, 22, false, false },
		{ "lru.go", NULL, 32, false, false },
		{ "bench/cache.md", NULL, 32, false, false },
		/* links: "#anchor" off, "./" and ".." resolved; "No [plan](x)
		 * yet": gone */
		{ "runbooks/db.md", NULL, 23, false, false },
		{ "README.md", NULL, 25, false, false },
		{ "docs/guide.md", NULL, 25, false, false },
		{ "docs/plan.md", NULL, 26, true, false },
		/* two links that show the same words: each on its own line */
		{ "docs/first.md", NULL, 27, false, false },
		{ "docs/second.md", NULL, 28, false, false },
		/* a link in a loose item's second paragraph: the item's */
		{ "docs/loose.md", NULL, 34, false, false },
		/* brackets: a folder's kept, a list's off */
		{ "app/[id]/page.tsx", NULL, 38, false, false },
		{ "api.ts", NULL, 38, false, false },
		{ "web.ts", NULL, 38, false, false },
	};
	for (size_t k = 0; k < sizeof want / sizeof *want; k++) {
		const struct want *w = &want[k];
		const prr_evidence *e = ev(v, n, w->path, w->token);
		if (!e || e->line != w->line || e->absent != w->absent ||
		    e->planned != w->planned)
			prr_test_fail(__FILE__, __LINE__, "'%s' (%s) not read as "
				      "line %d, absent %d, planned %d", w->path,
				      w->token ? w->token : "no token", w->line,
				      w->absent, w->planned);
	}
	CHECK(ev(v, n, "settings.toml", NULL) == NULL);
	/* a link whose text is its target: once */
	CHECK_INT(ev_count(v, n, "docs/guide.md"), 1);
	CHECK_INT(n, sizeof want / sizeof *want);
	/* what is no file: a branch, URLs, hosts, addresses, a framework,
	 * versions, words with a slash; links to URLs, mail, anchors, out
	 * of the repository */
	static const char *const not[] = { "fixes/", "example", "github.com", "Node", "e.g", "1.2.3", "CI/CD",
		"and/or", "3.11", "x.org", "ana@", "outside", "setup", NULL };
	CHECK_NO_PATH(v, n, not);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A list under a heading or label that says to remove something: files
 * to delete (absent and planned), in the languages reviews are written
 * in; an item with more to say than its file, a label about something
 * else, "Drop-in" and a report of files removed are not. */
PRR_TEST(import_read__files_to_delete)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("review.md",
		"# R\n\nDate: 2026-01-01\n\n"
		"## Nettoyage : supprimer l'ancien export\n\n"        /* 5 */
		"- `export/v1.py`\n"
		"- `export/mapper.py`: garder, simplifier\n\n"
		"## Limpieza\n\n"                                      /* 10 */
		"**Archivos a eliminar:**\n\n"
		"- `tmp/cache.json` (viejo)\n\n"
		"## Next steps\n\n"                                    /* 16 */
		"- Remove console.log: `web/app.ts`\n"
		"- Remove these files:\n"
		"  - `web/old.ts`\n\n"
		"## Drop-in replacement\n\n"                           /* 22 */
		"- `lib/shim.ts`\n\n"
		"## \xE6\xB8\x85\xE7\x90\x86\xE5\x88\xA0\xE9\x99\xA4\n\n" /* 26: 清理删除 */
		"- `tools/gen.sh`\n\n"
		"## Done\n\n"                                          /* 30 */
		"**Files removed:**\n\n"
		"- `api/legacy.go`\n", &d);
	CHECK(r != NULL);
	if (r) {
		const prr_evidence *v = r->evidence;
		size_t n = r->n_evidence;
		CHECK_EV(v, n, "export/v1.py", NULL, 7, true, true);
		CHECK_EV(v, n, "export/mapper.py", NULL, 8, false, false);
		CHECK_EV(v, n, "tmp/cache.json", NULL, 14, true, true);
		CHECK_EV(v, n, "web/app.ts", NULL, 18, false, false);
		CHECK_EV(v, n, "web/old.ts", NULL, 20, true, true);
		CHECK_EV(v, n, "lib/shim.ts", NULL, 24, false, false);
		CHECK_EV(v, n, "tools/gen.sh", NULL, 28, true, true);
		/* a report that they are gone: absent, no plan */
		CHECK_EV(v, n, "api/legacy.go", NULL, 34, true, false);
		CHECK_INT(n, 8);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import_read__revision_fields)
{
	static const struct { const char *text, *rev; } cases[] = {
		{ "# R\n\nCommit: `abc1234`\n", "abc1234" },
		{ "# R\n\n**Revision:** 0d1e2f3a (after the fix)\n", "0d1e2f3a" },
		{ "# R\n\n- **Tag:** v1.8.0\n", "v1.8.0" },
		/* a commit before a tag, a tag before a branch, whatever the
		 * order written */
		{ "# R\n\n**Branch:** `main`\n**Tag:** v2.0\n", "v2.0" },
		{ "# R\n\n**Tag:** v2.0\n\n**Commit:** 77aa99bb\n", "77aa99bb" },
		{ "# R\n\nBranch: `release/3`\n", "release/3" },
		{ "---\ntitle: R\ncommit: 5e6f7a8b\n---\n\n# R\n", "5e6f7a8b" },
		{ "# R\n\n| Field | Value |\n|---|---|\n| Branch | dev |\n"
		  "| Commit | `c4d5e6f7` |\n", "c4d5e6f7" },
		/* not a commit: no revision */
		{ "# R\n\n**Commit:** pending\n", NULL },
		{ "# R\n\nNothing here.\n", NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-02.md", cases[i].text, &d);
		CHECK(r != NULL);
		const char *got = r ? r->revision : NULL;
		if (cases[i].rev ? !got || strcmp(got, cases[i].rev) != 0 : got != NULL)
			prr_test_fail(__FILE__, __LINE__, "case %zu: revision %s, "
				      "expected %s", i, got ? got : "none",
				      cases[i].rev ? cases[i].rev : "none");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A review in each of the thirteen languages read since, as their
 * writers lay one out: the date, the verdict, an area table, a findings
 * table or list (severity, blocking) and an action table. */
PRR_TEST(import_read__reviews_in_more_languages)
{
	static const struct {
		const char *text, *date;
		prr_level level;
		size_t checks, findings, blocking, milestones;
		prr_severity first;
	} cases[] = {
		{ "# Posouzení\n\nDatum posouzení: 21. září 2026\n\n"
		  "**Celkové hodnocení: Částečně připraveno**\n\n"
		  "## Hodnocení oblastí\n\n| Oblast | Stav |\n|---|---|\n"
		  "| Monitoring | ✅ Splněno |\n| Zálohování | ❌ Nesplněno |\n\n"
		  "## Nálezy\n\n| ID | Závažnost | Popis | Blokující |\n"
		  "|---|---|---|---|\n| FAK-1 | Vysoká | Archiv | Ano |\n"
		  "| FAK-3 | Střední | Obnova | Ne |\n",
		  "2026-09-21", PRR_LEVEL_PARTIAL, 2, 2, 1, 0, PRR_SEV_HIGH },
		{ "# Огляд\n\n**Дата огляду:** 4 листопада 2026 р.\n"
		  "**Рішення:** НЕ ГОТОВО\n\n## Виявлені проблеми\n\n"
		  "### Критичні\n\n1. **NOTIF-12** — Немає резерву. Блокує "
		  "запуск.\n\n### Середні\n\n2. **NOTIF-18** — Немає "
		  "алерту.\n\n## Наступні кроки\n\n| Завдання | "
		  "Відповідальний | Термін | Статус |\n|---|---|---|---|\n"
		  "| Перемикання DC | О. К. | 2026-12-01 | В роботі |\n",
		  "2026-11-04", PRR_LEVEL_NOT_READY, 0, 2, 1, 1,
		  PRR_SEV_CRITICAL },
		{ "# Driftsparathed\n\n**Dato:** 3. marts 2026\n\n"
		  "## Status pr. område\n\n| Område | Status |\n|---|---|\n"
		  "| Sikkerhed | Godkendt |\n| Beredskab | Delvist |\n"
		  "| WCAG | Ikke godkendt |\n\n## Fund\n\n1. **Høj** — "
		  "Fejlbeskeder. *Blokerende.*\n2. **Lav** — Logning.\n\n"
		  "## Konklusion\n\nLøsningen er **ikke klar til "
		  "produktion** endnu.\n",
		  "2026-03-03", PRR_LEVEL_NOT_READY, 3, 2, 1, 0, PRR_SEV_HIGH },
		{ "# Élesítés\n\n**Dátum:** 2026. szeptember 14.\n\n"
		  "## Hiányosságok\n\n- **Kritikus:** jelszó a konfigban. "
		  "Blokkoló.\n- **Alacsony:** napló.\n\n## Döntés\n\n"
		  "A rendszer **feltételesen élesíthető**, ha a jelszót "
		  "addig megszüntetjük.\n",
		  "2026-09-14", PRR_LEVEL_PARTIAL, 0, 2, 1, 0, PRR_SEV_CRITICAL },
		{ "# סקירה\n\n**תאריך הסקירה:** 15 ביולי 2026\n"
		  "**החלטה:** מוכן עם הסתייגויות\n\n## ממצאים\n\n"
		  "| מזהה | חומרה | תיאור | חוסם |\n|---|---|---|---|\n"
		  "| ORD-7 | גבוהה | שחזור | כן |\n| ORD-9 | בינונית | "
		  "תרגול | לא |\n",
		  "2026-07-15", PRR_LEVEL_PARTIAL, 0, 2, 1, 0, PRR_SEV_HIGH },
		{ "# مراجعة\n\n**التاريخ:** 12 أكتوبر 2026\n\n## الملاحظات\n\n"
		  "1. **عالية** — دليل التشغيل. **مانع للإطلاق.**\n"
		  "2. **منخفضة** — رسائل الخطأ.\n\n## القرار\n\n"
		  "**غير جاهز للإنتاج** حالياً.\n",
		  "2026-10-12", PRR_LEVEL_NOT_READY, 0, 2, 1, 0, PRR_SEV_HIGH },
		{ "# Αναθεώρηση\n\n**Ημερομηνία αναθεώρησης:** 18 Νοεμβρίου "
		  "2026\n\n**Απόφαση: Έτοιμο υπό προϋποθέσεις.**\n\n"
		  "## Ευρήματα\n\n| Κωδικός | Σοβαρότητα | Περιγραφή | "
		  "Εμποδίζει την έναρξη |\n|---|---|---|---|\n"
		  "| ΗΣ-07 | Υψηλή | Δοκιμή | Ναι |\n| ΗΣ-11 | Χαμηλή | "
		  "Αρχεία | Όχι |\n",
		  "2026-11-18", PRR_LEVEL_PARTIAL, 0, 2, 1, 0, PRR_SEV_HIGH },
		{ "# การทบทวน\n\n**วันที่ประชุม:** 15 มกราคม 2569\n\n"
		  "**ข้อสรุป: ยังไม่พร้อมขึ้นระบบจริง**\n\n## ประเด็นที่พบ\n\n"
		  "| รหัส | ความรุนแรง | รายละเอียด | เป็นอุปสรรค |\n"
		  "|---|---|---|---|\n| PP-201 | วิกฤต | คิวเต็ม | ใช่ |\n"
		  "| PP-203 | กลาง | ไม่จำกัด | ไม่ใช่ |\n\n## งานที่ต้องทำต่อ\n\n"
		  "| งาน | ผู้รับผิดชอบ | กำหนดเสร็จ | สถานะ |\n|---|---|---|---|\n"
		  "| ทดสอบโหลดใหม่ | คุณธนากร | 2026-01-29 | กำลังดำเนินการ |\n",
		  "2026-01-15", PRR_LEVEL_NOT_READY, 0, 2, 1, 1,
		  PRR_SEV_CRITICAL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("review.md", cases[i].text, &d);
		CHECK(r != NULL);
		size_t checks = 0, blocking = 0;
		for (size_t k = 0; r && k < r->n_components; k++)
			checks += r->components[k].n_checks;
		for (size_t k = 0; r && k < r->n_findings; k++)
			blocking += r->findings[k].blocking;
		if (r && (!r->date || strcmp(r->date, cases[i].date) != 0 ||
			  r->level != cases[i].level || checks != cases[i].checks ||
			  r->n_findings != cases[i].findings ||
			  blocking != cases[i].blocking ||
			  r->n_milestones != cases[i].milestones ||
			  (r->n_findings &&
			   r->findings[0].severity != cases[i].first)))
			prr_test_fail(__FILE__, __LINE__,
				      "case %zu: date %s, %s, %zu checks, %zu "
				      "findings (%zu blocking, first %s), %zu "
				      "milestones",
				      i, r->date ? r->date : "none",
				      prr_level_name(r->level), checks,
				      r->n_findings, blocking,
				      r->n_findings ? prr_severity_name(
							      r->findings[0].severity)
						    : "-",
				      r->n_milestones);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Follow-ups in the thirteen languages: each item names an action, then
 * its day; the action's name stops before its separators ("—", "–") */
PRR_TEST(import_read__follow_ups_in_more_languages)
{
	static const struct { const char *text, *first; size_t count; } cases[] = {
		{ "# R\n\n## Handlinger\n\n- Ret fejlbeskeder — @lholm — "
		  "2026-03-10\n- Øv genvejsprocedure — @smortensen — "
		  "2026-03-12\n", "Ret fejlbeskeder", 2 },
		{ "# R\n\n## Oppfølging\n\n- Skrive kapittel – @kh – "
		  "2026-02-18\n- Forbedre eksport – @ib – 2026-03-15\n",
		  "Skrive kapittel", 2 },
		{ "# R\n\n## Επόμενα βήματα\n\n- Δοκιμή μεταγωγής — "
		  "2026-12-02\n- Όριο αιτημάτων — 2026-12-09\n",
		  "Δοκιμή μεταγωγής", 2 },
		{ "# R\n\n## Åtgärder\n\n- Palautustesti, senast "
		  "2026-03-20\n- Larm, senast 2026-03-25\n", "Palautustesti",
		  2 },
		/* not under a heading of actions: a log of what was done */
		{ "# R\n\n## Historik\n\n- Släppt — 2026-03-10\n"
		  "- Testad — 2026-03-12\n", NULL, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", cases[i].text, &d);
		CHECK(r != NULL);
		if (r && (r->n_milestones != cases[i].count ||
			  (cases[i].first &&
			   strcmp(r->milestones[0].name, cases[i].first) != 0)))
			prr_test_fail(__FILE__, __LINE__,
				      "case %zu: %zu milestones, first '%s'", i,
				      r->n_milestones,
				      r->n_milestones ? r->milestones[0].name
						      : "");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A table of areas under a heading that says how the review is laid out
 * ("Status pr. område", "Αξιολόγηση ανά κατηγορία") is the document's
 * own component, named by its title, as under "Status by area" */
PRR_TEST(import_read__layout_headings_in_more_languages)
{
	static const char *const headings[] = { "Status pr. område",
		"Vurdering per område", "Hodnocení oblastí",
		"Αξιολόγηση ανά κατηγορία", "ผลการประเมินรายหมวด",
		"حالة المجالات" };
	for (size_t i = 0; i < sizeof headings / sizeof *headings; i++) {
		char text[512];
		snprintf(text, sizeof text,
			 "# Portal login\n\n## %s\n\n| Område | Status |\n"
			 "|---|---|\n| Sikkerhed | ✅ |\n| WCAG | ❌ |\n",
			 headings[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", text, &d);
		CHECK(r != NULL);
		if (r && (r->n_components != 1 ||
			  strcmp(r->components[0].name, "Portal login") != 0))
			prr_test_fail(__FILE__, __LINE__,
				      "'%s': %zu components, first '%s'",
				      headings[i], r->n_components,
				      r->n_components ? r->components[0].name
						      : "");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A score named in the thirteen languages read since is the review's */
PRR_TEST(import_read__scores_named_in_more_languages)
{
	static const char *const lines[] = {
		"Scor de pregătire: 72/100 (ținta: 85).",
		"Összesített pontszám: 72/100.", "Skóre připravenosti: 72/100.",
		"Βαθμολογία ετοιμότητας: 72/100.", "ציון מוכנות: 72/100.",
		"คะแนนความพร้อม: 72/100",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
		char text[256];
		snprintf(text, sizeof text, "# Portal\n\n## X\n\n%s\n", lines[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", text, &d);
		CHECK(r != NULL);
		if (r && (r->n_scores != 1 || r->scores[0].value != 72 ||
			  r->scores[0].max != 100))
			prr_test_fail(__FILE__, __LINE__, "'%s': %zu scores",
				      lines[i], r->n_scores);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Under a heading that is one finding: a sentence that opens with a
 * blocking word says it blocks, and a severity field in a list item
 * gives its severity, in any language read */
PRR_TEST(import_read__finding_headings_say_they_block)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Findings\n\n### AV-1: No alarms (Severity: High)\n"
		"Nobody notices. **Blocking** for the refunds launch.\n\n"
		"### AV-2: No routine (Severity: Medium)\nNot blocking.\n\n"
		"## Temuan\n\n### WAL-01 — Rekonsiliasi manual (Tingkat: "
		"Tinggi)\nSelisih saldo.\n**Memblokir** peluncuran kampanye.\n\n"
		"### WAL-03 — Token (Tingkat: Sedang)\nTidak memblokir.\n\n"
		"## Nálezy\n\n### FAK-1: Archiv\n\n- **Závažnost:** Vysoká\n",
		&d);
	CHECK(r && r->n_findings == 5);
	static const struct { const char *id; prr_severity sev; bool blocks; } want[] = {
		{ "AV-1", PRR_SEV_HIGH, true }, { "AV-2", PRR_SEV_MEDIUM, false },
		{ "WAL-01", PRR_SEV_HIGH, true }, { "WAL-03", PRR_SEV_MEDIUM, false },
		{ "FAK-1", PRR_SEV_HIGH, false },
	};
	for (size_t i = 0; r && i < r->n_findings && i < 5; i++) {
		const prr_finding *f = &r->findings[i];
		if (strcmp(f->id, want[i].id) != 0 || f->severity != want[i].sev ||
		    f->blocking != want[i].blocks)
			prr_test_fail(__FILE__, __LINE__, "%s: %s%s", f->id,
				      prr_severity_name(f->severity),
				      f->blocking ? " blocking" : "");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A severity tag and the dash after it are not a finding's title:
 * "**FP-31 (low)** – The runbook …", with an en dash or an em dash, and
 * "**Høj** – Fejlbeskeder" */
PRR_TEST(import_read__tags_before_a_dash_leave_the_title)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n## Funn\n\n1. **FP-31 (lav)** – Driftshåndboken mangler "
		"et kapittel.\n2. **FP-33 (middels)** — Eksport er treg.\n\n"
		"## Fund\n\n1. **Høj** – Fejlbeskeder kan ikke læses.\n"
		"2. **Lav** – Logning.\n", &d);
	CHECK(r && r->n_findings == 4);
	static const char *const titles[] = {
		"Driftshåndboken mangler et kapittel.", "Eksport er treg.",
		"Fejlbeskeder kan ikke læses.", "Logning.",
	};
	static const prr_severity sev[] = { PRR_SEV_LOW, PRR_SEV_MEDIUM,
		PRR_SEV_HIGH, PRR_SEV_LOW };
	for (size_t i = 0; r && i < r->n_findings && i < 4; i++)
		if (strcmp(r->findings[i].title, titles[i]) != 0 ||
		    r->findings[i].severity != sev[i])
			prr_test_fail(__FILE__, __LINE__, "'%s' (%s)",
				      r->findings[i].title,
				      prr_severity_name(r->findings[i].severity));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A findings table with no Status column whose Blocking cell answers
 * that the finding is resolved: that row is closed, left out */
PRR_TEST(import_read__a_blocking_cell_that_says_resolved)
{
	static const char *const tables[] = {
		"# R\n\n## Probleme identificate\n\n| ID | Severitate | Descriere | "
		"Blocant |\n|---|---|---|---|\n| PC-14 | Ridicată | Alerte | Da |\n"
		"| PC-16 | Scăzută | Documentație | Nu |\n| PC-09 | Ridicată | "
		"Sesiuni | Rezolvat în 2.0.3 |\n",
		"# R\n\n## Findings\n\n| ID | Severity | Description | Blocking |\n"
		"|---|---|---|---|\n| PC-14 | High | Alerts | Yes |\n| PC-16 | Low "
		"| Docs | No |\n| PC-09 | High | Sessions | Resolved in 2.0.3 |\n",
	};
	for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", tables[i], &d);
		CHECK(r && r->n_findings == 2);
		CHECK(r && r->n_findings == 2 && r->findings[0].blocking &&
		      !r->findings[1].blocking &&
		      r->findings[0].severity == PRR_SEV_HIGH &&
		      r->findings[1].severity == PRR_SEV_LOW);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* The sentence of a verdict under a closing heading does not end at a
 * number's dot before a small letter ("k 1. listopadu 2026", "2026.
 * szeptember 28-án"), and does at one before a capital ("… in 2026. The
 * service …") */
PRR_TEST(import_read__a_dated_dot_does_not_end_the_verdict)
{
	static const struct { const char *text, *want; } cases[] = {
		{ "# R\n\n## Závěr\n\nSlužba není připravena na spuštění "
		  "k 1. listopadu 2026. Pilotní provoz může pokračovat.\n",
		  "Služba není připravena na spuštění k 1. listopadu 2026." },
		{ "# R\n\n## Következtetés\n\nA rendszer 2026. szeptember "
		  "28-án nem élesíthető. A dashboard utólag is "
		  "elkészülhet.\n",
		  "A rendszer 2026. szeptember 28-án nem élesíthető." },
		{ "# R\n\n## Conclusion\n\nWe reviewed it in 2026. The service "
		  "is not ready for production.\n",
		  "The service is not ready for production." },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = text_as("2026-01-01.md", cases[i].text, &d);
		CHECK(r != NULL);
		if (r && (!r->status_text || strcmp(r->status_text, cases[i].want) != 0))
			prr_test_fail(__FILE__, __LINE__, "case %zu: '%s'", i,
				      r->status_text ? r->status_text : "(none)");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A column of a few status marks among words prr does not know is not
 * read as checks, and says so; a Notes column ("fuzzed" beside
 * "missing") is words, and says nothing (it warned on a public report). */
PRR_TEST(import_read__unread_status_column_warned_notes_not)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md",
		"# R\n\n| Component | Security |\n|---|---|\n| api | ✅ |\n"
		"| web | sometimes |\n| db | rarely |\n", &d);
	CHECK(md_said(&d, "column 'Security' mixes status words"));
	prr_review_free(r);
	prr_diags_free(&d);

	d = (prr_diags)PRR_DIAGS_INIT;
	r = text_as("2026-01-01.md",
		"# R\n\n| Component | Status | Notes |\n|---|---|---|\n"
		"| Matcher | ✅ | fuzzed |\n| Liquidation | ✅ | E2E tested |\n"
		"| Runbook | ❌ | missing |\n", &d);
	CHECK(r && r->n_components == 3);
	CHECK(!md_said(&d, "mixes status words"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A plan of more sprints than a wave is sought among (256): each row is
 * still a wave of its own, and a row that names an early one again adds
 * to it; the search stays bounded, so 50,000 rows import in linear time
 * (they took a minute). */
PRR_TEST(import_read__a_long_plan_of_sprints)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# Plan\n\nDate: 2026-01-01\n\n## Sprints\n\n"
			 "| Cycle | Points planned | Points done |\n|---|---|---|\n");
	for (int i = 1; i <= 300; i++)
		prr_buf_addf(&b, "| Cycle %d | 5 | 3 |\n", i);
	prr_buf_adds(&b, "| Cycle 2 | 5 | 3 |\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = text_as("2026-01-01.md", b.p, &d);
	CHECK(r && r->n_waves == 300);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
