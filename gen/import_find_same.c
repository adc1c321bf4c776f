/* import_find_same.c - a finding listed before under another wording of
 * the same title (imp_same_finding), found among the findings before it
 * kept in the order of their titles' stems in lower case: only those
 * whose stems open as much alike as the same title's must are compared. */
#include "import_find_items.h"
#include "prr/buf.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The first SAME_MAX findings are compared (a summary lists fewer). */
#define SAME_MAX 1000

/* A finding compared: its index, its title when indexed, its stem's
 * length, and how many bytes its stem (in lower case) shares with the
 * stem before it in the order. */
typedef struct same_ent {
	const char *title;
	size_t i, b, lcp;
} same_ent;

struct imp_same {
	size_t m;                    /* findings 0..m-1 indexed, m entries */
	const char *title[SAME_MAX]; /* finding i's title when indexed */
	same_ent e[SAME_MAX];        /* by stem in lower case */
	/* the shortest stem of e[0..p] and of e[p..m) */
	size_t min_to[SAME_MAX], min_from[SAME_MAX];
};

/* How many bytes x[0..xn) and y[0..yn) share at their start, in lower
 * case. */
static size_t common(const char *x, size_t xn, const char *y, size_t yn)
{
	size_t k = 0;
	while (k < xn && k < yn && lower((unsigned char)x[k]) == lower((unsigned char)y[k]))
		k++;
	return k;
}

/* Whether x[0..xn) comes before y[0..yn) in lower case. */
static bool before(const char *x, size_t xn, const char *y, size_t yn)
{
	size_t k = common(x, xn, y, yn);
	return k < yn && (k == xn || lower((unsigned char)x[k]) < lower((unsigned char)y[k]));
}

/* Sets e[p].lcp from the entry before it (none for the first). */
static void link_at(struct imp_same *x, size_t p)
{
	if (p < x->m)
		x->e[p].lcp = p ? common(x->e[p - 1].title, x->e[p - 1].b,
					 x->e[p].title, x->e[p].b) : 0;
}

static void drop(struct imp_same *x, size_t i)
{
	size_t p = 0;
	while (x->e[p].i != i)
		p++;
	memmove(x->e + p, x->e + p + 1, (x->m - p - 1) * sizeof x->e[0]);
	x->m--;
	link_at(x, p);
}

static void add(struct imp_same *x, size_t i, const char *title)
{
	size_t b = imp_title_stem(title), lo = 0, hi = x->m;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (before(title, b, x->e[mid].title, x->e[mid].b))
			hi = mid;
		else
			lo = mid + 1;
	}
	memmove(x->e + lo + 1, x->e + lo, (x->m - lo) * sizeof x->e[0]);
	x->e[lo] = (same_ent){ .title = title, .i = i, .b = b };
	x->m++;
	x->title[i] = title;
	link_at(x, lo);
	link_at(x, lo + 1);
}

/* The index of the first findings as they are now: those retitled or
 * taken out since indexed again. */
static struct imp_same *synced(imp *im)
{
	struct imp_same *x = im->same;
	if (!x)
		x = im->same = prr_xcalloc(1, sizeof *x);
	size_t n = im->r->n_findings < SAME_MAX ? im->r->n_findings : SAME_MAX;
	if (x->m > n) /* (findings taken out: all again) */
		x->m = 0;
	size_t had = x->m;
	bool changed = had < n;
	for (size_t i = 0; i < had; i++)
		if (im->r->findings[i].title != x->title[i]) {
			drop(x, i);
			add(x, i, im->r->findings[i].title);
			changed = true;
		}
	for (size_t i = had; i < n; i++)
		add(x, i, im->r->findings[i].title);
	for (size_t p = 0; changed && p < x->m; p++) {
		size_t q = x->m - 1 - p;
		x->min_to[p] = p && x->min_to[p - 1] < x->e[p].b ? x->min_to[p - 1] : x->e[p].b;
		x->min_from[q] = p && x->min_from[q + 1] < x->e[q].b ? x->min_from[q + 1]
								    : x->e[q].b;
	}
	return x;
}

void imp_same_free(imp *im)
{
	free(im->same);
	im->same = NULL;
}

/* What follows the " - " after a stem of a bytes, to its "(" or end
 * (trailing spaces off); its length in *rn, or NULL without one. */
static const char *after_dash(const char *t, size_t a, size_t *rn)
{
	if (strncmp(t + a, " - ", 3) != 0)
		return NULL;
	const char *r = t + a + 3, *e = strchr(r, '(');
	*rn = e ? (size_t)(e - r) : strlen(r);
	while (*rn && r[*rn - 1] == ' ')
		(*rn)--;
	return r;
}

/* (import_find_items.h) */
bool imp_title_other_parts(const char *x, size_t a, const char *y, size_t b)
{
	size_t xn = 0, yn = 0;
	bool blocking;
	const char *xr = after_dash(x, a, &xn), *yr = after_dash(y, b, &yn);
	return xr && yr && xn && yn && (xn != yn || strncasecmp(xr, yr, xn) != 0) &&
	       prr_rec_severity(xr, xn, &blocking) == PRR_SEV_UNKNOWN &&
	       prr_rec_severity(yr, yn, &blocking) == PRR_SEV_UNKNOWN;
}

/*
 * Whether finding i is `title` (its stem a bytes long) under another
 * wording: titles are the same when one's stem begins three quarters or
 * more of the other's ("Gunicorn not used (Critical)", then "#### 1.
 * Gunicorn not used").
 */
static bool same_as(imp *im, size_t i, const char *title, size_t a,
		    const char *id, size_t id_n)
{
	/* "**SEC-1** Missing rate limiting" and "**SEC-2** Missing rate
	 * limiting" are two findings (an ID prr gave, "F3", is none
	 * stated) */
	const char *fid = im->r->findings[i].id;
	if (id && fid && (strncmp(fid, id, id_n) != 0 || fid[id_n]) &&
	    !(fid[0] == 'F' && fid[1] &&
	      strspn(fid + 1, "0123456789") == strlen(fid + 1)))
		return false;
	const char *o = im->r->findings[i].title;
	size_t b = imp_title_stem(o), k = 0, shorter = a < b ? a : b;
	if (imp_title_other_parts(o, b, title, a))
		return false;
	while (k < shorter && lower((unsigned char)o[k]) == lower((unsigned char)title[k]))
		k++;
	/* (in whole words: "Implement RBAC" is not "Implement Rate
	 * Limiting", which shares its "R") */
	while (k < shorter && k && isalnum((unsigned char)title[k - 1]) &&
	       (isalnum((unsigned char)title[k]) || isalnum((unsigned char)o[k])))
		k--;
	return shorter >= 6 && k * 4 >= shorter * 3;
}

/*
 * The first such finding.  Compared with every finding before it, each
 * new one made a document of 20,000 findings take 17 s; compared with
 * the first thousand, one of 50,000 took 4 s.  Now only those whose
 * stems share, at their start, three quarters of the shorter stem (and
 * five bytes or more) are: the sorted stems next to the title's, fewer
 * bytes shared the farther away, up to where the title's stem and every
 * stem beyond are longer than 4/3 of the bytes shared.
 */
prr_finding *imp_same_finding(imp *im, const char *title, const char *id,
			      size_t id_n)
{
	/* (a stem of six or more) */
	size_t a = imp_title_stem(title), best = SAME_MAX;
	if (a < 6 || !im->r->n_findings)
		return NULL;
	struct imp_same *x = synced(im);
	size_t lo = 0, hi = x->m;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (before(x->e[mid].title, x->e[mid].b, title, a))
			lo = mid + 1;
		else
			hi = mid;
	}
	/* after it, then before it: l the bytes shared with e[p] */
	for (int side = 0; side < 2; side++) {
		size_t p = lo - (size_t)side, l = 0;
		if (side ? lo > 0 : lo < x->m)
			l = common(title, a, x->e[p].title, x->e[p].b);
		while (l >= 5) {
			same_ent *e = &x->e[p];
			if (e->i < best && l * 4 >= 3 * (a < e->b ? a : e->b) &&
			    same_as(im, e->i, title, a, id, id_n))
				best = e->i;
			size_t q = side ? p - 1 : p + 1;
			if (side ? p == 0 : q == x->m)
				break;
			l = side ? (e->lcp < l ? e->lcp : l)
				 : (x->e[q].lcp < l ? x->e[q].lcp : l);
			p = q;
			if (l * 4 < 3 * a &&
			    l * 4 < 3 * (side ? x->min_to[p] : x->min_from[p]))
				break;
		}
	}
	return best < SAME_MAX ? &im->r->findings[best] : NULL;
}
