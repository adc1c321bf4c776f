/* import_plan.h - plans (import_plan.c): the waves, sprints and phases
 * a document plans; included by import_int.h after its types. */
#ifndef PRR_IMPORT_PLAN_H
#define PRR_IMPORT_PLAN_H

bool imp_wave_heading(const char *title);
void imp_wave_heading_figures(imp *im, size_t si, const char *title);
size_t imp_wave_for_context(imp *im, int line);
bool imp_wave_field(imp *im, const char *name, const char *v, size_t n);
/* A list item or a line in bold that names a step and its window. */
bool imp_wave_line(imp *im, const char *s, size_t n, int line, bool make);
/* A sprint table in other tools' words: Linear's "Cycle" a step, and
 * beside the steps a "Committed" of counts their points planned ("Sprint
 * | Window | Committed | Done"; a "Done" of counts is then what was
 * done). */
void imp_table_sprint_words(table *t);
void imp_table_plan_steps(imp *im, const table *t, int wave_col);
/* The wave a table of steps planned for a step's heading, or NONE. */
size_t imp_table_step(imp *im, const char *title);
/* A header or label that counts points ("Done pts", "Completed SP"). */
bool imp_points_word(const char *h);
/* A time a run takes ("Total runtime: 5-10 minutes"), no estimate. */
bool imp_run_time(imp *im, const char *label, const char *s, size_t n,
		  const char *unit);
void imp_resolve_waves(imp *im);
/* "**Requirements:**" under a later phase of a roadmap ("### Phase 2"
 * of "## Scaling Roadmap"): noted, and whether the list starting at
 * first_line follows it (what the phase needs, no work done). */
void imp_phase_needs_lead(imp *im, const char *s, size_t n, int last_line);
bool imp_phase_needs(const imp *im, int first_line);
/* Whether the list at hand is right under a phase of a plan: "### Phase
 * 1: Must-fix before production" under "## 9. Refactoring Plan" (or a
 * "Roadmap") over "1. Rotate compromised credentials.": the phase's
 * actions, no findings; nor the list right under a wish list, "###
 * Nice-to-Have" over "1. Rich text mode (too complex)" (under a heading
 * of blockers its items are findings that do not block). */
bool imp_wished_or_planned(imp *im);
/* "Option A: Job Queue + Worker" on a line of its own: noted; whether a
 * field at `line` is under it, in the same section ("Status: Implemented"
 * is the option's, not the review's). */
void imp_option_lead(imp *im, const char *s, size_t n, int last_line);
bool imp_in_option(const imp *im, int line);
bool imp_checklist_stories(imp *im, const prr_checklist *cl);
size_t imp_story_key(imp *im, const char *t, size_t n, const char **id);

#endif
