/* pipeline.c - load, git, compute: see include/prr/pipeline.h. */
#include "prr/pipeline.h"

#include <stdlib.h>

#include "prr/fsutil.h"
#include "prr/gitfacts.h"

/* Reads the repository for the set's reviews into p->facts; 0 without one
 * or when only prr.json named it and it failed (a warning), -1 on error. */
static int read_repository(prr_pipeline *p, const prr_pipeline_opts *o,
			   prr_diags *d)
{
	const prr_reviews *set = &p->set;
	const char *repo = o->repo;
	if (!repo && !o->no_repo)
		repo = set->config->repo;
	if (!repo)
		return 0;
	prr_buf err = PRR_BUF_INIT;
	char *cache = o->cache_dir ? prr_xstrdup(o->cache_dir)
				   : prr_reviews_cache_dir(set->dir, d);
	prr_gitfacts_opts go = { repo, o->root ? o->root : set->config->root,
				 cache, o->progress, o->all_branches };
	prr_gitfacts *facts = prr_xcalloc(1, sizeof *facts);
	int rc = prr_gitfacts_collect(facts, set, &go, &err);
	if (rc == 0) {
		p->facts = facts;
	} else {
		if (o->repo)
			prr_diag_add(d, PRR_DIAG_ERROR, NULL, NULL, 0, 0, "%s", err.p);
		else
			prr_diag_add(d, PRR_DIAG_WARNING, set->config->path, NULL, 0, 0,
				     "%s; going on without the repository", err.p);
		prr_gitfacts_free(facts);
		free(facts);
		rc = o->repo ? -1 : 0;
	}
	free(cache);
	prr_buf_free(&err);
	return rc;
}

/* Reviews taken as one project that share nothing with the one before
 * them: said, so that a folder of unrelated documents is not one trend. */
static void warn_unrelated(const prr_figures *f, prr_diags *d)
{
	for (size_t i = 0; i < f->n_projects; i++) {
		const prr_project_figs *p = &f->projects[i];
		for (size_t k = 1; k < p->n; k++) {
			const prr_review *r = p->reviews[k].review, *b = p->reviews[k - 1].review;
			if (!p->reviews[k].since || !p->reviews[k].since->unrelated)
				continue;
			prr_diag_add(d, PRR_DIAG_WARNING, r->source_file, NULL, 0, 0,
				     "this review (%s) shares no component and no "
				     "dimension with the one before it (%s, %s): they "
				     "look like reviews of different systems, and what "
				     "changed between them compares different things; "
				     "give each system its own folder with a prr.json, "
				     "or a 'project' field", r->date, b->date,
				     b->source_file ? b->source_file : "");
		}
	}
}

int prr_pipeline_run(prr_pipeline *p, char *const *paths, int n_paths,
		     const prr_pipeline_opts *o, prr_diags *d)
{
	static const prr_pipeline_opts none = { 0 };
	char *fallback[1] = { prr_is_dir("reviews") == 1 ? "reviews" : "." };
	if (!o)
		o = &none;
	if (n_paths == 0) {
		paths = fallback;
		n_paths = 1;
	}
	/* a review file in the reviewed repository that states no date is
	 * dated by the commit that added it */
	prr_gitdater dater = { o->repo, o->cache_dir, NULL, o->no_repo };
	prr_load_opts lo = { o->review_flags, o->review_date,
			     prr_gitdater_date, &dater };
	int loaded = prr_reviews_load(&p->set, paths, n_paths, &lo, d);
	prr_gitdater_free(&dater);
	if (loaded < 0 || read_repository(p, o, d) < 0)
		return -1;
	prr_figures_input in = { .against = o->against };
	if (p->facts)
		prr_gitfacts_facts(p->facts, &in.facts);
	prr_buf err = PRR_BUF_INIT;
	int rc = prr_figures_compute(&p->figures, &p->set, &in, &err);
	if (rc < 0)
		prr_diag_add(d, PRR_DIAG_ERROR, NULL, NULL, 0, 0, "%s", err.p);
	else if (p->facts)
		p->figures->repo = prr_arena_strdup(&p->figures->arena,
						    o->repo ? o->repo : p->set.config->repo);
	if (rc == 0)
		warn_unrelated(p->figures, d);
	prr_buf_free(&err);
	return rc;
}

void prr_pipeline_free(prr_pipeline *p)
{
	prr_figures_free(p->figures);
	if (p->facts) {
		prr_gitfacts_free(p->facts);
		free(p->facts);
	}
	prr_reviews_free(&p->set);
	p->figures = NULL;
	p->facts = NULL;
}
