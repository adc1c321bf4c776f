/* rec_verdict_int.h - what rec_verdict.c and rec_verdict_words.c share:
 * the kinds of verdict words and the vocabulary of them. */
#ifndef PRR_REC_VERDICT_INT_H
#define PRR_REC_VERDICT_INT_H

#include "rec_words.h"


/*
 * What a word or phrase says.  Two kinds open a scope over the next few
 * words of their clause: K_NOT negates the next verdict word ("not yet
 * ready"), K_WITH makes the next K_CAVEAT noun a warning ("with two
 * open risks"); a caveat noun alone is no verdict (a "Risks" heading).
 * K_PEND and K_WARN make a positive partial; alone, K_PEND is not ready
 * and K_WARN says nothing ("Load test run with 3 warnings").
 * K_NO is a bare "No" answering the positive question just before it
 * ("Production ready? No").  K_NONE consumes words that hold verdict words
 * but say none.
 */
enum kind {
	K_NONE, K_NOT, K_WITH, K_CAVEAT, K_NO,
	K_NEG, K_PEND, K_WARN, K_PART, K_POS,
	K_BUT, /* read, never listed: "…, but the API is not" (see pass_over) */
	K_WAS, /* opens a scope whose verdict word is past: "previously
		* CONDITIONAL GO, now GO", "GO (was NO-GO)" */
	K_NOW, /* opens a scope whose verdict word replaces those before
		* it: "It was CONDITIONAL GO; it is now GO" */
	K_FREE /* the caveats block nothing: "Neither blocks anything" */
};

/* F_BEFORE, F_AFTER: the clause must begin before / end after the match
 * (emphasis, backticks and emoji aside), for words too common in prose to
 * be a verdict anywhere else ("Let's go", "tests pass locally"). */
enum { F_BEFORE = 1, F_AFTER = 2, F_ALONE = F_BEFORE | F_AFTER };
/* F_NOT_TO: not followed by "to": "ready to fix the blockers" says the
 * team is willing; "ready to ship" is listed whole. */
enum { F_NOT_TO = 4 };
/* F_NOW: the verdict replaces those read before it ("now GO"). */
enum { F_NOW = 8 };
/* F_ID: followed by an issue's ID ("once FS-118 is fixed"), which makes
 * a conjunction of a word that is also an adverb ("tested once"). */
enum { F_ID = 16 };
/* F_NEXT: a scope that reaches the next word only, an adjective's: "the
 * old PARTIAL" (not "the old system is ready"). */
enum { F_NEXT = 32 };
/* F_ING: followed by a verb in -ing, not opening its clause: "ready …
 * after publishing on GitHub" (a step still to take; "After running the
 * suite, it is ready" tells what was done). */
enum { F_ING = 64 };
/* F_ON_POS: right after a readiness ("Ready for launch after Stripe
 * configuration", "Production ready once the keys are set"): a step
 * still to take first ("Approved after review" tells what was done). */
enum { F_ON_POS = 128 };

/*
 * Patterns are lowercase; ' ', '-' and '\'' in a pattern stand for one or
 * more separators in the text (spaces, '-', '_', '*', '`', apostrophes),
 * '/' for a slash with optional separators around it.  Latin patterns
 * match whole words; CJK ones match anywhere.  At each place the longest
 * match wins, so "not applicable" hides "not" and "no go" hides "no"; of
 * two as long, the first listed.
 *
 * The vocabulary: groups of words that say the same, by language.
 * K_PART and K_WITH groups carry no flags: qualifier_at() relies on it to
 * look one word ahead without recursion.
 */
#define WORDS(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* A group's kind and flags, as its rec_class's value. */
#define GROUP(kind, flags) ((kind) | (flags) << 4)
static inline enum kind kind_of(int v) { return (enum kind)(v & 15); }
static inline unsigned flags_of(int v) { return (unsigned)v >> 4; }

/* The vocabulary (rec_verdict_words.c): groups of words that say the same,
 * by language, indexed by first byte (rec_words.h). */
extern rec_vocab rec_verdict_vocab;

/* Labels whose value is the verdict, by strength (1 weak, 2 strong), and
 * the words around them ("final" makes any label strong); in
 * rec_verdict_words.c. */
struct labels {
	int strength;
	const char *const *words; /* NULL-terminated */
};
extern const struct labels rec_verdict_label_names[];
extern const size_t rec_verdict_n_label_names;
extern const struct labels rec_verdict_label_qualifiers[];
extern const size_t rec_verdict_n_label_qualifiers;

/* What a verdict ending at s[end] is for (rec_verdict_parts.c): a part,
 * "(GO) for iOS", "(not ready) in eu-west-1", not the whole ("for
 * production"); a share of the traffic below the whole, "(GO) for 1% and
 * 10%"; and the subject of the verdict at s[at] its clause names, "Wave 3"
 * of "Wave 3 is NO-GO" (its start in *a, its length returned; 0 for none
 * or the whole: "It is", "The service is"). */
bool rec_verdict_for_part(const char *s, size_t n, size_t end);
/* … for anything named, the whole too: "(not ready) for GA"; for a part
 * only: "(READY) FOR INTERNAL TENANTS ONLY", "(GO) only for iOS". */
bool rec_verdict_for_any(const char *s, size_t n, size_t end);
bool rec_verdict_for_part_only(const char *s, size_t n, size_t end);
bool rec_verdict_for_share(const char *s, size_t n, size_t end);
/* … a share below the whole right before the positive at s[at]: "~40%
 * Production Ready" (partial; "100% ready" is ready). */
bool rec_verdict_share_before(const char *s, size_t at);
/* … for an environment short of production: "(ready) for staging",
 * "(GO) in UAT", "(prêt) pour une démo". */
bool rec_verdict_for_env(const char *s, size_t n, size_t end);
/* … and production too in its clause: "ready for staging and production" */
bool rec_verdict_env_and_prod(const char *s, size_t n, size_t end);
/* … for a stage of a launch to some users only: "(Ready) for Private
 * Alpha", "(Ready) for beta", "(GO) for the pilot". */
bool rec_verdict_for_stage(const char *s, size_t n, size_t end);
/* Whether a verb in -ing begins at s[i] ("publishing", not "morning"). */
bool rec_verdict_gerund_at(const char *s, size_t n, size_t i);
size_t rec_verdict_subject_at(const char *s, size_t n, size_t at, size_t *a);

/* The box of a ballot's option at s[i] ("☐ GO ☒ CONDITIONAL GO ☐ NO-GO",
 * "[x] GO [ ] NO-GO"): 1 open, 2 ticked, its end in *end; 0 for none (in
 * rec_verdict_parts.c). */
int rec_verdict_box_at(const char *s, size_t n, size_t i, size_t *end);
/* The verdict of s[0..n) read whole, a summing-up sentence no different
 * from the others (rec_verdict.c); and the option ticked on a ballot
 * ("☐ GO ☒ CONDITIONAL GO ☐ NO-GO"), false when s holds none (in
 * rec_verdict_parts.c).  Where the verdict's words are in *at, *len. */
prr_level rec_verdict_read(const char *s, size_t n, size_t *at, size_t *len);
bool rec_verdict_ballot(const char *s, size_t n, prr_level *level, size_t *at,
			size_t *len);

/* Whether s[0..n) offers levels to choose from joined by "or", each a
 * verdict alone in its clause ("GO or NO-GO", "(ALLOWED or BLOCKED)"):
 * no verdict, a template's or a method's (in rec_verdict_parts.c). */
bool rec_verdict_or_choice(const char *s, size_t n);

/* Whether a condition's "until" follows the refusal ending at s[end]:
 * "(stays blocked) until every gate below passes" (rec_verdict_parts.c). */
bool rec_verdict_until(const char *s, size_t n, size_t end);

/* The stage of launch that opens the clause of the verdict at s[at], as
 * its subject: 1 an early one ("Soft-launch ready", "Beta is ready"), 2
 * a later one ("Hard-launch not yet ready", "GA is NO-GO"), 0 none (in
 * rec_verdict_parts.c). */
int rec_verdict_stage_before(const char *s, size_t at);

/* Two levels or more of `seen` (1 << kind), each set against a
 * threshold (a comparison and a figure) in s[0..n): a scale ("ready at ≥
 * 4.0, partial at 3.0–3.9"); in rec_verdict_parts.c. */
bool rec_verdict_scale(const char *s, size_t n, unsigned seen);
/* Whether the verdict at s[at] is the level a threshold maps to, a
 * rule ("Score >= 8.0 = Production Ready", "≥ 80 → GO", "90–100 =
 * Ready"), no verdict. */
bool rec_verdict_after_threshold(const char *s, size_t at);
/* Where a name in code ends ("`ship` closes tasks"), past its closing
 * backtick, when s[i] opens one: a span without a capital letter, with
 * ASCII letters of s outside it (the first at `first`, the last at
 * `last`); else 0.  A verdict in code, "`NO-GO`", is read. */
size_t rec_verdict_code_name(const char *s, size_t n, size_t i, size_t first,
			     size_t last);

/* Whether the verdict word at s[at] is counted ("5 Go, 1 No-Go", "Three
 * GO, one NO-GO": votes tallied, no verdict); in rec_verdict_words.c. */
bool rec_verdict_counted(const char *s, size_t n, size_t at);

/*** Characters and words, rec_verdict.c's, shared with rec_verdict_label.c ***/

/* C_WORD: Latin letters and digits; C_CJK: ideographs, kana, hangul;
 * C_SEP: what separates a phrase's words; C_BOUND: what ends a clause;
 * C_DECOR: the rest (emoji, marks, '#', '%', '/'). */
enum cls { C_WORD, C_CJK, C_SEP, C_BOUND, C_DECOR };

/* The class of the character at s[i]; its length in *len (invalid UTF-8
 * counts as one decor byte). */
enum cls rec_verdict_cls_at(const char *s, size_t n, size_t i, size_t *len);
/* The class of the character that ends at s[i] (C_BOUND at the start);
 * where it starts in *start. */
enum cls rec_verdict_cls_before(const char *s, size_t n, size_t i, size_t *start);
/* The position past separators from i. */
size_t rec_verdict_skip_seps(const char *s, size_t n, size_t i);
/* Where `p` ends, matched at s[i] as whole words, or 0. */
size_t rec_verdict_match_word(const char *s, size_t n, size_t i, const char *p);
/* Whether pattern `p` may match where the text's first byte, in lower
 * case, is `lead`; the lower-case first byte of the text at s[i]. */
bool rec_verdict_may_begin_as(const char *p, unsigned char lead);
unsigned char rec_verdict_lead_at(const char *s, size_t n, size_t i);

#endif
