/* timeline.c - one ordered list of dated events, and estimates as slip
 * series, ready for the site to draw. */
#include "prr/figures.h"
#include "prr/sort.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[PRR_EV_KIND_COUNT] = {
	"review", "milestone-due", "milestone-done", "estimate", "tag", "commits"
};

const char *prr_event_kind_name(prr_event_kind k)
{
	return (unsigned)k < PRR_EV_KIND_COUNT ? kind_names[k] : "?";
}

/*** Calendar ***/

static long floor_div(long a, long b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* Days since 1970-01-01 to a civil date (proleptic Gregorian). */
static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = floor_div(z, 146097);
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static const char *date_of_days(prr_arena *a, long days)
{
	int y, m, d;
	civil_from_days(days, &y, &m, &d);
	return prr_arena_printf(a, "%04d-%02d-%02d", y, m, d);
}

void prr_iso_week(long days, int *year, int *week, long *monday)
{
	/* 1970-01-01 was a Thursday: weekday 3 counting from Monday = 0 */
	long weekday = (days + 3) - floor_div(days + 3, 7) * 7;
	*monday = days - weekday;
	long thursday = *monday + 3;
	int y, m, d;
	civil_from_days(thursday, &y, &m, &d);
	char jan1[11];
	snprintf(jan1, sizeof jan1, "%04d-01-01", y);
	*year = y;
	*week = (int)((thursday - prr_date_days(jan1)) / 7 + 1);
}

/*** Events ***/

typedef struct tl {
	prr_timeline *t;
	prr_arena *a;
	size_t cap;
} tl;

static prr_event *add_event(tl *b, const char *date, prr_event_kind kind,
			    const char *label, const char *review, int line)
{
	prr_event *e = PRR_VEC_PUSH(b->a, b->t->events, b->t->n, b->cap);
	e->date = date;
	e->kind = kind;
	e->label = label;
	e->value = e->high = PRR_NONE;
	e->review = review;
	e->line = line;
	return e;
}

/* Milestones are restated by every review: each one once, as the latest
 * review states it; done without a date counts from the first review
 * that says it is done. */
static void add_milestones(tl *b, const prr_revfig *revs, size_t n)
{
	/* by tables of names, linear in the milestones: the review where each
	 * name is first done, and the names reviews after i state */
	prr_names first_done = { 0 }, later = { 0 };
	for (size_t j = 0; j < n; j++)
		for (size_t q = 0; q < revs[j].review->n_milestones; q++)
			if (revs[j].review->milestones[q].done)
				prr_names_put(&first_done, revs[j].review->milestones[q].name, j);
	for (size_t i = n; i-- > 0;) {
		const prr_review *r = revs[i].review;
		for (size_t k = 0; k < r->n_milestones; k++) {
			const prr_milestone *m = &r->milestones[k];
			if (prr_names_find(&later, m->name) != PRR_NAMES_NONE)
				continue;
			if (m->due && prr_date_valid(m->due))
				add_event(b, m->due, PRR_EV_MILESTONE_DUE, m->name,
					  r->date, m->line);
			if (!m->done)
				continue;
			/* no later review states it: the first done is at or
			 * before this one */
			const char *when = m->done_date, *label = m->name;
			size_t j = prr_names_find(&first_done, m->name);
			/* (done with no day, due after the review that first
			 * says so: a later update's, 30-10's rehearsal of the
			 * 5th in a review of the 3rd; "done by" its day would be
			 * untrue, so no day is shown) */
			if (!when && j != PRR_NAMES_NONE && m->due &&
			    strcmp(m->due, revs[j].review->date) > 0)
				continue;
			if (!when && j != PRR_NAMES_NONE) {
				/* (a day no review states: said so) */
				when = revs[j].review->date;
				label = prr_arena_printf(b->a, "%s (done by then)",
							 m->name);
			}
			if (when && prr_date_valid(when))
				add_event(b, when, PRR_EV_MILESTONE_DONE, label,
					  r->date, m->line);
		}
		for (size_t k = 0; k < r->n_milestones; k++)
			prr_names_put(&later, r->milestones[k].name, i);
	}
	prr_names_free(&first_done);
	prr_names_free(&later);
}

static int cmp_time(const void *x, const void *y)
{
	long long a = *(const long long *)x, b = *(const long long *)y;
	return (a > b) - (a < b);
}

static void add_commits(tl *b, const long long *times, size_t n)
{
	if (n == 0)
		return;
	long long *v = prr_xmalloc(n * sizeof *v);
	memcpy(v, times, n * sizeof *v);
	qsort(v, n, sizeof *v, cmp_time);
	prr_event *cur = NULL;
	long cur_monday = 0;
	for (size_t i = 0; i < n; i++) {
		int y, w;
		long monday;
		prr_iso_week(floor_div((long)v[i], 86400), &y, &w, &monday);
		if (!cur || monday != cur_monday) {
			cur = add_event(b, date_of_days(b->a, monday), PRR_EV_COMMITS,
					prr_arena_printf(b->a, "%04d-W%02d", y, w),
					NULL, 0);
			cur->value = 0;
			cur_monday = monday;
		}
		cur->value += 1;
	}
	free(v);
}

/* By date, then kind; a stable sort keeps the order added after that. */
static int cmp_event(const void *x, const void *y)
{
	const prr_event *a = x, *b = y;
	int c = strcmp(a->date, b->date);
	if (c)
		return c;
	return (int)a->kind - (int)b->kind;
}

/*** Slip series ***/

static prr_slip *add_slip(prr_timeline *t, prr_arena *a, size_t *cap,
			  const char *label, const char *unit)
{
	prr_slip *s = PRR_VEC_PUSH(a, t->slips, t->n_slips, *cap);
	s->label = label;
	s->unit = unit;
	return s;
}

static void slip_point(prr_slip *s, prr_arena *a, size_t *cap,
		       const prr_estimate *e, const char *date)
{
	prr_event *p = PRR_VEC_PUSH(a, s->points, s->n, *cap);
	p->date = date;
	p->kind = PRR_EV_ESTIMATE;
	p->label = e->label;
	p->value = e->low;
	p->high = e->high;
	p->unit = e->unit;
	p->review = date;
	p->line = e->line;
}

/*
 * An estimate revised: one label in one unit stated again by a later
 * review, by review date (8-10 -> 6-8 -> 2-3 weeks).  Estimates of one
 * review are never revisions of each other, however close their lines:
 * "Minimum viable production: 3-6 months" over "PhD-level research
 * quality: 6-12 months" are two goals, and a plan's phases, "3 weeks",
 * "6 weeks", "16-20 weeks", are parts of it, not one goal moved.
 */
static void build_slips(prr_timeline *t, prr_arena *a, const prr_revfig *revs,
			size_t n)
{
	size_t cap = 0;
	/* the first review stating a label (in a unit) starts its series,
	 * of the first estimate of that label in each review; series found
	 * through a table of "label<US>unit" keys, so linear in the
	 * estimates */
	prr_arena keys = PRR_ARENA_INIT;
	prr_names index = { 0 };
	struct series { size_t *at, n, cap; } *ser = NULL; /* at: (j, q) pairs */
	size_t n_ser = 0, ser_cap = 0;
	char ***key_of = prr_xcalloc(n ? n : 1, sizeof *key_of);
	for (size_t j = 0; j < n; j++) {
		const prr_review *r = revs[j].review;
		key_of[j] = prr_xcalloc(r->n_estimates + 1, sizeof **key_of);
		for (size_t q = 0; q < r->n_estimates; q++) {
			const prr_estimate *o = &r->estimates[q];
			if (!o->label)
				continue;
			char *key = key_of[j][q] = prr_arena_printf(
				&keys, "%s\x1f%s", o->label, o->unit ? o->unit : "\x1e");
			size_t sid = prr_names_put(&index, key, n_ser);
			if (sid == n_ser) {
				if (n_ser == ser_cap) {
					ser_cap = ser_cap ? 2 * ser_cap : 16;
					ser = prr_xrealloc(ser, ser_cap * sizeof *ser);
				}
				ser[n_ser++] = (struct series){ NULL, 0, 0 };
			}
			struct series *sr = &ser[sid];
			if (sr->n && sr->at[2 * (sr->n - 1)] == j)
				continue; /* the first of this label in review j */
			if (sr->n == sr->cap) {
				sr->cap = sr->cap ? 2 * sr->cap : 4;
				sr->at = prr_xrealloc(sr->at, 2 * sr->cap * sizeof *sr->at);
			}
			sr->at[2 * sr->n] = j;
			sr->at[2 * sr->n + 1] = q;
			sr->n++;
		}
	}
	for (size_t i = 0; i < n; i++) {
		const prr_review *r = revs[i].review;
		for (size_t k = 0; k < r->n_estimates; k++) {
			if (!key_of[i][k])
				continue;
			const struct series *sr = &ser[prr_names_find(&index, key_of[i][k])];
			if (sr->at[0] != i || sr->at[1] != k || sr->n < 2)
				continue; /* an earlier review or estimate started
					   * it, or alone */
			const prr_estimate *e = &r->estimates[k];
			size_t pcap = 0;
			prr_slip *s = add_slip(t, a, &cap, e->label, e->unit);
			for (size_t p = 0; p < sr->n; p++) {
				const prr_review *o = revs[sr->at[2 * p]].review;
				slip_point(s, a, &pcap, &o->estimates[sr->at[2 * p + 1]],
					   o->date);
			}
		}
	}
	for (size_t j = 0; j < n; j++)
		free(key_of[j]);
	free(key_of);
	for (size_t i = 0; i < n_ser; i++)
		free(ser[i].at);
	free(ser);
	prr_names_free(&index);
	prr_arena_free(&keys);
}

void prr_timeline_build(prr_timeline *out, prr_arena *a,
			const prr_revfig *revs, size_t n,
			const long long *commit_times, size_t n_commits,
			const prr_tagdate *tags, size_t n_tags)
{
	memset(out, 0, sizeof *out);
	tl b = { out, a, 0 };
	for (size_t i = 0; i < n; i++) {
		const prr_review *r = revs[i].review;
		prr_event *e = add_event(&b, r->date, PRR_EV_REVIEW,
					 r->title ? r->title : r->date, r->date,
					 r->date_line);
		e->value = revs[i].score.readiness;
		e->high = revs[i].score.dims.value;
		e->level = revs[i].score.level;
		for (size_t k = 0; k < r->n_estimates; k++) {
			const prr_estimate *es = &r->estimates[k];
			prr_event *x = add_event(&b, r->date, PRR_EV_ESTIMATE,
						 es->label, r->date, es->line);
			x->value = es->low;
			x->high = es->high;
			x->unit = es->unit;
		}
	}
	add_milestones(&b, revs, n);
	for (size_t i = 0; i < n_tags; i++)
		if (tags[i].date && prr_date_valid(tags[i].date))
			add_event(&b, tags[i].date, PRR_EV_TAG, tags[i].name, NULL, 0);
	add_commits(&b, commit_times, n_commits);
	prr_sort_stable(out->events, out->n, sizeof *out->events, cmp_event);
	build_slips(out, a, revs, n);
}
