/* fsutil.c - whole-file reads, atomic writes, directory walks. */
#define _POSIX_C_SOURCE 200809L
#include "prr/fsutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int prr_read_file(const char *path, size_t limit, prr_buf *out, prr_buf *err)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		prr_buf_addf(err, "cannot open: %s", strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) < 0) {
		prr_buf_addf(err, "cannot stat: %s", strerror(errno));
		close(fd);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		prr_buf_adds(err, "is a directory");
		close(fd);
		return -1;
	}
	if (S_ISREG(st.st_mode) && (size_t)st.st_size > limit) {
		prr_buf_addf(err, "file too large (%.1f MiB; the limit is %zu MiB)",
			     (double)st.st_size / (1 << 20), limit >> 20);
		close(fd);
		return -1;
	}
	prr_buf_reset(out);
	for (;;) {
		prr_buf_grow(out, 64 * 1024);
		ssize_t r = read(fd, out->p + out->n, out->cap - out->n - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			prr_buf_addf(err, "cannot read: %s", strerror(errno));
			close(fd);
			return -1;
		}
		if (r == 0)
			break;
		out->n += (size_t)r;
		out->p[out->n] = '\0';
		if (out->n > limit) { /* a pipe or device that keeps going */
			prr_buf_addf(err, "file too large (the limit is %zu MiB)",
				     limit >> 20);
			close(fd);
			return -1;
		}
	}
	close(fd);
	return 0;
}

int prr_write_file_atomic(const char *path, const void *data, size_t n,
			  prr_buf *err)
{
	prr_buf tmp = PRR_BUF_INIT;
	prr_buf_addf(&tmp, "%s.tmp.%ld", path, (long)getpid());
	int fd = open(tmp.p, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	if (fd < 0) {
		prr_buf_addf(err, "cannot create '%s': %s", tmp.p, strerror(errno));
		prr_buf_free(&tmp);
		return -1;
	}
	const char *p = data;
	size_t left = n;
	while (left) {
		ssize_t w = write(fd, p, left);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			prr_buf_addf(err, "cannot write '%s': %s", tmp.p,
				     strerror(errno));
			goto fail;
		}
		p += w;
		left -= (size_t)w;
	}
	if (fsync(fd) < 0 && errno != EINVAL) {
		prr_buf_addf(err, "cannot sync '%s': %s", tmp.p, strerror(errno));
		goto fail;
	}
	if (close(fd) < 0) {
		fd = -1;
		prr_buf_addf(err, "cannot close '%s': %s", tmp.p, strerror(errno));
		goto fail;
	}
	fd = -1;
	if (rename(tmp.p, path) < 0) {
		prr_buf_addf(err, "cannot rename '%s' to '%s': %s", tmp.p, path,
			     strerror(errno));
		goto fail;
	}
	prr_buf_free(&tmp);
	return 0;
fail:
	if (fd >= 0)
		close(fd);
	unlink(tmp.p);
	prr_buf_free(&tmp);
	return -1;
}

int prr_is_dir(const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return -1;
	return S_ISDIR(st.st_mode) ? 1 : 0;
}

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

char *prr_path_join(const char *dir, const char *name)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, dir);
	if (b.n && b.p[b.n - 1] != '/')
		prr_buf_addc(&b, '/');
	prr_buf_adds(&b, name);
	return prr_buf_detach(&b, NULL);
}

int prr_ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

static int walk(const char *dir, const char *const *suffixes, prr_paths *out,
		prr_buf *err, int depth)
{
	if (depth > 32) {
		prr_buf_addf(err, "'%s': directories nested too deep", dir);
		return -1;
	}
	DIR *d = opendir(dir);
	if (!d) {
		prr_buf_addf(err, "cannot open directory '%s': %s", dir,
			     strerror(errno));
		return -1;
	}
	prr_paths names = { 0 };
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		prr_paths_add(&names, e->d_name);
	}
	closedir(d);
	prr_paths_sort(&names);
	int rc = 0;
	for (size_t i = 0; i < names.n && rc == 0; i++) {
		char *path = prr_path_join(dir, names.v[i]);
		int isdir = prr_is_dir(path);
		if (isdir == 1) {
			rc = walk(path, suffixes, out, err, depth + 1);
		} else if (isdir == 0) {
			for (const char *const *s = suffixes; *s; s++)
				if (prr_ends_with(names.v[i], *s)) {
					prr_paths_add(out, path);
					break;
				}
		}
		free(path);
	}
	prr_paths_free(&names);
	return rc;
}

int prr_walk(const char *dir, const char *const *suffixes, prr_paths *out,
	     prr_buf *err)
{
	return walk(dir, suffixes, out, err, 0);
}
