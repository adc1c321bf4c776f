/* rec_score.c - scores written in headings and prose; see rec_score.h. */
#include "prr/rec_score.h"

#include "prr/import.h"
#include "prr/utf8.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Runs of emoji and emphasis are skipped at most this many code points at
 * a time, so that a line made of them is still read in linear time. */
#define DECOR_MAX 32
/* A grade's parenthesis, "A-（優秀）", must close within this many bytes. */
#define PAREN_MAX 256
/* More stars than this in a row are an ornament, not a rating. */
#define STARS_MAX 10
/* Digits in a number: nine are exact in a double and cannot overflow. */
#define DIGITS_MAX 9

/*** Bytes and code points ***/

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_alnum(char c)
{
	return is_digit(c) || is_alpha(c);
}

static char fold(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 'a' - 'A') : c;
}

/* c is one of the bytes of `set` (never the NUL that ends it). */
static bool in_set(uint32_t c, const char *set)
{
	return c > 0 && c < 0x80 && strchr(set, (int)c) != NULL;
}

static bool has_at(const char *s, size_t n, size_t i, const char *lit)
{
	size_t k = strlen(lit);
	return i <= n && k <= n - i && memcmp(s + i, lit, k) == 0;
}

/* The code point at s[i], i < n; an invalid byte reads as U+FFFD, one byte
 * long, so a scan always moves on. */
static uint32_t cp_at(const char *s, size_t n, size_t i, size_t *len)
{
	uint32_t cp;
	int l = prr_utf8_decode((const unsigned char *)s + i, n - i, &cp);
	*len = l > 0 ? (size_t)l : 1;
	return l > 0 ? cp : 0xFFFD;
}

/* The code point that ends at s[end), lo < end; *start is where it starts. */
static uint32_t cp_before(const char *s, size_t lo, size_t end, size_t *start)
{
	size_t b = end - 1, l;
	while (b > lo && end - b < 4 && ((unsigned char)s[b] & 0xC0) == 0x80)
		b--;
	uint32_t cp = cp_at(s, end, b, &l);
	if (b + l != end) {
		b = end - 1;
		cp = 0xFFFD;
	}
	*start = b;
	return cp;
}

/*** What surrounds a score ***/

/* Arrows: a transition "B+ → A-", or a separator "Security → 8/10". */
static bool is_arrow(uint32_t cp)
{
	return (cp >= 0x2190 && cp <= 0x21FF) || cp == 0x27A1 ||
	       (cp >= 0x27F5 && cp <= 0x27FF) || (cp >= 0x2B05 && cp <= 0x2B07);
}

/* Marks that make the number after them a change, not a score: "⬆️ 30%",
 * "📈 12%", "±2%", "−5%". */
static bool is_trend(uint32_t cp)
{
	static const uint32_t marks[] = {
		0x2191, 0x2193, 0x2197, 0x2198, 0x2B06, 0x2B07, /* arrows */
		0x1F4C8, 0x1F4C9, 0x1F53A, 0x1F53B, 0xB1, 0x2212,
	};
	for (size_t i = 0; i < COUNT(marks); i++)
		if (marks[i] == cp)
			return true;
	return false;
}

/* What decorates a label or a score and is skipped around them: spaces,
 * emphasis, '~' and '≈' ("~95 %"), emoji and status marks (📊 ✅ ⚠️ 🟡)
 * with their selectors and joiners.  Not arrows: they separate. */
static bool is_decor(uint32_t cp)
{
	if (in_set(cp, " \t*_~`") || cp == 0xA0 || cp == 0x202F ||
	    cp == 0x2248 || cp == 0x200D || cp == 0x20E3 || cp == 0xFE0F)
		return true;
	return !is_arrow(cp) &&
	       ((cp >= 0x2300 && cp <= 0x23FF) ||   /* ⏳ ⌛ */
		(cp >= 0x25A0 && cp <= 0x27BF) ||   /* shapes, ⚠ ✅ ❌ ★ */
		(cp >= 0x2B00 && cp <= 0x2BFF) ||   /* ⭐ ⬛ */
		(cp >= 0x1F000 && cp <= 0x1FAFF)); /* 📊 🟡 🎯 */
}

static size_t skip_decor(const char *s, size_t n, size_t i)
{
	size_t l;
	for (int k = 0; k < DECOR_MAX && i < n && is_decor(cp_at(s, n, i, &l));
	     k++)
		i += l;
	return i;
}

static size_t decor_back(const char *s, size_t lo, size_t end)
{
	size_t b;
	for (int k = 0; k < DECOR_MAX && end > lo &&
			is_decor(cp_before(s, lo, end, &b));
	     k++)
		end = b;
	return end;
}

/* What ends a label before its value: "Score: 8/10", "评分：8/10",
 * "Security — 8/10", "Security (8/10)", "| 8/10", "Security → 8/10". */
static bool is_label_end(uint32_t cp)
{
	return in_set(cp, ":=-([|>") || cp == 0xFF1A || cp == 0xFF08 ||
	       cp == 0x2013 || cp == 0x2014 || is_arrow(cp);
}

/* What may follow a score: punctuation, a parenthesis, a dash, an arrow
 * ("8/10 (good)", "8/10 — solid", "6/10 → 8/10"); a word may not
 * ("9/10 criteria", "1/2 day"). */
static bool is_clause_end(uint32_t cp)
{
	return in_set(cp, "()[],;.:!?|-") || cp == 0x2013 || cp == 0x2014 ||
	       cp == 0xFF08 || cp == 0xFF09 || cp == 0xFF0C || cp == 0xFF1A ||
	       cp == 0xFF1B || cp == 0x3001 || cp == 0x3002 || is_arrow(cp);
}

static bool ends_clause(const char *s, size_t n, size_t i)
{
	size_t l;
	i = skip_decor(s, n, i);
	/* a footnote's reference after the figure: "8/10[^2]", "8/10 [^2]",
	 * or "8/10^2" where the document defines "[^2]: …" (a link then) */
	size_t f = i < n && s[i] == ' ' ? i + 1 : i;
	bool bracket = f + 3 < n && s[f] == '[' && s[f + 1] == '^';
	if (bracket || (f + 1 < n && s[f] == '^')) {
		size_t e = f + 1 + bracket;
		while (e < n && e < f + 18 && is_alnum(s[e]))
			e++;
		if (e > f + 1 + bracket && (!bracket || (e < n && s[e] == ']')))
			i = skip_decor(s, n, e + bracket);
	}
	return i >= n || is_clause_end(cp_at(s, n, i, &l));
}

/* '(' or '（' at s[i]: its length, or 0. */
static size_t paren_open(const char *s, size_t n, size_t i)
{
	return i < n && s[i] == '(' ? 1 : has_at(s, n, i, "（") ? 3 : 0;
}

static size_t paren_close(const char *s, size_t n, size_t i)
{
	return i < n && s[i] == ')' ? 1 : has_at(s, n, i, "）") ? 3 : 0;
}

/* Past the parenthesis that closes after s[i] and its emphasis, or 0. */
static size_t paren_close_after(const char *s, size_t n, size_t i)
{
	i = skip_decor(s, n, i);
	size_t l = paren_close(s, n, i);
	return l ? i + l : 0;
}

/* An arrow at s[i] ("→", "⇒", "➡️", "->", "=>"): its end, or 0. */
static size_t arrow_at(const char *s, size_t n, size_t i)
{
	size_t l;
	if (i + 1 < n && (s[i] == '-' || s[i] == '=') && s[i + 1] == '>')
		return i + 2;
	return i < n && is_arrow(cp_at(s, n, i, &l)) ? i + l : 0;
}

/* A space allowed inside a score: ' ', a no-break space or a narrow one
 * (French "95 %"): its length, or 0. */
static size_t space_at(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == ' ')
		return 1;
	if (has_at(s, n, i, "\u00A0"))
		return 2;
	return has_at(s, n, i, "\u202F") ? 3 : 0;
}

/*** Words ***/

/* Words that say a number is a score: a label holding one makes any
 * fraction a score and lets a grade stand alone. */
static const char *const score_words[] = {
	"score", "scores", "scoring", "grade", "grades", "graded", "grading",
	"rating", "ratings", "rated", "note", "nota", "notation",
	"puntuación", "puntuacion", "puntaje", "calificación", "calificacion",
	"valoración", "pontuação", "bewertung", "punkte", "points", "pts",
	"评分", "評分", "得分", "スコア", "評価", "点数",
};

/* Plurals that say a fraction counts things ("Tests: 9/10", "Items
 * checked: 16/16"), anywhere in the label. */
static const char *const counted_plurals[] = {
	"items", "tests", "tasks", "phases", "files", "checks", "criteria",
	"stories", "issues", "steps", "controls", "endpoints", "services",
	"sprints", "requirements", "fases", "tareas", "pruebas", "elementos",
	"archivos", "pasos",
};

/* Last words of a label that count or date ("Phase 3/7", "Step 1/3",
 * "Review Date: 1/10", "Version 1/2"). */
static const char *const counted_last[] = {
	"item", "test", "task", "phase", "file", "check", "step", "story",
	"sprint", "fase", "paso", "date", "fecha", "datum", "version",
	"release", "week", "day",
};

/* After a number: the writer says it is a score ("45/50 points"). */
static const char *const point_words[] = {
	"points", "pts", "punkte", "puntos", "pontos", "stars", "star",
	"estrellas",
};

/* After a number: N of 5 ("4 stars"). */
static const char *const star_words[] = {
	"stars", "star", "estrellas", "étoiles", "sterne",
};

/* The word w (lower case; ASCII letters of s match in either case) at
 * s[i], within s[i..end), with no ASCII letter joined to it on either
 * side.  Multi-byte words match byte for byte. */
static bool word_at(const char *s, size_t n, size_t i, size_t end,
		    const char *w)
{
	if (i >= end || fold(s[i]) != w[0]) /* most places: one compare */
		return false;
	size_t k = strlen(w);
	if (k > end - i || (i > 0 && is_alpha(s[i - 1])) ||
	    (i + k < n && is_alpha(s[i + k])))
		return false;
	for (size_t t = 1; t < k; t++)
		if (fold(s[i + t]) != w[t])
			return false;
	return true;
}

/* The length of a word of `words` at s[i], or 0. */
static size_t word_of(const char *s, size_t n, size_t i, size_t end,
		      const char *const *words, size_t count)
{
	for (size_t t = 0; t < count; t++)
		if (word_at(s, n, i, end, words[t]))
			return strlen(words[t]);
	return 0;
}

/*** Numbers and their scales ***/

/* A decimal number at s[*i], with '.' or a decimal comma ("8,5"; one or
 * two digits after it, so "1,000" is not one); advances *i.  Read exactly,
 * without strtod and its locale. */
static bool number_at(const char *s, size_t n, size_t *i, double *v)
{
	static const double tens[] = { 1, 10, 100, 1e3, 1e4,
				       1e5, 1e6, 1e7, 1e8, 1e9 };
	size_t j = *i, digits = 0, decimals = 0, k;
	uint64_t m = 0;
	for (; j < n && is_digit(s[j]) && digits <= DIGITS_MAX; j++, digits++)
		m = m * 10 + (uint64_t)(s[j] - '0');
	if (j + 1 < n && (s[j] == '.' || s[j] == ',') && is_digit(s[j + 1])) {
		for (k = j + 1; k < n && is_digit(s[k]) && k - j <= DIGITS_MAX; k++)
			;
		if (s[j] == '.' || k - j - 1 <= 2)
			for (j++; j < k; j++, digits++, decimals++)
				m = m * 10 + (uint64_t)(s[j] - '0');
	}
	if (digits == 0 || digits > DIGITS_MAX || (j < n && is_digit(s[j])))
		return false;
	*v = (double)m / tens[decimals];
	*i = j;
	return true;
}

/* A range's dash at s[i], written tight ("6.0-6.5", "7–8"; "Phase 2 - 8"
 * is no range): its length, or 0. */
static size_t dash_at(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == '-')
		return 1;
	return has_at(s, n, i, "–") || has_at(s, n, i, "—") ? 3 : 0;
}

/* One score as written, before it is judged. */
typedef struct reading {
	prr_score_hit h;      /* the first score (no label yet) */
	prr_score_hit latest; /* the last of a transition, else h */
	size_t end;           /* past the score, its companion, transitions */
	enum { NUMBER, GRADE, STARS } kind; /* what h starts with */
	bool paired; /* a grade or stars with a number, or the other way */
	bool points; /* "… points", "N stars": the writer named a score */
	bool moved;  /* a transition "B+ → A-" was read */
	int glyphs;  /* stars written */
} reading;

/* The scale after a number at s[i]: "/10", "/ 10", "%", " %", " out of
 * 10", " stars".  Sets *max (and percent, points); returns the end or 0. */
static size_t scale_at(const char *s, size_t n, size_t i, double *max,
		       reading *r)
{
	/* "out of" in German, Italian, French, Dutch: "6,9 von 10" */
	static const char *const outs[] = { "von", "su", "sur", "van" };
	size_t j = i + space_at(s, n, i), w;
	bool out = false;
	if (j < n && s[j] == '%') {
		r->h.percent = true;
		*max = 100;
		return j + 1 < n && is_alnum(s[j + 1]) ? 0 : j + 1;
	}
	/* Japanese points: "62点／100点" */
	bool ten = has_at(s, n, i, "\xE7\x82\xB9");
	if (ten)
		j = i + 3;
	if (j < n && s[j] == '/')
		j += 1 + space_at(s, n, j + 1);
	else if (has_at(s, n, j, "\xEF\xBC\x8F")) /* "／" */
		j += 3 + space_at(s, n, j + 3);
	else if (ten)
		return 0;
	else if (word_at(s, n, j, n, "out of"))
		j += 6 + space_at(s, n, j + 6);
	else if ((w = word_of(s, n, j, n, outs, COUNT(outs))) &&
		 space_at(s, n, j + w))
		j += w + space_at(s, n, j + w), out = true;
	else if ((w = word_of(s, n, j, n, star_words, COUNT(star_words)))) {
		r->points = true;
		*max = 5;
		return j + w;
	} else
		return 0;
	/* a date "2026/01/09", a path "1/2/x", a count "3/7Fases" */
	if (!number_at(s, n, &j, max) ||
	    (j < n && (is_alnum(s[j]) || s[j] == '/')))
		return 0;
	if (ten && has_at(s, n, j, "\xE7\x82\xB9"))
		j += 3;
	/* (a count goes on with what was counted: "3 von 10 Tests") */
	if (out && space_at(s, n, j))
		return 0;
	return j;
}

/* " points", " pts", " stars" after a fraction: its end, else i. */
static size_t unit_after(const char *s, size_t n, size_t i, reading *r)
{
	size_t j = i + space_at(s, n, i);
	size_t w = word_of(s, n, j, n, point_words, COUNT(point_words));
	r->points |= w > 0;
	return w ? j + w : i;
}

/* A number with its scale at s[i]: "8/10", "6.0-6.5/10", "85%", "8 out of
 * 10", "4 stars", "45/50 points".  Fills r->h; returns the end or 0. */
static size_t read_number(const char *s, size_t n, size_t i, reading *r)
{
	double lo, hi, max;
	size_t j = i, k;
	if (!number_at(s, n, &j, &lo))
		return 0;
	k = j + dash_at(s, n, j);
	if (k > j && number_at(s, n, &k, &hi) && hi > lo)
		j = k;
	else
		hi = NAN;
	size_t e = scale_at(s, n, j, &max, r);
	if (!e || !(max > 0) || lo > max || hi > max)
		return 0;
	r->kind = NUMBER;
	r->h.value = lo;
	r->h.high = hi;
	r->h.max = max;
	return unit_after(s, n, e, r);
}

/*** Grades and stars ***/

/* Whether a grade may end at s[i]: not "B-tree", "C++", "C#", "A/B",
 * "A.B", "A's", "Añadir"; a non-ASCII letter joins it, punctuation, CJK
 * punctuation and emoji do not. */
static bool grade_ends(const char *s, size_t n, size_t i)
{
	size_t l;
	if (i >= n)
		return true;
	if ((unsigned char)s[i] < 0x80)
		return !is_alnum(s[i]) &&
		       !in_set((unsigned char)s[i], "_/+-#&'@=<>%$") &&
		       !(s[i] == '.' && i + 1 < n && is_alnum(s[i + 1]));
	uint32_t cp = cp_at(s, n, i, &l);
	if (cp == 0x2018 || cp == 0x2019) /* ‘ ’: "A’s" */
		return false;
	return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x2BFF) ||
	       (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
	       (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0xFE0F || cp >= 0x1F000;
}

size_t prr_rec_grade(const char *s, size_t n, char out[4])
{
	size_t i = 1;
	char mod = '\0';
	if (n == 0 || s[0] < 'A' || s[0] > 'F')
		return 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		mod = s[i++];
	else if (has_at(s, n, i, "−")) { /* U+2212, the typographer's minus */
		mod = '-';
		i += 3;
	}
	if (!grade_ends(s, n, i))
		return 0;
	out[0] = s[0];
	out[1] = mod;
	out[2] = '\0';
	return i;
}

/* Stars at s[0]: their length, or 0; the filled ones and all written. */
static size_t stars_at(const char *s, size_t n, int *filled, int *total)
{
	size_t i = 0, end = 0, l;
	*filled = *total = 0;
	while (*total <= STARS_MAX) {
		size_t j = end ? i + (i < n && s[i] == ' ') : i; /* "⭐ ⭐ ⭐" */
		if (j >= n)
			break;
		uint32_t cp = cp_at(s, n, j, &l);
		bool full = cp == 0x2B50 || cp == 0x1F31F || cp == 0x2605;
		if (!(full && *filled == *total) && cp != 0x2606 && cp != 0x2729)
			break; /* a filled star after an empty one ends the run */
		*filled += full;
		++*total;
		j += l;
		if (has_at(s, n, j, "\xEF\xB8\x8F")) /* the emoji selector */
			j += 3;
		i = end = j;
	}
	return *total > STARS_MAX ? 0 : end;
}

/* Stars rate out of 5, or out of as many as were written when more. */
static int stars_scale(int total)
{
	return total > 5 ? total : 5;
}

int prr_rec_stars(const char *s, size_t n, int *max, size_t *len)
{
	int filled, total;
	size_t l = stars_at(s, n, &filled, &total);
	if (!l)
		return -1;
	*max = stars_scale(total);
	if (len)
		*len = l;
	return filled;
}

/*** Readings: a score with its companion and transitions ***/

static size_t read_grade(const char *s, size_t n, size_t i, reading *r)
{
	size_t l = prr_rec_grade(s + i, n - i, r->h.grade);
	if (!l)
		return 0;
	r->kind = GRADE;
	return i + l;
}

static size_t read_stars(const char *s, size_t n, size_t i, reading *r)
{
	int filled, total;
	size_t l = stars_at(s + i, n - i, &filled, &total);
	if (!l)
		return 0;
	r->kind = STARS;
	r->glyphs = total;
	r->h.value = filled;
	r->h.max = stars_scale(total);
	return i + l;
}

/* A number right after a grade or stars, in parentheses or not: "B+
 * (87/100)", "B+ 87/100", "⭐⭐⭐⭐☆ (4.5/5)".  Returns its end, or i. */
static size_t number_after(const char *s, size_t n, size_t i, reading *r)
{
	size_t j = skip_decor(s, n, i), open = paren_open(s, n, j);
	reading t = { .h = r->h };
	size_t e = read_number(s, n, skip_decor(s, n, j + open), &t);
	if (!e || (open && !(e = paren_close_after(s, n, e))))
		return i;
	r->h.value = t.h.value;
	r->h.high = t.h.high;
	r->h.max = t.h.max;
	r->h.percent = t.h.percent;
	r->paired = true;
	return e;
}

/* A grade in parentheses after a number: "87/100 (B+)".  Its end, or i. */
static size_t grade_after(const char *s, size_t n, size_t i, reading *r)
{
	size_t j = skip_decor(s, n, i), open = paren_open(s, n, j), l, e;
	char g[4];
	if (!open)
		return i;
	j = skip_decor(s, n, j + open);
	if (!(l = prr_rec_grade(s + j, n - j, g)) ||
	    !(e = paren_close_after(s, n, j + l)))
		return i;
	memcpy(r->h.grade, g, sizeof g);
	r->paired = true;
	return e;
}

/* One score at s[i] with its companion; fills *r, returns its end or 0. */
static size_t read_one(const char *s, size_t n, size_t i, reading *r)
{
	size_t e;
	*r = (reading){ .h = { .at = i, .value = NAN, .high = NAN, .max = NAN } };
	if ((e = read_stars(s, n, i, r)) || (e = read_grade(s, n, i, r)))
		e = number_after(s, n, e, r);
	else if ((e = read_number(s, n, i, r)))
		e = grade_after(s, n, e, r);
	r->h.len = e - i;
	return e;
}

/* A score at s[i] and those an arrow leads to ("B+ → A-", "6/10 -> 8/10"):
 * r->latest is the last.  Returns the end, or 0 when s[i] starts none. */
static size_t read_chain(const char *s, size_t n, size_t i, reading *r)
{
	size_t e = read_one(s, n, i, r), a, f;
	reading next;
	if (!e)
		return 0;
	r->latest = r->h;
	while ((a = arrow_at(s, n, skip_decor(s, n, e))) &&
	       (f = read_one(s, n, skip_decor(s, n, a), &next))) {
		r->latest = next.h;
		r->moved = true;
		e = f;
	}
	return r->end = e;
}

/*** Judging a reading in its line ***/

typedef struct line {
	const char *s;
	size_t n;
	bool heading; /* "## …": any place in it is a value's place */
	size_t lead;  /* past the line's markers: "## ", "- [x] ", "1. ", "📊 " */
	size_t seen;  /* score and counted words are known in s[0..seen) */
	bool scored;  /* a score word there */
	bool counted; /* a counted plural there */
	bool code;    /* s[seen] is inside a code span ("`trend_score`") */
} line;

/* "1. ", "2) ", "3.2 ": a list's or a section's number; its length or 0. */
static size_t numbering(const char *s, size_t n, size_t i)
{
	size_t j = i;
	bool dotted = false;
	while (j < n && (is_digit(s[j]) ||
			 (s[j] == '.' && j > i && is_digit(s[j - 1])))) {
		dotted |= s[j] == '.';
		j++;
	}
	if (j > i && j < n && s[j] == ')') {
		dotted = true;
		j++;
	}
	return j > i && dotted && j < n && s[j] == ' ' ? j + 1 - i : 0;
}

/* One of a line's markers at s[i]: '#', '>', a list's "- ", a box "[x]",
 * numbering, emphasis, emoji, or the ',' ';' '|' an earlier clause left. */
static size_t marker_at(const char *s, size_t n, size_t i)
{
	size_t l;
	if (in_set((unsigned char)s[i], "#>,;|"))
		return 1;
	if ((s[i] == '-' || s[i] == '+') && (i + 1 == n || s[i + 1] == ' '))
		return 1;
	if (s[i] == '[' && i + 2 < n && s[i + 2] == ']' &&
	    in_set((unsigned char)s[i + 1], " xX"))
		return 3;
	if ((l = numbering(s, n, i)))
		return l;
	return is_decor(cp_at(s, n, i, &l)) ? l : 0;
}

static bool is_heading(const char *s, size_t n)
{
	size_t i = 0;
	while (i < 3 && i < n && s[i] == ' ')
		i++;
	return i < n && s[i] == '#';
}

/* Notes the score words and counted plurals that start before `at`: the
 * line is read once however many readings are judged.  A word in a code
 * span or joined to another by '_' names code ("(`ema_fast`…`trend_score`),
 * 132/134": lines 132 and 134, no score). */
static void see_words(line *ln, size_t at)
{
	for (; ln->seen < at; ln->seen++) {
		size_t i = ln->seen;
		ln->code ^= ln->s[i] == '`';
		/* the words start with an ASCII letter or a CJK character */
		if (!(is_alpha(ln->s[i]) || (unsigned char)ln->s[i] >= 0xE0) ||
		    (i > 0 && is_alpha(ln->s[i - 1])) || ln->code ||
		    (i > 1 && ln->s[i - 1] == '_' && is_alnum(ln->s[i - 2])))
			continue;
		ln->scored |= word_of(ln->s, ln->n, i, at, score_words,
				      COUNT(score_words)) > 0;
		ln->counted |= word_of(ln->s, ln->n, i, at, counted_plurals,
				       COUNT(counted_plurals)) > 0;
	}
}

/* Past the emoji, emphasis and separator that end the label before `at`. */
static size_t label_end(const line *ln, size_t at)
{
	size_t b, e = decor_back(ln->s, ln->lead, at);
	if (e > ln->lead && is_label_end(cp_before(ln->s, ln->lead, e, &b)))
		e = decor_back(ln->s, ln->lead, b);
	return e;
}

/* Whether a score at `at` stands where a value stands: leading its line,
 * after "Label:", "Label —", "Label (", in a heading, after a score word. */
static bool value_position(const line *ln, size_t at)
{
	size_t b, e = decor_back(ln->s, ln->lead, at);
	return e <= ln->lead || ln->heading || ln->scored ||
	       is_label_end(cp_before(ln->s, ln->lead, e, &b));
}

/* Whether the label before `at` ends in a word that counts or dates:
 * "Phase 3/7", "Review Date: 1/10" (but "Phase 3: 8/10" does not). */
static bool ends_counted(const line *ln, size_t at)
{
	size_t e = label_end(ln, at), a = e;
	while (a > ln->lead && e - a < 16 && is_alpha(ln->s[a - 1]))
		a--;
	return word_of(ln->s, e, a, e, counted_last, COUNT(counted_last)) > 0;
}

/* "## Infrastructure (40/40)": whole numbers in parentheses that close a
 * heading, a section's points. */
static bool closes_heading(const line *ln, const reading *r)
{
	const prr_score_hit *h = &r->h;
	size_t b, e = decor_back(ln->s, ln->lead, h->at);
	size_t close = paren_close_after(ln->s, ln->n, r->end);
	uint32_t open = e > ln->lead ? cp_before(ln->s, ln->lead, e, &b) : 0;
	return ln->heading && (open == '(' || open == 0xFF08) && close &&
	       skip_decor(ln->s, ln->n, close) == ln->n &&
	       h->value == floor(h->value) && h->max == floor(h->max) &&
	       isnan(h->high);
}

/* The rule for a fraction (see rec_score.h): a score word or unit makes
 * it a score, a counted label a count, and then the scale decides. */
static bool fraction_is_score(const line *ln, const reading *r)
{
	double m = r->h.max;
	if (ln->scored || r->points)
		return true;
	if (ln->counted || ends_counted(ln, r->h.at))
		return false;
	return m == 5 || m == 10 || m == 100 || closes_heading(ln, r);
}

/* A grade with no number and no score word needs a parenthesis after it
 * that ends the clause: "A-（優秀）", not "A (new) module". */
static bool paren_follows(const char *s, size_t n, size_t i)
{
	size_t j = skip_decor(s, n, i), open = paren_open(s, n, j), c;
	if (!open)
		return false;
	for (size_t k = j + open; k < n && k < j + PAREN_MAX; k++)
		if ((c = paren_close(s, n, k)))
			return ends_clause(s, n, k + c);
	return false;
}

/* When a score holds, after it: "Security posture score: **64/100** at
 * retest", "… as of today", "… after the fixes" (not "9/10 criteria"). */
static bool when_follows(const char *s, size_t n, size_t i)
{
	static const char *const when[] = { "at ", "as of ", "after ",
		"since ", "on ", NULL };
	size_t j = skip_decor(s, n, i);
	if (j == i || s[j - 1] != ' ')
		return false;
	for (int k = 0; when[k]; k++)
		if (has_at(s, n, j, when[k]))
			return true;
	return false;
}

/* Whether a reading is a score where it stands, by rec_score.h's rules:
 * its place before and after, then what its kind needs (a number after a
 * score word may be followed by when it holds). */
static bool accept(line *ln, const reading *r)
{
	see_words(ln, r->h.at);
	if (!value_position(ln, r->h.at) ||
	    !(ends_clause(ln->s, ln->n, r->end) ||
	      (ln->scored && r->kind == NUMBER && when_follows(ln->s, ln->n, r->end))))
		return false;
	switch (r->kind) {
	case GRADE:
		return ln->scored || r->paired || r->moved ||
		       paren_follows(ln->s, ln->n, r->h.at + r->h.len);
	case STARS:
		return ln->scored || r->paired || r->glyphs >= 2;
	case NUMBER:
		break;
	}
	return r->h.percent || fraction_is_score(ln, r);
}

/* The label: the line from its markers to the score, without the emoji,
 * emphasis, separator and status ("Phase 1 ✅ COMPLETE:") that end it. */
static void set_label(const line *ln, size_t at, prr_score_hit *hit)
{
	size_t e = at, prev;
	do {
		prev = e;
		e = label_end(ln, e);
		if (e > ln->lead)
			e -= prr_status_tail(ln->s + ln->lead, e - ln->lead);
	} while (e < prev && e > ln->lead);
	hit->label_at = e > ln->lead ? ln->lead : 0;
	hit->label_len = e > ln->lead ? e - ln->lead : 0;
}

/* Where a score may start: not inside a word, a number or a path
 * ("v1.2/3", "2026/01/09"), and no number after a sign or a trend mark
 * ("+30%", "⬆️ 30%"). */
static bool may_start(const char *s, size_t i)
{
	size_t b, e = i;
	char p = i > 0 ? s[i - 1] : ' ';
	if (is_alnum(p) || p == '_')
		return false;
	if (!is_digit(s[i]))
		return true;
	if (in_set((unsigned char)p, ".,/+-"))
		return false;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	uint32_t cp = e > 0 ? cp_before(s, 0, e, &b) : 0;
	if (cp == 0xFE0F && b > 0)
		cp = cp_before(s, 0, b, &b);
	return !is_trend(cp);
}

/* Moves the line's start past the last sentence that ends before `at`
 * ("…it is not a score. Reconciliation overspent its budget by 16%"): a
 * score's label and its score words are its own sentence's.  A sentence
 * ends in ". ", "! ", "? " after two letters or digits, before a capital;
 * *cut is where the search goes on, so the line is read once. */
static void past_sentences(line *ln, size_t *cut, size_t at)
{
	for (; *cut < at; (*cut)++) {
		size_t i = *cut, j = i + 1;
		/* (or after a number: "Bewertungsskala 0–10. Gesamtbewertung") */
		if (!in_set((unsigned char)ln->s[i], ".!?") || i < ln->lead + 2 ||
		    !is_alnum(ln->s[i - 1]) || !is_alnum(ln->s[i - 2]))
			continue;
		while (j < at && ln->s[j] == ' ')
			j++;
		if (j == i + 1 || j >= at || ln->s[j] < 'A' || ln->s[j] > 'Z')
			continue;
		for (size_t q = ln->seen; q < j; q++) /* (the spans passed) */
			ln->code ^= ln->s[q] == '`';
		ln->lead = ln->seen = j;
		ln->scored = ln->counted = false;
	}
}

/* prr_rec_score, or with `from` the score a transition starts from. */
static bool rec_score(const char *s, size_t n, prr_score_hit *hit, bool from)
{
	line ln = { .s = s, .n = n, .heading = is_heading(s, n) };
	size_t i = 0, l, cut;
	while (ln.lead < n && (l = marker_at(s, n, ln.lead)))
		ln.lead += l;
	cut = ln.lead;
	while (i < n) {
		reading r;
		if (!may_start(s, i) || !read_chain(s, n, i, &r)) {
			cp_at(s, n, i, &l);
			i += l;
			continue;
		}
		past_sentences(&ln, &cut, r.h.at);
		if (accept(&ln, &r)) {
			if (from && !r.moved)
				return false;
			*hit = from ? r.h : r.latest;
			set_label(&ln, r.h.at, hit);
			return true;
		}
		i = r.end; /* a chain is judged once: the scan stays linear */
	}
	return false;
}

bool prr_rec_score(const char *s, size_t n, prr_score_hit *hit)
{
	return rec_score(s, n, hit, false);
}

bool prr_rec_score_from(const char *s, size_t n, prr_score_hit *hit)
{
	return rec_score(s, n, hit, true);
}

bool prr_rec_score_threshold(const char *s, const prr_score_hit *hit)
{
	/* (the label may end with it: "Security score ≥") */
	size_t i = hit->at;
	while (i > hit->label_at &&
	       (s[i - 1] == ' ' || s[i - 1] == '*' || s[i - 1] == '_' ||
		s[i - 1] == '='))
		i--;
	return i > hit->label_at &&
	       (s[i - 1] == '>' || s[i - 1] == '<' ||
		(i >= hit->label_at + 3 &&
		 (memcmp(s + i - 3, "\xE2\x89\xA5", 3) == 0 ||
		  memcmp(s + i - 3, "\xE2\x89\xA4", 3) == 0)));
}

bool prr_score_rounds_to(double stated, double found)
{
	double unit = stated == floor(stated) ? 1
		      : fabs(stated * 10 - round(stated * 10)) < 1e-9 ? 0.1 : 0.01;
	return !isnan(stated) && !isnan(found) &&
	       fabs(stated - found) <= unit / 2 + 1e-9;
}
