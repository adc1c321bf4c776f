/* history_walk.c - the walk: its order (cached or a revwalk), the
 * workers computing records, commits handed over in order; see
 * history.h. */
#include "history_int.h"
#include "prr/jobs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How many commits to compute the workers may run ahead of the batch
 * being handed over. */
#define WALK_WINDOW 2048
/* Fewer commits to compute than this: no threads. */
#define WALK_THREADED_MIN 256
#define WALK_MAX_WORKERS PRR_JOBS_MAX
#define WALK_BATCH 32 /* commits a worker claims and publishes at once */

/*** The walk ***/

typedef struct walk {
	const char *repo_path;
	unsigned want;
	const git_oid *order;
	size_t n;
	const size_t *todo; /* order positions to compute, ascending */
	size_t n_todo;
	unsigned char **data; /* per order position, once computed */
	uint32_t *len;
	/* batch b: todos b * WALK_BATCH .. (b + 1) * WALK_BATCH - 1 */
	prr_jobs_line line;
	worker_stats ws[WALK_MAX_WORKERS]; /* per worker */
} walk;

static void worker_main(void *arg, unsigned job)
{
	walk *w = arg;
	git_repository *git = NULL;
	prr_buf err = PRR_BUF_INIT, rec = PRR_BUF_INIT;
	computer k;
	bool have_k = false;
	if (hist_open_git(&git, w->repo_path, &err) < 0 ||
	    hist_computer_init(&k, git, w->repo_path, w->want, &err) < 0)
		goto fail;
	have_k = true;
	size_t b;
	while (prr_jobs_line_claim(&w->line, &b)) {
		/* A batch is published at once: one wake-up per batch rather
		 * than per commit.  It is computed oldest first (the walk
		 * order puts children before parents), so a commit usually
		 * follows its parent and reuses what the computer kept of
		 * it. */
		size_t first = b * WALK_BATCH;
		size_t last = first + WALK_BATCH < w->n_todo ? first + WALK_BATCH
							     : w->n_todo;
		for (size_t i = last; i-- > first;) {
			size_t pos = w->todo[i];
			if (hist_compute_record(&k, &w->order[pos], &rec, &err) < 0)
				goto fail;
			w->data[pos] = prr_xmalloc(rec.n);
			memcpy(w->data[pos], rec.p, rec.n);
			w->len[pos] = (uint32_t)rec.n;
		}
		prr_jobs_line_done(&w->line, b);
	}
	goto done;
fail:
	prr_jobs_line_fail(&w->line, err.p);
done:
	if (have_k) {
		w->ws[job] = k.ws;
		hist_computer_free(&k);
	}
	git_repository_free(git);
	prr_buf_free(&err);
	prr_buf_free(&rec);
}

/* The walk order: from the cache when it knows (tip, hide), else a revwalk. */
static int walk_order(prr_repo *repo, const git_oid *tip, const git_oid *hide,
		      git_oid **out, size_t *n, prr_buf *err)
{
	git_revwalk *rw = NULL;
	size_t cap = 1024;
	*n = 0;
	*out = prr_xmalloc(cap * sizeof **out);
	if (git_revwalk_new(&rw, repo->git) < 0 ||
	    git_revwalk_sorting(rw, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME) < 0 ||
	    git_revwalk_push(rw, tip) < 0 || (hide && git_revwalk_hide(rw, hide) < 0))
		goto fail;
	git_oid oid;
	int r;
	while ((r = git_revwalk_next(&oid, rw)) == 0) {
		if (*n == cap) {
			cap *= 2;
			*out = prr_xrealloc(*out, cap * sizeof **out);
		}
		(*out)[(*n)++] = oid;
	}
	if (r != GIT_ITEROVER)
		goto fail;
	git_revwalk_free(rw);
	return 0;
fail:
	prr_buf_addf(err, "cannot walk the history of '%s': %s", repo->path,
		     hist_git_msg());
	git_revwalk_free(rw);
	free(*out);
	*out = NULL;
	return -1;
}

static void progress(size_t i, size_t n, bool last)
{
	fprintf(stderr, "\rreading history: %zu/%zu commits%s", i, n,
		last ? "\n" : "");
}

int prr_history_walk(prr_repo *repo, const prr_history_opts *o,
		     prr_commit_fn fn, void *payload, prr_history_stats *stats,
		     prr_buf *err)
{
	prr_history_stats st_local;
	prr_history_stats *st = stats ? stats : &st_local;
	memset(st, 0, sizeof *st);
	unsigned want = (o->paths || o->churn ? REC_PATHS : 0) |
			(o->churn ? REC_CHURN : 0);
	git_oid tip, hide_oid, *order = NULL;
	const git_oid *hide = NULL;
	size_t n = 0, n_todo = 0;
	size_t *todo = NULL;
	uint32_t *idx = NULL;
	bool *batch_seen = NULL;
	prr_jobs workers = { .n = 0 };
	hcache cache;
	rec_view view = { NULL, 0, NULL, 0 };
	prr_buf rec = PRR_BUF_INIT;
	computer k; /* the main thread's, when it computes alone */
	bool have_k = false;
	walk w;
	memset(&w, 0, sizeof w);
	prr_jobs_line_init(&w.line, 0, 1); /* empty until the todos are known */
	hist_cache_open(&cache, o->cache_dir);
	st->cache_rebuilt = cache.rebuilt;
	int rc = -1;

	if (hist_resolve_oid(repo, o->rev, &tip, err) < 0)
		goto done;
	if (o->hide) {
		if (hist_resolve_oid(repo, o->hide, &hide_oid, err) < 0)
			goto done;
		hide = &hide_oid;
	}
	corder *known = hist_cache_order(&cache, &tip, hide);
	if (known) {
		n = known->n;
		order = prr_xmalloc((n ? n : 1) * sizeof *order);
		for (size_t i = 0; i < n; i++)
			git_oid_fromraw(&order[i], cache.recs[known->idx[i]].oid);
	} else {
		st->walked = true;
		if (walk_order(repo, &tip, hide, &order, &n, err) < 0)
			goto done;
	}

	/* Which commits need computing: not cached, or cached with less. */
	todo = prr_xmalloc((n ? n : 1) * sizeof *todo);
	idx = prr_xmalloc((n ? n : 1) * sizeof *idx);
	/* idx[i]: the cache record of order[i] (indices stay put as records
	 * are added), found once here rather than again when handed over */
	for (size_t i = 0; i < n; i++) {
		long at = known ? (long)known->idx[i]
				: hist_cache_find(&cache, order[i].id);
		if (at < 0 || (cache.recs[at].data[0] & want) != want)
			todo[n_todo++] = i;
		else
			idx[i] = (uint32_t)at;
	}
	w.repo_path = repo->path;
	w.want = want;
	w.order = order;
	w.n = n;
	w.todo = todo;
	w.n_todo = n_todo;
	w.data = prr_xcalloc(n ? n : 1, sizeof *w.data);
	w.len = prr_xcalloc(n ? n : 1, sizeof *w.len);
	size_t n_batches = (n_todo + WALK_BATCH - 1) / WALK_BATCH;
	prr_jobs_line_free(&w.line);
	prr_jobs_line_init(&w.line, n_batches, WALK_WINDOW / WALK_BATCH);
	batch_seen = prr_xcalloc(n_batches + 1, sizeof *batch_seen);
	if (n_todo >= WALK_THREADED_MIN) {
		int nw = o->workers > 0 ? o->workers : 2;
		prr_jobs_start(&workers, nw > WALK_MAX_WORKERS ? WALK_MAX_WORKERS
							      : (unsigned)nw,
			       worker_main, &w);
	}

	size_t t = 0; /* next todo the main thread may compute itself */
	for (size_t i = 0; i < n; i++) {
		const unsigned char *d;
		uint32_t len;
		bool fresh = t < n_todo && todo[t] == i;
		if (fresh) {
			t++;
			if (workers.n) {
				size_t b = (t - 1) / WALK_BATCH;
				if (!batch_seen[b]) {
					if (prr_jobs_line_wait(&w.line, b) < 0) {
						prr_buf_add(err, w.line.why.p,
							    w.line.why.n);
						goto done;
					}
					batch_seen[b] = true;
				}
			} else {
				if (!have_k) {
					if (hist_computer_init(&k, repo->git, repo->path,
							  want, err) < 0)
						goto done;
					have_k = true;
				}
				if (hist_compute_record(&k, &order[i], &rec, err) < 0)
					goto done;
				w.data[i] = prr_xmalloc(rec.n);
				memcpy(w.data[i], rec.p, rec.n);
				w.len[i] = (uint32_t)rec.n;
			}
			d = w.data[i];
			len = w.len[i];
			st->computed++;
		} else {
			crec *cr = &cache.recs[idx[i]];
			d = cr->data;
			len = cr->len;
			st->from_cache++;
		}
		prr_commit c;
		if (hist_rec_decode(d, len, &order[i], &c, &view) < 0) {
			prr_buf_addf(err, "corrupt history record of commit %s",
				     git_oid_tostr_s(&order[i]));
			goto done;
		}
		/* metadata-only asks hand over no paths even if cached */
		if (!(want & REC_PATHS)) {
			c.has_paths = false;
			c.n_paths = 0;
		}
		if (!(want & REC_CHURN))
			c.has_churn = false;
		st->commits++;
		int r = fn(&c, payload);
		if (fresh) {
			if (cache.path) {
				idx[i] = hist_cache_put(&cache, order[i].id, w.data[i],
						   w.len[i]);
			} else {
				free(w.data[i]);
			}
			w.data[i] = NULL;
		}
		if (o->progress && (i % 1024 == 0 || i + 1 == n))
			progress(i + 1, n, i + 1 == n);
		if (r) {
			rc = r;
			goto done;
		}
	}
	if (cache.path && !known) {
		hist_cache_add_order(&cache, &tip, hide, idx, n);
		idx = NULL;
	}
	rc = 0;
done:
	prr_jobs_line_stop(&w.line);
	prr_jobs_join(&workers);
	if (rc != -1) {
		/* The history handed over is whole either way: a cache that
		 * cannot be saved (a read-only reviews folder) costs the next
		 * run time, not this run its result. */
		prr_buf why = PRR_BUF_INIT;
		if (hist_cache_save(&cache, &why) < 0)
			fprintf(stderr, "prr: warning: %s; going on without it\n",
				why.p);
		prr_buf_free(&why);
	}
	if (have_k) {
		st->trees_read += k.ws.trees;
		st->blobs_read += k.ws.blobs;
		hist_computer_free(&k);
	}
	for (size_t j = 0; j < WALK_MAX_WORKERS; j++) {
		st->trees_read += w.ws[j].trees;
		st->blobs_read += w.ws[j].blobs;
	}
	for (size_t i = 0; w.data && i < n; i++)
		free(w.data[i]);
	free(w.data);
	free(w.len);
	free(batch_seen);
	prr_jobs_line_free(&w.line);
	hist_cache_free(&cache);
	hist_rec_view_free(&view);
	prr_buf_free(&rec);
	free(order);
	free(todo);
	free(idx);
	return rc;
}
