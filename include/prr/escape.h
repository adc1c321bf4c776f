/*
 * escape.h - the one place values are escaped for output.
 *
 * Table-driven: each escaper scans for runs of bytes that need nothing and
 * copies them whole, then looks the odd byte up in a 256-entry map.
 * Template values go through these unless the template asks for raw
 * output ({{{x}}} or {{&x}}), the only unescaped paths.
 */
#ifndef PRR_ESCAPE_H
#define PRR_ESCAPE_H

#include <stddef.h>

#include "prr/buf.h"

/* HTML text and attribute values: & < > " ' become &amp; &lt; &gt; &quot;
 * &#39;. */
void prr_esc_html(prr_buf *b, const char *s, size_t n);

/*
 * Markdown: a value can neither break a table row nor start a block, load
 * an image nor notify anyone.  | ` \ < > ! & become backslash escapes (no
 * HTML, no "![t](url)" image, no "&#64;" entity; "\!" and "\&" show as
 * "!" and "&"); a line break becomes <br> (so a table row stays one line,
 * "\r" is dropped); a leading # - + * = ~ gets a backslash, and so does
 * the "." or ")" after leading digits ("1\. ").  An '@' before a name and
 * after no letter or digit ("@alice", "(@org/team)", not "ops@example.com")
 * is followed by "&#8203;", a zero-width space: GitHub and GitLab show
 * "@alice" but do not make it a mention (the bots Dependabot and Renovate
 * do the same).  Control characters (C0 but tab and line breaks, DEL, C1)
 * become U+FFFD, as in prr_esc_term.  "#123" stays: an issue link pings
 * no one.
 */
void prr_esc_md(prr_buf *b, const char *s, size_t n);

/*
 * A terminal or a CI log: review text must not move the cursor, erase a
 * line, set a title or forge a line of prr's ("gate: passed").  Every
 * control character -- C0 but tab (and newline unless `one_line`), DEL,
 * and C1 (U+0080-U+009F) -- becomes U+FFFD, so ESC, CSI and OSC sequences
 * and carriage returns lose their power and stay visible.
 */
void prr_esc_term(prr_buf *b, const char *s, size_t n, int one_line);
/* prr_esc_term of a C string (NULL: nothing) as one line. */
void prr_esc_term_line(prr_buf *b, const char *s);

#endif
