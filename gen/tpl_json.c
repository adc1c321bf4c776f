/* tpl_json.c - cJSON behind the template engine's data interface. */
#include "prr/json.h"
#include "prr/tpl.h"

#include <cjson/cJSON.h>
#include <string.h>

static const void *json_get(const void *v, const prr_tpl_name *name)
{
	const char *key = name->s;
	const cJSON *o = v;
	if (!cJSON_IsObject(o))
		return NULL;
	/* cJSON_GetObjectItemCaseSensitive, with the first byte compared
	 * inline: lookups that climb the context stack miss a lot */
	for (const cJSON *c = o->child; c; c = c->next)
		if (c->string && c->string[0] == key[0] &&
		    strcmp(c->string, key) == 0)
			return c;
	return NULL;
}

static bool json_truthy(const cJSON *v)
{
	if (!v || cJSON_IsFalse(v) || cJSON_IsNull(v) || cJSON_IsInvalid(v))
		return false;
	if (cJSON_IsString(v))
		return v->valuestring && v->valuestring[0];
	return true;
}

static const void *json_enter(const void *v, bool *list)
{
	const cJSON *j = v;
	if (cJSON_IsArray(j)) {
		*list = true;
		return j->child;
	}
	return json_truthy(j) ? j : NULL;
}

static const void *json_next(const void *elem)
{
	return ((const cJSON *)elem)->next;
}

static int json_text(const void *v, prr_buf *scratch, prr_str *out)
{
	const cJSON *j = v;
	if (cJSON_IsString(j) && j->valuestring) {
		out->p = j->valuestring;
		out->n = strlen(j->valuestring);
	} else if (cJSON_IsNumber(j)) {
		prr_json_number(scratch, j->valuedouble);
		out->p = scratch->p;
		out->n = scratch->n;
	} else if (cJSON_IsBool(j)) {
		out->p = cJSON_IsTrue(j) ? "true" : "false";
		out->n = strlen(out->p);
	} else {
		return -1;
	}
	return 0;
}

static const prr_tpl_data json_ops = {
	json_get, json_enter, json_next, json_text,
};

const prr_tpl_data *prr_tpl_json(void)
{
	return &json_ops;
}
