/* archive_index.c - an archive's own files: DIR/index.html (every archived
 * review, newest first), the marker and DIR/MANIFEST. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive_int.h"
#include "prr/tpl.h"

static void add_utf8(prr_buf *out, unsigned long cp)
{
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		prr_buf_addc(out, (char)cp);
	} else if (cp < 0x800) {
		prr_buf_addc(out, (char)(0xC0 | (cp >> 6)));
		prr_buf_addc(out, (char)(0x80 | (cp & 0x3F)));
	} else if (cp < 0x10000) {
		prr_buf_addc(out, (char)(0xE0 | (cp >> 12)));
		prr_buf_addc(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
		prr_buf_addc(out, (char)(0x80 | (cp & 0x3F)));
	} else {
		prr_buf_addc(out, (char)(0xF0 | (cp >> 18)));
		prr_buf_addc(out, (char)(0x80 | ((cp >> 12) & 0x3F)));
		prr_buf_addc(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
		prr_buf_addc(out, (char)(0x80 | (cp & 0x3F)));
	}
}

/* Decodes the character reference at p ("&…;"), appending it to `out`;
 * returns its length, or 0 when it is not one prr knows. */
static size_t decode_entity(prr_buf *out, const char *p, const char *end)
{
	static const struct { const char *name; unsigned long cp; } named[] = {
		{ "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
		{ "apos", '\'' }, { "nbsp", 0xA0 }, { "ndash", 0x2013 },
		{ "mdash", 0x2014 }, { "lsquo", 0x2018 }, { "rsquo", 0x2019 },
		{ "ldquo", 0x201C }, { "rdquo", 0x201D }, { "hellip", 0x2026 },
		{ "middot", 0xB7 }, { "rarr", 0x2192 },
	};
	const char *semi = memchr(p, ';', (size_t)(end - p) < 12 ? (size_t)(end - p) : 12);
	if (!semi)
		return 0;
	size_t len = (size_t)(semi - p) + 1;
	if (p[1] == '#') {
		bool hex = p[2] == 'x' || p[2] == 'X';
		unsigned long cp = 0;
		const char *q = p + (hex ? 3 : 2);
		if (q == semi)
			return 0;
		for (; q < semi; q++) {
			int v = hex ? arc_hexval(*q) : (*q >= '0' && *q <= '9' ? *q - '0' : -1);
			if (v < 0)
				return 0;
			cp = cp * (hex ? 16 : 10) + (unsigned long)v;
		}
		add_utf8(out, cp);
		return len;
	}
	for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
		if (strlen(named[k].name) == len - 2 &&
		    memcmp(p + 1, named[k].name, len - 2) == 0) {
			add_utf8(out, named[k].cp);
			return len;
		}
	return 0;
}

/* The text of <title>…</title> in `html`, character references decoded
 * (the template escapes it again, so nothing of the page is copied raw). */
static void page_title(prr_buf *out, const char *html, size_t n)
{
	const char *s = NULL, *end = html + n;
	for (const char *p = html; p + 7 <= end; p++)
		if (arc_ci_eq(p, "<title>", 7)) {
			s = p + 7;
			break;
		}
	if (!s)
		return;
	for (const char *p = s; p < end && *p != '<'; p++) {
		size_t k = *p == '&' ? decode_entity(out, p, end) : 0;
		if (k)
			p += k - 1;
		else if (*p == '\n' || *p == '\t' || *p == '\r')
			prr_buf_addc(out, ' ');
		else
			prr_buf_addc(out, *p);
	}
}

/* Newest date first, then by key. */
static int unit_cmp(const void *a, const void *b)
{
	const char *ka = *(const char *const *)a, *kb = *(const char *const *)b;
	const char *da = strchr(ka, '/'), *db = strchr(kb, '/');
	int c = strcmp(db ? db + 1 : kb, da ? da + 1 : ka);
	return c ? c : strcmp(ka, kb);
}

/* The template's data: {"count": N, "one": N == 1, "archives": [{"date",
 * "dir", "href", "title", "files"}]}, newest date first; "dir" is the
 * archived folder ("DATE" or "SLUG/DATE"). */
static cJSON *index_context(const char *dir, const prr_paths *units)
{
	const char **order = prr_xcalloc(units->n ? units->n : 1, sizeof *order);
	for (size_t i = 0; i < units->n; i++)
		order[i] = units->v[i];
	if (units->n > 1)
		qsort(order, units->n, sizeof *order, unit_cmp);
	cJSON *root = cJSON_CreateObject();
	cJSON *list = cJSON_AddArrayToObject(root, "archives");
	cJSON_AddNumberToObject(root, "count", (double)units->n);
	cJSON_AddBoolToObject(root, "one", units->n == 1);
	prr_buf b = PRR_BUF_INIT, text = PRR_BUF_INIT, e2 = PRR_BUF_INIT;
	for (size_t i = 0; i < units->n; i++) {
		const char *key = order[i], *slash = strchr(key, '/');
		const char *date = slash ? slash + 1 : key;
		cJSON *a = cJSON_CreateObject();
		cJSON_AddItemToArray(list, a);
		cJSON_AddStringToObject(a, "date", date);
		cJSON_AddStringToObject(a, "dir", key);
		prr_buf_reset(&b);
		if (slash)
			prr_buf_addf(&b, "%s/%.*s/reviews/%s/index.html", key,
				     (int)(slash - key), key, date);
		else
			prr_buf_addf(&b, "%s/reviews/%s/index.html", key, date);
		cJSON_AddStringToObject(a, "href", b.p);
		char *page = prr_path_join(dir, b.p);
		prr_buf_reset(&b);
		prr_buf_reset(&e2);
		if (prr_read_file(page, PRR_ARCHIVE_MAX_FILE, &text, &e2) == 0)
			page_title(&b, text.p, text.n);
		free(page);
		cJSON_AddStringToObject(a, "title", b.n ? b.p : key);
		prr_buf_reset(&b);
		prr_buf_addf(&b, "%s/%s/%s", dir, key, PRR_ARCHIVE_MANIFEST);
		size_t files = 0;
		if (prr_read_file(b.p, PRR_ARCHIVE_MAX_FILE, &text, &e2) == 0)
			for (size_t k = 0; k < text.n; k++)
				files += text.p[k] == '\n';
		cJSON_AddNumberToObject(a, "files", (double)files);
	}
	prr_buf_free(&b);
	prr_buf_free(&text);
	prr_buf_free(&e2);
	free(order);
	return root;
}

/* Renders the template "archive-index.html" (templates/ compiled into
 * prr, unless a folder of `store` overrides it) against `ctx`. */
static int index_render(prr_buf *out, const prr_tpl_store *store,
			const cJSON *ctx, prr_buf *err)
{
	prr_tpl_store builtin = { { NULL } };
	prr_tpl_env *env = prr_tpl_env_new(prr_tpl_store_loader,
					   (void *)(store ? store : &builtin));
	prr_diags d = PRR_DIAGS_INIT;
	const prr_tpl *t;
	int rc = 0;
	if (prr_tpl_load(&t, env, "archive-index.html", PRR_TPL_ESC_HTML, &d) < 0 ||
	    prr_tpl_render(out, env, t, PRR_TPL_ESC_HTML, prr_tpl_json(), ctx,
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
	cJSON *ctx = index_context(dir, units);
	/* the marker: an archive is prr's output, never read as reviews;
	 * its version 2 promises DIR/MANIFEST */
	int rc = index_render(&page, store, ctx, err);
	if (rc == 0)
		rc = write_summed(dir, PRR_ARCHIVE_MARKER, ARCHIVE_MARKER_TEXT,
				  sizeof ARCHIVE_MARKER_TEXT - 1, top, err);
	if (rc == 0)
		rc = write_summed(dir, "index.html", page.p, page.n, top, err);
	if (rc == 0)
		rc = arc_write_top(dir, top, err);
	cJSON_Delete(ctx);
	prr_buf_free(&page);
	return rc;
}
