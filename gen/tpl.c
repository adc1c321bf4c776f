/* tpl.c - the Mustache environment and renderer; see include/prr/tpl.h
 * (the compiler is tpl_parse.c, the compiled form gen/tpl_int.h). */
#include "tpl_int.h"
#include "prr/escape.h"
#include "prr/fsutil.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

prr_tpl_escape prr_tpl_escape_for(const char *filename)
{
	return prr_ends_with(filename, ".md.mustache") ? PRR_TPL_ESC_MARKDOWN
						       : PRR_TPL_ESC_HTML;
}

const char *prr_tpl_path(const prr_tpl *t)
{
	return t->path;
}

/*** Environment ***/

prr_tpl_env *prr_tpl_env_new(prr_tpl_loader load, void *ud)
{
	prr_tpl_env *env = prr_xcalloc(1, sizeof *env);
	pthread_mutex_init(&env->lock, NULL);
	env->load = load;
	env->ud = ud;
	env->strict = true;
	env->max_steps = PRR_TPL_MAX_STEPS;
	env->max_output = PRR_TPL_MAX_OUTPUT;
	return env;
}

void prr_tpl_env_free(prr_tpl_env *env)
{
	if (!env)
		return;
	prr_arena_free(&env->arena);
	pthread_mutex_destroy(&env->lock);
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
static prr_tpl *env_get_locked(prr_tpl_env *env, const char *name,
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
		if (tpl_compile_locked(&ct, env, path.p, text.p, text.n, d) == 0)
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

/* env_get_locked for any thread. */
static const prr_tpl *env_get(prr_tpl_env *env, const char *name,
			      prr_tpl_escape mode, prr_diags *d)
{
	pthread_mutex_lock(&env->lock);
	const prr_tpl *t = env_get_locked(env, name, mode, d);
	pthread_mutex_unlock(&env->lock);
	return t;
}

int prr_tpl_load(const prr_tpl **out, prr_tpl_env *env, const char *name,
		 prr_tpl_escape mode, prr_diags *d)
{
	*out = NULL;
	const prr_tpl *t = env_get(env, name, mode, d);
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
	prr_buf indent;  /* the indentation stack */
	prr_buf scratch; /* a number's text */
	prr_buf dyn;     /* a dynamic name */
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
	for (uint32_t k = st->k; k && p < end && tpl_is_blank(*p); k--)
		p++;
	if (st->p_len)
		prr_buf_add(st->out, st->indent.p + st->p_off, st->p_len);
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

/* A node's name in the context stack: the innermost context that has
 * its first part, then the other parts down from there. */
static const void *lookup(tpl_state *st, const tpl_node *nd)
{
	if (nd->npath == 0)
		return st->ctx[st->nctx - 1];
	const prr_tpl_data *ops = st->ops;
	const void *v = NULL;
	unsigned i = st->nctx;
	while (i-- > 0 && (v = ops->get(st->ctx[i], &nd->path[0])) == NULL)
		;
	for (uint16_t j = 1; v && j < nd->npath; j++)
		v = ops->get(v, &nd->path[j]);
	return v;
}

static int value_text(tpl_state *st, const void *v, prr_str *s)
{
	if (!v)
		return -1;
	prr_buf_reset(&st->scratch);
	return st->ops->text(v, &st->scratch, s);
}

/* Makes the indentation indent[o1..+l1) + indent[o2..+l2) + rel current;
 * the caller restores k/p_off/p_len and truncates the stack. */
static void set_indent(tpl_state *st, uint32_t o1, uint32_t l1, uint32_t o2,
		       uint32_t l2, const char *rel, size_t rl)
{
	prr_buf *b = &st->indent;
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
		prr_buf_reset(&st->dyn);
		prr_buf_add(&st->dyn, s.p, s.n);
		name = st->dyn.p;
		if (strlen(name) != s.n)
			return 0;
	}
	const prr_tpl *p = env_get(st->env, name, st->mode, st->d);
	if (!p)
		return fail(st, t, nd->off, "cannot use template '%s'", name);
	*out = p;
	if (p->missing) {
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

static int render_section(tpl_state *st, const prr_tpl *t, uint32_t i)
{
	const tpl_node *nd = &t->nodes[i];
	bool list = false;
	const void *c = st->ops->enter(lookup(st, nd), &list);
	int r = 0;
	if (nd->op == OP_INVERTED)
		return c ? 0 : render_range(st, t, i + 1, nd->end);
	while (c && r == 0 && (r = charge(st, t, nd, nd->end - i)) == 0) {
		st->ctx[st->nctx++] = c;
		r = render_range(st, t, i + 1, nd->end);
		st->nctx--;
		if (r == 0)
			c = list ? st->ops->next(c) : NULL;
	}
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
	size_t saved = st->indent.n;
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
	prr_buf_truncate(&st->indent, saved);
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
	size_t saved = st->indent.n;
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
			prr_buf_add(st->out, st->indent.p + st->p_off,
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
	prr_buf_truncate(&st->indent, saved);
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
			int plain = value_text(st, lookup(st, nd), &s);
			bool html = st->mode == PRR_TPL_ESC_HTML;
			if (plain < 0 || !s.n)
				break;
			if (nd->op == OP_RAW || (html && plain))
				prr_buf_add_piece(st->out, s.p, s.n);
			else if (html)
				prr_esc_html(st->out, s.p, s.n);
			else
				st->esc(st->out, s.p, s.n);
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
	st->mode = mode;
	st->esc = mode == PRR_TPL_ESC_MARKDOWN ? prr_esc_md : prr_esc_html;
	st->d = d;
	st->steps = 0;
	st->depth = st->partials = 0;
	st->k = st->p_off = st->p_len = 0;
	st->args = NULL;
	st->ctx[0] = root;
	st->nctx = 1;
	prr_buf_init(&st->indent);
	prr_buf_init(&st->scratch);
	prr_buf_init(&st->dyn);
	int r = charge(st, t, NULL, t->n);
	if (r == 0)
		r = render_range(st, t, 0, t->n);
	if (r == 0)
		r = charge(st, t, NULL, 0); /* the output of the last round */
	if (r < 0)
		prr_buf_truncate(out, st->out0);
	prr_buf_free(&st->indent);
	prr_buf_free(&st->scratch);
	prr_buf_free(&st->dyn);
	return r;
}
