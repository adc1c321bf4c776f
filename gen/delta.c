/* delta.c - across reviews: a trend per figure, and what changed between
 * two reviews.  Everything is matched by name (prr_name_eq). */
#include "prr/figures.h"

#include <stdlib.h>
#include <string.h>

static const char *const change_names[] = { "same", "improved", "regressed",
					    "added", "gone" };

const char *prr_change_name(prr_change c)
{
	return (unsigned)c <= PRR_GONE ? change_names[c] : "?";
}

/*** Named values of one review ***/

/* A family of named figures: how many a review has, the name and value of
 * the i-th. */
typedef struct family {
	const char *kind;
	size_t (*count)(const prr_revfig *f);
	const char *(*name)(const prr_revfig *f, size_t i);
	double (*value)(const prr_revfig *f, size_t i);
} family;

static size_t dim_count(const prr_revfig *f) { return f->score.dims.n; }
static const char *dim_name(const prr_revfig *f, size_t i)
{
	return f->score.dims.dims[i].dimension->name;
}
static double dim_value(const prr_revfig *f, size_t i)
{
	return f->score.dims.dims[i].norm * 10.0;
}

static size_t comp_count(const prr_revfig *f) { return f->score.n_comps; }
static const char *comp_name(const prr_revfig *f, size_t i)
{
	return f->score.comps[i].name;
}
static double comp_value(const prr_revfig *f, size_t i)
{
	return f->score.comps[i].readiness;
}

static size_t score_count(const prr_revfig *f) { return f->review->n_scores; }
static const char *score_name(const prr_revfig *f, size_t i)
{
	return f->review->scores[i].label;
}
static double score_value(const prr_revfig *f, size_t i)
{
	const prr_score *s = &f->review->scores[i];
	return prr_has(s->max) && s->max > 0 ? s->value / s->max * 100.0 : s->value;
}

static const family families[] = {
	{ "dimension", dim_count, dim_name, dim_value },
	{ "component", comp_count, comp_name, comp_value },
	{ "score", score_count, score_name, score_value },
};

/* The names of `fam` in `f`, each to its first index. */
static void index_items(prr_names *t, const family *fam, const prr_revfig *f)
{
	for (size_t i = 0; i < fam->count(f); i++)
		if (fam->name(f, i))
			prr_names_put(t, fam->name(f, i), i);
}

/* The index of `name` in `f` (indexed in `t`): `hint` when it has that
 * name, else the first that has, else SIZE_MAX. */
static size_t find_item(const family *fam, const prr_revfig *f,
			const prr_names *t, const char *name, size_t hint)
{
	if (hint < fam->count(f)) {
		const char *nm = fam->name(f, hint);
		if (nm && prr_name_eq(nm, name))
			return hint;
	}
	size_t i = prr_names_find(t, name);
	return i == PRR_NAMES_NONE ? SIZE_MAX : i;
}

/* Review-wide figures; higher is better except for findings. */
static double whole_value(const prr_revfig *f, int which)
{
	switch (which) {
	case 0: return f->score.readiness;
	case 1: return f->score.dims.value;
	default: return (double)f->score.findings_open;
	}
}

static const char *const whole_kinds[] = { "readiness", "dimension-score",
					   "findings" };

/*** Trends ***/

static prr_trend *add_trend(prr_trend **v, size_t *n, size_t *cap,
			    prr_arena *a, const char *kind, const char *name,
			    size_t nrev)
{
	prr_trend *t = PRR_VEC_PUSH(a, *v, *n, *cap);
	t->kind = kind;
	t->name = name;
	t->n = nrev;
	t->values = prr_arena_array(a, nrev ? nrev : 1, sizeof *t->values);
	return t;
}

void prr_trend_build(prr_trend **out, size_t *n_out, prr_arena *a,
		     const prr_revfig *revs, size_t n)
{
	size_t cap = 0;
	*out = NULL;
	*n_out = 0;
	for (int w = 0; w < 3; w++) {
		prr_trend *t = add_trend(out, n_out, &cap, a, whole_kinds[w],
					 whole_kinds[w], n);
		for (size_t i = 0; i < n; i++)
			t->values[i] = whole_value(&revs[i], w);
	}
	/* One pass over each family's entries, review by review: an entry
	 * names a trend made when its name is first seen (its values before
	 * then are absent) and fills that trend's value for the review unless
	 * an earlier entry of the same review did (first match, as a lookup
	 * by name would).  Reviews mostly list the same names in the same
	 * order, so the trend at the entry's position is tried first: 200
	 * reviews of 50 components no longer compare every name with every
	 * other in every review. */
	size_t *filled = NULL, fcap = 0; /* [trend - first] -> review + 1 */
	for (size_t f = 0; f < sizeof families / sizeof *families; f++) {
		const family *fam = &families[f];
		size_t first = *n_out;
		prr_names seen = { 0 }; /* name -> its trend */
		for (size_t i = 0; i < n; i++)
			for (size_t k = 0; k < fam->count(&revs[i]); k++) {
				const char *nm = fam->name(&revs[i], k);
				if (!nm)
					continue;
				size_t q = first + k;
				if (q >= *n_out || !prr_name_eq((*out)[q].name, nm))
					q = prr_names_put(&seen, nm, *n_out);
				if (q == *n_out) {
					prr_trend *t = add_trend(out, n_out, &cap, a,
								 fam->kind, nm, n);
					for (size_t j = 0; j < n; j++)
						t->values[j] = PRR_NONE;
					if (q - first >= fcap) {
						fcap = fcap ? 2 * fcap : 64;
						filled = prr_xrealloc(filled, fcap * sizeof *filled);
					}
					filled[q - first] = 0;
				}
				if (filled[q - first] == i + 1)
					continue;
				filled[q - first] = i + 1;
				(*out)[q].values[i] = fam->value(&revs[i], k);
				/* a component's stated status beside its readiness
				 * (a component of no checks has only that) */
				prr_status st = f == 1 ? revs[i].score.comps[k].component->status
						       : PRR_UNKNOWN;
				if (st == PRR_UNKNOWN)
					continue;
				if (!(*out)[q].stated)
					(*out)[q].stated = prr_arena_array(
						a, n, sizeof *(*out)[q].stated);
				(*out)[q].stated[i] = prr_status_name(st);
			}
		prr_names_free(&seen);
	}
	free(filled);
}

/*** Delta ***/

typedef struct dl {
	prr_delta *d;
	prr_arena *a;
	size_t cap;
} dl;

static prr_change compare(double before, double after, bool lower_better)
{
	if (!prr_has(before) && !prr_has(after))
		return PRR_SAME;
	if (!prr_has(before))
		return PRR_ADDED;
	if (!prr_has(after))
		return PRR_GONE;
	if (fabs(after - before) < 1e-9)
		return PRR_SAME;
	return (after > before) != lower_better ? PRR_IMPROVED : PRR_REGRESSED;
}

static prr_deltarow *add_row(dl *b, const char *kind, const char *name,
			     double before, double after, prr_change ch)
{
	if (ch == PRR_SAME)
		return NULL;
	prr_deltarow *r = PRR_VEC_PUSH(b->a, b->d->rows, b->d->n, b->cap);
	r->kind = kind;
	r->name = name;
	r->before = before;
	r->after = after;
	r->scale = PRR_NONE;
	r->change = ch;
	b->d->improved += ch == PRR_IMPROVED;
	b->d->regressed += ch == PRR_REGRESSED;
	return r;
}

/* How good a check status is; 0: not comparable (na, unknown). */
static int status_rank(prr_status s)
{
	switch (s) {
	case PRR_PASS: return 4;
	case PRR_PARTIAL: return 3;
	case PRR_PENDING: return 2;
	case PRR_FAIL: return 1;
	default: return 0;
	}
}

/* The categories of `x`'s checks, each to its first check. */
static void index_categories(prr_names *t, const prr_compfig *x)
{
	for (size_t m = 0; m < x->n_checks; m++)
		if (x->checks[m].check->category)
			prr_names_put(t, x->checks[m].check->category, m);
}

/* "COMPONENT / CATEGORY", a check's row name; joined by hand, as printf
 * reading its format was a third of comparing two reviews. */
static const char *check_row_name(prr_arena *a, const char *comp,
				  const char *cat)
{
	size_t n = strlen(comp), m = strlen(cat);
	char *s = prr_arena_alloc_str(a, n + 3 + m + 1);
	memcpy(s, comp, n);
	memcpy(s + n, " / ", 3);
	memcpy(s + n + 3, cat, m + 1);
	return s;
}

/* Each check of `y` against the check of `x` of the same category: the
 * one at the same place when it has it (checks mostly keep their order),
 * else the first of that category, found in a table of x's categories
 * (made when a check is first not at its place) so a component of many
 * checks is linear. */
static void delta_checks(dl *b, const prr_compfig *x, const prr_compfig *y)
{
	prr_names cats = { 0 };
	bool indexed = false;
	for (size_t k = 0; k < y->n_checks; k++) {
		const prr_checkfig *after = &y->checks[k];
		const char *cat = after->check->category;
		if (!cat)
			continue;
		size_t q = k;
		if (q >= x->n_checks || !x->checks[q].check->category ||
		    !prr_name_eq(x->checks[q].check->category, cat)) {
			if (!indexed)
				index_categories(&cats, x);
			indexed = true;
			q = prr_names_find(&cats, cat);
		}
		if (q == PRR_NAMES_NONE)
			continue;
		const prr_checkfig *before = &x->checks[q];
		int rb = status_rank(before->status), ra = status_rank(after->status);
		if (rb && ra && rb != ra) {
			prr_deltarow *r = add_row(
				b, "check", check_row_name(b->a, y->name, cat),
				rb, ra, ra > rb ? PRR_IMPROVED : PRR_REGRESSED);
			r->before_text = prr_status_name(before->status);
			r->after_text = prr_status_name(after->status);
		}
	}
	prr_names_free(&cats);
}

/* The status the document states of a component both reviews have,
 * ranked as a check's ("ledger-writer ✅ → ❌" regressed), whether or not
 * the component has checks: for one without, the only change there is. */
static void delta_stated(dl *b, const prr_compfig *x, const prr_compfig *y)
{
	prr_status sb = x->component->status, sa = y->component->status;
	int rb = status_rank(sb), ra = status_rank(sa);
	if (!rb || !ra || rb == ra)
		return;
	prr_deltarow *r = add_row(b, "component-status", y->name, rb, ra,
				  ra > rb ? PRR_IMPROVED : PRR_REGRESSED);
	r->before_text = prr_status_name(sb);
	r->after_text = prr_status_name(sa);
}

/*
 * The findings of a review, for matching others with them.  Two findings
 * are the same when both have ids and these are equal (by prr_name_eq),
 * or, when one lacks an id, their titles are equal; found through tables
 * of ids and titles, so linear in the findings.
 */
typedef struct finding_index {
	prr_names ids, titles, noid_titles;
} finding_index;

static void finding_index_build(finding_index *t, const prr_review *in)
{
	memset(t, 0, sizeof *t);
	for (size_t k = 0; k < in->n_findings; k++) {
		const prr_finding *f = &in->findings[k];
		if (f->id)
			prr_names_put(&t->ids, f->id, k);
		if (f->title)
			prr_names_put(&t->titles, f->title, k);
		if (!f->id && f->title) /* matched by title by any finding */
			prr_names_put(&t->noid_titles, f->title, k);
	}
}

static void finding_index_free(finding_index *t)
{
	prr_names_free(&t->ids);
	prr_names_free(&t->titles);
	prr_names_free(&t->noid_titles);
}

/* The index of the finding of `t` that is `f`, or PRR_NAMES_NONE. */
static size_t finding_match(const finding_index *t, const prr_finding *f)
{
	size_t k = PRR_NAMES_NONE;
	if (f->id) {
		k = prr_names_find(&t->ids, f->id);
		if (k == PRR_NAMES_NONE && f->title)
			k = prr_names_find(&t->noid_titles, f->title);
	} else if (f->title) {
		k = prr_names_find(&t->titles, f->title);
	}
	return k;
}

/* Findings of `from` that `in` (indexed in `t`) does not have, pushed to
 * *out. */
static void findings_missing(dl *b, const prr_review *from,
			     const finding_index *t, const prr_finding ***out,
			     size_t *n, size_t *cap)
{
	for (size_t i = 0; i < from->n_findings; i++)
		if (finding_match(t, &from->findings[i]) == PRR_NAMES_NONE)
			*PRR_VEC_PUSH(b->a, *out, *n, *cap) = &from->findings[i];
}

/* A finding both reviews have whose stated severity changed, named by
 * its id and title: "F-35 high → medium" improved (less severe), "low →
 * critical" regressed, as a reader of the critical and high counts takes
 * it.  `tx` indexes x's findings. */
static void delta_severity(dl *b, const finding_index *tx,
			   const prr_review *x, const prr_review *y)
{
	for (size_t i = 0; i < y->n_findings; i++) {
		const prr_finding *f = &y->findings[i];
		size_t k = f->severity ? finding_match(tx, f) : PRR_NAMES_NONE;
		if (k == PRR_NAMES_NONE)
			continue;
		prr_severity sb = x->findings[k].severity, sa = f->severity;
		if (!sb || sb == sa)
			continue;
		/* critical 1 … info 5: a higher number is less severe */
		const char *name = f->id && f->title
			? prr_arena_printf(b->a, "%s: %s", f->id, f->title)
			: f->id ? f->id : f->title;
		prr_deltarow *r = add_row(b, "severity", name, sb, sa,
					  sa > sb ? PRR_IMPROVED : PRR_REGRESSED);
		r->before_text = prr_severity_name(sb);
		r->after_text = prr_severity_name(sa);
	}
}

/* The one score each review states, on one scale ("71 / 100", then "88 /
 * 100"): its change (the figure a headline shows beside it) and a row;
 * none where either states several, a range, a grade alone or another
 * scale than the other. */
static void delta_stated_score(dl *b, const prr_review *x, const prr_review *y)
{
	b->d->score_change = PRR_NONE;
	if (x->n_scores != 1 || y->n_scores != 1)
		return;
	const prr_score *s = x->scores, *t = y->scores;
	if (!prr_has(s->value) || !prr_has(t->value) || prr_has(s->high) ||
	    prr_has(t->high) || prr_has(s->max) != prr_has(t->max) ||
	    (prr_has(s->max) && fabs(s->max - t->max) > 1e-9))
		return;
	b->d->score_change = t->value - s->value;
	prr_deltarow *r = add_row(b, "stated-score", t->label ? t->label : "score",
				  s->value, t->value, compare(s->value, t->value, false));
	if (r)
		r->scale = t->max;
}

/* Where the later review names a component it no longer has: a
 * checklist's title or section ("## indexer" over its checks), a
 * heading, a finding's component (a change of layout, not a component
 * gone). */
static const char *const named_as[] = { "as a checklist", "in a heading",
					"in a finding" };

static void index_named(prr_names *t, const prr_review *y)
{
	for (size_t i = 0; i < y->n_checklists; i++) {
		if (y->checklists[i].title)
			prr_names_put(t, y->checklists[i].title, 0);
		if (y->checklists[i].section)
			prr_names_put(t, y->checklists[i].section, 0);
	}
	for (size_t i = 0; i < y->n_sections; i++)
		if (y->sections[i].heading)
			prr_names_put(t, y->sections[i].heading, 1);
	for (size_t i = 0; i < y->n_findings; i++)
		if (y->findings[i].component)
			prr_names_put(t, y->findings[i].component, 2);
}

/* The documents' own verdicts, where both state one and its level
 * changed ("CONDITIONAL GO" to "GO"): the first change a reader looks
 * for, in the documents' words. */
static void delta_verdict(dl *b, const prr_review *x, const prr_review *y)
{
	if (x->level == PRR_LEVEL_UNKNOWN || y->level == PRR_LEVEL_UNKNOWN ||
	    x->level == y->level)
		return;
	/* ready 3, partial 2, not ready 1: higher is better */
	double before = PRR_LEVEL_COUNT - x->level, after = PRR_LEVEL_COUNT - y->level;
	prr_deltarow *r = add_row(b, "verdict", "verdict", before, after,
				  compare(before, after, false));
	if (!r)
		return;
	r->before_text = x->status_text ? x->status_text : prr_level_name(x->level);
	r->after_text = y->status_text ? y->status_text : prr_level_name(y->level);
}

static void delta_findings(dl *b, const prr_review *x, const prr_review *y)
{
	size_t co = 0, cc = 0;
	prr_delta *d = b->d;
	finding_index tx, ty;
	finding_index_build(&tx, x);
	finding_index_build(&ty, y);
	delta_severity(b, &tx, x, y);
	findings_missing(b, y, &tx, &d->opened, &d->n_opened, &co);
	findings_missing(b, x, &ty, &d->closed, &d->n_closed, &cc);
	finding_index_free(&tx);
	finding_index_free(&ty);
}

void prr_delta_compute(prr_delta *d, prr_arena *a, const prr_revfig *x,
		       const prr_revfig *y)
{
	dl b = { d, a, 0 };
	size_t ca = 0, cg = 0, cn = 0;
	prr_names named = { 0 }; /* the later review's other names */
	bool named_indexed = false;
	memset(d, 0, sizeof *d);
	d->before = x->review->date;
	d->after = y->review->date;
	delta_verdict(&b, x->review, y->review);
	delta_stated_score(&b, x->review, y->review);
	for (int w = 0; w < 3; w++) {
		double before = whole_value(x, w), after = whole_value(y, w);
		add_row(&b, whole_kinds[w], whole_kinds[w], before, after,
			compare(before, after, w == 2));
	}
	/* dimensions and components, by name, in the later review's order,
	 * then what the earlier review had and the later one has not */
	for (size_t f = 0; f < 2; f++) {
		const family *fam = &families[f];
		prr_names in_x = { 0 }, in_y = { 0 };
		index_items(&in_x, fam, x);
		index_items(&in_y, fam, y);
		for (size_t i = 0; i < fam->count(y); i++) {
			const char *nm = fam->name(y, i);
			if (!nm)
				continue;
			size_t k = find_item(fam, x, &in_x, nm, i);
			double after = fam->value(y, i);
			if (k == SIZE_MAX) {
				add_row(&b, fam->kind, nm, PRR_NONE, after, PRR_ADDED);
				if (f == 1)
					*PRR_VEC_PUSH(a, d->comps_added, d->n_added, ca) = nm;
				continue;
			}
			double before = fam->value(x, k);
			d->shared++;
			add_row(&b, fam->kind, nm, before, after,
				compare(before, after, false));
			if (f == 1) { /* comp_name(x, k) is x->score.comps[k].name */
				delta_stated(&b, &x->score.comps[k], &y->score.comps[i]);
				delta_checks(&b, &x->score.comps[k], &y->score.comps[i]);
			}
		}
		for (size_t i = 0; i < fam->count(x); i++) {
			const char *nm = fam->name(x, i);
			if (!nm || find_item(fam, y, &in_y, nm, i) != SIZE_MAX)
				continue;
			if (f == 1) {
				if (!named_indexed)
					index_named(&named, y->review);
				named_indexed = true;
				size_t w = prr_names_find(&named, nm);
				if (w != PRR_NAMES_NONE) { /* still named: not gone */
					*PRR_VEC_PUSH(a, d->comps_named, d->n_named, cn) =
						(struct prr_named){ nm, named_as[w], i };
					continue;
				}
			}
			add_row(&b, fam->kind, nm, fam->value(x, i), PRR_NONE, PRR_GONE);
			if (f == 1)
				*PRR_VEC_PUSH(a, d->comps_gone, d->n_gone, cg) = nm;
		}
		prr_names_free(&in_x);
		prr_names_free(&in_y);
	}
	prr_names_free(&named);
	size_t has_x = 0, has_y = 0;
	for (size_t f = 0; f < 2; f++) {
		has_x += families[f].count(x);
		has_y += families[f].count(y);
	}
	d->unrelated = d->shared == 0 && has_x > 0 && has_y > 0;
	delta_findings(&b, x->review, y->review);
}
