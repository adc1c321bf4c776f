/* test_import_findings27.c - findings read from real reviews' headings:
 * each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* "## 🔴 Critical #1 — Backups fail silently": a severity, its number
 * and a title is one finding of that severity, under any heading. */
PRR_TEST(import_findings27__severity_numbered_heading)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Backup tool review\n\n"
		"## \xF0\x9F\x94\xB4 Critical #1 \xE2\x80\x94 Backup failures are "
		"silent; the process exits 0 on failure\n\n"
		"**What:** `run()` only prints the failure.\n\n"
		"## \xF0\x9F\x9F\xA1 Minor\n\n- **Socket unset** under `set -u`.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].title,
			  "Backup failures are silent; the process exits 0 on failure");
		CHECK_INT(r->findings[0].severity, PRR_SEV_CRITICAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## 1. Critical Issues (P0)" over "### P0-1: …": a numbered heading
 * naming a severity and the plural of findings is a group of them, no
 * finding; "These MUST be fixed before any production use." right under
 * it makes them blocking.  "## 5. Findings" stays no group (a numbered
 * "### 5.1 …" below may be one). */
PRR_TEST(import_findings27__numbered_group_of_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Coral issues\n\n"
		"## 1. Critical Issues (P0)\n\n"
		"These MUST be fixed before any production use.\n\n"
		"### P0-1: Captured Closure Segfault in Binary Mode\n\n"
		"A captured closure called 500K+ times segfaults.\n\n"
		"## 2. Major Issues (P1)\n\n"
		"### P1-1: Map Iterator Snapshot Not Deep-Copied\n\nx\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "P0-1");
		CHECK(r->findings[0].blocking);
		CHECK_INT(r->findings[0].severity, PRR_SEV_CRITICAL);
		CHECK_STR(r->findings[1].id, "P1-1");
		CHECK(!r->findings[1].blocking);
		CHECK_INT(r->findings[1].severity, PRR_SEV_HIGH);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Highest severity first:" orders the list after it, "**Highest-impact:**"
 * joins its word to another: neither rates the items (nor makes them
 * findings); "**X — RESOLVED (HXC-1633).**" is closed by that ticket. */
PRR_TEST(import_findings27__ordering_lead_and_resolved_by_ticket)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n### Gap list (remaining work)\n\n"
		"Highest severity first:\n\n"
		"1. **CI/CD disabled (items 8, 9).** Re-enable the workflows.\n"
		"2. **WireGuard macOS parity (items 66, 67) \xE2\x80\x94 RESOLVED "
		"(HXC-1633).** Real userspace WireGuard on darwin.\n"
		"3. **Coverage gate not enforced (item 7).** Wire it into CI.\n", &d);
	CHECK(r && r->n_findings == 2);
	for (size_t i = 0; r && i < r->n_findings; i++) {
		CHECK_INT(r->findings[i].severity, PRR_SEV_UNKNOWN);
		CHECK(!strstr(r->findings[i].title, "WireGuard"));
	}
	prr_review_free(r);
	prr_diags_free(&d);
	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Review\n\n## Speed \xE2\x80\x94 Chat boxes\n\n"
		"**Highest-impact:**\n"
		"1. **Task chat polls the entire task every 10s** \xE2\x80\x94 delete the poll.\n"
		"2. **Project chat send waits for a round-trip** \xE2\x80\x94 add an insert.\n", &d);
	for (size_t i = 0; r && i < r->n_findings; i++)
		CHECK_INT(r->findings[i].severity, PRR_SEV_UNKNOWN);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Sev | Platform | Defect | Evidence |": the Defect column (as Issue,
 * Finding, Problem, Bug) titles each finding, the Platform column is its
 * component; so a later item "**Android native:** Remove the leak." is
 * no second mention of a finding titled "Android native". */
PRR_TEST(import_findings27__defect_column_titles_platform_is_component)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review \xE2\x80\x94 Mobile SDK\n\n"
		"| Sev | Platform | Defect | Evidence |\n|---|---|---|---|\n"
		"| Critical | Android native | **Touch-dispatch chain is unguarded.** | `Hub.kt:51` |\n"
		"| High | iPhone | Bug in capture | `Cap.swift:9` |\n\n"
		"## Must-Fix Backlog\n\n### P0 \xE2\x80\x94 Blocks production (Critical)\n"
		"1. **Android native:** Remove the auth-token Logcat leak.\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK_STR(r->findings[0].title, "Touch-dispatch chain is unguarded.");
		CHECK_STR(r->findings[0].component, "Android native");
		CHECK(!r->findings[0].blocking);
		CHECK_STR(r->findings[1].title, "Bug in capture");
		CHECK_STR(r->findings[1].component, "iPhone");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| P0-8 | Bug (High) | … |" under "## P0 — Launch blockers": the row
 * rates itself high (still blocking) over the heading's critical; a P1
 * item that mentions "depends on P0-1 fix" is no P0 ("P0-1" is another
 * item's ID; leading its own item it still rates). */
PRR_TEST(import_findings27__row_rating_and_mentioned_priority_ids)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n"
		"## P0 \xE2\x80\x94 Launch blockers (fix before any production traffic)\n\n"
		"| # | Area | Issue | Location |\n|---|---|---|---|\n"
		"| P0-7 | Bug (Critical) | **Extension SLA flows crash.** | `sla.js:5` |\n"
		"| P0-8 | Bug (High) | **`COMPLETED` is undefined.** | `task.js:3` |\n\n"
		"## P1 \xE2\x80\x94 High priority (fix before GA)\n\n"
		"- **Private chat broadcast to the room** \xE2\x80\x94 depends on P0-1 fix.\n\n"
		"## Notes\n\n### P0-3: Disk fills up\n\nx\n", &d);
	CHECK(r && r->n_findings == 4);
	if (r && r->n_findings == 4) {
		CHECK_INT(r->findings[0].severity, PRR_SEV_CRITICAL);
		CHECK_INT(r->findings[1].severity, PRR_SEV_HIGH);
		CHECK(r->findings[1].blocking);
		CHECK_INT(r->findings[2].severity, PRR_SEV_HIGH);
		CHECK_INT(r->findings[3].severity, PRR_SEV_CRITICAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Under "## Remaining blockers and risks" only the items the text calls
 * blockers block ("**Severity:** Blocker for store distribution."), not
 * "**Severity:** Low."; and "Raised from Low to Medium — …" is medium. */
PRR_TEST(import_findings27__blockers_and_risks_heading)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# App readiness review\n\n"
		"## Remaining blockers and risks\n\n"
		"### R1 \xE2\x80\x94 API 28 compatibility architecture\n\n"
		"**Severity:** Blocker for store distribution.\n\n"
		"### R6 \xE2\x80\x94 Legacy credential migration shim remains\n\n"
		"**Severity:** Low.\n\n"
		"### R7 \xE2\x80\x94 Live SSH interoperability needs device coverage\n\n"
		"**Severity:** Raised from Low to Medium \xE2\x80\x94 now a primary path.\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK(r->findings[0].blocking);
		CHECK(!r->findings[1].blocking);
		CHECK_INT(r->findings[1].severity, PRR_SEV_LOW);
		CHECK(!r->findings[2].blocking);
		CHECK_INT(r->findings[2].severity, PRR_SEV_MEDIUM);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* "## Blockers" alone still makes its items block */
	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Review\n\n## Remaining blockers\n\n"
		"### R6 \xE2\x80\x94 Legacy credential migration shim remains\n\n"
		"**Severity:** Low.\n", &d);
	CHECK(r && r->n_findings == 1 && r->findings[0].blocking);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### Remaining (P1/P2)", "### P2 — Hardening (Medium/Low)": a heading
 * that names two levels side by side rates the items under it neither. */
PRR_TEST(import_findings27__heading_of_two_levels_rates_nothing)
{
	static const char *const heads[] = { "Remaining (P1/P2)",
		"P2 \xE2\x80\x94 Hardening (Medium/Low)" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Review\n\n## Security Findings\n\n### %s\n"
			"- **Broader rate limiting**: only auth endpoints are throttled.\n"
			"- **TLS enforcement**: relies on upstream proxy termination.\n",
			heads[i]);
		CHECK(r && r->n_findings == 2);
		for (size_t f = 0; r && f < r->n_findings; f++)
			CHECK_INT(r->findings[f].severity, PRR_SEV_UNKNOWN);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
