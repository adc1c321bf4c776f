/* rec_column.c - a table column's role from its header words; see rec_column.h. */
#include "prr/rec_column.h"

#include <stdbool.h>
#include <string.h>

/*
 * The vocabulary, phrases before the words inside them: the first entry
 * found whole in the header decides.  Lower case; Latin letters of other
 * languages as their lower-case UTF-8.  Chinese and Japanese entries match
 * anywhere (those scripts do not separate words).
 */
static const struct {
	const char *w;
	prr_col c;
} vocab[] = {
	/* phrases whose head is not their first word */
	{ "story points", PRR_COL_POINTS }, { "story point", PRR_COL_POINTS },
	{ "user story", PRR_COL_STORY }, { "us id", PRR_COL_STORY },
	{ "next step", PRR_COL_ACTION }, { "next steps", PRR_COL_ACTION },
	{ "due date", PRR_COL_ETA }, { "target date", PRR_COL_ETA },
	{ "pass/fail", PRR_COL_STATUS }, { "go/no-go", PRR_COL_STATUS },
	{ "test coverage", PRR_COL_OTHER }, { "lines of code", PRR_COL_OTHER },
	{ "weighted score", PRR_COL_OTHER }, { "base score", PRR_COL_OTHER },
	{ "evidence count", PRR_COL_OTHER },
	{ "start date", PRR_COL_START }, { "end date", PRR_COL_END },
	{ "data de início", PRR_COL_START }, { "fecha de inicio", PRR_COL_START },
	{ "date de début", PRR_COL_START }, { "startdatum", PRR_COL_START },
	{ "data de fim", PRR_COL_END }, { "fecha de fin", PRR_COL_END },
	{ "date de fin", PRR_COL_END }, { "enddatum", PRR_COL_END },
	{ "planned sp", PRR_COL_PLANNED }, { "planned points", PRR_COL_PLANNED },
	{ "sprint sp", PRR_COL_POINTS }, { "completed sp", PRR_COL_ACTUAL },
	{ "cumulative sp", PRR_COL_OTHER }, { "avg sp", PRR_COL_OTHER },
	{ "pre-review", PRR_COL_BEFORE }, { "post-improvements", PRR_COL_AFTER },
	/* before / after: a table of changes is read from its latest column */
	{ "before", PRR_COL_BEFORE }, { "antes", PRR_COL_BEFORE },
	{ "avant", PRR_COL_BEFORE }, { "vorher", PRR_COL_BEFORE },
	{ "previous", PRR_COL_BEFORE }, { "修复前", PRR_COL_BEFORE },
	{ "after", PRR_COL_AFTER }, { "depois", PRR_COL_AFTER },
	{ "après", PRR_COL_AFTER }, { "nachher", PRR_COL_AFTER },
	{ "now", PRR_COL_AFTER }, { "修复后", PRR_COL_AFTER },
	/* plans against what happened */
	{ "planned", PRR_COL_PLANNED }, { "plan", PRR_COL_PLANNED },
	{ "target", PRR_COL_PLANNED }, { "expected", PRR_COL_PLANNED },
	{ "threshold", PRR_COL_PLANNED }, { "objetivo", PRR_COL_PLANNED },
	{ "cible", PRR_COL_PLANNED }, { "ziel", PRR_COL_PLANNED },
	{ "目標", PRR_COL_PLANNED }, { "目标", PRR_COL_PLANNED },
	{ "actual", PRR_COL_ACTUAL }, { "achieved", PRR_COL_ACTUAL },
	{ "measured", PRR_COL_ACTUAL }, { "atual", PRR_COL_ACTUAL },
	{ "current", PRR_COL_ACTUAL }, { "réel", PRR_COL_ACTUAL },
	{ "現在", PRR_COL_ACTUAL }, { "実績", PRR_COL_ACTUAL },
	/* a plan's steps, and its items' keys */
	{ "sprint", PRR_COL_WAVE }, { "wave", PRR_COL_WAVE },
	{ "iteration", PRR_COL_WAVE }, { "epic", PRR_COL_WAVE },
	{ "id", PRR_COL_ID }, { "#", PRR_COL_ID }, { "key", PRR_COL_ID },
	/* what a row is */
	{ "component", PRR_COL_NAME }, { "componente", PRR_COL_NAME },
	{ "composant", PRR_COL_NAME }, { "komponente", PRR_COL_NAME },
	{ "module", PRR_COL_NAME }, { "módulo", PRR_COL_NAME },
	{ "modul", PRR_COL_NAME }, { "service", PRR_COL_NAME },
	{ "serviço", PRR_COL_NAME }, { "servicio", PRR_COL_NAME },
	{ "subsystem", PRR_COL_NAME }, { "system", PRR_COL_NAME },
	{ "模块", PRR_COL_NAME }, { "组件", PRR_COL_NAME },
	{ "コンポーネント", PRR_COL_NAME }, { "モジュール", PRR_COL_NAME },
	{ "category", PRR_COL_CATEGORY }, { "categoria", PRR_COL_CATEGORY },
	{ "categoría", PRR_COL_CATEGORY }, { "catégorie", PRR_COL_CATEGORY },
	{ "kategorie", PRR_COL_CATEGORY }, { "check", PRR_COL_CATEGORY },
	{ "control", PRR_COL_CATEGORY }, { "gate", PRR_COL_CATEGORY },
	{ "类别", PRR_COL_CATEGORY }, { "カテゴリ", PRR_COL_CATEGORY },
	{ "dimension", PRR_COL_DIMENSION }, { "aspect", PRR_COL_DIMENSION },
	{ "pillar", PRR_COL_DIMENSION }, { "domain", PRR_COL_DIMENSION },
	{ "domaine", PRR_COL_DIMENSION }, { "dominio", PRR_COL_DIMENSION },
	/* an area is assessed, as a category is: "Validation Area | Status" */
	{ "área", PRR_COL_CATEGORY }, { "area", PRR_COL_CATEGORY },
	{ "item", PRR_COL_ITEM }, { "criterion", PRR_COL_ITEM },
	{ "criteria", PRR_COL_ITEM }, { "requirement", PRR_COL_ITEM },
	{ "req", PRR_COL_ITEM }, { "task", PRR_COL_ITEM },
	{ "tâche", PRR_COL_ITEM }, { "tarea", PRR_COL_ITEM },
	{ "tarefa", PRR_COL_ITEM }, { "feature", PRR_COL_ITEM },
	{ "項目", PRR_COL_ITEM }, { "功能", PRR_COL_ITEM },
	{ "story", PRR_COL_STORY }, { "stories", PRR_COL_STORY },
	{ "risk", PRR_COL_RISK }, { "risque", PRR_COL_RISK },
	{ "riesgo", PRR_COL_RISK }, { "risco", PRR_COL_RISK },
	{ "risiko", PRR_COL_RISK }, { "风险", PRR_COL_RISK },
	{ "リスク", PRR_COL_RISK },
	{ "gap", PRR_COL_GAP }, { "issue", PRR_COL_GAP },
	{ "problem", PRR_COL_GAP }, { "problème", PRR_COL_GAP },
	{ "problema", PRR_COL_GAP }, { "finding", PRR_COL_GAP },
	{ "hallazgo", PRR_COL_GAP }, { "befund", PRR_COL_GAP },
	{ "问题", PRR_COL_GAP }, { "課題", PRR_COL_GAP },
	{ "負債項目", PRR_COL_GAP },
	{ "metric", PRR_COL_METRIC }, { "métrica", PRR_COL_METRIC },
	{ "métrique", PRR_COL_METRIC }, { "metrik", PRR_COL_METRIC },
	{ "measure", PRR_COL_METRIC }, { "kpi", PRR_COL_METRIC },
	{ "指标", PRR_COL_METRIC }, { "指標", PRR_COL_METRIC },
	/* what a row says of it */
	{ "status", PRR_COL_STATUS }, { "state", PRR_COL_STATUS },
	{ "result", PRR_COL_STATUS }, { "outcome", PRR_COL_STATUS },
	{ "estado", PRR_COL_STATUS }, { "état", PRR_COL_STATUS },
	{ "statut", PRR_COL_STATUS }, { "stato", PRR_COL_STATUS },
	{ "situação", PRR_COL_STATUS }, { "done", PRR_COL_STATUS },
	{ "状态", PRR_COL_STATUS }, { "状態", PRR_COL_STATUS },
	{ "ステータス", PRR_COL_STATUS },
	/* "Met?", "Ready?": whether it holds, not a question to answer */
	{ "met", PRR_COL_STATUS }, { "ready", PRR_COL_STATUS },
	{ "rag", PRR_COL_STATUS }, /* red, amber, green */
	{ "cumplido", PRR_COL_STATUS },
	{ "atingido", PRR_COL_STATUS }, { "atteint", PRR_COL_STATUS },
	{ "erfüllt", PRR_COL_STATUS },
	{ "score", PRR_COL_SCORE }, { "rating", PRR_COL_SCORE },
	{ "grade", PRR_COL_SCORE }, { "nota", PRR_COL_SCORE },
	{ "puntuación", PRR_COL_SCORE }, { "pontuação", PRR_COL_SCORE },
	{ "bewertung", PRR_COL_SCORE }, { "评分", PRR_COL_SCORE },
	{ "得分", PRR_COL_SCORE }, { "スコア", PRR_COL_SCORE },
	{ "評価", PRR_COL_SCORE },
	{ "weight", PRR_COL_WEIGHT }, { "peso", PRR_COL_WEIGHT },
	{ "poids", PRR_COL_WEIGHT }, { "gewicht", PRR_COL_WEIGHT },
	{ "points", PRR_COL_POINTS }, { "pts", PRR_COL_POINTS },
	{ "sp", PRR_COL_POINTS },
	{ "evidence", PRR_COL_EVIDENCE }, { "proof", PRR_COL_EVIDENCE },
	{ "evidência", PRR_COL_EVIDENCE }, { "evidencia", PRR_COL_EVIDENCE },
	{ "preuve", PRR_COL_EVIDENCE }, { "nachweis", PRR_COL_EVIDENCE },
	{ "证据", PRR_COL_EVIDENCE }, { "証拠", PRR_COL_EVIDENCE },
	{ "severity", PRR_COL_SEVERITY }, { "priority", PRR_COL_SEVERITY },
	{ "severidad", PRR_COL_SEVERITY }, { "severidade", PRR_COL_SEVERITY },
	{ "sévérité", PRR_COL_SEVERITY }, { "gravité", PRR_COL_SEVERITY },
	{ "prioridad", PRR_COL_SEVERITY }, { "prioridade", PRR_COL_SEVERITY },
	{ "priorité", PRR_COL_SEVERITY }, { "priorität", PRR_COL_SEVERITY },
	{ "schweregrad", PRR_COL_SEVERITY }, { "严重", PRR_COL_SEVERITY },
	{ "優先度", PRR_COL_SEVERITY }, { "重要度", PRR_COL_SEVERITY },
	{ "impact", PRR_COL_IMPACT }, { "impacto", PRR_COL_IMPACT },
	{ "影響度", PRR_COL_IMPACT }, { "影响", PRR_COL_IMPACT },
	{ "note", PRR_COL_NOTES }, { "notes", PRR_COL_NOTES },
	{ "notas", PRR_COL_NOTES }, { "comment", PRR_COL_NOTES },
	{ "detail", PRR_COL_NOTES }, { "details", PRR_COL_NOTES },
	{ "détails", PRR_COL_NOTES }, { "detalhe", PRR_COL_NOTES },
	{ "description", PRR_COL_NOTES }, { "descripción", PRR_COL_NOTES },
	{ "descrição", PRR_COL_NOTES }, { "justification", PRR_COL_NOTES },
	{ "说明", PRR_COL_NOTES }, { "内容", PRR_COL_NOTES },
	{ "action", PRR_COL_ACTION }, { "remediation", PRR_COL_ACTION },
	{ "recommendation", PRR_COL_ACTION }, { "fix", PRR_COL_ACTION },
	{ "empfehlung", PRR_COL_ACTION }, { "resolution", PRR_COL_ACTION },
	{ "blocker", PRR_COL_BLOCKER }, { "blocked", PRR_COL_BLOCKER },
	{ "dependency", PRR_COL_BLOCKER }, { "阻塞", PRR_COL_BLOCKER },
	{ "owner", PRR_COL_OWNER }, { "assignee", PRR_COL_OWNER },
	{ "assigned to", PRR_COL_OWNER }, { "responsible", PRR_COL_OWNER },
	{ "responsable", PRR_COL_OWNER }, { "responsável", PRR_COL_OWNER },
	{ "eta", PRR_COL_ETA }, { "due", PRR_COL_ETA },
	{ "deadline", PRR_COL_ETA }, { "期限", PRR_COL_ETA },
	{ "mitigation", PRR_COL_MITIGATION }, { "mitigação", PRR_COL_MITIGATION },
	{ "mitigación", PRR_COL_MITIGATION },
	{ "effort", PRR_COL_EFFORT }, { "estimate", PRR_COL_EFFORT },
	{ "time", PRR_COL_EFFORT }, { "aufwand", PRR_COL_EFFORT },
	{ "esfuerzo", PRR_COL_EFFORT }, { "esforço", PRR_COL_EFFORT },
	{ "工数", PRR_COL_EFFORT },
	{ "question", PRR_COL_QUESTION }, { "pergunta", PRR_COL_QUESTION },
	{ "pregunta", PRR_COL_QUESTION },
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
	for (size_t i = 0; i < sizeof vocab / sizeof vocab[0]; i++)
		if (has_words(low, k, vocab[i].w))
			return vocab[i].c;
	/* "Critical?", "Silent fallback?": a yes/no question */
	while (k && low[k - 1] == ' ')
		k--;
	if (k && low[k - 1] == '?')
		return PRR_COL_QUESTION;
	return PRR_COL_OTHER;
}
