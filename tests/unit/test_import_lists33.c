/* test_import_lists33.c - marks in real readiness documents that read as
 * checks' results they are not, and one that read as none (round 33):
 * each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"

/* The checklist items of a big input: `head`, then `count` lines of
 * `fmt` (its one or two "%d" the line's number); -1 for no import. */
static size_t big_items(const char *head, const char *fmt, int count)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, head);
	for (int i = 0; i < count; i++)
		prr_buf_addf(&b, fmt, i, i);
	prr_review *r = md_text(b.p, &d);
	size_t k = r ? md_items(r) : (size_t)-1;
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
	return k;
}

/* "- **✅ Load Balancing**: Health checks configured": the tick inside
 * the bold that opens an item is the item's mark, as in "- ✅ **Load
 * Balancing**: …": a check passed. */
PRR_TEST(import_lists33__tick_inside_bold_is_the_items_mark)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Readiness Assessment\n\n"
				"### 1. Infrastructure Readiness\n\n"
				"#### Architecture Review\n"
				"- **\xE2\x9C\x85 Microservices Architecture**: Properly implemented\n"
				"- **\xE2\x9C\x85 Load Balancing**: Health checks configured\n", &d);
	CHECK(r && r->n_checklists == 1 && md_items(r) == 2);
	if (r && r->n_checklists == 1 && md_items(r) == 2) {
		CHECK(r->checklists[0].items[0].status == PRR_PASS);
		CHECK_STR(r->checklists[0].items[1].text,
			  "Load Balancing: Health checks configured");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* a big input: one list of 50,000 such items, each read once */
	CHECK(big_items("# Readiness\n\n## Checks\n\n",
			"- **\xE2\x9C\x85 Check %d**: done\n", 50000) == 50000);
}

/* A list (no boxes) whose every mark is ✅ under a heading of work still
 * to do ("### Must Have (Before Production):", "### Next Week:", "###
 * This Week:" under "## Immediate action items", "### ⚠️ REQUIRED BEFORE
 * PRODUCTION RELEASE") or right after such a label ("**Week 5-6
 * Remaining Work:**"), or under "**Why:**" or "**Cons:**" (a choice's
 * reasons): its ✅
 * are bullets, no check passed.  ✅ beside ⏳ is progress, and a list of
 * what is there under a finding's heading stays a checklist. */
PRR_TEST(import_lists33__todo_ticks_are_bullets)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Readiness Assessment\n\n"
				"## 1.1 Apply Solution Endpoint\n\n"
				"**Status:** \xE2\x9D\x8C **NOT IMPLEMENTED**\n\n"
				"## 8. IMMEDIATE ACTION ITEMS \xE2\x9C\x85\n\n"
				"### This Week:\n\n"
				"1. \xE2\x9C\x85 Implement US-11: Apply Solution endpoint\n"
				"2. \xE2\x9C\x85 Add error monitoring (Sentry)\n\n"
				"### Before Production:\n\n"
				"1. \xE2\x9C\x85 Background job processing\n"
				"2. \xE2\x9C\x85 Deployment documentation\n\n"
				"## 11. Recommendations\n\n"
				"### Must Have (Before Production):\n\n"
				"1. \xE2\x9C\x85 US-11: Apply Solution endpoint\n"
				"2. \xE2\x9C\x85 Background job processing\n\n"
				"### \xE2\x9A\xA0\xEF\xB8\x8F REQUIRED BEFORE PRODUCTION RELEASE\n\n"
				"1. **Compliance & Documentation**\n"
				"   - \xE2\x9C\x85 Privacy policy - Required\n"
				"   - \xE2\x9C\x85 Terms of service - Required\n\n"
				"## Priority 1: Security - 2 hours\n\n"
				"**Why:**\n"
				"- \xE2\x9C\x85 Blocks critical security vulnerability\n"
				"- \xE2\x9C\x85 Fast to implement (2 hours)\n\n"
				"**Cons:**\n"
				"- \xE2\x9D\x8C No audit trail\n\n"
				"## Revised Timeline\n\n"
				"**Week 5-6 Remaining Work:**\n"
				"- \xE2\x9C\x85 Day 1: Security (Quick Fix) - 2 hours\n"
				"- \xE2\x9C\x85 Day 2-3: Contract Resolution - 1 day\n", &d);
	CHECK(r && md_items(r) == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Readiness\n\n## Remaining work\n\n"
		    "- \xE2\x9C\x85 Migrate the ledger\n"
		    "- \xE2\x8F\xB3 Load test\n\n"
		    "## 1. CRITICAL GAPS (Must Fix Before Production)\n\n"
		    "### 1.2 Optimization API\n\n"
		    "**What's Implemented:**\n\n"
		    "- \xE2\x9C\x85 `POST /optimize` - Triggers optimization\n"
		    "- \xE2\x9C\x85 `GET /runs/{id}` - Get run details\n", &d);
	CHECK(r && md_items(r) == 4);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a big input: a heading of work to do longer than what is read of
	 * it, over 20,000 lists */
	char head[512] = "# Plan\n\n## Remaining work";
	for (int i = 0; i < 40; i++)
		strcat(head, " and more");
	strcat(head, "\n\n");
	CHECK(big_items(head, "Step %d:\n\n- \xE2\x9C\x85 Task %d\n\n", 20000) == 0);
}

/* "### **Immediate (Week 1-2)** 🔴" … "### **Long Term (Month 4-6)** 🟢"
 * under "## 🎯 Priority Recommendations": colours of priority bands and
 * time horizons are priorities, no checks; areas in colour stay. */
PRR_TEST(import_lists33__priority_colours_no_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# HRM Readiness\n\n"
				"## \xF0\x9F\x8E\xAF Priority Recommendations\n\n"
				"### **Immediate (Week 1-2)** \xF0\x9F\x94\xB4\n"
				"1. **Set up CI/CD pipeline** - GitHub Actions\n\n"
				"### **Short Term (Month 1)** \xF0\x9F\x9F\xA0\n"
				"1. **Secrets management** - Vault\n\n"
				"### **Long Term (Month 4-6)** \xF0\x9F\x9F\xA2\n"
				"1. **Multi-region deployment** - later\n", &d);
	CHECK(r && md_items(r) == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Readiness\n\n## Areas\n\n"
		    "### Security \xF0\x9F\x94\xB4\n\nNo WAF.\n\n"
		    "### Reliability \xF0\x9F\x9F\xA2\n\nMulti-AZ.\n", &d);
	CHECK(r && md_items(r) == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Executive Summary" and "## Sign-Off", each with "**Status:** ✅
 * PRODUCTION READY", are parts of the document stating its verdict, not
 * checks of a checklist named after its title; so are "## 1. CRITICAL
 * GAPS 🔴", "## 8. IMMEDIATE ACTION ITEMS ✅", "## Conclusion".  An
 * area's heading over its status stays a check. */
PRR_TEST(import_lists33__document_parts_no_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# App Readiness\n\n## Executive Summary\n"
				"**Status: \xE2\x9C\x85 PRODUCTION READY (with deployment requirements)**\n\n"
				"All issues addressed.\n\n"
				"## 1. CRITICAL GAPS (Must Fix Before Production) \xF0\x9F\x94\xB4\n\n"
				"Text.\n\n"
				"## 8. IMMEDIATE ACTION ITEMS \xE2\x9C\x85\n\nText.\n\n"
				"## Sign-Off\n\n**Date:** May 1, 2026\n"
				"**Status:** \xE2\x9C\x85 **PRODUCTION READY WITH DEPLOYMENT REQUIREMENTS**\n", &d);
	CHECK(r && md_items(r) == 0);
	CHECK(r && r->status_text != NULL); /* the verdict stays */
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# App Readiness\n\n## Executive Summary\n\n"
		    "**Status:** \xE2\x9A\xA0\xEF\xB8\x8F Partially ready\n\n"
		    "## Security\n\n**Status:** \xE2\x9C\x85 Ready\n\n"
		    "## Reliability\n\n**Status:** \xE2\x9D\x8C Not ready\n", &d);
	CHECK(r && r->n_checklists == 1 && md_items(r) == 2);
	if (r && md_items(r) == 2)
		CHECK_STR(r->checklists[0].items[0].text, "Security");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "- ⚠️ Warning: Any metric below 95%", "- 🔴 Critical: Any metric below
 * 80%": an alert's level in its colour before a threshold is a rule of
 * the alerting, no check; a ✅ before such words stays a result. */
PRR_TEST(import_lists33__alert_thresholds_no_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# App Readiness\n\n## Monitoring Post-Launch\n\n"
				"### Alert Thresholds\n"
				"- \xE2\x9A\xA0\xEF\xB8\x8F Warning: Any metric below 95%\n"
				"- \xF0\x9F\x94\xB4 Critical: Any metric below 80%\n"
				"- \xF0\x9F\x94\xB4 IMMEDIATE: SOS not delivered within 5 seconds\n", &d);
	CHECK(r && md_items(r) == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Readiness\n\n## Latency\n\n"
		    "- \xE2\x9C\x85 Critical: p99 below 200 ms\n"
		    "- \xF0\x9F\x94\xB4 Backups: restore never tested\n", &d);
	CHECK(r && md_items(r) == 2);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a big input: 50,000 rules */
	CHECK(big_items("# Readiness\n\n## Alerts\n\n",
			"- \xF0\x9F\x94\xB4 Critical: metric %d above 90%%\n", 50000) == 0);
}
