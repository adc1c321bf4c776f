/* reviews_title.c - projects told apart by the titles of their reviews,
 * when nothing else names them; see reviews.h. */
#include "prr/reviews.h"
#include "prr/buf.h"
#include "prr/rec_date.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/*** A title's name ***/

/*
 * Words that say what kind of document a title is, or which of a series,
 * never which system: "Acme API -- Production Readiness Review #2 (go/no-go)"
 * names "Acme API".  Lowercase; sorted for bsearch.
 */
static const char *const kind_words[] = {
	"a", "actual", "an", "analysis", "and", "annual", "assess",
	"assessment", "assessments", "at", "audit", "auditoria", "audits",
	"by", "check", "checklist", "complete", "completion", "comprehensive",
	"da", "das", "de", "decision", "del", "der", "des", "die", "do", "doc",
	"document", "dos", "draft", "du", "el", "en", "estado", "et",
	"evaluation", "executive", "final", "findings", "follow", "followup",
	"for", "go", "implementation", "in", "informe", "initial", "interim",
	"iteration", "la", "las", "launch", "le", "les", "los", "milestone",
	"monthly", "no", "nogo", "of", "on", "overview", "part", "phase",
	"plan", "post", "pre", "prod", "production", "progress", "project",
	"projeto", "proyecto", "quarterly", "re", "readiness", "ready",
	"record", "relatorio", "relat\303\263rio", "release", "report",
	"reporting", "reports", "results", "review", "reviewed", "reviews",
	"revised", "revision", "roadmap", "round", "score", "scorecard",
	"second", "session", "sprint", "status", "summary", "the", "third",
	"to", "und", "up", "update", "updated", "version", "versus", "vs",
	"wave", "week", "weekly", "with", "y",
};

static const char *const month_words[] = {
	"abril", "agosto", "ao\303\273t", "apr", "april", "aug", "august",
	"avril", "dec", "december", "dezembro", "diciembre",
	"d\303\251cembre", "enero", "feb", "febrero", "february",
	"fevereiro", "f\303\251vrier", "jan", "janeiro", "january", "janvier",
	"juillet", "juin", "jul", "julho", "julio", "july", "jun", "june",
	"junho", "junio", "mai", "maio", "mar", "march", "mars", "marzo",
	"mar\303\247o", "may", "mayo", "nov", "november", "novembre",
	"novembro", "noviembre", "oct", "october", "octobre", "octubre",
	"outubro", "sep", "sept", "september", "septembre", "septiembre",
	"setembro",
};

static int cmp_word(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

static bool in_list(const char *w, const char *const *list, size_t n)
{
	return bsearch(w, list, n, sizeof *list, cmp_word) != NULL;
}

/* A word that dates or numbers a document of a series, never names its
 * system: 12, 2026, v2, 1st, 3rd, q4, h1, rc3 (a release candidate). */
static bool series_number(const char *w)
{
	size_t n = strlen(w), digits = strspn(w, "0123456789");
	if (digits == n)
		return true;
	if (strchr("vqh", w[0]) && n > 1 && strspn(w + 1, "0123456789") == n - 1)
		return true;
	if (n > 2 && w[0] == 'r' && w[1] == 'c' && strspn(w + 2, "0123456789") == n - 2)
		return true;
	static const char *const ordinal[] = { "st", "nd", "rd", "th" };
	for (size_t i = 0; digits && i < 4; i++)
		if (digits + 2 == n && strcmp(w + digits, ordinal[i]) == 0)
			return true;
	return false;
}

static bool kept_word(const char *w)
{
	return !in_list(w, kind_words, sizeof kind_words / sizeof *kind_words) &&
	       !in_list(w, month_words, sizeof month_words / sizeof *month_words) &&
	       !series_number(w);
}

/* The code point at `p` (of `end`) and its length in *len; a byte that
 * starts no valid sequence is taken alone, as a letter. */
static unsigned cp_at(const unsigned char *p, const unsigned char *end, size_t *len)
{
	unsigned c = p[0];
	size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	if ((size_t)(end - p) < n)
		n = 1;
	if (n > 1) {
		c &= 0x3Fu >> (n - 1);
		for (size_t i = 1; i < n; i++)
			c = (c << 6) | (p[i] & 0x3F);
	}
	*len = n;
	return c;
}

/* 1 if code point `c` is part of a word: ASCII letters and digits, and
 * the letters of other alphabetic scripts.  Punctuation, symbols, dashes
 * and emoji separate words; so do the scripts written without spaces
 * (CJK, kana, Hangul), whose runs would be whole phrases ("開発状況完全
 * レポート", a kind of document) where a system is named in one word. */
static bool word_cp(unsigned c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	if (c < 0xC0 || c == 0xD7 || c == 0xF7)
		return false; /* Latin-1 punctuation and symbols, NBSP */
	if (c >= 0x2000 && c <= 0x2BFF)
		return false; /* general punctuation, arrows, symbols, shapes */
	if ((c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE6F) ||
	    (c >= 0xFF00 && c <= 0xFFEF) || c >= 0x1F000)
		return false; /* CJK, kana, Hangul, full-width forms, emoji */
	return true;
}

static bool apostrophe(unsigned c)
{
	return c == '\'' || c == 0x2019;
}

/* Appends the run of word characters at `p` to `w`, ASCII lowercased;
 * returns where it ends. */
static const unsigned char *read_run(const unsigned char *p,
				     const unsigned char *end, prr_buf *w)
{
	size_t len;
	while (p < end && word_cp(cp_at(p, end, &len))) {
		for (size_t i = 0; i < len; i++)
			prr_buf_addc(w, (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]));
		p += len;
	}
	return p;
}

/* Reads the word at `p` into `w`: a run, and runs joined to it by
 * apostrophes ("o'neill"), a possessive "'s" left out ("Acme's" is
 * "acme").  Returns where it ends. */
static const unsigned char *read_word(const unsigned char *p,
				      const unsigned char *end, prr_buf *w)
{
	size_t alen, len;
	prr_buf_reset(w);
	p = read_run(p, end, w);
	while (p < end && apostrophe(cp_at(p, end, &alen)) && p + alen < end &&
	       word_cp(cp_at(p + alen, end, &len))) {
		size_t mark = w->n;
		prr_buf_addc(w, '\'');
		p = read_run(p + alen, end, w);
		if (strcmp(w->p + mark, "'s") == 0)
			prr_buf_truncate(w, mark);
	}
	/* "SPMv1.0" is "SPM v1.0": a version written on a name */
	size_t v = w->n;
	while (v > 0 && w->p[v - 1] >= '0' && w->p[v - 1] <= '9')
		v--;
	if (v < w->n && v >= 2 && w->p[v - 1] == 'v' &&
	    w->p[v - 2] >= 'a' && w->p[v - 2] <= 'z')
		prr_buf_truncate(w, v - 1);
	return p;
}

const char *prr_reviews_title_name(prr_arena *a, const char *title,
				   const char **key)
{
	*key = NULL;
	if (!title)
		return NULL;
	const unsigned char *p = (const unsigned char *)title;
	const unsigned char *end = p + strlen(title);
	const unsigned char *first = NULL, *last = NULL;
	prr_buf k = PRR_BUF_INIT, w = PRR_BUF_INIT;
	while (p < end) {
		size_t len;
		if (!word_cp(cp_at(p, end, &len))) {
			p += len;
			continue;
		}
		const unsigned char *start = p;
		p = read_word(p, end, &w);
		if (!kept_word(w.p))
			continue;
		if (!first)
			first = start;
		last = p;
		prr_buf_addf(&k, "%s%s", k.n ? " " : "", w.p);
	}
	const char *name = NULL;
	if (first) {
		/* what the name opened, closed: "Backend (`praxis-termine`)",
		 * not "Backend (`praxis-termine" */
		int parens = 0, ticks = 0, quotes = 0;
		for (const unsigned char *q = first; q < last; q++) {
			parens += (*q == '(') - (*q == ')');
			ticks += *q == '`';
			quotes += *q == '"';
		}
		while (last < end && ((*last == '`' && ticks % 2) ||
				      (*last == '"' && quotes % 2) ||
				      (*last == ')' && parens > 0))) {
			ticks += *last == '`';
			quotes += *last == '"';
			parens -= *last == ')';
			last++;
		}
		name = prr_arena_strndup(a, (const char *)first, (size_t)(last - first));
		*key = prr_arena_strdup(a, k.p);
	}
	prr_buf_free(&k);
	prr_buf_free(&w);
	return name;
}

/* Whether title[a..b) has words and each says what kind of document it
 * is, or dates or numbers it ("Production Readiness Review #2"). */
static bool kind_part(const char *title, size_t a, size_t b)
{
	const unsigned char *p = (const unsigned char *)title + a;
	const unsigned char *end = (const unsigned char *)title + b;
	prr_buf w = PRR_BUF_INIT;
	bool any = false, all = true;
	while (p < end && all) {
		size_t len;
		if (!word_cp(cp_at(p, end, &len))) {
			p += len;
			continue;
		}
		p = read_word(p, end, &w);
		any = true;
		all = !kept_word(w.p);
	}
	prr_buf_free(&w);
	return any && all;
}

/* A title of no dash or colon: without its closing words of what kind
 * of document it is, when they end in its noun ("Factor Engine
 * Production Readiness Checklist" names "Factor Engine"; "Go-live
 * readiness", "Audit", "Go-Live Checklist" stay themselves: "go-live"
 * is a kind of document's word). */
static const char *title_before_kind(prr_arena *a, const char *title, size_t n)
{
	static const char *const nouns[] = { "assessment", "audit", "checklist",
		"record", "report", "review", NULL };
	const unsigned char *p = (const unsigned char *)title;
	const unsigned char *end = p + n, *kept_end = NULL;
	prr_buf w = PRR_BUF_INIT;
	bool noun = false, go = false;
	while (p < end) {
		size_t len;
		if (!word_cp(cp_at(p, end, &len))) {
			p += len;
			continue;
		}
		p = read_word(p, end, &w);
		noun = false;
		for (int i = 0; nouns[i] && !noun; i++)
			noun = strcmp(w.p, nouns[i]) == 0;
		if (kept_word(w.p) && !(go && strcmp(w.p, "live") == 0))
			kept_end = p;
		go = strcmp(w.p, "go") == 0;
	}
	prr_buf_free(&w);
	if (!noun || !kept_end)
		return title;
	return prr_arena_strndup(a, title, (size_t)(kept_end - (const unsigned char *)title));
}

const char *prr_reviews_title_system(prr_arena *a, const char *title)
{
	static const char *const seps[] = { " \xE2\x80\x94 ", " \xE2\x80\x93 ",
		" - ", ": ", NULL };
	size_t n = strlen(title), s1 = n, e1 = n, s2 = 0, e2 = 0;
	for (size_t i = 0; i < n; i++)
		for (int k = 0; seps[k]; k++)
			if (strncmp(title + i, seps[k], strlen(seps[k])) == 0) {
				if (s1 == n)
					s1 = i, e1 = i + strlen(seps[k]);
				s2 = i, e2 = i + strlen(seps[k]);
			}
	if (s1 == n)
		return title_before_kind(a, title, n);
	size_t from = kind_part(title, 0, s1) ? e1 : 0;
	size_t to = e2 > from && kind_part(title, e2, n) ? s2 : n;
	if (from >= to || (from == 0 && to == n))
		return title;
	return prr_arena_strndup(a, title + from, to - from);
}

/*** Telling projects apart ***/

/* Of more distinct titles than this in one folder, none is compared (the
 * pairs would grow as their square): the folder stays one project. */
#define TITLE_KEYS_MAX 512

/* The first of the documents united with `i` (union-find by path order). */
static size_t root_of(size_t *up, size_t i)
{
	while (up[i] != i)
		i = up[i] = up[up[i]];
	return i;
}

static void unite(size_t *up, size_t a, size_t b)
{
	a = root_of(up, a);
	b = root_of(up, b);
	if (a != b)
		up[a > b ? a : b] = a < b ? a : b;
}

/* 1 if every word of key `a` is a word of key `b` (words one space apart). */
static bool words_within(const char *a, const char *b)
{
	size_t nb = strlen(b);
	while (*a) {
		size_t n = strcspn(a, " ");
		bool found = false;
		for (const char *p = b; p < b + nb && !found; p += strcspn(p, " ") + 1)
			found = strcspn(p, " ") == n && memcmp(p, a, n) == 0;
		if (!found)
			return false;
		a += n + (a[n] == ' ');
	}
	return true;
}

/* The folder of `file` when its own name holds a date (a review's folder:
 * 2026-01-14/plan.md), else NULL; in `a`. */
static const char *date_folder(prr_arena *a, const char *file)
{
	const char *slash = strrchr(file, '/');
	if (!slash)
		return NULL;
	const char *dir = prr_arena_strndup(a, file, (size_t)(slash - file));
	const char *base = strrchr(dir, '/');
	return prr_date_in_path(a, base ? base + 1 : dir) ? dir : NULL;
}

/* The folder that holds every file of `m` documents (`at` their indices). */
static void common_folder(prr_buf *out, const char *const *files,
			  const size_t *at, size_t m)
{
	const char *f0 = files[at[0]];
	size_t n = strlen(f0);
	for (size_t i = 1; i < m; i++) {
		size_t k = 0;
		while (k < n && files[at[i]][k] == f0[k])
			k++;
		n = k;
	}
	while (n > 0 && f0[n - 1] != '/')
		n--;
	if (n > 1)
		n--; /* the folder without its last '/' ("/" stays) */
	if (n == 0)
		prr_buf_adds(out, ".");
	else
		prr_buf_add(out, f0, n);
}

/*
 * Splits the documents at[0..m) (in path order), which share a project
 * only because one folder holds them, by the names of their titles.
 */
static void split_group(prr_review **docs, const char *const *files,
			const size_t *at, size_t m, bool *told, prr_diags *d)
{
	prr_arena a = PRR_ARENA_INIT;
	const char **names = prr_arena_array(&a, m, sizeof *names);
	const char **keys = prr_arena_array(&a, m, sizeof *keys);
	size_t *up = prr_arena_array(&a, m, sizeof *up);
	size_t *firsts = prr_arena_array(&a, m, sizeof *firsts), n_keys = 0;
	prr_names by_key = { .exact = 1 }, by_folder = { .exact = 1 };
	for (size_t i = 0; i < m; i++) {
		names[i] = prr_reviews_title_name(&a, docs[at[i]]->title, &keys[i]);
		if (!names[i])
			goto done; /* a title that names nothing: no split */
		up[i] = i;
		size_t k = prr_names_put(&by_key, keys[i], i);
		if (k == i)
			firsts[n_keys++] = i;
		else
			unite(up, k, i);
		const char *folder = date_folder(&a, files[at[i]]);
		if (folder)
			unite(up, prr_names_put(&by_folder, folder, i), i);
	}
	if (n_keys < 2 || n_keys > TITLE_KEYS_MAX)
		goto done;
	for (size_t x = 0; x < n_keys; x++)
		for (size_t y = x + 1; y < n_keys; y++)
			if (words_within(keys[firsts[x]], keys[firsts[y]]) ||
			    words_within(keys[firsts[y]], keys[firsts[x]]))
				unite(up, firsts[x], firsts[y]);
	prr_buf list = PRR_BUF_INIT, where = PRR_BUF_INIT;
	size_t parts = 0;
	for (size_t i = 0; i < m; i++)
		if (root_of(up, i) == i)
			prr_buf_addf(&list, "%s\"%s\"", parts++ ? ", " : "", names[i]);
	if (parts > 1) {
		for (size_t i = 0; i < m; i++) {
			prr_review *r = docs[at[i]];
			r->project = prr_arena_strdup(&r->arena, names[root_of(up, i)]);
			told[at[i]] = true;
		}
		common_folder(&where, files, at, m);
		prr_diag_add(d, PRR_DIAG_WARNING, where.p, NULL, 0, 0,
			     "the titles of these reviews name %zu projects (%s): "
			     "they are kept apart, as separate projects (a \"project\" "
			     "in each review, or one folder per project with a prr.json "
			     "naming it, says so without this warning)", parts, list.p);
	}
	prr_buf_free(&list);
	prr_buf_free(&where);
done:
	prr_names_free(&by_key);
	prr_names_free(&by_folder);
	prr_arena_free(&a);
}

void prr_reviews_split_titles(prr_review **docs, const char *const *files,
			      const bool *guessed, bool *told, size_t n,
			      prr_diags *d)
{
	/* the guessed documents, grouped by project in path order (a
	 * counting sort on the group of each) */
	prr_names groups = { .exact = 1 };
	size_t *gid = prr_xcalloc(n + 1, sizeof *gid);
	size_t *start = prr_xcalloc(n + 2, sizeof *start);
	size_t *order = prr_xcalloc(n + 1, sizeof *order);
	for (size_t i = 0; i < n; i++)
		if (guessed[i]) {
			gid[i] = prr_names_put(&groups, docs[i]->project, groups.n);
			start[gid[i] + 1]++;
		}
	for (size_t g = 0; g < groups.n; g++)
		start[g + 1] += start[g];
	size_t *fill = prr_xcalloc(groups.n + 1, sizeof *fill);
	for (size_t i = 0; i < n; i++)
		if (guessed[i])
			order[start[gid[i]] + fill[gid[i]]++] = i;
	for (size_t g = 0; g < groups.n; g++)
		if (start[g + 1] - start[g] > 1)
			split_group(docs, files, order + start[g],
				    start[g + 1] - start[g], told, d);
	prr_names_free(&groups);
	free(gid);
	free(start);
	free(order);
	free(fill);
}
