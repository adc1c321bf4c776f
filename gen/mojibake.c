/* mojibake.c - UTF-8 read as Mac Roman or Windows-1252, and line ends
 * doubled, put back; see mojibake.h. */
#include "prr/mojibake.h"
#include "prr/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The characters bytes 0x80-0xFF decode to, per code page. */
static const uint16_t mac_roman[128] = {
	0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
	0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
	0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
	0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
	0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
	0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
	0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
	0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
	0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
	0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
	0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
	0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
	0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
	0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
	0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
	0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

/* 0x80-0x9F of Windows-1252; undefined bytes decode to C1 controls, as
 * Windows' own decoder does.  0xA0-0xFF are Latin-1. */
static const uint16_t cp1252_low[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const char *prr_codepage_name(prr_codepage cp)
{
	return cp == PRR_CP_MAC_ROMAN	   ? "Mac Roman"
	       : cp == PRR_CP_WINDOWS_1252 ? "Windows-1252"
					   : "none";
}

/*
 * The byte each character below U+10000 comes from in one code page (0:
 * none; every character of both pages is below U+10000).  Built once per
 * repair: searching the 128-entry tables for each non-ASCII character was
 * most of the repair's cost.
 */
typedef struct inverse {
	unsigned char byte[0x10000];
} inverse;

static void inverse_init(inverse *inv, prr_codepage cp)
{
	memset(inv->byte, 0, sizeof inv->byte);
	/* downwards, so the lowest byte wins as a forward search would */
	if (cp == PRR_CP_WINDOWS_1252) {
		for (int i = 31; i >= 0; i--)
			inv->byte[cp1252_low[i]] = (unsigned char)(0x80 + i);
		for (int c = 0xA0; c <= 0xFF; c++)
			inv->byte[c] = (unsigned char)c;
		return;
	}
	for (int i = 127; i >= 0; i--)
		inv->byte[mac_roman[i]] = (unsigned char)(0x80 + i);
}

/* The byte the code page decodes to character `c`, or -1. */
static int byte_of(const inverse *inv, uint32_t c)
{
	return c < 0x10000 && inv->byte[c] ? inv->byte[c] : -1;
}

/*
 * At s[i] (a non-ASCII character): the length of a mojibake run there and
 * the original bytes in `orig` (`*olen`), or 0.
 */
static size_t run_at(const inverse *cp, const unsigned char *s, size_t n,
		     size_t i, unsigned char *orig, int *olen)
{
	uint32_t c;
	int len = prr_utf8_decode(s + i, n - i, &c);
	int b0 = len ? byte_of(cp, c) : -1;
	if (b0 < 0xC2 || b0 > 0xF4)
		return 0;
	int need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
	size_t j = i + (size_t)len;
	orig[0] = (unsigned char)b0;
	for (int k = 1; k < need; k++) {
		int l = prr_utf8_decode(s + j, n - j, &c);
		int b = l ? byte_of(cp, c) : -1;
		if (b < 0x80 || b > 0xBF)
			return 0;
		orig[k] = (unsigned char)b;
		j += (size_t)l;
	}
	uint32_t back;
	if (prr_utf8_decode(orig, (size_t)need, &back) != need)
		return 0;
	*olen = need;
	return j - i;
}

/* A code page's runs as one pass finds them. */
typedef struct page_scan {
	inverse *inv;
	size_t count; /* runs found */
	size_t first; /* the first one's offset */
	size_t next;  /* where the next one may start: past the last */
} page_scan;

/*
 * One pass over `text` for the runs of `np` code pages, each page's runs
 * those a pass of its own would find (a run starts only past that page's
 * last one): two pages are counted in one pass, not one pass each.  With
 * `out` (and one page), appends the text with the runs put back.
 */
static void scan_runs(const char *text, size_t n, page_scan *pages, int np,
		      prr_buf *out)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, copied = 0;
	unsigned char orig[4];
	int olen;
	while (i < n) {
		if (s[i] < 0x80) {
			i += prr_utf8_ascii(text + i, n - i);
			continue;
		}
		for (int p = 0; p < np; p++) {
			page_scan *pg = &pages[p];
			size_t run = i < pg->next ? 0
				     : run_at(pg->inv, s, n, i, orig, &olen);
			if (!run)
				continue;
			if (!pg->count++)
				pg->first = i;
			pg->next = i + run;
			if (out) {
				prr_buf_add(out, text + copied, i - copied);
				prr_buf_add(out, orig, (size_t)olen);
				copied = i + run;
			}
		}
		i++;
		while (i < n && (s[i] & 0xC0) == 0x80)
			i++;
	}
	if (out)
		prr_buf_add(out, text + copied, n - copied);
}

/*
 * Whether the one run a page found in a document may be written text:
 * two characters whose first is no byte 0xC2/0xC3 of the page ("488–510
 * Å²", U+00C5 U+00B2, reads as "Ų" in Windows-1252 but is a unit;
 * "CAFÉ”" as "CAFɔ"; "Ã©" as U+0329 in Mac Roman).  Such a page is
 * taken only with another run in the same document; "Ã©" (é) and "Â°"
 * (°) in Windows-1252, or a run of three characters and more, are
 * mojibake alone.
 */
static bool lone_text(const page_scan *pg, const char *s, size_t n)
{
	unsigned char orig[4];
	int olen = 0;
	run_at(pg->inv, (const unsigned char *)s, n, pg->first, orig, &olen);
	return olen == 2 && orig[0] != 0xC2 && orig[0] != 0xC3;
}

size_t prr_mojibake_repair(prr_buf *out, const char *s, size_t n,
			   prr_mojibake *info)
{
	info->codepage = PRR_CP_NONE;
	info->repaired = 0;
	info->first = 0;
	inverse *mac = prr_xmalloc(sizeof *mac), *win = prr_xmalloc(sizeof *win);
	inverse_init(mac, PRR_CP_MAC_ROMAN);
	inverse_init(win, PRR_CP_WINDOWS_1252);
	page_scan pages[2] = { { mac, 0, 0, 0 }, { win, 0, 0, 0 } };
	scan_runs(s, n, pages, 2, NULL);
	for (int p = 0; p < 2; p++)
		if (pages[p].count == 1 && lone_text(&pages[p], s, n))
			pages[p].count = 0;
	if (pages[0].count || pages[1].count) {
		/* the page with more runs, Mac Roman on a tie */
		int best = pages[0].count >= pages[1].count ? 0 : 1;
		info->codepage = best ? PRR_CP_WINDOWS_1252 : PRR_CP_MAC_ROMAN;
		info->first = pages[best].first;
		page_scan again = { pages[best].inv, 0, 0, 0 };
		scan_runs(s, n, &again, 1, out);
		info->repaired = again.count;
	}
	free(mac);
	free(win);
	return info->repaired;
}

/*** Line ends doubled ***/

/*
 * A document whose every line is followed by a blank line (line ends
 * doubled by a CR CR LF conversion) has no tables and no lists for a
 * Markdown parser.  Such a document, at least ten lines and no two
 * written lines next to each other, one of its blocks seen torn apart
 * (two table rows, or a sentence going on, with a blank line between;
 * a document of one-line paragraphs and headings is written so, not
 * doubled), is read without the blank lines
 * between: `out` gets that text, `*orig` each of its lines' line in the
 * document, so every position prr reports is still the document's.
 * Runs of two or more blank lines stay one blank line.
 */
/* Whether line `l` (0-based) of `m` holds only spaces; its first byte
 * past them in `*first` (0 for a blank line). */
static bool blank_line(const prr_linemap *m, size_t l, char *first)
{
	const char *p;
	size_t n, k = 0;
	prr_linemap_line(m, (int)l + 1, &p, &n);
	while (k < n && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
		k++;
	*first = k < n ? p[k] : 0;
	return k == n;
}

/* Whether line `l` (0-based) of `m` opens a list item ("- ", "* ",
 * "+ ", "1. ", "1) "), or else is text at its margin (`*text`). */
static bool item_line(const prr_linemap *m, size_t l, bool *text)
{
	const char *p;
	size_t n, k = 0;
	prr_linemap_line(m, (int)l + 1, &p, &n);
	while (k < n && k < 4 && p[k] >= '0' && p[k] <= '9')
		k++;
	bool opens = n > k + 1 && p[k + 1] == ' ' &&
		    (k ? p[k] == '.' || p[k] == ')' : p[0] && strchr("-*+", p[0]) != NULL);
	*text = !opens && n && !strchr(" \t#|>", p[0]);
	return opens;
}

/* Whether written lines `a` and `b` (0-based, a blank between) were one
 * block before their line ends were doubled: two rows of a table, or a
 * sentence going on ("… its hardware lease ends" then "2027-01-31 …" is
 * not, "… the lease" then "ends in May." is). */
static bool torn_apart(const prr_linemap *m, size_t a, size_t b)
{
	const char *p, *q;
	size_t n, k;
	prr_linemap_line(m, (int)a + 1, &p, &n);
	prr_linemap_line(m, (int)b + 1, &q, &k);
	while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
		n--;
	if (!n || !k)
		return false;
	if (p[0] == '|' && q[0] == '|')
		return true;
	bool text = !strchr("#|>-*+", p[0]) && !(p[0] >= '0' && p[0] <= '9');
	return text && !strchr(".:!?", p[n - 1]) && q[0] >= 'a' && q[0] <= 'z';
}

bool prr_undouble(prr_buf *out, int **orig, const prr_linemap *m)
{
	size_t written = 0, prev = 0;
	bool torn = false;
	char c;
	for (size_t l = 0; l < m->n; l++) {
		if (blank_line(m, l, &c))
			continue;
		if (written++ && !torn && prev + 2 == l)
			torn = torn_apart(m, prev, l);
		prev = l;
		if (l + 1 < m->n && !blank_line(m, l + 1, &c))
			return false; /* two written lines together */
	}
	if (written < 10 || !torn)
		return false; /* nothing shows a block torn apart */
	*orig = prr_xmalloc(m->n * sizeof **orig);
	size_t k = 0;
	bool blank_run = false, prev_row = false, prev_item = false, text;
	for (size_t l = 0; l < m->n; l++) {
		if (blank_line(m, l, &c)) {
			/* one blank of a run of two or more is kept, and the
			 * one that ends or opens a table ("| a |" next to text
			 * would be one more row), and the one between a list
			 * item and text at the margin, which would go on with
			 * the item ("- task 8" then "_Reviewed by the board,
			 * 22 September 2026._") */
			bool next_row = false, next_text = false;
			for (size_t j = l + 1; j < m->n; j++)
				if (!blank_line(m, j, &c)) {
					next_row = c == '|';
					item_line(m, j, &next_text);
					break;
				}
			bool more = (l + 1 < m->n && blank_run) ||
				    (!blank_run && (prev_row != next_row ||
						    (prev_item && next_text)));
			blank_run = true;
			if (!more)
				continue;
			blank_run = false;
			prev_row = next_row;
		} else {
			blank_run = false;
			prev_row = c == '|';
			/* (an item's lines after its first are indented) */
			prev_item = item_line(m, l, &text) || (prev_item && !text);
		}
		const char *p;
		size_t n;
		prr_linemap_line(m, (int)l + 1, &p, &n);
		prr_buf_add(out, p, n);
		prr_buf_addc(out, '\n');
		(*orig)[k++] = (int)l + 1;
	}
	return true;
}
