/*
 * archive.h - a frozen copy of each review's pages, one folder per review
 * date, with a manifest of SHA-256 sums; and the check that nothing in it
 * changed since.
 *
 * What `prr build --archive DIR` (and `prr archive [REVIEWS] DIR`) writes:
 *
 *     DIR/index.html                         every archived review, newest first
 *     DIR/2026-03-02/MANIFEST                 sha256 of every file below
 *     DIR/2026-03-02/reviews/2026-03-02/…     the review's pages and report.md
 *     DIR/2026-03-02/assets/…                 the site's files those pages use
 *     DIR/2026-03-02/pages.json               the list of those pages (pages.h)
 *
 *     DIR/MANIFEST                            sha256 of each date's MANIFEST,
 *                                             index.html and .prr-archive
 *
 * A review is named by its key: "DATE" in a site of one project, archived
 * as DIR/DATE; "SLUG/DATE" in a site of several (SLUG: the project's
 * folder in the site), archived as DIR/SLUG/DATE.  Everything below said
 * of a date holds for a key.
 *
 * An archived date holds the review's own pages as the view makes them
 * for the archive (view.h, prr_view_opts.archive): the same paths as in
 * the site (reviews/DATE/index.html, reviews/DATE/components/…, report.md
 * beside), the assets they use at the same relative paths, so that
 * "../../assets/style.css" from DIR/DATE/reviews/DATE/ finds
 * DIR/DATE/assets/style.css, and pages.json listing them.  Their links
 * stay inside the date, or go to the archive's DIR/index.html, or to the
 * published site when a base URL is given; without one, the site's other
 * pages (its overview, components, waves, earlier reviews) are not
 * linked: every link of an archived date resolves, from file:// too.
 * Nothing is read back from a built site, nor from HTML: DIR/index.html
 * names each archived review by its pages.json (its review page's title
 * and project); a date an older prr archived, without one, by its key.
 *
 * An archived date is never overwritten: when DIR/DATE exists, the files
 * the review would put there are compared with the files there (MANIFEST
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
#include "prr/figures.h"
#include "prr/fsutil.h"
#include "prr/pages.h"
#include "prr/tpl.h"
#include "prr/view.h"

#define PRR_ARCHIVE_MANIFEST "MANIFEST"
/* An archived date's list of its pages (pages.h). */
#define PRR_ARCHIVE_PAGES "pages.json"
/* Bytes of one archived file; bigger ones are an error. */
#define PRR_ARCHIVE_MAX_FILE ((size_t)64 << 20)

/* What prr_archive_prepare and _commit did (every field 0 before). */
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
 * What is archived: the files of each review, in memory, under its key.
 */
typedef struct prr_archive_set prr_archive_set;
prr_archive_set *prr_archive_set_new(void);
void prr_archive_set_free(prr_archive_set *s);
/*
 * Adds a copy of `n` bytes as the file `rel` ("reviews/2026-03-02/
 * index.html") of the review `key`; a path the review has already keeps
 * its first bytes.  `e`, when not NULL, is the file's entry for the
 * review's pages.json.
 */
void prr_archive_set_add(prr_archive_set *s, const char *key, const char *rel,
			 const void *data, size_t n, const prr_pages_entry *e);
/* Adds every file and entry of `from` to `to` (`from` is left as it was). */
void prr_archive_set_join(prr_archive_set *to, prr_archive_set *from);
/* The reviews in the set. */
size_t prr_archive_set_count(const prr_archive_set *s);

/*
 * The pages of each review of `f` made for the archive (vo with
 * `archive` set) and rendered through `env`, with their report.md and
 * the assets they use, into `set`: only the reviews dated one of
 * `dates[0..n_dates)` when n_dates > 0.  Returns 0, or -1 with the
 * problem in `d` (templates) or `err`.
 */
int prr_archive_collect(prr_archive_set *set, const prr_figures *f,
			const prr_view_opts *vo, prr_tpl_env *env,
			const char *const *dates, size_t n_dates, prr_diags *d,
			prr_buf *err);

/*
 * A run of prr archive in two steps, so a build can decide before it puts
 * its site in place: prr_archive_prepare sums what each review of `set`
 * (which it frees) puts in `archive_dir` and decides every refusal (an
 * archived date with different content, unless `force`; an invalid key)
 * without writing anything but the removal of killed runs' leftovers;
 * prr_archive_commit then writes the dates, DIR/index.html from the
 * template "archive-index.html" (looked up in `templates`, the
 * --templates folders; NULL: only the copy compiled into prr) and
 * DIR/MANIFEST, and frees the plan.  Both return 0, or -1 with a message
 * in `err` (one line per problem, no "prr: " prefix, no final newline):
 * "2026-03-02 is already archived in 'DIR/2026-03-02' with different
 * content: 'reviews/2026-03-02/index.html' differs (use --force to replace
 * it)"; on an I/O failure stats->system is set.  On failure no date
 * folder is left half-written.  prepare sets *out only on success (free
 * an unused plan with prr_archive_plan_free).
 */
typedef struct prr_archive_plan prr_archive_plan;
int prr_archive_prepare(prr_archive_plan **out, prr_archive_stats *stats,
			prr_archive_set *set, const char *archive_dir,
			bool force, prr_buf *err);
int prr_archive_commit(prr_archive_plan *p, prr_archive_stats *stats,
		       const prr_tpl_store *templates, prr_buf *err);
void prr_archive_plan_free(prr_archive_plan *p);

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
