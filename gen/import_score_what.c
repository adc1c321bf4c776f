/*
 * import_score_what.c - what a figure that looks like a score is not, and
 * where one stands that no label calls a score: a progress bar's percent
 * or stars after a label; a heading that counts things in a state; a
 * table of measures; a bold line that is one part of the score above it;
 * labels of things counted, of an earlier review's figure, of a target;
 * a part's score stated as a field; a count or share after a percent.
 */
#include "import_int.h"
#include "prr/rec_score.h"
#include "prr/rec_verdict.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*
 * "Label: 🌟🌟🌟🌟🌟 Excellent" and "TOTAL: █████░░ 71% done", which the
 * recogniser leaves (a word follows the figure): stars out of five, and a
 * progress bar's percent, after a label.
 */
bool imp_stars_or_bar(const char *s, size_t n, prr_score_hit *h)
{
	const char *c = memchr(s, ':', n < 64 ? n : 64);
	size_t skip = 1;
	if (!c) {
		for (size_t i = 0; i + 3 <= n && i < 64 && !c; i++)
			if (memcmp(s + i, "\xEF\xBC\x9A", 3) == 0)
				c = s + i, skip = 3;
	}
	if (!c)
		return false;
	memset(h, 0, sizeof *h);
	h->high = PRR_NONE;
	/* (a heading's '#' markers are no part of its label) */
	while (h->label_at < (size_t)(c - s) &&
	       (s[h->label_at] == '#' || s[h->label_at] == ' '))
		h->label_at++;
	h->label_len = (size_t)(c - s) - h->label_at;
	const char *v = c + skip, *end = s + n;
	while (v < end && (*v == ' ' || *v == '*'))
		v++;
	int max;
	size_t len;
	int stars = prr_rec_stars(v, (size_t)(end - v), &max, &len);
	if (stars >= 0 && max > 0) {
		h->value = stars;
		h->max = max;
		return true;
	}
	/* "✅ **85% COMPLETE**": a percent opens the value */
	v += prr_status_lead(v, (size_t)(end - v));
	while (v < end && (*v == ' ' || *v == '*' || *v == '~'))
		v++;
	if (v < end && *v >= '0' && *v <= '9') {
		char *e;
		double pct = strtod(v, &e);
		if (e < end && *e == '%' && pct >= 0 && pct <= 100 &&
		    (e == v + 1 || e[-1] != '.')) {
			h->value = pct;
			h->max = 100;
			h->percent = true;
			return true;
		}
	}
	/* a bar of █ ▓ ▒ ░ ■ □ (3 bytes each), maybe in brackets ("[█████░░░░░]
	 * 61%"), then "71%" */
	bool bracket = v < end && *v == '[';
	const char *b = v + bracket;
	while (b + 3 <= end && b[0] == '\xE2' && b[1] == '\x96' &&
	       (((unsigned char)b[2] >= 0x88 && (unsigned char)b[2] <= 0x93) ||
		(unsigned char)b[2] == 0xA0 || (unsigned char)b[2] == 0xA1))
		b += 3;
	if (b == v + bracket || (bracket && (b >= end || *b++ != ']')))
		return false;
	while (b < end && *b == ' ')
		b++;
	char *e;
	double pct = strtod(b, &e);
	if (e == b || e >= end || *e != '%' || pct < 0 || pct > 100)
		return false;
	h->value = pct;
	h->max = 100;
	h->percent = true;
	return true;
}

bool imp_heading_state(const char *label)
{
	/* "### 🚧 Partially Implemented (3-4%)", "### ❌ Not Implemented
	 * (1-2%)", "### Service Requiring Monitoring (1/5)": a heading that
	 * names a state of things gives the share or count of things in
	 * it, no dimension */
	static const char *const states[] = { "implemented", "unimplemented",
		"requiring", "needing", "awaiting", "healthy", "unhealthy",
		NULL };
	return imp_has_word_of(label, states);
}

bool imp_under_completeness(imp *im)
{
	/* "### Enterprise Budget Management (100%)" under "## 🎯 Feature
	 * Completeness": the share of each feature done, no dimension of a
	 * score (a parent that names a score or readiness keeps them) */
	if (im->n_hs < 2)
		return false;
	int level = im->hs[im->n_hs - 1].level;
	for (int k = im->n_hs - 2; k >= 0; k--) {
		if (im->hs[k].level >= level)
			continue;
		static const char *const done[] = { "completeness",
			"completion", "progress", "implementation", NULL };
		/* "## 1. Deployment Status" over "### ✅ Security (100%)":
		 * the share of each part deployed */
		static const char *const deployed[] = { "deployment",
			"deployed", "rollout", NULL };
		static const char *const state[] = { "status", "state", NULL };
		const char *t = im->hs[k].title;
		return (imp_has_word_of(t, done) ||
			(imp_has_word_of(t, deployed) && imp_has_word_of(t, state))) &&
		       !imp_names_score(t) && !imp_whole_score_label(t);
	}
	return false;
}

bool imp_table_measures(const table *t)
{
	/* "Metric | Before | After | Target" over "Critical Failures | 46 |
	 * 5 | 0": measures before and after, and the mark they aim at, no
	 * scores (a table of scores before and after, "Area | Before |
	 * After" over "Security | 5/10 | 8/10", names no metric nor
	 * target) */
	return t->roles[0] == PRR_COL_METRIC || imp_col_of(t, PRR_COL_PLANNED) >= 0;
}

bool imp_bold_part_score(imp *im, const char *p, size_t k, int line)
{
	/* "**✅ Security & Compliance (100%)**", a paragraph all bold that
	 * closes with its figure in parentheses, under "### Production
	 * Readiness Score: 95%": one of the parts of the score its heading
	 * states, a dimension as a sub-heading's would be */
	while (k && p[k - 1] == ' ')
		k--;
	if (k < 8 || memcmp(p, "**", 2) != 0 || memcmp(p + k - 2, "**", 2) != 0 ||
	    imp_bold_at(p, k, 2) != k - 2 || p[k - 3] != ')' ||
	    !memchr(p, '(', k) || !(memchr(p, '%', k) || memchr(p, '/', k)))
		return false;
	const char *h = im->n_hs ? imp_nearest_title(im) : NULL;
	if (!h || !imp_names_score(h) || !imp_whole_score_label(h))
		return false;
	/* read as a heading is ("# " first), a part whatever its name
	 * ("Test Coverage & Quality (85%)" is one) */
	char *s = prr_arena_alloc_str(&im->tmp, k - 2);
	memcpy(s, "# ", 2);
	memcpy(s + 2, p + 2, k - 4);
	s[k - 2] = 0;
	prr_score_hit hit;
	if (!prr_rec_score(s, k - 2, &hit) || !hit.label_len || hit.grade[0])
		return false;
	/* (its figure may be the whole's: "**Performance (95%)**" under
	 * "Readiness Score: 95%" is a part all the same) */
	const char *name = imp_clean(im, s + hit.label_at, hit.label_len);
	if (imp_dimension_named(im, name) == PRR_NAMES_NONE)
		*PUSH(im, dimensions) = (prr_dimension){
			.name = name, .score = hit.value, .high = hit.high,
			.max = hit.max, .weight = PRR_NONE, .line = line
		};
	return true;
}

bool imp_metric_label(const char *label)
{
	/* "Overall Coverage: 67.18%", "Overall pass rate: 94.5%", "TOTAL:
	 * 183 tests run, 173 passed (94.5%)": test coverage and pass rates
	 * are measures, whatever the label's "Overall", not the review's
	 * score (which names a score: "Coverage score: 8/10") */
	static const char *const words[] = { "coverage", "passed", "passing",
		"failed", "failing", NULL };
	if (!label) /* ("- 98.2%. 93 done": a figure with no label) */
		return false;
	return imp_has_word_of(label, words) || imp_contains_ci(label, "pass rate") ||
	       imp_contains_ci(label, "success rate");
}

bool imp_tool_label(const char *label)
{
	/* "Pylint: 8.65/10", "Lighthouse: 95/100": what a tool that
	 * measures code or pages reports, one metric, named by its tool */
	static const char *const tools[] = { "pylint", "lighthouse",
		"sonarqube", "sonarcloud", "codacy", "codeclimate",
		"code climate", "pagespeed", "radon", NULL };
	size_t n = label ? strlen(label) : 0;
	return n && (imp_is_one_of(label, n, tools) ||
		     imp_starts_with_word(label, n, tools));
}

/* "31 / 33 items done": the first fraction a count of things, no score
 * ("Score: 8/10 (12/14 checks pass)" is one), points of a plan too
 * ("- Wave 2: 21/34 pts", "## Wave 2 — Resilience (21/34 SP)"). */
static const char *const nouns[] = { "items", "checks", "tasks",
	"tests", "criteria", "controls", "stories", "done", "passed",
	"complete", "completed", "validations", "requirements", "cases",
	"steps", "actions", "gates", "findings", "issues", NULL };

/* "Questions answered", "Checks passed": a label of things counted,
 * "46 / 57" under it a count, no score; so is one of things in a state,
 * "**In Progress:** 0/19 sections", "Pending", "Blocked", or of a
 * result, "**Fail:** 8/28". */
bool imp_counted_label(const char *label)
{
	static const char *const counted[] = { "questions", "answered",
		"closed", "resolved", "met", "fixed", "progress", "pending",
		"blocked", "started", "ongoing", "outstanding", "deferred",
		"skipped", "failed", "failing",
		/* checks by their result: "**Fail:** 8/28", "**Unknown:** 2/28" */
		"pass", "fail", "unknown", "warn", NULL };
	return !imp_names_score(label) &&
	       (imp_has_word_of(label, nouns) || imp_has_word_of(label, counted));
}

/* "user journeys", "endpoints": a plural noun of things counted, in
 * the first two words of s[0..n) (lower case, the first may qualify the
 * second); not a verb ("8/10 means …"), nor what rates ("4/5 stars"). */
static bool plural_noun(const char *s, size_t n)
{
	static const char *const not_nouns[] = { "this", "thus", "plus",
		"does", "goes", "always", "perhaps", "towards", "besides",
		"whereas", "means", "seems", "looks", "shows", "remains",
		"needs", "makes", "gives", "suggests", "indicates", "reflects",
		"stars", "marks", "status", "across", NULL };
	size_t i = 0;
	for (int words = 0; words < 2 && i < n; words++) {
		size_t b = i;
		while (i < n && s[i] >= 'a' && s[i] <= 'z')
			i++;
		size_t len = i - b;
		if (len < 4 || (i < n && s[i] != ' ' && !strchr(".,;:)", s[i])))
			return false;
		if (s[i - 1] == 's' && !strchr("su", s[i - 2]) &&
		    !imp_is_one_of(s + b, len, not_nouns))
			return true;
		if (i >= n || s[i] != ' ')
			return false;
		i++;
	}
	return false;
}

bool imp_counted_fraction(const char *s, size_t n)
{
	static const char *const units[] = { "pts", "pt", "sp", "points",
		"point", "story points", "story point", NULL };
	const char *p = memchr(s, '/', n);
	/* (not beside a percent before it: "Readiness: 100% (9/9 criteria
	 * ready)" scores 100%) */
	if (!p || memchr(s, '%', (size_t)(p - s)))
		return false;
	const char *w = p + 1;
	while (w < s + n && (*w == ' ' || (*w >= '0' && *w <= '9')))
		w++;
	if (w == p + 1 || w[-1] != ' ')
		return false;
	for (int k = 0; nouns[k]; k++)
		if (imp_starts_with_ci(w, (size_t)(s + n - w), nouns[k]))
			return true;
	return imp_starts_with_word(w, (size_t)(s + n - w), units) ||
	       plural_noun(w, (size_t)(s + n - w));
}

/* A label of an earlier review's figure: "Previous quarter", "Last
 * review", "Q2 (previous)". */
bool imp_earlier_label(const char *label)
{
	static const char *const words[] = { "previous", "prior", "last quarter",
		"last review", "earlier", "anterior", "précédent", "vorherig",
		NULL };
	for (int k = 0; words[k]; k++)
		if (imp_contains_ci(label, words[k]))
			return true;
	return false;
}

bool imp_target_label(const char *label)
{
	/* a word anywhere: "Bar for launch", "Minimum to ship" */
	static const char *const bars[] = { "bar", "minimum", "required",
		NULL };
	if (imp_has_word_of(label, bars))
		return true;
	static const char *const words[] = { "to", "towards", "toward",
		"target", "goal", "threshold", "above", "below", "least", "over",
		"under", "until", "reach", "expected", "projected", "ziel",
		"objetivo", "meta", "cible",
		/* a share of traffic: "## Conditions for 100%", "Rollout
		 * beyond 10%" */
		"for", "beyond", "past", "from", "before", "after", NULL };
	/* anywhere in it: "Thresholds agreed at kickoff: **≥ 80 %** ready" */
	static const char *const anywhere[] = { "threshold", "cut-off",
		"cutoff", "bands", NULL };
	for (int k = 0; anywhere[k]; k++)
		if (imp_contains_ci(label, anywhere[k]))
			return true;
	size_t n = strlen(label);
	while (n && (label[n - 1] == ' ' || label[n - 1] == ':'))
		n--;
	size_t w = n;
	while (w && label[w - 1] != ' ')
		w--;
	return imp_is_one_of(label + w, n - w, words);
}

/* (import_int.h) "**Privacy Score**: 100/100" in a section, once an overall score
 * ("Overall Readiness Score: 95/100") is stated: a part's score, a
 * dimension, as a list item's would be ("Current Score: 7/25" names
 * no part). */
bool imp_part_score(imp *im, const char *label, bool in_section)
{
	static const char *const now[] = { "current", "new", "updated",
		"latest", NULL };
	/* "**Security Grade:** A" anywhere, the area and a score word
	 * alone: an area every review rates apart from the whole */
	static const char *const areas[] = { "security", "privacy",
		"performance", "accessibility", "compliance", "reliability",
		NULL };
	if (!label || imp_whole_score_label(label) ||
	    imp_starts_with_word(label, strlen(label), now))
		return false;
	const char *sp = strchr(label, ' ');
	size_t w = sp ? (size_t)(sp - label) : strlen(label);
	if (imp_is_one_of(label, w, areas) && (!sp || imp_whole_score_label(sp + 1)))
		return true;
	if (!in_section || !imp_names_score(label))
		return false;
	for (; !im->whole_seen && im->whole_scan < im->r->n_scores; im->whole_scan++) {
		const char *l = im->r->scores[im->whole_scan].label;
		im->whole_seen = l && imp_whole_score_label(l);
	}
	return im->whole_seen;
}

/* (import_int.h) "% (2/2 networks operational)": a count of things after a percent;
 * "% of enterprise ITAM solutions": a share of things */
bool imp_count_after(const char *s, size_t n, const char *p)
{
	const char *w = p + 1, *e = s + n;
	while (w < e && (*w == ' ' || *w == '*' || *w == '_'))
		w++;
	if (imp_starts_with_word(w, (size_t)(e - w), (const char *const[]){ "of", NULL }))
		return true;
	if (w == e || *w++ != '(')
		return false;
	const char *d = w;
	while (w < e && isdigit((unsigned char)*w))
		w++;
	if (w == d || w == e || *w++ != '/')
		return false;
	d = w;
	while (w < e && isdigit((unsigned char)*w))
		w++;
	return w > d && w + 1 < e && *w == ' ' && isalpha((unsigned char)w[1]);
}

/* (import_int.h) */
bool imp_ready_then_percent(const char *s, size_t a, size_t i, size_t n,
			    size_t *vat, size_t *vlen)
{
	size_t o = a, c = i + 1, e, from, at, len;
	while (o && s[o - 1] == ' ')
		o--;
	while (c < n && s[c] == ' ')
		c++;
	if (!o || s[o - 1] != '(' || c >= n || s[c] != ')')
		return false;
	for (e = o - 1; e && strchr(" *_", s[e - 1]); e--)
		;
	from = e > 96 ? e - 96 : 0;
	while (from && ((unsigned char)s[from] & 0xC0) == 0x80)
		from--; /* (not inside a character) */
	if (prr_rec_verdict(s + from, e - from, &at, &len) != PRR_LEVEL_READY ||
	    from + at + len != e)
		return false;
	*vat = from + at;
	*vlen = len;
	return true;
}

/* (import_int.h) */
bool imp_pass_count(const char *s, size_t n)
{
	static const char *const passed[] = { "pass", "passed", "passing",
		"passes", "ok", "green", NULL };
	for (size_t i = 1; i + 1 < n; i++) {
		if (s[i] != '/' || !isdigit((unsigned char)s[i - 1]) ||
		    !isdigit((unsigned char)s[i + 1]))
			continue;
		size_t j = i + 1, w;
		while (j < n && isdigit((unsigned char)s[j]))
			j++;
		while (j < n && strchr(" *_", s[j]))
			j++;
		/* ("7/7 tests pass", "7/7 checks passed") */
		for (w = j; w < n && isalpha((unsigned char)s[w]); w++)
			;
		if (w - j >= 4 && (strncasecmp(s + j, "test", 4) == 0 ||
				   strncasecmp(s + j, "check", 5) == 0)) {
			for (j = w; j < n && s[j] == ' '; j++)
				;
			for (w = j; w < n && isalpha((unsigned char)s[w]); w++)
				;
		}
		if (w > j && imp_is_one_of(s + j, w - j, passed))
			return true;
	}
	return false;
}

/* (import_int.h) */
bool imp_percent_ready(const char *s, size_t n)
{
	static const char *const ready[] = { "ready", "prêt", "prête",
		"listo", "lista", "pronto", "pronta", "bereit", NULL };
	for (const char *p = memchr(s, '%', n); p;
	     p = memchr(p + 1, '%', n - (size_t)(p + 1 - s))) {
		size_t j = (size_t)(p + 1 - s), w;
		while (j < n && strchr(" *_", s[j]))
			j++;
		for (w = j; w < n && !strchr(" *_,.;:!()", s[w]); w++)
			;
		if (w > j && imp_is_one_of(s + j, w - j, ready))
			return true;
	}
	return false;
}

/* (import_int.h) "Production ready", "Production readiness", "Ready for
 * production", "Overall production readiness score": readiness said of
 * production and nothing else, the review's own question; not a part's
 * ("Operational readiness"), nor a task ("Production readiness review"). */
bool imp_readiness_row(const char *name)
{
	static const char *const ready[] = { "ready", "readiness", NULL };
	static const char *const prod[] = { "production", "prod", NULL };
	static const char *const words[] = { "production", "prod", "ready",
		"readiness", "for", "overall", "score", NULL };
	for (const char *w = name; *w;) {
		size_t k = strcspn(w, " -");
		if (k && !imp_is_one_of(w, k, words))
			return false;
		w += k + (w[k] != 0);
	}
	return imp_has_word_of(name, ready) && imp_has_word_of(name, prod);
}
