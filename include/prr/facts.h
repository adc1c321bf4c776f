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

#include "prr/model.h"

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

/*
 * One evidence item of a review as the repository judged it (gitfacts.h
 * gathers them from the evidence checks, evidence.h).  Its verdict is
 * contradicted when one of its claims (the path, the token, the absence,
 * the planned file) is, else unverifiable when one is, else confirmed.
 * Strings are as pages show them: the repository is named by its folder,
 * never by its path on this machine.
 */
typedef struct prr_evitem {
	const prr_evidence *evidence; /* the review's item (borrowed) */
	const char *owner;    /* "component API", "story S-1", or NULL */
	const char *verdict;  /* "confirmed", "contradicted", "unverifiable";
			       * NULL: nothing to check (no path) */
	const char *resolved; /* the path it resolved to, or NULL */
	/* when its path first appeared (holding the token claimed), or a
	 * planned file was delivered; its last change up to the commit
	 * checked: short ids and dates, or NULL */
	const char *first_commit, *first_date;
	const char *last_commit, *last_date;
	bool delivered;       /* a planned file missing at the commit checked,
			       * added later: first_* is its delivery */
	const char *found;    /* what decided the verdict, in words: for one
			       * that is not confirmed, why (the candidates
			       * of an ambiguous name …) */
} prr_evitem;

/* A component's paths (prr.json components) changed after the commit a
 * review was checked at. */
typedef struct prr_stale {
	long commits;  /* since that commit, up to HEAD; -1: prr.json gives
			* the component no paths */
	const char *commit, *date, *summary; /* the newest (short id) */
} prr_stale;

/* What the repository says of one review, beside its revcheck. */
typedef struct prr_revgit {
	const prr_review *review;
	const char *commit, *commit_date; /* checked at (short id), or NULL */
	prr_evitem *items;    /* numbered as evidence.h numbers them */
	size_t n_items;
	size_t *comp_first;   /* per r->components: its first item's index
			       * (its n_evidence items follow) */
	prr_stale *stale;     /* per r->components */
	int confirmed, contradicted, unverifiable; /* items, by verdict */
} prr_revgit;

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
	const prr_revgit *revgits;    /* one per review of the set, in its order */
	size_t n_revgits;
	const char *head, *head_date; /* HEAD (short id) and its date */
} prr_facts;

#endif
