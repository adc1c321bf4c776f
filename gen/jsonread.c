/* jsonread.c - JSON input with positions; see include/prr/jsonread.h. */
#include "prr/jsonread.h"
#include "prr/arena.h"
#include "prr/buf.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
 * to be valid because cJSON accepted it.  Only for text that is not plain
 * JSON: the reader below records positions as it goes. */
static void scan_value(scanner *s, const cJSON *node, size_t key)
{
	skip_ws(s);
	size_t at = s->i;
	/* the type bits as cJSON_IsObject & co. read them, without a call
	 * into the library per value */
	int type = node->type & 0xFF;
	loc_put(s->map, node, at, key == SIZE_MAX ? at : key);
	if (type == cJSON_Object || type == cJSON_Array) {
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
			scan_value(s, c, k);
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

/*** Reading, with positions ***/

/*
 * A node made by the reader, with where its value and its key begin.
 * The cJSON node comes first, so cJSON_Delete frees the whole.
 */
typedef struct pnode {
	cJSON node;
	size_t val, key;
} pnode;

typedef struct reader {
	char *t;     /* the document, NUL-terminated, writable (see read_number) */
	size_t n, i;
	int depth;   /* containers open around i */
} reader;

static void *node_alloc(size_t n)
{
	return cjson_arena ? prr_arena_alloc_uninit(cjson_arena, n)
			   : prr_xmalloc(n);
}

static void skip_space(reader *r)
{
	while (r->i < r->n && is_json_ws(r->t[r->i]))
		r->i++;
}

/* 4 hex digits at `s`, or -1. */
static long hex4(const char *s)
{
	long v = 0;
	for (int k = 0; k < 4; k++) {
		int c = (unsigned char)s[k];
		if (c >= '0' && c <= '9')
			v = v * 16 + (c - '0');
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			v = v * 16 + ((c | 0x20) - 'a' + 10);
		else
			return -1;
	}
	return v;
}

/* The \u escape at `s` (one, or a surrogate pair) written as UTF-8 at
 * *o; returns its length in the text, 0 when it is no character. */
static size_t read_u_escape(const char *s, const char *end, char **o)
{
	if (end - s < 6)
		return 0;
	long cp = hex4(s + 2), len = 6;
	if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
		return 0;
	if (cp >= 0xD800 && cp <= 0xDBFF) {
		long lo = end - s >= 12 && s[6] == '\\' && s[7] == 'u'
			  ? hex4(s + 8) : -1;
		if (lo < 0xDC00 || lo > 0xDFFF)
			return 0;
		cp = 0x10000 + ((cp & 0x3FF) << 10 | (lo & 0x3FF));
		len = 12;
	}
	*o += prr_utf8_encode((uint32_t)cp, *o);
	return (size_t)len;
}

/* The escape at `s` (a backslash) written at *o; its length in the
 * text, 0 when it is none of JSON's. */
static size_t read_escape(const char *s, const char *end, char **o)
{
	char c;
	switch (s[1]) {
	case '"': case '\\': case '/': c = s[1]; break;
	case 'b': c = '\b'; break;
	case 'f': c = '\f'; break;
	case 'n': c = '\n'; break;
	case 'r': c = '\r'; break;
	case 't': c = '\t'; break;
	case 'u': return read_u_escape(s, end, o);
	default: return 0;
	}
	*(*o)++ = c;
	return 2;
}

/* The first quote or backslash in [p, stop), or the last 15 bytes or
 * fewer before `stop`, which the caller reads byte by byte: sixteen bytes
 * at a compare with SSE2 (every x86-64 has it); strings are most of the
 * bytes of a review. */
static const char *quote_or_backslash(const char *p, const char *stop)
{
#ifdef __SSE2__
	const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
	for (; stop - p >= 16; p += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
			_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)));
		if (m)
			return p + __builtin_ctz(m);
	}
#else
	(void)stop;
#endif
	return p;
}

/* The string whose opening quote is at r->i, decoded into a new
 * allocation (cJSON's: in the arena, or to free); NULL if it is none. */
static char *read_string(reader *r)
{
	const char *s = r->t + r->i + 1, *stop = r->t + r->n;
	const char *end = quote_or_backslash(s, stop);
	bool escapes = false;
	while (end < stop && *end != '"') {
		if (*end == '\\') {
			escapes = true;
			end++;
		}
		end++;
	}
	if (end >= stop)
		return NULL;
	char *out = node_alloc((size_t)(end - s) + 1), *o = out;
	if (!escapes) {
		memcpy(out, s, (size_t)(end - s));
		o += end - s;
	}
	while (escapes && s < end) {
		if (*s != '\\') {
			*o++ = *s++;
			continue;
		}
		size_t step = read_escape(s, end, &o);
		if (!step) {
			cjson_free(out);
			return NULL;
		}
		s += step;
	}
	*o = '\0';
	r->i = (size_t)(end - r->t) + 1;
	return out;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static size_t skip_digits(const reader *r, size_t i)
{
	while (i < r->n && is_digit(r->t[i]))
		i++;
	return i;
}

/* Characters cJSON takes into a number before strtod reads it. */
static bool is_cjson_number_char(char c)
{
	return is_digit(c) || c == '+' || c == '-' || c == 'e' || c == 'E' ||
	       c == '.';
}

/* The value of the JSON number [s, end) when it is an integer of at most
 * 15 digits (most numbers of a review: counts, weights), else NaN.  Such
 * an integer is below 2^53, so the double is exactly what strtod gives;
 * strtod costs ten times more. */
static double read_integer(const char *s, const char *end)
{
	bool neg = *s == '-';
	s += neg;
	if (end - s > 15)
		return NAN;
	int64_t v = 0;
	for (; s < end; s++) {
		if (!is_digit(*s))
			return NAN;
		v = v * 10 + (*s - '0');
	}
	return neg ? -(double)v : (double)v;
}

/* The number at r->i, in JSON's grammar; cJSON's figures of it (strtod,
 * and valueint saturated as cJSON_SetNumberHelper does). */
static bool read_number(reader *r, cJSON *node)
{
	size_t i = r->i + (r->t[r->i] == '-');
	if (i >= r->n || !is_digit(r->t[i]))
		return false;
	i = r->t[i] == '0' ? i + 1 : skip_digits(r, i);
	if (i < r->n && r->t[i] == '.') {
		if (i + 1 >= r->n || !is_digit(r->t[i + 1]))
			return false;
		i = skip_digits(r, i + 1);
	}
	if (i < r->n && (r->t[i] == 'e' || r->t[i] == 'E')) {
		size_t j = i + 1;
		if (j < r->n && (r->t[j] == '+' || r->t[j] == '-'))
			j++;
		if (j >= r->n || !is_digit(r->t[j]))
			return false;
		i = skip_digits(r, j);
	}
	/* cJSON reads on through these ("01", "1.2.3"): such text is its */
	if (i < r->n && is_cjson_number_char(r->t[i]))
		return false;
	double x = read_integer(r->t + r->i, r->t + i);
	if (isnan(x)) {
		/* strtod would read on ("0x1A"): the number ends here for
		 * it too */
		char after = r->t[i];
		r->t[i] = '\0';
		x = strtod(r->t + r->i, NULL);
		r->t[i] = after;
	}
	node->type = cJSON_Number;
	node->valuedouble = x;
	node->valueint = x >= INT_MAX ? INT_MAX
			 : x <= (double)INT_MIN ? INT_MIN : (int)x;
	r->i = i;
	return true;
}

static bool read_value(reader *r, cJSON *node);

/* The members of an array or object whose bracket is at r->i. */
static bool read_container(reader *r, cJSON *node, bool object)
{
	char close = object ? '}' : ']';
	if (++r->depth > CJSON_NESTING_LIMIT)
		return false;
	node->type = object ? cJSON_Object : cJSON_Array;
	r->i++;
	skip_space(r);
	cJSON *last = NULL;
	if (r->i < r->n && r->t[r->i] == close)
		goto closed;
	for (;;) {
		skip_space(r);
		size_t key = r->i;
		char *name = NULL;
		if (object) {
			if (r->i >= r->n || r->t[r->i] != '"' ||
			    !(name = read_string(r)))
				return false;
			skip_space(r);
			if (r->i >= r->n || r->t[r->i] != ':') {
				cjson_free(name);
				return false;
			}
			r->i++;
			skip_space(r);
		}
		pnode *p = node_alloc(sizeof *p);
		memset(&p->node, 0, sizeof p->node);
		p->val = r->i;
		p->key = key;
		p->node.string = name;
		/* linked before it is read, so a failure frees it with the rest */
		if (last) {
			last->next = &p->node;
			p->node.prev = last;
		} else {
			node->child = &p->node;
		}
		last = &p->node;
		node->child->prev = last; /* cJSON's: the head points at the tail */
		if (!read_value(r, last))
			return false;
		skip_space(r);
		if (r->i < r->n && r->t[r->i] == ',') {
			r->i++;
			continue;
		}
		if (r->i < r->n && r->t[r->i] == close)
			break;
		return false;
	}
closed:
	r->i++;
	r->depth--;
	return true;
}

/* The literal `word` (true, false, null) at r->i, read as a node of
 * `type`; `node` is zeroed, and cJSON gives true a valueint of 1. */
static bool read_literal(reader *r, cJSON *node, const char *word, int type)
{
	size_t len = strlen(word);
	if (r->n - r->i < len || memcmp(r->t + r->i, word, len))
		return false;
	node->type = type;
	node->valueint = type == cJSON_True;
	r->i += len;
	return true;
}

static bool read_value(reader *r, cJSON *node)
{
	const char *at = r->t + r->i;
	size_t left = r->n - r->i;
	switch (left ? *at : '\0') {
	case '{': return read_container(r, node, true);
	case '[': return read_container(r, node, false);
	case '"':
		node->type = cJSON_String;
		return (node->valuestring = read_string(r)) != NULL;
	case 't': return read_literal(r, node, "true", cJSON_True);
	case 'f': return read_literal(r, node, "false", cJSON_False);
	case 'n': return read_literal(r, node, "null", cJSON_NULL);
	default:
		return read_number(r, node);
	}
}

/*
 * The document `t` (n bytes, NUL-terminated, writable) as cJSON's tree of
 * pnodes, or NULL when it is not plain JSON (RFC 8259), which cJSON then
 * reads or words the error of.  Every text read here cJSON reads to the
 * same tree (test_load.c compares them); cJSON also takes some that are
 * not JSON (whitespace such as \f, "01", "\u00zz").
 */
static cJSON *read_document(char *t, size_t n)
{
	reader r = { t, n, 0, 0 };
	skip_space(&r);
	pnode *root = node_alloc(sizeof *root);
	memset(&root->node, 0, sizeof root->node);
	root->val = root->key = r.i;
	bool ok = read_value(&r, &root->node);
	skip_space(&r);
	if (ok && r.i == r.n)
		return &root->node;
	if (!cjson_arena)
		cJSON_Delete(&root->node);
	return NULL;
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
	doc->root = read_document(copy, blen);
	doc->in_arena = cjson_arena != NULL;
	doc->read_here = doc->root != NULL;
	if (!doc->read_here) {
		/* not plain JSON: cJSON reads it or says why not, and a second
		 * pass over the text finds each value's position */
		const char *err = NULL;
		doc->root = parse(copy, blen + 1, &err, 1);
		if (!doc->root) {
			parse_error(doc, copy, blen, err);
			free(copy);
			return -1;
		}
		scanner s = { copy, blen, 0, doc };
		scan_value(&s, doc->root, SIZE_MAX);
	}
	free(copy);
	return 0;
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
	if (!node)
		return doc->base;
	if (doc->read_here) {
		const pnode *p = (const pnode *)node;
		return doc->base + (key ? p->key : p->val);
	}
	const prr_jdoc_slot *s = loc_get(doc, node);
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
