/* test_import_evid18.c - what the importer reads of the evidence a
 * review's prose cites (round 18b: figures and evidence in prose); each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* A file the text says is not written yet is planned, not claimed to be
 * there ("`x` — not written yet", "`x`, to be written"); a commit the
 * text says is not merged yet is no claim about the history, so it is not
 * cited; a file cited plainly stays a claim that it is there. */
PRR_TEST(import_evid18__not_written_or_merged_yet)
{
	static const char doc[] =
		"# Lumen\n\n## Evidence\n\n"
		"- Runbook: `docs/runbooks/failover.md`.\n"
		"- Chaos notes: `docs/chaos/kill.md` \xE2\x80\x94 not written yet.\n"
		"- Game day notes: `docs/gameday.md`, to be written.\n"
		"- Autoscaler fix: commit `c0ffee1`, not merged yet.\n"
		"- Cache fix: commit `dea847c` (merged).\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_evidence == 3);
	if (r && r->n_evidence == 3) {
		CHECK_STR(r->evidence[0].path, "docs/runbooks/failover.md");
		CHECK(!r->evidence[0].planned && !r->evidence[0].absent);
		CHECK_STR(r->evidence[1].path, "docs/chaos/kill.md");
		CHECK(r->evidence[1].planned && !r->evidence[1].absent);
		CHECK_STR(r->evidence[2].path, "docs/gameday.md");
		CHECK(r->evidence[2].planned);
	}
	CHECK(r && r->n_commits == 1);
	if (r && r->n_commits == 1)
		CHECK_STR(r->commits[0].ref, "dea847c");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The revision reviewed may be named as a tag is ("Revision reviewed:
 * `v1.4.0`"); a document's own revision ("Revision: 3", "1.2", "Draft
 * B") is no revision of the repository. */
PRR_TEST(import_evid18__revision_named_by_a_tag)
{
	static const struct { const char *line, *want; } cases[] = {
		{ "**Revision reviewed:** `v1.4.0`", "v1.4.0" },
		{ "**Revision:** v1.4.0", "v1.4.0" },
		{ "Revision: release-2026.03", "release-2026.03" },
		{ "Revision: abc1234", "abc1234" },
		{ "**Revision:** 3", NULL },
		{ "Revision: 1.2", NULL },
		{ "Revision: Draft B", NULL },
		{ "Commit: v1.4.0", NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_buf doc = PRR_BUF_INIT;
		prr_buf_addf(&doc, "# Lumen\n\n**Review date:** 2026-02-11\n\n%s\n",
			     cases[i].line);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc.p, &d);
		CHECK(r != NULL);
		if (r && cases[i].want)
			CHECK_STR(r->revision, cases[i].want);
		else if (r)
			CHECK(r->revision == NULL);
		prr_review_free(r);
		prr_diags_free(&d);
		prr_buf_free(&doc);
	}
}

/* Text shown as the document wrote it is not cut where a line of its
 * paragraph breaks: a heading check's note runs to the end of its first
 * sentence ("… for accounts" / "created before 2024."), and so does what
 * a cited file's line claims ("The minutes were not attached to" / "this
 * document …" said the opposite when cut); neither runs on to a line of
 * reactions under a chat message. */
PRR_TEST(import_evid18__shown_text_runs_to_its_sentence_end)
{
	static const char doc[] =
		"# Identity\n\n## authn\n\n### Security \xE2\x80\x94 \xE2\x9A\xA0\xEF\xB8\x8F\n\n"
		"WebAuthn is rolled out; SMS OTP is still accepted for accounts\n"
		"created before 2024. Rate limits are in place.\n\n"
		"### Runbooks \xE2\x80\x94 \xE2\x9C\x85\n\nAll written.\n\n"
		"## Minutes\n\nSee the minutes (`meetings/2026-03-03.md`). The minutes were not attached to\n"
		"this document when it was circulated.\n\n"
		"## Chat\n\nnumbers in\n`runbooks/swap.md`\n\xF0\x9F\x99\x8C 5  +1 4\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_checklists >= 1 && r->checklists[0].n_items == 2);
	if (r && r->n_checklists >= 1 && r->checklists[0].n_items == 2)
		CHECK_STR(r->checklists[0].items[0].note,
			  "WebAuthn is rolled out; SMS OTP is still accepted for "
			  "accounts created before 2024.");
	CHECK(r && r->n_evidence == 2);
	if (r && r->n_evidence == 2) {
		CHECK_STR(r->evidence[0].claim,
			  "See the minutes (`meetings/2026-03-03.md`). The minutes "
			  "were not attached to this document when it was circulated.");
		CHECK_STR(r->evidence[1].claim, "`runbooks/swap.md`");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A scale stated with its ends' labels ("Scoring: 1 (absent) – 5
 * (exemplary).") or spaced ("rated 1 – 5") is the scale of the bare
 * scores under it, as "Scoring: 1–5" is: 4 is 4/5, not 4/10. */
PRR_TEST(import_evid18__scale_with_labelled_ends)
{
	static const char *const lines[] = {
		"Scoring: 1 (absent) \xE2\x80\x93 5 (exemplary). Leave empty if not assessed.",
		"Each category is rated 1 \xE2\x80\x93 5.",
		"Scale: 1 - 5.",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_buf doc = PRR_BUF_INIT;
		prr_buf_addf(&doc, "# Loglake\n\n%s\n\n| Category | Score |\n|---|---|\n"
			     "| Ingestion | 4 |\n| Query | 3 |\n", lines[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc.p, &d);
		CHECK(r && r->n_dimensions == 2);
		if (r && r->n_dimensions == 2) {
			CHECK(r->dimensions[0].max == 5);
			CHECK(r->dimensions[1].max == 5);
		}
		prr_review_free(r);
		prr_diags_free(&d);
		prr_buf_free(&doc);
	}
}

/* A footnote's mark, which md4c leaves as text, is no word of what prr
 * shows ("Rejected 2026-02-18[^apple]" in a cell showed "[^apple]"); a
 * footnote's own line ("[^apple]: Guideline 2.1 …") and a link's text
 * ("[^x](…)") are left as they are. */
PRR_TEST(import_evid18__footnote_marks_not_shown)
{
	static const char doc[] =
		"# Wayfarer\n\n**Review date:** 2026-02-19\n\n"
		"**Release decision:** taken at CAB; see note.[^cab]\n\n"
		"| Platform | Store review | Status |\n|---|---|---|\n"
		"| iOS | Rejected 2026-02-18[^apple] | \xE2\x9D\x8C |\n"
		"| Android | Approved[^a-1] | \xE2\x9C\x85 |\n\n"
		"[^cab]: Android approved; iOS not approved.\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r != NULL);
	bool field = false;
	for (size_t i = 0; r && i < r->n_fields; i++)
		if (strcmp(r->fields[i].name, "Release decision") == 0) {
			CHECK_STR(r->fields[i].value, "taken at CAB; see note.");
			field = true;
		}
	CHECK(field);
	for (size_t c = 0; r && c < r->n_components; c++)
		for (size_t k = 0; k < r->components[c].n_checks; k++) {
			const char *note = r->components[c].checks[k].note;
			CHECK(!note || !strstr(note, "[^"));
		}
	prr_review_free(r);
	prr_diags_free(&d);
}
