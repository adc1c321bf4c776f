/* import_denials.h - what says there is nothing to find, and what under a
 * heading of blockers blocks nothing (import_denials.c). */
#ifndef PRR_IMPORT_DENIALS_H
#define PRR_IMPORT_DENIALS_H

#include "import_int.h"

/* Whether s[0..n) opens with a sentence that denies findings: "No
 * additional critical blockers identified for this scope; …", "No
 * blockers identified.", "None of these risks block revenue.", "Zero
 * open issues." ("No" or "None of the/these/those" or "Zero", a few
 * qualifiers, then a noun of findings, then the end or a verb that says
 * none is there); not "No rate limiting on login", a finding. */
bool imp_denies_findings(const char *s, size_t n);

#endif
