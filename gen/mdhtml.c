/* mdhtml.c - Markdown to HTML through md4c-html, links sanitised. */
#include "prr/mdhtml.h"
#include "prr/mdtable.h"

#include <md4c-html.h>
#include <md4c.h>
#include <string.h>

/*** URLs ***/

/* Decodes one character reference at s[0] == '&' (up to `end`): returns
 * its length and sets *c (a code point, or -1 when unknown). */
static size_t entity(const char *s, const char *end, long *c)
{
	static const struct { const char *name; long c; } named[] = {
		{ "amp;", '&' }, { "colon;", ':' }, { "Tab;", '\t' },
		{ "NewLine;", '\n' }, { "sol;", '/' }, { "quest;", '?' },
		{ "num;", '#' }, { "lt;", '<' }, { "gt;", '>' },
		{ "quot;", '"' }, { "apos;", '\'' }, { "period;", '.' },
	};
	*c = -1;
	const char *p = s + 1;
	if (p < end && *p == '#') {
		int hex = ++p < end && (*p == 'x' || *p == 'X');
		p += hex;
		long v = 0;
		const char *digits = p;
		while (p < end && p - digits < 8) {
			char d = *p;
			int x = d >= '0' && d <= '9' ? d - '0'
				: hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
				: hex && d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
			if (x < 0)
				break;
			v = v * (hex ? 16 : 10) + x;
			p++;
		}
		if (p == digits)
			return 1;
		if (p < end && *p == ';')
			p++;
		*c = v;
		return (size_t)(p - s);
	}
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
		size_t k = strlen(named[i].name);
		if ((size_t)(end - p) >= k && memcmp(p, named[i].name, k) == 0) {
			*c = named[i].c;
			return k + 1;
		}
	}
	return 1; /* an unknown reference: the '&' stays itself */
}

prr_url_kind prr_url_classify(const char *url, size_t n)
{
	const char *p = url, *end = url + n;
	char scheme[16];
	size_t k = 0;
	int lead = 1, slashes = 0, odd = 0, colon = 0;
	while (p < end) {
		long c;
		if (*p == '&') {
			p += entity(p, end, &c);
			if (c < 0)
				c = '&'; /* unknown entity: an odd scheme byte */
		} else {
			c = (unsigned char)*p++;
		}
		if (c <= 0x20 || c == 0x7f)
			continue; /* browsers strip or ignore these */
		if (c == ':') {
			colon = 1;
			break;
		}
		if (c == '/' || c == '\\' || c == '?' || c == '#') {
			if (lead && (c == '/' || c == '\\') && ++slashes == 2)
				return PRR_URL_WEB; /* "//host" */
			if (lead && (c == '/' || c == '\\'))
				continue;
			return PRR_URL_RELATIVE;
		}
		if (slashes)
			return PRR_URL_RELATIVE; /* "/path" */
		lead = 0;
		if (k + 1 < sizeof scheme && c < 0x80)
			scheme[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		else
			odd = 1;
	}
	if (!colon)
		return PRR_URL_RELATIVE; /* no ':' at all */
	scheme[k] = '\0';
	if (!odd && (strcmp(scheme, "http") == 0 || strcmp(scheme, "https") == 0 ||
		     strcmp(scheme, "mailto") == 0))
		return PRR_URL_WEB;
	return PRR_URL_UNSAFE;
}

int prr_url_base_ok(const char *u)
{
	if (strncmp(u, "http://", 7) != 0 && strncmp(u, "https://", 8) != 0)
		return 0;
	for (const char *p = u; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f || strchr("\"'<>()[]`\\", *p))
			return 0;
	return 1;
}

/*** Markdown ***/

static void collect(const MD_CHAR *text, MD_SIZE size, void *ud)
{
	prr_buf_add(ud, text, size);
}

/* A refused image: md4c-html wrote `<img src="URL" alt="ALT"[ title="T"]>`
 * with ALT and T HTML-escaped (no raw '"' or '>').  Appends ALT alone, so
 * the reader keeps the words and no request is made, followed by
 * ` (<code>URL</code>)` when `url` is given (a file next to the document,
 * which the site does not have).  `q` is the '"' closing URL; returns
 * where the copy goes on (after the tag). */
static const char *refused_image(prr_buf *out, const char *q, const char *end,
				 const char *url)
{
	const char *p = q < end ? q + 1 : end;
	size_t alt_n = 0;
	if ((size_t)(end - p) >= 6 && memcmp(p, " alt=\"", 6) == 0) {
		const char *alt = p + 6;
		const char *stop = memchr(alt, '"', (size_t)(end - alt));
		if (!stop)
			stop = end;
		alt_n = (size_t)(stop - alt);
		prr_buf_add(out, alt, alt_n);
		p = stop;
	}
	if (url && q > url) {
		prr_buf_adds(out, alt_n ? " (<code>" : "<code>");
		prr_buf_add(out, url, (size_t)(q - url));
		prr_buf_adds(out, alt_n ? "</code>)" : "</code>");
	}
	const char *gt = memchr(p, '>', (size_t)(end - p));
	return gt ? gt + 1 : end;
}

/* 1 if the HTML in s[0..n) reads, tags left out, as the `tn` bytes at t */
static int text_is(const char *s, size_t n, const char *t, size_t tn)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '<') {
			const char *gt = memchr(s + i, '>', n - i);
			if (!gt)
				return 0;
			i = (size_t)(gt - s);
			continue;
		}
		if (k >= tn || s[i] != t[k++])
			return 0;
	}
	return k == tn;
}

/* Copies `html` to `out`, dropping the href values the rules refuse
 * (a refused image becomes its alt text), shifting headings and making
 * code blocks and tables focusable.  A relative link would be dead on the
 * site, which has none of the document's neighbours: "#fragment" goes to
 * the anchor `anchor` names, else the link is its text, followed by
 * ` (<code>TARGET</code>)` for a path the text does not already show.
 * md4c-html writes every tag itself (raw HTML is off) and quotes every
 * attribute with '"', percent-encoding any '"' in a URL, so its tags can
 * be read by position; links do not nest. */
static void filter(prr_buf *out, const char *html, size_t n, int shift,
		   prr_md_anchor_fn anchor, void *ud)
{
	const char *p = html, *end = html + n;
	/* an unlinked link: its target, and where its text starts in out */
	const char *unlinked = NULL;
	size_t unlinked_n = 0, text_at = 0;
	while (p < end) {
		const char *lt = memchr(p, '<', (size_t)(end - p));
		if (!lt) {
			prr_buf_add(out, p, (size_t)(end - p));
			break;
		}
		prr_buf_add(out, p, (size_t)(lt - p));
		p = lt;
		size_t rest = (size_t)(end - p);
		const char *attr = NULL;
		int image = 0;
		if (rest > 9 && memcmp(p, "<a href=\"", 9) == 0) {
			attr = p + 3;
		} else if (rest > 9 && memcmp(p, "<img src=\"", 10) == 0) {
			attr = p + 5;
			image = 1;
		}
		if (attr) {
			const char *v = strchr(attr, '"') + 1;
			const char *q = memchr(v, '"', (size_t)(end - v));
			if (!q)
				q = end;
			prr_url_kind k = prr_url_classify(v, (size_t)(q - v));
			if (image) {
				/* no request, no dead image: the alt text,
				 * and a relative file's name */
				p = refused_image(out, q, end,
						  k == PRR_URL_RELATIVE && *v != '#' ? v : NULL);
				continue;
			}
			p = q < end ? q + 1 : end;
			if (k == PRR_URL_RELATIVE) {
				const char *id = *v == '#' && anchor
					? anchor(ud, v + 1, (size_t)(q - v - 1)) : NULL;
				if (id) {
					prr_buf_adds(out, "<a href=\"#");
					prr_buf_adds(out, id);
					prr_buf_addc(out, '"');
					continue;
				}
				/* the text alone: drop the rest of the tag */
				const char *gt = memchr(p, '>', (size_t)(end - p));
				p = gt ? gt + 1 : end;
				unlinked = v; /* a fragment: the text only */
				unlinked_n = *v == '#' ? 0 : (size_t)(q - v);
				text_at = out->n;
				continue;
			}
			prr_buf_adds(out, "<a"); /* an unsafe one: "<a>" */
			if (k == PRR_URL_WEB)
				prr_buf_add(out, attr - 1, (size_t)(q + 1 - (attr - 1)));
			continue;
		}
		if (unlinked && rest >= 4 && memcmp(p, "</a>", 4) == 0) {
			p += 4;
			if (unlinked_n && !text_is(out->p + text_at, out->n - text_at,
						   unlinked, unlinked_n)) {
				prr_buf_adds(out, " (<code>");
				prr_buf_add(out, unlinked, unlinked_n);
				prr_buf_adds(out, "</code>)");
			}
			unlinked = NULL;
			continue;
		}
		/* a code block or a table scrolls sideways when wider than the
		 * page (style.css): it takes the keyboard focus, so that the
		 * keys can scroll it too */
		if (rest >= 5 && memcmp(p, "<pre>", 5) == 0) {
			prr_buf_adds(out, "<pre tabindex=\"0\">");
			p += 5;
			continue;
		}
		if (rest >= 7 && memcmp(p, "<table>", 7) == 0) {
			prr_buf_adds(out, "<table tabindex=\"0\">");
			p += 7;
			continue;
		}
		int close = rest > 3 && p[1] == '/';
		const char *h = p + 1 + close;
		if (shift && (size_t)(end - h) > 2 && h[0] == 'h' && h[1] >= '1' &&
		    h[1] <= '6' && (h[2] == '>' || h[2] == ' ')) {
			int level = h[1] - '0' + shift;
			prr_buf_addf(out, "<%sh%d", close ? "/" : "",
				     level > 6 ? 6 : level < 1 ? 1 : level);
			p = h + 2;
			continue;
		}
		prr_buf_addc(out, '<');
		p++;
	}
}

int prr_md_html(prr_buf *out, const char *md, size_t n, int shift,
		prr_md_anchor_fn anchor, void *ud, prr_buf *err)
{
	prr_buf raw = PRR_BUF_INIT, narrowed = PRR_BUF_INIT;
	/* a table too wide to read is text, not 10^8 padded cells */
	md = prr_md_narrow_tables(&narrowed, md, n, NULL, NULL);
	int rc = md_html(md, (MD_SIZE)n, collect, &raw,
			 MD_DIALECT_GITHUB | MD_FLAG_NOHTML,
			 MD_HTML_FLAG_SKIP_UTF8_BOM);
	prr_buf_free(&narrowed);
	if (rc != 0) {
		prr_buf_adds(err, "the Markdown renderer failed");
		prr_buf_free(&raw);
		return -1;
	}
	filter(out, raw.p, raw.n, shift, anchor, ud);
	prr_buf_free(&raw);
	return 0;
}
