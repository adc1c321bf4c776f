/* import_head.c - the document's own headline: its date and its verdict,
 * chosen among every line that states one. */
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_verdict.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*
 * A document states its date and verdict in many places: "Date:" fields,
 * the title, a blockquote under it, a bold line, a "Conclusion" section.
 * Each line that states one is a candidate with a rank; the best rank
 * wins, the first of equal ranks.  Ranks, highest first:
 *
 *   date:    5 a field whose label is a date label ("Assessment Date:",
 *              "Fecha:", "创建日期："), 4 a weaker one ("Updated:"),
 *            3 a heading near the top ("# Status — 8 November 2025"),
 *            2 any other line near the top that holds a day;
 *   verdict: 7 a verdict label ("Verdict:", "Decision:", "结论：") near the
 *              top or in a concluding section, 6 the same elsewhere,
 *            5 a weak label ("Status:") near the top or concluding,
 *            4 a heading or a line in bold that is a verdict, there,
 *            3 a verdict in bold inside a concluding section's prose,
 *            2 a weak label elsewhere, 1 a heading elsewhere.
 *
 * "Near the top" is before the second heading or within the first 30
 * lines; "concluding" is a section whose heading is a verdict word
 * (Verdict, Conclusion, Decision, Summary …).  A month without a day is
 * never a review date (prr states no day the document does not).
 */

#define TOP_LINES 30

static bool near_top(imp *im, int line)
{
	return line <= TOP_LINES || im->r->n_sections < 2;
}


/* What a section's heading says of the verdicts under it (secx). */
enum { HEAD_DECIDES = 1, HEAD_CONCLUDES = 2, HEAD_CLOSES = 4 };

/* Whether heading `t` says `what`; the document's title closes nothing
 * (everything is under it). */
static bool heading_words(const imp *im, const char *t, unsigned what)
{
	switch (what) {
	case HEAD_DECIDES:
		return imp_head_decides(t);
	case HEAD_CONCLUDES:
		return imp_head_concluding(t);
	default:
		return t != im->r->title && imp_head_closing(t);
	}
}

/* Whether section si's heading says `what`, worked out the first time a
 * line of it asks. */
static bool heading_says(imp *im, size_t si, unsigned what)
{
	secx *x = &im->sx[si];
	if (!(x->head_known & what)) {
		x->head_known |= what;
		if (heading_words(im, x->title, what))
			x->head_says |= what;
	}
	return x->head_says & what;
}

/* A section under a heading that decides ("Verdict", "Decision"). */
static bool verdict_section(imp *im)
{
	/* (the title decides only the lines right under it: "# Go / No-Go —
	 * Season 4" names the meeting, not each of its sections) */
	for (int k = im->n_hs - 1; k >= 0; k--)
		if ((im->hs[k].level > 1 || k == im->n_hs - 1) &&
		    heading_says(im, im->hs[k].sec, HEAD_DECIDES))
			return true;
	return false;
}

/* Inside a part of the document: under a heading of level 3 or deeper
 * (below its title and its sections), not one that concludes. */
static bool in_part(imp *im)
{
	if (!im->n_hs)
		return false;
	size_t top = im->n_hs - 1;
	size_t sec = im->hs[top].sec;
	/* (a heading that names what the title names is the whole: "###
	 * Renew a Vehicle Operator Licence" under "# Renew a Vehicle
	 * Operator Licence beta assessment") */
	const char *h = im->sx[sec].title, *title = im->r->title;
	return im->hs[top].level >= 3 &&
	       !heading_says(im, sec, HEAD_CONCLUDES) &&
	       !heading_says(im, sec, HEAD_DECIDES) &&
	       !(h && title && strlen(h) >= 8 &&
		 imp_contains_ci_n(title, strlen(title), h));
}

bool imp_head_in_part(imp *im)
{
	return in_part(im);
}

bool imp_head_in_verdict_section(imp *im)
{
	return verdict_section(im);
}

bool imp_head_near_top(imp *im, int line)
{
	return near_top(im, line);
}

/* A section whose heading says it concludes: its verdict is the one. */
/* Under a heading that closes the document with its judgement
 * ("Recommendation", "Conclusion"). */
static bool closes(imp *im)
{
	return im->n_hs &&
	       heading_says(im, im->hs[im->n_hs - 1].sec, HEAD_CLOSES);
}
static bool concluding(imp *im)
{
	return im->n_hs &&
	       heading_says(im, im->hs[im->n_hs - 1].sec, HEAD_CONCLUDES);
}

/* A topic's section below the review's opening ("## Feature Flags" after
 * "## Checklist", not one that sums up or decides): its "Status:" is the
 * topic's state, not the review's (import_meta.c); a part's too. */
bool imp_head_topic_status(imp *im)
{
	if (in_part(im))
		return true;
	/* (nor one headed by a status's label alone: "## Estado") */
	const char *t = im->n_hs ? im->hs[im->n_hs - 1].title : NULL;
	size_t tn = t ? strnlen(t, 65) : 0;
	if (!im->n_hs || im->hs[im->n_hs - 1].level != 2 || concluding(im) ||
	    verdict_section(im) || (t && tn <= 64 && prr_rec_verdict_label(t, tn)))
		return false;
	/* (a section of level 2 before it, looked for among the few
	 * before: "# Title" then "## Checklist") */
	const prr_section *sec = im->r->sections;
	for (size_t k = im->hs[im->n_hs - 1].sec, left = 16; k-- > 0 && left--;)
		if (sec[k].level >= 2)
			return true;
	return false;
}

/* The verdict's words without the callout that holds them: GitHub's
 * "[!CAUTION]", an admonition's "!!! danger" (its title in quotes kept,
 * as a sentence: '!!! danger "Not ready for GA" GA is …'). */
static const char *uncalled(imp *im, const char *s, size_t n)
{
	size_t i = 0;
	if (n > 4 && s[0] == '[' && s[1] == '!') {
		const char *e = memchr(s, ']', n < 16 ? n : 16);
		if (!e)
			return imp_clean(im, s, n);
		i = (size_t)(e - s) + 1;
	} else if (n > 4 && memcmp(s, "!!! ", 4) == 0) {
		i = 4;
		while (i < n && s[i] != ' ')
			i++;
	} else {
		return imp_clean(im, s, n);
	}
	while (i < n && s[i] == ' ')
		i++;
	const char *q = i < n && s[i] == '"' ? memchr(s + i + 1, '"', n - i - 1) : NULL;
	if (!q)
		return imp_clean(im, s + i, n - i);
	size_t tn = (size_t)(q - s) - i - 1, rest = (size_t)(q - s) + 1;
	while (rest < n && s[rest] == ' ')
		rest++;
	bool stop = tn && strchr(".!?", s[i + tn]) != NULL;
	const char *title = imp_clean(im, s + i + 1, tn);
	return rest < n ? prr_arena_printf(im->a, "%s%s %s", title, stop ? "" : ".",
					   imp_clean(im, s + rest, n - rest))
			: title;
}

/* "Verdict (R1, 2026-08-03): NOT READY." read whole (a bold line): a
 * verdict its label dates before the review's day is an earlier
 * review's. */
static bool dated_elsewhere(imp *im, const char *s, size_t n)
{
	const char *colon = memchr(s, ':', n);
	return colon && imp_head_dated_before(im, s, (size_t)(colon - s));
}

/* Takes level `l` stated by s[0..n) as the best candidate so far when it
 * is a level and outranks it. */
/* Whether a candidate of `rank` comes later in the day than the best, of
 * the same rank: "Decision (14:00): **GO**" after "Decision (10:40):
 * **NO-GO**" replaces it. */
static bool stamped_later(const imp *im, int rank)
{
	return im->cand_stamp && im->verdict_stamp &&
	       im->cand_stamp > im->verdict_stamp && rank == im->verdict_rank;
}

void imp_head_take(imp *im, prr_level l, const char *s, size_t n,
			 int rank, int line)
{
	bool over_plain = rank == 3 && im->verdict_rank == 3 && im->verdict_plain;
	if ((rank <= im->verdict_rank && !over_plain && !stamped_later(im, rank)) ||
	    l == PRR_LEVEL_UNKNOWN || im->quoting || dated_elsewhere(im, s, n)) {
		/* "Decision: NO-GO" … "Decision: GO", undated: said */
		if (rank == im->verdict_rank && rank >= 6 && l != PRR_LEVEL_UNKNOWN &&
		    l != im->verdict && !im->quoting && !im->verdict_rival)
			im->verdict_rival = line;
		return;
	}
	im->verdict_plain = false;
	im->verdict_stamp = im->cand_stamp;
	im->verdict = l;
	im->verdict_rank = rank;
	im->verdict_line = line;
	im->verdict_text = uncalled(im, s, n);
	if (im->n_hs && (closes(im) || verdict_section(im)))
		im->verdict_closes = line;
}

void imp_head_candidate(imp *im, const char *s, size_t n, int rank,
			      int line)
{
	if (rank > im->verdict_rank ||
	    (rank == 3 && im->verdict_rank == 3 && im->verdict_plain))
		imp_head_take(im, imp_head_level_now(im, s, n, false), s, n, rank, line);
}

/* "**iOS: GO** — …" on the line after "**Android: NO-GO** — …": a part's
 * verdict beside another part's that says otherwise, a split decision,
 * partial; true when s[0..n) was read so. */
static bool split_by_part(imp *im, const char *s, size_t n, int line)
{
	const char *colon = memchr(s, ':', n);
	const char *prev = im->verdict_text;
	if (!colon || !prev || im->verdict_rank != 4 || im->quoting ||
	    im->verdict_line != line - 1 || !strchr(prev, ':') ||
	    imp_head_label_kind(im, s, (size_t)(colon - s)).verdict)
		return false;
	prr_level l = imp_head_words_level(colon + 1, n - (size_t)(colon - s) - 1);
	if (l == PRR_LEVEL_UNKNOWN || l == im->verdict)
		return false;
	im->verdict = PRR_LEVEL_PARTIAL;
	im->verdict_line = line;
	im->verdict_text = prr_arena_printf(im->a, "%s; %s", prev,
					    imp_clean(im, s, n));
	return true;
}

/* A verdict label's value: its words, or its marks alone. */
static void verdict_value(imp *im, const char *s, size_t n, int rank, int line)
{
	if (rank >= im->verdict_rank) /* (an equal one taken, or said) */
		imp_head_take(im, imp_head_level_now(im, s, n, true), s, n, rank, line);
}

/*
 * A weak label under a section of the document ("## 2. Security" then
 * "**Status:** ⚠️ Partially ready"): the document's verdict when that is
 * the only section that states one, the sections' own states when two or
 * more do ("## 1. Architecture … Status: ✅ Ready", "## 3. Observability
 * … Status: ❌ Not ready").  Held apart until the end (imp_head_finish).
 */
static void section_status(imp *im, const char *s, size_t n, int rank,
			   int line)
{
	/* (an example's or a quotation's "status: passed", in code under
	 * "For example:", is no section's state) */
	if (im->quoting)
		return;
	/* (counted whatever it says: "Status: 🟢 On track" is a part's
	 * state too, though no verdict) */
	size_t sec = im->hs[im->n_hs - 1].sec + 1;
	if (sec != im->sec_status_last)
		im->sec_status_secs++;
	im->sec_status_last = sec;
	if (!im->sec_status_first)
		im->sec_status_first = line;
	prr_level l = imp_head_label_level(s, n);
	if (l == PRR_LEVEL_UNKNOWN)
		return;
	/* (rank 0: one deep in the document, counted, never the verdict,
	 * as a weak label there is none) */
	if (rank > im->sec_status.rank) {
		im->sec_status.level = l;
		im->sec_status.rank = rank;
		im->sec_status.line = line;
		im->sec_status.text = imp_clean(im, s, n);
	}
}

/*
 * The first line of text under a heading that closes the document
 * ("## Recommendation", then "Proceed with the launch on Monday."): what
 * it recommends, stated plainly.  Later lines are its reasons.
 */
/* 2 for the first line under a heading that closes the document
 * ("Recommendation"), 1 under one that sums it up ("Summary"), else 0. */
static int first_closing_line(imp *im)
{
	if (!im->n_hs)
		return 0;
	size_t si = im->hs[im->n_hs - 1].sec;
	secx *x = &im->sx[si];
	bool first = !x->said;
	x->said = true;
	if (!first)
		return 0;
	return heading_says(im, si, HEAD_CLOSES) ? 2
	       : heading_says(im, si, HEAD_CONCLUDES) && im->hs[im->n_hs - 1].level > 1 ? 1
												 : 0;
}

/*
 * The sentence of the first paragraph under a closing heading that states
 * the verdict, as a candidate of rank 3: the first that states one ("We
 * reviewed it twice. Proceed with the launch."), unless a later one
 * concludes ("We were inclined to hold the launch … So, all things
 * considered, the warehouse is ready for production").
 */

static void closing_sentence(imp *im, const char *s, size_t n, int line,
			     bool closes)
{
	if (im->para && im->para_n > n) {
		s = im->para;
		n = im->para_n;
	}
	const char *pick = NULL;
	size_t pick_n = 0;
	for (size_t a = 0; a < n;) {
		while (a < n && (s[a] == ' ' || s[a] == '\n'))
			a++;
		size_t b = a;
		while (b < n && !((s[b] == '.' || s[b] == '!' || s[b] == '?') &&
				  (b + 1 == n || s[b + 1] == ' ' || s[b + 1] == '\n') &&
				  !(s[b] == '.' && imp_head_dotted_number(s, n, b))))
			b++;
		if (b < n)
			b++;
		size_t at, len;
		/* (under a summary, only a sentence that concludes: "Overall
		 * the service is not yet ready for production.") */
		/* (or one that is a verdict and nothing else, first: "Not
		 * yet. E6 has to run …" under "## Readiness for multi-region") */
		bool bare = !pick && a == 0 &&
			    (imp_head_few_words(s + a, b - a, 3) ||
			     prr_status_lead(s + a, b - a) > 0); /* "❌ Not ready for …" */
		if (b > a && prr_rec_verdict(s + a, b - a, &at, &len) != PRR_LEVEL_UNKNOWN &&
		    (closes || bare || imp_head_concludes(s + a, b - a)) &&
		    (!pick || imp_head_concludes(s + a, b - a))) {
			pick = s + a;
			pick_n = b - a;
		}
		a = b;
	}
	if (pick && im->verdict_rank < 3) {
		imp_head_candidate(im, pick, pick_n, 3, line);
		im->verdict_plain = im->verdict_line == line;
	}
}

/*
 * A heading that is a verdict and nothing else, under a heading that
 * closes or decides: "## Recommendation" then "### ❌ **NOT READY FOR
 * PRODUCTION**". Only marks, emoji and punctuation may stand beside the
 * verdict's words: "### Ready components" or "### Security — PASS" name
 * parts, and "### Ready after phase 2" is a plan. The document's title
 * is no such heading: everything is under it.
 */
static bool verdict_heading(imp *im, const char *s, size_t n)
{
	if (im->n_hs < 2)
		return false;
	/* (or the first section of all, "# Cutover readiness" then "## NOT
	 * READY", or one under a title that decides: "# Production
	 * readiness verdict" then "## NOT READY") */
	size_t up = im->hs[im->n_hs - 2].sec;
	bool first = im->hs[im->n_hs - 2].level == 1 && im->r->n_sections == 2;
	if (!first && !heading_says(im, up, HEAD_CLOSES) &&
	    !heading_says(im, up, HEAD_DECIDES))
		return false;
	size_t at, len;
	if (prr_rec_verdict(s, n, &at, &len) == PRR_LEVEL_UNKNOWN)
		return false;
	n = prr_rec_verdict_glossed(s, n); /* (its gloss aside: "GO (جاهز)") */
	for (size_t i = 0; i < n; i++) {
		if (len && i == at) {
			i += len - 1;
			continue;
		}
		if (imp_letter_byte((unsigned char)s[i]))
			return false;
	}
	return true;
}

/* "The Board agreed a **GO** for ED." then, in the decision's next
 * paragraph, "Maternity is **NO-GO**.": a part refused beside the go
 * read at the same rank, partial, quoting both; true when s[0..n) was
 * read so. */
bool imp_head_part_refused(imp *im, const char *s, size_t n, int rank)
{
	/* (or a go for a stage, "GO for a controlled first-tenant launch.",
	 * then the rest refused in a paragraph of its own: "NO-GO for a
	 * public or self-serve launch."; a short quote, grown a few times) */
	size_t vn = im->verdict_text ? strnlen(im->verdict_text, 400) : 400;
	bool staged = s == im->para && im->verdict == PRR_LEVEL_PARTIAL && vn < 400 &&
		      prr_rec_verdict_scoped(im->verdict_text, vn);
	if ((im->verdict != PRR_LEVEL_READY && !staged) || im->verdict_rank != rank ||
	    im->quoting || !im->verdict_text || imp_head_words_level(s, n) != PRR_LEVEL_NOT_READY ||
	    (!staged && !prr_rec_verdict_of_part(s, n)))
		return false;
	size_t a, b;
	imp_head_verdict_sentences(s, n, &a, &b);
	size_t k = strlen(im->verdict_text);
	im->verdict = PRR_LEVEL_PARTIAL;
	im->verdict_text = prr_arena_printf(im->a, "%s%s%s", im->verdict_text,
					    k && im->verdict_text[k - 1] == '.' ? " " : "; ",
					    imp_clean(im, s + a, b - a));
	return true;
}

/* Whether line s is in a scale of levels, itself or its paragraph
 * ("… **ready** at an average ≥ 4.0, **partial** at 3.0–3.9, / **not
 * ready** below 3.0."). */
/* How many levels s[0..n)'s words in bold state. */
static int bold_levels(const char *s, size_t n)
{
	unsigned seen = 0;
	int levels = 0;
	for (size_t a = imp_bold_at(s, n, 0); a < n;) {
		size_t b = imp_bold_at(s, n, a + 2);
		if (b >= n)
			break;
		prr_level l = imp_head_words_level(s + a + 2, b - a - 2);
		if (l != PRR_LEVEL_UNKNOWN && !(seen & 1u << l)) {
			seen |= 1u << l;
			levels++;
		}
		a = imp_bold_at(s, n, b + 2);
	}
	return levels;
}

/* Bands of levels in bold, each against a figure: "Bands: **Green**
 * average ≥ 4.0 · **Amber** 3.0–3.99 · **Red** < 3.0" (its words, read
 * whole, are not each alone: "Green average"). */
static bool bold_bands(const char *s, size_t n)
{
	return bold_levels(s, n) >= 2 && (memchr(s, '<', n) || memchr(s, '>', n) ||
			       imp_contains_ci_n(s, n, "\xE2\x89\xA5") || /* ≥ */
			       imp_contains_ci_n(s, n, "\xE2\x89\xA4"));  /* ≤ */
}

static bool in_a_scale(imp *im, const char *s, size_t n)
{
	if (!im->para)
		return prr_rec_verdict_scale(s, n) || bold_bands(s, n);
	/* (once a paragraph: asked of each of its lines, it was quadratic
	 * in a paragraph of many lines in bold) */
	if (im->para_scale < 0)
		im->para_scale = prr_rec_verdict_scale(im->para, im->para_n) ||
				 bold_bands(im->para, im->para_n);
	return im->para_scale;
}

/* A strong verdict label's value under a top section (level 2), kept
 * for imp_head_finish: the first of each section. */
static void part_verdict(imp *im, const char *s, size_t n, int line)
{
	prr_level l = imp_head_label_level(s, n);
	if (l == PRR_LEVEL_UNKNOWN || im->n_part_verdicts >= 8)
		return;
	size_t sec = NONE;
	for (int k = im->n_hs - 1; k >= 0; k--)
		if (im->hs[k].level == 2)
			sec = im->hs[k].sec;
	if (sec == NONE || imp_head_concluding(im->sx[sec].title))
		return;
	for (size_t i = 0; i < im->n_part_verdicts; i++)
		if (im->part_verdict[i].sec == sec)
			return;
	im->part_verdict[im->n_part_verdicts].sec = sec;
	im->part_verdict[im->n_part_verdicts].level = l;
	im->part_verdict[im->n_part_verdicts].text = imp_clean(im, s, n);
	im->part_verdict[im->n_part_verdicts].line = line;
	im->n_part_verdicts++;
}

/* Several top sections, each with its own verdict ("## catalog" …
 * "Verdict: NO-GO.", "## query-engine" … "Verdict: GO."), and no
 * verdict of the whole outside them: those are the parts' own verdicts,
 * not the document's, which states none (as with a "Status:" in each of
 * several sections).  True when so. */
static bool several_verdicts(imp *im)
{
	if (im->n_part_verdicts < 2)
		return false;
	/* (a verdict of the whole, outside them, stands) */
	bool theirs = false, rival = false;
	for (size_t i = 0; i < im->n_part_verdicts; i++) {
		theirs |= im->part_verdict[i].line == im->verdict_line;
		rival |= im->part_verdict[i].line == im->verdict_rival;
	}
	if (!theirs) {
		if (rival) /* (a part's own, no rival of the whole's) */
			im->verdict_rival = 0;
		return false;
	}
	/* (so does one stated near the top, before them: "| Result: |
	 * Not met |" over fourteen points' decisions) */
	if (im->top_field.level != PRR_LEVEL_UNKNOWN &&
	    im->top_field.line < im->part_verdict[0].line) {
		im->verdict = im->top_field.level;
		im->verdict_text = im->top_field.text;
		im->verdict_line = im->top_field.line;
		return false;
	}
	im->verdict = PRR_LEVEL_UNKNOWN;
	im->verdict_text = NULL;
	im->verdict_line = 0;
	im->verdict_rank = 0;
	im->verdict_rival = 0; /* (another part's, no rival) */
	return true;
}

/*
 * "… does not consider any remaining item a blocker. Verdict: Ready.": a
 * sentence, then a verdict or date label in the next; each read as a line
 * of its own.  True when the line was so read.
 */
static bool split_at_label(imp *im, const char *s, size_t n, int line,
			   imp_line_kind kind)
{
	/* (each colon asked: "… are closed. Blocker count: **3**. Verdict:
	 * **READY WITH CAVEATS** — …" has its verdict's label second) */
	size_t from = 0;
	for (const char *colon = memchr(s, ':', n); colon;
	     colon = memchr(colon + 1, ':', n - (size_t)(colon + 1 - s))) {
		size_t cut = 0;
		for (size_t k = from; k + 2 < (size_t)(colon - s); k++) {
			size_t j = k + 2;
			while (j < (size_t)(colon - s) && (s[j] == '*' || s[j] == '_'))
				j++; /* "… a blocker. **Verdict: Ready.**" */
			if ((s[k] == '.' || s[k] == '!' || s[k] == '?') && s[k + 1] == ' ' &&
			    s[j] >= 'A' && s[j] <= 'Z')
				cut = k + 2;
		}
		from = (size_t)(colon - s) + 1;
		prr_str l, v;
		if (!cut || !imp_head_label_of(s + cut, n - cut, &l, &v))
			continue;
		label_kind k = imp_head_label_kind(im, l.p, l.n);
		if (!k.verdict && !k.date)
			continue;
		imp_head_line(im, s, cut - 1, line, kind);
		imp_head_line(im, s + cut, n - cut, line, kind);
		return true;
	}
	return false;
}

void imp_head_line(imp *im, const char *s, size_t n, int line,
		   imp_line_kind kind)
{
	if (!line || !n)
		return;
	imp_head_asked_by_heading(im, s, n, line, kind);
	bool top = near_top(im, line);
	/* "Before we call it production-ready:" leads into a list */
	bool lead_in = s[n - 1] == ':' ||
		       (n > 3 && s[n - 1] == '*' && s[n - 3] == ':');
	prr_str label = { 0 }, value = { 0 };
	bool labelled = imp_head_label_of(s, n, &label, &value) ||
			imp_head_subject_label(s, n, kind, &label, &value) ||
			imp_head_dash_label(im, s, n, kind, &label, &value);
	label_kind lk = { 0, 0, false };
	if (labelled)
		lk = imp_head_label_kind(im, label.p, label.n);
	/* (a gate's criterion under "## Success Criteria": a goal) */
	if (lk.verdict && imp_head_goal_gate(im, label, value))
		lk.verdict = 0;
	/* "**Program: NO-GO** — …": the verdict of the whole, as strong
	 * as "Program verdict:" */
	if (labelled && !lk.verdict &&
	    imp_head_program_verdict(label.p, label.n, value.p, value.n))
		lk.verdict = 2;
	else if (kind == IMP_LINE_TEXT && split_at_label(im, s, n, line, kind))
		return;
	if (kind == IMP_LINE_TEXT || kind == IMP_LINE_HEADING) {
		imp_head_now_holds(im, s, n, line);
		imp_head_revised(im, s, n, line, kind);
	}
	if (kind == IMP_LINE_TEXT)
		imp_head_message_stamp(im, s, n, line);
	imp_head_status_line(im, s, n, line, kind, top);
	if (kind == IMP_LINE_META) {
		if (lk.date)
			imp_date_candidate(im, value.p, value.n, 3 + lk.date, line);
		/* "decision: NOT READY" in front matter; not "status:", which
		 * there is often the page's own ("draft", "published") */
		if (lk.verdict == 2)
			verdict_value(im, value.p, value.n, 7, line);
		return;
	}
	/* "For internal use: ✅ READY" is a verdict for one use, not the
	 * document's: in a verdict section only unlabelled lines and verdict
	 * fields count first */
	/* "Ready with caveats: cut over only after …" under "##
	 * Recommendation": the "label" is the verdict, the rest its terms */
	/* "**Review (@dkim, tech lead), 2026-07-15:** Approved." signs a
	 * pull request's review off: its day and its word */
	if (labelled && kind == IMP_LINE_TEXT && !lk.date && !lk.verdict)
		imp_head_sign_off(im, label, value, line);
	/* "Ready for 100%: **No**", "Overall RAG: A": a question of
	 * readiness answered, a RAG letter */
	if (labelled && (kind == IMP_LINE_TEXT || kind == IMP_LINE_HEADING) && !lead_in)
		imp_head_answered_label(im, label, value, kind == IMP_LINE_HEADING ? 0 :
					top || concluding(im) ? 5 : 2, line);
	/* "Approved by: __________" under "## GO-LIVE DECISION": a form
	 * not filled in approves nothing */
	if (kind == IMP_LINE_TEXT && imp_head_unsigned(s, n))
		return;
	bool decides = kind == IMP_LINE_TEXT && (verdict_section(im) || closes(im));
	/* (under "## Overall" too, the label opening with its mark: "❌ Not
	 * ready for the Q4 freeze: 2 red items.") */
	bool marked_label = labelled && kind == IMP_LINE_TEXT && concluding(im) &&
			    prr_status_lead(s, n) > 0;
	if ((decides || marked_label) && !lead_in && labelled && !lk.verdict &&
	    !lk.date && label.n <= 40 &&
	    imp_head_words_level(label.p, label.n) != PRR_LEVEL_UNKNOWN)
		imp_head_candidate(im, s, imp_head_sentence_on(im, s, n), 4, line);
	/* "Launch ramp **approved with conditions**:" leads into the
	 * conditions under "## Decision" (imp_head_lead_in) */
	if (decides && lead_in)
		imp_head_lead_in(im, s, n, line);
	if (kind == IMP_LINE_TEXT && !lead_in && (!labelled || lk.verdict) &&
	    imp_head_may_judge(s, n) && verdict_section(im) &&
	    !imp_head_mid_sentence(im, s)) {
		/* the paragraph's first line: the whole paragraph, so a
		 * decision wrapped over lines keeps its end ("… F-1 and F-3
		 * / may follow within 30 days.") */
		if (!labelled && im->para && s == im->para && im->para_n > n)
			n = im->para_n;
		else if (labelled)
			n = imp_head_sentence_on(im, s, n);
		/* (an approval that names nothing it approves ratifies the
		 * review as written: it does not outrank the verdict its
		 * fields state, "**Overall:** Partially ready — …") */
		if (!imp_head_part_refused(im, s, n, 8))
			imp_head_candidate(im, s, n, imp_head_bare_approval(s, n) ? 4 : 8,
					   line);
	}
	/* "_Follow-up to ORR #1 of 2026-05-06. This follow-up review:
	 * 2026-06-17._": the last sentence's label dates the review (the
	 * line as a whole is two sentences, no label) */
	if (!labelled && kind == IMP_LINE_TEXT && top)
		imp_date_last_sentence(im, s, n, line);
	if (labelled) {
		int dl = lk.date;
		/* "This follow-up review: **2026-06-01**" names this review */
		if (!dl && !lk.other_date && imp_starts_with_ci(label.p, label.n, "this ") &&
		    imp_contains_ci_n(label.p, label.n, "review"))
			dl = 2;
		if (dl)
			imp_date_candidate(im, value.p, value.n, 3 + dl, line);
		if (dl == 2 && top)
			imp_date_unset(im, value.p, value.n, line);
		int vl = lk.verdict;
		/* ("Production readiness: NOT READY" ending the document) */
		bool last = vl == 1 && kind == IMP_LINE_TEXT && imp_head_closes_doc(im, label, s, n, line);
		/* "### Uploader" then "**Status:** ✅ Ready": a part's state,
		 * however near the top; "### 1.1 Row Level Security" then
		 * "**Recommendation:** … production-ready.": a part's advice */
		if ((vl == 1 || (label.n == 7 && imp_starts_with_ci(label.p, 7, "overall")) ||
		     imp_head_part_advice(im, label)) &&
		    in_part(im) && !last)
			vl = 0;
		/* "## payout-router" … "**Verdict: GO.**": that part's own
		 * (imp_part_findings) */
		for (int k = im->n_hs - 1; vl == 2 && kind == IMP_LINE_COMPONENT &&
					   k >= 0; k--)
			if (im->hs[k].level == 2)
				im->sx[im->hs[k].sec].part_verdict = true;
		/* "## Roll call" over the areas' votes, then "**Decision:
		 * NO-GO.**": a component's section's strong label is the
		 * review's verdict where nothing else states one (the weakest
		 * rank) and the review has one component (imp_head_finish) */
		if (vl == 2 && kind == IMP_LINE_COMPONENT && !im->quoting) {
			if (!im->comp_verdict_line)
				im->comp_verdict_line = line;
			verdict_value(im, value.p, imp_head_sentence_on(im, value.p, value.n),
				      1, line);
			part_verdict(im, value.p, value.n, line);
		}
		if (vl && kind != IMP_LINE_COMPONENT) {
			/* a weak label ("Status:") deep in a section, or near the
			 * top in a topic's, is that section's state */
			if (vl == 1 && im->n_hs && im->hs[im->n_hs - 1].level == 2 &&
			    !concluding(im) && kind != IMP_LINE_HEADING && !last)
				section_status(im, value.p, value.n,
					       top && !imp_head_topic_status(im) ? 5 : 0, line);
			else if (vl == 2 || top || concluding(im) || last) {
				/* "## Verdict: CONDITIONAL GO": the heading's
				 * word, before the paragraph under it (rank 8,
				 * the first of equal ranks); a value wrapped onto
				 * the paragraph's next line, to its sentence's
				 * end ("…, ha a / szerződés aláírásra kerül.") */
				if (kind == IMP_LINE_TEXT)
					value.n = imp_head_sentence_on(im, value.p, value.n);
				if (vl == 2)
					imp_head_go_ahead(im, value.p, value.n,
						 top || concluding(im) ? 7 : 6, line);
				if (top && im->top_field.level == PRR_LEVEL_UNKNOWN &&
				    kind == IMP_LINE_TEXT) {
					im->top_field.level = imp_head_label_level(value.p, value.n);
					im->top_field.text = imp_clean(im, value.p, value.n);
					im->top_field.line = line;
					im->top_field.weak = vl == 1 ? imp_head_kept(im, label) : (prr_str){ 0 };
				}
				im->cand_stamp = imp_head_stamp_of(im, label);
				const char *was = im->verdict_text;
				int vr = vl == 2 ? (kind == IMP_LINE_HEADING ? 8
						    : top || concluding(im) ? 7 : 6)
					 : 5 + (last && imp_head_closing_condition(im, s, n, line));
				verdict_value(im, value.p, value.n, vr, line);
				im->cand_stamp = 0;
				if (im->verdict_text != was &&
				    imp_starts_with_ci(label.p, label.n, "recommend"))
					im->verdict_advice = line;
				/* "**Overall Readiness**: 🟡 **Good Foundation,
				 * Needs Enhancement**": a readiness's mark */
				if (im->verdict_text == was &&
				    imp_contains_ci_n(label.p, label.n, "readiness"))
					imp_head_take(im, imp_head_lead_mark_level(value.p, value.n),
						      value.p, value.n, vr, line);
				/* (quoted with a sentence that qualifies it) */
				if (im->verdict_text != was && kind == IMP_LINE_TEXT)
					im->verdict_text = uncalled(im, value.p,
						imp_head_qualified(im, value.p, value.n));
				/* (not a code block's or a quotation's: a
				 * template's "verdict" is no part's) */
				if (vl == 2 && kind != IMP_LINE_CODE && !im->quoting)
					part_verdict(im, value.p, value.n, line);
			}
			else if (kind == IMP_LINE_HEADING)
				verdict_value(im, value.p, value.n, 2, line);
		}
		if (dl || lk.other_date)
			return;
		/* "Version: 2.1 (2026-01-09)": a dated metadata field; not a
		 * verdict's ("Decision: GO; if training slips, the cutover
		 * moves to 2026-11-29": a day to come), a schedule's
		 * ("**Code freeze:** 2026-04-20 · **Store submission:**
		 * 2026-04-27": each day its label's event) or an event's;
		 * one that names the review ("**Readiness review:** 15
		 * September 2026 (…)") dates it as such a heading does, over
		 * a change log's newest row (an edit) */
		bool named = imp_date_named_review(im, label, value);
		if (top && label.n <= 32 && (!lk.verdict || named) &&
		    !im->date_schedule &&
		    !prr_rec_date_event(label.p, label.n) && /* "Pen test:" */
		    kind != IMP_LINE_CODE) /* (in code, a date's label only) */
			imp_date_candidate(im, value.p, value.n, named ? 3 : 2, line);
	}
	if (kind == IMP_LINE_HEADING) {
		prr_date_hit day;
		/* (a section's heading, not the title: only where it names
		 * the review, not an event of its own) */
		bool title = im->r->n_sections == 1 || (im->hs[im->n_hs - 1].level == 1 &&
							!im->r->title);
		if (top && imp_date_find(im, s, n, &day) && !imp_head_since_day(s, &day) &&
		    !(im->n_hs && im->hs[im->n_hs - 1].level > 1 && imp_head_timeline_step(s, n)) &&
		    (title || imp_date_heading_names_review(s, n, &day)))
			imp_date_take(im, &day, 3, line);
		/* the title may be the verdict; other headings near the top
		 * are mostly sections' own states ("Gate 2 — PASS") */
		if (!imp_head_decision_heading(im, s, n, line) &&
		    (im->r->n_sections <= 1 || verdict_heading(im, s, n)))
			imp_head_candidate(im, s, n, 4, line);
		return;
	}
	prr_date_hit day; /* near the top, the line's days, looked for once */
	/* "_Reviewed by the architecture board, 22 September 2026._", a
	 * paragraph of its own at the end: the review's date where nothing
	 * nearer the top is */
	if (!top && kind == IMP_LINE_TEXT && im->date_rank < 1 && n <= 160 &&
	    im->para == s && im->para_n == n && imp_date_find(im, s, n, &day))
		imp_date_review_verb(im, s, &day, line, true);
	if (top && !im->date_schedule && im->date_rank < 5 && kind != IMP_LINE_CODE &&
	    imp_date_find(im, s, n, &day)) {
		if (kind == IMP_LINE_TEXT && imp_date_wrapped(im, s, n, &day, line))
			; /* (read in the sentence it continues) */
		else if (kind == IMP_LINE_ITEM && day.at == 0)
			imp_date_logged(im, s, n, &day, line);
		else if (kind == IMP_LINE_TEXT && imp_date_as_of(s, n, &day)) {
			imp_date_take(im, &day, 4, line);
			imp_head_status_dated(im, s, n, &day, line);
		}
		else if (im->date_rank < 3 && imp_date_metadata_line(s, n, &day))
			imp_date_take(im, &day, 2, line);
		/* (a "label" that holds the day is none: "Meeting notes,
		 * 2026-11-18. Attendees: …"); each day of the sentence asked
		 * ("Last updated 2026-11-02 by infra. Readiness review signed
		 * off 2026-10-30.") */
		else if (kind == IMP_LINE_TEXT &&
			 (!labelled || day.at < (size_t)(label.p - s) + label.n))
			for (size_t off = 0;;) {
				imp_date_review_verb(im, s, &day, line, false);
				off = day.at + day.len;
				if (off >= n || !imp_date_find(im, s + off, n - off, &day))
					break;
				day.at += off;
			}
	}
	/* "The service is ~95 % production-ready" */
	if ((kind == IMP_LINE_TEXT || kind == IMP_LINE_ITEM) &&
	    memchr(s, '%', n) && (top || concluding(im)))
		imp_ready_percent(im, labelled ? imp_clean(im, label.p, label.n)
					       : NULL, s, n, line);
	if (kind != IMP_LINE_TEXT)
		return;
	/* (asked of every line, so a lead-in is the first line too) */
	int first_closing = first_closing_line(im);
	if (lead_in && !(first_closing && imp_head_lead_in_refuses(s, n)))
		return;
	if (imp_head_callout(im, s, n, line, top || concluding(im)))
		return;
	if (top || concluding(im))
		imp_head_answer_given(im, s, line);
	/* "🎉 **Echo is ready for production!** 🎉", a line in bold between
	 * icons: read as its bold */
	size_t icon = imp_head_icon_lead(s, n), ib = icon ? imp_bold_at(s, n, icon + 2) + 2 : 0;
	if (icon && n > icon + 4 && s[icon] == '*' && s[icon + 1] == '*' &&
	    imp_head_icons_after(s, n, ib))
		s += icon, n = ib - icon;
	/* a line all in bold: "**CONDITIONAL GO**"; a paragraph all in
	 * bold, wrapped, read whole from its first line */
	if (n > 4 && im->para && s == im->para && im->para_n > n &&
	    s[0] == '*' && s[1] == '*' &&
	    imp_bold_at(s, im->para_n, 2) + 2 == im->para_n)
		n = im->para_n;
	if (imp_head_bold_finding(s, n))
		; /* "**A6 — … HIGH.**": a finding, by its ID */
	else if (n > 4 && s[0] == '*' && s[1] == '*' && s[n - 1] == '*' &&
		 s[n - 2] == '*') {
		/* (the section's words only asked while they can matter) */
		if (im->verdict_rank < 4 && (top || concluding(im)) && !imp_head_part_answers(im, s, n))
			imp_head_candidate(im, s, n, 4, line);
	}
	else if (n > 4 && s[0] == '*' && s[1] == '*' && im->verdict_rank <= 4 &&
		 (top || concluding(im)) && imp_head_bold_sentence(s, n)) {
		/* a line that opens with a sentence in bold: "**Not ready for
		 * production.** Two blockers remain."; a question in bold is
		 * read with its answer: "**Ready for production?** No." */
		size_t b = imp_bold_at(s, n, 2);
		if (s[b - 1] == '?')
			imp_head_candidate(im, s, n, 4, line);
		else if (!split_by_part(im, s + 2, b - 2, line))
			imp_head_candidate(im, s + 2, b - 2, 4, line);
	}
	else if ((im->verdict_rank < 3 || (im->verdict_rank == 3 && im->verdict_plain)) &&
		 imp_bold_at(s, n, 0) < n && concluding(im) && !in_a_scale(im, s, n)) {
		/* "The system is **NOT READY** for production.", over a plain
		 * sentence before it ("4.1 The planner is ready."); read in
		 * its whole paragraph, where the bold may span lines */
		if (im->para && s == im->para && im->para_n > n) {
			s = im->para;
			n = im->para_n;
		}
		/* (a verdict changing is read whole: "Antes: **GO
		 * condicional**. Ahora: **GO**."; so are words in bold of
		 * two levels: "**GO** for iOS and **NO-GO** for Android") */
		bool whole = prr_rec_verdict_changes(s, n) || bold_levels(s, n) >= 2;
		if (whole) {
			size_t a, b;
			imp_head_verdict_sentences(s, n, &a, &b);
			imp_head_candidate(im, s + a, b - a, 3, line);
		}
		for (size_t a = imp_bold_at(s, n, 0); a < n && !whole;) {
			size_t b = imp_bold_at(s, n, a + 2);
			if (b >= n)
				break;
			const char *p = s + a, *q = s + b;
			size_t k = (size_t)(q - p - 2);
			/* "**Components Passing:** 0" is a label, not a verdict;
			 * a go its sentence foresees on a condition is read
			 * with it: "Once PLAT-812 lands we expect **GO**."; a
			 * wait the condition's: "**deferred** until NTF-88 …" */
			size_t c, e;
			imp_head_sentences_around(s, n, a, b + 2 - a, &c, &e);
			if (k && p[2 + k - 1] != ':' &&
			    prr_rec_verdict(p + 2, k, NULL, NULL) == PRR_LEVEL_READY &&
			    prr_rec_verdict_hedged(s + c, e - c))
				imp_head_take(im, PRR_LEVEL_PARTIAL, s + c, e - c, 3, line);
			else if (k && p[2 + k - 1] != ':' &&
				 !imp_head_reports_earlier(im, s + c, e - c) &&
				 !imp_head_bold_waits(p + 2, k, s + c, e - c)) {
				const char *was = im->verdict_text, *qs;
				imp_head_candidate(im, p + 2, k, 3, line);
				/* quoted by its sentence: "[!WARNING] **NO-GO**
				 * until … (MRL-88) and … (MRL-91)." */
				if (im->verdict_text != was &&
				    imp_head_bold_sentence_of(im, s, n, a, b + 2, &qs, &c))
					im->verdict_text = uncalled(im, qs, c);
			}
			a = imp_bold_at(s, n, b + 2);
		}
		if (im->verdict_line == line && im->verdict_rank == 3)
			imp_head_in_its_paragraph(im);
	} else if (im->verdict_rank == 3 && im->verdict_line < line &&
		   imp_bold_at(s, n, 0) < n && concluding(im)) {
		/* "Maternity is **NO-GO**." after "… agreed a **GO** for ED" */
		imp_head_part_refused(im, s, imp_head_sentence_on(im, s, n), 3);
	}
	/* (a label that sums up is the sentence's opener: "The short
	 * version, since people asked for one: we are not unready.") */
	if (first_closing && (!labelled || lead_in || imp_head_concludes(s, n)) &&
	    im->verdict_rank < 3)
		closing_sentence(im, s, n, line, first_closing == 2);
}

void imp_head_finish(imp *im)
{
	prr_review *r = im->r;
	bool parts_only = several_verdicts(im);
	/* (a component's own where the review has others) */
	if (im->verdict_line && im->verdict_line == im->comp_verdict_line &&
	    r->n_components != 1) {
		im->verdict = PRR_LEVEL_UNKNOWN;
		im->verdict_text = NULL;
		im->verdict_line = 0;
		im->verdict_rank = 0;
	}
	imp_head_total_row_finish(im);
	/* a code block's "verdict: not-ready" is a template's or an
	 * example's, unless the document states none elsewhere */
	if (!im->date_rank && im->code_best.date_rank) {
		memcpy(im->date_best, im->code_best.date_best, sizeof im->date_best);
		im->date_rank = im->code_best.date_rank;
		im->date_line = im->code_best.date_line;
	}
	if (im->date_rank && im->date_best[0] && !r->date) {
		r->date = prr_arena_strdup(im->a, im->date_best);
		r->date_line = im->date_line;
	}
	/* one section's status is the document's; several, their own (one
	 * as strong that says otherwise, later, is said: "**Status:** ✅
	 * **PRODUCTION-READY** (with noted limitations)" at the end) */
	if (im->sec_status_secs == 1 && im->sec_status.rank > im->verdict_rank) {
		im->verdict = im->sec_status.level;
		im->verdict_rank = im->sec_status.rank;
		im->verdict_line = im->sec_status.line;
		im->verdict_text = im->sec_status.text;
	} else if (im->sec_status_secs == 1 && im->sec_status.rank == im->verdict_rank &&
		   im->sec_status.level != im->verdict && !im->verdict_rival)
		im->verdict_rival = im->sec_status.line;
	/* a log of decisions whose latest row is this review's day: that
	 * row's decision (not a history of earlier reviews' verdicts) */
	if (im->logged.text && r->date && strcmp(r->date, im->logged.date) == 0)
		verdict_value(im, im->logged.text, strlen(im->logged.text), 7,
			      im->logged.line);
	if (!im->verdict_rank && im->code_best.verdict_rank && !parts_only) {
		im->verdict = im->code_best.verdict;
		im->verdict_rank = im->code_best.verdict_rank;
		im->verdict_line = im->code_best.verdict_line;
		im->verdict_text = im->code_best.verdict_text;
	}
	imp_head_top_field_finish(im);
	if (im->verdict_rank) {
		r->level = im->verdict;
		r->status_text = im->verdict_text;
		r->status_line = im->verdict_line;
		if (im->verdict_rival > im->verdict_line)
			prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map,
				     im->verdict_rival, 1,
				     "this line states another verdict than line %d's, "
				     "as strongly and not dated later: read line %d's "
				     "(date or time each decision to have the latest read)",
				     im->verdict_line, im->verdict_line);
	} else if (im->sec_status_secs > 1 && r->status_text &&
		   r->status_line >= im->sec_status_first) {
		/* the words of one part's "Status:" of several ("🔴 At risk"
		 * under "## Billing", "🟢 On track" under "## Search"): a
		 * field of the review, as the others are */
		imp_add_field(im, "Status", r->status_text, r->status_line);
		r->status_text = NULL;
		r->status_line = 0;
	}
}
