/* fuzz_import.c - the Markdown importer on arbitrary bytes. */
#include "prr/import.h"
#include "prr/json.h"
#include "prr/load.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	if (prr_import_md(&r, "2020-01-01.md", (const char *)data, size, &d) == 0) {
		prr_buf b = PRR_BUF_INIT;
		prr_jw w;
		prr_jw_init(&w, &b, false);
		prr_review_write_json(r, &w);
		prr_buf_free(&b);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	return 0;
}
