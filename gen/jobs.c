/* jobs.c - work on several threads; see include/prr/jobs.h. */
#include "prr/jobs.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

unsigned prr_jobs_count(void)
{
	const char *e = getenv("PRR_JOBS");
	long n = e && *e ? strtol(e, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > PRR_JOBS_MAX ? PRR_JOBS_MAX : (unsigned)n;
}

size_t prr_jobs_for(size_t units)
{
	size_t jobs = prr_jobs_count();
	return jobs > units ? (units ? units : 1) : jobs;
}

static void *job_main(void *arg)
{
	struct prr_jobs_arg *a = arg;
	a->fn(a->ud, a->job);
	return NULL;
}

/* Starts jobs first .. n - 1, each on a thread, up to the first that
 * cannot start; returns how many did. */
static unsigned start_from(prr_jobs *j, unsigned first, unsigned n,
			   prr_jobs_fn *fn, void *ud)
{
	j->n = 0;
	for (unsigned t = first; t < n && j->n < PRR_JOBS_MAX; t++) {
		struct prr_jobs_arg *a = &j->arg[j->n];
		*a = (struct prr_jobs_arg){ fn, ud, t };
		if (pthread_create(&j->thread[j->n], NULL, job_main, a) != 0)
			break;
		j->n++;
	}
	return j->n;
}

unsigned prr_jobs_start(prr_jobs *j, unsigned n, prr_jobs_fn *fn, void *ud)
{
	return start_from(j, 0, n, fn, ud);
}

void prr_jobs_join(prr_jobs *j)
{
	for (unsigned t = 0; t < j->n; t++)
		pthread_join(j->thread[t], NULL);
	j->n = 0;
}

void prr_jobs_run(unsigned n, prr_jobs_fn *fn, void *ud)
{
	prr_jobs j;
	unsigned started = start_from(&j, 1, n, fn, ud);
	for (unsigned t = 1 + started; t < n; t++) /* fewer threads: here */
		fn(ud, t);
	fn(ud, 0);
	prr_jobs_join(&j);
}

/*** A deal ***/

void prr_jobs_hand_init(prr_jobs_hand *h, prr_jobs_deal *deal)
{
	h->deal = deal;
	h->at = 0;
	h->ticket = SIZE_MAX;
}

bool prr_jobs_mine(prr_jobs_hand *h)
{
	size_t unit = h->at++;
	if (!h->deal)
		return true;
	if (h->ticket == SIZE_MAX) /* the units claimed are in order */
		h->ticket = atomic_fetch_add_explicit(&h->deal->next, 1,
						      memory_order_relaxed);
	if (h->ticket != unit)
		return false;
	h->ticket = SIZE_MAX;
	return true;
}

/*** A line ***/

void prr_jobs_line_init(prr_jobs_line *l, size_t n, size_t window)
{
	memset(l, 0, sizeof *l);
	pthread_mutex_init(&l->mu, NULL);
	pthread_cond_init(&l->cv, NULL);
	l->n = n;
	l->window = window ? window : 1;
	l->done = prr_xcalloc(n ? n : 1, sizeof *l->done);
	prr_buf_init(&l->why);
}

void prr_jobs_line_free(prr_jobs_line *l)
{
	pthread_mutex_destroy(&l->mu);
	pthread_cond_destroy(&l->cv);
	free(l->done);
	l->done = NULL;
	prr_buf_free(&l->why);
}

bool prr_jobs_line_claim(prr_jobs_line *l, size_t *batch)
{
	pthread_mutex_lock(&l->mu);
	while (!l->stop && l->next < l->n && l->next >= l->waiting + l->window)
		pthread_cond_wait(&l->cv, &l->mu);
	bool got = !l->stop && l->next < l->n;
	if (got)
		*batch = l->next++;
	pthread_mutex_unlock(&l->mu);
	return got;
}

/* Under the lock: `f`, then every waiter wakes to look again. */
#define LINE_SET(l, f)                                                        \
	do {                                                                 \
		pthread_mutex_lock(&(l)->mu);                                \
		f;                                                           \
		pthread_cond_broadcast(&(l)->cv);                            \
		pthread_mutex_unlock(&(l)->mu);                              \
	} while (0)

void prr_jobs_line_done(prr_jobs_line *l, size_t batch)
{
	LINE_SET(l, l->done[batch] = true);
}

void prr_jobs_line_fail(prr_jobs_line *l, const char *why)
{
	LINE_SET(l, {
		if (!l->failed)
			prr_buf_adds(&l->why, why);
		l->failed = l->stop = true;
	});
}

void prr_jobs_line_stop(prr_jobs_line *l)
{
	LINE_SET(l, l->stop = true);
}

int prr_jobs_line_wait(prr_jobs_line *l, size_t batch)
{
	pthread_mutex_lock(&l->mu);
	l->waiting = batch;
	pthread_cond_broadcast(&l->cv);
	while (!l->done[batch] && !l->failed)
		pthread_cond_wait(&l->cv, &l->mu);
	int rc = l->done[batch] ? 0 : -1;
	pthread_mutex_unlock(&l->mu);
	return rc;
}
