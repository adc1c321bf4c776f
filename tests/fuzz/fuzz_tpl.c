/*
 * fuzz_tpl.c - template compile + render, template and data both fuzzed.
 *
 * The input is TEMPLATE NUL JSON (no NUL: an empty context).  Every
 * partial or parent name resolves to the template itself, so recursion,
 * inheritance and the limits are exercised; the first byte's low bits
 * pick Markdown escaping and lenient partials.
 */
#include "prr/tpl.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct self_src {
	const char *p;
	size_t n;
} self_src;

static int self_loader(void *ud, const char *name, prr_tpl_escape mode,
		       prr_buf *text, prr_buf *path, prr_buf *err)
{
	const self_src *s = ud;
	(void)mode;
	(void)err;
	if (name[0] == 'x') /* some names are missing */
		return 0;
	prr_buf_add(text, s->p, s->n);
	prr_buf_adds(path, name);
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *)data;
	const char *nul = memchr(in, 0, size);
	size_t tlen = nul ? (size_t)(nul - in) : size;
	self_src self = { in, tlen };
	cJSON *ctx = nul ? cJSON_ParseWithLength(nul + 1, size - tlen - 1)
			 : NULL;
	prr_tpl_env *env = prr_tpl_env_new(self_loader, &self);
	prr_tpl_env_limits(env, 200000, 1 << 20);
	prr_tpl_env_strict(env, !(size && (data[0] & 2)));
	prr_tpl_escape mode = size && (data[0] & 1) ? PRR_TPL_ESC_MARKDOWN
						    : PRR_TPL_ESC_HTML;
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf out = PRR_BUF_INIT;
	const prr_tpl *t;
	if (prr_tpl_compile(&t, env, "fuzz", in, tlen, &d) == 0) {
		/* twice: cached partials must render the same */
		for (int i = 0; i < 2; i++) {
			size_t before = out.n;
			if (prr_tpl_render(&out, env, t, mode, prr_tpl_json(), ctx,
					   &d) < 0 &&
			    out.n != before)
				__builtin_trap(); /* failed renders add nothing */
		}
	}
	prr_buf_free(&out);
	prr_diags_free(&d);
	prr_tpl_env_free(env);
	cJSON_Delete(ctx);
	return 0;
}
