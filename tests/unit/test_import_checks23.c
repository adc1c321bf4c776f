/* test_import_checks23.c - what the importer reads of votes and of
 * questions answered, in layouts found by review documents written by
 * other teams (round 34: go/no-go minutes, ORR question sheets, FMEA
 * status lists): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A column headed "Vote" holds votes, whoever its rows name ("Function
 * | Delegate | Vote", "Area | Name | Vote"): a record kept as a table,
 * no checklist or component of the voters ("no objection" is no
 * failing check), and the decision under it is still the verdict. */
PRR_TEST(import_checks23__vote_column_is_a_record)
{
	static const char *const heads[] = { "Function | Delegate", "Area | Name" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Go/No-Go meeting\n\nMeeting held: "
			"12 May 2026\n\n## Roll call\n\n| %s | Vote | Note |\n"
			"|---|---|---|---|\n| Ops | Sam | GO | |\n"
			"| Security | Ines | NO-GO until BIL-88 is fixed | |\n"
			"| Legal | Arjun (written) | no objection | |\n\n"
			"**Decision: NO-GO for the June cycle.**\n", heads[i]);
		CHECK(r && r->n_checklists == 0 && r->n_components == 0 &&
		      r->n_tables == 1);
		CHECK(r && r->level == PRR_LEVEL_NOT_READY && r->status_text &&
		      strcmp(r->status_text, "NO-GO for the June cycle.") == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A list under a heading of votes ("## Roll call", "## Votes") is the
 * votes cast ("- Security: NO-GO until …", "- Product: abstain"), the
 * narrative's: no checklist of the voters. */
PRR_TEST(import_checks23__votes_listed_are_no_checklist)
{
	static const char *const heads[] = { "Roll call", "Votes", "Panel voting" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Go/no-go\n\nMeeting held: 12 May 2026\n\n"
			"## %s\n\n- Ops: GO\n- SRE: GO\n- Finance: GO\n"
			"- Security: NO-GO until BIL-88 is fixed\n- Product: abstain\n",
			heads[i]);
		CHECK(r && r->n_checklists == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a checklist under another heading is one still */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# R\n\nDate: 2026-05-12\n\n## Gates\n\n"
		"- Ops: GO\n- Security: NO-GO\n", &d);
	CHECK(r && r->n_checklists == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* An ORR's bank of questions by their numbers ("# | Question | Answer |
 * Comment") is a check per question answered: Yes a pass, No a fail,
 * Partial partial, N/A not applicable, as "# | Check | Status" is (the
 * answer's first words before a parenthesis too: "Yes (18 March)"); the
 * answer stays in the note.  A question put so that no is good ("Is
 * there a single point of failure …?") or an answer of no word ("—") is
 * judged by none: the table is kept whole then too. */
PRR_TEST(import_checks23__numbered_questions_answered_are_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# ORR\n\nORR session: 17 March 2026\n\n"
		"## 4. Deployment and rollback\n\n"
		"| # | Question | Answer | Comment |\n|---|---|---|---|\n"
		"| 4.1 | Is every deployment automated through the pipeline? | Yes | Argo CD |\n"
		"| 4.3 | Can a schema migration be rolled back without data loss? | No | ORD-318 |\n"
		"| 4.5 | Has a full rollback to v2 been rehearsed in staging? | Partial | planned |\n"
		"| 4.6 | Is tracing enabled end to end? | N/A | not offered |\n"
		"| 4.7 | Has a failover been tested? | Yes (18 March) | |\n", &d);
	static const prr_status want[] = { PRR_PASS, PRR_FAIL, PRR_PARTIAL, PRR_NA,
					   PRR_PASS };
	CHECK(r && r->n_checklists == 1 && r->n_tables == 0);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 5) {
		for (size_t i = 0; i < 5; i++)
			CHECK_INT(r->checklists[0].items[i].status, want[i]);
		CHECK_STR(r->checklists[0].items[0].text,
			  "Is every deployment automated through the pipeline?");
		CHECK_STR(r->checklists[0].items[0].note, "Answer: Yes; Comment: Argo CD");
	} else {
		CHECK(!"five items");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* no good answered "No" is a fail; the table is kept */
	r = md_text("# ORR\n\nDate: 2026-03-17\n\n## 1. Architecture\n\n"
		"| # | Question | Answer |\n|---|---|---|\n"
		"| 1.1 | Is there an architecture diagram? | Yes |\n"
		"| 1.6 | Is there a single point of failure in the write path? | No |\n"
		"| 1.7 | Are there alerts without an owner? | No |\n"
		"| 1.8 | Has a threat model been reviewed? | \xE2\x80\x94 |\n", &d);
	CHECK(r && r->n_checklists == 1 && r->n_tables == 1);
	if (r && r->n_checklists == 1) {
		CHECK_INT(r->checklists[0].n_items, 1);
		CHECK_INT(r->checklists[0].items[0].status, PRR_PASS);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A question answered in words is judged only where yes is good: one
 * that asks whether a harm is there ("**Q3.** Is there a single point of
 * failure in the write path?" / "**A:** No — 3 replicas", "Does the
 * write path have a bottleneck?") is not, and its "No" is no fail; a
 * harm asked of otherwise is ("Have all single points of failure been
 * identified?", "Is the failure rate monitored?"), and so is a harm done
 * without ("rolled back without data loss"). */
PRR_TEST(import_checks23__questions_after_a_harm_judge_nothing)
{
	static const struct {
		const char *q;
		int status; /* -1: not judged */
	} cases[] = {
		{ "Is there a single point of failure in the write path?", -1 },
		{ "Does the write path have a bottleneck?", -1 },
		{ "Are there alerts without an owner or runbook?", -1 },
		{ "Have all single points of failure been identified?", PRR_FAIL },
		{ "Is the token validation failure rate monitored?", PRR_FAIL },
		{ "Can it be rolled back without data loss?", PRR_FAIL },
		{ "Is there a runbook?", PRR_FAIL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# ORR\n\nDate: 2026-10-27\n\n## C. Observability\n\n"
			"**Q1.** Are SLOs defined?\n**A:** Yes \xE2\x80\x94 99.99%%.\n\n"
			"**Q2.** %s\n**A:** No \xE2\x80\x94 the relay runs 3 replicas.\n",
			cases[i].q);
		size_t want = cases[i].status < 0 ? 1 : 2;
		CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == want);
		if (r && r->n_checklists == 1 && r->checklists[0].n_items == 2)
			CHECK_INT(r->checklists[0].items[1].status, cases[i].status);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A question in bold after its number, its answer the next line
 * ("**A1. Is the service deployed across three zones?**" / "Yes — 9
 * pods"), is a question answered as "**Q1.** …" / "**A:** Yes" is. */
PRR_TEST(import_checks23__numbered_bold_question_answered_below)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# ORR: keystone-sts\n\nORR date: 2026-10-27\n\n"
		"## A. Resilience\n\n"
		"**A1. Is the service deployed across three availability zones?**\n"
		"Yes \xE2\x80\x94 9 pods, topology spread constraints.\n\n"
		"**A5. Is there any dependency that is not covered by a timeout?**\n"
		"No \xE2\x80\x94 all five outbound calls have deadlines.\n\n"
		"**A6. Has the key rotation procedure been rehearsed?**\n"
		"No \xE2\x80\x94 rehearsal in staging failed.\n", &d);
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 2) {
		CHECK_INT(r->checklists[0].items[0].status, PRR_PASS);
		CHECK_INT(r->checklists[0].items[1].status, PRR_FAIL);
		CHECK_STR(r->checklists[0].items[1].text,
			  "A6. Has the key rotation procedure been rehearsed?");
	} else {
		CHECK(!"two items");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A status said after an item's title inside its bold ("2. **Line 4 —
 * not started.** The registry team …") is read as without the bold
 * ("3. Line 4b — not started. …"): pending, the rest its note. */
PRR_TEST(import_checks23__status_inside_the_bold)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Telemetry ingest FMEA\n\nDate: 2026-02-19\n\n"
		"## Status of the mitigations\n\n"
		"1. Line 1 \xE2\x80\x94 done, deployed in ingest 1.8.0.\n"
		"2. **Line 4 \xE2\x80\x94 not started.** The registry team cannot ship "
		"CDC before April.\n"
		"3. **Line 9 \xE2\x80\x94 Checkout.** Planned for May.\n", &d);
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 3) {
		const prr_checkitem *it = r->checklists[0].items;
		CHECK_INT(it[0].status, PRR_PASS);
		CHECK_STR(it[1].text, "Line 4");
		CHECK_INT(it[1].status, PRR_PENDING);
		CHECK(it[1].note && strstr(it[1].note, "registry team"));
		/* (a word in the bold that is no status says none) */
		CHECK_INT(it[2].status, PRR_UNKNOWN);
	} else {
		CHECK(!"three items");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
