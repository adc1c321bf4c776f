/* cli.c - option parsing and help from one table; see include/prr/cli.h. */
#include "prr/cli.h"
#include "prr/model.h"
#include "prr/reviews.h"
#include "prr/buf.h"
#include "prr/embed.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int option_index(const prr_command *cmd, const char *name)
{
	for (int i = 0; cmd->options && cmd->options[i].name; i++)
		if (strcmp(cmd->options[i].name, name) == 0)
			return i;
	return -1;
}

const char *prr_arg(const prr_args *a, const char *name)
{
	int i = option_index(a->cmd, name);
	return i < 0 ? NULL : a->value[i];
}

bool prr_flag(const prr_args *a, const char *name)
{
	return prr_arg(a, name) != NULL;
}

int prr_arg_all(const prr_args *a, const char *name, const char ***values)
{
	int i = option_index(a->cmd, name);
	if (i < 0) {
		*values = NULL;
		return 0;
	}
	*values = a->values[i];
	return a->n_values[i];
}

int prr_usage_error(const prr_command *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "prr: %s: ", cmd->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	prr_str usage = prr_command_usage(cmd);
	fprintf(stderr, "\n%.*s\nsee 'prr help %s'\n", (int)usage.n, usage.p,
		cmd->name);
	return PRR_EXIT_USAGE;
}

const char *prr_command_help_text(const prr_command *cmd)
{
	prr_buf path = PRR_BUF_INIT;
	prr_buf_addf(&path, "gen/cmd/help/%s.txt", cmd->name);
	const prr_embed_file *f = prr_embed_find(path.p);
	prr_buf_free(&path);
	return f ? (const char *)f->data : NULL;
}

/* Line `k` (from 0) of the command's help text, without its newline. */
static prr_str help_line(const prr_command *cmd, int k)
{
	const char *p = prr_command_help_text(cmd);
	for (; p && k > 0; k--) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	if (!p)
		return (prr_str){ "", 0 };
	return (prr_str){ p, strcspn(p, "\n") };
}

prr_str prr_command_usage(const prr_command *cmd)
{
	return help_line(cmd, 0);
}

prr_str prr_command_summary(const prr_command *cmd)
{
	return help_line(cmd, 2);
}

void prr_command_help(const prr_command *cmd, FILE *out)
{
	const char *help = prr_command_help_text(cmd);
	if (help)
		fputs(help, out);
	fputs("\noptions:\n", out);
	for (int i = 0; cmd->options && cmd->options[i].name; i++) {
		const prr_option *o = &cmd->options[i];
		prr_buf left = PRR_BUF_INIT;
		if (o->short_name)
			prr_buf_addf(&left, "-%c, ", o->short_name);
		else
			prr_buf_adds(&left, "    ");
		prr_buf_addf(&left, "--%s", o->name);
		if (o->arg)
			prr_buf_addf(&left, " %s", o->arg);
		fprintf(out, "  %-26s %s\n", left.p, o->help);
		prr_buf_free(&left);
	}
	fprintf(out, "  %-26s %s\n", "-h, --help", "show this help");
	fputs("\nexit status: 0 ok, 1 bad input (or a failed check), "
	      "2 bad usage, 3 system error\n", out);
}

static void add_value(prr_args *out, int i, const char *v)
{
	out->value[i] = v;
	out->values[i] = prr_xrealloc(out->values[i],
				      (size_t)(out->n_values[i] + 1) *
					      sizeof *out->values[i]);
	out->values[i][out->n_values[i]++] = v;
}

int prr_args_parse(const prr_command *cmd, int argc, char **argv,
		   prr_args *out)
{
	memset(out, 0, sizeof *out);
	out->cmd = cmd;
	out->pos = prr_xcalloc((size_t)argc + 1, sizeof *out->pos);
	bool only_pos = false;
	for (int k = 1; k < argc; k++) {
		char *a = argv[k];
		if (only_pos || a[0] != '-' || a[1] == '\0') {
			out->pos[out->n_pos++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_pos = true;
			continue;
		}
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			prr_command_help(cmd, stdout);
			return -1;
		}
		int i = -1;
		const char *inline_val = NULL;
		if (a[1] == '-') {
			const char *eq = strchr(a + 2, '=');
			size_t len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
			for (int j = 0; cmd->options && cmd->options[j].name; j++)
				if (strlen(cmd->options[j].name) == len &&
				    memcmp(cmd->options[j].name, a + 2, len) == 0)
					i = j;
			if (eq)
				inline_val = eq + 1;
		} else {
			for (int j = 0; cmd->options && cmd->options[j].name; j++)
				if (cmd->options[j].short_name == a[1])
					i = j;
			if (a[2])
				inline_val = a + 2;
		}
		if (i < 0)
			return prr_usage_error(cmd, "unknown option '%s'", a);
		const prr_option *o = &cmd->options[i];
		if (!o->arg) {
			if (inline_val && a[1] == '-')
				return prr_usage_error(cmd,
						       "option '--%s' takes no value",
						       o->name);
			if (inline_val)
				return prr_usage_error(cmd, "unknown option '%s'", a);
			add_value(out, i, "");
			continue;
		}
		const char *v = inline_val;
		if (!v) {
			if (k + 1 >= argc)
				return prr_usage_error(cmd, "option '--%s' needs %s",
						       o->name, o->arg);
			v = argv[++k];
		}
		if (out->value[i] && !o->repeat)
			return prr_usage_error(cmd, "option '--%s' given twice",
					       o->name);
		add_value(out, i, v);
	}
	if (out->n_pos < cmd->min_pos)
		return prr_usage_error(cmd, "missing argument");
	if (cmd->max_pos >= 0 && out->n_pos > cmd->max_pos)
		return prr_usage_error(cmd, "unexpected argument '%s'",
				       out->pos[cmd->max_pos]);
	return 0;
}

void prr_args_free(prr_args *a)
{
	for (int i = 0; i < PRR_MAX_OPTIONS; i++)
		free(a->values[i]);
	free(a->pos);
	memset(a, 0, sizeof *a);
}

bool prr_progress_enabled(void)
{
	return isatty(STDERR_FILENO) && !getenv("PRR_NO_PROGRESS");
}

int prr_read_args(const prr_args *a, unsigned *flags, const char **date)
{
	*flags = prr_flag(a, "allow-outside") ? PRR_REVIEWS_ALLOW_OUTSIDE : 0;
	*date = prr_arg(a, "date");
	if (*date && !prr_date_valid(*date)) {
		prr_usage_error(a->cmd, "--date '%s' is no date: give a day "
				"that exists, as YYYY-MM-DD", *date);
		return -1;
	}
	return 0;
}

int prr_repo_args(const prr_args *a, prr_pipeline_opts *o)
{
	o->against = prr_arg(a, "against");
	if (o->against && !prr_date_valid(o->against)) {
		prr_usage_error(a->cmd, "--against wants a date YYYY-MM-DD, not '%s'",
				o->against);
		return -1;
	}
	o->repo = prr_arg(a, "repo");
	o->root = prr_arg(a, "root");
	o->cache_dir = prr_arg(a, "cache");
	o->no_repo = prr_flag(a, "no-repo");
	o->all_branches = prr_flag(a, "all-branches");
	o->progress = prr_progress_enabled();
	return prr_read_args(a, &o->review_flags, &o->review_date);
}

int prr_write_stdout(const prr_buf *out)
{
	if (fwrite(out->p, 1, out->n, stdout) != out->n || fflush(stdout)) {
		fprintf(stderr, "prr: cannot write to stdout\n");
		return PRR_EXIT_SYSTEM;
	}
	return PRR_EXIT_OK;
}
