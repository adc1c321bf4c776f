/*
 * gate.h - the CI gate (`prr gate`): the latest review of each project
 * against the conditions of its prr.json's "gate" and the command line.
 *
 * Each condition compares the figure as prr prints it, rounded as the pages
 * show it (prr_pct_shown, prr_tenths_shown in figures.h): readiness 95.56 %
 * is shown, compared and printed as 96 %, so `--min-readiness 95.6` passes
 * and a failure never reads "95.6% is below 95.6%".  A failed condition
 * names what fails it, each with its line in the review and the file that
 * line is in where prr knows it:
 *
 *   min_readiness      the components shown below the limit
 *   min_score          the dimensions scored below the limit (of 10)
 *   max_critical       the open critical findings (ID and title)
 *   no_regressions     each figure, component and check that regressed
 *   max_disagreements  each claim the document or the repository disagrees
 *                      with (stated vs found)
 *   min_verdict        the document's own verdict line (kind "verdict", its
 *                      status text, at the review's status_line)
 *
 * min_verdict compares the verdict the document states (prr_review.level),
 * not the level prr computes: not ready < partial < ready.  Its value and
 * limit are those levels as numbers, PRR_GATE_VERDICT_* (NaN when the
 * document states none).
 *
 * A condition prr could not wholly check is not failed for that alone but
 * carries a warning (`checked` false) the command prints on stderr:
 * max_disagreements when the review cites evidence (paths, commits) and no
 * repository was read -- only the document's own claims were compared --,
 * no_regressions when the project has a single review, and min_verdict
 * when the document states no verdict.
 *
 * A document whose verdict is not ready while no min_verdict condition
 * looks at it is not failed either (its figures may pass): its project
 * carries a `warning` naming the verdict's line, for the command to print.
 *
 * Memory: everything lives in the report's arena; strings from the reviews
 * are borrowed (keep the figures and the review set alive).
 */
#ifndef PRR_GATE_H
#define PRR_GATE_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/arena.h"
#include "prr/figures.h"
#include "prr/reviews.h"

typedef enum prr_gate_cond {
	PRR_GATE_MIN_READINESS = 0,
	PRR_GATE_MIN_SCORE,
	PRR_GATE_MAX_CRITICAL,
	PRR_GATE_NO_REGRESSIONS,
	PRR_GATE_MAX_DISAGREEMENTS,
	PRR_GATE_MIN_VERDICT,
	PRR_GATE_COND_COUNT
} prr_gate_cond;

/* The condition's name as prr.json's "gate" spells it ("min_readiness"). */
const char *prr_gate_cond_name(prr_gate_cond c);

/* min_verdict's value and limit: the document's verdict as a number. */
#define PRR_GATE_VERDICT_NOT_READY 0
#define PRR_GATE_VERDICT_PARTIAL 1
#define PRR_GATE_VERDICT_READY 2

/* One thing that fails a condition. */
typedef struct prr_gate_item {
	const char *kind;   /* "component", "dimension", "finding", "check",
			       "figure", "claim", "verdict" */
	const char *id;     /* a finding's ID, or NULL */
	const char *name;   /* component, dimension, finding title, figure,
			       claim, the verdict's status text */
	const char *detail; /* "25% (0 of 2 checks pass, …)", "pass -> fail",
			       "stated …; found …", "not ready", or NULL */
	const char *file;   /* the review file the line is in, or NULL */
	int line;           /* in that file; 0 when unknown */
} prr_gate_item;

/* One condition of one project's latest review. */
typedef struct prr_gate_result {
	const char *project, *date;
	const prr_review *review;
	prr_gate_cond cond;
	double value;        /* as compared: rounded as shown; NaN unknown */
	double exact;        /* unrounded */
	double limit;
	bool passed;
	bool checked;        /* false: see `warning` */
	const char *message; /* "readiness 25% is below 80%"; when passed,
				"readiness 96% (at least 80%)" */
	const char *warning; /* why it was not wholly checked, or NULL */
	prr_gate_item *items; /* what fails it (none when passed) */
	size_t n_items;
} prr_gate_result;

/* One project's latest review against its conditions. */
typedef struct prr_gate_project {
	const char *project, *date;
	size_t figs;         /* its index in the figures' projects */
	int conditions;      /* set for it */
	int failed, unchecked;
	size_t first, n;     /* its results: v[first .. first + n) */
	/* the document says not ready and no min_verdict condition looked at
	 * it: "the document's verdict is not ready (\"NO-GO\"), and no
	 * condition looks at it (--min-verdict partial would fail it)", with
	 * the verdict's line in `verdict`; else NULL */
	const char *warning;
	prr_gate_item verdict;
} prr_gate_project;

typedef struct prr_gate_report {
	prr_arena arena;
	prr_gate_result *v;  /* by project, then condition */
	size_t n, cap;
	prr_gate_project *projects; /* in the order of the figures */
	size_t n_projects;
	int conditions;      /* conditions set, over every project */
	int failed;          /* results that failed */
	int unchecked;       /* results with a warning */
	int warnings;        /* projects with a warning */
	int projects_failed; /* projects with a failed result */
} prr_gate_report;

/*
 * Checks the latest review of each project of `f` against its own
 * conditions: `conds[i]` for f->projects[i] (each project's prr.json,
 * prr_reviews_config, with the command line's options over it).  `set`
 * (may be NULL) is the review set `f` was computed from: it gives the file
 * of each item's line.  Free the report with prr_gate_report_free.
 */
void prr_gate_run(prr_gate_report *out, const prr_figures *f,
		  const prr_reviews *set, const prr_gate *conds);
void prr_gate_report_free(prr_gate_report *r);

#endif
