/* test_history.c - path globs, evidence paths, times. */
#include "test.h"

#include "prr/buf.h"
#include "prr/evidence.h"
#include "prr/glob.h"
#include "prr/history.h"
#include "../../gen/evid_int.h"

#include <string.h>

PRR_TEST(glob__stars_classes_and_folders)
{
	CHECK(prr_glob_match("src/a/**", "src/a/x/y.c"));
	CHECK(prr_glob_match("lib/*.c", "lib/b.c"));
	CHECK(!prr_glob_match("lib/*.c", "lib/x/b.c"));
	CHECK(prr_glob_match("src/**/x.c", "src/x.c"));
	CHECK(prr_glob_match("src/**/x.c", "src/a/b/x.c"));
	CHECK(prr_glob_match("f[0-9].txt", "f7.txt"));
	CHECK(!prr_glob_match("f[!0-9].txt", "f7.txt"));
	CHECK(prr_glob_match("a?c", "abc"));
	CHECK(!prr_glob_match("a?c", "a/c"));
	CHECK(prr_glob_match("a\\*", "a*"));
	CHECK(!prr_glob_match("a\\*", "ab"));
	/* a pathological pattern ends, with no match */
	CHECK(!prr_glob_match("**a**a**a**a**a**a**a**a**b",
			      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
	CHECK(prr_glob_has_magic("src/*.c"));
	CHECK(!prr_glob_has_magic("src/a.c"));
}

PRR_TEST(evidence__paths_stay_in_the_repository)
{
	prr_buf b = PRR_BUF_INIT;
	CHECK_INT(prr_evidence_path(&b, "sub", "/src/a.c"), 0);
	CHECK_STR(b.p, "sub/src/a.c");
	CHECK_INT(prr_evidence_path(&b, "sub", "./src/./a.c"), 0);
	CHECK_STR(b.p, "sub/src/a.c");
	CHECK_INT(prr_evidence_path(&b, "sub", "../lib/b.c"), 0);
	CHECK_STR(b.p, "lib/b.c");
	CHECK_INT(prr_evidence_path(&b, "sub", "../../etc/passwd"), -1);
	CHECK_INT(prr_evidence_path(&b, NULL, "a/../../x"), -1);
	CHECK_INT(prr_evidence_path(&b, NULL, "/"), 0);
	CHECK_STR(b.p, "");
	prr_buf_free(&b);
}

/* A claimed token holds as written or as the identifier it names. */
PRR_TEST(evidence__tokens_read_as_identifiers)
{
	const char *src = "export const schema = {\n  useRealAgents: true,\n};\n";
	size_t n = strlen(src);
	CHECK(evid_token_in(src, n, "config.useRealAgents", false));
	CHECK(evid_token_in(src, n, "Config::useRealAgents", false));
	CHECK(evid_token_in(src, n, "cfg->useRealAgents", false));
	CHECK(evid_token_in(src, n, "useRealAgents", false));
	CHECK(!evid_token_in(src, n, "config.useReal", false)); /* a whole word */
	CHECK(!evid_token_in(src, n, "config.useFakeAgents", false));
	CHECK(evid_token_in(src, n, "schema", false));
	/* a call: "compact()" holds where "compact" is a word */
	CHECK(evid_token_in("s.compact (x)", 13, "compact()", false));
	CHECK(!evid_token_in("s.compacted()", 13, "compact()", false));
	/* an absence is contradicted only when every reading is found */
	CHECK(!evid_token_in(src, n, "config.useRealAgents", true));
	CHECK(evid_token_in("config.useRealAgents", 20, "config.useRealAgents", true));
	/* a number is no identifier: only the literal reading */
	CHECK(!evid_token_in("v 2", 3, "v1.2", false));
}

PRR_TEST(history__times_carry_their_offset)
{
	char iso[26], day[11];
	prr_time_iso(iso, 1767610800, 60); /* 2026-01-05 11:00 UTC */
	CHECK_STR(iso, "2026-01-05T12:00:00+01:00");
	prr_time_iso(iso, 1767610800, -330);
	CHECK_STR(iso, "2026-01-05T05:30:00-05:30");
	prr_time_date(day, 1767657600 - 1, 60); /* 23:59:59 UTC is the 6th at +1 */
	CHECK_STR(day, "2026-01-06");
	CHECK_STR(prr_verdict_name(PRR_CONTRADICTED), "contradicted");
}

PRR_TEST(history__bad_repository_is_named)
{
	prr_repo *r = NULL;
	prr_buf err = PRR_BUF_INIT;
	CHECK_INT(prr_repo_open(&r, "/no/such/repo", &err), -1);
	CHECK(r == NULL);
	CHECK_CONTAINS(err.p, "repository '/no/such/repo' does not exist");
	prr_buf_free(&err);
}
