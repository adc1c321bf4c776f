/* test_import_site19.c - what the site and the release-PR report show of
 * an imported document (round 24 of site reading): each case failed
 * before its rule. */
#include "test.h"

#include "site_doc.h"
#include "prr/figures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REVIEW_PAGE "reviews/2026-03-02/index.html"

/* "The review as written" shows every heading the document wrote, even
 * one with no text left under it (a failed check written as a heading,
 * "# (x) Load test at 1.5x peak", or a section whose table went into the
 * figures); before, such a heading was dropped from the whole site.  Its
 * table of contents lists only sections with a heading: the text before
 * the first heading is no empty entry. */
PRR_TEST(import_site19__headings_without_text_are_shown)
{
	site s;
	site_of(&s, "Checkout v2 go-live checklist, owner: payments.\n\n"
		    "# (/) Runbook reviewed\n\n"
		    "# (x) Load test at 1.5x Black Friday peak\n\n"
		    "# Notes\n\nThe dashboards are in place.\n");
	const char *html = page(&s, REVIEW_PAGE);
	CHECK_CONTAINS(html, "(x) Load test at 1.5x Black Friday peak</h2>");
	CHECK_CONTAINS(html, "(/) Runbook reviewed</h2>");
	CHECK_CONTAINS(html, "\">(x) Load test at 1.5x Black Friday peak</a></li>");
	CHECK(!strstr(html, "\"></a></li>"));
	CHECK(!strstr(html, "<li><a href=\"#s1-\">"));
	site_free(&s);
}

static const char scorecard_doc[] =
	"# Checkout review\n\n**Verdict:** NO-GO\n\n## Scorecard\n\n"
	"| Component | Testing | Security | Observability | Runbooks | Status |\n"
	"|---|---|---|---|---|---|\n"
	"| ledger | ✅ | ✅ | ⚠️ | ❌ | ❌ NO-GO |\n"
	"| search | ✅ | ✅ | ✅ | ✅ | ✅ GO |\n"
	"| cart | ✅ | ⏳ | ✅ | ✅ | |\n";

/* A component's page leads as the review's headline does: the status the
 * document states of it first (its chip), prr's level beside it and a
 * disagreement marked, in the same words, of a part ("The document's
 * status for it: Not ready · prr computes Partially ready from its
 * checks"); a component of
 * no stated status says so.  Before, the page led with prr's "Partially
 * ready" and put "Stated status: ✗ fail" after it, no disagreement
 * marked.  The page of the component across the reviews gives the stated
 * status in a column of its own, when a review states one. */
PRR_TEST(import_site19__component_page_leads_with_the_stated_status)
{
	site s;
	site_of(&s, scorecard_doc);
	const char *html = page(&s, "reviews/2026-03-02/components/ledger.html");
	CHECK_CONTAINS(html, "<span class=\"level-chip small lv-not-ready\">Not ready</span> "
			     "<strong>62%</strong>");
	CHECK_CONTAINS(html, "The document's status for it: <strong>Not ready</strong> · prr "
			     "computes <strong>Partially ready</strong> from its checks "
			     "<span class=\"tag disagree\">disagreement</span>");
	html = page(&s, "reviews/2026-03-02/components/search.html");
	CHECK_CONTAINS(html, "lv-ready\">Ready</span>");
	CHECK_CONTAINS(html, "The document's status for it: <strong>Ready</strong></p>");
	html = page(&s, "reviews/2026-03-02/components/cart.html");
	/* a part's status, not the review's verdict (sitetruth round 28) */
	CHECK_CONTAINS(html, "The document states no status for it; prr computes");
	CHECK(!strstr(html, "states no verdict"));
	html = page(&s, "components/ledger.html");
	CHECK_CONTAINS(html, "<th scope=\"col\">Stated</th>");
	CHECK_CONTAINS(html, "<td class=\"cell st-fail\">fail</td><td class=\"num\">");
	html = page(&s, "components/cart.html"); /* no review states its status */
	CHECK(!strstr(html, ">Stated</th>"));
	site_free(&s);
}

/* A percentage shown never rounds across a line it does not reach: a
 * level's threshold, 100 when not all pass, 0 when some do; there it is
 * shown to a tenth.  29-10 showed "80%" beside "prr computes Partially
 * ready" (79.63%, ready at 80) on its page, in report.md ("partial: 80% of
 * 27 checks") and on badge.svg. */
PRR_TEST(import_site19__percent_never_rounds_across_a_threshold)
{
	CHECK_NUM(prr_pct_shown_at(79.63, 80, 50), 79.6);
	CHECK_NUM(prr_pct_shown_at(79.97, 80, 50), 79.9);  /* not 80.0 */
	CHECK_NUM(prr_pct_shown_at(79.4, 80, 50), 79);
	CHECK_NUM(prr_pct_shown_at(80.4, 80, 50), 80);
	CHECK_NUM(prr_pct_shown_at(49.5, 80, 50), 49.5);   /* rint: 50 */
	CHECK_NUM(prr_pct_shown_at(74.6, 75, 50), 74.6);   /* a prr.json's 75 */
	CHECK_NUM(prr_pct_shown_at(74.6, 80, 50), 75);
	CHECK_NUM(prr_pct_shown(99.7), 99.7);              /* not all pass */
	CHECK_NUM(prr_pct_shown(99.99), 99.9);
	CHECK_NUM(prr_pct_shown(0.3), 0.3);                /* some do */
	CHECK_NUM(prr_pct_shown(0.01), 0.1);
	CHECK_NUM(prr_pct_shown(100), 100);
	CHECK_NUM(prr_pct_shown(0), 0);
	CHECK_NUM(prr_pct_shown(95.56), 96);
	CHECK_NUM(prr_pct_shown(94.5), 94);
	CHECK(isnan(prr_pct_shown(NAN)));
	CHECK_INT(prr_pct_places(79.6), 1);
	CHECK_INT(prr_pct_places(80), 0);
	/* 43 of 54 pass, 0 partial: 79.63%; ready at 80 */
	prr_buf md = PRR_BUF_INIT;
	prr_buf_adds(&md, "# Cutover\n\n## Checks\n\n| Component | Check | Status |\n"
			  "|---|---|---|\n");
	for (int i = 0; i < 54; i++)
		prr_buf_addf(&md, "| api | Check %d | %s |\n", i, i < 43 ? "pass" : "fail");
	site s;
	site_of(&s, md.p);
	const char *html = page(&s, REVIEW_PAGE);
	CHECK_CONTAINS(html, "79.6% <span class=\"unit\">readiness</span>");
	CHECK(!strstr(html, ">80%"));
	html = page(&s, "components/api.html");
	CHECK_CONTAINS(html, "79.6%</td>");
	prr_buf_free(&md);
	site_free(&s);
}

/* The badge of a document that states no verdict says its level is prr's
 * ("prr: 75% partial"), as the headline does; before, it read "75%
 * partial" (28-04, 29-11), as if the document said so.  A stated verdict
 * keeps its form ("not ready (prr: 79% partial)"). */
PRR_TEST(import_site19__badge_says_whose_level)
{
	site s;
	site_of(&s, "# Cutover\n\n## Checks\n\n| Component | Check | Status |\n"
		    "|---|---|---|\n| api | Backups | pass |\n| api | Alerts | pass |\n"
		    "| api | Runbook | pass |\n| api | Load | partial |\n");
	prr_buf b = PRR_BUF_INIT;
	if (s.pl.figures)
		prr_view_badge(&b, s.pl.figures);
	CHECK_CONTAINS(b.p, "aria-label=\"readiness: prr: 88% ready\"");
	site_free(&s);
	prr_buf_reset(&b);
	site_of(&s, scorecard_doc);
	if (s.pl.figures)
		prr_view_badge(&b, s.pl.figures);
	CHECK_CONTAINS(b.p, "aria-label=\"readiness: not ready (prr: 79% partial)\"");
	site_free(&s);
	prr_buf_free(&b);
}

/* A wave whose planned window begins after the review's date, nothing of
 * it delivered, has not begun: its row says so and shows no "0%"; a plan
 * none of whose waves has begun says so instead of "0 delivered (0%)"
 * (29-09: "Delivered 0 (0%)" for waves from 2026-06-08, reviewed
 * 2026-06-03).  A wave begun by then keeps its figures. */
PRR_TEST(import_site19__waves_not_begun_are_not_zero_percent)
{
	static const char later[] =
		"# Plan\n\n### Wave 1 — Data (2026-03-30 → 2026-04-17)\n\n"
		"| Story | Title | Points | Status |\n|---|---|---|---|\n"
		"| FS-1 | Failover | 8 | In progress |\n| FS-2 | ACLs | 5 | To do |\n\n"
		"### Wave 2 — Launch (2026-04-20 → 2026-05-01)\n\n"
		"| Story | Title | Points | Status |\n|---|---|---|---|\n"
		"| MG-1 | Cold start | 5 | To do |\n";
	site s;
	site_of(&s, later);
	const char *html = page(&s, REVIEW_PAGE);
	CHECK_CONTAINS(html, "0 delivered (no wave's window had begun by the review's date)");
	CHECK_CONTAINS(html, "<span class=\"muted\">window not begun</span>");
	CHECK(!strstr(html, ">0%<"));
	html = page(&s, "waves.html");
	CHECK_CONTAINS(html, "<dd>0 <span class=\"muted\">(no window begun)</span></dd>");
	site_free(&s);
	site_of(&s, "# Plan\n\n### Wave 1 — Base (2026-02-16 → 2026-02-27)\n\n"
		    "| Story | Title | Points | Status |\n|---|---|---|---|\n"
		    "| FS-1 | Failover | 8 | To do |\n\n"
		    "### Wave 2 — Launch (2026-04-20 → 2026-05-01)\n\n"
		    "| Story | Title | Points | Status |\n|---|---|---|---|\n"
		    "| MG-1 | Cold start | 5 | To do |\n");
	html = page(&s, REVIEW_PAGE);
	CHECK_CONTAINS(html, "0 delivered (0%; 0% counting partial work as half)");
	CHECK_CONTAINS(html, "<span class=\"muted\">open</span>");
	CHECK_CONTAINS(html, "<span class=\"muted\">window not begun</span>");
	site_free(&s);
}
