/*
 * fsutil.h - reading inputs and writing outputs safely.
 *
 * Inputs are read whole, with a size limit, so a 100 MB file or a device
 * gets a message instead of a long stall.  Outputs are written to a
 * temporary name beside the target and renamed into place, so nothing
 * already written is ever lost to a failed or interrupted run.
 */
#ifndef PRR_FSUTIL_H
#define PRR_FSUTIL_H

#include <stddef.h>

#include "prr/buf.h"
#include "prr/paths.h"

/* Inputs larger than this are refused (review documents are kilobytes). */
#define PRR_MAX_INPUT ((size_t)64 << 20)

/*
 * Reads all of `path` into `out` (NUL-terminated).  Only a regular file is
 * read: it is opened non-blocking and checked with fstat before any read,
 * so a FIFO, socket or device is refused at once instead of hanging.  This
 * is the one function through which prr reads a file.  Returns 0, or -1
 * with a message ("cannot open: Permission denied", "is a directory", "is
 * a FIFO; prr reads regular files only", "file too large (100.0 MiB; the
 * limit is 64 MiB)") in `err`.
 */
int prr_read_file(const char *path, size_t limit, prr_buf *out, prr_buf *err);

/* Reads up to `n` first bytes of regular file `path` into `buf`; returns
 * how many (0 when it cannot be read). */
size_t prr_read_head(const char *path, char *buf, size_t n);

/* 1 if `a` and `b` name the same existing file (device and inode). */
int prr_same_file(const char *a, const char *b);

/* Writes all `n` bytes of `data` to `fd`, again where a signal cut a
 * write short.  Returns 0, or -1 with errno (EIO when nothing could be
 * written). */
int prr_write_all(int fd, const void *data, size_t n);

/*
 * Writes `n` bytes to `path` atomically: `path.tmp.PID`, fsync, rename.
 * Returns 0, or -1 with a message in `err`; on failure `path` is untouched.
 */
int prr_write_file_atomic(const char *path, const void *data, size_t n,
			  prr_buf *err);

/* 1 if `path` is a directory, 0 if it is something else, -1 if missing. */
int prr_is_dir(const char *path);


/*
 * The files prr writes in a folder of its output to mark it as its own:
 * a site (`prr build`) holds PRR_SITE_MARKER, an archive PRR_ARCHIVE_MARKER.
 * prr replaces a folder only when it holds its marker, and never reads a
 * marked folder as input.  prr_own_markers lists them (NULL-terminated).
 */
#define PRR_SITE_MARKER ".prr-site"
#define PRR_ARCHIVE_MARKER ".prr-archive"
extern const char *const prr_own_markers[];
/* 1 if folder `dir` is missing, empty, or holds the regular file `marker`
 * beginning with `text`: a folder prr may replace or write into. */
int prr_dir_owned(const char *dir, const char *marker, const char *text);

/*
 * Lists the files under `dir` (recursively, skipping dot-entries such as
 * .git and .prr-cache) whose names end in one of the NULL-terminated
 * `suffixes`; sorted by path so every run sees the same order.  Links are
 * followed, but every folder is walked once and every file listed once
 * (by device and inode: a loop such as `self -> .` ends, a second name of
 * a file is left out), and sub-folders holding one of prr_own_markers are
 * skipped.  A symbolic link that resolves outside `dir` is not followed
 * but added to `outside` (when not NULL), unless `flags` has
 * PRR_WALK_ALLOW_OUTSIDE.  Returns 0 or -1 with a message in `err`.
 */
#define PRR_WALK_ALLOW_OUTSIDE 1u
int prr_walk_ex(const char *dir, const char *const *suffixes, unsigned flags,
		prr_paths *out, prr_paths *outside, prr_buf *err);
/* prr_walk_ex allowing links outside `dir`. */
int prr_walk(const char *dir, const char *const *suffixes, prr_paths *out,
	     prr_buf *err);

/* The path with `name` joined to `dir` with one '/'. */
char *prr_path_join(const char *dir, const char *name);
/* 1 if `s` ends with `suffix`. */
int prr_ends_with(const char *s, const char *suffix);

#endif
