/* import_md.c - Markdown review -> model, by md4c; see include/prr/import.h. */
/* realpath() is X/Open, beyond the POSIX the Makefile asks for */
#define _XOPEN_SOURCE 700
#include "import_find_items.h"
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/mdtable.h"
#include "prr/mojibake.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static size_t node_new(imp *im, MD_BLOCKTYPE type)
{
	if (im->n_nodes == im->cap_nodes) {
		im->cap_nodes = im->cap_nodes ? im->cap_nodes * 2 : 256;
		im->nodes = prr_xrealloc(im->nodes,
					 im->cap_nodes * sizeof *im->nodes);
	}
	size_t i = im->n_nodes++;
	node *n = &im->nodes[i];
	memset(n, 0, sizeof *n);
	n->type = type;
	n->first = n->last = NONE;
	return i;
}

static void node_add_text(imp *im, size_t i, const char *s, size_t n)
{
	node *nd = &im->nodes[i];
	if (nd->t_len && nd->t_off + nd->t_len != im->pool.n) {
		/* a child wrote in between: move this node's text to the end */
		size_t old = nd->t_off;
		nd->t_off = im->pool.n;
		prr_buf_grow(&im->pool, nd->t_len);
		prr_buf_add(&im->pool, im->pool.p + old, nd->t_len);
	} else if (!nd->t_len) {
		nd->t_off = im->pool.n;
	}
	prr_buf_add(&im->pool, s, n);
	nd->t_len += n;
}

static void node_touch(node *nd, size_t off, size_t end)
{
	if (nd->first == NONE || off < nd->first)
		nd->first = off;
	if (nd->last == NONE || end > nd->last)
		nd->last = end;
}

/* Makes node `i` the last child of the open block, if any. */
static void node_link(imp *im, size_t i)
{
	if (!im->depth)
		return;
	size_t p = im->stack[im->depth - 1];
	im->nodes[i].parent = p;
	if (im->nodes[p].last_child)
		im->nodes[im->nodes[p].last_child].next = i;
	else
		im->nodes[p].child = i;
	im->nodes[p].last_child = i;
}

static void node_push(imp *im, size_t i)
{
	if (im->depth == im->cap_stack) {
		im->cap_stack = im->cap_stack ? im->cap_stack * 2 : 64;
		im->stack = prr_xrealloc(im->stack,
					 im->cap_stack * sizeof *im->stack);
	}
	im->stack[im->depth++] = i;
}

/* Text comes into the pending cell: the empty cells before it, then the
 * cell itself, become nodes (see imp.cell_pending). */
static void cell_open(imp *im)
{
	for (; im->cell_gap; im->cell_gap--)
		node_link(im, node_new(im, im->cell_type));
	size_t i = node_new(im, im->cell_type);
	node_link(im, i);
	node_push(im, i);
	im->cell_pending = false;
}

static int cb_enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
	imp *im = ud;
	if ((type == MD_BLOCK_TH || type == MD_BLOCK_TD) && im->depth) {
		/* counted in its row, made a node when text comes */
		im->nodes[im->stack[im->depth - 1]].width++;
		im->cell_pending = true;
		im->cell_type = type;
		return 0;
	}
	if (type == MD_BLOCK_TR)
		im->cell_gap = 0;
	size_t i = node_new(im, type);
	node *n = &im->nodes[i];
	if (type == MD_BLOCK_H)
		n->level = (int)((MD_BLOCK_H_DETAIL *)detail)->level;
	if (type == MD_BLOCK_LI) {
		MD_BLOCK_LI_DETAIL *li = detail;
		if (li->is_task) {
			n->task = li->task_mark == ' ' ? ' ' : 'x';
			node_touch(n, li->task_mark_offset,
				   li->task_mark_offset);
		}
	}
	node_link(im, i);
	node_push(im, i);
	return 0;
}

/* Whether `s` holds a word or a mark, not only spaces and punctuation. */
static bool says_something(const char *s, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (isalnum((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80)
			return true;
	return false;
}

/*
 * Node `i` closes: the text struck in it ("Status: ~~NO-GO~~ GO", "~~❌~~
 * ✅" in a cell) is what the document took back, so it goes, with the
 * spaces after it, when the rest of the block says something; a block
 * struck whole (a row of a plan put off) keeps its words.  Its spans are
 * the last noted: those of the blocks inside it went when they closed.
 */
/*
 * A list item or a heading that opens with its one struck span and then
 * says it is over: "1. ~~Chromium pool leaks memory~~ — **resolved** 9
 * Sept", "#### ~~Missing return statements~~ ✅ **FIXED**".  The struck
 * words are what was done, not taken back.
 */
static bool struck_done(imp *im, size_t i, size_t first)
{
	static const char *const over[] = { "resolved", "fixed", "closed",
		"done", "mitigated", "addressed", "solved", NULL };
	const node *nd = &im->nodes[i];
	const char *s = im->pool.p + nd->t_off;
	size_t n = nd->t_len, a = im->struck[first].to;
	if (first + 1 != im->n_struck || im->struck[first].from != 0 ||
	    !(nd->type == MD_BLOCK_LI || nd->type == MD_BLOCK_H ||
	      (nd->type == MD_BLOCK_P && nd->parent &&
	       im->nodes[nd->parent].type == MD_BLOCK_LI)))
		return false;
	while (a < n && s[a] == ' ')
		a++;
	if (n - a >= 3 && (unsigned char)s[a] == 0xE2 && (unsigned char)s[a + 1] == 0x80 &&
	    ((unsigned char)s[a + 2] == 0x94 || (unsigned char)s[a + 2] == 0x93))
		a += 3;
	else if (a < n && (s[a] == '-' || s[a] == ':'))
		a++;
	else if (n - a >= 3 && memcmp(s + a, "\xE2\x9C\x85", 3) == 0)
		a += 3; /* ✅ before the word */
	else
		return false;
	while (a < n && (s[a] == ' ' || s[a] == '*' || s[a] == '_'))
		a++;
	size_t w = a;
	while (w < n && ((s[w] >= 'a' && s[w] <= 'z') || (s[w] >= 'A' && s[w] <= 'Z')))
		w++;
	/* (or that it changed to a pass: "~~…~~ — was ⚠️, now ✅") */
	return imp_is_one_of(s + a, w - a, over) || imp_now_passes(im, s + a, n - a);
}

static void cut_struck(imp *im, size_t i)
{
	size_t first = im->n_struck;
	while (first && im->struck[first - 1].node == i)
		first--;
	if (first == im->n_struck)
		return;
	node *nd = &im->nodes[i];
	char *s = im->pool.p + nd->t_off;
	if (struck_done(im, i, first)) { /* (its words kept: its title) */
		nd->done = true;
		im->n_struck = first;
		return;
	}
	bool said = false;
	size_t at = 0;
	for (size_t k = first; k <= im->n_struck && !said; k++) {
		size_t end = k < im->n_struck ? im->struck[k].from : nd->t_len;
		said = says_something(s + at, end - at);
		if (k < im->n_struck)
			at = im->struck[k].to;
	}
	if (said) {
		size_t w = im->struck[first].from;
		at = w;
		for (size_t k = first; k <= im->n_struck; k++) {
			size_t end = k < im->n_struck ? im->struck[k].from
						      : nd->t_len;
			memmove(s + w, s + at, end - at);
			w += end - at;
			if (k == im->n_struck)
				break;
			at = im->struck[k].to;
			if (!w || s[w - 1] == ' ')
				while (at < nd->t_len && s[at] == ' ')
					at++;
		}
		nd->t_len = w;
	} else {
		nd->struck = true;
	}
	im->n_struck = first;
}

static int cb_leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
	imp *im = ud;
	(void)detail;
	if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
		bool empty = im->cell_pending;
		im->cell_gap += empty;
		im->cell_pending = false;
		if (empty)
			return 0;
	}
	if (!im->depth)
		return 0;
	size_t i = im->stack[--im->depth];
	cut_struck(im, i);
	node *n = &im->nodes[i];
	if (im->depth && n->first != NONE)
		node_touch(&im->nodes[im->stack[im->depth - 1]], n->first,
			   n->last);
	if (im->depth == 1) {
		/*
		 * A top-level block is complete.  Nothing the walk does looks
		 * outside the block it is given, and top-level blocks close in
		 * document order, so walking each one now is the walk of the
		 * whole tree; forgetting its nodes and text afterwards keeps
		 * the tree as small as the largest block instead of ~5x the
		 * document.
		 */
		imp_walk_block(im, i, 0);
		im->n_top++;
		im->n_links = 0;
		prr_arena_reset(&im->tmp); /* its first block serves the next */
		im->n_nodes = 1;
		im->nodes[0].child = im->nodes[0].last_child = 0;
		prr_buf_reset(&im->pool);
	}
	return 0;
}

/* The innermost open block, which a span or text joins (a table cell
 * waiting to open opens first); false before the first block. */
static bool open_block(imp *im, size_t *at)
{
	if (im->cell_pending)
		cell_open(im);
	if (!im->depth)
		return false;
	*at = im->stack[im->depth - 1];
	return true;
}

/* Spans leave marks in their node's text where readers look for them:
 * "**" around bold, a backtick around code; a struck span is noted (see
 * cut_struck). */
static int cb_span(MD_SPANTYPE type, bool entering, void *ud)
{
	imp *im = ud;
	size_t top;
	if (!open_block(im, &top))
		return 0;
	if (type == MD_SPAN_DEL && !entering) {
		for (size_t k = im->n_struck; k--;)
			if (im->struck[k].node == top) {
				im->struck[k].to = im->nodes[top].t_len;
				break;
			}
	} else if (type == MD_SPAN_DEL) {
		im->struck = imp_priv_grow(im->struck, &im->cap_struck,
					   im->n_struck + 1, sizeof *im->struck);
		im->struck[im->n_struck++] = (struct imp_struck){
			top, im->nodes[top].t_len, im->nodes[top].t_len };
	}
	if (type == MD_SPAN_STRONG)
		node_add_text(im, im->stack[im->depth - 1], "**", 2);
	else if (type == MD_SPAN_CODE)
		node_add_text(im, im->stack[im->depth - 1], "`", 1);
	return 0;
}

/* A link to a file opens: its text is kept when it closes. */
static int cb_enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
	imp *im = ud;
	if (type != MD_SPAN_A)
		return cb_span(type, true, ud);
	if (im->cell_pending)
		cell_open(im);
	const MD_ATTRIBUTE *href = &((MD_SPAN_A_DETAIL *)detail)->href;
	im->link_path = im->depth ? imp_link_file(im, href->text, href->size)
				  : NULL;
	if (im->link_path) {
		im->link_node = im->stack[im->depth - 1];
		im->link_from = im->nodes[im->link_node].t_len;
	}
	return 0;
}

static int cb_leave_span(MD_SPANTYPE type, void *detail, void *ud)
{
	imp *im = ud;
	(void)detail;
	if (type != MD_SPAN_A)
		return cb_span(type, false, ud);
	if (!im->link_path || !im->depth ||
	    im->stack[im->depth - 1] != im->link_node)
		return 0;
	const node *nd = &im->nodes[im->link_node];
	im->links = imp_priv_grow(im->links, &im->cap_links, im->n_links + 1,
				  sizeof *im->links);
	imp_link *l = &im->links[im->n_links++];
	l->tn = nd->t_len - im->link_from;
	l->text = prr_arena_strndup(&im->tmp, im->pool.p + nd->t_off +
				    im->link_from, l->tn);
	l->path = im->link_path;
	l->line = nd->last && nd->last != NONE ? imp_line_of(im, nd->last - 1) : 0;
	l->taken = false;
	im->link_path = NULL;
	return 0;
}

/* Text with GitHub's shortcodes of status marks as the marks GitHub
 * shows (":white_check_mark:" -> "✅"): read as the marks are. */
static void add_shortcoded(imp *im, size_t i, const char *s, size_t n)
{
	size_t from = 0;
	if (prr_utf8_ascii(s, n) < n) { /* "\u00a0Fail" is "Fail" */
		char *o = prr_arena_alloc_str(&im->tmp, n + 1);
		n = prr_utf8_plain_spaces(o, s, n);
		s = o;
	}
	for (const char *c = s; (c = memchr(c, ':', n - (size_t)(c - s)));) {
		size_t len;
		const char *e = prr_emoji_shortcode(c, n - (size_t)(c - s), &len);
		if (!e) {
			c++;
			continue;
		}
		node_add_text(im, i, s + from, (size_t)(c - s) - from);
		node_add_text(im, i, e, strlen(e));
		c += len;
		from = (size_t)(c - s);
	}
	node_add_text(im, i, s + from, n - from);
}

static int cb_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size,
		   void *ud)
{
	imp *im = ud;
	size_t i;
	if (!open_block(im, &i))
		return 0;
	switch (type) {
	case MD_TEXT_NULLCHAR:
		node_add_text(im, i, "\xEF\xBF\xBD", 3);
		return 0;
	case MD_TEXT_BR:
	case MD_TEXT_SOFTBR:
		node_add_text(im, i, "\n", 1);
		return 0;
	default:
		break;
	}
	if (text >= im->src && text < im->src + im->len)
		node_touch(&im->nodes[i], (size_t)(text - im->src),
			   (size_t)(text - im->src) + size);
	/* "<b>Ready</b><br>" written inline: its words, not its tags (the
	 * page shows text, never the document's markup; an escaped "\<b>"
	 * is text and stays) */
	if (type == MD_TEXT_HTML && imp_html_tag(text, size) == size) {
		if (imp_inline_tag(im, i, text, size)) /* "<br>": a space */
			node_add_text(im, i, " ", 1);
		return 0;
	}
	if (type == MD_TEXT_ENTITY) {
		char e[4];
		size_t en = 0;
		if (imp_entity(text, size, e, &en) == size) {
			node_add_text(im, i, e, en);
			return 0;
		}
	}
	if (type == MD_TEXT_NORMAL) {
		add_shortcoded(im, i, text, size);
		return 0;
	}
	node_add_text(im, i, text, size);
	return 0;
}

/* Where the "---" line that closes the front matter of `text` ends (the
 * text as md4c will read it), or 0. */
static size_t front_matter_end(const char *text, size_t len)
{
	const char *p = memchr(text, '\n', len);
	for (int l = 2; p && l < 64; l++) {
		p++;
		size_t rest = len - (size_t)(p - text);
		if (rest >= 3 && strncmp(p, "---", 3) == 0) {
			const char *e = memchr(p, '\n', rest);
			return e ? (size_t)(e - text) : len;
		}
		p = memchr(p, '\n', rest);
	}
	return 0;
}

/*** Small text helpers ***/
/*** The walk ***/

/* A code block's lines may still state the date or the verdict as
 * fields ("Estado: ✅ LISTO" inside a boxed summary), taken only where
 * nothing outside code states one (a template's "verdict: not-ready"):
 * nothing else in code is read. */
static void code_lines(imp *im, size_t i)
{
	size_t n;
	const char *s = imp_ntext(im, i, &n);
	int line = imp_node_line(im, i);
	for (const char *p = s, *end = s + n; line && p < end; line++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
		imp_head_code_swap(im);
		imp_head_line(im, p, k, line, IMP_LINE_CODE);
		imp_head_code_swap(im);
		imp_score_text(im, p, k, line, IMP_LINE_CODE);
		p += k + 1;
	}
}

/* An HTML table ("<table><tr><td>…") is not read (raw HTML is never
 * rendered either): said, so that its scorecard is not lost unsaid. */
/* The lines of an HTML block's text from `line` on, each read as a
 * paragraph's line is for the headline (not those that open with a tag). */
static void html_lines(imp *im, const char *text, size_t n, int line)
{
	for (const char *p = text, *end = text + n; p < end; line++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
		while (k && (*p == ' ' || *p == '\t'))
			p++, k--;
		while (k && (p[k - 1] == ' ' || p[k - 1] == '\r'))
			k--;
		/* an aside's icon before its words: "⚠️ **Not ready for
		 * cut-over.** …" reads as "**Not ready for cut-over.** …" */
		size_t m = im->para ? imp_head_icon_lead(p, k) : 0;
		p += m, k -= m;
		if (k && *p != '<')
			imp_head_line(im, p, k, line, IMP_LINE_TEXT);
		p = nl ? nl + 1 : end;
	}
}

static void html_block(imp *im, size_t i)
{
	const node *nd = &im->nodes[i];
	if (nd->first == NONE || nd->last <= nd->first)
		return;
	const char *s = im->src + nd->first;
	size_t n = nd->last - nd->first;
	/* a table in HTML: read as a Markdown one, or said not to be */
	if (imp_contains_ci_n(s, n, "<table") && imp_html_table(im, i, s, n))
		return;
	int line = imp_node_line(im, i);
	/* "<aside> 💡 Scoring: each area is rated 1–5 …": the scale stated
	 * in an aside is the document's, as in a paragraph */
	imp_note_scale(im, s, n);
	if (imp_details_finding(im, s, n, line))
		return;
	/* a header in HTML above the title ("<p align="center"> … <sub>
	 * Production readiness review · 9 June 2026</sub>"): its text, tags
	 * aside, is read as the lines near the top are */
	if (line <= 12 && !imp_contains_ci_n(s, n, "<table") &&
	    !imp_contains_ci_n(s, n, "<details") && !imp_contains_ci_n(s, n, "<aside")) {
		prr_buf t = PRR_BUF_INIT;
		for (size_t k = 0; k < n;) {
			size_t tag = imp_html_tag(s + k, n - k);
			if (tag) {
				prr_buf_addc(&t, ' ');
				k += tag;
			} else {
				prr_buf_addc(&t, s[k++]);
			}
		}
		const char *text = prr_arena_strndup(&im->tmp, t.p, t.n);
		html_lines(im, text, t.n, line);
		prr_buf_free(&t);
		return;
	}
	/* a callout as Notion exports it ("<aside>" then "🚦 **Verdict:
	 * Conditional go.** …"): its lines of text are the document's */
	if (n < 7 || strncasecmp(s, "<aside>", 7) != 0)
		return;
	/* (its text a paragraph: a verdict runs on to its sentence's end) */
	im->para = s;
	im->para_n = n;
	html_lines(im, s, n, line);
	im->para = NULL;
	im->para_n = 0;
}

/* Whether block i is a template's instructions to its writer: it names
 * the template and tells to delete, replace or fill in what it holds. */
static bool instructions(const imp *im, size_t i)
{
	static const char *const orders[] = { "delete this", "replace this",
		"remove this", "fill in", "delete these", "remove these", NULL };
	const node *nd = &im->nodes[i];
	if (nd->first == NONE || nd->last <= nd->first)
		return false;
	const char *s = im->src + nd->first;
	size_t n = nd->last - nd->first;
	if (!imp_contains_ci_n(s, n, "template") &&
	    !imp_contains_ci_n(s, n, "instruction"))
		return false;
	for (int k = 0; orders[k]; k++)
		if (imp_contains_ci_n(s, n, orders[k]))
			return true;
	return false;
}

/* Whether paragraph i introduces a quotation of someone's earlier
 * words: "The previous review on 2025-10-30 said:", "Review #1 ended
 * with:" (a lead-in that ends with a colon and says who spoke or when),
 * or an example: "A healthy instance answers like this (example output
 * from a laptop):" over a code block's "verdict: go", "Template values
 * only, not this review's results:". */
static bool leads_quotation(const imp *im, size_t i)
{
	static const char *const words[] = { "said", "says", "wrote",
		"ended with", "closed with", "concluded", "stated", "reads",
		"read:", "in the words of", "previous", "last review", "earlier",
		"last time", "last quarter", "last month", "last sprint",
		"last year", "for reference",
		"sagte", "schrieb", "lautete", "vorherige", "dijo", "anterior",
		"a dit", "disait", "précédent", "disse", "前回", "上一次",
		"上次", "此前",
		"example", "for instance", "e.g.", "sample", "exemple",
		"ejemplo", "exemplo", "esempio", "beispiel", "例如", "示例",
		"template", "not this review", NULL };
	const node *nd = &im->nodes[i];
	const char *s = im->pool.p + nd->t_off;
	size_t n = nd->t_len;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '*'))
		n--;
	/* a full-width colon ("上一次评审…结论为："), or a full stop after
	 * "as follows" ("…の結論は以下のとおりだった。", "…如下。") */
	bool colon = n && s[n - 1] == ':';
	if (!colon && n >= 3 && (memcmp(s + n - 3, "\xEF\xBC\x9A", 3) == 0 ||
				 (memcmp(s + n - 3, "\xE3\x80\x82", 3) == 0 &&
				  (imp_contains_ci_n(s, n, "以下") ||
				   imp_contains_ci_n(s, n, "如下")))))
		colon = true;
	if (!colon)
		return false;
	for (int k = 0; words[k]; k++)
		if (imp_contains_ci_n(s, n, words[k]))
			return true;
	/* "From the 2025-12-02 review:" */
	return imp_contains_ci_n(s, n, "from the") && imp_contains_ci_n(s, n, "review");
}

void imp_walk_block(imp *im, size_t i, int depth)
{
	bool lead = im->quote_lead;
	im->quote_lead = false;
	if (depth == 0 && imp_earlier_review_block(im, i))
		return;
	switch (im->nodes[i].type) {
	case MD_BLOCK_H:
		imp_handle_heading(im, i);
		break;
	case MD_BLOCK_P: {
		/* (a decision's rule states no verdict of this review) */
		bool rule = imp_head_rules(im, i);
		im->quoting += rule;
		imp_handle_paragraph(im, i);
		im->quoting -= rule;
		im->quote_lead = leads_quotation(im, i);
		break;
	}
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		imp_handle_list(im, i, depth);
		break;
	case MD_BLOCK_TABLE:
		imp_handle_table(im, i);
		break;
	case MD_BLOCK_CODE:
		im->quoting += lead;
		code_lines(im, i);
		im->quoting -= lead;
		break;
	case MD_BLOCK_HTML:
		html_block(im, i);
		break;
	case MD_BLOCK_HR:
		if (im->cur_sec != NONE && im->r->n_checklists &&
		    im->cl_sec[im->r->n_checklists - 1] == im->cur_sec)
			im->hr_sec = im->cur_sec + 1;
		break;
	case MD_BLOCK_QUOTE:
		/* a template's instructions, left in: "> **How to use this
		 * template** … Delete this block before publishing." with
		 * its example rows and verdicts to choose from */
		if (instructions(im, i))
			break;
		im->quoting += lead;
		imp_walk(im, i, depth + 1);
		im->quoting -= lead;
		break;
	default:
		imp_walk(im, i, depth + 1);
		break;
	}
}

void imp_walk(imp *im, size_t parent, int depth)
{
	if (depth > PRR_IMPORT_MAX_DEPTH) {
		if (!im->deep_warned)
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
				     imp_node_line(im, parent), 0,
				     "not imported: blocks nested deeper than %d "
				     "(kept as prose)", PRR_IMPORT_MAX_DEPTH);
		im->deep_warned = true;
		return;
	}
	for (size_t c = im->nodes[parent].child; c; c = im->nodes[c].next) {
		if (im->nodes[parent].type == MD_BLOCK_LI &&
		    im->nodes[c].type == MD_BLOCK_P)
			continue; /* the item's own text, read with the item */
		imp_walk_block(im, c, depth);
	}
}

static const char *prose(imp *im, prr_buf *b, int from, int to)
{
	prr_buf_reset(b);
	bool blank = false;
	for (int l = from; l <= to; l++) {
		if (im->used[l])
			continue;
		const char *p;
		size_t n;
		prr_linemap_line(&im->map, l, &p, &n);
		if (n && p[n - 1] == '\r')
			n--;
		size_t k = 0;
		while (k < n && (p[k] == ' ' || p[k] == '\t'))
			k++;
		if (k == n) {
			blank = b->n > 0;
			continue;
		}
		if (blank)
			prr_buf_addc(b, '\n');
		blank = false;
		prr_buf_add(b, p, n);
		prr_buf_addc(b, '\n');
	}
	return b->n ? prr_arena_strndup(im->a, b->p, b->n) : NULL;
}

static void build_sections(imp *im)
{
	prr_review *r = im->r;
	prr_buf b = PRR_BUF_INIT;
	int n_lines = (int)im->map.n;
	for (size_t s = 0; s < r->n_sections; s++) {
		int to = s + 1 < r->n_sections ? r->sections[s + 1].line - 1
					       : n_lines;
		r->sections[s].markdown = prose(im, &b, r->sections[s].line + 1, to);
	}
	int first = r->n_sections ? r->sections[0].line - 1 : n_lines;
	const char *pre = prose(im, &b, 1, first);
	if (pre) {
		PUSH(im, sections);
		memmove(r->sections + 1, r->sections,
			(r->n_sections - 1) * sizeof *r->sections);
		r->sections[0] = (prr_section){ NULL, 1, pre, 1 };
	}
	prr_buf_free(&b);
}

/*** Entry points ***/

/* A table too wide to read (mdtable.h): "not imported", at its header. */
static void wide_table(void *ud, size_t head_off, size_t cols)
{
	imp *im = ud;
	prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
		     imp_line_of(im, head_off), 0, "not imported: a table of %zu "
		     "columns (prr reads tables of at most %d)", cols,
		     PRR_MD_MAX_COLS);
}

int prr_import_md(prr_review **out, const char *path, const char *text,
		  size_t len, prr_diags *d)
{
	return prr_import_md_dated(out, path, text, len, NULL, d);
}

int prr_import_md_dated(prr_review **out, const char *path, const char *text,
			size_t len, const char *date, prr_diags *d)
{
	int rc = -1;
	imp im;
	memset(&im, 0, sizeof im);
	prr_buf_init(&im.pool);
	prr_buf fixed = PRR_BUF_INIT, undoubled = PRR_BUF_INIT;
	prr_buf narrowed = PRR_BUF_INIT, headed = PRR_BUF_INIT, kept = PRR_BUF_INIT;
	prr_buf hidden = PRR_BUF_INIT, wiki = PRR_BUF_INIT;
	*out = NULL;
	im.path = path;
	im.d = d;
	im.cur_sec = NONE;
	size_t bom = prr_utf8_bom(text, len);
	text += bom;
	len -= bom;
	prr_linemap_init(&im.map, text, len);
	size_t bad;
	if (!prr_utf8_valid(text, len, &bad)) {
		prr_diag_at(d, PRR_DIAG_ERROR, path, &im.map, bad,
			    "invalid UTF-8 (byte 0x%02X)",
			    (unsigned char)text[bad]);
		goto done;
	}
	if (memchr(text, 0, len)) {
		size_t z = (size_t)((const char *)memchr(text, 0, len) - text);
		prr_diag_at(d, PRR_DIAG_WARNING, im.path, &im.map, z,
			    "NUL byte in text (read as U+FFFD)");
	}
	prr_mojibake mj;
	if (prr_mojibake_repair(&fixed, text, len, &mj)) {
		prr_diag_at(d, PRR_DIAG_NOTE, path, &im.map, mj.first,
			    "repaired %zu mojibake sequence%s (UTF-8 that was "
			    "read as %s)", mj.repaired, mj.repaired == 1 ? "" : "s",
			    prr_codepage_name(mj.codepage));
		prr_linemap_free(&im.map);
		text = fixed.p;
		len = fixed.n;
		prr_linemap_init(&im.map, text, len);
	}
	if (prr_undouble(&undoubled, &im.orig, &im.map)) {
		prr_diag_add(d, PRR_DIAG_NOTE, path, NULL, 1, 1,
			     "every line is followed by a blank line (line ends "
			     "doubled?): read without the blank lines");
		text = undoubled.p;
		len = undoubled.n;
		prr_linemap_init(&im.pmap, text, len);
	}
	im.src = text;
	im.len = len;
	im.src = text = prr_md_narrow_tables(&narrowed, text, len, wide_table, &im);
	im.src = text = imp_bold_headings(&headed, text, len);
	im.src = text = imp_dated_newest_review(&im, &kept, text, len);
	im.src = text = imp_hide_comments(&hidden, text, len);
	im.src = text = imp_unescape_lists(&hidden, text, len);
	im.src = text = imp_confluence_status(&hidden, text, len);
	im.src = text = imp_confluence_tables(&im, &wiki, text, &len);
	im.len = len;
	im.date_order = prr_rec_date_order(text, len);
	im.r = prr_review_new();
	im.a = &im.r->arena;
	im.used = prr_xcalloc(im.map.n + 2, 1);
	imp_dated_log(&im, text, len);
	int fm = imp_front_matter(&im);
	size_t upto = fm ? front_matter_end(text, len) : 0;
	if (upto) {
		/* the front matter read, md4c sees blank lines in its place */
		if (text != narrowed.p) {
			prr_buf_reset(&narrowed);
			prr_buf_add(&narrowed, text, len);
			im.src = text = narrowed.p;
		}
		for (size_t k = 0; k < upto; k++)
			if (narrowed.p[k] != '\n')
				narrowed.p[k] = ' ';
		for (int l = 1; l <= fm; l++)
			im.used[l] = 1;
	}
	MD_PARSER parser = { 0, MD_DIALECT_GITHUB, cb_enter_block,
			     cb_leave_block, cb_enter_span, cb_leave_span, cb_text,
			     NULL, NULL };
	/* md_parse's first callback is DOC: index 0, the root (and "none") */
	if (md_parse(text, (MD_SIZE)len, &parser, &im) != 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0,
			     "the Markdown parser failed");
		goto done;
	}
	/* the walk ran in cb_leave_block, one top-level block at a time */
	imp_head_finish(&im);
	/* no heading of level 1: the first heading, when none is above it
	 * ("## PRR: notifications-v2" opening an issue's text) */
	if (!im.r->title && im.fm_title)
		im.r->title = im.fm_title; /* front matter's */
	if (!im.r->title && im.r->n_sections) {
		int top = im.r->sections[0].level;
		for (size_t k = 1; k < im.r->n_sections; k++)
			if (im.r->sections[k].level < top)
				top = 0;
		if (top)
			im.r->title = im.sx[0].title;
	}
	imp_heading_checks(&im);
	imp_qa_checks(&im);
	imp_part_findings(&im); /* (its components, not yet merged) */
	imp_merge_components(&im);
	/* a template: mostly blanks to fill in, not a few unsigned lines */
	if (im.placeholders >= 5 && im.placeholders * 3 >= im.values)
		prr_diag_add(d, PRR_DIAG_NOTE, path, NULL, 1, 1,
			     "this looks like a template: %zu fields and cells "
			     "still to fill in%s%s%s; what it states is not a "
			     "review's", im.placeholders,
			     im.placeholder_example ? " (such as '" : "",
			     im.placeholder_example ? im.placeholder_example : "",
			     im.placeholder_example ? "')" : "");
	imp_resolve_waves(&im);
	imp_resolve_pending(&im);
	imp_resolve_check_names(&im);
	imp_resolve_severity_counts(&im);
	imp_checklists_close_ids(&im);
	imp_close_by_id(&im);
	imp_drop_fixed_findings(&im); /* (counted as stated first) */
	imp_merge_findings(&im);
	imp_resolve_step_counts(&im);
	imp_part_dimensions(&im);
	imp_claim_heading_tallies(&im);
	imp_settle_dimension_scale(&im);
	imp_fit_schema(&im); /* what it wrote, prr reads */
	imp_claim_score_mean(&im);
	imp_claim_heading_percents(&im);
	imp_claim_heading_counts(&im);
	build_sections(&im);
	im.r->source_file = prr_arena_strdup(im.a, path);
	im.r->source_format = "markdown";
	/* else the path's date, the path made absolute first, so a review
	 * imported from inside its dated folder ("prr import a.md") has it;
	 * else --date; else the caller's, when it dates reviews later */
	bool later = date && strcmp(date, PRR_DATE_LATER) == 0;
	bool stated = im.r->date != NULL;
	if (!im.r->date) {
		char *abs = realpath(path, NULL);
		im.r->date = prr_date_in_path(im.a, abs ? abs : path);
		free(abs);
	}
	if (!im.r->date && date && !later) {
		im.r->date = prr_arena_strdup(im.a, date);
		im.r->date_from = PRR_DATE_FROM_ARG;
	} else if (date && !later && strcmp(date, im.r->date) != 0)
		prr_diag_add(d, PRR_DIAG_WARNING, path, &im.map,
			     stated ? im.date_line : 0, stated && im.date_line,
			     "the review is of %s, as %s states; --date %s "
			     "was not used (it dates documents that state no day)",
			     im.r->date, stated ? "the document" : "its path", date);
	size_t amb, amb_n;
	if (!im.r->date && !later &&
	    prr_rec_date_ambiguous(im.src, im.len < 4096 ? im.len : 4096, &amb,
				   &amb_n)) {
		/* say why the date written near the top was not taken */
		prr_diag_at(d, PRR_DIAG_ERROR, path, &im.map, amb,
			    "no review date: '%.*s' reads as two days (day and "
			    "month both 12 or less); write it as YYYY-MM-DD, name "
			    "the file or its folder by it, or pass --date "
			    "YYYY-MM-DD", (int)amb_n, im.src + amb);
		goto done;
	}
	if (!im.r->date && !later) {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 1, 1,
			     "no review date: write one in the document "
			     "('Date: YYYY-MM-DD'), name the file or its folder "
			     "by it (2026-01-31.md), or pass --date YYYY-MM-DD");
		goto done;
	}
	*out = im.r;
	im.r = NULL;
	rc = 0;
done:
	prr_review_free(im.r);
	free(im.nodes);
	free(im.stack);
	free(im.used);
	prr_buf_free(&im.pool);
	prr_arena_free(&im.tmp);
	free(im.seen_fields.v);
	free(im.seen_commits.v);
	free(im.check_cap);
	free(im.story_cap);
	prr_names_free(&im.table_steps);
	prr_names_free(&im.dim_names);
	free(im.seen_ev.v);
	free(im.ev_refs);
	free(im.links);
	free(im.struck);
	free(im.sx);
	free(im.cl_sec);
	free(im.cl_box);
	free(im.pend);
	free(im.restated);
	free(im.dim_tabs);
	imp_same_free(&im);
	imp_ids_free(&im);
	prr_buf_free(&fixed);
	prr_buf_free(&undoubled);
	prr_buf_free(&narrowed);
	prr_buf_free(&headed);
	prr_buf_free(&kept);
	prr_buf_free(&hidden);
	prr_buf_free(&wiki);
	if (im.orig)
		prr_linemap_free(&im.pmap);
	free(im.orig);
	prr_linemap_free(&im.map);
	return rc;
}
