/* test_import_datescores18.c - the review's date and score where a label
 * names something else (an event of its own) or the review's own (a
 * re-review, an overall grade wrapped over two lines); each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

/* The date of `text`, imported as the file 2026-01-01.md (its name's day
 * where the document states none), in out[16] ("-" when it does not
 * import). */
static const char *date_in(const char *text, char *out)
{
	return md_date(md_text, text, out);
}

/* A labelled day alone near the top is its label's event's when the
 * label names a test or a step towards launch ("Pen test", "Canary",
 * "Dress rehearsal", "Store review", "Submission"), as a line of several
 * such days already is: not the review's.  A label of the review's own
 * day or meeting still dates it ("Sign-off meeting" is the meeting that
 * signs the review off, as "Go/no-go meeting" is). */
PRR_TEST(import_datescores18__event_label_alone_is_no_review_date)
{
	static const struct {
		const char *label, *want;
	} cases[] = {
		{ "Pen test", "2026-01-01" }, { "Canary", "2026-01-01" },
		{ "Dress rehearsal", "2026-01-01" },
		{ "Store review", "2026-01-01" }, { "Submission", "2026-01-01" },
		{ "Store submission", "2026-01-01" }, { "Load test", "2026-01-01" },
		{ "Review date", "2026-04-27" }, { "Reviewed", "2026-04-27" },
		{ "Date", "2026-04-27" }, { "Meeting", "2026-04-27" },
		{ "Sign-off meeting", "2026-04-27" },
		{ "Steering meeting", "2026-04-27" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		for (int bold = 0; bold < 2; bold++) {
			char doc[256], out[16];
			snprintf(doc, sizeof doc,
				 "# Lumen 4.0 \xE2\x80\x94 weekly status\n\n"
				 "%s%s:%s 2026-04-27\n\nOverall: **At risk.**\n",
				 bold ? "**" : "", cases[i].label, bold ? "**" : "");
			CHECK_STR(date_in(doc, out), cases[i].want);
		}
	}
	char out[16]; /* after a weekday, in a list */
	CHECK_STR(date_in("# Lumen\n\n**Canary:** Mon, 27 April 2026\n\nText.\n", out),
		  "2026-01-01");
	CHECK_STR(date_in("# Lumen\n\n- Pen test: 2026-04-27\n- Owner: Kim\n", out),
		  "2026-01-01");
}

/* In a list of scored items, an item named by readiness alone
 * ("Operational readiness", one of five pillars) is one of the list's
 * dimensions, not the review's overall score; "Overall readiness" in the
 * same list, or "Readiness" on its own, still is the overall score. */
PRR_TEST(import_datescores18__readiness_item_among_dimensions)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# FraudNet v7\n\n## Scores\n\n"
		"- Conceptual soundness: $4/5$\n- Fairness: $2/5$\n"
		"- Operational readiness: $3/5$\n", &d);
	CHECK(r && r->n_scores == 0 && r->n_dimensions == 3);
	if (r && r->n_dimensions == 3) {
		CHECK_STR(r->dimensions[2].name, "Operational readiness");
		CHECK(r->dimensions[2].score == 3 && r->dimensions[2].max == 5);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# FraudNet v7\n\n## Scores\n\n- Security: 4/5\n"
		    "- Reliability: 2/5\n- Overall readiness: 3/5\n", &d);
	CHECK(r && r->n_scores == 1 && r->n_dimensions == 2);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# FraudNet v7\n\n- Readiness: 3/5\n- Owner: Kim\n", &d);
	CHECK(r && r->n_scores == 1 && r->n_dimensions == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Date of re-review:" and "Re-review date:" are a later review's day,
 * except in a document that is itself a review again (its title says
 * "Re-review", "Reassessment"): there they are its own.  "Next re-review
 * date" is still one to come, and a "Pre-review" title is no re-review. */
PRR_TEST(import_datescores18__re_review_dates_a_re_review)
{
	static const struct {
		const char *title, *label, *want;
	} cases[] = {
		{ "Kafka \xE2\x80\x94 Production Readiness Re-review",
		  "Date of re-review", "2026-02-09" },
		{ "Kafka re-review", "Re-review date", "2026-02-09" },
		{ "Kafka reassessment", "Date of re-review", "2026-02-09" },
		{ "Kafka re-review", "Next re-review date", "2026-01-01" },
		{ "Kafka PRR", "Date of re-review", "2026-01-01" },
		{ "Kafka pre-review checklist", "Re-review date", "2026-01-01" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[256], out[16];
		snprintf(doc, sizeof doc, "# %s\n\n- **%s:** 9 February 2026\n"
			 "- **Previous review:** 30 September 2025\n\nStatus: **READY**\n",
			 cases[i].title, cases[i].label);
		CHECK_STR(date_in(doc, out), cases[i].want);
	}
}

/* A score's label wrapped over a paragraph's line break is read whole,
 * as on one line: "… definitivo. Nota geral atribuída" then "pela banca:
 * **5,5 / 10**." is the overall grade ("nota geral").  Only the words
 * that open a sentence at the line's end join, four at most. */
PRR_TEST(import_datescores18__overall_label_wrapped_over_a_line)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Parecer\n\n## Resumo\n\n"
		"A entrada fica suspensa com o provedor definitivo. Nota geral atribu\xC3\xAD" "da\n"
		"pela banca: **5,5 / 10**.\n", &d);
	CHECK(r && r->n_scores == 1);
	if (r && r->n_scores == 1) {
		CHECK_STR(r->scores[0].label, "Nota geral atribu\xC3\xAD" "da pela banca");
		CHECK(r->scores[0].value == 5.5 && r->scores[0].max == 10);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* the end of a sentence wrapped from above is no label */
	r = md_text("# Parecer\n\n## Resumo\n\nO texto longo que continua a nota geral\n"
		    "pela banca: **5,5 / 10**.\n", &d);
	CHECK(r && r->n_scores == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}
