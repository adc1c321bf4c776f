/* score.c - a review's scorecard: readiness, levels, dimension score,
 * checklists, findings, blockers and waivers.  Formulas: README,
 * "How prr computes its figures". */
#include "prr/figures.h"

#include <ctype.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "prr/rec_item.h"

/*** Tallies and levels ***/

int prr_tally_applicable(const prr_tally *t)
{
	return t->pass + t->partial + t->fail + t->pending;
}

double prr_tally_readiness(const prr_tally *t)
{
	int n = prr_tally_applicable(t);
	if (n == 0)
		return PRR_NONE;
	return (t->pass + 0.5 * t->partial) / n * 100.0;
}

void prr_tally_add(prr_tally *t, prr_status s)
{
	switch (s) {
	case PRR_PASS: t->pass++; break;
	case PRR_PARTIAL: t->partial++; break;
	case PRR_FAIL: t->fail++; break;
	case PRR_PENDING: t->pending++; break;
	case PRR_NA: t->na++; break;
	default: t->unknown++; break;
	}
}

static void tally_merge(prr_tally *into, const prr_tally *t)
{
	into->pass += t->pass;
	into->partial += t->partial;
	into->fail += t->fail;
	into->pending += t->pending;
	into->na += t->na;
	into->unknown += t->unknown;
	into->waived += t->waived;
	into->tests_passed += t->tests_passed;
	into->tests_total += t->tests_total;
}

/* Whether `shown` stands on the other side of line `t` from `v`. */
static bool crosses(double v, double shown, double t)
{
	return prr_has(t) && (v < t) != (shown < t);
}

static bool crosses_any(double v, double shown, double ready, double partial)
{
	return crosses(v, shown, ready) || crosses(v, shown, partial) ||
	       (v < 100 && shown >= 100) || (v > 0 && shown <= 0);
}

double prr_pct_shown_at(double v, double ready, double partial)
{
	double k = rint(v);
	if (!isfinite(v) || !crosses_any(v, k, ready, partial))
		return k;
	k = round(v * 10) / 10;
	if (!crosses_any(v, k, ready, partial))
		return k;
	return k > v ? floor(v * 10) / 10 : ceil(v * 10) / 10;
}

size_t prr_pct_text(char *buf, size_t n, double v, double ready,
		    double partial)
{
	double k = prr_pct_shown_at(v, ready, partial);
	if (n == 0)
		return 0;
	if (prr_pct_places(k) || !(fabs(k) < 1e15) || n < PRR_DECIMAL_MAX + 3)
		return snprintf(buf, n, "%.*f%%", prr_pct_places(k), k) < 0
			? 0 : strlen(buf);
	/* printf is the main cost of a number on a page; as it would,
	 * a small negative prints as "-0%" */
	size_t at = 0;
	if (k == 0 && signbit(k))
		buf[at++] = '-';
	at += prr_decimal(buf + at, (long long)k);
	buf[at++] = '%';
	buf[at] = '\0';
	return at;
}

prr_level prr_level_of(double readiness, double ready, double partial)
{
	if (!prr_has(readiness))
		return PRR_LEVEL_UNKNOWN;
	if (readiness >= ready)
		return PRR_LEVEL_READY;
	if (readiness >= partial)
		return PRR_LEVEL_PARTIAL;
	return PRR_LEVEL_NOT_READY;
}

prr_status prr_check_status(const prr_check *c, bool *from_counts)
{
	if (from_counts)
		*from_counts = false;
	if (c->status != PRR_UNKNOWN || c->total <= 0 || c->passed < 0)
		return c->status;
	if (from_counts)
		*from_counts = true;
	if (c->passed >= c->total)
		return PRR_PASS;
	return c->passed == 0 ? PRR_FAIL : PRR_PARTIAL;
}

/*** Waivers ***/

static prr_waiver_state waiver_state(const prr_waiver *w, const char *date)
{
	if (w->expires && date && strcmp(date, w->expires) > 0)
		return PRR_WAIVER_EXPIRED;
	return PRR_WAIVER_ACTIVE;
}

/*
 * prr.json's waivers by what they waive, in hash tables built once per
 * scorecard: a check's by "COMPONENT\x1fCATEGORY", a finding's by its
 * title or id; each name to its first waiver, as a walk of the list would
 * find it.  Many waivers over many checks stay linear.
 */
typedef struct waivers {
	const prr_config *c;
	prr_names checks, findings;
	prr_buf key; /* a check's key, to look it up */
} waivers;

static const char *check_key(prr_arena *a, const char *component,
			     const char *category)
{
	return prr_arena_printf(a, "%s\x1f%s", component, category);
}

static void waivers_index(waivers *wv, prr_arena *a, const prr_config *c)
{
	memset(wv, 0, sizeof *wv);
	wv->c = c;
	for (size_t i = 0; c && i < c->n_waivers; i++) {
		const prr_waiver *w = &c->waivers[i];
		if (w->component && w->category)
			prr_names_put(&wv->checks, check_key(a, w->component,
							     w->category), i);
		if (w->finding)
			prr_names_put(&wv->findings, w->finding, i);
	}
}

static void waivers_free(waivers *wv)
{
	prr_names_free(&wv->checks);
	prr_names_free(&wv->findings);
	prr_buf_free(&wv->key);
}

static const prr_waiver *waiver_for_check(waivers *wv, const char *component,
					  const char *category)
{
	if (!wv->checks.n || !component || !category)
		return NULL;
	prr_buf_reset(&wv->key);
	prr_buf_addf(&wv->key, "%s\x1f%s", component, category);
	size_t i = prr_names_find(&wv->checks, wv->key.p);
	return i == PRR_NAMES_NONE ? NULL : &wv->c->waivers[i];
}

static const prr_waiver *waiver_for_finding(const waivers *wv,
					    const prr_finding *f)
{
	size_t t = f->title ? prr_names_find(&wv->findings, f->title) : PRR_NAMES_NONE;
	size_t d = f->id ? prr_names_find(&wv->findings, f->id) : PRR_NAMES_NONE;
	size_t i = t < d ? t : d; /* the first in prr.json, as listed */
	return i == PRR_NAMES_NONE ? NULL : &wv->c->waivers[i];
}

/*** The matrix ***/

/* The column of category `name` (added when new), by a table of the
 * columns' names (`cols`), so many categories stay linear. */
static int category_index(prr_scorecard *s, prr_arena *a, size_t *cap,
			  prr_names *cols, const char *name)
{
	if (!name)
		return -1;
	size_t j = prr_names_put(cols, name, s->n_categories);
	if (j == s->n_categories)
		*PRR_VEC_PUSH(a, s->categories, s->n_categories, *cap) = name;
	return (int)j;
}

static void score_component(prr_scorecard *s, prr_arena *a, prr_compfig *cf,
			    const prr_component *comp, waivers *wv,
			    size_t *waived_cap)
{
	cf->component = comp;
	cf->name = comp->name;
	cf->n_checks = comp->n_checks;
	cf->checks = prr_arena_array(a, comp->n_checks ? comp->n_checks : 1,
				     sizeof *cf->checks);
	for (size_t k = 0; k < comp->n_checks; k++) {
		const prr_check *ck = &comp->checks[k];
		prr_checkfig *f = &cf->checks[k];
		f->check = ck;
		f->status = prr_check_status(ck, &f->from_counts);
		f->waived = -1;
		if (ck->total >= 0 && ck->passed >= 0) {
			cf->tally.tests_passed += ck->passed;
			cf->tally.tests_total += ck->total;
		}
		const prr_waiver *w = waiver_for_check(wv, comp->name, ck->category);
		if (w) {
			prr_waived *wd = PRR_VEC_PUSH(a, s->waived, s->n_waived,
						      *waived_cap);
			wd->waiver = w;
			wd->state = waiver_state(w, s->review->date);
			wd->component = comp->name;
			wd->category = ck->category;
			wd->status = f->status;
			wd->line = ck->line;
			f->waived = (int)s->n_waived - 1;
			if (wd->state == PRR_WAIVER_ACTIVE) {
				f->status = PRR_NA;
				cf->tally.waived++;
			}
		}
		/* a component the document states n/a (out of scope, "not
		 * assessed this time") counts none of its checks: 33-07's
		 * billing-export, marked pass in each column, is no part of
		 * the review's "12 of 15" nor ready at 100% */
		if (comp->status == PRR_NA)
			f->status = PRR_NA;
		prr_tally_add(&cf->tally, f->status);
	}
	cf->readiness = prr_tally_readiness(&cf->tally);
	cf->level = prr_level_of(cf->readiness, s->ready, s->partial);
	cf->stated = comp->status == PRR_PASS ? PRR_LEVEL_READY
		     : comp->status == PRR_PARTIAL ? PRR_LEVEL_PARTIAL
		     : comp->status == PRR_FAIL ? PRR_LEVEL_NOT_READY
						: PRR_LEVEL_UNKNOWN;
}

/*** Dimensions ***/

static void score_dimensions(prr_dimscore *out, prr_arena *a,
			     const prr_review *r, const prr_config *c)
{
	double sum = 0, sum_high = 0, weights = 0;
	out->n = r->n_dimensions;
	out->dims = prr_arena_array(a, out->n ? out->n : 1, sizeof *out->dims);
	for (size_t i = 0; i < r->n_dimensions; i++) {
		const prr_dimension *d = &r->dimensions[i];
		prr_dimfig *f = &out->dims[i];
		f->dimension = d;
		double w = c ? prr_config_weight(c, d->name) : PRR_NONE;
		f->weight_from = "config";
		if (!prr_has(w)) {
			w = d->weight;
			f->weight_from = "document";
		}
		if (!prr_has(w) || w < 0) {
			w = 1;
			f->weight_from = "equal";
		}
		f->weight = w;
		f->norm = f->norm_high = PRR_NONE;
		if (!prr_has(d->score) || !prr_has(d->max) || d->max <= 0)
			continue;
		f->norm = d->score / d->max;
		f->norm_high = (prr_has(d->high) ? d->high : d->score) / d->max;
		sum += w * f->norm;
		sum_high += w * f->norm_high;
		weights += w;
	}
	out->value = out->high = out->percent = out->percent_high = PRR_NONE;
	if (weights > 0) {
		out->value = sum / weights * 10.0;
		out->high = sum_high / weights * 10.0;
		out->percent = out->value * 10.0;
		out->percent_high = out->high * 10.0;
	}
}

/*** The scorecard ***/

/* Whether the words from p (to the sentence's end e) name a day, not
 * the launch: "2026-06-30", "the first month-end (2026-10-31)"; not
 * "launch on 2026-10-19", nor a day after a comma. */
static bool deadline_day(const char *p, const char *e)
{
	static const char *const events[] = { "launch", "go-live", "go live",
		"cutover", "cut-over", "release", "ga ", "rollout", "roll-out",
		/* "before the first productive run on 2026-11-02" */
		"productive", "production", "first run", NULL };
	for (const char *q = p; q < e && q < p + 48 && *q != ','; q++) {
		for (int i = 0; events[i]; i++)
			if (strncasecmp(q, events[i], strlen(events[i])) == 0)
				return false;
		if (isdigit((unsigned char)*q))
			return true;
	}
	return false;
}

/* Whether the words right before p[0] make what follows a condition of
 * the verdict ("approved, conditional on NS-41 being closed and Cost
 * controls scoring 3 at the 8 June follow-up", "provided that finding
 * TIP-F2 is closed"): what else the sentence says is of the rest. */
static const char *const condition_words[] = { "conditional on",
	"conditional upon", "on condition that", "provided that",
	"providing that", "provided", "subject to", "contingent on",
	"contingent upon", NULL };

static bool made_condition(const char *text, const char *p)
{
	const char *const *words = condition_words;
	const char *e = p;
	while (e > text && e[-1] == ' ')
		e--;
	/* "… provided that finding TIP-F2", "subject to the fix of" no */
	static const char *const nouns[] = { "finding", "the", NULL };
	for (int i = 0; nouns[i]; i++) {
		size_t k = strlen(nouns[i]);
		if ((size_t)(e - text) > k && e[-(ptrdiff_t)k - 1] == ' ' &&
		    strncasecmp(e - k, nouns[i], k) == 0) {
			e -= k;
			while (e > text && e[-1] == ' ')
				e--;
		}
	}
	for (int i = 0; words[i]; i++) {
		size_t k = strlen(words[i]);
		if ((size_t)(e - text) >= k && strncasecmp(e - k, words[i], k) == 0 &&
		    (e - k == text || !isalnum((unsigned char)e[-(ptrdiff_t)k - 1])))
			return true;
	}
	return false;
}

/* Whether the sentence of `text` around p[0] puts its finding off rather
 * than makes it a condition: "F-1 and F-3 may follow within 30 days",
 * "F-4 is non-blocking", "LS-14 is accepted as a known risk", "VSR-1
 * must be closed within 90 days of signing". */
static bool put_off(const char *text, const char *p)
{
	static const char *const words[] = { "may follow", "can follow",
		"follow within", "after launch", "post-launch", "post launch",
		"non-blocking", "not blocking", "not a blocker", "follow-up",
		"follow up", "accepted as", "accepted risk", "risk accepted",
		"known risk", "of signing", "after signing", "after go-live",
		"after ga", "post-ga", NULL };
	const char *a = p, *b = p;
	while (a > text && !(a[-1] == ' ' && a - 1 > text &&
			     (a[-2] == '.' || a[-2] == ';')))
		a--;
	while (*b && !((*b == '.' || *b == ';') && (b[1] == ' ' || !b[1])))
		b++;
	if (made_condition(text, p)) {
		/* a condition: only its own clause may put it off ("conditional
		 * on F-8 being closed within 90 days of signing") */
		a = p;
		for (const char *q = p; q < b; q++)
			if (*q == ',' || strncasecmp(q, " and ", 5) == 0) {
				b = q;
				break;
			}
	}
	for (int i = 0; words[i]; i++) {
		size_t k = strlen(words[i]);
		for (const char *q = a; q + k <= b; q++)
			if (strncasecmp(q, words[i], k) == 0)
				return true;
	}
	/* "with IDN-412 to be closed before 2026-06-30": a day, not the
	 * launch ("to be fixed before launch" is a condition); but a day
	 * the sentence makes a condition's ("GO for 19 May, provided the
	 * launch blockers (PAYL-431, PAYL-447) are Done by Friday 15 May")
	 * is when the condition falls due */
	for (int i = 0; condition_words[i]; i++) {
		size_t k = strlen(condition_words[i]);
		for (const char *q = a; q + k <= p; q++)
			if (strncasecmp(q, condition_words[i], k) == 0)
				return false;
	}
	static const char *const deadlines[] = { " before ", " by " };
	for (const char *q = a; q < b; q++)
		for (size_t i = 0; i < 2; i++) {
			size_t k = strlen(deadlines[i]);
			if ((size_t)(b - q) > k && strncasecmp(q, deadlines[i], k) == 0 &&
			    deadline_day(q + k, b))
				return true;
		}
	return false;
}

/* Whether the verdict `text` names finding `id` only to put it off
 * ("READY, with IDN-412 to be closed before 2026-06-30"): no blocker,
 * whatever the finding's own place says. */
static bool puts_off_id(const char *text, const char *id)
{
	size_t n = id ? strlen(id) : 0;
	if (!text || n < 2)
		return false;
	bool named = false;
	for (const char *p = strstr(text, id); p; p = strstr(p + 1, id)) {
		if ((p > text && isalnum((unsigned char)p[-1])) ||
		    isalnum((unsigned char)p[n]))
			continue;
		if (!put_off(text, p))
			return false;
		named = true;
	}
	return named;
}

/* Whether the verdict `text` names finding `id` as one of its conditions
 * ("Go, on condition that F-008 is fixed"), not as put off. */
static bool names_id(const char *text, const char *id)
{
	size_t n = id ? strlen(id) : 0;
	if (!text || n < 2)
		return false;
	for (const char *p = strstr(text, id); p; p = strstr(p + 1, id)) {
		bool before = p > text && isalnum((unsigned char)p[-1]);
		bool after = isalnum((unsigned char)p[n]);
		if (!before && !after && !put_off(text, p))
			return true;
	}
	return false;
}

/* Whether a whole word of `text` denies a count ("no critical issues",
 * "0 high findings", "zero blockers", "without open issues"). */
static bool denies(const char *text)
{
	static const char *const words[] = { "no", "0", "zero", "none",
					     "without" };
	for (const char *p = text; *p;) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		const char *w = p;
		while (isalnum((unsigned char)*p))
			p++;
		for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
			if ((size_t)(p - w) == strlen(words[i]) &&
			    strncasecmp(w, words[i], (size_t)(p - w)) == 0)
				return true;
	}
	return false;
}

/* Whether p[0..len) is a week or a quarter of the calendar ("W25",
 * "KW25", "CW7", "Q3", "H2"), which is no finding's ID. */
static bool calendar_id(const char *p, size_t len)
{
	size_t k = 0;
	while (k < len && k < 2 && isupper((unsigned char)p[k]))
		k++;
	size_t digits = len - k;
	if (k == 0 || digits == 0 || digits > 2 ||
	    strspn(p + k, "0123456789") != digits)
		return false;
	int v = atoi(p + k);
	if ((k == 1 && p[0] == 'W') || (k == 2 && (strncmp(p, "KW", 2) == 0 ||
						   strncmp(p, "CW", 2) == 0)))
		return v >= 1 && v <= 53;
	return k == 1 && ((p[0] == 'Q' && v >= 1 && v <= 4) ||
			  (p[0] == 'H' && (v == 1 || v == 2)));
}

/* Whether `text` names something like a finding's ID in a word of its own
 * ("NO-GO until ORD-12 lands"; not "starting W25 (15 June)"). */
static bool names_some_id(const char *text)
{
	size_t n = strlen(text);
	for (size_t i = 0; i < n; i++) {
		size_t at, len;
		if ((i == 0 || text[i - 1] == ' ') &&
		    prr_rec_finding_id(text + i, n - i, &at, &len) && at == 0 &&
		    !calendar_id(text + i, len) && !put_off(text, text + i))
			return true;
	}
	return false;
}

bool prr_score_verdict_unlisted(const prr_scorecard *s)
{
	const prr_review *r = s->review;
	if (s->n_blockers > 0 || !r || !r->status_text || !*r->status_text)
		return false;
	if (r->level == PRR_LEVEL_NOT_READY || r->level == PRR_LEVEL_PARTIAL)
		return true;
	const char *t = r->status_text;
	bool blocking = false;
	prr_severity sev = prr_rec_severity(t, strlen(t), &blocking);
	if ((sev == PRR_SEV_CRITICAL || sev == PRR_SEV_HIGH || blocking) &&
	    !denies(t))
		return true;
	return names_some_id(t);
}

static prr_blocker *add_blocker(prr_scorecard *s, prr_arena *a, size_t *cap,
				const char *kind, const char *name,
				const char *why, int line)
{
	prr_blocker *b = PRR_VEC_PUSH(a, s->blockers, s->n_blockers, *cap);
	b->kind = kind;
	b->name = name;
	b->why = why;
	b->finding = NULL;
	b->line = line;
	return b;
}

void prr_score_review(prr_scorecard *s, prr_arena *a, const prr_review *r,
		      const prr_config *c)
{
	size_t cat_cap = 0, waived_cap = 0, block_cap = 0;
	prr_names cols = { 0 };
	waivers wv;
	waivers_index(&wv, a, c);
	memset(s, 0, sizeof *s);
	s->review = r;
	s->ready = c ? c->ready : PRR_DEFAULT_READY;
	s->partial = c ? c->partial : PRR_DEFAULT_PARTIAL;

	s->n_comps = r->n_components;
	s->comps = prr_arena_array(a, s->n_comps ? s->n_comps : 1,
				   sizeof *s->comps);
	for (size_t i = 0; i < r->n_components; i++) {
		prr_compfig *cf = &s->comps[i];
		score_component(s, a, cf, &r->components[i], &wv, &waived_cap);
		tally_merge(&s->tally, &cf->tally);
		if (r->components[i].status != PRR_UNKNOWN)
			prr_tally_add(&s->stated, r->components[i].status);
		for (size_t k = 0; k < cf->n_checks; k++)
			cf->checks[k].column = category_index(
				s, a, &cat_cap, &cols, cf->checks[k].check->category);
	}
	for (size_t i = 0; i < s->n_comps; i++) {
		prr_compfig *cf = &s->comps[i];
		cf->cells = prr_arena_array(a, s->n_categories ? s->n_categories : 1,
					    sizeof *cf->cells);
		for (size_t j = 0; j < s->n_categories; j++)
			cf->cells[j] = -1;
		for (size_t k = 0; k < cf->n_checks; k++) {
			int j = cf->checks[k].column;
			if (j >= 0 && cf->cells[j] < 0)
				cf->cells[j] = (int)k;
		}
	}
	prr_names_free(&cols);
	s->readiness = prr_tally_readiness(&s->tally);
	s->level = prr_level_of(s->readiness, s->ready, s->partial);
	score_dimensions(&s->dims, a, r, c);

	s->n_lists = r->n_checklists;
	s->lists = prr_arena_array(a, s->n_lists ? s->n_lists : 1, sizeof *s->lists);
	for (size_t i = 0; i < r->n_checklists; i++) {
		prr_listfig *l = &s->lists[i];
		l->list = &r->checklists[i];
		for (size_t k = 0; k < l->list->n_items; k++) {
			const prr_checkitem *it = &l->list->items[k];
			if (it->done)
				l->done++;
			else if (it->status == PRR_PARTIAL)
				l->partial++;
			else if (it->status == PRR_NA)
				l->na++;
			else if (it->status == PRR_UNKNOWN && it->status_text)
				l->unknown++;
		}
		l->total = (int)l->list->n_items - l->na - l->unknown;
		l->percent = l->total ? 100.0 * l->done / l->total : PRR_NONE;
	}

	s->finding_waived = prr_arena_array(a, r->n_findings ? r->n_findings : 1,
					    sizeof *s->finding_waived);
	for (size_t i = 0; i < r->n_findings; i++) {
		const prr_finding *f = &r->findings[i];
		const prr_waiver *w = waiver_for_finding(&wv, f);
		if (w) {
			prr_waived *wd = PRR_VEC_PUSH(a, s->waived, s->n_waived,
						      waived_cap);
			wd->waiver = w;
			wd->state = waiver_state(w, r->date);
			wd->finding = f->title ? f->title : f->id;
			wd->line = f->line;
			if (wd->state == PRR_WAIVER_ACTIVE) {
				s->finding_waived[i] = true;
				s->findings_waived++;
				continue;
			}
		}
		s->findings[f->severity]++;
		s->findings_open++;
		/* a finding the verdict names is a condition of it: a blocker
		 * ("Go, on condition that F-008 is fixed") */
		const char *why = puts_off_id(r->status_text, f->id) ? NULL
				  : f->severity == PRR_SEV_CRITICAL ? "critical"
				  : f->blocking ? "blocking"
				  : names_id(r->status_text, f->id) ? "named-in-verdict"
				  : NULL;
		if (why)
			add_blocker(s, a, &block_cap, "finding",
				    f->title ? f->title : f->id, why,
				    f->line)->finding = f;
	}
	for (size_t i = 0; i < s->n_comps; i++)
		if (s->comps[i].level == PRR_LEVEL_NOT_READY)
			add_blocker(s, a, &block_cap, "component", s->comps[i].name,
				    "not-ready", s->comps[i].component->line);
	waivers_free(&wv);
}
