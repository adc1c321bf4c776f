/* history.c - the repository: opened, revisions resolved, times, tags;
 * see history.h.  The walk and what it reads: history_*.c (history_int.h
 * lists them). */
#define _POSIX_C_SOURCE 200809L
#include "history_int.h"
#include "prr/fsutil.h"
#include "prr/gitguard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *hist_git_msg(void)
{
	const git_error *e = git_error_last();
	return e && e->message ? e->message : "unknown error";
}

/*** Opening ***/

static void history_global_opts(void)
{
	/* Every object read is still inflated and checked by zlib; hashing
	 * each one again costs half the walk (see PERFORMANCE.md).  The
	 * blobs evidence is read from are hashed (gitguard.h). */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	/* Keep libgit2's object cache and pack windows small: the walk reads
	 * each tree about once, and two handles each have their own cache.
	 * On 64-bit libgit2 maps a pack in windows of 1 GB, so the mapped
	 * limit never bit and every page the walk touched stayed resident
	 * (335 MB on git.git); 64 MB windows under a 256 MB limit let it
	 * unmap cold parts (about 170 MB for --paths on git.git) for a little
	 * more system time spent remapping. */
	git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)(32 << 20));
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, (size_t)(64 << 20));
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, (size_t)(256 << 20));
}

int hist_open_git(git_repository **out, const char *path, prr_buf *err)
{
	if (git_repository_open_ext(out, path, GIT_REPOSITORY_OPEN_NO_SEARCH,
				    NULL) < 0) {
		if (prr_is_dir(path) < 0)
			prr_buf_addf(err, "repository '%s' does not exist", path);
		else
			prr_buf_addf(err, "'%s' is not a git repository: %s",
				     path, hist_git_msg());
		*out = NULL;
		return -1;
	}
	/* damaged loose objects: an error, never libgit2 1.5's endless
	 * inflate (gitguard.h) */
	if (prr_git_guard(*out, err) < 0) {
		git_repository_free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

int prr_repo_open(prr_repo **out, const char *path, prr_buf *err)
{
	*out = NULL;
	git_libgit2_init();
	history_global_opts();
	prr_repo *r = prr_xcalloc(1, sizeof *r);
	r->path = prr_xstrdup(path);
	if (hist_open_git(&r->git, path, err) < 0)
		goto fail;
	if (git_repository_is_shallow(r->git) == 1) {
		prr_buf_addf(err, "'%s' is a shallow clone: history before "
			     "the graft is missing (run 'git fetch --unshallow')",
			     path);
		goto fail;
	}
	int empty = git_repository_is_empty(r->git);
	if (empty == 1 || git_repository_head_unborn(r->git) == 1) {
		prr_buf_addf(err, "repository '%s' has no commits", path);
		goto fail;
	}
	if (empty < 0) {
		prr_buf_addf(err, "cannot read HEAD of '%s': %s", path, hist_git_msg());
		goto fail;
	}
	*out = r;
	return 0;
fail:
	prr_repo_free(r);
	return -1;
}

void prr_repo_free(prr_repo *repo)
{
	if (!repo)
		return;
	git_repository_free(repo->git);
	free(repo->path);
	free(repo);
	git_libgit2_shutdown();
}

const char *prr_repo_path(const prr_repo *repo) { return repo->path; }
git_repository *prr_repo_git(prr_repo *repo) { return repo->git; }

int hist_resolve_oid(prr_repo *repo, const char *rev, git_oid *oid,
		     prr_buf *err)
{
	git_object *obj = NULL, *peeled = NULL;
	const char *spec = rev ? rev : "HEAD";
	if (git_revparse_single(&obj, repo->git, spec) < 0 ||
	    git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT) < 0) {
		prr_buf_addf(err, "unknown revision '%s' in '%s'", spec,
			     repo->path);
		git_object_free(obj);
		return -1;
	}
	git_oid_cpy(oid, git_object_id(peeled));
	git_object_free(peeled);
	git_object_free(obj);
	return 0;
}

int prr_repo_resolve(prr_repo *repo, const char *rev, char *hex, prr_buf *err)
{
	git_oid oid;
	if (hist_resolve_oid(repo, rev, &oid, err) < 0)
		return -1;
	git_oid_tostr(hex, PRR_OID_HEX + 1, &oid);
	return 0;
}

/*** Times ***/

/* Writes `v` as `n` decimal digits (the last n of it). */
static char *put_digits(char *p, unsigned v, int n)
{
	for (int i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + n;
}

/* By hand rather than snprintf: it runs once or twice per commit handed
 * over, and formatting was the largest cost of a cached rerun. */
void prr_time_iso(char *out, long long t, int tz)
{
	time_t local = (time_t)(t + (long long)tz * 60);
	struct tm tm;
	gmtime_r(&local, &tm);
	unsigned a = (unsigned)(tz < 0 ? -tz : tz);
	char *p = out;
	p = put_digits(p, (unsigned)(tm.tm_year + 1900) % 10000, 4);
	*p++ = '-';
	p = put_digits(p, (unsigned)tm.tm_mon + 1, 2);
	*p++ = '-';
	p = put_digits(p, (unsigned)tm.tm_mday, 2);
	*p++ = 'T';
	p = put_digits(p, (unsigned)tm.tm_hour, 2);
	*p++ = ':';
	p = put_digits(p, (unsigned)tm.tm_min, 2);
	*p++ = ':';
	p = put_digits(p, (unsigned)tm.tm_sec, 2);
	*p++ = tz < 0 ? '-' : '+';
	p = put_digits(p, (a / 60) % 100, 2);
	*p++ = ':';
	p = put_digits(p, a % 60, 2);
	*p = '\0';
}

void prr_time_date(char *out, long long t, int tz)
{
	char iso[26];
	prr_time_iso(iso, t, tz);
	memcpy(out, iso, 10);
	out[10] = '\0';
}

/*** Tags ***/

typedef struct tag_list {
	git_repository *git;
	prr_tag *v;
	size_t n, cap;
} tag_list;

static int on_tag(const char *name, git_oid *oid, void *payload)
{
	tag_list *l = payload;
	git_object *obj = NULL, *peeled = NULL;
	if (git_object_lookup(&obj, l->git, oid, GIT_OBJECT_ANY) == 0 &&
	    git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT) == 0) {
		if (l->n == l->cap) {
			l->cap = l->cap ? l->cap * 2 : 16;
			l->v = prr_xrealloc(l->v, l->cap * sizeof *l->v);
		}
		prr_tag *t = &l->v[l->n++];
		if (strncmp(name, "refs/tags/", 10) == 0)
			name += 10;
		t->name = prr_xstrdup(name);
		git_oid_tostr(t->target, sizeof t->target, git_object_id(peeled));
	}
	git_object_free(peeled);
	git_object_free(obj);
	return 0;
}

static int tag_cmp(const void *a, const void *b)
{
	return strcmp(((const prr_tag *)a)->name, ((const prr_tag *)b)->name);
}

int prr_repo_tags(prr_repo *repo, prr_tag **out, size_t *n, prr_buf *err)
{
	tag_list l = { repo->git, NULL, 0, 0 };
	*out = NULL;
	*n = 0;
	if (git_tag_foreach(repo->git, on_tag, &l) < 0) {
		prr_buf_addf(err, "cannot list the tags of '%s': %s", repo->path,
			     hist_git_msg());
		prr_tags_free(l.v, l.n);
		return -1;
	}
	if (l.n)
		qsort(l.v, l.n, sizeof *l.v, tag_cmp);
	*out = l.v;
	*n = l.n;
	return 0;
}

void prr_tags_free(prr_tag *tags, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free((void *)tags[i].name);
	free(tags);
}
