/* import_checklist.c - a list's items: their text, the status their marks
 * and words state, and the checklist they make; see import_list.c for
 * what else a list may be. */
#include "import_find_items.h"
#include "prr/rec_item.h"
#include "prr/mojibake.h"
#include "prr/rec_date.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool imp_tasks_follow(imp *im, size_t i)
{
	/* (not a finding's fixes: "### 5. Backups (P0 Remediation)") */
	size_t hn;
	const char *h = imp_ntext(im, i, &hn);
	if (imp_contains_ci_n(h, hn, "remediation") || imp_contains_ci_n(h, hn, "fix"))
		return false;
	/* (read from the lines: the heading is handled before the block
	 * after it is parsed; past one label, "**Daily Tasks (First
	 * Week):**") */
	int line = imp_node_last_line(im, i);
	const char *p = NULL;
	size_t n = 0;
	bool label = false;
	while (line > 0 && (size_t)line < im->map.n) {
		prr_linemap_line(&im->map, ++line, &p, &n);
		while (n && (*p == ' ' || *p == '\t'))
			p++, n--;
		while (n && (p[n - 1] == ' ' || p[n - 1] == '\r'))
			n--;
		if (!n)
			continue;
		if (label || n < 5 || p[0] != '*' || p[1] != '*' ||
		    !(p[n - 1] == ':' || (p[n - 1] == '*' && p[n - 3] == ':')))
			break;
		label = true;
	}
	if (n < 6 || !strchr("-*+", *p) || p[1] != ' ')
		return false;
	return p[2] == '[' && (p[3] == ' ' || p[3] == 'x' || p[3] == 'X') &&
	       p[4] == ']' && p[5] == ' ';
}

/* An item's own text: its inline text and its paragraphs', not sublists,
 * one space between; copied once, into the block's scratch arena. */
const char *imp_item_text(imp *im, size_t li, size_t *len)
{
	size_t n, total;
	imp_ntext(im, li, &total);
	for (size_t c = im->nodes[li].child; c; c = im->nodes[c].next)
		if (im->nodes[c].type == MD_BLOCK_P) {
			imp_ntext(im, c, &n);
			total += (total ? 1 : 0) + n;
		}
	char *out = prr_arena_alloc_str(&im->tmp, total + 1), *o = out;
	const char *s = imp_ntext(im, li, &n);
	memcpy(o, s, n);
	o += n;
	for (size_t c = im->nodes[li].child; c; c = im->nodes[c].next) {
		if (im->nodes[c].type != MD_BLOCK_P)
			continue;
		s = imp_ntext(im, c, &n);
		if (o > out)
			*o++ = ' ';
		memcpy(o, s, n);
		o += n;
	}
	*o = '\0';
	*len = total;
	return out;
}

/*
 * A status in words after an item's title: "**Rollback rehearsed** — met,
 * 14 minutes", "**Support trained:** not met; training on the 20th",
 * "Parallel run - passed (0.02%)", "Availability: green".  The title ends
 * at a dash between spaces, or at a colon after a title in bold or a
 * short name (four words at most); then the words up to the
 * next punctuation must be a status word or phrase and nothing more
 * ("— no impact" says none).  Returns the title's length, or 0.
 */
/* Whether s[0..n) is a short name: four words at most, no digit. */
static bool short_name(const char *s, size_t n)
{
	size_t words = 1;
	for (size_t i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i]))
			return false;
		words += s[i] == ' ';
	}
	return n && words <= 4;
}

static size_t said_after_title(const char *s, size_t n, prr_status *st)
{
	size_t i = 0, title = 0, from = 0;
	bool bold = n > 4 && s[0] == '*' && s[1] == '*';
	if (bold) {
		size_t c = 2;
		while (c + 1 < n && !(s[c] == '*' && s[c + 1] == '*'))
			c++;
		if (c + 1 >= n)
			return 0;
		/* "**Line 4 — not started.** The registry team …": the
		 * status inside the bold, as it would be without */
		size_t inner;
		if (s[2] != '*' && (inner = said_after_title(s + 2, c - 2, st)) != 0)
			return inner + 2;
		i = c + 2;
		if (s[c - 1] == ':') {
			title = i;
			from = i;
		}
	}
	for (; !from && i + 2 < n; i++) {
		/* (a dash inside a parenthesis is not the item's) */
		if (s[i] == '(') {
			const char *c = memchr(s + i, ')', n - i);
			if (!c)
				break;
			i = (size_t)(c - s);
			continue;
		}
		size_t dash = s[i + 1] == '-' ? 1
			      : rec_cp_is(s, n, i + 1, 0x2014) ||
					rec_cp_is(s, n, i + 1, 0x2013) ? 3 : 0;
		if (s[i] == ' ' && dash && i + 1 + dash < n && s[i + 1 + dash] == ' ') {
			title = i;
			from = i + 1 + dash;
		} else if (s[i] == ':' && i + 1 < n && s[i + 1] == ' ' &&
			   (bold || short_name(s, i))) {
			title = i;
			from = i + 1;
		}
		if (bold && !from && s[i] != ' ')
			break; /* the title in bold ends where the dash starts */
	}
	/* "Backups (done)", "DR drill (not started)", "Restore timed (done —
	 * 3h 12m)": the status in a parenthesis that ends the item */
	if (!from && n > 4 && s[n - 1] == ')') {
		const char *o = memchr(s, '(', n);
		while (o) {
			const char *next = memchr(o + 1, '(', (size_t)(s + n - o - 1));
			if (!next)
				break;
			o = next;
		}
		if (o && o > s && o[-1] == ' ') {
			title = (size_t)(o - s) - 1;
			from = (size_t)(o - s) + 1;
		}
	}
	if (!from)
		return 0;
	/* the status, up to its note: "partial, no alert", "partial — no
	 * alert on bounce rate" */
	size_t e = from;
	while (e < n && !strchr(",;(.!)", s[e]) &&
	       !(e > from && s[e] == ' ' && e + 1 < n &&
		 (s[e + 1] == '-' || rec_cp_is(s, n, e + 1, 0x2014) ||
		  rec_cp_is(s, n, e + 1, 0x2013))))
		e++;
	bool known = false;
	*st = prr_status_word(s + from, e - from, &known);
	/* "**Overall:** **Not ready** without a build": the status in the
	 * bold that opens the value, what follows it its note */
	size_t b = from;
	while (b < e && s[b] == ' ')
		b++;
	if (!known && b + 4 < e && s[b] == '*' && s[b + 1] == '*') {
		size_t c = b + 2;
		while (c + 1 < e && !(s[c] == '*' && s[c + 1] == '*'))
			c++;
		if (c + 1 < e)
			*st = prr_status_word(s + b, c + 2 - b, &known);
	}
	/* "Paging tested: ✔︎ (note)": its marks alone */
	size_t lead = prr_status_lead(s + from, e - from);
	if (!known && lead && lead + rec_spaces(s, e, from + lead, e) >= e - from)
		*st = prr_status_from_marks(s + from, lead, &known);
	return known ? title : 0;
}

/* What an item says after its status in words ("met, 14 minutes end to
 * end": "14 minutes end to end"), or NULL. */
static const char *said_rest(imp *im, const item *it)
{
	const char *s = it->raw + it->said_title, *end = it->raw + it->raw_n;
	/* "**Not ready** without a build": what follows the bold */
	const char *b = s;
	while (b < end && *b == ' ')
		b++;
	const char *c = end - b > 4 && b[0] == '*' && b[1] == '*'
			? imp_find_ci_n(b + 2, (size_t)(end - b - 2), "**") : NULL;
	if (c && c + 3 < end && c[2] == ' ' && isalpha((unsigned char)c[3]))
		return imp_clean(im, c + 3, (size_t)(end - c - 3));
	while (s < end && !strchr(",;(.!", *s))
		s++;
	if (s < end && *s != '(')
		s++;
	while (s < end && *s == ' ')
		s++;
	if (s < end && *s == '(' && end[-1] == ')') {
		s++, end--;
		/* "(done — 3h 12m)": what follows the status */
		const char *e = s;
		while (e < end && !strchr(",;)", *e) &&
		       !(e > s && *e == ' ' && e + 1 < end &&
			 (e[1] == '-' || (unsigned char)e[1] == 0xE2)))
			e++;
		bool known;
		prr_status_word(s, (size_t)(e - s), &known);
		if (known) {
			s = e;
			while (s < end && (*s == ' ' || *s == ',' || *s == ';' ||
					   *s == '-'))
				s++;
			if (end - s >= 3 && (unsigned char)s[0] == 0xE2 &&
			    (unsigned char)s[1] == 0x80 &&
			    ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
				s += 3; /* an en or em dash */
			while (s < end && *s == ' ')
				s++;
		}
	}
	const char *t = s < end ? imp_clean(im, s, (size_t)(end - s)) : "";
	return *t ? t : NULL;
}

size_t imp_list_items(imp *im, size_t list, item **out)
{
	size_t count = 0, cap = 0;
	item *items = NULL;
	for (size_t c = im->nodes[list].child; c; c = im->nodes[c].next) {
		if (im->nodes[c].type != MD_BLOCK_LI)
			continue;
		item *it = PRR_VEC_PUSH(&im->tmp, items, count, cap);
		it->raw = imp_item_text(im, c, &it->raw_n);
		it->line = imp_node_line(im, c);
		it->task = im->nodes[c].task;
		it->struck = im->nodes[c].struck ||
			     (im->nodes[c].child &&
			      im->nodes[im->nodes[c].child].struck);
		it->done = im->nodes[c].done ||
			   (im->nodes[c].child && im->nodes[im->nodes[c].child].done);
		it->box = PRR_UNKNOWN;
		it->flagged = false;
		it->node = c;
		/* "[✓] …", "[~] …", "[ X ] …": boxes md4c does not know */
		size_t box;
		if (!it->task &&
		    (box = prr_rec_checkbox(it->raw, it->raw_n, &it->box))) {
			it->task = it->box == PRR_PASS ? 'x' : ' ';
			it->raw += box;
			it->raw_n -= box;
		}
		/* "- [!] … blocked by …": a box flagged, no tick nor blank */
		if (!it->task && it->raw_n >= 3 && memcmp(it->raw, "[!]", 3) == 0 &&
		    (it->raw_n == 3 || it->raw[3] == ' ')) {
			it->flagged = true;
			it->raw += 3;
			it->raw_n -= 3;
			while (it->raw_n && *it->raw == ' ')
				it->raw++, it->raw_n--;
		}
		/* "- **✅ Load Balancing**: …": as "- ✅ **Load Balancing**" */
		imp_bold_lead_mark(im, it);
	}
	/* "- Ledger: ⚠️ reconciliation still manual" in every item: as
	 * "- ⚠️ Ledger: …" */
	imp_items_label_mark(im, items, count);
	for (size_t k = 0; k < count; k++) {
		item *it = &items[k];
		it->lead = prr_status_lead(it->raw, it->raw_n);
		it->tail = prr_status_tail(it->raw, it->raw_n);
		it->marks = prr_status_from_marks(it->raw, it->raw_n,
						  &it->marks_known);
		/* ("❌" where the document's legend says "❌ not done") */
		if (it->marks_known && it->lead)
			it->marks = imp_legend_status(im, it->raw, it->raw_n,
						      it->marks, &it->marks_known);
		it->said_title = 0;
		/* ("gw: PASS": a tail of words only, said after its title) */
		if (!it->task && !it->lead && (!it->tail || !it->marks_known))
			it->said_title = said_after_title(it->raw, it->raw_n,
							  &it->said);
	}
	imp_items_before_after(items, count);
	*out = items;
	return count;
}

/* The status an item's own leading or trailing marks and words state
 * ("❌ Backups", "Backups — PENDING"), or unknown. */
prr_status imp_item_said_status(const item *it)
{
	bool known = false;
	prr_status st = PRR_UNKNOWN;
	if (it->lead)
		st = prr_status_from_text(it->raw, it->lead, &known);
	if (!known && it->tail && it->tail < it->raw_n)
		st = prr_status_from_text(it->raw + it->raw_n - it->tail,
					  it->tail, &known);
	if (!known && it->said_title)
		return it->said;
	/* "- [x] **Task 5: Proration** ⏳ PENDING — waiting on sign-off":
	 * the marks or word right after a title in bold */
	const char *s = it->raw, *c = it->raw_n > 4 && s[0] == '*' && s[1] == '*'
			? memchr(s + 2, '*', it->raw_n - 2) : NULL;
	if (!known && it->task && c && c + 1 < s + it->raw_n && c[1] == '*') {
		const char *a = c + 2, *end = s + it->raw_n;
		while (a < end && *a == ' ')
			a++;
		size_t rest = (size_t)(end - a), lead = prr_status_lead(a, rest), w = 0;
		while (w < rest && a[w] != ',' && a[w] != '(' &&
		       !(a[w] == ' ' && w + 1 < rest && (a[w + 1] == '-' ||
			 rec_cp_is(a, rest, w + 1, 0x2014))))
			w++;
		st = lead ? prr_status_from_marks(a, lead, &known)
			  : prr_status_word(a, w, &known);
	}
	return known ? st : PRR_UNKNOWN;
}

/* Whether an item has what every legend has: a separator between marks
 * and their meanings ("✅ = done", "Legend: …", "✅ Done | ❌ Failed",
 * "凡例：…", "✅ done · ❌ not", "✅ → done"). */
static bool has_legend_marks(const char *s, size_t n)
{
	static const char *const wide[] = { "\xEF\xBC\x9A", "\xC2\xB7",
		"\xE2\x80\xA2", "\xE2\x86\x92", NULL };
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '=' || c == '|' || c == ':' || c == ',' || c == ';')
			return true;
		for (int w = 0; (unsigned char)c >= 0xC2 && wide[w]; w++)
			if (i + strlen(wide[w]) <= n &&
			    memcmp(s + i, wide[w], strlen(wide[w])) == 0)
				return true;
	}
	return false;
}

/* "- [x] Observability" then "- CG-88 (Critical) — One slow carrier
 * …" in one list: an item with no box or mark that opens with its ID
 * rated is a finding, not a check. */
static bool finding_item(const item *it)
{
	return !it->task && !it->marks_known && imp_keyed_rated(it->raw, it->raw_n);
}

/*
 * "* [x] Load test" "* [x] Runbooks" then "+ [x] Canary" under one
 * heading: a change of bullet starts a new list in Markdown, not a new
 * checklist.  A list right after the list that made the last checklist
 * (no text between), of the same kind and title, continues that
 * checklist; `cl`, just made and last, is moved into it.  Returns
 * whether it was.
 */
static bool join_previous(imp *im, size_t list, prr_checklist *cl)
{
	prr_review *r = im->r;
	size_t prev = im->cl_list;
	/* (a top-level block's nodes are gone once it is read: the lists
	 * are neighbours when their blocks are, one after the other) */
	bool next = im->nodes[list].parent
			    ? im->cl_top == im->n_top && im->nodes[prev].next == list
			    : im->cl_top + 1 == im->n_top && !im->cl_nested;
	if (!prev || !next || im->cl_type != im->nodes[list].type ||
	    r->n_checklists < 2 || im->cl_at != r->n_checklists - 2)
		return false;
	prr_checklist *to = &r->checklists[r->n_checklists - 2];
	size_t c = r->n_checklists - 1;
	if (!to->title || !cl->title || strcmp(to->title, cl->title) != 0 ||
	    im->cl_sec[c - 1] != im->cl_sec[c])
		return false;
	/* (the room doubles: many one-item lists stay linear) */
	to->items = imp_rows_grow(im, to->items, to->n_items, &im->cl_cap,
				  cl->n_items, sizeof *to->items);
	memcpy(to->items + to->n_items, cl->items, cl->n_items * sizeof *cl->items);
	to->n_items += cl->n_items;
	im->cl_box[c - 1] |= im->cl_box[c];
	r->n_checklists--;
	return true;
}

/* `list` made the last checklist: the one a next list may continue. */
static void note_list(imp *im, size_t list, size_t items)
{
	im->cl_list = list;
	im->cl_top = im->n_top;
	im->cl_type = im->nodes[list].type;
	im->cl_nested = im->nodes[list].parent != 0;
	im->cl_cap = items;
	im->cl_at = im->r->n_checklists - 1;
}

void imp_label_lead(imp *im, const char *s, size_t n, int last_line)
{
	while (n && s[n - 1] == ' ')
		n--;
	/* "**Token Storage**:" or "**Token Storage:**", one line, one bold */
	size_t e = n && s[n - 1] == ':' ? n - 1 : n;
	if (n > 80 || e < 5 || s[0] != '*' || s[1] != '*' || s[e - 1] != '*' ||
	    s[e - 2] != '*' || memchr(s, '\n', n))
		return;
	e -= 2;
	if (e == n - 2 && s[e - 1] != ':')
		return; /* "**Closed**": no label */
	if (s[e - 1] == ':')
		e--;
	if (e <= 2 || memchr(s + 2, '*', e - 2))
		return;
	im->label_title = imp_clean(im, s + 2, e - 2);
	im->label_line = last_line;
}

/* `cl`, the last checklist, just made from `list`: under a bold label
 * alone, and after another so made in its section under the same title
 * (the heading's), each takes its label ("Encryption & Secrets" over
 * "**Token Storage**:", "**JWT Handling**:": not the heading's thrice). */
static void label_titles(imp *im, size_t list, prr_checklist *cl)
{
	size_t par = im->nodes[list].parent, c = im->r->n_checklists - 1;
	int first = imp_node_line(im, list);
	if (!im->label_title || first <= im->label_line ||
	    first > im->label_line + 2 ||
	    (par && im->nodes[par].type == MD_BLOCK_LI))
		return;
	size_t p = im->label_cl;
	if (p && p - 1 < c && im->cl_sec[p - 1] == im->cl_sec[c] &&
	    cl->title && im->r->checklists[p - 1].title &&
	    (strcmp(im->r->checklists[p - 1].title, cl->title) == 0 ||
	     im->r->checklists[p - 1].title == im->label_cl_title)) {
		im->r->checklists[p - 1].title = im->label_cl_title;
		cl->title = im->label_title;
	}
	im->label_cl = c + 1;
	im->label_cl_title = im->label_title;
	/* under a part of the document that is no check ("## ✅ Sign-off"
	 * over "**Key Achievements:**"), the list's own label names it: the
	 * sign-off is not what it ticks (a name of four words at most, not
	 * a sentence nor "**Status**:") */
	size_t s = im->cl_sec[c], words = 1;
	for (const char *w = im->label_title; *w; w++)
		words += *w == ' ';
	if (s != NONE && s < im->r->n_sections && words <= 4 &&
	    imp_part_heading(im->sx[s].title) && !imp_status_label(im->label_title))
		cl->title = im->label_title;
}

/* "Missing: Request ID tracing", "Needs: Fallback …", "Add CSRF
 * protection …": a gap, or a to-do in the imperative; under ⚠️ nothing
 * of it is done (pending, not partial). */
static bool gap_or_todo(const char *t)
{
	static const char *const gaps[] = { "missing", "needs", "need",
		"lacking", "lacks", "gap", "todo", "to do", "to-do", NULL };
	static const char *const verbs[] = { "add", "implement", "encrypt",
		"use", "enable", "configure", "set up", "setup", "create",
		"write", "build", "introduce", "install", "document",
		"integrate", NULL };
	size_t n = strlen(t);
	while (n && (*t == '*' || *t == '_' || *t == ' '))
		t++, n--;
	for (int i = 0; gaps[i]; i++) {
		size_t k = strlen(gaps[i]);
		if (n > k && strncasecmp(t, gaps[i], k) == 0 &&
		    (t[k] == ':' || (t[k] == '*' && k + 1 < n && t[k + 1] == '*')))
			return true;
	}
	/* a verb to do, in capitals first ("Add", not "added", "Adds") */
	return isupper((unsigned char)*t) && imp_starts_with_word(t, n, verbs) &&
	       strcspn(t, " ") < n;
}

void imp_make_checklist(imp *im, size_t list, item *items, size_t n,
			   const char *title)
{
	bool boxes = false;
	for (size_t k = 0; k < n; k++)
		boxes |= items[k].task != 0;
	prr_checklist *cl = imp_new_checklist(im, title, imp_node_line(im, list),
					      n, boxes);
	int scale = -1; /* (imp_box_severity_mark) */
	for (size_t k = 0; k < n; k++) {
		prr_checkitem *ci = &cl->items[cl->n_items];
		const char *raw = items[k].raw;
		size_t rn = items[k].raw_n;
		const char *t = imp_title_of(im, raw, items[k].said_title ? items[k].said_title : rn);
		if (!*t || (has_legend_marks(raw, rn) && prr_rec_legend(raw, rn)))
			continue;
		/* "- ⚠️ Warning: Any metric below 95%": an alert's rule;
		 * "- ✅ If all criteria met → Proceed": a decision's branch;
		 * "- 🔴 Blocking: 1": a tally of findings */
		if (imp_alert_rule(raw, rn) || imp_decision_branch(raw, rn) ||
		    imp_severity_tally(raw, rn))
			continue;
		if (items[k].earlier || imp_item_group(im, &items[k]))
			continue;
		if (finding_item(&items[k])) {
			imp_new_finding(im, raw, rn, items[k].line, false);
			continue;
		}
		bool known = items[k].marks_known;
		prr_status st = items[k].marks;
		prr_status says = imp_item_said_status(&items[k]);
		if (items[k].flagged) {
			/* "[!]": flagged, not pending; its words say why
			 * ("blocked by …": a fail), else it is not read */
			ci->status = prr_status_from_text(raw, rn, &known);
			ci->done = known && ci->status == PRR_PASS;
			if (!known) {
				ci->status_text = "[!]";
				prr_diag_add(im->d, PRR_DIAG_WARNING, im->path,
					     &im->map, items[k].line, 0,
					     "unknown status '[!]' (kept as unknown)");
			}
		} else if (items[k].box != PRR_UNKNOWN) {
			/* "[~]", "[✗]": the box says more than done or not */
			ci->status = items[k].box;
			ci->done = ci->status == PRR_PASS;
		} else if (items[k].task == 'x' &&
			   (says == PRR_FAIL || says == PRR_PENDING)) {
			/* "- [x] Backups ❌": ticked, yet it says otherwise */
			ci->status = says;
			imp_add_claim(im, imp_join(im, "Ticked done", ": ", t),
				      "done", prr_status_name(says), false,
				      items[k].line);
		} else if (items[k].task) {
			ci->done = items[k].task == 'x';
			/* ("- [ ] … ⚠️ ACTION REQUIRED": a warning of work
			 * to do, its words say; nothing done in part) */
			bool wk;
			if (!ci->done && known && st == PRR_PARTIAL &&
			    prr_status_from_text(raw, rn, &wk) == PRR_PENDING && wk)
				st = PRR_PENDING;
			/* ("- [ ] Disk-full chaos test — not assessed": no
			 * work to do, not applicable; "- [ ] 🟠 Throttle …":
			 * its severity, not its progress) */
			ci->status = ci->done ? PRR_PASS
				     : known && st != PRR_PASS &&
				       !imp_box_severity_mark(items, n, k, &scale) ? st
				     : imp_item_says_na(items[k].raw, items[k].raw_n)
					       ? PRR_NA : PRR_PENDING;
		} else if (!known && items[k].said_title) {
			ci->status = says;
			ci->done = says == PRR_PASS;
			ci->note = said_rest(im, &items[k]);
		} else {
			ci->status = known ? st : PRR_UNKNOWN;
			if (st == PRR_PASS && imp_ready_not_done(t, strlen(t)))
				ci->status = st = PRR_PENDING; /* (as a cell's) */
			/* "- ⚠️ Missing: Request ID tracing", "- ⚠️ Add
			 * CSRF protection": nothing of it done */
			if (known && st == PRR_PARTIAL && gap_or_todo(t))
				ci->status = PRR_PENDING;
			ci->done = st == PRR_PASS && known;
		}
		ci->text = t;
		ci->line = items[k].line;
		cl->n_items++;
	}
	if (!boxes) /* (a heading over boxes sums them up) */
		imp_heading_mark_items(im, list, cl);
	/* a legend, nothing to check: it stays in the narrative; or a
	 * step's stories, the plan's */
	if (cl->n_items)
		imp_take_lines(im, list);
	if (!cl->n_items || imp_checklist_stories(im, cl))
		im->r->n_checklists--;
	else if (!join_previous(im, list, cl)) {
		note_list(im, list, cl->n_items);
		label_titles(im, list, cl);
	} else
		note_list(im, list, im->cl_cap);
}

/* How many things the review holds that a list's items may become: a list
 * that changes none of them placed nothing. */
