/* cmd_archive.c - `prr archive SITE DIR`: freeze a built site's reviews. */
#include "prr/archive.h"
#include "prr/cli.h"
#include "prr/fsutil.h"

#include <stdio.h>
#include <string.h>

static const prr_option options[] = {
	{ "date", 'd', "DATE", "archive this review date only (repeatable; "
	  "default: every folder of SITE/reviews/)", true },
	{ "force", 'f', NULL, "replace archived dates whose content differs", false },
	{ "templates", 0, "DIR", "templates that override prr's own, by file name", false },
	{ 0 }
};

/* The summary line every archiving command prints (stderr: progress). */
static void print_stats(const prr_archive_stats *s, const char *dir)
{
	fprintf(stderr, "prr: archive '%s': %zu added, %zu replaced, "
		"%zu unchanged\n", dir, s->added, s->replaced, s->unchanged);
}

static int run(const prr_args *args)
{
	const char *site = args->pos[0], *dir = args->pos[1];
	const char **given = NULL;
	int n_given = prr_arg_all(args, "date", &given);
	prr_paths found = { 0 };
	prr_buf err = PRR_BUF_INIT;
	prr_archive_stats stats = { 0 };
	int rc = PRR_EXIT_OK;
	if (n_given == 0) {
		if (prr_archive_site_dates(&found, site, &err) < 0) {
			rc = PRR_EXIT_INPUT;
			goto done;
		}
		if (found.n == 0) {
			prr_buf_addf(&err, "no review folder (YYYY-MM-DD) in "
				     "'%s/reviews'", site);
			rc = PRR_EXIT_INPUT;
			goto done;
		}
	}
	const char *const *dates = n_given ? given : (const char *const *)found.v;
	size_t n = n_given ? (size_t)n_given : found.n;
	prr_tpl_store store = { { prr_arg(args, "templates") } };
	if (prr_archive_site(&stats, site, dates, n, dir, prr_flag(args, "force"),
			     &store, &err) < 0)
		rc = stats.system ? PRR_EXIT_SYSTEM : PRR_EXIT_INPUT;
	else
		print_stats(&stats, dir);
done:
	if (rc != PRR_EXIT_OK) {
		/* one "prr: archive: …" line per problem */
		for (char *p = err.p; *p;) {
			char *nl = strchr(p, '\n');
			if (nl)
				*nl = '\0';
			fprintf(stderr, "prr: archive: %s\n", p);
			p = nl ? nl + 1 : p + strlen(p);
		}
	}
	prr_paths_free(&found);
	prr_buf_free(&err);
	return rc;
}

PRR_COMMAND(archive) = { "archive", run, "SITE DIR [--date DATE]... [--force]",
	"copy a built site's reviews into a dated archive with SHA-256 sums",
	options,
	"Copies each review of the built site SITE (its folder\n"
	"SITE/reviews/DATE/ and the assets its pages use) into DIR/DATE/,\n"
	"with DIR/DATE/MANIFEST holding a SHA-256 per file, and rewrites\n"
	"DIR/index.html, the list of archived reviews.  `prr build --archive\n"
	"DIR` does the same after a build.\n"
	"\n"
	"An archived date is never overwritten: identical content is left\n"
	"alone; different content is an error naming the date and the first\n"
	"differing file (exit 1) unless --force.  `prr verify-archive DIR`\n"
	"checks the archive against its manifests.\n"
	"\n"
	"exit status: 0 archived (or unchanged), 1 refused or bad input,\n"
	"2 bad usage, 3 cannot write", 2, 2 };
