/*
 * embed.h - the files of templates/, assets/ and gen/cmd/help/, compiled into prr.
 *
 * gen/tools/mkembed.c (built and run by make) writes build/embedded.c: the
 * bytes of every file under templates/, assets/ and gen/cmd/help/ and a table
 * sorted by path, so an installed prr works alone.  The data is read-only
 * and lives as long as the program.  Each folder has its one reader, which
 * asks only for paths under it: templates (tpl.h; --templates replaces
 * them), assets (the site, the archive), the commands' help texts (cli.h).
 */
#ifndef PRR_EMBED_H
#define PRR_EMBED_H

#include <stddef.h>

typedef struct prr_embed_file {
	const char *path;          /* "templates/layout.html.mustache" */
	const unsigned char *data; /* the bytes, followed by a NUL */
	size_t len;
} prr_embed_file;

/* The table (sorted by path) and its length; defined in build/embedded.c. */
extern const prr_embed_file prr_embed_files[];
extern const size_t prr_embed_count;

/* The file at `path` (e.g. "assets/style.css"), or NULL. */
const prr_embed_file *prr_embed_find(const char *path);

/* The files whose path starts with `prefix` ("assets/"), in path order:
 * returns how many and points *first at the first of them. */
size_t prr_embed_list(const char *prefix, const prr_embed_file **first);

#endif
