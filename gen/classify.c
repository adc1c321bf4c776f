/* classify.c - status words and marks; see import.h (numbers: classify_num.c). */
#include "prr/import.h"
#include "prr/utf8.h"
#include "rec_words.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/*** Status marks and words (README "Status words" lists the same) ***/

static const rec_mark status_marks[] = {
	{ 0x2705, PRR_PASS },    /* ✅ */
	{ 0x2714, PRR_PASS },    /* ✔ */
	{ 0x2713, PRR_PASS },    /* ✓ */
	{ 0x2611, PRR_PASS },    /* ☑ */
	{ 0x1F7E2, PRR_PASS },   /* 🟢 */
	{ 0x1F7E9, PRR_PASS },   /* 🟩 */
	{ 0x26A0, PRR_PARTIAL }, /* ⚠ */
	{ 0x1F7E1, PRR_PARTIAL }, /* 🟡 */
	{ 0x1F7E0, PRR_PARTIAL }, /* 🟠 */
	{ 0x1F7E8, PRR_PARTIAL }, /* 🟨 */
	{ 0x1F7E7, PRR_PARTIAL }, /* 🟧 */
	{ 0x274C, PRR_FAIL },    /* ❌ */
	{ 0x274E, PRR_FAIL },    /* ❎ */
	{ 0x2716, PRR_FAIL },    /* ✖ */
	{ 0x1F7E5, PRR_FAIL },   /* 🟥 */
	{ 0x2717, PRR_FAIL },    /* ✗ */
	{ 0x2718, PRR_FAIL },    /* ✘ */
	{ 0x26D4, PRR_FAIL },    /* ⛔ */
	{ 0x1F6AB, PRR_FAIL },   /* 🚫 */
	{ 0x1F534, PRR_FAIL },   /* 🔴 */
	{ 0x23F3, PRR_PENDING }, /* ⏳ */
	{ 0x231B, PRR_PENDING }, /* ⌛ */
	{ 0x1F6A7, PRR_PENDING }, /* 🚧 */
	{ 0x23F8, PRR_PENDING }, /* ⏸ */
	{ 0x1F504, PRR_PENDING }, /* 🔄 */
	{ 0x2610, PRR_PENDING }, /* ☐ */
	{ 0x1F532, PRR_PENDING }, /* 🔲, a box to tick ("Needs implementation") */
	{ 0x25FB, PRR_PENDING }, /* ◻, a box not yet ticked (⬜ is written for
				  * "not assessed" too: unread) */
	{ 0x2612, PRR_FAIL },    /* ☒ */
	{ 0x2796, PRR_NA },      /* ➖ */
};

/*
 * Status words and phrases of up to three words, in capitals, by the
 * status they give (README "Status words"): English first, then the
 * other languages' words of ASCII letters only.  The longest phrase found
 * wins ("NOT READY" over "NOT", "NO INICIADO" over "NO", "TIDAK LULUS"
 * over nothing).
 */
static const rec_class status_words[] = {
	{ PRR_PASS,
	  REC_WORDS("PASS", "PASSED", "PASSING", "DONE", "COMPLETE",
		    "COMPLETED", "READY", "HEALTHY", "OK", "YES", "GREEN",
		    "MET", "VERIFIED", "IMPLEMENTED", "SERVING", "APPROVED",
		    "SATISFIED", "SATISFACTORY", "ACHIEVED", "FIXED", "RESOLVED",
		    "EXCEEDS",
		    /* an approval said by what it lacks: "no objection"
		     * ("NO" alone is a fail) */
		    "NO OBJECTION", "NO OBJECTIONS", "NO CONCERNS",
		    "NO ISSUES",
		    "EXCEEDED", "VALIDATED", "ON TRACK", "EFFECTIVE", "CONFIRMED",
		    "ERLEDIGT", "BESTANDEN", "VERDE", "COMPLETO",
		    "COMPLETADO", "TERMINADO", "LISTO", "PRONTO", "FEITO",
		    "OUI", "SIM", "ATENDIDO", "HECHO", "BEHOBEN", "SUPPORTS", "XANH",
		    "APTO", "APTA", "CORRIGIDO", "CORRIGIDA", "CORREGIDO",
		    "CORREGIDA", "RESOLVIDO", "RESOLVIDA", "RESUELTO", "RESUELTA",
		    /* Dutch, Polish */
		    "GEREED", "VOLDAAN", "GOTOWY", "GOTOWE", "ZREALIZOWANE",
		    /* Danish, Norwegian, Swedish */
		    "GODKENDT", "OPFYLDT", "GODKJENT", "OPPFYLT", "I ORDEN",
		    "KLAR", "KLART",
		    /* Finnish, Czech, Hungarian, Romanian, Indonesian */
		    "KUNNOSSA", "VALMIS", "HOTOVO", "MEGFELELT", "RENDBEN",
		    "SIKERES", "TRECUT", "FINALIZAT", "APROBAT", "LULUS",
		    "SELESAI", "BERHASIL", "TERPENUHI",
		    /* a traffic light's green: French, Italian and
		     * Portuguese ("VERDE" above), Dutch, Polish */
		    "VERT", "GROEN", "ZIELONY",
		    /* approved, met: Portuguese, Spanish, Italian, French */
		    "APROVADO", "APROVADA", "APROBADO", "APROBADA",
		    "APPROVATO", "APPROVATA", "CONFORME", "ATTEINT", "ATTEINTE",
		    "CUMPRE", "CUMPLE",
		    /* passes, passed: Portuguese ("Passa geometricamente") */
		    "PASSA", "PASSOU") },
	{ PRR_PARTIAL,
	  REC_WORDS("PARTIAL", "PARTIALLY", "WARNING", "WARN", "AMBER",
		    "YELLOW", "DEGRADED", "CONDITIONAL", "CONDITIONAL PASS",
		    "CONDITIONALLY READY", "CONDITIONALLY APPROVED",
		    "READY WITH CONDITIONS", "READY WITH CAVEATS",
		    "APPROVED WITH CONDITIONS", "GO WITH CONDITIONS",
		    "NEEDS IMPROVEMENT", "NEEDS WORK", "PARTIALLY MET", "PARTLY",
		    "PARTLY MET", "AT RISK", "PARCIAL", "PARCIALMENTE", "PARTIEL",
		    "PARTIELLEMENT", "TEILWEISE", "PARZIALE", "AMARILLO",
		    "DEELS", "GEDEELTELIJK", "PARTIALLY SUPPORTS",
		    /* Swedish, Danish, Norwegian, Finnish, Indonesian */
		    "DELVIS", "DELVIST", "MANGLER DELVIS", "OSITTAIN",
		    "SEBAGIAN", "SEPARA",
		    /* a traffic light's amber: German, French, Italian,
		     * Portuguese, Dutch */
		    "GELB", "ORANGE", "GIALLO", "AMARELO", "ORANJE",
		    /* passes only (as, if …): Portuguese */
		    "PASSA APENAS") },
	{ PRR_FAIL,
	  REC_WORDS("NOT READY", "NOT FOUND", "NOT DONE", "NOT IMPLEMENTED",
		    "NOT MET", "NOT APPROVED", "UNSATISFACTORY", "FAIL", "FAILED", "FAILING", "MISSING",
		    "BLOCKED", "BROKEN", "RED", "NO", "GAPS FOUND",
		    "INCOMPLETE", "OFF TRACK", "DEFICIENT", "INEFFECTIVE", "REFUTED",
		    "BREACHING", "BREACHED", "VIOLATED", "ROJO",
		    "FALHA", "FALLA", "FALLIDO", "BLOQUEADO",
		    "FALTANDO", "FEHLT", "NAO ATENDIDO", "NO ATENDIDO", "KO",
		    "NO APTO", "NO APTA",
		    "DOES NOT SUPPORT",
		    "NIET GEREED", "NIET VOLDAAN", "NIEGOTOWY", "NIEGOTOWE",
		    /* Danish, Norwegian, Swedish */
		    "IKKE GODKENDT", "IKKE OPFYLDT", "IKKE GODKJENT",
		    "IKKE OPPFYLT", "IKKE KLAR", "FEJLET", "FEILET", "MANGLER",
		    "EJ KLAR", "INTE KLAR",
		    /* Finnish, Hungarian, Romanian, Indonesian */
		    "EI VALMIS", "NEM FELELT MEG", "SIKERTELEN", "PICAT",
		    "RESPINS", "GAGAL", "TIDAK LULUS", "BELUM SIAP",
		    "TIDAK TERPENUHI",
		    /* a traffic light's red: German, French, Italian,
		     * Portuguese, Dutch, Polish */
		    "ROT", "ROUGE", "ROSSO", "VERMELHO", "ROOD", "CZERWONY",
		    /* rejected, not met: Portuguese, Spanish, Italian, French */
		    "REPROVADO", "REPROVADA", "RECHAZADO", "RECHAZADA",
		    "RESPINTO", "RESPINTA", "NON CONFORME", "NON ATTEINT",
		    "NON ATTEINTE", "NO CUMPLE") },
	{ PRR_PENDING,
	  REC_WORDS("NOT STARTED", "NOT TESTED", "NOT YET ASSESSED",
		    "NOT YET REVIEWED", "NOT CHECKED",
		    /* (not shown to hold, nor to fail: "NOT VERIFIED") */
		    "NOT VERIFIED", "NOT YET VERIFIED", "UNVERIFIED",
		    "NOT DEMONSTRATED", "NOT YET DEMONSTRATED", "NO DEMOSTRADO",
		    "NO DEMOSTRADA",
		    "IN PROGRESS", "IN REVIEW",
		    "TO DO", "ON HOLD", "PENDING", "PLANNED", "WIP", "TODO",
		    "ONGOING", "SCHEDULED", "WAITING", "NOT EXECUTED", "NOT RUN",
		    "DEFERRED", "POSTPONED",
		    "PENDIENTE", "PENDENTE", "AUSSTEHEND", "OFFEN", "EN COURS",
		    "EN CURSO", "EN PROGRESO", "EM PROGRESSO", "EM ANDAMENTO",
		    "NO INICIADO", "SIN EMPEZAR", "SIN INICIAR", "EN ATTENTE", "TBD", "TBC", "IN ARBEIT",
		    "NOT EVALUATED",
		    "GEPLAND", "IN UITVOERING", "ZAPLANOWANY", "ZAPLANOWANE",
		    /* Danish, Norwegian, Swedish */
		    "IKKE TESTET", "IKKE STARTET", "I GANG", "AFVENTER",
		    "PLANLAGT", "UNDER ARBEID", "VENTER", "EJ TESTAD",
		    "EJ TESTAT", "INTE TESTAD", "PLANERAD",
		    /* Finnish, Hungarian, Romanian, Indonesian */
		    "EI TESTATTU", "EI ALOITETTU", "ALOITETTU", "KESKEN",
		    "ODOTTAA", "FOLYAMATBAN", "TERVEZETT", "NETESTAT",
		    "PLANIFICAT", "PROGRAMAT", "BELUM DIUJI", "BELUM MULAI",
		    "SEDANG DIKERJAKAN", "DALAM PROSES", "MENUNGGU",
		    "DIJADWALKAN",
		    /* planned: Italian, German, Portuguese, Spanish */
		    "PIANIFICATO", "PIANIFICATA", "GEPLANT", "PLANEADO",
		    "PLANEADA", "PLANEJADO", "PLANEJADA", "PLANIFICADO",
		    "PLANIFICADA") },
	/* (what a review says it did not assess is no work to do, nor a
	 * failure: "Not assessed"; "Not yet assessed" is to come) */
	{ PRR_NA,
	  REC_WORDS("NOT APPLICABLE", "N/A", "NA", "SKIPPED", "WAIVED",
		    "NOT ASSESSED",
		    "NO APLICA", "SANS OBJET", "NICHT ANWENDBAR",
		    /* Danish, Norwegian, Finnish, Romanian, Indonesian */
		    "IKKE RELEVANT", "IKKE AKTUELT", "EI SOVELLU",
		    "NEAPLICABIL", "TIDAK BERLAKU", "TIDAK RELEVAN") },
};

/*
 * Status words with letters beyond ASCII, in lower case ("concluído",
 * "échec", "已完成"): matched where a word starts, in any case (of the
 * letters rec_fold_cp folds); the first found decides ("não iniciado",
 * pending, is tried before "não").  Words of CJK, Hangul and Thai, whose
 * words are not spaced, are found anywhere.
 */
static const rec_class status_words_utf8[] = {
	/* negated first: "未通过" holds "通过", "不合格" holds "合格" */
	{ PRR_FAIL,
	  REC_WORDS("未通过", "不通过", "未通過", "不通過", "non superato",
		    "niespełnione", "niespełniony", "niespełniona",
		    "não cumpre",
		    "đỏ",
		    "não atendido", "não atendida", "не выполнено", "не выполнен",
		    "nicht erfüllt",
		    "não aprovado", "no aprobado", "nicht bestanden",
		    "не пройдено", "niezaliczone", "niezaliczony",
		    "không đạt", "gezakt", "kaldı",
		    /* Swedish, Danish, Norwegian */
		    "underkänd", "underkänt", "ej godkänd", "inte godkänd",
		    "ej uppfyllt", "misslyckad", "ikke bestået", "ikke bestått",
		    /* Finnish, Czech, Ukrainian, Hungarian, Romanian */
		    "ei täytä", "ei hyväksytty", "hylätty", "ei läpäisty",
		    "epäonnistui", "nesplněno", "nesplněn", "nevyhovuje",
		    "neprošlo", "selhalo", "neúspěšné", "není připraveno",
		    "nepřipraveno", "не виконано", "не готово", "провалено",
		    "nem teljesült", "neîndeplinit", "eșuat", "eşuat",
		    "nu este pregătit",
		    /* Greek, Hebrew, Arabic, Thai */
		    "απέτυχε", "αποτυχία", "δεν πέρασε", "δεν ολοκληρώθηκε",
		    "μη έτοιμο", "לא עבר", "נכשל", "לא הושלם", "לא תקין",
		    "غير ناجح", "غير مكتمل", "غير جاهز", "غير مستوفى", "فاشل",
		    "فشل", "ไม่ผ่าน", "ล้มเหลว", "ไม่พร้อม") },
	{ PRR_PENDING,
	  REC_WORDS(/* not shown, nor failed (before "não", a fail) */
		    "não demonstrado", "não demonstrada", "não verificado",
		    "não verificada", "não testado", "não testada",
		    "未开始", "待做", "待办", "待辦", "计划中", "planifié", "planifiée",
		    "openstaand", "в работе", "ожидается", "в ожидании",
		    "w toku", "oczekuje", "beklemede", "đang chờ",
		    /* Swedish, Danish, Norwegian, Finnish, Czech */
		    "ej påbörjad", "pågår", "pågående", "ikke påbegyndt",
		    "käynnissä", "työn alla", "netestováno", "probíhá",
		    "rozpracováno", "čeká", "plánováno", "nezahájeno",
		    /* Ukrainian, Hungarian, Romanian */
		    "в роботі", "не розпочато", "очікує", "заплановано",
		    "не перевірено", "не тестовано", "nem tesztelt",
		    "nincs tesztelve", "várakozik", "în curs", "în lucru",
		    "în așteptare", "neînceput",
		    /* Greek, Hebrew, Arabic, Thai */
		    "σε εξέλιξη", "εκκρεμεί", "προγραμματισμένη",
		    "προγραμματισμένο", "δεν ξεκίνησε", "δεν ελέγχθηκε",
		    "בתהליך", "בביצוע", "ממתין", "לא נבדק", "טרם התחיל",
		    "מתוכנן", "قيد التنفيذ", "قيد العمل", "قيد الانتظار",
		    "لم يبدأ", "لم يختبر", "กำลังดำเนินการ", "ยังไม่เริ่ม",
		    "รอดำเนินการ", "ยังไม่ได้ทดสอบ") },
	{ PRR_NA, REC_WORDS("対象外", "n.v.t.", "не применимо", "н/п", "nie dotyczy",
			    "uygulanamaz", "không áp dụng",
			    /* Swedish, Czech, Ukrainian, Hungarian */
			    "ej tillämplig", "ej tillämpligt", "ej relevant",
			    "nerelevantní", "neaplikovatelné",
			    "не застосовується", "н/з", "nem alkalmazható",
			    "nem releváns",
			    /* Romanian, Greek, Hebrew, Arabic, Thai */
			    "nu se aplică", "δεν εφαρμόζεται",
			    "μη εφαρμόσιμο", "לא רלוונטי", "לא ישים",
			    "غير قابل للتطبيق", "لا ينطبق", "ไม่เกี่ยวข้อง") },
	{ PRR_PARTIAL, REC_WORDS("部分通过", "부분 통과", "parzialmente",
				 "gedeeltelijk", "частично", "częściowo",
				 "kısmen", "một phần",
				 /* conditions and parts first: "godkänd
				  * med villkor" holds "godkänd" */
				 "godkänd med villkor", "godkendt med forbehold",
				 "godkjent med forbehold", "hyväksytty ehdoin",
				 "částečně", "podmíněně", "частково", "умовно",
				 "részben", "részleges", "feltételesen",
				 "parțial", "parţial", "condiționat",
				 "bersyarat", "μερικώς", "μερική",
				 "υπό προϋποθέσεις", "חלקי", "חלקית", "جزئي",
				 "جزئيًا", "جزئيا", "ผ่านบางส่วน", "บางส่วน") },
	{ PRR_NA, REC_WORDS("해당 없음", "non applicabile") },
	{ PRR_PASS,
	  REC_WORDS("concluído", "erfüllt", "réussi", "validé", "terminé", "sí", "已完成",
		    "已测试", "已通过", "完成", "完了", "通过", "通過", "合格",
		    "対応済", "superato", "completato", "통과", "완료",
		    "geslaagd", "пройдено", "zaliczone", "spełnione",
		    "spełniony", "spełniona",
		    "zaliczony", "geçti", "tamamlandı", "başarılı", "đạt", "выполнено", "выполнен",
		    /* Swedish, Danish, Norwegian, Finnish */
		    "godkänd", "godkänt", "godkända", "uppfyllt", "bestået",
		    "bestått", "hyväksytty", "läpäisty", "täyttyy",
		    /* Czech, Ukrainian, Hungarian, Romanian */
		    "splněno", "splněn", "vyhovuje", "schváleno", "úspěšné",
		    "prošlo", "připraveno", "виконано", "готово", "успішно",
		    "teljesült", "kész", "elfogadva", "îndeplinit",
		    /* Greek, Hebrew, Arabic, Thai */
		    "εντάξει", "επιτυχία", "ολοκληρώθηκε", "ολοκληρωμένο",
		    "έτοιμο", "πέρασε", "εγκρίθηκε", "עבר", "הושלם", "תקין",
		    "מאושר", "בוצע", "ناجح", "مكتمل", "جاهزة", "جاهز", "منجز",
		    "مستوفى", "ผ่าน", "เสร็จแล้ว", "เสร็จสิ้น", "เรียบร้อย") },
	{ PRR_PARTIAL, REC_WORDS("部分", "一部", "부분", "częściowo", "vàng") },
	/* traffic lights: German's "grün", Polish "żółty", Chinese */
	{ PRR_PASS, REC_WORDS("grün", "绿灯", "綠燈") },
	{ PRR_PARTIAL, REC_WORDS("żółty", "黄灯", "黃燈") },
	{ PRR_FAIL, REC_WORDS("红灯", "紅燈") },
	{ PRR_PENDING,
	  REC_WORDS("não iniciado", "未着手", "未開始", "进行中", "進行中",
		    "待定", "保留", "in attesa", "in corso", "진행 중",
		    "대기") },
	{ PRR_NA,
	  REC_WORDS("entfällt", "não se aplica", "não aplicável", "該当なし",
		    "不适用", "不適用") },
	{ PRR_FAIL,
	  REC_WORDS("não", "échec", "未完成", "未实现", "失败", "不合格",
		    "실패", "미통과", "fallito", "hiányzik") },
};

/* Both lists indexed by first byte (gen/rec_words.h): a word start tries
 * the few entries that begin as it does, not all 130. */
static rec_vocab status_vocab = REC_VOCAB_CLASSES(status_words);
static rec_vocab status_utf8_vocab = REC_VOCAB_CLASSES(status_words_utf8);

static int mark_at(const unsigned char *p, size_t n, prr_status *st)
{
	uint32_t cp;
	int v, len = prr_utf8_decode(p, n, &cp);
	if (len <= 0 ||
	    !rec_mark_find(status_marks, COUNT(status_marks), cp, &v))
		return 0;
	*st = (prr_status)v;
	/* a variation selector belongs to the mark (emoji FE0F, text FE0E) */
	if ((size_t)len + 3 <= n && p[len] == 0xEF && p[len + 1] == 0xB8 &&
	    (p[len + 2] == 0x8F || p[len + 2] == 0x8E))
		len += 3;
	return len;
}

/* "[x]", "[X]", "[ ]" */
static int box_at(const char *s, size_t n, prr_status *st)
{
	if (n < 3 || s[0] != '[' || s[2] != ']')
		return 0;
	if (s[1] == 'x' || s[1] == 'X') {
		*st = PRR_PASS;
		return 3;
	}
	if (s[1] == ' ') {
		*st = PRR_PENDING;
		return 3;
	}
	return 0;
}

/* A TeX mark of a notebook's table ("$\checkmark$", "$\times$",
 * "$\sim$" for in part); its command's length (the backslash on), with
 * *st set when it is a mark: a command's name is no word ("\sim" is not
 * Portuguese "sim"). */
static size_t tex_at(const char *s, size_t n, prr_status *st)
{
	static const struct { const char *w; prr_status st; } marks[] = {
		{ "checkmark", PRR_PASS }, { "cmark", PRR_PASS },
		{ "times", PRR_FAIL }, { "xmark", PRR_FAIL },
		{ "sim", PRR_PARTIAL },
	};
	size_t k = 1;
	while (k < n && isalpha((unsigned char)s[k]))
		k++;
	for (size_t m = 0; m < COUNT(marks); m++)
		if (strlen(marks[m].w) == k - 1 &&
		    memcmp(s + 1, marks[m].w, k - 1) == 0) {
			*st = marks[m].st;
			return k;
		}
	return k;
}

static int word_char(unsigned char c)
{
	return isalnum(c) || c == '/';
}

/* A status word or phrase starting at `i` (a word start); its length. */
static size_t word_at(const char *s, size_t n, size_t i, prr_status *st)
{
	char up[40];
	size_t k = 0, j = i, best = 0;
	/* up to three words, separated by one space, '-' or '_' */
	for (int words = 0; words < 3 && j < n; words++) {
		if (words) {
			if (s[j] != ' ' && s[j] != '-' && s[j] != '_')
				break;
			j++;
			if (k + 1 >= sizeof up)
				break;
			up[k++] = ' ';
			/* "NOT RE-VERIFIED" is "NOT VERIFIED" again: the
			 * "re-" of a denied word is no word of its own */
			if (j + 3 < n && (s[j] == 'r' || s[j] == 'R') &&
			    (s[j + 1] == 'e' || s[j + 1] == 'E') &&
			    s[j + 2] == '-' && isalpha((unsigned char)s[j + 3]))
				j += 3;
		}
		size_t w0 = j;
		while (j < n && word_char((unsigned char)s[j]) &&
		       k + 1 < sizeof up)
			up[k++] = (char)toupper((unsigned char)s[j++]);
		if (j == w0 || (j < n && word_char((unsigned char)s[j])))
			break;
		up[k] = 0;
		size_t t;
		if (rec_list_find(&status_vocab, up, &t)) {
			*st = (prr_status)rec_vocab_value(&status_vocab, t);
			best = j - i;
		}
	}
	return best;
}

/* A pass word denied at s[i] ("Not achieved", "Not yet done", "Does not
 * pass"): a fail; its length, or 0.  Asked after the listed phrases,
 * which say more ("NOT TESTED" is pending, "NOT APPLICABLE" n/a). */
static size_t denied_pass_at(const char *s, size_t n, size_t i, prr_status *st)
{
	static const char *const nots[] = { "not yet ", "not ", "does not ",
		"did not ", "never ", "no longer ", NULL };
	for (int k = 0; nots[k]; k++) {
		size_t l = strlen(nots[k]), w;
		prr_status denied;
		if (i + l >= n || strncasecmp(s + i, nots[k], l) != 0)
			continue;
		if ((w = word_at(s, n, i + l, &denied)) && denied == PRR_PASS) {
			*st = PRR_FAIL;
			return l + w;
		}
	}
	return 0;
}

/* A status word of status_words_utf8 at s[i]; its length, or 0. */
static size_t utf8_word_at(const char *s, size_t n, size_t i, prr_status *st)
{
	size_t count;
	const rec_entry *e = rec_vocab_at(&status_utf8_vocab, s, n, i, &count);
	if (!count)
		return 0; /* no word starts as s[i] does */
	for (size_t t = 0; t < count; t++) {
		const char *w = rec_vocab_word(&status_utf8_vocab, e[t]);
		size_t wn = rec_fold_prefix(s, n, i, w);
		if (!wn)
			continue;
		/* words of spaced scripts start and end where letters do;
		 * CJK, Hangul and Thai ones anywhere */
		uint32_t first;
		rec_cp_at(w, strlen(w), 0, &first);
		bool spaced = (unsigned char)w[0] < 0xE3 && !rec_is_unspaced(first);
		if (spaced && ((i + wn < n && (isalnum((unsigned char)s[i + wn]) ||
					       (unsigned char)s[i + wn] >= 0x80)) ||
			       rec_word_before(s, n, i)))
			continue;
		*st = (prr_status)rec_vocab_value(&status_utf8_vocab, e[t]);
		return wn;
	}
	return 0;
}

/* "⚠️ not run", "❌ Sin empezar", "🟠 待做", "🟡 backlog", "⚠️ ACTION
 * REQUIRED": a warning's,
 * a cross's or a colour's mark, and right after it the words of work not
 * begun; they say more than the mark.  PRR_PENDING then, else `st` (a
 * cross over a test not run is a fail: prr_untested_fails).  And "⏳
 * Partial": an hourglass's work under way, its word saying how far. */
static prr_status pending_after_mark(const char *s, size_t n, size_t i,
				     prr_status st)
{
	if (st != PRR_FAIL && st != PRR_PARTIAL && st != PRR_PENDING)
		return st;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_' ||
			 s[i] == '-' || s[i] == ':'))
		i++;
	prr_status w = PRR_UNKNOWN;
	if (st == PRR_PENDING) {
		if (i < n && isalpha((unsigned char)s[i]) && word_at(s, n, i, &w) &&
		    w == PRR_PARTIAL)
			return w;
		return st;
	}
	/* (a backlog is work not begun right after a mark, not in any
	 * sentence: "alerts on queue backlog") */
	size_t b = rec_fold_prefix(s, n, i, "backlog");
	/* ("⚠️ ACTION REQUIRED": work to do, nothing done in part) */
	if (!b && !(b = rec_fold_prefix(s, n, i, "action required")))
		b = rec_fold_prefix(s, n, i, "action needed");
	if (b && (i + b == n || !isalpha((unsigned char)s[i + b])))
		return PRR_PENDING;
	if (i < n && ((isalpha((unsigned char)s[i]) && word_at(s, n, i, &w)) ||
		      ((unsigned char)s[i] >= 0x80 && utf8_word_at(s, n, i, &w))))
		return w == PRR_PENDING && !prr_untested_fails(s + i, n - i, st)
			       ? w : st;
	return st;
}

/* "No change", "No changes to …" at s[i]: nothing changed, said of what
 * was compared; no answer "No" (a fail), nor a pass of its own. */
static bool no_change_at(const char *s, size_t n, size_t i)
{
	size_t k = i + 3, e = k;
	if (k >= n || s[i + 2] != ' ')
		return false;
	while (e < n && isalpha((unsigned char)s[e]))
		e++;
	return (e - k == 6 && strncasecmp(s + k, "change", 6) == 0) ||
	       (e - k == 7 && strncasecmp(s + k, "changes", 7) == 0);
}

static prr_status scan_status(const char *s, size_t n, bool words,
			      bool *known)
{
	prr_status st = PRR_UNKNOWN;
	const unsigned char *p = (const unsigned char *)s;
	bool first = true; /* no word passed yet */
	for (size_t i = 0; i < n; i++) {
		if (p[i] >= 0x80) {
			int m = mark_at(p + i, n - i, &st);
			if (m) {
				if (words)
					st = pending_after_mark(s, n, i + (size_t)m, st);
				goto found;
			}
			if (words && (p[i] & 0xC0) != 0x80 &&
			    utf8_word_at(s, n, i, &st))
				goto found;
			continue;
		}
		if (p[i] == '[' && box_at(s + i, n - i, &st))
			goto found;
		if (p[i] == '\\' && i + 1 < n && isalpha(p[i + 1])) {
			prr_status tex = PRR_UNKNOWN;
			i += tex_at(s + i, n - i, &tex) - 1;
			if (tex != PRR_UNKNOWN) {
				st = tex;
				goto found;
			}
			continue;
		}
		if (words && isalpha(p[i]) &&
		    (i == 0 || (!word_char(p[i - 1]) && p[i - 1] < 0x80))) {
			size_t w = word_at(s, n, i, &st);
			/* "No" answers only first: "Corrigido no build 50012"
			 * (in the), "revisión no. 3" (number) */
			if (w == 2 && strncasecmp(s + i, "no", 2) == 0 &&
			    (!first || no_change_at(s, n, i)))
				w = 0;
			if (w == 4 && !first && prr_pass_as_round(s, i) &&
			    strncasecmp(s + i, "pass", 4) == 0)
				w = 0;
			/* "Implemented but Unverified": in part */
			if (w && st == PRR_PASS &&
			    prr_pass_unverified(s + i + w, n - i - w))
				st = PRR_PARTIAL;
			if (w || denied_pass_at(s, n, i, &st) ||
			    utf8_word_at(s, n, i, &st))
				goto found;
			first = false;
		}
	}
	if (known)
		*known = false;
	return PRR_UNKNOWN;
found:
	if (known)
		*known = true;
	return st;
}

prr_status prr_status_from_text(const char *s, size_t n, bool *known)
{
	return scan_status(s, n, true, known);
}

prr_status prr_status_from_marks(const char *s, size_t n, bool *known)
{
	return scan_status(s, n, false, known);
}

bool prr_status_marks_mixed(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	bool pass = false, short_of = false;
	for (size_t i = 0; i < n; i++) {
		prr_status st;
		int m = p[i] >= 0x80 ? mark_at(p + i, n - i, &st) : 0;
		if (!m)
			continue;
		pass |= st == PRR_PASS;
		short_of |= st == PRR_FAIL || st == PRR_PARTIAL;
		i += (size_t)m - 1;
	}
	return pass && short_of;
}

prr_status prr_status_word(const char *s, size_t n, bool *known)
{
	while (n && (*s == ' ' || *s == '*' || *s == '_'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*' || s[n - 1] == '_' ||
		     s[n - 1] == '.'))
		n--;
	prr_status st = PRR_UNKNOWN;
	bool whole = n && (word_at(s, n, 0, &st) == n ||
			   utf8_word_at(s, n, 0, &st) == n);
	/* a gate's answer, alone in its cell: "GO", "NO-GO" ("Go-live"
	 * in a sentence is none); "not in scope" of a matrix's column */
	static const struct { const char *w; prr_status st; } gates[] = {
		{ "go", PRR_PASS }, { "no-go", PRR_FAIL }, { "no go", PRR_FAIL },
		{ "nogo", PRR_FAIL }, { "conditional go", PRR_PARTIAL },
		{ "not in scope", PRR_NA }, { "out of scope", PRR_NA },
		/* a traffic light's colour in Japanese, one character
		 * that says it only alone: 緑, 黄, 赤 */
		{ "\xE7\xB7\x91", PRR_PASS }, { "\xE9\xBB\x84", PRR_PARTIAL },
		{ "\xE8\xB5\xA4", PRR_FAIL },
		/* a Japanese scorecard's 可 (meets), 不可 (does not), 要対応
		 * (action needed: in part) */
		{ "\xE5\x8F\xAF", PRR_PASS }, { "\xE4\xB8\x8D\xE5\x8F\xAF", PRR_FAIL },
		{ "\xE8\xA6\x81\xE5\xAF\xBE\xE5\xBF\x9C", PRR_PARTIAL },
	};
	for (size_t k = 0; !whole && k < COUNT(gates); k++)
		if (strlen(gates[k].w) == n && strncasecmp(s, gates[k].w, n) == 0) {
			whole = true;
			st = gates[k].st;
		}
	if (known)
		*known = whole;
	return whole ? st : PRR_UNKNOWN;
}

static int is_space_or_emph(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '*' || c == '_' || c == '|' ||
	       c == ':' || c == '-' || c == '/'; /* "Infrastructure ✅/❌" */
}

size_t prr_status_lead(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	prr_status st;
	for (;;) {
		while (i < n && (p[i] == ' ' || p[i] == '\t'))
			i++;
		int m = 0;
		if (i < n && p[i] >= 0x80)
			m = mark_at(p + i, n - i, &st);
		else if (i < n && p[i] == '[')
			m = box_at(s + i, n - i, &st);
		if (!m)
			return i;
		i += (size_t)m;
	}
}

size_t prr_status_tail(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t end = n;
	prr_status st;
	for (;;) {
		size_t e = end;
		while (e > 0 && is_space_or_emph(p[e - 1]))
			e--;
		/* a mark ending at e (maybe with a variation selector) */
		size_t k = e;
		if (k >= 3 && p[k - 3] == 0xEF && p[k - 2] == 0xB8 &&
		    (p[k - 1] == 0x8F || p[k - 1] == 0x8E))
			k -= 3;
		if (k > 0 && p[k - 1] >= 0x80) {
			size_t b = k - 1;
			while (b > 0 && k - b < 4 && (p[b] & 0xC0) == 0x80)
				b--;
			if ((size_t)mark_at(p + b, e - b, &st) == e - b) {
				end = b;
				continue;
			}
		}
		/* one trailing status word in capitals (COMPLETE, PENDING),
		 * or two ("NOT READY", "IN PROGRESS": never "… — NOT" left) */
		size_t w = e;
		while (w > 0 && (isupper(p[w - 1]) || p[w - 1] == '/'))
			w--;
		size_t w2 = w > 1 && (p[w - 1] == ' ' || p[w - 1] == '-') ? w - 1 : w;
		while (w2 < w && w2 > 0 && isupper(p[w2 - 1]))
			w2--;
		if (w2 + 1 < w && (w2 == 0 || !isalnum(p[w2 - 1])) &&
		    word_at(s, e, w2, &st) == e - w2)
			w = w2;
		if (e - w >= 2 && (w == 0 || !isalnum(p[w - 1])) &&
		    word_at(s, e, w, &st) == e - w) {
			end = w;
			continue;
		}
		break;
	}
	/* (and the dash before it: "Payments API — NOT READY") */
	for (;;) {
		if (end > 0 && is_space_or_emph(p[end - 1]))
			end--;
		else if (end >= 3 && p[end - 3] == 0xE2 && p[end - 2] == 0x80 &&
			 (p[end - 1] == 0x93 || p[end - 1] == 0x94) && end < n)
			end -= 3; /* – — */
		else
			break;
	}
	return n - end;
}

prr_level prr_level_from_text(const char *s, size_t n)
{
	char up[256];
	size_t k = 0;
	for (size_t i = 0; i < n && k + 1 < sizeof up; i++)
		up[k++] = (char)toupper((unsigned char)s[i]);
	up[k] = 0;
	if (strstr(up, "NOT READY") || strstr(up, "NOT-READY") ||
	    strstr(up, "NO-GO") || strstr(up, "BLOCKED"))
		return PRR_LEVEL_NOT_READY;
	if (strstr(up, "PARTIAL") || strstr(up, "PENDING") ||
	    strstr(up, "WITH GAPS") || strstr(up, "CONDITIONAL") ||
	    strstr(up, "IN PROGRESS") || strstr(up, "QUALIFIED"))
		return PRR_LEVEL_PARTIAL;
	if (strstr(up, "READY") || strstr(up, "COMPLETE") ||
	    strstr(up, "APPROVED") || strstr(up, "PASS"))
		return PRR_LEVEL_READY;
	bool known;
	prr_status st = prr_status_from_text(s, n, &known);
	if (!known)
		return PRR_LEVEL_UNKNOWN;
	return st == PRR_PASS	 ? PRR_LEVEL_READY
	       : st == PRR_FAIL ? PRR_LEVEL_NOT_READY
				: PRR_LEVEL_PARTIAL;
}

/* Severities and priorities, whole words in any case. */
static const rec_class severity_words[] = {
	{ PRR_SEV_CRITICAL, REC_WORDS("critical", "blocker", "p0") },
	{ PRR_SEV_HIGH, REC_WORDS("high", "major", "serious", "p1") },
	{ PRR_SEV_MEDIUM, REC_WORDS("medium", "moderate", "p2") },
	{ PRR_SEV_LOW, REC_WORDS("low", "minor", "p3") },
	{ PRR_SEV_INFO, REC_WORDS("info", "informational") },
};

prr_severity prr_severity_from_text(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!isalnum((unsigned char)s[i]) ||
		    (i > 0 && isalnum((unsigned char)s[i - 1])))
			continue;
		size_t j = i;
		while (j < n && isalnum((unsigned char)s[j]))
			j++;
		/* "Critical Path": a schedule's, no severity */
		size_t p = j + 5 + (j + 5 < n && (s[j + 5] == 's' || s[j + 5] == 'S'));
		if (j - i == 8 && j + 5 <= n && strncasecmp(s + j, " path", 5) == 0 &&
		    (p == n || !isalnum((unsigned char)s[p]))) {
			i = j;
			continue;
		}
		/* "Security-Critical fs.py", "mission-critical": joined
		 * to a word before it, what it describes */
		if (i > 1 && s[i - 1] == '-' && isalpha((unsigned char)s[i - 2])) {
			i = j;
			continue;
		}
		for (size_t t = 0; t < COUNT(severity_words); t++)
			for (const char *const *w = severity_words[t].w; *w; w++)
				if (strlen(*w) == j - i &&
				    strncasecmp(*w, s + i, j - i) == 0)
					return (prr_severity)severity_words[t].v;
		i = j;
	}
	return PRR_SEV_UNKNOWN;
}
