/* rec_verdict_label.c - labels that announce a verdict, "Final Verdict",
 * "Overall Readiness Status", "Décision finale"; see
 * include/prr/rec_verdict.h. */
#include "prr/rec_verdict.h"

#include <stddef.h>

#include "rec_verdict_int.h"

/* Narrows [*a, *b) to the label's words: no '*', '#', ':', emoji,
 * numbering or spaces around. */
static void trim_label(const char *s, size_t *a, size_t *b)
{
	size_t l, j;
	while (*a < *b) {
		enum cls c = rec_verdict_cls_at(s, *b, *a, &l);
		bool digit = s[*a] >= '0' && s[*a] <= '9'; /* "3. Verdict" */
		if ((c == C_WORD || c == C_CJK) && !digit)
			break;
		*a += l;
	}
	while (*b > *a) {
		enum cls c = rec_verdict_cls_before(s, *b, *b, &j);
		if (c == C_WORD || c == C_CJK)
			break;
		*b = j;
	}
}

/* The longest label word of `t` at s[i] (s ends at n); its end or 0. */
static size_t label_at(const struct labels *t, size_t nt, const char *s,
		       size_t n, size_t i, int *strength)
{
	size_t best = 0;
	unsigned char lead = i < n ? rec_verdict_lead_at(s, n, i) : 0;
	for (size_t k = 0; k < nt; k++)
		for (const char *const *w = t[k].words; *w; w++) {
			if (!rec_verdict_may_begin_as(*w, lead))
				continue;
			size_t e = rec_verdict_match_word(s, n, i, *w);
			if (e > best) {
				best = e;
				*strength = t[k].strength;
			}
		}
	return best;
}

static int max_int(int a, int b) { return a > b ? a : b; }

/* [qualifiers] name [qualifier]: "Final Verdict", "Overall Readiness
 * Status", "Décision finale", "最终结论". */
int prr_rec_verdict_label(const char *s, size_t n)
{
	size_t a = 0, b = n;
	trim_label(s, &a, &b);
	/* Leading qualifiers, each place after one a candidate for the
	 * name: "Readiness" is a qualifier in "Readiness Status" and the
	 * name alone. */
	enum { MAX_QUALS = 4 };
	size_t at[MAX_QUALS + 1] = { a };
	int lead[MAX_QUALS + 1] = { 0 };
	int k = 0;
	for (int q = 0; k < MAX_QUALS; k++) {
		size_t e = label_at(rec_verdict_label_qualifiers, rec_verdict_n_label_qualifiers,
				    s, b, at[k], &q);
		if (!e)
			break;
		at[k + 1] = rec_verdict_skip_seps(s, b, e);
		lead[k + 1] = max_int(lead[k], q);
	}
	for (; k >= 0; k--) {
		int name = 0, tail = 0;
		size_t e = label_at(rec_verdict_label_names, rec_verdict_n_label_names, s, b,
				    at[k], &name);
		if (!e)
			continue;
		if (e != b)
			e = label_at(rec_verdict_label_qualifiers, rec_verdict_n_label_qualifiers,
				     s, b, rec_verdict_skip_seps(s, b, e), &tail);
		if (e == b)
			return max_int(max_int(name, lead[k]), tail);
	}
	return 0;
}

/* The length of the word at s[i] (up to a space), 0 at the end. */
static size_t word_len(const char *s, size_t n, size_t i)
{
	size_t e = i;
	while (e < n && s[e] != ' ')
		e++;
	return e - i;
}

static bool one_of(const char *s, size_t k, const char *const *w)
{
	for (; *w; w++)
		if (rec_verdict_match_word(s, k, 0, *w) == k)
			return true;
	return false;
}

size_t prr_rec_verdict_subject(const char *s, size_t n, size_t *la, size_t *lb)
{
	static const char *const articles[] = { "the", "our", "my", "a", "o",
		"la", "el", "le", "die", "het", "de", "nossa", "nuestra",
		"notre", "unsere", "onze", NULL };
	/* the present only: "The decision was NO-GO" tells an earlier one */
	static const char *const copulas[] = { "is", "\xC3\xA9" /* é */, "es",
		"est", "ist", NULL };
	size_t i = 0;
	while (i < n && (s[i] == '*' || s[i] == '_' || s[i] == ' '))
		i++;
	size_t k = word_len(s, n, i);
	if (k && one_of(s + i, k, articles))
		i += k + 1;
	/* the label's words, up to three, then the verb */
	size_t a = i;
	for (int w = 0; w < 4 && i < n; w++) {
		k = word_len(s, n, i);
		if (!k)
			return 0;
		if (w && one_of(s + i, k, copulas)) {
			size_t v = i + k;
			while (v < n && s[v] == ' ')
				v++;
			if (v >= n || prr_rec_verdict_label(s + a, i - 1 - a) != 2)
				return 0;
			*la = a;
			*lb = i - 1;
			return v;
		}
		i += k + 1;
	}
	return 0;
}
