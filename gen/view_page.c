/* view_page.c - a page's scaffolding: made, handed over, dropped; the
 * project's components and their slugs; see view_int.h. */
#include "view_int.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*** Page scaffolding ***/

/* Each kind of page: its word, its template and, for the pages of a
 * project's navigation (in this order), its label there and its file. */
static const struct kind_info {
	const char *name, *tpl, *nav_label, *nav_file;
} kinds[] = {
	[PRR_VIEW_PORTFOLIO] = { "portfolio", "portfolio.html.mustache", NULL, NULL },
	[PRR_VIEW_OVERVIEW] = { "overview", "index.html.mustache", "Overview", "index.html" },
	[PRR_VIEW_WAVES] = { "waves", "waves.html.mustache", "Plan vs actual", "waves.html" },
	[PRR_VIEW_TIMELINE] = { "timeline", "timeline.html.mustache", "Timeline", "timeline.html" },
	[PRR_VIEW_HISTORY] = { "history", "history.html.mustache", "History", "history.html" },
	[PRR_VIEW_COMPONENT] = { "component", "component.html.mustache", NULL, NULL },
	[PRR_VIEW_REVIEW] = { "review", "review.html.mustache", NULL, NULL },
	[PRR_VIEW_REVIEW_COMPONENT] = { "review-component",
					"review-component.html.mustache", NULL, NULL },
};

const char *prr_view_kind_name(prr_view_kind k)
{
	return (size_t)k < sizeof kinds / sizeof kinds[0] ? kinds[k].name : "page";
}

/* The site's files every page uses (templates/layout.html), each at the
 * key of its href in the page's data. */
static const char *const page_assets[] = { "assets/style.css", "assets/sort.js" };
static const char *const page_asset_keys[] = { "style_href", "script_href" };

/* The current page's context is no longer needed. */
static void ctx_drop(page *pg)
{
	prr_arena_reset(pg->ctx);
}

void view_page_drop(page *pg)
{
	free(pg->cur.path);
	free((char *)pg->cur.title);
	ctx_drop(pg);
	memset(&pg->cur, 0, sizeof pg->cur);
	pg->root = NULL;
}

/* Hands the page built to the caller, then frees it. */
int view_page_emit(page *pg)
{
	int rc = pg->emit(pg->ud, &pg->cur);
	view_page_drop(pg);
	return rc;
}

/* The published site's address of the project's folder. */
static void live_root(prr_buf *b, const page *pg)
{
	size_t k = strlen(pg->o->base_url);
	prr_buf_addf(b, "%s%s%s", pg->o->base_url,
		     k && pg->o->base_url[k - 1] == '/' ? "" : "/",
		     pg->p ? pg->prefix : "");
}

bool view_put_site_href(prr_vnode *o, const char *k, const page *pg,
			const char *fmt, ...)
{
	prr_buf *b = view_scratch();
	if (!pg->o->archive) {
		prr_buf_adds(b, pg->root);
		if (pg->p)
			prr_buf_adds(b, pg->prefix);
	} else if (pg->o->base_url) {
		live_root(b, pg);
	} else {
		return false; /* the page is not in the archive */
	}
	va_list ap;
	va_start(ap, fmt);
	prr_buf_vaddf(b, fmt, ap);
	va_end(ap);
	prr_vput_str(o, k, b->p, b->n);
	return true;
}

/* The links every page of a project has to the others: home (the
 * brand), the portfolio, and the project's navigation, the current
 * page's entry marked.  An archived copy links the archive's index
 * first, then the published site's pages when the base URL is known. */
static void put_nav(prr_vnode *c, page *pg, prr_view_kind kind)
{
	bool several = pg->f->n_projects > 1;
	prr_vnode *n = pg->p || pg->o->archive ? put_arr(c, "nav") : NULL;
	putb(c, "has_nav", n != NULL);
	if (pg->o->archive) {
		/* the archived folder is DIR/DATE (DIR/SLUG/DATE of several) */
		prr_buf arc = PRR_BUF_INIT;
		prr_buf_addf(&arc, "%s%sindex.html", pg->root,
			     several ? "../../" : "../");
		prr_vnode *it = push(n);
		put(it, "href", arc.p);
		putr(it, "label", "Archived reviews");
		prr_vnode *a = put_obj(c, "archived");
		putr(a, "date", pg->cur.date);
		view_put_site_href(a, "live_href", pg, "index.html");
		if (!view_put_site_href(c, "home_href", pg, "index.html"))
			put(c, "home_href", arc.p);
		prr_buf_free(&arc);
	} else {
		view_put_site_href(c, "home_href", pg, "index.html");
	}
	if (several) {
		page top = *pg; /* the portfolio is at the site's root */
		top.p = NULL;
		view_put_site_href(c, "all_projects_href", &top, "index.html");
	}
	/* the project's pages, unless an archived copy cannot reach them */
	if (!pg->p || (pg->o->archive && !pg->o->base_url))
		return;
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		if (!kinds[i].nav_label)
			continue;
		prr_vnode *it = push(n);
		view_put_site_href(it, "href", pg, "%s", kinds[i].nav_file);
		putr(it, "label", kinds[i].nav_label);
		putb(it, "current", i == (size_t)kind);
	}
}

prr_vnode *view_page_new(page *pg, prr_view_kind kind, const char *path,
			 const char *date, const char *title)
{
	prr_view_page *v = &pg->cur;
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "%s%s", pg->p ? pg->prefix : "", path);
	v->kind = kind;
	v->path = prr_buf_detach(&b, NULL);
	v->tpl = kinds[kind].tpl;
	v->date = date;
	v->project = pg->p ? pg->p->project : NULL;
	v->folder = pg->p ? pg->prefix : "";
	v->title = prr_xstrdup(title ? title : "");
	v->assets = page_assets;
	v->n_assets = sizeof page_assets / sizeof page_assets[0];
	v->ctx = prr_vobj(pg->ctx);
	/* root: one "../" per folder of the path */
	for (const char *s = v->path; (s = strchr(s, '/')); s++)
		prr_buf_adds(&b, "../");
	prr_vnode *c = v->ctx;
	put(c, "root", b.n ? b.p : "./");
	pg->root = prr_vstr(prr_vget(c, "root"));
	for (size_t i = 0; i < v->n_assets; i++)
		view_putf(c, page_asset_keys[i], "%s%s", pg->root, page_assets[i]);
	/* data.json holds every review: a review's own pages do not link it
	 * (its archived copy would change with each new review) */
	if (kind != PRR_VIEW_REVIEW && kind != PRR_VIEW_REVIEW_COMPONENT)
		view_putf(c, "data_href", "%sdata.json", b.p);
	if (pg->p)
		putr(c, "project", pg->p->project);
	prr_buf_free(&b);
	put(c, "page_title", title);
	putr(c, "generator", "prr " PRR_VERSION);
	putr(c, "method", pg->f->method);
	putr(c, "build_date", pg->o->build_date);
	put_nav(c, pg, kind);
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

char **view_project_prefixes(const prr_figures *f)
{
	char **prefixes = prr_xcalloc(f->n_projects ? f->n_projects : 1,
				      sizeof *prefixes);
	prr_names taken = { .exact = 1 }; /* unique among the projects */
	for (size_t i = 0; i < f->n_projects; i++)
		prefixes[i] = f->n_projects > 1
				      ? view_unique_slug(&taken, f->projects[i].project, "/")
				      : prr_xstrdup("");
	prr_names_free(&taken);
	return prefixes;
}

void view_project_prefixes_free(const prr_figures *f, char **prefixes)
{
	for (size_t i = 0; i < f->n_projects; i++)
		free(prefixes[i]);
	free(prefixes);
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
