/*
 * view.h - figures shaped for display: the one place that decides what a
 * page shows and how a number is written.
 *
 * The compute stage (figures.h) gives numbers; the view turns them into
 * cJSON contexts for the templates: percentages as "79%", score ranges as
 * "8.0–8.5 / 10", statuses as a word, a symbol and a CSS class, charts as
 * SVG text (svg.h), narratives as sanitised HTML (mdhtml.h), and every
 * link relative to the page ("root": "../" per folder level) so the site
 * works from file:// and under any sub-path.
 *
 * Values from reviews stay plain strings in the context; templates print
 * them with {{x}} (escaped).  Only the keys ending in "_html" or "_svg"
 * hold markup prr made itself (sanitised md4c output, svg.c charts); they
 * are the only ones templates print with {{{x}}}.
 *
 * Everything is sorted and no clock is read: the same figures give the
 * same contexts, byte for byte.
 */
#ifndef PRR_VIEW_H
#define PRR_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/buf.h"
#include "prr/figures.h"
#include "prr/reviews.h"

struct cJSON;

typedef struct prr_view_opts {
	const char *base_url;   /* where the site is published, or NULL */
	const char *build_date; /* YYYY-MM-DD from SOURCE_DATE_EPOCH, or NULL */
	const char *repo;       /* the repository read, or NULL */
} prr_view_opts;

/* One page of the site: its path in the site, its template, its data. */
typedef struct prr_view_page {
	char *path;            /* "reviews/2026-03-02/index.html" (owned) */
	const char *tpl;       /* "review.html.mustache" */
	struct cJSON *ctx;     /* owned */
} prr_view_page;

typedef struct prr_view_pages {
	prr_view_page *v;
	size_t n, cap;
} prr_view_pages;

/*
 * Every page of the site for `f` (a portfolio index first when there are
 * several projects; each project's pages then live under its slug).
 * Returns 0, or -1 with a message in `err` (a narrative md4c refused).
 */
int prr_view_site(prr_view_pages *out, const prr_figures *f,
		  const prr_view_opts *o, prr_buf *err);
void prr_view_pages_free(prr_view_pages *p);

/*
 * The release-PR report of `project` (NULL: the first), of its review
 * dated `date` (NULL: the latest; then against --against if given), for
 * templates/report.md.mustache.  At most `max_rows` rows of each long list
 * are shown (SIZE_MAX: all); the rest are counted in "folded" notes.
 * `page` is the link to the review's page when a base URL is known, else
 * NULL.  Returns NULL when the project has no review.
 */
struct cJSON *prr_view_report(const prr_figures *f, const char *project,
			      const char *date, const prr_view_opts *o,
			      size_t max_rows);

/* The readiness badge (badge.svg) of the latest review of the first
 * project. */
void prr_view_badge(prr_buf *out, const prr_figures *f);

/* A file-name-safe slug: lowercase ASCII letters and digits, runs of
 * anything else as one '-', no leading or trailing '-'; "item" if empty. */
void prr_view_slug(prr_buf *out, const char *name);

#endif
