/* cmd_new.c - `prr new`: the next review drafted from the latest one. */
#include "cmd_common.h"

#include "prr/cli.h"
#include "prr/draft.h"
#include "prr/evidence.h"
#include "prr/fsutil.h"
#include "prr/history.h"
#include "prr/import.h"
#include "prr/reviews.h"

#include <errno.h>
#include <fcntl.h>
#include <git2.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const prr_option options[] = {
	{ "date", 0, "YYYY-MM-DD", "the new review's date (prr reads no clock)", false },
	{ "output", 'o', "FILE", "write the draft to FILE (default: stdout)", false },
	{ "force", 0, NULL, "replace FILE when it exists", false },
	{ "project", 0, "NAME", "the project to draft (when REVIEWS hold several)", false },
	{ "repo", 0, "DIR", "add what git says changed since the last review", false },
	{ "root", 0, "DIR", "the project's folder inside the repository (default: prr.json's root)", false },
	{ "allow-outside", 0, NULL, "read links in the reviews folder that lead outside it", false },
	{ 0 }
};

/*** Since the last review ***/

/* Paths watched in the history: a component's, an evidence file's. */
typedef struct watch {
	const char *label;   /* escaped Markdown: "API Gateway", "path (owner)" */
	const char **pats;   /* from the repository root */
	size_t n_pats, cap_pats;
	bool planned;        /* a planned file (a story's: `story` names it) */
	const char *story;   /* escaped Markdown: "S-1 Cache", or NULL */
	long count;
	char newest[PRR_OID_HEX + 1], newest_date[11];
	char oldest[PRR_OID_HEX + 1], oldest_date[11];
	const char *path;    /* the newest path that matched */
} watch;

typedef struct since {
	prr_arena arena;
	watch *v;
	size_t n, cap;
	size_t n_components; /* the first n_components watches */
	const char *after_date; /* commits after it, when no revision hides */
	const char *until;      /* the new review's date */
	long commits;
} since;

static watch *add_watch(since *s, const char *label)
{
	watch *w = PRR_VEC_PUSH(&s->arena, s->v, s->n, s->cap);
	w->label = label;
	return w;
}

static void add_pattern(since *s, watch *w, const char *root,
			const char *path)
{
	prr_buf norm = PRR_BUF_INIT;
	if (prr_evidence_path(&norm, root, path) == 0 && norm.n) {
		const char **p = PRR_VEC_PUSH(&s->arena, w->pats, w->n_pats,
					      w->cap_pats);
		*p = prr_arena_strdup(&s->arena, norm.p);
	}
	prr_buf_free(&norm);
}

static int on_commit(const prr_commit *c, void *payload)
{
	since *s = payload;
	char date[11];
	prr_time_date(date, c->ctime, c->ctz); /* committed, as verify dates */
	if ((s->after_date && strcmp(date, s->after_date) <= 0) ||
	    strcmp(date, s->until) > 0)
		return 0;
	s->commits++;
	for (size_t i = 0; i < s->n; i++) {
		watch *w = &s->v[i];
		const char *hit = NULL;
		for (size_t k = 0; k < c->n_paths && !hit; k++)
			if (prr_evidence_covers_any(w->pats, w->n_pats,
						     c->paths[k]))
				hit = c->paths[k];
		if (!hit)
			continue;
		if (!w->count++) {
			memcpy(w->newest, c->id, sizeof w->newest);
			memcpy(w->newest_date, date, sizeof date);
			w->path = prr_arena_strdup(&s->arena, hit);
		}
		memcpy(w->oldest, c->id, sizeof w->oldest);
		memcpy(w->oldest_date, date, sizeof date);
	}
	return 0;
}

/* The label of an evidence file: "path (owner)", escaped. */
static const char *evidence_label(since *s, const char *path,
				  const char *owner)
{
	prr_buf b = PRR_BUF_INIT;
	prr_draft_esc(&b, path);
	if (owner) {
		prr_buf_adds(&b, " (");
		prr_draft_esc(&b, owner);
		prr_buf_addc(&b, ')');
	}
	const char *l = prr_arena_strdup(&s->arena, b.p);
	prr_buf_free(&b);
	return l;
}

static void watch_evidence(since *s, const prr_evidence *ev, size_t n,
			   const char *owner, const char *story,
			   const char *root)
{
	prr_buf norm = PRR_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (prr_evidence_path(&norm, root, ev[i].path) < 0 || !norm.n)
			continue; /* outside the repository: verify says so */
		/* a file to create; not one to delete (absent too) */
		bool planned = ev[i].planned && !ev[i].absent;
		bool seen = false; /* a file cited twice is listed once */
		for (size_t k = s->n_components; k < s->n && !seen; k++)
			seen = s->v[k].planned == planned &&
			       strcmp(s->v[k].pats[0], norm.p) == 0;
		if (seen)
			continue;
		watch *w = add_watch(s, evidence_label(s, ev[i].path, owner));
		w->planned = planned;
		w->story = story;
		add_pattern(s, w, root, ev[i].path);
	}
	prr_buf_free(&norm);
}

/* 1 if `path` is in the tree of HEAD. */
static bool at_head(prr_repo *repo, const char *path)
{
	git_object *tree = NULL;
	git_tree_entry *e = NULL;
	bool found = git_revparse_single(&tree, prr_repo_git(repo),
					 "HEAD^{tree}") == 0 &&
		     git_tree_entry_bypath(&e, (git_tree *)tree, path) == 0;
	git_tree_entry_free(e);
	git_object_free(tree);
	return found;
}

static void since_line(prr_buf *md, const watch *w, const char *none)
{
	prr_buf_addf(md, "- %s \xE2\x80\x94 ", w->label);
	if (!w->count)
		prr_buf_addf(md, "%s\n", none);
	else
		prr_buf_addf(md, "%ld commit%s, newest %.10s on %s\n", w->count,
			     prr_plural((long)w->count, "", "s"), w->newest, w->newest_date);
}

/* The watches of one kind, or `none` as a sentence when there are none. */
static void since_list(prr_buf *md, const since *s, int kind, prr_repo *repo,
		       const char *none)
{
	size_t listed = 0;
	for (size_t i = 0; i < s->n; i++) {
		const watch *w = &s->v[i];
		int k = i < s->n_components ? 0 : w->planned && w->story ? 2 : 1;
		if (k != kind || (kind && !w->count))
			continue;
		if (kind == 2) {
			if (!at_head(repo, w->path))
				continue;
			prr_buf_addf(md, "- %s \xE2\x80\x94 ", w->story);
			prr_draft_esc(md, w->path);
			prr_buf_addf(md, " appeared in %.10s on %s\n", w->oldest,
				     w->oldest_date);
		} else {
			since_line(md, w, "no commit");
		}
		listed++;
	}
	prr_buf_adds(md, listed ? "\n" : none);
}

/*
 * The body of "Since the last review": commits per component path
 * (prr.json), evidence files changed, stories' planned files that
 * appeared.  Returns 0, or -1 with a message in `err`.
 */
static int since_md(prr_buf *md, const prr_reviews *set, const prr_review *last,
		    const char *repo_path, const char *root, const char *date,
		    prr_buf *err)
{
	since s = { PRR_ARENA_INIT, NULL, 0, 0, 0, NULL, date, 0 };
	prr_repo *repo = NULL;
	int rc = -1;
	const prr_config *cfg = set->config;
	if (prr_repo_open(&repo, repo_path, err) < 0)
		goto done;
	prr_history_opts o = PRR_HISTORY_OPTS_INIT;
	o.paths = true;
	char base[PRR_OID_HEX + 1];
	prr_buf ignored = PRR_BUF_INIT;
	bool by_revision = last->revision &&
			   prr_repo_resolve(repo, last->revision, base, &ignored) == 0;
	prr_buf_free(&ignored);
	if (by_revision)
		o.hide = base;
	else
		s.after_date = last->date;
	prr_buf b = PRR_BUF_INIT; /* labels, escaped */
	for (size_t i = 0; cfg && i < cfg->n_components; i++) {
		prr_buf_reset(&b);
		prr_draft_esc(&b, cfg->components[i].name);
		watch *w = add_watch(&s, prr_arena_strdup(&s.arena, b.p));
		for (size_t g = 0; g < cfg->components[i].n_globs; g++)
			add_pattern(&s, w, root, cfg->components[i].globs[g]);
	}
	s.n_components = s.n;
	for (size_t i = 0; i < last->n_components; i++)
		watch_evidence(&s, last->components[i].evidence,
			       last->components[i].n_evidence,
			       last->components[i].name, NULL, root);
	for (size_t i = 0; i < last->n_waves; i++)
		for (size_t j = 0; j < last->waves[i].n_stories; j++) {
			const prr_story *st = &last->waves[i].stories[j];
			prr_buf_reset(&b);
			prr_draft_esc(&b, st->id);
			if (st->id && st->title)
				prr_buf_addc(&b, ' ');
			prr_draft_esc(&b, st->title);
			watch_evidence(&s, st->evidence, st->n_evidence,
				       st->id ? st->id : st->title,
				       prr_arena_strdup(&s.arena, b.p), root);
		}
	prr_buf_free(&b);
	watch_evidence(&s, last->evidence, last->n_evidence, NULL, NULL, root);
	if (prr_history_walk(repo, &o, on_commit, &s, NULL, err) < 0)
		goto done;

	prr_buf_adds(md, "What git says changed in ");
	prr_draft_esc(md, repo_path);
	if (by_revision) {
		prr_buf_adds(md, " after the revision reviewed, ");
		prr_draft_esc(md, last->revision);
		prr_buf_addf(md, " (%.10s)", base);
	} else {
		prr_buf_addf(md, " after the last review's day, %s", last->date);
		if (last->revision) {
			prr_buf_adds(md, " (the revision it names, ");
			prr_draft_esc(md, last->revision);
			prr_buf_adds(md, ", is not in the repository)");
		}
	}
	prr_buf_addf(md, ", up to %s. %ld commit%s.\n\n", date, s.commits,
		     prr_plural((long)s.commits, "", "s"));
	prr_buf_adds(md, "### Commits per component\n\n");
	since_list(md, &s, 0, repo, "prr.json names no component paths.\n\n");
	prr_buf_adds(md, "### Evidence whose file changed\n\n");
	since_list(md, &s, 1, repo, "No evidence file changed.\n\n");
	prr_buf_adds(md, "### Stories whose planned files appeared\n\n");
	since_list(md, &s, 2, repo, "No planned file appeared.\n\n");
	rc = 0;
done:
	prr_repo_free(repo);
	prr_arena_free(&s.arena);
	return rc;
}

/*** Output ***/

/* Writes `path` only if it does not exist: a file made and then not
 * fully written is removed (it is ours).  Returns 0, or -1 with errno. */
static int write_new(const char *path, const char *data, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0666);
	if (fd < 0)
		return -1;
	int rc = prr_write_all(fd, data, n);
	int saved = errno;
	if (close(fd) < 0 && rc == 0) {
		saved = errno;
		rc = -1;
	}
	if (rc < 0) {
		unlink(path);
		errno = saved ? saved : EIO;
		return -1;
	}
	return 0;
}

/*
 * Imports the draft as `prr import` would and says, as warnings at the
 * draft's lines, what does not read back as it was carried.
 */
static void read_back(const char *text, size_t n, const char *path,
		      const prr_review *last)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *back = NULL;
	if (prr_import_md(&back, path, text, n, &d) == 0)
		prr_draft_compare(last, back, path, &d);
	prr_diags_print(&d, stderr);
	prr_review_free(back);
	prr_diags_free(&d);
}

static int run(const prr_args *a)
{
	const prr_command *cmd = a->cmd;
	const char *out = prr_arg(a, "output"), *date = prr_arg(a, "date");
	const char *project = prr_arg(a, "project");
	if (!date)
		return prr_usage_error(cmd, "--date YYYY-MM-DD is required: the "
				       "new review's date (prr reads no clock)");
	if (!prr_date_valid(date))
		return prr_usage_error(cmd, "--date '%s' is no date: give a day "
				       "that exists, as YYYY-MM-DD", date);
	if (out && prr_is_dir(out) == 1)
		return prr_usage_error(cmd, "'%s' is a folder: -o names a file",
				       out);
	prr_reviews set;
	prr_buf md = PRR_BUF_INIT, changes = PRR_BUF_INIT, err = PRR_BUF_INIT;
	int rc = PRR_EXIT_INPUT;
	prr_load_opts lo = { prr_flag(a, "allow-outside")
				     ? PRR_REVIEWS_ALLOW_OUTSIDE : 0u,
			     NULL, NULL, NULL };
	if (cmd_reviews_load(&set, a, &lo) < 0)
		goto done;
	if (!project && set.n_projects > 1) {
		rc = prr_usage_error(cmd, "the reviews hold %zu projects: name "
				     "one with --project", set.n_projects);
		goto done;
	}
	const prr_review *last = prr_reviews_latest(&set, project);
	if (!last) {
		fprintf(stderr, "prr: new: no review of project '%s'\n", project);
		goto done;
	}
	if (strcmp(date, last->date) <= 0) {
		rc = prr_usage_error(cmd, "--date %s is not after the latest "
				     "review's (%s)", date, last->date);
		goto done;
	}
	if (out && prr_reviews_input(&set, out)) {
		fprintf(stderr, "prr: new: '%s' is one of the reviews read; "
			"prr new never writes over its input\n", out);
		goto done;
	}
	if (out && !prr_flag(a, "force") && access(out, F_OK) == 0) {
		fprintf(stderr, "prr: new: '%s' exists; --force replaces it\n",
			out);
		goto done;
	}
	const char *repo = prr_arg(a, "repo");
	const char *root = prr_arg(a, "root");
	if (!root && set.config)
		root = set.config->root;
	if (repo && since_md(&changes, &set, last, repo, root, date, &err) < 0) {
		fprintf(stderr, "prr: new: error: %s\n", err.p);
		rc = PRR_EXIT_INPUT;
		goto done;
	}
	prr_draft_opts o = { date, repo ? changes.p : NULL };
	prr_draft_write(&md, last, &o);
	read_back(md.p, md.n, out ? out : "(draft)", last);
	rc = PRR_EXIT_OK;
	if (!out) {
		fwrite(md.p, 1, md.n, stdout);
	} else if (prr_flag(a, "force")) {
		if (prr_write_file_atomic(out, md.p, md.n, &err) < 0) {
			fprintf(stderr, "prr: new: %s\n", err.p);
			rc = PRR_EXIT_SYSTEM;
		}
	} else if (write_new(out, md.p, md.n) < 0) {
		fprintf(stderr, "prr: new: cannot write '%s': %s\n", out,
			strerror(errno));
		rc = errno == EEXIST ? PRR_EXIT_INPUT : PRR_EXIT_SYSTEM;
	}
done:
	prr_reviews_free(&set);
	prr_buf_free(&md);
	prr_buf_free(&changes);
	prr_buf_free(&err);
	return rc;
}

PRR_COMMAND(new) = { "new", run, options, 0, -1 };
