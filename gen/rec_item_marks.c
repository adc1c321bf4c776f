/* rec_item_marks.c - checkboxes, placeholders and legends in item text;
 * see rec_item.h. */
#include "prr/rec_item.h"
#include "prr/import.h"
#include "rec_words.h"

#include <string.h>
#include <strings.h>


static const char *const legend_words[] = {
	"legend", "legenda", "légende", "leyenda", "legende", "key",
	"status key", "凡例", "图例", "圖例",
};

static const char *const deferrals[] = {
	"tbd", "tba", "tbc", "todo", "fixme", "to be determined",
	"to be decided", "to be defined", "to be confirmed", "placeholder",
	"lorem ipsum", "à définir", "à compléter", "à déterminer",
	"por definir", "por determinar", "a definir", "a determinar", "未定",
	"待定",
	/* a template's note to its author: "| _add more_ | | |" */
	"add more", "add more rows", "add more as needed", "add rows",
	"add rows as needed", "add as needed",
};

static rec_vocab legend_vocab = REC_VOCAB(legend_words);
static rec_vocab deferral_vocab = REC_VOCAB(deferrals);

/*** Checkboxes ***/

static const struct {
	uint32_t cp;
	prr_status st;
	bool paren; /* also "(x)" */
} box_marks[] = {
	{ 'x', PRR_PASS, true },      { 'X', PRR_PASS, true },
	{ 'v', PRR_PASS, false },     { 'V', PRR_PASS, false },
	{ 0x2713, PRR_PASS, true },   /* ✓ */
	{ 0x2714, PRR_PASS, true },   /* ✔ */
	{ 0x2705, PRR_PASS, false },  /* ✅ */
	{ 0x2611, PRR_PASS, false },  /* ☑ */
	{ 0x2717, PRR_FAIL, true },   /* ✗ */
	{ 0x2718, PRR_FAIL, true },   /* ✘ */
	{ 0x274C, PRR_FAIL, false },  /* ❌ */
	{ 0x2612, PRR_FAIL, false },  /* ☒ */
	{ '~', PRR_PARTIAL, false },  { '/', PRR_PARTIAL, false },
	{ '-', PRR_NA, false },
};

bool prr_rec_severity_dot(const char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;
	while (i < n && (s[i] == ' ' || rec_is_emphasis((unsigned char)s[i])))
		i++;
	if (i >= n || !rec_cp_at(s, n, i, &cp))
		return false;
	return cp == 0x1F534 || (cp >= 0x1F7E0 && cp <= 0x1F7E2) || cp == 0x26A0;
}

size_t prr_rec_checkbox(const char *s, size_t n, prr_status *st)
{
	size_t i = rec_spaces(s, n, 0, n);
	prr_status got = PRR_UNKNOWN;
	uint32_t cp;
	size_t j;
	if (i >= n)
		return 0;
	/* "[N/A]", "[n/a]", "[NA]": a box that does not apply */
	if (s[i] == '[') {
		static const char *const na[] = { "[N/A]", "[NA]", NULL };
		for (int k = 0; na[k]; k++) {
			size_t m = strlen(na[k]);
			if (i + m <= n && strncasecmp(s + i, na[k], m) == 0 &&
			    (i + m == n || s[i + m] == ' ' || s[i + m] == '\t')) {
				if (st)
					*st = PRR_NA;
				return i + m + rec_spaces(s, n, i + m, n);
			}
		}
	}
	if (s[i] == '[' || s[i] == '(') {
		char close = s[i] == '[' ? ']' : ')';
		bool paren = s[i] == '(';
		j = i + 1;
		size_t pad = rec_spaces(s, n, j, 2);
		j += pad;
		if (j < n && s[j] != close) {
			size_t len = rec_cp_at(s, n, j, &cp);
			for (size_t k = 0; k < COUNT(box_marks); k++)
				if (box_marks[k].cp == cp &&
				    (!paren || box_marks[k].paren))
					got = box_marks[k].st;
			if (!got)
				return 0;
			j += len;
			if (rec_cp_is(s, n, j, 0xFE0F))
				j += 3;
			j += rec_spaces(s, n, j, 2);
		} else if (paren && !pad) {
			return 0; /* "()" */
		} else {
			got = PRR_PENDING;
		}
		if (j >= n || s[j] != close)
			return 0;
		j++;
	} else {
		j = i + rec_cp_at(s, n, i, &cp);
		got = cp == 0x2610 ? PRR_PENDING
		      : cp == 0x2611 ? PRR_PASS
		      : cp == 0x2612 ? PRR_FAIL
				     : PRR_UNKNOWN;
		if (!got)
			return 0;
		if (rec_cp_is(s, n, j, 0xFE0F))
			j += 3;
	}
	if (j < n && s[j] != ' ' && s[j] != '\t')
		return 0;
	if (st)
		*st = got;
	return j + rec_spaces(s, n, j, n);
}

/*** Placeholders ***/

/* Only dashes, dots, question marks, slashes and underscores. */
static bool only_dashes(const char *s, size_t n, size_t a, size_t b)
{
	while (a < b) {
		size_t len;
		if (strchr("-./?_", s[a]))
			len = 1;
		else if (!(len = rec_cp_is(s, n, a, 0x2014)) &&
			 !(len = rec_cp_is(s, n, a, 0x2013)) &&
			 !(len = rec_cp_is(s, n, a, 0x2026)))
			return false;
		a += len;
	}
	return true;
}

/* "[Name Required]", "<owner>", "{{date}}" */
static bool bracketed_name(const char *s, size_t n, size_t a, size_t b)
{
	static const char pairs[][2] = { { '[', ']' }, { '<', '>' },
					 { '{', '}' } };
	size_t k = 0;
	while (k < COUNT(pairs) && s[a] != pairs[k][0])
		k++;
	if (k == COUNT(pairs) || b - a < 4 || s[b - 1] != pairs[k][1])
		return false;
	while (a < b && (s[a] == pairs[k][0]))
		a++;
	while (b > a && (s[b - 1] == pairs[k][1]))
		b--;
	size_t letters = 0, choices = 0;
	uint32_t cp;
	for (size_t i = a; i < b; i += rec_cp_at(s, n, i, &cp)) {
		rec_cp_at(s, n, i, &cp);
		if (rec_is_word_cp(cp) && !rec_is_digit((unsigned char)s[i]))
			letters++;
		else if (s[i] == '/' || s[i] == '|')
			choices++; /* "<Critical/High/Medium/Low>" */
		else if (!strchr(" .-_'", s[i]))
			return false;
	}
	/* (not "[N/A]", a mark) */
	return letters >= (choices ? 4 : 2);
}

/* "XX", "X/10", "YYYY-MM-DD" */
static bool mask(const char *s, size_t a, size_t b)
{
	bool masked = false;
	size_t i = a;
	while (i < b) {
		char c = s[i];
		if (strchr("/-.:% ", c) || rec_is_digit((unsigned char)c)) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < b && s[j] == c)
			j++;
		char lc = rec_is_upper((unsigned char)c) ? (char)(c + 32) : c;
		if (!strchr("x#?", lc) && !(strchr("ymdh", lc) && j - i >= 2))
			return false;
		/* (a number sign before digits numbers an issue: "#4412") */
		if (c == '#' && j - i == 1 && j < b && rec_is_digit((unsigned char)s[j]))
			return false;
		masked = true;
		i = j;
	}
	return masked && b - a > 1;
}

bool prr_rec_placeholder(const char *s, size_t n)
{
	size_t a = 0, b = n;
	while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '"' ||
			 rec_is_emphasis((unsigned char)s[a])))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' ||
			 s[b - 1] == '"' || rec_is_emphasis((unsigned char)s[b - 1])))
		b--;
	if (b > a + 1 && s[b - 1] == '.' && s[b - 2] != '.')
		b--; /* "TBD." */
	if (only_dashes(s, n, a, b))
		return true;
	if (rec_list_at(&deferral_vocab, s, b, a, 0, NULL) == b - a)
		return true;
	return bracketed_name(s, n, a, b) || mask(s, a, b);
}

bool prr_rec_placeholder_id(const char *s, size_t n)
{
	if (!n || prr_rec_placeholder(s, n))
		return true;
	/* its number masked after its key: "CS-1xx", "SEC-NNN", "F-##" */
	const char *d = memchr(s, '-', n);
	size_t i = d ? (size_t)(d - s) + 1 : n, masks = 0;
	for (; i < n && (rec_is_digit((unsigned char)s[i]) || (s[i] && strchr("xX#?N", s[i]))); i++)
		masks += !rec_is_digit((unsigned char)s[i]);
	return d && i == n && masks > 0;
}

/*** Legends ***/

/* The length of a segment separator at s[i]: | , ; · • */
static size_t legend_sep(const char *s, size_t n, size_t i)
{
	if (strchr("|,;", s[i]))
		return 1;
	size_t len = rec_cp_is(s, n, i, 0xB7);
	return len ? len : rec_cp_is(s, n, i, 0x2022);
}

/* A mark at s[i..end): emoji, or a checkbox maybe followed by ':'. */
static size_t legend_mark(const char *s, size_t n, size_t i, size_t end)
{
	uint32_t cp;
	size_t j = i;
	while (j < end && (rec_cp_at(s, n, j, &cp), rec_is_symbol(cp)))
		j += rec_cp_at(s, n, j, &cp);
	if (j > i)
		return j - i;
	for (j = i; j < end && j < i + 12; j++)
		if (s[j] == ']' || s[j] == ')')
			return prr_rec_checkbox(s + i, j + 1 - i, NULL);
	return 0;
}

/*
 * One legend segment s[i..end): a mark, maybe a tie, one to five words.
 * 0 when it is none; else 1 untied (then its words must be a status or a
 * severity), 2 tied by ':', 3 tied by '=' or an arrow.
 */
static int legend_segment(const char *s, size_t n, size_t i, size_t end)
{
	static const struct {
		const char *tie;
		int strength;
	} ties[] = { { "=>", 3 }, { "->", 3 }, { "=", 3 },
		     { "\xe2\x86\x92", 3 }, /* → */
		     { ":", 2 } };
	i = rec_skip_blank(s, end, i);
	size_t mark = legend_mark(s, n, i, end);
	if (!mark)
		return 0;
	i = rec_skip_blank(s, end, i + mark);
	int tie = 1;
	for (size_t k = 0; k < COUNT(ties) && tie == 1; k++) {
		size_t len = strlen(ties[k].tie);
		if (i + len <= end && memcmp(s + i, ties[k].tie, len) == 0) {
			tie = ties[k].strength;
			i = rec_skip_blank(s, end, i + len);
		}
	}
	size_t words = 0, w0 = i;
	uint32_t cp;
	for (bool in = false; i < end; i += rec_cp_at(s, n, i, &cp)) {
		rec_cp_at(s, n, i, &cp);
		if (rec_is_symbol(cp))
			return 0; /* a second mark: an item, not a key */
		bool w = rec_is_word_cp(cp) || cp == '/';
		words += w && !in;
		in = w;
	}
	if (!words || words > 5)
		return 0;
	bool known;
	prr_severity sev;
	prr_status_from_text(s + w0, end - w0, &known);
	if (tie == 1 &&
	    (words > 3 || !(known || rec_sev_word_at(s, end, w0, &sev))))
		return 0;
	return tie;
}

bool prr_rec_legend(const char *s, size_t n)
{
	size_t i = rec_skip_blank(s, n, 0);
	size_t len = rec_list_at(&legend_vocab, s, n, i, 0, NULL);
	size_t at, id;
	/* (not a key that is an ID's: "KEY-310 (Critical) — …") */
	if (len && !(prr_rec_finding_id(s + i, n - i, &at, &id) && at == 0)) {
		size_t j = rec_skip_blank(s, n, i + len);
		if (j >= n || s[j] == ':' || s[j] == '-' ||
		    rec_cp_is(s, n, j, 0xFF1A) || rec_cp_is(s, n, j, 0x2014) ||
		    rec_cp_is(s, n, j, 0x2013))
			return true;
	}
	size_t segments = 0;
	int tie = 0;
	while (i < n) {
		size_t e = i;
		while (e < n && !legend_sep(s, n, e))
			e++;
		int got = legend_segment(s, n, i, e);
		if (!got)
			return false;
		tie = got > tie ? got : tie;
		segments++;
		i = e < n ? e + legend_sep(s, n, e) : e;
	}
	return segments >= 2 || (segments == 1 && tie == 3);
}
