/*
 * load_json.c - prr/review/v1 JSON into the model, and back.
 *
 * Both directions walk the field tables of review_spec.c; positions of
 * values come from jsonread.h, so every problem points at its value.
 */
#include "prr/load.h"
#include "prr/utf8.h"
#include "prr/rec_verdict.h"
#include "prr/buf.h"
#include "review_spec.h"

#include "prr/jsonread.h"

#include <cJSON.h>
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*** Loading ***/

typedef struct loader {
	prr_review *r;
	prr_jdoc doc;
	int own_source; /* lines of items are lines of this JSON file */
} loader;

#define error_at(L, node, at_key, ...) \
	prr_jdoc_error(&(L)->doc, (node), (at_key), __VA_ARGS__)
#define line_of(L, node) prr_jdoc_line(&(L)->doc, (node))
#define type_name prr_json_type_name

static void set_defaults(const item_spec *spec, char *dst)
{
	for (size_t i = 0; i < spec->n_fields; i++) {
		const field_spec *f = &spec->fields[i];
		switch (f->type) {
		case SPEC_NUM: *(double *)(dst + f->off) = PRR_NONE; break;
		case SPEC_INT: *(int *)(dst + f->off) = -1; break;
		case SPEC_BOOL:
			*(bool *)(dst + f->off) = (f->flags & SPEC_DEFAULT_TRUE) != 0;
			break;
		case SPEC_OBJECT: set_defaults(f->sub, dst + f->off); break;
		default: break;
		}
	}
}

static int is_hex_ref(const char *s)
{
	size_t n = strlen(s);
	if (n < 7 || n > 40)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isxdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Whether `ok`, the test of `v` for what `name` takes; if not, says so:
 * "'NAME' MUST, not TYPE" ("'title' must be a string, not a number"). */
static bool takes(loader *L, const cJSON *v, const char *name, bool ok,
		  const char *must)
{
	if (!ok)
		error_at(L, v, 0, "'%s' %s, not %s", name, must, type_name(v));
	return ok;
}

static const char *dup_str(loader *L, const cJSON *v)
{
	return prr_arena_strdup(&L->r->arena, v->valuestring);
}

static void load_item(loader *L, const cJSON *obj, const item_spec *spec,
		      char *dst);

static void load_array(loader *L, const cJSON *arr, const field_spec *f,
		       char *dst)
{
	size_t n = (size_t)cJSON_GetArraySize(arr);
	*(size_t *)(dst + f->aux) = n;
	if (f->type == SPEC_ARRAY) {
		char *items = prr_arena_array(&L->r->arena, n, f->sub->size);
		*(void **)(dst + f->off) = items;
		size_t i = 0;
		for (const cJSON *c = arr->child; c; c = c->next, i++) {
			if (!takes(L, c, f->name, cJSON_IsObject(c),
				   "items must be objects"))
				continue;
			load_item(L, c, f->sub, items + i * f->sub->size);
		}
		return;
	}
	if (f->type == SPEC_STRS) {
		const char **v = prr_arena_array(&L->r->arena, n, sizeof *v);
		*(const char ***)(dst + f->off) = v;
		size_t i = 0;
		for (const cJSON *c = arr->child; c; c = c->next, i++) {
			if (takes(L, c, f->name, cJSON_IsString(c),
				  "items must be strings"))
				v[i] = dup_str(L, c);
		}
		return;
	}
	/* SPEC_ROWS: an array of arrays of strings */
	const char ***rows = prr_arena_array(&L->r->arena, n, sizeof *rows);
	*(const char ****)(dst + f->off) = rows;
	size_t i = 0;
	for (const cJSON *row = arr->child; row; row = row->next, i++) {
		if (!cJSON_IsArray(row)) {
			error_at(L, row, 0, "table rows must be arrays of strings");
			continue;
		}
		size_t m = (size_t)cJSON_GetArraySize(row), j = 0;
		rows[i] = prr_arena_array(&L->r->arena, m + 1, sizeof **rows);
		for (const cJSON *c = row->child; c; c = c->next, j++) {
			if (cJSON_IsString(c))
				rows[i][j] = dup_str(L, c);
			else
				error_at(L, c, 0, "table cells must be strings, not %s",
					 type_name(c));
		}
	}
}

static void load_field(loader *L, const cJSON *v, const field_spec *f, char *dst)
{
	void *p = dst + f->off;
	switch (f->type) {
	case SPEC_STR:
	case SPEC_DATE:
	case SPEC_HEX:
		if (!takes(L, v, f->name, cJSON_IsString(v), "must be a string"))
			return;
		if (f->type == SPEC_DATE && !prr_date_valid(v->valuestring)) {
			error_at(L, v, 0,
				 "'%s' is not a valid date: \"%s\" (expected YYYY-MM-DD, a real day)",
				 f->name, v->valuestring);
			return;
		}
		if ((f->flags & SPEC_REQUIRED) && !*v->valuestring) {
			error_at(L, v, 0, "'%s' must not be empty", f->name);
			return;
		}
		if (f->type == SPEC_HEX && !is_hex_ref(v->valuestring)) {
			error_at(L, v, 0,
				 "'%s' must be a commit id of 7 to 40 hex digits, not \"%s\"",
				 f->name, v->valuestring);
			return;
		}
		*(const char **)p = dup_str(L, v);
		return;
	case SPEC_NUM:
	case SPEC_INT:
		if (!takes(L, v, f->name, cJSON_IsNumber(v), "must be a number"))
			return;
		if (!isfinite(v->valuedouble)) {
			/* cJSON reads 1e999 as infinity, which no JSON can write back */
			error_at(L, v, 0, "'%s' is too large a number", f->name);
			return;
		}
		if (f->type == SPEC_INT || (f->flags & SPEC_SCALE_1_6)) {
			double x = v->valuedouble;
			int lo = (f->flags & SPEC_SCALE_1_6) ? 1 : 0;
			int hi = (f->flags & SPEC_SCALE_1_6) ? 6 : 1000000000;
			/* range first: casting an out-of-range double is undefined */
			if (x < lo || x > hi || x != (double)(long long)x) {
				error_at(L, v, 0, "'%s' must be a whole number from %d to %d, not %g",
					 f->name, lo, hi, x);
				return;
			}
			*(int *)p = (int)x;
			return;
		}
		if ((f->flags & SPEC_MIN0) && v->valuedouble < 0) {
			error_at(L, v, 0, "'%s' must not be negative (%g)", f->name,
				 v->valuedouble);
			return;
		}
		if ((f->flags & SPEC_POSITIVE) && v->valuedouble <= 0) {
			error_at(L, v, 0, "'%s' must be greater than 0 (%g)", f->name,
				 v->valuedouble);
			return;
		}
		*(double *)p = v->valuedouble;
		return;
	case SPEC_LINE:
		if (!cJSON_IsNumber(v) || v->valuedouble < 1 ||
		    v->valuedouble > INT_MAX ||
		    v->valuedouble != (double)(int)v->valuedouble) {
			error_at(L, v, 0, "'line' must be a line number (1 or more)");
			return;
		}
		*(int *)p = (int)v->valuedouble;
		return;
	case SPEC_BOOL:
		if (!takes(L, v, f->name, cJSON_IsBool(v), "must be true or false"))
			return;
		*(bool *)p = cJSON_IsTrue(v);
		return;
	case SPEC_DONE:
		if (cJSON_IsBool(v)) {
			*(bool *)p = cJSON_IsTrue(v);
		} else if (cJSON_IsString(v) && prr_date_valid(v->valuestring)) {
			*(bool *)p = true;
			*(const char **)(dst + f->aux) = dup_str(L, v);
		} else {
			error_at(L, v, 0, "'done' must be true, false or the date it was done (YYYY-MM-DD)");
		}
		return;
	case SPEC_STATUS:
	case SPEC_SEVERITY:
	case SPEC_LEVEL: {
		static const char *const expect[] = {
			[SPEC_STATUS] = "pass, partial, fail, pending, na or unknown",
			[SPEC_SEVERITY] = "critical, high, medium, low, info or unknown",
			[SPEC_LEVEL] = "ready, partial, not-ready or unknown",
		};
		int k = -1;
		if (cJSON_IsString(v))
			k = f->type == SPEC_STATUS ? prr_status_parse(v->valuestring)
			    : f->type == SPEC_SEVERITY ? prr_severity_parse(v->valuestring)
						       : prr_level_parse(v->valuestring);
		if (k < 0) {
			if (cJSON_IsString(v))
				error_at(L, v, 0, "unknown %s \"%s\" (expected %s)",
					 f->name, v->valuestring, expect[f->type]);
			else
				error_at(L, v, 0, "'%s' must be a string (%s), not %s",
					 f->name, expect[f->type], type_name(v));
			return;
		}
		*(int *)p = k;
		return;
	}
	case SPEC_OBJECT:
		if (!takes(L, v, f->name, cJSON_IsObject(v), "must be an object"))
			return;
		load_item(L, v, f->sub, p);
		return;
	case SPEC_ARRAY:
	case SPEC_STRS:
	case SPEC_ROWS:
		if (!takes(L, v, f->name, cJSON_IsArray(v), "must be an array"))
			return;
		load_array(L, v, f, dst);
		return;
	}
}

/* The field named `name`, looked for from `*next` on: members usually
 * come in the table's order (prr writes them so), so the first guess is
 * mostly right. */
static const field_spec *find_field(const item_spec *spec, const char *name,
				    size_t *next)
{
	size_t n = spec->n_fields, i = *next < n ? *next : 0;
	for (size_t k = 0; k < n; k++, i = i + 1 < n ? i + 1 : 0) {
		const char *fn = spec->fields[i].name;
		if (fn[0] == name[0] && strcmp(fn, name) == 0) {
			*next = i + 1;
			return &spec->fields[i];
		}
	}
	return NULL;
}

static void load_item(loader *L, const cJSON *obj, const item_spec *spec,
		      char *dst)
{
	int has_line = 0;
	uint32_t seen = 0; /* known fields met so far: spec tables are short */
	size_t next = 0;
	if (spec != &prr_review_spec) /* the review's own defaults are set */
		set_defaults(spec, dst);
	for (const cJSON *c = obj->child; c; c = c->next) {
		const field_spec *f = find_field(spec, c->string, &next);
		if (f) {
			uint32_t bit = 1u << (f - spec->fields);
			if (seen & bit) {
				error_at(L, c, 1, "duplicate key '%s' in %s", c->string,
					 spec->what);
				continue;
			}
			seen |= bit;
		}
		if (!f) {
			if (spec == &prr_review_spec && strcmp(c->string, "schema") == 0)
				continue; /* checked first, by prr_review_load_json */
			if (spec == &prr_review_spec && strcmp(c->string, "$schema") == 0) {
				/* an editor's pointer to review.schema.json */
				takes(L, c, "$schema", cJSON_IsString(c), "must be a "
				      "string (a schema's URL or path)");
				continue;
			}
			error_at(L, c, 1, "unknown field '%s' in %s", c->string,
				 spec->what);
			continue;
		}
		if (f->type == SPEC_LINE)
			has_line = 1;
		load_field(L, c, f, dst);
	}
	for (size_t i = 0; i < spec->n_fields; i++) {
		const field_spec *f = &spec->fields[i];
		if ((f->flags & SPEC_REQUIRED) && !(seen & (1u << i)))
			error_at(L, obj, 0, "%s lacks required field '%s'", spec->what,
				 f->name);
	}
	/* Where the document is its own source, items point into it. */
	if (has_line || !L->own_source || spec->size == sizeof(prr_review))
		return;
	for (size_t i = 0; i < spec->n_fields; i++)
		if (spec->fields[i].type == SPEC_LINE)
			*(int *)(dst + spec->fields[i].off) = line_of(L, obj);
}

/*** Rules that span fields ***/

static const cJSON *member(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	return v ? v : obj;
}

/* The `n` first items of array `key` of `root`, in an array to free
 * (`root` stands for those it lacks): item i at once, where
 * cJSON_GetArrayItem walks the list from its start every time. */
static const cJSON **items(const cJSON *root, const char *key, size_t n)
{
	const cJSON **v = prr_xcalloc(n + 1, sizeof *v);
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(root, key);
	const cJSON *c = cJSON_IsArray(a) ? a->child : NULL;
	for (size_t i = 0; i < n; i++, c = c ? c->next : NULL)
		v[i] = c ? c : root;
	return v;
}

/* Reports each component whose name (by prr_name_eq) an earlier one has:
 * by a table of names, linear in the components. */
static void check_duplicates(loader *L, const cJSON *const *o)
{
	const prr_review *r = L->r;
	prr_names seen = { 0 };
	for (size_t i = 0; i < r->n_components; i++) {
		const char *name = r->components[i].name;
		size_t first = name ? prr_names_put(&seen, name, i) : i;
		if (first != i)
			error_at(L, member(o[i], "name"), 0,
				 "duplicate component \"%s\" (already at line %d)",
				 name, line_of(L, o[first]));
	}
	prr_names_free(&seen);
}

static void check_range(loader *L, const cJSON *obj, const char *lo_name,
			double lo, const char *hi_name, double hi)
{
	if (prr_has(lo) && prr_has(hi) && hi < lo)
		error_at(L, member(obj, hi_name), 0,
			 "'%s' (%g) is below '%s' (%g)", hi_name, hi, lo_name, lo);
}

static void check_rules(loader *L, const cJSON *root)
{
	prr_review *r = L->r;
	/* a level its own words deny ("NOT READY: …" stated "ready"): read
	 * as stated, and said (the other way, "4 of 5 COMPLETE" stated
	 * partial, is prr's own caution) */
	prr_level said = r->status_text && r->level != PRR_LEVEL_UNKNOWN
			 ? prr_rec_verdict(r->status_text, strlen(r->status_text),
					   NULL, NULL)
			 : PRR_LEVEL_UNKNOWN;
	if (said > r->level)
		prr_jdoc_warning(&L->doc, member(member(root, "status"), "level"),
				 "status level \"%s\", but its text reads %s: \"%s\"",
				 prr_level_name(r->level), prr_level_name(said),
				 r->status_text);
	const cJSON **v = items(root, "scores", r->n_scores);
	for (size_t i = 0; i < r->n_scores; i++) {
		const prr_score *s = &r->scores[i];
		const cJSON *o = v[i];
		if (prr_has(s->value) && prr_has(s->max) && s->value > s->max)
			error_at(L, member(o, "value"), 0,
				 "score %g is above its max %g", s->value, s->max);
		if (prr_has(s->high) && prr_has(s->max) && s->high > s->max)
			error_at(L, member(o, "high"), 0,
				 "score %g is above its max %g", s->high, s->max);
		check_range(L, o, "value", s->value, "high", s->high);
		if (!s->grade && (!prr_has(s->value) || !prr_has(s->max)))
			error_at(L, o, 0, "a score needs 'value' and 'max', or "
				 "a letter 'grade'");
	}
	free(v);
	v = items(root, "dimensions", r->n_dimensions);
	for (size_t i = 0; i < r->n_dimensions; i++) {
		const prr_dimension *m = &r->dimensions[i];
		const cJSON *o = v[i];
		if (prr_has(m->score) && prr_has(m->max) && m->score > m->max)
			error_at(L, member(o, "score"), 0,
				 "dimension '%s' scores %g, above its max %g",
				 m->name ? m->name : "?", m->score, m->max);
		check_range(L, o, "score", m->score, "high", m->high);
		if (!m->grade && (!prr_has(m->score) || !prr_has(m->max)))
			error_at(L, o, 0, "dimension '%s' needs 'score' and "
				 "'max', or a letter 'grade'",
				 m->name ? m->name : "?");
	}
	free(v);
	v = items(root, "components", r->n_components);
	check_duplicates(L, v);
	for (size_t i = 0; i < r->n_components; i++) {
		const prr_component *c = &r->components[i];
		const cJSON *o = v[i];
		const cJSON **cv = items(o, "checks", c->n_checks);
		for (size_t k = 0; k < c->n_checks; k++) {
			const prr_check *ch = &c->checks[k];
			if (ch->passed >= 0 && ch->total >= 0 && ch->passed > ch->total)
				error_at(L, member(cv[k], "passed"), 0,
					 "%d passed of %d total", ch->passed, ch->total);
		}
		free(cv);
	}
	free(v);
	v = items(root, "waves", r->n_waves);
	for (size_t i = 0; i < r->n_waves; i++) {
		const prr_wave *w = &r->waves[i];
		const cJSON *o = v[i];
		if (!w->id && !w->name)
			error_at(L, o, 0, "wave needs an 'id' or a 'name'");
		if (w->start && w->end && strcmp(w->end, w->start) < 0)
			error_at(L, member(o, "end"), 0, "wave ends before it starts");
	}
	free(v);
	v = items(root, "tables", r->n_tables);
	for (size_t i = 0; i < r->n_tables; i++) {
		const cJSON *rows = cJSON_GetObjectItemCaseSensitive(v[i], "rows");
		size_t k = 0;
		for (const cJSON *row = rows ? rows->child : NULL; row;
		     row = row->next, k++)
			if (cJSON_IsArray(row) &&
			    (size_t)cJSON_GetArraySize(row) != r->tables[i].n_cols)
				error_at(L, row, 0,
					 "table row has %d cells; its header has %zu",
					 cJSON_GetArraySize(row), r->tables[i].n_cols);
	}
	if (r->date_from && strcmp(r->date_from, PRR_DATE_FROM_ARG) != 0)
		error_at(L, member(cJSON_GetObjectItemCaseSensitive(root, "source"), "date_from"), 0,
			 "unknown date_from \"%s\" (expected %s)", r->date_from,
			 PRR_DATE_FROM_ARG);
	if (r->source_format && strcmp(r->source_format, "json") != 0 &&
	    strcmp(r->source_format, "markdown") != 0)
		error_at(L, member(cJSON_GetObjectItemCaseSensitive(root, "source"), "format"), 0,
			 "unknown source format \"%s\" (expected json or markdown)",
			 r->source_format);
	free(v);
	v = items(root, "estimates", r->n_estimates);
	for (size_t i = 0; i < r->n_estimates; i++)
		check_range(L, v[i], "low", r->estimates[i].low,
			    "high", r->estimates[i].high);
	free(v);
	v = items(root, "findings", r->n_findings);
	for (size_t i = 0; i < r->n_findings; i++)
		check_range(L, member(v[i], "effort"), "low",
			    r->findings[i].effort.low, "high",
			    r->findings[i].effort.high);
	free(v);
}

/*** Entry points ***/

int prr_review_load_json(prr_review **out, const char *path, const char *text,
			 size_t len, prr_diags *d)
{
	loader L = { 0 };
	size_t errors_before = d->errors;
	int rc = -1;
	/* the document's tree is read once into the model and dropped: its
	 * nodes in an arena, not a malloc and a free each (a sixth of
	 * loading); the model copies what it keeps */
	prr_arena nodes = PRR_ARENA_INIT, *outer = prr_jdoc_use_arena(&nodes);

	*out = NULL;
	/* text that is not UTF-8 would be written back changed (U+FFFD): a
	 * review is refused at the first bad byte, however it is reached */
	size_t bad;
	if (!prr_utf8_valid(text, len, &bad)) {
		prr_linemap map;
		prr_linemap_init(&map, text, len);
		prr_diag_at(d, PRR_DIAG_ERROR, path, &map, bad,
			    "invalid UTF-8 (byte 0x%02X); prr reads UTF-8 text",
			    (unsigned char)text[bad]);
		prr_linemap_free(&map);
		goto done;
	}
	if (prr_jdoc_parse(&L.doc, path, text, len, d) < 0)
		goto done;
	const cJSON *root = L.doc.root;
	if (!cJSON_IsObject(root)) {
		error_at(&L, root, 0, "a review must be a JSON object, not %s",
			 type_name(root));
		goto done;
	}
	const cJSON *schema = cJSON_GetObjectItemCaseSensitive(root, "schema");
	if (!schema) {
		error_at(&L, root, 0, "not a prr review: no \"schema\": \"%s\"",
			 PRR_SCHEMA);
		goto done;
	}
	if (!cJSON_IsString(schema) || strcmp(schema->valuestring, PRR_SCHEMA)) {
		error_at(&L, schema, 0, "unsupported schema %s%s%s (prr reads \"%s\")",
			 cJSON_IsString(schema) ? "\"" : "",
			 cJSON_IsString(schema) ? schema->valuestring
						: type_name(schema),
			 cJSON_IsString(schema) ? "\"" : "", PRR_SCHEMA);
		goto done;
	}

	L.r = prr_review_new();
	const cJSON *src = cJSON_GetObjectItemCaseSensitive(root, "source");
	L.own_source = !src || !cJSON_GetObjectItemCaseSensitive(src, "file");
	load_item(&L, root, &prr_review_spec, (char *)L.r);
	if (L.own_source) {
		L.r->source_file = prr_arena_strdup(&L.r->arena, path);
		if (!L.r->source_format)
			L.r->source_format = "json";
	}
	const cJSON *date = cJSON_GetObjectItemCaseSensitive(root, "date");
	if (date)
		L.r->date_line = line_of(&L, date);
	check_rules(&L, root);
	if (d->errors == errors_before) {
		*out = L.r;
		L.r = NULL;
		rc = 0;
	}
done:
	prr_review_free(L.r);
	prr_jdoc_free(&L.doc);
	prr_jdoc_use_arena(outer);
	prr_arena_free(&nodes);
	return rc;
}

/*** Writing ***/

static void write_item(prr_jw *w, const item_spec *spec, const char *src);

static int field_present(const field_spec *f, const char *src)
{
	const void *p = src + f->off;
	switch (f->type) {
	case SPEC_STR: case SPEC_DATE: case SPEC_HEX:
		return *(const char *const *)p != NULL;
	case SPEC_NUM: return prr_has(*(const double *)p);
	case SPEC_INT: return *(const int *)p >= 0 &&
			      !((f->flags & SPEC_SCALE_1_6) && *(const int *)p == 0);
	case SPEC_LINE: return *(const int *)p > 0;
	case SPEC_STATUS: case SPEC_SEVERITY: case SPEC_LEVEL:
		return *(const int *)p != 0;
	case SPEC_BOOL: case SPEC_DONE: return 1;
	case SPEC_ARRAY: case SPEC_STRS: case SPEC_ROWS:
		return *(const size_t *)(src + f->aux) > 0;
	case SPEC_OBJECT:
		for (size_t i = 0; i < f->sub->n_fields; i++)
			if (field_present(&f->sub->fields[i], p))
				return 1;
		return 0;
	}
	return 0;
}

/* A status, severity or level name: plain lower-case ASCII. */
static void write_word(prr_jw *w, const char *name)
{
	prr_jw_str_plain(w, name, strlen(name));
}

static void write_field(prr_jw *w, const field_spec *f, const char *src)
{
	const void *p = src + f->off;
	prr_jw_key_plain(w, f->name, f->name_len);
	switch (f->type) {
	case SPEC_STR: case SPEC_DATE: case SPEC_HEX:
		prr_jw_str(w, *(const char *const *)p);
		break;
	case SPEC_NUM: prr_jw_num(w, *(const double *)p); break;
	case SPEC_INT: case SPEC_LINE: prr_jw_int(w, *(const int *)p); break;
	case SPEC_BOOL: prr_jw_bool(w, *(const bool *)p); break;
	case SPEC_DONE: {
		const char *date = *(const char *const *)(src + f->aux);
		if (date)
			prr_jw_str(w, date);
		else
			prr_jw_bool(w, *(const bool *)p);
		break;
	}
	case SPEC_STATUS: write_word(w, prr_status_name(*(const int *)p)); break;
	case SPEC_SEVERITY: write_word(w, prr_severity_name(*(const int *)p)); break;
	case SPEC_LEVEL: write_word(w, prr_level_name(*(const int *)p)); break;
	case SPEC_OBJECT: write_item(w, f->sub, p); break;
	case SPEC_ARRAY: {
		size_t n = *(const size_t *)(src + f->aux);
		const char *items = *(const char *const *)p;
		prr_jw_array(w);
		for (size_t i = 0; i < n; i++)
			write_item(w, f->sub, items + i * f->sub->size);
		prr_jw_end(w);
		break;
	}
	case SPEC_STRS: {
		size_t n = *(const size_t *)(src + f->aux);
		const char *const *v = *(const char *const *const *)p;
		prr_jw_array(w);
		for (size_t i = 0; i < n; i++)
			prr_jw_str(w, v[i] ? v[i] : "");
		prr_jw_end(w);
		break;
	}
	case SPEC_ROWS: {
		/* rows are as wide as the header (prr_table.n_cols) */
		size_t n = *(const size_t *)(src + f->aux);
		size_t cols = ((const prr_table *)src)->n_cols;
		const char *const *const *rows = *(const char *const *const *const *)p;
		prr_jw_array(w);
		for (size_t i = 0; i < n; i++) {
			prr_jw_array(w);
			for (size_t j = 0; j < cols; j++)
				prr_jw_str(w, rows[i][j] ? rows[i][j] : "");
			prr_jw_end(w);
		}
		prr_jw_end(w);
		break;
	}
	}
}

static void write_item(prr_jw *w, const item_spec *spec, const char *src)
{
	prr_jw_object(w);
	if (spec == &prr_review_spec)
		prr_jw_kstr(w, "schema", PRR_SCHEMA);
	for (size_t i = 0; i < spec->n_fields; i++)
		if (field_present(&spec->fields[i], src))
			write_field(w, &spec->fields[i], src);
	prr_jw_end(w);
}

void prr_review_write_json(const prr_review *r, prr_jw *w)
{
	write_item(w, &prr_review_spec, (const char *)r);
}

int prr_review_reloads(const prr_review *r, prr_diags *d)
{
	prr_buf b = PRR_BUF_INIT;
	prr_jw w;
	prr_jw_init(&w, &b, false);
	prr_review_write_json(r, &w);
	size_t errors = d->errors;
	prr_review *back = NULL;
	int rc = prr_review_load_json(&back, "(written)", b.p, b.n, d);
	prr_review_free(back);
	prr_buf_free(&b);
	return rc == 0 && d->errors == errors ? 0 : -1;
}
