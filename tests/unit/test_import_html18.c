/* test_import_html18.c - HTML tables left in a Markdown document (a
 * Confluence or Notion export), read as the Markdown table a reader sees
 * (site reader round 24: "0 open findings" beside an HTML table of four
 * open ones). */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"

#include <string.h>

/* A Confluence export's findings table: each row a finding on the line
 * of its "<tr>", "Done" closed, "Highest" critical; tags in cells are
 * dropped, entities decoded. */
PRR_TEST(import_html18__findings_table)
{
	static const char doc[] =
		"# Telematics\n\n## Findings\n\n"
		"<div class=\"table-wrap\">\n<table class=\"confluenceTable\">\n<tbody>\n"
		"<tr><th class=\"confluenceTh\">Key</th><th>Summary</th><th>Priority</th><th>Status</th></tr>\n"
		"<tr><td>TEL-502</td><td>Device certs &amp; <b>no</b> rotation path</td><td>Highest</td><td>Open</td></tr>\n"
		"<tr><td>TEL-498</td><td>MQTT bridge without auth</td><td>Highest</td><td>Done</td></tr>\n"
		"<tr><td>TEL-515</td><td><p>Runbook lacks<br>the re-shard step</p></td><td>Low</td><td>Open</td></tr>\n"
		"</tbody>\n</table>\n</div>\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "TEL-502");
		CHECK_STR(r->findings[0].title, "Device certs & no rotation path");
		CHECK_INT(r->findings[0].severity, PRR_SEV_CRITICAL);
		CHECK_INT(r->findings[0].line, 9);
		CHECK_STR(r->findings[1].id, "TEL-515");
		CHECK_STR(r->findings[1].title, "Runbook lacks the re-shard step");
		CHECK_INT(r->findings[1].severity, PRR_SEV_LOW);
		CHECK_INT(r->findings[1].line, 11);
	}
	CHECK(!md_said(&d, "not imported: an HTML table"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A matrix of components by categories: a cell that spans rows stands in
 * each row below it ("<td rowspan=2>"), one that spans columns in each
 * column; a numeric entity is its character ("&#x2705;" ✅). */
PRR_TEST(import_html18__matrix_with_spans)
{
	static const char doc[] =
		"# Notify\n\n## Channels\n\n<table>\n"
		"<tr><th>Channel</th><th>Delivery</th><th>Monitoring</th><th>Failover</th></tr>\n"
		"<tr><td>Email</td><td colspan=\"2\">&#x2705;</td><td>\xE2\x9D\x8C</td></tr>\n"
		"<tr><td>SMS</td><td>\xE2\x9C\x85</td><td rowspan=\"2\">\xE2\x9A\xA0\xEF\xB8\x8F</td><td>\xE2\x9C\x85</td></tr>\n"
		"<tr><td>Push</td><td>\xE2\x9C\x85</td><td>\xE2\x9C\x85</td></tr>\n"
		"</table>\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_components == 3);
	if (r && r->n_components == 3) {
		static const char *const names[] = { "Email", "SMS", "Push" };
		static const prr_status want[3][3] = {
			{ PRR_PASS, PRR_PASS, PRR_FAIL },
			{ PRR_PASS, PRR_PARTIAL, PRR_PASS },
			{ PRR_PASS, PRR_PARTIAL, PRR_PASS },
		};
		for (size_t c = 0; c < 3; c++) {
			CHECK_STR(r->components[c].name, names[c]);
			CHECK(r->components[c].n_checks == 3);
			for (size_t k = 0; k < 3 && k < r->components[c].n_checks; k++)
				CHECK_INT(r->components[c].checks[k].status, want[c][k]);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A table prr cannot read as a grid is not read, and the warning says
 * why: no header row of <th> cells, a table inside a cell, no end. */
PRR_TEST(import_html18__not_a_grid_is_said)
{
	static const struct { const char *table, *why; } cases[] = {
		{ "<table>\n<tr><td>Email</td><td>\xE2\x9C\x85</td></tr>\n</table>\n",
		  "no header row" },
		{ "<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td><table><tr><td>x"
		  "</td></tr></table></td><td>y</td></tr>\n</table>\n",
		  "a table inside a cell" },
		{ "<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td>x</td><td>y</td></tr>\n",
		  "is missing" },
		/* an '&' between cells, outside any (this hung: no byte
		 * read past it) */
		{ "<table>&amp;<tr><th>A</th></tr>&\n<tr><td>x</td></tr>\n", "is missing" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_buf doc = PRR_BUF_INIT;
		prr_buf_addf(&doc, "# X\n\n## Findings\n\n%s", cases[i].table);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc.p, &d);
		CHECK(r && r->n_components == 0 && r->n_findings == 0);
		CHECK(md_said(&d, "not imported: an HTML table"));
		CHECK(md_said(&d, cases[i].why));
		prr_review_free(r);
		prr_diags_free(&d);
		prr_buf_free(&doc);
	}
}

/* A table too long for a review is read up to its limit, and said; each
 * byte is read once (a 30,000-row table imports, cut at 20,000). */
PRR_TEST(import_html18__long_table_is_cut_and_said)
{
	prr_buf doc = PRR_BUF_INIT;
	prr_buf_adds(&doc, "# X\n\n## Checks\n\n<table>\n<tr><th>Check</th><th>Status</th></tr>\n");
	for (int i = 0; i < 30000; i++)
		prr_buf_addf(&doc, "<tr><td>Check %d</td><td>\xE2\x9C\x85</td></tr>\n", i);
	prr_buf_adds(&doc, "</table>\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc.p, &d);
	CHECK(r != NULL);
	CHECK(md_said(&d, "the rest is not imported"));
	/* (a table of checks under no component's heading: the project's,
	 * as a Markdown table is) */
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 19999);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&doc);
}

/* Markdown text and HTML tables decode character references the same
 * way (imp_entity): "&#x2705;" in a Markdown cell is ✅, as in an HTML
 * one, where it was kept as "&#x2705;" (a status prr could not read). */
PRR_TEST(import_html18__references_decoded_alike)
{
	static const char doc[] =
		"# Notify\n\n## Channels\n\n| Channel | Delivery | Monitoring |\n|---|---|---|\n"
		"| Email | &#x2705; | \xE2\x9C\x85 |\n| SMS | &#10060; | \xE2\x9C\x85 |\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK(r->components[0].n_checks == 2 &&
		      r->components[0].checks[0].status == PRR_PASS);
		CHECK(r->components[1].n_checks == 2 &&
		      r->components[1].checks[0].status == PRR_FAIL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
