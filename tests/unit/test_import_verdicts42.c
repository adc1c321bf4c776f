/* test_import_verdicts42.c - the review's verdict (status level and
 * text) in documents written by other teams (round 42): each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

/* A title that names a readiness review or report is the KIND of
 * document, no verdict, in Chinese as in English: "生产就绪性审查报告"
 * ("production-readiness review report"; 就绪性 is the noun "readiness")
 * is not "就绪" (ready). */
PRR_TEST(import_verdicts42__readiness_noun_title_is_no_verdict)
{
	static const struct md_want w[] = {
		{ "# 订单服务 - 生产就绪性审查报告\n\n**审查日期**: 2024-03-01\n\n"
		  "正文。\n", PRR_LEVEL_UNKNOWN, NULL },
		{ "# 订单服务 - 生产就绪报告\n\n正文。\n", PRR_LEVEL_UNKNOWN, NULL },
		{ "# 订单服务 - 生产就緒性評估\n\n正文。\n", PRR_LEVEL_UNKNOWN, NULL },
		/* a verdict after the noun is still read */
		{ "# 订单服务\n\n**结论**: 生产就绪性：已就绪\n", PRR_LEVEL_READY,
		  "已就绪" },
	};
	md_check_verdicts(md_text, w, sizeof w / sizeof w[0]);
}
