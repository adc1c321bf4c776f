/*
 * utf8.h - UTF-8 validation and decoding.
 *
 * Every text prr reads must be UTF-8.  A byte-order mark is accepted and
 * skipped.  (Repair of mojibake, text that was UTF-8 once and went through
 * a Mac Roman or Windows-1252 decoder, lives with the Markdown importer.)
 */
#ifndef PRR_UTF8_H
#define PRR_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decodes one code point at `s` (at most `n` bytes).  Returns its length
 * (1-4), or 0 when the bytes there are not valid UTF-8 (overlong forms,
 * surrogates and values past U+10FFFF are invalid).
 */
int prr_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Encodes `cp` into `out` (4 bytes of room); returns the length. */
int prr_utf8_encode(uint32_t cp, char *out);
/* 1 if all `n` bytes are valid UTF-8; else 0 and `*bad` = first bad byte. */
int prr_utf8_valid(const char *s, size_t n, size_t *bad);
/* Length of the leading run of ASCII bytes of `s` (fast: 8 at a time). */
size_t prr_utf8_ascii(const char *s, size_t n);
/* Length of a leading UTF-8 byte-order mark (3) or 0. */
size_t prr_utf8_bom(const char *s, size_t n);
/* Length of a space at `s` that is no plain space, or 0: a no-break space
 * (U+00A0, U+2007, U+202F), read as a space (*invisible 0), or one that
 * shows nothing (zero-width U+200B, word joiner U+2060, U+FEFF), read as
 * nothing (*invisible 1). */
size_t prr_utf8_odd_space(const char *s, size_t n, int *invisible);
/* s[0..n) into `out` (n bytes of room) as a reader reads it: each no-break
 * space a space, each zero-width one left out (text's "\u00a0Fail" is
 * "Fail", "Not\u00a0ready" "Not ready", as "&nbsp;" is a space).  Returns
 * the length written. */
size_t prr_utf8_plain_spaces(char *out, const char *s, size_t n);

#endif
