/*
 * report.h - the release-PR report in Markdown (`prr report --format md`,
 * the site's reviews/DATE/report.md).
 *
 * Rendered through templates/report.md.mustache (Markdown escaping: a
 * value cannot break a table row or start a list) from prr_view_report().
 * A pull-request body or comment holds at most 65,536 characters, so the
 * report is rendered, measured and, when too long, rendered again with
 * fewer rows of each long list (all, 50, 20, 10, 5, 0), the rest counted
 * in "N more … folded" notes, until it fits.  The report begins with
 * PRR_REPORT_MD_SIGNATURE.
 */
#ifndef PRR_REPORT_H
#define PRR_REPORT_H

#include <stddef.h>

#include "prr/buf.h"
#include "prr/diag.h"
#include "prr/figures.h"
#include "prr/tpl.h"
#include "prr/view.h"

/* The first line of every Markdown report prr writes (hidden where
 * Markdown is shown): a report saved into a reviews folder is known as
 * prr's own output and not read as a review. */
#define PRR_REPORT_MD_SIGNATURE "<!-- prr report: written by prr, not a review -->"

/* The common limit on a pull-request body or comment, in characters. */
#define PRR_REPORT_MD_LIMIT 65536

/*
 * Appends the report of `project`'s review of `date` (NULLs: the first
 * project, its latest review) to `out`, shorter than `limit` bytes when
 * folding can make it so.  Templates come from `env`.  Returns 0, or -1
 * with a template error in `d` (or "no review" when there is none).
 * `delta`: as for prr_view_report (NULL: computed when needed).
 */
int prr_report_md(prr_buf *out, prr_tpl_env *env, const prr_figures *f,
		  const char *project, const char *date, const prr_delta *delta,
		  const prr_view_opts *o, size_t limit, prr_diags *d);

#endif
