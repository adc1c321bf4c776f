/* sort.c - a stable sort (merge sort); see sort.h. */
#include "prr/sort.h"

#include "prr/buf.h"

#include <stdlib.h>
#include <string.h>

/* Sorts a[0..n) with tmp (as large) as scratch. */
static void merge_sort(char *a, char *tmp, size_t n, size_t size,
		       int (*cmp)(const void *, const void *))
{
	if (n < 2)
		return;
	size_t half = n / 2;
	merge_sort(a, tmp, half, size, cmp);
	merge_sort(a + half * size, tmp, n - half, size, cmp);
	size_t i = 0, j = half, k = 0;
	while (i < half && j < n) {
		/* the left one on a tie: that is what keeps ties in order */
		size_t from = cmp(a + j * size, a + i * size) < 0 ? j++ : i++;
		memcpy(tmp + k++ * size, a + from * size, size);
	}
	memcpy(tmp + k * size, a + i * size, (half - i) * size);
	k += half - i;
	memcpy(tmp + k * size, a + j * size, (n - j) * size);
	memcpy(a, tmp, n * size);
}

void prr_sort_stable(void *base, size_t n, size_t size,
		     int (*cmp)(const void *, const void *))
{
	if (n < 2)
		return;
	char *tmp = prr_xcalloc(n, size);
	merge_sort(base, tmp, n, size, cmp);
	free(tmp);
}
