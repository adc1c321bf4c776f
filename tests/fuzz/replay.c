/* replay.c - feeds every file of each argument directory to
 * LLVMFuzzerTestOneInput, so fuzz corpora run as regression tests under
 * any compiler. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	size_t cap = 4096, n = 0;
	uint8_t *buf = malloc(cap);
	size_t got;
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			uint8_t *nb = realloc(buf, cap *= 2);
			if (!nb) {
				free(buf);
				buf = NULL;
			}
			buf = nb;
		}
	}
	fclose(f);
	if (!buf)
		return -1;
	LLVMFuzzerTestOneInput(buf, n);
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	int files = 0;
	for (int i = 1; i < argc; i++) {
		DIR *d = opendir(argv[i]);
		if (!d) {
			if (replay_file(argv[i]) < 0) {
				fprintf(stderr, "replay: cannot read %s\n", argv[i]);
				return 1;
			}
			files++;
			continue;
		}
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] == '.')
				continue;
			size_t len = strlen(argv[i]) + strlen(e->d_name) + 2;
			char *p = malloc(len);
			if (!p)
				return 1;
			snprintf(p, len, "%s/%s", argv[i], e->d_name);
			if (replay_file(p) < 0) {
				fprintf(stderr, "replay: cannot read %s\n", p);
				free(p);
				closedir(d);
				return 1;
			}
			free(p);
			files++;
		}
		closedir(d);
	}
	printf("replay: %d inputs, no crash\n", files);
	return 0;
}
