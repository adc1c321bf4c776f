/* cmd_build.c - `prr build [REVIEWS] [-o SITE]`: the static site. */
#include "prr/archive.h"
#include "prr/cli.h"
#include "prr/figures.h"
#include "prr/jobs.h"
#include "prr/json.h"
#include "prr/mdhtml.h"
#include "prr/report.h"
#include "prr/site.h"
#include "prr/tpl.h"
#include "prr/view.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const prr_option options[] = {
	{ "output", 'o', "SITE", "the site folder (default: site)", false },
	{ "templates", 't', "DIR", "templates in DIR replace prr's own of the same name", false },
	{ "base-url", 0, "URL", "where the site is published (links in report.md)", false },
	{ "against", 0, "DATE", "compare the latest review with the one of DATE", false },
	PRR_REPO_OPTIONS,
	{ "archive", 0, "DIR", "then copy each review into DIR/DATE/ with a SHA-256 MANIFEST", false },
	{ "force", 0, NULL, "with --archive: replace archived dates whose content differs", false },
	{ 0 }
};

/* SOURCE_DATE_EPOCH as YYYY-MM-DD, the only date a build may print. */
static int build_date(char out[16], const char *sde)
{
	char *end;
	errno = 0;
	long long t = strtoll(sde, &end, 10);
	if (errno || end == sde || *end || t < 0)
		return -1;
	time_t tt = (time_t)t;
	struct tm tm;
	if (!gmtime_r(&tt, &tm))
		return -1;
	strftime(out, 16, "%Y-%m-%d", &tm);
	return 0;
}

/* What each page of the site needs while it is written. */
typedef struct builder {
	prr_site *site;
	const prr_figures *f;
	const prr_view_opts *vo;
	prr_tpl_env *env;
	prr_diags *d;
	prr_buf *err;
	prr_buf out;          /* reused for every page */
} builder;

/* Writes b->out as `name` in the folder of page `page`. */
static int write_beside(builder *b, const char *page, const char *name)
{
	const char *slash = strrchr(page, '/');
	prr_buf path = PRR_BUF_INIT;
	prr_buf_add(&path, page, (size_t)(slash - page));
	prr_buf_addf(&path, "/%s", name);
	int w = prr_site_write(b->site, path.p, b->out.p, b->out.n, b->err);
	prr_buf_free(&path);
	return w;
}

/* Of several projects, each project's badge.svg beside its overview
 * page (PROJECT/index.html): the badge of its figures alone. */
static int project_badge(builder *b, const prr_view_page *pg)
{
	const char *proj = prr_vstr(prr_vget(pg->ctx, "project"));
	const char *slash = strrchr(pg->path, '/');
	size_t k = 0;
	while (k < b->f->n_projects && !(proj && b->f->projects[k].project &&
					 strcmp(b->f->projects[k].project, proj) == 0))
		k++;
	if (k == b->f->n_projects || !slash)
		return 0;
	prr_figures one = *b->f;
	one.projects = &b->f->projects[k];
	one.n_projects = 1;
	prr_buf_reset(&b->out);
	prr_view_badge(&b->out, &one);
	return write_beside(b, pg->path, "badge.svg");
}

/* One page (prr_view_emit): rendered and written; beside each review
 * page, its Markdown report; beside each project's overview of several,
 * its badge. */
static int emit_page(void *ud, const prr_view_page *pg)
{
	builder *b = ud;
	const prr_tpl *t;
	prr_tpl_escape mode = prr_tpl_escape_for(pg->tpl);
	prr_buf_reset(&b->out);
	if (prr_tpl_load(&t, b->env, pg->tpl, mode, b->d) < 0 ||
	    prr_tpl_render(&b->out, b->env, t, mode, prr_tpl_vtree(), pg->ctx, b->d) < 0 ||
	    prr_site_write(b->site, pg->path, b->out.p, b->out.n, b->err) < 0)
		return -1;
	const char *slash = strrchr(pg->path, '/');
	if (b->f->n_projects > 1 && strcmp(pg->tpl, "index.html.mustache") == 0)
		return project_badge(b, pg);
	if (strcmp(pg->tpl, "review.html.mustache") != 0 || !slash)
		return 0;
	const char *date = prr_vstr(prr_vget(prr_vget(pg->ctx, "headline"), "date"));
	const char *proj = prr_vstr(prr_vget(pg->ctx, "project"));
	prr_buf_reset(&b->out);
	if (prr_report_md(&b->out, b->env, b->f, proj, date, b->vo,
			  PRR_REPORT_MD_LIMIT, b->d) < 0)
		return -1;
	return write_beside(b, pg->path, "report.md");
}

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

/* The units of `h`: data.json first (the biggest file), then the pages
 * (prr_view_site). */
static int write_units(builder *b, prr_jobs_hand *h)
{
	if (prr_jobs_mine(h) && write_data(b->site, b->f, b->err) < 0)
		return -1;
	return prr_view_site(b->f, b->vo, h, emit_page, b, b->err);
}

/* A job writing the units its hand claims, with its own writer and
 * messages (job 0: the command's own); the templates are shared. */
typedef struct site_job {
	builder b;
	prr_site site; /* jobs 1..: forked from the command's */
	prr_diags d;
	prr_buf err;
	int rc;
} site_job;

typedef struct site_jobs {
	site_job job[PRR_JOBS_MAX];
	unsigned n;
	prr_jobs_deal deal;
} site_jobs;

static void write_job(void *ud, unsigned t)
{
	site_jobs *s = ud;
	prr_jobs_hand h;
	prr_jobs_hand_init(&h, s->n > 1 ? &s->deal : NULL);
	s->job[t].rc = write_units(&s->job[t].b, &h);
}

/* Every page, report, asset and data file into the site's temporary
 * folder: data.json and the pages dealt among prr_jobs_count() jobs,
 * each taking the next unit as it comes free; then the assets.  Returns
 * 0, or -1 with the problem in `d` or `err`. */
static int write_site(prr_site *site, const prr_figures *f,
		      const prr_view_opts *vo, prr_tpl_env *env, prr_diags *d,
		      prr_buf *err)
{
	site_jobs *s = prr_xcalloc(1, sizeof *s);
	s->n = prr_jobs_count();
	atomic_init(&s->deal.next, 0);
	s->job[0].b = (builder){ site, f, vo, env, d, err, PRR_BUF_INIT };
	for (unsigned t = 1; t < s->n; t++) {
		site_job *j = &s->job[t];
		prr_site_fork(&j->site, site);
		j->b = (builder){ &j->site, f, vo, env, &j->d, &j->err,
				  PRR_BUF_INIT };
	}
	prr_jobs_run(s->n, write_job, s);
	int rc = -1, own = s->job[0].rc;
	prr_buf *out = &s->job[0].b.out;
	if (own < 0)
		goto done;
	if (prr_site_write_assets(site, err) < 0)
		goto done;
	prr_buf_reset(out);
	prr_view_badge(out, f);
	if (prr_site_write(site, "badge.svg", out->p, out->n, err) < 0)
		goto done;
	rc = 0;
done:
	for (unsigned t = 1; t < s->n; t++) {
		site_job *j = &s->job[t];
		if (j->rc < 0) {
			rc = -1;
			if (j->err.n && !err->n)
				prr_buf_adds(err, j->err.p);
		}
		/* the problems of this job, unless job 0's already tell
		 * (every job uses the same templates) */
		if (own == 0 || j->rc == 0)
			prr_diags_print(&j->d, stderr);
		prr_diags_free(&j->d);
		prr_buf_free(&j->err);
		prr_buf_free(&j->b.out);
		prr_site_join(site, &j->site);
	}
	prr_buf_free(out);
	free(s);
	return rc;
}

/* "prr: build: archive: …", one line per problem of `err`. */
static void archive_errors(prr_buf *err)
{
	for (char *p = err->p; p && *p;) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		fprintf(stderr, "prr: build: archive: %s\n", p);
		p = nl ? nl + 1 : p + strlen(p);
	}
}

/* --archive DIR, first step: every review of the site just written (in
 * its temporary folder `tmp`), decided by archive.h's rules before the
 * site is put in place, so a refusal leaves site and archive as they
 * were.  Returns PRR_EXIT_OK with *plan set, or an exit status. */
static int archive_prepare(prr_archive_plan **plan, const char *tmp,
			   const char *dir, bool force)
{
	prr_paths keys = { 0 };
	prr_buf err = PRR_BUF_INIT;
	prr_archive_stats st = { 0 };
	int rc = PRR_EXIT_OK;
	if (prr_archive_site_reviews(&keys, tmp, &err) < 0 ||
	    prr_archive_prepare(plan, &st, tmp, (const char *const *)keys.v,
				keys.n, dir, force, &err) < 0) {
		archive_errors(&err);
		rc = st.system ? PRR_EXIT_SYSTEM : PRR_EXIT_INPUT;
	}
	prr_paths_free(&keys);
	prr_buf_free(&err);
	return rc;
}

/* --archive DIR, second step, once the site is in place. */
static int archive_commit(prr_archive_plan *plan, const char *dir,
			  const prr_tpl_store *store)
{
	prr_buf err = PRR_BUF_INIT;
	prr_archive_stats st = { 0 };
	int rc = PRR_EXIT_OK;
	if (prr_archive_commit(plan, &st, store, &err) < 0) {
		archive_errors(&err);
		rc = PRR_EXIT_SYSTEM;
	} else {
		if (st.adopted)
			fprintf(stderr, "prr: build: archive: warning: '%s' had "
				"no MANIFEST (an archive of an older prr): its "
				"%zu dates checked clean and are now covered by "
				"'%s/MANIFEST'\n", dir, st.adopted, dir);
		if (prr_progress_enabled())
			fprintf(stderr, "prr: archive '%s': %zu added, %zu "
				"replaced, %zu unchanged\n", dir, st.added,
				st.replaced, st.unchanged);
	}
	prr_buf_free(&err);
	return rc;
}

static int run(const prr_args *a)
{
	const char *target = prr_arg(a, "output");
	const char *tdir = prr_arg(a, "templates");
	prr_view_opts vo = { prr_arg(a, "base-url"), NULL, NULL };
	prr_pipeline_opts in = { 0 };
	if (prr_repo_args(a, &in) < 0)
		return PRR_EXIT_USAGE;
	char date[16];
	if (!target || !*target)
		target = "site";
	if (vo.base_url && !prr_url_base_ok(vo.base_url))
		return prr_usage_error(a->cmd, "--base-url wants an http or https URL "
				       "without spaces, quotes or brackets, not '%s'",
				       vo.base_url);
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde && *sde) {
		if (build_date(date, sde) < 0)
			return prr_usage_error(a->cmd, "SOURCE_DATE_EPOCH must be a "
					       "number of seconds, not '%s'", sde);
		vo.build_date = date;
	}
	if (tdir && prr_is_dir(tdir) != 1)
		return prr_usage_error(a->cmd, "--templates '%s' is not a folder", tdir);

	prr_diags d = PRR_DIAGS_INIT;
	prr_pipeline pl = { 0 };
	prr_figures *f = NULL;
	prr_buf err = PRR_BUF_INIT;
	prr_tpl_env *env = NULL;
	prr_site site = { 0 };
	int rc = PRR_EXIT_INPUT;
	if (prr_pipeline_run(&pl, a->pos, a->n_pos, &in, &d) < 0)
		goto done;
	f = pl.figures;
	vo.repo = f->repo; /* the timeline shows commits per week with it */
	prr_tpl_store store = { { tdir } };
	env = prr_tpl_env_new(prr_tpl_store_loader, &store);
	const char *delay = getenv("PRR_TEST_BUILD_DELAY"); /* ms per file */
	site.delay_ms = delay ? strtol(delay, NULL, 10) : 0;
	if (prr_site_begin(&site, target, &err) < 0) {
		fprintf(stderr, "prr: build: %s\n", err.p);
		rc = PRR_EXIT_SYSTEM;
		goto done;
	}
	if (write_site(&site, f, &vo, env, &d, &err) < 0) {
		prr_site_abort(&site);
		if (err.n) {
			fprintf(stderr, "prr: build: %s\n", err.p);
			rc = PRR_EXIT_SYSTEM;
		}
		fprintf(stderr, "prr: build: failed; '%s' was left as it was\n", target);
		goto done;
	}
	size_t files = site.files, bytes = site.bytes;
	const char *adir = prr_arg(a, "archive");
	prr_archive_plan *plan = NULL;
	if (adir) {
		rc = archive_prepare(&plan, site.tmp, adir, prr_flag(a, "force"));
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
	rc = plan ? archive_commit(plan, adir, &store) : PRR_EXIT_OK;
done:
	prr_diags_print(&d, stderr);
	prr_tpl_env_free(env);
	prr_pipeline_free(&pl);
	prr_diags_free(&d);
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
	"the reviews), waves.html, timeline.html, history.html, data.json and\n"
	"badge.svg.  A review's pages depend only on the reviews up to its\n"
	"date, so they stay the same when later reviews are added.  Pages use\n"
	"relative links only and make no external request: the site works\n"
	"from file:// and under any sub-path.\n"
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
	"With --archive DIR, each review's pages (and the assets they use)\n"
	"are then copied into DIR/DATE/ with a SHA-256 MANIFEST, and\n"
	"DIR/index.html lists them (see 'prr help archive').  An archived\n"
	"date is never overwritten: the same content is left alone,\n"
	"different content exits 1 naming the date and the first differing\n"
	"file, unless --force.\n"
	"\n"
	"Exit: 0 ok, 1 bad input or template, 2 usage, 3 cannot write.\n",
	0, -1
};
