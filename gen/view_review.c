/* view_review.c - a review's page: its figures, checklists, waivers and
 * its narrative as sanitised HTML; see view_int.h. */
#include "view_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "prr/mdhtml.h"

static bool blank(const char *s)
{
	for (; s && *s; s++)
		if (!strchr(" \t\r\n", *s))
			return false;
	return true;
}

/*
 * Which sections the narrative shows: a section with a heading or with
 * prose.  A heading is text the document wrote, so it stays even when its
 * whole body went into the figures (a table now in the scorecard) or when
 * the importer read a line as a heading ("# (x) Load test at 1.5x peak"):
 * dropping it would lose that text from the one place that shows the
 * whole document.  Returns a malloc'd array of n flags.
 */
static bool *shown_sections(const prr_review *r)
{
	bool *keep = prr_xcalloc(r->n_sections + 1, sizeof *keep);
	for (size_t i = 0; i < r->n_sections; i++)
		keep[i] = !blank(r->sections[i].heading) ||
			  !blank(r->sections[i].markdown);
	return keep;
}

/* The words of each prr_read_kind (figures.h), in its order. */
static const char *const read_kinds[PRR_READ_KINDS] = { "scorecard",
	"stated scores", "dimensions", "findings", "checklists", "milestones",
	"estimates", "risks", "plan", "tables", "details" };
enum { READ_KINDS = PRR_READ_KINDS };


/* "the scorecard and findings" of the flags `read`, in `b`. */
static void read_words(prr_buf *b, uint16_t read)
{
	int n = 0, k = 0;
	for (int i = 0; i < READ_KINDS; i++)
		n += (read >> i) & 1;
	prr_buf_reset(b);
	prr_buf_adds(b, "the ");
	for (int i = 0; i < READ_KINDS; i++) {
		if (!((read >> i) & 1))
			continue;
		if (k++)
			prr_buf_adds(b, k == n ? " and " : ", ");
		prr_buf_adds(b, read_kinds[i]);
	}
}

/* The narrative's sections by the slug of their heading, for its
 * "#fragment" links (a table of contents the author wrote): sorted, so a
 * link is found in log n whatever the length of the document. */
typedef struct {
	char *slug;   /* prr_view_slug of the heading */
	size_t index; /* the section's; its anchor is "s{index+1}-{slug}" */
} sec_slug;

typedef struct {
	sec_slug *v;
	size_t n;
	prr_buf anchor, want;
} sec_index;

static int slug_cmp(const void *a, const void *b)
{
	const sec_slug *x = a, *y = b;
	int c = strcmp(x->slug, y->slug);
	return c ? c : x->index < y->index ? -1 : x->index > y->index;
}

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0'
		: c >= 'a' && c <= 'f' ? c - 'a' + 10
		: c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* prr_md_anchor_fn: the first shown section whose heading has the slug
 * of the fragment (percent-decoded: "#s%C3%A9curit%C3%A9" is "sécurité"
 * as GitHub writes it), so "#security-auth" finds "Security & Auth". */
static const char *section_anchor(void *ud, const char *frag, size_t n)
{
	sec_index *ix = ud;
	if (n == 0)
		return NULL;
	prr_buf raw = PRR_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		int hi, lo;
		if (frag[i] == '%' && i + 2 < n && (hi = hexval(frag[i + 1])) >= 0 &&
		    (lo = hexval(frag[i + 2])) >= 0) {
			prr_buf_addc(&raw, (char)(hi * 16 + lo));
			i += 2;
		} else {
			prr_buf_addc(&raw, frag[i]);
		}
	}
	prr_buf_reset(&ix->want);
	prr_view_slug(&ix->want, raw.p ? raw.p : "");
	prr_buf_free(&raw);
	sec_slug key = { ix->want.p, 0 };
	/* the first of equal slugs: bisect to the lowest (slug, 0) */
	size_t lo = 0, hi = ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (slug_cmp(&ix->v[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == ix->n || strcmp(ix->v[lo].slug, ix->want.p) != 0)
		return NULL;
	prr_buf_reset(&ix->anchor);
	prr_buf_addf(&ix->anchor, "s%zu-%s", ix->v[lo].index + 1, ix->v[lo].slug);
	return ix->anchor.p;
}

static int put_narrative(prr_vnode *c, const prr_revfig *rf, prr_buf *err)
{
	const prr_review *r = rf->review;
	prr_vnode *arr = put_arr(c, "sections");
	prr_buf html = PRR_BUF_INIT, id = PRR_BUF_INIT;
	bool *keep = shown_sections(r);
	const uint16_t *read = rf->sections_read;
	sec_index ix = { prr_xcalloc(r->n_sections + 1, sizeof *ix.v), 0,
			 PRR_BUF_INIT, PRR_BUF_INIT };
	for (size_t i = 0; i < r->n_sections; i++) {
		if (!keep[i])
			continue;
		prr_buf_reset(&id);
		prr_view_slug(&id, r->sections[i].heading);
		ix.v[ix.n].slug = prr_xstrdup(id.p);
		ix.v[ix.n++].index = i;
	}
	qsort(ix.v, ix.n, sizeof *ix.v, slug_cmp);
	int rc = 0;
	bool toc = false;
	for (size_t i = 0; i < r->n_sections && rc == 0; i++) {
		const prr_section *s = &r->sections[i];
		if (!keep[i])
			continue;
		prr_vnode *o = push(arr);
		put(o, "heading", s->heading);
		/* the table of contents lists the sections with a heading; the
		 * text before the first has no title to link by */
		putb(o, "in_toc", !blank(s->heading));
		toc = toc || !blank(s->heading);
		int level = s->level < 1 ? 2 : s->level + 1;
		view_put_int(o, "h", level > 6 ? 6 : level < 2 ? 2 : level);
		prr_buf_reset(&id);
		prr_buf_addf(&id, "s%zu-", i + 1);
		prr_view_slug(&id, s->heading);
		put(o, "anchor", id.p);
		prr_buf_reset(&html);
		if (s->markdown)
			rc = prr_md_html(&html, s->markdown, strlen(s->markdown),
					 level, section_anchor, &ix, err);
		put(o, "body_html", html.p);
		/* a heading with nothing left under it: what prr read there,
		 * or, where lines stand before the next heading and no
		 * sub-heading follows, that their text is not kept here */
		if (blank(s->markdown) && read[i]) {
			read_words(&id, read[i]);
			put(o, "read_into", id.p);
		} else if (blank(s->markdown) && !blank(s->heading) &&
			   i + 1 < r->n_sections && s->line > 0 &&
			   r->sections[i + 1].line > s->line + 2 &&
			   r->sections[i + 1].level <= s->level) {
			view_put_int(o, "unkept_from", s->line + 1);
			view_put_int(o, "unkept_to", r->sections[i + 1].line - 1);
		}
		if (s->line > 0)
			view_put_int(o, "line", s->line);
	}
	putb(c, "has_sections", prr_vsize(arr) > 0);
	putb(c, "has_toc", toc);
	for (size_t i = 0; i < ix.n; i++)
		free(ix.v[i].slug);
	free(ix.v);
	prr_buf_free(&ix.anchor);
	prr_buf_free(&ix.want);
	free(keep);
	prr_buf_free(&html);
	prr_buf_free(&id);
	return rc;
}

static void put_dimensions(prr_vnode *c, const prr_scorecard *s)
{
	prr_vnode *arr = put_arr(c, "dimensions");
	putb(c, "has_dimensions", s->dims.n > 0);
	for (size_t i = 0; i < s->dims.n; i++) {
		const prr_dimfig *d = &s->dims.dims[i];
		prr_vnode *o = push(arr);
		put(o, "name", d->dimension->name);
		view_put_graded(o, "score", d->dimension->score, d->dimension->high,
				d->dimension->max, d->dimension->grade);
		/* a weight only where the dimension counts in the weighted
		 * score: one graded by a letter alone takes no part */
		if (prr_has(d->norm))
			view_putf(o, "weight", "%g", d->weight); /* as written: 0.25 */
		put(o, "weight_from", d->weight_from);
		view_put_status(o, d->dimension->status);
		view_put_label(o, "note", d->dimension->note);
		view_put_pct(o, "percent", d->norm * 100);
	}
}

/* A milestone's state in words, against its due date: "done 34 days
 * after its due date", "done 2 days before its due date", "done on its
 * due date", "not done, 12 days past its due date at this review", "not
 * done yet"; "done" or "not done" where a date is missing. */
static void put_milestone_timing(prr_vnode *o, const prr_milestone *m,
				 const char *review_date)
{
	bool due = m->due && prr_date_valid(m->due);
	if (m->done) {
		if (!due || !m->done_date || !prr_date_valid(m->done_date)) {
			put(o, "timing", "done");
			return;
		}
		long d = prr_date_days(m->done_date) - prr_date_days(m->due);
		if (d == 0)
			put(o, "timing", "done on its due date");
		else
			view_putf(o, "timing", "done %ld %s %s its due date",
				  labs(d), plural((size_t)labs(d), "day", "days"),
				  d > 0 ? "after" : "before");
		return;
	}
	long late = due && review_date ? prr_date_days(review_date) -
					       prr_date_days(m->due) : 0;
	if (late > 0)
		view_putf(o, "timing", "not done, %ld %s past its due date at this review",
			  late, plural((size_t)late, "day", "days"));
	else
		put(o, "timing", due ? "not done yet" : "not done");
}

static bool ends_with_arrow(const char *s)
{
	if (!s)
		return false;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	static const char *const arrows[] = { "\u2192", "->", "=>", "\u21d2",
					      "\u27f6" };
	for (size_t i = 0; i < sizeof arrows / sizeof arrows[0]; i++) {
		size_t k = strlen(arrows[i]);
		if (n >= k && memcmp(s + n - k, arrows[i], k) == 0)
			return true;
	}
	return false;
}

/* Of each list of the review, whether its section tells it from another
 * of its title (byte for byte): another has its title, and no other both
 * its title and its section.  By tables, linear in the lists. */
static bool *sections_tell(const prr_scorecard *s)
{
	bool *title = prr_xcalloc(2 * s->n_lists + 1, sizeof *title);
	bool *pair = title + s->n_lists;
	prr_names titles = { .exact = true }, pairs = { .exact = true };
	prr_arena keys = PRR_ARENA_INIT;
	for (size_t i = 0; i < s->n_lists; i++) {
		const prr_checklist *l = s->lists[i].list;
		if (!l->title || !l->section)
			continue;
		size_t j = prr_names_put(&titles, l->title, i);
		if (j != i)
			title[i] = title[j] = true;
		j = prr_names_put(&pairs, prr_arena_printf(&keys, "%s\x1f%s",
							   l->title, l->section), i);
		if (j != i)
			pair[i] = pair[j] = true;
	}
	for (size_t i = 0; i < s->n_lists; i++)
		title[i] = title[i] && !pair[i];
	prr_names_free(&titles);
	prr_names_free(&pairs);
	prr_arena_free(&keys);
	return title;
}

static void put_review_extras(prr_vnode *c, const prr_revfig *rf)
{
	const prr_review *r = rf->review;
	prr_vnode *arr = put_arr(c, "checklists");
	bool *told = sections_tell(&rf->score);
	for (size_t i = 0; i < rf->score.n_lists; i++) {
		const prr_listfig *l = &rf->score.lists[i];
		prr_vnode *o = push(arr);
		view_put_label(o, "title", l->list->title ? l->list->title : l->list->section);
		/* two lists of one title told apart by the section each is
		 * under */
		if (told[i])
			view_put_label(o, "under", l->list->section);
		if (l->na)
			view_putf(o, "done", "%d of %d done, %d not applicable",
				  l->done, l->total, l->na);
		else
			view_putf(o, "done", "%d of %d done", l->done, l->total);
		if (l->unknown)
			view_putf(o, "not_read", "%d of unknown status, not counted",
				  l->unknown);
		view_put_pct(o, "percent", l->percent);
		prr_vnode *items = put_arr(o, "items");
		int failing = 0, partial = 0;
		for (size_t k = 0; k < l->list->n_items; k++) {
			const prr_checkitem *it = &l->list->items[k];
			prr_vnode *io = push(items);
			view_put_label(io, "text", it->text);
			view_put_label(io, "note", it->note);
			view_put_label(io, "unread", it->status_text);
			prr_status st = view_item_status(it);
			view_put_status_sym(io, st);
			failing += st == PRR_FAIL;
			partial += st == PRR_PARTIAL;
		}
		/* a list with items that fail or are partial is shown open,
		 * its summary saying how many */
		if (failing && partial)
			view_putf(o, "flagged", "%d failing, %d partial", failing, partial);
		else if (failing || partial)
			view_putf(o, "flagged", "%d %s", failing + partial,
				  failing ? "failing" : "partial");
	}
	free(told);
	/* waivers that matched, with who granted them, why and until when */
	arr = put_arr(c, "waivers");
	for (size_t i = 0; i < rf->score.n_waived; i++) {
		const prr_waived *w = &rf->score.waived[i];
		prr_vnode *o = push(arr);
		if (w->finding) {
			view_putf(o, "what", "finding: %s", w->finding);
		} else {
			view_putf(o, "what", "%s / %s", w->component ? w->component : "",
			     w->category ? w->category : "");
			view_put_status_sym(o, w->status);
		}
		put(o, "reason", w->waiver->reason);
		put(o, "approver", w->waiver->approver);
		put(o, "expires", w->waiver->expires);
		putb(o, "expired", w->state == PRR_WAIVER_EXPIRED);
	}
	arr = put_arr(c, "risks");
	for (size_t i = 0; i < r->n_risks; i++) {
		prr_vnode *o = push(arr);
		put(o, "level", prr_severity_name(r->risks[i].level));
		view_putf(o, "severity_class", "sev-%s",
			  prr_severity_name(r->risks[i].level));
		view_put_label(o, "title", r->risks[i].title);
		put(o, "likelihood", r->risks[i].likelihood);
		put(o, "impact", r->risks[i].impact);
		put(o, "mitigation", r->risks[i].mitigation);
		/* "Timeout on large schedules → Mitigation: Background
		 * jobs": the title's own arrow leads to its mitigation, with
		 * no dash of the page's after it ("→ —") */
		putb(o, "arrow", ends_with_arrow(r->risks[i].title));
	}
	arr = put_arr(c, "milestones");
	for (size_t i = 0; i < r->n_milestones; i++) {
		const prr_milestone *m = &r->milestones[i];
		prr_vnode *o = push(arr);
		view_put_label(o, "name", m->name);
		put(o, "due", m->due);
		if (i < rf->plan.n_milestones)
			view_put_milestone_planned(o, &rf->plan.milestones[i]);
		view_put_status_sym(o, m->done ? PRR_PASS : PRR_PENDING);
		put(o, "done_date", m->done_date);
		put_milestone_timing(o, m, r->date);
	}
	arr = put_arr(c, "estimates");
	for (size_t i = 0; i < r->n_estimates; i++) {
		const prr_estimate *e = &r->estimates[i];
		prr_vnode *o = push(arr);
		put(o, "label", e->label);
		prr_buf b = PRR_BUF_INIT;
		view_fmt_span(&b, e->low, e->high, e->unit);
		put(o, "value", b.p);
		prr_buf_free(&b);
	}
	arr = put_arr(c, "scores");
	for (size_t i = 0; i < r->n_scores; i++) {
		prr_vnode *o = push(arr);
		put(o, "label", r->scores[i].label);
		view_put_graded(o, "value", r->scores[i].value, r->scores[i].high,
				r->scores[i].max, r->scores[i].grade);
	}
	arr = put_arr(c, "fields");
	for (size_t i = 0; i < r->n_fields; i++) {
		prr_vnode *o = push(arr);
		put(o, "name", r->fields[i].name);
		put(o, "value", r->fields[i].value);
	}
	arr = put_arr(c, "tables");
	for (size_t i = 0; i < r->n_tables; i++) {
		const prr_table *t = &r->tables[i];
		prr_vnode *o = push(arr);
		put(o, "section", t->section);
		prr_vnode *h = put_arr(o, "header");
		for (size_t k = 0; k < t->n_cols; k++)
			put(push(h), "cell", t->header[k]);
		prr_vnode *rows = put_arr(o, "rows");
		for (size_t k = 0; k < t->n_rows; k++) {
			prr_vnode *cells = put_arr(push(rows), "cells");
			for (size_t q = 0; q < t->n_cols; q++)
				put(push(cells), "cell", t->rows[k][q]);
		}
	}
}

int view_page_review(page *pg, size_t i, prr_buf *err)
{
	const prr_revfig *rf = &pg->p->reviews[i];
	const prr_review *r = rf->review;
	prr_buf path = PRR_BUF_INIT, title = PRR_BUF_INIT;
	prr_buf_addf(&path, "reviews/%s/index.html", r->date);
	prr_buf_addf(&title, "Review of %s", r->date);
	prr_vnode *c = view_page_new(pg, PRR_VIEW_REVIEW, path.p, r->date, title.p);
	view_put_headline(c, pg, i, false);
	view_put_heatmap(c, pg, i, true);
	put_dimensions(c, &rf->score);
	view_put_blockers(c, &rf->score, SIZE_MAX);
	view_put_findings(c, "findings", r, false, SIZE_MAX);
	putb(c, "has_findings", r->n_findings > 0);
	/* disagreements first; the rows that agree folded under their count */
	size_t n = view_put_audit(c, "audit", &rf->audit, AUDIT_DISAGREE, SIZE_MAX);
	size_t agree = view_put_audit(c, "audit_agree", &rf->audit, AUDIT_AGREE, SIZE_MAX);
	putb(c, "has_audit", n + agree > 0);
	putb(c, "has_disagreements", n > 0);
	if (agree)
		view_putf(c, "n_agree", agree == 1 ? "%zu agrees" : "%zu agree", agree);
	put_review_extras(c, rf);
	view_put_plan(c, &rf->plan, SIZE_MAX);
	if (pg->o->repo)
		view_putf(c, "git_note", "delivery dates from git, up to the "
			  "review's date (%s)", r->date);
	view_put_review_evidence(c, pg, i, SIZE_MAX);
	if (rf->since)
		view_put_delta(c, pg, rf->since, SIZE_MAX);
	/* the latest earlier ones: the overview lists them all, and a page
	 * that listed every earlier review would make the site's size grow
	 * with the square of their number */
	view_put_review_links(c, pg, i, i, VIEW_EARLIER_REVIEWS);
	put(c, "source_file", r->source_file);
	put(c, "source_format", r->source_format);
	int rc = put_narrative(c, rf, err);
	prr_buf_free(&path);
	prr_buf_free(&title);
	if (rc < 0) {
		view_page_drop(pg);
		return -1;
	}
	return view_page_emit(pg);
}
