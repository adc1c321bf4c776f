/* cmd_verify_archive.c - `prr verify-archive DIR`: archive vs MANIFESTs. */
#include "prr/archive.h"
#include "prr/cli.h"
#include "prr/diag.h"

#include <stdio.h>

static const prr_option options[] = {
	{ 0 }
};

static int run(const prr_args *args)
{
	const char *dir = args->pos[0];
	prr_diags d = PRR_DIAGS_INIT;
	prr_archive_check c = { 0 };
	int r = prr_archive_verify(&c, dir, &d);
	prr_diags_print(&d, stderr);
	if (c.dates == 0 && d.errors == 0) {
		fprintf(stderr, "prr: verify-archive: no archived review "
			"(YYYY-MM-DD folder) in '%s'\n", dir);
		r = -1;
	} else {
		printf("%zu archived review%s, %zu files checked: %zu changed, "
		       "%zu missing, %zu added\n", c.dates,
		       prr_plural((long)c.dates, "", "s"), c.files, c.changed, c.missing,
		       c.added);
	}
	prr_diags_free(&d);
	return r < 0 ? PRR_EXIT_INPUT : PRR_EXIT_OK;
}

PRR_COMMAND(verify_archive) = { "verify-archive", run, options, 1, 1 };
