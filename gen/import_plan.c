/* import_plan.c - plans: the waves, sprints and phases a document plans,
 * from their headings, their fields ("Story Points: 37", "Start Date:")
 * and the tables that sum them up ("Sprint | Planned SP | Start Date"). */
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*
 * A heading that names a step of a plan: "Sprint 1: …", "⏱️ SPRINT 2 —
 * …", "Wave 4", "Epic 1", "Iteration 2", "Phase 3" — a plan word, then a
 * number or a single capital ("Phase A").
 */
bool imp_wave_heading(const char *t)
{
	static const char *const words[] = { "sprint", "wave", "iteration",
		"iteração", "iteración", "epic", "phase", "fase", "etapa",
		"stage", NULL };
	while (*t && !((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z')))
		t++;
	size_t tn = strlen(t);
	for (int i = 0; words[i]; i++) {
		size_t k = strlen(words[i]);
		if (k >= tn || t[k] != ' ' || !imp_starts_with_ci(t, tn, words[i]))
			continue;
		const char *p = t + k + 1;
		if (*p >= '0' && *p <= '9')
			return true;
		if (*p >= 'A' && *p <= 'Z' &&
		    (!p[1] || p[1] == ' ' || p[1] == ':' || p[1] == '-'))
			return true;
	}
	return false;
}

/* Whether two step headings name the same step: the same plan word and
 * number ("Sprint 1 User Stories", "SPRINT 1: Data Model"). */
static bool same_step(const char *a, const char *b)
{
	while (*a && !((*a >= 'a' && *a <= 'z') || (*a >= 'A' && *a <= 'Z')))
		a++;
	while (*b && !((*b >= 'a' && *b <= 'z') || (*b >= 'A' && *b <= 'Z')))
		b++;
	const char *sa = strchr(a, ' '), *sb = strchr(b, ' ');
	if (!sa || !sb || sa - a != sb - b)
		return false;
	size_t k = (size_t)(sa - a) + 1;
	while ((a[k] >= '0' && a[k] <= '9') || (a[k] >= 'A' && a[k] <= 'Z'))
		k++;
	return strncasecmp(a, b, k) == 0 &&
	       !((b[k] >= '0' && b[k] <= '9'));
}

/* The nearest section, this one or above, whose heading names a step of
 * a plan, or NONE. */
static size_t wave_section(imp *im)
{
	for (int k = im->n_hs - 1; k >= 0; k--) {
		if (!im->sx[im->hs[k].sec].wave_step)
			continue;
		/* "### Sprint 1 User Stories" under "## Sprint 1: Foundation"
		 * is the same step: the outer heading carries its fields */
		for (int up = 0; up < k; up++)
			if (im->sx[im->hs[up].sec].wave_step &&
			    same_step(im->hs[up].title, im->hs[k].title))
				return im->hs[up].sec;
		return im->hs[k].sec;
	}
	return NONE;
}

static prr_wave *new_wave(imp *im, const char *name, int line)
{
	prr_wave *w = PUSH(im, waves);
	w->name = name;
	w->planned_points = w->done_points = PRR_NONE;
	w->line = line;
	return w;
}

/* The step a name names, as a key: its plan word in lower case and its
 * number ("## Wave 1 — Observability ✅" is "wave 1"), or NULL. */
static const char *step_key(imp *im, const char *t)
{
	if (!imp_wave_heading(t))
		return NULL;
	while (*t && !((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z')))
		t++;
	size_t k = strcspn(t, " ") + 1;
	while ((t[k] >= '0' && t[k] <= '9') || (t[k] >= 'A' && t[k] <= 'Z'))
		k++;
	char *key = prr_arena_strndup(im->a, t, k);
	for (char *c = key; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	return key;
}

/*
 * The wave a table of steps planned for the step heading `title` names
 * ("| Wave 1 — Observability | 13 | 13 |" over "## Wave 1 —
 * Observability"), not yet a heading's with its id or stories, or NONE:
 * one wave, not two.
 */
size_t imp_table_step(imp *im, const char *title)
{
	const char *key = im->table_steps.n ? step_key(im, title) : NULL;
	size_t wi = key ? prr_names_find(&im->table_steps, key) : PRR_NAMES_NONE;
	if (wi == PRR_NAMES_NONE || im->r->waves[wi].id ||
	    im->r->waves[wi].n_stories)
		return NONE;
	return wi;
}

/*
 * The wave stories found here belong to: the wave of this section or one
 * above; else the step of a plan a heading above names ("Sprint 1: …"
 * over "### Sprint 1 User Stories"); else one named after the nearest
 * heading that names something.
 */
size_t imp_wave_for_context(imp *im, int line)
{
	size_t wi = imp_wave_of_context(im);
	if (wi != NONE)
		return wi;
	size_t sec = wave_section(im);
	if (sec != NONE) {
		size_t held = imp_table_step(im, im->sx[sec].title);
		if (held != NONE) {
			im->sx[sec].wave = held + 1;
			return held;
		}
		new_wave(im, im->sx[sec].title, im->r->sections[sec].line);
		im->sx[sec].wave = im->r->n_waves;
		return im->r->n_waves - 1;
	}
	new_wave(im, imp_context_title(im, NULL), line);
	if (im->n_hs)
		im->sx[im->hs[im->n_hs - 1].sec].wave = im->r->n_waves;
	return im->r->n_waves - 1;
}

static bool label_is(const char *name, const char *const *words)
{
	size_t n = strlen(name);
	for (int i = 0; words[i]; i++)
		if (strlen(words[i]) == n && imp_starts_with_ci(name, n, words[i]))
			return true;
	return false;
}

/*
 * A field of a plan step's section: its planned points ("Story Points:
 * 37 (5.2 + 5.3)", "Total Story Points: 39 SP") and its window ("Start
 * Date: December 15, 2025").  Returns whether the field was taken.
 */
bool imp_wave_field(imp *im, const char *name, const char *v, size_t n)
{
	static const char *const points[] = { "story points",
		"total story points", "total sp", "sp", "points",
		"planned points", "planned sp", "pontos", "puntos", NULL };
	static const char *const starts[] = { "start", "start date", "starts",
		"início", "inicio", "data de início", "fecha de inicio",
		"début", "date de début", "beginn", NULL };
	static const char *const ends[] = { "end", "end date", "ends", "fim",
		"fin", "data de fim", "fecha de fin", "date de fin", "ende",
		NULL };
	size_t sec = wave_section(im);
	if (sec == NONE)
		return false;
	secx *x = &im->sx[sec];
	if (label_is(name, points)) {
		double p;
		while (n && (*v == ' ' || *v == '*'))
			v++, n--;
		size_t k = 0;
		while (k < n && ((v[k] >= '0' && v[k] <= '9') || v[k] == '.'))
			k++;
		if (!k || prr_parse_points(v, k, &p) < 0)
			return false;
		x->points = p;
		x->has_points = true;
		return true;
	}
	bool start = label_is(name, starts);
	if (start || label_is(name, ends)) {
		prr_date_hit hit;
		if (!imp_date_find(im, v, n, &hit) || hit.prec != PRR_DATE_DAY)
			return false;
		const char **slot = start ? &x->start : &x->end;
		if (!*slot)
			*slot = prr_arena_strdup(im->a, hit.date);
		return true;
	}
	return false;
}

static bool trailing_points(const char *t, double *points, size_t *end);

/* A window of two days with their years in t[0..n), the first not after
 * the second ("(2026-04-01 – 2026-04-14)"): whether there is one, in
 * *start and *end; a day without its year is none (prr does not guess
 * the year). */
static bool window(imp *im, const char *t, size_t n, const char **start,
		   const char **end)
{
	/* two runs of four digits first (most headings have none, and
	 * reading dates costs) */
	int years = 0;
	for (size_t i = 0, run = 0; i <= n; i++) {
		bool digit = i < n && t[i] >= '0' && t[i] <= '9';
		years += !digit && run == 4;
		run = digit ? run + 1 : 0;
	}
	prr_date_hit a, b;
	if (years < 2 || !imp_date_find(im, t, n, &a) || a.prec != PRR_DATE_DAY)
		return false;
	size_t rest = a.at + a.len;
	if (!imp_date_find(im, t + rest, n - rest, &b) ||
	    b.prec != PRR_DATE_DAY || strcmp(a.date, b.date) > 0)
		return false;
	*start = prr_arena_strdup(im->a, a.date);
	*end = prr_arena_strdup(im->a, b.date);
	return true;
}

/* A step's heading without the count done that closes it ("— 21 pts, 21
 * done", "(13 SP; 8 completed)"), or NULL when none does. */
static const char *before_done(imp *im, const char *t)
{
	static const char *const words[] = { "done", "completed", "complete",
		"delivered", NULL };
	size_t n = strlen(t);
	while (n && (t[n - 1] == ' ' || t[n - 1] == ')'))
		n--;
	size_t w = n;
	while (w && ((t[w - 1] >= 'a' && t[w - 1] <= 'z') ||
		     (t[w - 1] >= 'A' && t[w - 1] <= 'Z')))
		w--;
	if (w == n || !imp_is_one_of(t + w, n - w, words))
		return NULL;
	size_t e = w;
	while (e && t[e - 1] == ' ')
		e--;
	size_t d = e;
	while (d && ((t[d - 1] >= '0' && t[d - 1] <= '9') || t[d - 1] == '.'))
		d--;
	while (d && t[d - 1] == ' ')
		d--;
	if (d == e || !d || (t[d - 1] != ',' && t[d - 1] != ';'))
		return NULL;
	return prr_arena_strndup(im->a, t, d - 1);
}

/*
 * What a step's heading states of it: its points at the end ("Wave 1 —
 * Observability · 13 pts", "Sprint 2 (21 SP)") and its window, two days
 * ("Sprint 1 (2026-04-01 – 2026-04-14)"); a day without its year is no
 * window (prr does not guess the year).
 */
void imp_wave_heading_figures(imp *im, size_t si, const char *title)
{
	secx *x = &im->sx[si];
	double p;
	size_t end;
	const char *planned = NULL;
	if (trailing_points(title, &p, &end) ||
	    ((planned = before_done(im, title)) && trailing_points(planned, &p, &end))) {
		x->points = p;
		x->has_points = true;
	}
	window(im, title, strlen(title), &x->start, &x->end);
}

/*
 * A line that names a step of the plan and its window, not a heading: a
 * list item ("- Wave 1 (2026-02-02 → 2026-02-13): FS-19, FS-23") or a
 * line in bold ("**Wave 1 — connector rewrite (2026-07-13 →
 * 2026-07-31)**"): a wave, named by what follows its number and a dash
 * (else by its word and number), planned for that window.  Returns
 * whether it is one; makes it only when `make`.
 */
bool imp_wave_line(imp *im, const char *s, size_t n, int line, bool make)
{
	char t[256];
	while (n && (*s == '*' || *s == ' '))
		s++, n--;
	while (n && (s[n - 1] == '*' || s[n - 1] == ' '))
		n--;
	if (n >= sizeof t)
		return false;
	memcpy(t, s, n);
	t[n] = 0;
	const char *start, *end;
	if (!imp_wave_heading(t) || !window(im, t, n, &start, &end))
		return false;
	if (!make)
		return true;
	/* "Wave 1", then " — connector rewrite", to "(" or ":" */
	size_t k = strcspn(t, " ") + 1;
	while (k < n && t[k] >= '0' && t[k] <= '9')
		k++;
	size_t b = k + strspn(t + k, " .-:");
	if (rec_cp_is(t, n, b, 0x2014) || rec_cp_is(t, n, b, 0x2013))
		b += 3;
	b += strspn(t + b, " ");
	size_t e = b + strcspn(t + b, "(:");
	while (e > b && t[e - 1] == ' ')
		e--;
	const char *name = prr_arena_strndup(im->a, e > b ? t + b : t,
					     e > b ? e - b : k);
	/* the wave a table of steps or a line above planned; else a new
	 * one, which a heading of the step after takes as a table's */
	size_t wi = imp_table_step(im, t);
	prr_wave *w = wi != NONE ? &im->r->waves[wi] : new_wave(im, name, line);
	const char *key = wi == NONE ? step_key(im, t) : NULL;
	if (key)
		prr_names_put(&im->table_steps, key, im->r->n_waves - 1);
	if (!w->start)
		w->start = start;
	if (!w->end)
		w->end = end;
	return true;
}

/* The number of a step heading ("⏱️ SPRINT 3: …" is 3), or -1. */
static long step_number(const char *t)
{
	while (*t && !((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z')))
		t++;
	const char *sp = strchr(t, ' ');
	if (!sp || sp[1] < '0' || sp[1] > '9')
		return -1;
	return atol(sp + 1);
}

/* A wave is sought among the plan's first WAVES_SOUGHT: no plan of a
 * review has more, and a table of 50,000 sprints stays linear. */
#define WAVES_SOUGHT 256

/* The wave named `name` ("Sprint 1" names "Sprint 1: Foundation"), or
 * NONE. */
static size_t wave_named(imp *im, const char *name)
{
	size_t n = strlen(name);
	for (size_t w = 0; w < im->r->n_waves && w < WAVES_SOUGHT; w++) {
		const char *wn = im->r->waves[w].name;
		if (!wn)
			continue;
		if (prr_name_eq(wn, name))
			return w;
		if (imp_starts_with_ci(wn, strlen(wn), name) &&
		    !((wn[n] >= 'a' && wn[n] <= 'z') || (wn[n] >= 'A' && wn[n] <= 'Z') ||
		      (wn[n] >= '0' && wn[n] <= '9')))
			return w;
		/* "Wave 1 — Observability" names "## Wave 1 — Observability",
		 * read as W1 "Observability" */
		const char *id = im->r->waves[w].id;
		if (id && id[0] == 'W' && id[1] >= '0' && id[1] <= '9' &&
		    imp_starts_with_ci(name, n, "wave ") && imp_wave_heading(name) &&
		    step_number(name) == atol(id + 1))
			return w;
		/* "3" in a Sprint column names "🎯 SPRINT 3: …" */
		if (n && strspn(name, "0123456789") == n &&
		    imp_wave_heading(wn) && step_number(wn) == atol(name))
			return w;
	}
	return NONE;
}

static const char *cell_date(imp *im, const table *t, size_t r, int col)
{
	prr_date_hit hit;
	if (col < 0)
		return NULL;
	const char *c = t->cell[r][col];
	if (!imp_date_find(im, c, strlen(c), &hit) || hit.prec != PRR_DATE_DAY)
		return NULL;
	return prr_arena_strdup(im->a, hit.date);
}

static bool done_words(const char *h)
{
	static const char *const words[] = { "complet", "done", "deliver",
		"achiev", "actual", "conclu", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	return imp_contains_any(h, strlen(h), &vocab);
}

/* A header or label that counts points: a word "points", "pts" or "SP"
 * in it ("Done pts", "Completed SP", "100% of story points"). */
bool imp_points_word(const char *h)
{
	static const char *const units[] = { "points", "point", "pts", "sp", NULL };
	return imp_has_word_of(h, units);
}

/*
 * A plan table's total row against its rows: "| **Total** | | **110** |
 * **55** |" over waves of 34 + 34 + 29 + 18 planned points is a stated sum
 * that disagrees (115).  Only where every row gives the column a figure.
 */
static void plan_total_row(imp *im, const table *t, size_t r, const char *nm,
			   const int col[2], const double sum[2],
			   const size_t summed[2], size_t rows)
{
	for (int k = 0; k < 2; k++) {
		double v;
		const char *c = col[k] >= 0 ? t->cell[r][col[k]] : "";
		if (col[k] < 0 || !rows || summed[k] != rows ||
		    prr_parse_points(c, strlen(c), &v) != 0)
			continue;
		/* ("Total SP" under "Total" is not "Total Total SP") */
		const char *h = t->head[col[k]];
		imp_add_claim(im, strncasecmp(h, nm, strlen(nm)) == 0 ? h
				  : imp_join(im, nm, " ", h),
			      imp_g_text(im, v), imp_g_text(im, sum[k]),
			      fabs(v - sum[k]) < 1e-9, t->line[r]);
	}
}

/*
 * A table of a plan's steps ("Sprint | Start Date | Planned SP | …"):
 * each row plans a wave — one the document already has by that name, or
 * a new one — with its points and window.  A total row is a stated sum,
 * audited with the others at the end.
 */
/* Whether every cell of column k is a count ("48"), one at least. */
static bool counts_column(const table *t, size_t k)
{
	size_t counts = 0;
	for (size_t r = 0; r < t->rows; r++) {
		double v;
		const char *c = t->cell[r][k];
		if (*c && (prr_parse_points(c, strlen(c), &v) != 0 || !isdigit((unsigned char)*c)))
			return false;
		counts += *c != 0;
	}
	return counts > 0;
}

void imp_table_sprint_words(table *t)
{
	static const char *const steps[] = { "cycle", "cycles", NULL };
	static const char *const committed[] = { "committed", "commitment",
		"forecast", NULL };
	if (imp_is_one_of(t->head[0], strlen(t->head[0]), steps))
		t->roles[0] = PRR_COL_WAVE;
	if (t->roles[0] != PRR_COL_WAVE || imp_col_of(t, PRR_COL_PLANNED) >= 0 ||
	    imp_col_of(t, PRR_COL_POINTS) >= 0)
		return;
	int planned = -1;
	for (size_t k = 1; k < t->cols && planned < 0; k++)
		if (imp_is_one_of(t->head[k], strlen(t->head[k]), committed) &&
		    counts_column(t, k))
			t->roles[planned = (int)k] = PRR_COL_PLANNED;
	/* (its "Done" of counts holds points, no status) */
	for (size_t k = 1; planned > 0 && k < t->cols; k++)
		if (t->roles[k] == PRR_COL_STATUS && done_words(t->head[k]) &&
		    counts_column(t, k))
			t->roles[k] = PRR_COL_POINTS;
}

void imp_table_plan_steps(imp *im, const table *t, int wave_col)
{
	int pts = imp_col_of(t, PRR_COL_PLANNED);
	if (pts < 0)
		pts = imp_col_of(t, PRR_COL_POINTS);
	/* "Story Points Completed" is what was done, not what was planned */
	if (pts >= 0 && done_words(t->head[pts]))
		pts = -1;
	/* "Done pts", "Completed SP" beside the planned: what was done */
	int done = -1;
	for (size_t c = 0; c < t->cols && done < 0; c++)
		if ((int)c != pts && (int)c != wave_col && done_words(t->head[c]) &&
		    (imp_points_word(t->head[c]) || counts_column(t, c)))
			done = (int)c;
	int start = imp_col_of(t, PRR_COL_START), end = imp_col_of(t, PRR_COL_END);
	/* the rows' planned and done points, summed for a total row */
	double sum[2] = { 0, 0 };
	size_t rows = 0, summed[2] = { 0, 0 };
	for (size_t r = 0; r < t->rows; r++) {
		const char *nm = t->cell[r][wave_col];
		if (*nm && imp_is_total_row(nm)) {
			plan_total_row(im, t, r, nm, (int[2]){ pts, done },
				       sum, summed, rows);
			continue;
		}
		if (!*nm)
			continue;
		rows++;
		for (int k = 0; k < 2; k++) {
			int c = k ? done : pts;
			double v;
			if (c >= 0 && prr_parse_points(t->cell[r][c],
						       strlen(t->cell[r][c]), &v) == 0) {
				sum[k] += v;
				summed[k]++;
			}
		}
		size_t wi = wave_named(im, nm);
		prr_wave *w = wi != NONE ? &im->r->waves[wi]
					 : new_wave(im, nm, t->line[r]);
		const char *key = wi == NONE ? step_key(im, nm) : NULL;
		if (key)
			prr_names_put(&im->table_steps, key, im->r->n_waves - 1);
		double p;
		const char *pc = pts >= 0 ? t->cell[r][pts] : "";
		if (!prr_has(w->planned_points) &&
		    prr_parse_points(pc, strlen(pc), &p) == 0)
			w->planned_points = p;
		pc = done >= 0 && pts >= 0 ? t->cell[r][done] : "";
		if (!prr_has(w->done_points) &&
		    prr_parse_points(pc, strlen(pc), &p) == 0)
			w->done_points = p;
		w->planned = true;
		if (!w->start)
			w->start = cell_date(im, t, r, start);
		if (!w->end)
			w->end = cell_date(im, t, r, end);
	}
}

/*
 * "AUTH-1: Login with SSO": a story's key before a colon (one word of at
 * most 16 bytes), put in *id; returns where the title begins (0 when
 * there is no key, *id left as it is).
 */
size_t imp_story_key(imp *im, const char *t, size_t n, const char **id)
{
	const char *colon = memchr(t, ':', n);
	size_t from, len;
	if ((!colon || colon - t > 16 || memchr(t, ' ', (size_t)(colon - t))) &&
	    prr_rec_finding_id(t, n, &from, &len) && from == 0 && len < n &&
	    t[len] == ' ') {
		/* "CHK-1 Structured logs", "PAY-7 — Retries" */
		*id = prr_arena_strndup(im->a, t, len);
		while (len < n && (t[len] == ' ' || t[len] == '-'))
			len++;
		if (n - len >= 3 && memcmp(t + len, "\xE2\x80\x94", 3) == 0)
			len += 3;
		while (len < n && t[len] == ' ')
			len++;
		return len < n ? len : 0;
	}
	if (!colon || colon - t > 16 || memchr(t, ' ', (size_t)(colon - t)))
		return 0;
	*id = prr_arena_strndup(im->a, t, (size_t)(colon - t));
	size_t at = (size_t)(colon + 1 - t);
	while (at < n && t[at] == ' ')
		at++;
	return at;
}

/*
 * "(5 pts)", "[3 SP]", "— 8 points" closing a task's text: its points,
 * and where the text ends without them. Returns whether it has them.
 */
static bool trailing_points(const char *t, double *points, size_t *end)
{
	static const char *const units[] = { "story points", "points",
		"point", "pts", "pt", "sp", NULL };
	size_t n = strlen(t);
	while (n && (t[n - 1] == ' ' || t[n - 1] == ')' || t[n - 1] == ']'))
		n--;
	for (int u = 0; units[u]; u++) {
		size_t k = strlen(units[u]);
		if (n < k + 2 || strncasecmp(t + n - k, units[u], k) != 0 ||
		    (t[n - k - 1] != ' ' && !(t[n - k - 1] >= '0' &&
					      t[n - k - 1] <= '9')))
			continue;
		size_t e = n - k;
		while (e && t[e - 1] == ' ')
			e--;
		size_t b = e;
		while (b && ((t[b - 1] >= '0' && t[b - 1] <= '9') ||
			     t[b - 1] == '.'))
			b--;
		if (b == e || prr_parse_points(t + b, e - b, points) < 0)
			return false;
		/* what opens the points: "(", "[", " - ", " — " */
		while (b && (t[b - 1] == ' ' || t[b - 1] == '(' ||
			     t[b - 1] == '[' || t[b - 1] == '-'))
			b--;
		if (b >= 3 && memcmp(t + b - 3, "\xE2\x80\x94", 3) == 0)
			b -= 3;
		while (b && t[b - 1] == ' ')
			b--;
		*end = b;
		return b > 0;
	}
	return false;
}

/*
 * A task list under a step of the plan whose tasks state their points
 * ("- [x] AUTH-1: Login with SSO (5 pts)" under "## Sprint 1"): the
 * step's stories, each done as its box says. Returns whether the list
 * was taken (then it is no checklist).
 */
bool imp_checklist_stories(imp *im, const prr_checklist *cl)
{
	if (!cl->n_items ||
	    (imp_wave_of_context(im) == NONE && wave_section(im) == NONE))
		return false; /* most task lists are under no step of a plan */
	size_t pointed = 0;
	double p;
	size_t end;
	for (size_t k = 0; k < cl->n_items; k++)
		pointed += trailing_points(cl->items[k].text, &p, &end);
	if (pointed * 2 < cl->n_items)
		return false;
	size_t wi = imp_wave_for_context(im, cl->line);
	prr_wave *w = &im->r->waves[wi];
	w->stories = imp_rows_grow(im, w->stories, w->n_stories,
			       imp_rows_cap(&im->story_cap, &im->n_story_cap, wi),
			       cl->n_items, sizeof *w->stories);
	for (size_t k = 0; k < cl->n_items; k++) {
		const prr_checkitem *it = &cl->items[k];
		prr_story *s = &w->stories[w->n_stories++];
		const char *t = it->text;
		s->points = PRR_NONE;
		size_t n = strlen(t);
		if (trailing_points(t, &p, &end)) {
			s->points = p;
			n = end;
		}
		size_t at = imp_story_key(im, t, n, &s->id);
		s->title = prr_arena_strndup(im->a, t + at, n - at);
		s->status = it->status;
		s->line = it->line;
	}
	return true;
}

/* "unplanned" as a word of its own in a step's heading ("## Wave 4 —
 * Launch prep (planned 18 pts, unplanned scope)"). */
static bool says_unplanned(const char *t)
{
	for (const char *p = t; p && *p; p++)
		if (strncasecmp(p, "unplanned", 9) == 0 &&
		    (p == t || !((p[-1] >= 'a' && p[-1] <= 'z') ||
				 (p[-1] >= 'A' && p[-1] <= 'Z'))) &&
		    !((p[9] >= 'a' && p[9] <= 'z') || (p[9] >= 'A' && p[9] <= 'Z')))
			return true;
	return false;
}

/*
 * "### Phase 2 — Dual publish (80 %)" over its stories and their points:
 * how far a step of the plan is, no score; its heading's dimension goes.
 */
static void drop_step_progress(imp *im)
{
	prr_review *r = im->r;
	if (!r->n_dimensions || !r->n_waves)
		return;
	int last = 0;
	for (size_t s = 0; s < r->n_sections; s++)
		last = r->sections[s].line > last ? r->sections[s].line : last;
	unsigned char *step = prr_arena_alloc(&im->tmp, (size_t)last + 1);
	unsigned char *pointed = prr_arena_alloc(&im->tmp, r->n_waves);
	for (size_t w = 0; w < r->n_waves; w++)
		for (size_t k = 0; k < r->waves[w].n_stories && !pointed[w]; k++)
			pointed[w] = prr_has(r->waves[w].stories[k].points);
	for (size_t s = 0; s < r->n_sections; s++)
		if (im->sx[s].wave && pointed[im->sx[s].wave - 1])
			step[r->sections[s].line] = 1;
	size_t kept = 0, before_tab = 0;
	for (size_t i = 0; i < r->n_dimensions; i++) {
		int ln = r->dimensions[i].line;
		if (ln > 0 && ln <= last && step[ln]) {
			before_tab += i < im->dims_tab_at;
			continue;
		}
		r->dimensions[kept++] = r->dimensions[i];
	}
	r->n_dimensions = kept;
	im->dims_tab_at -= before_tab;
}

/*
 * Once the document is read: each step's stated points and window go to
 * its wave (points are no mark of a plan: "### Phase 2 — Dual publish"
 * after "### Phase 1 — … (21/21 pts)" is planned too), a step whose
 * heading says "unplanned" is scope growth, and a plan that marks no wave
 * as planned (no "(Planned: …)", no planned column) is all plan, but for
 * those: unmarked waves are scope growth only where others are marked.
 */
void imp_resolve_waves(imp *im)
{
	prr_review *r = im->r;
	bool marked = false;
	for (size_t w = 0; w < r->n_waves; w++)
		marked |= r->waves[w].planned;
	if (!marked)
		for (size_t w = 0; w < r->n_waves; w++)
			r->waves[w].planned = true;
	for (size_t s = 0; s < r->n_sections; s++) {
		const secx *x = &im->sx[s];
		if (!x->wave)
			continue;
		prr_wave *w = &r->waves[x->wave - 1];
		if (x->has_points && !prr_has(w->planned_points))
			w->planned_points = x->points;
		if (says_unplanned(x->title))
			w->planned = false;
		if (!w->start)
			w->start = x->start;
		if (!w->end)
			w->end = x->end;
	}
	drop_step_progress(im);
}

/* "Total Waves | 6 | 8": planned figures to audit at the end. */
void imp_table_plan(imp *im, const table *t, int metric_col, int plan_col)
{
	for (size_t r = 0; r < t->rows; r++) {
		const char *m = t->cell[r][metric_col];
		const char *v = t->cell[r][plan_col];
		double num;
		if (prr_parse_points(v, strlen(v), &num) < 0)
			continue;
		int kind = imp_contains_ci(m, "wave") ? PEND_PLAN_WAVES
			   : imp_contains_ci(m, "point") ? PEND_PLAN_POINTS
			   : imp_contains_ci(m, "stor") ? PEND_PLAN_STORIES : -1;
		if (kind >= 0)
			imp_add_pending(im, kind, prr_arena_printf(im->a, "%s (planned)", m),
				    v, 0, 0, num, t->line[r]);
	}
}

/*
 * "**Requirements:**" over a list, under "### Phase 2: 1000-2000 Users (6
 * months)" of a "## Scaling Roadmap": what a later phase will need, its
 * ✅ a bullet, no work done.  The label, a phase's heading (not "(Current)",
 * "(Done)") and a heading above it of a plan or of the future; the list
 * after it is no checklist (imp_phase_needs).  And anywhere, a label alone
 * that says what should happen or what a decision needs ("**Expected
 * Result:**" over "- ✅ Zero hits in `src/`" / "- ❌ Any import =
 * blocker", "**Required for GO**:" over "1. Payments create accounts ✅"),
 * or the choices before a decision ("**Scenarios**:"), what a step does
 * ("**What This Does:**") or what a plan will give ("**By completion,
 * you'll have:**"): its marks say what should be, could be or will be,
 * not what was.
 */
void imp_phase_needs_lead(imp *im, const char *s, size_t n, int last_line)
{
	static const char *const needs[] = { "requirements", "requirement",
		"prerequisites", "required", "entry criteria", "exit criteria",
		"requisitos", "requisitos previos", "voraussetzungen",
		"anforderungen", "prérequis", "exigences", NULL };
	static const char *const ahead[] = { "roadmap", "future", "plan",
		"plans", "later", "scaling", NULL };
	static const char *const now[] = { "current", "now", "done",
		"complete", "completed", "today", NULL };
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*' || s[n - 1] == ':'))
		n--;
	while (n && (*s == '*' || *s == ' '))
		s++, n--;
	static const char *const expected[] = { "expected result",
		"expected results", "expected outcome", "expected outcomes",
		"expected behavior", "expected behaviour", "expected output",
		"expected outputs", "acceptance criteria",
		"required for go", "required for go-live", "resultado esperado",
		"resultados esperados", "erwartetes ergebnis",
		"résultat attendu",
		/* choices, not checks: "**Scenarios**:" over "- **Optimistic**
		 * (2 weeks): … ✅" */
		"scenarios", "options", "alternatives", "escenarios",
		"opciones", "szenarien",
		/* reasons for a choice: "**Why:**" over "- ✅ Fast to
		 * implement (2 hours)", "**Pros:**", "**Cons:**" */
		"why", "pros", "cons", "benefits", "advantages",
		"disadvantages", "rationale",
		/* what the issues cost: "**Estimated Impact:**" over "- 30%
		 * user drop-off due to poor UX" */
		"impact", "estimated impact", "business impact",
		"expected impact", "potential impact",
		/* what a step's script does when run: "**What This
		 * Does:**" over "- ✅ Validates Docker installation" */
		"what this does", "what it does", "what this script does",
		"what the script does", "what this step does",
		"this will", "this script will", "this step will",
		/* queries to try: "**Test Queries:**" over "1. ✅ \"Show …\"" */
		"test queries", "example queries", "sample queries", NULL };
	/* what a plan will give: "**By completion, you'll have:**" */
	static const char *const will[] = { " will have", "you'll have",
		"you\xE2\x80\x99ll have", "we'll have", NULL };
	static rec_vocab will_v = REC_VOCAB(will);
	if (imp_is_one_of(s, n, expected) || imp_contains_any(s, n, &will_v)) {
		im->needs_line = last_line;
		return;
	}
	if (!imp_is_one_of(s, n, needs) || im->n_hs < 2)
		return;
	const char *phase = imp_nearest_title(im);
	if (!imp_wave_heading(phase) || imp_has_word_of(phase, now))
		return;
	for (int k = im->n_hs - 2; k >= 0; k--)
		if (imp_has_word_of(im->hs[k].title, ahead)) {
			im->needs_line = last_line;
			return;
		}
}

bool imp_phase_needs(const imp *im, int first_line)
{
	return im->needs_line && first_line > im->needs_line &&
	       first_line <= im->needs_line + 2;
}

bool imp_wished_or_planned(imp *im)
{
	static const char *const plans[] = { "plan", "plans", "roadmap",
		NULL };
	static const char *const wishes[] = { "nice to have", "nice-to-have",
		"could have", "could-have", NULL };
	static rec_vocab wish_v = REC_VOCAB(wishes);
	const char *t = imp_nearest_title(im);
	size_t tn = strlen(t);
	bool blocking;
	/* (a wish only: not "### P3 — Nice to have", "## Minor Issues (Nice
	 * to Have)", findings of a level) */
	if (im->n_hs >= 1 && imp_contains_any_word(t, tn, &wish_v) &&
	    prr_rec_severity(t, tn, &blocking) == PRR_SEV_UNKNOWN &&
	    !prr_rec_finding_heading(t, tn)) {
		int up = 0;
		for (int k = im->n_hs - 2; k >= 0 && !up; k--)
			up = imp_kind_of(im, k);
		return up != 2;
	}
	if (im->n_hs < 2 || !imp_wave_heading(t))
		return false;
	for (int k = im->n_hs - 2; k >= 0; k--)
		if (imp_has_word_of(im->hs[k].title, plans))
			return true;
	return false;
}

/* A time a run takes, no effort to spend: its label or value, or the
 * heading over it, speaks of a run's time ("Total runtime: 5-10
 * minutes", "takes ~6 minutes per run", "Index rebuild: 38 min,
 * measured", "**Total**: ~6 minutes" under "### Step Timing Analysis"),
 * or of a duration in minutes ("Duration: 47 minutes"; not "Sprint
 * Duration: 1 week", "Expected Duration: 8-10 hours", a plan's); nor a
 * window after an event ("## Post-Launch (24h)"). */
/* "Post-Launch", "Post-deploy monitoring", "Hypercare": a window of time
 * after an event, to watch it, no effort (not "Post-launch fixes"). */
static bool window_label(const char *s, size_t n)
{
	static const char *const events[] = { "launch", "go-live", "golive",
		"deploy", "deployment", "release", "cutover", "migration",
		NULL };
	static const char *const watch[] = { "monitoring", "window",
		"period", "watch", "observation", "checks", "verification",
		NULL };
	while (n && !isalpha((unsigned char)*s))
		s++, n--;
	if (imp_starts_with_ci(s, n, "hypercare"))
		return true;
	if (n < 6 || strncasecmp(s, "post", 4) != 0 || (s[4] != '-' && s[4] != ' '))
		return false;
	size_t i = 5, e = i;
	while (e < n && (isalpha((unsigned char)s[e]) || s[e] == '-'))
		e++;
	if (!imp_is_one_of(s + i, e - i, events))
		return false;
	/* then nothing, or a word of watching */
	while (e < n && (s[e] == ' ' || s[e] == '*' || s[e] == ':'))
		e++;
	i = e;
	while (e < n && isalpha((unsigned char)s[e]))
		e++;
	return i == n || (e == n && imp_is_one_of(s + i, e - i, watch));
}

bool imp_run_time(imp *im, const char *label, const char *s, size_t n,
		  const char *unit)
{
	if (window_label(label, strlen(label)))
		return true; /* "## Post-Launch (24h)": a window */
	static const char *const words[] = { "runtime", "run time", "run-time",
		"latency", "takes", "took", "per run", "timing", "measured",
		/* a duration of configuration, no effort: "Redis TTL: 23h",
		 * "Token lifespan: ~24h", "Background refresh: every 20h" */
		"ttl", "lifespan", "lifetime", "interval", "timeout",
		"retention", "expiry", "every", NULL };
	/* (a heading's "latency" names a topic: "Checkout latency fixes") */
	static const char *const heads[] = { "runtime", "run time", "timing", NULL };
	static rec_vocab run_v = REC_VOCAB(words), head_v = REC_VOCAB(heads);
	const char *h = imp_nearest_title(im);
	return imp_contains_any_word(label, strlen(label), &run_v) ||
	       imp_contains_any_word(s, n, &run_v) ||
	       imp_contains_any_word(h, strlen(h), &head_v) ||
	       (strcmp(unit, "minutes") == 0 &&
		imp_contains_ci_n(label, strlen(label), "duration"));
}

/* "Option A: Job Queue + Worker", "**Option 2 — Rewrite**", "Step 3:
 * Cut over": a line that names one option or step, a letter or a number
 * after the word, then its name. */
static bool option_label(const char *s, size_t n)
{
	static const char *const words[] = { "option", "step", "alternative",
		"opción", "opção", NULL };
	while (n && (*s == '*' || *s == '_' || *s == ' '))
		s++, n--;
	size_t w = 0;
	while (w < n && (isalpha((unsigned char)s[w]) || (unsigned char)s[w] >= 0x80))
		w++;
	if (!w || w >= n || s[w] != ' ' || !imp_is_one_of(s, w, words))
		return false;
	size_t i = w + 1, d = i;
	while (i < n && isalnum((unsigned char)s[i]) && i - d < 3)
		i++;
	/* one letter or up to two digits, then ':', '.', ')' or a dash */
	bool letter = i - d == 1 && isupper((unsigned char)s[d]);
	bool digits = i > d && i - d <= 2 && isdigit((unsigned char)s[d]) &&
		      isdigit((unsigned char)s[i - 1]);
	return (letter || digits) && i < n &&
	       (s[i] == ':' || s[i] == '.' || s[i] == ')' || s[i] == ' ');
}

void imp_option_lead(imp *im, const char *s, size_t n, int last_line)
{
	if (n && n <= 100 && !memchr(s, '\n', n) && option_label(s, n)) {
		im->option_line = last_line;
		im->option_sec = im->cur_sec;
	}
}

bool imp_in_option(const imp *im, int line)
{
	return im->option_line && line > im->option_line &&
	       im->option_sec == im->cur_sec;
}

/* (import_int.h) */
bool imp_titled_estimate(imp *im, const char *s, size_t n, int line)
{
	static const char *const labels[] = { "est", "est.", "estimate",
		"estimated", "effort", "estimated effort", "time estimate", NULL };
	const char *end = s + n, *b, *e;
	while (s < end && *s == ' ')
		s++;
	if (end - s < 5 || strncmp(s, "**", 2) != 0)
		return false;
	b = s + 2;
	if (!(e = imp_find_ci_n(b, (size_t)(end - b), "**")) || e == b)
		return false;
	const char *p = e + 2;
	while (p < end && *p == ' ')
		p++;
	const char *close = p < end && *p == '(' ? memchr(p, ')', (size_t)(end - p)) : NULL;
	if (!close)
		return false;
	/* its clauses, split at ',' and ';': "Est: 30 min", "Priority: HIGH" */
	for (const char *c = p + 1, *ce; c < close; c = ce + 1) {
		for (ce = c; ce < close && *ce != ',' && *ce != ';'; ce++)
			;
		const char *colon = memchr(c, ':', (size_t)(ce - c)), *l = c;
		while (l < ce && *l == ' ')
			l++;
		size_t ln = colon ? (size_t)(colon - l) : 0;
		while (ln && l[ln - 1] == ' ')
			ln--;
		if (ln && imp_is_one_of(l, ln, labels))
			return imp_add_estimate(im, imp_clean(im, b, (size_t)(e - b)),
						colon + 1, (size_t)(ce - colon - 1), line);
	}
	return false;
}
