/* import_claims.c - figures a document states twice, or states over what
 * it lists: "85% (3/7 phases)", "Critical: 3" over four critical items,
 * "87/100" over categories that average 71, "(21%)" over a 3-of-34 list. */
#include "import_int.h"
#include "prr/rec_score.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The first "N%" of s[0..n) (N up to 100), as a number; NaN when none. */
static double first_percent(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '%' || !i)
			continue;
		size_t j = i;
		while (j > 0 && s[j - 1] == ' ')
			j--;
		size_t e = j;
		while (j > 0 && ((s[j - 1] >= '0' && s[j - 1] <= '9') ||
				 s[j - 1] == '.' || s[j - 1] == ','))
			j--;
		if (j == e || (j > 0 && (s[j - 1] == '+' || s[j - 1] == '-')))
			continue; /* "+30%" is a change */
		double v = strtod(s + j, NULL);
		if (v >= 0 && v <= 100)
			return v;
	}
	return PRR_NONE;
}

static bool digit(char c) { return c >= '0' && c <= '9'; }
static bool letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether the first "N%" of s[0..n) and the first count "a/b" stand in
 * clauses of their own: a break ("—", "–", " - ", ";", a sentence's end
 * ". ") between them and a word after it before the later one ("Cost
 * control: 6/10 — Spot usage at 40%": the percent is the note's, not the
 * score's; "90% complete. Main blockers are … (6/7 programs)"; "9/10 —
 * 90%" is one figure said twice). */
static bool apart_clauses(const char *s, size_t n)
{
	size_t pct = n, cnt = n;
	for (size_t i = 1; i < n && (pct == n || cnt == n); i++) {
		if (pct == n && s[i] == '%' && digit(s[i - 1]))
			pct = i;
		if (cnt == n && s[i] == '/' && digit(s[i - 1]) && i + 1 < n &&
		    digit(s[i + 1]))
			cnt = i;
	}
	if (pct == n || cnt == n)
		return false;
	size_t from = pct < cnt ? pct : cnt, to = pct < cnt ? cnt : pct;
	bool broken = false, word = false;
	for (size_t i = from; i < to; i++) {
		if (s[i] == ';' || (s[i] == '-' && i && s[i - 1] == ' ' &&
				    i + 1 < n && s[i + 1] == ' ') ||
		    (strchr(".!?", s[i]) && i + 1 < n && s[i + 1] == ' ') ||
		    (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
		     (unsigned char)s[i + 1] == 0x80 &&
		     ((unsigned char)s[i + 2] == 0x94 ||
		      (unsigned char)s[i + 2] == 0x93))) {
			broken = true;
			word = false;
		} else if (broken && letter(s[i]) && i + 1 < to &&
			   letter(s[i + 1])) {
			word = true;
		}
	}
	return broken && word;
}

/* "85% COMPLETE (3/7 phases done)": the percent against the count;
 * `text` is the line cleaned (imp_clean). */
void imp_claim_percent_count(imp *im, const char *s, size_t n,
			     const char *text, int a, int b, int line)
{
	/* "68% of the budget spent at 2/3 of the quarter": a share of
	 * time, no count of the percent's items */
	static const char *const times[] = { "of the quarter", "of the year",
		"of the month", "of the week", "of the sprint", "of the time",
		"of the period", NULL };
	static rec_vocab times_v = REC_VOCAB(times);
	if (imp_contains_any(s, n, &times_v) || apart_clauses(s, n))
		return;
	double pct = first_percent(s, n);
	if (!prr_has(pct) || b <= 0 || a > b)
		return;
	double real = 100.0 * a / b;
	const char *found, *stated = imp_percent_text(im, pct, a, b, &found);
	imp_add_claim(im, text, stated, found, fabs(pct - real) <= 1.0, line);
}

/* Whether s[0..n) opens with an aim's figure: none ("0 critical
 * compliance violations", "Zero P1 incidents") or a bound ("<2%
 * variance", "≥80% pass@1"); in an open box, what is to be reached, no
 * figure of the review ("- [ ] Open: 2 high-severity findings" is one). */
bool imp_aim_text(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '*'))
		s++, n--;
	return (n > 2 && s[0] == '0' && s[1] == ' ') ||
	       (n > 5 && strncasecmp(s, "zero ", 5) == 0) ||
	       (n && (*s == '<' || *s == '>')) ||
	       (n >= 3 && (memcmp(s, "\xE2\x89\xA5", 3) == 0 ||
			   memcmp(s, "\xE2\x89\xA4", 3) == 0));
}

/*** Severity counts: "Critical: 3", "3 High", "### Critical (3)" ***/

static const rec_class sev_words[] = {
	{ PRR_SEV_CRITICAL, REC_WORDS("critical") },
	{ PRR_SEV_HIGH, REC_WORDS("high", "major") },
	{ PRR_SEV_MEDIUM, REC_WORDS("medium", "moderate") },
	{ PRR_SEV_LOW, REC_WORDS("low", "minor") },
};
static rec_vocab sev_vocab = REC_VOCAB_CLASSES(sev_words);

static bool counts_other(const char *s, size_t n, size_t i);

/*
 * The count stated next to a severity word at s[i] (`k` bytes): a number
 * right after it (": 3", " (3)", " 3") or right before it ("3 Critical",
 * "3 个 Critical"), with only marks, spaces and emphasis between.
 */
static int count_near(const char *s, size_t n, size_t i, size_t k)
{
	size_t j = i + k;
	/* "Critical Issues: 3" — one more word may stand between */
	while (j < n && (s[j] == ' ' || s[j] == '*' || s[j] == ':' ||
			 s[j] == '(' || s[j] == '_'))
		j++;
	if (j < n && letter(s[j])) {
		static const char *const joins[] = { "and", "or", "und", "oder",
			"y", "e", "et", "ou", "o", "en", "i", NULL };
		size_t w = j;
		while (w < n && letter(s[w]))
			w++;
		/* not over a conjunction: "2 low and 1 informational" */
		if (w - j <= 10 && !imp_is_one_of(s + j, w - j, joins)) {
			j = w;
			while (j < n && (s[j] == ' ' || s[j] == '*' ||
					 s[j] == ':' || s[j] == '(' || s[j] == '_'))
				j++;
		}
	}
	if (j < n && digit(s[j])) {
		int v = atoi(s + j);
		size_t e = j;
		while (e < n && digit(s[e]))
			e++;
		/* not "High: 30%" nor "High 2025-01-01" */
		if (e < n && (s[e] == '%' || s[e] == '/' || s[e] == '-' ||
			      ((s[e] == '.' || s[e] == ',') && e + 1 < n &&
			       digit(s[e + 1]))))
			return -1;
		/* nor a time to fix them: "Low within 90 days", "Critical:
		 * 24h" (an SLA) */
		static const char *const spans[] = { "d", "h", "hr", "hrs",
			"day", "days", "hour", "hours", "week", "weeks", "wk",
			"wks", "month", "months", "business", "working",
			"calendar", "tage", "stunden", "días", "dias", "jours",
			"heures", NULL };
		while (e < n && s[e] == ' ')
			e++;
		size_t u = e;
		while (u < n && (letter(s[u]) || (unsigned char)s[u] >= 0x80))
			u++;
		if (u > e && imp_is_one_of(s + e, u - e, spans))
			return -1;
		/* nor things other than findings: "Critical: 3 compilation
		 * errors blocking test suite" (counts_other's nouns) */
		if (u > e && counts_other(s, n, e))
			return -1;
		return v;
	}
	size_t b = i;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '*'))
		b--;
	/* "3 个 Critical": a CJK counter word between */
	if (b >= 3 && (unsigned char)s[b - 3] >= 0xE3) {
		b -= 3;
		while (b > 0 && s[b - 1] == ' ')
			b--;
	}
	if (b > 0 && digit(s[b - 1])) {
		size_t d = b;
		while (d > 0 && digit(s[d - 1]))
			d--;
		if (d > 0 && (s[d - 1] == '.' || s[d - 1] == '/'))
			return -1;
		/* "TOP 10 CRITICAL RISKS": a ranking, not a count */
		size_t w = d;
		while (w > 0 && s[w - 1] == ' ')
			w--;
		if (w >= 3 && strncasecmp(s + w - 3, "top", 3) == 0 &&
		    (w == 3 || !letter(s[w - 4])))
			return -1;
		return atoi(s + d);
	}
	return -1;
}

/* Whether s[0..n) holds a digit. */
/*
 * A short line that counts findings by severity ("🔴 Critical: 3",
 * "(Critical: 1, Major: 1, Minor: 1)", "#### High Priority (3)"): each
 * count is compared, once the document is read, with the findings of
 * that severity it lists.  Prose ("we fixed 3 critical bugs") is longer
 * than such lines and is left alone.
 */
/* The number right before word `w` at s[i] ("7 findings", "2 of which
 * are blocking"), or -1. */
static int number_before(const char *s, size_t i)
{
	size_t e = i;
	while (e && s[e - 1] == ' ')
		e--;
	static const char *const links[] = { "of which are", "of them", NULL };
	for (int k = 0; links[k]; k++) {
		size_t l = strlen(links[k]);
		if (e > l && strncasecmp(s + e - l, links[k], l) == 0) {
			e -= l;
			while (e && s[e - 1] == ' ')
				e--;
			break;
		}
	}
	size_t b = e;
	while (b && digit(s[b - 1]))
		b--;
	if (b == e || e - b > 3 || (b && (letter(s[b - 1]) || s[b - 1] == '.')))
		return -1;
	return atoi(s + b);
}

/* "7 findings: 1 critical, 2 high …", "3 findings (1 blocking)", "4 issues
 * in total, 2 of which are blocking": the tally's total and its blocking
 * count, kept for imp_resolve_severity_counts. */
static void note_totals(imp *im, const char *s, size_t n, int line)
{
	static const char *const nouns[] = { "findings", "issues", "gaps",
		"problems", NULL };
	int total = -1, blocking = -1;
	for (size_t i = 0; i < n; i++) {
		if (!letter(s[i]) || (i && letter(s[i - 1])))
			continue;
		for (int k = 0; nouns[k] && total < 0; k++)
			if (imp_starts_with_ci(s + i, n - i, nouns[k]))
				total = number_before(s, i);
		if (blocking < 0 && (imp_starts_with_ci(s + i, n - i, "blocking") ||
				     imp_starts_with_ci(s + i, n - i, "blockers")))
			blocking = number_before(s, i);
	}
	/* a tally: a total with a breakdown beside it */
	if (total >= 0 && !im->total_stated && blocking >= 0) {
		im->total_stated = total + 1;
		im->total_line = line;
	}
	if (blocking >= 0 && total >= 0 && !im->blocking_stated) {
		im->blocking_stated = blocking + 1;
		im->blocking_line = line;
	}
}

/* Whether the severity word ending at s[i] counts something other than
 * the review's findings: a word after it ("-severity", "priority" aside)
 * that names no finding ("2 high-severity CVEs open in jackson-databind",
 * "the 3 high-severity vulnerabilities are still present there", "113
 * critical system events", "3 major areas", "- **high** F1 ATL-2210"),
 * or is no severity ("PostgreSQL 12 → 16 Major-Upgrade").  Only the
 * review's own nouns ("3 high findings", "Critical Issues: 3") and the
 * words a tally goes on with ("3 high remain open") count findings. */
static bool counts_other(const char *s, size_t n, size_t i)
{
	static const char *const ours[] = { "finding", "findings", "issue",
		"issues", "gap", "gaps", "blocker", "blockers", "problem",
		"problems", "defect", "defects", "risk",
		"risks", "and", "or", "und", "oder", "y", "e", "et", "ou", "o",
		"en", "i", "remain", "remaining", "open", "outstanding", "left",
		"still", "are", "is", "was", "were", "fixed", "resolved",
		"closed", "pending", "unresolved", "found", "identified", "in",
		"of", "total", "each", "new", "only", NULL };
	if (i < n && (s[i] == '-' || s[i] == ' '))
		i++;
	static const char *const grades[] = { "severity", "priority", "sev",
		NULL };
	size_t g = i;
	while (g < n && letter(s[g]))
		g++;
	if (g > i && imp_is_one_of(s + i, g - i, grades))
		i = g;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	size_t e = i;
	while (e < n && letter(s[e]))
		e++;
	return e > i && !imp_is_one_of(s + i, e - i, ours);
}

/* Whether a line broken off at e (its end) goes on in the line at b: it
 * breaks off on a small letter or a comma, and b opens on a small letter
 * ("… no CI, / and the 3 …"); "Story: 2-2-login / Outcome: FAIL" are
 * lines of their own. */
static bool runs_on(const char *e, const char *line, const char *b,
		    const char *end)
{
	while (e > line && (e[-1] == ' ' || e[-1] == '\r'))
		e--;
	while (b < end && (*b == ' ' || *b == '*' || *b == '_'))
		b++;
	return e > line && (islower((unsigned char)e[-1]) || e[-1] == ',') &&
	       b < end && islower((unsigned char)*b);
}

/* Whether the line of a paragraph at s (n bytes) wraps a sentence with
 * the line before or after it (runs_on) into one over `max` bytes: "…
 * behind `main`: no test suite, no CI, / and the 3 high-severity
 * vulnerabilities are still present there." is prose, as a long line
 * is. */
static bool wraps_long(const imp *im, const char *s, size_t n, size_t max)
{
	const char *para = im->para;
	if (!para || s < para || s + n > para + im->para_n)
		return false;
	const char *end = para + im->para_n;
	size_t len = n;
	if (s > para && s[-1] == '\n') { /* the line before */
		const char *b = s - 1;
		while (b > para && b[-1] != '\n')
			b--;
		if (runs_on(s - 1, b, s, s + n))
			len += (size_t)(s - 1 - b);
	}
	if (s + n < end) { /* the line after */
		const char *nx = s + n + 1,
			   *nl = memchr(nx, '\n', (size_t)(end - nx));
		if (runs_on(s + n, s, nx, end))
			len += (size_t)((nl ? nl : end) - nx);
	}
	return len > max;
}

/* Whether the heading over the line read names aims: KPIs, targets,
 * goals, objectives ("### **Technical KPIs** (30-day targets)" over "-
 * **Security Incidents**: 0 critical"), not what was reached ("Targets
 * vs actuals").  Each heading is read once (secx.aims). */
static bool under_aims(imp *im)
{
	secx *x = imp_sec_x(im, im->cur_sec);
	if (!x || !x->title)
		return false;
	if (!x->aims) {
		static const char *const aims[] = { "kpi", "kpis", "target",
			"targets", "goal", "goals", "objective", "objectives",
			"okr", "okrs", NULL };
		static const char *const reached[] = { "actual", "actuals",
			"achieved", "result", "results", "status", NULL };
		x->aims = imp_has_word_of(x->title, aims) &&
				  !imp_has_word_of(x->title, reached)
			  ? 2 : 1;
	}
	return x->aims == 2;
}

/* Whether the severity word at s[i] names a tier of the document's own
 * scale ("P1 critical: 3" beside "P0 blocking: 2"): its P0 items may be
 * what prr calls critical, so no count of critical findings. */
static bool tier_named(const char *s, size_t i)
{
	return i >= 3 && (s[i - 1] == ' ' || s[i - 1] == '-') &&
	       isdigit((unsigned char)s[i - 2]) && (s[i - 3] == 'P' || s[i - 3] == 'p') &&
	       (i == 3 || !letter(s[i - 4]));
}

void imp_note_severity_counts(imp *im, const char *s, size_t n, int line)
{
	if (n > 90 || !imp_has_digit(s, n) || wraps_long(im, s, n, 90))
		return; /* a count has a number; prose is longer */
	/* "- **Security Incidents**: 0 critical" under "### KPIs (30-day
	 * targets)": an aim, no count of the review's findings */
	if (under_aims(im))
		return;
	/* "Dependency audit (`npm audit` shows 3 high)": a scanner's count */
	static const char *const scanners[] = { "npm audit", "yarn audit",
		"pip-audit", "snyk", "trivy", "grype", "dependabot", NULL };
	for (int k = 0; scanners[k]; k++)
		if (imp_contains_ci_n(s, n, scanners[k]))
			return;
	/* "1 high, 3 medium — all fixed and re-tested": counts of findings
	 * over, no claim of the open ones */
	static const char *const over[] = { "all fixed", "all closed",
		"all resolved", "all remediated", NULL };
	static rec_vocab over_v = REC_VOCAB(over);
	if (imp_contains_any(s, n, &over_v))
		return;
	note_totals(im, s, n, line);
	bool seen[PRR_SEV_COUNT] = { false };
	for (size_t i = 0; i < n; i++) {
		if (!letter(s[i]) || (i && letter(s[i - 1])))
			continue;
		/* only the words that start as s[i] does: most places none */
		size_t count;
		const rec_entry *e = rec_vocab_at(&sev_vocab, s, n, i, &count);
		for (size_t t = 0; t < count; t++) {
			const char *w = rec_vocab_word(&sev_vocab, e[t]);
			size_t k = strlen(w);
			if (!imp_starts_with_ci(s + i, n - i, w) ||
			    (i + k < n && letter(s[i + k])))
				continue;
			prr_severity sev =
				(prr_severity)rec_vocab_value(&sev_vocab, e[t]);
			int c = count_near(s, n, i, k);
			if (c < 0 || seen[sev] || im->sev_stated[sev] ||
			    counts_other(s, n, i + k) || tier_named(s, i))
				continue;
			seen[sev] = true;
			if (imp_contains_ci_n(s, n, "risk")) {
				/* "Risks: 0 critical, 2 medium" counts risks */
				if (!im->risk_stated[sev]) {
					im->risk_stated[sev] = c + 1;
					im->risk_line[sev] = line;
				}
				continue;
			}
			im->sev_stated[sev] = c + 1;
			im->sev_line[sev] = line;
		}
	}
}

/* `have` counts what was found, closed since too; `closed` those closed
 * (NULL: none counted).  A stated count agrees with all found or with
 * those still open: "**Critical Blockers**: 0" over two rows struck
 * through and FIXED is "0 open (2 closed)". */
static void compare_counts(imp *im, const char *what, const int *stated,
			   const int *lines, const int *have, const int *closed)
{
	for (int s = PRR_SEV_CRITICAL; s < PRR_SEV_COUNT; s++) {
		if (!stated[s])
			continue;
		int gone = closed ? closed[s] : 0;
		bool open = gone && stated[s] - 1 == have[s] - gone;
		imp_add_claim(im, prr_arena_printf(im->a, "%s %s",
						   prr_severity_name((prr_severity)s),
						   what),
			      imp_long_text(im, stated[s] - 1),
			      open ? prr_arena_printf(im->a, "%d open (%d closed)",
						      have[s] - gone, gone)
				   : imp_long_text(im, have[s]),
			      stated[s] - 1 == have[s] || open, lines[s]);
	}
}

/* The stated counts against the findings and risks of each severity,
 * where the document lists any to count. */
void imp_resolve_severity_counts(imp *im)
{
	prr_review *r = im->r;
	for (size_t i = 0; i < r->n_findings; i++)
		if (im->sev_blocks[r->findings[i].severity])
			r->findings[i].blocking = true;
	int have[PRR_SEV_COUNT] = { 0 }, risks[PRR_SEV_COUNT] = { 0 };
	for (size_t i = 0; i < r->n_findings; i++)
		have[r->findings[i].severity]++;
	/* what it found, closed since, is counted too */
	bool closed = false;
	for (int s = 0; s < PRR_SEV_COUNT; s++) {
		have[s] += im->closed_sev[s];
		closed |= im->closed_sev[s] > 0;
	}
	for (size_t i = 0; i < r->n_risks; i++)
		risks[r->risks[i].level]++;
	if (r->n_findings || closed)
		compare_counts(im, "findings", im->sev_stated, im->sev_line, have,
			       im->closed_sev);
	long all = 0, blocking = 0;
	for (int s = 0; s < PRR_SEV_COUNT; s++)
		all += have[s];
	for (size_t i = 0; i < r->n_findings; i++)
		blocking += r->findings[i].blocking;
	if (im->total_stated && (r->n_findings || closed))
		imp_add_claim(im, "findings in all", imp_long_text(im, im->total_stated - 1),
			      imp_long_text(im, all), im->total_stated - 1 == all,
			      im->total_line);
	if (im->blocking_stated && r->n_findings)
		imp_add_claim(im, "blocking findings",
			      imp_long_text(im, im->blocking_stated - 1),
			      imp_long_text(im, blocking),
			      im->blocking_stated - 1 == blocking, im->blocking_line);
	if (r->n_risks)
		compare_counts(im, "risks", im->risk_stated, im->risk_line, risks,
			       NULL);
}

/*** Steps of a plan counted: "all 5 phases" over six "### Phase N" ***/

/* The plan words of step headings (imp_wave_heading), each with the
 * plurals a sentence counts them by. */
static const struct {
	const char *step;
	const char *plural[3];
} step_words[6] = {
	{ "phase", { "phases", "phasen", NULL } },
	{ "fase", { "fases", NULL, NULL } },
	{ "sprint", { "sprints", NULL, NULL } },
	{ "wave", { "waves", NULL, NULL } },
	{ "stage", { "stages", NULL, NULL } },
	{ "etapa", { "etapas", NULL, NULL } },
};

/* The step word s[0..n) starts with, whole (-1 when none); `plural`
 * asks for the plurals, else the step word itself. */
static int step_word(const char *s, size_t n, bool plural, size_t *len)
{
	for (int w = 0; w < 6; w++)
		for (int k = 0; k < 3; k++) {
			const char *t = plural ? step_words[w].plural[k]
					       : (k ? NULL : step_words[w].step);
			if (!t)
				break;
			size_t m = strlen(t);
			if (imp_starts_with_ci(s, n, t) &&
			    (m == n || !letter(s[m]))) {
				*len = m;
				return w;
			}
		}
	return -1;
}

/*
 * A sentence that counts the steps of the plan as a whole: "all 5
 * phases", "across all 11 phases", "alle 3 Phasen", "6 sprints
 * completed". "the next 2 phases" or "3 phases left" count a part and
 * are left alone.
 */
void imp_note_step_count(imp *im, const char *s, size_t n, int line)
{
	static const char *const all[] = { "all", "todas", "todos", "toutes",
		"tous", "alle", NULL };
	static const char *const done[] = { "completed", "complete", "done",
		"finished", "delivered", "concluídas", "completadas",
		"abgeschlossen", NULL };
	for (size_t i = 0; i < n; i++) {
		if (!digit(s[i]))
			continue;
		if (i && (digit(s[i - 1]) || letter(s[i - 1])))
			continue;
		size_t e = i;
		while (e < n && digit(s[e]))
			e++;
		size_t j = e;
		while (j < n && s[j] == ' ')
			j++;
		if (j == e || j >= n || !letter(s[j]))
			continue; /* "5 phases", not "5%" nor "5." */
		/* one word may stand between: "5 implementation phases" */
		size_t len = 0;
		int w = step_word(s + j, n - j, true, &len);
		if (w < 0) {
			size_t k = j;
			while (k < n && letter(s[k]))
				k++;
			if (k == j || k >= n || s[k] != ' ')
				continue;
			j = k + 1;
			w = step_word(s + j, n - j, true, &len);
			if (w < 0)
				continue;
		}
		/* "all" right before the number, or a word of completion
		 * right after the step word */
		size_t b = i;
		while (b && (s[b - 1] == ' ' || s[b - 1] == '*'))
			b--;
		size_t a = b;
		while (a && letter(s[a - 1]))
			a--;
		bool whole = false;
		for (int k = 0; all[k] && !whole; k++)
			whole = b - a == strlen(all[k]) &&
				imp_starts_with_ci(s + a, b - a, all[k]);
		size_t c = j + len;
		while (c < n && (s[c] == ' ' || s[c] == '*'))
			c++;
		for (int k = 0; done[k] && !whole; k++)
			whole = imp_starts_with_ci(s + c, n - c, done[k]);
		if (!whole || im->steps_stated[w])
			continue;
		im->steps_stated[w] = atoi(s + i) + 1;
		im->steps_line[w] = line;
	}
}

/* The stated counts against the step headings the document has: the
 * distinct numbers after each plan word ("Phase 0" … "Phase 5" are six,
 * "### Phase 2 Tasks" under "## Phase 2" one). */
void imp_resolve_step_counts(imp *im)
{
	const prr_review *r = im->r;
	for (int w = 0; w < 6; w++) {
		if (!im->steps_stated[w])
			continue;
		/* numbers 0..255 seen; larger ones are no plan's steps */
		unsigned char seen[256] = { 0 };
		int have = 0;
		for (size_t si = 0; si < r->n_sections; si++) {
			const char *t = im->sx[si].title;
			if (!t || !im->sx[si].wave_step)
				continue;
			while (*t && !letter(*t))
				t++;
			size_t len = 0;
			if (step_word(t, strlen(t), false, &len) != w ||
			    t[len] != ' ' || !digit(t[len + 1]))
				continue;
			long k = atol(t + len + 1);
			if (k < 0 || k > 255 || seen[k])
				continue;
			seen[k] = 1;
			have++;
		}
		if (have < 2)
			continue;
		int stated = im->steps_stated[w] - 1;
		imp_add_claim(im, prr_arena_printf(im->a, "%ss",
						   step_words[w].step),
			      imp_long_text(im, stated), imp_long_text(im, have),
			      stated == have, im->steps_line[w]);
	}
}

/*
 * The review's overall score against the plain mean of its dimensions on
 * the same scale ("B+ (87/100)" over six categories averaging 70.7): they
 * disagree beyond the stated figure's rounding ("7.5/10" over a mean of
 * 7.25, which the headline shows as two figures: prr_score_rounds_to).
 * Or against their sum, where their scales add up to the overall's
 * ("62/100" over four areas out of 25): they disagree by more than
 * rounding.  Weighted dimensions
 * are left to the figures, which know the weights, but for a Weight
 * column that is each row's maximum ("| Rollback | 45 | 28/45 |"): their
 * points sum up.  The largest score table's Total row is audited so too
 * where another score leads ("**62/100**" over rows that sum to 62 and
 * a Total row of 64).
 */
static void score_against_dims(imp *im, const prr_score *overall)
{
	const prr_review *r = im->r;
	double sum = 0, parts = 0, parts_max = 0;
	int n = 0, m = 0;
	bool weighted = false;
	/* the dimensions of the document's largest score table: scores
	 * in headings and lists are often of parts, not of the whole */
	for (size_t i = im->dims_tab_at; i < im->dims_tab_at + im->dims_tab_n &&
					  i < r->n_dimensions; i++) {
		const prr_dimension *d = &r->dimensions[i];
		if (prr_has(d->weight) && d->weight != d->max)
			return;
		weighted |= prr_has(d->weight);
		if (!prr_has(d->score) || prr_has(d->high))
			continue;
		if (d->max == overall->max) {
			sum += d->score;
			n++;
		}
		parts += d->score;
		parts_max += d->max;
		m++;
	}
	const char *label = overall->label ? overall->label : "Overall score";
	if (n < 3 && m >= 2 && n < m && fabs(parts_max - overall->max) < 1e-9) {
		imp_add_claim(im, prr_arena_printf(im->a, "%s against the sum "
						   "of %d dimensions", label, m),
			      prr_arena_printf(im->a, "%g/%g", overall->value, overall->max),
			      prr_arena_printf(im->a, "%g/%g", parts, overall->max),
			      fabs(parts - overall->value) < 0.5 + 1e-9, overall->line);
		return;
	}
	if (n < 3 || weighted)
		return;
	double mean = sum / n;
	imp_add_claim(im, prr_arena_printf(im->a, "%s against the mean of %d "
					   "dimensions", label, n),
		      prr_arena_printf(im->a, "%g/%g", overall->value, overall->max),
		      /* to two decimals, as a stated "7.25/10" has them */
		      prr_arena_printf(im->a, "%g/%g", round(mean * 100) / 100,
				       overall->max),
		      prr_score_rounds_to(overall->value, mean),
		      overall->line);
}

void imp_claim_score_mean(imp *im)
{
	const prr_review *r = im->r;
	const prr_score *overall = NULL, *total = &im->dims_tab_total;
	for (size_t i = 0; i < r->n_scores && !overall; i++)
		if (prr_has(r->scores[i].value) && !prr_has(r->scores[i].high))
			overall = &r->scores[i];
	if (overall)
		score_against_dims(im, overall);
	if (total->line && !prr_has(total->high) &&
	    (!overall || overall->line != total->line))
		score_against_dims(im, total);
}

/* The boxes of the lists of sections before each section k: ticked in
 * sums[2 * k], all in sums[2 * k + 1] (sections stand in the
 * document's order, so those of a part are a difference: one pass over
 * the checklists for all parts, not one a part).  Boxes only: ✅/⚠️
 * bullets are judged, not ticked. */
static long *box_sums(imp *im)
{
	const prr_review *r = im->r;
	long *sums = prr_arena_array(&im->tmp, 2 * (r->n_sections + 1),
				     sizeof *sums);
	for (size_t c = 0; c < r->n_checklists; c++) {
		size_t s = im->cl_sec[c];
		if (s == NONE || s >= r->n_sections || !im->cl_box[c])
			continue;
		long d, t;
		imp_checklist_count(&r->checklists[c], &d, &t);
		sums[2 * (s + 1)] += d;
		sums[2 * (s + 1) + 1] += t;
	}
	for (size_t k = 1; k <= r->n_sections; k++) {
		sums[2 * k] += sums[2 * (k - 1)];
		sums[2 * k + 1] += sums[2 * (k - 1) + 1];
	}
	return sums;
}

/* The boxes of the lists in section s and below it: how many ticked
 * (*done) of how many (*total), from box_sums. */
static void boxes_under(const imp *im, const long *sums, size_t s,
			long *done, long *total)
{
	const prr_review *r = im->r;
	size_t end = s + 1;
	while (end < r->n_sections &&
	       r->sections[end].level > r->sections[s].level)
		end++;
	*done = sums[2 * end] - sums[2 * s];
	*total = sums[2 * end + 1] - sums[2 * s + 1];
}

/*
 * A heading that states how far its part is ("## Phase 2 (21% - in
 * progress)", "### Dashboard (🚧 33%)") against the boxes ticked in the
 * checklists of its part: they disagree by more than two points.
 */
void imp_claim_heading_percents(imp *im)
{
	const prr_review *r = im->r;
	const long *sums = NULL;
	for (size_t s = 0; s < r->n_sections; s++) {
		const char *h = r->sections[s].heading;
		if (!h)
			continue;
		size_t hn = strlen(h);
		double pct = first_percent(h, hn);
		bool known;
		if (!prr_has(pct))
			continue;
		/* the status must be said of the percent: inside its
		 * parentheses when it is in some ("(🚧 33% - partial)"; in
		 * "🔄 Phase 6 (10%)" the 10% is a share of the whole) */
		const char *pc = strchr(h, '%'), *op = NULL, *cp = NULL;
		for (const char *q = h; pc && q < pc; q++)
			if (*q == '(')
				op = q;
			else if (*q == ')')
				op = NULL;
		if (op)
			cp = strchr(pc, ')');
		const char *sp = op && cp ? op : h;
		size_t sn = op && cp ? (size_t)(cp - op) : hn;
		prr_status st = prr_status_from_text(sp, sn, &known);
		/* "Coverage 80%" is a figure, not progress; "✅ Phases 1-5
		 * (50%)" is a share of the whole, done */
		if (!known || st == PRR_PASS || pct >= 100)
			continue;
		long done, total;
		if (!sums)
			sums = box_sums(im);
		boxes_under(im, sums, s, &done, &total);
		if (!total)
			continue;
		double real = 100.0 * (double)done / (double)total;
		const char *found, *stated = imp_percent_text(im, pct, done,
							      total, &found);
		imp_add_claim(im, imp_join(im, im->sx[s].title, ": ", "progress"),
			      stated, found, fabs(real - pct) <= 2.0,
			      r->sections[s].line);
	}
}

/*
 * A heading that counts what it lists ("## Aktionsplan — Alle 23 Punkte",
 * "## All 12 issues"): against its sub-headings of the deepest level
 * below it (the 17 "#### FIX-NN" under "### PRIORITÄT" groups).  The
 * count is the heading's one number, standing alone before a word.
 */
static bool counted_heading(const char *h, long *count, bool *alone_out)
{
	long n = -1;
	*alone_out = false;
	for (size_t i = 0; h[i]; i++) {
		if (!isdigit((unsigned char)h[i]))
			continue;
		if (n >= 0 || (i && (isalnum((unsigned char)h[i - 1]) ||
				     h[i - 1] == '.' || h[i - 1] == '-' ||
				     h[i - 1] == '#' || h[i - 1] == '$' ||
				     (i >= 2 && memcmp(h + i - 2, "\xC2\xA3", 2) == 0) ||
				     (i >= 3 && memcmp(h + i - 3, "\xE2\x82\xAC", 3) == 0))))
			return false; /* two numbers, "Q3", "v2.1", "FIX-01",
				       * "$30 Launch Plan", "£5", "€9" */
		size_t j = i;
		while (isdigit((unsigned char)h[j]))
			j++;
		bool alone = i && h[i - 1] == '(' && h[j] == ')';
		if (j - i > 3 || (!alone && (h[j] != ' ' ||
					     !isalpha((unsigned char)h[j + 1]))))
			return false; /* "2026", "(21%)", "Phase 2" */
		*alone_out = alone;
		/* "Sprint 2 Summary", "Week 6 Metrics", "Task 11 evidence": a
		 * step's or a task's number */
		static const char *const steps[] = { "sprint", "phase", "week",
			"wave", "stage", "iteration", "day", "month", "part",
			"step", "version", "release", "round", "chapter",
			"section", "level", "tier", "fase", "semana", "etapa",
			"woche", "semaine", "epic", "milestone", "gate",
			/* "## Task 11 evidence": a task's number */
			"task", "ticket", "story", NULL };
		size_t a, b = rec_letters_before(h, i, &a);
		if (imp_is_one_of(h + a, b - a, steps))
			return false;
		/* "(15 pts)", "15 story points", "3 days", "2 Semanas": a
		 * figure or a span of time */
		static const char *const units[] = { "pts", "pt", "sp",
			"points", "story", "hours", "hrs", "h", "days", "d",
			"weeks", "min", "months", "years", "sprints", "semanas",
			"semaines", "wochen", "meses", "mois", "dias", "días",
			"jours", "tage", NULL };
		size_t u = j + 1, k = 0;
		while (isalpha((unsigned char)h[u + k]))
			k++;
		if (imp_is_one_of(h + u, k, units))
			return false;
		int depth = 0;
		for (size_t q = 0; q < i; q++)
			depth += (h[q] == '(') - (h[q] == ')');
		/* "Linked issues (4)": a count alone in parentheses */
		if (depth > 0 && !(h[i - 1] == '(' && h[j] == ')'))
			return false;
		n = strtol(h + i, NULL, 10);
		i = j;
	}
	*count = n;
	return n >= 2;
}

void imp_claim_heading_counts(imp *im)
{
	const prr_review *r = im->r;
	for (size_t s = 0; s < r->n_sections; s++) {
		const char *h = r->sections[s].heading;
		long stated;
		bool alone;
		if (!h || r->sections[s].level < 2 ||
		    !counted_heading(h, &stated, &alone))
			continue;
		int deepest = 0;
		size_t end = s + 1;
		for (; end < r->n_sections &&
		       r->sections[end].level > r->sections[s].level; end++)
			if (r->sections[end].level > deepest)
				deepest = r->sections[end].level;
		long listed = 0;
		for (size_t c = s + 1; c < end; c++)
			listed += r->sections[c].level == deepest;
		/* "Linked issues (4)" over no parts: the rows of its one
		 * table or list; not a number ten times as many ("aday
		 * sinyaller (383)" over 3 rows of metrics: what they are
		 * measured over, no count of them) */
		if (alone && !deepest && im->sx[s].blocks == 1 &&
		    stated > 10 * (long)im->sx[s].rows)
			continue;
		if (alone && !deepest && im->sx[s].blocks == 1)
			listed = (long)im->sx[s].rows;
		/* a handful of parts is no list of what it counts */
		else if (listed < 3)
			continue;
		if (listed < 1)
			continue;
		const char *w = h;
		while (*w && !isdigit((unsigned char)*w))
			w++;
		while (isdigit((unsigned char)*w) || *w == ' ')
			w++;
		/* what it counts: its words up to a remark ("CRITICAL RISKS
		 * (RANKED)", "Punkte", "issues — by owner"), or before the
		 * count in parentheses ("Linked issues (4)") */
		size_t wn = strcspn(w, "(:[\xE2");
		if (*w == ')') {
			w = im->sx[s].title;
			wn = (size_t)(strchr(w, '(') ? strchr(w, '(') - w : 0);
		}
		while (wn && w[wn - 1] == ' ')
			wn--;
		imp_add_claim(im, prr_arena_printf(im->a, "%.*s listed under '%s'",
						   (int)wn, w, im->sx[s].title),
			      imp_long_text(im, stated), imp_long_text(im, listed),
			      stated == listed, r->sections[s].line);
	}
}

/* "## Security (8/10 → 10/10)" over boxes not all ticked: a transition
 * to a full score whose part still has work open states its goal, and
 * the score now is the one it starts from (8/10), a rating, no tally of
 * the boxes (ten boxes, seven ticked, are no audit of 8/10).  Whether
 * it was so. */
static bool goal_to_now(imp *im, const char *h, prr_dimension *dm)
{
	size_t hn = strlen(h);
	char *hs = prr_arena_alloc_str(&im->tmp, hn + 3);
	memcpy(hs, "# ", 2); /* (the recogniser knows a heading by its '#') */
	memcpy(hs + 2, h, hn + 1);
	prr_score_hit last, from;
	if (prr_rec_score(hs, hn + 2, &last) && last.value == dm->score &&
	    last.max == dm->max && prr_rec_score_from(hs, hn + 2, &from) &&
	    from.max == dm->max && !prr_has(from.high) && from.value < from.max) {
		dm->score = from.value;
		return true;
	}
	return false;
}

void imp_claim_heading_tallies(imp *im)
{
	prr_review *r = im->r;
	size_t kept = 0;
	const long *sums = NULL;
	for (size_t i = 0; i < r->n_dimensions; i++) {
		prr_dimension *dm = &r->dimensions[i];
		/* the section of its heading's line: sections stand in the
		 * document's order, so a search of halves finds the first */
		size_t lo = 0, hi = r->n_sections;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (r->sections[mid].line < dm->line)
				lo = mid + 1;
			else
				hi = mid;
		}
		size_t s = lo < r->n_sections && r->sections[lo].line == dm->line
				   ? lo : r->n_sections;
		long done = 0, total = 0;
		if (s < r->n_sections && r->sections[s].heading &&
		    dm->score == floor(dm->score) && !prr_has(dm->high)) {
			if (!sums)
				sums = box_sums(im);
			boxes_under(im, sums, s, &done, &total);
		}
		bool goal = done < total && dm->score == dm->max &&
			    goal_to_now(im, r->sections[s].heading, dm);
		if (goal || !total || (double)total != dm->max) {
			r->dimensions[kept++] = *dm;
			continue;
		}
		const char *t = im->sx[s].title;
		size_t tn = imp_before_paren(t, strlen(t));
		while (tn && t[tn - 1] == ' ')
			tn--;
		imp_add_claim(im, prr_arena_printf(im->a, "boxes ticked under '%.*s'",
						   (int)tn, t),
			      prr_arena_printf(im->a, "%.0f/%.0f", dm->score, dm->max),
			      prr_arena_printf(im->a, "%ld/%ld", done, total),
			      (double)done == dm->score, dm->line);
	}
	r->n_dimensions = kept;
}
