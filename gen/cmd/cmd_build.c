/* cmd_build.c - `prr build [REVIEWS] [-o SITE]`: the static site. */
#include "prr/archive.h"
#include "prr/cli.h"
#include "prr/embed.h"
#include "prr/figures_json.h"
#include "prr/jobs.h"
#include "prr/json.h"
#include "prr/pages.h"
#include "prr/site.h"
#include "prr/tpl.h"
#include "prr/view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_common.h"

static const prr_option options[] = {
	{ "output", 'o', "SITE", "the site folder (default: site)", false },
	CMD_PAGE_OPTIONS,
	{ "against", 0, "DATE", "compare the latest review with the one of DATE", false },
	PRR_REPO_OPTIONS,
	{ "archive", 0, "DIR", "then archive each review into DIR/DATE/ with a SHA-256 MANIFEST", false },
	{ "force", 0, NULL, "with --archive: replace archived dates whose content differs", false },
	{ 0 }
};

/* data.json, streamed: the figures of every review never sit whole in
 * memory. */
static int write_data(prr_site *site, const prr_figures *f, prr_buf *err)
{
	FILE *fp = prr_site_open(site, "data.json", err);
	if (!fp)
		return -1;
	prr_buf b = PRR_BUF_INIT;
	prr_jw w;
	prr_jw_init(&w, &b, false); /* for programs: 40% of the bytes */
	w.stream = fp;
	prr_figures_write_json(f, &w);
	prr_buf_addc(&b, '\n');
	int rc = prr_jw_flush(&w);
	prr_buf_free(&b);
	if (prr_site_close(site, fp, "data.json", err) < 0 || rc < 0 || w.failed) {
		if (!err->n)
			prr_buf_addf(err, "cannot write data.json");
		return -1;
	}
	return 0;
}

/* Each job's writer: job 0 the command's, the others forked from it. */
typedef struct writers {
	prr_site *site[PRR_JOBS_MAX];
	const prr_figures *f;
} writers;

/* Of several projects, each project's badge.svg beside its overview
 * page (PROJECT/index.html): the badge of its figures alone. */
static int project_badge(prr_site *site, const prr_figures *f,
			 const prr_pages_entry *e, prr_buf *err)
{
	size_t k = 0;
	while (k < f->n_projects && !(e->project && f->projects[k].project &&
				      strcmp(f->projects[k].project, e->project) == 0))
		k++;
	const char *slash = strrchr(e->path, '/');
	if (k == f->n_projects || !slash)
		return 0;
	prr_figures one = *f;
	one.projects = &f->projects[k];
	one.n_projects = 1;
	prr_buf out = PRR_BUF_INIT, path = PRR_BUF_INIT;
	prr_view_badge(&out, &one);
	prr_buf_add(&path, e->path, (size_t)(slash - e->path));
	prr_buf_adds(&path, "/badge.svg");
	int rc = prr_site_write(site, path.p, out.p, out.n, err);
	prr_buf_free(&out);
	prr_buf_free(&path);
	return rc;
}

/* A page or report.md (prr_pages_put_fn) into the site; beside each
 * project's overview of several, its badge. */
static int put_file(void *ud, unsigned job, const prr_pages_entry *e,
		    const char *data, size_t n, prr_buf *err)
{
	writers *w = ud;
	if (prr_site_write(w->site[job], e->path, data, n, err) < 0)
		return -1;
	if (w->f->n_projects > 1 && strcmp(e->kind, "overview") == 0)
		return project_badge(w->site[job], w->f, e, err);
	return 0;
}

static int put_data(void *ud, unsigned job, prr_buf *err)
{
	writers *w = ud;
	return write_data(w->site[job], w->f, err);
}

/* Every page, report, asset and data file into the site's temporary
 * folder: data.json and the pages dealt among prr_jobs_count() jobs
 * (pages.h), then the assets, the badge and pages.json.  Returns 0, or
 * -1 with the problem in `d` or `err`. */
static int write_site(prr_site *site, const prr_figures *f,
		      const prr_view_opts *vo, prr_tpl_env *env, prr_diags *d,
		      prr_buf *err)
{
	writers w = { { site }, f };
	prr_site forks[PRR_JOBS_MAX];
	prr_pagelist list = { 0 };
	prr_pages_run r = { f, vo, env, put_file, &w, put_data,
			    prr_jobs_count(), &list };
	for (unsigned t = 1; t < r.jobs; t++) {
		prr_site_fork(&forks[t], site);
		w.site[t] = &forks[t];
	}
	int rc = prr_pages_render(&r, d, err);
	for (unsigned t = 1; t < r.jobs; t++)
		prr_site_join(site, &forks[t]);
	prr_buf out = PRR_BUF_INIT;
	if (rc == 0)
		rc = prr_site_write_assets(site, err);
	if (rc == 0) {
		prr_view_badge(&out, f);
		rc = prr_site_write(site, "badge.svg", out.p, out.n, err);
	}
	if (rc == 0) {
		prr_buf_reset(&out);
		prr_pagelist_json(&out, &list);
		rc = prr_site_write(site, "pages.json", out.p, out.n, err);
	}
	prr_buf_free(&out);
	prr_pagelist_free(&list);
	return rc;
}

static int run(const prr_args *a)
{
	const char *target = prr_arg(a, "output");
	prr_pipeline_opts in = { 0 };
	if (prr_repo_args(a, &in) < 0)
		return PRR_EXIT_USAGE;
	if (!target || !*target)
		target = "site";
	cmd_pages c;
	prr_buf err = PRR_BUF_INIT;
	prr_site site = { 0 };
	int rc = cmd_pages_load(&c, a, a->pos, a->n_pos, &in);
	if (rc != PRR_EXIT_OK)
		goto done;
	const char *delay = getenv("PRR_TEST_BUILD_DELAY"); /* ms per file */
	site.delay_ms = delay ? strtol(delay, NULL, 10) : 0;
	if (prr_site_begin(&site, target, &err) < 0) {
		fprintf(stderr, "prr: build: %s\n", err.p);
		rc = PRR_EXIT_SYSTEM;
		goto done;
	}
	if (write_site(&site, c.f, &c.vo, c.env, &c.d, &err) < 0) {
		prr_site_abort(&site);
		rc = PRR_EXIT_INPUT;
		if (err.n) {
			fprintf(stderr, "prr: build: %s\n", err.p);
			rc = PRR_EXIT_SYSTEM;
		}
		fprintf(stderr, "prr: build: failed; '%s' was left as it was\n", target);
		goto done;
	}
	size_t files = site.files, bytes = site.bytes;
	/* --archive: every refusal decided before the site is put in place,
	 * so that a refusal leaves site and archive as they were */
	const char *adir = prr_arg(a, "archive");
	prr_archive_plan *plan = NULL;
	if (adir) {
		rc = cmd_archive_prepare(&plan, "build: archive", c.f, &c.vo, c.env,
					 NULL, 0, adir, prr_flag(a, "force"), &c.d);
		if (rc != PRR_EXIT_OK) {
			prr_site_abort(&site);
			fprintf(stderr, "prr: build: failed; '%s' and '%s' were "
				"left as they were\n", target, adir);
			goto done;
		}
	}
	if (prr_site_commit(&site, &err) < 0) {
		prr_archive_plan_free(plan);
		fprintf(stderr, "prr: build: %s\n", err.p);
		rc = PRR_EXIT_SYSTEM;
		goto done;
	}
	if (prr_progress_enabled())
		fprintf(stderr, "prr: wrote %zu files (%zu KiB) to %s\n", files,
			(bytes + 1023) / 1024, target);
	printf("%s/index.html\n", target);
	rc = plan ? cmd_archive_commit(plan, "build: archive", adir, &c.store, false)
		  : PRR_EXIT_OK;
done:
	cmd_pages_free(&c);
	prr_buf_free(&err);
	return rc;
}

PRR_COMMAND(build) = {
	"build", run, "[-o SITE] [--repo DIR] [--templates DIR] [--base-url URL] [--archive DIR [--force]] [REVIEWS...]",
	"write the static site of a review set", options,
	"Reads the reviews (files or folders; default ./reviews, else .),\n"
	"computes every figure and writes a static site to SITE (default\n"
	"./site): index.html with the latest review (or a portfolio when the\n"
	"reviews hold several projects), reviews/DATE/index.html and\n"
	"report.md per review, reviews/DATE/components/NAME.html per\n"
	"component of that review, components/NAME.html (a component across\n"
	"the reviews), waves.html, timeline.html, history.html, data.json,\n"
	"badge.svg, and pages.json: the list of the pages for programs, each\n"
	"with its kind, path, review date, project, title and the assets it\n"
	"uses (see 'man prr').  A review's pages depend only on the reviews\n"
	"up to its date, so they stay the same when later reviews are added.\n"
	"Pages use relative links only and make no external request: the\n"
	"site works from file:// and under any sub-path.\n"
	"\n"
	"The site is written to SITE.prr-tmp-TOKEN and swapped into place,\n"
	"so a failed or killed build leaves the previous site as it was; the\n"
	"next build removes what a killed one left (only folders named with\n"
	"a token of prr's whose build is over: a backup such as\n"
	"SITE.old-2023 is never touched).  Every site holds a .prr-site\n"
	"file; an existing SITE is replaced only if it is empty or holds\n"
	"one, so a folder of yours is never deleted.  A site or archive in\n"
	"the reviews folder, and reports prr wrote there, are not read as\n"
	"reviews.  A link in the reviews folder to outside it is an error\n"
	"unless --allow-outside.  The same reviews give a\n"
	"byte-identical site; SOURCE_DATE_EPOCH, when set, is printed as the\n"
	"build date.  Pages are written by one thread per processor\n"
	"(PRR_JOBS=N sets the number; the site is the same).  Prints the\n"
	"path of index.html.\n"
	"\n"
	"With --archive DIR, each review's pages are also made for the\n"
	"archive, linking only inside it (or to the site at --base-url), and\n"
	"written with report.md, the assets they use and pages.json into\n"
	"DIR/DATE/ with a SHA-256 MANIFEST; DIR/index.html lists them (see\n"
	"'prr help archive').  An archived date is never overwritten: the\n"
	"same content is left alone, different content exits 1 naming the\n"
	"date and the first differing file, unless --force.\n"
	"\n"
	"Exit: 0 ok, 1 bad input or template, 2 usage, 3 cannot write.\n",
	0, -1
};
