/* cmd_init.c - `prr init`: a new reviews folder, its prr.json explained,
 * and a first review to fill in. */
#include "prr/cli.h"
#include "prr/config.h"
#include "prr/draft.h"
#include "prr/escape.h"
#include "prr/fsutil.h"
#include "prr/json.h"
#include "prr/model.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const prr_option options[] = {
	{ "date", 0, "YYYY-MM-DD", "the first review's date (names its file)", false },
	{ "project", 0, "NAME", "the project's name, for prr.json", false },
	{ 0 }
};

/* JSON has no comments and prr.json refuses unknown keys: what each field
 * means is written beside it, in a file prr does not read as a review. */
static const char readme[] =
	"This folder holds the production readiness reviews of one project,\n"
	"one file per review, named by its date (2026-07-01.md) or stating it\n"
	"('**Date:** 2026-07-01').  prr reads every *.md, *.markdown and *.json\n"
	"file here as a review, so this note is a .txt file.\n"
	"\n"
	"prr.json configures the folder; every field is optional:\n"
	"\n"
	"  project     the project's name (else the reviews' 'Project:' field,\n"
	"              else this folder's name)\n"
	"  repo        the reviewed git repository, relative to this folder\n"
	"              (\"..\" when the folder sits at its top); prr verify, and\n"
	"              prr build/report/new with --repo, read its history\n"
	"  root        the project's folder inside that repository\n"
	"  components  each component's paths in the repository, as globs:\n"
	"              { \"API Gateway\": [\"services/gateway/**\"] }; prr verify\n"
	"              says which changed after a review, prr new --repo lists\n"
	"              their commits since the last one\n"
	"  thresholds  readiness (%) at or above which a review is \"ready\"\n"
	"              and \"partial\": { \"ready\": 80, \"partial\": 50 }\n"
	"  weights     weights of scored dimensions: { \"Security\": 2 }\n"
	"  gate        what prr gate fails on: min_readiness (%), min_score,\n"
	"              max_critical (open critical findings), no_regressions\n"
	"              (true: fail on a check worse than in the last review),\n"
	"              max_disagreements, min_verdict (\"partial\" or \"ready\":\n"
	"              fail when the review's own verdict says less)\n"
	"  waivers     checks or findings waived until a date, each with a\n"
	"              reason, an approver and \"expires\": see 'prr help gate'\n"
	"\n"
	"The first review is a template: replace every name in brackets, TBD\n"
	"and YYYY-MM-DD; until then prr notes that it looks like a template\n"
	"and states no figures from it.  Then:\n"
	"\n"
	"  prr check DIR                 every problem as FILE:LINE:COL\n"
	"  prr build DIR -o site         the static site\n"
	"  prr new DIR --date YYYY-MM-DD -o DIR/YYYY-MM-DD.md\n"
	"                                the next review, drafted from the last\n";

/* prr.json: the defaults written out, so each is there to change. */
static void config_json(prr_buf *b, const char *project)
{
	prr_jw w;
	prr_jw_init(&w, b, true);
	prr_jw_object(&w);
	if (project)
		prr_jw_kstr(&w, "project", project);
	prr_jw_kobject(&w, "components");
	prr_jw_end(&w);
	prr_jw_kobject(&w, "thresholds");
	prr_jw_kint(&w, "ready", (long long)PRR_DEFAULT_READY);
	prr_jw_kint(&w, "partial", (long long)PRR_DEFAULT_PARTIAL);
	prr_jw_end(&w);
	prr_jw_kobject(&w, "gate");
	prr_jw_kint(&w, "max_critical", 0);
	prr_jw_end(&w);
	prr_jw_end(&w);
	prr_jw_flush(&w);
	prr_buf_addc(b, '\n');
}

/* 1 if `dir` holds any entry, 0 if none, -1 when it cannot be read. */
static int dir_has_entries(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	int found = 0;
	struct dirent *e;
	while (!found && (e = readdir(d)))
		found = strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return found;
}

static int run(const prr_args *a)
{
	const prr_command *cmd = a->cmd;
	const char *dir = a->n_pos ? a->pos[0] : "reviews";
	const char *date = prr_arg(a, "date"), *project = prr_arg(a, "project");
	if (date && !prr_date_valid(date))
		return prr_usage_error(cmd, "--date '%s' is no date: give a day "
				       "that exists, as YYYY-MM-DD", date);
	if (project && !*project)
		return prr_usage_error(cmd, "--project needs a name");
	int is_dir = prr_is_dir(dir);
	if (is_dir == 0) {
		fprintf(stderr, "prr: init: '%s' exists and is not a folder\n", dir);
		return PRR_EXIT_INPUT;
	}
	if (is_dir == 1) {
		int full = dir_has_entries(dir);
		if (full != 0) {
			fprintf(stderr, "prr: init: '%s' %s; prr init writes only "
				"into a new or empty folder\n", dir,
				full < 0 ? "cannot be read" : "is not empty");
			return PRR_EXIT_INPUT;
		}
	}
	prr_buf json = PRR_BUF_INIT, review = PRR_BUF_INIT, err = PRR_BUF_INIT;
	config_json(&json, project);
	prr_draft_template(&review, date);
	char base[sizeof "YYYY-MM-DD.md"]; /* the review's file name */
	snprintf(base, sizeof base, "%s.md", date ? date : "review");
	struct { char *path; const char *data; size_t n; } files[] = {
		{ prr_path_join(dir, "prr.json"), json.p, json.n },
		{ prr_path_join(dir, "README.txt"), readme, sizeof readme - 1 },
		{ prr_path_join(dir, base), review.p, review.n },
	};
	size_t n_files = sizeof files / sizeof files[0], written = 0;
	int rc = PRR_EXIT_OK;
	bool made_dir = false;
	if (is_dir < 0) {
		if (mkdir(dir, 0777) < 0) {
			fprintf(stderr, "prr: init: cannot create '%s': %s\n", dir,
				strerror(errno));
			rc = errno == ENOENT || errno == ENOTDIR ? PRR_EXIT_INPUT
								 : PRR_EXIT_SYSTEM;
			goto done;
		}
		made_dir = true;
	}
	for (; written < n_files; written++)
		if (prr_write_file_atomic(files[written].path, files[written].data,
					  files[written].n, &err) < 0) {
			fprintf(stderr, "prr: init: %s\n", err.p);
			rc = PRR_EXIT_SYSTEM;
			break;
		}
	if (rc != PRR_EXIT_OK) {
		/* nothing half made: what was written goes, the folder too */
		while (written--)
			unlink(files[written].path);
		if (made_dir)
			rmdir(dir);
		goto done;
	}
	prr_buf line = PRR_BUF_INIT;
	for (size_t i = 0; i < n_files; i++) {
		prr_buf_reset(&line);
		prr_esc_term_line(&line, files[i].path);
		printf("wrote %s\n", line.p);
	}
	prr_buf_reset(&line);
	prr_esc_term_line(&line, dir);
	printf("next: fill in %s/%s, then 'prr check %s'%s\n", line.p, base,
	       line.p, date ? "" : " with --date YYYY-MM-DD (or rename the "
				   "file by its date)");
	prr_buf_free(&line);
done:
	for (size_t i = 0; i < n_files; i++)
		free(files[i].path);
	prr_buf_free(&json);
	prr_buf_free(&review);
	prr_buf_free(&err);
	return rc;
}

PRR_COMMAND(init) = { "init", run, options, 0, 1 };
