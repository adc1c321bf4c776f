/* import_find_heads.c - headings over lists that are no findings, though
 * their words name some: the conditions of a decision's signal ("### Red
 * Light Blockers"). */
#include "import_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* (import_int.h) "Red Light Blockers", "Amber-light conditions", "Green
 * Light Criteria": a traffic light's colour and "light" name a state of a
 * go/no-go signal; what is under it is what would set it, no finding. */
bool imp_signal_heading(const char *s, size_t n)
{
	static const char *const colours[] = { "red", "amber", "yellow",
		"green", NULL };
	for (size_t i = 0; i < n; i++) {
		if (!isalpha((unsigned char)s[i]) ||
		    (i && isalpha((unsigned char)s[i - 1])))
			continue;
		size_t e = i;
		while (e < n && isalpha((unsigned char)s[e]))
			e++;
		if (imp_is_one_of(s + i, e - i, colours) && e + 6 <= n &&
		    (s[e] == ' ' || s[e] == '-') &&
		    strncasecmp(s + e + 1, "light", 5) == 0 &&
		    (e + 6 == n || !isalpha((unsigned char)s[e + 6])))
			return true;
		i = e;
	}
	return false;
}

/* (import_int.h) "P0 Before Public Hosted Production", "Critical (before
 * launch)": "before", then within three more words a step ahead. */
bool imp_before_step(const char *s, size_t n)
{
	static const char *const steps[] = { "production", "prod", "launch",
		"go-live", "golive", "release", "ga", "cutover", NULL };
	for (size_t i = 0; i + 7 <= n; i++) {
		if (strncasecmp(s + i, "before ", 7) != 0 ||
		    (i && isalpha((unsigned char)s[i - 1])))
			continue;
		size_t w = i + 7;
		for (int words = 0; words < 4 && w < n; words++) {
			size_t e = w;
			while (e < n && (isalpha((unsigned char)s[e]) || s[e] == '-'))
				e++;
			if (e > w && imp_is_one_of(s + w, e - w, steps))
				return true;
			if (e == w || (e < n && s[e] != ' '))
				break;
			w = e + 1;
		}
	}
	return false;
}
