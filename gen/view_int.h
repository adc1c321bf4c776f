/*
 * view_int.h - what the view's files share: the page being built, the
 * helpers that put a value into a page's tree, and the pieces several
 * pages (and the report) are made of.
 *
 *   view_fmt.c     values in words: numbers, percentages, statuses, levels
 *   view_page.c    a page's scaffolding: new, emitted, the components' slugs
 *   view_parts.c   pieces shared by pages: headline, trend, heatmap,
 *                  findings, audit, changes
 *   view_review.c  a review's page: narrative, dimensions, checklists
 *   view_comp.c    component pages, across the reviews and in one
 *   view_plan.c    plan vs actual, and the timeline
 *   view_evid.c    the repository's word: evidence judged, components
 *                  changed since a review; without one, the evidence a
 *                  review cites as written
 *   view.c         the project's overview and history, the portfolio,
 *                  and the order every page of a site is made in
 *   view_report.c  the release-PR report and the badge
 *
 * Every key `k` below is a string literal (or passed down from one): the
 * tree borrows it.  Nothing here is exported beyond gen/view*.c.
 */
#ifndef PRR_VIEW_INT_H
#define PRR_VIEW_INT_H

#include "prr/view.h"
#include "prr/vtree.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/*** The page's data (a vtree in the page's arena) ***/

static inline void put(prr_vnode *o, const char *k, const char *s)
{
	if (s && *s)
		prr_vput_str(o, k, s, strlen(s));
}

/* put, borrowing `s`: a literal, or the model's (which outlives every
 * page of a build and every report). */
static inline void putr(prr_vnode *o, const char *k, const char *s)
{
	if (s && *s)
		prr_vput_ref(o, k, s, strlen(s));
}

/* putr of a word of prr's own (a status, a level, a CSS class) that
 * holds no byte HTML escapes (prr_vplain). */
static inline void putr_plain(prr_vnode *o, const char *k, const char *s)
{
	prr_vplain(prr_vput_ref(o, k, s, strlen(s)));
}

static inline void putb(prr_vnode *o, const char *k, bool v)
{
	prr_vput_bool(o, k, v);
}

static inline void putn(prr_vnode *o, const char *k, double v)
{
	prr_vput_num(o, k, v);
}

static inline prr_vnode *put_arr(prr_vnode *o, const char *k)
{
	return prr_vput_list(o, k);
}

static inline prr_vnode *put_obj(prr_vnode *o, const char *k)
{
	return prr_vput_obj(o, k);
}

static inline prr_vnode *push(prr_vnode *arr)
{
	return prr_vpush_obj(arr);
}

/* `one` or `many`, as `n` asks ("1 more wave", "2 more waves"):
 * prr_plural's rule. */
static inline const char *plural(size_t n, const char *one, const char *many)
{
	return prr_plural(n == 1 ? 1 : 2, one, many);
}

/*** Values in words (view_fmt.c) ***/

/* The thread's buffer for formatting a value before it is copied into
 * the page, emptied; view_scratch_free frees it when a site or report is
 * done.  Valid until the next call on this thread. */
prr_buf *view_scratch(void);
void view_scratch_free(void);

/* The formatted text at `k` (nothing when it is empty). */
void view_putf(prr_vnode *o, const char *k, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* `s` as a label: its Markdown code spans without their backticks
 * ("Runbooks (`docs/ops.md`)" -> "Runbooks (docs/ops.md)"); borrowed
 * when it has none.  Inline, as put: the site has a label in every cell
 * of every scorecard, and most have no backtick. */
void view_put_label_ticked(prr_vnode *o, const char *k, const char *s);
static inline void view_put_label(prr_vnode *o, const char *k, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n && memchr(s, '`', n))
		view_put_label_ticked(o, k, s);
	else if (n)
		prr_vput_ref(o, k, s, n);
}
/* The decimal of `v` at `k` ("12", "-3"). */
static inline void view_put_int(prr_vnode *o, const char *k, long long v)
{
	char t[PRR_DECIMAL_MAX];
	prr_vplain(prr_vput_str(o, k, t, prr_decimal(t, v)));
}
/* "3/7": `a` of `b`. */
void view_put_ratio(prr_vnode *o, const char *k, int a, int b);
/* "79%" into `buf` (or the literal "n/a"); returns the text.  To a tenth
 * where the whole number would cross 0 or 100 or, with the _at forms, a
 * level's threshold (prr_pct_shown_at): "79.6%" of a readiness of 79.63
 * with ready at 80.  A readiness is shown with its scorecard's thresholds
 * (VIEW_BANDS). */
const char *view_pct(char *buf, size_t n, double v);
void view_put_pct(prr_vnode *o, const char *k, double v);
const char *view_pct_at(char *buf, size_t n, double v, double ready,
			double partial);
void view_put_pct_at(prr_vnode *o, const char *k, double v, double ready,
		     double partial);
#define VIEW_BANDS(s) (s)->ready, (s)->partial
/* "8", "8.5": one decimal at most ("n/a" when absent). */
void view_fmt_num(prr_buf *b, double v);
/* "+1 day", "-3 days". */
void view_putf_days(prr_vnode *o, const char *k, long days);
/* "3–5 days": a low–high span with its unit. */
void view_fmt_span(prr_buf *b, double lo, double hi, const char *unit);
/* view_fmt_num's text at `k`; nothing when `v` is absent. */
void view_put_num(prr_vnode *o, const char *k, double v);
/* "8.0–8.5 / 10": a figure of prr's, to a tenth */
void view_put_range(prr_vnode *o, const char *k, double lo, double hi,
		    double max);
/* A stated score with its letter grade, as the document gives them:
 * "87.0 / 100 (B+)", "7.25 / 10" (to the hundredth it was written with),
 * the grade alone ("A-") when it states no number; nothing when neither. */
void view_put_graded(prr_vnode *o, const char *k, double lo, double hi,
		     double max, const char *grade);
/* The same written into `b`; false (nothing added) when it has neither a
 * number nor a grade. */
bool view_fmt_graded(prr_buf *b, double lo, double hi, double max,
		     const char *grade);
/*
 * A review's score where a headline or a row of projects shows one:
 * prr's dimension score `value`–`high` (of 10) at "score" when it
 * computes one; else the one overall score the document states,
 * `stated[0]`, as written and marked as the document's at "score"
 * ("8.2 / 10, as stated"); else, when it states several, none is picked:
 * their count at "scores_stated" and no "score" (the templates say
 * "n/a (2 stated)").  Nothing when there is neither.
 */
void view_put_score(prr_vnode *o, double value, double high,
		    const prr_score *stated, size_t n_stated);
/* "score_change" beside the headline's score, the change of the figure
 * it shows: the stated score's (delta `d`'s, of `prev` to `rf`) beside
 * the one score the review states, the dimension score's otherwise; the
 * latter beside a stated score says so ("+1.8 from its dimensions"). */
void view_put_score_change(prr_vnode *h, const prr_revfig *rf,
			   const prr_revfig *prev, const prr_delta *d);
/* {status, status_class}: a table cell's status. */
void view_put_status(prr_vnode *o, prr_status s);
/* view_put_status and its "symbol", for running text or a list. */
void view_put_status_sym(prr_vnode *o, prr_status s);
/* {name, label, class} of level `l` at `key` ("level" for view_put_level). */
void view_put_level_as(prr_vnode *o, const char *key, prr_level l);
void view_put_level(prr_vnode *o, prr_level l);
/* A review's level in a list of reviews or projects, both voices: the
 * document's verdict where it states one, else prr's; and prr's as "prr"
 * when the two differ (a row never shows "Partially ready" alone for a
 * document that says NO-GO). */
void view_put_review_level(prr_vnode *o, prr_level stated, prr_level computed);
/* Both voices of a headline (a review's, a component's), for the partial
 * verdict.html: the level shown at "level" is the document's where it
 * states one, else prr's; "stated" and "computed" with "disagrees" when
 * it states one, "unstated" (and prr's level as "computed") when not. */
void view_put_verdict(prr_vnode *o, prr_level stated, prr_level computed);
/* {arrow, text, class, word} for a change of `d` (after - before). */
void view_put_change(prr_vnode *o, const char *k, double d, const char *unit,
		     bool lower_is_better);

/*** Page scaffolding (view_page.c) ***/

/* What a page needs to link anywhere in the site. */
typedef struct page {
	prr_view_emit emit;       /* where finished pages go */
	void *ud;
	prr_view_page cur;        /* the page being built */
	const char *root;         /* its "root": "../" per folder of its path
				   * ("./" at the top), in its data */
	const prr_figures *f;
	const prr_project_figs *p;
	const prr_view_opts *o;
	const char *prefix;       /* "" or "ledgerline/" */
	char **comp_names;        /* the project's components, slugged */
	char **comp_slugs;
	size_t n_comps;
	int **kof;                /* [review][its component] -> comp_names index, or -1 */
	int *at;                  /* [comp * reviews + review] -> its index there, or -1 */
	/* A page's data is hundreds to thousands of small nodes, built,
	 * rendered once and dropped: a vtree in `ctx`, emptied after the
	 * page. */
	prr_arena *ctx;
} page;

/* A new page of kind `kind` at `path` (under the project's folder when
 * there is a project), of the review of `date` (or NULL), titled
 * `title`: its descriptor filled (template, assets) and its common keys
 * put: root, page_title, the assets' hrefs, and the navigation (home_href,
 * nav, all_projects_href; for an archived copy, "archived" and the
 * archive's index).  Returns its context. */
prr_vnode *view_page_new(page *pg, prr_view_kind kind, const char *path,
			 const char *date, const char *title);
/* Hands the page built to pg->emit, then frees it; returns emit's. */
int view_page_emit(page *pg);
/* Frees the page built without handing it over. */
void view_page_drop(page *pg);
/*
 * The one way a page links a page outside its own review's folder:
 * puts at `k` of `o` the href of the page at the formatted path (from
 * the project's folder: "reviews/2026-03-02/index.html").  In the site,
 * relative to the page being built; in an archived copy, under the
 * base URL when there is one, else nothing (the page is not in the
 * archive).  Returns whether it put one.  Formats in view_scratch(): no
 * argument may point into it.
 */
bool view_put_site_href(prr_vnode *o, const char *k, const page *pg,
			const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* The slug of `name` followed by `tail`, made unique among those in
 * `taken` by "-2", "-3" … before the tail, and added to them. */
char *view_unique_slug(prr_names *taken, const char *name, const char *tail);
/* Each project's folder in the site, by index in f->projects: "" of one
 * project, else its unique slug and '/' ("ledgerline/"); the site and the
 * report's links to it take them from here. */
char **view_project_prefixes(const prr_figures *f);
void view_project_prefixes_free(const prr_figures *f, char **prefixes);
/* The project's components, sorted, their slugs, and where each is in
 * each review (pg->kof, pg->at); view_page_free frees them. */
void view_collect_components(page *pg);
void view_page_free(page *pg);

/* The index in comp_names of component `j` of review `i`, or -1. */
static inline int comp_of(const page *pg, size_t i, size_t j)
{
	return pg->kof[i][j];
}

/*** Pieces shared by pages (view_parts.c) ***/

/* The stated-vs-found rows (all, or the disagreements only). */
enum audit_rows { AUDIT_ALL, AUDIT_DISAGREE, AUDIT_AGREE };

/* The headline of review `i` of the project; with `mark_latest`, whether
 * it is the latest. */
void view_put_headline(prr_vnode *c, const page *pg, size_t i, bool mark_latest);
/* Sets `k` of `o` to "N of M checks pass"; with no check that applies,
 * "no component checks", and then, where `stated` (may be NULL) holds
 * components' own statuses, what they are: "no component checks; as
 * stated, 2 of 3 components pass, 1 failing". */
void view_put_checks(prr_vnode *o, const char *k, const prr_tally *checks,
		     const prr_tally *stated);
/* "ready_but" of `o`: "though 1 blocker is open", where prr computes Ready
 * from the checks while blockers are open (a level the blockers
 * contradict is shown with them). */
void view_put_ready_but(prr_vnode *o, const prr_scorecard *s);
/* The trend of readiness over the project's reviews: chart and table. */
void view_put_trend(prr_vnode *c, const page *pg);
/* The component x category matrix of review `ri`, and the checks' notes. */
void view_put_heatmap(prr_vnode *c, const page *pg, size_t ri, bool in_review);
/* Findings by severity, at most `max`; returns how many there are. */
size_t view_put_findings(prr_vnode *c, const char *key, const prr_review *r,
			 bool serious_only, size_t max);
/* The blockers, at most `max`; returns how many there are. */
size_t view_put_blockers(prr_vnode *c, const prr_scorecard *s, size_t max);
/* The status a checklist item is shown with: done passes; an open item is
 * as its mark says (failed, partial, not applicable), else pending. */
prr_status view_item_status(const prr_checkitem *it);
/* "items_open": the checklist items that fail or are partial ("Gate 2 —
 * Security review ❌ FAILED"), each {list, text, note, status,
 * status_class, symbol}, at most `max`, and "has_items_open"; returns how
 * many there are. */
size_t view_put_items_open(prr_vnode *c, const prr_scorecard *s, size_t max);
/* A milestone's planned day where it tells something: beside a due day
 * it differs from, with the slip ("planned": "2026-04-01", "slip": "21
 * days later"); alone when no day is due now. */
void view_put_milestone_planned(prr_vnode *o, const prr_milefig *mf);
/* "slipped": the milestones due on another day than planned, or planned
 * with no day due now, each {name, due, planned, slip, done}, at most
 * `max`, and "has_slipped"; returns how many there are. */
size_t view_put_slipped(prr_vnode *c, const prr_plan *pl, size_t max);
/* The audit rows `which` asks, at most `max`; returns how many match. */
size_t view_put_audit(prr_vnode *c, const char *key, const prr_audit *a,
		      enum audit_rows which, size_t max);
/* What changed, at most `max` rows; returns how many rows there are. */
size_t view_put_delta_rows(prr_vnode *c, const char *key, const prr_delta *d,
			   bool regressions, size_t max, double ready,
			   double partial);
/* "changes": the rows, findings opened and closed, components added and
 * gone; and, in "mixed", the project's other pairs of reviews that share
 * nothing (delta.c's `unrelated`), as prr warns of them. */
void view_put_delta(prr_vnode *c, const page *pg, const prr_delta *d,
		    size_t max);
/* "mixed": the project's pairs of reviews that share no component and no
 * dimension, besides the pair `d` compares (which may be NULL). */
void view_put_mixed(prr_vnode *o, const page *pg, const prr_delta *d);
/* Links to the `max` latest reviews before `upto`, newest first;
 * `current` marked; where there are more, "reviews_more" says how many
 * and links the overview's list of them all (an archived copy lists them
 * without links unless the base URL is known: see view_put_site_href). */
void view_put_review_links(prr_vnode *c, const page *pg, size_t current,
			   size_t upto, size_t max);
/* How many earlier reviews a review's page links. */
#define VIEW_EARLIER_REVIEWS 10

/*** The repository's word on a review, or what it cites (view_evid.c) ***/

/* One evidence item as written (path, claim, token, absent, planned,
 * line) and, when the repository judged it (`it` may be NULL), its
 * verdict, the path it resolved to, "first" and "last" commits and, unless
 * confirmed, "why". */
void view_put_evitem(prr_vnode *o, const prr_evidence *e, const prr_evitem *it);
/* "evidence": the items of `comp` (a component of rf's review), judged
 * when the repository was read, and "has_evidence"; with a repository,
 * "checked_at" and "stale" (its commits since the review).  When `comp`
 * cites nothing and its review cites paths elsewhere, "elsewhere": their
 * number in words ("paths") and the href of the review page's list. */
void view_put_comp_evidence(prr_vnode *c, const page *pg, const prr_revfig *rf,
			    const prr_component *comp);
/* "evidence" of review `i`, judged by the repository: the counts, the
 * items not confirmed ("open"), the confirmed ones (at most `max` of
 * each), and the components changed since ("changed"); returns how many
 * items are not confirmed.  Without a repository, "cited" instead, unless
 * the review cites nothing: a "summary" of the paths and every item as
 * written with its "owner" ("story S-1", "component API"), in the order
 * evidence.h numbers them (at most `max`); returns how many items it
 * cites. */
size_t view_put_review_evidence(prr_vnode *c, const page *pg, size_t i,
				size_t max);

/*** Pages (view_review.c, view_comp.c, view_plan.c) ***/

/* Each builds its page and hands it to view_page_emit; 0 or -1. */
int view_page_review(page *pg, size_t i, prr_buf *err);
int view_page_review_component(page *pg, size_t i, size_t j);
int view_page_component(page *pg, size_t k);
int view_page_waves(page *pg);
int view_page_timeline(page *pg);
/* "plan": planned and unplanned work, the waves (at most `max`), the
 * claims about the plan. */
void view_put_plan(prr_vnode *c, const prr_plan *pl, size_t max);

#endif
