/* rec_verdict.c - the verdict a text states; see include/prr/rec_verdict.h. */
#include "prr/rec_verdict.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "prr/utf8.h"
#include "rec_verdict_int.h"

/*** Characters ***/

static enum cls ascii_cls(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
		return C_WORD;
	/* " - " ends a clause; "NO-GO" joins words */
	if (c == '-') {
		bool spaced = (i > 0 && s[i - 1] == ' ') ||
			      (i + 1 < n && s[i + 1] == ' ');
		return spaced ? C_BOUND : C_SEP;
	}
	switch (c) {
	case ' ': case '\t': case '\r': case '\n': case '_': case '*':
	case '`': case '\'': case '~':
		return C_SEP;
	case ':': case ';': case ',': case '.': case '!': case '?': case '|':
	case '(': case ')': case '[': case ']': case '{': case '}': case '<':
	case '>': case '=': case '"':
		return C_BOUND;
	default:
		return C_DECOR;
	}
}

/* A full-width letter or digit (U+FF10..FF5A, "ＧＯ", "２") as its ASCII
 * one, which CJK text writes for Latin words; any other code point as
 * it is. */
static uint32_t narrow(uint32_t cp)
{
	bool alnum = (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
		     (cp >= 0xFF41 && cp <= 0xFF5A);
	return alnum ? cp - 0xFEE0 : cp;
}

static enum cls cp_cls(uint32_t cp)
{
	if (narrow(cp) < 0x80)
		return C_WORD; /* "ＧＯ" is a word as "GO" is */
	/* Latin with its accents (Vietnamese's too), Greek, Cyrillic,
	 * Hebrew, Arabic (with its presentation forms) */
	if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	    (cp >= 0x370 && cp <= 0x52F) || (cp >= 0x1E00 && cp <= 0x1EFF) ||
	    (cp >= 0x591 && cp <= 0x5F4) || (cp >= 0x610 && cp <= 0x6FF &&
					     cp != 0x61B && cp != 0x61F &&
					     cp != 0x60C) ||
	    (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF))
		return C_WORD;
	if (cp == 0x60C || cp == 0x61B || cp == 0x61F)
		return C_BOUND; /* Arabic ، ؛ ؟ */
	if (cp == 0xA0 || cp == 0x2018 || cp == 0x2019 || cp == 0x3000)
		return C_SEP; /* (U+3000, the ideographic space: "ＮＯ　ＧＯ") */
	switch (cp) {
	case 0x2013: case 0x2014:                 /* – — */
	case 0x3001: case 0x3002:                 /* 、。 */
	case 0xFF01: case 0xFF08: case 0xFF09:    /* ！（） */
	case 0xFF0C: case 0xFF1A: case 0xFF1B:    /* ，：； */
	case 0xFF1F:                              /* ？ */
		return C_BOUND;
	}
	/* and the scripts without spaces, Thai's too: their patterns match
	 * anywhere */
	if ((cp >= 0x3040 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
	    (cp >= 0xF900 && cp <= 0xFAFF) || rec_is_unspaced(cp))
		return C_CJK;
	return C_DECOR;
}

/* The class of the character at s[i]; its length in *len (invalid UTF-8
 * counts as one decor byte). */
enum cls rec_verdict_cls_at(const char *s, size_t n, size_t i, size_t *len)
{
	*len = 1;
	if ((unsigned char)s[i] < 0x80)
		return ascii_cls(s, n, i);
	uint32_t cp;
	int l = prr_utf8_decode((const unsigned char *)s + i, n - i, &cp);
	if (l <= 0)
		return C_DECOR;
	*len = (size_t)l;
	return cp_cls(cp);
}

/* The start of the character that ends at s[i] (i > 0). */
static size_t char_before(const char *s, size_t i)
{
	size_t j = i - 1;
	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	return j;
}

/* The class of the character that ends at s[i] (C_BOUND at the start);
 * where it starts in *start. */
enum cls rec_verdict_cls_before(const char *s, size_t n, size_t i, size_t *start)
{
	if (i == 0)
		return C_BOUND;
	size_t l, j = char_before(s, i);
	enum cls c = rec_verdict_cls_at(s, n, j, &l);
	*start = j;
	return j + l == i ? c : C_DECOR;
}

static bool word_at(const char *s, size_t n, size_t i)
{
	size_t l;
	return i < n && rec_verdict_cls_at(s, n, i, &l) == C_WORD;
}

static bool word_before(const char *s, size_t n, size_t i)
{
	size_t j;
	return rec_verdict_cls_before(s, n, i, &j) == C_WORD;
}

size_t rec_verdict_skip_seps(const char *s, size_t n, size_t i)
{
	size_t l;
	while (i < n && rec_verdict_cls_at(s, n, i, &l) == C_SEP)
		i += l;
	return i;
}

/* The first word, CJK character or clause end from s[i] on, past
 * separators and decor; n at the end. */
static size_t next_token(const char *s, size_t n, size_t i)
{
	for (size_t l; i < n; i += l) {
		enum cls c = rec_verdict_cls_at(s, n, i, &l);
		if (c != C_SEP && c != C_DECOR)
			break;
	}
	return i;
}

/* Does the clause end at s[i], with only separators and decor first? */
static bool clause_ends(const char *s, size_t n, size_t i)
{
	size_t l;
	i = next_token(s, n, i);
	return i == n || rec_verdict_cls_at(s, n, i, &l) == C_BOUND;
}

/* Does the clause begin at s[i], with only separators and decor before? */
static bool clause_begins(const char *s, size_t n, size_t i)
{
	for (;;) {
		size_t j = 0;
		enum cls c = rec_verdict_cls_before(s, n, i, &j);
		if (c == C_BOUND)
			return true;
		if (c == C_WORD || c == C_CJK)
			return false;
		i = j;
	}
}

/*** Matching ***/

/* Unaccented letters of U+00E0..U+00FF, for text written without accents
 * ("esta", "nao"); '?' where none stands in. */
static const char unaccented[] = "aaaaaa?ceeeeiiii?nooooo?ouuuuy?y";

static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

/* The second byte of a Latin-1 letter lowercased: À..Þ -> à..þ. */
static unsigned char fold_latin1(unsigned char c)
{
	bool upper = c >= 0x80 && c <= 0x9E && c != 0x97; /* not × */
	return upper ? (unsigned char)(c + 0x20) : c;
}

/* Where the pattern's accented letter p[0..1] (0xC3 …) ends in the text
 * at s[i], or 0. */
static size_t accented_at(const char *s, size_t n, size_t i, const char *p)
{
	unsigned char a = (unsigned char)p[1];
	if (i + 1 < n && (unsigned char)s[i] == 0xC3 &&
	    fold_latin1((unsigned char)s[i + 1]) == a)
		return i + 2;
	if (i < n && a >= 0xA0 && unaccented[a - 0xA0] != '?' &&
	    fold((unsigned char)s[i]) == (unsigned char)unaccented[a - 0xA0])
		return i + 1;
	return 0;
}

/* Where pattern `p` ends, matched at s[i], or 0 (a match is never empty). */
static size_t match_at(const char *s, size_t n, size_t i, const char *p)
{
	while (*p) {
		unsigned char c = (unsigned char)*p;
		if (c == ' ' || c == '-' || c == '\'') {
			size_t j = rec_verdict_skip_seps(s, n, i);
			if (j == i)
				return 0;
			i = j, p++;
		} else if (c == '/') {
			i = rec_verdict_skip_seps(s, n, i);
			if (i >= n || s[i] != '/')
				return 0;
			i = rec_verdict_skip_seps(s, n, i + 1), p++;
		} else if (c == 0xC3 && p[1]) {
			if (!(i = accented_at(s, n, i, p)))
				return 0;
			p += 2;
		} else if (c >= 0x80) {
			/* a letter beyond Latin-1, in any case: "НЕ ГОТОВО",
			 * "Částečně", "Έτοιμο" */
			uint32_t a, b;
			int lp = prr_utf8_decode((const unsigned char *)p, 4, &b);
			if (i >= n || lp <= 0)
				return 0;
			size_t ls = rec_cp_at(s, n, i, &a);
			if (a == 0xFFFD || !rec_same_letter(a, b))
				return 0;
			i += ls, p += lp;
		} else if (i < n && (unsigned char)s[i] >= 0x80) {
			/* a capital beyond ASCII of the pattern's letter:
			 * Turkish "DEĞİL"; a full-width one, "ＧＯ" */
			uint32_t a;
			size_t ls = rec_cp_at(s, n, i, &a);
			if (!rec_same_letter(narrow(a), c))
				return 0;
			i += ls, p++;
		} else {
			if (i >= n || fold((unsigned char)s[i]) != c)
				return 0;
			i++, p++;
		}
	}
	return i;
}

/* Whether pattern p is of a script that spaces its words: Latin (with
 * Vietnamese's letters, E1 B8-BB), Greek, Cyrillic, Hebrew, Arabic
 * (CE-DB). */
static bool latin(const char *p)
{
	unsigned char c = (unsigned char)p[0];
	return c < 0x80 || (c >= 0xC3 && c <= 0xC9) || (c >= 0xCE && c <= 0xDB) ||
	       (c == 0xE1 && (unsigned char)p[1] >= 0xB8 &&
		(unsigned char)p[1] <= 0xBB);
}

/*
 * Where `p` ends, matched at s[i] as whole words, or 0.  A Latin match
 * joined by a hyphen to a word is a compound's part, not a verdict
 * ("go-live", "pass-through", "fail-safe").
 */
size_t rec_verdict_match_word(const char *s, size_t n, size_t i, const char *p)
{
	size_t end = match_at(s, n, i, p);
	if (!end || !latin(p))
		return end;
	if (word_before(s, n, i) || word_at(s, n, end))
		return 0;
	if (end + 1 < n && s[end] == '-' && word_at(s, n, end + 1))
		return 0;
	if (i >= 2 && s[i - 1] == '-' && word_before(s, n, i - 1))
		return 0;
	return end;
}

/* Does a qualifier of a verdict begin at s[i]?  ("GO with risks",
 * "GO conditionally")  These words carry no flags, so this needs no look
 * further. */
static bool qualifier_at(const char *s, size_t n, size_t i)
{
	const rec_class *vocabulary = rec_verdict_vocab.entries;
	for (size_t k = 0; k < rec_verdict_vocab.count; k++) {
		enum kind kind = kind_of(vocabulary[k].v);
		if (kind != K_PART && kind != K_WITH)
			continue;
		for (const char *const *w = vocabulary[k].w; *w; w++)
			if (rec_verdict_match_word(s, n, i, *w))
				return true;
	}
	return false;
}

/* Is the word at s[i] `w` (lower case, ASCII), whole? */
static bool word_is(const char *s, size_t n, size_t i, const char *w)
{
	size_t k = 0;
	while (w[k] && i + k < n && (s[i + k] | 0x20) == w[k])
		k++;
	return !w[k] && !word_at(s, n, i + k);
}

/* Whether an issue's ID begins at s[i]: capitals, '-', then letters and
 * digits, a digit among them ("FS-118", "KF-R1"). */
static bool id_at(const char *s, size_t n, size_t i)
{
	/* or its kind and number: "once Finding 2 is remediated" */
	static const char *const kinds[] = { "finding ", "item ", "issue ",
		"risk ", "action ", NULL };
	for (int k = 0; kinds[k]; k++) {
		size_t l = strlen(kinds[k]);
		if (l < n - i && strncasecmp(s + i, kinds[k], l) == 0 &&
		    s[i + l] >= '0' && s[i + l] <= '9')
			return true;
	}
	size_t a = i, digits = 0;
	while (i < n && s[i] >= 'A' && s[i] <= 'Z')
		i++;
	if (i == a || i + 1 >= n || s[i] != '-')
		return false;
	for (i++; i < n && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')); i++)
		digits += s[i] <= '9';
	return digits > 0;
}

static bool stands_alone(const char *s, size_t n, size_t at, size_t end,
			 unsigned flags)
{
	if ((flags & F_ID) && !id_at(s, n, next_token(s, n, end)))
		return false;
	if ((flags & F_NOT_TO) && word_is(s, n, next_token(s, n, end), "to"))
		return false;
	if ((flags & F_ING) && (clause_begins(s, n, at) ||
				!rec_verdict_gerund_at(s, n, next_token(s, n, end))))
		return false;
	if ((flags & F_BEFORE) && !clause_begins(s, n, at))
		return false;
	if ((flags & F_AFTER) && !clause_ends(s, n, end) &&
	    !qualifier_at(s, n, next_token(s, n, end)))
		return false;
	return true;
}

/* Whether pattern `p` may match where the text's first byte, in lower
 * case, is `lead` (rec_folded_lead): most patterns differ at once.  A
 * Latin-1 letter (0xC3) may also stand unaccented ("esta"). */
bool rec_verdict_may_begin_as(const char *p, unsigned char lead)
{
	unsigned char p0 = (unsigned char)*p;
	return p0 == lead || p0 == 0xC3;
}

/* The lower-case first byte of the text at s[i]. */
unsigned char rec_verdict_lead_at(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	return c >= 0xC0 ? rec_folded_lead(s, n, i) : fold(c);
}

/* The vocabulary's words indexed by first byte (gen/rec_words.h). */
#define vocab_index rec_verdict_vocab

/* The value (GROUP) of the group of the longest verdict word at s[i]
 * that fits its place, or -1.  Only the words that begin as the text
 * does are tried, and at an ASCII letter those that begin with a
 * Latin-1 letter too (it may stand unaccented): both lists in the
 * vocabulary's order, so that of two as long the first listed wins. */
static int longest(const char *s, size_t n, size_t i, size_t *end)
{
	int best = -1;
	size_t count, extra = 0;
	const rec_entry *e = rec_vocab_at(&vocab_index, s, n, i, &count);
	const rec_entry *x = NULL;
	uint32_t cp;
	if ((unsigned char)s[i] == 0xEF && (rec_cp_at(s, n, i, &cp), narrow(cp) < 0x80))
		e = rec_vocab_of(&vocab_index, fold((unsigned char)narrow(cp)), &count);
	if ((unsigned char)s[i] < 0x80)
		x = rec_vocab_of(&vocab_index, 0xC3, &extra);
	*end = 0;
	for (size_t a = 0, b = 0; a < count || b < extra;) {
		rec_entry k = b >= extra || (a < count && e[a] < x[b]) ? e[a++]
								       : x[b++];
		int v = rec_vocab_value(&vocab_index, k);
		size_t m = rec_verdict_match_word(s, n, i, rec_vocab_word(&vocab_index, k));
		if (m > *end && stands_alone(s, n, i, m, flags_of(v))) {
			best = v;
			*end = m;
		}
	}
	return best;
}

/*** Reading a verdict ***/

/* A negator or "with" reaches this many words ahead: "not yet fully
 * ready", "with two open risks". */
#define SCOPE 2

struct reading {
	const char *s;
	size_t n;
	unsigned seen;   /* 1 << kind of each verdict word read */
	size_t from, to; /* span of the verdict words */
	bool asked;      /* a positive, then only marks: "Ready? ✅ …" */
	size_t pos_at, pos_end; /* where that positive began and ended */
	enum kind open;  /* K_NOT or K_WITH with its scope open, or K_NONE */
	size_t open_at;  /* where it began */
	int open_left;   /* words it may still reach over */
	bool open_bare;  /* K_NOT with no word after it but "yet", "quite" */
	enum kind open_outer; /* the K_WAS or K_NOW a K_NOT opened in */
	/* a go for a part, a no-go for a part or the whole: "GO for iOS,
	 * NO-GO for Android", "Ready for beta, not ready for GA" */
	bool pos_for_part, neg_for_part;
	/* a go for a share of the traffic or a part only: "GO for 1% and
	 * 10%", "READY FOR INTERNAL TENANTS ONLY" */
	bool pos_staged;
	/* a go for an environment short of production: "GO for staging";
	 * a go for anything else */
	bool pos_env, pos_prod;
	/* a negator whose verdict is left out before "for": "ready for
	 * beta, not for GA" */
	bool elided;
	/* a verdict read as past or replaced: "previously CONDITIONAL GO",
	 * "It was CONDITIONAL GO; it is now GO" */
	bool changed;
	/* a verdict said to hold now: "now GO", "it is now NO-GO" */
	bool now;
	/* warnings read from caveats ("with two follow-ups") and from
	 * anything else, and whether the caveats are said to block nothing */
	bool warn_caveat, warn_other, free;
	/* the first positive's and the first refusal's subjects, where a
	 * clause names one ("Wave 2 is GO", "Maternity is NO-GO") */
	bool pos_read, neg_read;
	/* refusals "until" a condition, and others ("stays blocked until …") */
	bool neg_until, neg_plain;
	size_t pos_subj, pos_subj_n, neg_subj, neg_subj_n;
};

static void note(struct reading *r, enum kind kind, size_t at, size_t end)
{
	if (kind == K_POS && !r->pos_read) {
		r->pos_read = true;
		r->pos_subj_n = rec_verdict_subject_at(r->s, r->n, at, &r->pos_subj);
	}
	if (kind == K_NEG && !r->neg_read) {
		r->neg_read = true;
		r->neg_subj_n = rec_verdict_subject_at(r->s, r->n, at, &r->neg_subj);
	}
	if (!r->seen || at < r->from)
		r->from = at;
	if (end > r->to)
		r->to = end;
	r->seen |= 1u << kind;
	/* (a go for staging is for no part of production) */
	if (kind == K_POS && rec_verdict_for_env(r->s, r->n, end))
		r->pos_env = true;
	else if (kind == K_POS && (rec_verdict_for_part(r->s, r->n, end) ||
				   rec_verdict_stage_before(r->s, at) == 1))
		r->pos_for_part = true; /* (or "Soft-launch ready") */
	if (kind == K_POS && !r->pos_env && (rec_verdict_for_share(r->s, r->n, end) ||
			      rec_verdict_for_part_only(r->s, r->n, end) ||
			      /* "Ready for Private Alpha", "Ready for beta" */
			      rec_verdict_for_stage(r->s, r->n, end)))
		r->pos_staged = true;
	/* (a go for production too: "ready for staging and production") */
	if (kind == K_POS && (!rec_verdict_for_env(r->s, r->n, end) ||
			      rec_verdict_env_and_prod(r->s, r->n, end)))
		r->pos_prod = true;
	if (kind == K_NEG && (rec_verdict_for_any(r->s, r->n, end) ||
			      rec_verdict_stage_before(r->s, at)))
		r->neg_for_part = true; /* (or "Hard-launch not yet ready") */
	if (kind == K_NEG)
		*(rec_verdict_until(r->s, r->n, end) ? &r->neg_until : &r->neg_plain) = true;
}

/* Is s[from..to) what lies between a question and its answer: one ':'
 * or '?', with only separators and decor around it? */
static bool asks(const char *s, size_t from, size_t to)
{
	int marks = 0;
	for (size_t i = from, l; i < to; i += l) {
		enum cls c = rec_verdict_cls_at(s, to, i, &l);
		if (c == C_BOUND && l == 1 && (s[i] == ':' || s[i] == '?'))
			marks++;
		else if (c == C_BOUND && l == 3 && (unsigned char)s[i] == 0xEF)
			marks++; /* ： ？ and the other fullwidth marks */
		else if (c != C_SEP && c != C_DECOR)
			return false;
	}
	return marks == 1;
}

/* A verdict that replaces those read before it ("now GO"): they are
 * forgotten. */
static void supersede(struct reading *r)
{
	if (r->seen)
		r->changed = true;
	r->seen = 0;
	r->pos_for_part = r->neg_for_part = r->pos_staged = r->pos_env = false;
	r->pos_prod = false;
	r->pos_read = r->neg_read = false; /* their subjects too */
}

static bool verdict_kind(enum kind kind)
{
	return kind == K_POS || kind == K_PART || kind == K_NEG ||
	       kind == K_PEND;
}

/* What a verdict word says in the open scope, if any, which it closes;
 * *at moves back to the scope's negator or "with". */
static enum kind in_scope(struct reading *r, enum kind kind, size_t *at)
{
	enum kind open = r->open;
	r->open = K_NONE;
	if (open == K_NOT) {
		/* "not ready" is a denial; "no gaps found", "with no
		 * caveats" state nothing */
		*at = r->open_at;
		kind = kind == K_POS || kind == K_PART ? K_NEG : K_NONE;
		if (kind == K_NONE)
			return K_NONE;
		open = r->open_outer; /* "was not ready", "now not ready" */
	}
	if (open == K_NOW && verdict_kind(kind)) {
		supersede(r);
		r->now = true;
	}
	if (open == K_WAS) {
		/* "previously CONDITIONAL GO": a verdict that no longer
		 * holds says nothing of now */
		*at = r->open_at;
		r->changed |= verdict_kind(kind);
		return K_NONE;
	}
	if (kind == K_CAVEAT) {
		/* "with two open risks" qualifies a positive as K_WARN
		 * does; a caveat noun alone is a heading */
		*at = r->open_at;
		return open == K_WITH ? K_WARN : K_NONE;
	}
	return kind;
}

/* Whether "ready" is a word of s[from..to) (any case). */
static bool says_ready(const char *s, size_t from, size_t to)
{
	for (size_t i = from; i + 5 <= to; i++)
		if (strncasecmp(s + i, "ready", 5) == 0 &&
		    (i == 0 || !isalpha((unsigned char)s[i - 1])) &&
		    (i + 5 == to || !isalpha((unsigned char)s[i + 5])))
			return true;
	return false;
}

/* Whether s[from..to) holds separators and decor only. */
static bool only_decor(const char *s, size_t from, size_t to)
{
	for (size_t i = from, l; i < to; i += l) {
		enum cls c = rec_verdict_cls_at(s, to, i, &l);
		if (c != C_SEP && c != C_DECOR)
			return false;
	}
	return true;
}

static void take(struct reading *r, int group, size_t at, size_t end)
{
	enum kind kind = kind_of(group);
	/* (F_ON_POS: only right after a readiness read) */
	if ((flags_of(group) & F_ON_POS) &&
	    !(r->asked && only_decor(r->s, r->pos_end, at) &&
	      says_ready(r->s, r->pos_at, r->pos_end)))
		return;
	/* (a caveat is counted as it is stated: "with 2 conditions") */
	if (kind != K_CAVEAT && rec_verdict_counted(r->s, r->n, at))
		return;
	if (kind == K_WARN) { /* a mark leaves a scope or a question open */
		r->warn_other = true;
		note(r, kind, at, end);
		return;
	}
	/* a question is answered at once or never: each positive's gap is
	 * read by asks() once at most */
	bool asked = r->asked;
	r->asked = false;
	switch (kind) {
	case K_NO:
		if (asked && asks(r->s, r->pos_end, at))
			note(r, K_NEG, at, end);
		return;
	case K_NOT:
	case K_WITH:
	case K_WAS:
	case K_NOW:
		r->open_outer = kind == K_NOT && (r->open == K_WAS ||
						  r->open == K_NOW)
					? r->open
					: K_NONE;
		r->open = kind;
		r->open_at = at;
		r->open_left = flags_of(group) & F_NEXT ? 0 : SCOPE;
		r->open_bare = kind == K_NOT;
		r->elided = false;
		return;
	default:
		break;
	}
	if (kind == K_FREE) {
		r->free = true;
		return;
	}
	enum kind word = kind;
	/* "~40% Production Ready": a share of readiness below the whole is
	 * partial, never ready (as "ready for 96% of …" is) */
	if (word == K_POS && rec_verdict_share_before(r->s, at))
		kind = word = K_PART;
	kind = in_scope(r, kind, &at);
	if (verdict_kind(kind) && rec_verdict_after_threshold(r->s, at))
		return; /* a rule's level: "Score >= 8.0 = Ready" */
	if (kind == K_WARN)
		*(word == K_CAVEAT ? &r->warn_caveat : &r->warn_other) = true;
	if (flags_of(group) & F_NOW) {
		supersede(r);
		r->now = true;
	}
	if (kind != K_NONE)
		note(r, kind, at, end);
	if (kind == K_POS) {
		r->asked = true;
		r->pos_at = at;
		r->pos_end = end;
	}
}

/*
 * A clause ends with its scope.  A negator that ends its clause with no
 * verdict word after it leaves one out: "the database is ready, but the
 * API is not (yet)" says a part is not ready.  With a positive read, that
 * is partial; alone ("The API is not.") it says nothing.
 */
static void clause_end(struct reading *r, size_t at)
{
	if (r->open == K_NOT && r->open_bare)
		note(r, K_BUT, r->open_at, at);
	r->open = K_NONE;
}

/* Words that leave a negator bare: "not yet", "not quite". */
static bool filler(const char *s, size_t n, size_t i)
{
	static const char *const words[] = { "yet", "quite", "really",
					     "fully", "entirely", "encore",
					     "noch", "ainda", NULL };
	for (int k = 0; words[k]; k++)
		if (word_is(s, n, i, words[k]))
			return true;
	return false;
}

/* Steps over the word or character at s[i] that is no verdict word. */
static size_t pass_over(struct reading *r, const char *s, size_t n, size_t i)
{
	size_t l;
	enum cls c = rec_verdict_cls_at(s, n, i, &l);
	/* (a colon leaves "before" and "now" open: "Previously: CONDITIONAL
	 * GO. Now: GO."; so does a quotation mark: 'The old "PARTIAL"') */
	if (c == C_BOUND &&
	    !((s[i] == ':' || s[i] == '"') && (r->open == K_WAS || r->open == K_NOW)))
		clause_end(r, i);
	if (c != C_WORD && c != C_CJK)
		return i + l;
	r->asked = false;
	/* "not for GA": the verdict left out, the negator stays bare over
	 * what it is for (three words at most) */
	if (r->open == K_NOT && r->open_bare && r->open_left >= SCOPE - 1 &&
	    (word_is(s, n, i, "for") || word_is(s, n, i, "pour") ||
	     word_is(s, n, i, "para") ||
	     /* "ready for staging, not production" */
	     ((r->pos_env || r->pos_for_part) && word_is(s, n, i, "production")))) {
		r->elided = true;
		r->open_left = SCOPE + 1;
	} else if (r->open == K_NOT && !r->elided && (c == C_CJK || !filler(s, n, i))) {
		r->open_bare = false;
	}
	/* (a filler reaches no further: "I would not call it fully
	 * production-ready") */
	if (r->open != K_NONE && !(r->open == K_NOT && c != C_CJK && filler(s, n, i)) &&
	    --r->open_left < 0)
		r->open = K_NONE;
	if (c == C_CJK)
		return i + l;
	while (i < n && rec_verdict_cls_at(s, n, i, &l) == C_WORD)
		i += l;
	return i;
}

static prr_level level_of(unsigned seen)
{
	const unsigned caveat = 1u << K_PEND | 1u << K_WARN;
	if (seen & 1u << K_NEG)
		return PRR_LEVEL_NOT_READY;
	if (seen & 1u << K_PART)
		return PRR_LEVEL_PARTIAL;
	if (seen & 1u << K_POS)
		return seen & (caveat | 1u << K_BUT) ? PRR_LEVEL_PARTIAL
						     : PRR_LEVEL_READY;
	if (seen & 1u << K_PEND)
		return PRR_LEVEL_NOT_READY;
	return PRR_LEVEL_UNKNOWN;
}

/* Every verdict word of s[0..n) read into `r`. */
static void read_text(struct reading *r, const char *s, size_t n)
{
	*r = (struct reading){ .s = s, .n = n, .open = K_NONE };
	size_t first = 0, last = n, code; /* (the first and last letters) */
	while (first < n && !isalpha((unsigned char)s[first]))
		first++;
	while (last && !isalpha((unsigned char)s[last - 1]))
		last--;
	for (size_t i = 0, end = 0; i < n;) {
		/* every pattern begins with a letter or a non-ASCII byte */
		unsigned char c = (unsigned char)s[i];
		bool may_begin = c >= 0x80 || ascii_cls(s, n, i) == C_WORD;
		int g = may_begin ? longest(s, n, i, &end) : -1;
		/* "Proceed with Priority 1: Security (Quick Fix)": a piece of
		 * work chosen next, no go-ahead */
		if (g >= 0 && end - i == 7 && strncasecmp(s + i, "proceed", 7) == 0 &&
		    prr_rec_verdict_work_next(s, n, end))
			g = -1;
		if (g >= 0) {
			take(r, g, i, end);
			i = end;
		} else if (c == '`' && (code = rec_verdict_code_name(s, n, i, first,
								     last ? last - 1 : n))) {
			i = code; /* a name: "`ship` closes tasks" */
		} else {
			i = pass_over(r, s, n, i);
		}
	}
	clause_end(r, n);
	/* "ready, with two follow-ups. Neither blocks anything.": no
	 * condition */
	if (r->free && r->warn_caveat && !r->warn_other)
		r->seen &= ~(1u << K_WARN);
}

/*
 * The last few short texts read, and what each reads as (the same
 * wherever it stands): a document states a label's value again and
 * again ("- [ ] **FINAL DECISION**: GO or NO-GO" on each of 50,000
 * lines), and several readers read each ("GO or NO-GO" its sides too):
 * 12 readings a line took 1.5 s.  One of each now.
 */
#define MEMO_N 8
#define MEMO_MAX 64
static _Thread_local struct {
	char text[MEMO_MAX];
	struct reading r; /* (its text's r.s the one read first) */
} memo[MEMO_N];
static _Thread_local unsigned memo_next;

static void read_all(struct reading *r, const char *s, size_t n)
{
	if (!n || n > MEMO_MAX) {
		read_text(r, s, n);
		return;
	}
	size_t k = 0;
	while (k < MEMO_N && !(memo[k].r.n == n && memcmp(memo[k].text, s, n) == 0))
		k++;
	if (k == MEMO_N) {
		read_text(r, s, n);
		k = memo_next++ % MEMO_N;
		memcpy(memo[k].text, s, n);
		memo[k].r = *r;
	}
	*r = memo[k].r;
	r->s = s;
}

/* Whether s[0..n) offers levels to choose from, as a template does
 * ("<READY / READY WITH CONDITIONS / NOT READY>"): between its slashes
 * or bars a verdict and nothing else each, two levels or more.  After a
 * label, its value ("Go/No-Go: GO" is chosen). */
static bool choice(const char *s, size_t n)
{
	static const char decor[] = " <>*_[]().";
	size_t pieces = 0;
	for (size_t i = n; i; i--)
		if (s[i - 1] == ':') {
			s += i;
			n -= i;
			break;
		}
	prr_level first = PRR_LEVEL_UNKNOWN;
	bool differ = false;
	for (size_t a = 0; a <= n; pieces++) {
		size_t b = a;
		while (b < n && s[b] != '/' && s[b] != '|')
			b++;
		size_t x = a, y = b;
		while (x < y && strchr(decor, s[x]))
			x++;
		while (y > x && strchr(decor, s[y - 1]))
			y--;
		/* the answers offered: "Yes / No / Partial / N/A" (its
		 * "N" and "A" no piece of their own) */
		size_t k = y - x;
		if (k == 1 && ((s[x] | 0x20) == 'n' || (s[x] | 0x20) == 'a')) {
			a = b + 1;
			continue;
		}
		struct reading r;
		read_all(&r, s + x, k);
		prr_level l = level_of(r.seen);
		if (k == 3 && strncasecmp(s + x, "yes", 3) == 0)
			l = PRR_LEVEL_READY;
		else if (k == 2 && strncasecmp(s + x, "no", 2) == 0)
			l = PRR_LEVEL_NOT_READY;
		else if (l == PRR_LEVEL_UNKNOWN || r.from != 0 || r.to != k)
			return false;
		if (first == PRR_LEVEL_UNKNOWN)
			first = l;
		differ |= l != first;
		a = b + 1;
	}
	return pieces >= 2 && differ;
}

/*
 * A go-ahead beside a part refused: "Approved with conditions. Mobile
 * SDK integration is not approved until …" (a go with no part named, a
 * refusal of one), "Wave 2 is GO for 18 May. Wave 3 is NO-GO" (parts of
 * one kind, their names' first word the same).  Not "Checkout is NOT
 * READY. Payments are ready.": a part's go beside another's refusal may
 * be the whole's.
 */
static bool split_by_subject(const struct reading *r)
{
	if (!r->pos_read || !r->neg_read || !r->neg_subj_n)
		return false;
	if (!r->pos_subj_n)
		return true;
	const char *p = r->s + r->pos_subj, *q = r->s + r->neg_subj;
	size_t k = 0;
	while (k < r->pos_subj_n && p[k] != ' ')
		k++;
	return k < r->pos_subj_n && k < r->neg_subj_n && q[k] == ' ' &&
	       strncasecmp(p, q, k) == 0 &&
	       !(r->pos_subj_n == r->neg_subj_n &&
		 strncasecmp(p, q, r->pos_subj_n) == 0);
}

bool prr_rec_verdict_of_part(const char *s, size_t n)
{
	struct reading r;
	read_all(&r, s, n);
	return r.neg_read ? r.neg_subj_n > 0 : r.pos_read && r.pos_subj_n > 0;
}

bool prr_rec_verdict_scoped(const char *s, size_t n)
{
	struct reading r;
	read_all(&r, s, n);
	return (r.seen & 1u << K_POS) && (r.pos_env || r.pos_for_part || r.pos_staged);
}

bool prr_rec_verdict_changes(const char *s, size_t n)
{
	struct reading r;
	read_all(&r, s, n);
	return r.changed;
}

bool prr_rec_verdict_now(const char *s, size_t n)
{
	struct reading r;
	read_all(&r, s, n);
	return r.now && level_of(r.seen) != PRR_LEVEL_UNKNOWN;
}

bool prr_rec_verdict_hedged(const char *s, size_t n)
{
	struct reading r;
	read_all(&r, s, n);
	return r.seen & (1u << K_WARN | 1u << K_PEND | 1u << K_PART);
}

bool prr_rec_verdict_waits(const char *s, size_t n)
{
	struct reading r;
	read_all(&r, s, n);
	return (r.seen & 1u << K_PEND) &&
	       !(r.seen & (1u << K_NEG | 1u << K_PART | 1u << K_POS));
}

bool prr_rec_verdict_scale(const char *s, size_t n)
{
	struct reading r;
	read_all(&r, s, n);
	return rec_verdict_scale(s, n, r.seen);
}


/* The verdict of s[0..n) read whole, a summing-up sentence no different
 * from the others. */
prr_level rec_verdict_read(const char *s, size_t n, size_t *at, size_t *len)
{
	struct reading r;
	read_all(&r, s, n);
	prr_level level = level_of(r.seen);
	/* "GO for iOS, NO-GO for Android": a split decision */
	if (r.pos_for_part && r.neg_for_part)
		level = PRR_LEVEL_PARTIAL;
	/* (and beside a refusal of more: "Ship to 10% of traffic. Not
	 * ready for 100%.") */
	if (r.pos_staged && (level == PRR_LEVEL_READY || r.neg_for_part))
		level = PRR_LEVEL_PARTIAL;
	if (level == PRR_LEVEL_NOT_READY && split_by_subject(&r))
		level = PRR_LEVEL_PARTIAL;
	/* "Conditional go. … Publication stays blocked until every gate
	 * below passes": the refusal is the go's condition */
	if (level == PRR_LEVEL_NOT_READY && (r.seen & 1u << K_PART) && r.neg_until &&
	    !r.neg_plain)
		level = PRR_LEVEL_PARTIAL;
	/* "GO for staging, NO-GO for production", "ready for staging, not
	 * production": nothing goes to production */
	if (r.pos_env && (r.seen & (1u << K_NEG | 1u << K_BUT)))
		level = PRR_LEVEL_NOT_READY;
	/* … and alone, every go for one ("Ready for staging", "GO in
	 * UAT"): nothing goes to production either */
	if (r.pos_env && !r.pos_prod && level != PRR_LEVEL_UNKNOWN)
		level = PRR_LEVEL_NOT_READY;
	/* "ready at an average ≥ 4.0, partial at 3.0–3.9, not ready below
	 * 3.0": a scale of levels, no verdict */
	if (level != PRR_LEVEL_UNKNOWN && rec_verdict_scale(s, n, r.seen))
		level = PRR_LEVEL_UNKNOWN;
	/* "READY / READY WITH CONDITIONS / NOT READY": a choice, none
	 * made */
	if (level != PRR_LEVEL_UNKNOWN && (memchr(s, '/', n) || memchr(s, '|', n)) &&
	    choice(s, n))
		level = PRR_LEVEL_UNKNOWN;
	/* "GO or NO-GO", "Binary per capability (ALLOWED or BLOCKED).": the
	 * levels offered, a method's or a template's, none chosen */
	if (level != PRR_LEVEL_UNKNOWN && rec_verdict_or_choice(s, n))
		level = PRR_LEVEL_UNKNOWN;
	bool known = level != PRR_LEVEL_UNKNOWN;
	if (at)
		*at = known ? r.from : 0;
	if (len)
		*len = known ? r.to - r.from : 0;
	return level;
}

prr_level prr_rec_verdict(const char *s, size_t n, size_t *at, size_t *len)
{
	prr_level chosen;
	if ((memchr(s, '[', n) || memchr(s, 0xE2, n)) &&
	    rec_verdict_ballot(s, n, &chosen, at, len))
		return chosen;
	/* the sentences that sum up, the first few: the last of them that
	 * states a verdict, read to the text's end, is the text's */
	size_t sums[8], ns = 0, from = 0, o;
	while (ns < sizeof sums / sizeof sums[0] &&
	       (o = prr_rec_verdict_summing_up(s + from, n - from)) != 0) {
		from += o;
		sums[ns++] = from;
	}
	for (size_t k = ns; k-- > 0;) {
		size_t a, l;
		prr_level level = rec_verdict_read(s + sums[k], n - sums[k], &a, &l);
		if (level != PRR_LEVEL_UNKNOWN) {
			if (at)
				*at = sums[k] + a;
			if (len)
				*len = l;
			return level;
		}
	}
	return rec_verdict_read(s, n, at, len);
}
