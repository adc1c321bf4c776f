/* test_import_findings42.c - findings prr missed (round 42): headings
 * numbered by a letter that also names a half or a layer ("### H1. …"),
 * severities joined to a word before them ("Security-Critical").  Each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_item.h"

#include <string.h>

/* "### H1. Duplicate run IDs overwrite files", "### L2: …", "### X1. …":
 * a letter and a number, then '.' or ':' and a title, number a finding
 * as "C1." and "M1." do (a half "H2", a layer "L7" alone are no IDs); the
 * severity is the group heading's ("## HIGH Findings (2)"). */
PRR_TEST(import_findings42__letter_numbered_headings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Tool Audit\n\n**Date:** 2026-04-09\n\n## HIGH Findings (2)\n\n"
		"### H1. Duplicate run IDs overwrite files\n\nTwo runs collide.\n\n"
		"### H10. `tine run` can't handle async scripts\n\nIt fails.\n\n"
		"## LOW Findings (1)\n\n### L1: Logs are not rotated\n\nThey grow.\n\n"
		"## Findings\n\n### X1. Retries are unbounded\n\nForever.\n", &d);
	CHECK(r && r->n_findings == 4);
	if (r && r->n_findings == 4) {
		CHECK_STR(r->findings[0].id, "H1");
		CHECK_STR(r->findings[0].title, "Duplicate run IDs overwrite files");
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
		CHECK_STR(r->findings[1].id, "H10");
		CHECK(r->findings[1].severity == PRR_SEV_HIGH);
		CHECK_STR(r->findings[2].id, "L1");
		CHECK(r->findings[2].severity == PRR_SEV_LOW);
		CHECK_STR(r->findings[3].id, "X1");
		CHECK(r->findings[3].severity == PRR_SEV_UNKNOWN);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* (a half, a layer alone, or one before a small word, is no ID) */
	static const char *const not_ids[] = { "H2 planning", "L7 load balancer",
		"H1: revenue grows", "Q1. Roadmap" };
	for (size_t i = 0; i < sizeof not_ids / sizeof not_ids[0]; i++) {
		size_t at, len;
		CHECK(!prr_rec_finding_id(not_ids[i], strlen(not_ids[i]), &at, &len));
	}
}

/* "No Tests for Security-Critical fs.py Sandbox", "Non-critical": a
 * severity word joined by a hyphen to a word before it describes, and
 * rates nothing (under "## HIGH Findings" the finding is high). */
PRR_TEST(import_findings42__joined_severity_describes)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Audit\n\n## HIGH Findings (1)\n\n"
		"### H11. No Tests for Security-Critical fs.py Sandbox\n\nNone.\n", &d);
	CHECK(r && r->n_findings == 1 && r->findings[0].severity == PRR_SEV_HIGH);
	prr_review_free(r);
	prr_diags_free(&d);
	CHECK(prr_severity_from_text("Non-critical", 12) == PRR_SEV_UNKNOWN);
	CHECK(prr_severity_from_text("mission-critical path", 21) == PRR_SEV_UNKNOWN);
	CHECK(prr_severity_from_text("Critical (P0)", 13) == PRR_SEV_CRITICAL);
}
