/* pages.c - the view's pages rendered on several jobs, each file handed
 * to the caller with its entry; see include/prr/pages.h. */
#include "prr/pages.h"

#include <stdlib.h>
#include <string.h>

#include "prr/jobs.h"
#include "prr/report.h"

/* One job: its messages, its buffer and its part of the list. */
typedef struct pages_job {
	const prr_pages_run *r;
	unsigned job;
	prr_diags own;     /* jobs 1..: their own messages */
	prr_diags *d;      /* job 0: the caller's */
	prr_buf err;
	prr_buf out;       /* reused for every file */
	prr_buf path;
	pthread_mutex_t *list_lock; /* over r->list */
	int rc;
} pages_job;

typedef struct pages_jobs {
	pages_job job[PRR_JOBS_MAX];
	unsigned n;
	prr_jobs_deal deal;
	pthread_mutex_t list_lock;
} pages_jobs;

/* The file to the caller, its entry to the list: the jobs add to the one
 * list (in turn; an entry costs little beside its page), so that nothing
 * is left to merge once they are done but the sort. */
static int put(pages_job *j, const prr_pages_entry *e)
{
	if (j->r->list) {
		pthread_mutex_lock(j->list_lock);
		prr_pagelist_add(j->r->list, e);
		pthread_mutex_unlock(j->list_lock);
	}
	return j->r->put(j->r->ud, j->job, e, j->out.p, j->out.n, &j->err);
}

/* One page (prr_view_emit): rendered and put; after a review's page,
 * its Markdown report beside it. */
static int emit_page(void *ud, const prr_view_page *pg)
{
	pages_job *j = ud;
	const prr_pages_run *r = j->r;
	const prr_tpl *t;
	prr_tpl_escape mode = prr_tpl_escape_for(pg->tpl);
	prr_buf_reset(&j->out);
	if (prr_tpl_load(&t, r->env, pg->tpl, mode, j->d) < 0 ||
	    prr_tpl_render(&j->out, r->env, t, mode, prr_tpl_vtree(), pg->ctx,
			   j->d) < 0)
		return -1;
	prr_pages_entry e = { prr_view_kind_name(pg->kind), pg->path, pg->date,
			      pg->project, pg->title, pg->folder, pg->assets,
			      pg->n_assets };
	if (put(j, &e) < 0)
		return -1;
	if (pg->kind != PRR_VIEW_REVIEW)
		return 0;
	prr_buf_reset(&j->out);
	if (prr_report_md(&j->out, r->env, r->f, pg->project, pg->date,
			  r->vo, PRR_REPORT_MD_LIMIT, j->d) < 0)
		return -1;
	const char *slash = strrchr(pg->path, '/');
	prr_buf_reset(&j->path);
	prr_buf_add(&j->path, pg->path, slash ? (size_t)(slash - pg->path) + 1 : 0);
	prr_buf_adds(&j->path, "report.md");
	e.kind = PRR_PAGES_REPORT;
	e.path = j->path.p;
	e.assets = NULL;
	e.n_assets = 0;
	return put(j, &e);
}

static void run_job(void *ud, unsigned t)
{
	pages_jobs *s = ud;
	pages_job *j = &s->job[t];
	prr_jobs_hand h;
	prr_jobs_hand_init(&h, s->n > 1 ? &s->deal : NULL);
	j->rc = 0;
	if (prr_jobs_mine(&h) && j->r->first)
		j->rc = j->r->first(j->r->ud, t, &j->err);
	if (j->rc == 0)
		j->rc = prr_view_site(j->r->f, j->r->vo, &h, emit_page, j, &j->err);
}

int prr_pages_render(const prr_pages_run *r, prr_diags *d, prr_buf *err)
{
	pages_jobs *s = prr_xcalloc(1, sizeof *s);
	s->n = r->jobs < 1 ? 1 : r->jobs > PRR_JOBS_MAX ? PRR_JOBS_MAX : r->jobs;
	atomic_init(&s->deal.next, 0);
	pthread_mutex_init(&s->list_lock, NULL);
	for (unsigned t = 0; t < s->n; t++) {
		pages_job *j = &s->job[t];
		j->r = r;
		j->job = t;
		j->d = t == 0 ? d : &j->own;
		j->list_lock = &s->list_lock;
	}
	prr_jobs_run(s->n, run_job, s);
	int rc = 0;
	bool own_failed = s->job[0].rc < 0;
	for (unsigned t = 0; t < s->n; t++) {
		pages_job *j = &s->job[t];
		if (j->rc < 0) {
			rc = -1;
			if (j->err.n && !err->n)
				prr_buf_adds(err, j->err.p);
		}
		/* another job's problems, unless job 0's already tell (every
		 * job uses the same templates) */
		if (t > 0 && (!own_failed || j->rc == 0))
			prr_diags_move(d, &j->own);
		prr_diags_free(&j->own);
		prr_buf_free(&j->err);
		prr_buf_free(&j->out);
		prr_buf_free(&j->path);
	}
	if (r->list)
		prr_pagelist_sort(r->list);
	pthread_mutex_destroy(&s->list_lock);
	free(s);
	return rc;
}
