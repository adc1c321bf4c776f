/* test_import_tables25.c - what the importer reads in tables and marks
 * found by the readers of round 24 in real documents: each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

/* A verdict line is no component's text: "## Roll call" over a table of
 * the areas' votes makes a component named by the heading, and the
 * "**Decision: NO-GO for the June cycle.**" under it is still the
 * review's verdict.  Where the review has several components, one
 * component's own "Verdict:" is that component's, not the review's. */
PRR_TEST(import_tables25__decision_under_a_component_section)
{
	CHECK(md_states("# Go/No-Go meeting \xE2\x80\x94 invoice engine cut-over\n\n"
			"## Roll call\n\n| Area | Name | Status | Note |\n|---|---|---|---|\n"
			"| Ops | Sam Okonkwo | GO | |\n"
			"| Security | Ines Carvalho | NO-GO until BIL-88 is fixed | |\n\n"
			"**Decision: NO-GO for the June cycle.**\n",
			PRR_LEVEL_NOT_READY, "NO-GO for the June cycle."));
	CHECK(md_level("# Readiness review\n\n## api\n\n| Check | Status |\n|---|---|\n"
		       "| Alerts | \xE2\x9C\x85 |\n| Runbook | \xE2\x9C\x85 |\n\n"
		       "**Verdict: GO.**\n\n## worker\n\n| Check | Status |\n|---|---|\n"
		       "| Alerts | \xE2\x9D\x8C |\n| Runbook | \xE2\x9C\x85 |\n") ==
	      PRR_LEVEL_UNKNOWN);
}

/* A table with a name column and only columns of words ("Service |
 * Role") is an inventory, no scorecard: kept as a table, no component
 * of each row; one whose other columns rate the rows ("L2" levels, marks)
 * still names them. */
PRR_TEST(import_tables25__inventory_table_names_no_components)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Production Readiness Summary\n\n"
		"## AWS services in production use\n\n| Service | Role |\n| --- | --- |\n"
		"| **ECS Fargate** | Managed compute for api and workers |\n"
		"| **S3** | Document upload bucket |\n"
		"| **Sentry** (external) | Error monitoring |\n", &d);
	CHECK(r && r->n_components == 0 && r->n_tables == 1);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Portfolio\n\n## By quarter\n\n| Service | Owner | Q1 2026 |\n|---|---|---|\n"
		    "| accounts-core | Dana Whitfield | L2 |\n| cards-auth | Luis Ortega | L3 |\n", &d);
	CHECK(r && r->n_components == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Words of work not begun, right after a colour's mark, say more than
 * the mark, in any language ("🟠 待做", "🟠 To do", "🟡 backlog" are to
 * do, as "🔴 未开始" is); "⏳ Partial" is work in part done, the word
 * saying how far the hourglass's work has gone. */
PRR_TEST(import_tables25__words_of_work_not_begun_beat_a_colour)
{
	static const struct {
		const char *cell;
		prr_status st;
	} cases[] = {
		{ "\xF0\x9F\x9F\xA0 \xE5\xBE\x85\xE5\x81\x9A", PRR_PENDING }, /* 🟠 待做 */
		{ "\xF0\x9F\x9F\xA0 \xE5\xBE\x85\xE5\x8A\x9E", PRR_PENDING }, /* 🟠 待办 */
		{ "\xF0\x9F\x9F\xA0 To do", PRR_PENDING },
		{ "\xF0\x9F\x9F\xA1 backlog", PRR_PENDING },
		{ "\xF0\x9F\x9F\xA1 Backlog.", PRR_PENDING },
		{ "\xE2\x8F\xB3 Partial", PRR_PARTIAL },
		{ "\xE2\x8F\xB3 Not Implemented", PRR_PENDING },
		{ "\xF0\x9F\x9F\xA1 backlogged alerts", PRR_PARTIAL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool known;
		prr_status st = prr_status_from_text(cases[i].cell, strlen(cases[i].cell),
						     &known);
		if (!known || st != cases[i].st)
			fprintf(stderr, "  '%s': %d\n", cases[i].cell, (int)st);
		CHECK(known && st == cases[i].st);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Readiness checklist\n\n## Known limitations\n\n"
		"### Frontend Integration\n**Status:** \xE2\x8F\xB3 Partial\n\n"
		"### E2E Tests\n**Status:** \xE2\x8F\xB3 Not Implemented\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 2);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 2) {
		CHECK(r->checklists[0].items[0].status == PRR_PARTIAL);
		CHECK(r->checklists[0].items[1].status == PRR_PENDING);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A time before or after an event in a heading says when, not how much
 * work: "### Pre-Launch (3 days prior)", "(1 week ahead)", "(1 week
 * before)" state no estimate; "(1 week)" alone still does. */
PRR_TEST(import_tables25__time_before_an_event_is_no_estimate)
{
	static const struct {
		const char *when;
		size_t n;
	} cases[] = {
		{ "3 days prior", 0 }, { "1 week ahead", 0 }, { "1 week before", 0 },
		{ "2 weeks later", 0 }, { "2 weeks prior to launch", 0 }, { "1 week", 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Go-live checklist\n\n### Pre-Launch (%s)\n"
				       "- [ ] Security audit completed\n- [ ] Load testing completed\n\n"
				       "### Launch Day\n- [ ] Database backup created\n", cases[i].when);
		CHECK(r && r->n_estimates == cases[i].n);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A score drawn as a progress bar in brackets is read past the bar, as
 * one without it: "Overall: [█████░░░░░] 61%" is 61/100, as "Overall:
 * 61%" and "Overall: █████░░░░░ 61%" are (■ □ blocks too). */
PRR_TEST(import_tables25__score_after_a_bracketed_bar)
{
	static const char *const bars[] = {
		"[\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x91\xE2\x96\x91] 61%",
		"[\xE2\x96\xA0\xE2\x96\xA0\xE2\x96\xA0\xE2\x96\xA1\xE2\x96\xA1] 61%",
		"\xE2\x96\x88\xE2\x96\x88\xE2\x96\x91 61%",
		"61%",
	};
	for (size_t i = 0; i < sizeof bars / sizeof bars[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Checklist\n\n## Production Readiness Score\n\n"
				       "- Features: 80%%\n\nOverall: %s\n", bars[i]);
		CHECK(r && r->n_scores == 1);
		if (r && r->n_scores == 1)
			CHECK(r->scores[0].value == 61 && r->scores[0].max == 100);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A checklist table's item is named by its first column where the
 * column of checks' words ("Production gate") comes after the status: it
 * says what the row must pass, a note ("Capability | Status | Production
 * gate"); "Check | Status" still names its rows by the check. */
PRR_TEST(import_tables25__gate_after_the_status_is_no_item_name)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Production-readiness boundary\n\n## Capability status\n\n"
		"| Capability | Status | Production gate |\n|---|---|---|\n"
		"| Finding normalization | In progress | Live client and failure handling |\n"
		"| Governance tag round-trip | Done | Maintainer review and merge |\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 2);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 2)
		CHECK_STR(r->checklists[0].items[0].text, "Finding normalization");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A finding's title keeps no circle and severity word at its end that
 * its severity holds: "#### 1. **Memory Leak in Token Mapping System**
 * 🔴 CRITICAL" is "Memory Leak in Token Mapping System", critical. */
PRR_TEST(import_tables25__trailing_severity_off_a_finding_title)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Audit\n\n## Critical issues\n\n"
		"#### 1. **Memory Leak in Token Mapping System** \xF0\x9F\x94\xB4 CRITICAL\n\n"
		"Mappings are never freed.\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].title, "Memory Leak in Token Mapping System");
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
