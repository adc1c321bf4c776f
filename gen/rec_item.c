/* rec_item.c - finding IDs, severities and headings of findings in item
 * text; see rec_item.h (checkboxes, placeholders, legends: rec_item_marks.c). */
#include "prr/rec_item.h"
#include "prr/import.h"
#include "rec_words.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*** Vocabulary ***/

/* Severity words; no plural endings are added ("media" is not "median").
 * In each row after the languages first read: Swedish, Danish,
 * Norwegian, Finnish, Czech, Ukrainian, Hebrew, Indonesian, Hungarian,
 * Romanian, Arabic, Greek, Thai. */
static const rec_class sev_words[] = {
	{ PRR_SEV_CRITICAL,
	  REC_WORDS("critical", "highest", "sev-1", "sev1", "sev-0", "sev0",
		    "critique", "critiques", "crítico", "crítica",
		    "críticos", "críticas", "kritisch", "kritische", "critico",
		    "critica", "kritiek", "критическая", "критический",
		    "критическое", "критические",
		    "krytyczny", "krytyczna", "krytyczne", "kritik",
		    "nghiêm trọng", "致命的",
		    "致命", "치명적", "긴급", "kritisk", "kriittinen",
		    "kritická", "kritický", "kritické", "критична",
		    "критичний", "критичні", "קריטי", "קריטית", "kritis",
		    "kritikus", "critică", "critic", "حرج", "حرجة",
		    "κρίσιμο", "κρίσιμη", "κρίσιμος", "วิกฤต", "วิกฤติ") },
	{ PRR_SEV_HIGH,
	  REC_WORDS("sev-2", "sev2",
		    "high", "major", "severe", "serious", "élevé", "élevée", "haut",
		    "haute", "majeur", "majeure", "alto", "alta", "hoch",
		    "hohe", "grave", "hoog", "высокая", "высокий", "высокое",
		    "высокие", "wysoki",
		    "wysoka", "wysokie", "yüksek", "cao", "重大", "严重", "嚴重",
		    "高", "높음", "hög", "høj", "høy", "korkea", "vysoká",
		    "vysoký", "vysoké", "висока", "високий", "високі",
		    "גבוהה", "גבוה", "tinggi", "magas", "ridicată", "ridicat",
		    "عالية", "عالي", "مرتفعة", "مرتفع", "υψηλή", "υψηλός",
		    "υψηλό", "สูง") },
	{ PRR_SEV_MEDIUM,
	  REC_WORDS("sev-3", "sev3",
		    "medium", "moderate", "moyen", "moyenne", "modéré",
		    "modérée", "medio", "media", "médio", "média", "moderado",
		    "moderada", "mittel", "mittlere", "middel", "gemiddeld",
		    "средняя", "средний", "среднее", "средние", "Средняя",
		    "Средний", "średni",
		    "średnia", "średnie", "Średnie", "Średni", "orta",
		    "trung bình", "中", "中等", "중간", "보통", "medel", "mellem",
		    "middels", "keskitaso", "kohtalainen", "střední",
		    "середня", "середній", "середні", "בינונית", "בינוני",
		    "sedang", "menengah", "közepes", "medie", "mediu",
		    "متوسطة", "متوسط", "μέση", "μεσαία", "μέτρια", "ปานกลาง",
		    "กลาง") },
	{ PRR_SEV_LOW,
	  REC_WORDS("sev-4", "sev4",
		    "low", "lowest", "minor", "bas", "basse", "faible", "mineur",
		    "mineure", "bajo", "baja", "baixo", "baixa", "niedrig",
		    "niedrige", "gering", "geringe", "basso", "bassa", "laag",
		    "низкая", "низкий", "низкое", "низкие", "niski", "niska", "niskie", "düşük", "thấp",
		    "低",
		    "軽微", "轻微", "낮음", "låg", "lav", "matala", "nízká",
		    "nízký", "nízké", "низька", "низький", "низькі", "נמוכה",
		    "נמוך", "rendah", "alacsony", "scăzută", "scăzut",
		    "redusă", "منخفضة", "منخفض", "χαμηλή", "χαμηλός",
		    "χαμηλό", "ต่ำ") },
	{ PRR_SEV_INFO, REC_WORDS("info", "informational") },
};

/* Leading colours, when no word says more. */
static const rec_mark sev_marks[] = {
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

static const rec_class topics[] = {
	{ T_FINDING,
	  REC_WORDS("issue", "finding", "open item", "remaining item",
		    "outstanding item", "offene punkt", "offener punkt",
		    /* "What Still Needs Attention" */
		    "needs attention", "need attention",
		    "punto abierto", "puntos abiertos", "ponto em aberto",
		    "pontos em aberto", "point ouvert", "points ouverts",
		    "punti aperti", "openstaande punt", "observación abierta",
		    "observaciones abiertas", "discrepancia", "discrepancy",
		    "discrepancies", "gap", "problem", "bug", "defect",
		    "vulnerability", "vulnerabilities", "weakness", "concern",
		    "shortcoming", "problème", "constat", "lacune", "écart",
		    "anomalie", "défaut", "hallazgo", "problema", "brecha",
		    "deficiencia", "incidencia", "achado", "lacuna",
		    "pendência", "pendencia", "falha", "befund", "mängel",
		    "lücke", "schwachstelle", "rilievo", "rilievi", "criticità",
		    "bevinding", "bevindingen", "замечания", "находки",
		    "проблемы", "ustalenia", "bulgular", "phát hiện", "vấn đề",
		    "問題", "问题", "課題", "指摘", "발견 사항", "발견사항",
		    "지적 사항", "이슈",
		    "不具合", "缺陷", "漏洞", "脆弱性",
		    /* Swedish, Danish, Norwegian, Finnish, Czech, Ukrainian,
		     * Hebrew, Indonesian, Hungarian, Romanian, Arabic, Greek,
		     * Thai */
		    "fynd", "avvikelse", "avvikelser", "fund", "funn",
		    "havainto", "havainnot", "nález", "nálezy", "знахідки",
		    "знахідка", "проблеми", "ממצאים", "ממצא", "temuan",
		    "megállapítások", "megállapítás", "hiányosságok",
		    "hiányosság", "constatări", "constatare", "probleme",
		    "problemă", "النتائج", "الملاحظات", "المشكلات",
		    "ευρήματα", "εύρημα", "ข้อค้นพบ", "ประเด็นที่พบ") },
	{ T_BLOCKER,
	  REC_WORDS("blocker", "blocking", "showstopper", "must fix",
		    "blocks launch", "blocks the launch", "blocks cutover",
		    "blocks the cutover", "blocks release", "blocks the release",
		    "blocks ga", "blocks the ga", "blocks rollout",
		    "blocks the rollout",
		    /* "Two findings block launch: **MRL-88** and …" */
		    "block launch", "block the launch", "block release",
		    "block the release", "block go-live", "block ga",
		    "blocks go-live", "blocks production", "bloccante",
		    "блокирует", "блокирующий",
		    "bloquea el corte", "bloquea el lanzamiento",
		    "bloquea la salida", "bloqueia o lançamento",
		    "bloqueia o corte", "blockiert den go-live",
		    "blockiert den start", "bloque le lancement",
		    "blokujące", "blokujący", "блокирующее", "блокирующая",
		    "must-fix", "bloquant", "bloqueante", "bloqueador",
		    "blockierend", "阻塞", "必须修复", "ブロッカー", "blockerande",
		    "blokerende", "blokkerend", "blokkerende", "estävä", "estävät",
		    "blokující", "blokuje", "блокує", "блокуючий", "חוסם",
		    "חוסמת", "memblokir", "blokkoló", "blocant", "blocantă",
		    "مانع", "εμποδίζει", "เป็นอุปสรรค",
		    /* Turkish: "it blocks the migration", Korean */
		    "engelliyor", "engelleyici", "출시 차단") },
	{ T_RISK,
	  REC_WORDS("risk", "risque", "riesgo", "risco", "risiko", "risiken",
		    "リスク", "风险", "風險", "risker", "risici", "risikoer",
		    "riskit", "rizika", "ризики", "סיכונים", "kockázatok",
		    "riscuri", "المخاطر", "κίνδυνοι", "ความเสี่ยง") },
	{ T_RANK,
	  REC_WORDS("priority", "priorities", "severity", "impact",
		    "criticality", "priorité", "sévérité", "gravité",
		    "criticité", "prioridad", "prioridade", "severidad",
		    "severidade", "gravedad", "gravidade", "impacto",
		    "criticidad", "criticidade", "priorität", "schweregrad", "schwere",
		    "критичность", "серьёзность", "важность",
		    "önem", "ciddiyet",
		    "auswirkung", "kritikalität", "重要度", "影響度", "深刻度",
		    "重大度", "優先度", "优先级", "严重程度", "严重性",
		    "影响", "allvarlighetsgrad", "prioritet", "alvorlighed",
		    "alvorlighetsgrad", "vakavuus", "prioriteetti", "závažnost",
		    "priorita", "серйозність", "критичність", "пріоритет",
		    "חומרה", "עדיפות", "keparahan", "prioritas", "súlyosság",
		    "prioritás", "severitate", "prioritate", "الخطورة",
		    "الأولوية", "σοβαρότητα", "προτεραιότητα",
		    "ความรุนแรง", "심각도", "중요도", "우선순위", "ważność",
		    "krytyczność") },
	{ T_LABEL,
	  REC_WORDS("level", "rating", "niveau", "nivel", "nível", "stufe",
		    "nivå", "taso", "úroveň", "рівень", "רמה", "tingkat",
		    "szint", "المستوى", "επίπεδο", "ระดับ") },
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
	"ninguna", "ikke", "ingen", "inte", "ej", "ei", "ne", "не", "žádné",
	"לא", "tidak", "nem", "nu", "غير", "δεν", "μη", "ไม่",
};

/* A blocking denied in words of its own: "Does not block launch.", "No
 * bloquea: la cola virtual …". */
static const char *const unblocking[] = {
	"does not block", "doesn't block", "do not block", "did not block",
	"will not block", "won't block", "no bloquea", "não bloqueia",
	"nao bloqueia", "ne bloque pas", "non blocca", "blockiert nicht",
	"blokkeert niet", "nie blokuje", "не блокирует",
};
/* What a blocker may be called between its article and its word: "Not a
 * launch blocker". */
static const char *const blocker_kinds[] = {
	"launch", "release", "ga", "go-live", "cutover", "production", "hard",
	"real", "true", "major",
};

/* "blocking" of code, not of a release. */
static const char *const technical[] = {
	"i/o", "io", "call", "queue", "read", "write", "mode", "operation",
	"socket", "api", "thread", "function", "code", "wait", "lock",
	"traffic", "loop", "request", "connection",
};
/* (letters of names that look like IDs, "UTF-8": rec_item_names.c) */
/* Letters of signing algorithms, names only before a key size ("RS256",
 * "PS-512"; "PS-12" is an ID). */
static const char *const alg_letters[] = { "HS", "RS", "ES", "PS" };
/* Whole tokens that are names: AWS S3. */
static const char *const not_ids[] = { "S3" };

/* The vocabularies, indexed by first byte (rec_words.h). */
static rec_vocab sev_vocab = REC_VOCAB_CLASSES(sev_words);
static rec_vocab topic_vocab = REC_VOCAB_CLASSES(topics);
static rec_vocab settled_vocab = REC_VOCAB(settled);
static rec_vocab negation_vocab = REC_VOCAB(negations);
static rec_vocab unblocking_vocab = REC_VOCAB(unblocking);
static rec_vocab blocker_kind_vocab = REC_VOCAB(blocker_kinds);
static rec_vocab technical_vocab = REC_VOCAB(technical);

/*** Words ***/

/* The length of a topic word at s[i] whose kind is in `mask`, or 0. */
static size_t topic_at(const char *s, size_t n, size_t i, unsigned mask,
		       int flags, enum topic *t)
{
	size_t count;
	const rec_entry *e = rec_vocab_at(&topic_vocab, s, n, i, &count);
	for (size_t j = 0; j < count; j++) {
		if (!(mask & (1u << rec_vocab_value(&topic_vocab, e[j]))) ||
		    !rec_vocab_second(&topic_vocab, e[j], s, n, i))
			continue;
		size_t len = rec_word_at(s, n, i, rec_vocab_word(&topic_vocab, e[j]),
					 flags | REC_PLURAL);
		if (len) {
			if (t)
				*t = (enum topic)rec_vocab_value(&topic_vocab, e[j]);
			return len;
		}
	}
	return 0;
}
#define NOUNS                                                            \
	(1u << T_FINDING | 1u << T_BLOCKER | 1u << T_RISK | 1u << T_RANK)
#define LABELS (1u << T_RISK | 1u << T_RANK | 1u << T_LABEL)

/* Whether a topic word of `mask` ends right at s[e]. */
static bool topic_ends_at(const char *s, size_t n, size_t e, unsigned mask)
{
	size_t b = rec_word_start(s, n, e);
	return b < e && topic_at(s, n, b, mask, 0, NULL) == e - b;
}

/* The P0..P3 priority at s[i], as a whole token; 0 or its severity. */
static prr_severity priority_at(const char *s, size_t n, size_t i)
{
	if (i + 1 >= n || s[i] != 'P' || s[i + 1] < '0' || s[i + 1] > '3' ||
	    (i > 0 && rec_is_alnum((unsigned char)s[i - 1])))
		return PRR_SEV_UNKNOWN;
	size_t j = i + 2;
	if (j < n && (rec_is_alnum((unsigned char)s[j]) ||
		      (s[j] == '.' && j + 1 < n &&
		       rec_is_alnum((unsigned char)s[j + 1]))))
		return PRR_SEV_UNKNOWN;
	return (prr_severity)(PRR_SEV_CRITICAL + (s[i + 1] - '0'));
}

/* A severity word at s[i] (any position); its length, 0 if none. */
size_t rec_sev_word_at(const char *s, size_t n, size_t i, prr_severity *sev)
{
	if ((*sev = priority_at(s, n, i)))
		return 2;
	size_t k, len = rec_list_at(&sev_vocab, s, n, i, 0, &k);
	/* "重大度：中": 度 makes a word of severity its label, not its value */
	if (len && i + len + 3 <= n && memcmp(s + i + len, "\xE5\xBA\xA6", 3) == 0)
		len = 0;
	/* "Critical Path Items": the path of a schedule, no severity */
	if (len == 8 && i + 9 < n && s[i + 8] == ' ' &&
	    rec_word_at(s, n, i + 9, "path", REC_PLURAL))
		len = 0;
	if (len)
		*sev = (prr_severity)rec_vocab_value(&sev_vocab, k);
	return len;
}

static prr_severity sev_mark(uint32_t cp)
{
	int v;
	if (rec_mark_find(sev_marks, COUNT(sev_marks), cp, &v))
		return (prr_severity)v;
	return PRR_SEV_UNKNOWN;
}

/*** Shapes around words ***/

/* A separator after a word or ID: ':' '：' '—' '–' '|' ',' ';' '!' '?'
 * '/'; '.' and '-' when no word follows them directly. */
static bool separator_at(const char *s, size_t n, size_t i)
{
	if (i >= n)
		return true;
	if (strchr(":|,;!?/", s[i]))
		return true;
	if (s[i] == '.' || s[i] == '-')
		return !rec_word_after(s, n, i + 1);
	return rec_cp_is(s, n, i, 0x2014) || rec_cp_is(s, n, i, 0x2013) ||
	       rec_cp_is(s, n, i, 0xFF1A);
}

/* Past closing emphasis and brackets after a word. */
static size_t skip_closers(const char *s, size_t n, size_t j)
{
	for (;;) {
		if (j < n && (rec_is_emphasis((unsigned char)s[j]) || s[j] == ']' ||
			      s[j] == ')' || s[j] == '"'))
			j++;
		else if (rec_cp_is(s, n, j, 0x3011) || rec_cp_is(s, n, j, 0xFF09))
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
		return !rec_word_after(s, n, j);
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	return !rec_word_after(s, n, j);
}

/* A closing bracket right after a word: "[HIGH]", "(Medium)". */
static bool closed_after(const char *s, size_t n, size_t j)
{
	while (j < n && rec_is_emphasis((unsigned char)s[j]))
		j++;
	return j < n && (s[j] == ']' || s[j] == ')' || rec_cp_is(s, n, j, 0x3011) ||
			 rec_cp_is(s, n, j, 0xFF09));
}

static bool all_caps(const char *s, size_t n, size_t i, size_t len)
{
	for (size_t k = i; k < i + len && k < n; k++) {
		unsigned char c = (unsigned char)s[k];
		if (rec_is_lower(c))
			return false;
		/* Latin-1 small letters: C3 9F..BF */
		if (c == 0xC3 && k + 1 < n && (unsigned char)s[k + 1] >= 0x9F)
			return false;
	}
	return true;
}

/* Where a word at s[i] stands, for a severity to count there. */
enum place { P_NONE, P_LEAD, P_BRACKET, P_FIELD, P_AFTER_DASH, P_SENTENCE };

static enum place place_of(const char *s, size_t n, size_t i, size_t lead)
{
	if (i == lead)
		return P_LEAD;
	size_t b = i;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t' ||
			 rec_is_emphasis((unsigned char)s[b - 1])))
		b--;
	b = rec_past_colour(s, n, b); /* "Severity: 🟡 HIGH": where 🟡 is */
	if (b == 0)
		return P_LEAD;
	uint32_t c = rec_cp_before(s, n, b);
	size_t cl = c < 0x80 ? 1 : 3;
	if (c == '(' || c == '[' || c == 0x3010 || c == 0xFF08)
		return P_BRACKET;
	if (c == '|' || c == 0x2014 || c == 0x2013 ||
	    (c == '-' && b >= 2 && s[b - 2] == ' '))
		return P_AFTER_DASH;
	if (c == '.' && b < i)
		return P_SENTENCE; /* "… not done for prod-eu-3. High." */
	if (c == ':' || c == 0xFF1A) {
		size_t e = b - cl;
		while (e > 0 && (s[e - 1] == ' ' ||
				 rec_is_emphasis((unsigned char)s[e - 1])))
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
				 rec_is_emphasis((unsigned char)s[i]) ||
				 (s[i] == '#' && (i + 1 == n || s[i + 1] == '#' ||
						  s[i + 1] == ' '))))
			i++;
		i += prr_rec_checkbox(s + i, n - i, NULL);
		if (flags & LEAD_SEVERITY)
			while (i < n && (s[i] == '[' || s[i] == '('))
				i++;
		size_t d = i;
		while (d < n && rec_is_digit((unsigned char)s[d]))
			d++;
		if (d > i && d + 1 < n && (s[d] == '.' || s[d] == ')') &&
		    s[d + 1] == ' ')
			i = d + 1;
		uint32_t cp;
		while (i < n && (rec_cp_at(s, n, i, &cp), rec_is_symbol(cp))) {
			if (colour && !*colour)
				*colour = sev_mark(cp);
			i += rec_cp_at(s, n, i, &cp);
		}
		size_t len = 0;
		prr_severity sev;
		if (flags & LEAD_IDS)
			len = id_at(s, n, i);
		if (!len && (flags & LEAD_SEVERITY)) {
			len = rec_sev_word_at(s, n, i, &sev);
			size_t k = skip_closers(s, n, i + len);
			if (len && k == i + len && !separator_at(s, n, k))
				len = 0;
			/* and a blocker's label: "**Blocker:** PLAT-1884 — …" */
			if (!len && (len = topic_at(s, n, i, 1u << T_BLOCKER, 0, NULL)) &&
			    ((k = skip_closers(s, n, i + len)) >= n || s[k] != ':'))
				len = 0;
		}
		if (len) {
			i = skip_closers(s, n, i + len);
			while (i < n && separator_at(s, n, i) && s[i] != '/')
				i += rec_cp_at(s, n, i, &cp);
		}
		if (i == at)
			return i;
	}
}

/*** Finding IDs ***/

/* The length of an ID at s[i], or 0; see prr_rec_finding_id. */
static size_t id_at(const char *s, size_t n, size_t i)
{
	if (i >= n || (i > 0 && rec_is_alnum((unsigned char)s[i - 1])))
		return 0;
	size_t j = i;
	bool hyphen = false, named = false;
	size_t digits = 0, digits_n = 0;
	if (s[j] == '#') {
		hyphen = true; /* "#12 text" is as clear as "CO-1 text" */
		size_t d = ++j;
		while (j < n && rec_is_digit((unsigned char)s[j]))
			j++;
		if (j == d || j - d > 5)
			return 0;
	} else {
		while (j < n && rec_is_upper((unsigned char)s[j]))
			j++;
		/* a key with digits in it, before its hyphen: "A11Y-101",
		 * "K8S-12" */
		size_t m = j;
		while (m < n && (rec_is_upper((unsigned char)s[m]) ||
				 rec_is_digit((unsigned char)s[m])))
			m++;
		/* (and "R1-F4", a review's finding: a letter before the
		 * number after the hyphen) */
		size_t after = m + 1;
		if (after < n && rec_is_upper((unsigned char)s[after]))
			after++;
		if (j > i && m > j && m - i <= 6 && m + 1 < n && s[m] == '-' &&
		    after < n && rec_is_digit((unsigned char)s[after]))
			j = m;
		size_t letters = j - i;
		/* (a severity word in capitals keys its own: "CRITICAL-3",
		 * "MEDIUM-7", numbered within their level) */
		prr_severity lv;
		if (letters < 1 || (letters > 5 && !(j < n && s[j] == '-' &&
						     rec_sev_word_at(s, n, i, &lv) == letters)))
			return 0;
		named = rec_name_letters(s + i, letters) && !rec_titled_key(s, n, i);
		if (j < n && s[j] == '-') {
			hyphen = true;
			/* a quarter, a half, a version or a layer is written
			 * without a hyphen ("Q1", "H2", "V2", "L7"): "Q-6" is
			 * a ticket's key */
			named &= letters > 1;
			j++;
			/* "WRE-F3", "SEC-A12": a letter or two before the number */
			size_t u = j;
			while (u < n && u - j < 2 && rec_is_upper((unsigned char)s[u]))
				u++;
			if (u > j && u < n && rec_is_digit((unsigned char)s[u]))
				j = u;
		}
		size_t d = j;
		while (j < n && rec_is_digit((unsigned char)s[j]))
			j++;
		if (j == d || j - d > 4)
			return 0;
		digits = d, digits_n = j - d;
		if (rec_names_match(s + i, letters, alg_letters, COUNT(alg_letters)) &&
		    j - d == 3 && (memcmp(s + d, "256", 3) == 0 ||
				   memcmp(s + d, "384", 3) == 0 || memcmp(s + d, "512", 3) == 0))
			return 0;
		bool second = false;
		if (j + 1 < n && s[j] == '-' && rec_is_digit((unsigned char)s[j + 1])) {
			size_t d2 = ++j;
			while (j < n && rec_is_digit((unsigned char)s[j]))
				j++;
			if (j - d2 > 4)
				return 0;
			second = true;
		}
		/* "P1" is a priority; "P0-3" an ID */
		if (s[i] == 'P' && letters == 1 && !hyphen && !second)
			return 0;
		if (rec_names_match(s + i, j - i, not_ids, COUNT(not_ids)))
			return 0;
	}
	if (j < n && (rec_is_alnum((unsigned char)s[j]) ||
		      ((unsigned char)s[j] >= 0x80 && rec_word_after(s, n, j))))
		return 0;
	size_t k = skip_closers(s, n, j);
	/* a standard's letters key an ID only before a ticket's number
	 * that stands rated: "TLS-310 (Critical) — …", not "HTTP-2 (Low)",
	 * "SHA-256 (High)" or "TLS-1" */
	if (named && !(hyphen && rec_named_ticket(s, n, digits, digits_n, k)))
		return 0;
	if (k > j || separator_at(s, n, k))
		return j - i;
	if (s[k] == ' ' || s[k] == '\t') {
		size_t after = k + rec_spaces(s, n, k, n);
		if (hyphen || after >= n || (s[after] == '(' ||
					     (separator_at(s, n, after) &&
					      !rec_word_after(s, n, after))))
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
	uint32_t cp = i > 0 ? rec_cp_before(s, n, i) : 0;
	if (cp == 0x975E || cp == 0x4E0D || cp == 0x65E0 || cp == 0x7121)
		return true; /* 非 不 无 無 */
	if (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '-'))
		i--;
	return rec_list_ends_at(&negation_vocab, s, n, i);
}

/* A severity stated at s[i] (see rec_item.h for where), or unknown. */
static prr_severity stated_at(const char *s, size_t n, size_t i, size_t lead)
{
	prr_severity sev;
	size_t len = rec_sev_word_at(s, n, i, &sev);
	uint32_t cp;
	/* "## P0s": priorities in the plural lead a heading of them */
	if (!len && i + 2 < n && (sev = priority_at(s, i + 2, i)) &&
	    s[i + 2] == 's' && !rec_word_after(s, n, i + 3))
		return place_of(s, n, i, lead) == P_LEAD ? sev : PRR_SEV_UNKNOWN;
	if (!len) {
		/* a colour as a field's value: "Severity: 🔴" (the word after
		 * it rates: "Severity: 🟡 HIGH" is high) */
		size_t cl = rec_cp_at(s, n, i, &cp), j = i + cl;
		while (j < n && (s[j] == ' ' || rec_is_emphasis((unsigned char)s[j])))
			j++;
		sev = sev_mark(cp);
		/* (once: a word is no mark) */
		if (sev && cl && j > i + cl && j < n && rec_sev_word_at(s, n, j, &sev) &&
		    stated_at(s, n, j, lead) != PRR_SEV_UNKNOWN)
			return PRR_SEV_UNKNOWN;
		sev = sev_mark(cp);
		return sev && place_of(s, n, i, lead) == P_FIELD ? sev
								 : PRR_SEV_UNKNOWN;
	}
	if (s[i] == 'P' && len == 2) /* P0..P3 anywhere; "P0-1" an ID, leading */
		return i + 3 < n && s[i + 2] == '-' && rec_is_digit((unsigned char)s[i + 3]) &&
		       place_of(s, n, i, lead) != P_LEAD ? PRR_SEV_UNKNOWN : sev;
	if (denied(s, n, i))
		return PRR_SEV_UNKNOWN; /* "Non-critical", "no high findings" */
	enum place at = place_of(s, n, i, lead);
	rec_cp_at(s, n, i, &cp);
	if (rec_is_cjk(cp)) /* (or a bold tag that ends it: "… ⚠️ **中等**") */
		return at != P_NONE || (s[i - 1] == '*' &&
		       skip_closers(s, n, i + len) >= n) ? sev : PRR_SEV_UNKNOWN;
	/* (a sentence that is the word alone: "High." at the end; or the
	 * word scoped: "Critical for prod-eu-3; does not affect eu-1") */
	size_t e = skip_closers(s, n, i + len);
	if (at == P_SENTENCE) {
		if (e < n && s[e] == '.' && (e + 1 == n || s[e + 1] == ' '))
			return sev;
		if (n - e > 5 && strncasecmp(s + e, " for ", 5) == 0 &&
		    rec_word_after(s, n, e + 5))
			return sev;
		/* or rated by whom: "Sev-1 by our triage." */
		if (rec_rated_by_whom(s, n, e))
			return sev;
		at = P_NONE;
	}
	if ((at != P_NONE && alone_after(s, n, i + len)) ||
	    (at == P_BRACKET && closed_after(s, n, i + len)) ||
	    noun_after(s, n, i + len) || noun_before(s, n, i) ||
	    (at == P_LEAD && (all_caps(s, n, i, len) || /* "**critical** RP-201 …" */
			      (i && s[i - 1] == '*' && i + len < n && s[i + len] == '*'))))
		return sev;
	return PRR_SEV_UNKNOWN;
}

/* The start of the word before an article ending just before s[i]
 * ("not a blocker": where "a" begins), or i. */
static size_t past_article(const char *s, size_t i)
{
	static const char *const articles[] = { "a", "an", "the", "un",
		"une", "ein", "eine", "um", "uma", NULL };
	size_t e = i; /* the article's end, spaces or a line break after it */
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\n'))
		e--;
	if (e == i || e == 0)
		return i;
	size_t w = e;
	while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n')
		w--;
	for (int k = 0; articles[k]; k++)
		if (strlen(articles[k]) == e - w &&
		    strncasecmp(s + w, articles[k], e - w) == 0)
			return w;
	return i;
}

/* The start of the kind of blocker before s[i] ("launch" of "a launch
 * blocker"), or i. */
static size_t past_kind(const char *s, size_t n, size_t i)
{
	size_t e = i;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	size_t w = e;
	while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n')
		w--;
	return e < i && rec_list_at(&blocker_kind_vocab, s, n, w, 0, NULL) == e - w
		       ? w : i;
}

/* Whether the blocking word at s[i] is denied: "non-blocking", "not a
 * blocker", "not a launch blocker", "no longer blocks". */
static bool blocking_denied(const char *s, size_t n, size_t i)
{
	return denied(s, n, i) || rec_blocking_undone(s, i) ||
	       denied(s, n, past_article(s, i)) ||
	       denied(s, n, past_article(s, past_kind(s, n, i)));
}

/* "block launch" after a subject that denies it, in the clause before
 * it (a few words): "None of these block launch", "Neither finding
 * would block the release"; and "blocks" after one in its clause, back
 * to a comma too: "Neither open finding blocks the launch: REL-77 …"
 * (not "If not fixed, it blocks the launch"). */
static bool plural_denied(const char *s, size_t n, size_t i, size_t len)
{
	static const char *const nones[] = { "none", "neither", "nothing",
		"no", "not", "never", "nor", NULL };
	bool one = n - i > 7 && strncasecmp(s + i, "blocks ", 7) == 0;
	if (!one && (len < 6 || strncasecmp(s + i, "block ", 6) != 0))
		return false;
	size_t b = i > 80 ? i - 80 : 0;
	for (size_t k = i; k > b; k--)
		if (s[k - 1] && (strchr(".;:!?\n", s[k - 1]) ||
				 (one && s[k - 1] == ','))) {
			b = k;
			break;
		}
	for (size_t w = b; w < i;) {
		while (w < i && !rec_is_alnum((unsigned char)s[w]))
			w++;
		size_t e = w;
		while (e < i && rec_is_alnum((unsigned char)s[e]))
			e++;
		for (int k = 0; nones[k] && e > w; k++)
			if (strlen(nones[k]) == e - w &&
			    strncasecmp(s + w, nones[k], e - w) == 0)
				return true;
		w = e;
	}
	return false;
}

/* A blocking word at s[i], affirmed ("blocking", not "non-blocking" or
 * "not a blocker"); its length or 0.  `opens`: a finding's sentence
 * opens at s[i] ("Blocks promotion to champion."). */
static size_t blocks_said(const char *s, size_t n, size_t i, bool opens)
{
	size_t len = topic_at(s, n, i, 1u << T_BLOCKER, 0, NULL);
	if (!len)
		len = rec_platform_blocks(s, n, i);
	/* ("Open; blocks aisles 13–24", "blocks the full rollout"): what
	 * "blocks" alone blocks is asked of its first three words ("; blocks
	 * web traffic", "; blocks the event loop" are the fault's) */
	int words = 1;
	if (!len && (len = rec_clause_blocks(s, n, i, opens)) == 6)
		words = 3;
	if (!len || blocking_denied(s, n, i) || plural_denied(s, n, i, len) ||
	    rec_blocking_compound(s, i))
		return 0;
	for (size_t j = i + len; words-- > 0 && j + 1 < n && s[j] == ' ';) {
		if (rec_list_at(&technical_vocab, s, n, j + 1, REC_PLURAL, NULL))
			return 0;
		for (j++; j < n && s[j] != ' ' && !strchr(",;:!?)", s[j]); j++)
			;
	}
	return len;
}

static size_t blocks_at(const char *s, size_t n, size_t i)
{
	return blocks_said(s, n, i, false);
}

/* The length of a label that leads s[0..n): a few words before ':',
 * ' — ' or ' - ' ("Launch blocker — DNS", "BLOQUANT : …"); 0 if none. */
static size_t lead_label(const char *s, size_t n)
{
	size_t words = 1;
	for (size_t i = 0; i < n && i < 40; i++) {
		if (s[i] == ':')
			return i;
		if (s[i] == ' ' && i + 2 < n &&
		    (s[i + 1] == '-' || memcmp(s + i + 1, "\xE2\x80\x94", 3) == 0))
			return i;
		if (s[i] == ' ' && ++words > 3)
			return 0;
	}
	return 0;
}

bool prr_rec_opens_blocking(const char *s, size_t n)
{
	return blocks_said(s, n, rec_skip_blank(s, n, 0), true) > 0;
}

bool prr_rec_clause_blocking(const char *s, size_t n)
{
	for (size_t i = rec_next_start(s, n, 0); i < n; i = rec_next_start(s, n, i + 1))
		if (rec_clause_blocks(s, n, i, false) && blocks_at(s, n, i))
			return true;
	return false;
}

bool prr_rec_id_rated(const char *s, size_t n, size_t *id, size_t *id_n,
		      prr_severity *sev, bool *blocking)
{
	for (const char *o = memchr(s, '(', n); o; o = memchr(o + 1, '(', n - (size_t)(o + 1 - s))) {
		size_t i = (size_t)(o - s) + 1, e = i, at, len;
		while (e < n && e < i + 40 && s[e] != ')')
			e++;
		if (e >= n || s[e] != ')')
			continue;
		/* "(GC-8, Low)": its ID, then a severity after the comma */
		const char *c = memchr(s + i, ',', e - i);
		if (c && prr_rec_finding_id(s + i, (size_t)(c - s) - i, &at, &len) &&
		    at == 0 && i + len == (size_t)(c - s) &&
		    (*sev = prr_rec_severity_said(c + 1, (size_t)(s + e - c - 1),
						  blocking)) != PRR_SEV_UNKNOWN) {
			*id = i;
			*id_n = len;
			return true;
		}
		/* "GC-7 (High, blocking)": the ID right before it */
		size_t w = (size_t)(o - s);
		while (w && s[w - 1] == ' ')
			w--;
		size_t b = w;
		while (b && s[b - 1] != ' ' && w - b < 24)
			b--;
		if (b < w && prr_rec_finding_id(s + b, w - b, &at, &len) && at == 0 &&
		    len == w - b &&
		    (*sev = prr_rec_severity_said(s + i, e - i, blocking)) != PRR_SEV_UNKNOWN) {
			*id = b;
			*id_n = len;
			return true;
		}
	}
	return false;
}

bool prr_rec_denies_blocking(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i && isalnum((unsigned char)s[i - 1]))
			continue;
		size_t len = topic_at(s, n, i, 1u << T_BLOCKER, 0, NULL);
		if ((len && blocking_denied(s, n, i)) ||
		    rec_list_at(&unblocking_vocab, s, n, i, 0, NULL))
			return true;
	}
	return false;
}

prr_severity prr_rec_cvss(const char *s, size_t n)
{
	for (size_t i = 0; i + 6 <= n; i++) {
		if (strncasecmp(s + i, "cvss", 4) != 0 ||
		    (i && isalnum((unsigned char)s[i - 1])))
			continue;
		size_t j = i + 4;
		/* "CVSS v3.1 base score: 9.8", "CVSS 9.8", "CVSS:3.1/AV…" is a
		 * vector, no score */
		while (j < n && (s[j] == ' ' || s[j] == ':' || s[j] == '*'))
			j++;
		if (j < n && (s[j] == 'v' || s[j] == 'V')) {
			while (j < n && s[j] != ' ')
				j++;
		}
		while (j < n && (s[j] == ' ' || s[j] == ':' || s[j] == '*' ||
				 isalpha((unsigned char)s[j])))
			j++;
		if (j >= n || !isdigit((unsigned char)s[j]))
			continue;
		char *end;
		double v = strtod(s + j, &end);
		if (end == s + j || end > s + n || v < 0 || v > 10 ||
		    (end < s + n && (*end == '/' || isalnum((unsigned char)*end))))
			continue;
		return v >= 9 ? PRR_SEV_CRITICAL : v >= 7 ? PRR_SEV_HIGH
			: v >= 4 ? PRR_SEV_MEDIUM : v > 0 ? PRR_SEV_LOW : PRR_SEV_INFO;
	}
	return PRR_SEV_UNKNOWN;
}

prr_severity prr_rec_severity(const char *s, size_t n, bool *blocking)
{
	bool blocks, lead_blocks = false;
	prr_severity sev = prr_rec_severity_said(s, n, &blocks);
	if (sev == PRR_SEV_UNKNOWN)
		sev = prr_rec_cvss(s, n);
	if (blocking)
		*blocking = blocks;
	/* a blocker by name ("Blocker: no rollback", as a tracker's top
	 * priority) is critical; a blocking flag ("… Blocking.", "Blocks
	 * cutover of x") says no severity */
	size_t lead = lead_label(s, n);
	if (sev == PRR_SEV_UNKNOWN && blocks && lead)
		prr_rec_severity_said(s, lead, &lead_blocks);
	return sev == PRR_SEV_UNKNOWN && lead_blocks ? PRR_SEV_CRITICAL : sev;
}

prr_severity prr_rec_severity_said(const char *s, size_t n, bool *blocking)
{
	prr_severity colour = PRR_SEV_UNKNOWN, word = PRR_SEV_UNKNOWN;
	bool blocks = false;
	size_t lead = lead_end(s, n, LEAD_IDS, &colour);
	for (size_t i = rec_next_start(s, n, 0); i < n && !(word && blocks);
	     i = rec_next_start(s, n, i + 1)) {
		if (!word)
			word = stated_at(s, n, i, lead);
		if (!blocks)
			blocks = blocks_at(s, n, i) > 0;
	}
	if (blocking)
		*blocking = blocks;
	if (word)
		return word;
	return colour;
}

/*** Headings ***/

/* Only severities and ranking nouns: "High Priority", "🔴 Critical". */
static bool only_severity(const char *s, size_t n, size_t i)
{
	bool any = false;
	uint32_t cp;
	while (i < n) {
		size_t len = rec_cp_at(s, n, i, &cp);
		if (rec_is_word_cp(cp) && !rec_is_digit((unsigned char)s[i])) {
			prr_severity sev;
			len = rec_sev_word_at(s, n, i, &sev);
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
	size_t no = rec_list_at(&negation_vocab, s, n, lead, 0, NULL);
	if (no && lead + no < n && s[lead + no] == ' ')
		return 0; /* "No Blockers", not "Non-blocking issues" */
	int kind = 0;
	bool blocks = false;
	for (size_t i = lead; (i = rec_next_start(s, n, i)) < n; i++) {
		size_t id = id_at(s, n, i);
		if (id) {
			i += id - 1; /* "BUG-001" is a finding, not "bugs" */
			continue;
		}
		/* (not what it denies: "Known gaps (not blockers, but not
		 * fixed)", "Issues not yet resolved") */
		/* (nor what is yet to be: "Launch blockers (must be done
		 * before inviting customers)", "Issues to be fixed") */
		if (rec_list_at(&settled_vocab, s, n, i, REC_PLURAL | REC_LOOSE, NULL) &&
		    !denied(s, n, i) && !(i >= 4 && strncasecmp(s + i - 4, "yet ", 4) == 0 &&
					  denied(s, n, i - 4)) &&
		    !(i >= 4 && strncasecmp(s + i - 4, " be ", 4) == 0))
			return 0;
		enum topic t;
		if (!topic_at(s, n, i, NOUNS, REC_LOOSE, &t))
			continue;
		if (rec_noun_in_passing(s, i))
			return 0; /* "After the blockers clear" */
		/* "Workers — ⚠️ At risk" states a part's status */
		bool at_risk = t == T_RISK && i >= 3 && strncasecmp(s + i - 3, "at ", 3) == 0;
		if (t == T_BLOCKER)
			blocks |= blocks_at(s, n, i) > 0;
		else if (!kind && (t == T_FINDING || (t == T_RISK && !at_risk)))
			kind = (int)t;
	}
	if (blocks)
		return T_BLOCKER;
	if (kind)
		return kind;
	return only_severity(s, n, lead) ? T_FINDING : 0;
}
