/* import_table_issues.c - an issue tracker's tables: rows keyed by issue
 * numbers ("#4398"), rated by a scoped label ("sev/S2") or on the S1 to
 * S4 scale of a severity column. */
#include "import_int.h"
#include "prr/rec_item.h"

#include <string.h>
#include <strings.h>

/* "S0" to "S4" at s[0..n) whole: a tracker's severity scale, as the
 * incident scale's Sev-0 to Sev-4 (critical to low); else unknown. */
static prr_severity s_scale(const char *s, size_t n)
{
	if (n != 2 || (s[0] != 'S' && s[0] != 's') || s[1] < '0' || s[1] > '4')
		return PRR_SEV_UNKNOWN;
	return s[1] <= '1' ? PRR_SEV_CRITICAL : (prr_severity)(PRR_SEV_HIGH + (s[1] - '2'));
}

/* Whether c ends a label: labels are apart by spaces, commas, code
 * spans. */
static bool label_end(char c)
{
	return !c || strchr(" ,;`", c);
}

prr_severity imp_severity_label(const char *c)
{
	static const char *const keys[] = { "severity", "sev", "priority", "prio", NULL };
	size_t n = strlen(c);
	for (size_t i = 0; i < n; i++) {
		if (i && !label_end(c[i - 1]))
			continue;
		size_t e = i;
		while (!label_end(c[e]))
			e++;
		/* "S2" alone, "sev/S2", "severity:high", "priority/P1" */
		prr_severity s = s_scale(c + i, e - i);
		for (int k = 0; !s && keys[k]; k++) {
			size_t kn = strlen(keys[k]);
			if (e - i > kn + 1 && strncasecmp(c + i, keys[k], kn) == 0 &&
			    (c[i + kn] == '/' || c[i + kn] == ':')) {
				const char *v = c + i + kn + 1;
				size_t vn = e - i - kn - 1;
				s = s_scale(v, vn);
				if (!s)
					s = prr_severity_from_text(v, vn);
			}
		}
		if (s)
			return s;
		i = e;
	}
	return PRR_SEV_UNKNOWN;
}

/* Whether every cell of column k is an issue's number or key alone
 * ("#4412", "EDGE-12"), and there is one at least. */
static bool issue_numbers(const table *t, size_t k)
{
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][k];
		size_t at, len;
		if (!prr_rec_finding_id(c, strlen(c), &at, &len) || at || c[len])
			return false;
	}
	return t->rows > 0;
}

void imp_table_issue_columns(table *t)
{
	static const char *const labels[] = { "labels", "label", "tags", NULL };
	/* "Issue | Title | Severity" of "#4412": the Issue column holds
	 * their numbers, the Title names them */
	int gap = imp_col_of(t, PRR_COL_GAP);
	bool titled = false;
	for (size_t k = 0; k < t->cols; k++)
		titled |= (int)k != gap && t->roles[k] == PRR_COL_OTHER;
	if (gap >= 0 && titled && imp_col_of(t, PRR_COL_ID) < 0 &&
	    issue_numbers(t, (size_t)gap))
		t->roles[gap] = PRR_COL_ID;
	/* "Labels" of "`sev/S2`": each issue's severity, where a label
	 * states one */
	if (imp_col_of(t, PRR_COL_SEVERITY) >= 0)
		return;
	for (size_t k = 0; k < t->cols; k++)
		if (t->roles[k] == PRR_COL_OTHER &&
		    imp_is_one_of(t->head[k], strlen(t->head[k]), labels))
			for (size_t r = 0; r < t->rows; r++)
				if (imp_severity_label(t->cell[r][k])) {
					t->roles[k] = PRR_COL_SEVERITY;
					return;
				}
}
