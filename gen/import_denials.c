/* import_denials.c - what says there is nothing to find ("No critical
 * blockers remain."), what under a heading of blockers blocks nothing,
 * and a column that names its rows blockers. */
#include "import_denials.h"

#include <string.h>
#include <strings.h>

/* The next ASCII word of s[*i..n) after spaces and bold: its start and
 * length (0 at a sign or the end); *i past it. */
static size_t next_word(const char *s, size_t n, size_t *i, size_t *at)
{
	while (*i < n && (s[*i] == ' ' || s[*i] == '*' || s[*i] == '_'))
		(*i)++;
	*at = *i;
	while (*i < n && (imp_letter_byte((unsigned char)s[*i]) ||
			  (s[*i] >= '0' && s[*i] <= '9') || s[*i] == '-'))
		(*i)++;
	return *i - *at;
}

bool imp_denies_findings(const char *s, size_t n)
{
	static const char *const opens[] = { "no", "zero", NULL };
	static const char *const dets[] = { "the", "these", "those", "our",
		NULL };
	/* the words that may stand between "No" and its noun */
	static const char *const quals[] = { "additional", "other",
		"further", "new", "more", "remaining", "open", "outstanding",
		"known", "unresolved", "critical", "high", "major", "blocking",
		"significant", "serious", "severe", "medium", "low", "p0", "p1",
		"launch", "release", "production", "security", "real", "hard",
		"high-severity", "critical-severity", "show-stopping", NULL };
	static const char *const nouns[] = { "blocker", "blockers", "issue",
		"issues", "finding", "findings", "risk", "risks", "gap", "gaps",
		"problem", "problems", "bug", "bugs", "defect", "defects",
		"vulnerabilities", "showstoppers", NULL };
	/* what may follow the noun: none is there */
	static const char *const verbs[] = { "identified", "found", "remain",
		"remains", "remaining", "detected", "reported", "observed",
		"exist", "were", "are", "left", "outstanding", "open", "known",
		"block", "blocking", "at", "for", "in", "so", "as", "yet",
		NULL };
	size_t i = 0, at, w;
	while (i < n && (s[i] == ' ' || (unsigned char)s[i] >= 0x80))
		i++; /* (past a mark: "✅ No blockers") */
	w = next_word(s, n, &i, &at);
	if (w == 4 && imp_starts_with_ci(s + at, w, "none")) {
		/* "None of these risks …" */
		w = next_word(s, n, &i, &at);
		if (!(w == 2 && imp_starts_with_ci(s + at, w, "of")))
			return false;
		w = next_word(s, n, &i, &at);
		if (!imp_is_one_of(s + at, w, dets))
			return false;
	} else if (!imp_is_one_of(s + at, w, opens)) {
		return false;
	}
	for (int k = 0; k < 4; k++) {
		w = next_word(s, n, &i, &at);
		if (imp_is_one_of(s + at, w, nouns))
			break;
		if (!imp_is_one_of(s + at, w, quals))
			return false;
	}
	if (!imp_is_one_of(s + at, w, nouns))
		return false;
	w = next_word(s, n, &i, &at);
	return !w || imp_is_one_of(s + at, w, verbs);
}

void imp_proceed_lead(imp *im, const char *s, size_t n, int last_line)
{
	/* what says the things it lists may go ahead */
	static const char *const goes[] = { "can proceed", "may proceed",
		"can go ahead", "may go ahead", "can ship", "may ship",
		"can launch", "may launch", "can go live", "may go live",
		"are not blockers", "are not blocking", "do not block", NULL };
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*'))
		n--;
	if (n < 8 || n > 200 || s[n - 1] != ':' || memchr(s, '\n', n))
		return;
	for (size_t k = 0; goes[k]; k++)
		if (imp_contains_ci_n(s, n, goes[k])) {
			im->lead_kind = -1;
			im->lead_sev = PRR_SEV_UNKNOWN;
			im->lead_line = last_line;
			return;
		}
	/* "… were all Low. They were fixed in Phase 9:": its last sentence
	 * says what it lists is over (not "Two were fixed. These remain:",
	 * "These have not been fixed:") */
	static const char *const done[] = { "were fixed", "was fixed",
		"been fixed", "were resolved", "was resolved", "been resolved",
		"were closed", "been closed", "were addressed", "been addressed",
		NULL };
	size_t a = n;
	while (a > 2 && !(s[a - 1] == ' ' && s[a - 2] == '.'))
		a--;
	if (a <= 2)
		a = 0;
	const char *f;
	for (size_t k = 0; done[k]; k++)
		if ((f = imp_find_ci_n(s + a, n - a, done[k])) &&
		    !(f - s >= 4 && strncasecmp(f - 4, "not ", 4) == 0) &&
		    !(f - s >= 6 && strncasecmp(f - 6, "never ", 6) == 0)) {
			im->lead_over = true;
			im->lead_line = last_line;
			return;
		}
}

bool imp_action_item(const char *s, size_t n)
{
	static const char *const labels[] = { "action", "action item",
		"next step", "to do", "todo", NULL };
	while (n && (*s == ' ' || *s == '*' || *s == '_'))
		s++, n--;
	const char *c = memchr(s, ':', n < 16 ? n : 16);
	if (!c)
		return false;
	size_t w = (size_t)(c - s);
	while (w && (s[w - 1] == '*' || s[w - 1] == '_'))
		w--;
	return imp_is_one_of(s, w, labels);
}

bool imp_remark_item(const char *s, size_t n)
{
	static const char *const labels[] = { "conclusion", "summary",
		"note", "verdict", NULL };
	static const char *const praise[] = { "good", "fine", "ok", "okay",
		"correct", "correctly", NULL };
	while (n && (*s == ' ' || *s == '*' || *s == '_'))
		s++, n--;
	/* its label's colon, not one in code ("`strict: true`") */
	size_t w = 0;
	bool code = false;
	for (; w < n && w < 80 && (code || s[w] != ':'); w++)
		code ^= s[w] == '`';
	if (w >= n || s[w] != ':')
		return false;
	size_t i = w + 1, at;
	while (w && (s[w - 1] == '*' || s[w - 1] == '_'))
		w--;
	if (imp_is_one_of(s, w, labels))
		return true;
	size_t pn = next_word(s, n, &i, &at);
	/* (the praise a word of its own: "Good —", "OK.", not "Goodput") */
	return pn && imp_is_one_of(s + at, pn, praise) &&
	       (i >= n || s[i] == ' ' || s[i] == '.' || s[i] == ',' || s[i] == '!');
}

/* The length of `w` at s[i..n), or 0. */
static size_t at_word(const char *s, size_t n, size_t i, const char *w)
{
	size_t k = strlen(w);
	return i + k <= n && memcmp(s + i, w, k) == 0 ? k : 0;
}

bool imp_mark_turned_pass(const char *s, size_t n)
{
	static const char *const fails[] = { "\xE2\x9D\x8C", /* ❌ */
		"\xE2\x9A\xA0\xEF\xB8\x8F", "\xE2\x9A\xA0", /* ⚠️ */
		"\xF0\x9F\x94\xB4", NULL }; /* 🔴 */
	static const char *const arrows[] = { "\xE2\x86\x92", "->", "=>",
		"\xE2\x87\x92", NULL }; /* → ⇒ */
	size_t i = 0, k = 0;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	for (size_t j = 0; fails[j] && !k; j++)
		k = at_word(s, n, i, fails[j]);
	if (!k)
		return false;
	/* (bold may open after the mark: "❌ **→ ✅ Go …**") */
	for (i += k, k = 0; i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_');)
		i++;
	for (size_t j = 0; arrows[j] && !k; j++)
		k = at_word(s, n, i, arrows[j]);
	if (!k)
		return false;
	for (i += k; i < n && s[i] == ' ';)
		i++;
	return at_word(s, n, i, "\xE2\x9C\x85") > 0; /* ✅ */
}

bool imp_gap_head_blocks(const char *h)
{
	static const char *const opens[] = { "blocking", "blocker", "blockers",
		NULL };
	size_t n = strlen(h), w = n;
	if (imp_starts_with_word(h, n, opens))
		return true;
	/* (its last word: "Launch blockers", "Release blocker") */
	while (w && h[w - 1] != ' ')
		w--;
	return w && (imp_is_one_of(h + w, n - w, opens + 1));
}

bool imp_row_cell_struck(imp *im, int line, int col)
{
	const char *p;
	size_t n, i = 0;
	if (line < 1 || (size_t)line > im->map.n || col < 0)
		return false;
	prr_linemap_line(&im->map, line, &p, &n);
	while (i < n && p[i] == ' ')
		i++;
	if (i < n && p[i] == '|')
		i++;
	/* to the cell's start: past `col` pipes not escaped */
	for (int k = 0; k < col && i < n; i++)
		k += p[i] == '|' && p[i - 1] != '\\';
	size_t e = i;
	while (e < n && !(p[e] == '|' && p[e - 1] != '\\'))
		e++;
	while (i < e && p[i] == ' ')
		i++;
	while (e > i && p[e - 1] == ' ')
		e--;
	/* "~~…~~", with nothing else around it */
	return e - i >= 5 && p[i] == '~' && p[i + 1] == '~' && p[e - 1] == '~' &&
	       p[e - 2] == '~' && !imp_find_ci_n(p + i + 2, e - i - 4, "~~");
}

/* (moved from import_find.c, which is full) The list a lead paragraph
 * (imp_lead_paragraph) introduces: within two lines of it. */
bool imp_lead_over(imp *im, int first_line)
{
	return im->lead_over && first_line >= im->lead_line &&
	       first_line <= im->lead_line + 2;
}

int imp_lead_kind(imp *im, int first_line)
{
	if (!im->lead_kind || first_line < im->lead_line ||
	    first_line > im->lead_line + 2)
		return 0;
	return im->lead_kind;
}
