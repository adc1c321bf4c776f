/* fuzz_load.c - the JSON review loader and writer on arbitrary bytes. */
#include "prr/load.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	if (prr_review_load_json(&r, "fuzz.json", (const char *)data, size, &d) == 0) {
		/* what loads must write and load back */
		prr_buf out = PRR_BUF_INIT;
		prr_jw w;
		prr_jw_init(&w, &out, true);
		prr_review_write_json(r, &w);
		prr_review *again = NULL;
		if (prr_review_load_json(&again, "again.json", out.p, out.n, &d) != 0)
			__builtin_trap();
		prr_review_free(again);
		prr_buf_free(&out);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	return 0;
}
