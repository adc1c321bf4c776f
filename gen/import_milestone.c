/* import_milestone.c - tables and lists of milestones (and of dated
 * actions): when each is due, and whether and when it was done. */
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_item.h"

#include <string.h>
#include <strings.h>

/* A milestone's status that says it is on its way, not done: "On
 * track", "Green", "Scheduled"; one that opens with "Approved" (a mark
 * before it aside) gives the step its go-ahead, no work done ("| 10 %
 * of traffic | 2026-07-20 | Approved |"), unless it says done too. */
static bool on_its_way(const char *s, size_t n)
{
	static const char *const words[] = { "on track", "on schedule",
		"green", "scheduled", "planned", "confirmed", "in time",
		"a tiempo", "en bonne voie", "im plan", "no prazo", NULL };
	static const char *const approved[] = { "approved", "aprobado",
		"aprovado", "approvato", "approuvé", "genehmigt", NULL };
	static const char *const dones[] = { "done", "complete", "finished",
		"shipped", "rolled out", NULL };
	static rec_vocab vocab = REC_VOCAB(words), dones_v = REC_VOCAB(dones);
	size_t i = 0;
	while (i < n && i < 8 && !((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
		i++;
	return imp_contains_any(s, n, &vocab) || imp_ready_not_done(s, n) ||
	       (imp_starts_with_word(s + i, n - i, approved) &&
		!imp_contains_any(s, n, &dones_v));
}

/* Whether s[0..n), after a day, makes it the first of two: "→
 * 2026-02-13", "– 13 Feb 2026", "to 2026-02-13". */
static bool window_from(imp *im, const char *s, size_t n)
{
	size_t i = strspn(s, " "), d;
	if (i + 3 <= n && memcmp(s + i, "\xE2\x86\x92", 3) == 0)
		i += 3;
	else if (i + 2 <= n && (memcmp(s + i, "->", 2) == 0 ||
				strncasecmp(s + i, "to", 2) == 0))
		i += 2;
	else if (i < n && (d = imp_dash_len(s + i, n - i)))
		i += d;
	else
		return false;
	prr_date_hit hit;
	i += strspn(s + i, " ");
	return imp_date_find(im, s + i, n - i, &hit) && hit.at == 0;
}

/* "15 July 2026: go-live deadline", "**2026-07-01** — review": an item
 * that opens with its day, a colon or a dash, then what is due on it;
 * where that name begins, or 0. */
static size_t day_first(const char *s, size_t n, const prr_date_hit *hit)
{
	if (hit->at > 2)
		return 0;
	size_t i = hit->at + hit->len, d;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	if (i < n && s[i] == ':')
		d = 1;
	else if (!(d = i < n ? imp_dash_len(s + i, n - i) : 0))
		return 0;
	for (i += d; i < n && s[i] == ' ';)
		i++;
	return i < n ? i : 0;
}

/*
 * A list of actions to come, each with its day: under a heading of
 * actions ("Follow-ups", "Next steps", "Action items", "Open actions",
 * "Prochaines étapes", "Próximos passos"), every item names something and
 * then a day ("Comms to customers — @ana — 2026-11-21", "Restore test,
 * due 19 Oct 2026"); so is a list under a heading of milestones or of a
 * plan ("Milestones", "Key dates", "Plan", "Roadmap": "EU tenants live —
 * **2026-05-13**").  A list of what was done ("Released — 2026-10-01")
 * under any other heading is not one; nor is an item whose day opens a
 * window ("Release (2026-02-02 → 2026-02-13)"), not a day due, but for
 * a step of the plan's ("Wave 1 (2026-02-02 → 2026-02-13): …", a wave).
 */
bool imp_dated_actions(imp *im, const item *items, size_t n)
{
	static const char *const words[] = { "follow-up", "follow up",
		"next step", "action item", "open action", "actions", "to do",
		"todo", "prochaines étapes", "próximos passos",
		"próximos pasos", "nächste schritte",
		/* Swedish, Danish, Norwegian, Finnish, Czech, Ukrainian,
		 * Hebrew, Indonesian, Hungarian, Romanian, Arabic, Greek,
		 * Thai */
		"åtgärder", "uppföljning", "nästa steg", "handlinger",
		"opfølgning", "oppfølging", "næste skridt", "neste steg",
		"jatkotoimet", "toimenpiteet", "další kroky", "úkoly",
		"наступні кроки", "дії", "משימות המשך", "צעדים הבאים",
		"tindak lanjut", "langkah selanjutnya", "intézkedések",
		"következő lépések", "teendők", "acțiuni", "pașii următori",
		"الخطوات التالية", "الإجراءات", "المتابعة", "επόμενα βήματα",
		"ενέργειες", "งานที่ต้องทำต่อ", "ขั้นตอนถัดไป",
		/* a plan's milestones ("## Milestones", "## Key dates") */
		"milestone", "key date", "hitos", "meilenstein", "jalons",
		"mijlpa", "marcos do", "kamienie milowe", "マイルストーン",
		"里程碑", NULL };
	static const char *const plans[] = { "plan", "roadmap", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	const char *t = imp_nearest_title(im);
	if (!imp_contains_any(t, strlen(t), &vocab) && !imp_has_word_of(t, plans))
		return false;
	for (size_t k = 0; k < n; k++) {
		prr_date_hit hit;
		if (!imp_date_find(im, items[k].raw, items[k].raw_n, &hit) ||
		    hit.prec != PRR_DATE_DAY ||
		    (hit.at < 3 && !day_first(items[k].raw, items[k].raw_n, &hit)) ||
		    (window_from(im, items[k].raw + hit.at + hit.len,
				 items[k].raw_n - hit.at - hit.len) &&
		     !imp_wave_line(im, items[k].raw, items[k].raw_n, 0, false)))
			return false;
	}
	return true;
}

/* An action's name: its text before the day, without the separators,
 * words and owner that lead to it ("— @lee —", ", due", "by"). */
static const char *action_name(imp *im, const char *s, size_t at)
{
	static const char *const lead[] = { "due", "by", "on", "until",
		"before", "senast", "innan", "inden", "innen", "do", "до",
		"עד", "sampai", "până", "έως", "قبل", "ภายใน", NULL };
	size_t e = at;
	for (bool more = true; more && e;) {
		more = false;
		while (e && strchr(" ,:;(-*", s[e - 1]))
			e--, more = true;
		if (e >= 3 && (rec_cp_is(s, e, e - 3, 0x2014) ||
			       rec_cp_is(s, e, e - 3, 0x2013)))
			e -= 3, more = true; /* — – */
		for (int i = 0; lead[i]; i++) {
			size_t k = strlen(lead[i]);
			if (e > k && s[e - k - 1] == ' ' &&
			    strncasecmp(s + e - k, lead[i], k) == 0)
				e -= k, more = true;
		}
		/* its owner: "— @lee —" */
		size_t w = e;
		while (w && s[w - 1] != ' ' && s[w - 1] != '@')
			w--;
		if (w && s[w - 1] == '@' && w - 1 > 0 && s[w - 2] == ' ')
			e = w - 1, more = true;
	}
	return imp_clean(im, s, e);
}

/*
 * The items of such a list as milestones (a step's window a wave): each
 * named by its text before its day, due on that day; done where a mark or
 * a word after it says so ("— **2026-05-13** ✅ done", "— 2026-02-24 —
 * done"; not "✅ on track"); first planned on the day it says it was
 * ("2026-04-14 (was 2026-03-31)").
 */
void imp_list_milestones(imp *im, const item *items, size_t n)
{
	static const char *const was[] = { "was", "previously", "originally",
		NULL };
	for (size_t k = 0; k < n; k++) {
		const item *it = &items[k];
		prr_date_hit hit, prev;
		if (imp_wave_line(im, it->raw, it->raw_n, it->line, true))
			continue;
		imp_date_find(im, it->raw, it->raw_n, &hit);
		prr_milestone *m = PUSH(im, milestones);
		m->name = action_name(im, it->raw, hit.at);
		m->due = prr_arena_strdup(im->a, hit.date);
		m->line = it->line;
		/* "15 July 2026: go-live deadline": named by what follows its
		 * day, done by its mark */
		size_t named = day_first(it->raw, it->raw_n, &hit);
		if (named) {
			size_t e = it->raw_n; /* (its full stop left off) */
			while (e > named + 1 && (it->raw[e - 1] == ' ' ||
						 (it->raw[e - 1] == '.' && it->raw[e - 2] != '.')))
				e--;
			m->name = imp_clean(im, it->raw + named, e - named);
			m->done = it->marks_known && it->marks == PRR_PASS;
			continue;
		}
		const char *after = it->raw + hit.at + hit.len;
		size_t an = it->raw_n - hit.at - hit.len, b = 0, e = an;
		/* what follows the day, its separators and stops trimmed */
		while (b < e && strchr(" *_,;:(-", after[b]))
			b++;
		if (e - b >= 3 && (rec_cp_is(after, e, b, 0x2014) ||
				   rec_cp_is(after, e, b, 0x2013)))
			b += 3;
		while (e > b && strchr(" *_.)", after[e - 1]))
			e--;
		bool known;
		m->done = ((it->marks_known && it->marks == PRR_PASS) ||
			   (prr_status_from_text(after + b, e - b, &known) == PRR_PASS &&
			    known)) &&
			  !on_its_way(after, an);
		if (imp_date_find(im, after, an, &prev) && prev.prec == PRR_DATE_DAY &&
		    strcmp(prev.date, m->due) != 0 &&
		    imp_has_word_of(prr_arena_strndup(im->a, after, prev.at), was))
			m->planned = prr_arena_strdup(im->a, prev.date);
	}
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
		"original", "target", "due", "was", NULL };
	if (eta < 0 || !imp_has_word_of(t->head[eta], planned))
		return -1;
	for (size_t k = (size_t)eta + 1; k < t->cols; k++)
		if ((int)k != name_col && (int)k != st &&
		    imp_has_word_of(t->head[k], later) && dated_column(im, t, k))
			return (int)k;
	return -1;
}

/* "done (failed, see BSSO-77)", "Completed 2026-03-05": a current cell
 * that opens with a word of done says the milestone happened, whatever
 * came of it (30-10's failed dress rehearsal was "planned …, no day due
 * now"); not "Done by 2026-03-20", a day it is due. */
static bool said_done(const char *s)
{
	static const char *const dones[] = { "done", "completed", "complete",
		"finished", "delivered", NULL };
	static const char *const due[] = { "by", "until", "before", NULL };
	size_t n = strlen(s), i = strspn(s, " *_");
	if (!imp_starts_with_word(s + i, n - i, dones))
		return false;
	while (i < n && imp_letter_byte((unsigned char)s[i]))
		i++;
	i += strspn(s + i, " *_");
	return !imp_starts_with_word(s + i, n - i, due);
}

/*
 * A milestone's cell of the current column: its day is when it is due
 * now ("2026-06-08" beside a planned "2026-05-25"), the planned day kept
 * as planned when it differs; "TBD": no day is due now, and the planned
 * day is still kept as planned.  A ✅ there, or a status column's done,
 * says it was done on that day (a word of done opening it says it was
 * done, on its day if it names one) (and the planned day stays its due).  A
 * day in a column of days done ("Planned | Forecast | Done") says when
 * it was done: the current column is then when it was due.
 */
static void now_cell(imp *im, prr_milestone *m, const char *raw, bool status,
		     bool done_day)
{
	const char *day = imp_find_date(im, raw, strlen(raw));
	bool known;
	if (!status && !done_day)
		m->done = (prr_status_from_marks(raw, strlen(raw), &known) == PRR_PASS &&
			   known && day) || said_done(raw);
	if (m->done && !done_day) {
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

/* Whether every cell of column k is a number ("1", "2.1") or empty, and
 * one at least is. */
static bool numbered_column(const table *t, size_t k)
{
	size_t numbers = 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][k];
		size_t d = strspn(c, "0123456789.");
		if (c[d])
			return false;
		numbers += d > 0;
	}
	return numbers > 0;
}

/* "## Timeline so far", "## History", "## What happened": a heading that
 * says the events under it have happened. */
static bool happened_heading(const imp *im)
{
	static const char *const words[] = { "history", "happened",
		"completed", "done", "past", "achieved", NULL };
	const char *h = im->cur_sec == NONE ? NULL : im->sx[im->cur_sec].title;
	return h && (imp_has_word_of(h, words) || imp_contains_ci(h, "so far") ||
		     imp_contains_ci(h, "to date"));
}

void imp_table_milestones(imp *im, const table *t, int name_col)
{
	/* "Fase | Qué | Fecha" of 1, 2: each named by the words beside its
	 * number, not "1" (where they are words, not days); "Time | Task |
	 * Owner | Status" of "08:00" by its task beside the time */
	bool clocked = (size_t)name_col + 1 < t->cols &&
		       imp_table_clock_column(t, (size_t)name_col);
	if ((size_t)name_col + 1 < t->cols &&
	    (numbered_column(t, (size_t)name_col) || clocked) &&
	    !numbered_column(t, (size_t)name_col + 1) &&
	    !dated_column(im, t, (size_t)name_col + 1))
		name_col++;
	else
		clocked = false;
	/* its rows that are findings are none of its milestones */
	bool rated = rated_findings(im, t, name_col), happened = happened_heading(im);
	/* "Stage | Traffic | Earliest start | Status": a stage approved
	 * may start, it is not done */
	static const char *const stages[] = { "stage", "stages", NULL };
	static const char *const approvals[] = { "approved", "approval", NULL };
	bool staged = imp_is_one_of(t->head[name_col], strlen(t->head[name_col]), stages);
	int eta = imp_col_of(t, PRR_COL_ETA), st = imp_col_of(t, PRR_COL_STATUS);
	/* "Milestone | Date | Status": a plain date column is when; so is
	 * "Target", "Planned" or "Baseline" of days, and a column of days
	 * whose header names nothing else ("Data prevista", "时间") */
	static const char *const planned[] = { "planned", "baseline",
		"original", "was", NULL };
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
	/* "Completed", "Done on", "Erledigt am": the day it was done (a
	 * status column headed "Done" of days too) */
	int dn = -1;
	for (size_t k = 0; dn < 0 && k < t->cols; k++)
		if ((int)k != eta && (int)k != now && done_head(t->head[k]))
			dn = (int)k;
	for (size_t r = 0; r < t->rows; r++) {
		/* (a row without its time goes on with the one above) */
		if (!*t->cell[r][name_col] || (rated && rated_row(t, r, name_col)) ||
		    (clocked && !*t->cell[r][name_col - 1]))
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
				  !on_its_way(t->cell[r][st], strlen(t->cell[r][st])) &&
				  !(staged && imp_has_word_of(t->cell[r][st], approvals));
			/* "| Done |" over "2026-08-11": done on that day */
			if (st == dn && !known && m->done_date)
				m->done = true;
		}
		/* (a day done stated with no status says it is done; so does
		 * a heading of what happened, "## Timeline so far" over "|
		 * Event | Date |", of a day not after the review's) */
		if (st < 0 && m->done_date)
			m->done = true;
		if (st < 0 && dn < 0 && m->due && happened &&
		    !(im->date_best[0] && strcmp(m->due, im->date_best) > 0))
			m->done = true;
		if (now >= 0)
			now_cell(im, m, t->raw[r][now], st >= 0,
				 dn >= 0 && m->done_date);
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
