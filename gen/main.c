/* main.c - `prr COMMAND …`: find the command and run it. */
#include "prr/cli.h"

#include <stdio.h>
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#define X(name) extern const prr_command prr_cmd_##name;
#include "commands.inc"
#undef X

static const prr_command *const commands[] = {
#define X(name) &prr_cmd_##name,
#include "commands.inc"
#undef X
};

#define N_COMMANDS (sizeof commands / sizeof commands[0])

static const prr_command *find(const char *name)
{
	for (size_t i = 0; i < N_COMMANDS; i++)
		if (strcmp(commands[i]->name, name) == 0)
			return commands[i];
	return NULL;
}

static void usage(FILE *out)
{
	fputs("usage: prr COMMAND [ARGS...]\n"
	      "\n"
	      "prr reads production readiness reviews (its own JSON or the\n"
	      "Markdown people already write), checks them against their own\n"
	      "content and the reviewed system's git history, and writes a\n"
	      "static site and Markdown reports.\n"
	      "\n"
	      "commands:\n", out);
	for (size_t i = 0; i < N_COMMANDS; i++) {
		prr_str summary = prr_command_summary(commands[i]);
		fprintf(out, "  %-15s %.*s\n", commands[i]->name,
			(int)summary.n, summary.p);
	}
	fputs("\n"
	      "'prr help COMMAND' or 'prr COMMAND --help' tells more.\n"
	      "exit status: 0 ok, 1 bad input (or a failed check), 2 bad usage,\n"
	      "3 system error\n", out);
}

/* prr allocates in bursts: a review's text, tree and model, a page's
 * context and output, each freed whole before the next.  glibc's defaults
 * hand the top of the heap back to the kernel after every such burst
 * (brk down, brk up) and serve blocks above 128 KiB by mmap/munmap, so
 * each burst paid its pages again as page faults, with TLB shootdowns
 * across threads: a third of `prr check`'s time on 200 reviews.  Keep
 * what was freed, up to a bound; peak memory is the same. */
static void tune_malloc(void)
{
#if defined(__GLIBC__)
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, 256 << 20);
	mallopt(M_TOP_PAD, 16 << 20);
#endif
}

int main(int argc, char **argv)
{
	tune_malloc();
	if (argc < 2) {
		usage(stderr);
		return PRR_EXIT_USAGE;
	}
	const char *name = argv[1];
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
		usage(stdout);
		return PRR_EXIT_OK;
	}
	if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
		printf("prr %s\n", PRR_VERSION);
		return PRR_EXIT_OK;
	}
	if (strcmp(name, "help") == 0) {
		if (argc < 3) {
			usage(stdout);
			return PRR_EXIT_OK;
		}
		const prr_command *c = find(argv[2]);
		if (!c) {
			fprintf(stderr, "prr: help: no command '%s'\n", argv[2]);
			return PRR_EXIT_USAGE;
		}
		prr_command_help(c, stdout);
		return PRR_EXIT_OK;
	}
	const prr_command *cmd = find(name);
	if (!cmd) {
		fprintf(stderr, "prr: '%s' is not a prr command\n\n", name);
		usage(stderr);
		return PRR_EXIT_USAGE;
	}
	prr_args args;
	int rc = prr_args_parse(cmd, argc - 1, argv + 1, &args);
	if (rc == 0)
		rc = cmd->run(&args);
	else if (rc < 0)
		rc = PRR_EXIT_OK;
	prr_args_free(&args);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("prr: cannot write output");
		return PRR_EXIT_SYSTEM;
	}
	return rc;
}
