/* page_files.h - the files a site's render puts, kept in memory for the
 * checks of a test. */
#ifndef PRR_TEST_PAGE_FILES_H
#define PRR_TEST_PAGE_FILES_H

#include "prr/figures.h"
#include "prr/pages.h"
#include "prr/tpl.h"
#include "prr/view.h"
#include "test.h"

#include <pthread.h>
#include <string.h>

/* Every file put, its bytes kept for the checks below; the jobs put
 * files at the same time, one at a time in here. */
typedef struct files {
	prr_pagelist list;
	prr_buf text[64];
	size_t n;
	pthread_mutex_t lock;
} files;

static inline int put_file(void *ud, unsigned job, const prr_pages_entry *e,
			   const char *data, size_t n, prr_buf *err)
{
	files *fl = ud;
	(void)job;
	(void)err;
	pthread_mutex_lock(&fl->lock);
	if (fl->n < sizeof fl->text / sizeof fl->text[0]) {
		prr_buf_init(&fl->text[fl->n]);
		prr_buf_addf(&fl->text[fl->n], "%s\n", e->path);
		prr_buf_add(&fl->text[fl->n], data, n);
		fl->n++;
	}
	pthread_mutex_unlock(&fl->lock);
	return 0;
}

/* The text put as `path`, or NULL. */
static inline const char *text_of(const files *fl, const char *path)
{
	size_t k = strlen(path);
	for (size_t i = 0; i < fl->n; i++)
		if (strncmp(fl->text[i].p, path, k) == 0 && fl->text[i].p[k] == '\n')
			return fl->text[i].p + k + 1;
	return NULL;
}

static inline void render(files *fl, const prr_figures *f,
			  const prr_view_opts *vo, unsigned jobs)
{
	prr_tpl_store store = { { NULL } };
	prr_tpl_env *env = prr_tpl_env_new(prr_tpl_store_loader, &store);
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf err = PRR_BUF_INIT;
	memset(fl, 0, sizeof *fl);
	pthread_mutex_init(&fl->lock, NULL);
	prr_pages_run r = { f, vo, env, put_file, fl, NULL, jobs, &fl->list };
	CHECK(prr_pages_render(&r, &d, &err) == 0);
	CHECK_INT(d.errors, 0);
	prr_diags_free(&d);
	prr_buf_free(&err);
	prr_tpl_env_free(env);
}

static inline void files_free(files *fl)
{
	for (size_t i = 0; i < fl->n; i++)
		prr_buf_free(&fl->text[i]);
	prr_pagelist_free(&fl->list);
	pthread_mutex_destroy(&fl->lock);
}

#endif
