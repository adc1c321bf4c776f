/* test_pages.c - the view's page descriptors, the pages rendered from
 * them and pages.json, on the samples. */
#include "test.h"

#include "page_files.h"

#include "prr/figures.h"
#include "prr/jobs.h"
#include "prr/pages.h"
#include "prr/pipeline.h"
#include "prr/tpl.h"
#include "prr/view.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/* The samples' figures (no repository). */
typedef struct samples {
	prr_pipeline pl;
	prr_figures *f;
} samples;

static void samples_load(samples *s)
{
	prr_diags d = PRR_DIAGS_INIT;
	char *paths[] = { "samples/reviews" };
	prr_pipeline_opts in = { .no_repo = true };
	s->pl = (prr_pipeline){ 0 };
	CHECK(prr_pipeline_run(&s->pl, paths, 1, &in, &d) == 0);
	s->f = s->pl.figures;
	prr_diags_print(&d, stderr);
	prr_diags_free(&d);
}

static void samples_free(samples *s)
{
	prr_pipeline_free(&s->pl);
}

/* Every descriptor the view hands over, copied (prr_view_emit). */
typedef struct seen {
	prr_pagelist list;
	size_t kinds[PRR_VIEW_REVIEW_COMPONENT + 1];
	int bad_tpl;      /* pages whose template is not their kind's */
	int bad_assets;   /* pages that do not name the layout's assets */
	size_t plain;     /* strings marked plain (prr_vplain) */
	size_t bad_plain; /* of them, those with a byte HTML escapes */
} seen;

/* Counts the strings of `v` marked plain, and those that are not. */
static void count_plain(seen *s, const prr_vnode *v)
{
	if (v->type == PRR_V_STR && v->u.str.plain) {
		s->plain++;
		s->bad_plain += strcspn(v->u.str.p, "&<>\"'") < v->u.str.n;
	}
	if (v->type == PRR_V_OBJ || v->type == PRR_V_LIST)
		for (const prr_vnode *c = v->u.kids.first; c; c = c->next)
			count_plain(s, c);
}

static int keep(void *ud, const prr_view_page *pg)
{
	static const char *const tpl[] = {
		[PRR_VIEW_PORTFOLIO] = "portfolio.html.mustache",
		[PRR_VIEW_OVERVIEW] = "index.html.mustache",
		[PRR_VIEW_WAVES] = "waves.html.mustache",
		[PRR_VIEW_TIMELINE] = "timeline.html.mustache",
		[PRR_VIEW_HISTORY] = "history.html.mustache",
		[PRR_VIEW_COMPONENT] = "component.html.mustache",
		[PRR_VIEW_REVIEW] = "review.html.mustache",
		[PRR_VIEW_REVIEW_COMPONENT] = "review-component.html.mustache",
	};
	seen *s = ud;
	s->kinds[pg->kind]++;
	s->bad_tpl += strcmp(pg->tpl, tpl[pg->kind]) != 0;
	s->bad_assets += !(pg->n_assets == 2 &&
			   strcmp(pg->assets[0], "assets/style.css") == 0 &&
			   strcmp(pg->assets[1], "assets/sort.js") == 0);
	prr_pages_entry e = { prr_view_kind_name(pg->kind), pg->path, pg->date,
			      pg->project, pg->title, pg->folder, pg->assets,
			      pg->n_assets };
	prr_pagelist_add(&s->list, &e);
	count_plain(s, pg->ctx);
	return 0;
}

/* The site's pages (or, with `archive`, the archive's) of the samples. */
static void view_all(seen *s, const prr_figures *f, bool archive)
{
	prr_view_opts vo = { .archive = archive };
	prr_jobs_hand h;
	prr_buf err = PRR_BUF_INIT;
	memset(s, 0, sizeof *s);
	prr_jobs_hand_init(&h, NULL);
	CHECK(prr_view_site(f, &vo, &h, keep, s, &err) == 0);
	CHECK_STR(err.p, "");
	prr_buf_free(&err);
	prr_pagelist_sort(&s->list);
}

static const prr_pages_entry *at(const prr_pagelist *l, const char *path)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i].path, path) == 0)
			return &l->v[i];
	return NULL;
}

PRR_TEST(pages__each_page_says_what_it_is)
{
	samples sm;
	samples_load(&sm);
	if (!sm.f)
		return;
	seen s;
	view_all(&s, sm.f, false);
	CHECK_INT(s.kinds[PRR_VIEW_PORTFOLIO], 0);
	CHECK_INT(s.kinds[PRR_VIEW_OVERVIEW], 1);
	CHECK_INT(s.kinds[PRR_VIEW_WAVES], 1);
	CHECK_INT(s.kinds[PRR_VIEW_TIMELINE], 1);
	CHECK_INT(s.kinds[PRR_VIEW_HISTORY], 1);
	CHECK_INT(s.kinds[PRR_VIEW_COMPONENT], 7);
	CHECK_INT(s.kinds[PRR_VIEW_REVIEW], 3);
	CHECK_INT(s.kinds[PRR_VIEW_REVIEW_COMPONENT], 20);
	CHECK_INT(s.bad_tpl, 0);
	CHECK_INT(s.bad_assets, 0);
	/* what a page prints as it is (statuses, levels, numbers) needs it */
	CHECK(s.plain > 1000);
	CHECK_INT(s.bad_plain, 0);
	const prr_pages_entry *e = at(&s.list, "index.html");
	CHECK(e != NULL);
	if (e) {
		CHECK_STR(e->kind, "overview");
		CHECK(e->date == NULL);
		CHECK_STR(e->project, "Ledgerline Payments API");
		CHECK_STR(e->title, "Overview"); /* as its navigation names it */
	}
	e = at(&s.list, "reviews/2026-04-13/index.html");
	CHECK(e != NULL);
	if (e) {
		CHECK_STR(e->kind, "review");
		CHECK_STR(e->date, "2026-04-13");
		CHECK_STR(e->title, "Review of 2026-04-13");
		CHECK_STR(e->folder, "");
	}
	e = at(&s.list, "reviews/2026-04-13/components/postgres.html");
	CHECK(e != NULL);
	if (e) {
		CHECK_STR(e->kind, "review-component");
		CHECK_STR(e->date, "2026-04-13");
		CHECK_STR(e->title, "Postgres in the review of 2026-04-13");
	}
	e = at(&s.list, "components/postgres.html");
	CHECK(e != NULL);
	if (e) {
		CHECK_STR(e->kind, "component");
		CHECK(e->date == NULL);
	}
	e = at(&s.list, "waves.html");
	CHECK(e && strcmp(e->kind, "waves") == 0 && strcmp(e->title, "Plan vs actual") == 0);
	CHECK_STR(prr_view_kind_name(PRR_VIEW_PORTFOLIO), "portfolio");
	CHECK_STR(prr_view_kind_name(PRR_VIEW_HISTORY), "history");
	CHECK_STR(prr_view_kind_name(PRR_VIEW_TIMELINE), "timeline");
	prr_pagelist_free(&s.list);
	samples_free(&sm);
}

PRR_TEST(pages__the_archive_gets_each_reviews_own_pages_only)
{
	samples sm;
	samples_load(&sm);
	if (!sm.f)
		return;
	seen site, arch;
	view_all(&site, sm.f, false);
	view_all(&arch, sm.f, true);
	size_t n = 0;
	for (size_t k = 0; k <= PRR_VIEW_REVIEW_COMPONENT; k++)
		n += arch.kinds[k];
	CHECK_INT(arch.kinds[PRR_VIEW_REVIEW], site.kinds[PRR_VIEW_REVIEW]);
	CHECK_INT(arch.kinds[PRR_VIEW_REVIEW_COMPONENT],
		  site.kinds[PRR_VIEW_REVIEW_COMPONENT]);
	CHECK_INT(n, site.kinds[PRR_VIEW_REVIEW] + site.kinds[PRR_VIEW_REVIEW_COMPONENT]);
	CHECK(at(&arch.list, "reviews/2026-03-02/index.html") != NULL);
	CHECK(at(&arch.list, "index.html") == NULL);
	prr_pagelist_free(&site.list);
	prr_pagelist_free(&arch.list);
	samples_free(&sm);
}

PRR_TEST(pages__render_puts_a_report_beside_each_review_and_lists_all)
{
	samples sm;
	samples_load(&sm);
	if (!sm.f)
		return;
	prr_view_opts vo = { .archive = true };
	files one, two;
	render(&one, sm.f, &vo, 1);
	render(&two, sm.f, &vo, 2);
	CHECK_INT(one.list.n, 3 + 3 + 20); /* reviews, reports, components */
	const prr_pages_entry *md = NULL;
	for (size_t i = 0; i < one.list.n; i++)
		if (strcmp(one.list.v[i].path, "reviews/2026-05-25/report.md") == 0)
			md = &one.list.v[i];
	CHECK(md && strcmp(md->kind, PRR_PAGES_REPORT) == 0 &&
	      strcmp(md->date, "2026-05-25") == 0 && md->n_assets == 0);
	CHECK_CONTAINS(text_of(&one, "reviews/2026-05-25/report.md"),
		       "<!-- prr:report project=");
	/* an archived page links no page of the site outside its review */
	const char *html = text_of(&one, "reviews/2026-05-25/index.html");
	CHECK_CONTAINS(html, "<a href=\"../../../index.html\">Archived reviews</a>");
	CHECK_CONTAINS(html, "class=\"archived-note\"");
	CHECK(html && !strstr(html, "waves.html") && !strstr(html, "history.html") &&
	      !strstr(html, "../../reviews/"));
	/* the same list, in the same order, whatever the jobs */
	prr_buf a = PRR_BUF_INIT, b = PRR_BUF_INIT;
	prr_pagelist_json(&a, &one.list);
	prr_pagelist_json(&b, &two.list);
	CHECK_STR(a.p, b.p);
	prr_buf_free(&a);
	prr_buf_free(&b);
	files_free(&one);
	files_free(&two);
	samples_free(&sm);
}

PRR_TEST(pages__archived_pages_link_the_published_site_under_the_base_url)
{
	samples sm;
	samples_load(&sm);
	if (!sm.f)
		return;
	prr_view_opts vo = { .archive = true, .base_url = "https://prr.example/x" };
	files fl;
	render(&fl, sm.f, &vo, 1);
	const char *html = text_of(&fl, "reviews/2026-04-13/index.html");
	CHECK_CONTAINS(html, "<a href=\"https://prr.example/x/waves.html\">Plan vs actual</a>");
	CHECK_CONTAINS(html, "<a class=\"date\" href=\"https://prr.example/x/reviews/2026-03-02/index.html\">2026-03-02</a>");
	html = text_of(&fl, "reviews/2026-04-13/components/postgres.html");
	CHECK_CONTAINS(html, "<a href=\"https://prr.example/x/components/postgres.html\">");
	CHECK_CONTAINS(html, "<a href=\"../index.html\">Review of 2026-04-13</a>");
	files_free(&fl);
	samples_free(&sm);
}

PRR_TEST(pages__list_reads_back_what_it_wrote)
{
	static const char *const assets[] = { "assets/a.css", "assets/b \"q\".js" };
	prr_pagelist l = { 0 }, back = { 0 };
	prr_pages_entry e1 = { "review", "reviews/2026-01-02/index.html", "2026-01-02",
			       "P\xc3\xa9 & Co", "Review of 2026-01-02", "", assets, 2 };
	prr_pages_entry e0 = { "overview", "index.html", NULL, NULL, "Readiness",
			       "", NULL, 0 };
	prr_pagelist_add(&l, &e1);
	prr_pagelist_add(&l, &e0);
	prr_pagelist_sort(&l);
	CHECK_STR(l.v[0].path, "index.html");
	prr_buf json = PRR_BUF_INIT, again = PRR_BUF_INIT, err = PRR_BUF_INIT;
	prr_pagelist_json(&json, &l);
	CHECK(strncmp(json.p, "{\"format\":\"prr-pages/1\",\"pages\":[\n{\"kind\":\"overview\","
		      "\"path\":\"index.html\",\"title\":\"Readiness\",\"assets\":[]},\n", 100) == 0);
	CHECK(prr_pagelist_parse(&back, json.p, json.n, &err) == 0);
	prr_pagelist_json(&again, &back);
	CHECK_STR(again.p, json.p);
	CHECK_INT(back.n, 2);
	if (back.n == 2) {
		CHECK_STR(back.v[1].project, "P\xc3\xa9 & Co");
		CHECK_STR(back.v[1].assets[1], "assets/b \"q\".js");
		CHECK(back.v[0].date == NULL);
	}
	prr_pagelist free_me = { 0 };
	CHECK(prr_pagelist_parse(&free_me, "{", 1, &err) == -1);
	CHECK_STR(err.p, "not JSON");
	prr_buf_reset(&err);
	const char *other = "{\"format\":\"prr-pages/2\",\"pages\":[]}";
	CHECK(prr_pagelist_parse(&free_me, other, strlen(other), &err) == -1);
	CHECK_CONTAINS(err.p, "not a list of pages");
	prr_buf_reset(&err);
	const char *nokind = "{\"format\":\"prr-pages/1\",\"pages\":[{\"path\":\"a\"}]}";
	CHECK(prr_pagelist_parse(&free_me, nokind, strlen(nokind), &err) == -1);
	CHECK_STR(err.p, "page 1 has no \"kind\" or no \"path\"");
	prr_pagelist_free(&free_me);
	prr_buf_free(&json);
	prr_buf_free(&again);
	prr_buf_free(&err);
	prr_pagelist_free(&l);
	prr_pagelist_free(&back);
}
