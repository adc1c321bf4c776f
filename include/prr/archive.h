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
 *     DIR/MANIFEST                            sha256 of each date's MANIFEST,
 *                                             index.html and .prr-archive
 *
 * The layout a site must have (coordinated with gen/site.c):
 *
 *     SITE/reviews/DATE/            a review's pages (index.html, report.md …)
 *     SITE/SLUG/reviews/DATE/       the same in a site of several projects
 *     SITE/<anything else>          pages and assets the review pages refer to
 *                                   with RELATIVE hrefs ("../../assets/site.css")
 *
 * A review is named by its key: "DATE" in a site of one project, archived
 * as DIR/DATE; "SLUG/DATE" in a site of several, archived as
 * DIR/SLUG/DATE (a copy of the site's root restricted to SITE/SLUG/reviews/
 * DATE, as below).  Everything below said of a date holds for a key.
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
 * DIR/MANIFEST covers the archive itself, in the same format: one line per
 * date ("<sum of DIR/KEY/MANIFEST>  KEY/MANIFEST"), one for index.html and
 * one for .prr-archive, so `cd DIR && sha256sum -c MANIFEST` checks it and
 * verify-archive notices a date deleted, a date added (even with a
 * MANIFEST of its own) and an edited index.html.  prr archive rewrites it
 * after each date it writes, and refuses to write into an archive whose
 * dates no longer agree with it ("changed since prr last wrote it"), so
 * a forged date is never taken in.  An archive of an older prr (no
 * DIR/MANIFEST, marker "prr archive 1") is adopted by the next prr
 * archive when each of its dates checks clean against its own MANIFEST
 * (stats.adopted); until then verify-archive warns that the set of dates
 * is not covered.  Marker "prr archive 2" promises DIR/MANIFEST: without
 * it verify-archive fails.
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
	size_t adopted;   /* dates of an archive without DIR/MANIFEST (an
			   * older prr's) taken in after checking clean */
	bool system;      /* the failure (if any) was I/O, not the input:
			   * exit 3 rather than 1 */
} prr_archive_stats;

/*
 * A run of prr archive in two steps, so a build can decide before it puts
 * its site in place: prr_archive_prepare reads and sums what each key
 * `keys[0..n)` of `site_dir` puts in `archive_dir` and decides every
 * refusal (the same as prr_archive_site's) without writing anything but
 * the removal of killed runs' leftovers; prr_archive_commit then writes
 * from memory (`site_dir` may be gone by then) and frees the plan.  Both
 * return 0 or -1 with a message in `err`; prepare sets *out only on
 * success (free an unused one with prr_archive_plan_free).
 */
typedef struct prr_archive_plan prr_archive_plan;
int prr_archive_prepare(prr_archive_plan **out, prr_archive_stats *stats,
			const char *site_dir, const char *const *keys,
			size_t n, const char *archive_dir, bool force,
			prr_buf *err);
int prr_archive_commit(prr_archive_plan *p, prr_archive_stats *stats,
		       const prr_tpl_store *templates, prr_buf *err);
void prr_archive_plan_free(prr_archive_plan *p);

/*
 * Archives the reviews `dates[0..n)` (keys: "YYYY-MM-DD" with a folder
 * SITE/reviews/DATE, or "SLUG/YYYY-MM-DD" with SITE/SLUG/reviews/DATE) of the built site `site_dir` into
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
 * The reviews of a built site, as keys: the YYYY-MM-DD folders of
 * SITE/reviews/ ("DATE"), then those of each SITE/SLUG/reviews/
 * ("SLUG/DATE"), sorted.  Returns 0, or -1 with a message in `err`
 * ("cannot open folder 'SITE/reviews': …" when there is neither).  Free
 * the list with prr_paths_free (fsutil.h).
 */
int prr_archive_site_reviews(prr_paths *out, const char *site_dir,
			     prr_buf *err);

/* What prr_archive_verify found. */
typedef struct prr_archive_check {
	size_t dates;    /* date folders looked at */
	size_t bad;      /* of which with at least one problem */
	size_t files;    /* files checked */
	size_t changed, missing, added;
} prr_archive_check;

/*
 * Checks `archive_dir` against DIR/MANIFEST and every date folder against
 * its MANIFEST.  Each problem is an error in `d`:
 *
 *     DIR/DATE: missing (listed in the archive's MANIFEST, line N)
 *     DIR/DATE: added since it was archived (not in the archive's MANIFEST)
 *     DIR/DATE/MANIFEST: changed since it was archived (the archive's
 *         MANIFEST, line N); the same for DIR/index.html
 *     DIR/NAME: added since it was archived (not part of a prr archive)
 *     DIR/MANIFEST: missing (when .prr-archive promises it; a warning
 *         for an older prr's archive)
 *     DIR/DATE/PATH: changed since it was archived (MANIFEST line N)
 *     DIR/DATE/PATH: missing (listed in MANIFEST line N)
 *     DIR/DATE/PATH: added since it was archived (not in MANIFEST)
 *     DIR/DATE/MANIFEST:N: malformed line (expected "SHA256  PATH") …
 *     DIR/DATE/MANIFEST: missing
 *
 * A folder of DIR not named as a date holds a project's dates (SLUG/DATE).
 * Leftovers of killed runs (.DATE.tmp-PID) are warnings.  Returns 0 when every date checked clean, -1 when any problem
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
