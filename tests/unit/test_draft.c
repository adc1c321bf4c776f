/* test_draft.c - the next review as Markdown, read back by the importer. */
#include "test.h"

#include "prr/draft.h"
#include "prr/import.h"
#include "prr/load.h"

#include <string.h>

static const char *esc(prr_buf *b, const char *s)
{
	prr_buf_reset(b);
	prr_draft_esc(b, s);
	return b->p;
}

PRR_TEST(draft__esc_markup_and_white_space)
{
	prr_buf b = PRR_BUF_INIT;
	CHECK_STR(esc(&b, "a | b"), "a \\| b");
	CHECK_STR(esc(&b, "*x* _y_ `z`"), "\\*x\\* \\_y\\_ \\`z\\`");
	CHECK_STR(esc(&b, "[l](u) <b> &amp; ~s~ #1 \\"),
		  "\\[l\\](u) \\<b\\> \\&amp; \\~s\\~ \\#1 \\\\");
	CHECK_STR(esc(&b, "  one\n\ttwo  \r\n"), "one two");
	CHECK_STR(esc(&b, "- item"), "\\- item");
	CHECK_STR(esc(&b, "+ item"), "\\+ item");
	CHECK_STR(esc(&b, "12. x"), "12\\. x");
	CHECK_STR(esc(&b, "3) x"), "3\\) x");
	CHECK_STR(esc(&b, "a - b 12. c"), "a - b 12. c");
	CHECK_STR(esc(&b, "plain ✅ text"), "plain ✅ text");
	CHECK_STR(esc(&b, NULL), "");
	prr_buf_free(&b);
}

/* `md` as the importer reads it (NULL on errors). */
static prr_review *import(const prr_buf *md, prr_diags *d)
{
	prr_review *r = NULL;
	return prr_import_md(&r, "draft.md", md->p, md->n, d) == 0 ? r : NULL;
}

PRR_TEST(draft__samples_read_back_as_carried)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *last = NULL;
	CHECK(prr_review_load_file(&last, "samples/reviews/2026-05-25.json",
				   &d) == 0);
	if (!last)
		return;
	prr_buf md = PRR_BUF_INIT;
	prr_draft_opts o = { "2026-07-01", NULL };
	prr_draft_write(&md, last, &o);
	prr_review *back = import(&md, &d);
	CHECK(back != NULL);
	if (back) {
		CHECK_INT(prr_draft_compare(last, back, "draft.md", &d), 0);
		CHECK_INT(d.warnings, 0);
		CHECK_STR(back->date, "2026-07-01");
		CHECK_INT(back->n_components, last->n_components);
		CHECK_INT(back->n_findings, last->n_findings);
		CHECK_STR(back->findings[1].id, "F-008");
		CHECK_INT(back->findings[1].severity, PRR_SEV_HIGH);
		/* statuses carried, notes opened by the re-check mark */
		const prr_check *c = &back->components[1].checks[6];
		CHECK_STR(c->category, "Capacity");
		CHECK_INT(c->status, PRR_PARTIAL);
		static const char note[] = PRR_DRAFT_RECHECK " Balance query";
		CHECK(strncmp(c->note, note, sizeof note - 1) == 0);
		CHECK_INT(back->components[0].checks[0].passed, 171);
		/* no level, no score: the next review states its own */
		CHECK_INT(back->level, PRR_LEVEL_UNKNOWN);
		CHECK_INT(back->n_scores, 0);
	}
	prr_review_free(back);
	prr_review_free(last);
	prr_buf_free(&md);
	prr_diags_free(&d);
}

PRR_TEST(draft__compare_reports_each_loss)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *last = NULL;
	CHECK(prr_review_load_file(&last, "samples/reviews/2026-05-25.json",
				   &d) == 0);
	if (!last)
		return;
	prr_buf md = PRR_BUF_INIT;
	prr_draft_opts o = { "2026-07-01", NULL };
	prr_draft_write(&md, last, &o);
	prr_review *back = import(&md, &d);
	CHECK(back != NULL);
	if (back) {
		back->components[1].checks[6].status = PRR_PASS;
		back->findings[0].id = "F-999";
		back->n_milestones--;
		CHECK_INT(prr_draft_compare(last, back, "draft.md", &d), 3);
		CHECK_INT(d.warnings, 3);
		bool status = false, id = false, count = false;
		for (size_t i = 0; i < d.n; i++) {
			const char *m = d.v[i].message;
			status |= strstr(m, "check 'Capacity': status partial "
					    "reads back as pass") != NULL;
			id |= strstr(m, "ID: 'F-005' reads back as 'F-999'") != NULL;
			count |= strstr(m, "5 milestones written, 4 read back") != NULL;
			CHECK_STR(d.v[i].file, "draft.md");
		}
		CHECK(status && id && count);
	}
	prr_review_free(back);
	prr_review_free(last);
	prr_buf_free(&md);
	prr_diags_free(&d);
}

PRR_TEST(draft__recheck_mark_once_and_unfinished_items_only)
{
	static const char json[] =
		"{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-10\",\n"
		" \"components\": [{\"name\": \"API\", \"checks\": [\n"
		"   {\"category\": \"Tests\", \"status\": \"pass\", \"note\": \"(re-check) old\"}]}],\n"
		" \"checklists\": [{\"title\": \"Go\", \"items\": [\n"
		"   {\"text\": \"done\", \"done\": true},\n"
		"   {\"text\": \"dropped\", \"done\": false, \"status\": \"na\"},\n"
		"   {\"text\": \"failed\", \"done\": false, \"status\": \"fail\"},\n"
		"   {\"text\": \"open\", \"done\": false}]},\n"
		"  {\"title\": \"All done\", \"items\": [{\"text\": \"x\", \"done\": true}]}]}\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *last = NULL;
	CHECK(prr_review_load_json(&last, "t.json", json, sizeof json - 1, &d) == 0);
	if (!last)
		return;
	prr_buf md = PRR_BUF_INIT;
	prr_draft_opts o = { "2026-02-01", NULL };
	prr_draft_write(&md, last, &o);
	CHECK(strstr(md.p, "| (re-check) old |") != NULL);
	CHECK(strstr(md.p, "(re-check) (re-check)") == NULL);
	CHECK(strstr(md.p, "All done") == NULL);
	CHECK(strstr(md.p, "dropped") == NULL);
	CHECK(strstr(md.p, "- [\xE2\x9C\x97] failed\n- [ ] open\n") != NULL);
	prr_review *back = import(&md, &d);
	CHECK(back != NULL);
	if (back) {
		CHECK_INT(prr_draft_compare(last, back, "draft.md", &d), 0);
		CHECK_INT(back->n_checklists, 1);
		CHECK_INT(back->checklists[0].n_items, 2);
		CHECK_INT(back->checklists[0].items[0].status, PRR_FAIL);
		CHECK_INT(back->checklists[0].items[1].status, PRR_PENDING);
	}
	prr_review_free(back);
	prr_review_free(last);
	prr_buf_free(&md);
	prr_diags_free(&d);
}

PRR_TEST(draft__template_is_read_as_one_and_states_nothing)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf md = PRR_BUF_INIT;
	prr_draft_template(&md, "2026-07-01");
	prr_review *r = import(&md, &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2026-07-01");
		CHECK_INT(r->n_components, 0);
		CHECK_INT(r->n_findings, 0);
		CHECK_INT(r->n_checklists, 0);
		CHECK_INT(r->n_milestones, 0);
		CHECK_INT(r->n_estimates, 0);
		CHECK_INT(r->n_scores, 0);
		CHECK_INT(r->level, PRR_LEVEL_UNKNOWN);
	}
	bool template = false;
	for (size_t i = 0; i < d.n; i++)
		template |= d.v[i].kind == PRR_DIAG_NOTE &&
			    strstr(d.v[i].message, "looks like a template");
	CHECK(template);
	CHECK_INT(d.errors, 0);
	CHECK_INT(d.warnings, 0);
	prr_review_free(r);
	/* without a date it has none: the caller's --date gives it */
	prr_buf_reset(&md);
	prr_diags_clear(&d);
	prr_draft_template(&md, NULL);
	CHECK(strstr(md.p, "**Date:** YYYY-MM-DD\n") != NULL);
	r = NULL;
	CHECK(prr_import_md_dated(&r, "review.md", md.p, md.n, "2026-07-02",
				  &d) == 0);
	if (r)
		CHECK_STR(r->date, "2026-07-02");
	prr_review_free(r);
	prr_buf_free(&md);
	prr_diags_free(&d);
}
