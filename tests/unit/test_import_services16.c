/* test_import_services16.c - what the importer reads in reviews of
 * several services at once (round 29): findings listed under a service's
 * heading, stated again in the program's table, scores per service. Each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* An item that opens with a finding's ID, in bold or plain, and rates
 * itself in parentheses is a finding wherever it stands: under no
 * heading of findings, under a service's, beside bold ones, beside the
 * boxes of a checklist. */
PRR_TEST(import_services16__rated_id_items_anywhere)
{
	static const char *const docs[] = {
		"# Rider review\n\nDate: 2026-09-15\n\n"
		"- DSP-52 (Critical) \xE2\x80\x94 Matching latency collapses.\n"
		"- DSP-55 (Medium) \xE2\x80\x94 No back-pressure.\n",
		"# Rider review\n\nDate: 2026-09-15\n\n## dispatch\n\n"
		"- **DSP-52 (Critical)** \xE2\x80\x94 Matching latency collapses.\n"
		"- DSP-55 (Medium) \xE2\x80\x94 No back-pressure.\n",
		"# Rider review\n\nDate: 2026-09-15\n\n## dispatch\n\n"
		"- [x] Observability\n- [ ] Resilience\n\n"
		"- DSP-52 (Critical) \xE2\x80\x94 Matching latency collapses.\n"
		"- DSP-55 (Medium) \xE2\x80\x94 No back-pressure.\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_undated(docs[i], &d);
		const prr_finding *a = md_finding(r, "DSP-52"), *b = md_finding(r, "DSP-55");
		CHECK(r && r->n_findings == 2 && a && b);
		CHECK(a && a->severity == PRR_SEV_CRITICAL);
		CHECK(b && b->severity == PRR_SEV_MEDIUM);
		/* (not a check of the checklist too) */
		for (size_t k = 0; r && k < r->n_checklists; k++)
			CHECK(r->checklists[k].n_items == 2);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a task or a changelog's line rates nothing: no finding */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# Notes\n\nDate: 2026-09-15\n\n"
				   "- OPS-12 \xE2\x80\x94 write the runbook\n"
				   "- PROJ-3 (fix) \xE2\x80\x94 retries\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**ING-4 (Low)** — Key rotation …", a paragraph under a service's
 * heading: its ID rated in bold, a finding. */
PRR_TEST(import_services16__bold_rated_id_paragraph)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# X review\n\nDate: 2026-03-03\n\n"
				   "## ingest-gateway\n\n**ING-4 (Low)** \xE2\x80\x94 Key "
				   "rotation for producer certs is manual.\n", &d);
	const prr_finding *f = md_finding(r, "ING-4");
	CHECK(r && r->n_findings == 1 && f);
	CHECK(f && f->severity == PRR_SEV_LOW);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The same ID under a service's heading and in the program's findings
 * table is one finding: blocking if either says so, its component the
 * table's Service. */
PRR_TEST(import_services16__one_finding_per_id)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(
		"# Checkout review\n\nDate: 2026-05-12\n\n## ledger\n\n"
		"- **LED-3 (High)** \xE2\x80\x94 PITR not rehearsed on the Aurora "
		"cluster.\n\n## Findings across the program\n\n"
		"| ID | Service | Severity | Finding | Blocking | Status |\n"
		"|---|---|---|---|---|---|\n"
		"| LED-3 | ledger | High | PITR not rehearsed | Yes | Open |\n", &d);
	const prr_finding *f = md_finding(r, "LED-3");
	CHECK(r && r->n_findings == 1 && f);
	CHECK(f && f->severity == PRR_SEV_HIGH && f->blocking);
	CHECK(f && f->component && strcmp(f->component, "ledger") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Blocks the rollout." makes an item's finding a blocker; a finding
 * whose text says it was fixed after a hyphen ("… on Safari- fixed in web
 * 2.0.4.", where Jira's strike ends) is closed. */
PRR_TEST(import_services16__blocks_the_rollout_and_fixed_after_hyphen)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(
		"# Clinic review\n\nDate: 2026-05-12\n\n## Notifications\n\n"
		"- NTF-3 (High) \xE2\x80\x94 Failed SMS are not alerted on. Blocks the "
		"rollout.\n- CHK-760 (High) \xE2\x80\x94 -3DS iframe blocked by CSP on "
		"Safari- fixed in web 2.0.4.\n", &d);
	const prr_finding *f = md_finding(r, "NTF-3");
	CHECK(r && r->n_findings == 1 && f && f->blocking);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A scale stated in a sentence of a long paragraph, or ending its
 * sentence ("Scoring per category is 0–5."), is the scale of the score
 * tables after it. */
PRR_TEST(import_services16__scale_in_a_sentence)
{
	static const char *const lines[] = {
		"Scoring per category is 0\xE2\x80\x93" "5.",
		"The program board went through the results of all five services "
		"in one sitting, each reviewed by its own team against the "
		"platform checklist (v4) over the two weeks before the meeting. "
		"Scoring per category is\n0\xE2\x80\x93" "5; a service needs 3 or "
		"more in every category and no open blocker to be GO.",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# X review\n\nDate: 2026-03-03\n\n%s\n\n"
			"| Category | Score | Comment |\n|---|---|---|\n"
			"| Observability | 4 | |\n| Security | 3 | |\n", lines[i]);
		CHECK(r && r->n_dimensions == 2);
		for (size_t k = 0; r && k < r->n_dimensions; k++)
			CHECK(r->dimensions[k].max == 5);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
