/* import_severity.c - the severity a review states in a cell, a field or
 * the headings over a finding, and whether a heading is one of risks by
 * their level; see import_int.h. */
#include "import_int.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A Severity cell's or field's value, in any language rec_item reads
 * ("Alta", "Hoch", "高", "🔴"): it names nothing else. */
prr_severity imp_severity_value(const char *s, size_t n)
{
	prr_severity sev = prr_severity_from_text(s, n);
	bool blocking;
	return sev != PRR_SEV_UNKNOWN ? sev : prr_rec_severity(s, n, &blocking);
}

prr_severity imp_severity_cell(const char *cell)
{
	/* Chinese "一般" (ordinary) is medium, as a cell of its own only;
	 * a tracker's "S2" or "sev/S2" as Sev-2; Linear's top priority
	 * "Urgent" critical (as Jira's "Highest") */
	prr_severity s = imp_severity_value(cell, strlen(cell));
	if (!s)
		s = imp_severity_label(cell);
	if (!s && strcasecmp(cell, "urgent") == 0)
		return PRR_SEV_CRITICAL;
	return !s && strcmp(cell, "\xE4\xB8\x80\xE8\x88\xAC") == 0 ? PRR_SEV_MEDIUM : s;
}

/* Whether a heading names two levels side by side, "Remaining (P1/P2)",
 * "Hardening (Medium/Low)": what is under it is of either. */
static bool two_levels(const char *t, size_t n)
{
	for (const char *sl = memchr(t, '/', n); sl; sl = memchr(sl + 1, '/', (size_t)(t + n - sl - 1))) {
		const char *a = sl, *e = sl + 1;
		while (a > t && isalnum((unsigned char)a[-1]))
			a--;
		while (e < t + n && isalnum((unsigned char)*e))
			e++;
		if (a < sl && e > sl + 1 &&
		    prr_severity_from_text(a, (size_t)(sl - a)) != PRR_SEV_UNKNOWN &&
		    prr_severity_from_text(sl + 1, (size_t)(e - sl - 1)) != PRR_SEV_UNKNOWN)
			return true;
	}
	return false;
}

prr_severity imp_heading_severity(imp *im)
{
	for (int k = im->n_hs - 1; k >= 0; k--) {
		const char *t = im->hs[k].title;
		if (two_levels(t, strlen(t)))
			return PRR_SEV_UNKNOWN;
		prr_severity s = prr_severity_from_text(t, strlen(t));
		/* in the other languages, by a word ("### Середні", "###
		 * Høj"), not by a colour ("## 🚨 Risk mitigation") */
		size_t n = strlen(t), i = 0;
		while (i < n && !rec_word_after(t, n, i))
			i++;
		if (s == PRR_SEV_UNKNOWN)
			s = prr_rec_severity_said(t + i, n - i, NULL);
		if (s != PRR_SEV_UNKNOWN)
			return s;
	}
	return PRR_SEV_UNKNOWN;
}

bool imp_risk_heading(imp *im)
{
	const char *t = imp_nearest_title(im);
	return imp_contains_ci(t, "risk") &&
	       prr_severity_from_text(t, strlen(t)) != PRR_SEV_UNKNOWN;
}
