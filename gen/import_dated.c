/* import_dated.c - the review's date in the lines near the top: bylines,
 * verbs of reviewing, logs of versions, and the days of other events
 * that are not it; ranked as import_head.c describes. */
#include "import_int.h"
#include "prr/rec_date.h"
#include "prr/rec_verdict.h"
#include "prr/rec_item.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Labels of other dates than the review's: "Next review", "Due", and
 * the same words inside a longer text ("Ops sign-off deadline · …");
 * short labels of an event ("ETA", "Go-live", "Planned release":
 * prr_rec_date_other), not sentences ("We are not ready to launch"). */
bool imp_date_other_label(const char *s, size_t n)
{
	static const char *const words[] = { "next", "due", "deadline",
		"target", "próxim", "proxim", "prochain", "nächste", "siguiente",
		"expires", "until", "start", "end", "次回", "下次", "期限", NULL };
	static rec_vocab vocab = REC_VOCAB(words);
	if (imp_contains_any(s, n, &vocab))
		return true;
	/* "This re-review", "This follow-up review": this one's */
	if (imp_starts_with_ci(s, n, "this ") && imp_contains_ci_n(s, n, "review"))
		return false;
	size_t spaces = 0;
	for (size_t i = 0; i < n; i++)
		spaces += s[i] == ' ';
	return spaces < 3 && prr_rec_date_other(s, n);
}

/* A day found already: the review's date if nothing ranked higher.  Of
 * two weak labels (rank 4: "Created", "Last updated"), the later day: the
 * document's last edit is nearer its review than its first. */
void imp_date_take(imp *im, const prr_date_hit *hit, int rank, int line)
{
	bool later = (rank == 4 && im->date_rank == 4 &&
		      strcmp(hit->date, im->date_best) > 0) ||
		     (rank == 5 && im->date_rank == 5 && !im->date_best[0]);
	if ((rank <= im->date_rank && !later) || hit->prec != PRR_DATE_DAY)
		return;
	memcpy(im->date_best, hit->date, sizeof im->date_best);
	im->date_rank = rank;
	im->date_line = line;
}

/*
 * "**Review meeting:** _TBD_ (aim: two weeks before launch)": a strong
 * label near the top left to fill in says the review's day is not set;
 * no weaker line ("**Draft created:** 2026-06-02") dates the review then.
 * Kept as a best of rank 5 with no day, which a strong label's day still
 * takes.
 */
void imp_date_unset(imp *im, const char *s, size_t n, int line)
{
	size_t k = imp_before_paren(s, n);
	if (im->date_rank >= 5 || !k || !prr_rec_placeholder(s, k))
		return;
	im->date_best[0] = 0;
	im->date_rank = 5;
	im->date_line = line;
	im->date_logged = false;
}

/* Whether s[0..at) ends by saying an example follows: "e.g.", "eg.",
 * "for example", "z. B.", "p. ej." and the marks after them ("_(e.g. ",
 * "e.g., "). */
static bool example_before(const char *s, size_t at)
{
	static const char *const says[] = { "e.g.", "eg.", "e.g",
		"for example", "for instance", "example:", "z.b.", "z. b.",
		"p.ej.", "p. ej.", "p.ex.", "p. ex.", NULL };
	while (at && strchr(" ,:*_(`", s[at - 1]))
		at--;
	for (int k = 0; says[k]; k++) {
		size_t l = strlen(says[k]);
		if (at >= l && strncasecmp(s + at - l, says[k], l) == 0 &&
		    (at == l || !isalnum((unsigned char)s[at - l - 1])))
			return true;
	}
	return false;
}

bool imp_date_find(const imp *im, const char *s, size_t n, prr_date_hit *hit)
{
	for (size_t off = 0; off < n;) {
		if (!prr_rec_date_find_as(s + off, n - off, im->date_order, hit))
			return false;
		hit->at += off;
		if (!example_before(s, hit->at))
			return true;
		off = hit->at + (hit->len ? hit->len : 1);
	}
	return false;
}

void imp_date_candidate(imp *im, const char *s, size_t n, int rank,
			   int line)
{
	prr_date_hit hit;
	if (rank >= im->date_rank && imp_date_find(im, s, n, &hit))
		imp_date_take(im, &hit, rank, line);
}

/*
 * A short line set apart as a byline: all in bold ("**Prepared by the
 * platform team, review held 3 March 2026**") or facts split by " · " or
 * " | " ("v2.1 · Ana Lima · 2026-03-03"), not a sentence of the text.
 * (The walk keeps no mark of italics: "*…*" lines come here bare.)
 */
static bool byline(const char *s, size_t n)
{
	if (n > 120 || n < 3)
		return false;
	if (n > 4 && s[0] == '*' && s[1] == '*' && s[n - 1] == '*' &&
	    s[n - 2] == '*')
		return true;
	for (size_t i = 0; i + 3 < n; i++)
		if ((s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ') ||
		    (s[i] == ' ' && i + 4 < n &&
		     memcmp(s + i + 1, "\xC2\xB7 ", 3) == 0))
			return true;
	return false;
}

/* The length of the first of `words` that s[0..n) begins with, in any
 * case, with more after it; 0 for none. */
static size_t prefix_ci(const char *s, size_t n, const char *const *words)
{
	for (int i = 0; words[i]; i++) {
		size_t k = strlen(words[i]);
		if (n > k && strncasecmp(s, words[i], k) == 0)
			return k;
	}
	return 0;
}

/* s[0..e) without a day of the week at its end ("held Tuesday," ->
 * "held"), in English, French, Spanish, Portuguese and German. */
static size_t before_weekday(const char *s, size_t e)
{
	static const char *const days[] = { "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday", "mon", "tue", "wed",
		"thu", "fri", "sat", "sun", "lundi", "mardi", "mercredi", "jeudi",
		"vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
		"jueves", "viernes", "sábado", "domingo", "segunda-feira",
		"terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
		"montag", "dienstag", "mittwoch", "donnerstag", "freitag",
		"samstag", "sonntag", NULL };
	size_t k = e;
	if (k && s[k - 1] == ',')
		k--;
	size_t w = k;
	while (w && s[w - 1] != ' ')
		w--;
	for (int i = 0; days[i]; i++)
		if (k - w == strlen(days[i]) && strncasecmp(s + w, days[i], k - w) == 0) {
			while (w && s[w - 1] == ' ')
				w--;
			return w;
		}
	return e;
}

/* " by the SRE guild", " for the steering committee", Romanian's " de
 * echipa X": who, in a few
 * words without a number, and nothing after them; both who and for whom
 * (" by the FieldOps squad for the release council"), a few words each;
 * after a verb of reviewing (`with`), whom with (" with the LCE"). */
static bool by_whom(const char *s, size_t n, bool with)
{
	/* (" from ": "Exported from the AWS Well-Architected Tool on …";
	 * " against ": "Status reviewed against source and configuration
	 * on …"; " after ", the occasion: "Updated after the fixes on …") */
	static const char *const preps[] = { " by ", " for ", " par ",
		" pour ", " por ", " von ", " de ", " from ", " against ",
		" after ", NULL };
	static const char *const withs[] = { " with ", NULL };
	size_t i = prefix_ci(s, n, preps);
	if (!i && with)
		i = prefix_ci(s, n, withs);
	if (!i)
		return false;
	int words = 0;
	bool whom = strncasecmp(s, " for ", 5) == 0;
	for (bool in = false; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			return false;
		bool sp = s[i] == ' ';
		if (!sp && !in) {
			if (!whom && words && words <= 6 && n - i > 4 &&
			    strncasecmp(s + i - 1, " for ", 5) == 0) {
				whom = true; /* a second phrase: for whom */
				words = -1;
			}
			words++;
		}
		in = !sp;
	}
	return words >= 1 && words <= 6;
}

/* "This review was ", "The assessment was ": how long, in `*k`; or,
 * `bare`, the record named before its verb with no "was" ("Checklist ",
 * "The report ", "Status "). */
static bool record_subject(const char *s, size_t n, size_t *k, bool bare)
{
	static const char *const nouns[] = { "review", "readiness review",
		"assessment", "audit", "evaluation", "report", "document",
		"checklist", "status", NULL };
	static const char *const determiners[] = { "this ", "the ", NULL };
	size_t i = prefix_ci(s, n, determiners);
	const char *link = bare ? " " : " was ";
	size_t ll = strlen(link);
	if (!i && !bare)
		return false;
	for (int w = 0; nouns[w]; w++) {
		size_t l = strlen(nouns[w]);
		if (i + l + ll <= n && strncasecmp(s + i, nouns[w], l) == 0 &&
		    strncasecmp(s + i + l, link, ll) == 0) {
			*k = i + l + ll;
			return true;
		}
	}
	return false;
}

/*
 * "Search Relevance & Infra team · prepared for the Launch Council of
 * Thursday 12 March 2026": a byline's last fact (after " · " or " | "),
 * prepared for a meeting of a body (a council, board, committee, forum)
 * on its day, s[0..e) the words before that day.  The meeting the
 * review is for; not "prepared for the launch of …", an event's day.
 */
static bool prepared_for_meeting(const char *s, size_t e)
{
	static const char *const opens[] = { "prepared for ", "presented to ",
		"written for ", NULL };
	static const char *const bodies[] = { "council", "board", "committee",
		"forum", "meeting", "panel", "cab", "sync", "session", NULL };
	size_t a = 0; /* (a byline is short: its last 200 bytes asked) */
	for (size_t i = e > 200 ? e - 200 : 0; i + 3 < e; i++)
		if (s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ')
			a = i + 3;
		else if (i + 4 < e && s[i] == ' ' && memcmp(s + i + 1, "\xC2\xB7 ", 3) == 0)
			a = i + 4;
	while (a && a < e && (s[a] == ' ' || s[a] == '_' || s[a] == '*'))
		a++;
	size_t k = a ? prefix_ci(s + a, e - a, opens) : 0, w = e;
	if (!k)
		return false;
	if (w >= a + k + 3 && strncasecmp(s + w - 3, " of", 3) == 0)
		w -= 3; /* "… Council of Thursday 12 March 2026" */
	size_t b = w;
	while (b > a + k && s[b - 1] != ' ')
		b--;
	return imp_is_one_of(s + b, w - b, bodies);
}

/*
 * "Reviewed on 2026-05-04 by the SRE guild.", "This audit was conducted
 * 3 March 2026": near the top, a day right after a verb of reviewing
 * dates the review as a strong label would ("as of", "updated on" as a
 * weak one). Any other day in a sentence is left alone.
 */
void imp_date_review_verb(imp *im, const char *s,
			     const prr_date_hit *day, int line, bool far)
{
	static const char *const strong[] = { "reviewed", "assessed",
		"audited", "evaluated", "conducted", "held", "performed",
		"signed off",
		"revisado", "revisada", "avaliado", "evaluado", "auditado",
		"évalué", "audité", "réalisé", "geprüft", "bewertet", "tenue",
		"tenu", "celebrada", "celebrado", "realizada", "realizado",
		"abgehalten", "durchgeführt", "last reviewed",
		/* a review again: "Re-reviewed on **2026-02-26** with …" */
		"re-reviewed", "re-assessed", "reassessed", "re-audited",
		"re-evaluated",
		/* a pull request's review record */
		"approved these changes",
		/* Malay and Indonesian: held, carried out */
		"diadakan", "dilaksanakan", "dijalankan", NULL };
	/* not "written": "text written on …" says when, not what */
	/* and what names a record of the review: "Meeting notes, 2026-11-18" */
	static const char *const weak[] = { "as of", "updated", "prepared",
		"edited", "revised", "modified", "drafted", "stan na", "notes", "minutes", "meeting", "call", "review", "report", "assessment",
		"audit", "snapshot", "snapshot taken", "published", "issued",
		"delivered", "exported", "recorded",
		/* the meeting it followed: "Written after the walkthrough on
		 * Thursday 26 February 2026" */
		"walkthrough", "walk-through", "readout", "read-out",
		"rédigé", "rédigée", "préparé", "préparée", "redactado",
		"elaborado", "erstellt", "verfasst", "întocmit", "Întocmit",
		"elaborat", "redactat", NULL };
	/* the words before the day: "… on", "… le", "… am", "… em"; a comma
	 * or a dash between ("notes, 18 Nov", "Review — 2026-11-18"); the
	 * day of the week ("held Tuesday, 9 June 2026") */
	size_t e = day->at;
	while (e && (s[e - 1] == ' ' || s[e - 1] == '*' || s[e - 1] == '_'))
		e--;
	e = before_weekday(s, e);
	if (e && (s[e - 1] == ',' || s[e - 1] == '-'))
		e--;
	else if (e >= 3 && memcmp(s + e - 3, "\xE2\x80\x94", 3) == 0)
		e -= 3;
	while (e && s[e - 1] == ' ')
		e--;
	size_t w = e;
	while (w && s[w - 1] != ' ')
		w--;
	static const char *const preps[] = { "on", "at", "le", "am", "em",
		"el", "in", "pada", "of", NULL };
	for (int i = 0; preps[i]; i++)
		if (e - w == strlen(preps[i]) &&
		    strncasecmp(s + w, preps[i], e - w) == 0) {
			e = w;
			while (e && s[e - 1] == ' ')
				e--;
			break;
		}
	/* the sentence: "This review was held on …" says it as plainly as
	 * a "Review date:" label would */
	size_t v = e;
	while (v && !(s[v - 1] == ' ' && v >= 2 && s[v - 2] == '.'))
		v--;
	size_t open = v;
	while (open < e && (s[open] == '_' || s[open] == '*' ||
			    s[open] == '>' || s[open] == ' '))
		open++;
	size_t at = open, k = 0;
	bool subject = record_subject(s + open, e - open, &k, false);
	if (subject)
		at = open + k;
	for (int pass = 0; pass < 2 - far; pass++) {
		const char *const *words = pass ? weak : strong;
		for (int i = 0; words[i]; i++) {
			size_t wl = strlen(words[i]);
			if (e >= wl && strncasecmp(s + e - wl, words[i], wl) == 0 &&
			    (e == wl || s[e - wl - 1] == ' ' || s[e - wl - 1] == '*' ||
			     s[e - wl - 1] == '_')) {
				imp_date_take(im, day, far ? 1 : pass ? 2 : subject ? 5 : 3,
					      line);
				return;
			}
		}
	}
	/* "Readiness review completed 2026-07-13.": a review's words and
	 * then the verb of its end */
	static const char *const ends[] = { "completed", "concluded",
		"finished", "closed", NULL };
	static const char *const reviews[] = { "review", "assessment",
		"audit", "prr", NULL };
	for (int i = 0; !far && ends[i]; i++) {
		size_t wl = strlen(ends[i]);
		if (e > wl && e - wl > open && s[e - wl - 1] == ' ' &&
		    strncasecmp(s + e - wl, ends[i], wl) == 0)
			for (int r = 0; reviews[r]; r++)
				if (imp_contains_ci_n(s + open, e - wl - open, reviews[r])) {
					imp_date_take(im, day, 3, line);
					return;
				}
	}
	if (!far && prepared_for_meeting(s, e)) {
		imp_date_take(im, day, 2, line);
		return;
	}
	/* "Reviewed by the SRE guild on …", "Prepared for the steering
	 * committee, …": the verb opens the sentence, or follows "This
	 * review was" or the record's name ("Checklist reviewed with the
	 * LCE on …") */
	size_t named = at;
	if (!subject && record_subject(s + open, e - open, &k, true))
		named = open + k;
	for (int pass = 0; pass < 2 - far; pass++) {
		const char *const *words = pass ? weak : strong;
		for (int i = 0; words[i]; i++) {
			size_t wl = strlen(words[i]);
			for (size_t a = at;; a = named) {
				if (a + wl + 1 < e &&
				    strncasecmp(s + a, words[i], wl) == 0 &&
				    by_whom(s + a + wl, e - a - wl, !pass)) {
					imp_date_take(im, day, far ? 1 : pass ? 2 : 3,
						      line);
					return;
				}
				if (a == named)
					break;
			}
		}
	}
}

/* Does a separator of facts (" — ", " – ", " · ", " | ") end s[0..n) (at
 * its end, `end`) or begin it, emphasis and spaces aside? */
static bool separated(const char *s, size_t n, bool end)
{
	static const char *const seps[] = { "\xE2\x80\x94", "\xE2\x80\x93",
		"\xC2\xB7", "|", NULL };
	size_t a = 0, b = n;
	while (a < b && (s[a] == ' ' || s[a] == '_' || s[a] == '*'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '_' || s[b - 1] == '*'))
		b--;
	if (a == b)
		return true; /* nothing there */
	for (int i = 0; seps[i]; i++) {
		size_t k = strlen(seps[i]);
		if (b - a >= k && memcmp(end ? s + b - k : s + a, seps[i], k) == 0)
			return true;
	}
	return false;
}

/* "16 November 2026 — prepared by the release train": the day is a fact
 * of its own, set apart from the rest of a short line by a separator. */
static bool fact_of_its_own(const char *s, size_t n, const prr_date_hit *day)
{
	size_t end = day->at + day->len, start = day->at;
	/* "Week of 16 November 2026 — …" */
	if (start >= 8 && strncasecmp(s + start - 8, "week of ", 8) == 0)
		start -= 8;
	return n <= 120 && separated(s, start, true) &&
	       separated(s + end, n - end, false);
}

/* Words before a day that make it one of another event, to come or
 * past: "Go-live — 16 November 2026", "Deadline · 2026-01-15", "**Pen
 * test:** 2026-04-27" (prr_rec_date_event). */
static bool event_day(const char *s, const prr_date_hit *day)
{
	static const char *const events[] = { "launch", "go-live", "go live",
		"cutover", "freeze", "ga", NULL };
	static rec_vocab vocab = REC_VOCAB(events);
	return imp_date_other_label(s, day->at) ||
	       imp_contains_any(s, day->at, &vocab) ||
	       prr_rec_date_event(s, day->at);
}

/*
 * A line that holds `day` and is metadata rather than prose: a date with
 * little else
 * ("**August 4, 2025**", "> Last run 2025-12-20 03:12 UTC", "v0.1 ·
 * 2026-05-04"), not a sentence that happens to mention a day.
 */
static bool metadata_shape(const char *s, size_t n, const prr_date_hit *day)
{
	return n - day->len <= 24 || byline(s, n) || fact_of_its_own(s, n, day);
}

bool imp_date_metadata_line(const char *s, size_t n, const prr_date_hit *day)
{
	return metadata_shape(s, n, day) && !event_day(s, day);
}

/*
 * "The BIND pair … its hardware lease ends / 2027-01-31.": a day that
 * opens a line of the paragraph im->para whose line before breaks off
 * mid-sentence (a word or a comma, no stop, colon or mark) is the
 * sentence's, wrapped there, not a dateline; read in that sentence, the
 * lines joined ("… after the review call of / 28 July 2026 · …" dates
 * the review).  Whether the day runs on so.
 */
bool imp_date_wrapped(imp *im, const char *s, size_t n, const prr_date_hit *day,
		      int line)
{
	const char *para = im->para;
	size_t a = 0;
	while (a < n && (s[a] == ' ' || s[a] == '*' || s[a] == '_'))
		a++;
	if (!para || s <= para || day->at > a)
		return false;
	const char *e = s - 1, *p; /* the '\n' that ends the line before */
	while (e > para && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	if (e == para || !(islower((unsigned char)e[-1]) || e[-1] == ','))
		return false;
	for (p = e; p > para && p[-1] != '\n';)
		p--;
	prr_buf j = PRR_BUF_INIT;
	prr_buf_add(&j, p, (size_t)(e - p));
	prr_buf_addc(&j, ' ');
	size_t off = j.n;
	prr_buf_add(&j, s, n);
	prr_date_hit hit;
	while (off < j.n && imp_date_find(im, j.p + off, j.n - off, &hit)) {
		hit.at += off;
		imp_date_review_verb(im, j.p, &hit, line, false);
		off = hit.at + (hit.len ? hit.len : 1);
	}
	prr_buf_free(&j);
	return true;
}

bool imp_date_as_of(const char *s, size_t n, const prr_date_hit *day)
{
	/* (and the week a status report is of: "Week ending **10 April
	 * 2026** (W15)", no event that ends) */
	/* ("Status as of 2026-10-08. The MVP is built; …" opening its line) */
	static const char *const words[] = { "status as of", "status as at",
		"as of", "as at", "a fecha de",
		"con fecha", "en date du", "stand", "stan na", "status", "week ending",
		"week ended", NULL };
	size_t e = day->at, end = day->at + day->len;
	while (e && (s[e - 1] == ' ' || s[e - 1] == '*' || s[e - 1] == '_' ||
		     s[e - 1] == ':'))
		e--;
	/* (or a sentence of its own opening the line: "Status 2026-08-31.
	 * Launch model: Android-only.") */
	bool own = end < n && s[end] == '.' &&
		   (end + 1 == n || strchr(" *_", s[end + 1]));
	size_t lead = 0;
	while (lead < n && (s[lead] == '*' || s[lead] == '_'))
		lead++;
	if (!own && !metadata_shape(s, n, day))
		return false;
	for (int i = 0; words[i]; i++) {
		size_t wl = strlen(words[i]);
		if (e >= wl && strncasecmp(s + e - wl, words[i], wl) == 0 &&
		    (e == wl || s[e - wl - 1] == ' ' || s[e - wl - 1] == '*' ||
		     s[e - wl - 1] == '_') &&
		    (e - wl == lead || metadata_shape(s, n, day)))
			return words[i][0] == 'w' || !event_day(s, day);
	}
	return false;
}

/*
 * "- 2026-01-20 v2 after security review": an item that opens with its
 * day, an entry of the document's log.  The latest entry dates it, unless
 * the entry is of an event ("- 2026-03-01 code freeze").
 */
void imp_date_logged(imp *im, const char *s, size_t n,
			const prr_date_hit *day, int line)
{
	size_t end = day->at + day->len;
	if (!imp_date_metadata_line(s, n, day) || prr_rec_date_other(s + end, n - end))
		return;
	if (im->date_rank == 2 && im->date_logged &&
	    day->prec == PRR_DATE_DAY && strcmp(day->date, im->date_best) > 0) {
		memcpy(im->date_best, day->date, sizeof im->date_best);
		im->date_line = line;
		return;
	}
	int had = im->date_rank;
	imp_date_take(im, day, 2, line);
	im->date_logged |= im->date_rank != had;
}

/* "_Follow-up to ORR #1 of 2026-05-06. This follow-up review:
 * 2026-06-17._": the last sentence's label dates the review (the line as
 * a whole is two sentences, no label) */
void imp_date_last_sentence(imp *im, const char *s, size_t n, int line)
{
	const char *colon = memchr(s, ':', n);
	if (!colon)
		return;
	size_t k = (size_t)(colon - s);
	while (k > 1 && !(s[k - 2] == '.' && s[k - 1] == ' '))
		k--;
	prr_str label, value;
	if (k <= 1 || !imp_head_label_of(s + k, n - k, &label, &value))
		return;
	label_kind lk = imp_head_label_kind(im, label.p, label.n);
	bool this_review = imp_starts_with_ci(label.p, label.n, "this ") &&
			   imp_contains_ci_n(label.p, label.n, "review");
	if (!lk.other_date && (lk.date || this_review))
		imp_date_candidate(im, value.p, value.n, this_review ? 5 : 3 + lk.date,
				   line);
}

/* "**Readiness review:** 15 September 2026 (Mobile Release Council)": a
 * label whose words name the review, as a heading's do
 * (prr_rec_date_names_review), over a value that opens with its day. */
bool imp_date_named_review(const imp *im, prr_str label, prr_str value)
{
	size_t a = 0;
	while (a < value.n && (value.p[a] == ' ' || value.p[a] == '*' ||
			       value.p[a] == '_'))
		a++;
	prr_date_hit hit;
	return a < value.n && imp_date_find(im, value.p + a, value.n - a, &hit) &&
	       hit.at == 0 && hit.prec == PRR_DATE_DAY &&
	       prr_rec_date_names_review(label.p, label.n);
}

/* Whether c is a byte of the marks and separators around a heading's
 * day: spaces, emphasis, '(', ')', ',', ':', '-', and the bytes of the
 * dashes "—" and "–". */
static bool around_day(unsigned char c)
{
	return strchr(" *_(),:-#", c) || c == 0xE2 || c == 0x80 || c == 0x93 ||
	       c == 0x94;
}

/*
 * A day in a section's heading (not the title's) is the review's only
 * where the heading's words name the review: "## Review — 20 April 2026",
 * "## Readiness review (2026-04-20)".  Else it is the day of the
 * section's own event: "## Load test — 2026-04-16 (LT-5)", "## Launch —
 * 4 May 2026", "## Incident on 4 May 2026", "## 1. Minutes of the last
 * meeting (2026-04-23)", "## Post-launch review — 15 June 2026".  The
 * words before the day are asked, or those after it when none are
 * before; "Review of the 2026-04-23 incident" names an incident.
 */
bool imp_date_heading_names_review(const char *s, size_t n,
				   const prr_date_hit *day)
{
	size_t a = 0, b = day->at;
	while (b > a && around_day((unsigned char)s[b - 1]))
		b--;
	size_t w = b;
	while (w > a && s[w - 1] != ' ')
		w--;
	if ((b - w == 2 && strncasecmp(s + w, "of", 2) == 0) ||
	    (b - w == 3 && strncasecmp(s + w, "the", 3) == 0))
		return false;
	if (b == a) {
		a = day->at + day->len;
		b = n;
	}
	while (a < b && around_day((unsigned char)s[a]))
		a++;
	return a < b && prr_rec_date_names_review(s + a, b - a);
}

int imp_numbered_round(const char *s, size_t n, int *word)
{
	static const char *const words[] = { "round", "iteration", "pass",
		"review", "re-review", "assessment", "audit", "retest", NULL };
	size_t a = 0;
	while (a < n && (s[a] == ' ' || s[a] == '*' || s[a] == '_'))
		a++;
	for (int w = 0; words[w]; w++) {
		size_t k = strlen(words[w]), i = a + k, d;
		if (n - a <= k || strncasecmp(s + a, words[w], k) != 0 || s[i] != ' ')
			continue;
		while (i < n && s[i] == ' ')
			i++;
		if (i < n && s[i] == '#')
			i++;
		int num = 0;
		for (d = i; i < n && i - d < 3 && isdigit((unsigned char)s[i]); i++)
			num = num * 10 + (s[i] - '0');
		if (i == d || (i < n && isalnum((unsigned char)s[i])))
			return 0;
		*word = w;
		return num;
	}
	return 0;
}

/*
 * A file that keeps its reviews one after another, each under a heading
 * with its day ("## Review 3 — 2026-10-20", "## Review 2 — 2026-09-15";
 * "## Round 2 — 2026-02-25", a numbered round, pass or iteration):
 * the newest is the review, its heading's day its date (the heading kept,
 * its sections' parent; a day names no component); the others' lines are
 * blanked in `out` (line numbers kept), and said in a warning.  Returns
 * the text to read.
 */
#define MAX_KEPT_REVIEWS 16
const char *imp_dated_newest_review(imp *im, prr_buf *out, const char *text,
				    size_t len)
{
	static const char *const words[] = { "review", "assessment", "audit",
		"revis", "revue", "prüfung", "评审", "評審", "审查", "レビュー",
		"검토", NULL };
	struct { size_t at, end; int level, line; char day[11]; } h[MAX_KEPT_REVIEWS];
	size_t nh = 0, other_at = 0;
	int line = 0, level = 0;
	bool fence = false;
	for (size_t a = 0; a < len; line++) {
		const char *e = memchr(text + a, '\n', len - a);
		size_t b = e ? (size_t)(e - text) : len;
		if (b - a >= 3 && (memcmp(text + a, "```", 3) == 0 ||
				   memcmp(text + a, "~~~", 3) == 0))
			fence = !fence;
		int l = 0;
		while (!fence && a + (size_t)l < b && text[a + (size_t)l] == '#' && l < 3)
			l++;
		prr_date_hit hit;
		if (l && l <= 2 && a + (size_t)l < b && text[a + (size_t)l] == ' ') {
			bool dated = prr_rec_date_find(text + a, b - a, &hit) &&
				     hit.prec == PRR_DATE_DAY;
			bool named = false;
			for (int w = 0; words[w] && !named; w++)
				named = imp_contains_ci_n(text + a, b - a, words[w]);
			int which;
			named = named || imp_numbered_round(text + a + l + 1,
							    b - a - (size_t)l - 1, &which);
			if (dated && named && (!level || l == level) &&
			    nh < MAX_KEPT_REVIEWS) {
				level = l;
				h[nh].at = a;
				h[nh].level = l;
				h[nh].line = line + 1;
				memcpy(h[nh].day, hit.date, sizeof h[nh].day);
				if (nh)
					h[nh - 1].end = a;
				nh++;
				other_at = 0;
			} else if (nh && l <= level && !other_at) {
				other_at = a; /* the reviews end at another heading */
			}
		}
		a = b + 1;
	}
	if (nh < 2)
		return text;
	h[nh - 1].end = other_at > h[nh - 1].at ? other_at : len;
	size_t newest = 0;
	for (size_t k = 1; k < nh; k++)
		if (strcmp(h[k].day, h[newest].day) > 0)
			newest = k;
	for (size_t k = 0; k < nh; k++)
		if (k != newest && !strcmp(h[k].day, h[newest].day))
			return text; /* two of one day: no order to read */
	prr_buf_reset(out);
	prr_buf_add(out, text, len);
	prr_buf lines = PRR_BUF_INIT;
	for (size_t k = 0; k < nh; k++) {
		if (k == newest) {
			const char *e = memchr(text + h[k].at, '\n', len - h[k].at);
			size_t end = e ? (size_t)(e - text) : len;
			prr_date_hit hit;
			if (prr_rec_date_find(text + h[k].at, end - h[k].at, &hit))
				imp_date_take(im, &hit, 3, h[k].line);
			continue;
		}
		for (size_t i = h[k].at; i < h[k].end; i++)
			if (out->p[i] != '\n')
				out->p[i] = ' ';
		prr_buf_addf(&lines, "%s%d (%s)", lines.n ? ", " : "", h[k].line,
			     h[k].day);
	}
	prr_diag_add(im->d, PRR_DIAG_WARNING, im->path, &im->map, h[newest].line, 1,
		     "this file keeps %zu reviews, each under a heading with its "
		     "day: read the newest, of %s; left out the others (lines %s): "
		     "put each in a file of its own to compare them",
		     nh, h[newest].day, lines.p);
	prr_buf_free(&lines);
	return out->p;
}

/* "---", "***", "___" (spaces between): a thematic break, when the line
 * before is blank (under text, "---" underlines a heading). */
bool imp_thematic_break(const char *s, size_t n)
{
	size_t marks = 0;
	char c = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')
			continue;
		if ((s[i] != '-' && s[i] != '*' && s[i] != '_') || (c && s[i] != c))
			return false;
		c = s[i];
		marks++;
	}
	return marks >= 3;
}

/* "**Status: NO-GO**", "Status: **GO** for …", "- Decision: GO": a line
 * whose label is a verdict's and whose value states one. */
static bool states_verdict(const char *s, size_t n)
{
	size_t a = 0;
	while (a < n && (s[a] == ' ' || s[a] == '>' || s[a] == '-' ||
			 s[a] == '+' || s[a] == '*' || s[a] == '_'))
		a++;
	const char *c = memchr(s + a, ':', n - a < 40 ? n - a : 40);
	if (!c || c == s + a || !prr_rec_verdict_label(s + a, (size_t)(c - s) - a))
		return false;
	size_t k = (size_t)(c - s) + 1;
	return prr_rec_verdict(s + k, n - k, NULL, NULL) != PRR_LEVEL_UNKNOWN;
}

/* Text line k (0-based) as the document's line. */
static int doc_line(const imp *im, int k)
{
	return im->orig ? im->orig[k] : k + 1;
}

/*
 * A running log ("Add new entries at the top"), one entry under each
 * heading that opens with its day ("## 2026-03-02 — go/no-go
 * checkpoint", "## 2026-02-16 — checkpoint"), its days in order, newest
 * first or last: where the newest entry and one more each state a verdict
 * in a labelled line ("**Status: NO-GO**") and none is stated above the
 * entries (a review's own verdict, over its dated parts), each entry is
 * what was believed on its day.  The newest is the review, its day the date; the
 * others are history (im->history): their headings and words stay in the
 * narrative, their verdicts, scores, checks and findings are not read.
 * The log ends at a heading above its entries' level, or at a thematic
 * break after its last entry ("---" over "### Milestones").
 */
void imp_dated_log(imp *im, const char *text, size_t len)
{
	struct entry { int line; size_t at, n; char day[11]; bool says; } *e = NULL;
	size_t ne = 0, cap = 0;
	int level = 0, line = 0, end = -1;
	bool fence = false, blank = true, top_says = false;
	for (size_t a = 0; a < len; line++) {
		const char *nl = memchr(text + a, '\n', len - a);
		size_t b = nl ? (size_t)(nl - text) : len, n = b - a;
		const char *s = text + a;
		if (n >= 3 && (memcmp(s, "```", 3) == 0 || memcmp(s, "~~~", 3) == 0))
			fence = !fence;
		int l = 0;
		while (!fence && (size_t)l < n && s[l] == '#' && l < 4)
			l++;
		if (l && l <= 3 && (size_t)l < n && s[l] == ' ') {
			size_t k = (size_t)l;
			while (k < n && (s[k] == ' ' || s[k] == '*' || s[k] == '_'))
				k++;
			prr_date_hit hit;
			if (prr_rec_date_find(s + k, n - k, &hit) && hit.at == 0 &&
			    hit.prec == PRR_DATE_DAY && (!level || l == level)) {
				level = l;
				struct entry *x = PRR_VEC_PUSH(im->a, e, ne, cap);
				x->line = line;
				x->at = a + k;
				x->n = n - k;
				memcpy(x->day, hit.date, sizeof x->day);
				end = -1;
			} else if (ne && l <= level && end < 0) {
				end = line; /* another heading: the log ends */
			}
		} else if (!fence && ne && end < 0) {
			if (blank && imp_thematic_break(s, n))
				end = line;
			else if (!e[ne - 1].says)
				e[ne - 1].says = states_verdict(s, n);
		} else if (!fence && !ne && !top_says) {
			top_says = states_verdict(s, n);
		}
		blank = true;
		for (size_t k = 0; k < n && blank; k++)
			blank = s[k] == ' ' || s[k] == '\t' || s[k] == '\r';
		a = b + 1;
	}
	if (ne < 2 || top_says)
		return; /* (a verdict above the entries: one review's parts) */
	int dir = strcmp(e[1].day, e[0].day) > 0 ? 1 : -1;
	size_t says = 0;
	for (size_t k = 0; k < ne; k++) {
		int c = k ? strcmp(e[k].day, e[k - 1].day) : dir;
		if (dir > 0 ? c <= 0 : c >= 0)
			return; /* not in order: no log */
		says += e[k].says;
	}
	size_t newest = dir > 0 ? ne - 1 : 0;
	if (!e[newest].says || says < 2)
		return;
	prr_buf lines = PRR_BUF_INIT;
	for (size_t k = 0; k < ne; k++) {
		if (k == newest)
			continue;
		struct imp_lines *h = PRR_VEC_PUSH(im->a, im->history, im->n_history,
						   im->cap_history);
		int to = k + 1 < ne ? e[k + 1].line : end >= 0 ? end : line;
		h->from = doc_line(im, e[k].line);
		h->to = to < line ? doc_line(im, to) : doc_line(im, line - 1) + 1;
		if (im->n_history <= 8)
			prr_buf_addf(&lines, "%s%d (%s)", lines.n ? ", " : "",
				     h->from, e[k].day);
		else if (im->n_history == 9)
			prr_buf_addf(&lines, ", …");
	}
	prr_date_hit hit;
	if (prr_rec_date_find(text + e[newest].at, e[newest].n, &hit))
		imp_date_take(im, &hit, 3, doc_line(im, e[newest].line));
	prr_diag_add(im->d, PRR_DIAG_NOTE, im->path, &im->map,
		     doc_line(im, e[newest].line), 1,
		     "a running log of %zu entries, each under a heading with its "
		     "day: read the newest, of %s; the earlier ones (lines %s) are "
		     "its history, kept as narrative, not read", ne, e[newest].day,
		     lines.p);
	prr_buf_free(&lines);
}

bool imp_history_line(const imp *im, int line)
{
	size_t lo = 0, hi = im->n_history;
	while (lo < hi) { /* the first range that ends after `line` */
		size_t mid = lo + (hi - lo) / 2;
		if (im->history[mid].to <= line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < im->n_history && im->history[lo].from <= line;
}
