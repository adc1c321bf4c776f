/*
 * gitfacts.h - what the reviewed repository adds to the figures.
 *
 * One pass collects, for a review set: every commit's time (commits per
 * week on the timeline), the tags with their commits' dates, the evidence
 * checks of every review (the "stated vs found" audit), each evidence item
 * judged and each component's commits since the review (prr_revgit) and,
 * from them, each story's delivery date: the day the last of its evidence
 * paths first appeared, that is the first commit that made all its
 * evidence true.
 * `prr build --repo` and `prr report --repo` hand the result to
 * the compute stage as prr_facts (facts.h) through prr_gitfacts_facts().
 */
#ifndef PRR_GITFACTS_H
#define PRR_GITFACTS_H

#include <stddef.h>

#include "prr/arena.h"
#include "prr/buf.h"
#include "prr/facts.h"
#include "prr/history.h"
#include "prr/reviews.h"

typedef struct prr_gitfacts {
	prr_arena arena; /* owns everything below */
	long long *commit_times;
	size_t n_commits, cap_commits;
	prr_tagdate *tags;
	size_t n_tags;
	prr_delivery *deliveries;
	size_t n_deliveries, cap_deliveries;
	prr_claimcheck *checks;
	size_t n_checks, cap_checks;
	prr_revcheck *revchecks; /* a review's commit and its rule */
	size_t n_revchecks, cap_revchecks;
	prr_revgit *revgits;     /* one per review of the set, in its order */
	size_t n_revgits;
	const char *head, *head_date; /* HEAD: short id, date */
} prr_gitfacts;

typedef struct prr_gitfacts_opts {
	const char *repo;      /* the repository (required) */
	const char *root;      /* project root inside it, or NULL */
	const char *cache_dir; /* history cache, or NULL */
	bool progress;
	bool all_branches;     /* planned files looked for on every branch
				* (evidence.h), not only HEAD's history */
} prr_gitfacts_opts;

/*
 * Reads the repository for every review of `set`.  Returns 0, or -1 with a
 * message naming the repository in `err` (not a repository, a missing
 * object …); `out` must be freed either way.
 */
int prr_gitfacts_collect(prr_gitfacts *out, const prr_reviews *set,
			 const prr_gitfacts_opts *o, prr_buf *err);
/*
 * The commit that added a file: the oldest commit of HEAD's history whose
 * changes (against its first parent; merges show none) touch `path`
 * (NULL: any path) holding blob `blob_hex` (NULL: any content).  Fills
 * `out` (found false when none did; first_* is the history's oldest
 * commit either way).  Returns 0, or -1 with a message in err.
 */
typedef struct prr_added {
	bool found;
	char id[PRR_OID_HEX + 1];
	char path[1024];       /* where it was added (cut at 1023 bytes) */
	long long time, ctime; /* author and committer time */
	int tz, ctz;
	char first_id[PRR_OID_HEX + 1];
	long long first_time;  /* committer time */
	int first_tz;
} prr_added;

int prr_added_find(prr_repo *repo, const char *cache_dir, const char *path,
		   const char *blob_hex, prr_added *out, prr_buf *err);

/*
 * Dating a review file that states no date by the commit that added it to
 * the reviewed repository (a prr_load_opts date_of, reviews.h): `repo`
 * (NULL: prr.json's) is opened when first needed; a file outside it, or
 * one no commit added, stays undated.  Free with prr_gitdater_free.
 */
typedef struct prr_gitdater {
	const char *repo, *cache_dir;
	struct prr_repo *open;
	bool failed;
} prr_gitdater;

const char *prr_gitdater_date(void *ctx, const prr_config *c, const char *path,
			      prr_arena *a, const char **how);
void prr_gitdater_free(prr_gitdater *g);

/* Points `out` at what `g` holds (borrowed: keep `g` alive). */
void prr_gitfacts_facts(const prr_gitfacts *g, prr_facts *out);
void prr_gitfacts_free(prr_gitfacts *g);

#endif
