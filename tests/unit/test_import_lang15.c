/* test_import_lang15.c - what the importer reads in reviews written in
 * other languages (round 24: Italian, Portuguese, German, French, Dutch,
 * Polish, Chinese and Japanese reviews): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

/* A table of the people who signed off, a row each with their vote and
 * its day ("| Role | Name | Decision | Date |"), is a record of votes,
 * not the review's verdict: the "Ready for production: no." it states
 * stands, though every vote is a GO of the review's day. */
PRR_TEST(import_lang15__signoff_table_is_no_decision_log)
{
	static const char *const tables[] = {
		"| Role | Name | Decision | Date |\n|---|---|---|---|\n"
		"| SRE | Giulia Romano | GO | 2026-03-12 |\n"
		"| Security | Marco Esposito | GO | 2026-03-12 |\n",
		"| Ruolo | Nome | Parere | Data |\n|---|---|---|---|\n"
		"| SRE | Giulia Romano | favorevole | 2026-03-12 |\n"
		"| Sicurezza | Marco Esposito | favorevole | 2026-03-12 |\n",
		"| Name | Role | Verdict | Date |\n|---|---|---|---|\n"
		"| Giulia Romano | SRE | GO | 2026-03-12 |\n"
		"| Marco Esposito | Security | GO | 2026-03-12 |\n",
	};
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		char doc[800];
		snprintf(doc, sizeof doc,
			 "# Readiness review\n\n**Date:** 2026-03-12\n\n"
			 "**Ready for production: no.** Rollout postponed.\n\n"
			 "## Sign-off\n\n%s", tables[i]);
		CHECK(md_level(doc) == PRR_LEVEL_NOT_READY);
	}
	/* a log of decisions by meeting still gives its latest */
	CHECK(md_level("# Readiness review\n\n**Date:** 2026-03-12\n\n"
		       "## Decisions\n\n| Date | Decision | Decided by |\n|---|---|---|\n"
		       "| 2026-03-01 | NO-GO | board |\n"
		       "| 2026-03-12 | GO | board |\n") == PRR_LEVEL_READY);
}
