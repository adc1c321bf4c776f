/* test_import_unseen3.c - what the importer reads in review documents
 * written by other teams (round 14 on: kinds of teams, dates and
 * verdicts hard to read): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"
#include "prr/rec_item.h"
#include "prr/rec_verdict.h"

/* Struck text is what the document took back: "Status: ~~NO-GO~~ GO" is
 * a go, "~~❌~~ ✅" in a cell a pass, "- [x] ~~GO with conditions~~" not
 * the option chosen.  A block struck whole keeps its words (a plan's row
 * put off is still its row). */
PRR_TEST(import_unseen3__struck_text_is_taken_back)
{
	static const char doc[] = "# Hub\n\nStatus: ~~NO-GO~~ ~~Ready with conditions~~ "
				  "**READY**\n\n| Component | Status |\n|---|---|\n"
				  "| APNs | ~~\xE2\x9D\x8C~~ \xE2\x9C\x85 |\n"
				  "| ~~Legacy~~ | ~~\xE2\x9D\x8C~~ |\n";
	CHECK(md_states(doc, PRR_LEVEL_READY, "READY"));
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_STR(r->components[0].name, "APNs");
		CHECK_INT(r->components[0].status, PRR_PASS);
		CHECK_STR(r->components[1].name, "Legacy");
		CHECK_INT(r->components[1].status, PRR_FAIL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	CHECK_INT(md_level("# Hub\n\n## Decision\n\n- [ ] GO\n"
			   "- [x] ~~GO with conditions~~\n- [x] NO-GO\n"),
		  PRR_LEVEL_NOT_READY);
}

/* A quotation of an earlier review ("Review #1 ended with:" / "> **Verdict:
 * NOT READY.**") states that review's verdict, not this one's; a verdict
 * in a blockquote of the document's own (a callout under the title) still
 * counts. */
PRR_TEST(import_unseen3__quoted_earlier_verdict)
{
	CHECK_INT(md_level("# Payments switch \xE2\x80\x94 Review #2\n\n"
			   "**Date:** 2026-02-17\n\n"
			   "## Since the last review on 2026-01-20\n\nReview #1 ended with:\n\n"
			   "> **Verdict: NOT READY.** Re-review on 2026-02-17.\n\n"
			   "## Decision\n\n**Verdict: READY WITH CONDITIONS** for the EU "
			   "cut-over on 2026-03-02:\n"), PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# EKS upgrade\n\nThe previous review on 2025-10-30 said:\n\n"
			   "> **Verdict: GO.** All add-ons compatible.\n\n## Outcome\n\n"
			   "Overall: **Conditional GO** \xE2\x80\x94 batch waits.\n"),
		  PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# Search API\n\n> **Verdict: NOT READY** \xE2\x80\x94 two "
			   "blockers.\n\n## Scope\n\nThe API and its indexer.\n"),
		  PRR_LEVEL_NOT_READY);
}

/* A go foreseen on a condition is partial, as "Go, provided …" is: "Once
 * PLAT-812 lands we expect **GO**." (the bold word read with its
 * sentence), "If PLAT-812 lands in sprint 7, the service is ready for
 * production."  A condition after a go in another sentence is not its. */
PRR_TEST(import_unseen3__a_go_foreseen_on_a_condition)
{
	CHECK_INT(md_level("# Geo\n\nDate: 2026-02-16\n\n## Recommendation\n\n"
			   "Once PLAT-812 lands we expect **GO**.\n"), PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# Geo\n\nDate: 2026-02-16\n\n## Conclusion\n\n"
			   "If PLAT-812 lands in sprint 7, the service is ready for "
			   "production.\n"), PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# Geo\n\nDate: 2026-02-16\n\n## Recommendation\n\n"
			   "We recommend **GO**. If traffic doubles, autoscaling "
			   "takes it.\n"), PRR_LEVEL_READY);
	CHECK(prr_rec_verdict_hedged("Once X lands we expect", 22));
	CHECK(!prr_rec_verdict_hedged("Everything was tested", 21));
}

/* A go for one step beside a refusal of the others, whose subject takes
 * five words ("the 25% and 100% steps are NO-GO"), is a split decision,
 * partial; the space after the clause's separator is no word. */
PRR_TEST(import_unseen3__a_go_for_a_step_the_rest_refused)
{
	static const char s[] = "Decision: GO for the 5% step on 9 March; the 25% "
				"and 100% steps are NO-GO until RNK-101 is closed.";
	CHECK_INT(prr_rec_verdict(s, sizeof s - 1, NULL, NULL), PRR_LEVEL_PARTIAL);
	static const char t[] = "Decision: GO for the 5% step; the team that runs "
				"the later steps is NO-GO.";
	CHECK_INT(prr_rec_verdict(t, sizeof t - 1, NULL, NULL), PRR_LEVEL_NOT_READY);
}

/* A verdict replaced later in the document: a decision stamped later in
 * the day ("Decision (14:00): **GO**" after "Decision (10:40): **NO-GO**";
 * the colon of a time is no label's), or one said to hold now ("Update
 * 14:00: now **GO**.").  A "now" before any verdict changes nothing. */
PRR_TEST(import_unseen3__a_verdict_replaced_later)
{
	CHECK_INT(md_level("# L\n\nReview meeting: 2026-04-03\n\n"
			   "Decision (10:40): **NO-GO**\n\nDecision (14:00): **GO**\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# L\n\nReview meeting: 2026-04-03\n\n"
			   "Decision (14:00): **GO**\n\nDecision (10:40): **NO-GO**\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# L\n\nReview meeting: 2026-04-03\n\n"
			   "Decision (10:40): **NO-GO**\n\n"
			   "Update 14:00: now **GO**. The fix was deployed.\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# L\n\nReview meeting: 2026-04-03\n\n"
			   "Decision: **NO-GO**\n\nThe dashboards are now green.\n"),
		  PRR_LEVEL_NOT_READY);
	CHECK(prr_rec_verdict_now("It is now NO-GO.", 16));
	CHECK(!prr_rec_verdict_now("It is GO.", 9));
}

/* Verdicts in words prr did not know: "We cannot say it is ready" (it
 * read "ready"), "the launch does not go ahead", "the launch goes ahead",
 * "not a no-go" (a go no one states: partial); a heading that asks
 * whether the review is ready, answered by the line after it ("## Are we
 * ready?" / "Not yet."), but not by an answer that states no level. */
PRR_TEST(import_unseen3__verdicts_in_other_words)
{
	static const struct {
		const char *text;
		prr_level level;
	} cases[] = {
		{ "We cannot say it is ready.", PRR_LEVEL_NOT_READY },
		{ "The NO-GO stands, so **the launch does not go ahead** on 26 March.",
		  PRR_LEVEL_NOT_READY },
		{ "Three GO, one NO-GO: the launch goes ahead.", PRR_LEVEL_READY },
		{ "Verdict: not a no-go.", PRR_LEVEL_PARTIAL },
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
		CHECK_INT(prr_rec_verdict(cases[k].text, strlen(cases[k].text), NULL, NULL),
			  cases[k].level);
	CHECK_INT(md_level("# Broker\n\nDate: 2026-04-09\n\n## Are we ready?\n\n"
			   "Not yet.\nThe rota is not staffed.\n"), PRR_LEVEL_NOT_READY);
	CHECK_INT(md_level("# Broker\n\nDate: 2026-04-09\n\n## Are we ready?\n\n"
			   "Yes. Every gate passed.\n"), PRR_LEVEL_READY);
	CHECK_INT(md_level("# Broker\n\nDate: 2026-04-09\n\n## Is it ready?\n\n"
			   "Not for everyone. Here is how we would phrase it:\n"),
		  PRR_LEVEL_UNKNOWN);
}

/* A decision's value that tells to go ahead in a verb ("**Recommendation:
 * launch on 7 May as planned, provided SKY-311's fix ships …**") is a go,
 * partial where hedged; not "Decision: release notes are in the wiki".  A
 * paragraph all in bold, wrapped, is read whole ("**Go-live on 15 June is
 * approved, conditional on NS-41 being closed …**"). */
PRR_TEST(import_unseen3__a_go_ahead_in_a_verb_and_a_bold_paragraph)
{
	CHECK_INT(md_level("# Skyline\n\nDate: 2026-04-21\n\n"
			   "**Recommendation: launch on 7 May as planned, provided "
			   "SKY-311's fix ships in 1.0.2 before\n2026-05-05; otherwise we "
			   "launch with matchmaking degraded.**\n"), PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# Skyline\n\nDate: 2026-04-21\n\n"
			   "Decision: launch on 7 May.\n"), PRR_LEVEL_READY);
	CHECK_INT(md_level("# Skyline\n\nDate: 2026-04-21\n\n"
			   "Decision: release notes are in the wiki.\n"), PRR_LEVEL_UNKNOWN);
	CHECK_INT(md_level("# NS\n\nDate: 2026-06-01\n\n## What we agreed\n\n"
			   "**Go-live on 15 June is approved, conditional on NS-41 "
			   "being closed and\nCost controls scoring at least 3.**\n"),
		  PRR_LEVEL_PARTIAL);
	/* (far from the top, under a heading of what was agreed) */
	char doc[4000] = "# NS\n\nDate: 2026-06-01\n\n";
	for (int k = 0; k < 40; k++)
		strcat(doc, "Filler line of the minutes.\n\n");
	strcat(doc, "## What we agreed\n\n**Go-live on 15 June is approved, "
		    "conditional on NS-41 being closed.**\n");
	CHECK_INT(md_level(doc), PRR_LEVEL_PARTIAL);
}

/* "- [x] Approved for launch" among a sign-off's boxes is a go, "- [ ]
 * Approved for launch" none given yet (not ready, weakly: a verdict
 * stated outranks it); a role's sign-off is no verdict. */
PRR_TEST(import_unseen3__an_approval_box)
{
	CHECK_INT(md_level("# Billing\n\nDate: 2026-05-29\n\n## Launch approval\n\n"
			   "- [x] Approved for launch\n- [ ] Old cron switched off\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# App\n\nDate: 2026-05-12\n\n## Sign-off\n\n"
			   "- [x] QA sign-off\n- [ ] Approved for launch\n"),
		  PRR_LEVEL_NOT_READY);
	CHECK_INT(md_level("# App\n\nDate: 2026-05-12\n\n## Sign-off\n\n"
			   "- [x] QA sign-off\n- [x] SRE sign-off\n"), PRR_LEVEL_UNKNOWN);
	CHECK_INT(md_level("# App\n\nDate: 2026-05-12\n\n**Decision: GO**\n\n"
			   "## Sign-off\n\n- [ ] Approved for launch\n"), PRR_LEVEL_READY);
}

/* Approvals of one status ("Role | Name | Status | Date", ✅ and ⏳) are a
 * checklist of sign-offs, those to come work to do; votes ("Reviewer |
 * Vote") are a record, no checklist. */
PRR_TEST(import_unseen3__approvals_a_checklist_votes_a_record)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# R\n\nDate: 2026-05-01\n\n## Business approvals\n\n"
				"| Role | Name | Status | Date |\n|---|---|---|---|\n"
				"| Product Owner | A. Lee | \xE2\x9C\x85 | 2026-04-30 |\n"
				"| Compliance Officer | [Name] | \xE2\x8F\xB3 | TBD |\n\n"
				"## Panel\n\n| Reviewer | Vote |\n|---|---|\n| Ana | GO |\n"
				"| Ben | NO-GO |\n", &d);
	CHECK(r && r->n_checklists == 1 && r->n_components == 0);
	if (r && r->n_checklists == 1) {
		CHECK_INT(r->checklists[0].n_items, 2);
		if (r->checklists[0].n_items == 2)
			CHECK_INT(r->checklists[0].items[1].status, PRR_PENDING);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Scope | Decision |" under "## Decision", a level a row (rows of none,
 * "N/A", aside): the document's verdict, partial when they differ; all
 * the same, that level; one row alone decides nothing. */
PRR_TEST(import_unseen3__decisions_by_scope)
{
	CHECK_INT(md_level("# OTA\n\nDate: 2026-02-20\n\n## Decision\n\n"
			   "| Scope | Decision |\n|---|---|\n| Ring 0 and Ring 1 | GO |\n"
			   "| Ring 2 | GO, if Ring 1 stays green for 72 h |\n"
			   "| Ring 3 | Hold \xE2\x80\x94 checkpoint on 2026-02-27 |\n"
			   "| Rev E | N/A |\n"), PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# OTA\n\nDate: 2026-02-20\n\n## Decision\n\n"
			   "| Scope | Decision |\n|---|---|\n| Ring 0 | GO |\n"
			   "| Ring 1 | GO |\n"), PRR_LEVEL_READY);
	CHECK_INT(md_level("# OTA\n\nDate: 2026-02-20\n\n## Decision\n\n"
			   "| Scope | Decision |\n|---|---|\n| Ring 0 | GO |\n"
			   "| Ring 1 | see the appendix |\n"), PRR_LEVEL_UNKNOWN);
}

/* A paragraph's line that goes on with the sentence before it ("We will
 * / ship Android 5.14.1 separately once the fix lands.") is no verdict
 * alone: its first word ("ship") does not open a clause; the verdict
 * stated after the paragraph is the text. */
PRR_TEST(import_unseen3__a_line_mid_sentence)
{
	CHECK(md_states("# Pantry\n\nDate: 2026-03-12\n\n## TL;DR\n\n"
			"iOS goes to App Review tomorrow. Android is held. We will\n"
			"ship Android 5.14.1 separately once the fix lands.\n\n"
			"Verdict: **GO for iOS, NO-GO for Android.**\n",
			PRR_LEVEL_PARTIAL, "Verdict: GO for iOS, NO-GO for Android."));
}

/* A section or a <details> block that keeps an earlier review for
 * comparison ("## Appendix B — Previous review (2026-06-22)",
 * "<summary>Previous review (2026-05-12)</summary>") states that
 * review's verdict, scores and scorecard: none of them this one's (its
 * words stay in the narrative).  "## Since the last review" is this
 * review's, against it. */
PRR_TEST(import_unseen3__an_earlier_review_kept_for_comparison)
{
	static const char doc[] =
		"# Routes\n\nDate: 2026-09-14\n\n**Verdict: PARTIALLY READY.**\n\n"
		"| Component | Reliability | Security |\n|---|---|---|\n"
		"| Orders API | \xE2\x9C\x85 | \xE2\x9C\x85 |\n\n"
		"## Appendix B \xE2\x80\x94 Previous review (2026-06-22)\n\n"
		"**June verdict: NOT READY.** June readiness score: 44 / 100.\n\n"
		"| Component | Reliability | Security |\n|---|---|---|\n"
		"| Orders API | \xE2\x9D\x8C | \xE2\x9D\x8C |\n";
	CHECK(md_states(doc, PRR_LEVEL_PARTIAL, "PARTIALLY READY."));
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_components == 1 && r->n_scores == 0);
	if (r && r->n_components == 1 && r->components[0].n_checks == 2)
		CHECK_INT(r->components[0].checks[0].status, PRR_PASS);
	CHECK(r && r->n_sections >= 2); /* (the appendix kept as narrative) */
	prr_review_free(r);
	prr_diags_free(&d);
	CHECK_INT(md_level("# N\n\nDate: 2026-06-09\n\n<details>\n"
			   "<summary>Previous review (2026-05-12)</summary>\n\n"
			   "**Verdict: NOT READY** (score 5 / 10)\n\n</details>\n"),
		  PRR_LEVEL_UNKNOWN);
	CHECK_INT(md_level("# N\n\nDate: 2026-06-09\n\n## Since the last review\n\n"
			   "**Verdict: READY**\n"), PRR_LEVEL_READY);
}

/* The review's one component, whose table of checks is under its title,
 * is named by the project the document states (a gloss in parentheses
 * aside), not by the title: "… — Readiness Review #1" and "#2" are one
 * system's reviews, and their checks compare. */
PRR_TEST(import_unseen3__the_one_component_named_by_the_project)
{
	static const char doc[] = "# Payments switch \xE2\x80\x94 Readiness Review #2\n\n"
				  "Date: 2026-02-17\nProject: Checkout Payments (EU)\n\n"
				  "| Area | Status |\n|---|---|\n| 3-D Secure | \xE2\x9C\x85 |\n"
				  "| Refunds | \xE2\x9D\x8C |\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1)
		CHECK_STR(r->components[0].name, "Checkout Payments");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A quotation's labelled lines ("> **Verdict: NOT READY.** Re-review on
 * 2026-02-17.") are an earlier review's: no field of this one. */
PRR_TEST(import_unseen3__no_field_from_a_quotation)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Switch #2\n\nDate: 2026-02-17\n\nReview #1 ended with:\n\n"
				"> **Verdict: NOT READY.** Re-review on 2026-02-17.\n\n"
				"## Decision\n\n**Verdict: READY WITH CONDITIONS** for the "
				"EU cut-over.\n", &d);
	CHECK(r != NULL);
	for (size_t k = 0; r && k < r->n_fields; k++)
		CHECK(!strstr(r->fields[k].value, "NOT READY"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A chat pasted as text: each message under its stamp ("[17/03/2026
 * 16:40] Marcus Lee"); a decision in a later message replaces one of the
 * same rank in an earlier one. */
PRR_TEST(import_unseen3__a_later_message_decides)
{
	CHECK(md_states("# Ledger export v2 \xE2\x80\x94 go/no-go\n\n"
			"[17/03/2026 16:40] Marcus Lee\n"
			"Decision: NO-GO until LEX-88 is fixed.\n\n"
			"[18/03/2026 10:14] Dana Whitfield\n"
			"LEX-88 fixed in 2.0.7.\nDecision: GO for the 24 March cutover.\n\n"
			"[18/03/2026 10:20] Marcus Lee\n+1\n",
			PRR_LEVEL_READY, "GO for the 24 March cutover."));
	/* (a field's time stamps no message: the first of equal ranks) */
	CHECK_INT(md_level("# L\n\nDate: 2026-03-18\n\nWindow: 01:00\n\nDecision: NO-GO\n\n"
			   "Window: 02:00\n\nDecision: GO\n"), PRR_LEVEL_NOT_READY);
	/* (no stamps: the first of equal ranks, as before, and the other
	 * said in a warning at its line) */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# L\n\nDate: 2026-03-18\n\nDecision: NO-GO\n\n"
				"Decision: GO\n", &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	CHECK(d.warnings == 1 && d.n == 1 && d.v[0].line == 7 &&
	      strstr(d.v[0].message, "another verdict than line 5's"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Google Docs and Pandoc exports: a table of fields whose header is its
 * first pair, with the document's own labels ("Document owner", "Status
 * of this document", "Classification") beside "Review meeting", dates
 * the review; a heading's Pandoc attributes ("{#introduction}") are no
 * part of it. */
PRR_TEST(import_unseen3__exports_of_docs_and_pandoc)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# 1. Introduction {#introduction}\n\n"
				   "| **Document owner** | **Lena Hartmann** |\n|---|---|\n"
				   "| **Review meeting** | **21 April 2026** |\n"
				   "| **Status of this document** | **Final** |\n"
				   "| **Classification** | **Internal** |\n\n"
				   "## 1.1 Scope {.unnumbered}\n\nThe ingest path.\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2026-04-21");
		CHECK_STR(r->title, "Introduction");
		CHECK(r->n_sections == 2 && strcmp(r->sections[1].heading, "1.1 Scope") == 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading that names the readiness the review is of ("## 🚦 Deployment
 * Readiness", "## Launch readiness") names no component: its table of
 * checks is the review's one, named by the title. */
PRR_TEST(import_unseen3__a_heading_of_the_readiness_reviewed)
{
	static const char *const heads[] = { "\xF0\x9F\x9A\xA6 Deployment Readiness",
					     "Launch readiness" };
	for (size_t k = 0; k < 2; k++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# ChatBridge Gateway\n\nDate: 2026-11-03\n\n## %s\n\n"
				       "| Check | Status |\n|---|---|\n| Build | \xE2\x9C\x85 |\n"
				       "| Load test | \xE2\x9D\x8C |\n", heads[k]);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1)
			CHECK_STR(r->components[0].name, "ChatBridge Gateway");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Components named twice are merged by a table of names, in linear time:
 * a scorecard of 20,000 rows (and one row again) imports as 20,000
 * components, the repeated one merged. */
PRR_TEST(import_unseen3__many_components_merged_in_linear_time)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# Big\n\nDate: 2026-01-01\n\n| Component | Security |\n|---|---|\n");
	for (int i = 0; i < 20000; i++)
		prr_buf_addf(&b, "| svc-%d | \xE2\x9C\x85 |\n", i);
	prr_buf_adds(&b, "\n## More\n\n| Component | Testing |\n|---|---|\n| svc-7 | \xE2\x9D\x8C |\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r && r->n_components == 20000);
	if (r && r->n_components == 20000)
		CHECK_INT(r->components[7].n_checks, 2);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}

/* HTML in Markdown: a <details> block whose summary names an earlier
 * review in bold ("<summary><b>Previous review (2026-05-12)</b>") is that
 * review's; a header in HTML above the title ("<sub>Production readiness
 * review · 9 June 2026</sub>") dates the review as a line near the top. */
PRR_TEST(import_unseen3__html_headers_and_details)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("<p align=\"center\">\n  <b>Courier</b><br>\n"
				   "  <sub>Production readiness review \xC2\xB7 9 June 2026</sub>\n</p>\n\n"
				   "# Courier\n\n**Overall:** Conditional GO.\n\n<details>\n"
				   "<summary><b>Previous review (2026-05-12)</b></summary>\n\n"
				   "| Channel | Status |\n|---|---|\n| Email | \xE2\x9D\x8C |\n"
				   "| Push | \xE2\x9D\x8C |\n\n</details>\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2026-06-09");
		CHECK(r->n_checklists == 0 && r->n_components == 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* German test results: "Bestanden" is a pass, "Nicht bestanden" a fail
 * (round 14c's payroll review showed four passed tests as pending). */
PRR_TEST(import_unseen3__bestanden)
{
	bool known;
	CHECK_INT(prr_status_word("Bestanden", 9, &known), PRR_PASS);
	CHECK(known);
	prr_status st = prr_status_from_text("Nicht bestanden", 15, &known);
	CHECK(known && st == PRR_FAIL);
}

/* A verdict's sentence goes on over a line that opens with its day
 * ("… go live in eu-west-1 on / **5 May 2026** provided that …", "…
 * before / 2026-05-05 and …"); not over a line that opens an enumeration
 * ("2. Next"). */
PRR_TEST(import_unseen3__a_verdict_goes_on_over_a_day)
{
	CHECK(md_states("# TIP\n\nDate: 2026-04-21\n\n## Outcome\n\n"
			"**Outcome: Conditionally approved.** Phase 2 may go live in eu-west-1 on\n"
			"**5 May 2026** provided that TIP-F2 is closed before go-live.\n",
			PRR_LEVEL_PARTIAL, "Conditionally approved. Phase 2 may go live in "
			"eu-west-1 on 5 May 2026 provided that TIP-F2 is closed before go-live."));
	CHECK(md_states("# S\n\nDate: 2026-04-21\n\n"
			"**Recommendation: launch on 7 May as planned, provided the fix ships before\n"
			"2026-05-05; otherwise we launch degraded.**\n",
			PRR_LEVEL_PARTIAL, "launch on 7 May as planned, provided the fix ships "
			"before 2026-05-05; otherwise we launch degraded."));
}

/* Round 14d: more lead-ins of a quotation ("Last quarter's review closed
 * with:", "Last time:", "From the 2025-12-02 review:", "… for
 * reference:"); "**Release held** — gate not passed" is not ready; the
 * last sentence of a line near the top dates the review ("Follow-up to
 * ORR #1 of 2026-05-06. This follow-up review: 2026-06-17."). */
PRR_TEST(import_unseen3__round_14d_leads_holds_and_a_last_sentence)
{
	static const char *const leads[] = { "Last quarter's review closed with:",
		"Last time:", "From the 2025-12-02 review:",
		"Q3 outcome, for reference:" };
	for (size_t k = 0; k < 4; k++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# L\n\nDate: 2026-03-03\n\n%s\n\n"
				       "> **Verdict: NOT READY.**\n\nDecision: READY.\n", leads[k]);
		CHECK(r && r->level == PRR_LEVEL_READY);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	CHECK_INT(md_level("# C\n\n| Field | Value |\n|---|---|\n| Review date | 2026-04-08 |\n"
			   "| Decision | **Release held** \xE2\x80\x94 gate not passed |\n"),
		  PRR_LEVEL_NOT_READY);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# Keystone \xE2\x80\x94 ORR #2\n\n_Follow-up to ORR #1 of "
				   "2026-05-06. This follow-up review: 2026-06-17._\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-06-17") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Headings over what the review measured name no component: "Migration
 * progress", "Signal parity (measured on 9 clusters, 14 days)", "SLOs
 * for the quarter (…)", "Dimension scores (0–10)". */
PRR_TEST(import_unseen3__headings_of_measures_name_no_component)
{
	static const char *const heads[] = { "Migration progress",
		"Signal parity (measured on 9 clusters, 14 days)",
		"SLOs for the quarter (2025-12-01 \xE2\x86\x92 2026-02-28)",
		"Dimension scores (0\xE2\x80\x93\x31\x30)" };
	for (size_t k = 0; k < 4; k++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Ledger\n\nDate: 2026-03-03\n\n## %s\n\n"
				       "| Check | Result |\n|---|---|\n| Lag | \xE2\x9C\x85 |\n"
				       "| Alerts | \xE2\x9A\xA0\xEF\xB8\x8F |\n", heads[k]);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1)
			CHECK_STR(r->components[0].name, "Ledger");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A risk table whose levels stand in a column of another name ("| Level |
 * Risk | Mitigation |") gives each risk its level; "Likelihood | Impact"
 * still states no one level. */
PRR_TEST(import_unseen3__a_column_of_risk_levels_by_another_name)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Search\n\n## Risks\n\n| Level | Risk | Mitigation |\n"
				"|---|---|---|\n| High | AWS quota not granted | Fallback |\n"
				"| Low | Index drift | Reindex |\n\n## More risks\n\n"
				"| Risk | Likelihood | Impact |\n|---|---|---|\n"
				"| Vendor exit | Low | High |\n", &d);
	CHECK(r && r->n_risks == 3);
	if (r && r->n_risks == 3) {
		CHECK_INT(r->risks[0].level, PRR_SEV_HIGH);
		CHECK_INT(r->risks[1].level, PRR_SEV_LOW);
		CHECK_INT(r->risks[2].level, PRR_SEV_UNKNOWN);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A table of findings by their IDs under a heading of findings, with a
 * due date ("| ID | Finding | Tool | Owner | Due |" under "## Medium
 * findings accepted for launch"), is findings, not milestones; a plan's
 * "Component | Issue | Owner | ETA" stays milestones. */
PRR_TEST(import_unseen3__keyed_findings_with_a_due_date)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# NG\n\n## Medium findings accepted for launch\n\n"
				"| ID | Finding | Tool | Owner | Due |\n|---|---|---|---|---|\n"
				"| NG-107 | No CSP on admin UI | ZAP | Ana | 2026-03-20 |\n"
				"| NG-109 | Debug logging of SMTP | Semgrep | Viktor | 2026-03-13 |\n", &d);
	CHECK(r && r->n_findings == 2 && r->n_milestones == 0);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "NG-107");
		CHECK_INT(r->findings[0].severity, PRR_SEV_MEDIUM);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading's percent of a state to come ("### Future State: Mature
 * Production (100%)", "## Target: 90%") is no dimension. */
PRR_TEST(import_unseen3__a_state_to_come_is_no_dimension)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# A\n\n## Security: 85%\n\nText.\n\n"
				"### Future State: Mature Production (100%)\n\n- x\n", &d);
	CHECK(r && r->n_dimensions == 1);
	if (r && r->n_dimensions == 1)
		CHECK_STR(r->dimensions[0].name, "Security");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A finding whose item goes on with its status field, fixed ("- **LDG-74
 * (High)** — HSM proxy cert rotation manual. / Status: Fixed in 7d2e1f0
 * on 2026-01-08."), is closed; "Status: Fixed in staging only" is not. */
PRR_TEST(import_unseen3__a_status_field_in_an_item_that_says_fixed)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Ledger\n\n## Open findings\n\n"
				"- **LDG-88 (High)** \xE2\x80\x94 Recon job has no watchdog.\n"
				"- **LDG-74 (High)** \xE2\x80\x94 HSM cert rotation manual.\n"
				"  Status: Fixed in 7d2e1f0 on 2026-01-08.\n"
				"- **LDG-90 (High)** \xE2\x80\x94 Alert gaps.\n"
				"  Status: Fixed in staging only.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "LDG-88");
		CHECK_STR(r->findings[1].id, "LDG-90");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A finding item that ends with its ID after a dash ("- ❌ Android ANR
 * when offline — WAL-5120 (High, blocking full rollout)") is that ID's,
 * titled by what comes before the dash; none is made up ("F1"). */
PRR_TEST(import_unseen3__an_id_that_ends_the_item)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Wallet\n\n## Open defects\n\n"
				"- \xE2\x9D\x8C Android ANR when offline \xE2\x80\x94 WAL-5120 "
				"(High, blocking full rollout)\n"
				"- \xE2\x9A\xA0\xEF\xB8\x8F Cold-start regression \xE2\x80\x94 "
				"WAL-5133 (Medium)\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "WAL-5120");
		CHECK_STR(r->findings[0].title, "Android ANR when offline");
		CHECK(r->findings[0].blocking);
		CHECK_STR(r->findings[1].id, "WAL-5133");
	}
	size_t dash, at, len;
	static const char t[] = "Slow start \xE2\x80\x94 see the notes";
	CHECK(!prr_rec_finding_id_ending(t, sizeof t - 1, &dash, &at, &len));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Incident-style severities: Sev-1 (or Sev-0) critical, Sev-2 high, Sev-3
 * medium, Sev-4 low ("| CLM-2301 | Sev-2 | … |" gave no severity). */
PRR_TEST(import_unseen3__sev_n_severities)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Claims\n\n## Defects\n\n| ID | Severity | Summary | Status |\n"
				"|---|---|---|---|\n| CLM-1 | Sev-1 | Data loss | Open |\n"
				"| CLM-2 | Sev-2 | Double count | Open |\n| CLM-3 | SEV3 | Rounding | Open |\n"
				"| CLM-4 | Sev-4 | Typo | Open |\n", &d);
	CHECK(r && r->n_findings == 4);
	if (r && r->n_findings == 4) {
		CHECK_INT(r->findings[0].severity, PRR_SEV_CRITICAL);
		CHECK_INT(r->findings[1].severity, PRR_SEV_HIGH);
		CHECK_INT(r->findings[2].severity, PRR_SEV_MEDIUM);
		CHECK_INT(r->findings[3].severity, PRR_SEV_LOW);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A list item that names a finding as blocking ("1. Fix CLM-2301
 * (blocking) — owner Neha Joshi") makes it blocking, as a sentence does;
 * "not a blocker" does not. */
PRR_TEST(import_unseen3__a_list_item_names_a_blocker)
{
	char b[16];
	CHECK_STR(md_blocking("# Claims\n\n## Defects\n\n| ID | Severity | Summary |\n"
				"|---|---|---|\n| CLM-2301 | High | Double count |\n"
				"| CLM-2288 | Medium | Rounding |\n\n## What has to happen\n\n"
				"1. Fix CLM-2301 (blocking) \xE2\x80\x94 owner Neha, target 2026-04-13.\n"
				"2. Fix CLM-2288 \xE2\x80\x94 not a blocker.\n", b), "10");
}

/* What import writes, prr reads (import_fit.c): a blocker named only by
 * its ID ("| FR-7 | … | Yes |" titled by its ID column) is titled by its
 * ID, never "", which the loader refuses; a totals row above its column's
 * scale ("Total | 9" under "Score (0–5)") is no score, and is said. */
PRR_TEST(import_unseen3__what_import_writes_loads)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Kiln review\n\n## Open items\n\n"
				"| HRI | Question | Remedy | Who | Due | Blocks GA? |\n"
				"|---|---|---|---|---|---|\n"
				"| FR-7 | IAM | Narrow the deploy role | Ana | 2026-02-18 | Yes |\n",
				&d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK(r->findings[0].title && *r->findings[0].title);
	prr_review_free(r);
	prr_diags_free(&d);

	prr_diags d2 = PRR_DIAGS_INIT;
	r = md_text("# Kiln scorecard\n\n"
		    "| Area | Score (0\xE2\x80\x93" "5) | Target |\n|---|---|---|\n"
		    "| Tracing | 3 | 4 |\n| Paging | 4 | 4 |\n| Backups | 2 | 4 |\n"
		    "| **Total** | **9** | **12** |\n", &d2);
	CHECK(r != NULL);
	for (size_t i = 0; r && i < r->n_scores; i++)
		CHECK(!(r->scores[i].value > r->scores[i].max));
	for (size_t i = 0; r && i < r->n_dimensions; i++)
		CHECK(!(r->dimensions[i].score > r->dimensions[i].max));
	prr_review_free(r);
	prr_diags_free(&d2);
}

/* A verdict's sentence wrapped over a paragraph's lines is read a few
 * lines on at the most (import_head_words.c, SENTENCE_MAX): a paragraph
 * with no stop is not read to its end from each of its lines, which made
 * a long paragraph cost the square of its length (1,000 Japanese
 * verdict lines, whose "。" was no stop, took 22 s). */
PRR_TEST(import_unseen3__a_run_on_verdict_is_read_a_few_lines_on)
{
	static char doc[16384];
	size_t n = (size_t)snprintf(doc, sizeof doc,
				    "# R\n\n## Decision\n\nDecision: NO-GO\n");
	for (int i = 0; i < 200; i++)
		n += (size_t)snprintf(doc + n, sizeof doc - n,
				      "and the queue is still single-zone\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY && r->status_text);
	if (r && r->status_text)
		CHECK(strlen(r->status_text) < 1200);
	prr_review_free(r);
	prr_diags_free(&d);

	/* "。" ends a sentence as "." does */
	prr_diags d2 = PRR_DIAGS_INIT;
	r = md_text("# R\n\n## 結論\n\nリリース判定：条件付き承認\n"
		    "負荷試験の再実施を条件とする。前回の判定は不可。\n", &d2);
	CHECK(r && r->status_text && !strstr(r->status_text, "前回"));
	prr_review_free(r);
	prr_diags_free(&d2);
}

/* A finding listed again is found among the first 1,000 findings
 * (import_find_items.c, SAME_MAX): a summary lists fewer, and comparing each
 * new finding with every one before it made long lists quadratic. */
PRR_TEST(import_unseen3__a_repeat_is_sought_among_the_first_thousand)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# R\n\n## Findings\n\n");
	for (int i = 0; i < 1200; i++)
		prr_buf_addf(&b, "- Queue %d drops messages (High)\n", i);
	/* in detail again: the 3rd (sought, the same finding) and the
	 * 1,101st (beyond the first thousand, a finding of its own) */
	prr_buf_adds(&b, "\n## Findings in detail\n\n#### 1. Queue 2 drops messages\n\n"
			 "The queue drops.\n\n#### 2. Queue 1100 drops messages\n\n"
			 "The queue drops.\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r != NULL);
	if (r)
		CHECK_INT(r->n_findings, 1201);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
