/* escape.c - table-driven escaping; see include/prr/escape.h. */
#include "prr/escape.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static const char *const html_map[256] = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;",
	['"'] = "&quot;", ['\''] = "&#39;",
};

/* The map entry of a byte escaped by its context (the caller's job):
 * told by its first byte, which no escape begins with (an address would
 * not do: a compiler may give "" of another entry, '\r''s, the same). */
#define IN_CONTEXT "\x01"

#define FFFD "\xEF\xBF\xBD"
/* Markdown; prr_esc_md looks at '@' and 0xC2 (that may start a C1
 * control) in their context. */
static const char *const md_map[256] = {
	['|'] = "\\|", ['`'] = "\\`", ['\\'] = "\\\\", ['<'] = "\\<",
	['>'] = "\\>", ['\n'] = "<br>", ['\r'] = "", ['!'] = "\\!",
	['&'] = "\\&", ['@'] = IN_CONTEXT, [0xC2] = IN_CONTEXT,
	[0x00] = FFFD, [0x01] = FFFD, [0x02] = FFFD, [0x03] = FFFD, [0x04] = FFFD,
	[0x05] = FFFD, [0x06] = FFFD, [0x07] = FFFD, [0x08] = FFFD, [0x0B] = FFFD,
	[0x0C] = FFFD, [0x0E] = FFFD, [0x0F] = FFFD, [0x10] = FFFD, [0x11] = FFFD,
	[0x12] = FFFD, [0x13] = FFFD, [0x14] = FFFD, [0x15] = FFFD, [0x16] = FFFD,
	[0x17] = FFFD, [0x18] = FFFD, [0x19] = FFFD, [0x1A] = FFFD, [0x1B] = FFFD,
	[0x1C] = FFFD, [0x1D] = FFFD, [0x1E] = FFFD, [0x1F] = FFFD, [0x7F] = FFFD,
};

/*
 * Bytes with a map entry become that entry; the others are copied as they
 * are scanned, straight into the buffer.  Escaping runs once per value on
 * every page, values are short (a dozen bytes on average) and most need
 * nothing escaped: copying while scanning costs less than scanning a run
 * and then calling prr_buf_add (and memcpy) for it.  Stops at the end or
 * at a byte whose entry is IN_CONTEXT, and returns where it stopped.
 */
static const unsigned char *esc_map(prr_buf *b, const char *const map[256],
				    const unsigned char *p,
				    const unsigned char *end)
{
	while (p < end) {
		prr_buf_grow(b, (size_t)(end - p)); /* room for the rest, clean */
		char *q = b->p + b->n;
		while (p < end && !map[*p])
			*q++ = (char)*p++;
		b->n = (size_t)(q - b->p);
		b->p[b->n] = '\0';
		if (p < end && map[*p][0] == IN_CONTEXT[0])
			break;
		if (p < end)
			prr_buf_adds(b, map[*p++]);
	}
	return p;
}

/* How many bytes of s[0..n) come before the first one HTML escapes (n
 * when none does).  Sixteen bytes at a compare with SSE2 (every x86-64
 * has it), else eight with the word trick below; the tail is read as the
 * last whole block, overlapping what was already looked at. */
#ifdef __SSE2__
static unsigned html_special16(const unsigned char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i m = _mm_or_si128(
		_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('&')),
			     _mm_cmpeq_epi8(x, _mm_set1_epi8('<'))),
		_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('>')),
					  _mm_cmpeq_epi8(x, _mm_set1_epi8('"'))),
			     _mm_cmpeq_epi8(x, _mm_set1_epi8('\''))));
	return (unsigned)_mm_movemask_epi8(m);
}
#define HTML_BLOCK 16
#define HTML_SPECIAL(p) (html_special16(p) != 0)
#else
/* Non-zero when a byte of `x` is `c` (exact: the classic "has a zero
 * byte" test on x ^ c repeated). */
static uint64_t has_byte(uint64_t x, unsigned char c)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t y = x ^ (ones * c);
	return (y - ones) & ~y & highs;
}

static bool html_special8(const unsigned char *p)
{
	uint64_t x;
	memcpy(&x, p, 8);
	return (has_byte(x, '&') | has_byte(x, '<') | has_byte(x, '>') |
		has_byte(x, '"') | has_byte(x, '\'')) != 0;
}
#define HTML_BLOCK 8
#define HTML_SPECIAL(p) html_special8(p)
#endif

static size_t html_clean_prefix(const unsigned char *p, size_t n)
{
	size_t i = 0;
	if (n < HTML_BLOCK) {
		while (i < n && !html_map[p[i]])
			i++;
		return i;
	}
	while (n - i >= HTML_BLOCK && !HTML_SPECIAL(p + i))
		i += HTML_BLOCK;
	if (i == n || (n - i < HTML_BLOCK && !HTML_SPECIAL(p + n - HTML_BLOCK)))
		return n;
	while (!html_map[p[i]])
		i++;
	return i;
}

/* HTML, the escaping of nearly every value of the site: the clean prefix
 * (mostly the whole value) is copied at once, the rest byte by byte into
 * room made once for the worst case ("&quot;" is 6 bytes). */
void prr_esc_html(prr_buf *b, const char *s, size_t n)
{
	if (n > SIZE_MAX / 8)
		prr_die_oom();
	prr_buf_grow(b, 6 * n);
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	char *q = b->p + b->n;
	size_t clean = html_clean_prefix(p, n);
	prr_copy(q, (const char *)p, clean);
	q += clean;
	for (p += clean; p < end; p++) {
		const char *e = html_map[*p];
		if (!e) {
			*q++ = (char)*p;
			continue;
		}
		while (*e)
			*q++ = *e++;
	}
	b->n = (size_t)(q - b->p);
	b->p[b->n] = '\0';
}

static bool isalnum_ascii(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* 1 if s[i] ends a block marker: a space, a tab, or the end of the value. */
static int marker_end(const char *s, size_t n, size_t i)
{
	return i >= n || s[i] == ' ' || s[i] == '\t';
}

/*
 * 1 if the value, put at the start of a line, would open a block instead
 * of being text (CommonMark): a list item ("- x", "+ x", "* x", "1. x",
 * "1) x"), an ATX heading ("# x", up to six '#'), a thematic break or
 * setext underline or fence ("---", "***", "___", "===", "~~~").  Values
 * such as "8.2", "+18.9" or "#3" cannot, and stay unescaped.
 */
static size_t block_marker(const char *s, size_t n)
{
	if (!n)
		return 0;
	char c = s[0];
	if ((c == '-' || c == '+' || c == '*') && marker_end(s, n, 1))
		return 1;
	if (c == '-' || c == '*' || c == '_' || c == '=' || c == '~') {
		size_t k = 0;
		while (k < n && s[k] == c)
			k++;
		if (k >= 3 || (c == '=' && k == n))
			return 1;
	}
	if (c == '#') {
		size_t k = 0;
		while (k < n && s[k] == '#')
			k++;
		if (k <= 6 && marker_end(s, n, k))
			return 1;
	}
	size_t d = 0;
	while (d < n && d < 9 && s[d] >= '0' && s[d] <= '9')
		d++;
	if (d > 0 && d < n && (s[d] == '.' || s[d] == ')') &&
	    marker_end(s, n, d + 1))
		return d + 1;
	return 0;
}

void prr_esc_md(prr_buf *b, const char *s, size_t n)
{
	/* a backslash before the marker's last character keeps it text */
	size_t m = block_marker(s, n);
	if (m) {
		prr_buf_add(b, s, m - 1);
		prr_buf_addc(b, '\\');
		s += m - 1;
		n -= m - 1;
	}
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	while ((p = esc_map(b, md_map, p, end)) < end) {
		if (*p == 0xC2) { /* U+0080-U+009F: C1 controls */
			bool c1 = p + 1 < end && p[1] >= 0x80 && p[1] <= 0x9F;
			prr_buf_adds(b, c1 ? FFFD : "\xC2");
			p += c1 ? 2 : 1;
			continue;
		}
		/* '@' and a name: a mention, unless a letter or digit is
		 * before it (an e-mail address) */
		bool word = p > (const unsigned char *)s && isalnum_ascii(p[-1]);
		bool name = p + 1 < end && (isalnum_ascii(p[1]) || p[1] == '_' ||
					    p[1] == '-');
		prr_buf_adds(b, !word && name ? "@&#8203;" : "@");
		p++;
	}
}

/*** Terminal text ***/

void prr_esc_term(prr_buf *b, const char *s, size_t n, int one_line)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	while (p < end) {
		const unsigned char *run = p;
		while (p < end && *p >= 0x20 && *p != 0x7f &&
		       !(*p == 0xC2 && p + 1 < end && p[1] >= 0x80 && p[1] <= 0x9F))
			p++;
		prr_buf_add(b, (const char *)run, (size_t)(p - run));
		if (p == end)
			break;
		if (*p == '\t' || (*p == '\n' && !one_line)) {
			prr_buf_addc(b, (char)*p++);
			continue;
		}
		prr_buf_adds(b, "\xEF\xBF\xBD"); /* U+FFFD */
		p += *p == 0xC2 ? 2 : 1;
	}
}

void prr_esc_term_line(prr_buf *b, const char *s)
{
	if (s)
		prr_esc_term(b, s, strlen(s), 1);
}
