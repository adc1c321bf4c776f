/* cmd_report.c - `prr report [REVIEWS]`: every computed figure, as JSON or
 * as a terminal summary.  A format is one entry of `formats` below. */
#include "cmd_common.h"

#include "prr/cli.h"
#include "prr/escape.h"
#include "prr/figures_json.h"
#include "prr/fsutil.h"
#include "prr/json.h"
#include "prr/mdhtml.h"
#include "prr/report.h"
#include "prr/tpl.h"

#include <stdio.h>
#include <string.h>

static const prr_option options[] = {
	{ "format", 'f', "text|md|json", "what to print (default text)", false },
	{ "against", 0, "DATE", "compare the latest review with the one of DATE", false },
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of stdout", false },
	{ "base-url", 0, "URL", "md: link to the review's page of the site published there", false },
	{ "templates", 't', "DIR", "md: templates in DIR replace prr's own", false },
	{ "project", 0, "NAME", "only the project NAME (of several)", false },
	PRR_REPO_OPTIONS,
	{ 0 }
};

/*** Text ***/

static void pct(prr_buf *b, double v)
{
	if (prr_has(v))
		prr_buf_addf(b, "%.1f%%", v);
	else
		prr_buf_adds(b, "n/a");
}

static const char *level_text(prr_level l)
{
	return l == PRR_LEVEL_UNKNOWN ? "unknown" : prr_level_name(l);
}

static void text_counts(prr_buf *b, const prr_tally *t)
{
	prr_buf_addf(b, "%d pass, %d partial, %d fail, %d pending of %d applicable",
		     t->pass, t->partial, t->fail, t->pending,
		     prr_tally_applicable(t));
	if (t->na || t->unknown)
		prr_buf_addf(b, "; %d n/a, %d unknown", t->na, t->unknown);
	if (t->waived)
		prr_buf_addf(b, "; %d waived", t->waived);
}

/* "; stated: Overall 7/10, Confidence 4.5-5/10": the overall scores the
 * document states, as written. */
static void text_stated(prr_buf *b, const prr_review *r)
{
	for (size_t i = 0; i < r->n_scores; i++) {
		const prr_score *sc = &r->scores[i];
		prr_buf_adds(b, i ? ", " : "; stated: ");
		prr_esc_term_line(b, sc->label ? sc->label : "");
		if (!prr_has(sc->value) && sc->grade) { /* a grade alone: "B+" */
			prr_buf_addc(b, ' ');
			prr_esc_term_line(b, sc->grade);
			continue;
		}
		prr_buf_addf(b, " %g", sc->value);
		if (prr_has(sc->high))
			prr_buf_addf(b, "-%g", sc->high);
		if (prr_has(sc->max))
			prr_buf_addf(b, "/%g", sc->max);
	}
}

static void text_scorecard(prr_buf *b, const prr_scorecard *s)
{
	if (s->n_comps == 0) {
		prr_buf_adds(b, "  readiness: no component checks\n");
	} else {
		prr_buf_adds(b, "  readiness ");
		pct(b, s->readiness);
		prr_buf_addf(b, " (%s): ", level_text(s->level));
		text_counts(b, &s->tally);
		prr_buf_addc(b, '\n');
	}
	if (prr_tally_applicable(&s->stated) > 0) {
		/* what the document states of its components, beside */
		prr_buf_adds(b, "  components as stated: ");
		text_counts(b, &s->stated);
		prr_buf_addc(b, '\n');
	}
	if (s->tally.tests_total > 0)
		prr_buf_addf(b, "  tests %ld/%ld passing\n", s->tally.tests_passed,
			     s->tally.tests_total);
	if (prr_has(s->dims.value)) {
		prr_buf_addf(b, "  dimension score %.2f", s->dims.value);
		if (s->dims.high != s->dims.value)
			prr_buf_addf(b, "-%.2f", s->dims.high);
		prr_buf_addf(b, "/10 over %zu dimensions", s->dims.n);
		text_stated(b, s->review);
		prr_buf_addc(b, '\n');
	} else if (s->review->n_scores > 0) {
		/* the document's scores, never left out for want of prr's */
		prr_buf_adds(b, "  no dimension score");
		text_stated(b, s->review);
		prr_buf_addc(b, '\n');
	}
	for (size_t i = 0; i < s->n_comps; i++) {
		const prr_compfig *c = &s->comps[i];
		size_t at = b->n;
		prr_buf_adds(b, "    ");
		prr_esc_term_line(b, c->name ? c->name : "?");
		while (b->n < at + 4 + 28) /* the names' column, in bytes */
			prr_buf_addc(b, ' ');
		prr_buf_addc(b, ' ');
		pct(b, c->readiness);
		prr_buf_addf(b, "  %s", level_text(c->level));
		if (c->stated != PRR_LEVEL_UNKNOWN)
			prr_buf_addf(b, " (stated: %s)", level_text(c->stated));
		prr_buf_addc(b, '\n');
	}
	for (size_t i = 0; i < s->n_lists; i++) {
		prr_buf_adds(b, "  checklist \"");
		prr_esc_term_line(b, s->lists[i].list->title);
		prr_buf_addf(b, "\": %d/%d done\n", s->lists[i].done,
			     s->lists[i].total);
	}
	prr_buf_addf(b, "  findings: %d open (%d critical, %d high)",
		     s->findings_open, s->findings[PRR_SEV_CRITICAL],
		     s->findings[PRR_SEV_HIGH]);
	if (s->findings_waived)
		prr_buf_addf(b, ", %d waived", s->findings_waived);
	if (s->n_blockers == 0 && prr_score_verdict_unlisted(s)) {
		prr_buf_adds(b, "; no blockers listed, but the verdict reads \"");
		prr_esc_term_line(b, s->review->status_text);
		prr_buf_adds(b, "\"\n");
	} else {
		prr_buf_addf(b, "; %zu blocker%s\n", s->n_blockers,
			     prr_plural((long)s->n_blockers, "", "s"));
	}
	for (size_t i = 0; i < s->n_waived; i++) {
		const prr_waived *w = &s->waived[i];
		prr_buf_addf(b, "  %s waiver: ",
			     w->state == PRR_WAIVER_ACTIVE ? "waived" : "EXPIRED");
		if (w->component) {
			prr_esc_term_line(b, w->component);
			prr_buf_adds(b, " / ");
			prr_esc_term_line(b, w->category);
		} else {
			prr_buf_adds(b, "finding \"");
			prr_esc_term_line(b, w->finding);
			prr_buf_adds(b, "\"");
		}
		prr_buf_adds(b, " until ");
		prr_esc_term_line(b, w->waiver->expires ? w->waiver->expires : "-");
		prr_buf_adds(b, " (");
		prr_esc_term_line(b, w->waiver->approver ? w->waiver->approver
							: "no approver");
		prr_buf_adds(b, ")\n");
	}
}

static void text_plan(prr_buf *b, const prr_plan *p)
{
	if (p->n_waves == 0)
		return;
	const prr_planrow *t = &p->planned;
	prr_buf_adds(b, "  plan: ");
	prr_buf_count(b, t->stories, "story", "stories");
	prr_buf_addf(b, ", %g %s planned; delivered %g (", t->points,
		     t->points == 1 ? "point" : "points", t->delivered);
	pct(b, t->strict);
	prr_buf_addf(b, "), with half credit for %g partial: ", t->partial);
	pct(b, t->half);
	prr_buf_addc(b, '\n');
	if (p->unplanned_waves)
		prr_buf_addf(b, "  scope growth: +%d %s, +%d %s\n",
			     p->unplanned_waves,
			     prr_plural(p->unplanned_waves, "wave", "waves"),
			     p->unplanned.stories,
			     prr_plural(p->unplanned.stories, "story", "stories"));
	for (size_t i = 0; i < p->n_claims; i++)
		if (prr_has(p->claims[i].stated_percent))
		{
			prr_buf_adds(b, "  stated \"");
			prr_esc_term_line(b, p->claims[i].stated);
			prr_buf_addf(b, "\": %s\n",
				     p->claims[i].agrees_strict || p->claims[i].agrees_half
				     ? "agrees" : "disagrees with the computed figures");
		}
}

static void text_delta(prr_buf *b, const prr_delta *d)
{
	prr_buf_addf(b, "  since %s: %d improved, %d regressed, %zu findings "
		     "opened, %zu closed\n", d->before, d->improved, d->regressed,
		     d->n_opened, d->n_closed);
	for (size_t i = 0; i < d->n; i++) {
		const prr_deltarow *r = &d->rows[i];
		if (r->change != PRR_REGRESSED && r->change != PRR_IMPROVED)
			continue;
		prr_buf_addf(b, "    %s %s", prr_change_name(r->change), r->kind);
		if (strcmp(r->kind, r->name) != 0) {
			prr_buf_addc(b, ' ');
			prr_esc_term_line(b, r->name);
		}
		prr_buf_adds(b, ": ");
		if (r->before_text)
			prr_buf_addf(b, "%s -> %s\n", r->before_text, r->after_text);
		else
			prr_buf_addf(b, "%.4g -> %.4g\n", r->before, r->after);
	}
}

static int write_text(const prr_figures *f, const prr_args *a, prr_buf *out)
{
	(void)a;
	prr_buf_addf(out, "method %s\n", f->method);
	for (size_t i = 0; i < f->n_projects; i++) {
		const prr_project_figs *p = &f->projects[i];
		const prr_revfig *r = prr_figures_latest(p);
		prr_esc_term_line(out, p->project ? p->project : "(no project)");
		prr_buf_addf(out, ": %zu review%s, latest %s\n", p->n,
			     prr_plural((long)p->n, "", "s"), r->review->date);
		/* the document's own verdict first, as every page shows it */
		if (r->review->level != PRR_LEVEL_UNKNOWN) {
			prr_buf_addf(out, "  document's verdict: %s",
				     level_text(r->review->level));
			if (r->review->status_text) {
				prr_buf_adds(out, " (\"");
				prr_esc_term_line(out, r->review->status_text);
				prr_buf_adds(out, "\")");
			}
			prr_buf_addc(out, '\n');
		}
		text_scorecard(out, &r->score);
		text_plan(out, &r->plan);
		if (r->audit.disagreements)
			prr_buf_addf(out, "  %d disagreement%s between the document "
				     "and prr\n", r->audit.disagreements,
				     prr_plural((long)r->audit.disagreements, "", "s"));
		if (p->has_delta)
			text_delta(out, &p->delta);
	}
	return 0;
}

/*** JSON ***/

static int write_json(const prr_figures *f, const prr_args *a, prr_buf *out)
{
	(void)a;
	prr_jw w;
	prr_jw_init(&w, out, true);
	prr_figures_write_json(f, &w);
	prr_buf_addc(out, '\n');
	return 0;
}

/*** Markdown, for a release pull request (report_md.c) ***/

/* One report per project, each beginning with its marker line and
 * folded to fit a comment on its own; a blank line between them. */
static int write_md(const prr_figures *f, const prr_args *a, prr_buf *out)
{
	prr_view_opts vo = { prr_arg(a, "base-url"), NULL, NULL };
	prr_tpl_store store = { { prr_arg(a, "templates") } };
	prr_tpl_env *env = prr_tpl_env_new(prr_tpl_store_loader, &store);
	prr_diags d = PRR_DIAGS_INIT;
	int rc = 0;
	for (size_t i = 0; i < f->n_projects && rc == 0; i++) {
		if (i)
			prr_buf_addc(out, '\n');
		rc = prr_report_md(out, env, f, f->n_projects > 1 ? f->projects[i].project
								 : NULL,
				   NULL, &vo, PRR_REPORT_MD_LIMIT, &d);
	}
	prr_diags_print(&d, stderr);
	prr_diags_free(&d);
	prr_tpl_env_free(env);
	return rc;
}

/* The formats; adding one is one line here and its function. */
static const struct {
	const char *name;
	int (*write)(const prr_figures *f, const prr_args *a, prr_buf *out);
} formats[] = {
	{ "text", write_text },
	{ "json", write_json },
	{ "md", write_md },
};

/* "Alpha", "beta": the projects of `f`, in `b`. */
static const char *project_names(const prr_figures *f, prr_buf *b)
{
	prr_buf_reset(b);
	for (size_t i = 0; i < f->n_projects; i++)
		prr_buf_addf(b, "%s\"%s\"", i ? ", " : "",
			     f->projects[i].project ? f->projects[i].project : "");
	return b->p;
}

static int run(const prr_args *a)
{
	const char *format = prr_arg(a, "format");
	const char *output = prr_arg(a, "output");
	size_t which = 0;
	if (format) {
		while (which < sizeof formats / sizeof *formats &&
		       strcmp(formats[which].name, format) != 0)
			which++;
		if (which == sizeof formats / sizeof *formats)
			return prr_usage_error(a->cmd, "unknown format '%s'", format);
	}
	prr_pipeline_opts in = { 0 };
	if (prr_repo_args(a, &in) < 0)
		return PRR_EXIT_USAGE;
	const char *base = prr_arg(a, "base-url");
	if (base && !prr_url_base_ok(base))
		return prr_usage_error(a->cmd, "--base-url wants an http or https "
				       "URL without spaces, quotes or brackets, not '%s'", base);
	cmd_figures c;
	prr_buf out = PRR_BUF_INIT, err = PRR_BUF_INIT;
	int rc = cmd_figures_load(&c, a->pos, a->n_pos, &in);
	if (rc != PRR_EXIT_OK)
		goto done;
	const prr_figures *f = c.f;
	const char *input = output ? prr_reviews_input(&c.pl.set, output) : NULL;
	if (input) {
		rc = prr_usage_error(a->cmd, "-o '%s' is the input '%s'; write "
				     "the report to another file", output, input);
		goto done;
	}
	const char *project = prr_arg(a, "project");
	prr_figures one;
	if (project) { /* the figures of that project alone */
		size_t k = 0;
		while (k < f->n_projects && !(f->projects[k].project &&
					      prr_name_eq(f->projects[k].project, project)))
			k++;
		if (k == f->n_projects) {
			prr_diag_add(&c.d, PRR_DIAG_ERROR, NULL, NULL, 0, 0, "no project "
				     "\"%s\" in these reviews (%s)", project,
				     project_names(f, &err));
			rc = PRR_EXIT_INPUT;
			goto done;
		}
		one = *f;
		one.projects = &f->projects[k];
		one.n_projects = 1;
	}
	if (formats[which].write(project ? &one : f, a, &out) < 0) {
		rc = PRR_EXIT_INPUT;
		goto done;
	}
	if (output) {
		if (prr_write_file_atomic(output, out.p, out.n, &err) < 0) {
			fprintf(stderr, "prr: %s: %s\n", output, err.p);
			rc = PRR_EXIT_SYSTEM;
		}
	} else {
		rc = prr_write_stdout(&out);
	}
done:
	cmd_figures_free(&c);
	prr_buf_free(&out);
	prr_buf_free(&err);
	return rc;
}

PRR_COMMAND(report) = { "report", run, options, 0, -1 };
