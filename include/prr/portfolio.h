/*
 * portfolio.h - many projects on one page: the badge of a set of several
 * projects, and `prr portfolio`, which merges the data.json of sites
 * built elsewhere (one per project's CI) into one portfolio site.
 *
 * A data.json is read only when its "method" is PRR_METHOD (figures.h):
 * figures of another method or format version are refused, naming the
 * file and the method, never mixed.  Of each project the latest review is
 * summed up: level, readiness (and its change since the review before),
 * the dimension score and the overall scores its document states,
 * blockers, what regressed, open findings.  The index lists the projects
 * by what needs attention first: most blockers, then most regressions,
 * then lowest readiness, then name.
 */
#ifndef PRR_PORTFOLIO_H
#define PRR_PORTFOLIO_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/buf.h"
#include "prr/diag.h"
#include "prr/model.h"

typedef struct prr_pf_project {
	char *name;       /* the project, as its data.json names it */
	char *source;     /* the data.json it came from */
	char *href;       /* its own site, or NULL: not linked */
	char *date;       /* the latest review's date */
	bool date_given;  /* ... given at import: the document states none */
	prr_level level;  /* prr's level of the latest review */
	prr_level stated; /* its document's verdict, or UNKNOWN */
	double readiness; /* percent, or NAN when unknown */
	double ready, partial; /* its levels' thresholds, %, or NAN */
	double change;    /* since the review before, or NAN */
	double score, score_high; /* the dimension score (of 10), or NAN */
	size_t n_stated_scores;   /* the overall scores its document states */
	prr_score stated_score;   /* the one it states when it states one
				   * (else value NAN, grade NULL); no label
				   * or line; grade owned */
	size_t blockers, regressed, open, critical, reviews;
} prr_pf_project;

/* The level a project's row shows: its document's verdict where it states
 * one, else prr's (the row shows prr's beside it when they differ). */
static inline prr_level prr_pf_shown(const prr_pf_project *e)
{
	return e->stated != PRR_LEVEL_UNKNOWN ? e->stated : e->level;
}

typedef struct prr_portfolio {
	prr_pf_project *v;
	size_t n, cap;
} prr_portfolio;

/*
 * Adds the projects of data.json `path` (a file, or a site folder holding
 * one); each links to `href` when not NULL.  A project already in `p` is
 * an error (two sites of one project are not merged).  Returns 0, or -1
 * with the problem in `d` (FILE:LINE:COL; `p` keeps what it had).
 */
int prr_portfolio_add(prr_portfolio *p, const char *path, const char *href,
		      prr_diags *d);
/* Orders the projects by what needs attention (see above). */
void prr_portfolio_sort(prr_portfolio *p);
/* The merged summary as JSON: {"method": PRR_METHOD, "portfolio": [...]}. */
void prr_portfolio_json(prr_buf *out, const prr_portfolio *p);
/*
 * The badge of `n` projects of which `not_ready` are not ready and
 * `partial` partially ready: "portfolio | 12 projects, 2 not ready",
 * coloured by the worst level.
 */
void prr_portfolio_badge(prr_buf *out, size_t n, size_t not_ready,
			 size_t partial, size_t unknown);
void prr_portfolio_free(prr_portfolio *p);

#endif
