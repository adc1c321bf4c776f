/*
 * fuzz_rec_score.c - the score recogniser on any bytes, line by line.
 *
 * Each line of the input (and the input whole, newlines and all) goes to
 * prr_rec_score, prr_rec_grade and prr_rec_stars; a hit must lie inside
 * its line with the label before the score, and its numbers must agree
 * (value <= max, a percent out of 100).  Any read past a line is ASan's.
 */
#include "prr/rec_score.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_line(const char *s, size_t n)
{
	prr_score_hit h;
	char grade[4];
	int max;
	size_t len;
	if (prr_rec_score(s, n, &h)) {
		if (h.at + h.len > n || h.label_at + h.label_len > h.at ||
		    (!isnan(h.value) && !(h.value <= h.max)) ||
		    (h.percent && h.max != 100) || strlen(h.grade) > 2)
			abort();
	}
	if (prr_rec_grade(s, n, grade) > n)
		abort();
	if (prr_rec_stars(s, n, &max, &len) >= 0 && (len > n || max < 5))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* each line in a buffer of its own size, so ASan sees its end */
	const char *in = (const char *)data;
	size_t start = 0;
	for (size_t i = 0; i <= size; i++) {
		if (i < size && in[i] != '\n')
			continue;
		size_t n = i - start;
		char *line = malloc(n ? n : 1);
		if (n)
			memcpy(line, in + start, n);
		check_line(line, n);
		free(line);
		start = i + 1;
	}
	check_line(in, size);
	return 0;
}
