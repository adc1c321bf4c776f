/* import_totals.c - totals a document states of what it lists: a table
 * of checks' "| **Total** | **3 / 4 passing** |" (no check, but a claim
 * audited against the checks that pass), a table of counts' "| **Total**
 * | **291** |" against its rows' sum, "There are 3 open blockers:" against
 * the list after it, "All 12 pre-flight checks pass" against the checks. */
#include "import_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A whole number at s[*i] (five digits at most): its value, *i past it. */
static bool whole_at(const char *s, size_t *i, int *v)
{
	size_t j = *i;
	*v = 0;
	while (isdigit((unsigned char)s[j]) && j - *i < 5)
		*v = *v * 10 + (s[j++] - '0');
	if (j == *i || isdigit((unsigned char)s[j]))
		return false;
	*i = j;
	return true;
}

bool imp_spaced_count(const char *s, int *a, int *b)
{
	size_t i = 0;
	while (s[i] == ' ' || s[i] == '*')
		i++;
	if (!whole_at(s, &i, a))
		return false;
	while (s[i] == ' ')
		i++;
	if (s[i] == '/')
		i++;
	else if (strncmp(s + i, "of ", 3) == 0)
		i += 3;
	else
		return false;
	while (s[i] == ' ')
		i++;
	/* (then the end, or a word: not "3/4/2026", "3/4.5") */
	return whole_at(s, &i, b) && *b > 0 && *a <= *b &&
	       (!s[i] || s[i] == ' ' || s[i] == '*');
}

bool imp_total_count_row(const table *t, size_t r, int name_col, int st,
			 imp_total_row *tr)
{
	int a, b;
	if (st < 0 || !imp_is_total_row(t->cell[r][name_col]) ||
	    !imp_spaced_count(t->cell[r][st], &a, &b))
		return false;
	if (tr->row < 0)
		*tr = (imp_total_row){ (int)r, a, b };
	return true;
}

bool imp_sum_row(const char *c)
{
	static const char *const sums[] = { "total", "totals", "sum",
		"gesamt", "summe", "totale", "合计", "合計", "总计", NULL };
	size_t w = 0;
	while (c[w] && c[w] != ' ' && c[w] != '(' && c[w] != ':')
		w++;
	return imp_is_total_row(c) &&
	       (imp_is_one_of(c, w, sums) ||
		imp_starts_with_ci(c, strlen(c), "grand total"));
}

void imp_claim_total_row(imp *im, const table *t, int name_col,
			 const imp_total_row *tr, long pass, long applicable)
{
	if (tr->row < 0)
		return;
	imp_add_claim(im, imp_join(im, t->cell[tr->row][name_col], " ",
				   "(checks that pass)"),
		      imp_ratio_text(im, tr->a, tr->b),
		      imp_ratio_text(im, pass, applicable),
		      tr->a == pass && tr->b == applicable, t->line[tr->row]);
}

/* The word at s[i] (letters, hyphens): its length, 0 when none. */
static size_t word_len(const char *s, size_t n, size_t i)
{
	size_t k = 0;
	while (i + k < n && (isalpha((unsigned char)s[i + k]) || s[i + k] == '-'))
		k++;
	return k;
}

void imp_note_all_count(imp *im, const char *s, size_t n, int line)
{
	static const char *const verbs[] = { "are", "were", "have", "all",
		"been", NULL };
	static const char *const passing[] = { "pass", "passed", "passing",
		"green", "done", "complete", "completed", "met", "verified",
		NULL };
	for (size_t i = 0; i + 4 < n; i++) {
		long v;
		size_t j;
		/* "all" as a word, not after "not" ("Not all 12 checks pass") */
		if ((i && isalpha((unsigned char)s[i - 1])) ||
		    strncasecmp(s + i, "all ", 4) != 0 ||
		    (i >= 4 && strncasecmp(s + i - 4, "not ", 4) == 0) ||
		    !imp_number_at(s, n, i + 4, &v, &j) || v < 2 || v > 9999)
			continue;
		/* up to three words, the noun the last before what they do:
		 * "pre-flight checks pass", "gates are green" */
		for (int w = 0; w < 3 && j < n && s[j] == ' '; w++) {
			size_t at = j + 1, k = word_len(s, n, at);
			if (!k)
				break;
			size_t e = at + k;
			/* (past "are", "have been", "all") */
			while (e < n && s[e] == ' ' &&
			       imp_starts_with_word(s + e + 1, n - e - 1, verbs))
				e += 1 + word_len(s, n, e + 1);
			if (k >= 3 && e < n && s[e] == ' ' &&
			    imp_starts_with_word(s + e + 1, n - e - 1, passing)) {
				imp_add_pending(im, PEND_NAMED,
						prr_arena_strndup(im->a, s + at, k),
						NULL, (int)v, (int)v, 1, line);
				return;
			}
			j = at + k;
		}
		return;
	}
}

/* Whether the number at s[a] counts: first on its line, or after a word
 * that leads to a count ("There are 3", "We found 4", "the 2"), not a
 * name's number ("Round 1 findings:", "Phase 2 risks:"). */
static bool counted_from(const char *s, size_t a)
{
	static const char *const leads[] = { "are", "were", "is", "was",
		"remain", "with", "has", "have", "had", "found", "raised",
		"identified", "logged", "listed", "opened", "the", "these",
		"those", "following", "our", "still", "only", "all", NULL };
	if (!a || s[a - 1] == '\n')
		return true;
	if (s[a - 1] != ' ')
		return false;
	size_t w = a - 1;
	while (w && isalpha((unsigned char)s[w - 1]))
		w--;
	return imp_is_one_of(s + w, a - 1 - w, leads);
}

void imp_note_lead_count(imp *im, const char *s, size_t n, int last_line)
{
	static const char *const nouns[] = { "blockers", "blocker",
		"findings", "finding", "issues", "issue", "gaps", "gap",
		"risks", "risk", "items", "item", "conditions", "condition",
		NULL };
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*'))
		n--;
	if (n < 4 || s[n - 1] != ':')
		return;
	/* back over the noun and at most one word before it ("open") to
	 * the count, a word of its own: "There are 3 open blockers:" */
	size_t e = n - 1, b = e;
	while (b && isalpha((unsigned char)s[b - 1]))
		b--;
	if (!imp_is_one_of(s + b, e - b, nouns))
		return;
	for (int w = 0; w < 2 && b >= 2 && s[b - 1] == ' '; w++) {
		size_t a = b - 1;
		while (a && s[a - 1] != ' ' && s[a - 1] != '\n')
			a--;
		long v;
		size_t end;
		if (imp_number_at(s, n, a, &v, &end) && end == b - 1 &&
		    counted_from(s, a)) {
			im->lead_count = (int)v + 1;
			im->lead_count_line = last_line;
			im->lead_count_what = imp_clean(im, s + b, e - b);
			return;
		}
		if (!word_len(s, n, a) || a + word_len(s, n, a) != b - 1)
			return;
		b = a;
	}
}

void imp_claim_lead_count(imp *im, int first_line, size_t items)
{
	int stated = im->lead_count - 1;
	if (im->lead_count && first_line > im->lead_count_line &&
	    first_line <= im->lead_count_line + 2)
		imp_add_claim(im, imp_join(im, im->lead_count_what, " ", "listed"),
			      imp_long_text(im, stated), imp_long_text(im, (long)items),
			      stated >= 0 && (size_t)stated == items,
			      im->lead_count_line);
	im->lead_count = 0;
}

/* A cell that is a whole number alone ("142", "**1,184**"), or -1. */
static long whole_cell(const char *c)
{
	while (*c == '*' || *c == ' ')
		c++;
	long v = 0;
	size_t digits = 0, group = 0;
	bool commas = false;
	for (; *c; c++) {
		if (isdigit((unsigned char)*c) && v < 100000000000L) {
			v = v * 10 + (*c - '0');
			digits++;
			group++;
		} else if (*c == ',' && group && group <= 3 &&
			   (!commas || group == 3)) {
			commas = true; /* "1,184,220" */
			group = 0;
		} else {
			break;
		}
	}
	while (*c == '*' || *c == ' ')
		c++;
	return *c || !digits || (commas && group != 3) ? -1 : v;
}

void imp_claim_count_totals(imp *im, const table *t)
{
	static const char *const totals[] = { "total", "totals", "sum",
		"grand total", NULL };
	/* (not columns of rates, extremes or times: "Avg lag (ms)", "Max
	 * queue", "Coverage %", whose Total row is no sum) */
	static const char *const unsummed[] = { "avg", "average", "mean",
		"median", "rate", "ratio", "max", "maximum", "min", "minimum",
		"peak", "latency", "ms", "percent", "percentage", "share",
		"score", "weight", "year", NULL };
	if (t->rows < 3 || t->cols < 2)
		return;
	size_t tr = t->rows - 1;
	const char *nm = t->cell[tr][0];
	if (!imp_is_one_of(nm, strlen(nm), totals))
		return;
	/* a subtotal above it would be summed twice */
	for (size_t r = 0; r < tr; r++)
		if (imp_is_total_row(t->cell[r][0]))
			return;
	for (size_t k = 1; k < t->cols; k++) {
		long stated = whole_cell(t->cell[tr][k]), sum = 0;
		if (stated < 0 || strchr(t->head[k], '%') ||
		    imp_has_word_of(t->head[k], unsummed))
			continue;
		size_t r = 0;
		for (long v; r < tr && (v = whole_cell(t->cell[r][k])) >= 0; r++)
			sum += v;
		if (r < tr)
			continue; /* a row that is no whole number */
		imp_add_claim(im, prr_arena_printf(im->a, "%s row, %s", nm, t->head[k]),
			      imp_long_text(im, stated), imp_long_text(im, sum),
			      stated == sum, t->line[tr]);
	}
}

/* "### ✅ Lo que YA está bien" over a list whose items, most of them, carry
 * ✅ and one none ("1. **Docker multi-stage build** optimizado"): the
 * heading's mark is what the list says of them all, so an item with no
 * status of its own takes it.  Only a top-level list right under the
 * heading (titled by it), of no boxes, under a ✅ or ❌, and only where
 * most items carry that very mark: the mark is the list's then. */
void imp_heading_mark_items(imp *im, size_t list, prr_checklist *cl)
{
	size_t si = im->cur_sec;
	if (si == NONE || si >= im->r->n_sections || im->nodes[list].parent ||
	    !cl->title || !im->sx[si].title || strcmp(cl->title, im->sx[si].title))
		return;
	const char *h = im->r->sections[si].heading;
	size_t hn = strlen(h), lead = prr_status_lead(h, hn);
	bool known = false;
	prr_status st = lead ? prr_status_from_marks(h, lead, &known) : PRR_UNKNOWN;
	if (!known || (st != PRR_PASS && st != PRR_FAIL))
		return;
	size_t same = 0, none = 0;
	for (size_t k = 0; k < cl->n_items; k++) {
		same += cl->items[k].status == st;
		none += cl->items[k].status == PRR_UNKNOWN;
	}
	if (!none || same < 2 || same * 2 <= cl->n_items)
		return;
	for (size_t k = 0; k < cl->n_items; k++)
		if (cl->items[k].status == PRR_UNKNOWN) {
			cl->items[k].status = st;
			cl->items[k].done = st == PRR_PASS;
		}
}
