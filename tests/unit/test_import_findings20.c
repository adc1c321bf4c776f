/* test_import_findings20.c - findings and components misread in review
 * documents written by other teams (round 20): closed findings counted
 * as open, IDs invented, a finding's component and effort lost, an area
 * of checks read as a component.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"


/* The IDs of the findings `text` gives, joined by ' ' ("" for none). */
static const char *ids_of(const char *text, char *out, size_t cap)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	size_t k = 0;
	out[0] = '\0';
	for (size_t i = 0; r && i < r->n_findings; i++) {
		const char *id = r->findings[i].id ? r->findings[i].id : "?";
		k += (size_t)snprintf(out + k, cap - k, "%s%s", k ? " " : "", id);
		if (k >= cap)
			break;
	}
	prr_review_free(r);
	prr_diags_free(&d);
	return out;
}

/* A clause of the parentheses that rate a finding's ID that says it is
 * over closes it: "PUSH-5 (low, closed)", "(high, closed 2026-05-30)";
 * not "(medium, open)", "(High, fix planned)". */
PRR_TEST(import_findings20__rated_closed_in_parentheses)
{
	char ids[128];
	CHECK_STR(ids_of("# Push review\n\n## Findings\n\n"
			 "+ PUSH-3 (medium, open): VAPID key rotation is manual.\n"
			 "+ PUSH-5 (low, closed): apns-relay logged device tokens.\n"
			 "* PUSH-6 (high, closed 2026-05-30): preference-store had no backup.\n"
			 "+ PUSH-7 (high, fix planned): no alert on quota.\n",
			 ids, sizeof ids),
		  "PUSH-3 PUSH-7");
	CHECK_STR(ids_of("# Push review\n\n## Findings\n\n"
			 "1. **PUSH-8 (High, fixed in 2.4)** \xE2\x80\x94 token leak.\n"
			 "2. **PUSH-9 (High, blocking)** \xE2\x80\x94 no failover.\n",
			 ids, sizeof ids),
		  "PUSH-9");
}

/* A bold line alone whose first word says what follows is over
 * ("**Closed**", "**Resolved:**") heads a list of findings that are
 * closed; "**Open**", "**Unresolved**" and "**Ready**" do not. */
PRR_TEST(import_findings20__bold_closed_label_over_a_list)
{
	static const struct {
		const char *label, *ids;
	} cases[] = {
		{ "**Closed**", "INV-7" },
		{ "**Resolved:**", "INV-7" },
		{ "Fixed findings:", "INV-7" },
		{ "**Open**", "INV-7 INV-2" },
		{ "**Unresolved**", "INV-7 INV-2" },
		{ "**Ready**", "INV-7 INV-2" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[512], ids[128];
		snprintf(doc, sizeof doc,
			 "# Invoice export review\n\n## Findings\n\n**Open**\n\n"
			 "7. INV-7 (critical): SDI rejections are not retried.\n\n"
			 "%s\n\n0. INV-2 (high): PDF renderer ran out of memory.\n",
			 cases[i].label);
		CHECK_STR(ids_of(doc, ids, sizeof ids), cases[i].ids);
	}
}

/* A Status cell "Closed (fixed in 2.3.1, re-tested in soak)" is closed:
 * "re-test" waits only as a whole word ("Mitigated; re-test pending"
 * stays open); Hebrew "סגור" (closed) is closed, "לא סגור" (not
 * closed) is not. */
PRR_TEST(import_findings20__status_cells_that_close)
{
	char ids[128];
	CHECK_STR(ids_of("# Transcode review\n\n"
			 "| ID | Severity | Title | Status |\n|---|---|---|---|\n"
			 "| TC-40 | Medium | GPU panel missing | Open |\n"
			 "| TC-38 | High | Lost jobs | Closed (fixed in 2.3.1, re-tested in soak) |\n"
			 "| TC-41 | High | Crash on 4K | Mitigated; re-test pending |\n",
			 ids, sizeof ids),
		  "TC-40 TC-41");
	CHECK_STR(ids_of("# Review\n\n## \xD7\x9E\xD7\xA6\xD7\x90\xD7\x99\xD7\x9D\n\n"
			 "| ID | Severity | Title | Status |\n|---|---|---|---|\n"
			 "| PK-9 | Medium | stack traces | \xD7\xA1\xD7\x92\xD7\x95\xD7\xA8 |\n"
			 "| PK-10 | Medium | no alert | \xD7\x9C\xD7\x90 \xD7\xA1\xD7\x92\xD7\x95\xD7\xA8 |\n"
			 "| PK-12 | Critical | PAN in logs | \xD7\xA4\xD7\xAA\xD7\x95\xD7\x97 |\n",
			 ids, sizeof ids),
		  "PK-10 PK-12");
}

/* A full-width header ("ＩＤ") is read as its ASCII letters: the IDs
 * are the document's, not invented; and a one-letter key with a hyphen
 * ("Q-6") is a ticket's, not a quarter's ("Q2"). */
PRR_TEST(import_findings20__ids_kept)
{
	char ids[128];
	CHECK_STR(ids_of("# WMS\n\n## \xE6\x8C\x87\xE6\x91\x98\xE4\xBA\x8B\xE9\xA0\x85\n\n"
			 "| \xEF\xBC\xA9\xEF\xBC\xA4 | \xE9\x87\x8D\xE8\xA6\x81\xE5\xBA\xA6 | "
			 "\xE5\x86\x85\xE5\xAE\xB9 |\n|---|---|---|\n"
			 "| WMS-31 | \xE9\xAB\x98 | RTO exceeded |\n"
			 "| WMS-33 | \xE4\xB8\xAD | manual certificates |\n",
			 ids, sizeof ids),
		  "WMS-31 WMS-33");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Svc\n\n## Findings\n\n"
				"- Q-6 \xE2\x80\x94 P3 \xE2\x80\x94 indexer: `netty` CVE, upgrade next sprint.\n"
				"- Q-7 \xE2\x80\x94 P3 \xE2\x80\x94 crawler: runbook still a draft.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "Q-6");
		CHECK(r->findings[0].severity == PRR_SEV_LOW);
		CHECK(r->findings[0].component &&
		      strcmp(r->findings[0].component, "indexer") == 0);
		CHECK_STR(r->findings[0].title, "`netty` CVE, upgrade next sprint.");
		CHECK(r->findings[1].component &&
		      strcmp(r->findings[1].component, "crawler") == 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**TB-21 (Critical, ledger-writer) — BLOCKER** — …": a name in a
 * service's form beside the severity is the finding's component, the
 * tag after the dash no part of the title, which is its first sentence;
 * "Effort 5–8 days." its effort.  "(High, blocking)", "(Low,
 * non-blocking)" name none. */
PRR_TEST(import_findings20__component_and_effort_of_a_listed_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Svc\n\n## Open findings\n\n"
		"1. **TB-21 (Critical, ledger-writer) \xE2\x80\x94 BLOCKER** \xE2\x80\x94 "
		"duplicate postings on renderer\n   retry. Owner: Ines Carvalho. "
		"Effort 5\xE2\x80\x93" "8 days.\n"
		"2. **TB-14 (Low, usage-ingest)** \xE2\x80\x94 late events go to a dead-letter topic.\n"
		"3. **TB-15 (High, blocking)** \xE2\x80\x94 no failover.\n"
		"4. **TB-16 (Low, non-blocking)** \xE2\x80\x94 log noise.\n", &d);
	CHECK(r && r->n_findings == 4);
	if (r && r->n_findings == 4) {
		prr_finding *f = r->findings;
		CHECK_STR(f[0].title, "duplicate postings on renderer retry");
		CHECK(f[0].component && strcmp(f[0].component, "ledger-writer") == 0);
		CHECK(f[0].effort.low == 5 && f[0].effort.high == 8);
		CHECK(f[0].blocking && f[0].severity == PRR_SEV_CRITICAL);
		CHECK(f[1].component && strcmp(f[1].component, "usage-ingest") == 0);
		CHECK(!f[2].component && f[2].blocking);
		CHECK(!f[3].component);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading under one of the review's checks or areas ("## 2 Checks"
 * over "### 2.1 Ingestion") names an area: its table's checks are the
 * reviewed service's, named by the title, not a component "Ingestion";
 * under "## Components" a heading still names a component. */
PRR_TEST(import_findings20__area_heading_is_no_component)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Catalog Search Indexer \xE2\x80\x94 Readiness Review\n\n"
		"## 2 Checks\n\n### 2.1 Ingestion\n\n"
		"| Check | How we verified | Result |\n|---|---|---|\n"
		"| Backfill replay | replay on staging | Pass |\n"
		"| Poison events | dead-lettered | Fail |\n\n"
		"### 2.2 Enrichment\n\n"
		"| Check | How we verified | Result |\n|---|---|---|\n"
		"| Stock fallback | stale stock flagged | Partial |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		CHECK_STR(r->components[0].name, "Catalog Search Indexer");
		CHECK(r->components[0].n_checks == 3);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Shop \xE2\x80\x94 Readiness Review\n\n"
		    "## Components\n\n### payments-api\n\n"
		    "| Check | How we verified | Result |\n|---|---|---|\n"
		    "| Backups | restore drill | Pass |\n", &d);
	CHECK(r && r->n_components == 1 &&
	      strcmp(r->components[0].name, "payments-api") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Hostile input: one finding of 50,000 lines that say "Effort" without
 * one, 5,000 items rated closed under "**Closed**", and 2,000 areas of
 * checks import, and read as they should (their time is make
 * bench-hostile's to measure, not a test's). */
PRR_TEST(import_findings20__long_inputs_stay_linear)
{
	prr_buf b;
	prr_buf_init(&b);
	prr_buf_adds(&b, "# Big\n\n## Findings\n\n- **BIG-1 (High, svc-a) \xE2\x80\x94 "
			 "BLOCKER** \xE2\x80\x94 ");
	for (int i = 0; i < 50000; i++)
		prr_buf_adds(&b, "Effort x (low, closed\n");
	prr_buf_adds(&b, "\n**Closed**\n\n");
	for (int i = 0; i < 5000; i++)
		prr_buf_addf(&b, "- BIG-%d (low, closed 2026-05-30): thing %d.\n",
			     i + 2, i);
	prr_buf_adds(&b, "\n## Checks\n\n");
	for (int i = 0; i < 2000; i++)
		prr_buf_addf(&b, "### %d Area\n\n| Check | How | Result |\n"
			     "|---|---|---|\n| c | x | Pass |\n\n", i);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r && r->n_findings == 1 && r->n_components == 1);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
