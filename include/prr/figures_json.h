/*
 * figures_json.h - the figures of a review set written as JSON: the
 * output side of the compute stage (figures.h), kept apart so that
 * compute includes nothing that writes.
 *
 * The object holds "method" (PRR_METHOD), the repository's HEAD when one
 * was read, and per project its reviews' scorecards, plan, audit, git
 * facts, timeline, trends and deltas.  `prr report --format json` prints
 * it; `prr build` writes it as the site's data.json.
 */
#ifndef PRR_FIGURES_JSON_H
#define PRR_FIGURES_JSON_H

#include "prr/figures.h"
#include "prr/json.h"

/* Writes every figure of `f` as one JSON object into `w`. */
void prr_figures_write_json(const prr_figures *f, prr_jw *w);

#endif
