/*
 * import.h - reading the Markdown reviews people already write.
 *
 * prr_import_md() walks a Markdown document with md4c (GitHub dialect:
 * tables, task lists, strikethrough) and fills the review model:
 *
 *   - headings give the section tree (`sections`); the prose no table or
 *     list took stays there as raw Markdown, so a page can read like the
 *     document;
 *   - `**Date:** …`, `Review Date:`, `Assessment Date:`, `Generated:`,
 *     `Status:`, `Version:` … become metadata, other bold `Name:` lines go
 *     to `fields`; field values like "6.85/10" become `scores`, values like
 *     "2-3 weeks" become `estimates`;
 *   - tables are classified by their header cells (see classify.c) into
 *     components and their checks, dimensions, waves and stories, findings,
 *     risks, checklists; a table prr cannot place is kept whole in `tables`;
 *   - task lists, and bullet lists whose items carry ✅/❌/⚠️ marks, become
 *     `checklists` under their nearest heading;
 *   - the files it cites (backticked paths wherever written, a list item's
 *     file name, a plan's "Files to Create / Modify / Delete" lists) become
 *     `evidence` of the component or story whose section or row holds
 *     them, else of the review, each once per claim (there, holding a
 *     token, absent, planned), a bare name `beside` the path before it;
 *     `Commit:` / `Revision:` / `Tag:` / `Branch:` fields give `revision`;
 *     commit ids in backticks or after "commit" give `commits`;
 *   - every figure the document states that its own tables and lists also
 *     give (TOTAL rows, "90% (9/10)", "56 tests passing", planned points) is
 *     recorded in `audit` next to the computed figure.
 *
 * Text repaired from mojibake (mojibake.h) is imported repaired; the repair
 * is reported once as a note.  Every item carries its source line.
 */
#ifndef PRR_IMPORT_H
#define PRR_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/diag.h"
#include "prr/model.h"

/* Deeper block nesting than this is kept as prose, not classified. */
#define PRR_IMPORT_MAX_DEPTH 64

/*
 * Imports the Markdown document `text` (`len` bytes, need not be
 * NUL-terminated); `path` names it in messages.  Returns 0 with a review in
 * `*out` (free with prr_review_free), or -1 with errors in `d` (invalid
 * UTF-8 at LINE:COL, no review date).  Content that could not be placed is
 * reported as warnings "not imported: …"; unknown status words as
 * warnings too.
 */
int prr_import_md(prr_review **out, const char *path, const char *text,
		  size_t len, prr_diags *d);
/*
 * The same, with `date` (YYYY-MM-DD, or NULL) the review's date when the
 * document states none and its path holds none (`--date`): the last of the
 * three ways a review gets its date, never over one the document gives.
 */
int prr_import_md_dated(prr_review **out, const char *path, const char *text,
			size_t len, const char *date, prr_diags *d);
/* As `date`: a document that states no date is no error; its review comes
 * back undated, for the caller to date (reviews.h: by git). */
#define PRR_DATE_LATER "later"

/*** The classification vocabulary (classify.c), shared with other modules ***/

/*
 * The status a cell or item text says, from its marks (✅ ⚠️ ❌ ⏳ …) or
 * words (PASS, PARTIAL, NOT READY, IN PROGRESS, N/A …); the first mark or
 * status word in the text decides.  `*known` (may be NULL) is set to false
 * when nothing in the text is a status (the result is then PRR_UNKNOWN).
 */
prr_status prr_status_from_text(const char *s, size_t n, bool *known);

/* The same, from marks alone (✅ ❌ [x] …); words are not read. */
prr_status prr_status_from_marks(const char *s, size_t n, bool *known);

/* Whether the marks of `s` disagree: one of a pass and one of a fail or a
 * partial ("AWS ✅ GCP ✅ Azure ❌"). */
bool prr_status_marks_mixed(const char *s, size_t n);

/*
 * The status of a text that is one status word or phrase and nothing
 * else, bold or not ("Yes", "**Partial**", "N/A", "In progress", "não"):
 * a cell of a matrix answered in words.  "No runbook" is no status word;
 * `*known` (may be NULL) says whether the whole text was one.
 */
prr_status prr_status_word(const char *s, size_t n, bool *known);

/*
 * Length of the status marks, spaces and a trailing status word at the
 * end of `s` (what "Integration Readiness ✅" or "Phase 1 ✅ COMPLETE" carry
 * after their title), so callers can strip them.  `lead` does the same at
 * the start.
 */
size_t prr_status_tail(const char *s, size_t n);
size_t prr_status_lead(const char *s, size_t n);

/*
 * The emoji of GitHub's shortcode at the start of `s` (":white_check_mark:"
 * -> "✅", ":x:" -> "❌"), for the marks prr reads as statuses (README
 * "Status words"); `*len` is the shortcode's length.  NULL, with `*len`
 * left alone, where `s` starts with no such shortcode.
 */
const char *prr_emoji_shortcode(const char *s, size_t n, size_t *len);

/* Whether the words at the start of `s`, right after a mark that gives
 * `mark`, tell a test not run under a cross ("❌ not run", "❌ Not
 * tested"): the check fails, the words say why; not pending work. */
bool prr_untested_fails(const char *s, size_t n, prr_status mark);

/* Whether the word "pass" at s[i] is a round of the work, named by the
 * word before it ("this pass", "each pass", "the second pass"): no
 * status ("Unchanged this pass", "NOT RE-VERIFIED THIS PASS"). */
bool prr_pass_as_round(const char *s, size_t i);
/* Whether a/b at s[i] are HTTP status codes after a word of responses
 * ("return 200/204", "HTTP 401/403"), no count (classify_marks.c). */
bool prr_status_codes(const char *s, size_t i, long a, long b);

/* Whether s, right after a pass word, goes on to deny it was checked
 * (" but unverified", ", but not tested"): partial then. */
bool prr_pass_unverified(const char *s, size_t n);

/* The readiness level a status text says ("NOT READY" -> not-ready). */
prr_level prr_level_from_text(const char *s, size_t n);

/* The severity a word says ("Critical", "P1", "High" …), or unknown. */
prr_severity prr_severity_from_text(const char *s, size_t n);

/*
 * A score at the start of `s` (after spaces and '*'): "6.85/10",
 * "6.0-6.5/10", "7.0–7.5/10 (70-75%)", "8/10", "85%", "60-65%".  Returns 0
 * and fills value/high (NaN unless a range)/max, or -1.
 */
int prr_parse_score(const char *s, size_t n, double *value, double *high,
		    double *max);

/*
 * A count "a/b" anywhere in `s`: "11/11", "(9/9 criteria ready)", and
 * "N tests passing" (then *total = -1).  Returns 0 or -1.
 */
int prr_parse_count(const char *s, size_t n, int *passed, int *total);

/*
 * An effort at the start of `s` (after spaces, '~', '≈'): "40-60 hours",
 * "2-3 weeks", "~2.5 hours", "15 min", "4–5 days".  The unit is returned
 * in its long plural form ("hours", "days", "weeks", "months", "minutes").
 * Returns 0 or -1.
 */
int prr_parse_effort(const char *s, size_t n, double *low, double *high,
		     const char **unit);

/* Story points: "3 pts", "5 points", "8 SP", "3".  Returns 0 or -1. */
int prr_parse_points(const char *s, size_t n, double *points);

#endif
