/* site.c - a site folder built beside its target and swapped into place. */
#define _GNU_SOURCE /* renameat2 where glibc has it */
#include "prr/site.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "prr/fsutil.h"

int prr_rmtree(const char *path, prr_buf *err)
{
	struct stat st;
	if (lstat(path, &st) < 0) {
		if (errno == ENOENT)
			return 0;
		prr_buf_addf(err, "cannot remove '%s': %s", path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		if (!d) {
			prr_buf_addf(err, "cannot open '%s': %s", path, strerror(errno));
			return -1;
		}
		int rc = 0;
		struct dirent *e;
		while (rc == 0 && (e = readdir(d))) {
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			char *sub = prr_path_join(path, e->d_name);
			rc = prr_rmtree(sub, err);
			free(sub);
		}
		closedir(d);
		if (rc < 0)
			return -1;
		if (rmdir(path) < 0) {
			prr_buf_addf(err, "cannot remove '%s': %s", path, strerror(errno));
			return -1;
		}
		return 0;
	}
	if (unlink(path) < 0) {
		prr_buf_addf(err, "cannot remove '%s': %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* The folder holding `target` and its last name. */
static void split(const char *target, char **dir, const char **base)
{
	const char *slash = strrchr(target, '/'); /* trailing '/' stripped */
	if (!slash) {
		*dir = prr_xstrdup(".");
		*base = target;
	} else if (slash == target) {
		*dir = prr_xstrdup("/");
		*base = slash + 1;
	} else {
		*dir = prr_xstrdup(target);
		(*dir)[slash - target] = '\0';
		*base = slash + 1;
	}
}

/* The pid in "BASE.tmp-PID" / "BASE.old-PID", or 0 if `name` is neither. */
static long leftover_pid(const char *name, const char *base, int *old)
{
	size_t k = strlen(base);
	if (strncmp(name, base, k) != 0)
		return 0;
	name += k;
	if (strncmp(name, ".tmp-", 5) == 0)
		*old = 0;
	else if (strncmp(name, ".old-", 5) == 0)
		*old = 1;
	else
		return 0;
	name += 5;
	char *end;
	long pid = strtol(name, &end, 10);
	return *name && !*end && pid > 0 ? pid : 0;
}

/* Removes what killed builds left beside `target`. */
static void clean_leftovers(const char *target)
{
	char *dir;
	const char *base;
	split(target, &dir, &base);
	DIR *d = opendir(dir);
	prr_paths old = { 0 }, tmp = { 0 };
	if (d) {
		struct dirent *e;
		while ((e = readdir(d))) {
			int is_old;
			long pid = leftover_pid(e->d_name, base, &is_old);
			if (!pid || pid == (long)getpid())
				continue;
			if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
				continue; /* its build still runs */
			prr_paths_add(is_old ? &old : &tmp, e->d_name);
		}
		closedir(d);
	}
	prr_paths_sort(&old);
	prr_paths_sort(&tmp);
	prr_buf ignore = PRR_BUF_INIT;
	for (size_t i = 0; i < old.n; i++) {
		char *p = prr_path_join(dir, old.v[i]);
		/* killed between its two renames: the old site goes back */
		if (prr_is_dir(target) < 0 && rename(p, target) == 0)
			fprintf(stderr, "prr: restored '%s' from an interrupted build\n",
				target);
		else
			prr_rmtree(p, &ignore);
		free(p);
	}
	for (size_t i = 0; i < tmp.n; i++) {
		char *p = prr_path_join(dir, tmp.v[i]);
		prr_rmtree(p, &ignore);
		free(p);
	}
	prr_buf_free(&ignore);
	prr_paths_free(&old);
	prr_paths_free(&tmp);
	free(dir);
}

/* 1 if `dir` is empty or holds index.html and data.json. */
static int replaceable(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	int any = 0, index = 0, data = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		any = 1;
		index |= strcmp(e->d_name, "index.html") == 0;
		data |= strcmp(e->d_name, "data.json") == 0;
	}
	closedir(d);
	return !any || (index && data);
}

static void site_free(prr_site *s)
{
	free(s->target);
	free(s->tmp);
	if (s->made)
		close(s->made_fd);
	free(s->made);
	s->target = s->tmp = s->made = NULL;
}

int prr_site_begin(prr_site *s, const char *target, prr_buf *err)
{
	long delay = s->delay_ms;
	memset(s, 0, sizeof *s);
	s->delay_ms = delay;
	size_t n = strlen(target);
	while (n > 1 && target[n - 1] == '/')
		n--;
	s->target = prr_xmalloc(n + 1);
	memcpy(s->target, target, n);
	s->target[n] = '\0';
	clean_leftovers(s->target);
	struct stat st;
	if (lstat(s->target, &st) == 0) {
		if (!S_ISDIR(st.st_mode)) {
			prr_buf_addf(err, "'%s' exists and is not a folder", s->target);
			goto fail;
		}
		if (!replaceable(s->target)) {
			prr_buf_addf(err, "'%s' is not empty and is not a prr site (no "
					  "index.html and data.json); refusing to "
					  "replace it", s->target);
			goto fail;
		}
	}
	prr_buf t = PRR_BUF_INIT;
	prr_buf_addf(&t, "%s.tmp-%ld", s->target, (long)getpid());
	s->tmp = prr_buf_detach(&t, NULL);
	prr_rmtree(s->tmp, err); /* our own pid's leftover: a reused pid */
	prr_buf_reset(err);
	if (mkdir(s->tmp, 0777) < 0) {
		prr_buf_addf(err, "cannot create '%s': %s", s->tmp, strerror(errno));
		goto fail;
	}
	return 0;
fail:
	site_free(s);
	return -1;
}

static int valid_rel(const char *rel)
{
	if (!*rel || rel[0] == '/')
		return 0;
	for (const char *p = rel; *p;) {
		const char *e = strchr(p, '/');
		size_t k = e ? (size_t)(e - p) : strlen(p);
		if (k == 0 || (k == 1 && p[0] == '.') ||
		    (k == 2 && p[0] == '.' && p[1] == '.'))
			return 0;
		p += k + (e != NULL);
	}
	return 1;
}

/* Makes the folder path[0..dn) of a file's path, and the missing ones
 * between it and path[0..from): the folder itself first, as mostly it
 * exists or only it is missing, its parents top down only when it cannot
 * be made for want of them.  0, or -1 with a message. */
static int make_folder(char *path, size_t from, size_t dn, prr_buf *err)
{
	if (dn <= from)
		return 0;
	path[dn] = '\0';
	int rc = mkdir(path, 0777), e = errno;
	if (rc < 0 && e == ENOENT) {
		rc = 0;
		for (char *p = strchr(path + from + 1, '/'); p && rc == 0;
		     p = strchr(p + 1, '/')) {
			*p = '\0';
			if (mkdir(path, 0777) < 0 && errno != EEXIST)
				rc = -1;
			e = errno;
			*p = '/';
		}
		if (rc == 0) {
			rc = mkdir(path, 0777);
			e = errno;
		}
	}
	path[dn] = '/';
	if (rc < 0 && e != EEXIST) {
		prr_buf_addf(err, "cannot create a folder for '%s': %s", path,
			     strerror(e));
		return -1;
	}
	return 0;
}

/* The full path of `rel` in the temporary folder (for messages), its
 * folders made and the last one open as s->made_fd, so that its files are
 * created without walking the whole path again; or NULL with a message. */
static char *make_path(prr_site *s, const char *rel, prr_buf *err)
{
	if (!s->tmp || !valid_rel(rel)) {
		prr_buf_addf(err, "invalid site path '%s'", rel);
		return NULL;
	}
	char *path = prr_path_join(s->tmp, rel);
	size_t dn = (size_t)(strrchr(path, '/') - path);
	if (s->made && strlen(s->made) == dn && memcmp(s->made, path, dn) == 0)
		return path;
	if (make_folder(path, strlen(s->tmp), dn, err) < 0) {
		free(path);
		return NULL;
	}
	path[dn] = '\0';
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int e = errno;
	path[dn] = '/';
	if (fd < 0) {
		prr_buf_addf(err, "cannot open the folder of '%s': %s", path,
			     strerror(e));
		free(path);
		return NULL;
	}
	if (s->made)
		close(s->made_fd);
	free(s->made);
	s->made = prr_xstrdup(path);
	s->made[dn] = '\0';
	s->made_fd = fd;
	return path;
}

static void counted(prr_site *s, size_t n)
{
	s->files++;
	s->bytes += n;
	if (s->delay_ms > 0) {
		struct timespec ts = { s->delay_ms / 1000, (s->delay_ms % 1000) * 1000000L };
		nanosleep(&ts, NULL);
	}
}

FILE *prr_site_open(prr_site *s, const char *rel, prr_buf *err)
{
	char *path = make_path(s, rel, err);
	if (!path)
		return NULL;
	FILE *f = NULL;
	int fd = openat(s->made_fd, strrchr(path, '/') + 1,
			O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0 || !(f = fdopen(fd, "wb"))) {
		prr_buf_addf(err, "cannot create '%s': %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
	}
	free(path);
	return f;
}

int prr_site_close(prr_site *s, FILE *f, const char *rel, prr_buf *err)
{
	long n = ftell(f);
	int bad = ferror(f);
	if (fclose(f) != 0 || bad || n < 0) {
		prr_buf_addf(err, "cannot write '%s/%s': %s", s->tmp, rel,
			     strerror(errno));
		return -1;
	}
	counted(s, (size_t)n);
	return 0;
}

int prr_site_write(prr_site *s, const char *rel, const void *data, size_t n,
		   prr_buf *err)
{
	char *path = make_path(s, rel, err);
	if (!path)
		return -1;
	int rc = -1;
	int fd = openat(s->made_fd, strrchr(path, '/') + 1,
			O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0) {
		prr_buf_addf(err, "cannot create '%s': %s", path, strerror(errno));
		goto done;
	}
	const char *p = data;
	size_t left = n;
	while (left > 0) {
		ssize_t w = write(fd, p, left);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			prr_buf_addf(err, "cannot write '%s': %s", path,
				     w < 0 ? strerror(errno) : "nothing written");
			close(fd);
			goto done;
		}
		p += w;
		left -= (size_t)w;
	}
	if (close(fd) < 0) {
		prr_buf_addf(err, "cannot write '%s': %s", path, strerror(errno));
		goto done;
	}
	counted(s, n);
	rc = 0;
done:
	free(path);
	return rc;
}

void prr_site_fork(prr_site *child, const prr_site *parent)
{
	memset(child, 0, sizeof *child);
	child->target = prr_xstrdup(parent->target);
	child->tmp = parent->tmp ? prr_xstrdup(parent->tmp) : NULL;
	child->delay_ms = parent->delay_ms;
}

void prr_site_join(prr_site *parent, prr_site *child)
{
	parent->files += child->files;
	parent->bytes += child->bytes;
	site_free(child);
}

void prr_site_abort(prr_site *s)
{
	if (s->tmp) {
		prr_buf ignore = PRR_BUF_INIT;
		prr_rmtree(s->tmp, &ignore);
		prr_buf_free(&ignore);
	}
	site_free(s);
}

int prr_site_commit(prr_site *s, prr_buf *err)
{
	int rc = -1;
	if (prr_is_dir(s->target) < 0) {
		if (rename(s->tmp, s->target) < 0) {
			prr_buf_addf(err, "cannot rename '%s' to '%s': %s", s->tmp,
				     s->target, strerror(errno));
			goto fail;
		}
		site_free(s);
		return 0;
	}
#ifdef RENAME_EXCHANGE
	/* one step: the old site now lives under the temporary name */
	if (renameat2(AT_FDCWD, s->tmp, AT_FDCWD, s->target, RENAME_EXCHANGE) == 0) {
		rc = prr_rmtree(s->tmp, err);
		site_free(s);
		return rc;
	}
	if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
		prr_buf_addf(err, "cannot swap '%s' into place: %s", s->tmp,
			     strerror(errno));
		goto fail;
	}
#endif
	prr_buf old = PRR_BUF_INIT;
	prr_buf_addf(&old, "%s.old-%ld", s->target, (long)getpid());
	if (rename(s->target, old.p) < 0) {
		prr_buf_addf(err, "cannot rename '%s': %s", s->target, strerror(errno));
		prr_buf_free(&old);
		goto fail;
	}
	if (rename(s->tmp, s->target) < 0) {
		prr_buf_addf(err, "cannot rename '%s' to '%s': %s", s->tmp,
			     s->target, strerror(errno));
		rename(old.p, s->target); /* the old site goes back */
		prr_buf_free(&old);
		goto fail;
	}
	rc = prr_rmtree(old.p, err);
	prr_buf_free(&old);
	site_free(s);
	return rc;
fail:
	prr_site_abort(s);
	return -1;
}
