/* archive_set.c - what is archived: each review's files in memory, and
 * the reviews' pages rendered for their archived copies. */
#include <stdlib.h>
#include <string.h>

#include "archive_int.h"
#include "prr/embed.h"
#include "prr/jobs.h"

/*** The set ***/

prr_archive_set *prr_archive_set_new(void)
{
	prr_archive_set *s = prr_xcalloc(1, sizeof *s);
	s->keys.exact = 1;
	return s;
}

static void unit_free(arc_unit *u)
{
	free(u->key);
	arc_files_free(&u->files);
	prr_names_free(&u->paths);
	prr_pagelist_free(&u->pages);
}

void prr_archive_set_free(prr_archive_set *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++)
		unit_free(&s->v[i]);
	free(s->v);
	prr_names_free(&s->keys);
	free(s);
}

/* The unit of `key`, made when new. */
static arc_unit *unit_of(prr_archive_set *s, const char *key)
{
	size_t i = prr_names_find(&s->keys, key);
	if (i != PRR_NAMES_NONE)
		return &s->v[i];
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->v = prr_xrealloc(s->v, s->cap * sizeof *s->v);
		/* the table borrows the keys, which stay where they are */
	}
	arc_unit *u = &s->v[s->n];
	memset(u, 0, sizeof *u);
	u->key = prr_xstrdup(key);
	u->paths.exact = 1;
	prr_names_put(&s->keys, u->key, s->n++);
	return u;
}

void arc_unit_add(arc_unit *u, const char *rel, const void *data, size_t n)
{
	if (prr_names_find(&u->paths, rel) != PRR_NAMES_NONE)
		return;
	afile *f = arc_files_add(&u->files, rel);
	prr_buf_add(&f->data, data, n);
	prr_names_put(&u->paths, f->rel, 0);
}

void prr_archive_set_add(prr_archive_set *s, const char *key, const char *rel,
			 const void *data, size_t n, const prr_pages_entry *e)
{
	arc_unit *u = unit_of(s, key);
	if (e)
		prr_pagelist_add(&u->pages, e);
	arc_unit_add(u, rel, data, n);
}

void prr_archive_set_join(prr_archive_set *to, prr_archive_set *from)
{
	for (size_t i = 0; i < from->n; i++) {
		arc_unit *u = &from->v[i];
		for (size_t k = 0; k < u->files.n; k++)
			prr_archive_set_add(to, u->key, u->files.v[k].rel,
					    u->files.v[k].data.p,
					    u->files.v[k].data.n, NULL);
		arc_unit *t = unit_of(to, u->key);
		for (size_t k = 0; k < u->pages.n; k++)
			prr_pagelist_add(&t->pages, &u->pages.v[k]);
	}
}

size_t prr_archive_set_count(const prr_archive_set *s)
{
	return s->n;
}

/*** The reviews' pages for the archive ***/

typedef struct collect {
	prr_archive_set *set[PRR_JOBS_MAX];
	const char *const *dates;
	size_t n_dates;
	prr_buf key[PRR_JOBS_MAX];
} collect;

/* Each file of a review (prr_pages_put_fn) with the assets it uses, in
 * the set of its job, under the review's key. */
static int collect_put(void *ud, unsigned job, const prr_pages_entry *e,
		       const char *data, size_t n, prr_buf *err)
{
	collect *c = ud;
	if (!e->date)
		return 0; /* not a review's (the view makes none for the archive) */
	size_t i = 0;
	while (i < c->n_dates && strcmp(c->dates[i], e->date) != 0)
		i++;
	if (c->n_dates && i == c->n_dates)
		return 0;
	prr_buf *key = &c->key[job];
	prr_buf_reset(key);
	prr_buf_addf(key, "%s%s", e->folder ? e->folder : "", e->date);
	prr_archive_set_add(c->set[job], key->p, e->path, data, n, e);
	for (size_t k = 0; k < e->n_assets; k++) {
		const prr_embed_file *a = prr_embed_find(e->assets[k]);
		if (!a) {
			prr_buf_addf(err, "'%s' uses '%s', which is not one of "
				     "prr's assets", e->path, e->assets[k]);
			return -1;
		}
		prr_archive_set_add(c->set[job], key->p, a->path, a->data, a->len,
				    NULL);
	}
	return 0;
}

int prr_archive_collect(prr_archive_set *set, const prr_figures *f,
			const prr_view_opts *vo, prr_tpl_env *env,
			const char *const *dates, size_t n_dates, prr_diags *d,
			prr_buf *err)
{
	collect c = { .dates = dates, .n_dates = n_dates };
	prr_view_opts o = *vo;
	o.archive = true;
	unsigned jobs = prr_jobs_count();
	c.set[0] = set;
	for (unsigned t = 1; t < jobs; t++)
		c.set[t] = prr_archive_set_new();
	prr_pages_run r = { f, &o, env, collect_put, &c, NULL, jobs, NULL };
	int rc = prr_pages_render(&r, d, err);
	for (unsigned t = 0; t < jobs; t++) {
		if (t > 0) {
			prr_archive_set_join(set, c.set[t]);
			prr_archive_set_free(c.set[t]);
		}
		prr_buf_free(&c.key[t]);
	}
	return rc;
}
