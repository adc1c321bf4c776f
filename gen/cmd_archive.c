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
	if (s->adopted)
		fprintf(stderr, "prr: archive: warning: '%s' had no MANIFEST (an "
			"archive of an older prr): its %zu dates checked clean "
			"against their own MANIFESTs and are now covered by "
			"'%s/MANIFEST'\n", dir, s->adopted, dir);
	fprintf(stderr, "prr: archive '%s': %zu added, %zu replaced, "
		"%zu unchanged\n", dir, s->added, s->replaced, s->unchanged);
}

/* Keeps the reviews of `found` whose date is one of `given` (each
 * project's, in a site of several); a date none has stays, as given, for
 * prr_archive_site to refuse by name. */
static void pick_dates(prr_paths *found, const char **given, size_t n)
{
	prr_paths keep = { 0 };
	for (size_t g = 0; g < n; g++) {
		size_t before = keep.n;
		for (size_t i = 0; i < found->n; i++) {
			const char *s = strchr(found->v[i], '/');
			if (strcmp(s ? s + 1 : found->v[i], given[g]) == 0)
				prr_paths_add(&keep, found->v[i]);
		}
		if (keep.n == before)
			prr_paths_add(&keep, given[g]);
	}
	prr_paths_free(found);
	*found = keep;
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
	if (prr_archive_site_reviews(&found, site, &err) < 0) {
		rc = PRR_EXIT_INPUT;
		goto done;
	}
	if (n_given == 0) {
		if (found.n == 0) {
			prr_buf_addf(&err, "no review folder (YYYY-MM-DD) in "
				     "'%s/reviews'", site);
			rc = PRR_EXIT_INPUT;
			goto done;
		}
	}
	if (n_given)
		pick_dates(&found, given, (size_t)n_given);
	const char *const *dates = (const char *const *)found.v;
	size_t n = found.n;
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
	"DIR/index.html, the list of archived reviews, and DIR/MANIFEST, the\n"
	"sums of each date's MANIFEST and of index.html.  In a site of\n"
	"several projects each project's reviews SITE/SLUG/reviews/DATE/ go\n"
	"to DIR/SLUG/DATE/.  `prr build --archive\n"
	"DIR` does the same after a build.\n"
	"\n"
	"An archived date is never overwritten: identical content is left\n"
	"alone; different content is an error naming the date and the first\n"
	"differing file (exit 1) unless --force.  An archive whose dates no\n"
	"longer agree with DIR/MANIFEST is refused (exit 1) before anything\n"
	"is written; an older prr's archive without DIR/MANIFEST is adopted\n"
	"when each date checks clean.  `prr verify-archive DIR`\n"
	"checks the archive against its manifests.\n"
	"\n"
	"exit status: 0 archived (or unchanged), 1 refused or bad input,\n"
	"2 bad usage, 3 cannot write", 2, 2 };
