/*
 * view.h - figures shaped for display: the one place that decides what a
 * page shows and how a number is written.
 *
 * The compute stage (figures.h) gives numbers; the view turns them into
 * cJSON contexts for the templates: percentages as "79%", score ranges as
 * "8.0–8.5 / 10", statuses as a word, a symbol and a CSS class, charts as
 * SVG text (svg.h), narratives as sanitised HTML (mdhtml.h), and every
 * link relative to the page ("root": "../" per folder level) so the site
 * works from file:// and under any sub-path.  Links to the site's pages
 * (the navigation, earlier reviews, a component across the reviews) are
 * all made in one place (view_page.c), which makes them for the site or
 * for an archived copy of a review (prr_view_opts.archive).
 *
 * Each page comes with its descriptor (prr_view_page: kind, path, review
 * date, project, title, the assets it uses): the output stage renders and
 * files pages by it, never by reading their data or HTML back.
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

typedef struct prr_view_opts {
	const char *base_url;   /* where the site is published, or NULL */
	const char *build_date; /* YYYY-MM-DD from SOURCE_DATE_EPOCH, or NULL */
	const char *repo;       /* the repository read, or NULL */
	/* Pages for the archive (archive.h) rather than the site: only each
	 * review's own pages (kinds REVIEW and REVIEW_COMPONENT), whose links
	 * stay inside the review's folder and its assets, or go to the
	 * archive's own index.html, or to the published site's pages under
	 * base_url (without a base_url, pages outside the review's folder
	 * are not linked at all): an archived review has no dead link. */
	bool archive;
} prr_view_opts;

/* What a page is; prr_view_kind_name gives its word in pages.json. */
typedef enum prr_view_kind {
	PRR_VIEW_PORTFOLIO,        /* index.html of a site of several projects */
	PRR_VIEW_OVERVIEW,         /* a project's index.html */
	PRR_VIEW_WAVES,            /* waves.html: plan vs actual */
	PRR_VIEW_TIMELINE,         /* timeline.html */
	PRR_VIEW_HISTORY,          /* history.html */
	PRR_VIEW_COMPONENT,        /* components/SLUG.html: one across the reviews */
	PRR_VIEW_REVIEW,           /* reviews/DATE/index.html */
	PRR_VIEW_REVIEW_COMPONENT, /* reviews/DATE/components/SLUG.html */
} prr_view_kind;

/* "portfolio", "overview", "waves", "timeline", "history", "component",
 * "review", "review-component". */
const char *prr_view_kind_name(prr_view_kind k);

/*
 * One page of the site, as the output stage needs it, so that nothing
 * downstream reads the page's data or its HTML back.  Every string is
 * valid while the page is handed over (prr_view_emit).
 */
typedef struct prr_view_page {
	prr_view_kind kind;
	char *path;            /* from the site's root: "reviews/2026-03-02/index.html" */
	const char *tpl;       /* its template: "review.html.mustache" */
	const char *date;      /* REVIEW and REVIEW_COMPONENT: the review's
				* date; else NULL */
	const char *project;   /* the project's name; NULL for the portfolio
				* and a project without one */
	const char *folder;    /* the project's folder in the site: "", or
				* "ledgerline/" in a site of several */
	const char *title;     /* the page's own title, as <title> begins:
				* "Review of 2026-03-02" */
	/* the site's files the page uses ("assets/style.css"): what an
	 * archived copy of the page needs beside it */
	const char *const *assets;
	size_t n_assets;
	prr_vnode *ctx;
} prr_view_page;

/* Receives each page; the page (its strings and ctx) is freed when it
 * returns.
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
 * A review's pages depend only on the reviews up to its date.  With
 * o->archive, only each review's pages, made for its archived copy.
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

/*** An archive's index (archive.h) ***/

/* One archived review. */
typedef struct prr_view_archived {
	const char *key;     /* its folder in the archive: "2026-03-02", or
			      * "ledgerline/2026-03-02" */
	const char *date;
	const char *project; /* or NULL */
	const char *title;   /* its review page's title; NULL: the key */
	const char *href;    /* its review page, from the archive's root */
	size_t files;        /* the files its MANIFEST lists */
} prr_view_archived;

/*
 * The data of an archive's DIR/index.html (templates/archive-index.html):
 * {count, one, archives: [{date, dir, href, title, project, files}]}, the
 * reviews `v[0..n)` newest date first, then by key.  Made in `a`.
 */
prr_vnode *prr_view_archive_index(prr_arena *a, const prr_view_archived *v,
				  size_t n);

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
