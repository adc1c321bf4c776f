/* import_table.c - tables: column roles, plans, findings, risks (milestones:
 * import_milestone.c). */
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_verdict.h"
#include "prr/rec_item.h"
#include "prr/mojibake.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*** Tables ***/

/* role_of_words, remembered per header text in a small direct-mapped table. */
prr_col imp_role_of(imp *im, const char *h)
{
	size_t n = strlen(h);
	if (n >= sizeof im->role_memo[0].h)
		return prr_rec_column(h, n);
	uint32_t hash = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < n; i++)
		hash = (hash ^ (unsigned char)h[i]) * 16777619u;
	size_t slot = hash % (sizeof im->role_memo / sizeof im->role_memo[0]);
	/* prr_col 0 marks an empty slot: the stored prr_col is kept plus one */
	if (im->role_memo[slot].role && strcmp(im->role_memo[slot].h, h) == 0)
		return (prr_col)(im->role_memo[slot].role - 1);
	prr_col r = prr_rec_column(h, n);
	memcpy(im->role_memo[slot].h, h, n + 1);
	im->role_memo[slot].role = (int)r + 1;
	return r;
}

void imp_collect_row(imp *im, size_t tr, table *t, const char **raw,
			const char **cell)
{
	size_t k = 0;
	for (size_t c = im->nodes[tr].child; c && k < t->cols;
	     c = im->nodes[c].next, k++) {
		size_t n;
		const char *s = imp_ntext(im, c, &n);
		/* the raw text is needed only when cleaning changed it: a
		 * second copy of every cell was a tenth of the walk */
		bool same;
		cell[k] = imp_clean_same(im, s, n, &same);
		raw[k] = same ? cell[k] : prr_arena_strndup(&im->tmp, s, n);
	}
	for (; k < t->cols; k++)
		raw[k] = cell[k] = "";
}

/* A cell to fill in ("TBD", "[Name]", "YYYY-MM-DD", "-"): short. */
static bool placeholder(const char *c)
{
	size_t n = strlen(c);
	return n && n <= 48 && prr_rec_placeholder(c, n);
}

bool imp_read_table(imp *im, size_t tab, table *t)
{
	memset(t, 0, sizeof *t);
	size_t head_tr = 0, rows = 0;
	for (size_t sec = im->nodes[tab].child; sec; sec = im->nodes[sec].next)
		for (size_t tr = im->nodes[sec].child; tr; tr = im->nodes[tr].next) {
			if (im->nodes[sec].type == MD_BLOCK_THEAD && !head_tr)
				head_tr = tr;
			else if (im->nodes[sec].type == MD_BLOCK_TBODY)
				rows++;
		}
	if (!head_tr)
		return false;
	/* the header's cells, empty ones included (not all are nodes) */
	t->cols = im->nodes[head_tr].width;
	if (!t->cols)
		return false;
	const char **hraw = prr_arena_array(&im->tmp, t->cols, sizeof *hraw);
	t->head = prr_arena_array(im->a, t->cols, sizeof *t->head);
	imp_collect_row(im, head_tr, t, hraw, t->head);
	t->roles = prr_arena_array(&im->tmp, t->cols, sizeof *t->roles);
	for (size_t k = 0; k < t->cols; k++)
		t->roles[k] = imp_role_of(im, t->head[k]);
	t->raw = prr_arena_array(&im->tmp, rows, sizeof *t->raw);
	t->cell = prr_arena_array(&im->tmp, rows, sizeof *t->cell);
	t->line = prr_arena_array(&im->tmp, rows, sizeof *t->line);
	for (size_t sec = im->nodes[tab].child; sec; sec = im->nodes[sec].next) {
		if (im->nodes[sec].type != MD_BLOCK_TBODY)
			continue;
		for (size_t tr = im->nodes[sec].child; tr; tr = im->nodes[tr].next) {
			size_t r = t->rows++;
			/* not zeroed: imp_collect_row sets every cell */
			t->raw[r] = prr_arena_alloc_uninit(&im->tmp, t->cols * sizeof(char *));
			t->cell[r] = prr_arena_alloc_uninit(&im->tmp, t->cols * sizeof(char *));
			imp_collect_row(im, tr, t, t->raw[r], t->cell[r]);
			/* "| - | TBD | YYYY-MM-DD |": a row to fill in, none yet
			 * (its first cell tells: a row that names something
			 * is no such row) */
			size_t ph = 0, filled = 0;
			bool blank = placeholder(t->cell[r][0]);
			for (size_t k = 0; k < t->cols; k++) {
				const char *c = t->cell[r][k];
				filled += *c != 0;
				ph += blank && *c && placeholder(c);
			}
			im->placeholders += ph;
			im->values += filled;
			if (ph && ph == filled) {
				t->rows--;
				continue;
			}
			t->line[r] = imp_node_line(im, tr);
			/* "″", "as above", "ditto": the cell above, again;
			 * "same" too, in a row of them */
			size_t same = 0;
			for (size_t k = 1; k < t->cols; k++)
				same += strcasecmp(t->cell[r][k], "same") == 0;
			for (size_t k = 1; r > 0 && k < t->cols; k++)
				if ((imp_cell_ditto(t->cell[r][k]) ||
				     (same >= 2 && strcasecmp(t->cell[r][k], "same") == 0)) &&
				    *t->cell[r - 1][k]) {
					t->cell[r][k] = t->cell[r - 1][k];
					t->raw[r][k] = t->raw[r - 1][k];
				}
		}
	}
	t->first_line = imp_node_line(im, tab);
	return true;
}

int imp_col_of(const table *t, prr_col r)
{
	for (size_t k = 0; k < t->cols; k++)
		if (t->roles[k] == r)
			return (int)k;
	return -1;
}

/* The column of `role` whose cells are mostly severities, or -1. */
static int rated_column(const table *t, prr_col role)
{
	int c = imp_col_of(t, role);
	size_t rated = 0;
	for (size_t r = 0; c >= 0 && r < t->rows; r++)
		rated += imp_severity_cell(t->cell[r][c]) != PRR_SEV_UNKNOWN;
	return c >= 0 && rated * 2 > t->rows ? c : -1;
}

int imp_rated_impact(const table *t)
{
	return rated_column(t, PRR_COL_IMPACT);
}

/* Of score columns each named by a review or a period ("R1 score | R2
 * score", "2025 | 2026"), the last: what holds now.  Else `first`. */
static int latest_score_column(const table *t, int first)
{
	int last = first;
	for (size_t k = (size_t)first; k < t->cols; k++) {
		if (t->roles[k] != PRR_COL_SCORE)
			continue;
		if (!imp_has_digit(t->head[k], strlen(t->head[k])))
			return first;
		last = (int)k;
	}
	return last;
}

void imp_keep_table(imp *im, const table *t)
{
	prr_table *pt = PUSH(im, tables);
	pt->section = im->cur_sec == NONE ? NULL
					  : im->r->sections[im->cur_sec].heading;
	pt->header = t->head;
	pt->n_cols = t->cols;
	/* the cells are the review's; the row arrays were scratch */
	pt->rows = prr_arena_array(im->a, t->rows, sizeof *pt->rows);
	for (size_t r = 0; r < t->rows; r++) {
		pt->rows[r] = prr_arena_array(im->a, t->cols, sizeof **pt->rows);
		memcpy(pt->rows[r], t->cell[r], t->cols * sizeof **pt->rows);
	}
	pt->n_rows = t->rows;
	pt->line = t->first_line;
}

/* A cell's answer without the marks of a caveat after it: footnotes
 * ("Y[^1]", "N[^2]") and stars ("Y*"); its length. */
static size_t without_caveat(const char *s, size_t n)
{
	for (;;) {
		while (n && s[n - 1] == ' ')
			n--;
		if (n && s[n - 1] == '*' && !(n >= 2 && s[n - 2] == '*'))
			n--;
		else if (n && s[n - 1] == ']' && memchr(s, '[', n)) {
			const char *o = s + n - 1;
			while (o > s && *o != '[')
				o--;
			if (o[1] != '^')
				return n;
			n = (size_t)(o - s);
		} else
			return n;
	}
}

prr_status imp_cell_status(imp *im, const table *t, size_t r, int col)
{
	return imp_cell_status_of(im, t, r, col, NULL);
}

prr_status imp_cell_status_of(imp *im, const table *t, size_t r, int col,
			      const char **unread)
{
	if (col < 0)
		return PRR_UNKNOWN;
	const char *s = t->raw[r][col];
	size_t n = strlen(s);
	bool known;
	prr_status st = imp_table_exception_result(t, col, s);
	if (st != PRR_UNKNOWN)
		return st; /* "Exception — 4 of 60 sampled grants …" */
	st = imp_status_of(im, s, n, &known);
	/* "Y", "N", "Y*[^1]" under "Met?": a yes or a no, its caveat a
	 * footnote's */
	size_t k = without_caveat(s, n);
	if (!known && k < n)
		st = imp_status_of(im, s, k, &known);
	if (!known)
		st = prr_status_word(s, k, &known); /* "GO", "NO-GO" */
	st = imp_cell_status_said(s, k, st, &known);
	if (!known && k == 1 && (*s == 'Y' || *s == 'y' || *s == 'N' || *s == 'n')) {
		known = true;
		st = *s == 'Y' || *s == 'y' ? PRR_PASS : PRR_FAIL;
	}
	if (!known && *t->cell[r][col]) {
		prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
			     t->line[r], 0, "unknown status '%s' (kept as unknown)",
			     t->cell[r][col]);
		if (unread)
			*unread = t->cell[r][col];
	}
	return st;
}

/* A row that sums or averages the others ("TOTAL", "Average", "Gesamt",
 * "PROMEDIO", "合计", "总分"): a figure to audit, not one more row. */
/* What may follow a total's word: nothing but marks, or what it totals
 * ("Average score", "Overall readiness", "All services"); not a name
 * ("Media upload", "Summary page"). */
static bool totals_what(const char *rest)
{
	static const char *const words[] = { "score", "scores", "readiness",
		"status", "result", "results", "rating", "grade", "average",
		"total", "row", "services", "components", "systems", "modules",
		"areas", "categories", "checks", "points", "general", "geral",
		"général", "yes", "passed", "pass", "met", "done", NULL };
	while (*rest && !isalnum((unsigned char)*rest) &&
	       (unsigned char)*rest < 0x80 && *rest != '(')
		rest++;
	if (!*rest || *rest == '(')
		return true;
	size_t k = 0;
	while (isalpha((unsigned char)rest[k]) || (unsigned char)rest[k] >= 0x80)
		k++;
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == k && strncasecmp(rest, words[i], k) == 0)
			return true;
	return (unsigned char)*rest >= 0x80; /* "平均 …", "合计 …": kept */
}

bool imp_is_total_row(const char *c)
{
	static const char *const words[] = { "total", "overall", "sum",
		"all", "grand total", "average", "mean", "gesamt", "summe",
		"totale", "promedio", "média", "mÉdia", "media", "moyenne", "合计",
		"合計", "総合", "平均", "总计", "总分", "總分", NULL };
	size_t n = strlen(c);
	/* "Category avg", "Column total": the last word says so */
	static const char *const lasts[] = { "avg", "average", "mean",
		"total", "totals", NULL };
	size_t w = n;
	while (w && c[w - 1] != ' ')
		w--;
	if (w && imp_is_one_of(c + w, n - w, lasts))
		return true;
	/* the words start with these: most rows are none of them */
	unsigned char f = (unsigned char)(c[0] | 0x20);
	if (!strchr("tosagmp", f) && (unsigned char)c[0] < 0xE5)
		return false;
	for (int i = 0; words[i]; i++) {
		if ((unsigned char)words[i][0] != f && (unsigned char)c[0] < 0x80)
			continue; /* an ASCII word starts with its own letter */
		size_t k = strlen(words[i]);
		if (k < n && c[k] == 's') /* "Totals" */
			k++;
		if (imp_starts_with_ci(c, n, words[i]) &&
		    (k == n || !isalnum((unsigned char)c[k])) &&
		    totals_what(c + k))
			return true;
	}
	return false;
}

const char *imp_other_cols(imp *im, const table *t, size_t r,
			      const int *skip, int n_skip)
{
	prr_buf b = PRR_BUF_INIT;
	for (size_t k = 0; k < t->cols; k++) {
		bool sk = false;
		for (int s = 0; s < n_skip; s++)
			sk |= skip[s] == (int)k;
		if (sk || !*t->cell[r][k])
			continue;
		if (b.n)
			prr_buf_adds(&b, "; ");
		prr_buf_adds(&b, t->head[k]);
		prr_buf_adds(&b, ": ");
		prr_buf_adds(&b, t->cell[r][k]);
	}
	const char *out = b.n ? prr_arena_strndup(im->a, b.p, b.n) : NULL;
	prr_buf_free(&b);
	return out;
}

/* Components with count columns ("11/11 ✅"), with a TOTAL row audited. */
/* A stories table's "Tests" column ("40+", "24"): the tests the stories
 * wrote, summed, to set against "215+ tests written" (import_audit.c). */
static void story_tests(imp *im, const table *t)
{
	for (size_t k = 0; k < t->cols; k++) {
		if (strcasecmp(t->head[k], "tests") != 0)
			continue;
		for (size_t r = 0; r < t->rows; r++) {
			char *e;
			const char *c = t->cell[r][k];
			long v = strtol(c, &e, 10);
			if (e == c || v < 0 || (*e && *e != '+'))
				continue;
			im->story_tests += v;
			im->story_tests_known = true;
		}
		return;
	}
}

static int title_column(const table *t);

/* Whether a cell is a key alone ("ORD-410"). */
static bool key_cell(const char *c)
{
	size_t n = strlen(c), at, len;
	return prr_rec_finding_id(c, n, &at, &len) && at == 0 && len == n;
}

void imp_table_stories(imp *im, const table *t, int story_col)
{
	size_t wi = imp_wave_for_context(im, t->first_line);
	prr_wave *w = &im->r->waves[wi];
	int id = imp_col_of(t, PRR_COL_ID);
	int pts = imp_col_of(t, PRR_COL_POINTS);
	if (pts < 0)
		pts = imp_col_of(t, PRR_COL_PLANNED);
	if (pts < 0)
		pts = imp_col_of(t, PRR_COL_EFFORT);
	if (imp_col_of(t, PRR_COL_PLANNED) >= 0)
		w->planned = true;
	int st = imp_col_of(t, PRR_COL_STATUS), ev = imp_col_of(t, PRR_COL_EVIDENCE);
	story_tests(im, t);
	w->stories = imp_rows_grow(im, w->stories, w->n_stories,
			       imp_rows_cap(&im->story_cap, &im->n_story_cap, wi),
			       t->rows, sizeof *w->stories);
	/* "Story | Title | Pts" of keys: the title column names them */
	int ti = id < 0 || id == story_col ? title_column(t) : -1;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][story_col];
		if (!*c)
			continue;
		prr_story *s = &w->stories[w->n_stories++];
		bool keyed = ti >= 0 && ti != story_col && *t->cell[r][ti] && key_cell(c);
		if (keyed) { /* its title whole ("Fallback: paper rota") */
			s->id = c;
			c = t->cell[r][ti];
		}
		const char *key = NULL;
		size_t at = keyed ? 0 : imp_story_key(im, c, strlen(c), &key);
		if (id >= 0 && id != story_col && *t->cell[r][id]) {
			s->id = t->cell[r][id]; /* "ID | Title | SP" */
			/* its title whole ("Runbook: provider outage"), but
			 * the key repeated ("REL-93: Runbook") */
			if (!key || strcmp(key, s->id) != 0)
				at = 0;
		} else if (key) {
			s->id = key;
		}
		s->title = c + at;
		s->points = PRR_NONE;
		if (pts >= 0) {
			double p;
			if (prr_parse_points(t->cell[r][pts], strlen(t->cell[r][pts]), &p) == 0)
				s->points = p;
		}
		s->status = imp_cell_status(im, t, r, st);
		s->line = t->line[r];
		/* every cell of its row: what the story cites */
		imp_owner o = { OWN_STORY, wi, (size_t)(s - w->stories) };
		for (size_t k = 0; k < t->cols; k++)
			if (imp_may_cite(im, t->raw[r][k], strlen(t->raw[r][k])))
				imp_scan_evidence(im, o, t->raw[r][k],
						  strlen(t->raw[r][k]), t->line[r],
						  (int)k == ev ? EV_EVIDENCE : EV_TEXT);
	}
}

/* Two or more columns of marks headed by months or days ("March |
 * April", "2026-03 | 2026-04"): a series, its last column in *now. */
static bool periods(const imp *im, const table *t, int *now)
{
	size_t count = 0;
	for (size_t k = 1; k < t->cols; k++)
		if (prr_rec_date_period(t->head[k], strlen(t->head[k])) &&
		    imp_table_marked_column(im, t, k)) {
			count++;
			*now = (int)k;
		}
	return count >= 2;
}

static size_t mark_columns(const imp *im, const table *t)
{
	size_t cols = 0;
	for (size_t k = 1; k < t->cols; k++)
		cols += imp_table_marked_column(im, t, k);
	return cols;
}

/*
 * "Component | Category | Status | Notes", a check a row: each row's
 * component (a blank cell is the one above, as a merged cell reads), its
 * category, status and note.
 */
static void long_form(imp *im, const table *t)
{
	int cat = imp_col_of(t, PRR_COL_CATEGORY), st = imp_col_of(t, PRR_COL_STATUS),
	    no = imp_col_of(t, PRR_COL_NOTES);
	const char *name = NULL;
	for (size_t r = 0; r < t->rows; r++) {
		if (!imp_cell_blank(t->cell[r][0]))
			name = imp_title_in(im, t->cell[r][0]);
		if (!name || imp_cell_blank(t->cell[r][cat]))
			continue;
		size_t ci = im->r->n_components;
		for (size_t k = 0; k < im->r->n_components; k++)
			if (prr_name_eq(im->r->components[k].name, name))
				ci = k;
		if (ci == im->r->n_components)
			imp_new_component(im, name, t->line[r]);
		prr_component *c = &im->r->components[ci];
		c->checks = imp_rows_grow(im, c->checks, c->n_checks,
					  imp_rows_cap(&im->check_cap, &im->n_check_cap, ci),
					  1, sizeof *c->checks);
		prr_check *ck = &c->checks[c->n_checks++];
		ck->category = t->cell[r][cat];
		ck->status = imp_cell_status(im, t, r, st);
		ck->passed = ck->total = -1;
		if (no >= 0 && !imp_cell_blank(t->cell[r][no]))
			ck->note = t->cell[r][no];
		ck->line = t->line[r];
	}
}

/* Whether the status column holds votes ("Département | Responsable |
 * Signal", "Area | Rep | Vote"): each row's GO or NO-GO is its check,
 * not a task of its owner done or not. */
static bool votes(const table *t)
{
	static const char *const words[] = { "signal", "vote", "voto",
		"stimme", "go/no-go", "call", NULL };
	int st = imp_col_of(t, PRR_COL_STATUS);
	return st >= 0 && imp_is_one_of(t->head[st], strlen(t->head[st]), words);
}

/* A column its header names for what a row is about: "Issue Type |
 * Summary" is titled by its summary, "대상 | 내용" by its 내용; or -1. */
static int title_column(const table *t)
{
	static const char *const titles[] = { "summary", "title",
		"description", "descripción", "descrição", "beschreibung",
		"descrizione", "omschrijving", "opis", "описание", "内容",
		"描述", "説明", "내용", "설명", "item", NULL };
	for (size_t k = 0; k < t->cols; k++)
		if ((t->roles[k] == PRR_COL_NOTES || t->roles[k] == PRR_COL_OTHER ||
		     t->roles[k] == PRR_COL_ITEM) &&
		    imp_is_one_of(t->head[k], strlen(t->head[k]), titles))
			return (int)k;
	return -1;
}

/* The column that titles a table's findings: one its header names so,
 * else the first column of words that names no role but a description
 * ("Descripción", "内容"); -1 if none (a "Task" column makes a plan of
 * work, not of findings). */
static int text_column(const table *t)
{
	int titled = title_column(t);
	if (titled >= 0)
		return titled;
	for (size_t k = 0; k < t->cols; k++) {
		prr_col r = t->roles[k];
		if (r == PRR_COL_ITEM || r == PRR_COL_ACTION)
			return -1;
		/* (a column of numbers is a count, not a description:
		 * Turkish "No | Önem | …") */
		bool numbers = true;
		for (size_t row = 0; row < t->rows && numbers; row++)
			numbers = t->cell[row][k][0] &&
				  strspn(t->cell[row][k], "0123456789.") ==
					  strlen(t->cell[row][k]);
		if (!numbers && (r == PRR_COL_NOTES || r == PRR_COL_OTHER))
			return (int)k;
	}
	return -1;
}

/* A table of marks and their meanings, under a legend's heading or
 * headed so ("Symbol | Meaning"). */
static bool legend_table(imp *im, const table *t)
{
	static const char *const words[] = { "meaning", "bedeutung",
		"significado", "signification", "significato", NULL };
	if (t->cols != 2)
		return false;
	for (int i = 0; words[i]; i++)
		if (strcasecmp(t->head[1], words[i]) == 0)
			return true;
	return imp_legend_heading(imp_nearest_title(im));
}

/* A heading of what the review leaves out ("## Out of scope", "Not in
 * this review"): the parts it lists are none of the review's. */
static bool out_of_scope(const char *h)
{
	static const char *const words[] = { "out of scope", "not in scope",
		"not in this review", "not reviewed", "excluded from", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	return imp_contains_any(h, strlen(h), &vocab);
}

/* Whether any cell carries a status mark or a figure: a table that does
 * and is not placed is reported, never dropped without a word. */
static bool has_figures(const table *t)
{
	for (size_t r = 0; r < t->rows; r++)
		for (size_t k = 0; k < t->cols; k++) {
			const char *c = t->raw[r][k];
			bool known;
			double v, hi, max;
			prr_status_from_marks(c, strlen(c), &known);
			if (known || prr_parse_score(c, strlen(c), &v, &hi, &max) == 0)
				return true;
		}
	return false;
}

void imp_handle_table(imp *im, size_t tab)
{
	table t;
	if (imp_read_table(im, tab, &t))
		imp_handle_read_table(im, &t, tab);
}

void imp_handle_read_table(imp *im, const table *given, size_t tab)
{
	table t = *given, answered;
	/* "Item | Yes | No | N/A" of X's: read as "Item | Status", kept as
	 * written */
	const table kept = t;
	if (imp_table_answers(im, &kept, &answered))
		t = answered;
	secx *x = imp_sec_x(im, im->cur_sec);
	if (x) {
		x->blocks++;
		x->rows += t.rows;
	}
	/* The pool holds the table's text, cell after cell: one look at it
	 * instead of a call and a strlen per cell when, as in most tables,
	 * no cell names a commit. */
	bool ticks = memchr(im->pool.p, '`', im->pool.n) != NULL;
	bool cites = imp_may_cite(im, im->pool.p, im->pool.n);
	bool commit = imp_mentions_commit(im->pool.p, im->pool.n);
	if (ticks || commit) /* "`abc1234`" needs no word "commit" */
		for (size_t r = 0; r < t.rows; r++)
			for (size_t k = 0; k < t.cols; k++)
				if (commit || strchr(t.raw[r][k], '`'))
					imp_scan_commits(im, t.raw[r][k],
							 strlen(t.raw[r][k]),
							 t.line[r]);
	/* "| Commit | `abc1234` |": a table of fields names the revision */
	for (size_t r = 0; t.cols == 2 && r < t.rows; r++) {
		prr_str name = { t.cell[r][0], strlen(t.cell[r][0]) };
		imp_revision_field(im, name, t.raw[r][1], strlen(t.raw[r][1]));
	}
	/* "Readiness Score | 50/100" in a table of metrics */
	if ((t.roles[0] == PRR_COL_METRIC || t.roles[0] == PRR_COL_OTHER) &&
	    imp_col_of(&t, PRR_COL_SCORE) < 0)
		imp_table_metric_scores(im, &t);
	/* "| Review | Date | Verdict | Score |" of rows "#1", "#2": the
	 * reviews so far, their scores no dimensions of this one */
	bool reviews = imp_table_decision_log(im, &t) && imp_table_review_rows(im, &t);
	imp_table_scoped_decisions(im, &t);
	imp_table_version_log(im, &t);
	/* "Severity | Count | Release blocker?": which severities block */
	int blk = imp_col_of(&t, PRR_COL_BLOCKER);
	if (t.roles[0] == PRR_COL_SEVERITY && blk > 0 &&
	    imp_col_of(&t, PRR_COL_GAP) < 0)
		for (size_t r = 0; r < t.rows; r++) {
			prr_severity sv = imp_severity_cell(t.cell[r][0]);
			if (sv != PRR_SEV_UNKNOWN && imp_says_yes(t.cell[r][blk]))
				im->sev_blocks[sv] = true;
		}
	/* "Points done (cum.)", "Done pts": points, no status */
	for (size_t k = 0; k < t.cols; k++)
		if (t.roles[k] == PRR_COL_STATUS && imp_points_word(t.head[k]))
			t.roles[k] = PRR_COL_POINTS;
	/* a risk register's "Rating" of Low … Critical is each risk's
	 * level, no score */
	int c;
	if (imp_col_of(&t, PRR_COL_RISK) >= 0 &&
	    (c = rated_column(&t, PRR_COL_SCORE)) >= 0 &&
	    imp_col_of(&t, PRR_COL_SEVERITY) < 0)
		t.roles[c] = PRR_COL_SEVERITY;
	/* a risk's "Score" of "3×4=12", an area's "Rating" of Green */
	imp_table_unscored(im, &t);
	imp_table_graded_notes(&t); /* "Note" of "8,5/10": a grade */
	imp_table_levels(&t); /* "Level" of "Level 3 of 5": a score */
	imp_table_readiness_percents(&t); /* an area's "Readiness" of "75%" */
	imp_table_overall_column(im, &t); /* "… | Gesamt" of marks */
	bool staged = imp_table_status_columns(im, &t); /* "Claimed | Actual" */
	int after = imp_col_of(&t, PRR_COL_AFTER);
	/* "Category | Previous (2026-02-10) | Current | Notes" of marks,
	 * "Check | March | April", "Round 1 | Round 2": the latest column
	 * is each check's status, the earlier a record */
	int now = after > 0 ? after : imp_col_of(&t, PRR_COL_ACTUAL);
	bool before = imp_col_of(&t, PRR_COL_BEFORE) > 0;
	if (now < 0) {
		before = periods(im, &t, &now) || imp_table_rounds(im, &t, &now);
	} else if (!before) {
		/* "Area | January | Now": a period's column before now; a
		 * review's ("Review #1 (2026-01-20) | Review #2 (today)") */
		int then = -1, round = -1;
		before = periods(im, &t, &then) ||
			 (then > 0 && then < now) ||
			 imp_table_earlier_review(im, &t, now) ||
			 /* "Area | Initial | Retest" */
			 (imp_table_rounds(im, &t, &round) && round == now);
	}
	/* (and "Component | Category | 2026-01-20 | 2026-03-03", the long
	 * form of a matrix) */
	if ((t.roles[0] == PRR_COL_CATEGORY || t.roles[0] == PRR_COL_ITEM ||
	     t.roles[0] == PRR_COL_DIMENSION || /* "Pillar | Q4 2025 | Q1 2026" */
	     (t.roles[0] == PRR_COL_NAME && imp_col_of(&t, PRR_COL_CATEGORY) > 0)) &&
	    before && now > 0 && imp_col_of(&t, PRR_COL_STATUS) < 0 &&
	    imp_table_marked_column(im, &t, (size_t)now)) {
		t.roles[now] = PRR_COL_STATUS;
		after = -1;
	}
	/* "Service | Owner | Verdict", "Component | Total | Launch?", "Board
	 * verdict" (a verdict label's last words): each named part's stated
	 * status */
	static const char *const asked[] = { "launch?", "go?", "ready?",
		"ship?", "go-live?", "release?", NULL };
	/* (and "Area | Verdict | Condition or reason": each area's) */
	if ((t.roles[0] == PRR_COL_NAME || t.roles[0] == PRR_COL_CATEGORY) &&
	    imp_col_of(&t, PRR_COL_STATUS) < 0)
		for (size_t k = 1; k < t.cols; k++)
			if ((t.roles[k] == PRR_COL_OTHER || t.roles[k] == PRR_COL_QUESTION) &&
			    (imp_head_label_kind(im, t.head[k], strlen(t.head[k])).verdict == 2 ||
			     imp_is_one_of(t.head[k], strlen(t.head[k]), asked)) &&
			    imp_table_marked_column(im, &t, k)) {
				t.roles[k] = PRR_COL_STATUS;
				break;
			}
	if ((c = imp_table_named_blockers(&t)) >= 0)
		t.roles[c] = PRR_COL_GAP; /* "| Blocker | What it blocks |" */
	imp_table_rag_parts(im, &t); /* "Platform | Status | Owner" of colours */
	imp_table_issue_columns(&t); /* "Issue" of "#4412", "Labels" of "sev/S2" */
	imp_table_sprint_words(&t); /* "Cycle", "Committed" */
	/* only a table with an issue or severity column asks what heading
	 * it is under */
	int gap = imp_col_of(&t, PRR_COL_GAP), sev = imp_col_of(&t, PRR_COL_SEVERITY);
	if (sev < 0)
		sev = imp_rated_impact(&t); /* axe's "Impact": Critical … */
	/* what a row is: its first column, after a number or an ID */
	int lead = t.roles[0] == PRR_COL_ID && t.cols > 1 ? 1 : 0;
	/* (keyed rows of changes ask too: "ID | Blocker | Then | Now") */
	bool keyed = lead && imp_table_id_keys(&t);
	int container = gap >= 0 || sev >= 0 || (after > 0 && lead) || keyed
				? imp_container(im) : 0;
	if (!container && sev >= 0)
		container = imp_numbered_list_heading(im);
	/* "## 3. Findings and retest status" over IDs and severities */
	if (!container && sev >= 0 && imp_col_of(&t, PRR_COL_ID) >= 0 && im->n_hs) {
		const char *h = im->sx[im->hs[im->n_hs - 1].sec].title;
		container = prr_rec_finding_heading(h, strlen(h));
	}
	bool under_findings = container == 1 || container == 2;
	/* "ID | Finding | Severity | Blocking | Owner | Status": findings,
	 * though an owner is named; "No. | 内容 | 重大度" under "## 指摘事項"
	 * too, titled by its first column of text */
	int titled = gap;
	/* (an ID, a severity and a blocking or title column make
	 * findings under any heading: "Nr. | Schwere | Beschreibung |
	 * Blockierend", Jira's "Issue key | Issue Type | Summary | …
	 * Priority") */
	if (titled < 0 && sev >= 0 &&
	    (under_findings ||
	     (imp_col_of(&t, PRR_COL_ID) >= 0 &&
	      (imp_col_of(&t, PRR_COL_BLOCKER) >= 0 || title_column(&t) >= 0))))
		titled = text_column(&t);
	if (titled < 0) /* "| Severity | Subsystem | Reason | …" of P0, P1 */
		titled = imp_table_rated_rows(im, &t);
	/* "HRI | Question | Improvement | Owner | Due | Blocks GA?" under
	 * "## High-risk issues": rows keyed by IDs ("HRI-1") that say which
	 * block are findings, titled by their first column of text */
	if (titled < 0 && imp_col_of(&t, PRR_COL_BLOCKER) > 0 && imp_table_id_keys(&t) &&
	    imp_container(im) > 0) {
		t.roles[0] = PRR_COL_ID;
		titled = text_column(&t);
		under_findings = true;
	}
	/* "# | Title | State | Assignee" of issue numbers under "## Open
	 * issues": a tracker's issues, findings though none is rated */
	bool issues = titled < 0 && keyed && under_findings &&
		      (titled = title_column(&t)) >= 0;
	bool findings = titled >= 0 &&
			(sev >= 0 || imp_col_of(&t, PRR_COL_IMPACT) >= 0 ||
			 imp_col_of(&t, PRR_COL_BLOCKER) >= 0 || issues);
	/* "POA&M | Control | Weakness | Risk | …" over "| POAM-01 | …":
	 * findings keyed by the IDs of a first column no word names */
	if (findings && titled > 0 && t.roles[0] == PRR_COL_OTHER &&
	    imp_col_of(&t, PRR_COL_ID) < 0 && imp_table_id_keys(&t))
		t.roles[0] = PRR_COL_ID;
	bool keep = false, placed = true, stories = false, dims = false;
	int as_fields;
	/* "Area | Training | Devices | … | Overall": rows each with
	 * columns of marks, two at least, and its overall (not "Category |
	 * 2026-04-08 | 2026-04-29", reviews' columns) */
	size_t marked = 0;
	bool overall_last = (t.roles[0] == PRR_COL_CATEGORY || t.roles[0] == PRR_COL_OTHER) &&
			    imp_col_of(&t, PRR_COL_STATUS) == (int)t.cols - 1 &&
			    !imp_has_digit(t.head[t.cols - 1], strlen(t.head[t.cols - 1]));
	for (size_t k = 1; overall_last && k + 1 < t.cols; k++)
		marked += imp_table_marked_column(im, &t, k);
	overall_last = overall_last && marked >= 2;
	if (legend_table(im, &t)) {
		/* "| 🟡 | Ready with caveats / partial |": what marks mean */
		for (size_t r = 0; r < t.rows; r++)
			imp_legend_entry(im, t.raw[r][0], strlen(t.raw[r][0]),
					 t.raw[r][1], strlen(t.raw[r][1]));
		keep = true;
	} else if ((as_fields = imp_table_fields(im, &t)) != 0) {
		keep = as_fields == 2; /* a record is kept as a table too */
	} else if (imp_table_states_no_checks(im, &t) || imp_table_failure_points(&t)) {
		keep = true; /* a template's rows, figures measured, or what
			      * happens at each point of failure */
	} else if (imp_table_options(&t) || imp_table_compared(im, &t)) {
		keep = true; /* a decision's options; options side by side */
	} else if (imp_table_questions(&t) && imp_col_of(&t, PRR_COL_BLOCKER) > 0 &&
		   (sev > 0 || imp_col_of(&t, PRR_COL_RISK) > 0)) {
		/* "Question | Pillar | Risk | Must fix before launch" of the
		 * questions an ORR failed: a finding each, titled by its
		 * question */
		imp_table_findings(im, &t, 0);
		keep = true;
	} else if (reviews) {
		keep = true; /* (a log of earlier reviews is a record) */
	} else if ((c = imp_table_answered(im, &t)) >= 0) {
		/* "# | Question | Answer | Comment": a check per question
		 * answered Yes, No …; the table kept where one is not judged */
		keep = c > 0;
	} else if (imp_table_questions(&t) || imp_table_signoff(im, &t) || imp_table_stage_verdicts(im, &t)) {
		keep = true; /* (sign-offs and votes are a record; so are stages) */
	} else if (after > 0 && under_findings && lead > 0 && !findings) {
		/* "ID | Blocker | Then | Now" under "## Blockers from last
		 * time": findings, open or closed as the latest column says */
		imp_table_findings(im, &t, lead);
		keep = true;
	} else if (after > 0 && imp_col_of(&t, PRR_COL_BEFORE) >= 0 &&
		   imp_col_of(&t, PRR_COL_SCORE) < 0 && !findings &&
		   !imp_table_milestone_head(&t)) {
		/* a table of changes: what holds now is its latest column
		 * (not "Milestone | Was | Now": days, import_milestone.c) */
		if (!imp_table_measures(&t)) /* (kept whole) */
			imp_table_dimensions(im, &t, 0, after);
		keep = true;
	} else if (t.roles[0] == PRR_COL_WAVE &&
		   (imp_col_of(&t, PRR_COL_POINTS) >= 0 ||
		    imp_col_of(&t, PRR_COL_PLANNED) >= 0)) {
		/* "Sprint | Start Date | Planned SP": the plan's steps */
		imp_table_plan_steps(im, &t, 0);
		keep = true;
	} else if (t.roles[0] == PRR_COL_ID && imp_col_of(&t, PRR_COL_POINTS) > 0) {
		/* "ID | Title | SP": stories by their key */
		imp_table_stories(im, &t, t.cols > 1 ? 1 : 0);
		stories = true;
	} else if ((c = imp_col_of(&t, PRR_COL_STORY)) >= 0) {
		imp_table_stories(im, &t, c);
		stories = true;
	} else if ((c = imp_col_of(&t, PRR_COL_SCORE)) >= 0 && t.cols > 1 &&
		   t.roles[0] == PRR_COL_CATEGORY && imp_col_of(&t, PRR_COL_STATUS) > 0 &&
		   (imp_comp_of_context(im) != NONE || imp_part_component(im))) {
		/* "### Dispatcher" under "## Components", then "Category |
		 * Score | Status | Notes": the part's checks, each with its
		 * stated status; the scores stay in the table (the review's
		 * dimensions are the whole's, not each part's) */
		imp_table_checks(im, &t, 0);
		keep = true;
	} else if ((c = imp_col_of(&t, PRR_COL_SCORE)) >= 0 && t.cols > 1) {
		int nm = imp_col_of(&t, PRR_COL_DIMENSION);
		c = latest_score_column(&t, c);
		/* named by the dimension, else the first column after a
		 * number ("# | Criterion | Score") */
		if (nm < 0)
			nm = lead != c ? lead : c == 0 ? 1 : 0;
		/* "| Score | Value |" over "| Overall | 62/100 |": the
		 * column called Score names them, the other holds them */
		if (!imp_table_scored_column(&t, (size_t)c) &&
		    imp_table_scored_column(&t, (size_t)nm)) {
			int names = c;
			c = nm;
			nm = names;
		}
		imp_table_dimensions(im, &t, nm, c);
		dims = true; /* kept while it may be a part's (import_parts.c) */
		/* "Componente | Segurança | … | Nota" of traffic lights and
		 * a grade: its marks each part's checks too */
		if (mark_columns(im, &t) >= 2 && imp_col_of(&t, PRR_COL_STATUS) < 0) {
			imp_table_components(im, &t, nm);
			keep = true;
		}
	} else if (imp_col_of(&t, PRR_COL_PLANNED) >= 0 && imp_col_of(&t, PRR_COL_ACTUAL) >= 0 &&
		   !imp_table_milestone_head(&t)) {
		int m = imp_col_of(&t, PRR_COL_METRIC);
		imp_table_plan(im, &t, m >= 0 ? m : 0, imp_col_of(&t, PRR_COL_PLANNED));
		/* "Gate | Threshold | Measured | Result", "Criterion | Target
		 * | Actual | Met?": each row is a check whose result the
		 * document states (after its number: "# | Criterion | …");
		 * "Service | Target | Achieved | Result" a component each */
		if (imp_col_of(&t, PRR_COL_STATUS) > 0 && t.roles[lead] == PRR_COL_NAME)
			imp_table_components(im, &t, lead);
		else if (imp_col_of(&t, PRR_COL_STATUS) > 0 &&
		    (t.roles[lead] == PRR_COL_CATEGORY || t.roles[lead] == PRR_COL_ITEM))
			imp_table_checks(im, &t, lead);
		keep = true;
	} else if ((imp_col_of(&t, PRR_COL_STATUS) < 0 || overall_last) &&
		   imp_col_of(&t, PRR_COL_ETA) < 0 && !imp_table_numbered_rows(&t) &&
		   !staged && mark_columns(im, &t) >= 2) {
		/* a matrix of components by categories, a mark per cell, or
		 * of categories by components ("Check | iOS | Android"); its
		 * other columns ("Owner", "Comment") kept with the table; an
		 * "Area | Training | Devices | … | Overall" too, each area's
		 * overall its stated status */
		if (!overall_last && imp_table_transposed(im, &t)) {
			table tt;
			imp_table_transpose(im, &t, &tt);
			imp_table_components(im, &tt, 0);
			keep = true;
		} else {
			imp_table_components(im, &t, 0);
			keep = mark_columns(im, &t) + 1 < t.cols;
		}
	} else if ((c = imp_col_of(&t, PRR_COL_RISK)) >= 0 &&
		   imp_table_worded_column(&t, (size_t)c) &&
		   !(findings && imp_col_of(&t, PRR_COL_GAP) >= 0)) {
		/* (not "Pillar | High risk | Medium risk" of counts) */
		imp_table_risks(im, &t, c);
		keep = imp_col_of(&t, PRR_COL_MITIGATION) < 0 || t.cols > 3;
	} else if (imp_table_clock_steps(&t)) {
		/* "Time (CEST) | Step | Owner | Done" with nothing ticked: a
		 * runbook's steps by the clock, no milestones done or not */
		keep = true;
	} else if (imp_table_milestone_head(&t) || imp_table_dated_steps(im, &t)) {
		imp_table_milestones(im, &t, imp_table_milestone_head(&t) ? lead : 0);
		keep = true;
	} else if (findings && t.roles[0] != PRR_COL_RISK) {
		imp_table_findings(im, &t, titled);
		keep = true;
	} else if (t.roles[0] == PRR_COL_ID && imp_table_result_column(&t) > 0 &&
		   imp_col_of(&t, PRR_COL_ETA) < 0 && !findings && imp_table_keyed_rows(&t)) {
		/* "Control ID | Criteria | Control description | Owner |
		 * Result": controls tested, a check each by its ID, not
		 * tasks of their owners (findings under "## Exceptions") */
		imp_table_controls(im, &t);
		keep = true;
	} else if (!((t.roles[0] == PRR_COL_GAP ||
		      (t.roles[0] == PRR_COL_ID && imp_col_of(&t, PRR_COL_GAP) > 0)) &&
		     under_findings) &&
		   (imp_col_of(&t, PRR_COL_ETA) >= 0 ||
		    (imp_col_of(&t, PRR_COL_OWNER) >= 0 &&
		     imp_col_of(&t, PRR_COL_STATUS) >= 0 && !votes(&t) &&
		     !((t.roles[lead] == PRR_COL_NAME ||
			t.roles[lead] == PRR_COL_CATEGORY) &&
		       imp_col_of(&t, PRR_COL_STATUS) > lead)))) {
		/* "Task | Owner | Due", "Task | Owner | Status": milestones
		 * ("Step | Action | Owner", says neither when nor whether:
		 * a procedure, kept as a table); "Component | Owner |
		 * Status" names components, "Area | Owner | Status" and "# |
		 * Check | Status | Owner" checks, below */
		/* named by its gap or action, not by a "#" column */
		int g = imp_col_of(&t, PRR_COL_GAP);
		if (g < 0)
			g = imp_col_of(&t, PRR_COL_ACTION);
		if (g < 0)
			g = t.roles[0] == PRR_COL_ID && t.cols > 1 ? 1 : 0;
		imp_table_milestones(im, &t, g);
		imp_table_open_blockers(im, &t, g);
		keep = true;
	} else if ((c = imp_col_of(&t, PRR_COL_GAP)) >= 0 &&
		   (imp_col_of(&t, PRR_COL_SEVERITY) >= 0 || imp_col_of(&t, PRR_COL_IMPACT) >= 0 ||
		    imp_col_of(&t, PRR_COL_ACTION) >= 0 || imp_heading_severity(im) ||
		    under_findings)) {
		/* under "## Findings" or "## Blockers" an "Issue | Status"
		 * table is its findings, not a checklist */
		imp_table_findings(im, &t, c);
		keep = true;
	} else if ((t.roles[0] == PRR_COL_CATEGORY || t.roles[0] == PRR_COL_DIMENSION) &&
		   imp_col_of(&t, PRR_COL_STATUS) >= 0 && !imp_table_signoff_form(im, &t)) {
		/* "Dimension | Status | Comment" under "### checkout-api":
		 * the checks of the component its heading names */
		imp_table_checks(im, &t, 0);
		/* (a column of verdicts, "Area | Verdict | Condition or reason": the table kept too, for its reasons) */
		c = imp_col_of(&t, PRR_COL_STATUS);
		keep = (t.cols > 2 && imp_head_label_kind(im, t.head[c], strlen(t.head[c])).verdict == 2) ||
		       imp_table_unread_column(&t); /* "Evidence", "Percentage" */
	} else if (t.roles[0] == PRR_COL_NAME &&
		   imp_col_of(&t, PRR_COL_CATEGORY) > 0 &&
		   !imp_table_marked_column(im, &t, (size_t)imp_col_of(&t, PRR_COL_CATEGORY)) &&
		   imp_table_worded_column(&t, (size_t)imp_col_of(&t, PRR_COL_CATEGORY)) &&
		   imp_col_of(&t, PRR_COL_STATUS) > 0) {
		/* (a column of marks headed "SLO" is a check of each row, not
		 * the categories of "Component | Category | Status") */
		long_form(im, &t);
	} else if (t.roles[0] == PRR_COL_NAME && out_of_scope(imp_nearest_title(im))) {
		keep = true; /* "Service | Why" under "## Out of scope": none */
	} else if (t.roles[0] == PRR_COL_NAME && imp_table_described_only(im, &t, 0)) {
		keep = true; /* "Service | Role": an inventory, no parts rated */
	} else if (t.roles[0] == PRR_COL_NAME) {
		/* "Service | Monitoring | …" of levels ("L2") that are no
		 * status: the components are named, the table kept whole */
		size_t read = imp_table_components(im, &t, 0);
		keep = read + 1 + (imp_col_of(&t, PRR_COL_STATUS) >= 0) < t.cols;
	} else if (imp_table_dated_log(im, &t)) {
		keep = true; /* "Date | Environment | Outcome": what happened */
	} else if (imp_col_of(&t, PRR_COL_STATUS) > 0 || (t.roles[0] == PRR_COL_ITEM &&
						imp_col_of(&t, PRR_COL_STATUS) >= 0)) {
		/* "# | Check | Result": items named by their check, not by
		 * their number */
		int it = imp_col_of(&t, PRR_COL_ITEM);
		/* (not a gate after the status: "Capability | Status |
		 * Production gate" names its rows first) */
		if (it < 0 && imp_col_of(&t, PRR_COL_CATEGORY) < imp_col_of(&t, PRR_COL_STATUS))
			it = imp_col_of(&t, PRR_COL_CATEGORY);
		if (it < 0)
			it = imp_table_numbered_rows(&t) && t.cols > 2 ? 1 : 0;
		imp_table_checklist(im, &t, tab, it);
		imp_table_open_blockers(im, &t, it);
	} else {
		keep = true;
		placed = false;
		/* "| **Total** | **291** | **285** |": its sums audited */
		imp_claim_count_totals(im, &t);
	}
	if (!placed && has_figures(&t)) {
		prr_buf h = PRR_BUF_INIT;
		for (size_t k = 0; k < t.cols && k < 4; k++)
			prr_buf_addf(&h, "%s%s", k ? " | " : "", t.head[k]);
		prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
			     t.first_line, 0,
			     "not imported: a table of status marks or figures "
			     "(%s%s), kept whole in 'tables'", h.p,
			     t.cols > 4 ? " | …" : "");
		prr_buf_free(&h);
	}
	/* the files its cells cite (a story table's rows are its stories') */
	for (size_t r = 0; cites && !stories && r < t.rows; r++)
		for (size_t k = 0; k < t.cols; k++)
			if (t.roles[k] != PRR_COL_SEVERITY && /* "sev/S2" */
			    imp_may_cite(im, t.raw[r][k], strlen(t.raw[r][k])))
				imp_scan_evidence(im, (imp_owner){ OWN_NONE, 0, 0 },
						  t.raw[r][k], strlen(t.raw[r][k]),
						  t.line[r], EV_TEXT);
	if (keep || dims)
		imp_keep_table(im, &kept);
	if (dims && !keep) {
		im->dim_tabs = imp_priv_grow(im->dim_tabs, &im->cap_dim_tabs,
					     im->n_dim_tabs + 1, sizeof *im->dim_tabs);
		im->dim_tabs[im->n_dim_tabs++] = im->r->n_tables - 1;
	}
	imp_take_lines(im, tab);
}
