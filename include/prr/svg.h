/*
 * svg.h - the charts of prr's site, written as SVG text by prr itself.
 *
 * No JavaScript, no external fonts or styles: each chart is one <svg>
 * element with role="img", a <title> and a <desc> (referenced by
 * aria-labelledby), drawn with presentation attributes and classes that
 * assets/style.css colours (the Content-Security-Policy forbids inline
 * style attributes).  Every text a chart embeds (labels, titles) is
 * XML-escaped here, so the output may be placed into a page unescaped
 * ({{{chart}}}).  Numbers are printed with a fixed number of decimals:
 * the same input gives byte-identical output.
 *
 * Charts are drawn into a viewBox and scale with CSS (width: 100%); the
 * pages put a data table beside each chart for screen readers and for
 * exact values.
 *
 * `id` must be unique in the page ([A-Za-z0-9_-]; other bytes become
 * '-'); it names the title and desc elements.
 */
#ifndef PRR_SVG_H
#define PRR_SVG_H

#include <stddef.h>

#include "prr/buf.h"

/* Appends `s` XML-escaped (& < > " ' as entities; control bytes other
 * than tab and newline dropped, as XML 1.0 forbids them). */
void prr_svg_esc(prr_buf *out, const char *s);

/*
 * A sparkline of `n` values (NaN: a gap) on a fixed scale lo..hi, `w` x
 * `h` user units, the last point marked.  With n == 0 an empty frame.
 */
void prr_svg_sparkline(prr_buf *out, const char *id, const char *title,
		       const char *desc, const double *v, size_t n, double lo,
		       double hi, int w, int h);

/* One line of a trend chart: `v` holds one value (%) per date, NaN a gap;
 * `text`, when not NULL, each value's label as the pages write it ("9.3"
 * of 10), else the percentage is. */
typedef struct prr_svg_series {
	const char *name;  /* the legend's word ("readiness") */
	const char *cls;   /* the line's class ("s1", "s2"), coloured by CSS */
	const double *v;
	const char *const *text;
} prr_svg_series;

/*
 * A line chart of `n_series` series over `n` dates (`dates[i]`, as
 * written), on a 0-100 % scale: a y axis with gridlines at 0, 50 and
 * 100 %, dashed lines at the `ready` and `partial` thresholds (NaN: none),
 * the dates on the x axis and each point labelled with its value.  Date
 * and value labels are thinned to every k-th (always the latest) when they
 * would collide; the data table beside the chart holds them all.  A
 * legend names the series when there is more than one.
 */
void prr_svg_trend(prr_buf *out, const char *id, const char *title,
		   const char *desc, const char *const *dates, size_t n,
		   const prr_svg_series *s, size_t n_series, double ready,
		   double partial);

/* One row of a grouped bar chart: planned against delivered. */
typedef struct prr_svg_bar {
	const char *label;
	double planned;   /* NaN: not planned (drawn as 0, labelled "unplanned") */
	double delivered; /* NaN: no points stated (drawn as 0, so labelled) */
} prr_svg_bar;

/* Horizontal bars, two per row (planned, delivered), scaled to the largest
 * value; `unit` ("pts") follows the numbers. */
void prr_svg_bars(prr_buf *out, const char *id, const char *title,
		  const char *desc, const prr_svg_bar *bars, size_t n,
		  const char *unit);

/* Things on a time axis. */
typedef enum prr_svg_mark {
	PRR_SVG_REVIEW,    /* circle above the axis, labelled */
	PRR_SVG_MILESTONE, /* diamond, labelled */
	PRR_SVG_SLIP,      /* a milestone's due date moved: a dashed line from
			    * `day` to `day2` */
	PRR_SVG_TAG,       /* small tick below the axis, labelled */
} prr_svg_mark;

typedef struct prr_svg_event {
	long day;          /* days since 1970-01-01 */
	long day2;         /* PRR_SVG_SLIP: where it moved to */
	prr_svg_mark mark;
	const char *label;
	const char *cls;   /* extra class (a status: "pass", "fail"…), or NULL */
} prr_svg_event;

/*
 * A time axis from the first to the last day of `ev` and `weeks` (with a
 * little margin), month ticks, the events, and below it a bar per week of
 * `weekly` commit counts (`weekly[i]` is the week starting on day
 * `week0 + 7*i`; n_weeks may be 0).  A legend above names the kinds of
 * mark drawn.  Review and tag labels stand above the axis, milestone
 * labels below it, each set in as many rows (lanes) as it takes for no two
 * labels to overlap (prr_svg_lanes); the chart grows taller to hold them.
 */
void prr_svg_timeline(prr_buf *out, const char *id, const char *title,
		      const char *desc, const prr_svg_event *ev, size_t n,
		      long week0, const int *weekly, size_t n_weeks);

/*
 * A badge in the familiar flat style ("readiness | 79% partial"): a grey
 * label box and a value box in `color` ("#2e7d32"), white text.  A whole
 * SVG document (with the XML namespace), for badge.svg.
 */
void prr_svg_badge(prr_buf *out, const char *label, const char *value,
		   const char *color);

/* Text width in user units for 11px Verdana, as badges measure it. */
int prr_svg_text_width(const char *s);

/* A label's horizontal extent, x0 <= x1, in user units. */
typedef struct prr_svg_span {
	double x0, x1;
} prr_svg_span;

/*
 * Gives each of the `n` spans a lane (lane[i] = 0, 1, ...) so that two
 * spans in the same lane are at least `gap` apart; returns the number of
 * lanes used (0 when n == 0).  First fit in order of x0 (ties: input
 * order), so the same spans always get the same lanes, and a span takes a
 * new lane only when it overlaps one in every lane before.
 */
size_t prr_svg_lanes(const prr_svg_span *s, size_t n, double gap, int *lane);

#endif
