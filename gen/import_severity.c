/* import_severity.c - the severity a review states in a cell, a field or
 * the headings over a finding, and whether a heading is one of risks by
 * their level; a numbered heading that names a group of findings by
 * their severity; see import_int.h. */
#include "import_find_items.h"
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

/* The level the word at t[a..e) names: a severity, blockers critical. */
static prr_severity level_word(const char *t, size_t a, size_t e)
{
	if (e > a && imp_starts_with_ci(t + a, e - a, "blocker"))
		return PRR_SEV_CRITICAL;
	return e > a ? prr_severity_from_text(t + a, e - a) : PRR_SEV_UNKNOWN;
}

/* (import_int.h) Whether a heading names two levels side by side,
 * "Remaining (P1/P2)", "Hardening (Medium/Low)", or a range of them,
 * "(P2-P3)", "Residual Gaps (Blockers → Minor Issues)": what is under it
 * is of either, or of any between (not one said twice: "P1 — High
 * priority"). */
bool imp_names_levels(const char *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		/* the separator: '/', '-', "->", '→', '–', '—' or " to " */
		size_t k = 0;
		if (t[i] == '/' || (t[i] == '-' && !(i + 1 < n && t[i + 1] == '>')))
			k = 1;
		else if (i + 1 < n && t[i] == '-' && t[i + 1] == '>')
			k = 2;
		else if (i + 3 <= n && (memcmp(t + i, "\xE2\x86\x92", 3) == 0 ||
					memcmp(t + i, "\xE2\x80\x93", 3) == 0 ||
					memcmp(t + i, "\xE2\x80\x94", 3) == 0))
			k = 3;
		else if (i + 4 <= n && strncasecmp(t + i, " to ", 4) == 0)
			k = 4;
		else if (i + 5 <= n && strncasecmp(t + i, " and ", 5) == 0)
			k = 5; /* "Medium and Minor Issues" */
		if (!k)
			continue;
		size_t a = i, e = i + k;
		while (a > 0 && t[a - 1] == ' ')
			a--;
		size_t w = a;
		while (w > 0 && isalnum((unsigned char)t[w - 1]))
			w--;
		while (e < n && t[e] == ' ')
			e++;
		size_t f = e;
		while (f < n && isalnum((unsigned char)t[f]))
			f++;
		prr_severity one = level_word(t, w, a), two = level_word(t, e, f);
		if (one && two && one != two)
			return true;
		i += k - 1;
	}
	return false;
}

/* Whether a heading's first severity word is denied: "Non-Critical
 * Issues", "Not critical", "No high findings" rate nothing. */
static bool denied_level(const char *t, size_t n)
{
	static const char *const nots[] = { "non", "not", "no", NULL };
	for (size_t i = 0; i < n; i++) {
		if (!isalnum((unsigned char)t[i]) || (i && isalnum((unsigned char)t[i - 1])))
			continue;
		size_t j = i;
		while (j < n && isalnum((unsigned char)t[j]))
			j++;
		if (prr_severity_from_text(t + i, j - i) != PRR_SEV_UNKNOWN) {
			size_t e = i;
			if (e && (t[e - 1] == '-' || t[e - 1] == ' '))
				e--;
			size_t w = e;
			while (w && isalpha((unsigned char)t[w - 1]))
				w--;
			return e < i && imp_is_one_of(t + w, e - w, nots);
		}
		i = j;
	}
	return false;
}

/* What a heading says of the severity of what is under it. */
enum { HEAD_SEV_NONE, HEAD_SEV_SAYS, HEAD_SEV_RANGE, HEAD_SEV_DENIED };

static unsigned char heading_severity(const char *t, prr_severity *sev)
{
	size_t n = strlen(t), i = 0;
	if (imp_names_levels(t, n))
		return HEAD_SEV_RANGE;
	if (denied_level(t, n))
		return HEAD_SEV_DENIED; /* "### Non-Critical Issues" under "## Minor …" */
	*sev = prr_severity_from_text(t, n);
	/* in the other languages, by a word ("### Середні", "### Høj"),
	 * not by a colour ("## 🚨 Risk mitigation") */
	while (i < n && !rec_word_after(t, n, i))
		i++;
	if (*sev == PRR_SEV_UNKNOWN)
		*sev = prr_rec_severity_said(t + i, n - i, NULL);
	return *sev != PRR_SEV_UNKNOWN ? HEAD_SEV_SAYS : HEAD_SEV_NONE;
}

prr_severity imp_heading_severity(imp *im)
{
	for (int k = im->n_hs - 1; k >= 0; k--) {
		/* (each heading read once: a long one over many lists read
		 * again for each took minutes) */
		secx *x = &im->sx[im->hs[k].sec];
		if (!x->sev_known) {
			x->sev = PRR_SEV_UNKNOWN;
			x->sev_kind = heading_severity(im->hs[k].title, &x->sev);
			x->sev_known = true;
		}
		if (x->sev_kind == HEAD_SEV_RANGE)
			return PRR_SEV_UNKNOWN;
		if (x->sev_kind == HEAD_SEV_SAYS)
			return x->sev;
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
	uint32_t cp;
	size_t k;
	/* (past the marks that lead it: "❌ Critical (must fix)") */
	while (n && (k = rec_cp_at(t, n, 0, &cp)) && (cp == ' ' || rec_is_symbol(cp)))
		t += k, n -= k;
	size_t full = n;
	if (n && t[n - 1] == ')') {
		const char *open = memchr(t, '(', n);
		if (open)
			n = (size_t)(open - t);
	}
	while (n && t[n - 1] == ' ')
		n--;
	size_t words = 0, last = 0;
	for (size_t i = 0; i < n; i++) {
		/* (a hyphen joins words: "Launch-Blockers") */
		if (t[i] == '-' && i && i + 1 < n && isalpha((unsigned char)t[i - 1]) &&
		    isalpha((unsigned char)t[i + 1])) {
			last = i + 1;
			continue;
		}
		if (!isalpha((unsigned char)t[i]) && t[i] != ' ')
			return 0;
		if (t[i] != ' ' && (i == 0 || t[i - 1] == ' '))
			words++, last = i;
	}
	bool blocking;
	/* (blockers rate themselves: "3. Launch blockers (must be done
	 * before …)", "8. Top OPEN Launch-Blockers") */
	bool blockers = n - last == 8 && strncasecmp(t + last, "blockers", 8) == 0;
	/* a level alone, or two side by side, groups what is under it:
	 * "❌ Critical (must fix)", "Medium and Minor Issues" */
	if (words == 1 && last == 0 && level_word(t, 0, n) != PRR_SEV_UNKNOWN) {
		prr_rec_severity(t, full, &blocking);
		return blocking ? 2 : 1;
	}
	if (words <= 5 && imp_names_levels(t, n))
		return 1;
	if (!words || words > 3 || !imp_is_one_of(t + last, n - last, plurals) ||
	    (prr_rec_severity(t, last, &blocking) == PRR_SEV_UNKNOWN &&
	     !(blockers && (words <= 2 || t[last - 1] == '-'))))
		return 0; /* ("5. Findings" may number one of them below) */
	return prr_rec_finding_heading(t, n);
}

/* (import_int.h) "3 CLI Crashes (HIGH)", "3 Critical UX Blockers": a
 * count (no '.' or ')' after it), then five words at most, the last a
 * plural, maybe a "(…)" after them. */
bool imp_counted_group(const char *s, size_t n)
{
	size_t i = 0, d, words = 0;
	while (i < n && (s[i] == '*' || s[i] == ' '))
		i++;
	for (d = i; i < n && isdigit((unsigned char)s[i]);)
		i++;
	if (i == d || i - d > 3 || i >= n || s[i] != ' ')
		return false;
	const char *open = memchr(s + i, '(', n - i);
	size_t e = open ? (size_t)(open - s) : n;
	while (e > i && (s[e - 1] == ' ' || s[e - 1] == '*'))
		e--;
	for (size_t k = i; k < e; k++)
		words += s[k] == ' ';
	size_t w = e;
	while (w > i && isalpha((unsigned char)s[w - 1]))
		w--;
	return words <= 5 && e - w >= 3 && s[w - 1] == ' ' &&
	       (s[e - 1] == 's' || s[e - 1] == 'S') &&
	       s[e - 2] != 's' && s[e - 2] != 'S';
}

/* The ATX heading at or after line *l, outside fenced code: its level
 * (0: none), text and length; *l its line (each line looked at once). */
static int next_heading(const imp *im, int *l, const char **t, size_t *tn)
{
	char fence = 0;
	for (; *l <= (int)im->map.n; (*l)++) {
		const char *p;
		size_t n, i = 0, h = 0;
		prr_linemap_line(&im->map, *l, &p, &n);
		while (i < n && i < 3 && p[i] == ' ')
			i++;
		if (n - i >= 3 && (p[i] == '`' || p[i] == '~') &&
		    p[i + 1] == p[i] && p[i + 2] == p[i]) {
			fence = fence == p[i] ? 0 : fence ? fence : p[i];
			continue;
		}
		while (!fence && i + h < n && p[i + h] == '#' && h < 7)
			h++;
		if (fence || !h || h > 6 || i + h >= n || p[i + h] != ' ')
			continue;
		for (i += h; i < n && (p[i] == ' ' || p[i] == '*');)
			i++;
		*t = p + i, *tn = n - i;
		return (int)h;
	}
	return 0;
}

/* (import_int.h) Whether section si's heading, "1. SECURITY (CRITICAL)"
 * at `line`, has numbered parts right under it, "### 1.1 No Helmet
 * middleware": 0 none, 1 parts, 2 parts that have parts of their own
 * ("### 1.1 Authentication" over "#### ✅ IMPLEMENTED": areas, no
 * findings). */
int imp_numbered_parts(const imp *im, size_t si, int line)
{
	const char *h = im->r->sections[si].heading, *p;
	int level = im->r->sections[si].level;
	size_t n = strlen(h), d = 0, pn;
	while (d < n && (h[d] == '*' || h[d] == ' '))
		d++;
	size_t num = d;
	while (d < n && isdigit((unsigned char)h[d]))
		d++;
	if (d == num || d - num > 3 || d >= n || (h[d] != '.' && h[d] != ' ') ||
	    (h[d] == '.' && d + 1 < n && isdigit((unsigned char)h[d + 1])))
		return 0;
	int l = line + 1, pl = next_heading(im, &l, &p, &pn);
	/* "1.1": its number, a dot and a digit */
	if (pl <= level || pn < d - num + 2 || memcmp(p, h + num, d - num) != 0 ||
	    p[d - num] != '.' || !isdigit((unsigned char)p[d - num + 1]))
		return 0;
	l++;
	return next_heading(im, &l, &p, &pn) > pl ? 2 : 1;
}

/* (import_int.h) Whether a heading's words, before any "(…)", are in
 * capitals: a category ("SECURITY (CRITICAL)", "FRONTEND UX GAPS"). */
bool imp_capitals_heading(const char *t)
{
	size_t letters = 0;
	for (; *t && *t != '('; t++) {
		if (islower((unsigned char)*t))
			return false;
		letters += isupper((unsigned char)*t) != 0;
	}
	return letters >= 3;
}

/* (import_int.h) Where "[HIGH] …" starts in "1.1 — [HIGH] …": a number of the outline
 * ("1.1", "10.4"), a dash, a severity in brackets; else 0. */
size_t imp_outline_rated(const char *b, size_t bn)
{
	size_t d = strspn(b, "0123456789."), i;
	if (d < 3 || d > bn || !memchr(b, '.', d) || b[0] == '.' || b[d - 1] == '.' ||
	    !(i = imp_past_dash(b, d, bn, false)) || i >= bn || b[i] != '[')
		return 0;
	const char *close = memchr(b + i, ']', bn - i < 20 ? bn - i : 20);
	return close && imp_severity_value(b + i + 1, (size_t)(close - b - i - 1)) !=
				PRR_SEV_UNKNOWN ? i : 0;
}

/* (import_int.h) Whether a numbered heading with numbered parts (1 of
 * imp_numbered_parts) is a category in capitals over its findings, rated
 * or named so: "1. SECURITY (CRITICAL)", "4. CODE QUALITY ISSUES
 * (P2-P3)". */
bool imp_category_group(const char *t, size_t n, int parts)
{
	bool blocking;
	return parts == 1 && imp_capitals_heading(t) &&
	       (prr_severity_from_text(t, n) != PRR_SEV_UNKNOWN ||
		prr_rec_severity(t, n, &blocking) != PRR_SEV_UNKNOWN ||
		prr_rec_finding_heading(t, n) == 1);
}

/*
 * The severity a heading or item states anywhere: the recogniser's, else
 * a coloured circle (🔴 critical, 🟠 high, 🟡 medium, 🟢 low) or a word
 * after the title ("… 🔴 CRÍTICO").
 */
prr_severity imp_any_severity(const char *s, size_t n, bool *blocking)
{
	static const struct { const char *m; prr_severity sev; } circles[] = {
		{ "\xF0\x9F\x94\xB4", PRR_SEV_CRITICAL },
		{ "\xF0\x9F\x9F\xA0", PRR_SEV_HIGH },
		{ "\xF0\x9F\x9F\xA1", PRR_SEV_MEDIUM },
		{ "\xF0\x9F\x9F\xA2", PRR_SEV_LOW },
	};
	prr_severity sev = prr_rec_severity(s, n, blocking);
	if (sev != PRR_SEV_UNKNOWN)
		return sev;
	for (size_t i = 0; i + 4 <= n; i++)
		for (size_t c = 0; c < sizeof circles / sizeof circles[0]; c++)
			if (memcmp(s + i, circles[c].m, 4) == 0)
				return circles[c].sev;
	return PRR_SEV_UNKNOWN;
}

bool imp_lesser_urgency(const char *t, size_t n)
{
	static const char *const words[] = { "nice to have", "nice-to-have",
		"should fix", "should have", "could fix", "could have",
		"optional", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	return imp_contains_any_word(t, n, &vocab);
}

/* (import_int.h) Whether a heading rates what it groups below high
 * ("### Minor issues"): under a heading of blockers, no blockers. */
bool imp_rated_below_high(const char *s, size_t n)
{
	bool blocking;
	prr_severity v = prr_rec_severity(s, n, &blocking);
	return v == PRR_SEV_MEDIUM || v == PRR_SEV_LOW || v == PRR_SEV_INFO;
}

/*
 * (import_int.h) "**Priorité**: P1 - HIGH", "Severity: Critical" under a heading that is
 * one finding: its severity (the heading may state none, or only a
 * colour).  Returns whether the field was taken.
 */
bool imp_finding_severity(imp *im, prr_str nm, prr_str val)
{
	static const char *const impacts[] = { "impact", NULL };
	secx *x = imp_sec_x(im, im->cur_sec);
	bool blocking;
	/* "**Impact:** ⚠️ Medium - Should verify before production" where
	 * neither the heading nor a Severity field rates it: the level its
	 * value opens with (after marks), the field left to be read on; not
	 * beside a likelihood ("**Likelihood**: LOW" / "**Impact**: HIGH"
	 * states no one level; the lines near it in its paragraph) */
	if (x && x->found && !x->sev_said && imp_is_one_of(nm.p, nm.n, impacts)) {
		const char *a = nm.p, *b = val.p + val.n;
		if (im->para && a >= im->para && b <= im->para + im->para_n) {
			a = a - im->para > 300 ? a - 300 : im->para;
			b = im->para + im->para_n - b > 300 ? b + 300 : im->para + im->para_n;
		}
		if (imp_contains_ci_n(a, (size_t)(b - a), "likelihood") ||
		    imp_contains_ci_n(a, (size_t)(b - a), "probability"))
			return false;
		size_t i = 0, w = 0;
		while (i < val.n && !isalpha((unsigned char)val.p[i]))
			i++;
		while (i + w < val.n && isalpha((unsigned char)val.p[i + w]))
			w++;
		prr_finding *f = &im->r->findings[x->found - 1];
		if (w && f->severity == PRR_SEV_UNKNOWN)
			f->severity = prr_rec_severity(val.p + i, w, &blocking);
		return false;
	}
	if (!x || !x->found || !imp_severity_name(nm.p, nm.n))
		return false;
	prr_severity sv = prr_rec_severity(nm.p, (size_t)(val.p + val.n - nm.p),
					   &blocking);
	size_t at, end; /* ("Raised from Low to Medium — now a primary path") */
	prr_severity re = imp_rerated(val.p, val.n, &at, &end);
	prr_finding *f = &im->r->findings[x->found - 1];
	f->blocking |= blocking; /* "Severity: Blocker for store distribution." */
	/* "**Priority:** 🚨 MUST FIX BEFORE LAUNCH" after "**Severity:**
	 * HIGH": the severity field states the level, the priority how
	 * soon */
	bool priority = imp_contains_ci_n(nm.p, nm.n, "priorit");
	if (priority && x->sev_said)
		return true;
	if (re != PRR_SEV_UNKNOWN || sv != PRR_SEV_UNKNOWN) {
		f->severity = re != PRR_SEV_UNKNOWN ? re : sv;
		x->sev_said |= !priority;
	}
	return re != PRR_SEV_UNKNOWN || sv != PRR_SEV_UNKNOWN;
}
