/* test_import_golive26.c - what the importer reads in real go-live
 * checklists (round 26): blank sign-offs, OPEN gates, "ready to build",
 * mixed cells, thresholds, dated status lines, ⬜ marks and unticked
 * files; each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* A sign-off under a decision heading with no approver filled in
 * ("Approved by: __________", "<name>", "[Name]", "___ Date: ___")
 * approves nothing: no verdict from it; the document's own status
 * stands.  One with a name filled in still decides. */
PRR_TEST(import_golive26__blank_approval_is_no_verdict)
{
	static const char *const blanks[] = {
		"Approved by: __________  \nDate: __________",
		"Approved by: <name>",
		"Approved by: [Name]",
		"**Approved by:** ___ Date: ___",
		"Signed off by: ____________",
	};
	for (size_t i = 0; i < sizeof blanks / sizeof blanks[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Launch checklist \xE2\x80\x94 Acme\n\nStatus: PRE-LIVE\n"
			"Date: 2026-02-25\n\n## 1. Billing\n\n- [ ] Live keys configured\n\n"
			"## GO-LIVE DECISION\n\n%s\n", blanks[i]);
		CHECK(r && r->level == PRR_LEVEL_UNKNOWN && r->status_text &&
		      strcmp(r->status_text, "PRE-LIVE") == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	CHECK(md_level("# Launch checklist\n\nDate: 2026-02-25\n\n- [ ] Live keys\n\n"
		       "## Go-live decision\n\nApproved by: __________\n") ==
	      PRR_LEVEL_UNKNOWN);
	CHECK(md_level("# Launch checklist\n\nDate: 2026-02-25\n\n- [ ] Live keys\n\n"
		       "## Go-live decision\n\nApproved by: Jane Doe\n") ==
	      PRR_LEVEL_READY);
}

/* The checks of the first component of `text`'s statuses, one letter
 * each (p pass, f fail, w partial, o pending, n n/a, ? unknown); at most
 * 15.  `out` holds 16 bytes. */
static const char *check_states(const char *text, char *out)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	size_t n = 0;
	if (r && r->n_components)
		for (; n < r->components[0].n_checks && n < 15; n++) {
			prr_status st = r->components[0].checks[n].status;
			out[n] = st == PRR_PASS ? 'p' : st == PRR_FAIL ? 'f'
				: st == PRR_PARTIAL ? 'w' : st == PRR_PENDING ? 'o'
				: st == PRR_NA ? 'n' : '?';
		}
	out[n] = '\0';
	prr_review_free(r);
	prr_diags_free(&d);
	return out;
}

/* A gate or a check whose Status is "OPEN" ("**OPEN — only you can do
 * this**") is not done: pending, not unknown (so not left out of what is
 * counted); a finding whose Status is "Open" is still an open finding. */
PRR_TEST(import_golive26__open_gate_is_pending)
{
	char out[16];
	CHECK_STR(check_states("# Go-Live Checklist\n\nDate: 2026-03-01\n\n"
		"| Gate | Requirement | Status |\n|---|---|---|\n"
		"| 1 | signing keys rotated | DONE |\n"
		"| 2 | verifier cannot mint | DONE |\n"
		"| 3 | datastore failover | OPEN |\n"
		"| 4 | security review | **OPEN \xE2\x80\x94 only you can do this** |\n"
		"| 5 | open-source licences | Opened |\n", out), "ppoo?");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\nDate: 2026-03-01\n\n## Findings\n\n"
		"| ID | Finding | Severity | Status |\n|---|---|---|---|\n"
		"| F-1 | No failover test | High | Open |\n"
		"| F-2 | Logs unrotated | Low | Fixed |\n", &d);
	CHECK(r && r->n_findings == 1 && r->findings[0].id &&
	      strcmp(r->findings[0].id, "F-1") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Ready to build the day A6 lands" in a Status cell: the work is ready
 * to begin (build, start, begin, deploy, test, implement), not done:
 * pending.  "Ready" alone is still a pass. */
PRR_TEST(import_golive26__ready_to_build_is_pending)
{
	char out[16];
	CHECK_STR(check_states("# Go-Live Checklist\n\nDate: 2026-07-04\n\n"
		"| Gate | Requirement | Status |\n|---|---|---|\n"
		"| A1 | Runbook exists | \xE2\x9C\x85 done |\n"
		"| A8 | Live workflow wired | Ready to build the day A6 lands |\n"
		"| A9 | Canary | **Ready to deploy** |\n"
		"| A10 | Dashboards | Ready |\n", out), "poop");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Go-Live Checklist\n\nDate: 2026-07-04\n\n"
		"| # | Gate | Owner | Status |\n|---|---|---|---|\n"
		"| A1 | Runbook exists | me | \xE2\x9C\x85 done |\n"
		"| A8 | Live workflow wired | me | Ready to build the day A6 lands |\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 2 &&
	      r->checklists[0].items[1].status == PRR_PENDING &&
	      !r->checklists[0].items[1].done);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A status cell of two parts joined by a spaced "/" or "+", one done and
 * the other not (a status short of done, or a word in capitals that is
 * none: "DEPLOYMENT", the part still to do), is partial; two done parts,
 * a part with no status ("N/A" unspaced, a date, an issue's key) or a
 * slash inside brackets leave it a pass. */
PRR_TEST(import_golive26__mixed_cell_is_partial)
{
	char out[16];
	CHECK_STR(check_states("# Go-Live Checklist\n\nDate: 2026-03-01\n\n"
		"## Release gates\n\n"
		"| Gate | Requirement | Status | Evidence |\n|---|---|---|---|\n"
		"| 1.1 | signing | DONE-IN-REPO (Ed25519) / DEPLOYMENT (custody) | t |\n"
		"| 1.2 | mint | DONE-IN-REPO | t |\n"
		"| 1.3 | keys | Done + tests pending | t |\n"
		"| 1.4 | logs | Done / Verified | t |\n"
		"| 1.5 | audit | Done / JIRA-123 | t |\n"
		"| 1.6 | latency | PASS (p99 120ms / TARGET 200ms) | t |\n", out),
		"wpwppp");
}

/* A threshold in an item ("> 4.0/5", "≥ 8/10", ">= 90%", "at least
 * 4/5") is a target to meet, no score; "- Security: 8/10" still is one.
 * A heading naming a period of the calendar ("### Day 1 (First 24
 * Hours)", "### Week 2 (5 days)") is what happens then, no effort
 * estimate; "### Stage A (3-6 weeks)" still is one. */
PRR_TEST(import_golive26__thresholds_and_periods)
{
	static const char *const targets[] = {
		"- [ ] User satisfaction score > 4.0/5",
		"- [ ] Security score \xE2\x89\xA5 8/10",
		"- [ ] Readiness score >= 90%",
		"- [ ] User satisfaction score at least 4/5",
	};
	for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Go-Live Checklist\n\nDate: 2026-03-01\n\n"
			"### User Adoption Validation\n%s\n", targets[i]);
		CHECK(r && r->n_dimensions == 0 && r->n_scores == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	static const struct { const char *head; size_t n; } heads[] = {
		{ "### Day 1 (First 24 Hours)", 0 },
		{ "### Week 2 (5 days)", 0 },
		{ "### Stage A (3-6 weeks)", 1 },
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Go-Live Checklist\n\nDate: 2026-03-01\n\n"
			"%s\n- [ ] Error rates monitored\n", heads[i].head);
		CHECK(r && r->n_estimates == heads[i].n);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\nDate: 2026-03-01\n\n## Scores\n\n"
		"- Security: 8/10\n- Reliability: 7/10\n", &d);
	CHECK(r && r->n_dimensions == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Status 2026-08-31." opening a line near the top (a status dated, its
 * own sentence) dates the review, as "Status as of 2026-08-31" does; a
 * status word and a day inside a sentence does not. */
PRR_TEST(import_golive26__status_dated)
{
	char out[16];
	CHECK_STR(md_date(md_undated, "# Tele2 Go-Live Checklist\n\n"
		"Ordered path from \"code is ready\" to launch.\n"
		"Status 2026-08-31. Launch model: Android-only.\n\n"
		"## Blockers\n\n### 1. Email is capped\nNo launch with accounts.\n", out),
		"2026-08-31");
	CHECK_STR(md_date(md_undated, "# Checklist\n\n"
		"**Status 2026-08-31.** Launch model: Android-only.\n\n## Blockers\n\nNone.\n",
		out), "2026-08-31");
	CHECK_STR(md_date(md_undated, "# Checklist\n\n"
		"The payment status 2026-08-31 was reported by the vendor in their weekly mail.\n\n"
		"## Blockers\n\nNone.\n", out), "-");
}

/* A box not ticked that says its file made ("- [ ]
 * RUNBOOK_PRODUCTION.md created", "- [ ] Author `ARCHITECTURE.md`")
 * plans it: planned, not claimed present; a ticked one's file is
 * claimed. */
PRR_TEST(import_golive26__unticked_files_planned)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Checklist\n\nDate: 2025-03-10\n\n## Documentation\n\n"
		"- [ ] RUNBOOK_PRODUCTION.md created\n- [x] SECURITY_AUDIT.md created\n", &d);
	CHECK(r && r->n_evidence == 2);
	if (r && r->n_evidence == 2) {
		CHECK(r->evidence[0].planned && !r->evidence[0].absent);
		CHECK(!r->evidence[1].planned && !r->evidence[1].absent);
	}
	prr_review_free(r);
	/* "Author `X`" plans it; a file an open box only works in is no
	 * file to make */
	r = md_text("# Checklist\n\nDate: 2025-03-10\n\n## Docs\n\n"
		"- [ ] Author `ARCHITECTURE.md`\n- [ ] Fix the FX date in `models/fct.sql`\n",
		&d);
	CHECK(r && r->n_evidence == 2);
	if (r && r->n_evidence == 2)
		CHECK(r->evidence[0].planned && !r->evidence[1].planned);
	prr_review_free(r);
	prr_diags_free(&d);
}
