/* import_milestone.c - tables of milestones: when each is due, and
 * whether and when it was done. */
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_item.h"

#include <string.h>
#include <strings.h>

/* A milestone's status that says it is on its way, not done: "On
 * track", "Green", "Scheduled". */
static bool on_its_way(const char *s)
{
	static const char *const words[] = { "on track", "on schedule",
		"green", "scheduled", "planned", "confirmed", "in time",
		"a tiempo", "en bonne voie", "im plan", "no prazo", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	return imp_contains_any(s, strlen(s), &vocab);
}

/* Whether any cell of column k holds a day. */
static bool dated_column(imp *im, const table *t, size_t k)
{
	for (size_t r = 0; r < t->rows; r++)
		if (imp_find_date(im, t->cell[r][k], strlen(t->cell[r][k])))
			return true;
	return false;
}

/*
 * "Milestone | Planned | Now", "Baseline | Current forecast", "Original |
 * Revised", "Planned | Actual / forecast": a column of days after the
 * planned one that says when each is due now, or -1.
 */
static int current_column(imp *im, const table *t, int name_col, int eta,
			  int st)
{
	static const char *const later[] = { "now", "current", "forecast",
		"forecasted", "revised", "actual", "latest", "replanned", "new",
		"updated", NULL };
	static const char *const planned[] = { "planned", "plan", "baseline",
		"original", "target", "due", NULL };
	if (eta < 0 || !imp_has_word_of(t->head[eta], planned))
		return -1;
	for (size_t k = (size_t)eta + 1; k < t->cols; k++)
		if ((int)k != name_col && (int)k != st &&
		    imp_has_word_of(t->head[k], later) && dated_column(im, t, k))
			return (int)k;
	return -1;
}

/*
 * A milestone's cell of the current column: its day is when it is due
 * now ("2026-06-08" beside a planned "2026-05-25"), the planned day kept
 * as planned when it differs; "TBD": no day is due now, and the planned
 * day is still kept as planned.  A ✅ there, or a status column's done,
 * says it was done on that day (and the planned day stays its due).
 */
static void now_cell(imp *im, prr_milestone *m, const char *raw, bool status)
{
	const char *day = imp_find_date(im, raw, strlen(raw));
	bool known;
	if (!status)
		m->done = prr_status_from_marks(raw, strlen(raw), &known) == PRR_PASS &&
			  known && day;
	if (m->done) {
		m->done_date = day;
		if (!m->due)
			m->due = day;
	} else if (day || !imp_cell_blank(raw)) {
		if (m->due && (!day || strcmp(m->due, day) != 0))
			m->planned = m->due;
		m->due = day;
	}
}

/* "Completed", "Done on", "Erledigt am", "Closed": a header of the day
 * a milestone was done. */
static bool done_head(const char *h)
{
	static const char *const dones[] = { "completed", "done", "finished",
		"delivered", "actual", "erledigt", "terminé", "concluído",
		"completado", NULL };
	for (int w = 0; dones[w]; w++)
		if (imp_starts_with_ci(h, strlen(h), dones[w]))
			return true;
	return false;
}

/*
 * "SL-118 | Nomination sync misses … (High) | … | ❌ Open — blocks the
 * 40-practice rollout" among actions: a row keyed by a finding's ID whose
 * text ends with its severity in parentheses (as a finding's title does,
 * imp_item_title) is a finding, not a task.  The length of its title
 * before the tag, or 0.
 */
static size_t rated_row(const table *t, size_t r, int name_col)
{
	const char *key = t->cell[r][0], *c = t->cell[r][name_col];
	size_t n = strlen(c), at, len;
	if (name_col <= 0 || n < 4 || c[n - 1] != ')' ||
	    !prr_rec_finding_id(key, strlen(key), &at, &len) || at || key[len])
		return 0;
	const char *open = strrchr(c, '(');
	size_t k = open ? n - (size_t)(open - c) - 2 : 0, e = open ? (size_t)(open - c) : 0;
	bool blocking;
	if (!k || k > 24 || prr_rec_severity(open + 1, k, &blocking) == PRR_SEV_UNKNOWN)
		return 0;
	while (e && c[e - 1] == ' ')
		e--;
	return e;
}

/* The rows of t that are findings (rated_row), read as a findings table
 * whose severity column is their tags; whether there were any. */
static bool rated_findings(imp *im, const table *t, int name_col)
{
	if (imp_col_of(t, PRR_COL_SEVERITY) >= 0)
		return false;
	table f = *t;
	f.cols = t->cols + 1;
	f.rows = 0;
	f.head = prr_arena_array(&im->tmp, f.cols, sizeof *f.head);
	f.roles = prr_arena_array(&im->tmp, f.cols, sizeof *f.roles);
	memcpy(f.head, t->head, t->cols * sizeof *f.head);
	memcpy(f.roles, t->roles, t->cols * sizeof *f.roles);
	f.head[t->cols] = "Severity";
	f.roles[0] = PRR_COL_ID;
	f.roles[t->cols] = PRR_COL_SEVERITY;
	f.raw = prr_arena_array(&im->tmp, t->rows, sizeof *f.raw);
	f.cell = prr_arena_array(&im->tmp, t->rows, sizeof *f.cell);
	f.line = prr_arena_array(&im->tmp, t->rows, sizeof *f.line);
	for (size_t r = 0; r < t->rows; r++) {
		size_t e = rated_row(t, r, name_col);
		if (!e)
			continue;
		const char *c = t->cell[r][name_col], *open = strrchr(c, '(');
		const char **raw = prr_arena_array(&im->tmp, f.cols, sizeof *raw);
		const char **cell = prr_arena_array(&im->tmp, f.cols, sizeof *cell);
		memcpy(raw, t->raw[r], t->cols * sizeof *raw);
		memcpy(cell, t->cell[r], t->cols * sizeof *cell);
		cell[name_col] = prr_arena_strndup(im->a, c, e);
		cell[t->cols] = raw[t->cols] =
			prr_arena_strndup(&im->tmp, open + 1, strlen(open) - 2);
		f.raw[f.rows] = raw;
		f.cell[f.rows] = cell;
		f.line[f.rows++] = t->line[r];
	}
	if (f.rows)
		imp_table_findings(im, &f, name_col);
	return f.rows > 0;
}

/* "Since", "Raised", "Opened", "Origin": a header of the day an item was
 * raised or carried over from ("carried over from 2026-01-12"), not of
 * when it is due. */
static bool raised_head(const char *h)
{
	static const char *const words[] = { "since", "raised", "opened",
		"origin", "created", "logged", "reported", "carried", "added",
		NULL };
	return imp_has_word_of(h, words);
}

void imp_table_milestones(imp *im, const table *t, int name_col)
{
	/* its rows that are findings are none of its milestones */
	bool rated = rated_findings(im, t, name_col);
	int eta = imp_col_of(t, PRR_COL_ETA), st = imp_col_of(t, PRR_COL_STATUS);
	/* "Milestone | Date | Status": a plain date column is when; so is
	 * "Target", "Planned" or "Baseline" of days, and a column of days
	 * whose header names nothing else ("Data prevista", "时间") */
	static const char *const planned[] = { "planned", "baseline",
		"original", NULL };
	for (size_t k = 0; eta < 0 && k < t->cols; k++)
		if ((int)k != name_col && !raised_head(t->head[k]) &&
		    (prr_rec_date_label(t->head[k], strlen(t->head[k])) > 0 ||
		     ((t->roles[k] == PRR_COL_PLANNED ||
		       (t->roles[k] == PRR_COL_OTHER && !done_head(t->head[k]) &&
			!imp_starts_with_ci(t->head[k], strlen(t->head[k]), "closed")) ||
		       imp_has_word_of(t->head[k], planned)) && t->rows &&
		      imp_find_date(im, t->cell[0][k], strlen(t->cell[0][k])))))
			eta = (int)k;
	int now = current_column(im, t, name_col, eta, st);
	/* "Completed", "Done on", "Erledigt am": the day it was done */
	int dn = -1;
	for (size_t k = 0; dn < 0 && k < t->cols; k++)
		if ((int)k != eta && (int)k != st && (int)k != now &&
		    done_head(t->head[k]))
			dn = (int)k;
	for (size_t r = 0; r < t->rows; r++) {
		if (!*t->cell[r][name_col] || (rated && rated_row(t, r, name_col)))
			continue;
		prr_milestone *m = PUSH(im, milestones);
		m->name = t->cell[r][name_col];
		if (eta >= 0)
			m->due = imp_find_date(im, t->cell[r][eta], strlen(t->cell[r][eta]));
		if (dn >= 0)
			m->done_date = imp_find_date(im, t->cell[r][dn], strlen(t->cell[r][dn]));
		if (st >= 0) {
			bool known;
			m->done = prr_status_from_text(t->raw[r][st], strlen(t->raw[r][st]), &known) == PRR_PASS &&
				  !on_its_way(t->cell[r][st]);
		}
		/* (a day done stated with no status says it is done) */
		if (st < 0 && m->done_date)
			m->done = true;
		if (now >= 0)
			now_cell(im, m, t->raw[r][now], st >= 0);
		if (!m->done)
			m->done_date = NULL;
		m->line = t->line[r];
	}
}

bool imp_table_milestone_head(const table *t)
{
	static const char *const words[] = { "milestone", "milestones", "hito",
		"hitos", "meilenstein", "jalon", "marco", "マイルストーン",
		"里程碑", "mijlpaal", "mijlpalen", "kamień milowy",
		"kamienie milowe", NULL };
	/* a phase with its day: "Fase | Data | Stato", "阶段 | 时间 | 状态"
	 * (Italian, Portuguese, Spanish, Chinese); not "Fase | Itens" */
	static const char *const phases[] = { "fase", "fasi", "阶段", NULL };
	/* (after a number: "# | Milestone | Planned | Actual / forecast") */
	size_t lead = t->roles[0] == PRR_COL_ID && t->cols > 2 ? 1 : 0;
	prr_date_hit day;
	for (int i = 0; words[i]; i++)
		if (strcasecmp(t->head[lead], words[i]) == 0)
			return t->cols >= 2 + lead;
	for (int i = 0; phases[i]; i++)
		if (strcasecmp(t->head[lead], phases[i]) == 0 && t->rows)
			for (size_t k = lead + 1; k < t->cols; k++)
				if (prr_rec_date_find(t->cell[0][k], strlen(t->cell[0][k]), &day) &&
				    day.prec == PRR_DATE_DAY)
					return true;
	return false;
}
