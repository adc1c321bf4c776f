/* import_bullets.c - marks that are no check's result: a tick inside the
 * bold that opens an item (the item's own mark), ✅ used as bullets in a
 * list of work still to do, colours on a priority band or a time
 * horizon, a status line in a part of the document (its summary, its
 * sign-off), and an alert's level before its threshold. */
#include "import_int.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Whether one of `words` (lower case) is in s[0..n) as words: no ASCII
 * letter or digit right before or after it ("to do", not "to document"). */
static bool has_phrase(const char *s, size_t n, const char *const *words)
{
	for (int i = 0; words[i]; i++) {
		size_t k = strlen(words[i]);
		for (const char *f = s; (f = imp_find_ci_n(f, n - (size_t)(f - s), words[i]));
		     f++) {
			size_t e = (size_t)(f - s) + k;
			if ((f == s || !isalnum((unsigned char)f[-1])) &&
			    (e >= n || !isalnum((unsigned char)s[e])))
				return true;
		}
	}
	return false;
}

/* s[0..*n) without what opens a heading or a label before its words:
 * numbering, emoji, marks, "**". */
static const char *words_start(const char *s, size_t *n)
{
	while (*n) {
		unsigned char c = (unsigned char)*s;
		if (!(c == ' ' || c == '*' || c == '_' || c == '.' || c == '#' ||
		      (c >= '0' && c <= '9') || c == 0xE2 || c == 0xEF ||
		      c >= 0xF0 || (c >= 0x80 && c < 0xC0)))
			break;
		s++, (*n)--;
	}
	return s;
}

/* (import_int.h) */
const char *imp_heading_words(const char *t, size_t *n)
{
	t = words_start(t, n);
	*n = imp_before_paren(t, *n);
	while (*n && (t[*n - 1] == ' ' || t[*n - 1] == '*' || t[*n - 1] == ':'))
		(*n)--;
	return t;
}

/*
 * "- **✅ Microservices Architecture**: Properly implemented": the tick
 * inside the bold that opens an item is the item's mark, read as "- ✅
 * **Microservices Architecture**: …" (the mark moved before the bold;
 * the bold must go on after it and close).
 */
void imp_bold_lead_mark(imp *im, item *it)
{
	const char *s = it->raw;
	size_t n = it->raw_n;
	if (it->task || n < 8 || s[0] != '*' || s[1] != '*' ||
	    (unsigned char)s[2] < 0x80)
		return;
	size_t lead = prr_status_lead(s + 2, n - 2);
	if (!lead || lead + 4 >= n || s[2 + lead] == '*')
		return;
	const char *close = imp_find_ci_n(s + 2 + lead, n - 2 - lead, "**");
	if (!close)
		return;
	char *c = prr_arena_strndup(&im->tmp, s, n);
	memcpy(c, s + 2, lead);
	memcpy(c + lead, "**", 2);
	it->raw = c;
}

/*
 * Whether a heading's or a label's words s[0..n) name work still to do:
 * "Must Have (Before Production):", "Should have", "Remaining work",
 * "Week 5-6 Remaining Work:", "Next Week:", "To do", "Immediate action
 * items", "⚠️ REQUIRED BEFORE PRODUCTION RELEASE", "Before Production:";
 * not where they say it is done ("Remaining work — completed").
 */
static bool todo_words(const char *s, size_t n)
{
	static const char *const todo[] = { "must have", "must-have",
		"should have", "should-have", "could have", "nice to have",
		"nice-to-have", "remaining work", "remaining tasks",
		"remaining items", "work remaining", "outstanding work",
		"outstanding tasks", "still to do", "to do", "to-do", "todo",
		"next week", "next sprint", "next steps", "immediate actions",
		"immediate action items", "required before", "needed before",
		"must fix before", "to fix before", NULL };
	static const char *const done[] = { "done", "completed", "finished",
		"fixed", "resolved", "achieved", "delivered", "implemented",
		"closed", "addressed", NULL };
	static const char *const steps[] = { "production", "prod", "launch",
		"go-live", "release", "deployment", "ga", NULL };
	if (n > 160)
		n = 160;
	s = words_start(s, &n);
	if (has_phrase(s, n, done))
		return false;
	if (has_phrase(s, n, todo))
		return true;
	/* "Before Production:", "Before launch" (not "Before the fixes", a
	 * state before) */
	if (n > 7 && strncasecmp(s, "before ", 7) == 0) {
		size_t w = 7;
		while (w < n && (isalpha((unsigned char)s[w]) || s[w] == '-'))
			w++;
		return imp_is_one_of(s + 7, w - 7, steps);
	}
	return false;
}

void imp_todo_lead(imp *im, const char *s, size_t n, int last_line)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*'))
		n--;
	if (n && n <= 80 && s[n - 1] == ':' && !memchr(s, '\n', n) &&
	    todo_words(s, n - 1))
		im->todo_line = last_line;
}

static bool band_words(const char *t, size_t n);

/*
 * A list (no boxes) whose every mark is ✅ under a heading of work still
 * to do (or under a heading of actions: "### This Week:" under "## 8.
 * IMMEDIATE ACTION ITEMS ✅") or right after such a label ("**Week 5-6
 * Remaining Work:**"): its ✅ are bullets, no check passed ("1. ✅ US-11:
 * Apply Solution endpoint" where the document says US-11 is not
 * implemented).  Marks of progress, ✅ beside ⏳ or ❌, stay a checklist.
 */
bool imp_todo_list(imp *im, int first_line, const item *items, size_t n)
{
	size_t ticks = 0;
	for (size_t k = 0; k < n; k++) {
		if (items[k].task)
			return false;
		if ((items[k].marks_known && items[k].marks != PRR_PASS) ||
		    (items[k].said_title && items[k].said != PRR_PASS))
			return false;
		ticks += items[k].marks_known;
	}
	if (!ticks)
		return false;
	if (im->todo_line && first_line > im->todo_line &&
	    first_line <= im->todo_line + 2)
		return true;
	if (!im->n_hs || im->hs[im->n_hs - 1].level < 2)
		return false;
	/* (a heading's first words: a long one is read once per list) */
	const char *t = im->hs[im->n_hs - 1].title;
	size_t tn = strnlen(t, 200);
	if (todo_words(t, tn))
		return true;
	/* a time ahead ("This Week:") under a heading of work to do */
	if (im->n_hs < 2 || im->hs[im->n_hs - 2].level < 2 || !band_words(t, tn))
		return false;
	t = im->hs[im->n_hs - 2].title;
	return todo_words(t, strnlen(t, 200));
}

/* Whether the marks s[0..n) are colours only (🔴 🟠 🟡 🟢 🔵), as a
 * priority's; or, with `warn`, ⚠️ too, as an alert's level. */
static bool colours_only(const char *s, size_t n, bool warn)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, colours = 0;
	while (i < n) {
		if (p[i] == ' ' || p[i] == '*') {
			i++;
		} else if (i + 4 <= n && p[i] == 0xF0 && p[i + 1] == 0x9F &&
			   ((p[i + 2] == 0x94 && (p[i + 3] == 0xB4 || p[i + 3] == 0xB5)) ||
			    (p[i + 2] == 0x9F && p[i + 3] >= 0xA0 && p[i + 3] <= 0xA2))) {
			i += 4;
			colours++;
		} else if (warn && i + 3 <= n && p[i] == 0xE2 && p[i + 1] == 0x9A &&
			   p[i + 2] == 0xA0) {
			i += 3;
			colours++;
		} else if (i + 3 <= n && p[i] == 0xEF && p[i + 1] == 0xB8 &&
			   p[i + 2] == 0x8F) {
			i += 3; /* a variation selector */
		} else {
			return false;
		}
	}
	return colours > 0;
}

/* Whether a heading's words name a priority band or a time horizon:
 * "Immediate (Week 1-2)", "Short Term (Month 1)", "Long-term", "High
 * priority", "P1", "Priority 2". */
static bool band_words(const char *t, size_t n)
{
	static const char *const bands[] = { "immediate", "short term",
		"short-term", "medium term", "medium-term", "mid term",
		"mid-term", "long term", "long-term", "near term", "near-term",
		"quick wins", "this week", "next week", "this month",
		"next month", "this quarter", "next quarter", "high priority",
		"medium priority", "low priority", "critical priority",
		"now", "next", "later", NULL };
	t = imp_heading_words(t, &n);
	if (imp_is_one_of(t, n, bands))
		return true;
	/* "Priority 2", "P1", "Week 3", "Month 4-6" */
	static const char *const counted[] = { "priority ", "week ", "weeks ",
		"month ", "months ", "sprint ", NULL };
	for (int i = 0; counted[i]; i++) {
		size_t k = strlen(counted[i]);
		if (n > k && strncasecmp(t, counted[i], k) == 0 &&
		    isdigit((unsigned char)t[k]))
			return true;
	}
	return n == 2 && (t[0] == 'P' || t[0] == 'p') && t[1] >= '0' && t[1] <= '4';
}

/* Whether a heading's words name a part of the document, not a check:
 * its summary or its close ("Executive Summary", "Sign-Off",
 * "Conclusion"), or a collection of what it found or asks ("CRITICAL
 * GAPS", "BACKEND-FRONTEND MISMATCHES", "IMMEDIATE ACTION ITEMS", "RISK
 * ASSESSMENT", "Comprehensive Assessment Summary"), or what stands
 * apart ("Appendix A: …", "📞 Questions or Concerns?"). */
static bool part_words(const char *t)
{
	static const char *const parts[] = { "summary", "executive summary",
		"overview", "introduction", "conclusion", "conclusions",
		"sign-off", "sign off", "signoff", "sign-offs", "approval",
		"approvals", "final verdict", "verdict", "decision",
		"final decision", "recommendation", "recommendations",
		"next steps", "risk assessment", "key findings",
		/* how to reach the writers: "## 📞 Questions or Concerns?" */
		"questions", "questions or concerns", "contact", "contacts",
		/* the review's verdict: "## Deployment Readiness Status: ✅
		 * APPROVED" */
		"status", "overall status", "current status", "final status",
		"readiness status", "overall readiness", NULL };
	/* what stands apart: "Appendix A: Comparison to …" */
	static const char *const apart[] = { "appendix", "annex", "anhang",
		"anexo", NULL };
	/* (not an area's summary: "Security summary" over "Status: ⚠️") */
	static const char *const ends[] = { " assessment summary",
		" review summary", " readiness summary",
		" recommendations summary", " readiness status", " gaps", " mismatches",
		" action items", " recommendations", " next steps", NULL };
	size_t n = strlen(t);
	t = words_start(t, &n);
	n = imp_before_paren(t, n);
	while (n && (t[n - 1] == ' ' || t[n - 1] == '*' || t[n - 1] == ':' ||
		     t[n - 1] == '?'))
		n--;
	if (imp_is_one_of(t, n, parts))
		return true;
	if (imp_starts_with_word(t, n, apart))
		return true;
	for (int i = 0; ends[i]; i++) {
		size_t k = strlen(ends[i]);
		if (n > k && strncasecmp(t + n - k, ends[i], k) == 0)
			return true;
	}
	return false;
}

/* (import_int.h) */
bool imp_part_heading(const char *t)
{
	return part_words(t);
}

/* "### What Went Right ✅", "### What Needs Improvement ⚠️" under "##
 * Lessons Learned": a retrospective's headings, their marks how it went,
 * no check's result. */
static bool retro_heading(const char *t)
{
	static const char *const retro[] = { "what went", "what needs",
		"what could", "what didn't", "what did not", "what worked",
		"what we learned", "lessons learned", "lessons", NULL };
	size_t n = strlen(t);
	t = imp_heading_words(t, &n);
	return imp_starts_with_word(t, n, retro);
}

/*
 * A heading that states a status yet is no check (imp_heading_checks):
 * a part of the document ("## Executive Summary" over "**Status:** ✅
 * PRODUCTION READY": the review's verdict, not a check of it; "## Sign-
 * Off", "## 1. CRITICAL GAPS 🔴"), a status alone ("## **🔄 IN
 * PROGRESS:**"), or a priority band or a time horizon
 * in a colour ("### **Immediate (Week 1-2)** 🔴" … "### **Long Term
 * (Month 4-6)** 🟢": priorities, not statuses).
 */
bool imp_heading_no_check(const imp *im, size_t s)
{
	const char *t = im->sx[s].title;
	if (part_words(t) || retro_heading(t))
		return true;
	const char *h = im->r->sections[s].heading;
	size_t n = strlen(h), tail = prr_status_tail(h, n);
	/* "## **🔄 IN PROGRESS:**": a status alone names nothing checked,
	 * the group of what is under it */
	size_t k = n;
	while (k && (h[k - 1] == ' ' || h[k - 1] == '*' || h[k - 1] == '_' ||
		     h[k - 1] == ':'))
		k--;
	size_t named = k - prr_status_tail(h, k);
	while (named && !isalnum((unsigned char)h[named - 1]) &&
	       !imp_letter_byte((unsigned char)h[named - 1]))
		named--;
	if (k && !named)
		return true;
	return tail && colours_only(h + n - tail, tail, false) &&
	       band_words(t, strlen(t));
}

/*
 * "- ⚠️ Warning: Any metric below 95%", "- 🔴 Critical: p99 > 800 ms":
 * an alert's level in its colour, then what sets it off (a threshold: a
 * comparison and a number); a rule of the alerting, no check's result.
 */
bool imp_alert_rule(const char *s, size_t n)
{
	static const char *const levels[] = { "warning", "warn", "critical",
		"info", "notice", "minor", "major", "high", "medium", "low",
		"page", "ticket", "immediate", "urgent", "emergency", "alert",
		"error", "sev1", "sev2", "sev3", "sev4", "p1", "p2", "p3", "p4",
		NULL };
	static const char *const compare[] = { "below", "above", "under",
		"over", "exceeds", "exceed", "within", "more than", "less than",
		"greater than", "fewer than", ">", "<", ">=", "<=", "\xE2\x89\xA5",
		"\xE2\x89\xA4", NULL };
	size_t lead = prr_status_lead(s, n);
	if (!lead || !colours_only(s, lead, true))
		return false;
	size_t i = lead;
	while (i < n && (s[i] == '*' || s[i] == ' '))
		i++;
	size_t w = i;
	while (w < n && isalnum((unsigned char)s[w]))
		w++;
	if (w == i || !imp_is_one_of(s + i, w - i, levels))
		return false;
	while (w < n && s[w] == '*')
		w++;
	if (w >= n || s[w] != ':')
		return false;
	/* the comparison, then a number */
	const char *r = s + w + 1;
	size_t rn = n - w - 1;
	for (int k = 0; compare[k]; k++) {
		size_t cl = strlen(compare[k]);
		for (const char *f = r; (f = imp_find_ci_n(f, rn - (size_t)(f - r), compare[k]));
		     f++) {
			size_t e = (size_t)(f - r) + cl;
			if (isalpha((unsigned char)compare[k][0]) &&
			    ((f > r && isalnum((unsigned char)f[-1])) ||
			     (e < rn && isalnum((unsigned char)r[e]))))
				continue;
			while (e < rn && (r[e] == ' ' || r[e] == '='))
				e++;
			if (e < rn && isdigit((unsigned char)r[e]))
				return true;
		}
	}
	return false;
}

/*
 * "- 🔴 Blocking: 1", "- ⚪ Low: 0", "- 🟡 **High:** 2 (…)", "- Total Issues
 * Found: 10": a tally of findings by their level (in its colour or
 * none) or in all, a count alone after it; it sums up the findings
 * below, no check's result ("- ✅ Critical: 0" is one passed).
 */
bool imp_severity_tally(const char *s, size_t n)
{
	size_t i = prr_status_lead(s, n);
	if (i && !colours_only(s, i, false))
		return false;
	for (;;) { /* (⚪ ⚫, colours of no level, are no status mark) */
		if (i < n && (s[i] == ' ' || s[i] == '*'))
			i++;
		else if (i + 3 <= n && memcmp(s + i, "\xE2\x9A", 2) == 0 &&
			 ((unsigned char)s[i + 2] == 0xAA || (unsigned char)s[i + 2] == 0xAB))
			i += 3;
		else
			break;
	}
	const char *c = memchr(s + i, ':', n - i < 40 ? n - i : 40);
	if (!c)
		return false;
	size_t ln = (size_t)(c - s) - i;
	bool blocking;
	if (prr_rec_severity(s + i, ln, &blocking) == PRR_SEV_UNKNOWN && !blocking &&
	    !imp_contains_ci_n(s + i, ln, "issues") &&
	    !imp_contains_ci_n(s + i, ln, "findings"))
		return false;
	size_t d;
	for (i = (size_t)(c - s) + 1; i < n && (s[i] == '*' || s[i] == ' '); i++)
		;
	for (d = i; i < n && isdigit((unsigned char)s[i]); i++)
		;
	while (i < n && s[i] == ' ')
		i++;
	return i > d && (i == n || s[i] == '(');
}

/*
 * "- ✅ If all criteria met → Proceed to Phase 2", "- ❌ When a check
 * fails → roll back": a branch of a decision still to take, a condition
 * and the step it leads to; its mark says which way, no check's result.
 */
bool imp_decision_branch(const char *s, size_t n)
{
	static const char *const conds[] = { "if", "when", "whenever",
		"once", "unless", "si", "wenn", "falls", "se", "quand",
		"cuando", "quando", NULL };
	static const char *const arrows[] = { "\xE2\x86\x92", "\xE2\x87\x92",
		"->", "=>", NULL };
	size_t i = prr_status_lead(s, n);
	while (i < n && (s[i] == '*' || s[i] == '_' || s[i] == ' '))
		i++;
	if (!imp_starts_with_word(s + i, n - i, conds))
		return false;
	for (int k = 0; arrows[k]; k++)
		if (imp_contains_ci_n(s + i, n - i, arrows[k]))
			return true;
	return false;
}

/*
 * "### Option 2: Full Feature Launch (6-8 weeks)" over "- ✅ Memory
 * timeline", "### Competitive Advantages" over "- ✅ Built for Gen Z": the
 * scope of one option still to choose, or a product's selling points;
 * their marks are bullets, no check's result.
 */
bool imp_scope_heading(const char *t)
{
	static const char *const options[] = { "option", "alternative",
		"opción", "opção", NULL };
	static const char *const praise[] = { "advantages",
		"competitive advantages", "key advantages", "pros",
		"pros and cons", "benefits", "key benefits", "selling points",
		"unique selling points", "differentiators",
		"key differentiators", "value proposition",
		"unique value proposition", NULL };
	size_t n = strlen(t);
	t = imp_heading_words(t, &n);
	if (imp_is_one_of(t, n, praise))
		return true;
	/* "Option 2:", "Option B —", "Alternative 1." (its letter or number) */
	if (!imp_starts_with_word(t, n, options))
		return false;
	size_t i = 0;
	while (i < n && t[i] != ' ')
		i++;
	size_t d = ++i;
	while (i < n && isalnum((unsigned char)t[i]) && i - d < 3)
		i++;
	bool letter = i - d == 1 && isupper((unsigned char)t[d]);
	bool digits = i > d && isdigit((unsigned char)t[d]) &&
		      isdigit((unsigned char)t[i - 1]);
	return (letter || digits) && (i == n || strchr(":.) -", t[i]));
}

/*
 * "## Example Test Scenarios" (or the heading under it, "### Scenario 1:
 * Sales") over "1. ✅ \"Show sales trends …\"": examples shown, what
 * one would try; "## 🎉 You're Ready to Launch!", "## Congratulations"
 * over "- ✅ Secured with SSL": a celebration that restates features.
 * Their marks are bullets, no check's result.
 */
bool imp_shown_heading(const imp *im)
{
	static const char *const shown[] = { "example", "examples", NULL };
	static const char *const cheer[] = { "congratulations",
		"you're ready", "you\xE2\x80\x99re ready", "you are ready",
		NULL };
	static rec_vocab cheer_v = REC_VOCAB(cheer);
	for (int k = im->n_hs - 1; k >= 0 && k >= im->n_hs - 2; k--) {
		size_t n = strlen(im->hs[k].title);
		const char *t = imp_heading_words(im->hs[k].title, &n);
		if (im->hs[k].level > 1 && imp_starts_with_word(t, n, shown))
			return true;
		if (k == im->n_hs - 1 && imp_contains_any(t, n, &cheer_v))
			return true;
	}
	return false;
}

/*
 * "### After Quick Fixes: 95% Ready" right after "### Current Status: 70%
 * Ready" (its sibling, of the same level): the state the fixes would
 * bring, what is under it a projection, no check done.  Not "### After
 * the improvements" after "### Before the improvements": the state now.
 */
bool imp_projected_heading(const imp *im)
{
	static const char *const after[] = { "after", "once", "post-fix",
		"post-fixes", NULL };
	static const char *const now[] = { "current", "currently", "now",
		"today", NULL };
	size_t s = im->cur_sec;
	if (s == NONE || s == 0 || s >= im->r->n_sections)
		return false;
	size_t n = strlen(im->sx[s].title);
	const char *t = words_start(im->sx[s].title, &n);
	if (!imp_starts_with_word(t, n, after))
		return false;
	/* the sibling before it (a few of its own headings between at most) */
	int level = im->r->sections[s].level;
	for (size_t k = s, seen = 0; k-- > 0 && seen < 64; seen++) {
		if (im->r->sections[k].level > level)
			continue;
		if (im->r->sections[k].level < level)
			return false;
		n = strlen(im->sx[k].title);
		t = words_start(im->sx[k].title, &n);
		return imp_starts_with_word(t, n, now);
	}
	return false;
}

/* (import_int.h) */
unsigned char *imp_boxed_sections(imp *im)
{
	prr_review *r = im->r;
	unsigned char *boxed = prr_arena_array(&im->tmp, r->n_sections + 1,
					       sizeof *boxed);
	for (size_t c = 0; c < r->n_checklists; c++) {
		size_t s = im->cl_sec[c];
		if (s == NONE || !im->cl_box[c])
			continue;
		bool ticked = boxed[s] == 1;
		for (size_t k = 0; k < r->checklists[c].n_items && !ticked; k++)
			ticked = r->checklists[c].items[k].done;
		boxed[s] = ticked ? 1 : 2;
	}
	return boxed;
}

/*
 * "## Pre-Deployment Checklist" over "### 1. Environment Setup ✓" (its
 * boxes none ticked), "### 2. Configuration Preparation ✓" (commands to
 * run): a ticked heading over boxes still open shows what its group's
 * ticks mean, the steps of a procedure, no results.
 */
bool imp_marks_name_steps(const imp *im, const unsigned char *boxed,
			  size_t from, size_t end, int child)
{
	for (size_t s = from; s < end; s++)
		if (im->r->sections[s].level == child && boxed[s] == 2 &&
		    im->sx[s].stated_known && im->sx[s].stated == PRR_PASS)
			return true;
	return false;
}

bool imp_colour_rating(const char *name, const char *value)
{
	static const char *const labels[] = { "rating", "rag", "rag status",
		"rag rating", NULL };
	static const char *const colours[] = { "red", "amber", "yellow",
		"green", NULL };
	size_t w = 0;
	while (*value == '*' || *value == '_')
		value++;
	while (isalpha((unsigned char)value[w]))
		w++;
	return imp_is_one_of(name, strlen(name), labels) &&
	       imp_is_one_of(value, w, colours);
}
