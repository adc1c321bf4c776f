/*
 * rec_date.h - recognising the dates people write in review documents.
 *
 * A review says when it was made in many ways: "2026-02-18", "Aug 4,
 * 2025", "28 de janeiro de 2026", "15. März 2026", "2026年1月11日",
 * "18/12/2025".  prr_rec_date_find() reads the first such date in a text
 * and says where it stands; prr_rec_date_label() says whether a field
 * label ("Assessment Date", "Fecha", "创建日期") announces the review's
 * date or some other date ("Next review", "Due").
 *
 * Both are pure functions: they allocate nothing, keep no state (safe
 * from any thread), read only s[0..n) (the text need not be
 * NUL-terminated and may be any bytes) and take time linear in n.
 *
 * What is read (month names in English, Portuguese, Spanish, German,
 * French and Italian, any case, accented or not where people drop the
 * accent: "Maerz", "fevrier", "aout"):
 *
 *   2026-02-18   2026/2/18   2026年1月11日   2026년 1월 11일
 *   ２０２６年１月１１日 (full-width digits)
 *   August 4, 2025   Aug. 4 2025   December 22nd, 2024   4 August 2025
 *   4th of August 2025   28 de janeiro de 2026   1 de noviembre del 2025
 *   15. März 2026   1er mars 2026   1º de março de 2026   04-Aug-2025
 *   18/12/2025   18.12.2025   12/18/2025   5/5/2025  (only one reading)
 *   December 2024   dezembro de 2025   2026年1月    (a month: PRR_DATE_MONTH)
 *
 * and after a day, a time: "T12:35:00+10:00", " 11:41:00Z",
 * " 03:12:39 UTC", " 15:40 JST", ", 3:40 PM", " at 10:00 UTC+05:30",
 * " 10:20:30 +0000".  Zone names are read in capitals; a bare offset only
 * after 'T' or seconds ("10:00-11:00" is a range, not a zone).
 *
 * What is not: a day and month both 12 or less and different ("03/04/2025"
 * is March or April), two-digit years, years before 1970 or after 2199,
 * days that do not exist ("2026-02-30"), a year alone, "2025-12" (often a
 * range of years), "2026-1-9" (ISO writes two digits), "2026.01.09"
 * (looks like a version), compact "20260218", digits glued to letters or
 * continuing a dotted number ("v2.10.2026", "1.2.3.2026"), ambiguous zone
 * names (CST, IST).  A weekday is not part of the span ("Monday, August
 * 4, 2025" reads "August 4, 2025"); a range of days in one month gives
 * the month ("15–20 March 2026" reads "March 2026").
 */
#ifndef PRR_REC_DATE_H
#define PRR_REC_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* How much of a date the text gave. */
typedef enum prr_date_prec {
	PRR_DATE_NONE = 0, /* no date */
	PRR_DATE_MONTH,    /* a month of a year: "December 2024" */
	PRR_DATE_DAY,      /* a day: "2024-12-22" */
} prr_date_prec;

/* A date found in a text. */
typedef struct prr_date_hit {
	char date[11];      /* "YYYY-MM-DD" (DAY) or "YYYY-MM" (MONTH); "" */
	prr_date_prec prec;
	size_t at, len;     /* s[at..at+len): the bytes read, time included */
	bool has_time;      /* hour, minute, second (0 when not written) */
	int hour, minute, second;
	bool has_zone;      /* zone_minutes: the offset east of UTC */
	int zone_minutes;   /* "Z", "UTC" 0; "JST" +540; "-03:00" -180 */
} prr_date_hit;

/*
 * Finds the first date a reader would take in s[0..n): the one that
 * starts first.  Returns true and fills `*hit`, or false with `*hit`
 * zeroed (prec PRR_DATE_NONE); `hit` must not be NULL.  In a range
 * ("Dec 15, 2025 – Jan 4, 2026") the first date is found and `len`
 * covers only it; call again on s + at + len for the next.  A time is
 * read only after a day.
 */
bool prr_rec_date_find(const char *s, size_t n, prr_date_hit *hit);

/*
 * How a document writes days in digits where both readings are open:
 * "03/04/2026" is 4 March in a document that also writes "02/18/2026"
 * (only month first reads it) and 3 April in one that writes "17/04/2026"
 * (only day first).  Open where the document has neither, or both.
 * Dotted days ("17.04.2026") are day first everywhere and settle nothing.
 */
typedef enum prr_date_order {
	PRR_DATE_ORDER_OPEN = 0,
	PRR_DATE_DAY_FIRST,
	PRR_DATE_MONTH_FIRST,
} prr_date_order;

/* The order the days in digits of s[0..n) settle. */
prr_date_order prr_rec_date_order(const char *s, size_t n);

/* prr_rec_date_find(), a day of two readings read in `order` (open: not
 * read, as prr_rec_date_find() does). */
bool prr_rec_date_find_as(const char *s, size_t n, prr_date_order order,
			  prr_date_hit *hit);

/* What a field label says about the date in its value. */
enum {
	PRR_DATE_LABEL_NO = 0,     /* not the review's date ("Next review") */
	PRR_DATE_LABEL_WEAK = 1,   /* maybe: "Updated", "Last Updated",
				      "Generated", "Document date" (take it
				      when nothing strong is) */
	PRR_DATE_LABEL_STRONG = 2, /* the review's date: "Date", "Review Date",
				      "Assessed", "Fecha",
				      "Data", "Datum", "Stand", "日付",
				      "评估日期", "作成日", "Date de l'audit" */
};

/*
 * Ranks the field label s[0..n) (one of the PRR_DATE_LABEL_ values).
 * Case does not matter (ASCII and Latin-1 letters); spaces, '*', '_',
 * '#', '|', ':' and the full-width '：' around it, and a parenthesis at
 * its end ("Date (UTC)"), are ignored, as are '-' and '_' between words.
 * A label naming another date is PRR_DATE_LABEL_NO even when it says
 * "date": next, due, deadline, target, start, end, expiry, release,
 * launch, go-live, planned, scheduled, estimated, expected, previous,
 * and the same in the other languages ("Próxima revisão", "Fecha
 * límite", "Date de fin", "Fälligkeitsdatum", "截止日期", "次回").  A
 * label of more than 95 bytes (trimmed, spaces collapsed) is
 * PRR_DATE_LABEL_NO.
 */
int prr_rec_date_label(const char *s, size_t n);
/* The same in a document that is itself a review again (its title says
 * "Re-review"): "Date of re-review", "Re-review date" are its own day,
 * not one to come; "Next re-review" still is. */
int prr_rec_date_label_again(const char *s, size_t n);

/*
 * Whether the label s[0..n) names another date than the review's, with
 * or without the word "date" ("ETA", "Go-live", "Planned release",
 * "Cutover", "Próxima revisão"): the words listed above.
 */
bool prr_rec_date_other(const char *s, size_t n);

/*
 * Whether the label s[0..n) names an event of its own, a test or a step
 * towards launch ("Pen test", "Canary", "Dress rehearsal", "Store review",
 * "Submission"): a day under it alone near the top is that event's, not
 * the review's.  (Not prr_rec_date_other: checks are named so too.)
 */
bool prr_rec_date_event(const char *s, size_t n);

/*
 * Whether the words s[0..n) of a heading, beside its day, name the
 * review itself: a label of the review's date ("Meeting", "Date"), or a
 * review's words naming no other day ("Review 3", "Readiness review";
 * not "Post-launch review", "Load test", "Minutes of the last meeting").
 */
bool prr_rec_date_names_review(const char *s, size_t n);

/*
 * The first date of s[0..n) that has two readings ("06/03/2026",
 * "03.06.2026": day and month both 12 or less and different), which
 * prr_rec_date_find() therefore does not read: true with its span in
 * s[*at .. *at + *len), so that a review without a date can be told
 * why.  Digits glued to others ("v1.06/03/2026") are none.
 */
bool prr_rec_date_ambiguous(const char *s, size_t n, size_t *at, size_t *len);

/*
 * Whether s[0..n) names a month or a day and nothing else, as the header
 * of a column of one state of a series ("March", "Apr 2026", "2026-04",
 * "2026-04-09"; a quarter or a half, "Q1 2026", "2026-Q1", "H2 FY26").
 */
bool prr_rec_date_period(const char *s, size_t n);

#endif
