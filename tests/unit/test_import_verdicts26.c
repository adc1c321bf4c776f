/* test_import_verdicts26.c - verdicts misread in real review documents
 * (realdocs3, realdocs4): a negation over "fully", a choice among options,
 * a command's name in code, a finding's ID in bold, a threshold's level,
 * examples' headings, a status of work in progress.  Each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_verdict.h"

/* A negator reaches over a filler ("fully", "quite", "yet") to the
 * verdict word: "I would not call it fully production-ready" is not
 * ready, as "… not call it production-ready" is. */
PRR_TEST(import_verdicts26__not_call_it_fully)
{
	static const struct md_want w[] = {
		{ "# Inventory System Readiness Review\n\nDate: 2026-06-18\n\n"
		  "## Short Answer\n\nIt has a strong feature base, but I would "
		  "**not call it fully production-ready**\nuntil a few important "
		  "gaps are addressed.\n",
		  PRR_LEVEL_NOT_READY, "It has a strong feature base, but I would "
		  "not call it fully production-ready until a few important gaps "
		  "are addressed." },
		{ "# Review\n\nDate: 2026-06-18\n\n## Short Answer\n\n"
		  "I would **not consider it quite production-ready**.\n",
		  PRR_LEVEL_NOT_READY, "I would not consider it quite production-ready." },
		{ "# Review\n\nDate: 2026-06-18\n\n## Short Answer\n\n"
		  "It is **fully production-ready**.\n",
		  PRR_LEVEL_READY, "It is fully production-ready." },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	CHECK(prr_rec_verdict("not call it fully ready", 23, NULL, NULL) ==
	      PRR_LEVEL_NOT_READY);
}

/* "Go with Option 1" chooses among options: no go-ahead, and no verdict
 * over the Assessment's "NOT READY"; "GO with conditions" is still one. */
PRR_TEST(import_verdicts26__go_with_an_option)
{
	static const struct md_want w[] = {
		{ "# Crawler readiness review\n\n**Date:** April 8, 2026\n"
		  "**Assessment:** NOT READY FOR ANY TESTING\n\n## Integration failures\n\n"
		  "### ROMovementEngine incompatible with CrawlerAuto\n\n"
		  "**Recommendation:** Go with Option 1 \xE2\x80\x94 refactor the engine "
		  "to be a helper, not an OpMode.\n",
		  PRR_LEVEL_NOT_READY, "NOT READY FOR ANY TESTING" },
		{ "# Review\n\nDate: 2026-06-18\n\n## Recommendation\n\n"
		  "**Recommendation:** We go with the second approach.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Review\n\nDate: 2026-06-18\n\n## Recommendation\n\n"
		  "**Recommendation:** GO with conditions.\n",
		  PRR_LEVEL_PARTIAL, "GO with conditions." },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* A verdict word in code inside a sentence is a name ("`ship` closes
 * tasks"), unless in capitals ("`NO-GO`"); a line in bold that opens with
 * a finding's ID and a dash is a finding, not a verdict. */
PRR_TEST(import_verdicts26__code_name_and_bold_finding)
{
	static const struct md_want w[] = {
		{ "# dacli Readiness Review\n\n**Date:** 2026-07-27\n\n## Findings\n\n"
		  "**A6 \xE2\x80\x94 `ship` closes tasks before integrating. HIGH.** "
		  "A later conflict aborts,\nbut the tasks are already `done` on disk "
		  "and are never reopened.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Review\n\n**Date:** 2026-07-27\n\n## Findings\n\n"
		  "**A7 \xE2\x80\x94 the gateway is ready. HIGH.** It is not.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Review\n\nDate: 2026-07-27\n\n## Decision\n\n"
		  "The decision is `NO-GO` because gates 1 and 4 fail.\n",
		  PRR_LEVEL_NOT_READY, "The decision is `NO-GO` because gates 1 and 4 fail." },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	CHECK(prr_rec_verdict("Run `ship` now", 14, NULL, NULL) == PRR_LEVEL_UNKNOWN);
	CHECK(prr_rec_verdict("`go`", 4, NULL, NULL) == PRR_LEVEL_READY);
}

/* A rule that maps a threshold to a level ("Score >= 8.0 = Production
 * Ready", "≥ 80 → GO", "90–100 = Ready") is no verdict; a score then its
 * level ("Score: 8.2/10 = Production Ready") is one. */
PRR_TEST(import_verdicts26__threshold_rule_is_no_verdict)
{
	static const struct md_want w[] = {
		{ "# Readiness Validator Review\n\nDate: 2026-01-01\n\n## Conclusion\n\n"
		  "**Score >= 8.0 = Production Ready for 0-Day Discovery**\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Review\n\nDate: 2026-01-01\n\n## Conclusion\n\n"
		  "**\xE2\x89\xA5 80 \xE2\x86\x92 GO**\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Review\n\nDate: 2026-01-01\n\n## Conclusion\n\n"
		  "**90\xE2\x80\x93" "100 = Ready**\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Review\n\nDate: 2026-01-01\n\n## Conclusion\n\n"
		  "**Score: 8.2/10 = Production Ready**\n",
		  PRR_LEVEL_READY, "Score: 8.2/10 = Production Ready" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* Headings under a heading of examples ("## Scoring Examples") are
 * examples: their scores are no dimensions. */
PRR_TEST(import_verdicts26__examples_headings_are_no_dimensions)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Readiness Validator Review\n\nDate: 2026-01-01\n\n"
				"## Scoring Examples\n\n### Perfect Configuration (10.0/10.0)\n"
				"Every check enabled.\n\n### Problematic Configuration (3.0/10.0)\n"
				"Mock backend.\n\n## Scores\n\n### Security (7/10)\n\nFine.\n", &d);
	CHECK(r && r->n_dimensions == 1);
	if (r && r->n_dimensions == 1)
		CHECK_STR(r->dimensions[0].name, "Security");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A status of work in progress ("🟡 IN PROGRESS", "EN PROGRESO", "EN
 * COURS") states no readiness in any language, nor does what waits after
 * it ("- Pendiente completar items marcados"), unless it says ready or not
 * ready; "Estado:", "Statut:", "状态:" are the status line as "Status:" is,
 * their fields kept. */
PRR_TEST(import_verdicts26__status_in_progress_states_no_level)
{
	static const struct md_want w[] = {
		{ "# Final checklist\n\n**Date:** 2025-03-10\n**Status:** \xF0\x9F\x9F\xA1 "
		  "**IN PROGRESS**\n\n- [ ] Integration tests passing\n",
		  PRR_LEVEL_UNKNOWN, "\xF0\x9F\x9F\xA1 IN PROGRESS" },
		{ "# Checklist Final\n\n**Fecha:** 2025-03-10\n**Estado:** \xF0\x9F\x9F\xA1 "
		  "**EN PROGRESO**\n\n## QA\n\n- [ ] Tests de integraci\xC3\xB3n pasando\n",
		  PRR_LEVEL_UNKNOWN, "\xF0\x9F\x9F\xA1 EN PROGRESO" },
		{ "# Checklist Final\n\n**Fecha:** 2025-03-10\n\n## QA\n\n"
		  "- [ ] Tests de integraci\xC3\xB3n pasando\n\n**Estado:** \xF0\x9F\x9F\xA1 "
		  "**EN PROGRESO** - Pendiente completar items marcados\n",
		  PRR_LEVEL_UNKNOWN, "\xF0\x9F\x9F\xA1 EN PROGRESO - Pendiente completar "
		  "items marcados" },
		{ "# Review\n\n**Date:** 2025-03-10\n**Status:** IN PROGRESS - pending "
		  "completion of marked items\n",
		  PRR_LEVEL_UNKNOWN, "IN PROGRESS - pending completion of marked items" },
		{ "# Review\n\n**Date:** 2025-03-10\n**Overall readiness:** \xF0\x9F\x9F\xA1 "
		  "In progress\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Review\n\n**Date:** 2025-03-10\n**Status:** IN PROGRESS \xE2\x80\x94 "
		  "not ready for production\n",
		  PRR_LEVEL_NOT_READY, "IN PROGRESS \xE2\x80\x94 not ready for production" },
		{ "# Review\n\n**Date:** 2025-03-10\n**Status:** Pending sign-off\n",
		  PRR_LEVEL_NOT_READY, "Pending sign-off" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}
