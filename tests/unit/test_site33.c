/* test_site33.c - what the site said untruly of real documents (round
 * 33): estimates of one review paired as revisions of each other, a
 * project of different systems compared with nothing on the page saying
 * so, one figure written two ways on two pages, a risk's arrow doubled by
 * the page's dash.  Each case failed before its fix. */
#include "test.h"

#include "prr/figures.h"
#include "site_doc.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/*** Estimates: a revision is one stated again by a later review ***/

static prr_review *with_estimates(const char *date, const prr_estimate *e,
				  size_t n)
{
	prr_review *r = prr_review_new();
	r->project = "Demo";
	r->date = date;
	r->estimates = prr_arena_array(&r->arena, n, sizeof *r->estimates);
	memcpy(r->estimates, e, n * sizeof *e);
	r->n_estimates = n;
	return r;
}

static size_t slips_of(prr_review **r, size_t n, prr_timeline *t, prr_arena *a)
{
	prr_revfig f[4] = { { 0 } };
	for (size_t i = 0; i < n; i++) {
		f[i].review = r[i];
		prr_score_review(&f[i].score, a, r[i], NULL);
	}
	prr_timeline_build(t, a, f, n, NULL, 0, NULL, 0);
	return t->n_slips;
}

/* How many slip series one review of these estimates makes. */
static size_t slips_of_one(const prr_estimate *e, size_t n)
{
	prr_review *r = with_estimates("2026-01-24", e, n);
	prr_arena a = PRR_ARENA_INIT;
	prr_timeline t;
	size_t k = slips_of(&r, 1, &t, &a);
	prr_arena_free(&a);
	prr_review_free(r);
	return k;
}

/* opencode: "Minimum viable production: 3-6 months" over "PhD-level
 * research quality: 6-12 months" are two goals of one review, not one
 * moved by 180 days. */
PRR_TEST(site33__two_goals_of_one_review_are_no_revision)
{
	static const prr_estimate e[] = {
		{ "Minimum viable production", 3, 6, "months", 36 },
		{ "PhD-level research quality", 6, 12, "months", 37 },
	};
	CHECK_INT(slips_of_one(e, 2), 0);
}

/* BitQuan: a plan's phases under one label, "10-12 weeks", "3 weeks",
 * "6 weeks", all of one day, are no series of revisions. */
PRR_TEST(site33__phases_of_one_review_are_no_revision)
{
	static const prr_estimate e[] = {
		{ "Minimum Viable Launch", 10, 12, "weeks", 40 },
		{ "Minimum Viable Launch", 3, 3, "weeks", 41 },
		{ "Minimum Viable Launch", 6, 6, "weeks", 42 },
		{ "Minimum Viable Launch", 16, 20, "weeks", 43 },
	};
	CHECK_INT(slips_of_one(e, 4), 0);
}

/* The same label stated again by a later review is a revision: the first
 * of it in each review, by date. */
PRR_TEST(site33__a_later_review_revises_an_estimate)
{
	static const prr_estimate e1[] = {
		{ "Launch", 10, 12, "weeks", 40 },
		{ "Launch", 3, 3, "weeks", 41 },
		{ "Other", 2, 2, "weeks", 42 },
	};
	static const prr_estimate e2[] = {
		{ "Launch", 14, 16, "weeks", 50 },
		{ "Launch", 4, 4, "weeks", 51 },
	};
	prr_review *r[2] = { with_estimates("2026-02-01", e1, 3),
			     with_estimates("2026-03-01", e2, 2) };
	prr_arena a = PRR_ARENA_INIT;
	prr_timeline t;
	CHECK_INT(slips_of(r, 2, &t, &a), 1);
	if (t.n_slips == 1) {
		CHECK_STR(t.slips[0].label, "Launch");
		CHECK_INT(t.slips[0].n, 2);
		CHECK_NUM(t.slips[0].points[0].value, 10);
		CHECK_STR(t.slips[0].points[0].date, "2026-02-01");
		CHECK_NUM(t.slips[0].points[1].value, 14);
		CHECK_STR(t.slips[0].points[1].date, "2026-03-01");
	}
	prr_arena_free(&a);
	prr_review_free(r[0]);
	prr_review_free(r[1]);
}

/*** A site of several JSON reviews ***/

/* `docs` (NULL-ended pairs of a name and its text) in a fresh folder with
 * a prr.json naming one project; the site rendered. */
static void site33_of(site *s, const char *const *docs)
{
	static unsigned seq;
	prr_buf dir = PRR_BUF_INIT, path = PRR_BUF_INIT, err = PRR_BUF_INIT;
	prr_buf_addf(&dir, "%s/s33-%u", prr_test_tmpdir(), seq++);
	CHECK(mkdir(dir.p, 0755) == 0);
	static const char cfg[] = "{\"project\":\"combined\"}";
	prr_buf_addf(&path, "%s/prr.json", dir.p);
	CHECK(prr_write_file_atomic(path.p, cfg, strlen(cfg), &err) == 0);
	for (size_t i = 0; docs[i]; i += 2) {
		prr_buf_reset(&path);
		prr_buf_addf(&path, "%s/%s", dir.p, docs[i]);
		CHECK(prr_write_file_atomic(path.p, docs[i + 1], strlen(docs[i + 1]),
					    &err) == 0);
	}
	site_of_dir(s, dir.p);
	prr_buf_free(&err);
	prr_buf_free(&path);
	prr_buf_free(&dir);
}

/* ACGS: two dimensions, 9.5 and 9.0 (9.25 of 10), no components. */
static const char acgs[] =
	"{\"schema\":\"prr/review/v1\",\"title\":\"ACGS\",\"date\":\"2025-06-13\","
	"\"dimensions\":[{\"name\":\"Security\",\"score\":9.5,\"max\":10},"
	"{\"name\":\"Performance\",\"score\":9,\"max\":10}]}";
/* opencode: one component, 5 of its 12 checks pass (41.7%). */
static const char opencode[] =
	"{\"schema\":\"prr/review/v1\",\"title\":\"OpenCode\",\"date\":\"2026-01-24\","
	"\"components\":[{\"name\":\"Orchestrator\",\"checks\":["
	"{\"category\":\"c1\",\"status\":\"pass\"},{\"category\":\"c2\",\"status\":\"pass\"},"
	"{\"category\":\"c3\",\"status\":\"pass\"},{\"category\":\"c4\",\"status\":\"pass\"},"
	"{\"category\":\"c5\",\"status\":\"pass\"},{\"category\":\"c6\",\"status\":\"fail\"},"
	"{\"category\":\"c7\",\"status\":\"fail\"},{\"category\":\"c8\",\"status\":\"fail\"},"
	"{\"category\":\"c9\",\"status\":\"fail\"},{\"category\":\"c10\",\"status\":\"fail\"},"
	"{\"category\":\"c11\",\"status\":\"fail\"},{\"category\":\"c12\",\"status\":\"fail\"}]}]}";
/* Dory: no component, no dimension; a finding. */
static const char dory[] =
	"{\"schema\":\"prr/review/v1\",\"title\":\"Dory\",\"date\":\"2026-07-13\","
	"\"findings\":[{\"id\":\"F1\",\"severity\":\"high\",\"title\":\"Notarize\"}]}";

/* multi1: reviews of three systems under one project.  prr warns that
 * ACGS and opencode look like different systems; the overview's "What
 * changed" (opencode to Dory, which has nothing to share) said nothing of
 * it, and now says what the warning says, near the changes. */
PRR_TEST(site33__overview_says_the_project_mixes_systems)
{
	site s;
	site33_of(&s, (const char *const[]){ "a.json", acgs, "b.json", opencode,
					     "c.json", dory, NULL });
	const char *ix = page(&s, "index.html");
	const char *ch = strstr(ix, "What changed since");
	CHECK(ch != NULL);
	if (ch) {
		CHECK(strstr(ch, "no component and no dimension") != NULL);
		CHECK(strstr(ch, "2025-06-13") != NULL);
	}
	/* the review of 2026-01-24, whose own changes are of two systems,
	 * says so once, as before */
	const char *rv = page(&s, "reviews/2026-01-24/index.html");
	const char *first = strstr(rv, "no component and no dimension");
	CHECK(first != NULL);
	if (first)
		CHECK(strstr(first + 1, "no component and no dimension") == NULL);
	site_free(&s);
}

/* One figure, one way across the site: readiness as a whole percent
 * (41.7% was written so on History and in "What changed", 42% on every
 * other page), the dimension score on its scale of 10 (the chart wrote
 * 92% where the review page and History write 9.3). */
PRR_TEST(site33__one_figure_written_one_way)
{
	site s;
	site33_of(&s, (const char *const[]){ "a.json", acgs, "b.json", opencode,
					     "c.json", dory, NULL });
	const char *ix = page(&s, "index.html");
	const char *hi = page(&s, "history.html");
	CHECK(strstr(ix, "41.7%") == NULL);
	CHECK(strstr(hi, "41.7%") == NULL);
	CHECK(strstr(hi, ">42%<") != NULL);
	CHECK(strstr(ix, "92%") == NULL);
	CHECK(strstr(hi, "92%") == NULL);
	CHECK(strstr(ix, "dimension score 9.3") != NULL);
	CHECK(strstr(page(&s, "reviews/2025-06-13/index.html"), "9.3 / 10") != NULL);
	site_free(&s);
}

/* smart-scheduling: "**Optimization timeout** → Mitigation: Background
 * jobs" keeps its arrow in the risk's title (the importer's), and the page
 * wrote its own dash after it, "timeout → — Background jobs": the arrow
 * now leads to the mitigation alone.  Two checklists of one title under
 * two sections are told apart by their sections; under one section (the
 * document's "What's Implemented" and "What's Missing", which the import
 * does not keep), nothing is added. */
PRR_TEST(site33__risk_arrow_and_lists_of_one_title)
{
	static const char doc[] =
		"{\"schema\":\"prr/review/v1\",\"title\":\"Scheduling\",\"date\":\"2026-02-01\","
		"\"risks\":[{\"level\":\"high\",\"title\":\"Optimization timeout \\u2192\","
		"\"mitigation\":\"Background jobs\"},{\"level\":\"low\",\"title\":\"UI issues\","
		"\"mitigation\":\"User testing\"}],"
		"\"checklists\":["
		"{\"title\":\"Endpoints\",\"section\":\"1.2 Optimization API\",\"items\":[{\"text\":\"POST /optimize\",\"done\":true}]},"
		"{\"title\":\"Endpoints\",\"section\":\"1.3 Runs API\",\"items\":[{\"text\":\"GET /runs\",\"done\":false}]},"
		"{\"title\":\"Status\",\"section\":\"2 Jobs\",\"items\":[{\"text\":\"queue\",\"done\":true}]},"
		"{\"title\":\"Status\",\"section\":\"2 Jobs\",\"items\":[{\"text\":\"retry\",\"done\":false}]}]}";
	site s;
	site33_of(&s, (const char *const[]){ "a.json", doc, NULL });
	const char *rv = page(&s, "reviews/2026-02-01/index.html");
	CHECK(strstr(rv, "\xE2\x86\x92 \xE2\x80\x94") == NULL);
	CHECK(strstr(rv, "Optimization timeout \xE2\x86\x92 <span class=\"muted\">"
			 "Background jobs</span>") != NULL);
	CHECK(strstr(rv, "UI issues \xE2\x80\x94 <span class=\"muted\">User testing") != NULL);
	CHECK(strstr(rv, "Endpoints <span class=\"muted\">(under 1.2 Optimization API)</span>") != NULL);
	CHECK(strstr(rv, "Endpoints <span class=\"muted\">(under 1.3 Runs API)</span>") != NULL);
	CHECK(strstr(rv, "(under 2 Jobs)") == NULL);
	site_free(&s);
}
