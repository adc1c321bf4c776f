/*
 * site.h - writing a whole site folder atomically.
 *
 * A build writes every file into TARGET.tmp-PID beside the target, then
 * puts it in place:
 *
 *   - where the system can swap two names in one step (Linux
 *     renameat2(RENAME_EXCHANGE)), the new folder and the old site trade
 *     names, so readers see either the old site or the new one, never
 *     nothing;
 *   - elsewhere the old site is renamed to TARGET.old-PID, the new folder
 *     to TARGET, then the old one removed: for the very short time between
 *     those two renames TARGET does not exist.
 *
 * A build that fails or is killed (even with kill -9) leaves the previous
 * site as it was; its TARGET.tmp-PID (or TARGET.old-PID) stays behind and
 * the next build removes it (or, when a kill fell between the two renames
 * above, puts TARGET.old-PID back as TARGET first).  Leftovers of a build
 * whose process still runs are left alone.
 *
 * An existing TARGET is replaced only when it is empty or looks like a prr
 * site (holds index.html and data.json): `prr build -o ~` must not delete
 * a home folder.
 */
#ifndef PRR_SITE_H
#define PRR_SITE_H

#include <stddef.h>
#include <stdio.h>

#include "prr/buf.h"

typedef struct prr_site {
	char *target;  /* the site folder (owned) */
	char *tmp;     /* TARGET.tmp-PID while building (owned), or NULL */
	size_t files;  /* files written so far */
	size_t bytes;
	long delay_ms; /* tests: sleep this long after each file (0: none) */
	char *made;    /* the folder of the last file written (owned), or NULL */
	int made_fd;   /* that folder, open (valid while `made` is not NULL) */
} prr_site;

/*
 * Removes the leftovers of killed builds, checks that `target` may be
 * replaced and creates the temporary folder.  Returns 0, or -1 with a
 * message in `err` (nothing created).
 */
int prr_site_begin(prr_site *s, const char *target, prr_buf *err);

/*
 * Writes `n` bytes as `rel` ("reviews/2026-03-02/index.html") inside the
 * temporary folder, creating folders on the way.  `rel` must be relative
 * and free of "." and ".." parts.  Returns 0 or -1 with a message.
 */
int prr_site_write(prr_site *s, const char *rel, const void *data, size_t n,
		   prr_buf *err);

/*
 * The same as a stream, for output written piece by piece (data.json):
 * prr_site_open returns `rel` opened for writing (folders made), or NULL
 * with a message; prr_site_close closes it and counts it, returning 0, or
 * -1 with a message when a write or the close failed.
 */
FILE *prr_site_open(prr_site *s, const char *rel, prr_buf *err);
int prr_site_close(prr_site *s, FILE *f, const char *rel, prr_buf *err);

/*
 * A second writer into the same temporary folder, for another thread:
 * `child` writes under parent's folder with its own counters; join adds
 * them to `parent` and frees what the child holds.  Two writers must not
 * write the same path.
 */
void prr_site_fork(prr_site *child, const prr_site *parent);
void prr_site_join(prr_site *parent, prr_site *child);

/* Puts the new site in place (see above) and frees `s`.  Returns 0, or -1
 * with a message (the old site is then still in place). */
int prr_site_commit(prr_site *s, prr_buf *err);

/* Removes the temporary folder and frees `s`; the old site is untouched. */
void prr_site_abort(prr_site *s);

/* Removes `path` and everything under it, never following symbolic links.
 * Returns 0 (also when `path` does not exist) or -1 with a message. */
int prr_rmtree(const char *path, prr_buf *err);

#endif
