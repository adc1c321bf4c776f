/*
 * cmd_common.h - what the commands that make pages share (`prr build`,
 * `prr archive`): their view options and their archiving, with the
 * messages.  Not part of prr's interface.
 */
#ifndef PRR_CMD_COMMON_H
#define PRR_CMD_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/archive.h"
#include "prr/cli.h"
#include "prr/figures.h"
#include "prr/tpl.h"
#include "prr/view.h"

/* The options both commands take besides the repository's. */
#define CMD_PAGE_OPTIONS                                                      \
	{ "templates", 't', "DIR", "templates in DIR replace prr's own of the same name", false }, \
	{ "base-url", 0, "URL", "where the site is published (links in report.md and from archived pages)", false }

/*
 * --base-url, SOURCE_DATE_EPOCH (as YYYY-MM-DD into date[16]) and
 * --templates checked, into `vo`.  Returns PRR_EXIT_OK, or
 * PRR_EXIT_USAGE after the message.
 */
int cmd_view_opts(const prr_args *a, prr_view_opts *vo, char date[16]);

/* What a command that makes pages holds while it runs. */
typedef struct cmd_pages {
	prr_view_opts vo;
	char date[16];       /* vo.build_date's */
	prr_diags d;
	prr_pipeline pl;     /* the reviews, the repository's facts, the figures */
	prr_figures *f;      /* pl.figures */
	prr_tpl_store store; /* --templates */
	prr_tpl_env *env;
} cmd_pages;

/*
 * The view options checked (cmd_view_opts), then the reviews `paths[0..n)`
 * loaded and their figures computed (problems in c->d), and the templates
 * made ready.  Returns PRR_EXIT_OK, or an exit status (a usage message
 * printed).  Free `c` with cmd_pages_free (which prints c->d) either way.
 */
int cmd_pages_load(cmd_pages *c, const prr_args *a, char *const *paths,
		   int n, const prr_pipeline_opts *in);
void cmd_pages_free(cmd_pages *c);

/* "prr: WHO: LINE" for each line of `err`. */
void cmd_print_lines(const char *who, const char *err);

/*
 * The reviews of `f` (those dated one of `dates[0..n)` when n > 0) made
 * for the archive `dir` and every refusal decided (archive.h), nothing
 * written.  Returns PRR_EXIT_OK with *plan set, or an exit status after
 * the messages ("prr: WHO: …"; template problems in `d`).
 */
int cmd_archive_prepare(prr_archive_plan **plan, const char *who,
			const prr_figures *f, const prr_view_opts *vo,
			prr_tpl_env *env, const char *const *dates, size_t n,
			const char *dir, bool force, prr_diags *d);

/*
 * Writes the plan, then "prr: archive 'DIR': N added, …" (always, or
 * only when progress is shown).  Returns PRR_EXIT_OK, or PRR_EXIT_SYSTEM
 * after the messages.
 */
int cmd_archive_commit(prr_archive_plan *plan, const char *who,
		       const char *dir, const prr_tpl_store *store,
		       bool always_summary);

#endif
