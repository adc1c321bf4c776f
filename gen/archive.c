/* archive.c - per-date copies of a built site, MANIFEST sums, verification. */
#define _POSIX_C_SOURCE 200809L
#include "prr/archive.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <openssl/evp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "prr/model.h"
#include "prr/tpl.h"

/*** Files and sums ***/

int prr_archive_sha256(char hex[65], const void *data, size_t n)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	if (EVP_Digest(data, n, md, &len, EVP_sha256(), NULL) != 1 ||
	    len != 32) {
		hex[0] = '\0';
		return -1;
	}
	static const char digits[] = "0123456789abcdef";
	for (unsigned int i = 0; i < len; i++) {
		hex[2 * i] = digits[md[i] >> 4];
		hex[2 * i + 1] = digits[md[i] & 15];
	}
	hex[64] = '\0';
	return 0;
}

/* One file of a date's folder: its path relative to the folder, its sum
 * and (when it is to be written) its bytes. */
typedef struct afile {
	char *rel;
	char hex[65];
	prr_buf data;
	int line; /* MANIFEST line, when read from one */
} afile;

typedef struct afiles {
	afile *v;
	size_t n, cap;
} afiles;

static afile *afiles_add(afiles *l, const char *rel)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = prr_xrealloc(l->v, l->cap * sizeof *l->v);
	}
	afile *f = &l->v[l->n++];
	memset(f, 0, sizeof *f);
	f->rel = prr_xstrdup(rel);
	prr_buf_init(&f->data);
	return f;
}

static void afiles_free(afiles *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].rel);
		prr_buf_free(&l->v[i].data);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

static int afile_cmp(const void *a, const void *b)
{
	return strcmp(((const afile *)a)->rel, ((const afile *)b)->rel);
}

static void afiles_sort(afiles *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof *l->v, afile_cmp);
}

static const afile *afiles_find(const afiles *l, const char *rel)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i].rel, rel) == 0)
			return &l->v[i];
	return NULL;
}

/*
 * Appends to `out` the path (relative to `root`) of every regular file
 * under root/sub, dot-entries skipped unless `archived`.  `sub` may be
 * "".  A name holding a newline or a backslash, or anything that is
 * neither a file nor a folder, is an error; so is, when `archived` (what
 * verify-archive reads), a symbolic link: an archived date holds regular
 * files only, every one of them (".htaccess" too) listed in its MANIFEST.
 */
static int walk_rel(const char *root, const char *sub, prr_paths *out,
		    prr_buf *err, int depth, bool archived)
{
	if (depth > 32) {
		prr_buf_addf(err, "'%s/%s': folders nested too deep", root, sub);
		return -1;
	}
	char *dir = sub[0] ? prr_path_join(root, sub) : prr_xstrdup(root);
	DIR *d = opendir(dir);
	if (!d) {
		prr_buf_addf(err, "cannot open folder '%s': %s", dir,
			     strerror(errno));
		free(dir);
		return -1;
	}
	prr_paths names = { 0 };
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.' ||
		    (archived && strcmp(e->d_name, ".") != 0 &&
		     strcmp(e->d_name, "..") != 0))
			prr_paths_add(&names, e->d_name);
	closedir(d);
	prr_paths_sort(&names);
	int rc = 0;
	for (size_t i = 0; i < names.n && rc == 0; i++) {
		char *rel = sub[0] ? prr_path_join(sub, names.v[i])
				   : prr_xstrdup(names.v[i]);
		char *path = prr_path_join(dir, names.v[i]);
		struct stat st;
		if (strpbrk(names.v[i], "\n\\")) {
			prr_buf_addf(err, "'%s': a name with a newline or a "
				     "backslash cannot be archived", path);
			rc = -1;
		} else if ((archived ? lstat(path, &st) : stat(path, &st)) < 0) {
			prr_buf_addf(err, "cannot stat '%s': %s", path,
				     strerror(errno));
			rc = -1;
		} else if (S_ISDIR(st.st_mode)) {
			rc = walk_rel(root, rel, out, err, depth + 1, archived);
		} else if (S_ISREG(st.st_mode)) {
			prr_paths_add(out, rel);
		} else if (S_ISLNK(st.st_mode)) {
			prr_buf_addf(err, "'%s' is a symbolic link; an archive "
				     "holds regular files only", path);
			rc = -1;
		} else {
			prr_buf_addf(err, "'%s' is neither a file nor a folder",
				     path);
			rc = -1;
		}
		free(rel);
		free(path);
	}
	prr_paths_free(&names);
	free(dir);
	return rc;
}

/* Reads root/rel into f->data and sums it. */
static int afile_read(afile *f, const char *root, prr_buf *err)
{
	char *path = prr_path_join(root, f->rel);
	prr_buf e = PRR_BUF_INIT;
	int rc = 0;
	if (prr_read_file(path, PRR_ARCHIVE_MAX_FILE, &f->data, &e) < 0) {
		prr_buf_addf(err, "'%s': %s", path, e.p);
		rc = -1;
	} else if (prr_archive_sha256(f->hex, f->data.p, f->data.n) < 0) {
		prr_buf_addf(err, "'%s': SHA-256 failed in libcrypto", path);
		rc = -1;
	}
	prr_buf_free(&e);
	free(path);
	return rc;
}

static bool is_date_name(const char *s)
{
	return strlen(s) == 10 && prr_date_valid(s);
}

/* The YYYY-MM-DD folders of `dir`, sorted, appended to `out`.  Returns 0,
 * or -1 with "cannot open folder 'DIR': …" in `err`. */
static int date_folders(prr_paths *out, const char *dir, prr_buf *err)
{
	DIR *d = opendir(dir);
	if (!d) {
		int saved = errno; /* for callers that word it their way */
		prr_buf_addf(err, "cannot open folder '%s': %s", dir,
			     strerror(saved));
		errno = saved;
		return -1;
	}
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!is_date_name(e->d_name))
			continue;
		char *path = prr_path_join(dir, e->d_name);
		if (prr_is_dir(path) == 1)
			prr_paths_add(out, e->d_name);
		free(path);
	}
	closedir(d);
	prr_paths_sort(out);
	return 0;
}

/*** Links of pages and stylesheets ***/

static bool has_suffix_ci(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	if (n < m)
		return false;
	for (size_t i = 0; i < m; i++) {
		char c = s[n - m + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != suffix[i])
			return false;
	}
	return true;
}

static bool is_html(const char *p)
{
	return has_suffix_ci(p, ".html") || has_suffix_ci(p, ".htm");
}

static bool is_css(const char *p) { return has_suffix_ci(p, ".css"); }

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Resolves the reference `ref` (`n` bytes, as written in a file at `base`,
 * a path relative to the site) to a path relative to the site, into `out`.
 * Returns 0 when it is a relative reference to a file inside the site; -1
 * for absolute URLs, rooted paths, fragments and paths leaving the site.
 * In HTML, "&amp;" in an attribute is "&".
 */
static int resolve_ref(prr_buf *out, const char *base, const char *ref,
		       size_t n, bool html)
{
	prr_buf_reset(out);
	while (n && (*ref == ' ' || *ref == '\t' || *ref == '\n' || *ref == '\r'))
		ref++, n--;
	while (n && (ref[n - 1] == ' ' || ref[n - 1] == '\t' ||
		     ref[n - 1] == '\n' || ref[n - 1] == '\r'))
		n--;
	for (size_t i = 0; i < n; i++)
		if (ref[i] == '#' || ref[i] == '?') {
			n = i;
			break;
		}
	if (n == 0 || ref[0] == '/')
		return -1;
	/* a scheme: letters, digits, + - . up to a ':' before any '/' */
	for (size_t i = 0; i < n && ref[i] != '/'; i++)
		if (ref[i] == ':')
			return -1;
	/* the base's folder, then the reference, then normalise */
	prr_buf joined = PRR_BUF_INIT;
	const char *slash = strrchr(base, '/');
	if (slash)
		prr_buf_add(&joined, base, (size_t)(slash - base) + 1);
	for (size_t i = 0; i < n; i++) {
		if (html && ref[i] == '&' && n - i >= 5 &&
		    memcmp(ref + i, "&amp;", 5) == 0) {
			prr_buf_addc(&joined, '&');
			i += 4;
		} else if (ref[i] == '%' && i + 2 < n && hexval(ref[i + 1]) >= 0 &&
			   hexval(ref[i + 2]) >= 0) {
			prr_buf_addc(&joined, (char)(hexval(ref[i + 1]) * 16 +
						     hexval(ref[i + 2])));
			i += 2;
		} else {
			prr_buf_addc(&joined, ref[i]);
		}
	}
	if (joined.n && joined.p[joined.n - 1] == '/')
		prr_buf_adds(&joined, "index.html");
	int rc = 0;
	const char *p = joined.p;
	while (*p && rc == 0) {
		const char *e = strchr(p, '/');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == 0 || (len == 1 && p[0] == '.')) {
			/* nothing */
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			char *last = out->n ? strrchr(out->p, '/') : NULL;
			if (out->n == 0)
				rc = -1; /* leaves the site */
			else
				prr_buf_truncate(out, last ? (size_t)(last - out->p) : 0);
		} else if (memchr(p, '\0', len) || memchr(p, '\n', len)) {
			rc = -1;
		} else {
			if (out->n)
				prr_buf_addc(out, '/');
			prr_buf_add(out, p, len);
		}
		p += len;
		if (*p == '/')
			p++;
	}
	prr_buf_free(&joined);
	if (rc == 0 && out->n == 0)
		rc = -1;
	return rc;
}

static bool ci_eq(const char *p, const char *word, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != word[i])
			return false;
	}
	return true;
}

typedef void (*ref_fn)(void *ud, const char *ref, size_t n);

/* The value after "url(" at p: quoted or bare, up to ')'. */
static const char *scan_url(const char *p, const char *end, void *ud, ref_fn fn)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p < end && (*p == '"' || *p == '\'')) {
		char q = *p++;
		const char *s = p;
		while (p < end && *p != q)
			p++;
		fn(ud, s, (size_t)(p - s));
		return p;
	}
	const char *s = p;
	while (p < end && *p != ')')
		p++;
	fn(ud, s, (size_t)(p - s));
	return p;
}

/*
 * Calls `fn` with every reference in `text`: href=, src= attributes (in
 * HTML), url(…) and @import "…" (in stylesheets and inline styles).
 */
static void scan_refs(const char *text, size_t len, bool html, void *ud,
		      ref_fn fn)
{
	const char *p = text, *end = text + len;
	while (p < end) {
		if (end - p >= 4 && ci_eq(p, "url(", 4)) {
			p = scan_url(p + 4, end, ud, fn);
			continue;
		}
		if (!html && end - p >= 7 && ci_eq(p, "@import", 7)) {
			const char *q = p + 7;
			while (q < end && (*q == ' ' || *q == '\t'))
				q++;
			if (q < end && (*q == '"' || *q == '\'')) {
				p = scan_url(q, end, ud, fn);
				continue;
			}
			p = q;
			continue;
		}
		size_t name = 0;
		if (html && p > text && strchr(" \t\r\n", p[-1])) {
			if (end - p >= 4 && ci_eq(p, "href", 4))
				name = 4;
			else if (end - p >= 3 && ci_eq(p, "src", 3))
				name = 3;
		}
		if (!name) {
			p++;
			continue;
		}
		const char *q = p + name;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\n'))
			q++;
		if (q >= end || *q != '=') {
			p = q;
			continue;
		}
		q++;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\n'))
			q++;
		if (q < end && (*q == '"' || *q == '\'')) {
			char quote = *q++;
			const char *s = q;
			while (q < end && *q != quote)
				q++;
			fn(ud, s, (size_t)(q - s));
		} else {
			const char *s = q;
			while (q < end && !strchr(" \t\r\n>", *q))
				q++;
			fn(ud, s, (size_t)(q - s));
		}
		p = q;
	}
}

/*** Collecting a date's files from the site ***/

typedef struct collect {
	const char *site;
	const char *review_dir; /* "reviews/DATE/" */
	const char *base;       /* the file being scanned */
	bool html;
	prr_paths *queue;       /* stylesheets still to scan */
	afiles *files;
	prr_buf tmp;
} collect;

static void collect_ref(void *ud, const char *ref, size_t n)
{
	collect *c = ud;
	if (resolve_ref(&c->tmp, c->base, ref, n, c->html) < 0)
		return;
	const char *rel = c->tmp.p;
	if (strncmp(rel, c->review_dir, strlen(c->review_dir)) == 0 ||
	    is_html(rel) || afiles_find(c->files, rel))
		return;
	for (const char *s = rel; *s; s++) /* dot-entries are not the site's */
		if (*s == '.' && (s == rel || s[-1] == '/'))
			return;
	char *path = prr_path_join(c->site, rel);
	struct stat st;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
		afiles_add(c->files, rel);
		if (is_css(rel))
			prr_paths_add(c->queue, rel);
	}
	free(path);
}

/* The files SITE would put in an archived DATE, sorted, read and summed. */
static int collect_date(afiles *out, const char *site, const char *date,
			prr_buf *err)
{
	prr_buf sub = PRR_BUF_INIT, rdir = PRR_BUF_INIT;
	prr_paths found = { 0 }, queue = { 0 };
	int rc = -1;
	prr_buf_addf(&sub, "reviews/%s", date);
	prr_buf_addf(&rdir, "reviews/%s/", date);
	char *dir = prr_path_join(site, sub.p);
	if (prr_is_dir(dir) != 1) {
		prr_buf_addf(err, "no review folder '%s' in the site", dir);
		goto done;
	}
	if (walk_rel(site, sub.p, &found, err, 0, false) < 0)
		goto done;
	if (found.n == 0) {
		prr_buf_addf(err, "the review folder '%s' is empty", dir);
		goto done;
	}
	for (size_t i = 0; i < found.n; i++) {
		afiles_add(out, found.v[i]);
		if (is_html(found.v[i]) || is_css(found.v[i]))
			prr_paths_add(&queue, found.v[i]);
	}
	collect c = { site, rdir.p, NULL, false, &queue, out, PRR_BUF_INIT };
	for (size_t q = 0; q < queue.n; q++) { /* grows while scanned */
		char *path = prr_path_join(site, queue.v[q]);
		prr_buf text = PRR_BUF_INIT, e = PRR_BUF_INIT;
		int r = prr_read_file(path, PRR_ARCHIVE_MAX_FILE, &text, &e);
		if (r < 0)
			prr_buf_addf(err, "'%s': %s", path, e.p);
		else {
			c.base = queue.v[q];
			c.html = is_html(queue.v[q]);
			scan_refs(text.p, text.n, c.html, &c, collect_ref);
		}
		prr_buf_free(&text);
		prr_buf_free(&e);
		free(path);
		if (r < 0) {
			prr_buf_free(&c.tmp);
			goto done;
		}
	}
	prr_buf_free(&c.tmp);
	afiles_sort(out);
	for (size_t i = 0; i < out->n; i++)
		if (afile_read(&out->v[i], site, err) < 0)
			goto done;
	rc = 0;
done:
	free(dir);
	prr_paths_free(&found);
	prr_paths_free(&queue);
	prr_buf_free(&sub);
	prr_buf_free(&rdir);
	return rc;
}

/* The files of an archived date's folder (MANIFEST aside), summed. */
static int read_archived(afiles *out, const char *dir, bool keep_data,
			 prr_buf *err)
{
	prr_paths found = { 0 };
	int rc = walk_rel(dir, "", &found, err, 0, true);
	for (size_t i = 0; rc == 0 && i < found.n; i++) {
		if (strcmp(found.v[i], PRR_ARCHIVE_MANIFEST) == 0)
			continue;
		afile *f = afiles_add(out, found.v[i]);
		rc = afile_read(f, dir, err);
		if (!keep_data)
			prr_buf_free(&f->data);
	}
	prr_paths_free(&found);
	return rc;
}

/* The first path where two sorted lists differ, and how; NULL if equal. */
static const char *first_difference(const afiles *site, const afiles *arch,
				    const char **how)
{
	size_t i = 0, j = 0;
	while (i < site->n || j < arch->n) {
		int c = i == site->n ? 1
		      : j == arch->n ? -1
				     : strcmp(site->v[i].rel, arch->v[j].rel);
		if (c < 0) {
			*how = "is new in the site";
			return site->v[i].rel;
		}
		if (c > 0) {
			*how = "is no longer in the site";
			return arch->v[j].rel;
		}
		if (strcmp(site->v[i].hex, arch->v[j].hex) != 0) {
			*how = "differs";
			return site->v[i].rel;
		}
		i++, j++;
	}
	return NULL;
}

/*** Writing ***/

static int mkdir_p(const char *path, prr_buf *err)
{
	prr_buf p = PRR_BUF_INIT;
	prr_buf_adds(&p, path);
	int rc = 0;
	for (size_t i = 1; i <= p.n && rc == 0; i++) {
		if (i < p.n && p.p[i] != '/')
			continue;
		char c = p.p[i];
		p.p[i] = '\0';
		if (mkdir(p.p, 0777) < 0 && errno != EEXIST) {
			prr_buf_addf(err, "cannot create folder '%s': %s", p.p,
				     strerror(errno));
			rc = -1;
		} else if (prr_is_dir(p.p) != 1) {
			prr_buf_addf(err, "'%s' is not a folder", p.p);
			rc = -1;
		}
		p.p[i] = c;
	}
	prr_buf_free(&p);
	return rc;
}

/* rm -r, for our own temporary and replaced folders. */
static int remove_tree(const char *path, int depth)
{
	struct stat st;
	if (lstat(path, &st) < 0)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(st.st_mode))
		return unlink(path);
	if (depth > 64)
		return -1;
	DIR *d = opendir(path);
	if (!d)
		return -1;
	int rc = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char *child = prr_path_join(path, e->d_name);
		if (remove_tree(child, depth + 1) < 0)
			rc = -1;
		free(child);
	}
	closedir(d);
	if (rmdir(path) < 0)
		rc = -1;
	return rc;
}

static void manifest_text(prr_buf *out, const afiles *files)
{
	for (size_t i = 0; i < files->n; i++)
		prr_buf_addf(out, "%s  %s\n", files->v[i].hex, files->v[i].rel);
}

/* Writes `files` and their MANIFEST into DIR/.DATE.tmp-PID, then renames
 * it to DIR/DATE (the old DIR/DATE, if any, is renamed aside first). */
static int write_date(const char *dir, const char *date, const afiles *files,
		      bool replace, prr_buf *err)
{
	prr_buf tmp = PRR_BUF_INIT, old = PRR_BUF_INIT, man = PRR_BUF_INIT;
	char *final = prr_path_join(dir, date);
	int rc = -1;
	bool moved_aside = false;
	prr_buf_addf(&tmp, "%s/.%s.tmp-%ld", dir, date, (long)getpid());
	prr_buf_addf(&old, "%s/.%s.old-%ld", dir, date, (long)getpid());
	remove_tree(tmp.p, 0); /* a leftover of a crashed run with our pid */
	if (mkdir_p(tmp.p, err) < 0)
		goto done;
	for (size_t i = 0; i < files->n; i++) {
		char *path = prr_path_join(tmp.p, files->v[i].rel);
		char *slash = strrchr(path, '/');
		*slash = '\0';
		int r = mkdir_p(path, err);
		*slash = '/';
		if (r == 0)
			r = prr_write_file_atomic(path, files->v[i].data.p,
						  files->v[i].data.n, err);
		free(path);
		if (r < 0)
			goto done;
	}
	manifest_text(&man, files);
	char *mpath = prr_path_join(tmp.p, PRR_ARCHIVE_MANIFEST);
	int r = prr_write_file_atomic(mpath, man.p, man.n, err);
	free(mpath);
	if (r < 0)
		goto done;
	if (replace) {
		remove_tree(old.p, 0);
		if (rename(final, old.p) < 0) {
			prr_buf_addf(err, "cannot rename '%s' to '%s': %s", final,
				     old.p, strerror(errno));
			goto done;
		}
		moved_aside = true;
	}
	if (rename(tmp.p, final) < 0) {
		prr_buf_addf(err, "cannot rename '%s' to '%s': %s", tmp.p, final,
			     strerror(errno));
		if (moved_aside && rename(old.p, final) == 0)
			moved_aside = false;
		goto done;
	}
	if (moved_aside && remove_tree(old.p, 0) < 0)
		fprintf(stderr, "prr: warning: cannot remove '%s'\n", old.p);
	rc = 0;
done:
	if (rc < 0)
		remove_tree(tmp.p, 0);
	free(final);
	prr_buf_free(&tmp);
	prr_buf_free(&old);
	prr_buf_free(&man);
	return rc;
}

/*
 * What killed runs left in the archive: DIR/.DATE.tmp-PID and
 * DIR/.DATE.old-PID (write_date's names) of a process that no longer
 * runs.  A .DATE.old-PID whose DATE is missing was moved aside by a run
 * killed between its two renames: it goes back.  Other names, and the
 * leftovers of a run still going, are left alone.
 */
static void clean_leftovers(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	prr_paths names = { 0 };
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		const char *n = e->d_name, *k = n + 11;
		char date[11], *end;
		if (n[0] != '.' || strlen(n) < 17 ||
		    (strncmp(k, ".tmp-", 5) != 0 && strncmp(k, ".old-", 5) != 0))
			continue;
		memcpy(date, n + 1, 10);
		date[10] = '\0';
		long pid = strtol(k + 5, &end, 10);
		if (!is_date_name(date) || *end || pid <= 0 || pid == (long)getpid() ||
		    kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		prr_paths_add(&names, n);
	}
	closedir(d);
	prr_paths_sort(&names);
	for (size_t i = 0; i < names.n; i++) {
		char *path = prr_path_join(dir, names.v[i]);
		char date[11];
		memcpy(date, names.v[i] + 1, 10);
		date[10] = '\0';
		char *final = prr_path_join(dir, date);
		if (!(names.v[i][12] == 'o' && prr_is_dir(final) < 0 &&
		      rename(path, final) == 0))
			remove_tree(path, 0);
		free(final);
		free(path);
	}
	prr_paths_free(&names);
}

/*** DIR/index.html ***/

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
			int v = hex ? hexval(*q) : (*q >= '0' && *q <= '9' ? *q - '0' : -1);
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
		if (ci_eq(p, "<title>", 7)) {
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

/* The template's data: {"count": N, "one": N == 1, "archives": [{"date", "href",
 * "title", "files"}]}, newest date first. */
static int index_context(cJSON **out, const char *dir, prr_buf *err)
{
	prr_paths dates = { 0 };
	if (date_folders(&dates, dir, err) < 0)
		return -1;
	cJSON *root = cJSON_CreateObject();
	cJSON *list = cJSON_AddArrayToObject(root, "archives");
	cJSON_AddNumberToObject(root, "count", (double)dates.n);
	cJSON_AddBoolToObject(root, "one", dates.n == 1);
	prr_buf b = PRR_BUF_INIT, text = PRR_BUF_INIT, e2 = PRR_BUF_INIT;
	for (size_t i = dates.n; i-- > 0;) {
		const char *date = dates.v[i];
		cJSON *a = cJSON_CreateObject();
		cJSON_AddItemToArray(list, a);
		cJSON_AddStringToObject(a, "date", date);
		prr_buf_reset(&b);
		prr_buf_addf(&b, "%s/reviews/%s/index.html", date, date);
		cJSON_AddStringToObject(a, "href", b.p);
		char *page = prr_path_join(dir, b.p);
		prr_buf_reset(&b);
		prr_buf_reset(&e2);
		if (prr_read_file(page, PRR_ARCHIVE_MAX_FILE, &text, &e2) == 0)
			page_title(&b, text.p, text.n);
		free(page);
		cJSON_AddStringToObject(a, "title", b.n ? b.p : date);
		prr_buf_reset(&b);
		prr_buf_addf(&b, "%s/%s/%s", dir, date, PRR_ARCHIVE_MANIFEST);
		size_t files = 0;
		if (prr_read_file(b.p, PRR_ARCHIVE_MAX_FILE, &text, &e2) == 0)
			for (size_t k = 0; k < text.n; k++)
				files += text.p[k] == '\n';
		cJSON_AddNumberToObject(a, "files", (double)files);
	}
	prr_buf_free(&b);
	prr_buf_free(&text);
	prr_buf_free(&e2);
	prr_paths_free(&dates);
	*out = root;
	return 0;
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

#define ARCHIVE_MARKER_TEXT "prr archive 1\nThis folder is an archive written " \
	"by prr; prr verify-archive checks it.\n"

static int write_index(const char *dir, const prr_tpl_store *store,
		       prr_buf *err)
{
	cJSON *ctx = NULL;
	prr_buf page = PRR_BUF_INIT, old = PRR_BUF_INIT, e = PRR_BUF_INIT;
	char *path = prr_path_join(dir, "index.html");
	int rc = -1;
	if (index_context(&ctx, dir, err) < 0 ||
	    index_render(&page, store, ctx, err) < 0)
		goto done;
	/* the marker: an archive is prr's output, never read as reviews */
	char *marker = prr_path_join(dir, PRR_ARCHIVE_MARKER);
	int marked = prr_read_file(marker, 4096, &old, &e) == 0 &&
		     old.n == sizeof ARCHIVE_MARKER_TEXT - 1 &&
		     memcmp(old.p, ARCHIVE_MARKER_TEXT, old.n) == 0;
	prr_buf_reset(&e);
	rc = marked ? 0 : prr_write_file_atomic(marker, ARCHIVE_MARKER_TEXT,
					       sizeof ARCHIVE_MARKER_TEXT - 1, err);
	free(marker);
	if (rc < 0)
		goto done;
	rc = -1;
	/* unchanged: leave the file (and its time) alone */
	if (prr_read_file(path, PRR_ARCHIVE_MAX_FILE, &old, &e) == 0 &&
	    old.n == page.n && memcmp(old.p, page.p, page.n) == 0) {
		rc = 0;
		goto done;
	}
	rc = prr_write_file_atomic(path, page.p, page.n, err);
done:
	cJSON_Delete(ctx);
	free(path);
	prr_buf_free(&page);
	prr_buf_free(&old);
	prr_buf_free(&e);
	return rc;
}

/*** Archiving ***/

typedef enum plan_kind { PLAN_ADD, PLAN_SAME, PLAN_REPLACE } plan_kind;

int prr_archive_site(prr_archive_stats *stats, const char *site_dir,
		     const char *const *dates, size_t n,
		     const char *archive_dir, bool force,
		     const prr_tpl_store *templates, prr_buf *err)
{
	prr_archive_stats local = { 0 };
	if (!stats)
		stats = &local;
	afiles *files = prr_xcalloc(n ? n : 1, sizeof *files);
	plan_kind *plan = prr_xcalloc(n ? n : 1, sizeof *plan);
	size_t problems = 0;
	int rc = -1;
	/* `--archive reviews` must not replace a user's folder */
	if (!prr_dir_owned(archive_dir, PRR_ARCHIVE_MARKER, "prr archive ")) {
		prr_buf_addf(err, "'%s' is not empty and is not a prr archive (it "
			     "has no " PRR_ARCHIVE_MARKER " file); prr writes "
			     "only into archives it made: choose another "
			     "folder (for an archive an older prr wrote, create "
			     "'%s/" PRR_ARCHIVE_MARKER "' holding \"prr archive "
			     "1\")", archive_dir, archive_dir);
		goto done;
	}
	clean_leftovers(archive_dir);

	/* First decide every date, so a refusal writes nothing. */
	for (size_t i = 0; i < n; i++) {
		const char *date = dates[i];
		prr_buf e = PRR_BUF_INIT;
		if (!is_date_name(date)) {
			prr_buf_addf(&e, "'%s' is not a review date (YYYY-MM-DD)",
				     date);
		} else if (collect_date(&files[i], site_dir, date, &e) == 0) {
			char *dir = prr_path_join(archive_dir, date);
			int isdir = prr_is_dir(dir);
			if (isdir == 0) {
				prr_buf_addf(&e, "'%s' exists and is not a folder",
					     dir);
			} else if (isdir == 1) {
				afiles have = { 0 };
				const char *how = NULL, *first = NULL;
				if (read_archived(&have, dir, false, &e) == 0)
					first = first_difference(&files[i],
								 &have, &how);
				if (e.n) {
					/* message set by read_archived */
				} else if (!first) {
					plan[i] = PLAN_SAME;
				} else if (force) {
					plan[i] = PLAN_REPLACE;
				} else {
					prr_buf_addf(&e,
						"%s is already archived in '%s' "
						"with different content: '%s' %s "
						"(use --force to replace it)",
						date, dir, first, how);
				}
				afiles_free(&have);
			}
			free(dir);
		}
		for (size_t j = 0; j < i && !e.n; j++)
			if (strcmp(dates[j], date) == 0)
				plan[i] = PLAN_SAME; /* given twice */
		if (e.n) {
			if (problems++)
				prr_buf_addc(err, '\n');
			prr_buf_add(err, e.p, e.n);
		}
		prr_buf_free(&e);
	}
	if (problems)
		goto done;

	if (mkdir_p(archive_dir, err) < 0) {
		stats->system = true;
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		if (plan[i] == PLAN_SAME) {
			stats->unchanged++;
			continue;
		}
		if (write_date(archive_dir, dates[i], &files[i],
			       plan[i] == PLAN_REPLACE, err) < 0) {
			stats->system = true;
			goto done;
		}
		stats->files += files[i].n + 1;
		if (plan[i] == PLAN_REPLACE)
			stats->replaced++;
		else
			stats->added++;
	}
	if (write_index(archive_dir, templates, err) < 0) {
		stats->system = true;
		goto done;
	}
	rc = 0;
done:
	for (size_t i = 0; i < n; i++)
		afiles_free(&files[i]);
	free(files);
	free(plan);
	return rc;
}

int prr_archive_site_dates(prr_paths *out, const char *site_dir, prr_buf *err)
{
	char *dir = prr_path_join(site_dir, "reviews");
	int rc = date_folders(out, dir, err);
	free(dir);
	return rc;
}

/*** Verification ***/

/* Parses MANIFEST; malformed lines are errors in `d`. */
static int read_manifest(afiles *out, const char *path, prr_diags *d)
{
	prr_buf text = PRR_BUF_INIT, e = PRR_BUF_INIT;
	struct stat st;
	if (lstat(path, &st) < 0 && errno == ENOENT) {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0, "missing");
		return -1;
	}
	if (prr_read_file(path, PRR_ARCHIVE_MAX_FILE, &text, &e) < 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0, "%s", e.p);
		prr_buf_free(&text);
		prr_buf_free(&e);
		return -1;
	}
	int rc = 0, line = 0;
	const char *p = text.p, *end = text.p + text.n;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		line++;
		size_t len = (size_t)(le - p);
		bool ok = len > 66 && p[64] == ' ' && p[65] == ' ';
		for (size_t i = 0; ok && i < 64; i++)
			ok = (p[i] >= '0' && p[i] <= '9') ||
			     (p[i] >= 'a' && p[i] <= 'f');
		if (!ok) {
			prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, line, 0,
				     "malformed line (expected 64 hex digits, "
				     "two spaces and a path)");
			rc = -1;
		} else {
			char *rel = prr_xmalloc(len - 66 + 1);
			memcpy(rel, p + 66, len - 66);
			rel[len - 66] = '\0';
			const afile *dup = afiles_find(out, rel);
			if (dup) {
				prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, line,
					     0, "'%s' is listed twice (first on "
					     "line %d)", rel, dup->line);
				rc = -1;
			} else {
				afile *f = afiles_add(out, rel);
				memcpy(f->hex, p, 64);
				f->hex[64] = '\0';
				f->line = line;
			}
			free(rel);
		}
		p = nl ? nl + 1 : end;
	}
	prr_buf_free(&text);
	prr_buf_free(&e);
	afiles_sort(out);
	return rc;
}

static int verify_date(prr_archive_check *c, const char *dir, prr_diags *d)
{
	afiles want = { 0 }, have = { 0 };
	prr_buf err = PRR_BUF_INIT;
	size_t before = d->errors;
	char *mpath = prr_path_join(dir, PRR_ARCHIVE_MANIFEST);
	read_manifest(&want, mpath, d);
	if (read_archived(&have, dir, false, &err) < 0)
		prr_diag_add(d, PRR_DIAG_ERROR, dir, NULL, 0, 0, "%s", err.p);
	afiles_sort(&have);
	size_t i = 0, j = 0;
	while (i < want.n || j < have.n) {
		int cmp = i == want.n ? 1
			: j == have.n ? -1
				      : strcmp(want.v[i].rel, have.v[j].rel);
		const char *rel = cmp <= 0 ? want.v[i].rel : have.v[j].rel;
		char *path = prr_path_join(dir, rel);
		if (cmp < 0) {
			prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0,
				     "missing (listed in MANIFEST line %d)",
				     want.v[i].line);
			c->missing++;
			i++;
		} else if (cmp > 0) {
			prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0,
				     "added since it was archived (not in "
				     "MANIFEST)");
			c->added++;
			j++;
		} else {
			if (strcmp(want.v[i].hex, have.v[j].hex) != 0) {
				prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0,
					     "changed since it was archived "
					     "(MANIFEST line %d)", want.v[i].line);
				c->changed++;
			}
			c->files++;
			i++, j++;
		}
		free(path);
	}
	free(mpath);
	afiles_free(&want);
	afiles_free(&have);
	prr_buf_free(&err);
	return d->errors > before ? -1 : 0;
}

int prr_archive_verify(prr_archive_check *out, const char *archive_dir,
		       prr_diags *d)
{
	prr_archive_check local = { 0 };
	if (!out)
		out = &local;
	prr_paths dates = { 0 };
	prr_buf err = PRR_BUF_INIT;
	if (date_folders(&dates, archive_dir, &err) < 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, archive_dir, NULL, 0, 0,
			     "cannot open folder: %s", strerror(errno));
		prr_buf_free(&err);
		return -1;
	}
	prr_buf_free(&err);
	int rc = 0;
	for (size_t i = 0; i < dates.n; i++) {
		char *dir = prr_path_join(archive_dir, dates.v[i]);
		out->dates++;
		if (verify_date(out, dir, d) < 0) {
			out->bad++;
			rc = -1;
		}
		free(dir);
	}
	prr_paths_free(&dates);
	return rc;
}
