/* runner.c - runs every PRR_TEST; closing line "N passed, N failed". */
#define _POSIX_C_SOURCE 200809L
#include "test.h"
#include "prr/fsutil.h"
#include "prr/import.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define T(name) void test_##name(void);
#include "tests.inc"
#undef T

static const struct {
	const char *name;
	void (*fn)(void);
} tests[] = {
#define T(name) { #name, test_##name },
#include "tests.inc"
#undef T
};

static int failures; /* checks failed in the running test */
static int skipped;
static const char *current;
static char tmp_root[64];
static int tmp_count;

void prr_test_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s:%d: %s: ", file, line, current);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	failures++;
}

void prr_test_skip(const char *why)
{
	printf("skip: %s: %s\n", current, why);
	skipped = 1;
}

const char *prr_test_shared(const char *sub, const char *envvar)
{
	static char path[512];
	const char *env = getenv(envvar);
	if (env && *env)
		return access(env, R_OK) == 0 ? env : NULL;
	for (int up = 1; up <= 2; up++) {
		snprintf(path, sizeof path, "%sshared/%s",
			 up == 1 ? "../" : "../../", sub);
		if (access(path, R_OK) == 0)
			return path;
	}
	return NULL;
}

const char *prr_test_seeds(void)
{
	return prr_test_shared("seeds", "PRR_SEEDS");
}

const char *prr_test_tmpdir(void)
{
	static char path[128];
	if (!tmp_root[0]) {
		snprintf(tmp_root, sizeof tmp_root, "/tmp/prr-unit-XXXXXX");
		if (!mkdtemp(tmp_root)) {
			perror("mkdtemp");
			exit(2);
		}
	}
	snprintf(path, sizeof path, "%s/%d", tmp_root, ++tmp_count);
	mkdir(path, 0700);
	return path;
}

static void cleanup(void)
{
	if (tmp_root[0]) {
		char cmd[128];
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", tmp_root);
	}
}

int main(int argc, char **argv)
{
	int passed = 0, failed = 0, skips = 0;
	atexit(cleanup);
	for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
		if (argc > 1 && !strstr(tests[i].name, argv[1]))
			continue;
		current = tests[i].name;
		failures = 0;
		skipped = 0;
		tests[i].fn();
		if (failures)
			failed++;
		else if (skipped)
			skips++;
		else
			passed++;
	}
	if (skips)
		printf("%d skipped (see 'skip:' lines above)\n", skips);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}

struct prr_review *prr_test_md(const char *name, struct prr_diags *d)
{
	char *path = prr_path_join("tests/data/md", name);
	prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT;
	prr_review *r = NULL;
	if (prr_read_file(path, PRR_MAX_INPUT, &text, &err) == 0)
		prr_import_md(&r, path, text.p, text.n, d);
	else
		prr_test_fail(__FILE__, __LINE__, "cannot read %s: %s", path, err.p);
	prr_buf_free(&text);
	prr_buf_free(&err);
	free(path);
	return r;
}
