/* test_import_verdicts15.c - verdicts misread in reviews written by other
 * teams (rounds 25 and 26): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A go for one part beside another part refused is a split decision,
 * partial, whatever aside follows the refused part's name: "The rollout
 * (all clinics) is not approved" names "The rollout". */
PRR_TEST(import_verdicts15__aside_after_a_refused_part)
{
	CHECK_INT(md_level("# CareBook\n\n## Decision\n\nGO for the pilot. The "
			   "rollout (all clinics) is not approved.\n"),
		  PRR_LEVEL_PARTIAL);
	CHECK_INT(md_level("# CareBook\n\n## Decision\n\nGO for the pilot. The "
			   "rollout is not approved.\n"),
		  PRR_LEVEL_PARTIAL);
	/* an aside is no subject of its own: "(all of it) is not ready" */
	CHECK_INT(md_level("# CareBook\n\n## Decision\n\nGO for the pilot. "
			   "(all of it) is not approved.\n"),
		  PRR_LEVEL_NOT_READY);
}
