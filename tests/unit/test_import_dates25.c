/* test_import_dates25.c - the review's date in bylines that name whom
 * the review was held with, or who prepared it for whom, in Korean
 * labels of an edit's day, and the mark of a day given by --date; each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"
#include "prr/json.h"

/* A line and the date the document `doc` (a "%s" for it) gives with it
 * ("-": it does not import). */
typedef struct dated_line {
	const char *line, *date;
} dated_line;

static void check_lines(const char *doc, const dated_line *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char text[600], out[16];
		snprintf(text, sizeof text, doc, cases[i].line);
		CHECK_STR(md_date(md_undated, text, out), cases[i].date);
	}
}

/* A verb of reviewing after the record's name ("Checklist reviewed
 * ...") and before whom it was held with ("... with the LCE on ...")
 * dates the review as "Reviewed by the LCE on ..." does; a meeting with
 * someone else ("Meeting with the vendor on ...") still does not, nor
 * does another thing reviewed ("Incident reviewed with ..."). */
PRR_TEST(import_dates25__reviewed_with_whom)
{
	static const char doc[] =
		"# Launch checklist: Query Suggest v2\n\n"
		"_Launch coordinator: Hannah Whitfield_\n%s\n\n"
		"## Architecture\n\n- [x] A1. Design doc approved\n"
		"- [ ] A5. Ranker model artifact signed\n";
	static const dated_line cases[] = {
		{ "_Checklist reviewed with the LCE on Wednesday 4 February 2026_", "2026-02-04" },
		{ "_Reviewed with the LCE on 4 February 2026_", "2026-02-04" },
		{ "_Checklist reviewed by the LCE on 4 February 2026_", "2026-02-04" },
		{ "_The checklist was reviewed with the LCE on 4 February 2026_", "2026-02-04" },
		{ "_Meeting with the vendor on Wednesday 4 February 2026_", "-" },
		{ "_Incident reviewed with the LCE on 4 February 2026_", "-" },
	};
	check_lines(doc, cases, sizeof cases / sizeof cases[0]);
}

/* A byline "Prepared by <who> for <whom>, <day>" (or "... of <day>")
 * dates the review as "Prepared for <whom>, <day>" does; the document's
 * later day in US order ("05/28/2026") settles "05/07/2026" there as it
 * does under "Date:". */
PRR_TEST(import_dates25__prepared_by_who_for_whom)
{
	static const char doc[] =
		"# FieldOps Mobile 3.0 \xE2\x80\x94 Release Readiness\n\n%s\n\n"
		"We will not make the 05/28/2026 store submission.\n";
	static const dated_line cases[] = {
		{ "_Prepared by the FieldOps squad for the release council, 05/07/2026._", "2026-05-07" },
		{ "_Prepared by the FieldOps squad for the Thursday release council, 05/07/2026._", "2026-05-07" },
		{ "_Prepared by the FieldOps squad for the release council of Thursday 7 May 2026._", "2026-05-07" },
		{ "_Prepared by the FieldOps squad for the release council of 2026-05-07._", "2026-05-07" },
		{ "_Prepared for the release council, 2026-05-07._", "2026-05-07" },
		/* who in more than a few words is a sentence, not a byline */
		{ "_Prepared by a team of seven engineers from three orgs for the council, 2026-05-07._", "-" },
	};
	check_lines(doc, cases, sizeof cases / sizeof cases[0]);
}

/* Korean "최종 업데이트" (last updated), "업데이트", "최종 수정일" (last
 * modified) and traditional Chinese "最後更新" label an edit's day as
 * "Last updated" does: the review's where nothing names it (at the end
 * of a long checklist too), below a "Date:" label. */
PRR_TEST(import_dates25__korean_last_updated)
{
	static const char *const labels[] = {
		"\xEC\xB5\x9C\xEC\xA2\x85 \xEC\x97\x85\xEB\x8D\xB0\xEC\x9D\xB4\xED\x8A\xB8",
		"\xEC\x97\x85\xEB\x8D\xB0\xEC\x9D\xB4\xED\x8A\xB8",
		"\xEC\xB5\x9C\xEC\xA2\x85 \xEC\x88\x98\xEC\xA0\x95\xEC\x9D\xBC",
		"\xE6\x9C\x80\xE5\xBE\x8C\xE6\x9B\xB4\xE6\x96\xB0",
		"Last updated",
	};
	char items[600] = "";
	for (int k = 1; k <= 28; k++)
		snprintf(items + strlen(items), sizeof items - strlen(items),
			 "- [ ] item %d\n", k);
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		char text[900], out[16];
		snprintf(text, sizeof text, "# Production Readiness Checklist\n\n"
			 "## Security\n\n%s\n**%s**: 2025-12-15\n", items, labels[i]);
		CHECK_STR(md_date(md_undated, text, out), "2025-12-15");
		snprintf(text, sizeof text, "# Production Readiness Checklist\n\n"
			 "**Date:** 2026-01-10\n**%s**: 2026-02-15\n\n"
			 "## Security\n\n- [ ] item 1\n- [ ] item 2\n", labels[i]);
		CHECK_STR(md_date(md_undated, text, out), "2026-01-10");
	}
}

/* A day given by --date where the document states none is marked so
 * ("source": {"date_from": "command-line"}), and loads back; a day the
 * document states is not, nor is a value the loader does not know. */
PRR_TEST(import_dates25__date_from_command_line)
{
	static const char *const docs[] = { "# PRR\n\n- [ ] a\n",
		"# PRR\n\n**Date:** 2026-03-04\n\n- [ ] a\n" };
	for (int i = 0; i < 2; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = NULL, *back = NULL;
		prr_import_md_dated(&r, "x.md", docs[i], strlen(docs[i]),
				    "2026-01-01", &d);
		CHECK(r && (i ? !r->date_from
			      : r->date_from && strcmp(r->date_from, "command-line") == 0));
		prr_buf b = PRR_BUF_INIT;
		prr_jw w;
		prr_jw_init(&w, &b, false);
		if (r)
			prr_review_write_json(r, &w);
		CHECK(prr_review_load_json(&back, "x.json", b.p, b.n, &d) == 0);
		CHECK(back && (i ? !back->date_from
				 : back->date_from && strcmp(back->date_from, "command-line") == 0));
		prr_review_free(back);
		prr_buf_free(&b);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	static const char bad[] = "{\"schema\": \"prr/review/v1\", \"date\": "
		"\"2026-01-01\", \"source\": {\"date_from\": \"cli\"}}";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	CHECK(prr_review_load_json(&r, "x.json", bad, strlen(bad), &d) < 0);
	CHECK(md_said(&d, "unknown date_from"));
	prr_review_free(r);
	prr_diags_free(&d);
}
