/* import_table_over.c - a finding's cells other than its Status that say
 * it is over: its due date given as done ("対応済（3/10 修正）"), its
 * measure ending with a word that closes it ("Wurde bereits in Vault
 * verschoben — erledigt"). */
#include "import_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

bool imp_status_label(const char *name)
{
	static const char *const labels[] = { "status", "statut", "estado",
		"stato", NULL };
	for (int k = 0; labels[k]; k++)
		if (strcasecmp(name, labels[k]) == 0)
			return true;
	return false;
}

/* One clause of a cell, s[0..n), that is a single word closing a finding
 * ("erledigt", "Fixed", "対応済" with its "（3/10 修正）" left off). */
static bool over_word(imp *im, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '(' || (n - i >= 3 && memcmp(s + i, "\xEF\xBC\x88", 3) == 0)) {
			n = i; /* "（3/10 修正）", "(v2.1)": what follows */
			break;
		}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '.'))
		n--;
	if (!n || memchr(s, ' ', n))
		return false;
	/* ("### LR-5: CORS — Fail-Closed": a design, no finding closed) */
	if (n > 5 && strncasecmp(s, "fail-", 5) == 0)
		return false;
	return imp_closed_status(prr_arena_strndup(&im->tmp, s, n));
}

bool imp_cell_says_over(imp *im, const char *c)
{
	size_t n = strlen(c), a = 0;
	for (size_t i = 0; i <= n; i++) {
		/* clauses end at ';' and at a dash between spaces */
		size_t d = i + 1 < n && c[i] == ' ' ? imp_dash_len(c + i + 1, n - i - 1) : 0;
		size_t dash = d && i + 1 + d < n && c[i + 1 + d] == ' ' ? d + 2 : 0;
		if (i < n && c[i] != ';' && !dash)
			continue;
		size_t b = a;
		while (b < i && c[b] == ' ')
			b++;
		if (over_word(im, c + b, i - b))
			return true;
		a = i + (dash ? dash : 1);
		i = a - 1;
	}
	return false;
}

/* "✅ Done", "✅ Implemented. Bond and Unbond forms in Dashboard.": a
 * cell that opens with a mark of done and a word that closes, its first
 * sentence; not "✅ In review." (waiting), nor a mark alone. */
bool imp_cell_marked_over(imp *im, const char *c)
{
	size_t n = strlen(c), i = 0, e;
	bool known;
	uint32_t cp;
	for (size_t len; i < n && (len = rec_cp_at(c, n, i, &cp)) > 0 &&
			 (rec_is_symbol(cp) || cp == ' ' || cp == 0xFE0F);)
		i += len;
	if (i == 0 || i == n ||
	    prr_status_from_marks(c, i, &known) != PRR_PASS || !known)
		return false;
	for (e = i; e < n && !strchr(".;:(", c[e]); e++)
		;
	while (e > i && c[e - 1] == ' ')
		e--;
	return e > i && !memchr(c + i, ' ', e - i) &&
	       imp_closed_status(prr_arena_strndup(&im->tmp, c, e));
}

/* A header that names the fix made ("Fix", "Fix applied", "Fixed by",
 * "Исправление"), or the check that proved it ("Verified by",
 * "Verification", "Production-проверка"; not "How to verify"). */
static bool fix_head(const char *h)
{
	size_t n = strlen(h);
	return imp_starts_with_ci(h, n, "fix") || strstr(h, "справлен") ||
	       imp_starts_with_ci(h, n, "correction");
}

static bool verified_head(const char *h)
{
	size_t n = strlen(h);
	return imp_starts_with_ci(h, n, "verified") ||
	       imp_starts_with_ci(h, n, "verification") || strstr(h, "роверк");
}

bool imp_table_fix_register(const table *t, int *fix, int *verified)
{
	*fix = *verified = -1;
	for (size_t k = 0; k < t->cols; k++) {
		if (*fix < 0 && fix_head(t->head[k]))
			*fix = (int)k;
		else if (*verified < 0 && verified_head(t->head[k]))
			*verified = (int)k;
	}
	return *fix >= 0 && *verified >= 0;
}

bool imp_row_fixed_verified(const table *t, size_t r, int fix, int verified)
{
	static const char *const waits[] = { "pending", "tbd", "todo",
		"to do", "not yet", "planned", "n/a", "none", "no", "open",
		"нет", "ожида", "?", NULL };
	const char *v = t->cell[r][verified];
	while (*v == ' ')
		v++;
	if (imp_cell_blank(t->cell[r][fix]) || imp_cell_blank(v))
		return false;
	for (int k = 0; waits[k]; k++) {
		size_t w = strlen(waits[k]);
		if (strncasecmp(v, waits[k], w) == 0 &&
		    !isalnum((unsigned char)v[w]))
			return false;
	}
	return true;
}
