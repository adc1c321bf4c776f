/* archive_index.c - an archive's own files: DIR/index.html (every archived
 * review, newest first, as its pages.json names it), the marker and
 * DIR/MANIFEST. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "archive_int.h"
#include "prr/tpl.h"
#include "prr/view.h"

/* What the index says of the archived review `key`: from its pages.json
 * (its review page's path, title and project), else (a date an older prr
 * archived) the page where prr put it, named by its key; and the files
 * its MANIFEST lists. */
static void archived_of(prr_view_archived *v, prr_pagelist *pages,
			prr_arena *a, const char *dir, const char *key)
{
	const char *slash = strchr(key, '/');
	prr_buf path = PRR_BUF_INIT, text = PRR_BUF_INIT, e = PRR_BUF_INIT;
	v->key = key;
	v->date = slash ? slash + 1 : key;
	prr_buf_addf(&path, "%s/%s/%s", dir, key, PRR_ARCHIVE_PAGES);
	const prr_pages_entry *r = NULL;
	if (prr_read_file(path.p, PRR_ARCHIVE_MAX_FILE, &text, &e) == 0 &&
	    prr_pagelist_parse(pages, text.p, text.n, &e) == 0)
		r = prr_pagelist_find(pages, prr_view_kind_name(PRR_VIEW_REVIEW));
	if (r) {
		v->href = prr_arena_printf(a, "%s/%s", key, r->path);
		v->title = r->title;
		v->project = r->project;
	} else if (slash) {
		v->href = prr_arena_printf(a, "%s/%.*s/reviews/%s/index.html", key,
					   (int)(slash - key), key, v->date);
	} else {
		v->href = prr_arena_printf(a, "%s/reviews/%s/index.html", key, key);
	}
	prr_buf_reset(&path);
	prr_buf_addf(&path, "%s/%s/%s", dir, key, PRR_ARCHIVE_MANIFEST);
	if (prr_read_file(path.p, PRR_ARCHIVE_MAX_FILE, &text, &e) == 0)
		for (size_t k = 0; k < text.n; k++)
			v->files += text.p[k] == '\n';
	prr_buf_free(&path);
	prr_buf_free(&text);
	prr_buf_free(&e);
}

/* 1 if MANIFEST text `m` ("HEX  REL" lines) has a line for `rel` */
static int manifest_lists(const char *m, const char *rel)
{
	size_t k = strlen(rel);
	for (const char *line = m; line && *line;) {
		const char *sep = strstr(line, "  ");
		const char *nl = strchr(line, '\n');
		if (sep && (!nl || sep < nl) && strncmp(sep + 2, rel, k) == 0 &&
		    (sep[2 + k] == '\n' || sep[2 + k] == '\0'))
			return 1;
		line = nl ? nl + 1 : NULL;
	}
	return 0;
}

int arc_check_pages(const char *dir, const char *key, prr_buf *err)
{
	prr_buf path = PRR_BUF_INIT, text = PRR_BUF_INIT, e = PRR_BUF_INIT;
	prr_pagelist pages = { 0 };
	int rc = 0;
	prr_buf_addf(&path, "%s/%s/%s", dir, key, PRR_ARCHIVE_PAGES);
	if (access(path.p, F_OK) != 0 && errno == ENOENT) {
		/* a date an older prr archived has none; one whose MANIFEST
		 * lists it lost it */
		prr_buf man = PRR_BUF_INIT;
		prr_buf_addf(&man, "%s/%s/%s", dir, key, PRR_ARCHIVE_MANIFEST);
		if (prr_read_file(man.p, PRR_ARCHIVE_MAX_FILE, &text, &e) == 0 &&
		    manifest_lists(text.p, PRR_ARCHIVE_PAGES)) {
			prr_buf_reset(&e);
			prr_buf_addf(&e, "missing, though %s lists it", man.p);
			rc = -1;
		}
		prr_buf_free(&man);
	} else if (prr_read_file(path.p, PRR_ARCHIVE_MAX_FILE, &text, &e) < 0 ||
		   prr_pagelist_parse(&pages, text.p, text.n, &e) < 0) {
		rc = -1;
	} else if (!prr_pagelist_find(&pages, prr_view_kind_name(PRR_VIEW_REVIEW))) {
		prr_buf_adds(&e, "lists no review page");
		rc = -1;
	}
	if (rc < 0)
		prr_buf_addf(err, "%s: %s (the archive's index.html names each "
			     "archived review from it; nothing was written: "
			     "restore it, or archive that date again with "
			     "`prr archive REVIEWS %s --review %s --force`)",
			     path.p, e.p ? e.p : "unreadable", dir,
			     strchr(key, '/') ? strchr(key, '/') + 1 : key);
	prr_pagelist_free(&pages);
	prr_buf_free(&path);
	prr_buf_free(&text);
	prr_buf_free(&e);
	return rc;
}

/* Renders the template "archive-index.html" (templates/ compiled into
 * prr, unless a folder of `store` overrides it) for the archived reviews
 * `units` of `dir`. */
static int index_render(prr_buf *out, const prr_tpl_store *store,
			const char *dir, const prr_paths *units, prr_buf *err)
{
	prr_tpl_store builtin = { { NULL } };
	prr_tpl_env *env = prr_tpl_env_new(prr_tpl_store_loader,
					   (void *)(store ? store : &builtin));
	prr_diags d = PRR_DIAGS_INIT;
	prr_arena a = PRR_ARENA_INIT;
	size_t n = units->n;
	prr_view_archived *v = prr_xcalloc(n ? n : 1, sizeof *v);
	prr_pagelist *pages = prr_xcalloc(n ? n : 1, sizeof *pages);
	for (size_t i = 0; i < n; i++)
		archived_of(&v[i], &pages[i], &a, dir, units->v[i]);
	prr_vnode *ctx = prr_view_archive_index(&a, v, n);
	const prr_tpl *t;
	int rc = 0;
	if (prr_tpl_load(&t, env, "archive-index.html", PRR_TPL_ESC_HTML, &d) < 0 ||
	    prr_tpl_render(out, env, t, PRR_TPL_ESC_HTML, prr_tpl_vtree(), ctx,
			   &d) < 0) {
		for (size_t i = 0; i < d.n; i++) {
			if (i)
				prr_buf_addc(err, '\n');
			prr_buf_adds(err, d.v[i].file);
			if (d.v[i].line > 0)
				prr_buf_addf(err, ":%d:%d", d.v[i].line, d.v[i].col);
			prr_buf_addf(err, ": %s", d.v[i].message);
		}
		if (d.n == 0)
			prr_buf_adds(err, "cannot render the archive index");
		rc = -1;
	}
	for (size_t i = 0; i < n; i++)
		prr_pagelist_free(&pages[i]);
	free(pages);
	free(v);
	prr_arena_free(&a);
	prr_diags_free(&d);
	prr_tpl_env_free(env);
	return rc;
}

#define ARCHIVE_MARKER_TEXT "prr archive 2\nThis folder is an archive written " \
	"by prr; prr verify-archive checks it against MANIFEST.\n"

int arc_write_top(const char *dir, const afiles *top, prr_buf *err)
{
	prr_buf text = PRR_BUF_INIT;
	arc_manifest_text(&text, top);
	char *path = prr_path_join(dir, PRR_ARCHIVE_MANIFEST);
	int rc = arc_write_if_changed(path, text.p, text.n, err);
	free(path);
	prr_buf_free(&text);
	return rc;
}

/* Writes `data` as DIR/REL (when it changes) and sets its sum in `top`. */
static int write_summed(const char *dir, const char *rel, const char *data,
			size_t n, afiles *top, prr_buf *err)
{
	char hex[65];
	char *path = prr_path_join(dir, rel);
	int rc = arc_write_if_changed(path, data, n, err);
	free(path);
	if (rc == 0 && prr_archive_sha256(hex, data, n) < 0) {
		prr_buf_adds(err, "SHA-256 failed in libcrypto");
		rc = -1;
	}
	if (rc == 0)
		arc_files_set(top, rel, hex);
	return rc;
}

int arc_write_index(const char *dir, const prr_paths *units, afiles *top,
		    const prr_tpl_store *store, prr_buf *err)
{
	prr_buf page = PRR_BUF_INIT;
	/* the marker: an archive is prr's output, never read as reviews;
	 * its version 2 promises DIR/MANIFEST */
	int rc = index_render(&page, store, dir, units, err);
	if (rc == 0)
		rc = write_summed(dir, PRR_ARCHIVE_MARKER, ARCHIVE_MARKER_TEXT,
				  sizeof ARCHIVE_MARKER_TEXT - 1, top, err);
	if (rc == 0)
		rc = write_summed(dir, "index.html", page.p, page.n, top, err);
	if (rc == 0)
		rc = arc_write_top(dir, top, err);
	prr_buf_free(&page);
	return rc;
}
