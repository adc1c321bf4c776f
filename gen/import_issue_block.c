/* import_issue_block.c - a finding written as plain lines, one field a
 * line: "ISSUE #1 - 🔴 BLOCKING" / "Type: Forms" / "Problem: Checkout
 * buttons point to placeholder URLs" / "Current:" over its list. */
#include "import_denials.h"
#include "import_int.h"
#include "prr/import.h"
#include "prr/rec_item.h"

#include <string.h>

/* Words that open such a block's first line before its number. */
static const char *const block_words[] = { "issue", "finding", "bug",
	"defect", NULL };

/* Labels of the line that names the block's finding. */
static const char *const title_labels[] = { "problem", "issue", "title",
	"summary", NULL };

/* The first line s[0..n), followed by a newline: a word of block_words,
 * "#" and a number, a dash or colon; returns the offset of what follows,
 * or 0. */
static size_t block_head(const char *s, size_t n)
{
	size_t w = 0;
	while (w < n && ((s[w] >= 'A' && s[w] <= 'Z') || (s[w] >= 'a' && s[w] <= 'z')))
		w++;
	if (!w || !imp_is_one_of(s, w, block_words))
		return 0;
	/* (the line ends in a newline: these spans stop there) */
	size_t i = w + strspn(s + w, " ");
	i += i < n && s[i] == '#';
	size_t d = strspn(s + i, "0123456789");
	if (!d)
		return 0;
	i += d;
	i += strspn(s + i, " ");
	if (i + 3 <= n && (memcmp(s + i, "\xE2\x80\x94", 3) == 0 ||
			   memcmp(s + i, "\xE2\x80\x93", 3) == 0))
		i += 3;
	else if (i < n && (s[i] == '-' || s[i] == ':'))
		i++;
	else
		return 0;
	return i;
}

/*
 * A paragraph whose first line is "ISSUE #1 - 🔴 BLOCKING" (an issue's
 * number and its severity, nothing else) and one of whose lines is
 * "Problem: …": one finding, titled by that line, rated and blocking as
 * the first line says; the list after it is its body.
 */
bool imp_issue_block_finding(imp *im, const char *s, size_t n, int line)
{
	const char *nl = memchr(s, '\n', n);
	if (!nl || imp_inside_finding(im))
		return false;
	size_t hn = (size_t)(nl - s), at = block_head(s, hn);
	if (!at)
		return false;
	/* its level in words, past its colour: "🔴 BLOCKING" on a scale
	 * that puts Blocking over Critical blocks, at no level prr names;
	 * the colour alone rates it ("ISSUE #4 - 🟠") */
	bool blocking;
	size_t w = at + prr_status_lead(s + at, hn - at);
	prr_severity sev = prr_rec_severity(s + w, hn - w, &blocking);
	if (sev == PRR_SEV_UNKNOWN && !blocking)
		sev = prr_rec_severity(s + at, hn - at, &blocking);
	if (sev == PRR_SEV_UNKNOWN && !blocking)
		return false;
	/* the line of its title: "Problem: …" */
	for (const char *p = nl + 1; p < s + n;) {
		const char *e = memchr(p, '\n', (size_t)(s + n - p));
		size_t k = e ? (size_t)(e - p) : (size_t)(s + n - p);
		const char *c = memchr(p, ':', k < 24 ? k : 24);
		if (c && imp_is_one_of(p, (size_t)(c - p), title_labels)) {
			const char *t = c + 1;
			while (t < p + k && *t == ' ')
				t++;
			if (t == p + k)
				return false;
			prr_finding *f = imp_new_finding(im, t, (size_t)(p + k - t),
							 line, blocking);
			if (f->severity == PRR_SEV_UNKNOWN)
				f->severity = sev;
			return true;
		}
		p += k + 1;
	}
	return false;
}

/*
 * "### C1" over "- Problem: Hardcoded production secrets committed to
 * VCS.": a finding whose heading is its ID alone (no title yet, or the
 * ID again) is titled by its first "Problem:" line.
 */
void imp_id_title_field(imp *im, prr_str nm, prr_str val)
{
	secx *x = imp_sec_x(im, im->cur_sec);
	if (!x || !x->found || !val.n || !imp_is_one_of(nm.p, nm.n, title_labels))
		return;
	prr_finding *f = &im->r->findings[x->found - 1];
	if (f->title && *f->title && !(f->id && strcmp(f->title, f->id) == 0))
		return;
	f->title = imp_clean(im, val.p, val.n);
}

/*
 * "**Open item:** `maxApptsPerSlot == 0` is treated as 1; AMD intends 0
 * as "unlimited".": a label that says one finding is open, its value a
 * sentence, is that finding (not a count, "Open items: 3", nor "none").
 */
void imp_open_item_field(imp *im, prr_str nm, prr_str val, int line)
{
	static const char *const labels[] = { "open item", "open issue",
		"open finding", "remaining issue", "outstanding issue", NULL };
	if (!val.n || !imp_is_one_of(nm.p, nm.n, labels) ||
	    imp_inside_finding(im) || (val.p[0] >= '0' && val.p[0] <= '9') ||
	    imp_none_item(val.p, val.n) || imp_denies_findings(val.p, val.n))
		return;
	size_t words = 1;
	for (size_t i = 0; i < val.n; i++)
		words += val.p[i] == ' ';
	if (words >= 4)
		imp_new_finding(im, val.p, val.n, line, false);
}
