/* rec_column.c - a table column's role from its header words; see rec_column.h. */
#include "prr/rec_column.h"
#include "rec_words.h"

#include <stdbool.h>
#include <string.h>

/*
 * The vocabulary, phrases before the words inside them: the first entry
 * found whole in the header decides.  Lower case; Latin letters of other
 * languages as their lower-case UTF-8.  Chinese and Japanese entries match
 * anywhere (those scripts do not separate words).
 */
static const rec_class vocab[] = {
	/* phrases whose head is not their first word */
	{ PRR_COL_POINTS, REC_WORDS("story points", "story point") },
	{ PRR_COL_STORY, REC_WORDS("user story", "us id") },
	{ PRR_COL_ACTION, REC_WORDS("next step", "next steps", "action item",
				    "action items") },
	{ PRR_COL_ETA, REC_WORDS("due date", "target date") },
	{ PRR_COL_STATUS, REC_WORDS("pass/fail", "go/no-go") },
	{ PRR_COL_BLOCKER,
	  REC_WORDS("must fix", "must-fix", "blocks launch", "launch blocker") },
	/* "Notas" are notes; "Nota" (Spanish, Portuguese) a grade, below */
	{ PRR_COL_NOTES, REC_WORDS("notas") },
	{ PRR_COL_OTHER,
	  REC_WORDS("test coverage", "lines of code", "weighted score",
		    "base score", "evidence count") },
	{ PRR_COL_START, REC_WORDS("start date") },
	{ PRR_COL_END, REC_WORDS("end date") },
	{ PRR_COL_START,
	  REC_WORDS("data de início", "fecha de inicio", "date de début",
		    "startdatum") },
	{ PRR_COL_END,
	  REC_WORDS("data de fim", "fecha de fin", "date de fin", "enddatum") },
	{ PRR_COL_PLANNED, REC_WORDS("planned sp", "planned points") },
	{ PRR_COL_POINTS, REC_WORDS("sprint sp") },
	{ PRR_COL_ACTUAL, REC_WORDS("completed sp") },
	{ PRR_COL_OTHER, REC_WORDS("cumulative sp", "avg sp") },
	{ PRR_COL_BEFORE, REC_WORDS("pre-review") },
	{ PRR_COL_AFTER, REC_WORDS("post-improvements") },
	/* before / after: a table of changes is read from its latest column */
	{ PRR_COL_BEFORE,
	  REC_WORDS("before", "antes", "avant", "vorher", "previous",
		    "修复前") },
	{ PRR_COL_AFTER,
	  REC_WORDS("after", "depois", "après", "nachher", "now", "修复后") },
	/* plans against what happened */
	{ PRR_COL_PLANNED,
	  REC_WORDS("planned", "plan", "target", "expected", "threshold",
		    "objetivo", "cible", "ziel", "目標", "目标") },
	{ PRR_COL_ACTUAL,
	  REC_WORDS("actual", "achieved", "measured", "atual", "current",
		    "réel", "現在", "実績") },
	/* a plan's steps, and its items' keys */
	{ PRR_COL_WAVE, REC_WORDS("sprint", "wave", "iteration", "epic") },
	{ PRR_COL_ID, REC_WORDS("id", "#", "key", "nr", "nr.", "no.", "n°",
				"nº", "№") },
	/* what a row is */
	{ PRR_COL_NAME,
	  REC_WORDS("component", "componente", "composant", "komponente",
		    "module", "módulo", "modul", "service", "serviço",
		    "servicio", "subsystem", "system", "模块", "组件",
		    "コンポーネント", "モジュール") },
	{ PRR_COL_CATEGORY,
	  REC_WORDS("category", "categoria", "categoría", "catégorie",
		    "kategorie", "check", "control", "gate", "类别",
		    "カテゴリ") },
	{ PRR_COL_DIMENSION,
	  REC_WORDS("dimension", "aspect", "pillar", "domain", "domaine",
		    "dominio") },
	/* an area is assessed, as a category is: "Validation Area | Status" */
	{ PRR_COL_CATEGORY, REC_WORDS("área", "area") },
	{ PRR_COL_ITEM,
	  REC_WORDS("item", "criterion", "criteria", "requirement", "req",
		    "task", "tâche", "tarea", "tarefa", "feature", "項目",
		    "功能") },
	{ PRR_COL_STORY, REC_WORDS("story", "stories") },
	{ PRR_COL_RISK,
	  REC_WORDS("risk", "risque", "riesgo", "risco", "risiko", "风险",
		    "リスク") },
	{ PRR_COL_GAP,
	  REC_WORDS("gap", "issue", "problem", "problème", "problema",
		    "finding", "hallazgo", "befund", "问题", "課題",
		    "負債項目") },
	{ PRR_COL_METRIC,
	  REC_WORDS("metric", "métrica", "métrique", "metrik", "measure", "kpi",
		    "指标", "指標") },
	/* what a row says of it */
	{ PRR_COL_STATUS,
	  REC_WORDS("status", "state", "result", "outcome", "estado", "état",
		    "statut", "stato", "situação", "done", "状态", "状態",
		    "ステータス") },
	/* "Met?", "Ready?": whether it holds, not a question to answer;
	 * "RAG": red, amber, green */
	{ PRR_COL_STATUS,
	  REC_WORDS("met", "ready", "rag", "cumplido", "atingido", "atteint",
		    "erfüllt", "signal", "go/no-go") },
	{ PRR_COL_SCORE,
	  REC_WORDS("score", "rating", "grade", "nota", "puntuación",
		    "pontuação", "bewertung", "评分", "得分", "スコア",
		    "評価") },
	{ PRR_COL_WEIGHT, REC_WORDS("weight", "peso", "poids", "gewicht") },
	{ PRR_COL_POINTS, REC_WORDS("points", "pts", "sp") },
	{ PRR_COL_EVIDENCE,
	  REC_WORDS("evidence", "proof", "evidência", "evidencia", "preuve",
		    "nachweis", "证据", "証拠") },
	{ PRR_COL_SEVERITY,
	  REC_WORDS("severity", "priority", "severidad", "severidade",
		    "sévérité", "gravité", "prioridad", "prioridade",
		    "priorité", "priorität", "schweregrad", "严重", "優先度",
		    "重要度", "重大度", "深刻度", "gravità", "심각도", "중요도",
		    "ernst", "критичность", "серьёзность", "важность", "önem",
		    "waga", "priorytet", "mức độ", "sev") },
	{ PRR_COL_IMPACT, REC_WORDS("impact", "impacto", "影響度", "影响") },
	{ PRR_COL_NOTES,
	  REC_WORDS("note", "notes", "notas", "comment", "detail", "details",
		    "anmerkung", "anmerkungen", "bemerkung", "bemerkungen",
		    "kommentar", "commentaire", "commentaires", "remarque",
		    "remarques", "observación", "observação", "comentario",
		    "comentário",
		    "détails", "detalhe", "description", "descripción",
		    "descrição", "justification", "说明", "内容") },
	{ PRR_COL_ACTION,
	  REC_WORDS("action", "remediation", "recommendation", "fix",
		    "empfehlung", "resolution") },
	{ PRR_COL_BLOCKER,
	  REC_WORDS("blocker", "blocked", "blocking", "gating", "bloqueante",
		    "bloquant", "blockierend", "bloccante", "dependency", "阻塞",
		    "ブロッカー", "차단", "blokkerend", "блокирующее",
		    "блокирует", "blokujące", "engelleyici", "chặn") },
	{ PRR_COL_OWNER,
	  REC_WORDS("owner", "assignee", "assigned to", "responsible",
		    "responsable", "responsável") },
	{ PRR_COL_ETA, REC_WORDS("eta", "due", "deadline", "期限") },
	{ PRR_COL_MITIGATION,
	  REC_WORDS("mitigation", "mitigação", "mitigación") },
	{ PRR_COL_EFFORT,
	  REC_WORDS("effort", "estimate", "time", "aufwand", "esfuerzo",
		    "esforço", "工数") },
	{ PRR_COL_QUESTION, REC_WORDS("question", "pergunta", "pregunta") },
};

static const char *const names[PRR_COL_COUNT] = {
	"other", "name", "category", "item", "status", "notes", "action",
	"blocker", "dimension", "score", "weight", "story", "points",
	"evidence", "severity", "gap", "impact", "planned", "actual",
	"metric", "owner", "eta", "risk", "mitigation", "effort", "before",
	"after", "question", "wave", "id", "start", "end",
};

const char *prr_col_name(prr_col c)
{
	return (unsigned)c < PRR_COL_COUNT ? names[c] : "other";
}

/* A byte that continues a word: an ASCII letter or digit, or any byte of
 * a multi-byte character (accented Latin letters are word letters). */
static bool word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/*
 * `h` in lower case into `out` (at most `cap` - 1 bytes): ASCII letters,
 * and the Latin-1 capitals À–Þ (UTF-8 C3 80–C3 9E, but × C3 97), which are
 * their small letters' second byte less 0x20.
 */
static size_t lower_into(char *out, size_t cap, const char *h, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k + 1 < cap; i++) {
		unsigned char c = (unsigned char)h[i];
		/* a code span names a file or a key, it holds no header word:
		 * "Backups (`ops/RESTORE_RESULTS.json`)" is no Result column */
		const char *close = c == '`' ? memchr(h + i + 1, '`', n - i - 1)
					    : NULL;
		if (close) {
			i = (size_t)(close - h);
			out[k++] = ' ';
			continue;
		}
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		else if (i && (unsigned char)h[i - 1] == 0xC3 && c >= 0x80 &&
			 c <= 0x9E && c != 0x97)
			c = (unsigned char)(c + 32);
		else if (c == 0xD0 && i + 1 < n && k + 2 < cap &&
			 (unsigned char)h[i + 1] >= 0x90 &&
			 (unsigned char)h[i + 1] <= 0xAF) {
			/* Cyrillic А..Я: А..П are D0 B0.., Р..Я D1 80.. */
			unsigned char b = (unsigned char)h[++i];
			out[k++] = (char)(b < 0xA0 ? 0xD0 : 0xD1);
			out[k++] = (char)(b < 0xA0 ? b + 0x20 : b - 0x20);
			continue;
		}
		out[k++] = (char)c;
	}
	out[k] = 0;
	return k;
}

/* Whether `w` occurs in `s` as whole words (plural 's' allowed); CJK
 * entries anywhere. */
static bool has_words(const char *s, size_t n, const char *w)
{
	size_t wn = strlen(w);
	bool cjk = (unsigned char)w[0] >= 0xE3;
	for (const char *p = s; (p = strstr(p, w)); p++) {
		if (cjk)
			return true;
		size_t at = (size_t)(p - s), end = at + wn;
		if (at && word_byte((unsigned char)s[at - 1]))
			continue;
		if (end < n && s[end] == 's')
			end++;
		if (end < n && word_byte((unsigned char)s[end]))
			continue;
		return true;
	}
	return false;
}

prr_col prr_rec_column(const char *h, size_t n)
{
	char low[256];
	size_t k = lower_into(low, sizeof low, h, n);
	for (size_t r = 0; r < COUNT(vocab); r++)
		for (const char *const *w = vocab[r].w; *w; w++)
			if (has_words(low, k, *w))
				return (prr_col)vocab[r].v;
	/* "Critical?", "Silent fallback?": a yes/no question */
	while (k && low[k - 1] == ' ')
		k--;
	if (k && low[k - 1] == '?')
		return PRR_COL_QUESTION;
	return PRR_COL_OTHER;
}
