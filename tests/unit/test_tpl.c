/* test_tpl.c - the Mustache engine: the spec as it is, escaping, errors,
 * limits, built-in files. */
#include "test.h"

#include "prr/cli.h"
#include "prr/embed.h"
#include "prr/escape.h"
#include "prr/fsutil.h"
#include "prr/tpl.h"
#include "prr/vtree.h"

#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/*** Helpers ***/

/* A loader over a cJSON object of name -> source (the spec's shape). */
static int json_loader(void *ud, const char *name, prr_tpl_escape mode,
		       prr_buf *text, prr_buf *path, prr_buf *err)
{
	(void)mode;
	(void)err;
	const cJSON *p = cJSON_GetObjectItemCaseSensitive(ud, name);
	if (!cJSON_IsString(p))
		return 0;
	prr_buf_adds(text, p->valuestring);
	prr_buf_adds(path, name);
	return 1;
}

/*
 * Renders `tpl` against the JSON `data` with partials from the JSON object
 * `partials` (may be NULL).  Returns the output (free it) or NULL with the
 * diagnostics printed into `msgs`.
 */
static char *render_with(const char *tpl, const char *data,
			 const char *partials, prr_tpl_escape mode, bool strict,
			 prr_buf *msgs)
{
	cJSON *dj = cJSON_Parse(data ? data : "{}");
	cJSON *pj = cJSON_Parse(partials ? partials : "{}");
	prr_tpl_env *env = prr_tpl_env_new(json_loader, pj);
	prr_tpl_env_strict(env, strict);
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf out = PRR_BUF_INIT;
	const prr_tpl *t;
	char *res = NULL;
	if (prr_tpl_compile(&t, env, "t.mustache", tpl, strlen(tpl), &d) == 0 &&
	    prr_tpl_render(&out, env, t, mode, prr_tpl_json(), dj, &d) == 0)
		res = prr_buf_detach(&out, NULL);
	if (msgs) {
		for (size_t i = 0; i < d.n; i++)
			prr_buf_addf(msgs, "%s:%d:%d: %s\n", d.v[i].file,
				     d.v[i].line, d.v[i].col, d.v[i].message);
	}
	prr_buf_free(&out);
	prr_diags_free(&d);
	prr_tpl_env_free(env);
	cJSON_Delete(dj);
	cJSON_Delete(pj);
	return res;
}

static char *render(const char *tpl, const char *data)
{
	return render_with(tpl, data, NULL, PRR_TPL_ESC_HTML, true, NULL);
}

#define CHECK_RENDER(tpl, data, expected)                                    \
	do {                                                                 \
		char *got_ = render((tpl), (data));                          \
		CHECK_STR(got_, (expected));                                 \
		free(got_);                                                  \
	} while (0)

/* Compiles or renders `tpl`, expecting a failure; returns the first
 * diagnostic as "FILE:LINE:COL: message" (static buffer). */
static const char *error_of(const char *tpl, const char *data,
			    const char *partials)
{
	static char buf[512];
	prr_buf msgs = PRR_BUF_INIT;
	char *out = render_with(tpl, data, partials, PRR_TPL_ESC_HTML, true,
				&msgs);
	snprintf(buf, sizeof buf, "%s", out ? "(rendered)" : msgs.p);
	char *nl = strchr(buf, '\n');
	if (nl)
		*nl = '\0';
	free(out);
	prr_buf_free(&msgs);
	return buf;
}

/*** The Mustache spec, read as it is ***/

/* Runs every test of one spec file; returns the number that failed. */
static int spec_file(const char *path, int *total_run)
{
	prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	int passed = 0, failed = 0;
	if (prr_read_file(path, PRR_MAX_INPUT, &text, &err) < 0) {
		prr_test_fail(__FILE__, __LINE__, "%s: %s", path, err.p);
		prr_buf_free(&text);
		prr_buf_free(&err);
		return 1;
	}
	cJSON *doc = cJSON_ParseWithLength(text.p, text.n);
	const cJSON *tests = cJSON_GetObjectItemCaseSensitive(doc, "tests");
	int n = cJSON_GetArraySize(tests);
	if (!cJSON_IsArray(tests) || n == 0) {
		prr_test_fail(__FILE__, __LINE__, "%s: no tests", path);
		failed++;
	}
	if (strstr(base, "lambdas")) {
		/* lambdas are code in the data; JSON holds none */
		printf("mustache spec: %s 0/%d (all skipped: lambdas need code "
		       "in the data, which JSON cannot carry)\n", base, n);
		goto done;
	}
	const cJSON *tc;
	cJSON_ArrayForEach(tc, tests)
	{
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(tc, "name");
		const cJSON *tpl = cJSON_GetObjectItemCaseSensitive(tc, "template");
		const cJSON *exp = cJSON_GetObjectItemCaseSensitive(tc, "expected");
		const cJSON *data = cJSON_GetObjectItemCaseSensitive(tc, "data");
		const cJSON *parts = cJSON_GetObjectItemCaseSensitive(tc, "partials");
		prr_tpl_env *env = prr_tpl_env_new(json_loader, (void *)parts);
		prr_tpl_env_strict(env, false); /* the spec: missing is empty */
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf out = PRR_BUF_INIT;
		const prr_tpl *t;
		int ok = 0;
		if (prr_tpl_compile(&t, env, name->valuestring, tpl->valuestring,
				    strlen(tpl->valuestring), &d) == 0) {
			/* twice: the second render reuses the compiled
			 * partials and must print the same */
			for (int round = 0; round < 2; round++) {
				prr_buf_reset(&out);
				ok = prr_tpl_render(&out, env, t, PRR_TPL_ESC_HTML,
						    prr_tpl_json(), data, &d) == 0 &&
				     strcmp(out.p, exp->valuestring) == 0;
				if (!ok)
					break;
			}
		}
		if (ok) {
			passed++;
		} else {
			failed++;
			prr_test_fail(__FILE__, __LINE__,
				      "%s: \"%s\": got \"%s\", expected \"%s\"%s%s",
				      base, name->valuestring, out.p,
				      exp->valuestring, d.n ? "; error: " : "",
				      d.n ? d.v[0].message : "");
		}
		prr_buf_free(&out);
		prr_diags_free(&d);
		prr_tpl_env_free(env);
	}
	printf("mustache spec: %s %d/%d\n", base, passed, passed + failed);
	*total_run += passed + failed;
done:
	cJSON_Delete(doc);
	prr_buf_free(&text);
	prr_buf_free(&err);
	return failed;
}

PRR_TEST(tpl__mustache_spec)
{
	const char *dir = prr_test_shared("testdata/mustache-spec",
					  "PRR_MUSTACHE_SPEC");
	if (!dir) {
		prr_test_skip("no mustache spec (../shared/testdata/mustache-spec "
			      "or $PRR_MUSTACHE_SPEC)");
		return;
	}
	static const char *const suffixes[] = { ".json", NULL };
	prr_paths files = { 0 };
	prr_buf err = PRR_BUF_INIT;
	CHECK(prr_walk(dir, suffixes, &files, &err) == 0);
	int failed = 0, run = 0, required = 0;
	for (size_t i = 0; i < files.n; i++) {
		const char *base = strrchr(files.v[i], '/') + 1;
		failed += spec_file(files.v[i], &run);
		/* every required module and the two optional ones we claim */
		if (base[0] != '~' || strstr(base, "inheritance") ||
		    strstr(base, "dynamic-names"))
			required++;
	}
	printf("mustache spec: %d tests run, %d failed\n", run, failed);
	CHECK(required >= 8); /* 6 required modules + inheritance + dynamic */
	CHECK(run > 150);
	CHECK_INT(failed, 0);
	prr_paths_free(&files);
	prr_buf_free(&err);
}

/*** Escaping ***/

PRR_TEST(tpl__html_escapes_quote_and_apostrophe)
{
	CHECK_RENDER("{{x}}", "{\"x\": \"<a href='x'>&\\\"</a>\"}",
		     "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
	CHECK_RENDER("{{{x}}}{{&x}}", "{\"x\": \"<'>\"}", "<'><'>");
}

/* A block at a time: a special byte at every position of a long
 * value, against a byte-by-byte escape written here. */
PRR_TEST(escape__html_every_position)
{
	static const char specials[] = "&<>\"'";
	static const char *const ents[] = { "&amp;", "&lt;", "&gt;", "&quot;", "&#39;" };
	for (size_t len = 1; len <= 40; len++)
		for (size_t at = 0; at < len; at++)
			for (size_t k = 0; k < 5; k++) {
				char in[41];
				memset(in, 'a' + (char)(len % 26), len);
				in[at] = specials[k];
				in[len] = '\0';
				prr_buf want = PRR_BUF_INIT, got = PRR_BUF_INIT;
				prr_buf_adds(&got, "x"); /* appends after what is there */
				prr_buf_adds(&want, "x");
				for (size_t i = 0; i < len; i++)
					if (i == at)
						prr_buf_adds(&want, ents[k]);
					else
						prr_buf_addc(&want, in[i]);
				prr_esc_html(&got, in, len);
				CHECK_STR(got.p, want.p);
				CHECK_INT(got.n, want.n);
				prr_buf_free(&want);
				prr_buf_free(&got);
			}
}

static char *md(const char *s)
{
	prr_buf b = PRR_BUF_INIT;
	prr_esc_md(&b, s, strlen(s));
	return prr_buf_detach(&b, NULL);
}

#define CHECK_MD(in, expected)                                               \
	do {                                                                 \
		char *got_ = md(in);                                         \
		CHECK_STR(got_, (expected));                                 \
		free(got_);                                                  \
	} while (0)

PRR_TEST(tpl__markdown_escaping)
{
	CHECK_MD("plain text", "plain text");
	CHECK_MD("a | b", "a \\| b");
	CHECK_MD("# not a heading", "\\# not a heading");
	CHECK_MD("- not a list", "\\- not a list");
	CHECK_MD("+ no", "\\+ no");
	CHECK_MD("> no quote", "\\> no quote");
	CHECK_MD("12. no list", "12\\. no list");
	CHECK_MD("3) no", "3\\) no");
	CHECK_MD("2026 is fine", "2026 is fine");
	CHECK_MD("use `rm`", "use \\`rm\\`");
	CHECK_MD("a\\|b", "a\\\\\\|b");
	CHECK_MD("line 1\nline 2\r\nline 3", "line 1<br>line 2<br>line 3");
	CHECK_MD("<script>", "\\<script\\>");
	CHECK_MD("x - y # z", "x - y # z"); /* only at the start */
	/* only what would really open a block: figures stay clean */
	CHECK_MD("8.2", "8.2");
	CHECK_MD("+18.9 pts", "+18.9 pts");
	CHECK_MD("-3", "-3");
	CHECK_MD("#3 on the list", "#3 on the list");
	CHECK_MD("1.", "1\\.");
	CHECK_MD("---", "\\---");
	CHECK_MD("***", "\\***");
	CHECK_MD("~~~ fence", "\\~~~ fence");
	CHECK_MD("####### seven", "####### seven");
	CHECK_MD("* item", "\\* item");
	CHECK_MD("", "");

	/* chosen by the template's file name */
	CHECK(prr_tpl_escape_for("report.md.mustache") == PRR_TPL_ESC_MARKDOWN);
	CHECK(prr_tpl_escape_for("page.html.mustache") == PRR_TPL_ESC_HTML);
	CHECK(prr_tpl_escape_for("page.mustache") == PRR_TPL_ESC_HTML);

	/* a table row stays one row whatever the values hold */
	char *got = render_with("| {{a}} | {{b}} |\n",
				"{\"a\": \"- x | y\", \"b\": \"1\\n2\"}", NULL,
				PRR_TPL_ESC_MARKDOWN, true, NULL);
	CHECK_STR(got, "| \\- x \\| y | 1<br>2 |\n");
	free(got);
	got = render_with("{{{a}}}", "{\"a\": \"| raw\"}", NULL,
			  PRR_TPL_ESC_MARKDOWN, true, NULL);
	CHECK_STR(got, "| raw");
	free(got);
}

/* Review text in a pull-request comment (report.md): see escape.h. */
PRR_TEST(tpl__markdown_escaping_loads_no_image_and_pings_no_one)
{
	/* an image becomes a link: the '!' is text */
	CHECK_MD("![t](https://x.example/p.png)", "\\![t](https://x.example/p.png)");
	CHECK_MD("![t][ref]", "\\![t][ref]");
	CHECK_MD("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>");
	/* a mention shows as one, notifies no one; an address stays */
	CHECK_MD("@alice", "@&#8203;alice");
	CHECK_MD("cc @alice, (@org/team)", "cc @&#8203;alice, (@&#8203;org/team)");
	CHECK_MD("ops@example.com", "ops@example.com");
	CHECK_MD("a @ b", "a @ b");
	CHECK_MD("@", "@");
	CHECK_MD("_@bob", "_@&#8203;bob");
	CHECK_MD("\xC3\xA9@bob", "\xC3\xA9@&#8203;bob");
	/* an entity cannot make a mention or a tag */
	CHECK_MD("&#64;carol &lt;b&gt;", "\\&#64;carol \\&lt;b\\&gt;");
	/* issue links stay: they notify no one */
	CHECK_MD("fixes #123", "fixes #123");
	/* control characters: C0 (but tab and line breaks), DEL, C1 */
	CHECK_MD("a\x1b[31mred\x7f\tb", "a\xEF\xBF\xBD[31mred\xEF\xBF\xBD\tb");
	CHECK_MD("x\xC2\x9by", "x\xEF\xBF\xBDy");
	CHECK_MD("caf\xC3\xA9 \xC2\xA9", "caf\xC3\xA9 \xC2\xA9"); /* not controls */
	CHECK_MD("\xC2", "\xC2");
	CHECK_MD("go!", "go\\!");
}

/*** Data ***/

PRR_TEST(tpl__json_values)
{
	CHECK_RENDER("{{a}} {{b}} {{c}} {{d}} {{e}}",
		     "{\"a\": 1.5, \"b\": 85, \"c\": true, \"d\": null, \"e\": -0.25}",
		     "1.5 85 true  -0.25");
	/* falsy: false, null, missing, [], ""; 0 is a value */
	CHECK_RENDER("{{#a}}A{{/a}}{{#b}}B{{/b}}{{#c}}C{{/c}}{{#d}}D{{/d}}"
		     "{{#e}}E{{/e}}{{#z}}Z{{/z}}{{#f}}F{{/f}}",
		     "{\"a\": false, \"b\": null, \"c\": [], \"d\": \"\", \"e\": 0, "
		     "\"f\": {}}",
		     "EF");
	/* case-sensitive keys */
	CHECK_RENDER("{{Name}}|{{name}}", "{\"name\": \"x\"}", "|x");
}

/* Checks that `tpl` renders `expected` from the page tree `root`. */
static void check_vtree(const char *file, int line, const char *tpl,
			const prr_vnode *root, const char *expected)
{
	prr_tpl_env *env = prr_tpl_env_new(NULL, NULL);
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf out = PRR_BUF_INIT;
	const prr_tpl *t;
	if (prr_tpl_compile(&t, env, "t", tpl, strlen(tpl), &d) < 0 ||
	    prr_tpl_render(&out, env, t, PRR_TPL_ESC_HTML, prr_tpl_vtree(),
			   root, &d) < 0 || d.n)
		prr_test_fail(file, line, "cannot render '%s'", tpl);
	else if (strcmp(out.p, expected) != 0)
		prr_test_fail(file, line, "rendered '%s', expected '%s'", out.p,
			      expected);
	prr_buf_free(&out);
	prr_diags_free(&d);
	prr_tpl_env_free(env);
}
#define CHECK_VTREE(tpl, root, expected) \
	check_vtree(__FILE__, __LINE__, tpl, root, expected)

/* The page tree through the engine (what prr build renders): the same
 * values, truthiness, lists and context climbing as cJSON's. */
PRR_TEST(tpl__vtree_values)
{
	prr_arena a = PRR_ARENA_INIT;
	prr_vnode *root = prr_vobj(&a);
	prr_vput_num(root, "n", 1.5);
	prr_vput_num(root, "zero", 0);
	prr_vput_bool(root, "yes", true);
	prr_vput_bool(root, "no", false);
	prr_vput_str(root, "empty", "", 0);
	prr_vput_ref(root, "who", "R&D", 3);
	prr_vnode *list = prr_vput_list(root, "rows");
	prr_vput_ref(prr_vpush_obj(list), "who", "a", 1);
	prr_vpush_obj(list); /* no "who": climbs to the root's */
	prr_vput_list(root, "none");
	prr_vput_str(prr_vput_obj(root, "o"), "k", "v", 1);
	CHECK_VTREE("{{n}} {{zero}} {{yes}} {{no}} [{{empty}}] {{who}} "
		    "{{#rows}}<{{who}}>{{/rows}} {{^none}}none{{/none}} "
		    "{{#zero}}Z{{/zero}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}"
		    "{{o.k}}{{#o}}{{k}}{{/o}}{{missing.k}}", root,
		    "1.5 0 true false [] R&amp;D <a><R&amp;D> none Zvv");
	prr_arena_free(&a);
}

/* Members named by keys of every length prr_tpl_name_hash reads in its own
 * way (none, 1-3, 4-7, 8 and more bytes), keys that share their length
 * and their ends (one hash, or the same first and last eight bytes), and
 * a key given as a variable rather than a literal: each is found as its
 * own, through prr_vget and through the engine. */
PRR_TEST(tpl__vtree_keys)
{
	static const char *const keys[] = {
		"", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh",
		"abcdefghi", "abcdefgh_1_ijklmnop", "abcdefgh_2_ijklmnop",
		"axc", "ayc", "ab_d", "ac_d", "a.b",
	};
	size_t n = sizeof keys / sizeof keys[0];
	CHECK(prr_tpl_name_hash("axc", 3) == prr_tpl_name_hash("axc", 3));
	CHECK(prr_tpl_name_hash("abcdefgh_1_ijklmnop", 19) ==
	      prr_tpl_name_hash("abcdefgh_2_ijklmnop", 19));
	CHECK(prr_tpl_name_hash("abc", 3) != prr_tpl_name_hash("abc", 2));
	prr_arena a = PRR_ARENA_INIT;
	prr_vnode *root = prr_vobj(&a);
	char val[8];
	for (size_t i = 0; i < n; i++) {
		snprintf(val, sizeof val, "v%zu", i);
		prr_vput_str(root, keys[i], val, strlen(val));
	}
	prr_vput_ref(root, "abcdefgh", "again", 5); /* the first one counts */
	for (size_t i = 0; i < n; i++) {
		snprintf(val, sizeof val, "v%zu", i);
		CHECK_STR(prr_vstr(prr_vget(root, keys[i])), val);
	}
	CHECK(prr_vget(root, "abcdefgh_3_ijklmnop") == NULL);
	CHECK(prr_vget(root, "abcdefgh_1_ijklmno") == NULL);
	CHECK(prr_vget(root, "azc") == NULL);
	prr_vdel(root, "abcdefgh");
	CHECK_STR(prr_vstr(prr_vget(root, "abcdefgh")), "again");
	CHECK_VTREE("{{a}}{{ab}}{{abc}}{{abcd}}{{abcde}}{{abcdefg}}"
		    "{{abcdefgh}}{{abcdefghi}}{{abcdefgh_1_ijklmnop}}"
		    "{{abcdefgh_2_ijklmnop}}{{axc}}{{ayc}}{{ab_d}}{{ac_d}}"
		    "{{abcdefgh_3_ijklmnop}}{{azc}}", root,
		    "v1v2v3v4v5v6againv8v9v10v11v12v13v14");
	prr_arena_free(&a);
}

/* A string its maker marked plain (prr_vplain) is printed in HTML as it
 * is; any other is escaped, and in Markdown every one.  (A plain string
 * never holds "&": here one does, to show which way it went.) */
PRR_TEST(tpl__vtree_plain_strings)
{
	prr_arena a = PRR_ARENA_INIT;
	prr_vnode *root = prr_vobj(&a);
	prr_vplain(prr_vput_ref(root, "plain", "a&b|c", 5));
	prr_vput_ref(root, "text", "a&b|c", 5);
	CHECK_VTREE("{{plain}} {{text}} {{{plain}}} {{&text}}", root,
		    "a&b|c a&amp;b|c a&b|c a&b|c");
	prr_tpl_env *env = prr_tpl_env_new(NULL, NULL);
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf out = PRR_BUF_INIT;
	const prr_tpl *t;
	const char *md = "{{plain}} {{text}}";
	CHECK(prr_tpl_compile(&t, env, "t.md", md, strlen(md), &d) == 0);
	CHECK(prr_tpl_render(&out, env, t, PRR_TPL_ESC_MARKDOWN, prr_tpl_vtree(),
			     root, &d) == 0);
	CHECK_STR(out.p, "a\\&b\\|c a\\&b\\|c");
	prr_buf_free(&out);
	prr_diags_free(&d);
	prr_tpl_env_free(env);
	prr_arena_free(&a);
}

/* One env, its templates compiled once, rendered by several threads at
 * once: each gets the page one thread alone gets. */
typedef struct shared_render {
	prr_tpl_env *env;
	const cJSON *data;
	char *got[8];
} shared_render;

static void *render_many(void *arg)
{
	shared_render *s = arg;
	for (int i = 0; i < 8; i++) {
		const prr_tpl *t;
		prr_diags d = PRR_DIAGS_INIT;
		prr_buf out = PRR_BUF_INIT;
		if (prr_tpl_load(&t, s->env, i % 2 ? "page" : "list",
				 PRR_TPL_ESC_HTML, &d) == 0 &&
		    prr_tpl_render(&out, s->env, t, PRR_TPL_ESC_HTML,
				   prr_tpl_json(), s->data, &d) == 0)
			s->got[i] = prr_buf_detach(&out, NULL);
		prr_buf_free(&out);
		prr_diags_free(&d);
	}
	return NULL;
}

PRR_TEST(tpl__one_env_many_threads)
{
	cJSON *parts = cJSON_Parse(
		"{\"page\": \"{{<layout}}{{$body}}{{>list}}{{/body}}{{/layout}}\","
		" \"layout\": \"<main>{{$body}}{{/body}}</main>\","
		" \"list\": \"{{#rows}}<li>{{name}} {{n}}</li>{{/rows}}\"}");
	cJSON *data = cJSON_Parse("{\"rows\": [{\"name\": \"a\", \"n\": 1},"
				  " {\"name\": \"b<\", \"n\": 2.5}]}");
	prr_tpl_env *env = prr_tpl_env_new(json_loader, parts);
	shared_render s[4];
	pthread_t th[4];
	for (int i = 0; i < 4; i++) {
		s[i] = (shared_render){ env, data, { NULL } };
		CHECK(pthread_create(&th[i], NULL, render_many, &s[i]) == 0);
	}
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	for (int i = 0; i < 4; i++) {
		for (int j = 0; j < 8; j++) {
			CHECK_STR(s[i].got[j],
				  j % 2 ? "<main><li>a 1</li><li>b&lt; 2.5</li></main>"
					: "<li>a 1</li><li>b&lt; 2.5</li>");
			free(s[i].got[j]);
		}
	}
	prr_tpl_env_free(env);
	cJSON_Delete(parts);
	cJSON_Delete(data);
}

/*** Errors carry exact positions ***/

PRR_TEST(tpl__error_positions)
{
	CHECK_STR(error_of("a\n  {{#items}}\n{{x}}\n", NULL, NULL),
		  "t.mustache:2:3: unclosed section 'items'");
	CHECK_STR(error_of("{{#a}}\n x {{/b}}", NULL, NULL),
		  "t.mustache:2:4: close tag 'b' does not match 'a' opened at 1:1");
	CHECK_STR(error_of("ok\n\n   {{/a}}", NULL, NULL),
		  "t.mustache:3:4: close tag 'a' without an open section");
	CHECK_STR(error_of("x {{=<% =}}", NULL, NULL),
		  "t.mustache:1:3: bad delimiter change '{{=<% =}}' (expected "
		  "two delimiters, e.g. '{{=<% %>=}}')");
	CHECK_STR(error_of("x\n{{= a=b c =}}", NULL, NULL),
		  "t.mustache:2:1: bad delimiter change '{{= a=b c =}}' (expected "
		  "two delimiters, e.g. '{{=<% %>=}}')");
	CHECK_STR(error_of("{{a}}\nxx {{b", NULL, NULL),
		  "t.mustache:2:4: unclosed tag (no '}}')");
	CHECK_STR(error_of("{{=<% %>=}}\n<%a", NULL, NULL),
		  "t.mustache:2:1: unclosed tag (no '%>')");
	CHECK_STR(error_of("{{}}", NULL, NULL), "t.mustache:1:1: empty tag");
	CHECK_STR(error_of("\n {{a b}}", NULL, NULL),
		  "t.mustache:2:2: bad name 'a b'");
	/* strict: a missing partial is an error where it is named */
	CHECK_STR(error_of("line\n  x {{> nothere}}", NULL, "{}"),
		  "t.mustache:2:5: no template 'nothere'");
	/* an error inside a partial is reported in the partial */
	CHECK_STR(error_of("{{>p}}", NULL, "{\"p\": \"ok\\n{{#x}}\"}"),
		  "p:2:1: unclosed section 'x'");
	/* lenient (the spec's rule): a missing partial is empty */
	prr_buf msgs = PRR_BUF_INIT;
	char *out = render_with("[{{>nothere}}]", NULL, NULL, PRR_TPL_ESC_HTML,
				false, &msgs);
	CHECK_STR(out, "[]");
	free(out);
	prr_buf_free(&msgs);
}

PRR_TEST(tpl__partial_recursion_limit)
{
	/* a partial that always includes itself */
	const char *msg = error_of("{{>self}}", NULL,
				   "{\"self\": \"x\\n  {{>self}}\"}");
	CHECK_STR(msg, "self:2:3: partials nested deeper than 100 (does 'self' "
		       "include itself?)");
	/* through a parent too */
	msg = error_of("{{<p}}{{/p}}", NULL, "{\"p\": \"{{<p}}{{/p}}\"}");
	CHECK_CONTAINS(msg, "p:1:1: partials nested deeper than 100");
	/* recursion that stops (the data runs out) is fine at depth 60 */
	prr_buf data = PRR_BUF_INIT;
	for (int i = 0; i < 60; i++)
		prr_buf_adds(&data, "{\"n\": ");
	prr_buf_adds(&data, "{\"n\": []}");
	for (int i = 0; i < 60; i++)
		prr_buf_addc(&data, '}');
	char *out = render_with("{{>node}}", data.p,
				"{\"node\": \"<{{#n}}{{>node}}{{/n}}>\"}",
				PRR_TPL_ESC_HTML, true, NULL);
	CHECK(out != NULL);
	CHECK_INT(out ? strlen(out) : 0, 122);
	free(out);
	prr_buf_free(&data);
}

PRR_TEST(tpl__runaway_renders_stop)
{
	/* a list looped inside itself grows exponentially: the step limit
	 * ends it with a message instead of a hang */
	const char *data = "{\"a\": [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]}";
	prr_buf t = PRR_BUF_INIT;
	for (int i = 0; i < 12; i++)
		prr_buf_adds(&t, "{{#a}}");
	prr_buf_adds(&t, "x");
	for (int i = 0; i < 12; i++)
		prr_buf_adds(&t, "{{/a}}");
	cJSON *dj = cJSON_Parse(data);
	prr_tpl_env *env = prr_tpl_env_new(NULL, NULL);
	prr_tpl_env_limits(env, 100000, 0);
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf out = PRR_BUF_INIT;
	const prr_tpl *tp;
	CHECK(prr_tpl_compile(&tp, env, "loop", t.p, t.n, &d) == 0);
	CHECK(prr_tpl_render(&out, env, tp, PRR_TPL_ESC_HTML, prr_tpl_json(),
			     dj, &d) < 0);
	CHECK_INT(out.n, 0);
	CHECK(d.n == 1 && strstr(d.v[0].message, "more than 100000 steps"));
	/* nesting beyond the compile limit */
	prr_buf_reset(&t);
	for (int i = 0; i <= PRR_TPL_MAX_NESTING; i++)
		prr_buf_adds(&t, "{{#a}}");
	prr_diags_clear(&d);
	CHECK(prr_tpl_compile(&tp, env, "deep", t.p, t.n, &d) < 0);
	CHECK(d.n == 1 && d.v[0].col == 6 * PRR_TPL_MAX_NESTING + 1);
	prr_diags_free(&d);
	prr_buf_free(&out);
	prr_buf_free(&t);
	prr_tpl_env_free(env);
	cJSON_Delete(dj);
}

/*** Indentation and inheritance beyond the spec's cases ***/

PRR_TEST(tpl__layout_inheritance)
{
	char *got = render_with(
		"{{<layout}}\n"
		"{{$title}}{{name}}{{/title}}\n"
		"{{$body}}\n"
		"  <ul>\n"
		"  {{#items}}\n"
		"    <li>{{.}}</li>\n"
		"  {{/items}}\n"
		"  </ul>\n"
		"{{/body}}\n"
		"{{/layout}}\n",
		"{\"name\": \"R&D\", \"items\": [\"a\", \"b\"]}",
		"{\"layout\": \"<title>{{$title}}none{{/title}}</title>\\n"
		"<main>\\n    {{$body}}\\n    {{/body}}\\n</main>\\n\"}",
		PRR_TPL_ESC_HTML, true, NULL);
	CHECK_STR(got, "<title>R&amp;D</title>\n<main>\n"
		       "    <ul>\n      <li>a</li>\n      <li>b</li>\n    </ul>\n"
		       "</main>\n");
	free(got);
}

/*** Built-in files ***/

PRR_TEST(tpl__embedded_files)
{
	const prr_embed_file *f = prr_embed_find("templates/layout.html.mustache");
	CHECK(f != NULL);
	if (f) {
		CHECK(strstr((const char *)f->data, "{{$content}}") != NULL);
		CHECK(strstr((const char *)f->data, "default-src 'none'") != NULL);
		CHECK_INT(f->data[f->len], 0);
	}
	const prr_embed_file *first;
	size_t n = prr_embed_list("assets/", &first);
	CHECK(n >= 1);
	bool css = false;
	for (size_t i = 0; i < n; i++) {
		CHECK(strncmp(first[i].path, "assets/", 7) == 0);
		css |= strcmp(first[i].path, "assets/style.css") == 0;
	}
	CHECK(css);
	CHECK(prr_embed_find("templates/nope") == NULL);

	/* the store: the override dir wins, names cannot escape it */
	const char *dir = prr_test_tmpdir();
	char *p = prr_path_join(dir, "layout.html.mustache");
	prr_buf err = PRR_BUF_INIT, text = PRR_BUF_INIT, path = PRR_BUF_INIT;
	CHECK(prr_write_file_atomic(p, "mine", 4, &err) == 0);
	prr_tpl_store store = { { dir } };
	CHECK_INT(prr_tpl_find(&store, "layout.html.mustache", &text, &path, &err),
		  1);
	CHECK_STR(text.p, "mine");
	CHECK_STR(path.p, p);
	prr_tpl_store none = { { NULL } };
	CHECK_INT(prr_tpl_find(&none, "layout.html.mustache", &text, &path, &err),
		  1);
	CHECK_STR(path.p, "<built-in>/layout.html.mustache");
	CHECK_INT(prr_tpl_store_loader(&none, "layout", PRR_TPL_ESC_HTML, &text,
				       &path, &err), 1);
	CHECK_INT(prr_tpl_find(&store, "../x", &text, &path, &err), 0);
	CHECK_INT(prr_tpl_find(&store, "/etc/passwd", &text, &path, &err), 0);
	free(p);
	prr_buf_free(&err);
	prr_buf_free(&text);
	prr_buf_free(&path);
}

/* The commands' help texts are compiled in beside the templates: no
 * template name reaches one, and a help text is found by its command's
 * name alone. */
PRR_TEST(tpl__help_texts_are_no_templates)
{
	prr_buf err = PRR_BUF_INIT, text = PRR_BUF_INIT, path = PRR_BUF_INIT;
	CHECK(prr_embed_find("gen/cmd/help/import.txt") != NULL);
	prr_tpl_store none = { { NULL } };
	const char *const names[] = { "import.txt", "gen/cmd/help/import.txt",
				      "../gen/cmd/help/import.txt", "import" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		CHECK_INT(prr_tpl_find(&none, names[i], &text, &path, &err), 0);
		CHECK_INT(prr_tpl_store_loader(&none, names[i], PRR_TPL_ESC_MARKDOWN,
					       &text, &path, &err), 0);
	}
	prr_command import = { "import" }, layout = { "layout.html.mustache" },
		   up = { "../templates/layout.html" };
	const char *help = prr_command_help_text(&import);
	CHECK(help != NULL && strncmp(help, "usage: prr import ", 18) == 0);
	CHECK(prr_command_help_text(&layout) == NULL);
	CHECK(prr_command_help_text(&up) == NULL);
	prr_buf_free(&err);
	prr_buf_free(&text);
	prr_buf_free(&path);
}

PRR_TEST(escape__term_shows_control_characters_as_fffd)
{
	prr_buf b = PRR_BUF_INIT;
	const char in[] = "a\x1b[2K\rb\tc\nd\x7f" "\xc2\x9b" "e\xc3\xa9";
	prr_esc_term(&b, in, sizeof in - 1, 1);
	CHECK_STR(b.p, "a\xef\xbf\xbd[2K\xef\xbf\xbd" "b\tc\xef\xbf\xbd" "d"
		       "\xef\xbf\xbd\xef\xbf\xbd" "e\xc3\xa9");
	prr_buf_reset(&b);
	prr_esc_term(&b, in, sizeof in - 1, 0); /* newlines kept */
	CHECK_CONTAINS(b.p, "c\nd");
	prr_buf_reset(&b);
	prr_esc_term(&b, "\xc2", 1, 1); /* a lone lead byte at the end */
	CHECK_STR(b.p, "\xc2");
	prr_buf_free(&b);
}
