/* svg.c - charts as SVG text: sparkline, bars, time axis, trend, badge. */
#include "prr/svg.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "prr/buf.h"
#include "prr/escape.h"
#include "prr/figures.h"
#include "prr/model.h"
#include "prr/sort.h"

/*** Text ***/

void prr_svg_esc(prr_buf *out, const char *s)
{
	if (!s)
		return;
	/* XML 1.0 forbids most control bytes even as references: drop them,
	 * then escape the rest as HTML does. */
	const char *run = s;
	for (const char *p = s;; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == 0 || (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
			prr_esc_html(out, run, (size_t)(p - run));
			if (c == 0)
				return;
			run = p + 1;
		}
	}
}

/* The id with anything but [A-Za-z0-9_-] turned into '-'. */
static void add_id(prr_buf *out, const char *id)
{
	for (const char *p = id ? id : "chart"; *p; p++) {
		char c = *p;
		int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			 (c >= '0' && c <= '9') || c == '_' || c == '-';
		prr_buf_addc(out, ok ? c : '-');
	}
}

/* "<svg …><title id=ID-t>…</title><desc id=ID-d>…</desc>" */
static void open_chart(prr_buf *out, const char *cls, const char *id,
		       const char *title, const char *desc, int w, int h)
{
	prr_buf_addf(out, "<svg class=\"chart %s\" viewBox=\"0 0 %d %d\" "
			  "width=\"%d\" height=\"%d\" role=\"img\" "
			  "aria-labelledby=\"", cls, w, h, w, h);
	add_id(out, id);
	prr_buf_adds(out, "-t ");
	add_id(out, id);
	prr_buf_adds(out, "-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"");
	add_id(out, id);
	prr_buf_adds(out, "-t\">");
	prr_svg_esc(out, title);
	prr_buf_adds(out, "</title><desc id=\"");
	add_id(out, id);
	prr_buf_adds(out, "-d\">");
	prr_svg_esc(out, desc);
	prr_buf_adds(out, "</desc>\n");
}

/* Numbers with one decimal, "-0.0" never printed. */
static void num(prr_buf *out, double v)
{
	if (!isfinite(v))
		v = 0;
	prr_buf_add_tenths(out, v);
}

/* A line from (x1, y1) to (x2, y2), up to its "/>": what follows it on
 * the same line of SVG is the caller's. */
static void svg_line(prr_buf *out, const char *cls, double x1, double y1,
		     double x2, double y2)
{
	prr_buf_addf(out, "<line class=\"%s\" x1=\"", cls);
	num(out, x1);
	prr_buf_adds(out, "\" y1=\"");
	num(out, y1);
	prr_buf_adds(out, "\" x2=\"");
	num(out, x2);
	prr_buf_adds(out, "\" y2=\"");
	num(out, y2);
	prr_buf_adds(out, "\"/>");
}

/*** Sparkline ***/

void prr_svg_sparkline(prr_buf *out, const char *id, const char *title,
		       const char *desc, const double *v, size_t n, double lo,
		       double hi, int w, int h)
{
	const double pad = 3;
	open_chart(out, "spark", id, title, desc, w, h);
	prr_buf_addf(out, "<line class=\"spark-base\" x1=\"0\" y1=\"%d\" "
			  "x2=\"%d\" y2=\"%d\"/>\n", h - 1, w, h - 1);
	if (!(hi > lo))
		hi = lo + 1;
	double last_x = NAN, last_y = NAN;
	int pen = 0;
	prr_buf path = PRR_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(v[i])) {
			pen = 0;
			continue;
		}
		double x = n == 1 ? w / 2.0
				  : pad + (double)i * (w - 2 * pad) / (double)(n - 1);
		double t = (v[i] - lo) / (hi - lo);
		t = t < 0 ? 0 : t > 1 ? 1 : t;
		double y = pad + (1 - t) * (h - 2 * pad);
		prr_buf_adds(&path, pen ? " L" : (path.n ? " M" : "M"));
		num(&path, x);
		prr_buf_addc(&path, ' ');
		num(&path, y);
		pen = 1;
		last_x = x;
		last_y = y;
	}
	if (path.n)
		prr_buf_addf(out, "<path class=\"spark-line\" fill=\"none\" d=\"%s\"/>\n",
			     path.p);
	if (isfinite(last_x)) {
		prr_buf_adds(out, "<circle class=\"spark-dot\" cx=\"");
		num(out, last_x);
		prr_buf_adds(out, "\" cy=\"");
		num(out, last_y);
		prr_buf_adds(out, "\" r=\"3\"/>\n");
	}
	prr_buf_adds(out, "</svg>");
	prr_buf_free(&path);
}

/*** Bars ***/

/* Characters of a bar label that fit the label column at the chart's font. */
#define BAR_LABEL_CHARS 22

/* Bytes of the first `chars` UTF-8 characters of `s`. */
static size_t utf8_prefix(const char *s, size_t chars)
{
	size_t i = 0;
	if (!s)
		return 0;
	while (s[i] && chars) {
		i++;
		while ((s[i] & 0xC0) == 0x80)
			i++;
		chars--;
	}
	return i;
}

/* One bar `w` wide at (x, y), then its value beside it: "N UNIT WORD",
 * or `missing` when the value is not stated. */
static void svg_bar(prr_buf *out, const char *cls, int x, int y, double w,
		    double value, const char *unit, const char *word,
		    const char *missing)
{
	prr_buf_addf(out, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"",
		     cls, x, y);
	num(out, w);
	prr_buf_adds(out, "\" height=\"14\"/><text class=\"bar-value\" x=\"");
	num(out, x + w + 6);
	prr_buf_addf(out, "\" y=\"%d\">", y + 11);
	if (isfinite(value)) {
		num(out, value);
		prr_buf_addf(out, " %s %s", unit ? unit : "", word);
	} else {
		prr_buf_adds(out, missing);
	}
	prr_buf_adds(out, "</text>\n");
}

void prr_svg_bars(prr_buf *out, const char *id, const char *title,
		  const char *desc, const prr_svg_bar *bars, size_t n,
		  const char *unit)
{
	const int w = 720, label_w = 200, bar_w = 400, row = 44, top = 30;
	int h = top + (int)n * row + 6;
	double max = 0;
	for (size_t i = 0; i < n; i++) {
		if (isfinite(bars[i].planned) && bars[i].planned > max)
			max = bars[i].planned;
		if (isfinite(bars[i].delivered) && bars[i].delivered > max)
			max = bars[i].delivered;
	}
	if (max <= 0)
		max = 1;
	open_chart(out, "bars", id, title, desc, w, h);
	/* legend: a swatch and a word each, so colour is never alone */
	prr_buf_addf(out,
		     "<rect class=\"bar-planned\" x=\"%d\" y=\"6\" width=\"12\" height=\"12\"/>"
		     "<text class=\"legend\" x=\"%d\" y=\"16\">planned</text>"
		     "<rect class=\"bar-delivered\" x=\"%d\" y=\"6\" width=\"12\" height=\"12\"/>"
		     "<text class=\"legend\" x=\"%d\" y=\"16\">delivered</text>\n",
		     label_w, label_w + 16, label_w + 100, label_w + 116);
	for (size_t i = 0; i < n; i++) {
		const prr_svg_bar *b = &bars[i];
		int y = top + (int)i * row;
		double pw = isfinite(b->planned) ? b->planned / max * bar_w : 0;
		double dw = isfinite(b->delivered) ? b->delivered / max * bar_w : 0;
		prr_buf_addf(out, "<text class=\"bar-label\" x=\"%d\" y=\"%d\" "
				  "text-anchor=\"end\">", label_w - 8, y + 20);
		/* the label column is fixed: a long label is cut with an
		 * ellipsis and kept whole in a <title> (and in the data table
		 * beside the chart) */
		size_t cut = utf8_prefix(b->label, BAR_LABEL_CHARS);
		if (b->label && b->label[cut]) {
			prr_buf_adds(out, "<title>");
			prr_svg_esc(out, b->label);
			prr_buf_adds(out, "</title>");
			char *head = prr_xmalloc(cut + 1);
			memcpy(head, b->label, cut);
			head[cut] = '\0';
			prr_svg_esc(out, head);
			free(head);
			prr_buf_adds(out, "\xE2\x80\xA6");
		} else {
			prr_svg_esc(out, b->label);
		}
		prr_buf_adds(out, "</text>\n");
		svg_bar(out, "bar-planned", label_w, y + 4, pw, b->planned, unit,
			"planned", "unplanned");
		svg_bar(out, "bar-delivered", label_w, y + 21, dw, b->delivered,
			unit, "delivered", "no points stated");
	}
	prr_buf_adds(out, "</svg>");
}

/*** Time axis ***/

/* Civil date of a day number (Howard Hinnant's algorithm). */
static void civil(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

static long days_of(int y, int m, int d)
{
	char b[32];
	snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, d);
	return prr_date_days(b);
}

static double tl_x(long day, long lo, long hi, int left, int span)
{
	return left + (double)(day - lo) * span / (double)(hi - lo);
}

static void tl_text(prr_buf *out, const char *cls, double x, int y,
		    const char *anchor, const char *s)
{
	prr_buf_addf(out, "<text class=\"%s\" x=\"", cls);
	num(out, x);
	prr_buf_addf(out, "\" y=\"%d\" text-anchor=\"%s\">", y, anchor);
	prr_svg_esc(out, s);
	prr_buf_adds(out, "</text>\n");
}

/* Labels near the ends anchor inward so they stay inside the chart. */
static const char *anchor_at(double x, int w)
{
	return x < 90 ? "start" : x > w - 90 ? "end" : "middle";
}

/* Width in user units of `s` at `px` pixels (estimated from 11px Verdana,
 * which is wider than the sans-serif fonts the charts use). */
static double text_w(const char *s, int px)
{
	return prr_svg_text_width(s) * px / 11.0;
}

/* The anchor of a label `tw` wide at `x`: centred, or inward at the ends
 * so that it stays inside 0..w; its extent goes to `sp`. */
static const char *place_label(double x, double tw, int w, prr_svg_span *sp)
{
	if (x - tw / 2 < 2) {
		sp->x0 = x;
		sp->x1 = x + tw;
		return "start";
	}
	if (x + tw / 2 > w - 2) {
		sp->x0 = x - tw;
		sp->x1 = x;
		return "end";
	}
	sp->x0 = x - tw / 2;
	sp->x1 = x + tw / 2;
	return "middle";
}

typedef struct span_at {
	double x0;
	size_t i;
} span_at;

static int by_x0(const void *a, const void *b)
{
	const span_at *p = a, *q = b;
	return p->x0 < q->x0 ? -1 : p->x0 > q->x0;
}

size_t prr_svg_lanes(const prr_svg_span *s, size_t n, double gap, int *lane)
{
	if (!n)
		return 0;
	span_at *order = prr_xcalloc(n, sizeof *order);
	double *end = prr_xcalloc(n, sizeof *end); /* rightmost x1 per lane */
	for (size_t i = 0; i < n; i++)
		order[i] = (span_at){ s[i].x0, i };
	prr_sort_stable(order, n, sizeof *order, by_x0); /* ties: as given */
	size_t lanes = 0;
	for (size_t k = 0; k < n; k++) {
		size_t i = order[k].i, l = 0;
		while (l < lanes && end[l] + gap > s[i].x0)
			l++;
		if (l == lanes)
			lanes++;
		end[l] = s[i].x1;
		lane[i] = (int)l;
	}
	free(order);
	free(end);
	return lanes;
}

/* A diamond of radius r centred on x, y. */
static void diamond(prr_buf *out, const char *cls, double x, int y, int r)
{
	prr_buf_addf(out, "<polygon class=\"tl-milestone %s\" points=\"", cls);
	num(out, x);
	prr_buf_addf(out, ",%d ", y - r);
	num(out, x + r);
	prr_buf_addf(out, ",%d ", y);
	num(out, x);
	prr_buf_addf(out, ",%d ", y + r);
	num(out, x - r);
	prr_buf_addf(out, ",%d\"/>\n", y);
}

static int is_done(const prr_svg_event *e)
{
	return e->mark == PRR_SVG_MILESTONE && e->cls && strcmp(e->cls, "done") == 0;
}

/* One legend entry at x (a swatch, then its word); returns the next x. */
static int legend_item(prr_buf *out, int x, int kind, const char *word)
{
	switch (kind) {
	case 0: /* review */
		prr_buf_addf(out, "<circle class=\"tl-review\" cx=\"%d\" cy=\"12\" r=\"5\"/>", x + 6);
		break;
	case 1: /* milestone due */
	case 2: /* milestone done */
		diamond(out, kind == 2 ? "done" : "", x + 6, 12, 6);
		break;
	case 3: /* slip */
		prr_buf_addf(out, "<line class=\"tl-slip\" x1=\"%d\" y1=\"12\" x2=\"%d\" y2=\"12\"/>"
				  "<polygon class=\"tl-slip-head\" points=\"%d,12 %d,8 %d,16\"/>",
			     x, x + 14, x + 18, x + 12, x + 12);
		x += 6;
		break;
	case 4: /* tag */
		prr_buf_addf(out, "<line class=\"tl-tag\" x1=\"%d\" y1=\"4\" x2=\"%d\" y2=\"20\"/>",
			     x + 6, x + 6);
		break;
	default: /* commits per week */
		prr_buf_addf(out, "<rect class=\"tl-commits\" x=\"%d\" y=\"6\" width=\"12\" "
				  "height=\"12\"/>", x);
		break;
	}
	prr_buf_addf(out, "<text class=\"legend\" x=\"%d\" y=\"16\">", x + 18);
	prr_svg_esc(out, word);
	prr_buf_adds(out, "</text>\n");
	return x + 18 + (int)text_w(word, 12) + 22;
}

void prr_svg_timeline(prr_buf *out, const char *id, const char *title,
		      const char *desc, const prr_svg_event *ev, size_t n,
		      long week0, const int *weekly, size_t n_weeks)
{
	const int w = 960, left = 30, right = 30, lane_h = 16, bars_h = 60;
	const int span = w - left - right;
	long lo = 0, hi = 0;
	int any = 0;
	int has[6] = { 0 };
	for (size_t i = 0; i < n; i++) {
		long a = ev[i].day, b = ev[i].mark == PRR_SVG_SLIP ? ev[i].day2 : a;
		if (b < a) { long t = a; a = b; b = t; }
		if (!any || a < lo) lo = a;
		if (!any || b > hi) hi = b;
		any = 1;
		has[ev[i].mark == PRR_SVG_REVIEW ? 0
		    : ev[i].mark == PRR_SVG_MILESTONE ? 1 + is_done(&ev[i])
		    : ev[i].mark == PRR_SVG_SLIP ? 3 : 4] = 1;
	}
	if (n_weeks) {
		if (!any || week0 < lo) lo = week0;
		if (!any || week0 + 7 * (long)n_weeks > hi) hi = week0 + 7 * (long)n_weeks;
		any = 1;
		has[5] = 1;
	}
	lo -= 7;
	hi += 7;
	if (hi - lo < 42) {
		long mid = (lo + hi) / 2;
		lo = mid - 21;
		hi = mid + 21;
	}
	/* label places: reviews and tags above the axis, milestones below,
	 * each in lanes so that no two overlap */
	size_t m = n ? n : 1, n_up = 0, n_dn = 0;
	prr_svg_span *sp = prr_xcalloc(m, sizeof *sp);
	prr_svg_span *up = prr_xcalloc(m, sizeof *up), *dn = prr_xcalloc(m, sizeof *dn);
	int *lane_up = prr_xcalloc(m, sizeof *lane_up), *lane_dn = prr_xcalloc(m, sizeof *lane_dn);
	const char **anc = prr_xcalloc(m, sizeof *anc);
	for (size_t i = 0; i < n; i++) {
		if (ev[i].mark == PRR_SVG_SLIP)
			continue;
		double x = tl_x(ev[i].day, lo, hi, left, span);
		int px = ev[i].mark == PRR_SVG_TAG ? 11 : 12;
		anc[i] = place_label(x, text_w(ev[i].label, px), w, &sp[i]);
		if (ev[i].mark == PRR_SVG_MILESTONE)
			dn[n_dn++] = sp[i];
		else
			up[n_up++] = sp[i];
	}
	size_t lanes_up = prr_svg_lanes(up, n_up, 8, lane_up);
	size_t lanes_dn = prr_svg_lanes(dn, n_dn, 8, lane_dn);
	const int axis = 30 + lane_h * (int)(lanes_up ? lanes_up : 1) + 14;
	const int ms_top = axis + 46;
	const int bars_top = ms_top + lane_h * (int)lanes_dn + 14;
	const int h = n_weeks ? bars_top + bars_h + 8 : bars_top;

	open_chart(out, "timeline", id, title, desc, w, h);
	static const char *const words[6] = { "review", "milestone due",
		"milestone done", "estimate slip", "tag", "commits per week" };
	for (int k = 0, x = left; k < 6; k++)
		if (has[k])
			x = legend_item(out, x, k, words[k]);
	prr_buf_addf(out, "<line class=\"tl-axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" "
			  "y2=\"%d\"/>\n", left, axis, w - right, axis);
	/* month ticks, labelled every `step` months so labels do not collide */
	int y, mo, d;
	civil(lo, &y, &mo, &d);
	if (d > 1 && ++mo > 12) { mo = 1; y++; }
	long months = (hi - lo) / 30 + 1, k = 0;
	long step = months / 12 + 1;
	for (long day = days_of(y, mo, 1); day <= hi; k++) {
		double x = tl_x(day, lo, hi, left, span);
		svg_line(out, "tl-tick", x, axis, x, axis + 6);
		prr_buf_addc(out, '\n');
		if (k % step == 0) {
			char lab[16];
			snprintf(lab, sizeof lab, "%04d-%02d", y % 10000, mo);
			tl_text(out, "tl-month", x, axis + 20, anchor_at(x, w), lab);
		}
		if (++mo > 12) { mo = 1; y++; }
		day = days_of(y, mo, 1);
	}
	size_t i_up = 0, i_dn = 0;
	for (size_t i = 0; i < n; i++) {
		const prr_svg_event *e = &ev[i];
		double x = tl_x(e->day, lo, hi, left, span);
		const char *cls = e->cls ? e->cls : "";
		switch (e->mark) {
		case PRR_SVG_REVIEW: {
			int ly = axis - 18 - lane_h * lane_up[i_up++];
			svg_line(out, "tl-leader", x, ly + 3, x, axis - 6);
			prr_buf_addf(out, "<circle class=\"tl-review %s\" cx=\"", cls);
			num(out, x);
			prr_buf_addf(out, "\" cy=\"%d\" r=\"6\"/>\n", axis);
			tl_text(out, "tl-label", x, ly, anc[i], e->label);
			break;
		}
		case PRR_SVG_MILESTONE:
			diamond(out, cls, x, axis, 7);
			tl_text(out, "tl-label", x, ms_top + lane_h * lane_dn[i_dn++],
				anc[i], e->label);
			break;
		case PRR_SVG_SLIP: {
			double x2 = tl_x(e->day2, lo, hi, left, span);
			svg_line(out, "tl-slip", x, axis + 28, x2, axis + 28);
			prr_buf_adds(out, "<polygon class=\"tl-slip-head\" points=\"");
			double dir = x2 >= x ? 1 : -1;
			num(out, x2);
			prr_buf_addf(out, ",%d ", axis + 28);
			num(out, x2 - 6 * dir);
			prr_buf_addf(out, ",%d ", axis + 24);
			num(out, x2 - 6 * dir);
			prr_buf_addf(out, ",%d\"/>\n", axis + 32);
			break;
		}
		case PRR_SVG_TAG: {
			int ly = axis - 18 - lane_h * lane_up[i_up++];
			svg_line(out, "tl-tag", x, ly + 4, x, axis);
			prr_buf_addc(out, '\n');
			tl_text(out, "tl-tag-label", x, ly, anc[i], e->label);
			break;
		}
		}
	}
	if (n_weeks) {
		int max = 0;
		for (size_t i = 0; i < n_weeks; i++)
			if (weekly[i] > max)
				max = weekly[i];
		tl_text(out, "tl-caption", left, bars_top - 4, "start",
			"commits per week");
		double bw = 7.0 * span / (double)(hi - lo);
		for (size_t i = 0; i < n_weeks && max > 0; i++) {
			if (weekly[i] <= 0)
				continue;
			double bh = (double)weekly[i] / max * bars_h;
			double x = tl_x(week0 + 7 * (long)i, lo, hi, left, span);
			prr_buf_adds(out, "<rect class=\"tl-commits\" x=\"");
			num(out, x);
			prr_buf_adds(out, "\" y=\"");
			num(out, bars_top + bars_h - bh);
			prr_buf_adds(out, "\" width=\"");
			num(out, bw > 2 ? bw - 1 : 1);
			prr_buf_adds(out, "\" height=\"");
			num(out, bh);
			prr_buf_adds(out, "\"/>\n");
		}
	}
	prr_buf_adds(out, "</svg>");
	free(sp);
	free(up);
	free(dn);
	free(lane_up);
	free(lane_dn);
	free(anc);
}

/*** Trend ***/

void prr_svg_trend(prr_buf *out, const char *id, const char *title,
		   const char *desc, const char *const *dates, size_t n,
		   const prr_svg_series *s, size_t n_series, double ready,
		   double partial)
{
	const int w = 480, left = 44, right = 14, pad = 38, plot_h = 140;
	const int top = n_series > 1 ? 36 : 22, bottom = top + plot_h;
	const int h = bottom + 34, span = w - left - right - 2 * pad;
	open_chart(out, "trend", id, title, desc, w, h);
	if (n_series > 1)
		for (size_t k = 0, x = left; k < n_series; k++) {
			prr_buf_addf(out, "<line class=\"tr-line %s\" x1=\"%zu\" y1=\"12\" "
					  "x2=\"%zu\" y2=\"12\"/><circle class=\"tr-dot %s\" "
					  "cx=\"%zu\" cy=\"12\" r=\"3\"/>",
				     s[k].cls, x, x + 18, s[k].cls, x + 9);
			tl_text(out, "legend", (double)x + 24, 16, "start", s[k].name);
			x += 24 + (size_t)text_w(s[k].name, 12) + 22;
		}
	/* the y axis: gridlines, then the thresholds */
	for (int g = 0; g <= 100; g += 50) {
		double y = bottom - g * plot_h / 100.0;
		svg_line(out, "tr-grid", left, y, w - right, y);
		prr_buf_addf(out, "<text class=\"tr-axis\" x=\"%d\" y=\"", left - 6);
		num(out, y + 4);
		prr_buf_addf(out, "\" text-anchor=\"end\">%d%%</text>\n", g);
	}
	const double th[2] = { ready, partial };
	for (int k = 0; k < 2; k++) {
		if (!isfinite(th[k]) || th[k] < 0 || th[k] > 100)
			continue;
		double y = bottom - th[k] * plot_h / 100.0;
		char lab[48];
		snprintf(lab, sizeof lab, "%s \xE2\x89\xA5 %.0f%%", k ? "partial" : "ready",
			 th[k]);
		svg_line(out, "tr-threshold", left, y, w - right, y);
		prr_buf_addf(out, "<text class=\"tr-axis\" x=\"%d\" y=\"", w - right);
		/* ready above its line, partial below: close thresholds do not
		 * stack their words */
		num(out, k ? y + 12 : y - 4);
		prr_buf_adds(out, "\" text-anchor=\"end\">");
		prr_svg_esc(out, lab);
		prr_buf_adds(out, "</text>\n");
	}
	/* the x axis: dates, every `step`-th labelled (the latest always) so
	 * that labels keep a gap; `pad` holds half a date, so every date label
	 * is centred on its tick */
	double dx = n > 1 ? (double)span / (double)(n - 1) : span;
	size_t step = (size_t)ceil((text_w("0000-00-00", 11) + 8) / dx);
	if (step < 1)
		step = 1;
	prr_buf_addf(out, "<line class=\"tr-base\" x1=\"%d\" y1=\"%d\" x2=\"%d\" "
			  "y2=\"%d\"/>\n", left, bottom, w - right, bottom);
	for (size_t i = 0; i < n; i++) {
		double x = n == 1 ? left + pad + span / 2.0 : left + pad + (double)i * dx;
		svg_line(out, "tr-tick", x, bottom, x, bottom + 5);
		prr_buf_addc(out, '\n');
		if ((n - 1 - i) % step == 0) {
			prr_svg_span sp;
			const char *a = place_label(x, text_w(dates[i], 11), w, &sp);
			tl_text(out, "tr-axis", x, bottom + 26, a, dates[i]);
		}
	}
	/* the series: a line, a dot per value, labels on the labelled dates
	 * (of two series, the higher value's above its dot, the other below) */
	for (size_t k = 0; k < n_series; k++) {
		prr_buf path = PRR_BUF_INIT;
		int pen = 0;
		for (size_t i = 0; i < n; i++) {
			double v = s[k].v[i];
			if (!isfinite(v)) {
				pen = 0;
				continue;
			}
			double x = n == 1 ? left + pad + span / 2.0 : left + pad + (double)i * dx;
			double t = v < 0 ? 0 : v > 100 ? 100 : v;
			double y = bottom - t * plot_h / 100.0;
			prr_buf_adds(&path, pen ? " L" : (path.n ? " M" : "M"));
			num(&path, x);
			prr_buf_addc(&path, ' ');
			num(&path, y);
			pen = 1;
			prr_buf_addf(out, "<circle class=\"tr-dot %s\" cx=\"", s[k].cls);
			num(out, x);
			prr_buf_adds(out, "\" cy=\"");
			num(out, y);
			prr_buf_adds(out, "\" r=\"3.5\"/>\n");
			if ((n - 1 - i) % step)
				continue;
			int below = 0;
			for (size_t o = 0; o < n_series; o++)
				if (o != k && isfinite(s[o].v[i]) &&
				    (s[o].v[i] > v || (s[o].v[i] == v && o < k)))
					below = 1;
			/* as the pages show it: never across a threshold */
			char lab[32];
			if (s[k].text && s[k].text[i])
				snprintf(lab, sizeof lab, "%s", s[k].text[i]);
			else
				prr_pct_text(lab, sizeof lab, v, ready, partial);
			prr_svg_span sp;
			const char *a = place_label(x, text_w(lab, 11), w, &sp);
			prr_buf_addf(out, "<text class=\"tr-value %s\" x=\"", s[k].cls);
			num(out, x);
			prr_buf_adds(out, "\" y=\"");
			num(out, below ? y + 16 : y - 8);
			prr_buf_addf(out, "\" text-anchor=\"%s\">%s</text>\n", a, lab);
		}
		if (path.n)
			prr_buf_addf(out, "<path class=\"tr-line %s\" fill=\"none\" d=\"%s\"/>\n",
				     s[k].cls, path.p);
		prr_buf_free(&path);
	}
	prr_buf_adds(out, "</svg>");
}

/*** Badge ***/

/* Approximate advance widths of 11px Verdana, in tenths of a unit. */
static int char_width(unsigned char c)
{
	if (c >= 0x80)
		return (c & 0xc0) == 0x80 ? 0 : 75; /* one per UTF-8 sequence */
	if (strchr("il.,:;'!|", c))
		return 31;
	if (strchr(" fjrtI()[]", c))
		return 43;
	if (c == 'm' || c == 'w' || c == 'M' || c == 'W')
		return 100;
	if (c == '%')
		return 118;
	if (c >= 'A' && c <= 'Z')
		return 75;
	if (c >= '0' && c <= '9')
		return 70;
	return 65;
}

int prr_svg_text_width(const char *s)
{
	int t = 0;
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
		t += char_width(*p);
	return (t + 9) / 10;
}

void prr_svg_badge(prr_buf *out, const char *label, const char *value,
		   const char *color)
{
	int lw = prr_svg_text_width(label) + 10;
	int vw = prr_svg_text_width(value) + 10;
	int w = lw + vw;
	prr_buf_addf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
			  "height=\"20\" role=\"img\" aria-label=\"", w);
	prr_svg_esc(out, label);
	prr_buf_adds(out, ": ");
	prr_svg_esc(out, value);
	prr_buf_adds(out, "\"><title>");
	prr_svg_esc(out, label);
	prr_buf_adds(out, ": ");
	prr_svg_esc(out, value);
	prr_buf_addf(out,
		     "</title><linearGradient id=\"s\" x2=\"0\" y2=\"100%%\">"
		     "<stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/>"
		     "<stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>"
		     "<clipPath id=\"r\"><rect width=\"%d\" height=\"20\" rx=\"3\" "
		     "fill=\"#fff\"/></clipPath><g clip-path=\"url(#r)\">"
		     "<rect width=\"%d\" height=\"20\" fill=\"#555\"/>"
		     "<rect x=\"%d\" width=\"%d\" height=\"20\" fill=\"",
		     w, lw, lw, vw);
	prr_svg_esc(out, color);
	prr_buf_addf(out,
		     "\"/><rect width=\"%d\" height=\"20\" fill=\"url(#s)\"/></g>"
		     "<g fill=\"#fff\" text-anchor=\"middle\" "
		     "font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" "
		     "font-size=\"11\">", w);
	const char *texts[2] = { label, value };
	double cx[2] = { lw / 2.0, lw + vw / 2.0 };
	for (int i = 0; i < 2; i++) {
		prr_buf_adds(out, "<text x=\"");
		num(out, cx[i]);
		prr_buf_adds(out, "\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\">");
		prr_svg_esc(out, texts[i]);
		prr_buf_adds(out, "</text><text x=\"");
		num(out, cx[i]);
		prr_buf_adds(out, "\" y=\"14\">");
		prr_svg_esc(out, texts[i]);
		prr_buf_adds(out, "</text>");
	}
	prr_buf_adds(out, "</g></svg>\n");
}
