/*
 * config.h - a reviews folder's prr.json.
 *
 *     {
 *       "project": "Ledgerline Payments API",
 *       "repo": "../ledgerline",            reviewed repository, relative to prr.json
 *       "root": "services",                 project root inside the repository
 *       "components": { "Ledger Service": ["services/ledger/..."] },
 *       "thresholds": { "ready": 80, "partial": 50 },   readiness %, for levels
 *       "weights": { "Security": 2 },       dimension weights
 *       "gate": { "min_readiness": 60, "min_score": 6, "max_critical": 0,
 *                 "no_regressions": true, "max_disagreements": 3,
 *                 "min_verdict": "partial" },
 *       "waivers": [ { "component": "Postgres", "category": "Load Tests",
 *                      "reason": "…", "approver": "…", "expires": "2026-06-30" },
 *                    { "finding": "No TLS", "reason": "…", "approver": "…",
 *                      "expires": "2026-06-30" } ]
 *     }
 *
 * Every field is optional; a folder without prr.json gets the defaults.
 * Problems are reported as prr.json:LINE:COL like any review.
 *
 * In a folder of project folders, each project's own prr.json configures
 * it; the policy it does not set -- "thresholds", "weights", "gate" --
 * comes from the prr.json of the folder given that holds it
 * (prr_config_inherit; reviews.h says which folder that is).
 */
#ifndef PRR_CONFIG_H
#define PRR_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "prr/arena.h"
#include "prr/diag.h"
#include "prr/model.h"

typedef struct prr_config_component {
	const char *name;
	const char **globs;
	size_t n_globs;
	int line;
} prr_config_component;

typedef struct prr_weight {
	const char *name;
	double weight;
	int line;
} prr_weight;

/* A check (component + category) or a finding (by title) waived until
 * `expires` (inclusive), judged by the review's date, never the clock. */
typedef struct prr_waiver {
	const char *component, *category, *finding;
	const char *reason, *approver, *expires;
	int line;
} prr_waiver;

typedef struct prr_gate {
	double min_readiness;   /* %, NaN: no condition */
	double min_score;       /* NaN: no condition */
	int max_critical;       /* -1: no condition */
	bool no_regressions;
	int max_disagreements;  /* -1: no condition */
	prr_level min_verdict;  /* the document's own verdict at least
				   PRR_LEVEL_PARTIAL or _READY;
				   PRR_LEVEL_UNKNOWN: no condition */
} prr_gate;

typedef struct prr_config {
	prr_arena arena;
	const char *path;    /* the prr.json read, or NULL for defaults */
	const char *project; /* NULL: take it from the reviews */
	const char *repo;    /* resolved against prr.json's folder, or NULL */
	const char *root;    /* project root inside the repository, or NULL */
	prr_config_component *components;
	size_t n_components;
	double ready, partial; /* thresholds, % (defaults 80 and 50) */
	prr_weight *weights;
	size_t n_weights;
	prr_gate gate;
	prr_waiver *waivers;
	size_t n_waivers;
	unsigned set;        /* PRR_CONFIG_*: the policy prr.json sets itself */
	const char *gate_from; /* the prr.json "gate" came from, or NULL */
} prr_config;

/* prr_config.set: the policy fields the file states. */
#define PRR_CONFIG_THRESHOLDS 1u
#define PRR_CONFIG_WEIGHTS 2u
#define PRR_CONFIG_GATE 4u

#define PRR_DEFAULT_READY 80.0
#define PRR_DEFAULT_PARTIAL 50.0

/* A config with every default (free with prr_config_free). */
prr_config *prr_config_default(void);
/*
 * Reads `dir`/prr.json if it exists, else gives the defaults.  Returns 0,
 * or -1 with the problems in `d` (and no config).
 */
int prr_config_load_dir(prr_config **out, const char *dir, prr_diags *d);
/* Reads one prr.json. */
int prr_config_load_file(prr_config **out, const char *path, prr_diags *d);
void prr_config_free(prr_config *c);
/*
 * Gives `c` the policy of `parent` (the prr.json of an enclosing folder)
 * that `c` does not set itself: thresholds, weights and gate (copied into
 * `c`'s arena; `gate_from` then names the parent's file).  A NULL or
 * equal `parent` changes nothing.
 */
void prr_config_inherit(prr_config *c, const prr_config *parent);
/* The weight configured for a dimension (matched as prr_name_eq), or NaN. */
double prr_config_weight(const prr_config *c, const char *dimension);

#endif
