/* test_import_findings19.c - finding IDs keyed by a word prr knows for
 * something else, and findings rated by a circle in a paragraph (round
 * 18b): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_item.h"

/* A list item that opens "KEY-310 (Critical) — …" is a finding keyed
 * KEY-310, not a legend ("Key: ✅ done"); and a standard's letters
 * before a ticket's number rated in parentheses key an ID too ("TLS-310
 * (Critical)", "CVE-2024-1234 (Critical)"), where "HTTP-2 (Low)",
 * "SHA-256 (High)" and "TLS 1.2" stay names in the title. */
PRR_TEST(import_findings19__acronym_keys_are_ids_where_rated)
{
	static const struct {
		const char *key, *id1, *id2;
	} cases[] = {
		{ "KEY", "KEY-310", "KEY-318" }, { "TLS", "TLS-310", "TLS-318" },
		{ "SHA", "SHA-310", "SHA-318" }, { "AES", "AES-310", "AES-318" },
		{ "ISO", "ISO-310", "ISO-318" }, { "HTTP", "HTTP-310", "HTTP-318" },
		{ "UTF", "UTF-310", "UTF-318" }, { "CVE", "CVE-310", "CVE-318" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char doc[400];
		snprintf(doc, sizeof doc,
			 "# X \xE2\x80\x94 PRR\n\nDate: 2026-10-12\n\n## Blockers\n\n"
			 "1. %s-310 (Critical) \xE2\x80\x94 no second region.\n"
			 "2. %s-318 (High) \xE2\x80\x94 SAML refresh is manual.\n",
			 cases[i].key, cases[i].key);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_findings == 2);
		if (r && r->n_findings == 2) {
			CHECK_STR(r->findings[0].id, cases[i].id1);
			CHECK_STR(r->findings[0].title, "no second region.");
			CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
			CHECK(r->findings[0].blocking);
			CHECK_STR(r->findings[1].id, cases[i].id2);
			CHECK(r->findings[1].severity == PRR_SEV_HIGH);
			CHECK(r->findings[1].blocking);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# X\n\nDate: 2026-10-12\n\n## Findings\n\n"
		"- CVE-2024-1234 (Critical) \xE2\x80\x94 libfoo RCE in the parser.\n"
		"- HTTP-2 (Low) \xE2\x80\x94 no push.\n"
		"- SHA-256 (High) \xE2\x80\x94 digests are not salted.\n"
		"- Clients still negotiate TLS 1.2 (High) \xE2\x80\x94 we want 1.3.\n"
		"- **TLS-1** (Medium) \xE2\x80\x94 old name.\n", &d);
	CHECK(r && r->n_findings == 5);
	if (r && r->n_findings == 5) {
		CHECK_STR(r->findings[0].id, "CVE-2024-1234");
		CHECK_STR(r->findings[0].title, "libfoo RCE in the parser.");
		CHECK_STR(r->findings[1].id, "F2");
		CHECK(strncmp(r->findings[1].title, "HTTP-2", 6) == 0);
		CHECK_STR(r->findings[2].id, "F3");
		CHECK(strncmp(r->findings[2].title, "SHA-256", 7) == 0);
		CHECK_STR(r->findings[3].id, "F4");
		CHECK_STR(r->findings[4].id, "F5");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* in prose, no ID at all */
	size_t at, len;
	static const char *const prose[] = { "TLS-310 is old", "SHA-256 (high entropy)",
		"CVE-2024-1234 was patched", "RS256 (High)", "ISO 27001 (High)" };
	for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++)
		CHECK(!prr_rec_finding_id(prose[i], strlen(prose[i]), &at, &len));
}

/* "🔴 **PAR-902** — Android: … lost when the" / "app is killed before
 * reconnect. Blocks Android." as a paragraph reads as the list item
 * does: 🔴 critical, 🟠 high, 🟡 medium, 🟢 low; its title the whole first
 * sentence across the line break, and blocking by the sentence after. */
PRR_TEST(import_findings19__circle_rates_a_paragraph_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Parley Chat \xE2\x80\x94 release readiness\n\nReview call: 2026-08-27.\n\n"
		"## Findings\n\n"
		"\xF0\x9F\x94\xB4 **PAR-902** \xE2\x80\x94 Android: messages sent while offline are lost when the\n"
		"app is killed before reconnect. Blocks Android.\n\n"
		"\xF0\x9F\x9F\xA0 **PAR-911** \xE2\x80\x94 Android cold start 2.9 s on low-end devices.\n\n"
		"\xF0\x9F\x9F\xA1 **PAR-915** \xE2\x80\x94 iOS: reaction picker clips\n"
		"More detail follows here.\n\n"
		"\xF0\x9F\x9F\xA2 **PAR-920** \xE2\x80\x94 Dark mode icon is off by a pixel.\n", &d);
	CHECK(r && r->n_findings == 4);
	if (r && r->n_findings == 4) {
		CHECK_STR(r->findings[0].id, "PAR-902");
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
		CHECK(r->findings[0].blocking);
		CHECK_STR(r->findings[0].title, "Android: messages sent while offline "
			  "are lost when the app is killed before reconnect.");
		CHECK(r->findings[1].severity == PRR_SEV_HIGH);
		CHECK(!r->findings[1].blocking);
		/* (a next line in capitals is no sentence going on) */
		CHECK(r->findings[2].severity == PRR_SEV_MEDIUM);
		CHECK_STR(r->findings[2].title, "iOS: reaction picker clips");
		CHECK(r->findings[3].severity == PRR_SEV_LOW);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
