/* cmd_portfolio.c - `prr portfolio DATA.json|SITE... -o OUT`: one
 * portfolio site over sites built elsewhere. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "prr/cli.h"
#include "prr/fsutil.h"
#include "prr/portfolio.h"
#include "prr/site.h"
#include "prr/tpl.h"
#include "prr/view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const prr_option options[] = {
	{ "output", 'o', "DIR", "the portfolio site to write (required)", false },
	{ "base-url", 0, "URL", "link each project to URL/NAME/, NAME the folder of its site", false },
	{ "templates", 't', "DIR", "templates in DIR replace prr's own of the same name", false },
	{ 0 }
};

/* The folder that holds input `path` is named NAME: a site folder is, a
 * data.json's folder is. */
static char *site_name(const char *path)
{
	char *p = prr_xstrdup(path);
	size_t n = strlen(p);
	while (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';
	if (prr_is_dir(p) != 1) { /* DIR/data.json: DIR */
		char *slash = strrchr(p, '/');
		if (slash)
			*slash = '\0';
		else
			strcpy(p, ".");
	}
	char *real = realpath(p, NULL);
	const char *s = real ? real : p;
	const char *base = strrchr(s, '/');
	char *name = prr_xstrdup(base && base[1] ? base + 1 : s);
	free(real);
	free(p);
	return name;
}

/* Splits argument `arg` into its path and link: PATH=URL, unless the
 * whole argument names a file or folder. */
static char *split_arg(const char *arg, const char **url)
{
	const char *eq = strrchr(arg, '=');
	*url = NULL;
	if (!eq || access(arg, F_OK) == 0)
		return prr_xstrdup(arg);
	*url = eq + 1;
	prr_buf b = PRR_BUF_INIT;
	prr_buf_add(&b, arg, (size_t)(eq - arg));
	return prr_buf_detach(&b, NULL);
}

static int read_inputs(const prr_args *a, prr_portfolio *p, prr_diags *d)
{
	const char *base = prr_arg(a, "base-url");
	int rc = 0;
	for (int i = 0; i < a->n_pos; i++) {
		const char *url;
		char *path = split_arg(a->pos[i], &url);
		prr_buf href = PRR_BUF_INIT;
		if (url)
			prr_buf_adds(&href, url);
		else if (base) {
			char *name = site_name(path);
			size_t n = strlen(base);
			prr_buf_addf(&href, "%s%s%s/", base,
				     n && base[n - 1] == '/' ? "" : "/", name);
			free(name);
		}
		if (prr_portfolio_add(p, path, href.n ? href.p : NULL, d) < 0)
			rc = -1;
		prr_buf_free(&href);
		free(path);
	}
	return rc;
}

/* index.html through templates/portfolio.html.mustache (and the layout),
 * as every page of a site; 0, or -1 with the problem in `d`. */
static int render_page(prr_buf *out, const prr_portfolio *p, const char *templates,
		       prr_diags *d)
{
	prr_tpl_store store = { { templates } };
	prr_tpl_env *env = prr_tpl_env_new(prr_tpl_store_loader, &store);
	prr_arena a = PRR_ARENA_INIT;
	const prr_tpl *t;
	int rc = prr_tpl_load(&t, env, "portfolio.html.mustache", PRR_TPL_ESC_HTML, d);
	if (rc == 0)
		rc = prr_tpl_render(out, env, t, PRR_TPL_ESC_HTML, prr_tpl_vtree(),
				    prr_view_portfolio(&a, p), d);
	prr_arena_free(&a);
	prr_tpl_env_free(env);
	return rc < 0 ? -1 : 0;
}

static int write_site(const char *target, const prr_portfolio *p,
		      const char *templates)
{
	prr_site site = { 0 };
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf err = PRR_BUF_INIT, page = PRR_BUF_INIT, json = PRR_BUF_INIT,
		badge = PRR_BUF_INIT;
	size_t by[PRR_LEVEL_COUNT] = { 0 };
	for (size_t i = 0; i < p->n; i++)
		by[prr_pf_shown(&p->v[i])]++;
	int rc = PRR_EXIT_INPUT; /* a template problem */
	if (render_page(&page, p, templates, &d) < 0) {
		prr_diags_print(&d, stderr);
		fprintf(stderr, "prr: portfolio: nothing written\n");
		goto done;
	}
	prr_portfolio_json(&json, p);
	prr_portfolio_badge(&badge, p->n, by[PRR_LEVEL_NOT_READY],
			    by[PRR_LEVEL_PARTIAL], by[PRR_LEVEL_UNKNOWN]);
	rc = PRR_EXIT_SYSTEM;
	if (prr_site_begin(&site, target, &err) < 0)
		goto failed;
	if (prr_site_write(&site, "index.html", page.p, page.n, &err) < 0 ||
	    prr_site_write(&site, "portfolio.json", json.p, json.n, &err) < 0 ||
	    prr_site_write(&site, "badge.svg", badge.p, badge.n, &err) < 0 ||
	    prr_site_write_assets(&site, &err) < 0) {
		prr_site_abort(&site);
		goto failed;
	}
	if (prr_site_commit(&site, &err) < 0)
		goto failed;
	printf("%s/index.html\n", target);
	rc = PRR_EXIT_OK;
	goto done;
failed:
	fprintf(stderr, "prr: portfolio: %s; '%s' was left as it was\n", err.p, target);
done:
	prr_diags_free(&d);
	prr_buf_free(&err);
	prr_buf_free(&page);
	prr_buf_free(&json);
	prr_buf_free(&badge);
	return rc;
}

static int run(const prr_args *a)
{
	const char *target = prr_arg(a, "output");
	if (!target)
		return prr_usage_error(a->cmd, "-o DIR is required: where the "
				       "portfolio site goes");
	prr_portfolio p = { 0 };
	prr_diags d = PRR_DIAGS_INIT;
	int rc = PRR_EXIT_INPUT;
	if (read_inputs(a, &p, &d) == 0) {
		prr_portfolio_sort(&p);
		rc = write_site(target, &p, prr_arg(a, "templates"));
	} else {
		prr_diags_print(&d, stderr);
		fprintf(stderr, "prr: portfolio: nothing written\n");
	}
	prr_diags_free(&d);
	prr_portfolio_free(&p);
	return rc;
}

PRR_COMMAND(portfolio) = { "portfolio", run, options, 1, -1 };
