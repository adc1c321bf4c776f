/* import_find_title.c - the title of a finding stated as a heading or an
 * item: past its ID, marks and severity tags ("### BUG-7: …", "❌
 * CRITICAL: No migrations", "(High) — Schedule …"). */
#include "import_int.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <string.h>

/* Past the separator after a tag: spaces, ':', '-', '—', '–' ("(low) –
 * The runbook …"). */
static const char *past_separator(const char *s)
{
	for (;;) {
		if (*s == ' ' || *s == ':' || *s == '-')
			s++;
		else if (strncmp(s, "\xE2\x80\x94", 3) == 0 ||
			 strncmp(s, "\xE2\x80\x93", 3) == 0)
			s += 3;
		else
			return s;
	}
}

/* "High — alerts missing", "Critical: no backups", "**ING-502 —
 * High.** Compaction lags", "BLOCKER — duplicate postings": past a
 * severity or blocking tag before a dash, a colon or a sentence's end,
 * or `title` as it is. */
static const char *past_tag(const char *title)
{
	size_t k = strcspn(title, ":-.\xE2");
	const char *rest = title + k;
	bool blocking = false;
	while (k && title[k - 1] == ' ')
		k--;
	if (k && k <= 12 &&
	    (prr_rec_severity(title, k, &blocking) != PRR_SEV_UNKNOWN || blocking) &&
	    (*rest == ':' || *rest == '-' || (*rest == '.' && rest[1] == ' ') ||
	     strncmp(rest, "\xE2\x80\x94", 3) == 0 ||
	     strncmp(rest, "\xE2\x80\x93", 3) == 0)) {
		rest += *rest == ':' || *rest == '-' || *rest == '.' ? 1 : 3;
		while (*rest == ' ' || *rest == '-')
			rest++;
		if (*rest)
			return rest;
	}
	return title;
}

/* Whether `t` opens with a severity tag of three words at most before a
 * colon, with a title after it: "P1 / blocking:", "P3 / non-blocking:". */
static bool severity_tag(const char *t)
{
	const char *colon = strchr(t, ':');
	if (!colon || colon - t > 24 || !colon[1] || !colon[2])
		return false;
	size_t k = (size_t)(colon - t), words = 1;
	for (size_t i = 0; i < k; i++)
		words += t[i] == ' ' && i + 1 < k && t[i + 1] != ' ';
	bool blocking;
	return words <= 3 && prr_rec_severity(t, k, &blocking) != PRR_SEV_UNKNOWN;
}

const char *imp_item_title(imp *im, const char *s, size_t n)
{
	size_t at, len;
	const char *t = s;
	if (prr_rec_finding_id(s, n, &at, &len)) {
		t = s + at + len;
		while (t < s + n && (*t == ':' || *t == ' ' || *t == '*' ||
				     *t == '-' || *t == ')' || *t == '.'))
			t++;
		if ((size_t)(s + n - t) >= 3 && memcmp(t, "\xE2\x80\x94", 3) == 0)
			t += 3; /* an em dash */
		else if ((size_t)(s + n - t) >= 2 && memcmp(t, "\xC2\xB7", 2) == 0)
			t += 2; /* a middle dot: "T-01 · Stop committing …" */
		while (t < s + n && *t == ' ')
			t++;
	}
	const char *title = imp_title_of(im, t, (size_t)(s + n - t));
	/* "❌ CRITICAL: No migrations", "⚠️ Monitoring incomplete": a mark
	 * says nothing of a finding the severity does not */
	for (;;) {
		size_t lead = prr_status_lead(title, strlen(title));
		/* and emoji of four bytes ("🚨 CRITICAL: …"), and ⬜, a box
		 * not ticked ("2. ⬜ **Ports still on 0.0.0.0**") */
		while (((unsigned char)title[lead] >= 0xF0 && title[lead + 1] &&
			title[lead + 2] && title[lead + 3]) ||
		       strncmp(title + lead, "\xE2\xAC\x9C", 3) == 0) {
			lead += (unsigned char)title[lead] >= 0xF0 ? 4 : 3;
			if (strncmp(title + lead, "\xEF\xB8\x8F", 3) == 0)
				lead += 3;
			while (title[lead] == ' ')
				lead++;
		}
		if (!lead || !title[lead])
			break;
		title += lead;
	}
	/* "[HIGH] Token in logs", "(Medium) Alert noise": the severity
	 * tag is the finding's severity, read already, not its title */
	if (*title == '[' || *title == '(') {
		const char *close = strchr(title, *title == '[' ? ']' : ')');
		bool blocking;
		size_t k = close ? (size_t)(close - title - 1) : 0;
		if (k && k <= 24 &&
		    prr_rec_severity(title + 1, k, &blocking) != PRR_SEV_UNKNOWN) {
			/* (and the dash after it: "(High) — Schedule …", and
			 * a tag after that: "(Critical, ledger-writer) —
			 * BLOCKER — duplicate postings") */
			const char *rest = past_separator(close + 1);
			if (*rest)
				title = past_tag(rest);
		}
	} else if (severity_tag(title)) {
		/* "P3 / non-blocking: HPA uses CPU only": a tag of a few words
		 * before a colon */
		title = strchr(title, ':') + 1;
		while (*title == ' ')
			title++;
	} else {
		title = past_tag(title);
	}
	/* "Feed pagination returns duplicates (P1)", "… (Low,
	 * non-blocking)": a tag at the end too */
	size_t tn = strlen(title);
	if (tn > 4 && (title[tn - 1] == ')' || title[tn - 1] == ']')) {
		const char *open = strrchr(title, title[tn - 1] == ')' ? '(' : '[');
		size_t k = open ? tn - (size_t)(open - title) - 2 : 0;
		bool blocking;
		if (k && k <= 24 && open > title &&
		    prr_rec_severity(open + 1, k, &blocking) != PRR_SEV_UNKNOWN) {
			size_t e = (size_t)(open - title);
			while (e && title[e - 1] == ' ')
				e--;
			if (e)
				title = prr_arena_strndup(im->a, title, e);
		}
	}
	/* "Memory Leak in Token Mapping System 🔴 CRITICAL": a circle and a
	 * severity's word at the end, the finding's severity, read already */
	tn = strlen(title);
	const char *w = strrchr(title, ' ');
	bool blocking;
	if (w && w - title >= 5 && (unsigned char)w[-4] == 0xF0 && w[-5] == ' ' &&
	    (size_t)(title + tn - w - 1) <= 12 &&
	    prr_rec_severity(w + 1, (size_t)(title + tn - w - 1), &blocking) != PRR_SEV_UNKNOWN) {
		size_t e = (size_t)(w - 5 - title);
		while (e && title[e - 1] == ' ')
			e--;
		if (e)
			title = prr_arena_strndup(im->a, title, e);
	}
	return title;
}

/* (import_int.h) "Finding 1: Insecure direct object reference …", "Issue #2 — …": a
 * heading that names one finding by its noun and number, then a dash or
 * colon and its title: where the title starts, else 0; by its noun and
 * ID ("Constat C-2 — Perte des accusés …"): where the ID starts. */
size_t imp_noun_numbered(const char *s, size_t n)
{
	static const char *const nouns[] = { "finding", "issue",
		"vulnerability", "observation", "constat", "befund",
		"hallazgo", "achado", "rilievo", "bevinding", NULL };
	size_t i = 0, w, d, at, len;
	while (i < n && (s[i] == '*' || s[i] == ' '))
		i++;
	for (w = i; w < n && isalpha((unsigned char)s[w]);)
		w++;
	if (w == i || w >= n || s[w] != ' ' || !imp_is_one_of(s + i, w - i, nouns))
		return 0;
	if (prr_rec_finding_id(s + w + 1, n - w - 1, &at, &len) && at == 0)
		return w + 1;
	if (++w < n && s[w] == '#')
		w++;
	for (d = w; w < n && s[w] >= '0' && s[w] <= '9' && w - d < 3;)
		w++;
	if (w == d)
		return 0;
	w = imp_past_dash(s, w, n, true);
	return w < n ? w : 0;
}
