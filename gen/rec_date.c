/* rec_date.c - dates in review text and the labels that announce them;
 * see rec_date.h. */
#include "prr/rec_date.h"
#include "prr/model.h"
#include "prr/utf8.h"
#include "rec_words.h"

#include <stdint.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>


/*** Vocabulary ***/

/* Month names, lower case, as people write them, by month: English,
 * Portuguese, Spanish, German (also as a keyboard without umlauts writes
 * it), French (with and without accents), Italian, Dutch, Russian and
 * Polish (the genitive a date writes), Turkish; then Swedish, Danish and
 * Norwegian, Finnish (the partitive a date writes and the month alone),
 * Czech and Ukrainian (genitive and nominative), Hungarian, Romanian,
 * Indonesian, Greek (genitive and nominative), Hebrew (also with the
 * "in" a date writes: "ביולי"), Arabic (the Egyptian and Gulf names and
 * the Levantine ones).  An abbreviation may be followed by '.'.  Each
 * spelling once: "april" serves English, German and the Nordic
 * languages. */
static const rec_class months[] = {
	{ 1,
	  REC_WORDS("january", "jan", "janeiro", "enero", "januar", "jänner",
		    "janvier", "gennaio", "januari", "января", "stycznia",
		    "ocak", "tammikuuta", "tammikuu", "ledna", "leden",
		    "січня", "січень", "január", "ianuarie", "ιανουαρίου",
		    "ιανουάριος", "ינואר", "בינואר", "يناير", "كانون الثاني") },
	{ 2,
	  REC_WORDS("february", "feb", "fevereiro", "febrero", "februar",
		    "février", "fevrier", "febbraio", "februari", "февраля",
		    "lutego", "şubat", "helmikuuta", "helmikuu", "února",
		    "únor", "лютого", "лютий", "február", "febr",
		    "februarie", "φεβρουαρίου", "φεβρουάριος", "פברואר",
		    "בפברואר", "فبراير", "شباط") },
	{ 3,
	  REC_WORDS("march", "mar", "março", "marzo", "märz", "maerz", "marz",
		    "mac", /* Malay */
		    "mär", "mars", "maart", "марта", "marca", "mart", "marts",
		    "maaliskuuta", "maaliskuu", "března", "březen",
		    "березня", "березень", "március", "márc", "martie",
		    "maret", "μαρτίου", "μάρτιος", "מרץ", "במרץ", "مارس",
		    "آذار") },
	{ 4,
	  REC_WORDS("april", "apr", "abril", "avril", "aprile", "апреля",
		    "kwietnia", "nisan", "huhtikuuta", "huhtikuu", "dubna",
		    "duben", "квітня", "квітень", "április", "ápr",
		    "aprilie", "απριλίου", "απρίλιος", "אפריל", "באפריל",
		    "أبريل", "إبريل", "نيسان") },
	{ 5,
	  REC_WORDS("may", "maio", "mayo", "mai", "maggio", "mei", "мая",
		    "maja", "mayıs", "maj", "toukokuuta", "toukokuu",
		    "května", "květen", "травня", "травень", "május", "máj",
		    "μαΐου", "μαίου", "μάιος", "מאי", "במאי", "مايو",
		    "أيار") },
	{ 6,
	  REC_WORDS("june", "jun", "junho", "junio", "juni", "juin",
		    "giugno", "июня", "czerwca", "haziran", "kesäkuuta",
		    "kesäkuu", "června", "červen", "червня", "червень",
		    "június", "jún", "iunie", "ιουνίου", "ιούνιος", "יוני",
		    "ביוני", "يونيو", "يونيه", "حزيران") },
	{ 7,
	  REC_WORDS("july", "jul", "julho", "julio", "juli", "juillet",
		    "julai", /* Malay */
		    "luglio", "июля", "lipca", "temmuz", "heinäkuuta",
		    "heinäkuu", "července", "červenec", "липня", "липень",
		    "július", "júl", "iulie", "ιουλίου", "ιούλιος", "יולי",
		    "ביולי", "يوليو", "يوليه", "تموز") },
	{ 8,
	  REC_WORDS("august", "aug", "agosto", "août", "aout", "augustus",
		    "ogos", /* Malay */
		    "августа", "sierpnia", "ağustos", "augusti", "elokuuta",
		    "elokuu", "srpna", "srpen", "серпня", "серпень",
		    "augusztus", "agustus", "αυγούστου", "αύγουστος",
		    "אוגוסט", "באוגוסט", "أغسطس", "آب") },
	{ 9,
	  REC_WORDS("september", "sep", "sept", "setembro", "septiembre",
		    "setiembre", "septembre", "settembre", "сентября",
		    "września", "eylül", "syyskuuta", "syyskuu", "září",
		    "вересня", "вересень", "szeptember", "szept",
		    "septembrie", "σεπτεμβρίου", "σεπτέμβριος", "ספטמבר",
		    "בספטמבר", "سبتمبر", "أيلول") },
	{ 10,
	  REC_WORDS("october", "oct", "outubro", "octubre", "oktober", "okt",
		    "octobre", "ottobre", "октября", "października", "ekim",
		    "lokakuuta", "lokakuu", "října", "říjen", "жовтня",
		    "жовтень", "október", "octombrie", "οκτωβρίου",
		    "οκτώβριος", "אוקטובר", "באוקטובר", "أكتوبر",
		    "تشرين الأول") },
	{ 11,
	  REC_WORDS("november", "nov", "novembro", "noviembre", "novembre",
		    "ноября", "listopada", "kasım", "marraskuuta",
		    "marraskuu", "listopadu", "listopad", "листопада",
		    "листопад", "noiembrie", "νοεμβρίου", "νοέμβριος",
		    "נובמבר", "בנובמבר", "نوفمبر", "تشرين الثاني") },
	{ 12,
	  REC_WORDS("december", "dec", "dezembro", "diciembre", "dezember",
		    "disember", /* Malay */
		    "dez", "décembre", "decembre", "dicembre", "декабря",
		    "grudnia", "aralık", "desember", "joulukuuta", "joulukuu",
		    "prosince", "prosinec", "грудня", "грудень", "decembrie",
		    "δεκεμβρίου", "δεκέμβριος", "דצמבר", "בדצמבר", "ديسمبر",
		    "كانون الأول") },
};

/* Thai month names and their abbreviations, by month: a date that
 * writes them counts its years in the Buddhist Era (2569 is 2026). */
static const rec_class months_thai[] = {
	{ 1, REC_WORDS("มกราคม", "ม.ค.") },
	{ 2, REC_WORDS("กุมภาพันธ์", "ก.พ.") },
	{ 3, REC_WORDS("มีนาคม", "มี.ค.") },
	{ 4, REC_WORDS("เมษายน", "เม.ย.") },
	{ 5, REC_WORDS("พฤษภาคม", "พ.ค.") },
	{ 6, REC_WORDS("มิถุนายน", "มิ.ย.") },
	{ 7, REC_WORDS("กรกฎาคม", "ก.ค.") },
	{ 8, REC_WORDS("สิงหาคม", "ส.ค.") },
	{ 9, REC_WORDS("กันยายน", "ก.ย.") },
	{ 10, REC_WORDS("ตุลาคม", "ต.ค.") },
	{ 11, REC_WORDS("พฤศจิกายน", "พ.ย.") },
	{ 12, REC_WORDS("ธันวาคม", "ธ.ค.") },
};

/* The Buddhist Era's years are the Common Era's plus 543. */
enum { BUDDHIST_ERA = 543 };

/* CJK writes a date as numbers each followed by its unit. */
static const struct {
	const char *year, *month, *day;
} cjk_units[] = {
	{ "年", "月", "日" }, /* Chinese, Japanese */
	{ "년", "월", "일" }, /* Korean */
};

/* Words between a day, a month and a year: "28 de janeiro de 2026",
 * "4th of August 2025", Thai's "15 มกราคม พ.ศ. 2569" (the Buddhist
 * Era's). */
static const char *const connectors[] = { "de", "del", "of", "พ.ศ." };

/* After a day: "22nd", "1er", "15.", "1º". */
static const char *const ordinals[] = { "st", "nd", "rd", "th", "er",
					"º", "°", "." };

/* Zone names whose offset is not in doubt (CST and IST name several). */
static const struct {
	const char *name;
	int minutes;
} zones[] = {
	{ "UTC", 0 },     { "GMT", 0 },     { "Z", 0 },      { "WET", 0 },
	{ "WEST", 60 },   { "CET", 60 },    { "CEST", 120 }, { "BST", 60 },
	{ "EET", 120 },   { "EEST", 180 },  { "MSK", 180 },  { "JST", 540 },
	{ "KST", 540 },   { "HKT", 480 },   { "SGT", 480 },  { "AWST", 480 },
	{ "AEST", 600 },  { "AEDT", 660 },  { "NZST", 720 }, { "NZDT", 780 },
	{ "BRT", -180 },  { "EST", -300 },  { "EDT", -240 }, { "CDT", -300 },
	{ "MST", -420 },  { "MDT", -360 },  { "PST", -480 }, { "PDT", -420 },
};

/*** A cursor over the text ***/

/* A position in p[0..n).  Matchers take it by value: a failed attempt
 * leaves the caller where it was, so backtracking needs no bookkeeping. */
typedef struct cur {
	const unsigned char *p;
	size_t n, i;
	prr_date_order order; /* how the text settles "03/04/2026" */
} cur;

static int byte_at(const cur *c, size_t k)
{
	return c->i + k < c->n ? c->p[c->i + k] : -1;
}

/* Letters of the alphabets, Latin to Georgian (ASCII and U+00C0..U+1FFF
 * but × and ÷): enough to tell that a number is glued to a word, or a
 * month name to the word it begins.  Not CJK nor Thai, whose words touch
 * numbers and each other ("于2026年", "วันที่15 มกราคม"). */
static bool is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	return cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7 &&
	       !rec_is_unspaced(cp);
}

/* A digit 0-9 at p[i], ASCII or full-width (CJK text writes both): its
 * length in bytes (1 or 3), or 0. */
static int digit_len(const unsigned char *p, size_t n, size_t i, int *v)
{
	if (i < n && p[i] >= '0' && p[i] <= '9') {
		*v = p[i] - '0';
		return 1;
	}
	if (i + 2 < n && p[i] == 0xEF && p[i + 1] == 0xBC && p[i + 2] >= 0x90 &&
	    p[i + 2] <= 0x99) {
		*v = p[i + 2] - 0x90;
		return 3;
	}
	return 0;
}

/* Is the code point decoded at p[i] part of a word (a letter or digit)? */
static bool word_at(const unsigned char *p, size_t n, size_t i)
{
	uint32_t cp;
	int v;
	if (digit_len(p, n, i, &v))
		return true;
	return i < n && prr_utf8_decode(p + i, n - i, &cp) > 0 && is_letter(cp);
}

/* Is the code point ending just before p[i] part of a word? */
static bool word_before(const unsigned char *p, size_t n, size_t i)
{
	size_t b = i;
	/* back over at most three continuation bytes to the lead byte */
	while (b > 0 && i - b < 4 && (b == i || (p[b] & 0xC0) == 0x80))
		b--;
	return b < i && word_at(p, n, b);
}

/* A run of digits of at most `max`: its value, and the cursor moves past
 * it.  Returns the number of digits, or 0 (cursor kept) when there are
 * none or more than `max` (then they are some other number). */
static int digits(cur *c, int max, int *value)
{
	size_t k = c->i;
	int count = 0, v = 0, d, len;
	while ((len = digit_len(c->p, c->n, k, &d)) > 0) {
		if (++count > max)
			return 0;
		v = v * 10 + d;
		k += (size_t)len;
	}
	if (count)
		c->i = k, *value = v;
	return count;
}

/* Spaces, tabs and no-break spaces; how many were skipped. */
static int spaces(cur *c)
{
	int count = 0;
	for (;; count++) {
		if (byte_at(c, 0) == ' ' || byte_at(c, 0) == '\t')
			c->i += 1;
		else if (byte_at(c, 0) == 0xC2 && byte_at(c, 1) == 0xA0)
			c->i += 2; /* U+00A0 */
		else if (byte_at(c, 0) == 0xE2 && byte_at(c, 1) == 0x80 &&
			 byte_at(c, 2) == 0xAF)
			c->i += 3; /* U+202F, the narrow one */
		else
			return count;
	}
}

static bool skip_char(cur *c, int ch)
{
	if (byte_at(c, 0) != ch)
		return false;
	c->i++;
	return true;
}

/* The separator at the cursor: '-' for a hyphen that a reader cannot
 * tell from one too (U+2010 … U+2013: "2026‑08‑30" with non-breaking
 * hyphens), else its byte; its length in *len. */
static int sep_at(const cur *c, size_t *len)
{
	*len = 3;
	if (byte_at(c, 0) == 0xE2 && byte_at(c, 1) == 0x80 && byte_at(c, 2) >= 0x90 &&
	    byte_at(c, 2) <= 0x93)
		return '-';
	*len = 1;
	return byte_at(c, 0);
}

/* The separator `sep` (sep_at) at the cursor, which moves past it. */
static bool skip_sep(cur *c, int sep)
{
	size_t len;
	if (sep_at(c, &len) != sep)
		return false;
	c->i += len;
	return true;
}

/* Exact bytes `w` (a mark such as "年"); the cursor moves past them. */
static bool skip_bytes(cur *c, const char *w)
{
	size_t len = strlen(w);
	if (c->n - c->i < len || memcmp(c->p + c->i, w, len) != 0)
		return false;
	c->i += len;
	return true;
}

/* The lower-case word `w`, in any case (of the letters rec_fold_cp
 * folds), ending where a word ends ("mar" is not the start of "marzo");
 * the cursor moves past it. */
static bool skip_word(cur *c, const char *w)
{
	size_t len = rec_fold_prefix((const char *)c->p, c->n, c->i, w);
	if (!len || word_at(c->p, c->n, c->i + len))
		return false;
	c->i += len;
	return true;
}

/*** The parts of a date ***/

static bool year(cur *c, int *y)
{
	cur t = *c;
	if (digits(&t, 4, y) != 4 || *y < 1970 || *y > 2199)
		return false;
	*c = t;
	return true;
}

static bool day(cur *c, int *d)
{
	cur t = *c;
	if (!digits(&t, 2, d) || *d < 1 || *d > 31)
		return false;
	*c = t;
	return true;
}

/* The month tables indexed by first byte (gen/rec_words.h): a place is
 * compared with the few names that begin as it does. */
static rec_vocab months_v = REC_VOCAB_CLASSES(months);
static rec_vocab months_thai_v = REC_VOCAB_CLASSES(months_thai);

/* A month name of `v`, and the '.' of an abbreviation. */
static bool month_of(cur *c, rec_vocab *v, int *m)
{
	size_t count;
	const rec_entry *e =
		rec_vocab_at(v, (const char *)c->p, c->n, c->i, &count);
	for (size_t k = 0; k < count; k++) {
		if (skip_word(c, rec_vocab_word(v, e[k]))) {
			*m = rec_vocab_value(v, e[k]);
			skip_char(c, '.');
			return true;
		}
	}
	return false;
}

/* A month name; *buddhist says whether it is Thai's (may be NULL). */
static bool month_name(cur *c, int *m, bool *buddhist)
{
	bool thai = month_of(c, &months_thai_v, m);
	if (buddhist)
		*buddhist = thai;
	return thai || month_of(c, &months_v, m);
}

/* The year after a month name: of the Buddhist Era too after a Thai one
 * (2513 to 2742, 1970 to 2199 of ours). */
static bool year_after(cur *c, bool buddhist, int *y)
{
	if (year(c, y))
		return true;
	cur t = *c;
	if (!buddhist || digits(&t, 4, y) != 4 || *y < 1970 + BUDDHIST_ERA ||
	    *y > 2199 + BUDDHIST_ERA)
		return false;
	*y -= BUDDHIST_ERA;
	*c = t;
	return true;
}

static void ordinal(cur *c);

/* A fiscal or calendar year beside a quarter: "2026", "FY26", "FY2026",
 * "'26"; its length, or 0. */
static size_t period_year(const char *s, size_t n)
{
	size_t i = 0;
	if (n >= 2 && strncasecmp(s, "fy", 2) == 0)
		i = 2;
	else if (n && s[0] == '\'')
		i = 1;
	size_t d = i;
	while (d < n && isdigit((unsigned char)s[d]))
		d++;
	if (d - i == 4 && (s[i] == '1' || s[i] == '2'))
		return d;
	return d - i == 2 && i ? d : 0;
}

/* "Q1 2026", "2026-Q1", "Q4 FY25", "H1 2026", "Q2": a quarter or a
 * half, with its year or alone. */
static bool quarter(const char *s, size_t n)
{
	size_t i = period_year(s, n);
	if (i && i < n && (s[i] == ' ' || s[i] == '-' || s[i] == '/'))
		i++;
	else if (i)
		return false;
	if (i + 2 > n ||
	    !((tolower((unsigned char)s[i]) == 'q' && s[i + 1] >= '1' && s[i + 1] <= '4') ||
	      (tolower((unsigned char)s[i]) == 'h' && (s[i + 1] == '1' || s[i + 1] == '2'))))
		return false;
	bool year_first = i > 0;
	i += 2;
	if (i == n)
		return true;
	if (year_first)
		return false;
	if (s[i] == ' ' || s[i] == '-' || s[i] == '/')
		i++;
	return i < n && period_year(s + i, n - i) == n - i;
}

bool prr_rec_date_period(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*'))
		n--;
	while (n && (*s == ' ' || *s == '*'))
		s++, n--;
	prr_date_hit hit;
	if ((prr_rec_date_find(s, n, &hit) && hit.at == 0 && hit.len == n) ||
	    quarter(s, n))
		return true;
	cur c = { (const unsigned char *)s, n, 0 };
	int m, y;
	if (month_name(&c, &m, NULL)) {
		while (c.i < n && c.p[c.i] == ' ')
			c.i++;
		if (c.i < n && !year(&c, &y) && day(&c, &y))
			ordinal(&c); /* "March 12", a day of no year */
		return c.i == n;
	}
	/* "12 March", "12. März", "12th March": a day of no year */
	cur d = c;
	if (day(&d, &y)) {
		ordinal(&d);
		if (spaces(&d) && month_name(&d, &m, NULL) && d.i == n)
			return true;
	}
	/* "2026-04" */
	if (!year(&c, &y) || c.i + 3 != n || s[c.i] != '-' ||
	    !isdigit((unsigned char)s[c.i + 1]) || !isdigit((unsigned char)s[c.i + 2]))
		return false;
	m = (s[c.i + 1] - '0') * 10 + (s[c.i + 2] - '0');
	return m >= 1 && m <= 12;
}

static void ordinal(cur *c)
{
	for (size_t k = 0; k < COUNT(ordinals); k++)
		if (ordinals[k][1] ? skip_word(c, ordinals[k])
				   : skip_char(c, ordinals[k][0]))
			return;
}

/* Spaces, and a connector with the spaces after it: " de ", " of ". */
static void gap(cur *c)
{
	spaces(c);
	for (size_t k = 0; k < COUNT(connectors); k++) {
		cur t = *c;
		if (skip_word(&t, connectors[k]) && spaces(&t)) {
			*c = t;
			return;
		}
	}
}

/* At least one space, maybe after a comma, and maybe a connector. */
static bool comma_gap(cur *c)
{
	cur t = *c;
	skip_char(&t, ',');
	if (!spaces(&t))
		return false;
	gap(&t);
	*c = t;
	return true;
}

/*** Dates: each matcher returns the end of what it read, or 0 ***/

/* A date read: d == 0 for a month. */
typedef struct ymd {
	int y, m, d;
} ymd;

/* Whether the number ending at c->i is a version's: "v2026.01.09",
 * "version 2026.01.09", "release/tag/build 2026.01.09" (calendar
 * versions), read back from its start. */
static bool versioned(const cur *c)
{
	static const char *const words[] = { "version", "release", "tag",
		"build", "ver", NULL };
	size_t i = c->i;
	while (i && c->p[i - 1] >= '0' && c->p[i - 1] <= '9')
		i--;
	if (i && (c->p[i - 1] | 0x20) == 'v')
		return true;
	size_t e = i;
	while (e && c->p[e - 1] == ' ')
		e--;
	size_t w = e;
	while (w && ((c->p[w - 1] | 0x20) >= 'a' && (c->p[w - 1] | 0x20) <= 'z'))
		w--;
	for (int k = 0; words[k]; k++)
		if (strlen(words[k]) == e - w &&
		    strncasecmp((const char *)c->p + w, words[k], e - w) == 0)
			return true;
	return false;
}

/* 2026-02-18, 2026/2/18, 2026.02.24 (Korean, Chinese and Hungarian
 * usage): ISO 8601 writes two digits; slashes may not. */
static size_t iso_at(cur c, ymd *out)
{
	if (!year(&c, &out->y))
		return 0;
	size_t len;
	int sep = sep_at(&c, &len);
	if (sep != '-' && sep != '/' && (sep != '.' || versioned(&c)))
		return 0;
	c.i += len;
	int least = sep == '/' ? 1 : 2;
	if (digits(&c, 2, &out->m) < least || !skip_sep(&c, sep) ||
	    digits(&c, 2, &out->d) < least)
		return 0;
	return c.i;
}

/* Spaces, a number of one or two digits, spaces, and its unit "月". */
static bool number_unit(cur *c, int *value, const char *unit)
{
	cur t = *c;
	spaces(&t);
	if (!digits(&t, 2, value))
		return false;
	spaces(&t);
	if (!skip_bytes(&t, unit))
		return false;
	*c = t;
	return true;
}

/* 2026年1月11日, 2026年1月, 2026년 1월 11일 */
static size_t cjk_at(cur c, ymd *out)
{
	if (!year(&c, &out->y))
		return 0;
	for (size_t k = 0; k < COUNT(cjk_units); k++) {
		cur t = c;
		spaces(&t);
		if (!skip_bytes(&t, cjk_units[k].year))
			continue;
		if (!number_unit(&t, &out->m, cjk_units[k].month))
			return 0;
		cur d = t;
		if (number_unit(&d, &out->d, cjk_units[k].day))
			return d.i;
		out->d = 0; /* 2026年1月: a month */
		return t.i;
	}
	return 0;
}

/* A year of an era: Japan's (令和8年 is 2026, 平成31年 2019, 元年 its
 * first) and the Republic of China's (中華民國115年, 民國115年: 2026),
 * then a month and a day as cjk_at reads them. */
static size_t era_at(cur c, ymd *out)
{
	static const struct { const char *name; int base; } eras[] = {
		{ "令和", 2018 }, { "平成", 1988 }, { "中華民國", 1911 },
		{ "中华民国", 1911 }, { "民國", 1911 }, { "民国", 1911 },
	};
	for (size_t k = 0; k < COUNT(eras); k++) {
		cur t = c;
		int n;
		if (!skip_bytes(&t, eras[k].name))
			continue;
		spaces(&t);
		if (skip_bytes(&t, "元"))
			n = 1;
		else if (!digits(&t, 3, &n) || n < 1)
			return 0;
		spaces(&t);
		if (!skip_bytes(&t, cjk_units[0].year) ||
		    !number_unit(&t, &out->m, cjk_units[0].month))
			return 0;
		out->y = eras[k].base + n;
		cur d = t;
		if (number_unit(&d, &out->d, cjk_units[0].day))
			return d.i;
		out->d = 0; /* 令和8年11月: a month */
		return t.i;
	}
	return 0;
}

/* 18/12/2025, 12/18/2025, 5/5/2025: taken when the numbers allow one
 * reading only, day first or month first (a day above 12), or both
 * readings give the same day.  Dots are written day first only (German,
 * Russian, Nordic usage: "12.03.2026" is 12 March). */
/* "a/b/yyyy", "a.b.yyyy", "a-b-yyyy": whether a is the day (*dm) and
 * whether it is the month (*md), as the numbers allow; the end, or 0. */
static size_t numeric_readings(cur *c, int *a, int *b, int *sep, int *y,
			       bool *dm, bool *md)
{
	if (!digits(c, 2, a))
		return 0;
	size_t len;
	*sep = sep_at(c, &len);
	if (*sep != '/' && *sep != '.' && *sep != '-')
		return 0;
	c->i += len;
	if (!digits(c, 2, b) || !skip_sep(c, *sep) || !year(c, y))
		return 0;
	*dm = *a >= 1 && *a <= 31 && *b >= 1 && *b <= 12;
	*md = *sep != '.' && *b >= 1 && *b <= 31 && *a >= 1 && *a <= 12;
	return c->i;
}

static size_t numeric_at(cur c, ymd *out)
{
	int a, b, sep;
	bool dm, md;
	size_t at = c.i;
	if (!numeric_readings(&c, &a, &b, &sep, &out->y, &dm, &md))
		return 0;
	if (dm && md && a != b) {
		/* 03/04/2025: March or April, unless the text settles it, or
		 * the day of the week before it names one of the two ("Fri
		 * 03/04/2026" is 3 April 2026, a Friday; 4 March is not) */
		int wd = rec_weekday_before((const char *)c.p, c.n, at);
		bool day_a = wd >= 0 && rec_weekday(out->y, b, a) == wd,
		     day_b = wd >= 0 && rec_weekday(out->y, a, b) == wd;
		if (day_a != day_b)
			dm = day_a;
		else if (c.order == PRR_DATE_ORDER_OPEN)
			return 0;
		else
			dm = c.order == PRR_DATE_DAY_FIRST;
	}
	out->d = dm ? a : b;
	out->m = dm ? b : a;
	return dm || md ? c.i : 0;
}

/* 4 August 2025, 28 de janeiro de 2026, 15. März 2026, 1er mars 2026 */
static size_t day_first_at(cur c, ymd *out)
{
	if (!day(&c, &out->d))
		return 0;
	ordinal(&c);
	if (!spaces(&c))
		return 0;
	gap(&c);
	bool buddhist;
	if (!month_name(&c, &out->m, &buddhist) || !comma_gap(&c))
		return 0;
	return year_after(&c, buddhist, &out->y) ? c.i : 0;
}

/* 04-Aug-2025, 4-aug-2025 (logs and spreadsheets); Jira's 10/Feb/26,
 * its year in two digits after slashes only (the month's name between
 * settles the order; "04-Aug-25" stays none) */
static size_t dashed_at(cur c, ymd *out)
{
	if (!day(&c, &out->d))
		return 0;
	int sep = byte_at(&c, 0);
	if ((sep != '-' && sep != '/') || !skip_char(&c, sep) ||
	    !month_name(&c, &out->m, NULL) || !skip_char(&c, sep))
		return 0;
	if (year(&c, &out->y))
		return c.i;
	int yy;
	if (sep != '/')
		return 0;
	cur t = c;
	if (digits(&t, 2, &yy) != 2) /* (three digits or more: none) */
		return 0;
	out->y = 2000 + yy;
	return t.i;
}

/* August 4, 2025; Aug. 4 2025; December 22nd, 2024; and the month alone:
 * December 2024, dezembro de 2025 */
static size_t month_first_at(cur c, ymd *out)
{
	bool buddhist;
	if (!month_name(&c, &out->m, &buddhist) || !comma_gap(&c))
		return 0;
	cur t = c;
	if (day(&t, &out->d)) {
		ordinal(&t);
		if (comma_gap(&t) && year_after(&t, buddhist, &out->y))
			return t.i;
	}
	out->d = 0;
	return year_after(&c, buddhist, &out->y) ? c.i : 0;
}

/* Hungarian: "2026. szeptember 14.", "2026. október 1-jén", and the month
 * alone, "2026. szeptember".  The day's '.' or suffix is left to the
 * text. */
static size_t year_first_at(cur c, ymd *out)
{
	if (!year(&c, &out->y) || !skip_char(&c, '.') || !spaces(&c) ||
	    !month_name(&c, &out->m, NULL))
		return 0;
	cur t = c;
	if (spaces(&t) && day(&t, &out->d))
		return t.i;
	out->d = 0;
	return c.i;
}

/*** Times and zones ***/

/* "+10:00", "+1000", "-03"; with `short_hours` also "+9" (after UTC). */
static bool offset(cur *c, bool short_hours, int *minutes)
{
	cur t = *c;
	int sign = byte_at(&t, 0) == '+' ? 1 : byte_at(&t, 0) == '-' ? -1 : 0;
	int h, m = 0, count;
	if (!sign)
		return false;
	t.i++;
	count = digits(&t, 4, &h);
	if (count == 4)
		m = h % 100, h /= 100;
	else if (count == 2 || (count == 1 && short_hours)) {
		if (skip_char(&t, ':') && digits(&t, 2, &m) != 2)
			return false;
	} else
		return false;
	if (h > 14 || m > 59)
		return false;
	*minutes = sign * (h * 60 + m);
	*c = t;
	return true;
}

/* A zone name in capitals ("UTC", "JST"), maybe with an offset: "UTC+9". */
static bool zone_name(cur *c, int *minutes)
{
	for (size_t k = 0; k < COUNT(zones); k++) {
		size_t len = strlen(zones[k].name);
		if (c->n - c->i < len ||
		    memcmp(c->p + c->i, zones[k].name, len) != 0 ||
		    word_at(c->p, c->n, c->i + len))
			continue;
		c->i += len;
		int extra = 0;
		if (strcmp(zones[k].name, "UTC") == 0 ||
		    strcmp(zones[k].name, "GMT") == 0)
			offset(c, true, &extra); /* "UTC+9" */
		*minutes = zones[k].minutes + extra;
		return true;
	}
	return false;
}

/* The zone after a time.  A bare offset is taken only after an ISO 'T'
 * or seconds: "10:00-11:00" is more often a range than a zone. */
static bool zone(cur *c, bool strict_form, int *minutes)
{
	if (strict_form && offset(c, false, minutes))
		return true;
	cur t = *c;
	if (spaces(&t) && (zone_name(&t, minutes) ||
			   (strict_form && offset(&t, false, minutes)))) {
		*c = t;
		return true;
	}
	return zone_name(c, minutes);
}

/* "12:35", "3:40 PM", "12:35:00.123" into h->hour, minute, second;
 * *with_seconds says whether seconds were written. */
static bool clock(cur *c, bool two_digit_hour, prr_date_hit *h,
		  bool *with_seconds)
{
	int count = digits(c, 2, &h->hour);
	if (!count || (two_digit_hour && count != 2) || !skip_char(c, ':') ||
	    digits(c, 2, &h->minute) != 2)
		return false;
	h->second = 0;
	cur t = *c;
	*with_seconds = skip_char(&t, ':') && digits(&t, 2, &h->second) == 2;
	if (*with_seconds) {
		*c = t;
		int frac;
		t = *c;
		if ((skip_char(&t, '.') || skip_char(&t, ',')) &&
		    digits(&t, 9, &frac))
			*c = t;
	}
	cur ampm = *c;
	spaces(&ampm);
	bool pm = skip_word(&ampm, "pm") || skip_word(&ampm, "p.m.");
	if (pm || skip_word(&ampm, "am") || skip_word(&ampm, "a.m.")) {
		if (h->hour < 1 || h->hour > 12)
			return false;
		h->hour = h->hour % 12 + (pm ? 12 : 0);
		*c = ampm;
	}
	return h->hour <= 23 && h->minute <= 59 && h->second <= 60;
}

/* Does what was read end here, not inside a longer word or number? */
static bool ends_clean(const cur *c)
{
	int next = byte_at(c, 0), after;
	if (word_at(c->p, c->n, c->i))
		return false;
	/* "18/12/2025/3", "1.2.2026.4": part of something longer */
	return !(next == '.' || next == '/' || next == '-' || next == ':') ||
	       !digit_len(c->p, c->n, c->i + 1, &after);
}

/* A time after a day: "T12:35:00+10:00", " 11:41:00Z", ", 3:40 PM UTC".
 * Returns the end, or 0 (then the hit is unchanged). */
static size_t time_at(cur c, prr_date_hit *hit)
{
	prr_date_hit h = *hit;
	bool iso = skip_char(&c, 'T');
	if (!iso) {
		skip_char(&c, ',');
		if (!spaces(&c))
			return 0;
		cur at = c; /* "1 Jan 2026 at 10:00" */
		if (skip_word(&at, "at") && spaces(&at))
			c = at;
	}
	bool with_seconds;
	if (!clock(&c, iso, &h, &with_seconds))
		return 0;
	h.has_time = true;
	h.has_zone = zone(&c, iso || with_seconds, &h.zone_minutes);
	/* "10:00-11:00" may end a time (a range); "10:00:5" may not */
	int after;
	if (word_at(c.p, c.n, c.i) ||
	    (byte_at(&c, 0) == ':' && digit_len(c.p, c.n, c.i + 1, &after)))
		return 0;
	*hit = h;
	return c.i;
}

/*** Finding ***/

/* Is there a digit (ASCII or full-width) just before p[i]? */
static bool digit_before(const unsigned char *p, size_t n, size_t i)
{
	int v;
	return (i >= 1 && digit_len(p, n, i - 1, &v) == 1) ||
	       (i >= 3 && digit_len(p, n, i - 3, &v) == 3);
}

/* Could a date start at p[i]?  Not inside a word, nor after a digit and
 * '.', '/', '-', ':' or a dash: "10.2026" in "v2.10.2026", "20 March
 * 2026" in "15–20 March 2026" (whose first day is not written whole). */
static bool starts_clean(const unsigned char *p, size_t n, size_t i)
{
	uint32_t cp;
	if (p[i] >= 0xE0 && prr_utf8_decode(p + i, n - i, &cp) > 0 &&
	    (rec_is_unspaced(cp) || rec_is_cjk(cp)))
		return true; /* a Thai month, an era's name may start anywhere */
	if (!word_at(p, n, i) || word_before(p, n, i))
		return false;
	size_t k = i; /* where the punctuation before p[i] starts */
	if (k >= 1 && strchr("./-:", p[k - 1]) && p[k - 1])
		k -= 1;
	else if (k >= 3 && p[k - 3] == 0xE2 && p[k - 2] == 0x80 &&
		 (p[k - 1] == 0x93 || p[k - 1] == 0x94))
		k -= 3; /* U+2013 en dash, U+2014 em dash */
	return k == i || !digit_before(p, n, k);
}

static void put_number(char *out, int v, int width)
{
	for (int k = width - 1; k >= 0; k--, v /= 10)
		out[k] = (char)('0' + v % 10);
}

/* Writes the date read into hit->date if it is a real one. */
static bool set_date(const ymd *d, prr_date_hit *hit)
{
	char *s = hit->date;
	if (d->m < 1 || d->m > 12)
		return false;
	put_number(s, d->y, 4);
	s[4] = '-';
	put_number(s + 5, d->m, 2);
	s[7] = 0;
	hit->prec = PRR_DATE_MONTH;
	if (!d->d)
		return true;
	s[7] = '-';
	put_number(s + 8, d->d, 2);
	s[10] = 0;
	hit->prec = PRR_DATE_DAY;
	return prr_date_valid(s);
}

/* The date starting at c.i, with its time; the end, or 0. */
static size_t date_at(cur c, prr_date_hit *hit)
{
	static size_t (*const matchers[])(cur, ymd *) = {
		iso_at, era_at, cjk_at, numeric_at, day_first_at,
		month_first_at, dashed_at, year_first_at,
	};
	for (size_t k = 0; k < COUNT(matchers); k++) {
		ymd d = { 0, 0, 0 };
		size_t end = matchers[k](c, &d);
		if (!end)
			continue;
		memset(hit, 0, sizeof *hit);
		if (!set_date(&d, hit))
			return 0;
		cur e = c;
		e.i = end;
		size_t timed = hit->prec == PRR_DATE_DAY ? time_at(e, hit) : 0;
		if (timed)
			return timed;
		return ends_clean(&e) ? end : 0;
	}
	return 0;
}

prr_date_order prr_rec_date_order(const char *s, size_t n)
{
	bool day_first = false, month_first = false;
	cur c = { (const unsigned char *)s, n, 0, PRR_DATE_ORDER_OPEN };
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9' || !starts_clean(c.p, n, i))
			continue;
		int a, b, sep, y;
		bool dm, md;
		c.i = i;
		if (!numeric_readings(&c, &a, &b, &sep, &y, &dm, &md) ||
		    sep == '.')
			continue; /* "17.04.2026" is day first everywhere */
		day_first |= dm && !md;
		month_first |= md && !dm;
	}
	return day_first == month_first ? PRR_DATE_ORDER_OPEN
	       : day_first		  ? PRR_DATE_DAY_FIRST
					  : PRR_DATE_MONTH_FIRST;
}

bool prr_rec_date_find(const char *s, size_t n, prr_date_hit *hit)
{
	return prr_rec_date_find_as(s, n, PRR_DATE_ORDER_OPEN, hit);
}

bool prr_rec_date_find_as(const char *s, size_t n, prr_date_order order,
			  prr_date_hit *hit)
{
	cur c = { (const unsigned char *)s, n, 0, order };
	for (; c.i < n; c.i++) {
		if (!starts_clean(c.p, n, c.i))
			continue;
		size_t end = date_at(c, hit);
		if (end) {
			hit->at = c.i;
			hit->len = end - c.i;
			return true;
		}
	}
	memset(hit, 0, sizeof *hit);
	return false;
}
