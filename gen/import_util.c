/* import_util.c - text helpers, lines, sections' context, claims, commit references. */
#include "import_int.h"
#include "prr/figures.h"
#include "prr/mojibake.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void *imp_priv_grow(void *arr, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return arr;
	size_t ncap = *cap ? *cap : 64;
	while (ncap < need)
		ncap *= 2;
	if (ncap > SIZE_MAX / size)
		prr_die_oom();
	*cap = ncap;
	return prr_xrealloc(arr, ncap * size);
}

/*** Building the tree ***/
const char *imp_ntext(const imp *im, size_t i, size_t *n)
{
	*n = im->nodes[i].t_len;
	return im->pool.p + im->nodes[i].t_off;
}

/*
 * The line of source offset `off`.  The walk asks for lines in document
 * order, so a cursor left at the last answer usually needs a step or two
 * forward; a binary search over all lines for each of the millions of
 * lookups a large document makes was a tenth of the import's time (cache
 * misses in a line table of megabytes).  Far jumps still search.
 */
int imp_line_of(imp *im, size_t off)
{
	if (off == NONE)
		return 0;
	/* the parsed text's lines; the document's, where they differ */
	const prr_linemap *m = im->orig ? &im->pmap : &im->map;
	const size_t *st = m->starts;
	size_t n = m->n, k = im->line_at;
	if (off > m->len)
		off = m->len;
	if (st[k] <= off) {
		for (int step = 0; step < 8; step++) {
			if (k + 1 == n || st[k + 1] > off) {
				im->line_at = k;
				return im->orig ? im->orig[k] : (int)k + 1;
			}
			k++;
		}
	} else {
		/* back to a block's first line (take_lines) */
		for (int step = 0; step < 8 && k > 0; step++) {
			k--;
			if (st[k] <= off) {
				im->line_at = k;
				return im->orig ? im->orig[k] : (int)k + 1;
			}
		}
	}
	int line, col;
	prr_linemap_locate(m, off, &line, &col);
	im->line_at = (size_t)line - 1;
	return im->orig ? im->orig[line - 1] : line;
}

int imp_node_line(imp *im, size_t i)
{
	return imp_line_of(im, im->nodes[i].first);
}

int imp_node_last_line(imp *im, size_t i)
{
	const node *n = &im->nodes[i];
	return imp_line_of(im, n->last && n->last != NONE ? n->last - 1 : NONE);
}

void imp_take_lines(imp *im, size_t i)
{
	int a = imp_node_line(im, i), b = imp_node_last_line(im, i);
	for (int l = a; l && l <= b; l++)
		im->used[l] = 1;
}

/*
 * Markdown text -> display text: no "**", whitespace collapsed, trimmed.
 * *same: whether the result is byte for byte `s` (most table cells), so a
 * caller that wants both texts can use one copy for the two.
 */
size_t imp_html_tag(const char *s, size_t n)
{
	static const char *const tags[] = { "b", "i", "u", "s", "em", "strong",
		"br", "span", "sup", "sub", "small", "mark", "del", "ins", "code",
		"font", "p", "div", "kbd", NULL };
	size_t i = 1;
	if (i < n && s[i] == '/')
		i++;
	size_t a = i;
	while (i < n && isalpha((unsigned char)s[i]))
		i++;
	bool known = false;
	for (int t = 0; tags[t] && !known; t++)
		known = strlen(tags[t]) == i - a && strncasecmp(s + a, tags[t], i - a) == 0;
	if (!known)
		return 0;
	while (i < n && s[i] != '>' && s[i] != '<' && s[i] != '\n' && i < 80)
		i++;
	return i < n && s[i] == '>' ? i + 1 : 0;
}

bool imp_inline_tag(imp *im, size_t i, const char *s, size_t n)
{
	node *nd = &im->nodes[i];
	const char *t = im->pool.p + nd->t_off;
	bool closing = n > 1 && s[1] == '/';
	if (n > 4 && strncasecmp(s + 1 + closing, "sup", 3) == 0) {
		/* "7.5 / 10<sup>1</sup>": a footnote's number after a figure,
		 * dropped with its tags (not "10<sup>-3</sup>" of a power) */
		size_t from = im->sup_from;
		im->sup_from = 0;
		if (!closing && nd->t_len && isdigit((unsigned char)t[nd->t_len - 1]))
			im->sup_from = nd->t_len + 1;
		else if (closing && from && nd->t_len >= from && nd->t_len - from < 3) {
			bool note = nd->t_len > from - 1;
			for (size_t k = from - 1; k < nd->t_len; k++)
				note &= isalnum((unsigned char)t[k]) != 0;
			if (note)
				nd->t_len = from - 1;
		}
		return false;
	}
	return n > 2 && (s[1] | 0x20) == 'b' && (s[2] | 0x20) == 'r';
}

/* The length of a footnote's mark at s[0] ("[^apple]", "[^1]"): a label
 * of letters, digits, '-' or '_'; not a footnote's own line ("[^apple]:
 * …"), nor a link's text.  0 when there is none. */
static size_t footnote_mark(const char *s, size_t n)
{
	size_t i = 2;
	if (n < 4 || s[1] != '^')
		return 0;
	while (i < n && i < 34 && (isalnum((unsigned char)s[i]) || s[i] == '-' ||
				   s[i] == '_'))
		i++;
	if (i == 2 || i >= n || s[i] != ']' || (i + 1 < n && strchr(":([", s[i + 1])))
		return 0;
	return i + 1;
}

char *imp_clean_same(imp *im, const char *s, size_t n, bool *same)
{
	/* 1: a byte imp_clean() treats specially (most are copied as they are) */
	static const unsigned char special[256] = {
		['*'] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1, [' '] = 1,
		[0xC2] = 1, [0xE2] = 1, [0xEF] = 1, /* odd spaces' leads */
		['['] = 1, /* a footnote's mark */
	};
	char *out = prr_arena_alloc_str(im->a, n + 1);
	size_t k = 0;
	bool turned = false; /* a tab or line break became a space */
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!special[(unsigned char)c]) {
			out[k++] = c;
			continue;
		}
		if (c == '*' && i + 1 < n && s[i + 1] == '*') {
			i++;
			continue;
		}
		if (c == '[') {
			/* "Rejected 2026-02-18[^apple]": a footnote's mark, which
			 * md4c leaves as text, is no word of the text */
			size_t m = footnote_mark(s + i, n - i);
			if (m) {
				i += m - 1;
				continue;
			}
			out[k++] = c;
			continue;
		}
		/* a no-break space is a space, a zero-width one nothing
		 * ("\u00a0Fail", "Not\u00a0ready", "\u200bReady") */
		int invisible;
		size_t odd = (unsigned char)c >= 0x80
				     ? prr_utf8_odd_space(s + i, n - i, &invisible) : 0;
		if (odd) {
			i += odd - 1;
			turned = true;
			if (invisible)
				continue;
			c = ' ';
		} else if ((unsigned char)c >= 0x80) {
			out[k++] = c;
			continue;
		}
		if (c == '\n' || c == '\t' || c == '\r') {
			c = ' ';
			turned = true;
		}
		if (c == ' ' && (k == 0 || out[k - 1] == ' '))
			continue;
		out[k++] = c;
	}
	while (k && out[k - 1] == ' ')
		k--;
	out[k] = 0;
	/* nothing dropped (k == n) and nothing replaced */
	*same = k == n && !turned;
	return out;
}

/* (import_int.h) */
size_t imp_dash_len(const char *s, size_t n)
{
	if (n >= 1 && s[0] == '-')
		return 1;
	if (n >= 3 && (memcmp(s, "\xE2\x80\x94", 3) == 0 ||
		       memcmp(s, "\xE2\x80\x93", 3) == 0))
		return 3;
	return 0;
}

size_t imp_bold_at(const char *s, size_t n, size_t from)
{
	for (size_t i = from; i + 1 < n; i++)
		if (s[i] == '*' && s[i + 1] == '*')
			return i;
	return n;
}

/* (import_int.h) */
size_t imp_entity(const char *s, size_t n, char *out, size_t *on)
{
	static const struct { const char *e, *s; } named[] = {
		{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
		{ "&quot;", "\"" }, { "&nbsp;", " " }, { "&#39;", "'" },
		{ "&apos;", "'" },
	};
	for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
		size_t m = strlen(named[k].e);
		if (m <= n && strncasecmp(s, named[k].e, m) == 0) {
			*on = strlen(named[k].s);
			memcpy(out, named[k].s, *on);
			return m;
		}
	}
	if (n < 4 || s[1] != '#')
		return 0;
	bool hex = s[2] == 'x' || s[2] == 'X';
	size_t i = hex ? 3 : 2;
	uint32_t cp = 0;
	size_t digits = 0;
	for (; i < n && digits < 7 && isxdigit((unsigned char)s[i]); i++, digits++) {
		if (!hex && !isdigit((unsigned char)s[i]))
			break;
		cp = cp * (hex ? 16 : 10) +
		     (uint32_t)(isdigit((unsigned char)s[i]) ? s[i] - '0'
							      : (tolower((unsigned char)s[i]) - 'a' + 10));
	}
	if (!digits || i >= n || s[i] != ';' || cp == 0 || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	int m = prr_utf8_encode(cp, out);
	if (m <= 0)
		return 0;
	*on = (size_t)m;
	return i + 1;
}

char *imp_clean(imp *im, const char *s, size_t n)
{
	bool same;
	return imp_clean_same(im, s, n, &same);
}

/* The title in `c`, a clean text (imp_clean's, so a heading or a cell
 * already cleaned is not cleaned again): without status marks around it
 * or a list number.  A part of `c`, copied only when marks end it. */
const char *imp_title_in(imp *im, const char *c)
{
	size_t len = strlen(c);
	size_t lead = prr_status_lead(c, len);
	size_t tail = prr_status_tail(c + lead, len - lead);
	if (lead + tail < len)
		c = tail ? prr_arena_strndup(im->a, c + lead, len - lead - tail)
			 : c + lead;
	/* "1. Foo", "#### 2. Foo" */
	size_t i = 0;
	while (isdigit((unsigned char)c[i]))
		i++;
	if (i && i < 4 && (c[i] == '.' || c[i] == ')') && c[i + 1] == ' ' &&
	    c[i + 2])
		c += i + 2;
	return c;
}

/* A title: clean, without status marks around it or a list number. */
const char *imp_title_of(imp *im, const char *s, size_t n)
{
	return imp_title_in(im, imp_clean(im, s, n));
}

bool imp_has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return true;
	return false;
}

bool imp_starts_with_ci(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n >= k && strncasecmp(s, w, k) == 0;
}

bool imp_starts_with_word(const char *s, size_t n, const char *const *words)
{
	for (int k = 0; words[k]; k++) {
		size_t l = strlen(words[k]);
		if (imp_starts_with_ci(s, n, words[k]) &&
		    (l == n || !isalpha((unsigned char)s[l])))
			return true;
	}
	return false;
}


/* Does `s` contain `w` (lower case), ignoring ASCII case? */
bool imp_contains_ci(const char *s, const char *w)
{
	size_t k = strlen(w);
	unsigned char c0 = (unsigned char)w[0];
	for (; *s; s++)
		if (lower((unsigned char)*s) == c0 &&
		    strncasecmp(s, w, k) == 0)
			return true;
	return false;
}

/* "%ld" without vsnprintf: see ratio_text */
/* imp_contains_ci over s[0..n), not NUL-terminated. */
const char *imp_find_ci_n(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	unsigned char c0 = lower((unsigned char)w[0]);
	/* the first byte first: a call per place was most of an import */
	for (size_t i = 0; i + k <= n; i++)
		if (lower((unsigned char)s[i]) == c0 &&
		    strncasecmp(s + i, w, k) == 0)
			return s + i;
	return NULL;
}

bool imp_contains_ci_n(const char *s, size_t n, const char *w)
{
	return imp_find_ci_n(s, n, w) != NULL;
}

const char *imp_long_text(imp *im, long v)
{
	char tmp[24];
	return prr_arena_strndup(im->a, tmp, prr_decimal(tmp, v));
}

/*
 * "A/B", as printf's "%ld/%ld" writes it.  Count claims are written for
 * every total row and section, and vsnprintf cost a thousand
 * instructions a call: 3% of the import.
 */
const char *imp_ratio_text(imp *im, long a, long b)
{
	char tmp[48];
	size_t k = prr_decimal(tmp, a);
	tmp[k++] = '/';
	k += prr_decimal(tmp + k, b);
	return prr_arena_strndup(im->a, tmp, k);
}

/* An id of a letter and a number ("F3", "W2"), as "%c%lld" writes it. */
const char *imp_letter_id(imp *im, char letter, long long num)
{
	char tmp[PRR_DECIMAL_MAX + 1];
	tmp[0] = letter;
	return prr_arena_strndup(im->a, tmp, 1 + prr_decimal(tmp + 1, num));
}

/*
 * `v` as printf's "%g" writes it, at `out` (IMP_G_MAX bytes); its length.
 * A whole number from 0 to a million, most figures a review states, is
 * written by prr_decimal, as "%g" writes it too: snprintf cost a thousand
 * instructions a call.  (-0 and negatives go to snprintf.)
 */
size_t imp_g(char *out, double v)
{
	if (v == floor(v) && v >= 0 && v < 1e6 && !signbit(v))
		return prr_decimal(out, (long long)v);
	int k = snprintf(out, IMP_G_MAX, "%g", v);
	return k > 0 ? (size_t)k : 0;
}

const char *imp_g_text(imp *im, double v)
{
	char tmp[IMP_G_MAX];
	return prr_arena_strndup(im->a, tmp, imp_g(tmp, v));
}

/* "P% (a/b)": a share of a count, its percentage as every page shows one
 * (prr_pct_text: 5/8 is "62%", never "63%" here and "62%" there); 0/0 is
 * "0% (0/0)". */
const char *imp_share_text(imp *im, long a, long b)
{
	char tmp[96];
	size_t k = b ? prr_pct_text(tmp, 32, 100.0 * (double)a / (double)b,
				    NAN, NAN)
		     : prr_decimal(tmp, 0);
	if (!b)
		tmp[k++] = '%';
	memcpy(tmp + k, " (", 2);
	k += 2;
	k += prr_decimal(tmp + k, a);
	tmp[k++] = '/';
	k += prr_decimal(tmp + k, b);
	tmp[k++] = ')';
	return prr_arena_strndup(im->a, tmp, k);
}

/*
 * A stated percent against a count: "%g%%" of `pct`, and a/b (b > 0) as
 * imp_share_text writes it in `*found`.
 */
const char *imp_percent_text(imp *im, double pct, long a, long b,
			     const char **found)
{
	char tmp[IMP_G_MAX + 1];
	size_t k = imp_g(tmp, pct);
	tmp[k++] = '%';
	*found = imp_share_text(im, a, b);
	return prr_arena_strndup(im->a, tmp, k);
}

/* a, sep and b in one arena string: "%s%s%s" without vsnprintf's cost */
const char *imp_join(imp *im, const char *a, const char *sep,
			const char *b)
{
	size_t na = strlen(a), ns = strlen(sep), nb = strlen(b);
	char *o = prr_arena_alloc_str(im->a, na + ns + nb + 1);
	memcpy(o, a, na);
	memcpy(o + na, sep, ns);
	memcpy(o + na + ns, b, nb + 1);
	return o;
}

/*** Sections ***/

secx *imp_sec_x(imp *im, size_t sec)
{
	return sec == NONE ? NULL : &im->sx[sec];
}

/* The section carrying a component (this one or one above), or NONE. */
size_t imp_comp_of_context(imp *im)
{
	for (int k = im->n_hs - 1; k >= 0; k--)
		if (im->sx[im->hs[k].sec].comp)
			return im->sx[im->hs[k].sec].comp - 1;
	return NONE;
}

size_t imp_wave_of_context(imp *im)
{
	for (int k = im->n_hs - 1; k >= 0; k--)
		if (im->sx[im->hs[k].sec].wave)
			return im->sx[im->hs[k].sec].wave - 1;
	return NONE;
}

/* Where the word w (lower case) of a cell last starts, or n. */
static size_t last_word(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w), at = n;
	for (size_t i = 0; i + k <= n; i++)
		if (strncasecmp(s + i, w, k) == 0 &&
		    (i == 0 || !isalnum((unsigned char)s[i - 1])) &&
		    (i + k == n || !isalnum((unsigned char)s[i + k])))
			at = i;
	return at;
}

/* Where what a cell that tells a change says holds now ("❌ → ✅", "⚠️ →
 * ❌ (regressed)", "was ❌, now ✅", "Was ✅ on 08-10<br>now ⚠️
 * Partial"): after its last arrow or "now"; 0 if it tells none. */
static size_t changed_to(const char *s, size_t n)
{
	size_t at = 0, now = last_word(s, n, "now");
	for (size_t i = 0; i + 1 < n; i++) {
		if (s[i] == '-' && s[i + 1] == '>')
			at = i + 2;
		else if (i + 2 < n && memcmp(s + i, "\xE2\x86\x92", 3) == 0)
			at = i + 3; /* "→" */
	}
	return now < n && now + 3 > at ? now + 3 : at;
}

prr_status imp_status_of(const imp *im, const char *s, size_t n, bool *known)
{
	prr_status st = prr_status_from_text(s, n, known);
	size_t to = *known ? changed_to(s, n) : 0;
	if (to) { /* the state it changed to, when it names one */
		bool now;
		prr_status cur = imp_status_of(im, s + to, n - to, &now);
		if (now)
			return cur;
	}
	/* "AWS ✅ GCP ✅ Azure ❌", "**PASS** (Backend)<br>**MISSING**
	 * (Frontend)": a pass of some parts, not of all ("✅ (was ❌)" is a
	 * pass) */
	if (*known && st == PRR_PASS &&
	    (prr_status_marks_mixed(s, n) || imp_cell_parts_differ(s, n)) &&
	    last_word(s, n, "was") == n)
		return PRR_PARTIAL;
	if (*known && st == PRR_PARTIAL && imp_cell_flagged_skip(s, n))
		return PRR_PENDING; /* "⚠️ SKIP*": not run yet */
	return imp_legend_status(im, s, n, st, known);
}

bool imp_now_passes(const imp *im, const char *s, size_t n)
{
	size_t to = changed_to(s, n);
	bool known;
	return to && imp_status_of(im, s + to, n - to, &known) == PRR_PASS && known;
}

bool imp_says_yes(const char *c)
{
	static const char *const words[] = { "yes", "y", "ja", "sí", "sì", "si",
		"oui", "sim", "true", "x", "blocking", "blocker", "да",
		"tak", "evet", "có", "はい", "是", "예",
		/* Finnish, Czech, Ukrainian, Hebrew, Indonesian, Hungarian,
		 * Romanian, Arabic, Greek, Thai */
		"kyllä", "ano", "так", "כן", "ya", "igen", "da", "نعم",
		"ναι", "ใช่", NULL };
	size_t n = strlen(c), k = 0;
	bool known;
	if (prr_status_from_marks(c, n, &known) == PRR_PASS && known)
		return true;
	/* its first word, whole: "Yes (until …)", not "Hayır" */
	while (k < n && c[k] != ' ' && c[k] != ',' && c[k] != '.' &&
	       c[k] != '(')
		k++;
	for (int i = 0; words[i]; i++)
		if (rec_fold_prefix(c, k, 0, words[i]) == k)
			return true;
	return false;
}

const char *imp_nearest_title(imp *im)
{
	return im->n_hs ? im->hs[im->n_hs - 1].title : "Document";
}

prr_component *imp_new_component(imp *im, const char *name, int line)
{
	prr_component *c = PUSH(im, components);
	/* "`page_views`": the name, not its code span */
	size_t len = strlen(name);
	if (len > 2 && name[0] == '`' && name[len - 1] == '`' &&
	    !memchr(name + 1, '`', len - 2))
		name = prr_arena_strndup(im->a, name + 1, len - 2);
	c->name = name;
	c->line = line;
	return c;
}

bool imp_components_heading(const char *t)
{
	static const char *const words[] = { "components", "services",
		"modules", "subsystems", "microservices", "systems",
		"componentes", "composants", "komponenten", "módulos",
		"servicios", "serviços", "dienste", "组件", "模块", "服务",
		"コンポーネント", "サービス",
		/* the status of each: "Service status", "System readiness" */
		"service status", "system status", "component status",
		"service readiness", "system readiness", "component readiness",
		"service health", "system health", NULL };
	size_t n = strlen(t);
	for (int i = 0; words[i]; i++) {
		size_t k = strlen(words[i]);
		for (size_t at = 0; at + k <= n; at++) {
			bool ascii = (unsigned char)words[i][0] < 0x80;
			if ((ascii && at && isalnum((unsigned char)t[at - 1])) ||
			    strncasecmp(t + at, words[i], k) != 0)
				continue;
			if (!ascii || at + k == n || !isalnum((unsigned char)t[at + k]))
				return true;
		}
	}
	return false;
}

prr_component *imp_part_component(imp *im)
{
	if (!im->n_hs)
		return NULL;
	/* asked only where a status has no component (most sections
	 * never ask): one of the parts a heading of components lists, one
	 * level down */
	size_t top = im->n_hs - 1;
	size_t si = im->hs[top].sec;
	secx *x = &im->sx[si];
	if (!x->comp && (!(top >= 1 && im->hs[top - 1].level == im->hs[top].level - 1 &&
			   imp_components_heading(im->hs[top - 1].title)) ||
			 imp_generic_heading(x->title)))
		return NULL; /* ("## Overall" among the services is none) */
	if (!x->comp) {
		/* "### slotting — ✅ Ready": named without what it states,
		 * the one of that name when a table named it (among the
		 * first 256: linear in a document of many parts) */
		size_t nl;
		imp_dashed_status(x->title, &nl);
		const char *name = nl ? prr_arena_strndup(im->a, x->title, nl) : x->title;
		for (size_t k = 0; k < im->r->n_components && k < 256 && !x->comp; k++)
			if (prr_name_eq(im->r->components[k].name, name))
				x->comp = k + 1;
		if (!x->comp) {
			imp_new_component(im, name, im->r->sections[si].line);
			x->comp = im->r->n_components;
		}
	}
	return &im->r->components[x->comp - 1];
}

/*** Claims ***/

/* A new checklist of the current section, with room for `n` items;
 * `boxes`: made of boxes ("- [x]"), not of judged marks. */
prr_checklist *imp_new_checklist(imp *im, const char *title, int line,
				 size_t n, bool boxes)
{
	prr_checklist *cl = PUSH(im, checklists);
	cl->title = title;
	cl->section = im->cur_sec == NONE ? NULL
					  : im->r->sections[im->cur_sec].heading;
	cl->line = line;
	size_t c = im->r->n_checklists - 1;
	im->cl_sec = imp_priv_grow(im->cl_sec, &im->cap_cl_sec, c + 1,
				   sizeof *im->cl_sec);
	im->cl_sec[c] = im->cur_sec;
	im->cl_box = imp_priv_grow(im->cl_box, &im->cap_cl_box, c + 1, 1);
	im->cl_box[c] = boxes;
	cl->items = prr_arena_array(im->a, n, sizeof *cl->items);
	return cl;
}

size_t imp_before_paren(const char *s, size_t n)
{
	const char *par = memchr(s, '(', n);
	if (par)
		n = (size_t)(par - s);
	while (n && s[n - 1] == ' ')
		n--;
	return n;
}

bool imp_is_one_of(const char *s, size_t n, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == n && strncasecmp(s, words[i], n) == 0)
			return true;
	return false;
}

bool imp_has_word_of(const char *s, const char *const *words)
{
	for (const char *w = s; *w;) {
		size_t k = 0;
		while (isalpha((unsigned char)w[k]) || (unsigned char)w[k] >= 0x80)
			k++;
		if (k && imp_is_one_of(w, k, words))
			return true;
		w += k ? k : 1;
	}
	return false;
}

/* (word_start: an ASCII word only where no ASCII letter runs into it,
 * "grade" not inside "upgrade") */
static bool contains_any(const char *s, size_t n, rec_vocab *words, bool word_start)
{
	for (size_t i = 0; i < n; i++) {
		if (word_start && i && isalpha((unsigned char)s[i - 1]) &&
		    (unsigned char)s[i] < 0x80)
			continue;
		size_t count;
		const rec_entry *e = rec_vocab_at(words, s, n, i, &count);
		for (size_t j = 0; j < count; j++) {
			/* ASCII first, bytes (most entries); else by code
			 * point, in any case ("Απόφαση") */
			const char *w = rec_vocab_word(words, e[j]);
			size_t k = strlen(w);
			if ((unsigned char)w[0] < 0x80
				    ? k <= n - i && strncasecmp(s + i, w, k) == 0
				    : rec_fold_prefix(s, n, i, w) > 0)
				return true;
		}
	}
	return false;
}

bool imp_contains_any(const char *s, size_t n, rec_vocab *words)
{
	return contains_any(s, n, words, false);
}

bool imp_contains_any_word(const char *s, size_t n, rec_vocab *words)
{
	return contains_any(s, n, words, true);
}

void imp_add_claim(imp *im, const char *claim, const char *stated,
		      const char *computed, bool agrees, int line)
{
	*PUSH(im, audit) = (prr_claim){
		.claim = claim, .stated = stated, .computed = computed,
		.agrees = agrees, .line = line
	};
}

void imp_add_pending(imp *im, int kind, const char *label,
			const char *stated, int a, int b, double num, int line)
{
	im->pend = imp_priv_grow(im->pend, &im->cap_pend, im->n_pend + 1,
			     sizeof *im->pend);
	/* "- [ ] QA Lead: ____", "---", then "**Completion Level:** 89%
	 * (495/555 tasks)": no count of the sign-off boxes above */
	size_t sec = kind == PEND_COUNT && im->cur_sec != NONE &&
			     im->hr_sec == im->cur_sec + 1
			     ? NONE : im->cur_sec;
	im->pend[im->n_pend++] = (pending){
		.kind = kind, .sec = sec, .label = label,
		.stated = stated, .a = a, .b = b, .num = num, .line = line
	};
}

/* "3 of 5 services ready": a count of parts written in words, the first
 * such in s[0..n) (a whole number, " of ", a whole number, then services,
 * components, modules or systems; not "4 of 5 stories", "23 of 28
 * points", which other figures of the document count). */
static bool count_of(const char *s, size_t n, int *a, int *b)
{
	static const char *const parts[] = { "service", "component",
		"module", "system", "microservice", NULL };
	for (size_t i = 0; i + 6 <= n; i++) {
		if (!isdigit((unsigned char)s[i]) || (i && isalnum((unsigned char)s[i - 1])))
			continue;
		char *e;
		long x = strtol(s + i, &e, 10);
		size_t j = (size_t)(e - s);
		if (j + 4 > n || strncmp(s + j, " of ", 4) != 0 ||
		    !isdigit((unsigned char)s[j + 4]))
			continue;
		long y = strtol(s + j + 4, &e, 10);
		size_t k = (size_t)(e - s);
		bool part = false;
		for (int w = 0; parts[w] && !part && k + 1 < n && s[k] == ' '; w++)
			part = strncasecmp(s + k + 1, parts[w], strlen(parts[w])) == 0;
		if (part && x >= 0 && x <= y && y > 0 && y < 100000) {
			*a = (int)x;
			*b = (int)y;
			return true;
		}
	}
	return false;
}

/* A whole number at s[i], in figures or in English words ("five"): its
 * value and end, or false. */
bool imp_number_at(const char *s, size_t n, size_t i, long *v, size_t *end)
{
	static const char *const words[] = { "zero", "one", "two", "three",
		"four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", NULL };
	if (i >= n || (i && isalnum((unsigned char)s[i - 1])))
		return false;
	if (isdigit((unsigned char)s[i])) {
		size_t j = i;
		*v = 0;
		while (j < n && isdigit((unsigned char)s[j]) && j - i < 5)
			*v = *v * 10 + (s[j++] - '0');
		*end = j;
		return j == n || !isdigit((unsigned char)s[j]);
	}
	if (!strchr("zotfsenZOTFSEN", s[i]))
		return false; /* (most words: no number begins so) */
	for (int w = 0; words[w]; w++) {
		size_t k = strlen(words[w]);
		if (i + k <= n && strncasecmp(s + i, words[w], k) == 0 &&
		    (i + k == n || !isalpha((unsigned char)s[i + k]))) {
			*v = w;
			*end = i + k;
			return true;
		}
	}
	return false;
}

/* "**4 of 5 phases verified**", "14/17 requirements met", "Five of six
 * gates are green": the first count of words in s[0..n) (a whole number,
 * " of " or '/', a whole number, a word of three letters or more), kept
 * to be compared with what the document states of that word elsewhere
 * (import_audit.c). */
void imp_note_named_count(imp *im, const char *s, size_t n, int line)
{
	for (size_t i = 0; i < n; i++) {
		long a, b;
		size_t j, k;
		/* (not "1.2", "3/4/5" inside a longer figure) */
		if ((i && (s[i - 1] == '.' || s[i - 1] == '/')) ||
		    !imp_number_at(s, n, i, &a, &j))
			continue;
		size_t sep = 0;
		if (j + 4 <= n && strncmp(s + j, " of ", 4) == 0)
			sep = 4;
		else if (j < n && s[j] == '/')
			sep = 1;
		if (!sep || !imp_number_at(s, n, j + sep, &b, &k))
			continue;
		if (k >= n || s[k] != ' ' || a < 0 || a > b || b < 2 || b > 9999)
			return;
		size_t w = k + 1, len = 0;
		while (w + len < n && (isalpha((unsigned char)s[w + len]) ||
				       s[w + len] == '-'))
			len++;
		/* what the count is of: "… are green", "… passed", "…
		 * verified" (1), or not said (0) */
		static const char *const passing[] = { "green", "pass",
			"passed", "passing", "done", "complete", "completed",
			"met", "verified", "ready", NULL };
		static rec_vocab pass_vocab = REC_VOCAB(passing);
		size_t after = w + len, span = n - after < 32 ? n - after : 32;
		double says_pass = imp_contains_any(s + after, span, &pass_vocab);
		if (len >= 3)
			imp_add_pending(im, PEND_NAMED,
					prr_arena_strndup(im->a, s + w, len), NULL,
					(int)a, (int)b, says_pass, line);
		return;
	}
	imp_note_all_count(im, s, n, line);
}

/* Records "N tests passing" and "90% (9/10 …)" figures of a text line. */
void imp_note_claims(imp *im, const char *s, size_t n, int line,
			bool counts)
{
	int a, b;
	if (!imp_has_digit(s, n))
		return; /* no count, no severity count */
	imp_note_severity_counts(im, s, n, line);
	imp_note_step_count(im, s, n, line);
	if (prr_parse_count(s, n, &a, &b) < 0 && !count_of(s, n, &a, &b))
		return;
	char *txt = imp_clean(im, s, n);
	if (b < 0) {
		imp_add_pending(im, PEND_TESTS, txt, imp_long_text(im, a),
			    a, b, 0, line);
		return;
	}
	bool pct = memchr(s, '%', n) != NULL;
	if (pct)
		imp_claim_percent_count(im, s, n, txt, a, b, line);

	if (!pct && (b == 10 || b == 100))
		return; /* "TOTAL: 100/100" is a score, not a count of items */
	if (counts && (pct || imp_contains_ci(txt, "criteria") || imp_contains_ci(txt, "ready") ||
	    imp_contains_ci(txt, "complete") || imp_contains_ci(txt, "done") ||
	    imp_contains_ci(txt, "checks pass")))
		imp_add_pending(im, PEND_COUNT, txt, NULL, a, b, 0, line);
}

/*
 * The capacity kept for element `i` of a review array whose items grow
 * table by table or line by line (a component's checks and evidence, a
 * wave's stories); 0 until
 * known.  A new array per table copying all earlier rows made many tables
 * under one heading quadratic in time and memory (19 GB of arena for a
 * 2 MB document); with these the arrays double.
 */
size_t *imp_rows_cap(size_t **caps, size_t *n, size_t i)
{
	if (i >= *n) {
		size_t m = *n ? *n : 16;
		while (m <= i)
			m *= 2;
		*caps = prr_xrealloc(*caps, m * sizeof **caps);
		memset(*caps + *n, 0, (m - *n) * sizeof **caps);
		*n = m;
	}
	return &(*caps)[i];
}

/* `arr` (n elements, capacity *cap or n) with room for `more`. */
void *imp_rows_grow(imp *im, void *arr, size_t n, size_t *cap,
		       size_t more, size_t size)
{
	if (*cap < n)
		*cap = n;
	char *p = prr_arena_grow(im->a, arr, cap, n + more, size);
	if (more) /* grow leaves them unzeroed */
		memset(p + n * size, 0, more * size);
	return p;
}

uint64_t imp_hash_bytes(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) /* FNV-1a */
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}


/* Room for one more entry, so a probe's empty slot can take it. */
void imp_seen_reserve(seen_set *s)
{
	if ((s->n + 1) * 2 <= s->cap)
		return;
	size_t cap = s->cap ? s->cap * 2 : 64;
	seen_slot *v = prr_xcalloc(cap, sizeof *v);
	for (size_t i = 0; i < s->cap; i++) {
		if (!s->v[i].idx)
			continue;
		size_t j = s->v[i].hash & (cap - 1);
		while (v[j].idx)
			j = (j + 1) & (cap - 1);
		v[j] = s->v[i];
	}
	free(s->v);
	s->v = v;
	s->cap = cap;
}

/* Records entry `idx` (0-based) with `hash` at the empty slot `at`. */
void imp_seen_add(seen_set *s, size_t at, uint64_t hash, size_t idx)
{
	s->v[at].hash = hash;
	s->v[at].idx = idx + 1;
	s->n++;
}
