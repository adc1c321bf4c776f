/* paths.c - a list of paths; see include/prr/paths.h. */
#include "prr/paths.h"

#include <stdlib.h>
#include <string.h>

#include "prr/buf.h"

void prr_paths_add(prr_paths *l, const char *path)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = prr_xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = prr_xstrdup(path);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void prr_paths_sort(prr_paths *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof *l->v, cmp_str);
}

void prr_paths_free(prr_paths *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

const char *prr_paths_last_name(const char *path, size_t *len)
{
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	size_t s = n;
	while (s > 0 && path[s - 1] != '/')
		s--;
	*len = n - s;
	return path + s;
}
