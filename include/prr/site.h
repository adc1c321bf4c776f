/*
 * site.h - writing a whole site folder atomically.
 *
 * A build writes every file into TARGET.prr-tmp-TOKEN beside the target
 * (TOKEN: 16 hex digits this build made), then puts it in place:
 *
 *   - where the system can swap two names in one step (Linux
 *     renameat2(RENAME_EXCHANGE)), the new folder and the old site trade
 *     names, so readers see either the old site or the new one, never
 *     nothing;
 *   - elsewhere the old site is renamed to TARGET.prr-old-TOKEN, the new
 *     folder to TARGET, then the old one removed: for the very short time
 *     between those two renames TARGET does not exist.
 *
 * From its first write to its last, the build holds TARGET.prr-lock-TOKEN
 * locked (fcntl; a process killed holds no lock).  A build that fails or
 * is killed (even with kill -9) leaves the previous site as it was; its
 * folders and lock file stay behind and the next build removes them (or,
 * when a kill fell between the two renames above, puts the old site back
 * as TARGET first) -- but only the folders of a token whose lock file
 * exists and is no longer held: anything else beside TARGET (a user's
 * site.old-2023) is never touched.
 *
 * Every site holds PRR_SITE_MARKER (fsutil.h), a file naming prr and the
 * site format.  An existing TARGET is replaced only when it is empty or
 * holds that marker: `prr build -o ~` must not delete a home folder, nor
 * `-o docs` a folder of the user's that happens to hold an index.html.
 */
#ifndef PRR_SITE_H
#define PRR_SITE_H

#include <stddef.h>
#include <stdio.h>

#include "prr/buf.h"
#include "prr/fsutil.h"

/* The content of PRR_SITE_MARKER: the tool and the site format's version. */
#define PRR_SITE_MARKER_TEXT "prr site 1\nThis folder is a site written by " \
	"prr build; the next build replaces it whole.\n"

typedef struct prr_site {
	char *target;  /* the site folder (owned) */
	char *tmp;     /* TARGET.prr-tmp-TOKEN while building (owned), or NULL */
	size_t files;  /* files written so far */
	size_t bytes;
	long delay_ms; /* tests: sleep this long after each file (0: none) */
	char *made;    /* the folder of the last file written (owned), or NULL */
	int made_fd;   /* that folder, open (valid while `made` is not NULL) */
	char *lock;    /* TARGET.prr-lock-TOKEN, held (owned), or NULL */
	int lock_fd;   /* it, open and locked (valid while `lock` is not NULL) */
	char *parents; /* the topmost missing folder above target that this
			* build made (owned), or NULL; those it made are
			* removed again when the build ends with them empty */
} prr_site;

/*
 * Removes the leftovers of killed builds, checks that `target` may be
 * replaced, creates the folders above it that are missing (as mkdir -p)
 * and the temporary folder.  Returns 0, or -1 with a message in `err`
 * (nothing created).
 */
int prr_site_begin(prr_site *s, const char *target, prr_buf *err);

/*
 * Writes `n` bytes as `rel` ("reviews/2026-03-02/index.html") inside the
 * temporary folder, creating folders on the way.  `rel` must be relative
 * and free of "." and ".." parts.  Returns 0 or -1 with a message.
 */
int prr_site_write(prr_site *s, const char *rel, const void *data, size_t n,
		   prr_buf *err);

/* Writes prr's assets (assets/style.css, assets/sort.js: compiled in,
 * embed.h) into the site, as every page's layout links them.  Returns 0
 * or -1 with a message. */
int prr_site_write_assets(prr_site *s, prr_buf *err);

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
