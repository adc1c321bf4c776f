/* site.c - a site folder built beside its target and swapped into place. */
#define _GNU_SOURCE /* renameat2 where glibc has it */
#include "prr/site.h"
#include "prr/embed.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
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

/*
 * A build's own names beside TARGET carry a token it made (16 hex digits):
 * TARGET.prr-tmp-TOKEN (the new site), TARGET.prr-old-TOKEN (the old one,
 * where names cannot be swapped in one step) and TARGET.prr-lock-TOKEN, a
 * file the build holds locked (fcntl) from its first write to its last.
 * A later build removes the folders of a token only when that token's lock
 * file exists, names the token and can be locked: its build is over (a
 * killed process holds no lock).  Anything else beside TARGET, such as a
 * user's site.old-2023 or site.tmp-1999, is never touched.
 */
#define TOKEN_LEN 16
static const char *const kinds[] = { ".prr-tmp-", ".prr-old-", ".prr-lock-" };
enum { K_TMP, K_OLD, K_LOCK };

static char *sibling(const char *target, int kind, const char *token)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "%s%s%s", target, kinds[kind], token);
	return prr_buf_detach(&b, NULL);
}

static void lock_text(prr_buf *b, const char *token)
{
	prr_buf_addf(b, "prr build %s\n", token);
}

/* The token of a lock file's name "BASE.prr-lock-TOKEN", or NULL. */
static const char *lock_token(const char *name, const char *base)
{
	size_t k = strlen(base), m = strlen(kinds[K_LOCK]);
	if (strncmp(name, base, k) != 0 || strncmp(name + k, kinds[K_LOCK], m) != 0)
		return NULL;
	const char *t = name + k + m;
	if (strlen(t) != TOKEN_LEN || strspn(t, "0123456789abcdef") != TOKEN_LEN)
		return NULL;
	return t;
}

/* Takes the lock of an open lock file; 0, or -1 when another holds it. */
static int take_lock(int fd)
{
	struct flock fl = { 0 };
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	return fcntl(fd, F_SETLK, &fl);
}

/* Removes what the killed build of lock file `name` left beside `target`
 * (or, killed between its two renames, puts the old site back). */
static void clean_token(const char *target, const char *dir, const char *name,
			const char *token)
{
	char *lock = prr_path_join(dir, name);
	int fd = open(lock, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	prr_buf text = PRR_BUF_INIT, want = PRR_BUF_INIT, ignore = PRR_BUF_INIT;
	if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    take_lock(fd) < 0)
		goto done; /* not a lock file, or its build still runs */
	lock_text(&want, token);
	prr_buf_grow(&text, want.n + 1);
	ssize_t r = read(fd, text.p, want.n + 1);
	if (r != (ssize_t)want.n || memcmp(text.p, want.p, want.n) != 0)
		goto done;
	char *old = sibling(target, K_OLD, token), *tmp = sibling(target, K_TMP, token);
	if (prr_is_dir(old) == 1 && prr_is_dir(target) < 0 && rename(old, target) == 0)
		fprintf(stderr, "prr: restored '%s' from an interrupted build\n",
			target);
	prr_rmtree(old, &ignore);
	prr_rmtree(tmp, &ignore);
	if (prr_is_dir(old) < 0 && prr_is_dir(tmp) < 0)
		unlink(lock);
	free(old);
	free(tmp);
done:
	if (fd >= 0)
		close(fd);
	free(lock);
	prr_buf_free(&text);
	prr_buf_free(&want);
	prr_buf_free(&ignore);
}

/* Removes what killed builds left beside `target`. */
static void clean_leftovers(const char *target)
{
	char *dir;
	const char *base;
	split(target, &dir, &base);
	DIR *d = opendir(dir);
	prr_paths locks = { 0 };
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)))
			if (lock_token(e->d_name, base))
				prr_paths_add(&locks, e->d_name);
		closedir(d);
	}
	prr_paths_sort(&locks);
	for (size_t i = 0; i < locks.n; i++)
		clean_token(target, dir, locks.v[i], lock_token(locks.v[i], base));
	prr_paths_free(&locks);
	free(dir);
}

/* A token no other build has: random bits, else time and pid. */
static void make_token(char out[TOKEN_LEN + 1])
{
	unsigned char r[TOKEN_LEN / 2];
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0 || read(fd, r, sizeof r) != (ssize_t)sizeof r) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		unsigned long long x = (unsigned long long)ts.tv_nsec ^
				       ((unsigned long long)ts.tv_sec << 20) ^
				       ((unsigned long long)getpid() << 40);
		for (size_t i = 0; i < sizeof r; i++, x >>= 8)
			r[i] = (unsigned char)x;
	}
	if (fd >= 0)
		close(fd);
	for (size_t i = 0; i < sizeof r; i++)
		snprintf(out + 2 * i, 3, "%02x", r[i]);
}

/* Makes the folders above s->target that are missing, top down (as
 * mkdir -p), remembering the topmost in s->parents.  0, or -1 with a
 * message. */
static int make_parents(prr_site *s, prr_buf *err)
{
	char *path = prr_xstrdup(s->target);
	char *slash = strrchr(path, '/');
	int rc = 0;
	if (slash && slash != path) {
		*slash = '\0';
		for (char *p = path + 1; rc == 0 && prr_is_dir(path) != 1; p++) {
			if (*p != '/' && *p != '\0')
				continue;
			char c = *p;
			*p = '\0';
			if (mkdir(path, 0777) == 0) {
				if (!s->parents)
					s->parents = prr_xstrdup(path);
			} else if (errno != EEXIST) {
				prr_buf_addf(err, "cannot create '%s': %s", path,
					     strerror(errno));
				rc = -1;
			}
			*p = c;
			if (!c)
				break;
		}
	}
	free(path);
	return rc;
}

/* Removes the folders make_parents made, bottom up, while they are empty
 * (a built site, or anything another put there, stops it). */
static void drop_parents(prr_site *s)
{
	if (!s->parents || !s->target)
		return;
	char *path = prr_xstrdup(s->target);
	size_t top = strlen(s->parents);
	for (char *slash; (slash = strrchr(path, '/')) && (size_t)(slash - path) >= top;) {
		*slash = '\0';
		if (rmdir(path) < 0)
			break;
	}
	free(path);
}

static void site_free(prr_site *s)
{
	if (s->lock) { /* the build is over: its token goes last */
		unlink(s->lock);
		close(s->lock_fd);
	}
	drop_parents(s);
	free(s->parents);
	s->parents = NULL;
	free(s->lock);
	free(s->target);
	free(s->tmp);
	if (s->made)
		close(s->made_fd);
	free(s->made);
	s->target = s->tmp = s->made = s->lock = NULL;
}

/* Creates and locks this build's lock file; 0, or -1 with a message. */
static int hold_token(prr_site *s, const char *token, prr_buf *err)
{
	char *lock = sibling(s->target, K_LOCK, token);
	int fd = open(lock, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	prr_buf text = PRR_BUF_INIT;
	lock_text(&text, token);
	if (fd < 0 || take_lock(fd) < 0 ||
	    write(fd, text.p, text.n) != (ssize_t)text.n) {
		prr_buf_addf(err, "cannot create '%s': %s", lock, strerror(errno));
		if (fd >= 0) {
			unlink(lock);
			close(fd);
		}
		free(lock);
		prr_buf_free(&text);
		return -1;
	}
	prr_buf_free(&text);
	s->lock = lock;
	s->lock_fd = fd;
	return 0;
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
		if (!prr_dir_owned(s->target, PRR_SITE_MARKER, "prr site ")) {
			prr_buf_addf(err, "'%s' is not empty and is not a prr site (it "
					  "has no " PRR_SITE_MARKER " file); prr "
					  "replaces only the sites it made: choose "
					  "another -o folder, or move '%s' away "
					  "yourself", s->target, s->target);
			goto fail;
		}
	}
	if (make_parents(s, err) < 0)
		goto fail;
	char token[TOKEN_LEN + 1];
	make_token(token);
	if (hold_token(s, token, err) < 0)
		goto fail;
	s->tmp = sibling(s->target, K_TMP, token);
	if (mkdir(s->tmp, 0777) < 0) {
		prr_buf_addf(err, "cannot create '%s': %s", s->tmp, strerror(errno));
		free(s->tmp);
		s->tmp = NULL; /* not ours: it existed */
		goto fail;
	}
	if (prr_site_write(s, PRR_SITE_MARKER, PRR_SITE_MARKER_TEXT,
			   sizeof PRR_SITE_MARKER_TEXT - 1, err) < 0) {
		prr_site_abort(s);
		return -1;
	}
	s->files = s->bytes = 0; /* the marker is not counted */
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

int prr_site_write_assets(prr_site *s, prr_buf *err)
{
	const prr_embed_file *a;
	size_t n = prr_embed_list("assets/", &a);
	for (size_t i = 0; i < n; i++)
		if (prr_site_write(s, a[i].path, a[i].data, a[i].len, err) < 0)
			return -1;
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
	char *old = sibling(s->target, K_OLD, s->tmp + strlen(s->target) +
					     strlen(kinds[K_TMP]));
	if (rename(s->target, old) < 0) {
		prr_buf_addf(err, "cannot rename '%s': %s", s->target, strerror(errno));
		free(old);
		goto fail;
	}
	if (rename(s->tmp, s->target) < 0) {
		prr_buf_addf(err, "cannot rename '%s' to '%s': %s", s->tmp,
			     s->target, strerror(errno));
		rename(old, s->target); /* the old site goes back */
		free(old);
		goto fail;
	}
	rc = prr_rmtree(old, err);
	free(old);
	site_free(s);
	return rc;
fail:
	prr_site_abort(s);
	return -1;
}
