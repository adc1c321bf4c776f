/* cmd_gate.c - `prr gate [REVIEWS]`: the CI step before a release. */
#include "prr/cli.h"
#include "prr/figures.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static const prr_option options[] = {
	{ "min-readiness", 0, "P", "fail below P % readiness", false },
	{ "min-score", 0, "X", "fail below a dimension score of X (of 10)", false },
	{ "max-critical", 0, "N", "fail with more than N open critical findings", false },
	{ "no-regressions", 0, NULL, "fail when anything regressed since the review before", false },
	{ "max-disagreements", 0, "N", "fail with more than N document-vs-prr disagreements", false },
	{ "against", 0, "DATE", "regressions against the review of DATE", false },
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
	return 0;
}

static int conditions(const prr_gate *g)
{
	return prr_has(g->min_readiness) + prr_has(g->min_score) +
	       (g->max_critical >= 0) + g->no_regressions +
	       (g->max_disagreements >= 0);
}

static int run(const prr_args *a)
{
	prr_figures_input in = { .against = prr_arg(a, "against") };
	if (prr_repo_args(a, &in) < 0)
		return PRR_EXIT_USAGE;
	if (in.against && !prr_date_valid(in.against))
		return prr_usage_error(a->cmd, "--against wants a date YYYY-MM-DD, "
				       "not '%s'", in.against);
	prr_diags d = PRR_DIAGS_INIT;
	prr_reviews set;
	prr_figures *f = NULL;
	prr_buf out = PRR_BUF_INIT;
	int rc = PRR_EXIT_INPUT;
	if (prr_figures_load(&f, &set, a->pos, a->n_pos, &in, &d) < 0)
		goto done;
	prr_gate g = set.config->gate;
	if ((rc = gate_options(a, &g)) != 0)
		goto done;
	int failed = prr_gate_check(f, &g, &out);
	fputs(out.p, stdout); /* lines made one by one (prr_esc_term) */
	if (conditions(&g) == 0)
		printf("gate: no conditions set (prr.json \"gate\" or options): passed\n");
	else if (failed)
		printf("gate: failed (%d condition%s; method %s)\n", failed,
		       failed == 1 ? "" : "s", f->method);
	else
		printf("gate: passed (%d condition%s; method %s)\n", conditions(&g),
		       conditions(&g) == 1 ? "" : "s", f->method);
	rc = failed ? PRR_EXIT_INPUT : PRR_EXIT_OK;
done:
	prr_diags_print(&d, stderr);
	prr_figures_free(f);
	prr_reviews_free(&set);
	prr_diags_free(&d);
	prr_buf_free(&out);
	return rc;
}

PRR_COMMAND(gate) = {
	"gate", run,
	"[--min-readiness P] [--min-score X] [--max-critical N] "
	"[--no-regressions] [--max-disagreements N] [--repo DIR] [REVIEWS...]",
	"CI gate: fail when the latest review misses a condition", options,
	"Checks the latest review of each project against the conditions of\n"
	"prr.json's \"gate\" object; options override them.  Prints one line\n"
	"per failed condition, then a summary line.\n"
	"\n"
	"Exit: 0 every condition met, 1 a condition failed or bad input,\n"
	"2 usage.\n",
	0, -1
};
