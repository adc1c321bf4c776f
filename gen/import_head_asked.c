/* import_head_asked.c - a verdict asked by a heading and answered by the
 * line after it: "## Are we ready?" then "Not yet.", "## Final verdict"
 * then "**YES** ✅", "## Status" then its first sentence, "### Q: Can we
 * go live now?" then "**No.** …". */
#include "import_int.h"
#include "prr/rec_verdict.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/*
 * Whether s[0..n) is a question, yes or no, of going live now: "Am I
 * confident real money can go on this system now?", "Q: Can we go
 * live?", "Should we launch?".  Not one of what comes before or after it
 * ("Should the specs be upgraded before real-money trades?"), of a stage
 * short of production ("Can we launch the beta?"), of what holds it
 * back ("Is the launch blocked?") or a negative one.
 */
static bool go_question(const char *s, size_t n)
{
	/* a question answered by a yes or a no opens with its verb */
	static const char *const opens[] = { "am", "is", "are", "can", "could",
		"should", "shall", "may", "will", "would", "do", "does", NULL };
	/* going live, as one word or two ("go-live", "real money") */
	static const char *const goes[] = { "launch", "ship", "deploy",
		"release", "golive", NULL };
	static const char *const firsts[] = { "go", "real", "live", "in",
		"into", "to", NULL };
	static const char *const seconds[] = { "live", "money", "money",
		"production", "production", "production", NULL };
	/* a question of what comes before or after it, of a stage short of
	 * production, of what holds it back, or a negative one */
	static const char *const off[] = { "before", "after", "until", "once",
		"if", "when", "next", "later", "not", "beta", "pilot", "staging",
		"canary", "alpha", "demo", "test", "sandbox", "block", "blocked",
		"blocking", "blocker", "blockers", "risk", "risks", "wait",
		"delay", "postpone", "hold", "need", "needs", "needed", NULL };
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*'))
		n--;
	if (!n || n > 160 || s[n - 1] != '?')
		return false;
	const char *prev = NULL;
	size_t pl = 0, words = 0;
	bool go = false;
	for (size_t i = 0; i < n;) {
		if (!isalnum((unsigned char)s[i]) && s[i] != '\'') {
			i++;
			continue;
		}
		size_t b = i;
		while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '\''))
			i++;
		const char *w = s + b;
		size_t l = i - b;
		/* ("Q: Can we …?") */
		if (!words && l == 1 && (*w == 'Q' || *w == 'q') && i < n && s[i] == ':')
			continue;
		if (!words++ && !imp_is_one_of(w, l, opens))
			return false;
		if (imp_is_one_of(w, l, off) || (l > 3 && strncasecmp(w + l - 3, "n't", 3) == 0))
			return false;
		go |= imp_is_one_of(w, l, goes);
		for (int k = 0; prev && firsts[k]; k++)
			go |= strlen(firsts[k]) == pl && strncasecmp(prev, firsts[k], pl) == 0 &&
			      strlen(seconds[k]) == l && strncasecmp(w, seconds[k], l) == 0;
		prev = w;
		pl = l;
	}
	return go;
}

/*
 * "## Are we ready?" then "Not yet.": a heading that asks whether the
 * review is ready is answered by the line after it, read with it.  The
 * question is kept while it is the last line read.  A heading of the
 * verdict ("## Final verdict", "## 🎯 **VEREDICTO FINAL**") asks it too,
 * answered by a yes or a no alone: "**YES** ✅", "**SÍ, AHORA SÍ** ✅".
 */
static const char verdict_asks[] = "Ready?", status_asks[] = "Status";

/* The end of s[0..n)'s first sentence, past its stop and emphasis. */
static size_t first_sentence(const char *s, size_t n)
{
	size_t e = 0;
	while (e < n && !(strchr(".!?", s[e]) && (e + 1 == n || strchr(" *_", s[e + 1]))))
		e++;
	while (e < n && strchr(".!?*_", s[e]))
		e++;
	return e;
}

void imp_head_asked_by_heading(imp *im, const char *s, size_t n, int line,
			     imp_line_kind kind)
{
	const char *q = im->asked;
	size_t qn = im->asked_n;
	im->asked = NULL;
	if (kind == IMP_LINE_HEADING) {
		size_t k = n;
		while (k && (s[k - 1] == ' ' || s[k - 1] == '*'))
			k--;
		const char *t = prr_arena_strndup(im->a, s, k);
		if (k && k <= 60 && s[k - 1] == '?' &&
		    prr_rec_verdict(s, k - 1, NULL, NULL) == PRR_LEVEL_READY) {
			im->asked = t;
			im->asked_n = k;
		} else if (go_question(s, k)) {
			im->asked = t; /* (a yes or a no only) */
			im->asked_n = k;
		} else if (k && k <= 60 && im->n_hs > 1 &&
			   prr_rec_verdict(s, k, NULL, NULL) == PRR_LEVEL_UNKNOWN &&
			   (imp_head_decides(t) || imp_head_closing(t))) {
			im->asked = verdict_asks; /* (a yes or a no only) */
			im->asked_n = 6;
		} else if (im->n_hs > 1 && im->hs[im->n_hs - 1].level == 2) {
			static const char *const states[] = { "status", "overall status",
				"current status", "readiness status", "overall readiness",
				"production readiness status", NULL };
			size_t a = 0;
			while (a < k && !isalpha((unsigned char)s[a]))
				a++;
			if (imp_is_one_of(s + a, k - a, states))
				im->asked = status_asks;
		}
		return;
	}
	if (!q || kind != IMP_LINE_TEXT || im->verdict_rank >= 5 || im->quoting)
		return;
	/* "## Status" then "The backend is production ready.": its first
	 * line is its value, as a "Status:" label's */
	if (q == status_asks) {
		/* (its first sentence: "🟡 **CONDITIONAL** — unchanged. Wave 1
		 * finished four days late; …") */
		size_t e = first_sentence(s, n);
		if (e == n)
			e = imp_head_sentence_on(im, s, n);
		imp_head_take(im, imp_head_words_level(s, e), s, e, 5, line);
		return;
	}
	/* the answer states a level, or opens with a yes or a no ("Not for
	 * everyone." answers nothing), in bold or not */
	static const char *const yes_no[] = { "yes", "no", "ja", "nein", "sí",
		"si", "oui", "non", "sim", "não", NULL };
	size_t a = 0, w;
	while (a < n && (s[a] == '*' || s[a] == '_'))
		a++;
	for (w = a; w < n && (isalpha((unsigned char)s[w]) || (unsigned char)s[w] >= 0x80);)
		w++;
	bool yes_or_no = false; /* (in any case: "SÍ") */
	for (int k = 0; yes_no[k] && w > a; k++)
		yes_or_no |= rec_fold_prefix(s + a, w - a, 0, yes_no[k]) == w - a;
	/* "### Q: Am I confident real money can go on this system now?"
	 * then "**No.** Not because …": its yes or no, read as an answer to
	 * "Ready?", to its first sentence ("Are we ready to launch?" is
	 * answered as above) */
	bool go_q = q != verdict_asks && go_question(q, qn) &&
		    prr_rec_verdict(q, qn - 1, NULL, NULL) != PRR_LEVEL_READY;
	if (!yes_or_no &&
	    (q == verdict_asks || go_q || prr_rec_verdict(s, n, NULL, NULL) == PRR_LEVEL_UNKNOWN))
		return;
	if (q != verdict_asks && imp_head_part_answer(im, s, n))
		return;
	if (go_q)
		n = first_sentence(s, n);
	const char *qa = prr_arena_printf(im->a, "%.*s %.*s", (int)qn, q, (int)n, s);
	const char *ra = go_q ? prr_arena_printf(im->a, "%s %.*s", verdict_asks, (int)n, s) : qa;
	prr_level l = prr_rec_verdict(ra, strlen(ra), NULL, NULL);
	if (l != PRR_LEVEL_UNKNOWN && q == verdict_asks)
		imp_head_take(im, l, s, n, 5, line);
	else if (l != PRR_LEVEL_UNKNOWN)
		imp_head_take(im, l, qa, strlen(qa), 5, line);
}
