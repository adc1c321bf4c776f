/* import_comp.c - components and their checks from tables: a matrix of
 * components by categories, a component's checks, a checklist of rows,
 * and components stated twice merged. */
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_score.h"
#include "prr/rec_verdict.h"
#include "prr/mojibake.h"
#include "prr/utf8.h"
#include "prr/reviews.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*
 * Row `r` is "Overall | NO-GO" and nothing more (its other cells empty),
 * or named "Overall" (verdict, status, result) alone whatever its other
 * cells say ("| **Overall** | all | 2 FAIL, 2 PENDING | **NO-GO** |"):
 * the document's verdict, taken, not a check or a component.  "Overall
 * Readiness | ≥98% | 98.2% | ✅ PASS" is a criterion met, a check.
 */
static bool verdict_row(imp *im, const table *t, size_t r, int name_col,
			int status_col)
{
	static const char *const names[] = { "overall", "overall verdict",
		"overall status", "overall result", "overall decision", NULL };
	if (status_col < 0)
		return false;
	bool named = false;
	for (size_t i = 0; names[i] && !named; i++)
		named = strcasecmp(t->cell[r][name_col], names[i]) == 0;
	for (size_t k = 0; k < t->cols && !named; k++)
		if ((int)k != name_col && (int)k != status_col && *t->cell[r][k])
			return false;
	return imp_head_total_row(im, t->cell[r][name_col],
				  t->cell[r][status_col], t->line[r]);
}

/* A column that tallies its row's marks ("Yes / applicable", "Passed",
 * "Total"), no check of its own: its header says so. */
static bool tally_column(const table *t, size_t k)
{
	static const char *const words[] = { "applicable", "passed", "yes",
		"total", "tally", NULL };
	for (int i = 0; words[i]; i++)
		if (imp_contains_ci_n(t->head[k], strlen(t->head[k]), words[i]))
			return true;
	return false;
}

/* "Round 1", "R1", "Review 1", "2026-04-07": the header of a column of
 * an earlier round's verdicts, beside the row's stated status (after
 * it) a record of then, no check. */
static bool earlier_round(const imp *im, const char *h)
{
	static const char *const rounds[] = { "round", "r", "review",
		"runde", "ronda", "tour", NULL };
	size_t n = strlen(h), w = 0;
	prr_date_hit day;
	while (w < n && isalpha((unsigned char)h[w]))
		w++;
	size_t d = w;
	while (d < n && (h[d] == ' ' || h[d] == '#'))
		d++;
	return (w && imp_is_one_of(h, w, rounds) && d < n &&
		isdigit((unsigned char)h[d]) && strspn(h + d, "0123456789") == n - d) ||
	       imp_date_find(im, h, n, &day);
}

/* The words of a cell after its status ("⚠️ partial (1.5× only)" ->
 * "partial (1.5× only)", "❌ — owner: Sam" -> "owner: Sam"), or NULL
 * where the cell is its status alone ("✅", "⚠️ Partial"). */
static const char *cell_words(imp *im, const char *cell)
{
	size_t n = strlen(cell), i = prr_status_lead(cell, n), lead = i, d;
	for (;;) {
		if (i < n && (cell[i] == ' ' || cell[i] == ':'))
			i++;
		else if ((d = imp_dash_len(cell + i, n - i)))
			i += d;
		else
			break;
	}
	if (!lead || i >= n)
		return NULL;
	bool known;
	prr_status_word(cell + i, n - i, &known);
	return known ? NULL : prr_arena_strdup(im->a, cell + i);
}

/* "| **Relational** | | | |": a row that names a group of the rows below
 * it in bold, every other cell empty. */
static bool group_row(const table *t, size_t r, int name_col)
{
	const char *raw = t->raw[r][name_col];
	size_t n = strlen(raw);
	if (n < 5 || strncmp(raw, "**", 2) != 0 || strcmp(raw + n - 2, "**") != 0)
		return false;
	for (size_t k = 0; k < t->cols; k++)
		if ((int)k != name_col && *t->cell[r][k])
			return false;
	return true;
}

/* Column k holds status words, but mostly words unknown to prr ("verde"
 * beside "giallo", "rosso" unknown): not read as checks, so not quietly:
 * one warning names the column and its first word that is no status. */
static void unread_marks(imp *im, const table *t, size_t k)
{
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][k];
		if (!imp_cell_blank(c) && strlen(c) <= 24 && !strchr(c, ' ') &&
		    !imp_cell_marked(im, t->raw[r][k]) && !imp_has_digit(c, strlen(c))) {
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
				     t->line[r], 0,
				     "column '%s' mixes status words with words "
				     "such as '%s' that state no known status: not "
				     "read as checks", t->head[k], c);
			return;
		}
	}
}

/* "Component | Count | Status" of "6/6", "| Core Tables | 9/9 | 9 | ✅ |"
 * under "Deployed": how many of the row's things there are, up, beside
 * the row's own status; no check of its own, nor tests passed. */
static bool howmany_column(const char *head)
{
	static const char *const howmany[] = { "count", "instances",
		"replicas", "quantity", "deployed", NULL };
	return imp_is_one_of(head, strlen(head), howmany);
}

size_t imp_table_components(imp *im, const table *t, int name_col)
{
	int status_col = imp_col_of(t, PRR_COL_STATUS);
	int notes_col = imp_col_of(t, PRR_COL_NOTES);
	bool *count_col = prr_arena_array(&im->tmp, t->cols, sizeof *count_col);
	/* each cell's count as this first pass parses it (b: -1 when it
	 * has none), so the rows below need not parse it again */
	int *cnt_a = prr_arena_array(&im->tmp, t->rows * t->cols, sizeof *cnt_a);
	int *cnt_b = prr_arena_array(&im->tmp, t->rows * t->cols, sizeof *cnt_b);
	for (size_t k = 0; k < t->cols; k++) {
		if ((int)k == name_col || (int)k == status_col)
			continue;
		size_t yes = 0, marked = 0, filled = 0;
		for (size_t r = 0; r < t->rows; r++) {
			int *a = &cnt_a[r * t->cols + k], *b = &cnt_b[r * t->cols + k];
			const char *cs = t->raw[r][k];
			if (prr_parse_count(t->cell[r][k], strlen(t->cell[r][k]),
					    a, b) < 0)
				*b = -1;
			yes += *b > 0;
			marked += imp_cell_marked(im, cs);
			filled += !imp_cell_blank(t->cell[r][k]);
		}
		/* a count column ("11/12"), or a matrix column whose cells
		 * are mostly status marks (✅ ⚠️ ❌): a check per cell */
		count_col[k] = (yes * 2 >= t->rows && yes) ||
			       (marked * 2 > filled && marked);
		/* (a Notes column is words: "fuzzed" beside "missing" is
		 * no status column gone unread) */
		if (!count_col[k] && marked && !yes && (int)k != notes_col)
			unread_marks(im, t, k);
		/* "Service | Owner | Round 1 | Verdict" */
		if (count_col[k] && (int)k < status_col && earlier_round(im, t->head[k]))
			count_col[k] = false;
		/* "Can Implement Internally?", "External Audit Required?" of
		 * Yes/No: each row's attributes, no checks */
		if (imp_attribute_question(t->head[k]))
			count_col[k] = false;
		/* a status claimed, or in words beside a readiness answered:
		 * a remark, no check */
		if (imp_table_status_aside(t, k))
			count_col[k] = false;
	}
	/* the last column, counts that tally the row's marks ("Yes /
	 * applicable": 5/6): audited against them, no check */
	int tally = -1;
	size_t marks = 0;
	for (size_t k = 0; k + 1 < t->cols; k++)
		marks += count_col[k];
	if (t->cols > 2 && count_col[t->cols - 1] && marks >= 2 &&
	    tally_column(t, t->cols - 1)) {
		tally = (int)t->cols - 1;
		count_col[tally] = false;
	}
	/* "Component | Total | Launch?": another column of sums ("20/25")
	 * is no category either, nor a Score column's "4/5" (the row's
	 * dimension, out of 5: it counts no tests) */
	for (size_t k = 0; k < t->cols; k++)
		if (count_col[k] && (imp_is_total_row(t->head[k]) ||
				     t->roles[k] == PRR_COL_SCORE) &&
		    !imp_table_marked_column(im, t, k))
			count_col[k] = false;
	for (size_t k = 0; status_col >= 0 && k < t->cols; k++)
		if (count_col[k] && howmany_column(t->head[k]))
			count_col[k] = false;
	/* "Service | Observability | … (scores 1–5) | Average | Band": the
	 * last column of marks after columns of numbers only is each row's
	 * stated status, no check (the numbers are no checks either) */
	size_t numbers = 0;
	for (size_t k = 0; k + 1 < t->cols; k++)
		numbers += (int)k != name_col && !count_col[k] &&
			   t->rows && prr_has(imp_bare_number(t->cell[0][k]));
	if (status_col < 0 && t->cols > 3 && count_col[t->cols - 1] && !marks &&
	    numbers >= 2) {
		status_col = (int)t->cols - 1;
		count_col[status_col] = false;
	}
	long *sum_a = prr_arena_array(&im->tmp, t->cols, sizeof *sum_a);
	long *sum_b = prr_arena_array(&im->tmp, t->cols, sizeof *sum_b);
	for (size_t r = 0; r < t->rows; r++) {
		const char *nm = t->cell[r][name_col];
		if (!*nm || group_row(t, r, name_col))
			continue;
		if (verdict_row(im, t, r, name_col, status_col))
			continue;
		if (imp_is_total_row(nm)) {
			long all_a = 0, all_b = 0;
			for (size_t k = 0; k < t->cols; k++) {
				int a, b;
				if (!count_col[k])
					continue;
				all_a += sum_a[k];
				all_b += sum_b[k];
				if (prr_parse_count(t->cell[r][k], strlen(t->cell[r][k]),
						    &a, &b) < 0 || b < 0)
					continue;
				imp_add_claim(im, imp_join(im, nm, " ", t->head[k]),
					  imp_ratio_text(im, a, b),
					  imp_ratio_text(im, sum_a[k], sum_b[k]),
					  a == sum_a[k] && b == sum_b[k], t->line[r]);
			}
			int a, b;
			int all = tally >= 0 ? tally : status_col;
			if (all >= 0 &&
			    prr_parse_count(t->cell[r][all],
					    strlen(t->cell[r][all]), &a, &b) == 0 &&
			    b > 0)
				imp_add_claim(im, imp_join(im, nm, " ", "(all columns)"),
					  imp_ratio_text(im, a, b),
					  imp_ratio_text(im, all_a, all_b),
					  a == all_a && b == all_b, t->line[r]);
			continue;
		}
		prr_component *c = imp_new_component(im, imp_title_in(im, t->cell[r][name_col]), t->line[r]);
		long row_a = 0, row_b = 0;
		if (status_col >= 0)
			c->status = imp_cell_status(im, t, r, status_col);
		size_t nc = 0;
		for (size_t k = 0; k < t->cols; k++)
			nc += count_col[k];
		c->checks = prr_arena_array(im->a, nc, sizeof *c->checks);
		for (size_t k = 0; k < t->cols; k++) {
			if (!count_col[k] || imp_cell_blank(t->cell[r][k]))
				continue;
			prr_check *ck = &c->checks[c->n_checks++];
			ck->category = t->head[k];
			ck->line = t->line[r];
			int a, b;
			bool known;
			const char *cs = t->raw[r][k];
			size_t cn = strlen(cs);
			prr_status st = imp_status_of(im, cs, cn, &known);
			if (!known) /* "GO" alone, as "NO-GO" is a fail */
				st = prr_status_word(cs, cn, &known);
			bool counted;
			if (cs == t->cell[r][k]) { /* raw is clean: parsed above */
				a = cnt_a[r * t->cols + k];
				b = cnt_b[r * t->cols + k];
				counted = b > 0;
			} else {
				counted = prr_parse_count(cs, cn, &a, &b) == 0 && b > 0;
			}
			if (counted) {
				ck->passed = a;
				ck->total = b;
				sum_a[k] += a;
				sum_b[k] += b;
				if (!known)
					st = a == b ? PRR_PASS : a ? PRR_PARTIAL : PRR_FAIL;
			} else {
				ck->passed = ck->total = -1;
				/* a mark counts in its column's total: "Total
				 * Yes | 7/8" */
				sum_a[k] += known && st == PRR_PASS;
				sum_b[k] += known && st != PRR_NA;
				row_a += known && st == PRR_PASS;
				row_b += known && st != PRR_NA;
			}
			ck->status = st;
			/* the row's comment says why what does not pass does
			 * not ("| DR | 🟢 | 🔴 | No cross-region restore test |");
			 * the table keeps it for the rest */
			if (notes_col >= 0 && st != PRR_PASS && st != PRR_NA &&
			    !imp_cell_blank(t->cell[r][notes_col]))
				ck->note = t->cell[r][notes_col];
			/* the cell's own words say more of its check: "⚠️
			 * partial (1.5× only)", "❌ — owner: Sam" */
			const char *own = cell_words(im, t->cell[r][k]);
			if (own && st != PRR_PASS && st != PRR_NA)
				ck->note = own;
		}
		/* a part's row of one comment explains its one check that
		 * does not pass; of several, it is the row's, kept with the
		 * table ("| pricing-engine | ❌ | ⚠️ | new rules engine |"); an
		 * area's comment is said of all its cells ("| Disaster
		 * recovery | 🟢 | 🔴 | 🔴 | No cross-region restore test |") */
		size_t failing = 0;
		for (size_t q = 0; q < c->n_checks; q++)
			failing += notes_col >= 0 && c->checks[q].note == t->cell[r][notes_col];
		if (t->roles[name_col] == PRR_COL_CATEGORY)
			failing = 0;
		for (size_t q = 0; failing > 1 && q < c->n_checks; q++)
			if (c->checks[q].note == t->cell[r][notes_col])
				c->checks[q].note = NULL;
		int a, b;
		if (tally >= 0 && prr_parse_count(t->cell[r][tally],
						  strlen(t->cell[r][tally]), &a, &b) == 0 &&
		    b > 0)
			imp_add_claim(im, imp_join(im, c->name, " ", t->head[tally]),
				      imp_ratio_text(im, a, b),
				      imp_ratio_text(im, row_a, row_b),
				      a == row_a && b == row_b, t->line[r]);
	}
	size_t read = 0;
	for (size_t k = 0; k < t->cols; k++)
		read += count_col[k];
	return read;
}

/* A project as a component's name: without a gloss in parentheses after
 * it ("search-indexer (catalogue search backend)"). */
static const char *project_name(imp *im, const char *p)
{
	size_t n = strlen(p);
	if (n < 2 || p[n - 1] != ')')
		return p;
	const char *open = strrchr(p, '(');
	size_t k = open ? (size_t)(open - p) : 0;
	while (k && p[k - 1] == ' ')
		k--;
	return k ? prr_arena_strndup(im->a, p, k) : p;
}

/* "## Scalability — Forecast", "## Масштабируемость — Прогноз": the
 * nearest heading names a forecast, and the rows are sizes (their first
 * cells numbers: "10", "50"), what is to come at each; not parts named
 * ("| query-gateway | … | Forecast peak |" checks each one's headroom). */
static bool forecast_heading(const imp *im, const table *t)
{
	size_t sized = 0;
	for (size_t r = 0; r < t->rows; r++)
		sized += isdigit((unsigned char)*t->cell[r][0]) != 0;
	if (sized * 2 <= t->rows)
		return false;
	static const char *const words[] = { "forecast", "forecasts",
		"projection", "projections", "projected", "prognose",
		"prévisions", "pronóstico", "previsão", "Прогноз", "прогноз",
		"Прогнозы", "прогнозы", NULL };
	const char *h = im->n_hs ? im->sx[im->hs[im->n_hs - 1].sec].title : NULL;
	return h && imp_has_word_of(h, words);
}

/*
 * A table with a status column that states no check: a template's rows
 * left to fill in, every cell but the first empty ("| Observability | |
 * |" under "Do not pre-fill"), or a table of figures measured whose
 * "result" column holds mostly numbers and no status ("| Invoices
 * compared | 1,184,220 |"): kept whole, no component or check.  A day
 * is no figure ("| Done |" over "2026-09-15": when a milestone was).
 * Nor does a forecast's ("Users | Products | Workers | Status" of
 * "Готово" under "## Масштабируемость — Прогноз"): what each size
 * would need, no check of this review.
 */
bool imp_table_states_no_checks(const imp *im, const table *t)
{
	int st = imp_col_of(t, PRR_COL_STATUS);
	if (st < 1 || !t->rows)
		return false;
	if (forecast_heading(im, t))
		return true;
	size_t filled = 0, figures = 0;
	for (size_t r = 0; r < t->rows; r++) {
		for (size_t k = 1; k < t->cols; k++)
			filled += *t->cell[r][k] != 0;
		const char *c = t->cell[r][st];
		while (*c == '~' || *c == ' ')
			c++;
		bool known;
		int a, b; /* (a count, "3/4", is a status: passed of total) */
		prr_date_hit day;
		prr_status_from_text(c, strlen(c), &known);
		figures += isdigit((unsigned char)*c) && !known &&
			   prr_parse_count(c, strlen(c), &a, &b) != 0 &&
			   !(prr_rec_date_find(c, strlen(c), &day) && day.at == 0 &&
			     day.prec == PRR_DATE_DAY);
	}
	return !filled || figures * 2 > t->rows;
}

/*
 * "Platform | Status | Owner" over "| iOS | ~~Amber~~ Green | Hana Sato |":
 * a table whose every status is a traffic light's colour alone, with no
 * day in it, states each row's status, as "Component | Owner | Status"
 * does: no tasks of their owners (a task's status says "Done", "In
 * progress"; a table of them has its days).  Its first column, not named
 * else, names the parts.
 */
void imp_table_rag_parts(imp *im, table *t)
{
	static const char *const colours[] = { "green", "amber", "yellow",
		"red", "\xF0\x9F\x9F\xA2", "\xF0\x9F\x9F\xA1",
		"\xF0\x9F\x9F\xA0", "\xF0\x9F\x94\xB4", NULL };
	int st = imp_col_of(t, PRR_COL_STATUS);
	if (t->roles[0] != PRR_COL_OTHER || st < 1 || !t->rows ||
	    imp_col_of(t, PRR_COL_OWNER) < 0 || imp_col_of(t, PRR_COL_ETA) >= 0)
		return;
	size_t lit = 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][st];
		if (*c && !imp_is_one_of(c, strlen(c), colours))
			return;
		lit += *c != 0;
		for (size_t k = 0; k < t->cols; k++)
			if (imp_find_date(im, t->cell[r][k], strlen(t->cell[r][k])))
				return;
	}
	if (lit)
		t->roles[0] = PRR_COL_NAME;
}

/* Whether the heading `name` (one of the stack's) sits under a heading
 * of the review's checks or areas ("## 2 Checks" over "### 2.1
 * Ingestion"): it names an area of the reviewed service, not a part. */
static bool area_heading(imp *im, const char *name)
{
	static const char *const words[] = { "checks", "check results",
		"checks performed", "readiness checks", "checks by area",
		"areas", "review areas", "areas reviewed", NULL };
	int k = im->n_hs - 1;
	while (k >= 0 && im->hs[k].title != name)
		k--;
	while (--k >= 0) {
		const char *t = im->hs[k].title;
		while (*t == ' ' || *t == '.' || (*t >= '0' && *t <= '9'))
			t++;
		if (imp_is_one_of(t, imp_before_paren(t, strlen(t)), words))
			return true;
	}
	return false;
}

/* Rows of category/status/notes/action: checks of one component. */
void imp_table_checks(imp *im, const table *t, int cat_col)
{
	size_t ci = imp_comp_of_context(im);
	if (ci == NONE) {
		/* named by its heading, the one of that name when there is one
		 * (the review's own, named by its title, from two tables) */
		const char *name = imp_context_title(im, t), *named = name;
		/* (an area's checks are the review's own, named by its
		 * title) */
		if (im->r->title && name != im->r->title && area_heading(im, name))
			name = named = im->r->title;
		/* "### trip-pricing — ✅ Ready": the name, and what it states */
		size_t nl;
		prr_status said = imp_dashed_status(name, &nl);
		if (nl)
			named = prr_arena_strndup(im->a, name, nl);
		/* the review's own, under its title: named by the project the
		 * document states, so that its reviews' titles ("… — Review
		 * #1", "… — Review #2") do not make it two systems */
		else if (name == im->r->title && im->r->project && *im->r->project)
			named = project_name(im, im->r->project);
		/* else by the system the title names, not the words of what
		 * kind of document it is: "Identity Broker (SSO)" of
		 * "Identity Broker (SSO) — Production Readiness Review" */
		else if (name == im->r->title)
			named = prr_reviews_title_system(im->a, name);
		for (size_t k = 0; k < im->r->n_components && ci == NONE; k++)
			if (prr_name_eq(im->r->components[k].name, named))
				ci = k;
		if (ci == NONE) {
			imp_new_component(im, named, t->first_line);
			ci = im->r->n_components - 1;
		}
		if (nl && im->r->components[ci].status == PRR_UNKNOWN)
			im->r->components[ci].status = said;
		/* the section of the heading that names it is the
		 * component's, unless that is the document's title: under
		 * "## Checks" a "**Verdict:** …" is the review's */
		for (int k = im->n_hs - 1; k >= 0; k--)
			if (im->hs[k].title == name) {
				/* "### ap-south-1 — CONDITIONAL": what the
				 * heading states after its dash, its name
				 * stripped of it */
				size_t hl;
				prr_status hst = imp_dashed_status(
					im->r->sections[im->hs[k].sec].heading, &hl);
				if (im->hs[k].level > 1 && !nl && hl &&
				    im->r->components[ci].status == PRR_UNKNOWN)
					im->r->components[ci].status = hst;
				if (im->hs[k].level > 1)
					im->sx[im->hs[k].sec].comp = ci + 1;
				break;
			}
	}
	prr_component *c = &im->r->components[ci];
	int st = -1, no = imp_col_of(t, PRR_COL_NOTES),
	    ac = imp_col_of(t, PRR_COL_ACTION), cnt = -1;
	/* of two status columns ("Status … Pass/Fail") the last is the
	 * verdict; a column mostly of counts ("11/12") gives passed/total */
	for (size_t k = 1; k < t->cols; k++) {
		if (t->roles[k] == PRR_COL_STATUS)
			st = (int)k;
		if (cnt >= 0 || t->roles[k] == PRR_COL_STATUS ||
		    t->roles[k] == PRR_COL_SCORE)
			continue; /* the counts of the first other column (a
				   * score's "4/5" counts nothing) */
		size_t counted = 0;
		for (size_t r = 0; r < t->rows; r++) {
			int a, b;
			counted += prr_parse_count(t->cell[r][k], strlen(t->cell[r][k]),
						   &a, &b) == 0 && b > 0;
		}
		if (counted && counted * 2 > t->rows)
			cnt = (int)k;
	}
	if (cnt >= 0 && st >= 0 && howmany_column(t->head[cnt]))
		cnt = -1;
	if (no < 0)
		no = imp_col_of(t, PRR_COL_BLOCKER);
	c->checks = imp_rows_grow(im, c->checks, c->n_checks,
			      imp_rows_cap(&im->check_cap, &im->n_check_cap, ci),
			      t->rows, sizeof *c->checks);
	/* "Area | Item | Status": areas repeat, each item is a check (and
	 * in "Category | Check | Result" each check) */
	int item_col = imp_col_of(t, PRR_COL_ITEM);
	for (size_t k = (size_t)cat_col + 1; item_col <= cat_col && k < t->cols; k++)
		if (t->roles[k] == PRR_COL_CATEGORY)
			item_col = (int)k;
	/* (or an area named once over its items, the rows after it blank
	 * there: "| **Security** | Input validation |" then "| | Access
	 * control |", a merged cell's rows) */
	if (item_col > cat_col) {
		prr_names seen = { 0 };
		for (size_t r = 0; r < t->rows; r++)
			if ((*t->cell[r][cat_col] &&
			     prr_names_put(&seen, t->cell[r][cat_col], r) != r) ||
			    (r > 0 && !*t->cell[r][cat_col] && *t->cell[r][item_col] &&
			     seen.n)) {
				cat_col = item_col;
				break;
			}
		prr_names_free(&seen);
	}
	size_t first = c->n_checks;
	imp_total_row tot = { -1, 0, 0 };
	for (size_t r = 0; r < t->rows; r++) {
		if (!*t->cell[r][cat_col] ||
		    verdict_row(im, t, r, cat_col, st))
			continue;
		/* "| **Total** | **20/25** | |": a sum, no check, nor "|
		 * **Total** | **3 / 4 passing** |" (audited below) */
		if ((st >= 0 && !*t->cell[r][st] && imp_is_total_row(t->cell[r][cat_col])) ||
		    imp_total_count_row(t, r, cat_col, st, &tot) ||
		    imp_sum_row(t->cell[r][cat_col]))
			continue;
		prr_check *ck = &c->checks[c->n_checks++];
		ck->category = t->cell[r][cat_col];
		ck->status = imp_cell_status(im, t, r, st);
		ck->passed = ck->total = -1;
		if (cnt >= 0 && prr_parse_count(t->cell[r][cnt],
						strlen(t->cell[r][cnt]), &ck->passed,
						&ck->total) < 0)
			ck->passed = ck->total = -1;
		ck->note = no >= 0 && *t->cell[r][no] ? t->cell[r][no] : NULL;
		ck->action = ac >= 0 && *t->cell[r][ac] ? t->cell[r][ac] : NULL;
		ck->line = t->line[r];
	}
	long pass = 0, applicable = 0;
	for (size_t k = first; tot.row >= 0 && k < c->n_checks; k++) {
		pass += c->checks[k].status == PRR_PASS;
		applicable += c->checks[k].status != PRR_NA;
	}
	imp_claim_total_row(im, t, cat_col, &tot, pass, applicable);
}

void imp_table_checklist(imp *im, const table *t, size_t tab, int item_col)
{
	int st = imp_col_of(t, PRR_COL_STATUS);
	/* the row's number ("#") is no note of it */
	bool numbered = item_col > 0 && (t->roles[0] == PRR_COL_ID ||
					 strcmp(t->head[0], "#") == 0 ||
					 !*t->head[0]);
	int skip[3] = { item_col, st, numbered ? 0 : -1 };
	prr_checklist *cl = imp_new_checklist(im, imp_nearest_title(im),
					      t->first_line, t->rows, false);
	imp_total_row tot = { -1, 0, 0 };
	for (size_t r = 0; r < t->rows; r++) {
		if (!*t->cell[r][item_col] ||
		    verdict_row(im, t, r, item_col, st) ||
		    imp_total_count_row(t, r, item_col, st, &tot) ||
		    imp_sum_row(t->cell[r][item_col]))
			continue;
		prr_checkitem *it = &cl->items[cl->n_items++];
		it->text = imp_title_in(im, t->cell[r][item_col]);
		/* (a status it cannot read kept as written: unknown, not
		 * pending) */
		it->status = imp_cell_status_of(im, t, r, st, &it->status_text);
		it->done = it->status == PRR_PASS;
		it->note = imp_other_cols(im, t, r, skip, 3);
		it->line = t->line[r];
	}
	long done, applicable;
	imp_checklist_count(cl, &done, &applicable);
	imp_claim_total_row(im, t, item_col, &tot, done, applicable);
	(void)tab;
}

/* The check of `c` of category `cat` among ck[0..n), or NULL. */
static prr_check *of_category(prr_check *ck, size_t n, const char *cat)
{
	for (size_t k = 0; cat && k < n; k++)
		if (ck[k].category && prr_name_eq(ck[k].category, cat))
			return &ck[k];
	return NULL;
}

/* `from`'s checks and its evidence, after `to`'s: a category both have
 * is the later's ("## After remediation (current)" below "## Before"). */
static void merge_into(imp *im, prr_component *to, const prr_component *from)
{
	prr_check *ck = prr_arena_array(im->a, to->n_checks + from->n_checks,
					 sizeof *ck);
	if (to->n_checks)
		memcpy(ck, to->checks, to->n_checks * sizeof *ck);
	size_t n = to->n_checks;
	for (size_t k = 0; k < from->n_checks; k++) {
		prr_check *same = of_category(ck, n, from->checks[k].category);
		if (same)
			*same = from->checks[k];
		else
			ck[n++] = from->checks[k];
	}
	to->checks = ck;
	to->n_checks = n;
	if (from->n_evidence) {
		prr_evidence *ev = prr_arena_array(im->a, to->n_evidence +
						   from->n_evidence, sizeof *ev);
		if (to->n_evidence)
			memcpy(ev, to->evidence, to->n_evidence * sizeof *ev);
		memcpy(ev + to->n_evidence, from->evidence,
		       from->n_evidence * sizeof *ev);
		to->evidence = ev;
		to->n_evidence += from->n_evidence;
	}
	if (to->status == PRR_UNKNOWN)
		to->status = from->status;
	if (!to->kind)
		to->kind = from->kind;
}

/*
 * A component named in a summary ("checkout-api | Silver | 13/15") and a
 * matrix of its checks: the summary's count is a figure of those checks,
 * audited against them ("Rules passed: 13 of 15, and 14 of its 15 checks
 * pass"), and no check of its own.
 */
static void summary_count(imp *im, prr_component *c)
{
	size_t k = 0;
	while (k < c->n_checks && c->checks[k].total <= 0)
		k++;
	if (k == c->n_checks || (long)c->n_checks - 1 != c->checks[k].total)
		return;
	long pass = 0;
	for (size_t q = 0; q < c->n_checks; q++) {
		if (q == k)
			continue;
		if (c->checks[q].status == PRR_UNKNOWN || c->checks[q].total > 0)
			return;
		pass += c->checks[q].status == PRR_PASS;
	}
	const prr_check *sum = &c->checks[k];
	imp_add_claim(im, prr_arena_printf(im->a, "%s: %s, of its checks",
					   c->name, sum->category),
		      imp_ratio_text(im, sum->passed, sum->total),
		      imp_ratio_text(im, (int)pass, sum->total),
		      pass == sum->passed, sum->line);
	memmove(&c->checks[k], &c->checks[k + 1],
		(c->n_checks - k - 1) * sizeof *c->checks);
	c->n_checks--;
}

void imp_merge_components(imp *im)
{
	prr_review *r = im->r;
	size_t n = 0;
	bool *merged = prr_arena_array(&im->tmp, r->n_components + 1, sizeof *merged);
	/* (by a table of names: a scorecard of 20,000 rows took 2.7 s
	 * comparing each name with every one before it) */
	prr_names seen = { 0 };
	for (size_t j = 0; j < r->n_components; j++) {
		size_t i = prr_names_put(&seen, r->components[j].name, n);
		if (i < n) {
			merge_into(im, &r->components[i], &r->components[j]);
			merged[i] = true;
		} else {
			r->components[n++] = r->components[j];
		}
	}
	prr_names_free(&seen);
	r->n_components = n;
	for (size_t i = 0; i < n; i++)
		if (merged[i])
			summary_count(im, &r->components[i]);
}

/* A category a component's checks repeat ("Rollback" in two tables of
 * one part, a row written twice): each kept, the later ones named "Rollback
 * (2)", with a warning, so that the review loads (categories are unique
 * in a component, load_json.c) and nothing is lost. */
void imp_resolve_check_names(imp *im)
{
	for (size_t c = 0; c < im->r->n_components; c++) {
		prr_component *comp = &im->r->components[c];
		prr_names seen = { 0 };
		/* by the check that has a name first: the last number given */
		int *last = NULL;
		for (size_t k = 0; k < comp->n_checks; k++) {
			prr_check *ck = &comp->checks[k];
			size_t first;
			if (!ck->category ||
			    (first = prr_names_put(&seen, ck->category, k)) == k)
				continue;
			if (!last)
				last = prr_arena_array(&im->tmp, comp->n_checks, sizeof *last);
			/* the first number no other check of it has */
			const char *was = ck->category, *nm;
			int again = last[first] ? last[first] : 1;
			do
				nm = prr_arena_printf(im->a, "%s (%d)", was, ++again);
			while (prr_names_put(&seen, nm, k) != k);
			last[first] = again;
			ck->category = nm;
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
				     ck->line, 0, "check '%s' of '%s' again: kept as '%s'",
				     was, comp->name, ck->category);
		}
		prr_names_free(&seen);
	}
}
