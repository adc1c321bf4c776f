/* view_fmt.c - values in words for the pages: numbers, percentages,
 * spans, statuses, levels, changes, slugs; see view_int.h. */
#include "view_int.h"
#include "prr/rec_score.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The thread's buffer for formatting a value before it is copied into
 * the page (a malloc and a free per formatted value were a twentieth of
 * building a page); freed when a site or report is done. */
static _Thread_local prr_buf scratch_buf = PRR_BUF_INIT;

prr_buf *view_scratch(void)
{
	prr_buf_reset(&scratch_buf);
	return &scratch_buf;
}

void view_scratch_free(void)
{
	prr_buf_free(&scratch_buf);
}

void view_putf(prr_vnode *o, const char *k, const char *fmt, ...)
{
	prr_buf *b = view_scratch();
	va_list ap;
	va_start(ap, fmt);
	prr_buf_vaddf(b, fmt, ap);
	va_end(ap);
	if (b->n)
		prr_vput_str(o, k, b->p, b->n);
}

/* "3/7": passed of total, without printf's machinery (a cell of every
 * scorecard has one) */
void view_put_ratio(prr_vnode *o, const char *k, int a, int b)
{
	char t[2 * PRR_DECIMAL_MAX + 1];
	size_t n = prr_decimal(t, a);
	t[n++] = '/';
	n += prr_decimal(t + n, b);
	prr_vplain(prr_vput_str(o, k, t, n));
}

/* A name with a backtick as a label: Markdown code spans lose their
 * backticks (a table header "Runbooks (`docs/ops.md`)" reads "Runbooks
 * (docs/ops.md)"); a lone backtick stays. */
void view_put_label_ticked(prr_vnode *o, const char *k, const char *s)
{
	const char *tick = strchr(s, '`');
	if (!strchr(tick + 1, '`')) {
		putr(o, k, s);
		return;
	}
	prr_buf *b = view_scratch();
	for (const char *p = s; *p;) {
		const char *open = strchr(p, '`');
		if (!open) {
			prr_buf_adds(b, p);
			break;
		}
		size_t run = strspn(open, "`");
		/* the span closes at the next run of as many backticks */
		const char *close = open + run;
		while ((close = strchr(close, '`')) != NULL) {
			size_t r = strspn(close, "`");
			if (r == run)
				break;
			close += r;
		}
		if (!close) {
			prr_buf_add(b, p, (size_t)(open + run - p));
			p = open + run;
			continue;
		}
		prr_buf_add(b, p, (size_t)(open - p));
		prr_buf_add(b, open + run, (size_t)(close - open - run));
		p = close + run;
	}
	if (b->n)
		prr_vput_str(o, k, b->p, b->n);
}

/*** Words, numbers, symbols ***/

const char *view_pct_at(char *buf, size_t n, double v, double ready,
			double partial)
{
	if (!prr_has(v))
		return "n/a";
	/* what "%.0f" rounds to, half to even, unless that crosses a line */
	prr_pct_text(buf, n, v, ready, partial);
	return buf;
}

const char *view_pct(char *buf, size_t n, double v)
{
	return view_pct_at(buf, n, v, NAN, NAN);
}

void view_put_pct_at(prr_vnode *o, const char *k, double v, double ready,
		     double partial)
{
	char b[32];
	const char *t = view_pct_at(b, sizeof b, v, ready, partial);
	prr_vplain(prr_vput_str(o, k, t, strlen(t)));
}

void view_put_pct(prr_vnode *o, const char *k, double v)
{
	view_put_pct_at(o, k, v, NAN, NAN);
}

/* "8", "8.5": one decimal at most. */
void view_fmt_num(prr_buf *b, double v)
{
	if (!prr_has(v)) {
		prr_buf_adds(b, "n/a");
		return;
	}
	prr_buf_add_tenths(b, v);
}

/* "+1 day", "-3 days": a signed count of days. */
void view_putf_days(prr_vnode *o, const char *k, long days)
{
	view_putf(o, k, "%+ld %s", days, days == 1 || days == -1 ? "day" : "days");
}

/* "3–5 days": a low–high span with its unit. */
void view_fmt_span(prr_buf *b, double lo, double hi, const char *unit)
{
	view_fmt_num(b, lo);
	if (prr_has(hi) && hi != lo) {
		prr_buf_adds(b, "\u2013");
		view_fmt_num(b, hi);
	}
	if (!unit)
		return;
	/* "1 week", not "1 weeks" (units are kept plural) */
	size_t n = strlen(unit);
	bool one = lo == 1 && (!prr_has(hi) || hi == lo);
	if (one && n > 1 && unit[n - 1] == 's')
		n--;
	prr_buf_addf(b, " %.*s", (int)n, unit);
}

void view_put_num(prr_vnode *o, const char *k, double v)
{
	if (!prr_has(v))
		return;
	prr_buf *b = view_scratch();
	view_fmt_num(b, v);
	put(o, k, b->p);
}

/* A stated score to a tenth ("8.0"), or to the hundredth it was written
 * with ("7.25", not the "7.2" a tenth would make of it). */
static void fmt_score(prr_buf *b, double v)
{
	if (fabs(v * 10 - round(v * 10)) > 1e-6)
		prr_buf_addf(b, "%.2f", v);
	else
		prr_buf_addf(b, "%.1f", v);
}

/* A figure of prr's to a tenth, halves away from zero ("7.25" is "7.3",
 * not printf's "7.2"). */
static void fmt_tenth(prr_buf *b, double v)
{
	prr_buf_addf(b, "%.1f", round(v * 10) / 10);
}

/* "8.0–8.5 / 10": prr's figures to a tenth, the document's as written */
static void fmt_range(prr_buf *b, double lo, double hi, double max,
		      bool stated)
{
	size_t from = b->n;
	if (stated)
		fmt_score(b, lo);
	else
		fmt_tenth(b, lo);
	size_t to = b->n;
	if (prr_has(hi) && fabs(hi - lo) >= (stated ? 0.005 : 0.05)) {
		prr_buf_adds(b, "\u2013");
		size_t at = b->n;
		if (stated)
			fmt_score(b, hi);
		else
			fmt_tenth(b, hi);
		/* (4.75 and 4.8 both "4.8": no range written "4.8–4.8") */
		if (b->n - at == to - from && memcmp(b->p + at, b->p + from, to - from) == 0) {
			b->n = to;
			b->p[to] = '\0';
		}
	}
	if (prr_has(max))
		prr_buf_addf(b, " / %g", max);
}

void view_put_range(prr_vnode *o, const char *k, double lo, double hi,
		    double max)
{
	if (!prr_has(lo))
		return;
	prr_buf *b = view_scratch();
	fmt_range(b, lo, hi, max, false);
	prr_vput_str(o, k, b->p, b->n);
}

bool view_fmt_graded(prr_buf *b, double lo, double hi, double max,
		       const char *grade)
{
	bool has_grade = grade && *grade;
	if (!prr_has(lo) && !has_grade)
		return false;
	if (prr_has(lo))
		fmt_range(b, lo, hi, max, true);
	if (has_grade)
		prr_buf_addf(b, prr_has(lo) ? " (%s)" : "%s", grade);
	return true;
}

void view_put_graded(prr_vnode *o, const char *k, double lo, double hi,
		     double max, const char *grade)
{
	prr_buf *b = view_scratch();
	if (view_fmt_graded(b, lo, hi, max, grade))
		prr_vput_str(o, k, b->p, b->n);
}

void view_put_score(prr_vnode *o, double value, double high,
		    const prr_score *stated, size_t n_stated)
{
	/* the document's own score first, prr's from its dimensions said to
	 * be prr's: beside it where it says otherwise ("9.0 / 10, as stated
	 * (7.0 / 10 from its dimensions)"), not where it agrees ("3.4 / 5, as
	 * stated" over a mean of 3.43 / 5) */
	prr_buf *b = view_scratch();
	if (n_stated == 1 && view_fmt_graded(b, stated->value, stated->high,
					stated->max, stated->grade)) {
		prr_buf_adds(b, ", as stated");
		/* (within the stated figure's rounding: "3.4 / 5" is prr's
		 * 3.43 / 5, "9 / 10" its 8.6; the rule the audit of an
		 * overall score against its dimensions' mean keeps) */
		bool agrees = prr_has(stated->max) && stated->max > 0 &&
			      prr_score_rounds_to(stated->value,
						  value * stated->max / 10);
		if (prr_has(value) && !agrees) {
			prr_buf_adds(b, " (");
			fmt_range(b, value, high, 10, false);
			prr_buf_adds(b, " from its dimensions)");
		}
		prr_vput_str(o, "score", b->p, b->n);
		return;
	}
	if (prr_has(value)) {
		prr_buf_reset(b);
		fmt_range(b, value, high, 10, false);
		prr_buf_adds(b, ", from its dimensions");
		prr_vput_str(o, "score", b->p, b->n);
		return;
	}
	if (n_stated > 1)
		view_put_int(o, "scores_stated", (long long)n_stated);
}

void view_put_score_change(prr_vnode *h, const prr_revfig *rf,
			   const prr_revfig *prev, const prr_delta *d)
{
	const prr_review *r = rf->review;
	/* the figure view_put_score shows first: the one stated score */
	bool stated = r->n_scores == 1 &&
		      (prr_has(r->scores[0].value) ||
		       (r->scores[0].grade && *r->scores[0].grade));
	double dims = rf->score.dims.value - prev->score.dims.value;
	if (!stated)
		view_put_change(h, "score_change", dims, "", false);
	else if (d && prr_has(d->score_change))
		view_put_change(h, "score_change", d->score_change, "", false);
	else
		view_put_change(h, "score_change", dims, " from its dimensions",
				false);
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
void view_put_status(prr_vnode *o, prr_status s)
{
	static const char *const cls[PRR_STATUS_COUNT] = {
		[PRR_UNKNOWN] = "st-unknown", [PRR_PASS] = "st-pass",
		[PRR_PARTIAL] = "st-partial", [PRR_FAIL] = "st-fail",
		[PRR_PENDING] = "st-pending", [PRR_NA] = "st-na",
	};
	putr_plain(o, "status", prr_status_name(s));
	putr_plain(o, "status_class",
		   (unsigned)s < PRR_STATUS_COUNT ? cls[s] : "st-unknown");
}

/* {word, symbol, cls}: a status in running text or a list */
void view_put_status_sym(prr_vnode *o, prr_status s)
{
	view_put_status(o, s);
	putr_plain(o, "symbol", status_symbol(s));
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

void view_put_level_as(prr_vnode *o, const char *key, prr_level l)
{
	static const char *const cls[PRR_LEVEL_COUNT] = {
		[PRR_LEVEL_UNKNOWN] = "lv-unknown", [PRR_LEVEL_READY] = "lv-ready",
		[PRR_LEVEL_PARTIAL] = "lv-partial", [PRR_LEVEL_NOT_READY] = "lv-not-ready",
	};
	bool known = (unsigned)l < PRR_LEVEL_COUNT;
	prr_vnode *lv = put_obj(o, key);
	putr_plain(lv, "name", known ? prr_level_name(l) : "unknown");
	putr_plain(lv, "label", level_label(l));
	putr_plain(lv, "class", known ? cls[l] : "lv-unknown");
}

void view_put_level(prr_vnode *o, prr_level l)
{
	view_put_level_as(o, "level", l);
}

void view_put_review_level(prr_vnode *o, prr_level stated, prr_level computed)
{
	view_put_level(o, stated != PRR_LEVEL_UNKNOWN ? stated : computed);
	if (stated != PRR_LEVEL_UNKNOWN && computed != PRR_LEVEL_UNKNOWN &&
	    stated != computed)
		view_put_level_as(o, "prr", computed);
}

void view_put_verdict(prr_vnode *o, prr_level stated, prr_level computed)
{
	/* both voices: the document's verdict first, prr's level beside it */
	view_put_level(o, stated != PRR_LEVEL_UNKNOWN ? stated : computed);
	if (stated != PRR_LEVEL_UNKNOWN) {
		view_put_level_as(o, "stated", stated);
		view_put_level_as(o, "computed", computed);
		putb(o, "disagrees", computed != PRR_LEVEL_UNKNOWN &&
				     computed != stated);
	} else {
		/* the level shown is prr's alone: said so */
		putb(o, "unstated", true);
		if (computed != PRR_LEVEL_UNKNOWN)
			view_put_level_as(o, "computed", computed);
	}
}

/* {arrow, text, class} for a change of `d` (after - before) */
void view_put_change(prr_vnode *o, const char *k, double d, const char *unit,
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
		view_fmt_num(&b, fabs(d));
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
