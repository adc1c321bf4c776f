/* tpl.c - the Mustache compiler and renderer; see include/prr/tpl.h. */
#include "prr/tpl.h"
#include "prr/arena.h"
#include "prr/escape.h"
#include "prr/fsutil.h"
#include "prr/vtree.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*** Compiled form ***/

enum { OP_TEXT, OP_VAR, OP_RAW, OP_SECTION, OP_INVERTED, OP_PARTIAL,
       OP_PARENT, OP_BLOCK };

enum {
	NF_BOL = 1,        /* text: starts a source line (indent point) */
	NF_STANDALONE = 2, /* partial/parent: indent; block: dedent content */
	NF_DYNAMIC = 4,    /* partial/parent: the name is looked up in data */
	NF_HASLINE = 8,    /* block: the content has a non-blank line */
};

typedef struct tpl_node {
	uint8_t op, flags;
	uint8_t cache_mode;       /* 1 + mode of `cache`, 0: none */
	uint16_t npath;           /* name parts; 0 for "." */
	uint32_t end;             /* index after the last child (or self + 1) */
	uint32_t off, len;        /* text: the bytes; tags: the tag */
	uint32_t bef_off, bef_len; /* standalone: whitespace before the tag */
	uint32_t ind_off, ind_len; /* block: intrinsic indentation */
	uint32_t coff, clen;      /* block: the raw content */
	uint32_t dedent;          /* block: common indentation of the content */
	prr_tpl_name *path;       /* the name split on '.' (in the arena) */
	const char *name;         /* partial/parent/block: the name */
	const prr_tpl *cache;     /* static partial/parent, once resolved */
	/* lookup's memo: what the root context gave for path[0] (NULL too) in
	 * render `memo_gen` of the env.  A name inside a list that its rows
	 * lack is looked up in the root again for every row, and mostly
	 * misses, scanning every key of the root: once per render is enough,
	 * as the data does not change while it is rendered. */
	unsigned long memo_gen;
	const void *memo_root, *memo_val;
} tpl_node;

struct prr_tpl {
	const char *path;  /* for messages */
	const char *src;
	uint32_t len;
	tpl_node *nodes;
	uint32_t n;
	const char *name;  /* loader name (NULL: compiled directly) */
	uint8_t mode;
	bool missing;      /* the loader had nothing by this name */
	prr_tpl *next;
};

struct prr_tpl_env {
	prr_arena arena;
	prr_tpl_loader load;
	void *ud;
	bool strict;
	unsigned long max_steps;
	size_t max_output;
	prr_tpl *list;
	prr_buf indent;  /* render: indentation stack */
	prr_buf scratch; /* render: number text */
	prr_buf dyn;     /* render: dynamic names */
	unsigned long renders; /* numbers each render, for tpl_node's memo */
};

prr_tpl_escape prr_tpl_escape_for(const char *filename)
{
	return prr_ends_with(filename, ".md.mustache") ? PRR_TPL_ESC_MARKDOWN
						       : PRR_TPL_ESC_HTML;
}

const char *prr_tpl_path(const prr_tpl *t)
{
	return t->path;
}

/* Adds an error at byte `off` of `t`, located through a line map. */
static void tpl_error(prr_diags *d, const char *path, const char *src,
		      size_t len, size_t off, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
static void tpl_error(prr_diags *d, const char *path, const char *src,
		      size_t len, size_t off, const char *fmt, ...)
{
	prr_buf msg = PRR_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	prr_buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	prr_linemap map;
	prr_linemap_init(&map, src, len);
	prr_diag_at(d, PRR_DIAG_ERROR, path, &map, off, "%s", msg.p);
	prr_linemap_free(&map);
	prr_buf_free(&msg);
}

/*** Tokenizer ***/

typedef struct raw_tag {
	char kind;          /* 'v' variable, '&' raw, or the sigil: # ^ / ! > < $ = */
	bool sa;            /* part of a standalone line (alone or as a pair) */
	bool standalone;    /* own flag: indentation / dedent applies */
	uint32_t start, end;
	uint32_t nm_off, nm_len;
	uint32_t cut_b, cut_a; /* text removed around the tag */
	uint32_t ls, le, lb;   /* line start, line end (after newline), break */
	int32_t match;         /* opener <-> closer */
	bool wsb, wsa;         /* only blanks before / after on its line */
} raw_tag;

typedef struct cc {
	prr_tpl_env *env;
	prr_tpl *t;
	const char *src;
	size_t len;
	prr_diags *d;
	raw_tag *tags;
	size_t ntags, cap;
	tpl_node *nodes;
	size_t nnodes, ncap;
} cc;

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static const char *find_str(const char *s, size_t n, const char *pat,
			    size_t m)
{
	if (m == 0 || n < m)
		return NULL;
	const char *end = s + n - m + 1;
	while (s < end) {
		const char *p = memchr(s, pat[0], (size_t)(end - s));
		if (!p)
			return NULL;
		if (memcmp(p, pat, m) == 0)
			return p;
		s = p + 1;
	}
	return NULL;
}

static int cc_error(cc *c, size_t off, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int cc_error(cc *c, size_t off, const char *fmt, ...)
{
	prr_buf msg = PRR_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	prr_buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	tpl_error(c->d, c->t->path, c->src, c->len, off, "%s", msg.p);
	prr_buf_free(&msg);
	return -1;
}

/* A name: no blanks inside; dotted parts not empty (except "."). */
static bool good_name(const char *p, size_t n)
{
	if (n == 0)
		return false;
	if (n == 1 && p[0] == '.')
		return true;
	for (size_t i = 0; i < n; i++) {
		if (is_space(p[i]))
			return false;
		if (p[i] == '.' && (i == 0 || i + 1 == n || p[i + 1] == '.'))
			return false;
	}
	return true;
}

static int tokenize(cc *c)
{
	const char *s = c->src;
	size_t n = c->len, pos = 0;
	const char *od = "{{", *cd = "}}";
	size_t ol = 2, cl = 2;
	for (;;) {
		const char *hit = find_str(s + pos, n - pos, od, ol);
		if (!hit)
			break;
		size_t start = (size_t)(hit - s), p = start + ol;
		char kind = p < n ? s[p] : 'v';
		char pre = 0; /* the byte before the close delimiter */
		if (strchr("{&#^/!><$=", kind) && kind) {
			p++;
			if (kind == '{')
				pre = '}';
			else if (kind == '=')
				pre = '=';
		} else {
			kind = 'v';
		}
		/* the close delimiter, preceded by `pre` when there is one */
		size_t e = p, from = p;
		for (;;) {
			const char *q = find_str(s + from, n - from, cd, cl);
			if (!q)
				return cc_error(c, start, "unclosed tag (no '%.*s')",
						(int)cl, cd);
			e = (size_t)(q - s);
			if (!pre || (e > p && s[e - 1] == pre))
				break;
			from = e + 1;
		}
		size_t end = e + cl;
		if (pre)
			e--;
		size_t a = p, b = e;
		while (a < b && is_space(s[a]))
			a++;
		while (b > a && is_space(s[b - 1]))
			b--;
		if (kind == '{')
			kind = '&';
		if (kind == '=') {
			/* two delimiters, blank-separated, without '=' or blanks */
			size_t x = a;
			while (x < b && !is_space(s[x]) && s[x] != '=')
				x++;
			size_t y = x;
			while (y < b && is_space(s[y]))
				y++;
			size_t z = y;
			while (z < b && !is_space(s[z]) && s[z] != '=')
				z++;
			if (x == a || y == x || z == y || z != b)
				return cc_error(c, start,
						"bad delimiter change '%.*s' "
						"(expected two delimiters, e.g. "
						"'{{=<%% %%>=}}')",
						(int)(end - start), s + start);
			od = s + a;
			ol = x - a;
			cd = s + y;
			cl = z - y;
		} else if (kind != '!') {
			size_t na = a;
			if ((kind == '>' || kind == '<') && na < b && s[na] == '*') {
				na++;
				while (na < b && is_space(s[na]))
					na++;
			}
			if (!good_name(s + na, b - na))
				return cc_error(c, start, b > a ? "bad name '%.*s'"
								: "empty tag%.*s",
						(int)(b - a), s + a);
			if ((kind == '>' || kind == '<' || kind == '$') &&
			    b - na == 1 && s[na] == '.')
				return cc_error(c, start, "bad name '.'");
		}
		if (c->ntags >= UINT32_MAX / 2)
			return cc_error(c, start, "too many tags");
		if (c->ntags == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 64;
			c->tags = prr_xrealloc(c->tags, c->cap * sizeof *c->tags);
		}
		raw_tag *tg = &c->tags[c->ntags++];
		memset(tg, 0, sizeof *tg);
		tg->kind = kind;
		tg->start = (uint32_t)start;
		tg->end = (uint32_t)end;
		tg->nm_off = (uint32_t)a;
		tg->nm_len = (uint32_t)(b - a);
		tg->cut_b = tg->start;
		tg->cut_a = tg->end;
		tg->match = -1;
		pos = end;
	}
	return 0;
}

/* Pairs openers with closers; checks names and nesting. */
static int match_tags(cc *c)
{
	int32_t stack[PRR_TPL_MAX_NESTING];
	int depth = 0;
	for (size_t i = 0; i < c->ntags; i++) {
		raw_tag *tg = &c->tags[i];
		if (strchr("#^<$", tg->kind)) {
			if (depth == PRR_TPL_MAX_NESTING)
				return cc_error(c, tg->start,
						"sections nested deeper than %d",
						PRR_TPL_MAX_NESTING);
			stack[depth++] = (int32_t)i;
		} else if (tg->kind == '/') {
			if (depth == 0)
				return cc_error(c, tg->start,
						"close tag '%.*s' without an open "
						"section",
						(int)tg->nm_len, c->src + tg->nm_off);
			raw_tag *op = &c->tags[stack[--depth]];
			if (op->nm_len != tg->nm_len ||
			    memcmp(c->src + op->nm_off, c->src + tg->nm_off,
				   tg->nm_len) != 0) {
				prr_linemap map;
				int line, col;
				prr_linemap_init(&map, c->src, c->len);
				prr_linemap_locate(&map, op->start, &line, &col);
				prr_linemap_free(&map);
				return cc_error(c, tg->start,
						"close tag '%.*s' does not match "
						"'%.*s' opened at %d:%d",
						(int)tg->nm_len, c->src + tg->nm_off,
						(int)op->nm_len, c->src + op->nm_off,
						line, col);
			}
			op->match = (int32_t)i;
			tg->match = stack[depth];
		}
	}
	if (depth > 0) {
		raw_tag *op = &c->tags[stack[depth - 1]];
		return cc_error(c, op->start, "unclosed section '%.*s'",
				(int)op->nm_len, c->src + op->nm_off);
	}
	return 0;
}

/* Standalone lines: a tag alone on its line loses the line; so do the
 * inheritance pairs {{<p}}{{/p}}, {{<p}}{{$b}}, {{/b}}{{/p}} and (keeping
 * the line break) {{$b}}{{/b}}. */
static void find_standalone(cc *c)
{
	const char *s = c->src;
	for (size_t i = 0; i < c->ntags; i++) {
		raw_tag *tg = &c->tags[i];
		size_t ls = tg->start, x = tg->end;
		while (ls > 0 && is_blank(s[ls - 1]))
			ls--;
		tg->wsb = ls == 0 || s[ls - 1] == '\n';
		while (x < c->len && is_blank(s[x]))
			x++;
		tg->lb = (uint32_t)x;
		if (x + 1 < c->len && s[x] == '\r' && s[x + 1] == '\n')
			x += 2;
		else if (x < c->len && s[x] == '\n')
			x++;
		else if (x < c->len)
			x = SIZE_MAX;
		tg->wsa = x != SIZE_MAX;
		tg->ls = (uint32_t)ls;
		tg->le = tg->wsa ? (uint32_t)x : tg->end;
	}
	for (size_t i = 0; i < c->ntags; i++) {
		raw_tag *tg = &c->tags[i];
		if (tg->kind == 'v' || tg->kind == '&')
			continue;
		if (tg->wsb && tg->wsa) {
			tg->sa = tg->standalone = true;
			tg->cut_b = tg->ls;
			tg->cut_a = tg->le;
			continue;
		}
		if (i + 1 >= c->ntags || !tg->wsb)
			continue;
		raw_tag *nx = &c->tags[i + 1];
		if (nx->start != tg->end || !nx->wsa)
			continue;
		char a = tg->kind, b = nx->kind;
		bool closes_me = b == '/' && nx->match == (int32_t)i;
		if (a == '<' && (closes_me || b == '$')) {
			tg->sa = tg->standalone = nx->sa = true;
			nx->standalone = b == '$';
			tg->cut_b = tg->ls;
			nx->cut_a = nx->le;
		} else if (a == '$' && closes_me) {
			tg->sa = tg->standalone = nx->sa = true;
			tg->cut_b = tg->ls;
			nx->cut_a = nx->lb; /* the line break stays */
		} else if (a == '/' && b == '/' && tg->match >= 0 &&
			   nx->match >= 0 && c->tags[tg->match].kind == '$' &&
			   c->tags[nx->match].kind == '<') {
			tg->sa = nx->sa = true;
			tg->cut_b = tg->ls;
			nx->cut_a = nx->le;
		}
		if (tg->sa)
			i++;
	}
}

/*** Node building ***/

static tpl_node *add_node(cc *c, uint8_t op, size_t off, size_t len)
{
	if (c->nnodes == c->ncap) {
		c->ncap = c->ncap ? c->ncap * 2 : 64;
		c->nodes = prr_xrealloc(c->nodes, c->ncap * sizeof *c->nodes);
	}
	tpl_node *nd = &c->nodes[c->nnodes];
	memset(nd, 0, sizeof *nd);
	nd->op = op;
	nd->off = (uint32_t)off;
	nd->len = (uint32_t)len;
	nd->end = (uint32_t)++c->nnodes;
	return nd;
}

static void add_text(cc *c, size_t a, size_t b)
{
	if (b <= a)
		return;
	tpl_node *nd = add_node(c, OP_TEXT, a, b - a);
	if (a == 0 || c->src[a - 1] == '\n')
		nd->flags |= NF_BOL;
}

/* Splits a name on '.' into NUL-terminated parts in the arena. */
static void set_path(cc *c, tpl_node *nd, const char *p, size_t n)
{
	prr_arena *ar = &c->env->arena;
	if (n == 1 && p[0] == '.')
		return;
	size_t parts = 1;
	for (size_t i = 0; i < n; i++)
		parts += p[i] == '.';
	nd->path = prr_arena_array(ar, parts, sizeof *nd->path);
	for (size_t i = 0, from = 0; i <= n; i++) {
		if (i == n || p[i] == '.') {
			prr_tpl_name *nm = &nd->path[nd->npath];
			nm->s = prr_arena_strndup(ar, p + from, i - from);
			nm->hash = prr_tpl_name_hash(nm->s);
			nd->npath++;
			from = i + 1;
		}
	}
}

/* Common indentation of the non-blank lines of [a, b); the first line's
 * share of it is the block's intrinsic indentation. */
static void block_indent(cc *c, tpl_node *nd, size_t a, size_t b)
{
	const char *s = c->src;
	size_t common = 0, first_ws = 0;
	bool any = false, first = true;
	const char *ref = NULL;
	for (size_t p = a; p < b;) {
		size_t ws = p;
		while (ws < b && is_blank(s[ws]))
			ws++;
		size_t eol = ws;
		while (eol < b && s[eol] != '\n')
			eol++;
		bool blank = true;
		for (size_t q = ws; q < eol; q++)
			if (!is_space(s[q]))
				blank = false;
		if (!blank) {
			size_t w = ws - p;
			if (!any) {
				ref = s + p;
				common = w;
			} else {
				size_t k = 0;
				while (k < common && k < w && s[p + k] == ref[k])
					k++;
				common = k;
			}
			if (first)
				first_ws = w;
			any = true;
		}
		first = false;
		p = eol + 1;
	}
	if (any)
		nd->flags |= NF_HASLINE;
	if (nd->flags & NF_STANDALONE) {
		nd->dedent = (uint32_t)common;
		nd->ind_off = (uint32_t)a;
		nd->ind_len = (uint32_t)(first_ws < common ? first_ws : common);
	}
}

static int build_nodes(cc *c)
{
	uint32_t open[PRR_TPL_MAX_NESTING];
	int depth = 0;
	size_t text_from = 0;
	const char *s = c->src;
	for (size_t i = 0; i < c->ntags; i++) {
		raw_tag *tg = &c->tags[i];
		add_text(c, text_from, tg->cut_b);
		text_from = tg->cut_a;
		/* a tag that begins a kept line: the line's indent point */
		if (!tg->sa && (tg->start == 0 || s[tg->start - 1] == '\n'))
			add_node(c, OP_TEXT, tg->start, 0)->flags |= NF_BOL;
		const char *nm = s + tg->nm_off;
		size_t nl = tg->nm_len;
		tpl_node *nd;
		switch (tg->kind) {
		case 'v':
		case '&':
			nd = add_node(c, tg->kind == 'v' ? OP_VAR : OP_RAW,
				      tg->start, tg->end - tg->start);
			set_path(c, nd, nm, nl);
			break;
		case '#':
		case '^':
		case '<':
		case '$':
		case '>':
			nd = add_node(c, tg->kind == '#'   ? OP_SECTION
					 : tg->kind == '^' ? OP_INVERTED
					 : tg->kind == '<' ? OP_PARENT
					 : tg->kind == '$' ? OP_BLOCK
							   : OP_PARTIAL,
				      tg->start, tg->end - tg->start);
			if (tg->standalone)
				nd->flags |= NF_STANDALONE;
			nd->bef_off = tg->ls;
			nd->bef_len = tg->wsb ? tg->start - tg->ls : 0;
			if ((tg->kind == '>' || tg->kind == '<') && nm[0] == '*') {
				nd->flags |= NF_DYNAMIC;
				nm++;
				nl--;
				while (is_space(*nm)) {
					nm++;
					nl--;
				}
			}
			if (strchr("<$>", tg->kind) && !(nd->flags & NF_DYNAMIC))
				nd->name = prr_arena_strndup(&c->env->arena, nm, nl);
			else
				set_path(c, nd, nm, nl);
			if (tg->kind != '>')
				open[depth++] = (uint32_t)(c->nnodes - 1);
			break;
		case '/': {
			tpl_node *op = &c->nodes[open[--depth]];
			op->end = (uint32_t)c->nnodes;
			if (op->op == OP_BLOCK) {
				size_t a = c->tags[tg->match].cut_a;
				size_t b = tg->cut_b > a ? tg->cut_b : a;
				op->coff = (uint32_t)a;
				op->clen = (uint32_t)(b - a);
				block_indent(c, op, a, b);
			}
			break;
		}
		default: /* comments and delimiter changes leave no node */
			break;
		}
	}
	add_text(c, text_from, c->len);
	return 0;
}

int prr_tpl_compile(const prr_tpl **out, prr_tpl_env *env, const char *path,
		    const char *text, size_t len, prr_diags *d)
{
	int rc = -1;
	*out = NULL;
	prr_tpl *t = prr_arena_alloc(&env->arena, sizeof *t);
	t->path = prr_arena_strdup(&env->arena, path ? path : "<template>");
	cc c = { .env = env, .t = t, .src = text, .len = len, .d = d };
	if (len > PRR_TPL_MAX_SOURCE) {
		prr_diag_add(d, PRR_DIAG_ERROR, t->path, NULL, 0, 0,
			     "template too large (%zu bytes; the limit is %zu)",
			     len, PRR_TPL_MAX_SOURCE);
		goto done;
	}
	t->src = c.src = prr_arena_strndup(&env->arena, text, len);
	t->len = (uint32_t)len;
	if (tokenize(&c) < 0 || match_tags(&c) < 0)
		goto done;
	find_standalone(&c);
	if (build_nodes(&c) < 0)
		goto done;
	t->n = (uint32_t)c.nnodes;
	t->nodes = prr_arena_array(&env->arena, c.nnodes ? c.nnodes : 1,
				   sizeof *t->nodes);
	if (c.nnodes)
		memcpy(t->nodes, c.nodes, c.nnodes * sizeof *c.nodes);
	t->next = env->list;
	env->list = t;
	*out = t;
	rc = 0;
done:
	free(c.tags);
	free(c.nodes);
	return rc;
}

/*** Environment ***/

prr_tpl_env *prr_tpl_env_new(prr_tpl_loader load, void *ud)
{
	prr_tpl_env *env = prr_xcalloc(1, sizeof *env);
	env->load = load;
	env->ud = ud;
	env->strict = true;
	env->max_steps = PRR_TPL_MAX_STEPS;
	env->max_output = PRR_TPL_MAX_OUTPUT;
	prr_buf_init(&env->indent);
	prr_buf_init(&env->scratch);
	prr_buf_init(&env->dyn);
	return env;
}

void prr_tpl_env_free(prr_tpl_env *env)
{
	if (!env)
		return;
	prr_arena_free(&env->arena);
	prr_buf_free(&env->indent);
	prr_buf_free(&env->scratch);
	prr_buf_free(&env->dyn);
	free(env);
}

void prr_tpl_env_strict(prr_tpl_env *env, bool strict)
{
	env->strict = strict;
}

void prr_tpl_env_limits(prr_tpl_env *env, unsigned long max_steps,
			size_t max_output)
{
	env->max_steps = max_steps ? max_steps : PRR_TPL_MAX_STEPS;
	env->max_output = max_output ? max_output : PRR_TPL_MAX_OUTPUT;
}

/* The template the loader has under `name` (compiled once, then cached;
 * a `missing` entry when there is none), or NULL after an error. */
static prr_tpl *env_get(prr_tpl_env *env, const char *name,
			prr_tpl_escape mode, prr_diags *d)
{
	for (prr_tpl *t = env->list; t; t = t->next)
		if (t->name && t->mode == mode && strcmp(t->name, name) == 0)
			return t;
	prr_buf text = PRR_BUF_INIT, path = PRR_BUF_INIT, err = PRR_BUF_INIT;
	prr_tpl *t = NULL;
	int r = env->load ? env->load(env->ud, name, mode, &text, &path, &err)
			  : 0;
	if (r < 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, path.n ? path.p : name, NULL, 0,
			     0, "%s", err.p);
	} else if (r == 0) {
		t = prr_arena_alloc(&env->arena, sizeof *t);
		t->path = t->src = "";
		t->missing = true;
		t->next = env->list;
		env->list = t;
	} else {
		const prr_tpl *ct;
		if (prr_tpl_compile(&ct, env, path.p, text.p, text.n, d) == 0)
			t = (prr_tpl *)ct;
	}
	if (t) {
		t->name = prr_arena_strdup(&env->arena, name);
		t->mode = (uint8_t)mode;
	}
	prr_buf_free(&text);
	prr_buf_free(&path);
	prr_buf_free(&err);
	return t;
}

int prr_tpl_load(const prr_tpl **out, prr_tpl_env *env, const char *name,
		 prr_tpl_escape mode, prr_diags *d)
{
	*out = NULL;
	prr_tpl *t = env_get(env, name, mode, d);
	if (!t)
		return -1;
	if (t->missing) {
		prr_diag_add(d, PRR_DIAG_ERROR, name, NULL, 0, 0,
			     "no template '%s'", name);
		return -1;
	}
	*out = t;
	return 0;
}

/*** Rendering ***/

/* A parent tag being rendered: its blocks are the arguments. */
typedef struct tpl_frame {
	const struct tpl_frame *up;
	const prr_tpl *t;
	uint32_t node;
	uint32_t k, p_off, p_len; /* the indentation where it was called */
} tpl_frame;

typedef struct tpl_state {
	prr_tpl_env *env;
	prr_buf *out;
	size_t out0;
	const prr_tpl_data *ops;
	prr_tpl_escape mode;
	void (*esc)(prr_buf *b, const char *s, size_t n);
	prr_diags *d;
	unsigned long steps;
	unsigned depth, partials, nctx;
	unsigned long gen; /* this render's number in its env (from 1) */
	bool vtree;        /* ops is prr_tpl_vtree(): names found inline */
	/* at each line start of the source: drop up to `k` blanks, then
	 * write indent.p[p_off .. p_off + p_len) */
	uint32_t k, p_off, p_len;
	const tpl_frame *args;
	const void *ctx[PRR_TPL_MAX_DEPTH + 2];
} tpl_state;

static int render_range(tpl_state *st, const prr_tpl *t, uint32_t i,
			uint32_t end);

static int fail(tpl_state *st, const prr_tpl *t, size_t off,
		const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static int fail(tpl_state *st, const prr_tpl *t, size_t off,
		const char *fmt, ...)
{
	prr_buf msg = PRR_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	prr_buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	tpl_error(st->d, t->path, t->src, t->len, off, "%s", msg.p);
	prr_buf_free(&msg);
	return -1;
}

/* Indentation at a line start; returns where the line's text resumes. */
static const char *line_start(tpl_state *st, const char *p, const char *end)
{
	if (p < end && (*p == '\n' || (*p == '\r' && p + 1 < end &&
				       p[1] == '\n')))
		return p; /* an empty line stays empty */
	for (uint32_t k = st->k; k && p < end && is_blank(*p); k--)
		p++;
	if (st->p_len)
		prr_buf_add(st->out, st->env->indent.p + st->p_off, st->p_len);
	return p;
}

static void emit_text(tpl_state *st, const prr_tpl *t, const tpl_node *nd)
{
	const char *p = t->src + nd->off, *end = p + nd->len;
	if (!st->k && !st->p_len) {
		prr_buf_add_piece(st->out, p, nd->len);
		return;
	}
	if (nd->flags & NF_BOL)
		p = line_start(st, p, end);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl) {
			prr_buf_add(st->out, p, (size_t)(end - p));
			break;
		}
		prr_buf_add(st->out, p, (size_t)(nl + 1 - p));
		p = nl + 1;
		if (p < end)
			p = line_start(st, p, end);
	}
}

/* The member `name` of `v`, through the adapter. */
static const void *get(const tpl_state *st, const void *v, prr_tpl_name *name)
{
	return st->vtree ? prr_vtree_get(v, name) : st->ops->get(v, name);
}

/* path[0] in the root context, through the node's memo. */
static const void *root_get(tpl_state *st, const tpl_node *nd)
{
	tpl_node *w = (tpl_node *)nd; /* the env owns both, as for `cache` */
	if (w->memo_gen != st->gen || w->memo_root != st->ctx[0]) {
		w->memo_val = get(st, st->ctx[0], &nd->path[0]);
		w->memo_gen = st->gen;
		w->memo_root = st->ctx[0];
	}
	return w->memo_val;
}

static inline const void *lookup(tpl_state *st, const tpl_node *nd)
{
	if (nd->npath == 0)
		return st->ctx[st->nctx - 1];
	const void *v = NULL;
	unsigned i = st->nctx;
	while (--i > 0 &&
	       (v = get(st, st->ctx[i], &nd->path[0])) == NULL)
		;
	if (i == 0) /* not in any section's context: the root's */
		v = root_get(st, nd);
	for (uint16_t j = 1; v && j < nd->npath; j++)
		v = get(st, v, &nd->path[j]);
	return v;
}

static int value_text(tpl_state *st, const void *v, prr_str *s)
{
	if (!v)
		return -1;
	if (st->vtree && ((const prr_vnode *)v)->type == PRR_V_STR) {
		/* most values: the adapter's answer, without the call */
		s->p = ((const prr_vnode *)v)->u.str.p;
		s->n = ((const prr_vnode *)v)->u.str.n;
		return 0;
	}
	prr_buf_reset(&st->env->scratch);
	return st->ops->text(v, &st->env->scratch, s);
}

/* Makes the indentation indent[o1..+l1) + indent[o2..+l2) + rel current;
 * the caller restores k/p_off/p_len and truncates the stack. */
static void set_indent(tpl_state *st, uint32_t o1, uint32_t l1, uint32_t o2,
		       uint32_t l2, const char *rel, size_t rl)
{
	prr_buf *b = &st->env->indent;
	size_t at = b->n;
	prr_buf_grow(b, (size_t)l1 + l2 + rl);
	memcpy(b->p + b->n, b->p + o1, l1);
	memcpy(b->p + b->n + l1, b->p + o2, l2);
	b->n += (size_t)l1 + l2;
	prr_buf_add(b, rel, rl);
	st->p_off = (uint32_t)at;
	st->p_len = (uint32_t)(b->n - at);
}

/* The indentation of a standalone tag's line, past what `k` drops. */
static void tag_indent(tpl_state *st, const prr_tpl *t, const tpl_node *nd)
{
	uint32_t skip = st->k < nd->bef_len ? st->k : nd->bef_len;
	set_indent(st, st->p_off, st->p_len, 0, 0,
		   t->src + nd->bef_off + skip, nd->bef_len - skip);
}

/* The partial or parent a tag names: NULL (with 0) when missing and
 * lenient; -1 after an error. */
static int resolve(tpl_state *st, const prr_tpl *t, const tpl_node *nd,
		   const prr_tpl **out)
{
	const char *name = nd->name;
	*out = NULL;
	if (nd->flags & NF_DYNAMIC) {
		prr_str s;
		if (value_text(st, lookup(st, nd), &s) < 0 || s.n == 0)
			return 0; /* a missing name is an empty one */
		prr_buf_reset(&st->env->dyn);
		prr_buf_add(&st->env->dyn, s.p, s.n);
		name = st->env->dyn.p;
		if (strlen(name) != s.n)
			return 0;
	} else if (nd->cache_mode == 1 + st->mode) {
		*out = nd->cache;
		goto found;
	}
	prr_tpl *p = env_get(st->env, name, st->mode, st->d);
	if (!p)
		return fail(st, t, nd->off, "cannot use template '%s'", name);
	if (!(nd->flags & NF_DYNAMIC)) {
		tpl_node *w = (tpl_node *)nd; /* the env owns both */
		w->cache = p;
		w->cache_mode = (uint8_t)(1 + st->mode);
	}
	*out = p;
found:
	if ((*out)->missing) {
		*out = NULL;
		if (st->env->strict)
			return fail(st, t, nd->off, "no template '%s'", name);
	}
	return 0;
}

/*
 * The limits, checked where work can repeat (each round of a section, each
 * partial, parent or block, and the whole render) rather than at every
 * node: `nodes` is the size of what is about to be rendered, so steps
 * still count nodes.  Returns 0, or -1 after saying which limit.
 */
static int charge(tpl_state *st, const prr_tpl *t, const tpl_node *nd,
		  uint32_t nodes)
{
	st->steps += nodes;
	if (st->steps > st->env->max_steps)
		return fail(st, t, nd ? nd->off : 0,
			    "render takes more than %lu steps (a list "
			    "looped inside itself?)",
			    st->env->max_steps);
	if (st->out->n - st->out0 > st->env->max_output)
		return fail(st, t, nd ? nd->off : 0,
			    "render output larger than %zu bytes",
			    st->env->max_output);
	return 0;
}

/* render_section over a vtree, without the adapter's calls: a list's
 * elements, or the value itself when truthy. */
static int render_section_vtree(tpl_state *st, const prr_tpl *t, uint32_t i)
{
	const tpl_node *nd = &t->nodes[i];
	const prr_vnode *v = lookup(st, nd);
	bool list = v && v->type == PRR_V_LIST;
	const prr_vnode *c = list ? v->u.kids.first : prr_vtruthy(v) ? v : NULL;
	if (nd->op == OP_INVERTED)
		return c ? 0 : render_range(st, t, i + 1, nd->end);
	int r = 0;
	while (c && r == 0 && (r = charge(st, t, nd, nd->end - i)) == 0) {
		st->ctx[st->nctx++] = c;
		r = render_range(st, t, i + 1, nd->end);
		st->nctx--;
		c = list ? c->next : NULL;
	}
	return r;
}

static int render_section(tpl_state *st, const prr_tpl *t, uint32_t i)
{
	if (st->vtree)
		return render_section_vtree(st, t, i);
	const tpl_node *nd = &t->nodes[i];
	prr_tpl_iter it = { NULL, 0 };
	const void *c = st->ops->enter(lookup(st, nd), &it);
	int r = 0;
	if (nd->op == OP_INVERTED) {
		st->ops->leave(&it);
		return c ? 0 : render_range(st, t, i + 1, nd->end);
	}
	while (c && r == 0 && (r = charge(st, t, nd, nd->end - i)) == 0) {
		st->ctx[st->nctx++] = c;
		r = render_range(st, t, i + 1, nd->end);
		st->nctx--;
		if (r == 0)
			c = st->ops->next(&it);
	}
	st->ops->leave(&it);
	return r;
}

/* Partials ({{>x}}) and parents ({{<x}}…{{/x}}). */
static int render_include(tpl_state *st, const prr_tpl *t, uint32_t i)
{
	const tpl_node *nd = &t->nodes[i];
	const prr_tpl *p;
	if (resolve(st, t, nd, &p) < 0)
		return -1;
	if (!p)
		return 0;
	if (st->partials >= PRR_TPL_MAX_PARTIALS)
		return fail(st, t, nd->off,
			    "partials nested deeper than %d (does '%s' "
			    "include itself?)",
			    PRR_TPL_MAX_PARTIALS, p->name ? p->name : p->path);
	tpl_frame f = { st->args, t, i, st->k, st->p_off, st->p_len };
	uint32_t k = st->k, po = st->p_off, pl = st->p_len;
	size_t saved = st->env->indent.n;
	if (nd->flags & NF_STANDALONE)
		tag_indent(st, t, nd);
	else
		st->p_len = 0;
	st->k = 0;
	if (nd->op == OP_PARENT)
		st->args = &f;
	st->partials++;
	int r = charge(st, t, nd, p->n);
	if (r == 0)
		r = render_range(st, p, 0, p->n);
	st->partials--;
	st->args = f.up;
	st->k = k;
	st->p_off = po;
	st->p_len = pl;
	prr_buf_truncate(&st->env->indent, saved);
	return r;
}

/* A block renders the outermost argument given for its name by the parent
 * tags being rendered, or its own content. */
static int render_block(tpl_state *st, const prr_tpl *t, uint32_t i)
{
	const tpl_node *s = &t->nodes[i];
	const prr_tpl *vt = t;
	uint32_t vi = i, ck = st->k, co = st->p_off, cl = st->p_len;
	for (const tpl_frame *f = st->args; f; f = f->up) {
		const tpl_node *nodes = f->t->nodes;
		for (uint32_t j = f->node + 1; j < nodes[f->node].end;
		     j = nodes[j].end) {
			if (nodes[j].op == OP_BLOCK &&
			    strcmp(nodes[j].name, s->name) == 0) {
				vt = f->t;
				vi = j;
				ck = f->k;
				co = f->p_off;
				cl = f->p_len;
				break;
			}
		}
	}
	const tpl_node *v = &vt->nodes[vi];
	uint32_t k = st->k, po = st->p_off, pl = st->p_len;
	size_t saved = st->env->indent.n;
	bool site = s->flags & NF_STANDALONE;
	if (site) {
		/* where the block stands: its content's indentation, or the
		 * tag's when the content has none */
		uint32_t skip = k < s->ind_len ? k : s->ind_len;
		if ((s->flags & NF_HASLINE) && pl + s->ind_len - skip > 0)
			set_indent(st, po, pl, 0, 0,
				   t->src + s->ind_off + skip, s->ind_len - skip);
		else
			tag_indent(st, t, s);
	} else {
		st->p_len = 0;
	}
	if (v->flags & NF_STANDALONE) {
		st->k = v->dedent;
	} else {
		/* inline content keeps the indentation it was written with;
		 * its first line starts where the tag stood */
		const char *c0 = vt->src + v->coff;
		if (site && v->clen && *c0 != '\n' && *c0 != '\r')
			prr_buf_add(st->out, st->env->indent.p + st->p_off,
				    st->p_len);
		set_indent(st, st->p_off, st->p_len, co, cl, "", 0);
		st->k = ck;
	}
	int r = charge(st, vt, v, v->end - vi);
	if (r == 0)
		r = render_range(st, vt, vi + 1, v->end);
	st->k = k;
	st->p_off = po;
	st->p_len = pl;
	prr_buf_truncate(&st->env->indent, saved);
	return r;
}

static int render_range(tpl_state *st, const prr_tpl *t, uint32_t i,
			uint32_t end)
{
	if (st->depth >= PRR_TPL_MAX_DEPTH)
		return fail(st, t, i < t->n ? t->nodes[i].off : 0,
			    "template nesting deeper than %d",
			    PRR_TPL_MAX_DEPTH);
	st->depth++;
	int r = 0;
	while (i < end && r == 0) {
		const tpl_node *nd = &t->nodes[i];
		switch (nd->op) {
		case OP_TEXT:
			emit_text(st, t, nd);
			break;
		case OP_VAR:
		case OP_RAW: {
			prr_str s;
			if (value_text(st, lookup(st, nd), &s) == 0 && s.n) {
				if (nd->op == OP_VAR && st->mode == PRR_TPL_ESC_HTML)
					prr_esc_html(st->out, s.p, s.n);
				else if (nd->op == OP_VAR)
					st->esc(st->out, s.p, s.n);
				else
					prr_buf_add_piece(st->out, s.p, s.n);
			}
			break;
		}
		case OP_SECTION:
		case OP_INVERTED:
			r = render_section(st, t, i);
			break;
		case OP_PARTIAL:
		case OP_PARENT:
			r = render_include(st, t, i);
			break;
		case OP_BLOCK:
			r = render_block(st, t, i);
			break;
		}
		i = nd->end;
	}
	st->depth--;
	return r;
}

int prr_tpl_render(prr_buf *out, prr_tpl_env *env, const prr_tpl *t,
		   prr_tpl_escape mode, const prr_tpl_data *ops,
		   const void *root, prr_diags *d)
{
	tpl_state state, *st = &state; /* on the stack: no allocation */
	st->env = env;
	st->out = out;
	st->out0 = out->n;
	st->ops = ops;
	st->vtree = ops == prr_tpl_vtree();
	st->mode = mode;
	st->esc = mode == PRR_TPL_ESC_MARKDOWN ? prr_esc_md : prr_esc_html;
	st->d = d;
	st->steps = 0;
	st->depth = st->partials = 0;
	st->k = st->p_off = st->p_len = 0;
	st->args = NULL;
	st->ctx[0] = root;
	st->nctx = 1;
	st->gen = ++env->renders;
	prr_buf_reset(&env->indent);
	int r = charge(st, t, NULL, t->n);
	if (r == 0)
		r = render_range(st, t, 0, t->n);
	if (r == 0)
		r = charge(st, t, NULL, 0); /* the output of the last round */
	if (r < 0)
		prr_buf_truncate(out, st->out0);
	return r;
}
