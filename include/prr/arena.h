/*
 * arena.h - one arena per load, per build, per render.
 *
 * Everything of a review lives in one arena and is freed in one call.  When
 * built with -DPRR_ARENA_MALLOC (the sanitizer and valgrind builds do), each
 * allocation is a separate malloc so ASan and valgrind see objects one by
 * one; the interface is the same.
 */
#ifndef PRR_ARENA_H
#define PRR_ARENA_H

#include <stddef.h>
#include <stdint.h>
#include <string.h> /* memset in PRR_VEC_PUSH */

typedef struct prr_arena_block prr_arena_block;

typedef struct prr_arena {
	prr_arena_block *head; /* newest block first */
	/* the free part of head, where the inline functions below allocate;
	 * both NULL in a PRR_ARENA_MALLOC build, so every allocation takes
	 * prr_arena_bump */
	unsigned char *cur, *lim;
} prr_arena;

#define PRR_ARENA_INIT { NULL, NULL, NULL }
#define PRR_ARENA_ALIGN 16

/* `n` bytes aligned to `align` (a power of two, at most PRR_ARENA_ALIGN)
 * from a new block: the arena functions' slow path. */
void *prr_arena_bump(prr_arena *a, size_t n, size_t align);

/* Zeroed memory for `n` bytes, aligned for any type; never NULL. */
void *prr_arena_alloc(prr_arena *a, size_t n);
/* Aligned like prr_arena_alloc but not zeroed: for an allocator behind
 * code that initialises what it gets (cJSON's, see jsonread.h). */
static inline void *prr_arena_alloc_uninit(prr_arena *a, size_t n)
{
	/* inline: pages build a node per value, and a call per node was a
	 * twentieth of `prr build` */
	size_t pad = (size_t)-(uintptr_t)a->cur & (PRR_ARENA_ALIGN - 1);
	if (n && (uintptr_t)a->lim - (uintptr_t)a->cur >= n + pad) {
		void *p = a->cur + pad;
		a->cur += pad + n;
		return p;
	}
	return prr_arena_bump(a, n, PRR_ARENA_ALIGN);
}

/* Room for a string of `n` bytes (NUL included) the caller writes at
 * once: neither zeroed nor aligned. */
static inline char *prr_arena_alloc_str(prr_arena *a, size_t n)
{
	if (n && (uintptr_t)a->lim - (uintptr_t)a->cur >= n) {
		char *p = (char *)a->cur;
		a->cur += n;
		return p;
	}
	return prr_arena_bump(a, n, 1);
}
/* An array of `count` zeroed elements of `size` (overflow-checked). */
void *prr_arena_array(prr_arena *a, size_t count, size_t size);
/* NUL-terminated copies, owned by the arena. */
char *prr_arena_strndup(prr_arena *a, const char *s, size_t n);
char *prr_arena_strdup(prr_arena *a, const char *s);
char *prr_arena_printf(prr_arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/*
 * Grows an arena array of `*cap` elements of `size` to hold at least `need`
 * (doubling), copying the old elements; returns the (maybe new) array.
 * The elements past the old `*cap` are NOT zeroed: zero each one as it is
 * taken (PRR_VEC_PUSH does).
 * Old storage stays in the arena until it is freed: fine for the sizes of
 * review documents, and what keeps this safe.
 */
void *prr_arena_grow(prr_arena *a, void *arr, size_t *cap, size_t need,
		     size_t size);
/*
 * prr_arena_grow for an array nothing points into but `arr` itself: the
 * outgrown storage is given back at once when it is big enough to have
 * had a block of its own (past 16 KiB), instead of staying until the
 * arena is freed.  For a review's big arrays (sections, components...)
 * the outgrown copies were as much memory again as the arrays.
 */
void *prr_arena_regrow(prr_arena *a, void *arr, size_t *cap, size_t need,
		       size_t size);
/* Bytes of the blocks the arena holds (what it has handed out, plus the
 * free tail of each block). */
size_t prr_arena_size(const prr_arena *a);
/* Frees everything; the arena is empty and reusable afterwards. */
void prr_arena_free(prr_arena *a);
/* Empties the arena but keeps its newest block for what comes next: for
 * an arena filled and emptied again and again (one per page), so each
 * round does not pay for a fresh block. */
void prr_arena_reset(prr_arena *a);

/* Appends a zeroed element to the arena vector (arr, n, cap); returns it. */
#define PRR_VEC_PUSH(arena, arr, n, cap)                                      \
	((arr) = prr_arena_grow((arena), (arr), &(cap), (n) + 1,            \
				sizeof *(arr)),                               \
	 memset(&(arr)[(n)], 0, sizeof *(arr)), &(arr)[(n)++])

#endif
