/* test_import_findings.c - which findings the importer reads as open,
 * and the figures beside them (round 20 on): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

/* Whether the review's findings are, in order, the IDs of `want`
 * (space-separated). */
static bool finding_ids(const prr_review *r, const char *want)
{
	char buf[256] = "";
	for (size_t i = 0; r && i < r->n_findings; i++) {
		if (i)
			strcat(buf, " ");
		strncat(buf, r->findings[i].id ? r->findings[i].id : "?",
			sizeof buf - strlen(buf) - 2);
	}
	return r && strcmp(buf, want) == 0;
}

/* A findings table's Status that opens with "Open" is open, whatever its
 * note says went well: "Open — daily recon OK, month-end untested" is
 * open (its "OK" read it closed); "Open → Closed 2026-03-02" ends
 * closed. */
PRR_TEST(import_findings__open_status_with_ok_note)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Payments switch\n\nDate: 2026-02-17\n\n## Findings\n\n"
		"| ID | Severity | Finding | Status |\n|---|---|---|---|\n"
		"| PAY-214 | High | 3DS2 challenge | Closed 2026-02-04 |\n"
		"| PAY-219 | High | Settlement recon | Open \xE2\x80\x94 daily recon OK, "
		"month-end untested |\n"
		"| PAY-220 | Low | Receipts | \xF0\x9F\x94\xB4 Open (OK in staging) |\n"
		"| PAY-221 | Medium | Auth-rate gap | Open |\n"
		"| PAY-222 | Low | Retries | Open \xE2\x86\x92 Closed 2026-03-02 |\n", &d);
	CHECK(finding_ids(r, "PAY-219 PAY-220 PAY-221"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A finding the text says was fixed is over, wherever it says so: in a
 * later sentence under the finding's heading ("Fixed in registry commit
 * `9c41e0a` on 2026-02-21"), after a bold finding ("Resolved on
 * 2026-04-08"), in a list item whose line breaks after "fixed in", or in
 * a sentence of one word ("Closed."). */
PRR_TEST(import_findings__said_fixed_is_over)
{
	static const char *const docs[] = {
		"### RNK-104 \xE2\x80\x94 PII tag missing (Low)\n\n"
		"`user_geo_bucket` lacked the tag. Fixed in registry commit "
		"`9c41e0a` on\n2026-02-21, kept here for the record.\n",
		"**LDB-5 (Medium): Sequence sync script absent.** Found at T-14d. "
		"Resolved on 2026-04-08\n(`scripts/sync.sql`), G4 now passes.\n",
		"1. **HFW-899 \xE2\x80\x94 Wrong slot after rollback (High).** Found in "
		"4.7.0 RC; fixed in\n   4.7.2, verified again on 4.8.0.\n",
		"- HFW-899 \xE2\x80\x94 Wrong slot after rollback (High). Found in RC. "
		"Closed.\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		char doc[600];
		snprintf(doc, sizeof doc,
			 "# Review\n\nDate: 2026-02-24\n\n## Findings\n\n%s\n"
			 "### OBS-1 \xE2\x80\x94 Open one (Medium)\n\nGame day on 2026-03-04.\n",
			 docs[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(finding_ids(r, "OBS-1"));
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* What is yet to be fixed stays open: "Will be fixed in 4.8.", "Not
 * fixed in 4.7.2.", "Fix planned in 4.8.", "To be resolved in Q3.",
 * "Fixed in 4.8, planned for March.", "Confirmed on iOS 17." (the
 * finding confirmed). */
PRR_TEST(import_findings__to_be_fixed_stays_open)
{
	static const char *const says[] = {
		"Will be fixed in 4.8.", "Not fixed in 4.7.2.",
		"Fix planned in 4.8.", "To be resolved in Q3.",
		"Fixed in 4.8, planned for March.", "Confirmed on iOS 17.",
	};
	static const char *const forms[] = {
		"### HFW-899 \xE2\x80\x94 Wrong slot (High)\n\nFound in RC. %s\n",
		"**HFW-899 (High): Wrong slot.** Found in RC. %s\n",
		"- HFW-899 \xE2\x80\x94 Wrong slot (High). Found in RC. %s\n",
	};
	for (size_t i = 0; i < sizeof says / sizeof says[0]; i++) {
		for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
			char item[200], doc[400];
			snprintf(item, sizeof item, forms[f], says[i]);
			snprintf(doc, sizeof doc,
				 "# Review\n\nDate: 2026-02-09\n\n## Findings\n\n%s", item);
			prr_diags d = PRR_DIAGS_INIT;
			prr_review *r = md_text(doc, &d);
			CHECK(finding_ids(r, "HFW-899"));
			prr_review_free(r);
			prr_diags_free(&d);
		}
	}
}

/* A number after a severity that a unit of time follows is a time to
 * fix, no count of findings: "Medium findings follow our 30-day SLA;
 * Low within 90 days." states no count to audit ("Low: 1" does). */
PRR_TEST(import_findings__sla_is_no_count)
{
	static const struct {
		const char *line;
		size_t claims;
	} cases[] = {
		{ "Medium findings follow our 30-day SLA from the readout; Low "
		  "within 90 days.", 0 },
		{ "SLA: Critical 24h, High 7 days.", 0 },
		{ "Open: Medium: 1, Low: 1.", 2 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Readout\n\nDate: 2026-03-03\n\n## Findings\n\n"
			"| ID | Title | Severity | Status |\n|---|---|---|---|\n"
			"| PT-05 | No rate limit | Medium | Open |\n"
			"| PT-09 | Weak passwords | Low | Open |\n\n%s\n", cases[i].line);
		CHECK(r && r->n_audit == cases[i].claims);
		for (size_t k = 0; r && k < r->n_audit; k++)
			CHECK(r->audit[k].agrees);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Under a heading of work still to do ("## Remaining work"), a list whose
 * every item opens with an ID and rates itself in parentheses is of
 * findings ("- OBS-77 (Medium) — … — @tess.ng — 2026-05-20"); its tasks
 * ("- Create Projects component") are none, and under "## Next steps"
 * such items stay dated actions. */
PRR_TEST(import_findings__remaining_work_keyed_rated)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Observability migration\n\nDate: 2026-05-06\n\n## Remaining work\n\n"
		"- OBS-77 (Medium) \xE2\x80\x94 `search` tail sampling \xE2\x80\x94 "
		"@tess.ng \xE2\x80\x94 2026-05-20\n"
		"- OBS-84 (Low) \xE2\x80\x94 Dashboard folder permissions \xE2\x80\x94 "
		"@tess.ng \xE2\x80\x94 2026-06-10\n", &d);
	CHECK(finding_ids(r, "OBS-77 OBS-84"));
	CHECK(r && r->n_findings == 2 && r->findings[1].severity == PRR_SEV_LOW);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Sprint\n\nDate: 2026-05-06\n\n## Remaining work\n\n"
		    "1. Create Projects component\n2. Fetch projects from API\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Sprint\n\nDate: 2026-05-06\n\n## Next steps\n\n"
		    "- OPS-1 (High) \xE2\x80\x94 Write the runbook \xE2\x80\x94 @tess "
		    "\xE2\x80\x94 2026-05-20\n"
		    "- OPS-2 (Low) \xE2\x80\x94 Load test \xE2\x80\x94 @lee \xE2\x80\x94 "
		    "2026-05-27\n", &d);
	CHECK(r && r->n_findings == 0 && r->n_milestones == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* In a result column of controls tested, SOC 2's audit language: an
 * "Exception" (the control did not operate as designed) is a fail, even
 * where its note says "approved"; "No exceptions noted" is a pass (its
 * "No" read it a fail); "Exception granted" is a waiver, no result. */
PRR_TEST(import_findings__control_exception_is_fail)
{
	static const struct {
		const char *result;
		prr_status want;
	} cases[] = {
		{ "Exception \xE2\x80\x94 4 of 60 sampled grants approved after "
		  "provisioning", PRR_FAIL },
		{ "Exception noted", PRR_FAIL },
		{ "**Exceptions:** 2 of 25", PRR_FAIL },
		{ "No exceptions noted", PRR_PASS },
		{ "Exception granted", PRR_UNKNOWN },
		{ "Effective", PRR_PASS },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# SOC 2 readiness\n\nDate: 2026-03-20\n\n## Control results\n\n"
			"| Control ID | Criteria | Control description | Owner | Result |\n"
			"|---|---|---|---|---|\n"
			"| AC-03 | CC6.2 | Access approved before provisioning | @d | %s |\n"
			"| CC-01 | CC1.1 | Code of conduct acknowledged | @hr | Effective |\n",
			cases[i].result);
		CHECK(r && r->n_components == 1 && r->components[0].n_checks == 2);
		if (r && r->n_components == 1 && r->components[0].n_checks == 2)
			CHECK(r->components[0].checks[0].status == cases[i].want);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A readiness label's figure, first thing after its colon, is the stated
 * readiness however long the line: "Readiness: **76%** of in-scope
 * controls effective against a target of **≥ 90%** before fieldwork."
 * (the target no score; "Readiness target: 90%" states none); "Average:
 * 3.4/5." under a table of dimensions is their stated mean, an overall
 * score ("Average uptime: 99.95%." is none). */
PRR_TEST(import_findings__stated_readiness_and_average)
{
	static const struct {
		const char *line;
		double value, max;
	} cases[] = {
		{ "Readiness: **76%** of in-scope controls effective against a "
		  "target of **\xE2\x89\xA5 90%** before\nfieldwork.", 76, 100 },
		{ "Readiness target: **90%** before fieldwork, for the in-scope "
		  "controls of the audit period.", -1, 0 },
		{ "Average: 3.4/5.", 3.4, 5 },
		{ "Average uptime: 99.95%.", -1, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Go-live review\n\nDate: 2026-06-03\n\n## Summary\n\n"
			"| Area | Score | Notes |\n|---|---|---|\n"
			"| Data modelling | 4/5 | documented |\n"
			"| Cost controls | 3/5 | no monitors |\n\n%s\n", cases[i].line);
		CHECK(r && r->n_scores == (cases[i].value < 0 ? 0u : 1u));
		if (r && r->n_scores == 1 && cases[i].value >= 0)
			CHECK(r->scores[0].value == cases[i].value &&
			      r->scores[0].max == cases[i].max);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A severity that ends its own sentence after the ID is the finding's
 * severity, not its title's first word: "**ING-502 — High.** Compaction
 * lags" is titled "Compaction lags". */
PRR_TEST(import_findings__severity_sentence_not_in_title)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Ingest review\n\nDate: 2026-04-02\n\n## Findings\n\n"
		"1. **ING-502 \xE2\x80\x94 High.** Compaction lags at sustained peak.\n"
		"2. **ING-511 \xE2\x80\x94 Medium.** Backfill needs the CLI.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].title, "Compaction lags at sustained peak.");
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
		CHECK_STR(r->findings[1].title, "Backfill needs the CLI.");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A template's note to its author alone in a row ("| _add more_ | | |")
 * is a placeholder row, no risk titled "add more"; "Add more replicas"
 * is a risk's mitigation, a row of its own. */
PRR_TEST(import_findings__add_more_row_is_placeholder)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Refunds PRR (draft)\n\nDate: 2026-04-02\n\n## Known risks\n\n"
		"| Risk | Likelihood | Impact | Mitigation |\n|---|---|---|---|\n"
		"| Double refund on acquirer timeout | Medium | High | idempotency key |\n"
		"| Queue backlog at peak | Low | Medium | Add more replicas |\n"
		"| _add more_ | | | |\n", &d);
	CHECK(r && r->n_risks == 2);
	if (r && r->n_risks == 2)
		CHECK_STR(r->risks[1].mitigation, "Add more replicas");
	prr_review_free(r);
	prr_diags_free(&d);
}
