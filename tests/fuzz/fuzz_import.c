/* fuzz_import.c - the Markdown importer on arbitrary bytes; what it
 * writes, the loader must read (else abort: a finding). */
#include "prr/import.h"
#include "prr/load.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	if (prr_import_md(&r, "2020-01-01.md", (const char *)data, size, &d) == 0) {
		size_t before = d.n;
		if (prr_review_reloads(r, &d) != 0) {
			fprintf(stderr, "the import does not load back: %s\n",
				d.n > before ? d.v[before].message : "?");
			abort();
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
	return 0;
}
