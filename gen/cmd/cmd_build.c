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
	if (write_site(&site, c.fig.f, &c.vo, c.env, &c.fig.d, &err) < 0) {
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
		rc = cmd_archive_prepare(&plan, "build: archive", c.fig.f, &c.vo,
					 c.env, NULL, 0, adir, prr_flag(a, "force"),
					 &c.fig.d);
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

PRR_COMMAND(build) = { "build", run, options, 0, -1 };
