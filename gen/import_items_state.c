/* import_items_state.c - what a list's items say of their state beyond
 * their marks.  Items that tell a change, the state before beside the
 * state after ("- ❌ Before: `./public/banner.svg`" then "- ✅ After:
 * `./packages/public/banner.svg`"): the one before is history, as a
 * section headed "### Before" is (import_generic.c), no open failure, nor
 * a check, a figure or evidence of this review.  And an item's own
 * "Status:" line under it ("19. ⏳ **Performance Optimizations**" over
 * "- Status: Partially complete"). */
#include "import_find_items.h"

#include <ctype.h>
#include <stdio.h>

/* Whether s[0..n) opens, past its marks and emphasis, with one of
 * `labels` and a colon ("Before:", "**Before**:", "**Antes:**"). */
static bool opens_label(const char *s, size_t n, const char *const *labels)
{
	size_t i = prr_status_lead(s, n);
	while (i < n && (s[i] == ' ' || s[i] == '*' || s[i] == '_'))
		i++;
	size_t w = i;
	while (w < n && (isalpha((unsigned char)s[w]) || (unsigned char)s[w] >= 0x80))
		w++;
	if (w == i || !imp_is_one_of(s + i, w - i, labels))
		return false;
	while (w < n && (s[w] == ' ' || s[w] == '*' || s[w] == '_'))
		w++;
	return w < n && s[w] == ':';
}

void imp_items_before_after(item *items, size_t n)
{
	static const char *const before[] = { "before", "antes", "avant",
		"vorher", "previously", NULL };
	static const char *const after[] = { "after", "now", "después",
		"ahora", "depois", "agora", "après", "maintenant", "nachher",
		"jetzt", NULL };
	bool changed = false;
	for (size_t k = 0; k < n && !changed; k++)
		changed = opens_label(items[k].raw, items[k].raw_n, after);
	for (size_t k = 0; changed && k < n; k++) {
		item *it = &items[k];
		if (it->task || !opens_label(it->raw, it->raw_n, before))
			continue;
		/* (its marks are then's: "❌ Before:") */
		it->earlier = it->marks_known &&
				      (it->lead || (it->tail && it->tail < it->raw_n)) ? 2 : 1;
		it->lead = it->tail = it->said_title = 0;
		it->marks = PRR_UNKNOWN;
		it->marks_known = false;
	}
}

/* The checklist item `list` tells the status of: the parent item of a
 * list nested in one ("19. ⏳ **X**" over "    - Status: …"), or the last
 * item of the list right before it, nothing between (the same lines
 * indented less than the number's width: a list of its own); or NULL. */
static prr_checkitem *item_above(imp *im, size_t list)
{
	if (!im->r->n_checklists || im->cl_at >= im->r->n_checklists)
		return NULL;
	prr_checklist *cl = &im->r->checklists[im->cl_at];
	size_t par = im->nodes[list].parent;
	if (!cl->n_items)
		return NULL;
	if (!par)
		return im->cl_nested || im->cl_top + 1 != im->n_top
			       ? NULL : &cl->items[cl->n_items - 1];
	if (im->nodes[par].type != MD_BLOCK_LI || im->cl_list != im->nodes[par].parent)
		return NULL;
	/* (its items in the order of their lines) */
	int line = imp_node_line(im, par);
	size_t lo = 0, hi = cl->n_items;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cl->items[mid].line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < cl->n_items && cl->items[lo].line == line ? &cl->items[lo] : NULL;
}

bool imp_items_status_line(imp *im, size_t list, const item *items, size_t n)
{
	prr_str nm, val;
	if (!n || items[0].task ||
	    !imp_split_field(items[0].raw, items[0].raw_n, &nm, &val) ||
	    !imp_status_label(prr_arena_strndup(&im->tmp, nm.p, nm.n)))
		return false;
	bool known;
	prr_status said = prr_status_from_text(val.p, val.n, &known);
	prr_checkitem *it = known ? item_above(im, list) : NULL;
	if (!it)
		return false;
	/* the work under way, its line saying how far (as "⏳ Partial") */
	if (it->status == PRR_PENDING && said == PRR_PARTIAL)
		it->status = said;
	return true;
}
