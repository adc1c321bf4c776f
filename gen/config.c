/* config.c - prr.json; see include/prr/config.h. */
#include "prr/config.h"
#include "prr/buf.h"
#include "prr/fsutil.h"
#include "prr/jsonread.h"
#include "prr/model.h"

#include <stdlib.h>
#include <string.h>

prr_config *prr_config_default(void)
{
	prr_config *c = prr_xcalloc(1, sizeof *c);
	c->ready = PRR_DEFAULT_READY;
	c->partial = PRR_DEFAULT_PARTIAL;
	c->gate.min_readiness = PRR_NONE;
	c->gate.min_score = PRR_NONE;
	c->gate.max_critical = -1;
	c->gate.max_disagreements = -1;
	return c;
}

void prr_config_free(prr_config *c)
{
	if (!c)
		return;
	prr_arena_free(&c->arena);
	free(c);
}

void prr_config_inherit(prr_config *c, const prr_config *parent)
{
	if (!parent || parent == c)
		return;
	if (!(c->set & PRR_CONFIG_THRESHOLDS)) {
		c->ready = parent->ready;
		c->partial = parent->partial;
	}
	if (!(c->set & PRR_CONFIG_WEIGHTS) && parent->n_weights) {
		c->n_weights = parent->n_weights;
		c->weights = prr_arena_array(&c->arena, c->n_weights, sizeof *c->weights);
		for (size_t i = 0; i < c->n_weights; i++) {
			c->weights[i] = parent->weights[i];
			c->weights[i].name = prr_arena_strdup(&c->arena,
							      parent->weights[i].name);
		}
	}
	if (!(c->set & PRR_CONFIG_GATE)) {
		c->gate = parent->gate;
		c->gate_from = parent->gate_from
			? prr_arena_strdup(&c->arena, parent->gate_from) : NULL;
	}
}

double prr_config_weight(const prr_config *c, const char *dimension)
{
	for (size_t i = 0; c && i < c->n_weights; i++)
		if (prr_name_eq(c->weights[i].name, dimension))
			return c->weights[i].weight;
	return PRR_NONE;
}

typedef struct reader {
	prr_jdoc doc;
	prr_config *c;
} reader;

static bool known(reader *R, const cJSON *obj, const char *const *keys,
		  const char *what)
{
	bool ok = true;
	for (const cJSON *m = obj->child; m; m = m->next) {
		const char *const *k = keys;
		while (*k && strcmp(*k, m->string) != 0)
			k++;
		if (!*k) {
			prr_jdoc_error(&R->doc, m, true, "unknown field '%s' in %s",
				       m->string, what);
			ok = false;
		}
	}
	return ok;
}

static const char *str(reader *R, const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	if (!v)
		return NULL;
	if (!cJSON_IsString(v)) {
		prr_jdoc_error(&R->doc, v, false, "'%s' must be a string, not %s",
			       key, prr_json_type_name(v));
		return NULL;
	}
	return prr_arena_strdup(&R->c->arena, v->valuestring);
}

static double num(reader *R, const cJSON *obj, const char *key, double lo,
		  double hi, double dflt)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	if (!v)
		return dflt;
	if (!cJSON_IsNumber(v) || v->valuedouble < lo || v->valuedouble > hi) {
		prr_jdoc_error(&R->doc, v, false, "'%s' must be a number from %g to %g",
			       key, lo, hi);
		return dflt;
	}
	return v->valuedouble;
}

static const cJSON *object(reader *R, const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	if (v && !cJSON_IsObject(v)) {
		prr_jdoc_error(&R->doc, v, false, "'%s' must be an object, not %s",
			       key, prr_json_type_name(v));
		return NULL;
	}
	return v;
}

static void read_components(reader *R, const cJSON *obj)
{
	prr_config *c = R->c;
	c->n_components = (size_t)cJSON_GetArraySize(obj);
	c->components = prr_arena_array(&c->arena, c->n_components,
					sizeof *c->components);
	size_t i = 0;
	for (const cJSON *m = obj->child; m; m = m->next, i++) {
		prr_config_component *k = &c->components[i];
		k->name = prr_arena_strdup(&c->arena, m->string);
		k->line = prr_jdoc_line(&R->doc, m);
		if (cJSON_IsString(m)) { /* one glob */
			k->n_globs = 1;
			k->globs = prr_arena_array(&c->arena, 1, sizeof *k->globs);
			k->globs[0] = prr_arena_strdup(&c->arena, m->valuestring);
			continue;
		}
		if (!cJSON_IsArray(m)) {
			prr_jdoc_error(&R->doc, m, false,
				       "component '%s' must list path globs", m->string);
			continue;
		}
		k->n_globs = (size_t)cJSON_GetArraySize(m);
		k->globs = prr_arena_array(&c->arena, k->n_globs, sizeof *k->globs);
		size_t j = 0;
		for (const cJSON *g = m->child; g; g = g->next, j++) {
			if (cJSON_IsString(g))
				k->globs[j] = prr_arena_strdup(&c->arena, g->valuestring);
			else
				prr_jdoc_error(&R->doc, g, false, "a path glob must be a string");
		}
	}
}

static void read_weights(reader *R, const cJSON *obj)
{
	prr_config *c = R->c;
	c->n_weights = (size_t)cJSON_GetArraySize(obj);
	c->weights = prr_arena_array(&c->arena, c->n_weights, sizeof *c->weights);
	size_t i = 0;
	for (const cJSON *m = obj->child; m; m = m->next, i++) {
		c->weights[i].name = prr_arena_strdup(&c->arena, m->string);
		c->weights[i].line = prr_jdoc_line(&R->doc, m);
		c->weights[i].weight = 1;
		if (!cJSON_IsNumber(m) || !(m->valuedouble >= 0 && m->valuedouble <= 1e9))
			prr_jdoc_error(&R->doc, m, false,
				       "weight of '%s' must be a number from 0 to 1e9", m->string);
		else
			c->weights[i].weight = m->valuedouble;
	}
}

static void read_gate(reader *R, const cJSON *obj)
{
	static const char *const keys[] = { "min_readiness", "min_score",
		"max_critical", "no_regressions", "max_disagreements",
		"min_verdict", NULL };
	prr_gate *g = &R->c->gate;
	known(R, obj, keys, "gate");
	g->min_readiness = num(R, obj, "min_readiness", 0, 100, PRR_NONE);
	g->min_score = num(R, obj, "min_score", 0, 1e9, PRR_NONE);
	g->max_critical = (int)num(R, obj, "max_critical", 0, 1e6, -1);
	g->max_disagreements = (int)num(R, obj, "max_disagreements", 0, 1e6, -1);
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, "no_regressions");
	if (v && !cJSON_IsBool(v))
		prr_jdoc_error(&R->doc, v, false, "'no_regressions' must be true or false");
	g->no_regressions = cJSON_IsTrue(v);
	/* the document's own verdict at least: "partial" or "ready" */
	v = cJSON_GetObjectItemCaseSensitive(obj, "min_verdict");
	int level = cJSON_IsString(v) ? prr_level_parse(v->valuestring) : -1;
	if (level == PRR_LEVEL_PARTIAL || level == PRR_LEVEL_READY)
		g->min_verdict = (prr_level)level;
	else if (v)
		prr_jdoc_error(&R->doc, v, false,
			       "'min_verdict' must be \"partial\" or \"ready\"");
}

static void read_waivers(reader *R, const cJSON *arr)
{
	static const char *const keys[] = { "component", "category", "finding",
		"reason", "approver", "expires", NULL };
	prr_config *c = R->c;
	c->n_waivers = (size_t)cJSON_GetArraySize(arr);
	c->waivers = prr_arena_array(&c->arena, c->n_waivers, sizeof *c->waivers);
	size_t i = 0;
	for (const cJSON *o = arr->child; o; o = o->next, i++) {
		prr_waiver *w = &c->waivers[i];
		if (!cJSON_IsObject(o)) {
			prr_jdoc_error(&R->doc, o, false, "a waiver must be an object");
			continue;
		}
		known(R, o, keys, "waiver");
		w->line = prr_jdoc_line(&R->doc, o);
		w->component = str(R, o, "component");
		w->category = str(R, o, "category");
		w->finding = str(R, o, "finding");
		w->reason = str(R, o, "reason");
		w->approver = str(R, o, "approver");
		w->expires = str(R, o, "expires");
		if (!(w->finding || (w->component && w->category)))
			prr_jdoc_error(&R->doc, o, false,
				       "a waiver names a 'finding', or a 'component' and a 'category'");
		if (!w->reason || !w->approver || !w->expires)
			prr_jdoc_error(&R->doc, o, false,
				       "a waiver needs a 'reason', an 'approver' and an 'expires' date");
		if (w->expires && !prr_date_valid(w->expires))
			prr_jdoc_error(&R->doc, cJSON_GetObjectItemCaseSensitive(o, "expires"),
				       false, "'expires' is not a valid date (YYYY-MM-DD)");
	}
}

int prr_config_load_file(prr_config **out, const char *path, prr_diags *d)
{
	static const char *const keys[] = { "$schema", "project", "repo", "root",
		"components", "thresholds", "weights", "gate", "waivers", NULL };
	prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT;
	reader R = { 0 };
	size_t errors0 = d->errors;
	*out = NULL;
	if (prr_read_file(path, PRR_MAX_INPUT, &text, &err) < 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, path, NULL, 0, 0, "%s", err.p);
		goto done;
	}
	if (prr_jdoc_parse(&R.doc, path, text.p, text.n, d) < 0)
		goto done;
	const cJSON *root = R.doc.root;
	if (!cJSON_IsObject(root)) {
		prr_jdoc_error(&R.doc, root, false, "prr.json must hold an object");
		goto done;
	}
	R.c = prr_config_default();
	R.c->path = prr_arena_strdup(&R.c->arena, path);
	known(&R, root, keys, "prr.json");
	R.c->project = str(&R, root, "project");
	const char *repo = str(&R, root, "repo");
	if (repo && repo[0] != '/') { /* relative to prr.json's folder */
		const char *slash = strrchr(path, '/');
		repo = slash ? prr_arena_printf(&R.c->arena, "%.*s/%s",
						 (int)(slash - path), path, repo)
			     : repo;
	}
	R.c->repo = repo;
	R.c->root = str(&R, root, "root");
	const cJSON *v;
	if ((v = object(&R, root, "components")))
		read_components(&R, v);
	if ((v = object(&R, root, "thresholds"))) {
		R.c->set |= PRR_CONFIG_THRESHOLDS;
		static const char *const tkeys[] = { "ready", "partial", NULL };
		known(&R, v, tkeys, "thresholds");
		R.c->ready = num(&R, v, "ready", 0, 100, PRR_DEFAULT_READY);
		R.c->partial = num(&R, v, "partial", 0, 100, PRR_DEFAULT_PARTIAL);
		if (R.c->partial > R.c->ready)
			prr_jdoc_error(&R.doc, v, false,
				       "the 'partial' threshold (%g) is above 'ready' (%g)",
				       R.c->partial, R.c->ready);
	}
	if ((v = object(&R, root, "weights"))) {
		R.c->set |= PRR_CONFIG_WEIGHTS;
		read_weights(&R, v);
	}
	if ((v = object(&R, root, "gate"))) {
		R.c->set |= PRR_CONFIG_GATE;
		R.c->gate_from = R.c->path;
		read_gate(&R, v);
	}
	v = cJSON_GetObjectItemCaseSensitive(root, "waivers");
	if (v && !cJSON_IsArray(v))
		prr_jdoc_error(&R.doc, v, false, "'waivers' must be an array");
	else if (v)
		read_waivers(&R, v);
	if (d->errors == errors0) {
		*out = R.c;
		R.c = NULL;
	}
done:
	prr_config_free(R.c);
	prr_jdoc_free(&R.doc);
	prr_buf_free(&text);
	prr_buf_free(&err);
	return *out ? 0 : -1;
}

int prr_config_load_dir(prr_config **out, const char *dir, prr_diags *d)
{
	char *path = prr_path_join(dir, "prr.json");
	int rc;
	if (prr_is_dir(path) == -1) {
		*out = prr_config_default();
		rc = 0;
	} else {
		rc = prr_config_load_file(out, path, d);
	}
	free(path);
	return rc;
}
