/* import_table_forms.c - tables under a heading that says what they are
 * besides a scorecard: a sign-off's form ("## 9. Final Sign-Off" over
 * "| Area | Owner | Status |" of "☐ Approved"), approvals to come, and the
 * launch's stages under the review's overall readiness ("## Overall
 * Readiness" over "| Gate | Status |" of "| Production deployment |
 * **FAIL** |"), the document's verdict. */
#include "import_int.h"

#include <string.h>
#include <strings.h>

/* The nearest heading's words ("9. Final Sign-Off", "🚦 Overall
 * readiness"), as imp_heading_words gives them. */
static const char *heading_words(imp *im, size_t *n)
{
	const char *h = imp_nearest_title(im);
	*n = strlen(h);
	return imp_heading_words(h, n);
}

bool imp_table_signoff_form(imp *im, const table *t)
{
	/* its last words: "Final Sign-Off", "Release approvals" */
	static const char *const ends[] = { "sign-off", "sign-offs", "signoff",
		"signoffs", "sign off", "approval", "approvals", NULL };
	size_t n;
	const char *h = heading_words(im, &n);
	if (imp_col_of(t, PRR_COL_STATUS) < 0)
		return false;
	for (int i = 0; ends[i]; i++) {
		size_t k = strlen(ends[i]);
		if (k <= n && strncasecmp(h + n - k, ends[i], k) == 0 &&
		    (k == n || h[n - k - 1] == ' '))
			return true;
	}
	return false;
}

/* "Production deployment", "Production", "GA": the row of the launch
 * itself among its stages ("Shadow mode entry", "Canary"). */
static bool production_row(const char *c)
{
	static const char *const words[] = { "production", "prod", "ga", NULL };
	return imp_starts_with_word(c, strlen(c), words);
}

bool imp_table_stage_verdicts(imp *im, const table *t)
{
	static const char *const stages[] = { "gate", "gates", "stage",
		"stages", "phase", "milestone", "environment", NULL };
	size_t n;
	const char *h = heading_words(im, &n);
	int st = imp_col_of(t, PRR_COL_STATUS);
	if (st < 1 || !imp_starts_with_ci(h, n, "overall ") ||
	    !imp_contains_ci_n(h, n, "readiness") ||
	    !imp_is_one_of(t->head[0], strlen(t->head[0]), stages))
		return false;
	for (size_t r = 0; r < t->rows; r++)
		if (production_row(t->cell[r][0]) && *t->cell[r][st]) {
			/* its status is the document's, as an Overall
			 * row's is (any verdict stated outranks it) */
			imp_head_total_row(im, "overall", t->cell[r][st], t->line[r]);
			return true;
		}
	return false;
}
