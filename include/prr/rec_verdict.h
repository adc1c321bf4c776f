/*
 * rec_verdict.h - the overall verdict a review states, read from its words.
 *
 * Reviews say their verdict in many ways ("NOT production ready",
 * "CONDITIONAL GO", "✅ APPROVED — pending sign-off", "no está listo",
 * "本番稼働可能") and in several languages.  This recogniser reads the level
 * a text states and never invents one: a text that states no verdict is
 * PRR_LEVEL_UNKNOWN.  It is stronger than prr_level_from_text() (import.h),
 * which looks for substrings; here every word is a whole word.
 *
 * How a text is read:
 *
 *   - The vocabulary (gen/rec_verdict.c, grouped by level and language) is
 *     English, Spanish, French, Portuguese, German, Chinese and Japanese.
 *     Latin words match whole words only, case-insensitively, with accents
 *     or without ("PRÊTE", "prete"); '-', '_', spaces, '*' and '`' between
 *     the words of a phrase are alike ("NO-GO", "NO GO", "**NO** GO");
 *     full-width letters and digits are their ASCII ones ("ＧＯ").
 *     A word joined by a hyphen to another is a compound, not a verdict
 *     ("go-live", "pass-through", "fail-safe").
 *   - "GO", "PASS", "PASSED", "FAIL" and "FAILED" count only standing alone
 *     in their clause (markdown emphasis, backticks and emoji around them
 *     are fine: "GO ✅", "**GO**", "Decision: `GO`"), so "Let's go" or
 *     "tests pass locally" are not verdicts; "Proceed" counts only at the
 *     start of its clause ("Proceed with launch"), "COMPLETE" only ending
 *     it ("RUNBOOKS COMPLETE - …", not "complete the rollout").
 *     "passing" is never a verdict ("56 tests passing" counts tests, it
 *     does not judge).
 *   - A negator ("not", "no", "never", "almost", "n'est pas", "nicht",
 *     "não" …) turns the next verdict word within two words of it, in the
 *     same clause, into NOT_READY: "not yet ready", "no está listo".  A
 *     negated negative states nothing ("no gaps found", "not blocked").
 *   - "with" (and "subject to", "con", "com", "avec", "sous", "mit",
 *     "unter") followed within two words by a caveat noun ("caveats",
 *     "conditions", "risks", "gaps", "issues", "observaciones", "réserve",
 *     "Auflagen" …) is a caveat: "Ready with two open risks".  "with no
 *     caveats" is none; a caveat noun alone is a heading, not a caveat.
 *   - Then the words combine: any NOT_READY word wins ("GO/NO-GO: NO-GO");
 *     else any conditional word ("CONDITIONAL", "PARTIALLY", "改善推奨")
 *     makes PARTIAL; else a positive with a caveat, "pending" or a warning
 *     mark ⚠ 🟡 🟠 ("✅ APPROVED — pending sign-off", "⚠️ … COMPLETE") is
 *     PARTIAL; else a positive is READY; else "pending" alone is NOT_READY
 *     (nothing is claimed ready yet).  A caveat or a warning mark alone
 *     states nothing ("Load test run with 3 warnings").
 *   - A bare "No" (or "Não", "Non", "Nein") answers the positive question
 *     just before it: "Production ready? No" is NOT_READY.  Any other bare
 *     yes or no is no verdict (its meaning is the question's).
 *   - A ballot, verdicts each after a box ("☐ GO ☒ CONDITIONAL GO ☐
 *     NO-GO", "[x] GO [ ] NO-GO"), states the option ticked (☑, ☒, [x]);
 *     none ticked, or two, state nothing.
 *   - Titles and labels that hold verdict words are not verdicts:
 *     "Production Readiness Review", "Go/No-Go", "Pass/Fail", "Ready for
 *     review", "Ready to start", "Not applicable".
 *
 * Both functions read only s[0..n) (no NUL needed), allocate nothing, keep
 * no state, and take time linear in n.
 */
#ifndef PRR_REC_VERDICT_H
#define PRR_REC_VERDICT_H

#include <stddef.h>

#include "prr/model.h"

/*
 * The level the verdict text `s` (`n` bytes) states: "NOT production ready"
 * -> NOT_READY, "CONDITIONAL GO" -> PARTIAL, "✅ 100% PRODUCTION READY" ->
 * READY.  Returns PRR_LEVEL_UNKNOWN when the text states no verdict.
 * `*at` and `*len` (either may be NULL) receive the span of the verdict
 * words read, from the first (with its negator or "with") to the end of
 * the last; both are 0 when the result is unknown.
 */
prr_level prr_rec_verdict(const char *s, size_t n, size_t *at, size_t *len);

/* "A and B are ready. C is not ready. Overall: partially ready.": the
 * offset in `s` of a sentence after the first that sums the others up
 * ("Overall:", "In short", "Bottom line", …), or 0.  prr_rec_verdict()
 * reads such a sentence's verdict, when it states one, as the text's. */
size_t prr_rec_verdict_summing_up(const char *s, size_t n);

/*
 * Is the label `s` (`n` bytes; surrounding '*', '#', ':', emoji and spaces
 * are ignored) one whose value is the overall verdict?  Returns 0 no,
 * 1 weak ("Status", "Overall Status", "Result", "Outcome", "Assessment",
 * "Readiness", "Estado", "Statut", "Situação", "Ergebnis", "状态",
 * "ステータス" …), 2 strong ("Verdict", "Decision", "Go/No-Go",
 * "Recommendation", "Conclusion", "Veredicto", "Décision", "Parecer",
 * "Urteil", "Fazit", "结论", "判定" …, and any label qualified "Final":
 * "Final Status", "Verdict final", "Décision finale", "最终结论").
 */
int prr_rec_verdict_label(const char *s, size_t n);

/*
 * Whether s[0..n) is a scale of levels rather than a verdict: two levels
 * or more, each against a threshold ("a service is **ready** at an
 * average ≥ 4.0, **partial** at 3.0–3.9, **not ready** below 3.0").
 * prr_rec_verdict() finds no verdict in such a text; its words in bold,
 * read one by one, would each seem one.
 */
bool prr_rec_verdict_scale(const char *s, size_t n);

/*
 * Whether s[0..n) tells a verdict changing: one that held before
 * ("previously CONDITIONAL GO", "Antes: GO condicional") or one replaced
 * by what holds now ("It was CONDITIONAL GO; it is now GO").  Such a
 * text is read whole: its verdict words in bold, read one by one, would
 * each seem one.
 */
bool prr_rec_verdict_changes(const char *s, size_t n);

/* Whether s[0..n) states a verdict said to hold now ("Update 14:00: now
 * **GO**", "it is now NO-GO"), replacing one stated before it. */
bool prr_rec_verdict_now(const char *s, size_t n);

/*
 * Whether s[0..n) hedges what it says: a condition, a caveat or a wait
 * that makes a go partial ("Once PLAT-812 lands we expect …", "… if the
 * DPIA is signed", "… awaiting sign-off"), whether or not it states a
 * verdict of its own.
 */
bool prr_rec_verdict_hedged(const char *s, size_t n);
/* Whether s[0..n) only waits ("pending completion of the items",
 * "Pendiente completar items marcados"): words of waiting, and no go,
 * partial or refusal beside them. */
bool prr_rec_verdict_waits(const char *s, size_t n);

/* Whether a "proceed" ending at s[end] (s[0..n)) goes on with a piece of
 * work to do next, no go-ahead: "(Proceed) with Priority 1: Security
 * (Quick Fix)", "(proceed) with the fixes", "with Phase 2". */
bool prr_rec_verdict_work_next(const char *s, size_t n, size_t end);

/*
 * Whether the verdict of s[0..n) is a part's: its clause names a subject
 * other than the whole ("Maternity is NO-GO", "Wave 2 is GO"; not "It
 * is", "We are", "The service is").  Its refusal is asked first.
 */
bool prr_rec_verdict_of_part(const char *s, size_t n);

/* Whether the go of s[0..n) is for a part, a share or a stage short of
 * production ("GO for iOS", "GO for 1%", "Ready for Demonstration"), not
 * for the whole: what follows it may refuse the rest. */
bool prr_rec_verdict_scoped(const char *s, size_t n);

/* "The decision is **NO-GO**.", "A decisão é NO-GO.": a sentence whose
 * subject is a strong verdict label (prr_rec_verdict_label() 2), its
 * verb "is" (é, es, est, ist) in the present, states its verdict as
 * "Decision: NO-GO" does.  Returns the offset of what follows the verb
 * (the label's value), the label's words in s[*la..*lb); 0 if s[0..n)
 * is no such sentence. */
size_t prr_rec_verdict_subject(const char *s, size_t n, size_t *la, size_t *lb);

/* Where a closing parenthesis that glosses the verdict of s[0..n) begins
 * (its '(': the verdict before it and the words inside it each state the
 * same level, "CONDITIONAL GO (جاهز للإطلاق المشروط)"), or n.  Its words
 * restate the verdict, often in another language; they name no part and
 * set no terms. */
size_t prr_rec_verdict_glossed(const char *s, size_t n);

#endif
