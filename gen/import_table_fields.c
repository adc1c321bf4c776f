/* import_table_fields.c - tables of fields: "Field | Value" and its
 * kin, Google Docs' pairs with the first in the header row, a record of
 * the review in one row; each cell read as the line "Label: value" of a
 * paragraph would be. */
#include "import_int.h"
#include "prr/rec_date.h"

#include <string.h>
#include <strings.h>

/*
 * A table of fields: two columns, a header left empty or naming keys and
 * values ("Field | Value", "Item | Detail", "Campo | Valor"), a short
 * label in each row ("| **Last reviewed** | 2026-02-11 |"). Its rows are
 * read as the lines "Label: value" of a paragraph would be.
 */
static bool fields_table(const table *t)
{
	static const char *const keys[] = { "", "field", "key", "item",
		"property", "properties", "attribute", "name", "campo", "feld", "champ",
		"eigenschap", "eigenschaft", "параметр", "Параметр", "propiedad",
		"propriedade",
		"项目", "項目", "항목", NULL };
	static const char *const values[] = { "", "value", "values", "detail",
		"details", "valor", "wert", "valeur", "waarde", "значение", "Значение",
		"inhalt", "contenido", "conteúdo", "contenu",
		"内容", "值", "내용", NULL };
	if (t->cols != 2 || !t->rows)
		return false;
	bool k = false, v = false;
	/* (the last word: "Page property", "Field name") */
	const char *h0 = strrchr(t->head[0], ' ');
	h0 = h0 ? h0 + 1 : t->head[0];
	for (size_t i = 0; keys[i] && !k; i++)
		k = strcasecmp(t->head[0], keys[i]) == 0 ||
		    (*keys[i] && strcasecmp(h0, keys[i]) == 0);
	for (size_t i = 0; values[i] && !v; i++)
		v = strcasecmp(t->head[1], values[i]) == 0;
	if (!k || !v)
		return false;
	for (size_t r = 0; r < t->rows; r++) {
		/* (a colon may end the label: "| Assessment date: | …") */
		const char *c = t->cell[r][0], *colon = strchr(c, ':');
		size_t n = strlen(c);
		if (!n || n > 40 || (colon && colon[1]))
			return false;
	}
	return true;
}

/*
 * A table of fields whose header is its first pair, as Google Docs
 * exports one ("| Document status | Final |" over "| Date of review | Oct
 * 21, 2026 |"): two columns, every first cell a short label, half of them
 * at least labels of the review's date, verdict or metadata (both, of two).
 */
static bool pairs_table(imp *im, const table *t)
{
	/* (the document's own: "Document owner", "Classification") */
	static const char *const document_names[] = { "owner",
		"document owner", "authors", "reviewers", "approver", "approvers",
		"classification", "document status", "status of this document",
		"audience", NULL };
	if (t->cols != 2 || !t->rows || !*t->head[0] || !*t->head[1])
		return false;
	size_t known = 0;
	for (size_t r = 0; r <= t->rows; r++) {
		const char *c = r ? t->cell[r - 1][0] : t->head[0];
		size_t n = strlen(c);
		if (!n || n > 40 || strchr(c, ':'))
			return false;
		label_kind k = imp_head_label_kind(im, c, n);
		known += k.date || k.verdict || k.other_date || imp_is_meta_name(c) ||
			 imp_is_one_of(c, n, document_names);
	}
	/* of two pairs ("| Document owner | Marta K. |" over "| Meeting
	 * date | Feb 26, 2026 |") both labels, the header's second cell
	 * none: not a header of two columns ("| Date | Decision |") */
	if (t->rows == 1) {
		const char *h = t->head[1];
		label_kind k = imp_head_label_kind(im, h, strlen(h));
		return known == 2 && !k.date && !k.verdict && !k.other_date &&
		       !imp_is_meta_name(h);
	}
	return known * 2 >= t->rows + 1;
}

/*
 * A record of the review in one row under labels ("| Date | Reviewer |
 * Result |" then "| 2026-02-10 | SRE | ⚠️ Conditional |"): each cell is
 * the field its header names, when a header names the review's date and
 * its cell holds a day.  Not a plan of one row, named by its first cell
 * under a header of milestones or steps ("| Milestone | Date |" over "|
 * Go-live | 2026-10-01 |") or naming an event ("| What | Date | Owner |"
 * over "| Contract ends | 2026-06-30 | … |"): that day is the event's.
 */
static bool record_table(const imp *im, const table *t)
{
	if (t->rows != 1 || t->cols < 2 || t->cols > 8)
		return false;
	const char *first = t->cell[0][0];
	if (imp_table_milestone_head(t) || imp_table_dated_steps(im, t) ||
	    (prr_rec_date_label(t->head[0], strlen(t->head[0])) <= 0 &&
	     prr_rec_date_other(first, strlen(first))))
		return false;
	bool dated = false;
	for (size_t k = 0; k < t->cols; k++) {
		const char *h = t->head[k], *c = t->cell[0][k];
		size_t n = strlen(h);
		prr_date_hit day;
		if (!n || n > 32 || strchr(h, ':'))
			return false;
		dated |= prr_rec_date_label(h, n) > 0 &&
			 prr_rec_date_find(c, strlen(c), &day) &&
			 day.prec == PRR_DATE_DAY;
	}
	return dated;
}

/* A label and its value in a table, read as the line "Label: value" of a
 * paragraph would be, but a field whatever the label (a table says what
 * is a field; a line of prose needs a known name). */
static void table_field(imp *im, const char *label, const char *value, int line)
{
	size_t ln = strlen(label);
	if (ln && label[ln - 1] == ':')
		ln--; /* "| Assessment date: | 11/02/2026 |" */
	const char *text = prr_arena_printf(im->a, "%.*s: %s", (int)ln, label, value);
	imp_head_line(im, text, strlen(text), line, IMP_LINE_TEXT);
	if (ln && *value)
		imp_handle_field(im, (prr_str){ text, ln },
				 (prr_str){ text + ln + 2, strlen(value) }, line);
}

static void table_fields(imp *im, const table *t)
{
	for (size_t r = 0; r < t->rows; r++)
		table_field(im, t->raw[r][0], t->raw[r][1], t->line[r]);
}

static void table_record(imp *im, const table *t)
{
	for (size_t k = 0; k < t->cols; k++)
		table_field(im, t->head[k], t->raw[0][k], t->line[0]);
}

int imp_table_fields(imp *im, const table *t)
{
	if (fields_table(t)) {
		table_fields(im, t);
		return 1;
	}
	if (pairs_table(im, t)) {
		table_field(im, t->head[0], t->head[1], t->first_line);
		table_fields(im, t);
		return 1;
	}
	if (record_table(im, t)) {
		table_record(im, t);
		return 2;
	}
	return 0;
}
