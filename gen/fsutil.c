/* fsutil.c - whole-file reads, atomic writes, directory walks. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "prr/fsutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* What a file that is not a regular one is, for messages. */
static const char *file_kind(mode_t m)
{
	return S_ISDIR(m) ? "is a directory" : S_ISFIFO(m) ? "is a FIFO"
	       : S_ISSOCK(m) ? "is a socket" : S_ISCHR(m) ? "is a character device"
	       : S_ISBLK(m) ? "is a block device" : "is not a regular file";
}

/* `path` opened for reading if it is a regular file (its stat in *st), or
 * -1 with a message. */
static int open_regular(const char *path, struct stat *st, prr_buf *err)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer; the fstat
	 * below then refuses it (non-blocking changes nothing for a regular
	 * file) */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		prr_buf_addf(err, "cannot open: %s", strerror(errno));
		return -1;
	}
	if (fstat(fd, st) < 0) {
		prr_buf_addf(err, "cannot stat: %s", strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		prr_buf_addf(err, "%s%s", file_kind(st->st_mode),
			     S_ISDIR(st->st_mode) ? "" : "; prr reads regular files only");
		close(fd);
		return -1;
	}
	return fd;
}

size_t prr_read_head(const char *path, char *buf, size_t n)
{
	struct stat st;
	prr_buf ignore = PRR_BUF_INIT;
	int fd = open_regular(path, &st, &ignore);
	prr_buf_free(&ignore);
	size_t got = 0;
	while (fd >= 0 && got < n) {
		ssize_t r = read(fd, buf + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	if (fd >= 0)
		close(fd);
	return got;
}

int prr_read_file(const char *path, size_t limit, prr_buf *out, prr_buf *err)
{
	struct stat st;
	int fd = open_regular(path, &st, err);
	if (fd < 0)
		return -1;
	if ((size_t)st.st_size > limit) {
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
		if (out->n > limit) { /* a file that grew while read */
			prr_buf_addf(err, "file too large (the limit is %zu MiB)",
				     limit >> 20);
			close(fd);
			return -1;
		}
	}
	close(fd);
	return 0;
}

int prr_write_all(int fd, const void *data, size_t n)
{
	const char *p = data;
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = EIO;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
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
	if (prr_write_all(fd, data, n) < 0) {
		prr_buf_addf(err, "cannot write '%s': %s", tmp.p, strerror(errno));
		goto fail;
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

int prr_same_file(const char *a, const char *b)
{
	struct stat x, y;
	return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev &&
	       x.st_ino == y.st_ino;
}

int prr_dir_owned(const char *dir, const char *marker, const char *text)
{
	char *m = prr_path_join(dir, marker);
	prr_buf t = PRR_BUF_INIT, e = PRR_BUF_INIT;
	struct stat st;
	int ok = prr_is_dir(dir) < 0 ||
		 (lstat(m, &st) == 0 && S_ISREG(st.st_mode) &&
		  prr_read_file(m, 4096, &t, &e) == 0 &&
		  strncmp(t.p, text, strlen(text)) == 0);
	free(m);
	prr_buf_free(&t);
	prr_buf_free(&e);
	DIR *d = ok ? NULL : opendir(dir);
	if (d) { /* else: empty */
		struct dirent *en;
		ok = 1;
		while (ok && (en = readdir(d)))
			ok = strcmp(en->d_name, ".") == 0 || strcmp(en->d_name, "..") == 0;
		closedir(d);
	}
	return ok;
}

int prr_is_dir(const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return -1;
	return S_ISDIR(st.st_mode) ? 1 : 0;
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

/*** Walking a folder ***/

/* Folders and files already met, by device and inode: a set in a table of
 * open addressing, so a walk stays linear however many entries it meets. */
typedef struct inode_set {
	struct inode_key { dev_t dev; ino_t ino; } *v;
	size_t n, cap; /* cap: a power of two, or 0 */
} inode_set;

static size_t inode_hash(dev_t dev, ino_t ino)
{
	unsigned long long h = (unsigned long long)ino * 0x9E3779B97F4A7C15ull;
	return (size_t)(h ^ (h >> 29) ^ (unsigned long long)dev);
}

/* 1 if (dev, ino) was added, 0 if it was there already. */
static int inode_add(inode_set *s, dev_t dev, ino_t ino)
{
	if (2 * (s->n + 1) > s->cap) {
		inode_set t = { prr_xcalloc(s->cap ? 2 * s->cap : 64, sizeof *t.v), 0,
				s->cap ? 2 * s->cap : 64 };
		for (size_t i = 0; i < s->cap; i++)
			if (s->v[i].ino || s->v[i].dev)
				inode_add(&t, s->v[i].dev, s->v[i].ino);
		free(s->v);
		*s = t;
	}
	/* (0, 0) marks a free slot; no file has inode 0 on Linux */
	size_t i = inode_hash(dev, ino) & (s->cap - 1);
	for (; s->v[i].ino || s->v[i].dev; i = (i + 1) & (s->cap - 1))
		if (s->v[i].dev == dev && s->v[i].ino == ino)
			return 0;
	s->v[i].dev = dev;
	s->v[i].ino = ino;
	s->n++;
	return 1;
}

const char *const prr_own_markers[] = { PRR_SITE_MARKER, PRR_ARCHIVE_MARKER,
					NULL };

/* 1 if folder `dir` holds one of prr's markers (a regular file). */
static int marked(const char *dir)
{
	for (const char *const *m = prr_own_markers; *m; m++) {
		char *p = prr_path_join(dir, *m);
		struct stat st;
		int r = lstat(p, &st) == 0 && S_ISREG(st.st_mode);
		free(p);
		if (r)
			return 1;
	}
	return 0;
}

typedef struct walker {
	const char *const *suffixes;
	unsigned flags;
	char *root;       /* realpath of the folder walked */
	inode_set dirs, files;
	prr_paths *out, *outside;
	prr_buf *err;
} walker;

/* 1 if the symbolic link `path` resolves inside the walked folder. */
static int inside(const walker *w, const char *path)
{
	char *real = realpath(path, NULL);
	if (!real)
		return 1; /* dangling: stat fails and it is skipped anyway */
	size_t k = strlen(w->root);
	int in = strncmp(real, w->root, k) == 0 &&
		 (real[k] == '/' || real[k] == '\0' || strcmp(w->root, "/") == 0);
	free(real);
	return in;
}

static int walk(walker *w, const char *dir, int depth)
{
	if (depth > 32) {
		prr_buf_addf(w->err, "'%s': directories nested too deep", dir);
		return -1;
	}
	DIR *d = opendir(dir);
	if (!d) {
		prr_buf_addf(w->err, "cannot open directory '%s': %s", dir,
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
		struct stat lst, st;
		if (lstat(path, &lst) < 0 || stat(path, &st) < 0)
			goto next; /* gone, or a dangling link */
		int want = S_ISDIR(st.st_mode);
		for (const char *const *s = w->suffixes; *s && !want; s++)
			want = prr_ends_with(names.v[i], *s);
		if (!want)
			goto next;
		if (S_ISLNK(lst.st_mode) && !(w->flags & PRR_WALK_ALLOW_OUTSIDE) &&
		    !inside(w, path)) {
			if (w->outside)
				prr_paths_add(w->outside, path);
			goto next;
		}
		if (S_ISDIR(st.st_mode)) {
			/* a folder met twice (a link loop such as self -> .) is
			 * walked once; prr's own outputs are not inputs */
			if (inode_add(&w->dirs, st.st_dev, st.st_ino) && !marked(path))
				rc = walk(w, path, depth + 1);
		} else if (inode_add(&w->files, st.st_dev, st.st_ino)) {
			prr_paths_add(w->out, path); /* a file under two names: once */
		}
next:
		free(path);
	}
	prr_paths_free(&names);
	return rc;
}

int prr_walk_ex(const char *dir, const char *const *suffixes, unsigned flags,
		prr_paths *out, prr_paths *outside, prr_buf *err)
{
	walker w = { suffixes, flags, realpath(dir, NULL), { 0 }, { 0 }, out,
		     outside, err };
	struct stat st;
	if (!w.root || stat(w.root, &st) < 0) {
		prr_buf_addf(err, "cannot open directory '%s': %s", dir,
			     strerror(errno));
		free(w.root);
		return -1;
	}
	inode_add(&w.dirs, st.st_dev, st.st_ino);
	int rc = walk(&w, dir, 0);
	free(w.root);
	free(w.dirs.v);
	free(w.files.v);
	return rc;
}

int prr_walk(const char *dir, const char *const *suffixes, prr_paths *out,
	     prr_buf *err)
{
	return prr_walk_ex(dir, suffixes, PRR_WALK_ALLOW_OUTSIDE, out, NULL, err);
}
