/* test_import_plans24.c - what the importer reads in issue trackers'
 * tables, sprint tables of other tools, stage plans, dates that lead an
 * item, hashes that are no commits and horizons that are no estimates:
 * each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A GitHub issue table under a heading of issues ("# | Title | Labels |
 * State | Assignee") is its findings, each by its issue number and
 * titled by its Title, open or closed as its State says; its severity a
 * label's ("sev/S2": S1 to S4 as Sev-1 to Sev-4); an "Issue" column of
 * issue numbers alone is their ID, and "#4412" is no placeholder.  Not
 * tasks of their assignees. */
PRR_TEST(import_plans24__issue_tables_are_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(
		"# edgeproxy 2.0\n\n**Date:** 2026-06-15\n\n## Open issues\n\n"
		"| # | Title | Labels | State | Assignee |\n|---|---|---|---|---|\n"
		"| #4398 | QUIC 0-RTT replay protection missing | `sev/S2` | Open | @seo-yeon |\n"
		"| #4401 | 0-RTT replay on POST | `security` | Closed (duplicate) | \xE2\x80\x94 |\n",
		&d);
	CHECK(r && r->n_milestones == 0 && r->n_findings == 1);
	const prr_finding *f = md_finding(r, "#4398");
	CHECK(f && f->severity == PRR_SEV_HIGH &&
	      strcmp(f->title, "QUIC 0-RTT replay protection missing") == 0);
	CHECK(r && r->n_evidence == 0); /* "sev/S2" is a label, no file */
	prr_review_free(r);
	prr_diags_free(&d);

	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_undated("# edgeproxy 2.0\n\n**Date:** 2026-06-15\n\n## Open issues\n\n"
		       "| Issue | Title | Severity | State | Assignee |\n|---|---|---|---|---|\n"
		       "| #4412 | Socket leak on GOAWAY | S1 | Open | @hk |\n"
		       "| #4398 | QUIC 0-RTT replay protection missing | S2 | Open | @seo-yeon |\n",
		       &d);
	CHECK(r && r->n_findings == 2 && r->n_milestones == 0);
	f = md_finding(r, "#4412");
	CHECK(f && f->severity == PRR_SEV_CRITICAL &&
	      strcmp(f->title, "Socket leak on GOAWAY") == 0);
	f = md_finding(r, "#4398");
	CHECK(f && f->severity == PRR_SEV_HIGH);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A sprint table in other tools' words is one: Linear's "Cycle | Dates |
 * Scope | Points planned | Points done" plans its cycles as "Sprint"
 * does, and "Sprint | Window | Committed | Done" of counts says each
 * sprint's points planned and done. */
PRR_TEST(import_plans24__cycles_and_commitments_plan_waves)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Search v4\n\n## Cycle plan\n\n"
		"| Cycle | Dates | Scope | Points planned | Points done |\n|---|---|---|---|---|\n"
		"| Cycle 22 | Apr 13 \xE2\x80\x93 Apr 24 | Indexer bulk path | 21 | 21 |\n"
		"| Cycle 23 | Apr 27 \xE2\x80\x93 May 8 | P0s, alias rollback | 18 | 5 |\n",
		&d);
	CHECK(r && r->n_waves == 2);
	if (r && r->n_waves == 2)
		CHECK(strcmp(r->waves[1].name, "Cycle 23") == 0 &&
		      r->waves[1].planned_points == 18 && r->waves[1].done_points == 5);
	prr_review_free(r);
	prr_diags_free(&d);

	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# FieldOps\n\n## Sprint burndown\n\n"
		    "| Sprint | Window | Committed | Done | Carry-over |\n|---|---|---|---|---|\n"
		    "| Sprint 12 | 03/30 \xE2\x80\x93 04/10 | 48 | 45 | 3 |\n"
		    "| Sprint 13 | 04/13 \xE2\x80\x93 04/24 | 52 | 41 | 11 |\n",
		    &d);
	CHECK(r && r->n_waves == 2);
	if (r && r->n_waves == 2)
		CHECK(r->waves[0].planned_points == 48 && r->waves[0].done_points == 45 &&
		      r->waves[1].planned_points == 52 && r->waves[1].done_points == 41);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* An item of milestones that opens with its day ("- 15 July 2026:
 * go-live deadline") is due that day, named by what follows the day; a
 * window that opens an item is still none. */
PRR_TEST(import_plans24__day_first_milestones)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(
		"# Review \xE2\x80\x94 Billing\n\n**Review date:** 17 June 2026\n\n"
		"## Next milestones\n\n- 1 July 2026: follow-up review\n"
		"- 15 July 2026 \xE2\x80\x94 go-live deadline\n",
		&d);
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2)
		CHECK(strcmp(r->milestones[0].name, "follow-up review") == 0 &&
		      strcmp(r->milestones[0].due, "2026-07-01") == 0 &&
		      strcmp(r->milestones[1].name, "go-live deadline") == 0 &&
		      strcmp(r->milestones[1].due, "2026-07-15") == 0 &&
		      !r->milestones[1].done);
	prr_review_free(r);
	prr_diags_free(&d);

	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_undated("# Review\n\n**Review date:** 17 June 2026\n\n"
		       "## Next milestones\n\n- 2026-07-01 \xE2\x86\x92 2026-07-10: soak\n"
		       "- 2026-07-15: go-live\n",
		       &d);
	CHECK(r && r->n_milestones == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A plan of stages by their day ("Stage | Traffic | Earliest start |
 * Status") gives milestones, each due on its day: a stage approved may
 * start, it is not done, and one not yet approved has not failed (no
 * checklist of S1 … S4 whose "Not approved" is a fail). */
PRR_TEST(import_plans24__stage_plans_are_milestones)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch checklist\n\n## Stage plan\n\n"
		"| Stage | Traffic | Earliest start | Status |\n|---|---|---|---|\n"
		"| S1 | 1% | 2026-02-05 | Approved |\n| S2 | 10% | 2026-02-09 | Approved |\n"
		"| S3 | 50% | 2026-02-16 | Not approved |\n| S4 | 100% | 2026-02-23 | Not approved |\n",
		&d);
	CHECK(r && r->n_checklists == 0 && r->n_milestones == 4);
	for (size_t i = 0; r && i < r->n_milestones; i++)
		CHECK(!r->milestones[i].done && r->milestones[i].due);
	if (r && r->n_milestones == 4)
		CHECK(strcmp(r->milestones[2].name, "S3") == 0 &&
		      strcmp(r->milestones[2].due, "2026-02-16") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A hash the text labels as a certificate's, a file's or a key's
 * ("**Current Hash:** `66d9…`", "SHA-1 fingerprint: `…`", "checksum")
 * is no commit; one labelled a commit's or a revision's ("Commit hash:
 * `…`", "Git SHA") still is. */
PRR_TEST(import_plans24__hashes_that_are_no_commits)
{
	static const struct {
		const char *line;
		size_t commits;
	} cases[] = {
		{ "**Current Hash:** `66d91cb9bca98bf31ff3970da904407420fc98ac` (appears to be debug)", 0 },
		{ "Certificate SHA-1 fingerprint: `66d91cb9bca98bf31ff3970da904407420fc98ac`", 0 },
		{ "The checksum of the bundle is `9f86d081884c7d659a2feaa0c55ad015a3bf4f1b`.", 0 },
		{ "**Commit hash:** `66d91cb9bca98bf31ff3970da904407420fc98ac`", 1 },
		{ "Git SHA hash: `66d91cb9bca98bf31ff3970da904407420fc98ac`", 1 },
		{ "Reviewed at `66d91cb9bca98bf31ff3970da904407420fc98ac`.", 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# App review\n\n## Signing\n\n%s\n", cases[i].line);
		CHECK(r && r->n_commits == cases[i].commits);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A heading's time in parentheses that says when, against the launch or
 * another moment ("within 2–4 weeks of launch", "0-30 days post-launch",
 * "1 week before"), is a deadline or a horizon, no estimate of effort;
 * "(3-6 months more)" still is one. */
PRR_TEST(import_plans24__horizons_are_no_estimates)
{
	static const struct {
		const char *head;
		size_t estimates;
	} cases[] = {
		{ "Phase 3 \xE2\x80\x94 Module gaps (within 2\xE2\x80\x93" "4 weeks of launch)", 0 },
		{ "Short-Term (0-30 days post-launch)", 0 },
		{ "Pre-Launch (1 week before)", 0 },
		{ "Stage A: minimum viable (3-6 months more)", 1 },
		{ "Fix the retries (2 days)", 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Readiness\n\nDate: 2026-01-10\n\n## %s\n\n"
				       "- [ ] Tune supervisors.\n", cases[i].head);
		CHECK(r && r->n_estimates == cases[i].estimates);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
