/* rec_verdict_parts.c - what a verdict is for, read by rec_verdict.c: a
 * part ("GO for iOS"), a share of the traffic ("GO for 1%"), the subject
 * its clause names ("Wave 3 is NO-GO"); the boxes of a ballot ("☐ GO
 * ☒ NO-GO"), a scale of levels and a threshold's level, a name in
 * code; see rec_verdict_int.h. */
#include "rec_verdict_int.h"
#include "prr/rec_verdict.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Whether the verdict's words end at s[end] in "for", or its word in
 * another language ("GO para", "GO pour", "GO für"). */
static bool ends_in_for(const char *s, size_t end)
{
	static const char *const fors[] = { "for", "para", "pour", "f\xC3\xBCr",
					    NULL };
	for (int k = 0; fors[k]; k++) {
		size_t l = strlen(fors[k]);
		if (end >= l && strncasecmp(s + end - l, fors[k], l) == 0 &&
		    (end == l || !isalpha((unsigned char)s[end - l - 1])))
			return true;
	}
	return false;
}

/* Where what the verdict ending at s[end] is for begins in s: "(GO) for
 * iOS", "(NO-GO) for Android", "(not ready for production) in
 * eu-west-1", "(ready) only for internal tenants" (*only set); its
 * length (up to a space, ',', '*', '.' or ';') in *k; n for none. */
static size_t target_at(const char *s, size_t n, size_t end, size_t *k,
			bool *only)
{
	size_t i = end;
	*only = false;
	if (!ends_in_for(s, i)) {
		while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
			i++;
		if (i + 5 <= n && strncasecmp(s + i, "only ", 5) == 0) {
			*only = true;
			i += 5;
		}
		/* "… for iOS", "… in eu-west-1", "… on Android"; "… para
		 * Android" */
		size_t w = i;
		while (w < n && w - i < 5 && s[w] != ' ')
			w++;
		if (w < n && s[w] == ' ' && ends_in_for(s, w))
			i = w;
		else if (i + 3 <= n && (strncasecmp(s + i, "in ", 3) == 0 ||
					strncasecmp(s + i, "on ", 3) == 0))
			i += 2;
		else
			return n;
	}
	while (i < n && s[i] == ' ')
		i++;
	*k = 0;
	while (i + *k < n && s[i + *k] != ' ' && s[i + *k] != ',' &&
	       s[i + *k] != '*' && s[i + *k] != '.' && s[i + *k] != ';')
		(*k)++;
	return *k ? i : n;
}

/* Whether the target s[i..i+k) is the whole ("production", "launch"). */
static bool whole_target(const char *s, size_t i, size_t k)
{
	static const char *const wholes[] = { "production", "prod", "launch",
		"release", "ga", "general", "go-live", "rollout", "the", "now",
		"all", "everything", "time", "its", "this", "our", "current",
		"a", "an", NULL };
	for (int w = 0; wholes[w]; w++)
		if (strlen(wholes[w]) == k && strncasecmp(s + i, wholes[w], k) == 0)
			return true;
	return false;
}

/* Whether s[end..] names a part the verdict before it is for: "(GO) for
 * iOS", "(NO-GO) for Android", "(not ready for production) in
 * eu-west-1"; not the whole ("for production", "for launch"). */
bool rec_verdict_for_part(const char *s, size_t n, size_t end)
{
	size_t k;
	bool only;
	size_t i = target_at(s, n, end, &k, &only);
	return i < n && !whole_target(s, i, k);
}

bool rec_verdict_for_any(const char *s, size_t n, size_t end)
{
	size_t k;
	bool only;
	return target_at(s, n, end, &k, &only) < n;
}

bool rec_verdict_for_part_only(const char *s, size_t n, size_t end)
{
	size_t k;
	bool only;
	size_t i = target_at(s, n, end, &k, &only);
	if (i >= n || whole_target(s, i, k))
		return false;
	/* "… for internal tenants only", to its clause's end (a few
	 * words, 80 bytes at most) */
	for (size_t j = i + k, words = 0; !only && j < n && words < 6 && j < i + k + 80;
	     j++) {
		if ((s[j] && strchr(".,;:!?()\n", s[j])) ||
		    (j + 2 < n && !memcmp(s + j, " \xE2\x80", 3))) /* " —" */
			break;
		if (s[j] != ' ')
			continue;
		words++;
		size_t a = j + 1;
		while (a < n && (s[a] == '*' || s[a] == '_'))
			a++;
		only = n - a >= 4 && strncasecmp(s + a, "only", 4) == 0 &&
		       (a + 4 == n || !((s[a + 4] | 0x20) >= 'a' && (s[a + 4] | 0x20) <= 'z'));
	}
	return only;
}

/* Whether s[end..] names a share below the whole the go is for: "(GO)
 * for 1% and 10%", "(approved) for a 5% ramp", "(Ship) to 10% of
 * traffic"; not "for 100%". */
bool rec_verdict_for_share(const char *s, size_t n, size_t end)
{
	size_t i = end;
	if (!ends_in_for(s, i)) {
		while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
			i++;
		/* "(Ship) to 10% of traffic"; "(signs off) the 1% and 10%
		 * stages" */
		bool the = i + 4 <= n && strncasecmp(s + i, "the ", 4) == 0;
		if (i + 3 <= n && strncasecmp(s + i, "to ", 3) == 0)
			i += 2;
		else if (!the && (i + 4 > n || strncasecmp(s + i, "for ", 4) != 0))
			return false;
		else if (!the)
			i += 3;
	}
	while (i < n && s[i] == ' ')
		i++;
	if (i + 2 <= n && (strncasecmp(s + i, "a ", 2) == 0))
		i += 2;
	else if (i + 4 <= n && (strncasecmp(s + i, "the ", 4) == 0))
		i += 4;
	while (i < n && (s[i] == '*' || s[i] == '_'))
		i++;
	size_t d = i;
	int v = 0;
	while (i < n && s[i] >= '0' && s[i] <= '9' && i - d < 3)
		v = v * 10 + (s[i++] - '0');
	while (i < n && s[i] == ' ')
		i++;
	return i > d && i < n && s[i] == '%' && v < 100;
}

/* Whether a share below the whole stands right before the positive at
 * s[at]: "~40% Production Ready", "96 % ready", "99.5% ready" (how much
 * is ready: partly, no go); not "100% PRODUCTION READY". */
bool rec_verdict_share_before(const char *s, size_t at)
{
	size_t i = at;
	while (i && (s[i - 1] == ' ' || s[i - 1] == '*' || s[i - 1] == '_'))
		i--;
	if (!i || s[i - 1] != '%')
		return false;
	for (i--; i && s[i - 1] == ' ';)
		i--;
	size_t e = i; /* (three digits at most are read: "100%" is whole) */
	while (i && e - i < 3 && s[i - 1] >= '0' && s[i - 1] <= '9')
		i--;
	/* (a decimal's whole part: "99.5%", "99,5 %") */
	if (i < e && i >= 2 && (s[i - 1] == '.' || s[i - 1] == ',') &&
	    s[i - 2] >= '0' && s[i - 2] <= '9')
		for (e = --i; i && e - i < 3 && s[i - 1] >= '0' && s[i - 1] <= '9';)
			i--;
	return i < e && e - i <= 2 && !(i && s[i - 1] >= '0' && s[i - 1] <= '9');
}

/* Whether s[end..] names, after "for" (or "in", "on" …) and articles or
 * qualifiers, one of `envs` first. */
static bool for_one_of(const char *s, size_t n, size_t end,
		       const char *const *envs)
{
	static const char *const preps[] = { "for", "in", "on", "pour", "para",
		"f\xC3\xBCr", NULL };
	static const char *const skip[] = { "a", "an", "the", "un", "une",
		"la", "le", "el", "los", "las", "die", "den", "das", "der",
		"ein", "eine", "our", "internal", "investor", "client",
		"customer", "private",
		"closed", "public", "open", "limited", "small", "controlled", NULL };
	bool prep = ends_in_for(s, end);
	for (size_t i = end, words = 0; i < n && words < 5;) {
		while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
			i++;
		size_t k = 0;
		while (i + k < n && k < 40 && !strchr(" ,.;:!?*_()\n", s[i + k]))
			k++; /* (a word of 40 bytes or more is none of these) */
		if (!k)
			return false;
		words++;
		bool is_prep = false, is_env = false, is_skip = false;
		for (int w = 0; preps[w]; w++)
			is_prep |= strlen(preps[w]) == k && strncasecmp(s + i, preps[w], k) == 0;
		for (int w = 0; envs[w]; w++)
			is_env |= strlen(envs[w]) == k && strncasecmp(s + i, envs[w], k) == 0;
		for (int w = 0; skip[w]; w++)
			is_skip |= strlen(skip[w]) == k && strncasecmp(s + i, skip[w], k) == 0;
		i += k;
		if (!prep && is_prep && words == 1)
			prep = true;
		else if (!prep || is_env || !is_skip)
			return prep && is_env;
	}
	return false;
}

/* Whether s[end..] names an environment short of production the go is
 * for: "(ready) for staging", "(GO) in UAT", "(prêt) pour une démo",
 * "(READY) for investor demos", "(ready) for client demos", "(Ready) for Demonstration"; its first words to "and" or the
 * clause's end, articles aside.  Not a part of production: "for the
 * pilot", "for 10%", "for iOS". */
bool rec_verdict_for_env(const char *s, size_t n, size_t end)
{
	static const char *const envs[] = { "staging", "stage", "test",
		"tests", "testing", "qa", "dev", "development", "sandbox",
		"uat", "demo", "demos", "d\xC3\xA9mo", "d\xC3\xA9mos",
		"demonstration", "demonstrations",
		"preprod", "pre-prod", "pre-production", "preproduction",
		"recette", "pruebas", "entwicklung", NULL };
	return for_one_of(s, n, end, envs);
}

/* Whether the clause after the go at s[end] names production too, beside
 * the environment: "ready for staging and production" (120 bytes at
 * most, to the sentence's end). */
bool rec_verdict_env_and_prod(const char *s, size_t n, size_t end)
{
	for (size_t i = end; i + 4 <= n && i < end + 120 && !strchr(".;!?\n", s[i]); i++)
		if (strncasecmp(s + i, "prod", 4) == 0)
			return true;
	return false;
}

/* Whether "proceed" ending at s[end] goes on with a piece of work to do
 * next, not a launch: "(Proceed) with Priority 1: Security", "(proceed)
 * with the fixes", "with Phase 2", "with testing" (as "Go with Option
 * 1" chooses among options). */
bool prr_rec_verdict_work_next(const char *s, size_t n, size_t end)
{
	static const char *const work[] = { "priority", "option", "options",
		"phase", "step", "steps", "fix", "fixes", "fixing",
		"remediation", "plan", "approach", "testing", "implementation",
		"development", "work", "next", "tier", "sprint", NULL };
	size_t i = end;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	if (n - i < 5 || strncasecmp(s + i, "with ", 5) != 0)
		return false;
	i += 5;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	if (n - i >= 4 && strncasecmp(s + i, "the ", 4) == 0)
		i += 4;
	size_t k = 0;
	while (i + k < n && isalpha((unsigned char)s[i + k]))
		k++;
	for (int w = 0; work[w]; w++)
		if (strlen(work[w]) == k && strncasecmp(s + i, work[w], k) == 0)
			return true;
	return false;
}

/* Whether s[end..] names a stage of a launch short of general
 * availability, to some users only, the go is for: "(Ready) for Private
 * Alpha", "(Ready) for beta", "(GO) for the pilot", "(approved) for
 * public preview", "(GO) for a controlled first-tenant launch": a part
 * of production. */
bool rec_verdict_for_stage(const char *s, size_t n, size_t end)
{
	static const char *const stages[] = { "alpha", "beta", "pilot",
		"pilots", "preview", "canary", "dogfooding", "dogfood",
		"first-tenant", "first-customer", NULL };
	return for_one_of(s, n, end, stages);
}

/* The subject of the verdict at s[at] when its clause names one: "Wave
 * 3" of "Wave 3 is NO-GO", "Mobile SDK integration" of "… is not
 * approved"; its start in *a, its length returned, or 0.  A subject that
 * is the whole ("It", "We", "The service") names none. */
size_t rec_verdict_subject_at(const char *s, size_t n, size_t at, size_t *a)
{
	static const char *const verbs[] = { "is", "are", "remains", "stays",
		"ist", "sind", "est", "es", "está", "é", NULL };
	static const char *const wholes[] = { "it", "we", "this", "that",
		"everything", "all", "overall", "the service", "the system",
		"the release", "the launch", "the product", "the platform",
		"the project", "the app", "the application", "the feature",
		"the change", "the team", "our service", "the decision", NULL };
	size_t i = at, ve, vb;
	/* "… ledger and fraud-scoring stay on the legacy path, so their
	 * NO-GO does not hold the pilot back": the verdict of the parts
	 * named before it */
	size_t p = at;
	while (p && (s[p - 1] == ' ' || s[p - 1] == '*' || s[p - 1] == '_'))
		p--;
	if (p >= 5 && strncasecmp(s + p - 5, "their", 5) == 0 &&
	    (p == 5 || !((s[p - 6] | 0x20) >= 'a' && (s[p - 6] | 0x20) <= 'z'))) {
		*a = p - 5;
		return 5;
	}
	/* "is GO" read whole, or "is" before the verdict */
	for (ve = at; ve < n && s[ve] >= 'a' && s[ve] <= 'z'; ve++)
		;
	bool found = false;
	for (int k = 0; verbs[k] && !found; k++)
		found = ve - at == strlen(verbs[k]) &&
			strncasecmp(s + at, verbs[k], ve - at) == 0;
	if (found) {
		vb = at;
	} else {
		/* (a line's break is a space: "Android is" / "NO-GO.") */
		while (i && (s[i - 1] == ' ' || s[i - 1] == '\n' ||
			     s[i - 1] == '*' || s[i - 1] == '_'))
			i--;
		ve = i;
		while (i && ((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z'))
			i--;
		vb = i;
		for (int k = 0; verbs[k] && !found; k++)
			found = ve - vb == strlen(verbs[k]) &&
				strncasecmp(s + vb, verbs[k], ve - vb) == 0;
		if (!found)
			return 0;
	}
	size_t e = vb;
	while (e && (s[e - 1] == ' ' || s[e - 1] == '\n'))
		e--;
	/* an aside after the subject is no part of it: "The rollout (all
	 * clinics) is not approved" (within its line, 60 bytes at most; the
	 * line may break before it: "Wider rollout" / "(40 practices) is not
	 * approved") */
	if (e && s[e - 1] == ')') {
		size_t o = e - 1;
		while (o && e - o < 60 && !strchr("()\n", s[o - 1]))
			o--;
		if (o && s[o - 1] == '(')
			for (e = o - 1; e && (s[e - 1] == ' ' || s[e - 1] == '\n');)
				e--;
	}
	size_t b = e;
	while (b && !strchr(".;:!?,\n()", s[b - 1]))
		b--;
	while (b < e && strchr(" *_", s[b]))
		b++;
	int words = 1; /* (five at most: "the 25% and 100% steps") */
	for (size_t k = b; k < e; k++)
		words += s[k] == ' ';
	if (b == e || words > 5)
		return 0;
	for (int k = 0; wholes[k]; k++)
		if (strlen(wholes[k]) == e - b && strncasecmp(s + b, wholes[k], e - b) == 0)
			return 0;
	*a = b;
	return e - b;
}

/* The box of a ballot's option at s[i]: ☐ or "[ ]" open (1), ☑, ☒ or
 * "[x]" ticked (2), each standing apart from the words around it; where
 * it ends in *end.  0 for none. */
int rec_verdict_box_at(const char *s, size_t n, size_t i, size_t *end)
{
	int box = 0;
	size_t e = i;
	if (i + 3 <= n && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x98 && (unsigned char)s[i + 2] >= 0x90 &&
	    (unsigned char)s[i + 2] <= 0x92) {
		box = (unsigned char)s[i + 2] == 0x90 ? 1 : 2;
		e = i + 3;
		if (e + 3 <= n && memcmp(s + e, "\xEF\xB8\x8F", 3) == 0)
			e += 3; /* the emoji's variant */
	} else if (i + 3 <= n && s[i] == '[' && s[i + 2] == ']' &&
		   (!i || (s[i - 1] && strchr(" \t\n*_:", s[i - 1]))) &&
		   (i + 3 == n || s[i + 3] == ' ' || s[i + 3] == '\t')) {
		box = s[i + 1] == ' ' ? 1 : (s[i + 1] | 0x20) == 'x' ? 2 : 0;
		e = i + 3;
	}
	*end = e;
	return box;
}

/*
 * A ballot: verdicts offered each after a box ("☐ GO ☒ CONDITIONAL GO
 * ☐ NO-GO", "[x] GO [ ] NO-GO"), an option running from its box to the
 * next or to its line's end.  The option ticked is the verdict; none
 * ticked, or two, state none (a template's field left to fill in).  False
 * when no box is followed by a verdict: no ballot.
 */
bool rec_verdict_ballot(const char *s, size_t n, prr_level *level, size_t *at,
			size_t *len)
{
	int options = 0, ticked = 0;
	prr_level chosen = PRR_LEVEL_UNKNOWN;
	size_t from = 0, span = 0, a = 0, l = 0, e, x;
	for (size_t i = 0; i < n;) {
		int box = rec_verdict_box_at(s, n, i, &e);
		if (!box) {
			i++;
			continue;
		}
		size_t j = e;
		while (j < n && s[j] != '\n' && !rec_verdict_box_at(s, n, j, &x))
			j++;
		prr_level o = rec_verdict_read(s + e, j - e, &a, &l);
		options += o != PRR_LEVEL_UNKNOWN;
		if (box == 2 && ticked++ == 0) {
			chosen = o;
			from = e + a;
			span = l;
		}
		i = j;
	}
	if (!options)
		return false;
	*level = ticked == 1 ? chosen : PRR_LEVEL_UNKNOWN;
	bool known = *level != PRR_LEVEL_UNKNOWN;
	if (at)
		*at = known ? from : 0;
	if (len)
		*len = known ? span : 0;
	return true;
}

/* Whether the comparison at s[i] is in a condition its sentence sets
 * ("Not ready for 100% until … diff is under 2%"), 160 bytes back at
 * most: no threshold of a level. */
static bool conditioned(const char *s, size_t i)
{
	static const char *const ifs[] = { " until", " unless", " once", NULL };
	for (size_t b = i; b && i - b < 160 && s[b - 1] != '.'; b--)
		for (int k = 0; ifs[k]; k++) {
			size_t l = strlen(ifs[k]);
			if (b - 1 + l < i && strncasecmp(s + b - 1, ifs[k], l) == 0 &&
			    (s[b - 1 + l] == ' ' || s[b - 1 + l] == '\n'))
				return true;
		}
	return false;
}

bool rec_verdict_scale(const char *s, size_t n, unsigned seen)
{
	int levels = !!(seen & 1u << K_POS) + !!(seen & 1u << K_PART) +
		     !!(seen & 1u << K_NEG);
	if (levels < 2)
		return false;
	static const char *const cmp[] = { "\xE2\x89\xA5", "\xE2\x89\xA4", ">=",
		"<=", " below ", " above ", " under ", " at least ", NULL };
	int found = 0;
	for (int c = 0; cmp[c]; c++) {
		size_t k = strlen(cmp[c]);
		for (size_t i = 0; i + k < n; i++)
			if (strncasecmp(s + i, cmp[c], k) == 0 && !conditioned(s, i)) {
				size_t j = i + k;
				while (j < n && s[j] == ' ')
					j++;
				found += j < n && s[j] >= '0' && s[j] <= '9';
			}
	}
	return found >= 1;
}

/* The start of the number that ends at s[e] ("8.0", "80%", "4,5"), or e
 * when none; 24 bytes at most. */
static size_t number_before(const char *s, size_t e)
{
	size_t b = e;
	while (b && e - b < 24 && (strchr("0123456789.,%", s[b - 1]) && s[b - 1]))
		b--;
	while (b < e && !(s[b] >= '0' && s[b] <= '9'))
		b++;
	return b < e ? b : e;
}

/* s[0..e) ends with `w` (its length k). */
static bool ends_with(const char *s, size_t e, const char *w, size_t k)
{
	return e >= k && memcmp(s + e - k, w, k) == 0;
}

bool rec_verdict_after_threshold(const char *s, size_t at)
{
	static const char *const signs[] = { "\xE2\x86\x92", "\xE2\x87\x92",
		"->", "=>", "=", NULL }; /* → ⇒ */
	static const char *const cmps[] = { "\xE2\x89\xA5", "\xE2\x89\xA4",
		">=", "<=", ">", "<", "above", "below", "over", "under",
		"at least", "at most", NULL }; /* ≥ ≤ */
	size_t e = at;
	while (e && strchr(" *_`", s[e - 1]))
		e--;
	size_t k = 0;
	for (int i = 0; signs[i] && !k; i++)
		if (ends_with(s, e, signs[i], strlen(signs[i])))
			k = strlen(signs[i]);
	/* (not the comparison's own sign: "Score >= READY") */
	if (!k || (k == 1 && e >= 2 && strchr("<>!=", s[e - 2])))
		return false;
	for (e -= k; e && s[e - 1] == ' '; e--)
		;
	size_t b = number_before(s, e);
	if (b == e)
		return false;
	/* a range: "90–100 = Ready", "8.0-10.0 = Ready" */
	size_t d = b;
	if (d && s[d - 1] == '-')
		d--;
	else if (ends_with(s, d, "\xE2\x80\x93", 3))
		d -= 3;
	if (d < b && number_before(s, d) < d)
		return true;
	while (b && s[b - 1] == ' ')
		b--;
	for (int i = 0; cmps[i]; i++) {
		size_t l = strlen(cmps[i]);
		if (b >= l && strncasecmp(s + b - l, cmps[i], l) == 0 &&
		    (l < 3 || b == l || !isalpha((unsigned char)s[b - l - 1])))
			return true;
	}
	return false;
}

size_t rec_verdict_code_name(const char *s, size_t n, size_t i, size_t first,
			     size_t last)
{
	if (s[i] != '`')
		return 0;
	const char *close = memchr(s + i + 1, '`', n - i - 1);
	if (!close)
		return 0;
	size_t j = (size_t)(close - s);
	for (size_t k = i + 1; k < j; k++)
		if (s[k] >= 'A' && s[k] <= 'Z')
			return 0;
	return j > i + 1 && (first < i || (last > j && last < n)) ? j + 1 : 0;
}

/* Whether "or" stands as a word at s[i], a space before it and after. */
static bool or_at(const char *s, size_t n, size_t i)
{
	return i && s[i - 1] == ' ' && i + 3 <= n && strncasecmp(s + i, "or ", 3) == 0;
}

/* Narrows [*a, *b) to its words, spaces and emphasis aside. */
static void trim_emphasis(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && strchr(" *_`", s[*a]))
		(*a)++;
	while (*b > *a && strchr(" *_`", s[*b - 1]))
		(*b)--;
}

/* Whether s[a..b), its emphasis aside, is one verdict and nothing else;
 * its level in *level. */
static bool verdict_alone(const char *s, size_t a, size_t b, prr_level *level)
{
	trim_emphasis(s, &a, &b);
	size_t at, len;
	*level = a < b ? rec_verdict_read(s + a, b - a, &at, &len) : PRR_LEVEL_UNKNOWN;
	return *level != PRR_LEVEL_UNKNOWN && at == 0 && len == b - a;
}

/* Whether s[a..b), its emphasis aside, is one word in capitals. */
static bool capitals(const char *s, size_t a, size_t b)
{
	trim_emphasis(s, &a, &b);
	size_t k = a;
	while (k < b && ((s[k] >= 'A' && s[k] <= 'Z') || s[k] == '-'))
		k++;
	return k == b && b - a >= 2;
}

bool rec_verdict_or_choice(const char *s, size_t n)
{
	static const char bounds[] = "():;,.!?[]|\n";
	for (size_t i = 1; i + 3 <= n; i++) {
		if (!or_at(s, n, i))
			continue;
		/* each side to its clause's bound or the next "or", 80 bytes
		 * at most */
		size_t a = i - 1, b = i + 3;
		while (a && i - a < 80 && !strchr(bounds, s[a - 1]) && !(a >= 3 && or_at(s, n, a - 3)))
			a--;
		while (b < n && b - i < 80 && !strchr(bounds, s[b]) && !or_at(s, n, b + 1))
			b++;
		prr_level x, y;
		if ((a && !strchr(bounds, s[a - 1]) && !(a >= 3 && or_at(s, n, a - 3))) ||
		    (b < n && !strchr(bounds, s[b]) && !or_at(s, n, b + 1)))
			continue; /* (a side too long to be a verdict alone) */
		bool vx = verdict_alone(s, a, i - 1, &x), vy = verdict_alone(s, i + 3, b, &y);
		/* (or beside one word in capitals, a status offered that is
		 * no verdict word: "ALLOWED or BLOCKED") */
		if ((vx && vy && x != y) || (vx && !vy && capitals(s, i + 3, b)) ||
		    (vy && !vx && capitals(s, a, i - 1)))
			return true;
	}
	return false;
}

bool rec_verdict_until(const char *s, size_t n, size_t end)
{
	size_t i = end;
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	return n - i > 5 && strncasecmp(s + i, "until", 5) == 0 &&
	       (s[i + 5] == ' ' || s[i + 5] == '\n');
}

int rec_verdict_stage_before(const char *s, size_t at)
{
	static const char *const early[] = { "soft launch", "soft-launch",
		"beta", "pilot", "canary", NULL };
	static const char *const late[] = { "hard launch", "hard-launch",
		"ga", "general availability", "full launch", "full rollout",
		"public launch", NULL };
	size_t e = at;
	while (e && (s[e - 1] == ' ' || s[e - 1] == '*' || s[e - 1] == '_'))
		e--;
	/* (its verb aside: "Hard launch is not ready") */
	if (e >= 3 && (strncasecmp(s + e - 3, " is", 3) == 0 ||
		       (e >= 4 && strncasecmp(s + e - 4, " are", 4) == 0)))
		for (e -= s[e - 3] == ' ' ? 3 : 4; e && (s[e - 1] == ' ' || s[e - 1] == '*');)
			e--;
	for (int k = 0; k < 2; k++)
		for (const char *const *w = k ? late : early; *w; w++) {
			size_t l = strlen(*w);
			if (e < l || strncasecmp(s + e - l, *w, l) != 0)
				continue;
			/* the stage opens its clause */
			size_t b = e - l;
			while (b && (s[b - 1] == ' ' || s[b - 1] == '*' || s[b - 1] == '_' ||
				     s[b - 1] == '>'))
				b--;
			if (!b || strchr(".,;:!?()\n", s[b - 1]))
				return k + 1;
		}
	return 0;
}

/* Whether a verb in -ing begins at s[i]: a word of five letters or more
 * ending in "ing" ("publishing", "deploying"); not a time of day or a
 * season ("after the morning"). */
bool rec_verdict_gerund_at(const char *s, size_t n, size_t i)
{
	static const char *const times[] = { "morning", "evening", "spring",
		"during", "nothing", NULL };
	size_t k = 0;
	while (i + k < n && k < 40 && isalpha((unsigned char)s[i + k]))
		k++;
	if (k < 5 || k >= 40 || strncasecmp(s + i + k - 3, "ing", 3) != 0)
		return false;
	for (int w = 0; times[w]; w++)
		if (strlen(times[w]) == k && strncasecmp(s + i, times[w], k) == 0)
			return false;
	return true;
}

size_t prr_rec_verdict_glossed(const char *s, size_t n)
{
	/* the last ')' ends the text but for marks: "**…)** ✅" */
	size_t e = n;
	while (e && s[e - 1] != ')') {
		unsigned char c = (unsigned char)s[e - 1];
		if (isalnum(c) || (c >= 0xC3 && c <= 0xED && c != 0xE2))
			return n;
		e--;
	}
	size_t p = e ? e - 1 : 0;
	while (p && s[p - 1] != '(' && s[p - 1] != ')')
		p--;
	if (!p || s[p - 1] != '(')
		return n;
	prr_level l = prr_rec_verdict(s, p - 1, NULL, NULL);
	if (l == PRR_LEVEL_UNKNOWN || prr_rec_verdict(s + p, e - 1 - p, NULL, NULL) != l)
		return n;
	return p - 1;
}
