/* test_import_findings17.c - findings read from review documents written
 * by other teams (round 17: Jira comments, other tools' callouts): each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A later sentence that names a finding by its ID and says it is over
 * closes it, the bare word too: "CHK-771 resolved." (a Jira comment);
 * not "Re-review once CHK-771 is fixed", "CHK-771 not fixed", "CHK-771
 * will be fixed". */
PRR_TEST(import_findings17__later_sentence_closes_by_id)
{
	static const struct {
		const char *says;
		size_t open; /* findings left: CHK-774 last */
	} cases[] = {
		{ "Pool raised to 120. CHK-771 resolved.", 1 },
		{ "CHK-771 fixed; CHK-774 open.", 1 },
		{ "CHK-771 was resolved in 2.4.1.", 1 },
		{ "Re-review once CHK-771 is fixed.", 2 },
		{ "CHK-771 not fixed.", 2 },
		{ "CHK-771 will be fixed.", 2 },
		{ "Is CHK-771 resolved?", 2 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Checkout v2\n\nDate: 2026-02-10\n\n## Findings\n\n"
			"- **CHK-771** (Critical): pool saturates. Blocks release.\n"
			"- **CHK-774** (High): no alert on cache.\n\n"
			"## Comments\n\n%s\n", cases[i].says);
		CHECK(r && r->n_findings == cases[i].open);
		if (r && r->n_findings == cases[i].open)
			CHECK_STR(r->findings[cases[i].open - 1].id, "CHK-774");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* The findings' blocking flags, one letter each ("y" or "n"), are `want`. */
static bool blocks_are(const prr_review *r, const char *want)
{
	char buf[64] = "";
	for (size_t i = 0; r && i < r->n_findings && i + 1 < sizeof buf; i++)
		buf[i] = r->findings[i].blocking ? 'y' : 'n';
	return r && strcmp(buf, want) == 0;
}

/* Findings a sentence says block, the verb plural too ("Two findings
 * block launch: **MRL-88** and **MRL-91**."), or a not-ready verdict
 * waits for ("NO-GO until the backfill is throttled (MRL-88)"), are
 * blockers; not where it denies it ("None of these block launch"), or
 * was the verdict of before ("We were NO-GO until MRL-88 …"). */
PRR_TEST(import_findings17__named_blockers_block)
{
	static const struct {
		const char *says, *blocks;
	} cases[] = {
		{ "> [!IMPORTANT]\n> Two findings block launch: **MRL-88** and "
		  "**MRL-91**.", "yyn" },
		{ "> [!WARNING] **NO-GO** until the backfill can be throttled "
		  "(MRL-88) and the alert pages someone (MRL-91).", "yyn" },
		{ "None of these block launch: MRL-88 and MRL-91.", "nnn" },
		{ "Neither MRL-88 nor MRL-91 would block the release.", "nnn" },
		{ "We were NO-GO until MRL-88 was throttled.", "nnn" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Marlin indexer v3\n\nReview held: 2026-03-04\n\n%s\n\n"
			"## Findings\n\n| ID | Severity | Title | Status |\n"
			"|---|---|---|---|\n| MRL-88 | High | Backfill | Open |\n"
			"| MRL-91 | High | Alert | Open |\n"
			"| MRL-93 | Medium | DLQ | Open |\n", cases[i].says);
		CHECK(blocks_are(r, cases[i].blocks));
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A finding written as another tool's callout under a heading of findings
 * is one: its title naming it ('!!! warning "REC-44 — Medium"', titled by
 * the body's first sentence; "> [!bug] KM-2291 — ANR …" rated and blocking
 * by its body, "Severity: **Critical**. … **Blocks Android.**"), or its
 * body opening with the finding in bold (":::caution Blocker" over
 * "**IDP-771 — Critical.** …", blocking by the title); a callout of what
 * is over ("[!check]") is left out. */
PRR_TEST(import_findings17__callout_findings)
{
	static const struct {
		const char *callout, *id, *title;
		int sev;
		bool blocking;
	} cases[] = {
		{ "!!! warning \"REC-44 \xE2\x80\x94 Medium\"\n    The UI has no audit "
		  "trail. Owner: p.reyes.\n", "REC-44", "The UI has no audit trail.",
		  PRR_SEV_MEDIUM, false },
		{ "> [!bug] KM-2291 \xE2\x80\x94 ANR on checkout\n> Severity: "
		  "**Critical**. Owner: Mira. **Blocks Android.**\n", "KM-2291",
		  "ANR on checkout", PRR_SEV_CRITICAL, true },
		{ "> [!bug] KM-2279 \xE2\x80\x94 VoiceOver reads price twice\n> "
		  "Severity: Low. Not a blocker.\n", "KM-2279",
		  "VoiceOver reads price twice", PRR_SEV_LOW, false },
		{ ":::caution Blocker\n**IDP-771 \xE2\x80\x94 Critical.** Magic link "
		  "alone recovers.\n:::\n", "IDP-771", "Magic link alone recovers.",
		  PRR_SEV_CRITICAL, true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Release readiness\n\nReview date: 2026-02-05\n\n"
			"## Findings\n\n%s\n> [!check] KM-2270 \xE2\x80\x94 Wallet stale\n"
			"> Fixed in build 5.2.0 (418).\n", cases[i].callout);
		CHECK(r && r->n_findings == 1);
		if (r && r->n_findings == 1) {
			CHECK_STR(r->findings[0].id, cases[i].id);
			CHECK_STR(r->findings[0].title, cases[i].title);
			CHECK(r->findings[0].severity == (prr_severity)cases[i].sev);
			CHECK(r->findings[0].blocking == cases[i].blocking);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Under a finding's heading that names no ID, the one ID its text names
 * in parentheses or opening it is its ID ("The fix is in review
 * (WF-3381).", "WF-3394. Open, …"; not where it names two); "Blocks
 * iOS." blocks (not "blocks web traffic"). */
PRR_TEST(import_findings17__body_id_and_platform_blocks)
{
	static const struct {
		const char *body, *id;
		bool blocking;
	} cases[] = {
		{ "Crashes on 17.2. The fix is in review (WF-3381). Blocks iOS.",
		  "WF-3381", true },
		{ "WF-3394. Open, design is fine with it.", "WF-3394", false },
		{ "Seen in (WF-3372) and (WF-3390).", "F1", false },
		{ "The WAF blocks web traffic from bots (WF-3372).", "WF-3372", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Wayfarer 6.0\n\nDate: 2026-02-19\n\n## Findings from the beta\n\n"
			"### \xF0\x9F\x94\xB4 CRITICAL: Live Activity crashes\n\n%s\n",
			cases[i].body);
		CHECK(r && r->n_findings == 1);
		if (r && r->n_findings == 1) {
			CHECK_STR(r->findings[0].id, cases[i].id);
			CHECK(r->findings[0].blocking == cases[i].blocking);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Google Docs' export: escaped list markers are the lists a reader sees
 * ("\- \[ \] Irish PPSN issue fixed", "1\. **PPSN validation (High)** \-
 * …"), and a heading of level 1 after the document's first ("# **3\.
 * Issues raised in the meeting**") may head findings; inside code they
 * stay as written. */
PRR_TEST(import_findings17__gdocs_escaped_lists)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# **Payroll switch**\n\nMeeting date: 2026-02-26\n\n"
		"# **3\\. Issues raised in the meeting**\n\n"
		"1\\. **PPSN validation (High)** \\- Revenue rejects 3 records.\n\n"
		"2\\. **No break-glass access (Medium)** \\- Nobody can approve.\n\n"
		"# **4\\. Conditions**\n\n"
		"\\- \\[ \\] Irish PPSN issue fixed (issue 1\\)\n\n"
		"\\- \\[x\\] Sage kept read-only\n\n"
		"```\n\\- \\[ \\] not a box\n```\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
		CHECK(r->findings[1].severity == PRR_SEV_MEDIUM);
	}
	size_t items = 0, done = 0;
	for (size_t c = 0; r && c < r->n_checklists; c++)
		for (size_t k = 0; k < r->checklists[c].n_items; k++) {
			items++;
			done += r->checklists[c].items[k].done;
		}
	CHECK(items == 2 && done == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A Confluence table ("||Component||Monitoring||" over "|auth-api|(/)|")
 * is read as a Markdown table is (test_import_findings18.c), so not said
 * unread; a paragraph that only holds "||" in a sentence is none. */
PRR_TEST(import_findings17__confluence_table_said)
{
	static const struct {
		const char *text;
		bool said;
	} cases[] = {
		{ "||Component||Monitoring||\n|auth-api|(/)|\n", false },
		{ "Use a || b in the shell.\n", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Card gateway\n\nReview date: 2026-02-11\n\n## Scorecard\n\n%s",
			cases[i].text);
		bool said = false;
		for (size_t k = 0; k < d.n; k++)
			said |= strstr(d.v[k].message, "Confluence table") != NULL;
		CHECK(r && said == cases[i].said);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
