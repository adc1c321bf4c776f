/* import_md.c - Markdown review -> model, by md4c; see include/prr/import.h. */
#include "prr/import.h"
#include "prr/buf.h"
#include "prr/mojibake.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <md4c.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*** The block tree md4c's callbacks build ***/

#define NONE ((size_t)-1)

typedef struct node {
	MD_BLOCKTYPE type;
	int level;     /* heading level */
	char task;     /* list item: 0, 'x' or ' ' */
	size_t t_off, t_len; /* own inline text, in the pool */
	size_t first, last;  /* source offsets of text inside, NONE: none */
	size_t parent, child, last_child, next; /* indices; 0: none */
} node;

/* Per section: what the importer attached to it. */
typedef struct secx {
	size_t comp;      /* component index + 1, or 0 */
	size_t wave;      /* wave index + 1, or 0 */
	prr_status stated; /* a status the heading states */
	bool stated_known;
	bool finding;
	const char *title;
} secx;

/* A figure to compare once the whole document is read. */
typedef struct pending {
	int kind; /* PEND_* */
	size_t sec;
	const char *label, *stated;
	int a, b;
	double num;
	int line;
} pending;

enum { PEND_COUNT, PEND_TESTS, PEND_PLAN_WAVES, PEND_PLAN_POINTS,
       PEND_PLAN_STORIES };

/*
 * Which fields and commit references the review has already, by a hash
 * of their text: a scan of all earlier ones per new one was quadratic
 * (11 s of CPU for a 2 MB document of 30,000 fields).  Open addressing;
 * a slot holds an index into the review's array plus one (0: empty).
 */
typedef struct seen_slot {
	uint64_t hash;
	size_t idx;
} seen_slot;

typedef struct seen_set {
	seen_slot *v;
	size_t cap, n; /* cap: a power of two, at most half full */
} seen_set;

typedef struct imp {
	const char *path, *src;
	size_t len;
	prr_linemap map;
	size_t line_at; /* line_of's cursor: a line index (0-based) */
	prr_diags *d;
	prr_review *r;
	prr_arena *a;
	/* What a block's handling needs only while it runs (raw cell and item
	 * text, table scaffolding): freed after each top-level block, so the
	 * arena holds the review and little else. */
	prr_arena tmp;
	node *nodes;
	size_t n_nodes, cap_nodes;
	size_t *stack;
	size_t depth, cap_stack;
	prr_buf pool;
	unsigned char *used; /* per line: taken by a table or list */
	/* analysis */
	struct { int level; const char *title; size_t sec; } hs[8];
	int n_hs;
	size_t cur_sec; /* NONE before the first heading */
	secx *sx;
	size_t cap_sx;
	size_t *cl_sec; /* section of each checklist */
	size_t cap_cl_sec;
	pending *pend;
	size_t n_pend, cap_pend;
	bool deep_warned;
	seen_set seen_fields, seen_commits;
	/* capacities of components' checks and waves' stories (see rows_cap) */
	size_t *check_cap, n_check_cap, *story_cap, n_story_cap;
	size_t *evidence_cap, n_evidence_cap; /* components' "Files:" */
	/* role_of's answers by header text: documents repeat their table
	 * headers, and each answer costs ~75 substring searches */
	struct { char h[40]; int role; } role_memo[64];
	struct {
		size_t scores, dimensions, components, checklists, waves,
			milestones, estimates, risks, findings, commits,
			sections, tables, audit, fields;
	} cap;
} imp;

/*
 * Appends a zeroed element to the review's array `arr`.  The importer
 * keeps no pointer into these arrays across an append (it keeps indices),
 * so outgrown copies can go at once (prr_arena_regrow): that took a
 * tenth off the peak memory of importing a 20 MB document.
 */
#define PUSH(im, arr)                                                         \
	((im)->r->arr = prr_arena_regrow((im)->a, (im)->r->arr,               \
					 &(im)->cap.arr,                      \
					 (im)->r->n_##arr + 1,                \
					 sizeof *(im)->r->arr),               \
	 memset(&(im)->r->arr[(im)->r->n_##arr], 0, sizeof *(im)->r->arr),  \
	 &(im)->r->arr[(im)->r->n_##arr++])

/*
 * Room for `need` elements of `size` in an importer-private array (section
 * extras, checklists' sections, pending figures): malloc'd, not in the
 * review's arena, because an arena keeps every outgrown copy (about as
 * much again as the array) until the review is freed, while these die
 * with the import.  New elements are not zeroed.
 */
static void *priv_grow(void *arr, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return arr;
	size_t ncap = *cap ? *cap : 64;
	while (ncap < need)
		ncap *= 2;
	if (ncap > SIZE_MAX / size)
		prr_die_oom();
	*cap = ncap;
	return prr_xrealloc(arr, ncap * size);
}

/*** Building the tree ***/

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

static int cb_enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
	imp *im = ud;
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
	if (im->depth) {
		size_t p = im->stack[im->depth - 1];
		n->parent = p;
		if (im->nodes[p].last_child)
			im->nodes[im->nodes[p].last_child].next = i;
		else
			im->nodes[p].child = i;
		im->nodes[p].last_child = i;
	}
	if (im->depth == im->cap_stack) {
		im->cap_stack = im->cap_stack ? im->cap_stack * 2 : 64;
		im->stack = prr_xrealloc(im->stack,
					 im->cap_stack * sizeof *im->stack);
	}
	im->stack[im->depth++] = i;
	return 0;
}

static void walk_block(imp *im, size_t i, int depth);

static int cb_leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
	imp *im = ud;
	(void)type;
	(void)detail;
	if (!im->depth)
		return 0;
	size_t i = im->stack[--im->depth];
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
		walk_block(im, i, 0);
		prr_arena_free(&im->tmp);
		im->n_nodes = 1;
		im->nodes[0].child = im->nodes[0].last_child = 0;
		prr_buf_reset(&im->pool);
	}
	return 0;
}

static int cb_span(MD_SPANTYPE type, void *detail, void *ud)
{
	imp *im = ud;
	(void)detail;
	if (!im->depth)
		return 0;
	if (type == MD_SPAN_STRONG)
		node_add_text(im, im->stack[im->depth - 1], "**", 2);
	else if (type == MD_SPAN_CODE)
		node_add_text(im, im->stack[im->depth - 1], "`", 1);
	return 0;
}

static int cb_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size,
		   void *ud)
{
	imp *im = ud;
	if (!im->depth)
		return 0;
	size_t i = im->stack[im->depth - 1];
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
	if (type == MD_TEXT_ENTITY) {
		static const struct { const char *e, *s; } ents[] = {
			{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
			{ "&quot;", "\"" }, { "&nbsp;", " " }, { "&#39;", "'" },
		};
		for (size_t k = 0; k < sizeof ents / sizeof ents[0]; k++)
			if (strlen(ents[k].e) == size &&
			    memcmp(ents[k].e, text, size) == 0) {
				node_add_text(im, i, ents[k].s,
					      strlen(ents[k].s));
				return 0;
			}
	}
	node_add_text(im, i, text, size);
	return 0;
}

/*** Small text helpers ***/

static const char *ntext(const imp *im, size_t i, size_t *n)
{
	*n = im->nodes[i].t_len;
	return im->pool.p + im->nodes[i].t_off;
}

/*
 * The line of source offset `off`.  The walk asks for lines in document
 * order, so a cursor left at the last answer usually needs a step or two
 * forward; a binary search over all lines for each of the millions of
 * lookups a large document makes was a tenth of the import's time (cache
 * misses in a line table of megabytes).  Far jumps still search.
 */
static int line_of(imp *im, size_t off)
{
	if (off == NONE)
		return 0;
	const size_t *st = im->map.starts;
	size_t n = im->map.n, k = im->line_at;
	if (off > im->map.len)
		off = im->map.len;
	if (st[k] <= off) {
		for (int step = 0; step < 8; step++) {
			if (k + 1 == n || st[k + 1] > off) {
				im->line_at = k;
				return (int)k + 1;
			}
			k++;
		}
	} else {
		/* back to a block's first line (take_lines) */
		for (int step = 0; step < 8 && k > 0; step++) {
			k--;
			if (st[k] <= off) {
				im->line_at = k;
				return (int)k + 1;
			}
		}
	}
	int line, col;
	prr_linemap_locate(&im->map, off, &line, &col);
	im->line_at = (size_t)line - 1;
	return line;
}

static int node_line(imp *im, size_t i)
{
	return line_of(im, im->nodes[i].first);
}

static int node_last_line(imp *im, size_t i)
{
	const node *n = &im->nodes[i];
	return line_of(im, n->last && n->last != NONE ? n->last - 1 : NONE);
}

static void take_lines(imp *im, size_t i)
{
	int a = node_line(im, i), b = node_last_line(im, i);
	for (int l = a; l && l <= b; l++)
		im->used[l] = 1;
}

/*
 * Markdown text -> display text: no "**", whitespace collapsed, trimmed.
 * *same: whether the result is byte for byte `s` (most table cells), so a
 * caller that wants both texts can use one copy for the two.
 */
static char *clean_same(imp *im, const char *s, size_t n, bool *same)
{
	/* 1: a byte clean() treats specially (most are copied as they are) */
	static const unsigned char special[256] = {
		['*'] = 1, ['\n'] = 1, ['\t'] = 1, ['\r'] = 1, [' '] = 1,
	};
	char *out = prr_arena_alloc_str(im->a, n + 1);
	size_t k = 0;
	bool turned = false; /* a tab or line break became a space */
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!special[(unsigned char)c]) {
			out[k++] = c;
			continue;
		}
		if (c == '*' && i + 1 < n && s[i + 1] == '*') {
			i++;
			continue;
		}
		if (c == '\n' || c == '\t' || c == '\r') {
			c = ' ';
			turned = true;
		}
		if (c == ' ' && (k == 0 || out[k - 1] == ' '))
			continue;
		out[k++] = c;
	}
	while (k && out[k - 1] == ' ')
		k--;
	out[k] = 0;
	/* nothing dropped (k == n) and nothing replaced */
	*same = k == n && !turned;
	return out;
}

static char *clean(imp *im, const char *s, size_t n)
{
	bool same;
	return clean_same(im, s, n, &same);
}

/* A title: clean, without status marks around it or a list number. */
static char *title_of(imp *im, const char *s, size_t n)
{
	char *c = clean(im, s, n);
	size_t len = strlen(c);
	size_t lead = prr_status_lead(c, len);
	size_t tail = prr_status_tail(c + lead, len - lead);
	if (lead + tail < len) {
		c[len - tail] = 0;
		c += lead;
	}
	/* "1. Foo", "#### 2. Foo" */
	size_t i = 0;
	while (isdigit((unsigned char)c[i]))
		i++;
	if (i && i < 4 && (c[i] == '.' || c[i] == ')') && c[i + 1] == ' ' &&
	    c[i + 2])
		c += i + 2;
	return c;
}

static bool starts_with_ci(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n >= k && strncasecmp(s, w, k) == 0;
}

/* ASCII lower case, as tolower() in the C locale, without its call. */
static inline unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* Does `s` contain `w` (lower case), ignoring ASCII case? */
static bool contains_ci(const char *s, const char *w)
{
	size_t k = strlen(w);
	unsigned char c0 = (unsigned char)w[0];
	for (; *s; s++)
		if (lower((unsigned char)*s) == c0 &&
		    strncasecmp(s, w, k) == 0)
			return true;
	return false;
}

/* "%ld" without vsnprintf: see ratio_text */
static const char *long_text(imp *im, long v)
{
	char tmp[24];
	return prr_arena_strndup(im->a, tmp, prr_decimal(tmp, v));
}

/*
 * "A/B", as printf's "%ld/%ld" writes it.  Count claims are written for
 * every total row and section, and vsnprintf cost a thousand
 * instructions a call: 3% of the import.
 */
static const char *ratio_text(imp *im, long a, long b)
{
	char tmp[48];
	size_t k = prr_decimal(tmp, a);
	tmp[k++] = '/';
	k += prr_decimal(tmp + k, b);
	return prr_arena_strndup(im->a, tmp, k);
}

/* a, sep and b in one arena string: "%s%s%s" without vsnprintf's cost */
static const char *join(imp *im, const char *a, const char *sep,
			const char *b)
{
	size_t na = strlen(a), ns = strlen(sep), nb = strlen(b);
	char *o = prr_arena_alloc_str(im->a, na + ns + nb + 1);
	memcpy(o, a, na);
	memcpy(o + na, sep, ns);
	memcpy(o + na + ns, b, nb + 1);
	return o;
}

/*** Sections ***/

static secx *sec_x(imp *im, size_t sec)
{
	return sec == NONE ? NULL : &im->sx[sec];
}

/* The section carrying a component (this one or one above), or NONE. */
static size_t comp_of_context(imp *im)
{
	for (int k = im->n_hs - 1; k >= 0; k--)
		if (im->sx[im->hs[k].sec].comp)
			return im->sx[im->hs[k].sec].comp - 1;
	return NONE;
}

static size_t wave_of_context(imp *im)
{
	for (int k = im->n_hs - 1; k >= 0; k--)
		if (im->sx[im->hs[k].sec].wave)
			return im->sx[im->hs[k].sec].wave - 1;
	return NONE;
}

static bool generic_heading(const char *t)
{
	static const char *const words[] = { "results", "checklist",
		"checklist results", "checks", "status", "details",
		"summary", "table", NULL };
	for (int i = 0; words[i]; i++)
		if (strcasecmp(t, words[i]) == 0)
			return true;
	return false;
}

/* The nearest heading that names something (not "Checklist Results"). */
static const char *context_title(imp *im)
{
	for (int k = im->n_hs - 1; k >= 0; k--)
		if (!generic_heading(im->hs[k].title))
			return im->hs[k].title;
	return im->n_hs ? im->hs[im->n_hs - 1].title : "Document";
}

static const char *nearest_title(imp *im)
{
	return im->n_hs ? im->hs[im->n_hs - 1].title : "Document";
}

static prr_component *new_component(imp *im, const char *name, int line)
{
	prr_component *c = PUSH(im, components);
	c->name = name;
	c->line = line;
	return c;
}

/*** Claims ***/

static void add_claim(imp *im, const char *claim, const char *stated,
		      const char *computed, bool agrees, int line)
{
	prr_claim *c = PUSH(im, audit);
	c->claim = claim;
	c->stated = stated;
	c->computed = computed;
	c->agrees = agrees;
	c->line = line;
}

static void add_pending(imp *im, int kind, const char *label,
			const char *stated, int a, int b, double num, int line)
{
	im->pend = priv_grow(im->pend, &im->cap_pend, im->n_pend + 1,
			     sizeof *im->pend);
	pending *p = &im->pend[im->n_pend++];
	p->kind = kind;
	p->sec = im->cur_sec;
	p->label = label;
	p->stated = stated;
	p->a = a;
	p->b = b;
	p->num = num;
	p->line = line;
}

/* Records "N tests passing" and "90% (9/10 …)" figures of a text line. */
static void note_claims(imp *im, const char *s, size_t n, int line,
			bool counts)
{
	int a, b;
	if (prr_parse_count(s, n, &a, &b) < 0)
		return;
	char *txt = clean(im, s, n);
	if (b < 0) {
		add_pending(im, PEND_TESTS, txt, long_text(im, a),
			    a, b, 0, line);
		return;
	}
	bool pct = memchr(s, '%', n) != NULL;
	if (counts && (pct || contains_ci(txt, "criteria") || contains_ci(txt, "ready") ||
	    contains_ci(txt, "complete") || contains_ci(txt, "done")))
		add_pending(im, PEND_COUNT, txt, NULL, a, b, 0, line);
}

/*** Commits ***/

/*
 * The first i' in [i, end) where s[i'] is 'c' or 'C', or `end`.  Eight
 * bytes a step (a byte with bit 5 set is 'c' exactly when it was 'c' or
 * 'C'): scan_commits runs over every cell and line of the document, and a
 * byte-by-byte search was a tenth of the walk.
 */
static size_t find_c(const char *s, size_t i, size_t end)
{
	const uint64_t ones = 0x0101010101010101u;
	for (; i + 8 <= end; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t x = (w | ones * 0x20) ^ (ones * 'c'); /* 0 where c/C */
		if ((x - ones) & ~x & ones * 0x80)
			break;
	}
	while (i < end && (s[i] | 0x20) != 'c')
		i++;
	return i;
}

/*
 * The capacity kept for element `i` of a review array whose items grow
 * table by table or line by line (a component's checks and evidence, a
 * wave's stories); 0 until
 * known.  A new array per table copying all earlier rows made many tables
 * under one heading quadratic in time and memory (19 GB of arena for a
 * 2 MB document); with these the arrays double.
 */
static size_t *rows_cap(size_t **caps, size_t *n, size_t i)
{
	if (i >= *n) {
		size_t m = *n ? *n : 16;
		while (m <= i)
			m *= 2;
		*caps = prr_xrealloc(*caps, m * sizeof **caps);
		memset(*caps + *n, 0, (m - *n) * sizeof **caps);
		*n = m;
	}
	return &(*caps)[i];
}

/* `arr` (n elements, capacity *cap or n) with room for `more`. */
static void *rows_grow(imp *im, void *arr, size_t n, size_t *cap,
		       size_t more, size_t size)
{
	if (*cap < n)
		*cap = n;
	char *p = prr_arena_grow(im->a, arr, cap, n + more, size);
	if (more) /* grow leaves them unzeroed */
		memset(p + n * size, 0, more * size);
	return p;
}

static uint64_t hash_bytes(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) /* FNV-1a */
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

#define HASH_START 14695981039346656037u

/* Room for one more entry, so a probe's empty slot can take it. */
static void seen_reserve(seen_set *s)
{
	if ((s->n + 1) * 2 <= s->cap)
		return;
	size_t cap = s->cap ? s->cap * 2 : 64;
	seen_slot *v = prr_xcalloc(cap, sizeof *v);
	for (size_t i = 0; i < s->cap; i++) {
		if (!s->v[i].idx)
			continue;
		size_t j = s->v[i].hash & (cap - 1);
		while (v[j].idx)
			j = (j + 1) & (cap - 1);
		v[j] = s->v[i];
	}
	free(s->v);
	s->v = v;
	s->cap = cap;
}

/* Records entry `idx` (0-based) with `hash` at the empty slot `at`. */
static void seen_add(seen_set *s, size_t at, uint64_t hash, size_t idx)
{
	s->v[at].hash = hash;
	s->v[at].idx = idx + 1;
	s->n++;
}

/* Whether "commit" (any case) occurs in s[0, n): what scan_commits needs. */
static bool mentions_commit(const char *s, size_t n)
{
	if (n < 6)
		return false;
	for (size_t i = find_c(s, 0, n - 5); i < n - 5;
	     i = find_c(s, i + 1, n - 5))
		if (strncasecmp(s + i, "commit", 6) == 0)
			return true;
	return false;
}

static void scan_commits(imp *im, const char *s, size_t n, int line)
{
	for (size_t i = 0; i + 6 < n; i++) {
		i = find_c(s, i, n - 6);
		if (i + 6 >= n)
			break;
		if ((s[i] | 0x20) != 'c' || (s[i + 1] | 0x20) != 'o' ||
		    strncasecmp(s + i, "commit", 6) != 0 ||
		    (i && isalpha((unsigned char)s[i - 1])))
			continue;
		size_t j = i + 6;
		while (j < n && (s[j] == ' ' || s[j] == '`' || s[j] == ':'))
			j++;
		size_t h = j;
		bool alpha = false, digit = false;
		while (j < n && isxdigit((unsigned char)s[j])) {
			alpha |= isalpha((unsigned char)s[j]) != 0;
			digit |= isdigit((unsigned char)s[j]) != 0;
			j++;
		}
		if (j - h < 7 || j - h > 40 || !alpha || !digit ||
		    (j < n && isalnum((unsigned char)s[j])))
			continue;
		seen_set *set = &im->seen_commits;
		seen_reserve(set);
		uint64_t hash = hash_bytes(HASH_START, s + h, j - h);
		size_t mask = set->cap - 1, at = hash & mask;
		bool seen = false;
		for (; set->v[at].idx && !seen; at = (at + 1) & mask) {
			const char *ref = im->r->commits[set->v[at].idx - 1].ref;
			seen = set->v[at].hash == hash && strlen(ref) == j - h &&
			       strncmp(ref, s + h, j - h) == 0;
		}
		if (!seen) {
			prr_commitref *c = PUSH(im, commits);
			c->ref = prr_arena_strndup(im->a, s + h, j - h);
			c->text = clean(im, s, n);
			c->line = line;
			seen_add(set, at, hash, im->r->n_commits - 1);
		}
		i = j;
	}
}

/*** Fields ***/

static bool is_date_name(const char *nm)
{
	static const char *const names[] = { "date", "review date",
		"assessment date", "generated", "last updated", "updated",
		"report date", "prepared", "generated on", "created", NULL };
	for (int i = 0; names[i]; i++)
		if (strcasecmp(nm, names[i]) == 0)
			return true;
	return false;
}

static bool is_meta_name(const char *nm)
{
	static const char *const names[] = { "status", "version", "author",
		"reviewer", "project", "overall status", NULL };
	if (is_date_name(nm))
		return true;
	for (int i = 0; names[i]; i++)
		if (strcasecmp(nm, names[i]) == 0)
			return true;
	return false;
}

/* First YYYY-MM-DD in `s` that is a real date, or NULL. */
static char *find_date(imp *im, const char *s, size_t n)
{
	for (size_t i = 0; i + 10 <= n; i++) {
		if (!isdigit((unsigned char)s[i]) ||
		    (i && isdigit((unsigned char)s[i - 1])))
			continue;
		char d[11];
		memcpy(d, s + i, 10);
		d[10] = 0;
		if (prr_date_valid(d) &&
		    (i + 10 == n || !isdigit((unsigned char)s[i + 10])))
			return prr_arena_strdup(im->a, d);
	}
	return NULL;
}

/*
 * "**Name:** value", "**Name**: value", "**Name: value**" or, for the
 * metadata names, "Name: value".  Fills name and value spans.
 */
static bool split_field(const char *s, size_t n, prr_str *name,
			prr_str *value)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	size_t i = 0;
	bool bold = n > 2 && s[0] == '*' && s[1] == '*';
	if (bold)
		i = 2;
	size_t ns = i;
	while (i < n && s[i] != ':' && s[i] != '*' && s[i] != '`' &&
	       s[i] != '\n' && i - ns <= 48)
		i++;
	if (i >= n || i == ns || i - ns > 48 ||
	    !isalpha((unsigned char)s[ns]))
		return false;
	size_t ne = i;
	if (bold) {
		if (s[i] == ':' && i + 2 < n + 1 && i + 2 <= n &&
		    s[i + 1] == '*' && s[i + 2] == '*')
			i += 3; /* **Name:** */
		else if (s[i] == '*' && i + 2 < n && s[i + 1] == '*' &&
			 s[i + 2] == ':')
			i += 3; /* **Name**: */
		else if (s[i] == ':')
			i += 1; /* **Name: value** */
		else
			return false;
	} else {
		if (s[i] != ':')
			return false;
		i++;
	}
	int words = 1;
	for (size_t k = ns; k < ne; k++)
		words += s[k] == ' ';
	if (words > 6)
		return false;
	while (i < n && s[i] == ' ')
		i++;
	name->p = s + ns;
	name->n = ne - ns;
	while (name->n && name->p[name->n - 1] == ' ')
		name->n--;
	value->p = s + i;
	value->n = n - i;
	if (!bold) {
		char tmp[64];
		size_t k = name->n < 63 ? name->n : 63;
		memcpy(tmp, name->p, k);
		tmp[k] = 0;
		if (!is_meta_name(tmp))
			return false;
	}
	return true;
}

static void add_field(imp *im, const char *name, const char *value, int line)
{
	if (!*value)
		return;
	seen_set *set = &im->seen_fields;
	seen_reserve(set);
	/* the name's NUL is hashed too: "a"+"bc" is not "ab"+"c" */
	uint64_t hash = hash_bytes(hash_bytes(HASH_START, name, strlen(name) + 1),
				   value, strlen(value));
	size_t mask = set->cap - 1, at = hash & mask;
	for (; set->v[at].idx; at = (at + 1) & mask) {
		const prr_field *g = &im->r->fields[set->v[at].idx - 1];
		if (set->v[at].hash == hash && strcmp(g->name, name) == 0 &&
		    strcmp(g->value, value) == 0)
			return;
	}
	prr_field *f = PUSH(im, fields);
	f->name = name;
	f->value = value;
	f->line = line;
	seen_add(set, at, hash, im->r->n_fields - 1);
}

static bool add_estimate(imp *im, const char *label, const char *s,
			 size_t n, int line)
{
	double lo, hi;
	const char *unit;
	if (prr_parse_effort(s, n, &lo, &hi, &unit) < 0)
		return false;
	prr_estimate *e = PUSH(im, estimates);
	e->label = label;
	e->low = lo;
	e->high = hi;
	e->unit = unit;
	e->line = line;
	return true;
}

static void add_evidence_path(imp *im, prr_component *c, const char *p,
			      size_t n, int line)
{
	while (n && (*p == ' ' || *p == '`'))
		p++, n--;
	while (n && (p[n - 1] == ' ' || p[n - 1] == '`'))
		n--;
	if (!n)
		return;
	size_t *cap = rows_cap(&im->evidence_cap, &im->n_evidence_cap,
			       (size_t)(c - im->r->components));
	if (*cap < c->n_evidence)
		*cap = c->n_evidence;
	prr_evidence *e = PRR_VEC_PUSH(im->a, c->evidence, c->n_evidence, *cap);
	e->path = prr_arena_strndup(im->a, p, n);
	e->line = line;
}

/* One "Name: value" line of a paragraph or list item. */
static void handle_field(imp *im, prr_str nm, prr_str val, int line)
{
	const char *name = clean(im, nm.p, nm.n);
	const char *value = clean(im, val.p, val.n);
	size_t ci = comp_of_context(im);
	prr_component *comp = ci == NONE ? NULL : &im->r->components[ci];
	if (is_date_name(name)) {
		char *date = find_date(im, val.p, val.n);
		if (date && !im->r->date) {
			im->r->date = date;
			im->r->date_line = line;
			return;
		}
		if (date && strcmp(date, im->r->date) == 0)
			return;
	} else if (comp && (strcasecmp(name, "type") == 0 ||
			    strcasecmp(name, "kind") == 0)) {
		comp->kind = value;
		return;
	} else if (comp && (strcasecmp(name, "file") == 0 ||
			    strcasecmp(name, "files") == 0)) {
		const char *p = val.p;
		size_t n = val.n;
		while (n) {
			const char *comma = memchr(p, ',', n);
			size_t k = comma ? (size_t)(comma - p) : n;
			add_evidence_path(im, comp, p, k, line);
			p += k;
			n -= k;
			if (n)
				p++, n--;
		}
		return;
	} else if (strcasecmp(name, "status") == 0 ||
		   strcasecmp(name, "overall status") == 0 ||
		   strcasecmp(name, "current status") == 0) {
		if (comp && im->r->n_components &&
		    strcasecmp(name, "overall status") == 0) {
			bool known;
			comp->status = prr_status_from_text(val.p, val.n, &known);
			return;
		}
		if (!im->r->status_text) {
			im->r->status_text = value;
			im->r->status_line = line;
			im->r->level = prr_level_from_text(val.p, val.n);
			return;
		}
	} else if (strcasecmp(name, "project") == 0 && !im->r->project) {
		im->r->project = value;
		return;
	}
	double v, hi, max;
	if (prr_parse_score(val.p, val.n, &v, &hi, &max) == 0) {
		prr_score *s = PUSH(im, scores);
		s->label = name;
		s->value = v;
		s->high = hi;
		s->max = max;
		s->line = line;
	} else if (add_estimate(im, name, val.p, val.n, line)) {
		/* an estimate */
	} else {
		add_field(im, name, value, line);
	}
}

/*** Headings ***/

static void handle_heading(imp *im, size_t i)
{
	size_t n;
	const char *s = ntext(im, i, &n);
	int level = im->nodes[i].level;
	int line = node_line(im, i);
	if (!line)
		return;
	while (im->n_hs && im->hs[im->n_hs - 1].level >= level)
		im->n_hs--;
	prr_section *sec = PUSH(im, sections);
	sec->heading = clean(im, s, n);
	sec->level = level;
	sec->line = line;
	size_t si = im->r->n_sections - 1;
	im->sx = priv_grow(im->sx, &im->cap_sx, si + 1, sizeof *im->sx);
	memset(&im->sx[si], 0, sizeof im->sx[si]);
	im->cur_sec = si;
	/* a setext underline belongs to the heading */
	int last = node_last_line(im, i);
	if (last && (size_t)last < im->map.n) {
		const char *lp;
		size_t ln;
		prr_linemap_line(&im->map, last + 1, &lp, &ln);
		size_t k = 0;
		while (k < ln && (lp[k] == '=' || lp[k] == '-' || lp[k] == ' '))
			k++;
		if (ln && k == ln && (lp[0] == '=' || lp[0] == '-'))
			im->used[last + 1] = 1;
	}
	char *title = title_of(im, s, n);
	im->sx[si].title = title;
	if (im->n_hs < 8) {
		im->hs[im->n_hs].level = level;
		im->hs[im->n_hs].title = title;
		im->hs[im->n_hs].sec = si;
		im->n_hs++;
	}
	if (level == 1 && !im->r->title)
		im->r->title = title;
	size_t tn = strlen(title);
	/* what the heading itself states */
	im->sx[si].stated = prr_status_from_text(s + (n - prr_status_tail(s, n)),
						 prr_status_tail(s, n),
						 &im->sx[si].stated_known);
	note_claims(im, s, n, line, true);
	if (starts_with_ci(title, tn, "component:")) {
		const char *nm = title + 10;
		while (*nm == ' ')
			nm++;
		new_component(im, nm, line);
		im->sx[si].comp = im->r->n_components;
		return;
	}
	if (starts_with_ci(title, tn, "wave ") && isdigit((unsigned char)title[5])) {
		prr_wave *w = PUSH(im, waves);
		int num = atoi(title + 5);
		w->id = prr_arena_printf(im->a, "W%d", num);
		const char *colon = strchr(title, ':');
		const char *paren = strstr(title, "(Planned");
		if (!paren)
			paren = strstr(title, "(planned");
		const char *nm = colon ? colon + 1 : title;
		while (*nm == ' ')
			nm++;
		size_t nl = paren && paren > nm ? (size_t)(paren - nm)
						 : strlen(nm);
		while (nl && nm[nl - 1] == ' ')
			nl--;
		w->name = prr_arena_strndup(im->a, nm, nl);
		w->planned_points = PRR_NONE;
		w->line = line;
		if (paren) {
			const char *p = strchr(paren, ':');
			double pts;
			if (p && prr_parse_points(p + 1, strlen(p + 1), &pts) == 0) {
				w->planned_points = pts;
				w->planned = true;
			}
		}
		im->sx[si].wave = im->r->n_waves;
		return;
	}
	/* "Original Timeline: 11 weeks" */
	const char *colon = strchr(title, ':');
	if (colon) {
		char *label = prr_arena_strndup(im->a, title,
						(size_t)(colon - title));
		add_estimate(im, label, colon + 1, strlen(colon + 1), line);
	}
}

/*** Paragraphs ***/

static void handle_paragraph(imp *im, size_t i)
{
	size_t n;
	const char *s = ntext(im, i, &n);
	int line = node_line(im, i);
	size_t lines = 0, fields = 0;
	const char *p = s, *end = s + n;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
		int ln = line ? line + (int)lines : 0;
		prr_str nm, val;
		if (k && split_field(p, k, &nm, &val)) {
			handle_field(im, nm, val, ln);
			fields++;
		}
		note_claims(im, p, k, ln, true);
		scan_commits(im, p, k, ln);
		lines++;
		p += k + 1;
	}
	if (lines && fields == lines)
		take_lines(im, i);
}

/*** Lists ***/

typedef struct item {
	const char *raw;  /* Markdown-ish, "**" kept (scratch) */
	size_t raw_n;
	int line;
	char task;
	size_t node;
} item;

/* An item's own text: its inline text and its paragraphs', not sublists. */
static void item_text(imp *im, size_t li, prr_buf *b)
{
	size_t n;
	const char *s = ntext(im, li, &n);
	prr_buf_add(b, s, n);
	for (size_t c = im->nodes[li].child; c; c = im->nodes[c].next) {
		if (im->nodes[c].type != MD_BLOCK_P)
			continue;
		s = ntext(im, c, &n);
		if (b->n)
			prr_buf_addc(b, ' ');
		prr_buf_add(b, s, n);
	}
}

static void walk(imp *im, size_t parent, int depth);

static size_t list_items(imp *im, size_t list, item **out, prr_buf *tmp)
{
	size_t count = 0, cap = 0;
	item *items = NULL;
	for (size_t c = im->nodes[list].child; c; c = im->nodes[c].next) {
		if (im->nodes[c].type != MD_BLOCK_LI)
			continue;
		prr_buf_reset(tmp);
		item_text(im, c, tmp);
		item *it = PRR_VEC_PUSH(&im->tmp, items, count, cap);
		it->raw = prr_arena_strndup(&im->tmp, tmp->p, tmp->n);
		it->raw_n = tmp->n;
		it->line = node_line(im, c);
		it->task = im->nodes[c].task;
		it->node = c;
	}
	*out = items;
	return count;
}

static prr_severity heading_severity(imp *im)
{
	for (int k = im->n_hs - 1; k >= 0; k--) {
		const char *t = im->hs[k].title;
		prr_severity s = prr_severity_from_text(t, strlen(t));
		if (s != PRR_SEV_UNKNOWN)
			return s;
	}
	return PRR_SEV_UNKNOWN;
}

static bool risk_heading(imp *im)
{
	const char *t = nearest_title(im);
	return contains_ci(t, "risk") &&
	       prr_severity_from_text(t, strlen(t)) != PRR_SEV_UNKNOWN;
}

static void make_checklist(imp *im, size_t list, item *items, size_t n,
			   const char *title)
{
	prr_checklist *cl = PUSH(im, checklists);
	cl->title = title;
	cl->section = im->cur_sec == NONE ? NULL
					  : im->r->sections[im->cur_sec].heading;
	cl->line = node_line(im, list);
	im->cl_sec = priv_grow(im->cl_sec, &im->cap_cl_sec,
			       im->r->n_checklists, sizeof *im->cl_sec);
	im->cl_sec[im->r->n_checklists - 1] = im->cur_sec;
	cl->items = prr_arena_array(im->a, n, sizeof *cl->items);
	for (size_t k = 0; k < n; k++) {
		prr_checkitem *ci = &cl->items[cl->n_items];
		const char *t = title_of(im, items[k].raw, items[k].raw_n);
		if (!*t)
			continue;
		bool known;
		prr_status st = prr_status_from_marks(items[k].raw,
						      items[k].raw_n, &known);
		if (items[k].task) {
			ci->done = items[k].task == 'x';
			ci->status = ci->done ? PRR_PASS
				     : known && st != PRR_PASS ? st
							      : PRR_PENDING;
		} else {
			ci->status = known ? st : PRR_UNKNOWN;
			ci->done = st == PRR_PASS && known;
		}
		ci->text = t;
		ci->line = items[k].line;
		cl->n_items++;
	}
	take_lines(im, list);
}

static void handle_list(imp *im, size_t list, int depth)
{
	prr_buf tmp = PRR_BUF_INIT;
	item *items;
	size_t n = list_items(im, list, &items, &tmp);
	prr_buf_free(&tmp);
	size_t tasks = 0, marked = 0;
	for (size_t k = 0; k < n; k++) {
		bool known;
		tasks += items[k].task != 0;
		size_t lead = prr_status_lead(items[k].raw, items[k].raw_n);
		size_t tail = prr_status_tail(items[k].raw, items[k].raw_n);
		if (lead || (tail && tail < items[k].raw_n)) {
			prr_status_from_marks(items[k].raw, items[k].raw_n,
					      &known);
			marked += known;
		}
		scan_commits(im, items[k].raw, items[k].raw_n, items[k].line);
		note_claims(im, items[k].raw, items[k].raw_n, items[k].line,
			    false);
	}
	/* the title: the parent item's text for a nested list */
	size_t par = im->nodes[list].parent;
	const char *title = nearest_title(im);
	if (par && im->nodes[par].type == MD_BLOCK_LI) {
		prr_buf b = PRR_BUF_INIT;
		item_text(im, par, &b);
		const char *t = title_of(im, b.p, b.n);
		if (*t)
			title = t;
		prr_buf_free(&b);
	}
	if (n && (tasks || (marked * 2 >= n && marked >= 1 &&
			    (marked >= 2 || n == 1)))) {
		make_checklist(im, list, items, n, title);
		/* nested lists of a checklist are checklists of their own */
		for (size_t k = 0; k < n; k++)
			if (depth < PRR_IMPORT_MAX_DEPTH)
				walk(im, items[k].node, depth + 1);
		return;
	}
	/* findings: "Severity: High" items under a numbered heading */
	bool risks = risk_heading(im) && !par;
	for (size_t k = 0; k < n; k++) {
		prr_str nm, val;
		const char *raw = items[k].raw;
		if (!split_field(raw, items[k].raw_n, &nm, &val)) {
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
			const char *name = clean(im, nm.p, nm.n);
			secx *x = sec_x(im, im->cur_sec);
			if (strcasecmp(name, "severity") == 0 && x &&
			    !x->finding) {
				x->finding = true;
				prr_finding *f = PUSH(im, findings);
				f->title = nearest_title(im);
				f->severity = prr_severity_from_text(val.p, val.n);
				f->effort.low = f->effort.high = PRR_NONE;
				f->line = items[k].line;
				f->id = prr_arena_printf(im->a, "F%zu",
							 im->r->n_findings);
				continue;
			}
			if (x && x->finding && im->r->n_findings &&
			    (contains_ci(name, "time") ||
			     contains_ci(name, "effort") ||
			     contains_ci(name, "estimate"))) {
				prr_finding *f = &im->r->findings[im->r->n_findings - 1];
				const char *unit;
				if (prr_parse_effort(val.p, val.n, &f->effort.low,
						     &f->effort.high, &unit) == 0)
					f->effort.unit = unit;
				continue;
			}
			if (x && x->finding && im->r->n_findings &&
			    strcasecmp(name, "component") == 0) {
				im->r->findings[im->r->n_findings - 1].component =
					clean(im, val.p, val.n);
				continue;
			}
			if (!risks && strlen(name) < 40 &&
			    strcasecmp(name, "mitigation") != 0 &&
			    add_estimate(im, par ? join(im, title, ": ", name) : name,
					 val.p, val.n, items[k].line))
				continue;
		}
	not_field:
		if (risks) {
			prr_risk *r = PUSH(im, risks);
			r->level = heading_severity(im);
			r->title = title_of(im, items[k].raw, items[k].raw_n);
			r->line = items[k].line;
			/* "Mitigation: …" in a sublist */
			for (size_t c = im->nodes[items[k].node].child; c;
			     c = im->nodes[c].next) {
				if (im->nodes[c].type != MD_BLOCK_UL &&
				    im->nodes[c].type != MD_BLOCK_OL)
					continue;
				for (size_t li = im->nodes[c].child; li;
				     li = im->nodes[li].next) {
					prr_buf b = PRR_BUF_INIT;
					item_text(im, li, &b);
					const char *t = clean(im, b.p, b.n);
					if (starts_with_ci(t, strlen(t), "mitigation:")) {
						t += 11;
						while (*t == ' ')
							t++;
						r->mitigation = t;
					}
					prr_buf_free(&b);
				}
			}
		}
	}
	if (depth < PRR_IMPORT_MAX_DEPTH)
		for (size_t k = 0; k < n; k++)
			walk(im, items[k].node, depth + 1);
}

/*** Tables ***/

typedef enum role {
	R_OTHER, R_NAME, R_CATEGORY, R_ITEM, R_STATUS, R_NOTES, R_ACTION,
	R_BLOCKER, R_DIMENSION, R_SCORE, R_WEIGHT, R_STORY, R_POINTS,
	R_EVIDENCE, R_SEVERITY, R_GAP, R_IMPACT, R_PLANNED, R_ACTUAL,
	R_METRIC, R_OWNER, R_ETA, R_RISK, R_MITIGATION, R_EFFORT
} role;

static role role_of_words(const char *h)
{
	static const struct { const char *w; role r; } words[] = {
		{ "component", R_NAME }, { "module", R_NAME },
		{ "service", R_NAME }, { "package", R_NAME },
		{ "subsystem", R_NAME }, { "system", R_NAME },
		{ "category", R_CATEGORY }, { "check", R_CATEGORY },
		{ "control", R_CATEGORY },
		{ "area", R_ITEM }, { "item", R_ITEM }, { "criterion", R_ITEM },
		{ "criteria", R_ITEM }, { "requirement", R_ITEM },
		{ "task", R_ITEM }, { "feature", R_ITEM },
		{ "status", R_STATUS }, { "state", R_STATUS },
		{ "result", R_STATUS }, { "done", R_STATUS },
		{ "note", R_NOTES }, { "comment", R_NOTES },
		{ "detail", R_NOTES }, { "description", R_NOTES },
		{ "action", R_ACTION }, { "next step", R_ACTION },
		{ "remediation", R_ACTION }, { "recommendation", R_ACTION },
		{ "fix", R_ACTION },
		{ "blocker", R_BLOCKER }, { "blocked", R_BLOCKER },
		{ "dependency", R_BLOCKER },
		{ "dimension", R_DIMENSION }, { "aspect", R_DIMENSION },
		{ "pillar", R_DIMENSION },
		{ "score", R_SCORE }, { "rating", R_SCORE }, { "grade", R_SCORE },
		{ "weight", R_WEIGHT },
		{ "story", R_STORY }, { "stories", R_STORY },
		{ "points", R_POINTS }, { "pts", R_POINTS },
		{ "evidence", R_EVIDENCE }, { "proof", R_EVIDENCE },
		{ "severity", R_SEVERITY }, { "priority", R_SEVERITY },
		{ "gap", R_GAP }, { "issue", R_GAP }, { "problem", R_GAP },
		{ "finding", R_GAP },
		{ "impact", R_IMPACT },
		{ "planned", R_PLANNED }, { "plan", R_PLANNED },
		{ "target", R_PLANNED }, { "expected", R_PLANNED },
		{ "actual", R_ACTUAL }, { "achieved", R_ACTUAL },
		{ "metric", R_METRIC }, { "measure", R_METRIC },
		{ "owner", R_OWNER }, { "assignee", R_OWNER },
		{ "responsible", R_OWNER },
		{ "eta", R_ETA }, { "due", R_ETA }, { "deadline", R_ETA },
		{ "risk", R_RISK }, { "mitigation", R_MITIGATION },
		{ "effort", R_EFFORT }, { "estimate", R_EFFORT },
		{ "time", R_EFFORT },
	};
	/* lower-case the header once and search with strstr: contains_ci
	 * for each of these words was the costliest part of reading a table.
	 * A longer header is rare; it takes the slow way. */
	char low[128];
	size_t n = strlen(h);
	if (n >= sizeof low) {
		for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
			if (contains_ci(h, words[i].w))
				return words[i].r;
		return R_OTHER;
	}
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)lower((unsigned char)h[i]);
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strstr(low, words[i].w))
			return words[i].r;
	return R_OTHER;
}

/* role_of_words, remembered per header text in a small direct-mapped table. */
static role role_of(imp *im, const char *h)
{
	size_t n = strlen(h);
	if (n >= sizeof im->role_memo[0].h)
		return role_of_words(h);
	uint32_t hash = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < n; i++)
		hash = (hash ^ (unsigned char)h[i]) * 16777619u;
	size_t slot = hash % (sizeof im->role_memo / sizeof im->role_memo[0]);
	/* role 0 marks an empty slot: the stored role is kept plus one */
	if (im->role_memo[slot].role && strcmp(im->role_memo[slot].h, h) == 0)
		return (role)(im->role_memo[slot].role - 1);
	role r = role_of_words(h);
	memcpy(im->role_memo[slot].h, h, n + 1);
	im->role_memo[slot].role = (int)r + 1;
	return r;
}

typedef struct table {
	size_t cols, rows;
	const char **head;   /* clean */
	role *roles;
	const char ***raw;   /* rows x cols, Markdown-ish */
	const char ***cell;  /* rows x cols, clean */
	int *line;
	int first_line;
} table;

static void collect_row(imp *im, size_t tr, table *t, const char **raw,
			const char **cell)
{
	size_t k = 0;
	for (size_t c = im->nodes[tr].child; c && k < t->cols;
	     c = im->nodes[c].next, k++) {
		size_t n;
		const char *s = ntext(im, c, &n);
		/* the raw text is needed only when cleaning changed it: a
		 * second copy of every cell was a tenth of the walk */
		bool same;
		cell[k] = clean_same(im, s, n, &same);
		raw[k] = same ? cell[k] : prr_arena_strndup(&im->tmp, s, n);
	}
	for (; k < t->cols; k++)
		raw[k] = cell[k] = "";
}

static bool read_table(imp *im, size_t tab, table *t)
{
	memset(t, 0, sizeof *t);
	size_t head_tr = 0, rows = 0;
	for (size_t sec = im->nodes[tab].child; sec; sec = im->nodes[sec].next)
		for (size_t tr = im->nodes[sec].child; tr; tr = im->nodes[tr].next) {
			if (im->nodes[sec].type == MD_BLOCK_THEAD && !head_tr)
				head_tr = tr;
			else if (im->nodes[sec].type == MD_BLOCK_TBODY)
				rows++;
		}
	if (!head_tr)
		return false;
	for (size_t c = im->nodes[head_tr].child; c; c = im->nodes[c].next)
		t->cols++;
	if (!t->cols)
		return false;
	const char **hraw = prr_arena_array(&im->tmp, t->cols, sizeof *hraw);
	t->head = prr_arena_array(im->a, t->cols, sizeof *t->head);
	collect_row(im, head_tr, t, hraw, t->head);
	t->roles = prr_arena_array(&im->tmp, t->cols, sizeof *t->roles);
	for (size_t k = 0; k < t->cols; k++)
		t->roles[k] = role_of(im, t->head[k]);
	t->raw = prr_arena_array(&im->tmp, rows, sizeof *t->raw);
	t->cell = prr_arena_array(&im->tmp, rows, sizeof *t->cell);
	t->line = prr_arena_array(&im->tmp, rows, sizeof *t->line);
	for (size_t sec = im->nodes[tab].child; sec; sec = im->nodes[sec].next) {
		if (im->nodes[sec].type != MD_BLOCK_TBODY)
			continue;
		for (size_t tr = im->nodes[sec].child; tr; tr = im->nodes[tr].next) {
			size_t r = t->rows++;
			t->raw[r] = prr_arena_array(&im->tmp, t->cols, sizeof(char *));
			t->cell[r] = prr_arena_array(&im->tmp, t->cols, sizeof(char *));
			collect_row(im, tr, t, t->raw[r], t->cell[r]);
			t->line[r] = node_line(im, tr);
		}
	}
	t->first_line = node_line(im, tab);
	return true;
}

static int col_of(const table *t, role r)
{
	for (size_t k = 0; k < t->cols; k++)
		if (t->roles[k] == r)
			return (int)k;
	return -1;
}

static void keep_table(imp *im, const table *t)
{
	prr_table *pt = PUSH(im, tables);
	pt->section = im->cur_sec == NONE ? NULL
					  : im->r->sections[im->cur_sec].heading;
	pt->header = t->head;
	pt->n_cols = t->cols;
	/* the cells are the review's; the row arrays were scratch */
	pt->rows = prr_arena_array(im->a, t->rows, sizeof *pt->rows);
	for (size_t r = 0; r < t->rows; r++) {
		pt->rows[r] = prr_arena_array(im->a, t->cols, sizeof **pt->rows);
		memcpy(pt->rows[r], t->cell[r], t->cols * sizeof **pt->rows);
	}
	pt->n_rows = t->rows;
	pt->line = t->first_line;
}

static prr_status cell_status(imp *im, const table *t, size_t r, int col)
{
	if (col < 0)
		return PRR_UNKNOWN;
	const char *s = t->raw[r][col];
	size_t n = strlen(s);
	bool known;
	prr_status st = prr_status_from_text(s, n, &known);
	if (!known && *t->cell[r][col])
		prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
			     t->line[r], 0, "unknown status '%s' (kept as unknown)",
			     t->cell[r][col]);
	return st;
}

static bool is_total_row(const char *c)
{
	return starts_with_ci(c, strlen(c), "total") ||
	       starts_with_ci(c, strlen(c), "overall") ||
	       strcasecmp(c, "sum") == 0 || strcasecmp(c, "all") == 0;
}

static const char *other_cols(imp *im, const table *t, size_t r,
			      const int *skip, int n_skip)
{
	prr_buf b = PRR_BUF_INIT;
	for (size_t k = 0; k < t->cols; k++) {
		bool sk = false;
		for (int s = 0; s < n_skip; s++)
			sk |= skip[s] == (int)k;
		if (sk || !*t->cell[r][k])
			continue;
		if (b.n)
			prr_buf_adds(&b, "; ");
		prr_buf_adds(&b, t->head[k]);
		prr_buf_adds(&b, ": ");
		prr_buf_adds(&b, t->cell[r][k]);
	}
	const char *out = b.n ? prr_arena_strndup(im->a, b.p, b.n) : NULL;
	prr_buf_free(&b);
	return out;
}

/* Components with count columns ("11/11 ✅"), with a TOTAL row audited. */
static void table_components(imp *im, const table *t, int name_col)
{
	int status_col = col_of(t, R_STATUS);
	bool *count_col = prr_arena_array(&im->tmp, t->cols, sizeof *count_col);
	/* each cell's count as this first pass parses it (b: -1 when it
	 * has none), so the rows below need not parse it again */
	int *cnt_a = prr_arena_array(&im->tmp, t->rows * t->cols, sizeof *cnt_a);
	int *cnt_b = prr_arena_array(&im->tmp, t->rows * t->cols, sizeof *cnt_b);
	for (size_t k = 0; k < t->cols; k++) {
		if ((int)k == name_col || (int)k == status_col)
			continue;
		size_t yes = 0;
		for (size_t r = 0; r < t->rows; r++) {
			int *a = &cnt_a[r * t->cols + k], *b = &cnt_b[r * t->cols + k];
			if (prr_parse_count(t->cell[r][k], strlen(t->cell[r][k]),
					    a, b) < 0)
				*b = -1;
			yes += *b > 0;
		}
		count_col[k] = yes * 2 >= t->rows && yes;
	}
	long *sum_a = prr_arena_array(&im->tmp, t->cols, sizeof *sum_a);
	long *sum_b = prr_arena_array(&im->tmp, t->cols, sizeof *sum_b);
	for (size_t r = 0; r < t->rows; r++) {
		const char *nm = t->cell[r][name_col];
		if (!*nm)
			continue;
		if (is_total_row(nm)) {
			long all_a = 0, all_b = 0;
			for (size_t k = 0; k < t->cols; k++) {
				int a, b;
				if (!count_col[k])
					continue;
				all_a += sum_a[k];
				all_b += sum_b[k];
				if (prr_parse_count(t->cell[r][k], strlen(t->cell[r][k]),
						    &a, &b) < 0 || b < 0)
					continue;
				add_claim(im, join(im, nm, " ", t->head[k]),
					  ratio_text(im, a, b),
					  ratio_text(im, sum_a[k], sum_b[k]),
					  a == sum_a[k] && b == sum_b[k], t->line[r]);
			}
			int a, b;
			if (status_col >= 0 &&
			    prr_parse_count(t->cell[r][status_col],
					    strlen(t->cell[r][status_col]), &a, &b) == 0 &&
			    b > 0)
				add_claim(im, prr_arena_printf(im->a, "%s (all columns)", nm),
					  ratio_text(im, a, b),
					  ratio_text(im, all_a, all_b),
					  a == all_a && b == all_b, t->line[r]);
			continue;
		}
		prr_component *c = new_component(im, title_of(im, t->raw[r][name_col], strlen(t->raw[r][name_col])), t->line[r]);
		if (status_col >= 0)
			c->status = cell_status(im, t, r, status_col);
		size_t nc = 0;
		for (size_t k = 0; k < t->cols; k++)
			nc += count_col[k];
		c->checks = prr_arena_array(im->a, nc, sizeof *c->checks);
		for (size_t k = 0; k < t->cols; k++) {
			if (!count_col[k])
				continue;
			prr_check *ck = &c->checks[c->n_checks++];
			ck->category = t->head[k];
			ck->line = t->line[r];
			int a, b;
			bool known;
			const char *cs = t->raw[r][k];
			size_t cn = strlen(cs);
			prr_status st = prr_status_from_text(cs, cn, &known);
			bool counted;
			if (cs == t->cell[r][k]) { /* raw is clean: parsed above */
				a = cnt_a[r * t->cols + k];
				b = cnt_b[r * t->cols + k];
				counted = b > 0;
			} else {
				counted = prr_parse_count(cs, cn, &a, &b) == 0 && b > 0;
			}
			if (counted) {
				ck->passed = a;
				ck->total = b;
				sum_a[k] += a;
				sum_b[k] += b;
				if (!known)
					st = a == b ? PRR_PASS : a ? PRR_PARTIAL : PRR_FAIL;
			} else {
				ck->passed = ck->total = -1;
			}
			ck->status = st;
		}
	}
}

/* Rows of category/status/notes/action: checks of one component. */
static void table_checks(imp *im, const table *t, int cat_col)
{
	size_t ci = comp_of_context(im);
	if (ci == NONE) {
		new_component(im, context_title(im), t->first_line);
		ci = im->r->n_components - 1;
		if (im->n_hs)
			im->sx[im->hs[im->n_hs - 1].sec].comp = ci + 1;
	}
	prr_component *c = &im->r->components[ci];
	int st = col_of(t, R_STATUS), no = col_of(t, R_NOTES),
	    ac = col_of(t, R_ACTION);
	if (no < 0)
		no = col_of(t, R_BLOCKER);
	c->checks = rows_grow(im, c->checks, c->n_checks,
			      rows_cap(&im->check_cap, &im->n_check_cap, ci),
			      t->rows, sizeof *c->checks);
	for (size_t r = 0; r < t->rows; r++) {
		if (!*t->cell[r][cat_col])
			continue;
		prr_check *ck = &c->checks[c->n_checks++];
		ck->category = t->cell[r][cat_col];
		ck->status = cell_status(im, t, r, st);
		ck->passed = ck->total = -1;
		ck->note = no >= 0 && *t->cell[r][no] ? t->cell[r][no] : NULL;
		ck->action = ac >= 0 && *t->cell[r][ac] ? t->cell[r][ac] : NULL;
		ck->line = t->line[r];
	}
}

static void table_checklist(imp *im, const table *t, size_t tab, int item_col)
{
	int st = col_of(t, R_STATUS);
	int skip[2] = { item_col, st };
	prr_checklist *cl = PUSH(im, checklists);
	cl->title = nearest_title(im);
	cl->section = im->cur_sec == NONE ? NULL
					  : im->r->sections[im->cur_sec].heading;
	cl->line = t->first_line;
	im->cl_sec = priv_grow(im->cl_sec, &im->cap_cl_sec,
			       im->r->n_checklists, sizeof *im->cl_sec);
	im->cl_sec[im->r->n_checklists - 1] = im->cur_sec;
	cl->items = prr_arena_array(im->a, t->rows, sizeof *cl->items);
	for (size_t r = 0; r < t->rows; r++) {
		if (!*t->cell[r][item_col])
			continue;
		prr_checkitem *it = &cl->items[cl->n_items++];
		it->text = title_of(im, t->raw[r][item_col], strlen(t->raw[r][item_col]));
		it->status = cell_status(im, t, r, st);
		it->done = it->status == PRR_PASS;
		it->note = other_cols(im, t, r, skip, 2);
		it->line = t->line[r];
	}
	(void)tab;
}

static void table_dimensions(imp *im, const table *t, int name_col, int score_col)
{
	int st = col_of(t, R_STATUS), no = col_of(t, R_NOTES),
	    we = col_of(t, R_WEIGHT);
	for (size_t r = 0; r < t->rows; r++) {
		const char *nm = t->cell[r][name_col];
		double v, hi, max;
		const char *sc = t->cell[r][score_col];
		if (!*nm)
			continue;
		if (prr_parse_score(sc, strlen(sc), &v, &hi, &max) < 0) {
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
				     t->line[r], 0,
				     "not imported: score '%s' of '%s'", sc, nm);
			continue;
		}
		if (is_total_row(nm)) {
			prr_score *s = PUSH(im, scores);
			s->label = nm;
			s->value = v;
			s->high = hi;
			s->max = max;
			s->line = t->line[r];
			continue;
		}
		prr_dimension *d = PUSH(im, dimensions);
		d->name = nm;
		d->score = v;
		d->high = hi;
		d->max = max;
		d->weight = PRR_NONE;
		if (we >= 0) {
			double w, wh, wm;
			const char *ws = t->cell[r][we];
			if (prr_parse_score(ws, strlen(ws), &w, &wh, &wm) == 0)
				d->weight = w / wm;
			else if (*ws)
				d->weight = strtod(ws, NULL);
		}
		d->status = cell_status(im, t, r, st);
		d->note = no >= 0 && *t->cell[r][no] ? t->cell[r][no] : NULL;
		d->line = t->line[r];
	}
}

static bool path_like(const char *s, size_t n)
{
	if (!n || memchr(s, ' ', n))
		return false;
	if (memchr(s, '/', n))
		return true;
	const char *dot = NULL;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '.')
			dot = s + i;
	if (!dot || dot == s)
		return false;
	size_t ext = n - (size_t)(dot - s) - 1;
	if (ext < 1 || ext > 5)
		return false;
	for (size_t i = 1; i <= ext; i++)
		if (!isalnum((unsigned char)dot[i]))
			return false;
	return true;
}

/* Evidence of a cell: backticked paths, tokens they hold or lack. */
static void parse_evidence(imp *im, prr_evidence **ev, size_t *n_ev,
			   const char *s, int line)
{
	size_t cap = *n_ev;
	const char *claim = clean(im, s, strlen(s));
	prr_evidence *last_path = NULL;
	const char *p = s;
	while ((p = strchr(p, '`'))) {
		const char *q = strchr(p + 1, '`');
		if (!q)
			break;
		const char *tok = p + 1;
		size_t tn = (size_t)(q - tok);
		/* "No `x`" / "no `x`": the claim is its absence */
		bool absent = false;
		if (p - s >= 3 && strncasecmp(p - 3, "no ", 3) == 0 &&
		    (p - s == 3 || !isalpha((unsigned char)p[-4])))
			absent = true;
		/* "`a.json` has `x/y`": what the file holds, not a path */
		bool holds = false;
		if (last_path && !last_path->token) {
			const char *gap = p;
			while (gap > s && gap[-1] != '`')
				gap--;
			size_t gn = (size_t)(p - gap);
			char between[32];
			size_t bn = gn < sizeof between - 1 ? gn : sizeof between - 1;
			memcpy(between, gap, bn);
			between[bn] = 0;
			holds = strstr(between, " has ") || strstr(between, " contains ") ||
				strstr(between, " with ") || strstr(between, " includes ");
		}
		if (!holds && path_like(tok, tn)) {
			prr_evidence *e = PRR_VEC_PUSH(im->a, *ev, *n_ev, cap);
			e->path = prr_arena_strndup(im->a, tok, tn);
			e->claim = claim;
			e->absent = absent;
			e->line = line;
			last_path = e;
		} else if (last_path && !last_path->token) {
			/* "`package.json` has `@anthropic-ai/sdk`" */
			last_path->token = prr_arena_strndup(im->a, tok, tn);
			last_path->absent = absent;
		} else {
			/* "No `compact()` in StateManager" */
			const char *in = q + 1;
			while (*in == ' ')
				in++;
			if (strncasecmp(in, "in ", 3) == 0) {
				in += 3;
				while (*in == ' ' || *in == '`')
					in++;
				size_t wn = 0;
				while (isalnum((unsigned char)in[wn]) ||
				       in[wn] == '_' || in[wn] == '.' ||
				       in[wn] == '/' || in[wn] == '-')
					wn++;
				if (wn) {
					prr_evidence *e = PRR_VEC_PUSH(im->a, *ev, *n_ev, cap);
					e->path = path_like(in, wn)
						? prr_arena_strndup(im->a, in, wn)
						: prr_arena_printf(im->a, "**/%.*s.*", (int)wn, in);
					e->token = prr_arena_strndup(im->a, tok, tn);
					e->absent = absent;
					e->claim = claim;
					e->line = line;
				}
			}
		}
		p = q + 1;
	}
}

static void table_stories(imp *im, const table *t, int story_col)
{
	size_t wi = wave_of_context(im);
	if (wi == NONE) {
		prr_wave *w = PUSH(im, waves);
		w->name = context_title(im);
		w->planned_points = PRR_NONE;
		w->line = t->first_line;
		wi = im->r->n_waves - 1;
		if (im->n_hs)
			im->sx[im->hs[im->n_hs - 1].sec].wave = wi + 1;
	}
	prr_wave *w = &im->r->waves[wi];
	int pts = col_of(t, R_POINTS);
	if (pts < 0)
		pts = col_of(t, R_PLANNED);
	if (pts < 0)
		pts = col_of(t, R_EFFORT);
	if (col_of(t, R_PLANNED) >= 0)
		w->planned = true;
	int st = col_of(t, R_STATUS), ev = col_of(t, R_EVIDENCE);
	w->stories = rows_grow(im, w->stories, w->n_stories,
			       rows_cap(&im->story_cap, &im->n_story_cap, wi),
			       t->rows, sizeof *w->stories);
	for (size_t r = 0; r < t->rows; r++) {
		const char *c = t->cell[r][story_col];
		if (!*c)
			continue;
		prr_story *s = &w->stories[w->n_stories++];
		const char *colon = strchr(c, ':');
		if (colon && colon - c <= 16 && !memchr(c, ' ', (size_t)(colon - c))) {
			s->id = prr_arena_strndup(im->a, c, (size_t)(colon - c));
			c = colon + 1;
			while (*c == ' ')
				c++;
		}
		s->title = c;
		s->points = PRR_NONE;
		if (pts >= 0) {
			double p;
			if (prr_parse_points(t->cell[r][pts], strlen(t->cell[r][pts]), &p) == 0)
				s->points = p;
		}
		s->status = cell_status(im, t, r, st);
		s->line = t->line[r];
		if (ev >= 0)
			parse_evidence(im, &s->evidence, &s->n_evidence,
				       t->raw[r][ev], t->line[r]);
	}
}

static void table_findings(imp *im, const table *t, int gap_col)
{
	int sv = col_of(t, R_SEVERITY), ef = col_of(t, R_EFFORT),
	    co = col_of(t, R_NAME);
	prr_severity hsev = heading_severity(im);
	for (size_t r = 0; r < t->rows; r++) {
		if (!*t->cell[r][gap_col])
			continue;
		prr_finding *f = PUSH(im, findings);
		f->id = prr_arena_printf(im->a, "F%zu", im->r->n_findings);
		f->title = t->cell[r][gap_col];
		f->severity = sv >= 0 ? prr_severity_from_text(t->cell[r][sv], strlen(t->cell[r][sv])) : hsev;
		f->component = co >= 0 && *t->cell[r][co] ? t->cell[r][co] : NULL;
		f->effort.low = f->effort.high = PRR_NONE;
		const char *unit;
		if (ef >= 0 && prr_parse_effort(t->cell[r][ef], strlen(t->cell[r][ef]),
						&f->effort.low, &f->effort.high, &unit) == 0)
			f->effort.unit = unit;
		f->line = t->line[r];
	}
}

static void table_risks(imp *im, const table *t, int risk_col)
{
	int mi = col_of(t, R_MITIGATION), sv = col_of(t, R_SEVERITY);
	if (sv < 0)
		sv = col_of(t, R_IMPACT);
	for (size_t r = 0; r < t->rows; r++) {
		if (!*t->cell[r][risk_col])
			continue;
		prr_risk *k = PUSH(im, risks);
		k->title = t->cell[r][risk_col];
		k->level = sv >= 0 ? prr_severity_from_text(t->cell[r][sv], strlen(t->cell[r][sv]))
				   : heading_severity(im);
		k->mitigation = mi >= 0 && *t->cell[r][mi] ? t->cell[r][mi] : NULL;
		k->line = t->line[r];
	}
}

static void table_milestones(imp *im, const table *t, int name_col)
{
	int eta = col_of(t, R_ETA), st = col_of(t, R_STATUS);
	for (size_t r = 0; r < t->rows; r++) {
		if (!*t->cell[r][name_col])
			continue;
		prr_milestone *m = PUSH(im, milestones);
		m->name = t->cell[r][name_col];
		if (eta >= 0)
			m->due = find_date(im, t->cell[r][eta], strlen(t->cell[r][eta]));
		if (st >= 0) {
			bool known;
			m->done = prr_status_from_text(t->raw[r][st], strlen(t->raw[r][st]), &known) == PRR_PASS;
		}
		m->line = t->line[r];
	}
}

/* "Total Waves | 6 | 8": planned figures to audit at the end. */
static void table_plan(imp *im, const table *t, int metric_col, int plan_col)
{
	for (size_t r = 0; r < t->rows; r++) {
		const char *m = t->cell[r][metric_col];
		const char *v = t->cell[r][plan_col];
		double num;
		if (prr_parse_points(v, strlen(v), &num) < 0)
			continue;
		int kind = contains_ci(m, "wave") ? PEND_PLAN_WAVES
			   : contains_ci(m, "point") ? PEND_PLAN_POINTS
			   : contains_ci(m, "stor") ? PEND_PLAN_STORIES : -1;
		if (kind >= 0)
			add_pending(im, kind, prr_arena_printf(im->a, "%s (planned)", m),
				    v, 0, 0, num, t->line[r]);
	}
}

static void handle_table(imp *im, size_t tab)
{
	table t;
	if (!read_table(im, tab, &t))
		return;
	/* The pool holds the table's text, cell after cell: one look at it
	 * instead of a call and a strlen per cell when, as in most tables,
	 * no cell names a commit. */
	if (mentions_commit(im->pool.p, im->pool.n))
		for (size_t r = 0; r < t.rows; r++)
			for (size_t k = 0; k < t.cols; k++)
				scan_commits(im, t.raw[r][k], strlen(t.raw[r][k]),
					     t.line[r]);
	int c;
	bool keep = false;
	if ((c = col_of(&t, R_STORY)) >= 0) {
		table_stories(im, &t, c);
	} else if ((c = col_of(&t, R_SCORE)) >= 0 && t.cols > 1) {
		int nm = col_of(&t, R_DIMENSION);
		table_dimensions(im, &t, nm >= 0 ? nm : (c == 0 ? 1 : 0), c);
	} else if (col_of(&t, R_PLANNED) >= 0 && col_of(&t, R_ACTUAL) >= 0) {
		int m = col_of(&t, R_METRIC);
		table_plan(im, &t, m >= 0 ? m : 0, col_of(&t, R_PLANNED));
		keep = true;
	} else if ((c = col_of(&t, R_RISK)) >= 0) {
		table_risks(im, &t, c);
		keep = col_of(&t, R_MITIGATION) < 0 || t.cols > 3;
	} else if (col_of(&t, R_OWNER) >= 0 || col_of(&t, R_ETA) >= 0) {
		int g = col_of(&t, R_GAP);
		table_milestones(im, &t, g >= 0 ? g : 0);
		keep = true;
	} else if ((c = col_of(&t, R_GAP)) >= 0 &&
		   (col_of(&t, R_SEVERITY) >= 0 || col_of(&t, R_IMPACT) >= 0 ||
		    col_of(&t, R_ACTION) >= 0 || heading_severity(im))) {
		table_findings(im, &t, c);
		keep = true;
	} else if (t.roles[0] == R_CATEGORY && col_of(&t, R_STATUS) >= 0) {
		table_checks(im, &t, 0);
	} else if (t.roles[0] == R_NAME) {
		table_components(im, &t, 0);
	} else if (col_of(&t, R_STATUS) > 0 || (t.roles[0] == R_ITEM &&
						col_of(&t, R_STATUS) >= 0)) {
		table_checklist(im, &t, tab, 0);
	} else {
		keep = true;
	}
	if (keep)
		keep_table(im, &t);
	take_lines(im, tab);
}

/*** The walk ***/

static void walk_block(imp *im, size_t i, int depth)
{
	switch (im->nodes[i].type) {
	case MD_BLOCK_H:
		handle_heading(im, i);
		break;
	case MD_BLOCK_P:
		handle_paragraph(im, i);
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		handle_list(im, i, depth);
		break;
	case MD_BLOCK_TABLE:
		handle_table(im, i);
		break;
	case MD_BLOCK_CODE:
	case MD_BLOCK_HTML:
	case MD_BLOCK_HR:
		break;
	default:
		walk(im, i, depth + 1);
		break;
	}
}

static void walk(imp *im, size_t parent, int depth)
{
	if (depth > PRR_IMPORT_MAX_DEPTH) {
		if (!im->deep_warned)
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
				     node_line(im, parent), 0,
				     "not imported: blocks nested deeper than %d "
				     "(kept as prose)", PRR_IMPORT_MAX_DEPTH);
		im->deep_warned = true;
		return;
	}
	for (size_t c = im->nodes[parent].child; c; c = im->nodes[c].next) {
		if (im->nodes[parent].type == MD_BLOCK_LI &&
		    im->nodes[c].type == MD_BLOCK_P)
			continue; /* the item's own text, read with the item */
		walk_block(im, c, depth);
	}
}

/*** After the walk: audit, sections, level ***/

static const char *count_text(imp *im, long a, long b)
{
	/* "%ld%% (%ld/%ld)" without vsnprintf: see ratio_text */
	char tmp[80];
	size_t k = prr_decimal(tmp, b ? (100 * a + b / 2) / b : 0);
	memcpy(tmp + k, "% (", 3);
	k += 3;
	k += prr_decimal(tmp + k, a);
	tmp[k++] = '/';
	k += prr_decimal(tmp + k, b);
	tmp[k++] = ')';
	return prr_arena_strndup(im->a, tmp, k);
}

static void resolve_pending(imp *im)
{
	prr_review *r = im->r;
	long tests = 0;
	bool have_tests = false;
	for (size_t c = 0; c < r->n_components; c++)
		for (size_t k = 0; k < r->components[c].n_checks; k++)
			if (r->components[c].checks[k].passed >= 0) {
				tests += r->components[c].checks[k].passed;
				have_tests = true;
			}
	double points = 0;
	long stories = 0, waves = 0;
	for (size_t w = 0; w < r->n_waves; w++) {
		if (!r->waves[w].planned)
			continue;
		waves++;
		for (size_t s = 0; s < r->waves[w].n_stories; s++) {
			stories++;
			if (prr_has(r->waves[w].stories[s].points))
				points += r->waves[w].stories[s].points;
		}
	}
	/* each section's first checklist, found once: searching all
	 * checklists per stated figure was quadratic in the document */
	size_t *first_cl = prr_xmalloc((r->n_sections + 1) * sizeof *first_cl);
	for (size_t s = 0; s < r->n_sections; s++)
		first_cl[s] = NONE;
	for (size_t c = r->n_checklists; c-- > 0;)
		if (im->cl_sec[c] != NONE)
			first_cl[im->cl_sec[c]] = c;
	for (size_t i = 0; i < im->n_pend; i++) {
		pending *p = &im->pend[i];
		switch (p->kind) {
		case PEND_COUNT: {
			/* the first checklist of the same section */
			if (p->sec != NONE && first_cl[p->sec] != NONE) {
				size_t c = first_cl[p->sec];
				long done = 0, total = (long)r->checklists[c].n_items;
				for (size_t k = 0; k < r->checklists[c].n_items; k++)
					done += r->checklists[c].items[k].done;
				const char *sec = im->sx[p->sec].title;
				add_claim(im, join(im, sec, ": ", p->label),
					  count_text(im, p->a, p->b),
					  count_text(im, done, total),
					  p->a == done && p->b == total, p->line);
			}
			break;
		}
		case PEND_TESTS:
			if (have_tests)
				add_claim(im, p->label, p->stated,
					  long_text(im, tests),
					  p->a == tests, p->line);
			break;
		case PEND_PLAN_WAVES:
		case PEND_PLAN_POINTS:
		case PEND_PLAN_STORIES: {
			double v = p->kind == PEND_PLAN_WAVES ? (double)waves
				   : p->kind == PEND_PLAN_POINTS ? points
								 : (double)stories;
			if (!waves)
				break;
			add_claim(im, p->label, p->stated,
				  prr_arena_printf(im->a, "%g", v),
				  v == p->num, p->line);
			break;
		}
		}
	}
	free(first_cl);
	/* each planned wave's heading points against its stories */
	for (size_t w = 0; w < r->n_waves; w++) {
		prr_wave *wv = &r->waves[w];
		if (!prr_has(wv->planned_points) || !wv->n_stories)
			continue;
		double sum = 0;
		for (size_t s = 0; s < wv->n_stories; s++)
			if (prr_has(wv->stories[s].points))
				sum += wv->stories[s].points;
		add_claim(im, prr_arena_printf(im->a, "%s planned points", wv->id ? wv->id : wv->name),
			  prr_arena_printf(im->a, "%g", wv->planned_points),
			  prr_arena_printf(im->a, "%g", sum),
			  sum == wv->planned_points, wv->line);
	}
	/* a heading that says done over a checklist that is not */
	for (size_t c = 0; c < r->n_checklists; c++) {
		size_t s = im->cl_sec[c];
		if (s == NONE || !im->sx[s].stated_known ||
		    im->sx[s].stated != PRR_PASS || !r->checklists[c].n_items)
			continue;
		if (c && im->cl_sec[c - 1] == s)
			continue;
		long done = 0, total = (long)r->checklists[c].n_items;
		for (size_t k = 0; k < r->checklists[c].n_items; k++)
			done += r->checklists[c].items[k].done;
		add_claim(im, prr_arena_printf(im->a, "%s: done", im->sx[s].title),
			  "complete", prr_arena_printf(im->a, "%ld/%ld done", done, total),
			  done == total, r->sections[s].line);
	}
}

/* The lines from..to that no table or list took, blank runs folded. */
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

static void derive_level(prr_review *r)
{
	if (r->level != PRR_LEVEL_UNKNOWN || !r->n_components)
		return;
	size_t pass = 0, fail = 0;
	for (size_t c = 0; c < r->n_components; c++) {
		pass += r->components[c].status == PRR_PASS;
		fail += r->components[c].status == PRR_FAIL;
	}
	r->level = pass == r->n_components ? PRR_LEVEL_READY
		   : fail ? PRR_LEVEL_NOT_READY
			  : PRR_LEVEL_PARTIAL;
}

/*** Entry points ***/

static char *date_from_path(imp *im, const char *path)
{
	char *found = NULL;
	size_t n = strlen(path);
	for (size_t i = 0; i + 10 <= n; i++) {
		char d[11];
		memcpy(d, path + i, 10);
		d[10] = 0;
		if (prr_date_valid(d))
			found = prr_arena_strdup(im->a, d);
	}
	return found;
}

int prr_import_md(prr_review **out, const char *path, const char *text,
		  size_t len, prr_diags *d)
{
	int rc = -1;
	imp im;
	memset(&im, 0, sizeof im);
	prr_buf_init(&im.pool);
	prr_buf fixed = PRR_BUF_INIT;
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
	im.src = text;
	im.len = len;
	im.r = prr_review_new();
	im.a = &im.r->arena;
	im.used = prr_xcalloc(im.map.n + 2, 1);
	MD_PARSER parser = { 0, MD_DIALECT_GITHUB, cb_enter_block,
			     cb_leave_block, cb_span, cb_span, cb_text,
			     NULL, NULL };
	/* md_parse's first callback is DOC: index 0, the root (and "none") */
	if (md_parse(text, (MD_SIZE)len, &parser, &im) != 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0,
			     "the Markdown parser failed");
		goto done;
	}
	/* the walk ran in cb_leave_block, one top-level block at a time */
	resolve_pending(&im);
	build_sections(&im);
	derive_level(im.r);
	im.r->source_file = prr_arena_strdup(im.a, path);
	im.r->source_format = "markdown";
	if (!im.r->date)
		im.r->date = date_from_path(&im, path);
	if (!im.r->date) {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 1, 0,
			     "no review date: add a 'Date: YYYY-MM-DD' line or "
			     "name the file or folder by its date");
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
	free(im.evidence_cap);
	free(im.sx);
	free(im.cl_sec);
	free(im.pend);
	prr_buf_free(&fixed);
	prr_linemap_free(&im.map);
	return rc;
}
