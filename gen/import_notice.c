/* import_notice.c - a notice opening a document that says the document
 * itself is outdated: "# ⚠️ OUTDATED AUDIT DOCUMENT ⚠️", "# DEPRECATED
 * CONTENT BELOW".  Such a heading is not the document's title, and what
 * follows it may no longer hold: prr warns once. */
#include "import_int.h"

#include <ctype.h>
#include <string.h>

/* The words a notice may use besides its word for outdated. */
static const char *const filler[] = {
	"this", "the", "is", "and", "contains", "information", "info", "now",
	"below", "notice", "warning", "version", "page", NULL,
};
/* Nouns for the document itself; a notice names it. */
static const char *const nouns[] = {
	"document", "doc", "file", "audit", "report", "review", "content",
	"contents", "assessment", NULL,
};
static const char *const outdated[] = {
	"outdated", "deprecated", "obsolete", "superseded", NULL,
};

/* Whether heading `title` only says the document is outdated: every word
 * one of a notice's, among them a word for outdated and one for the
 * document ("OUTDATED AUDIT DOCUMENT", "This audit document is
 * DEPRECATED"; not "Deprecated API removal" nor "## Deprecated"). */
bool imp_outdated_notice(const char *title)
{
	bool said = false, named = false;
	const char *s = title;
	if (strlen(s) > 120)
		return false;
	while (*s) {
		if (!isalnum((unsigned char)*s) && (unsigned char)*s < 0x80) {
			s++;
			continue;
		}
		const char *w = s;
		while (*s && (isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80))
			s++;
		size_t n = (size_t)(s - w);
		if (imp_is_one_of(w, n, outdated))
			said = true;
		else if (imp_is_one_of(w, n, nouns))
			named = true;
		else if (!imp_is_one_of(w, n, filler))
			return false;
	}
	return said && named;
}

/* Heading `title` at `line`, read before the document has its
 * title: whether it is a notice of being outdated, not the title (the
 * first one warns). */
bool imp_notice_heading(imp *im, const char *title, int line)
{
	if (im->r->title || !imp_outdated_notice(title))
		return false;
	if (!im->outdated_warned) {
		im->outdated_warned = true;
		prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map, line, 1,
			     "the document says it is outdated ('%s'): what it "
			     "states, its verdict among them, may no longer hold",
			     title);
	}
	return true;
}
