/* test_jobs.c - work on several threads: every job, unit and batch done
 * exactly once, in the order promised. */
#include "test.h"

#include "prr/jobs.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

PRR_TEST(jobs__count_from_environment)
{
	char *old = getenv("PRR_JOBS") ? strdup(getenv("PRR_JOBS")) : NULL;
	setenv("PRR_JOBS", "3", 1);
	CHECK_INT(prr_jobs_count(), 3);
	CHECK_INT(prr_jobs_for(2), 2);
	CHECK_INT(prr_jobs_for(0), 1);
	CHECK_INT(prr_jobs_for(100), 3);
	setenv("PRR_JOBS", "0", 1);
	CHECK_INT(prr_jobs_count(), 1);
	setenv("PRR_JOBS", "99", 1);
	CHECK_INT(prr_jobs_count(), PRR_JOBS_MAX);
	if (old)
		setenv("PRR_JOBS", old, 1);
	else
		unsetenv("PRR_JOBS");
	free(old);
}

typedef struct ran {
	atomic_int times[PRR_JOBS_MAX];
} ran;

static void count_job(void *ud, unsigned job)
{
	ran *r = ud;
	atomic_fetch_add(&r->times[job], 1);
}

PRR_TEST(jobs__run_every_job_once)
{
	for (unsigned n = 1; n <= PRR_JOBS_MAX; n++) {
		ran r;
		for (unsigned t = 0; t < PRR_JOBS_MAX; t++)
			atomic_init(&r.times[t], 0);
		prr_jobs_run(n, count_job, &r);
		for (unsigned t = 0; t < PRR_JOBS_MAX; t++)
			CHECK_INT(atomic_load(&r.times[t]), t < n ? 1 : 0);
	}
}

/* Jobs walking the same 1,000 units through one deal. */
#define UNITS 1000
typedef struct dealt {
	prr_jobs_deal deal;
	atomic_int claims[UNITS];
	int by[PRR_JOBS_MAX];
} dealt;

static void deal_job(void *ud, unsigned job)
{
	dealt *d = ud;
	prr_jobs_hand h;
	prr_jobs_hand_init(&h, &d->deal);
	for (int u = 0; u < UNITS; u++) {
		if (prr_jobs_mine(&h)) {
			atomic_fetch_add(&d->claims[u], 1);
			d->by[job]++;
		}
	}
}

PRR_TEST(jobs__deal_each_unit_once)
{
	dealt *d = calloc(1, sizeof *d);
	atomic_init(&d->deal.next, 0);
	for (int u = 0; u < UNITS; u++)
		atomic_init(&d->claims[u], 0);
	prr_jobs_run(4, deal_job, d);
	int total = 0;
	for (int u = 0; u < UNITS; u++)
		CHECK_INT(atomic_load(&d->claims[u]), 1);
	for (int t = 0; t < 4; t++)
		total += d->by[t];
	CHECK_INT(total, UNITS);
	free(d);
	/* without a deal, a hand holds every unit */
	prr_jobs_hand h;
	prr_jobs_hand_init(&h, NULL);
	int mine = 0;
	for (int u = 0; u < 10; u++)
		mine += prr_jobs_mine(&h);
	CHECK_INT(mine, 10);
}

/* A line of 200 batches; batch b's value is b * b, unless it is `bad`. */
#define BATCHES 200
typedef struct lined {
	prr_jobs_line line;
	long value[BATCHES];
	long bad;
	atomic_int computed;
} lined;

static void line_job(void *ud, unsigned job)
{
	(void)job;
	lined *l = ud;
	size_t b;
	while (prr_jobs_line_claim(&l->line, &b)) {
		if ((long)b == l->bad) {
			prr_jobs_line_fail(&l->line, "batch went wrong");
			return;
		}
		l->value[b] = (long)(b * b);
		atomic_fetch_add(&l->computed, 1);
		prr_jobs_line_done(&l->line, b);
	}
}

PRR_TEST(jobs__line_in_order_within_window)
{
	lined *l = calloc(1, sizeof *l);
	prr_jobs_line_init(&l->line, BATCHES, 4);
	l->bad = -1;
	atomic_init(&l->computed, 0);
	prr_jobs workers;
	unsigned n = prr_jobs_start(&workers, 3, line_job, l);
	CHECK(n >= 1);
	for (size_t b = 0; b < BATCHES; b++) {
		CHECK_INT(prr_jobs_line_wait(&l->line, b), 0);
		CHECK_INT(l->value[b], (long)(b * b));
		/* never more than the window past the batch waited for */
		CHECK(atomic_load(&l->computed) <= (int)(b + 4));
	}
	prr_jobs_line_stop(&l->line);
	prr_jobs_join(&workers);
	CHECK_INT(atomic_load(&l->computed), BATCHES);
	prr_jobs_line_free(&l->line);
	free(l);
}

PRR_TEST(jobs__line_failure_reaches_consumer)
{
	lined *l = calloc(1, sizeof *l);
	prr_jobs_line_init(&l->line, BATCHES, 8);
	l->bad = 50;
	atomic_init(&l->computed, 0);
	prr_jobs workers;
	CHECK(prr_jobs_start(&workers, 2, line_job, l) >= 1);
	int rc = 0;
	size_t b = 0;
	for (; b < BATCHES && rc == 0; b++)
		rc = prr_jobs_line_wait(&l->line, b);
	CHECK_INT(rc, -1);
	CHECK(b - 1 <= 50); /* stopped at the bad batch at the latest */
	CHECK_STR(l->line.why.p, "batch went wrong");
	prr_jobs_line_stop(&l->line);
	prr_jobs_join(&workers);
	CHECK(atomic_load(&l->computed) < BATCHES);
	prr_jobs_line_free(&l->line);
	free(l);
}
