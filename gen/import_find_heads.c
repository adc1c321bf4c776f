/* import_find_heads.c - headings and items that are no findings, though
 * their words name some: the conditions of a decision's signal ("### Red
 * Light Blockers"), an item that says there are none ("None identified"). */
#include "import_int.h"
#include "import_find_items.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* "NO-GO if any of these is true:", "Roll back when", "NO-GO se qualquer
 * um for verdadeiro": a decision for its first word, a condition's word
 * within the next three: what is under it would set it. */
static bool decision_if(const char *s, size_t n)
{
	static const char *const decisions[] = { "go", "no-go", "nogo",
		"ship", "launch", "release", "block", "rollback", "roll",
		"abort", "stop", "halt", "proceed", NULL };
	static const char *const ifs[] = { "if", "unless", "when", "se",
		"si", "wenn", "falls", "quando", "cuando", NULL };
	size_t i = 0;
	for (int w = 0; w < 5 && i < n; w++) {
		while (i < n && !isalpha((unsigned char)s[i]))
			i++;
		size_t e = i;
		while (e < n && (isalpha((unsigned char)s[e]) || s[e] == '-'))
			e++;
		if (e == i)
			return false;
		if (w == 0 ? !imp_is_one_of(s + i, e - i, decisions)
			   : imp_is_one_of(s + i, e - i, ifs))
			return w > 0;
		i = e;
	}
	return false;
}

/* (import_int.h) "Red Light Blockers", "Amber-light conditions", "Green
 * Light Criteria": a traffic light's colour and "light" name a state of a
 * go/no-go signal; what is under it is what would set it, no finding;
 * so too under a decision's conditions ("NO-GO if any of these is
 * true:", "RED FLAGS - DO NOT LAUNCH IF:"). */
bool imp_signal_heading(const char *s, size_t n)
{
	if (decision_if(s, n))
		return true;
	/* "RED FLAGS - DO NOT LAUNCH IF:", "Roll back unless": a heading
	 * that ends by a condition's word lists the conditions */
	static const char *const ifs[] = { "if", "unless", "si", "wenn",
		"falls", "se", NULL };
	size_t end = n;
	while (end && (s[end - 1] == ' ' || s[end - 1] == ':' || s[end - 1] == '*'))
		end--;
	size_t b = end;
	while (b && isalpha((unsigned char)s[b - 1]))
		b--;
	if (b && b < end && s[b - 1] == ' ' && imp_is_one_of(s + b, end - b, ifs))
		return true;
	static const char *const colours[] = { "red", "amber", "yellow",
		"green", NULL };
	for (size_t i = 0; i < n; i++) {
		if (!isalpha((unsigned char)s[i]) ||
		    (i && isalpha((unsigned char)s[i - 1])))
			continue;
		size_t e = i;
		while (e < n && isalpha((unsigned char)s[e]))
			e++;
		if (imp_is_one_of(s + i, e - i, colours) && e + 6 <= n &&
		    (s[e] == ' ' || s[e] == '-') &&
		    strncasecmp(s + e + 1, "light", 5) == 0 &&
		    (e + 6 == n || !isalpha((unsigned char)s[e + 6])))
			return true;
		i = e;
	}
	return false;
}

/* (import_int.h) "P0 Before Public Hosted Production", "Critical (before
 * launch)": "before", then within three more words a step ahead. */
bool imp_before_step(const char *s, size_t n)
{
	static const char *const steps[] = { "production", "prod", "launch",
		"go-live", "golive", "release", "ga", "cutover", NULL };
	for (size_t i = 0; i + 7 <= n; i++) {
		if (strncasecmp(s + i, "before ", 7) != 0 ||
		    (i && isalpha((unsigned char)s[i - 1])))
			continue;
		size_t w = i + 7;
		for (int words = 0; words < 4 && w < n; words++) {
			size_t e = w;
			while (e < n && (isalpha((unsigned char)s[e]) || s[e] == '-'))
				e++;
			if (e > w && imp_is_one_of(s + w, e - w, steps))
				return true;
			if (e == w || (e < n && s[e] != ' '))
				break;
			w = e + 1;
		}
	}
	return false;
}

/* "None.", "None found", "N/A", "Keine", "無し": words alone that say
 * there is none */
static bool none_words(const char *s, size_t n)
{
	static const char *const words[] = { "none", "none found",
		"none identified", "none known", "none so far", "none yet",
		"nothing", "nothing found", "n/a", "na", "nil", "no issues",
		"no blockers", "no findings", "no risks", "ninguno", "ninguna",
		"nenhum", "nenhuma", "aucun", "aucune", "rien", "keine",
		"kein", "nichts", "无", "なし", "無し", "없음", NULL };
	while (n && (*s == ' ' || *s == '*' || *s == '_' || *s == '-'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*' || s[n - 1] == '_' ||
		     s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == ')'))
		n--;
	/* "None (checked twice)": the words before a parenthesis */
	return imp_is_one_of(s, imp_before_paren(s, n), words);
}

/* "No dependency vulnerabilities detected", "No critical issues found":
 * "No", then what would be findings, then that none was seen ("No tests
 * found" names no finding's noun: one still). */
static bool none_of_them(const char *s, size_t n)
{
	static const char *const bads[] = { "vulnerabilities", "vulnerability",
		"issues", "issue", "problems", "errors", "bugs", "findings",
		"risks", "blockers", "leaks", "warnings", "cves", "defects",
		"regressions", NULL };
	static const char *const seen[] = { "detected", "found", "identified",
		"reported", "observed", NULL };
	while (n && (*s == ' ' || *s == '*' || (unsigned char)*s >= 0x80))
		s++, n--; /* (marks: "✅ No …") */
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*' || s[n - 1] == '.'))
		n--;
	if (n < 4 || strncasecmp(s, "no ", 3) != 0)
		return false;
	bool bad = false;
	size_t i = 3, e = 3;
	while (i < n) {
		for (e = i; e < n && isalpha((unsigned char)s[e]); e++)
			;
		if (e == n)
			break; /* (the last word) */
		bad |= imp_is_one_of(s + i, e - i, bads);
		if (s[e] != ' ' && s[e] != '-')
			return false; /* one clause only */
		i = e + 1;
	}
	return bad && i < n && imp_is_one_of(s + i, n - i, seen);
}

/*
 * (import_int.h) "None.", "None found", "N/A", "Keine", "無し": an item that says the
 * list is empty, no finding; or a label of a level or of findings that says
 * it has none ("**Critical Issues**: None identified", "Blockers: none").
 */
bool imp_none_item(const char *s, size_t n)
{
	prr_str nm, val;
	bool blocking;
	if (none_words(s, n) || none_of_them(s, n))
		return true;
	while (n && *s == ' ')
		s++, n--;
	return imp_split_field(s, n, &nm, &val) && none_words(val.p, val.n) &&
	       (prr_rec_severity(nm.p, nm.n, &blocking) != PRR_SEV_UNKNOWN ||
		prr_rec_finding_heading(nm.p, nm.n) > 0);
}

/* (import_int.h) "- **Medium Priority Risks**: ⚠️ **ACCEPTABLE**": a
 * label, then a status alone (two words at most) or "None". */
bool imp_status_field(imp *im, const char *s, size_t n)
{
	prr_str nm, val;
	bool known;
	/* (past the marks that lead it: "✅ **High Priority Risks**: …") */
	while (n && (*s == ' ' || (unsigned char)*s >= 0x80))
		s++, n--;
	if (!imp_split_field(s, n, &nm, &val))
		return false;
	const char *v = imp_clean(im, val.p, val.n);
	size_t vn = strlen(v), words = 1;
	for (size_t i = 0; i < vn; i++)
		words += v[i] == ' ';
	/* (or how a risk is treated: "MITIGATED", "ACCEPTABLE") */
	static const char *const treated[] = { "mitigated", "acceptable",
		"accepted", "monitored", "documented", "managed",
		"controlled", "tolerable", "tolerated", NULL };
	prr_status_from_text(v, vn, &known);
	size_t w = vn;
	while (w && v[w - 1] != ' ')
		w--;
	return (words <= 2 && (known || imp_is_one_of(v + w, vn - w, treated))) ||
	       imp_none_item(val.p, val.n);
}

/* (import_int.h) An item under a heading of a level of risks: a risk. */
void imp_heading_risk(imp *im, const item *it)
{
	/* (not under "### Low Risk ✅", which marks them all well: its
	 * items are reasons) */
	if (imp_none_item(it->raw, it->raw_n) ||
	    imp_status_field(im, it->raw, it->raw_n) ||
	    (im->n_hs && imp_heading_kind(im) < 0))
		return; /* "- None identified" */
	prr_risk *r = PUSH(im, risks);
	r->level = imp_heading_severity(im);
	r->title = imp_item_title(im, it->raw, it->raw_n);
	r->line = it->line;
	imp_risk_mitigation(im, r, it->node);
}

/* (import_int.h) "Mitigations", "Mitigation Strategies", "Contingency
 * Plans", "If Bug Found After 24 Hours": a plan, no list of findings; so
 * is a how-to for trouble ("## 🔧 TROUBLESHOOTING" over "### Common
 * Issues": what to check if one occurs). */
bool imp_plan_heading(const char *t)
{
	static const char *const plans[] = { "mitigation", "mitigations",
		"contingency", "contingencies", "troubleshooting", NULL };
	static const char *const ifs[] = { "if", "when", "whenever", NULL };
	while (*t && !isalpha((unsigned char)*t))
		t++; /* ("7.2 Contingency Plans", "🛡️ Mitigations") */
	size_t w = 0;
	while (isalpha((unsigned char)t[w]))
		w++;
	/* ("If" then a word: not "If-Then Rules") */
	return w && ((t[w] == ' ' && imp_is_one_of(t, w, ifs)) ||
		     ((!t[w] || t[w] == ' ' || t[w] == ':') &&
		      imp_is_one_of(t, w, plans)));
}

/* Words of labels over fixes still to make ("Required fixes:"). */
static const char *const needs_words[] = { "required", "requirements",
	"needed", "prerequisites", "pending", "remaining", "recommended",
	"proposed", "planned", NULL };

/* A label that ends in one ID in parentheses: "The remaining gap (G2)". */
bool imp_label_ends_in_id(const char *s, size_t n)
{
	if (n < 4 || s[n - 1] != ')')
		return false;
	size_t o = n - 1, up = 0, dig = 0;
	while (o && s[o - 1] != '(') {
		char c = s[--o];
		if (c >= 'A' && c <= 'Z')
			up++;
		else if (c >= '0' && c <= '9')
			dig++;
		else if (c != '-' || n - o > 14)
			return false;
	}
	return o && up && dig && n - 1 - o <= 12;
}

/* A label whose last word is a finding's noun in the singular ("Critical
 * Path Item", "Blocker"), not "Items", "Blockers". */
bool imp_singular_label(const char *s, size_t n)
{
	static const char *const nouns[] = { "item", "blocker", "issue",
		"gap", "finding", "risk", "problem", "bug", "concern", NULL };
	size_t w = n;
	while (w && s[w - 1] != ' ')
		w--;
	return imp_is_one_of(s + w, n - w, nouns);
}

/* A label whose last word is "fixes" ("Bug Fixes", "Security fixes"),
 * not of fixes still to make ("Required fixes"), or that says its fixes
 * were made ("Fixes Implemented", "Fixes applied"): the fixes made; `w`,
 * the length of its first word. */
bool imp_fixes_made_label(const char *s, size_t n, size_t w)
{
	static const char *const made[] = { "fixes", NULL };
	static const char *const done[] = { "implemented", "applied", "made",
		"done", "completed", "deployed", "shipped", "merged", NULL };
	size_t lw = n;
	while (lw && s[lw - 1] != ' ')
		lw--;
	return lw && ((imp_is_one_of(s + lw, n - lw, made) &&
		       !imp_is_one_of(s, w, needs_words)) ||
		      (imp_is_one_of(s, w, made) && imp_is_one_of(s + lw, n - lw, done)));
}

/* Whether the list at `first` is right after a finding's paragraph
 * ("**1.1 — [HIGH] Symbol manager not deployed**" over "- Verified via
 * grep …"): its details, unless its items are findings rated by ID
 * ("- **SEC-14 (High)** — …"). */
bool imp_details_list(const imp *im, int first, const item *items, size_t n)
{
	if (!im->details_line || first < im->details_line ||
	    first > im->details_line + 2)
		return false;
	for (size_t k = 0; k < n; k++)
		if (imp_keyed_rated(items[k].raw, items[k].raw_n))
			return false;
	return true;
}

/* "## Summary & Recommendations" over "### Weaknesses" over "1.
 * **Limited Testing**: Only 25% coverage …": a list of findings under a
 * heading (below the title) that opens with "Summary" or "Conclusion",
 * once the document has listed as many findings as its n items or more,
 * restates them (not "Key concerns:" of an opening summary, before any). */
bool imp_summary_restates(const imp *im, size_t n)
{
	static const char *const sums[] = { "summary", "conclusion",
		"conclusions", NULL };
	if (!n || im->r->n_findings < n)
		return false;
	for (int j = 0; j < im->n_hs; j++) {
		const char *t = im->hs[j].title;
		size_t w = 0;
		while (isalpha((unsigned char)t[w]))
			w++;
		if (im->hs[j].level > 1 && imp_is_one_of(t, w, sums))
			return true;
	}
	return false;
}

/* The length of a line that opens with a label of what points elsewhere
 * ("Mitigation:", "**See also**:", "Related:"), or 0
 * (import_para.c: no ID of the finding above there). */
size_t imp_refers_elsewhere(const char *s, size_t n)
{
	static const char *const refs[] = { "mitigation", "mitigated by",
		"see", "see also", "related", "depends on", "covered by", NULL };
	const char *nl = memchr(s, '\n', n);
	size_t ln = nl ? (size_t)(nl - s) : n;
	prr_str nm, val;
	if (!imp_split_field(s, ln, &nm, &val))
		return 0;
	while (nm.n && (*nm.p == '*' || *nm.p == '_'))
		nm.p++, nm.n--;
	while (nm.n && (nm.p[nm.n - 1] == '*' || nm.p[nm.n - 1] == '_'))
		nm.n--;
	return imp_is_one_of(nm.p, nm.n, refs) ? ln : 0;
}

/* (import_int.h) "4.2 Vulnerability Assessment ✅ LOW RISK": a pass mark
 * and a low risk said of the area, the assessment's result. */
bool imp_rated_area(const char *s, size_t n)
{
	static const char *const lows[] = { "low risk", "low-risk",
		"no risk", "minimal risk", "negligible risk", "risk: low",
		NULL };
	static rec_vocab vocab = REC_VOCAB(lows);
	bool known;
	/* (words whole at their start: not "below risk") */
	return prr_status_from_marks(s, n, &known) == PRR_PASS && known &&
	       imp_contains_any_word(s, n, &vocab);
}

/* (import_int.h) A label over what is in place ("**Implemented:**",
 * "What Works Well:") or over whom to ask ("For questions or issues:",
 * "For support:"): its list names no findings. */
bool imp_no_findings_label(const char *s, size_t n)
{
	static const char *const in_place[] = { "implemented",
		"already implemented", "in place", "already in place",
		"what works", "what works well", "strengths", NULL };
	static const char *const asks[] = { "questions", "support", "help",
		"contact", "contacts", NULL };
	if (imp_is_one_of(s, n, in_place))
		return true;
	if (n < 4 || strncasecmp(s, "for ", 4) != 0)
		return false;
	for (size_t i = 4; i < n;) {
		size_t e = i;
		while (e < n && isalpha((unsigned char)s[e]))
			e++;
		if (e > i && imp_is_one_of(s + i, e - i, asks))
			return true;
		i = e + 1;
	}
	return false;
}

/* The length of the word at s[0, n) (ASCII letters and '-'). */
static size_t word_len(const char *s, size_t n)
{
	size_t e = 0;
	while (e < n && (isalpha((unsigned char)s[e]) || s[e] == '-'))
		e++;
	return e;
}

/* (import_int.h) "CRITICAL — Must Fix Before Any Production Deployment",
 * "HIGH: Should Fix Before Beta", "LOW — Nice to Have", "MEDIUM - Fix
 * within 30 days", "CRITICAL - MUST COMPLETE BEFORE LAUNCH (26 hours)": a
 * severity, then only when to fix or finish: a group of findings or work
 * of that severity, no finding ("CRITICAL: Must rotate the leaked keys"
 * names one). */
bool imp_fix_when_group(const char *s, size_t n)
{
	static const char *const doing[] = { "must", "should", "could", "fix",
		"address", "resolve", "be", "fixed", "addressed", "resolved",
		NULL };
	static const char *const whens[] = { "before", "immediately", "asap",
		"now", "first", "within", "soon", "later", "next", NULL };
	static const char *const nice[] = { "nice to have", "nice-to-have",
		NULL };
	size_t i = 0;
	while (i < n && !isalpha((unsigned char)s[i]))
		i++; /* (marks: "🔴 CRITICAL — …") */
	size_t w = word_len(s + i, n - i);
	bool blocking;
	if (!w || prr_rec_severity(s + i, w, &blocking) == PRR_SEV_UNKNOWN)
		return false;
	i += w;
	/* (its separator: " — ", " – ", " - ", ": ") */
	size_t sep = i;
	while (i < n && (s[i] == ' ' || s[i] == ':' || s[i] == '-' || s[i] == '*'))
		i++;
	if (rec_cp_is(s, n, i, 0x2014) || rec_cp_is(s, n, i, 0x2013))
		i += 3;
	while (i < n && (s[i] == ' ' || s[i] == '*'))
		i++;
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '*'))
		n--;
	if (i == sep || i >= n)
		return false;
	if (imp_is_one_of(s + i, imp_before_paren(s + i, n - i), nice))
		return true;
	/* "Must Fix", "Should Be Fixed": how, then nothing or when */
	bool said = false;
	while ((w = word_len(s + i, n - i)) && imp_is_one_of(s + i, w, doing)) {
		said = true;
		for (i += w; i < n && s[i] == ' '; i++)
			;
	}
	/* "Must Complete Before Launch": how, a verb of its own, then when */
	if (said && w && i + w < n && s[i + w] == ' ') {
		size_t v = i + w + 1, vw = word_len(s + v, n - v);
		if (vw && imp_is_one_of(s + v, vw, whens))
			return true;
	}
	return (said && i >= n) || (w && imp_is_one_of(s + i, w, whens));
}

/* (import_int.h) "### Why Low Risk for QuantCoder", "Why This Is
 * Acceptable": the reasons for a judgement, no findings nor risks. */
bool imp_reasons_heading(const char *t)
{
	while (*t && !isalpha((unsigned char)*t))
		t++; /* ("8.1 Why …", "🤔 Why …") */
	return strncasecmp(t, "why ", 4) == 0;
}

/* (import_int.h) "### 2. Replay Data Ingestion ⚠️ DOCUMENTED" under "##
 * Issues Found and Resolved": a heading whose last word says it is still
 * open, deferred or only written down, however the heading above
 * groups it. */
bool imp_heading_still_open(const char *s, size_t n)
{
	static const char *const opens[] = { "documented", "deferred", "open",
		"pending", "outstanding", "unresolved", "postponed", NULL };
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*' || s[n - 1] == '_'))
		n--;
	size_t w = n;
	while (w && isalpha((unsigned char)s[w - 1]))
		w--;
	return w < n && (w == 0 || !isalnum((unsigned char)s[w - 1])) &&
	       imp_is_one_of(s + w, n - w, opens);
}
