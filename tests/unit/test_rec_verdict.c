/* test_rec_verdict.c - the verdict recogniser (rec_verdict.h).  Every
 * sentence here is written for this test. */
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "prr/rec_verdict.h"

/* A heap copy of exactly `n` bytes (no NUL), so that ASan sees any read
 * past the end. */
static char *exact_copy(const char *s, size_t n)
{
	char *p = calloc(n ? n : 1, 1); /* calloc: no byte left unset */
	if (!p)
		abort();
	memcpy(p, s, n);
	return p;
}

static prr_level read_exact(const char *s, size_t n, size_t *at, size_t *len)
{
	char *p = exact_copy(s, n);
	prr_level l = prr_rec_verdict(p, n, at, len);
	free(p);
	return l;
}

static void expect_level(const char *file, int line, const char *s,
			 prr_level want)
{
	prr_level got = read_exact(s, strlen(s), NULL, NULL);
	if (got != want)
		prr_test_fail(file, line, "\"%s\" reads %s, expected %s", s,
			      got ? prr_level_name(got) : "unknown",
			      want ? prr_level_name(want) : "unknown");
}

#define NOT_READY(s) expect_level(__FILE__, __LINE__, s, PRR_LEVEL_NOT_READY)
#define PARTIAL(s) expect_level(__FILE__, __LINE__, s, PRR_LEVEL_PARTIAL)
#define READY(s) expect_level(__FILE__, __LINE__, s, PRR_LEVEL_READY)
#define UNKNOWN(s) expect_level(__FILE__, __LINE__, s, PRR_LEVEL_UNKNOWN)

/* The words of `s` the recogniser says decided, or "" */
static const char *span(const char *s)
{
	static char out[256];
	size_t at = 99, len = 99;
	read_exact(s, strlen(s), &at, &len);
	snprintf(out, sizeof out, "%.*s", (int)len, s + at);
	return out;
}

static void expect_label(const char *file, int line, const char *s, int want)
{
	char *p = exact_copy(s, strlen(s));
	int got = prr_rec_verdict_label(p, strlen(s));
	free(p);
	if (got != want)
		prr_test_fail(file, line, "label \"%s\" is %d, expected %d", s,
			      got, want);
}

#define LABEL(s, want) expect_label(__FILE__, __LINE__, s, want)

PRR_TEST(rec_verdict__english_negations)
{
	NOT_READY("NOT production ready");
	NOT_READY("The service is not ready for production yet.");
	NOT_READY("Not yet ready: two alerts are still missing");
	NOT_READY("not yet fully ready");
	NOT_READY("NOT-READY");
	NOT_READY("NO-GO");
	NOT_READY("It is NOT A GO.");
	NOT_READY("Unapproved");
	NOT_READY("Decision: NO GO until the restore drill is done");
	NOT_READY("Release sign-off: DENIED");
	NOT_READY("REJECTED by the on-call lead");
	NOT_READY("BLOCKED on the schema migration");
	NOT_READY("Overall: FAIL");
	NOT_READY("❌ GAPS FOUND in alerting");
	NOT_READY("Almost ready");
	NOT_READY("Do not ship this quarter");
}

/* A bare "No" answers the positive question just before it; elsewhere
 * it is no verdict. */
PRR_TEST(rec_verdict__a_bare_no_answers_the_question)
{
	NOT_READY("Production ready? No");
	NOT_READY("**Ready for launch:** ❌ No");
	NOT_READY("¿Listo para producción? No");
	READY("Production ready? Yes");
	READY("✅ READY. Open blockers: No");
	READY("Ready: yes. Blockers? No");
	UNKNOWN("No");
	UNKNOWN("Blockers: No");
}

PRR_TEST(rec_verdict__pending_alone_is_not_ready)
{
	NOT_READY("PENDING production readiness sign-off");
	NOT_READY("Awaiting the security review");
	NOT_READY("On hold");
}

PRR_TEST(rec_verdict__negation_beats_a_positive)
{
	NOT_READY("GO/NO-GO: NO-GO");
	NOT_READY("✅ Tests PASS, but the rollout is NOT READY");
	NOT_READY("Conditional approval was REJECTED");
}

PRR_TEST(rec_verdict__other_languages_negations)
{
	NOT_READY("Le service N'EST PAS prêt pour la production");
	NOT_READY("El servicio no está listo todavía");
	NOT_READY("El servicio no esta listo"); /* no accents */
	NOT_READY("A API não está pronta");
	NOT_READY("Das System ist nicht produktionsreif");
	NOT_READY("当前版本不能上线");
	NOT_READY("服务未就绪");
	NOT_READY("本番稼働不可（監視が未整備）");
	NOT_READY("Décision : refusé");
	NOT_READY("Avis défavorable");
	NOT_READY("Dictamen desfavorable");
}

PRR_TEST(rec_verdict__conditions_are_partial)
{
	PARTIAL("CONDITIONAL GO");
	PARTIAL("Conditional production ready: two runbooks missing");
	PARTIAL("Ready, with caveats listed below");
	PARTIAL("Ready with conditions");
	PARTIAL("PARTIALLY READY");
	PARTIAL("Approved with conditions (see section 4)");
	PARTIAL("GO with risks");
	PARTIAL("PASS with warnings");
	PARTIAL("CONDITIONAL PASS");
	PARTIAL("Mostly ready");
}

PRR_TEST(rec_verdict__caveat_on_a_positive_is_partial)
{
	PARTIAL("✅ APPROVED — pending security sign-off");
	PARTIAL("⚠️ RUNBOOKS COMPLETE - LOAD TEST PENDING");
	PARTIAL("⚠️ PRODUCTION READY");
	PARTIAL("本番稼働可能（改善推奨の項目あり）");
}

/* "with" reaches a caveat noun two words on; the noun alone, or "with"
 * alone, states nothing. */
PRR_TEST(rec_verdict__with_a_caveat_qualifies_a_positive)
{
	PARTIAL("Production-ready with two open risks");
	PARTIAL("Approved subject to conditions");
	READY("Ready with no caveats");
	READY("Ready with zero open risks");
	READY("GO with the new database");
	READY("Ready. Known issues are tracked separately");
	PARTIAL("✅ Approved with one noted gap");
	PARTIAL("Proceed with caution");
	UNKNOWN("Load test run with 3 warnings");
	UNKNOWN("Risks");
	UNKNOWN("with caveats");
}

PRR_TEST(rec_verdict__other_languages_partial)
{
	PARTIAL("Listo con observaciones menores");
	PARTIAL("Prêt sous conditions");
	PARTIAL("Bedingt bereit");
	PARTIAL("Aprovado com ressalvas");
	PARTIAL("有条件通过");
	PARTIAL("Freigegeben unter Vorbehalt");
	PARTIAL("可以投入生产使用，但需要改进");
	PARTIAL("Avis : favorable sous réserve de deux corrections");
	PARTIAL("Parecer favorável com ressalvas");
	/* English prose that says favorable states no verdict */
	UNKNOWN("We had a favorable outcome in load tests");
}

PRR_TEST(rec_verdict__english_ready)
{
	READY("PRODUCTION READY");
	READY("✅ 100% PRODUCTION READY");
	READY("production-ready");
	READY("Approved for production on Monday");
	READY("Ready for handoff to the platform team");
	READY("PASSED");
	READY("Result: PASS (12/12)");
	READY("GO for launch");
	READY("Proceed with the launch");
	NOT_READY("Do not proceed");
	UNKNOWN("We proceed to phase two");
	READY("No blockers, GO"); /* the comma ends the negation */
	READY("No open issues. Ready.");
	READY("Not one check failed; ready");
}

PRR_TEST(rec_verdict__go_standing_alone)
{
	READY("GO");
	READY("GO ✅");
	READY("**GO**");
	READY("`GO`");
	READY("Decision: Go");
	READY("Go/No-Go: GO");
	READY("Verdict - GO - all criteria met");
	UNKNOWN("Let's go with the blue deployment");
	UNKNOWN("Go-live date: 2026-03-01");
	UNKNOWN("We go to production on Friday");
	PARTIAL("Needs work");
	PARTIAL("🟡 At risk");
	PARTIAL("Needs Work ⚠️");
	/* a decision not to go, or to wait */
	NOT_READY("We cannot sign off on this release.");
	NOT_READY("Hold.");
	NOT_READY("Deferred to Q1.");
	UNKNOWN("Hold the line on quality");
	UNKNOWN("We will hold a retro on Friday.");
	/* conditions and audiences short of everyone */
	PARTIAL("We recommend proceeding with the launch once the two P1 "
		"items are closed.");
	PARTIAL("We believe the service is ready for a limited beta but not "
		"for general availability.");
	READY("The service meets all readiness criteria.");
	NOT_READY("The service does not yet meet the readiness bar.");
	READY("All blockers are resolved; ship on Monday.");
	READY("Approve for GA.");
	UNKNOWN("We approve of the new naming.");
	/* a decision to go for part of the traffic */
	PARTIAL("Go for a 10% canary on 2026-03-12; full rollout after the drill.");
	UNKNOWN("We will go for a walk");
	/* idioms of a decision to go */
	READY("We are go for launch on Monday.");
	READY("It's a go.");
	READY("The cutover is a go for Saturday");
	READY("We have the green light from security");
	NOT_READY("This is not a go.");
	NOT_READY("We are not go for launch");
}

PRR_TEST(rec_verdict__other_languages_ready)
{
	READY("Listo para producción");
	READY("LISTO PARA PRODUCCIÓN");
	READY("LISTO PARA PRODUCCION");
	READY("Pronto para produção");
	READY("Prêt pour la production");
	READY("PRÊTE");
	READY("Produktionsreif");
	READY("本番稼働可能");
	READY("可以投入生产");
	READY("服务已就绪");
}

PRR_TEST(rec_verdict__whole_words_only)
{
	UNKNOWN("GOAL: cut p99 latency in half");
	UNKNOWN("GOOD coverage overall");
	UNKNOWN("Everything is going well");
	UNKNOWN("PASSWORD rotation is automated");
	UNKNOWN("Google Cloud Run");
	UNKNOWN("Readiness");
	UNKNOWN("Already deployed twice");
	UNKNOWN("Fail-safe defaults everywhere");
	UNKNOWN("Pass-through auth");
	UNKNOWN("Unblocked");
}

PRR_TEST(rec_verdict__what_is_not_a_verdict)
{
	UNKNOWN("");
	UNKNOWN("Production Readiness Review");
	UNKNOWN("Not applicable");
	UNKNOWN("56 tests passing");
	UNKNOWN("The tests pass locally");
	UNKNOWN("Pass/Fail");
	UNKNOWN("Ready for review");
	UNKNOWN("READY TO START");
	UNKNOWN("Una lista de comprobación"); /* "lista" is a list too */
	UNKNOWN("⚠️ see the notes");
	UNKNOWN("No gaps found");
	UNKNOWN("Review completed on 2026-01-05");
	UNKNOWN("Yes");
}

/* Sentences of a decision written as prose: one part ready and another
 * not is partial; readiness to come is not readiness now; "ready to" do
 * something else is no verdict on production. */
PRR_TEST(rec_verdict__prose_of_a_decision)
{
	PARTIAL("The database is ready for production, but the API is not.");
	PARTIAL("Security is approved; performance is not yet.");
	PARTIAL("Ready for production, though support is not quite.");
	NOT_READY("Not yet.");
	NOT_READY("Ready for production? Not yet.");
	NOT_READY("Not at this time.");
	NOT_READY("Is it production ready? Not really.");
	PARTIAL("The service will be ready for production once the drill passes.");
	PARTIAL("Once the DR drill passes, the service will be ready.");
	PARTIAL("Ready once the runbook is written");
	PARTIAL("READY for general availability, on condition that F-008 "
		"is fixed before launch");
	PARTIAL("Approved, provided that the DR drill passes");
	PARTIAL("Go for launch contingent on the pen test");
	UNKNOWN("Provided that the drill passes, we launch Monday");
	PARTIAL("Approved for a canary at 5% of traffic");
	PARTIAL("Approved for a limited rollout");
	UNKNOWN("The canary stage failed twice last month");
	UNKNOWN("The team is ready to fix the blockers.");
	UNKNOWN("Ready to answer questions at the review");
	READY("Ready to go");
	READY("Ready to go live on Monday");
	READY("Ready to roll out");
	READY("Ship it.");
	READY("Good to go.");
	READY("The service can go live.");
	NOT_READY("The service cannot go live yet.");
	NOT_READY("Do not go live until the alerts page someone.");
	READY("We recommend launching on 12 March.");
	NOT_READY("We do not recommend launching this quarter.");
	NOT_READY("We recommend **not launching** on the planned date.");
	NOT_READY("We recommend against the launch this quarter.");
	NOT_READY("We recommend delaying the launch by two weeks.");
	NOT_READY("We recommend postponing go-live.");
	NOT_READY("The data team has not signed off on the schema.");
	/* Dutch, Russian, Polish, Turkish, Vietnamese: whole words */
	PARTIAL("Gedeeltelijk gereed");
	NOT_READY("\xD0\x9D\xD0\xB5 \xD0\xB3\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2 "
		  "\xD0\xBA \xD0\xB7\xD0\xB0\xD0\xBF\xD1\x83\xD1\x81\xD0\xBA\xD1\x83"); /* Не готов к запуску */
	UNKNOWN("\xD0\x9E\xD0\xB1\xD0\xB7\xD0\xBE\xD1\x80 \xD0\xB3\xD0\xBE\xD1\x82"
		"\xD0\xBE\xD0\xB2\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8"); /* Обзор готовности */
	PARTIAL("Gotowy warunkowo");
	NOT_READY("Haz\xC4\xB1r de\xC4\x9Fil");
	PARTIAL("S\xE1\xBA\xB5n s\xC3\xA0ng c\xC3\xB3 \xC4\x91i\xE1\xBB\x81u ki\xE1\xBB\x87n");
	/* a split decision; a go and a no-go for the whole are not one */
	PARTIAL("Release manager decision: **GO for iOS**, **NO-GO for Android**");
	NOT_READY("GO for launch was proposed; NO-GO for production.");
	PARTIAL("Not ready for production in eu-west-1. Go for us-east-1 only.");
	/* a go for an environment short of production beside a refusal
	 * of production: nothing goes to production */
	NOT_READY("GO for staging, NO-GO for production.");
	NOT_READY("SmartQueue is ready for staging, not production.");
	NOT_READY("GO for UAT; NO-GO for production.");
	NOT_READY("SmartQueue est pr\xC3\xAAt pour une d\xC3\xA9mo, pas encore pour la production.");
	PARTIAL("ready for beta, not production.");
	PARTIAL("Ready for beta, not yet for GA.");
	READY("The service is ready. The load test used a replica, not production.");
	/* a go for a share of the traffic is a stage, not the launch */
	PARTIAL("**GO for 1% and 10%.** Progression to 50% needs FR-88.");
	PARTIAL("GO for 10 % shadow-to-live ramp");
	READY("GO for 100% of traffic");
	READY("LGTM, ship it");
	NOT_READY("WITHHELD");
	PARTIAL("erteilt unter Auflagen");
	NOT_READY("nicht erteilt");
	/* a scale of levels states none */
	UNKNOWN("a service is **ready** at an average \xE2\x89\xA5 4.0, **partial** "
		"at 3.0-3.9, **not ready** below 3.0.");
	UNKNOWN("Ready at 90% or above; not ready below 70%.");
	NOT_READY("Not ready: coverage is below 70%.");
	NOT_READY("Hold the launch.");
	/* what these rules must leave alone */
	READY("No blockers, GO");
	READY("Not one check failed; ready");
	UNKNOWN("The API is not.");
	UNKNOWN("Backups will be moved to the new bucket.");
	UNKNOWN("Go-live: 2026-03-01");
}

/* The thirteen languages read since: each level, a negation of a
 * positive, and a positive with caveats */
PRR_TEST(rec_verdict__more_languages)
{
	/* Swedish, Danish, Norwegian, Finnish */
	PARTIAL("Godkänd med villkor");
	NOT_READY("Tjänsten är inte redo för produktion");
	READY("Godkänd för lansering");
	NOT_READY("Løsningen er **ikke klar til produktion** endnu.");
	READY("Klar for produksjon.");
	PARTIAL("Betinget godkjent");
	NOT_READY("EI VALMIS tuotantoon.");
	READY("Valmis tuotantoon.");
	UNKNOWN("Det är klart att vi behöver fler tester.");
	/* Czech, Ukrainian, Hungarian, Romanian, Indonesian */
	PARTIAL("Částečně připraveno");
	NOT_READY("Služba **není připravena** na plné spuštění.");
	NOT_READY("НЕ ГОТОВО");
	PARTIAL("Готово з умовами");
	PARTIAL("Feltételesen élesíthető");
	NOT_READY("A rendszer még nem élesíthető.");
	NOT_READY("Portalul **nu este pregătit** pentru lansare.");
	PARTIAL("Pregătit cu condiții");
	NOT_READY("**Belum siap** untuk lalu lintas kampanye.");
	PARTIAL("Siap dengan catatan");
	/* Greek, Hebrew, Arabic, Thai */
	PARTIAL("Έτοιμο υπό προϋποθέσεις.");
	NOT_READY("Δεν είναι έτοιμο για παραγωγή.");
	PARTIAL("מוכן עם הסתייגויות");
	NOT_READY("השירות לא מוכן לייצור");
	READY("מוכן לייצור");
	NOT_READY("**غير جاهز للإنتاج** حالياً.");
	PARTIAL("جاهز مع تحفظات");
	NOT_READY("ยังไม่พร้อมขึ้นระบบจริง");
	PARTIAL("พร้อมแบบมีเงื่อนไข");
	READY("พร้อมขึ้นระบบจริง");
}

/* a RAG status stands alone in its clause */
PRR_TEST(rec_verdict__rag_status_alone)
{
	READY("GREEN");
	PARTIAL("\xF0\x9F\x9F\xA1 AMBER");
	PARTIAL("Yellow");
	NOT_READY("**RED**");
	NOT_READY("Overall: RED");
	UNKNOWN("Red team exercise done");
	UNKNOWN("The green build");
	UNKNOWN("red/green deploys");
}

PRR_TEST(rec_verdict__span_of_the_verdict_words)
{
	CHECK_STR(span("Status: NOT production ready."),
		  "NOT production ready");
	CHECK_STR(span("GO/NO-GO: NO-GO"), "NO-GO");
	CHECK_STR(span("✅ APPROVED — pending sign-off"), "APPROVED — pending");
	CHECK_STR(span("Le service n'est pas prête pour la production"),
		  "n'est pas prête pour la production");
	CHECK_STR(span("Verdict: **CONDITIONAL GO**"), "CONDITIONAL GO");
	CHECK_STR(span("结论：服务未就绪。"), "未就绪");
	CHECK_STR(span("Production Readiness Review"), "");
	size_t at = 7, len = 7;
	CHECK_INT(read_exact("GOAL", 4, &at, &len), PRR_LEVEL_UNKNOWN);
	CHECK_INT(at, 0);
	CHECK_INT(len, 0);
	CHECK_INT(prr_rec_verdict("READY", 5, NULL, NULL), PRR_LEVEL_READY);
}

/* Only s[0..n) is read: what lies past n changes nothing. */
PRR_TEST(rec_verdict__reads_only_n_bytes)
{
	CHECK_INT(read_exact("GO-LIVE", 2, NULL, NULL), PRR_LEVEL_READY);
	CHECK_INT(read_exact("NOT READY", 3, NULL, NULL), PRR_LEVEL_UNKNOWN);
	CHECK_INT(read_exact("READY WITH CAVEATS", 5, NULL, NULL),
		  PRR_LEVEL_READY);
	CHECK_INT(read_exact("PRÊT", 4, NULL, NULL), PRR_LEVEL_UNKNOWN);
	CHECK_INT(read_exact("就绪", 4, NULL, NULL), PRR_LEVEL_UNKNOWN);
	/* bytes that are no UTF-8 are decor */
	CHECK_INT(read_exact("\xff\xfeREADY\xc3", 8, NULL, NULL),
		  PRR_LEVEL_READY);
}

/* Long runs that a careless scan would read again and again: a quadratic
 * one takes minutes on these, the scan about 0.1 s (-O0, ASan). */
PRR_TEST(rec_verdict__long_inputs_take_linear_time)
{
	enum { N = 1 << 18 };
	static const char *const units[] = { "complete ", "GO ", "not ",
					     "\xe2\x9a\xa0", " " };
	char *s = malloc(N);
	if (!s)
		abort();
	for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
		size_t k = strlen(units[u]);
		for (size_t i = 0; i < N; i++)
			s[i] = units[u][i % k];
		prr_level l = prr_rec_verdict(s, N - N % k, NULL, NULL);
		CHECK(l == PRR_LEVEL_UNKNOWN || l == PRR_LEVEL_READY);
	}
	/* a question, a long gap, then many bare answers (the first answers
	 * it; the others must not read the gap again) */
	memset(s, ' ', N);
	memcpy(s, "Ready", 5);
	for (size_t i = N / 2; i + 3 <= N; i += 3)
		memcpy(s + i, ":No", 3);
	CHECK_INT(prr_rec_verdict(s, N, NULL, NULL), PRR_LEVEL_NOT_READY);
	/* a negator, a quarter megabyte of spaces, then a positive */
	memset(s, ' ', N);
	memcpy(s, "not", 3);
	memcpy(s + N - 5, "ready", 5);
	CHECK_INT(prr_rec_verdict(s, N, NULL, NULL), PRR_LEVEL_NOT_READY);
	free(s);
}

PRR_TEST(rec_verdict__strong_labels)
{
	LABEL("Verdict", 2);
	LABEL("**Final Verdict:**", 2);
	LABEL("Decision", 2);
	LABEL("Final Decision", 2);
	LABEL("Go/No-Go", 2);
	LABEL("GO / NO-GO Decision", 2);
	LABEL("Recommendation", 2);
	LABEL("## 🎯 Final Recommendation", 2);
	LABEL("Conclusion", 2);
	LABEL("3. Verdict", 2);
	LABEL("Final Status", 2);
	LABEL("Launch Authorization", 2);
	LABEL("Veredicto", 2);
	LABEL("Conclusión", 2);
	LABEL("Verdict final", 2);
	LABEL("DÉCISION FINALE", 2);
	LABEL("Parecer", 2);
	LABEL("Urteil", 2);
	LABEL("Fazit", 2);
	LABEL("结论", 2);
	LABEL("判定：", 2);
	LABEL("最终结论", 2);
	LABEL("Overall", 2);
	LABEL("**Overall:**", 2);
	/* the thirteen languages read since */
	LABEL("Beslut", 2);
	LABEL("Konklusjon", 2);
	LABEL("Päätös", 2);
	LABEL("Rozhodnutí", 2);
	LABEL("Celkové hodnocení", 1);
	LABEL("Рішення", 2);
	LABEL("החלטה", 2);
	LABEL("Keputusan", 2);
	LABEL("Döntés", 2);
	LABEL("Decizie finală", 2);
	LABEL("القرار", 2);
	LABEL("ΑΠΌΦΑΣΗ", 2);
	LABEL("ข้อสรุป", 2);
}

PRR_TEST(rec_verdict__weak_labels)
{
	LABEL("Status", 1);
	LABEL("Overall Status", 1);
	LABEL("RAG status", 1);
	LABEL("Overall Readiness Status:", 1);
	LABEL("Assessment", 1);
	LABEL("Outcome", 1);
	LABEL("Result", 1);
	LABEL("Readiness", 1);
	LABEL("Approval Status", 1);
	LABEL("Production Readiness", 1);
	LABEL("Estado", 1);
	LABEL("Statut", 1);
	LABEL("Situação", 1);
	LABEL("SITUAÇÃO", 1);
	LABEL("Ergebnis", 1);
	LABEL("Gesamtbewertung", 1);
	LABEL("状态", 1);
	LABEL("ステータス", 1);
	LABEL("総合評価", 1);
}

PRR_TEST(rec_verdict__not_labels)
{
	LABEL("", 0);
	LABEL("**:**", 0);
	LABEL("Date", 0);
	LABEL("Owner", 0);
	LABEL("Reviewer", 0);
	LABEL("Final", 0);
	LABEL("Status Page", 0);
	LABEL("Statuses", 0);
	LABEL("Test Result", 0);
	LABEL("Decisions Log", 0);
	LABEL("Authorization", 0); /* access control, mostly */
}

/* A verdict that held before says nothing of now; a go-ahead taken back
 * is none (round 7 of unseen documents). */
PRR_TEST(rec_verdict__a_past_verdict_is_not_the_verdict)
{
	READY("previously CONDITIONAL GO, now GO");
	READY("GO (was CONDITIONAL GO)");
	READY("Formerly NO-GO; now GO");
	NOT_READY("NO-GO (was GO)");
	READY("GO (was not ready)");
	READY("Previously not ready; now ready");
	NOT_READY("Previously ready; now not ready");
	NOT_READY("GO, withdrawn on 3 Nov after INC-88");
	NOT_READY("Approval revoked");
	/* "was" opens no past where a clause goes on before it */
	READY("The service was ready for production");
}

/* A template's choice of levels is no verdict; a piece that says more
 * than a level is (round 10). */
PRR_TEST(rec_verdict__a_choice_of_levels)
{
	UNKNOWN("<READY / READY WITH CONDITIONS / NOT READY>");
	UNKNOWN("READY / READY WITH CONDITIONS / NOT READY");
	UNKNOWN("GO | NO-GO");
	READY("GO / ✅ READY");
	/* (a go for a part, a no-go for another: split, round 35) */
	PARTIAL("GO for EU / NO-GO for the US launch");
}

/* A go-ahead beside a part refused is partial: a go with no part named
 * and a part's refusal, or parts of one kind; a part's go beside another
 * name's refusal may be the whole's (round 10). */
PRR_TEST(rec_verdict__a_part_refused_beside_a_go)
{
	PARTIAL("Approved with conditions. Mobile SDK integration is not "
		"approved until the SDK stops collecting the ad ID.");
	PARTIAL("Wave 2 is GO for 18 May. Wave 3 is NO-GO until the API is fixed.");
	READY("Wave 2 is GO");
	NOT_READY("Checkout is NOT READY. Payments are ready.");
	NOT_READY("Approved. It is not ready for GA.");
	NOT_READY("Phase 1 is GO; Phase 1 is NO-GO");
	/* a go replaced by what holds now is no go beside the refusal */
	NOT_READY("Previously GO; it is now NO-GO for Maternity.");
	NOT_READY("GO. Now Maternity is NO-GO.");
	UNKNOWN("5 Go, 1 No-Go");
	CHECK(prr_rec_verdict_of_part("Maternity is NO-GO.", 19));
	CHECK(!prr_rec_verdict_of_part("We are NOT READY.", 17));
}

/* A review of readiness names no verdict, in Chinese as in English
 * (round 11). */
PRR_TEST(rec_verdict__a_readiness_review_in_chinese)
{
	UNKNOWN("会员中心 v4.2 发布就绪评审");
	UNKNOWN("Production Readiness Review");
	READY("已就绪");
	NOT_READY("未就绪");
}

/* A part held back qualifies a go-ahead; "Hold." alone is a refusal
 * (round 10). */
PRR_TEST(rec_verdict__a_part_held_back)
{
	PARTIAL("Proceed with cutover weekends 1 and 2 as planned; hold "
		"Treasury Settlement in DC2.");
	NOT_READY("Hold.");
	NOT_READY("Hold the launch.");
}

/* A service assessment's result (round 10). */
PRR_TEST(rec_verdict__met_or_not)
{
	NOT_READY("Not met");
	READY("Met");
	UNKNOWN("We met the team on Friday");
}

/* A sign-off refused, an eligibility denied (round 10). */
PRR_TEST(rec_verdict__refused_sign_off)
{
	NOT_READY("The panel did **not** sign off the expansion.");
	NOT_READY("Security didn't sign off.");
	NOT_READY("IdP is **not yet eligible for Tier 0**");
}

/* What holds now replaces what the sentence said held before; a colon
 * leaves "before" and "now" open (round 10). */
PRR_TEST(rec_verdict__now_replaces_before)
{
	READY("It was CONDITIONAL GO on 16 Feb; it is now GO.");
	READY("It was CONDITIONAL GO on 16 Feb, now GO.");
	READY("Antes: GO condicional (16 de febrero). Ahora: GO.");
	READY("Before: CONDITIONAL GO. Now: GO.");
	READY("We were not ready in March and are now ready.");
	NOT_READY("Vorher: GO. Jetzt: NO-GO.");
	/* "now" after a verdict replaces nothing */
	NOT_READY("We are NOT READY now.");
	PARTIAL("Ready now, but the API is not.");
	/* what tells a change, and what does not */
	CHECK(prr_rec_verdict_changes("It was CONDITIONAL GO; it is now GO",
				      35));
	CHECK(prr_rec_verdict_changes("Antes: GO condicional", 21));
	CHECK(!prr_rec_verdict_changes("Now: GO.", 8));
	CHECK(!prr_rec_verdict_changes("CONDITIONAL GO", 14));
}

/* A caveat counted is still a caveat: "with 2 conditions" (a vote's tally,
 * "5 Go, 1 No-Go", is no verdict word). */
PRR_TEST(rec_verdict__a_counted_caveat)
{
	PARTIAL("Approved for launch with 2 conditions: issues 1 and 2 first");
	PARTIAL("GO with 3 open risks");
	UNKNOWN("5 Go, 1 No-Go");
}
