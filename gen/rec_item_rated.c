/* rec_item_rated.c - a severity's sentence that says who rated it ("Sev-1
 * by our triage."), a severity's word after its colour ("Severity: 🟡
 * HIGH"); see stated_at and place_of in rec_item.c. */
#include "rec_words.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

bool rec_rated_by_whom(const char *s, size_t n, size_t e)
{
	static const char *const whose[] = { "our", "the", "their", "its",
		"my", NULL };
	size_t i, words = 0;
	bool named = false;
	if (n - e > 4 && strncasecmp(s + e, " by", 3) == 0 &&
	    isspace((unsigned char)s[e + 3]))
		i = e + 3;
	else if (n - e > 5 && strncasecmp(s + e, " per", 4) == 0 &&
		 isspace((unsigned char)s[e + 4]))
		i = e + 4;
	else
		return false;
	/* (a line may break after "by") */
	while (i < n && (s[i] == ' ' || s[i] == '\n')) {
		size_t w = ++i;
		while (i < n && isalpha((unsigned char)s[i]))
			i++;
		if (i == w || ++words > 4)
			return false;
		for (int k = 0; whose[k] && !named; k++)
			named = i - w == strlen(whose[k]) &&
				strncasecmp(s + w, whose[k], i - w) == 0;
	}
	return named && i < n && s[i] == '.';
}

size_t rec_past_colour(const char *s, size_t n, size_t b)
{
	uint32_t c = b >= 4 ? rec_cp_before(s, n, b) : 0;
	if (c != 0x1F534 && c != 0x1F535 && c != 0x1F6A8 &&
	    !(c >= 0x1F7E0 && c <= 0x1F7E9))
		return b;
	for (b -= 4; b > 0 && (s[b - 1] == ' ' || rec_is_emphasis((unsigned char)s[b - 1]));)
		b--;
	return b;
}
