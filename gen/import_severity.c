/* import_severity.c - the severity a review states in a cell, a field or
 * the headings over a finding, and whether a heading is one of risks by
 * their level; a numbered heading that names a group of findings by
 * their severity; see import_int.h. */
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

/* (import_int.h) A numbered heading that names a group of findings by their severity
 * and plural, a "(…)" after it ("1. Critical Issues (P0)", "2. Major
 * Issues"; not "3. Critical bug in login"): their kind, or 0. */
int imp_numbered_group(const char *t, size_t n)
{
	static const char *const plurals[] = { "issues", "findings", "bugs",
		"problems", "blockers", "risks", "defects", "gaps", NULL };
	if (n && t[n - 1] == ')') {
		const char *open = memchr(t, '(', n);
		if (open)
			n = (size_t)(open - t);
	}
	while (n && t[n - 1] == ' ')
		n--;
	size_t words = 0, last = 0;
	for (size_t i = 0; i < n; i++) {
		if (!isalpha((unsigned char)t[i]) && t[i] != ' ')
			return 0;
		if (t[i] != ' ' && (i == 0 || t[i - 1] == ' '))
			words++, last = i;
	}
	bool blocking;
	if (!words || words > 3 || !imp_is_one_of(t + last, n - last, plurals) ||
	    prr_rec_severity(t, last, &blocking) == PRR_SEV_UNKNOWN)
		return 0; /* ("5. Findings" may number one of them below) */
	return prr_rec_finding_heading(t, n);
}
