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
 * its marker line (below), then a status line of plain text and emoji
 * (no image is loaded from anywhere), and states every count whole:
 * "42 of 45 checks pass, 2 partial, 1 failing, 0 pending".
 *
 * Review text reaches it through prr_esc_md (escape.h): it cannot load an
 * image, open HTML or mention anyone.  A local path never reaches it: where
 * a figure names the reviewed repository by the path it was read from
 * (`--repo ../service`, "commit 'c0ffee4' is unknown in '../service'"),
 * the report names it by its folder's name ("in 'service'").
 */
#ifndef PRR_REPORT_H
#define PRR_REPORT_H

#include <stddef.h>

#include "prr/buf.h"
#include "prr/diag.h"
#include "prr/figures.h"
#include "prr/tpl.h"
#include "prr/view.h"

/*
 * The first line of every Markdown report prr writes, hidden where
 * Markdown is shown: PRR_REPORT_MD_MARKER, "project=" and the project's
 * name percent-encoded (bytes other than A-Z a-z 0-9 - . _ ~ as %XX, so
 * review text cannot end the comment), then " -->":
 *
 *   <!-- prr:report project=Ledgerline%20Payments%20API -->
 *
 * The same line on every run for a project, whatever the figures: a CI
 * step finds the pull-request comment that begins with it and updates that
 * comment instead of adding one per push.  A report saved into a reviews
 * folder is known by it as prr's own output and not read as a review (as
 * is the line reports began with before, PRR_REPORT_MD_SIGNATURE_OLD).
 */
#define PRR_REPORT_MD_MARKER "<!-- prr:report "
#define PRR_REPORT_MD_SIGNATURE_OLD "<!-- prr report: written by prr, not a review -->"

/* Appends the marker line of `project` (NULL: none) with its newline. */
void prr_report_md_marker(prr_buf *out, const char *project);

/* The common limit on a pull-request body or comment, in characters. */
#define PRR_REPORT_MD_LIMIT 65536

/*
 * Appends the report of `project`'s review of `date` (NULLs: the first
 * project, its latest review) to `out`, shorter than `limit` bytes when
 * folding can make it so.  Templates come from `env`.  Returns 0, or -1
 * with a template error in `d` (or "no review" when there is none).
 */
int prr_report_md(prr_buf *out, prr_tpl_env *env, const prr_figures *f,
		  const char *project, const char *date,
		  const prr_view_opts *o, size_t limit, prr_diags *d);

#endif
