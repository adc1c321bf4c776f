/* test_import_verdicts32.c - verdicts misread in real review documents
 * (realdocs8, realdocs9): a share of readiness, a go with fixes, a go
 * with its scope in Spanish, a topic's "Current Status:".  Each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"
#include "prr/rec_verdict.h"

/* A share of readiness below the whole is partial, never ready, as "ready
 * for 96% of …" is: "## Current Status: ~40% Production Ready";
 * "100% Production Ready" is ready. */
PRR_TEST(import_verdicts32__share_of_readiness_is_partial)
{
	static const struct md_want w[] = {
		{ "# Parser - Production Readiness Report\n\nDate: 2026-01-10\n\n"
		  "## Current Status: ~40% Production Ready\n\n"
		  "### Partially Implemented (3-4%)\n\n- Lexical subroutines\n",
		  PRR_LEVEL_PARTIAL, "~40% Production Ready" },
		{ "# Parser - Production Readiness Report\n\nDate: 2026-01-10\n\n"
		  "## Current Status: ~96% Production Ready\n\nAlmost there.\n",
		  PRR_LEVEL_PARTIAL, "~96% Production Ready" },
		{ "# Review\n\nDate: 2026-01-10\n\n"
		  "**Overall Status:** **~95 %** produktionsreif\n",
		  PRR_LEVEL_PARTIAL, "produktionsreif" },
		{ "# Review\n\nDate: 2026-01-10\n\n"
		  "## Current Status: 100% Production Ready\n\nDone.\n",
		  PRR_LEVEL_READY, "100% Production Ready" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	CHECK(prr_rec_verdict("99.5% ready", 11, NULL, NULL) == PRR_LEVEL_PARTIAL);
	CHECK(prr_rec_verdict("96 % ready", 10, NULL, NULL) == PRR_LEVEL_PARTIAL);
	CHECK(prr_rec_verdict("not 96% ready", 13, NULL, NULL) == PRR_LEVEL_NOT_READY);
	CHECK(prr_rec_verdict("Ready: 1000% ready", 18, NULL, NULL) == PRR_LEVEL_READY);
}

/* A go with fixes (with fixes, after fixing, after fixes, after review
 * and merge) is a conditional go: partial, as "GO WITH CONDITIONS" is;
 * fixes said to be done ("with fixes applied") are none. */
PRR_TEST(import_verdicts32__go_with_fixes_is_partial)
{
	static const struct md_want w[] = {
		{ "# Framework v1.0.0 Release Readiness Report\nDate: 2026-09-21\n\n"
		  "## VERDICT: GO WITH FIXES\n\n**The framework is ready to publish "
		  "as v0.1.0 (pre-release) after fixing all P0 blockers.** A v1.0.0 "
		  "release should wait for the remaining test issues.\n",
		  PRR_LEVEL_PARTIAL, "GO WITH FIXES" },
		{ "# Release readiness\nDate: 2026-08-03\n\nFinal recommendation: "
		  "**READY FOR THE FIRST TAGGED RELEASE AFTER REVIEW AND MERGE TO "
		  "`main`**.\n\n## Remaining release actions\n\n1. Complete review "
		  "and merge the publication PR into `main`.\n",
		  PRR_LEVEL_PARTIAL, "READY FOR THE FIRST TAGGED RELEASE" },
		{ "# Review\nDate: 2026-08-03\n\n**Verdict:** GO with fixes applied\n",
		  PRR_LEVEL_READY, "GO with fixes applied" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	static const char *const partial[] = {
		"Ready for launch after fixing all P0 blockers.",
		"APPROVED FOR LAUNCH WITH FIXES",
		"Approved after fixes",
		"Approved after merging PR 12",
		"Approved once fixed",
	};
	for (size_t i = 0; i < sizeof partial / sizeof partial[0]; i++)
		CHECK(prr_rec_verdict(partial[i], strlen(partial[i]), NULL, NULL) ==
		      PRR_LEVEL_PARTIAL);
	CHECK(prr_rec_verdict("Approved after review", 21, NULL, NULL) ==
	      PRR_LEVEL_READY);
}

/* A GO with its scope in Spanish reads as the English one does: "##
 * Estado" over "**GO OPERATIVO LOCAL PRIVADO.**" is ready, as "## Status"
 * over "**GO FOR PRIVATE LOCAL USE.**" is; "GO para" is "GO for" (a
 * split decision partial, a go for staging beside a no-go for production
 * not ready). */
PRR_TEST(import_verdicts32__scoped_go_in_spanish)
{
	static const struct md_want w[] = {
		{ "# Cervantes Production Readiness Report\n\nDate: 2026-01-10\n\n"
		  "## Estado\n\n**GO OPERATIVO LOCAL PRIVADO.**\n\n"
		  "Cervantes est\xC3\xA1 listo como herramienta local privada.\n",
		  PRR_LEVEL_READY, "GO OPERATIVO LOCAL PRIVADO." },
		{ "# Tool Production Readiness Report\n\nDate: 2026-01-10\n\n"
		  "## Status\n\n**GO FOR PRIVATE LOCAL USE.**\n",
		  PRR_LEVEL_READY, "GO FOR PRIVATE LOCAL USE." },
		{ "# Cervantes\n\nDate: 2026-01-10\n\n"
		  "**Estado:** GO OPERATIVO LOCAL PRIVADO.\n",
		  PRR_LEVEL_READY, "GO OPERATIVO LOCAL PRIVADO." },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	static const struct {
		const char *s;
		prr_level level;
	} cases[] = {
		{ "GO para producci\xC3\xB3n", PRR_LEVEL_READY },
		{ "GO para iOS, NO-GO para Android", PRR_LEVEL_PARTIAL },
		{ "NO-GO pour Android, GO pour iOS", PRR_LEVEL_PARTIAL },
		{ "GO para staging, NO-GO para producci\xC3\xB3n", PRR_LEVEL_NOT_READY },
		{ "NO GO OPERATIVO", PRR_LEVEL_NOT_READY },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK(prr_rec_verdict(cases[i].s, strlen(cases[i].s), NULL, NULL) ==
		      cases[i].level);
}

/* A "Status:" field in a topic's section below the review's opening
 * ("## Feature Flags / Kill Switch" after "## Checklist") is that
 * topic's state, a field, not the review's status nor its level; in the
 * first section, or one that sums up, decides or is headed by a status
 * label ("## Summary", "## Estado"), it is still the review's. */
PRR_TEST(import_verdicts32__topic_status_is_the_topics)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Release Readiness: Feature X\nDate: 2026-01-05\n\n"
				"## Checklist\n- [x] Feature implemented\n"
				"- [ ] Server entry point created\n\n"
				"## Feature Flags / Kill Switch\n\n"
				"**Current Status**: No feature flag implemented\n\n"
				"**Recommendation**: Add a feature flag.\n", &d);
	CHECK(r && !r->status_text && r->level == PRR_LEVEL_UNKNOWN);
	bool field = false;
	for (size_t i = 0; r && i < r->n_fields; i++)
		field |= strcmp(r->fields[i].name, "Current Status") == 0 &&
			 strcmp(r->fields[i].value, "No feature flag implemented") == 0;
	CHECK(field);
	prr_review_free(r);
	prr_diags_free(&d);
	/* (near the top, a level it states is the topic's too) */
	static const struct md_want w[] = {
		{ "# Release Readiness: Feature X\nDate: 2026-01-05\n\n## Checklist\n"
		  "- [x] Feature implemented\n\n## Feature Flags\n\n**Status**: Not ready\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Release Readiness: Feature X\nDate: 2026-01-05\n\n## Overview\n\n"
		  "**Status**: Not ready\n\n## Checklist\n- [x] Feature implemented\n",
		  PRR_LEVEL_NOT_READY, "Not ready" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
	static const char *const kept[] = {
		"# Review\nDate: 2026-01-05\n\n## Overview\n\n**Status**: In review\n\n"
		"## Checklist\n- [x] One\n",
		"# Review\nDate: 2026-01-05\n\n## Checklist\n- [x] One\n\n"
		"## Summary\n\n**Current Status**: In review\n",
		"# Review\nDate: 2026-01-05\n\n## Checklist\n- [x] One\n\n"
		"## Estado actual\n\n**Estado:** En revisi\xC3\xB3n\n",
	};
	for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
		prr_diags d2 = PRR_DIAGS_INIT;
		prr_review *k = md_text(kept[i], &d2);
		CHECK(k && k->status_text && strstr(k->status_text, "revi"));
		prr_review_free(k);
		prr_diags_free(&d2);
	}
}

/* 50,000 topics' sections, each with its "Status:" and a share of
 * readiness: none is the review's status, and each share's line reads
 * (the walk back to a section of level 2 is bounded). */
PRR_TEST(import_verdicts32__many_topic_statuses)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# R\n\n## Checklist\n\n- [x] One\n\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_adds(&b, "## Topic\n\n**Status**: 40% ready\n\n# T\n\n");
	prr_buf_addc(&b, 0);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	prr_import_md(&r, "2026-01-01.md", b.p, strlen(b.p), &d);
	CHECK(r != NULL);
	CHECK(r && !(r->status_text && r->level == PRR_LEVEL_READY));
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
