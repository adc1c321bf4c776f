/* test_import_unseen2.c - what the importer reads in layouts found by
 * review documents written by other teams (round 13 on: exports of the
 * tools teams use, scorecards in the shapes they draw): each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"
#include "prr/rec_verdict.h"

/* A wave heading's name is what follows its number and separator; a
 * colon inside a closing parenthesis of points is not the name's, and
 * the points are no part of it: "## Wave 1 — Internal apps (Story
 * Points: 18)" is "Internal apps", not "18)". */
PRR_TEST(import_unseen2__wave_heading_names)
{
	static const struct {
		const char *head, *name;
	} cases[] = {
		{ "Wave 1 \xE2\x80\x94 Internal apps (Story Points: 18)", "Internal apps" },
		{ "Wave 1 \xE2\x80\x93 Foundations (21 SP)", "Foundations" },
		{ "Wave 1 - Tools (13 pts)", "Tools" },
		{ "Wave 1: Checkout (Planned: 21 points)", "Checkout" },
		{ "Wave 1: Payments (EU)", "Payments (EU)" },
		{ "Wave 1", "Wave 1" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Plan\n\n## %s\n\n| Story | Points | Status |\n|---|---|---|\n"
			"| S-1 login | 5 | Done |\n", cases[i].head);
		CHECK(r && r->n_waves == 1);
		if (r && r->n_waves == 1)
			CHECK_STR(r->waves[0].name, cases[i].name);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "**Status update as of 2026-02-26**" under a title that names the
 * event the document is about ("checkout outage, 2026-02-02"): the state
 * is of the 26th. */
PRR_TEST(import_unseen2__as_of_outranks_the_title_day)
{
	static const char *const lines[] = {
		"**Status update as of 2026-02-26**",
		"Status as of: 2026-02-26",
		"_As at 26 February 2026_",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Remediation status \xE2\x80\x94 INC-14 (checkout outage, "
			"2026-02-02)\n\n%s\nOwner: J. Park\n\n## Where we are\n\n"
			"All closed.\n", lines[i]);
		CHECK(r && r->date && strcmp(r->date, "2026-02-26") == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a day in a sentence is no "as of" line */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# Review of checkout, 2026-02-02\n\n"
		"Figures in this review are as of 2026-01-31, the end of the "
		"quarter, and come from the finance dashboard of the team.\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-02-02") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* --date where the document states its day: not used, and said. */
PRR_TEST(import_unseen2__date_option_not_used_is_said)
{
	static const char doc[] = "# Review\n\nDate: 2026-03-01\n\n## Scope\n\nx\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	prr_import_md_dated(&r, "x.md", doc, sizeof doc - 1, "2026-03-09", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-03-01") == 0);
	CHECK(d.warnings == 1 && d.n == 1 && strstr(d.v[0].message, "--date 2026-03-09") &&
	      d.v[0].line == 3);
	prr_review_free(r);
	prr_diags_free(&d);
	r = NULL;
	d = (prr_diags)PRR_DIAGS_INIT;
	prr_import_md_dated(&r, "x.md", doc, sizeof doc - 1, "2026-03-01", &d);
	CHECK(r && d.warnings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A mark and, right after it, the words of work not begun: "⚠️ not run"
 * is pending, not a partial pass; "❌ Sin empezar" not a failure.  Other
 * words after a mark leave it alone ("❌ missing", "⚠️ partial (no
 * alerts)").  And the words of assessments' scales: "Satisfactory",
 * "Needs work", "Unsatisfactory", Korean "부분". */
PRR_TEST(import_unseen2__words_after_a_mark_and_scale_words)
{
	static const struct {
		const char *s;
		prr_status want;
	} cases[] = {
		{ "\xE2\x9A\xA0\xEF\xB8\x8F not run", PRR_PENDING },
		{ "\xE2\x9D\x8C Sin empezar", PRR_PENDING },
		{ "\xE2\x9D\x8C Not started", PRR_PENDING },
		{ "\xF0\x9F\x9F\xA1 In Progress", PRR_PENDING },
		{ "\xE2\x9D\x8C missing", PRR_FAIL },
		{ "\xE2\x9D\x8C", PRR_FAIL },
		{ "\xE2\x9A\xA0\xEF\xB8\x8F partial (no alerts)", PRR_PARTIAL },
		{ "\xE2\x9C\x85 not started", PRR_PASS },
		{ "Satisfactory", PRR_PASS },
		{ "Needs work", PRR_PARTIAL },
		{ "Unsatisfactory", PRR_FAIL },
		{ "\xEB\xB6\x80\xEB\xB6\x84", PRR_PARTIAL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool known = false;
		prr_status st = prr_status_from_text(cases[i].s, strlen(cases[i].s), &known);
		CHECK(known);
		CHECK_INT(st, cases[i].want);
	}
}

/* A verdict's field wrapped over lines, its next words in bold ("The SMS
 * Gateway is" / "**not ready** — …"), and a sentence that sums the parts
 * up ("Overall: partially ready."): the whole, partial.  A labelled
 * decision under "## Decision" keeps its sentence's end too. */
PRR_TEST(import_unseen2__wrapped_verdict_and_summing_up)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Notifications\n\nReviewed on 2026-06-02.\n\n"
		"**TL;DR:** Dispatcher and Renderer are ready. The SMS Gateway is\n"
		"**not ready** \xE2\x80\x94 it has no fallback \xE2\x80\x94 so SMS stays on\n"
		"the old platform. Overall: partially ready.\n\n## Scope\n\nx\n", &d);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Checkout\n\nDate: 2026-05-20\n\n## Decision\n\n"
		    "**Decision:** Conditional go. cart ships on 2 June as\n"
		    "planned; payments ship only if the failover test passes.\n", &d);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL && r->status_text &&
	      strstr(r->status_text, "failover test passes"));
	prr_review_free(r);
	prr_diags_free(&d);
	static const struct {
		const char *s;
		prr_level want;
	} texts[] = {
		{ "A and B are ready. C is not ready. Overall: partially ready.",
		  PRR_LEVEL_PARTIAL },
		{ "A is ready. B is not ready. **Overall verdict:** NOT READY.",
		  PRR_LEVEL_NOT_READY },
		{ "Not ready. In short, nothing more to add.", PRR_LEVEL_NOT_READY },
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		CHECK_INT(prr_rec_verdict(texts[i].s, strlen(texts[i].s), NULL, NULL),
			  texts[i].want);
}

/* Findings the text says are over: after a dash in their own item
 * ("… — fixed in R3, verified …; kept here for the record."), an ID then
 * "done:", and in Italian ("FE-04 è stato risolto il 14 ottobre").  A
 * fix taken back stays open ("— fixed in staging only"). */
PRR_TEST(import_unseen2__findings_said_over)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Ledger\n\n## Findings\n\n"
		"- **LED-31** (medium) Month-end load not simulated.\n"
		"- **LED-22** (high) Double posting \xE2\x80\x94 fixed in R3, verified "
		"by five chaos runs; kept here for the record.\n"
		"- **LED-23** (high) Lost ack \xE2\x80\x94 fixed in staging only.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "LED-31");
		CHECK_STR(r->findings[1].id, "LED-23");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	static const char *const said[] = {
		"F2 done: metric and alert live.",
		"F2 \xC3\xA8 stato risolto il 14 ottobre e resta qui per memoria.",
		"F2 wurde behoben (commit a81c2e9).",
	};
	for (size_t i = 0; i < sizeof said / sizeof said[0]; i++) {
		r = md_fmt(&d, "# Checkout\n\n## Findings\n\n| ID | Finding | Severity |\n"
			   "|---|---|---|\n| F1 | Timeouts | High |\n| F2 | No metric | High |"
			   "\n\n%s\n", said[i]);
		CHECK(r && r->n_findings == 1);
		if (r && r->n_findings == 1)
			CHECK_STR(r->findings[0].id, "F1");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A summary "Service | Owner | Verdict" and then a heading per service
 * that states its status after a dash over its table ("### trip-pricing
 * — ✅ Ready"): one component per service, named without the status,
 * its stated status the verdict's ("Ready with conditions" partial), no
 * check named "Verdict". */
PRR_TEST(import_unseen2__services_in_a_summary_and_under_headings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Q3 review\n\n## Summary\n\n| Service | Owner | Verdict |\n|---|---|---|\n"
		"| trip-pricing | Pricing | Ready |\n"
		"| driver-matching | Marketplace | Ready with conditions |\n\n"
		"## Services\n\n### trip-pricing \xE2\x80\x94 \xE2\x9C\x85 Ready\n\n"
		"| Category | Status |\n|---|---|\n| Alerting | \xE2\x9C\x85 |\n\n"
		"### driver-matching \xE2\x80\x94 \xE2\x9A\xA0\xEF\xB8\x8F Ready with conditions\n\n"
		"| Category | Status |\n|---|---|\n| Alerting | \xE2\x9C\x85 |\n"
		"| Load test | \xE2\x9A\xA0\xEF\xB8\x8F |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_STR(r->components[0].name, "trip-pricing");
		CHECK_STR(r->components[1].name, "driver-matching");
		CHECK_INT(r->components[0].status, PRR_PASS);
		CHECK_INT(r->components[1].status, PRR_PARTIAL);
		CHECK(r->components[0].n_checks == 1 && r->components[1].n_checks == 2);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Under "## Decision" of a design record, "Option 2 was rejected because
 * …" weighs an option: no verdict on the system. */
PRR_TEST(import_unseen2__an_option_rejected_is_no_verdict)
{
	static const char *const paras[] = {
		"Option 2 was rejected because the team has no Kafka experience.",
		"**Alternative B** is not ready for production use and was dropped.",
	};
	for (size_t i = 0; i < sizeof paras / sizeof paras[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# ADR-0042: Event store\n\n- **Date:** 2026-03-17\n\n"
				       "## Decision\n\nWe use option 1.\n\n%s\n", paras[i]);
		CHECK(r && r->level == PRR_LEVEL_UNKNOWN);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Checkout\n\n- **Date:** 2026-03-17\n\n## Decision\n\n"
				"The release is not ready: two blockers remain.\n", &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Words of more languages, each a document's line that was lost: Polish
 * "Niegotowe" under "## Decyzja" and a findings table's "Ważność";
 * Turkish "Değerlendirme tarihi", "Tamamlandı", "Taşımayı engelliyor";
 * Korean "(심각도: 높음, 출시 차단)" (but "차단 아님" is not blocking); a
 * closing "## Conclusie" and "## Launch call" deep in a document. */
PRR_TEST(import_unseen2__more_languages)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf pad = PRR_BUF_INIT;
	for (int i = 0; i < 40; i++)
		prr_buf_addf(&pad, "Line %d of the scope.\n\n", i);
	prr_buf doc = PRR_BUF_INIT;
	prr_buf_addf(&doc, "# Magazyn\n\n**Data przeglądu:** 2026-10-15\n\n## Zakres\n\n%s"
		     "## Ustalenia\n\n| ID | Opis | Ważność | Blokujące |\n|---|---|---|---|\n"
		     "| WMS-21 | Jedna strefa | Krytyczna | Tak |\n\n## Decyzja\n\n"
		     "**Niegotowe do uruchomienia.** Kolejny przegląd 27 października.\n",
		     pad.p);
	prr_review *r = md_text(doc.p, &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL && r->findings[0].blocking);
	prr_review_free(r);
	prr_diags_free(&d);
	static const char *const closing[] = {
		"## Conclusie\n\nDit is **nog geen GO**.\n",
		"## Launch call\n\nThe pipeline is **not ready for launch**.\n",
	};
	for (size_t i = 0; i < sizeof closing / sizeof closing[0]; i++) {
		prr_buf_reset(&doc);
		prr_buf_addf(&doc, "# Portal\n\nDate: 2026-11-09\n\n## Scope\n\n%s%s",
			     pad.p, closing[i]);
		r = md_text(doc.p, &d);
		CHECK(r && r->level == PRR_LEVEL_NOT_READY);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_buf_free(&doc);
	prr_buf_free(&pad);
	r = md_undated("# \xC3\x96" "deme\n\n**De\xC4\x9F" "erlendirme tarihi:** 9 Eyl\xC3\xBCl 2026\n\n"
		       "## Bulgular\n\n- **OLG-01** (kritik) Yedek b\xC3\xB6lge test edilmedi. "
		       "Ta\xC5\x9F\xC4\xB1may\xC4\xB1 engelliyor.\n\n## Eylem\n\n"
		       "| Check | Status |\n|---|---|\n| Uyar\xC4\xB1lar | Tamamland\xC4\xB1 |\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-09-09") == 0);
	CHECK(r && r->n_findings == 1 && r->findings[0].blocking);
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 1 &&
	      r->components[0].checks[0].status == PRR_PASS);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Chat\n\n## \xEB\xB0\x9C\xEA\xB2\xAC \xEC\x82\xAC\xED\x95\xAD\n\n"
		    "### CHAT-101: \xEC\xA4\x91\xEB\xB3\xB5 (\xEC\x8B\xAC\xEA\xB0\x81\xEB\x8F\x84: "
		    "\xEB\x86\x92\xEC\x9D\x8C, \xEC\xB6\x9C\xEC\x8B\x9C \xEC\xB0\xA8\xEB\x8B\xA8)\n\n"
		    "x\n\n### CHAT-102: \xEB\x8C\x80\xEC\x8B\x9C\xEB\xB3\xB4\xEB\x93\x9C "
		    "(\xEC\x8B\xAC\xEA\xB0\x81\xEB\x8F\x84: \xEB\x82\xAE\xEC\x9D\x8C)\n\n"
		    "\xEC\xB0\xA8\xEB\x8B\xA8 \xEC\x95\x84\xEB\x8B\x98.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(r->findings[0].severity == PRR_SEV_HIGH && r->findings[0].blocking);
		CHECK(r->findings[1].severity == PRR_SEV_LOW && !r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A go on a condition: "Go, subject to the RoPA update", "GO, provided
 * the DPIA is signed", "Ready, except for SMS" are partial; a refusal
 * stays one. */
PRR_TEST(import_unseen2__a_go_on_a_condition)
{
	static const struct {
		const char *s;
		prr_level want;
	} texts[] = {
		{ "Launch decision: Go, subject to the RoPA update", PRR_LEVEL_PARTIAL },
		{ "GO, provided the DPIA is signed", PRR_LEVEL_PARTIAL },
		{ "Ready, except for SMS", PRR_LEVEL_PARTIAL },
		{ "Ready as long as traffic stays below 2x", PRR_LEVEL_PARTIAL },
		{ "NOT READY. Subject to change.", PRR_LEVEL_NOT_READY },
		{ "GO", PRR_LEVEL_READY },
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		CHECK_INT(prr_rec_verdict(texts[i].s, strlen(texts[i].s), NULL, NULL),
			  texts[i].want);
}

/* Headings that name a table, not a part: "Readiness checklist", "Review
 * by area", "Verifiche per area": the checks are the title's system's. */
PRR_TEST(import_unseen2__headings_that_name_a_table)
{
	static const char *const heads[] = { "Readiness checklist",
		"Review by area", "Verifiche per area" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Payouts v2\n\nDate: 2026-04-29\n\n## %s\n\n"
				       "| Category | Status |\n|---|---|\n"
				       "| Security | \xE2\x9C\x85 |\n", heads[i]);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1)
			CHECK_STR(r->components[0].name, "Payouts v2");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A legend's "⚪ Not assessed in this review": the review did not look,
 * so the cell states nothing; it is no pending check that makes the part
 * not ready. */
PRR_TEST(import_unseen2__a_legend_of_what_was_not_assessed)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Mobile release\n\nDate: 2026-05-02\n\n## Legend\n\n| Mark | Meaning |\n"
		"|---|---|\n| \xF0\x9F\x9F\xA2 | Ready |\n"
		"| \xE2\x9A\xAA | Not assessed in this review |\n\n## Scorecard\n\n"
		"| Component | Security | Docs |\n|---|---|---|\n"
		"| iOS app | \xF0\x9F\x9F\xA2 | \xF0\x9F\x9F\xA2 |\n"
		"| Push service | \xE2\x9A\xAA | \xE2\x9A\xAA |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		const prr_component *c = &r->components[1];
		size_t pending = 0;
		for (size_t k = 0; k < c->n_checks; k++)
			pending += c->checks[k].status == PRR_PENDING;
		CHECK(pending == 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Area | Item | Status" with areas that repeat: each item is a check
 * (the review could not be loaded: two checks "Security" in one
 * component); a category repeated anyway is kept, numbered, so that the
 * import loads. */
PRR_TEST(import_unseen2__repeated_areas_and_categories)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Payouts v2\n\n## Readiness checklist\n\n| Area | Item | Status |\n|---|---|---|\n"
		"| Security | Pen test | DONE |\n| Security | mTLS rotation | IN PROGRESS |\n"
		"| Operations | Runbook | DONE |\n", &d);
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 3);
	if (r && r->n_components == 1 && r->components[0].n_checks == 3) {
		CHECK_STR(r->components[0].checks[0].category, "Pen test");
		CHECK_INT(r->components[0].checks[1].status, PRR_PENDING);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Payouts v2\n\n## Checks\n\n| Category | Status |\n|---|---|\n"
		    "| Rollback | DONE |\n| Security | DONE |\n| Rollback | FAIL |\n", &d);
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 3);
	if (r && r->n_components == 1 && r->components[0].n_checks == 3)
		CHECK_STR(r->components[0].checks[2].category, "Rollback (2)");
	CHECK(d.warnings >= 1);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a number another check has already is passed over */
	r = md_text("# Payouts v2\n\n## Checks\n\n| Category | Status |\n|---|---|\n"
		    "| Rollback | DONE |\n| Rollback (2) | DONE |\n| Rollback | FAIL |\n", &d);
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 3);
	if (r && r->n_components == 1 && r->components[0].n_checks == 3)
		CHECK_STR(r->components[0].checks[2].category, "Rollback (3)");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Components", a "### Dispatcher" each with "Category | Score |
 * Status | Notes" and a "**Total**" row, then a summary "Component |
 * Total | Lowest category | Launch?": each part's checks from its own
 * table (not the last table's scores as the review's dimensions, nor
 * "4/5" as four of five tests), its stated status from "Launch?", no
 * check named "Total" or "3". */
PRR_TEST(import_unseen2__a_scored_table_per_part)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Notifications\n\n## Components\n\n### Dispatcher\n\n"
		"| Category | Score | Status | Notes |\n|---|---|---|---|\n"
		"| Capacity | 4/5 | \xE2\x9C\x85 | |\n| Security | 3/5 | \xE2\x9C\x85 | |\n"
		"| **Total** | **7/10** | | |\n\n### SMS Gateway\n\n"
		"| Category | Score | Status | Notes |\n|---|---|---|---|\n"
		"| Capacity | 2/5 | \xE2\x9D\x8C | |\n| Security | 4/5 | \xE2\x9C\x85 | |\n"
		"| **Total** | **6/10** | | |\n\n## Summary\n\n"
		"| Component | Total | Lowest category | Launch? |\n|---|---|---|---|\n"
		"| Dispatcher | 7/10 | 3 | Yes |\n| SMS Gateway | 6/10 | 2 | No |\n", &d);
	CHECK(r && r->n_components == 2 && r->n_dimensions == 0);
	if (r && r->n_components == 2) {
		for (size_t i = 0; i < 2; i++) {
			const prr_component *c = &r->components[i];
			CHECK(c->n_checks == 2);
			for (size_t k = 0; k < c->n_checks; k++)
				CHECK(c->checks[k].total < 0);
		}
		CHECK_INT(r->components[0].status, PRR_PASS);
		CHECK_INT(r->components[1].status, PRR_FAIL);
		CHECK_INT(r->components[1].checks[0].status, PRR_FAIL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Thresholds of readiness ("**≥ 80 %** ready for GA", "Thresholds: >
 * 90% ready") are no score the document gives. */
PRR_TEST(import_unseen2__thresholds_are_no_score)
{
	static const char *const lines[] = {
		"Thresholds agreed at kickoff: **\xE2\x89\xA5 80 %** ready for GA, "
		"**60\xE2\x80\x93" "79 %** GA with a reduced scope.",
		"Bands: > 90% ready, 70-90% ready with conditions.",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Search\n\nDate: 2026-08-28\n\n%s\n\n## A\n\nx\n",
				       lines[i]);
		CHECK(r && r->n_scores == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Search\n\nDate: 2026-08-28\n\n"
				"The service is **95 %** production-ready.\n", &d);
	CHECK(r && r->n_scores == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## 2. Reliability (7/9)" over a list of nine boxes counts the boxes
 * ticked: audited against them (and said when it disagrees), no
 * dimension scored 7 of 9.  Over no boxes it stays a score. */
PRR_TEST(import_unseen2__heading_tallies_over_boxes)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Identity launch\n\nDate: 2026-09-01\n\n## 1. Reliability (2/3)\n\n"
		"- [x] Failover tested\n- [x] Alerts\n- [ ] Chaos test\n\n"
		"## 2. Security (3/3)\n\n- [x] Pen test\n- [x] Secrets\n- [ ] mTLS\n\n"
		"## 3. Performance (8/10)\n\nLoad tested at twice the peak.\n", &d);
	CHECK(r && r->n_dimensions == 1 && r->n_audit == 2);
	if (r && r->n_audit == 2) {
		CHECK(r->audit[0].agrees && !r->audit[1].agrees);
		CHECK_STR(r->audit[1].computed, "2/3");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Under any heading ("## Conditions"), a list whose every item opens
 * with an ID in bold and rates itself in parentheses is findings:
 * "1. **FF-12** Audit-log retention … (medium; blocks launch)." */
PRR_TEST(import_unseen2__keyed_rated_items_are_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Flags\n\nDate: 2026-09-01\n\n## Conditions\n\nThe board approves the "
		"launch with two conditions:\n\n1. **FF-12** Audit-log retention raised to "
		"1 year\n   (medium; blocks launch).\n2. **FF-15** Rollout import before "
		"the second wave (low; does not block launch).\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(r->findings[0].severity == PRR_SEV_MEDIUM && r->findings[0].blocking);
		CHECK(r->findings[1].severity == PRR_SEV_LOW && !r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* a list of conditions without IDs and ratings stays what it is */
	r = md_text("# Flags\n\nDate: 2026-09-01\n\n## Conditions\n\n"
		    "- Runbook merged\n- Alerts reviewed by on-call\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A go-live runbook: "### T-7d (2026-10-10)" dates a step of its
 * timeline, not the review (its byline's "last updated 2026-10-16"
 * does); "Time (CEST) | Step | Owner | Done" with nothing ticked is the
 * day's steps by the clock, no milestones named "05:30" and not done. */
PRR_TEST(import_unseen2__a_runbook_by_the_clock)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(
		"# Loyalty 2.0 \xE2\x80\x94 Go-Live Runbook\n\n"
		"Document owner: Programme office \xC2\xB7 last updated 2026-10-16T18:20:00Z\n\n"
		"## Timeline\n\n### T-7d (2026-10-10)\n\n- [x] Code freeze\n\n"
		"### T-0 (2026-10-17)\n\n| Time (CEST) | Step | Owner | Done |\n"
		"|---|---|---|---|\n| 05:30 | Read-only | DBA | |\n| 06:00 | Flag on | Release | |\n",
		&d);
	CHECK(r && r->date && strcmp(r->date, "2026-10-16") == 0);
	CHECK(r && r->n_milestones == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* the title's step is the review's day */
	r = md_undated("# Sprint 12 review (2026-03-01)\n\nx\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-03-01") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A change's risk score ("| Risk score | 62 / 100 (Moderate) |") says how
 * risky it is, the higher the worse: no readiness score or dimension. */
PRR_TEST(import_unseen2__a_risk_score_is_no_readiness)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# CHG-4471: Kubernetes 1.31 upgrade\n\n| Field | Value |\n|---|---|\n"
		"| Change type | Normal |\n| Risk score | 62 / 100 (Moderate) |\n\n"
		"## Notes\n\nRisk rating: 3/5.\n", &d);
	CHECK(r && r->n_scores == 0 && r->n_dimensions == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A findings table without a status column whose Blocking cell says the
 * finding is over ("No — closed 2026-03-02"): left out; "No" alone is
 * open and not blocking. */
PRR_TEST(import_unseen2__closed_in_the_blocking_cell)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Telemetry\n\n## Findings\n\n| ID | Finding | Severity | Blocks launch |\n"
		"|---|---|---|---|\n| TP-39 | Manual cert rotation | Medium | "
		"No \xE2\x80\x94 closed 2026-03-02 |\n| TP-41 | No backfill | High | No |\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].id, "TP-41");
		CHECK(!r->findings[0].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A matrix with group rows ("| **Relational** | | |") and ditto cells
 * ("″", "as above", a row of "same"): no component per group, and each
 * ditto the cell above it (the "Backups" column was dropped and three
 * stores had no status at all). */
PRR_TEST(import_unseen2__group_rows_and_ditto_marks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Data stores\n\n## Matrix\n\n| Store | Tier | Monitoring | Backups | DR |\n"
		"|---|---|---|---|---|\n| **Relational** | | | | |\n"
		"| orders-db | 1 | \xE2\x9C\x85 | \xE2\x9C\x85 PITR, 7 days | \xE2\x9C\x85 |\n"
		"| inventory-db | 1 | \xE2\x80\xB3 | \xE2\x80\xB3 | \xE2\x80\xB3 |\n"
		"| **Cache** | | | | |\n| sessions | 2 | \xE2\x9D\x8C | n/a (cache) | n/a |\n"
		"| rate-limit | 2 | same | same | same |\n"
		"| audit-log | 1 | as above | as above | as above |\n", &d);
	CHECK(r && r->n_components == 5);
	if (r && r->n_components == 5) {
		CHECK_STR(r->components[1].name, "inventory-db");
		CHECK(r->components[1].n_checks == 3 &&
		      r->components[1].checks[1].status == PRR_PASS);
		CHECK(r->components[3].n_checks == 3 &&
		      r->components[3].checks[0].status == PRR_FAIL &&
		      r->components[3].checks[1].status == PRR_NA);
		CHECK(r->components[4].n_checks == 3 &&
		      r->components[4].checks[0].status == PRR_FAIL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Under "## Blockers", paragraphs that open with a finding's title in
 * bold and rate it after ("🚨 **Backfill exceeds window** — severity:
 * High. Owner: Ines. Blocking."): a finding each, rated as said. */
PRR_TEST(import_unseen2__titled_paragraphs_rated_after)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Reindex\n\nDate: 2026-12-01\n\n## Blockers\n\n"
		"\xF0\x9F\x9A\xA8 **Backfill exceeds window** \xE2\x80\x94 severity: High. "
		"Owner: Ines. Blocking.\n\n"
		"**No rehearsed rollback** \xE2\x80\x94 severity: Critical. Owner: Kenji.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].title, "Backfill exceeds window");
		CHECK(r->findings[0].severity == PRR_SEV_HIGH && r->findings[0].blocking);
		CHECK(r->findings[1].severity == PRR_SEV_CRITICAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A matrix cell's own words are its check's note ("⚠️ partial (1.5×
 * only)", "❌ — owner: Sam"); a part's row comment is no note of each of
 * its several failing checks, but an area's comment is said of all its
 * cells. */
PRR_TEST(import_unseen2__notes_of_matrix_cells)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Checkout\n\n## Matrix\n\n| Service | Runbook | Load test | Alerts | Notes |\n"
		"|---|---|---|---|---|\n"
		"| pricing | \xE2\x9D\x8C | \xE2\x9A\xA0\xEF\xB8\x8F | "
		"\xE2\x9D\x8C \xE2\x80\x94 owner: Sam | new rules engine |\n"
		"| cart | \xE2\x9C\x85 | \xE2\x9A\xA0\xEF\xB8\x8F | \xE2\x9C\x85 | queue depth |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		const prr_component *p = &r->components[0];
		CHECK(p->n_checks == 3 && !p->checks[0].note && !p->checks[1].note &&
		      p->checks[2].note);
		if (p->n_checks == 3 && p->checks[2].note)
			CHECK_STR(p->checks[2].note, "owner: Sam");
		const prr_component *c = &r->components[1];
		CHECK(c->n_checks == 3 && c->checks[1].note);
		if (c->n_checks == 3 && c->checks[1].note)
			CHECK_STR(c->checks[1].note, "queue depth");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Env\n\n## By area\n\n| Area | Staging | Prod | Comment |\n"
		    "|---|---|---|---|\n| Disaster recovery | \xF0\x9F\x94\xB4 | \xF0\x9F\x94\xB4 | "
		    "No restore test |\n| Capacity | \xF0\x9F\x9F\xA2 | \xF0\x9F\x9F\xA2 | ok |\n", &d);
	CHECK(r && r->n_components == 2 && r->components[0].n_checks == 2 &&
	      r->components[0].checks[1].note);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A pull request's review record dates it: "**@mkato** approved these
 * changes on Aug 12, 2026" (the import failed for want of a date). */
PRR_TEST(import_unseen2__a_pull_request_approval_dates_it)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(
		"# Gateway: per-tenant rate limits (#4812)\n\n## Checklist\n\n- [x] Tests\n\n"
		"## Reviews\n\n**@mkato** approved these changes on Aug 12, 2026\n\n> LGTM.\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-08-12") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A risk register whose first risk column names the risk ("Risk to
 * individuals | Likelihood | Impact | Inherent risk | Mitigation |
 * Residual risk", "Risk | Likelihood | Impact | Risk level"): each risk's
 * level is its last column of levels, what remains. */
PRR_TEST(import_unseen2__a_named_risk_and_its_level_columns)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# DPIA\n\n## Risks\n\n| ID | Risk to individuals | Likelihood | Impact | "
		"Inherent risk | Mitigation | Residual risk |\n|---|---|---|---|---|---|---|\n"
		"| R1 | Health data in transcripts | Likely | Significant | High | Redaction | Medium |\n"
		"| R2 | Transfer outside EEA | Possible | Significant | Medium | SCCs | Low |\n", &d);
	CHECK(r && r->n_risks == 2);
	if (r && r->n_risks == 2) {
		CHECK_INT(r->risks[0].level, PRR_SEV_MEDIUM);
		CHECK_INT(r->risks[1].level, PRR_SEV_LOW);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A paragraph that opens by scoring its bold label ("**Design
 * consistency** — 7/10. …", "**Documentation** — ★★★☆☆.") is a line of a
 * scorecard: a dimension.  A bold time before a decision ("**14:44** —
 * **Final decision: NO-GO** … (5/5)") and a percent of something
 * ("**Coverage** — 80% of endpoints") are not. */
PRR_TEST(import_unseen2__bold_labels_scored_in_paragraphs)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Partner API\n\nDate: 2026-07-01\n\n## Scores\n\n"
		"**Design consistency** \xE2\x80\x94 7/10. Naming is consistent.\n\n"
		"**Documentation** \xE2\x80\x94 \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85"
		"\xE2\x98\x86\xE2\x98\x86. Accurate reference.\n\n"
		"**Coverage** \xE2\x80\x94 80% of endpoints.\n\n"
		"**14:44** \xE2\x80\x94 **Final decision: NO-GO** for 21 May. Unanimous (5/5).\n", &d);
	CHECK(r && r->n_dimensions == 2 && r->n_scores == 0);
	if (r && r->n_dimensions == 2) {
		CHECK_STR(r->dimensions[0].name, "Design consistency");
		CHECK(r->dimensions[1].score == 3 && r->dimensions[1].max == 5);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A text of many sentences that sum up ("x. Overall: maybe." 60,000
 * times) is read without a call per sentence: it crashed the stack.  Of
 * several, the last that states a verdict is the text's. */
PRR_TEST(import_unseen2__many_sentences_that_sum_up)
{
	prr_buf b = PRR_BUF_INIT;
	for (int i = 0; i < 60000; i++)
		prr_buf_adds(&b, "x. Overall: maybe. ");
	CHECK_INT(prr_rec_verdict(b.p, b.n, NULL, NULL), PRR_LEVEL_UNKNOWN);
	prr_buf_free(&b);
	static const char text[] = "A is ready. Overall: partially ready. "
				   "In short, we ship in May.";
	CHECK_INT(prr_rec_verdict(text, sizeof text - 1, NULL, NULL), PRR_LEVEL_PARTIAL);
}
