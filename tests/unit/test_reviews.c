/* test_reviews.c - a folder of reviews: merging, dates, projects. */
#include "test.h"

#include "prr/fsutil.h"
#include "prr/reviews.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static void put(const char *dir, const char *name, const char *text)
{
	char *path = prr_path_join(dir, name);
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	free(path);
}

PRR_TEST(reviews__merges_documents_of_one_date_and_sorts)
{
	const char *dir = prr_test_tmpdir();
	char *sub = prr_path_join(dir, "2026-01-14");
	mkdir(sub, 0700);
	put(dir, "prr.json", "{\"project\": \"Payments\"}");
	put(dir, "b.json", "{\"schema\": \"prr/review/v1\", \"date\": \"2026-02-01\","
			   " \"title\": \"Later\"}");
	put(sub, "plan.json", "{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-14\","
			      " \"title\": \"Plan\", \"components\": [{\"name\": \"A\"}]}");
	put(sub, "summary.json", "{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-14\","
				 " \"title\": \"Summary\", \"components\": [{\"name\": \"B\"}]}");
	prr_reviews s;
	prr_diags d = PRR_DIAGS_INIT;
	char *paths[] = { (char *)dir };
	CHECK(prr_reviews_load(&s, paths, 1, NULL, &d) == 0);
	CHECK_INT(d.errors, 0);
	CHECK_INT(s.n_docs, 3);
	CHECK_INT(s.n, 2);
	CHECK_INT(s.n_projects, 1);
	if (s.n == 2) {
		CHECK_STR(s.v[0]->date, "2026-01-14");
		CHECK_STR(s.v[0]->title, "Plan"); /* first document wins */
		CHECK_INT(s.v[0]->n_components, 2);
		CHECK_STR(s.v[0]->components[1].name, "B");
		CHECK_STR(s.v[1]->project, "Payments");
		CHECK_STR(prr_reviews_latest(&s, NULL)->date, "2026-02-01");
		CHECK(prr_reviews_find(&s, "Payments", "2026-01-14") == s.v[0]);
	}
	prr_reviews_free(&s);
	prr_diags_free(&d);
	free(sub);
}

PRR_TEST(reviews__an_invalid_document_fails_the_set)
{
	const char *dir = prr_test_tmpdir();
	put(dir, "a.json", "{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-01\"}");
	put(dir, "b.json", "{\"schema\": \"prr/review/v1\", \"date\": \"2026-13-01\"}");
	prr_reviews s;
	prr_diags d = PRR_DIAGS_INIT;
	char *paths[] = { (char *)dir };
	CHECK(prr_reviews_load(&s, paths, 1, NULL, &d) == -1);
	CHECK_INT(d.errors, 1);
	CHECK_INT(s.n, 0);
	prr_reviews_free(&s);
	prr_diags_free(&d);
}
