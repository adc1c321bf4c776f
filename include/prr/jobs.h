/*
 * jobs.h - work on several threads: the one way prr runs anything in
 * parallel.
 *
 * Three shapes of work use it, each the same byte for byte whatever the
 * number of threads:
 *
 *   - shares: units split in advance, unit i to job i % jobs, each job
 *     writing only its own slots (loading reviews, each review's
 *     figures and its delta since the one before):
 *
 *         size_t n = prr_jobs_for(units);
 *         prr_jobs_run((unsigned)n, fn, shares); // fn(shares, 0..n-1)
 *
 *   - a deal: every job walks the same sequence of units and does those
 *     its hand claims, the next free ticket each time, so the jobs end
 *     together whatever each unit costs (the pages of a site):
 *
 *         prr_jobs_deal deal = PRR_JOBS_DEAL_INIT;
 *         ... in each job: prr_jobs_hand h;
 *         prr_jobs_hand_init(&h, &deal);
 *         for (each unit) if (prr_jobs_mine(&h)) do it;
 *
 *   - a line: batches computed by worker threads (prr_jobs_start) a
 *     bounded window ahead of one consumer that takes them in order
 *     (the history walk).
 *
 * Threads are POSIX threads; a thread that cannot start is never an
 * error: its job runs on the calling thread (prr_jobs_run) or there are
 * fewer workers (prr_jobs_start).
 */
#ifndef PRR_JOBS_H
#define PRR_JOBS_H

#include "prr/buf.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

/* The most jobs at once. */
#define PRR_JOBS_MAX 8

/* Jobs for work dealt among threads (loading reviews, figures, writing a
 * site): PRR_JOBS, else the processors online; 1 to PRR_JOBS_MAX. */
unsigned prr_jobs_count(void);

/* How many jobs to split `units` units into: prr_jobs_count(), but no
 * more than the units and at least 1. */
size_t prr_jobs_for(size_t units);

/* A job: `job` is its number, 0 to n - 1. */
typedef void prr_jobs_fn(void *ud, unsigned job);

/*
 * Runs fn(ud, 0) .. fn(ud, n - 1) at once (n <= PRR_JOBS_MAX): 1.. on
 * threads of their own, 0 on the calling thread, and there too (before 0)
 * any job whose thread cannot start.  Returns when every job is done.
 */
void prr_jobs_run(unsigned n, prr_jobs_fn *fn, void *ud);

/* Threads started by prr_jobs_start (or prr_jobs_run). */
typedef struct prr_jobs {
	pthread_t thread[PRR_JOBS_MAX];
	struct prr_jobs_arg {
		prr_jobs_fn *fn;
		void *ud;
		unsigned job;
	} arg[PRR_JOBS_MAX];
	unsigned n; /* started */
} prr_jobs;

/* Starts fn(ud, 0) .. fn(ud, n - 1) (n <= PRR_JOBS_MAX), each on a thread
 * of its own, up to the first that cannot start; returns how many did
 * (jobs 0 .. result - 1).  prr_jobs_join waits for them all. */
unsigned prr_jobs_start(prr_jobs *j, unsigned n, prr_jobs_fn *fn, void *ud);
void prr_jobs_join(prr_jobs *j);

/*** A deal ***/

typedef struct prr_jobs_deal {
	atomic_size_t next; /* the next ticket */
} prr_jobs_deal;
#define PRR_JOBS_DEAL_INIT { 0 }

typedef struct prr_jobs_hand {
	prr_jobs_deal *deal;
	size_t at;      /* the unit of the sequence this job is at */
	size_t ticket;  /* the unit it holds, or SIZE_MAX */
} prr_jobs_hand;

/* A hand on `deal`; without a deal (NULL) it holds every unit. */
void prr_jobs_hand_init(prr_jobs_hand *h, prr_jobs_deal *deal);
/* Moves to the next unit of the sequence: true when it is this hand's. */
bool prr_jobs_mine(prr_jobs_hand *h);

/*** A line ***/

/*
 * `n` batches, numbered 0 .. n - 1: workers claim them in order, at most
 * `window` batches past the one the consumer waits for, and mark each
 * done; the consumer waits for each batch in order.  What a worker
 * writes before prr_jobs_line_done is seen by the consumer after
 * prr_jobs_line_wait returns.  A worker that fails says why once; the
 * line then stops.
 */
typedef struct prr_jobs_line {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	size_t n, window;
	size_t next;    /* the next batch to claim */
	size_t waiting; /* the batch the consumer waits for (or last did) */
	bool *done;     /* per batch */
	bool stop, failed;
	prr_buf why;    /* the first failure */
} prr_jobs_line;

void prr_jobs_line_init(prr_jobs_line *l, size_t n, size_t window);
void prr_jobs_line_free(prr_jobs_line *l);
/* Worker: the next batch into *batch, waiting while it is beyond the
 * window; false when there are no more or the line stopped. */
bool prr_jobs_line_claim(prr_jobs_line *l, size_t *batch);
/* Worker: `batch` is computed and published. */
void prr_jobs_line_done(prr_jobs_line *l, size_t batch);
/* Worker: stops the line; the first `why` is kept. */
void prr_jobs_line_fail(prr_jobs_line *l, const char *why);
/* Consumer: waits until `batch` is done.  Returns 0, or -1 when the line
 * failed (the reason in l->why). */
int prr_jobs_line_wait(prr_jobs_line *l, size_t batch);
/* Consumer: no more batches wanted; workers return from claim. */
void prr_jobs_line_stop(prr_jobs_line *l);

#endif
