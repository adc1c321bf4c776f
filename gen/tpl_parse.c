/* tpl_parse.c - the Mustache compiler: source to the node list tpl.c
 * renders; see include/prr/tpl.h and gen/tpl_int.h. */
#include "tpl_int.h"
#include "prr/fsutil.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void tpl_error(prr_diags *d, const char *path, const char *src, size_t len,
	       size_t off, const char *fmt, ...)
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
		while (ls > 0 && tpl_is_blank(s[ls - 1]))
			ls--;
		tg->wsb = ls == 0 || s[ls - 1] == '\n';
		while (x < c->len && tpl_is_blank(s[x]))
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
	prr_tpl_name *path = prr_arena_array(ar, parts, sizeof *path);
	nd->path = path;
	for (size_t i = 0, from = 0; i <= n; i++) {
		if (i == n || p[i] == '.') {
			prr_tpl_name *nm = &path[nd->npath];
			*nm = prr_tpl_name_of(prr_arena_strndup(ar, p + from,
								i - from));
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
		while (ws < b && tpl_is_blank(s[ws]))
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

int tpl_compile_locked(const prr_tpl **out, prr_tpl_env *env, const char *path,
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
	tpl_node *nodes = prr_arena_array(&env->arena, c.nnodes ? c.nnodes : 1,
					  sizeof *nodes);
	if (c.nnodes)
		memcpy(nodes, c.nodes, c.nnodes * sizeof *c.nodes);
	t->nodes = nodes;
	t->next = env->list;
	env->list = t;
	*out = t;
	rc = 0;
done:
	free(c.tags);
	free(c.nodes);
	return rc;
}
int prr_tpl_compile(const prr_tpl **out, prr_tpl_env *env, const char *path,
		    const char *text, size_t len, prr_diags *d)
{
	pthread_mutex_lock(&env->lock);
	int rc = tpl_compile_locked(out, env, path, text, len, d);
	pthread_mutex_unlock(&env->lock);
	return rc;
}
