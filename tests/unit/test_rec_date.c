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

/* The span read, as text. */
static const char *span(const char *text, const prr_date_hit *h, char *out)
{
	memcpy(out, text + h->at, h->len);
	out[h->len] = 0;
	return out;
}

static int label(const char *s)
{
	return prr_rec_date_label(s, strlen(s));
}

/*** ISO and times ***/

PRR_TEST(rec_date__iso_day)
{
	char buf[64];
	const char *t = "Signed off on 2026-02-18 by the on-call lead.";
	prr_date_hit h = find(t);
	CHECK_STR(h.date, "2026-02-18");
	CHECK_INT(h.prec, PRR_DATE_DAY);
	CHECK_INT(h.at, 14);
	CHECK_STR(span(t, &h, buf), "2026-02-18");
	CHECK(!h.has_time);
	CHECK(!h.has_zone);
}

PRR_TEST(rec_date__iso_slashes_and_short_parts)
{
	CHECK_DATE("filed 2026/01/09", "2026-01-09");
	CHECK_DATE("filed 2026/1/9", "2026-01-09");
	CHECK_NONE("mixed 2026-01/09");
	CHECK_NONE("short 2026-1-9");
}

PRR_TEST(rec_date__iso_t_time_offset)
{
	char buf[64];
	const char *t = "stamp 2026-02-18T12:35:00+10:00 end";
	prr_date_hit h = find(t);
	CHECK_STR(h.date, "2026-02-18");
	CHECK(h.has_time);
	CHECK_INT(h.hour, 12);
	CHECK_INT(h.minute, 35);
	CHECK_INT(h.second, 0);
	CHECK(h.has_zone);
	CHECK_INT(h.zone_minutes, 600);
	CHECK_STR(span(t, &h, buf), "2026-02-18T12:35:00+10:00");
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
	char buf[64];
	const char *t = "window 2026-03-01 10:00-11:00 local";
	prr_date_hit h = find(t);
	CHECK_STR(h.date, "2026-03-01");
	CHECK(h.has_time);
	CHECK_INT(h.hour, 10);
	CHECK(!h.has_zone);
	CHECK_STR(span(t, &h, buf), "2026-03-01 10:00");
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
	char buf[64];
	const char *t = "Reviewed August 4, 2025 by two engineers";
	prr_date_hit h = find(t);
	CHECK_STR(h.date, "2025-08-04");
	CHECK_STR(span(t, &h, buf), "August 4, 2025");
	CHECK_DATE("Aug 4 2025", "2025-08-04");
	CHECK_DATE("aug. 4, 2025", "2025-08-04");
	CHECK_DATE("SEPT 30 2025", "2025-09-30");
	CHECK_DATE("on December 22nd, 2024 we met", "2024-12-22");
}

PRR_TEST(rec_date__english_day_first)
{
	CHECK_DATE("held 4 August 2025 in Lisbon", "2025-08-04");
	CHECK_DATE("the 4th of August, 2025", "2025-08-04");
	CHECK_DATE("31 Dec 2025", "2025-12-31");
	CHECK_DATE("1st MARCH 2026", "2026-03-01");
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
	CHECK_NONE("Marching 4 2025");
	CHECK_NONE("remay 4, 2025");
	CHECK_NONE("August 4");
	CHECK_NONE("August 2025x");
}

/*** Other languages ***/

PRR_TEST(rec_date__portuguese)
{
	CHECK_DATE("Feito em 28 de janeiro de 2026.", "2026-01-28");
	CHECK_DATE("18 de Dezembro de 2024", "2024-12-18");
	CHECK_DATE("21 dezembro 2025", "2025-12-21");
	CHECK_DATE("1º de março de 2026", "2026-03-01");
	CHECK_DATE("5 DE MARÇO DE 2026", "2026-03-05");
	prr_date_hit h = find("em dezembro de 2025");
	CHECK_STR(h.date, "2025-12");
	CHECK_INT(h.prec, PRR_DATE_MONTH);
}

PRR_TEST(rec_date__spanish)
{
	CHECK_DATE("el 1 de noviembre de 2025", "2025-11-01");
	CHECK_DATE("8 NOVIEMBRE 2025", "2025-11-08");
	CHECK_DATE("3 de enero del 2026", "2026-01-03");
	CHECK_DATE("12 septiembre 2025", "2025-09-12");
}

PRR_TEST(rec_date__german)
{
	CHECK_DATE("Stand: 15. März 2026", "2026-03-15");
	CHECK_DATE("15. Maerz 2026", "2026-03-15");
	CHECK_DATE("15. MÄRZ 2026", "2026-03-15");
	CHECK_DATE("3. Januar 2026", "2026-01-03");
	CHECK_DATE("24. Dez. 2025", "2025-12-24");
}

PRR_TEST(rec_date__french)
{
	CHECK_DATE("le 8 Novembre 2025", "2025-11-08");
	CHECK_DATE("1er mars 2026", "2026-03-01");
	CHECK_DATE("23 août 2025", "2025-08-23");
	CHECK_DATE("23 AOÛT 2025", "2025-08-23");
	CHECK_DATE("2 février 2026", "2026-02-02");
	CHECK_DATE("2 FÉVRIER 2026", "2026-02-02");
	CHECK_DATE("19 décembre 2025", "2025-12-19");
	CHECK_DATE("19 decembre 2025", "2025-12-19");
}

PRR_TEST(rec_date__italian)
{
	CHECK_DATE("il 7 gennaio 2026", "2026-01-07");
	CHECK_DATE("30 giugno 2025", "2025-06-30");
	CHECK_DATE("9 ottobre 2025", "2025-10-09");
}

/*** CJK ***/

PRR_TEST(rec_date__cjk)
{
	CHECK_DATE("评估于2026年1月11日完成", "2026-01-11");
	CHECK_DATE("2026年01月11日", "2026-01-11");
	CHECK_DATE("２０２６年１月１１日", "2026-01-11");
	CHECK_DATE("2026 年 1 月 11 日", "2026-01-11");
	CHECK_DATE("2026년 1월 11일", "2026-01-11");
	prr_date_hit h = find("2026年3月に実施");
	CHECK_STR(h.date, "2026-03");
	CHECK_INT(h.prec, PRR_DATE_MONTH);
	CHECK_NONE("2026年13月1日");
}

PRR_TEST(rec_date__full_width_span)
{
	const char *t = "日付：２０２６年１月１１日";
	prr_date_hit h = find(t);
	CHECK_INT(h.at, strlen("日付："));
	CHECK_INT(h.len, strlen(t) - h.at);
}

/*** Numeric days and months ***/

PRR_TEST(rec_date__numeric_unambiguous)
{
	CHECK_DATE("due 18/12/2025", "2025-12-18");
	CHECK_DATE("18.12.2025", "2025-12-18");
	CHECK_DATE("18-12-2025", "2025-12-18");
	CHECK_DATE("12/18/2025", "2025-12-18");
	CHECK_DATE("5/5/2025", "2025-05-05");
	CHECK_DATE("07.07.2025", "2025-07-07");
}

PRR_TEST(rec_date__numeric_ambiguous_not_taken)
{
	CHECK_NONE("03/04/2025");
	CHECK_NONE("on 11.12.2025 at noon");
	CHECK_NONE("1/2/2026");
}

PRR_TEST(rec_date__numeric_not_real)
{
	CHECK_NONE("31/04/2025");
	CHECK_NONE("13/13/2025");
	CHECK_NONE("00/12/2025");
	CHECK_NONE("18/12/25");
}

/*** Calendar and range ***/

PRR_TEST(rec_date__calendar_checked)
{
	CHECK_NONE("2026-02-30");
	CHECK_NONE("2026-13-01");
	CHECK_NONE("2026-00-10");
	CHECK_NONE("February 29, 2026");
	CHECK_DATE("February 29, 2028", "2028-02-29");
	CHECK_DATE("2024-02-29", "2024-02-29");
}

PRR_TEST(rec_date__year_range)
{
	CHECK_NONE("1969-12-31");
	CHECK_DATE("1970-01-01", "1970-01-01");
	CHECK_DATE("2199-12-31", "2199-12-31");
	CHECK_NONE("2200-01-01");
	CHECK_NONE("December 1969");
}

PRR_TEST(rec_date__range_takes_first)
{
	char buf[64];
	const char *t = "Freeze: Dec 15, 2025 – Jan 4, 2026";
	prr_date_hit h = find(t);
	CHECK_STR(h.date, "2025-12-15");
	CHECK_STR(span(t, &h, buf), "Dec 15, 2025");
	/* and the next one after it */
	const char *rest = t + h.at + h.len;
	prr_date_hit h2;
	CHECK(prr_rec_date_find(rest, strlen(rest), &h2));
	CHECK_STR(h2.date, "2026-01-04");
}

PRR_TEST(rec_date__first_wins)
{
	CHECK_DATE("moved from 2025-11-02 to 3 March 2026", "2025-11-02");
	CHECK_DATE("moved from March 3, 2026 to 2025-11-02", "2026-03-03");
	/* a failed candidate does not hide a later one */
	CHECK_DATE("03/04/2025 then 2025-04-05", "2025-04-05");
}

/*** What is not a date ***/

PRR_TEST(rec_date__versions)
{
	CHECK_NONE("v2.10.2026");
	CHECK_NONE("release 1.2.3");
	CHECK_NONE("build 4.18.2025.7");
	CHECK_NONE("tag 1.2.2026.4");
	CHECK_NONE("2026.01.09");
}

PRR_TEST(rec_date__hex_and_glued)
{
	CHECK_NONE("commit 2026a3f9c0e1b2d4");
	CHECK_NONE("id abc2026-02-18");
	CHECK_NONE("id 2026-02-18abc");
	CHECK_NONE("x12/18/2025");
	CHECK_NONE("release2026-01-09");
	CHECK_NONE("é2026-01-09");
	CHECK_NONE("20260218");
}

PRR_TEST(rec_date__scores_years_times_phones)
{
	CHECK_NONE("score 4/5");
	CHECK_NONE("2026");
	CHECK_NONE("in 2026 we ship");
	CHECK_NONE("12:35");
	CHECK_NONE("2025-12");
	CHECK_NONE("2011-12 budgets");
	CHECK_NONE("call +1 555-12-2025");
	CHECK_NONE("tel 555-0123-2025");
	CHECK_NONE("ranges 2024-2026");
}

PRR_TEST(rec_date__dotted_number_continuation)
{
	/* "12/18/2025/3" is longer than a date; its parts are not dates */
	CHECK_NONE("12/18/2025/3");
	CHECK_NONE("5.18.12.2025");
}

PRR_TEST(rec_date__punctuation_around)
{
	CHECK_DATE("(2026-02-18)", "2026-02-18");
	CHECK_DATE("**2026-02-18**", "2026-02-18");
	CHECK_DATE("`2026-02-18`.", "2026-02-18");
	CHECK_DATE("report-2026-02-18.md", "2026-02-18");
	CHECK_DATE("“August 4, 2025”", "2025-08-04");
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

/* Random bytes and random pieces of dates: no crash, spans in bounds. */
PRR_TEST(rec_date__hostile_bytes)
{
	static const char *const pieces[] = {
		"2026", "-", "/", ".", "12", "31", " ", "de ", "März ", "年",
		"月", "日", "\xEF\xBC", "\xC3", ":", "T", "+", "UTC", "9", "\xE2\x80",
	};
	uint32_t x = 12345;
	char buf[256];
	for (int round = 0; round < 20000; round++) {
		size_t n = 0;
		while (n < sizeof buf - 16) {
			x = x * 1103515245u + 12345u;
			if (round % 2) {
				buf[n++] = (char)(x >> 16);
				continue;
			}
			const char *p = pieces[(x >> 16) % 20];
			size_t len = strlen(p);
			memcpy(buf + n, p, len);
			n += len;
		}
		prr_date_hit h;
		if (prr_rec_date_find(buf, n, &h)) {
			CHECK(h.at + h.len <= n);
			CHECK(h.prec != PRR_DATE_NONE);
		}
	}
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

PRR_TEST(rec_date__label_strong_english)
{
	CHECK_INT(label("Date"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("**Review Date:**"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Assessment Date"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("ASSESSED:"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Audited"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Verification Date"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Audit Completed"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Decision Date"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Last Updated"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("last-updated"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Date of Review"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Date (UTC)"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Go/No-Go Decision Date"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Sign-off date"), PRR_DATE_LABEL_STRONG);
}

PRR_TEST(rec_date__label_strong_other_languages)
{
	CHECK_INT(label("Fecha"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Data"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Datum:"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Fecha de revisión"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Data da avaliação"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Prüfdatum"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Stand"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Última atualização"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("ÚLTIMA ATUALIZAÇÃO"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Atualizado em"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Date de l'audit"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Date de l’audit"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("Date d'évaluation"), PRR_DATE_LABEL_STRONG);
}

PRR_TEST(rec_date__label_strong_cjk)
{
	CHECK_INT(label("日付"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("日期："), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("**评估日期**："), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("创建日期"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("作成日"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("最終更新"), PRR_DATE_LABEL_STRONG);
	CHECK_INT(label("日"), PRR_DATE_LABEL_NO);
}

PRR_TEST(rec_date__label_weak)
{
	CHECK_INT(label("Updated"), PRR_DATE_LABEL_WEAK);
	CHECK_INT(label("Generated:"), PRR_DATE_LABEL_WEAK);
	CHECK_INT(label("Generated on"), PRR_DATE_LABEL_WEAK);
	CHECK_INT(label("Created"), PRR_DATE_LABEL_WEAK);
	CHECK_INT(label("Document Date"), PRR_DATE_LABEL_WEAK);
}

PRR_TEST(rec_date__label_other_dates)
{
	CHECK_INT(label("Next review"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Next Review Date"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Próxima revisão"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Due"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Due Date"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Deadline"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Target date"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Start"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Start Date"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("End"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Go-Live Date"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Re-review date"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Fecha límite"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Date de fin"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Fälligkeitsdatum"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Startdatum"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("截止日期"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("次回レビュー日"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Previous review date"), PRR_DATE_LABEL_NO);
}

PRR_TEST(rec_date__label_not_dates)
{
	CHECK_INT(label("Status"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Reviewer"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Data Source"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Test Data"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Date Range"), PRR_DATE_LABEL_NO);
	CHECK_INT(label(""), PRR_DATE_LABEL_NO);
	CHECK_INT(label("**::**"), PRR_DATE_LABEL_NO);
	CHECK_INT(label("Updates"), PRR_DATE_LABEL_NO);
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
