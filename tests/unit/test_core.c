/* test_core.c - buf, arena, diag, utf8, json writer, model helpers, sort. */
#include "test.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prr/arena.h"
#include "prr/buf.h"
#include "prr/diag.h"
#include "prr/json.h"
#include "prr/model.h"
#include "prr/paths.h"
#include "prr/sort.h"
#include "prr/utf8.h"

PRR_TEST(buf__grows_and_stays_terminated)
{
	prr_buf b = PRR_BUF_INIT;
	CHECK_STR(b.p, "");
	for (int i = 0; i < 1000; i++)
		prr_buf_addf(&b, "%d,", i % 10);
	CHECK_INT(b.n, 2000);
	CHECK_INT(b.p[b.n], 0);
	prr_buf_truncate(&b, 3);
	CHECK_STR(b.p, "0,1");
	prr_buf_free(&b);
	CHECK_STR(b.p, "");
}

/* Every length through each of prr_copy's ways (byte loop, 4, 8 and
 * memcpy), appended after what is there, by both appends. */
PRR_TEST(buf__add_copies_every_length)
{
	char src[80];
	for (size_t i = 0; i < sizeof src; i++)
		src[i] = (char)('A' + i % 53);
	for (int piece = 0; piece < 2; piece++)
		for (size_t n = 0; n <= 64; n++) {
			prr_buf b = PRR_BUF_INIT;
			prr_buf_adds(&b, "xyz");
			if (piece)
				prr_buf_add_piece(&b, src + 1, n);
			else
				prr_buf_add(&b, src + 1, n);
			CHECK_INT(b.n, 3 + n);
			CHECK(memcmp(b.p, "xyz", 3) == 0 &&
			      memcmp(b.p + 3, src + 1, n) == 0);
			CHECK(b.p[b.n] == '\0');
			prr_buf_free(&b);
		}
}

PRR_TEST(arena__vec_push_keeps_elements)
{
	prr_arena a = PRR_ARENA_INIT;
	int *v = NULL;
	size_t n = 0, cap = 0;
	for (int i = 0; i < 10000; i++)
		*PRR_VEC_PUSH(&a, v, n, cap) = i;
	CHECK_INT(n, 10000);
	long sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += v[i];
	CHECK_INT(sum, 49995000L);
	char *big = prr_arena_alloc(&a, 1 << 20); /* larger than a block */
	big[(1 << 20) - 1] = 'x';
	CHECK_STR(prr_arena_strndup(&a, "hello", 4), "hell");
	prr_arena_free(&a);
}

PRR_TEST(arena__regrow_gives_back_only_the_outgrown_array)
{
	prr_arena a = PRR_ARENA_INIT;
	struct pair { int x, y; } *v = NULL;
	size_t n = 0, cap = 0;
	const char *first = prr_arena_strdup(&a, "first");
	const char *mid = NULL;
	/* 160 KB at the end: outgrows several arrays with blocks of their
	 * own, with other allocations in between that must survive */
	for (int i = 0; i < 20000; i++) {
		v = prr_arena_regrow(&a, v, &cap, n + 1, sizeof *v);
		v[n].x = i;
		v[n].y = -i;
		n++;
		const char *s = prr_arena_strdup(&a, "between");
		if (i == 10000)
			mid = s;
	}
	CHECK(cap >= n);
	long sx = 0, sy = 0;
	for (size_t i = 0; i < n; i++) {
		sx += v[i].x;
		sy += v[i].y;
	}
	CHECK_INT(sx, 199990000L);
	CHECK_INT(sy, -199990000L);
	CHECK_STR(first, "first");
	CHECK_STR(mid, "between");
	/* elements pushed after a growth are zeroed, whatever grow left */
	long *w = NULL;
	size_t wn = 0, wcap = 0;
	int nonzero = 0;
	for (int i = 0; i < 5000; i++) {
		long *e = PRR_VEC_PUSH(&a, w, wn, wcap);
		nonzero += *e != 0;
		*e = -1;
	}
	CHECK_INT(nonzero, 0);
	prr_arena_free(&a);
}

PRR_TEST(buf__decimal_prints_as_printf)
{
	const long long v[] = { 0, 7, -1, 1234567890123LL, LLONG_MAX, LLONG_MIN };
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		char out[PRR_DECIMAL_MAX + 1], want[32];
		out[prr_decimal(out, v[i])] = 0;
		snprintf(want, sizeof want, "%lld", v[i]);
		CHECK_STR(out, want);
	}
	/* every count of up to six digits, and each power of ten and its
	 * neighbours: odd and even numbers of digits */
	for (long long x = -1000000; x <= 1000000; x++) {
		char out[PRR_DECIMAL_MAX + 1], want[32];
		out[prr_decimal(out, x)] = 0;
		snprintf(want, sizeof want, "%lld", x);
		if (strcmp(out, want) != 0) {
			CHECK_STR(out, want);
			return;
		}
	}
	for (long long p = 10;; p *= 10) {
		for (long long d = -1; d <= 1; d++) {
			char out[PRR_DECIMAL_MAX + 1], want[32];
			out[prr_decimal(out, p + d)] = 0;
			snprintf(want, sizeof want, "%lld", p + d);
			CHECK_STR(out, want);
		}
		if (p > LLONG_MAX / 10)
			break;
	}
}

/* prr_buf_add_tenths prints what printf printed before it. */
PRR_TEST(buf__tenths_match_printf)
{
	const double v[] = { 0, -0.0, 0.04, -0.04, -0.05, 0.05, 0.25, 0.35,
			     8, 8.5, 8.25, 8.449999, 78.57142857, -3.2, -12.95,
			     99.95, 1e14 + 0.3, 123456789.25, 2e15, -2e15,
			     1e300, NAN, INFINITY, -INFINITY };
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		prr_buf got = PRR_BUF_INIT;
		char want[400];
		double r = round(v[i] * 10) / 10;
		if (r == 0)
			r = 0;
		snprintf(want, sizeof want, r == floor(r) ? "%.0f" : "%.1f", r);
		prr_buf_add_tenths(&got, v[i]);
		CHECK_STR(got.p, want);
		prr_buf_free(&got);
	}
	for (int k = -20000; k <= 20000; k++) { /* every tenth, and halfway */
		for (int h = 0; h < 2; h++) {
			double x = k / 100.0 + h * 0.005;
			prr_buf got = PRR_BUF_INIT;
			char want[64];
			double r = round(x * 10) / 10;
			if (r == 0)
				r = 0;
			snprintf(want, sizeof want, r == floor(r) ? "%.0f" : "%.1f", r);
			prr_buf_add_tenths(&got, x);
			if (strcmp(got.p, want) != 0) {
				CHECK_STR(got.p, want);
				prr_buf_free(&got);
				return;
			}
			prr_buf_free(&got);
		}
	}
}

PRR_TEST(diag__linemap_locates_offsets)
{
	const char *t = "ab\ncd\r\n\nxyz";
	prr_linemap m;
	prr_linemap_init(&m, t, strlen(t));
	int line, col;
	prr_linemap_locate(&m, 0, &line, &col);
	CHECK_INT(line, 1);
	CHECK_INT(col, 1);
	prr_linemap_locate(&m, 4, &line, &col);
	CHECK_INT(line, 2);
	CHECK_INT(col, 2);
	prr_linemap_locate(&m, 9, &line, &col);
	CHECK_INT(line, 4);
	CHECK_INT(col, 2);
	const char *p;
	size_t n;
	prr_linemap_line(&m, 2, &p, &n);
	CHECK_INT(n, 2); /* the \r is not part of the line */
	prr_linemap_free(&m);
}

PRR_TEST(utf8__validates_and_rejects)
{
	size_t bad = 0;
	CHECK(prr_utf8_valid("h\xC3\xA9llo \xE2\x9C\x85", 10, &bad));
	CHECK(!prr_utf8_valid("ab\xC3(", 4, &bad));
	CHECK_INT(bad, 2);
	CHECK(!prr_utf8_valid("\xED\xA0\x80", 3, &bad)); /* a surrogate */
	CHECK(!prr_utf8_valid("\xC0\xAF", 2, &bad));     /* overlong */
	CHECK_INT(prr_utf8_bom("\xEF\xBB\xBFx", 4), 3);
}

/* Numbers as "%.15g" prints them, or "%.17g" where that is needed to read
 * back the same double: the short path for few decimals included (edges:
 * 1e-4, where printf turns exponential, 1e9, six decimals, negatives). */
PRR_TEST(json__numbers_print_as_printf)
{
	const double edge[] = { 0.1, 0.2, 0.3, -0.5, 6.85, 6.86, 72.5, 79.1,
				1e-4, 9.9e-5, 1e-5, -1e-5, 0.00015, 123456.5,
				999999999.5, 1e9 + 0.5, -999999999.25, 0.1234567,
				0.123456, 1.0 / 3, 2.0 / 3, 1e15 + 0.5, 5e-324 };
	static double vals[sizeof edge / sizeof *edge + 40000];
	size_t n = 0;
	for (size_t i = 0; i < sizeof edge / sizeof *edge; i++)
		vals[n++] = edge[i];
	unsigned x = 12345; /* a fixed sequence: the same test every run */
	for (int i = 0; i < 40000; i++) {
		x = x * 1103515245u + 12345u;
		int digits = (int)(x >> 8) % 8, mant = (int)((x >> 12) % 2000001) - 1000000;
		vals[n++] = mant / pow(10, digits) * (i % 3 ? 1 : 1e3);
	}
	for (size_t i = 0; i < n; i++) {
		double v = vals[i];
		char want[64];
		if (v == floor(v) && fabs(v) < 1e15) {
			snprintf(want, sizeof want, "%.0f", v);
		} else {
			snprintf(want, sizeof want, "%.15g", v);
			if (strtod(want, NULL) != v)
				snprintf(want, sizeof want, "%.17g", v);
		}
		prr_buf got = PRR_BUF_INIT;
		prr_json_number(&got, v);
		if (strcmp(got.p, want) != 0) {
			CHECK_STR(got.p, want);
			prr_buf_free(&got);
			return;
		}
		prr_buf_free(&got);
	}
}

PRR_TEST(json__writer_escapes_and_formats)
{
	prr_buf b = PRR_BUF_INIT;
	prr_jw w;
	prr_jw_init(&w, &b, false);
	prr_jw_object(&w);
	prr_jw_kstr(&w, "s", "a\"b\\\n\x01\xFF");
	prr_jw_knum(&w, "x", 6.85);
	prr_jw_knum(&w, "i", 91);
	prr_jw_knum(&w, "n", NAN);
	prr_jw_key(&w, "e");
	prr_jw_array(&w);
	prr_jw_end(&w);
	prr_jw_end(&w);
	CHECK_STR(b.p, "{\"s\":\"a\\\"b\\\\\\n\\u0001\xEF\xBF\xBD\",\"x\":6.85,"
		       "\"i\":91,\"n\":null,\"e\":[]}");
	prr_buf_free(&b);
}

/* A key with an object or array opened writes what the key and the
 * opening write one after the other, in both layouts. */
PRR_TEST(json__key_and_container_as_key_then_container)
{
	for (int pretty = 0; pretty < 2; pretty++) {
		prr_buf a = PRR_BUF_INIT, b = PRR_BUF_INIT;
		prr_jw wa, wb;
		prr_jw_init(&wa, &a, pretty);
		prr_jw_init(&wb, &b, pretty);
		prr_jw_object(&wa);
		prr_jw_object(&wb);
		prr_jw_kobject(&wa, "o");
		prr_jw_key(&wb, "o");
		prr_jw_object(&wb);
		prr_jw_karray(&wa, "a");
		prr_jw_key(&wb, "a");
		prr_jw_array(&wb);
		prr_jw_int(&wa, 1);
		prr_jw_int(&wb, 1);
		for (int k = 0; k < 3; k++) {
			prr_jw_end(&wa);
			prr_jw_end(&wb);
		}
		CHECK_STR(a.p, b.p);
		if (!pretty)
			CHECK_STR(a.p, "{\"o\":{\"a\":[1]}}");
		prr_buf_free(&a);
		prr_buf_free(&b);
	}
}

/* Keys and words known plain are written as any key and string, in both
 * layouts, inside an object and outside one. */
PRR_TEST(json__plain_keys_and_words_write_as_any)
{
	for (int pretty = 0; pretty < 2; pretty++) {
		prr_buf a = PRR_BUF_INIT, b = PRR_BUF_INIT;
		prr_jw wa, wb;
		prr_jw_init(&wa, &a, pretty);
		prr_jw_init(&wb, &b, pretty);
		prr_jw_key(&wa, "top"); /* no object: written as a value */
		prr_jw_key_plain(&wb, "top", 3);
		prr_jw_object(&wa);
		prr_jw_object(&wb);
		prr_jw_key(&wa, "status");
		prr_jw_key_plain(&wb, "status", 6);
		prr_jw_str(&wa, "pass");
		prr_jw_str_plain(&wb, "pass", 4);
		prr_jw_kint(&wa, "line", -120);
		prr_jw_kint(&wb, "line", -120);
		prr_jw_key(&wa, "list");
		prr_jw_key_plain(&wb, "list", 4);
		prr_jw_array(&wa);
		prr_jw_array(&wb);
		prr_jw_str(&wa, "not-ready");
		prr_jw_str_plain(&wb, "not-ready", 9);
		prr_jw_bool(&wa, false);
		prr_jw_bool(&wb, false);
		prr_jw_end(&wa);
		prr_jw_end(&wb);
		prr_jw_end(&wa);
		prr_jw_end(&wb);
		CHECK_STR(b.p, a.p);
		CHECK(strstr(b.p, "\"line\":") && strstr(b.p, "-120"));
		prr_buf_free(&a);
		prr_buf_free(&b);
	}
}

PRR_TEST(model__dates_are_real_days)
{
	CHECK(prr_date_valid("2024-02-29"));
	CHECK(!prr_date_valid("2026-02-30"));
	CHECK(!prr_date_valid("2023-02-29"));
	CHECK(!prr_date_valid("2026-13-01"));
	CHECK(!prr_date_valid("2026-1-01"));
	CHECK_INT(prr_date_days("1970-01-01"), 0);
	CHECK_INT(prr_date_days("2026-01-23") - prr_date_days("2026-01-14"), 9);
}

PRR_TEST(model__names_match_as_people_write_them)
{
	CHECK(prr_name_eq("Main Entry Point", "main  entry-point"));
	CHECK(!prr_name_eq("Main Entry", "Main Entry Point"));
	/* equal names hash equal; these differ (FNV-1a has no collision here) */
	CHECK(prr_name_hash("Main Entry Point") == prr_name_hash("main  entry-point"));
	CHECK(prr_name_hash("API_Gateway") == prr_name_hash("api gateway"));
	CHECK(prr_name_hash("Service 01") != prr_name_hash("Service 10"));
	CHECK(prr_name_hash("") == prr_name_hash(" -_\t"));
	CHECK(prr_status_parse("partial") == PRR_PARTIAL);
	CHECK(prr_status_parse("PASS") == -1);
}

PRR_TEST(model__names_table_finds_by_name_and_keeps_the_first)
{
	prr_names t = { 0 };
	char names[3000][20];
	for (int i = 0; i < 3000; i++) { /* grows through several sizes */
		snprintf(names[i], sizeof names[i], "Comp %d", i);
		CHECK_INT((int)prr_names_put(&t, names[i], (size_t)i), i);
	}
	CHECK_INT((int)prr_names_find(&t, "comp_2999"), 2999);
	CHECK_INT((int)prr_names_put(&t, "COMP-7", 9999), 7); /* the first kept */
	CHECK(prr_names_find(&t, "Comp 3000") == PRR_NAMES_NONE);
	prr_names_free(&t);
	prr_names exact = { .exact = 1 };
	prr_names_put(&exact, "a-b", 1);
	CHECK(prr_names_find(&exact, "ab") == PRR_NAMES_NONE);
	CHECK_INT((int)prr_names_find(&exact, "a-b"), 1);
	prr_names_free(&exact);
	CHECK(prr_names_find(&exact, "a-b") == PRR_NAMES_NONE); /* freed: empty */
}

/* The last name of a path comes from its text: trailing slashes left
 * out, none for "" and "/". */
PRR_TEST(paths__last_name_of_a_path)
{
	static const struct {
		const char *path, *name;
	} cases[] = {
		{ "../service/", "service" }, { "a/b", "b" }, { "b", "b" },
		{ "/srv//x//", "x" },	      { "/", "" },   { "", "" },
		{ "./", "." },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n;
		const char *p = prr_paths_last_name(cases[i].path, &n);
		char got[32];
		snprintf(got, sizeof got, "%.*s", (int)n, p);
		CHECK_STR(got, cases[i].name);
	}
}

typedef struct keyed {
	int key;
	size_t seq; /* the place it had before sorting */
} keyed;

static int keyed_by_key(const void *a, const void *b)
{
	const keyed *x = a, *y = b;
	return (x->key > y->key) - (x->key < y->key);
}

PRR_TEST(sort__orders_and_keeps_ties_as_they_came)
{
	keyed v[300];
	unsigned seed = 7;
	/* every length to 300, few keys (many ties), a scrambled start */
	for (size_t n = 0; n <= 300; n += n < 20 ? 1 : 37) {
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			v[i] = (keyed){ (int)((seed >> 16) % 5), i };
		}
		prr_sort_stable(v, n, sizeof *v, keyed_by_key);
		for (size_t i = 1; i < n; i++) {
			CHECK(v[i - 1].key <= v[i].key);
			if (v[i - 1].key == v[i].key)
				CHECK(v[i - 1].seq < v[i].seq);
		}
	}
	/* all equal: nothing moves */
	for (size_t i = 0; i < 50; i++)
		v[i] = (keyed){ 1, i };
	prr_sort_stable(v, 50, sizeof *v, keyed_by_key);
	for (size_t i = 0; i < 50; i++)
		CHECK_INT(v[i].seq, i);
	/* reversed: every element moves */
	for (size_t i = 0; i < 50; i++)
		v[i] = (keyed){ (int)(50 - i), i };
	prr_sort_stable(v, 50, sizeof *v, keyed_by_key);
	for (size_t i = 0; i < 50; i++)
		CHECK_INT(v[i].key, i + 1);
}
