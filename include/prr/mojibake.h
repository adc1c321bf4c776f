/*
 * mojibake.h - repairing UTF-8 that went through a wrong decoder.
 *
 * A document saved as UTF-8, read back as Mac Roman or Windows-1252 and
 * saved again as UTF-8 shows "‚úÖ" for ✅ and "‚ö†Ô∏è" for ⚠️ (Mac Roman),
 * "âœ…" for ✅ (Windows-1252).  Each such run of characters maps back, byte
 * for byte through the wrong code page, to one valid multi-byte UTF-8
 * sequence; prr_mojibake_repair() finds those runs and puts the original
 * characters back.  Text that is already right is left alone.
 */
#ifndef PRR_MOJIBAKE_H
#define PRR_MOJIBAKE_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/buf.h"
#include "prr/diag.h"

typedef enum prr_codepage {
	PRR_CP_NONE = 0,
	PRR_CP_MAC_ROMAN,
	PRR_CP_WINDOWS_1252,
} prr_codepage;

/* "Mac Roman", "Windows-1252" (or "none"). */
const char *prr_codepage_name(prr_codepage cp);

typedef struct prr_mojibake {
	prr_codepage codepage; /* the wrong decoder found, or NONE */
	size_t repaired;       /* sequences put back */
	size_t first;          /* byte offset (in the input) of the first */
} prr_mojibake;

/*
 * Scans valid UTF-8 `s` (`n` bytes) for mojibake of either code page and,
 * when some is found, writes the repaired text to `out` (appended) and
 * returns the number of sequences repaired (info->codepage says which code
 * page; the one with more repairs wins).  Returns 0 and leaves `out` alone
 * when there is nothing to repair.  Line ends are never touched, so line
 * numbers stay the same.
 */
size_t prr_mojibake_repair(prr_buf *out, const char *s, size_t n,
			   prr_mojibake *info);

/*
 * A document whose every line is followed by a blank line (line ends
 * doubled by a CR CR LF conversion), at least ten lines, two table rows or
 * a sentence's two lines among them with a blank between: its text without
 * the blank lines between appended to `out`, `*orig` (allocated) each of
 * its lines' line in the document; false, and nothing done, for any other.
 */
bool prr_undouble(prr_buf *out, int **orig, const prr_linemap *m);

#endif
