/*
 * rec_words.h - word matching shared by the item recognisers (rec_item.c,
 * rec_item_marks.c), and the recognisers' tables of words (by what they
 * stand for) and lists indexed by first byte, for classify.c,
 * rec_column.c, rec_date.c and the importer's word searches; private to
 * gen/.
 *
 * Everything reads s[0..n) only, as include/prr/rec_item.h promises:
 * code points, whole words without regard to case (ASCII and Latin-1),
 * CJK words that stand where no other ideograph touches them, and
 * vocabularies indexed by their first byte.
 */
#ifndef PRR_REC_WORDS_H
#define PRR_REC_WORDS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "prr/utf8.h"

#ifndef COUNT
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#endif

/*** Characters ***/

static inline bool rec_is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline bool rec_is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline bool rec_is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline bool rec_is_alnum(unsigned char c)
{
	return rec_is_digit(c) || rec_is_upper(c) || rec_is_lower(c);
}

static inline bool rec_is_cjk(uint32_t c)
{
	return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
	       (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
	       (c >= 0xFF66 && c <= 0xFF9F);
}

/* Scripts written without spaces between words, beyond CJK: Thai, Lao,
 * Myanmar, Khmer.  Their words are found anywhere, as CJK ones are. */
static inline bool rec_is_unspaced(uint32_t c)
{
	return (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) ||
	       (c >= 0x1780 && c <= 0x17FF);
}

/* Letters and digits of words: ASCII, Latin, Greek, Cyrillic, Hebrew,
 * Arabic, Thai and the rest below U+2000, CJK, Hangul (spaced into words
 * as Latin scripts are). */
static inline bool rec_is_word_cp(uint32_t c)
{
	if (c < 0x80)
		return rec_is_alnum((unsigned char)c);
	return (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7) ||
	       rec_is_cjk(c) || (c >= 0xAC00 && c <= 0xD7A3);
	/* (0x1E00-0x1EFF, Vietnamese's letters, is inside the first) */
}

/* Emoji, dingbats, arrows and their joiners: what marks an item. */
static inline bool rec_is_symbol(uint32_t c)
{
	return (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF) ||
	       c == 0xFE0F || c == 0x200D || c == 0x20E3 || c == 0x203C ||
	       c == 0x2049 || c == 0x2139;
}

static inline bool rec_is_emphasis(unsigned char c)
{
	return c == '*' || c == '_' || c == '`' || c == '~';
}

/* The code point at s[i] (i < n); its length, 1 with U+FFFD if invalid. */
static inline size_t rec_cp_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
	int len = prr_utf8_decode((const unsigned char *)s + i, n - i, cp);
	if (len <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	return (size_t)len;
}

/* The code point ending at s[i] (0 < i <= n). */
uint32_t rec_cp_before(const char *s, size_t n, size_t i);

/* Whether a letter or digit of a word starts at s[i] / ends before s[i]. */
bool rec_word_after(const char *s, size_t n, size_t i);
bool rec_word_before(const char *s, size_t n, size_t i);

/* The length of the code point `want` at s[i], or 0. */
size_t rec_cp_is(const char *s, size_t n, size_t i, uint32_t want);

/* At most `most` spaces and tabs from s[i]: how many. */
size_t rec_spaces(const char *s, size_t n, size_t i, size_t most);

/* The position past spaces and emphasis from i. */
size_t rec_skip_blank(const char *s, size_t n, size_t i);

/* Whether a word or a mark may start at s[i]: a letter not inside a
 * Latin word (CJK and Thai words may start anywhere), or an emoji. */
bool rec_may_start(const char *s, size_t n, size_t i);

/* The first place from i where a word or a mark may start, or n: the
 * word starts a recogniser visits, where visiting every byte and asking
 * rec_may_start decoded each letter of each word.  Inside a run of ASCII
 * letters and digits nothing starts, so such runs are passed by bytes. */
size_t rec_next_start(const char *s, size_t n, size_t i);

/* The start of the word ending at s[e] (e itself if none), looking back
 * 48 bytes at most. */
size_t rec_word_start(const char *s, size_t n, size_t e);

/* The ASCII letters that end before s[i] past the spaces there ("each
 * pass": "each" before "pass"): where they end, and *start where they
 * begin (the same when none). */
size_t rec_letters_before(const char *s, size_t i, size_t *start);

/*** Words ***/

/* The small letter of a capital words begin with: ASCII, Latin-1, Latin
 * Extended-A and Vietnamese's letters (pairs), Greek (with its accented
 * capitals), Cyrillic; any other code point as it is. */
uint32_t rec_fold_cp(uint32_t c);

/* Whether a and b are one letter in any case (rec_fold_cp); Greek's σ
 * and the ς that ends a word are one ("ΜΕΡΙΚΏΣ" is "μερικώς"). */
bool rec_same_letter(uint32_t a, uint32_t b);

/* The bytes `w` (lower case) spans at s[i], folding case; 0 if absent. */
size_t rec_fold_prefix(const char *s, size_t n, size_t i, const char *w);

enum { REC_PLURAL = 1, REC_LOOSE = 2 };

/*
 * The length of the word `w` (lower case) at s[i], whole, or 0.
 * REC_PLURAL: a Latin word may end in s, es, e, n or en more.  REC_LOOSE:
 * a CJK word may stand inside others.  A Thai word (rec_is_unspaced) may
 * always: nothing in its text marks where words end.
 */
size_t rec_word_at(const char *s, size_t n, size_t i, const char *w,
		   int flags);

/*** Vocabularies ***/

/*
 * Words by what they stand for: a row of a recogniser's table holds a
 * value, read back as the table's enum (a prr_status, a prr_severity, a
 * prr_col, a month), and its words, ended by NULL (REC_WORDS writes
 * them).  Rows are tried in order and each row's words in order; where
 * the first entry found decides, a value may have more rows than one.
 */
typedef struct rec_class {
	int v;
	const char *const *w;
} rec_class;

#define REC_WORDS(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* Entries of a vocabulary at most; a table's rows and a row's words at
 * most 255 each (their numbers are bytes).  The verdict words
 * (rec_verdict_words.c) are the most: 1,016 entries. */
#define REC_VOCAB_MAX 1279

/* The index of an entry. */
typedef uint16_t rec_entry;

/*
 * A list of words (lower case), or the words of a table of rec_class
 * rows, indexed by first byte: at a place of a text only the entries
 * that can start there are tried, where trying every entry at every word
 * of every line was most of reading headings (prr_rec_finding_heading:
 * 25,000 instructions a heading).  Entries are numbered in the order a
 * walk of the list (or of the rows and their words) meets them; within
 * a first byte they keep that order, so the first entry that matches is
 * the one a walk finds first.  A NULL entry ends a list early (lists
 * that other code walks to their NULL).
 *
 * The index is built at first use, once: the first thread to ask builds
 * it while any other waits (loaders import on several threads); define
 * a vocabulary with REC_VOCAB (a list) or REC_VOCAB_CLASSES (a table).
 */
typedef struct rec_vocab {
	const void *entries; /* const char *const[] or rec_class[] */
	size_t count;	     /* of the list's words or the table's rows */
	bool classes;	     /* entries are rec_class rows */
	atomic_int state;    /* 0 unbuilt, 1 being built, 2 built */
	uint16_t start[257];	     /* byte c: order[start[c]..start[c+1]) */
	rec_entry order[REC_VOCAB_MAX]; /* entry indexes by first byte */
	uint8_t second[REC_VOCAB_MAX]; /* by entry: its second byte, or 0 */
	/* of a table, by entry: word col[k] of row row[k] */
	uint8_t row[REC_VOCAB_MAX], col[REC_VOCAB_MAX];
} rec_vocab;

#define REC_VOCAB(list) { .entries = (list), .count = COUNT(list) }
#define REC_VOCAB_CLASSES(table)                                         \
	{ .entries = (table), .count = COUNT(table), .classes = true }

/* Entry k's word (of a built index, for a table). */
static inline const char *rec_vocab_word(const rec_vocab *v, size_t k)
{
	if (v->classes)
		return ((const rec_class *)v->entries)[v->row[k]].w[v->col[k]];
	return ((const char *const *)v->entries)[k];
}

/* Entry k's value, in a table. */
static inline int rec_vocab_value(const rec_vocab *v, size_t k)
{
	return ((const rec_class *)v->entries)[v->row[k]].v;
}

/* Builds the index of `v` unless another thread has (rec_vocab_at). */
void rec_vocab_build(rec_vocab *v);

/*
 * The indexes of the entries whose first byte is `c`, an ASCII capital
 * taken as its small letter, in the list's order (*count of them).
 * None for 0: no entry is empty.
 */
static inline const rec_entry *rec_vocab_of(rec_vocab *v, unsigned char c,
					  size_t *count)
{
	if (atomic_load_explicit(&v->state, memory_order_acquire) != 2)
		rec_vocab_build(v);
	if (rec_is_upper(c))
		c = (unsigned char)(c + 32);
	*count = c ? (size_t)(v->start[c + 1] - v->start[c]) : 0;
	return v->order + v->start[c];
}

/* The first byte of the code point at s[i] in lower case (rec_fold_cp):
 * "Ч" and "ч", "Σ" and "σ" begin with different bytes. */
unsigned char rec_folded_lead(const char *s, size_t n, size_t i);

/* The entries that may start at s[i], in any case; none at the end of
 * the text. */
static inline const rec_entry *rec_vocab_at(rec_vocab *v, const char *s,
					  size_t n, size_t i, size_t *count)
{
	unsigned char c = i < n ? (unsigned char)s[i] : 0;
	return rec_vocab_of(v, c >= 0xC0 ? rec_folded_lead(s, n, i) : c, count);
}

/*
 * Whether entry k of `v`, which may start at s[i], may go on at s[i + 1]:
 * when its first byte is ASCII, its second byte is a small letter that
 * s[i + 1] is in either case, or any other byte that s[i + 1] is (a
 * Latin-1 letter's first byte is the same in both cases).  Words tried
 * only where two bytes agree, not one.
 */
static inline bool rec_vocab_second(const rec_vocab *v, size_t k,
				    const char *s, size_t n, size_t i)
{
	unsigned char b = v->second[k];
	unsigned char c = i + 1 < n ? (unsigned char)s[i + 1] : 0;
	if (rec_is_upper(c))
		c = (unsigned char)(c + 32);
	return !b || c == b;
}

/* The length of the first word of `v` whole at s[i] (rec_word_at with
 * `flags`), or 0; *k (may be NULL) its index. */
size_t rec_list_at(rec_vocab *v, const char *s, size_t n, size_t i,
		   int flags, size_t *k);

/* Whether a word of `v` ends right at s[e]. */
bool rec_list_ends_at(rec_vocab *v, const char *s, size_t n, size_t e);

/* Whether `w` is an entry of `v`, byte for byte; *k (may be NULL) its
 * index. */
bool rec_list_find(rec_vocab *v, const char *w, size_t *k);

/*** Marks ***/

/* A mark (✅, 🔴) and what it stands for, as a rec_class's `v`. */
typedef struct rec_mark {
	uint32_t cp;
	int v;
} rec_mark;

/* Whether `cp` is a mark of marks[0..count); *v its value. */
bool rec_mark_find(const rec_mark *marks, size_t count, uint32_t cp, int *v);

/*** Days of the week (rec_date_label.c) ***/

/* The day of the week (Monday 0) named right before s[i], spaces, a
 * comma or a dot between ("Fri 03/04/2026", "Freitag, 03.04.2026"), or
 * -1. */
int rec_weekday_before(const char *s, size_t n, size_t i);

/* The day of the week (Monday 0) of the day y-m-d of the Gregorian
 * calendar. */
int rec_weekday(int y, int m, int d);

/*** Shared with rec_item_marks.c ***/

#include "prr/model.h"

/* A severity word or P0..P3 at s[i]; its length (0 if none) and *sev. */
size_t rec_sev_word_at(const char *s, size_t n, size_t i, prr_severity *sev);

/*** Shared with rec_item_names.c ***/

/* Whether s[0..len) is one of list[0..count), whole and exact. */
bool rec_names_match(const char *s, size_t len, const char *const *list,
		     size_t count);

/* Whether s[0..len) are the letters of a standard's or a technical name
 * that looks like an ID ("UTF" of "UTF-8", "TLS", "CVE", "FY", "Q"). */
bool rec_name_letters(const char *s, size_t len);
/* Whether a half's, layer's or X's letter at s[i] numbers a titled item
 * all the same: "H1. Duplicate run IDs", "**L2:** Logs unrotated" (one
 * letter, one or two digits, '.' or ':', then a capital word or code: "H10. `tine run` …"). */
bool rec_titled_key(const char *s, size_t n, size_t i);
/* Whether an ID keyed by such letters is a ticket's all the same: its
 * number s[d..d+dn) has three digits or more and is no key or digest size
 * ("256", "2048"), and a severity alone opens the parentheses after it
 * (from s[k]): "TLS-310 (Critical) — …", not "HTTP-2 (Low)", "SHA-256
 * (High)", "TLS-1" or "CVE-2024-1234" in prose. */
bool rec_named_ticket(const char *s, size_t n, size_t d, size_t dn, size_t k);

/*** Shared with rec_item_rated.c (a severity's place) ***/

/* After a severity that opens a sentence and ends at s[e], whether the
 * sentence goes on only to say who rated it: " by our triage.", " per
 * the vendor." (a few words, "our", "the", "their", "its" or "my" among
 * them; not " by default."). */
bool rec_rated_by_whom(const char *s, size_t n, size_t e);

/* Where a word that ends at s[b] would stand without the colour before
 * it: past 🔴 🟠 🟡 🟢 (🟥 🟧 🟨 🟩 🔵 🚨) and the spaces and emphasis
 * before that ("Severity: 🟡 HIGH": the word is the field's value); b
 * itself when no colour is there. */
size_t rec_past_colour(const char *s, size_t n, size_t b);

/*** Shared with rec_item_blocks.c ***/

/* Whether the noun at s[i] of a heading (blockers, findings) follows
 * "after", "once", "until" or "when" within two words: "After the
 * blockers clear", "Once blockers are resolved", "What changes after
 * upstream blockers clear" speak of what comes after them, no list of
 * them. */
bool rec_noun_in_passing(const char *s, size_t i);

/* "Blocks iOS.": a platform's release blocked, the sentence ending there
 * or naming it ("Blocks Android release", "Blocks the iOS release until
 * fixed"; not "blocks web traffic"); its length or 0. */
size_t rec_platform_blocks(const char *s, size_t n, size_t i);

/* "blocks" at s[i] whose subject is the finding itself, or whose event
 * is named past a word or two: a clause's first word after ';' ("Open;
 * blocks aisles 13–24"), a sentence's after the one before it ("… at
 * peak. Blocks Wave 2."), but not what blocks nothing ("; blocks
 * nothing") nor the text's first word unless `opens` (the caller knows a
 * finding's sentence opens there); "blocks the full rollout", "block the
 * 40-practice rollout".  Its length or 0. */
size_t rec_clause_blocks(const char *s, size_t n, size_t i, bool opens);

/* Whether a blocking word at s[i] is undone by the words right before
 * it: "no longer blocks", "never blocks", "doesn't block". */
bool rec_blocking_undone(const char *s, size_t i);

/* Whether the blocking word at s[i] ends a compound that names a kind of
 * code or resource, no release: "Render-blocking resources",
 * "thread-blocking", "I/O-blocking" (not "launch-blocking",
 * "ship-blockers", "CI-blocking"). */
bool rec_blocking_compound(const char *s, size_t i);

#endif
