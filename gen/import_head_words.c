/* import_head_words.c - what the words of a headline's line say: its
 * label and value, the level a verdict's words or marks state, and the
 * shapes of sentences that conclude; see import_int.h ("head words"). */
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_item.h"
#include "prr/rec_verdict.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* "Label: value" or "Label：value" (full-width colon): the label's span
 * without emphasis, emoji and quote marks, or false. */
bool imp_head_label_of(const char *s, size_t n, prr_str *label, prr_str *value)
{
	/* the first ':' in the first 64 bytes, unless a '：' comes before;
	 * not one of a time, in parentheses or not ("Decision (10:40):
	 * **NO-GO**", "Update 14:00: now **GO**") */
	size_t w = n < 64 ? n : 64, sep = 1, i = 0;
	for (int depth = 0; i < w; i++) {
		depth += (s[i] == '(') - (s[i] == ')' && depth);
		bool time = i && i + 1 < n && s[i - 1] >= '0' && s[i - 1] <= '9' &&
			    s[i + 1] >= '0' && s[i + 1] <= '9';
		if (s[i] == ':' && !depth && !time)
			break;
	}
	for (const char *f = memchr(s, 0xEF, i); f;
	     f = memchr(f + 1, 0xEF, i - (size_t)(f + 1 - s))) {
		if ((size_t)(f - s) + 3 <= n && memcmp(f, "\xEF\xBC\x9A", 3) == 0) {
			i = (size_t)(f - s);
			sep = 3;
			break;
		}
	}
	if (i >= w)
		return false;
	/* "`status: approved` means …": a colon in code is no label's */
	size_t ticks = 0;
	for (size_t k = 0; k < i; k++)
		ticks += s[k] == '`';
	if (ticks % 2)
		return false;
	value->p = s + i + sep;
	value->n = n - i - sep;
	size_t a = 0, b = i;
	/* leading marks: '>', '-', '*', '#', spaces, emoji (4-byte UTF-8) */
	while (a < b) {
		unsigned char c = (unsigned char)s[a];
		if (c == '>' || c == '-' || c == '*' || c == '#' || c == ' ' ||
		    c == '_' || c == '`')
			a++;
		else if (c >= 0xF0 && a + 4 <= b)
			a += 4;
		else if (c == 0xE2 && a + 3 <= b) /* ✅ ⏳ and friends */
			a += 3;
		else if (c == 0xEF && a + 3 <= b && (unsigned char)s[a + 1] == 0xB8)
			a += 3; /* variation selector */
		else
			break;
	}
	/* an enumerator before it: "一、结论", "2. Verdict" */
	for (size_t e = a; e < b && e < a + 9; e++)
		if (e + 3 <= b && memcmp(s + e, "\xE3\x80\x81", 3) == 0) {
			a = e + 3;
			break;
		}
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '*' || s[b - 1] == '_'))
		b--;
	if (a == b)
		return false;
	/* "Not yet. Two items remain: …" is two sentences, not a label;
	 * "Tune the pool (owner: Lee, due …)", a remark in parentheses */
	int depth = 0;
	for (size_t k = a; k < b; k++) {
		depth += (s[k] == '(') - (s[k] == ')');
		size_t j = k + 2;
		while (j < b && (s[j] == '*' || s[j] == '_'))
			j++;
		if (j < b && (s[k] == '.' || s[k] == '!' || s[k] == '?') &&
		    s[k + 1] == ' ' && s[j] >= 'A' && s[j] <= 'Z')
			return false;
	}
	if (depth > 0)
		return false;
	label->p = s + a;
	label->n = b - a;
	/* the value's own emphasis: "**Date:** x" leaves "** x" */
	while (value->n && (*value->p == '*' || *value->p == ' ' ||
			    *value->p == '_'))
		value->p++, value->n--;
	return true;
}

/*
 * How strongly `label` names the verdict: prr_rec_verdict_label of the
 * label or of its last words ("Overall System Status", "システム状態":
 * the head of a label is at its end), three words at most before them
 * ("The docs pipeline sets status: approved when …" is a sentence).
 */
static int verdict_label(const char *s, size_t n)
{
	int best = 0, words = 0;
	for (size_t j = 0; j < n && best < 2; j++) {
		unsigned char c = (unsigned char)s[j];
		bool start = j == 0 || s[j - 1] == ' ' || (c >= 0xE3 && c <= 0xE9);
		if (!start || (c & 0xC0) == 0x80)
			continue;
		if (j && s[j - 1] == ' ' && ++words > 3)
			break;
		int k = prr_rec_verdict_label(s + j, n - j);
		if (k > best)
			best = k;
	}
	return best;
}

/* What any verdict has: a letter of a verdict word or an ideograph
 * ("GO", "pass", "結論"); lines of figures and marks alone state none. */
bool imp_head_may_judge(const char *s, size_t n)
{
	/* "Option 2 was rejected because …": an option weighed, not the
	 * system judged */
	static const char *const options[] = { "option ", "alternative ",
		"approach ", "variant ", "opción ", "opção ", "variante ",
		"proposal ", NULL };
	size_t a = 0;
	while (a < n && (s[a] == '*' || s[a] == '_' || s[a] == ' '))
		a++;
	for (int k = 0; options[k]; k++) {
		size_t l = strlen(options[k]);
		if (n - a > l && strncasecmp(s + a, options[k], l) == 0 &&
		    isalnum((unsigned char)s[a + l]) &&
		    (a + l + 1 == n || !isalpha((unsigned char)s[a + l + 1])))
			return false;
	}
	for (size_t i = 0; i < n; i++)
		if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
			return true;
		else if ((unsigned char)s[i] >= 0xC3)
			return true;
	return false;
}

/* "4/5", "4 of 5": a count of which not all is done. */
static bool part_done(const char *s, size_t n)
{
	int a, b;
	if (prr_parse_count(s, n, &a, &b) == 0 && b > 0 && a < b)
		return true;
	for (size_t i = 0; i + 4 < n; i++) {
		if (memcmp(s + i, " of ", 4) != 0 || !i ||
		    s[i - 1] < '0' || s[i - 1] > '9')
			continue;
		size_t j = i;
		while (j > 0 && s[j - 1] >= '0' && s[j - 1] <= '9')
			j--;
		long x = strtol(s + j, NULL, 10), y = strtol(s + i + 4, NULL, 10);
		if (s[i + 4] >= '0' && s[i + 4] <= '9' && x < y)
			return true;
	}
	return false;
}

/*
 * A verdict label's value that is status marks and nothing else ("Launch
 * readiness: ❌", "Overall: 🟠"): the level they state, as the marks of a
 * checklist do (✅ 🟢 ready, ⚠️ 🟡 🟠 partial, ❌ 🔴 not ready, ⏳ pending
 * and so not ready); else unknown.  Marks alone elsewhere state nothing
 * (rec_verdict.h): here the label says what they judge.
 */
static prr_level marks_level(const char *s, size_t n)
{
	while (n && strchr(" *_`", s[n - 1]))
		n--;
	while (n && strchr(" *_`", *s))
		s++, n--;
	bool mark = false, known = false;
	for (size_t i = 0; i < n; i++)
		mark |= (unsigned char)s[i] >= 0x80;
	if (!n || n > 64 || !mark || prr_status_lead(s, n) < n)
		return PRR_LEVEL_UNKNOWN;
	prr_status st = prr_status_from_marks(s, n, &known);
	/* marks that disagree ("✅ ❌") state nothing */
	for (size_t i = 1; known && i < n; i++) {
		bool k2;
		if ((unsigned char)s[i] >= 0xC0 &&
		    prr_status_from_marks(s + i, n - i, &k2) != st && k2)
			known = false;
	}
	if (!known)
		return PRR_LEVEL_UNKNOWN;
	return st == PRR_PASS ? PRR_LEVEL_READY
	       : st == PRR_PARTIAL ? PRR_LEVEL_PARTIAL
	       : st == PRR_FAIL || st == PRR_PENDING ? PRR_LEVEL_NOT_READY
					: PRR_LEVEL_UNKNOWN;
}

/*
 * Whether a status's value opens with words of work in progress, after its
 * marks ("🟡 IN PROGRESS", "EN PROGRESO - Pendiente completar items
 * marcados", "WIP"): progress, no readiness.
 */
static bool in_progress(const char *s, size_t n)
{
	static const char *const words[] = { "in progress", "work in progress",
		"wip", "ongoing", "underway", "under way", "en progreso",
		"en curso", "en proceso", "en cours", "em andamento",
		"em progresso", "em curso", "in corso", "in lavorazione",
		"in arbeit", "in bearbeitung", "in uitvoering", "w toku",
		"w trakcie", "в работе", "В работе", "в процессе", "В процессе",
		"probíhá", "folyamatban", "În curs", "în curs", "进行中", "進行中", "対応中", "作業中", "진행 중",
		"진행중", NULL };
	while (n && strchr(" *_`", *s))
		s++, n--;
	size_t k = prr_status_lead(s, n);
	s += k, n -= k;
	while (n && strchr(" *_`", *s))
		s++, n--;
	for (int w = 0; words[w]; w++) {
		size_t l = strlen(words[w]);
		if (l <= n && strncasecmp(s, words[w], l) == 0 &&
		    (l == n || !isalnum((unsigned char)s[l])))
			return true;
	}
	return false;
}

prr_level imp_head_lead_mark_level(const char *s, size_t n)
{
	if (in_progress(s, n))
		return PRR_LEVEL_UNKNOWN;
	while (n && strchr(" *_`", *s))
		s++, n--;
	size_t k = prr_status_lead(s, n);
	if (!k || k >= n || imp_head_words_level(s + k, n - k) != PRR_LEVEL_UNKNOWN)
		return PRR_LEVEL_UNKNOWN;
	return marks_level(s, k);
}

/* The level text states in words ("4 of 5 stories COMPLETE" is done, but
 * not all of it: partial); unknown when none. */
prr_level imp_head_words_level(const char *s, size_t n)
{
	size_t at, len;
	prr_level l = prr_rec_verdict(s, n, &at, &len);
	if (l == PRR_LEVEL_READY && part_done(s, n))
		l = PRR_LEVEL_PARTIAL;
	return l;
}

/* Whether the words after a level's dash open by taking it back ("GO —
 * withdrawn 3 Nov after INC-88"): their first word is not ready. */
static bool taken_back(const char *s, size_t n)
{
	size_t e = 0;
	while (e < n && s[e] != ' ' && s[e] != ',')
		e++;
	return e && imp_head_words_level(s, e) == PRR_LEVEL_NOT_READY;
}

/* The level a verdict label's value states: its words, or marks alone. */
prr_level imp_head_label_level(const char *s, size_t n)
{
	/* "5 Go, 1 No-Go, 1 Abstain → GO": what the arrow leads to */
	for (size_t i = n; i >= 3; i--)
		if (memcmp(s + i - 3, "\xE2\x86\x92", 3) == 0) {
			prr_level to = imp_head_label_level(s + i, n - i);
			if (to != PRR_LEVEL_UNKNOWN)
				return to;
			break;
		}
	prr_level l = marks_level(s, n);
	if (l != PRR_LEVEL_UNKNOWN)
		return l;
	/* a status of work in progress states no readiness, nor does what
	 * waits after it, unless it says ready or not ready ("🟡 IN
	 * PROGRESS - Pendiente completar items marcados") */
	if (in_progress(s, n) && prr_rec_verdict_waits(s, n))
		return PRR_LEVEL_UNKNOWN;
	/* "🟡 PARTIAL — eu-1 and eu-2 are ready; eu-3 is blocked": the
	 * level said first, then why */
	for (size_t i = 0; i + 4 < n && i < 40; i++)
		if (memcmp(s + i, " \xE2\x80\x94 ", 5) == 0 ||
		    memcmp(s + i, " - ", 3) == 0) {
			size_t after = i + (s[i + 1] == '-' ? 3 : 5);
			l = imp_head_words_level(s, i);
			/* (not a go for a part or a stage, whose refusal of
			 * the rest may follow: "Ready for Demonstration - Not
			 * Ready for Production Deployment", read whole) */
			if (l != PRR_LEVEL_UNKNOWN &&
			    !taken_back(s + after, n - after) &&
			    !(l == PRR_LEVEL_READY && prr_rec_verdict_scoped(s, i)))
				return l;
			break;
		}
	return imp_head_words_level(s, n);
}

/* The value of a label without emphasis, spaces and a full stop. */
prr_str imp_head_bare_value(prr_str v)
{
	while (v.n && (*v.p == ' ' || *v.p == '*' || *v.p == '_'))
		v.p++, v.n--;
	while (v.n && (v.p[v.n - 1] == ' ' || v.p[v.n - 1] == '*' ||
		       v.p[v.n - 1] == '_' || v.p[v.n - 1] == '.'))
		v.n--;
	return v;
}

/* "RAG", "Overall RAG", "RAG status": the whole's, not an area's ("3.
 * Resilience — RAG"). */
bool imp_head_rag_label(prr_str label)
{
	static const char *const names[] = { "rag", "overall rag", "rag status",
		"overall rag status", NULL };
	for (int k = 0; names[k]; k++)
		if (strlen(names[k]) == label.n &&
		    strncasecmp(label.p, names[k], label.n) == 0)
			return true;
	return false;
}

bool imp_head_program_verdict(const char *label, size_t ln, const char *v,
			      size_t vn)
{
	static const char *const names[] = { "program", "programme",
		"programm", "programa", NULL };
	size_t at;
	prr_str b = imp_head_bare_value((prr_str){ v, vn });
	return imp_is_one_of(label, ln, names) &&
	       prr_rec_verdict(b.p, b.n, &at, NULL) != PRR_LEVEL_UNKNOWN && at == 0;
}

/* Whether sentence s opens by concluding: "So, …", "Therefore …",
 * "All things considered, …", "En conclusion, …". */
bool imp_head_concludes(const char *s, size_t n)
{
	static const char *const words[] = { "so", "therefore", "thus",
		"hence", "overall", "in conclusion", "in summary", "in short",
		"all in all", "all things considered", "on balance", "net",
		/* "Short answer: the only thing ready is the slide deck." */
		"short answer", "the short answer", "short version",
		"the short version", "long story short",
		"en conclusion", "en résumé", "donc", "por lo tanto", "en resumen",
		"portanto", "em resumo", "daher", "insgesamt", "fazit", NULL };
	for (int i = 0; words[i]; i++) {
		size_t k = strlen(words[i]);
		if (n > k && strncasecmp(s, words[i], k) == 0 &&
		    (s[k] == ',' || s[k] == ' ' || s[k] == ':'))
			return true;
	}
	return false;
}

/* s[0..n) holds `max` words or fewer. */
bool imp_head_few_words(const char *s, size_t n, size_t max)
{
	size_t words = 0;
	for (size_t i = 0; i < n; i++)
		words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
	return words <= max;
}

/* Whether the '.' at s[b] follows a number and precedes a small letter
 * of a cased script: an ordinal or a year that a date writes with its
 * dot ("2026. szeptember 28-án", "15. října", "9. februar"), no
 * sentence's end. */
bool imp_head_dotted_number(const char *s, size_t n, size_t b)
{
	if (!b || s[b - 1] < '0' || s[b - 1] > '9' || b + 2 >= n ||
	    s[b + 1] != ' ')
		return false;
	uint32_t cp;
	rec_cp_at(s, n, b + 2, &cp);
	return cp < 0x530 && rec_is_word_cp(cp) &&
	       !rec_is_digit((unsigned char)s[b + 2]) && rec_fold_cp(cp) == cp;
}

/* Whether line s opens with a span in bold that ends a sentence ("**Not
 * ready for production.** Two …", "**Ready for production?** No.") or a
 * dash follows ("**NOT READY** — two blockers remain"), not a label
 * ("**Note:** …"). */
bool imp_head_bold_sentence(const char *s, size_t n)
{
	size_t b = imp_bold_at(s, n, 2);
	if (b >= n || b < 3)
		return false;
	char last = s[b - 1];
	if (last == '.' || last == '!' || last == '?')
		return true;
	/* "**NOT READY** — two blockers remain", "**GO**. Launch …" */
	const char *after = s + b + 2, *end = s + n;
	return (after + 1 < end && after[0] == '.' && after[1] == ' ') ||
	       (after + 2 < end && after[0] == ' ' && after[1] == '-' &&
		after[2] == ' ') ||
	       (after + 4 < end && after[0] == ' ' &&
		(memcmp(after + 1, "\xE2\x80\x94", 3) == 0 ||
		 memcmp(after + 1, "\xE2\x80\x93", 3) == 0));
}

bool imp_head_bold_finding(const char *s, size_t n)
{
	size_t at, len;
	if (n < 6 || s[0] != '*' || s[1] != '*' ||
	    !prr_rec_finding_id(s + 2, n - 2, &at, &len) || at)
		return false;
	const char *p = s + 2 + len, *end = s + n;
	while (p < end && *p == ' ')
		p++;
	return (end - p >= 3 && (!memcmp(p, "\xE2\x80\x94", 3) ||
				 !memcmp(p, "\xE2\x80\x93", 3))) ||
	       (p > s + 2 + len && p < end && *p == '-');
}

bool imp_head_dated_before(imp *im, const char *s, size_t n)
{
	prr_date_hit hit;
	return im->date_rank > 0 && imp_date_find(im, s, n, &hit) &&
	       hit.prec == PRR_DATE_DAY && strcmp(hit.date, im->date_best) < 0;
}

/* Whether s[0..n) opens with an update's or an edit's label: "UPDATE
 * 2026-03-02:", "EDIT 2026-03-02:", "Update (Rosa):", "**UPDATE
 * 2026-03-05 (Rosa):**", "Update 14:00:", "UPDATE:"; the word, then only
 * a day, a time or a name in parentheses ("Update on the plan:" is a
 * heading's words).  Its value in *value. */
bool imp_head_update_label(const char *s, size_t n, prr_str *value)
{
	static const char *const words[] = { "update", "updated", "edit",
		"edited", NULL };
	prr_str label;
	if (!imp_head_label_of(s, n, &label, value))
		return false;
	size_t w = 0;
	while (w < label.n && isalpha((unsigned char)label.p[w]))
		w++;
	if (!imp_is_one_of(label.p, w, words))
		return false;
	/* the rest: its day read, then no letter outside parentheses */
	const char *r = label.p + w;
	size_t rn = label.n - w, day_at = rn, day_end = rn;
	prr_date_hit hit;
	if (prr_rec_date_find(r, rn, &hit))
		day_at = hit.at, day_end = hit.at + hit.len;
	int depth = 0;
	for (size_t k = 0; k < rn; k++) {
		depth += (r[k] == '(') - (r[k] == ')' && depth);
		if (!depth && (k < day_at || k >= day_end) &&
		    isalpha((unsigned char)r[k]))
			return false;
	}
	return true;
}

bool imp_head_reports_earlier(imp *im, const char *s, size_t n)
{
	static const char *const said[] = { " said", " stated", " concluded",
		" decided", " wrote", " ended with", " gave", NULL };
	static const char *const earlier[] = { "previous review",
		"earlier review", "prior review", "last review", NULL };
	bool reports = false, other = false;
	for (int k = 0; said[k] && !reports; k++)
		reports = imp_contains_ci_n(s, n, said[k]);
	for (int k = 0; earlier[k] && !other; k++)
		other = imp_contains_ci_n(s, n, earlier[k]);
	return reports && (other || (imp_contains_ci_n(s, n, "review") &&
				     imp_head_dated_before(im, s, n)));
}

prr_level imp_head_level_now(imp *im, const char *s, size_t n, bool label)
{
	prr_level (*level)(const char *, size_t) =
		label ? imp_head_label_level : imp_head_words_level;
	/* (a rule says what a verdict would be: none) */
	if (imp_head_rule(s, n) || imp_head_doc_state(s, n))
		return PRR_LEVEL_UNKNOWN;
	/* (the whole asked first: most texts report nothing earlier) */
	if (!imp_head_reports_earlier(im, s, n))
		return level(s, n);
	char *kept = prr_arena_alloc_str(im->a, n + 1);
	size_t k = 0;
	bool dropped = false;
	for (size_t a = 0; a < n;) {
		size_t b = a;
		while (b < n && !(strchr(".!?", s[b]) &&
				  (b + 1 == n || strchr(" \n*_", s[b + 1]))))
			b++;
		b += b < n;
		/* (one that says what holds now stays: "The 2026-03-04
		 * review said NO-GO; it is now GO.") */
		if (imp_head_reports_earlier(im, s + a, b - a) &&
		    !prr_rec_verdict_now(s + a, b - a)) {
			dropped = true;
		} else {
			memcpy(kept + k, s + a, b - a);
			k += b - a;
		}
		a = b;
	}
	kept[k] = 0;
	return dropped ? level(kept, k) : level(s, n);
}

/* The sign-off openers: "Approved by", "Signed off by", … */
static const char *const approval_opens[] = { "approved by", "signed off by",
	"accepted by", "endorsed by", NULL };

bool imp_head_unsigned(const char *s, size_t n)
{
	while (n && (*s == '*' || *s == '_' || *s == ' '))
		s++, n--;
	size_t w = 0;
	for (int k = 0; approval_opens[k] && !w; k++)
		if (imp_starts_with_ci(s, n, approval_opens[k]))
			w = strlen(approval_opens[k]);
	if (!w)
		return false;
	prr_str v = { s + w, n - w };
	while (v.n && (*v.p == ':' || *v.p == ' ' || *v.p == '*'))
		v.p++, v.n--;
	/* its first word, "___" of "___ Date: ___" */
	size_t first = 0;
	while (first < v.n && v.p[first] != ' ')
		first++;
	if (first && prr_rec_placeholder(v.p, first))
		return true;
	v = imp_head_bare_value(v);
	return !v.n || prr_rec_placeholder(v.p, v.n);
}

bool imp_head_bare_approval(const char *s, size_t n)
{
	static const char *const scopes[] = { " for ", " to ", " with ",
		" subject ", " pending ", " provided ", " if ", " once ",
		" until ", " but ", " except ", " only ", NULL };
	while (n && (*s == '*' || *s == '_' || *s == ' '))
		s++, n--;
	bool opened = false;
	for (int k = 0; approval_opens[k] && !opened; k++) {
		size_t w = strlen(approval_opens[k]);
		opened = imp_starts_with_ci(s, n, approval_opens[k]) && w < n &&
			 s[w] == ' ';
	}
	if (!opened)
		return false;
	/* its first sentence, without what it says in parentheses (the
	 * votes' "5 for, 0 against") */
	char t[256];
	size_t k = 0;
	int depth = 0;
	t[k++] = ' ';
	for (size_t i = 0; i < n && k + 2 < sizeof t; i++) {
		if (s[i] == '.' && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\n'))
			break;
		depth += (s[i] == '(') - (s[i] == ')' && depth);
		if (!depth && s[i] != ')')
			t[k++] = s[i] == '\n' ? ' ' : s[i];
	}
	t[k++] = ' ';
	for (int w = 0; scopes[w]; w++)
		if (imp_contains_ci_n(t, k, scopes[w]))
			return false;
	return imp_head_words_level(t, k) == PRR_LEVEL_READY;
}

label_kind imp_head_label_kind(imp *im, const char *s, size_t n)
{
	label_kind k = { 0, 0, false };
	/* "Outcome (2026-02-26)", "Decision (R2)": the label before its
	 * parenthesis; one that dates it before the review's day ("Verdict
	 * (R1, 2026-08-03)") labels an earlier review's */
	size_t bare = imp_before_paren(s, n);
	if (bare < n && imp_head_dated_before(im, s + bare, n - bare))
		return k;
	n = bare;
	/* "Phase 3: …", "Section 12: …" name a part, numbered: no label of
	 * the review's date or verdict has a digit */
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return k;
	if (im->again_of != im->r->title) {
		static const char *const again[] = { "re-review", "rereview",
			"re review", "reassess", "re-assess", "re-audit",
			"reaudit", NULL };
		static rec_vocab again_v = REC_VOCAB(again);
		const char *t = im->again_of = im->r->title;
		im->again = t && imp_contains_any_word(t, strlen(t), &again_v);
	}
	size_t slot = 0;
	bool memo = n < sizeof im->label_memo[0].label;
	if (memo) {
		uint32_t h = 2166136261u; /* FNV-1a */
		for (size_t i = 0; i < n; i++)
			h = (h ^ (unsigned char)s[i]) * 16777619u;
		slot = h % (sizeof im->label_memo / sizeof im->label_memo[0]);
		if (im->label_memo[slot].used && im->label_memo[slot].again == im->again &&
		    strlen(im->label_memo[slot].label) == n &&
		    memcmp(im->label_memo[slot].label, s, n) == 0) {
			k.date = im->label_memo[slot].date;
			k.verdict = im->label_memo[slot].verdict;
			k.other_date = im->label_memo[slot].other_date;
			return k;
		}
	}
	k.date = im->again ? prr_rec_date_label_again(s, n) : prr_rec_date_label(s, n);
	k.verdict = verdict_label(s, n);
	k.other_date = !k.date && imp_date_other_label(s, n);
	if (memo) {
		memcpy(im->label_memo[slot].label, s, n);
		im->label_memo[slot].label[n] = 0;
		im->label_memo[slot].used = true;
		im->label_memo[slot].again = im->again;
		im->label_memo[slot].date = (signed char)k.date;
		im->label_memo[slot].verdict = (signed char)k.verdict;
		im->label_memo[slot].other_date = k.other_date;
	}
	return k;
}

/*** Headings ***/

/* A section whose heading is "Verdict", "Decision", "结论" …: the first
 * verdict in it is the document's, before any field near the top. */
bool imp_head_decides(const char *t)
{
	/* the words of a decision, not of a summary ("Conclusion" sums up,
	 * and may restate the verdict without its caveats) */
	static const char *const words[] = { "verdict", "decision",
		"go/no-go", "go-no-go", "go / no-go", "veredicto", "décision",
		"decisión", "decisão", "urteil", "entscheidung", "avis",
		"dictamen", "parecer", "tl;dr", "tldr", "bottom line",
		"判定", "決定", "决定", "裁定",
		/* Swedish, Danish and Norwegian, Finnish, Czech, Ukrainian,
		 * Hebrew, Indonesian, Hungarian, Romanian, Arabic, Greek,
		 * Thai */
		"beslut", "beslutning", "päätös", "rozhodnutí", "рішення",
		"החלטה", "ההחלטה", "keputusan", "döntés", "decizie",
		"decizia", "القرار", "απόφαση", "การตัดสินใจ", "판정", "결정",
		/* Polish, Turkish, Dutch; "## Call", "## Launch call" */
		"decyzja", "werdykt", "karar", "beslissing", "oordeel", "call",
		"launch call", "go/no-go call", NULL };
	{
		size_t n = strlen(t), j = 0;
		/* the heading starts with the word, after emoji and numbers:
		 * "🎯 VERDICT FINAL", "5. Decision"; not "Key decisions" */
		while (j < n && !((t[j] >= 'a' && t[j] <= 'z') ||
				  (t[j] >= 'A' && t[j] <= 'Z') ||
				  ((unsigned char)t[j] >= 0xC3 &&
				   (unsigned char)t[j] < 0xF0)))
			j++;
		for (int i = 0; words[i]; i++) {
			size_t e = j + rec_fold_prefix(t + j, n - j, 0, words[i]);
			/* whole words: "DecisionLog" is a name */
			if (e > j &&
			    (e >= n || !((t[e] >= 'a' && t[e] <= 'z') ||
					 (t[e] >= 'A' && t[e] <= 'Z'))))
				return true;
		}
	}
	return false;
}

/* A heading that closes a document with its judgement: "Recommendation",
 * "Conclusion", "Final Verdict". Not "Status" or "Summary": their
 * sub-headings are the parts' states ("### Pending"). */
static const char *const closing_words[] = { "verdict", "decision",
	"conclusion", "recommendation", "final", "outcome", "go/no-go",
	"veredicto", "décision", "decisión", "decisão", "recommandation",
	"recomendación", "recomendação", "conclusión", "conclusão",
	"empfehlung", "fazit", "entscheidung", "closing", "wrap-up", "avis",
	"dictamen", "parecer", "结论", "結論", "判定",
	/* Italian */
	"esito", "conclusioni", "conclusione", "parere", "decisione",
	"raccomandazione",
	/* Swedish, Danish, Norwegian, Finnish, Czech, Ukrainian, Hebrew,
	 * Indonesian, Hungarian, Romanian, Arabic, Greek, Thai, Korean */
	"beslut", "slutsats", "rekommendation", "beslutning", "konklusion",
	"konklusjon", "anbefaling", "päätös", "johtopäätös", "suositus",
	"rozhodnutí", "závěr", "doporučení", "рішення", "висновок",
	"рекомендація", "החלטה", "מסקנה", "המלצה", "keputusan",
	"kesimpulan", "rekomendasi", "döntés", "következtetés", "javaslat",
	"decizie", "decizia", "concluzie", "recomandare", "القرار",
	"الخلاصة", "الاستنتاج", "التوصية", "απόφαση", "συμπέρασμα",
	"σύσταση", "ข้อสรุป", "การตัดสินใจ", "결론",
	/* Polish, Turkish, Dutch; "## Launch call" */
	"decyzja", "werdykt", "wnioski", "rekomendacja", "karar", "öneri",
	"beslissing", "conclusie", "aanbeveling", "launch call",
	/* Russian: conclusion, findings, result, verdict (not "решение",
	 * a solution too: "Проблема и решение") */
	"заключение", "Заключение", "выводы", "Выводы", "вывод", "Вывод",
	"итог", "Итог", "итоги", "Итоги", "вердикт", "Вердикт", NULL };

bool imp_head_closing(const char *t)
{
	static rec_vocab vocab = REC_VOCAB(closing_words);
	return imp_contains_any(t, strlen(t), &vocab);
}

/* Whether a heading concludes: it closes the document (above), or sums
 * it up ("Summary", "Status", "Overall", a vote's result). */
bool imp_head_concluding(const char *t)
{
	static const char *const words[] = { "summary", "assessment",
		"status", "readiness", "résumé", "synthèse", "ergebnis",
		"zusammenfassung", "resumen", "resumo", "tl;dr", "tldr",
		"bottom line", "overall", "总结", "まとめ", "総合評価",
		/* where things stand now: "## Where we are" */
		"where we are", "where we stand", "where things stand",
		"where we ended up", "where we landed",
		"short answer", "what we agreed", "we agreed",
		"resposta curta", "respuesta corta", "réponse courte",
		"kurze antwort", "kort antwoord",
		/* a vote's result concludes: "## Vote", "## Abstimmung" */
		"vote", "voting", "abstimmung", "votación", "votação", "scrutin",
		/* Swedish, Danish, Norwegian, Finnish, Czech, Ukrainian,
		 * Hebrew, Indonesian, Hungarian, Romanian, Arabic, Greek,
		 * Thai, Korean */
		"sammanfattning", "sammendrag", "yhteenveto", "shrnutí",
		"підсумок", "סיכום", "ringkasan", "összefoglaló", "rezumat",
		"ملخص", "σύνοψη", "สรุป", "요약",
		/* Turkish, Dutch */
		"özet", "değerlendirme", "samenvatting", NULL };
	/* the heading is the word and nothing else: "## Result" (not "##
	 * Test results") */
	static const char *const alone[] = { "result", "résultat", "resultado",
		"risultato", "wynik", "результат", "sonuç", "call", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	size_t a = 0, b = strlen(t);
	while (a < b && !isalpha((unsigned char)t[a]) && (unsigned char)t[a] < 0xC0)
		a++;
	while (b > a && !isalpha((unsigned char)t[b - 1]) &&
	       (unsigned char)t[b - 1] < 0x80)
		b--;
	return imp_head_closing(t) ||
	       imp_contains_any(t, strlen(t), &vocab) ||
	       imp_is_one_of(t + a, b - a, alone);
}

/* A heading over votes cast: "## Roll call", "## Votes", "## Panel
 * voting": its list's "- Security: NO-GO until …" are votes, no checks. */
bool imp_head_votes(const char *t)
{
	static const char *const words[] = { "vote", "voting", "roll call",
		"roll-call", "ballot", "abstimmung", "votación", "votação",
		"scrutin", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	return imp_contains_any_word(t, strlen(t), &vocab);
}

/* A day after "since" names an earlier one: "## What changed since
 * 2026-01-20", "## Changes since the review of 2026-01-20". */
bool imp_head_since_day(const char *s, const prr_date_hit *day)
{
	static const char *const words[] = { "since", "seit", "desde",
		"depuis", "sinds", "dal", NULL };
	for (size_t a = 0, b; a < day->at; a = b + 1) {
		b = a;
		while (b < day->at && s[b] != ' ')
			b++;
		if (imp_is_one_of(s + a, b - a, words))
			return true;
	}
	return false;
}

prr_status imp_dashed_status(const char *t, size_t *name)
{
	static const char *const dashes[] = { " \xE2\x80\x94 ", " \xE2\x80\x93 ",
					      " - ", NULL };
	*name = 0;
	const char *at = NULL;
	size_t dn = 0;
	for (int i = 0; dashes[i]; i++) {
		const char *d = strstr(t, dashes[i]);
		if (d && (!at || d < at)) {
			at = d;
			dn = strlen(dashes[i]);
		}
	}
	if (!at)
		return PRR_UNKNOWN;
	const char *v = at + dn;
	size_t vn = strlen(v), lead = prr_status_lead(v, vn);
	bool known;
	prr_status st = prr_status_from_marks(v, lead, &known);
	if (!known)
		st = prr_status_word(v + lead, vn - lead, &known);
	if (!known)
		return PRR_UNKNOWN;
	*name = (size_t)(at - t);
	return st;
}

/* The length of s[0..n), a line's end inside the paragraph being read,
 * carried on to the end of its sentence where the line breaks it off. */
/* The length of a full stop of Chinese and Japanese at p ("。", "！",
 * "？"), or 0. */
static size_t cjk_stop(const char *p, size_t n)
{
	static const char *const stops[] = { "\xE3\x80\x82", "\xEF\xBC\x81",
					     "\xEF\xBC\x9F" };
	for (size_t k = 0; k < 3; k++)
		if (n >= 3 && memcmp(p, stops[k], 3) == 0)
			return 3;
	return 0;
}

size_t imp_head_sentence_on(imp *im, const char *s, size_t n)
{
	if (!im->para || s < im->para || s + n >= im->para + im->para_n)
		return n;
	size_t e = n;
	while (e && (s[e - 1] == ' ' || s[e - 1] == '*'))
		e--;
	if ((e && strchr(".!?:", s[e - 1])) || (e >= 3 && cjk_stop(s + e - 3, 3)))
		return n; /* the sentence ends with the line */
	/* (a sentence runs on for a few lines at the most: a paragraph
	 * with no stop, "。" unread, is not read to its end from each of
	 * its lines) */
	const char *end = im->para + im->para_n, *p = s + n;
	if ((size_t)(end - p) > IMP_SENTENCE_MAX)
		end = p + IMP_SENTENCE_MAX;
	/* the next line goes on with it: a small letter, no label, no mark
	 * of a field or a list ("**Overall Score:** …" is a line of its own) */
	while (p < end && (*p == '\n' || *p == ' '))
		p++;
	const char *colon = memchr(p, ':', (size_t)(end - p) < 40 ? (size_t)(end - p) : 40);
	/* ("**not ready** — it has no fallback": words in bold go on) */
	const char *w = p;
	while (w < end && (*w == '*' || *w == '_'))
		w++;
	bool bold_words = w > p && w < end && ((*w >= 'a' && *w <= 'z') ||
					      (*w >= '0' && *w <= '9'));
	/* (a day goes on with it, "… in eu-west-1 on / 5 May 2026 provided
	 * …"; a number that opens an enumeration, "2. Next", does not) */
	const char *d = p;
	while (d < end && *d >= '0' && *d <= '9')
		d++;
	bool enumerates = d > p && d + 1 < end && (*d == '.' || *d == ')') &&
			  d[1] == ' ';
	if (p == end || (strchr("*_->#|`", *p) && !bold_words) || enumerates ||
	    colon)
		return n;
	size_t stop = 0; /* the length of the stop that ends it */
	for (; p < end && !stop; p += stop ? 0 : 1) {
		if ((*p == '.' || *p == '!' || *p == '?') &&
		    (p + 1 == end || p[1] == ' ' || p[1] == '\n'))
			stop = 1;
		else
			stop = cjk_stop(p, (size_t)(end - p));
	}
	size_t got = (size_t)(p + stop - s);
	/* "… for this launch. Overall: partially ready.": the sentence
	 * that sums it up goes with it */
	size_t sum = prr_rec_verdict_summing_up(s, (size_t)(end - s));
	if (sum > got && sum <= got + 2) {
		p = s + sum;
		while (p < end && !(*p == '.' && (p + 1 == end || p[1] == ' ' ||
						  p[1] == '\n')))
			p++;
		got = (size_t)((p < end ? p + 1 : end) - s);
	}
	return got;
}

/* imp_head_sentence_on for a text shown as it is (a check's note, what
 * evidence claims): not carried onto a line that opens with a symbol or
 * an emoji ("🙌 5  +1 4", the reactions under a chat message). */
size_t imp_text_sentence_on(imp *im, const char *s, size_t n)
{
	size_t e = imp_head_sentence_on(im, s, n);
	const char *p = s + n;
	while (p < s + e && (*p == '\n' || *p == ' '))
		p++;
	if (p < s + e && ((unsigned char)*p == 0xE2 || (unsigned char)*p == 0xF0))
		return n;
	return e;
}

/* The longest sentence read to qualify a verdict, or around its word in
 * bold. */
#define QUOTE_MAX 240

/* Whether s[i] ends a sentence: '.', '!' or '?' before a space, a line's
 * end, emphasis or the end. */
static bool stop_at(const char *s, size_t n, size_t i)
{
	return (s[i] == '.' || s[i] == '!' || s[i] == '?') &&
	       (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\n' ||
		s[i + 1] == '*' || s[i + 1] == '_');
}

size_t imp_head_qualified(imp *im, const char *s, size_t n)
{
	if (!im->para || s < im->para || s + n >= im->para + im->para_n)
		return n;
	/* (the quote ends a sentence, and the next opens on the same line:
	 * one on a line of its own is that line's, part_on_next_line's) */
	size_t e = n;
	while (e && (s[e - 1] == ' ' || s[e - 1] == '*' || s[e - 1] == '_'))
		e--;
	if (!e || !stop_at(s, n, e - 1))
		return n;
	size_t m = (size_t)(im->para + im->para_n - s), p = n, q;
	while (p < m && s[p] == ' ')
		p++;
	for (q = p; q < m && q - p < QUOTE_MAX && !stop_at(s, m, q); q++)
		;
	if (p == m || s[p] == '\n' || q - p >= QUOTE_MAX || memchr(s + p, ':', q - p))
		return n;
	q += q < m;
	return imp_head_words_level(s + p, q - p) != PRR_LEVEL_UNKNOWN ? q : n;
}

bool imp_head_bold_sentence_of(imp *im, const char *s, size_t n, size_t a,
			       size_t b, const char **q, size_t *qn)
{
	/* (in its paragraph, when line s is one of its lines) */
	if (im->para && s > im->para && s + n <= im->para + im->para_n) {
		a += (size_t)(s - im->para);
		b += (size_t)(s - im->para);
		s = im->para;
		n = im->para_n;
	}
	size_t c, e;
	for (c = a; c > 0 && a - c < QUOTE_MAX && !stop_at(s, n, c - 1); c--)
		;
	for (e = b; e < n && e - b < QUOTE_MAX && !stop_at(s, n, e); e++)
		;
	if (a - c >= QUOTE_MAX || e - b >= QUOTE_MAX)
		return false;
	e += e < n;
	while (c < a && (s[c] == ' ' || s[c] == '\n'))
		c++;
	*q = s + c;
	*qn = e - c;
	return true;
}

/* "### T-7d (2026-10-10)", "## Phase 2 — 2026-03-01", "### Week 3": a
 * heading of a step of a timeline or plan; its day is the step's. */
bool imp_head_timeline_step(const char *s, size_t n)
{
	static const char *const steps[] = { "t-", "t+", "t\xE2\x88\x92", "d-",
		"day ", "week ", "phase ", "wave ", "sprint ", "stage ", "step ",
		"iteration ", "milestone ", NULL };
	size_t i = 0;
	while (i < n && (s[i] == '#' || s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	for (int k = 0; steps[k]; k++) {
		size_t l = strlen(steps[k]);
		if (n - i > l && strncasecmp(s + i, steps[k], l) == 0 &&
		    isdigit((unsigned char)s[i + l]))
			return true;
	}
	return false;
}

/* Whether s[i] ends a sentence: '.', '!' or '?' before a space, the end
 * or emphasis. */
static bool sentence_ends(const char *s, size_t n, size_t i)
{
	return strchr(".!?", s[i]) &&
	       (i + 1 == n || strchr(" \n*_", s[i + 1]));
}

/* (import_int.h) */
void imp_head_sentences_around(const char *s, size_t n, size_t at, size_t len,
			       size_t *a, size_t *b)
{
	*a = at;
	while (*a && at - *a < IMP_SENTENCE_MAX && !sentence_ends(s, n, *a - 1))
		(*a)--;
	while (*a < at && (s[*a] == ' ' || s[*a] == '\n'))
		(*a)++;
	*b = at + len;
	while (*b < n && *b - at - len < IMP_SENTENCE_MAX && !sentence_ends(s, n, *b))
		(*b)++;
	if (*b < n)
		(*b)++;
}

/* (import_int.h) */
void imp_head_verdict_sentences(const char *s, size_t n, size_t *a, size_t *b)
{
	size_t at, len;
	*a = 0;
	*b = n;
	if (prr_rec_verdict(s, n, &at, &len) != PRR_LEVEL_UNKNOWN)
		imp_head_sentences_around(s, n, at, len, a, b);
}
