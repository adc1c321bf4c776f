/* import_topic_label.c - a label that opens with a field's name but names
 * a topic: "**File Uploads:** Multer keeps them in memory" is a finding,
 * where "File:" or "File/path:" is a field of the finding above. */
#include "import_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Nouns that name a field alone ("File: a.c", "Location: x.c:4") and a
 * topic before another word ("File Uploads", "Component Library",
 * "Evidence Management", "Location tracking"). */
static const char *const topic_nouns[] = { "file", "datei", "fichier",
	"arquivo", "archivo", "component", "evidence", "location", NULL };

/* Words after such a noun that keep it a field: "File path", "File name",
 * "File and line", "Evidence link". */
static const char *const field_tails[] = { "path", "paths", "name", "names",
	"line", "lines", "and", "link", "links", "ref", "refs", NULL };

bool imp_topic_label(const char *s, size_t n, size_t k)
{
	bool noun = false;
	for (int i = 0; topic_nouns[i] && !noun; i++)
		noun = strlen(topic_nouns[i]) == k &&
		       strncasecmp(s, topic_nouns[i], k) == 0;
	if (!noun)
		return false;
	/* "Files:" is the field's plural */
	if (k < n && (s[k] == 's' || s[k] == 'S'))
		k++;
	if (k + 1 >= n || s[k] != ' ' || !isalpha((unsigned char)s[k + 1]))
		return false; /* "File:", "File/path:", "File (line):" */
	const char *w = s + k + 1;
	size_t wl = 0;
	while (k + 1 + wl < n && isalpha((unsigned char)w[wl]))
		wl++;
	for (int i = 0; field_tails[i]; i++)
		if (strlen(field_tails[i]) == wl &&
		    strncasecmp(w, field_tails[i], wl) == 0)
			return false;
	return true;
}
