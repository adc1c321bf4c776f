/* import_table_rounds.c - a table's columns that keep a series of
 * reviews by their number ("Workstream | Round 1 | Round 2 | Notes"):
 * the last is each row's status now, the others a record of then. */
#include "import_int.h"

#include <string.h>

/* Two or more columns of marks headed by one word of a series of
 * reviews and rising numbers ("Round 1 | Round 2", "Review #1 | Review
 * #2", "Pass 1 | Pass 2"; imp_numbered_round): the last in *now.  Parts
 * by number ("Pod 1 | Pod 2") are none of these. */
bool imp_table_rounds(const imp *im, const table *t, int *now)
{
	int word = -1, last = 0, count = 0, at = -1;
	for (size_t k = 1; k < t->cols; k++) {
		int w, num = imp_numbered_round(t->head[k], strlen(t->head[k]), &w);
		if (!num || !imp_table_marked_column(im, t, k))
			continue;
		if ((word >= 0 && w != word) || num <= last)
			return false;
		word = w;
		last = num;
		at = (int)k;
		count++;
	}
	if (count < 2)
		return false;
	*now = at;
	return true;
}
