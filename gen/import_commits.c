/*
 * import_commits.c - the commits a review's text cites: a hash after the
 * word "commit", in backticks, or opening a line or item.  A commit the
 * text says is not merged yet ("commit `c0ffee1`, not merged yet") is no
 * claim about the history, so it is not cited.
 */
#include "import_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>


/*
 * The first i' in [i, end) where s[i'] is 'c' or 'C', or `end`.  Eight
 * bytes a step (a byte with bit 5 set is 'c' exactly when it was 'c' or
 * 'C'): scan_commits runs over every cell and line of the document, and a
 * byte-by-byte search was a tenth of the walk.
 */
size_t imp_find_c(const char *s, size_t i, size_t end)
{
	const uint64_t ones = 0x0101010101010101u;
	for (; i + 8 <= end; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t x = (w | ones * 0x20) ^ (ones * 'c'); /* 0 where c/C */
		if ((x - ones) & ~x & ones * 0x80)
			break;
	}
	while (i < end && (s[i] | 0x20) != 'c')
		i++;
	return i;
}


/* Whether "commit" (any case) occurs in s[0, n): what scan_commits needs. */
bool imp_mentions_commit(const char *s, size_t n)
{
	if (n < 6)
		return false;
	for (size_t i = imp_find_c(s, 0, n - 5); i < n - 5;
	     i = imp_find_c(s, i + 1, n - 5))
		if ((s[i + 1] | 0x20) == 'o' && strncasecmp(s + i, "commit", 6) == 0)
			return true;
	return false;
}

/* The length of a commit-like token at s[h]: 7-40 hex digits, both
 * letters and digits, the letters of one case (git writes hashes in small
 * letters; "Ed25519", a key's algorithm, is a word), standing alone; 0
 * when there is none. */
static size_t sha_at(const char *s, size_t n, size_t h)
{
	size_t j = h;
	bool lower = false, upper = false, digit = false;
	while (j < n && isxdigit((unsigned char)s[j])) {
		lower |= islower((unsigned char)s[j]) != 0;
		upper |= isupper((unsigned char)s[j]) != 0;
		digit |= isdigit((unsigned char)s[j]) != 0;
		j++;
	}
	if (j - h < 7 || j - h > 40 || lower == upper || !digit ||
	    (j < n && isalnum((unsigned char)s[j])) ||
	    (h && isalnum((unsigned char)s[h - 1])))
		return 0;
	return j - h;
}

/* (import_int.h) */
bool imp_is_sha(const char *s, size_t n)
{
	size_t h = 0;
	while (h < n && (s[h] == ' ' || s[h] == '`' || s[h] == '*'))
		h++;
	size_t k = sha_at(s, n, h);
	while (k && h + k < n && strchr(" `*", s[h + k]))
		k++;
	return k && h + k == n;
}

/* Whether the clause around the hash at s[h, h + k) says the commit is
 * not merged yet ("commit `c0ffee1`, not merged yet"): it is then no claim
 * about the history.  The clause is read at most CLAUSE_MAX bytes either
 * side, so a line of many hashes is read in linear time. */
#define CLAUSE_MAX 160
static bool unmerged(const char *s, size_t n, size_t h, size_t k)
{
	size_t a = h, b = h + k;
	while (a > 0 && h - a < CLAUSE_MAX && !strchr(".;\n", s[a - 1]))
		a--;
	while (b < n && b - h - k < CLAUSE_MAX && !strchr(".;\n", s[b]))
		b++;
	static const char *const words[] = { "not merged", "not yet merged",
		"unmerged", "not landed", "not yet landed" };
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (imp_contains_ci_n(s + a, b - a, words[i]))
			return true;
	return false;
}

/* Whether the words of its clause before the hash at s[h] label it a
 * hash of something else than a commit: a certificate's, a file's, a
 * key's ("**Current Hash:** `66d9…`", "SHA-1 fingerprint:", "checksum"),
 * or another system's ID ("Buffer ID `6a4a86fac109183ee8590fd1`", a
 * Mongo object id), not a commit's or a revision's ("Commit hash:", "Git
 * SHA", "commit ID").  Read at most CLAUSE_MAX bytes back, as unmerged
 * reads. */
static bool other_hash(const char *s, size_t h)
{
	static const char *const hashes[] = { "hash", "fingerprint",
		"checksum", "digest", "md5", "sha-256", "sha256", NULL };
	static const char *const commits[] = { "commit", "revision", "git",
		NULL };
	static const char *const ids[] = { "id", "ids", "identifier",
		"objectid", "mongo", NULL };
	size_t a = h;
	while (a > 0 && h - a < CLAUSE_MAX && !strchr(".;\n", s[a - 1]))
		a--;
	bool hashed = false;
	for (size_t i = a; i < h; i++) {
		if (i > a && isalpha((unsigned char)s[i - 1]))
			continue; /* at a word's start */
		for (int w = 0; commits[w]; w++)
			if (imp_starts_with_ci(s + i, h - i, commits[w]))
				return false;
		for (int w = 0; hashes[w] && !hashed; w++)
			hashed = imp_starts_with_ci(s + i, h - i, hashes[w]);
		/* "ID", "IDs", "id:" a word whole ("idle" none) */
		size_t e = i;
		while (e < h && isalpha((unsigned char)s[e]))
			e++;
		hashed |= imp_is_one_of(s + i, e - i, ids);
	}
	return hashed;
}

static void add_commit(imp *im, const char *s, size_t n, size_t h, size_t k,
		       int line)
{
	if (unmerged(s, n, h, k) || other_hash(s, h))
		return;
	seen_set *set = &im->seen_commits;
	imp_seen_reserve(set);
	uint64_t hash = imp_hash_bytes(HASH_START, s + h, k);
	size_t mask = set->cap - 1, at = hash & mask;
	for (; set->v[at].idx; at = (at + 1) & mask) {
		const char *ref = im->r->commits[set->v[at].idx - 1].ref;
		if (set->v[at].hash == hash && strlen(ref) == k &&
		    strncmp(ref, s + h, k) == 0)
			return;
	}
	prr_commitref *c = PUSH(im, commits);
	c->ref = prr_arena_strndup(im->a, s + h, k);
	c->text = imp_clean(im, s, n);
	c->line = line;
	imp_seen_add(set, at, hash, im->r->n_commits - 1);
}

/*
 * Commit references: a hash after the word "commit" ("commit f670752",
 * "(commit d262a22 …)"), a hash in backticks ("`cde98d7`"), or a hash that
 * opens the line or item ("d318e9d - Task 2").
 */
void imp_scan_commits(imp *im, const char *s, size_t n, int line)
{
	size_t k, lead = 0;
	while (lead < n && (s[lead] == ' ' || s[lead] == '*'))
		lead++;
	if ((k = sha_at(s, n, lead)))
		add_commit(im, s, n, lead, k, line);
	for (const char *q = memchr(s, '`', n); q && q + 1 < s + n;
	     q = memchr(q + 1, '`', (size_t)(s + n - q - 1))) {
		size_t h = (size_t)(q - s) + 1;
		if ((k = sha_at(s, n, h)) && h + k < n && s[h + k] == '`')
			add_commit(im, s, n, h, k, line);
	}
	for (size_t i = 0; i + 6 < n; i++) {
		i = imp_find_c(s, i, n - 6);
		if (i + 6 >= n)
			break;
		if ((s[i] | 0x20) != 'c' || (s[i + 1] | 0x20) != 'o' ||
		    strncasecmp(s + i, "commit", 6) != 0 ||
		    (i && isalpha((unsigned char)s[i - 1])))
			continue;
		size_t j = i + 6;
		while (j < n && (s[j] == ' ' || s[j] == '`' || s[j] == ':'))
			j++;
		if ((k = sha_at(s, n, j))) {
			add_commit(im, s, n, j, k, line);
			i = j + k;
		}
	}
}
