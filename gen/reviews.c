/* reviews.c - a set of reviews, merged by project and date; see reviews.h. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "prr/reviews.h"
#include "prr/jsonread.h"
#include "prr/buf.h"
#include "prr/fsutil.h"
#include "prr/jobs.h"
#include "prr/load.h"
#include "prr/paths.h"
#include "prr/import.h"
#include "prr/report.h"

#include <ctype.h>
#include <errno.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int prr_is_review_path(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	if (strcmp(base, "prr.json") == 0 || prr_ends_with(base, ".schema.json"))
		return 0;
	for (const char *const *s = prr_review_suffixes; *s; s++)
		if (prr_ends_with(base, *s))
			return 1;
	return 0;
}

/* 1 if the text `head` begins is one of prr's own outputs: a report in
 * Markdown (report.md.mustache's first line) or the figures as JSON
 * (data.json, report --format json). */
static int own_output(const char *head, size_t n)
{
	static const char *const md[] = { PRR_REPORT_MD_MARKER,
					  PRR_REPORT_MD_SIGNATURE_OLD };
	for (size_t i = 0; i < sizeof md / sizeof *md; i++)
		if (n >= strlen(md[i]) && memcmp(head, md[i], strlen(md[i])) == 0)
			return 1;
	static const char *const json[] = { "{", "\"method\"", ":", "\"prr-score/" };
	const char *p = head, *end = head + n;
	for (size_t i = 0; i < sizeof json / sizeof *json; i++) {
		while (p < end && strchr(" \t\r\n", *p))
			p++;
		size_t k = strlen(json[i]);
		if ((size_t)(end - p) < k || memcmp(p, json[i], k) != 0)
			return 0;
		p += k;
	}
	return 1;
}

static int is_own_output(const char *path)
{
	char head[128];
	return own_output(head, prr_read_head(path, head, sizeof head));
}

void prr_review_paths(char *const *paths, int n, unsigned flags,
		      prr_paths *out, prr_diags *d)
{
	for (int i = 0; i < n; i++) {
		if (prr_is_dir(paths[i]) != 1) {
			prr_paths_add(out, paths[i]);
			continue;
		}
		prr_paths found = { 0 }, outside = { 0 };
		prr_buf err = PRR_BUF_INIT;
		unsigned wf = flags & PRR_REVIEWS_ALLOW_OUTSIDE ? PRR_WALK_ALLOW_OUTSIDE : 0;
		if (prr_walk_ex(paths[i], prr_review_suffixes, wf, &found, &outside,
				&err) < 0)
			prr_diag_add(d, PRR_DIAG_ERROR, paths[i], NULL, 0, 0, "%s", err.p);
		for (size_t k = 0; k < outside.n; k++)
			prr_diag_add(d, PRR_DIAG_ERROR, outside.v[k], NULL, 0, 0,
				     "a link to outside the reviews folder '%s'; "
				     "not read (--allow-outside reads it)", paths[i]);
		size_t before = out->n;
		for (size_t k = 0; k < found.n; k++)
			if (prr_is_review_path(found.v[k]) && !is_own_output(found.v[k]))
				prr_paths_add(out, found.v[k]);
		if (out->n == before && !err.n && !outside.n)
			prr_diag_add(d, PRR_DIAG_ERROR, paths[i], NULL, 0, 0,
				     "no reviews found in this folder (looked for %s)",
				     prr_review_suffixes_text);
		prr_paths_free(&found);
		prr_paths_free(&outside);
		prr_buf_free(&err);
	}
}

char *prr_reviews_cache_dir(const char *dir, prr_diags *d)
{
	char *cache = prr_path_join(dir ? dir : ".", ".prr-cache");
	if (prr_is_dir(cache) != 1 && mkdir(cache, 0777) < 0) {
		prr_diag_add(d, PRR_DIAG_WARNING, cache, NULL, 0, 0,
			     "cannot create the history cache: %s; going on "
			     "without it", strerror(errno));
		free(cache);
		return NULL;
	}
	return cache;
}

/* The last YYYY-MM-DD that is a real date in `path`, or NULL. */
/*
 * `path` as shown in pages and data: relative to the folder given that
 * holds it (else to `dir`, the reviews folder), so that `prr build r` and
 * `prr build ./r` or `prr build /abs/r` write the same site; NULL when no
 * folder holds it (it is then shown as given).
 */
static const char *shown_path(prr_arena *a, const char *path,
			      char *const *paths, int n_paths, const char *dir)
{
	for (int k = -1; k < n_paths; k++) {
		const char *d = k < 0 ? dir : paths[k];
		size_t n = strlen(d);
		while (n > 1 && d[n - 1] == '/')
			n--;
		if (strncmp(path, d, n) == 0 && path[n] == '/' && path[n + 1] &&
		    (k < 0 || prr_is_dir(d) == 1))
			return prr_arena_strdup(a, path + n + 1);
	}
	return NULL;
}

/* The name of folder `dir` (resolved: "." and "./r/" are named as what
 * they are), "reviews" when it has none ("/"). */
static char *folder_name(const char *given)
{
	char *real = realpath(given, NULL);
	const char *dir = real ? real : given;
	size_t n;
	const char *name = prr_paths_last_name(dir, &n);
	prr_buf b = PRR_BUF_INIT;
	prr_buf_add(&b, name, n);
	if (b.n == 0 || strcmp(b.p, ".") == 0 || strcmp(b.p, "/") == 0) {
		prr_buf_reset(&b);
		prr_buf_adds(&b, "reviews");
	}
	free(real);
	return prr_buf_detach(&b, NULL);
}

/*
 * The folder a document takes its project (when it states none) and its
 * prr.json from: the folder that holds `file` with a prr.json nearest to
 * it, inside the folder given that holds it (so that every folder with a
 * prr.json is a project, and two folders given together are two
 * projects), else that folder given.  Its project is its prr.json's
 * "project", else the folder's name; its prr.json takes the policy it
 * does not set from the folder given (prr_config_inherit).  The first
 * folder given is the reviews folder, whose config is loaded already.
 */
typedef struct folder {
	char *dir;
	char *name;          /* the project of documents that state none */
	bool named;          /* by its prr.json ("project"), not its name */
	prr_config *config;  /* owned, unless it is the set's */
} folder;

typedef struct project_of {
	folder **v;
	size_t n, cap;
	prr_names index;     /* dir -> its folder */
} project_of;

static folder *folder_get(project_of *po, const char *dir, const char *parent,
			  const prr_reviews *out, prr_diags *d)
{
	size_t k = prr_names_find(&po->index, dir);
	if (k != PRR_NAMES_NONE)
		return po->v[k];
	folder *f = prr_xcalloc(1, sizeof *f);
	f->dir = prr_xstrdup(dir);
	if (prr_same_file(dir, out->dir) == 1) {
		f->config = out->config;
	} else if (prr_config_load_dir(&f->config, dir, d) < 0) {
		f->config = prr_config_default(); /* the error is in `d` */
	} else if (parent) {
		prr_config_inherit(f->config, folder_get(po, parent, NULL, out, d)->config);
	}
	f->named = f->config->project && *f->config->project;
	f->name = f->named ? prr_xstrdup(f->config->project) : folder_name(dir);
	if (po->n == po->cap) {
		po->cap = po->cap ? 2 * po->cap : 8;
		po->v = prr_xrealloc(po->v, po->cap * sizeof *po->v);
	}
	po->v[po->n] = f;
	prr_names_put(&po->index, f->dir, po->n++);
	return f;
}

static folder *folder_for(project_of *po, const char *file, char *const *paths,
			  int n_paths, const prr_reviews *out, prr_diags *d)
{
	const char *given = NULL;
	size_t gn = 0;
	for (int k = 0; k < n_paths && !given; k++) {
		size_t n = strlen(paths[k]);
		while (n > 1 && paths[k][n - 1] == '/')
			n--;
		if (strncmp(file, paths[k], n) == 0 && file[n] == '/' &&
		    prr_is_dir(paths[k]) == 1) {
			given = paths[k];
			gn = n;
		}
	}
	if (!given) /* a file given: the reviews folder's */
		return folder_get(po, out->dir, NULL, out, d);
	prr_buf dir = PRR_BUF_INIT, top = PRR_BUF_INIT;
	prr_buf_add(&top, given, gn);
	const char *slash = strrchr(file, '/');
	prr_buf_add(&dir, file, (size_t)(slash - file));
	while (dir.n > gn) {
		char *cfg = prr_path_join(dir.p, "prr.json");
		int found = access(cfg, F_OK) == 0;
		free(cfg);
		if (found)
			break;
		char *up = strrchr(dir.p, '/');
		prr_buf_truncate(&dir, (size_t)(up - dir.p));
	}
	folder *f = dir.n > gn ? folder_get(po, dir.p, top.p, out, d)
			       : folder_get(po, top.p, NULL, out, d);
	prr_buf_free(&dir);
	prr_buf_free(&top);
	return f;
}

/* The configs `po` loaded go to `out` (all but the set's own). */
static void project_of_free(project_of *po, prr_reviews *out)
{
	for (size_t i = 0; i < po->n; i++) {
		folder *f = po->v[i];
		if (f->config != out->config) {
			out->owned = prr_xrealloc(out->owned, (out->n_owned + 1) *
						  sizeof *out->owned);
			out->owned[out->n_owned++] = f->config;
		}
		free(f->dir);
		free(f->name);
		free(f);
	}
	free(po->v);
	prr_names_free(&po->index);
}

/*
 * A folder whose documents name several projects holds several projects:
 * they are kept apart, and said once per folder, naming them.
 */
static void warn_mixed(prr_reviews *out, const bool *told, prr_diags *d)
{
	for (size_t i = 0; i < out->n_docs; i++) {
		const char *f = out->files.v[i];
		const char *slash = strrchr(f, '/');
		size_t dn = slash ? (size_t)(slash - f) : 0;
		int first = 1, mixed = 0;
		for (size_t k = 0; k < i && first; k++)
			if (strncmp(out->files.v[k], f, dn) == 0 &&
			    strrchr(out->files.v[k], '/') == out->files.v[k] + dn)
				first = 0; /* said with the folder's first document */
		if (!first)
			continue;
		prr_buf names = PRR_BUF_INIT;
		prr_names seen = { .exact = 1 };
		for (size_t k = i; k < out->n_docs; k++) {
			const char *g = out->files.v[k];
			if (strncmp(g, f, dn) != 0 || strrchr(g, '/') != g + dn ||
			    told[k])
				continue; /* told apart by title: said already */
			const char *p = out->docs[k]->project;
			if (prr_names_put(&seen, p, k) == k) {
				prr_buf_addf(&names, "%s\"%s\"", names.n ? ", " : "", p);
				mixed |= seen.n > 1;
			}
		}
		if (mixed)
			prr_diag_add(d, PRR_DIAG_WARNING, dn ? prr_arena_printf(
				     &out->docs[i]->arena, "%.*s", (int)dn, f) : ".",
				     NULL, 0, 0, "this folder holds reviews of %zu "
				     "projects (%s): they are kept apart, as separate "
				     "projects (one folder per project, with its prr.json, "
				     "says so without this warning)", seen.n, names.p);
		prr_names_free(&seen);
		prr_buf_free(&names);
	}
}

/* Appends the `n_src` items of `src` to arena array `dst` (n_dst items)
 * in a new array; to no items, `src` itself: merging is shallow, every
 * document stays alive, and nothing writes into a merged review, so a
 * review of one document (most) shares its document's arrays instead
 * of holding a copy of each. */
static void *concat(prr_arena *a, const void *dst, size_t n_dst,
		    const void *src, size_t n_src, size_t size)
{
	if (!n_dst)
		return (void *)src;
	char *v = prr_arena_array(a, n_dst + n_src, size);
	if (n_dst)
		memcpy(v, dst, n_dst * size);
	if (n_src)
		memcpy(v + n_dst * size, src, n_src * size);
	return v;
}

#define MERGE_LIST(m, r, name)                                               \
	((m)->name = concat(&(m)->arena, (m)->name, (m)->n_##name, (r)->name, \
			    (r)->n_##name, sizeof *(r)->name),               \
	 (m)->n_##name += (r)->n_##name)
#define FIRST(m, r, field) ((m)->field = (m)->field ? (m)->field : (r)->field)

/* Folds document `r` into merged review `m` (shallow: `r` stays alive). */
static void merge_into(prr_review *m, const prr_review *r)
{
	FIRST(m, r, project);
	FIRST(m, r, title);
	/* from the command line only if no document of the day states it */
	m->date_from = !m->date || m->date_from ? r->date_from : NULL;
	FIRST(m, r, date);
	FIRST(m, r, revision);
	FIRST(m, r, source_file);
	FIRST(m, r, source_format);
	if (!m->status_text && r->status_text) {
		m->status_text = r->status_text;
		m->status_line = r->status_line;
	}
	if (m->level == PRR_LEVEL_UNKNOWN)
		m->level = r->level;
	if (!m->date_line)
		m->date_line = r->date_line;
	MERGE_LIST(m, r, scores);
	MERGE_LIST(m, r, dimensions);
	MERGE_LIST(m, r, components);
	MERGE_LIST(m, r, checklists);
	MERGE_LIST(m, r, waves);
	MERGE_LIST(m, r, milestones);
	MERGE_LIST(m, r, estimates);
	MERGE_LIST(m, r, risks);
	MERGE_LIST(m, r, findings);
	MERGE_LIST(m, r, commits);
	MERGE_LIST(m, r, evidence);
	MERGE_LIST(m, r, sections);
	MERGE_LIST(m, r, tables);
	MERGE_LIST(m, r, audit);
	MERGE_LIST(m, r, fields);
}

/*
 * Reading and parsing the files is most of loading a big set (200
 * reviews: a fifth of a build), and each file is independent of the
 * others, so they are loaded by several threads: file i by share
 * i % shares, into its own docs[i] and diags[i], which the caller then
 * takes in path order, so the set and its messages are the same whatever
 * the number of threads.  The loaders keep no state between calls;
 * cJSON parses on several threads under the conditions jsonread.c
 * gives.
 */
typedef struct load_share {
	const prr_paths *files;
	prr_review **docs;
	prr_diags *diags;
	const char *date; /* --date, or NULL */
	size_t share, shares;
} load_share;

static void load_files(void *shares, unsigned job)
{
	load_share *s = (load_share *)shares + job;
	for (size_t i = s->share; i < s->files->n; i += s->shares)
		if (prr_review_load_dated(&s->docs[i], s->files->v[i], s->date,
					  &s->diags[i]) < 0)
			s->docs[i] = NULL;
}

static void load_all(const prr_paths *files, prr_review **docs,
		     prr_diags *diags, const char *date)
{
	size_t n = prr_jobs_for(files->n);
	load_share shares[PRR_JOBS_MAX];
	prr_jdoc_init(); /* before any thread parses */
	for (size_t t = 0; t < n; t++)
		shares[t] = (load_share){ files, docs, diags, date, t, n };
	prr_jobs_run((unsigned)n, load_files, shares);
}

static int cmp_review(const void *a, const void *b)
{
	const prr_review *x = *(prr_review *const *)a, *y = *(prr_review *const *)b;
	int c = strcmp(x->project, y->project);
	return c ? c : strcmp(x->date, y->date);
}

/* Dates review `r` of `file` that states no date: by a date in its path,
 * else --date, else o->date_of; else it is an error in `d`. */
static void date_from_path(prr_review *r, const char *file,
			   const prr_load_opts *o, const prr_config *config,
			   prr_diags *d)
{
	r->date = prr_date_in_path(&r->arena, file);
	if (!r->date && o->date) {
		r->date = prr_arena_strdup(&r->arena, o->date);
		r->date_from = PRR_DATE_FROM_ARG;
	}
	const char *how = NULL;
	if (!r->date && o->date_of &&
	    (r->date = o->date_of(o->ctx, config, file, &r->arena, &how)))
		prr_diag_add(d, PRR_DIAG_NOTE, file, NULL, 1, 1,
			     "no date in the document or its path: dated %s by %s",
			     r->date, how);
	if (!r->date)
		prr_diag_add(d, PRR_DIAG_ERROR, file, NULL, 1, 1,
			     "no review date: write one in the document ('Date: "
			     "YYYY-MM-DD'), name the file or its folder by it, or "
			     "pass --date YYYY-MM-DD");
}

/*
 * Projects are matched as every name is (prr_name_eq: case, spaces, '-'
 * and '_' aside), under the first spelling met in path order; each other
 * spelling is said once.  `projects` gets each project's first document.
 */
static void same_spelling(prr_reviews *out, prr_names *projects,
			  const char *const *files, prr_diags *d)
{
	prr_names spellings = { .exact = 1 };
	size_t warned = 0;
	for (size_t i = 0; i < out->n_docs; i++) {
		prr_review *r = out->docs[i];
		const char *first = out->docs[prr_names_put(projects, r->project, i)]->project;
		if (strcmp(first, r->project) == 0)
			continue;
		if (prr_names_put(&spellings, r->project, 0) == 0 &&
		    spellings.n > warned) {
			warned = spellings.n;
			prr_diag_add(d, PRR_DIAG_WARNING, files[i], NULL, 0, 0,
				     "project \"%s\" is taken as \"%s\" (project "
				     "names are matched ignoring case, spaces, "
				     "'-' and '_')", r->project, first);
		}
		r->project = first;
	}
	prr_names_free(&spellings);
}

int prr_reviews_load(prr_reviews *out, char *const *paths, int n_paths,
		     const prr_load_opts *o, prr_diags *d)
{
	static const prr_load_opts none = { 0, NULL, NULL, NULL };
	if (!o)
		o = &none;
	unsigned flags = o->flags;
	/* with a way to date them later, undated documents are no error yet */
	const char *date = o->date ? o->date : o->date_of ? PRR_DATE_LATER : NULL;
	prr_paths files = { 0 };
	size_t errors0 = d->errors;
	project_of po = { .index = { .exact = 1 } };
	/* of each document: its folder's config; whether only the folder's
	 * name gave its project (then its title may tell it apart) */
	const prr_config **doc_config = NULL;
	bool *guessed = NULL, *told = NULL;
	memset(out, 0, sizeof *out);

	/* the reviews folder: the first folder named, else the first file's */
	for (int i = 0; i < n_paths && !out->dir; i++)
		if (prr_is_dir(paths[i]) == 1)
			out->dir = prr_xstrdup(paths[i]);
	if (!out->dir && n_paths > 0) {
		const char *slash = strrchr(paths[0], '/');
		prr_buf b = PRR_BUF_INIT;
		if (slash)
			prr_buf_add(&b, paths[0], (size_t)(slash - paths[0]));
		else
			prr_buf_adds(&b, ".");
		out->dir = prr_buf_detach(&b, NULL);
	}
	if (!out->dir)
		out->dir = prr_xstrdup(".");
	if (prr_config_load_dir(&out->config, out->dir, d) < 0)
		goto fail;

	prr_review_paths(paths, n_paths, flags, &files, d);

	out->docs = prr_xcalloc(files.n + 1, sizeof *out->docs);
	prr_diags *diags = prr_xcalloc(files.n + 1, sizeof *diags);
	load_all(&files, out->docs, diags, date);
	doc_config = prr_xcalloc(files.n + 1, sizeof *doc_config);
	guessed = prr_xcalloc(files.n + 1, sizeof *guessed);
	for (size_t i = 0; i < files.n; i++) {
		prr_review *r = out->docs[i];
		prr_diags_move(d, &diags[i]);
		prr_diags_free(&diags[i]);
		if (!r)
			continue;
		out->docs[out->n_docs++] = r;
		const char *shown = r->source_file && strcmp(r->source_file, files.v[i]) == 0
			? shown_path(&r->arena, files.v[i], paths, n_paths, out->dir)
			: NULL;
		if (shown)
			r->source_file = shown;
		if (!r->date)
			date_from_path(r, files.v[i], o, out->config, d);
		const folder *fo = folder_for(&po, files.v[i], paths, n_paths, out, d);
		doc_config[out->n_docs - 1] = fo->config;
		if (!r->project) {
			r->project = prr_arena_strdup(&r->arena, fo->name);
			guessed[out->n_docs - 1] = !fo->named;
		}
	}
	free(diags);
	if (d->errors != errors0)
		goto fail;
	if (out->n_docs == 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, NULL, NULL, 0, 0, "no reviews given");
		goto fail;
	}
	told = prr_xcalloc(out->n_docs + 1, sizeof *told);
	prr_reviews_split_titles(out->docs, (const char *const *)files.v, guessed,
				 told, out->n_docs, d);
	prr_names projects = { 0 }; /* project -> its first document */
	same_spelling(out, &projects, (const char *const *)files.v, d);

	out->files = files; /* in step with docs: every file loaded */
	files = (prr_paths){ 0 };
	warn_mixed(out, told, d);
	/* merge documents of one project and date, in path order */
	out->v = prr_xcalloc(out->n_docs, sizeof *out->v);
	prr_names merged = { .exact = 1 }; /* "PROJECT<US>DATE" -> out->v[k] */
	for (size_t i = 0; i < out->n_docs; i++) {
		prr_review *r = out->docs[i];
		const char *key = prr_arena_printf(&r->arena, "%s\x1f%s",
						   r->project, r->date);
		size_t k = prr_names_put(&merged, key, out->n);
		if (k == out->n)
			out->v[out->n++] = prr_review_new();
		merge_into(out->v[k], r);
	}
	prr_names_free(&merged);
	qsort(out->v, out->n, sizeof *out->v, cmp_review);
	/* each project is configured by the folder of its first document */
	out->configs = prr_xcalloc(out->n + 1, sizeof *out->configs);
	for (size_t i = 0; i < out->n; i++) {
		if (i == 0 || strcmp(out->v[i]->project, out->v[i - 1]->project))
			out->n_projects++;
		out->configs[i] = doc_config[prr_names_find(&projects, out->v[i]->project)];
	}
	prr_names_free(&projects);
	free(doc_config);
	free(guessed);
	free(told);
	project_of_free(&po, out);
	return 0;
fail:
	free(doc_config);
	free(guessed);
	free(told);
	project_of_free(&po, out);
	prr_paths_free(&files);
	for (size_t i = 0; i < out->n_docs; i++)
		prr_review_free(out->docs[i]);
	free(out->docs);
	out->docs = NULL;
	out->n_docs = 0;
	return -1;
}

void prr_reviews_free(prr_reviews *s)
{
	for (size_t i = 0; i < s->n; i++)
		prr_review_free(s->v[i]);
	for (size_t i = 0; i < s->n_docs; i++)
		prr_review_free(s->docs[i]);
	free(s->v);
	free(s->docs);
	prr_paths_free(&s->files);
	free((char *)s->dir);
	prr_config_free(s->config);
	for (size_t i = 0; i < s->n_owned; i++)
		prr_config_free(s->owned[i]);
	free(s->owned);
	free(s->configs);
	memset(s, 0, sizeof *s);
}

const char *prr_reviews_input(const prr_reviews *s, const char *path)
{
	for (size_t i = 0; i < s->files.n; i++)
		if (prr_same_file(s->files.v[i], path))
			return s->files.v[i];
	if (s->config && s->config->path && prr_same_file(s->config->path, path))
		return s->config->path;
	return NULL;
}

const prr_review *prr_reviews_latest(const prr_reviews *s, const char *project)
{
	const prr_review *best = NULL;
	for (size_t i = 0; i < s->n; i++) {
		if (!project)
			project = s->v[i]->project;
		if (strcmp(s->v[i]->project, project) == 0)
			best = s->v[i]; /* sorted by date within a project */
	}
	return best;
}

const prr_config *prr_reviews_config(const prr_reviews *s, const char *project)
{
	for (size_t i = 0; i < s->n; i++)
		if (!project || strcmp(s->v[i]->project, project) == 0)
			return s->configs ? s->configs[i] : s->config;
	return s->config;
}

const prr_review *prr_reviews_find(const prr_reviews *s, const char *project,
				   const char *date)
{
	for (size_t i = 0; i < s->n; i++)
		if ((!project || strcmp(s->v[i]->project, project) == 0) &&
		    strcmp(s->v[i]->date, date) == 0)
			return s->v[i];
	return NULL;
}

