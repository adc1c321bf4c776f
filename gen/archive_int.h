/*
 * archive_int.h - the archive's own header, shared by its files (not part
 * of prr's interface: that is include/prr/archive.h).
 *
 *   archive.c           files and sums, writing folders,
 *                       prr_archive_prepare/commit
 *   archive_set.c       what is archived: each review's files in memory,
 *                       rendered for the archive (prr_archive_collect)
 *   archive_index.c     DIR/index.html, the marker, DIR/MANIFEST written
 *   archive_manifest.c  MANIFEST read, the archive's own state (its
 *                       reviews and DIR/MANIFEST), prr_archive_verify
 *
 * An archived review is a "unit", named by its key: "DATE" for a site of
 * one project (SITE/reviews/DATE, archived as DIR/DATE) or "SLUG/DATE" for
 * a site of several (SITE/SLUG/reviews/DATE, archived as DIR/SLUG/DATE).
 */
#ifndef PRR_ARCHIVE_INT_H
#define PRR_ARCHIVE_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/archive.h"
#include "prr/buf.h"
#include "prr/diag.h"
#include "prr/fsutil.h"
#include "prr/model.h"
#include "prr/pages.h"

/* One file of an archived folder: its path relative to the folder, its sum
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

afile *arc_files_add(afiles *l, const char *rel);
void arc_files_free(afiles *l);
void arc_files_sort(afiles *l);
/* The file `rel` of a sorted list, or NULL. */
const afile *arc_files_find(const afiles *l, const char *rel);
/* Sets the sum of `rel` in a sorted list, adding it (in order) if new. */
void arc_files_set(afiles *l, const char *rel, const char hex[65]);

/* YYYY-MM-DD, a real date. */
bool arc_is_date_name(const char *s);
/* A key "DATE" or "SLUG/DATE" (SLUG a plain name: no '/', no leading '.',
 * not a date); its date part in *date when not NULL. */
bool arc_key_valid(const char *key, const char **date);

/* The date folders of `dir`, sorted, appended to `out`: -1 with "cannot
 * open folder 'DIR': …" in `err` (errno kept) when `dir` cannot be read. */
int arc_date_folders(prr_paths *out, const char *dir, prr_buf *err);

/* Every regular file under root/sub (see archive.c): `archived` also
 * lists dot-entries and refuses symbolic links. */
int arc_walk(const char *root, const char *sub, prr_paths *out, prr_buf *err,
	     int depth, bool archived);
/* Reads root/f->rel into f->data and sums it. */
int arc_file_read(afile *f, const char *root, prr_buf *err);
/* The files of an archived folder (its MANIFEST aside), summed, sorted. */
int arc_read_archived(afiles *out, const char *dir, bool keep_data,
		      prr_buf *err);

/* "<hex>  <path>\n" per file: what MANIFEST holds. */
void arc_manifest_text(prr_buf *out, const afiles *files);
/* Parses the MANIFEST at `path` into `out` (sorted); malformed lines and
 * paths listed twice are errors in `d`.  Returns 0, -1 (problems in d). */
int arc_read_manifest(afiles *out, const char *path, prr_diags *d);

/* Writes `n` bytes to `path` (atomically) unless it already holds them. */
int arc_write_if_changed(const char *path, const char *data, size_t n,
			 prr_buf *err);

/*** What is archived (archive_set.c) ***/

/* One review to archive: its key, its files (bytes in memory) and the
 * entries of its pages.json. */
typedef struct arc_unit {
	char *key;
	afiles files;
	prr_names paths; /* files' paths (exact), borrowed */
	prr_pagelist pages;
} arc_unit;

/* Adds a copy of `n` bytes as `rel`, unless the unit has that path. */
void arc_unit_add(arc_unit *u, const char *rel, const void *data, size_t n);

struct prr_archive_set {
	arc_unit *v;
	size_t n, cap;
	prr_names keys; /* key -> index (exact), borrowed */
};

/*** The archive's own state (archive_manifest.c) ***/

/*
 * What DIR holds at its top: `units` (keys, sorted) and `top`, one entry
 * per file DIR/MANIFEST covers as it is now (".prr-archive",
 * "index.html", "KEY/MANIFEST" for each unit whose MANIFEST exists), each
 * summed; `listed`, DIR/MANIFEST as written (has_listed: it exists).
 */
typedef struct arc_state {
	prr_paths units;
	afiles top;
	afiles listed;
	bool has_listed;
	int version; /* of the marker: 1, 2 …; 0 none */
} arc_state;

/*
 * Reads DIR's state; entries that are not part of an archive (a file or
 * folder of another name, a .htaccess) are errors in `d`, leftovers of
 * killed runs warnings.  Returns 0, or -1 when DIR cannot be read.
 */
int arc_state_read(arc_state *s, const char *dir, prr_diags *d);
/* Compares s->top with s->listed: every unit missing, added or whose
 * MANIFEST changed since DIR/MANIFEST was written is an error in `d`
 * (with index.html and the marker unless `units_only`).  Returns the
 * number of problems. */
size_t arc_state_compare(const arc_state *s, const char *dir,
			 bool units_only, prr_archive_check *c, prr_diags *d);
void arc_state_free(arc_state *s);
/* Checks DIR/KEY against its MANIFEST; 0 clean, -1 problems in `d`. */
int arc_verify_unit(prr_archive_check *c, const char *dir, prr_diags *d);

/*** DIR/index.html, the marker and DIR/MANIFEST (archive_index.c) ***/

/* The marker's current version, which promises a DIR/MANIFEST. */
#define ARC_MARKER_VERSION 2

/*
 * Writes the marker (when it differs), DIR/index.html from the template
 * "archive-index.html" for the sorted `units`, and DIR/MANIFEST from
 * `top` (updated with the sums of what was written); each file only when
 * its content changes.
 */
int arc_write_index(const char *dir, const prr_paths *units, afiles *top,
		    const prr_tpl_store *store, prr_buf *err);
/*
 * 0 when archived review KEY of DIR can be listed in DIR/index.html: its
 * pages.json reads, parses and names its review page, or it has none and
 * its MANIFEST lists none (a date an older prr archived).  Else -1 with
 * "DIR/KEY/pages.json: what is wrong (…)" appended to `err`.
 */
int arc_check_pages(const char *dir, const char *key, prr_buf *err);
/* Writes DIR/MANIFEST for `top` (sorted) when its content changes. */
int arc_write_top(const char *dir, const afiles *top, prr_buf *err);

#endif
