/* test_import_site16.c - what the site and report say of what the importer
 * reads (round 22 of site reading): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/figures.h"
#include "prr/rec_score.h"

#include "../../gen/view_int.h"

/* A checklist row whose status cell holds a word prr does not know
 * ("zaliczono", a pass in Polish) keeps that word as written: the item's
 * status is unknown, shown as not read, neither pending nor counted in
 * the list's "N of M done"; a word it knows is read as before. */
PRR_TEST(import_site16__unread_status_is_unknown_not_pending)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Przegląd\n\n## Wyniki według obszarów\n\n"
		"| Obszar | Status | Komentarz |\n|---|---|---|\n"
		"| Testy funkcjonalne | zaliczono | 96 przypadków |\n"
		"| Testy obciążeniowe | pending | cel 500/min |\n"
		"| Kopie zapasowe | niezaliczono | nigdy nie testowane |\n"
		"| Monitoring | done | Grafana |\n", &d);
	CHECK(r && r->n_checklists == 1);
	if (!r || r->n_checklists != 1 || r->checklists[0].n_items != 4) {
		prr_review_free(r);
		prr_diags_free(&d);
		CHECK(0);
		return;
	}
	const prr_checkitem *it = r->checklists[0].items;
	CHECK_STR(it[0].status_text, "zaliczono");
	CHECK_INT(it[0].status, PRR_UNKNOWN);
	CHECK(!it[0].done);
	CHECK_INT(view_item_status(&it[0]), PRR_UNKNOWN);
	CHECK(it[1].status_text == NULL);
	CHECK_INT(view_item_status(&it[1]), PRR_PENDING);
	CHECK_STR(it[2].status_text, "niezaliczono");
	CHECK(it[3].status_text == NULL && it[3].done);
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	/* 1 done of the 2 read; 2 not read, not counted */
	CHECK_INT(s.lists[0].done, 1);
	CHECK_INT(s.lists[0].total, 2);
	CHECK_INT(s.lists[0].unknown, 2);
	prr_arena_free(&a);
	/* an item written by hand without a status is still not done */
	prr_checkitem plain = { .text = "x", .done = false };
	CHECK_INT(view_item_status(&plain), PRR_PENDING);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* An overall score against the mean of its dimensions agrees only within
 * the stated figure's rounding, the rule by which the headline shows prr's
 * figure beside it: "7.5/10" over a mean of 7.25 is a disagreement the
 * audit lists (it was "agrees", within a twentieth of the scale, while the
 * headline showed "7.5 / 10, as stated (7.3 / 10 from its dimensions)");
 * "7.3/10" over 7.25 agrees. */
PRR_TEST(import_site16__overall_score_against_the_mean_by_rounding)
{
	static const struct {
		const char *overall;
		bool agrees;
	} cases[] = { { "7.5", false }, { "7.3", true }, { "7", true }, { "8", false } };
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Review\n\n- Overall score: **%s/10**\n\n## Areas\n\n"
			"| Area | Score |\n|---|---|\n| A | 8.5/10 |\n| B | 6/10 |\n"
			"| C | 8/10 |\n| D | 7/10 |\n| E | 5/10 |\n| F | 9/10 |\n",
			cases[i].overall);
		size_t k = 0;
		while (r && k < r->n_audit && !strstr(r->audit[k].claim, "mean"))
			k++;
		CHECK(r && k < r->n_audit);
		if (r && k < r->n_audit) {
			CHECK_STR(r->audit[k].computed, "7.25/10");
			CHECK_INT(r->audit[k].agrees, cases[i].agrees);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	CHECK(prr_score_rounds_to(9, 8.6));
	CHECK(prr_score_rounds_to(3.4, 3.43));
	CHECK(!prr_score_rounds_to(7.5, 7.25));
	CHECK(!prr_score_rounds_to(5.9, 6.08));
}

/* A plan table's total row is a stated sum, audited against its rows:
 * "| **Total** | | **110** | **55** |" over waves of 34 + 34 + 29 + 18
 * planned points disagrees (115); the done column agrees (55).  Before,
 * the row was skipped and the page said every figure agrees. */
PRR_TEST(import_site16__plan_total_row_against_its_rows)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Plan\n\n| Wave | Window | Planned pts | Done pts |\n"
		"|---|---|---|---|\n"
		"| Wave 1 — Baseline | 2026-02-16 → 2026-02-27 | 34 | 34 |\n"
		"| Wave 2 — Resilience | 2026-03-02 → 2026-03-27 | 34 | 21 |\n"
		"| Wave 3 — Data | 2026-03-30 → 2026-04-17 | 29 | 0 |\n"
		"| Wave 4 — Launch | 2026-04-20 → 2026-05-01 | 18 | 0 |\n"
		"| **Total** | | **110** | **55** |\n", &d);
	CHECK(r && r->n_waves == 4);
	int seen = 0;
	for (size_t k = 0; r && k < r->n_audit; k++) {
		const prr_claim *c = &r->audit[k];
		if (strcmp(c->claim, "Total Planned pts") == 0) {
			CHECK_STR(c->stated, "110");
			CHECK_STR(c->computed, "115");
			CHECK(!c->agrees);
			seen++;
		} else if (strcmp(c->claim, "Total Done pts") == 0) {
			CHECK_STR(c->computed, "55");
			CHECK(c->agrees);
			seen++;
		}
	}
	CHECK_INT(seen, 2);
	prr_review_free(r);
	prr_diags_free(&d);
}
