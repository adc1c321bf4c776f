/* test_import_markupv16.c - what the importer reads in reviews carried in
 * other tools' markup (round 27: Confluence wiki, GitHub alerts, MkDocs,
 * Obsidian, Docusaurus, Notion, Jupyter, Google Docs, Jira): each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <stdlib.h>

/* Words that report what an earlier review said ("The RC-2 review on
 * 2026-02-18 said **GO for dark launch**", a day before this review's, or
 * "The previous review concluded **GO**") state no verdict of this
 * review: the NO-GO after them is the verdict, in a callout or not. */
PRR_TEST(import_markupv16__an_earlier_reviews_words_reported)
{
	static const char *const said[] = {
		("> [!NOTE]\n> The RC-2 review on 2026-02-18 said **GO for dark launch**. "
		 "That approval covered the\n> dark-launch phase only and is superseded "
		 "by this review.\n\n> [!WARNING] **NO-GO** until the backfill is "
		 "throttled (MRL-88).\n"),
		("The RC-2 review on 2026-02-18 said **GO for dark launch**. That approval "
		 "is superseded by this review.\n\n**NO-GO** until the backfill is "
		 "throttled (MRL-88).\n"),
		("> [!NOTE]\n> The previous review concluded **GO for dark launch**.\n\n"
		 "> [!WARNING]\n> **NO-GO** until the backfill is throttled (MRL-88).\n"),
	};
	char doc[800];
	for (size_t i = 0; i < sizeof said / sizeof said[0]; i++) {
		snprintf(doc, sizeof doc, "# Production readiness review: Marlin v3\n\n"
			 "Review held: 2026-03-04\n\n%s", said[i]);
		CHECK_INT(md_level(doc), PRR_LEVEL_NOT_READY);
	}
	/* this review's own words in bold stay its verdict */
	CHECK_INT(md_level("# Production readiness review: Marlin v3\n\nReview held: "
			   "2026-03-04\n\nThe board said **GO for dark launch**.\n"),
		  PRR_LEVEL_READY);
}

/* An earlier review kept in other tools' blocks is not read: Confluence's
 * "h2. Previous review" and "{expand:title=Review of 19 Nov 2025 (for
 * reference)}" … "{expand}", MkDocs' '??? note "Previous review (…)"'
 * with its body indented under it. */
PRR_TEST(import_markupv16__earlier_review_blocks_of_other_tools)
{
	CHECK_INT(md_level("h1. Card Gateway review\n\n*Review date:* 11 Feb 2026\n\n"
			   "h2. Decision\n\n{status:colour=Yellow|title=CONDITIONAL GO}  "
			   "Go for the Visa routes.\n\n"
			   "h2. Previous review\n\n{expand:title=Review of 19 Nov 2025 (for "
			   "reference)}\nbq. *Decision:* NO-GO — PCI scope unclear.\n"
			   "{expand}\n"),
		  PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("h1. Card Gateway review\n\n*Review date:* 11 Feb 2026\n\n"
			   "h2. Decision\n\n{status:colour=Yellow|title=CONDITIONAL GO}  "
			   "Go for the Visa routes.\n\n"
			   "{expand:title=Review of 19 Nov 2025 (for reference)}\n\n"
			   "*Decision:* NO-GO — PCI scope unclear.\n\n{expand}\n"),
		  PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# Ledger reconciliation — production readiness\n\nDate: "
			   "2026-01-27\n\n??? note \"Previous review (9 December 2025)\"\n"
			   "    **Verdict: NOT READY.** Drift above 0.5 %.\n\n"
			   "Everything in the scorecard below passes.\n"),
		  PRR_LEVEL_UNKNOWN);
	/* an admonition of this review's is read */
	CHECK_INT(md_level("# Ledger reconciliation — production readiness\n\nDate: "
			   "2026-01-27\n\n??? note \"Previous review (9 December 2025)\"\n"
			   "    **Verdict: NOT READY.** Drift above 0.5 %.\n\n"
			   "!!! success \"Approved\"\n    The board approved go-live.\n"),
		  PRR_LEVEL_READY);
}

/* Obsidian's "%% … %%" comments are hidden when the note is rendered, as
 * "<!-- -->" is: nothing is read from them, over lines or not; outside
 * code only. */
PRR_TEST(import_markupv16__obsidian_comments_hidden)
{
	CHECK_INT(md_level("# Kestrel 5.2 — release readiness\n\nReview date: "
			   "2026-02-05\n\n%% Verdict: NO-GO. Draft, delete before "
			   "sharing. %%\n\n**Verdict:** GO\n"),
		  PRR_LEVEL_READY);
	CHECK_INT(md_level("# Kestrel 5.2 — release readiness\n\nReview date: "
			   "2026-02-05\n\n%%\n**Verdict:** NO-GO\n%%\n\n**Verdict:** GO\n"),
		  PRR_LEVEL_READY);
	/* (no closing "%%": nothing hidden) */
	CHECK_INT(md_level("# Kestrel 5.2 — release readiness\n\nReview date: "
			   "2026-02-05\n\n%% a note\n\n**Verdict:** GO\n"),
		  PRR_LEVEL_READY);
	/* 50,000 lines that open a comment never closed: read at once */
	size_t n = 50000, len = 0;
	char *big = malloc(n * 6 + 64);
	len += (size_t)sprintf(big, "# Big\n\nDate: 2026-02-05\n\n");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(big + len, "%%%% x\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(big, &d);
	CHECK(r != NULL);
	prr_review_free(r);
	prr_diags_free(&d);
	free(big);
}

/* A notebook's TeX marks in a result cell: "$\checkmark$" a pass,
 * "$\times$" a fail, "$\sim$" in part (not Portuguese "sim"); "partly
 * met" is in part, not met. */
PRR_TEST(import_markupv16__tex_marks_and_partly)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# FraudNet v7 — model readiness review\n\n**Review "
				"date:** 9 January 2026\n\n| # | Criterion | Result |\n"
				"|---|---|---|\n| C1 | AUC | $\\checkmark$ |\n"
				"| C5 | Gap | $\\times$ |\n| C6 | Explanations | $\\sim$ |\n"
				"| C7 | Drift | partly met |\n", &d);
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 4);
	if (r && r->n_components == 1 && r->components[0].n_checks == 4) {
		CHECK_INT(r->components[0].checks[0].status, PRR_PASS);
		CHECK_INT(r->components[0].checks[1].status, PRR_FAIL);
		CHECK_INT(r->components[0].checks[2].status, PRR_PARTIAL);
		CHECK_INT(r->components[0].checks[3].status, PRR_PARTIAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A callout's or an admonition's title states a verdict as a line in bold
 * does: Docusaurus' ":::danger NO-GO for GA"; Obsidian's "> [!success]
 * iOS — Ready" beside "> [!failure] Android — Not ready", each a part's,
 * is partial.  A Notion aside's icon before its words is no part of
 * them. */
PRR_TEST(import_markupv16__callout_titles_and_aside_icons)
{
	CHECK_INT(md_level("# Passkeys GA — production readiness review\n\n**Review "
			   "meeting:** 2026-02-19\n\n:::danger NO-GO for GA\nAccount "
			   "recovery is not production-grade (IDP-771).\n:::\n"),
		  PRR_LEVEL_NOT_READY);
	CHECK(md_states("# Kestrel 5.2 — release readiness\n\nReview date: 2026-02-05\n\n"
			"> [!summary] Outcome of the release council\n> iOS goes to "
			"phased release on 9 Feb. Android is held.\n\n> [!success] iOS "
			"\xE2\x80\x94 Ready\n> All gates green.\n\n> [!failure] Android "
			"\xE2\x80\x94 Not ready\n> Crash-free sessions 99.21 %.\n",
			PRR_LEVEL_PARTIAL,
			"iOS \xE2\x80\x94 Ready; Android \xE2\x80\x94 Not ready"));
	CHECK_INT(md_level("# Atlas warehouse migration — PRR\n\nReview date: January "
			   "21, 2026\n\n<aside>\n\xE2\x9A\xA0\xEF\xB8\x8F **Not ready for "
			   "cut-over.** Two blockers remain (DP-204, DP-211).\n\n</aside>\n"),
		  PRR_LEVEL_NOT_READY);
}

/* A front matter's key under a key of no value that names a day is read
 * as that key: Docusaurus' "last_update:" over "  date: 2026-02-24" is an
 * edit's day, weaker than "**Review meeting:** 2026-02-19". */
PRR_TEST(import_markupv16__nested_edit_day)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("---\ntitle: Passkeys GA\nlast_update:\n  date: "
				   "2026-02-24\n---\n\n# Passkeys GA\n\n**Review "
				   "meeting:** 2026-02-19\n", &d);
	CHECK(r && r->date && strcmp(r->date, "2026-02-19") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Stated days read: Jira's "10/Feb/26" (its year in two digits after
 * slashes); a Google Docs field table of two pairs, the first its header
 * ("| Document owner | … |" over "| Meeting date | Feb 26, 2026 |"). */
PRR_TEST(import_markupv16__jira_day_and_two_pair_table)
{
	static const struct {
		const char *doc, *date;
	} cases[] = {
		{ "[REL-3051] Production readiness: Checkout v2\n\nCreated: 03/Feb/26 "
		  "10:14 AM\n\nh2. Production readiness review\n\n*Review held:* "
		  "10/Feb/26 with SRE and QA.\n", "2026-02-10" },
		{ "# **Payroll Provider Switch — Go-Live Readiness**\n\n| Document "
		  "owner | Marta Kowalczyk |\n| :---- | :---- |\n| Meeting date | Feb "
		  "26, 2026 |\n\nSome text.\n", "2026-02-26" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_undated(cases[i].doc, &d);
		CHECK(r && r->date && strcmp(r->date, cases[i].date) == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a two-column table of one row under a header of labels is none */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated("# Plan\n\n| Date | Decision |\n|---|---|\n"
				   "| Review date | 2026-02-26 |\n", &d);
	CHECK(!r || !r->date || strcmp(r->date, "2026-02-26") != 0);
	prr_review_free(r);
	prr_diags_free(&d);
}
