/* md4c_parse.c - the reference for bench-import: md4c alone, empty callbacks. */
#include "prr/buf.h"
#include "prr/fsutil.h"

#include <md4c.h>
#include <stdio.h>

static int block(MD_BLOCKTYPE t, void *d, void *u) { (void)t; (void)d; (void)u; return 0; }
static int span(MD_SPANTYPE t, void *d, void *u) { (void)t; (void)d; (void)u; return 0; }
static int text(MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u)
{
	(void)t; (void)s; (void)n; (void)u;
	return 0;
}

int main(int argc, char **argv)
{
	prr_buf in = PRR_BUF_INIT, err = PRR_BUF_INIT;
	if (argc != 2 || prr_read_file(argv[1], PRR_MAX_INPUT, &in, &err) < 0) {
		fprintf(stderr, "usage: md4c-parse FILE.md (%s)\n", err.p);
		return 2;
	}
	MD_PARSER p = { 0, MD_DIALECT_GITHUB, block, block, span, span, text,
			NULL, NULL };
	int rc = md_parse(in.p, (MD_SIZE)in.n, &p, NULL);
	prr_buf_free(&in);
	prr_buf_free(&err);
	return rc != 0;
}
