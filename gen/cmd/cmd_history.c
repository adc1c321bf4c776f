/* cmd_history.c - `prr history`: commits, tags and changed paths. */
#include "prr/cli.h"
#include "prr/history.h"
#include "prr/json.h"
#include "prr/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const prr_option options[] = {
	{ "repo", 0, "DIR", "the repository (its working tree or git folder)" },
	{ "rev", 0, "REV", "start from REV instead of HEAD" },
	{ "since", 0, "DATE", "only commits committed on or after DATE (YYYY-MM-DD, UTC)" },
	{ "until", 0, "DATE", "only commits committed on or before DATE" },
	{ "paths", 0, NULL, "list the paths each commit changed" },
	{ "churn", 0, NULL, "count added and deleted lines (implies --paths)" },
	{ "format", 0, "FORMAT", "json (default) or text" },
	{ "cache", 0, "DIR", "keep per-commit results in DIR/history.cache" },
	{ "jobs", 'j', "N", "threads computing paths (default 2)" },
	{ "stats", 0, NULL, "print what the walk cost on stderr" },
	{ 0 }
};

typedef struct hist_out {
	prr_jw w;
	prr_buf buf;
	bool json;
	long long since, until; /* committer-time bounds, inclusive */
} hist_out;

static void text_commit(hist_out *h, const prr_commit *c, const char *when)
{
	prr_buf *b = &h->buf;
	prr_buf_addf(b, "%s %s %s <%s> %s", c->id, when, c->author, c->email,
		     c->summary);
	if (c->has_churn)
		prr_buf_addf(b, " (+%lld -%lld)", c->added, c->deleted);
	prr_buf_addc(b, '\n');
	for (size_t i = 0; i < c->n_paths; i++)
		prr_buf_addf(b, "    %s\n", c->paths[i]);
	if (b->n >= 65536) {
		fwrite(b->p, 1, b->n, stdout);
		prr_buf_reset(b);
	}
}

static int on_commit(const prr_commit *c, void *payload)
{
	hist_out *h = payload;
	if (c->ctime < h->since || c->ctime > h->until)
		return 0;
	char when[26], committed[26];
	prr_time_iso(when, c->time, c->tz);
	if (!h->json) {
		text_commit(h, c, when);
		return 0;
	}
	prr_jw *w = &h->w;
	prr_time_iso(committed, c->ctime, c->ctz);
	prr_jw_object(w);
	prr_jw_kstr(w, "id", c->id);
	prr_jw_karray(w, "parents");
	for (size_t i = 0; i < c->n_parents; i++)
		prr_jw_str(w, c->parents[i]);
	prr_jw_end(w);
	prr_jw_kstr(w, "author", c->author);
	prr_jw_kstr(w, "email", c->email);
	prr_jw_kstr(w, "time", when);
	prr_jw_kstr(w, "committed", committed);
	prr_jw_kstr(w, "summary", c->summary);
	if (c->has_paths) {
		prr_jw_karray(w, "paths");
		for (size_t i = 0; i < c->n_paths; i++)
			prr_jw_str(w, c->paths[i]);
		prr_jw_end(w);
	}
	if (c->has_churn) {
		prr_jw_kint(w, "added", c->added);
		prr_jw_kint(w, "deleted", c->deleted);
	}
	prr_jw_end(w);
	return 0;
}

static int parse_day(const prr_command *cmd, const char *opt, const char *s,
		     long long *out, bool end_of_day)
{
	if (!prr_date_valid(s))
		return prr_usage_error(cmd, "--%s needs a date YYYY-MM-DD, not '%s'",
				       opt, s);
	*out = (long long)prr_date_days(s) * 86400 + (end_of_day ? 86399 : 0);
	return 0;
}

static int run(const prr_args *a)
{
	extern const prr_command prr_cmd_history;
	const prr_command *cmd = &prr_cmd_history;
	const char *repo_path = prr_arg(a, "repo");
	const char *format = prr_arg(a, "format");
	const char *jobs = prr_arg(a, "jobs");
	prr_history_opts o = PRR_HISTORY_OPTS_INIT;
	hist_out h;
	memset(&h, 0, sizeof h);
	h.buf = (prr_buf)PRR_BUF_INIT;
	h.since = -(1LL << 62);
	h.until = 1LL << 62;
	if (!repo_path)
		return prr_usage_error(cmd, "--repo DIR is required");
	if (format && strcmp(format, "json") != 0 && strcmp(format, "text") != 0)
		return prr_usage_error(cmd, "--format must be json or text, not '%s'",
				       format);
	h.json = !format || strcmp(format, "json") == 0;
	if (prr_arg(a, "since") &&
	    parse_day(cmd, "since", prr_arg(a, "since"), &h.since, false))
		return PRR_EXIT_USAGE;
	if (prr_arg(a, "until") &&
	    parse_day(cmd, "until", prr_arg(a, "until"), &h.until, true))
		return PRR_EXIT_USAGE;
	if (jobs) {
		char *end;
		long j = strtol(jobs, &end, 10);
		if (*end || j < 1 || j > 8)
			return prr_usage_error(cmd, "--jobs takes 1 to 8, not '%s'",
					       jobs);
		o.workers = (int)j;
	}
	o.rev = prr_arg(a, "rev");
	o.churn = prr_flag(a, "churn");
	o.paths = prr_flag(a, "paths") || o.churn;
	o.cache_dir = prr_arg(a, "cache");
	o.progress = prr_progress_enabled();

	prr_buf err = PRR_BUF_INIT;
	prr_repo *repo = NULL;
	prr_tag *tags = NULL;
	size_t n_tags = 0;
	prr_history_stats st;
	int rc = PRR_EXIT_INPUT;
	if (prr_repo_open(&repo, repo_path, &err) < 0)
		goto done;
	prr_jw_init(&h.w, &h.buf, false);
	h.w.stream = stdout;
	if (h.json) {
		prr_jw_object(&h.w);
		prr_jw_karray(&h.w, "commits");
	}
	if (prr_history_walk(repo, &o, on_commit, &h, &st, &err) != 0)
		goto done;
	if (prr_repo_tags(repo, &tags, &n_tags, &err) < 0)
		goto done;
	if (h.json) {
		prr_jw_end(&h.w);
		prr_jw_karray(&h.w, "tags");
		for (size_t i = 0; i < n_tags; i++) {
			prr_jw_object(&h.w);
			prr_jw_kstr(&h.w, "name", tags[i].name);
			prr_jw_kstr(&h.w, "target", tags[i].target);
			prr_jw_end(&h.w);
		}
		prr_jw_end(&h.w);
		prr_jw_end(&h.w);
		prr_buf_addc(&h.buf, '\n');
	} else {
		for (size_t i = 0; i < n_tags; i++)
			prr_buf_addf(&h.buf, "tag %s %s\n", tags[i].name,
				     tags[i].target);
	}
	fwrite(h.buf.p, 1, h.buf.n, stdout);
	if (prr_flag(a, "stats"))
		fprintf(stderr,
			"prr: history: %zu commits, %zu from cache, %zu computed, "
			"%zu trees read, %zu blobs read, walked %s%s\n",
			st.commits, st.from_cache, st.computed, st.trees_read,
			st.blobs_read, st.walked ? "yes" : "no",
			st.cache_rebuilt ? ", cache rebuilt" : "");
	rc = PRR_EXIT_OK;
done:
	if (rc != PRR_EXIT_OK) {
		/* what was streamed is not the whole history: say so */
		fflush(stdout);
		fprintf(stderr, "prr: history: error: %s%s\n", err.p,
			repo && h.json ? " (the output above is incomplete)" : "");
	}
	prr_tags_free(tags, n_tags);
	prr_repo_free(repo);
	prr_buf_free(&h.buf);
	prr_buf_free(&err);
	return rc;
}

PRR_COMMAND(history) = { "history", run, options, 0, 0 };
