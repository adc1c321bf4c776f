/* escape.c - table-driven escaping; see include/prr/escape.h. */
#include "prr/escape.h"

#include <string.h>

static const char *const html_map[256] = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;",
	['"'] = "&quot;", ['\''] = "&#39;",
};

static const char *const md_map[256] = {
	['|'] = "\\|", ['`'] = "\\`", ['\\'] = "\\\\", ['<'] = "\\<",
	['>'] = "\\>", ['\n'] = "<br>", ['\r'] = "",
};

/* Copies clean runs whole; bytes with a map entry become that entry. */
static void esc_map(prr_buf *b, const char *const map[256], const char *s,
		    size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	prr_buf_grow(b, n);
	while (p < end) {
		const unsigned char *run = p;
		while (p < end && !map[*p])
			p++;
		if (p > run)
			prr_buf_add(b, run, (size_t)(p - run));
		if (p < end)
			prr_buf_adds(b, map[*p++]);
	}
}

void prr_esc_html(prr_buf *b, const char *s, size_t n)
{
	esc_map(b, html_map, s, n);
}

void prr_esc_md(prr_buf *b, const char *s, size_t n)
{
	size_t i = 0;
	/* what would start a heading, list, quote, rule or fence */
	if (n && s[0] && strchr("#-+*=~", s[0])) {
		prr_buf_addc(b, '\\');
	} else {
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i > 0 && i < n && (s[i] == '.' || s[i] == ')')) {
			prr_buf_add(b, s, i);
			prr_buf_addc(b, '\\');
			s += i;
			n -= i;
		}
	}
	esc_map(b, md_map, s, n);
}
