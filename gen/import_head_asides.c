/* import_head_asides.c - lines that look like the review's verdict but
 * state none, or one of something else (a part's answer to the question
 * the review asks, a rule over the criteria, the document's own state),
 * and those that do though they stand aside (a status set apart by a
 * rule at the end, a lead-in that refuses). */
#include "import_int.h"
#include "prr/rec_verdict.h"

#include <ctype.h>
#include <string.h>

/* "### Are We Ready to Launch?" then "**Backend**: ✅ **YES - 100%
 * Ready**": an answer that opens with a part's label answers for that
 * part, not the review; "**Answer:** Yes", "Verdict: YES" answer it. */
bool imp_head_part_answer(imp *im, const char *s, size_t n)
{
	static const char *const whole[] = { "answer", "short answer",
		"the answer", "answer in short", "in short", "tl;dr", "tldr",
		"bottom line", "overall", "summary", NULL };
	prr_str label, value;
	if (!imp_head_label_of(s, n, &label, &value) || !label.n)
		return false;
	if (imp_is_one_of(label.p, label.n, whole))
		return false;
	return imp_head_label_kind(im, label.p, label.n).verdict == 0;
}

/* Whether s[0..n) is one sentence: no '.', '!' or '?' before its end
 * but where a word goes on ("v1.2", "e.g"); icons after its stop are
 * none ("YOU'RE READY TO LAUNCH! 🚀"). */
static bool one_sentence(const char *s, size_t n)
{
	while (n && !isalnum((unsigned char)s[n - 1]) && !strchr(".!?", s[n - 1]))
		n--;
	for (size_t i = 0; i + 1 < n; i++)
		if (strchr(".!?", s[i]) && strchr(" \n*_", s[i + 1]))
			return false;
	return true;
}

/* "### Is it ready to ship?" then "**API**: ✅ **YES**" alone in bold:
 * under a heading that asks, a part's answer too. */
bool imp_head_part_answers(imp *im, const char *s, size_t n)
{
	const char *h = im->n_hs ? im->hs[im->n_hs - 1].title : NULL;
	size_t k = h ? strlen(h) : 0;
	while (k && (h[k - 1] == ' ' || h[k - 1] == '*'))
		k--;
	return k && h[k - 1] == '?' && imp_head_part_answer(im, s, n);
}

/* "If any criterion is FAIL, the system is NOT ready to launch.": a rule
 * over the criteria, one sentence opening with "if" or "unless" and a
 * quantifier ("any", "all", "every", "a", "one", "no"), states what a
 * verdict would be, not the verdict. */
bool imp_head_rule(const char *s, size_t n)
{
	static const char *const opens[] = { "if any ", "if all ", "if every ",
		"if a ", "if an ", "if one ", "if no ", "if none ",
		"unless all ", "unless every ", "unless each ", "if each ",
		/* "Once all items are checked, you're ready to go live!" */
		"once all ", "once every ", "once each ", "when all ",
		"when every ", NULL };
	while (n && strchr(" >*_", *s))
		s++, n--;
	while (n && strchr(" *_", s[n - 1]))
		n--;
	bool rule = false;
	for (int k = 0; opens[k] && !rule; k++)
		rule = imp_starts_with_ci(s, n, opens[k]);
	/* (one sentence: not "If any check fails we stop. Today: GO.") */
	return rule && one_sentence(s, n);
}

/* "**Status:** Phase 13 go/no-go matrix — documentation only, pending
 * review": a status whose first clause names the document (a matrix, a
 * template, a checklist) that states no verdict, and whose rest says the
 * document waits for review or is a draft: the document's state, not
 * the system's; no level. */
bool imp_head_doc_state(const char *s, size_t n)
{
	static const char *const kinds[] = { "matrix", "template", "checklist",
		"document", "documentation", "record", "draft", NULL };
	static const char *const waits[] = { "pending review", "awaiting review",
		"under review", "documentation only", "draft", NULL };
	size_t e = 0;
	while (e < n && !strchr(",;", s[e]) &&
	       !(e + 3 <= n && (memcmp(s + e, "\xE2\x80\x94", 3) == 0 ||
				memcmp(s + e, "\xE2\x80\x93", 3) == 0)) &&
	       !(e + 3 <= n && memcmp(s + e, " - ", 3) == 0))
		e++;
	if (e == n || e > 120)
		return false;
	size_t w = e;
	while (w && !isalpha((unsigned char)s[w - 1]))
		w--;
	size_t a = w;
	while (a && isalpha((unsigned char)s[a - 1]))
		a--;
	if (!imp_is_one_of(s + a, w - a, kinds) ||
	    prr_rec_verdict(s, e, NULL, NULL) != PRR_LEVEL_UNKNOWN)
		return false;
	bool waiting = false;
	for (int k = 0; waits[k] && !waiting; k++)
		waiting = imp_contains_ci_n(s + e, n - e, waits[k]);
	prr_level rest = prr_rec_verdict(s + e, n - e, NULL, NULL);
	return waiting && rest != PRR_LEVEL_READY && rest != PRR_LEVEL_PARTIAL;
}

/* Whether the line p[0..n) is blank. */
static bool blank_line(const char *p, size_t n)
{
	while (n && strchr(" \t\r", p[n - 1]))
		n--;
	return !n;
}

/* "---" then "**Status:** 🟢 READY FOR LAUNCH" near the document's end
 * (its sign-off lines after it, no heading: 40 lines at most): a status
 * set apart from the last section, the document's, not that section's
 * (a label of the review's own state aside: "Review Status").
 * Not two sentences: "Code is production-ready. Setup needed before
 * launch."  `apart`: set apart otherwise, the last line all in bold. */
static bool closing_status(const imp *im, prr_str label, const char *s,
			   size_t n, int line, bool apart, bool narrows)
{
	/* (not the review's own: "**Review Status:** ✅ COMPLETE") */
	static const char *const own[] = { "review", "report", "document",
		"audit", NULL };
	for (int w = 0; own[w]; w++)
		if (imp_contains_ci_n(label.p, label.n, own[w]))
			return false;
	while (n && strchr(" \t\r*_.!", s[n - 1]))
		n--;
	/* (one as strong read before it stays, this one said: the
	 * section's, as imp_head_finish tells) */
	if (!n || !one_sentence(s, n) || line < 2 || (size_t)line + 40 < im->map.n ||
	    (im->verdict_rank >= 5 && !narrows))
		return false;
	const char *p;
	size_t k;
	for (int l = line + 1; (size_t)l <= im->map.n; l++) {
		prr_linemap_line(&im->map, l, &p, &k);
		if (k && *p == '#')
			return false;
	}
	int l = line - 1;
	for (prr_linemap_line(&im->map, l, &p, &k); l > 1 && blank_line(p, k);)
		prr_linemap_line(&im->map, --l, &p, &k);
	return apart || imp_thematic_break(p, k);
}

/* "**Status: READY FOR PRODUCTION DEPLOYMENT** ✅" as the document's
 * last line: label and value in one bold, marks at most after it, set
 * apart from the section above as a rule would set it. */
static bool bold_last_line(const imp *im, const char *s, size_t n)
{
	if (n < 5 || s[0] != '*' || s[1] != '*')
		return false;
	size_t b = imp_bold_at(s, n, 2);
	if (b >= n || !memchr(s + 2, ':', b - 2))
		return false;
	for (size_t i = b + 2; i < n; i++)
		if (isalnum((unsigned char)s[i]))
			return false;
	return imp_head_last_line(im, s, n);
}

/* "## Pre-Launch Status: ✅ PRODUCTION READY" at the head, then as the
 * document's close as closing_status() tells (or its last line)
 * "**Status:** Ready for launch after Stripe configuration ✅": the
 * closing status names the condition the head's left out; a ready read
 * as strong before it is narrowed (import_head.c takes it one rank
 * higher). */
bool imp_head_closing_condition(const imp *im, const char *s, size_t n,
				int line)
{
	prr_str l, v;
	if (!imp_head_label_of(s, n, &l, &v))
		return false;
	size_t k = v.n;
	while (k && strchr(" \t\r*_.!", v.p[k - 1]))
		k--;
	if (im->verdict != PRR_LEVEL_READY || im->verdict_rank != 5 ||
	    !closing_status(im, l, v.p, v.n, line, imp_head_last_line(im, s, n), true) ||
	    prr_rec_verdict(v.p, k, NULL, NULL) != PRR_LEVEL_PARTIAL)
		return false;
	/* a step still to take, not a caveat on readiness now ("✅
	 * PRODUCTION-READY (with noted limitations)": two fields, warned) */
	static const char *const steps[] = { "after", "once", NULL };
	for (size_t i = 0, e; i < k; i = e + 1) {
		for (e = i; e < k && isalpha((unsigned char)v.p[e]); e++)
			;
		if (e > i && imp_is_one_of(v.p + i, e - i, steps))
			return true;
	}
	return false;
}

bool imp_head_closes_doc(const imp *im, prr_str label, const char *s,
			 size_t n, int line)
{
	prr_str l, v;
	return imp_head_closing_field(im, label, s, n) ||
	       (imp_head_label_of(s, n, &l, &v) &&
		(closing_status(im, label, v.p, v.n, line,
				bold_last_line(im, s, n), false) ||
		 imp_head_closing_condition(im, s, n, line)));
}

/* "## Conclusion" then "The Widget is now ready for client demos with:"
 * and what it has: a lead-in that states a go short of production (or
 * a refusal: "Not ready for production until:") is read as the first
 * line under the heading is; one that states a go ("Before we call it
 * production-ready:") leads into conditions still to meet. */
bool imp_head_lead_in_refuses(const char *s, size_t n)
{
	return imp_head_words_level(s, n) == PRR_LEVEL_NOT_READY;
}

prr_str imp_head_kept(imp *im, prr_str s)
{
	return (prr_str){ prr_arena_strndup(im->a, s.p, s.n), s.n };
}

/* "**Status:** ✅ PRODUCTION-READY (internal tools only)" at the head,
 * then "**Recommendation:** The system is ready for production.": the
 * head's field states the document's state, the recommendation what to
 * do, so of one level the field is quoted (its scope kept).  Where the
 * head's field states another level than the verdict read later
 * ("**Status:** ⚠️ NOT QUITE READY" over "## ✅ Verdict" … "READY FOR
 * DEPLOYMENT"), the document states both: the later verdict is read,
 * the head's warned of (a status of the document or of an earlier
 * day states no other verdict). */
void imp_head_top_field_finish(imp *im)
{
	int top = im->top_field.line;
	if (!top || im->top_field.level == PRR_LEVEL_UNKNOWN || !im->verdict_rank ||
	    im->verdict_line <= top || im->verdict_rank <= 5)
		return;
	if (im->top_field.level == im->verdict) {
		if (im->verdict_advice == im->verdict_line) {
			im->verdict_text = im->top_field.text;
			im->verdict_line = top;
		}
	} else if (im->top_field.weak.n && !im->verdict_rival &&
		   /* (not "Doc status: Draft", nor "Previous assessment: 3
		    * June 2026 (GO)") */
		   !imp_contains_ci_n(im->top_field.weak.p, im->top_field.weak.n, "doc") &&
		   !imp_head_dated_before(im, im->top_field.text,
					  strlen(im->top_field.text))) {
		prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map, top, 1,
			     "this status (\"%s\", %s) says otherwise than the "
			     "verdict read, line %d's (%s): the document states both",
			     im->top_field.text, prr_level_name(im->top_field.level),
			     im->verdict_line, prr_level_name(im->verdict));
	}
}

/* "## Verdict — GO", "## Verdict — **GO** (test-mode) / **CONDITIONAL
 * GO** for live": a heading whose verdict label is set off by a dash, as
 * by a colon ("## Verdict: CONDITIONAL GO"); read from a copy in the
 * arena with the dash a colon.  Only a strong label ("Verdict",
 * "Decision"): "## Security — PASS" names a part. */
/* "The current recommendation is **🟠 Pilot Only** — …": a sentence
 * whose subject is the review's recommendation or verdict, opening the
 * line or after a stop on it, says its value as "Recommendation:" would
 * (its label the subject's noun, its value the rest of the line). */
static bool copula_label(const char *s, size_t n, prr_str *label,
			 prr_str *value)
{
	static const char *const opens[] = { "the recommendation is ",
		"the current recommendation is ", "our recommendation is ",
		"the final recommendation is ", "the verdict is ",
		"the final verdict is ", "our verdict is ", NULL };
	if (!imp_contains_ci_n(s, n, "recommendation is ") &&
	    !imp_contains_ci_n(s, n, "verdict is "))
		return false;
	for (size_t i = 0; i < n; i++) {
		if (i && !(i >= 2 && s[i - 1] == ' ' && strchr(".!?)", s[i - 2])))
			continue;
		for (int k = 0; opens[k]; k++) {
			size_t m = strlen(opens[k]);
			if (!imp_starts_with_ci(s + i, n - i, opens[k]))
				continue;
			/* (the noun: the subject's last word) */
			size_t e = i + m - 4, w = e;
			while (w > i && s[w - 1] != ' ')
				w--;
			label->p = s + w;
			label->n = e - w;
			value->p = s + i + m;
			value->n = n - i - m;
			while (value->n && (*value->p == '*' || *value->p == ' '))
				value->p++, value->n--;
			return value->n > 0;
		}
	}
	return false;
}

bool imp_head_dash_label(imp *im, const char *s, size_t n, imp_line_kind kind,
			 prr_str *label, prr_str *value)
{
	if (kind == IMP_LINE_TEXT)
		return copula_label(s, n, label, value);
	if (kind != IMP_LINE_HEADING)
		return false;
	static const char *const dashes[] = { " \xE2\x80\x94 ", " \xE2\x80\x93 ",
		" - ", NULL };
	size_t w = n < 64 ? n : 64, at = w, dl = 0;
	for (int k = 0; dashes[k]; k++) {
		size_t m = strlen(dashes[k]);
		for (size_t i = 0; i + m <= w && i < at; i++)
			if (memcmp(s + i, dashes[k], m) == 0) {
				at = i, dl = m;
				break;
			}
	}
	if (at >= w || memchr(s, ':', at))
		return false;
	char *c = prr_arena_printf(im->a, "%.*s: %.*s", (int)at, s,
				   (int)(n - at - dl), s + at + dl);
	return imp_head_label_of(c, strlen(c), label, value) &&
	       imp_head_label_kind(im, label->p, label->n).verdict == 2;
}

/* Whether the line at s goes on with a sentence of its paragraph's line
 * before it ("… We will / ship Android 5.14.1 separately once the fix
 * lands."): read with that line (the paragraph's first line reads the
 * paragraph whole), not alone, where its first word would open it. */
bool imp_head_mid_sentence(const imp *im, const char *s)
{
	if (!im->para || s <= im->para || s > im->para + im->para_n)
		return false;
	const char *p = s;
	while (p > im->para && (p[-1] == '\n' || p[-1] == ' ' || p[-1] == '*'))
		p--;
	return p > im->para && !strchr(".!?:;", p[-1]);
}

/* "### 1.1 Row Level Security" then "**Recommendation:** The RLS
 * implementation is robust and production-ready.": a recommendation
 * under a numbered heading is its area's advice, no verdict of the
 * review (not "### 🎯 Success Metrics" under "## Conclusion" over
 * "**RECOMMENDATION: PROCEED WITH PRODUCTION DEPLOYMENT**"). */
bool imp_head_part_advice(const imp *im, prr_str label)
{
	size_t sec = im->n_hs ? im->hs[im->n_hs - 1].sec : im->r->n_sections;
	const char *t = sec < im->r->n_sections ? im->r->sections[sec].heading : NULL;
	while (t && (*t == ' ' || *t == '*' || *t == '_'))
		t++;
	return t && isdigit((unsigned char)*t) &&
	       imp_starts_with_ci(label.p, label.n, "recommend");
}

/* "## Decision" then "### **GO — RC3 staging release candidate**" and
 * "### **NO-GO — unrestricted public production (GA)**": a heading under
 * one that decides, opening with a verdict set off by a dash, is the
 * decision for the scope it names, read before the prose under it (a
 * go for staging is not the review's verdict alone); the next such
 * heading is read with it, the level of both together ("GO for staging,
 * NO-GO for production" is not ready), and no third. */
bool imp_head_decision_heading(imp *im, const char *s, size_t n, int line)
{
	if (im->n_hs < 2 || im->hs[im->n_hs - 1].level < 3 ||
	    !imp_head_in_verdict_section(im))
		return false;
	size_t a = 0, at, len;
	while (a < n && strchr(" *_", s[a]))
		a++;
	prr_level l = prr_rec_verdict(s + a, n - a, &at, &len);
	if (l == PRR_LEVEL_UNKNOWN || at)
		return false;
	size_t e = a + len;
	while (e < n && strchr("*_", s[e]))
		e++;
	if (!(e + 5 <= n && (memcmp(s + e, " \xE2\x80\x94 ", 5) == 0 ||
			     memcmp(s + e, " \xE2\x80\x93 ", 5) == 0)) &&
	    !(e + 3 <= n && memcmp(s + e, " - ", 3) == 0))
		return false;
	const char *t = imp_clean(im, s, n);
	if (im->decision_head && im->verdict_line == im->decision_head &&
	    im->verdict_rank == 8 && im->decision_text) {
		/* (the headings' words, not the prose read under them) */
		char *both = prr_arena_printf(im->a, "%s; %s", im->decision_text, t);
		l = imp_head_words_level(both, strlen(both));
		if (l != PRR_LEVEL_UNKNOWN) {
			im->verdict = l;
			im->verdict_text = both;
		}
		im->decision_head = -1; /* (two read together, no more) */
	} else if (im->verdict_rank < 8) {
		imp_head_take(im, l, s, n, 8, line);
		if (im->verdict_line == line) {
			im->decision_head = line;
			im->decision_text = im->verdict_text;
		}
	}
	return true;
}

/* "The decision is **NO-GO**.", "A decisão é NO-GO.": a sentence whose
 * subject is a verdict label states its verdict as the label's value
 * ("Decision: NO-GO"). */
bool imp_head_subject_label(const char *s, size_t n, imp_line_kind kind,
			    prr_str *label, prr_str *value)
{
	size_t la, lb, v = kind == IMP_LINE_TEXT ? prr_rec_verdict_subject(s, n, &la, &lb) : 0;
	if (!v)
		return false;
	*label = (prr_str){ s + la, lb - la };
	*value = (prr_str){ s + v, n - v };
	return true;
}
