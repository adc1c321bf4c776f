/* rec_words.c - code points, whole words and indexed vocabularies for the
 * item recognisers; see rec_words.h. */
#include "rec_words.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/*** Characters ***/

uint32_t rec_cp_before(const char *s, size_t n, size_t i)
{
	size_t b = i - 1;
	while (b > 0 && i - b < 4 && ((unsigned char)s[b] & 0xC0) == 0x80)
		b--;
	uint32_t cp;
	if (rec_cp_at(s, n, b, &cp) != i - b)
		return 0xFFFD;
	return cp;
}

bool rec_word_after(const char *s, size_t n, size_t i)
{
	uint32_t cp;
	return i < n && (rec_cp_at(s, n, i, &cp), rec_is_word_cp(cp));
}

bool rec_word_before(const char *s, size_t n, size_t i)
{
	return i > 0 && rec_is_word_cp(rec_cp_before(s, n, i));
}

size_t rec_cp_is(const char *s, size_t n, size_t i, uint32_t want)
{
	uint32_t cp;
	size_t len = i < n ? rec_cp_at(s, n, i, &cp) : 0;
	return len && cp == want ? len : 0;
}

size_t rec_spaces(const char *s, size_t n, size_t i, size_t most)
{
	size_t j = i;
	while (j < n && j - i < most && (s[j] == ' ' || s[j] == '\t'))
		j++;
	return j - i;
}

size_t rec_skip_blank(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' ||
			 rec_is_emphasis((unsigned char)s[i])))
		i++;
	return i;
}

bool rec_may_start(const char *s, size_t n, size_t i)
{
	uint32_t cp;
	if (((unsigned char)s[i] & 0xC0) == 0x80)
		return false;
	rec_cp_at(s, n, i, &cp);
	if (rec_is_symbol(cp) || rec_is_cjk(cp) || rec_is_unspaced(cp))
		return true;
	return rec_is_word_cp(cp) && !rec_word_before(s, n, i);
}

size_t rec_next_start(const char *s, size_t n, size_t i)
{
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		/* what rec_may_start says of ASCII, without decoding: no
		 * punctuation starts a word, no letter after a letter does */
		if (c < 0x80 && (!rec_is_alnum(c) ||
				 (i > 0 && rec_is_alnum((unsigned char)s[i - 1]))))
			continue;
		if (rec_may_start(s, n, i))
			return i;
	}
	return n;
}

size_t rec_word_start(const char *s, size_t n, size_t e)
{
	size_t b = e;
	while (b > 0 && e - b < 48 && rec_word_before(s, n, b)) {
		b--;
		while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
			b--;
	}
	return b;
}

size_t rec_letters_before(const char *s, size_t i, size_t *start)
{
	size_t e = i;
	while (e && s[e - 1] == ' ')
		e--;
	size_t b = e;
	while (b && isalpha((unsigned char)s[b - 1]))
		b--;
	*start = b;
	return e;
}

/*** Words ***/

uint32_t rec_fold_cp(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
		return c + 32;
	if (c < 0x100)
		return c;
	/* Ĺ..Ň and Ź..Ž pair odd with even; the rest of Latin Extended-A
	 * and Vietnamese's letters even with odd */
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return c & 1 ? c + 1 : c;
	if ((c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131) ||
	    (c >= 0x1EA0 && c <= 0x1EF9))
		return c & 1 ? c : c + 1;
	if (c == 0x1A0 || c == 0x1AF)
		return c + 1; /* Vietnamese's Ơ, Ư */
	if (c == 0x130 || c == 0x131)
		return 'i'; /* Turkish İ and ı: "HAZIR" is "hazır" */
	if ((c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F))
		return c + 0x20; /* Α..Ω, А..Я */
	if (c == 0x386)
		return 0x3AC; /* Ά */
	if (c >= 0x388 && c <= 0x38A)
		return c + 0x25; /* Έ Ή Ί */
	if (c == 0x38C)
		return 0x3CC; /* Ό */
	if (c == 0x38E || c == 0x38F)
		return c + 0x3F; /* Ύ Ώ */
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50; /* Ѐ..Џ (Ukrainian Є, І, Ї) */
	if (c == 0x490)
		return 0x491; /* Ґ */
	return c;
}

bool rec_same_letter(uint32_t a, uint32_t b)
{
	a = rec_fold_cp(a), b = rec_fold_cp(b);
	if (a == 0x3C2)
		a = 0x3C3;
	if (b == 0x3C2)
		b = 0x3C3;
	return a == b;
}

size_t rec_fold_prefix(const char *s, size_t n, size_t i, const char *w)
{
	size_t j = i;
	const unsigned char *p = (const unsigned char *)w;
	/* most tries end at the first byte: decide it without decoding */
	unsigned char c = i < n ? (unsigned char)s[i] : 0;
	if ((c < 0x80) != (*p < 0x80) ||
	    (c < 0x80 && (rec_is_upper(c) ? c + 32 : c) != *p))
		return 0;
	while (*p) {
		/* ASCII against ASCII: fold and compare the bytes */
		if (*p < 0x80 && j < n && (unsigned char)s[j] < 0x80) {
			unsigned char a = (unsigned char)s[j];
			if ((rec_is_upper(a) ? a + 32 : a) != *p)
				return 0;
			p++;
			j++;
			continue;
		}
		uint32_t a, b;
		int lw = prr_utf8_decode(p, 4, &b);
		if (j >= n || lw <= 0)
			return 0;
		size_t ls = rec_cp_at(s, n, j, &a);
		if (!rec_same_letter(a, b) || a == 0xFFFD)
			return 0;
		p += lw;
		j += ls;
	}
	return j - i;
}

size_t rec_word_at(const char *s, size_t n, size_t i, const char *w,
		   int flags)
{
	size_t len = rec_fold_prefix(s, n, i, w);
	if (!len)
		return 0;
	uint32_t first;
	rec_cp_at(w, strlen(w), 0, &first);
	if (rec_is_unspaced(first))
		return len;
	if (rec_is_cjk(first)) {
		if (flags & REC_LOOSE)
			return len;
		if (i > 0 && rec_is_cjk(rec_cp_before(s, n, i)))
			return 0;
		/* one character (3 bytes) must not touch another after it */
		uint32_t next;
		if (len == 3 && i + len < n &&
		    (rec_cp_at(s, n, i + len, &next), rec_is_cjk(next)))
			return 0;
		return len;
	}
	if (rec_word_before(s, n, i))
		return 0;
	if (!rec_word_after(s, n, i + len))
		return len;
	if (flags & REC_PLURAL) {
		static const char *const endings[] = { "es", "en", "s", "e",
						       "n" };
		for (size_t e = 0; e < COUNT(endings); e++) {
			size_t k = rec_fold_prefix(s, n, i + len, endings[e]);
			if (k && !rec_word_after(s, n, i + len + k))
				return len + k;
		}
	}
	return 0;
}

/*** Vocabularies ***/

unsigned char rec_folded_lead(const char *s, size_t n, size_t i)
{
	/* only Latin Extended-A's Ŀ (C4 BF, ŀ is C5 80), Greek's and
	 * Cyrillic's capitals change their first byte */
	unsigned char c = (unsigned char)s[i];
	if (c < 0xC4 || (c > 0xC5 && c < 0xCE) || c > 0xD1)
		return c;
	uint32_t cp;
	char low[4];
	rec_cp_at(s, n, i, &cp);
	prr_utf8_encode(rec_fold_cp(cp), low);
	return (unsigned char)low[0];
}

/* The key of a first byte: ASCII capitals as small letters. */
static unsigned char vocab_key(const char *w)
{
	unsigned char c = (unsigned char)w[0];
	return rec_is_upper(c) ? (unsigned char)(c + 32) : c;
}

/* A table's words numbered in the order of a walk (row[k], col[k]); how
 * many. */
static size_t number_rows(rec_vocab *v)
{
	const rec_class *rows = v->entries;
	size_t k = 0;
	for (size_t r = 0; r < v->count; r++) {
		for (size_t j = 0; rows[r].w[j]; j++, k++) {
			/* a programming error: raise REC_VOCAB_MAX, or
			 * split the table */
			if (k == REC_VOCAB_MAX || r > UINT8_MAX || j > UINT8_MAX)
				abort();
			v->row[k] = (uint8_t)r;
			v->col[k] = (uint8_t)j;
		}
	}
	return k;
}

/* The index: entries counted by first byte, then placed in walk order. */
void rec_vocab_build(rec_vocab *v)
{
	int unbuilt = 0;
	if (!atomic_compare_exchange_strong(&v->state, &unbuilt, 1)) {
		/* another thread builds it: a few microseconds */
		while (atomic_load_explicit(&v->state, memory_order_acquire) != 2)
			;
		return;
	}
	size_t count = 0;
	if (v->classes)
		count = number_rows(v);
	else
		while (count < v->count && rec_vocab_word(v, count))
			count++;
	if (count > REC_VOCAB_MAX)
		abort(); /* a programming error: raise REC_VOCAB_MAX */
	size_t at[257] = { 0 };
	for (size_t k = 0; k < count; k++)
		at[vocab_key(rec_vocab_word(v, k)) + 1]++;
	for (size_t c = 0; c < 256; c++)
		at[c + 1] += at[c];
	for (size_t c = 0; c < 257; c++)
		v->start[c] = (uint16_t)at[c];
	for (size_t k = 0; k < count; k++) {
		const char *w = rec_vocab_word(v, k);
		v->order[at[vocab_key(w)]++] = (rec_entry)k;
		/* a second byte to check where the first is ASCII (below 0x80
		 * the first byte is a whole character) */
		v->second[k] = (unsigned char)w[0] < 0x80 ? (uint8_t)w[1] : 0;
	}
	atomic_store_explicit(&v->state, 2, memory_order_release);
}

size_t rec_list_at(rec_vocab *v, const char *s, size_t n, size_t i,
		   int flags, size_t *k)
{
	size_t count;
	const rec_entry *e = rec_vocab_at(v, s, n, i, &count);
	for (size_t j = 0; j < count; j++) {
		if (!rec_vocab_second(v, e[j], s, n, i))
			continue;
		size_t len = rec_word_at(s, n, i, rec_vocab_word(v, e[j]), flags);
		if (len) {
			if (k)
				*k = e[j];
			return len;
		}
	}
	return 0;
}

bool rec_list_ends_at(rec_vocab *v, const char *s, size_t n, size_t e)
{
	size_t b = rec_word_start(s, n, e);
	return b < e && rec_list_at(v, s, n, b, 0, NULL) == e - b;
}

bool rec_list_find(rec_vocab *v, const char *w, size_t *k)
{
	size_t count;
	const rec_entry *e = rec_vocab_of(v, (unsigned char)w[0], &count);
	for (size_t j = 0; j < count; j++) {
		if (strcmp(w, rec_vocab_word(v, e[j])) == 0) {
			if (k)
				*k = e[j];
			return true;
		}
	}
	return false;
}

/*** Marks ***/

bool rec_mark_find(const rec_mark *marks, size_t count, uint32_t cp, int *v)
{
	for (size_t k = 0; k < count; k++) {
		if (marks[k].cp == cp) {
			*v = marks[k].v;
			return true;
		}
	}
	return false;
}
