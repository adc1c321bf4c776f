/* test_import_findings42b.c - findings stated in other layouts (round
 * 42): a topic label that opens with a field's name, an open item in a
 * bold label, a heading that is only an ID, an issue block of plain
 * lines.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* A label that opens with a field's name but goes on to name a topic
 * ("**File Uploads:** …", "**Component Library:** …") is a finding's,
 * not the field "File:" of the finding above; "File/path:" and "File
 * path:" stay fields. */
PRR_TEST(import_findings42b__topic_label_is_no_field)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\nDate: 2026-03-23\n\n## 3. Security\n### Weaknesses\n"
		"- **Rate Limiting:** General API rate limiting is generous.\n"
		"- **File Uploads:** `Multer` uses `memoryStorage`, an OOM risk.\n",
		&d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2)
		CHECK(strstr(r->findings[1].title, "File Uploads") != NULL);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Review\n\nDate: 2026-03-23\n\n## Findings\n\n"
		    "### F-1 Secrets in the repository\n\n"
		    "- File path: `ecosystem.config.cjs`\n- File: `a.js`\n", &d);
	CHECK(r && r->n_findings == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}
