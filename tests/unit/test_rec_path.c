/* test_rec_path.c - the path recogniser (rec_path.h).  The words are made
 * up for these tests. */
#include "test.h"

#include <string.h>

#include "prr/rec_path.h"

/* The path read in `word` as a marked word ("" when none), its line. */
static const char *marked(const char *word, int *line, prr_path_mode mode)
{
	static char out[256];
	size_t at = 999, len = 999;
	out[0] = 0;
	if (prr_rec_path(word, strlen(word), mode, &at, &len, line) &&
	    len < sizeof out) {
		memcpy(out, word + at, len);
		out[len] = 0;
	}
	return out;
}

PRR_TEST(rec_path__paths)
{
	static const char *const rows[][2] = {
		{ "src/server.ts", "src/server.ts" },
		{ "docker/prometheus.yml", "docker/prometheus.yml" },
		{ "./scripts/env/boot.sh", "scripts/env/boot.sh" },
		{ "/packages/core/src/base.ts", "packages/core/src/base.ts" },
		{ "go.mod", "go.mod" },
		{ "README.md", "README.md" },
		{ "Dockerfile", "Dockerfile" },
		{ "deploy/Makefile", "deploy/Makefile" },
		{ ".env", ".env" },
		{ ".env.example", ".env.example" },
		{ "SecurityProbe.ts", "SecurityProbe.ts" },
		{ "src/config", "src/config" },
		{ "/scripts/env/", "scripts/env/" },
		{ "app/[id]/page.tsx", "app/[id]/page.tsx" },
		/* a path on the author's machine is kept whole */
		{ "/home/ana/work/proj/NOTES.md", "/home/ana/work/proj/NOTES.md" },
		{ "/Users/ana/proj/src/x.ts", "/Users/ana/proj/src/x.ts" },
		{ "src/lib/*.ts", "src/lib/*.ts" },
		{ "./scripts/wipe.sh --all", "scripts/wipe.sh" },
		{ "src/a.go.", "src/a.go" },
	};
	for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++)
		CHECK_STR(marked(rows[k][0], NULL, PRR_PATH_MARKED), rows[k][1]);
}

PRR_TEST(rec_path__not_paths)
{
	static const char *const words[] = {
		"https://example.org/a.md", "localhost:9090/metrics",
		":3000/health", "/metrics", "/api/v1/users", "/api/v2/", "*.md", "**",
		"1.2.3", "8/10", "2025/01/31", "v2.0", "npm run build",
		"config.enableWidgets", "Store.compact()", "@scope/name",
		"Node.js", "Next.js", "hello world", "WidgetFactory",
		"a, b/c", "\"x/y\"", "", "   ",
		/* a module's address in code, a URL without its scheme */
		"golang.org/x/net", "github.com/org/x/README.md",
	};
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
		size_t at, len;
		CHECK(!prr_rec_path(words[k], strlen(words[k]), PRR_PATH_MARKED,
				    &at, &len, NULL));
	}
}

PRR_TEST(rec_path__lines)
{
	int line = -1;
	CHECK_STR(marked("server/routes/login.ts:1208", &line, PRR_PATH_MARKED),
		  "server/routes/login.ts");
	CHECK_INT(line, 1208);
	CHECK_STR(marked("src/a.go:42:7", &line, PRR_PATH_MARKED), "src/a.go");
	CHECK_INT(line, 42);
	CHECK_STR(marked("src/a.go:10-20", &line, PRR_PATH_MARKED), "src/a.go");
	CHECK_INT(line, 10);
	CHECK_STR(marked("src/a.go#L5", &line, PRR_PATH_MARKED), "src/a.go");
	CHECK_INT(line, 5);
	CHECK_STR(marked("src/a.go", &line, PRR_PATH_MARKED), "src/a.go");
	CHECK_INT(line, 0);
	CHECK_STR(marked("src/a.go:abc", &line, PRR_PATH_MARKED), "");
}

/* Bare words of running text: a known extension or name, nothing less. */
PRR_TEST(rec_path__bare)
{
	CHECK_STR(marked("start-dev.sh", NULL, PRR_PATH_BARE), "start-dev.sh");
	CHECK_STR(marked("NOTES-PLAN.md", NULL, PRR_PATH_BARE), "NOTES-PLAN.md");
	CHECK_STR(marked("app/db/seed.py", NULL, PRR_PATH_BARE), "app/db/seed.py");
	CHECK_STR(marked("CI/CD", NULL, PRR_PATH_BARE), "");
	CHECK_STR(marked("mock/real", NULL, PRR_PATH_BARE), "");
	CHECK_STR(marked("src/config", NULL, PRR_PATH_BARE), "");
	/* a folder ended by its slash, in lower case */
	CHECK_STR(marked("deploy/k8s/", NULL, PRR_PATH_BARE), "deploy/k8s/");
	CHECK_STR(marked("tests/", NULL, PRR_PATH_BARE), "tests/");
	CHECK_STR(marked(".ginko/sessions/.", NULL, PRR_PATH_BARE), ".ginko/sessions/");
	CHECK_STR(marked("CI/CD/", NULL, PRR_PATH_BARE), "");
	CHECK_STR(marked("a/b/", NULL, PRR_PATH_BARE), "");
	CHECK_STR(marked("/api/v1/", NULL, PRR_PATH_BARE), "");
	CHECK_STR(marked("24/7/", NULL, PRR_PATH_BARE), "");
	CHECK_STR(marked("e.g.", NULL, PRR_PATH_BARE), "");
	/* addresses: URLs without their scheme, e-mail */
	CHECK_STR(marked("github.com/org/x/README.md", NULL, PRR_PATH_BARE), "");
	CHECK_STR(marked("www.example.com/a.json", NULL, PRR_PATH_BARE), "");
	CHECK_STR(marked("ana@notes.md", NULL, PRR_PATH_BARE), "");
	CHECK_STR(marked(".github/workflows/ci.yml", NULL, PRR_PATH_BARE),
		  ".github/workflows/ci.yml");
	CHECK_STR(marked("node_modules/@types/x.d.ts", NULL, PRR_PATH_BARE),
		  "node_modules/@types/x.d.ts");
}

PRR_TEST(rec_path__machine)
{
	static const struct { const char *s; size_t home; } rows[] = {
		{ "/home/ana/x.md", 6 }, { "/Users/ana/x.md", 7 },
		{ "/root/x.md", 6 }, { "/mnt/data/x.md", 5 }, { "/opt/app/x", 5 },
		{ "/srv/app/x", 5 }, { "/tmp/x.md", 5 }, { "/var/lib/x", 5 },
		{ "C:/work/x.md", 3 }, { "d:\\work\\x.md", 3 },
		{ "/packages/core/x.ts", 0 }, { "home/ana/x.md", 0 },
		{ "/home/", 0 }, { "C:", 0 }, { "1:/x", 0 },
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		CHECK_INT((long)prr_rec_path_machine(rows[i].s, strlen(rows[i].s)),
			  (long)rows[i].home);
}
