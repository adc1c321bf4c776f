/*
 * glob.h - path globs as prr.json components and evidence paths use them.
 *
 *   *    any run of characters except '/'
 *   **   any run of characters, '/' included: "src/" followed by ** is
 *        everything under src; a ** followed by '/' may match no folder
 *        at all (so "src/" ** "/x.c" matches "src/x.c" too)
 *   ?    one character except '/'
 *   [..] one of a set ("[a-c]", "[!x]"); \ quotes the next character
 *
 * Matching is bounded (a pathological pattern gives "no match", never a
 * long stall).
 */
#ifndef PRR_GLOB_H
#define PRR_GLOB_H

#include <stdbool.h>

/* true if `path` matches `pattern` as a whole. */
bool prr_glob_match(const char *pattern, const char *path);
/* true if `s` holds a glob character (* ? [). */
bool prr_glob_has_magic(const char *s);

#endif
