/* classify_marks.c - what a status mark says beside words: GitHub's
 * shortcodes of the marks, and a cross over a test not run; and a status
 * word that is none where it stands, "this pass" (classify.c reads the
 * marks and words themselves). */
#include "prr/import.h"
#include "rec_words.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* GitHub's shortcodes of the marks classify.c reads, as GitHub shows them. */
static const struct {
	const char *code, *emoji;
} shortcodes[] = {
	{ ":white_check_mark:", "\u2705" },
	{ ":heavy_check_mark:", "\u2714\uFE0F" },
	{ ":ballot_box_with_check:", "\u2611\uFE0F" },
	{ ":green_circle:", "\U0001F7E2" },
	{ ":green_square:", "\U0001F7E9" },
	{ ":warning:", "\u26A0\uFE0F" },
	{ ":yellow_circle:", "\U0001F7E1" },
	{ ":orange_circle:", "\U0001F7E0" },
	{ ":yellow_square:", "\U0001F7E8" },
	{ ":orange_square:", "\U0001F7E7" },
	{ ":x:", "\u274C" },
	{ ":negative_squared_cross_mark:", "\u274E" },
	{ ":heavy_multiplication_x:", "\u2716\uFE0F" },
	{ ":red_square:", "\U0001F7E5" },
	{ ":no_entry:", "\u26D4" },
	{ ":no_entry_sign:", "\U0001F6AB" },
	{ ":red_circle:", "\U0001F534" },
	{ ":hourglass:", "\u231B" },
	{ ":hourglass_flowing_sand:", "\u23F3" },
	{ ":construction:", "\U0001F6A7" },
	{ ":pause_button:", "\u23F8\uFE0F" },
	{ ":arrows_counterclockwise:", "\U0001F504" },
	{ ":heavy_minus_sign:", "\u2796" },
};

const char *prr_emoji_shortcode(const char *s, size_t n, size_t *len)
{
	if (n < 3 || s[0] != ':')
		return NULL;
	for (size_t k = 0; k < COUNT(shortcodes); k++) {
		size_t cn = strlen(shortcodes[k].code);
		if (cn <= n && memcmp(s, shortcodes[k].code, cn) == 0) {
			*len = cn;
			return shortcodes[k].emoji;
		}
	}
	return NULL;
}

/* "❌ not run", "❌ Not tested": a cross, and right after it the words of
 * a test or drill not carried out.  The cross says the check fails; the
 * words say why (31-09's "Redis failover drill | ❌ not run", the drill
 * behind its blocker).  Work not begun under a cross ("❌ Not started",
 * "❌ Sin empezar", a task's state) and a warning over a test not run
 * ("⚠️ not run") stay pending. */
bool prr_untested_fails(const char *s, size_t n, prr_status mark)
{
	static const char *const untested[] = { "not run", "not tested",
		"not executed", "not verified", "never run", "never tested",
		NULL };
	if (mark != PRR_FAIL)
		return false;
	for (int k = 0; untested[k]; k++) {
		size_t l = strlen(untested[k]);
		/* the phrase whole: "not running" is no test not run */
		if (l <= n && strncasecmp(s, untested[k], l) == 0 &&
		    (l == n || !((s[l] >= 'a' && s[l] <= 'z') ||
				 (s[l] >= 'A' && s[l] <= 'Z'))))
			return true;
	}
	return false;
}

bool prr_pass_as_round(const char *s, size_t i)
{
	static const char *const rounds[] = { "this", "that", "each", "every",
		"next", "last", "previous", "prior", "first", "second",
		"third", "final", "same", "another", "earlier", "later", NULL };
	size_t b, e = rec_letters_before(s, i, &b);
	if (e == b || e == i || (b && isalnum((unsigned char)s[b - 1])))
		return false;
	for (int k = 0; rounds[k]; k++)
		if (strlen(rounds[k]) == e - b &&
		    strncasecmp(s + b, rounds[k], e - b) == 0)
			return true;
	return false;
}

/* "Implemented but Unverified", "Done, but not tested": a pass word (s
 * starts right after it) whose next words deny it was checked.  Work
 * that is there and not shown to work: partial, no pass (r12's "Status
 * labels:" legend: code exists, no production proof). */
bool prr_pass_unverified(const char *s, size_t n)
{
	static const char *const unchecked[] = { "unverified", "untested",
		"not verified", "not yet verified", "not tested",
		"not yet tested", "unproven", "not validated", NULL };
	size_t i = 0;
	if (i < n && s[i] == ',')
		i++;
	if (i >= n || s[i] != ' ')
		return false;
	i++;
	if (i + 4 > n || strncasecmp(s + i, "but ", 4) != 0)
		return false;
	i += 4;
	for (int k = 0; unchecked[k]; k++) {
		size_t l = strlen(unchecked[k]);
		if (i + l <= n && strncasecmp(s + i, unchecked[k], l) == 0 &&
		    (i + l == n || !isalpha((unsigned char)s[i + l])))
			return true;
	}
	return false;
}

/* "return 200/204", "HTTP 401/403": HTTP status codes (100-599) joined by
 * a slash after a word of responses, s[i] the first; no count of 200 out
 * of 204 ("200/204 tests pass" is one). */
bool prr_status_codes(const char *s, size_t i, long a, long b)
{
	static const char *const words[] = { "return", "returns", "returned",
		"returning", "http", "status", "code", "codes", "respond",
		"responds", "responded", "response", "responses", NULL };
	if (a < 100 || a > 599 || b < 100 || b > 599)
		return false;
	size_t w, e = rec_letters_before(s, i, &w);
	if (e == i) /* (no space between: "v200/204") */
		return false;
	for (int k = 0; words[k]; k++)
		if (strlen(words[k]) == e - w &&
		    strncasecmp(s + w, words[k], e - w) == 0)
			return true;
	return false;
}
