/* test_import_lang15.c - what the importer reads in reviews written in
 * other languages (round 24: Italian, Portuguese, German, French, Dutch,
 * Polish, Chinese and Japanese reviews): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

/* A table of the people who signed off, a row each with their vote and
 * its day ("| Role | Name | Decision | Date |"), is a record of votes,
 * not the review's verdict: the "Ready for production: no." it states
 * stands, though every vote is a GO of the review's day. */
PRR_TEST(import_lang15__signoff_table_is_no_decision_log)
{
	static const char *const tables[] = {
		"| Role | Name | Decision | Date |\n|---|---|---|---|\n"
		"| SRE | Giulia Romano | GO | 2026-03-12 |\n"
		"| Security | Marco Esposito | GO | 2026-03-12 |\n",
		"| Ruolo | Nome | Parere | Data |\n|---|---|---|---|\n"
		"| SRE | Giulia Romano | favorevole | 2026-03-12 |\n"
		"| Sicurezza | Marco Esposito | favorevole | 2026-03-12 |\n",
		"| Name | Role | Verdict | Date |\n|---|---|---|---|\n"
		"| Giulia Romano | SRE | GO | 2026-03-12 |\n"
		"| Marco Esposito | Security | GO | 2026-03-12 |\n",
	};
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		char doc[800];
		snprintf(doc, sizeof doc,
			 "# Readiness review\n\n**Date:** 2026-03-12\n\n"
			 "**Ready for production: no.** Rollout postponed.\n\n"
			 "## Sign-off\n\n%s", tables[i]);
		CHECK(md_level(doc) == PRR_LEVEL_NOT_READY);
	}
	/* a log of decisions by meeting still gives its latest */
	CHECK(md_level("# Readiness review\n\n**Date:** 2026-03-12\n\n"
		       "## Decisions\n\n| Date | Decision | Decided by |\n|---|---|---|\n"
		       "| 2026-03-01 | NO-GO | board |\n"
		       "| 2026-03-12 | GO | board |\n") == PRR_LEVEL_READY);
}

/* 可 and 不可 (allowed, not allowed) and 否認 (rejected) are a verdict
 * alone in their clause ("**リリース可否：不可**", "判定：可"); not inside
 * other words ("可能"), nor the label's 可否. */
PRR_TEST(import_lang15__ja_bare_answers)
{
	static const struct {
		const char *line;
		int level;
	} cases[] = {
		{ "**\xE3\x83\xAA\xE3\x83\xAA\xE3\x83\xBC\xE3\x82\xB9\xE5\x8F\xAF\xE5\x90\xA6"
		  "\xEF\xBC\x9A\xE4\xB8\x8D\xE5\x8F\xAF**", PRR_LEVEL_NOT_READY }, /* リリース可否：不可 */
		{ "\xE3\x83\xAA\xE3\x83\xAA\xE3\x83\xBC\xE3\x82\xB9\xE5\x8F\xAF\xE5\x90\xA6"
		  "\xEF\xBC\x9A\xE5\x8F\xAF", PRR_LEVEL_READY }, /* リリース可否：可 */
		{ "\xE5\x88\xA4\xE5\xAE\x9A\xEF\xBC\x9A\xE4\xB8\x8D\xE5\x8F\xAF",
		  PRR_LEVEL_NOT_READY }, /* 判定：不可 */
		{ "\xE5\x88\xA4\xE5\xAE\x9A\xEF\xBC\x9A\xE5\x90\xA6\xE8\xAA\x8D",
		  PRR_LEVEL_NOT_READY }, /* 判定：否認 */
		{ "\xE5\x88\xA4\xE5\xAE\x9A\xEF\xBC\x9A\xE5\x8F\xAF\xE8\x83\xBD",
		  PRR_LEVEL_UNKNOWN }, /* 判定：可能 */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[400];
		snprintf(doc, sizeof doc, "# Review\n\nDate: 2026-03-12\n\n%s\n\n"
			 "## Notes\n\nText.\n", cases[i].line);
		CHECK(md_level(doc) == cases[i].level);
	}
}

/* A lead-in to an earlier review's words in Japanese or Chinese: a
 * full-width colon ("上一次评审（…）结论为：") or a full stop after "as
 * follows" ("前回レビュー（…）の結論は以下のとおりだった。"); the
 * quotation below it is that review's verdict, not this one's. */
PRR_TEST(import_lang15__cjk_quotation_lead_ins)
{
	/* 前回レビュー（2026年2月26日）の結論は以下のとおりだった。 over
	 * "> 判定：条件付き承認" */
	CHECK(md_level("# Review\n\nDate: 2026-03-12\n\n## Notes\n\n"
		       "\xE5\x89\x8D\xE5\x9B\x9E\xE3\x83\xAC\xE3\x83\x93\xE3\x83\xA5\xE3\x83\xBC"
		       "\xEF\xBC\x88" "2026-02-26" "\xEF\xBC\x89\xE3\x81\xAE\xE7\xB5\x90\xE8\xAB\x96"
		       "\xE3\x81\xAF\xE4\xBB\xA5\xE4\xB8\x8B\xE3\x81\xAE\xE3\x81\xA8\xE3\x81\x8A"
		       "\xE3\x82\x8A\xE3\x81\xA0\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82\n\n"
		       "> \xE5\x88\xA4\xE5\xAE\x9A\xEF\xBC\x9A\xE6\x9D\xA1\xE4\xBB\xB6\xE4\xBB\x98"
		       "\xE3\x81\x8D\xE6\x89\xBF\xE8\xAA\x8D\n") == PRR_LEVEL_UNKNOWN);
	/* 上一次评审（2026年2月27日）结论为： over "> 结论：不通过" */
	CHECK(md_level("# Review\n\nDate: 2026-03-12\n\n## Notes\n\n"
		       "\xE4\xB8\x8A\xE4\xB8\x80\xE6\xAC\xA1\xE8\xAF\x84\xE5\xAE\xA1"
		       "\xEF\xBC\x88" "2026-02-27" "\xEF\xBC\x89\xE7\xBB\x93\xE8\xAE\xBA"
		       "\xE4\xB8\xBA\xEF\xBC\x9A\n\n"
		       "> \xE7\xBB\x93\xE8\xAE\xBA\xEF\xBC\x9A\xE4\xB8\x8D\xE9\x80\x9A\xE8\xBF\x87\n")
	      == PRR_LEVEL_UNKNOWN);
	/* a quotation with no lead-in is still read */
	CHECK(md_level("# Review\n\nDate: 2026-03-12\n\n## Notes\n\n"
		       "> \xE7\xBB\x93\xE8\xAE\xBA\xEF\xBC\x9A\xE4\xB8\x8D\xE9\x80\x9A\xE8\xBF\x87\n")
	      == PRR_LEVEL_NOT_READY);
}

/* The event named alone as the label, answered by a gate's word alone,
 * is the verdict ("**Release: NO-GO**", "Go-live: GO"); a field of the
 * release ("Release: 2.4.1") is none.  And verdict words of French,
 * Chinese and Polish: "Décision : ajourné", "结论：暂缓上线",
 * "Decyzja: zatwierdzony / odrzucony", "Ocena: pozytywna z
 * zastrzeżeniami". */
PRR_TEST(import_lang15__more_verdict_words)
{
	static const struct {
		const char *line;
		int level;
	} cases[] = {
		{ "**Release: NO-GO**", PRR_LEVEL_NOT_READY },
		{ "Go-live: NO-GO", PRR_LEVEL_NOT_READY },
		{ "**Launch: GO**", PRR_LEVEL_READY },
		{ "Release: 2.4.1", PRR_LEVEL_UNKNOWN },
		{ "D\xC3\xA9" "cision : ajourn\xC3\xA9", PRR_LEVEL_NOT_READY },
		{ "\xE7\xBB\x93\xE8\xAE\xBA\xEF\xBC\x9A\xE6\x9A\x82\xE7\xBC\x93\xE4\xB8\x8A"
		  "\xE7\xBA\xBF", PRR_LEVEL_NOT_READY },
		{ "Decyzja: zatwierdzony", PRR_LEVEL_READY },
		{ "Decyzja: odrzucony", PRR_LEVEL_NOT_READY },
		{ "Ocena: pozytywna z zastrze\xC5\xBC" "eniami", PRR_LEVEL_PARTIAL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[400];
		snprintf(doc, sizeof doc, "# Review\n\nDate: 2026-03-12\n\n%s\n\n"
			 "## Notes\n\nText.\n", cases[i].line);
		int l = md_level(doc);
		if (l != cases[i].level)
			fprintf(stderr, "  %s: %d\n", cases[i].line, l);
		CHECK(l == cases[i].level);
	}
}

/* A traffic light's colours in other languages are status words (grün
 * gelb rot, vert orange rouge, verde giallo rosso, verde amarelo
 * vermelho, groen oranje rood, zielony żółty czerwony, 绿灯 黄灯 红灯;
 * Japanese 緑 黄 赤 only alone in a cell): a matrix of them is read
 * whole, not only its columns of known words ("verde"), which made a
 * level of passes only. */
PRR_TEST(import_lang15__traffic_light_words)
{
	static const char *const lights[][3] = {
		{ "verde", "amarelo", "vermelho" }, { "verde", "giallo", "rosso" },
		{ "gr\xC3\xBCn", "gelb", "rot" }, { "vert", "orange", "rouge" },
		{ "groen", "oranje", "rood" },
		{ "zielony", "\xC5\xBC\xC3\xB3\xC5\x82ty", "czerwony" },
		{ "\xE7\xBB\xBF\xE7\x81\xAF", "\xE9\xBB\x84\xE7\x81\xAF", "\xE7\xBA\xA2\xE7\x81\xAF" },
		{ "\xE7\xB7\x91", "\xE9\xBB\x84", "\xE8\xB5\xA4" },
	};
	for (size_t i = 0; i < sizeof lights / sizeof lights[0]; i++) {
		char doc[600];
		snprintf(doc, sizeof doc,
			 "# Review\n\nDate: 2026-03-12\n\n| Componente | A | B | C |\n"
			 "|---|---|---|---|\n| x | %s | %s | %s |\n| y | %s | %s | %s |\n",
			 lights[i][0], lights[i][0], lights[i][1], lights[i][1],
			 lights[i][0], lights[i][2]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_components == 2);
		if (r && r->n_components == 2) {
			CHECK(r->components[0].n_checks == 3 && r->components[1].n_checks == 3);
			CHECK(r->components[0].checks[2].status == PRR_PARTIAL);
			CHECK(r->components[1].checks[2].status == PRR_FAIL);
			CHECK(r->components[1].checks[1].status == PRR_PASS);
		}
		CHECK(d.warnings == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a single character inside a word is none: 赤字 (a deficit), so
	 * column A is not one of marks */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\nDate: 2026-03-12\n\n| Componente | A | B |\n"
				"|---|---|---|\n| x | \xE8\xB5\xA4\xE5\xAD\x97 | \xE2\x9C\x85 |\n"
				"| y | \xE2\x9C\x85 | \xE2\x9C\x85 |\n", &d);
	CHECK(r && r->n_components == 2 && r->components[0].n_checks == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A matrix whose column holds status words mostly unknown ("verde",
 * "blau", "blau") is not read as checks, with a warning that names it,
 * not silently. */
PRR_TEST(import_lang15__unread_matrix_column_warns)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\nDate: 2026-03-12\n\n| Componente | A | B | C |\n"
				"|---|---|---|---|\n| x | verde | verde | verde |\n"
				"| y | blau | verde | verde |\n| z | blau | verde | verde |\n", &d);
	CHECK(r && r->n_components == 3 && r->components[0].n_checks == 2);
	CHECK(d.warnings == 1 && d.n == 1 && strstr(d.v[0].message, "column 'A'") &&
	      strstr(d.v[0].message, "'blau'"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A matrix of traffic lights with a grade column ("| Componente |
 * Segurança | Desempenho | Resiliência | Nota |"): each row's grade a
 * dimension, and its marks the part's checks (not dropped). */
PRR_TEST(import_lang15__matrix_with_grade)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\nDate: 2026-03-12\n\n"
				"| Componente | Seguran\xC3\xA7" "a | Desempenho | Nota |\n"
				"|---|---|---|---|\n| validador | verde | amarelo | 8,0 |\n"
				"| bridge | vermelho | verde | 5,5 |\n", &d);
	CHECK(r && r->n_dimensions == 2 && r->n_components == 2);
	if (r && r->n_components == 2)
		CHECK(r->components[1].n_checks == 2 &&
		      r->components[1].checks[0].status == PRR_FAIL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A score with a decimal comma ("8,5/10") is 8.5 of 10, never a count
 * of 5 of 10; a column headed "Note" (German and French for a grade)
 * whose every cell is such a score is the score column: each row a
 * dimension, with its traffic light as its status. */
PRR_TEST(import_lang15__decimal_comma_grade)
{
	int a = 0, b = 0;
	CHECK(prr_parse_count("8,5/10", 6, &a, &b) < 0);
	CHECK(prr_parse_count("5/10", 4, &a, &b) == 0 && a == 5 && b == 10);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\nDate: 2026-03-12\n\n"
				"| Bereich | Ampel | Note | Kommentar |\n|---|---|---|---|\n"
				"| Verf\xC3\xBC" "gbarkeit | gr\xC3\xBCn | 8,5/10 | Lasttest bestanden |\n"
				"| Sicherheit | gelb | 6,0/10 | Rotation nicht ge\xC3\xBC" "bt |\n", &d);
	CHECK(r && r->n_dimensions == 2 && r->n_components == 0);
	if (r && r->n_dimensions == 2) {
		CHECK_NUM(r->dimensions[0].score, 8.5);
		CHECK_NUM(r->dimensions[0].max, 10);
		CHECK(r->dimensions[1].status == PRR_PARTIAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* a "Note" column of remarks stays remarks */
	r = md_text("# Review\n\nDate: 2026-03-12\n\n| Component | Status | Note |\n"
		    "|---|---|---|\n| api | \xE2\x9C\x85 | fine |\n| web | \xE2\x9D\x8C | 2/10 nodes |\n", &d);
	CHECK(r && r->n_dimensions == 0 && r->n_components == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Dutch "Onderdeel" (component) names the rows; "Stoplicht", "Feu",
 * "Traffic light" head their status. */
PRR_TEST(import_lang15__component_and_light_headers)
{
	static const char *const heads[] = { "| Onderdeel | Stoplicht | Toelichting |",
		"| Component | Traffic light | Notes |", "| Dienst | Feu | Notes |" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Review\n\nDate: 2026-03-12\n\n%s\n|---|---|---|\n"
				       "| web | oranje | 3 issues |\n| api | rood | time-outs |\n",
				       heads[i]);
		CHECK(r && r->n_components == 2);
		if (r && r->n_components == 2)
			CHECK(r->components[0].status == PRR_PARTIAL &&
			      r->components[1].status == PRR_FAIL);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A findings table's Status in other languages that says the finding
 * is over closes it: 已修复, 已解决, chiusa, risolto, opgelost, gesloten,
 * erledigt, and French "levé", "clos" as whole words (not "relevé"). */
PRR_TEST(import_lang15__closed_status_words)
{
	static const struct {
		const char *status;
		size_t open;
	} cases[] = {
		{ "\xE5\xB7\xB2\xE4\xBF\xAE\xE5\xA4\x8D", 1 }, { "chiusa", 1 },
		{ "risolto", 1 }, { "opgelost", 1 }, { "gesloten", 1 },
		{ "lev\xC3\xA9", 1 }, { "Clos", 1 }, { "Ecart relev\xC3\xA9", 2 },
		{ "aperta", 2 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Review\n\nDate: 2026-03-12\n\n## Findings\n\n"
				       "| ID | Finding | Severity | Status |\n|---|---|---|---|\n"
				       "| O-1 | Alert too high | low | open |\n"
				       "| O-4 | Debug logs on | low | %s |\n", cases[i].status);
		CHECK(r && r->n_findings == cases[i].open);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
