/* import_table_status.c - which of a table's status columns states each
 * row's status: the one found beside the one claimed ("Claimed Status |
 * Actual Status"), a readiness answered beside a status in words ("Status
 * | Production Ready?"). */
#include "import_int.h"

#include <string.h>

/* A header of what was claimed or reported, not found: "Claimed Status",
 * "Reported status", "Status (self-reported)". */
static bool claimed_head(const char *h)
{
	static const char *const words[] = { "claimed", "reported", "stated",
		"declared", "advertised", NULL };
	return imp_has_word_of(h, words);
}

/* A header of what was found: "Actual Status", "Verified status". */
static bool found_head(const char *h)
{
	static const char *const words[] = { "actual", "verified", "observed",
		"confirmed", "real", "true", NULL };
	return imp_has_word_of(h, words);
}

/* A header that asks whether the row is ready: "Production Ready?",
 * "Ready?", "Prod ready". */
static bool readiness_head(const char *h)
{
	static const char *const words[] = { "ready", NULL };
	return imp_has_word_of(h, words);
}

void imp_table_status_columns(const imp *im, table *t)
{
	/* "Agent | Claimed Status | **Actual Status** | Implementation": the
	 * status claimed is what others said, the row's is the one found
	 * ("❌ 0% complete" beside a claimed "Complete" is a fail) */
	int claimed = -1, found = -1;
	for (size_t k = 0; k < t->cols; k++) {
		const char *h = t->head[k];
		if (claimed < 0 && claimed_head(h) && !found_head(h) &&
		    (t->roles[k] == PRR_COL_STATUS || t->roles[k] == PRR_COL_OTHER))
			claimed = (int)k;
		else if (found < 0 && found_head(h) && !claimed_head(h) &&
			 (t->roles[k] == PRR_COL_STATUS || t->roles[k] == PRR_COL_ACTUAL) &&
			 imp_table_marked_column(im, t, k))
			found = (int)k;
	}
	if (claimed >= 0 && found >= 0) {
		t->roles[claimed] = PRR_COL_OTHER; /* kept in the row's note */
		t->roles[found] = PRR_COL_STATUS;
		return;
	}
	/* "Component | Quality | Status | Production Ready?" of "Logs Only"
	 * beside "❌ No": the readiness answered is the row's status, the
	 * status in words before it a remark (of two status columns the
	 * last is the verdict) */
	int words = -1;
	for (size_t k = 0; k < t->cols; k++) {
		if (t->roles[k] != PRR_COL_STATUS)
			continue;
		if (words >= 0 && readiness_head(t->head[k]) &&
		    imp_table_marked_column(im, t, k)) {
			t->roles[words] = PRR_COL_OTHER;
			return;
		}
		if (words < 0 && !readiness_head(t->head[k]))
			words = (int)k;
	}
}

bool imp_table_status_aside(const table *t, size_t k)
{
	const char *h = t->head[k];
	int st = imp_col_of(t, PRR_COL_STATUS);
	return t->roles[k] == PRR_COL_OTHER && st >= 0 && st != (int)k &&
	       (prr_rec_column(h, strlen(h)) == PRR_COL_STATUS || claimed_head(h));
}
