/* cmd_common.c - what the commands share; see cmd_common.h. */
#include "cmd_common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "prr/fsutil.h"
#include "prr/mdhtml.h"

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

int cmd_view_opts(const prr_args *a, prr_view_opts *vo, char date[16])
{
	const char *tdir = prr_arg(a, "templates");
	vo->base_url = prr_arg(a, "base-url");
	if (vo->base_url && !prr_url_base_ok(vo->base_url))
		return prr_usage_error(a->cmd, "--base-url wants an http or https URL "
				       "without spaces, quotes or brackets, not '%s'",
				       vo->base_url);
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde && *sde) {
		if (build_date(date, sde) < 0)
			return prr_usage_error(a->cmd, "SOURCE_DATE_EPOCH must be a "
					       "number of seconds, not '%s'", sde);
		vo->build_date = date;
	}
	if (tdir && prr_is_dir(tdir) != 1)
		return prr_usage_error(a->cmd, "--templates '%s' is not a folder", tdir);
	return PRR_EXIT_OK;
}

int cmd_figures_load(cmd_figures *c, char *const *paths, int n,
		     const prr_pipeline_opts *in)
{
	memset(c, 0, sizeof *c); /* every part empty, as cmd_figures_free wants */
	if (prr_pipeline_run(&c->pl, paths, n, in, &c->d) < 0)
		return PRR_EXIT_INPUT;
	c->f = c->pl.figures;
	return PRR_EXIT_OK;
}

void cmd_figures_free(cmd_figures *c)
{
	prr_diags_print(&c->d, stderr);
	prr_pipeline_free(&c->pl);
	prr_diags_free(&c->d);
}

int cmd_reviews_load(prr_reviews *set, const prr_args *a,
		     const prr_load_opts *lo)
{
	char *reviews[] = { "reviews" };
	prr_diags d = PRR_DIAGS_INIT;
	int rc = a->n_pos ? prr_reviews_load(set, a->pos, a->n_pos, lo, &d)
			  : prr_reviews_load(set, reviews, 1, lo, &d);
	prr_diags_print(&d, stderr);
	prr_diags_free(&d);
	return rc;
}

int cmd_pages_load(cmd_pages *c, const prr_args *a, char *const *paths,
		   int n, const prr_pipeline_opts *in)
{
	memset(c, 0, sizeof *c); /* every part empty, as cmd_pages_free wants */
	int rc = cmd_view_opts(a, &c->vo, c->date);
	if (rc == PRR_EXIT_OK)
		rc = cmd_figures_load(&c->fig, paths, n, in);
	if (rc != PRR_EXIT_OK)
		return rc;
	c->vo.repo = c->fig.f->repo; /* the timeline shows commits per week with it */
	c->store = (prr_tpl_store){ { prr_arg(a, "templates") } };
	c->env = prr_tpl_env_new(prr_tpl_store_loader, &c->store);
	return PRR_EXIT_OK;
}

void cmd_pages_free(cmd_pages *c)
{
	prr_tpl_env_free(c->env);
	cmd_figures_free(&c->fig);
}

void cmd_print_lines(const char *who, const char *err)
{
	for (const char *p = err; p && *p;) {
		const char *nl = strchr(p, '\n');
		int len = nl ? (int)(nl - p) : (int)strlen(p);
		fprintf(stderr, "prr: %s: %.*s\n", who, len, p);
		p += len + (nl != NULL);
	}
}

int cmd_archive_prepare(prr_archive_plan **plan, const char *who,
			const prr_figures *f, const prr_view_opts *vo,
			prr_tpl_env *env, const char *const *dates, size_t n,
			const char *dir, bool force, prr_diags *d)
{
	prr_archive_set *set = prr_archive_set_new();
	prr_buf err = PRR_BUF_INIT;
	prr_archive_stats st = { 0 };
	int rc = PRR_EXIT_OK;
	if (prr_archive_collect(set, f, vo, env, dates, n, d, &err) < 0) {
		prr_archive_set_free(set);
		rc = err.n ? PRR_EXIT_SYSTEM : PRR_EXIT_INPUT;
	} else if (prr_archive_prepare(plan, &st, set, dir, force, &err) < 0) {
		rc = st.system ? PRR_EXIT_SYSTEM : PRR_EXIT_INPUT;
	}
	cmd_print_lines(who, err.p);
	prr_buf_free(&err);
	return rc;
}

int cmd_archive_commit(prr_archive_plan *plan, const char *who,
		       const char *dir, const prr_tpl_store *store,
		       bool always_summary)
{
	prr_buf err = PRR_BUF_INIT;
	prr_archive_stats st = { 0 };
	int rc = PRR_EXIT_OK;
	if (prr_archive_commit(plan, &st, store, &err) < 0) {
		cmd_print_lines(who, err.p);
		rc = PRR_EXIT_SYSTEM;
	} else {
		if (st.adopted)
			fprintf(stderr, "prr: %s: warning: '%s' had no MANIFEST (an "
				"archive of an older prr): its %zu dates checked "
				"clean against their own MANIFESTs and are now "
				"covered by '%s/MANIFEST'\n", who, dir, st.adopted,
				dir);
		if (always_summary || prr_progress_enabled())
			fprintf(stderr, "prr: archive '%s': %zu added, %zu "
				"replaced, %zu unchanged\n", dir, st.added,
				st.replaced, st.unchanged);
	}
	prr_buf_free(&err);
	return rc;
}
