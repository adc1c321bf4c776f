/* archive_links.c - the relative links of a site's pages and stylesheets,
 * which say what an archived review needs besides its own folder. */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "archive_int.h"

static bool has_suffix_ci(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	if (n < m)
		return false;
	for (size_t i = 0; i < m; i++) {
		char c = s[n - m + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != suffix[i])
			return false;
	}
	return true;
}

bool arc_is_html(const char *p)
{
	return has_suffix_ci(p, ".html") || has_suffix_ci(p, ".htm");
}

bool arc_is_css(const char *p) { return has_suffix_ci(p, ".css"); }

int arc_hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Resolves the reference `ref` (`n` bytes, as written in a file at `base`,
 * a path relative to the site) to a path relative to the site, into `out`.
 * Returns 0 when it is a relative reference to a file inside the site; -1
 * for absolute URLs, rooted paths, fragments and paths leaving the site.
 * In HTML, "&amp;" in an attribute is "&".
 */
int arc_resolve_ref(prr_buf *out, const char *base, const char *ref,
		    size_t n, bool html)
{
	prr_buf_reset(out);
	while (n && (*ref == ' ' || *ref == '\t' || *ref == '\n' || *ref == '\r'))
		ref++, n--;
	while (n && (ref[n - 1] == ' ' || ref[n - 1] == '\t' ||
		     ref[n - 1] == '\n' || ref[n - 1] == '\r'))
		n--;
	for (size_t i = 0; i < n; i++)
		if (ref[i] == '#' || ref[i] == '?') {
			n = i;
			break;
		}
	if (n == 0 || ref[0] == '/')
		return -1;
	/* a scheme: letters, digits, + - . up to a ':' before any '/' */
	for (size_t i = 0; i < n && ref[i] != '/'; i++)
		if (ref[i] == ':')
			return -1;
	/* the base's folder, then the reference, then normalise */
	prr_buf joined = PRR_BUF_INIT;
	const char *slash = strrchr(base, '/');
	if (slash)
		prr_buf_add(&joined, base, (size_t)(slash - base) + 1);
	for (size_t i = 0; i < n; i++) {
		if (html && ref[i] == '&' && n - i >= 5 &&
		    memcmp(ref + i, "&amp;", 5) == 0) {
			prr_buf_addc(&joined, '&');
			i += 4;
		} else if (ref[i] == '%' && i + 2 < n && arc_hexval(ref[i + 1]) >= 0 &&
			   arc_hexval(ref[i + 2]) >= 0) {
			prr_buf_addc(&joined, (char)(arc_hexval(ref[i + 1]) * 16 +
						     arc_hexval(ref[i + 2])));
			i += 2;
		} else {
			prr_buf_addc(&joined, ref[i]);
		}
	}
	if (joined.n && joined.p[joined.n - 1] == '/')
		prr_buf_adds(&joined, "index.html");
	int rc = 0;
	const char *p = joined.p;
	while (*p && rc == 0) {
		const char *e = strchr(p, '/');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == 0 || (len == 1 && p[0] == '.')) {
			/* nothing */
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			char *last = out->n ? strrchr(out->p, '/') : NULL;
			if (out->n == 0)
				rc = -1; /* leaves the site */
			else
				prr_buf_truncate(out, last ? (size_t)(last - out->p) : 0);
		} else if (memchr(p, '\0', len) || memchr(p, '\n', len)) {
			rc = -1;
		} else {
			if (out->n)
				prr_buf_addc(out, '/');
			prr_buf_add(out, p, len);
		}
		p += len;
		if (*p == '/')
			p++;
	}
	prr_buf_free(&joined);
	if (rc == 0 && out->n == 0)
		rc = -1;
	return rc;
}

bool arc_ci_eq(const char *p, const char *word, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != word[i])
			return false;
	}
	return true;
}

/* The value after "url(" at p: quoted or bare, up to ')'. */
static const char *scan_url(const char *p, const char *end, void *ud, arc_ref_fn fn)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p < end && (*p == '"' || *p == '\'')) {
		char q = *p++;
		const char *s = p;
		while (p < end && *p != q)
			p++;
		fn(ud, s, (size_t)(p - s));
		return p;
	}
	const char *s = p;
	while (p < end && *p != ')')
		p++;
	fn(ud, s, (size_t)(p - s));
	return p;
}

/*
 * Calls `fn` with every reference in `text`: href=, src= attributes (in
 * HTML), url(…) and @import "…" (in stylesheets and inline styles).
 */
void arc_scan_refs(const char *text, size_t len, bool html, void *ud,
		   arc_ref_fn fn)
{
	const char *p = text, *end = text + len;
	while (p < end) {
		if (end - p >= 4 && arc_ci_eq(p, "url(", 4)) {
			p = scan_url(p + 4, end, ud, fn);
			continue;
		}
		if (!html && end - p >= 7 && arc_ci_eq(p, "@import", 7)) {
			const char *q = p + 7;
			while (q < end && (*q == ' ' || *q == '\t'))
				q++;
			if (q < end && (*q == '"' || *q == '\'')) {
				p = scan_url(q, end, ud, fn);
				continue;
			}
			p = q;
			continue;
		}
		size_t name = 0;
		if (html && p > text && strchr(" \t\r\n", p[-1])) {
			if (end - p >= 4 && arc_ci_eq(p, "href", 4))
				name = 4;
			else if (end - p >= 3 && arc_ci_eq(p, "src", 3))
				name = 3;
		}
		if (!name) {
			p++;
			continue;
		}
		const char *q = p + name;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\n'))
			q++;
		if (q >= end || *q != '=') {
			p = q;
			continue;
		}
		q++;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\n'))
			q++;
		if (q < end && (*q == '"' || *q == '\'')) {
			char quote = *q++;
			const char *s = q;
			while (q < end && *q != quote)
				q++;
			fn(ud, s, (size_t)(q - s));
		} else {
			const char *s = q;
			while (q < end && !strchr(" \t\r\n>", *q))
				q++;
			fn(ud, s, (size_t)(q - s));
		}
		p = q;
	}
}
