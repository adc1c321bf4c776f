/* test_import_verdicts19.c - verdicts and findings of living documents:
 * an author's update that changes the verdict or closes a finding, and a
 * verdict whose meaning must not depend on where its lines wrap.  Each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <stdlib.h>

/* "UPDATE 2026-03-02: … Verdict changed to **GO** …" after "**Verdict:
 * NOT READY**", and an author's dated update in a blockquote ("> **UPDATE
 * 2026-03-05 (Rosa):** … **postponed — NO-GO** …") after "**GO**": the
 * update holds now and replaces the verdict before it. */
PRR_TEST(import_verdicts19__update_replaces_the_verdict)
{
	CHECK(md_states("# Skyforge Arena \xE2\x80\x94 PRR\n\nReviewed on 2026-02-26.\n\n"
			"**Verdict: NOT READY** for the 5 March season start.\n\n"
			"UPDATE 2026-03-02: SKY-311 fix deployed and soaked 24 h. "
			"Verdict changed to **GO** for\nthe 5 March season start. "
			"\xE2\x80\x94 F.B.\n",
			PRR_LEVEL_READY,
			"Verdict changed to GO for the 5 March season start."));
	CHECK(md_states("# Beacon SSO \xE2\x80\x94 readiness review\n\n"
			"Review date: 2026-03-03\n\n## Decision\n\n"
			"**GO** for the cutover on 2026-03-07.\n\n"
			"> **UPDATE 2026-03-05 (Rosa):** the dress rehearsal broke "
			"login for 25 minutes. The\n> cutover is **postponed "
			"\xE2\x80\x94 NO-GO** until BSSO-77 is fixed.\n",
			PRR_LEVEL_NOT_READY,
			"The cutover is postponed \xE2\x80\x94 NO-GO until BSSO-77 is fixed."));
	/* "Update (name):" and "EDIT <date>:" alike */
	CHECK(md_level("# Review\n\nDate: 2026-02-26\n\n**Verdict: GO**\n\n"
		       "Update (Rosa): the rehearsal failed; we are **NOT READY**.\n") ==
	      PRR_LEVEL_NOT_READY);
	CHECK(md_level("# Review\n\nDate: 2026-02-26\n\n**Verdict: GO**\n\n"
		       "EDIT 2026-02-28: decision is NO-GO until SKY-9 is fixed.\n") ==
	      PRR_LEVEL_NOT_READY);
	/* not an update dated before the review, nor one quoted from an
	 * earlier review, nor a check that passed, nor a heading's words */
	static const char *const others[] = {
		"UPDATE 2026-02-20: rehearsal failed, **NO-GO**.\n",
		("From the 2026-02-10 review:\n\n> **UPDATE 2026-02-12:** we are "
		 "**NOT READY**.\n"),
		"UPDATE 2026-03-02: the load test **failed** once, then passed.\n",
		"Update on the Android plan: **NO-GO**.\n",
	};
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
		char doc[600];
		snprintf(doc, sizeof doc, "# Review\n\nReviewed on 2026-02-26.\n\n"
			 "**Verdict: GO** for the launch.\n\n%s", others[i]);
		CHECK(md_level(doc) == PRR_LEVEL_READY);
	}
}

/* "**Go-live decision: GO for the pilot.** Wider rollout" / "(40
 * practices) is not approved.": a line's break inside a paragraph is a
 * space; split there or not, the decision is split (partial). */
PRR_TEST(import_verdicts19__soft_break_keeps_the_split)
{
	static const char *const wraps[] = {
		("**Go-live decision: GO for the pilot.** Wider rollout\n"
		 "(40 practices) is not approved.\n"),
		("**Go-live decision: GO for the pilot.** Wider rollout "
		 "(40 practices) is not approved.\n"),
		("**Go-live decision: GO for the pilot.** Wider\n"
		 "rollout (40 practices) is not approved.\n"),
		("Go-live decision: GO for the pilot. Wider rollout\n"
		 "(40 practices) is not approved.\n"),
	};
	for (size_t i = 0; i < sizeof wraps / sizeof wraps[0]; i++) {
		char doc[400];
		snprintf(doc, sizeof doc, "# ScriptLine\n\nDate: 2026-02-25\n\n%s",
			 wraps[i]);
		CHECK(md_level(doc) == PRR_LEVEL_PARTIAL);
	}
}

/* "Status: GO for web and iOS." then, on the paragraph's next line,
 * "Android is NO-GO.": read as on one line, partial; a field on the next
 * line ("Owner: …") is a field of its own. */
PRR_TEST(import_verdicts19__status_value_next_line_part)
{
	CHECK(md_states("# Orbit SDK 3.0\n\nDate: 2026-03-04\n\n"
			"Status: GO for web and iOS.\nAndroid is NO-GO.\n",
			PRR_LEVEL_PARTIAL, "GO for web and iOS. Android is NO-GO."));
	CHECK(md_level("# Orbit SDK 3.0\n\nDate: 2026-03-04\n\n"
		       "Status: GO for web and iOS.\nOwner: the Android team is NO-GO.\n") ==
	      PRR_LEVEL_READY);
}

/* "UPDATE: panels added 2026-02-27 — done." under a finding's heading,
 * "  UPDATE: removed in theme 1.4, closed." in a finding's item: the
 * update's last clause, one closing word, closes the finding. */
PRR_TEST(import_verdicts19__update_closes_a_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Skyforge Arena \xE2\x80\x94 PRR\n\nReviewed on 2026-02-26.\n\n"
		"## Findings\n\n### SKY-322 \xE2\x80\x94 Gateway dashboards miss the "
		"sa-east-1 panels (Low)\n\nUPDATE: panels added 2026-02-27 "
		"\xE2\x80\x94 done.\n\n## Open findings\n\n"
		"- **BSSO-72 (Low)** \xE2\x80\x94 login page shows the version string.\n"
		"  UPDATE: removed in theme 1.4, closed.\n"
		"- **BSSO-70 (Medium)** \xE2\x80\x94 lockout runbook in draft.\n"
		"  UPDATE: retest pending, not closed.\n"
		"- **BSSO-71 (Low)** \xE2\x80\x94 logo blurry. Owner: Kim, closed.\n",
		&d);
	CHECK(r && !md_finding(r, "SKY-322") && !md_finding(r, "BSSO-72"));
	/* (not an update that says it is not; not a line with no update) */
	CHECK(md_finding(r, "BSSO-70") && md_finding(r, "BSSO-71"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* 50,000 update lines in one paragraph import in well under a second
 * (each line's label read once, the paragraph's value capped). */
PRR_TEST(import_verdicts19__many_update_lines)
{
	static const char line[] = "UPDATE 2026-03-02: still **NO-GO**, closed\n";
	size_t n = 50000, k = sizeof line - 1;
	const char *head = "# Review\n\nDate: 2026-02-26\n\n**Verdict: GO**\n\n"
			   "## Findings\n\n### SKY-1 \xE2\x80\x94 x (Low)\n\n";
	size_t hn = strlen(head);
	char *doc = malloc(hn + n * k + 1);
	CHECK(doc != NULL);
	if (!doc)
		return;
	memcpy(doc, head, hn);
	for (size_t i = 0; i < n; i++)
		memcpy(doc + hn + i * k, line, k);
	doc[hn + n * k] = '\0';
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY && !md_finding(r, "SKY-1"));
	prr_review_free(r);
	prr_diags_free(&d);
	free(doc);
}
