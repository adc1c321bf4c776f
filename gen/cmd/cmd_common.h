/*
 * cmd_common.h - what the commands share: the figures of those that
 * compute them (`prr build`, `archive`, `report`, `gate`); the reviews of
 * `verify` and `new`; the view options and the archiving of those that
 * make pages (`build`, `archive`), with the messages.  Not part of prr's
 * interface.
 */
#ifndef PRR_CMD_COMMON_H
#define PRR_CMD_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/archive.h"
#include "prr/cli.h"
#include "prr/figures.h"
#include "prr/reviews.h"
#include "prr/tpl.h"
#include "prr/view.h"

/* What a command that computes figures holds while it runs. */
typedef struct cmd_figures {
	prr_diags d;         /* printed on stderr by cmd_figures_free */
	prr_pipeline pl;     /* the reviews, the repository's facts, the figures */
	prr_figures *f;      /* pl.figures */
} cmd_figures;

/*
 * The reviews `paths[0..n)` loaded and their figures computed
 * (prr_pipeline_run; problems in c->d).  Returns PRR_EXIT_OK or
 * PRR_EXIT_INPUT.  Free `c` with cmd_figures_free, which prints c->d
 * first, either way.
 */
int cmd_figures_load(cmd_figures *c, char *const *paths, int n,
		     const prr_pipeline_opts *in);
void cmd_figures_free(cmd_figures *c);

/*
 * The reviews named on the command line (none: the folder 'reviews')
 * loaded into `set` with `lo` (prr_reviews_load), their problems printed
 * on stderr: `prr verify`'s and `prr new`'s.  Returns 0, or -1; free
 * `set` with prr_reviews_free either way.
 */
int cmd_reviews_load(prr_reviews *set, const prr_args *a,
		     const prr_load_opts *lo);

/* The options both commands that make pages take besides the
 * repository's. */
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
	cmd_figures fig;
	prr_view_opts vo;
	char date[16];       /* vo.build_date's */
	prr_tpl_store store; /* --templates */
	prr_tpl_env *env;
} cmd_pages;

/*
 * The view options checked (cmd_view_opts), then the figures
 * (cmd_figures_load), and the templates made ready.  Returns PRR_EXIT_OK,
 * or an exit status (a usage message printed).  Free `c` with
 * cmd_pages_free (which prints c->fig.d) either way.
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
