/* sections_read.c - what prr read from each section of a review into its
 * figures (a compute of figures.c's; see include/prr/figures.h). */
#include "prr/figures.h"

#include <stdlib.h>

/*
 * What prr read from each section into the figures shown above the
 * narrative, as flags of prr_read_kind: each thing the review holds with a
 * line falls in the section whose heading is the last at or before that
 * line.  A heading whose body all went into the figures (a scorecard
 * table, a list of findings) then says where it went, instead of standing
 * bare as if the document wrote nothing under it.  Sections are found by
 * bisection over their lines: n log n in the document's size.
 */
typedef struct {
	int line;
	size_t index;
} sec_line;

static int sec_line_cmp(const void *a, const void *b)
{
	const sec_line *x = a, *y = b;
	return x->line != y->line ? (x->line > y->line) - (x->line < y->line)
		: (x->index > y->index) - (x->index < y->index);
}

typedef struct {
	sec_line *v;
	size_t n;
	uint16_t *read; /* per section, flags of prr_read_kind */
} sec_lines;

static void mark_read(sec_lines *sl, int line, int kind)
{
	if (line <= 0 || !sl->n || line < sl->v[0].line)
		return;
	size_t lo = 0, hi = sl->n; /* the last section at or before `line` */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (sl->v[mid].line <= line)
			lo = mid;
		else
			hi = mid;
	}
	sl->read[sl->v[lo].index] |= (uint16_t)(1u << kind);
}

/* The sections of each of `arr` (n of them) read as `kind`. */
#define MARK_ALL(arr, n, kind)                                               \
	for (size_t i_ = 0; i_ < (n); i_++)                                  \
		mark_read(&sl, (arr)[i_].line, (kind))
/* Likewise each of `arr` and every item of its list `sub` (n_sub long). */
#define MARK_GROUPS(arr, n, sub, kind)                                       \
	for (size_t g_ = 0; g_ < (n); g_++) {                                \
		mark_read(&sl, (arr)[g_].line, (kind));                      \
		MARK_ALL((arr)[g_].sub, (arr)[g_].n_##sub, (kind));          \
	}

uint16_t *prr_sections_read(prr_arena *a, const prr_review *r)
{
	sec_lines sl = { prr_xcalloc(r->n_sections + 1, sizeof *sl.v), 0,
			 prr_arena_array(a, r->n_sections + 1, sizeof *sl.read) };
	for (size_t i = 0; i < r->n_sections; i++)
		if (r->sections[i].line > 0)
			sl.v[sl.n++] = (sec_line){ r->sections[i].line, i };
	qsort(sl.v, sl.n, sizeof *sl.v, sec_line_cmp);
	MARK_GROUPS(r->components, r->n_components, checks, PRR_READ_SCORECARD);
	MARK_ALL(r->scores, r->n_scores, PRR_READ_SCORES);
	MARK_ALL(r->dimensions, r->n_dimensions, PRR_READ_DIMENSIONS);
	MARK_ALL(r->findings, r->n_findings, PRR_READ_FINDINGS);
	MARK_GROUPS(r->checklists, r->n_checklists, items, PRR_READ_CHECKLISTS);
	MARK_ALL(r->milestones, r->n_milestones, PRR_READ_MILESTONES);
	MARK_ALL(r->estimates, r->n_estimates, PRR_READ_ESTIMATES);
	MARK_ALL(r->risks, r->n_risks, PRR_READ_RISKS);
	MARK_GROUPS(r->waves, r->n_waves, stories, PRR_READ_PLAN);
	MARK_ALL(r->tables, r->n_tables, PRR_READ_TABLES);
	MARK_ALL(r->fields, r->n_fields, PRR_READ_DETAILS);
	free(sl.v);
	return sl.read;
}
#undef MARK_GROUPS
#undef MARK_ALL
