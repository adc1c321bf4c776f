/*
 * rec_score.h - recognising scores written in headings and prose.
 *
 * prr_parse_score() (import.h) reads a score that starts a field's value.
 * Reviews also state scores inside headings, list items and sentences:
 *
 *     📊 Security Score: 5.5/10          ### Security ⚠️ **8/10**
 *     ## Infrastructure (40/40)          ### Phase 2 — API ✅ **98%**
 *     Overall Grade: **A-**              B+ (87/100)
 *     Rating: ⭐⭐⭐⭐☆                    Grade: B+ → A-
 *
 * prr_rec_score() finds such a score in one line and the label it belongs
 * to.  Every function here reads only s[0..n) (no NUL needed), allocates
 * nothing, keeps no state and runs in time linear in n.
 *
 * What a score is:
 *   - a fraction "a/b" with a <= b ("8/10", "6.0-6.5/10", "8 / 10",
 *     "8,5/10" with a decimal comma, "8 out of 10").  It is a score when
 *     the label holds a score word (score, grade, rating, note, nota,
 *     puntuación, calificación, Bewertung, points, 评分, スコア, 評価 …) or
 *     "points"/"pts"/"stars" follows it.  Otherwise, when the label names
 *     what is counted (a plural such as items, tests, tasks, phases, files,
 *     checks, criteria, fases …, or a last word such as Phase, Step, Test,
 *     Date, Version: "Phase 3/7", "Review Date: 1/10") it is a count.
 *     Otherwise it is a score when b is 5, 10 or 100, or, in a heading,
 *     when it closes the heading in parentheses as whole numbers
 *     ("## Infrastructure (40/40)": a section's points).
 *   - a percent of at most 100: "85%", "~95 %" (a space or no-break space
 *     before '%'), "60-65%".  A signed one ("+30%", "-5%", "±2%") or one
 *     after a trend mark ("⬆️ 30%", "📈 12%") is a change, not a score.
 *   - "N stars" (N of 5).
 *   - a letter grade (prr_rec_grade) when the label holds a score word
 *     ("Grade: B+"), or a score follows it ("B+ (87/100)": grade and value
 *     both), or a parenthesis does ("A-（優秀）", "A- (borderline)"), or an
 *     arrow and another grade ("B+ → A-").  So "A new module" and
 *     "## Plan B" hold no grade.
 *   - stars (prr_rec_stars): two or more, or one with a score word or a
 *     score after it ("⭐ (4/5)"); a score in parentheses after stars or a
 *     grade gives the value ("⭐⭐⭐⭐☆ (4.5/5)" is 4.5/5).
 *
 * Where a score stands (what tells it from a number in a sentence):
 *   - before it, past emphasis and emoji: nothing but the line's markers
 *     ("- ", "1. ", "## ", "[x]"), or a label ending in ':' '：' '=' '-'
 *     '—' '–' '(' '|' or an arrow; in a heading or after a score word
 *     anywhere.  "Throughput improved 30%" holds no score.
 *   - after it, past emphasis, emoji and status marks: the end of the
 *     line, punctuation, a parenthesis, a dash or an arrow, not a word:
 *     "16/16 items checked", "3/7 Fases", "9/10 criteria" are counts and
 *     "1/2 day" a quantity.
 *   - a number glued to a letter, digit, '.', ',' or '/' before it starts
 *     no score, and a fraction followed by '/' or a letter is none: dates
 *     ("2026/01/09"), versions and paths ("v1.2/3").  "24/7" fails a <= b.
 *
 * Of a transition ("B+ → A-", "6/10 -> 8/10") the latest score is reported.
 * Only the first score of a line is returned; call again on the text after
 * hit.at + hit.len for the next one ("Security: 8/10, Reliability: 6/10").
 */
#ifndef PRR_REC_SCORE_H
#define PRR_REC_SCORE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct prr_score_hit {
	/* The label, offsets into s: "Security Score" of "📊 Security Score:
	 * 5.5/10", without the line's markers, numbering ("1. "; "Phase 3"
	 * stays), emphasis, emoji, status marks and words, and the separator.
	 * label_len is 0 when there is none. */
	size_t label_at, label_len;
	/* The score's text, "82/100" of "**82/100**", "B+ (87/100)"; of a
	 * transition, the latest score. */
	size_t at, len;
	/* value, or value-high for a range (high NaN otherwise), out of max:
	 * 10, 100, 5 for stars, 100 for a percent.  All NaN for a grade that
	 * has no number ("Grade: B+"). */
	double value, high, max;
	/* The letter grade as written, ASCII ("A-", "B+", "C"; U+2212 reads
	 * as '-'), or "" when none. */
	char grade[4];
	/* Written as N%. */
	bool percent;
} prr_score_hit;

/*
 * The first labelled score in a heading, a list item or a line of prose
 * (`n` bytes of one line, its Markdown markers included or not).  Returns
 * true and fills *hit, or false and leaves *hit alone.
 */
bool prr_rec_score(const char *s, size_t n, prr_score_hit *hit);

/*
 * Of the score prr_rec_score finds, when it ends a transition ("Security
 * (8/10 → 10/10)"), the score the transition starts from (8/10); false
 * when that score is no transition.
 */
bool prr_rec_score_from(const char *s, size_t n, prr_score_hit *hit);

/*
 * Whether the score `hit` found in `s` is a threshold: a comparison right
 * before its figure, after its label ("User satisfaction score > 4.0/5",
 * "Security ≥ 8/10", ">= 90%"): a target to meet, no score.
 */
bool prr_rec_score_threshold(const char *s, const prr_score_hit *hit);

/*
 * A letter grade A-F, with an optional '+', '-' or '−', at the start of
 * `s`, not joined to what follows: "B+", "A-", "F", but not "C++", "C#",
 * "B-tree", "A/B", "A.B", "A's" or "Añadir".  Returns its length in bytes
 * and writes it to `out` as ASCII ("A-"), or returns 0 and leaves `out`.
 */
size_t prr_rec_grade(const char *s, size_t n, char out[4]);

/*
 * Stars at the start of `s`: filled ones (⭐ 🌟 ★) then empty ones (☆ ✩),
 * maybe one space apart: "⭐⭐⭐⭐☆" is 4 of 5, "🌟🌟🌟🌟🌟" 5 of 5, "★★★☆☆" 3
 * of 5.  Returns the number of filled stars and sets *max to 5, or to the
 * number of stars written when more; *len (may be NULL) to their length.
 * Returns -1 when `s` does not start with a star, or with more than 10.
 */
int prr_rec_stars(const char *s, size_t n, int *max, size_t *len);

/*
 * Whether `found` is what `stated` says once rounded as `stated` is
 * written: within half its last decimal place ("9" is 8.5 … 9.5, "7.5"
 * 7.45 … 7.55, "3.25" 3.245 … 3.255); both on one scale.  "7.5" over a
 * mean of 7.25 is another figure, not the same one rounded.
 */
bool prr_score_rounds_to(double stated, double found);

#endif
