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

/* Inputs larger than this are refused (review documents are kilobytes). */
#define PRR_MAX_INPUT ((size_t)64 << 20)

/*
 * Reads all of `path` into `out` (NUL-terminated).  Returns 0, or -1 with a
 * message ("cannot read: Permission denied", "is a directory", "file too
 * large (100.0 MiB; the limit is 64 MiB)") in `err`.
 */
int prr_read_file(const char *path, size_t limit, prr_buf *out, prr_buf *err);

/*
 * Writes `n` bytes to `path` atomically: `path.tmp.PID`, fsync, rename.
 * Returns 0, or -1 with a message in `err`; on failure `path` is untouched.
 */
int prr_write_file_atomic(const char *path, const void *data, size_t n,
			  prr_buf *err);

/* 1 if `path` is a directory, 0 if it is something else, -1 if missing. */
int prr_is_dir(const char *path);

/* A list of paths (owned strings). */
typedef struct prr_paths {
	char **v;
	size_t n, cap;
} prr_paths;

void prr_paths_add(prr_paths *l, const char *path);
void prr_paths_sort(prr_paths *l);
void prr_paths_free(prr_paths *l);

/*
 * Lists the files under `dir` (recursively, skipping dot-entries such as
 * .git and .prr-cache) whose names end in one of the NULL-terminated
 * `suffixes`; sorted by path so every run sees the same order.  Returns 0 or
 * -1 with a message in `err`.
 */
int prr_walk(const char *dir, const char *const *suffixes, prr_paths *out,
	     prr_buf *err);

/* The path with `name` joined to `dir` with one '/'. */
char *prr_path_join(const char *dir, const char *name);
/* 1 if `s` ends with `suffix`. */
int prr_ends_with(const char *s, const char *suffix);

#endif
