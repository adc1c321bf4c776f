/* utf8.c - UTF-8 validation and decoding; see include/prr/utf8.h. */
#include "prr/utf8.h"

#include <string.h>

int prr_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	if (n == 0)
		return 0;
	unsigned char c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	int len;
	uint32_t v, min;
	if ((c & 0xE0) == 0xC0) {
		len = 2, v = c & 0x1F, min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		len = 3, v = c & 0x0F, min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		len = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if ((size_t)len > n)
		return 0;
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

int prr_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t prr_utf8_ascii(const char *s, size_t n)
{
	size_t i = 0;
	/* a word at a time: any high bit in it is a non-ASCII byte */
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080u)
			break;
	}
	while (i < n && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

int prr_utf8_valid(const char *s, size_t n, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		/* fast path over ASCII runs */
		i += prr_utf8_ascii(s + i, n - i);
		if (i == n)
			break;
		uint32_t cp;
		int len = prr_utf8_decode(p + i, n - i, &cp);
		if (!len) {
			if (bad)
				*bad = i;
			return 0;
		}
		i += (size_t)len;
	}
	return 1;
}

size_t prr_utf8_bom(const char *s, size_t n)
{
	return n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

size_t prr_utf8_odd_space(const char *s, size_t n, int *invisible)
{
	const unsigned char *p = (const unsigned char *)s;
	*invisible = 0;
	if (n >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
		return 2;
	if (n < 3)
		return 0;
	if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x87 || p[2] == 0xAF))
		return 3;
	*invisible = (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x8B) ||
		     (p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0xA0) ||
		     (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF);
	return *invisible ? 3 : 0;
}

size_t prr_utf8_plain_spaces(char *out, const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int invisible;
		size_t odd = c == 0xC2 || c == 0xE2 || c == 0xEF
				     ? prr_utf8_odd_space(s + i, n - i, &invisible) : 0;
		if (!odd) {
			out[k++] = s[i];
			continue;
		}
		if (!invisible)
			out[k++] = ' ';
		i += odd - 1;
	}
	return k;
}
