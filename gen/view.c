/* view.c - figures shaped for the templates; see include/prr/view.h. */
#include "prr/view.h"
#include "prr/portfolio.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prr/vtree.h"
#include "prr/mdhtml.h"
#include "prr/svg.h"

/*** The page's data (a vtree in the page's arena) ***/

/* Every key `k` below is a string literal (or passed down from one): the
 * tree borrows it. */

static void put(prr_vnode *o, const char *k, const char *s)
{
	if (s && *s)
		prr_vput_str(o, k, s, strlen(s));
}

/* put, borrowing `s`: a literal, or the model's (which outlives every
 * page of a build and every report). */
static void putr(prr_vnode *o, const char *k, const char *s)
{
	if (s && *s)
		prr_vput_ref(o, k, s);
}

/* The thread's buffer for formatting a value before it is copied into
 * the page (a malloc and a free per formatted value were a twentieth of
 * building a page); freed when a site or report is done. */
static _Thread_local prr_buf scratch_buf = PRR_BUF_INIT;

static prr_buf *scratch(void)
{
	prr_buf_reset(&scratch_buf);
	return &scratch_buf;
}

static void scratch_free(void)
{
	prr_buf_free(&scratch_buf);
}

static void putf(prr_vnode *o, const char *k, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void putf(prr_vnode *o, const char *k, const char *fmt, ...)
{
	prr_buf *b = scratch();
	va_list ap;
	va_start(ap, fmt);
	prr_buf_vaddf(b, fmt, ap);
	va_end(ap);
	if (b->n)
		prr_vput_str(o, k, b->p, b->n);
}

/* "3/7": passed of total, without printf's machinery (a cell of every
 * scorecard has one) */
static void put_ratio(prr_vnode *o, const char *k, int a, int b)
{
	char t[2 * PRR_DECIMAL_MAX + 1];
	size_t n = prr_decimal(t, a);
	t[n++] = '/';
	n += prr_decimal(t + n, b);
	prr_vput_str(o, k, t, n);
}

static void putb(prr_vnode *o, const char *k, bool v)
{
	prr_vput_bool(o, k, v);
}

static void putn(prr_vnode *o, const char *k, double v)
{
	prr_vput_num(o, k, v);
}

static prr_vnode *put_arr(prr_vnode *o, const char *k)
{
	return prr_vput_list(o, k);
}

static prr_vnode *put_obj(prr_vnode *o, const char *k)
{
	return prr_vput_obj(o, k);
}

static prr_vnode *push(prr_vnode *arr)
{
	return prr_vpush_obj(arr);
}

/*** Words, numbers, symbols ***/

static const char *pct(char *buf, size_t n, double v)
{
	if (!prr_has(v))
		return "n/a";
	double k = prr_pct_shown(v); /* what "%.0f" rounds to: half to even */
	if (fabs(k) < 1e15 && n >= PRR_DECIMAL_MAX + 3) {
		/* printf is the main cost of a number on a page; as it would,
		 * a small negative prints as "-0%" */
		size_t at = 0;
		if (k == 0 && signbit(k))
			buf[at++] = '-';
		at += prr_decimal(buf + at, (long long)k);
		buf[at++] = '%';
		buf[at] = '\0';
		return buf;
	}
	snprintf(buf, n, "%.0f%%", v);
	return buf;
}

static void put_pct(prr_vnode *o, const char *k, double v)
{
	char b[32];
	put(o, k, pct(b, sizeof b, v));
}

/* "8", "8.5": one decimal at most. */
static void fmt_num(prr_buf *b, double v)
{
	if (!prr_has(v)) {
		prr_buf_adds(b, "n/a");
		return;
	}
	prr_buf_add_tenths(b, v);
}

/* `one` or `many`, as `n` asks ("1 more wave", "2 more waves"). */
static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* "+1 day", "-3 days": a signed count of days. */
static void putf_days(prr_vnode *o, const char *k, long days)
{
	putf(o, k, "%+ld %s", days, days == 1 || days == -1 ? "day" : "days");
}

/* "3–5 days": a low–high span with its unit. */
static void fmt_span(prr_buf *b, double lo, double hi, const char *unit)
{
	fmt_num(b, lo);
	if (prr_has(hi) && hi != lo) {
		prr_buf_adds(b, "\u2013");
		fmt_num(b, hi);
	}
	if (unit)
		prr_buf_addf(b, " %s", unit);
}

static void put_num(prr_vnode *o, const char *k, double v)
{
	if (!prr_has(v))
		return;
	prr_buf *b = scratch();
	fmt_num(b, v);
	put(o, k, b->p);
}

/* "8.0–8.5 / 10" */
static void put_range(prr_vnode *o, const char *k, double lo, double hi,
		      double max)
{
	if (!prr_has(lo))
		return;
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "%.1f", lo);
	if (prr_has(hi) && fabs(hi - lo) >= 0.05)
		prr_buf_addf(&b, "\u2013%.1f", hi);
	if (prr_has(max))
		prr_buf_addf(&b, " / %g", max);
	put(o, k, b.p);
	prr_buf_free(&b);
}

static const char *status_symbol(prr_status s)
{
	switch (s) {
	case PRR_PASS: return "\u2713";    /* ✓ */
	case PRR_PARTIAL: return "\u25D0"; /* ◐ */
	case PRR_FAIL: return "\u2717";    /* ✗ */
	case PRR_PENDING: return "\u2026"; /* … */
	case PRR_NA: return "\u2013";      /* – */
	default: return "?";
	}
}

/* {word, cls} of a status: a table cell, whose symbol the stylesheet
 * draws from the class */
static void put_status(prr_vnode *o, prr_status s)
{
	static const char *const cls[PRR_STATUS_COUNT] = {
		[PRR_UNKNOWN] = "st-unknown", [PRR_PASS] = "st-pass",
		[PRR_PARTIAL] = "st-partial", [PRR_FAIL] = "st-fail",
		[PRR_PENDING] = "st-pending", [PRR_NA] = "st-na",
	};
	putr(o, "status", prr_status_name(s));
	putr(o, "status_class", (unsigned)s < PRR_STATUS_COUNT ? cls[s] : "st-unknown");
}

/* {word, symbol, cls}: a status in running text or a list */
static void put_status_sym(prr_vnode *o, prr_status s)
{
	put_status(o, s);
	putr(o, "symbol", status_symbol(s));
}

static const char *level_label(prr_level l)
{
	switch (l) {
	case PRR_LEVEL_READY: return "Ready";
	case PRR_LEVEL_PARTIAL: return "Partially ready";
	case PRR_LEVEL_NOT_READY: return "Not ready";
	default: return "Unknown";
	}
}

const char *prr_view_level_color(prr_level l)
{
	switch (l) {
	case PRR_LEVEL_READY: return "#2b7a36";
	case PRR_LEVEL_PARTIAL: return "#a35200";
	case PRR_LEVEL_NOT_READY: return "#c0302b";
	default: return "#5d6570";
	}
}

static void put_level_as(prr_vnode *o, const char *key, prr_level l)
{
	static const char *const cls[PRR_LEVEL_COUNT] = {
		[PRR_LEVEL_UNKNOWN] = "lv-unknown", [PRR_LEVEL_READY] = "lv-ready",
		[PRR_LEVEL_PARTIAL] = "lv-partial", [PRR_LEVEL_NOT_READY] = "lv-not-ready",
	};
	bool known = (unsigned)l < PRR_LEVEL_COUNT;
	prr_vnode *lv = put_obj(o, key);
	putr(lv, "name", known ? prr_level_name(l) : "unknown");
	putr(lv, "label", level_label(l));
	putr(lv, "class", known ? cls[l] : "lv-unknown");
}

static void put_level(prr_vnode *o, prr_level l)
{
	put_level_as(o, "level", l);
}

/* {arrow, text, class} for a change of `d` (after - before) */
static void put_change(prr_vnode *o, const char *k, double d, const char *unit,
		       bool lower_is_better)
{
	if (!prr_has(d))
		return;
	prr_vnode *c = put_obj(o, k);
	prr_buf b = PRR_BUF_INIT;
	if (fabs(d) < 0.05) {
		put(c, "arrow", "=");
		put(c, "text", "no change");
		put(c, "class", "ch-same");
	} else {
		bool up = d > 0, good = up != lower_is_better;
		put(c, "arrow", up ? "\u25B2" : "\u25BC"); /* ▲ ▼ */
		prr_buf_adds(&b, up ? "+" : "\u2212");
		fmt_num(&b, fabs(d));
		prr_buf_addf(&b, "%s", unit);
		put(c, "text", b.p);
		put(c, "class", good ? "ch-better" : "ch-worse");
		put(c, "word", good ? "better" : "worse");
	}
	prr_buf_free(&b);
}

void prr_view_slug(prr_buf *out, const char *name)
{
	size_t start = out->n;
	int dash = 0;
	for (const unsigned char *p = (const unsigned char *)(name ? name : ""); *p; p++) {
		unsigned char c = *p;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && out->n > start)
				prr_buf_addc(out, '-');
			dash = 0;
			prr_buf_addc(out, (char)c);
		} else {
			dash = 1;
		}
	}
	if (out->n == start)
		prr_buf_adds(out, "item");
	if (out->n - start > PRR_VIEW_SLUG_MAX) {
		/* a file name has at most 255 bytes: the start of the slug
		 * and a hash of the whole name, distinct for distinct names */
		uint32_t h = 2166136261u;
		for (const char *p = name ? name : ""; *p; p++)
			h = (h ^ (unsigned char)*p) * 16777619u;
		prr_buf_truncate(out, start + PRR_VIEW_SLUG_MAX - 9);
		prr_buf_addf(out, "-%08x", (unsigned)h);
	}
}

/*** Page scaffolding ***/

/* What a page needs to link anywhere in the site. */
typedef struct page {
	prr_view_emit emit;       /* where finished pages go */
	void *ud;
	prr_view_page cur;        /* the page being built */
	const prr_figures *f;
	const prr_project_figs *p;
	const prr_view_opts *o;
	const char *prefix;       /* "" or "ledgerline/" */
	char **comp_names;        /* the project's components, slugged */
	char **comp_slugs;
	size_t n_comps;
	int **kof;                /* [review][its component] -> comp_names index, or -1 */
	int *at;                  /* [comp * reviews + review] -> its index there, or -1 */
	prr_arena *arena;         /* for deltas of older reviews */
	/* A page's data is hundreds to thousands of small nodes, built,
	 * rendered once and dropped: a vtree in `ctx`, emptied after the
	 * page. */
	prr_arena *ctx;
} page;

/* The current page's context is no longer needed. */
static void ctx_drop(page *pg)
{
	prr_arena_reset(pg->ctx);
}

/* Hands the page built to the caller, then frees it. */
static int page_emit(page *pg)
{
	int rc = pg->emit(pg->ud, &pg->cur);
	free(pg->cur.path);
	ctx_drop(pg);
	memset(&pg->cur, 0, sizeof pg->cur);
	return rc;
}

static void page_drop(page *pg)
{
	free(pg->cur.path);
	ctx_drop(pg);
	memset(&pg->cur, 0, sizeof pg->cur);
}

/* A new page at `path` (relative to the project when `in_project`). */
static prr_vnode *page_new(page *pg, const char *path, const char *tpl,
		       const char *title, const char *current)
{
	prr_view_page *v = &pg->cur;
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "%s%s", pg->p ? pg->prefix : "", path);
	v->path = prr_buf_detach(&b, NULL);
	v->tpl = tpl;
	v->ctx = prr_vobj(pg->ctx);
	/* root: one "../" per folder of the path */
	for (const char *s = v->path; (s = strchr(s, '/')); s++)
		prr_buf_adds(&b, "../");
	prr_vnode *c = v->ctx;
	put(c, "root", b.n ? b.p : "./");
	/* data.json holds every review: a review's own pages do not link it
	 * (its archived copy would change with each new review) */
	if (strncmp(path, "reviews/", 8) != 0) {
		size_t mark = b.n;
		prr_buf_adds(&b, "data.json");
		put(c, "data_href", b.p);
		prr_buf_truncate(&b, mark);
	}
	if (pg->p) {
		prr_buf_adds(&b, pg->prefix);
		put(c, "proj", b.n ? b.p : "./");
		putr(c, "project", pg->p->project);
	}
	prr_buf_free(&b);
	put(c, "page_title", title);
	putr(c, "generator", "prr " PRR_VERSION);
	putr(c, "method", pg->f->method);
	putr(c, "build_date", pg->o->build_date);
	putb(c, "portfolio_mode", pg->f->n_projects > 1);
	if (pg->p) {
		static const char *const nav[][2] = {
			{ "index.html", "Overview" }, { "waves.html", "Plan vs actual" },
			{ "timeline.html", "Timeline" }, { "history.html", "History" },
		};
		prr_vnode *n = put_arr(c, "nav");
		for (size_t i = 0; i < sizeof nav / sizeof nav[0]; i++) {
			prr_vnode *it = push(n);
			putr(it, "href", nav[i][0]);
			putr(it, "label", nav[i][1]);
			putb(it, "current", current && strcmp(current, nav[i][0]) == 0);
		}
	}
	return c;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The index in comp_names of component `j` of review `i`, or -1. */
static int comp_of(const page *pg, size_t i, size_t j)
{
	return pg->kof[i][j];
}

/* The slug of `name` followed by `tail`, made unique among those in
 * `taken` by "-2", "-3" … before the tail, and added to them. */
static char *unique_slug(prr_names *taken, const char *name, const char *tail)
{
	prr_buf b = PRR_BUF_INIT;
	prr_view_slug(&b, name);
	size_t base = b.n;
	prr_buf_adds(&b, tail);
	for (int k = 2; prr_names_find(taken, b.p) != PRR_NAMES_NONE; k++) {
		prr_buf_truncate(&b, base);
		prr_buf_addf(&b, "-%d%s", k, tail);
	}
	char *slug = prr_buf_detach(&b, NULL);
	prr_names_put(taken, slug, taken->n);
	return slug;
}

/* Every component name of the project (first spelling seen), sorted, and
 * a unique slug for each; then where each is in each review (kof, at).
 * Slugs are given in the order the names first appear (by review date),
 * so a later review never changes the slug of a name an earlier one has:
 * archived review pages keep their links.  Reviews mostly list the same
 * components in the same order, so each lookup first tries the index the
 * same position had in the review before. */
static void collect_components(page *pg)
{
	size_t n = pg->p->n, cap = 0;
	prr_names index = { 0 }; /* name -> its index in comp_names */
	pg->kof = prr_xcalloc(n ? n : 1, sizeof *pg->kof);
	for (size_t i = 0; i < n; i++) {
		const prr_scorecard *s = &pg->p->reviews[i].score;
		pg->kof[i] = prr_xcalloc(s->n_comps ? s->n_comps : 1, sizeof(int));
		for (size_t k = 0; k < s->n_comps; k++) {
			const char *nm = s->comps[k].name;
			pg->kof[i][k] = -1;
			if (!nm)
				continue;
			int hint = i > 0 && k < pg->p->reviews[i - 1].score.n_comps
				   ? pg->kof[i - 1][k] : -1;
			size_t j;
			if (hint >= 0 && prr_name_eq(pg->comp_names[hint], nm))
				j = (size_t)hint;
			else
				j = prr_names_put(&index, nm, pg->n_comps);
			if (j == pg->n_comps) {
				if (pg->n_comps == cap) {
					cap = cap ? 2 * cap : 16;
					pg->comp_names = prr_xrealloc(pg->comp_names,
								      cap * sizeof(char *));
				}
				pg->comp_names[pg->n_comps++] = prr_xstrdup(nm);
			}
			pg->kof[i][k] = (int)j;
		}
	}
	prr_names_free(&index);
	pg->comp_slugs = prr_xcalloc(pg->n_comps ? pg->n_comps : 1, sizeof(char *));
	prr_names slugs = { .exact = 1 };
	for (size_t i = 0; i < pg->n_comps; i++)
		pg->comp_slugs[i] = unique_slug(&slugs, pg->comp_names[i], "");
	prr_names_free(&slugs);
	/* then sorted by name, each slug moving with its name; `rank` maps
	 * first-seen order to sorted order */
	size_t nc = pg->n_comps;
	char **pairs = prr_xcalloc(nc ? 3 * nc : 1, sizeof(char *));
	for (size_t i = 0; i < nc; i++) {
		pairs[3 * i] = pg->comp_names[i];
		pairs[3 * i + 1] = pg->comp_slugs[i];
		pairs[3 * i + 2] = (char *)(uintptr_t)i;
	}
	if (nc)
		qsort(pairs, nc, 3 * sizeof(char *), cmp_str);
	int *rank = prr_xcalloc(nc ? nc : 1, sizeof *rank);
	for (size_t i = 0; i < nc; i++) {
		pg->comp_names[i] = pairs[3 * i];
		pg->comp_slugs[i] = pairs[3 * i + 1];
		rank[(uintptr_t)pairs[3 * i + 2]] = (int)i;
	}
	free(pairs);
	pg->at = prr_xcalloc(nc && n ? nc * n : 1, sizeof *pg->at);
	for (size_t q = 0; q < nc * n; q++)
		pg->at[q] = -1;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < pg->p->reviews[i].score.n_comps; k++)
			if (pg->kof[i][k] >= 0) {
				pg->kof[i][k] = rank[pg->kof[i][k]];
				pg->at[(size_t)pg->kof[i][k] * n + i] = (int)k;
			}
	free(rank);
}

static void page_free(page *pg)
{
	for (size_t i = 0; i < pg->n_comps; i++) {
		free(pg->comp_names[i]);
		free(pg->comp_slugs[i]);
	}
	for (size_t i = 0; pg->kof && i < pg->p->n; i++)
		free(pg->kof[i]);
	free(pg->kof);
	free(pg->at);
	free(pg->comp_names);
	free(pg->comp_slugs);
	pg->comp_names = pg->comp_slugs = NULL;
	pg->kof = NULL;
	pg->at = NULL;
	pg->n_comps = 0;
}

/*** Pieces shared by pages ***/

static double weighted_score(const prr_revfig *rf) { return rf->score.dims.value; }

/* The headline of review `i` of the project: level, readiness, score;
 * with `mark_latest`, whether it is the latest (pages of one review say
 * nothing of later ones). */
static void put_headline(prr_vnode *c, const page *pg, size_t i, bool mark_latest)
{
	const prr_revfig *rf = &pg->p->reviews[i];
	const prr_revfig *prev = i > 0 ? &pg->p->reviews[i - 1] : NULL;
	const prr_scorecard *s = &rf->score;
	const prr_review *r = rf->review;
	prr_vnode *h = put_obj(c, "headline");
	put(h, "date", r->date);
	put(h, "title", r->title);
	put(h, "status_text", r->status_text);
	put(h, "revision", r->revision);
	put(h, "checked_at", rf->checked_at);
	putb(h, "predates", rf->predates);
	/* both voices: the document's verdict first, prr's level beside it */
	put_level(h, r->level != PRR_LEVEL_UNKNOWN ? r->level : s->level);
	if (r->level != PRR_LEVEL_UNKNOWN) {
		put_level_as(h, "stated", r->level);
		put_level_as(h, "computed", s->level);
		putb(h, "disagrees", s->level != PRR_LEVEL_UNKNOWN &&
					     s->level != r->level);
	}
	put_pct(h, "readiness", s->readiness);
	put_range(h, "score", s->dims.value, s->dims.high, 10);
	if (prev) {
		put(h, "previous_date", prev->review->date);
		put_change(h, "readiness_change",
			   s->readiness - prev->score.readiness, " pts", false);
		put_change(h, "score_change",
			   weighted_score(rf) - weighted_score(prev), "", false);
	}
	int applicable = prr_tally_applicable(&s->tally);
	putf(h, "checks", "%d of %d checks pass", s->tally.pass, applicable);
	if (s->tally.partial)
		putf(h, "checks_partial", "%d partial", s->tally.partial);
	if (s->tally.fail)
		putf(h, "checks_fail", "%d failing", s->tally.fail);
	if (s->tally.pending)
		putf(h, "checks_pending", "%d pending", s->tally.pending);
	if (s->tally.unknown)
		putf(h, "checks_unknown", "%d of unknown status, not counted",
		     s->tally.unknown);
	if (s->tally.tests_total > 0)
		putf(h, "tests", "%ld/%ld tests pass", s->tally.tests_passed,
		     s->tally.tests_total);
	putf(h, "findings_open", "%d", s->findings_open);
	putf(h, "findings_critical", "%d", s->findings[PRR_SEV_CRITICAL]);
	putb(h, "has_critical", s->findings[PRR_SEV_CRITICAL] > 0);
	putb(h, "is_latest", mark_latest && i + 1 == pg->p->n);
}

/* The trend of readiness (and of the dimension score, where reviews have
 * one) over the project's reviews, as a chart with axes and a table. */
static void put_trend(prr_vnode *c, const page *pg, const char *root)
{
	size_t n = pg->p->n;
	double *v = prr_xcalloc(n ? n : 1, sizeof *v);
	double *dim = prr_xcalloc(n ? n : 1, sizeof *dim);
	const char **dates = prr_xcalloc(n ? n : 1, sizeof *dates);
	bool has_dim = false;
	prr_vnode *t = put_obj(c, "trend");
	prr_vnode *rows = put_arr(t, "rows");
	prr_buf desc = PRR_BUF_INIT, href = PRR_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		const prr_revfig *rf = &pg->p->reviews[i];
		v[i] = rf->score.readiness;
		dim[i] = rf->score.dims.percent;
		has_dim = has_dim || prr_has(dim[i]);
		dates[i] = rf->review->date;
		prr_vnode *row = push(rows);
		putr(row, "date", rf->review->date);
		prr_buf_reset(&href);
		prr_buf_addf(&href, "%s%sreviews/%s/index.html", root, pg->prefix,
			     rf->review->date);
		put(row, "href", href.p);
		put_pct(row, "readiness", rf->score.readiness);
		put_level(row, rf->score.level);
		char b[32];
		prr_buf_addf(&desc, "%s%s %s", i ? ", " : "", rf->review->date,
			     pct(b, sizeof b, v[i]));
		if (prr_has(dim[i]))
			prr_buf_addf(&desc, " (dimension score %s)", pct(b, sizeof b, dim[i]));
	}
	const prr_svg_series series[2] = {
		{ "readiness", "s1", v },
		{ "dimension score", "s2", dim },
	};
	const prr_scorecard *last = n ? &pg->p->reviews[n - 1].score : NULL;
	prr_buf svg = PRR_BUF_INIT;
	prr_svg_trend(&svg, "trend", "Readiness over all reviews", desc.p, dates, n,
		      series, has_dim ? 2 : 1, last ? last->ready : PRR_NONE,
		      last ? last->partial : PRR_NONE);
	put(t, "chart_svg", svg.p);
	putb(t, "has_dim", has_dim);
	prr_buf_free(&svg);
	prr_buf_free(&desc);
	prr_buf_free(&href);
	free(v);
	free(dim);
	free(dates);
}

/* The component x category matrix of review `ri`; each component links
 * to its page in that review (`in_review`: the page is the review's) or,
 * from elsewhere, to its page across the reviews. */
/* The checks' notes, readable without a tooltip: those of checks that do
 * not pass in "notes_open", the others in "notes_other" (folded). */
static void put_check_notes(prr_vnode *hm, const prr_scorecard *s)
{
	prr_vnode *open = put_arr(hm, "notes_open"), *other = put_arr(hm, "notes_other");
	size_t n_other = 0;
	for (size_t i = 0; i < s->n_comps; i++) {
		const prr_compfig *cf = &s->comps[i];
		for (size_t k = 0; k < cf->n_checks; k++) {
			const prr_checkfig *ck = &cf->checks[k];
			if (!ck->check->note || !*ck->check->note)
				continue;
			bool passes = ck->status == PRR_PASS || ck->status == PRR_NA;
			prr_vnode *o = push(passes ? other : open);
			n_other += passes;
			putr(o, "component", cf->name);
			putr(o, "category", ck->check->category);
			put_status_sym(o, ck->status);
			putr(o, "note", ck->check->note);
		}
	}
	putb(hm, "has_notes_open", prr_vsize(open) > 0);
	if (n_other)
		putf(hm, "notes_other_count", "Notes on %zu %s", n_other,
		     plural(n_other, "other check", "other checks"));
}

static void put_heatmap(prr_vnode *c, const page *pg, size_t ri, bool in_review,
			const char *root)
{
	const prr_scorecard *s = &pg->p->reviews[ri].score;
	prr_vnode *hm = put_obj(c, "heatmap");
	prr_vnode *cats = put_arr(hm, "categories");
	for (size_t j = 0; j < s->n_categories; j++)
		putr(push(cats), "name", s->categories[j]);
	prr_vnode *rows = put_arr(hm, "rows");
	for (size_t i = 0; i < s->n_comps; i++) {
		const prr_compfig *cf = &s->comps[i];
		prr_vnode *row = push(rows);
		putr(row, "name", cf->name);
		int k = comp_of(pg, ri, i);
		if (k >= 0 && in_review)
			putf(row, "href", "components/%s.html", pg->comp_slugs[k]);
		else if (k >= 0)
			putf(row, "href", "%s%scomponents/%s.html", root, pg->prefix,
			     pg->comp_slugs[k]);
		put_pct(row, "readiness", cf->readiness);
		put_level(row, cf->level);
		prr_vnode *cells = put_arr(row, "cells");
		for (size_t j = 0; j < s->n_categories; j++) {
			prr_vnode *cell = push(cells);
			int q = cf->cells[j];
			/* "empty" first, false too: the template asks every
			 * cell, and a name found at once costs least */
			putb(cell, "empty", q < 0);
			putr(cell, "category", s->categories[j]);
			if (q < 0)
				continue;
			const prr_checkfig *ck = &cf->checks[q];
			put_status(cell, ck->status);
			putr(cell, "note", ck->check->note);
			if (ck->check->total >= 0 && ck->check->passed >= 0)
				put_ratio(cell, "counts", ck->check->passed, ck->check->total);
			putb(cell, "waived", ck->waived >= 0);
		}
	}
	putb(hm, "any", s->n_comps > 0 && s->n_categories > 0);
	put_check_notes(hm, s);
}

static int sev_rank(prr_severity s) { return s == PRR_SEV_UNKNOWN ? 99 : (int)s; }

static int cmp_finding(const void *x, const void *y)
{
	const prr_finding *a = *(const prr_finding *const *)x;
	const prr_finding *b = *(const prr_finding *const *)y;
	if (sev_rank(a->severity) != sev_rank(b->severity))
		return sev_rank(a->severity) - sev_rank(b->severity);
	return a->line - b->line;
}

static void put_finding(prr_vnode *arr, const prr_finding *f)
{
	prr_vnode *o = push(arr);
	put(o, "id", f->id);
	put(o, "severity", prr_severity_name(f->severity));
	putf(o, "severity_class", "sev-%s", prr_severity_name(f->severity));
	put(o, "title", f->title);
	put(o, "component", f->component);
	if (prr_has(f->effort.low)) {
		prr_buf b = PRR_BUF_INIT;
		fmt_span(&b, f->effort.low, f->effort.high, f->effort.unit);
		put(o, "effort", b.p);
		prr_buf_free(&b);
	}
}

/* Findings by severity (critical first); with `serious_only` critical and
 * high ones. Returns how many there are in all (shown or not). */
static size_t put_findings(prr_vnode *c, const char *key, const prr_review *r,
			   bool serious_only, size_t max)
{
	const prr_finding **v = prr_xcalloc(r->n_findings ? r->n_findings : 1,
					    sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < r->n_findings; i++)
		if (!serious_only || r->findings[i].severity == PRR_SEV_CRITICAL ||
		    r->findings[i].severity == PRR_SEV_HIGH)
			v[n++] = &r->findings[i];
	qsort(v, n, sizeof *v, cmp_finding);
	prr_vnode *arr = put_arr(c, key);
	for (size_t i = 0; i < n && i < max; i++)
		put_finding(arr, v[i]);
	free(v);
	return n;
}

/* Why something blocks, in words ("named-in-verdict": "named in the
 * verdict"). */
static const char *blocker_words(const char *why)
{
	static const char *const words[][2] = {
		{ "named-in-verdict", "named in the verdict" },
		{ "not-ready", "not ready" },
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(why, words[i][0]) == 0)
			return words[i][1];
	return why;
}

static size_t put_blockers(prr_vnode *c, const prr_scorecard *s, size_t max)
{
	prr_vnode *arr = put_arr(c, "blockers");
	for (size_t i = 0; i < s->n_blockers && i < max; i++) {
		prr_vnode *o = push(arr);
		put(o, "kind", s->blockers[i].kind);
		put(o, "name", s->blockers[i].name);
		put(o, "why", blocker_words(s->blockers[i].why));
	}
	return s->n_blockers;
}

/* The stated-vs-found rows (all, or the disagreements only). */
enum audit_rows { AUDIT_ALL, AUDIT_DISAGREE, AUDIT_AGREE };

static size_t put_audit(prr_vnode *c, const char *key, const prr_audit *a,
			enum audit_rows which, size_t max)
{
	prr_vnode *arr = put_arr(c, key);
	size_t n = 0;
	for (size_t i = 0; i < a->n; i++) {
		const prr_auditrow *row = &a->rows[i];
		if ((which == AUDIT_DISAGREE && row->agrees) ||
		    (which == AUDIT_AGREE && !row->agrees))
			continue;
		if (n++ >= max)
			continue;
		prr_vnode *o = push(arr);
		put(o, "source", row->source);
		put(o, "claim", row->claim);
		put(o, "stated", row->stated);
		put(o, "found", row->found);
		putb(o, "agrees", row->agrees);
		put_status(o, row->agrees ? PRR_PASS : PRR_FAIL);
		put(o, "verdict", row->agrees ? "agrees" : "disagrees");
		if (row->line > 0)
			putf(o, "line", "%d", row->line);
	}
	return n;
}

static void fmt_value(prr_buf *b, const prr_deltarow *d, bool after)
{
	const char *t = after ? d->after_text : d->before_text;
	double v = after ? d->after : d->before;
	if (t) {
		prr_buf_adds(b, t);
	} else if (!prr_has(v)) {
		prr_buf_adds(b, "\u2014");
	} else {
		fmt_num(b, v);
		if (strcmp(d->kind, "readiness") == 0 || strcmp(d->kind, "component") == 0)
			prr_buf_addc(b, '%');
	}
}

/* A change row's kind and figure in words: the whole review's figures
 * ("readiness", "dimension-score", "findings") name themselves. */
static void put_delta_words(prr_vnode *o, const prr_deltarow *row)
{
	static const char *const whole[][2] = {
		{ "readiness", "Readiness" },
		{ "dimension-score", "Score (dimensions)" },
		{ "findings", "Open findings" },
	};
	for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++)
		if (strcmp(row->kind, whole[i][0]) == 0) {
			put(o, "kind", "review");
			put(o, "name", whole[i][1]);
			return;
		}
	put(o, "kind", row->kind);
	put(o, "name", row->name);
}

/* Regressions first, then what went, what came, what improved. */
static int change_rank(prr_change c)
{
	switch (c) {
	case PRR_REGRESSED: return 0;
	case PRR_GONE: return 1;
	case PRR_ADDED: return 2;
	case PRR_IMPROVED: return 3;
	default: return 4;
	}
}

/* What changed: every row, or the regressions only, regressions first.
 * Returns the count. */
static size_t put_delta_rows(prr_vnode *c, const char *key, const prr_delta *d,
			     bool regressions, size_t max)
{
	prr_vnode *arr = put_arr(c, key);
	size_t n = 0;
	for (int rank = 0; rank <= 4; rank++) {
		for (size_t i = 0; i < d->n; i++) {
			const prr_deltarow *row = &d->rows[i];
			if (change_rank(row->change) != rank ||
			    (regressions && row->change != PRR_REGRESSED))
				continue;
			if (n++ >= max)
				continue;
			prr_vnode *o = push(arr);
			put_delta_words(o, row);
			prr_buf *b = scratch();
			fmt_value(b, row, false);
			put(o, "before", b->p);
			b = scratch();
			fmt_value(b, row, true);
			put(o, "after", b->p);
			putr(o, "change", prr_change_name(row->change));
			/* the arrow is the stylesheet's, by this class */
			static const char *const cls[] = { "ch-same", "ch-improved",
							   "ch-regressed", "ch-added", "ch-gone" };
			putr(o, "change_class", (unsigned)row->change <= PRR_GONE
						     ? cls[row->change] : "ch-same");
		}
	}
	return n;
}

static void put_delta(prr_vnode *c, const prr_delta *d, size_t max)
{
	prr_vnode *o = put_obj(c, "changes");
	put(o, "before", d->before);
	put(o, "after", d->after);
	putf(o, "improved", "%d", d->improved);
	putf(o, "regressed", "%d", d->regressed);
	size_t n = put_delta_rows(o, "rows", d, false, max);
	if (n > max)
		putf(o, "folded", "%zu more %s", n - max, plural(n - max, "change", "changes"));
	prr_vnode *op = put_arr(o, "opened");
	for (size_t i = 0; i < d->n_opened; i++)
		put_finding(op, d->opened[i]);
	prr_vnode *cl = put_arr(o, "closed");
	for (size_t i = 0; i < d->n_closed; i++)
		put_finding(cl, d->closed[i]);
	prr_vnode *ad = put_arr(o, "components_added");
	for (size_t i = 0; i < d->n_added; i++)
		put(push(ad), "name", d->comps_added[i]);
	prr_vnode *gone = put_arr(o, "components_gone");
	for (size_t i = 0; i < d->n_gone; i++)
		put(push(gone), "name", d->comps_gone[i]);
	putb(o, "any", d->n || d->n_opened || d->n_closed || d->n_added || d->n_gone);
}

/* Links to the reviews before `upto`, newest first; `current` is marked. */
static void put_review_links(prr_vnode *c, const page *pg, const char *root,
			     size_t current, size_t upto)
{
	prr_vnode *arr = put_arr(c, "reviews");
	for (size_t i = upto; i-- > 0;) {
		const prr_revfig *rf = &pg->p->reviews[i];
		prr_vnode *o = push(arr);
		put(o, "date", rf->review->date);
		put(o, "title", rf->review->title);
		putf(o, "href", "%s%sreviews/%s/index.html", root, pg->prefix,
		     rf->review->date);
		put_pct(o, "readiness", rf->score.readiness);
		put_level(o, rf->score.level);
		putb(o, "current", i == current);
	}
}

/*** Pages ***/

static const char *ctx_str(prr_vnode *c, const char *k)
{
	const char *v = prr_vstr(prr_vget(c, k));
	return v ? v : "";
}

static int page_index(page *pg)
{
	size_t last = pg->p->n - 1;
	const prr_revfig *rf = &pg->p->reviews[last];
	prr_vnode *c = page_new(pg, "index.html", "index.html.mustache",
			    pg->p->project ? pg->p->project : "Readiness", "index.html");
	const char *root = ctx_str(c, "root");
	put_headline(c, pg, last, true);
	put_trend(c, pg, root);
	put_heatmap(c, pg, last, false, root);
	put_blockers(c, &rf->score, SIZE_MAX);
	put_findings(c, "serious_findings", rf->review, true, SIZE_MAX);
	if (pg->p->has_delta)
		put_delta(c, &pg->p->delta, SIZE_MAX);
	size_t n = put_audit(c, "warnings", &rf->audit, AUDIT_DISAGREE, SIZE_MAX);
	putb(c, "has_warnings", n > 0);
	put_review_links(c, pg, root, last, pg->p->n);
	putf(c, "review_href", "%s%sreviews/%s/index.html", root, pg->prefix,
	     rf->review->date);
	if (pg->o->base_url)
		put(c, "base_url", pg->o->base_url);
	return page_emit(pg);
}

static bool blank(const char *s)
{
	for (; s && *s; s++)
		if (!strchr(" \t\r\n", *s))
			return false;
	return true;
}

/*
 * Which sections the narrative shows: a section with prose, or with a
 * shown section below it.  A heading whose whole subtree went into the
 * figures (a table now in the scorecard) would only be an empty title.
 * One backward pass: seen[L] says a shown section follows before the next
 * section of level <= L.  Returns a malloc'd array of n flags.
 */
static bool *shown_sections(const prr_review *r)
{
	bool *keep = prr_xcalloc(r->n_sections + 1, sizeof *keep);
	bool seen[8] = { false };
	for (size_t i = r->n_sections; i-- > 0;) {
		const prr_section *s = &r->sections[i];
		int l = s->level < 0 ? 0 : s->level > 7 ? 7 : s->level;
		keep[i] = !blank(s->markdown) || seen[l];
		for (int k = l; k < 8; k++)
			seen[k] = false;
		if (keep[i])
			for (int k = 0; k < l; k++)
				seen[k] = true;
	}
	return keep;
}

static int put_narrative(prr_vnode *c, const prr_review *r, prr_buf *err)
{
	prr_vnode *arr = put_arr(c, "sections");
	prr_buf html = PRR_BUF_INIT, id = PRR_BUF_INIT;
	bool *keep = shown_sections(r);
	int rc = 0;
	for (size_t i = 0; i < r->n_sections && rc == 0; i++) {
		const prr_section *s = &r->sections[i];
		if (!keep[i])
			continue;
		prr_vnode *o = push(arr);
		put(o, "heading", s->heading);
		int level = s->level < 1 ? 2 : s->level + 1;
		putf(o, "h", "%d", level > 6 ? 6 : level < 2 ? 2 : level);
		prr_buf_reset(&id);
		prr_buf_addf(&id, "s%zu-", i + 1);
		prr_view_slug(&id, s->heading);
		put(o, "anchor", id.p);
		prr_buf_reset(&html);
		if (s->markdown)
			rc = prr_md_html(&html, s->markdown, strlen(s->markdown),
					 level, err);
		put(o, "body_html", html.p);
		if (s->line > 0)
			putf(o, "line", "%d", s->line);
	}
	putb(c, "has_sections", prr_vsize(arr) > 0);
	free(keep);
	prr_buf_free(&html);
	prr_buf_free(&id);
	return rc;
}

static void put_dimensions(prr_vnode *c, const prr_scorecard *s)
{
	prr_vnode *arr = put_arr(c, "dimensions");
	for (size_t i = 0; i < s->dims.n; i++) {
		const prr_dimfig *d = &s->dims.dims[i];
		prr_vnode *o = push(arr);
		put(o, "name", d->dimension->name);
		put_range(o, "score", d->dimension->score, d->dimension->high,
			  d->dimension->max);
		put_num(o, "weight", d->weight);
		put(o, "weight_from", d->weight_from);
		put_status(o, d->dimension->status);
		put(o, "note", d->dimension->note);
		put_pct(o, "percent", d->norm * 100);
	}
}

static void put_review_extras(prr_vnode *c, const prr_revfig *rf)
{
	const prr_review *r = rf->review;
	prr_vnode *arr = put_arr(c, "checklists");
	for (size_t i = 0; i < rf->score.n_lists; i++) {
		const prr_listfig *l = &rf->score.lists[i];
		prr_vnode *o = push(arr);
		put(o, "title", l->list->title ? l->list->title : l->list->section);
		putf(o, "done", "%d of %d done", l->done, l->total);
		put_pct(o, "percent", l->percent);
		prr_vnode *items = put_arr(o, "items");
		for (size_t k = 0; k < l->list->n_items; k++) {
			const prr_checkitem *it = &l->list->items[k];
			prr_vnode *io = push(items);
			put(io, "text", it->text);
			put(io, "note", it->note);
			/* an open item is as its mark says: failed, partial,
			 * not applicable, else pending */
			prr_status st = it->status;
			put_status_sym(io, it->done ? PRR_PASS
				       : st == PRR_FAIL || st == PRR_PARTIAL || st == PRR_NA
					 ? st : PRR_PENDING);
		}
	}
	/* waivers that matched, with who granted them, why and until when */
	arr = put_arr(c, "waivers");
	for (size_t i = 0; i < rf->score.n_waived; i++) {
		const prr_waived *w = &rf->score.waived[i];
		prr_vnode *o = push(arr);
		if (w->finding) {
			putf(o, "what", "finding: %s", w->finding);
		} else {
			putf(o, "what", "%s / %s", w->component ? w->component : "",
			     w->category ? w->category : "");
			put_status_sym(o, w->status);
		}
		put(o, "reason", w->waiver->reason);
		put(o, "approver", w->waiver->approver);
		put(o, "expires", w->waiver->expires);
		putb(o, "expired", w->state == PRR_WAIVER_EXPIRED);
	}
	arr = put_arr(c, "risks");
	for (size_t i = 0; i < r->n_risks; i++) {
		prr_vnode *o = push(arr);
		put(o, "level", prr_severity_name(r->risks[i].level));
		putf(o, "severity_class", "sev-%s", prr_severity_name(r->risks[i].level));
		put(o, "title", r->risks[i].title);
		put(o, "mitigation", r->risks[i].mitigation);
	}
	arr = put_arr(c, "milestones");
	for (size_t i = 0; i < r->n_milestones; i++) {
		const prr_milestone *m = &r->milestones[i];
		prr_vnode *o = push(arr);
		put(o, "name", m->name);
		put(o, "due", m->due);
		put_status_sym(o, m->done ? PRR_PASS : PRR_PENDING);
		put(o, "done_date", m->done_date);
	}
	arr = put_arr(c, "estimates");
	for (size_t i = 0; i < r->n_estimates; i++) {
		const prr_estimate *e = &r->estimates[i];
		prr_vnode *o = push(arr);
		put(o, "label", e->label);
		prr_buf b = PRR_BUF_INIT;
		fmt_span(&b, e->low, e->high, e->unit);
		put(o, "value", b.p);
		prr_buf_free(&b);
	}
	arr = put_arr(c, "scores");
	for (size_t i = 0; i < r->n_scores; i++) {
		prr_vnode *o = push(arr);
		put(o, "label", r->scores[i].label);
		put_range(o, "value", r->scores[i].value, r->scores[i].high,
			  r->scores[i].max);
	}
	arr = put_arr(c, "fields");
	for (size_t i = 0; i < r->n_fields; i++) {
		prr_vnode *o = push(arr);
		put(o, "name", r->fields[i].name);
		put(o, "value", r->fields[i].value);
	}
	arr = put_arr(c, "tables");
	for (size_t i = 0; i < r->n_tables; i++) {
		const prr_table *t = &r->tables[i];
		prr_vnode *o = push(arr);
		put(o, "section", t->section);
		prr_vnode *h = put_arr(o, "header");
		for (size_t k = 0; k < t->n_cols; k++)
			put(push(h), "cell", t->header[k]);
		prr_vnode *rows = put_arr(o, "rows");
		for (size_t k = 0; k < t->n_rows; k++) {
			prr_vnode *cells = put_arr(push(rows), "cells");
			for (size_t q = 0; q < t->n_cols; q++)
				put(push(cells), "cell", t->rows[k][q]);
		}
	}
}

static int page_review(page *pg, size_t i, prr_buf *err)
{
	const prr_revfig *rf = &pg->p->reviews[i];
	const prr_review *r = rf->review;
	prr_buf path = PRR_BUF_INIT, title = PRR_BUF_INIT;
	prr_buf_addf(&path, "reviews/%s/index.html", r->date);
	prr_buf_addf(&title, "Review of %s", r->date);
	prr_vnode *c = page_new(pg, path.p, "review.html.mustache", title.p, NULL);
	const char *root = ctx_str(c, "root");
	put_headline(c, pg, i, false);
	put_heatmap(c, pg, i, true, root);
	put_dimensions(c, &rf->score);
	put_blockers(c, &rf->score, SIZE_MAX);
	put_findings(c, "findings", r, false, SIZE_MAX);
	/* disagreements first; the rows that agree folded under their count */
	size_t n = put_audit(c, "audit", &rf->audit, AUDIT_DISAGREE, SIZE_MAX);
	size_t agree = put_audit(c, "audit_agree", &rf->audit, AUDIT_AGREE, SIZE_MAX);
	putb(c, "has_audit", n + agree > 0);
	putb(c, "has_disagreements", n > 0);
	if (agree)
		putf(c, "n_agree", agree == 1 ? "%zu agrees" : "%zu agree", agree);
	put_review_extras(c, rf);
	prr_delta d; /* outlives the block: page_emit's report.md reads it */
	if (i > 0) {
		prr_delta_compute(&d, pg->arena, &pg->p->reviews[i - 1], rf);
		put_delta(c, &d, SIZE_MAX);
		pg->cur.delta = &d; /* for its report.md; page_emit clears it */
	}
	put_review_links(c, pg, root, i, i); /* earlier ones only */
	put(c, "source_file", r->source_file);
	put(c, "source_format", r->source_format);
	int rc = put_narrative(c, r, err);
	prr_buf_free(&path);
	prr_buf_free(&title);
	if (rc < 0) {
		page_drop(pg);
		return -1;
	}
	return page_emit(pg);
}

/* The index of `name` in `v[0..n)` (n when absent), trying `hint` first. */
static size_t find_name(const char *const *v, size_t n, const char *name,
			size_t hint)
{
	if (hint < n && prr_name_eq(v[hint], name))
		return hint;
	for (size_t z = 0; z < n; z++)
		if (prr_name_eq(v[z], name))
			return z;
	return n;
}

/* The check of `cf` in category `cat` (trying position `hint` first), or
 * NULL. */
static const prr_checkfig *find_check(const prr_compfig *cf, const char *cat,
				      size_t hint)
{
	if (hint < cf->n_checks && cf->checks[hint].check->category &&
	    prr_name_eq(cf->checks[hint].check->category, cat))
		return &cf->checks[hint];
	for (size_t q = 0; q < cf->n_checks; q++)
		if (cf->checks[q].check->category &&
		    prr_name_eq(cf->checks[q].check->category, cat))
			return &cf->checks[q];
	return NULL;
}

/* The evidence a component cites. */
static void put_evidence(prr_vnode *c, const prr_component *comp)
{
	prr_vnode *ev = put_arr(c, "evidence");
	for (size_t q = 0; q < comp->n_evidence; q++) {
		const prr_evidence *e = &comp->evidence[q];
		prr_vnode *o = push(ev);
		put(o, "path", e->path);
		put(o, "claim", e->claim);
		put(o, "token", e->token);
		putb(o, "absent", e->absent);
	}
}

/* reviews/DATE/components/SLUG.html: component `j` of review `i`, its
 * checks in that review only (so the page never changes once the review
 * is archived). */
static int page_review_component(page *pg, size_t i, size_t j)
{
	const prr_revfig *rf = &pg->p->reviews[i];
	const prr_compfig *cf = &rf->score.comps[j];
	const char *slug = pg->comp_slugs[comp_of(pg, i, j)];
	prr_buf path = PRR_BUF_INIT, title = PRR_BUF_INIT;
	prr_buf_addf(&path, "reviews/%s/components/%s.html", rf->review->date, slug);
	prr_buf_addf(&title, "%s in the review of %s", cf->name, rf->review->date);
	prr_vnode *c = page_new(pg, path.p, "review-component.html.mustache", title.p,
			    NULL);
	const char *root = ctx_str(c, "root");
	putr(c, "name", cf->name);
	putr(c, "kind", cf->component->kind);
	putr(c, "date", rf->review->date);
	putf(c, "across_href", "%s%scomponents/%s.html", root, pg->prefix, slug);
	put_pct(c, "readiness", cf->readiness);
	put_level(c, cf->level);
	if (cf->component->status != PRR_UNKNOWN)
		put_status_sym(put_obj(c, "stated"), cf->component->status);
	putf(c, "tally", "%d of %d checks pass", cf->tally.pass,
	     prr_tally_applicable(&cf->tally));
	prr_vnode *arr = put_arr(c, "checks");
	for (size_t q = 0; q < cf->n_checks; q++) {
		const prr_checkfig *ck = &cf->checks[q];
		prr_vnode *o = push(arr);
		putr(o, "category", ck->check->category);
		put_status(o, ck->status);
		if (ck->check->total >= 0 && ck->check->passed >= 0)
			put_ratio(o, "counts", ck->check->passed, ck->check->total);
		putr(o, "note", ck->check->note);
		putr(o, "action", ck->check->action);
		putb(o, "waived", ck->waived >= 0);
	}
	putb(c, "has_checks", cf->n_checks > 0);
	put_evidence(c, cf->component);
	prr_buf_free(&path);
	prr_buf_free(&title);
	return page_emit(pg);
}

static int page_component(page *pg, size_t k)
{
	const char *name = pg->comp_names[k];
	prr_buf path = PRR_BUF_INIT;
	prr_buf_addf(&path, "components/%s.html", pg->comp_slugs[k]);
	prr_vnode *c = page_new(pg, path.p, "component.html.mustache", name, NULL);
	const char *root = ctx_str(c, "root");
	put(c, "name", name);
	/* the categories of every review, in first-seen order */
	const char **cats = NULL;
	size_t n_cats = 0, cap = 0;
	for (size_t i = 0; i < pg->p->n; i++) {
		int j = pg->at[k * pg->p->n + i];
		if (j >= 0) {
			const prr_compfig *cf = &pg->p->reviews[i].score.comps[j];
			for (size_t q = 0; q < cf->n_checks; q++) {
				const char *cat = cf->checks[q].check->category;
				if (!cat || find_name(cats, n_cats, cat, q) < n_cats)
					continue;
				if (n_cats == cap) {
					cap = cap ? 2 * cap : 8;
					cats = prr_xrealloc(cats, cap * sizeof *cats);
				}
				cats[n_cats++] = cat;
			}
		}
	}
	prr_vnode *ca = put_arr(c, "categories");
	for (size_t z = 0; z < n_cats; z++)
		put(push(ca), "name", cats[z]);
	prr_vnode *rows = put_arr(c, "rows");
	double *v = prr_xcalloc(pg->p->n ? pg->p->n : 1, sizeof *v);
	prr_buf desc = PRR_BUF_INIT;
	const prr_compfig *latest = NULL;
	for (size_t i = 0; i < pg->p->n; i++) {
		const prr_revfig *rf = &pg->p->reviews[i];
		int j = pg->at[k * pg->p->n + i];
		const prr_compfig *cf = j >= 0 ? &rf->score.comps[j] : NULL;
		v[i] = cf ? cf->readiness : PRR_NONE;
		char b[32];
		prr_buf_addf(&desc, "%s%s %s", i ? ", " : "", rf->review->date,
			     cf ? pct(b, sizeof b, cf->readiness) : "absent");
		prr_vnode *row = push(rows);
		putb(row, "absent", !cf); /* first: see put_heatmap */
		putr(row, "date", rf->review->date);
		putf(row, "href", "%s%sreviews/%s/index.html", root, pg->prefix,
		     rf->review->date);
		if (!cf)
			continue;
		latest = cf;
		put_pct(row, "readiness", cf->readiness);
		put_level(row, cf->level);
		prr_vnode *cells = put_arr(row, "cells");
		for (size_t z = 0; z < n_cats; z++) {
			prr_vnode *cell = push(cells);
			const prr_checkfig *ck = find_check(cf, cats[z], z);
			putb(cell, "empty", !ck); /* first: see put_heatmap */
			putr(cell, "category", cats[z]);
			if (!ck)
				continue;
			put_status(cell, ck->status);
			putr(cell, "note", ck->check->note);
			if (ck->check->total >= 0 && ck->check->passed >= 0)
				put_ratio(cell, "counts", ck->check->passed, ck->check->total);
		}
	}
	prr_buf svg = PRR_BUF_INIT;
	prr_svg_sparkline(&svg, "comp-trend", "Readiness of this component",
			  desc.p, v, pg->p->n, 0, 100, 240, 48);
	put(c, "trend_svg", svg.p);
	if (latest) {
		put(c, "kind", latest->component->kind);
		put_evidence(c, latest->component);
	}
	prr_buf_free(&svg);
	prr_buf_free(&desc);
	prr_buf_free(&path);
	free(v);
	free(cats);
	return page_emit(pg);
}

static void put_window(prr_vnode *o, const char *k, const char *a, const char *b)
{
	if (!a && !b)
		return;
	putf(o, k, "%s \u2192 %s", a ? a : "?", b ? b : "?");
}

static void put_planrow(prr_vnode *o, const prr_planrow *r)
{
	put_num(o, "points", r->points);
	put_num(o, "delivered", r->delivered);
	put_num(o, "partial", r->partial);
	put_num(o, "missing", r->missing);
	put_pct(o, "strict", r->strict);
	put_pct(o, "half", r->half);
	putf(o, "stories", "%d", r->stories);
	putf(o, "delivered_stories", "%d", r->delivered_stories);
}

static void put_plan(prr_vnode *c, const prr_plan *pl, size_t max)
{
	prr_vnode *p = put_obj(c, "plan");
	put_planrow(put_obj(p, "planned"), &pl->planned);
	put_planrow(put_obj(p, "unplanned"), &pl->unplanned);
	putf(p, "unplanned_waves", "%d", pl->unplanned_waves);
	putb(p, "has_unplanned", pl->unplanned_waves > 0);
	putb(p, "unplanned_one", pl->unplanned_waves == 1);
	put_pct(p, "growth", pl->growth_percent);
	putb(p, "any", pl->n_waves > 0);
	prr_vnode *arr = put_arr(p, "waves");
	for (size_t i = 0; i < pl->n_waves && i < max; i++) {
		const prr_wavefig *w = &pl->waves[i];
		prr_vnode *o = push(arr);
		put(o, "id", w->wave->id);
		put(o, "name", w->wave->name);
		putb(o, "planned", w->wave->planned);
		put(o, "kind", w->wave->planned ? "planned" : "unplanned");
		put_planrow(o, &w->row);
		put_window(o, "planned_window", w->wave->start, w->wave->end);
		put_window(o, "actual_window", w->actual_start, w->actual_end);
		if (w->has_slip)
			putf_days(o, "slip", w->slip_days);
	}
	if (pl->n_waves > max)
		putf(p, "folded", "%zu more %s", pl->n_waves - max,
		     plural(pl->n_waves - max, "wave", "waves"));
	prr_vnode *cl = put_arr(p, "claims");
	for (size_t i = 0; i < pl->n_claims; i++) {
		const prr_planclaim *k = &pl->claims[i];
		prr_vnode *o = push(cl);
		put(o, "claim", k->claim);
		put(o, "stated", k->stated);
		bool ok = k->agrees_strict || k->agrees_half;
		put_status_sym(o, ok ? PRR_PASS : PRR_FAIL);
		put(o, "verdict", ok ? "agrees" : "disagrees");
	}
}

static int page_waves(page *pg)
{
	const prr_revfig *rf = &pg->p->reviews[pg->p->n - 1];
	prr_vnode *c = page_new(pg, "waves.html", "waves.html.mustache",
			    "Plan vs actual", "waves.html");
	put(c, "date", rf->review->date);
	put_plan(c, &rf->plan, SIZE_MAX);
	const prr_plan *pl = &rf->plan;
	prr_svg_bar *bars = prr_xcalloc(pl->n_waves ? pl->n_waves : 1, sizeof *bars);
	prr_buf desc = PRR_BUF_INIT, label = PRR_BUF_INIT;
	char **labels = prr_xcalloc(pl->n_waves ? pl->n_waves : 1, sizeof *labels);
	for (size_t i = 0; i < pl->n_waves; i++) {
		const prr_wavefig *w = &pl->waves[i];
		prr_buf_reset(&label);
		prr_buf_addf(&label, "%s%s%s", w->wave->id ? w->wave->id : "",
			     w->wave->id && w->wave->name ? " " : "",
			     w->wave->name ? w->wave->name : "");
		labels[i] = prr_xstrdup(label.p);
		bars[i].label = labels[i];
		bars[i].planned = w->wave->planned ? w->row.points : PRR_NONE;
		bars[i].delivered = w->row.delivered;
		prr_buf_addf(&desc, "%s%s: ", i ? "; " : "", labels[i]);
		if (w->wave->planned) {
			fmt_num(&desc, w->row.points);
			prr_buf_adds(&desc, " points planned, ");
		} else {
			prr_buf_adds(&desc, "unplanned, ");
		}
		fmt_num(&desc, w->row.delivered);
		prr_buf_adds(&desc, " delivered");
	}
	prr_buf svg = PRR_BUF_INIT;
	prr_svg_bars(&svg, "waves", "Planned and delivered points per wave",
		     desc.p, bars, pl->n_waves, "pts");
	put(c, "chart_svg", svg.p);
	for (size_t i = 0; i < pl->n_waves; i++)
		free(labels[i]);
	free(labels);
	free(bars);
	prr_buf_free(&svg);
	prr_buf_free(&desc);
	prr_buf_free(&label);
	putb(c, "has_repo", pg->o->repo != NULL);
	return page_emit(pg);
}

/* Days an estimate stands for, or NaN for units prr cannot place. */
static double unit_days(const char *unit)
{
	if (!unit)
		return PRR_NONE;
	if (strncmp(unit, "day", 3) == 0) return 1;
	if (strncmp(unit, "week", 4) == 0) return 7;
	if (strncmp(unit, "month", 5) == 0) return 30;
	if (strncmp(unit, "hour", 4) == 0) return 1.0 / 8;
	return PRR_NONE;
}

static int page_timeline(page *pg)
{
	const prr_timeline *t = &pg->p->timeline;
	prr_vnode *c = page_new(pg, "timeline.html", "timeline.html.mustache",
			    "Timeline", "timeline.html");
	prr_vnode *arr = put_arr(c, "events");
	prr_svg_event *ev = prr_xcalloc(t->n + t->n_slips + 1, sizeof *ev);
	/* a milestone's label says which of its marks it is: "GA (due)" */
	char **owned = prr_xcalloc(t->n + 1, sizeof *owned);
	size_t n_ev = 0;
	long week0 = 0;
	size_t n_weeks = 0;
	int *weekly = NULL;
	/* commits: one bar per week from the first to the last */
	for (size_t i = 0; i < t->n; i++) {
		if (t->events[i].kind != PRR_EV_COMMITS)
			continue;
		long d = prr_date_days(t->events[i].date);
		if (!n_weeks)
			week0 = d;
		size_t w = (size_t)((d - week0) / 7);
		if (w >= n_weeks) {
			weekly = prr_xrealloc(weekly, (w + 1) * sizeof *weekly);
			memset(weekly + n_weeks, 0, (w + 1 - n_weeks) * sizeof *weekly);
			n_weeks = w + 1;
		}
		weekly[w] += (int)t->events[i].value;
	}
	const prr_config *cfg = pg->f->config;
	for (size_t i = 0; i < t->n; i++) {
		const prr_event *e = &t->events[i];
		prr_vnode *o = push(arr);
		put(o, "date", e->date);
		/* in words: "milestone due", not the JSON's "milestone-due" */
		static const char *const words[PRR_EV_KIND_COUNT] = {
			[PRR_EV_REVIEW] = "review",
			[PRR_EV_MILESTONE_DUE] = "milestone due",
			[PRR_EV_MILESTONE_DONE] = "milestone done",
			[PRR_EV_ESTIMATE] = "estimate",
			[PRR_EV_TAG] = "tag",
			[PRR_EV_COMMITS] = "commits",
		};
		put(o, "kind", (unsigned)e->kind < PRR_EV_KIND_COUNT
			       ? words[e->kind] : prr_event_kind_name(e->kind));
		put(o, "label", e->label);
		prr_buf b = PRR_BUF_INIT;
		prr_svg_event *s = &ev[n_ev];
		s->day = prr_date_days(e->date);
		s->label = e->label;
		switch (e->kind) {
		case PRR_EV_REVIEW: {
			char p[32];
			prr_level l = prr_level_of(e->value, cfg ? cfg->ready : PRR_DEFAULT_READY,
						   cfg ? cfg->partial : PRR_DEFAULT_PARTIAL);
			prr_buf_addf(&b, "readiness %s", pct(p, sizeof p, e->value));
			s->mark = PRR_SVG_REVIEW;
			s->label = e->date;
			s->cls = l == PRR_LEVEL_READY ? "lv-ready"
				 : l == PRR_LEVEL_PARTIAL ? "lv-partial" : "lv-not-ready";
			n_ev++;
			break;
		}
		case PRR_EV_MILESTONE_DUE:
		case PRR_EV_MILESTONE_DONE: {
			bool done = e->kind == PRR_EV_MILESTONE_DONE;
			prr_buf_adds(&b, done ? "done" : "due");
			prr_buf l = PRR_BUF_INIT;
			prr_buf_addf(&l, "%s (%s)", e->label ? e->label : "milestone", b.p);
			owned[i] = prr_xstrdup(l.p);
			prr_buf_free(&l);
			s->label = owned[i];
			s->mark = PRR_SVG_MILESTONE;
			s->cls = done ? "done" : NULL;
			n_ev++;
			break;
		}
		case PRR_EV_TAG:
			s->mark = PRR_SVG_TAG;
			n_ev++;
			break;
		case PRR_EV_ESTIMATE:
			fmt_span(&b, e->value, e->high, e->unit);
			break;
		case PRR_EV_COMMITS:
			fmt_num(&b, e->value);
			prr_buf_adds(&b, e->value == 1 ? " commit" : " commits");
			break;
		default:
			break;
		}
		put(o, "value", b.p);
		prr_buf_free(&b);
	}
	/* estimate slips: where each revision said the work would end */
	prr_vnode *sl = put_arr(c, "slips");
	for (size_t i = 0; i < t->n_slips; i++) {
		const prr_slip *s = &t->slips[i];
		prr_vnode *o = push(sl);
		put(o, "label", s->label);
		prr_buf b = PRR_BUF_INIT;
		for (size_t k = 0; k < s->n; k++) {
			const prr_event *e = &s->points[k];
			prr_buf_addf(&b, "%s", k ? " \u2192 " : "");
			fmt_span(&b, e->value, e->high, s->unit);
			prr_buf_addf(&b, " (%s)", e->date);
		}
		put(o, "series", b.p);
		prr_buf_free(&b);
		double ud = unit_days(s->unit);
		if (s->n >= 2 && prr_has(ud)) {
			const prr_event *a = &s->points[0], *z = &s->points[s->n - 1];
			double ha = prr_has(a->high) ? a->high : a->value;
			double hz = prr_has(z->high) ? z->high : z->value;
			long from = prr_date_days(a->date) + (long)lround(ha * ud);
			long to = prr_date_days(z->date) + (long)lround(hz * ud);
			if (from != to) {
				prr_svg_event *e = &ev[n_ev++];
				e->day = from;
				e->day2 = to;
				e->mark = PRR_SVG_SLIP;
				e->label = s->label;
				putf_days(o, "moved", to - from);
			}
		}
	}
	prr_buf desc = PRR_BUF_INIT, svg = PRR_BUF_INIT;
	prr_buf_addf(&desc, "%zu reviews, milestones, tags and commits per week; "
			    "the table below lists every event", pg->p->n);
	prr_svg_timeline(&svg, "timeline", "Timeline of reviews and delivery",
			 desc.p, ev, n_ev, week0, weekly, n_weeks);
	put(c, "chart_svg", svg.p);
	putb(c, "has_repo", pg->o->repo != NULL);
	prr_buf_free(&desc);
	prr_buf_free(&svg);
	for (size_t i = 0; i < t->n; i++)
		free(owned[i]);
	free(owned);
	free(ev);
	free(weekly);
	return page_emit(pg);
}

static int page_history(page *pg)
{
	prr_vnode *c = page_new(pg, "history.html", "history.html.mustache", "History",
			    "history.html");
	const char *root = ctx_str(c, "root");
	put_trend(c, pg, root);
	prr_vnode *dates = put_arr(c, "dates");
	for (size_t i = 0; i < pg->p->n; i++) {
		prr_vnode *o = push(dates);
		put(o, "date", pg->p->reviews[i].review->date);
		putf(o, "href", "%s%sreviews/%s/index.html", root, pg->prefix,
		     pg->p->reviews[i].review->date);
	}
	prr_vnode *rows = put_arr(c, "trends");
	prr_buf desc = PRR_BUF_INIT, svg = PRR_BUF_INIT, id = PRR_BUF_INIT;
	for (size_t i = 0; i < pg->p->n_trends; i++) {
		const prr_trend *t = &pg->p->trends[i];
		prr_vnode *o = push(rows);
		/* the whole review's trends in words, as "What changed" says
		 * them; the others by their names */
		bool dims = strcmp(t->kind, "dimension-score") == 0;
		bool whole = dims || strcmp(t->kind, "readiness") == 0 ||
			     strcmp(t->kind, "findings") == 0;
		const char *name = dims ? "Score (dimensions)"
				   : strcmp(t->kind, "readiness") == 0 ? "Readiness"
				   : strcmp(t->kind, "findings") == 0 ? "Open findings"
				   : t->name ? t->name : t->kind;
		put(o, "kind", whole ? "review" : t->kind);
		put(o, "name", name);
		bool percent = strcmp(t->kind, "readiness") == 0 ||
			       strcmp(t->kind, "component") == 0 ||
			       strcmp(t->kind, "score") == 0;
		double lo = 0, hi = percent ? 100 : 10;
		if (strcmp(t->kind, "findings") == 0) {
			hi = 1;
			for (size_t k = 0; k < t->n; k++)
				if (prr_has(t->values[k]) && t->values[k] > hi)
					hi = t->values[k];
		}
		prr_vnode *vals = put_arr(o, "values");
		prr_buf_reset(&desc);
		for (size_t k = 0; k < t->n; k++) {
			prr_buf b = PRR_BUF_INIT;
			fmt_num(&b, t->values[k]);
			if (percent && prr_has(t->values[k]))
				prr_buf_addc(&b, '%');
			put(push(vals), "value", prr_has(t->values[k]) ? b.p : "\u2014");
			prr_buf_addf(&desc, "%s%s", k ? ", " : "", b.p);
			prr_buf_free(&b);
		}
		prr_buf_reset(&svg);
		prr_buf_reset(&id);
		prr_buf_addf(&id, "tr%zu", i + 1);
		prr_svg_sparkline(&svg, id.p, name, desc.p,
				  t->values, t->n, lo, hi, 120, 28);
		put(o, "chart_svg", svg.p);
	}
	prr_buf_free(&desc);
	prr_buf_free(&svg);
	prr_buf_free(&id);
	return page_emit(pg);
}

static int page_portfolio(prr_view_emit emit, void *ud, const prr_figures *f,
			  const prr_view_opts *o, char **prefixes, prr_arena *ctx)
{
	page pg = { .emit = emit, .ud = ud, .f = f, .o = o, .prefix = "",
		    .ctx = ctx };
	prr_vnode *c = page_new(&pg, "index.html", "portfolio.html.mustache",
			    "Portfolio", NULL);
	prr_vnode *rows = put_arr(c, "projects");
	for (size_t i = 0; i < f->n_projects; i++) {
		const prr_project_figs *p = &f->projects[i];
		const prr_revfig *rf = prr_figures_latest(p);
		prr_vnode *row = push(rows);
		put(row, "project", p->project);
		putf(row, "href", "%sindex.html", prefixes[i]);
		if (!rf)
			continue;
		put(row, "date", rf->review->date);
		put(row, "title", rf->review->title);
		put_level(row, rf->score.level);
		put_pct(row, "readiness", rf->score.readiness);
		put_range(row, "score", rf->score.dims.value, rf->score.dims.high, 10);
		putf(row, "blockers", "%zu", rf->score.n_blockers);
		putf(row, "reviews", "%zu", p->n);
		if (p->has_delta && p->n >= 2)
			put_change(row, "change", rf->score.readiness -
				   p->reviews[p->n - 2].score.readiness, " pts", false);
	}
	return page_emit(&pg);
}

int prr_view_site(const prr_figures *f, const prr_view_opts *o,
		  prr_jobs_hand *hand, prr_view_emit emit, void *ud,
		  prr_buf *err)
{
	prr_arena pages = PRR_ARENA_INIT;
	char **prefixes = prr_xcalloc(f->n_projects ? f->n_projects : 1,
				      sizeof *prefixes);
	prr_names taken = { .exact = 1 }; /* unique among the projects */
	for (size_t i = 0; i < f->n_projects; i++)
		prefixes[i] = f->n_projects > 1
				      ? unique_slug(&taken, f->projects[i].project, "/")
				      : prr_xstrdup("");
	prr_names_free(&taken);
	int rc = 0;
	if (f->n_projects > 1 && prr_jobs_mine(hand))
		rc = page_portfolio(emit, ud, f, o, prefixes, &pages);
	prr_arena arena = PRR_ARENA_INIT;
	for (size_t i = 0; i < f->n_projects && rc == 0; i++) {
		page pg = { .emit = emit, .ud = ud, .f = f, .p = &f->projects[i],
			    .o = o, .prefix = prefixes[i], .arena = &arena,
			    .ctx = &pages };
		if (pg.p->n == 0)
			continue;
		collect_components(&pg);
		/* the project's big pages first, so that the last units dealt
		 * are small and the threads end together */
		if (prr_jobs_mine(hand))
			rc = page_index(&pg);
		if (rc == 0 && prr_jobs_mine(hand))
			rc = page_history(&pg);
		if (rc == 0 && prr_jobs_mine(hand))
			rc = page_timeline(&pg);
		if (rc == 0 && prr_jobs_mine(hand))
			rc = page_waves(&pg);
		for (size_t k = 0; k < pg.n_comps && rc == 0; k++)
			if (prr_jobs_mine(hand))
				rc = page_component(&pg, k);
		for (size_t k = 0; k < pg.p->n && rc == 0; k++) {
			if (!prr_jobs_mine(hand))
				continue;
			rc = page_review(&pg, k, err);
			const prr_scorecard *sc = &pg.p->reviews[k].score;
			for (size_t j = 0; j < sc->n_comps && rc == 0; j++)
				if (pg.kof[k][j] >= 0)
					rc = page_review_component(&pg, k, j);
			prr_arena_reset(&arena); /* the delta of review k */
		}
		page_free(&pg);
	}
	prr_arena_free(&arena);
	prr_arena_free(&pages);
	for (size_t i = 0; i < f->n_projects; i++)
		free(prefixes[i]);
	free(prefixes);
	scratch_free();
	return rc < 0 ? -1 : 0;
}

/*** Report ***/

/* Every count of `t`, whole: the report states them all, zeros too. */
static void put_tally(prr_vnode *o, const char *k, const prr_tally *t)
{
	prr_vnode *c = put_obj(o, k);
	putf(c, "pass", "%d", t->pass);
	putf(c, "partial", "%d", t->partial);
	putf(c, "fail", "%d", t->fail);
	putf(c, "pending", "%d", t->pending);
	putf(c, "applicable", "%d", prr_tally_applicable(t));
	putf(c, "na", "%d", t->na);
	putf(c, "unknown", "%d", t->unknown);
	putf(c, "waived", "%d", t->waived);
	putb(c, "has_na", t->na > 0);
	putb(c, "has_unknown", t->unknown > 0);
	putb(c, "has_waived", t->waived > 0);
}

/* The report's status line: prr's level as an emoji (text: no image is
 * loaded) and the figures a reader looks at first. */
static void put_badge(prr_vnode *c, const prr_scorecard *s)
{
	static const char *const icon[PRR_LEVEL_COUNT] = {
		[PRR_LEVEL_UNKNOWN] = "\u26AA", [PRR_LEVEL_READY] = "\U0001F7E2",
		[PRR_LEVEL_PARTIAL] = "\U0001F7E1", [PRR_LEVEL_NOT_READY] = "\U0001F534",
	};
	prr_vnode *b = put_obj(c, "badge");
	putr(b, "icon", (unsigned)s->level < PRR_LEVEL_COUNT ? icon[s->level]
							  : icon[PRR_LEVEL_UNKNOWN]);
	put_level(b, s->level);
	put_pct(b, "readiness", s->readiness);
	putf(b, "blockers", "%zu blocker%s", s->n_blockers,
	     s->n_blockers == 1 ? "" : "s");
	putf(b, "critical", "%d", s->findings[PRR_SEV_CRITICAL]);
	putf(b, "high", "%d", s->findings[PRR_SEV_HIGH]);
}

prr_vnode *prr_view_report(prr_arena *a, const prr_figures *f,
			  const char *project, const char *date,
			  const prr_delta *given, const prr_view_opts *o,
			  size_t max_rows)
{
	const prr_project_figs *p = NULL;
	for (size_t i = 0; i < f->n_projects && !p; i++)
		if (!project || (f->projects[i].project &&
				 prr_name_eq(f->projects[i].project, project)))
			p = &f->projects[i];
	if (!p || p->n == 0)
		return NULL;
	size_t last = p->n - 1;
	if (date) {
		while (last > 0 && strcmp(p->reviews[last].review->date, date) != 0)
			last--;
		if (strcmp(p->reviews[last].review->date, date) != 0)
			return NULL;
	}
	page pg = { .f = f, .p = p, .o = o, .prefix = "" };
	const prr_revfig *rf = &p->reviews[last];
	prr_arena arena = PRR_ARENA_INIT;
	prr_delta own;
	const prr_delta *delta = NULL;
	if (!date && last == p->n - 1 && p->has_delta) {
		delta = &p->delta; /* against the previous review or --against */
	} else if (last > 0 && date && given) {
		delta = given; /* the review page's: the same two reviews */
	} else if (last > 0) {
		prr_delta_compute(&own, &arena, &p->reviews[last - 1], rf);
		delta = &own;
	}
	prr_vnode *c = prr_vobj(a);
	put(c, "project", p->project);
	put(c, "method", f->method);
	put(c, "generator", "prr " PRR_VERSION);
	put_headline(c, &pg, last, !date);
	put_tally(c, "tally", &rf->score.tally);
	put_badge(c, &rf->score);
	const prr_revfig *before = NULL;
	for (size_t i = 0; delta && i < p->n; i++)
		if (delta->before && strcmp(p->reviews[i].review->date, delta->before) == 0)
			before = &p->reviews[i];
	if (before) {
		prr_vnode *h = (prr_vnode *)prr_vget(c, "headline");
		prr_vdel(h, "readiness_change");
		prr_vdel(h, "score_change");
		prr_vdel(h, "previous_date");
		put(h, "previous_date", before->review->date);
		put_change(h, "readiness_change", rf->score.readiness -
			   before->score.readiness, " pts", false);
		put_change(h, "score_change", weighted_score(rf) -
			   weighted_score(before), "", false);
	}
	prr_vnode *folded = put_arr(c, "folded");
	size_t n = put_blockers(c, &rf->score, max_rows);
	if (n > max_rows)
		putf(push(folded), "what", "%zu more %s", n - max_rows,
		     plural(n - max_rows, "blocker", "blockers"));
	n = put_findings(c, "serious_findings", rf->review, true, max_rows);
	if (n > max_rows)
		putf(push(folded), "what", "%zu more critical and high %s",
		     n - max_rows, plural(n - max_rows, "finding", "findings"));
	if (delta) {
		n = put_delta_rows(c, "regressions", delta, true, max_rows);
		if (n > max_rows)
			putf(push(folded), "what", "%zu more %s", n - max_rows,
			     plural(n - max_rows, "regression", "regressions"));
		putb(c, "has_regressions", n > 0);
		putb(c, "has_delta", true);
		put(c, "against", delta->before);
		putf(c, "improved", "%d", delta->improved);
		putf(c, "regressed", "%d", delta->regressed);
	}
	n = put_audit(c, "disagreements", &rf->audit, AUDIT_DISAGREE, max_rows);
	if (n > max_rows)
		putf(push(folded), "what", "%zu more %s", n - max_rows,
		     plural(n - max_rows, "disagreement", "disagreements"));
	putb(c, "has_disagreements", n > 0);
	put_plan(c, &rf->plan, max_rows);
	/* per component, folded into <details> */
	prr_vnode *comps = put_arr(c, "components");
	for (size_t i = 0; i < rf->score.n_comps && i < max_rows; i++) {
		const prr_compfig *cf = &rf->score.comps[i];
		prr_vnode *o2 = push(comps);
		put(o2, "name", cf->name);
		put_pct(o2, "readiness", cf->readiness);
		put_level(o2, cf->level);
		putf(o2, "checks", "%d/%d", cf->tally.pass, prr_tally_applicable(&cf->tally));
		put_tally(o2, "tally", &cf->tally);
	}
	putf(c, "n_components", "%zu", rf->score.n_comps);
	if (rf->score.n_comps > max_rows) {
		size_t more = rf->score.n_comps - max_rows;
		const char *word = plural(more, "component", "components");
		putf(c, "components_folded", "%zu more %s not shown", more, word);
		putf(push(folded), "what", "%zu more %s", more, word);
	}
	putb(c, "has_folded", prr_vsize(folded) > 0);
	if (o && o->base_url && *o->base_url) {
		prr_buf b = PRR_BUF_INIT;
		size_t k = strlen(o->base_url);
		prr_buf_addf(&b, "%s%sreviews/%s/", o->base_url,
			     k && o->base_url[k - 1] == '/' ? "" : "/", rf->review->date);
		put(c, "page_url", b.p);
		prr_buf_free(&b);
	}
	putn(c, "max_rows", max_rows == SIZE_MAX ? -1 : (double)max_rows);
	prr_arena_free(&arena);
	scratch_free();
	return c;
}

void prr_view_badge(prr_buf *out, const prr_figures *f)
{
	if (f->n_projects > 1) { /* a portfolio: every project counted */
		size_t by[PRR_LEVEL_COUNT] = { 0 };
		for (size_t i = 0; i < f->n_projects; i++) {
			const prr_revfig *p = prr_figures_latest(&f->projects[i]);
			by[p ? p->score.level : PRR_LEVEL_UNKNOWN]++;
		}
		prr_portfolio_badge(out, f->n_projects, by[PRR_LEVEL_NOT_READY],
				    by[PRR_LEVEL_PARTIAL], by[PRR_LEVEL_UNKNOWN]);
		return;
	}
	const prr_revfig *rf = f->n_projects ? prr_figures_latest(&f->projects[0]) : NULL;
	if (!rf) {
		prr_svg_badge(out, "readiness", "unknown", prr_view_level_color(PRR_LEVEL_UNKNOWN));
		return;
	}
	char b[32];
	prr_buf v = PRR_BUF_INIT;
	const char *word = rf->score.level == PRR_LEVEL_READY ? "ready"
			   : rf->score.level == PRR_LEVEL_PARTIAL ? "partial"
			   : rf->score.level == PRR_LEVEL_NOT_READY ? "not ready" : "unknown";
	prr_buf_addf(&v, "%s %s", pct(b, sizeof b, rf->score.readiness), word);
	prr_svg_badge(out, "readiness", v.p, prr_view_level_color(rf->score.level));
	prr_buf_free(&v);
}
