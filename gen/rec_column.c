/* rec_column.c - a table column's role from its header words; see rec_column.h. */
#include "prr/rec_column.h"
#include "rec_words.h"

#include <stdbool.h>
#include <string.h>

/*
 * The vocabulary, phrases before the words inside them: the first entry
 * found whole in the header decides.  Lower case; letters of other
 * languages as their lower-case UTF-8.  Chinese, Japanese and Thai
 * entries match anywhere (those scripts do not separate words).  After
 * English and the languages first read come, in each row where they
 * have words, Swedish, Danish, Norwegian, Finnish, Czech, Ukrainian,
 * Hebrew, Indonesian, Hungarian, Romanian, Arabic, Greek and Thai.
 */
static const rec_class vocab[] = {
	/* phrases whose head is not their first word */
	{ PRR_COL_POINTS, REC_WORDS("story points", "story point") },
	{ PRR_COL_STORY, REC_WORDS("user story", "us id") },
	{ PRR_COL_ACTION, REC_WORDS("next step", "next steps", "action item",
				    "action items") },
	{ PRR_COL_ETA,
	  REC_WORDS("due date", "target date", "tenggat waktu", "batas waktu",
		    "תאריך יעד", "מועד יעד", "termen limită",
		    "الموعد النهائي") },
	{ PRR_COL_STATUS, REC_WORDS("pass/fail", "go/no-go") },
	{ PRR_COL_BLOCKER,
	  REC_WORDS("must fix", "must-fix", "blocks launch", "launch blocker",
		    "blocks") },
	{ PRR_COL_OWNER,
	  REC_WORDS("penanggung jawab", "odpovědná osoba") },
	/* "Notas" are notes; "Nota" (Spanish, Portuguese) a grade, below */
	{ PRR_COL_NOTES, REC_WORDS("notas") },
	{ PRR_COL_OTHER,
	  REC_WORDS("test coverage", "lines of code", "weighted score",
		    "base score", "evidence count", "issue type") },
	{ PRR_COL_ID, REC_WORDS("issue key", "issue id") },
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
		    "修复前", "was", "then", "previously", "status at",
		    "status then", "last review", "initial status") },
	{ PRR_COL_AFTER,
	  REC_WORDS("after", "depois", "après", "nachher", "now", "修复后",
		    "status now", "today", "ahora", "agora", "jetzt",
		    "maintenant", "retest", "re-test", "retest status") },
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
				"nº", "№", "tunnus", "מזהה", "azonosító",
				"المعرف", "κωδικός", "รหัส", "mã", "código",
				"kod", "код", "番号", "编号", "번호", "réf.", "réf",
				"ref.", "ref") },
	/* what a row is */
	{ PRR_COL_NAME,
	  REC_WORDS("component", "componente", "composant", "komponente",
		    "module", "módulo", "modul", "service", "serviço",
		    "application", "aplicación", "aplicação", "anwendung",
		    "servicio", "subsystem", "system", "模块", "组件",
		    "コンポーネント", "モジュール", "komponent", "tjänst",
		    "tjeneste", "komponentti", "palvelu", "komponenta",
		    "služba", "компонент", "сервіс", "служба", "רכיב",
		    "שירות", "komponen", "layanan", "komponens",
		    "szolgáltatás", "componentă", "componenta", "serviciu",
		    "المكون", "الخدمة", "υπηρεσία", "ส่วนประกอบ",
		    "บริการ",
		    /* Dutch, Polish, Italian */
		    "onderdeel", "componenten", "dienst", "komponenty",
		    "usługa", "componenti", "servizio") },
	{ PRR_COL_CATEGORY,
	  REC_WORDS("category", "categoria", "categoría", "catégorie",
		    "kategorie", "check", "control", "gate", "prüfung",
		    "prüfpunkt", "testfall", "verificación",
		    "verificação", "vérification", "controllo", "类别",
		    /* a check, a point of view: Chinese, Japanese */
		    "检查项", "観点",
		    "カテゴリ", "kategori", "kategoria", "категорія",
		    "קטגוריה", "kategória", "categorie", "الفئة",
		    "κατηγορία", "หมวด") },
	{ PRR_COL_DIMENSION,
	  REC_WORDS("dimension", "aspect", "pillar", "domain", "domaine",
		    "dominio") },
	/* an area is assessed, as a category is: "Validation Area | Status" */
	{ PRR_COL_CATEGORY,
	  REC_WORDS("área", "area", "workstream", "bereich", "rubro", "slo", "objective",
		    "område", "osa-alue", "oblast",
		    "область", "сфера", "תחום", "terület", "domeniu",
		    "المجال", "τομέας") },
	{ PRR_COL_ITEM,
	  REC_WORDS("item", "criterion", "criteria", "requirement", "req",
		    "task", "tâche", "tarea", "tarefa", "feature", "項目",
		    "功能", "kriterium", "uppgift", "opgave", "oppgave",
		    "kriteeri", "tehtävä", "úkol", "критерій", "завдання",
		    "משימה", "kriteria", "tugas", "kritérium", "feladat",
		    "criteriu", "sarcină", "المهمة", "κριτήριο", "εργασία",
		    "เกณฑ์",
		    /* Portuguese, Spanish, Italian, French */
		    "critério", "criterio", "critère") },
	{ PRR_COL_STORY, REC_WORDS("story", "stories") },
	{ PRR_COL_RISK,
	  REC_WORDS("risk", "risque", "riesgo", "risco", "risiko", "风险",
		    "リスク", "riski", "riziko", "ризик", "סיכון", "kockázat",
		    "risc", "الخطر", "κίνδυνος", "ความเสี่ยง") },
	{ PRR_COL_GAP,
	  REC_WORDS("gap", "issue", "problem", "problème", "problema",
		    /* a POA&M's "Weakness"; a tracker's "Defect", "Bug" */
		    "weakness", "defect", "bug",
		    "finding", "hallazgo", "befund", "问题", "課題",
		    "負債項目", "fynd", "avvikelse", "funn", "havainto",
		    "nález", "знахідка", "проблема", "ממצא", "temuan",
		    "megállapítás", "hiányosság", "constatare", "problemă",
		    "الملاحظة", "المشكلة", "εύρημα", "ประเด็น") },
	{ PRR_COL_METRIC,
	  REC_WORDS("metric", "métrica", "métrique", "metrik", "measure", "kpi",
		    "指标", "指標") },
	/* what a row says of it */
	{ PRR_COL_STATUS,
	  REC_WORDS("status", "state", "result", "outcome", "overall", "estado", "état",
		    "ergebnis", "resultado", "résultat", "risultato",
		    "semáforo", "semaforo", "rag", "signal", "vote",
		    "状況", "状况",
		    "voto", "stimme", "ampel", "esito",
		    /* a traffic light: French, Dutch, English */
		    "feu", "stoplicht", "verkeerslicht", "traffic light",
		    "statut", "stato", "situação", "done", "状态", "状態",
		    "ステータス", "상태", "resultat", "tila", "tulos", "stav",
		    "výsledek", "статус", "стан", "результат", "סטטוס", "מצב",
		    "hasil", "állapot", "eredmény", "stare", "rezultat",
		    "الحالة", "النتيجة", "κατάσταση", "αποτέλεσμα",
		    "สถานะ") },
	/* "Met?", "Ready?": whether it holds, not a question to answer;
	 * "RAG": red, amber, green */
	{ PRR_COL_STATUS,
	  REC_WORDS("met", "ready", "rag", "cumplido", "atingido", "atteint",
		    "erfüllt", "signal", "go/no-go") },
	{ PRR_COL_SCORE,
	  REC_WORDS("score", "rating", "grade", "nota", "puntuación",
		    "pontuação", "bewertung", "评分", "得分", "スコア",
		    "評価", "puntaje", "cijfer", "ocena", "оценка", "оцінка",
		    "評分", "điểm", "punteggio", "점수", "skor", "nilai") },
	{ PRR_COL_WEIGHT, REC_WORDS("weight", "peso", "poids", "gewicht") },
	{ PRR_COL_POINTS, REC_WORDS("points", "pts", "sp") },
	{ PRR_COL_EVIDENCE,
	  REC_WORDS("evidence", "proof", "evidência", "evidencia", "preuve",
		    "nachweis", "证据", "証拠") },
	{ PRR_COL_SEVERITY,
	  REC_WORDS("severity", "priority", "severidad", "severidade",
		    "sévérité", "gravité", "gravidade", "gravedad", "prioridad",
		    "prioridade",
		    "priorité", "priorität", "schweregrad", "schwere",
		    "ciddiyet", "严重", "優先度", "criticality", "criticidade",
		    "criticidad", "criticité", "criticità",
		    "重要度", "重大度", "深刻度", "gravità", "심각도", "중요도",
		    "ernst", "критичность", "серьёзность", "важность", "önem",
		    "waga", "priorytet", "ważność", "krytyczność", "mức độ", "sev", "allvarlighetsgrad",
		    "prioritet", "alvorlighed", "alvorlighetsgrad", "vakavuus",
		    "prioriteetti", "závažnost", "priorita", "серйозність",
		    "критичність", "пріоритет", "חומרה", "עדיפות",
		    "keparahan", "prioritas", "súlyosság", "prioritás",
		    "severitate", "prioritate", "الخطورة", "الأولوية",
		    "σοβαρότητα", "προτεραιότητα", "ความรุนแรง") },
	{ PRR_COL_IMPACT, REC_WORDS("impact", "impacto", "影響度", "影响") },
	{ PRR_COL_NOTES,
	  REC_WORDS("note", "notes", "notas", "comment", "detail", "details",
		    "anmerkung", "anmerkungen", "bemerkung", "bemerkungen",
		    "kommentar", "commentaire", "commentaires", "remarque",
		    "remarques", "observación", "observação", "comentario",
		    "comentário",
		    "détails", "detalhe", "description", "descripción",
		    "descrição", "justification", "说明", "内容",
		    "anmärkning", "kommentarer", "beskrivning", "bemærkning",
		    "merknad", "beskrivelse", "huomiot", "huomio", "kuvaus",
		    "poznámka", "popis", "примітка", "примітки", "опис",
		    "הערות", "תיאור", "catatan", "keterangan", "deskripsi",
		    "megjegyzés", "leírás", "observații", "descriere",
		    "ملاحظات", "الوصف", "σχόλια", "περιγραφή", "หมายเหตุ",
		    "รายละเอียด") },
	{ PRR_COL_ACTION,
	  REC_WORDS("action", "remediation", "recommendation", "fix",
		    "empfehlung", "maßnahme", "maßnahmen", "resolution", "åtgärd", "tiltak",
		    "toimenpide", "opatření", "захід", "дія", "פעולה",
		    "tindakan", "intézkedés", "acțiune", "الإجراء",
		    "ενέργεια") },
	{ PRR_COL_BLOCKER,
	  REC_WORDS("blocker", "blocked", "blocking", "gating", "bloqueante",
		    "bloquant", "bloquante", "blockierend", "blockiert", "bloccante", "dependency", "阻塞",
		    /* Japanese "リリース阻害": blocks release */
		    "阻害",
		    "ブロッカー", "차단", "blokkerend", "блокирующее",
		    "блокирует", "blokujące", "engelleyici", "chặn",
		    "blockerande", "blokerende", "blokkerende", "estävä",
		    "blokující", "blokuje", "блокує", "блокер", "חוסם",
		    "memblokir", "pemblokir", "blokkoló", "blocant", "مانع",
		    "εμποδίζει", "อุปสรรค") },
	{ PRR_COL_OWNER,
	  REC_WORDS("owner", "assignee", "assigned to", "responsible",
		    "responsable", "responsável", "ansvarig", "ansvarlig",
		    "vastuuhenkilö", "vastuu", "omistaja", "vlastník",
		    "відповідальний", "власник", "אחראי", "בעלים", "pemilik",
		    "felelős", "tulajdonos", "responsabil", "proprietar",
		    "المسؤول", "المالك", "υπεύθυνος", "ผู้รับผิดชอบ") },
	{ PRR_COL_ETA,
	  REC_WORDS("eta", "due", "deadline", "期限", "förfallodatum",
		    "senast", "frist", "tidsfrist", "määräpäivä", "takaraja",
		    "termín", "термін", "дедлайн", "tenggat", "határidő",
		    "termen", "الموعد", "προθεσμία", "กำหนดเสร็จ",
		    "กำหนดส่ง", "prazo", "plazo", "échéance", "echeance",
		    "scadenza", "termijn", "termin", "予定日", "期日", "截止日期") },
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

/* `h` in lower case (rec_fold_cp) into `out` (at most `cap` - 1 bytes),
 * code spans as spaces. */
static size_t lower_into(char *out, size_t cap, const char *h, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k + 1 < cap;) {
		unsigned char c = (unsigned char)h[i];
		/* a code span names a file or a key, it holds no header word:
		 * "Backups (`ops/RESTORE_RESULTS.json`)" is no Result column */
		const char *close = c == '`' ? memchr(h + i + 1, '`', n - i - 1)
					    : NULL;
		if (close) {
			i = (size_t)(close - h) + 1;
			out[k++] = ' ';
			continue;
		}
		if (c < 0x80) { /* most bytes: no decoding */
			out[k++] = (char)(rec_is_upper(c) ? c + 32 : c);
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = rec_cp_at(h, n, i, &cp);
		/* a full-width letter, digit or sign as its ASCII one: "ＩＤ"
		 * is "ID", as CJK text writes Latin words */
		if (cp >= 0xFF01 && cp <= 0xFF5E) {
			unsigned char a = (unsigned char)(cp - 0xFEE0);
			out[k++] = (char)(rec_is_upper(a) ? a + 32 : a);
			i += len;
			continue;
		}
		char low[4];
		size_t lw = cp == 0xFFFD ? 1 : (size_t)prr_utf8_encode(rec_fold_cp(cp), low);
		if (k + lw >= cap)
			break;
		if (cp == 0xFFFD)
			memcpy(out + k, h + i, 1); /* not UTF-8: the byte */
		else
			memcpy(out + k, low, lw);
		k += lw;
		i += cp == 0xFFFD ? 1 : len;
	}
	out[k] = 0;
	return k;
}

/* Whether `w` occurs in `s` as whole words (plural 's' allowed); CJK
 * and Thai entries anywhere. */
static bool has_words(const char *s, size_t n, const char *w)
{
	size_t wn = strlen(w);
	uint32_t first;
	rec_cp_at(w, wn, 0, &first);
	bool cjk = (unsigned char)w[0] >= 0xE3 || rec_is_unspaced(first);
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
