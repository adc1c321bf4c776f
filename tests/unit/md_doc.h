/* md_doc.h - Markdown documents of a test imported in one call. */
#ifndef PRR_TEST_MD_DOC_H
#define PRR_TEST_MD_DOC_H

#include "prr/import.h"
#include "prr/load.h"
#include "test.h"

#include <stdio.h>
#include <string.h>

/* What import writes, prr reads: `r` written as JSON and loaded back; a
 * review the loader refuses fails the running test (every document of
 * every test that imports through md_text or md_undated is checked). */
static inline prr_review *md_loads(prr_review *r)
{
	prr_diags d = PRR_DIAGS_INIT;
	if (r && prr_review_reloads(r, &d) != 0)
		prr_test_fail(__FILE__, __LINE__,
			      "the import does not load back: %s",
			      d.n ? d.v[0].message : "(no message)");
	prr_diags_free(&d);
	return r;
}

/* Whether a diagnostic of `d` says `words`. */
static inline bool md_said(const prr_diags *d, const char *words)
{
	for (size_t i = 0; i < d->n; i++)
		if (strstr(d->v[i].message, words))
			return true;
	return false;
}

/* The number of checklist items of `r`. */
static inline size_t md_items(const prr_review *r)
{
	size_t k = 0;
	for (size_t i = 0; r && i < r->n_checklists; i++)
		k += r->checklists[i].n_items;
	return k;
}

/* `text` imported as a file of the given day. */
static inline prr_review *md_text(const char *text, prr_diags *d)
{
	prr_review *r = NULL;
	prr_import_md(&r, "2026-01-01.md", text, strlen(text), d);
	return md_loads(r);
}

/* `text` imported as a file named by no day: its date is its own. */
static inline prr_review *md_undated(const char *text, prr_diags *d)
{
	prr_review *r = NULL;
	prr_import_md(&r, "x.md", text, strlen(text), d);
	return md_loads(r);
}

/* The date `text` states, imported by `import` (md_text, md_undated):
 * "" for none, "-" when it does not import; `out` holds 16 bytes. */
static inline const char *md_date(prr_review *(*import)(const char *,
							 prr_diags *),
				  const char *text, char *out)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = import(text, &d);
	snprintf(out, 16, "%s", !r ? "-" : r->date ? r->date : "");
	prr_review_free(r);
	prr_diags_free(&d);
	return out;
}

/* Whether each of the findings `text` gives blocks, in order, as "1" or
 * "0" ("10": two findings, the first blocking), at most 15; "" when it
 * does not import.  `out` holds 16 bytes. */
static inline const char *md_blocking(const char *text, char *out)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	size_t n = 0;
	for (; r && n < r->n_findings && n < 15; n++)
		out[n] = r->findings[n].blocking ? '1' : '0';
	out[n] = '\0';
	prr_review_free(r);
	prr_diags_free(&d);
	return out;
}

/* The audit entry of `r` whose claim is `claim`, or NULL. */
static inline const prr_claim *md_claim(const prr_review *r, const char *claim)
{
	for (size_t i = 0; r && i < r->n_audit; i++)
		if (strcmp(r->audit[i].claim, claim) == 0)
			return &r->audit[i];
	return NULL;
}

/* A document of `fmt` with `arg` in it, imported. */
static inline prr_review *md_fmt(prr_diags *d, const char *fmt, const char *arg)
{
	char doc[800];
	snprintf(doc, sizeof doc, fmt, arg);
	return md_text(doc, d);
}

/* The level `text` states, imported as a file of the given day; -1 when
 * it does not import. */
static inline int md_level(const char *text)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	int l = r ? (int)r->level : -1;
	prr_review_free(r);
	prr_diags_free(&d);
	return l;
}

/* Whether `text` states `level` in the words `status` (imported as a
 * file of the given day); what it states instead is printed. */
static inline bool md_states(const char *text, int level, const char *status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	bool ok = r && (int)r->level == level && r->status_text &&
		  strcmp(r->status_text, status) == 0;
	if (!ok)
		fprintf(stderr, "  states level %d, \"%s\"\n", r ? (int)r->level : -1,
			r && r->status_text ? r->status_text : "(none)");
	prr_review_free(r);
	prr_diags_free(&d);
	return ok;
}

/* A document and the verdict it states: its level and words of its
 * status text (NULL: none stated). */
struct md_want {
	const char *doc;
	prr_level level;
	const char *text;
};

/* Whether each of w[0..n), imported by `import` (md_text, md_undated),
 * states its verdict; what it states instead is printed. */
static inline void md_check_verdicts(prr_review *(*import)(const char *, prr_diags *),
				     const struct md_want *w, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = import(w[i].doc, &d);
		CHECK(r != NULL);
		if (r) {
			if ((int)r->level != (int)w[i].level)
				fprintf(stderr, "  case %zu: level %d, \"%s\"\n", i,
					(int)r->level, r->status_text ? r->status_text : "(none)");
			CHECK_INT(r->level, w[i].level);
			if (w[i].text)
				CHECK(r->status_text && strstr(r->status_text, w[i].text));
			else
				CHECK(!r->status_text);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* The finding of `r` with `id`, or NULL. */
static inline const prr_finding *md_finding(const prr_review *r, const char *id)
{
	for (size_t i = 0; r && i < r->n_findings; i++)
		if (r->findings[i].id && strcmp(r->findings[i].id, id) == 0)
			return &r->findings[i];
	return NULL;
}

/* The checklist item of `r` whose text is `text`, or NULL. */
static inline const prr_checkitem *md_item(const prr_review *r, const char *text)
{
	for (size_t i = 0; r && i < r->n_checklists; i++)
		for (size_t k = 0; k < r->checklists[i].n_items; k++)
			if (strcmp(r->checklists[i].items[k].text, text) == 0)
				return &r->checklists[i].items[k];
	return NULL;
}

/* The number of findings `text` imports as ((size_t)-1 when it does not
 * import, or when `title`, if given, is part of a finding's title). */
static inline size_t md_findings(const char *text, const char *title)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	size_t n = r ? r->n_findings : (size_t)-1;
	for (size_t i = 0; title && r && i < r->n_findings; i++)
		if (r->findings[i].title && strstr(r->findings[i].title, title))
			n = (size_t)-1;
	prr_review_free(r);
	prr_diags_free(&d);
	return n;
}

#endif
