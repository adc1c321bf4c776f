/* import_para.c - paragraphs: their lines as fields and headline
 * candidates, a finding or a Q&A they open, what a sentence says of the
 * list before it ("Both gaps block GA.") or of findings ("3.3 was
 * fixed"). */
#include "import_denials.h"
#include "import_find_items.h"
#include "prr/rec_date.h"
#include "prr/rec_verdict.h"
#include "prr/rec_item.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*** Paragraphs ***/

/*
 * A field's value wrapped onto the paragraph's next lines ("**Verdict**:
 * ship to 10% of traffic; full rollout after the" / "documentation
 * closes."): a value that stops mid-sentence, then lines that begin in
 * lower case and are no fields themselves.  `rest` is the end of the
 * field's line, `end` of the paragraph.
 */
/* Whether a value ends on a word that cannot end a sentence ("… within
 * the") or on a comma ("Attendees: H. Vermeulen (chair), S. Okafor,"):
 * the next line goes on with it, whatever its first letter. */
static bool ends_open(prr_str val)
{
	static const char *const words[] = { "the", "a", "an", "of", "to",
		"for", "and", "or", "in", "on", "with", "by", "at", NULL };
	if (val.n && val.p[val.n - 1] == ',')
		return true;
	size_t w = val.n;
	while (w && val.p[w - 1] != ' ')
		w--;
	return imp_is_one_of(val.p + w, val.n - w, words);
}

/* (import_int.h) */
size_t imp_past_dash(const char *s, size_t i, size_t n, bool colon)
{
	while (i < n && s[i] == ' ')
		i++;
	size_t d = colon && i < n && s[i] == ':' ? 1 : imp_dash_len(s + i, n - i);
	if (!d)
		return 0;
	i += d;
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

/* "**Reliability** — 6/10. The write path …", "**Docs** — ★★★☆☆": a
 * line that opens with a bold label of words, then a dash or a colon,
 * then a number or stars. */
static bool bold_scored(const char *p, size_t k)
{
	if (k < 8 || p[0] != '*' || p[1] != '*')
		return false;
	size_t c = imp_bold_at(p, k, 2);
	if (c >= k || c == 2 || imp_has_digit(p + 2, c - 2))
		return false;
	size_t i = imp_past_dash(p, c + 2, k, true);
	if (!i)
		return false;
	while (i < k && (p[i] == ' ' || p[i] == '*'))
		i++;
	return i < k && ((p[i] >= '0' && p[i] <= '9') ||
			 (i + 3 <= k && (memcmp(p + i, "\xE2\x98\x85", 3) == 0 ||
					 memcmp(p + i, "\xE2\x98\x86", 3) == 0)));
}

bool imp_says_when(imp *im, const char *s, size_t n)
{
	static const char *const words[] = { "within", "before", "after",
		"post", "launch", "ago", "prior", "ahead", "earlier", "later",
		"first", "next", NULL };
	return imp_has_word_of(prr_arena_strndup(&im->tmp, s, n), words);
}

bool imp_names_period(const char *s, size_t n)
{
	static const char *const units[] = { "day", "days", "week", "weeks",
		"month", "months", "hour", "hours", NULL };
	size_t w = 0;
	while (w < n && isalpha((unsigned char)s[w]))
		w++;
	return imp_is_one_of(s, w, units) && w + 1 < n && s[w] == ' ' &&
	       isdigit((unsigned char)s[w + 1]);
}

/* "Remaining work: 15–20 engineer-days (was 34–42)." unbolded: an
 * estimate where its label of four words at most names one ("Estimated
 * effort", "Remaining work"), not any span of time ("Retention: 30
 * days"). */
static bool plain_estimate(imp *im, const char *p, size_t k, int line)
{
	static const char *const words[] = { "estimate", "estimated",
		"remaining", "effort", "left", NULL };
	const char *colon = memchr(p, ':', k < 40 ? k : 40);
	size_t words_n = 1;
	for (const char *c = p; colon && c < colon; c++)
		words_n += *c == ' ';
	if (!colon || words_n > 4)
		return false;
	char *label = prr_arena_strndup(im->a, p, (size_t)(colon - p));
	return imp_has_word_of(label, words) &&
	       imp_add_estimate(im, label, colon + 1, k - (size_t)(colon + 1 - p), line);
}

/* "**62/100** — below our 75 bar, so …" under "## Readiness score": a
 * fraction alone in bold opening a paragraph, then its end, a dash, a
 * comma or a stop, is the score its heading names where that is the
 * whole's ("Readiness score", "Overall score", "Score"; not "Security
 * score", nor a bold figure under any other heading). */
static bool headline_score(imp *im, const char *p, size_t k, int line)
{
	if (k < 7 || p[0] != '*' || p[1] != '*' || !im->n_hs)
		return false;
	size_t c = imp_bold_at(p, k, 2);
	if (c >= k || c == 2 || !memchr(p + 2, '/', c - 2))
		return false;
	for (size_t i = 2; i < c; i++)
		if (!isdigit((unsigned char)p[i]) && !strchr(" /.,", p[i]))
			return false;
	size_t i = c + 2;
	while (i < k && p[i] == ' ')
		i++;
	if (i < k && p[i] != ',' && p[i] != '.' && !imp_dash_len(p + i, k - i))
		return false;
	const char *h = imp_nearest_title(im);
	double v, hi, max;
	if (!imp_names_score(h) || !imp_whole_score_label(h) ||
	    prr_parse_score(p + 2, c - 2, &v, &hi, &max) != 0)
		return false;
	imp_add_scored(im, h, v, hi, max, NULL, line, IMP_LINE_TEXT);
	return true;
}

static prr_str continued(prr_str val, const char *rest, const char *end)
{
	/* the lines stay in place: imp_clean reads their breaks as spaces */
	while (rest < end && val.n && !strchr(".!?:", val.p[val.n - 1])) {
		const char *p = rest + 1, *q;
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
		prr_str nm, v;
		/* (a quote's line after its marks: "> 03/17/2026 launch
		 * window."; a day or a number goes on as a word does) */
		for (q = p; q < p + k && (*q == '>' || *q == ' '); q++)
			;
		/* ("**not ready** — …": the next words in bold) */
		const char *w = q;
		while (w < p + k && (*w == '*' || *w == '_'))
			w++;
		if (w == p + k ||
		    !((*w >= 'a' && *w <= 'z') || (*w >= '0' && *w <= '9') ||
		      *w == '(' || (*w >= 'A' && *w <= 'Z' && ends_open(val))) ||
		    imp_split_field(q, (size_t)(p + k - q), &nm, &v))
			break;
		rest = p + k;
		val.n = (size_t)(rest - val.p);
	}
	return val;
}

/*
 * "**Date:** 2026-08-03 · **Scope:** checkout · **Verdict:** NOT READY":
 * fields side by side, split by " · " or " | ".  Fills seg[] with each
 * field's span and returns how many, when there are two or more and each
 * is a field; else 0.
 */
/* A field of a line of fields: as imp_split_field reads one, or "Name:
 * value" unbolded, its name of three words at most ("Reviewed:
 * 2026-05-04", "Prüfer: Plattform-Team"). */
static bool segment_field(const char *s, size_t n, prr_str *name,
			  prr_str *value)
{
	if (imp_split_field(s, n, name, value))
		return true;
	while (n && *s == ' ')
		s++, n--;
	const char *colon = memchr(s, ':', n < 40 ? n : 40);
	if (!colon || colon == s || !isalpha((unsigned char)*s))
		return false;
	size_t k = (size_t)(colon - s), words = 1;
	for (size_t i = 0; i < k; i++) {
		if (isdigit((unsigned char)s[i]))
			return false;
		words += s[i] == ' ';
	}
	/* a name of three words at most ("Prüfer", "Review date") */
	if (words > 3)
		return false;
	*name = (prr_str){ s, k };
	value->p = colon + 1;
	value->n = n - k - 1;
	while (value->n && *value->p == ' ')
		value->p++, value->n--;
	return true;
}

static size_t field_segments(const char *p, size_t k, prr_str *seg, size_t max)
{
	size_t n = 0, from = 0;
	while (from <= k) {
		size_t i = from, sep = 0;
		for (; i < k && !sep; i++)
			if (i + 3 <= k && p[i] == ' ' && p[i + 1] == '|' && p[i + 2] == ' ')
				sep = 3;
			else if (i + 4 <= k && p[i] == ' ' &&
				 memcmp(p + i + 1, "\xC2\xB7 ", 3) == 0)
				sep = 4;
		size_t end = sep ? i - 1 : k;
		prr_str nm, val;
		if (n == max || !segment_field(p + from, end - from, &nm, &val))
			return 0;
		seg[n++] = (prr_str){ p + from, end - from };
		if (!sep)
			break;
		from = end + sep;
	}
	return n >= 2 ? n : 0;
}

/* "Both gaps block GA.", "All of these block the launch." right after a
 * list of findings: each of them blocks. */
static void all_block(imp *im, const char *s, size_t n, int line)
{
	static const char *const words[] = { "both", "all", "each", "these",
		"they", NULL };
	if (!im->list_last || line > im->list_last + 2 || n > 160)
		return;
	size_t w = 0;
	while (w < n && isalpha((unsigned char)s[w]))
		w++;
	bool opens = false;
	for (int k = 0; words[k] && !opens; k++)
		opens = strlen(words[k]) == w && strncasecmp(s, words[k], w) == 0;
	const char *dot = memchr(s, '.', n);
	size_t sn = dot ? (size_t)(dot - s) : n;
	bool blocks = false;
	if (!opens)
		return;
	prr_rec_severity_said(s, sn, &blocks);
	/* "… block GA", "… blocks the release", unless denied */
	static const char *const verbs[] = { " block ", " blocks ", NULL };
	static const char *const denials[] = { "not ", "n't ", "never ",
		"none ", "neither ", NULL };
	const char *sentence = prr_arena_strndup(&im->tmp, s, sn);
	for (int k = 0; verbs[k] && !blocks; k++)
		blocks = strstr(sentence, verbs[k]) != NULL;
	for (int k = 0; denials[k] && blocks; k++)
		blocks = !imp_contains_ci_n(s, sn, denials[k]);
	if (!blocks)
		return;
	for (size_t f = 0; f < im->r->n_findings; f++)
		if (im->r->findings[f].line >= im->list_first &&
		    im->r->findings[f].line <= im->list_last)
			im->r->findings[f].blocking = true;
}

/* Whether the clause that s[w] is in makes its being fixed a condition,
 * not a fact: a word of condition among the words before it, back to
 * the sentence's start or a comma, 240 bytes at most ("Re-review after
 * LS-41 is fixed", "once LS-41 has been fixed", "If the pen test finds
 * nothing critical and LEX-88 is fixed …"; "… a beta until\nCKO-5535 is
 * fixed": a line wrapped in the sentence is no new one). */
static bool fixed_on_condition(const char *s, size_t w)
{
	static const char *const words[] = { "after", "when", "once",
		"until", "before", "if", "unless", NULL };
	size_t e = w, stop = w > 240 ? w - 240 : 0;
	while (e > stop) {
		while (e > stop && (s[e - 1] == ' ' || s[e - 1] == '\n'))
			e--;
		if (e == stop || strchr(".!?;:,", s[e - 1]))
			return false;
		size_t b = e;
		while (b > stop && s[b - 1] != ' ' && s[b - 1] != '\n')
			b--;
		if (imp_is_one_of(s + b, e - b, words))
			return true;
		e = b;
	}
	return false;
}

/* "3.3 was fixed on 2026-11-02 and is kept here for the record": a
 * finding the text says is fixed, left out once counted
 * (imp_drop_fixed_findings), as one whose Status says so.  Each verb
 * asks the word before it, so a paragraph costs its length and the
 * findings once per verb. */
static void said_fixed(imp *im, const char *s, size_t n)
{
	static const char *const verbs[] = { " was fixed", " has been fixed",
		" is fixed", " was resolved", " has been resolved", " is resolved",
		" was closed", " has been closed", " is closed",
		/* "B1 fixed in 9d01c3e." */
		" fixed in", " fixed on", " resolved in", " closed in",
		/* "F2 done: metric and alert live" */
		" done:",
		/* Italian, Spanish, Portuguese, French, German */
		" è stato risolto", " è stata risolta", " è stato corretto",
		" è stata corretta", " è stato chiuso", " è stata chiusa",
		" fue resuelto", " fue corregido", " ha sido resuelto",
		" ha sido corregido", " foi corrigido", " foi resolvido",
		" foi corrigida", " foi resolvida", " a été corrigé",
		" a été résolu", " a été corrigée", " a été résolue",
		" wurde behoben", " ist behoben", NULL };
	if (!im->r->n_findings)
		return;
	for (size_t at = 0; at < n; at++) {
		if (s[at] != ' ')
			continue;
		size_t vn = 0;
		for (int v = 0; verbs[v] && !vn; v++)
			if (n - at >= strlen(verbs[v]) &&
			    strncasecmp(s + at, verbs[v], strlen(verbs[v])) == 0)
				vn = strlen(verbs[v]);
		/* "CHK-771 resolved.": the bare word, where a sentence, a
		 * clause or the paragraph ends after it */
		static const char *const bare[] = { " resolved", " fixed",
			" closed", NULL };
		for (int v = 0; bare[v] && !vn; v++) {
			size_t l = strlen(bare[v]);
			if (n - at >= l && strncasecmp(s + at, bare[v], l) == 0 &&
			    (n - at == l || (s[at + l] && strchr(".;,\n", s[at + l]))))
				vn = l;
		}
		if (!vn)
			continue;
		size_t w = at, e = at; /* the word before: the finding's ID */
		while (w && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != '(')
			w--;
		while (w < e && strchr("*_`", s[w])) /* "**3.3**" */
			w++;
		while (e > w && strchr("*_`", s[e - 1]))
			e--;
		if (fixed_on_condition(s, w)) {
			at += vn - 1;
			continue;
		}
		size_t f = e > w ? imp_finding_by_id(im, s + w, e - w) : NONE;
		if (f != NONE)
			*PRR_VEC_PUSH(im->a, im->fixed, im->n_fixed, im->cap_fixed) = f;
		at += vn - 1;
	}
}

/* A finding's paragraph that opens by saying it is over: "Fixed in
 * 2.4.1 (see …); kept here for the record.", "Behoben in rc3 …" (its
 * first word a closed status, then "in", "on" or the sentence's end,
 * the line may break after "in"); or a sentence that is one such word,
 * "Closed." ("Confirmed on iOS 17" is the finding confirmed, not over). */
static bool opens_fixed(imp *im, const char *s, size_t n)
{
	/* (French "Corrigé dans la 3.0.0-rc3", Portuguese "Corrigido na
	 * 2.1", Italian "Risolto nella 2.1", German "Behoben im Release") */
	static const char *const whens[] = { "in", "on", "am", "em", "en",
		"el", "le", "il", "op", "during", "dans", "na", "nella", "im",
		NULL };
	static const char *const over[] = { "closed", "fixed", "resolved",
		"remediated", "behoben", "corrigé", "résolu", "resuelto",
		"corregido", "resolvido", "corrigido", "risolto", NULL };
	size_t w = 0;
	while (w < n && s[w] != ' ' && s[w] != '\n' && s[w] != '.' &&
	       s[w] != ':' && s[w] != ',')
		w++;
	/* (nor a check's outcome: "…; green on 1.80 today", "Passing in
	 * CI" say how a test runs, not that the finding is fixed) */
	static const char *const checks[] = { "green", "pass", "passed",
		"passing", "ok", "healthy", "ready", "serving", NULL };
	if (!w || imp_starts_with_ci(s, w, "confirmed") ||
	    imp_is_one_of(s, w, checks))
		return false;
	if (w == n)
		return imp_is_one_of(s, w, over);
	const char *after = s + w;
	bool ends = *after != ' ' && *after != '\n', when = false;
	/* ("Fixed during the meeting; kept here for the record.") */
	for (int k = 0; whens[k] && !when; k++) {
		size_t l = strlen(whens[k]);
		when = n - w > l + 2 && strncmp(after + 1, whens[k], l) == 0 &&
		       (after[l + 1] == ' ' || after[l + 1] == '\n');
	}
	/* ("RESOLVED (HXC-1633).": the ticket that closed it) */
	size_t at, len;
	if (!ends && !when && n - w > 3 && after[1] == '(' &&
	    prr_rec_finding_id(after + 2, n - w - 2, &at, &len) && at == 0)
		when = w + 2 + len < n && s[w + 2 + len] == ')';
	/* ("Fixed January 17.": a day right after it, a month's name and
	 * then a digit, or a date in digits) */
	if (!ends && !when) {
		size_t m = w + 1, me = m;
		while (me < n && isalpha((unsigned char)s[me]))
			me++;
		prr_date_hit d;
		when = (me > m && me + 1 < n && s[me] == ' ' &&
			isdigit((unsigned char)s[me + 1]) &&
			prr_rec_date_period(s + m, me - m)) ||
		       (prr_rec_date_find(s + m, n - m, &d) && d.at == 0);
	}
	return (ends || when) &&
	       imp_closed_status(prr_arena_strndup(&im->tmp, s, w));
}

/* A line whose label, before a ':' near its start, names a score:
 * "Overall score: **7.2/10** (minimum required …)" is read however long
 * its note. */
static bool score_labelled(imp *im, const char *s, size_t n)
{
	const char *c = memchr(s, ':', n < 48 ? n : 48);
	return c && imp_names_score(prr_arena_strndup(&im->tmp, s, (size_t)(c - s)));
}

/* (import_int.h) */
const char *imp_para_wrapped(imp *im, const char *s)
{
	const char *para = im->para;
	if (!para || s <= para || s > para + im->para_n || s[-1] != '\n')
		return NULL;
	const char *e = s - 1, *b = e;
	while (e > para && e[-1] == ' ')
		e--;
	size_t words = 1;
	/* back to the sentence's start on that line, 64 bytes at most */
	while (b > para && b[-1] != '\n' && e - b < 64 &&
	       !(b[-1] == ' ' && b - 1 > para && strchr(".!?;:", b[-2]))) {
		words += b[-1] == ' ';
		b--;
	}
	/* (a sentence of its own: not the end of one wrapped from above) */
	bool opens = b == para || b[-1] == ' ';
	while (b < e && *b == ' ')
		b++, words--;
	if (!opens || b == e || words > 4 || !imp_letter_byte((unsigned char)*b) ||
	    strchr(".!?;:,", e[-1]))
		return NULL;
	return prr_arena_strndup(&im->tmp, b, (size_t)(e - b));
}

/* "UPDATE: panels added 2026-02-27 — done.", "UPDATE: removed in theme
 * 1.4, closed.", "EDIT 2026-03-02: closed.": a line of s[0..n) opens
 * with an update's label (imp_head_update_label) and the text's last
 * clause, after a comma, a semicolon, a dash or the label's colon, is
 * one word that closes a finding. */
static bool update_over(imp *im, const char *s, size_t n)
{
	size_t e = n, w;
	while (e && strchr(" \n.*_", s[e - 1]))
		e--;
	for (w = e; w && e - w < 40 && !strchr(" ,;\n", s[w - 1]); w--)
		;
	size_t d = w; /* the mark before the word: ',', ';' or a dash */
	while (d && s[d - 1] == ' ')
		d--;
	bool dash = d >= 3 && (memcmp(s + d - 3, "\xE2\x80\x94", 3) == 0 ||
			       memcmp(s + d - 3, "\xE2\x80\x93", 3) == 0);
	if (w == e || !d || (!dash && !strchr(",;:-", s[d - 1])) ||
	    !imp_closed_status(prr_arena_strndup(&im->tmp, s + w, e - w)))
		return false;
	prr_str v;
	for (size_t a = 0; a < d; a++)
		if ((!a || s[a - 1] == '\n') && imp_head_update_label(s + a, n - a, &v))
			return true;
	return false;
}

/* Whether the clause s[a..b) opens by saying the finding is over, and
 * does not take it back: "Fixed in staging only, production still
 * affected", or put it ahead: "Resolved in 4.8, planned for March". */
static bool fixed_clause(imp *im, const char *s, size_t a, size_t b)
{
	static const char *const buts[] = { " only", " but ", " still ",
		" pending", " partial", " not ", " planned", " scheduled",
		" will ", NULL };
	for (int k = 0; buts[k]; k++)
		if (imp_contains_ci_n(s + a, b - a, buts[k]))
			return false;
	/* (a sentence that is a status field: "Status: Fixed in 7d2e1f0
	 * on 2026-01-08.") */
	size_t f = a;
	if (b - a > 7 && strncasecmp(s + a, "status:", 7) == 0)
		for (f = a + 7; f < b && s[f] == ' '; f++)
			;
	return opens_fixed(im, s + f, b - f);
}

bool imp_rating_parens(const char *s, size_t n, size_t *o, size_t *e)
{
	size_t id, id_n, b = 0;
	prr_severity sev;
	bool blocking;
	/* (after the emphasis that opens it: "**TB-21 (Critical, …)**") */
	while (b < n && (s[b] == '*' || s[b] == '_'))
		b++;
	if (!prr_rec_id_rated(s + b, n - b, &id, &id_n, &sev, &blocking))
		return false;
	id += b;
	/* after the ID ("PUSH-5 (low, closed)"), or around it ("(GC-8,
	 * Low, fixed)") */
	for (*o = id + id_n; *o < n && s[*o] == ' '; (*o)++)
		;
	if (!(*o < n && s[*o] == '(')) {
		if (!id || s[id - 1] != '(')
			return false;
		*o = id - 1;
	}
	const char *close = memchr(s + *o, ')', n - *o);
	*e = close ? (size_t)(close - s) : *o;
	return *e - *o > 1 && *e - *o <= 48;
}

bool imp_rating_over(imp *im, const char *s, size_t n)
{
	size_t o, e;
	if (!imp_rating_parens(s, n, &o, &e))
		return false;
	/* each clause after the first: "closed", "closed 2026-05-30",
	 * "fixed in 2.3" (not "open", "fix planned") */
	for (size_t a = o + 1, b; a < e; a = b + 1) {
		for (b = a; b < e && s[b] != ',' && s[b] != ';'; b++)
			;
		if (a == o + 1)
			continue;
		size_t i = a, j = b;
		while (i < j && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
			i++;
		while (j > i && (s[j - 1] == ' ' || s[j - 1] == '*' || s[j - 1] == '_'))
			j--;
		if (j > i && fixed_clause(im, s, i, j))
			return true;
	}
	return false;
}

/* (import_int.h) */
bool imp_remark_fixed(imp *im, const char *s, size_t n)
{
	size_t e = n, o;
	while (e && strchr(" \n.*_", s[e - 1]))
		e--;
	if (!e || s[e - 1] != ')')
		return false;
	for (o = e - 1; o && e - o < 160 && !strchr("()", s[o - 1]); o--)
		;
	return o && s[o - 1] == '(' && fixed_clause(im, s, o, e - 1);
}

#define FIXED_CLAUSE_MAX 480

bool imp_says_fixed(imp *im, const char *s, size_t n)
{
	if (update_over(im, s, n))
		return true;
	for (size_t a = 1; a < n; a++) {
		if (s[a] == ' ' || s[a] == '\n' ||
		    (s[a - 1] != ' ' && s[a - 1] != '\n'))
			continue;
		size_t p = a;
		while (p && (s[p - 1] == ' ' || s[p - 1] == '\n'))
			p--;
		/* after a sentence, or a dash: "Double posting — fixed in
		 * R3, verified by five chaos runs; kept for the record."
		 * (a hyphen before a space too: "… on Safari- fixed in web
		 * 2.0.4", where Jira's strike ends) */
		bool dash = (p >= 3 && (unsigned char)s[p - 3] == 0xE2 &&
			     (unsigned char)s[p - 2] == 0x80 &&
			     ((unsigned char)s[p - 1] == 0x94 ||
			      (unsigned char)s[p - 1] == 0x93)) ||
			    (p < a && s[p - 1] == '-');
		if (!p || (s[p - 1] != '.' && s[p - 1] != ';' && !dash))
			continue;
		/* (a version's dots, "4.8", end no sentence; one that runs
		 * on past FIXED_CLAUSE_MAX bytes is no clause read: each
		 * clause start read to the paragraph's end was quadratic) */
		size_t b = a, cap = n - a > FIXED_CLAUSE_MAX ? a + FIXED_CLAUSE_MAX : n;
		while (b < cap && s[b] != ';' &&
		       !(s[b] == '.' && (b + 1 == n || s[b + 1] == ' ' || s[b + 1] == '\n')))
			b++;
		if (b < n && b == cap)
			continue;
		if (fixed_clause(im, s, a, b))
			return true;
	}
	return false;
}

void imp_fixed(imp *im, size_t f)
{
	*PRR_VEC_PUSH(im->a, im->fixed, im->n_fixed, im->cap_fixed) = f;
}

void imp_drop_fixed_findings(imp *im)
{
	prr_review *r = im->r;
	size_t kept = 0;
	if (!im->n_fixed || !r->n_findings)
		return;
	/* (marked once each: looked up per finding, 50,000 struck items
	 * said fixed took seconds) */
	bool *fixed = prr_arena_array(&im->tmp, r->n_findings, sizeof *fixed);
	for (size_t k = 0; k < im->n_fixed; k++)
		if (im->fixed[k] < r->n_findings)
			fixed[im->fixed[k]] = true;
	for (size_t i = 0; i < r->n_findings; i++)
		if (!fixed[i])
			r->findings[kept++] = r->findings[i];
	r->n_findings = kept;
}

/* The findings' IDs in s[from..b) (s[a..b) a sentence), each kept to be
 * made blocking once all are read: at a word's start, after "**" or
 * "(". */
static void pend_ids(imp *im, const char *s, size_t a, size_t from, size_t b,
		     int line)
{
	for (size_t i = from; i < b; i++) {
		size_t at, len;
		if ((i > a && s[i - 1] != ' ' && s[i - 1] != '*' &&
		     s[i - 1] != '(') ||
		    !(s[i] >= 'A' && s[i] <= 'Z') ||
		    !prr_rec_finding_id(s + i, b - i, &at, &len) || at)
			continue;
		imp_add_pending(im, PEND_BLOCKS,
				prr_arena_strndup(im->a, s + i, len), NULL,
				0, 0, 0, line);
		i += len;
	}
}

void imp_note_blocking_ids(imp *im, const char *s, size_t n, int line)
{
	for (size_t a = 0; a < n;) {
		size_t b = a;
		while (b < n && !((s[b] == '.' || s[b] == ';' || s[b] == '!') &&
				  (b + 1 == n || s[b + 1] == ' ')))
			b++;
		bool blocking = false;
		prr_rec_severity(s + a, b - a, &blocking);
		/* (not a wish or a dispute reported: "Lars wanted DY-33 to be
		 * a blocker; we disagreed.") */
		static const char *const wishes[] = { "wanted", "wants", "asked for",
			"asked that", "suggested", "proposed", "argued", "pushed for",
			"disagree", "would like", NULL };
		static rec_vocab wished = REC_VOCAB(wishes);
		if (blocking && imp_contains_any(s + a, b - a, &wished))
			blocking = false;
		/* "NO-GO until the backfill is throttled (MRL-88)": what the
		 * verdict waits for blocks, the IDs after its "until" */
		size_t from = a;
		if (!blocking) {
			const char *u = imp_find_ci_n(s + a, b - a, " until ");
			size_t vat, vlen;
			/* (not a verdict of before: "We were NO-GO until …") */
			if (u && !imp_contains_ci_n(s + a, (size_t)(u - s) - a, " was ") &&
			    !imp_contains_ci_n(s + a, (size_t)(u - s) - a, " were ") &&
			    prr_rec_verdict(s + a, (size_t)(u - s) - a, &vat,
						 &vlen) == PRR_LEVEL_NOT_READY) {
				blocking = true;
				from = (size_t)(u - s) + 7;
			}
		}
		if (blocking)
			pend_ids(im, s, a, from, b, line);
		a = b + 1;
	}
}

/* A word of conditions ("Conditions for go-live", "Go-live conditions",
 * "Auflagen"), whole. */
static bool conditions_heading(const char *h)
{
	static const char *const words[] = { "condition", "conditions",
		"condiciones", "condições", "condizioni", "bedingungen",
		"auflagen", "voorwaarden", NULL };
	return imp_has_word_of(h, words);
}

/* "(issue 1)", "see finding 2", "issues 1 and 3": findings of the last
 * list of them (each an item) named by their number made blocking. */
static void numbered_blockers(imp *im, const char *s, size_t n)
{
	static const char *const nouns[] = { "issue", "issues", "finding",
		"findings", "blocker", "blockers", NULL };
	for (size_t i = 0; i < n && im->found_n;) {
		size_t e = i;
		while (e < n && isalpha((unsigned char)s[e]))
			e++;
		bool noun = e > i && (i == 0 || !isalnum((unsigned char)s[i - 1])) &&
			    imp_is_one_of(s + i, e - i, nouns);
		i = e > i ? e : i + 1;
		/* its numbers: "1", "#2", "1 and 3", "1, 2" */
		for (size_t k = e; noun && k < n;) {
			while (k < n && strchr(" #,&", s[k]))
				k++;
			if (n - k > 4 && strncmp(s + k, "and ", 4) == 0)
				k += 4;
			size_t d = k, num = 0;
			while (k < n && isdigit((unsigned char)s[k]) && k - d < 3)
				num = num * 10 + (size_t)(s[k++] - '0');
			if (k == d || (k < n && isalnum((unsigned char)s[k])) ||
			    (k + 1 < n && s[k] == '.' && isdigit((unsigned char)s[k + 1])))
				break;
			if (num < 1 || num > im->found_n ||
			    im->found_first + num - 1 >= im->r->n_findings)
				continue;
			prr_finding *f = &im->r->findings[im->found_first + num - 1];
			if (!(f->title && prr_rec_denies_blocking(f->title,
								  strlen(f->title))))
				f->blocking = true;
		}
	}
}

void imp_note_conditions(imp *im, const item *items, size_t n, bool first)
{
	if (!first || !im->n_hs || !conditions_heading(imp_nearest_title(im)))
		return;
	for (size_t k = 0; k < n; k++) {
		const item *it = &items[k];
		/* (not one met, "~~…~~", "[x]", nor one that offers another
		 * way: "TG2-129 load test passed, or the rollout split") */
		if (it->struck || it->done || it->task == 'x' || it->task == 'X' ||
		    imp_contains_ci_n(it->raw, it->raw_n, ", or "))
			continue;
		pend_ids(im, it->raw, 0, 0, it->raw_n, it->line);
		numbered_blockers(im, it->raw, it->raw_n);
	}
}

/* Under a finding's heading that names no ID ("### 🔴 CRITICAL: Live
 * Activity crashes"), the one ID its text names in parentheses alone or
 * opening it ("The fix is in review (WF-3381).", "WF-3394. Open, …") is
 * its ID, where no other finding has it. */
static void body_id(imp *im, const secx *fx, const char *s, size_t n)
{
	prr_finding *f = &im->r->findings[fx->found - 1];
	size_t at, len, got = 0, got_n = 0, ids = 0;
	if (!f->id || f->id[0] != 'F' || strspn(f->id + 1, "0123456789") !=
	    strlen(f->id + 1) || (fx->title && prr_rec_finding_id(
		fx->title, strlen(fx->title), &at, &len)))
		return;
	for (size_t a = 0, ref = 0; a < n; a++) {
		/* (not on a line that points elsewhere: "**Mitigation**:
		 * Complete type checker (CRIT-001)", another finding's) */
		if (!a || s[a - 1] == '\n')
			ref = a + imp_refers_elsewhere(s + a, n - a);
		if (a < ref || (a && s[a - 1] != '('))
			continue;
		size_t w = n - a < 40 ? n - a : 40, e;
		if (!prr_rec_finding_id(s + a, w, &at, &len) || at ||
		    (e = a + len) >= n || s[e] != (a ? ')' : '.'))
			continue;
		if (ids && (got_n != len || memcmp(s + got, s + a, len) != 0))
			return; /* two IDs: neither is its own */
		got = a, got_n = len, ids++;
	}
	for (size_t k = 0; ids && k < im->r->n_findings; k++) {
		const char *id = im->r->findings[k].id;
		if (id && strlen(id) == got_n && memcmp(id, s + got, got_n) == 0)
			return;
	}
	if (ids)
		imp_finding_set_id(im, fx->found - 1,
				   prr_arena_strndup(im->a, s + got, got_n));
}

/* A Confluence table ("||Component||Monitoring||" over "|auth-api|(/)|")
 * is no Markdown table, so a paragraph: said, as an HTML table is, so
 * that its scorecard is not lost unsaid (once, at its header). */
static void confluence_table(imp *im, const char *s, size_t n, int line)
{
	for (size_t at = 0; at < n; line++) {
		const char *nl = memchr(s + at, '\n', n - at);
		size_t e = nl ? (size_t)(nl - s) : n;
		if (e - at > 4 && s[at] == '|' && s[at + 1] == '|' &&
		    s[e - 1] == '|' && s[e - 2] == '|') {
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
				     line, 0, "not imported: a Confluence table "
				     "(prr reads Markdown tables; write it as one to "
				     "have it read)");
			return;
		}
		at = nl ? e + 1 : n;
	}
}

void imp_handle_paragraph(imp *im, size_t i)
{
	size_t n;
	const char *s = imp_ntext(im, i, &n);
	int line = imp_node_line(im, i);
	if (n > 4 && memchr(s, '|', n))
		confluence_table(im, s, n, line);
	all_block(im, s, n, line);
	imp_group_must_fix(im, s, n);
	imp_prose_findings(im, s, n, line); /* (before what says them fixed) */
	said_fixed(im, s, n);
	imp_note_scale(im, s, n);
	imp_sentence_severity(im, s, n);
	/* "CVSS 9.8 (AV:N/…)" under a finding's heading that rates it no
	 * other way */
	secx *fx = imp_sec_x(im, im->cur_sec);
	if (fx && fx->found &&
	    im->r->findings[fx->found - 1].severity == PRR_SEV_UNKNOWN)
		im->r->findings[fx->found - 1].severity = prr_rec_cvss(s, n);
	if (fx && fx->found)
		body_id(im, fx, s, n);
	if (fx && fx->found && (opens_fixed(im, s, n) || imp_says_fixed(im, s, n)))
		*PRR_VEC_PUSH(im->a, im->fixed, im->n_fixed, im->cap_fixed) =
			fx->found - 1;
	size_t lines = 0, fields = 0;
	bool bold_finding = imp_callout_finding(im, s, n, line) ||
			    imp_paragraph_finding(im, s, n, line),
	     qa = !bold_finding && imp_qa_paragraph(im, s, n, line),
	     finding = bold_finding || qa;
	/* "**LDB-5 (Medium): …** Found at T-14d. Resolved on 2026-04-08",
	 * and a finding's heading over "… Fixed in registry commit `9c41e0a`
	 * on 2026-02-21, kept here for the record.": over */
	if (bold_finding && (imp_says_fixed(im, s, n) || imp_remark_fixed(im, s, n)))
		imp_fixed(im, im->r->n_findings - 1);
	imp_finding_body_blocks(im, s, n);
	const char *p = s, *end = s + n;
	im->para = s;
	im->para_n = n;
	im->para_scale = -1;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
		int ln = line ? line + (int)lines : 0;
		prr_str nm, val, seg[8];
		imp_line_kind kind = imp_comp_of_context(im) == NONE
					     ? IMP_LINE_TEXT : IMP_LINE_COMPONENT;
		/* (a question's answer, "**A:** Yes", is no field) */
		size_t nseg = qa && lines == 1 ? 0 : field_segments(p, k, seg, 8);
		size_t days = 0;
		for (size_t g = 0; g < nseg; g++) {
			prr_date_hit hit;
			segment_field(seg[g].p, seg[g].n, &nm, &val);
			days += imp_date_find(im, val.p, val.n, &hit);
		}
		/* two days or more side by side: a schedule, each day its
		 * label's (only a label of the review's date dates it) */
		im->date_schedule = days >= 2;
		for (size_t g = 0; g < nseg; g++) {
			imp_head_line(im, seg[g].p, seg[g].n, ln, kind);
			bool plain = !imp_split_field(seg[g].p, seg[g].n, &nm, &val);
			segment_field(seg[g].p, seg[g].n, &nm, &val);
			/* "Owner: Kim · Rollout: 1% → 100%": a plain field's
			 * figure is a score only where it would be on a line
			 * of its own ("Readiness score: 62%"), not a share
			 * rolled out or an error budget */
			double v, hi, max;
			if (plain && prr_parse_score(val.p, val.n, &v, &hi, &max) == 0) {
				if (!imp_score_text(im, seg[g].p, seg[g].n, ln, IMP_LINE_TEXT))
					imp_add_field(im, imp_clean(im, nm.p, nm.n),
						      imp_clean(im, val.p, val.n), ln);
			} else {
				imp_handle_field(im, nm, val, ln);
			}
		}
		im->date_schedule = false;
		if (!nseg)
			imp_head_line(im, p, k, ln, kind);
		bool quiet = false;
		if (nseg) {
			fields++;
		} else if ((finding && !lines) || (qa && lines == 1)) {
			/* its first line is the finding's, no field */
		} else if (k && imp_split_field(p, k, &nm, &val)) {
			imp_handle_field(im, nm, continued(val, p + k, end), ln);
			fields++;
			quiet = imp_quiet_field(nm.p, nm.n);
		} else if (k > 4 && p[0] == '*' && p[1] == '*' &&
			   imp_wave_line(im, p, k, ln, true)) {
			/* "**Wave 1 — connector rewrite (2026-07-13 →
			 * 2026-07-31)**": a step of the plan (import_plan.c) */
		} else if (k && (k <= 80 || score_labelled(im, p, k)) &&
			   imp_letter_byte((unsigned char)*p) &&
			   (imp_has_digit(p, k) || memchr(p, ':', k))) {
			/* "Readiness score: 62%" unbolded: a score when its
			 * label names one (imp_score_text asks); not a line
			 * of marks ("✅ **Ratings**: 4.5/5" of a product) */
			if (!plain_estimate(im, p, k, ln))
				imp_score_text(im, p, k, ln, IMP_LINE_TEXT);
		} else if (!lines && headline_score(im, p, k, ln)) {
			/* (the section's score, said first thing) */
		} else if (!lines && imp_bold_part_score(im, p, k, ln)) {
			/* "**✅ Security & Compliance (100%)**" under the
			 * whole's score: one of its parts */
		} else if (bold_scored(p, k)) {
			/* "**Reliability** — 6/10. …": a line of a scorecard,
			 * a dimension as a list item's is */
			imp_score_text(im, p, k, ln, IMP_LINE_ITEM);
		}
		/* "**Files to Create:** `a.ts`, `b.ts`" */
		imp_files_kind fk = quiet || !memchr(p, ':', k < 48 ? k : 48)
				    ? FILES_NONE : imp_files_label(p, k);
		if (fk)
			imp_files_list(im, fk, p, k, ln);
		else if (!quiet)
			imp_scan_evidence(im, (imp_owner){ OWN_NONE, 0, 0 }, p,
					  k, ln, EV_TEXT);
		imp_note_named_count(im, p, k, ln);
		imp_legend_line(im, p, k); /* "Status legend: ✅ done · …" */
		if (imp_has_digit(p, k)) { /* counts and commit ids have one */
			imp_note_blocking_ids(im, p, k, ln);
			imp_note_claims(im, p, k, ln, true);
			imp_scan_commits(im, p, k, ln);
		}
		lines++;
		p += k + 1;
	}
	/* what a heading that states its status says of it first: the
	 * note of its item (imp_heading_checks), its first sentence,
	 * carried on where a line breaks it off */
	const char *nl = memchr(s, '\n', n);
	size_t first = imp_text_sentence_on(im, s, nl ? (size_t)(nl - s) : n);
	im->para = NULL;
	if (lines && fields == lines)
		imp_take_lines(im, i);
	else if (im->cur_sec != NONE && !im->sx[im->cur_sec].first_text)
		im->sx[im->cur_sec].first_text = imp_clean(im, s, first);
	imp_lead_paragraph(im, s, n, imp_node_last_line(im, i));
	/* "**1.1 — [HIGH] Symbol manager not deployed**" over "- Verified
	 * via grep …": the list right after a finding is its details */
	im->details_line = bold_finding ? imp_node_last_line(im, i) : 0;
	imp_note_lead_count(im, s, n, imp_node_last_line(im, i));
	imp_denied_lead(im, s, n, imp_node_last_line(im, i));
	imp_label_lead(im, s, n, imp_node_last_line(im, i));
	imp_files_lead(im, s, n, imp_node_last_line(im, i));
	imp_phase_needs_lead(im, s, n, imp_node_last_line(im, i));
	imp_todo_lead(im, s, n, imp_node_last_line(im, i));
	imp_option_lead(im, s, n, imp_node_last_line(im, i));
	imp_proceed_lead(im, s, n, imp_node_last_line(im, i));
}

void imp_denied_lead(imp *im, const char *s, size_t n, int last_line)
{
	while (n && s[n - 1] == ' ')
		n--;
	if (n < 9 || n > 80 || s[n - 1] != ':' || memchr(s, '\n', n) ||
	    strncasecmp(s, "not ", 4) != 0 || !im->n_hs)
		return;
	/* the word it denies, its first five letters a word's start in the
	 * heading ("conditions" of "Conditions (must be met by …)") */
	size_t e = 4;
	while (e < n && isalpha((unsigned char)s[e]))
		e++;
	const char *h = imp_nearest_title(im);
	bool named = false;
	for (size_t k = 0, hn = strlen(h); e - 4 >= 4 && k + 5 <= hn && !named; k++)
		named = (k == 0 || !isalpha((unsigned char)h[k - 1])) &&
			strncasecmp(h + k, s + 4, 5) == 0;
	if (!named)
		return;
	im->denied_title = imp_clean(im, s, n - 1);
	im->denied_line = last_line;
}

const char *imp_list_title(imp *im, const char *title, int first_line)
{
	return im->denied_title && first_line > im->denied_line &&
		       first_line <= im->denied_line + 2 ? im->denied_title : title;
}

void imp_finding_body_blocks(imp *im, const char *s, size_t n)
{
	secx *x = imp_sec_x(im, im->cur_sec);
	if (!x || !x->found)
		return;
	for (size_t i = 0; i < n; i++) {
		/* where a sentence opens: the text's start, a line's, or
		 * after ". " */
		bool opens = i == 0 || s[i - 1] == '\n' ||
			     (i >= 2 && s[i - 1] == ' ' &&
			      (s[i - 2] == '.' || s[i - 2] == '!'));
		/* (or by label: "Blocks: general availability of …") */
		if (opens && s[i] != ' ' && (prr_rec_opens_blocking(s + i, n - i) ||
					     imp_starts_with_ci(s + i, n - i, "blocks: ") ||
					     imp_sentence_calls_blocker(s + i, n - i))) {
			/* (not one that denies it: "**Blocker Status:** ❌
			 * NOT A BLOCKER"; its line, 160 bytes at most) */
			size_t ln = n - i < 160 ? n - i : 160;
			const char *nl = memchr(s + i, '\n', ln);
			if (prr_rec_denies_blocking(s + i, nl ? (size_t)(nl - s) - i : ln))
				continue;
			im->r->findings[x->found - 1].blocking = true;
			return;
		}
	}
}
