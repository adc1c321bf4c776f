/* cmd_verify.c - `prr verify`: evidence and claims against the repository. */
#include "cmd_common.h"

#include "prr/cli.h"
#include "prr/escape.h"
#include "prr/evidence.h"
#include "prr/fsutil.h"
#include "prr/json.h"
#include "prr/reviews.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const prr_option options[] = {
	{ "repo", 0, "DIR", "the reviewed repository (default: prr.json's repo)" },
	PRR_ROOT_OPTION,
	{ "format", 0, "FORMAT", "text (default) or json" },
	{ "cache", 0, "DIR", "history cache (default REVIEWS/.prr-cache)" },
	{ "no-cache", 0, NULL, "keep no history cache" },
	PRR_ALL_BRANCHES_OPTION,
	PRR_OUTSIDE_OPTION,
	{ 0 }
};

static void text_report(const prr_evreport *rep, prr_buf *b)
{
	for (size_t i = 0; i < rep->n_checks; i++) {
		const prr_evcheck *c = &rep->checks[i];
		prr_buf line = PRR_BUF_INIT; /* one line, whatever the review holds */
		prr_buf_addf(&line, "%s", rep->file ? rep->file : "?");
		if (c->line > 0)
			prr_buf_addf(&line, ":%d", c->line);
		prr_buf_addf(&line, ": %s: %s", prr_verdict_name(c->verdict), c->kind);
		if (c->owner)
			prr_buf_addf(&line, " (%s)", c->owner);
		prr_buf_addf(&line, ": %s", c->message);
		prr_esc_term(b, line.p, line.n, 1);
		prr_buf_addc(b, '\n');
		prr_buf_free(&line);
	}
}

static void json_report(const prr_evreport *rep, const prr_review *r,
			prr_jw *w)
{
	prr_jw_object(w);
	prr_jw_kstr(w, "file", rep->file);
	prr_jw_kstr_opt(w, "project", r->project);
	prr_jw_kstr(w, "date", rep->date);
	prr_jw_kstr(w, "commit", rep->commit);
	prr_jw_kstr(w, "commit_date", rep->commit_date);
	prr_jw_kstr(w, "rule", rep->rule);
	prr_jw_kstr_opt(w, "cutoff", rep->cutoff);
	if (rep->predates) {
		prr_jw_kbool(w, "predates", true);
		prr_jw_kstr(w, "history_first_commit", rep->first_commit);
		prr_jw_kstr(w, "history_first_date", rep->first_date);
	}
	for (int v = 0; v < 3; v++)
		prr_jw_kint(w, prr_verdict_name((prr_verdict)v),
			    (long long)rep->n_verdict[v]);
	prr_jw_karray(w, "checks");
	for (size_t i = 0; i < rep->n_checks; i++) {
		const prr_evcheck *c = &rep->checks[i];
		prr_jw_object(w);
		prr_jw_kstr(w, "kind", c->kind);
		prr_jw_kstr(w, "verdict", prr_verdict_name(c->verdict));
		prr_jw_kstr_opt(w, "owner", c->owner);
		prr_jw_kstr_opt(w, "subject", c->subject);
		prr_jw_kstr_opt(w, "resolved", c->resolved);
		prr_jw_kstr(w, "message", c->message);
		prr_jw_kline(w, c->line);
		prr_jw_kstr_opt(w, "commit", c->commit);
		prr_jw_kstr_opt(w, "date", c->date);
		prr_jw_kstr_opt(w, "first_commit", c->first_commit);
		prr_jw_kstr_opt(w, "first_date", c->first_date);
		prr_jw_kstr_opt(w, "author", c->author);
		prr_jw_kstr_opt(w, "summary", c->summary);
		if (c->count >= 0)
			prr_jw_kint(w, "count", c->count);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_end(w);
}

static int run(const prr_args *a)
{
	const prr_command *cmd = a->cmd;
	const char *format = prr_arg(a, "format");
	if (format && strcmp(format, "json") != 0 && strcmp(format, "text") != 0)
		return prr_usage_error(cmd, "--format must be text or json, not '%s'",
				       format);
	bool json = format && strcmp(format, "json") == 0;

	prr_diags d = PRR_DIAGS_INIT;
	prr_reviews set;
	prr_buf err = PRR_BUF_INIT, out = PRR_BUF_INIT;
	prr_repo *repo = NULL;
	char *cache = NULL;
	prr_evindex *index = NULL; /* reviews of one commit share it */
	int rc = PRR_EXIT_INPUT;
	size_t totals[3] = { 0, 0, 0 };
	unsigned flags;
	const char *date;
	if (prr_read_args(a, &flags, &date) < 0)
		return PRR_EXIT_USAGE;
	prr_load_opts lo = { flags, date, NULL, NULL };
	if (cmd_reviews_load(&set, a, &lo) < 0)
		goto done;
	const char *repo_path = prr_arg(a, "repo");
	if (!repo_path)
		repo_path = set.config ? set.config->repo : NULL;
	if (!repo_path) {
		rc = prr_usage_error(cmd, "--repo DIR is required (or \"repo\" "
				     "in prr.json)");
		goto done;
	}
	if (prr_repo_open(&repo, repo_path, &err) < 0)
		goto done;
	if (prr_arg(a, "cache"))
		cache = prr_xstrdup(prr_arg(a, "cache"));
	else if (!prr_flag(a, "no-cache") && set.dir) {
		cache = prr_reviews_cache_dir(set.dir, &d);
		prr_diags_print(&d, stderr);
		prr_diags_clear(&d);
	}
	index = prr_evindex_new();
	prr_evidence_opts o = { prr_arg(a, "root"), cache, prr_progress_enabled(),
				prr_flag(a, "all-branches"), index, &set.files };
	prr_jw w;
	prr_jw_init(&w, &out, true);
	if (json) {
		prr_jw_object(&w);
		prr_jw_karray(&w, "reviews");
	}
	for (size_t i = 0; i < set.n; i++) {
		prr_evreport rep;
		if (prr_evidence_check(&rep, repo, set.v[i], set.config, &o,
				       &err) < 0) {
			prr_evreport_free(&rep);
			goto done;
		}
		for (int v = 0; v < 3; v++)
			totals[v] += rep.n_verdict[v];
		if (json)
			json_report(&rep, set.v[i], &w);
		else
			text_report(&rep, &out);
		prr_evreport_free(&rep);
	}
	if (json) {
		prr_jw_end(&w);
		prr_jw_end(&w);
		prr_buf_addc(&out, '\n');
	} else {
		prr_buf_addf(&out, "%zu confirmed, %zu contradicted, %zu unverifiable\n",
			     totals[PRR_CONFIRMED], totals[PRR_CONTRADICTED],
			     totals[PRR_UNVERIFIABLE]);
	}
	fwrite(out.p, 1, out.n, stdout);
	rc = totals[PRR_CONTRADICTED] ? PRR_EXIT_INPUT : PRR_EXIT_OK;
done:
	if (err.n)
		fprintf(stderr, "prr: verify: error: %s\n", err.p);
	free(cache);
	prr_evindex_free(index);
	prr_repo_free(repo);
	prr_reviews_free(&set);
	prr_diags_free(&d);
	prr_buf_free(&err);
	prr_buf_free(&out);
	return rc;
}

PRR_COMMAND(verify) = { "verify", run, options, 0, -1 };
