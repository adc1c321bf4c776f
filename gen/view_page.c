/* view_page.c - a page's scaffolding: made, handed over, dropped; the
 * project's components and their slugs; see view_int.h. */
#include "view_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*** Page scaffolding ***/

/* The current page's context is no longer needed. */
static void ctx_drop(page *pg)
{
	prr_arena_reset(pg->ctx);
}

/* Hands the page built to the caller, then frees it. */
int view_page_emit(page *pg)
{
	int rc = pg->emit(pg->ud, &pg->cur);
	free(pg->cur.path);
	ctx_drop(pg);
	memset(&pg->cur, 0, sizeof pg->cur);
	return rc;
}

void view_page_drop(page *pg)
{
	free(pg->cur.path);
	ctx_drop(pg);
	memset(&pg->cur, 0, sizeof pg->cur);
}

/* A new page at `path` (relative to the project when `in_project`). */
prr_vnode *view_page_new(page *pg, const char *path, const char *tpl,
			 const char *title, const char *current)
{
	prr_view_page *v = &pg->cur;
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "%s%s", pg->p ? pg->prefix : "", path);
	v->path = prr_buf_detach(&b, NULL);
	v->tpl = tpl;
	v->ctx = prr_vobj(pg->ctx);
	/* root: one "../" per folder of the path */
	for (const char *s = v->path; (s = strchr(s, '/')); s++)
		prr_buf_adds(&b, "../");
	prr_vnode *c = v->ctx;
	put(c, "root", b.n ? b.p : "./");
	/* data.json holds every review: a review's own pages do not link it
	 * (its archived copy would change with each new review) */
	if (strncmp(path, "reviews/", 8) != 0) {
		size_t mark = b.n;
		prr_buf_adds(&b, "data.json");
		put(c, "data_href", b.p);
		prr_buf_truncate(&b, mark);
	}
	if (pg->p) {
		prr_buf_adds(&b, pg->prefix);
		put(c, "proj", b.n ? b.p : "./");
		putr(c, "project", pg->p->project);
	}
	prr_buf_free(&b);
	put(c, "page_title", title);
	putr(c, "generator", "prr " PRR_VERSION);
	putr(c, "method", pg->f->method);
	putr(c, "build_date", pg->o->build_date);
	putb(c, "portfolio_mode", pg->f->n_projects > 1);
	if (pg->p) {
		static const char *const nav[][2] = {
			{ "index.html", "Overview" }, { "waves.html", "Plan vs actual" },
			{ "timeline.html", "Timeline" }, { "history.html", "History" },
		};
		prr_vnode *n = put_arr(c, "nav");
		for (size_t i = 0; i < sizeof nav / sizeof nav[0]; i++) {
			prr_vnode *it = push(n);
			putr(it, "href", nav[i][0]);
			putr(it, "label", nav[i][1]);
			putb(it, "current", current && strcmp(current, nav[i][0]) == 0);
		}
	}
	return c;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The slug of `name` followed by `tail`, made unique among those in
 * `taken` by "-2", "-3" … before the tail, and added to them. */
char *view_unique_slug(prr_names *taken, const char *name, const char *tail)
{
	prr_buf b = PRR_BUF_INIT;
	prr_view_slug(&b, name);
	size_t base = b.n;
	prr_buf_adds(&b, tail);
	for (int k = 2; prr_names_find(taken, b.p) != PRR_NAMES_NONE; k++) {
		prr_buf_truncate(&b, base);
		prr_buf_addf(&b, "-%d%s", k, tail);
	}
	char *slug = prr_buf_detach(&b, NULL);
	prr_names_put(taken, slug, taken->n);
	return slug;
}

/* Every component name of the project (first spelling seen), sorted, and
 * a unique slug for each; then where each is in each review (kof, at).
 * Slugs are given in the order the names first appear (by review date),
 * so a later review never changes the slug of a name an earlier one has:
 * archived review pages keep their links.  Reviews mostly list the same
 * components in the same order, so each lookup first tries the index the
 * same position had in the review before. */
void view_collect_components(page *pg)
{
	size_t n = pg->p->n, cap = 0;
	prr_names index = { 0 }; /* name -> its index in comp_names */
	pg->kof = prr_xcalloc(n ? n : 1, sizeof *pg->kof);
	for (size_t i = 0; i < n; i++) {
		const prr_scorecard *s = &pg->p->reviews[i].score;
		pg->kof[i] = prr_xcalloc(s->n_comps ? s->n_comps : 1, sizeof(int));
		for (size_t k = 0; k < s->n_comps; k++) {
			const char *nm = s->comps[k].name;
			pg->kof[i][k] = -1;
			if (!nm)
				continue;
			int hint = i > 0 && k < pg->p->reviews[i - 1].score.n_comps
				   ? pg->kof[i - 1][k] : -1;
			size_t j;
			if (hint >= 0 && prr_name_eq(pg->comp_names[hint], nm))
				j = (size_t)hint;
			else
				j = prr_names_put(&index, nm, pg->n_comps);
			if (j == pg->n_comps) {
				if (pg->n_comps == cap) {
					cap = cap ? 2 * cap : 16;
					pg->comp_names = prr_xrealloc(pg->comp_names,
								      cap * sizeof(char *));
				}
				pg->comp_names[pg->n_comps++] = prr_xstrdup(nm);
			}
			pg->kof[i][k] = (int)j;
		}
	}
	prr_names_free(&index);
	pg->comp_slugs = prr_xcalloc(pg->n_comps ? pg->n_comps : 1, sizeof(char *));
	prr_names slugs = { .exact = 1 };
	for (size_t i = 0; i < pg->n_comps; i++)
		pg->comp_slugs[i] = view_unique_slug(&slugs, pg->comp_names[i], "");
	prr_names_free(&slugs);
	/* then sorted by name, each slug moving with its name; `rank` maps
	 * first-seen order to sorted order */
	size_t nc = pg->n_comps;
	char **pairs = prr_xcalloc(nc ? 3 * nc : 1, sizeof(char *));
	for (size_t i = 0; i < nc; i++) {
		pairs[3 * i] = pg->comp_names[i];
		pairs[3 * i + 1] = pg->comp_slugs[i];
		pairs[3 * i + 2] = (char *)(uintptr_t)i;
	}
	if (nc)
		qsort(pairs, nc, 3 * sizeof(char *), cmp_str);
	int *rank = prr_xcalloc(nc ? nc : 1, sizeof *rank);
	for (size_t i = 0; i < nc; i++) {
		pg->comp_names[i] = pairs[3 * i];
		pg->comp_slugs[i] = pairs[3 * i + 1];
		rank[(uintptr_t)pairs[3 * i + 2]] = (int)i;
	}
	free(pairs);
	pg->at = prr_xcalloc(nc && n ? nc * n : 1, sizeof *pg->at);
	for (size_t q = 0; q < nc * n; q++)
		pg->at[q] = -1;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < pg->p->reviews[i].score.n_comps; k++)
			if (pg->kof[i][k] >= 0) {
				pg->kof[i][k] = rank[pg->kof[i][k]];
				pg->at[(size_t)pg->kof[i][k] * n + i] = (int)k;
			}
	free(rank);
}

void view_page_free(page *pg)
{
	for (size_t i = 0; i < pg->n_comps; i++) {
		free(pg->comp_names[i]);
		free(pg->comp_slugs[i]);
	}
	for (size_t i = 0; pg->kof && i < pg->p->n; i++)
		free(pg->kof[i]);
	free(pg->kof);
	free(pg->at);
	free(pg->comp_names);
	free(pg->comp_slugs);
	pg->comp_names = pg->comp_slugs = NULL;
	pg->kof = NULL;
	pg->at = NULL;
	pg->n_comps = 0;
}

const char *view_ctx_str(prr_vnode *c, const char *k)
{
	const char *v = prr_vstr(prr_vget(c, k));
	return v ? v : "";
}
