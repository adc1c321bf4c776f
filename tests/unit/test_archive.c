/* test_archive.c - per-date archives of the reviews' pages and their
 * verification. */
#include "test.h"

#include "prr/archive.h"
#include "prr/pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* Writes `text` to dir/rel, creating the folders on the way. */
static void put(const char *dir, const char *rel, const char *text)
{
	char *path = prr_path_join(dir, rel);
	for (char *s = path + strlen(dir) + 1; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		mkdir(path, 0700);
		*s = '/';
	}
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	free(path);
}

static bool exists(const char *dir, const char *rel)
{
	char *path = prr_path_join(dir, rel);
	bool ok = access(path, F_OK) == 0;
	free(path);
	return ok;
}

static char *read_all(const char *dir, const char *rel)
{
	char *path = prr_path_join(dir, rel);
	prr_buf b = PRR_BUF_INIT, e = PRR_BUF_INIT;
	prr_read_file(path, 1 << 20, &b, &e);
	prr_buf_free(&e);
	free(path);
	return prr_buf_detach(&b, NULL);
}

/* What prr archives of one review of 2026-03-02 (as prr_archive_collect
 * would put it): its page, titled with characters the index escapes, its
 * report and a stylesheet; `css` the stylesheet's text. */
static prr_archive_set *review_set(const char *key, const char *css)
{
	static const char *const assets[] = { "assets/a.css" };
	prr_archive_set *s = prr_archive_set_new();
	const char *date = strchr(key, '/') ? strchr(key, '/') + 1 : key;
	char path[96], report[96];
	snprintf(path, sizeof path, "reviews/%s/index.html", date);
	snprintf(report, sizeof report, "reviews/%s/report.md", date);
	prr_pages_entry page = { "review", path, date, "R & D", "Review <one>",
				 "", assets, 1 };
	prr_pages_entry md = { "report", report, date, "R & D", "Review <one>",
			       "", NULL, 0 };
	const char *html = "<!DOCTYPE html><link rel=stylesheet href=../../assets/a.css>";
	prr_archive_set_add(s, key, path, html, strlen(html), &page);
	prr_archive_set_add(s, key, "assets/a.css", css, strlen(css), NULL);
	prr_archive_set_add(s, key, "assets/a.css", "ignored", 7, NULL);
	prr_archive_set_add(s, key, report, "# one\n", 6, &md);
	return s;
}

/* review_set of `a` and of `b`, in one set. */
static prr_archive_set *two_reviews(const char *a, const char *b)
{
	prr_archive_set *s = review_set(a, "p {}");
	prr_archive_set *other = review_set(b, "p {}");
	prr_archive_set_join(s, other);
	prr_archive_set_free(other);
	return s;
}

/* An archive folder and an error buffer. */
typedef struct fixture {
	char *arch;
	prr_buf err;
} fixture;

static void fixture_init(fixture *f)
{
	f->arch = prr_path_join(prr_test_tmpdir(), "arch");
	prr_buf_init(&f->err);
}

static void fixture_free(fixture *f)
{
	prr_buf_free(&f->err);
	free(f->arch);
}

/* prepare + commit of `s` into `arch`; 0 or -1. */
static int archive(prr_archive_stats *st, prr_archive_set *s, const char *arch,
		   bool force, prr_buf *err)
{
	prr_archive_stats local = { 0 };
	prr_archive_plan *p;
	if (!st)
		st = &local;
	if (prr_archive_prepare(&p, st, s, arch, force, err) < 0)
		return -1;
	return prr_archive_commit(p, st, NULL, err);
}

PRR_TEST(archive__sha256_of_known_input)
{
	char hex[65];
	CHECK(prr_archive_sha256(hex, "abc", 3) == 0);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	CHECK(prr_archive_sha256(hex, "", 0) == 0);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

PRR_TEST(archive__writes_each_review_with_its_list_of_pages)
{
	fixture fx;
	fixture_init(&fx);
	const char *arch = fx.arch;
	prr_archive_stats st = { 0 };
	prr_buf *err = &fx.err;
	CHECK(archive(&st, review_set("2026-03-02", "p {}"), arch, false, err) == 0);
	CHECK_STR(err->p, "");
	CHECK_INT(st.added, 1);
	CHECK_INT(st.files, 5); /* page, report, stylesheet, pages.json, MANIFEST */
	char *d = prr_path_join(arch, "2026-03-02");
	char *css = read_all(d, "assets/a.css");
	CHECK_STR(css, "p {}"); /* a path given twice keeps its first bytes */
	char *man = read_all(d, "MANIFEST");
	CHECK(strncmp(man + 64, "  assets/a.css\n", 15) == 0); /* sorted */
	CHECK_CONTAINS(man, "  pages.json\n");
	CHECK_CONTAINS(man, "  reviews/2026-03-02/report.md\n");
	char *json = read_all(d, "pages.json");
	prr_pagelist l = { 0 };
	CHECK(prr_pagelist_parse(&l, json, strlen(json), err) == 0);
	CHECK_INT(l.n, 2);
	if (l.n == 2) {
		CHECK_STR(l.v[0].kind, "review");
		CHECK_STR(l.v[0].path, "reviews/2026-03-02/index.html");
		CHECK_STR(l.v[0].title, "Review <one>");
		CHECK_INT(l.v[0].n_assets, 1);
		CHECK_STR(l.v[1].kind, "report");
	}
	char *idx = read_all(arch, "index.html");
	CHECK_CONTAINS(idx, "href=\"2026-03-02/reviews/2026-03-02/index.html\"");
	CHECK_CONTAINS(idx, "2026-03-02</time> Review &lt;one&gt; · R &amp; D</a>");
	CHECK_CONTAINS(idx, "1 archived review.");
	prr_pagelist_free(&l);
	free(json);
	free(idx);
	free(man);
	free(css);
	free(d);
	fixture_free(&fx);
}

PRR_TEST(archive__never_overwrites_unless_forced)
{
	fixture fx;
	fixture_init(&fx);
	const char *arch = fx.arch;
	prr_archive_stats st = { 0 };
	prr_buf *err = &fx.err;
	CHECK(archive(&st, review_set("2026-03-02", "p {}"), arch, false, err) == 0);
	memset(&st, 0, sizeof st);
	CHECK(archive(&st, review_set("2026-03-02", "p {}"), arch, false, err) == 0);
	CHECK_INT(st.unchanged, 1);
	CHECK_INT(st.files, 0);

	memset(&st, 0, sizeof st);
	CHECK(archive(&st, review_set("2026-03-02", "p { color: red }"), arch,
		      false, err) == -1);
	CHECK(!st.system);
	CHECK_CONTAINS(err->p, "2026-03-02 is already archived in '");
	CHECK_CONTAINS(err->p, "with different content: 'assets/a.css' differs "
			      "(use --force to replace it)");
	char *d = prr_path_join(arch, "2026-03-02");
	char *css = read_all(d, "assets/a.css");
	CHECK_STR(css, "p {}");
	free(css);

	prr_buf_reset(err);
	memset(&st, 0, sizeof st);
	CHECK(archive(&st, review_set("2026-03-02", "p { color: red }"), arch,
		      true, err) == 0);
	CHECK_INT(st.replaced, 1);
	css = read_all(d, "assets/a.css");
	CHECK_STR(css, "p { color: red }");
	free(css);
	prr_archive_check c = { 0 };
	prr_diags dg = PRR_DIAGS_INIT;
	CHECK(prr_archive_verify(&c, arch, &dg) == 0);
	CHECK_INT(c.dates, 1);
	CHECK_INT(c.files, 4);
	prr_diags_free(&dg);
	free(d);
	fixture_free(&fx);
}

PRR_TEST(archive__refuses_bad_keys_before_writing_anything)
{
	fixture fx;
	fixture_init(&fx);
	const char *arch = fx.arch;
	prr_buf *err = &fx.err;
	prr_archive_set *s = two_reviews("2026-03-02", "../../etc");
	CHECK_INT(prr_archive_set_count(s), 2);
	prr_archive_stats st = { 0 };
	CHECK(archive(&st, s, arch, false, err) == -1);
	CHECK_CONTAINS(err->p, "'../../etc' is not a review date (YYYY-MM-DD)");
	CHECK(!exists(arch, "2026-03-02"));
	fixture_free(&fx);
}

PRR_TEST(archive__index_names_a_date_archived_without_a_list_by_its_key)
{
	fixture fx;
	fixture_init(&fx);
	const char *arch = fx.arch;
	prr_buf *err = &fx.err;
	CHECK(archive(NULL, two_reviews("ledger/2026-03-02", "ledger/2026-04-13"),
		      arch, false, err) == 0);
	/* as an older prr left it: no pages.json (and a MANIFEST without it) */
	char *d = prr_path_join(arch, "ledger/2026-03-02");
	char *gone = prr_path_join(d, "pages.json");
	unlink(gone);
	char *man = read_all(d, "MANIFEST");
	char *line = strstr(man, "  pages.json\n");
	if (line) {
		char *start = line - 64;
		memmove(start, line + 13, strlen(line + 13) + 1);
	}
	put(d, "MANIFEST", man);
	CHECK(archive(NULL, review_set("ledger/2026-04-13", "p {}"), arch, false,
		      err) == -1); /* the date no longer agrees with DIR/MANIFEST */
	prr_buf_reset(err);
	char *top = prr_path_join(arch, "MANIFEST");
	unlink(top);
	CHECK(archive(NULL, review_set("ledger/2026-04-13", "p {}"), arch, false,
		      err) == 0); /* adopted: each date checks clean */
	CHECK_STR(err->p, "");
	char *idx = read_all(arch, "index.html");
	CHECK_CONTAINS(idx, "<li><a href=\"ledger/2026-04-13/reviews/2026-04-13/index.html\">"
			    "<time datetime=\"2026-04-13\">2026-04-13</time> Review &lt;one&gt;");
	CHECK_CONTAINS(idx, "<li><a href=\"ledger/2026-03-02/ledger/reviews/2026-03-02/index.html\">"
			    "<time datetime=\"2026-03-02\">2026-03-02</time> ledger/2026-03-02</a>");
	CHECK(strstr(idx, "2026-04-13") < strstr(idx, "2026-03-02")); /* newest first */
	free(idx);
	free(top);
	free(man);
	free(gone);
	free(d);
	fixture_free(&fx);
}

PRR_TEST(archive__verify_finds_changed_missing_added)
{
	fixture fx;
	fixture_init(&fx);
	const char *arch = fx.arch;
	prr_buf *err = &fx.err;
	prr_archive_stats st = { 0 };
	CHECK(archive(&st, review_set("2026-03-02", "p {}"), arch, false, err) == 0);
	char *d = prr_path_join(arch, "2026-03-02");
	put(d, "assets/a.css", "p { color: blue }");
	char *gone = prr_path_join(d, "reviews/2026-03-02/report.md");
	unlink(gone);
	put(d, "reviews/2026-03-02/new.html", "");
	prr_archive_check c = { 0 };
	prr_diags dg = PRR_DIAGS_INIT;
	CHECK(prr_archive_verify(&c, arch, &dg) == -1);
	CHECK_INT(c.changed, 1);
	CHECK_INT(c.missing, 1);
	CHECK_INT(c.added, 1);
	CHECK_INT(c.bad, 1);
	CHECK_INT(dg.errors, 3);
	if (dg.n == 3) {
		CHECK_CONTAINS(dg.v[0].file, "/2026-03-02/assets/a.css");
		CHECK_STR(dg.v[0].message, "changed since it was archived (MANIFEST line 1)");
		CHECK_CONTAINS(dg.v[1].file, "/2026-03-02/reviews/2026-03-02/new.html");
		CHECK_STR(dg.v[1].message, "added since it was archived (not in MANIFEST)");
		CHECK_STR(dg.v[2].message, "missing (listed in MANIFEST line 4)");
	}
	prr_diags_free(&dg);
	free(gone);
	free(d);
	fixture_free(&fx);
}
