/* cmd_check.c - `prr check PATH…`: load and validate reviews. */
#include "prr/cli.h"
#include "prr/escape.h"
#include "prr/config.h"
#include "prr/fsutil.h"
#include "prr/json.h"
#include "prr/load.h"
#include "prr/reviews.h"

#include <stdio.h>
#include <string.h>

static const prr_option options[] = {
	{ "format", 0, "text|json", "how to print the summary (default text)", false },
	{ "quiet", 'q', NULL, "print problems only, no summary lines", false },
	PRR_OUTSIDE_OPTION,
	{ 0 }
};

static size_t count_checks(const prr_review *r)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_components; i++)
		n += r->components[i].n_checks;
	return n;
}

static size_t count_stories(const prr_review *r)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_waves; i++)
		n += r->waves[i].n_stories;
	return n;
}

/* The document's own figures that its content contradicts. */
static void audit_warnings(const prr_review *r, prr_diags *d)
{
	for (size_t i = 0; i < r->n_audit; i++) {
		const prr_claim *c = &r->audit[i];
		if (!c->agrees)
			prr_diag_add(d, PRR_DIAG_WARNING, r->source_file, NULL,
				     c->line, 0, "%s: stated %s, content gives %s",
				     c->claim, c->stated ? c->stated : "?",
				     c->computed ? c->computed : "?");
	}
}

static void summary_text(const char *file, const prr_review *r)
{
	prr_buf b = PRR_BUF_INIT;
	prr_esc_term_line(&b, file);
	prr_buf_addf(&b, ": ok: %s", r->date);
	if (r->title) {
		prr_buf_adds(&b, " \"");
		prr_esc_term_line(&b, r->title);
		prr_buf_addc(&b, '"');
	}
	fputs(b.p, stdout);
	prr_buf_free(&b);
	prr_buf c = PRR_BUF_INIT;
	prr_buf_adds(&c, ", ");
	prr_buf_count(&c, (long)r->n_components, "component", "components");
	prr_buf_adds(&c, ", ");
	prr_buf_count(&c, (long)count_checks(r), "check", "checks");
	prr_buf_adds(&c, ", ");
	prr_buf_count(&c, (long)r->n_waves, "wave", "waves");
	prr_buf_adds(&c, " (");
	prr_buf_count(&c, (long)count_stories(r), "story", "stories");
	prr_buf_adds(&c, "), ");
	prr_buf_count(&c, (long)r->n_findings, "finding", "findings");
	prr_buf_adds(&c, ", ");
	prr_buf_count(&c, (long)r->n_checklists, "checklist", "checklists");
	puts(c.p);
	prr_buf_free(&c);
}

static void summary_json(prr_jw *w, const char *file, const prr_review *r,
			 const prr_diags *d, size_t first_diag)
{
	prr_jw_object(w);
	prr_jw_kstr(w, "file", file);
	prr_jw_kbool(w, "ok", r != NULL);
	if (r) {
		prr_jw_kstr(w, "date", r->date);
		prr_jw_kstr_opt(w, "title", r->title);
		prr_jw_kint(w, "components", (long long)r->n_components);
		prr_jw_kint(w, "checks", (long long)count_checks(r));
		prr_jw_kint(w, "waves", (long long)r->n_waves);
		prr_jw_kint(w, "stories", (long long)count_stories(r));
		prr_jw_kint(w, "findings", (long long)r->n_findings);
		prr_jw_kint(w, "checklists", (long long)r->n_checklists);
	}
	prr_jw_karray(w, "problems");
	for (size_t i = first_diag; i < d->n; i++) {
		prr_jw_object(w);
		prr_jw_kstr(w, "severity", d->v[i].kind == PRR_DIAG_ERROR ? "error"
					   : d->v[i].kind == PRR_DIAG_WARNING ? "warning"
									    : "note");
		if (d->v[i].line > 0)
			prr_jw_kint(w, "line", d->v[i].line);
		if (d->v[i].col > 0)
			prr_jw_kint(w, "col", d->v[i].col);
		prr_jw_kstr(w, "message", d->v[i].message);
		prr_jw_end(w);
	}
	prr_jw_end(w);
	prr_jw_end(w);
}

static int run(const prr_args *a)
{
	const char *format = prr_arg(a, "format");
	bool json = format && strcmp(format, "json") == 0;
	if (format && !json && strcmp(format, "text") != 0)
		return prr_usage_error(a->cmd, "unknown format '%s' (text or json)",
				       format);
	bool quiet = prr_flag(a, "quiet");
	prr_diags d = PRR_DIAGS_INIT;
	prr_paths files = { 0 };
	size_t invalid = 0;
	prr_buf out = PRR_BUF_INIT;
	prr_jw w;
	prr_jw_init(&w, &out, true);
	w.stream = stdout;

	unsigned flags;
	const char *date;
	if (prr_read_args(a, &flags, &date) < 0)
		return PRR_EXIT_USAGE;
	prr_review_paths(a->pos, a->n_pos, flags, &files, &d);
	/* a folder's prr.json is part of what it holds */
	for (int i = 0; i < a->n_pos; i++) {
		prr_config *c = NULL;
		if (prr_is_dir(a->pos[i]) == 1)
			prr_config_load_dir(&c, a->pos[i], &d);
		prr_config_free(c);
	}
	prr_diags_sort(&d, 0);
	invalid += d.errors; /* folders that held nothing, bad prr.json */
	prr_diags_print(&d, stderr);
	if (json) {
		prr_jw_object(&w);
		prr_jw_karray(&w, "reviews");
	}
	for (size_t i = 0; i < files.n; i++) {
		prr_diags_clear(&d);
		prr_review *r = NULL;
		if (prr_review_load_dated(&r, files.v[i], date, &d) < 0)
			invalid++;
		else
			audit_warnings(r, &d);
		prr_diags_sort(&d, 0);
		prr_diags_print(&d, stderr);
		if (json)
			summary_json(&w, files.v[i], r, &d, 0);
		else if (r && !quiet)
			summary_text(files.v[i], r);
		prr_review_free(r);
	}
	if (json) {
		prr_jw_end(&w);
		prr_jw_kint(&w, "invalid", (long long)invalid);
		prr_jw_end(&w);
		prr_jw_flush(&w);
	} else if (!quiet) {
		printf("%zu review%s checked, %zu invalid\n", files.n,
		       prr_plural((long)files.n, "", "s"), invalid);
	}
	prr_buf_free(&out);
	prr_paths_free(&files);
	prr_diags_free(&d);
	return invalid ? PRR_EXIT_INPUT : PRR_EXIT_OK;
}

PRR_COMMAND(check) = { "check", run, options, 1, -1 };
