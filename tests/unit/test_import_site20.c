/* test_import_site20.c - what the site and the release-PR report show of
 * an imported document (round 26 of site reading): each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"
#include "site_doc.h"
#include "prr/figures.h"

#include <string.h>

#define REVIEW_PAGE "reviews/2026-03-02/index.html"

static const char checklist_doc[] =
	"# Sprout\n\n## Checklist\n\n| # | Item | Status |\n|---|---|---|\n"
	"| 1 | Reads | ✅ |\n| 2 | Skew | ✅ |\n| 3 | Backfill | ✅ |\n"
	"| 4 | Joins | ⚠️ off |\n| 5 | Failover | ❌ not run |\n"
	"| 6 | Registry | ✅ |\n| 7 | On-call | ✅ |\n| 8 | Cost | ⏳ |\n\n"
	"Checklist: 6/8 done.\n";

/* One share, one percentage: every place that shows a share as a percent
 * writes it with prr_pct_text (halves to even, never across a line), the
 * importer's audit too.  31-09's checklist header said "5 of 8 done
 * (62%)" and its Stated vs found "63% (5/8)" (rounded half up), under the
 * doubled label "Checklist: Checklist: 6/8 done.". */
PRR_TEST(import_site20__one_share_one_percent)
{
	char b[32];
	CHECK_INT((int)prr_pct_text(b, sizeof b, 62.5, NAN, NAN), 3);
	CHECK_STR(b, "62%");
	prr_pct_text(b, sizeof b, 99.7, NAN, NAN);
	CHECK_STR(b, "99.7%");
	prr_pct_text(b, sizeof b, 79.63, 80, 50);
	CHECK_STR(b, "79.6%");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(checklist_doc, &d);
	CHECK(r && r->n_audit == 1);
	if (r && r->n_audit == 1) {
		CHECK_STR(r->audit[0].claim, "Checklist: 6/8 done.");
		CHECK_STR(r->audit[0].stated, "75% (6/8)");
		CHECK_STR(r->audit[0].computed, "62% (5/8)");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	site s;
	site_of(&s, checklist_doc);
	const char *html = page(&s, REVIEW_PAGE);
	CHECK_CONTAINS(html, "(62%)");
	CHECK(!strstr(html, "63%"));
	site_free(&s);
}

/* A blocker list names the finding by its ID, and gives its severity
 * where the reason does not ("critical" does): the review page, the
 * overview and report.md.  Before, 30-01 listed "**blocking** finding:
 * lake-writer replay…" (ING-944, rated High) and 30-10 "critical finding:
 * SAML signing…" (BSSO-77), so a reader had to find the ticket by its
 * title. */
PRR_TEST(import_site20__blockers_name_the_finding)
{
	site s;
	site_of(&s, "# Ingest\n\n**Verdict:** NO-GO\n\n## Findings\n\n"
		    "| ID | Severity | Finding | Status |\n|---|---|---|---|\n"
		    "| ING-944 | High | lake-writer <replay> rewrites files; blocks the rollout | Open |\n"
		    "| ING-950 | Critical | SAML key rotation | Open |\n");
	const char *html = page(&s, REVIEW_PAGE);
	CHECK_CONTAINS(html, "blocking</span> finding ING-944 (high): lake-writer "
			     "&lt;replay&gt; rewrites files");
	CHECK_CONTAINS(html, "critical</span> finding ING-950: SAML key rotation");
	html = page(&s, "index.html");
	CHECK_CONTAINS(html, "blocking</span> finding ING-944 (high): lake-writer");
	const char *md = page(&s, "reviews/2026-03-02/report.md");
	CHECK_CONTAINS(md, "- **blocking** finding ING-944 (high): lake-writer");
	CHECK_CONTAINS(md, "- **critical** finding ING-950: SAML key rotation");
	site_free(&s);
}

/* A heading whose body went into the figures says where, under it in the
 * review as written; one whose lines prr kept nowhere says which lines
 * they were; the heading itself stays.  Before, 30-10's "Checks", "Open
 * findings" and "Blockers from 17 February" stood bare, as if the
 * document wrote nothing under them.  A heading over sub-headings gets no
 * note. */
PRR_TEST(import_site20__bare_headings_say_what_was_read)
{
	site s;
	site_of(&s, "# SSO cutover\n\n**Decision:** GO\n\n## Checks\n\n"
		    "| Component | Check | Status |\n|---|---|---|\n"
		    "| idp | Rollback | pass |\n| idp | MFA | pass |\n\n"
		    "## Blockers from 17 February\n\n"
		    "- ~~BSSO-61 — MFA enrolment below 80%~~ — closed.\n"
		    "- ~~BSSO-64 — no rollback path~~ — closed.\n\n"
		    "## Open findings\n\n| ID | Severity | Finding | Status |\n"
		    "|---|---|---|---|\n| BSSO-77 | Medium | Metadata <cache> | Open |\n\n"
		    "## Notes\n\n### Day one\n\nAll well.\n");
	const char *html = page(&s, REVIEW_PAGE);
	CHECK_CONTAINS(html, "<h3>Checks</h3>\n<p class=\"muted\">(prr read this "
			     "section into the scorecard above)</p>");
	CHECK_CONTAINS(html, "<h3>Open findings</h3>\n<p class=\"muted\">(prr read "
			     "this section into the findings");
	CHECK_CONTAINS(html, "<h3>Blockers from 17 February</h3>\n<p class=\"muted\">"
			     "(the text under this heading is not kept here: the "
			     "document's lines");
	CHECK_CONTAINS(html, "<h3>Notes</h3>\n\n</section>");
	site_free(&s);
}

/* A component the document rates but lists no check of: its scorecard
 * row shows the stated status and one cell "no checks listed", not "not
 * assessed" in every column; its page says no checks are listed, not "0
 * of 0 checks pass"; report.md's row says so too (33-11's session-store,
 * 30-02's iOS). */
PRR_TEST(import_site20__rated_components_without_checks)
{
	site s;
	site_of(&s, "# SSO\n\n## Results\n\n| Component | Status | Comment |\n"
		    "|---|---|---|\n| oidc | Pass | ok |\n| session-store | Pass | |\n\n"
		    "### Checks by category\n\n| Category | oidc |\n|---|---|\n"
		    "| Availability | Pass |\n| Security | Pass |\n");
	const char *html = page(&s, REVIEW_PAGE);
	CHECK_CONTAINS(html, "session-store</a></th><td class=\"cell st-pass\">pass</td>");
	CHECK_CONTAINS(html, "class=\"muted\">no checks listed</td></tr>");
	html = page(&s, "reviews/2026-03-02/components/session-store.html");
	CHECK_CONTAINS(html, ": no checks are listed for it.");
	CHECK(!strstr(html, "0 of 0"));
	const char *md = page(&s, "reviews/2026-03-02/report.md");
	CHECK_CONTAINS(md, "| session-store | Unknown (stated: pass) | n/a | no applicable checks |");
	site_free(&s);
}

/* A matrix of components marked ✅/❌ with no check beneath: prr has no
 * readiness, and the headline and report.md say what the document states
 * of the components rather than "no component checks" alone (a public
 * report's 20 ✅ components read "no component checks · readiness n/a").
 * The counts are compute's (scorecard.stated). */
PRR_TEST(import_site20__stated_components_counted)
{
	site s;
	site_of(&s, "# Readiness assessment\n\n## Code-completeness matrix\n\n"
		    "| Component | Status | Notes |\n|---|---|---|\n"
		    "| Matcher | ✅ | fuzzed |\n| Liquidation | ✅ | E2E tested |\n"
		    "| Deployment runbook | ❌ | missing |\n");
	const char *want = "no component checks; as stated, 2 of 3 components "
			   "pass, 1 failing";
	CHECK_CONTAINS(page(&s, REVIEW_PAGE), want);
	CHECK_CONTAINS(page(&s, "reviews/2026-03-02/report.md"), want);
	site_free(&s);

	/* checks beneath: prr's count, as before */
	site_of(&s, "# R\n\n| Component | Availability | Security |\n|---|---|---|\n"
		    "| api | ✅ | ❌ |\n");
	CHECK_CONTAINS(page(&s, "reviews/2026-03-02/report.md"), "1 of 2 checks pass");
	CHECK(!strstr(page(&s, REVIEW_PAGE), "as stated, "));
	site_free(&s);
}

/* Counts in words agree with their number: "1 week" (units are kept
 * plural), "cites 1 path; prr did not check it", "1 review, milestones
 * …" on the timeline; a plan of waves stated by their points alone says
 * no "in 0 stories" nor "0 of 0 stories done" (sitetruth round 28). */
PRR_TEST(import_site20__counts_in_words)
{
	site s;
	site_of(&s, "# R\n\n## Estimate\n\n- Time to production ready: 1 week\n\n"
		    "The fix is in `src/main.go`.\n\n## Sprints\n\n"
		    "| Sprint | Points planned | Points done |\n|---|---|---|\n"
		    "| Sprint 1 | 10 | 5 |\n");
	const char *html = page(&s, REVIEW_PAGE);
	CHECK_CONTAINS(html, "1 week<");
	CHECK(!strstr(html, "1 weeks"));
	CHECK_CONTAINS(html, "prr did not check it against");
	CHECK_CONTAINS(html, "Planned 10 points: 5 delivered");
	CHECK(!strstr(html, "0 stories"));
	CHECK_CONTAINS(page(&s, "timeline.html"), "1 review, milestones");
	const char *md = page(&s, "reviews/2026-03-02/report.md");
	CHECK(!strstr(md, "0 of 0 stories"));
	site_free(&s);
}

/* prr's level from the checks beside blockers the document lists: Ready
 * is said with them ("prr computes Ready from its checks, though 1
 * blocker is open"), on the headline and in report.md; a real review's
 * page said "Ready 100%" over its own critical blocker (round 28). */
PRR_TEST(import_site20__ready_said_with_its_blockers)
{
	site s;
	site_of(&s, "# Whetstone\n\n## Checks\n\n| Check | Result |\n|---|---|\n"
		    "| unit tests | pass |\n| CI | pass |\n\n## Blockers\n\n"
		    "### 1. (Critical) The default branch is not main\n\nStale.\n");
	CHECK_CONTAINS(page(&s, REVIEW_PAGE), "prr computes <strong>Ready</strong> from its "
					      "checks, though 1 blocker is open.");
	const char *md = page(&s, "reviews/2026-03-02/report.md");
	CHECK_CONTAINS(md, "`prr: Ready, though 1 blocker is open`");
	CHECK_CONTAINS(md, "(prr's: the document states no verdict; though 1 blocker is open)");
	site_free(&s);

	site_of(&s, "# Clean\n\n## Checks\n\n| Check | Result |\n|---|---|\n"
		    "| unit tests | pass |\n");
	CHECK(!strstr(page(&s, REVIEW_PAGE), "though"));
	site_free(&s);
}
