/* test_site.c - svg.c charts, the link sanitiser, md -> html, the site writer. */
#include "test.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "prr/fsutil.h"
#include "prr/mdhtml.h"
#include "prr/model.h"
#include "prr/site.h"
#include "prr/svg.h"

/*** svg ***/

PRR_TEST(svg__escapes_text)
{
	prr_buf b = PRR_BUF_INIT;
	prr_svg_esc(&b, "a<b>&\"c'\x01\x7f\td");
	CHECK_STR(b.p, "a&lt;b&gt;&amp;&quot;c&#39;\td");
	prr_buf_free(&b);
}

PRR_TEST(svg__sparkline_exact)
{
	prr_buf b = PRR_BUF_INIT;
	double v[3] = { 0, 50, 100 };
	prr_svg_sparkline(&b, "s<1", "Trend <x>", "0, 50, 100", v, 3, 0, 100, 106, 26);
	CHECK_STR(b.p,
		  "<svg class=\"chart spark\" viewBox=\"0 0 106 26\" width=\"106\" "
		  "height=\"26\" role=\"img\" aria-labelledby=\"s-1-t s-1-d\" "
		  "xmlns=\"http://www.w3.org/2000/svg\"><title id=\"s-1-t\">Trend "
		  "&lt;x&gt;</title><desc id=\"s-1-d\">0, 50, 100</desc>\n"
		  "<line class=\"spark-base\" x1=\"0\" y1=\"25\" x2=\"106\" y2=\"25\"/>\n"
		  "<path class=\"spark-line\" fill=\"none\" d=\"M3 23 L53 13 L103 3\"/>\n"
		  "<circle class=\"spark-dot\" cx=\"103\" cy=\"3\" r=\"3\"/>\n"
		  "</svg>");
	prr_buf_free(&b);
}

PRR_TEST(svg__sparkline_gaps_and_empty)
{
	prr_buf b = PRR_BUF_INIT;
	double v[4] = { 10, NAN, 30, 40 };
	prr_svg_sparkline(&b, "g", "t", "d", v, 4, 0, 100, 106, 26);
	CHECK_CONTAINS(b.p, "d=\"M3 21 M69.7 17 L103 15\"");
	prr_buf_reset(&b);
	prr_svg_sparkline(&b, "e", "t", "d", NULL, 0, 0, 100, 106, 26);
	CHECK(!strstr(b.p, "<path"));
	CHECK_CONTAINS(b.p, "</svg>");
	prr_buf_free(&b);
}

PRR_TEST(svg__bars_label_escaped_and_unplanned)
{
	prr_buf b = PRR_BUF_INIT;
	prr_svg_bar bars[2] = { { "W1 <script>", 10, 5 }, { "extra", NAN, 3 } };
	prr_svg_bars(&b, "w", "Plan", "desc", bars, 2, "pts");
	CHECK_CONTAINS(b.p, "W1 &lt;script&gt;");
	CHECK(!strstr(b.p, "<script>"));
	CHECK_CONTAINS(b.p, ">10 pts planned<");
	CHECK_CONTAINS(b.p, ">5 pts delivered<");
	CHECK_CONTAINS(b.p, ">unplanned<");
	/* 10 is the largest value: 400 units wide; 5 half of it */
	CHECK_CONTAINS(b.p, "y=\"34\" width=\"400\"");
	CHECK_CONTAINS(b.p, "y=\"51\" width=\"200\"");
	prr_buf_free(&b);
}

PRR_TEST(svg__timeline_marks)
{
	prr_buf b = PRR_BUF_INIT;
	long d0 = prr_date_days("2026-03-02");
	prr_svg_event ev[4] = {
		{ d0, 0, PRR_SVG_REVIEW, "2026-03-02 \"first\"", "fail" },
		{ d0 + 40, 0, PRR_SVG_MILESTONE, "GA", NULL },
		{ d0 + 30, d0 + 44, PRR_SVG_SLIP, "GA slipped", NULL },
		{ d0 + 20, 0, PRR_SVG_TAG, "v1.0", NULL },
	};
	int weekly[3] = { 1, 4, 2 };
	prr_svg_timeline(&b, "tl", "Timeline", "d", ev, 4, d0, weekly, 3);
	CHECK_CONTAINS(b.p, "tl-review fail");
	CHECK_CONTAINS(b.p, "2026-03-02 &quot;first&quot;");
	CHECK_CONTAINS(b.p, ">2026-03<");
	CHECK_CONTAINS(b.p, ">2026-04<");
	CHECK_CONTAINS(b.p, "class=\"tl-milestone");
	CHECK_CONTAINS(b.p, "class=\"tl-slip\"");
	CHECK_CONTAINS(b.p, ">v1.0<");
	CHECK_CONTAINS(b.p, ">commits per week<");
	/* three weeks of commits, the busiest one 60 units tall */
	CHECK_CONTAINS(b.p, "height=\"60\"");
	prr_buf_free(&b);
}

/* Lanes: two spans in one lane keep the gap; first fit uses as few lanes
 * as the deepest pile of overlapping spans (an interval graph's clique). */
PRR_TEST(svg__lanes_never_overlap)
{
	enum { N = 200 };
	prr_svg_span s[N];
	int lane[N];
	unsigned r = 12345;
	for (int i = 0; i < N; i++) {
		r = r * 1103515245u + 12345u;
		double x = (double)(r >> 8 & 1023) * 0.9; /* 0..920, dense */
		s[i].x0 = x;
		s[i].x1 = x + 20 + (double)(i % 7) * 15;
	}
	const double gap = 8;
	size_t lanes = prr_svg_lanes(s, N, gap, lane);
	CHECK(lanes > 1);
	size_t depth = 0;
	for (int i = 0; i < N; i++) {
		CHECK(lane[i] >= 0 && (size_t)lane[i] < lanes);
		size_t here = 0; /* spans (with their gap) covering s[i].x0 */
		for (int k = 0; k < N; k++) {
			if (s[k].x0 <= s[i].x0 && s[k].x1 + gap > s[i].x0)
				here++;
			if (k != i && lane[k] == lane[i])
				CHECK(s[k].x1 + gap <= s[i].x0 || s[i].x1 + gap <= s[k].x0);
		}
		if (here > depth)
			depth = here;
	}
	CHECK_INT(lanes, depth);
	CHECK_INT(prr_svg_lanes(s, 0, gap, lane), 0);
	/* apart: one lane */
	prr_svg_span two[2] = { { 0, 10 }, { 20, 30 } };
	CHECK_INT(prr_svg_lanes(two, 2, 8, lane), 1);
	CHECK_INT(prr_svg_lanes(two, 2, 12, lane), 2);
}

/* The text elements of class `cls` in `svg`: x, y, anchor and text. */
typedef struct label_at {
	double x0, x1;
	int y;
} label_at;

static size_t labels_of(const char *svg, const char *cls, int px, label_at *out,
			size_t max)
{
	char open[64];
	snprintf(open, sizeof open, "<text class=\"%s\" x=\"", cls);
	size_t n = 0;
	for (const char *p = strstr(svg, open); p && n < max; p = strstr(p + 1, open)) {
		double x;
		int y;
		char anchor[16], text[128];
		if (sscanf(p + strlen(open), "%lf\" y=\"%d\" text-anchor=\"%15[a-z]\">%127[^<]",
			   &x, &y, anchor, text) != 4)
			continue;
		double w = prr_svg_text_width(text) * px / 11.0;
		double x0 = strcmp(anchor, "start") == 0 ? x
			    : strcmp(anchor, "end") == 0 ? x - w : x - w / 2;
		out[n++] = (label_at){ x0, x0 + w, y };
	}
	return n;
}

/* A dense timeline: 40 reviews two days apart, 30 milestones and 20 tags
 * in the same weeks.  Every label is drawn, inside the chart, and no two
 * on one row overlap. */
PRR_TEST(svg__timeline_dense_labels_do_not_overlap)
{
	enum { NR = 40, NM = 30, NT = 20, N = NR + NM + NT };
	prr_svg_event ev[N];
	char names[N][32];
	long d0 = prr_date_days("2026-01-05");
	for (int i = 0; i < N; i++) {
		prr_svg_event *e = &ev[i];
		if (i < NR) {
			snprintf(names[i], sizeof names[i], "2026-review-%02d", i);
			*e = (prr_svg_event){ d0 + 2 * i, 0, PRR_SVG_REVIEW, names[i], "lv-ready" };
		} else if (i < NR + NM) {
			snprintf(names[i], sizeof names[i], "Milestone %d (due)", i);
			*e = (prr_svg_event){ d0 + 3 * (i - NR), 0, PRR_SVG_MILESTONE,
					      names[i], i % 2 ? "done" : NULL };
		} else {
			snprintf(names[i], sizeof names[i], "v0.%d.0", i);
			*e = (prr_svg_event){ d0 + 4 * (i - NR - NM), 0, PRR_SVG_TAG,
					      names[i], NULL };
		}
	}
	prr_buf b = PRR_BUF_INIT;
	prr_svg_timeline(&b, "dense", "Timeline", "d", ev, N, d0, NULL, 0);
	static label_at l[N];
	size_t n = labels_of(b.p, "tl-label", 12, l, N);
	n += labels_of(b.p, "tl-tag-label", 11, l + n, N - n);
	CHECK_INT(n, N);
	for (size_t i = 0; i < n; i++) {
		CHECK(l[i].x0 >= 0 && l[i].x1 <= 960);
		for (size_t k = i + 1; k < n; k++)
			if (l[i].y == l[k].y)
				CHECK(l[i].x1 <= l[k].x0 || l[k].x1 <= l[i].x0);
			else /* rows are a line apart: text never stacks */
				CHECK(abs(l[i].y - l[k].y) >= 14);
	}
	/* the legend names the four kinds drawn, and no other */
	CHECK_CONTAINS(b.p, ">review<");
	CHECK_CONTAINS(b.p, ">milestone due<");
	CHECK_CONTAINS(b.p, ">milestone done<");
	CHECK_CONTAINS(b.p, ">tag<");
	CHECK(!strstr(b.p, ">estimate slip<"));
	CHECK(!strstr(b.p, ">commits per week<"));
	/* deterministic: the same events, the same bytes */
	prr_buf again = PRR_BUF_INIT;
	prr_svg_timeline(&again, "dense", "Timeline", "d", ev, N, d0, NULL, 0);
	CHECK_STR(again.p, b.p);
	prr_buf_free(&again);
	prr_buf_free(&b);
}

PRR_TEST(svg__trend_axes_points_legend)
{
	const char *dates[3] = { "2026-03-02", "2026-04-13", "2026-05-25" };
	double ready[3] = { 58.3, NAN, 96 }, dim[3] = { 48, 68, 82 };
	prr_svg_series s[2] = { { "readiness", "s1", ready },
				{ "dimension <score>", "s2", dim } };
	prr_buf b = PRR_BUF_INIT;
	prr_svg_trend(&b, "tr", "Trend", "d", dates, 3, s, 1, 80, 50);
	CHECK_CONTAINS(b.p, "class=\"chart trend\"");
	CHECK_CONTAINS(b.p, ">0%</text>");
	CHECK_CONTAINS(b.p, ">50%</text>");
	CHECK_CONTAINS(b.p, ">100%</text>");
	CHECK_CONTAINS(b.p, ">ready \xE2\x89\xA5 80%</text>");
	CHECK_CONTAINS(b.p, ">partial \xE2\x89\xA5 50%</text>");
	CHECK_CONTAINS(b.p, "text-anchor=\"middle\">2026-03-02</text>");
	CHECK_CONTAINS(b.p, "text-anchor=\"middle\">2026-05-25</text>");
	CHECK_CONTAINS(b.p, ">58%</text>"); /* as the pages round */
	CHECK_CONTAINS(b.p, ">96%</text>");
	CHECK(!strstr(b.p, "class=\"legend\"")); /* one series: no legend */
	/* a gap (NaN) breaks the line: two moves, no segment across it */
	CHECK_CONTAINS(b.p, "d=\"M82 ");
	CHECK_CONTAINS(b.p, " M428 ");
	CHECK(!strstr(b.p, " L"));
	prr_buf_reset(&b);
	prr_svg_trend(&b, "tr", "Trend", "d", dates, 3, s, 2, NAN, NAN);
	CHECK_CONTAINS(b.p, ">dimension &lt;score&gt;</text>");
	CHECK(!strstr(b.p, "ready \xE2\x89\xA5"));
	/* of two values on one date, the higher is labelled above its dot */
	CHECK_CONTAINS(b.p, ">82%</text>");
	prr_buf_reset(&b);
	prr_svg_trend(&b, "tr", "Trend", "d", NULL, 0, s, 1, 80, 50);
	CHECK_CONTAINS(b.p, "</svg>");
	prr_buf_free(&b);
}

PRR_TEST(svg__badge)
{
	prr_buf b = PRR_BUF_INIT;
	prr_svg_badge(&b, "readiness", "79% partial", "#a35200");
	CHECK_CONTAINS(b.p, "<title>readiness: 79% partial</title>");
	CHECK_CONTAINS(b.p, "fill=\"#a35200\"");
	CHECK_CONTAINS(b.p, "aria-label=\"readiness: 79% partial\"");
	int w = prr_svg_text_width("readiness") + 10 +
		prr_svg_text_width("79% partial") + 10;
	char want[64];
	snprintf(want, sizeof want, "width=\"%d\" height=\"20\"", w);
	CHECK_CONTAINS(b.p, want);
	CHECK(prr_svg_text_width("mmm") > prr_svg_text_width("iii"));
	prr_buf_free(&b);
}

/*** links ***/

#define URL(s) prr_url_classify(s, strlen(s))

PRR_TEST(url__allowed)
{
	CHECK_INT(URL("https://example.com/a"), PRR_URL_WEB);
	CHECK_INT(URL("HTTP://example.com"), PRR_URL_WEB);
	CHECK_INT(URL("mailto:ops@example.com"), PRR_URL_WEB);
	CHECK_INT(URL("//example.com/x"), PRR_URL_WEB);
	CHECK_INT(URL("../reviews/2026-03-02/"), PRR_URL_RELATIVE);
	CHECK_INT(URL("docs/a:b"), PRR_URL_RELATIVE);
	CHECK_INT(URL("#section"), PRR_URL_RELATIVE);
	CHECK_INT(URL("?q=a:b"), PRR_URL_RELATIVE);
	CHECK_INT(URL(""), PRR_URL_RELATIVE);
	CHECK_INT(URL("/abs/path"), PRR_URL_RELATIVE);
}

PRR_TEST(url__refused)
{
	CHECK_INT(URL("javascript:alert(1)"), PRR_URL_UNSAFE);
	CHECK_INT(URL("JaVaScRiPt:alert(1)"), PRR_URL_UNSAFE);
	CHECK_INT(URL("data:text/html;base64,PHNjcmlwdD4="), PRR_URL_UNSAFE);
	CHECK_INT(URL("vbscript:msgbox"), PRR_URL_UNSAFE);
	CHECK_INT(URL(" \t javascript:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("java\tscript:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("java\nscript:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("java\x01script:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("&#106;avascript:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("&#x6A;avascript:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("&#x6a&#x61vascript:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("javascript&colon;x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("javascript&#58;x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("java&Tab;script:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("java&NewLine;script:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("&unknown;javascript:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("java%09script:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("http\xc2\xa0:x"), PRR_URL_UNSAFE);
	CHECK_INT(URL("file:///etc/passwd"), PRR_URL_UNSAFE);
}

PRR_TEST(mdhtml__links_filtered)
{
	prr_buf b = PRR_BUF_INIT, err = PRR_BUF_INIT;
	const char *md =
		"[ok](https://example.com) [rel](../a.html) [bad](javascript:alert(1))\n"
		"[ent](jav&#x61;script:alert(1)) [mix](JaVaScRiPt:x) [d](data:text/html,x)\n"
		"[vb](vbscript:x) <javascript:alert(2)> ![img](data:image/png;base64,AA)\n"
		"![local](pic.png) ![remote](https://example.com/a.png)\n"
		"<script>alert(3)</script> <a href=\"javascript:x\">raw</a>\n";
	CHECK_INT(prr_md_html(&b, md, strlen(md), 0, NULL, NULL, &err), 0);
	CHECK_CONTAINS(b.p, "<a href=\"https://example.com\">ok</a>");
	CHECK_CONTAINS(b.p, "rel (<code>../a.html</code>)"); /* dead on a site */
	CHECK_CONTAINS(b.p, "<a>bad</a>");
	CHECK_CONTAINS(b.p, "<a>ent</a>");
	CHECK_CONTAINS(b.p, "<a>mix</a>");
	CHECK_CONTAINS(b.p, "<a>d</a>");
	CHECK_CONTAINS(b.p, "<a>vb</a>");
	/* images become their (escaped) alt text, a relative one with its
	 * file's name: no <img> at all */
	CHECK_CONTAINS(b.p, "local (<code>pic.png</code>) remote\n");
	CHECK_CONTAINS(b.p, "</a> img\n");
	CHECK(!strstr(b.p, "<img"));
	CHECK_CONTAINS(b.p, "&lt;script&gt;");
	CHECK(!strstr(b.p, "<script"));
	CHECK_CONTAINS(b.p, "<a>javascript:alert(2)</a>"); /* text only */
	CHECK(!strstr(b.p, "=\"jav"));
	CHECK(!strstr(b.p, "=\"data:"));
	CHECK(!strstr(b.p, "=\"vbscript:"));
	prr_buf_free(&b);
	prr_buf_free(&err);
}

/* a resolver that knows one section, "Security & Auth" */
static const char *one_anchor(void *ud, const char *frag, size_t n)
{
	(void)ud;
	return n == 13 && memcmp(frag, "security-auth", 13) == 0 ? "s2-security-auth" : NULL;
}

/* A relative link names a file beside the document, which the site does
 * not have: never a dead link.  A fragment goes to the section it names,
 * else the text stays; a path is shown after the text unless the text is
 * the path. */
PRR_TEST(mdhtml__relative_links_never_dead)
{
	prr_buf b = PRR_BUF_INIT, err = PRR_BUF_INIT;
	const char *md =
		"See [the plan](docs/plan.md \"Plan\"), [*up*](../x.md#a),\n"
		"[`docs/y.md`](docs/y.md), [sec](#security-auth), [gone](#nowhere),\n"
		"[root](/etc/z.md), [self](), [web](https://e.com/d.md) and ![](a.png).\n";
	CHECK_INT(prr_md_html(&b, md, strlen(md), 0, one_anchor, NULL, &err), 0);
	CHECK_STR(b.p, "<p>See the plan (<code>docs/plan.md</code>), <em>up</em> "
		       "(<code>../x.md#a</code>),\n<code>docs/y.md</code>, "
		       "<a href=\"#s2-security-auth\">sec</a>, gone,\n"
		       "root (<code>/etc/z.md</code>), self, "
		       "<a href=\"https://e.com/d.md\">web</a> and <code>a.png</code>.</p>\n");
	/* without a resolver no fragment resolves */
	prr_buf_reset(&b);
	const char *frag = "[sec](#security-auth)\n";
	CHECK_INT(prr_md_html(&b, frag, strlen(frag), 0, NULL, NULL, &err), 0);
	CHECK_STR(b.p, "<p>sec</p>\n");
	prr_buf_free(&b);
	prr_buf_free(&err);
}

PRR_TEST(mdhtml__refused_image_alt_text)
{
	prr_buf b = PRR_BUF_INIT, err = PRR_BUF_INIT;
	const char *md = "a ![x <b> & \"q\"](http://h/i.png \"t>i\") b "
			 "![*em* alt](javascript:x) c ![](https://h/e.png) d\n";
	CHECK_INT(prr_md_html(&b, md, strlen(md), 0, NULL, NULL, &err), 0);
	CHECK_STR(b.p, "<p>a x &lt;b&gt; &amp; &quot;q&quot; b em alt c  d</p>\n");
	prr_buf_free(&b);
	prr_buf_free(&err);
}

PRR_TEST(mdhtml__headings_shifted)
{
	prr_buf b = PRR_BUF_INIT, err = PRR_BUF_INIT;
	const char *md = "# One\n\n#### Four\n\ntext\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
	CHECK_INT(prr_md_html(&b, md, strlen(md), 2, NULL, NULL, &err), 0);
	CHECK_CONTAINS(b.p, "<h3>One</h3>");
	CHECK_CONTAINS(b.p, "<h6>Four</h6>");
	CHECK_CONTAINS(b.p, "<table tabindex=\"0\">");
	CHECK_CONTAINS(b.p, "<th>a</th>");
	prr_buf_free(&b);
	prr_buf_free(&err);
}

/* Code blocks and tables take the focus (they may scroll); the same words
 * in the text stay text. */
PRR_TEST(mdhtml__scrolling_blocks_focusable)
{
	prr_buf b = PRR_BUF_INIT, err = PRR_BUF_INIT;
	const char *md = "```sh\nmake <pre>\n```\n\n    <table>\n";
	CHECK_INT(prr_md_html(&b, md, strlen(md), 0, NULL, NULL, &err), 0);
	CHECK_STR(b.p, "<pre tabindex=\"0\"><code class=\"language-sh\">make &lt;pre&gt;\n</code></pre>\n"
		       "<pre tabindex=\"0\"><code>&lt;table&gt;\n</code></pre>\n");
	prr_buf_free(&b);
	prr_buf_free(&err);
}

/*** site writer ***/

static int slurp_eq(const char *path, const char *want)
{
	prr_buf b = PRR_BUF_INIT, err = PRR_BUF_INIT;
	int ok = prr_read_file(path, 1 << 20, &b, &err) == 0 && strcmp(b.p, want) == 0;
	prr_buf_free(&b);
	prr_buf_free(&err);
	return ok;
}

PRR_TEST(site__build_replace_abort)
{
	const char *dir = prr_test_tmpdir();
	char *target = prr_path_join(dir, "site");
	prr_buf err = PRR_BUF_INIT, p = PRR_BUF_INIT;
	prr_site s = { 0 };
	CHECK_INT(prr_site_begin(&s, target, &err), 0);
	CHECK_INT(prr_site_write(&s, "index.html", "one", 3, &err), 0);
	CHECK_INT(prr_site_write(&s, "data.json", "{}", 2, &err), 0);
	CHECK_INT(prr_site_write(&s, "reviews/2026-01-01/index.html", "r", 1, &err), 0);
	CHECK_INT(prr_site_write(&s, "../escape", "x", 1, &err), -1);
	CHECK_INT(prr_site_write(&s, "a/./b", "x", 1, &err), -1);
	CHECK_INT(prr_site_commit(&s, &err), 0);
	prr_buf_addf(&p, "%s/index.html", target);
	CHECK(slurp_eq(p.p, "one"));

	/* a second build replaces it */
	prr_buf_reset(&err);
	CHECK_INT(prr_site_begin(&s, target, &err), 0);
	CHECK_INT(prr_site_write(&s, "index.html", "two", 3, &err), 0);
	CHECK_INT(prr_site_write(&s, "data.json", "{}", 2, &err), 0);
	CHECK_INT(prr_site_commit(&s, &err), 0);
	CHECK(slurp_eq(p.p, "two"));
	prr_buf_reset(&p);
	prr_buf_addf(&p, "%s/reviews", target);
	CHECK_INT(prr_is_dir(p.p), -1); /* the old site's files are gone */

	/* an aborted build leaves it */
	CHECK_INT(prr_site_begin(&s, target, &err), 0);
	CHECK_INT(prr_site_write(&s, "index.html", "three", 5, &err), 0);
	prr_site_abort(&s);
	prr_buf_reset(&p);
	prr_buf_addf(&p, "%s/index.html", target);
	CHECK(slurp_eq(p.p, "two"));
	prr_buf_free(&err);
	prr_buf_free(&p);
	free(target);
}

/* A file `path` holding `text`. */
static void put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
}

PRR_TEST(site__leftovers_cleaned_and_old_restored)
{
	const char *dir = prr_test_tmpdir();
	char *target = prr_path_join(dir, "out");
	prr_buf err = PRR_BUF_INIT, p = PRR_BUF_INIT;
	/* a killed build of token 0123456789abcdef, between its two renames:
	 * its lock file (unheld), its new site, the old one renamed aside */
	const char *tok = "0123456789abcdef";
	prr_buf_addf(&p, "%s.prr-tmp-%s", target, tok);
	CHECK_INT(mkdir(p.p, 0777), 0);
	prr_buf_reset(&p);
	prr_buf_addf(&p, "%s.prr-old-%s", target, tok);
	CHECK_INT(mkdir(p.p, 0777), 0);
	size_t n = p.n;
	prr_buf_addf(&p, "/index.html");
	put(p.p, "old");
	prr_buf_truncate(&p, n);
	prr_buf_addf(&p, "/" PRR_SITE_MARKER);
	put(p.p, PRR_SITE_MARKER_TEXT);
	prr_buf_reset(&p);
	prr_buf_addf(&p, "%s.prr-lock-%s", target, tok);
	put(p.p, "prr build 0123456789abcdef\n");
	/* a user's folders beside it, and a token without a lock file */
	const char *mine[] = { "out.tmp-999999999", "out.old-999999998",
			       "out.prr-tmp-fedcba9876543210" };
	for (size_t i = 0; i < 3; i++) {
		prr_buf_reset(&p);
		prr_buf_addf(&p, "%s/%s", dir, mine[i]);
		CHECK_INT(mkdir(p.p, 0777), 0);
	}
	prr_site s = { 0 };
	CHECK_INT(prr_site_begin(&s, target, &err), 0);
	prr_site_abort(&s);
	prr_buf_reset(&p);
	prr_buf_addf(&p, "%s.prr-tmp-%s", target, tok);
	CHECK_INT(prr_is_dir(p.p), -1);
	prr_buf_reset(&p);
	prr_buf_addf(&p, "%s.prr-lock-%s", target, tok);
	CHECK_INT(access(p.p, F_OK), -1);
	prr_buf_reset(&p);
	prr_buf_addf(&p, "%s/index.html", target);
	CHECK(slurp_eq(p.p, "old")); /* killed between renames: put back */
	for (size_t i = 0; i < 3; i++) {
		prr_buf_reset(&p);
		prr_buf_addf(&p, "%s/%s", dir, mine[i]);
		CHECK_INT(prr_is_dir(p.p), 1); /* not prr's: left alone */
	}
	prr_buf_free(&err);
	prr_buf_free(&p);
	free(target);
}

PRR_TEST(site__refuses_a_folder_that_is_not_a_site)
{
	const char *dir = prr_test_tmpdir();
	char *target = prr_path_join(dir, "home");
	CHECK_INT(mkdir(target, 0777), 0);
	char *file = prr_path_join(target, "notes.txt");
	FILE *f = fopen(file, "w");
	fputs("keep me", f);
	fclose(f);
	prr_buf err = PRR_BUF_INIT;
	prr_site s = { 0 };
	CHECK_INT(prr_site_begin(&s, target, &err), -1);
	CHECK_CONTAINS(err.p, "is not a prr site");
	CHECK(slurp_eq(file, "keep me"));
	prr_buf_free(&err);
	free(file);
	free(target);
}

/* prr_write_all writes every byte, in order, and says when it cannot. */
PRR_TEST(fsutil__write_all_writes_every_byte)
{
	int fds[2];
	CHECK(pipe(fds) == 0);
	char data[3000];
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (char)('a' + i % 26);
	CHECK_INT(prr_write_all(fds[1], data, sizeof data), 0);
	close(fds[1]);
	char got[sizeof data + 1];
	size_t n = 0;
	ssize_t k;
	while ((k = read(fds[0], got + n, sizeof got - n)) > 0)
		n += (size_t)k;
	close(fds[0]);
	CHECK_INT(n, sizeof data);
	CHECK(memcmp(got, data, sizeof data) == 0);
	/* a closed descriptor: -1 with errno */
	errno = 0;
	CHECK_INT(prr_write_all(fds[1], data, 1), -1);
	CHECK_INT(errno, EBADF);
}
