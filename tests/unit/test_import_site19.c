/* test_import_site19.c - what the site and the release-PR report show of
 * an imported document (round 24 of site reading): each case failed
 * before its rule. */
#include "test.h"

#include "page_files.h"
#include "prr/fsutil.h"
#include "prr/pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A site built from one document: its pipeline and the pages rendered. */
typedef struct site {
	prr_pipeline pl;
	files fl;
} site;

/* `md` as reviews/2026-03-02.md of a fresh folder, its site rendered. */
static void site_of(site *s, const char *md)
{
	static unsigned seq;
	prr_buf dir = PRR_BUF_INIT, path = PRR_BUF_INIT, err = PRR_BUF_INIT;
	prr_buf_addf(&dir, "%s/r%u", prr_test_tmpdir(), seq++);
	prr_buf_addf(&path, "%s/2026-03-02.md", dir.p);
	CHECK(mkdir(dir.p, 0755) == 0);
	CHECK(prr_write_file_atomic(path.p, md, strlen(md), &err) == 0);
	memset(s, 0, sizeof *s);
	prr_diags d = PRR_DIAGS_INIT;
	char *paths[] = { dir.p };
	prr_pipeline_opts in = { .no_repo = true };
	CHECK(prr_pipeline_run(&s->pl, paths, 1, &in, &d) == 0);
	prr_view_opts vo = { 0 };
	if (s->pl.figures)
		render(&s->fl, s->pl.figures, &vo, 1);
	else
		pthread_mutex_init(&s->fl.lock, NULL);
	prr_diags_free(&d);
	prr_buf_free(&err);
	prr_buf_free(&path);
	prr_buf_free(&dir);
}

/* The text of the page at `path` ("reviews/2026-03-02/index.html"), or "". */
static const char *page(const site *s, const char *path)
{
	const char *t = text_of(&s->fl, path);
	if (!t)
		prr_test_fail(__FILE__, __LINE__, "no page %s", path);
	return t ? t : "";
}

static void site_free(site *s)
{
	files_free(&s->fl);
	prr_pipeline_free(&s->pl);
}

#define REVIEW_PAGE "reviews/2026-03-02/index.html"

/* "The review as written" shows every heading the document wrote, even
 * one with no text left under it (a failed check written as a heading,
 * "# (x) Load test at 1.5x peak", or a section whose table went into the
 * figures); before, such a heading was dropped from the whole site.  Its
 * table of contents lists only sections with a heading: the text before
 * the first heading is no empty entry. */
PRR_TEST(import_site19__headings_without_text_are_shown)
{
	site s;
	site_of(&s, "Checkout v2 go-live checklist, owner: payments.\n\n"
		    "# (/) Runbook reviewed\n\n"
		    "# (x) Load test at 1.5x Black Friday peak\n\n"
		    "# Notes\n\nThe dashboards are in place.\n");
	const char *html = page(&s, REVIEW_PAGE);
	CHECK_CONTAINS(html, "(x) Load test at 1.5x Black Friday peak</h2>");
	CHECK_CONTAINS(html, "(/) Runbook reviewed</h2>");
	CHECK_CONTAINS(html, "\">(x) Load test at 1.5x Black Friday peak</a></li>");
	CHECK(!strstr(html, "\"></a></li>"));
	CHECK(!strstr(html, "<li><a href=\"#s1-\">"));
	site_free(&s);
}
