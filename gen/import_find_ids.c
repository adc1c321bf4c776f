/* import_find_ids.c - the first finding of an ID (imp_finding_by_id),
 * found by a hash of the findings' IDs kept as findings are added: a
 * paragraph that says "… was fixed" looked through every finding, and
 * 25,000 such paragraphs among as many findings took seconds. */
#include "import_find_items.h"
#include "prr/buf.h"

#include <stdlib.h>
#include <string.h>

struct imp_ids {
	size_t m;     /* findings 0..m-1 indexed */
	size_t cap;   /* slots, a power of two, more than twice m */
	size_t *slot; /* the first finding of an ID, plus one; 0 empty */
	bool stale;   /* an indexed finding's ID changed: all again */
};

static size_t hash(const char *s, size_t n)
{
	size_t h = 14695981039346656037u; /* (FNV-1a) */
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

/* The slot of s[0..n): the one holding a finding of that ID, or the
 * empty one where it goes. */
static size_t *slot_of(const imp *im, struct imp_ids *x, const char *s, size_t n)
{
	size_t k = hash(s, n) & (x->cap - 1);
	for (;; k = (k + 1) & (x->cap - 1)) {
		if (!x->slot[k])
			return &x->slot[k];
		const char *id = im->r->findings[x->slot[k] - 1].id;
		if (strlen(id) == n && memcmp(id, s, n) == 0)
			return &x->slot[k];
	}
}

/* The index of the findings as they are now: those added since indexed,
 * and all again where one was taken out or had its ID changed. */
static struct imp_ids *synced(imp *im)
{
	struct imp_ids *x = im->ids;
	if (!x)
		x = im->ids = prr_xcalloc(1, sizeof *x);
	size_t n = im->r->n_findings;
	if (x->stale || x->m > n || 2 * n >= x->cap) {
		while (2 * n >= x->cap)
			x->cap = x->cap ? 2 * x->cap : 64;
		free(x->slot);
		x->slot = prr_xcalloc(x->cap, sizeof *x->slot);
		x->m = 0;
		x->stale = false;
	}
	for (; x->m < n; x->m++) {
		const char *id = im->r->findings[x->m].id;
		size_t *at = id ? slot_of(im, x, id, strlen(id)) : NULL;
		if (at && !*at) /* (the first of an ID stays) */
			*at = x->m + 1;
	}
	return x;
}

/* (import_find_items.h) */
size_t imp_finding_by_id(imp *im, const char *s, size_t n)
{
	if (!im->r->n_findings)
		return NONE;
	size_t k = *slot_of(im, synced(im), s, n);
	return k ? k - 1 : NONE;
}

/* (import_find_items.h) */
void imp_finding_set_id(imp *im, size_t f, const char *id)
{
	im->r->findings[f].id = id;
	if (im->ids && f < im->ids->m)
		im->ids->stale = true;
}

void imp_ids_free(imp *im)
{
	if (im->ids)
		free(im->ids->slot);
	free(im->ids);
	im->ids = NULL;
}
