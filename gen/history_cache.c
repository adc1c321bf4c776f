/* history_cache.c - commits' records and walk orders kept in
 * DIR/history.cache; see history_int.h and history.h. */
#include "history_int.h"
#include "prr/fsutil.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/*** The cache ***/

#define CACHE_MAGIC "PRRHIST\n"
#define CACHE_VERSION 1u
#define CACHE_BOM 0x01020304u
#define CACHE_HEADER 32
#define CACHE_FILE "history.cache"

/* A fast 64-bit checksum of the payload (not cryptographic: it catches
 * truncation and damage, the version and magic catch foreign files). */
static uint64_t checksum(const unsigned char *p, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		h ^= get64(p + i);
		h *= 0xBF58476D1CE4E5B9ull;
		h ^= h >> 31;
	}
	for (; i < n; i++) {
		h ^= p[i];
		h *= 0x94D049BB133111EBull;
	}
	return h ^ (h >> 29);
}

static size_t slot_of(const hcache *c, const unsigned char *oid)
{
	return (size_t)get64(oid) & (c->nslots - 1);
}

static void cache_rehash(hcache *c, size_t want)
{
	size_t ns = 1024;
	while (ns < want * 2)
		ns *= 2;
	free(c->slots);
	c->slots = prr_xcalloc(ns, sizeof *c->slots);
	c->nslots = ns;
	for (size_t r = 0; r < c->n; r++) {
		size_t s = slot_of(c, c->recs[r].oid);
		while (c->slots[s])
			s = (s + 1) & (ns - 1);
		c->slots[s] = (uint32_t)(r + 1);
	}
}

/* The index of the record of `oid`, or -1. */
long hist_cache_find(const hcache *c, const unsigned char *oid)
{
	if (!c->nslots)
		return -1;
	for (size_t s = slot_of(c, oid); c->slots[s]; s = (s + 1) & (c->nslots - 1))
		if (memcmp(c->recs[c->slots[s] - 1].oid, oid, GIT_OID_RAWSZ) == 0)
			return (long)c->slots[s] - 1;
	return -1;
}

/* Adds or replaces the record of `oid`; takes `data` (malloc'd). */
uint32_t hist_cache_put(hcache *c, const unsigned char *oid,
			unsigned char *data, uint32_t len)
{
	long at = hist_cache_find(c, oid);
	crec *r;
	if (at >= 0) {
		r = &c->recs[at];
		if (r->owned)
			free((void *)r->data);
	} else {
		if (c->n == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 1024;
			c->recs = prr_xrealloc(c->recs, c->cap * sizeof *c->recs);
		}
		at = (long)c->n++;
		r = &c->recs[at];
		memcpy(r->oid, oid, GIT_OID_RAWSZ);
		if (c->n * 2 > c->nslots) {
			cache_rehash(c, c->n);
		} else {
			size_t s = slot_of(c, oid);
			while (c->slots[s])
				s = (s + 1) & (c->nslots - 1);
			c->slots[s] = (uint32_t)(at + 1);
		}
	}
	r->data = data;
	r->len = len;
	r->owned = true;
	c->dirty = true;
	return (uint32_t)at;
}

static void cache_drop(hcache *c)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->recs[i].owned)
			free((void *)c->recs[i].data);
	for (size_t i = 0; i < c->n_orders; i++)
		free(c->orders[i].idx);
	free(c->recs);
	free(c->slots);
	prr_buf_free(&c->file);
	c->recs = NULL;
	c->slots = NULL;
	c->n = c->cap = c->nslots = c->n_orders = 0;
}

void hist_cache_free(hcache *c)
{
	cache_drop(c);
	free(c->path);
}

/* Parses the file's payload; -1 if anything is off (then nothing is kept). */
static int cache_parse(hcache *c)
{
	const unsigned char *p = (const unsigned char *)c->file.p;
	size_t n = c->file.n;
	if (n < CACHE_HEADER || memcmp(p, CACHE_MAGIC, 8) != 0 ||
	    get32(p + 8) != CACHE_VERSION || get32(p + 12) != CACHE_BOM ||
	    get64(p + 16) != n - CACHE_HEADER ||
	    get64(p + 24) != checksum(p + CACHE_HEADER, n - CACHE_HEADER))
		return -1;
	const unsigned char *q = p + CACHE_HEADER, *end = p + n;
	if (end - q < 4)
		return -1;
	uint32_t nrec = get32(q);
	q += 4;
	if (nrec > (size_t)(end - q) / 24)
		return -1;
	c->cap = nrec ? nrec : 1;
	c->recs = prr_xcalloc(c->cap, sizeof *c->recs);
	for (uint32_t i = 0; i < nrec; i++) {
		if (end - q < 24)
			return -1;
		crec *r = &c->recs[c->n++];
		memcpy(r->oid, q, GIT_OID_RAWSZ);
		r->len = get32(q + 20);
		q += 24;
		if (r->len > (size_t)(end - q) || r->len < REC_FIXED)
			return -1;
		r->data = q;
		q += r->len;
	}
	cache_rehash(c, c->n);
	if (end - q < 4)
		return -1;
	uint32_t nord = get32(q);
	q += 4;
	if (nord > CACHE_MAX_ORDERS)
		return -1;
	for (uint32_t i = 0; i < nord; i++) {
		if (end - q < 44)
			return -1;
		corder *o = &c->orders[c->n_orders++];
		memcpy(o->tip, q, GIT_OID_RAWSZ);
		memcpy(o->hide, q + 20, GIT_OID_RAWSZ);
		o->n = get32(q + 40);
		q += 44;
		if (o->n > (size_t)(end - q) / 4)
			return -1;
		o->idx = prr_xmalloc((o->n ? o->n : 1) * sizeof *o->idx);
		for (size_t k = 0; k < o->n; k++) {
			o->idx[k] = get32(q + 4 * k);
			if (o->idx[k] >= c->n)
				return -1;
		}
		q += 4 * o->n;
	}
	return q == end ? 0 : -1;
}

void hist_cache_open(hcache *c, const char *dir)
{
	memset(c, 0, sizeof *c);
	c->file = (prr_buf)PRR_BUF_INIT;
	if (!dir)
		return;
	c->path = prr_path_join(dir, CACHE_FILE);
	prr_buf err = PRR_BUF_INIT;
	int r = prr_read_file(c->path, (size_t)1 << 31, &c->file, &err);
	prr_buf_free(&err);
	if (r < 0) {
		/* missing: a first run; unreadable: rebuilt by the write */
		prr_buf_free(&c->file);
		cache_rehash(c, 0);
		return;
	}
	if (cache_parse(c) < 0) {
		cache_drop(c);
		cache_rehash(c, 0);
		c->rebuilt = true;
		c->dirty = true;
	}
}

corder *hist_cache_order(hcache *c, const git_oid *tip, const git_oid *hide)
{
	static const unsigned char zero[GIT_OID_RAWSZ];
	for (size_t i = 0; i < c->n_orders; i++)
		if (memcmp(c->orders[i].tip, tip->id, GIT_OID_RAWSZ) == 0 &&
		    memcmp(c->orders[i].hide, hide ? hide->id : zero,
			   GIT_OID_RAWSZ) == 0)
			return &c->orders[i];
	return NULL;
}

/* Records the walk order of (tip, hide) as the newest one kept. */
void hist_cache_add_order(hcache *c, const git_oid *tip, const git_oid *hide,
			  uint32_t *idx, size_t n)
{
	if (c->n_orders == CACHE_MAX_ORDERS)
		free(c->orders[--c->n_orders].idx);
	memmove(&c->orders[1], &c->orders[0], c->n_orders * sizeof c->orders[0]);
	c->n_orders++;
	corder *o = &c->orders[0];
	memcpy(o->tip, tip->id, GIT_OID_RAWSZ);
	memset(o->hide, 0, GIT_OID_RAWSZ);
	if (hide)
		memcpy(o->hide, hide->id, GIT_OID_RAWSZ);
	o->idx = idx;
	o->n = n;
	c->dirty = true;
}

int hist_cache_save(hcache *c, prr_buf *err)
{
	if (!c->path || !c->dirty)
		return 0;
	prr_buf b = PRR_BUF_INIT;
	const char *dir_end = strrchr(c->path, '/');
	if (dir_end) {
		char *dir = prr_xstrdup(c->path);
		dir[dir_end - c->path] = '\0';
		if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
			prr_buf_addf(err, "cannot create cache folder '%s': %s",
				     dir, strerror(errno));
			free(dir);
			return -1;
		}
		free(dir);
	}
	prr_buf_add(&b, CACHE_MAGIC, 8);
	put32(&b, CACHE_VERSION);
	put32(&b, CACHE_BOM);
	put64(&b, 0);
	put64(&b, 0);
	put32(&b, (uint32_t)c->n);
	for (size_t i = 0; i < c->n; i++) {
		prr_buf_add(&b, c->recs[i].oid, GIT_OID_RAWSZ);
		put32(&b, c->recs[i].len);
		prr_buf_add(&b, c->recs[i].data, c->recs[i].len);
	}
	put32(&b, (uint32_t)c->n_orders);
	for (size_t i = 0; i < c->n_orders; i++) {
		prr_buf_add(&b, c->orders[i].tip, GIT_OID_RAWSZ);
		prr_buf_add(&b, c->orders[i].hide, GIT_OID_RAWSZ);
		put32(&b, (uint32_t)c->orders[i].n);
		prr_buf_add(&b, c->orders[i].idx, c->orders[i].n * 4);
	}
	uint64_t len = b.n - CACHE_HEADER;
	uint64_t sum = checksum((unsigned char *)b.p + CACHE_HEADER, len);
	memcpy(b.p + 16, &len, 8);
	memcpy(b.p + 24, &sum, 8);
	prr_buf e = PRR_BUF_INIT;
	int rc = prr_write_file_atomic(c->path, b.p, b.n, &e);
	if (rc < 0)
		prr_buf_addf(err, "cannot write the history cache: %s", e.p);
	prr_buf_free(&e);
	prr_buf_free(&b);
	return rc;
}
