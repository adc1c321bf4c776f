/* test_import_lists21.c - what the importer reads in layouts found by
 * review documents written by other teams: each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"


/* A change of bullet ("*" to "+") starts a new list in Markdown, not a new
 * checklist: lists one right after another, with no text between, under
 * one heading (one title) are one checklist. */
PRR_TEST(import_lists21__bullet_change_continues_the_checklist)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Push go-live\n\n## Launch checklist\n\n"
		"* [X] Load test signed off\n* [X] Runbooks linked\n"
		"+ [x] Canary at 5 % of Android\n+ [ ] Canary at 5 % of iOS\n"
		"* [-] Web-push migration (descoped)\n* [X] Retention review\n",
		&d);
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1) {
		CHECK_STR(r->checklists[0].title, "Launch checklist");
		CHECK(r->checklists[0].n_items == 6);
		if (r->checklists[0].n_items == 6) {
			CHECK_STR(r->checklists[0].items[3].text,
				  "Canary at 5 % of iOS");
			CHECK(r->checklists[0].items[3].status == PRR_PENDING);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);

	/* nested lists too: one item's sub-list, its bullet changing */
	r = md_text("# R\n\n## Checks\n\n- [x] api\n  - [x] alerts\n  - [x] logs\n"
		    "  + [ ] traces\n- [x] db\n", &d);
	CHECK(r && r->n_checklists == 2);
	if (r && r->n_checklists == 2) {
		CHECK_STR(r->checklists[1].title, "api");
		CHECK(r->checklists[1].n_items == 3);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Text between the lists, another heading, or a list of another kind
 * keeps them apart. */
PRR_TEST(import_lists21__text_between_keeps_lists_apart)
{
	static const char *const docs[] = {
		"# R\n\n## Checks\n\n- [x] a\n- [x] b\n\nAfter the dry-run:\n\n"
		"+ [x] c\n+ [ ] d\n",
		"# R\n\n## Checks\n\n- [x] a\n- [x] b\n\n## More checks\n\n"
		"+ [x] c\n+ [ ] d\n",
		"# R\n\n## Checks\n\n- [x] a\n- [x] b\n\n1. [x] c\n2. [ ] d\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_checklists == 2);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* 50,000 one-item lists, their bullets alternating: one checklist, read
 * in linear time (the items' room doubles). */
PRR_TEST(import_lists21__many_bullet_changes)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# R\n\n## Checks\n\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_addf(&b, "%c [x] check %d\n", i % 2 ? '+' : '-', i);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1)
		CHECK(r->checklists[0].n_items == 50000);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
