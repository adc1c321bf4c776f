/*
 * rec_item.h - recognisers for the text of list items, headings and cells.
 *
 * md4c reports only `[x]`, `[X]` and `[ ]` as task-list items and knows
 * nothing of findings; what else people write ("[✓] done", "**B1** —
 * Missing backups", "🟠 High — …", "Severity: High", "TBD") reaches prr as
 * plain text.  These functions read such a text and say what it is.
 *
 * Every function reads only s[0..n) (no NUL needed), in time linear in n,
 * allocates nothing and keeps no state.  Invalid UTF-8 is never matched,
 * never read past.  Words are matched whole ("Highlights" is not "High",
 * "Lowercase" not "Low", "Critically" not "Critical", "Medium.com" not
 * "Medium") and without regard to case in ASCII and Latin-1 letters
 * ("ÉLEVÉE" = "élevée").  A Chinese or Japanese word has no spaces around
 * it: it is taken when no other ideograph or kana touches it ("影響度: 高"
 * yes, "高速" no), a word of two or more characters may be followed by
 * anything ("重大な問題").
 */
#ifndef PRR_REC_ITEM_H
#define PRR_REC_ITEM_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/model.h"

/*
 * A checkbox written as text at the start of `s`, after spaces:
 *
 *   [x] [X] [v] [V] [✓] [✔] [✅] [☑]   PRR_PASS
 *   [✗] [✘] [❌] [☒]                    PRR_FAIL
 *   [~] [/]                             PRR_PARTIAL (partly done, in progress)
 *   [-]                                 PRR_NA (cancelled, as Obsidian has it)
 *   [ ] []                              PRR_PENDING
 *
 * with up to two spaces inside ("[ X ]", "[  ]"); "(x)", "(X)", "(✓)",
 * "(✔)", "(✗)", "(✘)" and "( )" in parentheses (not "(v)" nor "(-)": those
 * number and annotate); the bare boxes ☐ (pending), ☑ (pass) and ☒ (fail).
 * The box must be followed by a space, a tab or the end: "[x](url)" is a
 * link, "[x]: url" a link definition.  Returns the box's length with the
 * spaces before and after it, and sets `*st` (may be NULL); 0 when there
 * is no box ("[?]", "[!]", "[ab]" are none).
 */
size_t prr_rec_checkbox(const char *s, size_t n, prr_status *st);

/* Whether s[0..n), an item after its box, opens with a severity's dot or a
 * warning (🔴 🟠 🟡 🟢 ⚠️, past emphasis): after a box not ticked, the
 * item's severity or a call for care, not its progress ("- [ ] 🟠
 * **Throttle `/api/login`.**" is to do, not partly done). */
bool prr_rec_severity_dot(const char *s, size_t n);

/*
 * The ID of a finding or blocker at the start of `s`, after spaces, heading
 * '#'s, '>', emphasis (* _ `), '[' and '(', list numbers ("3.", "3)"),
 * a checkbox, emoji and a bracketed or separated severity ("[HIGH] ",
 * "(P1) ", "CRITICAL: ").  An ID is
 *
 *   LETTERS [-] DIGITS [-DIGITS]   1-5 capitals A-Z, 1-4 digits each:
 *                                  "BUG-001", "CO-1", "F-012", "FIX-07",
 *                                  "SEC-2", "GAP-3", "P0-3", "B1", "R1"
 *   #DIGITS                        1-5 digits: "#12"
 *
 * followed by a separator: the end, ':', '：', '—', '–', ')', ']', '|', ',',
 * a closing '*', '_' or '`', or '.' or '-' not followed by a letter or
 * digit.  A hyphenated ID (and "#12") may also be followed by a space and
 * text ("CO-1 Cache …"); one without hyphen needs a separator ("B1:",
 * "**B1**", "R1 —"), so "S3 bucket" is no ID.  Not IDs: lower-case or mixed
 * letters ("Bug-1", "v2"), a letter or digit right after ("B2B", "CO-1a"),
 * versions ("R2.1"), a priority "P0".."P9" alone (prr_rec_severity reads
 * it), standards and technical names (UTF-8, ISO-8601, HTTP-2, SHA-256,
 * COVID-19, AES-256, RSA-2048, GPT-4, TLS-1, CVE-…, RFC-…, IPV6, S3, EC2,
 * quarters Q1, halves H2, fiscal years FY24, versions V2, layers L7;
 * with a hyphen one letter keys a ticket: "Q-6" is an ID),
 * unless their letters key a ticket's number (three digits or more, no key
 * size) with a severity alone in parentheses after it: "TLS-310
 * (Critical)", "CVE-2024-1234 (High)" are IDs, "HTTP-2 (Low)" is not.
 * Returns true with the ID's offset and length in `*at` and `*len`.
 */
bool prr_rec_finding_id(const char *s, size_t n, size_t *at, size_t *len);
/*
 * The ID that ends an item, after its last dash ("Android ANR when offline
 * — WAL-5120 (High, blocking full rollout)"): true with where the dash
 * (its space before) starts in `*dash` and the ID's offset and length in
 * `*at` and `*len`; false where the last dash opens no ID.
 */
bool prr_rec_finding_id_ending(const char *s, size_t n, size_t *dash,
			       size_t *at, size_t *len);

/*
 * The severity an item or heading states, or PRR_SEV_UNKNOWN.
 *
 * Words: critical, high, major, severe, medium, moderate, low, minor, info,
 * informational; French critique(s), élevé(e), haut(e), majeur(e),
 * moyen(ne), modéré(e), bas(se), faible, mineur(e); Spanish and Portuguese
 * crítico/a(s), alto/a, media/o, média/o, moderado/a, bajo/a, baixo/a;
 * German kritisch(e), hoch, hohe, mittel, mittlere, niedrig(e), gering(e);
 * Japanese and Chinese 致命的/致命 (critical), 重大/严重/嚴重 (high, as
 * "major" is), 高, 中, 低, 軽微/轻微 (low).  Priorities P0 (critical),
 * P1 (high), P2 (medium), P3 (low), anywhere as a whole token ("P0-3"
 * too; not "P3.large").
 *
 * A word counts only where it states a severity, not where it describes
 * something ("high load", "low latency", "Critical path"):
 *   - next to a noun of findings or ranking: "Critical Issues",
 *     "high-priority", "High Risk", "Prioridad alta", "Problèmes critiques";
 *   - standing alone (followed by the end, punctuation or a non-word)
 *     at the start of the text (after what prr_rec_finding_id skips, and
 *     after the ID itself), in brackets "[HIGH]", "(Critical)", "【高】",
 *     after a dash or bar "Missing backups — Critical", or as the value of
 *     a field "Severity: High", "**Severidad:** Alta", "Priority: P1",
 *     "Impact: High", "Risk Level: Low", "影響度: 高" (labels: severity,
 *     priority, impact, risk, criticality, level, rating, and their fr/es/
 *     pt/de/ja/zh words);
 *   - at the start in capitals, whatever follows: "CRITICAL SQL injection",
 *     or in bold alone: "**critical** RP-201 No secondary provider";
 *   - as a sentence after the first, alone ("… not done. High.") or
 *     scoped to a place: "… (prod-eu-3 only). Critical for prod-eu-3".
 * The first that counts decides.  When no word counts, a leading colour
 * decides: 🔴 🚨 🟥 critical, 🟠 🟧 high, 🟡 🟨 medium, 🟢 🟩 low, 🔵 ⚪ ℹ️
 * info.  When neither, a blocker by name in a label that leads the text
 * ("Blocker: no rollback", "Launch blocker — DNS") makes it critical; a
 * blocking flag elsewhere ("… Blocking.", "Blocks cutover of x") states
 * no severity.
 *
 * `*blocking` (may be NULL) is set when the text says the item blocks:
 * blocker(s), blocking, showstopper, must fix, bloquant(e)(s),
 * bloqueante(s), bloqueador(es), blockierend(e), 阻塞, ブロッカー, anywhere
 * as a whole word, except when negated ("non-blocking", "not blocking",
 * "no blockers", "nicht blockierend", "非阻塞") or technical ("blocking
 * I/O", "blocking call", "blocking queue").
 */
prr_severity prr_rec_severity(const char *s, size_t n, bool *blocking);

/*
 * The severity a CVSS base score in s[0..n) rates ("CVSS 9.8", "CVSS
 * v3.1 base score: 7.5"), by CVSS v3's qualitative scale: 9.0-10.0
 * critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low, 0 none (info); a
 * vector ("CVSS:3.1/AV:N/…") rates nothing.  prr_rec_severity asks it
 * when no word or mark states one.
 */
prr_severity prr_rec_cvss(const char *s, size_t n);

/*
 * The same, said in so many words or marks only: unknown where only a
 * blocking word is there ("Blocks cutover of x."), which
 * prr_rec_severity() reads as critical; the heading above may say more.
 */
prr_severity prr_rec_severity_said(const char *s, size_t n, bool *blocking);

/*
 * Whether s[0..n) opens with a blocking word, affirmed, emphasis and
 * spaces aside: "**Blocking** for the refunds launch", "Blocks launch.",
 * "Memblokir peluncuran", not "Not blocking", "Tidak memblokir"; a
 * finding's sentence that opens there, with what it blocks ("Blocks
 * promotion to champion.", not "Blocks nothing.").
 */
bool prr_rec_opens_blocking(const char *s, size_t n);

/* Whether a clause or sentence after the first of a finding's text says
 * it blocks ("… fell 9% in the A/B; blocks 100%", "… Blocks Wave 2."), or
 * names the event it blocks ("blocks the full rollout"). */
bool prr_rec_clause_blocking(const char *s, size_t n);

/* Whether s[0..n) names a finding's ID with its severity in parentheses:
 * "… (GC-8, Low)", "… GC-7 (High, blocking): …" (not "(Low)" alone).
 * Sets the ID's offset and length, the severity and whether the
 * parentheses say it blocks. */
bool prr_rec_id_rated(const char *s, size_t n, size_t *id, size_t *id_n,
		      prr_severity *sev, bool *blocking);

/* Whether s[0..n) denies that it blocks: "Not a blocker, fix in 5.12.1",
 * "non-blocking" (a finding listed under "Blockers" that says so). */
bool prr_rec_denies_blocking(const char *s, size_t n);

/*
 * What list a heading introduces: 0 none, 1 findings, 2 blockers, 3 risks.
 *
 *   findings  issues, findings, gaps, problems, bugs, defects,
 *             vulnerabilities, weaknesses, concerns, shortcomings;
 *             problèmes, constats, lacunes, écarts, anomalies, défauts;
 *             hallazgos, problemas, brechas, deficiencias, incidencias;
 *             achados, lacunas, pendências, falhas; Befunde, Probleme,
 *             Mängel, Lücken, Schwachstellen; 問題, 问题, 課題, 指摘,
 *             不具合, 缺陷, 漏洞, 脆弱性; or a severity alone ("High
 *             Priority", "🔴 Critical", "P1")
 *   blockers  a blocking word as prr_rec_severity reads it ("Blockers",
 *             "Launch Blockers", "High Priority (Blocking Production)",
 *             "P0 — must fix", "Points bloquants")
 *   risks     risks, risques, riesgos, riscos, Risiken, リスク, 风险, 風險
 *
 * Blockers win wherever they stand; between findings and risks the first
 * word decides ("Issues and Risks" 1, "Risks and Issues" 3).  A heading
 * of what is over or good is 0 whatever else it says: resolved, fixed,
 * closed, addressed, solved, done, completed, successes, strengths,
 * achievements, highlights, "went well" (and résolus, corrigés, points
 * forts, resueltos, fortalezas, resolvidos, behoben, gelöst, Stärken,
 * 解決済み, 対応済み, 已解决, 已修复, 优势 …), and so is one that starts
 * "No", "Zero", "Aucun(e)", "Sin", "Keine", "Nenhum(a)" ("No Blockers").
 * "Unresolved Issues" is 1: words are whole.
 */
int prr_rec_finding_heading(const char *s, size_t n);

/*
 * True when the whole of `s`, trimmed of spaces and emphasis (* _ ` ~ "),
 * is a placeholder, something to fill in rather than a value:
 *   - nothing, or only dashes, dots and question marks: "", "-", "—", "–",
 *     "--", "...", "…", "?", "??", "__";
 *   - a word that defers: TBD, TBA, TBC, TODO, FIXME, "to be determined"
 *     (decided, defined, confirmed), placeholder, "lorem ipsum", "à
 *     définir", "à compléter", "por definir", "a definir", 未定, 待定;
 *   - a name in brackets, two letters or more and nothing but letters,
 *     spaces, '.', '-', '_', '\'': "[Name]", "[Name Required]", "<name>",
 *     "{owner}", "{{date}}";
 *   - a mask: runs of X (any length but one X alone), '#' or '?', runs of
 *     Y, M, D, H of two or more, with digits and / - . : % between:
 *     "XX", "X/10", "XX%", "X.X", "YYYY-MM-DD", "DD/MM/YYYY", "HH:MM".
 * Not placeholders: "N/A" (it states "not applicable"), "None", "0",
 * "X" or "x" alone (a mark in a matrix), "[x]", "XL", "M".
 */
bool prr_rec_placeholder(const char *s, size_t n);

/* Whether an ID cell is a template's: empty, a placeholder, or a key whose
 * number is masked ("CS-1xx", "SEC-NNN", "F-##"; not "CS-101"). */
bool prr_rec_placeholder_id(const char *s, size_t n);

/*
 * True when `s` only explains marks:
 *   - it starts with "Legend", "Legenda", "Légende", "Leyenda", "Legende",
 *     "Key", "Status key", "凡例", "图例" or "圖例" standing alone or
 *     followed by ':' or a dash ("**Legend:** …", "Legend");
 *   - or it is made of segments separated by '|', ',', ';', '·' or '•',
 *     each a mark (an emoji or a checkbox) and a few words, where either
 *     some segment ties its mark with '=', '→', "=>", "->" or ':'
 *     ("✅ = done", "[x]: done, [ ]: open") or every segment's words are a
 *     status or a severity ("✅ Pass | ⚠️ Partial | ❌ Fail",
 *     "🔴 Critical · 🟠 High").  A single segment needs '=' or an arrow:
 *     "✅ Done" alone is an item, and so is "✅ Auth | ❌ Backups".
 */
bool prr_rec_legend(const char *s, size_t n);

#endif
