/*
 * tpl_int.h - what the template engine's two halves share: the compiled
 * form (tpl_parse.c writes it, tpl.c renders it) and the environment.
 *
 * A compiled template is immutable once prr_tpl_compile returns: nodes,
 * names and source are read by every thread that renders it, and nothing
 * a render learns is written back (what one render remembers lives in its
 * own state, in tpl.c).  The environment's list of templates grows under
 * its mutex; a template is reached only through that list (or a pointer
 * handed out after it was added), so a reader sees it whole.
 */
#ifndef PRR_TPL_INT_H
#define PRR_TPL_INT_H

#include "prr/arena.h"
#include "prr/tpl.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

enum { OP_TEXT, OP_VAR, OP_RAW, OP_SECTION, OP_INVERTED, OP_PARTIAL,
       OP_PARENT, OP_BLOCK };

enum {
	NF_BOL = 1,        /* text: starts a source line (indent point) */
	NF_STANDALONE = 2, /* partial/parent: indent; block: dedent content */
	NF_DYNAMIC = 4,    /* partial/parent: the name is looked up in data */
	NF_HASLINE = 8,    /* block: the content has a non-blank line */
};

typedef struct tpl_node {
	uint8_t op, flags;
	uint16_t npath;           /* name parts; 0 for "." */
	uint32_t end;             /* index after the last child (or self + 1) */
	uint32_t off, len;        /* text: the bytes; tags: the tag */
	uint32_t bef_off, bef_len; /* standalone: whitespace before the tag */
	uint32_t ind_off, ind_len; /* block: intrinsic indentation */
	uint32_t coff, clen;      /* block: the raw content */
	uint32_t dedent;          /* block: common indentation of the content */
	const prr_tpl_name *path; /* the name split on '.' (in the arena) */
	const char *name;         /* partial/parent/block: the name */
} tpl_node;

struct prr_tpl {
	const char *path;  /* for messages */
	const char *src;
	uint32_t len;
	const tpl_node *nodes;
	uint32_t n;
	const char *name;  /* loader name (NULL: compiled directly) */
	uint8_t mode;
	bool missing;      /* the loader had nothing by this name */
	prr_tpl *next;
};

struct prr_tpl_env {
	pthread_mutex_t lock; /* over arena and list: compiling, finding */
	prr_arena arena;
	prr_tpl_loader load;
	void *ud;
	bool strict;
	unsigned long max_steps;
	size_t max_output;
	prr_tpl *list;
};

/* prr_tpl_compile with env->lock already held (env_get compiles what it
 * loads without letting go of the list). */
int tpl_compile_locked(const prr_tpl **out, prr_tpl_env *env, const char *path,
		       const char *text, size_t len, prr_diags *d);

/* Adds an error at byte `off` of `src` (named `path`), located through a
 * line map. */
void tpl_error(prr_diags *d, const char *path, const char *src, size_t len,
	       size_t off, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

static inline bool tpl_is_blank(char c)
{
	return c == ' ' || c == '\t';
}

#endif
