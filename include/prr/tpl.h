/*
 * tpl.h - prr's Mustache engine: compile once, render many times.
 *
 * A template is tokenized once into a flat node list that keeps source
 * offsets (for error positions); rendering walks the nodes against data
 * through a small interface (prr_tpl_data: get, enter, next, text),
 * so the engine never sees cJSON nor the page tree: prr_tpl_json() adapts
 * cJSON to it (prr render, the spec tests, fuzzers and bench_render),
 * prr_tpl_vtree() (vtree.h) the pages prr build and prr report write.
 *
 *     prr_tpl_store store = { { override_dir } };
 *     prr_tpl_env *env = prr_tpl_env_new(prr_tpl_store_loader, &store);
 *     const prr_tpl *t;
 *     if (prr_tpl_load(&t, env, "page.html.mustache", PRR_TPL_ESC_HTML,
 *                      &diags) == 0 &&
 *         prr_tpl_render(&out, env, t, PRR_TPL_ESC_HTML, prr_tpl_json(),
 *                        root, &diags) == 0)
 *             ... out.p holds the page ...
 *     prr_tpl_env_free(env);
 *
 * The whole Mustache spec is implemented: interpolation ({{x}} escaped,
 * {{{x}}} and {{&x}} unescaped, dotted names, {{.}}, context stack
 * lookup), sections, inverted sections, comments, partials (standalone
 * partials indent every line), set delimiters, standalone-line rules, the
 * inheritance module ({{<parent}} … {{$block}}default{{/block}} …
 * {{/parent}}) and dynamic names ({{>*name}}, {{<*name}}).  Lambdas need
 * code in the data and do not apply to JSON.
 *
 * Truthiness for sections: false, null, a missing name, an empty list and
 * an empty string are falsy; everything else (0 included) is truthy.
 *
 * Errors (unclosed section, mismatched close tag, bad delimiter change,
 * missing partial in strict mode, partials nested deeper than
 * PRR_TPL_MAX_PARTIALS, runaway renders) go to a prr_diags as
 * TEMPLATE:LINE:COL: message; nothing is ever left half-done silently.
 */
#ifndef PRR_TPL_H
#define PRR_TPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "prr/buf.h"
#include "prr/diag.h"

/* Partials and parents nested deeper than this are an error. */
#define PRR_TPL_MAX_PARTIALS 100
/* Sections, blocks and parents nested inside one template. */
#define PRR_TPL_MAX_NESTING 100
/* Render nesting of all kinds (the context stack cannot grow beyond). */
#define PRR_TPL_MAX_DEPTH 1000
/* Nodes visited in one render (a list looped inside itself explodes). */
#define PRR_TPL_MAX_STEPS 100000000UL
/* Bytes one render may produce. */
#define PRR_TPL_MAX_OUTPUT ((size_t)256 << 20)
/* Bytes of template source. */
#define PRR_TPL_MAX_SOURCE ((size_t)64 << 20)

typedef enum prr_tpl_escape {
	PRR_TPL_ESC_HTML,     /* & < > " ' become entities */
	PRR_TPL_ESC_MARKDOWN, /* values cannot break a table row or start a block */
} prr_tpl_escape;

/* Markdown for names ending in ".md.mustache", HTML for any other. */
prr_tpl_escape prr_tpl_escape_for(const char *filename);

/*
 * The data interface.  Values are opaque pointers; NULL is "missing".
 * The engine walks a section's list itself: an adapter says where a list
 * starts and which element follows another, and keeps no state.
 */

/* A name the engine looks up: one part of a dotted name, with what the
 * compiler worked out once. */
typedef struct prr_tpl_name {
	const char *s;    /* the name, NUL-terminated */
	uint32_t len;     /* strlen(s) */
	uint32_t hash;    /* prr_tpl_name_hash(s, len), for adapters that hash */
} prr_tpl_name;

typedef struct prr_tpl_data {
	/* The member `name` of `v`, or NULL when `v` is not an object or has
	 * no such key.  A present null is not missing. */
	const void *(*get)(const void *v, const prr_tpl_name *name);
	/* Starts a section over `v`: the first context to push (a list's
	 * first element, or `v` itself when truthy), or NULL when the section
	 * renders zero times (falsy, empty list, missing).  Sets *list when
	 * `v` is a list (then `next` walks it), leaves it alone otherwise. */
	const void *(*enter)(const void *v, bool *list);
	/* The element after `elem` of the list `enter` started, or NULL at
	 * its end. */
	const void *(*next)(const void *elem);
	/* The text of a scalar: sets *out to borrowed bytes (strings) or to
	 * bytes written into `scratch` (numbers as the spec prints them,
	 * "true"/"false"); returns -1 when `v` has no text (null, missing,
	 * objects, lists), else 1 when the adapter knows the text holds no
	 * byte HTML escapes (& < > " '; then {{x}} in HTML copies it as it
	 * is), 0 when it does not know (it is escaped).  Markdown escapes
	 * every text. */
	int (*text)(const void *v, prr_buf *scratch, prr_str *out);
} prr_tpl_data;

/* The cJSON adapter: values are `const cJSON *`. */
const prr_tpl_data *prr_tpl_json(void);

/*
 * The hash of a name of `n` bytes (the engine passes it to `get`; the
 * page tree keeps one per member, vtree.h): its length and its first and
 * last bytes, up to eight of each end, mixed by a multiply.  There is no
 * loop, so where the name is a literal the compiler works the hash out
 * itself: the view names each member with a literal, through inline
 * functions, and puts thousands of members per page.  Names of the same
 * length and ends share a hash; a hash only sorts out names, whose bytes
 * are compared when it matches.
 */
static inline uint32_t prr_tpl_name_hash(const char *s, size_t n)
{
	uint64_t head = 0, tail = 0;
	if (n >= 8) {
		memcpy(&head, s, 8);
		memcpy(&tail, s + n - 8, 8);
	} else if (n >= 4) {
		uint32_t h4, t4;
		memcpy(&h4, s, 4);
		memcpy(&t4, s + n - 4, 4);
		head = h4;
		tail = t4;
	} else if (n > 0) {
		head = (uint64_t)(unsigned char)s[0] |
		       (uint64_t)(unsigned char)s[n / 2] << 8 |
		       (uint64_t)(unsigned char)s[n - 1] << 16;
	}
	uint64_t h = (head ^ tail * UINT64_C(0x9E3779B97F4A7C15) ^ n) *
		     UINT64_C(0xFF51AFD7ED558CCD);
	return (uint32_t)(h >> 32);
}

/* `s` as a prr_tpl_name (inline for the same reason). */
static inline prr_tpl_name prr_tpl_name_of(const char *s)
{
	size_t n = strlen(s);
	return (prr_tpl_name){ s, (uint32_t)n, prr_tpl_name_hash(s, n) };
}

/*
 * Where partials and parents come from.  Fills `text` with the source and
 * `path` with the name to show in messages; returns 1 when found, 0 when
 * there is no such template, -1 on an error (message in `err`).
 * `mode` lets a loader prefer NAME.md.mustache over NAME.html.mustache.
 */
typedef int (*prr_tpl_loader)(void *ud, const char *name, prr_tpl_escape mode,
			      prr_buf *text, prr_buf *path, prr_buf *err);

/* A compiled template, immutable; owned by its env, valid until
 * prr_tpl_env_free. */
typedef struct prr_tpl prr_tpl;

/*
 * An environment: the compiled templates (each partial compiled once, on
 * first use, then cached by name), the loader and the limits.  Compiled
 * templates never change, and what a render remembers lives in that
 * render: one env serves any number of threads rendering at once
 * (compiling and finding templates take its lock).  Set strict mode and
 * limits before sharing it.
 */
typedef struct prr_tpl_env prr_tpl_env;

/* `load` may be NULL: then every partial is missing. */
prr_tpl_env *prr_tpl_env_new(prr_tpl_loader load, void *ud);
void prr_tpl_env_free(prr_tpl_env *env);
/* Strict (the default for prr): a missing partial or parent is an error.
 * Lenient (the spec's rule): it renders as the empty string. */
void prr_tpl_env_strict(prr_tpl_env *env, bool strict);
/* Lowers the limits (the fuzzer does); 0 keeps the default. */
void prr_tpl_env_limits(prr_tpl_env *env, unsigned long max_steps,
			size_t max_output);

/*
 * Compiles `len` bytes of `text` (copied) shown as `path` in messages.
 * Returns 0 with *out set, or -1 with the errors added to `d`.
 */
int prr_tpl_compile(const prr_tpl **out, prr_tpl_env *env, const char *path,
		    const char *text, size_t len, prr_diags *d);

/* Loads `name` through the env's loader and compiles it (cached). */
int prr_tpl_load(const prr_tpl **out, prr_tpl_env *env, const char *name,
		 prr_tpl_escape mode, prr_diags *d);

/* The name shown in messages for `t`. */
const char *prr_tpl_path(const prr_tpl *t);

/*
 * Renders `t` against `root` (through `ops`), appending to `out`.  Returns
 * 0, or -1 with an error in `d` (then `out` is back at its old length).
 */
int prr_tpl_render(prr_buf *out, prr_tpl_env *env, const prr_tpl *t,
		   prr_tpl_escape mode, const prr_tpl_data *ops,
		   const void *root, prr_diags *d);

/*** Built-in templates and assets ***/

/*
 * Where templates are looked up: each of `dirs` in order (--partials,
 * --templates), then the copies compiled into prr from templates/.
 */
#define PRR_TPL_STORE_DIRS 4
typedef struct prr_tpl_store {
	const char *dirs[PRR_TPL_STORE_DIRS]; /* NULL entries are skipped */
} prr_tpl_store;

/*
 * Reads template `name` from the store.  Names may not be absolute or
 * contain "..".  Returns 1 when found (bytes in `text`, "DIR/NAME" or
 * "<built-in>/NAME" in `path`), 0 when not found, -1 on a read error
 * (message in `err`).
 */
int prr_tpl_find(const prr_tpl_store *s, const char *name, prr_buf *text,
		 prr_buf *path, prr_buf *err);

/* A prr_tpl_loader over prr_tpl_find; `ud` is a prr_tpl_store.  Tries
 * NAME, then NAME.html.mustache or NAME.md.mustache (by mode), then
 * NAME.mustache. */
int prr_tpl_store_loader(void *ud, const char *name, prr_tpl_escape mode,
			 prr_buf *text, prr_buf *path, prr_buf *err);

#endif
