/* jsonread.c - JSON input with positions; see include/prr/jsonread.h. */
#include "prr/jsonread.h"
#include "prr/arena.h"
#include "prr/buf.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*** cJSON's allocations in an arena ***/

/* The thread's arena for cJSON, or NULL (see prr_jdoc_use_arena). */
static _Thread_local prr_arena *cjson_arena;

static void *cjson_malloc(size_t n)
{
	/* cJSON initialises what it allocates (nodes zeroed, strings copied) */
	return cjson_arena ? prr_arena_alloc_uninit(cjson_arena, n) : malloc(n);
}

static void cjson_free(void *p)
{
	if (!cjson_arena)
		free(p);
}

static pthread_once_t cjson_hooks_once = PTHREAD_ONCE_INIT;

/*
 * Parsing on several threads at once.  cJSON's README ("Thread Safety",
 * in /usr/share/doc/libcjson-dev) declares it thread safe when
 * cJSON_GetErrorPtr is never used (prr takes the error position from the
 * end pointer), cJSON_InitHooks is only called before cJSON is used on
 * any thread (prr_jdoc_init, called before loading threads start; the
 * pthread_once makes a later first call harmless for one-thread users),
 * and setlocale is never called while cJSON runs (prr never calls it).
 * A parse still resets cJSON's global error record, which nothing reads.
 * Two loading threads serialised on a lock here lost a seventh of loading.
 */
static cJSON *parse(const char *text, size_t len, const char **end,
		    cJSON_bool whole)
{
	return cJSON_ParseWithLengthOpts(text, len, end, whole);
}

static void cjson_hooks_install(void)
{
	cJSON_Hooks h = { cjson_malloc, cjson_free };
	cJSON_InitHooks(&h);
}

void prr_jdoc_init(void)
{
	pthread_once(&cjson_hooks_once, cjson_hooks_install);
}

prr_arena *prr_jdoc_use_arena(prr_arena *a)
{
	prr_jdoc_init();
	prr_arena *was = cjson_arena;
	cjson_arena = a;
	return was;
}

/*** Positions ***/

struct prr_jdoc_slot {
	const cJSON *node;
	size_t val;  /* offset of the value */
	size_t key;  /* offset of its key (objects' members), else = val */
};

static size_t loc_hash(const cJSON *p, size_t cap)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= (uintptr_t)0x9E3779B97F4A7C15ull;
	return (size_t)(x >> 7) & (cap - 1);
}

static void slot_insert(prr_jdoc_slot *v, size_t cap, const cJSON *node,
			size_t val, size_t key)
{
	size_t i = loc_hash(node, cap);
	while (v[i].node && v[i].node != node)
		i = (i + 1) & (cap - 1);
	v[i] = (prr_jdoc_slot){ node, val, key };
}

static void loc_put(prr_jdoc *m, const cJSON *node, size_t val, size_t key)
{
	if (2 * (m->n + 1) > m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 256;
		prr_jdoc_slot *v = prr_xcalloc(cap, sizeof *v);
		for (size_t i = 0; i < m->cap; i++)
			if (m->slots[i].node)
				slot_insert(v, cap, m->slots[i].node,
					    m->slots[i].val, m->slots[i].key);
		free(m->slots);
		m->slots = v;
		m->cap = cap;
	}
	m->n++; /* each node is recorded once */
	slot_insert(m->slots, m->cap, node, val, key);
}

static const prr_jdoc_slot *loc_get(const prr_jdoc *m, const cJSON *node)
{
	if (!m->cap)
		return NULL;
	size_t i = loc_hash(node, m->cap);
	while (m->slots[i].node) {
		if (m->slots[i].node == node)
			return &m->slots[i];
		i = (i + 1) & (m->cap - 1);
	}
	return NULL;
}

typedef struct scanner {
	const char *t;
	size_t n, i;
	prr_jdoc *map;
	bool all;     /* record scalars too, not only objects and arrays */
	int depth;    /* of the value being scanned: 0 the root */
} scanner;

static bool is_json_ws(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static void skip_ws(scanner *s)
{
	while (s->i < s->n && is_json_ws(s->t[s->i]))
		s->i++;
}

static void skip_string(scanner *s)
{
	s->i++; /* the opening quote */
	for (;;) {
		const char *q = memchr(s->t + s->i, '"', s->n - s->i);
		if (!q) {
			s->i = s->n;
			return;
		}
		size_t at = (size_t)(q - s->t), bs = 0;
		while (at - bs > s->i && s->t[at - bs - 1] == '\\')
			bs++;
		s->i = at + 1;
		if (bs % 2 == 0) /* not an escaped quote */
			return;
	}
}

/* Records `node` (and its children) starting at s->i; the text is known
 * to be valid JSON because cJSON accepted it. */
static void scan_value(scanner *s, const cJSON *node, size_t key)
{
	skip_ws(s);
	size_t at = s->i;
	/* the type bits as cJSON_IsObject & co. read them, without a call
	 * into the library per value */
	int type = node->type & 0xFF;
	bool container = type == cJSON_Object || type == cJSON_Array;
	if (container || s->all || s->depth <= 1) /* + the root's members */
		loc_put(s->map, node, at, key == SIZE_MAX ? at : key);
	if (container) {
		bool obj = type == cJSON_Object;
		s->i++;
		for (const cJSON *c = node->child; c; c = c->next) {
			skip_ws(s);
			if (s->t[s->i] == ',') {
				s->i++;
				skip_ws(s);
			}
			size_t k = SIZE_MAX;
			if (obj) {
				k = s->i;
				skip_string(s);
				skip_ws(s);
				s->i++; /* ':' */
			}
			s->depth++;
			scan_value(s, c, k);
			s->depth--;
		}
		skip_ws(s);
		s->i++; /* closing bracket */
	} else if (type == cJSON_String) {
		skip_string(s);
	} else {
		while (s->i < s->n && s->t[s->i] != ',' && s->t[s->i] != ']' &&
		       s->t[s->i] != '}' && !is_json_ws(s->t[s->i]))
			s->i++;
	}
}

/* Why cJSON stopped at `err`: a friendlier word than "invalid JSON". */
static void parse_error(prr_jdoc *doc, const char *text, size_t len,
			const char *err)
{
	size_t off = err ? (size_t)(err - text) : 0;
	if (off > len)
		off = len;
	/* One pass over the text outside strings: nesting deeper than cJSON
	 * allows, and brackets or a string still open at the end (a file cut
	 * short), are worth saying as such. */
	int depth = 0, in_str = 0;
	for (size_t i = 0; i < len; i++) {
		char c = text[i];
		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = 0;
		} else if (c == '"') {
			in_str = 1;
		} else if (c == '[' || c == '{') {
			if (++depth > CJSON_NESTING_LIMIT && i <= off) {
				prr_diag_at(doc->d, PRR_DIAG_ERROR, doc->path, &doc->map,
					    doc->base + i,
					    "nested too deep (more than %d levels)",
					    CJSON_NESTING_LIMIT);
				return;
			}
		} else if (c == ']' || c == '}') {
			depth--;
		}
	}
	if (depth > 0 || in_str) {
		prr_diag_at(doc->d, PRR_DIAG_ERROR, doc->path, &doc->map, doc->base + len,
			    "unexpected end of input: %s still open (is the file truncated?)",
			    in_str ? "a string" : depth == 1 ? "1 bracket" : "brackets");
		return;
	}
	const char *end = NULL;
	cJSON *prefix = parse(text, len, &end, 0);
	if (prefix) {
		cJSON_Delete(prefix);
		size_t at = (size_t)(end - text);
		while (at < len && isspace((unsigned char)text[at]))
			at++;
		prr_diag_at(doc->d, PRR_DIAG_ERROR, doc->path, &doc->map, doc->base + at,
			    "unexpected content after the JSON document");
		return;
	}
	if (off >= len)
		prr_diag_at(doc->d, PRR_DIAG_ERROR, doc->path, &doc->map, doc->base + off,
			    "unexpected end of input");
	else
		prr_diag_at(doc->d, PRR_DIAG_ERROR, doc->path, &doc->map, doc->base + off,
			    "invalid JSON near '%.12s'", text + off);
}

int prr_jdoc_parse(prr_jdoc *doc, const char *path, const char *text,
		   size_t len, prr_diags *d)
{
	memset(doc, 0, sizeof *doc);
	doc->path = path;
	doc->d = d;
	doc->errors0 = d->errors;
	prr_linemap_init(&doc->map, text, len);
	doc->base = prr_utf8_bom(text, len);
	const char *body = text + doc->base;
	size_t blen = len - doc->base;
	const char *nul = memchr(body, '\0', blen);
	if (nul) {
		prr_diag_at(d, PRR_DIAG_ERROR, path, &doc->map,
			    (size_t)(nul - text), "NUL byte in a JSON document");
		return -1;
	}
	/* cJSON wants the NUL inside the length to accept a whole document */
	char *copy = prr_xmalloc(blen + 1);
	memcpy(copy, body, blen);
	copy[blen] = '\0';
	const char *err = NULL;
	doc->root = parse(copy, blen + 1, &err, 1);
	doc->in_arena = cjson_arena != NULL;
	if (!doc->root) {
		parse_error(doc, copy, blen, err);
		free(copy);
		return -1;
	}
	scanner s = { copy, blen, 0, doc, false, 0 };
	scan_value(&s, doc->root, SIZE_MAX);
	free(copy);
	return 0;
}

/* Every node's position, for a question about a scalar: the text is
 * scanned again (it is still the caller's, and valid JSON). */
static void scan_all(prr_jdoc *doc)
{
	free(doc->slots);
	doc->slots = NULL;
	doc->cap = doc->n = 0;
	doc->complete = true;
	scanner s = { doc->map.text + doc->base, doc->map.len - doc->base, 0, doc,
		      true, 0 };
	scan_value(&s, doc->root, SIZE_MAX);
}

void prr_jdoc_free(prr_jdoc *doc)
{
	if (!doc->in_arena) /* else freed with the arena, all at once */
		cJSON_Delete(doc->root);
	free(doc->slots);
	prr_linemap_free(&doc->map);
	memset(doc, 0, sizeof *doc);
}

size_t prr_jdoc_offset(prr_jdoc *doc, const cJSON *node, bool key)
{
	const prr_jdoc_slot *s = node ? loc_get(doc, node) : NULL;
	if (!s && node && doc->root && !doc->complete) {
		scan_all(doc);
		s = loc_get(doc, node);
	}
	if (!s)
		return doc->base;
	return doc->base + (key ? s->key : s->val);
}

int prr_jdoc_line(prr_jdoc *doc, const cJSON *node)
{
	int line, col;
	prr_linemap_locate(&doc->map, prr_jdoc_offset(doc, node, false), &line,
			   &col);
	return line;
}

static void jdoc_vreport(prr_jdoc *doc, prr_diag_kind kind, const cJSON *node,
			 bool at_key, const char *fmt, va_list ap)
{
	if (kind == PRR_DIAG_ERROR &&
	    doc->d->errors - doc->errors0 >= PRR_JDOC_MAX_ERRORS) {
		if (doc->d->errors - doc->errors0 == PRR_JDOC_MAX_ERRORS)
			prr_diag_add(doc->d, PRR_DIAG_ERROR, doc->path, NULL, 0, 0,
				     "too many errors; stopping here");
		return;
	}
	prr_buf msg = PRR_BUF_INIT;
	prr_buf_vaddf(&msg, fmt, ap);
	prr_diag_at(doc->d, kind, doc->path, &doc->map,
		    prr_jdoc_offset(doc, node, at_key), "%s", msg.p);
	prr_buf_free(&msg);
}

void prr_jdoc_error(prr_jdoc *doc, const cJSON *node, bool at_key,
		    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	jdoc_vreport(doc, PRR_DIAG_ERROR, node, at_key, fmt, ap);
	va_end(ap);
}

void prr_jdoc_warning(prr_jdoc *doc, const cJSON *node, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	jdoc_vreport(doc, PRR_DIAG_WARNING, node, false, fmt, ap);
	va_end(ap);
}

const char *prr_json_type_name(const cJSON *v)
{
	if (cJSON_IsString(v)) return "a string";
	if (cJSON_IsNumber(v)) return "a number";
	if (cJSON_IsBool(v)) return "a boolean";
	if (cJSON_IsNull(v)) return "null";
	if (cJSON_IsArray(v)) return "an array";
	if (cJSON_IsObject(v)) return "an object";
	return "an invalid value";
}
