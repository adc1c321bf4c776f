/* test_report.c - the release-PR report parses back, with md4c, into the
 * tables it was meant to hold, whatever the review's text contains. */
#include "test.h"

#include "prr/embed.h"
#include "prr/figures.h"
#include "prr/pipeline.h"
#include "prr/fsutil.h"
#include "prr/report.h"
#include "prr/tpl.h"

#include <md4c.h>
#include <stdio.h>
#include <stdlib.h>

/* The tables md4c finds: each a list of rows of cells (text, unescaped). */
typedef struct parsed {
	int tables;
	int rows[8];      /* rows per table, header row included */
	int cols[8];      /* cells of the header row */
	char cell[8][64][8][96]; /* [table][row][col] */
	int in_cell, row, col;
	int images;       /* image spans: none may come from review text */
	char html[4096];  /* the raw HTML md4c saw, all of it (bounded) */
} parsed;

static int enter_block(MD_BLOCKTYPE t, void *detail, void *ud)
{
	parsed *p = ud;
	(void)detail;
	if (t == MD_BLOCK_TABLE && p->tables < 8) {
		p->tables++;
		p->row = -1;
	} else if (t == MD_BLOCK_TR && p->tables) {
		p->row++;
		p->col = -1;
	} else if ((t == MD_BLOCK_TH || t == MD_BLOCK_TD) && p->tables) {
		p->col++;
		p->in_cell = 1;
	}
	return 0;
}

static int leave_block(MD_BLOCKTYPE t, void *detail, void *ud)
{
	parsed *p = ud;
	(void)detail;
	int k = p->tables - 1;
	if (t == MD_BLOCK_TH || t == MD_BLOCK_TD)
		p->in_cell = 0;
	if (t == MD_BLOCK_TR && k >= 0) {
		p->rows[k] = p->row + 1;
		if (p->row == 0)
			p->cols[k] = p->col + 1;
	}
	return 0;
}

static int span(MD_SPANTYPE t, void *detail, void *ud)
{
	parsed *p = ud;
	(void)detail;
	p->images += t == MD_SPAN_IMG;
	return 0;
}

static int text(MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *ud)
{
	parsed *p = ud;
	int k = p->tables - 1;
	size_t have = strlen(p->html);
	if (t == MD_TEXT_HTML && have + n < sizeof p->html) {
		memcpy(p->html + have, s, n);
		p->html[have + n] = '\0';
	}
	if (!p->in_cell || k < 0 || p->row < 0 || p->row >= 64 || p->col < 0 ||
	    p->col >= 8)
		return 0;
	char *c = p->cell[k][p->row][p->col];
	have = strlen(c);
	if (have + n < 96) {
		memcpy(c + have, s, n);
		c[have + n] = '\0';
	}
	return 0;
}

static parsed *parse(const char *md)
{
	parsed *p = calloc(1, sizeof *p);
	MD_PARSER parser = { 0, MD_DIALECT_GITHUB, enter_block, leave_block,
			     span, span, text, NULL, NULL };
	CHECK(md_parse(md, (MD_SIZE)strlen(md), &parser, p) == 0);
	return p;
}

/* The report of the reviews under `dir`, rendered as `prr report --format md`. */
static char *report_of(const char *dir)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_pipeline pl = { 0 };
	prr_buf out = PRR_BUF_INIT;
	char *paths[] = { (char *)dir };
	prr_pipeline_opts in = { .no_repo = true };
	prr_tpl_store store = { { NULL } };
	prr_tpl_env *env = prr_tpl_env_new(prr_tpl_store_loader, &store);
	prr_view_opts vo = { 0 };
	CHECK(prr_pipeline_run(&pl, paths, 1, &in, &d) == 0);
	const prr_figures *f = pl.figures;
	if (f)
		CHECK(prr_report_md(&out, env, f, NULL, NULL, &vo,
				    PRR_REPORT_MD_LIMIT, &d) == 0);
	prr_diags_print(&d, stderr);
	prr_tpl_env_free(env);
	prr_pipeline_free(&pl);
	prr_diags_free(&d);
	return prr_buf_detach(&out, NULL);
}

/* The parsed table whose header's first cell is `first`, or -1. */
static int table(const parsed *p, const char *first)
{
	for (int k = 0; k < p->tables; k++)
		if (strcmp(p->cell[k][0][0], first) == 0)
			return k;
	return -1;
}

PRR_TEST(report__samples_parse_back_into_their_tables)
{
	char *md = report_of("samples/reviews");
	parsed *p = parse(md);
	int k = table(p, "Component");
	CHECK(k >= 0);
	if (k >= 0) {
		CHECK_INT(p->cols[k], 7);
		CHECK_INT(p->rows[k], 8); /* header + 7 components */
		CHECK_STR(p->cell[k][0][3], "Pass");
		CHECK_STR(p->cell[k][0][6], "Pending");
		CHECK_STR(p->cell[k][1][0], "API Gateway");
		CHECK_STR(p->cell[k][1][2], "100%");
		CHECK_STR(p->cell[k][6][0], "Notification Service");
		CHECK_STR(p->cell[k][6][1], "Partially ready (stated: partial)");
		CHECK_STR(p->cell[k][6][3], "4 of 6");
		CHECK_STR(p->cell[k][6][4], "1"); /* partial */
		CHECK_STR(p->cell[k][6][5], "1"); /* failing */
		CHECK_STR(p->cell[k][6][6], "0"); /* pending */
	}
	k = table(p, "Figure");
	CHECK(k >= 0);
	if (k >= 0) {
		CHECK_INT(p->rows[k], 9); /* header + 8 regressions (2 of them
					    * the components' stated statuses) */
		CHECK_STR(p->cell[k][1][0], "dimension: Performance");
		CHECK_STR(p->cell[k][1][1], "7.5");
		CHECK_STR(p->cell[k][1][2], "6.5");
	}
	free(p);
	free(md);
}

PRR_TEST(report__hostile_names_stay_in_their_cells)
{
	const char *dir = prr_test_tmpdir();
	char *path = prr_path_join(dir, "2026-01-01.json");
	FILE *f = fopen(path, "w");
	CHECK(f != NULL);
	if (f) {
		fputs("{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-01\",\n"
		      " \"components\": [\n"
		      "  {\"name\": \"A | B\", \"checks\": [{\"category\": \"T\", \"status\": \"pass\"}]},\n"
		      "  {\"name\": \"- not a list\", \"checks\": [{\"category\": \"T\", \"status\": \"fail\"}]},\n"
		      "  {\"name\": \"1. not a list\", \"checks\": [{\"category\": \"T\", \"status\": \"fail\"}]},\n"
		      "  {\"name\": \"two\\nlines `x`\", \"checks\": [{\"category\": \"T\", \"status\": \"fail\"}]}]}\n",
		      f);
		fclose(f);
	}
	char *md = report_of(dir);
	parsed *p = parse(md);
	int k = table(p, "Component");
	CHECK(k >= 0);
	if (k >= 0) {
		CHECK_INT(p->cols[k], 7);
		CHECK_INT(p->rows[k], 5);
		CHECK_STR(p->cell[k][1][0], "A | B");
		CHECK_STR(p->cell[k][2][0], "- not a list");
		CHECK_STR(p->cell[k][3][0], "1. not a list");
		CHECK_CONTAINS(p->cell[k][4][0], "two");
	}
	free(p);
	free(md);
	free(path);
}

/*** Review text is inert in the report ***/

/* Writes `json` as DIR/2026-01-01.json in a new temporary folder. */
static const char *review_dir(const char *json)
{
	const char *dir = prr_test_tmpdir();
	char *path = prr_path_join(dir, "2026-01-01.json");
	FILE *f = fopen(path, "w");
	CHECK(f != NULL);
	if (f) {
		fputs(json, f);
		fclose(f);
	}
	free(path);
	return dir;
}

PRR_TEST(report__hostile_review_text_is_inert)
{
	const char *dir = review_dir(
		"{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-01\",\n"
		" \"project\": \"Evil --> <img src=x> @alice\",\n"
		" \"title\": \"![t](https://evil.example/t.png) @alice\",\n"
		" \"status\": {\"text\": \"![s](https://evil.example/s.png) cc @bob <script>x</script>\", \"level\": \"ready\"},\n"
		" \"components\": [\n"
		"  {\"name\": \"@carol ![c](https://evil.example/c.png)\", \"checks\": [{\"category\": \"T\", \"status\": \"fail\", \"note\": \"@dave\"}]},\n"
		"  {\"name\": \"esc \\u001b[31m red \\u009b\", \"checks\": [{\"category\": \"T\", \"status\": \"partial\"}]}],\n"
		" \"findings\": [{\"id\": \"F-1\", \"severity\": \"critical\",\n"
		"   \"title\": \"<img src=https://evil.example/f.png> &#64;erin @org/team\",\n"
		"   \"component\": \"![x](https://evil.example/x.png)\"}],\n"
		" \"audit\": [{\"claim\": \"![a](https://evil.example/a.png) @frank\", \"stated\": \"@grace\",\n"
		"   \"computed\": \"<iframe src=https://evil.example>\", \"agrees\": false}]}\n");
	char *md = report_of(dir);
	const char *body = strchr(md, '\n'); /* after the marker */
	CHECK(body != NULL);
	parsed *p = parse(body ? body : md);
	CHECK_INT(p->images, 0);
	CHECK(strstr(p->html, "img") == NULL);
	CHECK(strstr(p->html, "script") == NULL);
	CHECK(strstr(p->html, "iframe") == NULL);
	/* every name is there, as text, and no mention is */
	static const char *const names[] = { "alice", "bob", "carol", "dave",
		"erin", "org/team", "frank", "grace" };
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		char at[32];
		snprintf(at, sizeof at, "@%s", names[i]);
		if (strcmp(names[i], "dave") != 0) /* notes are not in the report */
			CHECK(strstr(md, names[i]) != NULL);
		CHECK(strstr(md, at) == NULL);
	}
	CHECK(strstr(md, "&#64;erin") == NULL || strstr(md, "\\&#64;erin") != NULL);
	CHECK(strchr(md, '\x1b') == NULL);
	CHECK(strstr(md, "\xC2\x9b") == NULL);
	/* the marker: the project's name cannot end the comment */
	CHECK(strncmp(md, "<!-- prr:report project=Evil%20--%3E%20%3Cimg%20src%3Dx"
		      "%3E%20%40alice -->\n", 74) == 0);
	CHECK(body && strstr(md, "-->") == body - 3); /* its end, the first */
	free(p);
	free(md);
}

PRR_TEST(report__marker_and_whole_counts)
{
	prr_buf b = PRR_BUF_INIT;
	prr_report_md_marker(&b, "Ledgerline Payments API");
	CHECK_STR(b.p, "<!-- prr:report project=Ledgerline%20Payments%20API -->\n");
	prr_buf_reset(&b);
	prr_report_md_marker(&b, NULL);
	CHECK_STR(b.p, "<!-- prr:report project= -->\n");
	prr_buf_free(&b);
	char *md = report_of("samples/reviews");
	CHECK(strncmp(md, "<!-- prr:report project=Ledgerline%20Payments%20API -->\n",
		      56) == 0);
	char *again = report_of("samples/reviews");
	CHECK_STR(again, md); /* the same report, marker first, on every run */
	CHECK_CONTAINS(md, "42 of 45 checks pass, 2 partial, 1 failing, 0 pending");
	/* the status line: the document's verdict (conditional: partial)
	 * and prr's level, their disagreement marked, readiness, checks,
	 * then the blockers and open findings the scorecard counts */
	CHECK_CONTAINS(md, "\n\xF0\x9F\x9F\xA1 `document: Partially ready` `prr: Ready, "
		       "though 1 blocker is open` "
		       "`\xE2\x9A\xA0\xEF\xB8\x8F disagreement` `readiness 96%` "
		       "`42 of 45 checks pass` `");
	CHECK_CONTAINS(md, " blocker");
	CHECK_CONTAINS(md, "` `0 critical, 1 high open`\n");
	CHECK(strstr(md, "](http") == NULL); /* the badge loads nothing */
	/* one mark: the disagreement is said once */
	const char *dis = strstr(md, "disagreement`");
	CHECK(dis != NULL && strstr(dis + 1, "disagreement`") == NULL);
	free(again);
	free(md);
}

/* The report lists the milestones due on another day than planned, with
 * the slip in days, and those planned with no day due now; not one due
 * on its planned day, nor one with no planned day. */
PRR_TEST(report__milestones_moved_from_their_planned_day)
{
	const char *dir = review_dir(
		"{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-01\",\n"
		" \"milestones\": [\n"
		"  {\"name\": \"Go-live\", \"due\": \"2026-04-22\", \"planned\": \"2026-04-01\"},\n"
		"  {\"name\": \"Beta\", \"due\": \"2026-03-09\", \"planned\": \"2026-03-10\", \"done\": true},\n"
		"  {\"name\": \"Reconciliation\", \"planned\": \"2026-03-13\"},\n"
		"  {\"name\": \"On plan\", \"due\": \"2026-03-10\", \"planned\": \"2026-03-10\"},\n"
		"  {\"name\": \"Unplanned\", \"due\": \"2026-03-11\"}]}\n");
	char *md = report_of(dir);
	CHECK_CONTAINS(md, "\n#### Milestones moved from their planned day\n\n"
		       "- Go-live: due 2026-04-22 (planned 2026-04-01, 21 days later)\n"
		       "- Beta: due 2026-03-09 (planned 2026-03-10, 1 day earlier), done\n"
		       "- Reconciliation: planned 2026-03-13, no day due now\n\n");
	CHECK(strstr(md, "On plan") == NULL);
	CHECK(strstr(md, "Unplanned") == NULL);
	free(md);
}
