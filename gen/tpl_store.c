/* tpl_store.c - templates by name: override dirs, then the built-in
 * copies; see include/prr/tpl.h and include/prr/embed.h. */
#include "prr/embed.h"
#include "prr/fsutil.h"
#include "prr/tpl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const prr_embed_file *prr_embed_find(const char *path)
{
	size_t lo = 0, hi = prr_embed_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(prr_embed_files[mid].path, path);
		if (c == 0)
			return &prr_embed_files[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

size_t prr_embed_list(const char *prefix, const prr_embed_file **first)
{
	size_t len = strlen(prefix), i = 0, n = 0;
	while (i < prr_embed_count &&
	       strncmp(prr_embed_files[i].path, prefix, len) < 0)
		i++;
	*first = &prr_embed_files[i];
	while (i + n < prr_embed_count &&
	       strncmp(prr_embed_files[i + n].path, prefix, len) == 0)
		n++;
	return n;
}

/* Names stay inside the template folders. */
static bool safe_name(const char *name)
{
	return name[0] && name[0] != '/' && !strstr(name, "..") &&
	       !strchr(name, '\\');
}

int prr_tpl_find(const prr_tpl_store *s, const char *name, prr_buf *text,
		 prr_buf *path, prr_buf *err)
{
	prr_buf_reset(text);
	prr_buf_reset(path);
	if (!safe_name(name))
		return 0;
	for (int i = 0; s && i < PRR_TPL_STORE_DIRS; i++) {
		if (!s->dirs[i])
			continue;
		char *p = prr_path_join(s->dirs[i], name);
		struct stat sb;
		int r = 0;
		if (stat(p, &sb) == 0) {
			if (S_ISREG(sb.st_mode)) {
				prr_buf_adds(path, p);
				r = prr_read_file(p, PRR_TPL_MAX_SOURCE, text,
						  err) == 0 ? 1 : -1;
			}
		} else if (errno != ENOENT && errno != ENOTDIR) {
			prr_buf_adds(path, p);
			prr_buf_addf(err, "cannot read: %s", strerror(errno));
			r = -1;
		}
		free(p);
		if (r)
			return r;
	}
	prr_buf tmp = PRR_BUF_INIT;
	prr_buf_addf(&tmp, "templates/%s", name);
	const prr_embed_file *f = prr_embed_find(tmp.p);
	prr_buf_free(&tmp);
	if (!f)
		return 0;
	prr_buf_add(text, f->data, f->len);
	prr_buf_addf(path, "<built-in>/%s", name);
	return 1;
}

int prr_tpl_store_loader(void *ud, const char *name, prr_tpl_escape mode,
			 prr_buf *text, prr_buf *path, prr_buf *err)
{
	static const char *const suffixes[] = { "", NULL, ".mustache" };
	prr_buf full = PRR_BUF_INIT;
	int r = 0;
	for (size_t i = 0; i < 3 && r == 0; i++) {
		const char *suf = suffixes[i];
		if (!suf)
			suf = mode == PRR_TPL_ESC_MARKDOWN ? ".md.mustache"
							   : ".html.mustache";
		prr_buf_reset(&full);
		prr_buf_addf(&full, "%s%s", name, suf);
		r = prr_tpl_find(ud, full.p, text, path, err);
	}
	prr_buf_free(&full);
	return r;
}
