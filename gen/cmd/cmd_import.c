/* cmd_import.c - `prr import FILE.md [-o OUT.json]`: Markdown -> prr/review/v1. */
#include "prr/cli.h"
#include "prr/fsutil.h"
#include "prr/import.h"
#include "prr/load.h"

#include <stdio.h>

static const prr_option options[] = {
	{ "output", 'o', "FILE", "write the JSON to FILE (atomically) instead "
				 "of stdout" },
	{ "date", 0, "YYYY-MM-DD", "the review date, when the document states "
				   "none and its path holds none" },
	{ 0 }
};

static int run(const prr_args *a)
{
	const char *in = a->pos[0], *outp = prr_arg(a, "output");
	prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT, json = PRR_BUF_INIT;
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = NULL;
	int rc = PRR_EXIT_INPUT;

	const char *date = prr_arg(a, "date");
	if (date && !prr_date_valid(date))
		return prr_usage_error(a->cmd, "--date '%s' is no date: give a "
				       "day that exists, as YYYY-MM-DD", date);
	if (outp && prr_same_file(in, outp))
		return prr_usage_error(a->cmd, "-o '%s' is the input '%s'; write "
				       "the JSON to another file", outp, in);
	if (prr_review_read(in, &text, &d) < 0)
		goto done;
	if (prr_import_md_dated(&r, in, text.p, text.n, date, &d) < 0)
		goto done;
	prr_jw w;
	prr_jw_init(&w, &json, true);
	/* To stdout, the JSON (about 3x the document) streams out in 64 KiB
	 * pieces instead of being held whole; a file is written whole, to a
	 * temporary name first. */
	if (!outp)
		w.stream = stdout;
	prr_review_write_json(r, &w);
	prr_buf_addc(&json, '\n');
	if (outp) {
		if (prr_write_file_atomic(outp, json.p, json.n, &err) < 0) {
			prr_diag_add(&d, PRR_DIAG_ERROR, outp, NULL, 0, 0, "%s",
				     err.p);
			rc = PRR_EXIT_SYSTEM;
			goto done;
		}
	} else if (prr_jw_flush(&w) < 0 || fflush(stdout) != 0) {
		prr_diag_add(&d, PRR_DIAG_ERROR, "<stdout>", NULL, 0, 0,
			     "cannot write");
		rc = PRR_EXIT_SYSTEM;
		goto done;
	}
	rc = PRR_EXIT_OK;
done:
	prr_diags_print(&d, stderr);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&text);
	prr_buf_free(&err);
	prr_buf_free(&json);
	return rc;
}

PRR_COMMAND(import) = { "import", run, options, 1, 1 };
