/* import_table_risks.c - tables of risks and threat models: each row a
 * risk, its level from a Level/Severity/RAG column or from likelihood and
 * impact; see import_int.h ("table kinds"). */
#include "import_int.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* The column headed by a likelihood ("Likelihood", "Probability"), or
 * -1. */
static int likelihood_column(const table *t)
{
	static const char *const words[] = { "likelihood", "probability",
		"probabilidad", "probabilidade", "wahrscheinlichkeit",
		"probabilité", NULL };
	for (size_t k = 0; k < t->cols; k++)
		if (imp_is_one_of(t->head[k], strlen(t->head[k]), words))
			return (int)k;
	return -1;
}

/* Column k holds mostly levels ("Low", "High"). */
/* "None" in a column of levels: no risk at all ("| OPS 1 | … | Yes |
 * None |") */
static bool no_level(const char *c)
{
	return strcasecmp(c, "none") == 0 || strcasecmp(c, "n/a") == 0;
}

static bool level_column(const table *t, size_t k)
{
	size_t levels = 0, filled = 0;
	for (size_t r = 0; r < t->rows; r++) {
		levels += imp_severity_cell(t->cell[r][k]) != PRR_SEV_UNKNOWN;
		filled += !imp_cell_blank(t->cell[r][k]) && !no_level(t->cell[r][k]);
	}
	return levels && levels * 2 > filled;
}

/* A column headed as a count ("Count", "Total") of whole numbers in
 * every filled cell: "| Risk Level | Count | Status |" counts risks by
 * their level, a row each level, no risk of its own. */
static bool counts_column(const table *t)
{
	static const char *const words[] = { "count", "counts", "total",
		"number", "#", "qty", "quantity", "anzahl", "cantidad",
		"nombre", "quantidade", NULL };
	for (size_t k = 1; k < t->cols; k++) {
		if (!imp_is_one_of(t->head[k], strlen(t->head[k]), words))
			continue;
		size_t whole = 0, filled = 0;
		for (size_t r = 0; r < t->rows; r++) {
			const char *c = t->cell[r][k];
			filled += !imp_cell_blank(c);
			whole += *c && strspn(c, "0123456789") == strlen(c);
		}
		if (whole && whole == filled)
			return true;
	}
	return false;
}

/* The column of words that says most, but `skip`'s and a status's (a
 * status names no risk: "⚠️ MONITORED"): the threat of a threat model
 * ("ID | STRIDE | Threat | Likelihood | …"); -1 if none. */
static int wordiest_column(const table *t, const int *skip, size_t n_skip)
{
	int best = -1;
	size_t best_len = 0;
	for (size_t k = 0; k < t->cols; k++) {
		bool skipped = t->roles[k] == PRR_COL_ID || t->roles[k] == PRR_COL_STATUS ||
			       level_column(t, k);
		for (size_t i = 0; i < n_skip; i++)
			skipped |= skip[i] == (int)k;
		if (skipped)
			continue;
		size_t len = 0;
		for (size_t r = 0; r < t->rows; r++)
			len += strlen(t->cell[r][k]);
		if (len > best_len) {
			best = (int)k;
			best_len = len;
		}
	}
	return best;
}

/* A risk's band in RAG words: red high, amber medium, green low;
 * else the level its words name ("Accepted" none). */
static prr_severity rag_level(const char *c)
{
	static const struct { const char *w; prr_severity s; } rag[] = {
		{ "red", PRR_SEV_HIGH }, { "amber", PRR_SEV_MEDIUM },
		{ "yellow", PRR_SEV_MEDIUM }, { "green", PRR_SEV_LOW } };
	for (size_t i = 0; i < sizeof rag / sizeof rag[0]; i++)
		if (strcasecmp(c, rag[i].w) == 0)
			return rag[i].s;
	return imp_severity_cell(c);
}

/* "| # | Candidate | Why | Risk | Payoff |" under "## Refactor
 * Candidates": changes proposed, each rated by the risk of making it, no
 * risk of the system (a column that names proposals, or their payoff). */
static bool proposals_table(const table *t)
{
	static const char *const heads[] = { "candidate", "candidates",
		"proposal", "proposals", "refactor", "refactoring", "payoff",
		"benefit", "benefits", NULL };
	for (size_t k = 0; k < t->cols; k++)
		if (imp_is_one_of(t->head[k], strlen(t->head[k]), heads))
			return true;
	return false;
}

void imp_table_risks(imp *im, const table *t, int risk_col)
{
	if (proposals_table(t))
		return;
	int mi = imp_col_of(t, PRR_COL_MITIGATION), sv = imp_col_of(t, PRR_COL_SEVERITY);
	/* an impact is the level only where no likelihood weighs it: of
	 * "Likelihood | Impact" the document states no one level, so the
	 * risk keeps both as written ("Medium", "High"), no level made up */
	int li = likelihood_column(t), ip = li >= 0 ? imp_col_of(t, PRR_COL_IMPACT) : -1;
	if (sv < 0 && li < 0)
		sv = imp_col_of(t, PRR_COL_IMPACT);
	/* "… | Likelihood | Impact | Mitigation | Residual risk" of levels:
	 * the risk's level is what remains, its title the threat */
	int title = risk_col, id = imp_col_of(t, PRR_COL_ID),
	    st = imp_col_of(t, PRR_COL_STATUS);
	if (level_column(t, (size_t)risk_col)) {
		int skip[] = { risk_col, mi };
		if (counts_column(t))
			return; /* risks counted by level, none named */
		int w = wordiest_column(t, skip, 2);
		if (w >= 0) {
			sv = risk_col;
			title = w;
		}
	}
	/* "Initial risk | Residual risk" of levels: what remains, the last
	 * (after the risk's own column where that names the risk: "Risk to
	 * individuals | Likelihood | Impact | Inherent risk | … | Residual
	 * risk") */
	int from = sv >= 0 ? sv : risk_col;
	for (size_t k = t->cols; (sv < 0 || sv == risk_col) && k-- > (size_t)from + 1;)
		if (t->roles[k] == PRR_COL_RISK && level_column(t, k)) {
			sv = (int)k;
			break;
		}
	/* "| Level | Risk | Mitigation |": a column of levels by another
	 * name (not where a likelihood weighs an impact) */
	for (size_t k = 0; sv < 0 && li < 0 && k < t->cols; k++)
		if ((int)k != title && (int)k != mi && level_column(t, k))
			sv = (int)k;
	/* "Score | Band" of Red, Amber, Green: the band is the level */
	static const char *const bands[] = { "band", "risk band", "rag", NULL };
	bool rag = false;
	for (size_t k = 0; sv < 0 && k < t->cols; k++)
		if (imp_is_one_of(t->head[k], strlen(t->head[k]), bands))
			sv = (int)k, rag = true;
	/* "| HAZ-014 | …": a first column of keys keys them */
	if (id < 0 && title != 0 && risk_col != 0 && t->rows && prr_rec_finding_id(
		    t->cell[0][0], strlen(t->cell[0][0]), NULL, NULL) &&
	    imp_table_keyed_rows(t))
		id = 0;
	for (size_t r = 0; r < t->rows; r++) {
		/* (a risk whose Status says it is closed is over; one of
		 * level "None" is none) */
		if (!*t->cell[r][title] ||
		    (st >= 0 && imp_closed_status(t->raw[r][st])) ||
		    (sv >= 0 && no_level(t->cell[r][sv])))
			continue;
		prr_risk *k = PUSH(im, risks);
		k->title = t->cell[r][title];
		if (id >= 0 && id != title && *t->cell[r][id])
			k->title = imp_join(im, t->cell[r][id], ": ", k->title);
		k->level = rag ? rag_level(t->cell[r][sv])
			   : sv >= 0 ? imp_severity_cell(t->cell[r][sv])
				     : imp_heading_severity(im);
		k->mitigation = mi >= 0 && *t->cell[r][mi] ? t->cell[r][mi] : NULL;
		if (li >= 0 && !imp_cell_blank(t->cell[r][li]))
			k->likelihood = t->cell[r][li];
		if (ip >= 0 && !imp_cell_blank(t->cell[r][ip]))
			k->impact = t->cell[r][ip];
		k->line = t->line[r];
	}
}

/* "Category | Status | Evidence | Risks | Recommended Actions" of "Green":
 * a scorecard, each category's status stated, its "Risks" column what
 * each category's risks are in words, a note, no risk register (none
 * rated by a likelihood, an impact or a severity; not "High-risk
 * issues" of counts). */
static void scorecard_risks(const imp *im, table *t)
{
	int st = imp_col_of(t, PRR_COL_STATUS), rk = imp_col_of(t, PRR_COL_RISK);
	if ((t->roles[0] != PRR_COL_CATEGORY && t->roles[0] != PRR_COL_DIMENSION) ||
	    st < 1 || rk <= st || !imp_table_worded_column(t, (size_t)rk) ||
	    likelihood_column(t) >= 0 ||
	    imp_col_of(t, PRR_COL_IMPACT) >= 0 || imp_col_of(t, PRR_COL_SEVERITY) >= 0 ||
	    !imp_table_marked_column(im, t, (size_t)st))
		return;
	for (size_t k = (size_t)rk; k < t->cols; k++)
		if (t->roles[k] == PRR_COL_RISK)
			t->roles[k] = PRR_COL_NOTES;
}

/* "Risk Category | Probability | Impact | Severity | Mitigation Status"
 * of "Data Loss": a first column headed "Risk" and a word for its kind
 * ("Category", "Area", "Type") names each risk, where the table rates it
 * (a likelihood, an impact or a severity column); its "Mitigation
 * Status" of "✅ Read-only by default" is how each is mitigated, no
 * check passed. */
void imp_table_risk_kinds(const imp *im, table *t)
{
	static const char *const risk[] = { "risk", "risks", NULL };
	const char *h = t->head[0], *sp = strchr(h, ' ');
	scorecard_risks(im, t);
	if (t->cols < 3 || !sp || strchr(sp + 1, ' ') ||
	    !imp_is_one_of(h, (size_t)(sp - h), risk) ||
	    (t->roles[0] != PRR_COL_CATEGORY && t->roles[0] != PRR_COL_OTHER) ||
	    (likelihood_column(t) < 0 && imp_col_of(t, PRR_COL_IMPACT) < 0 &&
	     imp_col_of(t, PRR_COL_SEVERITY) < 0))
		return;
	t->roles[0] = PRR_COL_RISK;
	int st = imp_col_of(t, PRR_COL_STATUS);
	if (st > 0 && imp_col_of(t, PRR_COL_MITIGATION) < 0 &&
	    prr_rec_column(t->head[st], strcspn(t->head[st], " ")) == PRR_COL_MITIGATION)
		t->roles[st] = PRR_COL_MITIGATION;
}
