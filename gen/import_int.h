/*
 * import_int.h - the Markdown importer's own header, shared by its files
 * (not part of prr's interface: that is include/prr/import.h).
 *
 * The importer is one pass over md4c's block tree, in files along its
 * seams:
 *   import_md.c     the entry point, the block tree md4c's callbacks
 *                   build, the walk, the prose left for `sections`
 *   import_util.c   text helpers, lines, sections' context, claims,
 *                   commit references
 *   import_generic.c headings that name no component, and the nearest
 *                   one that does
 *   import_meta.c   metadata fields, headings and paragraphs (date,
 *                   verdict, scores stated in prose)
 *   import_list.c   lists: checklists, findings, risks, estimates
 *   import_table.c  tables: column roles by header words, and the tables
 *                   of plans, findings, risks and milestones
 *   import_score.c  scorecard tables: components, checks, dimensions
 *   import_evid.c   evidence: the files a cell, item or line cites, the
 *                   lists of files a plan creates, modifies or deletes,
 *                   the revision fields
 *   import_find.c   findings, blockers and risks written as headings and
 *                   lists
 *   import_claims.c figures stated twice or over what is listed
 *   import_plan.c   plans: waves and sprints, their points and windows
 *   import_audit.c  what the document states against what it gives,
 *                   once the whole document is read
 *   import_totals.c totals stated of what is listed: Total rows, "There
 *                   are 3 open blockers:", "All 12 checks pass"
 *   import_levels.c maturity levels on their scale ("Level 3 of 5")
 *   import_notice.c a notice that the document is outdated
 *   import_head.c   the document's own date and verdict, the best of
 *                   every line that states one
 * The recognisers they call (rec_*.h) know nothing of Markdown.
 */
#ifndef PRR_IMPORT_INT_H
#define PRR_IMPORT_INT_H

#include "prr/import.h"
#include "prr/buf.h"
#include "prr/rec_column.h"
#include "prr/rec_date.h"
#include "rec_words.h"

#include <md4c.h>
#include <stdint.h>


/*** The block tree md4c's callbacks build ***/

#define NONE ((size_t)-1)

typedef struct node {
	MD_BLOCKTYPE type;
	int level;     /* heading level */
	char task;     /* list item: 0, 'x' or ' ' */
	bool struck;   /* its text struck whole: "- [x] ~~GO~~" */
	bool done;     /* it opens struck and says so: "~~Leak~~ — resolved" */
	size_t t_off, t_len; /* own inline text, in the pool */
	size_t first, last;  /* source offsets of text inside, NONE: none */
	size_t parent, child, last_child, next; /* indices; 0: none */
	size_t width;     /* a table row: its cells, empty ones included
			     (only those with text, or followed by one, are
			     nodes) */
} node;


/* Per section: what the importer attached to it. */
typedef struct secx {
	size_t comp;      /* component index + 1, or 0 */
	size_t wave;      /* wave index + 1, or 0 */
	prr_status stated; /* a status the heading states */
	bool stated_known;
	prr_status field_status; /* or the first "Status:" field under it */
	bool field_known;
	const char *first_text; /* its first line of prose (clean), or NULL */
	bool finding;
	unsigned char parts; /* imp_numbered_parts of its heading */
	bool kind_known;  /* container below is worked out (import_find.c) */
	int container;    /* its heading introduces findings (1), blockers
			     (2) or risks (3): prr_rec_finding_heading */
	size_t found;     /* the finding its heading is, index + 1, or 0 */
	bool sev_said;    /* its text under the heading rated that finding */
	bool part_verdict; /* a part's own "Verdict:" stated under it (a
			      component's heading of level 2) */
	bool wave_step;   /* its heading names a step of a plan ("Sprint 2") */
	/* what its heading says of the verdicts under it (import_head.c:
	 * HEAD_DECIDES, HEAD_CONCLUDES, HEAD_CLOSES), worked out the first
	 * time a line asks: the bits known, and of those the ones it says */
	unsigned char head_known, head_says;
	bool said;        /* a line of text was read under it (import_head.c) */
	/* what its heading says of the files listed under it (import_evid.c:
	 * imp_list_files), worked out the first time a list asks */
	bool files_known;
	unsigned char files_kind;
	/* what its heading says of the severity of what is under it
	 * (import_severity.c: imp_heading_severity), worked out the first
	 * time an item asks: a level, none, two levels or a level denied */
	bool sev_known;
	unsigned char sev_kind;
	prr_severity sev;
	/* whether its heading names aims ("Technical KPIs (30-day
	 * targets)", "Goals"): 0 not asked yet, 1 no, 2 yes
	 * (import_claims.c) */
	unsigned char aims;
	/* its tables and top-level lists, and their rows and items, for a
	 * heading that counts them ("## Linked issues (4)") */
	unsigned short blocks;
	size_t rows;
	bool has_points;  /* the step's stated points, window (import_plan.c) */
	double points;
	const char *start, *end;
	const char *title;
} secx;

/* A figure to compare once the whole document is read. */
typedef struct pending {
	int kind; /* PEND_* */
	size_t sec;
	const char *label, *stated;
	int a, b;
	double num;
	int line;
} pending;

enum { PEND_COUNT, PEND_TESTS, PEND_PLAN_WAVES, PEND_PLAN_POINTS,
       PEND_PLAN_STORIES,
       PEND_NAMED, /* "4 of 5 phases": `label` the noun counted */
       PEND_BLOCKS /* "Only PT-01 blocks launch": `label` the ID */ };

/*
 * Which fields and commit references the review has already, by a hash
 * of their text: a scan of all earlier ones per new one was quadratic
 * (11 s of CPU for a 2 MB document of 30,000 fields).  Open addressing;
 * a slot holds an index into the review's array plus one (0: empty).
 */
typedef struct seen_slot {
	uint64_t hash;
	size_t idx;
} seen_slot;

typedef struct seen_set {
	seen_slot *v;
	size_t cap, n; /* cap: a power of two, at most half full */
} seen_set;

/* Whose evidence an item is: the review's (outside any component or
 * story), component a's, or story b of wave a's. */
typedef enum imp_own_kind { OWN_NONE = 0, OWN_REVIEW, OWN_COMP, OWN_STORY }
	imp_own_kind;

typedef struct imp_owner {
	imp_own_kind kind; /* OWN_NONE: the context's (imp_owner_here) */
	size_t a, b;
} imp_owner;

/* How a text cites files (imp_scan_evidence). */
typedef enum imp_ev_mode {
	EV_TEXT,     /* a line of prose, a heading, a cell: backticked words,
		      * bare words with a file's extension or name, links */
	EV_ITEM,     /* a list item: also a bare path as its subject */
	EV_EVIDENCE, /* a story's Evidence cell: also "`x` in Name" */
	EV_FILES,    /* an item of a list of files: its first word too */
} imp_ev_mode;

/* What a list of files says of them: there ("Files changed"), to be made
 * ("Files to Create"), gone ("Files deleted"), to be deleted ("Files to
 * remove", "Zu löschen"); FILES_DROP_HEADING: the heading over the list
 * says to remove something ("FIX-3: Alte Dateien entfernen"), which makes
 * an item that is a file alone one to be deleted (imp_item_evidence);
 * FILES_UNTICKED: the item is a box not ticked, so a file it says made
 * ("- [ ] RUNBOOK.md created") is still to be made. */
typedef enum imp_files_kind { FILES_NONE = 0, FILES_EXIST, FILES_CREATE,
	FILES_DELETE, FILES_DROP, FILES_DROP_HEADING, FILES_UNTICKED } imp_files_kind;

/* A Markdown link to a file of the block being read ("[the SLO doc](
 * docs/slo.md)"): the text it shows (as the block's text holds it), the
 * file, the line; taken by the first text scanned for files that shows it
 * on its lines (import_evid.c).  In the scratch arena. */
typedef struct imp_link {
	const char *text, *path;
	size_t tn;
	int line;
	bool taken;
} imp_link;

typedef struct imp {
	const char *path, *src;
	size_t len;
	prr_linemap map;
	/* a double-spaced document is parsed without its interleaved blank
	 * lines: the parsed text's lines, and each one's line in the
	 * document (import_md.c); orig is NULL otherwise */
	prr_linemap pmap;
	int *orig;
	size_t line_at; /* line_of's cursor: a line index (0-based) */
	size_t sup_from; /* where a "<sup>" after a figure opened, + 1; 0 none */
	prr_diags *d;
	prr_review *r;
	prr_arena *a;
	/* What a block's handling needs only while it runs (raw cell and item
	 * text, table scaffolding): emptied after each top-level block, so the
	 * arena holds the review and little else. */
	prr_arena tmp;
	/* the first findings by title, for imp_same_finding (import_find_same.c) */
	struct imp_same *same;
	/* the findings by ID, for imp_finding_by_id (import_find_ids.c) */
	struct imp_ids *ids;
	node *nodes;
	size_t n_nodes, cap_nodes;
	size_t *stack;
	size_t depth, cap_stack;
	/* the table cell being read, made a node only once text comes:
	 * empty cells are counted in `cell_gap` and made nodes only when a
	 * cell with text follows them in the row (trailing ones, and the
	 * padding md4c adds, never) */
	bool cell_pending;
	MD_BLOCKTYPE cell_type;
	size_t cell_gap;
	prr_buf pool;
	unsigned char *used; /* per line: taken by a table or list */
	/* analysis */
	struct { int level; const char *title; size_t sec; } hs[8];
	int n_hs;
	size_t cur_sec; /* NONE before the first heading */
	secx *sx;
	size_t cap_sx;
	size_t *cl_sec; /* section of each checklist */
	/* the section (+1; 0: none) whose checklist a thematic break
	 * ("---") has closed: a count after it is of something else */
	size_t hr_sec;
	/* the scores imp_part_score has looked at, and whether one of them
	 * is the whole's: each is looked at once */
	size_t whole_scan;
	bool whole_seen;
	unsigned char *cl_box; /* of each checklist: made of boxes ("- [x]") */
	size_t cap_cl_box;
	size_t cap_cl_sec;
	/* the list that made the last checklist (0: none) and that
	 * checklist's room for items: the next list, right after it with
	 * the same title, continues it (imp_make_checklist) */
	size_t cl_list, cl_cap, cl_at;
	/* a bold label alone ("**JWT Handling**:") and its last line; the
	 * last checklist made under one (its index + 1) and that label
	 * (imp_label_lead) */
	const char *label_title, *label_cl_title;
	int label_line;
	size_t label_cl;
	size_t n_top, cl_top; /* top-level blocks read; the list's block */
	MD_BLOCKTYPE cl_type;
	bool cl_nested;
	pending *pend;
	size_t n_pend, cap_pend;
	bool deep_warned;
	/* the last paragraph introduced a quotation ("The previous review
	 * said:"), and the blocks of that quotation are being read: what
	 * they state as a verdict is not this review's */
	bool quote_lead;
	int quoting;
	/* a section, or a <details> block, that keeps an earlier review for
	 * comparison ("## Appendix B — Previous review (2026-06-22)"): its
	 * heading's level (7 for a <details> block, 8 for Confluence's
	 * "{expand}"), 0 outside one; what it states is that review's, left
	 * to the narrative */
	int earlier;
	/* a running log's entries before its newest, by line ([from, to)):
	 * history, left to the narrative (imp_dated_log) */
	struct imp_lines { int from, to; } *history;
	size_t n_history, cap_history;
	seen_set seen_fields, seen_commits;
	/* capacities of components' checks and waves' stories (see rows_cap) */
	size_t *check_cap, n_check_cap, *story_cap, n_story_cap;
	/* a table of steps' waves by step ("wave 1"; imp_table_step) */
	prr_names table_steps;
	/* evidence items already held, per owner, path and claim: a seen
	 * slot's idx is into ev_refs (import_evid.c) */
	seen_set seen_ev;
	struct ev_ref { imp_owner o; size_t i; } *ev_refs;
	size_t n_ev_refs, cap_ev_refs;
	/* the links to files of the block being read (emptied after it), and
	 * the one open: its file, its node and where its text starts there */
	imp_link *links;
	size_t n_links, cap_links;
	const char *link_path;
	size_t link_node, link_from;
	/* the struck spans of the open blocks ("~~NO-GO~~ GO"): node and
	 * where in its text each starts and ends (see cut_struck) */
	struct imp_struck { size_t node, from, to; } *struck;
	size_t n_struck, cap_struck;
	/* the revision fields' best so far: 3 commit or revision, 2 tag,
	 * 1 branch, 0 none */
	int rev_rank;
	/* a bold label paragraph that introduces a list of files */
	imp_files_kind files_lead;
	int files_lead_line;
	/* role_of's answers by header text: documents repeat their table
	 * headers, and each answer costs ~75 substring searches */
	struct { char h[40]; int role; } role_memo[64];
	/* placeholders seen ("TBD", "YYYY-MM-DD", "[Name]"): a template's */
	size_t placeholders, values; /* and all values, cells and fields */
	const char *placeholder_example;
	/* what a "Scope:" or "Services:" field lists (clean), or NULL:
	 * headings that name one of them are components */
	const char *scope;
	/* a bold label paragraph that introduces the next list (import_find.c);
	 * lead_over: it says what the list holds is over ("**Closed**") */
	int lead_kind, lead_line;
	bool lead_over;
	int details_line; /* the last line of a finding's paragraph, or 0 */
	int lead_one; /* its last line when it names one (in the singular,
		       * "Critical Path Item:"): the first item, or 0 */
	/* the heading read right now has a task list as its first block
	 * (imp_tasks_follow): a to-do's, its priority no finding's */
	bool todo_head;
	/* a paragraph that counts the list after it ("There are 3 open
	 * blockers:"): count + 1 (0: none), its last line, what it counts */
	int lead_count, lead_count_line;
	const char *lead_count_what;
	/* a lead-in that denies the heading's word ("Not conditions, but
	 * expected …:"), the title of the list under it (import_para.c) */
	const char *denied_title;
	int denied_line;
	/* a "**Requirements:**" lead under a later phase of a roadmap, its
	 * last line, or 0 (import_plan.c) */
	int needs_line;
	/* a label of work still to do ("**Week 5-6 Remaining Work:**"), its
	 * last line, or 0 (import_bullets.c) */
	int todo_line;
	/* "Option A: Job Queue + Worker": the line and section of the last
	 * option or step a paragraph named (imp_option_lead) */
	int option_line;
	size_t option_sec;
	/* the lines of the last list read, for a sentence after it that
	 * speaks of all its items ("Both gaps block GA.") */
	int list_first, list_last;
	prr_severity lead_sev;
	/* findings counted by severity, as stated: count + 1, 0 when not */
	int sev_stated[PRR_SEV_COUNT], sev_line[PRR_SEV_COUNT];
	/* findings rows left out as closed, by severity (import_table.c) */
	int closed_sev[PRR_SEV_COUNT];
	/* the severities a table of counts says block ("| Critical | 3 |
	 * Yes |" under "Release blocker?"): their findings are blockers */
	bool sev_blocks[PRR_SEV_COUNT];
	/* a tally's total and blocking counts ("7 findings: …", "4 issues in
	 * total, 2 of which are blocking"), + 1; 0 when none */
	int total_stated, total_line, blocking_stated, blocking_line;
	/* findings named again under a heading of what is fixed: their
	 * indexes, dropped once counted (imp_drop_fixed_findings) */
	size_t *fixed, n_fixed, cap_fixed;
	/* the IDs of findings rows left out as closed (import_table_kinds.c),
	 * for a note on one after the table (imp_item_notes_on) */
	const char **gone_ids;
	size_t n_gone_ids, cap_gone_ids;
	/* IDs an item says are over, and its line (imp_item_closes_id) */
	struct imp_closed { const char *id; int line; } *closed_ids;
	size_t n_closed_ids, cap_closed_ids;
	/* the findings the last list of them made, one an item ("1. …",
	 * "2. …"): first index and count, for "Blocker 2 is resolved" */
	size_t found_first, found_n;
	/* questions answered with a mark ("**Q: …?**" / "A: … ✅"), made
	 * checklists by section once read (imp_qa_checks) */
	struct qa {
		size_t sec;
		const char *question, *answer;
		prr_status status;
		int line;
	} *qa;
	size_t n_qa, cap_qa;
	/* front matter's "title:", the title where no heading of level 1
	 * gives one */
	const char *fm_title;
	bool outdated_warned; /* it said it is outdated (import_notice.c) */
	/* marks a legend of the document defines that prr's own do not
	 * ("⚪ not yet assessed"): their code points and statuses */
	struct {
		uint32_t cp;
		prr_status status;
	} legend[8];
	size_t n_legend;
	/* the sum of the stories tables' "Tests" columns (import_table.c) */
	long story_tests;
	bool story_tests_known;
	int risk_stated[PRR_SEV_COUNT], risk_line[PRR_SEV_COUNT];
	/* "all 5 phases": the steps of a plan a sentence counts, by plan
	 * word (import_claims.c's step_words); 0 when none, else count + 1 */
	int steps_stated[6], steps_line[6];
	/* the dimensions the largest score table gave: [at, at + n), and
	 * whether their scale was guessed from their numbers */
	size_t dims_tab_at, dims_tab_n;
	bool dims_tab_guessed;
	prr_score dims_tab_total; /* its Total row's score (line 0: none) */
	/* the dimensions' names, the first `n_dim_names` of them
	 * (imp_dimension_named) */
	prr_names dim_names;
	size_t n_dim_names;
	/* dimensions stated again by name (a table or list restating one):
	 * the line it had and the new one, and whether the value differs;
	 * the tables of dimensions kept until the end (their index in
	 * `tables`), in case they were each a part's (import_parts.c) */
	struct imp_restated { int was, now; bool differs; } *restated;
	size_t n_restated, cap_restated;
	size_t *dim_tabs, n_dim_tabs, cap_dim_tabs;
	/* "We score every criterion 0–3": the top of the scale the text
	 * states, or 0 (import_score.c) */
	int stated_scale;
	/* labels already classified (import_head.c) */
	struct {
		char label[40];
		bool used, other_date, again;
		signed char date, verdict;
	} label_memo[64];
	/* the title `again_of` says the document is a review again ("…
	 * Re-review"): its "Date of re-review" is its own (import_head_words.c) */
	const char *again_of;
	bool again;
	/* the headline's best candidates so far (import_head.c) */
	char date_best[11];
	int date_rank, date_line;
	bool date_logged; /* the best date opens an item of a log */
	/* the line read is a schedule: fields side by side, two of them days
	 * ("**Code freeze:** 2026-04-20 · **Launch:** 2026-05-04") */
	bool date_schedule;
	prr_level verdict;
	int verdict_rank, verdict_line;
	bool verdict_plain; /* the best is a plain closing sentence's (rank 3) */
	/* when the best was said, by the time of day its label gives
	 * ("Decision (10:40):") or the stamp of the message it is in ("[18/03/2026
	 * 10:14] Dana"), and the same of the candidate being read: minutes
	 * from a day number's start, + 1; 0 none (imp_head_stamp_of) */
	long verdict_stamp, cand_stamp;
	long msg_stamp, msg_day; /* the last message's stamp, and its day */
	/* a pull request's review header ("**@x** reviewed on Mar 13,
	 * 2026"): its line, 0 none, and its day's stamp; the review under
	 * it is read as a sign-off (imp_head_message_stamp) */
	int pr_review_line;
	long pr_review_stamp;
	/* a revision of the verdict open ("### Revised verdict"): its line,
	 * 0 none, and its section (index + 1; imp_head_revised) */
	int revise_line;
	size_t revise_sec;
	/* a run of lines that are a decision's rules: where it begins and
	 * ends in the source, both 0 none (imp_head_rules) */
	size_t rule_from, rule_to;
	/* a verdict label of the best's weight that says otherwise, not
	 * read (the first of equal ranks is): its line, 0 none */
	int verdict_rival;
	/* the best's line when a callout's title stated it of a part ("> [!success]
	 * iOS — Ready"), else 0 (imp_head_callout) */
	int callout_part;
	/* the best's line when it was stated under a heading that decides
	 * or closes ("## Outcome"), else another line or 0 */
	int verdict_closes;
	struct { /* the first "| Overall | … | Green |" row's status, held
		  * apart (imp_head_total_row): its line, 0 none */
		prr_level level;
		const char *text;
		int line;
	} total_row;
	struct { /* a log of decisions' latest row (imp_head_logged_decision) */
		char date[11];
		const char *text;
		int line;
	} logged;
	/* the same of code blocks' lines, held apart (imp_head_code): a
	 * date or verdict only where nothing outside code states one */
	struct imp_head_best {
		char date_best[11];
		int date_rank, date_line;
		bool date_logged;
		prr_level verdict;
		int verdict_rank, verdict_line;
		const char *verdict_text;
		bool verdict_plain;
	} code_best;
	/* the paragraph whose lines imp_head_line reads, or NULL: a verdict
	 * in bold inside it is read with the rest of it */
	/* a heading that asks whether the review is ready ("## Are we
	 * ready?"), its answer the next line, or NULL (import_head.c) */
	const char *asked;
	size_t asked_n;
	const char *para;
	size_t para_n;
	/* whether it is a scale of levels, asked once: -1 not yet, 0, 1 */
	signed char para_scale;
	const char *verdict_text;
	/* the best "Status:" of a section (level 2), held apart: how many
	 * sections stated one, the last of them (index + 1), the line of
	 * the first */
	struct {
		prr_level level;
		int rank, line;
		const char *text;
	} sec_status;
	size_t sec_status_secs, sec_status_last;
	int sec_status_first;
	/* the "Verdict:" of each top section that states one ("## Service A"
	 * … "Verdict: Ready", "## Service B" … "Verdict: Not ready"): a
	 * file of several reviews (imp_head_finish) */
	struct {
		size_t sec;
		prr_level level;
		const char *text;
		int line;
	} part_verdict[8];
	size_t n_part_verdicts;
	int comp_verdict_line; /* a "Decision:" in a component's section */
	/* the first verdict field near the top ("Result: Not met" over the
	 * points of a service assessment), the whole's beside the parts' */
	struct {
		prr_level level;
		const char *text;
		int line;
		prr_str weak; /* a "Status:" label, no "Verdict:" (a copy: the
			       * text it is read from grows, and moves) */
	} top_field;
	/* the line of a verdict read from a "Recommendation:" label, 0 none
	 * (imp_head_top_field_finish) */
	int verdict_advice;
	/* the line of the last heading under "## Decision" that opens with
	 * a verdict ("### GO — RC3 staging"), 0 none (import_head_asides.c) */
	int decision_head;
	const char *decision_text; /* those headings' words, "; " between */
	struct {
		size_t scores, dimensions, components, checklists, waves,
			milestones, estimates, risks, findings, commits,
			sections, tables, audit, fields;
	} cap;
	prr_date_order date_order; /* how its days in digits read */
} imp;

/* The first date of s[0..n), a day in digits of two readings ("03/04/2026")
 * read as the document's other days settle it (prr_rec_date_order); a
 * date given as an example ("_(e.g. 2026-01-01)_") is none. */
bool imp_date_find(const imp *im, const char *s, size_t n, prr_date_hit *hit);

/*
 * Appends a zeroed element to the review's array `arr`.  The importer
 * keeps no pointer into these arrays across an append (it keeps indices),
 * so outgrown copies can go at once (prr_arena_regrow): that took a
 * tenth off the peak memory of importing a 20 MB document.
 */
#define PUSH(im, arr)                                                         \
	((im)->r->arr = prr_arena_regrow((im)->a, (im)->r->arr,               \
					 &(im)->cap.arr,                      \
					 (im)->r->n_##arr + 1,                \
					 sizeof *(im)->r->arr),               \
	 memset(&(im)->r->arr[(im)->r->n_##arr], 0, sizeof *(im)->r->arr),  \
	 &(im)->r->arr[(im)->r->n_##arr++])

/*
 * Room for `need` elements of `size` in an importer-private array (section
 * extras, checklists' sections, pending figures): malloc'd, not in the
 * review's arena, because an arena keeps every outgrown copy (about as
 * much again as the array) until the review is freed, while these die
 * with the import.  New elements are not zeroed.
 */

#define HASH_START 14695981039346656037u

/* ASCII lower case, as tolower() in the C locale, without its call. */
static inline unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

typedef struct item {
	const char *raw;  /* Markdown-ish, "**" kept (scratch) */
	size_t raw_n;
	int line;
	char task;        /* 'x', ' ', or 0; also for a box written as text */
	bool struck;      /* its text struck whole (taken back) */
	bool done;        /* struck and said over: "~~Leak~~ — resolved" */
	prr_status box;   /* what a box written as text says ("[~]": partial) */
	bool flagged;     /* "[!]": a box flagged, its words say the state */
	size_t node;
	/* its marks, read once (imp_list_items): the lengths of the marks
	 * and status words that open and close it (prr_status_lead, _tail),
	 * and what its marks anywhere state (prr_status_from_marks) */
	size_t lead, tail;
	prr_status marks;
	bool marks_known;
	/* a status said in words after its title and a dash or colon
	 * ("**Rollback rehearsed** — met, 14 minutes"): the title's length
	 * (0: none said) and the status */
	size_t said_title;
	prr_status said;
	/* the state before, beside the state after ("❌ Before: …" then
	 * "✅ After: …"): history, read as nothing (imp_items_before_after,
	 * import_items_state.c);
	 * 2 if it was marked (its marks then's, gone), 1 if not, else 0 */
	unsigned char earlier;
} item;


typedef struct table {
	size_t cols, rows;
	const char **head;   /* clean */
	prr_col *roles;
	const char ***raw;   /* rows x cols, Markdown-ish */
	const char ***cell;  /* rows x cols, clean */
	int *line;
	int first_line;
} table;

/* What a line is, for the headline's candidates (import_head.c). */
/* The table read, handled as a Markdown table is (import_table.c);
 * `tab` the node that holds it, whose lines it takes. */
void imp_handle_read_table(imp *im, const table *given, size_t tab);
/* An HTML table in the HTML block `at`, text s[0, n): read as a
 * Markdown table is; false, and said, when it is no grid prr reads
 * (import_html_table.c). */
bool imp_html_table(imp *im, size_t at, const char *s, size_t n);

typedef enum imp_line_kind {
	IMP_LINE_TEXT,      /* a paragraph's line */
	IMP_LINE_ITEM,      /* a list item: fields only, as in a paragraph */
	IMP_LINE_HEADING,
	IMP_LINE_COMPONENT, /* a line inside a component's section */
	IMP_LINE_CODE,      /* a line of a code block: fields only */
	IMP_LINE_META,      /* a line of front matter: its date only */
} imp_line_kind;

/* findings (import_find.c) */
int imp_container(imp *im);
void imp_group_must_fix(imp *im, const char *s, size_t n);
/* The finding kind heading stack entry `k` states (1 findings, 2 blockers,
 * -1 resolved; 0 none), and whether its words say what is under it is
 * resolved or fixed (import_find.c). */
int imp_kind_of(imp *im, int k);
bool imp_over_resolved(imp *im, int k);
/* Inside a section over what is resolved or fixed ("## Findings closed
 * since the last review"). */
bool imp_resolved_context(imp *im);
/* The kind of a numbered heading that names a list ("3. Findings"), 0 for
 * any other: its sub-headings are not findings for it, as they are under
 * imp_container's, but its paragraphs, lists and tables are. */
int imp_numbered_list_heading(imp *im);
/* A table of fields read as such (import_table_fields.c): 1 read, 2 read
 * and kept as a table too (a record of the review in one row), 0 no
 * table of fields. */
int imp_table_fields(imp *im, const table *t);
/* Under a heading that is one finding ("### 1. CRITICAL: No migrations"):
 * its sub-headings and lists describe that one (import_find.c). */
bool imp_inside_finding(imp *im);
/* An open blocker written as an item ("- [ ] writer: alert on insert
 * failures" under "## Blockers"): a blocking finding. */
void imp_open_blocker(imp *im, const char *s, size_t n, int line);
/* A finding (new_finding's); a <details> summary that is one (import_generic.c) */
prr_finding *imp_new_finding(imp *im, const char *s, size_t n, int line, bool blocking);
bool imp_details_finding(imp *im, const char *s, size_t n, int line);
/* A finding written as a callout ('!!! warning "REC-44 — Medium"',
 * "[!bug] KM-2291 — …", ":::caution Blocker" over a bold finding)
 * (import_generic.c) */
bool imp_callout_finding(imp *im, const char *s, size_t n, int line);
/* "ISSUE #1 - 🔴 BLOCKING" / "Problem: …": a finding in plain lines
 * (import_issue_block.c) */
bool imp_issue_block_finding(imp *im, const char *s, size_t n, int line);
/* "### C1" over "- Problem: …": the ID-only finding's title */
void imp_id_title_field(imp *im, prr_str nm, prr_str val);
/* "**Open item:** `x == 0` is treated as 1": one open finding */
void imp_open_item_field(imp *im, prr_str nm, prr_str val, int line);
/* A finding of a checklist item marked not done that names its ID rated
 * in parentheses ("- ❌ Cache stampede protection — GC-7 (High, blocking)"). */
void imp_marked_finding(imp *im, const char *s, size_t n, int line);
/* Findings a paragraph names in passing, each an ID and its severity in
 * brackets after what it is ("… which a year of daily files will hit
 * (LEX-12, high)."), titled by its sentence up to them; not under a
 * heading of risks or of what is resolved, nor inside a finding. */
void imp_prose_findings(imp *im, const char *s, size_t n, int line);
void imp_lead_paragraph(imp *im, const char *s, size_t n, int last_line);
/* "Not conditions, but expected before April payroll:" under "# 4.
 * Conditions (must be met by …)": a lead-in line that opens by denying
 * the heading's word is the title of the list right under it, not the
 * heading (imp_list_title: `title`, or that lead-in for a list whose
 * first line is `first_line`). */
void imp_denied_lead(imp *im, const char *s, size_t n, int last_line);
/* "**Token Storage**:" alone over "- ✅ AES-256-GCM …", then "**JWT
 * Handling**:" over the next list under the same heading: checklists
 * made right under two or more bold labels alone in one section are
 * titled by them, not each by the heading (import_checklist.c). */
void imp_label_lead(imp *im, const char *s, size_t n, int last_line);
const char *imp_list_title(imp *im, const char *title, int first_line);
int imp_lead_kind(imp *im, int first_line);
bool imp_label_ends_in_id(const char *s, size_t n);
bool imp_singular_label(const char *s, size_t n);
bool imp_fixes_made_label(const char *s, size_t n, size_t w);
bool imp_details_list(const imp *im, int first, const item *items, size_t n);
bool imp_summary_restates(const imp *im, size_t n);
/* "Rating: **Yellow**", "RAG: Amber-Green" (`name`; `value` from its
 * start, emphasis skipped): a part rated in a colour of red, amber
 * (yellow) or green, its status as a "Status:" field's (not "Rating:
 * 8/10", "Rating: High"; import_bullets.c). */
bool imp_colour_rating(const char *name, const char *value);
size_t imp_refers_elsewhere(const char *s, size_t n);
/* Whether a label that says what follows is over ("**Closed**") leads
 * the list at first_line. */
bool imp_lead_over(imp *im, int first_line);
/* A list of fixes under a heading that says they block ("## Priority
 * Fixes" / "### 🔴 CRITICAL (Must fix before production)"): the findings
 * an item names ("Fix Inconsistent BCrypt Rounds (use 12 everywhere)")
 * block.  Takes nothing: the list stays the caller's. */
void imp_fixes_of_findings(imp *im, const item *items, size_t n);
/* A finding's or risk's title: after its ID, without the marks and the
 * severity tag ("[HIGH]", "High —", "(P1)" at the end) read already. */
const char *imp_item_title(imp *im, const char *s, size_t n);
bool imp_heading_finding(imp *im, size_t si, const char *s, size_t n,
			 int line);
/* Whether section si's heading, at `line` ("1. SECURITY (CRITICAL)"),
 * has numbered parts right under it ("1.1 …"): 0 none, 1 parts, 2 parts
 * with parts of their own; whether a heading's words are in capitals
 * (import_severity.c). */
int imp_numbered_parts(const imp *im, size_t si, int line);
bool imp_capitals_heading(const char *t);
bool imp_category_group(const char *t, size_t n, int parts);
/* Where "[HIGH] …" starts in "1.1 — [HIGH] …" (a bold line's finding,
 * its outline number its ID), else 0 (import_severity.c). */
size_t imp_outline_rated(const char *b, size_t bn);
bool imp_list_findings(imp *im, item *items, size_t n, int kind);
/* "**Q: Is there a runbook?**" then "A: Yes. ✅": a question answered, a
 * checklist item where a mark judges the answer; true when the paragraph
 * is one (import_meta.c) */
bool imp_qa_paragraph(imp *im, const char *s, size_t n, int line);
/* the questions answered, a checklist per section, once read */
void imp_qa_checks(imp *im);
/* "Only PT-01 blocks launch.": the IDs a sentence says block, kept for
 * the end (import_para.c) */
void imp_note_blocking_ids(imp *im, const char *s, size_t n, int line);
/* The first list under a heading of conditions ("## Conditions for
 * go-live"): the findings its open items name, by ID ("(CAG-419)") or by
 * their number in the last list of findings ("(issue 1)"), block
 * (import_para.c) */
void imp_note_conditions(imp *im, const item *items, size_t n, bool first);
/* Drops the findings said to be fixed (import_para.c). */
void imp_drop_fixed_findings(imp *im);
/* "We score every criterion 0–3": the scale, for the tables of bare
 * numbers after it (import_scale.c). */
void imp_note_scale(imp *im, const char *s, size_t n);
/* The scale of score column `col` of `t` whose cells are bare numbers
 * (its header's, its written fractions', the text's stated scale, else
 * 10 or 100, then *guessed), or NaN (import_scale.c). */
double imp_column_scale(imp *im, const table *t, int col, bool *guessed);
/* The dimensions of a table of bare numbers whose scale was guessed, set
 * to what a total beside them says: ten scores summing to "Total: 22 /
 * 30" are each out of 3 (import_score.c). */
void imp_settle_dimension_scale(imp *im);
/* The index of the dimension named `name` (by prr_name_eq), the first
 * one, or PRR_NAMES_NONE; linear in the dimensions over an import
 * (import_score.c). */
size_t imp_dimension_named(imp *im, const char *name);
/* What the importer made, fitted to the loader's rules (import_fit.c). */
void imp_fit_schema(imp *im);
/* "31 / 33 items done": s[0..n)'s first fraction counts things, no
 * score (import_score.c). */
bool imp_counted_fraction(const char *s, size_t n);
/* "**Score: 6/7 verification gates pass.**": a paragraph's field whose
 * generic label ("Score") calls a count of what the review checks its
 * score (v of max, s[0..n) its value): the review's own as written, no
 * dimension named after the heading above; added, and true
 * (import_score.c). */
bool imp_whole_count(imp *im, const char *label, const char *s, size_t n,
		     double v, double max, int line);
/* "Questions answered", "Checks passed": things counted, not scored. */
bool imp_counted_label(const char *label);
/* "Target", "Bar for launch", "Threshold": a figure to reach, no score. */
bool imp_target_label(const char *label);
/* "**Privacy Score**: 100/100" in a section after an overall score, or
 * "**Security Grade:** A": a part's score, no overall one. */
bool imp_part_score(imp *im, const char *label, bool in_section);
/* Whether a count ("(2/2 networks …)") or a share ("of …") of things
 * follows the percent at p. */
bool imp_count_after(const char *s, size_t n, const char *p);
/* Whether a label names a score ("Overall Score", "Rating", "Nota"). */
bool imp_names_score(const char *label);
/* A label of the whole's score ("Overall", "Readiness score") or of none
 * in particular ("Score", "Rating"). */
bool imp_whole_score_label(const char *label);
bool imp_share_percent(const char *label, const char *v, size_t n);
/* The bare number a cell holds ("8", "**7.5**", "🟢 85"), or NaN
 * (import_score.c). */
double imp_bare_number(const char *s);
/* "Previous quarter", "Last review": a label of an earlier review's
 * figure (import_score.c). */
bool imp_earlier_label(const char *label);
/* Finding f is over, left out once counted (imp_drop_fixed_findings). */
void imp_fixed(imp *im, size_t f);
/* Whether a sentence after the first of s[0..n) opens by saying the
 * finding is over: "ES timeouts. Resolved on 30 October; kept here for
 * reference." (import_para.c). */
bool imp_says_fixed(imp *im, const char *s, size_t n);
/* A finding's own text (an item, a bold paragraph's) that ends with a
 * remark in brackets opening by saying it is over: "… malformed DSL
 * (fixed in 0.9.3, kept here for the record)." (not a paragraph under a
 * finding's heading, where it may say of the words before it: "The
 * retry storm (fixed in 2.3) made it worse."). */
bool imp_remark_fixed(imp *im, const char *s, size_t n);
/* Whether the parentheses that rate a finding's ID say it is over, in a
 * clause after the severity: "PUSH-5 (low, closed): …", "(high, closed
 * 2026-05-30)" (import_para.c). */
bool imp_rating_over(imp *im, const char *s, size_t n);
/* Where the parentheses that rate a finding's ID open and close:
 * s[*o] '(' and s[*e] ')' (import_para.c). */
bool imp_rating_parens(const char *s, size_t n, size_t *o, size_t *e);
/* The component an item names beside its severity ("TB-21 (Critical,
 * ledger-writer)", "Q-6 — P3 — indexer: …"), or NULL; the effort its
 * text states ("Effort 5–8 days.") into f (import_find_items.c). */
const char *imp_rated_component(imp *im, const char *s, size_t n);
void imp_stated_effort(prr_finding *f, const char *s, size_t n);
/* Whether a field's name is a finding's severity: "Severity",
 * "Priorité", "Závažnost", "חומרה" (any case, emphasis aside;
 * import_meta.c) */
bool imp_severity_name(const char *p, size_t n);
/* "**F-1 (High): Title.** text" under a heading of findings: a finding */
bool imp_paragraph_finding(imp *im, const char *s, size_t n, int line);
/* "… **Blocking** for the launch.": a sentence of the text under a
 * heading that is one finding opens with a blocking word; that finding
 * blocks (import_find.c) */
void imp_finding_body_blocks(imp *im, const char *s, size_t n);
void imp_risk_mitigation(imp *im, prr_risk *r, size_t li_node);
/* scores stated in headings and lines (import_score.c) */
bool imp_score_text(imp *im, const char *s, size_t n, int line,
		    imp_line_kind kind);
/* "… Nota geral atribuída\npela banca: 5,5 / 10": the words that end the
 * paragraph's line before s (which opens a line of it), from where their
 * sentence starts, four at most, or NULL (import_para.c) */
const char *imp_para_wrapped(imp *im, const char *s);
void imp_table_metric_scores(imp *im, const table *t);
/* what a figure that looks like a score is not (import_score_what.c):
 * "Label: 🌟🌟🌟🌟☆", "TOTAL: █████░░ 71% done" read as a score; a
 * heading's label of things in a state ("Not Implemented (1-2%)") */
struct prr_score_hit;
bool imp_stars_or_bar(const char *s, size_t n, struct prr_score_hit *h);
bool imp_heading_state(const char *label);
/* "7/7 PASS", "1053/1055 tests passed": a count of things that pass */
bool imp_pass_count(const char *s, size_t n);
/* "40% Ready": a percent that runs into the word ready */
bool imp_percent_ready(const char *s, size_t n);
/* "| **Production ready** | **6.5/10** |": a scorecard's row of the
 * whole's readiness for production, its total, no dimension */
bool imp_readiness_row(const char *name);
/* Whether the heading just read is under one of work done ("## Feature
 * Completeness" over "### Budget Management (100%)"): its figure is the
 * share done, no dimension (import_score_what.c) */
bool imp_under_completeness(imp *im);
bool imp_table_measures(const table *t);
bool imp_metric_label(const char *label);
/* "Pylint: 8.65/10", "Lighthouse: 95/100": a label that names a tool
 * measuring code or pages, its one metric no score of the review's nor
 * a dimension (import_score_what.c) */
bool imp_tool_label(const char *label);
bool imp_bold_part_score(imp *im, const char *p, size_t k, int line);
bool imp_ready_percent(imp *im, const char *label, const char *s, size_t n,
		       int line);
/* "**Tool is PRODUCTION READY (95%)**": a verdict of readiness whose
 * words end right before "(95%)" (s[a..i] the figure, i its '%'): the
 * share of readiness it states, the review's score; the verdict's words
 * at s[*vat..+*vlen) (import_score_what.c) */
bool imp_ready_then_percent(const char *s, size_t a, size_t i, size_t n,
			    size_t *vat, size_t *vlen);
/* "Status: ✅ 100% READY": a state's label over readiness whole, a status
 * word, no score (import_score.c) */
bool imp_status_ready_whole(const char *label, const char *v, size_t n);
void imp_add_scored(imp *im, const char *label, double v, double hi,
		    double max, const char *grade, int line, imp_line_kind kind);
/* a score's label names readiness alone ("Operational readiness"), no
 * sum ("Overall readiness") */
bool imp_readiness_only(const char *label);
/* a list's item named by readiness alone, among the list's dimensions:
 * one of them, not the overall score (import_parts.c) */
void imp_list_scores(imp *im, int first, int last);
/* figures stated twice (import_claims.c) */
void imp_claim_percent_count(imp *im, const char *s, size_t n,
			     const char *text, int a, int b, int line);
void imp_note_severity_counts(imp *im, const char *s, size_t n, int line);
void imp_resolve_severity_counts(imp *im);
void imp_note_step_count(imp *im, const char *s, size_t n, int line);
void imp_resolve_step_counts(imp *im);
void imp_claim_score_mean(imp *im);
void imp_claim_heading_percents(imp *im);
/* "## All 23 points" against the sub-headings listed under it */
void imp_claim_heading_counts(imp *im);
/* "## 2. Reliability (7/9)" over a list of nine boxes: a count of boxes
 * ticked, audited against them, not a dimension scored 7 of 9. */
void imp_claim_heading_tallies(imp *im);
/* Dimension `at` stated again at `line` with value `v` (import_parts.c) */
void imp_note_restated(imp *im, size_t at, int line, double v);
/* Dimensions of the same names stated again, with other values, under
 * sibling headings ("## catalog", "## compaction"): each part's, not the
 * review's; they go, their tables stay, and a warning says so. */
void imp_part_dimensions(imp *im);
/* Whether the heading just read is under a heading of examples ("##
 * Scoring Examples" over "### Perfect Configuration (10.0/10.0)"): its
 * score is an example's, no dimension (import_parts.c). */
bool imp_under_examples(const imp *im);
/* Findings under the heading of a part that states its own verdict,
 * where two parts or more do ("## payout-router" … "**Verdict: GO.**" …
 * "Open: **PR-71 (Low)** — …"): of that part's component, unless they
 * name one. */
void imp_part_findings(imp *im);
#include "import_plan.h" /* plans (import_plan.c), of the types above */
/* head words (import_head_words.c): what a headline's line says */
/* A heading that decides ("Verdict", "Decision", "5. Decision"; not "Key
 * decisions"): its first verdict is the document's. */
bool imp_head_decides(const char *t);
/* A heading that closes the document with its judgement
 * ("Recommendation", "Conclusion", "Final Verdict"). */
bool imp_head_closing(const char *t);
/* A heading that concludes: it closes the document, or sums it up
 * ("Summary", "Status", "Overall", "## Result", a vote's result). */
bool imp_head_concluding(const char *t);
/* A heading over votes cast ("Roll call", "Votes"). */
bool imp_head_votes(const char *t);
/* A day of a heading after "since": an earlier review's ("## What
 * changed since 2026-01-20"). */
bool imp_head_since_day(const char *s, const prr_date_hit *day);
/* "Label: value" or "Label：value": the label's span without emphasis,
 * emoji and quote marks, or false. */
bool imp_head_label_of(const char *s, size_t n, prr_str *label, prr_str *value);
/*
 * What a label says: how strongly it dates (prr_rec_date_label) or
 * judges (verdict_label) its value, and whether it names another date.
 * Documents repeat their labels ("Status:", "Owner:"): the answers are
 * kept per label text in a small direct-mapped table.
 */
typedef struct label_kind {
	int date, verdict;
	bool other_date;
} label_kind;
label_kind imp_head_label_kind(imp *im, const char *s, size_t n);
/* Whether the first day of s[0..n) is before the review's day as read so
 * far: what it dates is an earlier review's ("Verdict (R1, 2026-08-03)"
 * in a re-review of 1 September); one dated after it is not. */
bool imp_head_dated_before(imp *im, const char *s, size_t n);
/* "The Board agreed a **GO** for ED." then "Maternity is **NO-GO**.": a
 * part refused beside the go read at `rank`, partial, quoting both; true
 * when s[0..n) was read so (import_head.c). */
bool imp_head_part_refused(imp *im, const char *s, size_t n, int rank);
/* Whether s[0..n) opens with an update's label ("UPDATE 2026-03-02:",
 * "EDIT 2026-03-02:", "Update (Rosa):"), its value in *value: what the
 * author says holds now. */
bool imp_head_update_label(const char *s, size_t n, prr_str *value);
/* Whether sentence s[0..n) reports what an earlier review said: "The
 * RC-2 review on 2026-02-18 said **GO for dark launch**." (a day before
 * this review's), "The previous review concluded **NO-GO**."; its verdict
 * is none of this review's */
bool imp_head_reports_earlier(imp *im, const char *s, size_t n);
/* The level s[0..n) states (a label's value where `label`) without its
 * sentences that report an earlier review's verdict: "CONDITIONAL GO —
 * shadow traffic may start. The 2026-03-04 review said NO-GO." is
 * partial; unknown when every sentence does. */
prr_level imp_head_level_now(imp *im, const char *s, size_t n, bool label);
/* "Approved by the CAB on 2026-03-17 (5 for, 0 against, 1 abstention).":
 * an approval by someone that names nothing it approves or on what terms
 * (no "for …", "to …", "with …"), the review accepted as written. */
bool imp_head_bare_approval(const char *s, size_t n);
/* "Approved by: __________", "Signed off by: <name>", "Approved by: ___
 * Date: ___": a sign-off with no one's name filled in (the form of a
 * template), which approves nothing. */
bool imp_head_unsigned(const char *s, size_t n);
/* A callout's or an admonition's title that states a verdict: "> [!failure]
 * Android — Not ready", ":::danger NO-GO for GA", '!!! danger "Not ready"';
 * read as a line all in bold is where `states` (near the top, or under a
 * concluding heading); a part's beside another part's of another level,
 * partial.  True when line s[0..n) was read so. */
bool imp_head_callout(imp *im, const char *s, size_t n, int line, bool states);
/* Whether s[0..n) has any letter a verdict is written in, and does not
 * open with an option weighed ("Option 2 was rejected"). */
bool imp_head_may_judge(const char *s, size_t n);
/* The length of s[0..n), a line's end inside the paragraph being read,
 * carried on to the end of its sentence where the line breaks it off
 * (and the sentence after it that sums up: "Overall: partially ready"). */
size_t imp_head_sentence_on(imp *im, const char *s, size_t n);
/* The longest run a sentence is read to, either side of what it holds
 * (a sentence wrapped over a paragraph's lines; a paragraph with no full
 * stop is not read to its ends from each of its lines or words). */
#define IMP_SENTENCE_MAX 1024
/* The same for a text shown as it is, not onto a line that opens with a
 * symbol or an emoji (reactions under a chat message). */
size_t imp_text_sentence_on(imp *im, const char *s, size_t n);
/* A verdict's quote s[0..n) in the paragraph being read, with the next
 * sentence when that one opens on the same line, is short, is no field
 * and states a level of its own (it qualifies the verdict: "… does not
 * hold the pilot back. It does hold back the general rollout, which this
 * board has **not** approved."): the length with it, else n. */
size_t imp_head_qualified(imp *im, const char *s, size_t n);
/* The sentence (*q, *qn bytes) around a verdict's words in bold at
 * s[a..b) of line or paragraph s[0..n), read in the paragraph being read
 * ("[!WARNING] **NO-GO** until … (MRL-91)."); false when it runs on too
 * far (240 bytes either side) to be quoted. */
bool imp_head_bold_sentence_of(imp *im, const char *s, size_t n, size_t a,
			       size_t b, const char **q, size_t *qn);
/* "### T-7d (2026-10-10)", "## Phase 2 — 2026-03-01": a heading of a
 * step of a timeline or plan, whose day is the step's. */
bool imp_head_timeline_step(const char *s, size_t n);
/* "## Success Criteria" … "**Go/No-Go**: Fortune-500 pilot ready": a
 * gate's criterion, no verdict (import_head_forms.c). */
bool imp_head_goal_gate(const imp *im, prr_str label, prr_str value);
/* "Production readiness: NOT READY" as the document's last line: its
 * closing word, under any heading (import_head_forms.c). */
bool imp_head_closing_field(const imp *im, prr_str label, const char *s, size_t n);
/* Whether the line s[0..n) is the document's last, its trailing blanks
 * and emphasis aside (import_head_forms.c). */
bool imp_head_last_line(const imp *im, const char *s, size_t n);
/* The level a verdict's words state ("4 of 5 COMPLETE" partial). */
prr_level imp_head_words_level(const char *s, size_t n);
/* The level a verdict label's value states: its words, or marks alone;
 * what an arrow leads to ("5 Go, 1 No-Go → GO"). */
prr_level imp_head_label_level(const char *s, size_t n);
/* A label's value without emphasis, spaces and a full stop. */
prr_str imp_head_bare_value(prr_str v);
/* "RAG", "Overall RAG", "RAG status": the whole's. */
bool imp_head_rag_label(prr_str label);
/* "Program: NO-GO — …": a program's label whose value opens with a
 * verdict states the document's ("Program: Checkout Replatform" names
 * the project). */
bool imp_head_program_verdict(const char *label, size_t ln, const char *v,
			      size_t vn);
/* A sentence that concludes: "So, …", "Overall, …", "In summary, …". */
bool imp_head_concludes(const char *s, size_t n);
/* s[0..n) holds `max` words or fewer. */
bool imp_head_few_words(const char *s, size_t n, size_t max);
/* A line that opens with a sentence in bold ("**Not ready.** Two …"). */
bool imp_head_bold_sentence(const char *s, size_t n);
/* A line in bold that opens with a finding's ID and a dash ("**A6 —
 * `ship` closes tasks before integrating. HIGH.**"): a finding. */
bool imp_head_bold_finding(const char *s, size_t n);
/* The '.' at s[b] is a number's ("4.2", "1. listopadu"). */
bool imp_head_dotted_number(const char *s, size_t n, size_t b);
/* Whether the answer s[0..n) to a question heading opens with a part's
 * label ("**Backend**: YES"): the part's answer (import_head_asides.c) */
bool imp_head_part_answer(imp *im, const char *s, size_t n);
/* The same under a heading that asks (import_head_asides.c) */
bool imp_head_part_answers(imp *im, const char *s, size_t n);
/* Whether s[0..n) is a rule over the criteria, one sentence: "If any
 * criterion is FAIL, the system is NOT ready." (import_head_asides.c) */
bool imp_head_rule(const char *s, size_t n);
/* Whether the line s[0..n) is "---", "***" or "___", spaces between
 * (import_dated.c) */
bool imp_thematic_break(const char *s, size_t n);
/* Whether s[0..n) is the state of the document it names, not the
 * system's: "Phase 13 go/no-go matrix — documentation only, pending
 * review" (import_head_asides.c) */
bool imp_head_doc_state(const char *s, size_t n);
/* Whether the weak label's line s[0..n) at `line` closes the document:
 * imp_head_closing_field's, or one sentence after a rule ("---"), with
 * no heading after it ("---" then "**Status:** 🟢 READY FOR LAUNCH"), or
 * the last line all in bold ("**Status: READY FOR PRODUCTION
 * DEPLOYMENT** ✅"; import_head_asides.c) */
bool imp_head_closes_doc(const imp *im, prr_str label, const char *s,
			 size_t n, int line);
/* Whether that line, closing the document, narrows a ready read as
 * strong at the head to a condition ("**Status:** Ready for launch after
 * Stripe configuration ✅"; import_head_asides.c) */
bool imp_head_closing_condition(const imp *im, const char *s, size_t n,
				int line);
/* Whether the line at s goes on with a sentence of its paragraph's line
 * before it: read with that line, not alone (import_head_asides.c) */
bool imp_head_mid_sentence(const imp *im, const char *s);
/* A "Recommendation:" under a numbered heading ("### 1.1 Row Level
 * Security"): its area's advice (import_head_asides.c) */
bool imp_head_part_advice(const imp *im, prr_str label);
/* "## Decision" over "### GO — RC3 staging release candidate" and "###
 * NO-GO — unrestricted public production (GA)": each a verdict for its
 * scope, read together at a decision's rank; true when s[0..n) is one
 * (import_head_asides.c) */
bool imp_head_decision_heading(imp *im, const char *s, size_t n, int line);
/* "## Verdict — GO": a heading's strong verdict label set off by a dash;
 * "The current recommendation is **Pilot Only**", a line's sentence
 * whose subject is the verdict: their label and value as
 * imp_head_label_of's (import_head_asides.c) */
bool imp_head_dash_label(imp *im, const char *s, size_t n, imp_line_kind kind,
			 prr_str *label, prr_str *value);
/* The head's status field beside a later, stronger verdict: quoted
 * over a recommendation of its level, else warned of when its level
 * differs (import_head_asides.c) */
/* s copied into the review's arena: a label read from a node's text,
 * kept past the walk that grows (and moves) that text. */
prr_str imp_head_kept(imp *im, prr_str s);
void imp_head_top_field_finish(imp *im);
/* Whether a lead-in ("…:") refuses, so leads into no conditions: "The
 * Widget is now ready for client demos with:" (import_head_asides.c) */
bool imp_head_lead_in_refuses(const char *s, size_t n);
/* head */
void imp_head_line(imp *im, const char *s, size_t n, int line,
		   imp_line_kind kind);
/* Called before a code block's line and again after it: what the line
 * states is held apart, the date or verdict only where nothing outside
 * code states one. */
void imp_head_code_swap(imp *im);
/* dated (import_dated.c): the review's date in the lines near the top.
 * A label of another day than the review's ("Next review", "ETA") */
bool imp_date_other_label(const char *s, size_t n);
/* a day found: the review's date if nothing ranked higher */
void imp_date_take(imp *im, const prr_date_hit *hit, int rank, int line);
/* the day in s[0..n), if any, taken at `rank` */
void imp_date_candidate(imp *im, const char *s, size_t n, int rank, int line);
/* a strong date label's value left to fill in ("Review meeting: TBD"):
 * the review's day is not set, and no weaker line dates it */
void imp_date_unset(imp *im, const char *s, size_t n, int line);
/* "Reviewed by the SRE guild on …", "Meeting held Tuesday, …": a verb of
 * reviewing before `day` dates the review; `far` from the top (a byline
 * that signs the document off at its end), a strong verb only, and only
 * where nothing else dates it */
void imp_date_review_verb(imp *im, const char *s, const prr_date_hit *day,
			  int line, bool far);
/* a line that holds `day` and is metadata, not prose (a byline, a day
 * set apart, a short line), unless an event's */
bool imp_date_metadata_line(const char *s, size_t n, const prr_date_hit *day);
/* a day that opens a line of im->para whose line before breaks off
 * mid-sentence: the sentence's, wrapped, no dateline; read in it */
bool imp_date_wrapped(imp *im, const char *s, size_t n, const prr_date_hit *day,
		      int line);
/* a label that names the review ("Readiness review:") over a value that
 * opens with its day: the review's, as a heading naming it gives */
bool imp_date_named_review(const imp *im, prr_str label, prr_str value);
/* "… This follow-up review: 2026-06-17.": the last sentence's label
 * dates the review (imp_head_line, of a line with no label) */
void imp_date_last_sentence(imp *im, const char *s, size_t n, int line);
/* Whether a section's heading s[0..n) names the review whose `day` it
 * holds ("## Review — 20 April 2026"), not an event of its own ("##
 * Launch — 4 May 2026"). */
bool imp_date_heading_names_review(const char *s, size_t n,
				   const prr_date_hit *day);
/* "**Status update as of 2026-02-26**": a metadata line that gives the
 * day the document's state is of; it outranks a day in the title, which
 * may be the day of the event the document is about */
bool imp_date_as_of(const char *s, size_t n, const prr_date_hit *day);
/* A file that keeps its reviews one after another, each under a heading
 * with its day ("## Review 3 — 2026-10-20"): the text to read, the newest
 * alone (the others blanked in `out`, line numbers kept, and said in a
 * warning), or `text` itself. */
/* Whether block i (of the top level) is not read: it is inside a section
 * or a <details> block that keeps an earlier review for comparison ("##
 * Appendix B — Previous review (2026-06-22)"), whose words stay in the
 * narrative; headings and HTML blocks open and close such a part
 * (import_generic.c). */
bool imp_earlier_review_block(imp *im, size_t i);
const char *imp_dated_newest_review(imp *im, prr_buf *out, const char *text,
				    size_t len);
/* A running log, one entry under each heading that opens with its day
 * ("## 2026-03-02 — go/no-go checkpoint"), newest first or last, two or
 * more entries stating a verdict: the newest is the review (its day the
 * date), the others history (imp->history, said in a note). */
void imp_dated_log(imp *im, const char *text, size_t len);
/* Whether `line` is in an entry of a log before its newest. */
bool imp_history_line(const imp *im, int line);
/* "Round 2", "Iteration 3", "Pass 1", "Review #2" opening s[0..n)
 * (emphasis aside): one of a series of reviews by its number (1 to 999),
 * returned, *word which word names it; 0 for none. */
int imp_numbered_round(const char *s, size_t n, int *word);
/* A document whose headings are lines all in bold, numbered ("**1.
 * Scope**", "**2.1 Route Planner**"), and no Markdown heading: those
 * lines made headings of the same length, every offset and line the
 * document's.  Returns the text to read (import_markup.c). */
const char *imp_bold_headings(prr_buf *out, const char *text, size_t len);
/* Obsidian's "%% … %%" comments blanked (in `out`, line numbers kept),
 * or `text` itself (import_markup.c). */
const char *imp_hide_comments(prr_buf *out, const char *text, size_t len);
/* "Fairness: $2/5$": s[0..n) with LaTeX's "$" around a plain fraction
 * taken off, in an arena copy (*n its length); `s` when it holds none */
const char *imp_plain_math(imp *im, const char *s, size_t *n);
/* Google Docs' escaped list markers ("\- \[ \]", "1\. ") read as the
 * lists they are (import_markup.c) */
const char *imp_unescape_lists(prr_buf *out, const char *text, size_t len);
/* Confluence's status macro ("{status:colour=Yellow|title=CONDITIONAL
 * GO}"), outside code, read as the lozenge a reader sees: its title, where
 * the macro opens ("Status: " before it when it opens its line), the rest
 * of it blanked (in `out`, which may already hold `text`; each line its
 * length); one without a title left as it is.  Returns the text to read
 * (import_markup.c). */
const char *imp_confluence_status(prr_buf *out, const char *text, size_t len);
/* Confluence's wiki tables ("||Component||Status||" over "|auth-api|(/)|"),
 * outside code, made Markdown's for md4c: "|Component|Status|", then a
 * delimiter row, blank lines where text touches the table; and a blank
 * line between a paragraph's line and a Markdown table right under it
 * (md4c reads it as the paragraph's text, GitHub as a table); the added
 * lines are the header's or the next line's in the document (im->orig,
 * im->pmap).  Returns the text to parse, `text` when it holds none, and
 * its length in *len (import_markup.c). */
const char *imp_confluence_tables(imp *im, prr_buf *out, const char *text,
				  size_t *len);
/* "- 2026-02-10 v3 final": the latest entry of a log of versions */
void imp_date_logged(imp *im, const char *s, size_t n, const prr_date_hit *day,
		     int line);
/* "### Decision" over "- [ ] Go", "- [x] No-go", "- [ ] Go with
 * conditions": a choice, its ticked option the verdict, no checklist
 * (import_head_forms.c) */
bool imp_head_decision_boxes(imp *im, const item *items, size_t n);
/* Under a heading that decides ("Verdict", "Decision"). */
bool imp_head_in_verdict_section(imp *im);
/* The latest row of a log of decisions ("| 2026-10-12 | CONDITIONAL GO |
 * Arch board |"): its decision is the document's verdict if its day is
 * the review's (imp_head_finish decides, the date known then). */
void imp_head_logged_decision(imp *im, const char *date, const char *value,
			      int line);
/* The row "Overall | NO-GO" of a table of checks or components: the
 * document's verdict when the value states one, held apart until the
 * end (imp_head_total_row_finish); returns whether it did. */
bool imp_head_total_row(imp *im, const char *name, const char *value,
			int line);
/* The Overall row's status read as the verdict (rank 6) unless a verdict
 * outranks it or was stated under a heading that decides or closes; where
 * that one differs, a warning says so. */
void imp_head_total_row_finish(imp *im);
/* The verdict candidates of import_head.c, for the forms of
 * import_head_forms.c: take level `l` stated by s[0..n) at `rank` when it
 * outranks the best (imp_head_take), or the level its words state
 * (imp_head_candidate); [*a, *b) the sentences of s that hold its verdict
 * words. */
void imp_head_take(imp *im, prr_level l, const char *s, size_t n, int rank,
		   int line);
void imp_head_candidate(imp *im, const char *s, size_t n, int rank, int line);
void imp_head_verdict_sentences(const char *s, size_t n, size_t *a, size_t *b);
/* [*a, *b): the sentences of s[0..n) that hold s[at..at+len), read at
 * most IMP_SENTENCE_MAX bytes either side (each word in bold of a
 * paragraph with no full stop asks: not the whole paragraph each time)
 * (import_head_words.c, as imp_head_verdict_sentences). */
void imp_head_sentences_around(const char *s, size_t n, size_t at, size_t len,
			       size_t *a, size_t *b);
/* The forms (import_head_forms.c), each read from imp_head_line: "Review
 * (@dkim, tech lead), 2026-07-15: Approved." (a dated sign-off); "Ready
 * for 100%: **No**", "Overall RAG: A" (an answered label); the time of
 * day a label gives ("Decision (10:40)"), as minutes + 1, or 0; "Update
 * 14:00: now **GO**" after an earlier verdict (now_holds); "## Are we
 * ready?" answered by the next line (asked_by_heading); "Recommendation:
 * launch on 7 May" (go_ahead); answered_label's rank 0 is a heading's,
 * read (rank 4) only under a heading that closes. */
void imp_head_sign_off(imp *im, prr_str label, prr_str value, int line);
/* "- **HIGH RISK**: Site is not production-ready": a risk label in bold
 * whose short sentence of the whole says not production-ready, the
 * verdict at rank 2 (import_head_forms.c). */
void imp_head_risk_verdict(imp *im, const char *s, size_t n, int line);
void imp_head_answered_label(imp *im, prr_str label, prr_str value, int rank,
			     int line);
int imp_head_time_of_day(const char *s, size_t n);
/* A chat's or a thread's message stamp ("[17/03/2026 16:40] Marcus Lee",
 * "**Jonas**  9:20 AM"): a short line with a time of day, noted as the
 * stamp of what follows it; a pull request's review header ("**@x**
 * reviewed on Mar 13, 2026"), whose review (the paragraph under it) is
 * read as a sign-off of that day, a later one replacing it; and the
 * stamp of a verdict label: its own time of day (on the message's day),
 * else the message's. */
void imp_head_message_stamp(imp *im, const char *s, size_t n, int line);
long imp_head_stamp_of(imp *im, prr_str label);
void imp_head_now_holds(imp *im, const char *s, size_t n, int line);
/* "### Revised verdict", "This supersedes the verdict in §1": the first
 * verdict after it in its section replaces the one read before. */
void imp_head_revised(imp *im, const char *s, size_t n, int line,
		      imp_line_kind kind);
/* Whether paragraph node i is one of the rules a decision follows
 * ("**NOT READY** — if any tier-0 check fails." beside "**READY** — if
 * all tier-0 checks pass."): read as a quotation is, no verdict. */
bool imp_head_rules(imp *im, size_t i);
/* "Launch ramp **approved with conditions**:" under "## Decision": its
 * words in bold decide; after a plain go, its terms make it partial. */
void imp_head_lead_in(imp *im, const char *s, size_t n, int line);
void imp_head_asked_by_heading(imp *im, const char *s, size_t n, int line,
			       imp_line_kind kind);
/* "_Status as of 2026-10-08. The MVP is built; the product is **not yet
 * launch-ready**._": a status line that opens with its day, the sentence
 * after the day its value, as a "Status:" label's (import_head_forms.c). */
/* "Stand 2026-07-18: … → NIET LIVE.": its day and its verdict
 * (import_head_forms.c). */
void imp_head_status_line(imp *im, const char *s, size_t n, int line,
			  imp_line_kind kind, bool top);
/* "The decision is **NO-GO**.": a text line whose subject is a verdict
 * label, read as "Decision: NO-GO" (import_head_asides.c). */
bool imp_head_subject_label(const char *s, size_t n, imp_line_kind kind,
			    prr_str *label, prr_str *value);
/* Whether the line at s goes on with a sentence of its paragraph's line
 * before it (import_head_asides.c). */
bool imp_head_mid_sentence(const imp *im, const char *s);
void imp_head_status_dated(imp *im, const char *s, size_t n,
			   const prr_date_hit *day, int line);
/* The length of an icon and its space that open s[0..n) ("⚠️ ", "🎉 "),
 * or 0: an aside's icon is no part of its words. */
size_t imp_head_icon_lead(const char *s, size_t n);
/* The verdict in bold just read, read in its whole paragraph where that
 * states another level (import_head_forms.c). */
void imp_head_in_its_paragraph(imp *im);
/* The level of the marks that open s[0..n) where its words state none
 * ("🟡 **Good Foundation, Needs Enhancement**" partial), or unknown
 * (import_head_words.c). */
prr_level imp_head_lead_mark_level(const char *s, size_t n);
/* "So my answer to the question we were asked, …, is no: …": the answer
 * the writer gives in the paragraph that opens at s, its sentence the
 * verdict (import_head_forms.c). */
void imp_head_answer_given(imp *im, const char *s, int line);
/* Whether s[i..n) holds no letter nor digit (icons, marks, spaces);
 * false when i > n. */
bool imp_head_icons_after(const char *s, size_t n, size_t i);
void imp_head_go_ahead(imp *im, const char *s, size_t n, int rank, int line);
/* "Handover is **deferred** until NTF-88 and NTF-91 are closed": words
 * in bold b[0..k) that state a level alone, in a sentence s[0..n) that
 * states none whole and is hedged (of 400 bytes at most); they are its
 * condition, no verdict. */
bool imp_head_bold_waits(const char *b, size_t k, const char *s, size_t n);
/* "- [x] Approved for launch" among a list's boxes (not a role's
 * sign-off): ticked a go, not ticked none given yet. */
void imp_head_approval_box(imp *im, const item *items, size_t n);
/* Under a heading of level 3 or deeper that neither concludes nor decides:
 * what is stated there is that part's. */
bool imp_head_in_part(imp *im);
/* … or in a topic's section below the review's opening ("## Feature
 * Flags" after "## Checklist"): a "Status:" there is the topic's */
bool imp_head_topic_status(imp *im);
/* Whether `line` is near the top: before the second heading or within
 * the first 30 lines, where metadata lines date the document. */
bool imp_head_near_top(imp *im, int line);
void imp_head_finish(imp *im);

/* util */
void *imp_priv_grow(void *arr, size_t *cap, size_t need, size_t size);
const char *imp_ntext(const imp *im, size_t i, size_t *n);
int imp_line_of(imp *im, size_t off);
int imp_node_line(imp *im, size_t i);
int imp_node_last_line(imp *im, size_t i);
void imp_take_lines(imp *im, size_t i);
char *imp_clean_same(imp *im, const char *s, size_t n, bool *same);
/* The length of the character reference at s[0] ('&': "&amp;", "&nbsp;",
 * "&#x2705;") and its text in out (at most 4 bytes), or 0 when it is
 * none prr decodes (the '&' then stays). */
size_t imp_entity(const char *s, size_t n, char *out, size_t *on);
/* The length of the dash s[0..n) opens with: 1 for '-', 3 for an em or
 * en dash ("—", "–"), 0 for none. */
size_t imp_dash_len(const char *s, size_t n);
/* Past spaces, a dash (or, with `colon`, a colon) and spaces from s[i],
 * below n: in "**Docs** — 6/10", from after the label to "6/10"; 0 when
 * no dash is there (import_para.c). */
size_t imp_past_dash(const char *s, size_t i, size_t n, bool colon);
char *imp_clean(imp *im, const char *s, size_t n);
const char *imp_title_of(imp *im, const char *s, size_t n);
const char *imp_title_in(imp *im, const char *clean);
bool imp_starts_with_ci(const char *s, size_t n, const char *w);
/* Whether the label s[0..n), opening with a field's name of k bytes,
 * names a topic instead: "File Uploads: …" (import_topic_label.c). */
bool imp_topic_label(const char *s, size_t n, size_t k);
/* Whether s[0..n) begins with one of `words` (NULL-terminated), ASCII
 * case aside, as a whole word: no letter after it ("pts", not "ptsx"). */
bool imp_starts_with_word(const char *s, size_t n, const char *const *words);
/* Where "**" starts in s[from..n), or n. */
size_t imp_bold_at(const char *s, size_t n, size_t from);
/* Whether s[0..n) holds an ASCII digit: what every count, commit hash
 * and severity count needs, so a line without one is asked no more. */
bool imp_has_digit(const char *s, size_t n);
/* An ASCII letter, or the lead byte of a letter beyond ASCII (Latin-1
 * to the Hangul block), not of 0xE2's marks and arrows (✅ ⚠ →) nor of
 * emoji (0xF0): what words begin with. */
static inline bool imp_letter_byte(unsigned char c)
{
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
	       (c >= 0xC3 && c <= 0xED && c != 0xE2);
}
bool imp_contains_ci(const char *s, const char *w);
/* Where w (ASCII case folded) first is in s[0..n), or NULL. */
const char *imp_find_ci_n(const char *s, size_t n, const char *w);
bool imp_contains_ci_n(const char *s, size_t n, const char *w);
/* Whether any word of `words` (lower case) occurs in s[0..n), ignoring
 * ASCII case: one pass over s, trying only the words its bytes start. */
bool imp_contains_any(const char *s, size_t n, rec_vocab *words);
/* The same, an ASCII word only at a word's start ("grade" not in
 * "upgrade") */
bool imp_contains_any_word(const char *s, size_t n, rec_vocab *words);
/* s[0..n) without a parenthesis that ends it and the spaces before
 * ("None (checked twice)", "Current review (R4)"): its length. */
size_t imp_before_paren(const char *s, size_t n);
/* A heading's words, past its marks and number, before its parenthesis
 * and a closing colon or emphasis: "### 🔴 Immediate (Week 1-2):" is
 * "Immediate"; *n the length of t on entry, of the words on return
 * (import_bullets.c). */
const char *imp_heading_words(const char *t, size_t *n);
/* s[0..n) is one of `words` (NULL-terminated), whole, in any ASCII case. */
bool imp_is_one_of(const char *s, size_t n, const char *const *words);
/* Whether a run of ASCII letters of `s` is one of `words` ("Done pts"). */
bool imp_has_word_of(const char *s, const char *const *words);
prr_checklist *imp_new_checklist(imp *im, const char *title, int line,
				 size_t n, bool boxes);
const char *imp_long_text(imp *im, long v);
const char *imp_letter_id(imp *im, char letter, long long num);
#define IMP_G_MAX 32
size_t imp_g(char *out, double v);
const char *imp_g_text(imp *im, double v);
const char *imp_share_text(imp *im, long a, long b);
const char *imp_percent_text(imp *im, double pct, long a, long b,
			     const char **found);
const char *imp_ratio_text(imp *im, long a, long b);
const char *imp_join(imp *im, const char *a, const char *sep,
			const char *b);
secx *imp_sec_x(imp *im, size_t sec);
size_t imp_comp_of_context(imp *im);
size_t imp_wave_of_context(imp *im);
/* A legend's entry, "⚪ not yet assessed" or a table row "| ⚪ | not
 * yet assessed |": its mark, where prr's own marks say nothing of it,
 * takes the status its words say. */
void imp_legend_entry(imp *im, const char *mark, size_t mn, const char *words,
		      size_t wn);
/* The status a legend gives a text's leading mark: one prr's own marks
 * do not know, or a cross the legend says is not done yet ("❌ not
 * done": pending); else st (import_legend.c). */
prr_status imp_legend_status(const imp *im, const char *s, size_t n,
			     prr_status st, bool *known);
/* A line that states a legend, "Status legend: ✅ done · ❌ not done":
 * its entries kept; whether it gave any. */
bool imp_legend_line(imp *im, const char *s, size_t n);
/* The length of an inline HTML tag at s[0] ("<b>", "</strong>", "<br/>",
 * "<span class=x>"), or 0: only the tags of inline text, so a placeholder
 * such as "<service>" stays (import_util.c). */
size_t imp_html_tag(const char *s, size_t n);
/* An inline HTML tag of node `i`'s text, dropped: true for "<br>", which
 * reads as a space; a footnote's "<sup>1</sup>" after a figure is dropped
 * with its number ("7.5 / 10<sup>1</sup>" is "7.5 / 10"). */
bool imp_inline_tag(imp *im, size_t i, const char *s, size_t n);
/* A finding's status that says it is over: "Closed", "Fixed", "✅
 * Resolved", "Mitigated" (import_table_kinds.c). */
bool imp_closed_status(const char *raw);
/* Whether a field's name is a finding's Status: "Status", French
 * "Statut" ("- **Statut :** corrigé"), "Estado", "Stato"
 * (import_table_over.c). */
bool imp_status_label(const char *name);
/* A finding's cell other than its Status with a clause that is one word
 * closing it: a due date "対応済（3/10 修正）", a measure "Wurde bereits
 * in Vault verschoben — erledigt"; so too its heading, "### C-5 — … —
 * levé" (import_table_over.c). */
bool imp_cell_says_over(imp *im, const char *c);
/* "✅ Done", "✅ Implemented. …": a mark of done and one word that closes,
 * opening the cell (import_table_over.c). */
bool imp_cell_marked_over(imp *im, const char *c);
/* A register of fixes made: a column of the fix ("Fix applied",
 * "Исправление") and one of its check ("Verified by", "Production-
 * проверка"), their indexes; a row that fills both (not "pending") is
 * fixed (import_table_over.c). */
bool imp_table_fix_register(const table *t, int *fix, int *verified);
bool imp_row_fixed_verified(const table *t, size_t r, int fix, int verified);
/* A cell that repeats the one above it: "″", "〃", "ditto", "as above". */
bool imp_cell_ditto(const char *c);
/* A table of steps by the clock ("05:30 | Read-only | DBA | "), nothing
 * ticked: a runbook's, no milestones. */
bool imp_table_clock_steps(const table *t);
/* Column k of times of day alone ("08:00", "14:00-17:00"), some blank
 * (a row that goes on with the one above). */
bool imp_table_clock_column(const table *t, size_t k);
/* Column k holds words, not numbers ("Lowest category" of "3" names
 * no category). */
bool imp_table_worded_column(const table *t, size_t k);
/* A heading over what the marks mean: "Legend", "Key", "Légende". */
bool imp_legend_heading(const char *t);
/* import_bullets.c: marks that are no check's result */
void imp_bold_lead_mark(imp *im, item *it);
void imp_todo_lead(imp *im, const char *s, size_t n, int last_line);
bool imp_todo_list(imp *im, int first_line, const item *items, size_t n);
bool imp_heading_no_check(const imp *im, size_t s);
/* Whether a heading's words name a part of the document, its summary or
 * its close ("Executive Summary", "Sign-Off", "Conclusion"), no check. */
bool imp_part_heading(const char *t);
/* "### Option 2: Full Feature Launch", "### Competitive Advantages": a
 * heading over an option's scope or a product's selling points, whose
 * marks are no results (import_bullets.c). */
bool imp_scope_heading(const char *t);
/* "## Example Test Scenarios", "## 🎉 You're Ready to Launch!": a
 * heading of examples or of a celebration, its list's marks no checks
 * (import_bullets.c). */
bool imp_shown_heading(const imp *im);
/* "### After Quick Fixes: 95% Ready" after "### Current Status: …": a
 * state to come, no checks (import_bullets.c). */
bool imp_projected_heading(const imp *im);
/* Of each section (and one more): 1 if it holds a list of boxes, 2 if
 * none of its boxes is ticked, else 0 (import_bullets.c). */
unsigned char *imp_boxed_sections(imp *im);
/* Whether a ticked heading among the headings of level `child` in
 * sections [from, end) tops boxes none ticked: its group's ticks name
 * steps, no results (import_bullets.c). */
bool imp_marks_name_steps(const imp *im, const unsigned char *boxed,
			  size_t from, size_t end, int child);
bool imp_alert_rule(const char *s, size_t n);
/* "- 🔴 Blocking: 1": a tally of findings by level, no check */
bool imp_severity_tally(const char *s, size_t n);
/* "- ✅ If all criteria met → Proceed": a condition and the step it
 * leads to, a branch of a decision, no check (import_bullets.c). */
bool imp_decision_branch(const char *s, size_t n);
/* The status of a text: its words and marks, else a legend's mark. */
prr_status imp_status_of(const imp *im, const char *s, size_t n, bool *known);
/* A text that tells a change says it changed to a pass: "was ⚠️, now
 * ✅", "❌ → ✅". */
bool imp_now_passes(const imp *im, const char *s, size_t n);
/* A cell or value that says yes: "Yes", "Ja", "Sí", "Oui", "はい", "✅". */
bool imp_says_yes(const char *c);
bool imp_generic_heading(const char *t);
/* `t` after a section number of two levels or more ("2.2 Rating",
 * "3.1.4. Search" are "Rating", "Search"), else `t`. */
const char *imp_heading_unnumbered(const char *t);
const char *imp_context_title(imp *im, const table *t);
const char *imp_nearest_title(imp *im);
/* "Job API — ✅ Ready", "GPU pool — Not ready": the status a part's
 * heading states after a dash, in marks or in words; its name's length
 * in *name (0 when it states none). */
prr_status imp_dashed_status(const char *t, size_t *name);
prr_component *imp_new_component(imp *im, const char *name, int line);
/* A heading that lists components: "Services", "Components", "Modules",
 * "Composants", "组件" … (plural or a heading of them alone). */
bool imp_components_heading(const char *title);
/* The component the current section is, made when first asked, when the
 * section is one of the parts a heading of components lists; else NULL. */
prr_component *imp_part_component(imp *im);
/* An open box's aim ("0 critical violations", "<2% variance"), no figure
 * stated (import_claims.c). */
bool imp_aim_text(const char *s, size_t n);
void imp_add_claim(imp *im, const char *claim, const char *stated,
		      const char *computed, bool agrees, int line);
void imp_add_pending(imp *im, int kind, const char *label,
			const char *stated, int a, int b, double num, int line);
/* "4 of 5 phases verified", "Five of six gates are green": kept to be
 * audited against what the document states of that word elsewhere */
void imp_note_named_count(imp *im, const char *s, size_t n, int line);
/* A whole number at s[i], in figures or in English words ("five"): its
 * value and end, or false. */
bool imp_number_at(const char *s, size_t n, size_t i, long *v, size_t *end);
/* "All 12 pre-flight checks pass": every one of 12 checks said to pass,
 * kept as "12 of 12" to be audited as "4 of 5 phases" is (import_totals.c) */
void imp_note_all_count(imp *im, const char *s, size_t n, int line);
/* "There are 3 open blockers:" ending a paragraph: the count of the list
 * right after it, kept; that list's items against it (import_totals.c) */
void imp_note_lead_count(imp *im, const char *s, size_t n, int last_line);
void imp_claim_lead_count(imp *im, int first_line, size_t items);
/* "### ✅ Done" over a list mostly of ✅: its items with no status take
 * the heading's mark (import_totals.c) */
void imp_heading_mark_items(imp *im, size_t list, prr_checklist *cl);
/* a table kept whole whose "Total" row sums its columns of whole numbers
 * ("| **Total** | **291** | **285** |"): each sum against its rows' */
void imp_claim_count_totals(imp *im, const table *t);
void imp_note_claims(imp *im, const char *s, size_t n, int line,
			bool counts);
size_t imp_find_c(const char *s, size_t i, size_t end);
size_t *imp_rows_cap(size_t **caps, size_t *n, size_t i);
void *imp_rows_grow(imp *im, void *arr, size_t n, size_t *cap,
		       size_t more, size_t size);
uint64_t imp_hash_bytes(uint64_t h, const char *s, size_t n);
void imp_seen_reserve(seen_set *s);
void imp_seen_add(seen_set *s, size_t at, uint64_t hash, size_t idx);
bool imp_mentions_commit(const char *s, size_t n);
/* Whether s[0..n) is a commit's hash alone ("51364d0", "`abc1234`"). */
bool imp_is_sha(const char *s, size_t n);
void imp_scan_commits(imp *im, const char *s, size_t n, int line);
/* meta */
bool imp_is_date_name(const char *nm);
bool imp_is_meta_name(const char *nm);
char *imp_find_date(imp *im, const char *s, size_t n);
bool imp_split_field(const char *s, size_t n, prr_str *name,
			prr_str *value);
void imp_add_field(imp *im, const char *name, const char *value, int line);
bool imp_add_estimate(imp *im, const char *label, const char *s,
			 size_t n, int line);
/* "**Fix Configuration Test** (Est: 30 min, Priority: HIGH)": an item's
 * title in bold, then fields in brackets of which one is an estimate
 * ("Est:", "Effort:"): that estimate, labelled by the title; whether it
 * was (import_plan.c). */
bool imp_titled_estimate(imp *im, const char *s, size_t n, int line);
/* Whether a time s[0..n) says when, not how long: a deadline or a
 * horizon against a moment ("within 2–4 weeks of launch", "0-30 days
 * post-launch", "1 week before", "first 24 hours"; import_para.c). */
bool imp_says_when(imp *im, const char *s, size_t n);
/* Whether s[0..n) opens by naming a period of the calendar ("Day 1",
 * "Week 2", "Days 2-7"): a heading of what happens then, whose time in
 * brackets ("### Day 1 (First 24 Hours)") is no effort. */
bool imp_names_period(const char *s, size_t n);
void imp_handle_field(imp *im, prr_str nm, prr_str val, int line);
void imp_handle_heading(imp *im, size_t i);
/* After the walk: headings that state their status as a checklist. */
void imp_heading_checks(imp *im);
void imp_handle_paragraph(imp *im, size_t i);
/* list (import_checklist.c: items and the checklist they make) */
const char *imp_item_text(imp *im, size_t li, size_t *len);
/* Whether the block right after heading node i is a task list ("- [ ]
 * Health check test"): the heading names a part of a to-do
 * (import_checklist.c). */
bool imp_tasks_follow(imp *im, size_t i);
size_t imp_list_items(imp *im, size_t list, item **out);
/* The status an item's own leading or trailing marks and words state
 * ("❌ Backups", "Backups — PENDING"), or unknown. */
prr_status imp_item_said_status(const item *it);
prr_severity imp_severity_value(const char *s, size_t n);
prr_severity imp_severity_cell(const char *cell);
prr_severity imp_heading_severity(imp *im);
/* Whether a heading names two levels or a range of them, "(P1/P2)",
 * "(Blockers → Minor Issues)": it rates nothing (import_severity.c). */
bool imp_names_levels(const char *t, size_t n);
bool imp_risk_heading(imp *im);
/* A numbered heading that names a group of findings by their severity and
 * plural ("1. Critical Issues (P0)"): their kind, or 0 (import_severity.c). */
int imp_numbered_group(const char *t, size_t n);
/* Whether a heading counts its parts, "3 CLI Crashes (HIGH)", "3 Critical
 * UX Blockers" (import_severity.c). */
bool imp_counted_group(const char *s, size_t n);
/* "Finding 1: Insecure direct object reference …", "Issue #2 — …": a
 * heading that names one finding by its noun and number: where its title
 * starts, else 0; by its noun and ID ("Constat C-2 — …"): where the ID
 * starts (import_find_title.c). */
size_t imp_noun_numbered(const char *s, size_t n);
/* "Red Light Blockers", "Green Light Criteria": a go/no-go signal's
 * state, its list the conditions that would set it (import_find_heads.c). */
bool imp_signal_heading(const char *s, size_t n);
/* Whether a heading says its items are due before a step ahead, "P0
 * Before Public Hosted Production", "Critical (before launch)"
 * (import_find_heads.c). */
bool imp_before_step(const char *s, size_t n);
/* "None.", "None identified", "N/A", "Keine": an item that says its list
 * is empty, no finding nor risk (import_find_heads.c). */
bool imp_none_item(const char *s, size_t n);
/* "### 4.2 Vulnerability scan ✅ LOW RISK": a heading marked passed
 * that rates its area's risk low, the result of an assessment, no
 * finding (import_find_heads.c). */
bool imp_rated_area(const char *s, size_t n);
/* An item under a heading of a level of risks ("### 🟡 Medium Risk
 * Items"): a risk of that level, unless it says there is none or is a
 * level's status alone ("- **Medium Priority Risks**: ⚠️ **ACCEPTABLE**")
 * (import_find_heads.c). */
void imp_heading_risk(imp *im, const item *it);
/* "- **Medium Priority Risks**: ⚠️ **ACCEPTABLE**": a label and a status
 * alone (or "None"), how a group stands, no risk (import_find_heads.c). */
bool imp_status_field(imp *im, const char *s, size_t n);
/* "**Implemented:**", "For questions or issues:": a label whose list is
 * of what is in place or whom to ask, no findings (import_find_heads.c). */
bool imp_no_findings_label(const char *s, size_t n);
/* "CRITICAL — Must Fix Before Any Production Deployment", "LOW — Nice
 * to Have": a severity, then when to fix, a group of findings of that
 * severity, no finding (import_find_heads.c). */
bool imp_fix_when_group(const char *s, size_t n);
/* "### Why Low Risk for QuantCoder": reasons, no findings nor risks
 * (import_find_heads.c). */
bool imp_reasons_heading(const char *t);
/* "### 2. Replay Data Ingestion ⚠️ DOCUMENTED": a heading whose last
 * word says it is still open, under a heading of those resolved too
 * (import_find_heads.c). */
bool imp_heading_still_open(const char *s, size_t n);
/* A heading of what is done about risks or steps if one occurs:
 * "Mitigations", "Mitigation Strategies", "7.2 Contingency Plans", "If
 * Bug Found After 24 Hours", "When the canary fails": what is under it
 * is no finding nor risk (import_find_heads.c). */
bool imp_plan_heading(const char *t);
/* The kind of list the nearest headings introduce: 1 findings, 2
 * blockers, 3 risks, -1 none (what is resolved, well, or a plan), 0
 * unsaid (import_find.c). */
int imp_heading_kind(imp *im);
/* Whether a heading names an urgency short of blocking, "📋 **Nice to
 * Have**", "⚠️ Should Fix Before Production" (import_severity.c). */
bool imp_lesser_urgency(const char *t, size_t n);
/* A heading that rates what it groups below high ("### Minor issues"). */
bool imp_rated_below_high(const char *s, size_t n);
/* "**Severity:** HIGH" under a heading that is one finding: its
 * severity; whether the field was taken (import_severity.c). */
bool imp_finding_severity(imp *im, prr_str nm, prr_str val);
void imp_make_checklist(imp *im, size_t list, item *items, size_t n,
			   const char *title);
void imp_handle_list(imp *im, size_t list, int depth);
/* table */
prr_col imp_role_of(imp *im, const char *h);
void imp_collect_row(imp *im, size_t tr, table *t, const char **raw,
			const char **cell);
bool imp_read_table(imp *im, size_t tab, table *t);
int imp_col_of(const table *t, prr_col r);
/* An Impact column whose cells rate each row ("Critical", "Serious",
 * most of them): a severity column, as axe reports write it; or -1. */
int imp_rated_impact(const table *t);
void imp_keep_table(imp *im, const table *t);
prr_status imp_cell_status(imp *im, const table *t, size_t r, int col);
/* The same, and where the cell is a status prr cannot read ("spełnione"),
 * its text in *unread (left as it is otherwise). */
prr_status imp_cell_status_of(imp *im, const table *t, size_t r, int col,
			      const char **unread);
/* A table whose status column states no check: all its cells but the
 * first empty (a template's), or mostly figures, or under a heading of
 * a forecast (import_comp.c). */
bool imp_table_states_no_checks(const imp *im, const table *t);
bool imp_is_total_row(const char *c);
/* A cell that states a status: a mark (✅ ⚠️ ❌ [x]) or, short, one
 * status word or phrase alone ("Yes", "Partial", "N/A"). */
bool imp_cell_marked(const imp *im, const char *cell);
/* A cell that states nothing: empty, or a dash alone ("-", "—", "–"). */
bool imp_cell_blank(const char *cell);
/* "| Blocker | What it blocks | Status |" over "| SDK compat | Rollup CPIs
 * | … |": a first column headed Blocker (or the first after a "#" or ID
 * column) whose every cell names something (no "Yes", "No", mark) names
 * the blockers, no column of answers: that column, else -1
 * (import_table_cells.c). */
int imp_table_named_blockers(const table *t);
/* "| Severity | Subsystem | Reason | Done | Required to close |" of rows
 * each rated (P0, P1), no ID nor issue column: findings titled by the
 * first column of words after the severity; a status column that is no
 * column of statuses ("Done" of what was done so far) made notes.
 * Returns that title column, else -1 (import_table_cells.c). */
int imp_table_rated_rows(const imp *im, table *t);
/* A cell under a column of what a finding blocks ("Blocks", "Blocking")
 * that names what it blocks ("Production", "100 % rollout"): not blank,
 * not "No", "None", "N/A", a mark or a denial. */
bool imp_cell_names_blocked(const char *head, const char *cell);
const char *imp_other_cols(imp *im, const table *t, size_t r,
			      const int *skip, int n_skip);
void imp_table_stories(imp *im, const table *t, int story_col);
void imp_table_risks(imp *im, const table *t, int risk_col);
/* "Risk Category | Probability | Impact | …": a first column of risks by
 * their kind, rated by the table; its "Mitigation Status" a mitigation;
 * a scorecard's "Risks" column after its status a note
 * (import_table_risks.c). */
void imp_table_risk_kinds(const imp *im, table *t);
/* table kinds (import_table_kinds.c) */
/* A table's rows as findings, titled by `gap_col` (or its text). */
void imp_table_findings(imp *im, const table *t, int gap_col);
/* A matrix whose rows are categories and columns components ("Check |
 * iOS | Android"); imp_table_transpose turns it a quarter, into `out`. */
bool imp_table_transposed(const imp *im, const table *t);
void imp_table_transpose(imp *im, const table *t, table *out);
/* "# | Item | Yes | No | N/A | Notes", each row's answer an X in one
 * column: the table with those columns made one, "Status", of the
 * answers' words ("Yes"), in `out`; false if it is no such table. */
bool imp_table_answers(imp *im, const table *t, table *out);
/* A table of yes/no questions ("Silent fallback? | YES"): its rows are
 * answers, not components or checks (both import_table_answers.c). */
bool imp_table_questions(const table *t);
/* "Failure point | Persisted | Kafka dup? | MQ redelivers" of "Yes",
 * "No", "audits only": what happens at each point of failure, facts of
 * the design and no marks of readiness; no status column, no cell with a
 * mark ("✅"): a table kept, no components or checks. */
bool imp_table_failure_points(const table *t);
/* A header that asks after an attribute ("Can Implement Internally?",
 * "External Audit Required?"): its Yes/No cells no checks. */
bool imp_attribute_question(const char *h);
/* "# | Question | Answer | Comment", questions by their numbers: each
 * answered a checklist item, judged as imp_qa_judge judges; the number of
 * rows left unjudged, or -1 if it is no such table (the table is kept
 * where any is). */
int imp_table_answered(imp *im, const table *t);
/* The status the answer a[0..an) gives the question q[0..qn): a mark's
 * ("… ❌"), else, where the question is put so that yes is good, the
 * answer's first words' ("Yes, linked", "No — …", "Partially", "N/A");
 * *known false where it judges nothing (import_table_answers.c). */
prr_status imp_qa_judge(const char *q, size_t qn, const char *a, size_t an,
			bool *known);
/* A first column of finding IDs, every cell one ("HRI-1"). */
bool imp_table_id_keys(const table *t);
/* An issue tracker's columns (import_table_issues.c): an "Issue" column
 * of issue numbers alone ("#4412") is their ID; a "Labels" column whose
 * labels rate ("sev/S2") their severity. */
void imp_table_issue_columns(table *t);
/* The severity a cell's labels state: "S0" to "S4" alone (Sev-0 to
 * Sev-4), or after a scoped label's key ("sev/S2", "severity:high",
 * "priority/P1"); else unknown. */
prr_severity imp_severity_label(const char *c);
/* "Option | Risk | Cost | Recommendation": the options a decision
 * weighs ("A: launch 12 May as planned"), kept whole: no risks, checks
 * or tasks. */
bool imp_table_options(const table *t);
/* A table that sets options side by side: two columns or more headed
 * "Option …", or, after a first column of factors ("Factor", "Feature",
 * or none), named by the heading or caption over it that sets them
 * against each other ("## Web form vs hosted survey" over "| Factor | Web
 * form | Hosted survey |"); kept whole, no checks (import_table_compare.c). */
bool imp_table_compared(imp *im, const table *t);
/* Score columns that state no readiness score, given the role they
 * hold: a risk register's "Score" of "3×4=12" none, an "Area | Rating"
 * of Green, Amber, Red or 🟢 a status. */
void imp_table_unscored(const imp *im, table *t);
/* Whether each cell of column c that holds a figure states a change
 * ("⬆️ +30%", "-2"), no score (import_table_compare.c) */
bool imp_table_change_column(const table *t, size_t c);
/* A log of decisions ("| Date | Decision |"): its latest row noted for
 * imp_head_finish. */
bool imp_table_decision_log(imp *im, const table *t);
/* "| Scope | Decision |" under a heading of decisions, a level a row:
 * theirs the document's verdict, partial when they differ. */
void imp_table_scoped_decisions(imp *im, const table *t);
/* "| Date | Version | Change |" under "## Change log": its latest row's
 * day dates the document as a listed log's latest entry does */
void imp_table_version_log(imp *im, const table *t);
/* A column headed "Note" (German and French for a grade) whose every
 * filled cell is a score on a scale ("8,5/10"): the score column. */
void imp_table_graded_notes(table *t);
/* Rows of actions whose blocking cell says yes, not done: open blockers. */
void imp_table_open_blockers(imp *im, const table *t, int title);
/* A record of sign-offs or votes ("Role | Name | iOS | Android" of GO
 * and NO-GO, "Reviewer | Vote"): kept as a table. */
bool imp_table_signoff(const imp *im, const table *t);
/* A table under a sign-off's heading ("## 9. Final Sign-Off", "##
 * Approvals"): approvals, a checklist (those to come work to do), no
 * component's checks (import_table_forms.c). */
bool imp_table_signoff_form(imp *im, const table *t);
/* "| Gate | Status |" under "## Overall Readiness": the launch's stages,
 * no checks; its production row's status the document's verdict, as an
 * Overall row's is.  Whether it was such a table. */
bool imp_table_stage_verdicts(imp *im, const table *t);
/* A column of marks before `now` headed by an earlier review ("Review #1
 * (2026-01-20) | Review #2 (today)"). */
bool imp_table_earlier_review(const imp *im, const table *t, int now);
/* "Round 1 | Round 2", "Review #1 | Review #2" of marks: columns of a
 * series of reviews by number, the last in *now; "Initial | Retest", a
 * test and its repeat, too (import_table_rounds.c) */
bool imp_table_rounds(const imp *im, const table *t, int *now);
/* whether each row of t opens with a review's number or day ("#1",
 * "Review 2", "2026-01-27"): with a column of verdicts, a log of reviews */
bool imp_table_review_rows(const imp *im, const table *t);
/* "Step | Date | Status" of days: milestones. */
bool imp_table_dated_steps(const imp *im, const table *t);
/* "Milestone | Date | Status", "Hito | Fecha": a table of milestones by
 * its first header (import_milestone.c). */
bool imp_table_milestone_head(const table *t);
/* "Date | Environment | Outcome": a log of days past, no tasks. */
bool imp_table_dated_log(const imp *im, const table *t);
/* Controls tested: checks by their ID, findings under "## Exceptions". */
void imp_table_controls(imp *im, const table *t);
/* Rows keyed by IDs with letters ("CC6.1", "E2"), not numbered. */
bool imp_table_keyed_rows(const table *t);
/* The status column headed by a result ("Result", "Outcome"), or -1. */
int imp_table_result_column(const table *t);
/* A control test's result in audit language, in a result column:
 * "Exception — 4 of 60 …" a fail, "No exceptions noted" a pass; else
 * PRR_UNKNOWN ("Exception granted" is a waiver, no result). */
prr_status imp_table_exception_result(const table *t, int col, const char *raw);
/* Column k holds mostly status marks or words (the legend's too). */
bool imp_table_marked_column(const imp *im, const table *t, size_t k);
/* What a check's or a gate's status cell s[0..n) says beyond its status
 * words `st` (known or not, *known): "OPEN" and "Ready to build …" are
 * pending; "DONE-IN-REPO (…) / DEPLOYMENT (…)" partial. */
prr_status imp_cell_status_said(const char *s, size_t n, prr_status st,
				bool *known);
/* Whether s[0..n) says its work is ready to begin ("Ready to build the day
 * A6 lands", "Ready to deploy") or ready on a condition not met yet
 * ("Ready when the configuration is done", "Ready once …"): not done,
 * pending, though marked ✅ ("Ready" alone is a pass). */
bool imp_ready_not_done(const char *s, size_t n);
/* Column k holds scores in most of its filled cells (import_table_cells.c). */
bool imp_table_scored_column(const table *t, size_t k);
/* A name column, then only columns of words: an inventory ("Service |
 * Role"), no scorecard (import_table_cells.c). */
bool imp_table_described_only(const imp *im, const table *t, int name_col);
/* A column of a table of checks that no check holds ("Evidence",
 * "Percentage"), filled: the table is kept (import_table_cells.c). */
bool imp_table_unread_column(const table *t);
/* A cell of statuses each of a part in brackets, a pass and another
 * ("**PASS** (Backend)<br>**MISSING** (Frontend)", its line break a
 * space): a pass of some parts only (import_table_cells.c). */
bool imp_cell_parts_differ(const char *s, size_t n);
/* A cell that opens with a warning's mark and the word "skip" or
 * "skipped" ("⚠️ SKIP*"): a run left out and flagged, not run yet, no
 * partial pass (import_table_cells.c). */
bool imp_cell_flagged_skip(const char *s, size_t n);
/* "… | Sicherheit | Gesamt" of marks: the last column, each row's own
 * status, its role made PRR_COL_STATUS (import_table_cells.c). */
void imp_table_overall_column(const imp *im, table *t);
/* Of a status claimed and one found ("Claimed Status | Actual Status"),
 * or of a status in words and a readiness answered ("Status | Production
 * Ready?"), the latter is the row's status (PRR_COL_STATUS), the other
 * put aside as a remark (PRR_COL_OTHER); a status column of descriptions
 * ("Area | State" of "Onboarding, submit / revise quote") states none,
 * made PRR_COL_NOTES and said once (import_table_status.c).  True when
 * two columns each state a launch stage ("Area | Beta ready | Commercial
 * launch"): no column is the rows' status, and the table is kept whole,
 * not read as parts by stages. */
bool imp_table_status_columns(const imp *im, table *t);
/* Column k is such a status put aside: no check of its own. */
bool imp_table_status_aside(const table *t, size_t k);
/* Rows named by their number ("#", 1, 2, 3 …). */
bool imp_table_numbered_rows(const table *t);
void imp_table_milestones(imp *im, const table *t, int name_col);
/* A list of actions or milestones, each item with its day due, and
 * those items as milestones (import_milestone.c). */
bool imp_dated_actions(imp *im, const item *items, size_t n);
void imp_list_milestones(imp *im, const item *items, size_t n);
void imp_table_plan(imp *im, const table *t, int metric_col, int plan_col);
void imp_handle_table(imp *im, size_t tab);
/* score */
/* a component per row, a check per column of marks or counts: how many
 * such columns */
size_t imp_table_components(imp *im, const table *t, int name_col);
/* "Platform | Status | Owner" of traffic lights alone, no day in it:
 * its first column names parts (PRR_COL_NAME), no tasks. */
void imp_table_rag_parts(imp *im, table *t);
void imp_table_checks(imp *im, const table *t, int cat_col);
void imp_table_checklist(imp *im, const table *t, size_t tab, int item_col);
void imp_table_dimensions(imp *im, const table *t, int name_col, int score_col);
/* "# OUTDATED AUDIT DOCUMENT" before the title: not the title, and a
 * warning that what follows may no longer hold (import_notice.c) */
bool imp_outdated_notice(const char *title);
bool imp_notice_heading(imp *im, const char *title, int line);
/* "Level 3 of 5", "Level 3/5": a maturity level on its scale, *v of *max
 * (import_levels.c) */
bool imp_level_of(const char *s, double *v, double *max);
/* a "Level" column all of such levels: the table's Score column */
void imp_table_levels(table *t);
/* a "Readiness" column all of percents: the table's Score column
 * (import_table_cells.c) */
void imp_table_readiness_percents(table *t);
/* Total rows that state a figure of the rows above them (import_totals.c):
 * "3 / 4 passing", "3/4", "3 of 4" at s's start: true, and *a, *b */
bool imp_spaced_count(const char *s, int *a, int *b);
/* A table of checks' "| **Total** | **3 / 4 passing** |": its row (-1:
 * none) and the count it states. */
typedef struct imp_total_row { int row, a, b; } imp_total_row;
/* whether row r of t is such a row, its name in column name_col, its count
 * in column st (noted in *tr, the first one) */
bool imp_total_count_row(const table *t, size_t r, int name_col, int st,
			 imp_total_row *tr);
/* A row that sums the rows above it ("| **TOTAL** | 4 files | 56 | ✅
 * 100% |", "Grand total", "Gesamt"), not one that names what it is of
 * ("Overall readiness", "All services healthy", "Total latency"): no
 * check, as it is no component */
bool imp_sum_row(const char *c);
/* its count against the rows' checks that pass, of those that apply */
void imp_claim_total_row(imp *im, const table *t, int name_col,
			 const imp_total_row *tr, long pass, long applicable);
/* A component named twice (a row of a summary and a column of a matrix)
 * made one: the first keeps its place, and gains the checks of categories
 * it lacks, the evidence, and a status or kind it states none of. */
void imp_merge_components(imp *im);
/* evid */
imp_owner imp_owner_here(imp *im);
prr_evidence *imp_add_evidence(imp *im, imp_owner o, const prr_evidence *e);
void imp_scan_evidence(imp *im, imp_owner o, const char *s, size_t n,
		       int line, imp_ev_mode mode);
bool imp_may_cite(const imp *im, const char *s, size_t n);
const char *imp_link_file(imp *im, const char *href, size_t n);
/* imp_scan_evidence with all it can be told: the text's last line `last`
 * (0: one more per line break) and the kind of list of files it is in */
void imp_scan_files_as(imp *im, imp_owner o, const char *s, size_t n,
		       int line, int last, imp_ev_mode mode, imp_files_kind files);
/* The word at `p` (backticks off), up to a space or the end `end`. */
size_t imp_evid_word_at(const char *p, const char *end, const char **w);
/* lists of files (import_files.c) */
imp_owner imp_files_owner(imp *im);
imp_files_kind imp_files_label(const char *s, size_t n);
void imp_files_list(imp *im, imp_files_kind kind, const char *s, size_t n,
		    int line);
void imp_files_lead(imp *im, const char *s, size_t n, int last_line);
imp_files_kind imp_list_files(imp *im, size_t list);
void imp_item_evidence(imp *im, const item *it, imp_files_kind files);
imp_files_kind imp_files_lead_kind(imp *im, int first_line);
bool imp_revision_field(imp *im, prr_str name, const char *v, size_t n);
int imp_front_matter(imp *im);
bool imp_quiet_field(const char *name, size_t n);
/* audit */
void imp_resolve_pending(imp *im);
/* A category repeated among a component's checks: the later ones
 * numbered ("Rollback (2)"), with a warning (import_comp.c). */
void imp_resolve_check_names(imp *im);
/* A checklist's items done, and those that apply (not N/A): what a
 * document's "3/5 applicable checks passed" counts. */
void imp_checklist_count(const prr_checklist *cl, long *done, long *total);
/* main */
void imp_walk_block(imp *im, size_t i, int depth);
void imp_walk(imp *im, size_t parent, int depth);

#endif
