/*
 * facts.h - what the reviewed repository tells the compute stage.
 *
 * The git stage (gitfacts.h) reads the repository and fills these plain
 * structs; the compute stage (figures.h) reads them and nothing of git:
 * when stories were delivered, what each evidence claim came to, the
 * commit each review was checked at, commit times and tag dates.  Without
 * a repository every list is empty.  Strings and arrays are borrowed from
 * whoever filled them (the pipeline keeps them alive with the figures).
 */
#ifndef PRR_FACTS_H
#define PRR_FACTS_H

#include <stdbool.h>
#include <stddef.h>

/* When a story was delivered (from the git evidence module, optional). */
typedef struct prr_delivery {
	const char *story; /* story id, matched with prr_name_eq */
	const char *date;
} prr_delivery;

/*
 * One evidence check of the repository (the git evidence module fills
 * these; `prr verify`).  `holds` says whether the repository agrees with
 * the claim.
 */
typedef struct prr_claimcheck {
	const char *review_date; /* the review it belongs to; NULL: latest */
	const char *subject;     /* component or story it backs */
	const char *path, *claim;
	const char *found;       /* what prr found: "token present", "no such path" */
	bool holds;
	int line;                /* of the evidence in the review */
} prr_claimcheck;

/* The commit a review's evidence was checked at, and the rule that chose
 * it, in words (evidence.h); `predates`: the review is older than the
 * repository's history. */
typedef struct prr_revcheck {
	const char *review_date;
	const char *text;
	bool predates;
} prr_revcheck;

typedef struct prr_tagdate {
	const char *name, *date;
} prr_tagdate;

typedef struct prr_facts {
	const prr_delivery *deliveries;
	size_t n_deliveries;
	const prr_claimcheck *evidence;
	size_t n_evidence;
	const prr_revcheck *revchecks;
	size_t n_revchecks;
	const long long *commit_times; /* every commit's, seconds since 1970 */
	size_t n_commits;
	const prr_tagdate *tags;
	size_t n_tags;
} prr_facts;

#endif
