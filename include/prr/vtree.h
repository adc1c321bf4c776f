/*
 * vtree.h - the data of one page: a small tree built for the templates.
 *
 * The view (gen/view*.c) shapes the figures of each page into strings,
 * numbers, booleans, lists and objects, renders the page once and drops
 * it.  cJSON served for that at first; a page of the site is thousands
 * of such values, and building cJSON nodes (a malloc'd node and a copied
 * string each) and finding names in them (a strcmp per member, for every
 * name the template looks up, climbing the context stack) was half of
 * `prr build`.  A vtree:
 *
 *   - lives in one arena (the page's; emptied after it is written);
 *   - borrows its keys (the view names every member with a string literal)
 *     and, where asked, strings that outlive it;
 *   - keeps each member's key as the engine names what it looks up
 *     (prr_tpl_name: length and hash), and, per object, a 64-bit summary
 *     of its members' hashes, so a template name missing from an object
 *     is usually known absent without reading a member.  The functions
 *     that put a member are inline: for a key written as a literal the
 *     compiler works out its length and hash (prr_tpl_name_of).
 *
 * Objects keep their members in order; a name given twice is found as
 * its first member (as cJSON does).  prr_tpl_vtree() is its adapter for
 * the template engine, with the same truthiness as cJSON's; the engine
 * reaches a vtree only through it (tpl.h's data interface), as it does
 * cJSON.
 */
#ifndef PRR_VTREE_H
#define PRR_VTREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "prr/arena.h"
#include "prr/tpl.h"

typedef enum prr_vtype {
	PRR_V_FALSE,
	PRR_V_TRUE,
	PRR_V_NUM,
	PRR_V_STR,
	PRR_V_LIST,
	PRR_V_OBJ,
} prr_vtype;

typedef struct prr_vnode prr_vnode;
struct prr_vnode {
	prr_vtype type;
	prr_tpl_name key;   /* member name (borrowed); s NULL in a list */
	prr_vnode *next;    /* the next member or element */
	union {
		struct {
			const char *p;  /* in the arena, or borrowed */
			size_t n;
			bool plain;     /* no byte HTML escapes: & < > " ' */
		} str;
		double num;
		struct {
			prr_vnode *first, *last;
			prr_arena *arena;   /* where members are made */
			uint64_t summary;   /* a bit per member hash (two) */
			size_t n;
		} kids;
	} u;
};

/* A new empty object or list in `a`. */
prr_vnode *prr_vobj(prr_arena *a);

/* Two bits of an object's 64-bit member summary per hash. */
static inline uint64_t prr_vsummary_bits(uint32_t h)
{
	return (UINT64_C(1) << (h & 63)) | (UINT64_C(1) << ((h >> 6) & 63));
}

/* A new member of object `o` named `key` (borrowed: it must outlive the
 * tree), of `type`, its value unset: the prr_vput_* below set it.
 * Inline: where the key is a literal, its summary bits are worked out by
 * the compiler, and so is the choice between a scalar and a container. */
static inline prr_vnode *prr_vput(prr_vnode *o, prr_tpl_name key,
				  prr_vtype type)
{
	prr_vnode *v = prr_arena_alloc_uninit(o->u.kids.arena, sizeof *v);
	v->type = type;
	v->key = key;
	v->next = NULL;
	if (type == PRR_V_OBJ || type == PRR_V_LIST) {
		memset(&v->u.kids, 0, sizeof v->u.kids);
		v->u.kids.arena = o->u.kids.arena;
	}
	o->u.kids.summary |= prr_vsummary_bits(key.hash);
	if (o->u.kids.last)
		o->u.kids.last->next = v;
	else
		o->u.kids.first = v;
	o->u.kids.last = v;
	o->u.kids.n++;
	return v;
}

/* Members of object `o`; strings are copied.  Keys are borrowed and must
 * outlive the tree (the view names members with string literals).  Each
 * returns the new member. */
static inline prr_vnode *prr_vput_str(prr_vnode *o, const char *key,
				      const char *s, size_t n)
{
	prr_vnode *v = prr_vput(o, prr_tpl_name_of(key), PRR_V_STR);
	char *p = prr_arena_alloc_str(o->u.kids.arena, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	v->u.str.p = p;
	v->u.str.n = n;
	v->u.str.plain = false;
	return v;
}

/* The same, borrowing `s` (`n` bytes, then a NUL), which must outlive
 * the tree: literals, and the model's strings while a site is written. */
static inline prr_vnode *prr_vput_ref(prr_vnode *o, const char *key,
				      const char *s, size_t n)
{
	prr_vnode *v = prr_vput(o, prr_tpl_name_of(key), PRR_V_STR);
	v->u.str.p = s;
	v->u.str.n = n;
	v->u.str.plain = false;
	return v;
}

/* Marks string member `v` as holding no byte HTML escapes (& < > " '),
 * which its maker knows (digits, words of prr's own tables): the engine
 * prints it in a page as it is (tpl.h's text).  Returns `v`. */
static inline prr_vnode *prr_vplain(prr_vnode *v)
{
	v->u.str.plain = true;
	return v;
}

static inline prr_vnode *prr_vput_bool(prr_vnode *o, const char *key, bool b)
{
	return prr_vput(o, prr_tpl_name_of(key), b ? PRR_V_TRUE : PRR_V_FALSE);
}

static inline prr_vnode *prr_vput_num(prr_vnode *o, const char *key, double x)
{
	prr_vnode *v = prr_vput(o, prr_tpl_name_of(key), PRR_V_NUM);
	v->u.num = x;
	return v;
}

static inline prr_vnode *prr_vput_obj(prr_vnode *o, const char *key)
{
	return prr_vput(o, prr_tpl_name_of(key), PRR_V_OBJ);
}

static inline prr_vnode *prr_vput_list(prr_vnode *o, const char *key)
{
	return prr_vput(o, prr_tpl_name_of(key), PRR_V_LIST);
}

/* A new object at the end of list `l`. */
prr_vnode *prr_vpush_obj(prr_vnode *l);

/* The first member `key` of `o` (NULL when `o` is no object or lacks
 * it); removes it; its string (NULL unless a string); list/object size. */
const prr_vnode *prr_vget(const prr_vnode *o, const char *key);
void prr_vdel(prr_vnode *o, const char *key);
const char *prr_vstr(const prr_vnode *v);
size_t prr_vsize(const prr_vnode *v);

/* The template engine's view of a vtree (values are `const prr_vnode *`). */
const prr_tpl_data *prr_tpl_vtree(void);

/* Falsy as for cJSON: missing, false, an empty string (an empty list
 * renders no section either); numbers, 0 included, are truthy. */
static inline bool prr_vtruthy(const prr_vnode *v)
{
	if (!v || v->type == PRR_V_FALSE)
		return false;
	if (v->type == PRR_V_STR)
		return v->u.str.n > 0;
	return true;
}

#endif
