/* site_doc.h - a site built from one Markdown document, for the tests of
 * what its pages show. */
#ifndef PRR_TEST_SITE_DOC_H
#define PRR_TEST_SITE_DOC_H

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

/* The site of the reviews in folder `dir`, rendered. */
static inline void site_of_dir(site *s, char *dir)
{
	memset(s, 0, sizeof *s);
	prr_diags d = PRR_DIAGS_INIT;
	char *paths[] = { dir };
	prr_pipeline_opts in = { .no_repo = true };
	CHECK(prr_pipeline_run(&s->pl, paths, 1, &in, &d) == 0);
	prr_view_opts vo = { 0 };
	if (s->pl.figures)
		render(&s->fl, s->pl.figures, &vo, 1);
	else
		pthread_mutex_init(&s->fl.lock, NULL);
	prr_diags_free(&d);
}

/* `md` as reviews/2026-03-02.md of a fresh folder, its site rendered. */
static inline void site_of(site *s, const char *md)
{
	static unsigned seq;
	prr_buf dir = PRR_BUF_INIT, path = PRR_BUF_INIT, err = PRR_BUF_INIT;
	prr_buf_addf(&dir, "%s/r%u", prr_test_tmpdir(), seq++);
	prr_buf_addf(&path, "%s/2026-03-02.md", dir.p);
	CHECK(mkdir(dir.p, 0755) == 0);
	CHECK(prr_write_file_atomic(path.p, md, strlen(md), &err) == 0);
	site_of_dir(s, dir.p);
	prr_buf_free(&err);
	prr_buf_free(&path);
	prr_buf_free(&dir);
}

/* The text of the page at `path` ("reviews/2026-03-02/index.html"), or "". */
static inline const char *page(const site *s, const char *path)
{
	const char *t = text_of(&s->fl, path);
	if (!t)
		prr_test_fail(__FILE__, __LINE__, "no page %s", path);
	return t ? t : "";
}

static inline void site_free(site *s)
{
	files_free(&s->fl);
	prr_pipeline_free(&s->pl);
}

#endif
