/* report_md.c - the Markdown report, folded to fit a pull-request comment. */
#include "prr/report.h"

#include <stdint.h>

int prr_report_md(prr_buf *out, prr_tpl_env *env, const prr_figures *f,
		  const char *project, const char *date, const prr_delta *delta,
		  const prr_view_opts *o, size_t limit, prr_diags *d)
{
	static const size_t rows[] = { SIZE_MAX, 50, 20, 10, 5, 0 };
	const prr_tpl *t;
	if (prr_tpl_load(&t, env, "report.md.mustache", PRR_TPL_ESC_MARKDOWN, d) < 0)
		return -1;
	size_t start = out->n;
	prr_arena a = PRR_ARENA_INIT;
	int rc = 0;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		prr_arena_reset(&a);
		prr_vnode *ctx = prr_view_report(&a, f, project, date, delta, o,
						 rows[i]);
		if (!ctx) {
			prr_diag_add(d, PRR_DIAG_ERROR, NULL, NULL, 0, 0,
				     "no review to report on");
			rc = -1;
			break;
		}
		prr_buf_truncate(out, start);
		prr_buf_adds(out, PRR_REPORT_MD_SIGNATURE "\n");
		rc = prr_tpl_render(out, env, t, PRR_TPL_ESC_MARKDOWN,
				    prr_tpl_vtree(), ctx, d);
		if (rc < 0 || out->n - start < limit)
			break;
	}
	prr_arena_free(&a);
	return rc < 0 ? -1 : 0;
}
