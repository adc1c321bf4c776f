/* test_import_tables24.c - tables, lists and scores of review documents
 * misread before round 24: a test's columns and its retest's, summaries
 * by area, suites by platform, a German overall column, lists of an
 * earlier state, shares of work left, scores then and now, a later
 * phase's requirements, a score said "at retest".  Each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_score.h"

#include <string.h>

/* The names of r's components, joined by '|', into out (256 bytes). */
static const char *comp_names(const prr_review *r, char *out)
{
	size_t n = 0;
	out[0] = 0;
	for (size_t i = 0; r && i < r->n_components && n < 200; i++)
		n += (size_t)snprintf(out + n, 256 - n, "%s%s", i ? "|" : "",
				      r->components[i].name);
	return out;
}

/* "Area | Initial | Retest" of marks: the test and its retest are two
 * rounds of the same checks, the areas; the last round's column is each
 * area's status now, the first a record ("First run | Re-run", "First
 * pass | Second pass" too).  No component is named "Initial" or
 * "Retest"; "## Retest coverage" names none either. */
PRR_TEST(import_tables24__retest_columns_are_rounds)
{
	static const char *const heads[] = { "Initial | Retest",
		"First run | Re-run", "Initial test | Re-test",
		"First pass | Second pass", "Initial | Final" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Pen test retest\n\n## Retest coverage\n\n"
			"| Area | %s |\n|---|---|---|\n"
			"| Web app | \xE2\x9D\x8C | \xE2\x9C\x85 |\n"
			"| Cloud | \xE2\x9C\x85 | \xE2\x9A\xA0\xEF\xB8\x8F |\n",
			heads[i]);
		char names[256];
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1) {
			const prr_component *c = &r->components[0];
			CHECK_STR(comp_names(r, names), "Pen test retest");
			CHECK(c->n_checks == 2);
			CHECK(c->n_checks == 2 && c->checks[0].status == PRR_PASS &&
			      c->checks[1].status == PRR_PARTIAL);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "## Summary by area" (French "## Synthèse par domaine") over "Area |
 * Status | Comment" says how the review is laid out, as "## Status by
 * area" does: it names no component, the title does. */
PRR_TEST(import_tables24__summary_by_area_names_no_part)
{
	static const char *const heads[] = { "Summary by area",
		"Synth\xC3\xA8se par domaine", "Summary per service" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Billing readiness\n\n## %s\n\n"
			"| Area | Status | Comment |\n|---|---|---|\n"
			"| Operations | \xF0\x9F\x9F\xA2 | Monitoring in place |\n"
			"| Archiving | \xF0\x9F\x94\xB4 | No timestamps |\n",
			heads[i]);
		char names[256];
		CHECK_STR(comp_names(r, names), "Billing readiness");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "Suite | linux/amd64 | linux/arm64" (or "Scenario | Staging | Prod"):
 * the suites are what each platform or environment is checked by, as a
 * "Check | iOS | Android" matrix's rows; the columns are the parts, the
 * suites no component. */
PRR_TEST(import_tables24__suites_by_platform_are_checks)
{
	static const char *const docs[] = {
		"| Suite | linux/amd64 | darwin/arm64 |\n|---|---|---|\n"
		"| Unit | \xE2\x9C\x85 | \xE2\x9C\x85 |\n"
		"| Soak 24 h | \xE2\x9D\x8C | \xE2\x9C\x85 |\n",
		"| Scenario | Staging | Prod |\n|---|---|---|\n"
		"| Unit | \xE2\x9C\x85 | \xE2\x9C\x85 |\n"
		"| Soak 24 h | \xE2\x9D\x8C | \xE2\x9C\x85 |\n",
	};
	static const char *const want[] = { "linux/amd64|darwin/arm64",
		"Staging|Prod" };
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# GA readiness\n\n## Test matrix\n\n%s",
				       docs[i]);
		char names[256];
		CHECK_STR(comp_names(r, names), want[i]);
		CHECK(r && r->n_components == 2 && r->components[0].n_checks == 2 &&
		      r->components[0].checks[1].status == PRR_FAIL);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "Komponente | Funktionalität | Betrieb | Sicherheit | Gesamt": the
 * last column is each component's overall status, as "Overall" is, no
 * category of checks ("Total", "Global", "Général" too); a column of
 * counts so headed is no status. */
PRR_TEST(import_tables24__gesamt_is_the_overall)
{
	static const char *const words[] = { "Gesamt", "Total", "Global",
		"G\xC3\xA9n\xC3\xA9ral" };
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Freigabe\n\n| Komponente | Funktion | Betrieb | "
			"Sicherheit | %s |\n|---|---|---|---|---|\n"
			"| kasse-api | \xE2\x9C\x85 | \xE2\x9C\x85 | \xE2\x9D\x8C | \xE2\x9D\x8C |\n"
			"| job | \xE2\x9C\x85 | \xE2\x9C\x85 | \xE2\x9C\x85 | \xE2\x9C\x85 |\n",
			words[i]);
		CHECK(r && r->n_components == 2);
		if (r && r->n_components == 2) {
			CHECK(r->components[0].n_checks == 3);
			CHECK(r->components[0].status == PRR_FAIL);
			CHECK(r->components[1].status == PRR_PASS);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* counts: a tally, no status */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Freigabe\n\n| Komponente | Funktion | Betrieb | Gesamt |\n"
		"|---|---|---|---|\n"
		"| kasse-api | \xE2\x9C\x85 | \xE2\x9D\x8C | 1/2 |\n"
		"| job | \xE2\x9C\x85 | \xE2\x9C\x85 | 2/2 |\n", &d);
	CHECK(r && r->n_components == 2 && r->components[0].status == PRR_UNKNOWN);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A list under a heading that names the state before ("### Before the
 * improvements:", "### Antes de las mejoras:", "### Before (Critical
 * Vulnerabilities)", "### Vorher") is history kept for comparison, as an
 * earlier review's section is: no checklist of failing items, no
 * findings; the "After" list is read.  "### Before Production" (what must
 * hold before a step ahead) is read. */
PRR_TEST(import_tables24__before_state_lists_are_history)
{
	static const char *const heads[] = { "Before the improvements:",
		"Antes de las mejoras:", "Before (Critical Vulnerabilities)",
		"Vorher" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Echo\n\n## Success metrics\n\n### %s\n"
			"- \xE2\x9D\x8C Health endpoint: not implemented\n"
			"- \xE2\x9D\x8C Helmet: not enabled\n\n"
			"### After:\n- \xE2\x9C\x85 Health endpoint: implemented\n"
			"- \xE2\x9C\x85 Helmet: enabled\n", heads[i]);
		CHECK(r && r->n_checklists == 1 && r->n_findings == 0);
		if (r && r->n_checklists == 1)
			CHECK(r->checklists[0].n_items == 2 &&
			      r->checklists[0].items[0].status == PRR_PASS);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Echo\n\n### Before Production\n"
				"- [ ] Enable backups\n- [x] Add alerts\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Remaining work (13%)" is the share of work left, no score of a
 * dimension "Remaining work" (nor the review's 1.3 / 10 from it); "##
 * Work completed (87%)", "## Trabajo pendiente (13%)" the same.  "##
 * Security (80%)" is still a dimension. */
PRR_TEST(import_tables24__share_of_work_is_no_score)
{
	static const char *const heads[] = { "Remaining work (13%)",
		"Work completed (87%)", "Trabajo pendiente (13%)",
		"Outstanding items: 13%" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# SmartQueue production readiness\n\n## %s\n\n"
			"- [ ] Production configuration\n", heads[i]);
		CHECK(r && r->n_dimensions == 0 && r->n_scores == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# SmartQueue production readiness\n\n"
				"## Security (80%)\n\nFine.\n", &d);
	CHECK(r && r->n_dimensions == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**Puntuación:**" over "- **Antes:** 7/10" and "- **Ahora:** 9.5/10":
 * the first is the score before, dropped (as "Before: 7/10" is), the
 * second the score now, the review's (no dimensions "Antes" and "Ahora"
 * averaged to 8.3); under a section that names a part it is that part's,
 * under a question of readiness the review's. */
PRR_TEST(import_tables24__score_then_and_now)
{
	static const char *const lists[] = {
		"**Puntuaci\xC3\xB3n:**\n- **Antes:** 7/10 (faltaban cosas)\n"
		"- **Ahora:** 9.5/10 \xE2\xAD\x90\n",
		"**Score:**\n- **Before:** 7/10 (critical things missing)\n"
		"- **Now:** 9.5/10\n",
		"**Score:**\n- **Was:** 7/10\n- **Jetzt:** 9.5/10\n",
		"### Is it ready for production?\n\n**Yes.**\n\n**Score:**\n"
		"- **Previously:** 7/10\n- **Now:** 9.5/10\n",
	};
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Echo\n\n%s", lists[i]);
		CHECK(r && r->n_dimensions == 0 && r->n_scores == 1);
		if (r && r->n_scores == 1)
			CHECK(r->scores[0].value == 9.5 && r->scores[0].max == 10);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Echo\n\n## Security\n\n- **Before:** 5/10\n"
				"- **Now:** 8/10\n", &d);
	CHECK(r && r->n_dimensions == 1 && r->n_scores == 0);
	if (r && r->n_dimensions == 1)
		CHECK(strcmp(r->dimensions[0].name, "Security") == 0 &&
		      r->dimensions[0].score == 8);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Security posture score: **64/100** at retest.": after a score word, a
 * figure followed by when it holds (at, as of, after, since, on …) is
 * still the score; a word that counts ("9/10 criteria") still makes no
 * score. */
PRR_TEST(import_tables24__score_at_retest)
{
	static const char *const lines[] = {
		"Security posture score: **64/100** at retest.",
		"Readiness score: 64/100 as of today.",
		"Overall score: **64/100** after the fixes.",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# T \xE2\x80\x94 Pen Test Retest\n\n%s\n",
				       lines[i]);
		CHECK(r && r->n_scores == 1 && r->scores[0].value == 64 &&
		      r->scores[0].max == 100);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_score_hit h;
	const char *s = "Score: 9/10 criteria met";
	CHECK(!prr_rec_score(s, strlen(s), &h));
}

/* "**Requirements:**" over "- ✅ Token mapping leak fixed" under "###
 * Phase 2: 1000-2000 Users (6 months)" of "## Scaling Roadmap": what a
 * later phase will need, no item done (no checklist); under "### Phase
 * 1 (Current)" or outside a roadmap the list is read as before. */
PRR_TEST(import_tables24__later_phase_requirements_not_done)
{
	static const char *const doc =
		"# Auth at scale\n\n## %s\n\n### Phase 2: 1000-2000 Users (6 months)\n\n"
		"**Requirements:**\n\n- \xE2\x9C\x85 Token mapping leak fixed\n"
		"- \xE2\x9C\x85 Cache monitoring implemented\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_fmt(&d, doc, "Scaling Roadmap");
	CHECK(r && r->n_checklists == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* not under a plan: the marks are read */
	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_fmt(&d, doc, "Results");
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 2 &&
	      r->checklists[0].items[0].status == PRR_PASS);
	prr_review_free(r);
	prr_diags_free(&d);
	/* the current phase's */
	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Auth at scale\n\n## Roadmap\n\n### Phase 1: 0-1000 Users (Current)\n\n"
		    "**Requirements:**\n\n- \xE2\x9C\x85 Monitoring deployed\n"
		    "- \xE2\x9C\x85 Alerts routed\n", &d);
	CHECK(r && r->n_checklists == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}
