/*
 * test.h - prr's unit test runner.
 *
 * A test is a function declared at the start of a line with
 *
 *     PRR_TEST(module__case) { CHECK(x == 1); CHECK_STR(s, "abc"); }
 *
 * The Makefile collects every PRR_TEST line into the runner's table.  A
 * failed check records FILE:LINE and the values, and the test goes on;
 * the runner's closing line is "N passed, N failed".
 */
#ifndef PRR_TEST_H
#define PRR_TEST_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>

#define PRR_TEST(name) void test_##name(void); void test_##name(void)

void prr_test_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The folder of ../shared/seeds, or NULL (then skip, with a message). */
const char *prr_test_seeds(void);
/* ../shared/SUB (or ../../shared/SUB), or $ENVVAR when set; NULL when
 * absent.  The string is overwritten by the next call. */
const char *prr_test_shared(const char *sub, const char *envvar);
/* Marks the running test as skipped, with a reason printed once. */
void prr_test_skip(const char *why);
/* A fresh empty directory for this test (removed at exit). */
const char *prr_test_tmpdir(void);
/* tests/data/md/NAME imported (NULL on errors, which are in `d`). */
struct prr_review;
struct prr_diags;
struct prr_review *prr_test_md(const char *name, struct prr_diags *d);

#define CHECK(cond)                                                          \
	do {                                                                 \
		if (!(cond))                                                 \
			prr_test_fail(__FILE__, __LINE__, "%s", #cond);      \
	} while (0)

#define CHECK_INT(a, b)                                                      \
	do {                                                                 \
		long long a_ = (long long)(a), b_ = (long long)(b);          \
		if (a_ != b_)                                                \
			prr_test_fail(__FILE__, __LINE__,                    \
				      "%s == %lld, expected %lld", #a, a_, b_); \
	} while (0)

#define CHECK_NUM(a, b)                                                      \
	do {                                                                 \
		double a_ = (double)(a), b_ = (double)(b);                   \
		if (!(fabs(a_ - b_) < 1e-9 || (isnan(a_) && isnan(b_))))     \
			prr_test_fail(__FILE__, __LINE__,                    \
				      "%s == %.17g, expected %.17g", #a, a_, b_); \
	} while (0)

#define CHECK_STR(a, b)                                                      \
	do {                                                                 \
		const char *a_ = (a), *b_ = (b);                             \
		if (!a_ || !b_ || strcmp(a_, b_) != 0)                       \
			prr_test_fail(__FILE__, __LINE__,                    \
				      "%s == \"%s\", expected \"%s\"", #a,   \
				      a_ ? a_ : "(null)", b_ ? b_ : "(null)"); \
	} while (0)

#define CHECK_CONTAINS(hay, needle)                                          \
	do {                                                                 \
		const char *h_ = (hay), *n_ = (needle);                      \
		if (!h_ || !strstr(h_, n_))                                  \
			prr_test_fail(__FILE__, __LINE__,                    \
				      "%s does not contain \"%s\": \"%.400s\"", \
				      #hay, n_, h_ ? h_ : "(null)");         \
	} while (0)

#include <string.h>

#endif
