/*
 * sort.h - a stable sort.
 *
 * qsort may reorder elements that compare equal (glibc's keeps them only
 * while its merge buffer fits in memory, musl's never does), so a list
 * whose ties must stay in the order they came in is sorted here.
 */
#ifndef PRR_SORT_H
#define PRR_SORT_H

#include <stddef.h>

/* Sorts the `n` elements of `size` bytes at `base` by `cmp`, as qsort
 * does, but elements that compare equal keep their order.  Allocates a
 * scratch copy of the array (dies when out of memory, as prr_xcalloc). */
void prr_sort_stable(void *base, size_t n, size_t size,
		     int (*cmp)(const void *, const void *));

#endif
