/*
 * rec_column.h - what a table column holds, from its header's words.
 *
 * A recogniser of the importer (see gen/import_int.h): it knows nothing of
 * Markdown, only the words people put at the head of a column, in English
 * and in the languages reviews are written in (pt, es, fr, de, it, zh, ja).
 *
 * Words are matched whole ("Story Points Completed" is a points column, not
 * a story column; "Statistics" is no "status"), case-insensitively for Latin
 * letters (accented ones too), as substrings in Chinese and Japanese, which
 * do not separate words.  Phrases come before single words, so "Next Step"
 * is an action and "Due Date" a deadline.
 */
#ifndef PRR_REC_COLUMN_H
#define PRR_REC_COLUMN_H

#include <stddef.h>

typedef enum prr_col {
	PRR_COL_OTHER = 0,
	PRR_COL_NAME,      /* a component: Component, Module, Service */
	PRR_COL_CATEGORY,  /* a check's category: Category, Gate, Control */
	PRR_COL_ITEM,      /* a checklist item: Item, Requirement, Task */
	PRR_COL_STATUS,    /* Status, Result, Estado, État, 状态 */
	PRR_COL_NOTES,     /* Notes, Details, Description */
	PRR_COL_ACTION,    /* Action, Next Step, Recommendation, Fix */
	PRR_COL_BLOCKER,   /* Blocker, Dependency */
	PRR_COL_DIMENSION, /* Dimension, Aspect, Pillar, Domain */
	PRR_COL_SCORE,     /* Score, Rating, Grade, Nota */
	PRR_COL_WEIGHT,    /* Weight, Peso, Poids */
	PRR_COL_STORY,     /* Story, User Story, US ID */
	PRR_COL_POINTS,    /* Points, SP, Story Points */
	PRR_COL_EVIDENCE,  /* Evidence, Proof */
	PRR_COL_SEVERITY,  /* Severity, Priority */
	PRR_COL_GAP,       /* Gap, Issue, Problem, Finding */
	PRR_COL_IMPACT,    /* Impact */
	PRR_COL_PLANNED,   /* Planned, Target, Expected, Threshold */
	PRR_COL_ACTUAL,    /* Actual, Achieved, Measured */
	PRR_COL_METRIC,    /* Metric, Measure, KPI */
	PRR_COL_OWNER,     /* Owner, Assignee, Responsible */
	PRR_COL_ETA,       /* ETA, Due, Deadline */
	PRR_COL_RISK,      /* Risk */
	PRR_COL_MITIGATION,
	PRR_COL_EFFORT,    /* Effort, Estimate, Time, Aufwand, 工数 */
	PRR_COL_BEFORE,    /* Before, Antes, Avant, Vorher, 修复前 */
	PRR_COL_AFTER,     /* After, Now, Current, Depois, Après, 修复后 */
	PRR_COL_QUESTION,  /* Question, Check? … a yes/no question column */
	PRR_COL_WAVE,      /* Sprint, Wave, Iteration, Epic: a plan's step */
	PRR_COL_ID,        /* ID, #, Key */
	PRR_COL_START,     /* Start Date, Início, Début */
	PRR_COL_END,       /* End Date, Fim, Fin */
	PRR_COL_COUNT
} prr_col;

/* The role of a column whose header cell is `h` (n bytes, clean text);
 * full-width letters read as their ASCII ones ("ＩＤ" is ID). */
prr_col prr_rec_column(const char *h, size_t n);

/* "status", "points" …: the role's name, for tests and messages. */
const char *prr_col_name(prr_col c);

#endif
