/* import_denials.h - what says there is nothing to find, what under a
 * heading of blockers blocks nothing, and a column that names its rows
 * blockers (import_denials.c). */
#ifndef PRR_IMPORT_DENIALS_H
#define PRR_IMPORT_DENIALS_H

#include "import_int.h"

/* Whether s[0..n) opens with a sentence that denies findings: "No
 * additional critical blockers identified for this scope; …", "No
 * blockers identified.", "None of these risks block revenue.", "Zero
 * open issues." ("No" or "None of the/these/those" or "Zero", a few
 * qualifiers, then a noun of findings, then the end or a verb that says
 * none is there); not "No rate limiting on login", a finding. */
bool imp_denies_findings(const char *s, size_t n);

/* "These can proceed as consumer features with disclosures:" (a line of
 * its own that ends in a colon, s[0..n)) under "## Blockers": the list
 * right after it is of what may go ahead, no findings (its lead kind -1,
 * see imp_lead_kind). */
void imp_proceed_lead(imp *im, const char *s, size_t n, int last_line);

/* "- **Conclusion:** nothing to restore; this is a non-issue." or
 * "- **`strict: true`**: Good — type errors fail the build" in a list of
 * findings: an item labelled a conclusion, summary or note, or whose
 * value after its label opens with praise (Good, Fine, OK, Correct), is
 * no finding. */
bool imp_remark_item(const char *s, size_t n);

/* "1. **❌ → ✅ Go version was 1.23** - FIXED to 1.22": an item that
 * opens with a mark of failure turned to a pass by an arrow is a finding
 * fixed since. */
bool imp_mark_turned_pass(const char *s, size_t n);

/* "2) Action: Restore test not yet recorded." beside "1) Blocker: …"
 * under "## Open Blockers + Fix Order": an item labelled an action to
 * take ("Action:", "Action item:", "Next step:", "To do:") is no finding. */
bool imp_action_item(const char *s, size_t n);

/* Whether a findings table's column of what is wrong, header h, names
 * its rows blockers: "Blocking issues", "Blockers", "Launch blocker"
 * (not "Non-blocking issues"): each row's finding blocks. */
bool imp_gap_head_blocks(const char *h);

/* Whether cell `col` of the table row on document line `line` is struck
 * whole in the source ("| S2 | ~~No password change~~ | ~~30 min~~ |"):
 * a finding the document took back, no longer open. */
bool imp_row_cell_struck(imp *im, int line, int col);

#endif
