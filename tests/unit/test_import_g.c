/* test_import_g.c - the importer's number writer (imp_g, gen/import_int.h)
 * against printf's "%g", which it stands in for. */
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
