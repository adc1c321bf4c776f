/* rec_item.c - checkboxes, finding IDs, severities, placeholders in item text; see rec_item.h. */
#include "prr/rec_item.h"
#include "prr/import.h"
#include "prr/utf8.h"

#include <stdint.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/*** Vocabulary ***/

/* Severity words; no plural endings are added ("media" is not "median"). */
static const struct {
	const char *w;
	prr_severity sev;
} sev_words[] = {
	/* English */
	{ "critical", PRR_SEV_CRITICAL }, { "high", PRR_SEV_HIGH },
	{ "major", PRR_SEV_HIGH },	  { "severe", PRR_SEV_HIGH },
	{ "medium", PRR_SEV_MEDIUM },	  { "moderate", PRR_SEV_MEDIUM },
	{ "low", PRR_SEV_LOW },		  { "minor", PRR_SEV_LOW },
	{ "info", PRR_SEV_INFO },	  { "informational", PRR_SEV_INFO },
	/* French */
	{ "critique", PRR_SEV_CRITICAL }, { "critiques", PRR_SEV_CRITICAL },
	{ "élevé", PRR_SEV_HIGH },	  { "élevée", PRR_SEV_HIGH },
	{ "haut", PRR_SEV_HIGH },	  { "haute", PRR_SEV_HIGH },
	{ "majeur", PRR_SEV_HIGH },	  { "majeure", PRR_SEV_HIGH },
	{ "moyen", PRR_SEV_MEDIUM },	  { "moyenne", PRR_SEV_MEDIUM },
	{ "modéré", PRR_SEV_MEDIUM },	  { "modérée", PRR_SEV_MEDIUM },
	{ "bas", PRR_SEV_LOW },		  { "basse", PRR_SEV_LOW },
	{ "faible", PRR_SEV_LOW },	  { "mineur", PRR_SEV_LOW },
	{ "mineure", PRR_SEV_LOW },
	/* Spanish, Portuguese */
	{ "crítico", PRR_SEV_CRITICAL },  { "crítica", PRR_SEV_CRITICAL },
	{ "críticos", PRR_SEV_CRITICAL }, { "críticas", PRR_SEV_CRITICAL },
	{ "alto", PRR_SEV_HIGH },	  { "alta", PRR_SEV_HIGH },
	{ "medio", PRR_SEV_MEDIUM },	  { "media", PRR_SEV_MEDIUM },
	{ "médio", PRR_SEV_MEDIUM },	  { "média", PRR_SEV_MEDIUM },
	{ "moderado", PRR_SEV_MEDIUM },	  { "moderada", PRR_SEV_MEDIUM },
	{ "bajo", PRR_SEV_LOW },	  { "baja", PRR_SEV_LOW },
	{ "baixo", PRR_SEV_LOW },	  { "baixa", PRR_SEV_LOW },
	/* German */
	{ "kritisch", PRR_SEV_CRITICAL }, { "kritische", PRR_SEV_CRITICAL },
	{ "hoch", PRR_SEV_HIGH },	  { "hohe", PRR_SEV_HIGH },
	{ "mittel", PRR_SEV_MEDIUM },	  { "mittlere", PRR_SEV_MEDIUM },
	{ "niedrig", PRR_SEV_LOW },	  { "niedrige", PRR_SEV_LOW },
	{ "gering", PRR_SEV_LOW },	  { "geringe", PRR_SEV_LOW },
	/* Japanese, Chinese */
	{ "致命的", PRR_SEV_CRITICAL },	  { "致命", PRR_SEV_CRITICAL },
	{ "重大", PRR_SEV_HIGH },	  { "严重", PRR_SEV_HIGH },
	{ "嚴重", PRR_SEV_HIGH },	  { "高", PRR_SEV_HIGH },
	{ "中", PRR_SEV_MEDIUM },	  { "低", PRR_SEV_LOW },
	{ "軽微", PRR_SEV_LOW },	  { "轻微", PRR_SEV_LOW },
};

/* Leading colours, when no word says more. */
static const struct {
	uint32_t cp;
	prr_severity sev;
} sev_marks[] = {
	{ 0x1F534, PRR_SEV_CRITICAL }, /* 🔴 */
	{ 0x1F6A8, PRR_SEV_CRITICAL }, /* 🚨 */
	{ 0x1F7E5, PRR_SEV_CRITICAL }, /* 🟥 */
	{ 0x1F7E0, PRR_SEV_HIGH },     /* 🟠 */
	{ 0x1F7E7, PRR_SEV_HIGH },     /* 🟧 */
	{ 0x1F7E1, PRR_SEV_MEDIUM },   /* 🟡 */
	{ 0x1F7E8, PRR_SEV_MEDIUM },   /* 🟨 */
	{ 0x1F7E2, PRR_SEV_LOW },      /* 🟢 */
	{ 0x1F7E9, PRR_SEV_LOW },      /* 🟩 */
	{ 0x1F535, PRR_SEV_INFO },     /* 🔵 */
	{ 0x26AA, PRR_SEV_INFO },      /* ⚪ */
	{ 0x2139, PRR_SEV_INFO },      /* ℹ */
};

/*
 * Nouns of findings and of ranking.  Latin words also match with a plural
 * or inflected ending (PLURAL below); Chinese and Japanese ones inside
 * longer words in headings.
 */
enum topic {
	T_FINDING = 1, /* a heading of findings */
	T_BLOCKER = 2, /* a heading of blockers; the item blocks */
	T_RISK = 3,    /* a heading of risks; a field label */
	T_RANK = 4,    /* "priority", "severity": a field label */
	T_LABEL = 5,   /* only a field label ("Level: High") */
};

static const struct {
	const char *w;
	enum topic t;
} topics[] = {
	/* English */
	{ "issue", T_FINDING },	      { "finding", T_FINDING },
	{ "gap", T_FINDING },	      { "problem", T_FINDING },
	{ "bug", T_FINDING },	      { "defect", T_FINDING },
	{ "vulnerability", T_FINDING }, { "vulnerabilities", T_FINDING },
	{ "weakness", T_FINDING },    { "concern", T_FINDING },
	{ "shortcoming", T_FINDING },
	{ "blocker", T_BLOCKER },     { "blocking", T_BLOCKER },
	{ "showstopper", T_BLOCKER }, { "must fix", T_BLOCKER },
	{ "must-fix", T_BLOCKER },    { "risk", T_RISK },
	{ "priority", T_RANK },	      { "priorities", T_RANK },
	{ "severity", T_RANK },	      { "impact", T_RANK },
	{ "criticality", T_RANK },    { "level", T_LABEL },
	{ "rating", T_LABEL },
	/* French */
	{ "problème", T_FINDING },    { "constat", T_FINDING },
	{ "lacune", T_FINDING },      { "écart", T_FINDING },
	{ "anomalie", T_FINDING },    { "défaut", T_FINDING },
	{ "bloquant", T_BLOCKER },    { "risque", T_RISK },
	{ "priorité", T_RANK },	      { "sévérité", T_RANK },
	{ "gravité", T_RANK },	      { "criticité", T_RANK },
	{ "niveau", T_LABEL },
	/* Spanish, Portuguese */
	{ "hallazgo", T_FINDING },    { "problema", T_FINDING },
	{ "brecha", T_FINDING },      { "deficiencia", T_FINDING },
	{ "incidencia", T_FINDING },  { "achado", T_FINDING },
	{ "lacuna", T_FINDING },      { "pendência", T_FINDING },
	{ "pendencia", T_FINDING },   { "falha", T_FINDING },
	{ "bloqueante", T_BLOCKER },  { "bloqueador", T_BLOCKER },
	{ "riesgo", T_RISK },	      { "risco", T_RISK },
	{ "prioridad", T_RANK },      { "prioridade", T_RANK },
	{ "severidad", T_RANK },      { "severidade", T_RANK },
	{ "gravedad", T_RANK },	      { "gravidade", T_RANK },
	{ "impacto", T_RANK },	      { "criticidad", T_RANK },
	{ "criticidade", T_RANK },    { "nivel", T_LABEL },
	{ "nível", T_LABEL },
	/* German */
	{ "befund", T_FINDING },      { "mängel", T_FINDING },
	{ "lücke", T_FINDING },	      { "schwachstelle", T_FINDING },
	{ "blockierend", T_BLOCKER }, { "risiko", T_RISK },
	{ "risiken", T_RISK },	      { "priorität", T_RANK },
	{ "schweregrad", T_RANK },    { "auswirkung", T_RANK },
	{ "kritikalität", T_RANK },   { "stufe", T_LABEL },
	/* Japanese, Chinese */
	{ "問題", T_FINDING },	      { "问题", T_FINDING },
	{ "課題", T_FINDING },	      { "指摘", T_FINDING },
	{ "不具合", T_FINDING },      { "缺陷", T_FINDING },
	{ "漏洞", T_FINDING },	      { "脆弱性", T_FINDING },
	{ "阻塞", T_BLOCKER },	      { "ブロッカー", T_BLOCKER },
	{ "リスク", T_RISK },	      { "风险", T_RISK },
	{ "風險", T_RISK },	      { "重要度", T_RANK },
	{ "影響度", T_RANK },	      { "深刻度", T_RANK },
	{ "重大度", T_RANK },	      { "優先度", T_RANK },
	{ "优先级", T_RANK },	      { "严重程度", T_RANK },
	{ "严重性", T_RANK },	      { "影响", T_RANK },
};

/* Headings of what is over or good. */
static const char *const settled[] = {
	"resolved", "fixed", "closed", "addressed", "solved", "done",
	"completed", "success", "strength", "achievement", "highlight",
	"went well", "résolu", "résolue", "corrigé", "corrigée", "points forts",
	"réussite", "resuelto", "resuelta", "corregido", "fortaleza", "logro",
	"resolvido", "resolvida", "corrigido", "pontos fortes", "conquista",
	"behoben", "gelöst", "erledigt", "stärke", "erfolg", "解決済",
	"対応済", "完了", "強み", "已解决", "已解決", "已修复", "已修復",
	"优势", "優勢",
};

/* Words that deny what follows: "non-blocking", "No Blockers". */
static const char *const negations[] = {
	"non", "not", "no", "nicht", "não", "nao", "sans", "sin", "kein",
	"keine", "zero", "aucun", "aucune", "nenhum", "nenhuma", "ningún",
	"ninguna",
};

/* "blocking" of code, not of a release. */
static const char *const technical[] = {
	"i/o", "io", "call", "queue", "read", "write", "mode", "operation",
	"socket", "api", "thread", "function", "code", "wait", "lock",
};

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
};

/* Letters of names that look like IDs: "UTF-8", "HTTP-2", "Q1", "FY24". */
static const char *const not_id_letters[] = {
	"UTF", "ISO", "IEC", "IEEE", "HTTP", "HTTPS", "SHA", "MD", "AES",
	"RSA", "TLS", "SSL", "COVID", "GPT", "RFC", "CVE", "CWE", "SOC",
	"PCI", "IPV", "HS", "RS", "ES", "PS", "OAUTH", "HTML", "CSS", "JDK",
	"PG", "WCAG", "EC", "GP", "X", "Q", "H", "FY", "V", "L",
};
/* Whole tokens that are names: AWS S3. */
static const char *const not_ids[] = { "S3" };

/*** Characters ***/

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_alnum(unsigned char c)
{
	return is_digit(c) || is_upper(c) || is_lower(c);
}

static bool is_cjk(uint32_t c)
{
	return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
	       (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
	       (c >= 0xFF66 && c <= 0xFF9F);
}

/* Letters and digits of words: ASCII, Latin to Greek and Cyrillic, CJK. */
static bool is_word_cp(uint32_t c)
{
	if (c < 0x80)
		return is_alnum((unsigned char)c);
	return (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7) ||
	       is_cjk(c);
}

/* Emoji, dingbats, arrows and their joiners: what marks an item. */
static bool is_symbol(uint32_t c)
{
	return (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF) ||
	       c == 0xFE0F || c == 0x200D || c == 0x20E3 || c == 0x203C ||
	       c == 0x2049 || c == 0x2139;
}

/* The code point at s[i] (i < n); its length, 1 with U+FFFD if invalid. */
static size_t cp_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
	int len = prr_utf8_decode((const unsigned char *)s + i, n - i, cp);
	if (len <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	return (size_t)len;
}

/* The code point ending at s[i] (0 < i <= n). */
static uint32_t cp_before(const char *s, size_t n, size_t i)
{
	size_t b = i - 1;
	while (b > 0 && i - b < 4 && ((unsigned char)s[b] & 0xC0) == 0x80)
		b--;
	uint32_t cp;
	if (cp_at(s, n, b, &cp) != i - b)
		return 0xFFFD;
	return cp;
}

static bool word_after(const char *s, size_t n, size_t i)
{
	uint32_t cp;
	return i < n && (cp_at(s, n, i, &cp), is_word_cp(cp));
}

static bool word_before(const char *s, size_t n, size_t i)
{
	return i > 0 && is_word_cp(cp_before(s, n, i));
}

static uint32_t fold(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
		return c + 32;
	return c;
}

/* The bytes `w` (lower case) spans at s[i], folding case; 0 if absent. */
static size_t fold_prefix(const char *s, size_t n, size_t i, const char *w)
{
	size_t j = i;
	const unsigned char *p = (const unsigned char *)w;
	/* most tries end at the first byte: decide it without decoding */
	unsigned char c = i < n ? (unsigned char)s[i] : 0;
	if ((c < 0x80) != (*p < 0x80) ||
	    (c < 0x80 && (is_upper(c) ? c + 32 : c) != *p))
		return 0;
	while (*p) {
		/* ASCII against ASCII: fold and compare the bytes */
		if (*p < 0x80 && j < n && (unsigned char)s[j] < 0x80) {
			unsigned char a = (unsigned char)s[j];
			if ((is_upper(a) ? a + 32 : a) != *p)
				return 0;
			p++;
			j++;
			continue;
		}
		uint32_t a, b;
		int lw = prr_utf8_decode(p, 4, &b);
		if (j >= n || lw <= 0)
			return 0;
		size_t ls = cp_at(s, n, j, &a);
		if (fold(a) != fold(b) || a == 0xFFFD)
			return 0;
		p += lw;
		j += ls;
	}
	return j - i;
}

enum { PLURAL = 1, LOOSE = 2 };

/*
 * The length of the word `w` at s[i], whole, or 0.  PLURAL: a Latin word
 * may end in s, es, e, n or en more.  LOOSE: a CJK word may stand inside
 * others.
 */
static size_t word_at(const char *s, size_t n, size_t i, const char *w,
		      int flags)
{
	size_t len = fold_prefix(s, n, i, w);
	if (!len)
		return 0;
	uint32_t first;
	cp_at(w, strlen(w), 0, &first);
	if (is_cjk(first)) {
		if (flags & LOOSE)
			return len;
		if (i > 0 && is_cjk(cp_before(s, n, i)))
			return 0;
		/* one character (3 bytes) must not touch another after it */
		uint32_t next;
		if (len == 3 && i + len < n &&
		    (cp_at(s, n, i + len, &next), is_cjk(next)))
			return 0;
		return len;
	}
	if (word_before(s, n, i))
		return 0;
	if (!word_after(s, n, i + len))
		return len;
	if (flags & PLURAL) {
		static const char *const endings[] = { "es", "en", "s", "e",
						       "n" };
		for (size_t e = 0; e < COUNT(endings); e++) {
			size_t k = fold_prefix(s, n, i + len, endings[e]);
			if (k && !word_after(s, n, i + len + k))
				return len + k;
		}
	}
	return 0;
}

/* The length of any word of `list` at s[i], or 0. */
/*
 * Whether `w` can start at s[i], by its first byte alone: a lower-case
 * ASCII letter matches either case; a byte of a longer character matches
 * itself (case pairs of Latin-1 share their first byte).  The lists below
 * are tried at every word of a line, and most entries fail here.
 */
static inline bool may_match(const char *s, size_t n, size_t i, const char *w)
{
	unsigned char c = i < n ? (unsigned char)s[i] : 0, f = (unsigned char)*w;
	return c == f || (c >= 'A' && c <= 'Z' && c + 32 == f);
}

static size_t list_at(const char *s, size_t n, size_t i,
		      const char *const *list, size_t count, int flags)
{
	for (size_t k = 0; k < count; k++) {
		if (!may_match(s, n, i, list[k]))
			continue;
		size_t len = word_at(s, n, i, list[k], flags);
		if (len)
			return len;
	}
	return 0;
}
#define LIST_AT(s, n, i, list, flags) \
	list_at(s, n, i, list, COUNT(list), flags)

/* The length of a topic word at s[i] whose kind is in `mask`, or 0. */
static size_t topic_at(const char *s, size_t n, size_t i, unsigned mask,
		       int flags, enum topic *t)
{
	for (size_t k = 0; k < COUNT(topics); k++) {
		if (!(mask & (1u << topics[k].t)) ||
		    !may_match(s, n, i, topics[k].w))
			continue;
		size_t len = word_at(s, n, i, topics[k].w, flags | PLURAL);
		if (len) {
			if (t)
				*t = topics[k].t;
			return len;
		}
	}
	return 0;
}
#define NOUNS                                                            \
	(1u << T_FINDING | 1u << T_BLOCKER | 1u << T_RISK | 1u << T_RANK)
#define LABELS (1u << T_RISK | 1u << T_RANK | 1u << T_LABEL)

/* The start of the word ending at s[e] (e itself if none), looking back
 * 48 bytes at most. */
static size_t word_start(const char *s, size_t n, size_t e)
{
	size_t b = e;
	while (b > 0 && e - b < 48 && word_before(s, n, b)) {
		b--;
		while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
			b--;
	}
	return b;
}

/* Whether a topic word of `mask` ends right at s[e]. */
static bool topic_ends_at(const char *s, size_t n, size_t e, unsigned mask)
{
	size_t b = word_start(s, n, e);
	return b < e && topic_at(s, n, b, mask, 0, NULL) == e - b;
}

/* Whether a word of `list` ends right at s[e]. */
static bool list_ends_at(const char *s, size_t n, size_t e,
			 const char *const *list, size_t count)
{
	size_t b = word_start(s, n, e);
	return b < e && list_at(s, n, b, list, count, 0) == e - b;
}

/* Whether a word or a mark may start at s[i]: a letter not inside a
 * Latin word (CJK words may start anywhere), or an emoji. */
static bool may_start(const char *s, size_t n, size_t i)
{
	uint32_t cp;
	if (((unsigned char)s[i] & 0xC0) == 0x80)
		return false;
	cp_at(s, n, i, &cp);
	if (is_symbol(cp) || is_cjk(cp))
		return true;
	return is_word_cp(cp) && !word_before(s, n, i);
}

/* The P0..P3 priority at s[i], as a whole token; 0 or its severity. */
static prr_severity priority_at(const char *s, size_t n, size_t i)
{
	if (i + 1 >= n || s[i] != 'P' || s[i + 1] < '0' || s[i + 1] > '3' ||
	    (i > 0 && is_alnum((unsigned char)s[i - 1])))
		return PRR_SEV_UNKNOWN;
	size_t j = i + 2;
	if (j < n && (is_alnum((unsigned char)s[j]) ||
		      (s[j] == '.' && j + 1 < n &&
		       is_alnum((unsigned char)s[j + 1]))))
		return PRR_SEV_UNKNOWN;
	return (prr_severity)(PRR_SEV_CRITICAL + (s[i + 1] - '0'));
}

/* A severity word at s[i] (any position); its length, 0 if none. */
static size_t sev_word_at(const char *s, size_t n, size_t i, prr_severity *sev)
{
	if ((*sev = priority_at(s, n, i)))
		return 2;
	for (size_t k = 0; k < COUNT(sev_words); k++) {
		size_t len = word_at(s, n, i, sev_words[k].w, 0);
		if (len) {
			*sev = sev_words[k].sev;
			return len;
		}
	}
	return 0;
}

static prr_severity sev_mark(uint32_t cp)
{
	for (size_t k = 0; k < COUNT(sev_marks); k++)
		if (sev_marks[k].cp == cp)
			return sev_marks[k].sev;
	return PRR_SEV_UNKNOWN;
}

/*** Shapes around words ***/

static bool is_emphasis(unsigned char c)
{
	return c == '*' || c == '_' || c == '`' || c == '~';
}

/* The position past spaces and emphasis from i. */
static size_t skip_blank(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' ||
			 is_emphasis((unsigned char)s[i])))
		i++;
	return i;
}

/* The length of the code point `want` at s[i], or 0. */
static size_t cp_is(const char *s, size_t n, size_t i, uint32_t want)
{
	uint32_t cp;
	size_t len = i < n ? cp_at(s, n, i, &cp) : 0;
	return len && cp == want ? len : 0;
}

/* A separator after a word or ID: ':' '：' '—' '–' '|' ',' ';' '!' '?'
 * '/'; '.' and '-' when no word follows them directly. */
static bool separator_at(const char *s, size_t n, size_t i)
{
	if (i >= n)
		return true;
	if (strchr(":|,;!?/", s[i]))
		return true;
	if (s[i] == '.' || s[i] == '-')
		return !word_after(s, n, i + 1);
	return cp_is(s, n, i, 0x2014) || cp_is(s, n, i, 0x2013) ||
	       cp_is(s, n, i, 0xFF1A);
}

/* Past closing emphasis and brackets after a word. */
static size_t skip_closers(const char *s, size_t n, size_t j)
{
	for (;;) {
		if (j < n && (is_emphasis((unsigned char)s[j]) || s[j] == ']' ||
			      s[j] == ')' || s[j] == '"'))
			j++;
		else if (cp_is(s, n, j, 0x3011) || cp_is(s, n, j, 0xFF09))
			j += 3;
		else
			return j;
	}
}

/* A noun of findings or ranking after a space or '-' at s[j]. */
static bool noun_after(const char *s, size_t n, size_t j)
{
	return j + 1 < n && (s[j] == ' ' || s[j] == '-') &&
	       topic_at(s, n, j + 1, NOUNS, 0, NULL);
}

/* A noun before a space at s[i - 1]: "Prioridad alta". */
static bool noun_before(const char *s, size_t n, size_t i)
{
	return i > 1 && s[i - 1] == ' ' && topic_ends_at(s, n, i - 1, NOUNS);
}

/* A word ending at j stands alone: then the end, punctuation or a
 * non-word ("High — fix", "(High)", "High 🔥"). */
static bool alone_after(const char *s, size_t n, size_t j)
{
	j = skip_closers(s, n, j);
	if (j >= n || separator_at(s, n, j))
		return true;
	if (s[j] == '.' || s[j] == '-')
		return false; /* "Medium.com", "High-availability" */
	if (s[j] != ' ' && s[j] != '\t')
		return !word_after(s, n, j);
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	return !word_after(s, n, j);
}

/* A closing bracket right after a word: "[HIGH]", "(Medium)". */
static bool closed_after(const char *s, size_t n, size_t j)
{
	while (j < n && is_emphasis((unsigned char)s[j]))
		j++;
	return j < n && (s[j] == ']' || s[j] == ')' || cp_is(s, n, j, 0x3011) ||
			 cp_is(s, n, j, 0xFF09));
}

static bool all_caps(const char *s, size_t n, size_t i, size_t len)
{
	for (size_t k = i; k < i + len && k < n; k++) {
		unsigned char c = (unsigned char)s[k];
		if (is_lower(c))
			return false;
		/* Latin-1 small letters: C3 9F..BF */
		if (c == 0xC3 && k + 1 < n && (unsigned char)s[k + 1] >= 0x9F)
			return false;
	}
	return true;
}

/* Where a word at s[i] stands, for a severity to count there. */
enum place { P_NONE, P_LEAD, P_BRACKET, P_FIELD, P_AFTER_DASH };

static enum place place_of(const char *s, size_t n, size_t i, size_t lead)
{
	if (i == lead)
		return P_LEAD;
	size_t b = i;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t' ||
			 is_emphasis((unsigned char)s[b - 1])))
		b--;
	if (b == 0)
		return P_LEAD;
	uint32_t c = cp_before(s, n, b);
	size_t cl = c < 0x80 ? 1 : 3;
	if (c == '(' || c == '[' || c == 0x3010 || c == 0xFF08)
		return P_BRACKET;
	if (c == '|' || c == 0x2014 || c == 0x2013 ||
	    (c == '-' && b >= 2 && s[b - 2] == ' '))
		return P_AFTER_DASH;
	if (c == ':' || c == 0xFF1A) {
		size_t e = b - cl;
		while (e > 0 && (s[e - 1] == ' ' ||
				 is_emphasis((unsigned char)s[e - 1])))
			e--;
		if (topic_ends_at(s, n, e, LABELS))
			return P_FIELD;
	}
	return P_NONE;
}

/*** Leads ***/

static size_t id_at(const char *s, size_t n, size_t i);

enum { LEAD_IDS = 1, LEAD_SEVERITY = 2 };

/*
 * The start of an item's words: past spaces, heading marks, emphasis,
 * list numbers, a checkbox, emoji (the first colour goes to *colour);
 * LEAD_IDS: past an ID and its separator; LEAD_SEVERITY: past brackets
 * and a severity with its separator.
 */
static size_t lead_end(const char *s, size_t n, int flags,
		       prr_severity *colour)
{
	size_t i = 0;
	for (;;) {
		size_t at = i;
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '>' ||
				 is_emphasis((unsigned char)s[i]) ||
				 (s[i] == '#' && (i + 1 == n || s[i + 1] == '#' ||
						  s[i + 1] == ' '))))
			i++;
		i += prr_rec_checkbox(s + i, n - i, NULL);
		if (flags & LEAD_SEVERITY)
			while (i < n && (s[i] == '[' || s[i] == '('))
				i++;
		size_t d = i;
		while (d < n && is_digit((unsigned char)s[d]))
			d++;
		if (d > i && d + 1 < n && (s[d] == '.' || s[d] == ')') &&
		    s[d + 1] == ' ')
			i = d + 1;
		uint32_t cp;
		while (i < n && (cp_at(s, n, i, &cp), is_symbol(cp))) {
			if (colour && !*colour)
				*colour = sev_mark(cp);
			i += cp_at(s, n, i, &cp);
		}
		size_t len = 0;
		prr_severity sev;
		if (flags & LEAD_IDS)
			len = id_at(s, n, i);
		if (!len && (flags & LEAD_SEVERITY)) {
			len = sev_word_at(s, n, i, &sev);
			size_t k = skip_closers(s, n, i + len);
			if (len && k == i + len && !separator_at(s, n, k))
				len = 0;
		}
		if (len) {
			i = skip_closers(s, n, i + len);
			while (i < n && separator_at(s, n, i) && s[i] != '/')
				i += cp_at(s, n, i, &cp);
		}
		if (i == at)
			return i;
	}
}

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

static size_t spaces(const char *s, size_t n, size_t i, size_t most)
{
	size_t j = i;
	while (j < n && j - i < most && (s[j] == ' ' || s[j] == '\t'))
		j++;
	return j - i;
}

size_t prr_rec_checkbox(const char *s, size_t n, prr_status *st)
{
	size_t i = spaces(s, n, 0, n);
	prr_status got = PRR_UNKNOWN;
	uint32_t cp;
	size_t j;
	if (i >= n)
		return 0;
	if (s[i] == '[' || s[i] == '(') {
		char close = s[i] == '[' ? ']' : ')';
		bool paren = s[i] == '(';
		j = i + 1;
		size_t pad = spaces(s, n, j, 2);
		j += pad;
		if (j < n && s[j] != close) {
			size_t len = cp_at(s, n, j, &cp);
			for (size_t k = 0; k < COUNT(box_marks); k++)
				if (box_marks[k].cp == cp &&
				    (!paren || box_marks[k].paren))
					got = box_marks[k].st;
			if (!got)
				return 0;
			j += len;
			if (cp_is(s, n, j, 0xFE0F))
				j += 3;
			j += spaces(s, n, j, 2);
		} else if (paren && !pad) {
			return 0; /* "()" */
		} else {
			got = PRR_PENDING;
		}
		if (j >= n || s[j] != close)
			return 0;
		j++;
	} else {
		j = i + cp_at(s, n, i, &cp);
		got = cp == 0x2610 ? PRR_PENDING
		      : cp == 0x2611 ? PRR_PASS
		      : cp == 0x2612 ? PRR_FAIL
				     : PRR_UNKNOWN;
		if (!got)
			return 0;
		if (cp_is(s, n, j, 0xFE0F))
			j += 3;
	}
	if (j < n && s[j] != ' ' && s[j] != '\t')
		return 0;
	if (st)
		*st = got;
	return j + spaces(s, n, j, n);
}

/*** Finding IDs ***/

static bool names_match(const char *s, size_t len, const char *const *list,
			size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (strlen(list[k]) == len && memcmp(list[k], s, len) == 0)
			return true;
	return false;
}

/* The length of an ID at s[i], or 0; see prr_rec_finding_id. */
static size_t id_at(const char *s, size_t n, size_t i)
{
	if (i >= n || (i > 0 && is_alnum((unsigned char)s[i - 1])))
		return 0;
	size_t j = i;
	bool hyphen = false;
	if (s[j] == '#') {
		hyphen = true; /* "#12 text" is as clear as "CO-1 text" */
		size_t d = ++j;
		while (j < n && is_digit((unsigned char)s[j]))
			j++;
		if (j == d || j - d > 5)
			return 0;
	} else {
		while (j < n && is_upper((unsigned char)s[j]))
			j++;
		size_t letters = j - i;
		if (letters < 1 || letters > 5 ||
		    names_match(s + i, letters, not_id_letters,
				COUNT(not_id_letters)))
			return 0;
		if (j < n && s[j] == '-') {
			hyphen = true;
			j++;
		}
		size_t d = j;
		while (j < n && is_digit((unsigned char)s[j]))
			j++;
		if (j == d || j - d > 4)
			return 0;
		bool second = false;
		if (j + 1 < n && s[j] == '-' && is_digit((unsigned char)s[j + 1])) {
			size_t d2 = ++j;
			while (j < n && is_digit((unsigned char)s[j]))
				j++;
			if (j - d2 > 4)
				return 0;
			second = true;
		}
		/* "P1" is a priority; "P0-3" an ID */
		if (s[i] == 'P' && letters == 1 && !hyphen && !second)
			return 0;
		if (names_match(s + i, j - i, not_ids, COUNT(not_ids)))
			return 0;
	}
	if (j < n && (is_alnum((unsigned char)s[j]) ||
		      ((unsigned char)s[j] >= 0x80 && word_after(s, n, j))))
		return 0;
	size_t k = skip_closers(s, n, j);
	if (k > j || separator_at(s, n, k))
		return j - i;
	if (s[k] == ' ' || s[k] == '\t') {
		size_t after = k + spaces(s, n, k, n);
		if (hyphen || after >= n || (s[after] == '(' ||
					     (separator_at(s, n, after) &&
					      !word_after(s, n, after))))
			return j - i;
	}
	return 0;
}

bool prr_rec_finding_id(const char *s, size_t n, size_t *at, size_t *len)
{
	size_t i = lead_end(s, n, LEAD_SEVERITY, NULL);
	size_t l = id_at(s, n, i);
	if (!l)
		return false;
	if (at)
		*at = i;
	if (len)
		*len = l;
	return true;
}

/*** Severity ***/

/* A negation ends right before s[i], maybe across one ' ' or '-'. */
static bool denied(const char *s, size_t n, size_t i)
{
	uint32_t cp = i > 0 ? cp_before(s, n, i) : 0;
	if (cp == 0x975E || cp == 0x4E0D || cp == 0x65E0 || cp == 0x7121)
		return true; /* 非 不 无 無 */
	if (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '-'))
		i--;
	return list_ends_at(s, n, i, negations, COUNT(negations));
}

/* A severity stated at s[i] (see rec_item.h for where), or unknown. */
static prr_severity stated_at(const char *s, size_t n, size_t i, size_t lead)
{
	prr_severity sev;
	size_t len = sev_word_at(s, n, i, &sev);
	uint32_t cp;
	if (!len) {
		/* a colour as a field's value: "Severity: 🔴" */
		cp_at(s, n, i, &cp);
		sev = sev_mark(cp);
		return sev && place_of(s, n, i, lead) == P_FIELD ? sev
								 : PRR_SEV_UNKNOWN;
	}
	if (s[i] == 'P' && len == 2)
		return sev; /* P0..P3 anywhere */
	if (denied(s, n, i))
		return PRR_SEV_UNKNOWN; /* "Non-critical", "no high findings" */
	enum place at = place_of(s, n, i, lead);
	cp_at(s, n, i, &cp);
	if (is_cjk(cp))
		return at != P_NONE ? sev : PRR_SEV_UNKNOWN;
	if ((at != P_NONE && alone_after(s, n, i + len)) ||
	    (at == P_BRACKET && closed_after(s, n, i + len)) ||
	    noun_after(s, n, i + len) || noun_before(s, n, i) ||
	    (at == P_LEAD && all_caps(s, n, i, len)))
		return sev;
	return PRR_SEV_UNKNOWN;
}

/* A blocking word at s[i], affirmed; its length or 0. */
static size_t blocks_at(const char *s, size_t n, size_t i)
{
	size_t len = topic_at(s, n, i, 1u << T_BLOCKER, 0, NULL);
	if (!len || denied(s, n, i))
		return 0;
	size_t j = i + len;
	if (j + 1 < n && s[j] == ' ' && LIST_AT(s, n, j + 1, technical, PLURAL))
		return 0;
	return len;
}

prr_severity prr_rec_severity(const char *s, size_t n, bool *blocking)
{
	prr_severity colour = PRR_SEV_UNKNOWN, word = PRR_SEV_UNKNOWN;
	bool blocks = false;
	size_t lead = lead_end(s, n, LEAD_IDS, &colour);
	for (size_t i = 0; i < n && !(word && blocks); i++) {
		if (!may_start(s, n, i))
			continue;
		if (!word)
			word = stated_at(s, n, i, lead);
		if (!blocks)
			blocks = blocks_at(s, n, i) > 0;
	}
	if (blocking)
		*blocking = blocks;
	if (word)
		return word;
	if (colour)
		return colour;
	return blocks ? PRR_SEV_CRITICAL : PRR_SEV_UNKNOWN;
}

/*** Headings ***/

/* Only severities and ranking nouns: "High Priority", "🔴 Critical". */
static bool only_severity(const char *s, size_t n, size_t i)
{
	bool any = false;
	uint32_t cp;
	while (i < n) {
		size_t len = cp_at(s, n, i, &cp);
		if (is_word_cp(cp) && !is_digit((unsigned char)s[i])) {
			prr_severity sev;
			len = sev_word_at(s, n, i, &sev);
			any |= len > 0;
			if (!len)
				len = topic_at(s, n, i, 1u << T_RANK, 0, NULL);
			if (!len)
				return false;
		}
		i += len;
	}
	return any;
}

int prr_rec_finding_heading(const char *s, size_t n)
{
	size_t lead = lead_end(s, n, 0, NULL);
	size_t no = LIST_AT(s, n, lead, negations, 0);
	if (no && lead + no < n && s[lead + no] == ' ')
		return 0; /* "No Blockers", not "Non-blocking issues" */
	int kind = 0;
	bool blocks = false;
	for (size_t i = lead; i < n; i++) {
		if (!may_start(s, n, i))
			continue;
		size_t id = id_at(s, n, i);
		if (id) {
			i += id - 1; /* "BUG-001" is a finding, not "bugs" */
			continue;
		}
		if (LIST_AT(s, n, i, settled, PLURAL | LOOSE))
			return 0;
		enum topic t;
		if (!topic_at(s, n, i, NOUNS, LOOSE, &t))
			continue;
		if (t == T_BLOCKER)
			blocks |= blocks_at(s, n, i) > 0;
		else if (!kind && (t == T_FINDING || t == T_RISK))
			kind = (int)t;
	}
	if (blocks)
		return T_BLOCKER;
	if (kind)
		return kind;
	return only_severity(s, n, lead) ? T_FINDING : 0;
}

/*** Placeholders ***/

/* Only dashes, dots, question marks, slashes and underscores. */
static bool only_dashes(const char *s, size_t n, size_t a, size_t b)
{
	while (a < b) {
		size_t len;
		if (strchr("-./?_", s[a]))
			len = 1;
		else if (!(len = cp_is(s, n, a, 0x2014)) &&
			 !(len = cp_is(s, n, a, 0x2013)) &&
			 !(len = cp_is(s, n, a, 0x2026)))
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
	size_t letters = 0;
	uint32_t cp;
	for (size_t i = a; i < b; i += cp_at(s, n, i, &cp)) {
		cp_at(s, n, i, &cp);
		if (is_word_cp(cp) && !is_digit((unsigned char)s[i]))
			letters++;
		else if (!strchr(" .-_'", s[i]))
			return false;
	}
	return letters >= 2;
}

/* "XX", "X/10", "YYYY-MM-DD" */
static bool mask(const char *s, size_t a, size_t b)
{
	bool masked = false;
	size_t i = a;
	while (i < b) {
		char c = s[i];
		if (strchr("/-.:% ", c) || is_digit((unsigned char)c)) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < b && s[j] == c)
			j++;
		char lc = is_upper((unsigned char)c) ? (char)(c + 32) : c;
		if (!strchr("x#?", lc) && !(strchr("ymdh", lc) && j - i >= 2))
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
			 is_emphasis((unsigned char)s[a])))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' ||
			 s[b - 1] == '"' || is_emphasis((unsigned char)s[b - 1])))
		b--;
	if (b > a + 1 && s[b - 1] == '.' && s[b - 2] != '.')
		b--; /* "TBD." */
	if (only_dashes(s, n, a, b))
		return true;
	if (list_at(s, b, a, deferrals, COUNT(deferrals), 0) == b - a)
		return true;
	return bracketed_name(s, n, a, b) || mask(s, a, b);
}

/*** Legends ***/

/* The length of a segment separator at s[i]: | , ; · • */
static size_t legend_sep(const char *s, size_t n, size_t i)
{
	if (strchr("|,;", s[i]))
		return 1;
	size_t len = cp_is(s, n, i, 0xB7);
	return len ? len : cp_is(s, n, i, 0x2022);
}

/* A mark at s[i..end): emoji, or a checkbox maybe followed by ':'. */
static size_t legend_mark(const char *s, size_t n, size_t i, size_t end)
{
	uint32_t cp;
	size_t j = i;
	while (j < end && (cp_at(s, n, j, &cp), is_symbol(cp)))
		j += cp_at(s, n, j, &cp);
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
	i = skip_blank(s, end, i);
	size_t mark = legend_mark(s, n, i, end);
	if (!mark)
		return 0;
	i = skip_blank(s, end, i + mark);
	int tie = 1;
	for (size_t k = 0; k < COUNT(ties) && tie == 1; k++) {
		size_t len = strlen(ties[k].tie);
		if (i + len <= end && memcmp(s + i, ties[k].tie, len) == 0) {
			tie = ties[k].strength;
			i = skip_blank(s, end, i + len);
		}
	}
	size_t words = 0, w0 = i;
	uint32_t cp;
	for (bool in = false; i < end; i += cp_at(s, n, i, &cp)) {
		cp_at(s, n, i, &cp);
		if (is_symbol(cp))
			return 0; /* a second mark: an item, not a key */
		bool w = is_word_cp(cp) || cp == '/';
		words += w && !in;
		in = w;
	}
	if (!words || words > 5)
		return 0;
	bool known;
	prr_severity sev;
	prr_status_from_text(s + w0, end - w0, &known);
	if (tie == 1 &&
	    (words > 3 || !(known || sev_word_at(s, end, w0, &sev))))
		return 0;
	return tie;
}

bool prr_rec_legend(const char *s, size_t n)
{
	size_t i = skip_blank(s, n, 0);
	size_t len = LIST_AT(s, n, i, legend_words, 0);
	if (len) {
		size_t j = skip_blank(s, n, i + len);
		if (j >= n || s[j] == ':' || s[j] == '-' ||
		    cp_is(s, n, j, 0xFF1A) || cp_is(s, n, j, 0x2014) ||
		    cp_is(s, n, j, 0x2013))
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
