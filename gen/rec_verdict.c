/* rec_verdict.c - the verdict a text states; see include/prr/rec_verdict.h. */
#include "prr/rec_verdict.h"

#include <stdbool.h>
#include <stdint.h>

#include "prr/utf8.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/*** The vocabulary ***/

/*
 * What a word or phrase says.  Two kinds open a scope over the next few
 * words of their clause: K_NOT negates the next verdict word ("not yet
 * ready"), K_WITH makes the next K_CAVEAT noun a warning ("with two
 * open risks"); a caveat noun alone is no verdict (a "Risks" heading).
 * K_PEND and K_WARN make a positive partial; alone, K_PEND is not ready
 * and K_WARN says nothing ("Load test run with 3 warnings").
 * K_NO is a bare "No" answering the positive question just before it
 * ("Production ready? No").  K_NONE consumes words that hold verdict words
 * but say none.
 */
enum kind {
	K_NONE, K_NOT, K_WITH, K_CAVEAT, K_NO,
	K_NEG, K_PEND, K_WARN, K_PART, K_POS
};

/* F_BEFORE, F_AFTER: the clause must begin before / end after the match
 * (emphasis, backticks and emoji aside), for words too common in prose to
 * be a verdict anywhere else ("Let's go", "tests pass locally"). */
enum { F_BEFORE = 1, F_AFTER = 2, F_ALONE = F_BEFORE | F_AFTER };

/*
 * Patterns are lowercase; ' ', '-' and '\'' in a pattern stand for one or
 * more separators in the text (spaces, '-', '_', '*', '`', apostrophes),
 * '/' for a slash with optional separators around it.  Latin patterns
 * match whole words; CJK ones match anywhere.  At each place the longest
 * match wins, so "not applicable" hides "not" and "no go" hides "no".
 */
struct word {
	const char *p;
	unsigned char kind;
	unsigned char flags;
};

static const struct word verdict_words[] = {
	/* English, not ready.  "not ready" is spelled out for "NOT-READY",
	 * where a hyphen would make "not" a compound's part. */
	{ "not ready", K_NEG },
	{ "not ready for production", K_NEG },
	{ "not yet ready", K_NEG },
	{ "no go", K_NEG },
	{ "not a go", K_NEG, F_AFTER }, /* "GO" alone would not count */
	{ "nogo", K_NEG },
	{ "denied", K_NEG },
	{ "rejected", K_NEG },
	{ "unapproved", K_NEG },
	{ "blocked", K_NEG },
	{ "fail", K_NEG, F_ALONE },
	{ "failed", K_NEG, F_ALONE },
	{ "gaps found", K_NEG },
	{ "do not ship", K_NEG },
	{ "do not deploy", K_NEG },
	{ "do not launch", K_NEG },
	{ "do not release", K_NEG },
	{ "do not proceed", K_NEG }, /* "proceed" must begin its clause */
	/* English, waiting: nothing is claimed ready yet */
	{ "pending", K_PEND },
	{ "awaiting", K_PEND },
	{ "on hold", K_PEND },
	/* English, conditions (K_PART and K_WITH words carry no flags:
	 * qualifier_at()) */
	{ "conditional", K_PART },
	{ "conditionally", K_PART },
	{ "conditional go", K_PART },
	{ "conditional pass", K_PART },
	{ "partial", K_PART },
	{ "partially", K_PART },
	{ "mostly", K_PART },
	{ "with", K_WITH },
	{ "subject to", K_WITH },
	{ "caveat", K_CAVEAT },
	{ "caveats", K_CAVEAT },
	{ "condition", K_CAVEAT },
	{ "conditions", K_CAVEAT }, /* and French */
	{ "risk", K_CAVEAT },
	{ "risks", K_CAVEAT },
	{ "reservation", K_CAVEAT },
	{ "reservations", K_CAVEAT },
	{ "gap", K_CAVEAT },
	{ "gaps", K_CAVEAT },
	{ "issue", K_CAVEAT },
	{ "issues", K_CAVEAT },
	{ "warning", K_CAVEAT },
	{ "warnings", K_CAVEAT },
	{ "exception", K_CAVEAT },
	{ "exceptions", K_CAVEAT },
	{ "follow-ups", K_CAVEAT },
	{ "concern", K_CAVEAT },
	{ "concerns", K_CAVEAT },
	{ "limitation", K_CAVEAT },
	{ "limitations", K_CAVEAT },
	{ "findings", K_CAVEAT },
	{ "recommendations", K_CAVEAT },
	{ "observations", K_CAVEAT }, /* and French */
	{ "caution", K_CAVEAT },
	/* English, ready */
	{ "ready", K_POS },
	{ "production ready", K_POS },
	{ "ready for production", K_POS },
	{ "ready for launch", K_POS },
	{ "ready for release", K_POS },
	{ "ready for handoff", K_POS },
	{ "ready to ship", K_POS },
	{ "ready to launch", K_POS },
	{ "ready to deploy", K_POS },
	{ "approved", K_POS },
	{ "approved for production", K_POS },
	{ "cleared for launch", K_POS },
	{ "cleared for production", K_POS },
	{ "go", K_POS, F_ALONE },
	{ "go for launch", K_POS, F_BEFORE },
	{ "go for production", K_POS, F_BEFORE },
	{ "go for release", K_POS, F_BEFORE },
	{ "proceed", K_POS, F_BEFORE }, /* "Proceed with launch" */
	{ "pass", K_POS, F_ALONE },
	{ "passed", K_POS, F_ALONE },
	/* "DOCUMENTATION COMPLETE - …", not "completed on 2026-01-05" */
	{ "complete", K_POS, F_AFTER },
	/* Bare answers, before the negators they would tie with */
	{ "no", K_NO, F_ALONE }, /* and Spanish */
	{ "não", K_NO, F_ALONE },
	{ "non", K_NO, F_ALONE },
	{ "nein", K_NO, F_ALONE },
	/* English, negators */
	{ "not", K_NOT },
	{ "no", K_NOT }, /* and Spanish */
	{ "never", K_NOT },
	{ "without", K_NOT },
	{ "zero", K_NOT },
	{ "almost", K_NOT },
	{ "nearly", K_NOT },
	{ "isn't", K_NOT },
	{ "aren't", K_NOT },
	{ "cannot", K_NOT },
	{ "can't", K_NOT },
	/* English, titles and labels that hold verdict words */
	{ "not applicable", K_NONE },
	{ "go/no-go", K_NONE },
	{ "go no go", K_NONE },
	{ "pass/fail", K_NONE },
	{ "ready for review", K_NONE },
	{ "ready to start", K_NONE },
	{ "ready to begin", K_NONE },
	{ "definition of ready", K_NONE },

	/* Spanish and Portuguese (the same word serves both) */
	{ "rechazado", K_NEG },
	{ "rechazada", K_NEG },
	{ "denegado", K_NEG },
	{ "bloqueado", K_NEG },
	{ "reprovado", K_NEG },
	{ "rejeitado", K_NEG },
	{ "pendiente", K_PEND },
	{ "pendente", K_PEND },
	{ "en espera", K_PEND },
	{ "condicional", K_PART },
	{ "parcial", K_PART },
	{ "parcialmente", K_PART },
	{ "con", K_WITH },
	{ "com", K_WITH },
	{ "observaciones", K_CAVEAT },
	{ "condiciones", K_CAVEAT },
	{ "reservas", K_CAVEAT },
	{ "salvedades", K_CAVEAT },
	{ "riesgos", K_CAVEAT },
	{ "ressalvas", K_CAVEAT },
	{ "condições", K_CAVEAT },
	{ "riscos", K_CAVEAT },
	{ "observações", K_CAVEAT },
	{ "listo", K_POS }, /* not "lista": a list, in both */
	{ "listo para producción", K_POS },
	{ "lista para producción", K_POS },
	{ "pronto", K_POS },
	{ "pronta", K_POS },
	{ "pronto para produção", K_POS },
	{ "aprobado", K_POS },
	{ "aprobada", K_POS },
	{ "aprovado", K_POS },
	{ "aprovada", K_POS },
	{ "apto", K_POS },
	{ "proceder", K_POS, F_BEFORE },
	{ "prosseguir", K_POS, F_BEFORE },
	{ "não", K_NOT },

	/* French */
	{ "refusé", K_NEG },
	{ "rejeté", K_NEG },
	{ "bloqué", K_NEG },
	{ "échec", K_NEG },
	{ "en attente", K_PEND },
	{ "avec", K_WITH },
	{ "sous", K_WITH },
	{ "réserve", K_CAVEAT },
	{ "réserves", K_CAVEAT },
	{ "risques", K_CAVEAT },
	{ "conditionnel", K_PART },
	{ "partiellement", K_PART },
	{ "prêt", K_POS },
	{ "prête", K_POS },
	{ "prêts", K_POS },
	{ "prêtes", K_POS },
	{ "prêt pour la production", K_POS },
	{ "prête pour la production", K_POS },
	{ "approuvé", K_POS },
	{ "validé", K_POS },
	{ "n'est pas", K_NOT },
	{ "ne sont pas", K_NOT },
	{ "pas", K_NOT },
	{ "non", K_NOT },

	/* German */
	{ "abgelehnt", K_NEG },
	{ "blockiert", K_NEG },
	{ "ausstehend", K_PEND },
	{ "bedingt", K_PART },
	{ "teilweise", K_PART },
	{ "eingeschränkt", K_PART },
	{ "mit", K_WITH },
	{ "unter", K_WITH },
	{ "auflagen", K_CAVEAT },
	{ "einschränkungen", K_CAVEAT },
	{ "vorbehalt", K_CAVEAT },
	{ "risiken", K_CAVEAT },
	{ "produktionsreif", K_POS },
	{ "bereit", K_POS },
	{ "freigegeben", K_POS },
	{ "bestanden", K_POS },
	{ "nicht", K_NOT },
	{ "kein", K_NOT },
	{ "keine", K_NOT },

	/* Chinese and Japanese: no spaces, so these match anywhere; the
	 * longest match makes "未就绪" hide "就绪", "不合格" hide "合格". */
	{ "不能", K_NEG },
	{ "不可以", K_NEG },
	{ "未就绪", K_NEG },
	{ "尚未就绪", K_NEG },
	{ "未通过", K_NEG },
	{ "不通过", K_NEG },
	{ "不合格", K_NEG },
	{ "否决", K_NEG },
	{ "本番稼働不可", K_NEG },
	{ "稼働不可", K_NEG },
	{ "リリース不可", K_NEG },
	{ "却下", K_NEG },
	{ "待定", K_PEND },
	{ "保留", K_PEND },
	{ "有条件", K_PART },
	{ "部分就绪", K_PART },
	{ "条件付き", K_PART },
	{ "改善推奨", K_PART },
	{ "要改善", K_PART },
	{ "需要改进", K_PART },
	{ "待改进", K_PART },
	{ "可以投入生产", K_POS },
	{ "可以上线", K_POS },
	{ "已就绪", K_POS },
	{ "就绪", K_POS },
	{ "通过", K_POS },
	{ "合格", K_POS },
	{ "批准", K_POS },
	{ "本番稼働可能", K_POS },
	{ "稼働可能", K_POS },
	{ "リリース可能", K_POS },
	{ "承認", K_POS },

	/* Warning marks: a caveat on a positive, no verdict alone */
	{ "\u26A0", K_WARN },     /* ⚠ */
	{ "\U0001F7E1", K_WARN }, /* 🟡 */
	{ "\U0001F7E0", K_WARN }, /* 🟠 */
};

/* Labels, with their strength: 1 weak, 2 strong. */
struct label {
	const char *p;
	int strength;
};

static const struct label label_names[] = {
	/* English */
	{ "verdict", 2 }, { "decision", 2 }, { "go/no-go", 2 },
	{ "recommendation", 2 }, { "conclusion", 2 },
	{ "launch authorization", 2 }, { "release authorization", 2 },
	{ "status", 1 }, { "result", 1 },
	{ "outcome", 1 }, { "assessment", 1 }, { "evaluation", 1 },
	{ "readiness", 1 },
	/* Spanish and Portuguese */
	{ "veredicto", 2 }, { "veredito", 2 }, { "decisión", 2 },
	{ "decisão", 2 }, { "conclusión", 2 }, { "conclusão", 2 },
	{ "recomendación", 2 }, { "recomendação", 2 }, { "dictamen", 2 },
	{ "parecer", 2 }, { "estado", 1 }, { "resultado", 1 },
	{ "evaluación", 1 }, { "situação", 1 }, { "avaliação", 1 },
	/* French ("verdict", "décision", "conclusion" as in English) */
	{ "décision", 2 }, { "recommandation", 2 }, { "avis", 2 },
	{ "statut", 1 }, { "état", 1 }, { "résultat", 1 },
	{ "évaluation", 1 },
	/* German */
	{ "urteil", 2 }, { "fazit", 2 }, { "entscheidung", 2 },
	{ "empfehlung", 2 }, { "ergebnis", 1 }, { "bewertung", 1 },
	{ "gesamtbewertung", 1 },
	/* Chinese and Japanese */
	{ "结论", 2 }, { "結論", 2 }, { "判定", 2 }, { "决定", 2 },
	{ "状态", 1 }, { "状態", 1 }, { "ステータス", 1 }, { "结果", 1 },
	{ "結果", 1 }, { "评估", 1 }, { "評価", 1 }, { "総合評価", 1 },
};

/* Words around a label name; "final" makes any label strong. */
static const struct label label_qualifiers[] = {
	{ "final", 2 }, { "finale", 2 }, { "go/no-go", 2 }, { "最终", 2 },
	{ "最終", 2 }, { "overall", 0 }, { "general", 0 }, { "global", 0 },
	{ "geral", 0 }, { "générale", 0 }, { "launch", 0 }, { "release", 0 },
	{ "production", 0 }, { "readiness", 0 }, { "review", 0 },
	{ "prr", 0 }, { "approval", 0 }, { "总体", 0 }, { "総合", 0 },
};

/*** Characters ***/

/* C_WORD: Latin letters and digits; C_CJK: ideographs, kana, hangul;
 * C_SEP: what separates a phrase's words; C_BOUND: what ends a clause;
 * C_DECOR: the rest (emoji, marks, '#', '%', '/'). */
enum cls { C_WORD, C_CJK, C_SEP, C_BOUND, C_DECOR };

static enum cls ascii_cls(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
		return C_WORD;
	/* " - " ends a clause; "NO-GO" joins words */
	if (c == '-') {
		bool spaced = (i > 0 && s[i - 1] == ' ') ||
			      (i + 1 < n && s[i + 1] == ' ');
		return spaced ? C_BOUND : C_SEP;
	}
	switch (c) {
	case ' ': case '\t': case '\r': case '\n': case '_': case '*':
	case '`': case '\'': case '~':
		return C_SEP;
	case ':': case ';': case ',': case '.': case '!': case '?': case '|':
	case '(': case ')': case '[': case ']': case '{': case '}': case '<':
	case '>': case '=': case '"':
		return C_BOUND;
	default:
		return C_DECOR;
	}
}

static enum cls cp_cls(uint32_t cp)
{
	if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
		return C_WORD;
	if (cp == 0xA0 || cp == 0x2018 || cp == 0x2019)
		return C_SEP;
	switch (cp) {
	case 0x2013: case 0x2014:                 /* – — */
	case 0x3001: case 0x3002:                 /* 、。 */
	case 0xFF01: case 0xFF08: case 0xFF09:    /* ！（） */
	case 0xFF0C: case 0xFF1A: case 0xFF1B:    /* ，：； */
	case 0xFF1F:                              /* ？ */
		return C_BOUND;
	}
	if ((cp >= 0x3040 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
	    (cp >= 0xF900 && cp <= 0xFAFF))
		return C_CJK;
	return C_DECOR;
}

/* The class of the character at s[i]; its length in *len (invalid UTF-8
 * counts as one decor byte). */
static enum cls cls_at(const char *s, size_t n, size_t i, size_t *len)
{
	*len = 1;
	if ((unsigned char)s[i] < 0x80)
		return ascii_cls(s, n, i);
	uint32_t cp;
	int l = prr_utf8_decode((const unsigned char *)s + i, n - i, &cp);
	if (l <= 0)
		return C_DECOR;
	*len = (size_t)l;
	return cp_cls(cp);
}

/* The start of the character that ends at s[i] (i > 0). */
static size_t char_before(const char *s, size_t i)
{
	size_t j = i - 1;
	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	return j;
}

/* The class of the character that ends at s[i] (C_BOUND at the start);
 * where it starts in *start. */
static enum cls cls_before(const char *s, size_t n, size_t i, size_t *start)
{
	if (i == 0)
		return C_BOUND;
	size_t l, j = char_before(s, i);
	enum cls c = cls_at(s, n, j, &l);
	*start = j;
	return j + l == i ? c : C_DECOR;
}

static bool word_at(const char *s, size_t n, size_t i)
{
	size_t l;
	return i < n && cls_at(s, n, i, &l) == C_WORD;
}

static bool word_before(const char *s, size_t n, size_t i)
{
	size_t j;
	return cls_before(s, n, i, &j) == C_WORD;
}

static size_t skip_seps(const char *s, size_t n, size_t i)
{
	size_t l;
	while (i < n && cls_at(s, n, i, &l) == C_SEP)
		i += l;
	return i;
}

/* The first word, CJK character or clause end from s[i] on, past
 * separators and decor; n at the end. */
static size_t next_token(const char *s, size_t n, size_t i)
{
	for (size_t l; i < n; i += l) {
		enum cls c = cls_at(s, n, i, &l);
		if (c != C_SEP && c != C_DECOR)
			break;
	}
	return i;
}

/* Does the clause end at s[i], with only separators and decor first? */
static bool clause_ends(const char *s, size_t n, size_t i)
{
	size_t l;
	i = next_token(s, n, i);
	return i == n || cls_at(s, n, i, &l) == C_BOUND;
}

/* Does the clause begin at s[i], with only separators and decor before? */
static bool clause_begins(const char *s, size_t n, size_t i)
{
	for (;;) {
		size_t j = 0;
		enum cls c = cls_before(s, n, i, &j);
		if (c == C_BOUND)
			return true;
		if (c == C_WORD || c == C_CJK)
			return false;
		i = j;
	}
}

/*** Matching ***/

/* Unaccented letters of U+00E0..U+00FF, for text written without accents
 * ("esta", "nao"); '?' where none stands in. */
static const char unaccented[] = "aaaaaa?ceeeeiiii?nooooo?ouuuuy?y";

static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

/* The second byte of a Latin-1 letter lowercased: À..Þ -> à..þ. */
static unsigned char fold_latin1(unsigned char c)
{
	bool upper = c >= 0x80 && c <= 0x9E && c != 0x97; /* not × */
	return upper ? (unsigned char)(c + 0x20) : c;
}

/* Where the pattern's accented letter p[0..1] (0xC3 …) ends in the text
 * at s[i], or 0. */
static size_t accented_at(const char *s, size_t n, size_t i, const char *p)
{
	unsigned char a = (unsigned char)p[1];
	if (i + 1 < n && (unsigned char)s[i] == 0xC3 &&
	    fold_latin1((unsigned char)s[i + 1]) == a)
		return i + 2;
	if (i < n && a >= 0xA0 && unaccented[a - 0xA0] != '?' &&
	    fold((unsigned char)s[i]) == (unsigned char)unaccented[a - 0xA0])
		return i + 1;
	return 0;
}

/* Where pattern `p` ends, matched at s[i], or 0 (a match is never empty). */
static size_t match_at(const char *s, size_t n, size_t i, const char *p)
{
	while (*p) {
		unsigned char c = (unsigned char)*p;
		if (c == ' ' || c == '-' || c == '\'') {
			size_t j = skip_seps(s, n, i);
			if (j == i)
				return 0;
			i = j, p++;
		} else if (c == '/') {
			i = skip_seps(s, n, i);
			if (i >= n || s[i] != '/')
				return 0;
			i = skip_seps(s, n, i + 1), p++;
		} else if (c == 0xC3 && p[1]) {
			if (!(i = accented_at(s, n, i, p)))
				return 0;
			p += 2;
		} else {
			if (i >= n || fold((unsigned char)s[i]) != c)
				return 0;
			i++, p++;
		}
	}
	return i;
}

static bool latin(const char *p)
{
	unsigned char c = (unsigned char)p[0];
	return c < 0x80 || (c >= 0xC3 && c <= 0xC9);
}

/*
 * Where `p` ends, matched at s[i] as whole words, or 0.  A Latin match
 * joined by a hyphen to a word is a compound's part, not a verdict
 * ("go-live", "pass-through", "fail-safe").
 */
static size_t match_word(const char *s, size_t n, size_t i, const char *p)
{
	size_t end = match_at(s, n, i, p);
	if (!end || !latin(p))
		return end;
	if (word_before(s, n, i) || word_at(s, n, end))
		return 0;
	if (end + 1 < n && s[end] == '-' && word_at(s, n, end + 1))
		return 0;
	if (i >= 2 && s[i - 1] == '-' && word_before(s, n, i - 1))
		return 0;
	return end;
}

/* Does a qualifier of a verdict begin at s[i]?  ("GO with risks",
 * "GO conditionally")  These words carry no flags, so this needs no look
 * further. */
static bool qualifier_at(const char *s, size_t n, size_t i)
{
	for (size_t k = 0; k < COUNT(verdict_words); k++) {
		const struct word *w = &verdict_words[k];
		if ((w->kind == K_PART || w->kind == K_WITH) &&
		    match_word(s, n, i, w->p))
			return true;
	}
	return false;
}

static bool stands_alone(const char *s, size_t n, size_t at, size_t end,
			 unsigned flags)
{
	if ((flags & F_BEFORE) && !clause_begins(s, n, at))
		return false;
	if ((flags & F_AFTER) && !clause_ends(s, n, end) &&
	    !qualifier_at(s, n, next_token(s, n, end)))
		return false;
	return true;
}

/* The longest verdict word at s[i] that fits its place, or NULL. */
static const struct word *longest(const char *s, size_t n, size_t i,
				  size_t *end)
{
	const struct word *best = NULL;
	unsigned char c = fold((unsigned char)s[i]);
	*end = 0;
	for (size_t k = 0; k < COUNT(verdict_words); k++) {
		const struct word *w = &verdict_words[k];
		unsigned char p0 = (unsigned char)w->p[0];
		if (p0 < 0x80 && p0 != c) /* most differ at once */
			continue;
		size_t e = match_word(s, n, i, w->p);
		if (e > *end && stands_alone(s, n, i, e, w->flags)) {
			best = w;
			*end = e;
		}
	}
	return best;
}

/*** Reading a verdict ***/

/* A negator or "with" reaches this many words ahead: "not yet fully
 * ready", "with two open risks". */
#define SCOPE 2

struct reading {
	const char *s;
	unsigned seen;   /* 1 << kind of each verdict word read */
	size_t from, to; /* span of the verdict words */
	bool asked;      /* a positive, then only marks: "Ready? ✅ …" */
	size_t pos_end;  /* where that positive ended */
	enum kind open;  /* K_NOT or K_WITH with its scope open, or K_NONE */
	size_t open_at;  /* where it began */
	int open_left;   /* words it may still reach over */
};

static void note(struct reading *r, enum kind kind, size_t at, size_t end)
{
	if (!r->seen || at < r->from)
		r->from = at;
	if (end > r->to)
		r->to = end;
	r->seen |= 1u << kind;
}

/* Is s[from..to) what lies between a question and its answer: one ':'
 * or '?', with only separators and decor around it? */
static bool asks(const char *s, size_t from, size_t to)
{
	int marks = 0;
	for (size_t i = from, l; i < to; i += l) {
		enum cls c = cls_at(s, to, i, &l);
		if (c == C_BOUND && l == 1 && (s[i] == ':' || s[i] == '?'))
			marks++;
		else if (c == C_BOUND && l == 3 && (unsigned char)s[i] == 0xEF)
			marks++; /* ： ？ and the other fullwidth marks */
		else if (c != C_SEP && c != C_DECOR)
			return false;
	}
	return marks == 1;
}

/* What a verdict word says in the open scope, if any, which it closes;
 * *at moves back to the scope's negator or "with". */
static enum kind in_scope(struct reading *r, enum kind kind, size_t *at)
{
	enum kind open = r->open;
	r->open = K_NONE;
	if (open == K_NOT) {
		/* "not ready" is a denial; "no gaps found", "with no
		 * caveats" state nothing */
		*at = r->open_at;
		return kind == K_POS || kind == K_PART ? K_NEG : K_NONE;
	}
	if (kind == K_CAVEAT) {
		/* "with two open risks" qualifies a positive as K_WARN
		 * does; a caveat noun alone is a heading */
		*at = r->open_at;
		return open == K_WITH ? K_WARN : K_NONE;
	}
	return kind;
}

static void take(struct reading *r, const struct word *w, size_t at,
		 size_t end)
{
	enum kind kind = (enum kind)w->kind;
	if (kind == K_WARN) { /* a mark leaves a scope or a question open */
		note(r, kind, at, end);
		return;
	}
	/* a question is answered at once or never: each positive's gap is
	 * read by asks() once at most */
	bool asked = r->asked;
	r->asked = false;
	switch (kind) {
	case K_NO:
		if (asked && asks(r->s, r->pos_end, at))
			note(r, K_NEG, at, end);
		return;
	case K_NOT:
	case K_WITH:
		r->open = kind;
		r->open_at = at;
		r->open_left = SCOPE;
		return;
	default:
		break;
	}
	kind = in_scope(r, kind, &at);
	if (kind != K_NONE)
		note(r, kind, at, end);
	if (kind == K_POS) {
		r->asked = true;
		r->pos_end = end;
	}
}

/* Steps over the word or character at s[i] that is no verdict word. */
static size_t pass_over(struct reading *r, const char *s, size_t n, size_t i)
{
	size_t l;
	enum cls c = cls_at(s, n, i, &l);
	if (c == C_BOUND)
		r->open = K_NONE; /* a scope ends with its clause */
	if (c != C_WORD && c != C_CJK)
		return i + l;
	r->asked = false;
	if (r->open != K_NONE && --r->open_left < 0)
		r->open = K_NONE;
	if (c == C_CJK)
		return i + l;
	while (i < n && cls_at(s, n, i, &l) == C_WORD)
		i += l;
	return i;
}

static prr_level level_of(unsigned seen)
{
	const unsigned caveat = 1u << K_PEND | 1u << K_WARN;
	if (seen & 1u << K_NEG)
		return PRR_LEVEL_NOT_READY;
	if (seen & 1u << K_PART)
		return PRR_LEVEL_PARTIAL;
	if (seen & 1u << K_POS)
		return seen & caveat ? PRR_LEVEL_PARTIAL : PRR_LEVEL_READY;
	if (seen & 1u << K_PEND)
		return PRR_LEVEL_NOT_READY;
	return PRR_LEVEL_UNKNOWN;
}

prr_level prr_rec_verdict(const char *s, size_t n, size_t *at, size_t *len)
{
	struct reading r = { .s = s, .open = K_NONE };
	for (size_t i = 0, end = 0; i < n;) {
		/* every pattern begins with a letter or a non-ASCII byte */
		unsigned char c = (unsigned char)s[i];
		bool may_begin = c >= 0x80 || ascii_cls(s, n, i) == C_WORD;
		const struct word *w = NULL;
		if (may_begin)
			w = longest(s, n, i, &end);
		if (w) {
			take(&r, w, i, end);
			i = end;
		} else {
			i = pass_over(&r, s, n, i);
		}
	}
	prr_level level = level_of(r.seen);
	bool known = level != PRR_LEVEL_UNKNOWN;
	if (at)
		*at = known ? r.from : 0;
	if (len)
		*len = known ? r.to - r.from : 0;
	return level;
}

/*** Labels ***/

/* Narrows [*a, *b) to the label's words: no '*', '#', ':', emoji,
 * numbering or spaces around. */
static void trim_label(const char *s, size_t *a, size_t *b)
{
	size_t l, j;
	while (*a < *b) {
		enum cls c = cls_at(s, *b, *a, &l);
		bool digit = s[*a] >= '0' && s[*a] <= '9'; /* "3. Verdict" */
		if ((c == C_WORD || c == C_CJK) && !digit)
			break;
		*a += l;
	}
	while (*b > *a) {
		enum cls c = cls_before(s, *b, *b, &j);
		if (c == C_WORD || c == C_CJK)
			break;
		*b = j;
	}
}

/* The longest label word of `t` at s[i] (s ends at n); its end or 0. */
static size_t label_at(const struct label *t, size_t nt, const char *s,
		       size_t n, size_t i, int *strength)
{
	size_t best = 0;
	for (size_t k = 0; k < nt; k++) {
		size_t e = match_word(s, n, i, t[k].p);
		if (e > best) {
			best = e;
			*strength = t[k].strength;
		}
	}
	return best;
}

static int max_int(int a, int b) { return a > b ? a : b; }

/* [qualifiers] name [qualifier]: "Final Verdict", "Overall Readiness
 * Status", "Décision finale", "最终结论". */
int prr_rec_verdict_label(const char *s, size_t n)
{
	size_t a = 0, b = n;
	trim_label(s, &a, &b);
	/* Leading qualifiers, each place after one a candidate for the
	 * name: "Readiness" is a qualifier in "Readiness Status" and the
	 * name alone. */
	enum { MAX_QUALS = 4 };
	size_t at[MAX_QUALS + 1] = { a };
	int lead[MAX_QUALS + 1] = { 0 };
	int k = 0;
	for (int q = 0; k < MAX_QUALS; k++) {
		size_t e = label_at(label_qualifiers, COUNT(label_qualifiers),
				    s, b, at[k], &q);
		if (!e)
			break;
		at[k + 1] = skip_seps(s, b, e);
		lead[k + 1] = max_int(lead[k], q);
	}
	for (; k >= 0; k--) {
		int name = 0, tail = 0;
		size_t e = label_at(label_names, COUNT(label_names), s, b,
				    at[k], &name);
		if (!e)
			continue;
		if (e != b)
			e = label_at(label_qualifiers, COUNT(label_qualifiers),
				     s, b, skip_seps(s, b, e), &tail);
		if (e == b)
			return max_int(max_int(name, lead[k]), tail);
	}
	return 0;
}
