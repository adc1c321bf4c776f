/* report_md.c - the Markdown report, folded to fit a pull-request comment. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "prr/report.h"

#include "prr/escape.h"
#include "prr/paths.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void prr_report_md_marker(prr_buf *out, const char *project)
{
	static const char hex[] = "0123456789ABCDEF";
	prr_buf_adds(out, PRR_REPORT_MD_MARKER "project=");
	for (const unsigned char *p = (const unsigned char *)(project ? project : "");
	     *p; p++) {
		if ((*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') ||
		    *p == '-' || *p == '.' || *p == '_' || *p == '~') {
			prr_buf_addc(out, (char)*p);
		} else {
			prr_buf_addc(out, '%');
			prr_buf_addc(out, hex[*p >> 4]);
			prr_buf_addc(out, hex[*p & 15]);
		}
	}
	prr_buf_adds(out, " -->\n");
}

/*** No local path ***/

static bool path_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
	       c == '.' || c == '_' || c == '-' || c >= 0x80;
}

/* Replaces each whole `path` in out[start..] (not a piece of a longer
 * name: "/srv/repo" in "/srv/repo2" stays) with `name`. */
static void replace_path(prr_buf *out, size_t start, const char *path,
			 const char *name)
{
	size_t k = strlen(path);
	if (k == 0)
		return;
	prr_buf b = PRR_BUF_INIT;
	const char *p = out->p + start, *end = out->p + out->n, *from = p;
	while ((p = strstr(p, path)) != NULL) {
		bool starts = p == out->p + start ||
			      (!path_byte((unsigned char)p[-1]) && p[-1] != '/');
		bool ends = p + k == end || !path_byte((unsigned char)p[k]);
		if (starts && ends) {
			prr_buf_add(&b, from, (size_t)(p - from));
			prr_buf_adds(&b, name);
			from = p + k;
		}
		p += k;
	}
	if (from == out->p + start) { /* nothing replaced */
		prr_buf_free(&b);
		return;
	}
	prr_buf_add(&b, from, (size_t)(end - from));
	prr_buf_truncate(out, start);
	prr_buf_add(out, b.p, b.n);
	prr_buf_free(&b);
}

/* The last name of `path` ("service" for "../service/"), in `b`. */
static void last_name(prr_buf *b, const char *path)
{
	size_t n;
	const char *name = prr_paths_last_name(path, &n);
	prr_buf_add(b, name, n);
}

/*
 * The repository read (f->repo) as written and as its real path, raw and
 * as prr_esc_md writes it, becomes its folder's name in out[start..].  A
 * repository "." or ".." is named by its real path's last name.
 */
static void scrub_repo_path(prr_buf *out, size_t start, const char *repo)
{
	if (!repo || !*repo)
		return;
	char *real = realpath(repo, NULL);
	prr_buf name = PRR_BUF_INIT, esc = PRR_BUF_INIT, as = PRR_BUF_INIT;
	last_name(&name, repo);
	if ((strcmp(name.p, ".") == 0 || strcmp(name.p, "..") == 0 ||
	     strcmp(name.p, "/") == 0)) {
		prr_buf_reset(&name);
		if (real && strcmp(real, "/") != 0)
			last_name(&name, real);
		else
			prr_buf_adds(&name, "repository");
	}
	prr_esc_md(&esc, name.p, name.n);
	if (strcmp(repo, ".") == 0 || strcmp(repo, "..") == 0) {
		/* only where a message quotes it: "in '.'" */
		prr_buf_reset(&as);
		prr_buf_addf(&as, "'%s'", repo);
		prr_buf q = PRR_BUF_INIT;
		prr_buf_addf(&q, "'%s'", esc.p);
		replace_path(out, start, as.p, q.p);
		prr_buf_free(&q);
	}
	const char *paths[] = { real, strcmp(repo, ".") && strcmp(repo, "..") ? repo : NULL };
	for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
		if (!paths[i])
			continue;
		prr_buf_reset(&as);
		prr_esc_md(&as, paths[i], strlen(paths[i]));
		replace_path(out, start, as.p, esc.p);
		replace_path(out, start, paths[i], esc.p);
	}
	free(real);
	prr_buf_free(&name);
	prr_buf_free(&esc);
	prr_buf_free(&as);
}

/*** The report ***/

/* The name of the project reported on (as prr_view_report finds it). */
static const char *project_of(const prr_figures *f, const char *project)
{
	for (size_t i = 0; i < f->n_projects; i++)
		if (!project || (f->projects[i].project &&
				 prr_name_eq(f->projects[i].project, project)))
			return f->projects[i].project;
	return project;
}

int prr_report_md(prr_buf *out, prr_tpl_env *env, const prr_figures *f,
		  const char *project, const char *date,
		  const prr_view_opts *o, size_t limit, prr_diags *d)
{
	static const size_t rows[] = { SIZE_MAX, 50, 20, 10, 5, 0 };
	const prr_tpl *t;
	if (prr_tpl_load(&t, env, "report.md.mustache", PRR_TPL_ESC_MARKDOWN, d) < 0)
		return -1;
	size_t start = out->n;
	prr_arena a = PRR_ARENA_INIT;
	int rc = 0;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		prr_arena_reset(&a);
		prr_vnode *ctx = prr_view_report(&a, f, project, date, o, rows[i]);
		if (!ctx) {
			prr_diag_add(d, PRR_DIAG_ERROR, NULL, NULL, 0, 0,
				     "no review to report on");
			rc = -1;
			break;
		}
		prr_buf_truncate(out, start);
		prr_report_md_marker(out, project_of(f, project));
		rc = prr_tpl_render(out, env, t, PRR_TPL_ESC_MARKDOWN,
				    prr_tpl_vtree(), ctx, d);
		if (rc == 0)
			scrub_repo_path(out, start, f->repo);
		if (rc < 0 || out->n - start < limit)
			break;
	}
	prr_arena_free(&a);
	return rc < 0 ? -1 : 0;
}
