/* test_import_scores41.c - scores, the audit of stated figures and one
 * text repair, read from layouts found in review documents written by
 * other teams (round 41): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/mojibake.h"

/* "488–510 Å²" is text (U+00C5 U+00B2: a unit), no mojibake of "Ų": a
 * lone run of two characters whose lead is no "Ã"/"Â" is repaired only
 * with another run in the same document. */
PRR_TEST(import_scores41__lone_latin1_pair_is_text)
{
	prr_buf out = PRR_BUF_INIT;
	prr_mojibake m;
	const char *ang = "| Surface | 488\xE2\x80\x93" "510 \xC3\x85\xC2\xB2 for the motif |";
	CHECK_INT(prr_mojibake_repair(&out, ang, strlen(ang), &m), 0);
	CHECK_INT(out.n, 0);
	prr_buf_reset(&out);
	/* (a lone "Ã©" is still é; and "Å²" next to "Ã©" is repaired) */
	const char *cafe = "caf\xC3\x83\xC2\xA9 open";
	CHECK_INT(prr_mojibake_repair(&out, cafe, strlen(cafe), &m), 1);
	CHECK_STR(out.p, "caf\xC3\xA9 open");
	prr_buf_reset(&out);
	const char *both = "caf\xC3\x83\xC2\xA9 \xC3\x85\xC2\xB2";
	CHECK_INT(prr_mojibake_repair(&out, both, strlen(both), &m), 2);
	prr_buf_free(&out);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Gate\n\n| Requirement | Evidence | Result |\n|---|---|---|\n"
				"| Exposed surface | 488\xE2\x80\x93" "510 \xC3\x85\xC2\xB2 for the motif "
				"| \xE2\x9C\x85 |\n", &d);
	CHECK(r != NULL && !md_said(&d, "mojibake"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| 维度 | 得分 | 满分 | 达成率 |": 满分 (full marks) is each row's most,
 * as "Max" is, and the row "总分" (total score) the stated total, no
 * dimension: 10/10, not 10/100. */
PRR_TEST(import_scores41__chinese_max_column_and_total_row)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Platform readiness\n\n## Scores\n\n"
		"| \xE7\xBB\xB4\xE5\xBA\xA6 | \xE5\xBE\x97\xE5\x88\x86 | \xE6\xBB\xA1\xE5\x88\x86 "
		"| \xE8\xBE\xBE\xE6\x88\x90\xE7\x8E\x87 |\n|---|---|---|---|\n"
		"| **\xE5\xAE\x89\xE5\x85\xA8\xE6\x80\xA7** | 10 | 10 | 100% |\n"
		"| **\xE5\x90\x88\xE8\xA7\x84\xE6\x80\xA7** | 6 | 8 | 75% |\n"
		"| **\xE6\x80\xBB\xE5\x88\x86** | **16** | **18** | **89%** |\n", &d);
	CHECK(r && r->n_dimensions == 2 && r->n_scores == 1);
	if (r && r->n_dimensions == 2) {
		CHECK_NUM(r->dimensions[0].max, 10);
		CHECK_NUM(r->dimensions[1].score, 6);
		CHECK_NUM(r->dimensions[1].max, 8);
	}
	if (r && r->n_scores == 1) {
		CHECK_NUM(r->scores[0].value, 16);
		CHECK_NUM(r->scores[0].max, 18);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Security (7/10 → 10/10)" over boxes not all ticked: a transition
 * to a full score whose part still has work open states its goal; the
 * score now is the one it starts from, a rating, no tally of the boxes. */
PRR_TEST(import_scores41__arrow_to_full_score_over_open_work_is_a_goal)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Checklist\n\n## \xE2\x9C\x85 **Architecture (3/4 \xE2\x86\x92 4/4)**\n\n"
		"### Completed\n- [x] one\n- [x] two\n- [x] three\n\n"
		"### Required\n- [ ] four\n\n"
		"## Security (7/10 \xE2\x86\x92 10/10)\n\n- [x] TLS\n- [ ] WAF\n", &d);
	CHECK(r && r->n_dimensions == 2);
	if (r && r->n_dimensions == 2) {
		CHECK_NUM(r->dimensions[0].score, 3);
		CHECK_NUM(r->dimensions[1].score, 7);
		CHECK_NUM(r->dimensions[1].max, 10);
	}
	for (size_t i = 0; r && i < r->n_audit; i++)
		CHECK(!strstr(r->audit[i].stated, "4/4"));
	prr_review_free(r);
	prr_diags_free(&d);
	/* (a change done, every box ticked, is the score now: 10/10) */
	r = md_text("# Checklist\n\n## Security (7/10 \xE2\x86\x92 10/10)\n\n"
		    "- [x] TLS\n- [x] WAF\n", &d);
	CHECK(r && r->n_dimensions == 1);
	if (r && r->n_dimensions == 1)
		CHECK_NUM(r->dimensions[0].score, 10);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Общая оценка: 6.5/10" (overall assessment), "Итоговая оценка"
 * (final), "Общий балл" (overall points): the review's own score, as
 * "Overall score" is, no dimension. */
PRR_TEST(import_scores41__russian_overall_is_the_score)
{
	static const char *const heads[] = {
		"\xD0\x9E\xD0\xB1\xD1\x89\xD0\xB0\xD1\x8F \xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD0\xBA\xD0\xB0: 6.5/10",
		"\xD0\x98\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x8F \xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD0\xBA\xD0\xB0: 6.5/10",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Audit\n\n## %s\n\n## Issues\n\n### 1. Tasks die\nText.\n",
				       heads[i]);
		CHECK(r && r->n_scores == 1 && r->n_dimensions == 0);
		if (r && r->n_scores == 1)
			CHECK_NUM(r->scores[0].value, 6.5);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "**Score: 6/7 verification gates pass.**" under "## Gate scorecard": a
 * count of what the review checks that its label calls the score, the
 * review's own as written (6/7), no dimension named after the heading
 * (which a page rescaled to 8.6 / 10 "from its dimensions"). */
PRR_TEST(import_scores41__score_of_gates_counted_is_stated)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# RC3 Go / No-Go\n\n## Gate scorecard\n\n"
				"| Gate | Required | Result |\n|---|---|---|\n"
				"| build | Yes | **PASS** |\n| audit | Yes | **FAIL** |\n\n"
				"**Score: 6/7 verification gates pass. 6/6 CI-blocking gates pass.**\n",
				&d);
	CHECK(r && r->n_dimensions == 0 && r->n_scores == 1);
	if (r && r->n_scores == 1) {
		CHECK_STR(r->scores[0].label, "Score");
		CHECK_NUM(r->scores[0].value, 6);
		CHECK_NUM(r->scores[0].max, 7);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* (a score of its heading's area stays one: "Score: 8/10" under
	 * "## Security") */
	r = md_text("# R\n\n## Security\n\nScore: 8/10\n\n## Speed\n\nScore: 6/10\n", &d);
	CHECK(r && r->n_dimensions == 2 && r->n_scores == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "- **Pylint:** 8.65/10" under "### Code quality": a tool's metric, one
 * measure named by its tool, no dimension of the review (which a page
 * made its score, "8.7 / 10, from its dimensions"), nor its score. */
PRR_TEST(import_scores41__tool_metric_is_no_score)
{
	static const char *const lines[] = {
		"- **Pylint:** 8.65/10 (enterprise-grade quality)",
		"- **Pylint Report**: `src/pipeline/` rated 9.37/10",
		"- Lighthouse: 95/100",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Audit\n\n## Results\n\n### Code quality\n%s\n"
				       "- **Docs:** complete\n", lines[i]);
		CHECK(r && r->n_dimensions == 0 && r->n_scores == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "### Aday — payda = LONG+SHORT aday sinyaller (383)" over a table of 3
 * rows of metrics: a number ten times the rows and more is what they are
 * measured over, no count of them to audit; "Linked issues (4)" over 3
 * rows still is. */
PRR_TEST(import_scores41__heading_number_far_from_rows_is_no_count)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Final audit\n\n### Aday \xE2\x80\x94 payda = LONG+SHORT aday "
				"sinyaller (383)\n| Metrik | De\xC4\x9F" "er |\n|---|---|\n"
				"| aday | 383 / 1075 |\n| ge\xC3\xA7" "en | 367 / 383 |\n"
				"| SKIP | 16 / 383 |\n", &d);
	CHECK(r && r->n_audit == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Release\n\n## Linked issues (4)\n\n| Issue | State |\n|---|---|\n"
		    "| #1 | open |\n| #2 | open |\n| #3 | closed |\n", &d);
	CHECK(r && r->n_audit == 1);
	if (r && r->n_audit == 1)
		CHECK(!r->audit[0].agrees);
	prr_review_free(r);
	prr_diags_free(&d);
}
