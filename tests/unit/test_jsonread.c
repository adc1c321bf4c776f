/*
 * test_jsonread.c - JSON input with positions: prr's reader of plain JSON
 * against cJSON, which reads the rest and words the errors.
 */
#include "test.h"

#include "prr/arena.h"
#include "prr/jsonread.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 1 when the trees are the same: types, keys, strings, numbers, order,
 * and cJSON's links (the first child's prev is the last). */
static int same_tree(const cJSON *a, const cJSON *b)
{
	if ((a->type & 0xFF) != (b->type & 0xFF))
		return 0;
	if ((a->string == NULL) != (b->string == NULL) ||
	    (a->string && strcmp(a->string, b->string)))
		return 0;
	if ((a->valuestring == NULL) != (b->valuestring == NULL) ||
	    (a->valuestring && strcmp(a->valuestring, b->valuestring)))
		return 0;
	if (a->valueint != b->valueint ||
	    memcmp(&a->valuedouble, &b->valuedouble, sizeof(double)))
		return 0;
	const cJSON *x = a->child, *y = b->child;
	if (x && (!y || x->prev == NULL || y->prev == NULL))
		return 0;
	for (; x && y; x = x->next, y = y->next) {
		if (!same_tree(x, y))
			return 0;
		if (!x->next && (a->child->prev != x || b->child->prev != y))
			return 0;
	}
	return x == NULL && y == NULL;
}

/* Parses `text` both ways: 1 read by prr's reader, 0 by cJSON, -1
 * refused; and checks that cJSON agrees (the same tree, or an error). */
static int parse_both(const char *text, size_t len)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_jdoc doc;
	int rc = prr_jdoc_parse(&doc, "t.json", text, len, &d);
	char *z = malloc(len + 1);
	memcpy(z, text, len);
	z[len] = '\0';
	const char *end = NULL;
	cJSON *want = cJSON_ParseWithLengthOpts(z, len + 1, &end, 1);
	int how = rc < 0 ? -1 : doc.read_here ? 1 : 0;
	if (rc < 0) {
		CHECK(want == NULL);
		CHECK_INT(d.errors, 1);
	} else {
		CHECK(want != NULL);
		if (want && !same_tree(doc.root, want))
			prr_test_fail(__FILE__, __LINE__, "trees differ for %s", z);
	}
	cJSON_Delete(want);
	free(z);
	prr_jdoc_free(&doc);
	prr_diags_free(&d);
	return how;
}

#define READS(text, how)                                                       \
	do {                                                                   \
		int got_ = parse_both(text, sizeof text - 1);                  \
		if (got_ != (how))                                             \
			prr_test_fail(__FILE__, __LINE__, "%s: %d, not %d",    \
				      text, got_, how);                        \
	} while (0)

PRR_TEST(jsonread__plain_json_is_read_as_cjson_reads_it)
{
	READS("{}", 1);
	READS(" [ ] ", 1);
	READS("{\"a\": true, \"b\": false, \"c\": null, \"a\": [1, {}]}", 1);
	READS("\r\n\t[0, -0, 7, -12, 0.5, -12.25e+3, 1E-2, 2e5, 1e999]", 1);
	READS("[2147483648, -2147483649, 3.99, -3.99]", 1); /* valueint */
	READS("\"\\b\\f\\n\\r\\t\\\"\\\\\\/\"", 1);
	READS("\"\\u00e9\\u20AC \\ud83d\\ude00 \\u0041\"", 1);
	READS("\"a\\u0000b\"", 1); /* a NUL: both end the string there */
	READS("[\"a\x01" "b\", \"caf\xc3\xa9\"]", 1); /* raw bytes as they are */
	READS("\xef\xbb\xbf{\"bom\": 1}", 1);
}

/* Integers of up to 15 digits are read without strtod, longer ones and
 * the others with it: either way as cJSON (strtod) reads them. */
PRR_TEST(jsonread__integers_as_strtod_reads_them)
{
	READS("[0, -0, 9, -9, 10, 100, 2147483647, -2147483648]", 1);
	READS("[999999999999999, -999999999999999, 123456789012345]", 1);
	READS("[1000000000000000, -1000000000000000]", 1); /* 16 digits */
	READS("[9007199254740993, 18446744073709551617]", 1);
	READS("[12345678901234567890123456789]", 1);
	char text[64];
	unsigned long long x = 1;
	for (int i = 0; i < 2000; i++) {
		/* numbers of every length, from one digit to twenty */
		x = x * 6364136223846793005ull + 1442695040888963407ull;
		unsigned long long v = x >> (i % 64);
		int n = snprintf(text, sizeof text, "[%s%llu]", i % 3 ? "" : "-", v);
		CHECK_INT(parse_both(text, (size_t)n), 1);
	}
}

/* Strings are scanned sixteen bytes at a time: an escape at every place
 * of strings of 0 to 40 bytes, the end of the document within a block
 * or not, and an unterminated string are read as cJSON reads them. */
PRR_TEST(jsonread__strings_at_every_length)
{
	static const char *const escapes[] = { "\\\"", "\\\\", "\\n", "\\u00e9" };
	char text[128];
	for (int len = 0; len <= 40; len++) {
		for (int at = -1; at < len; at++) {
			for (size_t e = 0; e < (at < 0 ? 1 : 4); e++) {
				int n = 0;
				text[n++] = '[';
				text[n++] = '"';
				for (int i = 0; i < len; i++) {
					if (i == at)
						n += snprintf(text + n, sizeof text - (size_t)n,
							      "%s", escapes[e]);
					else
						text[n++] = (char)('a' + i % 26);
				}
				text[n++] = '"';
				text[n++] = ']';
				CHECK_INT(parse_both(text, (size_t)n), 1);
				/* the document ends in the string */
				CHECK_INT(parse_both(text, (size_t)n - 2), -1);
			}
		}
	}
}

PRR_TEST(jsonread__text_cjson_reads_otherwise_goes_to_cjson)
{
	READS("\f[1]", 0);          /* any byte up to a space is a space */
	READS("[1]\v", 0);
	READS("[01]", 0);           /* numbers outside JSON's grammar */
	READS("[-01.5]", 0);
	READS("[1.]", 0);           /* strtod's "1." */
	READS("[1.e3]", 0);
	READS("\"\\u00zz\"", 0);    /* bad hex digits read as U+0000 */
}

PRR_TEST(jsonread__errors_are_cjsons)
{
	static const char *const bad[] = {
		"", "   ", "[", "[1,]", "[1 2]", "{\"a\" 1}", "{1: 2}",
		"{\"a\": 1,}", "{\"a\"", "{\"a\":", "\"abc", "\"ab\\", "\"\\x\"",
		"\"\\u12\"", "\"\\udc00\"", "\"\\ud800\"", "\"\\ud800\\u0041\"",
		"\"\\ud800x\"", "tru", "nul", "fals", "truex", "[nulL]", "-",
		"[-]", "+1", "1e", "1e+", "[.5]", "0x1A", "1.2.3",
		"[1]]", "{} {}", "[1e5e]", "x",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (parse_both(bad[i], strlen(bad[i])) != -1)
			prr_test_fail(__FILE__, __LINE__, "accepted %s", bad[i]);
}

PRR_TEST(jsonread__nesting_to_cjsons_limit)
{
	size_t n = CJSON_NESTING_LIMIT + 1;
	char *t = malloc(2 * n + 1);
	memset(t, '[', n);
	memset(t + n, ']', n);
	CHECK_INT(parse_both(t + 1, 2 * n - 2), 1); /* at the limit */
	CHECK_INT(parse_both(t, 2 * n), -1);        /* past it */
	free(t);
}

/* Positions of every node of `a` and `b` (the same tree) are equal. */
static void same_positions(prr_jdoc *a, const cJSON *x, prr_jdoc *b,
			   const cJSON *y)
{
	for (; x && y; x = x->next, y = y->next) {
		CHECK_INT(prr_jdoc_offset(a, x, false), prr_jdoc_offset(b, y, false));
		CHECK_INT(prr_jdoc_offset(a, x, true), prr_jdoc_offset(b, y, true));
		same_positions(a, x->child, b, y->child);
	}
}

PRR_TEST(jsonread__positions_are_the_same_either_way)
{
	/* the same document, plain and with a form feed cJSON takes for a
	 * space at its end: read by prr's reader, and by cJSON + the scan */
	const char *plain = "{\n  \"a\": [1, \"two\",\n\t{\"b\" :null}],\n"
			    "  \"c\": \"\\u00e9\" , \"d\": -1.5e3}\n";
	char *odd = malloc(strlen(plain) + 1);
	strcpy(odd, plain);
	odd[strlen(plain) - 1] = '\f';
	prr_diags d = PRR_DIAGS_INIT;
	prr_jdoc a, b;
	CHECK_INT(prr_jdoc_parse(&a, "a.json", plain, strlen(plain), &d), 0);
	CHECK_INT(prr_jdoc_parse(&b, "b.json", odd, strlen(odd), &d), 0);
	CHECK(a.read_here && !b.read_here);
	if (a.root && b.root) {
		same_positions(&a, a.root, &b, b.root);
		const cJSON *bnode = a.root->child->child->next->next->child;
		CHECK_STR(bnode->string, "b");
		CHECK_INT(prr_jdoc_offset(&a, bnode, true), 22);
		CHECK_INT(prr_jdoc_offset(&a, bnode, false), 27);
		CHECK_INT(prr_jdoc_line(&a, bnode), 3);
		CHECK_INT(prr_jdoc_offset(&a, NULL, false), 0);
	}
	prr_jdoc_free(&a);
	prr_jdoc_free(&b);
	free(odd);
	prr_diags_free(&d);
}

PRR_TEST(jsonread__in_an_arena)
{
	/* nodes and strings from the arena; a refused text leaves its
	 * partial tree to the arena */
	prr_arena ar = PRR_ARENA_INIT, *was = prr_jdoc_use_arena(&ar);
	prr_diags d = PRR_DIAGS_INIT;
	prr_jdoc doc;
	const char *ok = "{\"k\": [\"v\\n\", 2]}", *bad = "{\"k\": [\"v\", 2}";
	CHECK_INT(prr_jdoc_parse(&doc, "t.json", ok, strlen(ok), &d), 0);
	CHECK(doc.in_arena && doc.read_here);
	if (doc.root)
		CHECK_STR(doc.root->child->child->valuestring, "v\n");
	prr_jdoc_free(&doc);
	CHECK_INT(prr_jdoc_parse(&doc, "t.json", bad, strlen(bad), &d), -1);
	CHECK_INT(d.errors, 1);
	prr_jdoc_free(&doc);
	prr_jdoc_use_arena(was);
	prr_arena_free(&ar);
	prr_diags_free(&d);
}
