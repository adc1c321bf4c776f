/* rec_item_names.c - names that look like finding IDs ("UTF-8", "TLS-1",
 * "SHA-256"), and the ticket keys that share their letters ("TLS-310
 * (Critical)"), an ID that ends an item after a dash; see
 * prr_rec_finding_id in rec_item.h. */
#include "rec_words.h"
#include "prr/rec_item.h"

#include <string.h>

/* Letters of names that look like IDs: "UTF-8", "HTTP-2", "Q1", "FY24". */
static const char *const not_id_letters[] = {
	"UTF", "ISO", "IEC", "IEEE", "HTTP", "HTTPS", "SHA", "MD", "AES",
	"RSA", "TLS", "SSL", "COVID", "GPT", "RFC", "CVE", "CWE", "SOC",
	"PCI", "IPV", "OAUTH", "HTML", "CSS", "JDK",
	"PG", "WCAG", "EC", "GP", "X", "Q", "H", "FY", "V", "L",
};
/* Sizes of keys and digests: "AES-256", "RSA-2048". */
static const char *const sizes[] = { "128", "160", "192", "224", "256",
	"384", "512", "1024", "2048", "3072", "4096" };

bool rec_names_match(const char *s, size_t len, const char *const *list,
		     size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (strlen(list[k]) == len && memcmp(list[k], s, len) == 0)
			return true;
	return false;
}

bool rec_name_letters(const char *s, size_t len)
{
	return rec_names_match(s, len, not_id_letters, COUNT(not_id_letters));
}

/* (rec_words.h) "H1. Duplicate run IDs", "**L2:** Logs unrotated", "X1.
 * …": titled so, a half ("H2"), a layer ("L7") is no item's number. */
bool rec_titled_key(const char *s, size_t n, size_t i)
{
	if (i >= n || !strchr("HLX", s[i]))
		return false;
	size_t j = ++i;
	while (j < n && j - i < 3 && rec_is_digit((unsigned char)s[j]))
		j++;
	if (j == i || j - i > 2)
		return false;
	while (j < n && rec_is_emphasis((unsigned char)s[j]))
		j++;
	if (j + 1 >= n || (s[j] != '.' && s[j] != ':'))
		return false;
	for (j++; j < n && rec_is_emphasis((unsigned char)s[j]); j++)
		;
	if (j >= n || s[j] != ' ')
		return false;
	while (j < n && (s[j] == ' ' || s[j] == '*' || s[j] == '_'))
		j++;
	return j < n && (s[j] == '`' || s[j] == '<' || s[j] == '"' ||
			 rec_is_upper((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80);
}

/* Whether a severity alone opens the parentheses at s[i], after blanks:
 * " (Critical)", " (High, blocking)", not " (high entropy)". */
static bool rated_at(const char *s, size_t n, size_t i)
{
	prr_severity sev;
	i = rec_skip_blank(s, n, i);
	if (i >= n || s[i] != '(')
		return false;
	size_t len = rec_sev_word_at(s, n, i + 1, &sev);
	size_t e = i + 1 + len;
	while (len && e < n && rec_is_emphasis((unsigned char)s[e]))
		e++;
	return len && e < n && strchr("),;", s[e]);
}

bool rec_named_ticket(const char *s, size_t n, size_t d, size_t dn, size_t k)
{
	return dn >= 3 && !rec_names_match(s + d, dn, sizes, COUNT(sizes)) &&
	       rated_at(s, n, k);
}

/* (rec_item.h) "… when offline — WAL-5120 (High)": an ID after the
 * last dash. */
bool prr_rec_finding_id_ending(const char *s, size_t n, size_t *dash,
			       size_t *at, size_t *len)
{
	for (size_t i = n; i-- > 3;) {
		if (!(s[i - 3] == ' ' && (unsigned char)s[i - 2] == 0xE2 &&
		      (unsigned char)s[i - 1] == 0x80 &&
		      ((unsigned char)s[i] == 0x94 || (unsigned char)s[i] == 0x93)))
			continue;
		size_t a = i + 1, k;
		while (a < n && s[a] == ' ')
			a++;
		if (a == n || !prr_rec_finding_id(s + a, n - a, &k, len) || k != 0)
			return false;
		*dash = i - 3;
		*at = a;
		return true;
	}
	return false;
}
