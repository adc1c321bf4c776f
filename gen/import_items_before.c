/* import_items_before.c - a list's items that tell a change, the state
 * before beside the state after ("- ❌ Before: `./public/banner.svg`"
 * then "- ✅ After: `./packages/public/banner.svg`"): the one before is
 * history, as a section headed "### Before" is (import_generic.c), no
 * open failure, nor a check, a figure or evidence of this review. */
#include "import_find_items.h"

#include <ctype.h>

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
