/* import_find_items.c - findings that list items name in passing: an
 * item marked not done that names its rated ID ("- ❌ Cache stampede
 * protection — GC-7 (High, blocking)"); findings stated twice by ID made
 * one; paragraphs that open with a finding in bold ("**SEC-12** …",
 * "**F-1 (High): …**"). */
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
	/* "### 2.1 God Object: strategy.py" over "**Severity**: MEDIUM — …":
	 * a heading numbered in parts, rated by a field that opens its text */
	bool parts = h && !x->finding && !x->found && imp_heading_unnumbered(h) != h &&
		     !imp_resolved_context(im);
	/* (a finding's heading already: rated here unless it is, or unless
	 * its rating is only the heading's above, "## High-risk issues"
	 * over "### HRI-1: …" over "Severity: **Critical**.": its own word
	 * wins) */
	if (x->found ? im->r->findings[x->found - 1].severity != PRR_SEV_UNKNOWN &&
			       (x->sev_said || !h ||
				imp_any_severity(h, strlen(h), NULL) != PRR_SEV_UNKNOWN)
		     : parts ? false : x->finding || sec->level < 2 || !h ||
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
		    (sv = prr_rec_severity(s + i, e - i, &blocking)) == PRR_SEV_UNKNOWN) {
			if (parts)
				return;
			continue;
		}
		/* the heading is the finding, of that severity */
		prr_finding *f = x->found ? &im->r->findings[x->found - 1]
			: imp_new_finding(im, parts ? imp_heading_unnumbered(h) : h,
					  strlen(parts ? imp_heading_unnumbered(h) : h), sec->line, false);
		f->severity = sv;
		f->blocking |= blocking;
		x->found = (size_t)(f - im->r->findings) + 1;
		x->finding = x->sev_said = true;
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

bool imp_item_group(imp *im, const item *it)
{
	if (it->task || it->lead || it->tail || it->said_title || it->marks_known)
		return false;
	/* down its first items ("- webpush-relay" over "- VAPID keys" over
	 * "- rotation procedure: FAIL"), a few levels at most */
	size_t li = it->node;
	for (int depth = 0; depth < 8; depth++) {
		size_t c = im->nodes[li].child;
		while (c && im->nodes[c].type != MD_BLOCK_UL &&
		       im->nodes[c].type != MD_BLOCK_OL)
			c = im->nodes[c].next;
		if (!c || !(li = im->nodes[c].child))
			return false;
		size_t n;
		const char *t = imp_item_text(im, li, &n);
		bool known;
		prr_status_from_text(t, n, &known);
		if (known)
			return true;
	}
	return false;
}

bool imp_box_severity_mark(const item *items, size_t n, size_t k, int *scale)
{
	const char *s = items[k].raw;
	size_t i = 0, rn = items[k].raw_n;
	if (!prr_rec_severity_dot(s, rn))
		return false;
	while (i < rn && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	if (i + 3 > rn || memcmp(s + i, "\xE2\x9A\xA0", 3) != 0)
		return true; /* a dot */
	for (size_t j = 0; *scale < 0 && j <= n; j++) /* ⚠️ beside ❌ */
		if (j == n || (items[j].marks == PRR_FAIL && items[j].marks_known &&
			       !prr_rec_severity_dot(items[j].raw, items[j].raw_n)))
			*scale = j < n;
	return !*scale;
}

bool imp_item_says_na(const char *s, size_t n)
{
	bool known;
	/* "N/A — no patient data leaves the trust network", "Not
	 * applicable: …": what opens it, before its first dash or colon */
	for (size_t i = 0; i + 4 < n && i < 24; i++)
		if (s[i] == ':' ||
		    (s[i] == ' ' && imp_dash_len(s + i + 1, n - i - 1))) {
			if (prr_status_word(s, i, &known) == PRR_NA && known)
				return true;
			break;
		}
	for (size_t i = n; i-- > 4;)
		if (s[i - 4] == ' ' && memcmp(s + i - 3, "\xE2\x80\x94", 3) == 0 &&
		    s[i] == ' ') {
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
		while (w < n && (s[w] == ' ' || s[w] == '\n' || s[w] == '*' || s[w] == '_'))
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

/* After "s[i..]" of a phrase that rates a finding again ("downgraded
 * to", "re-rated as"), where its severity word starts; 0 if none there. */
static size_t rerating_at(const char *s, size_t n, size_t i)
{
	static const char *const phrases[] = { "downgraded to", "upgraded to",
		"lowered to", "raised to", "reduced to", "escalated to",
		"re-rated to", "re-rated as", "rerated to", "rerated as",
		"reclassified as", "reclassified to", NULL };
	/* (a line may break after it: "downgraded to\n**Medium**") */
	for (int p = 0; phrases[p]; p++) {
		size_t k = strlen(phrases[p]);
		if (n - i > k && strncasecmp(s + i, phrases[p], k) == 0 &&
		    (s[i + k] == ' ' || s[i + k] == '\n'))
			return i + k + 1;
	}
	/* "Raised from Low to Medium": the level after "to" */
	static const char *const verbs[] = { "downgraded from ", "upgraded from ",
		"lowered from ", "raised from ", "reduced from ",
		"escalated from ", NULL };
	for (int p = 0; verbs[p]; p++) {
		size_t k = strlen(verbs[p]), t = i + k;
		if (n - i <= k || strncasecmp(s + i, verbs[p], k) != 0)
			continue;
		while (t < n && (isalnum((unsigned char)s[t]) || s[t] == '*' || s[t] == '_'))
			t++;
		if (n - t > 4 && strncasecmp(s + t, " to ", 4) == 0)
			return t + 4;
	}
	/* "was High, now Medium", "→ now Low": "now" after a comma or an
	 * arrow only ("latency is now low" rates nothing) */
	size_t b = i;
	while (b && s[b - 1] == ' ')
		b--;
	if (n - i >= 4 && strncasecmp(s + i, "now ", 4) == 0 && b &&
	    (s[b - 1] == ',' || s[b - 1] == ';' || s[b - 1] == '>' ||
	     (b >= 3 && memcmp(s + b - 3, "\xE2\x86\x92", 3) == 0)))
		return i + 4;
	return 0;
}

prr_severity imp_rerated(const char *s, size_t n, size_t *at, size_t *end)
{
	prr_severity sev = PRR_SEV_UNKNOWN;
	for (size_t i = 0; i < n; i++) {
		/* (at a word's start, of a letter a phrase may open with) */
		size_t w = (i && isalnum((unsigned char)s[i - 1])) ||
				   !strchr("dulrenDULREN", s[i]) || !s[i]
			   ? 0 : rerating_at(s, n, i);
		if (!w)
			continue;
		while (w < n && (s[w] == ' ' || s[w] == '*' || s[w] == '_'))
			w++;
		size_t e = w;
		while (e < n && isalnum((unsigned char)s[e]))
			e++;
		prr_severity v = e > w ? prr_severity_from_text(s + w, e - w)
				       : PRR_SEV_UNKNOWN;
		if (v == PRR_SEV_UNKNOWN)
			continue;
		/* the latest said; the clause to its ':', ';' or sentence end
		 * ("downgraded to **Medium** on 16 March: …") */
		sev = v;
		*at = i;
		while (e < n && s[e] != ':' && s[e] != ';' &&
		       !(s[e] == '.' && (e + 1 == n || s[e + 1] == ' ')))
			e++;
		*end = e < n ? e + 1 : n;
		i = e;
	}
	return sev;
}

const char *imp_rerated_title(const char *title)
{
	size_t n = strlen(title), i = 0, at = 0, end = 0;
	/* (after the arrow or dash that leads to it) */
	while (i < n && (title[i] == ' ' || title[i] == '-' || title[i] == '>' ||
			 (unsigned char)title[i] == 0xE2)) {
		if ((unsigned char)title[i] == 0xE2) {
			if (n - i < 3 || (memcmp(title + i, "\xE2\x86\x92", 3) != 0 &&
					  memcmp(title + i, "\xE2\x80\x94", 3) != 0 &&
					  memcmp(title + i, "\xE2\x80\x93", 3) != 0))
				break;
			i += 2;
		}
		i++;
	}
	if (imp_rerated(title + i, n - i, &at, &end) == PRR_SEV_UNKNOWN || at)
		return title;
	i += end;
	while (i < n && title[i] == ' ')
		i++;
	return i < n ? title + i : title;
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

bool imp_title_heading(imp *im, size_t si)
{
	if (im->r->sections[si].level != 1)
		return false;
	while (si-- > 0) /* (back to the previous level 1: each once) */
		if (im->r->sections[si].level == 1)
			return false;
	return true;
}

/* Whether s[0..m) ends its rating in parentheses with a severity or
 * blocking tag after a dash: " (Critical, ledger-writer) — BLOCKER". */
static bool rated_tag(const char *s, size_t m)
{
	const char *close = memchr(s, ')', m);
	size_t i = imp_past_dash(s, close ? (size_t)(close - s) + 1 : m, m, false);
	if (!i)
		return false;
	bool blocking = false;
	return i < m && m - i <= 12 &&
	       (prr_rec_severity(s + i, m - i, &blocking) != PRR_SEV_UNKNOWN ||
		blocking);
}

/* Whether s[0..n) is the inside of an ID in bold alone that opens a
 * text, "SEC-12**", "WRE-F3 (Critical, blocking)**" or "TB-21
 * (Critical, ledger-writer) — BLOCKER**", with words after it. */
static bool id_closed(const char *s, size_t n)
{
	size_t c = imp_bold_at(s, n, 0), at, len;
	return c + 4 < n && !memchr(s, ':', c) &&
	       prr_rec_finding_id(s, c, &at, &len) && !at &&
	       (len == c || (s[len] == ' ' && s[len + 1] == '(' &&
			     (s[c - 1] == ')' || rated_tag(s + len, c - len))));
}

/* Whether s[0..n) opens with an ID in bold alone: "**SEC-12** …". */
static bool bold_id(const char *s, size_t n)
{
	return n > 8 && s[0] == '*' && s[1] == '*' && id_closed(s + 2, n - 2);
}


const char *imp_bold_id_title(imp *im, const char *s, size_t n, const char *title)
{
	static const char *const abbrevs[] = { "vs", "approx", "etc", "incl",
		"no", "nr", "mr", "mrs", "ms", "dr", "st", "inc", "ltd", "co", NULL };
	while (n && *s == ' ')
		s++, n--;
	if (!bold_id(s, n) && !id_closed(s, n))
		return title;
	for (size_t i = 0; title[i]; i++) {
		/* ". Severity: High": a sentence's end, more after it (not
		 * "e.g. Redis", "J. Smith", "approx. 5 minutes"; "2 s. Owner"
		 * and "€18,402.17). Root cause" are) */
		if (title[i] == '.' && title[i + 1] == ' ' && title[i + 2] &&
		    !islower((unsigned char)title[i + 2]) &&
		    !isdigit((unsigned char)title[i + 2])) {
			size_t w = i;
			while (w && title[w - 1] != ' ')
				w--;
			size_t letters = 0;
			for (size_t k = w; k < i; k++)
				letters += isalpha((unsigned char)title[k]) || title[k] == '.';
			if (!(i - w == 1 && isupper((unsigned char)title[w])) &&
			    !(letters == i - w && memchr(title + w, '.', i - w)) &&
			    !imp_is_one_of(title + w, i - w, abbrevs))
				return prr_arena_strndup(im->a, title, i);
		}
		/* " — Severity: High", " — Owner: Ann": a label after a dash */
		if (title[i] == ' ' && strncmp(title + i + 1, "\xE2\x80\x94 ", 4) == 0) {
			size_t k = i + 5;
			while (title[k] && (isalpha((unsigned char)title[k]) ||
					    title[k] == ' ') && k - i < 24)
				k++;
			if (i && title[k] == ':')
				return prr_arena_strndup(im->a, title, i);
		}
	}
	return title;
}

/* (a sentence runs on for a few lines at the most: a paragraph with no
 * stop keeps its first line) */
#define WRAPPED_MAX 1024
static size_t wrapped_line(const char *s, size_t n)
{
	const char *nl = memchr(s, '\n', n);
	size_t e = nl ? (size_t)(nl - s) : n, t = e, p = e;
	while (t && (s[t - 1] == ' ' || s[t - 1] == '*' || s[t - 1] == '_'))
		t--;
	if (!t || strchr(".!?:;", s[t - 1]))
		return e;
	while (p < n && (s[p] == '\n' || s[p] == ' '))
		p++;
	if (p >= n || s[p] < 'a' || s[p] > 'z')
		return e;
	for (size_t end = n - p > WRAPPED_MAX ? p + WRAPPED_MAX : n; p < end; p++)
		if ((s[p] == '.' || s[p] == '!' || s[p] == '?') &&
		    (p + 1 == n || s[p + 1] == ' ' || s[p + 1] == '\n'))
			return p + 1;
	return p == n ? n : e;
}

void imp_id_paragraph(imp *im, const char *s, size_t n, int line, bool blocking)
{
	size_t wn = wrapped_line(s, n);
	prr_finding *f = imp_new_finding(im, s, wn, line, blocking);
	bool says = false;
	prr_rec_severity(s + wn, n - wn, &says);
	f->blocking |= says;
}

void imp_bold_id_lines(imp *im, const char *mark, const char *s, size_t n,
		       int line, bool blocking)
{
	/* each line that opens with an ID in bold opens a finding, the
	 * lines after it to the next such its text (each line looked at
	 * once) */
	for (size_t a = 0; a < n;) {
		size_t next = n, end = n;
		int next_line = line;
		for (size_t p = a; p < n;) {
			const char *nl = memchr(s + p, '\n', n - p);
			if (!nl)
				break;
			size_t q = (size_t)(nl - s) + 1;
			next_line++;
			const char *nl2 = memchr(s + q, '\n', n - q);
			if (bold_id(s + q, nl2 ? (size_t)(nl2 - s) - q : n - q)) {
				next = q;
				end = (size_t)(nl - s);
				break;
			}
			p = q;
		}
		const char *from = a == 0 && mark ? mark : s + a + 2;
		imp_id_paragraph(im, from, (size_t)(s + end - from), line, blocking);
		a = next;
		line = next_line;
	}
}

/*
 * A paragraph under a heading of findings or blockers that opens with
 * its finding in bold, labelled by an ID or a severity: "**F-1 (High):
 * Webhook signatures are not verified.** An attacker can …".  The bold
 * span is the finding; the text after it stays in the narrative.
 */
bool imp_paragraph_finding(imp *im, const char *s, size_t n, int line)
{
	/* (after its number in the document's outline: "3.1 **WRE-F3 …**") */
	size_t num = 0;
	while (num < n && ((s[num] >= '0' && s[num] <= '9') || s[num] == '.'))
		num++;
	if (num && num < n && s[num] == ' ' && s[0] != '.') {
		s += num + 1;
		n -= num + 1;
	}
	/* (after a mark: "🚨 **Backfill exceeds window** — …", or Slack's
	 * shortcode of one: ":rotating_light: **Blocker:** …") */
	size_t sc = n && *s == ':' ? 1 : 0;
	while (sc < n && sc < 40 && (islower((unsigned char)s[sc]) || s[sc] == '_'))
		sc++;
	if (sc > 2 && sc + 1 < n && s[sc] == ':' && s[sc + 1] == ' ')
		s += sc + 2, n -= sc + 2;
	/* (after a label that says it is open: "Open: **PR-71 (Low)** — …") */
	static const char *const opens[] = { "open", "still open",
		"open issue", "open issues", "open finding", "open findings",
		"outstanding", NULL };
	const char *lc = memchr(s, ':', n < 24 ? n : 24);
	if (lc && (size_t)(lc - s) + 4 < n && lc[1] == ' ' && lc[2] == '*' &&
	    imp_is_one_of(s, (size_t)(lc - s), opens))
		n -= (size_t)(lc + 2 - s), s = lc + 2;
	const char *mark = NULL;
	if (n > 5 && (unsigned char)s[0] >= 0xF0) {
		mark = s, s += 4, n -= 4;
		if (n > 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xB8)
			s += 3, n -= 3;
		while (n && *s == ' ')
			s++, n--;
	}
	if (n < 8 || s[0] != '*' || s[1] != '*')
		return false;
	size_t c = imp_bold_at(s, n, 2);
	if (c >= n)
		return false;
	const char *close = s + c;
	const char *b = s + 2;
	size_t bn = (size_t)(close - b);
	/* "**NONE** - No critical or high issues identified.": no finding */
	if (imp_none_item(b, bn))
		return false;
	const char *colon = memchr(b, ':', bn);
	size_t at, len;
	bool blocking;
	/* "**1.1 — [HIGH] Symbol manager is not deployed — …**": its number
	 * in the document's outline (its ID), a dash, its severity in
	 * brackets, its title */
	size_t on = imp_outline_rated(b, bn);
	if (on) {
		int k = imp_container(im);
		if ((k != 1 && k != 2) || imp_inside_finding(im))
			return false;
		size_t had = im->r->n_findings;
		prr_finding *f = imp_new_finding(im, b + on, bn - on, line, k == 2);
		if (im->r->n_findings > had)
			f->id = prr_arena_strndup(im->a, b, strspn(b, "0123456789."));
		return true;
	}
	/* "**WRE-F3 (Critical, blocking)** — Slot reservations lost …": its
	 * ID in bold, its title after */
	bool id_only = !colon && prr_rec_finding_id(b, bn, &at, &len) && at == 0 &&
		       c + 4 < n;
	/* "**Backfill exceeds window** — severity: High. Owner: Ines.
	 * Blocking.": its title in bold, its severity said after it */
	const char *rest = close + 2;
	size_t rn = (size_t)(s + n - rest);
	const char *eol = memchr(rest, '\n', rn);
	if (eol)
		rn = (size_t)(eol - rest);
	bool rated_after = false;
	prr_severity said = PRR_SEV_UNKNOWN;
	if (!id_only && !colon && rn > 3) {
		said = prr_rec_severity(rest, rn, &blocking);
		rated_after = said != PRR_SEV_UNKNOWN;
	}
	/* "**Blocker:** PLAT-1880 — Istio ingress crashloops …": a blocker's
	 * label in bold, its ID and title after it */
	const char *after = rest;
	while (after < rest + rn && *after == ' ')
		after++;
	bool label_id = !id_only && colon && colon + 1 == close &&
			prr_rec_finding_id(b, (size_t)(rest + rn - b), &at, &len) &&
			b + at == after;
	if (label_id) {
		int k = imp_container(im);
		if (k != 1 && k != 2)
			k = 0;
		if (!k || imp_inside_finding(im))
			return false;
		imp_new_finding(im, after, (size_t)(rest + rn - after), line, true);
		return true;
	}
	if (!id_only && imp_blocker_label(im, b, bn, rest, rn, line))
		return true;
	/* a title after the label: "**CRITICAL Issues:**" leads a list */
	if (!id_only && !rated_after && (!colon || colon == b || colon + 2 >= close))
		return false;
	if (!id_only && !rated_after &&
	    !(prr_rec_finding_id(b, (size_t)(colon - b), &at, &len) && at == 0) &&
	    prr_rec_severity(b, (size_t)(colon - b), &blocking) == PRR_SEV_UNKNOWN)
		return false;
	int kind = imp_container(im);
	if (!kind)
		kind = imp_numbered_list_heading(im);
	/* "**ING-4 (Low)** — Key rotation …" under a service's heading: an
	 * ID rated in bold is a finding wherever it stands */
	if (!kind && id_only && imp_keyed_rated(b, bn))
		kind = 1;
	if ((kind != 1 && kind != 2) || imp_inside_finding(im))
		return false;
	if (id_only) {
		/* each line that opens with an ID in bold: its ID, severity
		 * (the circle before it too) and title, its wrapped sentence
		 * whole */
		imp_bold_id_lines(im, mark, s, n, line, kind == 2);
		return true;
	}
	prr_finding *f = imp_new_finding(im, b, bn, line, kind == 2);
	if (rated_after && f->severity == PRR_SEV_UNKNOWN)
		f->severity = said;
	/* "*Blocking.*" after it */
	bool says = false;
	imp_any_severity(close + 2, (size_t)(s + n - close - 2), &says);
	f->blocking |= says;
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
	i = imp_past_dash(s, i, n, true);
	if (!i)
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

/* A name in the form services are named by: lower-case ASCII letters
 * and digits, joined by '-' or '_' where `joined` ("ledger-writer",
 * "usage_ingest"); no blocking word ("non-blocking") nor status
 * ("open"). */
static bool service_name(const char *p, size_t m, bool joined)
{
	if (m < 2 || m > 40 || p[0] < 'a' || p[0] > 'z')
		return false;
	bool join = false, blocking = false, known;
	for (size_t i = 0; i < m; i++) {
		if (p[i] == '-' || p[i] == '_')
			join = i + 1 < m;
		else if (!(p[i] >= 'a' && p[i] <= 'z') && !(p[i] >= '0' && p[i] <= '9'))
			return false;
	}
	prr_status_from_text(p, m, &known);
	return (join || !joined) && !known &&
	       prr_rec_severity(p, m, &blocking) == PRR_SEV_UNKNOWN && !blocking &&
	       !prr_rec_denies_blocking(p, m);
}

/* The component an item names beside its severity: in the parentheses
 * that rate its ID ("TB-21 (Critical, ledger-writer)"), or after the
 * severity that follows it, before a colon ("Q-6 — P3 — indexer: …");
 * or NULL. */
const char *imp_rated_component(imp *im, const char *s, size_t n)
{
	size_t o, e, at, len;
	if (imp_rating_parens(s, n, &o, &e)) {
		for (size_t a = o + 1, b; a < e; a = b + 1) {
			for (b = a; b < e && s[b] != ','; b++)
				;
			size_t i = a, j = b;
			while (i < j && s[i] == ' ')
				i++;
			while (j > i && s[j - 1] == ' ')
				j--;
			if (a > o + 1 && service_name(s + i, j - i, true))
				return prr_arena_strndup(im->a, s + i, j - i);
		}
		return NULL;
	}
	if (!prr_rec_finding_id(s, n, &at, &len))
		return NULL;
	size_t i = at + len, end = n - i < 48 ? n : i + 48;
	const char *c = memchr(s + i, ':', end - i);
	if (!c)
		return NULL;
	size_t w = (size_t)(c - s);
	while (w > i && s[w - 1] != ' ')
		w--;
	/* between the ID and the name: a dash, the severity, a dash */
	size_t k = w;
	bool blocking;
	for (;;) {
		if (k > i && (s[k - 1] == ' ' || s[k - 1] == '-'))
			k--;
		else if (k >= i + 3 && memcmp(s + k - 3, "\xE2\x80\x94", 3) == 0)
			k -= 3;
		else
			break;
	}
	for (;;) {
		if (i < k && (s[i] == ' ' || s[i] == '-'))
			i++;
		else if (k - i >= 3 && memcmp(s + i, "\xE2\x80\x94", 3) == 0)
			i += 3;
		else
			break;
	}
	if (k > i && k - i <= 12 && !memchr(s + i, ' ', k - i) &&
	    prr_rec_severity(s + i, k - i, &blocking) != PRR_SEV_UNKNOWN &&
	    service_name(s + w, (size_t)(c - s) - w, false))
		return prr_arena_strndup(im->a, s + w, (size_t)(c - s) - w);
	return NULL;
}

/* "… Owner: Ines Carvalho. Effort 5–8 days.": the effort a finding's
 * text states after the word, a colon or not. */
void imp_stated_effort(prr_finding *f, const char *s, size_t n)
{
	for (const char *p = s; (p = imp_find_ci_n(p, n - (size_t)(p - s), "effort"));
	     p++) {
		if (p > s && isalpha((unsigned char)p[-1]))
			continue;
		const char *v = p + 6;
		while (v < s + n && (*v == ' ' || *v == ':' || *v == '*'))
			v++;
		const char *unit;
		if (v > p + 6 && prr_parse_effort(v, (size_t)(s + n - v), &f->effort.low,
						  &f->effort.high, &unit) == 0) {
			f->effort.unit = unit;
			return;
		}
		f->effort.low = f->effort.high = PRR_NONE;
	}
}

/* (import_int.h) */
void imp_prose_findings(imp *im, const char *s, size_t n, int line)
{
	int k = imp_container(im);
	if (k == 3 || imp_resolved_context(im) || imp_inside_finding(im))
		return;
	int at_line = line;
	size_t from = 0; /* the sentence's start */
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n')
			at_line += line > 0;
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && i + 1 < n &&
		    (s[i + 1] == ' ' || s[i + 1] == '\n'))
			from = i + 1;
		if (s[i] != '(')
			continue;
		/* "(LEX-12, high)": an ID, a comma and one word of severity */
		size_t e = i + 1, id, idn;
		while (e < n && e < i + 48 && s[e] != ')' && s[e] != '(')
			e++;
		if (e >= n || s[e] != ')' ||
		    !prr_rec_finding_id(s + i + 1, e - i - 1, &id, &idn) || id)
			continue;
		size_t w = i + 1 + idn;
		if (w >= e || s[w] != ',')
			continue;
		while (++w < e && (s[w] == ' ' || s[w] == '\n'))
			;
		size_t we = w;
		while (we < e && isalpha((unsigned char)s[we]))
			we++;
		bool blocking;
		prr_severity sev = prr_rec_severity(s + w, we - w, &blocking);
		if (we != e || sev == PRR_SEV_UNKNOWN)
			continue;
		/* titled by its sentence up to the brackets */
		size_t a = from, b = i;
		while (a < b && (s[a] == ' ' || s[a] == '\n'))
			a++;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n'))
			b--;
		/* (a sentence of a few lines: not a page run on without a
		 * stop, which would make each title the text before it) */
		if (b - a < 8 || b - a > 400)
			continue;
		/* (as "LEX-12 — …": of its ID, one of another ID another) */
		size_t had = im->r->n_findings;
		char *t = prr_arena_printf(im->a, "%.*s \xE2\x80\x94 %.*s", (int)idn,
					   s + i + 1, (int)(b - a), s + a);
		for (char *c = t; *c; c++)
			if (*c == '\n')
				*c = ' ';
		prr_finding *f = imp_new_finding(im, t, strlen(t), at_line, false);
		if (im->r->n_findings > had)
			f->severity = sev;
	}
}
