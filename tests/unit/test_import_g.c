/* test_import_g.c - the importer's number writer (imp_g, gen/import_int.h)
 * against printf's "%g", which it stands in for; its dash readers
 * (imp_dash_len, imp_past_dash). */
#include "test.h"

#include <stdio.h>
#include <string.h>

#include "../../gen/import_int.h"

PRR_TEST(import__g_writes_what_printf_g_writes)
{
	static const double values[] = { 0, 1, 12, 999999, 1000000, 1234567,
					 0.5, 12.5, 99.95, 1e-7, -0.0, -3, -12.5,
					 2.0 / 3.0 };
	for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
		char got[IMP_G_MAX + 1], want[64];
		size_t n = imp_g(got, values[i]);
		got[n] = '\0';
		snprintf(want, sizeof want, "%g", values[i]);
		CHECK_STR(got, want);
	}
}

PRR_TEST(import__dash_len_reads_a_hyphen_or_an_em_or_en_dash)
{
	static const struct { const char *s; size_t n, want; } cases[] = {
		{ "- x", 3, 1 }, { "\xE2\x80\x94 x", 5, 3 },
		{ "\xE2\x80\x93", 3, 3 }, { "\xE2\x80\x94", 2, 0 },
		{ "\xE2\x86\x92", 3, 0 }, /* an arrow */
		{ ": x", 3, 0 }, { "-", 0, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		CHECK_INT(imp_dash_len(cases[i].s, cases[i].n), cases[i].want);
}

PRR_TEST(import__past_dash_skips_spaces_a_dash_and_spaces)
{
	static const struct { const char *s; bool colon; size_t want; } cases[] = {
		{ "**Docs** \xE2\x80\x94 6/10", false, 13 },
		{ "**Docs** - 6/10", false, 11 },
		{ "**Docs**: 6/10", true, 10 },
		{ "**Docs**: 6/10", false, 0 }, /* a colon only when asked */
		{ "**Docs** 6/10", true, 0 },
		{ "**Docs**", true, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		CHECK_INT(imp_past_dash(cases[i].s, 8, strlen(cases[i].s),
					cases[i].colon),
			  cases[i].want);
}
