/* cmd_render.c - `prr render TEMPLATE`: one template, to stdout. */
#include "prr/cli.h"
#include "prr/diag.h"
#include "prr/fsutil.h"
#include "prr/tpl.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <sys/stat.h>

static const prr_option options[] = {
	{ "data", 'd', "FILE.json", "the data to render (default: {})" },
	{ "partials", 'p', "DIR", "look partials up in DIR first" },
	{ "templates", 't', "DIR",
	  "templates in DIR replace built-in ones of the same file name" },
	{ 0 }
};

/* Parses `path` into *out; errors as FILE:LINE:COL. */
static int load_data(cJSON **out, const char *path, prr_diags *d)
{
	prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT;
	int rc = -1;
	*out = NULL;
	if (prr_read_file(path, PRR_MAX_INPUT, &text, &err) < 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0, "%s", err.p);
		goto done;
	}
	const char *end = NULL;
	*out = cJSON_ParseWithLengthOpts(text.p, text.n + 1, &end, 1);
	if (!*out) {
		prr_linemap map;
		prr_linemap_init(&map, text.p, text.n);
		size_t off = end && end >= text.p ? (size_t)(end - text.p) : 0;
		prr_diag_at(d, PRR_DIAG_ERROR, path, &map, off, "invalid JSON");
		prr_linemap_free(&map);
		goto done;
	}
	rc = 0;
done:
	prr_buf_free(&text);
	prr_buf_free(&err);
	return rc;
}

static int run(const prr_args *args)
{
	const char *name = args->pos[0];
	const char *data_path = prr_arg(args, "data");
	prr_tpl_store store = { { prr_arg(args, "partials"),
				  prr_arg(args, "templates") } };
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf out = PRR_BUF_INIT, text = PRR_BUF_INIT, err = PRR_BUF_INIT;
	cJSON *data = NULL;
	prr_tpl_env *env = prr_tpl_env_new(prr_tpl_store_loader, &store);
	prr_tpl_escape mode = prr_tpl_escape_for(name);
	const prr_tpl *t = NULL;
	int rc = PRR_EXIT_INPUT;
	struct stat sb;

	if (stat(name, &sb) == 0 && !S_ISDIR(sb.st_mode)) {
		/* a file: the user's own template */
		if (prr_read_file(name, PRR_TPL_MAX_SOURCE, &text, &err) < 0) {
			prr_diag_add(&d, PRR_DIAG_ERROR, name, NULL, 0, 0, "%s",
				     err.p);
			goto done;
		}
		if (prr_tpl_compile(&t, env, name, text.p, text.n, &d) < 0)
			goto done;
	} else if (prr_tpl_load(&t, env, name, mode, &d) < 0) {
		goto done;
	}
	if (data_path) {
		if (load_data(&data, data_path, &d) < 0)
			goto done;
	} else {
		data = cJSON_CreateObject();
	}
	if (prr_tpl_render(&out, env, t, mode, prr_tpl_json(), data, &d) < 0)
		goto done;
	if (fwrite(out.p, 1, out.n, stdout) != out.n) {
		perror("prr: render: cannot write output");
		rc = PRR_EXIT_SYSTEM;
		goto done;
	}
	rc = PRR_EXIT_OK;
done:
	prr_diags_print(&d, stderr);
	prr_diags_free(&d);
	cJSON_Delete(data);
	prr_tpl_env_free(env);
	prr_buf_free(&out);
	prr_buf_free(&text);
	prr_buf_free(&err);
	return rc;
}

PRR_COMMAND(render) = { "render", run, options, 1, 1 };
