/* arena.c - block arena; see include/prr/arena.h. */
#include "prr/arena.h"
#include "prr/buf.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_ALIGN PRR_ARENA_ALIGN
#define ARENA_BLOCK (64 * 1024)

struct prr_arena_block {
	prr_arena_block *next;
	size_t size;
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

static size_t round_up(size_t n)
{
	return (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
}

/*
 * `n` bytes aligned to `align` (a power of two, at most ARENA_ALIGN), not
 * zeroed, when the inline functions of arena.h found no room in the head
 * block (or a PRR_ARENA_MALLOC build, where they never do).  Strings take
 * align 1: rounding each to 16 bytes made a quarter of an imported
 * review's arena padding.
 */
void *prr_arena_bump(prr_arena *a, size_t n, size_t align)
{
	if (n > SIZE_MAX / 2)
		prr_die_oom();
	if (!n)
		n = 1;
#ifdef PRR_ARENA_MALLOC
	/* one block per allocation, so sanitizers see each object */
	(void)align;
	n = round_up(n);
	prr_arena_block *b = prr_xcalloc(1, sizeof *b + n);
	b->size = n;
	b->next = a->head;
	a->head = b;
	return b->data;
#else
	size_t pad = (size_t)-(uintptr_t)a->cur & (align - 1);
	if (a->head && (uintptr_t)a->lim - (uintptr_t)a->cur >= n + pad) {
		void *p = a->cur + pad;
		a->cur += pad + n;
		return p;
	}
	bool big = n > ARENA_BLOCK / 4;
	size_t size = big ? round_up(n) : ARENA_BLOCK;
	prr_arena_block *b = prr_xmalloc(sizeof *b + size);
	b->size = size;
	if (a->head && big) {
		/* a big one-off: slot it behind the current block so the
		 * current block's free tail stays usable */
		b->next = a->head->next;
		a->head->next = b;
		return b->data;
	}
	b->next = a->head;
	a->head = b;
	a->cur = b->data + n;
	a->lim = b->data + size;
	return b->data;
#endif
}

void *prr_arena_alloc(prr_arena *a, size_t n)
{
	void *p = prr_arena_alloc_uninit(a, n);
	memset(p, 0, n ? n : 1);
	return p;
}

void *prr_arena_array(prr_arena *a, size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		prr_die_oom();
	return prr_arena_alloc(a, count * size);
}

char *prr_arena_strndup(prr_arena *a, const char *s, size_t n)
{
	char *p = prr_arena_alloc_str(a, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *prr_arena_strdup(prr_arena *a, const char *s)
{
	return prr_arena_strndup(a, s, strlen(s));
}

char *prr_arena_printf(prr_arena *a, const char *fmt, ...)
{
	/* most results are short: format on the stack, not in a malloc'd
	 * buffer that is freed right after */
	char tmp[256];
	va_list ap;
	va_start(ap, fmt);
	int len = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (len >= 0 && (size_t)len < sizeof tmp)
		return prr_arena_strndup(a, tmp, (size_t)len);
	prr_buf b = PRR_BUF_INIT;
	va_start(ap, fmt);
	prr_buf_vaddf(&b, fmt, ap);
	va_end(ap);
	char *p = prr_arena_strndup(a, b.p, b.n);
	prr_buf_free(&b);
	return p;
}

void *prr_arena_grow(prr_arena *a, void *arr, size_t *cap, size_t need,
		     size_t size)
{
	if (need <= *cap)
		return arr;
	size_t ncap = *cap ? *cap : 4;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			prr_die_oom();
		ncap *= 2;
	}
	if (size && ncap > SIZE_MAX / size)
		prr_die_oom();
	/* Not zeroed: the copied part is overwritten at once, and zeroing
	 * the spare half touched (page-faulted) memory that a review's big
	 * arrays mostly never use.  Callers zero what they take
	 * (PRR_VEC_PUSH does). */
	void *p = prr_arena_alloc_uninit(a, ncap * size);
	if (*cap)
		memcpy(p, arr, *cap * size);
	*cap = ncap;
	return p;
}

/*
 * Gives back the storage of `arr` (`n` bytes, allocated with at least that
 * size) if it had a block of its own: a big allocation has (see bump), or
 * with PRR_ARENA_MALLOC every one.  Anything else stays until the arena is
 * freed.  The head block is never given back (bump allocates from it).
 */
static void release(prr_arena *a, void *arr, size_t n)
{
#ifndef PRR_ARENA_MALLOC
	if (n <= ARENA_BLOCK / 4)
		return; /* shares a block with other allocations */
#else
	(void)n;
#endif
	if (!a->head)
		return;
	for (prr_arena_block **pb = &a->head->next; *pb; pb = &(*pb)->next) {
		prr_arena_block *b = *pb;
		if ((void *)b->data == arr) {
			*pb = b->next;
			free(b);
			return;
		}
	}
}

void *prr_arena_regrow(prr_arena *a, void *arr, size_t *cap, size_t need,
		       size_t size)
{
	size_t old = *cap;
	void *p = prr_arena_grow(a, arr, cap, need, size);
	if (p != arr && arr && old)
		release(a, arr, old * size);
	return p;
}


static void free_blocks(prr_arena_block *b)
{
	while (b) {
		prr_arena_block *next = b->next;
		free(b);
		b = next;
	}
}

size_t prr_arena_size(const prr_arena *a)
{
	size_t n = 0;
	for (const prr_arena_block *b = a->head; b; b = b->next)
		n += b->size;
	return n;
}

void prr_arena_free(prr_arena *a)
{
	free_blocks(a->head);
	a->head = NULL;
	a->cur = a->lim = NULL;
}

void prr_arena_reset(prr_arena *a)
{
#ifdef PRR_ARENA_MALLOC
	prr_arena_free(a); /* sanitizers see each object freed */
#else
	prr_arena_block *keep = a->head;
	if (!keep || keep->size != ARENA_BLOCK) { /* a big one-off: no use */
		prr_arena_free(a);
		return;
	}
	free_blocks(keep->next);
	keep->next = NULL;
	a->cur = keep->data;
	a->lim = keep->data + keep->size;
#endif
}
