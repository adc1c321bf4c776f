/* import_legend.c - what a document's legend says its marks mean: marks
 * prr's own do not know ("⚪ not yet assessed"), a cross that means work
 * not done yet ("❌ not done"), and a legend stated on a line of its own
 * ("Status legend: ✅ done · ⚠️ partial · ❌ not done"). */
#include "import_int.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Whether a legend's words for a failing mark say only that the work is
 * not done yet ("not done", "to do", "not started"): no failure. */
static bool says_not_done(const char *s, size_t n)
{
	static const char *const words[] = { "not done", "not done yet",
		"not yet done", "not started", "not yet started", "to do",
		"todo", "pending", "not yet", "outstanding", NULL };
	while (n && (*s == ' ' || *s == '*' || *s == '-' || *s == ':'))
		s++, n--;
	while (n && strchr(" *.;,", s[n - 1]))
		n--;
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == n && strncasecmp(s, words[i], n) == 0)
			return true;
	return false;
}

void imp_legend_entry(imp *im, const char *mark, size_t mn, const char *words,
		      size_t wn)
{
	uint32_t cp;
	bool known;
	while (mn && (*mark == ' ' || *mark == '*'))
		mark++, mn--;
	if (!mn || prr_utf8_decode((const unsigned char *)mark, mn, &cp) <= 0 ||
	    cp < 0x80 || im->n_legend >= 8)
		return;
	prr_status own = prr_status_from_marks(mark, mn, &known);
	/* prr's own mark: its meaning stands, but for a cross the legend
	 * says is work not done yet ("❌ not done"): pending, no fail */
	if (known && !(own == PRR_FAIL && says_not_done(words, wn)))
		return;
	prr_status st = known ? PRR_PENDING
			      : prr_status_from_text(words, wn, &known);
	if (!known)
		return;
	/* "⚪ Not assessed in this review": what the review did not look
	 * at states nothing, not work to do */
	static const char *const unseen[] = { "not assessed", "not reviewed",
		"not evaluated", "not in scope", "out of scope", "not rated",
		"not part of", NULL };
	static rec_vocab unseen_v = REC_VOCAB(unseen);
	if (imp_contains_any(words, wn, &unseen_v))
		return;
	im->legend[im->n_legend].cp = cp;
	im->legend[im->n_legend].status = st;
	im->n_legend++;
}

prr_status imp_legend_status(const imp *im, const char *s, size_t n,
			     prr_status st, bool *known)
{
	if (!im->n_legend || (*known && st != PRR_FAIL))
		return st;
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '*'))
		i++;
	uint32_t cp;
	int len = i < n ? prr_utf8_decode((const unsigned char *)s + i, n - i, &cp) : 0;
	if (len <= 0)
		return st;
	for (size_t k = 0; k < im->n_legend; k++) {
		if (im->legend[k].cp != cp)
			continue;
		if (!*known) {
			*known = true;
			return im->legend[k].status;
		}
		/* "❌" where the legend says ❌ is not done: pending, unless
		 * its words say more ("❌ Failed") */
		bool said;
		size_t j = i + (size_t)len;
		prr_status_from_text(s + j, n - j, &said);
		return said ? st : im->legend[k].status;
	}
	return st;
}

/* The length of a separator of a legend's entries at s[i]: | , ; · •,
 * or 0. */
static size_t seg_sep(const char *s, size_t n, size_t i)
{
	if (strchr("|,;", s[i]))
		return 1;
	size_t len = rec_cp_is(s, n, i, 0xB7);
	return len ? len : rec_cp_is(s, n, i, 0x2022);
}

bool imp_legend_line(imp *im, const char *s, size_t n)
{
	/* its label: "Legend:", "**Status legend:**", "Key:" */
	const char *c = memchr(s, ':', n < 40 ? n : 40);
	if (!c)
		return false;
	size_t e = (size_t)(c - s), b;
	while (e && (s[e - 1] == '*' || s[e - 1] == ' '))
		e--;
	for (b = e; b && isalpha((unsigned char)s[b - 1]); b--)
		;
	char w[16];
	if (e - b == 0 || e - b >= sizeof w)
		return false;
	memcpy(w, s + b, e - b);
	w[e - b] = '\0';
	if (!imp_legend_heading(w))
		return false;
	/* then its entries, each a mark and its words, "✅ done · ❌ not
	 * done" (a segment with no mark of its own, a clause of the one
	 * before: "⚠️ done in code, needs infra apply") */
	size_t i = (size_t)(c - s) + 1, got = im->n_legend;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '*'))
			i++;
		size_t a = i, m, sep = 0;
		while (i < n && !(sep = seg_sep(s, n, i)))
			i++;
		for (m = a; m < i && (unsigned char)s[m] >= 0x80; m++)
			; /* the mark's bytes, and a variation selector's */
		if (m > a)
			imp_legend_entry(im, s + a, m - a, s + m, i - m);
		i += sep;
	}
	return im->n_legend > got;
}
