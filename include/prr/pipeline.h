/*
 * pipeline.h - the stages in order, for the commands that compute figures.
 *
 *   load     the review files and prr.json          (reviews.h, load.h)
 *   git      the reviewed repository, when named    (gitfacts.h -> facts.h)
 *   compute  every figure                           (figures.h)
 *
 * and then the commands hand the figures to the view (view.h) and the
 * output stage (site.h, report_md.h, gate.h).  Each stage reads only what
 * the one before it produced: compute sees the repository only as the
 * plain structs of facts.h.  The command line stays in cli.h and the
 * commands; what it decides arrives here as prr_pipeline_opts.
 */
#ifndef PRR_PIPELINE_H
#define PRR_PIPELINE_H

#include <stdbool.h>

#include "prr/diag.h"
#include "prr/figures.h"
#include "prr/reviews.h"

typedef struct prr_pipeline_opts {
	const char *against;      /* compare the latest review with this date */
	/* the reviewed repository (NULL: prr.json's `repo`, unless no_repo),
	 * its project root and the history cache (NULL: REVIEWS/.prr-cache) */
	const char *repo, *root, *cache_dir;
	bool no_repo;
	bool all_branches;        /* planned files looked for on every branch */
	bool progress;            /* progress lines on stderr */
	unsigned review_flags;    /* prr_reviews_load's (--allow-outside) */
	const char *review_date;  /* --date: of documents that state none */
} prr_pipeline_opts;

struct prr_gitfacts;

typedef struct prr_pipeline {
	prr_reviews set;             /* the reviews and their prr.json */
	struct prr_gitfacts *facts;  /* what the repository gave, or NULL */
	prr_figures *figures;        /* every figure; NULL until computed */
} prr_pipeline;

/*
 * Loads the reviews of `paths` (none: ./reviews if it is a folder, else
 * .), reads the reviewed repository when one is named (o->repo, else
 * prr.json's `repo`: one named there that cannot be opened is a warning,
 * one named by the caller an error) and computes the figures.  `p` starts
 * zeroed.  Returns 0, or -1 with the problems in `d`; free `p` with
 * prr_pipeline_free either way.
 */
int prr_pipeline_run(prr_pipeline *p, char *const *paths, int n_paths,
		     const prr_pipeline_opts *o, prr_diags *d);
void prr_pipeline_free(prr_pipeline *p);

#endif
