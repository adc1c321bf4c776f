/* vtree.c - the data of one page; see include/prr/vtree.h. */
#include "prr/vtree.h"
#include "prr/buf.h"
#include "prr/json.h"

#include <string.h>


prr_vnode *prr_vobj(prr_arena *a)
{
	prr_vnode *v = prr_arena_alloc_uninit(a, sizeof *v);
	v->type = PRR_V_OBJ;
	v->key = (prr_tpl_name){ NULL, 0, 0 };
	v->next = NULL;
	memset(&v->u.kids, 0, sizeof v->u.kids);
	v->u.kids.arena = a;
	return v;
}

prr_vnode *prr_vpush_obj(prr_vnode *l)
{
	/* an element has no name; the bits it adds to the list's summary
	 * are never read (only objects are searched) */
	return prr_vput(l, (prr_tpl_name){ NULL, 0, 0 }, PRR_V_OBJ);
}

static const prr_vnode *find(const prr_vnode *o, const prr_tpl_name *key)
{
	if (!o || o->type != PRR_V_OBJ)
		return NULL;
	uint64_t bits = prr_vsummary_bits(key->hash);
	if ((o->u.kids.summary & bits) != bits)
		return NULL; /* certainly not a member */
	for (const prr_vnode *c = o->u.kids.first; c; c = c->next)
		if (c->key.hash == key->hash && c->key.len == key->len &&
		    memcmp(c->key.s, key->s, key->len) == 0)
			return c;
	return NULL;
}

const prr_vnode *prr_vget(const prr_vnode *o, const char *key)
{
	prr_tpl_name k = prr_tpl_name_of(key);
	return find(o, &k);
}

void prr_vdel(prr_vnode *o, const char *key)
{
	const prr_vnode *x = prr_vget(o, key);
	if (!x)
		return;
	prr_vnode **at = &o->u.kids.first, *prev = NULL;
	while (*at != x) {
		prev = *at;
		at = &(*at)->next;
	}
	*at = x->next;
	if (o->u.kids.last == x)
		o->u.kids.last = prev;
	o->u.kids.n--; /* the summary keeps its bits: "maybe" stays true */
}

const char *prr_vstr(const prr_vnode *v)
{
	return v && v->type == PRR_V_STR ? v->u.str.p : NULL;
}

size_t prr_vsize(const prr_vnode *v)
{
	return v && (v->type == PRR_V_OBJ || v->type == PRR_V_LIST) ? v->u.kids.n : 0;
}

/*** The template engine's adapter ***/

static const void *v_get(const void *v, const prr_tpl_name *name)
{
	return find(v, name);
}

static const void *v_enter(const void *d, bool *list)
{
	const prr_vnode *v = d;
	if (v && v->type == PRR_V_LIST) {
		*list = true;
		return v->u.kids.first;
	}
	return prr_vtruthy(v) ? v : NULL;
}

static const void *v_next(const void *elem)
{
	return ((const prr_vnode *)elem)->next;
}

static int v_text(const void *d, prr_buf *scratch, prr_str *out)
{
	const prr_vnode *v = d;
	switch (v ? v->type : PRR_V_OBJ) {
	case PRR_V_STR:
		out->p = v->u.str.p;
		out->n = v->u.str.n;
		return v->u.str.plain;
	case PRR_V_NUM:
		prr_json_number(scratch, v->u.num);
		break;
	case PRR_V_TRUE:
	case PRR_V_FALSE:
		out->p = v->type == PRR_V_TRUE ? "true" : "false";
		out->n = strlen(out->p);
		return 0;
	default:
		return -1;
	}
	out->p = scratch->p;
	out->n = scratch->n;
	return 0;
}

static const prr_tpl_data vtree_ops = {
	v_get, v_enter, v_next, v_text,
};

const prr_tpl_data *prr_tpl_vtree(void)
{
	return &vtree_ops;
}
