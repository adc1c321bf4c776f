/* test_rec_score.c - scores in headings and prose (rec_score.h). */
#include "test.h"

#include "prr/rec_score.h"

#include <stdio.h>
#include <stdlib.h>

/* prr_rec_score on the first `n` bytes of `line`, copied to a buffer of
 * exactly n bytes: ASan reports any read past them. */
static bool rec_n(const char *line, size_t n, prr_score_hit *h)
{
	char *copy = malloc(n ? n : 1);
	memcpy(copy, line, n);
	*h = (prr_score_hit){ .value = -1 };
	bool found = prr_rec_score(copy, n, h);
	free(copy);
	return found;
}

static bool rec(const char *line, prr_score_hit *h)
{
	return rec_n(line, strlen(line), h);
}

/* The text at s[at..at+len) as a string; each of the two buffers lasts
 * until the next call that uses it. */
static const char *text(const char *s, size_t at, size_t len, int which)
{
	static char bufs[2][256];
	char *b = bufs[which];
	snprintf(b, sizeof bufs[0], "%.*s", (int)len, s + at);
	return b;
}

#define LABEL(line, h) text(line, (h).label_at, (h).label_len, 0)
#define SPAN(line, h) text(line, (h).at, (h).len, 1)

/* A line that holds a score: its label, value, scale and grade (NULL:
 * none). */
typedef struct score_case {
	const char *line, *label;
	double value, max;
	const char *grade;
} score_case;

static bool same(double a, double b)
{
	return fabs(a - b) < 1e-9 || (isnan(a) && isnan(b));
}

/* Each case's line holds its score; a failure names the line. */
static void check_scores(const score_case *c, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		prr_score_hit h;
		const char *grade = c[i].grade ? c[i].grade : "";
		if (!rec(c[i].line, &h)) {
			prr_test_fail(__FILE__, __LINE__, "no score in \"%s\"",
				      c[i].line);
			continue;
		}
		if (strcmp(LABEL(c[i].line, h), c[i].label) != 0 ||
		    !same(h.value, c[i].value) || !same(h.max, c[i].max) ||
		    strcmp(h.grade, grade) != 0)
			prr_test_fail(__FILE__, __LINE__,
				      "\"%s\": \"%s\" %g/%g \"%s\", expected "
				      "\"%s\" %g/%g \"%s\"",
				      c[i].line, LABEL(c[i].line, h), h.value,
				      h.max, h.grade, c[i].label, c[i].value,
				      c[i].max, grade);
	}
}

/* No line holds a score. */
static void check_none(const char *const *lines, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		prr_score_hit h;
		if (rec(lines[i], &h))
			prr_test_fail(__FILE__, __LINE__,
				      "\"%s\" read as a score \"%s\"", lines[i],
				      SPAN(lines[i], h));
	}
}

#define CHECK_SCORES(...)                                                    \
	do {                                                                 \
		static const score_case c_[] = { __VA_ARGS__ };              \
		check_scores(c_, sizeof c_ / sizeof c_[0]);                  \
	} while (0)

#define CHECK_NONE(...)                                                      \
	do {                                                                 \
		static const char *const l_[] = { __VA_ARGS__ };             \
		check_none(l_, sizeof l_ / sizeof l_[0]);                    \
	} while (0)

PRR_TEST(rec_score__fractions_after_a_label)
{
	CHECK_SCORES({ "📊 Reliability Score: 6.5/10", "Reliability Score", 6.5, 10 },
		     { "Overall Readiness Score: **78/100**",
		       "Overall Readiness Score", 78, 100 },
		     { "Note Globale : 72/100 🟡", "Note Globale", 72, 100 },
		     { "**Estado:** 8/10", "Estado", 8, 10 },
		     { "Storage — 4/5", "Storage", 4, 5 },
		     { "Security: 8 out of 10", "Security", 8, 10 },
		     { "Security: 8 / 10 (solid)", "Security", 8, 10 },
		     { "| Security | 8/10 |", "Security", 8, 10 },
		     { "9/10 — ready to ship", "", 9, 10 });
}

PRR_TEST(rec_score__headings_need_no_separator)
{
	CHECK_SCORES({ "### Observability ⚠️ **7/10**", "Observability", 7, 10 },
		     { "## Networking (25/30)", "Networking", 25, 30 },
		     { "### Phase 4 — Billing ✅ **95%**", "Phase 4 — Billing", 95,
		       100 });
	prr_score_hit h;
	CHECK(rec("### Phase 4 — Billing ✅ **95%**", &h) && h.percent);
	CHECK(isnan(h.high) && h.grade[0] == '\0');
	/* outside a heading the same words need a separator; in a heading
	 * only whole points in parentheses that close it are any scale */
	CHECK_NONE("Networking 25/30", "## Networking (2.5/30)",
		   "## Networking (25/30) and more", "## Networking 25/30");
}

PRR_TEST(rec_score__ranges_commas_and_spaced_percents)
{
	prr_score_hit h;
	CHECK(rec("Overall: 7.0-7.5/10", &h));
	CHECK_NUM(h.value, 7.0);
	CHECK_NUM(h.high, 7.5);
	CHECK_NUM(h.max, 10);
	CHECK_STR(SPAN("Overall: 7.0-7.5/10", h), "7.0-7.5/10");
	CHECK(rec("Coverage: 60–65%", &h) && h.percent);
	CHECK_NUM(h.value, 60);
	CHECK_NUM(h.high, 65);
	CHECK_SCORES({ "Note globale : 8,5/10", "Note globale", 8.5, 10 },
		     { "Test coverage: ~92 %", "Test coverage", 92, 100 },
		     { "Couverture : 88\u00A0%", "Couverture", 88, 100 });
	/* "1,000" has a thousands separator, and 2,000 is no scale; a
	 * range that runs backwards is none: "7-6" stops at 7 */
	CHECK_NONE("Budget: 1,000/2,000", "Overall: 7-6/10");
}

PRR_TEST(rec_score__spans)
{
	const char *bold = "Overall Readiness Score: **78/100**";
	prr_score_hit h;
	CHECK(rec(bold, &h));
	CHECK_STR(SPAN(bold, h), "78/100");
	CHECK(rec("B+ (87/100)", &h));
	CHECK_STR(SPAN("B+ (87/100)", h), "B+ (87/100)");
	CHECK(rec("Uptime: 99.5% (target 99.9%)", &h));
	CHECK_STR(SPAN("Uptime: 99.5% (target 99.9%)", h), "99.5%");
	CHECK_NUM(h.value, 99.5);
}

PRR_TEST(rec_score__letter_grades)
{
	CHECK_SCORES({ "Grade: B+", "Grade", NAN, NAN, "B+" },
		     { "Overall Grade: **A-**", "Overall Grade", NAN, NAN, "A-" },
		     { "B+ (87/100)", "", 87, 100, "B+" },
		     { "87/100 (B+)", "", 87, 100, "B+" },
		     { "A-（良好、改善の余地あり）", "", NAN, NAN, "A-" },
		     { "Design Grade: A- (almost an A)", "Design Grade", NAN, NAN,
		       "A-" },
		     { "Grade: A−", "Grade", NAN, NAN, "A-" },
		     { "Calificación: C", "Calificación", NAN, NAN, "C" },
		     { "## Release grade F", "Release grade", NAN, NAN, "F" });
}

PRR_TEST(rec_score__transitions_take_the_latest)
{
	prr_score_hit h;
	CHECK_SCORES({ "B+ → A-", "", NAN, NAN, "A-" },
		     { "Grade: C -> B", "Grade", NAN, NAN, "B" },
		     { "Grade: C → B → A", "Grade", NAN, NAN, "A" },
		     { "Score: 6/10 → 8/10", "Score", 8, 10 },
		     /* an arrow to no score keeps the one before */
		     { "Grade: B+ → next quarter", "Grade", NAN, NAN, "B+" });
	CHECK(rec("Score: 6/10 → 8/10", &h));
	CHECK_STR(SPAN("Score: 6/10 → 8/10", h), "8/10");
}

PRR_TEST(rec_score__capitals_in_prose_are_no_grades)
{
	CHECK_NONE("A new module was added", "## Plan B", "A (new) module",
		   "(A) pick one option", "Grade: C++ rewrite",
		   "B-tree index: rebuilt", "E2E suite: green",
		   "Grade: A− overall", "Final verdict: **B**");
	/* "Plan B" stays in the label of the score after it */
	CHECK_SCORES({ "Plan B: 8/10", "Plan B", 8, 10 });
}

PRR_TEST(rec_score__grade_alone)
{
	char g[4] = "xx";
	CHECK_INT(prr_rec_grade("B+", 2, g), 2);
	CHECK_STR(g, "B+");
	CHECK_INT(prr_rec_grade("A-,", 3, g), 2);
	CHECK_STR(g, "A-");
	CHECK_INT(prr_rec_grade("F", 1, g), 1);
	CHECK_STR(g, "F");
	CHECK_INT(prr_rec_grade("A−", strlen("A−"), g), strlen("A−"));
	CHECK_STR(g, "A-");
	CHECK_INT(prr_rec_grade("A-（", strlen("A-（"), g), 2);
	/* read only n bytes: "B+" of "B++" */
	CHECK_INT(prr_rec_grade("B++", 2, g), 2);
	strcpy(g, "xx");
	CHECK_INT(prr_rec_grade("C++", 3, g), 0);
	CHECK_INT(prr_rec_grade("C#", 2, g), 0);
	CHECK_INT(prr_rec_grade("B-tree", 6, g), 0);
	CHECK_INT(prr_rec_grade("A/B", 3, g), 0);
	CHECK_INT(prr_rec_grade("A.B", 3, g), 0);
	CHECK_INT(prr_rec_grade("A's", 3, g), 0);
	CHECK_INT(prr_rec_grade("A’s", strlen("A’s"), g), 0);
	CHECK_INT(prr_rec_grade("Añadir", strlen("Añadir"), g), 0);
	CHECK_INT(prr_rec_grade("G", 1, g), 0);
	CHECK_INT(prr_rec_grade("b", 1, g), 0);
	CHECK_INT(prr_rec_grade("", 0, g), 0);
	CHECK_STR(g, "xx"); /* left alone */
}

PRR_TEST(rec_score__stars_alone)
{
	int max = 0;
	size_t len = 0;
	const char *s = "⭐⭐⭐⭐☆";
	CHECK_INT(prr_rec_stars(s, strlen(s), &max, &len), 4);
	CHECK_INT(max, 5);
	CHECK_INT(len, strlen(s));
	s = "🌟🌟🌟🌟🌟";
	CHECK_INT(prr_rec_stars(s, strlen(s), &max, NULL), 5);
	s = "★★★☆☆ good";
	CHECK_INT(prr_rec_stars(s, strlen(s), &max, &len), 3);
	CHECK_INT(len, strlen("★★★☆☆"));
	s = "⭐️⭐️ ⭐️"; /* with emoji selectors and a space */
	CHECK_INT(prr_rec_stars(s, strlen(s), &max, &len), 3);
	CHECK_INT(len, strlen(s));
	s = "☆☆☆☆☆";
	CHECK_INT(prr_rec_stars(s, strlen(s), &max, NULL), 0);
	s = "★★★★★★★☆☆☆";
	CHECK_INT(prr_rec_stars(s, strlen(s), &max, NULL), 7);
	CHECK_INT(max, 10);
	s = "★★★★★★★★★★★"; /* eleven: an ornament */
	CHECK_INT(prr_rec_stars(s, strlen(s), &max, NULL), -1);
	s = "★☆★"; /* a filled star after an empty one ends the run */
	CHECK_INT(prr_rec_stars(s, strlen(s), &max, &len), 1);
	CHECK_INT(len, strlen("★☆"));
	CHECK_INT(prr_rec_stars("x⭐", strlen("x⭐"), &max, NULL), -1);
	CHECK_INT(prr_rec_stars("⭐", 2, &max, NULL), -1); /* cut short */
}

PRR_TEST(rec_score__stars_in_lines)
{
	CHECK_SCORES({ "Rating: ⭐⭐⭐⭐☆", "Rating", 4, 5 },
		     { "### Latency ★★★☆☆", "Latency", 3, 5 },
		     { "🌟🌟🌟🌟🌟", "", 5, 5 },
		     { "Docs: ⭐⭐⭐⭐☆ (4.5/5)", "Docs", 4.5, 5 },
		     { "Docs: ⭐ (1/5)", "Docs", 1, 5 },
		     { "Usability: 4 stars", "Usability", 4, 5 },
		     { "Usability: 3/5 stars", "Usability", 3, 5 });
	CHECK_NONE("## ⭐ Highlights", "Recommended: ⭐", "Usability: 7 stars");
}

PRR_TEST(rec_score__counts_are_no_scores)
{
	CHECK_NONE("12/12 items checked", "Progress: 2/5 Fases",
		   "9/10 criteria met", "Tests: 9/10", "Items reviewed: 9/10",
		   "Fases: 3/7", "## Tests (12/12)", "## Step 1/3: Install",
		   "Phase 3/7", "Progress: 3/4",
		   "Status: ✅ 12/12 checks passed");
	/* a phase's number is no count of phases */
	CHECK_SCORES({ "Phase 3: 8/10", "Phase 3", 8, 10 });
}

PRR_TEST(rec_score__score_words_make_any_fraction_a_score)
{
	CHECK_SCORES({ "Bewertung: 3/4", "Bewertung", 3, 4 },
		     { "Puntuación: 7/8", "Puntuación", 7, 8 },
		     { "评分：8/10", "评分", 8, 10 },
		     { "スコア: 45/50", "スコア", 45, 50 },
		     { "Security: 45/50 points", "Security", 45, 50 },
		     { "Unit test score: 9/12", "Unit test score", 9, 12 },
		     { "Overall rating 4/5", "Overall rating", 4, 5 });
	/* no score word; "underscored" holds none */
	CHECK_NONE("Security: 45/50", "Underscored: 45/50");
}

PRR_TEST(rec_score__dates_versions_ratios)
{
	CHECK_NONE("Date: 2026/01/09", "Review Date: 1/10", "Version 1.2/3",
		   "Runtime: v1.2/10", "Support: 24/7", "Effort: 1/2 day",
		   "Score: 120/100", "Load: 150%", "Paths: src/10/x",
		   "Ratio: 3/0");
}

PRR_TEST(rec_score__changes_and_sentences)
{
	CHECK_NONE("Throughput: +30%", "Latency ⬆️ +30%", "Latency: ⬆️ 30%",
		   "Errors: 📉 12%", "Drift: ±2%", "Cost: -5%",
		   "Throughput improved 30%", "Coverage rose to 85% last sprint",
		   "The service scores 8/10 overall", "Coverage: 85%ile");
}

PRR_TEST(rec_score__labels_lose_markers_and_status)
{
	CHECK_SCORES({ "- **Security:** 8/10", "Security", 8, 10 },
		     { "1. Security: 8/10", "Security", 8, 10 },
		     { "2.3 Backups: 9/10", "Backups", 9, 10 },
		     { "- [x] Backups: 9/10", "Backups", 9, 10 },
		     { "> Security: 8/10", "Security", 8, 10 },
		     { "Phase 1 ✅ COMPLETE: 100%", "Phase 1", 100, 100 },
		     { "## 🎯 Verdict: **READY** (92%)", "Verdict", 92, 100 },
		     { "- 8/10", "", 8, 10 },
		     { "2026 roadmap: 8/10", "2026 roadmap", 8, 10 });
}

PRR_TEST(rec_score__one_score_a_call)
{
	const char *s = "Security: 8/10, Reliability: 6/10";
	prr_score_hit h;
	CHECK(rec(s, &h));
	CHECK_STR(LABEL(s, h), "Security");
	const char *rest = s + h.at + h.len;
	CHECK(rec(rest, &h));
	CHECK_STR(LABEL(rest, h), "Reliability");
	CHECK_NUM(h.value, 6);
	CHECK(!rec(rest + h.at + h.len, &h));
}

PRR_TEST(rec_score__reads_only_n_bytes)
{
	prr_score_hit h;
	/* "Score: 8/100" cut to "Score: 8/10" */
	CHECK(rec_n("Score: 8/100", 11, &h));
	CHECK_NUM(h.max, 10);
	CHECK(!rec_n("Score: 8/10", 10, &h)); /* 8/1 */
	CHECK(!rec_n("Score: 85%", 9, &h));
	CHECK(!rec_n("", 0, &h));
	CHECK(h.value == -1); /* left alone */
	/* invalid bytes are kept, as they are, in the label */
	CHECK_SCORES({ "\xff\xfe Score: 7/10", "\xff\xfe Score", 7, 10 });
	CHECK_NONE("\xe2\x98");
	/* a NUL byte is only a byte */
	CHECK(rec_n("Score:\0 7/10", 12, &h));
	CHECK_NUM(h.value, 7);
}

/* A line of `reps` copies of `unit`, to be freed. */
static char *repeat(const char *unit, size_t reps, size_t *n)
{
	size_t k = strlen(unit);
	char *s = malloc(k * reps);
	for (size_t i = 0; i < reps; i++)
		memcpy(s + i * k, unit, k);
	*n = k * reps;
	return s;
}

/* Lines that would take quadratic time if a scan went back over them:
 * each finishes at once, and finds what it should. */
PRR_TEST(rec_score__long_lines_are_read_once)
{
	static const struct {
		const char *unit;
		bool found;
	} cases[] = {
		{ "1/3 → ", false },  { "⭐⭐🔴", true }, /* the last pair */ { "A (", false },
		{ "Score ", false },  { "9", false },    { "✅ 1/3 items ", false },
		{ "1/3 ", false },    { "⭐ x ", false }, { "- 5/7, ", false },
	};
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		size_t n;
		char *s = repeat(cases[c].unit, 30000, &n);
		prr_score_hit h;
		CHECK(prr_rec_score(s, n, &h) == cases[c].found);
		free(s);
	}
}
