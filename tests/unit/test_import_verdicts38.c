/* test_import_verdicts38.c - verdicts the importer misread in public
 * review documents (round 38): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_verdict.h"

/* The level and status text `text` is imported with. */
static prr_level level_of(const char *text, const char **status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	prr_level l = r ? r->level : PRR_LEVEL_COUNT;
	static char kept[200];
	kept[0] = 0;
	if (r && r->status_text)
		snprintf(kept, sizeof kept, "%s", r->status_text);
	if (status)
		*status = kept;
	prr_review_free(r);
	prr_diags_free(&d);
	return l;
}

/* "### Is it ready to ship?" answered by "**API**: ✅ **YES**": a part's
 * answer, not the review's ("**Answer:** Yes" is the review's). */
PRR_TEST(import_verdicts38__a_part_answers_for_itself)
{
	const char *st;
	CHECK(level_of("# Shop release review\n\n## Bottom line\n\n"
		       "### Is it ready to ship?\n\n**API**: \xE2\x9C\x85 **YES - fully ready**\n"
		       "**Web app**: \xE2\x9A\xA0\xEF\xB8\x8F **half done - needs a month**\n",
		       &st) != PRR_LEVEL_READY);
	CHECK(level_of("# Shop release review\n\n## Bottom line\n\n"
		       "### Is it ready to ship?\n\n**Answer:** Yes, ready to ship.\n",
		       NULL) == PRR_LEVEL_READY);
}

/* A go "after" a step still to take, in -ing ("after uploading the
 * package"), is conditional; "After running the suite, it is ready"
 * tells what was done.  "Ready to publish" is a go; "once …" makes it
 * conditional. */
PRR_TEST(import_verdicts38__ready_after_a_step_is_conditional)
{
	static const struct {
		const char *s;
		prr_level l;
	} cases[] = {
		{ "The tool is FULLY READY for the plugin registry after uploading the package!", PRR_LEVEL_PARTIAL },
		{ "After running the suite, the service is ready.", PRR_LEVEL_READY },
		{ "Ready to publish.", PRR_LEVEL_READY },
		{ "Ready to publish once the release gate is green.", PRR_LEVEL_PARTIAL },
		{ "\xD0\x93\xD0\x9E\xD0\xA2\xD0\x9E\xD0\x92 \xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5 "
		  "\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8", PRR_LEVEL_PARTIAL },
		/* ready for a test or a review of production: no approval */
		{ "Ready for Production Testing", PRR_LEVEL_UNKNOWN },
		{ "Ready for production review", PRR_LEVEL_UNKNOWN },
		{ "Ready for production", PRR_LEVEL_READY },
		/* a go for client demos is none for production */
		{ "The portal is now ready for customer demos.", PRR_LEVEL_NOT_READY },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK(prr_rec_verdict(cases[i].s, strlen(cases[i].s), NULL, NULL) ==
		      cases[i].l);
	CHECK(level_of("# Shop review\n\n**Status:** Ready for Production Testing\n\n"
		       "## Checklist\n\n- [ ] Backups tested\n", NULL) == PRR_LEVEL_UNKNOWN);
}

/* "If any gate is FAIL, the release is NOT ready." states a rule, not the
 * verdict: the verdict under "### Current verdict" is read. */
PRR_TEST(import_verdicts38__a_rule_is_no_verdict)
{
	const char *st;
	CHECK(level_of("# Core v2 readiness\n\n> **If any gate is FAIL, the release is "
		       "NOT ready to ship.**\n\n## 5. Final gate: GO / NO-GO\n\n"
		       "### Current verdict\n\n> **GO** \xE2\x80\x94 all gates ran and passed.\n",
		       &st) == PRR_LEVEL_READY);
	CHECK(strncmp(st, "GO", 2) == 0);
	/* a condition on one thing is a go foreseen, as before */
	CHECK(prr_rec_verdict("If PAY-7 lands, the service is ready.", 37, NULL, NULL) ==
	      PRR_LEVEL_PARTIAL);
}

/* "**Status:** Stage 4 launch matrix — documentation only, pending
 * review": the document's state, not the system's; the decision below
 * is read. */
PRR_TEST(import_verdicts38__a_document_state_is_no_verdict)
{
	const char *st;
	CHECK(level_of("# Site launch\n\n**Status:** Stage 4 go/no-go matrix \xE2\x80\x94 "
		       "documentation only, pending review\n\n## Decision\n\n"
		       "**Help centre content launch: No-go.**\n", &st) == PRR_LEVEL_NOT_READY);
	CHECK(strstr(st, "Help centre") != NULL);
	CHECK(level_of("# Site launch\n\n**Status:** pending review\n", NULL) ==
	      PRR_LEVEL_NOT_READY);
}

/* A status after a rule near the end, below the last section's heading
 * ("## After launch" … "---" then "**Status:** 🟢 READY FOR LAUNCH"):
 * the document's; two sentences, or the review's own state, are not. */
PRR_TEST(import_verdicts38__a_status_set_apart_at_the_end)
{
	const char *st;
	static const char head[] = "# App launch check\n\n## Commits\n\n**Branch:** feat/y\n\n"
				   "## After launch\n\n- [ ] Watch the logs\n\n---\n\n";
	char doc[400];
	snprintf(doc, sizeof doc, "%s**Status:** \xF0\x9F\x9F\xA2 READY FOR LAUNCH\n\n"
		 "Signed, the QA lead.\n", head);
	CHECK(level_of(doc, &st) == PRR_LEVEL_READY);
	snprintf(doc, sizeof doc, "%s**Status:** App is production-ready. Hosting setup "
		 "needed before launch.\n", head);
	CHECK(level_of(doc, NULL) != PRR_LEVEL_READY);
	snprintf(doc, sizeof doc, "%s**Review Status:** \xE2\x9C\x85 COMPLETE\n", head);
	CHECK(level_of(doc, NULL) != PRR_LEVEL_READY);
}

/* "| # | Area | Verdict |" rows are the areas' own states: no verdict
 * of the document made of them ("2: PARTIAL; 4: PARTIAL"). */
PRR_TEST(import_verdicts38__area_rows_are_no_decision)
{
	const char *st;
	level_of("# Shop launch audit\n\n## Summary\n\n| # | Area | Verdict | Note |\n"
		 "|---|---|---|---|\n| 1 | Hosting | **YES** | ok |\n"
		 "| 2 | DNS | **PARTIAL** | todo |\n| 3 | Login | **YES** | ok |\n"
		 "| 4 | Files | **PARTIAL** | untested |\n", &st);
	CHECK(!strstr(st, "2: PARTIAL"));
}

/* "Recorded 2026-07-15. This is a record …" dates the review;
 * "## Conclusion" then "The portal is now ready for customer demos
 * with:" and a list: that go, for demos only, is read. */
PRR_TEST(import_verdicts38__recorded_day_and_a_lead_in_go_for_demos)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# v2 release report\n\nRecorded 2026-07-15. This is a "
				   "snapshot of what we checked.\n\n## Verdict\n\nReady to publish "
				   "once the last gate is green.\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-07-15") == 0);
	CHECK(r && r->level == PRR_LEVEL_PARTIAL);
	prr_review_free(r);
	prr_diags_free(&d);
	CHECK(level_of("# Portal report\n\n## Conclusion\n\nThe portal is now ready for "
		       "customer demos with:\n\n1. **Speed**: pages load fast\n", NULL) ==
	      PRR_LEVEL_NOT_READY);
	/* a go that leads into conditions is still none */
	CHECK(level_of("# Portal report\n\n## Conclusion\n\nBefore we call it "
		       "production-ready:\n\n1. Load test\n", NULL) == PRR_LEVEL_UNKNOWN);
}

/* "## Заключение" (Conclusion) closes a document: its "**Статус:
 * ГОТОВО К ПРОИЗВОДСТВУ**", far from the top, is the verdict. */
PRR_TEST(import_verdicts38__russian_conclusion_closes)
{
	char doc[1200];
	size_t k = (size_t)snprintf(doc, sizeof doc, "# Report\n\n## Checks\n\n");
	for (int i = 0; i < 25; i++)
		k += (size_t)snprintf(doc + k, sizeof doc - k, "- \xE2\x9C\x85 item %d\n", i);
	snprintf(doc + k, sizeof doc - k,
		 "\n## \xD0\x97\xD0\xB0\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87\xD0\xB5\xD0\xBD"
		 "\xD0\xB8\xD0\xB5\n\n- \xE2\x9C\x85 Logs kept\n\n"
		 "**\xD0\xA1\xD1\x82\xD0\xB0\xD1\x82\xD1\x83\xD1\x81: \xD0\x93\xD0\x9E\xD0\xA2"
		 "\xD0\x9E\xD0\x92\xD0\x9E \xD0\x9A \xD0\x9F\xD0\xA0\xD0\x9E\xD0\x98\xD0\x97"
		 "\xD0\x92\xD0\x9E\xD0\x94\xD0\xA1\xD0\xA2\xD0\x92\xD0\xA3**\n");
	CHECK(level_of(doc, NULL) == PRR_LEVEL_READY);
}
