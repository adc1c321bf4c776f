/* rec_date_label.c - the labels that announce a date, the review's or
 * another day's, and dates of two readings; see rec_date.h. */
#include "prr/rec_date.h"
#include "prr/utf8.h"
#include "rec_words.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/*** Labels ***/

#define LABEL_MAX 96

/* Words that name another date; a label with one of them is not the
 * review's date.  Matched as whole words... */
static const char *const other_words[] = {
	"due", "end", "ends", "ended", "ending", "enddatum", "eta", "re",
	"fin", "fim", "ende", "live", "golive", "until", "kick", "by",
	"cutover", "ga", "freeze", "rollout", "eol", "window", "sunset",
};
/* ...and as word starts (they also begin compounds: "Startdatum"). */
static const char *const other_stems[] = {
	"next", "deadline", "target", "start", "expir", "launch", "releas",
	"first", "initial", "original",
	"kickoff", "plann", "schedul", "renew", "previous", "prior",
	"próxim", "proxim", "siguient", "prochain", "nächst", "naechst",
	"fällig", "faellig", "ablauf", "frist", "inici", "iníci", "début",
	"debut", "vencim", "prazo", "plazo", "límite", "limite", "échéan",
	"beginn", "anterior", "précéd", "vorherig", "upcoming", "estimat",
	"expect", "forecast", "previst", "prévu", "voraussicht", "geplant",
	/* a period ("Assessment period: 2026-04-01 to 2026-09-30") and the
	 * end of a service's life are other days than the review's */
	"period", "périod", "zeitraum", "deprecat", "retire", "decommission",
	/* next, again, deadline, launch: Swedish, Danish, Norwegian,
	 * Finnish, Czech, Ukrainian, Hungarian, Romanian, Indonesian,
	 * Greek, Hebrew, Arabic */
	"nästa", "senast", "næste", "neste", "lanser", "seuraav",
	"määräp", "příští", "další", "termín", "spušt", "наступн",
	"повторн", "термін", "запуск", "következ", "határid", "élesít",
	"următo", "termen", "lansar", "berikut", "tenggat", "pelunc",
	"ulang", "επόμεν", "προθεσμ", "έναρξ", "הבא", "יעד", "التالي",
	"موعد", "إطلاق",
};
/* The same in CJK, where words are not spaced: substrings. */
static const char *const other_cjk[] = {
	"下次", "下一次", "截止", "期限", "次回", "开始", "開始", "结束",
	"終了", "到期", "预计", "予定", "上次", "前回", "计划", "計画",
	"目标", "目標",
	/* Thai, also unspaced: next, deadline */
	"ครั้งถัดไป", "กำหนด",
};

/* Words of an event of its own, a test or a step towards launch, whose
 * day a label alone near the top gives ("Pen test: 2026-04-27"); not in
 * other_words, as checks are named so too ("| Rollback | DONE |"). */
static const char *const event_words[] = {
	"test", "pentest", "canary", "rehearsal", "drill", "gameday",
	"submission", "store", "failover", "rollback", "migration",
};
/* Whole labels with no date word that still give the review's date... */
static const char *const strong_labels[] = {
	"assessed", "audited", "reviewed", "verified", "evaluated",
	"audit completed", "review completed", "assessment completed",
	"last reviewed", "last assessed", "last audited",
	"last verified", "as of", "report issued", "report delivered",
	"issued", "delivered", "signed off", "review signed off", "stand",
	/* the review's meeting: "**Meeting:** 2026-05-19, 14:00–14:50" */
	"meeting", "review meeting", "reunión", "reunião", "réunion",
	"besprechung", "sitzung", "vergadering",
	"revisado", "avaliado",
	"auditado", "evaluado", "geprüft", "évalué", "audité", "검토일",
	"검토 일자", "평가일",
};
/* ...or may give it (a document's dates, when nothing says more). */
static const char *const weak_labels[] = {
	/* an edit's day: the review's only where no label names it */
	"last updated", "last update", "última atualização", "ultima atualizacao",
	"atualizado", "última actualización", "ultima actualizacion",
	"actualizado", "aktualisiert", "zuletzt aktualisiert",
	"mis à jour", "dernière mise à jour", "最終更新", "更新", "最后更新",
	"更新于", "更新時間", "更新时间",
	"updated", "generated", "created", "modified", "last modified",
	"prepared", "written", "published", "completed", "report generated",
	"timestamp", "作成", "生成", "生成时间", "创建时间", "创建于",
	"生成于", "작성일",
	/* Korean: last updated, updated, last modified */
	"최종 업데이트", "최종 업데이트일", "업데이트", "업데이트일", "최종 수정",
	"최종 수정일", "수정일",
	/* Chinese in its traditional script: last updated */
	"最後更新",
};
/* A last word saying it was done: "Readiness assessment performed",
 * "Review held"; the review's date where the label names a review. */
static const char *const done_words[] = { "performed", "conducted", "held",
					  "done", "finished", "completed" };
static rec_vocab done_words_v = REC_VOCAB(done_words);
/* A last word saying when: "Updated on", "Atualizado em". */
static const char *const when_words[] = { "on", "at", "em", "el", "le",
					  "am" };

/* Words for "date".  "date", "fecha", "data", "datum" lead in the Romance
 * languages ("Data da avaliação"); "date" and "-datum" end in English and
 * German ("Review Date", "Prüfdatum"). */
static const char *const date_first[] = {
	"date", "fecha", "data", "datum", "дата", "tarih", "tarihi", "dato",
	"dátum",
	"päivämäärä", "tanggal", "ημερομηνία", "תאריך", "التاريخ", "تاريخ",
};
/* ...and in the scripts without spaces, CJK and Thai. */
static const char *const date_cjk[] = { "日期", "日付", "날짜", "일자",
					"วันที่" };
/* What may follow a leading date word: "Date of review", "Fecha de". */
static const char *const date_links[] = { "of", "de", "da", "do", "del",
					  "du", "der", "des", "della" };

/* Word starts that make a date the review's: "Review Date". */
static const char *const review_stems[] = {
	"review", "assess", "audit", "verif", "evalua", "évalua", "decision",
	"décision", "report", "prr", "inspect", "sign", "approv", "revis",
	"avalia", "prüf", "pruef", "bewert", "überprüf", "ueberpruef",
	"begutacht", "rapport", "relatóri", "informe", "bericht",
	"check", "readiness", "updat", "atualiza", "actualiza",
	/* a review again: "Re-review date", "Data da reavaliação" */
	"re-review", "rereview", "reassess", "re-assess", "reaudit",
	"re-audit", "reavalia", "reevalua", "réévalua",
	"aktualisier", "crea", "cria", "créa", "erstell",
	/* Swedish, Danish, Norwegian, Finnish, Czech, Ukrainian, Hungarian,
	 * Indonesian, Greek, Hebrew, Arabic */
	"gransk", "gennemg", "gjennomg", "katselm", "arvio", "posouz",
	"hodnoc", "огляд", "перевір", "felülvizsg", "értékel", "tinjau",
	"αναθεώρ", "αξιολόγ", "סקיר", "הסקיר", "مراجع", "المراجع",
	/* Turkish, Polish */
	"değerlendir", "incele", "przegląd", "ocen",
};
static const char *const review_cjk[] = {
	"评估", "审查", "评审", "审核", "审计", "审阅", "審査", "評価",
	"監査", "检查", "验证", "报告", "報告", "创建", "作成", "更新",
	"决定", "決定", "開催", "実施", "会議", "召開", "举行", "舉行",
	"ทบทวน", "ประเมิน", /* Thai */
};

/* The word lists of labels, indexed by first byte (gen/rec_words.h): a
 * label is compared only with the entries that begin as its word does. */
static rec_vocab other_words_v = REC_VOCAB(other_words);
static rec_vocab other_stems_v = REC_VOCAB(other_stems);
static rec_vocab other_cjk_v = REC_VOCAB(other_cjk);
static rec_vocab event_words_v = REC_VOCAB(event_words);
static rec_vocab strong_labels_v = REC_VOCAB(strong_labels);
static rec_vocab weak_labels_v = REC_VOCAB(weak_labels);
static rec_vocab when_words_v = REC_VOCAB(when_words);
static rec_vocab date_first_v = REC_VOCAB(date_first);
static rec_vocab date_cjk_v = REC_VOCAB(date_cjk);
static rec_vocab date_links_v = REC_VOCAB(date_links);
static rec_vocab review_stems_v = REC_VOCAB(review_stems);
static rec_vocab review_cjk_v = REC_VOCAB(review_cjk);

/* `w` begins with an entry of `v`. */
static bool has_stem(const char *w, rec_vocab *v)
{
	size_t count;
	const rec_entry *e = rec_vocab_of(v, (unsigned char)w[0], &count);
	for (size_t k = 0; k < count; k++) {
		const char *stem = rec_vocab_word(v, e[k]);
		if (strncmp(w, stem, strlen(stem)) == 0)
			return true;
	}
	return false;
}

/* An entry of `v` occurs in `s`. */
static bool has_part(const char *s, rec_vocab *v)
{
	for (; *s; s++)
		if (has_stem(s, v))
			return true;
	return false;
}

/* Bytes trimmed around a label: spaces, '*', '_', '#', '|', ':', and the
 * full-width colon U+FF1A. */
static size_t trim_len(const unsigned char *p, size_t n, bool at_end)
{
	size_t k = 0;
	while (k < n) {
		unsigned char b = at_end ? p[n - 1 - k] : p[k];
		if (b && strchr(" \t*_#|:", b))
			k++;
		else if (n - k >= 3 &&
			 memcmp(at_end ? p + n - k - 3 : p + k, "：", 3) == 0)
			k += 3;
		else
			break;
	}
	return k;
}

/* The label folded into out[LABEL_MAX]: lower case (rec_fold_cp),
 * '-', '_' and runs of spaces as one space, ’ as ', a parenthesis at the
 * end cut off.  Returns false when it does not fit. */
static bool fold_label(const char *s, size_t n, char *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t lead = trim_len(p, n, false);
	p += lead, n -= lead;
	n -= trim_len(p, n, true);
	size_t k = 0;
	for (size_t i = 0; i < n && p[i] != '('; i++) {
		if (k + 2 > LABEL_MAX)
			return false;
		if (p[i] && strchr(" \t-_", p[i])) {
			if (k && out[k - 1] != ' ')
				out[k++] = ' ';
		} else if (i + 2 < n && memcmp(p + i, "’", 3) == 0) {
			out[k++] = '\'';
			i += 2;
		} else {
			/* a letter in lower case (a byte not UTF-8 as it is) */
			uint32_t cp;
			int len = prr_utf8_decode(p + i, n - i, &cp);
			if (len <= 0) {
				out[k++] = (char)p[i];
				continue;
			}
			char low[4];
			int lw = prr_utf8_encode(rec_fold_cp(cp), low);
			if (k + (size_t)lw + 1 > LABEL_MAX)
				return false;
			memcpy(out + k, low, (size_t)lw);
			k += (size_t)lw;
			i += (size_t)len - 1;
		}
	}
	while (k && out[k - 1] == ' ')
		k--;
	out[k] = 0;
	return true;
}

/* Splits `s` in place at its spaces; returns the number of words. */
static size_t split_words(char *s, char **words, size_t max)
{
	size_t count = 0;
	char *rest;
	for (char *w = strtok_r(s, " ", &rest); w && count < max;
	     w = strtok_r(NULL, " ", &rest))
		words[count++] = w;
	return count;
}

/* A word without the elision of "l'audit", "d'évaluation". */
static const char *unelided(const char *w)
{
	return (w[0] == 'l' || w[0] == 'd') && w[1] == '\'' ? w + 2 : w;
}

static bool names_other_date(const char *label, char **words, size_t count)
{
	for (size_t k = 0; k < count; k++) {
		const char *w = unelided(words[k]);
		if (rec_list_find(&other_words_v, w, NULL) ||
		    has_stem(w, &other_stems_v))
			return true;
	}
	return has_part(label, &other_cjk_v);
}

/* A label folded (fold_label) and split into its words. */
typedef struct folded {
	char label[LABEL_MAX], split[LABEL_MAX], *words[LABEL_MAX / 2];
	size_t count;
} folded;

static bool fold_words(const char *s, size_t n, folded *f)
{
	if (!fold_label(s, n, f->label) || !f->label[0])
		return false;
	memcpy(f->split, f->label, sizeof f->label);
	f->count = split_words(f->split, f->words, COUNT(f->words));
	return true;
}

bool prr_rec_date_other(const char *s, size_t n)
{
	folded f;
	return fold_words(s, n, &f) && names_other_date(f.label, f.words, f.count);
}

bool prr_rec_date_event(const char *s, size_t n)
{
	folded f;
	if (!fold_words(s, n, &f))
		return false;
	for (size_t k = 0; k < f.count; k++) {
		char *w = f.words[k], *e = w + strlen(w);
		while (e > w && strchr(":,.;*_", e[-1]))
			*--e = 0; /* "Canary: Mon 27 April 2026" */
		if (rec_list_find(&event_words_v, w, NULL))
			return true;
	}
	return false;
}

/* Does the label say "date": "Date", "Date of …", "Review Date",
 * "Prüfdatum", "评估日期", "作成日"? */
static bool says_date(const char *label, char **words, size_t count)
{
	if (count && rec_list_find(&date_first_v, words[0], NULL) &&
	    (count == 1 || rec_list_find(&date_links_v, words[1], NULL) ||
	     strncmp(words[1], "d'", 2) == 0 ||
	     has_stem(words[1], &review_stems_v)))
		return true;
	if (count) {
		const char *last = words[count - 1];
		size_t len = strlen(last);
		/* (and Turkish "Değerlendirme tarihi", Polish "Data
		 * przeglądu" leads as the Romance languages do) */
		if (strcmp(last, "date") == 0 || strcmp(last, "tarihi") == 0 ||
		    (len > 5 && strcmp(last + len - 5, "datum") == 0))
			return true;
	}
	size_t len = strlen(label);
	bool ends_day = len >= 3 && strcmp(label + len - 3, "日") == 0;
	return has_part(label, &date_cjk_v) ||
	       (ends_day && has_part(label, &review_cjk_v));
}

static bool says_review(const char *label, char **words, size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (has_stem(unelided(words[k]), &review_stems_v))
			return true;
	return has_part(label, &review_cjk_v);
}

/* Word starts that name the review in a heading's words ("Readiness
 * review", "Go/no-go", "Audit 3"); fewer than a label's (review_stems):
 * "## Checkout flow", "## Reporting" name parts. */
static const char *const heading_stems[] = {
	"review", "re-review", "rereview", "readiness", "prr", "assess",
	"reassess", "audit", "go/no", "evalua", "évalua", "avalia", "revis",
	"revue", "prüf", "pruef", "bewert", "überprüf", "decision", "décision",
	"verdict",
};
static rec_vocab heading_stems_v = REC_VOCAB(heading_stems);

/* Whether words[0..count) name the review (heading_stems). */
static bool names_review(const char *label, char **words, size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (has_stem(unelided(words[k]), &heading_stems_v))
			return true;
	return has_part(label, &review_cjk_v);
}

/* The last word of a label of a meeting or a call: "Readiness call",
 * "PRR meeting", "Go/no-go session" are the review's. */
static const char *const meeting_words[] = { "call", "meeting", "session",
	"réunion", "reunión", "reunião", "besprechung", "sitzung" };
static rec_vocab meeting_words_v = REC_VOCAB(meeting_words);

/* prr_rec_date_label of a label folded and split. */
static int label_of(folded *f)
{
	char *label = f->label, **words = f->words;
	size_t count = f->count;
	/* "Re-review held": done, so this one's ("re" alone names another) */
	bool done = count > 1 && rec_list_find(&done_words_v, words[count - 1], NULL) &&
		    says_review(label, words, count - 1);
	if (done && !(count > 2 && names_other_date(label, words + 1, count - 2)))
		return PRR_DATE_LABEL_STRONG;
	/* the day a status is of: "Status as of", "Week ending" (not an
	 * event that ends) */
	if ((count > 2 && strcmp(words[count - 2], "as") == 0 &&
	     (strcmp(words[count - 1], "of") == 0 || strcmp(words[count - 1], "at") == 0)) ||
	    strcmp(label, "week ending") == 0 || strcmp(label, "week ended") == 0)
		return PRR_DATE_LABEL_STRONG;
	if (names_other_date(label, words, count))
		return PRR_DATE_LABEL_NO;
	/* "Readiness call", "PRR meeting": the review's meeting */
	if (count > 1 && rec_list_find(&meeting_words_v, words[count - 1], NULL) &&
	    names_review(label, words, count - 1))
		return PRR_DATE_LABEL_STRONG;
	if (count > 1 && rec_list_find(&when_words_v, words[count - 1], NULL)) {
		count--; /* "updated on" is "updated" */
		label[strlen(label) - strlen(words[count]) - 1] = 0;
	}
	if (rec_list_find(&strong_labels_v, label, NULL))
		return PRR_DATE_LABEL_STRONG;
	if (rec_list_find(&weak_labels_v, label, NULL))
		return PRR_DATE_LABEL_WEAK;
	if (!says_date(label, words, count))
		return PRR_DATE_LABEL_NO;
	if (rec_list_find(&date_first_v, label, NULL) ||
	    rec_list_find(&date_cjk_v, label, NULL))
		return PRR_DATE_LABEL_STRONG; /* "Date" alone */
	return says_review(label, words, count) ? PRR_DATE_LABEL_STRONG
						: PRR_DATE_LABEL_WEAK;
}

int prr_rec_date_label(const char *s, size_t n)
{
	folded f;
	return fold_words(s, n, &f) ? label_of(&f) : PRR_DATE_LABEL_NO;
}

int prr_rec_date_label_again(const char *s, size_t n)
{
	folded f;
	if (!fold_words(s, n, &f))
		return PRR_DATE_LABEL_NO;
	/* "date of re review" is "date of rereview": its "re" no other day */
	char *l = f.label;
	for (size_t i = 0; l[i]; i++)
		if ((i == 0 || l[i - 1] == ' ') && strncmp(l + i, "re ", 3) == 0)
			memmove(l + i + 2, l + i + 3, strlen(l + i + 3) + 1);
	memcpy(f.split, f.label, sizeof f.label);
	f.count = split_words(f.split, f.words, COUNT(f.words));
	return label_of(&f);
}

bool prr_rec_date_names_review(const char *s, size_t n)
{
	folded f;
	if (prr_rec_date_label(s, n) > 0)
		return true;
	return fold_words(s, n, &f) && !names_other_date(f.label, f.words, f.count) &&
	       names_review(f.label, f.words, f.count);
}

/* The number of one or two digits at s[i], its end in *end; -1 if none. */
static int small_number(const char *s, size_t n, size_t i, size_t *end)
{
	size_t j = i;
	int v = 0;
	while (j < n && j - i < 3 && s[j] >= '0' && s[j] <= '9')
		v = v * 10 + (s[j++] - '0');
	*end = j;
	return j > i && j - i <= 2 ? v : -1;
}

bool prr_rec_date_ambiguous(const char *s, size_t n, size_t *at, size_t *len)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9' ||
		    (i && ((s[i - 1] >= '0' && s[i - 1] <= '9') ||
			   s[i - 1] == '.' || s[i - 1] == '/')))
			continue;
		size_t e1, e2;
		int a = small_number(s, n, i, &e1);
		if (a < 1 || e1 >= n || s[e1] != '/') /* dots: day first */
			continue;
		char sep = s[e1];
		int b = small_number(s, n, e1 + 1, &e2);
		if (b < 1 || e2 + 5 > n || s[e2] != sep)
			continue;
		size_t y = e2 + 1, k = 0;
		while (y + k < n && s[y + k] >= '0' && s[y + k] <= '9')
			k++;
		/* "06/03/2026.1" continues a number; "… 1/2/2026." ends */
		bool glued = y + k + 1 < n && (s[y + k] == '.' || s[y + k] == '/') &&
			     s[y + k + 1] >= '0' && s[y + k + 1] <= '9';
		if (k != 4 || glued || a > 12 || b > 12 || a == b)
			continue;
		*at = i;
		*len = y + k - i;
		return true;
	}
	return false;
}

/*** Days of the week ***/

/* Days of the week, Monday 0: English (and its abbreviations), German,
 * French, Spanish, Italian, Dutch. */
static const rec_class weekdays[] = {
	{ 0, REC_WORDS("monday", "mon", "montag", "lundi", "lunes", "lunedì",
		       "maandag") },
	{ 1, REC_WORDS("tuesday", "tue", "tues", "dienstag", "mardi", "martes",
		       "martedì", "dinsdag") },
	{ 2, REC_WORDS("wednesday", "wed", "mittwoch", "mercredi", "miércoles",
		       "mercoledì", "woensdag") },
	{ 3, REC_WORDS("thursday", "thu", "thur", "thurs", "donnerstag", "jeudi",
		       "jueves", "giovedì", "donderdag") },
	{ 4, REC_WORDS("friday", "fri", "freitag", "vendredi", "viernes",
		       "venerdì", "vrijdag") },
	{ 5, REC_WORDS("saturday", "sat", "samstag", "samedi", "sábado",
		       "sabato", "zaterdag") },
	{ 6, REC_WORDS("sunday", "sun", "sonntag", "dimanche", "domingo",
		       "domenica", "zondag") },
};
static rec_vocab weekdays_v = REC_VOCAB_CLASSES(weekdays);

int rec_weekday_before(const char *s, size_t n, size_t i)
{
	size_t e = i, k;
	while (e && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == '.'))
		e--; /* "Fri 03/04/2026", "Fri., 03/04/2026" */
	size_t b = rec_word_start(s, n, e);
	if (b >= e || rec_list_at(&weekdays_v, s, n, b, 0, &k) != e - b)
		return -1;
	return rec_vocab_value(&weekdays_v, k);
}

int rec_weekday(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
	if (m < 3)
		y--;
	/* Sakamoto's method counts from Sunday */
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d + 6) % 7;
}
