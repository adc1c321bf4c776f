/* test_import_findings34.c - lists and tables that are no findings
 * though their headings name some, and tables of blockers that are
 * (round 34 of the importer's misreadings): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

/* "Critical path" is a schedule's, no severity: "## 🚨 Critical Path
 * Items" over "### Immediate Actions Required" over numbered actions
 * makes no critical findings (a siren alone is an alarm, no level). */
PRR_TEST(import_findings34__critical_path_is_no_severity)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Platform readiness\n**Status**: \xE2\x9C\x85 READY FOR PRODUCTION\n\n"
		"## \xF0\x9F\x9A\xA8 Critical Path Items\n"
		"### Immediate Actions Required\n"
		"1. **DNS Configuration**: Point domain to load balancer\n"
		"### Post-Deployment Actions\n"
		"1. **Pilot User Training**: Conduct onboarding sessions\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	CHECK(prr_severity_from_text("Critical Path", 13) == PRR_SEV_UNKNOWN);
	CHECK(prr_severity_from_text("Critical paths tested", 21) == PRR_SEV_UNKNOWN);
	CHECK(prr_severity_from_text("Critical pathway bug", 20) == PRR_SEV_CRITICAL);
	/* (a siren over words of a level still rates them) */
	r = md_text("# R\n\n## \xF0\x9F\x9A\xA8 WHAT'S CRITICAL\n\n"
		    "1. \xF0\x9F\x94\xB4 No rate limiting (API abuse risk)\n"
		    "2. \xF0\x9F\x94\xB4 No RBAC (authorization risk)\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2)
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### Red Light Blockers" under "## Go-Live Decision Matrix": what would
 * set the signal red, no blockers found, nor failed checks. */
PRR_TEST(import_findings34__signal_conditions_are_no_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Platform readiness\n**Status**: \xE2\x9C\x85 READY FOR PRODUCTION\n\n"
		"## Go-Live Decision Matrix\n"
		"### Amber Light Conditions\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F **Security warnings** (non-critical findings)\n"
		"- \xE2\x9A\xA0\xEF\xB8\x8F **Performance optimizations**\n"
		"### Red Light Blockers\n"
		"- \xE2\x9D\x8C **Critical security vulnerabilities**\n"
		"- \xE2\x9D\x8C **SLA non-compliance**\n", &d);
	CHECK(r && r->n_findings == 0 && md_items(r) == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* (a heading of blockers by another colour word is still one) */
	r = md_text("# R\n\n## Red-team blockers\n\n- No WAF in front of the API\n", &d);
	CHECK(r && r->n_findings == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| # | Blocker | Who | Notes |" over "| B1 | **Custom SMTP** | … |"
 * under "## Launch blockers (must be done before inviting customers)":
 * a blocker each, open and blocking ("must be done" is yet to be done),
 * under a numbered heading too ("## 3. Launch blockers (…)"). */
PRR_TEST(import_findings34__numbered_blocker_tables)
{
	static const char *const heads[] = {
		"Launch blockers (must be done before inviting customers)",
		"3. Launch blockers (must be done before inviting customers)",
		"Blockers",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		char doc[512];
		snprintf(doc, sizeof doc,
			 "# Shop \xE2\x80\x94 Launch Readiness\n\n## %s\n\n"
			 "| # | Blocker | Who | Notes |\n|---|---|---|---|\n"
			 "| B1 | **Custom SMTP** | Ops | Built-in mailer is for testing only. |\n"
			 "| B2 | **Privacy policy** | Counsel | Links say \"Soon\". |\n",
			 heads[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_findings == 2);
		if (r && r->n_findings == 2) {
			CHECK_STR(r->findings[0].id, "B1");
			CHECK_STR(r->findings[0].title, "Custom SMTP");
			CHECK(r->findings[0].blocking && r->findings[1].blocking);
			CHECK(r->findings[0].severity == PRR_SEV_UNKNOWN);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* (the rows of numbers and an action, under any heading) */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Go-live\n\n## What's Blocking Go-Live\n\n"
		"### Critical Path (Must Have Before First Clinic)\n\n"
		"| # | Blocker | Effort | Action |\n|---|---|---|---|\n"
		"| 1 | **360dialog Production Account** | 3-7 days | Apply |\n"
		"| 2 | **Singapore Phone Number** | 1 day | Get a SIM |\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2)
		CHECK(r->findings[1].blocking &&
		      r->findings[1].severity == PRR_SEV_UNKNOWN);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## P0 Before Public Hosted Production" over bullets: P0 items, each
 * critical and blocking (due before a step ahead), however long the
 * heading; "## P1 Product Reliability" high, not blocking; "## P1 — High
 * priority (fix before GA)" does not block. */
PRR_TEST(import_findings34__priority_before_a_step)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch Readiness\n\nStatus reviewed on 2026-06-24.\n\n"
		"## P0 Before Public Hosted Production\n\n"
		"- Complete an external security review of tenant isolation.\n"
		"- Move secrets out of Helm values.\n\n"
		"## P1 Product Reliability\n\n"
		"- Add distributed traces and alerting rules.\n\n"
		"## P1 Release Engineering Before Launch\n\n"
		"- Publish immutable container tags.\n", &d);
	CHECK(r && r->n_findings == 4);
	if (r && r->n_findings == 4) {
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL && r->findings[0].blocking);
		CHECK(r->findings[1].severity == PRR_SEV_CRITICAL && r->findings[1].blocking);
		CHECK(r->findings[2].severity == PRR_SEV_HIGH && !r->findings[2].blocking);
		CHECK(r->findings[3].severity == PRR_SEV_HIGH && !r->findings[3].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* (a priority's actions without a step are no group: "### P1
	 * Evidence Collection Required" under "## Next Steps") */
	r = md_text("# R\n\n## Next Steps\n\n### P1 Evidence Collection Required\n\n"
		    "1. **Operations:** Create runbooks\n2. **Data:** Validate backups\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Plans are no findings nor risks: the steps under "### If Bug Found
 * After 24 Hours", the items under "### Mitigations", "### Mitigation
 * Strategies", and under "#### Payment Provider Issues" inside "### 7.2
 * Contingency Plans"; the reasons under "### Low Risk ✅"; an item that
 * says "None identified"; a level's status alone ("- **Medium Priority
 * Risks**: ⚠️ **ACCEPTABLE**"). */
PRR_TEST(import_findings34__plans_and_reasons_are_no_items)
{
	static const char *const docs[] = {
		"# Release\n\n## Critical Issues\n\n### If Bug Found After 24 Hours\n\n"
		"- **Do NOT rollback** - too risky to lose user data\n"
		"- Create hotfix branch from main\n",
		"# Release\n\n## Risk Assessment\n\n### Low Risk \xE2\x9C\x85\n"
		"- Core functionality thoroughly tested\n- Easy to rollback if needed\n\n"
		"### Mitigations\n- Keep `storage-only` branch as backup\n"
		"- Monitor first week closely\n",
		"# Readiness\n\n## Risk Assessment\n\n### Mitigation Strategies\n"
		"1. **Immediate security patching**\n2. **Code quality enforcement**\n",
		"# Payments\n\n## 7. Risk Assessment & Mitigation\n\n"
		"### 7.2 Contingency Plans\n\n#### Payment Provider Issues\n"
		"- **PhonePe Downtime:** Display maintenance message, queue transactions\n"
		"- **Stripe Unavailable:** Fallback to PhonePe\n",
		"# Core\n\n### Risk Assessment:\n\n"
		"- **High Priority Risks**: \xE2\x9C\x85 **MITIGATED**\n"
		"- **Medium Priority Risks**: \xE2\x9A\xA0\xEF\xB8\x8F **ACCEPTABLE**\n",
		"# Demo audit\n\n## Risk Assessment\n\n"
		"### \xF0\x9F\x9F\xA1 Medium Risk Items\n- None identified\n\n"
		"### \xF0\x9F\x94\xB4 High Risk Items\n- None identified\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_findings == 0 && r->n_risks == 0);
		if (r && (r->n_findings || r->n_risks))
			printf("  case %zu: %zu findings, %zu risks\n", i,
			       r->n_findings, r->n_risks);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* (a level's risks by name stay risks; "Should fix" is no "if") */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\n## Risk Assessment\n\n### \xF0\x9F\x9F\xA2 Low Risk Items\n"
		"- Self-signed certificate (expected on-prem)\n\n"
		"## Blockers\n\n### Should Fix Before Production\n\n"
		"1. **Test Coverage** is 11%\n", &d);
	CHECK(r && r->n_risks == 1 && r->n_findings == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}
