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

PRR_COMMAND(verify_archive) = { "verify-archive", run, "DIR",
	"check an archive's files against their SHA-256 manifests",
	options,
	"Checks every archived review DIR/DATE/ (written by `prr archive` or\n"
	"`prr build --archive`) against DIR/DATE/MANIFEST and reports each\n"
	"file changed, missing or added since it was archived, one line each\n"
	"on stderr; and the archive itself against DIR/MANIFEST: a date\n"
	"deleted or added, a date's MANIFEST or index.html changed, anything\n"
	"else at the top (a .htaccess).  Each project of a site of several is\n"
	"a folder DIR/SLUG/ of dates.  An older prr's archive without\n"
	"DIR/MANIFEST is a warning (the next `prr archive` adopts it).  The\n"
	"summary line goes to stdout.\n"
	"\n"
	"exit status: 0 every file as archived, 1 any file changed, missing\n"
	"or added, a date missing or added (or a MANIFEST missing or\n"
	"malformed), 2 bad usage", 1, 1 };
