/* test_rec_item.c - checkboxes, finding IDs, severities, headings, placeholders, legends. */
#include "test.h"

#include "prr/rec_item.h"

#include <stdio.h>
#include <stdlib.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A copy of `s` without its NUL in a buffer of its exact size, so that
 * ASan catches a read past n. */
static char *exact(const char *s, size_t *n)
{
	*n = strlen(s);
	char *p = malloc(*n ? *n : 1);
	memcpy(p, s, *n);
	return p;
}

static const struct {
	const char *text;
	size_t len; /* 0: no box */
	prr_status st;
} boxes[] = {
	{ "[x] Backups restored", 4, PRR_PASS },
	{ "[X] Runbook", 4, PRR_PASS },
	{ "[ ] On-call rota", 4, PRR_PENDING },
	{ "[] Alerts", 3, PRR_PENDING },
	{ "[  ] two spaces", 5, PRR_PENDING },
	{ "[✓] Dashboards", 6, PRR_PASS },
	{ "[✔] TLS renewed", 6, PRR_PASS },
	{ "[✅] Load test", 6, PRR_PASS },
	{ "[✔️] with a selector", 9, PRR_PASS },
	{ "[v] Logs shipped", 4, PRR_PASS },
	{ "[✗] Chaos drill", 6, PRR_FAIL },
	{ "[✘] Pager test", 6, PRR_FAIL },
	{ "[❌] DR plan", 6, PRR_FAIL },
	{ "[~] Tracing", 4, PRR_PARTIAL },
	{ "[/] Capacity model", 4, PRR_PARTIAL },
	{ "[-] Cancelled item", 4, PRR_NA },
	{ "[ X ] Spaced", 6, PRR_PASS },
	{ "  [x]   indented", 8, PRR_PASS },
	{ "(x) Radio style", 4, PRR_PASS },
	{ "( ) Radio open", 4, PRR_PENDING },
	{ "(✓) Paren tick", 6, PRR_PASS },
	{ "☐ Bare box", 4, PRR_PENDING },
	{ "☑ Bare ticked", 4, PRR_PASS },
	{ "☒ Bare crossed", 4, PRR_FAIL },
	{ "[x]", 3, PRR_PASS },
	{ "[N/A] Export controls", 6, PRR_NA },
	{ "[n/a]", 5, PRR_NA },
	{ "[NA] Backups", 5, PRR_NA },
	/* none */
	{ "[N/A]x", 0, 0 },
	{ "[x](https://example.org) a link", 0, 0 },
	{ "[x]: https://example.org", 0, 0 },
	{ "[?] Unsure", 0, 0 },
	{ "[!] Important", 0, 0 },
	{ "[ab] two letters", 0, 0 },
	{ "[xx] doubled", 0, 0 },
	{ "[x]done", 0, 0 },
	{ "(v) fifth point", 0, 0 },
	{ "(-) annotated", 0, 0 },
	{ "() empty parens", 0, 0 },
	{ "[   ] three spaces", 0, 0 },
	{ "x Done", 0, 0 },
	{ "✅ Done", 0, 0 },
	{ "[", 0, 0 },
	{ "", 0, 0 },
	{ "[\xe2\x9c", 0, 0 }, /* a cut ✓ */
};

PRR_TEST(rec_item__checkbox)
{
	for (size_t i = 0; i < COUNT(boxes); i++) {
		size_t n;
		char *s = exact(boxes[i].text, &n);
		prr_status st = PRR_UNKNOWN;
		size_t len = prr_rec_checkbox(s, n, &st);
		if (len != boxes[i].len || (len && st != boxes[i].st))
			prr_test_fail(__FILE__, __LINE__,
				      "\"%s\": length %zu status %d, expected "
				      "%zu %d",
				      boxes[i].text, len, (int)st, boxes[i].len,
				      (int)boxes[i].st);
		free(s);
	}
	CHECK_INT(prr_rec_checkbox("[x] a", 5, NULL), 4); /* st may be NULL */
	CHECK_INT(prr_rec_checkbox("[x] a", 2, NULL), 0); /* n is the end */
}

static const struct {
	const char *text;
	const char *id; /* NULL: none */
} ids[] = {
	{ "BUG-001: Token not refreshed", "BUG-001" },
	{ "**B1** — Missing backups", "B1" },
	{ "CO-1 Cache warm-up missing", "CO-1" },
	{ "P0-3: Failover untested", "P0-3" },
	{ "F-012 Retry storms", "F-012" },
	{ "FIX-07 Rotate keys", "FIX-07" },
	{ "SEC-2: Secrets in env", "SEC-2" },
	{ "GAP-3 — No SLOs", "GAP-3" },
	{ "R1: Single region", "R1" },
	{ "R1 — Single region", "R1" },
	{ "#12: Flaky deploy", "#12" },
	{ "#### 🔴 SEC-9: Open bucket", "SEC-9" },
	{ "1. **[HIGH]** OPS-4: No runbook", "OPS-4" },
	{ "[HIGH] BUG-3 Token leak", "BUG-3" },
	{ "(P1) API-12: Rate limits", "API-12" },
	{ "🔴 CRITICAL: DB-1 — No backups", "DB-1" },
	{ "[ ] T-5: Write the runbook", "T-5" },
	{ "`ERR-44`: Timeouts", "ERR-44" },
	{ "CVE-2024-1234 patched", NULL },
	{ "RISK-2-1 nested", "RISK-2-1" },
	{ "B1", "B1" },
	/* none */
	{ "Token not refreshed", NULL },
	{ "UTF-8 everywhere", NULL },
	{ "ISO-8601 dates", NULL },
	{ "HTTP-2 only", NULL },
	{ "SHA-256: digests", NULL },
	{ "COVID-19 shutdown", NULL },
	{ "AES-256 at rest", NULL },
	{ "GPT-4 summary", NULL },
	{ "P0 — must fix", NULL },
	{ "P1: rate limits", NULL },
	{ "2024 roadmap", NULL },
	{ "Q3: hiring", NULL },
	{ "FY24: budget", NULL },
	{ "V2: rewrite", NULL },
	{ "R2.1 release", NULL },
	{ "S3 bucket is public", NULL },
	{ "S3: bucket is public", NULL },
	{ "B1 backups missing", NULL }, /* no hyphen, no separator */
	{ "B2B integration", NULL },
	{ "CO-1a variant", NULL },
	{ "Bug-1: mixed case", NULL },
	{ "bug-1: lower case", NULL },
	{ "ABCDEF-1: six letters", NULL },
	{ "AB-12345: five digits", NULL },
	{ "IPV6: dual stack", NULL },
	{ "L7 load balancer", NULL },
	{ "Coverage at 80%", NULL },
	{ "#: nothing", NULL },
	{ "#123456: six digits", NULL },
	{ "#12345 five digits", "#12345" },
	/* a review's finding: "R1-F4" */
	{ "R1-F4 No per-tenant fairness", "R1-F4" },
	{ "R2-F1: quarantine", "R2-F1" },
	{ "", NULL },
};

PRR_TEST(rec_item__finding_id)
{
	for (size_t i = 0; i < COUNT(ids); i++) {
		size_t n, at = 99, len = 99;
		char *s = exact(ids[i].text, &n);
		bool got = prr_rec_finding_id(s, n, &at, &len);
		char found[64] = "";
		if (got)
			snprintf(found, sizeof found, "%.*s", (int)len, s + at);
		if (got != (ids[i].id != NULL) ||
		    (got && strcmp(found, ids[i].id) != 0))
			prr_test_fail(__FILE__, __LINE__,
				      "\"%s\": got %s \"%s\", expected \"%s\"",
				      ids[i].text, got ? "ID" : "none", found,
				      ids[i].id ? ids[i].id : "(none)");
		free(s);
	}
	/* not NUL-terminated: n ends the ID */
	size_t at, len;
	CHECK(prr_rec_finding_id("BUG-12345", 6, &at, &len));
	CHECK_INT(len, 6);
	CHECK(prr_rec_finding_id("SEC-2", 5, NULL, NULL));
}

static const struct {
	const char *text;
	prr_severity sev;
	bool blocking;
} sevs[] = {
	/* leading words and colours */
	{ "#### 🔴 CRITICAL: SQL injection in search", PRR_SEV_CRITICAL, false },
	{ "🟠 High — session fixation", PRR_SEV_HIGH, false },
	{ "🟡 Medium: verbose errors", PRR_SEV_MEDIUM, false },
	{ "🟢 Low - typo in banner", PRR_SEV_LOW, false },
	{ "🔵 Info: header order", PRR_SEV_INFO, false },
	{ "🔴 Stale cache keys", PRR_SEV_CRITICAL, false },
	{ "🟠 Retry jitter", PRR_SEV_HIGH, false },
	{ "🔴 Low: colour loses to the word", PRR_SEV_LOW, false },
	{ "1. **[HIGH]** Unbounded queue", PRR_SEV_HIGH, false },
	{ "**Critical**: secrets in repo", PRR_SEV_CRITICAL, false },
	{ "CRITICAL SQL injection", PRR_SEV_CRITICAL, false },
	{ "BUG-001: Critical — token not refreshed", PRR_SEV_CRITICAL, false },
	{ "F-012 (Medium) retry storms", PRR_SEV_MEDIUM, false },
	{ "Missing backups — Critical", PRR_SEV_CRITICAL, false },
	{ "Token expiry | high", PRR_SEV_HIGH, false },
	{ "Critical Issues", PRR_SEV_CRITICAL, false },
	{ "Fix the high-priority bug first", PRR_SEV_HIGH, false },
	{ "High Risk: single AZ", PRR_SEV_HIGH, false },
	/* fields */
	{ "BUG-7: Token leak — Severity: High", PRR_SEV_HIGH, false },
	{ "**Severidad:** Alta", PRR_SEV_HIGH, false },
	{ "**Severity**: low", PRR_SEV_LOW, false },
	{ "Priority: P1", PRR_SEV_HIGH, false },
	{ "Impact: High (all tenants)", PRR_SEV_HIGH, false },
	{ "Risk Level: Medium", PRR_SEV_MEDIUM, false },
	{ "影響度: 高", PRR_SEV_HIGH, false },
	{ "重要度：中", PRR_SEV_MEDIUM, false },
	{ "Sévérité : Élevée", PRR_SEV_HIGH, false },
	{ "Gravité : faible", PRR_SEV_LOW, false },
	{ "Schweregrad: Hoch", PRR_SEV_HIGH, false },
	{ "Prioridade: Baixa", PRR_SEV_LOW, false },
	{ "Severity: 🔴", PRR_SEV_CRITICAL, false },
	/* other languages */
	{ "CRITIQUE : fuite de jetons", PRR_SEV_CRITICAL, false },
	{ "CRÍTICO: sin copias", PRR_SEV_CRITICAL, false },
	{ "Kritisch: keine Backups", PRR_SEV_CRITICAL, false },
	{ "Moyen — journaux verbeux", PRR_SEV_MEDIUM, false },
	{ "Media: registros sin rotar", PRR_SEV_MEDIUM, false },
	{ "Mittel: Logs", PRR_SEV_MEDIUM, false },
	{ "Bas : typo", PRR_SEV_LOW, false },
	{ "Baja: typo", PRR_SEV_LOW, false },
	{ "Niedrig — Tippfehler", PRR_SEV_LOW, false },
	{ "Prioridad alta: rotar claves", PRR_SEV_HIGH, false },
	{ "Problèmes critiques", PRR_SEV_CRITICAL, false },
	{ "Hohe Priorität", PRR_SEV_HIGH, false },
	{ "【高】キャッシュ", PRR_SEV_HIGH, false },
	{ "致命: 認証なし", PRR_SEV_CRITICAL, false },
	{ "致命的な脆弱性", PRR_SEV_CRITICAL, false },
	{ "重大な問題", PRR_SEV_HIGH, false },
	{ "严重：无备份", PRR_SEV_HIGH, false },
	{ "低: 誤字", PRR_SEV_LOW, false },
	/* the thirteen languages read since */
	{ "Allvarlighetsgrad: Hög", PRR_SEV_HIGH, false },
	{ "**Høj** — fejlbeskeder. *Blokerende.*", PRR_SEV_HIGH, true },
	{ "FP-33 (middels) – eksport. Ikke blokkerende.", PRR_SEV_MEDIUM,
	  false },
	{ "Vakavuus: Kriittinen", PRR_SEV_CRITICAL, false },
	{ "Závažnost: Nízká", PRR_SEV_LOW, false },
	{ "Середні", PRR_SEV_MEDIUM, false },
	{ "Немає резерву. Блокує запуск.", PRR_SEV_UNKNOWN, true },
	{ "חומרה: גבוהה", PRR_SEV_HIGH, false },
	{ "Tingkat: Tinggi", PRR_SEV_HIGH, false },
	{ "Tidak memblokir.", PRR_SEV_UNKNOWN, false },
	{ "**Kritikus:** jelszó a konfigban. Blokkoló.", PRR_SEV_CRITICAL,
	  true },
	{ "Severitate: Scăzută", PRR_SEV_LOW, false },
	{ "**عالية** — دليل التشغيل. **مانع للإطلاق.**", PRR_SEV_HIGH, true },
	{ "Σοβαρότητα: Υψηλή", PRR_SEV_HIGH, false },
	{ "ความรุนแรง: วิกฤต", PRR_SEV_CRITICAL, false },
	/* priorities */
	{ "P0 — must fix", PRR_SEV_CRITICAL, true },
	{ "P0-3: Failover untested", PRR_SEV_CRITICAL, false },
	{ "Rotate keys (P2)", PRR_SEV_MEDIUM, false },
	{ "P3: tidy logs", PRR_SEV_LOW, false },
	/* blocking */
	{ "High Priority (Blocking Production)", PRR_SEV_HIGH, true },
	{ "BLOQUANT : pas de sauvegarde", PRR_SEV_CRITICAL, true },
	{ "Blocker: no rollback", PRR_SEV_CRITICAL, true },
	{ "Launch blocker — DNS", PRR_SEV_CRITICAL, true },
	{ "Blocking: cert expiry", PRR_SEV_CRITICAL, true },
	{ "Medium, blocking GA", PRR_SEV_MEDIUM, true },
	{ "Punto bloqueante: DNS", PRR_SEV_CRITICAL, true },
	{ "Non-blocking: docs", PRR_SEV_UNKNOWN, false },
	{ "Not blocking the release", PRR_SEV_UNKNOWN, false },
	{ "Medium severity; not a\n  blocker because dashboards are checked",
	  PRR_SEV_MEDIUM, false },
	{ "High; a blocker for GA", PRR_SEV_HIGH, true },
	/* a label of severity is no severity: 重大度 (its 度) is not 重大 */
	{ "\xE3\x83\x95\xE3\x82\xA7\xE3\x82\xA4\xE3\x83\xAB\xE3\x82\xAA\xE3\x83\xBC"
	  "\xE3\x83\x90\xE3\x83\xBC\xEF\xBC\x88\xE9\x87\x8D\xE5\xA4\xA7\xE5\xBA\xA6"
	  "\xEF\xBC\x9A\xE4\xB8\xAD\xEF\xBC\x89", PRR_SEV_MEDIUM, false },
	/* a tracker's priorities */
	{ "Priority: Highest", PRR_SEV_CRITICAL, false },
	{ "Priority: Lowest", PRR_SEV_LOW, false },
	/* a blocking flag states no severity; a blocker by name does */
	{ "Backfill OOMs. Blocks cutover of user_profiles.", PRR_SEV_UNKNOWN, true },
	{ "Only PT-01 blocks launch", PRR_SEV_UNKNOWN, true },
	{ "**ARC-12** DR drill must be run before the switch. Blocking.",
	  PRR_SEV_UNKNOWN, true },
	{ "No blockers found", PRR_SEV_UNKNOWN, false },
	{ "Replace blocking I/O in the handler", PRR_SEV_UNKNOWN, false },
	{ "Avoid the blocking call", PRR_SEV_UNKNOWN, false },
	{ "非阻塞", PRR_SEV_UNKNOWN, false },
	{ "Non-critical: docs", PRR_SEV_UNKNOWN, false },
	{ "No critical issues found", PRR_SEV_UNKNOWN, false },
	/* words that describe, not rate */
	{ "Highlights of the quarter", PRR_SEV_UNKNOWN, false },
	{ "Lowercase the header names", PRR_SEV_UNKNOWN, false },
	{ "Critically acclaimed runbook", PRR_SEV_UNKNOWN, false },
	{ "Read it on Medium.com", PRR_SEV_UNKNOWN, false },
	{ "Medium.com outage", PRR_SEV_UNKNOWN, false },
	{ "Token refresh fails under high load", PRR_SEV_UNKNOWN, false },
	{ "High availability not configured", PRR_SEV_UNKNOWN, false },
	{ "Low latency cache missing", PRR_SEV_UNKNOWN, false },
	{ "Critical path not load-tested", PRR_SEV_UNKNOWN, false },
	{ "Cache hit rate: low", PRR_SEV_UNKNOWN, false },
	{ "Median latency 300 ms", PRR_SEV_UNKNOWN, false },
	{ "Haute disponibilité absente", PRR_SEV_UNKNOWN, false },
	{ "高速化が必要", PRR_SEV_UNKNOWN, false },
	{ "最高の結果", PRR_SEV_UNKNOWN, false },
	{ "Use a p3.large instance", PRR_SEV_UNKNOWN, false },
	{ "P2P sync", PRR_SEV_UNKNOWN, false },
	{ "Backups restored", PRR_SEV_UNKNOWN, false },
	{ "", PRR_SEV_UNKNOWN, false },
};

PRR_TEST(rec_item__severity)
{
	for (size_t i = 0; i < COUNT(sevs); i++) {
		size_t n;
		char *s = exact(sevs[i].text, &n);
		bool blocking = !sevs[i].blocking;
		prr_severity sev = prr_rec_severity(s, n, &blocking);
		if (sev != sevs[i].sev || blocking != sevs[i].blocking)
			prr_test_fail(__FILE__, __LINE__,
				      "\"%s\": %s%s, expected %s%s",
				      sevs[i].text, prr_severity_name(sev),
				      blocking ? " blocking" : "",
				      prr_severity_name(sevs[i].sev),
				      sevs[i].blocking ? " blocking" : "");
		free(s);
	}
	CHECK_INT(prr_rec_severity("Critical", 4, NULL), PRR_SEV_UNKNOWN);
	CHECK_INT(prr_rec_severity("Low: x", 3, NULL), PRR_SEV_LOW);
}

static const struct {
	const char *text;
	int kind;
} headings[] = {
	{ "Critical Issues", 1 },
	{ "Known Gaps", 1 },
	{ "Findings", 1 },
	{ "🔴 Critical", 1 },
	{ "High Priority", 1 },
	{ "P1", 1 },
	{ "Open Issues and Risks", 1 },
	{ "Unresolved Issues", 1 },
	{ "Non-blocking issues", 1 },
	{ "Hallazgos", 1 },
	{ "Problèmes critiques", 1 },
	{ "Lacunas", 1 },
	{ "Pendências", 1 },
	{ "Befunde", 1 },
	{ "Mängel", 1 },
	{ "问题", 1 },
	{ "主要问题", 1 },
	{ "課題", 1 },
	{ "3. Security Findings", 1 },
	{ "Blockers", 2 },
	{ "Launch Blockers", 2 },
	{ "High Priority (Blocking Production)", 2 },
	{ "P0 — must fix", 2 },
	{ "Points bloquants", 2 },
	{ "Issues blocking launch", 2 },
	{ "Risks", 3 },
	{ "Risks and Issues", 3 },
	{ "Risk Assessment", 3 },
	{ "リスク", 3 },
	{ "Riesgos", 3 },
	{ "Risiken", 3 },
	/* the thirteen languages read since */
	{ "Avvikelser", 1 },
	{ "Fund", 1 },
	{ "Funn", 1 },
	{ "Havainnot", 1 },
	{ "Nálezy", 1 },
	{ "Виявлені проблеми", 1 },
	{ "ממצאים", 1 },
	{ "Temuan", 1 },
	{ "Megállapítások", 1 },
	{ "Hiányosságok", 1 },
	{ "Probleme identificate", 1 },
	{ "الملاحظات", 1 },
	{ "Ευρήματα", 1 },
	{ "ประเด็นที่พบ", 1 },
	{ "Blokkerende funn", 2 },
	{ "Risici", 3 },
	/* none */
	{ "Resolved Issues", 0 },
	{ "Fixed", 0 },
	{ "Issues Fixed in 2.3", 0 },
	{ "Successes", 0 },
	{ "Strengths", 0 },
	{ "What went well", 0 },
	{ "Highlights", 0 },
	{ "Closed Findings", 0 },
	{ "Problèmes résolus", 0 },
	{ "Hallazgos resueltos", 0 },
	{ "Behobene Befunde", 0 },
	{ "解決済みの課題", 0 },
	{ "已解决的问题", 0 },
	{ "No Blockers", 0 },
	{ "Keine Befunde", 0 },
	{ "Critical Path", 0 },
	{ "Architecture", 0 },
	{ "Summary", 0 },
	{ "Highlights and Issues", 0 },
	{ "BUG-001: Token not refreshed", 0 },
	{ "### 2. GAP-1 No SLO", 0 },
	{ "RISK-4 — single region", 0 },
	{ "", 0 },
};

PRR_TEST(rec_item__finding_heading)
{
	for (size_t i = 0; i < COUNT(headings); i++) {
		size_t n;
		char *s = exact(headings[i].text, &n);
		int got = prr_rec_finding_heading(s, n);
		if (got != headings[i].kind)
			prr_test_fail(__FILE__, __LINE__, "\"%s\": %d, expected %d",
				      headings[i].text, got, headings[i].kind);
		free(s);
	}
}

/* A text and whether a yes-or-no recogniser says yes to it. */
struct yes_no {
	const char *text;
	bool yes;
};

static void check_yes_no(int line, const struct yes_no *t, size_t count,
			 bool (*fn)(const char *, size_t), const char *what)
{
	for (size_t i = 0; i < count; i++) {
		size_t n;
		char *s = exact(t[i].text, &n);
		if (fn(s, n) != t[i].yes)
			prr_test_fail(__FILE__, line, "\"%s\": expected %s%s",
				      t[i].text, t[i].yes ? "" : "no ", what);
		free(s);
	}
}

static const struct yes_no placeholders[] = {
	{ "", true },
	{ "   ", true },
	{ "-", true },
	{ "—", true },
	{ "–", true },
	{ "--", true },
	{ "...", true },
	{ "…", true },
	{ "?", true },
	{ "__", true },
	{ "TBD", true },
	{ "TBD.", true },
	{ " **TBD** ", true },
	{ "tbd", true },
	{ "TODO", true },
	{ "FIXME", true },
	{ "To be confirmed", true },
	{ "À définir", true },
	{ "por definir", true },
	{ "未定", true },
	{ "[Name]", true },
	{ "[Name Required]", true },
	{ "<name>", true },
	{ "{{owner}}", true },
	{ "<Critical/High/Medium/Low>", true },
	{ "<READY / NOT READY>", true },
	{ "XX", true },
	{ "X/10", true },
	{ "XX%", true },
	{ "X.X", true },
	{ "YYYY-MM-DD", true },
	{ "DD/MM/YYYY", true },
	{ "HH:MM", true },
	{ "`x/10`", true },
	/* values */
	{ "N/A", false },
	{ "None", false },
	{ "0", false },
	{ "X", false },
	{ "x", false },
	{ "[x]", false },
	{ "[N/A]", false },
	{ "[ ]", false },
	{ "XL", false },
	{ "XXL", false },
	{ "M", false },
	{ "2024-05-01", false },
	{ "7/10", false },
	{ "Jane Roe", false },
	{ "TBD (ops)", false },
	{ "[2024-05-01]", false },
	{ "[Runbook](runbook.md)", false },
	{ "TBD-ish", false },
	{ "Pending", false },
};

PRR_TEST(rec_item__placeholder)
{
	check_yes_no(__LINE__, placeholders, COUNT(placeholders),
		     prr_rec_placeholder, "placeholder");
	CHECK(prr_rec_placeholder("TBD and more", 3));
}

static const struct yes_no legends[] = {
	{ "✅ = done", true },
	{ "✅ Pass | ⚠️ Partial | ❌ Fail", true },
	{ "✅ = done, ❌ = missing, ⏳ = waiting on vendor", true },
	{ "🔴 Critical · 🟠 High · 🟡 Medium", true },
	{ "[x]: done, [ ]: open", true },
	{ "✅ → shipped", true },
	{ "Legend: ✅ pass ❌ fail", true },
	{ "**Legend:** anything", true },
	{ "Legend", true },
	{ "Legenda: ✅ ok", true },
	{ "Légende — marques", true },
	{ "Key: ✅ met", true },
	{ "凡例: ✅ 完了", true },
	/* items */
	{ "✅ Done", false },
	{ "✅ Auth | ❌ Backups", false },
	{ "✅ Database backups restored nightly", false },
	{ "✅: Database backups", false },
	{ "Legendary uptime", false },
	{ "Key management via KMS", false },
	{ "Key findings", false },
	{ "Backups ✅ | Alerts ❌", false },
	{ "✅ = ", false },
	{ "", false },
};

PRR_TEST(rec_item__legend)
{
	check_yes_no(__LINE__, legends, COUNT(legends), prr_rec_legend,
		     "legend");
}

/* Every prefix of every example, and bytes that are not UTF-8: no read
 * past n (ASan), no hang, an answer within bounds. */
PRR_TEST(rec_item__prefixes_and_bad_bytes)
{
	static const char *const extra[] = {
		"\xff\xfe[x] \xc3", "BUG-\xe2\x80", "Severity:\xf0\x9f",
		"\xe2\x80\x94\xe2\x80", "[\xe2\x9c\x93", "High\xc3\x28",
	};
	const char *all[COUNT(boxes) + COUNT(ids) + COUNT(extra)];
	size_t k = 0;
	for (size_t i = 0; i < COUNT(boxes); i++)
		all[k++] = boxes[i].text;
	for (size_t i = 0; i < COUNT(ids); i++)
		all[k++] = ids[i].text;
	for (size_t i = 0; i < COUNT(extra); i++)
		all[k++] = extra[i];
	int bad = 0;
	for (size_t i = 0; i < k; i++) {
		size_t n;
		char *s = exact(all[i], &n);
		for (size_t m = 0; m <= n; m++) {
			prr_status st;
			size_t at = 0, len = 0;
			bad += prr_rec_checkbox(s, m, &st) > m;
			if (prr_rec_finding_id(s, m, &at, &len))
				bad += at + len > m || !len;
			bad += prr_rec_severity(s, m, NULL) >= PRR_SEV_COUNT;
			int h = prr_rec_finding_heading(s, m);
			bad += h < 0 || h > 3;
			prr_rec_placeholder(s, m);
			prr_rec_legend(s, m);
		}
		free(s);
	}
	CHECK_INT(bad, 0);
}

/* The vocabularies are indexed by first byte (gen/rec_words.h): a word is
 * found whatever the case of its first letter (ASCII or Latin-1), from a
 * lead byte shared with other words, at the text's very end, and the
 * first entry of the list that matches still wins. */
PRR_TEST(rec_item__vocab_index)
{
	static const struct {
		const char *text;
		prr_severity sev;
	} sevs_by_first[] = {
		{ "Severity: high", PRR_SEV_HIGH },
		{ "Severity: HIGH", PRR_SEV_HIGH },
		{ "Gravité : élevée", PRR_SEV_HIGH },
		{ "GRAVITÉ : ÉLEVÉE", PRR_SEV_HIGH },
		{ "Prioridad: Média", PRR_SEV_MEDIUM },
		{ "影響度: 高", PRR_SEV_HIGH },
		{ "Impact: Low", PRR_SEV_LOW },
		{ "Impact: zero", PRR_SEV_UNKNOWN },
		/* capitals whose first byte is not their small letter's:
		 * Cyrillic С (D0 A1, с is D1 81), Greek Σ Υ, accented Ή */
		{ "Серйозність: СЕРЕДНЯ", PRR_SEV_MEDIUM },
		{ "ΣΟΒΑΡΌΤΗΤΑ: ΥΨΗΛΉ", PRR_SEV_HIGH },
		{ "Závažnost: VYSOKÁ", PRR_SEV_HIGH },
	};
	for (size_t i = 0; i < COUNT(sevs_by_first); i++) {
		size_t n;
		char *s = exact(sevs_by_first[i].text, &n);
		prr_severity sev = prr_rec_severity(s, n, NULL);
		if (sev != sevs_by_first[i].sev)
			prr_test_fail(__FILE__, __LINE__, "\"%s\": %s, expected %s",
				      sevs_by_first[i].text, prr_severity_name(sev),
				      prr_severity_name(sevs_by_first[i].sev));
		free(s);
	}
	/* "Zero" from the negations, "Risks" after "Issues": the list's order */
	CHECK_INT(prr_rec_finding_heading("Zero Blockers", 13), 0);
	CHECK_INT(prr_rec_finding_heading("ISSUES AND RISKS", 16), 1);
	CHECK_INT(prr_rec_finding_heading("Risks and issues", 16), 3);
	CHECK(prr_rec_placeholder("TBD", 3));
	CHECK(prr_rec_placeholder("À définir", strlen("À définir")));
	/* second bytes: '/' of "i/o" (blocking I/O is technical), 'É' of
	 * "MÉDIA" against "média", and none after the last byte */
	bool blocking = true;
	CHECK_INT(prr_rec_severity("Blocking I/O in the cache", 25, &blocking),
		  PRR_SEV_UNKNOWN);
	CHECK(!blocking);
	CHECK_INT(prr_rec_severity("Prioridad: MÉDIA", strlen("Prioridad: MÉDIA"),
				   NULL), PRR_SEV_MEDIUM);
	CHECK_INT(prr_rec_severity("Severity: h", 11, NULL), PRR_SEV_UNKNOWN);
	/* words found at their starts only: "Highlights" is not "High" */
	CHECK_INT(prr_rec_severity("Highlights: none", 16, NULL), PRR_SEV_UNKNOWN);
	CHECK_INT(prr_rec_finding_heading("Known Issues", 12), 1);
	CHECK_INT(prr_rec_finding_heading("Open items", 10), 1);
	CHECK_INT(prr_rec_finding_heading("Remaining items", 15), 1);
	CHECK_INT(prr_rec_finding_heading("Action items", 12), 0);
	CHECK_INT(prr_rec_finding_heading("Workers \xE2\x80\x94 At risk",
					  strlen("Workers \xE2\x80\x94 At risk")), 0);
	CHECK_INT(prr_rec_finding_heading("Risks", 5), 3);
}

/* A text that opens with a blocking word, affirmed */
PRR_TEST(rec_item__opens_blocking)
{
	static const struct yes_no cases[] = {
		{ "**Blocking** for the refunds launch.", true },
		{ "Blocks launch.", true },
		{ "Blocker.", true },
		{ "**Blockerande** för lansering", true },
		{ "Memblokir peluncuran kampanye.", true },
		{ "Блокує запуск.", true },
		{ "Not blocking.", false },
		{ "Tidak memblokir.", false },
		{ "Ikke blokkerende; skrives innen to uker.", false },
		{ "Blocking I/O in the handler", false },
		{ "The fix is blocking nothing.", false },
		{ "", false },
	};
	for (size_t i = 0; i < COUNT(cases); i++) {
		size_t n;
		char *s = exact(cases[i].text, &n);
		if (prr_rec_opens_blocking(s, n) != cases[i].yes)
			prr_test_fail(__FILE__, __LINE__, "\"%s\": expected %s",
				      cases[i].text,
				      cases[i].yes ? "blocking" : "none");
		free(s);
	}
}

/* CVSS v3's qualitative scale; a vector rates nothing */
PRR_TEST(rec_item__cvss)
{
	static const struct { const char *s; prr_severity sev; } cases[] = {
		{ "CVSS 9.8 (AV:N/AC:L/PR:N)", PRR_SEV_CRITICAL },
		{ "CVSS v3.1 base score: 7.5", PRR_SEV_HIGH },
		{ "**CVSS:** 5.3", PRR_SEV_MEDIUM },
		{ "cvss 3.1", PRR_SEV_LOW },
		{ "CVSS 0.0", PRR_SEV_INFO },
		{ "CVSS:3.1/AV:N/AC:L", PRR_SEV_UNKNOWN },
		{ "CVSS 12", PRR_SEV_UNKNOWN },
		{ "no score", PRR_SEV_UNKNOWN },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (prr_rec_cvss(cases[i].s, strlen(cases[i].s)) != cases[i].sev)
			prr_test_fail(__FILE__, __LINE__, "\"%s\"", cases[i].s);
	bool blocking;
	CHECK_INT(prr_rec_severity("Open redirect, CVSS 8.1", 23, &blocking),
		  PRR_SEV_HIGH);
	CHECK_INT(prr_rec_severity("Low: token in logs, CVSS 9.1", 28, &blocking),
		  PRR_SEV_LOW); /* the word the document states first */
}
