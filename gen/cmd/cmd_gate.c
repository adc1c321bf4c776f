/* cmd_gate.c - `prr gate [REVIEWS]`: the CI step before a release. */
#include "cmd_common.h"

#include "prr/cli.h"
#include "prr/escape.h"
#include "prr/figures.h"
#include "prr/gate.h"
#include "prr/json.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const prr_option options[] = {
	{ "min-readiness", 0, "P", "fail below P % readiness (as shown: a whole percent, to a tenth near a threshold)", false },
	{ "min-score", 0, "X", "fail below a dimension score of X (of 10, as shown: tenths)", false },
	{ "max-critical", 0, "N", "fail with more than N open critical findings", false },
	{ "no-regressions", 0, NULL, "fail when anything regressed since the review before", false },
	{ "max-disagreements", 0, "N", "fail with more than N document-vs-prr disagreements", false },
	{ "min-verdict", 0, "LEVEL", "fail when the document's own verdict is below LEVEL (partial or ready)", false },
	{ "against", 0, "DATE", "regressions against the review of DATE", false },
	{ "format", 'f', "text|json|github", "what to print (default text)", false },
	PRR_REPO_OPTIONS,
	{ 0 }
};

/* Reads option `name` as a number in [lo, hi] into `*v` if given. */
static int num_opt(const prr_args *a, const char *name, double lo, double hi,
		   double *v)
{
	const char *s = prr_arg(a, name);
	if (!s)
		return 0;
	char *end;
	errno = 0;
	double x = strtod(s, &end);
	if (end == s || *end || errno || !(x >= lo && x <= hi))
		return prr_usage_error(a->cmd, "--%s wants a number from %g to %g, "
				       "not '%s'", name, lo, hi, s);
	*v = x;
	return 0;
}

static int gate_options(const prr_args *a, prr_gate *g)
{
	double crit = g->max_critical, dis = g->max_disagreements;
	if (num_opt(a, "min-readiness", 0, 100, &g->min_readiness) ||
	    num_opt(a, "min-score", 0, 10, &g->min_score) ||
	    num_opt(a, "max-critical", 0, 1e6, &crit) ||
	    num_opt(a, "max-disagreements", 0, 1e6, &dis))
		return PRR_EXIT_USAGE;
	if (crit != (int)crit || dis != (int)dis)
		return prr_usage_error(a->cmd, "--max-critical and "
				       "--max-disagreements want whole numbers");
	g->max_critical = (int)crit;
	g->max_disagreements = (int)dis;
	if (prr_flag(a, "no-regressions"))
		g->no_regressions = true;
	const char *verdict = prr_arg(a, "min-verdict");
	if (verdict) {
		int level = prr_level_parse(verdict);
		if (level != PRR_LEVEL_PARTIAL && level != PRR_LEVEL_READY)
			return prr_usage_error(a->cmd, "--min-verdict wants partial "
					       "or ready, not '%s'", verdict);
		g->min_verdict = (prr_level)level;
	}
	return 0;
}

/* 1 if an option sets a condition. */
static bool gate_options_given(const prr_args *a)
{
	static const char *const names[] = { "min-readiness", "min-score",
		"max-critical", "max-disagreements", "min-verdict" };
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (prr_arg(a, names[i]))
			return true;
	return prr_flag(a, "no-regressions");
}

/* The summary line every format ends with (github: a plain log line). */
static void summary(prr_buf *out, const prr_gate_report *r, const char *method)
{
	if (r->conditions == 0) {
		prr_buf_adds(out, "gate: no conditions set (prr.json \"gate\" or "
			     "options): passed\n");
		return;
	}
	int n = r->failed ? r->failed : r->conditions;
	prr_buf_addf(out, "gate: %s (%d condition%s", r->failed ? "failed" : "passed",
		     n, prr_plural((long)n, "", "s"));
	if (r->unchecked)
		prr_buf_addf(out, "; %d not wholly checked", r->unchecked);
	prr_buf_addf(out, "; method %s)\n", method);
}

/* "FILE:LINE: ", "line N: " or nothing. */
static void where(prr_buf *b, const prr_gate_item *it)
{
	if (it->file && it->line > 0)
		prr_buf_addf(b, "%s:%d: ", it->file, it->line);
	else if (it->line > 0)
		prr_buf_addf(b, "line %d: ", it->line);
}

/* "finding F-1 "No TLS": API" */
static void item_text(prr_buf *b, const prr_gate_item *it)
{
	prr_buf_addf(b, "%s ", it->kind);
	if (it->id)
		prr_buf_addf(b, "%s ", it->id);
	prr_buf_addf(b, "\"%s\"", it->name);
	if (it->detail)
		prr_buf_addf(b, ": %s", it->detail);
}

/* Appends `line` to `out` as one inert line of a terminal or CI log: a
 * line of review text that would begin "::" (a project named
 * "::error::x") is a workflow command to GitHub's runner, even after
 * spaces, so it begins with U+FFFD instead. */
static void put_line(prr_buf *out, const prr_buf *line)
{
	if (strncmp(line->p, "::", 2) == 0)
		prr_buf_adds(out, "\xEF\xBF\xBD");
	prr_esc_term(out, line->p, line->n, 1);
	prr_buf_addc(out, '\n');
}

/* Warnings go to stderr in every format ("prr: warning: …"): the
 * conditions', then the projects' (a verdict no condition looked at). */
static void warn(const prr_gate_report *r)
{
	prr_buf line = PRR_BUF_INIT, out = PRR_BUF_INIT;
	for (size_t i = 0; i < r->n; i++) {
		const prr_gate_result *g = &r->v[i];
		if (!g->warning)
			continue;
		prr_buf_reset(&line);
		prr_buf_addf(&line, "prr: warning: gate: %s %s: %s: %s", g->project,
			     g->date, prr_gate_cond_name(g->cond), g->warning);
		put_line(&out, &line);
	}
	for (size_t p = 0; p < r->n_projects; p++) {
		const prr_gate_project *pj = &r->projects[p];
		if (!pj->warning)
			continue;
		prr_buf_reset(&line);
		prr_buf_addf(&line, "prr: warning: gate: %s %s: ", pj->project, pj->date);
		where(&line, &pj->verdict);
		prr_buf_adds(&line, pj->warning);
		put_line(&out, &line);
	}
	fputs(out.p, stderr);
	prr_buf_free(&line);
	prr_buf_free(&out);
}

/*** Formats ***/

/* A line per item that fails `g`: `indent`, FILE:LINE, what it is. */
static void put_items(prr_buf *out, prr_buf *line, const prr_gate_result *g,
		      const char *indent)
{
	for (size_t k = 0; k < g->n_items; k++) {
		prr_buf_reset(line);
		prr_buf_adds(line, indent);
		where(line, &g->items[k]);
		item_text(line, &g->items[k]);
		put_line(out, line);
	}
}

static void write_text(prr_buf *out, const prr_gate_report *r)
{
	prr_buf line = PRR_BUF_INIT;
	for (size_t i = 0; i < r->n; i++) {
		const prr_gate_result *g = &r->v[i];
		if (g->passed)
			continue;
		prr_buf_reset(&line);
		prr_buf_addf(&line, "%s %s: %s", g->project, g->date, g->message);
		put_line(out, &line);
		put_items(out, &line, g, "  ");
	}
	prr_buf_free(&line);
}

/* Several projects: "projects", one summary each (the conditions stay one
 * list, each naming its project, as for one project). */
static void json_projects(prr_jw *w, const prr_gate_report *r,
			  const char *const *from)
{
	prr_jw_karray(w, "projects");
	for (size_t p = 0; p < r->n_projects; p++) {
		const prr_gate_project *pj = &r->projects[p];
		prr_jw_object(w);
		prr_jw_kstr(w, "project", pj->project);
		prr_jw_kstr(w, "review", pj->date);
		prr_jw_kbool(w, "passed", pj->failed == 0);
		prr_jw_kint(w, "conditions", pj->conditions);
		prr_jw_kint(w, "failed", pj->failed);
		prr_jw_kint(w, "unchecked", pj->unchecked);
		prr_jw_kstr(w, "gate_from", from[p]);
		prr_jw_end(w);
	}
	prr_jw_end(w);
}

/* {"kind", "id", "name", "detail", "file", "line"} */
static void json_item(prr_jw *w, const prr_gate_item *it)
{
	prr_jw_object(w);
	prr_jw_kstr(w, "kind", it->kind);
	prr_jw_kstr(w, "id", it->id);
	prr_jw_kstr(w, "name", it->name);
	prr_jw_kstr(w, "detail", it->detail);
	prr_jw_kstr(w, "file", it->file);
	prr_jw_key(w, "line");
	if (it->line > 0)
		prr_jw_int(w, it->line);
	else
		prr_jw_null(w);
	prr_jw_end(w);
}

/* "warnings", when a project has one: the document says not ready and no
 * condition looked at its verdict. */
static void json_warnings(prr_jw *w, const prr_gate_report *r)
{
	if (r->warnings == 0)
		return;
	prr_jw_karray(w, "warnings");
	for (size_t p = 0; p < r->n_projects; p++) {
		const prr_gate_project *pj = &r->projects[p];
		if (!pj->warning)
			continue;
		prr_jw_object(w);
		prr_jw_kstr(w, "project", pj->project);
		prr_jw_kstr(w, "review", pj->date);
		prr_jw_kstr(w, "warning", pj->warning);
		prr_jw_karray(w, "items");
		json_item(w, &pj->verdict);
		prr_jw_end(w);
		prr_jw_end(w);
	}
	prr_jw_end(w);
}

static void write_json(prr_buf *out, const prr_gate_report *r, const char *method,
		       const char *const *from)
{
	prr_jw w;
	prr_jw_init(&w, out, true);
	prr_jw_object(&w);
	prr_jw_kstr(&w, "method", method);
	prr_jw_kbool(&w, "passed", r->failed == 0);
	prr_jw_kint(&w, "failed", r->failed);
	prr_jw_kint(&w, "unchecked", r->unchecked);
	if (r->n_projects > 1)
		json_projects(&w, r, from);
	prr_jw_karray(&w, "conditions");
	for (size_t i = 0; i < r->n; i++) {
		const prr_gate_result *g = &r->v[i];
		prr_jw_object(&w);
		prr_jw_kstr(&w, "condition", prr_gate_cond_name(g->cond));
		prr_jw_kstr(&w, "project", g->project);
		prr_jw_kstr(&w, "review", g->date);
		prr_jw_knum(&w, "value", g->value);
		prr_jw_knum(&w, "exact", g->exact);
		prr_jw_knum(&w, "limit", g->limit);
		prr_jw_kbool(&w, "passed", g->passed);
		prr_jw_kbool(&w, "checked", g->checked);
		prr_jw_kstr(&w, "message", g->message);
		prr_jw_kstr(&w, "warning", g->warning);
		prr_jw_karray(&w, "items");
		for (size_t k = 0; k < g->n_items; k++)
			json_item(&w, &g->items[k]);
		prr_jw_end(&w);
		prr_jw_end(&w);
	}
	prr_jw_end(&w);
	json_warnings(&w, r);
	prr_jw_end(&w);
	prr_buf_addc(out, '\n');
}

/*
 * A GitHub Actions workflow command's text: '%', CR and LF as %25, %0D,
 * %0A; in a property (`prop`) ':' and ',' too, as the runner decodes them.
 * The text was made inert (prr_esc_term) first.
 */
static void gh_escape(prr_buf *out, const char *s, bool prop)
{
	prr_buf inert = PRR_BUF_INIT;
	prr_esc_term(&inert, s, strlen(s), 1);
	for (const char *p = inert.p; *p; p++) {
		if (*p == '%')
			prr_buf_adds(out, "%25");
		else if (prop && *p == ':')
			prr_buf_adds(out, "%3A");
		else if (prop && *p == ',')
			prr_buf_adds(out, "%2C");
		else
			prr_buf_addc(out, *p);
	}
	prr_buf_free(&inert);
}

/* ::LEVEL [file=F,line=L,]title=T::MESSAGE */
static void gh_command(prr_buf *out, const char *level, const char *file,
		       int line, const char *title, const char *message)
{
	prr_buf_addf(out, "::%s ", level);
	if (file && line > 0) {
		prr_buf_adds(out, "file=");
		gh_escape(out, file, true);
		prr_buf_addf(out, ",line=%d,", line);
	}
	prr_buf_adds(out, "title=");
	gh_escape(out, title, true);
	prr_buf_adds(out, "::");
	gh_escape(out, message, false);
	prr_buf_addc(out, '\n');
}

/* The annotations of result `g` under `title`. */
static void gh_result(prr_buf *out, const prr_gate_result *g, const char *title,
		      prr_buf *msg)
{
	if (g->warning) {
		prr_buf_reset(msg);
		prr_buf_addf(msg, "%s %s: %s", g->project, g->date, g->warning);
		gh_command(out, "warning", NULL, 0, title, msg->p);
	}
	if (g->passed)
		return;
	if (g->n_items == 0) {
		prr_buf_reset(msg);
		prr_buf_addf(msg, "%s %s: %s", g->project, g->date, g->message);
		gh_command(out, "error", NULL, 0, title, msg->p);
	}
	for (size_t k = 0; k < g->n_items; k++) {
		prr_buf_reset(msg);
		prr_buf_addf(msg, "%s %s: %s: ", g->project, g->date, g->message);
		item_text(msg, &g->items[k]);
		gh_command(out, "error", g->items[k].file, g->items[k].line,
			   title, msg->p);
	}
}

/*** Several projects: a block each ***/

/* "1 of 2 conditions failed; conditions of org/alpha/prr.json and the
 * options": where a project's conditions come from. */
static void conditions_from(prr_buf *b, const prr_gate_project *pj,
			    const char *from, bool by_options)
{
	if (pj->conditions == 0) {
		prr_buf_adds(b, "no conditions set (its prr.json \"gate\" or options)");
		return;
	}
	if (pj->failed)
		prr_buf_addf(b, "%d of %d condition%s failed", pj->failed,
			     pj->conditions, prr_plural((long)pj->conditions, "", "s"));
	else
		prr_buf_addf(b, "%d condition%s", pj->conditions,
			     prr_plural((long)pj->conditions, "", "s"));
	if (from)
		prr_buf_addf(b, "; conditions of %s%s", from, by_options ? " and the options" : "");
	else if (by_options)
		prr_buf_adds(b, "; conditions of the options");
}

/* "Alpha 2026-02-05: failed (1 of 2 conditions failed; conditions of …)" */
static void project_line(prr_buf *out, const prr_gate_project *pj,
			 const char *from, bool by_options)
{
	prr_buf line = PRR_BUF_INIT;
	prr_buf_addf(&line, "%s %s: %s (", pj->project, pj->date,
		     pj->failed ? "failed" : "passed");
	conditions_from(&line, pj, from, by_options);
	prr_buf_addc(&line, ')');
	put_line(out, &line);
	prr_buf_free(&line);
}

/* One block per project: its line, then each condition, passed or
 * failed, and under a failed one what fails it. */
static void write_text_projects(prr_buf *out, const prr_gate_report *r,
				const char *const *from, bool by_options)
{
	prr_buf line = PRR_BUF_INIT;
	for (size_t p = 0; p < r->n_projects; p++) {
		const prr_gate_project *pj = &r->projects[p];
		project_line(out, pj, from[p], by_options);
		for (size_t i = pj->first; i < pj->first + pj->n; i++) {
			const prr_gate_result *g = &r->v[i];
			prr_buf_reset(&line);
			prr_buf_addf(&line, "  %s %s: %s", g->passed ? "passed" : "FAILED",
				     prr_gate_cond_name(g->cond), g->message);
			put_line(out, &line);
			put_items(out, &line, g, "    ");
		}
	}
	prr_buf_free(&line);
}

static void summary_projects(prr_buf *out, const prr_gate_report *r,
			     const char *method)
{
	size_t n = r->n_projects;
	if (r->conditions == 0) {
		prr_buf_addf(out, "gate: no conditions set for any of the %zu "
			     "projects (prr.json \"gate\" or options): passed\n", n);
		return;
	}
	if (r->projects_failed)
		prr_buf_addf(out, "gate: failed (%d of %zu projects failed",
			     r->projects_failed, n);
	else
		prr_buf_addf(out, "gate: passed (%zu projects", n);
	prr_buf_addf(out, "; %d condition%s", r->conditions, prr_plural((long)r->conditions, "", "s"));
	if (r->unchecked)
		prr_buf_addf(out, "; %d not wholly checked", r->unchecked);
	prr_buf_addf(out, "; method %s)\n", method);
}

/* A project without conditions among projects with some would pass
 * unseen: said on stderr. */
static void warn_unset(const prr_gate_report *r)
{
	if (r->n_projects < 2 || r->conditions == 0)
		return;
	prr_buf line = PRR_BUF_INIT, out = PRR_BUF_INIT;
	for (size_t p = 0; p < r->n_projects; p++) {
		if (r->projects[p].conditions)
			continue;
		prr_buf_reset(&line);
		prr_buf_addf(&line, "prr: warning: gate: %s %s: no conditions set "
			     "(its prr.json \"gate\" or options): it passes unchecked",
			     r->projects[p].project, r->projects[p].date);
		put_line(&out, &line);
	}
	fputs(out.p, stderr);
	prr_buf_free(&line);
	prr_buf_free(&out);
}

/* An annotation's title: "prr gate: [PROJECT: ]WHAT". */
static void gh_title(prr_buf *title, const char *project, const char *what)
{
	prr_buf_reset(title);
	prr_buf_adds(title, "prr gate: ");
	if (project)
		prr_buf_addf(title, "%s: ", project);
	prr_buf_adds(title, what);
}

/* One ::error per item that fails a condition (at its file and line where
 * known), or one for the condition when nothing is named; a ::warning per
 * condition not wholly checked, and one at the verdict a project's
 * document states not ready when no condition looked at it.  Of several
 * projects, each title names its project and each project's line comes
 * before its annotations. */
static void write_github(prr_buf *out, const prr_gate_report *r,
			 const char *const *from, bool by_options)
{
	prr_buf title = PRR_BUF_INIT, msg = PRR_BUF_INIT;
	bool several = r->n_projects > 1;
	for (size_t p = 0; p < r->n_projects; p++) {
		const prr_gate_project *pj = &r->projects[p];
		if (several)
			project_line(out, pj, from[p], by_options);
		for (size_t i = pj->first; i < pj->first + pj->n; i++) {
			const prr_gate_result *g = &r->v[i];
			gh_title(&title, several ? g->project : NULL,
				 prr_gate_cond_name(g->cond));
			gh_result(out, g, title.p, &msg);
		}
		if (pj->warning) {
			gh_title(&title, several ? pj->project : NULL, "verdict");
			prr_buf_reset(&msg);
			prr_buf_addf(&msg, "%s %s: %s", pj->project, pj->date, pj->warning);
			gh_command(out, "warning", pj->verdict.file, pj->verdict.line,
				   title.p, msg.p);
		}
	}
	prr_buf_free(&title);
	prr_buf_free(&msg);
}

/* Project `i`'s prr.json: its own, else that of the folder given. */
static const prr_config *project_config(const prr_pipeline *pl, size_t i)
{
	const prr_project_figs *p = &pl->figures->projects[i];
	return p->config ? p->config : pl->set.config;
}

static int run(const prr_args *a)
{
	const char *format = prr_arg(a, "format");
	if (format && strcmp(format, "text") && strcmp(format, "json") &&
	    strcmp(format, "github"))
		return prr_usage_error(a->cmd, "unknown format '%s' (text, json "
				       "or github)", format);
	prr_pipeline_opts in = { 0 };
	if (prr_repo_args(a, &in) < 0)
		return PRR_EXIT_USAGE;
	cmd_figures c;
	prr_buf out = PRR_BUF_INIT;
	prr_gate_report r = { 0 };
	prr_gate *conds = NULL;
	int rc = cmd_figures_load(&c, a->pos, a->n_pos, &in);
	if (rc != PRR_EXIT_OK)
		goto done;
	const prr_figures *f = c.f;
	/* each project's conditions: its prr.json's, the options over them */
	prr_gate scratch = c.pl.set.config->gate;
	if ((rc = gate_options(a, &scratch)) != 0)
		goto done;
	bool by_options = gate_options_given(a);
	conds = prr_xcalloc(f->n_projects + 1, sizeof *conds);
	for (size_t i = 0; i < f->n_projects; i++) {
		conds[i] = project_config(&c.pl, i)->gate;
		gate_options(a, &conds[i]);
	}
	prr_diags_print(&c.d, stderr); /* the loader's warnings before the gate's */
	prr_diags_clear(&c.d);
	prr_gate_run(&r, f, &c.pl.set, conds);
	/* where the conditions of each project the report has (each with a
	 * latest review) come from */
	const char **pfrom = prr_xcalloc(r.n_projects + 1, sizeof *pfrom);
	for (size_t p = 0; p < r.n_projects; p++)
		pfrom[p] = project_config(&c.pl, r.projects[p].figs)->gate_from;
	warn(&r);
	warn_unset(&r);
	bool several = r.n_projects > 1;
	if (format && strcmp(format, "json") == 0) {
		write_json(&out, &r, f->method, pfrom);
	} else {
		if (format && strcmp(format, "github") == 0)
			write_github(&out, &r, pfrom, by_options);
		else if (several)
			write_text_projects(&out, &r, pfrom, by_options);
		else
			write_text(&out, &r);
		if (several)
			summary_projects(&out, &r, f->method);
		else
			summary(&out, &r, f->method);
	}
	free(pfrom);
	rc = r.failed ? PRR_EXIT_INPUT : PRR_EXIT_OK;
	if (prr_write_stdout(&out) != PRR_EXIT_OK)
		rc = PRR_EXIT_SYSTEM;
done:
	free(conds);
	prr_gate_report_free(&r);
	cmd_figures_free(&c);
	prr_buf_free(&out);
	return rc;
}

PRR_COMMAND(gate) = { "gate", run, options, 0, -1 };
