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
#include "prr/jobs.h"
#include "prr/reviews.h"

#include "prr/vtree.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct prr_view_opts {
	const char *base_url;   /* where the site is published, or NULL */
	const char *build_date; /* YYYY-MM-DD from SOURCE_DATE_EPOCH, or NULL */
	const char *repo;       /* the repository read, or NULL */
} prr_view_opts;

/* One page of the site: its path in the site, its template, its data. */
typedef struct prr_view_page {
	char *path;            /* "reviews/2026-03-02/index.html" */
	const char *tpl;       /* "review.html.mustache" */
	prr_vnode *ctx;
} prr_view_page;

/* Receives each page; the page (path and ctx) is freed when it returns.
 * Returns 0, or -1 to stop. */
typedef int (*prr_view_emit)(void *ud, const prr_view_page *page);

/*
 * Every page of the site for `f`, one at a time to `emit` (so a build
 * holds one page's data at a time): a portfolio index first when there
 * are several projects (each project's pages then live under its slug),
 * then per project index.html, history.html, timeline.html, waves.html,
 * components/SLUG.html (each component across the reviews), and each
 * review's reviews/DATE/index.html followed by its
 * reviews/DATE/components/SLUG.html (one per component of that review).
 * A review's pages depend only on the reviews up to its date.
 *
 * Each of those pages, or a review with its component pages, is one unit
 * of `hand` (a deal of jobs.h) (after the units the caller walked before); only the units
 * the hand claims are emitted, so threads sharing a deal write the site
 * together, each with its own `emit` data.  The calls only read `f`.
 * Returns 0, or -1 when `emit` did (its message is its own) or with a
 * message in `err` (a narrative md4c refused).
 */
int prr_view_site(const prr_figures *f, const prr_view_opts *o,
		  prr_jobs_hand *hand, prr_view_emit emit, void *ud,
		  prr_buf *err);

/*
 * The release-PR report of `project` (NULL: the first), of its review
 * dated `date` (NULL: the latest; then against --against if given), for
 * templates/report.md.mustache.  With a `date`, the report depends only
 * on the reviews up to that date (compared with the one before it, not
 * called the latest), so the site's reviews/DATE/report.md stays the same
 * when later reviews are added.  At most `max_rows` rows of each long list
 * are shown (SIZE_MAX: all); the rest are counted in "folded" notes.
 * `page` is the link to the review's page when a base URL is known, else
 * NULL.  The tree is made in `a`.  Returns NULL when the
 * project has no review.
 */
prr_vnode *prr_view_report(prr_arena *a, const prr_figures *f,
			  const char *project, const char *date,
			  const prr_view_opts *o, size_t max_rows);

struct prr_portfolio;
/*
 * The page of `prr portfolio` (view_folio.c): the context of
 * templates/portfolio.html.mustache for the projects of `p`, in their
 * order -- the site's portfolio page's keys (project, href when linked,
 * date, level, readiness, change, score, blockers, reviews), with
 * "merged" set and, per project, "regressed" and "open" findings.  Made
 * in `a`.
 */
prr_vnode *prr_view_portfolio(prr_arena *a, const struct prr_portfolio *p);

/* The readiness badge (badge.svg): of the latest review of the project,
 * or with several projects a portfolio badge counting their levels
 * (prr_portfolio_badge). */
void prr_view_badge(prr_buf *out, const prr_figures *f);
/* The colour of level `l` in badges and charts ("#2b7a36"). */
const char *prr_view_level_color(prr_level l);

/* A file-name-safe slug: lowercase ASCII letters and digits, runs of
 * anything else as one '-', no leading or trailing '-'; "item" if empty. */
void prr_view_slug(prr_buf *out, const char *name);
/* The longest slug: longer ones keep their first bytes and end in "-" and
 * eight hex digits of a hash of the name, so that a name of any length
 * makes a file name (the page still shows the whole name). */
#define PRR_VIEW_SLUG_MAX 100

#endif
