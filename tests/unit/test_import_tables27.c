/* test_import_tables27.c - what the importer reads in real
 * operational-readiness documents (round 27): each case failed before
 * its rule. */
#include "test.h"

#include "md_doc.h"

/* A line or section and how many of a kind it gives. */
typedef struct count_case {
	const char *text;
	size_t n;
} count_case;
enum counted { ESTIMATES, COMMITS, EVIDENCE };

/* Each case, put in `fmt`, imported: how many it gives of `what`. */
static void expect_counts(const char *fmt, const count_case *c, size_t n,
			  enum counted what)
{
	for (size_t i = 0; i < n; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, fmt, c[i].text);
		size_t got = !r ? 0 : what == ESTIMATES ? r->n_estimates
				  : what == COMMITS ? r->n_commits : r->n_evidence;
		if (!r || got != c[i].n)
			prr_test_fail(__FILE__, __LINE__, "'%s': %zu", c[i].text, got);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A column whose header asks after an attribute ("Can Implement
 * Internally?", "External Audit Required?", "Is …?", "Needs …?") holds
 * each row's attributes, no checks: its "No" fails nothing; the "Final
 * Status" column is each row's status. */
PRR_TEST(import_tables27__attribute_question_columns)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Backend Readiness Matrix\n\n"
		"| Component | Can Implement Internally? | External Audit Required? | Final Status |\n"
		"| --- | --- | --- | --- |\n"
		"| Wallet auth | Partly | No | BLOCKED |\n"
		"| Dependency security | Yes | No | COMPLETE |\n"
		"| Independent review | No | Yes | PENDING |\n", &d);
	CHECK(r && r->n_components == 3);
	for (size_t i = 0; r && i < r->n_components; i++)
		CHECK(r->components[i].n_checks == 0);
	if (r && r->n_components == 3) {
		CHECK(r->components[0].status == PRR_FAIL);
		CHECK(r->components[1].status == PRR_PASS);
		CHECK(r->components[2].status == PRR_PENDING);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* (beside columns of checks: "Tested", "Monitored" stay checks) */
	r = md_text("# Review\n\n| Service | Tested | Monitored | Needs Migration? |\n"
		    "|---|---|---|---|\n| api | Yes | No | Yes |\n| web | Yes | Yes | No |\n", &d);
	CHECK(r && r->n_components == 2 && r->components[0].n_checks == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A kind of unit between the number and the unit is no part of the
 * estimate: "4 execution sprints" is 4 sprints, "2-3 business days" 2 to
 * 3 days. */
PRR_TEST(import_tables27__estimate_of_qualified_units)
{
	static const struct {
		const char *line, *unit;
		double low, high;
	} cases[] = {
		{ "Remaining work estimate: 4 execution sprints.", "sprints", 4, 4 },
		{ "Estimate: 2-3 business days", "days", 2, 3 },
		{ "Estimated effort: 5 engineering weeks", "weeks", 5, 5 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Audit\n\nDate: 2026-07-05\n\n%s\n", cases[i].line);
		CHECK(r && r->n_estimates == 1);
		if (r && r->n_estimates == 1) {
			CHECK_STR(r->estimates[0].unit, cases[i].unit);
			CHECK(r->estimates[0].low == cases[i].low &&
			      r->estimates[0].high == cases[i].high);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "| Acceptance Area | Readiness | Reason |" of "75%": a Readiness
 * column of percents is each area's readiness, a dimension of 100, not a
 * table left unread. */
PRR_TEST(import_tables27__readiness_column_of_percents)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Operational Readiness Audit\n\n## Gap Analysis\n\n"
		"| Acceptance Area | Readiness | Reason |\n| --- | --- | --- |\n"
		"| Content | 75% | Image publish works; video missing. |\n"
		"| Promotion Brain | 5% | No promotion executor. |\n", &d);
	CHECK(r && r->n_dimensions == 2);
	if (r && r->n_dimensions == 2) {
		CHECK_STR(r->dimensions[0].name, "Content");
		CHECK(r->dimensions[0].score == 75 && r->dimensions[0].max == 100);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* (a Readiness column of words is no score) */
	r = md_text("# Review\n\n| Area | Readiness | Notes |\n|---|---|---|\n"
		    "| Content | Ready | fine |\n| Search | Not ready | slow |\n", &d);
	CHECK(r && r->n_dimensions == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The time a run takes is no effort to spend: "Total runtime: 5-10
 * minutes", "**Total**: ~6 minutes" under "### Step Timing Analysis",
 * "Duration: 47 minutes", "takes ~4 minutes per run" give no estimate;
 * "Sprint Duration: 1 week", "Remaining work: 3 weeks" still do. */
PRR_TEST(import_tables27__run_time_no_estimate)
{
	static const count_case cases[] = {
		{ "## Acceptable Range\n\n- Total runtime: 5-10 minutes\n", 0 },
		{ "### 1. Step Timing Analysis\n\n- Step 1: ~177 seconds\n"
		  "- **Total**: ~6 minutes (acceptable)\n", 0 },
		{ "## Incident\n\n- **Duration:** 47 minutes\n", 0 },
		{ "## Pipeline\n\n- **Nightly build:** takes ~4 minutes per run\n", 0 },
		{ "## Plan\n\n- **Sprint Duration:** 1 week\n", 1 },
		{ "## Plan\n\nRemaining work: 3 weeks\n", 1 },
	};
	expect_counts("# Guide\n\nDate: 2026-07-05\n\n%s", cases,
		      sizeof cases / sizeof cases[0], ESTIMATES);
}

/* A hash labelled as another system's ID is no commit: "Buffer ID
 * `6a4a86fac109183ee8590fd1`", "Mongo object id `…`"; a "commit ID" and a
 * hash in backticks alone still are. */
PRR_TEST(import_tables27__another_systems_id_no_commit)
{
	static const count_case cases[] = {
		{ "Run `28747416478` created the post with Buffer ID `6a4a86fac109183ee8590fd1`.", 0 },
		{ "Stored as Mongo object id `6a4a86fac109183ee8590fd1`.", 0 },
		{ "Deployed commit ID `6a4a86fac109183ee8590fd1`.", 1 },
		{ "Deployed `6a4a86f` to production.", 1 },
		{ "Idle since `6a4a86f` was deployed.", 1 },
	};
	expect_counts("# Audit\n\nDate: 2026-07-05\n\n%s\n", cases,
		      sizeof cases / sizeof cases[0], COMMITS);
}

/* Words in capitals between slashes ("`GREEN/AMBER/RED`",
 * "`GATEWAY_REGISTER/KEY_ROTATE/REVOKE`") are a list of values, and
 * "`User.failedLoginCount/lockedUntil`" a type's fields: no files cited;
 * "`src/Auth.ts`", "`LICENSES/`", "`MyApp.Tests/Services`" still are. */
PRR_TEST(import_tables27__slash_lists_no_paths)
{
	static const count_case cases[] = {
		{ "- Each check reports `GREEN/AMBER/RED` plus a reason.", 0 },
		{ "- Every action writes an AuditLog (`GATEWAY_REGISTER/KEY_ROTATE/REVOKE`).", 0 },
		{ "- Login lockout uses `User.failedLoginCount/lockedUntil`.", 0 },
		{ "- Login lockout is in `src/Auth.ts`.", 1 },
		{ "- Licences are kept in `LICENSES/`.", 1 },
		{ "- Tests live in `MyApp.Tests/Services`.", 1 },
	};
	expect_counts("# Readiness\n\nDate: 2026-01-10\n\n%s\n", cases,
		      sizeof cases / sizeof cases[0], EVIDENCE);
}

/* An open box states an aim, no figure of the review: "- [ ] 0 critical
 * compliance violations" under "## Success Metrics" is audited against
 * no critical finding; and a percent and a count in sentences of their
 * own ("90% complete. Main blockers are … (6/7 programs).") are two
 * figures, not one said twice. */
PRR_TEST(import_tables27__aims_and_other_sentences_not_audited)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Readiness Checklist\n\n**Date**: 2025-10-10\n\n## Findings\n\n"
		"### Critical Issue: Engine unavailable\n\n1. **Python Library**\n"
		"   - Status: \xE2\x9D\x8C BLOCKED\n\n## Success Metrics\n\n"
		"- [ ] <2% variance in benefit calculations\n"
		"- [ ] 0 critical compliance violations\n", &d);
	CHECK(r && r->n_audit == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Readiness Checklist\n\n**Date**: 2025-10-10\n\n## Summary\n\n"
		    "**Current State**: System infrastructure is 90% complete. Main "
		    "blockers are the engine and missing policy documents (6/7 "
		    "programs).\n", &d);
	CHECK(r && r->n_audit == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* (one sentence still is one figure: "90% complete (6/7 programs)") */
	r = md_text("# Readiness\n\n**Date**: 2025-10-10\n\n## Summary\n\n"
		    "Infrastructure is 90% complete (6/7 programs).\n", &d);
	CHECK(r && r->n_audit == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}
