/* import_audit.c - stated figures against computed ones, after the walk. */
#include "import_int.h"
#include "prr/mojibake.h"
#include "prr/rec_item.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*** After the walk: audit, sections, level ***/

void imp_checklist_count(const prr_checklist *cl, long *done, long *total)
{
	*done = *total = 0;
	for (size_t k = 0; k < cl->n_items; k++) {
		*done += cl->items[k].done;
		*total += cl->items[k].status != PRR_NA;
	}
}

/* The words of a count of parts: "3 of 5 services ready". */
static const char *const parts_words[] = { "service", "component",
	"module", "system", "microservice", NULL };
static rec_vocab parts_vocab = REC_VOCAB(parts_words);

/* Whether every component states its status (a table of parts). */
static bool stated_parts(const prr_review *r)
{
	for (size_t k = 0; k < r->n_components; k++)
		if (r->components[k].status == PRR_UNKNOWN)
			return false;
	return r->n_components > 0;
}

/* Whether dimension name `d` is the noun `w` counted, or its singular
 * ("phases" and "phase"). */
static bool same_noun(const char *d, const char *w)
{
	size_t dn = strlen(d), wn = strlen(w);
	if (dn == wn)
		return strcasecmp(d, w) == 0;
	if (dn + 1 == wn && (w[wn - 1] == 's' || w[wn - 1] == 'S'))
		return strncasecmp(d, w, dn) == 0;
	if (wn + 1 == dn && (d[dn - 1] == 's' || d[dn - 1] == 'S'))
		return strncasecmp(d, w, wn) == 0;
	return false;
}

/* Whether `title` holds the noun `w` as a word, or its singular: "Pre-
 * cutover gates" holds "gates". */
static bool holds_noun(const char *title, const char *w)
{
	for (const char *t = title; *t; t++) {
		if (t != title && isalnum((unsigned char)t[-1]))
			continue;
		size_t k = 0;
		while (isalpha((unsigned char)t[k]) || t[k] == '-')
			k++;
		char word[64];
		if (k && k < sizeof word) {
			memcpy(word, t, k);
			word[k] = 0;
			if (same_noun(word, w))
				return true;
		}
	}
	return false;
}

/* "**4 of 5 phases verified**" against "phases: 3/5" stated elsewhere
 * (front matter, a table of scores): the document against itself. */
static void named_count(imp *im, const pending *p)
{
	const prr_review *r = im->r;
	/* (among the first 256 dimensions and checklists: a document of
	 * many such counts and lists is read in linear time) */
	for (size_t i = 0; i < r->n_dimensions && i < 256; i++) {
		const prr_dimension *d = &r->dimensions[i];
		if (!d->name || d->line == p->line || d->max != p->b ||
		    !prr_has(d->score) || prr_has(d->high) ||
		    !same_noun(d->name, p->label))
			continue;
		const char *claim = prr_arena_printf(im->a, "%s: %d of %d, and "
						     "%g/%g at line %d", p->label,
						     p->a, p->b, d->score, d->max,
						     d->line);
		for (size_t k = 0; k < r->n_audit; k++)
			if (strcmp(r->audit[k].claim, claim) == 0)
				return; /* said again: once is enough */
		imp_add_claim(im, claim,
			      prr_arena_printf(im->a, "%d/%d", p->a, p->b),
			      prr_arena_printf(im->a, "%g/%g", d->score, d->max),
			      d->score == p->a, p->line);
		return;
	}
	/* "Five of six gates are green" against the checklist "Pre-cutover
	 * gates": its items that pass, of those that apply */
	for (size_t c = 0; p->num && c < r->n_checklists && c < 256; c++) {
		const prr_checklist *cl = &r->checklists[c];
		if (!cl->title || !holds_noun(cl->title, p->label))
			continue;
		long pass = 0, total = 0, unknown = 0;
		for (size_t k = 0; k < cl->n_items; k++) {
			pass += cl->items[k].status == PRR_PASS;
			total += cl->items[k].status != PRR_NA;
			unknown += cl->items[k].status == PRR_UNKNOWN &&
				   !cl->items[k].done;
		}
		/* (an item whose status prr could not read counts for
		 * neither side: no figure is computed from it) */
		if (total != p->b || unknown)
			return;
		imp_add_claim(im, prr_arena_printf(im->a, "%s: %d of %d, in '%s'",
						   p->label, p->a, p->b, cl->title),
			      imp_share_text(im, p->a, p->b),
			      imp_share_text(im, pass, total), pass == p->a,
			      p->line);
		return;
	}
}

/* The section's title before a claim's label, "Checklist: 6/8 done.",
 * unless the label begins with it already (a line "Checklist: 6/8 done."
 * under "## Checklist" is not "Checklist: Checklist: 6/8 done."). */
static const char *labelled(imp *im, const char *sec, const char *label)
{
	size_t n = strlen(sec);
	if (strncasecmp(label, sec, n) == 0 && label[n] == ':')
		return label;
	return imp_join(im, sec, ": ", label);
}

void imp_resolve_pending(imp *im)
{
	prr_review *r = im->r;
	long tests = 0;
	bool have_tests = false;
	for (size_t c = 0; c < r->n_components; c++)
		for (size_t k = 0; k < r->components[c].n_checks; k++)
			if (r->components[c].checks[k].passed >= 0) {
				tests += r->components[c].checks[k].passed;
				have_tests = true;
			}
	double points = 0;
	long stories = 0, waves = 0;
	for (size_t w = 0; w < r->n_waves; w++) {
		if (!r->waves[w].planned)
			continue;
		waves++;
		for (size_t s = 0; s < r->waves[w].n_stories; s++) {
			stories++;
			if (prr_has(r->waves[w].stories[s].points))
				points += r->waves[w].stories[s].points;
		}
	}
	/* each section's first checklist, found once: searching all
	 * checklists per stated figure was quadratic in the document */
	size_t *first_cl = prr_xmalloc((r->n_sections + 1) * sizeof *first_cl);
	for (size_t s = 0; s < r->n_sections; s++)
		first_cl[s] = NONE;
	for (size_t c = r->n_checklists; c-- > 0;)
		if (im->cl_sec[c] != NONE)
			first_cl[im->cl_sec[c]] = c;
	for (size_t i = 0; i < im->n_pend; i++) {
		pending *p = &im->pend[i];
		switch (p->kind) {
		case PEND_COUNT: {
			/* "3 of 5 services ready" over a table of five
			 * services, each with its status; else the first
			 * checklist of the same section */
			bool parts = p->b == (int)r->n_components &&
				     stated_parts(r) &&
				     imp_contains_any(p->label, strlen(p->label),
						      &parts_vocab);
			if (!parts && p->sec != NONE && first_cl[p->sec] != NONE) {
				size_t c = first_cl[p->sec];
				long done, total;
				imp_checklist_count(&r->checklists[c], &done, &total);
				const char *sec = im->sx[p->sec].title;
				imp_add_claim(im, labelled(im, sec, p->label),
					  imp_share_text(im, p->a, p->b),
					  imp_share_text(im, done, total),
					  p->a == done && p->b == total, p->line);
			} else if (parts) {
				long ready = 0;
				for (size_t k = 0; k < r->n_components; k++)
					ready += r->components[k].status == PRR_PASS;
				imp_add_claim(im, p->label,
					  imp_share_text(im, p->a, p->b),
					  imp_share_text(im, ready, (long)r->n_components),
					  p->a == ready, p->line);
			}
			break;
		}
		case PEND_TESTS:
			if (have_tests)
				imp_add_claim(im, p->label, p->stated,
					  imp_long_text(im, tests),
					  p->a == tests, p->line);
			else if (im->story_tests_known)
				/* "215+ tests written" over stories of 189 */
				imp_add_claim(im, p->label, p->stated,
					  prr_arena_printf(im->a, "%ld in the "
							   "stories' Tests column",
							   im->story_tests),
					  p->a == im->story_tests, p->line);
			break;
		case PEND_NAMED:
			named_count(im, p);
			break;
		case PEND_BLOCKS: /* "Only PT-01 blocks launch." */
			for (size_t f = 0; f < r->n_findings; f++)
				/* (not over its own "Not a blocker.") */
				if (r->findings[f].id &&
				    strcmp(r->findings[f].id, p->label) == 0 &&
				    !(r->findings[f].title &&
				      prr_rec_denies_blocking(r->findings[f].title,
							      strlen(r->findings[f].title))))
					r->findings[f].blocking = true;
			break;
		case PEND_PLAN_WAVES:
		case PEND_PLAN_POINTS:
		case PEND_PLAN_STORIES: {
			double v = p->kind == PEND_PLAN_WAVES ? (double)waves
				   : p->kind == PEND_PLAN_POINTS ? points
								 : (double)stories;
			if (!waves)
				break;
			imp_add_claim(im, p->label, p->stated, imp_g_text(im, v),
				  v == p->num, p->line);
			break;
		}
		}
	}
	free(first_cl);
	/* each planned wave's heading points against its stories */
	for (size_t w = 0; w < r->n_waves; w++) {
		prr_wave *wv = &r->waves[w];
		if (!prr_has(wv->planned_points) || !wv->n_stories)
			continue;
		double sum = 0;
		for (size_t s = 0; s < wv->n_stories; s++)
			if (prr_has(wv->stories[s].points))
				sum += wv->stories[s].points;
		imp_add_claim(im, imp_join(im, wv->id ? wv->id : wv->name, " ",
					   "planned points"),
			  imp_g_text(im, wv->planned_points), imp_g_text(im, sum),
			  sum == wv->planned_points, wv->line);
	}
	/* a heading that says done over a checklist that is not */
	for (size_t c = 0; c < r->n_checklists; c++) {
		size_t s = im->cl_sec[c];
		if (s == NONE || !im->sx[s].stated_known ||
		    im->sx[s].stated != PRR_PASS || !r->checklists[c].n_items)
			continue;
		if (c && im->cl_sec[c - 1] == s)
			continue;
		long done, total;
		imp_checklist_count(&r->checklists[c], &done, &total);
		imp_add_claim(im, prr_arena_printf(im->a, "%s: done", im->sx[s].title),
			  "complete", prr_arena_printf(im->a, "%ld/%ld done", done, total),
			  done == total, r->sections[s].line);
	}
}

/* The lines from..to that no table or list took, blank runs folded. */
