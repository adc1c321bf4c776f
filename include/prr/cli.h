/*
 * cli.h - sub-commands and their options, git-style.
 *
 * Each gen/cmd/cmd_NAME.c defines one command:
 *
 *     static const prr_option options[] = {
 *         { "output", 'o', "FILE", "write the JSON to FILE" },
 *         { 0 }
 *     };
 *     static int run(const prr_args *args) { ... return PRR_EXIT_OK; }
 *     PRR_COMMAND(import) = { "import", run, options, 1, 1 };
 *
 * and gen/cmd/help/NAME.txt what `prr help NAME` prints above the options:
 *
 *     usage: prr import FILE.md [-o OUT.json]
 *
 *     turn a Markdown review into JSON
 *
 *     Paragraphs ...
 *
 * compiled into prr (embed.h): its first line is also printed with a usage
 * error, its third in the list of `prr --help`.  The Makefile collects
 * every PRR_COMMAND line into the dispatch table; `--help` is printed from
 * the same option table that parses.
 */
#ifndef PRR_CLI_H
#define PRR_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "prr/buf.h"
#include "prr/pipeline.h"

/* Exit codes, documented in --help and tested. */
enum {
	PRR_EXIT_OK = 0,     /* success */
	PRR_EXIT_INPUT = 1,  /* bad input, failed gate, contradicted claim */
	PRR_EXIT_USAGE = 2,  /* bad usage */
	PRR_EXIT_SYSTEM = 3, /* out of memory, cannot write output */
};

#define PRR_MAX_OPTIONS 24

typedef struct prr_option {
	const char *name;  /* long name, without "--" */
	char short_name;   /* or 0 */
	const char *arg;   /* the value's placeholder ("FILE"); NULL: a flag */
	const char *help;
	bool repeat;       /* may be given several times */
} prr_option;

struct prr_command;

/* A command line parsed against a command's option table. */
typedef struct prr_args {
	const struct prr_command *cmd;
	/* per option (same index as the table): the last value given, "" for
	 * a flag that is set, NULL when not given */
	const char *value[PRR_MAX_OPTIONS];
	/* every value of a repeatable option, in order */
	const char **values[PRR_MAX_OPTIONS];
	int n_values[PRR_MAX_OPTIONS];
	char **pos; /* positional arguments */
	int n_pos;
} prr_args;

typedef struct prr_command {
	const char *name;    /* as typed: "verify-archive"; gen/cmd/help/NAME.txt */
	int (*run)(const prr_args *args);
	const prr_option *options;
	int min_pos, max_pos; /* positional argument count; max -1: any */
} prr_command;

#define PRR_COMMAND(name) const prr_command prr_cmd_##name

/* The value of option `name` (NULL if not given). */
const char *prr_arg(const prr_args *a, const char *name);
/* 1 if flag `name` was given. */
bool prr_flag(const prr_args *a, const char *name);
/* All values of a repeatable option. */
int prr_arg_all(const prr_args *a, const char *name, const char ***values);

/*
 * Parses argv (argv[0] is the command name).  Returns 0 when parsed, -1
 * when --help was asked for (help printed to stdout), or PRR_EXIT_USAGE
 * after printing a usage error to stderr.
 */
int prr_args_parse(const prr_command *cmd, int argc, char **argv,
		   prr_args *out);
void prr_args_free(prr_args *a);
/* `prr help NAME`: the help text, the options and the exit codes. */
void prr_command_help(const prr_command *cmd, FILE *out);
/*
 * The command's help text: gen/cmd/help/NAME.txt as compiled into prr (embed.h;
 * NUL-terminated, static), or NULL.  Only the built-in copy: no folder
 * (--templates included) can replace it, and no template name finds it.
 */
const char *prr_command_help_text(const prr_command *cmd);
/* Its usage line ("usage: prr NAME ARGS") and its summary (the third
 * line), borrowed from it; empty spans when it has none. */
prr_str prr_command_usage(const prr_command *cmd);
prr_str prr_command_summary(const prr_command *cmd);
/* "prr: NAME: message" plus "see 'prr help NAME'"; returns PRR_EXIT_USAGE */
int prr_usage_error(const prr_command *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* 1 if stderr is a terminal and progress lines should be shown. */
bool prr_progress_enabled(void);

/*
 * The options of commands that read reviews (PRR_OUTSIDE_OPTION, reviews.h):
 * `*flags` for prr_reviews_load and `*date`, --date or NULL.  Returns -1
 * after a usage message when --date is no day that exists.
 */
int prr_read_args(const prr_args *a, unsigned *flags, const char **date);

/*
 * Two options of the evidence check (evidence.h's root and all_branches),
 * alike in `prr verify` and in the commands that compute figures.
 */
#define PRR_ROOT_OPTION                                                       \
	{ "root", 0, "DIR", "the project's folder inside the repository", false }
#define PRR_ALL_BRANCHES_OPTION                                               \
	{ "all-branches", 0, NULL, "look for planned files on every branch, not only HEAD's history", false }

/*
 * The options every command that computes figures takes for the reviewed
 * repository, and how they fill prr_pipeline_opts (with the reading options
 * above, --against and whether to show progress).  Returns -1 after a
 * usage message (a --date or --against that is no day).
 */
#define PRR_REPO_OPTIONS                                                      \
	{ "repo", 0, "DIR", "the reviewed git repository (default: prr.json's repo)", false }, \
	PRR_ROOT_OPTION,                                                      \
	{ "cache", 0, "DIR", "history cache (default: REVIEWS/.prr-cache)", false }, \
	{ "no-repo", 0, NULL, "ignore prr.json's repo", false }, \
	PRR_ALL_BRANCHES_OPTION,                                              \
	PRR_OUTSIDE_OPTION

int prr_repo_args(const prr_args *a, prr_pipeline_opts *o);

/* Writes `out` to stdout; PRR_EXIT_OK, or PRR_EXIT_SYSTEM said on stderr. */
int prr_write_stdout(const prr_buf *out);

#endif
