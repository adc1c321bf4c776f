/* import_parts.c - dimensions stated per part: "## catalog" and "##
 * compaction" each over a table of "Observability | 3", which are each
 * service's scores, not the review's; and a list's item of readiness
 * among its dimensions, one of them; headings under one of examples. */
#include "import_int.h"

#include <string.h>

void imp_note_restated(imp *im, size_t at, int line, double v)
{
	const prr_dimension *d = &im->r->dimensions[at];
	im->restated = imp_priv_grow(im->restated, &im->cap_restated,
				     im->n_restated + 1, sizeof *im->restated);
	im->restated[im->n_restated++] = (struct imp_restated){
		.was = d->line, .now = line,
		.differs = !(prr_has(v) && prr_has(d->score) && v == d->score)
	};
}

/* The section a line falls in (the last heading at or above it), or NONE;
 * the sections are in the document's order. */
static size_t section_at(const prr_review *r, int line)
{
	size_t lo = 0, hi = r->n_sections;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->sections[mid].line <= line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? lo - 1 : NONE;
}

/* Whether a restatement's two lines are in sibling sections, each below
 * its heading (not "## Security (3/5)" restating a table's row). */
static bool in_siblings(const prr_review *r, const struct imp_restated *rs,
			size_t *a, size_t *b)
{
	*a = section_at(r, rs->was);
	*b = section_at(r, rs->now);
	return rs->differs && *a != NONE && *b != NONE && *a != *b &&
	       r->sections[*a].level == r->sections[*b].level &&
	       r->sections[*a].line != rs->was &&
	       r->sections[*b].line != rs->now;
}

void imp_part_dimensions(imp *im)
{
	prr_review *r = im->r;
	/* part[s]: 1 for a part's heading, 2 for a section under one */
	unsigned char *part = prr_arena_alloc(&im->tmp, r->n_sections + 1);
	size_t parts = 0, first = NONE;
	for (size_t k = 0; k < im->n_restated; k++) {
		size_t a, b;
		if (!in_siblings(r, &im->restated[k], &a, &b))
			continue;
		parts += !part[a] + !part[b];
		part[a] = part[b] = 1;
		first = first == NONE || a < first ? a : first;
	}
	if (parts) {
		/* the sections under a part are the part's */
		int open = 0; /* the level of the part open, or 0 */
		for (size_t s = 0; s < r->n_sections; s++) {
			if (open && r->sections[s].level <= open)
				open = 0;
			if (part[s])
				open = r->sections[s].level;
			else if (open)
				part[s] = 2;
		}
		size_t kept = 0, before_tab = 0, in_tab = 0;
		for (size_t i = 0; i < r->n_dimensions; i++) {
			size_t s = section_at(r, r->dimensions[i].line);
			if (s != NONE && part[s]) {
				before_tab += i < im->dims_tab_at;
				in_tab += i >= im->dims_tab_at &&
					  i < im->dims_tab_at + im->dims_tab_n;
				continue;
			}
			r->dimensions[kept++] = r->dimensions[i];
		}
		r->n_dimensions = kept;
		im->dims_tab_at -= before_tab;
		im->dims_tab_n = in_tab ? 0 : im->dims_tab_n;
		prr_buf names = PRR_BUF_INIT;
		size_t named = 0;
		for (size_t s = 0; s < r->n_sections; s++) {
			if (part[s] != 1)
				continue;
			if (named++ == 4) {
				prr_buf_addf(&names, ", …");
				break;
			}
			prr_buf_addf(&names, "%s%s", named > 1 ? ", " : "",
				     im->sx[s].title);
		}
		prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
			     r->sections[first].line, 0,
			     "dimensions stated per part (%s): not read as the "
			     "review's", names.p);
		prr_buf_free(&names);
	}
	/* the tables of dimensions stay only where they are a part's */
	size_t kept = 0, d = 0;
	for (size_t t = 0; t < r->n_tables; t++) {
		bool provisional = d < im->n_dim_tabs && im->dim_tabs[d] == t;
		d += provisional;
		size_t s = provisional ? section_at(r, r->tables[t].line) : NONE;
		if (provisional && (s == NONE || !part[s]))
			continue;
		r->tables[kept++] = r->tables[t];
	}
	r->n_tables = kept;
}

/*
 * "- Fairness: $2/5$" then "- Operational readiness: $3/5$": in a list
 * whose items on lines first..last gave dimensions, an item named by
 * readiness alone (imp_readiness_only: no "Overall", "Total") on their
 * scale is one of them, not the review's overall score.  (Appended: the
 * names' index, imp_dimension_named, keeps the dimensions' places.)
 */
void imp_list_scores(imp *im, int first, int last)
{
	prr_review *r = im->r;
	double max = PRR_NONE;
	for (size_t i = r->n_dimensions; i-- && r->dimensions[i].line >= first;)
		if (r->dimensions[i].line <= last)
			max = r->dimensions[i].max;
	/* (the list's scores are the last ones) */
	for (size_t i = r->n_scores; prr_has(max) && i-- && r->scores[i].line >= first;) {
		prr_score sc = r->scores[i];
		if (sc.line > last || sc.max != max || !sc.label ||
		    !imp_readiness_only(sc.label) ||
		    imp_dimension_named(im, sc.label) != PRR_NAMES_NONE)
			continue;
		memmove(r->scores + i, r->scores + i + 1,
			(r->n_scores - i - 1) * sizeof *r->scores);
		r->n_scores--;
		/* (imp_part_score looks at the scores left again, as the
		 * memmove does) */
		im->whole_scan = 0;
		im->whole_seen = false;
		*PUSH(im, dimensions) = (prr_dimension){
			.name = sc.label, .score = sc.value, .high = sc.high,
			.max = sc.max, .weight = PRR_NONE, .grade = sc.grade,
			.line = sc.line
		};
	}
}

/* (import_int.h) */
void imp_part_findings(imp *im)
{
	const prr_review *r = im->r;
	size_t parts = 0, top = NONE;
	for (size_t k = 0; k < r->n_sections; k++)
		parts += r->sections[k].level == 2 && im->sx[k].part_verdict &&
			 im->sx[k].comp && im->sx[k].comp <= r->n_components;
	if (parts < 2)
		return;
	/* each section's part: the heading of level 2 at or above it */
	size_t *part = prr_arena_array(&im->tmp, r->n_sections, sizeof *part);
	for (size_t k = 0; k < r->n_sections; k++) {
		if (r->sections[k].level <= 2)
			top = r->sections[k].level == 2 ? k : NONE;
		part[k] = top;
	}
	for (size_t f = 0; f < r->n_findings; f++) {
		prr_finding *x = &r->findings[f];
		size_t s = section_at(r, x->line), p = s != NONE ? part[s] : NONE;
		if (!x->component && p != NONE && im->sx[p].part_verdict &&
		    im->sx[p].comp && im->sx[p].comp <= r->n_components)
			x->component = r->components[im->sx[p].comp - 1].name;
	}
}

bool imp_under_examples(const imp *im)
{
	static const char *const words[] = { "example", "examples", "exemple",
		"exemples", "ejemplo", "ejemplos", "exemplo", "exemplos",
		"beispiel", "beispiele", "esempio", "esempi", NULL };
	for (int k = im->n_hs - 2; k >= 0; k--)
		if (im->hs[k].level > 1 && imp_has_word_of(im->hs[k].title, words))
			return true;
	return false;
}
