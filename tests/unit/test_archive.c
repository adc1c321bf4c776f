/* test_archive.c - per-date archives of a site and their verification. */
#include "test.h"

#include "prr/archive.h"

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

/* A site of one review whose page uses a stylesheet that imports another
 * and an image through url(), plus an unused asset and a page outside. */
static char *make_site(void)
{
	char *site = prr_path_join(prr_test_tmpdir(), "site");
	mkdir(site, 0700);
	put(site, "reviews/2026-03-02/index.html",
	    "<!DOCTYPE html><html><head><title>R &amp; D &#8212; one</title>"
	    "<link rel=stylesheet href='../../assets/a.css?v=1'>"
	    "<script src=\"../../assets/x%20y.js\"></script></head>"
	    "<body><a href=\"../../index.html\">up</a>"
	    "<a href=\"https://example.com/a.css\">ext</a>"
	    "<a href=\"../../../outside.css\">out</a>"
	    "<a href=\"#top\">top</a><a href=\"report.md\">md</a></body></html>");
	put(site, "reviews/2026-03-02/report.md", "# one\n");
	put(site, "assets/a.css", "@import 'b.css'; h1 { background: url(img/i.svg) }");
	put(site, "assets/b.css", "p { color: red }");
	put(site, "assets/img/i.svg", "<svg/>");
	put(site, "assets/x y.js", "1;");
	put(site, "assets/unused.css", "");
	put(site, "index.html", "<a href=\"reviews/2026-03-02/index.html\">r</a>");
	return site;
}

/* A site from make_site(), an archive folder beside it, an error buffer. */
typedef struct fixture {
	char *site, *arch;
	prr_buf err;
} fixture;

static void fixture_init(fixture *f)
{
	f->site = make_site();
	f->arch = prr_path_join(prr_test_tmpdir(), "arch");
	prr_buf_init(&f->err);
}

static void fixture_free(fixture *f)
{
	prr_buf_free(&f->err);
	free(f->arch);
	free(f->site);
}

PRR_TEST(archive__sha256_of_known_input)
{
	char hex[65];
	CHECK(prr_archive_sha256(hex, "abc", 3) == 0);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	CHECK(prr_archive_sha256(hex, "", 0) == 0);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

PRR_TEST(archive__copies_review_and_the_assets_it_reaches)
{
	fixture fx;
	fixture_init(&fx);
	const char *site = fx.site, *arch = fx.arch;
	const char *dates[] = { "2026-03-02" };
	prr_archive_stats st = { 0 };
	prr_buf *err = &fx.err;
	CHECK(prr_archive_site(&st, site, dates, 1, arch, false, NULL, err) == 0);
	CHECK_STR(err->p, "");
	CHECK_INT(st.added, 1);
	CHECK_INT(st.files, 7); /* 6 files and MANIFEST */
	char *d = prr_path_join(arch, "2026-03-02");
	CHECK(exists(d, "reviews/2026-03-02/index.html"));
	CHECK(exists(d, "reviews/2026-03-02/report.md"));
	CHECK(exists(d, "assets/a.css"));
	CHECK(exists(d, "assets/b.css"));     /* @import */
	CHECK(exists(d, "assets/img/i.svg")); /* url() in a stylesheet */
	CHECK(exists(d, "assets/x y.js"));    /* percent-decoded */
	CHECK(!exists(d, "assets/unused.css"));
	CHECK(!exists(d, "index.html"));      /* navigation, not copied */
	char *man = read_all(d, "MANIFEST");
	CHECK_CONTAINS(man, "  assets/a.css\n");
	CHECK(strncmp(man + 64, "  assets/a.css\n", 15) == 0); /* sorted */
	char *idx = read_all(arch, "index.html");
	CHECK_CONTAINS(idx, "href=\"2026-03-02/reviews/2026-03-02/index.html\"");
	CHECK_CONTAINS(idx, "R &amp; D \xe2\x80\x94 one</a>");
	CHECK_CONTAINS(idx, "1 archived review.");
	free(idx);
	free(man);
	free(d);
	fixture_free(&fx);
}

PRR_TEST(archive__never_overwrites_unless_forced)
{
	fixture fx;
	fixture_init(&fx);
	const char *site = fx.site, *arch = fx.arch;
	const char *dates[] = { "2026-03-02" };
	prr_archive_stats st = { 0 };
	prr_buf *err = &fx.err;
	CHECK(prr_archive_site(&st, site, dates, 1, arch, false, NULL, err) == 0);
	memset(&st, 0, sizeof st);
	CHECK(prr_archive_site(&st, site, dates, 1, arch, false, NULL, err) == 0);
	CHECK_INT(st.unchanged, 1);
	CHECK_INT(st.files, 0);

	put(site, "assets/img/i.svg", "<svg>changed</svg>");
	memset(&st, 0, sizeof st);
	CHECK(prr_archive_site(&st, site, dates, 1, arch, false, NULL, err) == -1);
	CHECK(!st.system);
	CHECK_CONTAINS(err->p, "2026-03-02 is already archived in '");
	CHECK_CONTAINS(err->p, "with different content: 'assets/img/i.svg' differs "
			      "(use --force to replace it)");
	char *d = prr_path_join(arch, "2026-03-02");
	char *svg = read_all(d, "assets/img/i.svg");
	CHECK_STR(svg, "<svg/>");
	free(svg);

	prr_buf_reset(err);
	memset(&st, 0, sizeof st);
	CHECK(prr_archive_site(&st, site, dates, 1, arch, true, NULL, err) == 0);
	CHECK_INT(st.replaced, 1);
	svg = read_all(d, "assets/img/i.svg");
	CHECK_STR(svg, "<svg>changed</svg>");
	free(svg);
	prr_archive_check c = { 0 };
	prr_diags dg = PRR_DIAGS_INIT;
	CHECK(prr_archive_verify(&c, arch, &dg) == 0);
	CHECK_INT(c.dates, 1);
	CHECK_INT(c.files, 6);
	prr_diags_free(&dg);
	free(d);
	fixture_free(&fx);
}

PRR_TEST(archive__refuses_bad_dates_before_writing_anything)
{
	fixture fx;
	fixture_init(&fx);
	const char *site = fx.site, *arch = fx.arch;
	const char *dates[] = { "2026-03-02", "../../etc", "2026-05-01" };
	prr_buf *err = &fx.err;
	CHECK(prr_archive_site(NULL, site, dates, 3, arch, false, NULL, err) == -1);
	CHECK_CONTAINS(err->p, "'../../etc' is not a review date (YYYY-MM-DD)\n");
	CHECK_CONTAINS(err->p, "no review folder '");
	CHECK(!exists(arch, "2026-03-02"));
	fixture_free(&fx);
}

PRR_TEST(archive__verify_finds_changed_missing_added)
{
	fixture fx;
	fixture_init(&fx);
	const char *site = fx.site, *arch = fx.arch;
	const char *dates[] = { "2026-03-02" };
	prr_buf *err = &fx.err;
	CHECK(prr_archive_site(NULL, site, dates, 1, arch, false, NULL, err) == 0);
	char *d = prr_path_join(arch, "2026-03-02");
	put(d, "assets/b.css", "p { color: blue }");
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
		CHECK_CONTAINS(dg.v[0].file, "/2026-03-02/assets/b.css");
		CHECK_STR(dg.v[0].message, "changed since it was archived (MANIFEST line 2)");
		CHECK_CONTAINS(dg.v[1].file, "/2026-03-02/reviews/2026-03-02/new.html");
		CHECK_STR(dg.v[1].message, "added since it was archived (not in MANIFEST)");
		CHECK_STR(dg.v[2].message, "missing (listed in MANIFEST line 6)");
	}
	prr_diags_free(&dg);
	free(gone);
	free(d);
	fixture_free(&fx);
}
