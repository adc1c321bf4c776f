/*
 * bench_render.c - the template engine's hot path.
 *
 *     bench_render [RENDERS]
 *
 * Renders a page-sized template (the built-in layout through inheritance,
 * a 50 x 8 table with nested sections and two partials) RENDERS times
 * (default 100,000) against a realistic context, into one reused buffer.
 * Prints pages/s, MB/s and RSS after a warm-up and at the end (it must not
 * grow), and the same page written by hand-coded C (prr_buf + the escaper,
 * no template) in the same run as the reference.  No timed assertions.
 */
#define _POSIX_C_SOURCE 200809L
#include "prr/escape.h"
#include "prr/json.h"
#include "prr/tpl.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char page_src[] =
	"{{<layout}}\n"
	"{{$title}}{{title}}{{/title}}\n"
	"{{$content}}\n"
	"<h1>{{title}}</h1>\n"
	"<table>\n"
	"<tr>{{#columns}}<th>{{.}}</th>{{/columns}}</tr>\n"
	"{{#services}}\n"
	"{{>row}}\n"
	"{{/services}}\n"
	"</table>\n"
	"{{/content}}\n"
	"{{/layout}}\n";
static const char row_src[] =
	"<tr class=\"{{tier}}\"><td>{{name}} ({{score}})</td>"
	"{{#checks}}{{>cell}}{{/checks}}</tr>\n";
static const char cell_src[] =
	"<td class=\"{{#ok}}ok{{/ok}}{{^ok}}bad{{/ok}}\">{{label}}"
	"{{#note}} <small>{{note}}</small>{{/note}}</td>";

static int loader(void *ud, const char *name, prr_tpl_escape mode,
		  prr_buf *text, prr_buf *path, prr_buf *err)
{
	const char *src = strcmp(name, "row") == 0    ? row_src
			  : strcmp(name, "cell") == 0 ? cell_src
						      : NULL;
	if (!src)
		return prr_tpl_store_loader(ud, name, mode, text, path, err);
	prr_buf_adds(text, src);
	prr_buf_adds(path, name);
	return 1;
}

static cJSON *make_context(void)
{
	static const char *const tiers[] = { "tier-1", "tier-2", "tier-3" };
	static const char *const labels[] = { "on-call", "runbook", "SLO",
					      "alerts", "backups", "capacity",
					      "rollback" };
	cJSON *root = cJSON_CreateObject();
	cJSON_AddStringToObject(root, "title", "Production readiness: Q3 & Q4");
	cJSON *cols = cJSON_AddArrayToObject(root, "columns");
	cJSON_AddItemToArray(cols, cJSON_CreateString("service"));
	for (int c = 0; c < 7; c++)
		cJSON_AddItemToArray(cols, cJSON_CreateString(labels[c]));
	cJSON *svcs = cJSON_AddArrayToObject(root, "services");
	for (int r = 0; r < 50; r++) {
		cJSON *s = cJSON_CreateObject();
		char name[64];
		snprintf(name, sizeof name, "payments-<api>-%02d", r);
		cJSON_AddStringToObject(s, "name", name);
		cJSON_AddStringToObject(s, "tier", tiers[r % 3]);
		cJSON_AddNumberToObject(s, "score", 50 + (r * 37) % 50 + 0.5);
		cJSON *checks = cJSON_AddArrayToObject(s, "checks");
		for (int c = 0; c < 7; c++) {
			cJSON *k = cJSON_CreateObject();
			cJSON_AddStringToObject(k, "label", labels[c]);
			cJSON_AddBoolToObject(k, "ok", (r + c) % 4 != 0);
			if ((r * 7 + c) % 5 == 0)
				cJSON_AddStringToObject(k, "note", "owner's \"TODO\"");
			cJSON_AddItemToArray(checks, k);
		}
		cJSON_AddItemToArray(svcs, s);
	}
	return root;
}

/* The same table, written by hand: the reference for the engine. */
static void hand_table(prr_buf *b, const cJSON *root)
{
	const char *title = cJSON_GetObjectItemCaseSensitive(root, "title")
				    ->valuestring;
	prr_buf_adds(b, "<h1>");
	prr_esc_html(b, title, strlen(title));
	prr_buf_adds(b, "</h1>\n<table>\n<tr>");
	const cJSON *c, *s, *k;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(root, "columns"))
	{
		prr_buf_adds(b, "<th>");
		prr_esc_html(b, c->valuestring, strlen(c->valuestring));
		prr_buf_adds(b, "</th>");
	}
	prr_buf_adds(b, "</tr>\n");
	cJSON_ArrayForEach(s, cJSON_GetObjectItemCaseSensitive(root, "services"))
	{
		const char *v;
		prr_buf_adds(b, "<tr class=\"");
		v = cJSON_GetObjectItemCaseSensitive(s, "tier")->valuestring;
		prr_esc_html(b, v, strlen(v));
		prr_buf_adds(b, "\"><td>");
		v = cJSON_GetObjectItemCaseSensitive(s, "name")->valuestring;
		prr_esc_html(b, v, strlen(v));
		prr_buf_adds(b, " (");
		prr_json_number(b, cJSON_GetObjectItemCaseSensitive(s, "score")
					   ->valuedouble);
		prr_buf_adds(b, ")</td>");
		cJSON_ArrayForEach(k, cJSON_GetObjectItemCaseSensitive(s, "checks"))
		{
			bool ok = cJSON_IsTrue(
				cJSON_GetObjectItemCaseSensitive(k, "ok"));
			prr_buf_adds(b, ok ? "<td class=\"ok\">"
					   : "<td class=\"bad\">");
			v = cJSON_GetObjectItemCaseSensitive(k, "label")->valuestring;
			prr_esc_html(b, v, strlen(v));
			const cJSON *note = cJSON_GetObjectItemCaseSensitive(k, "note");
			if (note) {
				prr_buf_adds(b, " <small>");
				prr_esc_html(b, note->valuestring,
					     strlen(note->valuestring));
				prr_buf_adds(b, "</small>");
			}
			prr_buf_adds(b, "</td>");
		}
		prr_buf_adds(b, "</tr>\n");
	}
	prr_buf_adds(b, "</table>\n");
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long rss_kib(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kib = -1;
	while (f && fgets(line, sizeof line, f))
		if (sscanf(line, "VmRSS: %ld", &kib) == 1)
			break;
	if (f)
		fclose(f);
	return kib;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	if (n < 10)
		n = 10;
	prr_tpl_store store = { { NULL } };
	prr_tpl_env *env = prr_tpl_env_new(loader, &store);
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf out = PRR_BUF_INIT, ref = PRR_BUF_INIT;
	const prr_tpl *t;
	cJSON *ctx = make_context();
	int rc = 1;
	if (prr_tpl_compile(&t, env, "page.html.mustache", page_src,
			    sizeof page_src - 1, &d) < 0 ||
	    prr_tpl_render(&out, env, t, PRR_TPL_ESC_HTML, prr_tpl_json(), ctx,
			   &d) < 0) {
		prr_diags_print(&d, stderr);
		goto done;
	}
	/* the reference must print the same page: layout text around the
	 * hand-written table */
	const char *h1 = strstr(out.p, "<h1>"), *tail = strstr(out.p, "</table>\n");
	if (!h1 || !tail) {
		fprintf(stderr, "bench: unexpected page\n");
		goto done;
	}
	size_t pre = (size_t)(h1 - out.p), post = (size_t)(tail + 9 - out.p);
	char *page = prr_buf_detach(&out, NULL);
	size_t page_len = strlen(page);
	prr_buf_add(&ref, page, pre);
	hand_table(&ref, ctx);
	prr_buf_adds(&ref, page + post);
	if (ref.n != page_len || memcmp(ref.p, page, page_len) != 0) {
		fprintf(stderr, "bench: hand-written page differs from the "
				"template's\n");
		free(page);
		goto done;
	}

	long warm = n / 100;
	for (long i = 0; i < warm; i++) {
		prr_buf_reset(&out);
		prr_tpl_render(&out, env, t, PRR_TPL_ESC_HTML, prr_tpl_json(), ctx,
			       &d);
	}
	long rss0 = rss_kib();
	double t0 = now();
	long rss_mid = 0;
	for (long i = 0; i < n; i++) {
		if (i == n / 2)
			rss_mid = rss_kib();
		prr_buf_reset(&out);
		if (prr_tpl_render(&out, env, t, PRR_TPL_ESC_HTML, prr_tpl_json(),
				   ctx, &d) < 0) {
			prr_diags_print(&d, stderr);
			free(page);
			goto done;
		}
	}
	double t1 = now();
	long rss1 = rss_kib();
	int same = out.n == page_len && memcmp(out.p, page, page_len) == 0;

	double r0 = now();
	for (long i = 0; i < n; i++) {
		prr_buf_reset(&ref);
		prr_buf_add(&ref, page, pre);
		hand_table(&ref, ctx);
		prr_buf_adds(&ref, page + post);
	}
	double r1 = now();
	free(page);

	double secs = t1 - t0, rsecs = r1 - r0;
	printf("render: %ld pages of %zu bytes (50 x 8 table, nested sections, "
	       "partials, inheritance)\n", n, page_len);
	printf("render: template engine  %8.0f pages/s  %7.1f MB/s  (%.2f s)\n",
	       (double)n / secs, (double)n * (double)page_len / secs / 1e6, secs);
	printf("render: hand-written C   %8.0f pages/s  %7.1f MB/s  (%.2f s)\n",
	       (double)n / rsecs, (double)n * (double)page_len / rsecs / 1e6,
	       rsecs);
	printf("render: engine / hand-written time ratio %.2f\n", secs / rsecs);
	printf("render: RSS %ld KiB after %ld warm-up renders, %ld KiB halfway, "
	       "%ld KiB after %ld renders (%+ld KiB in the second half)\n",
	       rss0, warm, rss_mid, rss1, n, rss1 - rss_mid);
	printf("render: last page identical to the first: %s\n",
	       same ? "yes" : "NO");
	rc = same ? 0 : 1;
done:
	prr_diags_free(&d);
	prr_buf_free(&out);
	prr_buf_free(&ref);
	cJSON_Delete(ctx);
	prr_tpl_env_free(env);
	return rc;
}
