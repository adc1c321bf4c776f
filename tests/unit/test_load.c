/* test_load.c - the JSON loader: positions, rules, and the round trip. */
#include "test.h"

#include "prr/jsonread.h"
#include "prr/load.h"

static const char good[] =
	"{\n"
	"  \"schema\": \"prr/review/v1\",\n"
	"  \"date\": \"2026-03-02\",\n"
	"  \"status\": {\"text\": \"almost\", \"level\": \"partial\"},\n"
	"  \"scores\": [{\"label\": \"Overall\", \"value\": 6, \"high\": 6.5, \"max\": 10}],\n"
	"  \"components\": [{\"name\": \"API\", \"checks\": [\n"
	"    {\"category\": \"Tests\", \"status\": \"partial\", \"passed\": 3, \"total\": 4}]}],\n"
	"  \"waves\": [{\"id\": \"W7\", \"planned\": false, \"stories\": [\n"
	"    {\"id\": \"S1\", \"points\": 3, \"status\": \"fail\",\n"
	"     \"evidence\": [{\"path\": \"src/a.c\", \"token\": \"compact()\", \"absent\": true}]}]}],\n"
	"  \"milestones\": [{\"name\": \"GA\", \"done\": \"2026-04-01\"}, {\"name\": \"Beta\", \"done\": false}],\n"
	"  \"findings\": [{\"severity\": \"critical\", \"title\": \"No tests\",\n"
	"    \"effort\": {\"low\": 40, \"high\": 60, \"unit\": \"hours\"}}],\n"
	"  \"tables\": [{\"header\": [\"a\", \"b\"], \"rows\": [[\"1\", \"2\"]]}]\n"
	"}\n";

static prr_review *load(const char *text, prr_diags *d)
{
	prr_review *r = NULL;
	prr_review_load_json(&r, "t.json", text, strlen(text), d);
	return r;
}

PRR_TEST(load__reads_every_kind_of_field)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = load(good, &d);
	CHECK(r != NULL);
	CHECK_INT(d.errors, 0);
	if (!r)
		goto done;
	CHECK_STR(r->date, "2026-03-02");
	CHECK_INT(r->date_line, 3);
	CHECK_INT(r->level, PRR_LEVEL_PARTIAL);
	CHECK_NUM(r->scores[0].value, 6);
	CHECK_NUM(r->scores[0].high, 6.5);
	CHECK_INT(r->components[0].checks[0].status, PRR_PARTIAL);
	CHECK_INT(r->components[0].checks[0].passed, 3);
	CHECK_INT(r->components[0].line, 6); /* its own source: JSON lines */
	CHECK(!r->waves[0].planned);
	CHECK(isnan(r->waves[0].planned_points));
	CHECK(r->waves[0].stories[0].evidence[0].absent);
	CHECK_STR(r->waves[0].stories[0].evidence[0].token, "compact()");
	CHECK(r->milestones[0].done);
	CHECK_STR(r->milestones[0].done_date, "2026-04-01");
	CHECK(!r->milestones[1].done);
	CHECK_INT(r->findings[0].severity, PRR_SEV_CRITICAL);
	CHECK_NUM(r->findings[0].effort.high, 60);
	CHECK_STR(r->tables[0].rows[0][1], "2");
	CHECK_STR(r->source_format, "json");
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(load__write_then_load_gives_the_same_json)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = load(good, &d);
	CHECK(r != NULL);
	if (!r)
		return;
	prr_buf a = PRR_BUF_INIT, b = PRR_BUF_INIT;
	prr_jw w;
	prr_jw_init(&w, &a, true);
	prr_review_write_json(r, &w);
	prr_review *r2 = load(a.p, &d);
	CHECK(r2 != NULL);
	if (r2) {
		prr_jw_init(&w, &b, true);
		prr_review_write_json(r2, &w);
		CHECK_STR(b.p, a.p);
		CHECK_CONTAINS(a.p, "\"done\": \"2026-04-01\"");
		CHECK_CONTAINS(a.p, "\"planned\": false");
		CHECK_CONTAINS(a.p, "\"source\": {\n    \"file\": \"t.json\"");
	}
	prr_review_free(r2);
	prr_review_free(r);
	prr_buf_free(&a);
	prr_buf_free(&b);
	prr_diags_free(&d);
}

PRR_TEST(load__errors_point_at_the_value)
{
	prr_diags d = PRR_DIAGS_INIT;
	const char *t = "{\"schema\": \"prr/review/v1\",\n"
			" \"date\": \"2026-01-01\",\n"
			" \"dimensions\": [{\"name\": \"Security\", \"score\": 12, \"max\": 10}]}";
	prr_review *r = load(t, &d);
	CHECK(r == NULL);
	CHECK_INT(d.errors, 1);
	if (d.n) {
		CHECK_INT(d.v[0].line, 3);
		CHECK_INT(d.v[0].col, 47);
		CHECK_CONTAINS(d.v[0].message, "scores 12, above its max 10");
	}
	prr_diags_free(&d);
}

/* a stated level its own words deny is loaded as stated, with a warning
 * at the level; a level more cautious than its words is no warning */
PRR_TEST(load__a_level_its_text_denies_is_warned_of)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = load("{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-01\",\n"
			     " \"status\": {\"text\": \"NOT READY: two blockers\", "
			     "\"level\": \"ready\"}}", &d);
	CHECK(r != NULL && r->level == PRR_LEVEL_READY);
	CHECK_INT(d.errors, 0);
	CHECK_INT(d.n, 1);
	if (d.n) {
		CHECK_INT(d.v[0].line, 2);
		CHECK_CONTAINS(d.v[0].message, "status level \"ready\", but its text "
			       "reads not-ready");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = load("{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-01\",\n"
		 " \"status\": {\"text\": \"4 of 5 stories COMPLETE\", "
		 "\"level\": \"partial\"}}", &d);
	CHECK(r != NULL);
	CHECK_INT(d.n, 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(load__duplicate_keys_and_missing_fields)
{
	prr_diags d = PRR_DIAGS_INIT;
	const char *t = "{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-01\","
			" \"date\": \"2026-01-02\", \"risks\": [{\"level\": \"high\"}]}";
	CHECK(load(t, &d) == NULL);
	CHECK_INT(d.errors, 2);
	if (d.n == 2) {
		CHECK_CONTAINS(d.v[0].message, "duplicate key 'date'");
		CHECK_INT(d.v[0].col, 51);
		CHECK_CONTAINS(d.v[1].message, "risk lacks required field 'title'");
	}
	prr_diags_free(&d);
}

PRR_TEST(load__error_count_is_capped)
{
	prr_buf t = PRR_BUF_INIT;
	prr_buf_adds(&t, "{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-01\"");
	for (int i = 0; i < 500; i++)
		prr_buf_addf(&t, ", \"x%d\": 1", i);
	prr_buf_adds(&t, "}");
	prr_diags d = PRR_DIAGS_INIT;
	CHECK(load(t.p, &d) == NULL);
	CHECK_INT(d.n, PRR_JDOC_MAX_ERRORS + 1);
	CHECK_CONTAINS(d.v[d.n - 1].message, "too many errors");
	prr_diags_free(&d);
	prr_buf_free(&t);
}

#include "prr/config.h"
#include "prr/fsutil.h"

#include <stdlib.h>

static prr_config *config_from(const char *text, prr_diags *d)
{
	const char *dir = prr_test_tmpdir();
	char *path = prr_path_join(dir, "prr.json");
	prr_buf err = PRR_BUF_INIT;
	prr_write_file_atomic(path, text, strlen(text), &err);
	prr_config *c = NULL;
	prr_config_load_dir(&c, dir, d);
	free(path);
	prr_buf_free(&err);
	return c;
}

PRR_TEST(config__reads_every_field)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_config *c = config_from(
		"{\"project\": \"P\", \"repo\": \"../r\", \"root\": \"svc\",\n"
		" \"components\": {\"API\": [\"api/**\", \"lib/*.c\"], \"DB\": \"db/**\"},\n"
		" \"thresholds\": {\"ready\": 90, \"partial\": 40},\n"
		" \"weights\": {\"Security\": 2},\n"
		" \"gate\": {\"min_readiness\": 60, \"max_critical\": 0, \"no_regressions\": true},\n"
		" \"waivers\": [{\"component\": \"API\", \"category\": \"Load\", \"reason\": \"r\",\n"
		"   \"approver\": \"a\", \"expires\": \"2026-06-30\"}]}", &d);
	CHECK(c != NULL);
	CHECK_INT(d.errors, 0);
	if (!c)
		goto done;
	CHECK_STR(c->project, "P");
	CHECK(prr_ends_with(c->repo, "/../r"));
	CHECK_INT(c->n_components, 2);
	CHECK_STR(c->components[0].globs[1], "lib/*.c");
	CHECK_STR(c->components[1].globs[0], "db/**");
	CHECK_NUM(c->ready, 90);
	CHECK_NUM(prr_config_weight(c, "security"), 2);
	CHECK(isnan(prr_config_weight(c, "Operations")));
	CHECK_NUM(c->gate.min_readiness, 60);
	CHECK_INT(c->gate.max_critical, 0);
	CHECK(c->gate.no_regressions);
	CHECK_INT(c->gate.max_disagreements, -1);
	CHECK_INT(c->gate.min_verdict, PRR_LEVEL_UNKNOWN);
	CHECK_STR(c->waivers[0].expires, "2026-06-30");
done:
	prr_config_free(c);
	prr_diags_free(&d);
}

PRR_TEST(config__gate_min_verdict_is_partial_or_ready)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_config *c = config_from("{\"gate\": {\"min_verdict\": \"ready\"}}", &d);
	CHECK(c != NULL);
	CHECK_INT(c ? (int)c->gate.min_verdict : -1, PRR_LEVEL_READY);
	prr_config_free(c);
	c = config_from("{\"gate\": {\"min_verdict\": \"partial\"}}", &d);
	CHECK_INT(c ? (int)c->gate.min_verdict : -1, PRR_LEVEL_PARTIAL);
	prr_config_free(c);
	/* not-ready would be met by every verdict; a number is no level */
	c = config_from("{\"gate\": {\n  \"min_verdict\": \"not-ready\"}}", &d);
	CHECK(c == NULL);
	prr_config_free(c);
	c = config_from("{\"gate\": {\"min_verdict\": 1}}", &d);
	CHECK(c == NULL);
	prr_config_free(c);
	CHECK_INT(d.errors, 2);
	if (d.errors == 2) {
		CHECK_INT(d.v[0].line, 2);
		CHECK_INT(d.v[0].col, 18);
		CHECK_CONTAINS(d.v[0].message, "'min_verdict' must be \"partial\" or \"ready\"");
		CHECK_CONTAINS(d.v[1].message, "'min_verdict' must be");
	}
	prr_diags_free(&d);
}

PRR_TEST(config__defaults_without_a_file_and_errors_with_positions)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_config *c = NULL;
	CHECK(prr_config_load_dir(&c, prr_test_tmpdir(), &d) == 0);
	CHECK(c && c->path == NULL && c->ready == 80 && c->partial == 50);
	prr_config_free(c);
	c = config_from("{\"thresholds\": {\"ready\": 120},\n \"colour\": 1,\n"
			" \"waivers\": [{\"finding\": \"x\"}]}", &d);
	CHECK(c == NULL);
	prr_diags_sort(&d, 0);
	CHECK_INT(d.errors, 3);
	if (d.errors == 3) {
		CHECK_INT(d.v[0].line, 1);
		CHECK_CONTAINS(d.v[0].message, "'ready' must be a number from 0 to 100");
		CHECK_INT(d.v[1].line, 2);
		CHECK_CONTAINS(d.v[1].message, "unknown field 'colour'");
		CHECK_CONTAINS(d.v[2].message, "needs a 'reason'");
	}
	prr_diags_free(&d);
}
