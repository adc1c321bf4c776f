/* test_import_findings2.c - findings, scores and blockers misread in
 * review documents of round 22: each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/figures.h"
#include "prr/rec_item.h"

/* The open finding of `r` with `id`, or NULL. */
static const prr_finding *finding(const prr_review *r, const char *id)
{
	for (size_t i = 0; r && i < r->n_findings; i++)
		if (r->findings[i].id && strcmp(r->findings[i].id, id) == 0)
			return &r->findings[i];
	return NULL;
}

/* A findings table under a heading that says they are closed is no
 * open finding; nor is a row whose "Closed" (or "Fixed on") column
 * holds a date ("| OR-187 | Critical | OOM | 2026-07-08 |"). */
PRR_TEST(import_findings2__closed_findings_table)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Orders API\n\nDate: 2026-09-14\n\n**Verdict: READY.**\n\n"
		"## Findings closed since the last review\n\n"
		"| ID | Severity | Finding | Closed |\n|---|---|---|---|\n"
		"| OR-187 | Critical | OOM on large orders | 2026-07-08 |\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Orders API\n\n## Findings\n\n"
		    "| ID | Severity | Finding | Closed |\n|---|---|---|---|\n"
		    "| OR-187 | Critical | OOM on large orders | 2026-07-08 |\n"
		    "| OR-188 | High | Leak on retry | |\n", &d);
	CHECK(r && r->n_findings == 1 && finding(r, "OR-188"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A finding the verdict makes a condition ("approved, conditional on
 * NS-41 being closed and Cost controls scoring at least 3 at the 8 June
 * follow-up") blocks: what puts off is sought in its own clause only. */
PRR_TEST(import_findings2__condition_in_the_verdict_blocks)
{
	static const struct {
		const char *verdict;
		size_t blockers;
	} cases[] = {
		{ "Go-live on 15 June is approved, conditional on NS-41 being closed "
		  "and Cost controls scoring at least 3 at the 8 June follow-up.", 1 },
		{ "Go-live is approved provided that finding NS-41 gets a fix; the "
		  "rest may follow within 30 days.", 1 },
		{ "Approved, conditional on NS-41 being closed within 90 days of "
		  "signing.", 0 },
		{ "Approved. NS-41 waits until the 8 June follow-up.", 0 },
		/* a day the condition falls due, before the launch */
		{ "CONDITIONAL GO for the 10% cohort on 19 May, provided the launch "
		  "blocker below (NS-41) is Done by Friday 15 May.", 1 },
		{ "READY, with NS-41 to be closed before 2026-06-30.", 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Warehouse\n\nDate: 2026-06-03\n\n## Findings\n\n"
			"| ID | Severity | Finding |\n|---|---|---|\n"
			"| NS-41 | Medium | No resource monitors |\n\n"
			"## Decision\n\n**%s**\n", cases[i].verdict);
		CHECK(r && r->n_findings == 1);
		if (r) {
			prr_arena a = PRR_ARENA_INIT;
			prr_scorecard s;
			prr_score_review(&s, &a, r, NULL);
			CHECK_INT((int)s.n_blockers, (int)cases[i].blockers);
			if (s.n_blockers != cases[i].blockers)
				fprintf(stderr, "  %s (verdict \"%s\")\n", cases[i].verdict,
					r->status_text ? r->status_text : "");
			prr_arena_free(&a);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* An item's own "Not a blocker." wins over a later sentence naming it;
 * a wish or a dispute reported ("Lars wanted DY-34 to be a blocker; we
 * disagreed.") makes nothing blocking; a list of one item that opens
 * with its ID in bold and rates itself is a finding as a list of two. */
PRR_TEST(import_findings2__not_a_blocker_wins)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Dockyard\n\nDate: 2026-07-28\n\n**Recommendation: ready.**\n\n"
		"## Follow-ups\n\n"
		"- **DY-33 (Medium)** \xE2\x80\x94 garbage collection is manual. "
		"Not a blocker.\n- **DY-34 (Low)** \xE2\x80\x94 metrics.\n\n"
		"Lars wanted DY-33 to be a blocker; we disagreed. Lars wanted "
		"DY-34 to be a blocker too.\n", &d);
	const prr_finding *f = finding(r, "DY-33"), *g = finding(r, "DY-34");
	CHECK(f && !f->blocking);
	CHECK(g && !g->blocking);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Dockyard\n\n## Follow-ups\n\n"
		    "- **DY-33 (Medium)** \xE2\x80\x94 garbage collection is manual.\n", &d);
	CHECK(r && r->n_findings == 1 && finding(r, "DY-33"));
	prr_review_free(r);
	prr_diags_free(&d);
	/* a sentence that says it blocks still does */
	r = md_text("# Dockyard\n\n## Follow-ups\n\n"
		    "- **DY-33 (Medium)** \xE2\x80\x94 garbage collection is manual.\n"
		    "- **DY-34 (Low)** \xE2\x80\x94 metrics.\n\n"
		    "Only DY-34 blocks launch.\n", &d);
	f = finding(r, "DY-34");
	CHECK(f && f->blocking);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A plain field in a line of fields split by " · " reads as it would on
 * a line of its own: "Rollout: 1% → 100%" and "Error budget: 38%" are no
 * score; "Readiness: 38%" still is. */
PRR_TEST(import_findings2__dotted_field_percent_is_no_score)
{
	static const struct {
		const char *line;
		size_t scores;
	} cases[] = {
		{ "Owner: Kim \xC2\xB7 Rollout: 1% \xE2\x86\x92 100%", 0 },
		{ "Owner: Kim \xC2\xB7 Error budget: 38%", 0 },
		{ "Owner: Kim \xC2\xB7 Readiness: 38%", 1 },
		{ "Owner: Kim \xC2\xB7 **Readiness score:** 7/10", 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# X review\n\nDate: 2026-08-03\n\n%s\n",
				       cases[i].line);
		CHECK(r && r->n_scores == cases[i].scores);
		if (r && r->n_scores != cases[i].scores)
			fprintf(stderr, "  %s: %zu scores\n", cases[i].line, r->n_scores);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A footnote's marker after a figure is no part of it: "7.5 / 10<sup>1</sup>"
 * is 7.5 out of 10 (not 101), "Security: 8/10[^2]" (and "8/10 [^2]",
 * "9/10<sup>3</sup>", "8/10[^2]" where "[^2]: …" defines a link) a
 * dimension. */
PRR_TEST(import_findings2__footnote_after_a_figure)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Courier\n\nDate: 2026-06-09\n\n"
				"**Readiness score:** 7.5 / 10<sup>1</sup>\n\n"
				"<sup>1</sup> Mean of the five reviewers' scores.\n", &d);
	CHECK(r && r->n_scores == 1 && r->scores[0].max == 10 && r->scores[0].value == 7.5);
	prr_review_free(r);
	prr_diags_free(&d);
	static const char *const docs[] = {
		"# X\n\nDate: 2026-06-09\n\n## Scores\n\n- Security: 8/10[^2]\n"
		"- Privacy: 9/10<sup>3</sup>\n- Reliability: 7/10 [^r]\n",
		"# X\n\nDate: 2026-06-09\n\n## Scores\n\n- Security: 8/10[^2]\n"
		"- Privacy: 9/10<sup>3</sup>\n- Reliability: 7/10 [^r]\n\n[^2]: y\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		r = md_text(docs[i], &d);
		CHECK(r && r->n_dimensions == 3);
		for (size_t k = 0; r && k < r->n_dimensions; k++)
			CHECK(r->dimensions[k].max == 10);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* An item of a list of marks, marked not done, that names its ID rated in
 * parentheses is a finding (and stays an item of the checklist): "- ❌
 * Cache stampede protection — GC-7 (High, blocking): …" is GC-7, high,
 * blocking; "- ⚠️ Runbook: eviction section missing (GC-8, Low)" GC-8,
 * low; not an item ticked done, nor "(Low)" without an ID. */
PRR_TEST(import_findings2__marked_item_with_a_rated_id)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# PRR: geo-cache \xE2\x80\x94 2 July 2026\n\n**Verdict: not ready.**\n\n"
		"- \xE2\x9C\x85 Load test: 2x peak (GC-6, Low)\n"
		"- \xE2\x9D\x8C Cache stampede protection \xE2\x80\x94 GC-7 (High, "
		"blocking): a cold start sends every\n  miss to the geocoder\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F Runbook: eviction section missing (GC-8, Low)\n"
		"- \xE2\x9D\x8C Alerts on hit rate (Low)\n", &d);
	const prr_finding *f = finding(r, "GC-7"), *g = finding(r, "GC-8");
	CHECK(r && r->n_findings == 2 && r->n_checklists == 1);
	CHECK(f && f->severity == PRR_SEV_HIGH && f->blocking &&
	      strcmp(f->title, "Cache stampede protection") == 0);
	CHECK(g && g->severity == PRR_SEV_LOW && !g->blocking);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "PS-12" is an ID ("PS256", "RS-512" of signing algorithms are not),
 * and "Blockiert Go-live: Ja" under a finding's heading says it blocks. */
PRR_TEST(import_findings2__ps_id_and_german_blocking_field)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\nDate: 2026-10-14\n\n## Offene Punkte\n\n"
		"### PS-12 \xE2\x80\x94 SFTP files not encrypted at rest\n\n"
		"- **Schweregrad:** Hoch\n- **Blockiert Go-live:** Ja\n"
		"- Files wait on the SFTP server.\n", &d);
	const prr_finding *f = finding(r, "PS-12");
	CHECK(r && r->n_findings == 1);
	CHECK(f && f->severity == PRR_SEV_HIGH && f->blocking &&
	      strcmp(f->title, "SFTP files not encrypted at rest") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	size_t at, len;
	CHECK(prr_rec_finding_id("PS-12 SFTP", 10, &at, &len) && at == 0 && len == 5);
	CHECK(!prr_rec_finding_id("PS256 signing", 13, &at, &len));
	CHECK(!prr_rec_finding_id("RS-512 keys", 11, &at, &len));
}

/* A week or a quarter the verdict names ("starting W25 (15 June)") is
 * no finding's ID prr fails to hold: a GO with no blockers said "none
 * listed; see the verdict" (round 20's otel cut-over).  An ID still is. */
PRR_TEST(import_findings2__a_week_in_the_verdict_is_no_id)
{
	static const struct {
		const char *verdict;
		bool unlisted;
	} cases[] = {
		{ "GO for cut-over of all production clusters, starting W25 (15 June), "
		  "in the order below.", false },
		{ "GO for the EU rollout in Q3 and the US in KW40.", false },
		{ "NO-GO until ORD-12 lands.", true },
		{ "GO, with ORD-12 still open.", true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Cut-over\n\nDate: 2026-06-03\n\n"
					   "## Decision\n\n**%s**\n", cases[i].verdict);
		CHECK(r && r->status_text);
		if (r) {
			prr_arena a = PRR_ARENA_INIT;
			prr_scorecard s;
			prr_score_review(&s, &a, r, NULL);
			CHECK(prr_score_verdict_unlisted(&s) == cases[i].unlisted);
			if (prr_score_verdict_unlisted(&s) != cases[i].unlisted)
				fprintf(stderr, "  case %zu: %s\n", i, cases[i].verdict);
			prr_arena_free(&a);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
