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
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	snprintf(out, 16, "%s", !r ? "-" : r->date ? r->date : "");
	prr_review_free(r);
	prr_diags_free(&d);
	return out;
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
