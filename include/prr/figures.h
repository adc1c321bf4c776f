/*
 * figures.h - the compute stage: every figure prr shows, defined once.
 *
 * Loaders fill the review model; this stage reads it and computes, with
 * no files, no clock and no formatting:
 *
 *   score.c     scorecard per review: component x category matrix,
 *               readiness, levels, dimension score, checklists, findings,
 *               blockers, waivers
 *   plan.c      plan versus actual per wave and in total, scope growth,
 *               stated completion figures, planned versus actual windows
 *               (deliveries cut at the review's date), the plan across
 *               reviews, milestones' slips from their planned days
 *   timeline.c  one ordered list of dated events, estimate slip series
 *   audit.c     "what the document says vs what prr finds"
 *   delta.c     trends across reviews, the delta between two reviews
 *   figures.c   all of it for a review set, as one struct
 *
 * Written out as JSON by figures_json.h, on the output side.
 *
 * The formulas are written out in README ("How prr computes its
 * figures"); the rules have a version, PRR_METHOD, stamped into every
 * JSON output and report.  Change a formula: change the version.
 *
 * Memory: every struct below lives in the arena it was computed into
 * (prr_figures.arena for a whole set).  Strings that come from the model
 * are borrowed from the reviews' arenas: keep the review set alive as long
 * as the figures.  Percentages are 0-100, unrounded; NaN when there is
 * nothing to divide by (prr_has()).  Dates are YYYY-MM-DD.
 */
#ifndef PRR_FIGURES_H
#define PRR_FIGURES_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/arena.h"
#include "prr/buf.h"
#include "prr/config.h"
#include "prr/facts.h"
#include "prr/jobs.h"
#include "prr/model.h"
#include "prr/reviews.h"

/* The scoring rules' version; see README "How prr computes its figures". */
#define PRR_METHOD "prr-score/1"

/*
 * A figure as the pages and the report show it, for whatever compares what
 * a reader sees (the gate, gate.h): a percentage as a whole number, halves
 * to even as "%.0f" prints it (95.56 is 96, 94.5 is 94), but to a tenth
 * where the whole number would carry it across a line it does not reach:
 * a level's threshold `ready` or `partial` (NaN: none), 100 when it is
 * below, 0 when it is above (79.63 with ready at 80 is 79.6, not an "80%"
 * beside "partially ready"; 99.7 is 99.7; 0.3 is 0.3); a tenth that would
 * still cross is cut toward the figure (79.97 is 79.9).  prr_pct_places
 * gives its decimals for printf's "%.*f".  A score in tenths, halves away
 * from zero as prr_buf_add_tenths prints it (8.25 is 8.3).
 */
double prr_pct_shown_at(double v, double ready, double partial);
static inline double prr_pct_shown(double v) { return prr_pct_shown_at(v, NAN, NAN); }
static inline int prr_pct_places(double shown) { return shown == rint(shown) ? 0 : 1; }
static inline double prr_tenths_shown(double v) { return round(v * 10) / 10; }
/* That percentage as text, "62%" or "99.7%", at `buf` (n bytes); its
 * length.  Every percentage a page, the report, the audit or the gate
 * shows of a share is written by it, so one figure never shows two ways. */
size_t prr_pct_text(char *buf, size_t n, double v, double ready, double partial);

/*** Scorecard (score.c) ***/

/*
 * Counts of checks by status.  Applicable = pass + partial + fail +
 * pending; `na` and `unknown` are not applicable (an active waiver makes a
 * check na and counts it in `waived` too).  tests_* sum the passed/total
 * counts of checks that carry them ("11/11").
 */
typedef struct prr_tally {
	int pass, partial, fail, pending, na, unknown;
	int waived;
	long tests_passed, tests_total;
} prr_tally;

int prr_tally_applicable(const prr_tally *t);
/* (pass + partial/2) / applicable * 100, NaN when nothing applies. */
double prr_tally_readiness(const prr_tally *t);
void prr_tally_add(prr_tally *t, prr_status s);

/* The level a readiness gives: >= ready, >= partial, else not-ready;
 * unknown for NaN. */
prr_level prr_level_of(double readiness, double ready, double partial);

/*
 * The status a check counts as, before waivers: its status word; without
 * one (unknown) but with counts: pass when passed == total > 0, fail when
 * passed == 0 < total, partial otherwise; unknown when neither.  Sets
 * `*from_counts` (may be NULL) when the counts decided.
 */
prr_status prr_check_status(const prr_check *c, bool *from_counts);

/* A waiver of prr.json as it applies to one review. */
typedef enum prr_waiver_state {
	PRR_WAIVER_ACTIVE = 0, /* review date <= expires (or no expiry) */
	PRR_WAIVER_EXPIRED     /* review date > expires: counts again */
} prr_waiver_state;

typedef struct prr_waived {
	const prr_waiver *waiver;
	prr_waiver_state state;
	const char *component, *category; /* the check waived, or NULL */
	const char *finding;              /* the finding waived (its title) */
	prr_status status;                /* what the check would count as */
	int line;                         /* of the check or finding */
} prr_waived;

typedef struct prr_checkfig {
	const prr_check *check;
	prr_status status;   /* as counted: after counts and waivers */
	bool from_counts;    /* the status came from passed/total */
	int waived;          /* index into scorecard.waived, or -1 */
	int column;          /* its category's index in scorecard.categories,
			      * or -1 without a category */
} prr_checkfig;

typedef struct prr_compfig {
	const prr_component *component;
	const char *name;
	prr_checkfig *checks;
	size_t n_checks;
	prr_tally tally;
	double readiness;    /* % */
	prr_level level;
	/* the level the document states of it, by the status it gives the
	 * component: pass ready, partial partially ready, fail not ready;
	 * unknown for none, pending or n/a */
	prr_level stated;
	int *cells;          /* per scorecard category: index into checks or -1 */
} prr_compfig;

typedef struct prr_dimfig {
	const prr_dimension *dimension;
	double norm, norm_high; /* score / max, high / max (0-1) */
	double weight;
	const char *weight_from; /* "config", "document" or "equal" */
} prr_dimfig;

/* The weighted dimension score on a 0-10 scale, low-high. */
typedef struct prr_dimscore {
	double value, high;  /* NaN when the review has no dimensions */
	double percent, percent_high;
	prr_dimfig *dims;
	size_t n;
} prr_dimscore;

typedef struct prr_listfig {
	const prr_checklist *list;
	int done, partial, total; /* total: the items that apply */
	int na;                   /* items marked not applicable */
	int unknown;              /* items whose written status prr could
				   * not read: not counted in total */
	double percent; /* done / total * 100 */
} prr_listfig;

typedef struct prr_blocker {
	const char *kind;    /* "finding" or "component" */
	const char *name;
	const char *why;     /* "critical", "blocking", "named-in-verdict",
			      * "not-ready" */
	const prr_finding *finding; /* the finding (its ID, severity), or NULL */
	int line;
} prr_blocker;

typedef struct prr_scorecard {
	const prr_review *review;
	double ready, partial;   /* thresholds used, % */
	const char **categories; /* the matrix columns, first-seen order */
	size_t n_categories;
	prr_compfig *comps;
	size_t n_comps;
	prr_tally tally;         /* every check of every component */
	prr_tally stated;        /* the components' own statuses, as the
				  * document states them (those it states) */
	double readiness;        /* % overall */
	prr_level level;
	prr_dimscore dims;
	prr_listfig *lists;
	size_t n_lists;
	int findings[PRR_SEV_COUNT]; /* open (not waived) findings by severity */
	int findings_open, findings_waived;
	bool *finding_waived;    /* per review finding: an active waiver covers it */
	prr_blocker *blockers;
	size_t n_blockers;
	prr_waived *waived;      /* active and expired waivers that matched */
	size_t n_waived;
} prr_scorecard;

/* Computes the scorecard of `r` with the thresholds, weights and waivers
 * of `c` (NULL: defaults) into `a`. */
void prr_score_review(prr_scorecard *out, prr_arena *a, const prr_review *r,
		      const prr_config *c);

/*
 * True when prr lists no blocker for the review of `s` although its
 * verdict speaks of something open, so that "no blockers" would mislead:
 * the verdict states Not ready or Partially ready ("NO-GO until ORD-12
 * lands", "Conditional go"), names critical or high issues or a blocker
 * without denying them ("two high findings are open", not "no critical
 * issues" nor "0 high findings"), or names a finding's ID prr does not
 * hold ("Go once F-3 is fixed", F-3 not imported as a finding).  Pages and
 * reports then say "none that prr can list" beside the verdict's words,
 * never "None" alone.
 */
bool prr_score_verdict_unlisted(const prr_scorecard *s);

/*** Plan versus actual (plan.c) ***/

typedef struct prr_planrow {
	int stories, stories_pointed; /* stories; those with points */
	double points, delivered, partial, missing;
	double strict, half;          /* %, NaN without points */
	int delivered_stories, partial_stories;
} prr_planrow;

typedef struct prr_wavefig {
	const prr_wave *wave;
	prr_planrow row;
	const char *actual_start, *actual_end; /* of its delivered stories */
	bool finished;  /* every story delivered (and at least one) */
	/* its planned window begins after the review's date and nothing of
	 * it is delivered, even in part: not begun, not "0%" (a story of it
	 * may be in progress early, so not "not started") */
	bool not_begun;
	long slip_days; /* actual_end - planned end, of a finished wave; 0
			 * otherwise */
	bool has_slip;
} prr_wavefig;

/* A completion figure the document states, against the computed ones. */
typedef struct prr_planclaim {
	const char *claim, *stated;
	double stated_percent; /* NaN when the text holds no "N%" */
	bool agrees_strict, agrees_half; /* within 0.5 points; a count (no
					  * "N%") agrees as the document's own
					  * audit claim does (prr_claim.agrees) */
	int line;
} prr_planclaim;

/* A milestone's slip: the days from the day it was planned for to the
 * day it is due now, when the review states both (prr_milestone.planned
 * and .due, and they differ); later is positive, earlier negative. */
typedef struct prr_milefig {
	const prr_milestone *milestone;
	long slip_days;
	bool has_slip;
} prr_milefig;

typedef struct prr_plan {
	prr_wavefig *waves;
	size_t n_waves;
	prr_milefig *milestones; /* one per review milestone, in its order */
	size_t n_milestones;
	prr_planrow planned;   /* over planned waves */
	prr_planrow unplanned; /* scope growth: unplanned waves */
	int unplanned_waves;
	bool not_begun;      /* every planned wave is (prr_wavefig) */
	double growth_percent; /* unplanned points / planned points * 100 */
	prr_planclaim *claims;
	size_t n_claims;
} prr_plan;

/*
 * The plan of `r` against deliveries `dv` (may be none).  A delivery
 * counts when it is dated on or before `upto` (YYYY-MM-DD; NULL: every
 * one): a review's own figures take its date, so what the repository
 * delivered after a review never shows as delivered by it.
 */
void prr_plan_compute(prr_plan *out, prr_arena *a, const prr_review *r,
		      const prr_delivery *dv, size_t n_dv, const char *upto);

/*** Audit (audit.c) ***/

typedef struct prr_auditrow {
	const char *source;  /* "document" (import claims), "evidence",
			      * "plan" (a stated completion percentage
			      * against the plan's computed figures) or
			      * "verdict" */
	const char *claim, *stated, *found;
	bool agrees;
	int line;
} prr_auditrow;

typedef struct prr_audit {
	prr_auditrow *rows;
	size_t n;
	int disagreements;
	/* the figure the stated verdict rests on, found false: the first
	 * row that disagrees from the verdict's own line, other than the
	 * verdict row ("All 12 pre-flight checks pass and we are ready",
	 * 11 of 12 pass); NULL none (prr_audit_basis) */
	const prr_auditrow *basis;
} prr_audit;

void prr_audit_build(prr_audit *out, prr_arena *a, const prr_review *r,
		     const prr_claimcheck *ev, size_t n_ev, bool latest);

/*
 * Adds the document's own verdict against the level its checks give, when
 * both are known: a review that says "NOT production ready" over checks
 * that compute as ready (or the other way) is a disagreement, shown with
 * both figures, never one silently preferred.
 */
void prr_audit_verdict(prr_audit *au, prr_arena *a, const prr_review *r,
		       const prr_scorecard *s);

/*
 * Adds each completion percentage the document states for its plan
 * ("Overall Status: 85% Complete") against the computed delivered share
 * of the planned points, strict and with half credit for partial work
 * (it agrees when either is within half a point), so that whatever sums
 * up the disagreements counts these too.  Counts the plan states ("Story
 * Points: 91") are the document's own claims, in the audit already.
 */
void prr_audit_plan(prr_audit *au, prr_arena *a, const prr_plan *p);

/*
 * Sets au->basis when the review states a verdict and a row of the audit
 * that disagrees, stating a figure (a count, a percentage, a total), comes
 * from the verdict's own line: the verdict rests on a figure prr finds
 * false, which the headline then says, whatever level the checks give.
 * Call it after the last row is added.
 */
void prr_audit_basis(prr_audit *au, const prr_review *r);

/*** A review's figures ***/

typedef struct prr_revfig {
	const prr_review *review;
	prr_scorecard score;
	prr_plan plan;
	prr_audit audit;
	/* where its evidence was checked (NULL: no repository read) */
	const char *checked_at;
	bool predates;
	/* what changed since the project's review before (NULL: the first) */
	const struct prr_delta *since;
	const prr_revgit *git; /* its evidence judged, its stale components;
				* NULL: no repository read */
	/* per section of the review, flags of prr_read_kind: what prr read
	 * from it into these figures (sections_read.c) */
	const uint16_t *sections_read;
} prr_revfig;

/* What a section's lines went into: the flags of prr_revfig.sections_read. */
typedef enum prr_read_kind {
	PRR_READ_SCORECARD = 0, PRR_READ_SCORES, PRR_READ_DIMENSIONS,
	PRR_READ_FINDINGS, PRR_READ_CHECKLISTS, PRR_READ_MILESTONES,
	PRR_READ_ESTIMATES, PRR_READ_RISKS, PRR_READ_PLAN, PRR_READ_TABLES,
	PRR_READ_DETAILS, PRR_READ_KINDS
} prr_read_kind;

/* Each section of `r` (n_sections + 1 flags, in `a`): the kinds of what
 * it holds with a line in it (a section holds the lines from its heading
 * to the next), so a heading whose body all went into the figures can
 * say where it went. */
uint16_t *prr_sections_read(prr_arena *a, const prr_review *r);

/*** Timeline (timeline.c) ***/

typedef enum prr_event_kind {
	PRR_EV_REVIEW = 0,
	PRR_EV_MILESTONE_DUE,
	PRR_EV_MILESTONE_DONE,
	PRR_EV_ESTIMATE,
	PRR_EV_TAG,
	PRR_EV_COMMITS,
	PRR_EV_KIND_COUNT
} prr_event_kind;

const char *prr_event_kind_name(prr_event_kind k); /* "review", … */

typedef struct prr_event {
	const char *date;
	prr_event_kind kind;
	const char *label;
	double value, high;  /* review: readiness %, dimension score; estimate:
				low-high; commits: count */
	const char *unit;    /* estimates */
	prr_level level;     /* review: its computed level */
	const char *review;  /* date of the review it comes from, or NULL */
	int line;
} prr_event;

/* One estimate revised over time: 11 -> 14-17 -> 10-13 weeks. */
typedef struct prr_slip {
	const char *label, *unit;
	prr_event *points;   /* kind PRR_EV_ESTIMATE, in revision order */
	size_t n;
} prr_slip;

typedef struct prr_timeline {
	prr_event *events;   /* by date, then kind, then source order */
	size_t n;
	prr_slip *slips;
	size_t n_slips;
} prr_timeline;

/*
 * Builds the timeline of one project's reviews (by date).  Commit times
 * (seconds since the epoch, UTC) become one event per ISO week (dated its
 * Monday, label "2026-W07"); tags one event each.  Both are optional.
 */
void prr_timeline_build(prr_timeline *out, prr_arena *a,
			const prr_revfig *revs, size_t n,
			const long long *commit_times, size_t n_commits,
			const prr_tagdate *tags, size_t n_tags);

/* ISO week of a day count since 1970-01-01: sets year, week, and the
 * Monday's day count. */
void prr_iso_week(long days, int *year, int *week, long *monday);

/*** Trends and delta (delta.c) ***/

typedef struct prr_trend {
	const char *kind;   /* "readiness", "dimension-score", "dimension",
			       "component", "findings", "score" */
	const char *name;
	double *values;     /* one per review of the project, NaN if absent */
	/* a component's: the status each review states of it ("fail"), NULL
	 * where it states none; NULL when no review states one */
	const char **stated;
	size_t n;
} prr_trend;

typedef enum prr_change {
	PRR_SAME = 0,
	PRR_IMPROVED,
	PRR_REGRESSED,
	PRR_ADDED,
	PRR_GONE
} prr_change;

const char *prr_change_name(prr_change c);

typedef struct prr_deltarow {
	const char *kind;   /* "verdict" (the documents' own, as they word
			       it), "readiness", "dimension-score",
			       "stated-score" (the one score each review
			       states, on one scale), "dimension",
			       "component", "component-status" (the status
			       each states of it), "check", "severity" (of
			       a finding both have), "findings" */
	const char *name;   /* "Ledger Service", "API Gateway / Capacity",
			       a finding's id, else its title */
	double before, after;
	const char *before_text, *after_text; /* statuses, for checks,
					       * component statuses and
					       * severities */
	double scale;       /* a stated score's (100 for "71 / 100"), NaN
			     * otherwise */
	prr_change change;
} prr_deltarow;

typedef struct prr_delta {
	const char *before, *after; /* review dates */
	prr_deltarow *rows;         /* every figure that changed */
	size_t n;
	int improved, regressed;
	const prr_finding **opened, **closed;
	size_t n_opened, n_closed;
	const char **comps_added, **comps_gone;
	size_t n_added, n_gone;
	/* components of the earlier review that the later one has not as
	 * components but still names (a checklist's title or section, a
	 * heading, a finding's component: a change of layout), each with
	 * where ("a checklist", "a heading", "a finding"): not gone, and not
	 * compared */
	struct prr_named {
		const char *name, *as;
		size_t index; /* in the earlier review's scorecard.comps:
			       * ascending */
	} *comps_named;
	size_t n_named;
	/* the change of the one score both reviews state (after - before, on
	 * its scale: 71/100 to 88/100 is +17), NaN when either states none or
	 * several, a range, or another scale than the other */
	double score_change;
	/* dimensions and components both reviews have (by name), and whether
	 * each has any: two reviews that both have some and share none are
	 * likely of different systems, and their changes compare nothing */
	size_t shared;
	bool unrelated;
} prr_delta;

/* What changed from `before` to `after` (matched by name, prr_name_eq). */
void prr_delta_compute(prr_delta *out, prr_arena *a, const prr_revfig *before,
		       const prr_revfig *after);

void prr_trend_build(prr_trend **out, size_t *n_out, prr_arena *a,
		     const prr_revfig *revs, size_t n);

/*** A whole set (figures.c) ***/

/*
 * One wave across the reviews of a project, matched by id, else by name
 * (prr_name_eq), in the order first met: how its plan changed from review
 * to review.  Changes are against the last review before that had it.
 */
typedef struct prr_wavestep {
	const prr_wavefig *wave;  /* in this review, or NULL: not there */
	bool has_before;          /* an earlier review had it */
	double points_change;     /* planned points; NaN: not comparable */
	int stories_change;
	long end_moved;           /* days the planned end moved */
	bool has_end_moved;       /* both planned ends are dates */
} prr_wavestep;

typedef struct prr_wavehist {
	const char *id, *name;    /* as first met */
	prr_wavestep *steps;      /* one per review of the project */
} prr_wavehist;

/* The waves of `revs` across them. */
void prr_plan_history(prr_wavehist **out, size_t *n_out, prr_arena *a,
		      const prr_revfig *revs, size_t n);

typedef struct prr_project_figs {
	const char *project;
	const prr_config *config; /* its prr.json (prr_reviews_config), borrowed */
	prr_revfig *reviews; /* by date */
	size_t n;
	/* the latest review's plan against every delivery the repository
	 * knows, after its date too (waves.html: the current state) */
	bool has_current;
	prr_plan current;
	prr_wavehist *waves;  /* the plan across the reviews */
	size_t n_waves;
	prr_trend *trends;
	size_t n_trends;
	bool has_delta;      /* at least two reviews */
	prr_delta delta;     /* latest against the one before, or --against */
	prr_timeline timeline;
} prr_project_figs;

/* Optional inputs: the review to compare the latest with, and what the
 * reviewed repository told (facts.h; all empty without one). */
typedef struct prr_figures_input {
	const char *against;          /* compare the latest with this date */
	prr_facts facts;
} prr_figures_input;

typedef struct prr_figures {
	prr_arena arena;
	/* what the other computing threads allocated (see figures.c) */
	prr_arena more[PRR_JOBS_MAX - 1];
	const char *method;          /* PRR_METHOD */
	const prr_config *config;    /* borrowed */
	const char *repo;            /* the repository read, or NULL */
	const char *head, *head_date; /* its HEAD (short id) and date, or NULL */
	prr_project_figs *projects;
	size_t n_projects;
	/* projects by the level of their latest review (the portfolio badge) */
	size_t by_level[PRR_LEVEL_COUNT];
} prr_figures;

/*
 * Computes every figure of `set` (in: optional, may be NULL).  Returns 0
 * and `*out` (free with prr_figures_free), or -1 with a message in `err`
 * (--against names a date no review has).
 */
int prr_figures_compute(prr_figures **out, const prr_reviews *set,
			const prr_figures_input *in, prr_buf *err);
void prr_figures_free(prr_figures *f);

/* The latest review's figures of a project. */
const prr_revfig *prr_figures_latest(const prr_project_figs *p);

#endif
