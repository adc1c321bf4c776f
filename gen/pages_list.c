/* pages_list.c - the list of a site's pages and pages.json, written and
 * read; see include/prr/pages.h. */
#include "prr/pages.h"

#include <cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "prr/json.h"

static const char *dup_opt(prr_arena *a, const char *s)
{
	return s ? prr_arena_strdup(a, s) : NULL;
}

/* `e` as one object of pages.json. */
static void entry_json(prr_buf *out, const prr_pages_entry *e)
{
	prr_jw w;
	prr_jw_init(&w, out, false);
	prr_jw_object(&w);
	prr_jw_kstr(&w, "kind", e->kind);
	prr_jw_kstr(&w, "path", e->path);
	prr_jw_kstr_opt(&w, "date", e->date);
	prr_jw_kstr_opt(&w, "project", e->project);
	prr_jw_kstr(&w, "title", e->title ? e->title : "");
	prr_jw_key(&w, "assets");
	prr_jw_array(&w);
	for (size_t k = 0; k < e->n_assets; k++)
		prr_jw_str(&w, e->assets[k]);
	prr_jw_end(&w);
	prr_jw_end(&w);
}

/* Each entry's line of pages.json is written as it is added: on the jobs
 * that put the pages (pages.c), not after them, on one thread. */
void prr_pagelist_add(prr_pagelist *l, const prr_pages_entry *e)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = prr_xrealloc(l->v, l->cap * sizeof *l->v);
	}
	prr_arena *a = &l->arena;
	prr_pages_entry *c = &l->v[l->n++];
	c->kind = dup_opt(a, e->kind);
	c->path = dup_opt(a, e->path);
	c->date = dup_opt(a, e->date);
	c->project = dup_opt(a, e->project);
	c->title = dup_opt(a, e->title);
	c->folder = dup_opt(a, e->folder ? e->folder : "");
	c->n_assets = e->n_assets;
	const char **assets = prr_arena_alloc(a, (e->n_assets + 1) * sizeof *assets);
	for (size_t i = 0; i < e->n_assets; i++)
		assets[i] = prr_arena_strdup(a, e->assets[i]);
	c->assets = assets;
	prr_buf json = PRR_BUF_INIT;
	entry_json(&json, c);
	c->json = prr_arena_strdup(a, json.p);
	prr_buf_free(&json);
}

static int entry_cmp(const void *x, const void *y)
{
	return strcmp(((const prr_pages_entry *)x)->path,
		      ((const prr_pages_entry *)y)->path);
}

void prr_pagelist_sort(prr_pagelist *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof *l->v, entry_cmp);
}

const prr_pages_entry *prr_pagelist_find(const prr_pagelist *l,
					 const char *kind)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i].kind, kind) == 0)
			return &l->v[i];
	return NULL;
}

/* One entry per line, so that two lists diff line by line. */
void prr_pagelist_json(prr_buf *out, const prr_pagelist *l)
{
	prr_buf_adds(out, "{\"format\":\"" PRR_PAGES_FORMAT "\",\"pages\":[");
	for (size_t i = 0; i < l->n; i++) {
		prr_buf_adds(out, i ? ",\n" : "\n");
		prr_buf_adds(out, l->v[i].json);
	}
	prr_buf_adds(out, "\n]}\n");
}

/* The string at `key` of `o`, or NULL. */
static const char *str_at(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

int prr_pagelist_parse(prr_pagelist *out, const char *text, size_t n,
		       prr_buf *err)
{
	cJSON *root = cJSON_ParseWithLength(text, n);
	const char *format = root ? str_at(root, "format") : NULL;
	const cJSON *pages = root ? cJSON_GetObjectItemCaseSensitive(root, "pages")
				  : NULL;
	int rc = -1;
	if (!root) {
		prr_buf_adds(err, "not JSON");
		goto done;
	}
	if (!format || strcmp(format, PRR_PAGES_FORMAT) != 0 ||
	    !cJSON_IsArray(pages)) {
		prr_buf_addf(err, "not a list of pages (\"format\": \""
			     PRR_PAGES_FORMAT "\" and \"pages\": […] expected)");
		goto done;
	}
	size_t i = 0;
	const cJSON *p;
	cJSON_ArrayForEach(p, pages) {
		prr_pages_entry e = { str_at(p, "kind"), str_at(p, "path"),
				      str_at(p, "date"), str_at(p, "project"),
				      str_at(p, "title"), "", NULL, 0 };
		if (!e.kind || !e.path) {
			prr_buf_addf(err, "page %zu has no \"kind\" or no \"path\"",
				     i + 1);
			goto done;
		}
		const cJSON *assets = cJSON_GetObjectItemCaseSensitive(p, "assets");
		if (!cJSON_IsArray(assets))
			assets = NULL;
		const char **list = prr_xcalloc((size_t)cJSON_GetArraySize(assets) + 1,
						sizeof *list);
		const cJSON *a;
		cJSON_ArrayForEach(a, assets)
			if (cJSON_IsString(a))
				list[e.n_assets++] = a->valuestring;
		e.assets = list;
		prr_pagelist_add(out, &e);
		free(list);
		i++;
	}
	prr_pagelist_sort(out);
	rc = 0;
done:
	cJSON_Delete(root);
	return rc;
}

void prr_pagelist_free(prr_pagelist *l)
{
	prr_arena_free(&l->arena);
	free(l->v);
	memset(l, 0, sizeof *l);
}
