/* import_list.c - lists: what a list is (checklists in
 * import_checklist.c), findings, risks, estimates. */
#include "import_find_items.h"
#include "prr/rec_item.h"
#include "prr/mojibake.h"
#include "prr/rec_date.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static size_t placed_so_far(const prr_review *r)
{
	size_t n = r->n_scores + r->n_dimensions + r->n_components +
		   r->n_checklists + r->n_waves + r->n_milestones +
		   r->n_estimates + r->n_risks + r->n_findings + r->n_commits +
		   r->n_audit + r->n_fields + r->n_evidence;
	if (r->n_components)
		n += r->n_components + r->components[r->n_components - 1].n_checks;
	return n;
}

/* Whether an item states a figure: its value ("Uptime: 99.9%", or the
 * whole item) starts with a score, or holds a count ("12/14 passing"). */
static bool states_figure(const item *it)
{
	const char *v = it->raw;
	size_t n = it->raw_n;
	const char *colon = memchr(v, ':', n < 40 ? n : 40);
	if (colon) {
		n -= (size_t)(colon + 1 - v);
		v = colon + 1;
	}
	double val, hi, max;
	int passed, total;
	return prr_parse_score(v, n, &val, &hi, &max) == 0 ||
	       (prr_parse_count(v, n, &passed, &total) == 0 && total > 0);
}

/* A list of figures that nothing took is said, never dropped silently:
 * its text stays in the narrative. */
static void report_unplaced(imp *im, const item *items, size_t n)
{
	size_t figures = 0, first = n;
	for (size_t k = 0; k < n; k++)
		if (states_figure(&items[k])) {
			figures++;
			if (first == n)
				first = k;
		}
	if (figures < 2 || figures * 2 < n)
		return;
	const char *text = imp_clean(im, items[first].raw, items[first].raw_n);
	prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
		     items[first].line, 0,
		     "not imported: a list of %zu figures ('%.60s'%s), kept in "
		     "the narrative", figures, text, strlen(text) > 60 ? "…" : "");
}

/* "Mitigation: …" in an item's sublist, or NULL. */
static const char *sublist_mitigation(imp *im, size_t li_node)
{
	const char *found = NULL;
	for (size_t c = im->nodes[li_node].child; c; c = im->nodes[c].next) {
		if (im->nodes[c].type != MD_BLOCK_UL &&
		    im->nodes[c].type != MD_BLOCK_OL)
			continue;
		for (size_t li = im->nodes[c].child; li; li = im->nodes[li].next) {
			size_t tn;
			const char *tt = imp_item_text(im, li, &tn);
			const char *t = imp_clean(im, tt, tn);
			if (imp_starts_with_ci(t, strlen(t), "mitigation:")) {
				t += 11;
				while (*t == ' ')
					t++;
				found = t;
			}
		}
	}
	return found;
}

/* A risk's mitigation, where its item states one: "… takes 70 minutes.
 * Mitigation: blue/green indices" (the title ends before it), or a
 * sublist's "Mitigation: …". */
void imp_risk_mitigation(imp *im, prr_risk *r, size_t li_node)
{
	const char *m = strstr(r->title, "Mitigation:");
	if (!m)
		m = strstr(r->title, "mitigation:");
	if (!m || m == r->title) {
		r->mitigation = sublist_mitigation(im, li_node);
		return;
	}
	size_t tl = (size_t)(m - r->title);
	while (tl && (r->title[tl - 1] == ' ' || r->title[tl - 1] == '-' ||
		      r->title[tl - 1] == ';'))
		tl--;
	m += 11;
	while (*m == ' ')
		m++;
	r->mitigation = *m ? m : NULL;
	r->title = prr_arena_strndup(im->a, r->title, tl);
}

/*
 * A list of targets: most of its items' values open with a comparison
 * ("Uptime: > 99.9%", "Error rate: < 0.1%", "Coverage ≥ 80%").  Its
 * items are aims, so none is a score ("Security score: A+" there is the
 * grade aimed at).
 */
static bool target_list(const item *items, size_t n)
{
	size_t aims = 0;
	for (size_t k = 0; k < n; k++) {
		const char *s = items[k].raw, *end = s + items[k].raw_n;
		const char *c = memchr(s, ':', items[k].raw_n);
		if (!c)
			continue;
		for (c++; c < end && (*c == ' ' || *c == '*'); c++)
			;
		aims += c < end && (*c == '>' || *c == '<' ||
				    (end - c >= 3 && (memcmp(c, "\xE2\x89\xA5", 3) == 0 ||
						      memcmp(c, "\xE2\x89\xA4", 3) == 0)));
	}
	return aims * 2 > n;
}

/*
 * Under a component's heading, a list whose every item is marked ("✅
 * Monitoring: dashboards and SLO alerts", "❌ Alerting: no paging route")
 * is the component's checks: the category before the colon (or the whole
 * item), what follows it the note.  Only where each category is short (a
 * name, not a sentence: four words at most); else false, and the list is
 * a checklist.
 */
static bool component_checks(imp *im, size_t ci, const item *items, size_t n)
{
	const char **cat = prr_arena_array(&im->tmp, n, sizeof *cat);
	const char **note = prr_arena_array(&im->tmp, n, sizeof *note);
	for (size_t k = 0; k < n; k++) {
		if (items[k].earlier)
			return false; /* (a checklist, without it) */
		const char *t = imp_title_of(im, items[k].raw, items[k].raw_n);
		const char *colon = strchr(t, ':');
		size_t len = colon ? (size_t)(colon - t) : strlen(t), words = 1;
		for (size_t i = 0; i < len; i++)
			words += t[i] == ' ';
		if (!len || words > 4 || len > 40)
			return false;
		cat[k] = colon ? prr_arena_strndup(im->a, t, len) : t;
		note[k] = NULL;
		if (colon) {
			while (*++colon == ' ')
				;
			note[k] = *colon ? colon : NULL;
		}
	}
	prr_component *c = &im->r->components[ci];
	c->checks = imp_rows_grow(im, c->checks, c->n_checks,
				  imp_rows_cap(&im->check_cap, &im->n_check_cap, ci),
				  n, sizeof *c->checks);
	for (size_t k = 0; k < n; k++) {
		prr_check *ck = &c->checks[c->n_checks++];
		memset(ck, 0, sizeof *ck);
		ck->category = cat[k];
		ck->status = items[k].marks_known ? items[k].marks
						  : imp_item_said_status(&items[k]);
		ck->passed = ck->total = -1;
		ck->note = note[k];
		ck->line = items[k].line;
	}
	return true;
}

/* Whether every item states its severity in so many words ("Medium
 * severity", "severity: high", "Severidad alta"). */
static bool all_state_severity(const item *items, size_t n)
{
	static const char *const words[] = { "severity", "severidad",
		"severidade", "sévérité", "schweregrad", NULL };
	for (size_t k = 0; k < n; k++) {
		const char *s = items[k].raw;
		size_t len = items[k].raw_n, at = len;
		for (int w = 0; words[w] && at == len; w++) {
			size_t wl = strlen(words[w]);
			for (size_t i = 0; i + wl <= len; i++)
				if (strncasecmp(s + i, words[w], wl) == 0) {
					at = i;
					break;
				}
		}
		if (at == len)
			return false;
		size_t a = at > 12 ? at - 12 : 0, b = at + 24 < len ? at + 24 : len;
		bool blocking;
		if (prr_rec_severity(s + a, b - a, &blocking) == PRR_SEV_UNKNOWN)
			return false;
	}
	return true;
}

/* "1. **FF-12** Audit-log retention … (medium; blocks launch).", "-
 * DSP-52 (Critical) — …": every item opens with its ID rated
 * (imp_keyed_rated), under any heading; but plain IDs under a heading of
 * actions, each item with its day, stay actions ("- OPS-1 (High) — Write
 * the runbook — @tess — 2026-05-20" under "## Next steps"). */
static bool all_keyed_rated(imp *im, const item *items, size_t n)
{
	bool plain = false;
	for (size_t k = 0; k < n; k++) {
		const char *s = items[k].raw;
		if (!imp_keyed_rated(s, items[k].raw_n))
			return false;
		s += strspn(s, " ");
		plain |= strncmp(s, "**", 2) != 0;
	}
	return !plain || !imp_dated_actions(im, items, n);
}

/* "⚪ not yet assessed", "🟡 — partial": a mark, then what it means. */
static void legend_item(imp *im, const char *s, size_t n)
{
	size_t m = 0;
	while (m < n && (s[m] == ' ' || s[m] == '*'))
		m++;
	size_t e = m;
	while (e < n && (unsigned char)s[e] >= 0x80)
		e++; /* the mark's bytes, and a variation selector's */
	if (e > m)
		imp_legend_entry(im, s + m, e - m, s + e, n - e);
}

/* A heading over what the marks mean: "Legend", "Key", "Légende". */
bool imp_legend_heading(const char *t)
{
	static const char *const words[] = { "legend", "key", "legende",
		"légende", "leyenda", "legenda", "凡例", "图例", "범례", NULL };
	while (*t && !isalpha((unsigned char)*t) && (unsigned char)*t < 0xC3)
		t++;
	for (int i = 0; words[i]; i++)
		if (strcasecmp(t, words[i]) == 0)
			return true;
	return false;
}

/* The finding read at `line`, or NULL. */
static prr_finding *finding_at(imp *im, int line)
{
	for (size_t i = im->r->n_findings; i-- > 0;)
		if (im->r->findings[i].line == line)
			return &im->r->findings[i];
	return NULL;
}

/*
 * "### SEC 3 — How do you manage permissions?" then "- **Risk:** High",
 * "- **Finding:** …", "- **Improvement plan:** …": a list of fields only,
 * one of them the risk's level, is the heading's one risk (its other
 * fields its words and mitigation), not a risk an item, under a heading
 * of risks.  Returns whether it was.
 */
static bool heading_risk(imp *im, const item *items, size_t n)
{
	secx *x = imp_sec_x(im, im->cur_sec);
	if (!x || x->found || x->finding || im->cur_sec == 0)
		return false;
	prr_severity level = PRR_SEV_UNKNOWN;
	const char *mitigation = NULL;
	int line = 0;
	for (size_t k = 0; k < n; k++) {
		prr_str nm, val;
		if (!imp_split_field(items[k].raw, items[k].raw_n, &nm, &val))
			return false;
		const char *name = imp_clean(im, nm.p, nm.n);
		if ((strcasecmp(name, "risk") == 0 || strcasecmp(name, "risk level") == 0 ||
		     strcasecmp(name, "risk rating") == 0) && !line) {
			level = imp_severity_value(val.p, val.n);
			line = items[k].line;
		} else if (imp_contains_ci(name, "mitigation") ||
			   imp_contains_ci(name, "improvement plan") ||
			   imp_contains_ci(name, "remediation")) {
			mitigation = imp_clean(im, val.p, val.n);
		}
	}
	if (level == PRR_SEV_UNKNOWN)
		return false;
	prr_risk *r = PUSH(im, risks);
	r->level = level;
	r->title = imp_nearest_title(im);
	r->mitigation = mitigation;
	r->line = line;
	return true;
}

void imp_handle_list(imp *im, size_t list, int depth)
{
	size_t placed_before = placed_so_far(im->r);
	if (!im->nodes[list].parent) {
		im->list_first = imp_node_line(im, list);
		im->list_last = imp_node_last_line(im, list);
	}
	item *items;
	size_t n = imp_list_items(im, list, &items);
	/* (its "Status:" line, the item's above: no item of its own) */
	if (imp_items_status_line(im, list, items, n)) {
		im->used[items[0].line] = 1;
		items++;
		if (!--n)
			return;
	}
	if (!im->nodes[list].parent) /* "There are 3 open blockers:" */
		imp_claim_lead_count(im, imp_node_line(im, list), n);
	imp_files_kind files = imp_list_files(im, list);
	size_t tasks = 0, marked = 0, groups = 0;
	bool targets = target_list(items, n);
	for (size_t k = 0; k < n; k++) {
		const item *it = &items[k];
		/* history, nothing of this review; its marks (then's) still
		 * make the list one of marks */
		if (it->earlier) {
			marked += it->earlier == 2;
			continue;
		}
		imp_item_evidence(im, it, files);
		tasks += it->task != 0;
		if (it->lead || (it->tail && it->tail < it->raw_n))
			marked += it->marks_known;
		marked += it->said_title != 0;
		groups += imp_item_group(im, it);
		imp_head_line(im, items[k].raw, items[k].raw_n, items[k].line,
			      imp_comp_of_context(im) == NONE ? IMP_LINE_ITEM
							    : IMP_LINE_COMPONENT);
		imp_head_risk_verdict(im, it->raw, it->raw_n, it->line);
		imp_note_named_count(im, it->raw, it->raw_n, it->line);
		if (imp_has_digit(it->raw, it->raw_n)) {
			/* counts and commit ids have one */
			imp_scan_commits(im, it->raw, it->raw_n, it->line);
			/* (an open box's "- [ ] 0 critical violations": an aim) */
			if (it->task != ' ' || !imp_aim_text(it->raw, it->raw_n))
				imp_note_claims(im, it->raw, it->raw_n, it->line, false);
			/* "1. Fix CLM-2301 (blocking) — owner Neha" */
			imp_note_blocking_ids(im, it->raw, it->raw_n, it->line);
			/* "- NET-204 — closed": a later status of NET-204 */
			imp_item_closes_id(im, it->raw, it->raw_n, it->line);
		}
		if (imp_comp_of_context(im) == NONE && !targets)
			imp_score_text(im, items[k].raw, items[k].raw_n,
				       items[k].line, IMP_LINE_ITEM);
	}
	if (n)
		imp_list_scores(im, items[0].line, items[n - 1].line);
	/* the title: the parent item's text for a nested list */
	size_t par = im->nodes[list].parent;
	secx *sx = par ? NULL : imp_sec_x(im, im->cur_sec);
	if (sx) {
		sx->blocks++;
		sx->rows += n;
	}
	/* "## Conditions for go-live" over "- Rehearsal done (CAG-419)" */
	if (sx)
		imp_note_conditions(im, items, n, sx->blocks == 1);
	const char *title = imp_list_title(im, imp_nearest_title(im),
					   imp_node_line(im, list));
	if (par && im->nodes[par].type == MD_BLOCK_LI) {
		size_t pn;
		const char *pt = imp_item_text(im, par, &pn);
		const char *t = imp_title_of(im, pt, pn);
		if (*t)
			title = t;
	}
	/* the items of a list under "Blockers", "Critical Issues" … */
	int kind = par ? 0 : imp_lead_kind(im, imp_node_line(im, list));
	/* a task list is a checklist wherever it is: no need to ask */
	if (!kind && !par && !tasks)
		kind = imp_container(im);
	/* (under "## 5. Findings" too, a numbered heading that names the
	 * list) */
	if (!kind && !par && !tasks && !imp_inside_finding(im))
		kind = imp_numbered_list_heading(im);
	/* "- The ETL has no late alert. Medium severity; not a blocker." in
	 * every item, under any heading: findings */
	if (!kind && !par && !tasks &&
	    ((n >= 2 && all_state_severity(items, n)) || all_keyed_rated(im, items, n)))
		kind = 1;
	if (!kind && !par && !tasks)
		imp_fixes_of_findings(im, items, n);
	if (!par && !tasks && n >= 2 && kind == 3 && heading_risk(im, items, n)) {
		imp_take_lines(im, list);
		return;
	}
	/* the list right after a finding: its details (import_find_heads.c);
	 * after "**Expected Results:**", what should be (import_plan.c) */
	int first = imp_node_line(im, list);
	if (kind > 0 && !par && (imp_details_list(im, first, items, n) ||
				 imp_phase_needs(im, first) || imp_wished_or_planned(im)))
		kind = -1;
	/* "### Weaknesses" under "## Summary & Recommendations", after
	 * the findings: a summary that restates them */
	if (kind == 1 && !par && imp_summary_restates(im, n))
		kind = -1;
	/* (under "**Critical Path Item:**" only the first item is one) */
	bool one = !par && im->lead_one && first >= im->lead_one &&
		   first <= im->lead_one + 2;
	bool taken = kind > 0 && !tasks &&
		     imp_list_findings(im, items, one ? 1 : n, kind);
	im->lead_one = 0;
	im->lead_kind = 0;
	im->lead_over = false;
	im->lead_sev = PRR_SEV_UNKNOWN;
	if (taken) {
		imp_take_lines(im, list);
		for (size_t k = 0; k < n; k++)
			if (depth < PRR_IMPORT_MAX_DEPTH)
				imp_walk(im, items[k].node, depth + 1);
		return;
	}
	size_t ci = imp_comp_of_context(im);
	if (ci != NONE && !par && !tasks && n && marked == n &&
	    component_checks(im, ci, items, n)) {
		imp_take_lines(im, list);
		return;
	}
	if (!par && tasks == n && imp_head_decision_boxes(im, items, n))
		return;
	if (tasks)
		imp_head_approval_box(im, items, n);
	if (tasks == n && !par) /* (all ticked under a finding's heading) */
		imp_ticked_close_finding(im, items, n);
	/* "## Legend" over "- ✅ pass — criterion met": what the marks
	 * mean, the narrative's */
	if (!tasks && imp_legend_heading(imp_nearest_title(im))) {
		for (size_t k = 0; k < n; k++)
			legend_item(im, items[k].raw, items[k].raw_n);
		return;
	}
	/* "## Roll call" over "- Security: NO-GO until BIL-88 is fixed":
	 * votes cast, the narrative's, no checks of the voters */
	if (!tasks && !par && imp_head_votes(imp_nearest_title(im)))
		return;
	/* "### Red Light Blockers" over "- ❌ **SLA non-compliance**": what
	 * would set a go/no-go signal, its marks the signal's colour */
	if (!tasks && !par && imp_signal_heading(imp_nearest_title(im),
						 strlen(imp_nearest_title(im))))
		return;
	/* "### Option 2: Full Feature Launch" over "- ✅ Voice notes": what
	 * the option would hold, no check passed */
	if (!tasks && !par && (imp_scope_heading(imp_nearest_title(im)) ||
			       imp_shown_heading(im)))
		return;
	/* "### After Quick Fixes: 95% Ready" after "### Current Status":
	 * "- ✅ All critical data populated" is what the fixes would bring */
	if (!tasks && !par && imp_projected_heading(im))
		return;
	/* "**Requirements:**" of a later phase: "- ✅ Leak fixed" is what
	 * it will need, no item done */
	if (!par && !tasks && imp_phase_needs(im, imp_node_line(im, list)))
		return;
	/* "### Must Have (Before Production):" over "1. ✅ US-11: Apply
	 * Solution endpoint": work to do, its ✅ bullets */
	if (!tasks && imp_todo_list(im, imp_node_line(im, list), items, n))
		return;
	if (n && (tasks || (marked * 2 >= n - groups && marked >= 1 &&
			    (marked >= 2 || n - groups == 1)))) {
		/* "## Blockers" over "- [ ] writer: alert on insert failures":
		 * the boxes not ticked are blockers still open, each a
		 * blocking finding too */
		/* …and so is, anywhere, one that names its ID and says it
		 * blocks ("- [ ] PLAT-1234 Fix retries (P1, blocker)") */
		bool blockers = tasks && !par && imp_container(im) == 2;
		for (size_t k = 0; tasks && !par && k < n; k++) {
			const item *it = &items[k];
			size_t at, len;
			bool blocks = false;
			if (it->task != ' ')
				continue;
			if (!blockers && prr_rec_finding_id(it->raw, it->raw_n, &at, &len))
				prr_rec_severity_said(it->raw, it->raw_n, &blocks);
			if (blockers || blocks)
				imp_open_blocker(im, it->raw, it->raw_n, it->line);
		}
		/* "- ❌ Cache stampede protection — GC-7 (High, blocking): …",
		 * "- ⚠️ Runbook … (GC-8, Low)": an item marked not done that
		 * names its ID rated in parentheses is a finding too */
		for (size_t k = 0; !tasks && k < n; k++)
			if (items[k].marks == PRR_FAIL || items[k].marks == PRR_PARTIAL)
				imp_marked_finding(im, items[k].raw, items[k].raw_n, items[k].line);
		imp_make_checklist(im, list, items, n, title);
		/* nested lists of a checklist are checklists of their own */
		for (size_t k = 0; k < n; k++)
			if (depth < PRR_IMPORT_MAX_DEPTH)
				imp_walk(im, items[k].node, depth + 1);
		return;
	}
	/* "- Support training — @lee — 2026-11-20" under "## Follow-ups" */
	if (!par && !tasks && n >= 2 && imp_dated_actions(im, items, n)) {
		imp_list_milestones(im, items, n);
		imp_take_lines(im, list);
		return;
	}
	/* findings: "Severity: High" items under a numbered heading */
	/* (not one a finding's heading names: "### 7. MEDIUM: CASCADE
	 * DELETE Risk" over its fields is the finding's) */
	secx *hx = imp_sec_x(im, im->cur_sec);
	bool risks = imp_risk_heading(im) && !par && !(hx && hx->found);
	for (size_t k = 0; k < n; k++) {
		prr_str nm, val;
		const char *raw = items[k].raw;
		/* "1. **Fix Configuration Test** (Est: 30 min, …)" */
		if (!risks && imp_titled_estimate(im, raw, items[k].raw_n, items[k].line))
			continue;
		if (!imp_split_field(raw, items[k].raw_n, &nm, &val)) {
			/* "Severity: Critical" without bold */
			const char *c = memchr(raw, ':', items[k].raw_n);
			if (!c || c - raw > 30)
				goto not_field;
			nm.p = raw;
			nm.n = (size_t)(c - raw);
			val.p = c + 1;
			val.n = items[k].raw_n - nm.n - 1;
		}
		{
			const char *name = imp_clean(im, nm.p, nm.n);
			secx *x = imp_sec_x(im, im->cur_sec);
			/* "### C1" over "- Problem: …": its title */
			imp_id_title_field(im, (prr_str){ name, strlen(name) }, val);
			/* "1. Health checks only probe /healthz" then "-
			 * Severity: Critical" under it: the finding of the item
			 * above, not one more */
			if (par && (strcasecmp(name, "severity") == 0 ||
				    strcasecmp(name, "priority") == 0)) {
				prr_finding *f = finding_at(im, imp_node_line(im, par));
				if (f) {
					bool blocking;
					prr_severity sv = prr_rec_severity(val.p, val.n, &blocking);
					if (f->severity == PRR_SEV_UNKNOWN)
						f->severity = sv;
					f->blocking |= blocking;
				}
				continue;
			}
			if (strcasecmp(name, "severity") == 0 && x &&
			    !x->finding) {
				x->finding = true;
				prr_finding *f = PUSH(im, findings);
				f->title = imp_nearest_title(im);
				f->severity = imp_severity_value(val.p, val.n);
				f->effort.low = f->effort.high = PRR_NONE;
				f->line = items[k].line;
				f->id = imp_letter_id(im, 'F',
						      (long long)im->r->n_findings);
				continue;
			}
			if (x && x->found && imp_severity_name(name, strlen(name))) {
				/* the heading is the finding: its severity
				 * ("Severity", "Závažnost", "חומרה") */
				prr_finding *f = &im->r->findings[x->found - 1];
				bool blocking;
				prr_severity sv = prr_rec_severity(val.p, val.n, &blocking);
				if (sv != PRR_SEV_UNKNOWN)
					f->severity = sv;
				f->blocking |= blocking;
				continue;
			}
			if (x && x->finding && im->r->n_findings &&
			    (imp_contains_ci(name, "time") ||
			     imp_contains_ci(name, "effort") ||
			     imp_contains_ci(name, "estimate"))) {
				prr_finding *f = &im->r->findings[im->r->n_findings - 1];
				const char *unit;
				if (prr_parse_effort(val.p, val.n, &f->effort.low,
						     &f->effort.high, &unit) == 0)
					f->effort.unit = unit;
				continue;
			}
			/* "**Status:** Fixed" under the finding: over, left
			 * out once counted (imp_drop_fixed_findings) */
			if (x && x->found && imp_status_label(name) &&
			    imp_closed_status(imp_clean(im, val.p, val.n))) {
				*PRR_VEC_PUSH(im->a, im->fixed, im->n_fixed,
					      im->cap_fixed) = x->found - 1;
				continue;
			}
			/* "**Blocks launch:** Yes" under the finding */
			if (x && (x->found || x->finding) && im->r->n_findings &&
			    prr_rec_column(name, strlen(name)) == PRR_COL_BLOCKER) {
				prr_finding *f = x->found ? &im->r->findings[x->found - 1]
					: &im->r->findings[im->r->n_findings - 1];
				f->blocking = imp_says_yes(imp_clean(im, val.p, val.n));
				continue;
			}
			if (x && x->finding && im->r->n_findings &&
			    strcasecmp(name, "component") == 0) {
				im->r->findings[im->r->n_findings - 1].component =
					imp_clean(im, val.p, val.n);
				continue;
			}
			if (imp_wave_field(im, name, val.p, val.n) ||
			    imp_labelled_finding(im, name, val.p, val.n, items[k].line))
				continue;
			if (!risks && strlen(name) < 40 &&
			    strcasecmp(name, "mitigation") != 0 &&
			    imp_add_estimate(im, par ? imp_join(im, title, ": ", name) : name,
					 val.p, val.n, items[k].line))
				continue;
		}
	not_field:
		if (risks)
			imp_heading_risk(im, &items[k]);
	}
	if (placed_so_far(im->r) == placed_before)
		report_unplaced(im, items, n);
	if (depth < PRR_IMPORT_MAX_DEPTH)
		for (size_t k = 0; k < n; k++)
			imp_walk(im, items[k].node, depth + 1);
}
