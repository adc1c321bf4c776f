/* test_import_markupc16.c - what the importer reads in reviews carried
 * in other tools' markup (round 27: Notion, Slack, Docusaurus, Jira,
 * Google Docs, LaTeX): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A <details> block whose summary says all it holds is closed ("Dry run
 * findings (January 16) — all closed") closes its items; "Fixed January
 * 17." (a day right after "Fixed", no "on") closes a finding. */
PRR_TEST(import_markupc16__closed_details_and_fixed_day)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Atlas migration\n\nReview date: January 21, 2026\n\n"
		"## Blockers\n\n"
		"- DP-204 \xE2\x80\x94 models differ. Severity: Critical.\n\n"
		"<details>\n<summary>Dry run findings (January 16) \xE2\x80\x94 "
		"all closed</summary>\n\n"
		"- DP-190 \xE2\x80\x94 service account had admin. Reduced to "
		"editor on January 18.\n\n</details>\n", &d);
	CHECK(r && md_finding(r, "DP-204") && !md_finding(r, "DP-190"));
	prr_review_free(r);
	prr_diags_free(&d);
	/* "not all closed" keeps them open */
	r = md_text("# Atlas migration\n\nReview date: January 21, 2026\n\n"
		    "## Blockers\n\n<details>\n<summary>Dry run findings "
		    "\xE2\x80\x94 not all closed</summary>\n\n"
		    "- DP-190 \xE2\x80\x94 service account had admin. Severity: "
		    "High.\n\n</details>\n", &d);
	CHECK(r && md_finding(r, "DP-190"));
	prr_review_free(r);
	prr_diags_free(&d);
	static const char *const fixed[] = { "Fixed January 17.",
		"Fixed 2026-01-17.", "Fixed Jan 17." };
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
		r = md_fmt(&d, "# Atlas migration\n\nReview date: January 21, "
			   "2026\n\n## Blockers\n\n- DP-204 \xE2\x80\x94 models "
			   "differ. Severity: Critical.\n- DP-188 \xE2\x80\x94 "
			   "timestamps shifted by one hour. %s\n", fixed[i]);
		CHECK(r && md_finding(r, "DP-204") && !md_finding(r, "DP-188"));
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* "Fixed May 3 builds …"-like words that are no day stay open */
	r = md_text("# Atlas migration\n\nReview date: January 21, 2026\n\n"
		    "## Blockers\n\n- DP-188 \xE2\x80\x94 timestamps shifted. "
		    "Fixed rate tables still wrong. Severity: High.\n", &d);
	CHECK(r && md_finding(r, "DP-188"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A blocker's label before its ID ("**Blocker:** PLAT-1884 — …") leaves
 * the ID the finding's; a sentence that is a severity alone ("… not done
 * for prod-eu-3. High.") states it; under a heading of blockers a
 * paragraph that opens with the label in bold (after a Slack shortcode,
 * ":rotating_light:") is a blocker too. */
PRR_TEST(import_markupc16__blocker_label_before_id)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Upgrade readiness\n\nDate: 2026-03-12\n\n## Blockers\n\n"
		"- **Blocker:** PLAT-1884 \xE2\x80\x94 etcd restore rehearsal not "
		"done for prod-eu-3. High.\n", &d);
	const prr_finding *f = md_finding(r, "PLAT-1884");
	CHECK(r && r->n_findings == 1 && f && f->severity == PRR_SEV_HIGH &&
	      f->blocking);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Upgrade readiness\n\nDate: 2026-03-12\n\n## Blockers\n\n"
		    ":rotating_light: **Blocker:** PLAT-1880 \xE2\x80\x94 Istio "
		    "ingress crashloops on 1.31.\n\n"
		    "**Blocker:** PLAT-1884 \xE2\x80\x94 etcd restore rehearsal not "
		    "done. High.\n", &d);
	f = md_finding(r, "PLAT-1884");
	CHECK(r && r->n_findings == 2 && md_finding(r, "PLAT-1880") && f &&
	      f->severity == PRR_SEV_HIGH && f->blocking);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a severity word that opens a longer sentence states none */
	r = md_text("# Upgrade readiness\n\nDate: 2026-03-12\n\n## Findings\n\n"
		    "- PLAT-1871 \xE2\x80\x94 webhook logs warnings. High load "
		    "makes it worse.\n", &d);
	f = md_finding(r, "PLAT-1871");
	CHECK(f && f->severity == PRR_SEV_UNKNOWN);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A line whose short label names the whole ("Overall", "Total") and whose
 * first sentence is a fraction alone is the review's score on whatever
 * scale it writes: "Overall: 14 / 20.", "Total: 17 / 25. Audit's
 * threshold …"; not a count said in words ("Total: 12/14 checks"). */
PRR_TEST(import_markupc16__whole_label_fraction_is_the_score)
{
	static const struct {
		const char *line;
		double value, max;
	} cases[] = {
		{ "Overall: 14 / 20.", 14, 20 },
		{ "Total: 17 / 25. Audit's threshold for go-live is 15 / 25.", 17, 25 },
		{ "Total: 12/14 checks pass.", -1, -1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Indexer readiness\n\nReview held: "
				       "2026-03-04\n\n%s\n", cases[i].line);
		if (cases[i].value < 0) {
			CHECK(r && r->n_scores == 0);
		} else {
			CHECK(r && r->n_scores == 1);
			if (r && r->n_scores == 1)
				CHECK(r->scores[0].value == cases[i].value &&
				      r->scores[0].max == cases[i].max);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
