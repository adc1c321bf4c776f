/* archive_manifest.c - reading MANIFESTs, the archive's own state (its
 * reviews and DIR/MANIFEST) and prr_archive_verify. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "archive_int.h"

/*** MANIFEST ***/

int arc_read_manifest(afiles *out, const char *path, prr_diags *d)
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
			afile *f = arc_files_add(out, rel);
			memcpy(f->hex, p, 64);
			f->hex[64] = '\0';
			f->line = line;
			free(rel);
		}
		p = nl ? nl + 1 : end;
	}
	prr_buf_free(&text);
	prr_buf_free(&e);
	/* sorted (stable by line), a path listed twice is next to itself */
	arc_files_sort(out);
	size_t k = 0;
	for (size_t i = 0; i < out->n; i++) {
		afile *f = &out->v[i];
		if (k && strcmp(out->v[k - 1].rel, f->rel) == 0) {
			afile *a = &out->v[k - 1], *first = a->line < f->line ? a : f;
			afile *again = first == a ? f : a;
			prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, again->line, 0,
				     "'%s' is listed twice (first on line %d)",
				     f->rel, first->line);
			if (again == a) /* keep the first line's entry */
				memcpy(a->hex, f->hex, 65), a->line = f->line;
			free(f->rel);
			prr_buf_free(&f->data);
			rc = -1;
		} else {
			out->v[k++] = *f;
		}
	}
	out->n = k;
	return rc;
}

int arc_verify_unit(prr_archive_check *c, const char *dir, prr_diags *d)
{
	prr_archive_check local = { 0 };
	afiles want = { 0 }, have = { 0 };
	prr_buf err = PRR_BUF_INIT;
	size_t before = d->errors;
	char *mpath = prr_path_join(dir, PRR_ARCHIVE_MANIFEST);
	if (!c)
		c = &local;
	arc_read_manifest(&want, mpath, d);
	if (arc_read_archived(&have, dir, false, &err) < 0)
		prr_diag_add(d, PRR_DIAG_ERROR, dir, NULL, 0, 0, "%s", err.p);
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
	arc_files_free(&want);
	arc_files_free(&have);
	prr_buf_free(&err);
	return d->errors > before ? -1 : 0;
}

/*** The archive's own state ***/

/* ".DATE.tmp-PID" or ".DATE.old-PID": what archive.c's write_date names
 * its temporaries. */
static bool is_leftover(const char *n)
{
	char date[11];
	if (n[0] != '.' || strlen(n) < 17 || (strncmp(n + 11, ".tmp-", 5) != 0 &&
					       strncmp(n + 11, ".old-", 5) != 0))
		return false;
	memcpy(date, n + 1, 10);
	date[10] = '\0';
	return arc_is_date_name(date) && strspn(n + 16, "0123456789") ==
	       strlen(n + 16) && n[16];
}

/* Adds the sum of the regular file DIR/REL to s->top, if it is one. */
static void sum_into(arc_state *s, const char *dir, const char *rel)
{
	char *path = prr_path_join(dir, rel);
	struct stat st;
	if (lstat(path, &st) == 0 && S_ISREG(st.st_mode)) {
		afile *f = arc_files_add(&s->top, rel);
		prr_buf e = PRR_BUF_INIT;
		if (arc_file_read(f, dir, &e) < 0)
			memset(f->hex, '?', 64); /* unreadable: never equal */
		prr_buf_free(&f->data);
		prr_buf_free(&e);
	}
	free(path);
}

/* An entry of DIR (or DIR/SLUG, when `slug`) that is no archive's. */
static void stray(prr_diags *d, const char *dir, const char *slug,
		  const char *name)
{
	if (!d)
		return;
	prr_buf p = PRR_BUF_INIT;
	prr_buf_addf(&p, "%s/%s%s%s", dir, slug ? slug : "", slug ? "/" : "",
		     name);
	if (is_leftover(name))
		prr_diag_add(d, PRR_DIAG_WARNING, p.p, NULL, 0, 0, "left by an "
			     "interrupted `prr archive` (the next run removes "
			     "it)");
	else
		prr_diag_add(d, PRR_DIAG_ERROR, p.p, NULL, 0, 0, "added since "
			     "it was archived (not part of a prr archive)");
	prr_buf_free(&p);
}

/* The units of DIR/SLUG, a project's folder. */
static void read_project(arc_state *s, const char *dir, const char *slug,
			 prr_diags *d)
{
	char *pdir = prr_path_join(dir, slug);
	DIR *dd = opendir(pdir);
	struct dirent *e;
	while (dd && (e = readdir(dd)) != NULL) {
		const char *n = e->d_name;
		char *path = prr_path_join(pdir, n);
		struct stat st;
		if (strcmp(n, ".") == 0 || strcmp(n, "..") == 0) {
			/* nothing */
		} else if (arc_is_date_name(n) && lstat(path, &st) == 0 &&
			   S_ISDIR(st.st_mode)) {
			prr_buf key = PRR_BUF_INIT;
			prr_buf_addf(&key, "%s/%s", slug, n);
			prr_paths_add(&s->units, key.p);
			prr_buf_adds(&key, "/" PRR_ARCHIVE_MANIFEST);
			sum_into(s, dir, key.p);
			prr_buf_free(&key);
		} else {
			stray(d, dir, slug, n);
		}
		free(path);
	}
	if (dd)
		closedir(dd);
	free(pdir);
}

int arc_state_read(arc_state *s, const char *dir, prr_diags *d)
{
	memset(s, 0, sizeof *s);
	DIR *dd = opendir(dir);
	if (!dd)
		return -1;
	struct dirent *e;
	while ((e = readdir(dd)) != NULL) {
		const char *n = e->d_name;
		char *path = prr_path_join(dir, n);
		struct stat st;
		bool isdir = lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
		bool isreg = !isdir && lstat(path, &st) == 0 &&
			     S_ISREG(st.st_mode);
		if (strcmp(n, ".") == 0 || strcmp(n, "..") == 0) {
			/* nothing */
		} else if (isreg && strcmp(n, PRR_ARCHIVE_MANIFEST) == 0) {
			prr_diags md = PRR_DIAGS_INIT;
			s->has_listed = true;
			arc_read_manifest(&s->listed, path, d ? d : &md);
			prr_diags_free(&md);
		} else if (isreg && (strcmp(n, "index.html") == 0 ||
				     strcmp(n, PRR_ARCHIVE_MARKER) == 0)) {
			sum_into(s, dir, n);
			prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT;
			if (n[0] == '.' &&
			    prr_read_file(path, 4096, &text, &err) == 0 &&
			    strncmp(text.p, "prr archive ", 12) == 0)
				s->version = atoi(text.p + 12);
			prr_buf_free(&text);
			prr_buf_free(&err);
		} else if (isdir && arc_is_date_name(n)) {
			prr_buf key = PRR_BUF_INIT;
			prr_paths_add(&s->units, n);
			prr_buf_addf(&key, "%s/" PRR_ARCHIVE_MANIFEST, n);
			sum_into(s, dir, key.p);
			prr_buf_free(&key);
		} else if (isdir && n[0] != '.') {
			read_project(s, dir, n, d);
		} else {
			stray(d, dir, NULL, n);
		}
		free(path);
	}
	closedir(dd);
	prr_paths_sort(&s->units);
	arc_files_sort(&s->top);
	return 0;
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether `rel` is "KEY/MANIFEST" of a unit in s->units (sorted). */
static bool unit_of(const arc_state *s, const char *rel)
{
	const char *slash = strrchr(rel, '/');
	if (!slash || strcmp(slash + 1, PRR_ARCHIVE_MANIFEST) != 0 ||
	    s->units.n == 0)
		return false;
	char *key = prr_xstrdup(rel);
	key[slash - rel] = '\0';
	bool found = bsearch(&key, s->units.v, s->units.n, sizeof *s->units.v,
			     cmp_key) != NULL;
	free(key);
	return found;
}

size_t arc_state_compare(const arc_state *s, const char *dir,
			 bool units_only, prr_archive_check *c, prr_diags *d)
{
	prr_archive_check local = { 0 };
	const afiles *want = &s->listed, *have = &s->top;
	size_t i = 0, j = 0, problems = 0;
	if (!c)
		c = &local;
	while (i < want->n || j < have->n) {
		int cmp = i == want->n ? 1
			: j == have->n ? -1
				       : strcmp(want->v[i].rel, have->v[j].rel);
		const afile *f = cmp <= 0 ? &want->v[i] : &have->v[j];
		const char *slash = strrchr(f->rel, '/');
		bool is_unit = slash && strcmp(slash + 1, PRR_ARCHIVE_MANIFEST) == 0;
		prr_buf p = PRR_BUF_INIT;
		/* a unit missing or added is named by its folder, one whose
		 * MANIFEST changed by that MANIFEST */
		prr_buf_addf(&p, "%s/%s", dir, f->rel);
		if (is_unit && cmp != 0)
			prr_buf_truncate(&p, p.n - strlen("/" PRR_ARCHIVE_MANIFEST));
		if (!is_unit && units_only) {
			/* index.html and the marker are rewritten anyway */
		} else if (cmp < 0 && is_unit && unit_of(s, f->rel)) {
			/* its folder is there without MANIFEST:
			 * arc_verify_unit says so */
		} else if (cmp < 0) {
			prr_diag_add(d, PRR_DIAG_ERROR, p.p, NULL, 0, 0,
				     "missing (listed in the archive's "
				     "MANIFEST, line %d)", f->line);
			c->missing++, problems++;
		} else if (cmp > 0) {
			prr_diag_add(d, PRR_DIAG_ERROR, p.p, NULL, 0, 0,
				     "added since it was archived (not in the "
				     "archive's MANIFEST)");
			c->added++, problems++;
		} else if (strcmp(want->v[i].hex, have->v[j].hex) != 0) {
			prr_diag_add(d, PRR_DIAG_ERROR, p.p, NULL, 0, 0,
				     "changed since it was archived (the "
				     "archive's MANIFEST, line %d)", f->line);
			c->changed++, problems++;
		}
		prr_buf_free(&p);
		if (cmp <= 0)
			i++;
		if (cmp >= 0)
			j++;
	}
	return problems;
}

void arc_state_free(arc_state *s)
{
	prr_paths_free(&s->units);
	arc_files_free(&s->top);
	arc_files_free(&s->listed);
}

/*** Verification ***/

int prr_archive_verify(prr_archive_check *out, const char *archive_dir,
		       prr_diags *d)
{
	prr_archive_check local = { 0 };
	arc_state s;
	size_t before = d->errors;
	if (!out)
		out = &local;
	if (arc_state_read(&s, archive_dir, d) < 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, archive_dir, NULL, 0, 0,
			     "cannot open folder: %s", strerror(errno));
		return -1;
	}
	char *top = prr_path_join(archive_dir, PRR_ARCHIVE_MANIFEST);
	if (s.has_listed)
		arc_state_compare(&s, archive_dir, false, out, d);
	else if (s.units.n && s.version >= ARC_MARKER_VERSION)
		prr_diag_add(d, PRR_DIAG_ERROR, top, NULL, 0, 0, "missing (the "
			     "archive's " PRR_ARCHIVE_MARKER " promises it)");
	else if (s.units.n)
		prr_diag_add(d, PRR_DIAG_WARNING, top, NULL, 0, 0, "missing: "
			     "an archive of an older prr, whose dates and "
			     "index.html no MANIFEST covers (a date deleted or "
			     "added is not noticed); `prr archive REVIEWS %s` "
			     "adopts it", archive_dir);
	free(top);
	for (size_t i = 0; i < s.units.n; i++) {
		char *dir = prr_path_join(archive_dir, s.units.v[i]);
		out->dates++;
		if (arc_verify_unit(out, dir, d) < 0)
			out->bad++;
		free(dir);
	}
	arc_state_free(&s);
	return d->errors > before ? -1 : 0;
}
