/* import_find_notes.c - notes on findings already listed: "- PAYL-445
 * was closed on 22 Apr, reopened on 29 Apr …, and closed again on 2 May"
 * under the table that lists PAYL-445, "- #4401 is a dup of #4398.";
 * and what says a finding blocks ("Launch blocker.", "**BLOCKER**: …",
 * "These MUST be fixed before …" under a heading of findings). */
#include "import_find_items.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

/* the findings and closed rows a note is sought among: the last ones
 * stated (a note follows its list; 50,000 notes seek no further) */
#define NOTE_REACH 256

/* Index + 1 of the finding of ID s[0..n) among the last stated; 0 if
 * none; *gone whether it is a row left out as closed. */
static size_t listed(const imp *im, const char *s, size_t n, bool *gone)
{
	const prr_review *r = im->r;
	*gone = false;
	for (size_t k = r->n_findings, seen = 0; k && seen < NOTE_REACH; k--, seen++) {
		const char *id = r->findings[k - 1].id;
		if (id && strlen(id) == n && strncasecmp(id, s, n) == 0)
			return k;
	}
	for (size_t k = im->n_gone_ids, seen = 0; k && seen < NOTE_REACH; k--, seen++) {
		const char *id = im->gone_ids[k - 1];
		if (strlen(id) == n && strncasecmp(id, s, n) == 0)
			return *gone = true, k;
	}
	return 0;
}

bool imp_item_notes_on(imp *im, const char *s, size_t n)
{
	static const char *const verbs[] = { "is", "was", "were", "has", "had",
		"got", "remains",
		/* "B-09 ist ein Duplikat …", "C-6 est un doublon …" */
		"ist", "war", "wurde", "wird", "est", "était", "es", "fue",
		"está", "foi", "é", NULL };
	/* the states a note may end on: over, or open again */
	static const char *const over[] = { "closed", "fixed", "resolved",
		"done", "remediated", "mitigated", "dup", "duplicate",
		"canceled", "cancelled", NULL };
	static const char *const again[] = { "reopened", "re-opened", "open",
		"regressed", NULL };
	/* (not "will be closed once …", "not fixed", "fix planned") */
	static const char *const buts[] = { " not ", " will ", " until ",
		" once ", " when ", " if ", " pending", " planned",
		" scheduled", "?", NULL };
	size_t i = 0, at, len, w;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	if (i >= n || !prr_rec_finding_id(s + i, n - i, &at, &len) || at)
		return false;
	bool gone;
	size_t f = listed(im, s + i, len, &gone);
	if (!f)
		return false;
	for (i += len; i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_');)
		i++;
	for (w = i; w < n && isalpha((unsigned char)s[w]);)
		w++;
	if (w == i || !imp_is_one_of(s + i, w - i, verbs))
		return false;
	if (gone)
		return true;
	/* the last word of state it says */
	bool closed = false;
	for (size_t a; w < n;) {
		while (w < n && !isalpha((unsigned char)s[w]))
			w++;
		for (a = w; w < n && (isalpha((unsigned char)s[w]) || s[w] == '-');)
			w++;
		if (imp_is_one_of(s + a, w - a, over))
			closed = true;
		else if (imp_is_one_of(s + a, w - a, again))
			closed = false;
	}
	for (int k = 0; closed && buts[k]; k++)
		closed = !imp_contains_ci_n(s, n, buts[k]);
	if (closed)
		imp_fixed(im, f - 1);
	return true;
}

bool imp_sentence_calls_blocker(const char *s, size_t n)
{
	static const char *const subjects[] = { "this", "it", "it's", "it’s",
		NULL };
	/* what it blocks, before "blocker": "Launch blocker." */
	static const char *const whats[] = { "launch", "release", "go-live",
		"ga", "cutover", "production", NULL };
	size_t e = 0, w = 0, j;
	while (e < n && e < 160 && s[e] != '.' && s[e] != '!' && s[e] != '\n')
		e++;
	for (; w < e && (isalpha((unsigned char)s[w]) || s[w] == '-' ||
			 s[w] == '\'' || (unsigned char)s[w] >= 0x80);)
		w++;
	if (w < e && s[w] == ' ' && imp_is_one_of(s, w, whats))
		return imp_starts_with_ci(s + w + 1, e - w - 1, "blocker") &&
		       e - w - 1 <= 8;
	if (w >= e || s[w] != ' ' || !imp_is_one_of(s, w, subjects) ||
	    prr_rec_denies_blocking(s, e))
		return false;
	/* "This is a must-fix before launch.", "This is the only item we
	 * consider must-fix before launch.": a blocker's noun said of it
	 * (not the verb: "It blocks the event loop" says what it does) */
	for (j = w + 1; j < e; j++) {
		if (s[j - 1] != ' ' || imp_starts_with_ci(s + j, e - j, "block ") ||
		    imp_starts_with_ci(s + j, e - j, "blocks "))
			continue;
		if (prr_rec_opens_blocking(s + j, e - j))
			return true;
	}
	return false;
}

bool imp_own_level_word(const char *s, size_t n)
{
	for (size_t i = 0; i + 7 <= n; i++) {
		if (strncasecmp(s + i, "warning", 7) != 0 ||
		    (i && isalnum((unsigned char)s[i - 1])) ||
		    (i + 7 < n && isalnum((unsigned char)s[i + 7])))
			continue;
		/* in capitals, or after the sign: "⚠️ Warning" */
		bool caps = memcmp(s + i, "WARNING", 7) == 0;
		size_t b = i;
		while (b && (s[b - 1] == ' ' || s[b - 1] == '*'))
			b--;
		bool sign = (b >= 3 && memcmp(s + b - 3, "\xE2\x9A\xA0", 3) == 0) ||
			    (b >= 6 && memcmp(s + b - 6, "\xE2\x9A\xA0\xEF\xB8\x8F", 6) == 0);
		if (caps || sign)
			return true;
	}
	return false;
}

bool imp_under_item_heading(imp *im)
{
	if (im->n_hs < 2 || im->sx[im->hs[im->n_hs - 1].sec].found)
		return false;
	const char *t = im->hs[im->n_hs - 1].title;
	size_t n = strlen(t), i = 0, len, at;
	uint32_t cp;
	while (i < n && (len = rec_cp_at(t, n, i, &cp)) > 0 &&
	       (rec_is_symbol(cp) || cp == 0xFE0F || cp == ' ' || cp == '*'))
		i += len; /* "🚀 " */
	if (i < n && prr_rec_finding_id(t + i, n - i, &at, &len) && at == 0)
		return true;
	/* (a key longer than a ticket's: "FEATURE-018: …") */
	size_t k = i, d;
	while (k < n && k - i <= 12 && t[k] >= 'A' && t[k] <= 'Z')
		k++;
	if (k - i < 2 || k >= n || t[k] != '-')
		return false;
	for (d = ++k; k < n && t[k] >= '0' && t[k] <= '9';)
		k++;
	return k > d && k - d <= 6 && (k == n || t[k] == ':' || t[k] == ' ');
}

bool imp_actions_heading(const char *t)
{
	static const char *const words[] = { "action", "actions", "todo",
		"todos", NULL };
	return imp_has_word_of(t, words) || imp_contains_ci(t, "next step") ||
	       imp_contains_ci(t, "follow-up") || imp_contains_ci(t, "to do");
}

void imp_checklists_close_ids(imp *im)
{
	for (size_t c = 0; c < im->r->n_checklists; c++) {
		const prr_checklist *cl = &im->r->checklists[c];
		for (size_t k = 0; k < cl->n_items; k++) {
			const prr_checkitem *it = &cl->items[k];
			if (!it->done || it->status != PRR_PASS || !it->text)
				continue;
			const char *s = it->text;
			size_t n = strlen(s), i = 0, at, len;
			while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
				i++;
			if (i >= n || !prr_rec_finding_id(s + i, n - i, &at, &len) || at)
				continue;
			/* (its line past all: the findings stated after the
			 * table are closed too) */
			struct imp_closed *x = PRR_VEC_PUSH(im->a, im->closed_ids,
				im->n_closed_ids, im->cap_closed_ids);
			x->id = prr_arena_strndup(im->a, s + i, len);
			x->line = INT_MAX;
		}
	}
}

void imp_ticked_close_finding(imp *im, const item *items, size_t n)
{
	secx *fx = imp_sec_x(im, im->cur_sec);
	if (!fx || !fx->found || !n)
		return;
	for (size_t k = 0; k < n; k++)
		if (items[k].task != 'x' && items[k].task != 'X')
			return;
	imp_fixed(im, fx->found - 1);
}

/* "**BLOCKER**: Cannot deploy without server entry point (src/index.ts)"
 * (the colon in the bold or after it): a blocker's label, then what it
 * is in one sentence of three words or more: an open blocking finding
 * under any heading (not "**Blocker:** None", nor a finding's field, nor
 * one a next sentence qualifies: "… 0% test coverage. This is
 * acceptable … IF properly documented"). */
bool imp_blocker_label(imp *im, const char *b, size_t bn, const char *rest,
		       size_t rn, int line)
{
	static const char *const labels[] = { "blocker", "blocking",
		"launch blocker", "release blocker", NULL };
	static const char *const nones[] = { "none", "no", "n/a", "nothing",
		"nil", "tbd", NULL };
	if (bn && b[bn - 1] == ':')
		bn--;
	else if (rn && *rest == ':')
		rest++, rn--;
	else
		return false;
	while (rn && (*rest == ' ' || *rest == '*'))
		rest++, rn--;
	while (rn && (rest[rn - 1] == ' ' || rest[rn - 1] == '.'))
		rn--;
	for (size_t i = 0; i + 1 < rn; i++)
		if (rest[i] == '.' && (rest[i + 1] == ' ' || rest[i + 1] == '\n'))
			return false;
	size_t w = 0, words = 1;
	while (w < rn && isalpha((unsigned char)rest[w]))
		w++;
	for (size_t i = 0; i < rn; i++)
		words += rest[i] == ' ';
	if (!imp_is_one_of(b, bn, labels) || !w || words < 3 ||
	    imp_is_one_of(rest, w, nones) || prr_rec_denies_blocking(rest, rn) ||
	    imp_inside_finding(im) || imp_resolved_context(im))
		return false;
	imp_open_blocker(im, rest, rn, line);
	return true;
}

/* "These MUST be fixed before any production use." right under a
 * heading of findings ("## 1. Critical Issues (P0)"): they block. */
void imp_group_must_fix(imp *im, const char *s, size_t n)
{
	static const char *const musts[] = { "must be fixed before",
		"must be resolved before", "must be addressed before", NULL };
	static rec_vocab vocab = REC_VOCAB(musts);
	if (!im->n_hs || n > 200 || imp_kind_of(im, im->n_hs - 1) != 1 ||
	    !imp_contains_any(s, n, &vocab))
		return;
	im->sx[im->hs[im->n_hs - 1].sec].container = 2;
}

void imp_fixes_of_findings(imp *im, const item *items, size_t n)
{
	if (!im->n_hs || !im->r->n_findings)
		return;
	int k = im->n_hs - 1;
	bool blocks = false, fixes = false;
	for (int j = k; j >= 0; j--) {
		const char *t = im->sx[im->hs[j].sec].title;
		blocks |= j == k && prr_rec_finding_heading(t, strlen(t)) == 2;
		fixes |= imp_over_resolved(im, j);
	}
	if (!blocks || !fixes)
		return;
	for (size_t i = 0; i < n; i++)
		for (size_t f = 0; f < im->r->n_findings; f++) {
			prr_finding *x = &im->r->findings[f];
			if (x->title && strlen(x->title) >= 8 &&
			    imp_contains_ci_n(items[i].raw, items[i].raw_n, x->title))
				x->blocking = true;
		}
}
