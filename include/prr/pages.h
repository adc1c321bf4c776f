/*
 * pages.h - the view's pages made files, and the list of them.
 *
 * prr_pages_render runs the view (view.h) on several jobs and renders
 * each page it hands over through the page's template, then, beside each
 * review page, the review's Markdown report (report.h).  Every file goes
 * to the caller's `put` with its entry: what it is, where, of which
 * review and project, titled what, and which of the site's files it uses
 * -- the page descriptor, so that nothing downstream reads a page's data
 * or its HTML back.
 *
 * The same entries, written as JSON, are pages.json: the site's list of
 * its pages (SITE/pages.json) and each archived review's (DIR/DATE/
 * pages.json), for programs (prr archive reads the latter for its
 * index):
 *
 *     {"format": "prr-pages/1", "pages": [
 *       {"kind": "review", "path": "reviews/2026-03-02/index.html",
 *        "date": "2026-03-02", "project": "Ledgerline",
 *        "title": "Review of 2026-03-02",
 *        "assets": ["assets/style.css", "assets/sort.js"]},
 *       {"kind": "report", "path": "reviews/2026-03-02/report.md", ...},
 *       ...]}
 *
 * one object per file, sorted by path in byte order; "kind" is a word of
 * prr_view_kind_name or "report"; "date" only on a review's files,
 * "project" only where there is one (not on the portfolio); paths are
 * relative to the folder pages.json is in.
 */
#ifndef PRR_PAGES_H
#define PRR_PAGES_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/arena.h"
#include "prr/buf.h"
#include "prr/diag.h"
#include "prr/figures.h"
#include "prr/tpl.h"
#include "prr/view.h"

/* The format's name, the first key of pages.json. */
#define PRR_PAGES_FORMAT "prr-pages/1"
/* The kind of a review's report.md (the view's kinds: prr_view_kind_name). */
#define PRR_PAGES_REPORT "report"

/* One file of the site: a page, or a review's report.md. */
typedef struct prr_pages_entry {
	const char *kind;    /* "review", "report" … */
	const char *path;    /* "reviews/2026-03-02/index.html" */
	const char *date;    /* the review's date, or NULL */
	const char *project; /* or NULL */
	const char *title;   /* the page's, as its <title> begins: "Review of
			      * 2026-03-02", "Overview"; a report its page's */
	const char *folder;  /* the project's folder in the site ("" or
			      * "ledgerline/"); not in pages.json */
	const char *const *assets; /* the site's files it uses */
	size_t n_assets;
	/* in a list: the entry as pages.json writes it (prr_pagelist_add
	 * makes it); NULL in an entry handed to a put function */
	const char *json;
} prr_pages_entry;

/* A list of entries, their strings in the list's own arena. */
typedef struct prr_pagelist {
	prr_arena arena;
	prr_pages_entry *v;
	size_t n, cap;
} prr_pagelist;

/* Adds a copy of `e`, with its line of pages.json. */
void prr_pagelist_add(prr_pagelist *l, const prr_pages_entry *e);
/* Sorts by path (byte order). */
void prr_pagelist_sort(prr_pagelist *l);
/* The entry of `kind` (the first), or NULL. */
const prr_pages_entry *prr_pagelist_find(const prr_pagelist *l,
					 const char *kind);
/* Appends pages.json of `l` (as it is ordered; one line per entry, then
 * '\n'). */
void prr_pagelist_json(prr_buf *out, const prr_pagelist *l);
/*
 * Reads pages.json (`n` bytes) into `out` (which it sorts).  Returns 0,
 * or -1 with a message in `err` (not JSON, another format, an entry
 * without a kind or path).  Unknown keys are ignored.
 */
int prr_pagelist_parse(prr_pagelist *out, const char *text, size_t n,
		       prr_buf *err);
void prr_pagelist_free(prr_pagelist *l);

/*
 * Where the files go: called on job `job` (0 .. jobs - 1; never twice at
 * once on the same job) with each file's entry and bytes (valid during
 * the call).  Returns 0, or -1 with a message in `err` to stop.
 */
typedef int (*prr_pages_put_fn)(void *ud, unsigned job,
				const prr_pages_entry *e, const char *data,
				size_t n, prr_buf *err);

typedef struct prr_pages_run {
	const prr_figures *f;
	const prr_view_opts *vo; /* vo->archive: the reviews' archived copies */
	prr_tpl_env *env;        /* the templates, shared by the jobs */
	prr_pages_put_fn put;
	void *ud;
	/* optional: the first unit of the work, on the job that takes it
	 * (the site's data.json, its biggest file) */
	int (*first)(void *ud, unsigned job, prr_buf *err);
	unsigned jobs;           /* 1 .. PRR_JOBS_MAX */
	prr_pagelist *list;      /* every entry put is added, then the list
				  * sorted; or NULL */
} prr_pages_run;

/*
 * Every page of the view (prr_view_site) rendered and put, the units of
 * work dealt among r->jobs jobs.  Returns 0, or -1 with the problem in
 * `d` (a template's, with its place) or `err` (put's, or a narrative
 * md4c refused).  The problems of every job end in `d`.
 */
int prr_pages_render(const prr_pages_run *r, prr_diags *d, prr_buf *err);

#endif
