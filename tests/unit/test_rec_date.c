/* test_rec_date.c - the date recogniser and the date labels (rec_date.h).
 * The sentences are made up for these tests. */
#include "test.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "prr/rec_date.h"

static prr_date_hit find(const char *text)
{
	prr_date_hit h;
	memset(&h, 0x5A, sizeof h); /* garbage the finder must overwrite */
	prr_rec_date_find(text, strlen(text), &h);
	return h;
}

/* The date read in `text` ("" when none). */
#define CHECK_DATE(text, want)                                               \
	do {                                                                 \
		prr_date_hit h_ = find(text);                                \
		CHECK_STR(h_.date, want);                                    \
	} while (0)

/* No date at all in `text`. */
#define CHECK_NONE(text)                                                     \
	do {                                                                 \
		prr_date_hit h_ = find(text);                                \
		CHECK(!prr_rec_date_find(text, strlen(text), &h_));          \
		CHECK_INT(h_.prec, PRR_DATE_NONE);                           \
		CHECK_STR(h_.date, "");                                      \
	} while (0)

/* Each {text, date} row: the date read in the text; "" for none. */
static void check_dates(const char *const (*rows)[2], size_t count)
{
	for (size_t k = 0; k < count; k++) {
		const char *text = rows[k][0], *want = rows[k][1];
		prr_date_hit h = find(text);
		bool found = prr_rec_date_find(text, strlen(text), &h);
		if (strcmp(h.date, want) != 0 || found != (*want != 0))
			prr_test_fail(__FILE__, __LINE__,
				      "\"%s\" reads \"%s\", expected \"%s\"",
				      text, h.date, want);
	}
}

#define CHECK_DATES(rows) check_dates(rows, sizeof rows / sizeof *rows)

/* The hit in `text`, whose span must be the text `want`. */
static prr_date_hit find_span(const char *text, const char *want)
{
	prr_date_hit h = find(text);
	if (h.len != strlen(want) || h.at + h.len > strlen(text) ||
	    memcmp(text + h.at, want, h.len) != 0)
		prr_test_fail(__FILE__, __LINE__,
			      "\"%s\": read %zu bytes at %zu, expected \"%s\"",
			      text, h.len, h.at, want);
	return h;
}

static int label(const char *s)
{
	return prr_rec_date_label(s, strlen(s));
}

/*** ISO and times ***/

PRR_TEST(rec_date__iso_day)
{
	prr_date_hit h = find_span("Signed off on 2026-02-18 by the lead.",
				   "2026-02-18");
	CHECK_STR(h.date, "2026-02-18");
	CHECK_INT(h.prec, PRR_DATE_DAY);
	CHECK_INT(h.at, 14);
	CHECK(!h.has_time);
	CHECK(!h.has_zone);
}

PRR_TEST(rec_date__iso_slashes_and_short_parts)
{
	static const char *const dates[][2] = {
		{ "filed 2026/01/09", "2026-01-09" },
		{ "filed 2026/1/9", "2026-01-09" },
		{ "mixed 2026-01/09", "" },
		{ "short 2026-1-9", "" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__iso_t_time_offset)
{
	prr_date_hit h = find_span("stamp 2026-02-18T12:35:00+10:00 end",
				   "2026-02-18T12:35:00+10:00");
	CHECK_STR(h.date, "2026-02-18");
	CHECK(h.has_time);
	CHECK_INT(h.hour, 12);
	CHECK_INT(h.minute, 35);
	CHECK_INT(h.second, 0);
	CHECK(h.has_zone);
	CHECK_INT(h.zone_minutes, 600);
}

PRR_TEST(rec_date__space_time_z)
{
	prr_date_hit h = find("run at 2026-02-18 11:41:07Z, then");
	CHECK_INT(h.hour, 11);
	CHECK_INT(h.minute, 41);
	CHECK_INT(h.second, 7);
	CHECK(h.has_zone);
	CHECK_INT(h.zone_minutes, 0);
	CHECK_INT(h.len, strlen("2026-02-18 11:41:07Z"));
}

PRR_TEST(rec_date__utc_and_named_zones)
{
	prr_date_hit h = find("2025-12-20 03:12:39 UTC");
	CHECK(h.has_zone);
	CHECK_INT(h.zone_minutes, 0);
	CHECK_INT(h.second, 39);
	CHECK_INT(h.len, 23);
	h = find("2026-01-09 15:40 JST");
	CHECK_INT(h.hour, 15);
	CHECK_INT(h.zone_minutes, 540);
	CHECK_INT(h.len, 20);
	h = find("2026-01-09 08:00 PST");
	CHECK_INT(h.zone_minutes, -480);
	h = find("2026-01-09 08:00 UTC+05:30");
	CHECK_INT(h.zone_minutes, 330);
	h = find("2026-01-09 08:00 GMT-3");
	CHECK_INT(h.zone_minutes, -180);
}

PRR_TEST(rec_date__offset_forms)
{
	prr_date_hit h = find("2026-03-01T06:00:00-0300");
	CHECK(h.has_zone);
	CHECK_INT(h.zone_minutes, -180);
	h = find("2026-03-01T06:00:00.250+01");
	CHECK_INT(h.zone_minutes, 60);
	CHECK_INT(h.second, 0);
	h = find("2026-03-01 06:00:00 +0900");
	CHECK_INT(h.zone_minutes, 540);
	/* an offset past +14:00 is not one */
	h = find("2026-03-01T06:00:00+15:00");
	CHECK(!h.has_zone);
}

PRR_TEST(rec_date__time_range_is_not_a_zone)
{
	prr_date_hit h = find_span("window 2026-03-01 10:00-11:00 local",
				   "2026-03-01 10:00");
	CHECK_STR(h.date, "2026-03-01");
	CHECK(h.has_time);
	CHECK_INT(h.hour, 10);
	CHECK(!h.has_zone);
}

PRR_TEST(rec_date__am_pm)
{
	prr_date_hit h = find("August 4, 2025 3:40 PM EDT");
	CHECK_STR(h.date, "2025-08-04");
	CHECK_INT(h.hour, 15);
	CHECK_INT(h.zone_minutes, -240);
	h = find("2025-08-04 12:05 a.m.");
	CHECK_INT(h.hour, 0);
	h = find("2025-08-04, 12:05 pm");
	CHECK_INT(h.hour, 12);
	CHECK_INT(h.minute, 5);
}

PRR_TEST(rec_date__bad_time_keeps_the_day)
{
	prr_date_hit h = find("2026-02-18 25:10 was the slot");
	CHECK_STR(h.date, "2026-02-18");
	CHECK(!h.has_time);
	CHECK_INT(h.len, 10);
	h = find("2026-02-18 7:5 later");
	CHECK(!h.has_time);
	/* a 'T' with no time after it glues the date to a word */
	CHECK_NONE("2026-02-18Tnoon");
}

/*** English month names ***/

PRR_TEST(rec_date__english_month_first)
{
	prr_date_hit h = find_span("Reviewed August 4, 2025 by two engineers",
				   "August 4, 2025");
	CHECK_STR(h.date, "2025-08-04");
	static const char *const dates[][2] = {
		{ "Aug 4 2025", "2025-08-04" },
		{ "aug. 4, 2025", "2025-08-04" },
		{ "SEPT 30 2025", "2025-09-30" },
		{ "on December 22nd, 2024 we met", "2024-12-22" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__weekday_and_mail_dates)
{
	prr_date_hit h = find_span("Monday, August 4, 2025: kickoff",
				   "August 4, 2025");
	CHECK_STR(h.date, "2025-08-04");
	h = find_span("Date: Tue, 4 Aug 2025 10:20:30 +0000 (UTC)",
		      "4 Aug 2025 10:20:30 +0000");
	CHECK(h.has_zone);
	CHECK_INT(h.zone_minutes, 0);
	CHECK_INT(h.second, 30);
}

PRR_TEST(rec_date__english_day_first)
{
	static const char *const dates[][2] = {
		{ "held 4 August 2025 in Lisbon", "2025-08-04" },
		{ "the 4th of August, 2025", "2025-08-04" },
		{ "31 Dec 2025", "2025-12-31" },
		{ "1st MARCH 2026", "2026-03-01" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__dashed_and_at)
{
	prr_date_hit h = find_span("04-Aug-2025 done", "04-Aug-2025");
	CHECK_STR(h.date, "2025-08-04");
	h = find_span("on 1 Jan 2026 at 10:00 UTC.", "1 Jan 2026 at 10:00 UTC");
	CHECK_INT(h.hour, 10);
	CHECK(h.has_zone);
	CHECK_NONE("04-Aug-25");
}

PRR_TEST(rec_date__month_and_year)
{
	prr_date_hit h = find("Planned for December 2024.");
	CHECK_STR(h.date, "2024-12");
	CHECK_INT(h.prec, PRR_DATE_MONTH);
	CHECK(!h.has_time);
	h = find("January 2025");
	CHECK_STR(h.date, "2025-01");
	CHECK_INT(h.len, 12);
	/* a month never takes a time */
	h = find("May 2026 10:00");
	CHECK_INT(h.prec, PRR_DATE_MONTH);
	CHECK(!h.has_time);
}

PRR_TEST(rec_date__month_needs_word_bounds)
{
	static const char *const dates[][2] = {
		{ "Marching 4 2025", "" },
		{ "remay 4, 2025", "" },
		{ "August 4", "" },
		{ "August 2025x", "" },
	};
	CHECK_DATES(dates);
}

/*** Other languages ***/

PRR_TEST(rec_date__portuguese)
{
	static const char *const dates[][2] = {
		{ "Feito em 28 de janeiro de 2026.", "2026-01-28" },
		{ "18 de Dezembro de 2024", "2024-12-18" },
		{ "21 dezembro 2025", "2025-12-21" },
		{ "1º de março de 2026", "2026-03-01" },
		{ "5 DE MARÇO DE 2026", "2026-03-05" },
	};
	CHECK_DATES(dates);
	prr_date_hit h = find("em dezembro de 2025");
	CHECK_STR(h.date, "2025-12");
	CHECK_INT(h.prec, PRR_DATE_MONTH);
}

PRR_TEST(rec_date__portuguese_span)
{
	prr_date_hit h = find_span("Data: 28 de janeiro de 2026, revisão",
				   "28 de janeiro de 2026");
	CHECK_INT(h.prec, PRR_DATE_DAY);
	CHECK(!h.has_time);
}

PRR_TEST(rec_date__spanish)
{
	static const char *const dates[][2] = {
		{ "el 1 de noviembre de 2025", "2025-11-01" },
		{ "8 NOVIEMBRE 2025", "2025-11-08" },
		{ "3 de enero del 2026", "2026-01-03" },
		{ "12 septiembre 2025", "2025-09-12" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__german)
{
	static const char *const dates[][2] = {
		{ "Stand: 15. März 2026", "2026-03-15" },
		{ "15. Maerz 2026", "2026-03-15" },
		{ "15. MÄRZ 2026", "2026-03-15" },
		{ "3. Januar 2026", "2026-01-03" },
		{ "24. Dez. 2025", "2025-12-24" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__french)
{
	static const char *const dates[][2] = {
		{ "le 8 Novembre 2025", "2025-11-08" },
		{ "1er mars 2026", "2026-03-01" },
		{ "23 août 2025", "2025-08-23" },
		{ "23 AOÛT 2025", "2025-08-23" },
		{ "2 février 2026", "2026-02-02" },
		{ "2 FÉVRIER 2026", "2026-02-02" },
		{ "19 décembre 2025", "2025-12-19" },
		{ "19 decembre 2025", "2025-12-19" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__italian)
{
	static const char *const dates[][2] = {
		{ "il 7 gennaio 2026", "2026-01-07" },
		{ "30 giugno 2025", "2025-06-30" },
		{ "9 ottobre 2025", "2025-10-09" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__nordic)
{
	static const char *const dates[][2] = {
		{ "Datum: 7 oktober 2026", "2026-10-07" },  /* Swedish */
		{ "den 2 augusti 2026", "2026-08-02" },
		{ "Dato: 3. marts 2026", "2026-03-03" },    /* Danish */
		{ "4. februar 2026", "2026-02-04" },         /* Norwegian */
		{ "24. desember 2026", "2026-12-24" },
		{ "12. maaliskuuta 2026", "2026-03-12" },    /* Finnish */
		{ "maaliskuu 2026", "2026-03" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__central_and_eastern_european)
{
	static const char *const dates[][2] = {
		{ "Datum posouzení: 21. září 2026", "2026-09-21" }, /* Czech */
		{ "k 1. listopadu 2026", "2026-11-01" },
		{ "15. října 2026", "2026-10-15" },
		{ "4 листопада 2026 р.", "2026-11-04" },  /* Ukrainian */
		{ "8 Грудня 2026", "2026-12-08" },
		{ "2026. szeptember 14.", "2026-09-14" }, /* Hungarian */
		{ "2026. október 1-jén", "2026-10-01" },
		{ "19 februarie 2026", "2026-02-19" },    /* Romanian */
		{ "3 MARTIE 2026", "2026-03-03" },
		{ "18 Νοεμβρίου 2026", "2026-11-18" },    /* Greek */
		{ "Οκτώβριος 2026", "2026-10" },
	};
	CHECK_DATES(dates);
	/* a year first needs its month name: "2026. 14" is no date */
	CHECK_NONE("2026. 14 items");
}

PRR_TEST(rec_date__indonesian_hebrew_arabic)
{
	static const char *const dates[][2] = {
		{ "Tanggal tinjauan: 9 Februari 2026", "2026-02-09" },
		{ "pada 23 Agustus 2026", "2026-08-23" },
		{ "15 ביולי 2026", "2026-07-15" },
		{ "ב-3 באוגוסט 2026", "2026-08-03" },
		{ "12 أكتوبر 2026", "2026-10-12" },
		{ "1 تشرين الثاني 2026", "2026-11-01" },
	};
	CHECK_DATES(dates);
}

/* Thai counts years in the Buddhist Era: 2569 is 2026 */
PRR_TEST(rec_date__thai_buddhist_era)
{
	static const char *const dates[][2] = {
		{ "วันที่ประชุม: 15 มกราคม 2569", "2026-01-15" },
		{ "15 มกราคม พ.ศ. 2569", "2026-01-15" },
		{ "3 ธ.ค. 2568", "2025-12-03" },
		{ "15 มกราคม 2026", "2026-01-15" },
		/* Thai words touch numbers and each other */
		{ "ณวันที่15 มกราคม 2569", "2026-01-15" },
		{ "ประชุมเดือนมกราคม 2569", "2026-01" },
	};
	CHECK_DATES(dates);
	/* only after a Thai month: 2569 is no year of ours */
	CHECK_NONE("15 January 2569");
}

/*** CJK ***/

PRR_TEST(rec_date__cjk)
{
	static const char *const dates[][2] = {
		{ "评估于2026年1月11日完成", "2026-01-11" },
		{ "2026年01月11日", "2026-01-11" },
		{ "２０２６年１月１１日", "2026-01-11" },
		{ "2026 年 1 月 11 日", "2026-01-11" },
		{ "2026년 1월 11일", "2026-01-11" },
	};
	CHECK_DATES(dates);
	prr_date_hit h = find("2026年3月に実施");
	CHECK_STR(h.date, "2026-03");
	CHECK_INT(h.prec, PRR_DATE_MONTH);
	CHECK_NONE("2026年13月1日");
}

PRR_TEST(rec_date__full_width_span)
{
	prr_date_hit h = find_span("日付：２０２６年１月１１日。",
				   "２０２６年１月１１日");
	CHECK_INT(h.at, strlen("日付："));
	CHECK_STR(h.date, "2026-01-11");
}

/*** Numeric days and months ***/

PRR_TEST(rec_date__numeric_unambiguous)
{
	static const char *const dates[][2] = {
		{ "due 18/12/2025", "2025-12-18" },
		{ "18.12.2025", "2025-12-18" },
		{ "18-12-2025", "2025-12-18" },
		{ "12/18/2025", "2025-12-18" },
		{ "5/5/2025", "2025-05-05" },
		{ "07.07.2025", "2025-07-07" },
		/* dots are written day first */
		{ "on 11.12.2025 at noon", "2025-12-11" },
		{ "Datum: 12.03.2026", "2026-03-12" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__numeric_ambiguous_not_taken)
{
	static const char *const dates[][2] = {
		{ "03/04/2025", "" },
		{ "1/2/2026", "" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__numeric_not_real)
{
	static const char *const dates[][2] = {
		{ "31/04/2025", "" },
		{ "13/13/2025", "" },
		{ "00/12/2025", "" },
		{ "18/12/25", "" },
	};
	CHECK_DATES(dates);
}

/*** Calendar and range ***/

/* Real days (no 30 February, 29 February in leap years) of 1970-2199. */
PRR_TEST(rec_date__real_days_in_range)
{
	static const char *const dates[][2] = {
		{ "February 29, 2028", "2028-02-29" },
		{ "2024-02-29", "2024-02-29" },
		{ "1970-01-01", "1970-01-01" },
		{ "2199-12-31", "2199-12-31" },
		{ "2026-02-30", "" },
		{ "2026-13-01", "" },
		{ "2026-00-10", "" },
		{ "February 29, 2026", "" },
		{ "1969-12-31", "" },
		{ "2200-01-01", "" },
		{ "December 1969", "" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__range_takes_first)
{
	const char *t = "Freeze: Dec 15, 2025 – Jan 4, 2026";
	prr_date_hit h = find_span(t, "Dec 15, 2025");
	CHECK_STR(h.date, "2025-12-15");
	/* and the next one after it */
	const char *rest = t + h.at + h.len;
	prr_date_hit h2;
	CHECK(prr_rec_date_find(rest, strlen(rest), &h2));
	CHECK_STR(h2.date, "2026-01-04");
}

PRR_TEST(rec_date__first_wins)
{
	static const char *const dates[][2] = {
		{ "moved from 2025-11-02 to 3 March 2026", "2025-11-02" },
		{ "moved from March 3, 2026 to 2025-11-02", "2026-03-03" },
		/* a failed candidate does not hide a later one */
		{ "03/04/2025 then 2025-04-05", "2025-04-05" },
	};
	CHECK_DATES(dates);
}

/*** What is not a date ***/

PRR_TEST(rec_date__versions)
{
	static const char *const dates[][2] = {
		{ "v2.10.2026", "" },
		{ "release 1.2.3", "" },
		{ "build 4.18.2025.7", "" },
		{ "tag 1.2.2026.4", "" },
		{ "version 2026.01.09", "" },
		{ "v2026.01.09", "" },
		/* a day written with dots, year first (Korean usage) */
		{ "2026.01.09", "2026-01-09" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__hex_and_glued)
{
	static const char *const dates[][2] = {
		{ "commit 2026a3f9c0e1b2d4", "" },
		{ "id abc2026-02-18", "" },
		{ "id 2026-02-18abc", "" },
		{ "x12/18/2025", "" },
		{ "release2026-01-09", "" },
		{ "é2026-01-09", "" },
		{ "20260218", "" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__scores_years_times_phones)
{
	static const char *const dates[][2] = {
		{ "score 4/5", "" },
		{ "2026", "" },
		{ "in 2026 we ship", "" },
		{ "12:35", "" },
		{ "2025-12", "" },
		{ "2011-12 budgets", "" },
		{ "call +1 555-12-2025", "" },
		{ "tel 555-0123-2025", "" },
		{ "ranges 2024-2026", "" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__dotted_number_continuation)
{
	/* "12/18/2025/3" is longer than a date; its parts are not dates */
	static const char *const dates[][2] = {
		{ "12/18/2025/3", "" },
		{ "5.18.12.2025", "" },
		/* a range of days: its first day is not written whole, so
		 * only the month is read */
		{ "15–20 March 2026", "2026-03" },
		{ "15-20 March 2026", "2026-03" },
	};
	CHECK_DATES(dates);
}

PRR_TEST(rec_date__punctuation_around)
{
	static const char *const dates[][2] = {
		{ "(2026-02-18)", "2026-02-18" },
		{ "**2026-02-18**", "2026-02-18" },
		{ "`2026-02-18`.", "2026-02-18" },
		{ "report-2026-02-18.md", "2026-02-18" },
		{ "“August 4, 2025”", "2025-08-04" },
	};
	CHECK_DATES(dates);
}

/*** Safety ***/

PRR_TEST(rec_date__empty_and_null_hit_zeroed)
{
	prr_date_hit h;
	memset(&h, 0x7F, sizeof h);
	CHECK(!prr_rec_date_find("", 0, &h));
	CHECK_INT(h.prec, PRR_DATE_NONE);
	CHECK_INT(h.at, 0);
	CHECK_INT(h.len, 0);
	CHECK(!h.has_time);
	CHECK_STR(h.date, "");
}

/* Every prefix of each form, in a buffer of exactly that size (ASan
 * sees a read past n). */
PRR_TEST(rec_date__every_prefix_within_n)
{
	static const char *const texts[] = {
		"2026-02-18T12:35:00.5+10:00",
		"2025-12-20 03:12:39 UTC+05:30",
		"28 de janeiro de 2026",
		"15. März 2026",
		"December 22nd, 2024 3:40 p.m.",
		"２０２６年１月１１日",
		"12/18/2025",
		"1º de março de 2026",
	};
	for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
		size_t n = strlen(texts[t]);
		prr_date_hit whole;
		CHECK(prr_rec_date_find(texts[t], n, &whole));
		for (size_t k = 0; k <= n; k++) {
			char *p = malloc(k ? k : 1);
			memcpy(p, texts[t], k);
			prr_date_hit h;
			bool got = prr_rec_date_find(p, k, &h);
			CHECK(!got || h.at + h.len <= k);
			/* a cut date is no date, the same day or its month */
			CHECK(!got || strncmp(h.date, whole.date,
					      strlen(h.date)) == 0);
			free(p);
		}
	}
}

/* Random bytes and random pieces of dates: no crash, spans in bounds,
 * and a span read again on its own gives the same date. */
PRR_TEST(rec_date__hostile_bytes)
{
	static const char *const pieces[] = {
		"2026", "-", "/", ".", "12", "31", " ", "de ", "März ", "年",
		"月", "日", "\xEF\xBC", "\xC3", ":", "T", "+", "UTC", "9", "\xE2\x80",
	};
	uint32_t x = 12345;
	char buf[256];
	int hits = 0;
	for (int round = 0; round < 20000; round++) {
		size_t n = 0;
		while (n < sizeof buf - 16) {
			x = x * 1103515245u + 12345u;
			if (round % 2) {
				buf[n++] = (char)(x >> 16);
				continue;
			}
			const char *p =
				pieces[(x >> 16) % (sizeof pieces / sizeof *pieces)];
			size_t len = strlen(p);
			memcpy(buf + n, p, len);
			n += len;
		}
		char *p = malloc(n); /* exactly n: ASan sees a read past it */
		memcpy(p, buf, n);
		prr_date_hit h, again;
		if (prr_rec_date_find(p, n, &h)) {
			hits++;
			CHECK(h.at + h.len <= n);
			CHECK(h.prec != PRR_DATE_NONE);
			/* the span alone reads the same date, whole */
			CHECK(prr_rec_date_find(p + h.at, h.len, &again));
			CHECK(strcmp(again.date, h.date) == 0);
			CHECK_INT(again.len, h.len);
		}
		free(p);
	}
	CHECK(hits > 100); /* the pieces do make dates */
}

/* Long runs of near-dates: linear time (quadratic would not finish). */
PRR_TEST(rec_date__long_input_linear)
{
	size_t n = 1 << 20;
	char *p = malloc(n);
	static const char unit[] = "1 de Aug 12/12/20 ";
	for (size_t i = 0; i < n; i++)
		p[i] = unit[i % (sizeof unit - 1)];
	prr_date_hit h;
	CHECK(!prr_rec_date_find(p, n, &h));
	memset(p, ' ', n);
	memcpy(p + n - 10, "2026-02-18", 10);
	CHECK(prr_rec_date_find(p, n, &h));
	CHECK_INT(h.at, n - 10);
	memset(p, '7', n);
	CHECK(!prr_rec_date_find(p, n, &h));
	free(p);
}

/*** Labels ***/

/* Each of `labels` has the rank `want`; a failure names the label. */
static void check_rank(const char *const *labels, size_t count, int want)
{
	for (size_t k = 0; k < count; k++) {
		int got = label(labels[k]);
		if (got != want)
			prr_test_fail(__FILE__, __LINE__,
				      "label \"%s\" ranks %d, expected %d",
				      labels[k], got, want);
	}
}

#define CHECK_RANK(labels, want)                                             \
	check_rank(labels, sizeof labels / sizeof *labels, want)

PRR_TEST(rec_date__label_strong_english)
{
	static const char *const labels[] = {
		"Date", "**Review Date:**", "Assessment Date", "ASSESSED:",
		"Audited", "Verification Date", "Audit Completed",
		"Decision Date", "Date of Review", "Date (UTC)", "Go/No-Go Decision Date",
		"Sign-off date",
	};
	CHECK_RANK(labels, PRR_DATE_LABEL_STRONG);
}

PRR_TEST(rec_date__label_strong_other_languages)
{
	static const char *const labels[] = {
		"Fecha", "Data", "Datum:", "Fecha de revisión",
		"Data da avaliação", "Prüfdatum", "Stand",
		"Date de l'audit", "Date de l’audit", "Date d'évaluation",
		"Revisado em", "Geprüft am", "Évalué le",
		"Data do relatório", "ÜBERPRÜFUNGSDATUM",
		"Datum posouzení", "**Дата огляду:**", "Dato", "Dátum",
		"Päivämäärä", "Tanggal tinjauan", "Ημερομηνία αναθεώρησης",
		"תאריך הסקירה", "التاريخ",
	};
	CHECK_RANK(labels, PRR_DATE_LABEL_STRONG);
}

PRR_TEST(rec_date__label_strong_cjk)
{
	static const char *const labels[] = {
		"日付", "日期：", "**评估日期**：", "创建日期", "作成日",
		"更新日", "審査日", "開催日", "実施日",
	};
	CHECK_RANK(labels, PRR_DATE_LABEL_STRONG);
}

PRR_TEST(rec_date__label_weak)
{
	static const char *const labels[] = {
		"Updated", "Generated:", "Generated on", "Created",
		"Document Date",
		/* an edit's day, weaker than a label of the review's */
		"Last Updated", "last-updated", "Última atualização",
		"ÚLTIMA ATUALIZAÇÃO", "Atualizado em", "最終更新",
	};
	CHECK_RANK(labels, PRR_DATE_LABEL_WEAK);
}

PRR_TEST(rec_date__label_other_dates)
{
	static const char *const labels[] = {
		"Next review", "Next Review Date", "Próxima revisão", "Due",
		"Due Date", "Deadline", "Target date", "Start", "Start Date",
		"End", "Go-Live Date", "Re-review date", "Fecha límite",
		"Date de fin", "Fälligkeitsdatum", "Startdatum", "截止日期",
		"次回レビュー日", "Previous review date", "Release Date",
		"Estimated date", "Expected completion date",
		"Nästa granskning", "Seuraava katselmus", "Tenggat",
		"Határidő", "Повторний огляд", "Προθεσμία", "กำหนดเสร็จ",
	};
	CHECK_RANK(labels, PRR_DATE_LABEL_NO);
}

PRR_TEST(rec_date__label_not_dates)
{
	static const char *const labels[] = {
		"Status", "Reviewer", "Data Source", "Test Data",
		"Date Range", "", "**::**", "Updates", "日",
	};
	CHECK_RANK(labels, PRR_DATE_LABEL_NO);
}

PRR_TEST(rec_date__label_bounds)
{
	/* not NUL-terminated: only n bytes are read */
	const char text[] = { 'D', 'a', 't', 'e', 's' };
	CHECK_INT(prr_rec_date_label(text, 4), PRR_DATE_LABEL_STRONG);
	CHECK_INT(prr_rec_date_label(text, 5), PRR_DATE_LABEL_NO);
	char big[200];
	memset(big, 'a', sizeof big);
	memcpy(big + sizeof big - 5, " date", 5);
	CHECK_INT(prr_rec_date_label(big, sizeof big), PRR_DATE_LABEL_NO);
	/* a lone full-width colon, and one cut in half */
	CHECK_INT(prr_rec_date_label("：", 3), PRR_DATE_LABEL_NO);
	CHECK_INT(prr_rec_date_label("Date\xEF\xBC", 6), PRR_DATE_LABEL_NO);
}

/* a date of two readings is found to be said, never read */
PRR_TEST(rec_date__ambiguous_dates_are_found)
{
	static const struct { const char *s, *span; } yes[] = {
		{ "Last reviewed: 06/03/2026", "06/03/2026" },
		{ "on 1/2/2026.", "1/2/2026" },
	};
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		size_t at = 99, len = 99;
		CHECK(prr_rec_date_ambiguous(yes[i].s, strlen(yes[i].s), &at, &len));
		CHECK(len == strlen(yes[i].span) &&
		      strncmp(yes[i].s + at, yes[i].span, len) == 0);
	}
	static const char *const no[] = { "13/03/2026", "03/03/2026",
		"Datum 03.06.2026, Team B",
		"v1.06/03/2026", "06/03/26", "2026-03-06", "06/03/2026.1",
		"106/03/2026", "" };
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
		size_t at, len;
		if (prr_rec_date_ambiguous(no[i], strlen(no[i]), &at, &len))
			prr_test_fail(__FILE__, __LINE__, "'%s' read as ambiguous", no[i]);
	}
}

/* a column's header that names a month or a day of a series */
PRR_TEST(rec_date__period_headers)
{
	static const struct { const char *s; bool period; } cases[] = {
		{ "March", true }, { "Apr 2026", true }, { "2026-04", true },
		{ "2026-04-09", true }, { "**April**", true }, { "März", true },
		{ "2026-13", false }, { "Marching", false }, { "Notes", false },
		{ "March review", false }, { "", false },
		/* a day of no year */
		{ "12 March", true }, { "March 12", true }, { "12th March", true },
		{ "12. M\xC3\xA4rz", true }, { "32 March", false },
		{ "12 March review", false }, { "12 Marching", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (prr_rec_date_period(cases[i].s, strlen(cases[i].s)) != cases[i].period)
			prr_test_fail(__FILE__, __LINE__, "\"%s\"", cases[i].s);
}


/* A day of two readings is read as the text's other days in digits
 * settle it, and only then. */
PRR_TEST(rec_date__order_settled_by_the_text)
{
	static const struct {
		const char *text;
		prr_date_order order;
	} texts[] = {
		{ "Review date: 03/04/2026. Previous: 02/18/2026.",
		  PRR_DATE_MONTH_FIRST },
		{ "Reviewed 03/04/2026; lands before 17/04/2026.",
		  PRR_DATE_DAY_FIRST },
		{ "Reviewed 03/04/2026.", PRR_DATE_ORDER_OPEN },
		/* both orders written: nothing settled */
		{ "03/04/2026, 17/04/2026 and 02/18/2026", PRR_DATE_ORDER_OPEN },
		/* dotted days are day first everywhere: they settle nothing */
		{ "03/04/2026 and 17.04.2026", PRR_DATE_ORDER_OPEN },
		/* glued to a version: no day */
		{ "03/04/2026 and v1.17/04/2026", PRR_DATE_ORDER_OPEN },
		{ "13-04-2026 and 03-04-2026", PRR_DATE_DAY_FIRST },
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		const char *s = texts[i].text;
		prr_date_order got = prr_rec_date_order(s, strlen(s));
		if (got != texts[i].order)
			prr_test_fail(__FILE__, __LINE__, "'%s': order %d", s,
				      (int)got);
	}
	prr_date_hit hit;
	const char *s = "Review date: 03/04/2026";
	CHECK(!prr_rec_date_find(s, strlen(s), &hit));
	CHECK(prr_rec_date_find_as(s, strlen(s), PRR_DATE_MONTH_FIRST, &hit));
	CHECK_STR(hit.date, "2026-03-04");
	CHECK(prr_rec_date_find_as(s, strlen(s), PRR_DATE_DAY_FIRST, &hit));
	CHECK_STR(hit.date, "2026-04-03");
	/* a day of one reading stays what it is, whatever the order */
	s = "on 02/18/2026";
	CHECK(prr_rec_date_find_as(s, strlen(s), PRR_DATE_DAY_FIRST, &hit));
	CHECK_STR(hit.date, "2026-02-18");
}

/* Years of an era: Japan's (令和, 平成, 元年) and the Republic of
 * China's (中華民國, 民國). */
PRR_TEST(rec_date__era_years)
{
	static const struct { const char *s, *date; } cases[] = {
		{ "開催日：令和8年11月4日", "2026-11-04" },
		{ "令和元年5月1日", "2019-05-01" },
		{ "平成31年4月30日", "2019-04-30" },
		{ "審查日期：中華民國115年3月4日", "2026-03-04" },
		{ "民國115年3月4日", "2026-03-04" },
		{ "令和8年11月", "2026-11" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_date_hit hit;
		const char *s = cases[i].s;
		if (!prr_rec_date_find(s, strlen(s), &hit) ||
		    strcmp(hit.date, cases[i].date) != 0)
			prr_test_fail(__FILE__, __LINE__, "'%s': '%s'", s, hit.date);
	}
}
