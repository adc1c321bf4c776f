/* import_find.c - findings, blockers and risks written as headings and
 * lists ("### BUG-001: …", "#### 🔴 CRITICAL: …", items under "Blockers"). */
#include "import_int.h"
#include "import_denials.h"
#include "import_find_items.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* The kind of list the nearest enclosing heading introduces: 1 findings,
 * 2 blockers, 3 risks, 0 none. */
static bool done_heading(const char *s, size_t n);

/* Under a heading that is one finding ("### 1. CRITICAL: No
 * migrations"): its sub-headings ("#### Problème") and lists describe
 * that one. */
bool imp_inside_finding(imp *im)
{
	for (int j = im->n_hs - 1; j >= 0; j--)
		if (im->sx[im->hs[j].sec].found)
			return true;
	return false;
}

/* A heading that says what is under it is not done: "Unresolved
 * issues", "Known gaps (not blockers, but not fixed)", "REMAINING
 * PRE-EXISTING ISSUES (Not Fixed — Out of Scope)", "严重问题（必须修复）"
 * (must fix), "中等问题（建议修复）" (should fix). */
static bool denies_done(const char *s, size_t n)
{
	static const char *const words[] = { "unresolved", "unfixed",
		"not fixed", "not yet fixed", "not resolved", "not yet resolved",
		"not closed", "nicht behoben", "no resuelto", "non corrigé",
		"未修复", "未解决", "未対応", "未解決", "必须修复", "需要修复",
		"待修复", "建议修复", "fail-closed", "fail closed",
		"fails closed", NULL }; /* a design: "CORS — Fail-Closed" */
	static rec_vocab vocab = REC_VOCAB(words);
	return imp_contains_any(s, n, &vocab);
}

/* Words of headings over what is fixed or done: what is listed there is
 * not open ("Resolved Issues", "Fix details", "修复详情", "Corrigé",
 * "Additional Items (Verified, No Code Changes Required)"). */
static bool resolved_heading(const char *s, size_t n)
{
	static const char *const words[] = { "resolved", "fixed", "fixes",
		"fix details", "closed", "corrigé", "resuelto", "resolvido",
		"erledigt", "behoben", "修复", "已解决", "解決済", "対応済",
		"successes", "strengths", "what went well", "no change required",
		"no changes required", "no code changes required", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	return imp_contains_any(s, n, &vocab) && !denies_done(s, n);
}

/* Whether stack entry `k`'s heading says in words that what is under it
 * is resolved or fixed (not only that it passes: "## WHAT WE NEED TO BE
 * PRODUCTION READY" states a status, not that its blockers are done). */
bool imp_over_resolved(imp *im, int k)
{
	const char *t = im->sx[im->hs[k].sec].title;
	return resolved_heading(t, strlen(t));
}

/* The kind of the nearest heading at or above stack entry `k` that has
 * one (-1: resolved), or 0. */
static int kind_above(imp *im, int k)
{
	for (int j = k; j >= 0; j--)
		if (im->sx[im->hs[j].sec].found)
			return 0; /* inside one finding, not a list of them */
	/* the nearest heading's kind, unless one above is over what is
	 * resolved or fixed ("## Priority Fixes" over "### 🔴 CRITICAL",
	 * "## Resolved issues" over "### High"): that holds for all below */
	int near = 0;
	for (; k >= 0; k--) {
		int c = imp_kind_of(im, k);
		if (!near)
			near = c;
		else if (c < 0 && (imp_over_resolved(im, k) ||
				   imp_plan_heading(im->sx[im->hs[k].sec].title)))
			return c; /* ("### 7.2 Contingency Plans" over "####
				   * Payment Provider Issues") */
	}
	return near;
}

int imp_heading_kind(imp *im)
{
	return kind_above(im, im->n_hs - 1);
}

/* A lead that orders what follows, "Highest severity first", or whose
 * severity word is joined to another, "Highest-impact" (not
 * "High-severity", "High-priority", "High-risk"): no severity, nor a
 * list of findings (the heading above may be one). */
static bool ordering_lead(const char *s, size_t n)
{
	static const char *const joined[] = { "severity", "priority", "risk",
		"sev", NULL };
	size_t w = n;
	while (w && s[w - 1] != ' ')
		w--;
	if (n - w == 5 && strncasecmp(s + w, "first", 5) == 0)
		return true;
	size_t h = 0;
	while (h < n && isalpha((unsigned char)s[h]))
		h++;
	if (!h || h + 1 >= n || s[h] != '-' || !isalpha((unsigned char)s[h + 1]))
		return false;
	size_t e = h + 1;
	while (e < n && isalpha((unsigned char)s[e]))
		e++;
	bool blocking;
	return prr_rec_severity(s, h, &blocking) != PRR_SEV_UNKNOWN &&
	       !imp_is_one_of(s + h + 1, e - h - 1, joined);
}

int imp_container(imp *im)
{
	int c = kind_above(im, im->n_hs - 1);
	return c < 0 ? 0 : c;
}

/* "1. Title", "1) Title", "1️⃣ Title", "#1 Title": a numbered heading. */
static bool numbered(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == '*' || s[i] == ' '))
		i++;
	if (i < n && s[i] == '#')
		i++;
	size_t d = i;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == d || i - d > 3)
		return false;
	return i == n || s[i] == '.' || s[i] == ')' || s[i] == ' ' ||
	       (unsigned char)s[i] >= 0xE2; /* a keycap: 1️⃣ */
}

/* A heading that only names a severity ("High Priority (1 week)",
 * "🔴 Critical", "Low（長期計画）"): a group of findings, not one. */
static bool severity_group(const char *s, size_t n)
{
	bool blocking;
	size_t k = 0, wide = 0; /* (wide: letters of two bytes, one each) */
	while (k < n && s[k] != '(' && s[k] != ':' &&
	       !(k + 3 <= n && (memcmp(s + k, "\xEF\xBC\x88", 3) == 0 ||
				memcmp(s + k, "\xEF\xBC\x9A", 3) == 0))) {
		/* "Section 4" is a numbered part; "P1" a priority */
		if (s[k] >= '0' && s[k] <= '9' && (k == 0 || s[k - 1] != 'P'))
			return false;
		wide += ((unsigned char)s[k] & 0xE0) == 0xC0; /* "ВЫСОКИЙ" */
		k++;
	}
	/* the severity is what the words before any "(…)" or ":" say; a
	 * siren alone is an alarm, no level ("🚨 Critical Path Items",
	 * "🚨 Immediate Actions") */
	size_t a = 0;
	while (a < n && s[a] == ' ')
		a++;
	if (n - a >= 4 && memcmp(s + a, "\xF0\x9F\x9A\xA8", 4) == 0 && k >= a + 4 &&
	    prr_severity_from_text(s + a + 4, k - a - 4) == PRR_SEV_UNKNOWN)
		return false;
	/* (a priority that leads a step it is due before, however long:
	 * "P0 Before Public Hosted Production"; "HIGH — Must Fix Before …") */
	bool priority = (n > 3 && s[0] == 'P' && s[1] >= '0' && s[1] <= '3' &&
			 s[2] == ' ' && imp_before_step(s, n)) || imp_fix_when_group(s, n);
	return (k - wide <= 28 || priority) && !numbered(s, n) &&
	       prr_rec_severity(s, k, &blocking) != PRR_SEV_UNKNOWN;
}

/* IDs that name findings by their prefix ("BUG-001", "SEC-2", "B1"), as
 * against tests, stories and criteria ("UAT-3", "US-12", "AC-4"). */
static bool finding_prefix(const char *id, size_t n)
{
	static const char *const prefixes[] = { "BUG", "SEC", "F", "FND",
		"FIX", "GAP", "ISSUE", "ISS", "VULN", "B", "BLK", "CO", "P0",
		"P1", "P2", "P3", "H", "M", "L", "C", "DEF", "ERR", NULL };
	size_t k = 0;
	while (k < n && id[k] >= 'A' && id[k] <= 'Z')
		k++;
	if (k < n && k == 1 && id[0] == 'P' && id[1] >= '0' && id[1] <= '3')
		k = 2; /* "P0-3" */
	for (int i = 0; prefixes[i]; i++)
		if (strlen(prefixes[i]) == k && memcmp(id, prefixes[i], k) == 0)
			return true;
	return false;
}

/* Whether a section's heading is numbered ("#### 4. XSS in search"): its
 * title has lost the number, the heading as written has not. */
static bool numbered_heading(imp *im, size_t si)
{
	const char *h = im->r->sections[si].heading;
	return h && numbered(h, strlen(h));
}

/*
 * What the heading of stack entry `k` introduces, worked out when first
 * asked (most headings are never asked: nothing beneath them is a list
 * or heading that could be a finding): 1 findings, 2 blockers, 3 risks,
 * -1 what is resolved, 0 nothing.
 */
/* A numbered heading that only names a list of findings ("3. Findings",
 * "2. Open issues", "3. 指摘事項"; not "4. XSS vulnerability", which is
 * one): the kind of the paragraphs and tables under it, or 0. */
int imp_numbered_list_heading(imp *im)
{
	if (!im->n_hs || !numbered_heading(im, im->hs[im->n_hs - 1].sec))
		return 0;
	const char *t = im->sx[im->hs[im->n_hs - 1].sec].title;
	size_t words = 0, n = strlen(t);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t[i];
		if (!isalpha(c) && c != ' ' && c < 0x80)
			return 0;
		words += c != ' ' && (i == 0 || t[i - 1] == ' ');
	}
	/* (or opens with their plural: "3. Issues raised in the meeting") */
	static const char *const plurals[] = { "issues ", "findings ",
		"blockers ", "risks ", NULL };
	bool plural = false;
	for (int k = 0; plurals[k] && !plural; k++)
		plural = imp_starts_with_ci(t, n, plurals[k]);
	return words <= 2 || plural ? prr_rec_finding_heading(t, n) : 0;
}


/* Whether a heading's title (its marks taken off) says its status in
 * words ("Low Risk (Acceptable)"; not "### Low Risk ✅"). */
static bool says_status(const char *s, size_t n)
{
	bool known;
	prr_status_from_text(s, n, &known);
	return known;
}

int imp_kind_of(imp *im, int k)
{
	size_t si = im->hs[k].sec;
	secx *x = &im->sx[si];
	if (x->kind_known)
		return x->container;
	x->kind_known = true;
	const char *title = x->title;
	size_t n = strlen(title);
	int kind = 0;
	/* the document's title names what it is ("Gap Audit"), not a list;
	 * "4. XSS vulnerability" is one finding, not a list of them */
	if (imp_title_heading(im, si))
		kind = 0;
	/* what is done about them, or steps if one occurs: "### Mitigation
	 * Strategies", "### If Bug Found After 24 Hours"; "### Why Low Risk" */
	else if (imp_plan_heading(title) || imp_reasons_heading(title))
		kind = -1;
	/* (a plan's step of fixes is of fixes to make: "### Phase 1:
	 * Critical Security Fixes (2-3 weeks)" over "#### P0-1: …") */
	else if ((resolved_heading(title, n) &&
		  !(x->wave_step && !done_heading(title, n))) ||
		 (x->stated_known && x->stated == PRR_PASS &&
		  /* (not a level of risks: "### Low Risk (Acceptable)"
		   * groups risks, its word the level's, no status; "###
		   * Low Risk ✅" marks them all well) */
		  !(prr_rec_finding_heading(title, n) == 3 &&
		    severity_group(title, n) && says_status(title, n))))
		kind = -1; /* "✅ Phase 0: Critical Blockers - COMPLETE" too */
	else if (numbered_heading(im, si)) {
		kind = imp_numbered_group(title, n);
		if (!kind && imp_category_group(title, n, x->parts))
			kind = 1; /* "1. SECURITY (CRITICAL)" over "1.1 …" */
	}
	else if ((kind = prr_rec_finding_heading(title, n)) == 2 &&
		 imp_contains_ci_n(title, n, "risks"))
		kind = 1; /* "Remaining blockers and risks": those it calls so block */
	else if (kind == 1 && k > 0 && !imp_lesser_urgency(title, n) &&
		 !imp_rated_below_high(title, n) && kind_above(im, k - 1) == 2)
		kind = 2; /* "### Dependency Issues" under "## BLOCKERS" */
	else if (!kind &&
		 severity_group(title, n)) {
		int up = kind_above(im, k - 1);
		kind = up > 0 ? up : 1;
		/* "## P0 Before Public Hosted Production": critical, to do
		 * before it (not "P1 — High priority (fix before GA)") */
		bool blocking;
		if (kind == 1 && imp_before_step(title, n) &&
		    prr_rec_severity(title, n, &blocking) == PRR_SEV_CRITICAL)
			kind = 2;
	} else if (!kind && imp_lesser_urgency(title, n))
		/* "### 📋 **Nice to Have**" under "## Production Blockers":
		 * findings that do not block */
		kind = kind_above(im, k - 1) == 2 ? 1 : 0;
	/* "## Residual Gaps (Blockers → Minor Issues)": a range of levels,
	 * findings, of which only those called blockers block */
	if (kind == 2 && imp_names_levels(title, n))
		kind = 1;
	if (kind > 0 && imp_signal_heading(title, n))
		kind = 0; /* "### Red Light Blockers": a signal's conditions */
	x->container = kind;
	return kind;
}

static prr_finding *new_finding(imp *im, const char *s, size_t n, int line,
				bool blocking)
{
	size_t dash = 0, end_id = 0, end_id_len = 0;
	bool id_ends = prr_rec_finding_id_ending(s, n, &dash, &end_id, &end_id_len);
	const char *title = imp_bold_id_title(im, s, n,
					      imp_item_title(im, s, id_ends ? dash : n));
	blocking = blocking && !prr_rec_denies_blocking(s, n);
	bool says_blocking = false;
	prr_severity sev = imp_any_severity(s, n, &says_blocking);
	/* under "### Known gaps (not blockers, but not fixed)" none blocks,
	 * whatever it names ("… the version-sync blocker … was fixed") */
	for (int j = 0; j < im->n_hs && (blocking || says_blocking); j++)
		if (prr_rec_denies_blocking(im->hs[j].title, strlen(im->hs[j].title)))
			blocking = says_blocking = false;
	/* "Blocks cutover of x." under "### 🟠 High": high; alone, a
	 * blocker is critical */
	if (sev == PRR_SEV_CRITICAL && says_blocking &&
	    prr_rec_severity_said(s, n, NULL) == PRR_SEV_UNKNOWN) {
		prr_severity above = im->lead_sev != PRR_SEV_UNKNOWN
					     ? im->lead_sev : imp_heading_severity(im);
		if (above != PRR_SEV_UNKNOWN)
			sev = above;
	}
	if (sev == PRR_SEV_UNKNOWN && !imp_own_level_word(s, n))
		sev = im->lead_sev ? im->lead_sev : imp_heading_severity(im);
	size_t at, len;
	/* "→ downgraded to **Medium** on 16 March: …": what it was rated to */
	prr_severity again = imp_rerated(s, n, &at, &len);
	if (again != PRR_SEV_UNKNOWN) {
		sev = again;
		title = imp_rerated_title(title);
	}
	bool has_id = prr_rec_finding_id(s, n, &at, &len);
	if (!has_id && id_ends)
		at = end_id, len = end_id_len;
	prr_finding *f = imp_same_finding(im, title, has_id || id_ends ? s + at : NULL,
					  len);
	/* "PUSH-5 (low, closed): …": rated over, left out once counted */
	bool over = imp_rating_over(im, s, n);
	if (f && over)
		imp_fixed(im, (size_t)(f - im->r->findings));
	if (f) {
		/* stated again: what the second place adds */
		if (f->severity == PRR_SEV_UNKNOWN)
			f->severity = sev;
		f->blocking |= blocking || says_blocking;
		return f;
	}
	f = PUSH(im, findings);
	if (has_id || id_ends)
		f->id = prr_arena_strndup(im->a, s + at, len);
	else
		f->id = imp_letter_id(im, 'F', (long long)im->r->n_findings);
	f->title = title;
	f->severity = sev;
	f->blocking = blocking || says_blocking;
	f->effort.low = f->effort.high = PRR_NONE;
	imp_stated_effort(f, s, n);
	f->component = imp_rated_component(im, s, n);
	f->line = line;
	if (over)
		imp_fixed(im, im->r->n_findings - 1);
	return f;
}

void imp_open_blocker(imp *im, const char *s, size_t n, int line)
{
	new_finding(im, s, n, line, true);
}

prr_finding *imp_new_finding(imp *im, const char *s, size_t n, int line, bool blocking)
{
	return new_finding(im, s, n, line, blocking);
}

/*
 * A heading that is one finding: it carries an ID ("### SEC-2 — …"), or a
 * severity at its start under a heading of findings ("#### 🔴 CRITICAL:
 * …" under "## Findings").  Fields beneath it ("Severity:", "Effort:")
 * complete it (import_list.c).
 */
/* What every finding ID has: a capital before a digit ("B1", "P0-3"),
 * before a hyphen and a digit ("BUG-001"), or '#' before one ("#12"). */
static bool may_hold_id(const char *s, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		bool cap = (s[i] >= 'A' && s[i] <= 'Z') || s[i] == '#';
		if (!cap)
			continue;
		if (s[i + 1] >= '0' && s[i + 1] <= '9')
			return true;
		if (s[i] != '#' && s[i + 1] == '-' && i + 2 < n &&
		    s[i + 2] >= '0' && s[i + 2] <= '9')
			return true;
	}
	return false;
}

/*
 * A heading that opens with a severity word and then names something:
 * "🔴 CRITICAL: Inconsistent BCrypt rounds", "[High] CSP too permissive",
 * "Medium - Long JWT expiry" (marks and emphasis before it skipped).
 * `*caps`: the word is in capitals.
 */
static bool severity_titled(const char *s, size_t n, bool *caps, bool *num)
{
	size_t i = 0;
	uint32_t cp;
	while (i < n) {
		size_t k = rec_cp_at(s, n, i, &cp);
		if (!(cp && strchr(" *_[", (int)cp)) && !rec_is_symbol(cp))
			break;
		i += k;
	}
	size_t w = i;
	*caps = true;
	while (i < n && isalpha((unsigned char)s[i]))
		*caps &= isupper((unsigned char)s[i++]) != 0;
	if (i == w)
		return false;
	/* ("HIGH PRIORITY: Waypoint.build() Missing"; "Critical Issue:
	 * Engine unavailable", one issue, its numbered items its parts) */
	if (i + 9 <= n && strncasecmp(s + i, " priority", 9) == 0)
		for (i += 9; i < n && isalpha((unsigned char)s[i]); i++)
			;
	else if (i + 7 <= n && strncasecmp(s + i, " issue", 6) == 0 &&
		 !isalpha((unsigned char)s[i + 6]))
		i += 6;
	size_t e = i;
	while (i < n && (s[i] == '*' || s[i] == '_' || s[i] == ']'))
		i++;
	/* ("🔴 Critical #1 — Backups fail silently": the first critical) */
	*num = false;
	if (i + 2 < n && s[i] == ' ' && s[i + 1] == '#' && isdigit((unsigned char)s[i + 2])) {
		for (i += 2; i < n && isdigit((unsigned char)s[i]); i++)
			;
		*num = true;
	}
	if (i < n && s[i] == ':')
		i++;
	else if (i + 2 < n && s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ')
		i += 2;
	else if (i + 3 < n && s[i] == ' ' && (rec_cp_is(s, n, i + 1, 0x2014) ||
					       rec_cp_is(s, n, i + 1, 0x2013)))
		i += 4; /* " — ", " – " */
	else if (!(e < n && s[e] == ']'))
		return false;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	if (i >= n || !(isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
		return false;
	/* ("BLOCKING: Robot.java Constructor Bug": a blocker; not a group's) */
	bool blocking = false;
	return (prr_rec_severity(s + w, e - w, &blocking) != PRR_SEV_UNKNOWN ||
		blocking) && !imp_fix_when_group(s, n);
}

/* Inside a section over what is resolved. */
bool imp_resolved_context(imp *im)
{
	return kind_above(im, im->n_hs - 1) < 0;
}

/* After its number, one ASCII name joined by '.', '_' or '/', no space:
 * "1. CRITICAL_ISSUES_FOUND.md", "2) src/auth.ts". */
static bool one_name(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == '*' || s[i] == ' ' || s[i] == '#' ||
			 (s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == ')'))
		i++;
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '*' || s[n - 1] == '`'))
		n--;
	if (i < n && s[i] == '`')
		i++;
	bool joined = false;
	for (size_t k = i; k < n; k++) {
		if (s[k] == ' ' || (unsigned char)s[k] >= 0x80)
			return false; /* words; CJK titles have no spaces */
		joined |= s[k] == '.' || s[k] == '_' || s[k] == '/';
	}
	return i < n && joined;
}

/* Words of headings over what is done, not to do: "Fixed", "Fix
 * details", "修复详情" (not "Fixes", which may be a plan of them). */
static bool done_heading(const char *s, size_t n)
{
	static const char *const words[] = { "resolved", "fixed",
		"fix details", "closed", "corrigé", "resuelto", "resolvido",
		"erledigt", "behoben", "修复详情", "已修复", "已解决", "解決済",
		"対応済", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	return imp_contains_any(s, n, &vocab) && !denies_done(s, n);
}

/*
 * "#### #1 文件锁缺失 → pkg/state/taskqueue.go" under "## 修复详情" (fix
 * details), after "1. **文件锁缺失** - 多进程不安全" was listed as a
 * finding: that finding is fixed.
 */
static void fixed_again(imp *im, const char *s, size_t n)
{
	bool done = false;
	for (int j = im->n_hs - 2; j >= 0 && !done; j--) {
		const char *t = im->sx[im->hs[j].sec].title;
		done = done_heading(t, strlen(t));
	}
	if (!done)
		return;
	/* its name, before what says where or how: "Panic 恢复 → pkg/…" */
	const char *t = imp_item_title(im, s, n);
	size_t k = imp_title_stem(t);
	const char *arrow = strstr(t, "\xE2\x86\x92");
	if (arrow && (size_t)(arrow - t) < k)
		k = (size_t)(arrow - t);
	while (k && t[k - 1] == ' ')
		k--;
	if (k < 6)
		return;
	for (size_t i = 0; i < im->r->n_findings; i++) {
		const char *o = im->r->findings[i].title;
		if (o && strncasecmp(o, t, k) == 0) {
			*PRR_VEC_PUSH(im->a, im->fixed, im->n_fixed,
				      im->cap_fixed) = i;
			return;
		}
	}
}

bool imp_heading_finding(imp *im, size_t si, const char *s, size_t n,
			 int line)
{
	size_t at = 0, len = 0;
	im->sx[si].parts = (unsigned char)imp_numbered_parts(im, si, line);
	/* "Finding 1: …", "Constat C-2 — …" under "## Findings": the
	 * finding its title names */
	size_t named = imp_noun_numbered(s, n);
	int above = named ? kind_above(im, im->n_hs - 2) : 0;
	if (above == 1 || above == 2) {
		prr_finding *f = new_finding(im, s + named, n - named, line, above == 2);
		im->sx[si].found = (size_t)(f - im->r->findings) + 1;
		im->sx[si].finding = true;
		return true;
	}
	bool num = numbered(s, n);
	bool id = may_hold_id(s, n) && prr_rec_finding_id(s, n, &at, &len);
	if (!id && im->todo_head)
		return false; /* "### 7. Testing (CRITICAL)" over "- [ ] …": a to-do */
	bool caps, sev_num;
	if (!id && !num) {
		/* most headings: neither an ID nor a number, nor a severity
		 * before a title ("🔴 CRITICAL: …"), one of findings in
		 * capitals or under a heading of them */
		if (!severity_titled(s, n, &caps, &sev_num) || imp_resolved_context(im))
			return false;
		int kind = imp_container(im);
		if (!caps && !sev_num && kind != 1 && kind != 2)
			return false;
		prr_finding *f = new_finding(im, s, n, line, kind == 2);
		im->sx[si].found = (size_t)(f - im->r->findings) + 1;
		im->sx[si].finding = true;
		return true;
	}
	if (num && one_name(s, n))
		return false; /* "### 1. CRITICAL_ISSUES_FOUND.md": a file */
	/* "### 3 Critical UX Blockers" over a table of them: a group of
	 * blockers (or findings: "### 2 Open Issues"), no finding ("### 3
	 * CLI Crashes (HIGH)" names no noun of them: one finding still) */
	if (num && !id && imp_counted_group(s, n) && !imp_resolved_context(im)) {
		secx *x = &im->sx[si];
		int own = prr_rec_finding_heading(x->title, strlen(x->title));
		if (own == 1 || own == 2) {
			x->kind_known = true;
			x->container = own;
			return false;
		}
	}
	if (num && !id && im->n_hs >= 2 && imp_actions_heading(im->hs[im->n_hs - 2].title))
		return false; /* "### 1. **Fix Token Mapping Leak** 🔴 Priority 1" */
	if (imp_resolved_context(im) && !(num && imp_heading_still_open(s, n))) {
		fixed_again(im, s, n);
		return false;
	}
	/* "## 1. SECURITY (CRITICAL)" over "### 1.1 No Helmet middleware",
	 * "## 1. Security Checklist (Critical)" over areas of their own: a
	 * group of its numbered parts, no finding */
	if (num && !id && (im->sx[si].parts == 2 ||
			   (im->sx[si].parts == 1 && imp_capitals_heading(im->sx[si].title))))
		return false;
	/* a heading that introduces findings is none itself, unless its ID
	 * says it is one ("### F-01 — DNS too slow (Critical, blocking)") */
	if (imp_kind_of(im, im->n_hs - 1) != 0 && !(id && at == 0))
		return false;
	int kind = imp_resolved_context(im) ? 1 : imp_container(im);
	/* under "## Critical Issues" (or still open under "## … Resolved") each
	 * numbered sub-heading is one; elsewhere an ID or a numbered heading
	 * stating a severity (not an area's rating: "### 4.2 Scans ✅ LOW RISK") */
	if (!(kind && kind != 3 && num)) {
		bool blocking;
		prr_severity sev = imp_any_severity(s, n, &blocking);
		if (id && !kind && sev == PRR_SEV_UNKNOWN &&
		    !finding_prefix(s + at, len))
			id = false; /* "### UAT-3: …" is a test, not a finding */
		if (!id && !(num && sev != PRR_SEV_UNKNOWN && !imp_rated_area(s, n) &&
			     imp_kind_of(im, im->n_hs - 1) == 0))
			return false;
	}
	prr_finding *f = new_finding(im, s, n, line, kind == 2);
	im->sx[si].found = (size_t)(f - im->r->findings) + 1;
	im->sx[si].finding = true;
	return true;
}

/* "Severity: High", "**Effort:** 2 days": a field of the finding above,
 * not a finding; "**Missing backups:** none taken" is one, titled. */
static bool field_item(const char *s, size_t n)
{
	static const char *const names[] = { "severity", "severidad",
		"severidade", "sévérité", "schweregrad", "priority",
		"prioridad", "prioridade", "priorité", "priorität", "impact",
		"description", "descripción", "descrição", "resolution",
		"résolution", "effort", "estimate", "estimated", "estimativa",
		"estimación", "aufwand", "time", "location", "file", "datei",
		"fichier", "arquivo", "archivo", "status", "estado", "owner",
		"component", "evidence", "fix", "recommendation", "mitigation",
		"root cause", "cause", "business impact", "production risk",
		"recommended fix", "solution", "workaround", "影響度", "工数",
		"優先度", "重要度",
		"说明", "描述", "严重", NULL };
	size_t at, len;
	if (prr_rec_finding_id(s, n, &at, &len))
		return false;
	while (n && (*s == '*' || *s == ' ' || *s == '_'))
		s++, n--;
	/* "Hours estimated (total): 60-75 hours": a value, not a finding */
	const char *colon = memchr(s, ':', n < 48 ? n : 48);
	if (colon) {
		const char *v = colon + 1;
		while (v < s + n && (*v == '*' || *v == ' '))
			v++;
		double lo, hi;
		const char *unit;
		if (prr_parse_effort(v, (size_t)(s + n - v), &lo, &hi, &unit) == 0)
			return true;
	}
	for (int i = 0; names[i]; i++) {
		size_t k = strlen(names[i]);
		if (!imp_starts_with_ci(s, n, names[i]) ||
		    imp_topic_label(s, n, k))
			continue;
		const char *c = memchr(s, ':', n < 40 ? n : 40);
		if (c || (n >= k + 3 && memcmp(s + k, "\xEF\xBC\x9A", 3) == 0))
			return true;
	}
	return false;
}

/* "**Total Endpoints:** 34", "Owner: Ana": a label with a short value,
 * where a finding's label opens a sentence ("**Missing spec:** The story
 * does not cite …"). */
static bool short_value(const char *s, size_t n)
{
	const char *colon = memchr(s, ':', n < 64 ? n : 64);
	if (!colon)
		return false;
	/* the label opens the item: "— move it (owner: Dana)" is a
	 * finding's text with a remark in it; "`HSTS` (header): …" is a
	 * label still */
	int depth = 0;
	for (const char *p = s; p < colon; p++)
		if (*p == '(')
			depth++;
		else if (*p == ')' && depth)
			depth--;
		else if (p + 2 < colon && memcmp(p, "\xE2\x80\x94", 3) == 0)
			return false;
	if (depth)
		return false;
	const char *v = colon + 1;
	while (v < s + n && (*v == '*' || *v == ' '))
		v++;
	if (v < s + n && *v >= '0' && *v <= '9')
		return true; /* "Critical Risks: 3 (…)" sums up */
	/* "ORD-101 (High): worker alerts missing", "High: no alerts": a
	 * finding's ID or severity labels the finding, not a value */
	const char *l = s;
	while (l < colon && (*l == '*' || *l == '_' || *l == ' '))
		l++;
	size_t at, len;
	bool blocking;
	if (prr_rec_finding_id(l, (size_t)(colon - l), &at, &len) && at == 0)
		return false;
	if (prr_rec_severity(l, (size_t)(colon - l), &blocking) != PRR_SEV_UNKNOWN)
		return false;
	size_t k = (size_t)(s + n - v), words = 1;
	for (size_t i = 0; i < k; i++)
		words += v[i] == ' ' && i + 1 < k && v[i + 1] != ' ';
	/* "not measured under load" is a sentence, "Ana Silva" a value */
	return k <= 24 && words <= 3;
}

/*
 * "3 **Critical** issues", "2 个 High Priority 问题", "0 high", "Critical
 * Risks: 3 (…)": a tally of findings by severity, listed to sum them up,
 * not a finding.
 */
static bool tally_item(const char *s, size_t n)
{
	size_t i = 0, digits = 0, at, len;
	bool blocking;
	/* "🟠 **WF-2240** — Android: 8 regression failures" is a finding */
	if (prr_rec_finding_id(s, n, &at, &len))
		return false;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (!digits) {
		/* "Critical Risks: 3 (…)": a label of severity, a number */
		const char *colon = memchr(s, ':', n < 48 ? n : 48);
		if (!colon)
			return false;
		const char *v = colon + 1;
		while (v < s + n && (*v == ' ' || *v == '*'))
			v++;
		return v < s + n && *v >= '0' && *v <= '9' &&
		       prr_rec_severity(s + i, (size_t)(colon - s) - i,
					&blocking) != PRR_SEV_UNKNOWN;
	}
	/* spaces, bold, "x", "×" and the counter 个 between */
	for (;;) {
		if (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_' ||
			      s[i] == 'x'))
			i++;
		else if (i + 1 < n && memcmp(s + i, "\xC3\x97", 2) == 0)
			i += 2; /* × */
		else if (i + 2 < n && memcmp(s + i, "\xE4\xB8\xAA", 3) == 0)
			i += 3; /* 个 */
		else
			break;
	}
	size_t w = i;
	while (w < n && s[w] != ' ' && s[w] != '*' && s[w] != ':')
		w++;
	return w > i && prr_rec_severity(s + i, w - i, &blocking) !=
			       PRR_SEV_UNKNOWN;
}

/* The item opens with a coloured circle: 🔴 🟠 🟡 🟢 (U+1F534,
 * U+1F7E0-U+1F7E2); low_circle: the green one. */
static bool lead_circle(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '*'))
		s++, n--;
	return n >= 4 && (memcmp(s, "\xF0\x9F\x94\xB4", 4) == 0 ||
			  (memcmp(s, "\xF0\x9F\x9F", 3) == 0 &&
			   (unsigned char)s[3] >= 0xA0 && (unsigned char)s[3] <= 0xA2));
}

static bool low_circle(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '*'))
		s++, n--;
	return n >= 4 && memcmp(s, "\xF0\x9F\x9F\xA2", 4) == 0;
}

/* "5. **Database Duplicates** 🟢" under "### Low Risk (Acceptable)": under
 * a heading of risks of a low level, the green circle is the risk's level,
 * no strength. */
static bool low_risk(imp *im, int kind, const char *s, size_t n)
{
	return kind == 3 && imp_contains_ci_n(s, n, "\xF0\x9F\x9F\xA2") &&
	       imp_heading_severity(im) == PRR_SEV_LOW;
}

/*
 * The items of a list under a heading of findings, blockers or risks
 * (`kind`, see imp_container): one finding or risk each.  Items that are
 * fields ("Severity: High") or legends are left to the caller.  Returns
 * whether the list was taken.
 */
bool imp_list_findings(imp *im, item *items, size_t n, int kind)
{
	/* a list of fields ("Effort: 2 days", "Total: 34") is no list of
	 * findings: the caller reads its fields */
	size_t fields = 0;
	if (imp_under_item_heading(im))
		return false; /* "#### FEATURE-018: …" over "- Error rates" */
	for (size_t k = 0; k < n; k++)
		fields += field_item(items[k].raw, items[k].raw_n) ||
			  short_value(items[k].raw, items[k].raw_n);
	if (fields * 2 >= n)
		return false;
	/* 🔴 🟠 🟡 🟢 by severity: the green one is a low finding, not a
	 * strength */
	bool ladder = false;
	for (size_t k = 0; k < n && !ladder; k++) {
		bool blocking;
		prr_severity sv = prr_rec_severity(items[k].raw, items[k].raw_n, &blocking);
		ladder = (sv == PRR_SEV_CRITICAL || sv == PRR_SEV_HIGH ||
			  sv == PRR_SEV_MEDIUM) && !low_circle(items[k].raw, items[k].raw_n) &&
			 lead_circle(items[k].raw, items[k].raw_n);
	}
	size_t taken = 0, had = im->r->n_findings;
	bool over = n && imp_lead_over(im, items[0].line);
	for (size_t k = 0; k < n; k++) {
		const char *raw = items[k].raw;
		size_t rn = items[k].raw_n;
		/* "- No additional critical blockers identified …": none;
		 * nor "2) Action: …", an action to take */
		if (imp_denies_findings(raw, rn) || imp_action_item(raw, rn) ||
		    imp_remark_item(raw, rn))
			continue;
		if (imp_item_reports_on(im, raw, rn) || imp_item_notes_on(im, raw, rn) ||
		    prr_rec_legend(raw, rn) || prr_rec_placeholder(raw, rn) ||
		    field_item(raw, rn) || tally_item(raw, rn) ||
		    imp_none_item(raw, rn) || (kind == 3 && imp_status_field(im, raw, rn)) ||
		    (items[k].marks_known && items[k].marks == PRR_PASS &&
		     !(ladder && low_circle(raw, rn)) && !low_risk(im, kind, raw, rn)))
			continue; /* a strength ("✅ …") is no finding */
		/* "- **CB-310 (High, blocking):** …" under "## Open risks
		 * and issues": an item that names its ID and says it blocks
		 * is a finding, a blocker, not a risk */
		bool blocking;
		size_t at, len;
		prr_severity said = prr_rec_severity(raw, rn, &blocking);
		if (kind == 3 && blocking && prr_rec_finding_id(raw, rn, &at, &len) &&
		    !prr_rec_denies_blocking(raw, rn)) {
			new_finding(im, raw, rn, items[k].line, true);
		} else if (kind == 3) {
			prr_risk *r = PUSH(im, risks);
			r->level = said;
			if (r->level == PRR_SEV_UNKNOWN)
				r->level = imp_heading_severity(im);
			r->title = imp_item_title(im, raw, rn);
			r->line = items[k].line;
			imp_risk_mitigation(im, r, items[k].node);
		} else {
			new_finding(im, raw, rn, items[k].line, kind == 2);
			/* "… Resolved on 30 October; kept for reference.",
			 * or under "**Closed**" */
			if (items[k].done || over || imp_mark_turned_pass(raw, rn) ||
			    imp_says_fixed(im, raw, rn) ||
			    imp_remark_fixed(im, raw, rn))
				imp_fixed(im, im->r->n_findings - 1);
		}
		taken++;
	}
	if (taken && taken == n && im->r->n_findings - had == n) {
		im->found_first = had; /* (each item its finding) */
		im->found_n = n;
	}
	return taken > 0;
}

/*
 * A paragraph that is one bold label ("**CRITICAL Issues:**", "**Blockers:**")
 * introduces the list right after it, as a heading would.
 */
void imp_lead_paragraph(imp *im, const char *s, size_t n, int last_line)
{
	im->lead_over = false;
	while (n && s[n - 1] == ' ')
		n--;
	/* (after a mark: "🔴 **Critical Path Item:**") */
	if (n > 6 && (unsigned char)s[0] == 0xF0 && s[4] == ' ' && s[5] == '*')
		s += 5, n -= 5;
	/* "**Q: Cron jobs not running**": the list after a question of a
	 * FAQ answers it, steps (-1), no findings */
	size_t q = 0, qe = n;
	while (q < n && (s[q] == '*' || s[q] == '_'))
		q++;
	while (qe > q && (s[qe - 1] == '*' || s[qe - 1] == '_'))
		qe--;
	if (qe - q >= 3 && qe - q <= 120 && !memchr(s, '\n', n) &&
	    s[q] == 'Q' && (s[q + 1] == ':' || s[q + 1] == '.') && s[q + 2] == ' ') {
		im->lead_kind = -1;
		im->lead_sev = PRR_SEV_UNKNOWN;
		im->lead_line = last_line;
		return;
	}
	/* all of it one bold label: "**Blockers:**" or "**Blockers**:";
	 * or a label of a few words alone on its line: "Findings:" */
	bool bold = n >= 5 && s[0] == '*' && s[1] == '*' &&
		    (s[n - 1] == ':' || (s[n - 1] == '*' && s[n - 3] == ':')) &&
		    imp_bold_at(s + 2, n - 5, 0) >= n - 5;
	/* (longer when it says what follows is still open: "Still open at
	 * the time of this decision:", items to fix) */
	bool still = imp_starts_with_ci(s, n, "still open");
	bool plain = n >= 4 && (n <= 32 || (still && n <= 60)) && s[n - 1] == ':' &&
		     !memchr(s, '*', n) && !memchr(s, '\n', n);
	/* "**Closed**" alone, a heading in bold over what is over */
	bool alone = n >= 5 && n <= 64 && s[0] == '*' && s[1] == '*' &&
		     s[n - 1] == '*' && s[n - 2] == '*' &&
		     imp_bold_at(s + 2, n - 4, 0) >= n - 4;
	if (!bold && !plain && !alone)
		return;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '*' || s[n - 1] == ':'))
		n--;
	while (n && (*s == '*' || *s == ' '))
		s++, n--;
	if (!n || n > 60 || memchr(s, '\n', n))
		return;
	/* "**Closed**", "Resolved findings:": its first word, a heading's
	 * over what is fixed, closes a finding, and so each item of the
	 * list after it (under "## Findings", after "**Open**"; not
	 * "**Unresolved**", "**Ready**") */
	size_t w = 0;
	while (w < n && s[w] != ' ')
		w++;
	/* (…and a change log's "**Bug Fixes:**": the fixes made) */
	if (!still && ((resolved_heading(s, w) &&
			imp_closed_status(prr_arena_strndup(&im->tmp, s, w))) ||
		       imp_fixes_made_label(s, n, w))) {
		im->lead_kind = 0;
		im->lead_over = true;
		im->lead_line = last_line;
		return;
	}
	if (alone && !bold)
		return;
	/* "If critical issues occur:", "In case of critical issue:" leads
	 * the steps to take then (-1) */
	static const char *const ifs[] = { "if", "when", "whenever", "unless",
		"should", NULL };
	if (imp_is_one_of(s, w, ifs) || imp_starts_with_ci(s, n, "in case ")) {
		im->lead_kind = -1;
		im->lead_sev = PRR_SEV_UNKNOWN;
		im->lead_line = last_line;
		return;
	}
	bool unrated = !still && ordering_lead(s, n);
	int kind = still ? 1 : unrated ? 0 : prr_rec_finding_heading(s, n);
	if (!kind && !unrated && severity_group(s, n))
		kind = 1;
	/* "Required permanent memory:" under "## Business Memory Gap": a
	 * label of what is needed that names no findings (or of what is in
	 * place, whom to ask) lists those things, no findings of the heading's */
	static const char *const needs[] = { "required", "requirements",
		"needed", "prerequisites", NULL };
	if ((!kind && imp_is_one_of(s, w, needs)) || imp_no_findings_label(s, n)) {
		im->lead_kind = -1;
		im->lead_sev = PRR_SEV_UNKNOWN;
		im->lead_line = last_line;
		return;
	}
	/* "Critical Path Item:" names one: its list's first item, notes after */
	im->lead_one = imp_singular_label(s, n) && !imp_inside_finding(im) ? last_line : 0;
	/* "**Issues**:" under "### 3. CRITICAL: Hard-coded secrets" lists
	 * what that one finding is made of */
	if (!kind || imp_inside_finding(im))
		return;
	/* "The remaining gap (G2):" names one by its ID: its list explains it */
	if (imp_label_ends_in_id(s, n)) {
		im->lead_kind = -1;
		im->lead_sev = PRR_SEV_UNKNOWN;
		im->lead_line = last_line;
		return;
	}
	bool blocking;
	im->lead_kind = kind;
	im->lead_sev = imp_any_severity(s, n, &blocking);
	im->lead_line = last_line;
}
