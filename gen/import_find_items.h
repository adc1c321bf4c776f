/* import_find_items.h - what list items say in passing: findings, marks
 * after a label, a box not applicable (import_find_items.c). */
#ifndef PRR_IMPORT_FIND_ITEMS_H
#define PRR_IMPORT_FIND_ITEMS_H

#include "import_int.h"

/* "### HRI-1: Bucket policy grants `*`" over "… Severity: **High**.": a
 * heading that opens with an ID, not otherwise a finding, is one once a
 * sentence under it states its severity by label. */
void imp_sentence_severity(imp *im, const char *s, size_t n);

/* "- **Gap:** GraphQL introspection is enabled. Severity High. Ticket
 * MBFF-301.": an item labelled by a finding's noun that states a severity
 * and names its ID is that finding, titled by its first sentence.
 * Returns whether it was. */
bool imp_labelled_finding(imp *im, const char *name, const char *v, size_t n,
			  int line);

/* Whether section si is the document's title: its first heading of
 * level 1 (Google Docs writes every section's heading "# **3\. …**"). */
bool imp_title_heading(imp *im, size_t si);

/* Whether an item opens with a finding's ID, in bold or plain, and rates
 * itself in parentheses: "**FF-12** Audit-log retention … (medium;
 * blocks launch).", "DSP-52 (Critical) — Matching latency collapses." (a
 * finding wherever it stands, not a task: "Write runbook"). */
bool imp_keyed_rated(const char *s, size_t n);

/* "- Ledger: ⚠️ reconciliation still manual": in a list of two or more
 * items that each put a short label before their mark, each is read as
 * the mark, then the label ("⚠️ Ledger: reconciliation still manual");
 * other lists are left alone. */
void imp_items_label_mark(imp *im, item *items, size_t n);
/* "- ❌ Before: `./public/x.svg`" beside "- ✅ After: …" (or "Antes:"
 * beside "Ahora:" …) in one list: the item before is history, its marks
 * then's, no status (import_items_state.c). */
void imp_items_before_after(item *items, size_t n);
/* "19. ⏳ **Performance Optimizations**" over "- Status: Partially
 * complete (debouncing already implemented)" (nested in it, or a list of
 * its own right after its list): the first item of `list`, a "Status:"
 * line, is the status of the checklist item above, no item of its own;
 * one pending whose line says partial is partial, the work under way, as
 * "⏳ Partial" is.  Whether it was (import_items_state.c). */
bool imp_items_status_line(imp *im, size_t list, const item *items, size_t n);

/* Whether an item says it is not applicable: what follows its last " — "
 * ("- [ ] Disk-full chaos test — not assessed", "… — N/A"), or what opens
 * it before its first dash or colon ("- [ ] N/A — no patient data leaves
 * the trust network"). */
bool imp_item_says_na(const char *s, size_t n);
/* Whether item k, its box not ticked, opens with its severity rather than
 * its progress: a dot (🔴 🟠 🟡 🟢), or ⚠️ where no item of the list opens
 * with ❌ (then ❌ ⚠️ ✅ are a scale of progress: "- [ ] ⚠️ CI/CD
 * pipeline fonctionnel (commandes manquantes)" is partly done).  *scale:
 * -1 at first, then whether the list has ❌ (sought once a list). */
bool imp_box_severity_mark(const item *items, size_t n, size_t k, int *scale);
/* "- Alerting" over its own list of checks ("- SLO burn alert: PASS", its
 * first item states a status), no status of its own: a group's title, no
 * check of the list it is in. */
bool imp_item_group(imp *im, const item *it);

/* "- **LED-3 (High)** — PITR not rehearsed …" under "## ledger", then
 * "| LED-3 | ledger | High | … |" in the program's findings table: the
 * findings of one ID are one, where first stated, with the severity,
 * component and effort the first states or else a later one, blocking if
 * either says so (two severities: the first, and a warning). */
void imp_merge_findings(imp *im);
/* "- Blocker 2 is **resolved**: …" below a list of blockers: an item
 * that reports on one of the last list's findings by its noun and
 * number is no finding of its own; one that says it is over closes it.
 * Returns whether the item was such a report. */
bool imp_item_reports_on(imp *im, const char *s, size_t n);
/* "- PAYL-445 was closed on 22 Apr, reopened on 29 Apr …, and closed
 * again on 2 May" under a table that lists PAYL-445: an item that opens
 * with the ID of a finding already listed (open, or a row left out as
 * closed) and goes on with a verb is a note on it, no finding of its
 * own; the state it ends on, if over, closes it (import_find_notes.c).
 * Returns whether the item was such a note. */
bool imp_item_notes_on(imp *im, const char *s, size_t n);
/* Whether the sentence that opens s[0..n) calls the finding it is under
 * a blocker: "This is a must-fix before launch.", "Launch blocker." (not
 * "This is not a blocker", nor "It blocks the event loop"). */
bool imp_sentence_calls_blocker(const char *s, size_t n);

/* "**BLOCKER**: Cannot deploy without …" opening a paragraph (its label
 * b[0..bn) in bold, what follows the bold rest[0..rn)): an open blocking
 * finding; returns whether it was one (import_find_notes.c). */
bool imp_blocker_label(imp *im, const char *b, size_t bn, const char *rest,
		       size_t rn, int line);
/* Whether a finding's text names its own level in a word that is no
 * severity: "**Session Cache Design Limit** ⚠️ WARNING" under "###
 * Critical Issues Discovered" is not critical (the heading's level is
 * not its), nor rated otherwise. */
bool imp_own_level_word(const char *s, size_t n);
/* Whether the nearest heading opens with an ID and is no finding of its
 * own ("#### 🚀 FEATURE-018: Add dashboard for diagnostics" under "###
 * Issues:"): a list under it is that item's details, no findings. */
bool imp_under_item_heading(imp *im);
/* Whether a heading's title is one of actions to take ("Immediate
 * Actions Required", "Action items", "Next steps", "Follow-ups", "To
 * do"): its numbered sub-headings are actions, no findings. */
bool imp_actions_heading(const char *t);

/* "🔴 **PAR-902** — Android: messages … lost when the" / "app is killed
 * before reconnect. Blocks Android.": a paragraph s[0..n) that opens with
 * its ID in bold is the finding of its first line, rated by the circle
 * before it as a list item is; a line that breaks off its sentence, the
 * next going on in lower case, goes on to the sentence's end (read to
 * "reconnect."); a blocking said after that makes it blocking. */
void imp_id_paragraph(imp *im, const char *s, size_t n, int line, bool blocking);

/* "~~Narrow-aisle deadlock~~ → downgraded to **Medium** on 16 March:
 * watchdog clears it": a finding rated again ("downgraded to", "upgraded
 * to", "re-rated as", "was High, now Medium") is of the severity it was
 * rated to last, PRR_SEV_UNKNOWN if none; *at where the phrase starts,
 * *end past the clause that says it (to its ':', ';' or sentence end). */
prr_severity imp_rerated(const char *s, size_t n, size_t *at, size_t *end);
/* A title that opens with such a clause ("→ downgraded to Medium on 16
 * March: watchdog clears it"): the remark after it; else the title. */
const char *imp_rerated_title(const char *title);

/* The stem of a title: before "(", "（" or " - " ("Slow start (P1)"). */
size_t imp_title_stem(const char *t);
/* Whether titles x and y, their stems a and b bytes long, each name a
 * part of their own after the stem's " - " ("Incomplete Implementation -
 * Subscription Discovery", "… - Session Creation"; not a severity: "Pool
 * leaks - HIGH"): two findings (import_find_same.c). */
bool imp_title_other_parts(const char *x, size_t a, const char *y, size_t b);
/* A finding listed before under another wording of `title` (a summary
 * list, then a section per finding), among the first findings, or NULL;
 * not one that states another ID than id[0..id_n) (id NULL: none). */
prr_finding *imp_same_finding(imp *im, const char *title, const char *id,
			      size_t id_n);
/* Frees imp_same_finding's index of the findings (import_find_same.c). */
void imp_same_free(imp *im);
/* The first finding whose ID is s[0..n), or NONE (import_find_ids.c);
 * imp_finding_set_id gives finding f another ID (an ID changed
 * otherwise is not looked up), imp_ids_free frees the index.  For the
 * walk only: the index keeps findings by place, and imp_merge_findings
 * and imp_drop_fixed_findings move them after it. */
size_t imp_finding_by_id(imp *im, const char *s, size_t n);
void imp_finding_set_id(imp *im, size_t f, const char *id);
void imp_ids_free(imp *im);

/* "**SEC-12** Missing rate limiting …" and each next line of the
 * paragraph s[0..n) that opens with its own ID in bold ("**SEC-13** …",
 * no blank line between): a finding each (imp_id_paragraph's, of its
 * lines up to the next), the first line's always, from `mark` (its
 * circle) when it has one. */
void imp_bold_id_lines(imp *im, const char *mark, const char *s, size_t n,
		       int line, bool blocking);
/* The title of a finding whose text s[0..n) opens with its ID in bold
 * ("**SEC-12** Missing rate limiting on /login. Severity: High. Owner:
 * …"): `title` up to its first sentence's end ("Missing rate limiting on
 * /login") or a label after a dash (" — Severity: High"); else `title`. */
const char *imp_bold_id_title(imp *im, const char *s, size_t n, const char *title);

/* The severity a heading or item states anywhere: the recogniser's, else
 * a coloured circle (🔴 critical, 🟠 high, 🟡 medium, 🟢 low) or a word
 * after the title ("… 🔴 CRÍTICO") (import_severity.c). */
prr_severity imp_any_severity(const char *s, size_t n, bool *blocking);

/* "- NET-204 — closed (fixed in Round 2)", "- OSDK-91 (Medium) — fixed in
 * 3.0.0b4": an item that opens with a finding's ID (a rating in
 * parentheses aside) and whose next word says it is over, "— closed" or
 * ": resolved", not taken back in its clause ("fixed in staging only"):
 * kept, to close the findings of that ID stated up to it
 * (imp_close_by_id, once all is read). */
void imp_item_closes_id(imp *im, const char *s, size_t n, int line);
/* The findings closed by a later item of their ID (imp_item_closes_id),
 * left out once counted (imp_drop_fixed_findings). */
void imp_close_by_id(imp *im);
/* "| T-01 stop committing `test-results/` | ✅ done |" in a status table
 * (or "- [x] T-01 …"): a checklist's item done that opens with a
 * finding's ID closes the findings of that ID, wherever the document
 * states them (import_find_notes.c; before imp_close_by_id). */
void imp_checklists_close_ids(imp *im);
/* "### 4. Security Hardening (P0 Remediation)" over "- [x] **Secret
 * Scanning**: Gitleaks clean" and no box left open: the finding the
 * heading states is done, closed (import_find_notes.c). */
void imp_ticked_close_finding(imp *im, const item *items, size_t n);

#endif
