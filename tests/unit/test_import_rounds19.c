/* test_import_rounds19.c - documents kept over time, where only the
 * latest part is current (round 19: "## Round 2 — date" sections, running
 * logs of dated entries, "Round 1 | Round 2" columns, a later list that
 * closes findings by ID): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Successive reviews under "## Round N — date" (or "Iteration N", "Pass
 * N"), newest last or first, are read as the review series "## Review N —
 * date" is: the newest is the review, its day the date, its verdict the
 * verdict; what only the older rounds say (NET-207 blocking) is left out,
 * with a warning. */
PRR_TEST(import_rounds19__round_sections_read_as_their_newest)
{
	static const char *const words[] = { "Round", "Iteration", "Pass" };
	for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
		for (int first = 0; first < 2; first++) {
			char one[200], two[200], doc[600];
			snprintf(one, sizeof one,
				 "## %s 1 \xE2\x80\x94 2026-01-28\n\n**Decision: NO-GO**\n\n"
				 "- NET-207 (Critical) \xE2\x80\x94 rules not exported. "
				 "Blocks cutover.\n\n", words[w]);
			snprintf(two, sizeof two,
				 "## %s 2 \xE2\x80\x94 2026-02-25\n\n**Decision: GO** for "
				 "the 14 March window.\n\n- NET-215 (Medium) \xE2\x80\x94 "
				 "pod C switches on IOS 15.2.\n\n", words[w]);
			snprintf(doc, sizeof doc, "# FRA2 Fabric Migration\n\n%s%s",
				 first ? two : one, first ? one : two);
			prr_diags d = PRR_DIAGS_INIT;
			prr_review *r = md_undated(doc, &d);
			CHECK(r && r->date && strcmp(r->date, "2026-02-25") == 0);
			CHECK(r && r->level == PRR_LEVEL_READY);
			CHECK(r && !md_finding(r, "NET-207") && md_finding(r, "NET-215"));
			CHECK(md_said(&d, "keeps 2 reviews"));
			prr_review_free(r);
			prr_diags_free(&d);
		}
	/* parts by number are no series: "## Pod 1 — date" */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Fabric\n\n## Pod 1 \xE2\x80\x94 2026-01-28\n\n"
				"- NET-207 (Critical) \xE2\x80\x94 rules not exported.\n\n"
				"## Pod 2 \xE2\x80\x94 2026-02-25\n\nAll good.\n", &d);
	CHECK(r && md_finding(r, "NET-207"));
	CHECK(!md_said(&d, "keeps 2 reviews"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A running log, one entry under each heading that opens with its day,
 * newest first or last, entries stating their verdicts: the newest entry
 * is the current state (its day the date, its verdict, its score); the
 * earlier entries are history, kept as narrative: their scores, findings
 * and headings are not read as current ones. */
PRR_TEST(import_rounds19__running_log_reads_its_newest_entry)
{
	static const char *const newest_first =
		"# Tidewater Ingest \xE2\x80\x94 Readiness Log\n\n"
		"Add new entries at the top.\n\n"
		"## 2026-03-02 \xE2\x80\x94 go/no-go checkpoint\n\n"
		"**Status: GO for 25% of partitions**\n\nReadiness score: 7/10\n\n"
		"Closed since last entry: ING-930.\n\n"
		"## 2026-02-16 \xE2\x80\x94 checkpoint\n\n**Status: NO-GO**\n\n"
		"Readiness score: 5/10\n\n"
		"- ING-930 (High) \xE2\x80\x94 schema registry drift. Open.\n\n"
		"## 2026-01-19 \xE2\x80\x94 kickoff\n\n**Status: NOT READY**\n\n"
		"---\n\n### Milestones\n\n| Milestone | Date | Status |\n|---|---|---|\n"
		"| 25% on Tidewater | 2026-03-09 | Planned |\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(newest_first, &d);
	CHECK(r && r->date && strcmp(r->date, "2026-03-02") == 0);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	CHECK(r && r->n_scores == 1 && r->scores[0].value == 7);
	CHECK(r && !md_finding(r, "ING-930") && r->n_checklists == 0);
	/* (the milestones after the log's closing rule are current) */
	CHECK(r && r->n_milestones == 1);
	CHECK(md_said(&d, "running log of 3 entries"));
	prr_review_free(r);
	prr_diags_free(&d);

	static const char *const newest_last =
		"# Orbit SDK 3.0 \xE2\x80\x94 Release readiness notes\n\n"
		"## 2026-02-26 \xE2\x80\x94 checkpoint\n\nStatus: **RED**\n\n"
		"- OSDK-91 (Medium): pagination skips the last page.\n\n"
		"## 2026-03-04 \xE2\x80\x94 go/no-go\n\nStatus: **GO**\n\n"
		"- OSDK-97 (Low) \xE2\x80\x94 README links the v2 godoc.\n";
	r = md_undated(newest_last, &d);
	CHECK(r && r->date && strcmp(r->date, "2026-03-04") == 0);
	CHECK(r && r->level == PRR_LEVEL_READY);
	CHECK(r && !md_finding(r, "OSDK-91") && md_finding(r, "OSDK-97"));
	prr_review_free(r);
	prr_diags_free(&d);

	/* a review that states its own verdict above dated sections of
	 * events: each section is its own, all read */
	r = md_text("# Svc readiness\n\n**Verdict: GO**\n\n"
		    "## 2026-04-16 \xE2\x80\x94 Load test\n\nResult: NOT READY at 2x.\n\n"
		    "- LT-3 (High) \xE2\x80\x94 p99 over budget.\n\n"
		    "## 2026-04-20 \xE2\x80\x94 Game day\n\nStatus: GO\n\n"
		    "- GD-1 (Medium) \xE2\x80\x94 failover took 9 min.\n", &d);
	CHECK(r && md_finding(r, "LT-3") && md_finding(r, "GD-1"));
	CHECK(!md_said(&d, "running log"));
	prr_review_free(r);
	prr_diags_free(&d);

	/* dated sections whose days are not in order are no log */
	r = md_text("# Notes\n\n## 2026-02-01 \xE2\x80\x94 a\n\nStatus: NO-GO\n\n"
		    "- AB-1 (High) \xE2\x80\x94 x.\n\n## 2026-03-01 \xE2\x80\x94 b\n\n"
		    "Status: GO\n\n## 2026-01-01 \xE2\x80\x94 c\n\nStatus: GO\n", &d);
	CHECK(r && md_finding(r, "AB-1"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Workstream | Round 1 | Round 2 |" of marks: the rows are the
 * checks, the last round's column their status (as "Previous | Current"
 * columns are), not two components "Round 1" and "Round 2"; parts by
 * number ("Pod 1 | Pod 2") stay components. */
PRR_TEST(import_rounds19__round_columns_read_as_the_last)
{
	static const char *const heads[] = { "Round 1 | Round 2",
		"Review #1 | Review #2", "Pass 1 | Pass 2 | Pass 3" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		char doc[600];
		bool three = i == 2;
		snprintf(doc, sizeof doc,
			 "# FRA2\n\nDate: 2026-02-25\n\n| Workstream | %s | Notes |\n"
			 "|---|---|---|---|%s\n| Firewall | \xE2\x9D\x8C |%s \xE2\x9C\x85 | ok |\n"
			 "| Rollback | \xE2\x9D\x8C |%s \xE2\x9A\xA0\xEF\xB8\x8F | thin |\n",
			 heads[i], three ? "---|" : "", three ? " \xE2\x9D\x8C |" : "",
			 three ? " \xE2\x9D\x8C |" : "");
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1 && r->components[0].n_checks == 2) {
			CHECK(r->components[0].checks[0].status == PRR_PASS);
			CHECK(r->components[0].checks[1].status == PRR_PARTIAL);
		} else {
			CHECK(!"two checks");
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Svc\n\nDate: 2026-02-25\n\n| Check | Pod 1 | Pod 2 |\n"
				"|---|---|---|\n| Backups | \xE2\x9C\x85 | \xE2\x9D\x8C |\n"
				"| Alerts | \xE2\x9C\x85 | \xE2\x9C\x85 |\n", &d);
	CHECK(r && r->n_components == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A later item that opens with a finding's ID and says at once that it is
 * over ("- NET-204 — closed (fixed …)", "- OSDK-91 (Medium) — fixed in
 * 3.0.0b4") closes the findings of that ID stated before it; one that
 * takes it back ("closed in staging only") or says it is open does not. */
PRR_TEST(import_rounds19__status_item_closes_by_id)
{
	static const struct {
		const char *said;
		bool open;
	} cases[] = {
		{ "NET-204 \xE2\x80\x94 closed (fixed, see EVPN overlay).", false },
		{ "**NET-204**: resolved; diff clean.", false },
		{ "NET-204 (High) \xE2\x80\x94 fixed in 7.2.", false },
		{ "NET-204 \xE2\x80\x94 closed in staging only.", true },
		{ "NET-204 \xE2\x80\x94 done when leaf 7/8 is patched.", true },
		{ "NET-204 \xE2\x80\x94 open, downgraded to Medium.", true },
		{ "NET-2040 \xE2\x80\x94 closed.", true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# FRA2\n\nDate: 2026-02-25\n\nFindings:\n\n"
			"- NET-204 (High) \xE2\x80\x94 Type-5 route flaps on leaf 7/8.\n"
			"- NET-207 (Critical) \xE2\x80\x94 rules not exported.\n\n"
			"Status of these findings after the retest:\n\n- %s\n",
			cases[i].said);
		CHECK(r && md_finding(r, "NET-207"));
		CHECK(r && (md_finding(r, "NET-204") != NULL) == cases[i].open);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Hostile sizes: 50,000 dated entries of a log and 50,000 items closing
 * IDs import, and every finding closes (each line is asked once, the
 * closings sorted, not asked of each finding; their time is make
 * bench-hostile's to measure, not a test's). */
PRR_TEST(import_rounds19__big_logs_and_closings_are_linear)
{
	size_t cap = 50000 * 80 + 64, n = 0;
	char *doc = malloc(cap);
	n += (size_t)snprintf(doc + n, cap - n, "# Log\n\n");
	for (int i = 0; i < 50000; i++)
		n += (size_t)snprintf(doc + n, cap - n,
				      "## %04d-%02d-%02d \xE2\x80\x94 e\nStatus: NO-GO\n",
				      1000 + i / 300, 1 + i / 25 % 12, 1 + i % 25);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r != NULL);
	prr_review_free(r);
	prr_diags_free(&d);
	n = (size_t)snprintf(doc, cap, "# R\n\nDate: 2026-01-01\n\n");
	for (int i = 0; i < 25000; i++)
		n += (size_t)snprintf(doc + n, cap - n, "- AB-%d (High) \xE2\x80\x94 x.\n", i);
	n += (size_t)snprintf(doc + n, cap - n, "\nAfter the retest:\n\n");
	for (int i = 0; i < 25000; i++)
		n += (size_t)snprintf(doc + n, cap - n, "- AB-%d \xE2\x80\x94 closed.\n", i);
	r = md_text(doc, &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	free(doc);
}
