/* test_site33.c - what the site said untruly of real documents (round
 * 33): estimates of one review paired as revisions of each other, a
 * project of different systems compared with nothing on the page saying
 * so, one figure written two ways on two pages, a risk's arrow doubled by
 * the page's dash.  Each case failed before its fix. */
#include "test.h"

#include "page_files.h"
#include "prr/figures.h"
#include "prr/fsutil.h"
#include "prr/pipeline.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/*** Estimates: a revision is one stated again by a later review ***/

static prr_review *with_estimates(const char *date, const prr_estimate *e,
				  size_t n)
{
	prr_review *r = prr_review_new();
	r->project = "Demo";
	r->date = date;
	r->estimates = prr_arena_array(&r->arena, n, sizeof *r->estimates);
	memcpy(r->estimates, e, n * sizeof *e);
	r->n_estimates = n;
	return r;
}

static size_t slips_of(prr_review **r, size_t n, prr_timeline *t, prr_arena *a)
{
	prr_revfig f[4] = { { 0 } };
	for (size_t i = 0; i < n; i++) {
		f[i].review = r[i];
		prr_score_review(&f[i].score, a, r[i], NULL);
	}
	prr_timeline_build(t, a, f, n, NULL, 0, NULL, 0);
	return t->n_slips;
}

/* How many slip series one review of these estimates makes. */
static size_t slips_of_one(const prr_estimate *e, size_t n)
{
	prr_review *r = with_estimates("2026-01-24", e, n);
	prr_arena a = PRR_ARENA_INIT;
	prr_timeline t;
	size_t k = slips_of(&r, 1, &t, &a);
	prr_arena_free(&a);
	prr_review_free(r);
	return k;
}

/* opencode: "Minimum viable production: 3-6 months" over "PhD-level
 * research quality: 6-12 months" are two goals of one review, not one
 * moved by 180 days. */
PRR_TEST(site33__two_goals_of_one_review_are_no_revision)
{
	static const prr_estimate e[] = {
		{ "Minimum viable production", 3, 6, "months", 36 },
		{ "PhD-level research quality", 6, 12, "months", 37 },
	};
	CHECK_INT(slips_of_one(e, 2), 0);
}

/* BitQuan: a plan's phases under one label, "10-12 weeks", "3 weeks",
 * "6 weeks", all of one day, are no series of revisions. */
PRR_TEST(site33__phases_of_one_review_are_no_revision)
{
	static const prr_estimate e[] = {
		{ "Minimum Viable Launch", 10, 12, "weeks", 40 },
		{ "Minimum Viable Launch", 3, 3, "weeks", 41 },
		{ "Minimum Viable Launch", 6, 6, "weeks", 42 },
		{ "Minimum Viable Launch", 16, 20, "weeks", 43 },
	};
	CHECK_INT(slips_of_one(e, 4), 0);
}

/* The same label stated again by a later review is a revision: the first
 * of it in each review, by date. */
PRR_TEST(site33__a_later_review_revises_an_estimate)
{
	static const prr_estimate e1[] = {
		{ "Launch", 10, 12, "weeks", 40 },
		{ "Launch", 3, 3, "weeks", 41 },
		{ "Other", 2, 2, "weeks", 42 },
	};
	static const prr_estimate e2[] = {
		{ "Launch", 14, 16, "weeks", 50 },
		{ "Launch", 4, 4, "weeks", 51 },
	};
	prr_review *r[2] = { with_estimates("2026-02-01", e1, 3),
			     with_estimates("2026-03-01", e2, 2) };
	prr_arena a = PRR_ARENA_INIT;
	prr_timeline t;
	CHECK_INT(slips_of(r, 2, &t, &a), 1);
	if (t.n_slips == 1) {
		CHECK_STR(t.slips[0].label, "Launch");
		CHECK_INT(t.slips[0].n, 2);
		CHECK_NUM(t.slips[0].points[0].value, 10);
		CHECK_STR(t.slips[0].points[0].date, "2026-02-01");
		CHECK_NUM(t.slips[0].points[1].value, 14);
		CHECK_STR(t.slips[0].points[1].date, "2026-03-01");
	}
	prr_arena_free(&a);
	prr_review_free(r[0]);
	prr_review_free(r[1]);
}
