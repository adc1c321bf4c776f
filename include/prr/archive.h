/*
 * archive.h - a frozen copy of each review's pages, one folder per review
 * date, with a manifest of SHA-256 sums; and the check that nothing in it
 * changed since.
 *
 * What `prr build --archive DIR` (and `prr archive SITE DIR`) writes:
 *
 *     DIR/index.html                         every archived review, newest first
 *     DIR/2026-03-02/MANIFEST                 sha256 of every file below
 *     DIR/2026-03-02/reviews/2026-03-02/…     SITE/reviews/2026-03-02/, copied whole
 *     DIR/2026-03-02/assets/…                 the site files those pages use
 *
 * The layout a site must have (coordinated with gen/site.c):
 *
 *     SITE/reviews/DATE/            a review's pages (index.html, report.md …)
 *     SITE/<anything else>          pages and assets the review pages refer to
 *                                   with RELATIVE hrefs ("../../assets/site.css")
 *
 * An archived date is a copy of the site's root restricted to that review:
 * the folder SITE/reviews/DATE/ and every non-HTML file of the site its
 * pages reach through a relative href= or src= (and stylesheets through
 * url(…) and @import), kept at the same relative path.  Nothing is
 * rewritten, so "../../assets/site.css" from DIR/DATE/reviews/DATE/ finds
 * DIR/DATE/assets/site.css and the date works alone from file://.  HTML
 * pages outside the review's folder (the site's index, components, waves)
 * are navigation into the live site and are not copied: a review page
 * should not need them to display.  Absolute URLs (http:, mailto: …),
 * "/rooted" paths, fragments and targets that do not exist are left alone
 * (prr's link checker reports broken links in the site itself).  Files and
 * folders whose names start with "." are not part of a site.
 *
 * An archived date is never overwritten: when DIR/DATE exists, the files
 * the site would put there are compared with the files there (MANIFEST
 * aside).  Identical: nothing is written.  Different: an error naming the
 * date and the first differing path (in byte order), unless `force`.
 * Refusals are decided for every date before anything is written.
 *
 * MANIFEST, one line per file of the date's folder (MANIFEST itself
 * excluded), sorted by path in byte order, '\n' line ends:
 *
 *     <64 lowercase hex digits of SHA-256><two spaces><path relative to DIR/DATE>
 *
 * which is also what `sha256sum` prints, so `cd DIR/DATE && sha256sum -c
 * MANIFEST` checks it too.  Paths holding a newline or a backslash are
 * refused (sha256sum would escape them).
 *
 * Writes are atomic: a date is assembled in DIR/.DATE.tmp-PID and renamed
 * to DIR/DATE (with --force the old folder is first renamed aside to
 * DIR/.DATE.old-PID, then removed); DIR/index.html is written to a
 * temporary name and renamed.  The next run removes such leftovers of a
 * run that no longer runs (a .DATE.old-PID whose DATE is missing goes
 * back).  DIR holds PRR_ARCHIVE_MARKER (fsutil.h): never read as reviews.
 * Sums are OpenSSL's (EVP, SHA-256).
 *
 * Verification reads every entry of a date, dot-files included, and
 * refuses symbolic links: a .htaccess added or a file swapped for a link
 * to the same bytes is reported.
 */
#ifndef PRR_ARCHIVE_H
#define PRR_ARCHIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/buf.h"
#include "prr/diag.h"
#include "prr/fsutil.h"
#include "prr/tpl.h"

#define PRR_ARCHIVE_MANIFEST "MANIFEST"
/* Bytes of one archived file; bigger ones are an error. */
#define PRR_ARCHIVE_MAX_FILE ((size_t)64 << 20)

/* What prr_archive_site did (every field 0 before the call). */
typedef struct prr_archive_stats {
	size_t added;     /* dates archived for the first time */
	size_t unchanged; /* dates already archived with the same files */
	size_t replaced;  /* dates replaced because of `force` */
	size_t files;     /* files written in all */
	bool system;      /* the failure (if any) was I/O, not the input:
			   * exit 3 rather than 1 */
} prr_archive_stats;

/*
 * Archives the review dates `dates[0..n)` (each "YYYY-MM-DD", each with a
 * folder SITE/reviews/DATE) of the built site `site_dir` into
 * `archive_dir` (created if missing), then rewrites archive_dir/index.html
 * (when its content changes) from the template "archive-index.html",
 * looked up in `templates` (the --templates folders; NULL: only the copy
 * compiled into prr).  `stats` may be NULL.
 *
 * Returns 0, or -1 with a message in `err` (one line per problem, no
 * "prr: " prefix, no final newline): a date archived with different
 * content (when !force) — "2026-03-02 is already archived in 'DIR/2026-03-02'
 * with different content: 'reviews/2026-03-02/index.html' differs (use
 * --force to replace it)" —, an invalid date, a missing review folder, or
 * an I/O failure (then stats->system is set).  On failure no date folder
 * is left half-written.
 */
int prr_archive_site(prr_archive_stats *stats, const char *site_dir,
		     const char *const *dates, size_t n,
		     const char *archive_dir, bool force,
		     const prr_tpl_store *templates, prr_buf *err);

/*
 * The review dates of a built site: the YYYY-MM-DD folders of
 * SITE/reviews/, sorted.  Returns 0, or -1 with a message in `err`.
 * Free the list with prr_paths_free (fsutil.h).
 */
int prr_archive_site_dates(prr_paths *out, const char *site_dir, prr_buf *err);

/* What prr_archive_verify found. */
typedef struct prr_archive_check {
	size_t dates;    /* date folders looked at */
	size_t bad;      /* of which with at least one problem */
	size_t files;    /* files checked */
	size_t changed, missing, added;
} prr_archive_check;

/*
 * Checks every date folder of `archive_dir` against its MANIFEST.  Each
 * problem is an error in `d`:
 *
 *     DIR/DATE/PATH: changed since it was archived (MANIFEST line N)
 *     DIR/DATE/PATH: missing (listed in MANIFEST line N)
 *     DIR/DATE/PATH: added since it was archived (not in MANIFEST)
 *     DIR/DATE/MANIFEST:N: malformed line (expected "SHA256  PATH") …
 *     DIR/DATE/MANIFEST: missing
 *
 * Folders whose names are not dates, index.html and dot-entries are
 * ignored.  Returns 0 when every date checked clean, -1 when any problem
 * was found or `archive_dir` cannot be read (problems in `d`).
 */
int prr_archive_verify(prr_archive_check *out, const char *archive_dir,
		       prr_diags *d);

/*
 * The SHA-256 of `n` bytes as 64 lowercase hex digits into hex[65].
 * Returns 0, or -1 if libcrypto fails.
 */
int prr_archive_sha256(char hex[65], const void *data, size_t n);

#endif
