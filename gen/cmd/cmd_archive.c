/* cmd_archive.c - `prr archive [REVIEWS...] DIR`: freeze each review's
 * pages into a dated archive. */
#include "prr/archive.h"
#include "prr/cli.h"
#include "prr/figures.h"
#include "prr/fsutil.h"
#include "prr/tpl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_common.h"

static const prr_option options[] = {
	{ "review", 0, "DATE", "archive the review of this date only (repeatable; "
	  "default: every review)", true },
	{ "force", 'f', NULL, "replace archived dates whose content differs", false },
	CMD_PAGE_OPTIONS,
	PRR_REPO_OPTIONS,
	{ 0 }
};

/* 1 if a review of `f` is dated `date`. */
static bool has_review(const prr_figures *f, const char *date)
{
	for (size_t i = 0; i < f->n_projects; i++)
		for (size_t k = 0; k < f->projects[i].n; k++)
			if (strcmp(f->projects[i].reviews[k].review->date, date) == 0)
				return true;
	return false;
}

/* A built site given where the reviews are expected: what prr archive
 * read before it made the archived pages itself. */
static bool is_site(const char *path)
{
	char *marker = prr_path_join(path, PRR_SITE_MARKER);
	bool yes = prr_is_dir(path) == 1 && prr_is_dir(marker) == 0;
	free(marker);
	return yes;
}

static int run(const prr_args *a)
{
	const char *dir = a->pos[a->n_pos - 1];
	const char **dates = NULL;
	int n_dates = prr_arg_all(a, "review", &dates);
	prr_pipeline_opts in = { 0 };
	if (prr_repo_args(a, &in) < 0)
		return PRR_EXIT_USAGE;
	for (int i = 0; i < n_dates; i++)
		if (!prr_date_valid(dates[i]))
			return prr_usage_error(a->cmd, "--review wants a date "
					       "YYYY-MM-DD, not '%s'", dates[i]);
	for (int i = 0; i + 1 < a->n_pos; i++)
		if (is_site(a->pos[i]))
			return prr_usage_error(a->cmd, "'%s' is a site prr built; "
					       "prr archive reads the reviews and "
					       "makes their pages for the archive: "
					       "prr archive REVIEWS %s (or prr build "
					       "REVIEWS --archive %s)", a->pos[i],
					       dir, dir);
	cmd_pages c;
	prr_archive_plan *plan = NULL;
	int rc = cmd_pages_load(&c, a, a->pos, a->n_pos - 1, &in);
	for (int i = 0; rc == PRR_EXIT_OK && i < n_dates; i++)
		if (!has_review(c.fig.f, dates[i])) {
			fprintf(stderr, "prr: archive: no review is dated %s\n",
				dates[i]);
			rc = PRR_EXIT_INPUT;
		}
	if (rc == PRR_EXIT_OK)
		rc = cmd_archive_prepare(&plan, "archive", c.fig.f, &c.vo, c.env,
					 dates, (size_t)n_dates, dir,
					 prr_flag(a, "force"), &c.fig.d);
	if (rc == PRR_EXIT_OK)
		rc = cmd_archive_commit(plan, "archive", dir, &c.store, true);
	cmd_pages_free(&c);
	return rc;
}

PRR_COMMAND(archive) = { "archive", run, options, 1, -1 };
