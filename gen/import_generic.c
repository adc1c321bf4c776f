/* import_generic.c - headings that name no component: what the review
 * found ("Results", "Control results"), how it is laid out ("Status by
 * area", "Readiness matrix"), the review itself or its look ("What we
 * looked at", "Since the last review on 2026-01-20"), and what stands
 * apart ("Appendix A"); the nearest heading that names one; and the parts
 * that keep an earlier review ("Appendix B — Previous review"), not read. */
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/*
 * How the review is laid out, in the other languages read: a word of
 * state or assessment, then "by" and what it goes by ("Status pr.
 * område", "Vurdering per område", "Αξιολόγηση ανά κατηγορία",
 * "ผลการประเมินรายหมวด"), or the few headings that say it in one
 * inflected word ("Hodnocení oblastí", "Területek állapota").  Any case.
 */
static bool layout_heading(const char *t)
{
	static const char *const wholes[] = { "hodnocení oblastí",
		"stav oblastí", "területek állapota", "arvio osa-alueittain",
		"tila osa-alueittain", "стан компонентів", "حالة المجالات",
		"حالة المكونات", NULL };
	static const char *const states[] = { "status", "stav", "стан",
		"tila", "állapot", "stare", "κατάσταση", "מצב", "حالة",
		"สถานะ", "vurdering", "bedömning", "hodnocení", "arvio",
		"оцінка", "értékelés", "evaluare", "penilaian", "αξιολόγηση",
		"הערכה", "تقييم", "ผลการประเมิน", NULL };
	static const char *const by[] = { "per", "pr.", "po", "по", "за",
		"ανά", "לפי", "pe", "حسب", "ราย", NULL };
	size_t n = strlen(t);
	for (int i = 0; wholes[i]; i++)
		if (rec_fold_prefix(t, n, 0, wholes[i]) == n)
			return true;
	for (int i = 0; states[i]; i++) {
		size_t k = rec_fold_prefix(t, n, 0, states[i]);
		if (!k)
			continue;
		while (k < n && t[k] == ' ')
			k++;
		for (int j = 0; by[j]; j++) {
			size_t e = rec_fold_prefix(t, n, k, by[j]);
			if (e && k + e < n &&
			    (t[k + e] == ' ' || !strcmp(by[j], "ราย")))
				return true;
		}
	}
	return false;
}

/* A heading that speaks of the review, not of a part: a clause ("What we
 * looked at", "How we tested", "Since the last review on 2026-01-20"),
 * or a day, the review's moment ("Review — 2 April 2026 (current)"). */
static bool review_heading(const char *t, size_t tn)
{
	static const char *const opens[] = { "what", "how", "where", "why",
		"when", "which", "since", "we", "our", "here", NULL };
	size_t w = 0;
	while (w < tn && isalpha((unsigned char)t[w]))
		w++;
	if (w < tn && t[w] == ' ' && imp_is_one_of(t, w, opens))
		return true;
	/* (its first words: a heading's day is near its start) */
	prr_date_hit hit;
	return prr_rec_date_find(t, tn < 120 ? tn : 120, &hit) &&
	       hit.prec == PRR_DATE_DAY;
}

bool imp_generic_heading(const char *t)
{
	static const char *const words[] = { "results", "checklist",
		"checklist results", "checks", "status", "details",
		"summary", "executive summary", "overview", "table",
		"category status", "current status", "current state",
		"assessment", "readiness summary", "slos", "slo status",
		"ergebnisse", "prüfergebnisse", "evaluación", "evaluation",
		"resultados", "résultats", "risultati",
		"zusammenfassung", "übersicht", "resumen", "resumo",
		"résumé", "synthèse", "sommaire", "概要", "总结", "まとめ",
		"overall", "changes", "category changes", "what changed",
		"changes since last review",
		/* what the document sums up: "### Key Highlights", "##
		 * Summary of Changes" over a table of categories */
		"highlights", "key highlights", "summary of changes",
		"summary of results", "summary of fixes",
		/* what a test covered: "## Retest coverage" over its areas */
		"coverage", "test coverage", "retest coverage",
		/* what the review decided: "## Decision" over its table of
		 * checks names no part */
		"decision", "final decision", "verdict", "final verdict",
		"outcome", "conclusion", "conclusions", "recommendation",
		"bottom line",
		/* the readiness the review is of: "## 🚦 Deployment Readiness" */
		"deployment readiness", "launch readiness", "production readiness",
		"release readiness", "operational readiness", "go-live readiness",
		/* the kind of part the review has: "## Components" */
		"components", "services", "systems", "modules", "subsystems",
		"microservices",
		/* what the review rests on: "## Evidence" over its checks */
		"evidence", NULL };
	/* after emoji, marks and numbering: "📊 Zusammenfassung", "2. Summary"
	 * (emoji and symbols begin 0xE2 or 0xF0 and above; a variation
	 * selector 0xEF; their other bytes 0x80-0xBF) */
	for (unsigned char c = (unsigned char)*t;
	     c && (c == ' ' || c == '.' || (c >= '0' && c <= '9') || c == 0xE2 ||
		   c == 0xEF || c >= 0xF0 || (c >= 0x80 && c < 0xC0));
	     c = (unsigned char)*++t)
		;
	/* (without a parenthesis at the end: "Current review (R4)") */
	size_t tn = imp_before_paren(t, strlen(t));
	if (imp_is_one_of(t, tn, words))
		return true;
	/* the whole's: "Overall Risk Assessment", "Overall Readiness
	 * (Post-Remediation)" */
	if (tn > 8 && strncasecmp(t, "overall ", 8) == 0)
		return true;
	/* how the review is laid out: "Status by area", "Readiness per
	 * service", "RAG status", "Scorecard", "Readiness criteria for full
	 * cutover" */
	static const char *const by[] = { "status", "readiness", "results",
		"rag", "checks", "scores", "scorecard", "rag status", "areas",
		"evaluación", "evaluation", "bewertung",
		"criteria", "readiness criteria", "current review",
		"this review", "latest review", "gates", "quality gates",
		"launch gates", "release gates", "review", "slos", "verifiche",
		"verifica", "controlli", "controles", "contrôles",
		"prüfungen", NULL };
	for (int i = 0; by[i]; i++) {
		size_t k = strlen(by[i]);
		if (k <= tn && strncasecmp(t, by[i], k) == 0 &&
		    (k == tn || strncasecmp(t + k, " by ", 4) == 0 ||
		     strncasecmp(t + k, " per ", 5) == 0 ||
		     strncasecmp(t + k, " for ", 5) == 0 ||
		     strncasecmp(t + k, " por ", 5) == 0 ||
		     strncasecmp(t + k, " nach ", 6) == 0))
			return true;
	}
	/* a summary by what it goes by: "Summary by area", "Synthèse par
	 * domaine" (not "Summary for payments-api", a part's) */
	static const char *const sums[] = { "summary", "synthèse", "résumé",
		"resumen", "resumo", "zusammenfassung", NULL };
	static const char *const per[] = { " by ", " per ", " par ", " por ",
		" nach ", NULL };
	for (int i = 0; sums[i]; i++) {
		size_t k = strlen(sums[i]);
		for (int j = 0; k < tn && per[j]; j++)
			if (strncasecmp(t, sums[i], k) == 0 &&
			    strncasecmp(t + k, per[j], strlen(per[j])) == 0)
				return true;
	}
	/* what a table found: "Control results", "Gate status"; the
	 * table's own form: "Readiness matrix", "Launch scorecard" */
	static const char *const found[] = { " results", " status", " areas",
		" progress", " parity", " scores",
		" criteria", " checks", " gates", " checklist", " matrix",
		" table", " values", " grid", " scorecard", " tracker", " breakdown", NULL };
	for (int i = 0; found[i]; i++) {
		size_t k = strlen(found[i]);
		if (tn > k && strncasecmp(t + tn - k, found[i], k) == 0)
			return true;
	}
	if (layout_heading(t) || review_heading(t, tn))
		return true;
	/* what stands apart from the review's body: "Appendix A: Tooling",
	 * "Anhang", "Notes", "References" */
	static const char *const apart[] = { "appendix", "annex", "anhang",
		"anexo", "apéndice", "apêndice", "notes", "references",
		"glossary", "methodology", "background", NULL };
	for (int i = 0; apart[i]; i++) {
		size_t k = strlen(apart[i]);
		if (strncasecmp(t, apart[i], k) == 0 &&
		    !isalpha((unsigned char)t[k]))
			return true;
	}
	return false;
}

const char *imp_heading_unnumbered(const char *t)
{
	size_t i = 0, levels = 0;
	for (;;) {
		size_t d = 0;
		while (isdigit((unsigned char)t[i + d]))
			d++;
		if (!d || d > 2)
			return t;
		i += d;
		levels++;
		if (t[i] != '.' || !isdigit((unsigned char)t[i + 1]))
			break;
		i++;
	}
	if (t[i] == '.')
		i++;
	if (levels < 2 || t[i] != ' ')
		return t;
	while (t[i] == ' ')
		i++;
	/* (then a name: a letter, not "2.5 ms" nor "1.2 × faster") */
	return isalpha((unsigned char)t[i]) ? t + i : t;
}

/* s opens with the word w[0..n), in any case ("Exception — 4 of 60"). */
static bool opens_with(const char *s, const char *w, size_t n)
{
	return strncasecmp(s, w, n) == 0 && !isalpha((unsigned char)s[n]);
}

/* A heading of one plural word that names what its table lists: its
 * singular heads a column ("## Controls" over "Control ID | …") or opens
 * most cells of one ("## Exceptions" over results "Exception — …"). */
static bool lists_rows(const char *h, const table *t)
{
	while (*h && !isalpha((unsigned char)*h) && (unsigned char)*h < 0x80)
		h++; /* "3. Exceptions" */
	size_t n = imp_before_paren(h, strlen(h));
	if (n < 4 || (h[n - 1] != 's' && h[n - 1] != 'S'))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isalpha((unsigned char)h[i]))
			return false;
	for (size_t k = 0; k < t->cols; k++) {
		size_t opens = 0, filled = 0;
		for (size_t r = 0; r < t->rows; r++) {
			filled += *t->cell[r][k] != 0;
			opens += opens_with(t->cell[r][k], h, n - 1);
		}
		if (opens_with(t->head[k], h, n - 1) || (opens && opens * 2 > filled))
			return true;
	}
	return false;
}

/* The nearest heading that names something (not "Checklist Results",
 * nor what table `t`, if any, lists), else the title, the review's ("#
 * Launch Readiness Gate Status Matrix"); a later top heading that names
 * nothing ("# 2. Readiness summary") is no title. */
const char *imp_context_title(imp *im, const table *t)
{
	for (int k = im->n_hs - 1; k >= 0; k--) {
		const char *h = im->hs[k].title;
		bool generic = imp_generic_heading(h);
		if (!generic && !(t && lists_rows(h, t)))
			return h;
		if (im->hs[k].level != 1)
			continue;
		const char *title = im->r->title;
		return generic && title && strcmp(h, title) != 0 &&
		       !imp_generic_heading(title) ? title : h;
	}
	return im->n_hs ? im->hs[im->n_hs - 1].title : "Document";
}

/*
 * Whether s[0..n) (a heading, a <details> block's summary) names an
 * earlier review kept for comparison: "Appendix B — Previous review
 * (2026-06-22)", "Last review's findings" (not "Since the last review",
 * "Changes from the previous review": this review's, against it), or
 * says it is kept as a record ("First review (2026-03-03) — kept for
 * reference", "## Appendix — notifications (round 1, …) — kept for
 * reference").
 */
static bool names_earlier_review(const char *s, size_t n)
{
	prr_date_hit day;
	if (imp_contains_ci_n(s, n, "kept for reference") ||
	    imp_contains_ci_n(s, n, "kept for the record"))
		return true;
	/* "Review of 19 Nov 2025 (for reference)": a dated review's */
	if (imp_contains_ci_n(s, n, "for reference") &&
	    imp_contains_ci_n(s, n, "review") && prr_rec_date_find(s, n, &day))
		return true;
	static const char *const earlier[] = { "previous", "prior", "last",
		"earlier", "old", "original", "vorherige", "letzte", "anterior",
		"précédente", NULL };
	static const char *const reviews[] = { "review", "review's", "reviews",
		"assessment", "audit", "prr", "orr", "prüfung", "revisión",
		"revue", NULL };
	size_t a = 0;
	/* (after "Appendix B —", "Anhang:", "A.") */
	if (imp_starts_with_ci(s, n, "appendix") || imp_starts_with_ci(s, n, "anhang") ||
	    imp_starts_with_ci(s, n, "anexo") || imp_starts_with_ci(s, n, "annexe")) {
		const char *d = NULL;
		for (size_t k = 0; k < n && k < 24 && !d; k++)
			if (s[k] == ':' || (unsigned char)s[k] == 0xE2 || s[k] == '-')
				d = s + k;
		if (!d)
			return false;
		a = (size_t)(d - s);
		while (a < n && !isalpha((unsigned char)s[a]))
			a++;
	}
	size_t w1 = a;
	while (w1 < n && isalpha((unsigned char)s[w1]))
		w1++;
	size_t b = w1;
	while (b < n && s[b] == ' ')
		b++;
	size_t w2 = b;
	while (w2 < n && (isalpha((unsigned char)s[w2]) || s[w2] == '\''))
		w2++;
	/* "Previous review", "Revisión anterior" */
	return (imp_is_one_of(s + a, w1 - a, earlier) &&
		imp_is_one_of(s + b, w2 - b, reviews)) ||
	       (imp_is_one_of(s + a, w1 - a, reviews) &&
		imp_is_one_of(s + b, w2 - b, earlier));
}

/* Whether heading s[0..n) names the state before this one, kept for
 * comparison: "Before (Critical Vulnerabilities) 🔴", "Before the
 * improvements:", "Antes de las mejoras:", "Vorher", "Previously"; not
 * what must hold before a step ahead ("Before Production", "Before
 * claiming …", "Antes de considerar …"). */
static bool names_earlier_state(const char *s, size_t n)
{
	static const char *const alone[] = { "before", "antes", "avant",
		"vorher", "previously", "previous state", "initial state",
		"estado anterior", "estado inicial", NULL };
	static const char *const opens[] = { "before the ", "before ",
		"antes de las ", "antes de los ", "antes de ", "avant les ",
		"avant ", "vor den ", NULL };
	static const char *const changes[] = { "improvements", "changes",
		"fixes", "remediation", "hardening", "refactoring", "mejoras",
		"cambios", "correcciones", "améliorations", "corrections",
		"verbesserungen", "korrekturen", NULL };
	n = imp_before_paren(s, n);
	/* (without a colon, spaces or an emoji at its end) */
	while (n && (s[n - 1] == ':' || s[n - 1] == ' ' ||
		     (unsigned char)s[n - 1] >= 0x80))
		n--;
	if (imp_is_one_of(s, n, alone))
		return true;
	for (int i = 0; opens[i]; i++) {
		size_t k = strlen(opens[i]);
		if (imp_starts_with_ci(s, n, opens[i]))
			return imp_is_one_of(s + k, n - k, changes);
	}
	return false;
}

/* Whether a <details> block's summary says all it holds is over: "Dry
 * run findings (January 16) — all closed", "all fixed" (not "not all
 * closed"); or that it is the state before the fixes: "Original audit
 * before fixes", "Findings before remediation". */
static bool says_all_over(const char *s, size_t n)
{
	static const char *const over[] = { "all closed", "all fixed",
		"all resolved", "before fixes", "before the fixes",
		"before remediation", "before the remediation", NULL };
	for (int k = 0; over[k]; k++) {
		const char *f = imp_find_ci_n(s, n, over[k]);
		if (f && (f == s || !isalpha((unsigned char)f[-1])) &&
		    !(f - s >= 4 && strncasecmp(f - 4, "not ", 4) == 0))
			return true;
	}
	return false;
}

/* The title on the first line s[0..n) of a paragraph that opens a part
 * in other tools' markup: Confluence's heading "h2. Previous review"
 * (*level 2) and "{expand:title=Review of 19 Nov 2025}" (*level 0, *expand
 * set), an admonition's '??? note "Previous review (9 December 2025)"'
 * (MkDocs; "!!!", "???+") or ":::note Previous review" (Docusaurus), its
 * body the paragraph's next lines; its length (from *t), or 0. */
static size_t opener_title(const char *s, size_t n, const char **t,
			   int *level, bool *expand)
{
	*level = 0;
	*expand = false;
	if (n > 4 && s[0] == 'h' && s[1] >= '1' && s[1] <= '6' &&
	    s[2] == '.' && s[3] == ' ') {
		*level = s[1] - '0';
		*t = s + 4;
		return n - 4;
	}
	if (imp_starts_with_ci(s, n, "{expand:title=")) {
		const char *e = memchr(s, '}', n);
		*expand = e != NULL;
		*t = s + 14;
		return e ? (size_t)(e - s) - 14 : 0;
	}
	if (n < 5 || !(memcmp(s, "???", 3) == 0 || memcmp(s, "!!!", 3) == 0 ||
		       memcmp(s, ":::", 3) == 0))
		return 0;
	size_t k = 3;
	while (k < n && s[k] != ' ')
		k++; /* its kind, "???+ note", ":::danger" */
	while (k < n && s[k] == ' ')
		k++;
	if (s[0] != ':') /* (an admonition's kind: "??? note") */
		while (k < n && s[k] != ' ' && s[k] != '"')
			k++;
	while (k < n && (s[k] == ' ' || s[k] == '"'))
		k++;
	size_t e = n;
	while (e > k && (s[e - 1] == ' ' || s[e - 1] == '"' || s[e - 1] == '\r'))
		e--;
	*t = s + k;
	return e - k;
}

/* Whether block i is read: not inside a section or a <details> block that
 * keeps an earlier review, or whose summary says all it holds is closed
 * (its words stay in the narrative). */
bool imp_earlier_review_block(imp *im, size_t i)
{
	const node *nd = &im->nodes[i];
	size_t n;
	/* a running log's earlier entry: history (its heading the
	 * narrative's) */
	if (im->n_history && imp_history_line(im, imp_node_line(im, i)))
		return nd->type != MD_BLOCK_H;
	const char *t = imp_ntext(im, i, &n);
	if (nd->type == MD_BLOCK_H) {
		if (im->earlier && nd->level <= im->earlier)
			im->earlier = 0;
		if (!im->earlier && (names_earlier_review(t, n) ||
				     names_earlier_state(t, n)))
			im->earlier = nd->level;
		return false; /* (the heading itself is the narrative's) */
	}
	if (nd->type == MD_BLOCK_HTML && nd->first != NONE && nd->last > nd->first) {
		const char *s = im->src + nd->first;
		size_t sn = nd->last - nd->first;
		if (im->earlier == 7 && imp_contains_ci_n(s, sn, "</details>"))
			im->earlier = 0;
		const char *sum = imp_find_ci_n(s, sn, "<summary>");
		if (!im->earlier && sum) {
			const char *end = s + sn, *gt;
			sum += 9;
			/* (past the tags around its words: "<b>Previous …</b>";
			 * within the block) */
			while (sum < end && (*sum == ' ' ||
					     (*sum == '<' && sum + 1 < end && sum[1] != '/'))) {
				if (*sum == ' ')
					sum++;
				else if ((gt = memchr(sum, '>', (size_t)(end - sum))))
					sum = gt + 1;
				else
					break;
			}
			const char *e = imp_find_ci_n(sum, (size_t)(end - sum), "</summary>");
			if (e && (names_earlier_review(sum, (size_t)(e - sum)) ||
				  says_all_over(sum, (size_t)(e - sum))) &&
			    !imp_contains_ci_n(s, sn, "</details>"))
				im->earlier = 7;
		}
		return false;
	}
	if (nd->type == MD_BLOCK_P && nd->first != NONE && nd->last > nd->first) {
		const char *s = im->src + nd->first, *title = NULL;
		size_t sn = nd->last - nd->first;
		const char *nl = memchr(s, '\n', sn);
		int level;
		bool expand;
		size_t tn = opener_title(s, nl ? (size_t)(nl - s) : sn, &title,
					 &level, &expand);
		if (im->earlier == 8) { /* to Confluence's "{expand}" */
			if (imp_contains_ci_n(s, sn, "{expand}"))
				im->earlier = 0;
			return true;
		}
		if (level && im->earlier && im->earlier <= 6 && level <= im->earlier)
			im->earlier = 0;
		if (im->earlier || !tn || !names_earlier_review(title, tn))
			return im->earlier != 0;
		/* "h2. Previous review": what follows is its; a block opened
		 * by its title, the paragraph (to "{expand}") */
		if (level)
			im->earlier = level;
		else if (expand && !imp_contains_ci_n(s + 14, sn - 14, "{expand}"))
			im->earlier = 8;
		return true;
	}
	return im->earlier != 0;
}

/*
 * A finding written as a <details> block under a heading of findings or
 * blockers: its summary, tags aside, opens with the finding's ID and
 * states its severity ("<summary><b>CN-57 — SMS has no carrier
 * failover</b> <sup>High · blocks SMS launch</sup></summary>").  Its
 * tags part its title from its rating (read as after a dash); a part of
 * the rating that opens "blocks …" or with a blocking word makes it
 * blocking.
 */
bool imp_details_finding(imp *im, const char *s, size_t n, int line)
{
	const char *sum = imp_find_ci_n(s, n, "<summary");
	if (!sum || !imp_contains_ci_n(s, n, "<details"))
		return false;
	const char *e = imp_find_ci_n(sum, n - (size_t)(sum - s), "</summary>");
	int kind = imp_container(im);
	if (!e || (kind != 1 && kind != 2) || imp_resolved_context(im) ||
	    imp_inside_finding(im))
		return false;
	prr_buf t = PRR_BUF_INIT;
	bool part = false; /* a tag after text: a new part when text follows */
	size_t rating = 0;
	const char *p = memchr(sum, '>', (size_t)(e - sum));
	for (p = p ? p + 1 : e; p < e;) {
		size_t tag = *p == '<' ? imp_html_tag(p, (size_t)(e - p)) : 0;
		if (tag) {
			p += tag;
			part = t.n > 0;
		} else if (*p == ' ' || *p == '\n' || *p == '\t') {
			if (t.n && t.p[t.n - 1] != ' ')
				prr_buf_addc(&t, ' ');
			p++;
		} else {
			if (part) {
				while (t.n && t.p[t.n - 1] == ' ')
					t.n--;
				prr_buf_adds(&t, " \xE2\x80\x94 ");
				rating = t.n;
				part = false;
			}
			prr_buf_addc(&t, *p++);
		}
	}
	size_t at, len;
	bool blocking = false, found = t.n &&
		prr_rec_finding_id(t.p, t.n, &at, &len) && at == 0 &&
		prr_rec_severity(t.p, t.n, &blocking) != PRR_SEV_UNKNOWN;
	/* "High · blocks SMS launch", "High, blocking" */
	for (size_t k = rating; found && rating && k < t.n; k++) {
		bool opens = k == rating || (k >= 2 && t.p[k - 1] == ' ' &&
					     strchr(",;\xB7", t.p[k - 2]));
		if (opens && (prr_rec_opens_blocking(t.p + k, t.n - k) ||
			      (t.n - k > 7 && strncasecmp(t.p + k, "blocks ", 7) == 0)))
			blocking = true;
	}
	size_t had = im->r->n_findings;
	prr_finding *f = found ? imp_new_finding(im, t.p, t.n, line, blocking || kind == 2) : NULL;
	if (f && rating && im->r->n_findings > had) /* titled by its first part */
		f->title = imp_item_title(im, t.p, rating - 5);
	prr_buf_free(&t);
	return found;
}

/*
 * A finding written as another tool's callout under a heading of findings
 * or blockers: its title names the finding ('!!! warning "REC-44 —
 * Medium"', "[!bug] KM-2291 — ANR on checkout", its body rating it when
 * the title does not: "Severity: **Critical**. … **Blocks Android.**"),
 * or its body opens with the finding in bold (":::caution Blocker" over
 * "**IDP-771 — Critical.** A user who …", blocking where the callout's
 * title says so).  A title that is an ID and a severity alone is titled
 * by the body's first sentence.
 */
bool imp_callout_finding(imp *im, const char *s, size_t n, int line)
{
	/* (or as plain lines: "ISSUE #1 - 🔴 BLOCKING" / "Problem: …") */
	if (imp_issue_block_finding(im, s, n, line))
		return true;
	const char *nl = memchr(s, '\n', n);
	size_t ln = nl ? (size_t)(nl - s) : n, tn = 0;
	const char *t = NULL;
	int level;
	bool expand;
	if (ln > 4 && s[0] == '[' && s[1] == '!') { /* "[!bug] KM-2291 — …" */
		const char *c = memchr(s, ']', ln);
		if (c) {
			for (t = c + 1; t < s + ln && strchr("-+ ", *t); t++)
				;
			tn = (size_t)(s + ln - t);
		}
	} else if (s[0] != 'h' && s[0] != '{') {
		tn = opener_title(s, ln, &t, &level, &expand);
	}
	int kind = imp_container(im);
	if (!t || !nl || (kind != 1 && kind != 2) || imp_resolved_context(im) ||
	    imp_inside_finding(im))
		return false;
	/* a callout of what is over: its kind ("[!check]", "!!! success")
	 * or its title's first word (":::tip Fixed during the beta") */
	static const char *const dones[] = { "check", "success", "done", NULL };
	const char *kw = s + (s[0] == '[' ? 2 : 3);
	size_t kn = 0, fw = 0;
	while (kw + kn < t && isalpha((unsigned char)kw[kn]))
		kn++;
	while (fw < tn && isalpha((unsigned char)t[fw]))
		fw++;
	bool over = imp_is_one_of(kw, kn, dones) ||
		    (fw && imp_closed_status(prr_arena_strndup(&im->tmp, t, fw)));
	const char *body = nl + 1;
	size_t bn = n - ln - 1, at, len;
	if (bn > 3 && memcmp(body + bn - 3, ":::", 3) == 0) /* its close */
		bn -= 3;
	while (bn && (body[bn - 1] == '\n' || body[bn - 1] == ' '))
		bn--;
	bool blocking = false, denied = prr_rec_denies_blocking(body, bn);
	size_t had = im->r->n_findings;
	if (!tn || !prr_rec_finding_id(t, tn, &at, &len) || at) {
		/* the body's bold finding, under a title that may block */
		if (!bn || !imp_paragraph_finding(im, body, bn, line + 1))
			return false;
		prr_rec_severity(t, tn, &blocking);
		if (im->r->n_findings > had && blocking && !denied)
			im->r->findings[im->r->n_findings - 1].blocking = true;
		if (im->r->n_findings > had && over)
			imp_fixed(im, im->r->n_findings - 1);
		return true;
	}
	/* the title after its ID: a severity alone, or words */
	const char *rest = t + len;
	while (rest < t + tn && strchr(" -:(\xE2\x80\x94\x93", *rest))
		rest++;
	size_t rn = (size_t)(t + tn - rest);
	prr_buf w = PRR_BUF_INIT;
	prr_buf_add(&w, t, tn);
	if (rn <= 24 && prr_rec_severity(rest, rn, &blocking) != PRR_SEV_UNKNOWN) {
		size_t e = 0; /* the body's first sentence */
		while (e < bn && !(body[e] == '.' && (e + 1 == bn || body[e + 1] == ' ' ||
						      body[e + 1] == '\n')))
			e++;
		prr_buf_adds(&w, " \xE2\x80\x94 ");
		prr_buf_add(&w, body, e < bn ? e + 1 : bn);
	}
	bool says = false;
	prr_severity sev = prr_rec_severity(body, bn, &says);
	prr_finding *f = imp_new_finding(im, w.p, w.n, line, kind == 2);
	if (im->r->n_findings > had) {
		if (f->severity == PRR_SEV_UNKNOWN)
			f->severity = sev;
		f->blocking |= says && !denied;
		if (over || imp_says_fixed(im, body, bn) ||
		    imp_remark_fixed(im, body, bn))
			imp_fixed(im, im->r->n_findings - 1);
	}
	prr_buf_free(&w);
	return true;
}
