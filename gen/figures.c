/* figures.c - every figure of a review set in one struct. */
#include "prr/figures.h"

#include <stdlib.h>
#include <string.h>

/*** Computing ***/

/* Review `at` of the set, `r`; `latest` of its project. */
static void review_figures(prr_revfig *f, prr_arena *a, const prr_review *r,
			   size_t at, const prr_config *c,
			   const prr_figures_input *in, bool latest)
{
	f->review = r;
	prr_score_review(&f->score, a, r, c);
	const prr_facts *g = &in->facts;
	/* git facts cut at the review's date: what was delivered after it
	 * is not delivered on its pages */
	prr_plan_compute(&f->plan, a, r, g->deliveries, g->n_deliveries,
			 r->date);
	if (at < g->n_revgits && g->revgits[at].review == r)
		f->git = &g->revgits[at];
	prr_audit_build(&f->audit, a, r, g->evidence, g->n_evidence, latest);
	prr_audit_plan(&f->audit, a, &f->plan);
	prr_audit_verdict(&f->audit, a, r, &f->score);
	prr_audit_basis(&f->audit, r);
	f->sections_read = prr_sections_read(a, r);
	for (size_t i = 0; i < g->n_revchecks; i++)
		if (g->revchecks[i].review_date &&
		    strcmp(g->revchecks[i].review_date, r->date) == 0) {
			f->checked_at = g->revchecks[i].text;
			f->predates = g->revchecks[i].predates;
			break;
		}
}

static bool same_project(const prr_review *a, const prr_review *b)
{
	if (!a->project || !b->project)
		return a->project == b->project;
	return strcmp(a->project, b->project) == 0;
}

/*
 * Each review's own figures (score, plan, audit) depend on that review
 * alone, so prr_jobs_count() threads compute them, review i on thread
 * i % shares, each thread in an arena of its own: the same figures
 * whatever the number of threads.  The latest review of each project is
 * the last of its run in the sorted set.
 */
typedef struct revfig_share {
	prr_revfig *out;
	const prr_reviews *set;
	const prr_figures_input *in;
	prr_arena *arena;
	size_t share, shares;
} revfig_share;

static void revfig_run(void *shares, unsigned job)
{
	revfig_share *s = (revfig_share *)shares + job;
	const prr_reviews *set = s->set;
	for (size_t i = s->share; i < set->n; i += s->shares)
		review_figures(&s->out[i], s->arena, set->v[i], i,
			       set->configs ? set->configs[i] : set->config, s->in,
			       i + 1 == set->n || !same_project(set->v[i], set->v[i + 1]));
}

/* Each review's delta against the one before it in its project
 * (prr_revfig.since), review i on thread i % shares as its figures: a
 * delta reads the figures of two reviews, all made by then, and writes
 * only its own review's.  Serial, the deltas of 200 reviews were a
 * tenth of the site's time before its pages. */
static void since_run(void *shares, unsigned job)
{
	revfig_share *s = (revfig_share *)shares + job;
	const prr_reviews *set = s->set;
	for (size_t i = s->share; i < set->n; i += s->shares) {
		if (i == 0 || !same_project(set->v[i - 1], set->v[i]))
			continue; /* the first of its project */
		prr_delta *since = prr_arena_alloc(s->arena, sizeof *since);
		prr_delta_compute(since, s->arena, &s->out[i - 1], &s->out[i]);
		s->out[i].since = since;
	}
}

/* Every review's figures, then every review's delta since the one
 * before. */
static void all_review_figures(prr_figures *f, prr_revfig *out,
			       const prr_reviews *set, const prr_figures_input *in)
{
	size_t n = prr_jobs_for(set->n);
	revfig_share sh[PRR_JOBS_MAX];
	for (size_t t = 0; t < n; t++)
		sh[t] = (revfig_share){ out, set, in, t ? &f->more[t - 1] : &f->arena,
					t, n };
	prr_jobs_run((unsigned)n, revfig_run, sh);
	prr_jobs_run((unsigned)n, since_run, sh);
}

int prr_figures_compute(prr_figures **out, const prr_reviews *set,
			const prr_figures_input *in, prr_buf *err)
{
	static const prr_figures_input none = { 0 };
	size_t cap = 0;
	bool against_found = false;
	if (!in)
		in = &none;
	prr_figures *f = prr_xcalloc(1, sizeof *f);
	f->method = PRR_METHOD;
	f->config = set->config;
	f->head = in->facts.head;
	f->head_date = in->facts.head_date;
	prr_revfig *all = prr_arena_array(&f->arena, set->n + 1, sizeof *all);
	all_review_figures(f, all, set, in);
	for (size_t i = 0; i < set->n;) {
		size_t end = i + 1;
		while (end < set->n && same_project(set->v[i], set->v[end]))
			end++;
		prr_project_figs *p = PRR_VEC_PUSH(&f->arena, f->projects,
						   f->n_projects, cap);
		p->project = set->v[i]->project;
		p->config = set->configs ? set->configs[i] : set->config;
		p->n = end - i;
		p->reviews = all + i;
		prr_trend_build(&p->trends, &p->n_trends, &f->arena, p->reviews, p->n);
		const prr_revfig *before = p->n >= 2 ? &p->reviews[p->n - 2] : NULL;
		if (in->against) {
			before = NULL;
			for (size_t k = 0; k < p->n; k++)
				if (strcmp(p->reviews[k].review->date, in->against) == 0)
					before = &p->reviews[k];
			against_found |= before != NULL;
		}
		if (before) {
			p->has_delta = true;
			prr_delta_compute(&p->delta, &f->arena, before,
					  &p->reviews[p->n - 1]);
		}
		prr_timeline_build(&p->timeline, &f->arena, p->reviews, p->n,
				   in->facts.commit_times, in->facts.n_commits,
				   in->facts.tags, in->facts.n_tags);
		prr_plan_history(&p->waves, &p->n_waves, &f->arena, p->reviews,
				 p->n);
		if (in->facts.n_revgits) { /* a repository was read: as of HEAD */
			p->has_current = true;
			prr_plan_compute(&p->current, &f->arena,
					 p->reviews[p->n - 1].review,
					 in->facts.deliveries, in->facts.n_deliveries, NULL);
		}
		i = end;
	}
	for (size_t k = 0; k < f->n_projects; k++) {
		const prr_revfig *last = prr_figures_latest(&f->projects[k]);
		f->by_level[last ? last->score.level : PRR_LEVEL_UNKNOWN]++;
	}
	if (in->against && !against_found) {
		prr_buf_addf(err, "no review is dated '%s'", in->against);
		prr_figures_free(f);
		*out = NULL;
		return -1;
	}
	*out = f;
	return 0;
}

void prr_figures_free(prr_figures *f)
{
	if (!f)
		return;
	prr_arena_free(&f->arena);
	for (size_t t = 0; t < PRR_JOBS_MAX - 1; t++)
		prr_arena_free(&f->more[t]);
	free(f);
}

const prr_revfig *prr_figures_latest(const prr_project_figs *p)
{
	return p->n ? &p->reviews[p->n - 1] : NULL;
}
