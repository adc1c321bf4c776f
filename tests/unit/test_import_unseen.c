/* test_import_unseen.c - what the importer reads in layouts found by
 * review documents written by other teams (round 7 of documents nobody
 * tuned to): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <stdio.h>
#include <string.h>

/* An argument of a document and what it should give: a level, or how
 * many open findings. */
typedef struct check_case {
	const char *arg;
	int want;
} check_case;

enum what { LEVEL, OPEN_FINDINGS };

/* Each case's document (`fmt` with its argument) imported: what it
 * gives as expected. */
static void expect_each(const char *fmt, const check_case *cases, size_t n,
			enum what what, int line)
{
	for (size_t i = 0; i < n; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, fmt, cases[i].arg);
		int got = !r ? -1 : what == LEVEL ? (int)r->level
						   : (int)r->n_findings;
		if (got != cases[i].want)
			prr_test_fail(__FILE__, line, "'%s': %s %d, expected %d",
				      cases[i].arg, what == LEVEL ? "level" : "open",
				      got, cases[i].want);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A findings table under a numbered heading that names the list ("## 3.
 * Findings", "## 3. 指摘事項"): findings, titled by their text, not a
 * checklist or milestones named by their severity. */
PRR_TEST(import_unseen__findings_table_under_numbered_heading)
{
	static const char *const docs[] = {
		"# R\n\n## 3. Findings\n\n"
		"| ID | Severity | Description | Blocking | Owner |\n"
		"|---|---|---|---|---|\n"
		"| PAY-1 | High | No rollback plan | Yes | ana |\n"
		"| PAY-2 | Low | Typos in the runbook | No | bo |\n",
		"# R\n\n## 3. 指摘事項\n\n"
		"| No. | 重大度 | 内容 | ブロッカー | 担当 | 期限 |\n"
		"|---|---|---|---|---|---|\n"
		"| PAY-1 | 高 | No rollback plan | はい | 佐藤 | 11/14 |\n"
		"| PAY-2 | 低 | Typos in the runbook | いいえ | 鈴木 | 11/30 |\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_findings == 2);
		if (r && r->n_findings == 2) {
			CHECK_STR(r->findings[0].title, "No rollback plan");
			CHECK(r->findings[0].severity == PRR_SEV_HIGH);
			CHECK(r->findings[0].blocking);
			CHECK(r->findings[1].severity == PRR_SEV_LOW);
			CHECK(!r->findings[1].blocking);
		}
		CHECK(r && r->n_milestones == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A day the document leaves ambiguous ("03/04/2026": March or April) is
 * no score of 3/4 under its label; a score written so stays one. */
PRR_TEST(import_unseen__an_ambiguous_day_is_no_score)
{
	static const struct { const char *line; size_t scores; } cases[] = {
		{ "Review date: 03/04/2026", 0 },
		{ "Reviewed on: 3/4/2026", 0 },
		{ "Score: 3/4", 1 },
		{ "Score: 7.5/10.", 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[200];
		snprintf(doc, sizeof doc, "# R\n\n%s\n\nVerdict: GO\n",
			 cases[i].line);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		if (!r || r->n_scores != cases[i].scores)
			prr_test_fail(__FILE__, __LINE__, "'%s': %zu scores",
				      cases[i].line, r ? r->n_scores : 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A review date of two readings ("03/04/2026") is read as the document's
 * other days in digits settle it: not refused, and no other day taken in
 * its place (the previous review's, a deadline's). */
PRR_TEST(import_unseen__ambiguous_review_date_settled_by_the_document)
{
	static const struct { const char *text, *date; } cases[] = {
		{ "# R\n\nReview date: 03/04/2026\n\n> Previously CONDITIONAL GO "
		  "(02/18/2026), now GO.\n", "2026-03-04" },
		{ "# R\n\nReviewed 03/04/2026\n\n## Verdict\n\nNo-Go unless the "
		  "fix lands before 17/04/2026.\n", "2026-04-03" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = NULL;
		prr_import_md(&r, "review.md", cases[i].text,
			      strlen(cases[i].text), &d);
		CHECK(r != NULL);
		if (r)
			CHECK_STR(r->date, cases[i].date);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Vietnamese in capitals folds to the words prr knows: Ư and Ơ are
 * letters with a small form ("CHƯA SẴN SÀNG" is "chưa sẵn sàng", not
 * ready; "SẴN SÀNG" alone was read inside it as ready). */
PRR_TEST(import_unseen__vietnamese_capitals_fold)
{
	const char *doc = "# Báo cáo\n\nNgày: 2026-09-10\n\n## Kết luận\n\n"
			  "Kết luận: CHƯA SẴN SÀNG\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Turkish in capitals: İ and ı are i to the words prr knows ("HAZIR
 * DEĞİL" is "hazır değil", not ready; "HAZIR" ready). */
PRR_TEST(import_unseen__turkish_capitals_fold)
{
	static const check_case cases[] = {
		{ "Karar: HAZIR DEĞİL", PRR_LEVEL_NOT_READY },
		{ "Karar: HAZIR", PRR_LEVEL_READY },
		{ "Karar: hazır değil", PRR_LEVEL_NOT_READY },
	};
	expect_each("# R\n\nTarih: 2026-09-10\n\n%s\n", cases,
		    sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* A level's dash followed by its taking back: "GO — withdrawn 3 Nov" is
 * not ready, where "READY — two caveats below" stays ready. */
PRR_TEST(import_unseen__a_go_taken_back_after_its_dash)
{
	static const check_case cases[] = {
		{ "Verdict: GO \xE2\x80\x94 withdrawn 3 Nov 2026 after INC-88.",
		  PRR_LEVEL_NOT_READY },
		{ "Verdict: READY \xE2\x80\x94 two caveats listed below",
		  PRR_LEVEL_READY },
	};
	expect_each("# R\n\nDate: 2026-09-10\n\n%s\n", cases,
		    sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* A finding whose being fixed is a condition ("Re-review after LS-41 is
 * fixed") stays open; one the text says was fixed does not. */
PRR_TEST(import_unseen__fixed_on_a_condition_stays_open)
{
	static const check_case cases[] = {
		{ "Re-review after LS-41 is fixed.", 2 },
		{ "We ship once LS-41 has been fixed.", 2 },
		{ "LS-41 was fixed on 2026-07-08.", 1 },
	};
	expect_each("# R\n\n## Findings\n\n"
			"- **LS-41** \xE2\x80\x94 Key per attempt. Severity: "
			"Critical.\n- **LS-42** \xE2\x80\x94 No reversal. "
			"Severity: High.\n\n## Decision\n\n**NO-GO.** %s\n",
			cases, sizeof cases / sizeof cases[0], OPEN_FINDINGS,
			__LINE__);
}

/* Verdicts in words of the seventh round's languages. */
PRR_TEST(import_unseen__verdict_words)
{
	static const check_case cases[] = {
		{ "Kết luận: không sẵn sàng", PRR_LEVEL_NOT_READY },
		{ "Verdict: We cannot recommend launch at this time.",
		  PRR_LEVEL_NOT_READY },
		{ "Verdict: Not yet a GO.", PRR_LEVEL_NOT_READY },
		{ "Fazit: Kein Go, solange die Last fehlt.", PRR_LEVEL_NOT_READY },
		{ "Oordeel: Dit is nog geen GO", PRR_LEVEL_NOT_READY },
		{ "Rekomendacja: GO warunkowe", PRR_LEVEL_PARTIAL },
		{ "結論：有條件通過。", PRR_LEVEL_PARTIAL },
		{ "結論：未就緒", PRR_LEVEL_NOT_READY },
		{ "結論：通過", PRR_LEVEL_READY },
		/* the eighth round's */
		{ "Hasil review: **BELUM SIAP**", PRR_LEVEL_NOT_READY },
		{ "Keputusan: email **disetujui**; SMS **ditunda**.",
		  PRR_LEVEL_PARTIAL },
		{ "Решение: условно готов", PRR_LEVEL_PARTIAL },
		{ "Verdict: I am recommending a no-go for the cutover",
		  PRR_LEVEL_NOT_READY },
		{ "**What is ready**\n\n- Functional tests", PRR_LEVEL_UNKNOWN },
		{ "Conclusión: No podemos recomendar el lanzamiento.",
		  PRR_LEVEL_NOT_READY },
		{ "Situação atual: GO retirado em 3 de novembro.",
		  PRR_LEVEL_NOT_READY },
		{ "Esito: parere favorevole con riserva", PRR_LEVEL_PARTIAL },
		{ "Parere: sfavorevole", PRR_LEVEL_NOT_READY },
		{ "## 5. Esito\n\nIl gruppo esprime **parere favorevole con "
		  "riserva** al rilascio.", PRR_LEVEL_PARTIAL },
		{ "Verdict: The portal **does not yet conform** to WCAG 2.2 AA.",
		  PRR_LEVEL_NOT_READY },
		{ "Verdict: partially conforms", PRR_LEVEL_PARTIAL },
		{ "総合判定：**一部提出可**", PRR_LEVEL_PARTIAL },
		{ "判定：**提出不可**", PRR_LEVEL_NOT_READY },
		{ "Décision globale : **GO partiel (iOS uniquement)**",
		  PRR_LEVEL_PARTIAL },
		/* a verdict dated after the review's day is this one's */
		{ "## Notes\n\nx\n\n**Outcome (2026-09-12):** Not ready for GA yet.",
		  PRR_LEVEL_NOT_READY },
		/* a label dated or named in its parenthesis, as the review's */
		{ "## Notes\n\nx\n\n**Outcome (2026-09-10):** GO with conditions",
		  PRR_LEVEL_PARTIAL },
		{ "## Notes\n\nx\n\n**Decision (R2):** NO-GO", PRR_LEVEL_NOT_READY },
	};
	expect_each("# R\n\nDate: 2026-09-10\n\n%s\n", cases,
		    sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* Status words of the seventh round's languages and denials, in a
 * checklist's status column; closed findings' words in a findings
 * table. */
PRR_TEST(import_unseen__status_and_closed_words)
{
	static const struct { const char *word; prr_status st; } words[] = {
		{ "Atendido", PRR_PASS }, { "Não atendido", PRR_FAIL },
		{ "Hecho", PRR_PASS }, { "Gereed", PRR_PASS },
		{ "Niet gereed", PRR_FAIL }, { "Deels", PRR_PARTIAL },
		{ "Gotowy", PRR_PASS }, { "Niegotowy", PRR_FAIL },
		{ "Zaplanowany", PRR_PENDING }, { "in Arbeit", PRR_PENDING },
		{ "通過", PRR_PASS }, { "不適用", PRR_NA }, { "Behoben", PRR_PASS },
		/* a pass word denied is a fail ("Not achieved" was a pass);
		 * phrases that say more keep what they say */
		{ "Not achieved", PRR_FAIL }, { "Not passed", PRR_FAIL },
		{ "Not OK", PRR_FAIL }, { "Not yet done", PRR_FAIL },
		{ "Does not pass", PRR_FAIL },
		/* ("not verified" says, as "Not tested" does, that nothing
		 * shows it yet: pending, tables28) */
		{ "not verified", PRR_PENDING },
		{ "Not tested", PRR_PENDING }, { "Not applicable", PRR_NA },
		{ "Not started", PRR_PENDING }, { "Achieved", PRR_PASS },
		/* the eighth round's */
		{ "Выполнено", PRR_PASS }, { "Не выполнено", PRR_FAIL },
		{ "Supports", PRR_PASS }, { "Partially Supports", PRR_PARTIAL },
		{ "Does Not Support", PRR_FAIL }, { "Not Evaluated", PRR_PENDING },
		{ "KO", PRR_FAIL }, { "Đỏ", PRR_FAIL }, { "Vàng", PRR_PARTIAL },
		{ "Xanh", PRR_PASS }, { "APTO", PRR_PASS }, { "NO APTO", PRR_FAIL },
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		bool known;
		prr_status st = prr_status_from_text(words[i].word,
						     strlen(words[i].word), &known);
		if (st != words[i].st)
			prr_test_fail(__FILE__, __LINE__, "'%s': %s",
				      words[i].word, prr_status_name(st));
	}
	static const char *const closed[] = { "Zamknięte", "Rozwiązane",
					      "Đã sửa", "ĐÃ SỬA" };
	for (size_t i = 0; i < sizeof closed / sizeof closed[0]; i++) {
		char doc[300];
		snprintf(doc, sizeof doc,
			 "# R\n\n## Findings\n\n| ID | Severity | Finding | "
			 "Status |\n|---|---|---|---|\n| SZK-49 | High | No "
			 "backups | %s |\n| SZK-50 | Low | Typos | Open |\n",
			 closed[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		if (!r || r->n_findings != 1)
			prr_test_fail(__FILE__, __LINE__, "'%s': %zu open",
				      closed[i], r ? r->n_findings : 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* An earlier review's verdict, dated so by its label ("Verdict (R1,
 * 2026-08-03): NOT READY."), is not this review's. */
PRR_TEST(import_unseen__an_earlier_reviews_dated_verdict)
{
	const char *doc = "# svc \xE2\x80\x94 Re-review (R2)\n\n"
			  "**Re-review held:** 1 September 2026\n\n"
			  "## What R1 said\n\n"
			  "> **Verdict (R1, 2026-08-03): NOT READY.** Not yet.\n\n"
			  "## Verdict\n\nR2 verdict: **READY WITH CONDITIONS.**\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	CHECK(r && r->date && strcmp(r->date, "2026-09-01") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Under "## Blockers", an item that says it is no blocker is not
 * blocking; the others are. */
PRR_TEST(import_unseen__not_a_blocker_under_blockers)
{
	const char *doc = "# W\n\nDate: 2026-02-03\n\n## Blockers\n\n"
			  "- **WF-2235** \xE2\x80\x94 date picker clips. Not a "
			  "blocker, fix in 5.12.1.\n"
			  "- **WF-2236** \xE2\x80\x94 login loops on iOS 17.\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(!r->findings[0].blocking);
		CHECK(r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Two parts' verdicts in bold on consecutive lines that disagree ("**iOS:
 * GO**", "**Android: NO-GO**") are a split decision: partial, both
 * quoted; that agree, the level they share. */
PRR_TEST(import_unseen__split_decision_by_part_in_bold)
{
	static const check_case cases[] = {
		{ "**Android: NO-GO** \xE2\x80\x94 hold until WF-2229 is fixed.",
		  PRR_LEVEL_PARTIAL },
		{ "**Android: GO** \xE2\x80\x94 release on Feb 5.",
		  PRR_LEVEL_READY },
	};
	expect_each("# W\n\nDate: 2026-02-03\n\n## Ship decision\n\n"
		    "**iOS: GO** \xE2\x80\x94 phased rollout on Feb 4.\n%s\n",
		    cases, sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* A day an edit is dated by ("Last updated:") is the review's only where
 * no label or sentence names the review's own; of "Created" and "Last
 * updated", the later. */
PRR_TEST(import_unseen__an_edit_day_is_weaker_than_the_reviews)
{
	static const struct { const char *lines, *date; } cases[] = {
		{ "Last updated: 2026-10-02\n\nThis review was held on "
		  "2026-09-24 with the team.", "2026-09-24" },
		{ "Last updated: 2026-10-02\n\nReview date: 2026-09-24",
		  "2026-09-24" },
		{ "Last updated: 2026-10-02", "2026-10-02" },
		{ "| | |\n|---|---|\n| **Created** | 2026-09-02 |\n"
		  "| **Last updated** | 2026-11-19 |", "2026-11-19" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[300];
		snprintf(doc, sizeof doc, "# Feature Store\n\n%s\n\n## Verdict"
			 "\n\nGO\n", cases[i].lines);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = NULL;
		prr_import_md(&r, "review.md", doc, strlen(doc), &d);
		if (!r || !r->date || strcmp(r->date, cases[i].date) != 0)
			prr_test_fail(__FILE__, __LINE__, "case %zu: %s", i,
				      r && r->date ? r->date : "-");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A table of a status then and now ("Status at 27 Oct | Status now", "Was
 * | Now") is read from its latest column; "## Gates" names the table, not
 * a component. */
PRR_TEST(import_unseen__status_then_and_now)
{
	static const char *const heads[] = {
		"| Gate | Status at 27 Oct | Status now | Comment |",
		"| Gate | Was | Now | Comment |",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		char doc[400];
		snprintf(doc, sizeof doc,
			 "# Reindex\n\nDate: 2026-11-03\n\n## Gates\n\n%s\n"
			 "|---|---|---|---|\n| Shadow run | \xE2\x9C\x85 | "
			 "\xE2\x9D\x8C | x |\n| Alias swap | \xE2\x9C\x85 | "
			 "\xE2\x9D\x8C | y |\n", heads[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1) {
			const prr_component *c = &r->components[0];
			CHECK_STR(c->name, "Reindex");
			CHECK(c->n_checks == 2 && c->checks[0].status == PRR_FAIL &&
			      c->checks[1].status == PRR_FAIL);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A findings table under a heading of other words ("## Offene Punkte",
 * "## Nachverfolgung") is findings where it has an ID, a severity
 * ("Schwere") and a blocking column: titled by its text, not a checklist
 * of severities. */
PRR_TEST(import_unseen__findings_table_by_its_columns)
{
	static const char *const headings[] = { "Offene Punkte",
						"Nachverfolgung" };
	for (size_t i = 0; i < sizeof headings / sizeof headings[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# R\n\nDatum: 2026-09-10\n\n## %s\n\n"
			"| Nr. | Schwere | Beschreibung | Blockierend | Status |\n"
			"|---|---|---|---|---|\n"
			"| WMS-118 | Kritisch | Failover ungetestet | Ja | offen |\n"
			"| WMS-120 | Mittel | Runbook fehlt | Nein | offen |\n",
			headings[i]);
		CHECK(r && r->n_findings == 2 && r->n_checklists == 0);
		if (r && r->n_findings == 2) {
			CHECK_STR(r->findings[0].title, "Failover ungetestet");
			CHECK(r->findings[0].blocking && !r->findings[1].blocking);
			CHECK(r->findings[1].severity == PRR_SEV_MEDIUM);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A finding's paragraph that opens by saying it is over ("Behoben in rc3
 * …", "Fixed in 2.4.1 (see …)") closes it; one that opens with another
 * word does not. */
PRR_TEST(import_unseen__a_finding_said_fixed_first)
{
	static const check_case cases[] = {
		{ "Behoben in rc3 (Commit `a41c9e2`). **Status: Behoben.**", 1 },
		{ "Fixed in 2.4.1 (see the changelog); kept here for the record.", 1 },
		{ "Fixed windows are too small for the burst.", 2 },
	};
	expect_each("# R\n\nDate: 2026-09-10\n\n## Findings\n\n"
			"### F-1: Watchdog resets (Severity: High)\n\n%s\n\n"
			"### F-2: No A/B OTA (Severity: High)\n\nOpen.\n",
			cases, sizeof cases / sizeof cases[0], OPEN_FINDINGS,
			__LINE__);
}

/* A title that names the meeting ("# Go / No-Go — Season 4") decides no
 * section under it: a note that a fix is ready is no verdict; the vote's
 * result under "## Vote" is. */
PRR_TEST(import_unseen__a_go_no_go_title_decides_no_section)
{
	static const check_case cases[] = {
		{ "## Decision\n\n**NO-GO**.", PRR_LEVEL_NOT_READY },
		{ "## Vote\n\nResult: 8 GO, 1 NO-GO \xE2\x86\x92 **GO**.",
		  PRR_LEVEL_READY },
		{ "## Vote\n\nRésultat : 8 GO (dont 1 sous réserve), 1 NO-GO "
		  "\xE2\x86\x92 **GO**.\n\n## Plan\n\nOwner: Claire Dubois",
		  PRR_LEVEL_READY },
	};
	expect_each("# Go / No-Go \xE2\x80\x94 Season 4\n\nDate: 2026-03-10\n\n"
		    "## Notes\n\nSKY-8820 has a server fix ready.\n\n"
		    "## Team\n\nStatus: all present\n\n%s\n",
		    cases, sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* A verdict in bold that no longer holds is not the verdict: the line
 * that tells it changing is read whole (round 10). */
PRR_TEST(import_unseen__a_changed_verdict_in_bold)
{
	static const check_case cases[] = {
		{ "Antes: **GO condicional** (16 de febrero). Ahora: **GO**.",
		  PRR_LEVEL_READY },
		{ "Before: **CONDITIONAL GO** (16 Feb). Now: **GO**.",
		  PRR_LEVEL_READY },
		{ "It was **CONDITIONAL GO** on 16 Feb; it is now **GO**.",
		  PRR_LEVEL_READY },
		{ "Vorher: **GO**. Jetzt: **NO-GO** (INC-12).",
		  PRR_LEVEL_NOT_READY },
	};
	expect_each("# R\n\nFecha: 2026-03-02\n\n## Dictamen\n\n%s\n\n"
		    "La salida queda autorizada.\n",
		    cases, sizeof cases / sizeof cases[0], LEVEL, __LINE__);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# R\n\nDate: 2026-03-02\n\n## Verdict\n\n"
				"Was: Not ready. **Now: Ready for a 5% canary.** "
				"The one remaining blocker must be rehearsed.\n", &d);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	CHECK_STR(r ? r->status_text : NULL,
		  "Now: Ready for a 5% canary.");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "status:" inside a sentence or in code is no label: the sentence
 * that explains a front matter's field states no verdict (round 10). */
PRR_TEST(import_unseen__status_in_prose_is_no_label)
{
	static const check_case cases[] = {
		{ "The docs pipeline sets status: approved when it publishes.",
		  PRR_LEVEL_UNKNOWN },
		{ "> `status: approved` means the page was published.",
		  PRR_LEVEL_UNKNOWN },
		{ "Launch status: approved", PRR_LEVEL_READY },
	};
	expect_each("# R\n\nDate: 2026-06-03\n\n%s\n", cases,
		    sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* A template half filled in: the choices of a verdict field, a findings
 * row of placeholders and "# | Check | Status | Owner" read for what they
 * are: no verdict, no finding, a checklist (not milestones) (round 10). */
PRR_TEST(import_unseen__a_half_filled_template)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# PRR\n\n**Review date:** 2026-09-09\n"
		"**Overall status:** <READY / READY WITH CONDITIONS / NOT READY>\n\n"
		"## Checklist\n\n| # | Check | Status | Owner |\n|---|---|---|---|\n"
		"| 2.1 | SLOs defined | Done | @tb |\n| 2.2 | Rollback tested | TBD | <owner> |\n"
		"| 2.3 | PII review | N/A | |\n\n"
		"## Findings\n\n| ID | Severity | Description | Owner |\n|---|---|---|---|\n"
		"| PDF-12 | High | Workers leak memory | @mg |\n"
		"| <ID> | <Critical/High/Medium/Low> | <description> | <owner> |\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->level, PRR_LEVEL_UNKNOWN);
		CHECK_INT(r->n_findings, 1);
		CHECK_INT(r->n_milestones, 0);
		CHECK_INT(r->n_checklists, 1);
		if (r->n_checklists == 1) {
			CHECK_INT(r->checklists[0].n_items, 3);
			if (r->checklists[0].n_items == 3)
				CHECK_INT(r->checklists[0].items[2].status, PRR_NA);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A re-review's own day: "This re-review: …" names it; a heading's day
 * after "since" is the earlier review's (round 10). */
PRR_TEST(import_unseen__a_re_review_dates_itself)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	const char *doc = "# PRR re-review\n\n"
			  "**Previous review:** 2026-01-20 \xE2\x80\x94 NOT READY\n"
			  "**This re-review:** 2026-03-02\n\n## Verdict\n\nREADY.\n\n"
			  "## What changed since 2026-01-20\n\nText.\n";
	r = md_undated(doc, &d);
	CHECK(r != NULL);
	if (r)
		CHECK_STR(r->date, "2026-03-02");
	prr_review_free(r);
	prr_diags_free(&d);
	/* the heading alone dates nothing */
	prr_diags d2 = PRR_DIAGS_INIT;
	doc = "# PRR\n\n## Verdict\n\nREADY.\n\n## What changed since 2026-01-20\n";
	r = md_undated(doc, &d2);
	CHECK(r == NULL);
	prr_review_free(r);
	prr_diags_free(&d2);
}

/* Under "## Blockers", a blocking denied in other words is none ("Not a
 * launch blocker", "Does not block launch", "No bloquea"); a finding a
 * later sentence says is over is left out, unless the sentence takes it
 * back; a status waiting for a re-test is open (round 10). */
PRR_TEST(import_unseen__blockers_denied_and_findings_over)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\nDate: 2026-11-01\n\n## Blockers\n\n"
		"- **LS-14 (High):** single region. Not a launch blocker because "
		"it is no system of record.\n"
		"- **BF-100 (High):** gateway limit. Does not block launch.\n"
		"- **BF-107 (Alto):** pasarela a 400 TPS. No bloquea: la cola "
		"virtual basta.\n"
		"- **BF-112 (Medium):** CDN warm-up missing.\n"
		"- **BF-098 (High):** ES timeouts.\n  Resolved on 30 October; "
		"kept here for reference.\n"
		"- **BF-099 (High):** cache stampede. Fixed in staging only, "
		"production still affected.\n\n"
		"## Findings\n\n| ID | Title | Severity | Status |\n|---|---|---|---|\n"
		"| RT-01 | Injection | High | Mitigated (allow-list); re-test pending |\n"
		"| PT-02 | Token | Medium | Corrigido |\n", &d);
	static const struct { const char *id; bool blocking; } want[] = {
		{ "LS-14", false }, { "BF-100", false }, { "BF-107", false },
		{ "BF-112", true }, { "BF-099", true }, { "RT-01", false },
	};
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_findings, 6);
		for (size_t i = 0; i < r->n_findings && i < 6; i++) {
			CHECK_STR(r->findings[i].id, want[i].id);
			CHECK_INT(r->findings[i].blocking, want[i].blocking);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A milestone "On track" is on its way, not done; its "Target" column of
 * days is when (round 10). */
PRR_TEST(import_unseen__a_milestone_on_track_is_not_done)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\nDate: 2026-06-05\n\n## Milestones\n\n"
		"| Milestone | Target | Status |\n|---|---|---|\n"
		"| Pen test remediation | 2026-05-29 | Done |\n"
		"| Go-live, site DE-03 | 2026-07-06 | On track |\n", &d);
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2) {
		CHECK(r->milestones[0].done);
		CHECK(!r->milestones[1].done);
		CHECK_STR(r->milestones[1].due, "2026-07-06");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The scale of bare scores is the document's, not a guess of /10: stated
 * in the text ("We score every criterion 0–3"), in the header ("Score
 * (0–3)"), or by a total they sum to ("Total: 8 / 12" over four); rows
 * are named by their criterion, not their number (round 9's site). */
PRR_TEST(import_unseen__the_scale_of_bare_scores)
{
	static const char *const ways[] = {
		("We score every criterion 0\342\200\2233.\n\n"
		 "| # | Criterion | Score |\n"),
		"| # | Criterion | Score (0\342\200\2233) |\n",
		"| # | Criterion | Score |\n",
	};
	for (size_t w = 0; w < sizeof ways / sizeof ways[0]; w++) {
		prr_diags d = PRR_DIAGS_INIT;
		char doc[600];
		snprintf(doc, sizeof doc,
			 "# R\n\nDate: 2026-09-15\n\n%s|---|---|---|\n"
			 "| 1 | Data contracts | 3 |\n| 2 | Freshness | 2 |\n"
			 "| 3 | Replay | 1 |\n| 4 | DR | 2 |\n\n**Total: 8 / 12**\n",
			 ways[w]);
		prr_review *r = md_text(doc, &d);
		if (!r || r->n_dimensions != 4) {
			prr_test_fail(__FILE__, __LINE__, "way %zu: %zu dimensions", w,
				      r ? r->n_dimensions : 0);
		} else {
			CHECK_STR(r->dimensions[0].name, "Data contracts");
			if (r->dimensions[0].max != 3)
				prr_test_fail(__FILE__, __LINE__, "way %zu: max %g", w,
					      r->dimensions[0].max);
			CHECK(r->n_audit == 1 && r->audit[0].agrees);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "## Result" alone concludes (not "## Test results"); a field's value
 * runs on over a line break to its sentence's end, whatever letter the
 * next line opens with (round 9's site, round 10). */
PRR_TEST(import_unseen__a_result_and_a_value_over_lines)
{
	static const check_case cases[] = {
		{ "## Result\n\n22 is short of the bar, so we are **not ready "
		  "for GA**.", PRR_LEVEL_NOT_READY },
		{ "## Test results\n\nThe soak ran **clean**; retry is **not "
		  "ready**.", PRR_LEVEL_UNKNOWN },
		{ "## Plan\n\n**Recommendation:** proceed with weekends 1 and 2; "
		  "hold\nTreasury Settlement in DC2 until 30 September.",
		  PRR_LEVEL_PARTIAL },
	};
	expect_each("# R\n\nDate: 2026-09-15\n\n## Scope\n\nText.\n\n%s\n",
		    cases, sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* A decision's go, then a part refused in its next paragraph: partial,
 * quoting both (round 10). */
PRR_TEST(import_unseen__a_part_refused_in_the_next_paragraph)
{
	static const check_case cases[] = {
		{ "## Decision\n\nThe Board agreed a **GO** for ED.\n\n"
		  "Maternity is **NO-GO**.", PRR_LEVEL_PARTIAL },
		{ "## Board decision\n\nThe Board agreed a **GO** for go-live "
		  "on 14 March.\n\nMaternity is **NO-GO**. It stays on the "
		  "legacy system.", PRR_LEVEL_PARTIAL },
	};
	expect_each("# R\n\nDate: 2026-03-03\n\n## Scope\n\nText.\n\n%s\n",
		    cases, sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* "## Where we are" sums up: its call is the verdict (round 9's site). */
PRR_TEST(import_unseen__where_we_are_concludes)
{
	static const check_case cases[] = {
		{ "## Where we are\n\n15 of 21 done.\n\n**Call (Priya, 14 May): "
		  "NO-GO for 19 May as things stand.** If Stripe verifies we "
		  "launch.", PRR_LEVEL_NOT_READY },
	};
	expect_each("# Launch checklist\n\nDate: 2026-05-14\n\n## Product\n\n"
		    "- [x] Onboarding\n\n## Infra\n\n- [ ] Load test\n\n%s\n",
		    cases, sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* A follow-up's blockers by their ID with their status then and now:
 * findings, open as the latest column says, not scores (round 9's
 * site). */
PRR_TEST(import_unseen__blockers_then_and_now)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Follow-up\n\nDate: 2026-04-29\n\n## Blockers from last time\n\n"
		"| ID | Blocker | Then | Now | Note |\n|---|---|---|---|---|\n"
		"| CO-101 | No idempotency keys | Open | Closed | Shipped |\n"
		"| CO-107 | Rollback takes 40 min | Open | Open | Not rehearsed |\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].id, "CO-107");
		CHECK(r->findings[0].blocking);
	}
	CHECK_INT(d.warnings, 0); /* no "not imported: score 'Closed'" */
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Tables of fields with no header of their own: Google Docs' first pair
 * in the header row, a blank header over labels ending in a colon
 * (rounds 9 and 10). */
PRR_TEST(import_unseen__tables_of_fields_without_a_header)
{
	static const char *const docs[] = {
		"# PRR: ledger-recon\n\n| Document status | Final |\n| :---- | :---- |\n"
		"| Authors | N. Ferreira |\n| Date of review | Oct 21, 2026 |\n"
		"| Outcome | **Not met** |\n",
		"# Service assessment\n\n| | |\n|---|---|\n"
		"| Assessment date: | 2026-10-21 |\n| Stage: | Beta |\n"
		"| Result: | Not met |\n",
		/* the whole's result beside the points' decisions, under a
		 * heading that names what the title names */
		"# Renew a Licence beta assessment\n\n### Renew a Licence\n\n"
		"| | |\n|---|---|\n| Assessment date: | 2026-10-21 |\n"
		"| Result: | Not met |\n\n## 1. Understand users\n\n"
		"**Decision:** Met\n\n## 2. Solve a whole problem\n\n"
		"**Decision:** Met\n\n## 3. Make it accessible\n\n"
		"**Decision:** Not met\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_undated(docs[i], &d);
		if (!r || strcmp(r->date, "2026-10-21") != 0 ||
		    r->level != PRR_LEVEL_NOT_READY)
			prr_test_fail(__FILE__, __LINE__, "doc %zu: %s, level %d", i,
				      r ? r->date : "no review", r ? (int)r->level : -1);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "No" answers only as a status's first word: Portuguese "no" (in the)
 * and Spanish "no." (number) in a status say nothing; "Corrigido",
 * "Resuelto" are fixed (round 10). */
PRR_TEST(import_unseen__no_in_the_middle_is_no_answer)
{
	static const struct { const char *s; prr_status want; } cases[] = {
		{ "Corrigido no build 50012", PRR_PASS },
		{ "Resuelto", PRR_PASS },
		{ "revisión no. 3", PRR_UNKNOWN },
		{ "No - pending", PRR_FAIL },
		{ "\xE2\x9D\x8C No", PRR_FAIL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool known;
		prr_status st = prr_status_from_text(cases[i].s, strlen(cases[i].s), &known);
		if (st != cases[i].want)
			prr_test_fail(__FILE__, __LINE__, "'%s': %d, expected %d",
				      cases[i].s, (int)st, (int)cases[i].want);
	}
}

/* Risk registers: a "Rating" of Low … Critical is each risk's level (it
 * was a score, and every row was dropped with a warning); a closed risk
 * is over; a risk keeps its ID; of "Initial risk | Residual risk" what
 * remains is its level (round 10). */
PRR_TEST(import_unseen__risk_registers)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\nDate: 2026-01-27\n\n## Risks\n\n"
		"| ID | Risk | Likelihood | Impact | Rating | Owner | Status |\n"
		"|---|---|---|---|---|---|---|\n"
		"| R-01 | Parallel-run variance | Med | High | High | S. B. | Open |\n"
		"| R-02 | Bank file rejected | Low | High | Medium | M. Y. | Closed |\n"
		"| R-05 | Pension interface late | High | High | Critical | J. N. | Open |\n\n"
		"## Hazards\n\n| Hazard | Description | Initial risk | Residual risk | Status |\n"
		"|---|---|---|---|---|\n"
		"| HAZ-022 | Allergies not coded | 5 Very high | 3 Medium | Open |\n"
		"| HAZ-037 | Alerts suppressed | 4 High | 2 Low | Open |\n", &d);
	static const struct { const char *title; prr_severity level; } want[] = {
		{ "R-01: Parallel-run variance", PRR_SEV_HIGH },
		{ "R-05: Pension interface late", PRR_SEV_CRITICAL },
		{ "HAZ-022: Allergies not coded", PRR_SEV_MEDIUM },
		{ "HAZ-037: Alerts suppressed", PRR_SEV_LOW },
	};
	CHECK(r && r->n_risks == 4);
	for (size_t i = 0; r && i < r->n_risks && i < 4; i++) {
		CHECK_STR(r->risks[i].title, want[i].title);
		CHECK_INT(r->risks[i].level, want[i].level);
	}
	CHECK_INT(d.warnings, 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* an ORR's questions with a risk each: "None" is no risk, the others
	 * titled by their question (round 11) */
	prr_diags d2 = PRR_DIAGS_INIT;
	r = md_text("# ORR\n\nDate: 2026-03-01\n\n"
		    "| ID | Question | Answer | Risk | Notes |\n|---|---|---|---|---|\n"
		    "| OPS 1 | Do you know who owns the workload? | Yes | None | PD |\n"
		    "| OPS 4 | Is every alarm linked to a runbook? | No | High | 4 of 11 |\n", &d2);
	CHECK(r && r->n_risks == 1);
	if (r && r->n_risks == 1) {
		CHECK_STR(r->risks[0].title, "OPS 4: Is every alarm linked to a runbook?");
		CHECK_INT(r->risks[0].level, PRR_SEV_HIGH);
	}
	prr_review_free(r);
	prr_diags_free(&d2);
}

/* A findings table's "Item" titles its findings (not the first column
 * of words, "Cluster"); "Blocks onboarding" says which block (round
 * 10). */
PRR_TEST(import_unseen__findings_titled_by_item_blocking_by_blocks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\nDate: 2026-06-01\n\n## Open items\n\n"
		"| ID | Cluster | Item | Severity | Blocks onboarding |\n|---|---|---|---|---|\n"
		"| STRM-412 | kafka-analytics | Finish KRaft migration | High | Yes |\n"
		"| STRM-418 | kafka-prod-us1 | Raise topics to RF=3 | Medium | No |\n\n"
		"## Findings\n\n| Sev | Blocking? | Item |\n|---|---|---|\n"
		"| High | Yes | Origin shield single-AZ |\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK_STR(r->findings[0].title, "Finish KRaft migration");
		CHECK(r->findings[0].blocking);
		CHECK(!r->findings[1].blocking);
		CHECK_STR(r->findings[2].title, "Origin shield single-AZ");
		CHECK(r->findings[2].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A GitHub issue's labels are no files: "Labels: `launch`,
 * `area/exports`" (round 10). */
PRR_TEST(import_unseen__labels_are_no_files)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch checklist #4821\n\nDate: 2026-11-12\n\n"
		"**Open** \xC2\xB7 Labels: `launch`, `area/exports`, `P1` \xC2\xB7 "
		"Runbook: `docs/exports/runbook.md`\n", &d);
	CHECK(r && r->n_evidence == 1);
	if (r && r->n_evidence == 1)
		CHECK_STR(r->evidence[0].path, "docs/exports/runbook.md");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A matrix whose rows are areas or applications, with columns of marks
 * and an overall last: each row a component with its checks and its
 * stated status (the cells were dropped; each row was one check of its
 * overall); not "OWASP category | Tested | Result" (round 10). */
PRR_TEST(import_unseen__a_matrix_with_an_overall_column)
{
	static const char *const heads[] = { "Area", "Application" };
	for (size_t h = 0; h < 2; h++) {
		prr_diags d = PRR_DIAGS_INIT;
		char doc[700];
		snprintf(doc, sizeof doc,
			 "# R\n\nDate: 2026-03-03\n\n## Readiness\n\n"
			 "| %s | Training | Devices | Downtime kit | Overall |\n"
			 "|---|---|---|---|---|\n"
			 "| Emergency | \xE2\x9C\x85 94%% | \xE2\x9C\x85 | \xE2\x9C\x85 | GREEN |\n"
			 "| Maternity | \xE2\x9D\x8C 71%% | \xE2\x9C\x85 | \xE2\x9D\x8C | RED |\n"
			 "\n## Coverage\n\n| OWASP category | Tested | Result |\n|---|---|---|\n"
			 "| A01 Access | \xE2\x9C\x85 | \xE2\x9D\x8C |\n"
			 "| A04 Design | \xE2\x9C\x85 | \xE2\x9C\x85 |\n", heads[h]);
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_components >= 2);
		if (r && r->n_components >= 2) {
			CHECK_STR(r->components[1].name, "Maternity");
			CHECK_INT(r->components[1].status, PRR_FAIL);
			CHECK_INT(r->components[1].n_checks, 3);
		}
		/* the coverage table stays a component's checks by category */
		CHECK(r && r->n_components == 3);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Bands of levels in bold, each against a figure, are a scale, not the
 * verdict (round 11). */
PRR_TEST(import_unseen__bands_in_bold_are_a_scale)
{
	static const check_case cases[] = {
		{ "Bands: **Green** average \xE2\x89\xA5 4.0 \xC2\xB7 **Amber** "
		  "3.0\342\200\2233.99 \xC2\xB7 **Red** < 3.0", PRR_LEVEL_UNKNOWN },
		{ "We are **GO** for iOS and **NO-GO** for Android.", PRR_LEVEL_PARTIAL },
	};
	expect_each("# Service Readiness Scorecard\n\nDate: 2026-09-28\n\n%s\n",
		    cases, sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* "Area | January | Now": a month's column before now is a record; each
 * area's check is what holds now (round 10). */
PRR_TEST(import_unseen__a_month_then_now)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Re-review: ledger-writer\n\nDate: 2026-03-02\n\n"
		"| Area | January | Now |\n|---|---|---|\n"
		"| Data integrity | \xE2\x9D\x8C | \xE2\x9C\x85 |\n"
		"| Runbooks | \xE2\x9C\x85 | \xE2\x9A\xA0\xEF\xB8\x8F |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1 && r->components[0].n_checks == 2) {
		CHECK_STR(r->components[0].checks[0].category, "Data integrity");
		CHECK_INT(r->components[0].checks[0].status, PRR_PASS);
		CHECK_INT(r->components[0].checks[1].status, PRR_PARTIAL);
	} else {
		CHECK(!"two checks of the areas");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A file that keeps its reviews one after another under dated headings
 * is read as its newest, with a warning; the heading is no component
 * (round 10). */
PRR_TEST(import_unseen__a_log_of_reviews)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	const char *doc =
		"# Geo-Routing \xE2\x80\x94 Readiness Reviews\n\nNewest first.\n\n"
		"## Review 3 \xE2\x80\x94 2026-10-20\n\n| Area | Status |\n|---|---|\n"
		"| Failover | \xE2\x9C\x85 |\n\n**Verdict: READY.** Take all traffic.\n\n"
		"## Review 2 \xE2\x80\x94 2026-09-15\n\n"
		"- **GR-31 (High):** health checks flap.\n\n**Verdict: CONDITIONAL GO.**\n";
	r = md_undated(doc, &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2026-10-20");
		CHECK_INT(r->level, PRR_LEVEL_READY);
		CHECK_INT(r->n_findings, 0);
		CHECK(r->n_components == 1 &&
		      strstr(r->components[0].name, "Review 3") == NULL);
	}
	CHECK_INT(d.warnings, 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A meeting's day dates its review over a heading's earlier day; a
 * "Criticidade" column rates findings; Dutch "Advies" labels the verdict
 * (round 11). */
PRR_TEST(import_unseen__meeting_criticidade_advies)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Go/no-go: search reindex\n\n**Meeting:** 2026-05-19, 14:00\n\n"
		"## Pre-read status (as circulated on 2026-05-18)\n\nText.\n\n"
		"## Achados\n\n| ID | Achado | Criticidade | Status |\n|---|---|---|---|\n"
		"| PIX-02 | Timeout no SPI | Alta | Aberto |\n\n"
		"## Besluit\n\n**Advies: NIET GEREED** voor de landelijke uitrol.\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2026-05-19");
		CHECK(r->n_findings == 1 && r->findings[0].severity == PRR_SEV_HIGH);
		CHECK_INT(r->level, PRR_LEVEL_NOT_READY);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The long form of a matrix with a column per review's day: each check
 * from the latest (round 11). */
PRR_TEST(import_unseen__long_form_by_days)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Billing re-review\n\nDate: 2026-03-03\n\n"
		"| Component | Category | 2026-01-20 | 2026-03-03 |\n|---|---|---|---|\n"
		"| Invoice API | Monitoring | \xE2\x9D\x8C | \xE2\x9C\x85 |\n"
		"| Invoice API | Runbooks | \xE2\x9C\x85 | \xE2\x9D\x8C |\n"
		"| Tax adapter | Timeouts | \xE2\x9D\x8C | \xE2\x9C\x85 |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2 && r->components[0].n_checks == 2) {
		CHECK_STR(r->components[0].checks[0].category, "Monitoring");
		CHECK_INT(r->components[0].checks[0].status, PRR_PASS);
		CHECK_INT(r->components[0].checks[1].status, PRR_FAIL);
	} else {
		CHECK(!"two checks of Invoice API");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Figures a metric states are no score, estimate or count: a budget's
 * share left, a window among other facts, a share of time (round 11). */
PRR_TEST(import_unseen__metrics_are_no_figures_of_the_review)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Gateway launch\n\nDate: 2026-06-01\n\n"
		"## Numbers from the canary (7 days, 10% of traffic)\n\nText.\n\n"
		"### Error budget: 62% remaining (of 21.6 min per 30 days)\n\nText.\n\n"
		"## Cost\n\nCost: 68% of the quarterly budget spent at 2/3 of the quarter.\n\n"
		"## Stage A: minimum viable (3-6 months more)\n\nText.\n", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_dimensions, 0);
		CHECK_INT(r->n_scores, 0);
		CHECK_INT(r->n_audit, 0);
		CHECK(r->n_estimates == 1 && r->estimates[0].low == 3);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A matrix's tally column ("Yes / applicable") is audited against each
 * row's marks, no check; a total row of marks ("**Total Yes**", "Category
 * avg") is no component, its counts audited against the marks (round
 * 11). */
PRR_TEST(import_unseen__a_matrix_tally_and_totals)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Shop platform\n\nDate: 2026-05-01\n\n"
		"| Service | Monitoring | Alerting | Runbook | Yes / applicable |\n"
		"|---|---|---|---|---|\n"
		"| auth | Yes | Yes | Partial | 2/3 |\n"
		"| catalog | Yes | Partial | No | 2/3 |\n"
		"| **Total Yes** | **2/2** | **1/2** | **0/2** | **4/6** |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2)
		CHECK_INT(r->components[0].n_checks, 3);
	size_t wrong = 0, right = 0;
	for (size_t i = 0; r && i < r->n_audit; i++) {
		wrong += !r->audit[i].agrees;
		right += r->audit[i].agrees;
	}
	/* catalog's 2/3 (1 of 3 marks a Yes) and the total's 4/6 (3 of 6)
	 * disagree; auth's 2/3 and the three columns' totals agree */
	CHECK_INT(wrong, 2);
	CHECK_INT(right, 4);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Under a finding's heading, "**ID:** PP-SEC-03" is its ID (not a made-up
 * "F1"), and a Status that says it blocks makes it blocking (round
 * 11). */
PRR_TEST(import_unseen__a_findings_id_and_blocking_fields)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\nDate: 2026-06-01\n\n## Findings\n\n"
		"### [HIGH] Uploads served from the app origin\n**ID:** PP-SEC-03 (H-2)\n"
		"Partner uploads are served.\n**Status:** Open \xE2\x80\x94 fix planned. "
		"**Blocks external launch.**\n\n### [MEDIUM] Verbose traces\n"
		"**ID:** PP-SEC-05\n**Status:** Open \xE2\x80\x94 does not block launch.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "PP-SEC-03");
		CHECK(r->findings[0].blocking);
		CHECK_STR(r->findings[1].id, "PP-SEC-05");
		CHECK(!r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A count of things is no score, nor is an earlier review's; a score
 * beside a count or a percent beside its count still is (round 11). */
PRR_TEST(import_unseen__counts_and_earlier_scores_are_no_scores)
{
	static const struct { const char *line; int scores; } cases[] = {
		{ "**Summary:** 31 / 33 items done.", 0 },
		{ "Previous quarter: C+ (72/100).", 0 },
		{ "**Previous score:** 6/10", 0 },
		{ "**Overall score:** 72/100", 1 },
		{ "**Score:** 8/10 (12/14 checks pass)", 1 },
		{ "**Readiness: 90% (9/10 criteria ready)**", 1 },
		{ "**Result: 12/12 validations completed \xE2\x80\x94 9 PASSED, 2 FAILED**", 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# R\n\nDate: 2026-01-01\n\n%s\n", cases[i].line);
		if (!r || (int)r->n_scores != cases[i].scores)
			prr_test_fail(__FILE__, __LINE__, "'%s': %zu scores, expected %d",
				      cases[i].line, r ? r->n_scores : 0, cases[i].scores);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A title's trailing status of two words is taken whole, with the dash
 * before it: "# 2026-11-04 — Payments API — NOT READY" is titled
 * "2026-11-04 — Payments API", never "… — NOT" (round 11). */
PRR_TEST(import_unseen__a_titles_two_word_status)
{
	static const char *const cases[][2] = {
		{ "2026-11-04 \xE2\x80\x94 Payments API \xE2\x80\x94 NOT READY",
		  "2026-11-04 \xE2\x80\x94 Payments API" },
		{ "Payments API \xE2\x80\x94 v2", "Payments API \xE2\x80\x94 v2" },
		{ "Payments API COMPLETE", "Payments API" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# %s\n\nDate: 2026-11-04\n", cases[i][0]);
		CHECK_STR(r ? r->title : NULL, cases[i][1]);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A milestone table's "Completed" column is the day each was done
 * (round 11). */
PRR_TEST(import_unseen__a_milestones_completed_day)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\nDate: 2026-10-14\n\n## Milestones\n\n"
		"| # | Milestone | Due | Status | Completed |\n|---|---|---|---|---|\n"
		"| M1 | Landing zone | 2026-08-14 | \xE2\x9C\x85 Done | 2026-08-12 |\n"
		"| M3 | Data sync | 2026-10-05 | \xE2\x9D\x8C Missed | \xE2\x80\x94 |\n", &d);
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2) {
		CHECK(r->milestones[0].done);
		CHECK_STR(r->milestones[0].done_date, "2026-08-12");
		CHECK(!r->milestones[1].done);
		CHECK(r->milestones[1].done_date == NULL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A list under a numbered heading that names findings ("## 5.
 * Findings", "## 3) Blockers") is findings, as under "## Findings"
 * (round 12). */
PRR_TEST(import_unseen__findings_listed_under_a_numbered_heading)
{
	static const check_case cases[] = {
		{ "## Findings", 2 }, { "## 5. Findings", 2 }, { "## 3) Findings", 2 },
		{ "## 3. Known issues", 2 },
	};
	expect_each("# R\n\nDate: 2026-01-01\n\n%s\n\n"
		    "- **F-1 (High, blocking):** Token leak in logs.\n"
		    "- **F-2 (Low):** Typos.\n",
		    cases, sizeof cases / sizeof cases[0], OPEN_FINDINGS, __LINE__);
}

/* "B1 fixed in 9d01c3e." in a re-review's line: B1 is over (round 12). */
PRR_TEST(import_unseen__fixed_in_a_commit)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# PR readiness\n\nDate: 2026-01-23\n\n## Blocking issues\n\n"
		"- **B1:** Migration locks the orders table.\n"
		"- **B2:** No rollback for the flag.\n\n## Review\n\n"
		"**Re-review (@hwu), 2026-01-23:** B1 fixed in 9d01c3e. B2 still open.\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK_STR(r->findings[0].id, "B2");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A ticked box whose title in bold is followed by a pending mark is not
 * done, and the contradiction is audited (round 12). */
PRR_TEST(import_unseen__ticked_yet_pending_after_a_bold_title)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\nDate: 2026-01-01\n\n## Tasks\n\n"
		"- [x] **Task 4: Invoices** \xE2\x9C\x85 COMPLETE\n"
		"- [x] **Task 5: Proration** \xE2\x8F\xB3 PENDING \xE2\x80\x94 waiting on "
		"finance sign-off\n- [x] **Task 6: Refunds** \xE2\x80\x94 shipped\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 3);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 3) {
		CHECK(r->checklists[0].items[0].done);
		CHECK(!r->checklists[0].items[1].done);
		CHECK(r->checklists[0].items[2].done);
	}
	CHECK(r && r->n_audit == 1 && !r->audit[0].agrees);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Malay: a meeting held on "12 Ogos 2026", "belum sedia" (not yet
 * ready), "Separa" (partial) (round 10). */
PRR_TEST(import_unseen__malay)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	const char *doc = "# Semakan kesediaan\n\nMesyuarat semakan diadakan pada "
			  "12 Ogos 2026.\n\n| Komponen | Pemantauan | Keselamatan |\n"
			  "|---|---|---|\n| dispatch | Separa | Lulus |\n\n"
			  "## Keputusan\n\nSistem **belum sedia** "
			  "untuk pengeluaran.\n";
	r = md_undated(doc, &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2026-08-12");
		CHECK_INT(r->level, PRR_LEVEL_NOT_READY);
		CHECK(r->n_components == 1 && r->components[0].n_checks == 2 &&
		      r->components[0].checks[0].status == PRR_PARTIAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Scores per category with a band last ("| Service | Obs | Rel | Average
 * | Band |"): the band is each service's stated status, no check made of
 * it (the site computed readiness from the bands) (round 11). */
PRR_TEST(import_unseen__a_band_after_scores)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Scorecard\n\nDate: 2026-09-28\n\n"
		"| Service | Observability | Reliability | Average | Band |\n"
		"|---|---|---|---|---|\n| Identity | 5 | 4 | 4.5 | Green |\n"
		"| Reporting | 3 | 2 | 2.5 | Red |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_INT(r->components[1].status, PRR_FAIL);
		CHECK_INT(r->components[1].n_checks, 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A verdict's label after another label in the same line: each colon is
 * asked (round 11). */
PRR_TEST(import_unseen__a_verdict_label_after_another)
{
	static const check_case cases[] = {
		{ "All critical findings are closed. Blocker count: **3**. Verdict: "
		  "**READY WITH CAVEATS** \xE2\x80\x94 the lakehouse may go.",
		  PRR_LEVEL_PARTIAL },
	};
	expect_each("# R\n\nDate: 2026-05-01\n\n%s\n", cases,
		    sizeof cases / sizeof cases[0], LEVEL, __LINE__);
}

/* A field's list of names wrapped over lines after a comma runs on
 * (round 9's site: the attendees were cut after the third). */
PRR_TEST(import_unseen__a_list_of_names_over_lines)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# CAB minutes\n\nDate: 2026-03-05\n\n"
		"**Attendees:** H. Vermeulen (chair), S. Okafor,\nL. Moreau, R. Castell\n"
		"(Infrastructure), A. Nowak\n", &d);
	CHECK(r && r->n_fields == 1);
	if (r && r->n_fields == 1)
		CHECK_STR(r->fields[0].value, "H. Vermeulen (chair), S. Okafor, L. Moreau, "
			  "R. Castell (Infrastructure), A. Nowak");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A decimal comma in a score ("7,5"), as Dutch and German write it; a
 * thousands' comma ("1,234") is none (round 11). */
PRR_TEST(import_unseen__a_decimal_comma)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# R\n\nDate: 2026-01-01\n\n| Gebied | Cijfer |\n"
				"|---|---|\n| Beveiliging | 7,5 |\n| Beheer | 5,25 |\n"
				"| Opslag | 1,234 |\n", &d);
	CHECK(r && r->n_dimensions == 2);
	if (r && r->n_dimensions == 2) {
		CHECK_NUM(r->dimensions[0].score, 7.5);
		CHECK_NUM(r->dimensions[1].score, 5.25);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Due-date columns in other languages: Prazo, Plazo, Échéance, Termin,
 * 予定日 (round 12). */
PRR_TEST(import_unseen__due_dates_in_other_languages)
{
	static const char *const heads[] = { "Prazo", "Plazo",
		"\303\211ch\303\251ance", "Termin", "\xE4\xBA\x88\xE5\xAE\x9A\xE6\x97\xA5" };
	for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
		prr_diags d = PRR_DIAGS_INIT;
		char doc[300];
		snprintf(doc, sizeof doc, "# R\n\nDate: 2026-01-01\n\n| Task | Owner | %s |\n"
			 "|---|---|---|\n| Pen test | Ana | 2026-03-12 |\n", heads[h]);
		prr_review *r = md_text(doc, &d);
		if (!r || r->n_milestones != 1 || !r->milestones[0].due ||
		    strcmp(r->milestones[0].due, "2026-03-12") != 0)
			prr_test_fail(__FILE__, __LINE__, "'%s': no due day", heads[h]);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A "Max" column is each row's most (9/20, not 9/10 of a scale guessed
 * from the numbers), and of score columns named by reviews ("R1 score |
 * R2 score") the last is the review's. */
PRR_TEST(import_unseen__score_tables_max_and_latest_columns)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\n## Scorecard\n\n| Dimension | Score | Max |\n"
		"|---|---|---|\n| Scalability | 2 | 4 |\n| Durability | 3 | 4 |\n"
		"| Observability | 4 | 12 |\n| **Total** | **9** | **20** |\n", &d);
	CHECK(r && r->n_dimensions == 3 && r->n_scores == 1);
	if (r && r->n_dimensions == 3 && r->n_scores == 1) {
		CHECK(r->dimensions[0].max == 4 && r->dimensions[2].max == 12);
		CHECK(r->scores[0].value == 9 && r->scores[0].max == 20);
		CHECK(r->n_audit == 1 && r->audit[0].agrees);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# R\n\n## Scorecard (R2)\n\n"
		    "| Dimension | R1 score | R2 score | Max |\n|---|---|---|---|\n"
		    "| Scalability | 1 | 4 | 4 |\n| Fault isolation | 1 | 3 | 4 |\n"
		    "| **Total** | **2** | **7** | **8** |\n", &d);
	CHECK(r && r->n_dimensions == 2 && r->n_scores == 1);
	if (r && r->n_dimensions == 2 && r->n_scores == 1) {
		CHECK(r->dimensions[0].score == 4 && r->dimensions[1].score == 3);
		CHECK(r->scores[0].value == 7 && r->scores[0].max == 8);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A table of fields keeps every row as a field, whatever its label: "| |
 * |" over "| Model | fr-v7 |" lost them (a line of prose needs a known
 * name; a table says what is a field). */
PRR_TEST(import_unseen__a_table_of_fields_keeps_its_rows)
{
	static const char *const heads[] = { "| | |", "| Field | Value |" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# R\n\n%s\n|---|---|\n| Model | fr-v7 (candidate) |\n"
			"| Review date | 14 Jan 2026 |\n| Reviewers | ML Platform |\n"
			"\nVerdict: GO\n", heads[i]);
		CHECK(r && r->date && strcmp(r->date, "2026-01-14") == 0);
		CHECK(r && r->n_fields == 2);
		if (r && r->n_fields == 2) {
			CHECK_STR(r->fields[0].name, "Model");
			CHECK_STR(r->fields[0].value, "fr-v7 (candidate)");
			CHECK_STR(r->fields[1].name, "Reviewers");
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A heading's label ends before a full-width parenthesis, whole: "🔵 Low
 * （3ヶ月以内）" gave "🔵 Low" and two bytes of "（" (shown as ��). */
PRR_TEST(import_unseen__a_label_before_a_wide_parenthesis_is_whole)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# R\n\n## Plan\n\n"
				"### \xF0\x9F\x94\xB5 Low\xEF\xBC\x88" "3 months\xEF\xBC\x89\n\n"
				"- tidy up\n", &d);
	CHECK(r && r->n_estimates == 1);
	if (r && r->n_estimates == 1) {
		CHECK_STR(r->estimates[0].label, "\xF0\x9F\x94\xB5 Low");
		CHECK(r->estimates[0].low == 3);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Score columns of the languages read ("Оценка", "Puntaje", "Cijfer",
 * "Ocena", "評分", "Điểm"): dimensions, their total audited against the
 * sum (a Russian table was a checklist of its statuses, its total "in
 * disagreement" with 3 of 6 passing); "Sì" says a finding blocks. */
PRR_TEST(import_unseen__score_columns_and_yes_of_more_languages)
{
	static const check_case cases[] = {
		{ "Оценка", 2 }, { "Puntaje", 2 }, { "Cijfer", 2 },
		{ "Ocena", 2 }, { "評分", 2 }, { "Điểm", 2 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# R\n\n## A\n\n| Area | %s |\n|---|---|\n| Ops | 8/10 |\n"
			"| Data | 6/10 |\n| **Total** | **14/20** |\n",
			cases[i].arg);
		if (!r || (int)r->n_dimensions != cases[i].want || r->n_audit != 1 ||
		    !r->audit[0].agrees)
			prr_test_fail(__FILE__, __LINE__, "'%s': %zu dimensions",
				      cases[i].arg, r ? r->n_dimensions : 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\n## Rilievi\n\n| ID | Descrizione | Gravità | Bloccante |\n"
		"|---|---|---|---|\n| R-01 | IDOR su export | Alta | Sì |\n"
		"| R-02 | Log mancanti | Media | No |\n", &d);
	CHECK(r && r->n_findings == 2 && r->findings[0].blocking &&
	      !r->findings[1].blocking);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A matrix of checks by hardware revision, its first header "Prüfung" or
 * "Test": the revisions are the components, as under "Check". */
PRR_TEST(import_unseen__a_matrix_of_tests_by_revision)
{
	static const char *const heads[] = { "Prüfung", "Test", "Prüfpunkt" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# R\n\nDate: 2026-09-10\n\n## Checks\n\n"
			"| %s | Rev A | Rev B |\n|---|---|---|\n"
			"| Flash | \xE2\x9C\x85 | \xE2\x9D\x8C |\n"
			"| OTA | \xE2\x9C\x85 | \xE2\x9C\x85 |\n", heads[i]);
		CHECK(r && r->n_components == 2);
		if (r && r->n_components == 2) {
			CHECK_STR(r->components[1].name, "Rev B");
			CHECK(r->components[1].n_checks == 2 &&
			      r->components[1].checks[0].status == PRR_FAIL);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A heading's countdown ("Pre-checks (T-48h to T-1h)") is no estimate of
 * effort; "(3-6 months more)" is. */
PRR_TEST(import_unseen__a_countdown_is_no_estimate)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# R\n\n## 1. Pre-checks (T-48h to T-1h)\n\n- [x] a\n\n"
				"## 2. Cutover (T-2h to T+4h)\n\n- [ ] b\n\n"
				"## 3. Stage B (3-6 months more)\n\n- [ ] c\n", &d);
	CHECK(r && r->n_estimates == 1);
	if (r && r->n_estimates == 1)
		CHECK_STR(r->estimates[0].label, "Stage B");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A count of something other than the review's findings ("2
 * high-severity CVEs open in jackson-databind") is not audited against
 * them; "2 high-severity findings" is. */
PRR_TEST(import_unseen__a_count_of_cves_is_no_count_of_findings)
{
	static const check_case cases[] = {
		{ "- [ ] Dependency scan clean: 2 high-severity CVEs open in "
		  "`jackson-databind`", 0 },
		{ "- [ ] 3 critical Dependabot alerts", 0 },
		/* (round 10: a version's upgrade, no severity) */
		{ "- [ ] PostgreSQL 12 \xE2\x86\x92 16 Major-Upgrade rehearsed", 0 },
		{ "- [ ] Still 2 major releases behind", 0 },
		/* (round 12: a scanner's count) */
		{ "- [ ] Dependency audit (`npm audit` shows 3 high)", 0 },
		{ "- [ ] Open: 2 high-severity findings", 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# R\n\n## Findings\n\n- **F-1** (medium) \xE2\x80\x94 logs.\n\n"
			"## Security\n\n%s\n", cases[i].arg);
		if (!r || (int)r->n_audit != cases[i].want)
			prr_test_fail(__FILE__, __LINE__, "'%s': %zu audited",
				      cases[i].arg, r ? r->n_audit : 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A pentest's table under "## 3. Findings and retest status": findings by
 * their ID and severity, open or fixed as the retest says ("Initial status
 * | Retest (2026-04-09)"); its summary "1 critical, 2 low and 1
 * informational" counts 2 low, not the 1 after "and". */
PRR_TEST(import_unseen__findings_as_the_retest_says)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Pentest\n\nDate: 2026-04-10\n\n## 2. Summary\n\n"
		"We found 4 findings: 1 critical, 2 low and 1 informational.\n\n"
		"## 3. Findings and retest status\n\n"
		"| ID | Title | Severity | Initial status | Retest (2026-04-09) |\n"
		"|---|---|---|---|---|\n"
		"| HL-01 | BOLA on proofs | Critical | Open | Fixed |\n"
		"| HL-07 | No HSTS on staging | Low | Open | Open |\n"
		"| HL-08 | Keychain access | Low | Open | Fixed |\n"
		"| HL-09 | Server banner | Informational | Open | Open |\n", &d);
	CHECK(r && r->n_findings == 2 && r->n_checklists == 0);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "HL-07");
		CHECK_STR(r->findings[1].id, "HL-09");
	}
	bool low = false;
	for (size_t i = 0; r && i < r->n_audit; i++)
		if (strcmp(r->audit[i].claim, "low findings") == 0)
			low = r->audit[i].agrees && strcmp(r->audit[i].stated, "2") == 0;
	CHECK(low);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Dates stated in the words of the seventh and eighth rounds: a meeting
 * "tenue le" (held), a Dutch or Russian table of properties, "Stan na"
 * (as of); not the planned launch day beside them. */
PRR_TEST(import_unseen__dates_in_more_words)
{
	static const struct { const char *text, *date; } cases[] = {
		{ "# R\n\nRéunion tenue le mardi 10 mars 2026, 16h00.\n"
		  "Lancement prévu : jeudi 12 mars 2026.\n", "2026-03-10" },
		{ "# R\n\n| Eigenschap | Waarde |\n|---|---|\n"
		  "| Reviewdatum | 9 november 2026 |\n", "2026-11-09" },
		{ "# R\n\n| Параметр | Значение |\n|---|---|\n"
		  "| Дата проведения | 17 апреля 2026 г. |\n", "2026-04-17" },
		{ "# R\n\n| Feld | Inhalt |\n|---|---|\n| Datum | 12.10.2026 |\n",
		  "2026-10-12" },
		{ "# R\n\n_Stan na 14 października 2026 r. Przygotował zespół._\n",
		  "2026-10-14" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = NULL;
		prr_import_md(&r, "review.md", cases[i].text,
			      strlen(cases[i].text), &d);
		if (!r || !r->date || strcmp(r->date, cases[i].date) != 0)
			prr_test_fail(__FILE__, __LINE__, "case %zu: %s", i,
				      r && r->date ? r->date : "-");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A Jira export ("Issue key | Issue Type | Summary | … | Priority"):
 * findings titled by their summary, not by their type ("Bug"). */
PRR_TEST(import_unseen__a_jira_export_titled_by_summary)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch tickets\n\nDate: 2026-07-22\n\n"
		"| Issue key | Issue Type | Summary | Status | Priority |\n"
		"|---|---|---|---|---|\n"
		"| CHK-1403 | Bug | Refund double-posts | In Progress | Highest |\n"
		"| CHK-1404 | Task | Add burn alerts | Done | High |\n"
		"| CHK-1405 | Bug | Price read twice | To Do | Medium |\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "CHK-1403");
		CHECK_STR(r->findings[0].title, "Refund double-posts");
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
		CHECK_STR(r->findings[1].title, "Price read twice");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A round of votes ("Département | Responsable | Signal", "Function |
 * Vote") is a check per voter, GO a pass and NO-GO a fail, not tasks of
 * their owners done or not; "Ampel", "Esito" are status columns. */
PRR_TEST(import_unseen__a_round_of_votes)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\nDate: 2026-03-10\n\n## Tour de table\n\n"
		"| Département | Responsable | Signal | Commentaire |\n"
		"|---|---|---|---|\n| Game design | L. Moreau | \xF0\x9F\x9F\xA2 GO | ok |\n"
		"| Player Support | M. Haddad | \xF0\x9F\x94\xB4 NO-GO | macros |\n", &d);
	CHECK(r && r->n_milestones == 0 && r->n_checklists == 1);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 2) {
		CHECK(r->checklists[0].items[0].status == PRR_PASS);
		CHECK(r->checklists[0].items[1].status == PRR_FAIL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A callout as Notion exports it ("<aside>" then its text, an HTML block
 * to Markdown) is read as the document's text: its verdict, to its
 * sentence's end across the line break. */
PRR_TEST(import_unseen__a_notion_callout)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Search relaunch\n\nStatus: In review\n\n<aside>\n"
		"\xF0\x9F\x9A\xA6 **Verdict: Conditional go.** Launch to 50% of web "
		"users. Mobile waits for the\ntypo fix.\n\n</aside>\n", &d);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	CHECK(r && r->status_text && strstr(r->status_text, "Conditional go") != NULL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A field's value goes on over the line break of its paragraph when the
 * next line opens with a day or a number, in a quote too ("> 03/17/2026
 * launch window."): it was cut at "… now GO for the". */
PRR_TEST(import_unseen__a_field_goes_on_over_a_quotes_line)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\nDate: 2026-03-04\n\n> **Summary:** previously CONDITIONAL "
		"GO, now **GO** for the\n> 03/17/2026 launch window.\n", &d);
	CHECK(r && r->n_fields == 1);
	if (r && r->n_fields == 1)
		CHECK_STR(r->fields[0].value, "previously CONDITIONAL GO, now GO "
					      "for the 03/17/2026 launch window.");
	prr_review_free(r);
	prr_diags_free(&d);
	/* and over a capital after a word no sentence ends on */
	r = md_text("# R\n\n**DR readiness: PARTIAL.** The platform survives "
		    "within the\nTier 0 objectives.\n", &d);
	CHECK(r && r->n_fields == 1);
	if (r && r->n_fields == 1)
		CHECK_STR(r->fields[0].value, "PARTIAL. The platform survives "
					      "within the Tier 0 objectives.");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* ID columns of more languages ("Mã", "编号", "Código"): findings keep
 * their IDs, not F1… made up with the ID as their title. */
PRR_TEST(import_unseen__id_columns_of_more_languages)
{
	static const char *const heads[] = { "Mã", "编号", "Código", "Код" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# R\n\n## Findings\n\n| %s | Severity | Finding |\n"
			"|---|---|---|\n| GH-512 | High | Orders lost on handover |\n",
			heads[i]);
		CHECK(r && r->n_findings == 1);
		if (r && r->n_findings == 1) {
			CHECK_STR(r->findings[0].id, "GH-512");
			CHECK_STR(r->findings[0].title, "Orders lost on handover");
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Findings tables of the eighth and ninth rounds: axe's "Impact" of
 * Critical / Serious rates them (a column of prose under that name does
 * not); French "Réf. | … | Gravité | Bloquante | Oui"; a Japanese 状況
 * column says a task is done. */
PRR_TEST(import_unseen__impact_ref_and_status_columns)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\n## Issues\n\n| ID | Summary | Impact |\n|---|---|---|\n"
		"| A11Y-01 | Fields not grouped | Serious |\n"
		"| A11Y-02 | Date picker not keyboard | Critical |\n", &d);
	CHECK(r && r->n_findings == 2 && r->findings[0].severity == PRR_SEV_HIGH &&
	      r->findings[1].severity == PRR_SEV_CRITICAL);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# R\n\n### Critical gaps\n\n| Gap | Impact | Remediation |\n"
		    "|---|---|---|\n| StateManager.compact() | Disk bloat over time "
		    "| Add compaction |\n", &d);
	CHECK(r && r->n_findings == 1 && r->findings[0].severity == PRR_SEV_CRITICAL);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# R\n\n## Anomalies\n\n| Réf. | Description | Gravité | "
		    "Bloquante |\n|---|---|---|---|\n| MOB-3310 | Crash | Critique "
		    "| Oui |\n", &d);
	CHECK(r && r->n_findings == 1 && r->findings[0].blocking);
	if (r && r->n_findings == 1)
		CHECK_STR(r->findings[0].id, "MOB-3310");
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# R\n\n## 残作業\n\n| 内容 | 担当 | 期限 | 状況 |\n|---|---|---|---|\n"
		    "| 用語修正 | ローカライズ | 2026-08-27 | 完了 |\n", &d);
	CHECK(r && r->n_milestones == 1 && r->milestones[0].done);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Headings that name a table or the whole ("## Category changes", "##
 * Overall") are no components: a table under them is the title's
 * system's, and "## Overall" among the services states the verdict. */
PRR_TEST(import_unseen__overall_and_changes_name_no_component)
{
	static const char *const heads[] = { "Category changes", "Overall",
					     "Changes" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Checkout v5\n\nDate: 2026-04-29\n\n## %s\n\n"
			"| Category | Status |\n|---|---|\n"
			"| Security | \xE2\x9C\x85 |\n| Load | \xE2\x9D\x8C |\n", heads[i]);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1)
			CHECK_STR(r->components[0].name, "Checkout v5");
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Platform services\n\nDate: 2026-10-01\n\n## Services\n\n"
		"### ingress\n\nStatus: ✅ Ready\n\n### build-runners\n\n"
		"Status: ❌ Not ready\n\n### Overall\n\n"
		"Overall status: **Partially ready** (1/2 services).\n", &d);
	CHECK(r && r->n_components == 2 && r->level == PRR_LEVEL_PARTIAL);
	prr_review_free(r);
	prr_diags_free(&d);
}
