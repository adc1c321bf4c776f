/* test_import_verdicts41b.c - verdicts in other languages, in prose, and
 * days stated in unusual places (round 41): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

/* A heading that is a verdict under a deciding heading keeps its gloss: a
 * closing parenthesis that restates the verdict at its level ("جاهز
 * للإطلاق المشروط", ready for the conditional launch) names no part and
 * sets no terms.  A parenthesis of other words still makes the heading
 * no verdict ("### READY (after phase 2)"). */
PRR_TEST(import_verdicts41b__heading_verdict_glossed)
{
	static const struct md_want w[] = {
		{ "# Gate\n\nDate: 2026-03-01\n\n## Final Formal Decision\n\n"
		  "### \xF0\x9F\x9F\xA2 **CONDITIONAL GO (\xD8\xAC\xD8\xA7\xD9\x87\xD8\xB2 "
		  "\xD9\x84\xD9\x84\xD8\xA5\xD8\xB7\xD9\x84\xD8\xA7\xD9\x82 "
		  "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB4\xD8\xB1\xD9\x88\xD8\xB7)**\n",
		  PRR_LEVEL_PARTIAL, "CONDITIONAL GO" },
		{ "# Gate\n\nDate: 2026-03-01\n\n## Decision\n\n"
		  "### NOT READY (not ready for production)\n",
		  PRR_LEVEL_NOT_READY, "NOT READY" },
		{ "# Gate\n\nDate: 2026-03-01\n\n## Decision\n\n### READY (after phase 2)\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Gate\n\nDate: 2026-03-01\n\n## Decision\n\n### GO (NO-GO for Android)\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* A sentence whose subject is the decision or the verdict states it as
 * "Decision:" does: "The decision is **NO-GO**.", "A decisão é NO-GO.";
 * not one in the past ("The decision was NO-GO.", an earlier one).  A
 * short answer concludes in Portuguese too ("## Resposta curta"). */
PRR_TEST(import_verdicts41b__decision_is_sentence)
{
	static const struct md_want w[] = {
		{ "# Gate\n\nDate: 2026-03-01\n\nA decis\xC3\xA3o \xC3\xA9 **NO-GO**.\n",
		  PRR_LEVEL_NOT_READY, "NO-GO" },
		{ "# Gate\n\nDate: 2026-03-01\n\nThe final decision is GO, pending the DPIA.\n",
		  PRR_LEVEL_PARTIAL, "GO, pending the DPIA" },
		{ "# Gate\n\nDate: 2026-03-01\n\nThe decision was NO-GO.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Gate\n\nDate: 2026-03-01\n\nThe decision is ours to make.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# Gate\n\nData: 2026-05-01\n\n## Resposta curta\n\nPara um ligante "
		  "**estritamente seletivo**, a decis\xC3\xA3o \xC3\xA9 **NO-GO para uma "
		  "campanha ampla**.\n\nPara a **fam\xC3\xADlia**, a decis\xC3\xA3o "
		  "estrutural \xC3\xA9 **GO condicional**.\n",
		  PRR_LEVEL_NOT_READY, "NO-GO para uma campanha ampla" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* The review itself passed: "**PRODUCTION AUDIT PASSED**" under "##
 * 0. Karar" (Turkish, decision) is ready; a check's "security audit
 * passed" is no verdict.  A production standard met, in Chinese, under
 * "## 结论": "您的平台现已达到企业级生产环境标准！" is ready, "尚未达到" not. */
PRR_TEST(import_verdicts41b__review_passed_and_standard_met)
{
	static const struct md_want w[] = {
		{ "# Final Production Audit v2\n\nTarih: 2026-08-08\n\n## 0. Karar\n\n"
		  "**PRODUCTION AUDIT PASSED** (kritik sorun kalmad\xC4\xB1).\n",
		  PRR_LEVEL_READY, "PRODUCTION AUDIT PASSED" },
		{ "# Audit\n\nDate: 2026-08-08\n\n## Summary\n\n**Security audit passed**\n",
		  PRR_LEVEL_UNKNOWN, NULL },
		{ "# AI\n\nDate: 2026-03-01\n\n## \xE7\xBB\x93\xE8\xAE\xBA\n\n"
		  "**\xE6\x82\xA8\xE7\x9A\x84\xE5\xB9\xB3\xE5\x8F\xB0\xE7\x8E\xB0\xE5\xB7\xB2"
		  "\xE8\xBE\xBE\xE5\x88\xB0\xE4\xBC\x81\xE4\xB8\x9A\xE7\xBA\xA7\xE7\x94\x9F"
		  "\xE4\xBA\xA7\xE7\x8E\xAF\xE5\xA2\x83\xE6\xA0\x87\xE5\x87\x86\xEF\xBC\x81**\n",
		  PRR_LEVEL_READY, "\xE8\xBE\xBE\xE5\x88\xB0" },
		{ "# AI\n\nDate: 2026-03-01\n\n## \xE7\xBB\x93\xE8\xAE\xBA\n\n"
		  "**\xE5\xB9\xB3\xE5\x8F\xB0\xE5\xB0\x9A\xE6\x9C\xAA"
		  "\xE8\xBE\xBE\xE5\x88\xB0\xE7\x94\x9F"
		  "\xE4\xBA\xA7\xE7\x8E\xAF\xE5\xA2\x83\xE6\xA0\x87\xE5\x87\x86**\n",
		  PRR_LEVEL_NOT_READY, "\xE8\xBE\xBE\xE5\x88\xB0" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* A status line of a day, "**Stand 2026-07-18: A 0/9 · B 0/5 → NIET
 * LIVE.**": the verdict after its last arrow is the status then, and its
 * day dates the review wherever the line stands (here below 40 lines of
 * a table, past the top). */
PRR_TEST(import_verdicts41b__status_line_arrow_and_day)
{
	char doc[4096];
	size_t k = (size_t)snprintf(doc, sizeof doc,
		"# GO_LIVE_CHECKLIST\n\n## A. Bewijs\n\n| # | Poort |\n|---|---|\n");
	for (int i = 0; i < 40; i++)
		k += (size_t)snprintf(doc + k, sizeof doc - k, "| A%d | poort %d |\n", i, i);
	snprintf(doc + k, sizeof doc - k, "\n**Stand 2026-07-18: A 0/9 \xC2\xB7 B 0/5 "
		 "\xE2\x86\x92 NIET LIVE.**\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(doc, &d);
	CHECK(r && r->date && strcmp(r->date, "2026-07-18") == 0);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY && r->status_text &&
	      strcmp(r->status_text, "NIET LIVE") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	static const struct md_want w[] = {
		{ "# Gate\n\nDate: 2026-07-01\n\n**Status 2026-07-18: A 0/9 \xE2\x86\x92 NOT LIVE.**\n",
		  PRR_LEVEL_NOT_READY, "NOT LIVE" },
		/* (no status line: an arrow in prose) */
		{ "# Gate\n\nDate: 2026-07-01\n\nPlan: A \xE2\x86\x92 NOT LIVE.\n",
		  PRR_LEVEL_UNKNOWN, NULL },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}

/* "Updated after the fixes on 2026-09-15." under the title dates the
 * review: the verb opens the sentence, its occasion after it. */
PRR_TEST(import_verdicts41b__updated_after_on_day)
{
	char out[16];
	CHECK_STR(md_date(md_undated, "# Production audit\n\nUpdated after the fixes "
			  "on 2026-09-15.\n", out), "2026-09-15");
	CHECK_STR(md_date(md_undated, "# Production audit\n\nUpdated after the fixes "
			  "on September 15, 2026.\n", out), "2026-09-15");
}
