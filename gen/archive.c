/* archive.c - per-review copies of a built site: what a review puts in an
 * archived folder, writing it, prr_archive_prepare and _commit. */
#define _POSIX_C_SOURCE 200809L
#include "prr/archive.h"

#include <dirent.h>
#include <errno.h>
#include <openssl/evp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive_int.h"
#include "prr/model.h"

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

afile *arc_files_add(afiles *l, const char *rel)
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

void arc_files_free(afiles *l)
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

void arc_files_sort(afiles *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof *l->v, afile_cmp);
}

void arc_files_set(afiles *l, const char *rel, const char hex[65])
{
	afile *f = (afile *)arc_files_find(l, rel);
	if (!f) {
		arc_files_add(l, rel);
		arc_files_sort(l);
		f = (afile *)arc_files_find(l, rel);
	}
	memcpy(f->hex, hex, 65);
}

const afile *arc_files_find(const afiles *l, const char *rel)
{
	if (l->n == 0)
		return NULL;
	afile key = { .rel = (char *)rel };
	return bsearch(&key, l->v, l->n, sizeof *l->v, afile_cmp);
}

/*
 * Appends to `out` the path (relative to `root`) of every regular file
 * under root/sub, dot-entries skipped unless `archived`.  `sub` may be
 * "".  A name holding a newline or a backslash, or anything that is
 * neither a file nor a folder, is an error; so is, when `archived` (what
 * verify-archive reads), a symbolic link: an archived date holds regular
 * files only, every one of them (".htaccess" too) listed in its MANIFEST.
 */
int arc_walk(const char *root, const char *sub, prr_paths *out,
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
			rc = arc_walk(root, rel, out, err, depth + 1, archived);
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

int arc_file_read(afile *f, const char *root, prr_buf *err)
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

bool arc_is_date_name(const char *s)
{
	return strlen(s) == 10 && prr_date_valid(s);
}

bool arc_key_valid(const char *key, const char **date)
{
	const char *slash = strchr(key, '/');
	const char *d = slash ? slash + 1 : key;
	if (!arc_is_date_name(d))
		return false;
	if (slash) {
		size_t n = (size_t)(slash - key);
		char slug[11];
		if (n == 0 || key[0] == '.' || memchr(key, '\\', n) ||
		    memchr(key, '\n', n))
			return false;
		if (n == 10) { /* a project folder named like a date */
			memcpy(slug, key, 10);
			slug[10] = '\0';
			if (arc_is_date_name(slug))
				return false;
		}
	}
	if (date)
		*date = d;
	return true;
}

int arc_date_folders(prr_paths *out, const char *dir, prr_buf *err)
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
		if (!arc_is_date_name(e->d_name))
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

/*** Archived folders ***/

int arc_read_archived(afiles *out, const char *dir, bool keep_data,
		      prr_buf *err)
{
	prr_paths found = { 0 };
	int rc = arc_walk(dir, "", &found, err, 0, true);
	for (size_t i = 0; rc == 0 && i < found.n; i++) {
		if (strcmp(found.v[i], PRR_ARCHIVE_MANIFEST) == 0)
			continue;
		afile *f = arc_files_add(out, found.v[i]);
		rc = arc_file_read(f, dir, err);
		if (!keep_data)
			prr_buf_free(&f->data);
	}
	prr_paths_free(&found);
	arc_files_sort(out);
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

void arc_manifest_text(prr_buf *out, const afiles *files)
{
	for (size_t i = 0; i < files->n; i++)
		prr_buf_addf(out, "%s  %s\n", files->v[i].hex, files->v[i].rel);
}

/* Writes `files` and their MANIFEST into DIR/.DATE.tmp-PID, then renames
 * it to DIR/DATE (the old DIR/DATE, if any, is renamed aside first); the
 * MANIFEST's sum into man_hex. */
static int write_date(const char *dir, const char *date, const afiles *files,
		      bool replace, char man_hex[65], prr_buf *err)
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
	arc_manifest_text(&man, files);
	if (prr_archive_sha256(man_hex, man.p, man.n) < 0) {
		prr_buf_adds(err, "SHA-256 failed in libcrypto");
		goto done;
	}
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
		if (!arc_is_date_name(date) || *end || pid <= 0 || pid == (long)getpid() ||
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

/* Leftovers in DIR and in each project folder DIR/SLUG. */
static void clean_all_leftovers(const char *dir)
{
	clean_leftovers(dir);
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || arc_is_date_name(e->d_name))
			continue;
		char *sub = prr_path_join(dir, e->d_name);
		if (prr_is_dir(sub) == 1)
			clean_leftovers(sub);
		free(sub);
	}
	if (d)
		closedir(d);
}

/* Drops repeated entries of a sorted list. */
static void paths_uniq(prr_paths *l)
{
	size_t k = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (k && strcmp(l->v[k - 1], l->v[i]) == 0)
			free(l->v[i]);
		else
			l->v[k++] = l->v[i];
	}
	l->n = k;
}

int arc_write_if_changed(const char *path, const char *data, size_t n,
			 prr_buf *err)
{
	prr_buf old = PRR_BUF_INIT, e = PRR_BUF_INIT;
	int rc = 0;
	/* unchanged: leave the file (and its time) alone */
	if (!(prr_read_file(path, PRR_ARCHIVE_MAX_FILE, &old, &e) == 0 &&
	      old.n == n && memcmp(old.p, data, n) == 0))
		rc = prr_write_file_atomic(path, data, n, err);
	prr_buf_free(&old);
	prr_buf_free(&e);
	return rc;
}

/*** Archiving ***/

typedef enum plan_kind { PLAN_ADD, PLAN_SAME, PLAN_REPLACE } plan_kind;

struct prr_archive_plan {
	char *dir;
	size_t n;
	char **keys;
	afiles *files;
	plan_kind *plan;
	arc_state state; /* the archive before this run */
	size_t adopted;  /* its dates, when an older prr's archive is adopted */
};

void prr_archive_plan_free(prr_archive_plan *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++) {
		arc_files_free(&p->files[i]);
		free(p->keys[i]);
	}
	free(p->keys);
	free(p->files);
	free(p->plan);
	arc_state_free(&p->state);
	free(p->dir);
	free(p);
}

/* Appends diagnostics' lines ("PATH: message") to `err`, one per line. */
static void diags_to_err(prr_buf *err, const prr_diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		if (d->v[i].kind != PRR_DIAG_ERROR)
			continue;
		if (err->n)
			prr_buf_addc(err, '\n');
		prr_buf_addf(err, "%s", d->v[i].file);
		if (d->v[i].line > 0)
			prr_buf_addf(err, ":%d", d->v[i].line);
		prr_buf_addf(err, ": %s", d->v[i].message);
	}
}

/*
 * A run killed between putting a date in place and listing it in
 * DIR/MANIFEST left a date the next run would take for forged.  A date
 * this run archives too, unlisted but clean against its own MANIFEST, is
 * taken as listed: plan_unit then compares it with the site as any
 * archived date (the same: left alone; different: refused).
 */
static void take_interrupted(prr_archive_plan *p)
{
	for (size_t i = 0; i < p->n; i++) {
		prr_buf rel = PRR_BUF_INIT;
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf_addf(&rel, "%s/%s", p->keys[i], PRR_ARCHIVE_MANIFEST);
		const afile *f = arc_files_find(&p->state.top, rel.p);
		char *u = prr_path_join(p->dir, p->keys[i]);
		if (f && !arc_files_find(&p->state.listed, rel.p) &&
		    arc_verify_unit(NULL, u, &d) == 0)
			arc_files_set(&p->state.listed, rel.p, f->hex);
		free(u);
		prr_diags_free(&d);
		prr_buf_free(&rel);
	}
}

/*
 * Before anything is written, the archive must be as prr left it: every
 * unit DIR/MANIFEST lists, none more, each unit's MANIFEST unchanged
 * (index.html is rewritten anyway; see take_interrupted for a killed
 * run's last date).  An archive of an older prr without
 * DIR/MANIFEST is adopted when every unit checks clean against its own
 * MANIFEST.  Otherwise a refusal naming what changed.
 */
static int check_archive(prr_archive_plan *p, prr_archive_stats *stats,
			 prr_buf *err)
{
	prr_diags d = PRR_DIAGS_INIT;
	int rc = 0;
	if (arc_state_read(&p->state, p->dir, NULL) < 0) {
		/* DIR missing: a new archive */
	} else if (p->state.has_listed) {
		take_interrupted(p);
		if (arc_state_compare(&p->state, p->dir, true, NULL, &d) > 0)
			rc = -1;
	} else {
		for (size_t i = 0; i < p->state.units.n; i++) {
			char *u = prr_path_join(p->dir, p->state.units.v[i]);
			if (arc_verify_unit(NULL, u, &d) < 0)
				rc = -1;
			free(u);
		}
		p->adopted = stats->adopted = rc == 0 ? p->state.units.n : 0;
	}
	if (rc < 0) {
		diags_to_err(err, &d);
		prr_buf_addf(err, "'%s' changed since prr last wrote it: nothing "
			     "was written (see `prr verify-archive %s`; to "
			     "accept the archive as it is now, restore or "
			     "remove what is named above%s)", p->dir, p->dir,
			     p->state.has_listed ? ", or remove its MANIFEST "
			     "to have it adopted" : "");
	}
	prr_diags_free(&d);
	return rc;
}

/* The files of review `i` as they will be written: its pages.json
 * added, sorted, summed.  0, or -1 with a message in `e`. */
static int unit_files(prr_archive_plan *p, size_t i, arc_unit *u, prr_buf *e)
{
	prr_buf json = PRR_BUF_INIT;
	prr_pagelist_sort(&u->pages);
	prr_pagelist_json(&json, &u->pages);
	arc_unit_add(u, PRR_ARCHIVE_PAGES, json.p, json.n);
	prr_buf_free(&json);
	p->files[i] = u->files;
	memset(&u->files, 0, sizeof u->files);
	afiles *fl = &p->files[i];
	arc_files_sort(fl);
	for (size_t k = 0; k < fl->n; k++) {
		if (strpbrk(fl->v[k].rel, "\n\\")) {
			prr_buf_addf(e, "'%s': a name with a newline or a "
				     "backslash cannot be archived", fl->v[k].rel);
			return -1;
		}
		if (prr_archive_sha256(fl->v[k].hex, fl->v[k].data.p,
				       fl->v[k].data.n) < 0) {
			prr_buf_adds(e, "SHA-256 failed in libcrypto");
			return -1;
		}
	}
	return 0;
}

/* Decides what writing `key` does: 0 (plan set) or a message in `e`. */
static void plan_unit(prr_archive_plan *p, size_t i, arc_unit *u, bool force,
		      prr_buf *e)
{
	const char *key = p->keys[i];
	if (!arc_key_valid(key, NULL)) {
		prr_buf_addf(e, "'%s' is not a review date (YYYY-MM-DD)", key);
		return;
	}
	if (unit_files(p, i, u, e) < 0)
		return;
	char *dir = prr_path_join(p->dir, key);
	int isdir = prr_is_dir(dir);
	if (isdir == 0) {
		prr_buf_addf(e, "'%s' exists and is not a folder", dir);
	} else if (isdir == 1) {
		afiles have = { 0 };
		const char *how = NULL, *first = NULL;
		if (arc_read_archived(&have, dir, false, e) == 0)
			first = first_difference(&p->files[i], &have, &how);
		if (e->n) {
			/* message set by arc_read_archived */
		} else if (!first) {
			p->plan[i] = PLAN_SAME;
		} else if (force) {
			p->plan[i] = PLAN_REPLACE;
		} else {
			prr_buf_addf(e, "%s is already archived in '%s' with "
				     "different content: '%s' %s (use --force "
				     "to replace it)", key, dir, first, how);
		}
		arc_files_free(&have);
	}
	free(dir);
}

static int key_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Units in key order, so that refusals and writes come in that order. */
static int unit_cmp(const void *a, const void *b)
{
	return strcmp(((const arc_unit *)a)->key, ((const arc_unit *)b)->key);
}

int prr_archive_prepare(prr_archive_plan **out, prr_archive_stats *stats,
			prr_archive_set *set, const char *archive_dir,
			bool force, prr_buf *err)
{
	size_t n = set->n;
	prr_archive_plan *p = prr_xcalloc(1, sizeof *p);
	p->dir = prr_xstrdup(archive_dir);
	p->keys = prr_xcalloc(n ? n : 1, sizeof *p->keys);
	p->files = prr_xcalloc(n ? n : 1, sizeof *p->files);
	p->plan = prr_xcalloc(n ? n : 1, sizeof *p->plan);
	size_t problems = 0;
	*out = NULL;
	if (n > 1) /* the keys' table is not used again */
		qsort(set->v, n, sizeof *set->v, unit_cmp);
	for (size_t i = 0; i < n; i++, p->n++)
		p->keys[i] = prr_xstrdup(set->v[i].key);
	/* `--archive reviews` must not replace a user's folder */
	if (!prr_dir_owned(archive_dir, PRR_ARCHIVE_MARKER, "prr archive ")) {
		prr_buf_addf(err, "'%s' is not empty and is not a prr archive (it "
			     "has no " PRR_ARCHIVE_MARKER " file); prr writes "
			     "only into archives it made: choose another "
			     "folder (for an archive an older prr wrote, create "
			     "'%s/" PRR_ARCHIVE_MARKER "' holding \"prr archive "
			     "1\")", archive_dir, archive_dir);
		goto fail;
	}
	clean_all_leftovers(archive_dir);
	if (check_archive(p, stats, err) < 0)
		goto fail;
	/* the dates already archived that this run leaves as they are:
	 * the index is made of their pages.json, which must be sound */
	for (size_t i = 0; i < p->state.units.n; i++) {
		const char *u = p->state.units.v[i];
		if (bsearch(&u, p->keys, n, sizeof *p->keys, key_cmp))
			continue; /* written afresh, or the same as now */
		if (problems && err->n)
			prr_buf_addc(err, '\n');
		problems += arc_check_pages(archive_dir, u, err) < 0;
	}
	if (problems)
		goto fail;

	/* First decide every unit, so a refusal writes nothing. */
	for (size_t i = 0; i < n; i++) {
		prr_buf e = PRR_BUF_INIT;
		plan_unit(p, i, &set->v[i], force, &e);
		if (e.n) {
			if (problems++ || err->n)
				prr_buf_addc(err, '\n');
			prr_buf_add(err, e.p, e.n);
		}
		prr_buf_free(&e);
	}
	if (problems)
		goto fail;
	prr_archive_set_free(set);
	*out = p;
	return 0;
fail:
	prr_archive_set_free(set);
	prr_archive_plan_free(p);
	return -1;
}

int prr_archive_commit(prr_archive_plan *p, prr_archive_stats *stats,
		       const prr_tpl_store *templates, prr_buf *err)
{
	int rc = -1;
	prr_paths units = { 0 };
	stats->adopted = p->adopted;
	if (mkdir_p(p->dir, err) < 0)
		goto done;
	for (size_t i = 0; i < p->n; i++) {
		const char *key = p->keys[i];
		if (p->plan[i] == PLAN_SAME) {
			stats->unchanged++;
			continue;
		}
		const char *slash = strchr(key, '/');
		char *parent = slash ? prr_path_join(p->dir, key) : NULL;
		if (parent)
			*strrchr(parent, '/') = '\0';
		char hex[65];
		int r = parent ? mkdir_p(parent, err) : 0;
		if (r == 0)
			r = write_date(parent ? parent : p->dir,
				       slash ? slash + 1 : key, &p->files[i],
				       p->plan[i] == PLAN_REPLACE, hex, err);
		free(parent);
		if (r < 0)
			goto done;
		/* DIR/MANIFEST follows each unit, so a run killed later
		 * leaves an archive the next run accepts */
		prr_buf rel = PRR_BUF_INIT;
		prr_buf_addf(&rel, "%s/%s", key, PRR_ARCHIVE_MANIFEST);
		arc_files_set(&p->state.top, rel.p, hex);
		prr_buf_free(&rel);
		if (arc_write_top(p->dir, &p->state.top, err) < 0)
			goto done;
		stats->files += p->files[i].n + 1;
		if (p->plan[i] == PLAN_REPLACE)
			stats->replaced++;
		else
			stats->added++;
	}
	for (size_t i = 0; i < p->state.units.n; i++)
		prr_paths_add(&units, p->state.units.v[i]);
	for (size_t i = 0; i < p->n; i++)
		prr_paths_add(&units, p->keys[i]);
	prr_paths_sort(&units);
	paths_uniq(&units);
	if (arc_write_index(p->dir, &units, &p->state.top, templates, err) < 0)
		goto done;
	rc = 0;
done:
	if (rc < 0)
		stats->system = true;
	prr_paths_free(&units);
	prr_archive_plan_free(p);
	return rc;
}
