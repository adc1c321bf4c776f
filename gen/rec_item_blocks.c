/* rec_item_blocks.c - "blocks …" said of a finding in other words than a
 * blocker's own ("Blocks iOS.", "Open; blocks aisles 13–24.", "blocks the
 * full rollout"), and a blocking undone ("no longer blocks"); see
 * blocks_at in rec_item.c. */
#include "rec_words.h"

#include <string.h>
#include <strings.h>

size_t rec_platform_blocks(const char *s, size_t n, size_t i)
{
	static const char *const platforms[] = { "ios", "android", "web", NULL };
	static const char *const events[] = { " release", " launch",
		" rollout", "", NULL };
	if (n - i < 10 || strncasecmp(s + i, "blocks ", 7) != 0 ||
	    (i && rec_is_alnum((unsigned char)s[i - 1])))
		return 0;
	/* (after "the", its event named: "Blocks the iOS release") */
	bool the = n - i > 11 && strncasecmp(s + i + 7, "the ", 4) == 0;
	for (int p = 0; platforms[p]; p++) {
		size_t j = i + (the ? 11 : 7), l = strlen(platforms[p]);
		if (n - j < l || strncasecmp(s + j, platforms[p], l) != 0)
			continue;
		for (int e = 0; events[e]; e++) {
			size_t k = j + l, el = strlen(events[e]);
			if ((the && !el) || n - k < el ||
			    strncasecmp(s + k, events[e], el) != 0)
				continue;
			if (k + el == n || (s[k + el] && strchr(".;,*_)", s[k + el])) ||
			    (el && s[k + el] == ' '))
				return k + el - i;
		}
	}
	return 0;
}

/* The end of the word at s[i] (letters, digits, '-', '%', '.' inside a
 * number: "40-practice", "3.0.0"), at most 24 bytes; i if none. */
static size_t word_end(const char *s, size_t n, size_t i)
{
	size_t e = i;
	while (e < n && e - i < 24 &&
	       (rec_is_alnum((unsigned char)s[e]) || s[e] == '-' || s[e] == '%' ||
		(s[e] == '.' && e + 1 < n && rec_is_alnum((unsigned char)s[e + 1]))))
		e++;
	return e < n && e - i >= 24 ? i : e;
}

/* "blocks the full rollout", "block the 40-practice rollout": one or two
 * words between the article and the event blocked; its length or 0. */
static size_t event_blocks(const char *s, size_t n, size_t i)
{
	static const char *const events[] = { "launch", "release", "rollout",
		"cutover", "cut-over", "ga", "go-live", "production", NULL };
	size_t v = n - i > 10 && strncasecmp(s + i, "blocks the ", 11) == 0 ? 11
		   : n - i > 9 && strncasecmp(s + i, "block the ", 10) == 0 ? 10 : 0;
	size_t j = i + v;
	for (int words = 0; v && words < 3; words++) {
		size_t e = word_end(s, n, j);
		if (e == j)
			return 0;
		for (int k = 0; words && events[k]; k++)
			if (strlen(events[k]) == e - j &&
			    strncasecmp(s + j, events[k], e - j) == 0)
				return e - i;
		if (e >= n || s[e] != ' ')
			return 0;
		j = e + 1;
	}
	return 0;
}

size_t rec_clause_blocks(const char *s, size_t n, size_t i, bool opens)
{
	static const char *const nothing[] = { "nothing", "none", "no",
		"neither", "anything", "nobody", NULL };
	size_t len = event_blocks(s, n, i);
	if (len || n - i < 8 || strncasecmp(s + i, "blocks ", 7) != 0)
		return len;
	/* what ends before it: a clause (";"), or a sentence when it opens
	 * the next one with its capital ("… at shift change. Blocks Wave
	 * 2."); not the text's start ("Blocks transitions when …") unless
	 * the caller knows a finding's sentence opens there */
	size_t p = i;
	while (p > 0 && (s[p - 1] == ' ' || rec_is_emphasis((unsigned char)s[p - 1])))
		p--;
	if (!opens && (p == 0 || p == i ||
		       !(s[p - 1] == ';' ||
			 (s[i] == 'B' && (s[p - 1] == '.' || s[p - 1] == '!')))))
		return 0;
	/* …and it blocks something: not "blocks nothing" */
	size_t o = i + 7, e = word_end(s, n, o);
	if (e == o)
		return 0;
	for (int k = 0; nothing[k]; k++)
		if (strlen(nothing[k]) == e - o && strncasecmp(s + o, nothing[k], e - o) == 0)
			return 0;
	return 6;
}

bool rec_blocking_undone(const char *s, size_t i)
{
	static const char *const words[] = { "no longer", "never", "no more",
		NULL };
	static const char *const endings[] = { "n't", "n\xE2\x80\x99t", NULL };
	size_t e = i > 0 && s[i - 1] == ' ' ? i - 1 : i;
	for (int k = 0; words[k]; k++) {
		size_t l = strlen(words[k]);
		if (e >= l && strncasecmp(s + e - l, words[k], l) == 0 &&
		    (e == l || !rec_is_alnum((unsigned char)s[e - l - 1])))
			return true;
	}
	/* (a word's own: "doesn't", "won’t") */
	for (int k = 0; endings[k]; k++) {
		size_t l = strlen(endings[k]);
		if (e > l && strncasecmp(s + e - l, endings[k], l) == 0)
			return true;
	}
	return false;
}

bool rec_blocking_compound(const char *s, size_t i)
{
	/* what a release-type blocker is of: "launch-blocking",
	 * "ship-blockers", "CI-blocking" */
	static const char *const kinds[] = { "launch", "release", "ship",
		"merge", "deploy", "deployment", "rollout", "cutover", "ga",
		"live", "production", "prod", "ci", "pr", "hard", "gate", NULL };
	if (i < 2 || s[i - 1] != '-' || strncasecmp(s + i, "block", 5) != 0)
		return false;
	size_t e = i - 1, b = e;
	while (b > 0 && (rec_is_alnum((unsigned char)s[b - 1]) || s[b - 1] == '/'))
		b--;
	if (b == e)
		return false;
	for (int k = 0; kinds[k]; k++)
		if (strlen(kinds[k]) == e - b && strncasecmp(s + b, kinds[k], e - b) == 0)
			return false;
	return true;
}

bool rec_noun_in_passing(const char *s, size_t i)
{
	static const char *const whens[] = { "after", "once", "until", "when",
		NULL };
	for (int words = 0; words < 3 && i > 0; words++) {
		size_t e = i;
		while (e > 0 && s[e - 1] == ' ')
			e--;
		size_t b = e;
		while (b > 0 && rec_is_alnum((unsigned char)s[b - 1]))
			b--;
		if (b == e || e == i)
			return false;
		for (int k = 0; whens[k]; k++)
			if (strlen(whens[k]) == e - b && strncasecmp(s + b, whens[k], e - b) == 0)
				return true;
		i = b;
	}
	return false;
}
