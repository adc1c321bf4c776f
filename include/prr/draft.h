/*
 * draft.h - the next review drafted as Markdown (`prr new`), and the first
 * review of a new reviews folder (`prr init`).
 *
 * The draft is written in the one layout prr's importer reads best (see
 * import.h), so that `prr import` gives back what the draft carries:
 *
 *     # PROJECT — Production Readiness Review
 *     **Project:** PROJECT
 *     **Date:** YYYY-MM-DD
 *
 *     ## Since the last review          (with `prr new --repo`)
 *     ## Components
 *     ### Component: NAME               one section per component:
 *     **Kind:** KIND                    its kind and overall status,
 *     **Overall Status:** ✅ PASS
 *     | Category | Status | Tests | Notes | Action |   a row per check
 *     ## Open findings
 *     ### ID: TITLE                     one section per finding, with
 *     - Severity: High (blocking)       "- Component:" and "- Effort:"
 *     ## Checklists
 *     ### TITLE                         the unfinished items:
 *     - [ ] ITEM   - [~] ITEM   - [✗] ITEM     pending, partial, failed
 *     ## Milestones
 *     | Milestone | Due | Status |
 *     ## Estimates
 *     - **LABEL:** 2-3 weeks
 *
 * Every check keeps the status the last review gave it and is marked for
 * re-check: PRR_DRAFT_RECHECK opens its note.  Checks with a count
 * ("171/171") and without one go in separate tables, since the importer
 * reads a column of counts only where most rows have one.  Everything
 * taken from a review is escaped (prr_draft_esc): a '|' in a title cannot
 * break a table, a '*' cannot start emphasis.
 *
 * What the layout cannot carry, the importer cannot read back: a finding
 * ID of another shape than prr_rec_finding_id's (rec_item.h), a title the
 * importer reads as markup of its own ("1. …", a trailing ✅, "**"), a
 * checklist item's note, a milestone's done date.  prr_draft_compare()
 * finds each such loss by importing the draft and comparing.
 */
#ifndef PRR_DRAFT_H
#define PRR_DRAFT_H

#include <stddef.h>

#include "prr/buf.h"
#include "prr/diag.h"
#include "prr/model.h"

/* Opens the note of every check carried into a draft. */
#define PRR_DRAFT_RECHECK "(re-check)"

/*
 * Appends review text `s` (NULL: nothing) for a Markdown line, a table cell
 * or a heading: runs of white space (line breaks too) become one space,
 * the ends are trimmed, and every character the importer would read as
 * markup gets a backslash: \ ` * _ [ ] < > | ~ & #, and a leading - + = or
 * the '.' or ')' after leading digits.
 */
void prr_draft_esc(prr_buf *b, const char *s);

typedef struct prr_draft_opts {
	const char *date;     /* the new review's date, YYYY-MM-DD (required) */
	const char *since_md; /* the body of "Since the last review" (Markdown,
			       * escaped by the caller), or NULL: no section */
} prr_draft_opts;

/*
 * Appends to `out` the next review drafted from `last` (the latest review):
 * its project, its components and their checks (status carried, each
 * marked for re-check), its findings (all of a review's findings are
 * open) with their IDs, severities, components and efforts, its checklist
 * items not done (nor N/A), its milestones and estimates.  Reads no clock.
 */
void prr_draft_write(prr_buf *out, const prr_review *last,
		     const prr_draft_opts *o);

/*
 * Appends the first review of a new reviews folder: the same layout, every
 * value a placeholder ("[Project name]", "TBD", "YYYY-MM-DD") that the
 * importer counts as a template's (it notes "this looks like a template"),
 * the per-component and per-finding sections shown as examples in code
 * blocks, which the importer does not read: a template states no
 * component, check or finding, so it gives no figures.  `date` (or NULL:
 * a "YYYY-MM-DD" placeholder) is its date.
 */
void prr_draft_template(prr_buf *out, const char *date);

/*
 * Compares `back`, the draft of `last` as the importer read it, with what
 * the draft carries of `last` (texts compared with their white space
 * collapsed, as the importer collapses it).  Each difference is a warning
 * in `d` at `path` and the draft's line ("component 'X', check 'Y':
 * status pass, read back as partial").  Returns the number of differences.
 */
size_t prr_draft_compare(const prr_review *last, const prr_review *back,
			 const char *path, prr_diags *d);

#endif
