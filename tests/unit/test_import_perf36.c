/* test_import_perf36.c - imp_same_finding (gen/import_find_same.c), which
 * finds a finding listed before under another wording of its title among
 * the findings kept sorted by stem, against the loop it replaced (each
 * of the first thousand findings compared in turn): the same finding,
 * or none, for every title, as findings are added, retitled and taken
 * out; and the importer's reading of documents that state a finding
 * twice. */
#include "test.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "md_doc.h"
#include "prr/rec_verdict.h"
#include "../../gen/import_find_items.h"

/* The loop imp_same_finding was, word for word. */
static prr_finding *same_before(imp *im, const char *title, const char *id,
				size_t id_n)
{
	size_t a = imp_title_stem(title), n = im->r->n_findings;
	for (size_t i = 0; i < n && i < 1000; i++) {
		const char *fid = im->r->findings[i].id;
		if (id && fid && (strncmp(fid, id, id_n) != 0 || fid[id_n]) &&
		    !(fid[0] == 'F' && fid[1] &&
		      strspn(fid + 1, "0123456789") == strlen(fid + 1)))
			continue;
		const char *o = im->r->findings[i].title;
		if (a < 6 || lower((unsigned char)o[0]) != lower((unsigned char)title[0]))
			continue;
		size_t b = imp_title_stem(o), k = 0, shorter = a < b ? a : b;
		if (imp_title_other_parts(o, b, title, a))
			continue; /* (blockers41: "X - A" is not "X - B") */
		while (k < shorter && lower((unsigned char)o[k]) ==
					      lower((unsigned char)title[k]))
			k++;
		while (k < shorter && k && isalnum((unsigned char)title[k - 1]) &&
		       (isalnum((unsigned char)title[k]) || isalnum((unsigned char)o[k])))
			k--;
		if (shorter >= 6 && k * 4 >= shorter * 3)
			return &im->r->findings[i];
	}
	return NULL;
}

#define MAXF 1300
static prr_finding fs[MAXF];
static char *pool[7000]; /* (a round's titles: two a step at most) */
static size_t n_pool;

static unsigned long long seed = 88172645463325252ull;
static unsigned pick(unsigned n)
{
	seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
	return (unsigned)(seed % n);
}

/* A title of a few words from few, many alike at their start. */
static const char *random_title(void)
{
	static const char *const words[] = { "Slow", "slow", "start", "starting",
		"Gunicorn", "not", "used", "Implement", "RBAC", "Rate", "Limiting",
		"finding", "number", "a", "ab", "abc", "x-y", "(P1)", "- note",
		"\xEF\xBC\x88P2\xEF\xBC\x89", "7", "12", "Sl", "GUNICORN" };
	char buf[200] = "";
	unsigned k = 1 + pick(6);
	for (unsigned w = 0; w < k; w++) {
		if (w)
			strcat(buf, pick(8) ? " " : "");
		strcat(buf, words[pick(sizeof words / sizeof words[0])]);
	}
	return pool[n_pool++] = strdup(buf);
}

static const char *random_id(void)
{
	static const char *const ids[] = { "SEC-1", "SEC-2", "F3", "F12", "F", "FE-4", NULL,
					   NULL };
	return ids[pick(sizeof ids / sizeof ids[0])];
}

/* An importer of a review with no findings yet, its findings fs. */
static void no_findings(prr_review *r, imp *im)
{
	memset(r, 0, sizeof *r);
	memset(im, 0, sizeof *im);
	memset(fs, 0, sizeof fs);
	r->findings = fs;
	im->r = r;
}

/* Both answers for `title` and `id`: the same finding. */
static bool agree(imp *im, const char *title, const char *id)
{
	size_t id_n = id ? strlen(id) : 0;
	return imp_same_finding(im, title, id, id_n) == same_before(im, title, id, id_n);
}

/* Findings added as the importer adds them (unless one is the same),
 * retitled, and taken out at the end: the same answers as before. */
PRR_TEST(import_perf36__same_finding_as_the_loop_before)
{
	for (int round = 0; round < 4; round++) {
		prr_review r;
		imp im;
		no_findings(&r, &im);
		size_t wrong = 0;
		for (int step = 0; step < 3000; step++) {
			const char *t = random_title(), *id = random_id();
			wrong += !agree(&im, t, id);
			unsigned what = pick(100);
			if (what < 60 && r.n_findings < MAXF) {
				fs[r.n_findings].title = t; /* a new one, or listed again */
				fs[r.n_findings++].id = id;
			} else if (what < 70 && r.n_findings) {
				fs[pick((unsigned)r.n_findings)].title = random_title();
			} else if (what < 72 && round != 3) {
				r.n_findings -= pick((unsigned)r.n_findings + 1); /* taken out */
			}
		}
		CHECK_INT(wrong, 0);
		CHECK(round != 3 || r.n_findings > 1000); /* (past the first thousand) */
		imp_same_free(&im);
		CHECK(im.same == NULL);
		while (n_pool)
			free(pool[--n_pool]);
	}
}

/* Past the first thousand findings none is compared; among them, the
 * first that is the same, wherever its stem sorts. */
PRR_TEST(import_perf36__same_finding_first_thousand)
{
	static char titles[1100][40];
	prr_review r;
	imp im;
	no_findings(&r, &im);
	for (size_t i = 0; i < 1100; i++) {
		snprintf(titles[i], sizeof titles[i], "Finding number %zu is open", i);
		fs[i].title = titles[i];
	}
	r.n_findings = 1100;
	CHECK(imp_same_finding(&im, "Finding number 5 is open (High)", NULL, 0) == &fs[5]);
	CHECK(imp_same_finding(&im, "finding NUMBER 999 is open", NULL, 0) == &fs[999]);
	CHECK(imp_same_finding(&im, "Finding number 1050 is open", NULL, 0) == NULL);
	CHECK(imp_same_finding(&im, "Find", NULL, 0) == NULL); /* (a short stem) */
	fs[3].title = "Finding number 5 is open - again";
	CHECK(imp_same_finding(&im, "Finding number 5 is open", NULL, 0) == &fs[3]);
	fs[3].title = "Gunicorn not used (Critical)";
	CHECK(imp_same_finding(&im, "Gunicorn not used", NULL, 0) == &fs[3]);
	CHECK(imp_same_finding(&im, "Gunicorn not used", "SEC-2", 5) == &fs[3]);
	fs[3].id = "SEC-1";
	CHECK(imp_same_finding(&im, "Gunicorn not used", "SEC-2", 5) == NULL);
	r.n_findings = 0;
	CHECK(imp_same_finding(&im, "Gunicorn not used", NULL, 0) == NULL);
	imp_same_free(&im);
}

/* A summary list, then a section per finding: each finding once, its
 * severity the first place's. */
PRR_TEST(import_perf36__finding_stated_twice_is_one)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\nDate: 2026-03-12\n\n## Findings\n\n"
		"- **Critical**: Gunicorn not used in production\n"
		"- **High**: Implement RBAC for the admin API\n\n"
		"#### 1. Gunicorn not used in production\n\nIt runs Flask's server.\n\n"
		"#### 2. Implement Rate Limiting\n\n**Severity:** Medium\n", &d);
	CHECK(r != NULL);
	if (r) {
		size_t gunicorn = 0;
		for (size_t i = 0; i < r->n_findings; i++)
			gunicorn += strncmp(r->findings[i].title, "Gunicorn", 8) == 0;
		CHECK_INT(gunicorn, 1);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* What a text reads as is the same read again: at another address, after
 * other texts or before them, in a paragraph read whole or as a label's
 * value (rec_verdict.c keeps the last few short texts' readings). */
PRR_TEST(import_perf36__verdict_read_again_is_the_same)
{
	static const char *const texts[] = { "GO or NO-GO", "GO", "NO-GO",
		"Ready", "Not ready", "Approved with conditions",
		"It was CONDITIONAL GO; it is now GO", "Do not ship",
		"READY / READY WITH CONDITIONS / NOT READY", "GO for iOS, NO-GO for Android",
		"ready for staging, not production", "", "Ready, with two follow-ups",
		/* (longer than the readings kept) */
		"Not ready: the queue is single-zone and the failover runbook is untested, so the launch waits" };
	enum { NT = sizeof texts / sizeof texts[0] };
	prr_level level[NT];
	size_t at[NT], len[NT];
	bool changes[NT], hedged[NT];
	for (size_t i = 0; i < NT; i++) {
		size_t n = strlen(texts[i]);
		level[i] = prr_rec_verdict(texts[i], n, &at[i], &len[i]);
		changes[i] = prr_rec_verdict_changes(texts[i], n);
		hedged[i] = prr_rec_verdict_hedged(texts[i], n);
	}
	CHECK_INT(level[0], PRR_LEVEL_UNKNOWN); /* (a choice offered) */
	CHECK_INT(level[2], PRR_LEVEL_NOT_READY);
	CHECK(changes[6]);
	char buf[200];
	size_t wrong = 0;
	for (int round = 0; round < 6; round++)
		for (size_t j = 0; j < NT; j++) {
			size_t i = round % 2 ? NT - 1 - j : (j * 5 + (size_t)round) % NT;
			size_t n = strlen(texts[i]), a = 99, l = 99;
			memcpy(buf + round, texts[i], n + 1); /* (elsewhere) */
			wrong += prr_rec_verdict(buf + round, n, &a, &l) != level[i] ||
				 a != at[i] || l != len[i] ||
				 prr_rec_verdict_changes(buf + round, n) != changes[i] ||
				 prr_rec_verdict_hedged(buf + round, n) != hedged[i];
		}
	CHECK_INT(wrong, 0);
}
