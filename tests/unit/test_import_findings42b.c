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

/* A paragraph of plain lines that opens "ISSUE #1 - 🔴 BLOCKING" and has
 * a "Problem:" line is one finding titled by that line, rated and
 * blocking as its first line says ("BLOCKING" alone, above Critical on
 * the document's scale, blocks at no level); the list under "Current:"
 * is its body.  A summary's "- 🔴 Blocking: 1" is a tally, no check. */
PRR_TEST(import_findings42b__issue_block_of_plain_lines)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Website Audit Report\nGenerated: 2026-02-08\n\n## Summary\n"
		"- 🔴 Blocking: 1\n- 🟡 High: 1\n- ⚪ Low: 0\n\n## Issues by Persona\n\n"
		"ISSUE #1 - 🔴 BLOCKING\nType: Forms\n"
		"Problem: Checkout buttons point to placeholder URLs\nCurrent:\n"
		"  - Stripe: https://buy.stripe.com/your_link\n"
		"  - PayPal: https://paypal.me/your_user\n\n"
		"ISSUE #2 - 🟡 HIGH\nProblem: Footer links point to \"#\"\nCurrent:\n"
		"  - About → #\n", &d);
	CHECK(r && r->n_findings == 2 && r->n_checklists == 0);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].title,
			  "Checkout buttons point to placeholder URLs");
		CHECK(r->findings[0].blocking);
		CHECK(r->findings[0].severity == PRR_SEV_UNKNOWN);
		CHECK(r->findings[1].severity == PRR_SEV_HIGH);
		CHECK(!r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "（必须修复）" (must fix) and "（建议修复）" (should fix) after a heading
 * of findings say they are to be fixed, not fixed; the first makes them
 * blockers as "(must fix)" does.  A Chinese severity in bold closing a
 * heading, "⚠️ **中等**", rates it: the heading is one medium finding,
 * not its analysis bullets. */
PRR_TEST(import_findings42b__chinese_heading_rated_at_its_end)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# 解析器审查\n\n**审查日期**: 2024-01-15\n\n"
		"## 🔴 严重问题（必须修复）\n\n"
		"### 3. 文件流关闭逻辑重复 ⚠️ **中等**\n\n**问题分析**:\n"
		"- `except`和`finally`中都有关闭逻辑，导致重复关闭\n"
		"- 虽然不会报错，但代码冗余\n\n"
		"## 🟡 中等问题（建议修复）\n\n### 4. 失败率判断硬编码\n\n"
		"**问题分析**:\n- 失败率阈值硬编码为10%\n- 应该从配置读取\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(strncmp(r->findings[0].title,
			      "文件流关闭逻辑重复", strlen("文件流关闭逻辑重复")) == 0);
		CHECK(r->findings[0].severity == PRR_SEV_MEDIUM);
		CHECK(r->findings[0].blocking);
		CHECK_STR(r->findings[1].title, "失败率判断硬编码");
		CHECK(!r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A finding's heading that is its ID alone, "### C1", is titled by its
 * first "Problem:" (or "Issue:", "Title:") field, in a list or not. */
PRR_TEST(import_findings42b__id_only_heading_titled_by_problem)
{
	static const char *const docs[] = {
		"# Production Code Review\n\nDate: 2026-02-10\n\n## 2. Critical Issues\n\n"
		"### C1\n- Severity: `critical`\n- File/path: `ecosystem.config.cjs:14`\n"
		"- Problem: Hardcoded production secrets committed to VCS.\n"
		"- Recommendation: Rotate all leaked secrets.\n",
		"# Production Code Review\n\nDate: 2026-02-10\n\n## 2. Critical Issues\n\n"
		"### C1\n\n**Severity:** critical\n"
		"**Problem:** Hardcoded production secrets committed to VCS.\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_findings == 1);
		if (r && r->n_findings == 1)
			CHECK_STR(r->findings[0].title,
				  "Hardcoded production secrets committed to VCS.");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A label that says one finding is open, "**Open item:**", before a
 * sentence is that open finding; "Open items: 3" counts, no finding. */
PRR_TEST(import_findings42b__open_item_label_is_a_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Production Review \xE2\x80\x94 2026-03-02\n\n"
		"## 5. Scheduler Availability \xE2\x80\x94 8.5/10\n\n"
		"**Open item:** `maxApptsPerSlot == 0` is treated as 1; AMD intends 0 "
		"as \"unlimited\".\n\n**Open items:** 3\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK(strncmp(r->findings[0].title, "`maxApptsPerSlot == 0`", 22) == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}
