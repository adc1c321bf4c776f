/* import_score.c - scores: dimensions of tables, scores written in
 * headings and lines, readiness percents; their scales. */
#include "import_int.h"
#include "prr/rec_score.h"
#include "prr/rec_verdict.h"
#include "prr/mojibake.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void push_score(imp *im, const char *label, double v, double hi,
		       double max, const char *grade, int line)
{
	*PUSH(im, scores) = (prr_score){
		.label = label, .value = v, .high = hi, .max = max,
		.grade = grade, .line = line
	};
}

/* (import_int.h) */
double imp_bare_number(const char *s)
{
	while (*s && !(*s >= '0' && *s <= '9') && *s != '+' && *s != '-') {
		if ((unsigned char)*s < 0x80 && *s != '*' && *s != ' ')
			return PRR_NONE; /* a word before it: not a bare number */
		s++;
	}
	if (*s == '+' || *s == '-')
		return PRR_NONE; /* "+30%", "-2": a change, not a score */
	char *end;
	double v = strtod(s, &end);
	/* "7,5": a decimal comma, one or two digits after it */
	if (end > s && *end == ',' && isdigit((unsigned char)end[1]) &&
	    (!end[2] || isdigit((unsigned char)end[2]) || end[2] == '*' || end[2] == ' ')) {
		char num[40];
		size_t k = (size_t)(end - s), d = isdigit((unsigned char)end[2]) ? 2 : 1;
		if (k + 1 + d < sizeof num) {
			memcpy(num, s, k);
			num[k] = '.';
			memcpy(num + k + 1, end + 1, d);
			num[k + 1 + d] = 0;
			v = strtod(num, NULL);
			end += 1 + d;
		}
	}
	while (*end == '*' || *end == ' ')
		end++;
	return end == s || *end ? PRR_NONE : v;
}

/* A cell that is a letter grade and nothing else ("A-", "**B+**"). */
static bool lone_grade(const char *s, char out[4])
{
	while (*s == '*' || *s == ' ')
		s++;
	size_t n = strlen(s), k = prr_rec_grade(s, n, out);
	while (k && k < n && (s[k] == '*' || s[k] == ' '))
		k++;
	return k && k == n;
}

/* A column of each row's most ("| Score | Max |", "Out of", "满分"): its
 * index, or -1. */
static int max_column(const table *t)
{
	static const char *const words[] = { "max", "maximum", "max score",
		"max points", "out of", "possible", "máx", "máximo", "höchstwert",
		"满分", "滿分", NULL };
	for (size_t c = 0; c < t->cols; c++)
		if (imp_is_one_of(t->head[c], strlen(t->head[c]), words))
			return (int)c;
	return -1;
}

size_t imp_dimension_named(imp *im, const char *name)
{
	const prr_review *r = im->r;
	if (!name)
		return PRR_NAMES_NONE;
	if (r->n_dimensions < im->n_dim_names) {
		/* some were dropped: the table starts again */
		prr_names_free(&im->dim_names);
		im->n_dim_names = 0;
	}
	for (; im->n_dim_names < r->n_dimensions; im->n_dim_names++) {
		const char *nm = r->dimensions[im->n_dim_names].name;
		if (nm)
			prr_names_put(&im->dim_names, nm, im->n_dim_names);
	}
	return prr_names_find(&im->dim_names, name);
}

/* A score of the review's stated on scale `max`, or NULL. */
static const prr_score *whole_score_on(const prr_review *r, double max)
{
	for (size_t i = 0; i < r->n_scores; i++)
		if (prr_has(r->scores[i].value) && r->scores[i].max == max)
			return &r->scores[i];
	return NULL;
}

/* Whether line `line` of the document is a Markdown table's row. */
static bool table_row_line(imp *im, int line)
{
	const char *p;
	size_t n;
	if (line < 1 || (size_t)line > im->map.n)
		return false;
	prr_linemap_line(&im->map, line, &p, &n);
	while (n && *p == ' ')
		p++, n--;
	return n && *p == '|';
}

void imp_table_dimensions(imp *im, const table *t, int name_col, int score_col)
{
	int st = imp_col_of(t, PRR_COL_STATUS), no = imp_col_of(t, PRR_COL_NOTES),
	    we = imp_col_of(t, PRR_COL_WEIGHT), mx = max_column(t);
	bool guessed;
	double scale = imp_column_scale(im, t, score_col, &guessed);
	size_t first = im->r->n_dimensions;
	/* whether most of its rows, two at least, name dimensions an
	 * earlier table gave: the scorecard again, its rows the latest */
	size_t named = 0, again = 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *nm = imp_title_in(im, t->cell[r][name_col]);
		size_t at = *nm ? imp_dimension_named(im, nm) : PRR_NAMES_NONE;
		named += *nm != 0;
		again += at != PRR_NAMES_NONE &&
			 table_row_line(im, im->r->dimensions[at].line);
	}
	bool restates = again >= 2 && again * 2 > named;
	/* the rows of bare numbers so far, to read a total row's */
	size_t summed = 0;
	prr_score total = { 0 }; /* its Total row's (line 0: none) */
	for (size_t r = 0; r < t->rows; r++) {
		/* "1. Code Maintainability": the name, not its number */
		const char *nm = imp_title_in(im, t->cell[r][name_col]);
		double v, hi, max;
		const char *sc = t->cell[r][score_col];
		if (!*nm || !*sc)
			continue;
		const char *grade = NULL;
		bool bare = false; /* a number on the column's scale */
		char gbuf[4];
		prr_score_hit h;
		if (prr_parse_score(sc, strlen(sc), &v, &hi, &max) == 0) {
			/* "7/10", "85%", "6.0-6.5/10" */
		} else if (prr_rec_score(t->raw[r][score_col],
					 strlen(t->raw[r][score_col]), &h)) {
			/* "B+ (87/100)", "A-", "⭐⭐⭐⭐☆", "B+ → A-" */
			v = h.value;
			hi = h.high;
			max = h.max;
			if (h.grade[0])
				grade = prr_arena_strdup(im->a, h.grade);
		} else if (imp_level_of(sc, &v, &max)) {
			hi = PRR_NONE; /* "Level 3 of 5" */
		} else if (lone_grade(sc, gbuf)) {
			/* "A-" alone in a Grade column: its header says so */
			v = hi = max = PRR_NONE;
			grade = prr_arena_strdup(im->a, gbuf);
		} else {
			v = imp_bare_number(sc);
			hi = PRR_NONE;
			bare = mx < 0;
			max = mx >= 0 && prr_has(imp_bare_number(t->cell[r][mx]))
				      ? imp_bare_number(t->cell[r][mx]) : scale;
		}
		if (!grade && (!prr_has(v) || !prr_has(max))) {
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
				     t->line[r], 0,
				     "not imported: score '%s' of '%s'", sc, nm);
			continue;
		}
		if (imp_is_total_row(nm) && bare && v > max) {
			/* "| **Total** | **8** |" under rows scored 0-5: their
			 * sum, out of their maxima summed (audited against
			 * the rows' sum); above those too, no score */
			if (v > max * (double)summed) {
				prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
					     t->line[r], 0,
					     "not imported: total '%s' of '%s' is above "
					     "what its rows' scale can sum to",
					     sc, nm);
				continue;
			}
			max *= (double)summed;
		}
		if (imp_is_total_row(nm) || imp_readiness_row(nm)) {
			/* a score of the whole stated before on its scale
			 * ("**62/100** — below our bar" over the table) leads:
			 * the Total row restates it, no second score, and is
			 * audited against its rows (imp_claim_score_mean) */
			if (!whole_score_on(im->r, max))
				push_score(im, nm, v, hi, max, grade, t->line[r]);
			if (!total.line)
				total = (prr_score){ .label = nm, .value = v,
					.high = hi, .max = max, .line = t->line[r] };
			/* "| **Overall** | **69%** | **⚠️** |": its status is
			 * the document's verdict, as in a table of checks */
			if (st >= 0)
				imp_head_total_row(im, nm, t->cell[r][st], t->line[r]);
			continue;
		}
		/* a table says more than a line stating the same dimension */
		size_t at = imp_dimension_named(im, nm);
		if (at != PRR_NAMES_NONE)
			imp_note_restated(im, at, t->line[r], v);
		/* but not more than an earlier table, unless it restates
		 * that table ("Updated Assessment Table"): "Error Handling" of
		 * a security table is another thing than the scorecard's */
		if (at != PRR_NAMES_NONE && at < first && !restates &&
		    table_row_line(im, im->r->dimensions[at].line))
			continue;
		prr_dimension *d = at != PRR_NAMES_NONE
					   ? &im->r->dimensions[at] : PUSH(im, dimensions);
		summed += bare;
		double weight = PRR_NONE;
		if (we >= 0) {
			double w, wh, wm;
			const char *ws = t->cell[r][we];
			if (prr_parse_score(ws, strlen(ws), &w, &wh, &wm) == 0)
				weight = w / wm;
			else if (*ws)
				weight = strtod(ws, NULL);
		}
		*d = (prr_dimension){
			.name = nm, .score = v, .high = hi, .max = max,
			.weight = weight, .grade = grade,
			.status = imp_cell_status(im, t, r, st),
			.note = no >= 0 && *t->cell[r][no] ? t->cell[r][no] : NULL,
			.line = t->line[r]
		};
	}
	if (im->r->n_dimensions - first > im->dims_tab_n) {
		im->dims_tab_at = first;
		im->dims_tab_n = im->r->n_dimensions - first;
		im->dims_tab_guessed = guessed && mx < 0;
		im->dims_tab_total = total;
	}
}

/*** Scores written in headings and lines ***/

/* "Readiness", "Operational readiness", "Готовність": the review's own
 * score, alone; one among others in a list of them (imp_list_scores). */
static bool readiness_label(const char *s)
{
	static const char *const words[] = { "readiness", "pregătire",
		"kesiapan", "valmius", "připraven", "готовніст", "готовност",
		"felkészültség", "ετοιμότητα", "מוכנות", "الجاهزية",
		"ความพร้อม", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	return imp_contains_any(s, strlen(s), &vocab);
}

/* "Overall", "Total", "Score Global", "総合": the review's own score
 * (and readiness_label's). */
static bool sum_label(const char *s)
{
	static const char *const words[] = { "overall", "total", "global",
		"final", "achievement", "general", "gesamt",
		"promedio", "moyenne", "総合", "总体", "综合", "总分",
		/* the thirteen languages read since: overall, readiness */
		"samlet", "totalt", "yhteensä", "celkem", "celkové",
		"загальна", "összesen", "összesített",
		"συνολική", "الإجمالي", "รวม", "parathed", "klarhet",
		/* Italian "Punteggio complessivo", Portuguese "Nota geral" */
		"complessiv", "geral",
		/* Russian "Общая оценка", "Итоговая оценка", "Общий балл" */
		"общая", "общий", "итогов", NULL };
	/* "Average: 3.4/5." under a table of dimensions: their mean, the
	 * word alone ("Average uptime: 99.9%" is no score) */
	static const char *const means[] = { "average", "mean", "avg",
		"durchschnitt", "média", "media", "gemiddelde", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	return imp_contains_any(s, strlen(s), &vocab) ||
	       imp_is_one_of(s, strlen(s), means);
}

static bool overall_label(const char *s)
{
	return sum_label(s) || readiness_label(s);
}

/* (import_int.h) */
bool imp_readiness_only(const char *label)
{
	return readiness_label(label) && !sum_label(label);
}

/* A label that names no dimension ("Score", "Estado", "Nota"): the
 * section's heading does. */
static bool generic_label(const char *s)
{
	static const char *const words[] = { "score", "status", "estado",
		"état", "statut", "nota", "note", "rating", "grade",
		"puntuación", "pontuação", "bewertung", "result", "resultado",
		"評価", "评分", "得分", "スコア", "poäng", "pisteet", "skóre",
		"pontszám", "scor", "skor", "βαθμολογία", "ציון", "คะแนน",
		NULL };
	size_t n = strlen(s);
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == n && imp_starts_with_ci(s, n, words[i]))
			return true;
	return false;
}

/* (import_int.h) */
bool imp_whole_count(imp *im, const char *label, const char *s, size_t n,
		     double v, double max, int line)
{
	if (!label || !generic_label(label) || !imp_counted_fraction(s, n))
		return false;
	const prr_score *had = whole_score_on(im->r, max);
	if (!had || had->value != v)
		push_score(im, label, v, PRR_NONE, max, NULL, line);
	return true;
}

/* "Current Status", "Overall status": a label whose last word is a
 * generic one names the state of the whole. */
static bool state_label(const char *s)
{
	const char *w = strrchr(s, ' ');
	return generic_label(w ? w + 1 : s);
}

/* A heading over the review's own figures, the word alone past emoji and
 * numbering ("## Scorecard", "## 3. Results"), or a question of the
 * review's readiness ("### ¿Está listo para producción?"): a generic
 * "Score: 92/100" under it is the review's score, no dimension named
 * after the heading. */
static bool whole_heading(const char *t)
{
	static const char *const words[] = { "scorecard", "score card",
		"scores", "score", "scoring", "results", "result", "summary",
		"overall", "outcome", "verdict", "conclusion", "final score",
		"overall score", NULL };
	size_t a = 0, b = strlen(t);
	/* (emoji and symbols begin 0xE2, 0xEF or 0xF0 and above) */
	for (unsigned char c; a < b && (c = (unsigned char)t[a], !isalpha(c)) &&
			      (c < 0xC0 || c == 0xE2 || c == 0xEF || c >= 0xF0);)
		a++;
	while (b > a && !isalpha((unsigned char)t[b - 1]) &&
	       (unsigned char)t[b - 1] < 0x80)
		b--;
	size_t q = strlen(t);
	while (q && (t[q - 1] == ' ' || t[q - 1] == '*'))
		q--;
	return imp_is_one_of(t + a, b - a, words) ||
	       (q && t[q - 1] == '?' &&
		prr_rec_verdict(t, q - 1, NULL, NULL) == PRR_LEVEL_READY);
}

/* "### 3.2 Security Assessment" over "**Rating: 8.5/10**": the area
 * rated, "Security", without the word for rating it. */
static const char *area_named(imp *im, const char *title)
{
	static const char *const acts[] = { "assessment", "review",
		"analysis", "evaluation", NULL };
	const char *sp = title ? strrchr(title, ' ') : NULL;
	if (!sp || sp == title || !imp_is_one_of(sp + 1, strlen(sp + 1), acts))
		return title;
	return prr_arena_strndup(im->a, title, (size_t)(sp - title));
}

/*
 * A score the document states, as an overall score or as a dimension:
 * dimensions for headings and list items ("## Security (20/20)", "- Tests:
 * 8.5/10") and for a generic label inside a section ("Status: 9/10" under
 * "## Dependencies"); scores for overall labels and for the fields of a
 * paragraph, as before.  A figure stated again with the same value (a
 * summary repeating a score) is not added twice.
 */
void imp_add_scored(imp *im, const char *label, double v, double hi,
		    double max, const char *grade, int line, imp_line_kind kind)
{
	/* "Risk score: 62 / 100 (Moderate)": how risky a change is, the
	 * higher the worse; no readiness */
	static const char *const risky[] = { "risk score", "risk rating",
		"risk level", "change risk", "risk index", NULL };
	for (int k = 0; label && risky[k]; k++)
		if (imp_contains_ci(label, risky[k]))
			return;
	if (label && (strcasecmp(label, "risk") == 0 || imp_tool_label(label)))
		return; /* "Risk rating: 3/5" without its "rating"; "Pylint" */
	/* "**A subtotal: 2/2**": one part's sum, which the table of parts
	 * and its Total row state; no overall score (nor a mean to audit) */
	if (label && (imp_contains_ci(label, "subtotal") ||
		      imp_contains_ci(label, "sub-total")))
		return;
	/* "**Section:** E (B2C storefront)": a part's letter, no grade */
	static const char *const parts[] = { "section", "part", "appendix",
		"annex", "option", "phase", NULL };
	if (grade && label && imp_is_one_of(label, strlen(label), parts))
		return;
	const char *name = label;
	bool overall = label && overall_label(label);
	bool in_section = im->n_hs > 1 || (im->n_hs == 1 && im->hs[0].level > 1);
	if (!overall && (!label || !*label || generic_label(label))) {
		/* (nor under one of readiness: "## PyPI Readiness" over
		 * "**Score: 64% — NOT READY**" is the review's score) */
		if (in_section && !(kind == IMP_LINE_HEADING && im->n_hs <= 1) &&
		    !whole_heading(imp_nearest_title(im)) &&
		    !readiness_label(imp_nearest_title(im)))
			name = area_named(im, imp_nearest_title(im));
		else
			overall = true;
	}
	prr_review *r = im->r;
	if (kind == IMP_LINE_TEXT || kind == IMP_LINE_CODE)
		overall |= name == label && /* a paragraph's own field */
			   !imp_part_score(im, label, in_section);
	for (size_t i = 0; i < r->n_scores; i++)
		if (prr_has(v) && r->scores[i].value == v && r->scores[i].max == max)
			return;
	if (overall) {
		push_score(im, label && *label ? label : name, v, hi, max, grade,
			   line);
		return;
	}
	/* "## Security — Red (2 / 5)": the dimension is named without the
	 * rating after its dash ("Security", as a table of them names it) */
	const char *dash = name ? strstr(name, " \xE2\x80\x94 ") : NULL;
	bool known = false;
	while (dash && strstr(dash + 5, " \xE2\x80\x94 "))
		dash = strstr(dash + 5, " \xE2\x80\x94 ");
	if (dash)
		prr_status_word(dash + 5, strlen(dash + 5), &known);
	if (known)
		name = prr_arena_strndup(im->a, name, (size_t)(dash - name));
	size_t at = imp_dimension_named(im, name);
	if (at != PRR_NAMES_NONE) {
		imp_note_restated(im, at, line, v);
		return;
	}
	*PUSH(im, dimensions) = (prr_dimension){
		.name = name, .score = v, .high = hi, .max = max,
		.weight = PRR_NONE, .grade = grade, .line = line
	};
}

static const char *const score_words[] = { "score", "grade", "rating",
	"nota", "note", "puntuación", "pontuação", "bewertung", "評価",
	"评分", "スコア",
	/* Swedish, Finnish, Czech, Hungarian, Romanian, Indonesian, Greek,
	 * Hebrew, Arabic, Thai */
	"poäng", "pisteet", "skóre", "pontszám", "scor", "skor",
	"βαθμολογία", "ציון", "الدرجة", "คะแนน", NULL };
static rec_vocab score_vocab = REC_VOCAB(score_words);

/* "Observability Score" names the dimension "Observability". */
static const char *without_score_word(imp *im, const char *label)
{
	size_t n = strlen(label);
	for (int i = 0; score_words[i]; i++) {
		size_t k = strlen(score_words[i]);
		if (n > k + 1 && label[n - k - 1] == ' ' &&
		    imp_starts_with_ci(label + n - k, k, score_words[i]))
			return prr_arena_strndup(im->a, label, n - k - 1);
	}
	return label;
}

/* What every written score has: a fraction's '/', a percent, a grade
 * after a colon ("Grade: B+"), "out of", "stars", or a star (⭐ U+2B50,
 * 🌟 U+1F31F, ★ U+2605). */
static bool may_score(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '/' || s[i] == '%')
			return true;
		unsigned char c = (unsigned char)s[i];
		if (c == ':' || (c == 0xEF && i + 3 <= n &&
				 memcmp(s + i, "\xEF\xBC\x9A", 3) == 0)) {
			size_t j = i + (s[i] == ':' ? 1 : 3);
			while (j < n && (s[j] == ' ' || s[j] == '*'))
				j++;
			if (j < n && s[j] >= 'A' && s[j] <= 'F')
				return true; /* a letter grade, maybe */
		}
		if ((c | 0x20) == 'o' && i + 6 <= n &&
		    strncasecmp(s + i, "out of", 6) == 0)
			return true;
		if ((c | 0x20) == 's' && i + 5 <= n &&
		    strncasecmp(s + i, "stars", 5) == 0)
			return true;
		/* "6,9 von 10", "8 su 10", "7 sur 10", "6 van 10" */
		if (c == ' ' && i + 5 <= n &&
		    (strncasecmp(s + i, " von ", 5) == 0 ||
		     strncasecmp(s + i, " van ", 5) == 0 ||
		     strncasecmp(s + i, " sur ", 5) == 0 ||
		     strncasecmp(s + i, " su ", 4) == 0))
			return true;
		if (i + 3 <= n && memcmp(s + i, "\xEF\xBC\x8F", 3) == 0)
			return true; /* "62点／100点" */
		if (c < 0xE2)
			continue;
		if (i + 3 <= n && (memcmp(s + i, "\xE2\xAD\x90", 3) == 0 ||
				   memcmp(s + i, "\xE2\x98\x85", 3) == 0))
			return true;
		if (i + 4 <= n && memcmp(s + i, "\xF0\x9F\x8C\x9F", 4) == 0)
			return true;
	}
	return false;
}

/* What every score has (rec_score.h): an ASCII digit (fractions,
 * percents, "N stars"), a grade's capital A-F, or a star or bar (bytes
 * beyond ASCII).  A line without any, most prose and items, is asked no
 * more; one with one may still hold none (may_score). */
static bool may_hold_score(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || c >= 0x80)
			return true;
	}
	return false;
}

/* A percent of something used up or left, no score: "Error budget: 62%
 * remaining", "40% used", "10% of traffic"; nor a probability: "70%
 * confidence we hit the date", "a 60% chance"; nor test coverage,
 * whatever its label ("Overall:   58% coverage").  `p` is the '%'. */
static bool share_word_after(const char *s, size_t n, const char *p)
{
	static const char *const words[] = { "remaining", "left", "used",
		"spent", "consumed", "burned", "burnt", "of traffic", "of users",
		"of requests", "of the budget", "confidence", "confident",
		"chance", "likelihood", "likely", "probability", "odds",
		"coverage", "covered", NULL };
	const char *w = p + 1;
	while (w < s + n && (*w == ' ' || *w == '*' || *w == '_'))
		w++;
	return imp_starts_with_word(w, (size_t)(s + n - w), words);
}

static bool share_after_percent(const char *s, size_t n)
{
	for (const char *p = memchr(s, '%', n); p; p = memchr(p + 1, '%', (size_t)(s + n - p - 1)))
		if (share_word_after(s, n, p))
			return true;
	return false;
}

/* A heading's percent that is no dimension: one run straight on from the
 * heading's words, no ':', '—', '(' or emphasis between ("## Open defects
 * blocking 100%", a rollout's stage), or a share the heading names ("##
 * Share of traffic: 12%", "### Test coverage — 78%"), or a state to come,
 * or a share of work left or done ("## Remaining work (13%)"). */
static bool heading_share(const char *s, const prr_score_hit *h,
			  const char *label)
{
	static const char *const words[] = { "share", "coverage", "traffic",
		"rollout", "canary", "budget", "availability", "uptime",
		/* a state to come: "### Future State: Mature Production (100%)" */
		"future", "target", "goal",
		/* work, left or done: "## Remaining work (13%)", "## Work
		 * completed (87%)", "## Trabajo pendiente (13%)" */
		"remaining", "outstanding", "work", "restante", "pendiente",
		"trabajo", "restant", "travail", "verbleibend", "arbeit", NULL };
	size_t e = h->label_at + h->label_len;
	while (e < h->at && s[e] == ' ')
		e++;
	if (h->label_len && e == h->at)
		return true;
	return imp_has_word_of(label, words);
}

/*
 * "Overall: 14 / 20.", "Total: 17 / 25. Audit's threshold …", "Readiness
 * 46/100. The target …": a line
 * whose short label names the whole and whose first sentence is a
 * fraction alone is the review's score on whatever scale it writes
 * (prr_rec_score takes a fraction without a score word only out of 5,
 * 10 or 100).
 */
static bool whole_fraction(imp *im, const char *s, size_t n, int line)
{
	const char *c = memchr(s, ':', n < 24 ? n : 24);
	/* "Readiness 46/100. The target …": its one word, no colon */
	if (!c && (c = memchr(s, ' ', n < 24 ? n : 24)) &&
	    (c + 1 == s + n || !isdigit((unsigned char)c[1])))
		c = NULL;
	if (!c)
		return false;
	const char *v = c + 1, *end = s + n;
	while (v < end && (*v == ' ' || *v == '*'))
		v++;
	const char *e = v;
	while (e < end && !(*e == '.' && (e + 1 == end || e[1] == ' ')))
		e++;
	bool slash = false;
	for (const char *q = v; q < e; q++) {
		if (!isdigit((unsigned char)*q) && !strchr(" /.,", *q))
			return false;
		slash |= *q == '/';
	}
	double val, hi, max;
	const char *label = imp_clean(im, s, (size_t)(c - s));
	if (!slash || !*label || strchr(label, ' ') || !overall_label(label) ||
	    prr_parse_score(v, (size_t)(e - v), &val, &hi, &max) != 0)
		return false;
	imp_add_scored(im, label, val, hi, max, NULL, line, IMP_LINE_TEXT);
	return true;
}

/* "…, and the Peppol connector alone scores 90/100": the verb "scores"
 * (its figure right after it, no ':' between) gives the score to its
 * sentence's subject, the review's only where that names the whole
 * ("Overall it scores", "The service scores", "We score"), not a part's
 * ("the connector alone scores", "Security scores"). */
static bool part_scored(const char *s, const prr_score_hit *h,
			const char *label)
{
	static const char *const wholes[] = { "it", "we", "service", "review",
		"system", "platform", "product", "project", NULL };
	size_t n = strlen(label), v = n, e;
	while (v && label[v - 1] != ' ')
		v--;
	if (!v || strcasecmp(label + v, "scores") != 0 || overall_label(label))
		return false;
	for (size_t i = h->label_at + h->label_len; i < h->at; i++)
		if (!strchr(" *_", s[i]))
			return false;
	for (e = v; e && label[e - 1] == ' '; e--)
		;
	for (v = e; v && label[v - 1] != ' '; v--)
		;
	return !imp_is_one_of(label + v, e - v, wholes);
}

bool imp_score_text(imp *im, const char *s, size_t n, int line,
		    imp_line_kind kind)
{
	prr_score_hit h;
	const char *line_at = s;
	s = imp_plain_math(im, s, &n);
	if (!may_hold_score(s, n) || !may_score(s, n))
		return false;
	if (kind == IMP_LINE_HEADING) {
		/* the recogniser knows a heading by its '#' */
		char *hs = prr_arena_alloc_str(&im->tmp, n + 3);
		memcpy(hs, "# ", 2);
		memcpy(hs + 2, s, n);
		hs[n + 2] = 0;
		s = hs;
		n += 2;
	}
	if (!prr_rec_score(s, n, &h) && !imp_stars_or_bar(s, n, &h))
		return kind == IMP_LINE_TEXT && whole_fraction(im, s, n, line);
	const char *label = h.label_len ? imp_clean(im, s + h.label_at, h.label_len)
					: NULL;
	/* "## Path to 80%", "Target: above 90%", "- [ ] Satisfaction score >
	 * 4.0/5": a figure to reach, no score */
	if ((label && imp_target_label(label)) || prr_rec_score_threshold(s, &h))
		return false;
	if (kind == IMP_LINE_HEADING && !label)
		label = imp_nearest_title(im);
	/* "## Current Status: ~96% Production Ready": a share of readiness
	 * under a label of the state ("Status", "Current Status"), the
	 * review's score as in prose, no dimension */
	if (kind == IMP_LINE_HEADING && h.percent && label && state_label(label) &&
	    imp_ready_percent(im, label, s, n, line))
		return true;
	/* code and paragraphs: only what has a label says what it scores;
	 * in code only the review's own score ("Total: 8.5/10"), not the
	 * tool output around it ("config: 95.6%"); a paragraph's field comes
	 * here only when its value is no plain score (a grade, stars) */
	if ((kind == IMP_LINE_CODE || kind == IMP_LINE_TEXT) && !label)
		return false;
	if (kind == IMP_LINE_CODE && !overall_label(label))
		return false;
	bool named = label && imp_contains_any_word(label, strlen(label), &score_vocab);
	/* (a count is a score where its label says so: "Overall Score:
	 * 14/17 requirements satisfied") */
	if (share_after_percent(s, n) || (!named && imp_counted_fraction(s, n)))
		return false;
	/* "- **100% of story points (28/28):** ✅": points of a plan */
	if (!named && label && imp_points_word(label))
		return false;
	/* "Previous quarter: C+ (72/100)": an earlier review's */
	if (label && imp_earlier_label(label))
		return false;
	/* "… Nota geral atribuída\npela banca: **5,5 / 10**.": a label
	 * wrapped over the paragraph's line break, read whole */
	const char *head = kind == IMP_LINE_TEXT && label && !overall_label(label)
				   ? imp_para_wrapped(im, line_at) : NULL;
	if (head && overall_label(head)) {
		char *whole = prr_arena_alloc_str(im->a, strlen(head) + strlen(label) + 2);
		sprintf(whole, "%s %s", head, label);
		label = whole;
	}
	if (kind == IMP_LINE_TEXT && !h.grade[0] && !named &&
	    !overall_label(label))
		return false;
	/* (a part's score: the line's first sentence may state the whole's) */
	if (kind == IMP_LINE_TEXT && part_scored(s, &h, label))
		return whole_fraction(im, s, n, line);
	if (kind == IMP_LINE_HEADING && h.percent && label && !named &&
	    !overall_label(label) && heading_share(s, &h, label))
		return false;
	/* "### 🚧 Partially Implemented (3-4%)": things in a state;
	 * "### CRUD ✅ 7/7 PASS (100%)": tests passed, a rate; "###
	 * Frontend: ⚠️ 40% Ready": how ready a part is, no dimension */
	if (kind == IMP_LINE_HEADING && label && !named && !overall_label(label) &&
	    (imp_heading_state(label) || imp_under_completeness(im) ||
	     imp_pass_count(s, n) || imp_percent_ready(s, n)))
		return false;
	/* "TOTAL: 183 tests run, 173 passed (94.5%)": a rate (and
	 * "Overall Coverage: 67%", imp_metric_label) */
	if (h.percent && !named && imp_metric_label(label))
		return false;
	/* "- Tests: 95%" in a list is a rate, unless a score is named */
	if (kind == IMP_LINE_ITEM && (!label || (h.percent && !named)))
		return false;
	/* "- Core security posture is strong (8.5/10)", "2. Security audit
	 * passed (9/10)": a clause, its figure said in passing, names no
	 * dimension */
	static const char *const verbs[] = { "is", "are", "was", "were",
		"remains", "passed", NULL };
	if (kind == IMP_LINE_ITEM && !overall_label(label) &&
	    imp_has_word_of(label, verbs))
		return false;
	/* "- **Antes:** 7/10", "- **Now:** 9.5/10": a score then, an
	 * earlier state's, and now, the score of what the line is under (as
	 * "Score:" is), no dimension "Now" */
	prr_col when = label && !strchr(strchr(label, ' ') ? strchr(label, ' ') + 1 : "", ' ')
			       ? prr_rec_column(label, strlen(label)) : PRR_COL_OTHER;
	if (when == PRR_COL_BEFORE)
		return false;
	if (when == PRR_COL_AFTER)
		label = NULL;
	if (label && !overall_label(label))
		label = without_score_word(im, label);
	imp_add_scored(im, label, h.value, h.high, h.max,
		       h.grade[0] ? prr_arena_strdup(im->a, h.grade) : NULL,
		       line, kind);
	return true;
}

/*
 * "The service is **~95 %** production-ready", "90% prêt pour la
 * production": a share of readiness stated in prose, the document's
 * overall score out of 100. The percent must run straight into a verdict
 * of readiness (prr_rec_verdict, its vocabulary in every language it
 * knows) whose first word speaks of readiness: "95% of the tests pass",
 * "100% complete" and "60% → 95% ready"'s first figure are no such thing.
 * The score is labelled `label` (a field's: "**Result:** 95% ready") or
 * by its own words.
 */
/*
 * "production readiness is at **95%**", "生产就绪度达到 **95%**": the word
 * readiness shortly before a percent (s[0..at)), with nothing that ends a
 * clause between.  Returns the score's label as written, the word before
 * it included ("Average readiness"), or NULL.
 */
static const char *readiness_before(imp *im, const char *s, size_t at)
{
	static const char *const words[] = { "readiness", "就绪度",
		"就緒度", "準備度", NULL };
	size_t from = at > 32 ? at - 32 : 0;
	for (size_t i = at; i-- > from;) {
		if (strchr(".;:!?", s[i]) ||
		    (i + 3 <= at && memcmp(s + i, "\xE3\x80\x82", 3) == 0))
			return NULL; /* "." "。" */
		for (int w = 0; words[w]; w++) {
			size_t k = strlen(words[w]);
			if (i + k > at || strncasecmp(s + i, words[w], k) != 0)
				continue;
			size_t from_word = i;
			/* "生产就绪度": the ideographs before it, up to four */
			for (int c = 0; c < 4 && from_word >= 3 &&
					(unsigned char)s[from_word - 3] >= 0xE3 &&
					(unsigned char)s[from_word - 3] <= 0xE9;
			     c++)
				from_word -= 3;
			if (from_word && s[from_word - 1] == ' ') {
				from_word--;
				while (from_word && (isalnum((unsigned char)s[from_word - 1]) ||
						     s[from_word - 1] == '-' ||
						     s[from_word - 1] == '\''))
					from_word--;
			}
			while (from_word < i && s[from_word] == ' ')
				from_word++;
			return imp_clean(im, s + from_word, i + k - from_word);
		}
	}
	return NULL;
}

/* "**Status**: ✅ **100% READY**": a label of the state ("Status",
 * "Current Status") over ready said whole, the status word READY with
 * its emphasis, no score (a part's status, not a dimension of 100). */
bool imp_status_ready_whole(const char *label, const char *v, size_t n)
{
	const char *pc = label && state_label(label) ? memchr(v, '%', n) : NULL;
	if (!pc)
		return false;
	size_t b = (size_t)(pc - v), j = b + 1, at, len;
	while (b && v[b - 1] == ' ')
		b--;
	if (b < 3 || memcmp(v + b - 3, "100", 3) != 0 ||
	    (b > 3 && (isdigit((unsigned char)v[b - 4]) || v[b - 4] == '.' ||
		       v[b - 4] == ',')))
		return false;
	while (j < n && (v[j] == ' ' || v[j] == '*' || v[j] == '_'))
		j++;
	return j < n &&
	       prr_rec_verdict(v + j, n - j < 48 ? n - j : 48, &at, &len) ==
		       PRR_LEVEL_READY &&
	       at == 0;
}

bool imp_ready_percent(imp *im, const char *label, const char *s, size_t n,
		       int line)
{
	if (imp_status_ready_whole(label, s, n))
		return true; /* (its status, read as the verdict's words) */
	/* readiness, not completion: "100% complete" is work done */
	static const char *const ready_words[] = { "ready", "readiness",
		"production", "produktion", "produktionsreif", "prêt", "prête",
		"pronto", "pronta", "listo", "lista", "本番", "生产", "就绪",
		"上线", NULL };
	static rec_vocab ready_vocab = REC_VOCAB(ready_words);
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '%')
			continue;
		size_t b = i;
		while (b && s[b - 1] == ' ')
			b--;
		size_t a = b;
		while (a && ((s[a - 1] >= '0' && s[a - 1] <= '9') ||
			     s[a - 1] == '.' || s[a - 1] == ','))
			a--;
		if (a == b || s[a] < '0' || s[a] > '9' ||
		    share_word_after(s, n, s + i)) /* "70% confidence …" */
			continue;
		/* "**≥ 80 %** ready for GA", "> 90% ready", ">= 90%": a threshold */
		size_t cmp = a;
		while (cmp && strchr(" *_=", s[cmp - 1]))
			cmp--;
		if (cmp && (s[cmp - 1] == '>' || s[cmp - 1] == '<' ||
			    (cmp >= 3 && (memcmp(s + cmp - 3, "\xE2\x89\xA5", 3) == 0 ||
					  memcmp(s + cmp - 3, "\xE2\x89\xA4", 3) == 0))))
			continue;
		size_t j = i + 1;
		while (j < n && (s[j] == ' ' || s[j] == '*' || s[j] == '_'))
			j++;
		size_t at, len, k = n - j < 48 ? n - j : 48;
		size_t w = j; /* the first word after it speaks of readiness */
		while (w < n && s[w] != ' ' && s[w] != '*' && s[w] != ',' &&
		       s[w] != '.')
			w++;
		/* ("Production Readiness is now 100% COMPLETE": work done,
		 * whatever its name) */
		bool word_after;
		prr_status_word(s + j, w - j, &word_after);
		/* ("Readiness went from 60% → 85%": the figure before) */
		bool from = (j + 3 <= n && memcmp(s + j, "\xE2\x86\x92", 3) == 0) ||
			    (j + 2 <= n && memcmp(s + j, "->", 2) == 0) ||
			    (j + 3 <= n && strncasecmp(s + j, "to ", 3) == 0);
		const char *named = word_after || from ? NULL : readiness_before(im, s, a);
		/* "Readiness: **76%** of in-scope controls effective against a
		 * target of **≥ 90%** …": the figure its readiness label leads
		 * to, first thing after the colon */
		const char *colon = memchr(s, ':', a);
		if (!named && !word_after && !from && label && colon &&
		    imp_contains_any(label, strlen(label), &ready_vocab) &&
		    !imp_target_label(label) && rec_skip_blank(s, a, (size_t)(colon - s) + 1) == a)
			named = label;
		/* "Tool is PRODUCTION READY (95%)": the verdict before it,
		 * which labels it ("Status: Production Ready (95%)" too) */
		size_t vat, vlen;
		if (!named && !word_after && !from &&
		    imp_ready_then_percent(s, a, i, n, &vat, &vlen))
			label = named = imp_clean(im, s + vat, vlen);
		if (!named &&
		    (prr_rec_verdict(s + j, k, &at, &len) != PRR_LEVEL_READY ||
		     at != 0 || !imp_contains_any(s + j, w - j, &ready_vocab)))
			continue;
		char num[16];
		size_t nl = b - a < sizeof num - 1 ? b - a : sizeof num - 1;
		memcpy(num, s + a, nl);
		num[nl] = 0;
		for (char *c = num; *c; c++)
			if (*c == ',')
				*c = '.';
		double v = strtod(num, NULL);
		if (!(v >= 0 && v <= 100))
			continue;
		imp_add_scored(im, label ? label : named ? named
					 : imp_clean(im, s + j, len), v,
			       PRR_NONE, 100, NULL, line, IMP_LINE_TEXT);
		return true;
	}
	return false;
}

/*
 * A table of metrics ("Metric | Target | Actual", "Metric | Value |
 * Status"): a row whose name is a score ("Readiness Score | 50/100")
 * states that score, read from the Actual column, else the first that
 * holds one.
 */
void imp_table_metric_scores(imp *im, const table *t)
{
	int actual = imp_col_of(t, PRR_COL_ACTUAL);
	/* beside a Target column, "F1 Score | ≥87% | 100%" is a metric
	 * measured against its target, no dimension: only the whole's
	 * ("Readiness Score | ≥80 | 92/100") is a score */
	bool targets = imp_col_of(t, PRR_COL_PLANNED) > 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *key = t->cell[r][0];
		if (!*key || !imp_contains_any_word(key, strlen(key), &score_vocab) ||
		    (targets && !overall_label(key)))
			continue;
		for (size_t k = actual > 0 ? (size_t)actual : 1; k < t->cols; k++) {
			const char *c = t->cell[r][k];
			double v, hi, max;
			if (prr_parse_score(c, strlen(c), &v, &hi, &max) == 0) {
				imp_add_scored(im, key, v, hi, max, NULL, t->line[r],
					       IMP_LINE_ITEM);
				break;
			}
			if (actual > 0)
				break;
		}
	}
}

void imp_settle_dimension_scale(imp *im)
{
	prr_review *r = im->r;
	const prr_score *total = NULL;
	for (size_t i = 0; i < r->n_scores && !total; i++)
		if (prr_has(r->scores[i].value) && !prr_has(r->scores[i].high) &&
		    r->scores[i].label && overall_label(r->scores[i].label))
			total = &r->scores[i];
	if (!total || !im->dims_tab_guessed || im->dims_tab_n < 2)
		return;
	double sum = 0, top = 0;
	for (size_t i = im->dims_tab_at; i < im->dims_tab_at + im->dims_tab_n; i++) {
		const prr_dimension *d = &r->dimensions[i];
		if (!prr_has(d->score) || prr_has(d->high))
			return;
		sum += d->score;
		top = d->score > top ? d->score : top;
	}
	double each = total->max / (double)im->dims_tab_n;
	if (fabs(sum - total->value) > 0.5 || each != floor(each) || each < top ||
	    each == r->dimensions[im->dims_tab_at].max)
		return;
	for (size_t i = im->dims_tab_at; i < im->dims_tab_at + im->dims_tab_n; i++)
		r->dimensions[i].max = each;
}

bool imp_names_score(const char *label)
{
	return imp_contains_any_word(label, strlen(label), &score_vocab);
}

bool imp_whole_score_label(const char *label)
{
	return overall_label(label) || generic_label(label);
}

/* "**Error budget remaining:** 38%", "**Coverage:** 78%": a percent is a
 * share (and "70% confidence", "25% of requests" always), a score only where its label names one ("Readiness score"), or
 * readiness or the whole ("Readiness", "Overall"), or is generic
 * ("Score", "Status") */
bool imp_share_percent(const char *label, const char *v, size_t n)
{
	size_t k = 0;
	while (k < n && v[k] != '%' && v[k] != '/')
		k++;
	/* (whatever the label, "70% confidence we hit the date" and "25%
	 * of requests on the new router" are a probability and a share) */
	return k < n && v[k] == '%' &&
	       (share_word_after(v, n, v + k) ||
		/* "Overall Health: 100% (2/2 networks operational)",
		 * "Overall Feature Parity: ~20% of enterprise ITAM
		 * solutions": the share of the things counted, under a
		 * label that names
		 * neither a score nor readiness ("Readiness: 100% (9/9
		 * criteria ready)" scores) */
		(strchr(label, ' ') && !imp_names_score(label) &&
		 !readiness_label(label) && imp_count_after(v, n, v + k)) ||
		(!imp_names_score(label) && (imp_metric_label(label) ||
					     (!overall_label(label) && !generic_label(label)))));
}
