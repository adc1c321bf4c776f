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
