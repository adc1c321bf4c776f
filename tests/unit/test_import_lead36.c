/* test_import_lead36.c - importer rules of round 36 written by the lead
 * (real documents of other teams, cut to what shows each rule); each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* A key's algorithm opening a table cell ("Ed25519 signed tokens") is
 * seven hex digits, but no commit: git writes hashes in small letters, and
 * a word of both cases is a word.  Hashes of one case stay commits. */
PRR_TEST(import_lead36__mixed_case_hex_is_no_commit)
{
	static const char doc[] =
		"# Signer\n\n**Date:** 2026-03-24\n\n"
		"| Kind | File | How |\n|---|---|---|\n"
		"| **Token** | `src/tok.ts` | Ed25519 signed tokens |\n"
		"| **Seal** | `src/seal.ts` | `Deadbee1` sealed |\n\n"
		"- Fixed in `c0ffee1`.\n"
		"- Fixed again in `C0FFEE2`.\n";
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_commits == 2);
	if (r && r->n_commits == 2) {
		CHECK_STR(r->commits[0].ref, "c0ffee1");
		CHECK_STR(r->commits[1].ref, "C0FFEE2");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
