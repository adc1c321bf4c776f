/* import_table_kinds.c - tables of particular kinds: matrices of checks
 * by components (turned a quarter), logs of decisions, actions that
 * block, controls and experiments keyed by ID (risks: import_table_risks.c),
 * findings;
 * see import_int.h ("table kinds"). */
#include "import_denials.h"
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_item.h"
#include "prr/rec_verdict.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Whether the headers of `t`'s columns of marks name parts
 * ("prod-euw1", "MQTT bridge", "Networking"), not days or rounds of the
 * rows ("12 March", "Review #1", "2025 level", "Q1 2026") nor states of
 * them ("Documented", "Verified by code", "Before", "Target"); nor
 * environments ("Dev", "Prod") unless `envs`. */
static bool marks_name_parts(const imp *im, const table *t, bool envs)
{
	static const char *const states[] = { "before", "after", "avant",
		"après", "previous", "current", "now", "today", "target",
		"baseline", "review", "orr", "round", "sprint", "week", "month",
		"level", "trend", "change", "delta", "status", "state", "score",
		"rating", "result", "done", "ready", "overall", "total", "yes",
		"no", "partial", NULL };
	/* environments the rows are checked in ("Area | Dev | Staging |
	 * Prod"): the areas are the parts */
	static const char *const env_words[] = { "dev", "development", "test",
		"qa", "uat", "staging", "stage", "preprod", "pre-prod", "prod",
		"production", "live", "sandbox", "dr", NULL };
	size_t parts = 0;
	for (size_t k = 1; k < t->cols; k++) {
		const char *h = t->head[k];
		size_t n = strlen(h), w = 0;
		if (!imp_table_marked_column(im, t, k))
			continue;
		while (w < n && imp_letter_byte((unsigned char)h[w]))
			w++;
		if (!n || isdigit((unsigned char)h[0]) || strchr(h, '#') ||
		    prr_rec_date_period(h, n) || imp_has_word_of(h, states) ||
		    (!envs && imp_is_one_of(h, n, env_words)) ||
		    (w > 3 && strncasecmp(h + w - 2, "ed", 2) == 0))
			return false;
		parts++;
	}
	return parts >= 2;
}

/* A matrix whose rows are categories and columns components: its first
 * header names what a row checks ("Check | iOS | Android | Web",
 * "Category | Query API | Indexer", "Rule | Level | cart-service | …");
 * "Area", "Practice" or "Capability" too when the other headers name
 * parts ("Area | MQTT bridge | Stream processor", not "Area | 12 March |
 * 26 March"). ("Aspect | Documented | Verified" may be either: its rows
 * stay components; "Test | Rev A | Rev B" names tests by a word that, as
 * a column's ("Flow | Tests"), holds no check.) */
bool imp_table_transposed(const imp *im, const table *t)
{
	static const char *const rules[] = { "rule", "rules", "regel",
		"règle", "regla", "regra", "test", "test case", NULL };
	static const char *const areas[] = { "area", "areas", "área",
		"practice", "practices", "capability", "capabilities", NULL };
	if (t->roles[0] == PRR_COL_ITEM)
		return true;
	/* "Suite | linux/amd64 | darwin/arm64", "Scenario | Staging |
	 * Prod": the suites run on each platform or environment, checks
	 * of it, as a test's */
	static const char *const suites[] = { "suite", "suites", "test suite",
		"test suites", "scenario", "scenarios", "test scenario",
		"test scenarios", NULL };
	if (imp_is_one_of(t->head[0], strlen(t->head[0]), areas))
		return marks_name_parts(im, t, false);
	if (imp_is_one_of(t->head[0], strlen(t->head[0]), suites))
		return marks_name_parts(im, t, true);
	if (t->roles[0] == PRR_COL_CATEGORY)
		return !imp_starts_with_ci(t->head[0], strlen(t->head[0]), "area") &&
		       !imp_starts_with_ci(t->head[0], strlen(t->head[0]), "área");
	for (size_t i = 0; rules[i]; i++)
		if (strcasecmp(t->head[0], rules[i]) == 0)
			return true;
	return false;
}

/* `t` turned a quarter, into `out` (in im->tmp): a row per column of
 * marks, named by its header, a column per row of `t` but its totals and
 * verdict ("Overall"); every cell at the line of the header. */
void imp_table_transpose(imp *im, const table *t, table *out)
{
	size_t *keep_rows = prr_arena_array(&im->tmp, t->rows + 1, sizeof *keep_rows);
	size_t *keep_cols = prr_arena_array(&im->tmp, t->cols, sizeof *keep_cols);
	size_t nr = 0, nc = 0;
	for (size_t r = 0; r < t->rows; r++)
		if (!imp_cell_blank(t->cell[r][0]) && !imp_is_total_row(t->cell[r][0]) &&
		    !imp_starts_with_ci(t->cell[r][0], strlen(t->cell[r][0]), "overall"))
			keep_rows[nr++] = r;
	for (size_t k = 1; k < t->cols; k++)
		if (imp_table_marked_column(im, t, k))
			keep_cols[nc++] = k;
	out->rows = nc;
	out->cols = nr + 1;
	out->first_line = t->first_line;
	out->head = prr_arena_array(&im->tmp, out->cols, sizeof *out->head);
	out->roles = prr_arena_array(&im->tmp, out->cols, sizeof *out->roles);
	out->raw = prr_arena_array(&im->tmp, nc + 1, sizeof *out->raw);
	out->cell = prr_arena_array(&im->tmp, nc + 1, sizeof *out->cell);
	out->line = prr_arena_array(&im->tmp, nc + 1, sizeof *out->line);
	out->head[0] = t->head[0];
	out->roles[0] = PRR_COL_NAME;
	for (size_t j = 0; j < nr; j++) {
		out->head[j + 1] = t->cell[keep_rows[j]][0];
		out->roles[j + 1] = PRR_COL_OTHER;
	}
	for (size_t i = 0; i < nc; i++) {
		size_t k = keep_cols[i];
		out->raw[i] = prr_arena_array(&im->tmp, out->cols, sizeof **out->raw);
		out->cell[i] = prr_arena_array(&im->tmp, out->cols, sizeof **out->cell);
		out->raw[i][0] = out->cell[i][0] = t->head[k];
		for (size_t j = 0; j < nr; j++) {
			out->raw[i][j + 1] = t->raw[keep_rows[j]][k];
			out->cell[i][j + 1] = t->cell[keep_rows[j]][k];
		}
		out->line[i] = t->first_line;
	}
}

bool imp_table_id_keys(const table *t)
{
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][0];
		size_t at, len;
		if (!prr_rec_finding_id(c, strlen(c), &at, &len) || at || c[len])
			return false;
	}
	return t->rows > 0 && t->cols > 1;
}

bool imp_table_options(const table *t)
{
	static const char *const options[] = { "option", "options",
		"option considered", "options considered", "alternative",
		"alternatives", "choice", "choices", "course of action",
		"opción", "opção", NULL };
	/* (not "Scenario | Result": scenarios tested are checks) */
	return t->cols > 1 && imp_is_one_of(t->head[0], strlen(t->head[0]), options);
}

/* A column of products of likelihood and impact ("3×4=12"). */
static bool risk_scores(const table *t, size_t k)
{
	size_t products = 0;
	for (size_t r = 0; r < t->rows; r++)
		products += strstr(t->cell[r][k], "\xC3\x97") != NULL || /* × */
			    strchr(t->cell[r][k], '=') != NULL;
	return products * 2 > t->rows;
}

void imp_table_unscored(const imp *im, table *t)
{
	/* a risk register's "Score" of "3×4=12" is how risky each risk
	 * is, no readiness score */
	imp_table_risk_kinds(im, t); /* "Risk Category | Probability | …" */
	int c = imp_col_of(t, PRR_COL_RISK);
	if (c >= 0 && imp_table_worded_column(t, (size_t)c) &&
	    (c = imp_col_of(t, PRR_COL_SCORE)) >= 0 && risk_scores(t, (size_t)c))
		t->roles[c] = PRR_COL_OTHER;
	/* "Before | After | Grade" of "⬆️ +30%": each row's change */
	if ((c = imp_col_of(t, PRR_COL_SCORE)) > 0 && imp_table_change_column(t, (size_t)c))
		t->roles[c] = PRR_COL_OTHER;
	/* "Area | Rating" of Green, Amber, Red or 🟢, no figure in it: a
	 * status each, no score */
	if ((c = imp_col_of(t, PRR_COL_SCORE)) > 0 && imp_col_of(t, PRR_COL_STATUS) < 0 &&
	    imp_table_marked_column(im, t, (size_t)c)) {
		bool figures = false;
		for (size_t r = 0; r < t->rows && !figures; r++)
			figures = imp_has_digit(t->cell[r][c], strlen(t->cell[r][c]));
		if (!figures)
			t->roles[c] = PRR_COL_STATUS;
	}
}

static bool people_rows(const table *t, size_t lead);

/* The first column headed by a date label, in *date, and the first other
 * column whose header `is_other` takes, in *other; -1 where none is. */
static void date_and_column(const table *t, bool (*is_other)(const char *, size_t),
			    int *date, int *other)
{
	*date = *other = -1;
	for (size_t k = 0; k < t->cols; k++) {
		size_t hn = strlen(t->head[k]);
		if (*date < 0 && prr_rec_date_label(t->head[k], hn) > 0)
			*date = (int)k;
		else if (*other < 0 && is_other(t->head[k], hn))
			*other = (int)k;
	}
}

/* "Decision", "Verdict": a header that names the verdict. */
static bool verdict_head(const char *h, size_t n)
{
	return prr_rec_verdict_label(h, n) == 2;
}

/* "Version", "Rev": a header of a document's versions. */
static bool version_head(const char *h, size_t n)
{
	static const char *const versions[] = { "version", "ver", "rev",
		"revision", "versión", "versão", "versione", "versie", "fassung",
		NULL };
	return imp_is_one_of(h, n, versions);
}

/* "| Date | Decision | Decided by |" with a row per meeting: the latest
 * row's decision is the document's when it is of the review's day (the
 * earlier ones its history); whether t is such a log.  A row per person who signed ("| Role |
 * Name | Decision | Date |", "| Ruolo | Nome | Parere | Data |") is a
 * record of their votes, not the review's verdict. */
bool imp_table_decision_log(imp *im, const table *t)
{
	if (people_rows(t, t->roles[0] == PRR_COL_ID && t->cols > 1 ? 1 : 0))
		return false;
	int dc, vc;
	date_and_column(t, verdict_head, &dc, &vc);
	if (dc < 0 || vc < 0 || t->rows < 2)
		return false;
	char best[11] = "";
	size_t at = t->rows;
	for (size_t r = 0; r < t->rows; r++) {
		prr_date_hit hit;
		const char *c = t->cell[r][dc];
		if (imp_date_find(im, c, strlen(c), &hit) && hit.prec == PRR_DATE_DAY &&
		    strcmp(hit.date, best) > 0) {
			memcpy(best, hit.date, sizeof best);
			at = r;
		}
	}
	if (at < t->rows && *t->cell[at][vc])
		imp_head_logged_decision(im, best, t->cell[at][vc], t->line[at]);
	return true;
}

/*
 * "| Scope | Decision |" under "## Decision" with a row per part ("Ring 0
 * and Ring 1 | GO", "Ring 2 | GO, if …", "Ring 3 | Hold"), or "| # |
 * Decision |" of decisions by wave: the levels its rows state (two at
 * least; rows of no level aside) are the document's verdict, partial
 * when they differ.  (A log of
 * decisions by date is imp_table_decision_log's.)
 */
void imp_table_scoped_decisions(imp *im, const table *t)
{
	const char *title = imp_nearest_title(im);
	/* (rows of services or components, "| payments-api | Priya | GO
	 * |", are parts: their verdicts are their own states, not the
	 * document's, however the heading above reads; so are areas',
	 * "| Tenant isolation | **READY** |", after a number too: "| 2 |
	 * Domain & SSL | **PARTIAL** |") */
	size_t lead = t->roles[0] == PRR_COL_ID && t->cols > 2 ? 1 : 0;
	if (t->rows < 2 || t->rows > 12 || !title || t->roles[lead] == PRR_COL_NAME ||
	    t->roles[lead] == PRR_COL_CATEGORY ||
	    !(imp_head_decides(title) || imp_head_concluding(title)))
		return;
	int vc = -1;
	for (size_t k = 0; k < t->cols; k++) {
		size_t hn = strlen(t->head[k]);
		if (prr_rec_date_label(t->head[k], hn) > 0)
			return;
		if (vc < 0 && k > 0 && prr_rec_verdict_label(t->head[k], hn) == 2)
			vc = (int)k;
	}
	/* (nor are a scorecard's rows, "| Platform | Security | Stability
	 * | Overall |" of marks: each row's overall is its own) */
	size_t marked = 0;
	for (size_t k = 1; vc > 0 && k < t->cols; k++)
		marked += (int)k != vc && imp_table_marked_column(im, t, k);
	if (vc < 0 || marked >= 2)
		return;
	/* (… nor areas after a row's number: "| # | Area | Verdict |") */
	for (int k = 1; k < vc; k++)
		if (t->roles[k] == PRR_COL_NAME || t->roles[k] == PRR_COL_CATEGORY ||
		    t->roles[k] == PRR_COL_DIMENSION)
			return;
	/* (rows that decide something else, or nothing, "N/A", aside) */
	prr_level all = PRR_LEVEL_UNKNOWN;
	size_t levels = 0;
	prr_buf b = PRR_BUF_INIT;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][vc];
		prr_level l = prr_rec_verdict(c, strlen(c), NULL, NULL);
		if (l == PRR_LEVEL_UNKNOWN)
			continue;
		all = !levels++ || l == all ? l : PRR_LEVEL_PARTIAL;
		prr_buf_addf(&b, "%s%s: %s", b.n ? "; " : "", t->cell[r][0], c);
	}
	if (levels >= 2)
		imp_head_take(im, all, b.p, b.n, 5, t->line[0]);
	prr_buf_free(&b);
}

/*
 * "| Date | Version | Change |" under "## Change log" ("| Version | Datum
 * | Änderung |" under "## Änderungshistorie"): a log of the document's
 * versions, whose latest row dates it as the latest entry of a listed
 * log does (imp_date_logged): near the top as a metadata line does,
 * further down only where nothing else dates it.  A row of an event
 * ("| 2026-03-01 | 0.2 | Code freeze |") is none; without a heading of
 * a history, "| Version | Date |" may be the service's releases.
 */
void imp_table_version_log(imp *im, const table *t)
{
	static const char *const history[] = { "change log", "changelog",
		"change history", "revision history", "version history",
		"document history", "document control", "historie",
		"historial", "historique", "histórico", "versionsverlauf",
		"änderungsverlauf", NULL };
	static rec_vocab history_v = REC_VOCAB(history);
	const char *h = im->cur_sec == NONE ? NULL : im->sx[im->cur_sec].title;
	if (!h || !imp_contains_any(h, strlen(h), &history_v))
		return;
	int dc, vc;
	date_and_column(t, version_head, &dc, &vc);
	if (dc < 0 || vc < 0)
		return;
	prr_date_hit best = { 0 };
	int line = 0;
	for (size_t r = 0; r < t->rows; r++) {
		prr_date_hit hit;
		const char *c = t->cell[r][dc];
		bool event = false;
		for (size_t k = 0; k < t->cols && !event; k++)
			event = (int)k != dc && (int)k != vc &&
				prr_rec_date_other(t->cell[r][k], strlen(t->cell[r][k]));
		if (!event && imp_date_find(im, c, strlen(c), &hit) &&
		    hit.prec == PRR_DATE_DAY && strcmp(hit.date, best.date) > 0) {
			best = hit;
			line = t->line[r];
		}
	}
	if (line)
		imp_date_take(im, &best, imp_head_near_top(im, t->first_line) ? 2 : 1,
			      line);
}

/* "Nr. | Maßnahme | … | Blockierend | Status" of actions: a row whose
 * blocking cell says yes and whose status is not done is an open
 * blocker, a blocking finding named by its ID and action, too. */
void imp_table_open_blockers(imp *im, const table *t, int title)
{
	int blk = imp_col_of(t, PRR_COL_BLOCKER), st = imp_col_of(t, PRR_COL_STATUS),
	    id = t->roles[0] == PRR_COL_ID || imp_table_numbered_rows(t) ? 0 : -1;
	if (blk < 0 || title < 0 || blk == title)
		return;
	for (size_t r = 0; r < t->rows; r++) {
		if (!imp_says_yes(t->cell[r][blk]) ||
		    (st >= 0 && imp_closed_status(t->raw[r][st])))
			continue;
		/* (by its ID, not its number: "5 Mainnet config" is
		 * "Mainnet config") */
		const char *c = id >= 0 ? t->cell[r][id] : "";
		const char *text = id >= 0 && id != title && c[strspn(c, "0123456789.")]
			? imp_join(im, c, " ", t->cell[r][title])
			: t->cell[r][title];
		imp_open_blocker(im, text, strlen(text), t->line[r]);
	}
}

/* Rows named by their number ("# | Fix-ID | Effort | Priority" with
 * 1, 2, 3 …): a list of items, never components called "1" and "2". */
bool imp_table_numbered_rows(const table *t)
{
	if (t->roles[0] == PRR_COL_ID)
		return true;
	size_t numbers = 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][0];
		size_t k = strspn(c, "0123456789.");
		numbers += k && !c[k];
	}
	return numbers * 2 > t->rows;
}

/* Rows keyed by IDs with letters ("CC6.1", "E2"), not numbered 1, 2, 3. */
bool imp_table_keyed_rows(const table *t)
{
	size_t keyed = 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][0];
		bool letter = false;
		for (; *c && !letter; c++)
			letter = isalpha((unsigned char)*c);
		keyed += letter;
	}
	return keyed * 2 > t->rows;
}

/* The status column when its header says a result was found ("Result",
 * "Outcome", "Verdict"), not a state of work ("Status"); -1 if none. */
int imp_table_result_column(const table *t)
{
	static const char *const words[] = { "result", "results", "outcome",
		"verdict", "test result", "rating", NULL };
	int st = imp_col_of(t, PRR_COL_STATUS);
	if (st < 0)
		return -1;
	for (size_t i = 0; words[i]; i++)
		if (strcasecmp(t->head[st], words[i]) == 0)
			return st;
	return -1;
}

prr_status imp_table_exception_result(const table *t, int col, const char *raw)
{
	static const char *const noted[] = { "noted", "found", "identified",
		NULL };
	if (col < 0 || imp_table_result_column(t) != col)
		return PRR_UNKNOWN;
	size_t n = strlen(raw), i = rec_skip_blank(raw, n, 0), w;
	bool no = n - i > 3 && strncasecmp(raw + i, "no ", 3) == 0;
	if (no)
		i += 3;
	if (!imp_starts_with_ci(raw + i, n - i, "exception"))
		return PRR_UNKNOWN;
	i += 9;
	if (i < n && (raw[i] == 's' || raw[i] == 'S'))
		i++;
	/* the word after: "noted", or none ("Exception — …", "Exception:") */
	i = rec_skip_blank(raw, n, i);
	for (w = i; w < n && isalpha((unsigned char)raw[w]); w++)
		;
	if (w > i && !imp_is_one_of(raw + i, w - i, noted))
		return PRR_UNKNOWN;
	return no ? PRR_PASS : PRR_FAIL;
}

/* A finding's Status cell that says it is over: "Closed", "Fixed",
 * "✅ Resolved", "Mitigated". The review's findings are its open ones. */
bool imp_closed_status(const char *raw)
{
	static const char *const words[] = { "closed", "mitigated", "cerrado",
		"cerrada", "fermé", "fermée", "geschlossen", "fechado",
		"fechada", "关闭", "已关闭", "クローズ", "해결됨", "완료됨",
		"zamknięte", "zamknięty", "zamknięta", "rozwiązane",
		"rozwiązany", "rozwiązana", "đã sửa", "đã đóng", "đã khắc phục",
		"resuelto", "resuelta", "resolvido", "resolvida", "corregido",
		"corrigido", "résolu", "résolue", "corrigé", "behoben",
		"gelöst", "已修复", "已解决", "解決済", "対応済", "chiusa", "chiuso",
		"risolta", "risolto", "corretta", "corretto", "opgelost",
		"gesloten", "erledigt", NULL };
	/* French, whole words only ("levé", not "Écart relevé"); Hebrew
	 * "סגור" (closed, not inside "לסגור", to close), "תוקן" (fixed),
	 * "נפתר" (resolved) */
	static const char *const wholes[] = { "levé", "levée", "clos", "close",
		"סגור", "סגורה", "נסגר", "תוקן", "נפתר", NULL };
	/* "Mitigated (allow-list); re-test pending" waits to be closed
	 * (whole words: "re-tested in soak" is done) */
	static const char *const waiting_words[] = { "pending", "re-test",
		"retest", "re-testing", "retesting",
		/* "✅ Partially Done": part of it */
		"partially", "partly", "partial",
		/* "corrigé le 11 juin, rouvert le 15 juin": open again */
		"reopened", "re-opened", "rouvert", "rouverte", "réouvert",
		"réouverte", "reabierto", "reabierta", "wiedereröffnet", NULL };
	/* "Open — daily recon OK, month-end untested": a status that opens
	 * with "Open" is open, whatever its note says passed */
	static const char *const opens[] = { "open", "offen", "abierto",
		"abierta", "aberto", "aberta", "ouvert", "ouverte", "aperto",
		"aperta", "otwarte", "otwarty", "otwarta", NULL };
	/* a tracker's statuses that end a finding unworked: "Duplicate",
	 * "Duplicate of SEC-01", "Won't Do", "Canceled" (as "Closed (not
	 * planned)"), French "doublon de C-2", and an auditor's
	 * "Remediated", when the status opens with them (not "Partially
	 * remediated") */
	static const char *const dropped_words[] = { "duplicate", "won't do",
		"won’t do", "wont do", "canceled", "cancelled", "remediated",
		"doublon", "duplicado", "duplikat", NULL };
	static rec_vocab vocab = REC_VOCAB(words), waiting = REC_VOCAB(waiting_words),
			 open = REC_VOCAB(opens), whole = REC_VOCAB(wholes),
			 dropped = REC_VOCAB(dropped_words);
	bool known;
	size_t n = strlen(raw), i = rec_skip_blank(raw, n, 0);
	uint32_t cp;
	for (size_t len; i < n && (len = rec_cp_at(raw, n, i, &cp)) > 0 &&
			 (rec_is_symbol(cp) || cp == ' ');)
		i += len; /* "🔴 Open" */
	/* (not "Open → Closed 2026-03-02", a history that ends closed) */
	if (rec_list_at(&open, raw, n, i, 0, NULL) > 0 &&
	    !strstr(raw, "→") && !strstr(raw, "->"))
		return false;
	/* (not "לא סגור", not closed) */
	bool over = rec_list_at(&dropped, raw, n, i, 0, NULL) > 0, waits = false;
	for (size_t j = 0; j < n && !over; j++)
		over = (!j || (!isalpha((unsigned char)raw[j - 1]) &&
			       (unsigned char)raw[j - 1] < 0x80)) &&
		       rec_list_at(&whole, raw, n, j, 0, NULL) > 0 &&
		       !(j >= 5 && memcmp(raw + j - 5, "\xD7\x9C\xD7\x90 ", 5) == 0);
	for (size_t j = 0; j < n && !waits; j++)
		waits = rec_list_at(&waiting, raw, n, j, 0, NULL) > 0;
	return (over || prr_status_from_text(raw, n, &known) == PRR_PASS ||
		imp_contains_any(raw, n, &vocab)) && !waits;
}

/* A Blocking cell that answers that the finding is over: "Resolved in
 * 2.0.3", "Rezolvat în 2.0.3", "Fixed" (its first word), "No — closed
 * 2026-03-02", "~~Yes~~ — closed, test passed". */
static bool resolved_answer(const char *c)
{
	static const char *const words[] = { "resolved", "fixed", "closed",
		"rezolvat", "rezolvată", "löst", "åtgärdad", "løst", "korjattu",
		"vyřešeno", "opraveno", "вирішено", "виправлено", "תוקן",
		"נפתר", "diperbaiki", "teratasi", "megoldva", "javítva",
		"επιλύθηκε", "διορθώθηκε", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	size_t n = strlen(c), i = rec_skip_blank(c, n, 0);
	/* "— closed, test passed" (what "~~Yes~~ — closed, …" leaves once
	 * its struck answer is taken back) */
	size_t d = n - i > 3 ? imp_dash_len(c + i, n - i) : 0;
	if (d)
		i = rec_skip_blank(c, n, i + d);
	/* "No — closed 2026-03-02": it blocks nothing, being over */
	if (n - i > 2 && strncasecmp(c + i, "no", 2) == 0 && !isalnum((unsigned char)c[i + 2])) {
		size_t j = i + 2;
		while (j < n && (c[j] == ' ' || c[j] == ',' || c[j] == ';' ||
				 c[j] == ':' || c[j] == '-' || (unsigned char)c[j] >= 0x80))
			j++;
		if (j > i + 2 && rec_list_at(&vocab, c, n, j, 0, NULL) > 0)
			return true;
	}
	return rec_list_at(&vocab, c, n, i, 0, NULL) > 0;
}

/* A finding's status that says it blocks: "Open — blocks tier-1
 * onboarding" (a clause that opens with "blocks"), "Open, blocking"; not
 * "Open — no longer blocks", "Open (non-blocking)". */
static bool status_blocks(const char *c)
{
	size_t n = strlen(c);
	bool says = false;
	prr_rec_severity_said(c, n, &says);
	for (size_t i = 0; i < n && !says; i++) {
		if (i && !strchr(";,(", c[i - 1]) &&
		    !(i >= 4 && memcmp(c + i - 4, "\xE2\x80\x94 ", 4) == 0) &&
		    !(i >= 2 && memcmp(c + i - 2, "- ", 2) == 0))
			continue;
		size_t k = rec_skip_blank(c, n, i);
		says = imp_starts_with_ci(c + k, n - k, "blocks ");
	}
	return says;
}

/* With no Status column, a due date or measure of row r that says the
 * finding is over ("期限 | 対応済（3/10 修正）"), or its effort or notes
 * opening with a mark of done ("| Gap | Effort | Notes |" of "✅ Done",
 * "✅ Implemented. …"; "✅ In review." waits). */
static bool over_cell(imp *im, const table *t, size_t r)
{
	for (size_t k = 0; k < t->cols; k++)
		if (((t->roles[k] == PRR_COL_ETA || t->roles[k] == PRR_COL_ACTION) &&
		     imp_cell_says_over(im, t->cell[r][k])) ||
		    ((t->roles[k] == PRR_COL_EFFORT || t->roles[k] == PRR_COL_NOTES) &&
		     imp_cell_marked_over(im, t->cell[r][k])))
			return true;
	return false;
}

/* Where no column rates the findings, a cell that ends rating its row:
 * "| P0-8 | Bug (High) | … |" under "## P0 — Launch blockers" is high
 * (still blocking), not the heading's critical; or unknown. */
static prr_severity cell_rated(const table *t, size_t r, int gap_col)
{
	for (size_t k = 0; k < t->cols; k++) {
		const char *c = t->cell[r][k], *o = strrchr(c, '(');
		size_t n = strlen(c);
		if ((int)k == gap_col || !o || c[n - 1] != ')' || c + n - o > 16)
			continue;
		bool blocking;
		prr_severity sev = prr_rec_severity_said(o + 1, (size_t)(c + n - o - 2),
							 &blocking);
		if (sev != PRR_SEV_UNKNOWN)
			return sev;
	}
	return PRR_SEV_UNKNOWN;
}

void imp_table_findings(imp *im, const table *t, int gap_col)
{
	int sv = imp_col_of(t, PRR_COL_SEVERITY), ef = imp_col_of(t, PRR_COL_EFFORT),
	    co = imp_col_of(t, PRR_COL_NAME), id = imp_col_of(t, PRR_COL_ID),
	    st = imp_col_of(t, PRR_COL_STATUS), bl = imp_col_of(t, PRR_COL_BLOCKER);
	/* "Initial status | Retest (2026-04-09)": what holds now */
	if (imp_col_of(t, PRR_COL_AFTER) >= 0)
		st = imp_col_of(t, PRR_COL_AFTER);
	if (sv < 0 && imp_col_of(t, PRR_COL_RISK) != gap_col)
		sv = imp_col_of(t, PRR_COL_RISK); /* "Risk | High": its level */
	if (sv < 0)
		sv = imp_rated_impact(t); /* "Impact | Serious" */
	/* "| Sev | Platform | Defect |": what each finding is of */
	for (size_t k = 0; co < 0 && k < t->cols; k++)
		if (strcasecmp(t->head[k], "platform") == 0)
			co = (int)k;
	/* "No | Önem | …": a first column of numbers numbers them */
	bool numbered = id < 0 && gap_col != 0;
	for (size_t r = 0; numbered && r < t->rows; r++)
		numbered = t->cell[r][0][0] &&
			   strspn(t->cell[r][0], "0123456789") == strlen(t->cell[r][0]);
	if (numbered)
		id = 0;
	prr_severity hsev = imp_heading_severity(im);
	bool blocks = imp_container(im) == 2; /* under "## Blockers" */
	/* "| ID | Title | Severity | Resolved in |": findings closed, all */
	bool resolved = imp_resolved_context(im) || /* "## Findings closed …" */
			imp_lead_over(im, t->first_line); /* "**Fixes Implemented:**" */
	int closed_on = -1; /* "| Closed |", "| Fixed on |": a date closes a row */
	int fx, vf; /* "| Fix applied | Verified by |": each row filled is fixed */
	bool fixes = st < 0 && imp_table_fix_register(t, &fx, &vf);
	for (size_t k = 0; k < t->cols; k++) {
		const char *h = t->head[k];
		resolved |= imp_starts_with_ci(h, strlen(h), "resolved") ||
			    imp_starts_with_ci(h, strlen(h), "fixed in");
		if (imp_starts_with_ci(h, strlen(h), "closed") ||
		    imp_starts_with_ci(h, strlen(h), "fixed on"))
			closed_on = (int)k;
	}
	for (size_t r = 0; r < t->rows; r++) {
		if (!*t->cell[r][gap_col])
			continue;
		/* "| 3 | | | (see also #2 — same root cause) |": a remark */
		if (t->cell[r][gap_col][0] == '(' && sv >= 0 &&
		    imp_cell_blank(t->cell[r][sv]))
			continue;
		/* "| CS-1xx | <severity> | <finding> | …": a template's row */
		if (prr_rec_placeholder(t->cell[r][gap_col], strlen(t->cell[r][gap_col])) &&
		    (id < 0 || id == gap_col ||
		     prr_rec_placeholder_id(t->cell[r][id], strlen(t->cell[r][id]))))
			continue;
		/* ("Exception — … approved after provisioning" is open) */
		prr_date_hit day;
		if (resolved || (st >= 0 && imp_closed_status(t->raw[r][st]) &&
				 imp_table_exception_result(t, st, t->raw[r][st]) != PRR_FAIL) ||
		    (closed_on >= 0 && imp_date_find(im, t->cell[r][closed_on],
						     strlen(t->cell[r][closed_on]), &day)) ||
		    (st < 0 && bl >= 0 && resolved_answer(t->cell[r][bl])) ||
		    (st < 0 && over_cell(im, t, r)) ||
		    (fixes && imp_row_fixed_verified(t, r, fx, vf)) ||
		    imp_row_cell_struck(im, t->line[r], gap_col)) {
			/* counted as found where the document tallies all it
			 * found ("7 findings: … 2 high", one of them fixed) */
			prr_severity cs = sv >= 0 ? imp_severity_cell(t->cell[r][sv]) : hsev;
			im->closed_sev[cs]++;
			if (id >= 0 && id != gap_col && *t->cell[r][id])
				*PRR_VEC_PUSH(im->a, im->gone_ids, im->n_gone_ids,
					      im->cap_gone_ids) = t->cell[r][id];
			continue;
		}
		prr_finding *f = PUSH(im, findings);
		/* the ID as written ("ORD-12"), else one of prr's */
		f->id = id >= 0 && id != gap_col && *t->cell[r][id]
				? t->cell[r][id]
				: imp_letter_id(im, 'F', (long long)im->r->n_findings);
		f->title = t->cell[r][gap_col];
		size_t at, len;
		if (id < 0 && prr_rec_finding_id(f->title, strlen(f->title), &at, &len) &&
		    at == 0 && f->title[len] == ' ') {
			/* "REL-02 Is the workload deployed across AZs?" */
			f->id = prr_arena_strndup(im->a, f->title, len);
			f->title += len + 1;
		}
		/* "| Blocking | Yes |"; "| Status | Open — blocks tier-1
		 * onboarding |"; "| … fell 9% in the A/B; blocks 100% |" */
		f->blocking = blocks || imp_gap_head_blocks(t->head[gap_col]) ||
			      (st >= 0 && status_blocks(t->cell[r][st])) ||
			      (bl >= 0 && (imp_says_yes(t->cell[r][bl]) ||
					   imp_cell_names_blocked(t->head[bl], t->cell[r][bl]))) ||
			      prr_rec_clause_blocking(f->title, strlen(f->title));
		f->severity = sv >= 0 ? imp_severity_cell(t->cell[r][sv]) : hsev;
		if (sv < 0 && cell_rated(t, r, gap_col) != PRR_SEV_UNKNOWN)
			f->severity = cell_rated(t, r, gap_col);
		f->component = co >= 0 && *t->cell[r][co] ? t->cell[r][co] : NULL;
		f->effort.low = f->effort.high = PRR_NONE;
		const char *unit;
		if (ef >= 0 && prr_parse_effort(t->cell[r][ef], strlen(t->cell[r][ef]),
						&f->effort.low, &f->effort.high, &unit) == 0)
			f->effort.unit = unit;
		f->line = t->line[r];
	}
}

/* A cell that repeats the one above it: "″", "〃", "\"", "ditto", "as
 * above", "same as above", "idem". */
bool imp_cell_ditto(const char *c)
{
	static const char *const marks[] = { "\xE2\x80\xB3", "\xE3\x80\x83", "\"",
		"ditto", "as above", "same as above", "idem", "dito", NULL };
	return imp_is_one_of(c, strlen(c), marks);
}

/* "05:30", "9:00 CEST": a time of day, no day. */
static bool clock_time(const char *c)
{
	size_t d = strspn(c, "0123456789");
	return d >= 1 && d <= 2 && c[d] == ':' && isdigit((unsigned char)c[d + 1]) &&
	       isdigit((unsigned char)c[d + 2]) && !isdigit((unsigned char)c[d + 3]);
}

/* A table of steps by the clock ("05:30 | Put legacy in read-only | DBA |
 * "): its first column times of day, and its status column, if any,
 * empty. */
bool imp_table_clock_steps(const table *t)
{
	int st = imp_col_of(t, PRR_COL_STATUS);
	if (!t->rows || t->cols < 2)
		return false;
	for (size_t r = 0; r < t->rows; r++)
		if (!clock_time(t->cell[r][0]) || (st >= 0 && *t->cell[r][st]))
			return false;
	return true;
}

bool imp_table_clock_column(const table *t, size_t k)
{
	size_t filled = 0;
	for (size_t r = 0; r < t->rows; r++) {
		if (!*t->cell[r][k])
			continue; /* a row going on with the one above */
		if (!clock_time(t->cell[r][k]))
			return false;
		filled++;
	}
	return filled > 0;
}

/* Column k holds words, not numbers: "Lowest category" of "3", "1" names
 * no category. */
bool imp_table_worded_column(const table *t, size_t k)
{
	size_t worded = 0;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][k];
		while (*c && !isalpha((unsigned char)*c) && (unsigned char)*c < 0x80)
			c++;
		worded += *c != 0;
	}
	return worded * 2 > t->rows;
}

/* A header that names who decides: "Role", "Reviewer", "Approver",
 * "Panelist" … */
static bool people_header(const char *h)
{
	static const char *const words[] = { "role", "roles", "reviewer",
		"reviewers", "approver", "approvers", "signatory",
		"signatories", "signer", "signers", "signed by", "approved by",
		"voter", "voters", "panelist", "panellist", "member", "person",
		"who", "rolle", "rol", "rôle", "papel", "ruolo", "prüfer",
		"genehmiger", "approbateur", "aprobador", "aprovador", "revisor",
		NULL };
	/* (or its last word: "Forum member", "Board voter") */
	const char *last = strrchr(h, ' ');
	return imp_is_one_of(h, strlen(h), words) ||
	       (last && imp_is_one_of(last + 1, strlen(last + 1), words));
}

/* A record of sign-offs or votes: its rows are the people or roles who
 * decided, with their votes ("Reviewer | Vote", "Name | Role | Decision")
 * or their answers for several parts ("Role | Name | iOS | Android" of GO
 * and NO-GO); no components, checks or tasks.  Approvals with one status
 * ("Role | Name | Status | Date": ✅, ⏳) stay a checklist of sign-offs,
 * the ones still to come work to do. */
/* Its rows are people or roles: "Role | Name | …", "Name | Role | …". */
static bool people_rows(const table *t, size_t lead)
{
	bool people = people_header(t->head[lead]);
	for (size_t k = lead + 1; !people && k < t->cols; k++)
		people = strcasecmp(t->head[lead], "name") == 0 &&
			 people_header(t->head[k]);
	return people;
}

bool imp_table_signoff(const imp *im, const table *t)
{
	static const char *const votes[] = { "vote", "votes", "decision",
		"verdict", "go/no-go", "call", "voto", "stimme", "entscheidung",
		"décision", "decisión", "decisão", NULL };
	size_t lead = t->roles[0] == PRR_COL_ID && t->cols > 1 ? 1 : 0;
	/* a column headed "Vote" holds votes, whoever its rows name
	 * ("Function | Delegate | Vote", "Area | Name | Vote"): the
	 * delegates' say, no checks of their areas */
	static const char *const voted[] = { "vote", "votes", "voto", "votos",
		"stimme", NULL };
	for (size_t k = lead + 1; k < t->cols; k++)
		if (imp_is_one_of(t->head[k], strlen(t->head[k]), voted))
			return true;
	bool people = people_rows(t, lead);
	size_t answers = 0;
	static const char *const asides[] = { "name", "date", "datum", "fecha",
		"data", "when", "signed", NULL };
	for (size_t k = lead + 1; people && k < t->cols; k++) {
		/* (a vote in words is one too: "Dissent: wants Green …") */
		if (imp_is_one_of(t->head[k], strlen(t->head[k]), votes))
			return true;
		if (!imp_table_marked_column(im, t, k) ||
		    imp_is_one_of(t->head[k], strlen(t->head[k]), asides))
			continue;
		answers++;
	}
	return answers >= 2;
}

/* "Area | Review #1 (2026-01-20) | Review #2 (today)": a column of marks
 * before the current one (`now`), headed by a day or by the current
 * column's first word, an earlier review's: a record of then. */
bool imp_table_earlier_review(const imp *im, const table *t, int now)
{
	const char *h = t->head[now];
	size_t w = 0;
	while (isalpha((unsigned char)h[w]))
		w++;
	for (int k = 1; k < now; k++) {
		const char *e = t->head[k];
		prr_date_hit hit;
		if (((w && strncasecmp(e, h, w) == 0 && !isalpha((unsigned char)e[w])) ||
		     imp_date_find(im, e, strlen(e), &hit)) &&
		    imp_table_marked_column(im, t, (size_t)k))
			return true;
	}
	return false;
}

/* "8,5/10", "6 / 10", "7.5/10": a score on a scale and nothing else. */
static bool scale_score(const char *c)
{
	size_t i = strspn(c, "0123456789");
	if (!i)
		return false;
	if (c[i] == ',' || c[i] == '.')
		i += 1 + strspn(c + i + 1, "0123456789");
	i += strspn(c + i, " ");
	if (c[i] != '/')
		return false;
	i += 1 + strspn(c + i + 1, " ");
	size_t d = strspn(c + i, "0123456789");
	return d && !c[i + d];
}

void imp_table_graded_notes(table *t)
{
	for (size_t k = 1; k < t->cols; k++) {
		if (t->roles[k] != PRR_COL_NOTES || strcasecmp(t->head[k], "note") != 0)
			continue;
		size_t graded = 0, filled = 0;
		for (size_t r = 0; r < t->rows; r++) {
			filled += *t->cell[r][k] != 0;
			graded += scale_score(t->cell[r][k]);
		}
		if (graded && graded == filled && imp_col_of(t, PRR_COL_SCORE) < 0)
			t->roles[k] = PRR_COL_SCORE;
	}
}

/* "Step | Date | Status" of days ("8 April 2026"): a plan's steps by
 * their day, milestones, as "Milestone | Date | Status" are. */
bool imp_table_dated_steps(const imp *im, const table *t)
{
	static const char *const steps[] = { "step", "steps", "action",
		"actions", "activity", "task", "tasks", "deliverable", "event",
		"paso", "schritt", "étape", "etapa", "passo", NULL };
	/* (stages with their status: "Stage | Traffic | Earliest start |
	 * Status"; not "Stage | Date | Gate", each gate's condition) */
	static const char *const stages[] = { "stage", "stages", NULL };
	static const char *const starts[] = { "start", "starts", NULL };
	if (!imp_is_one_of(t->head[0], strlen(t->head[0]), steps) &&
	    !(imp_is_one_of(t->head[0], strlen(t->head[0]), stages) &&
	      imp_col_of(t, PRR_COL_STATUS) > 0))
		return false;
	for (size_t k = 1; k < t->cols; k++) {
		/* (or of starts: "Stage | Traffic | Earliest start") */
		if (prr_rec_date_label(t->head[k], strlen(t->head[k])) <= 0 &&
		    !imp_has_word_of(t->head[k], starts))
			continue;
		size_t days = 0;
		for (size_t r = 0; r < t->rows; r++) {
			prr_date_hit hit;
			days += imp_date_find(im, t->cell[r][k], strlen(t->cell[r][k]),
					      &hit) && hit.prec == PRR_DATE_DAY;
		}
		if (days * 2 > t->rows)
			return true;
	}
	return false;
}

/* A column of windows booked ("Window (UTC)", "Maintenance window",
 * "Change window") whose cells hold a day, most of them (a window not
 * yet booked says "TBD (after PLAT-1880)"): slots of time. */
static bool window_column(const imp *im, const table *t, size_t k)
{
	const char *h = t->head[k];
	size_t n = strlen(h), w = 0;
	while (w < n && h[w] != ' ')
		w++; /* its first word, or its last */
	const char *last = strrchr(h, ' ');
	if (!(w == 6 && strncasecmp(h, "window", 6) == 0) &&
	    !(last && strcasecmp(last + 1, "window") == 0))
		return false;
	size_t days = 0;
	for (size_t r = 0; r < t->rows; r++) {
		prr_date_hit hit;
		days += imp_date_find(im, t->cell[r][k], strlen(t->cell[r][k]), &hit) &&
			hit.prec == PRR_DATE_DAY;
	}
	return days * 2 > t->rows;
}

/* "Date | Environment | Outcome" of rehearsals run: rows named by a day
 * alone and given a result are a log of what happened, kept as a table,
 * not tasks to do (named by what they are, "Date | Task | Status", they
 * are); "Cluster | Window (UTC) | Change | Status" of windows booked
 * (Approved, Pending) is a schedule: an approved window is no work done. */
bool imp_table_dated_log(const imp *im, const table *t)
{
	if (!t->rows || imp_col_of(t, PRR_COL_STATUS) <= 0 ||
	    imp_col_of(t, PRR_COL_ITEM) >= 0 || imp_col_of(t, PRR_COL_CATEGORY) >= 0)
		return false;
	for (size_t k = 0; k < t->cols; k++)
		if (window_column(im, t, k))
			return true;
	if (t->roles[0] != PRR_COL_OTHER ||
	    prr_rec_date_label(t->head[0], strlen(t->head[0])) <= 0)
		return false;
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][0];
		size_t n = strlen(c);
		prr_date_hit hit;
		if (!imp_date_find(im, c, n, &hit) || hit.prec != PRR_DATE_DAY ||
		    hit.at != 0 || hit.len != n)
			return false;
	}
	return true;
}

/* Controls tested under a heading of exceptions ("## Exceptions",
 * "Control exceptions") whose every result is one ("Exception — 4 of 60
 * sampled grants …"): the controls that failed, and only those; each a
 * finding titled by its description (as checks they would be the
 * review's readiness, 0 of 5 by their choosing).  Else a check each by
 * its ID. */
void imp_table_controls(imp *im, const table *t)
{
	int res = imp_table_result_column(t), title = 1;
	const char *h = im->n_hs ? im->hs[im->n_hs - 1].title : "";
	bool failed = res > 0 && imp_contains_ci(h, "exception");
	for (size_t r = 0; failed && r < t->rows; r++)
		failed = imp_table_exception_result(t, res, t->raw[r][res]) == PRR_FAIL;
	if (!failed) {
		imp_table_checks(im, t, 0);
		return;
	}
	for (size_t k = 1; k < t->cols; k++)
		if (imp_contains_ci(t->head[k], "description")) {
			title = (int)k;
			break;
		}
	size_t first = im->r->n_findings;
	imp_table_findings(im, t, title);
	/* the control and what was found of it: "MFA enforced on all
	 * workforce identities: Exception — 2 service accounts exempted" */
	for (size_t f = first, r = 0; f < im->r->n_findings && r < t->rows; r++)
		if (im->r->findings[f].line == t->line[r]) {
			prr_finding *x = &im->r->findings[f++];
			x->title = imp_join(im, x->title, ": ", t->cell[r][res]);
		}
}
