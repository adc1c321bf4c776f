/* test_rec_column.c - a column's role from its header words. */
#include "test.h"

#include "prr/rec_column.h"

#include <string.h>

static prr_col col(const char *h)
{
	return prr_rec_column(h, strlen(h));
}

#define CHECK_COL(h, want) CHECK_STR(prr_col_name(col(h)), prr_col_name(want))

PRR_TEST(rec_column__whole_words_not_substrings)
{
	/* the head of a phrase decides, not its first word */
	CHECK_COL("Story Points Completed", PRR_COL_POINTS);
	CHECK_COL("Story", PRR_COL_STORY);
	CHECK_COL("User Story", PRR_COL_STORY);
	/* words inside other words are not those words */
	CHECK_COL("Statistics", PRR_COL_OTHER);
	CHECK_COL("Prescheck", PRR_COL_OTHER);
	CHECK_COL("Timestamp", PRR_COL_OTHER);
	CHECK_COL("Ownership model", PRR_COL_OTHER);
	CHECK_COL("Subsystems", PRR_COL_NAME); /* a plural is the word */
	CHECK_COL("Issues", PRR_COL_GAP);
	CHECK_COL("Next Step", PRR_COL_ACTION);
	CHECK_COL("Due Date", PRR_COL_ETA);
	CHECK_COL("SP", PRR_COL_POINTS);
	CHECK_COL("Total SP", PRR_COL_POINTS);
	CHECK_COL("Spec", PRR_COL_OTHER);
	/* a code span holds no header word: a file named with RESULTS is
	 * no Result column; the words outside it still count */
	CHECK_COL("Backups (`ops/RESTORE_DRILL_RESULTS.json`)", PRR_COL_OTHER);
	CHECK_COL("Status (`deploy.yml`)", PRR_COL_STATUS);
	CHECK_COL("Owner `a` and `b`", PRR_COL_OWNER);
	CHECK_COL("Result `unclosed", PRR_COL_STATUS);
	/* whether a criterion is met is its status, not a question */
	CHECK_COL("Met?", PRR_COL_STATUS);
	CHECK_COL("Ready?", PRR_COL_STATUS);
	CHECK_COL("RAG", PRR_COL_STATUS);
	CHECK_COL("Rage", PRR_COL_OTHER);
	CHECK_COL("Erfüllt", PRR_COL_STATUS);
	CHECK_COL("Metric", PRR_COL_METRIC);
	CHECK_COL("Silent fallback?", PRR_COL_QUESTION);
}

PRR_TEST(rec_column__before_and_after)
{
	CHECK_COL("Before", PRR_COL_BEFORE);
	CHECK_COL("After", PRR_COL_AFTER);
	CHECK_COL("Avant l'audit", PRR_COL_BEFORE);
	CHECK_COL("Après l'audit", PRR_COL_AFTER);
	CHECK_COL("修复前", PRR_COL_BEFORE);
	CHECK_COL("修复后", PRR_COL_AFTER);
	CHECK_COL("Now", PRR_COL_AFTER);
	CHECK_COL("Nowhere", PRR_COL_OTHER);
}

PRR_TEST(rec_column__languages)
{
	CHECK_COL("Estado", PRR_COL_STATUS);
	CHECK_COL("ÉTAT", PRR_COL_STATUS); /* accented capitals lowered */
	CHECK_COL("Statut", PRR_COL_STATUS);
	CHECK_COL("状态", PRR_COL_STATUS);
	CHECK_COL("状態", PRR_COL_STATUS);
	CHECK_COL("Catégorie", PRR_COL_CATEGORY);
	CHECK_COL("Kategorie", PRR_COL_CATEGORY);
	CHECK_COL("Componente", PRR_COL_NAME);
	CHECK_COL("模块", PRR_COL_NAME);
	CHECK_COL("Priorité", PRR_COL_SEVERITY);
	CHECK_COL("Aufwand", PRR_COL_EFFORT);
	CHECK_COL("推定工数", PRR_COL_EFFORT);
	CHECK_COL("Domaine", PRR_COL_DIMENSION);
	CHECK_COL("Validation Area", PRR_COL_CATEGORY);
	/* the earlier row of the vocabulary decides, wherever its word
	 * stands in the header: "domain" comes before "area" */
	CHECK_COL("Domain Area", PRR_COL_DIMENSION);
	CHECK_COL("Area (Domain)", PRR_COL_DIMENSION);
	CHECK_COL("Métrica", PRR_COL_METRIC);
}

/* Headers of the thirteen languages read since, and case folded beyond
 * Latin-1: "ZÁVAŽNOST", "ΚΑΤΆΣΤΑΣΗ" */
PRR_TEST(rec_column__more_languages)
{
	CHECK_COL("Komponent", PRR_COL_NAME);
	CHECK_COL("Område", PRR_COL_CATEGORY);
	CHECK_COL("Osa-alue", PRR_COL_CATEGORY);
	CHECK_COL("Tila", PRR_COL_STATUS);
	CHECK_COL("Stav", PRR_COL_STATUS);
	CHECK_COL("Závažnost", PRR_COL_SEVERITY);
	CHECK_COL("ZÁVAŽNOST", PRR_COL_SEVERITY);
	CHECK_COL("Blokující", PRR_COL_BLOCKER);
	CHECK_COL("Estävä", PRR_COL_BLOCKER);
	CHECK_COL("Відповідальний", PRR_COL_OWNER);
	CHECK_COL("Термін", PRR_COL_ETA);
	CHECK_COL("חומרה", PRR_COL_SEVERITY);
	CHECK_COL("חוסם", PRR_COL_BLOCKER);
	CHECK_COL("מזהה", PRR_COL_ID);
	CHECK_COL("Penanggung jawab", PRR_COL_OWNER);
	CHECK_COL("Tenggat", PRR_COL_ETA);
	CHECK_COL("Terület", PRR_COL_CATEGORY);
	CHECK_COL("Állapot", PRR_COL_STATUS);
	CHECK_COL("Severitate", PRR_COL_SEVERITY);
	CHECK_COL("Blocant", PRR_COL_BLOCKER);
	CHECK_COL("الحالة", PRR_COL_STATUS);
	CHECK_COL("المجال", PRR_COL_CATEGORY);
	CHECK_COL("Κατάσταση", PRR_COL_STATUS);
	CHECK_COL("ΣΟΒΑΡΌΤΗΤΑ", PRR_COL_SEVERITY);
	CHECK_COL("Εμποδίζει την έναρξη", PRR_COL_BLOCKER);
	CHECK_COL("Προθεσμία", PRR_COL_ETA);
	CHECK_COL("สถานะ", PRR_COL_STATUS);
	CHECK_COL("ความรุนแรง", PRR_COL_SEVERITY);
	CHECK_COL("เป็นอุปสรรค", PRR_COL_BLOCKER);
	CHECK_COL("กำหนดเสร็จ", PRR_COL_ETA);
	/* whole words still: "Stave" is no "Stav" */
	CHECK_COL("Stave", PRR_COL_OTHER);
}

PRR_TEST(rec_column__plans_and_questions)
{
	CHECK_COL("Planned SP", PRR_COL_PLANNED);
	CHECK_COL("Sprint", PRR_COL_WAVE);
	CHECK_COL("Sprint SP", PRR_COL_POINTS);
	CHECK_COL("Start Date", PRR_COL_START);
	CHECK_COL("End Date", PRR_COL_END);
	CHECK_COL("ID", PRR_COL_ID);
	CHECK_COL("Idea", PRR_COL_OTHER);
	CHECK_COL("Target", PRR_COL_PLANNED);
	CHECK_COL("Threshold", PRR_COL_PLANNED);
	CHECK_COL("Measured", PRR_COL_ACTUAL);
	CHECK_COL("Pass/Fail", PRR_COL_STATUS);
	CHECK_COL("Lines of Code", PRR_COL_OTHER);
	CHECK_COL("Weighted Score", PRR_COL_OTHER);
	CHECK_COL("Score", PRR_COL_SCORE);
	CHECK_COL("Grade", PRR_COL_SCORE);
	CHECK_COL("Nota", PRR_COL_SCORE);
	/* plural: notes, not grades */
	CHECK_COL("Notas", PRR_COL_NOTES);
	CHECK_COL("Anmerkung", PRR_COL_NOTES);
	CHECK_COL("Remarques", PRR_COL_NOTES);
	CHECK_COL("Critical?", PRR_COL_QUESTION);
	CHECK_COL("Question", PRR_COL_QUESTION);
	CHECK_COL("", PRR_COL_OTHER);
	/* a header longer than the buffer is read up to it, never past */
	char big[600];
	memset(big, 'x', sizeof big);
	memcpy(big, "status ", 7);
	CHECK_INT(prr_rec_column(big, sizeof big), PRR_COL_STATUS);
}
