/*
 * mdhtml.h - review prose (Markdown) as safe HTML, and the link sanitiser.
 *
 * Narratives come from review documents anyone may have written, so the
 * HTML made of them is restricted: md4c's HTML renderer with raw HTML off
 * (MD_FLAG_NOHTML: every '<' of the input is text), then a pass over its
 * output that keeps a link only when its target is http, https, mailto or
 * relative, and shows no image (the site makes no external request, and
 * has none of the document's files).  javascript:, data:, vbscript: and
 * every other scheme, however spelt (mixed case, entities, tabs and
 * newlines inside the scheme), lose the attribute.  A relative link would
 * be dead on the site (`docs/plan.md` names a file beside the document,
 * not a page): "#fragment" goes to the section it names when the caller
 * knows it, and any other is shown as its text and its target,
 * "plan (<code>docs/plan.md</code>)", so the reader still sees where to
 * look.
 */
#ifndef PRR_MDHTML_H
#define PRR_MDHTML_H

#include <stddef.h>

#include "prr/buf.h"

typedef enum prr_url_kind {
	PRR_URL_UNSAFE = 0, /* a scheme other than the ones below */
	PRR_URL_RELATIVE,   /* no scheme, no host: "../a.html", "#x", "" */
	PRR_URL_WEB,        /* http:, https:, mailto:, or "//host" */
} prr_url_kind;

/*
 * Classifies `n` bytes of a URL as a browser would read the scheme: HTML
 * character references decoded (&#106; &#x6A; &colon; &Tab; &amp; …),
 * ASCII whitespace and control bytes ignored, case folded.  Anything with
 * a ':' before the first '/', '?' or '#' whose scheme is not http, https
 * or mailto is unsafe, including schemes hidden behind unknown entities.
 */
prr_url_kind prr_url_classify(const char *url, size_t n);

/*
 * 1 if `url` can serve as a site's base URL printed unescaped into
 * Markdown links: http or https, and no space, control byte, quote,
 * bracket, backtick or backslash.
 */
int prr_url_base_ok(const char *url);

/*
 * The id of the element of the page that a "#fragment" link names (the
 * `n` bytes after '#', as md4c-html wrote them: percent-encoded), or NULL
 * when there is none; the id is written unescaped, so it must be made of
 * letters, digits and '-'.
 */
typedef const char *(*prr_md_anchor_fn)(void *ud, const char *frag, size_t n);

/*
 * Appends the HTML of `n` bytes of Markdown (GitHub dialect: tables,
 * task lists, strikethrough, autolinks; raw HTML shown as text) to `out`,
 * links and images filtered as above, headings moved down `shift` levels
 * (an "# x" inside a section under an <h2> becomes <h3> with shift 2),
 * never beyond <h6>.  `anchor` (may be NULL: no fragment resolves) is
 * called with `ud` for each "#fragment" link.  Returns 0, or -1 with a
 * message in `err`.
 */
int prr_md_html(prr_buf *out, const char *md, size_t n, int shift,
		prr_md_anchor_fn anchor, void *ud, prr_buf *err);

#endif
