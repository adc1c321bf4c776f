/* svg.c - charts as SVG text: sparkline, bars, time axis, badge. */
#include "prr/svg.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "prr/buf.h"
#include "prr/escape.h"
#include "prr/model.h"

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
		prr_buf_addf(out, "</text>\n<rect class=\"bar-planned\" x=\"%d\" "
				  "y=\"%d\" width=\"", label_w, y + 4);
		num(out, pw);
		prr_buf_addf(out, "\" height=\"14\"/><text class=\"bar-value\" x=\"");
		num(out, label_w + pw + 6);
		prr_buf_addf(out, "\" y=\"%d\">", y + 15);
		if (isfinite(b->planned)) {
			num(out, b->planned);
			prr_buf_addf(out, " %s planned", unit ? unit : "");
		} else {
			prr_buf_adds(out, "unplanned");
		}
		prr_buf_addf(out, "</text>\n<rect class=\"bar-delivered\" x=\"%d\" "
				  "y=\"%d\" width=\"", label_w, y + 21);
		num(out, dw);
		prr_buf_addf(out, "\" height=\"14\"/><text class=\"bar-value\" x=\"");
		num(out, label_w + dw + 6);
		prr_buf_addf(out, "\" y=\"%d\">", y + 32);
		num(out, isfinite(b->delivered) ? b->delivered : 0);
		prr_buf_addf(out, " %s delivered</text>\n", unit ? unit : "");
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

void prr_svg_timeline(prr_buf *out, const char *id, const char *title,
		      const char *desc, const prr_svg_event *ev, size_t n,
		      long week0, const int *weekly, size_t n_weeks)
{
	const int w = 960, h = 316, left = 30, right = 30, axis = 160;
	const int bars_top = 248, bars_h = 60, span = w - left - right;
	long lo = 0, hi = 0;
	int any = 0;
	for (size_t i = 0; i < n; i++) {
		long a = ev[i].day, b = ev[i].mark == PRR_SVG_SLIP ? ev[i].day2 : a;
		if (b < a) { long t = a; a = b; b = t; }
		if (!any || a < lo) lo = a;
		if (!any || b > hi) hi = b;
		any = 1;
	}
	if (n_weeks) {
		if (!any || week0 < lo) lo = week0;
		if (!any || week0 + 7 * (long)n_weeks > hi) hi = week0 + 7 * (long)n_weeks;
		any = 1;
	}
	lo -= 7;
	hi += 7;
	if (hi - lo < 42) {
		long mid = (lo + hi) / 2;
		lo = mid - 21;
		hi = mid + 21;
	}
	open_chart(out, "timeline", id, title, desc, w, h);
	prr_buf_addf(out, "<line class=\"tl-axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" "
			  "y2=\"%d\"/>\n", left, axis, w - right, axis);
	/* month ticks, labelled every `step` months so labels do not collide */
	int y, m, d;
	civil(lo, &y, &m, &d);
	if (d > 1 && ++m > 12) { m = 1; y++; }
	long months = (hi - lo) / 30 + 1, k = 0;
	long step = months / 12 + 1;
	for (long day = days_of(y, m, 1); day <= hi; k++) {
		double x = tl_x(day, lo, hi, left, span);
		prr_buf_adds(out, "<line class=\"tl-tick\" x1=\"");
		num(out, x);
		prr_buf_addf(out, "\" y1=\"%d\" x2=\"", axis);
		num(out, x);
		prr_buf_addf(out, "\" y2=\"%d\"/>\n", axis + 6);
		if (k % step == 0) {
			char lab[16];
			snprintf(lab, sizeof lab, "%04d-%02d", y % 10000, m);
			tl_text(out, "tl-month", x, axis + 20, anchor_at(x, w), lab);
		}
		if (++m > 12) { m = 1; y++; }
		day = days_of(y, m, 1);
	}
	size_t n_rev = 0, n_ms = 0, n_tag = 0;
	for (size_t i = 0; i < n; i++) {
		const prr_svg_event *e = &ev[i];
		double x = tl_x(e->day, lo, hi, left, span);
		const char *cls = e->cls ? e->cls : "";
		switch (e->mark) {
		case PRR_SVG_REVIEW: {
			int ly = axis - 18 - 16 * (int)(n_rev++ % 4);
			prr_buf_adds(out, "<line class=\"tl-leader\" x1=\"");
			num(out, x);
			prr_buf_addf(out, "\" y1=\"%d\" x2=\"", ly + 3);
			num(out, x);
			prr_buf_addf(out, "\" y2=\"%d\"/><circle class=\"tl-review %s\" cx=\"",
				     axis - 6, cls);
			num(out, x);
			prr_buf_addf(out, "\" cy=\"%d\" r=\"6\"/>\n", axis);
			tl_text(out, "tl-label", x, ly, anchor_at(x, w), e->label);
			break;
		}
		case PRR_SVG_MILESTONE: {
			int ly = axis + 40 + 16 * (int)(n_ms++ % 3);
			prr_buf_addf(out, "<polygon class=\"tl-milestone %s\" points=\"", cls);
			num(out, x);
			prr_buf_addf(out, ",%d ", axis - 7);
			num(out, x + 7);
			prr_buf_addf(out, ",%d ", axis);
			num(out, x);
			prr_buf_addf(out, ",%d ", axis + 7);
			num(out, x - 7);
			prr_buf_addf(out, ",%d\"/>\n", axis);
			tl_text(out, "tl-label", x, ly, anchor_at(x, w), e->label);
			break;
		}
		case PRR_SVG_SLIP: {
			double x2 = tl_x(e->day2, lo, hi, left, span);
			prr_buf_adds(out, "<line class=\"tl-slip\" x1=\"");
			num(out, x);
			prr_buf_addf(out, "\" y1=\"%d\" x2=\"", axis + 28);
			num(out, x2);
			prr_buf_addf(out, "\" y2=\"%d\"/><polygon class=\"tl-slip-head\" "
					  "points=\"", axis + 28);
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
			int ly = 20 + 14 * (int)(n_tag++ % 2);
			prr_buf_adds(out, "<line class=\"tl-tag\" x1=\"");
			num(out, x);
			prr_buf_addf(out, "\" y1=\"%d\" x2=\"", ly + 4);
			num(out, x);
			prr_buf_addf(out, "\" y2=\"%d\"/>\n", axis);
			tl_text(out, "tl-tag-label", x, ly, anchor_at(x, w), e->label);
			break;
		}
		}
	}
	if (n_weeks) {
		int max = 0;
		for (size_t i = 0; i < n_weeks; i++)
			if (weekly[i] > max)
				max = weekly[i];
		tl_text(out, "tl-caption", left, bars_top - 8, "start",
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
