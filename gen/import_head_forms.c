/* import_head_forms.c - the forms a verdict takes besides a labelled
 * line or a sentence (import_head.c reads those): a reviewer's dated
 * sign-off, a question of readiness answered (in a label or by the line
 * under a heading that asks it), a go-ahead told in a verb, a decision
 * replaced later in the day or said to hold now, an "Overall" row, a
 * callout's title, an option ticked among verdicts ("- [x] No-go");
 * the headline's best candidates swapped with those of code. */
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_verdict.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* "Review (@dkim, tech lead), 2026-07-15: Approved.": a reviewer's
 * sign-off, dated in its label: the review's day (as a weak date label),
 * and its word the verdict where nothing stronger states one. */
void imp_head_sign_off(imp *im, prr_str label, prr_str value, int line)
{
	static const char *const words[] = { "review", "approval", "sign-off",
		"signoff", "sign off", NULL };
	bool opens = false;
	for (int k = 0; words[k] && !opens; k++)
		opens = imp_starts_with_ci(label.p, label.n, words[k]);
	prr_date_hit day;
	if (!opens || label.n > 80 || !imp_date_find(im, label.p, label.n, &day))
		return;
	/* the day ends the label, after who signed: not "Review of the
	 * 2026-07-15 incident" */
	size_t end = day.at + day.len;
	while (end < label.n && (label.p[end] == ' ' || label.p[end] == '*'))
		end++;
	if (end < label.n || imp_contains_ci_n(label.p, day.at, " of "))
		return;
	imp_date_take(im, &day, 4, line);
	prr_str v = imp_head_bare_value(value);
	if (v.n)
		imp_head_candidate(im, v.p, v.n, 5, line);
}

/* "Ready for 100%: **No**" (a readiness asked, answered yes or no; a
 * verdict's label too: "Verdict: NO"), "Overall RAG: A" (a RAG status in one letter) and "**Release:
 * NO-GO**" (the event, answered by a gate's word and nothing else; not
 * "Release: 2.4.1"): the verdict at `rank`. */
void imp_head_answered_label(imp *im, prr_str label, prr_str value, int rank,
			   int line)
{
	static const char *const yes[] = { "yes", "ja", "sí", "sì", "si", "oui", "sim", NULL };
	static const char *const no[] = { "no", "nein", "non", "não", NULL };
	static const char *const events[] = { "release", "go-live", "go live",
		"launch", "rollout", "cutover", NULL };
	static const char *const gates[] = { "go", "no-go", "no go", "nogo",
		"conditional go", NULL };
	static const char *const recommended[] = { "recommended",
		"highly recommended", "strongly recommended", NULL };
	/* a readiness asked in one adjective: "## Shippable: **NO**" */
	static const char *const able[] = { "shippable", "deployable",
		"releasable", "launchable", NULL };
	/* a heading's, under one that closes: "## Recommendation" then
	 * "### Ready for Production: ✅ **HIGHLY RECOMMENDED**" */
	if (!rank && im->n_hs >= 2 && imp_head_closing(im->hs[im->n_hs - 2].title))
		rank = 4;
	/* (a heading that asks it in one adjective is the review's
	 * answer: "## Shippable: **NO**") */
	if (!rank && imp_is_one_of(label.p, label.n, able))
		rank = 4;
	if (rank <= im->verdict_rank || label.n > 40)
		return;
	prr_str v = imp_head_bare_value(value);
	/* (its mark before the answer: "✅ YES", "❌ NO") */
	int mark = v.n > 3 && !memcmp(v.p, "\xE2\x9C\x85", 3) ? 1
		 : v.n > 3 && !memcmp(v.p, "\xE2\x9D\x8C", 3) ? 2 : 0;
	if (mark)
		v = imp_head_bare_value((prr_str){ v.p + 3, v.n - 3 });
	prr_level l = PRR_LEVEL_UNKNOWN;
	if (imp_is_one_of(label.p, label.n, events) &&
	    imp_is_one_of(v.p, v.n, gates)) {
		l = prr_rec_verdict(v.p, v.n, NULL, NULL);
	} else if (v.n == 1 && imp_head_rag_label(label)) {
		l = *v.p == 'G' ? PRR_LEVEL_READY : *v.p == 'A' ? PRR_LEVEL_PARTIAL
			: *v.p == 'R' ? PRR_LEVEL_NOT_READY : PRR_LEVEL_UNKNOWN;
	} else if (imp_starts_with_ci(label.p, label.n, "ready") ||
	    imp_starts_with_ci(label.p, label.n, "production ready") ||
	    imp_is_one_of(label.p, label.n, able) ||
	    /* "Verdict: NO", "Veredicto: NO": a verdict's label answered */
	    prr_rec_verdict_label(label.p, label.n) == 2) {
		for (int k = 0; yes[k]; k++)
			if (strlen(yes[k]) == v.n && strncasecmp(v.p, yes[k], v.n) == 0)
				l = PRR_LEVEL_READY;
		for (int k = 0; no[k]; k++)
			if (strlen(no[k]) == v.n && strncasecmp(v.p, no[k], v.n) == 0)
				l = PRR_LEVEL_NOT_READY;
		/* "Ready for Production: ✅ **HIGHLY RECOMMENDED**" */
		if (imp_is_one_of(v.p, v.n, recommended))
			l = PRR_LEVEL_READY;
		else if (v.n == 15 && strncasecmp(v.p, "not recommended", 15) == 0)
			l = PRR_LEVEL_NOT_READY;
	}
	if (l != PRR_LEVEL_UNKNOWN && !(mark == 1 && l != PRR_LEVEL_READY) &&
	    !(mark == 2 && l != PRR_LEVEL_NOT_READY))
		imp_head_take(im, l, label.p, (size_t)(v.p + v.n - label.p), rank, line);
}

/* The time of day s[0..n) gives ("Decision (10:40)"), as minutes + 1,
 * or 0. */
int imp_head_time_of_day(const char *s, size_t n)
{
	for (size_t i = 1; i + 2 < n; i++) {
		if (s[i] != ':' || !isdigit((unsigned char)s[i - 1]) ||
		    !isdigit((unsigned char)s[i + 1]) || !isdigit((unsigned char)s[i + 2]))
			continue;
		int h = s[i - 1] - '0';
		if (i >= 2 && isdigit((unsigned char)s[i - 2]))
			h += 10 * (s[i - 2] - '0');
		int m = 10 * (s[i + 1] - '0') + (s[i + 2] - '0');
		return h < 24 && m < 60 ? h * 60 + m + 1 : 0;
	}
	return 0;
}

/* A day as a number that grows with it. */
static long day_number(const char *iso)
{
	return atol(iso) * 372 + atol(iso + 5) * 31 + atol(iso + 8);
}

/* "**@mhalvorsen** reviewed on Mar 13, 2026" (GitHub's header of a pull
 * request's review or comment): a handle, a verb, and the day that ends
 * the line, as a day number in *day. */
static bool pr_review_header(imp *im, const char *s, size_t n, long *day)
{
	static const char *const verbs[] = { "reviewed on ", "commented on ",
		"approved these changes on ", "requested changes on ", NULL };
	size_t i = 0;
	while (i < n && s[i] == '*')
		i++;
	if (n > 80 || i >= n || s[i] != '@')
		return false;
	while (i < n && s[i] != ' ')
		i++;
	while (i < n && s[i] == ' ')
		i++;
	size_t w = 0;
	for (int k = 0; verbs[k] && !w; k++)
		if (imp_starts_with_ci(s + i, n - i, verbs[k]))
			w = strlen(verbs[k]);
	prr_date_hit hit;
	if (!w || !imp_date_find(im, s + i + w, n - i - w, &hit) ||
	    hit.prec != PRR_DATE_DAY || hit.at)
		return false;
	size_t end = i + w + hit.len;
	while (end < n && (s[end] == ' ' || s[end] == '*'))
		end++;
	*day = day_number(hit.date);
	return end == n;
}

void imp_head_message_stamp(imp *im, const char *s, size_t n, int line)
{
	int t;
	prr_str label, value;
	long pr_day;
	/* the review under a pull request's review header (the line after
	 * the blank one, quoted or not): its first paragraph signs off, at
	 * the rank of "**Review (@dkim), 2026-07-15:** Approved.", and a
	 * later review's words replace it ("LGTM, pending SEC-88" on the
	 * 13th, "Not approving this PR until …" on the 16th) */
	if (im->pr_review_line && line > im->pr_review_line &&
	    line <= im->pr_review_line + 2 &&
	    (im->verdict_rank < 5 || (im->verdict_rank == 5 && im->verdict_stamp &&
				      im->pr_review_stamp > im->verdict_stamp))) {
		size_t bn = im->para && s == im->para && im->para_n > n ? im->para_n : n;
		prr_str v = imp_head_bare_value((prr_str){ s, bn });
		im->cand_stamp = im->pr_review_stamp;
		imp_head_take(im, imp_head_words_level(v.p, v.n), v.p, v.n, 5, line);
		im->cand_stamp = 0;
	}
	im->pr_review_line = 0;
	if (pr_review_header(im, s, n, &pr_day)) {
		im->pr_review_line = line;
		im->pr_review_stamp = pr_day * 1440 + 1;
		return;
	}
	/* (a field's time, "Window: 02:00–04:00", stamps no message) */
	if (n > 80 || !(t = imp_head_time_of_day(s, n)) ||
	    imp_head_label_of(s, n, &label, &value))
		return;
	prr_date_hit day;
	if (imp_date_find(im, s, n, &day) && day.prec == PRR_DATE_DAY)
		im->msg_day = day_number(day.date);
	im->msg_stamp = im->msg_day * 1440 + t;
}

long imp_head_stamp_of(imp *im, prr_str label)
{
	int t = imp_head_time_of_day(label.p, label.n);
	return t ? im->msg_day * 1440 + t : im->msg_stamp;
}

/* The longest run of a paragraph's lines an update's value is read on
 * to (bytes past its first line). */
#define UPDATE_MAX 1024

/* Whether s[0..n) states its verdict as an update may: in bold (not a
 * check's word alone: "load test **passed**"), said to hold now, or in
 * a sentence that names the verdict or the decision ("Verdict changed to
 * GO"). */
static bool update_states(const char *s, size_t n)
{
	static const char *const checks[] = { "pass", "passed", "fail",
		"failed", "met", NULL };
	size_t at, len, a, b;
	if (prr_rec_verdict_now(s, n))
		return true;
	imp_head_verdict_sentences(s, n, &a, &b);
	if (imp_contains_ci_n(s + a, b - a, "verdict") ||
	    imp_contains_ci_n(s + a, b - a, "decision"))
		return true;
	for (size_t i = imp_bold_at(s, n, 0); i < n;) {
		size_t e = imp_bold_at(s, n, i + 2);
		if (e >= n)
			break;
		if (prr_rec_verdict(s + i + 2, e - i - 2, &at, &len) !=
			    PRR_LEVEL_UNKNOWN &&
		    !imp_is_one_of(s + i + 2 + at, len, checks))
			return true;
		i = imp_bold_at(s, n, e + 2);
	}
	return false;
}

/*
 * "UPDATE 2026-03-02: SKY-311 fix deployed … Verdict changed to **GO**
 * …", "> **UPDATE 2026-03-05 (Rosa):** … The cutover is **postponed —
 * NO-GO** …": an update's label (not dated before the review), its value
 * in *v read on over its paragraph's lines; the verdict it states
 * (update_states) holds now.
 */
static bool update_value(imp *im, const char *s, size_t n, prr_str *v)
{
	if (!imp_head_update_label(s, n, v) ||
	    imp_head_dated_before(im, s, (size_t)(v->p - s)))
		return false;
	/* (on over the paragraph's next lines up to one that is a field
	 * of its own, "Owner: Kim", or another update) */
	const char *end = s + n, *stop = end;
	if (im->para && s >= im->para && end <= im->para + im->para_n)
		stop = im->para + im->para_n;
	if ((size_t)(stop - end) > UPDATE_MAX)
		stop = end + UPDATE_MAX;
	while (end < stop) {
		const char *p = end + 1, *nl = memchr(p, '\n', (size_t)(stop - p));
		size_t k = nl ? (size_t)(nl - p) : (size_t)(stop - p);
		prr_str label, value;
		if (!k || imp_head_label_of(p, k, &label, &value))
			break;
		end = p + k;
	}
	v->n = (size_t)(end - v->p);
	return true;
}

/*
 * "Status: GO for web and iOS." then, on the paragraph's next line,
 * "Android is NO-GO.": a part refused right under the go, in its
 * paragraph, is read with it, as on one line (partial); a line that is a
 * field of its own ("Owner: Kim") is not.
 */
static void part_on_next_line(imp *im, const char *s, size_t n, int line)
{
	prr_str label, value;
	if (im->para && s > im->para && s < im->para + im->para_n &&
	    im->verdict_line == line - 1 && !imp_head_label_of(s, n, &label, &value))
		imp_head_part_refused(im, s, imp_head_sentence_on(im, s, n),
				      im->verdict_rank);
}

/* Level `l`, stated by the sentences of s[0..n) that hold it on `line`,
 * replaces the verdict read, at the rank it had. */
static void replace_verdict(imp *im, prr_level l, const char *s, size_t n,
			    int line)
{
	size_t a, b;
	imp_head_verdict_sentences(s, n, &a, &b);
	im->verdict = l;
	im->verdict_line = line;
	im->verdict_plain = false;
	im->verdict_stamp = 0;
	im->verdict_text = imp_clean(im, s + a, b - a);
}

/*
 * "Update 14:00: now **GO**." after "Decision (10:40): **NO-GO**": a
 * verdict said to hold now, or stated by an update (update_value), later
 * in the document than the one read, replaces it (at the rank it had,
 * which a stronger candidate after it may still outrank); a part refused
 * on its next line joins it (part_on_next_line).
 */
void imp_head_now_holds(imp *im, const char *s, size_t n, int line)
{
	prr_str v;
	if (im->verdict == PRR_LEVEL_UNKNOWN || line <= im->verdict_line ||
	    im->quoting)
		return;
	part_on_next_line(im, s, n, line);
	bool update = update_value(im, s, n, &v);
	/* (not a part's, in its section: "### Finding 2" … "**Retest:**
	 * marked remediated … (SVGs now rejected by extension)") */
	if (update)
		s = v.p, n = v.n;
	else if (!prr_rec_verdict_now(s, n) || imp_head_in_part(im))
		return;
	prr_level l = imp_head_words_level(s, n);
	if (l == PRR_LEVEL_UNKNOWN || l == im->verdict ||
	    (update && !update_states(s, n)))
		return;
	replace_verdict(im, l, s, n, line);
}

/* Whether heading `t` opens a revision of the verdict: "Revised
 * verdict", "5.2 Updated decision", "Final verdict (after the load
 * test)"; a qualifier, then the verdict's name. */
static bool revising_heading(const char *t)
{
	static const char *const quals[] = { "revised ", "updated ",
		"amended ", "corrected ", "final ", NULL };
	static const char *const names[] = { "verdict", "decision",
		"recommendation", "assessment", "call", "outcome", NULL };
	size_t n = strlen(t);
	for (int q = 0; quals[q]; q++) {
		const char *at = imp_find_ci_n(t, n, quals[q]);
		if (!at || (at > t && isalpha((unsigned char)at[-1])))
			continue;
		const char *w = at + strlen(quals[q]);
		size_t e = 0;
		while (w + e < t + n && isalpha((unsigned char)w[e]))
			e++;
		if (imp_is_one_of(w, e, names))
			return true;
	}
	return false;
}

/* "This supersedes the verdict in §1, which was written before the load
 * test.": a sentence that says it replaces the verdict. */
static bool supersedes(const char *s, size_t n)
{
	static const char *const names[] = { "verdict", "decision",
		"recommendation", "assessment", NULL };
	if (n > 400 || !imp_contains_ci_n(s, n, "supersede"))
		return false;
	for (int k = 0; names[k]; k++)
		if (imp_contains_ci_n(s, n, names[k]))
			return true;
	return false;
}

/*
 * "### Revised verdict" (or updated, amended, final) or "This supersedes
 * the verdict in §1 …" after "**Verdict: READY for the 2026-07-20
 * launch.**": the first verdict stated after it in its section (and the
 * sections under it), "**CONDITIONAL GO** — the 10 % launch may go ahead
 * …", replaces the one read before it, as an update's does (at the rank
 * it had).  The revision closes with its section.
 */
void imp_head_revised(imp *im, const char *s, size_t n, int line,
		      imp_line_kind kind)
{
	bool open = false;
	for (int k = 0; k < im->n_hs && im->revise_line && !open; k++)
		open = im->hs[k].sec + 1 == im->revise_sec;
	if (!open)
		im->revise_line = 0;
	if (!im->n_hs || (kind != IMP_LINE_TEXT && kind != IMP_LINE_HEADING))
		return;
	if ((kind == IMP_LINE_HEADING && revising_heading(im->hs[im->n_hs - 1].title)) ||
	    (kind == IMP_LINE_TEXT && !im->revise_line && supersedes(s, n))) {
		im->revise_sec = im->hs[im->n_hs - 1].sec + 1;
		im->revise_line = line;
	}
	/* (not a lead-in's: "Before we call it ready:") */
	if (!im->revise_line || im->verdict == PRR_LEVEL_UNKNOWN || im->quoting ||
	    im->verdict_line >= im->revise_line || s[n - 1] == ':')
		return;
	/* (the line asked first, then its sentence to its end, if wrapped:
	 * each line of a long paragraph reads a line, not its sentence) */
	if (imp_head_level_now(im, s, n, false) == PRR_LEVEL_UNKNOWN)
		return;
	if (kind == IMP_LINE_TEXT)
		n = imp_head_sentence_on(im, s, n);
	prr_level l = imp_head_level_now(im, s, n, false);
	im->revise_line = 0;
	if (l != im->verdict && l != PRR_LEVEL_UNKNOWN)
		replace_verdict(im, l, s, n, line);
}

/*
 * "Launch ramp **approved with conditions**:" leads into the conditions
 * under "## Decision": its words in bold decide, as a candidate of rank
 * 3.  After a go read plainly before it ("**Readiness Status:**
 * PRODUCTION READY"), "**APPROVED FOR PRODUCTION DEPLOYMENT** with the
 * following conditions:" makes that go conditional: partial, at the
 * rank the go had.
 */
void imp_head_lead_in(imp *im, const char *s, size_t n, int line)
{
	size_t a = imp_bold_at(s, n, 0), b = a < n ? imp_bold_at(s, n, a + 2) : n;
	if (b >= n || b <= a + 2 || s[b - 1] == ':' ||
	    imp_head_words_level(s + a + 2, b - a - 2) == PRR_LEVEL_UNKNOWN)
		return;
	/* (the bold in a sentence before the lead-in's is quoted to the
	 * last stop before it: "The tool is **ready** for pilots. It can
	 * now:" leads into a list, no terms) */
	size_t e = n - 1;
	for (size_t k = b + 2; k + 2 < n; k++)
		if (strchr(".!?", s[k]) && s[k + 1] == ' ' &&
		    !(s[k] == '.' && imp_head_dotted_number(s, n, k)))
			e = k + 1;
	if (im->verdict_rank < 3)
		imp_head_candidate(im, s, e, 3, line);
	else if (im->verdict == PRR_LEVEL_READY && !im->quoting &&
		 line > im->verdict_line &&
		 imp_head_level_now(im, s, e, false) == PRR_LEVEL_PARTIAL)
		replace_verdict(im, PRR_LEVEL_PARTIAL, s, e, line);
}

void imp_head_status_dated(imp *im, const char *s, size_t n,
			   const prr_date_hit *day, int line)
{
	size_t a = 0, e = day->at + day->len;
	while (a < n && (s[a] == '*' || s[a] == '_'))
		a++;
	if (!imp_starts_with_ci(s + a, n - a, "status") || e >= n || s[e] != '.')
		return;
	for (a = e + 1; a < n && (s[a] == ' ' || s[a] == '*' || s[a] == '_');)
		a++;
	/* (the next sentence, to its stop) */
	for (e = a; e < n && !(strchr(".!?", s[e]) && (e + 1 == n || strchr(" *_", s[e + 1])));)
		e++;
	while (e < n && strchr(".!?*_", s[e]))
		e++;
	if (e > a)
		imp_head_take(im, imp_head_words_level(s + a, e - a), s + a, e - a, 5, line);
}

/* "**Stand 2026-07-18: A 0/9 · B 0/5 · C 1/7 (C7) → NIET LIVE.**": a
 * status line of a day, wherever it stands; its day dates the review
 * where nothing above did (near the top, imp_date_as_of does), and the
 * verdict after its last arrow, ending it, is the status as of then. */
void imp_head_status_line(imp *im, const char *s, size_t n, int line,
			  imp_line_kind kind, bool top)
{
	static const char *const words[] = { "status", "stand", NULL };
	if (kind != IMP_LINE_TEXT)
		return;
	size_t a = 0;
	while (a < n && (s[a] == '*' || s[a] == '_'))
		a++;
	size_t w = a;
	while (w < n && s[w] != ' ')
		w++;
	prr_date_hit day;
	if (w == n || !imp_is_one_of(s + a, w - a, words) ||
	    !imp_date_find(im, s + w + 1, n - w - 1, &day) || day.at ||
	    day.prec != PRR_DATE_DAY)
		return;
	size_t e = w + 1 + day.len;
	if (e >= n || s[e] != ':')
		return;
	day.at = w + 1;
	if (!top && im->date_rank < 1)
		imp_date_take(im, &day, 4, line);
	const char *arrow = NULL;
	for (const char *p = s + e; (p = imp_find_ci_n(p, n - (size_t)(p - s), "\xE2\x86\x92"));
	     p += 3)
		arrow = p + 3;
	if (!arrow)
		return;
	while (arrow < s + n && *arrow == ' ')
		arrow++;
	size_t k = n - (size_t)(arrow - s);
	while (k && strchr(".*_ ", arrow[k - 1]))
		k--;
	prr_level l = prr_rec_verdict(arrow, k, NULL, NULL);
	if (k && l != PRR_LEVEL_UNKNOWN)
		imp_head_take(im, l, arrow, k, 5, line);
}

bool imp_head_icons_after(const char *s, size_t n, size_t i)
{
	if (i > n)
		return false;
	for (; i < n; i++)
		if (imp_letter_byte((unsigned char)s[i]) || isdigit((unsigned char)s[i]))
			return false;
	return true;
}

size_t imp_head_icon_lead(const char *s, size_t n)
{
	uint32_t cp;
	int m = n ? prr_utf8_decode((const unsigned char *)s, n, &cp) : 0;
	if (m > 0 && cp >= 0x2190 && (size_t)m + 4 < n &&
	    memcmp(s + m, "\xEF\xB8\x8F", 3) == 0)
		m += 3; /* (its variation selector, U+FE0F) */
	if (m > 0 && cp >= 0x2190 && (size_t)m + 1 < n && s[m] == ' ')
		return (size_t)m + 1;
	return 0;
}

/*
 * "**Recommendation:** launch on 7 May as planned, provided SKY-311's fix
 * ships": a decision's value that tells to go ahead, in a verb and no
 * verdict word, is a go, partial where it is hedged.
 */
void imp_head_go_ahead(imp *im, const char *s, size_t n, int rank, int line)
{
	static const char *const verbs[] = { "launch", "ship", "proceed",
		"go live", "go ahead", "release", "roll out", NULL };
	prr_str v = imp_head_bare_value((prr_str){ s, n });
	if (rank <= im->verdict_rank ||
	    imp_head_label_level(s, n) != PRR_LEVEL_UNKNOWN)
		return;
	/* (the verb's next word says when or how: not "release notes") */
	static const char *const next[] = { "on", "as", "now", "today", "this",
		"next", "in", "with", "at", "to", "from", NULL };
	for (int k = 0; verbs[k]; k++) {
		size_t w = strlen(verbs[k]), e = w + 1;
		while (e < v.n && isalpha((unsigned char)v.p[e]))
			e++;
		if (v.n > w && strncasecmp(v.p, verbs[k], w) == 0 && v.p[w] == ' ' &&
		    imp_is_one_of(v.p + w + 1, e - w - 1, next) &&
		    /* (not a piece of work next: "Proceed with Priority 1:
		     * Security") */
		    !prr_rec_verdict_work_next(v.p, v.n, w)) {
			imp_head_take(im, prr_rec_verdict_hedged(s, n) ? PRR_LEVEL_PARTIAL
								      : PRR_LEVEL_READY,
				     s, n, rank, line);
			return;
		}
	}
}

/* "## Success Criteria" … "### Phase 1: Production Deployment" …
 * "**Go/No-Go**: Fortune-500 pilot ready": under a heading of criteria
 * or goals, a gate's label whose value gives no gate's answer (no "GO"
 * or "NO-GO") names what must hold to pass it, a goal, no verdict. */
bool imp_head_goal_gate(const imp *im, prr_str label, prr_str value)
{
	static const char *const goals[] = { "success criteria",
		"success metrics", "exit criteria", "acceptance criteria",
		"criteria for success", "definition of done", "goals",
		"objectives", "targets", NULL };
	if (!imp_contains_ci_n(label.p, label.n, "go/no-go") &&
	    !imp_contains_ci_n(label.p, label.n, "go-no-go") &&
	    !imp_contains_ci_n(label.p, label.n, "go / no-go"))
		return false;
	for (size_t i = 0; i + 2 <= value.n; i++) /* "GO", "NO-GO" */
		if (strncasecmp(value.p + i, "go", 2) == 0 &&
		    (i == 0 || !isalpha((unsigned char)value.p[i - 1])) &&
		    (i + 2 == value.n || !isalpha((unsigned char)value.p[i + 2])))
			return false;
	for (int k = 0; k < im->n_hs; k++)
		for (int g = 0; goals[g]; g++)
			if (im->hs[k].title &&
			    imp_contains_ci_n(im->hs[k].title, strlen(im->hs[k].title), goals[g]))
				return true;
	return false;
}

/* "Production readiness: NOT READY" as the document's last line, under
 * whatever heading ("### Quick wins"): a label of the readiness of
 * production or launch, and nothing after it but blank lines. */
bool imp_head_closing_field(const imp *im, prr_str label, const char *s, size_t n)
{
	if (!imp_contains_ci_n(label.p, label.n, "production") &&
	    !imp_contains_ci_n(label.p, label.n, "launch"))
		return false;
	return imp_head_last_line(im, s, n);
}

bool imp_head_last_line(const imp *im, const char *s, size_t n)
{
	/* (the line read is a copy: the document's last line, its trailing
	 * blanks and emphasis aside, ends with it) */
	const char *e = im->src ? im->src + im->len : NULL;
	while (e && e > im->src && strchr(" \t\r\n*_", e[-1]))
		e--;
	while (n && strchr(" \t\r*_", s[n - 1]))
		n--;
	if (!e || !n || (size_t)(e - im->src) < n || memcmp(e - n, s, n) != 0)
		return false;
	return !memchr(e - n, '\n', n);
}

void imp_head_logged_decision(imp *im, const char *date, const char *value,
			      int line)
{
	memcpy(im->logged.date, date, sizeof im->logged.date);
	im->logged.text = value;
	im->logged.line = line;
}

bool imp_head_total_row(imp *im, const char *name, const char *value,
			int line)
{
	/* "Overall", not "Total" or "Average": those sum figures up */
	/* (its marks alone too: "| **Overall** | **69%** | **⚠️** |"); a
	 * Total's status only in words: "| **Total** | **8** | **12** | **🟡
	 * CONDITIONAL** |" */
	prr_level l = imp_head_label_level(value, strlen(value));
	if (imp_starts_with_ci(name, strlen(name), "total") &&
	    strlen(name) == 5 && prr_status_lead(value, strlen(value)) < strlen(value))
		l = imp_head_words_level(value, strlen(value));
	else if (!imp_starts_with_ci(name, strlen(name), "overall"))
		return false;
	if (l == PRR_LEVEL_UNKNOWN)
		return false;
	if (!im->total_row.line && !im->quoting) {
		im->total_row.level = l;
		im->total_row.text = value;
		im->total_row.line = line;
	}
	return true;
}

/* "| **Overall** | **69 %** | **Green** |" sums a scorecard up; "We call
 * this **ready for tier-2/3, not ready for tier-1**" under "## Outcome"
 * is the review's own word, and outranks it. */
void imp_head_total_row_finish(imp *im)
{
	const char *v = im->total_row.text;
	int line = im->total_row.line;
	if (!line)
		return;
	if (im->verdict_rank > 6 || (im->verdict_rank == 6 && im->verdict_line < line) ||
	    (im->verdict_rank && im->verdict_closes == im->verdict_line)) {
		if (im->verdict != im->total_row.level)
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map, line, 1,
				     "this Overall row states another verdict than "
				     "line %d's: read line %d's, stated %s",
				     im->verdict_line, im->verdict_line,
				     im->verdict_closes == im->verdict_line
					     ? "under a heading that decides or concludes"
					     : "more strongly");
		return;
	}
	/* (a verdict as strong after it: the first is read, the other said) */
	if (im->verdict_rank == 6 && im->verdict != im->total_row.level &&
	    !im->verdict_rival)
		im->verdict_rival = im->verdict_line;
	im->verdict_rank = 0;
	imp_head_take(im, im->total_row.level, v, strlen(v), 6, line);
}

/*
 * "- [x] Approved for launch" (or "- [ ] Approved for launch") among the
 * boxes of a sign-off: the approval of the launch itself, ticked a go,
 * not ticked none yet given (weakly: any verdict stated outranks it).  A
 * role's sign-off ("- [x] QA sign-off") is that role's, no verdict.
 */
void imp_head_approval_box(imp *im, const item *items, size_t n)
{
	static const char *const what[] = { "launch", "production", "release",
		"go-live", "rollout", "ga", "deployment", NULL };
	for (size_t k = 0; k < n; k++) {
		const item *it = &items[k];
		if (!it->task || it->struck || it->raw_n > 40)
			continue;
		prr_str v = imp_head_bare_value((prr_str){ it->raw, it->raw_n });
		size_t w = 0;
		if (v.n > 13 && strncasecmp(v.p, "approved for ", 13) == 0)
			w = 13;
		while (w && w < v.n && v.p[w] == ' ')
			w++;
		if (!w || !imp_is_one_of(v.p + w, v.n - w, what))
			continue;
		bool yes = it->task == 'x';
		const char *t = prr_arena_printf(im->a, "[%c] %.*s", yes ? 'x' : ' ',
						 (int)it->raw_n, it->raw);
		imp_head_take(im, yes ? PRR_LEVEL_READY : PRR_LEVEL_NOT_READY, t,
			      strlen(t), yes ? 4 : 2, it->line);
		return;
	}
}

/* The title of callout line s[0..n): after GitHub's and Obsidian's
 * "[!failure]", Docusaurus' ":::danger", MkDocs' "!!! danger" (its quotes
 * off); its length from *t, or 0. */
static size_t callout_title(const char *s, size_t n, const char **t)
{
	size_t k;
	if (n > 4 && s[0] == '[' && s[1] == '!') {
		const char *e = memchr(s, ']', n < 24 ? n : 24);
		if (!e)
			return 0;
		k = (size_t)(e - s) + 1;
		if (k < n && (s[k] == '-' || s[k] == '+'))
			k++; /* Obsidian's folding: "[!note]-" */
	} else if (n > 4 && (memcmp(s, ":::", 3) == 0 || memcmp(s, "!!! ", 4) == 0 ||
			     memcmp(s, "??? ", 4) == 0)) {
		k = s[0] == ':' ? 3 : 4;
		while (k < n && s[k] != ' ')
			k++; /* the kind */
	} else {
		return 0;
	}
	while (k < n && (s[k] == ' ' || s[k] == '"'))
		k++;
	size_t e = n;
	while (e > k && (s[e - 1] == ' ' || s[e - 1] == '"'))
		e--;
	*t = s + k;
	return e - k;
}

bool imp_head_callout(imp *im, const char *s, size_t n, int line, bool states)
{
	const char *t;
	size_t tn = callout_title(s, n, &t);
	/* (words in bold, "[!WARNING] **NO-GO** until …", are read as
	 * such; a title is short) */
	if (!tn || tn > 80 || memchr(t, '*', tn) || imp_head_reports_earlier(im, t, tn))
		return false;
	/* "iOS — Ready": a part's name, a dash, its level */
	const char *dash = imp_find_ci_n(t, tn, " \xE2\x80\x94 ");
	if ((!dash || !im->callout_part) && (!states || im->verdict_rank >= 4))
		return false; /* (nothing it could change) */
	size_t after = dash ? (size_t)(dash - t) + 5 : 0;
	prr_level l = imp_head_words_level(t + after, tn - after);
	if (l == PRR_LEVEL_UNKNOWN)
		return false;
	if (dash && im->callout_part && im->verdict_line == im->callout_part &&
	    l != im->verdict && !im->quoting) {
		im->verdict = PRR_LEVEL_PARTIAL;
		im->verdict_text = prr_arena_printf(im->a, "%s; %s", im->verdict_text,
						    imp_clean(im, t, tn));
		im->verdict_line = im->callout_part = line;
		return true;
	}
	if (states && im->verdict_rank < 4) {
		imp_head_candidate(im, t, tn, 4, line);
		if (dash && im->verdict_line == line)
			im->callout_part = line;
	}
	return true;
}

bool imp_head_bold_waits(const char *b, size_t k, const char *s, size_t n)
{
	/* (a sentence of a reader's length: each word in bold of a
	 * paragraph asks it, so a longer one is not read whole each time) */
	return n <= 400 && prr_rec_verdict(b, k, NULL, NULL) != PRR_LEVEL_UNKNOWN &&
	       prr_rec_verdict(s, n, NULL, NULL) == PRR_LEVEL_UNKNOWN &&
	       prr_rec_verdict_hedged(s, n);
}

bool imp_head_decision_boxes(imp *im, const item *items, size_t n)
{
	if (n < 2 || !imp_head_in_verdict_section(im))
		return false;
	const item *ticked = NULL;
	for (size_t k = 0; k < n; k++) {
		const item *it = &items[k];
		size_t at, len;
		if (!it->task || it->raw_n > 48 ||
		    prr_rec_verdict(it->raw, it->raw_n, &at, &len) == PRR_LEVEL_UNKNOWN)
			return false;
		if (it->task == 'x' && !it->struck) { /* "[x] ~~GO~~": taken back */
			if (ticked)
				return false; /* two chosen: no choice */
			ticked = it;
		}
	}
	if (ticked)
		imp_head_take(im, imp_head_words_level(ticked->raw, ticked->raw_n),
			     ticked->raw, ticked->raw_n, 7, ticked->line);
	return true;
}

/* The level a rule of a decision states: a level, then the condition it
 * is given on ("**NOT READY** — if any tier-0 check fails.", "READY:
 * when all tier-0 checks pass"); unknown for any other line. */
static prr_level rule_level(const char *s, size_t n)
{
	static const char *const conds[] = { "if", "when", "unless", NULL };
	size_t i = 0;
	while (i < n && (s[i] == '*' || s[i] == '_' || s[i] == ' '))
		i++;
	for (size_t j = i + 1; j + 1 < n && j < i + 48; j++) {
		size_t w = j;
		while (w < n && isalpha((unsigned char)s[w]))
			w++;
		if (s[j - 1] != ' ' || !imp_is_one_of(s + j, w - j, conds))
			continue;
		/* the level's words before it, and only marks between */
		size_t e = j, at, len;
		while (e > i && (strchr(" *_:,-", s[e - 1]) ||
				 (e - i >= 3 && (!memcmp(s + e - 3, "\xE2\x80\x94", 3) ||
						 !memcmp(s + e - 3, "\xE2\x80\x93", 3)))))
			e -= strchr(" *_:,-", s[e - 1]) ? 1 : 3;
		prr_level l = prr_rec_verdict(s + i, e - i, &at, &len);
		return l != PRR_LEVEL_UNKNOWN && at == 0 && len == e - i ? l
									 : PRR_LEVEL_UNKNOWN;
	}
	return PRR_LEVEL_UNKNOWN;
}

/*
 * "**NOT READY** — if any tier-0 check fails." then "**READY** — if all
 * tier-0 checks pass.": the rules a decision follows, each level with its
 * condition, two levels or more on lines side by side (blank lines
 * between them or not; 16 at most), state no verdict (as a scale of
 * levels does not).  One alone is a verdict on a condition ("GO, if the
 * DPIA is signed").  Whether paragraph node i is all such rules, read in
 * the source from its first line on (the paragraphs after it are not
 * parsed yet); a run found is kept for them.
 */
bool imp_head_rules(imp *im, size_t i)
{
	const node *nd = &im->nodes[i];
	if (nd->first == NONE || nd->last <= nd->first)
		return false;
	if (nd->first >= im->rule_from && nd->last <= im->rule_to)
		return true;
	size_t a = nd->first, end = a;
	while (a && im->src[a - 1] != '\n')
		a--;
	unsigned seen = 0;
	for (int lines = 0; a < im->len && lines < 16; lines++) {
		const char *nl = memchr(im->src + a, '\n', im->len - a);
		size_t b = nl ? (size_t)(nl - im->src) : im->len, e = b;
		while (e > a && (im->src[e - 1] == '\r' || im->src[e - 1] == ' '))
			e--;
		if (e > a) {
			prr_level l = rule_level(im->src + a, e - a);
			if (l == PRR_LEVEL_UNKNOWN)
				break;
			seen |= 1u << l;
			end = e;
		}
		a = b + 1;
	}
	if (end < nd->last || !(seen & (seen - 1)))
		return false;
	im->rule_from = nd->first;
	im->rule_to = end;
	return true;
}

/*
 * A verdict in bold inside a paragraph that says more across its lines:
 * "We are **ready for production** from an infra standpoint. However,
 * the data / team has **not signed off** …, so the launch is on hold."
 * Where the whole paragraph states another level, that is the verdict,
 * in the paragraph's words.
 */
void imp_head_in_its_paragraph(imp *im)
{
	/* (a ready the rest takes back; a partial or a refusal in bold is
	 * already the hedged word: "**approved with conditions** for the
	 * secondary channel. It is *not* approved as the primary"; but a
	 * part's refusal beside a go: "We are going ahead with the **pilot
	 * fleet** … The **full-fleet rollout is not ready**", partial) */
	bool part = im->verdict == PRR_LEVEL_NOT_READY && im->verdict_text &&
		    prr_rec_verdict_of_part(im->verdict_text, strlen(im->verdict_text));
	if (!im->para || !memchr(im->para, '\n', im->para_n) ||
	    (im->verdict != PRR_LEVEL_READY && !part))
		return;
	prr_level l = imp_head_level_now(im, im->para, im->para_n, false);
	if (l == PRR_LEVEL_UNKNOWN || l == im->verdict ||
	    (part && l != PRR_LEVEL_PARTIAL))
		return;
	/* (the part's refusal and the go, its sentences only) */
	size_t a = 0, b = im->para_n;
	if (part)
		imp_head_verdict_sentences(im->para, im->para_n, &a, &b);
	im->verdict = l;
	im->verdict_text = imp_clean(im, im->para + a, b - a);
}

void imp_head_answer_given(imp *im, const char *s, int line)
{
	static const char *const whose[] = { "my answer", "our answer", NULL };
	if (im->verdict_rank >= 3 || im->quoting || !im->para || s != im->para)
		return;
	size_t n = im->para_n;
	for (size_t i = 0; i + 10 < n; i++) {
		bool at = false;
		for (int k = 0; whose[k] && !at; k++)
			at = strncasecmp(s + i, whose[k], strlen(whose[k])) == 0 &&
			     (!i || !isalpha((unsigned char)s[i - 1]));
		if (!at)
			continue;
		/* its "is no" or "is yes" in its sentence, 300 bytes on at most */
		for (size_t j = i; j + 6 < n && j < i + 300 && s[j] != '.'; j++) {
			if (s[j] != ' ' && s[j] != '\n')
				continue;
			bool no = strncasecmp(s + j + 1, "is no", 5) == 0;
			size_t e = j + (no ? 6 : 7);
			if ((!no && (j + 7 >= n || strncasecmp(s + j + 1, "is yes", 6) != 0)) ||
			    (e < n && !strchr(":,.;", s[e])))
				continue;
			size_t a, b;
			imp_head_sentences_around(s, n, i, e - i, &a, &b);
			imp_head_take(im, no ? PRR_LEVEL_NOT_READY : PRR_LEVEL_READY,
				      s + a, b - a, 3, line);
			return;
		}
	}
}

/* The headline's best candidates and those of code, swapped. */
void imp_head_code_swap(imp *im)
{
	struct imp_head_best *c = &im->code_best, t = *c;
	memcpy(c->date_best, im->date_best, sizeof c->date_best);
	c->date_rank = im->date_rank;
	c->date_line = im->date_line;
	c->date_logged = im->date_logged;
	c->verdict = im->verdict;
	c->verdict_rank = im->verdict_rank;
	c->verdict_line = im->verdict_line;
	c->verdict_text = im->verdict_text;
	c->verdict_plain = im->verdict_plain;
	memcpy(im->date_best, t.date_best, sizeof im->date_best);
	im->date_rank = t.date_rank;
	im->date_line = t.date_line;
	im->date_logged = t.date_logged;
	im->verdict = t.verdict;
	im->verdict_rank = t.verdict_rank;
	im->verdict_line = t.verdict_line;
	im->verdict_text = t.verdict_text;
	im->verdict_plain = t.verdict_plain;
}

/* "- **HIGH RISK**: Site is not production-ready" (a list's item under
 * "**Risk Assessment:**"): a risk label in bold whose sentence, short and
 * of the whole ("Site", "The system", "The platform" …), says it is not
 * production-ready states the verdict, as a weak label elsewhere does
 * (rank 2); not "**HIGH RISK**: Payments module is not production-ready",
 * a part's. */
void imp_head_risk_verdict(imp *im, const char *s, size_t n, int line)
{
	static const char *const risk[] = { "risk", "high risk",
		"critical risk", "major risk", "severe risk", NULL };
	static const char *const whole[] = { "site", "system", "service",
		"application", "app", "platform", "project", "product",
		"website", NULL };
	prr_str label, value;
	if (im->verdict_rank >= 2 || n < 4 || n > 120 || s[0] != '*' || s[1] != '*' ||
	    !imp_head_label_of(s, n, &label, &value) ||
	    !imp_is_one_of(label.p, label.n, risk))
		return;
	prr_str v = imp_head_bare_value(value);
	if (imp_starts_with_ci(v.p, v.n, "the "))
		v = (prr_str){ v.p + 4, v.n - 4 };
	size_t w = 0;
	while (w < v.n && isalpha((unsigned char)v.p[w]))
		w++;
	if (!w || !imp_is_one_of(v.p, w, whole) || memchr(v.p, '.', v.n) ||
	    !imp_contains_ci_n(v.p, v.n, "production") ||
	    imp_head_words_level(v.p, v.n) != PRR_LEVEL_NOT_READY)
		return;
	imp_head_take(im, PRR_LEVEL_NOT_READY, value.p, value.n, 2, line);
}
