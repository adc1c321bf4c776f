/*
 * paths.h - a list of paths, as plain data: what a walk of a folder found
 * (fsutil.h), the files a review set was read from (reviews.h).  Nothing
 * here touches the file system; with the last name of a path, read from
 * its text alone.
 */
#ifndef PRR_PATHS_H
#define PRR_PATHS_H

#include <stddef.h>

/* A list of paths (owned strings). */
typedef struct prr_paths {
	char **v;
	size_t n, cap;
} prr_paths;

void prr_paths_add(prr_paths *l, const char *path);
/* In byte order (strcmp). */
void prr_paths_sort(prr_paths *l);
void prr_paths_free(prr_paths *l);

/*
 * The last name of `path`, trailing slashes left out ("service" for
 * "../service/"): where it starts in `path`, and its length in *len (0
 * for "" and "/", which have none).
 */
const char *prr_paths_last_name(const char *path, size_t *len);

#endif
