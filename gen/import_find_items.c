/* import_find_items.c - findings that list items name in passing: an
 * item marked not done that names its rated ID ("- ❌ Cache stampede
 * protection — GC-7 (High, blocking)"); findings stated twice by ID made
 * one. */
#include "import_find_items.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void imp_marked_finding(imp *im, const char *s, size_t n, int line)
{
	size_t id, id_n, t = 0;
	prr_severity sev;
	bool blocking = false;
	if (!prr_rec_id_rated(s, n, &id, &id_n, &sev, &blocking))
		return;
	/* titled by what leads a dash before its ID: "Cache stampede
	 * protection — GC-7 (High, blocking): …" */
	if (id >= 4 && memcmp(s + id - 4, "\xE2\x80\x94 ", 4) == 0)
		t = id - 4;
	size_t had = im->r->n_findings;
	prr_finding *f = imp_new_finding(im, s, t ? t : n, line, blocking);
	if (im->r->n_findings > had) { /* (one stated again keeps its own) */
		f->id = prr_arena_strndup(im->a, s + id, id_n);
		f->severity = sev;
	}
}

bool imp_keyed_rated(const char *s, size_t n)
{
	size_t i = 0, at, idn;
	while (i < n && s[i] == ' ')
		i++;
	if (i + 2 <= n && s[i] == '*' && s[i + 1] == '*')
		i += 2;
	if (i >= n || !prr_rec_finding_id(s + i, n - i, &at, &idn) || at)
		return false;
	const char *open = memchr(s, '(', n);
	while (open) {
		const char *close = memchr(open, ')', n - (size_t)(open - s));
		if (!close)
			break;
		bool blocking;
		size_t w = strcspn(open + 1, ";,)");
		if (prr_rec_severity(open + 1, w, &blocking) != PRR_SEV_UNKNOWN)
			return true;
		open = memchr(close, '(', n - (size_t)(close - s));
	}
	return false;
}

/* Where the sentence that holds s[i] ends: at ". ", a line's end or the
 * text's. */
static size_t sentence_end(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] != '\n' && !(s[i] == '.' && (i + 1 == n || s[i + 1] == ' ' ||
							   s[i + 1] == '\n')))
		i++;
	return i;
}

void imp_sentence_severity(imp *im, const char *s, size_t n)
{
	if (im->cur_sec == NONE)
		return;
	secx *x = &im->sx[im->cur_sec];
	const prr_section *sec = &im->r->sections[im->cur_sec];
	size_t at, len;
	const char *h = sec->heading;
	/* (a finding's heading already: rated here unless it is) */
	if (x->found ? im->r->findings[x->found - 1].severity != PRR_SEV_UNKNOWN
		     : x->finding || sec->level < 2 || !h ||
			       !prr_rec_finding_id(h, strlen(h), &at, &len) || at ||
			       (h[len] != ':' && strncmp(h + len, " \xE2\x80\x94 ", 5) != 0) ||
			       imp_resolved_context(im))
		return;
	for (size_t i = 0; i < n; i = sentence_end(s, n, i) + 1) {
		i = rec_skip_blank(s, n, i);
		const char *c = memchr(s + i, ':', n - i < 30 ? n - i : 30);
		size_t e = sentence_end(s, n, i);
		bool blocking;
		prr_severity sv;
		if (!c || (size_t)(c - s) > e || !imp_severity_name(s + i, (size_t)(c - s) - i) ||
		    (sv = prr_rec_severity(s + i, e - i, &blocking)) == PRR_SEV_UNKNOWN)
			continue;
		/* the heading is the finding, of that severity */
		prr_finding *f = x->found ? &im->r->findings[x->found - 1]
			: imp_new_finding(im, h, strlen(h), sec->line, false);
		f->severity = sv;
		f->blocking |= blocking;
		x->found = (size_t)(f - im->r->findings) + 1;
		x->finding = true;
		return;
	}
}

bool imp_labelled_finding(imp *im, const char *name, const char *v, size_t n,
			  int line)
{
	size_t nn = strlen(name), at = 0, len = 0;
	int kind = nn <= 20 ? prr_rec_finding_heading(name, nn) : 0;
	bool blocking;
	prr_severity sv = prr_rec_severity_said(v, n, &blocking);
	if ((kind != 1 && kind != 2) || sv == PRR_SEV_UNKNOWN)
		return false;
	/* its ID, a word of capitals anywhere ("Ticket MBFF-301") */
	size_t id = n;
	for (size_t i = 0; i < n && id == n; i++)
		if ((i == 0 || v[i - 1] == ' ') && v[i] >= 'A' && v[i] <= 'Z' &&
		    prr_rec_finding_id(v + i, n - i, &at, &len) && at == 0)
			id = i;
	if (id == n)
		return false;
	/* titled by its first sentence */
	size_t i = rec_skip_blank(v, n, 0);
	size_t had = im->r->n_findings;
	prr_finding *f = imp_new_finding(im, v + i, sentence_end(v, n, i) - i, line,
					 kind == 2 || blocking);
	if (im->r->n_findings > had) {
		f->id = prr_arena_strndup(im->a, v + id, len);
		f->severity = sv;
	}
	return true;
}

/* The mark after a short label ("Ledger: ⚠️ reconciliation …"), read as
 * "⚠️ Ledger: reconciliation …"; NULL if there is none. */
static const char *label_mark(imp *im, const char *s, size_t n)
{
	size_t c = 0;
	while (c < n && c < 30 && s[c] != ':' && s[c] != '\n')
		c++;
	if (c == 0 || c >= n || c >= 30 || s[c] != ':' || prr_status_lead(s, c))
		return NULL;
	size_t j = rec_skip_blank(s, n, c + 1), m = prr_status_lead(s + j, n - j);
	bool known;
	prr_status_from_marks(s + j, m, &known);
	/* (a mark alone, or before its note in parentheses, is read as
	 * said after the title: "Paging tested: ✔︎ (twice)") */
	if (!m || !known || j + m >= n || s[j + m] == '(')
		return NULL;
	/* the mark, the label, then the rest */
	size_t mk = m;
	while (mk && s[j + mk - 1] == ' ')
		mk--;
	return prr_arena_printf(&im->tmp, "%.*s %.*s %.*s", (int)mk, s + j,
				(int)(c + 1), s, (int)(n - j - m), s + j + m);
}

void imp_items_label_mark(imp *im, item *items, size_t n)
{
	size_t k = 0;
	while (k < n && !items[k].task && label_mark(im, items[k].raw, items[k].raw_n))
		k++;
	for (size_t i = 0; n >= 2 && k == n && i < n; i++) {
		items[i].raw = label_mark(im, items[i].raw, items[i].raw_n);
		items[i].raw_n = strlen(items[i].raw);
	}
}

bool imp_item_ends_na(const char *s, size_t n)
{
	for (size_t i = n; i-- > 4;)
		if (s[i - 4] == ' ' && memcmp(s + i - 3, "\xE2\x80\x94", 3) == 0 &&
		    s[i] == ' ') {
			bool known;
			return prr_status_word(s + i, n - i, &known) == PRR_NA && known;
		}
	return false;
}

/* A finding's ID and its place, sorted by ID, then place. */
typedef struct {
	const char *id;
	size_t i;
} by_id;

static int by_id_cmp(const void *a, const void *b)
{
	const by_id *x = a, *y = b;
	int c = strcasecmp(x->id, y->id);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

void imp_merge_findings(imp *im)
{
	prr_review *r = im->r;
	if (r->n_findings < 2)
		return;
	by_id *ix = prr_arena_array(&im->tmp, r->n_findings, sizeof *ix);
	bool *gone = prr_arena_array(&im->tmp, r->n_findings, sizeof *gone);
	for (size_t i = 0; i < r->n_findings; i++) {
		ix[i].id = r->findings[i].id ? r->findings[i].id : "";
		ix[i].i = i;
		gone[i] = false;
	}
	qsort(ix, r->n_findings, sizeof *ix, by_id_cmp);
	for (size_t k = 1; k < r->n_findings; k++) {
		if (!*ix[k].id || strcasecmp(ix[k].id, ix[k - 1].id) != 0)
			continue;
		/* the first of the group keeps its place, title and line */
		size_t g = k - 1;
		while (gone[ix[g].i])
			g--;
		prr_finding *f = &r->findings[ix[g].i];
		const prr_finding *o = &r->findings[ix[k].i];
		if (f->severity == PRR_SEV_UNKNOWN)
			f->severity = o->severity;
		else if (o->severity != PRR_SEV_UNKNOWN && o->severity != f->severity)
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
				     o->line, 0,
				     "finding %s is rated %s here and %s at line %d; "
				     "kept %s", f->id, prr_severity_name(o->severity),
				     prr_severity_name(f->severity), f->line,
				     prr_severity_name(f->severity));
		f->blocking |= o->blocking;
		if (!f->component)
			f->component = o->component;
		if (!prr_has(f->effort.low) && !prr_has(f->effort.high))
			f->effort = o->effort;
		gone[ix[k].i] = true;
	}
	size_t kept = 0;
	for (size_t i = 0; i < r->n_findings; i++)
		if (!gone[i])
			r->findings[kept++] = r->findings[i];
	r->n_findings = kept;
}

bool imp_item_reports_on(imp *im, const char *s, size_t n)
{
	static const char *const nouns[] = { "blocker", "finding", "issue",
		"item", "risk", NULL };
	static const char *const verbs[] = { "is", "was", "has", "remains",
		"now", "been", "still", NULL };
	static const char *const over[] = { "resolved", "fixed", "closed",
		"done", "mitigated", "addressed", "solved", NULL };
	size_t a = 0, w, num = 0;
	if (!im->found_n)
		return false;
	while (a < n && (s[a] == '*' || s[a] == '_' || s[a] == ' '))
		a++;
	for (w = a; w < n && ((s[w] >= 'a' && s[w] <= 'z') ||
			      (s[w] >= 'A' && s[w] <= 'Z'));
	     w++)
		;
	if (w == a || w >= n || s[w] != ' ' || !imp_is_one_of(s + a, w - a, nouns))
		return false;
	for (a = ++w; w < n && s[w] >= '0' && s[w] <= '9' && w - a < 4; w++)
		num = num * 10 + (size_t)(s[w] - '0');
	if (w == a || num < 1 || num > im->found_n || w >= n || s[w] != ' ')
		return false;
	/* then a verb ("is", "was", "has been", "remains") before any
	 * word of its own, and perhaps a word that says it is over */
	bool verb = false, closed = false;
	for (int words = 0; words < 4 && w < n; words++) {
		while (w < n && (s[w] == ' ' || s[w] == '*' || s[w] == '_'))
			w++;
		for (a = w; w < n && ((s[w] >= 'a' && s[w] <= 'z') ||
				      (s[w] >= 'A' && s[w] <= 'Z'));
		     w++)
			;
		if (imp_is_one_of(s + a, w - a, verbs)) {
			verb = true;
			continue;
		}
		closed = verb && imp_is_one_of(s + a, w - a, over);
		break;
	}
	if (!verb)
		return false;
	if (closed)
		imp_fixed(im, im->found_first + num - 1);
	return true;
}

/* The stem of a title: before "(", "（" or " - " ("Slow start (P1)"). */
size_t imp_title_stem(const char *t)
{
	size_t k = 0;
	while (t[k] && t[k] != '(' && strncmp(t + k, "\xEF\xBC\x88", 3) != 0 &&
	       strncmp(t + k, " - ", 3) != 0)
		k++;
	while (k && t[k - 1] == ' ')
		k--;
	return k;
}

/*
 * A finding listed before under another wording of the same title: a
 * summary list, then a section per finding ("Gunicorn not used
 * (Critical)", then "#### 1. Gunicorn not used").  Titles are the same
 * when one's stem begins three quarters or more of the other's.  The
 * first SAME_MAX findings are compared (a summary lists fewer): compared
 * with every finding before it, each new one made a document of 20,000
 * findings take 17 s.
 */
#define SAME_MAX 1000
prr_finding *imp_same_finding(imp *im, const char *title)
{
	size_t a = imp_title_stem(title), n = im->r->n_findings;
	for (size_t i = 0; i < n && i < SAME_MAX; i++) {
		const char *o = im->r->findings[i].title;
		size_t b = imp_title_stem(o), k = 0, shorter = a < b ? a : b;
		while (k < shorter && lower((unsigned char)o[k]) ==
					      lower((unsigned char)title[k]))
			k++;
		if (shorter >= 6 && k * 4 >= shorter * 3)
			return &im->r->findings[i];
	}
	return NULL;
}

bool imp_title_heading(imp *im, size_t si)
{
	if (im->r->sections[si].level != 1)
		return false;
	while (si-- > 0) /* (back to the previous level 1: each once) */
		if (im->r->sections[si].level == 1)
			return false;
	return true;
}

void imp_item_closes_id(imp *im, const char *s, size_t n, int line)
{
	static const char *const over[] = { "closed", "fixed", "resolved",
		"done", "remediated", "mitigated", NULL };
	/* (not "closed in staging only", "fixed, but …", "done? not yet",
	 * "done when replay is idempotent") */
	static const char *const buts[] = { " only", " but ", " still ",
		" pending", " partial", " not ", " planned", " scheduled",
		" will ", " reopen", "?", " when ", " once ", " if ", " until ",
		NULL };
	size_t i = 0, at, len;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	if (i >= n || !prr_rec_finding_id(s + i, n - i, &at, &len) || at)
		return;
	size_t id = i;
	for (i += len; i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_');)
		i++;
	if (i < n && s[i] == '(') { /* its rating: "(Medium)" */
		const char *c = memchr(s + i, ')', n - i);
		if (!c)
			return;
		for (i = (size_t)(c - s) + 1; i < n && (s[i] == ' ' || s[i] == '*');)
			i++;
	}
	if (n - i >= 3 && (memcmp(s + i, "\xE2\x80\x94", 3) == 0 ||
			   memcmp(s + i, "\xE2\x80\x93", 3) == 0))
		i += 3;
	else if (i < n && (s[i] == ':' || s[i] == '-'))
		i++;
	else
		return;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	size_t w = i, e;
	while (w < n && isalpha((unsigned char)s[w]))
		w++;
	if (w == i || !imp_is_one_of(s + i, w - i, over))
		return;
	for (e = w; e < n && s[e] != ';' && s[e] != '\n' &&
		    !(s[e] == '.' && (e + 1 == n || s[e + 1] == ' '));)
		e++;
	for (int k = 0; buts[k]; k++)
		if (imp_contains_ci_n(s + w, e - w, buts[k]))
			return;
	struct imp_closed *c = PRR_VEC_PUSH(im->a, im->closed_ids, im->n_closed_ids,
					    im->cap_closed_ids);
	c->id = prr_arena_strndup(im->a, s + id, len);
	c->line = line;
}

static int closed_cmp(const void *a, const void *b)
{
	const struct imp_closed *x = a, *y = b;
	return strcmp(x->id, y->id);
}

void imp_close_by_id(imp *im)
{
	size_t n = im->n_closed_ids, k = 0;
	if (!n)
		return;
	qsort(im->closed_ids, n, sizeof *im->closed_ids, closed_cmp);
	for (size_t j = 1; j < n; j++) { /* one an ID, at its last line */
		if (strcmp(im->closed_ids[j].id, im->closed_ids[k].id) != 0)
			im->closed_ids[++k] = im->closed_ids[j];
		else if (im->closed_ids[j].line > im->closed_ids[k].line)
			im->closed_ids[k].line = im->closed_ids[j].line;
	}
	n = k + 1;
	for (size_t f = 0; f < im->r->n_findings; f++) {
		const prr_finding *x = &im->r->findings[f];
		struct imp_closed key = { x->id, 0 }, *c;
		if (x->id && (c = bsearch(&key, im->closed_ids, n, sizeof *c, closed_cmp)) &&
		    x->line <= c->line)
			imp_fixed(im, f);
	}
}
