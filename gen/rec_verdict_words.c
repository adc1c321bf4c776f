/* rec_verdict_words.c - the words of verdicts, by language, and the
 * openers of sentences that sum up and the counts of votes; read by
 * rec_verdict.c (see rec_verdict_int.h). */
#include "rec_verdict_int.h"
#include "prr/rec_verdict.h"

#include <string.h>
#include <strings.h>

static const rec_class vocabulary[] = {
	/*** English ***/
	/* "not ready" is spelled out for "NOT-READY", where the hyphen
	 * would make "not" a compound's part */
	{ GROUP(K_NEG, 0), WORDS("not ready", "not ready for production",
			  "not yet ready", "no go", "nogo", "denied",
			  "rejected", "unapproved", "blocked", "gaps found",
			  "do not ship", "do not deploy", "do not launch",
			  "do not release", "don't ship", "don't deploy",
			  "don't launch", "don't release", "don't go live",
			  "do not proceed", /* "proceed" begins a clause */
			  "do not go live", "cannot go live", "can't go live",
			  "hold the launch", "hold the release",
			  "hold the rollout", "does not meet", "does not yet meet",
			  "doesn't meet", "fails to meet", "cannot sign off",
			  "can't sign off",
			  "will not sign off", "won't sign off",
			  /* a reviewer's approval withheld: "Not approving this
			   * PR until the fix is deployed" */
			  "not approving", "will not approve", "won't approve",
			  "cannot approve", "can't approve",
			  "do not sign off", "not signed off",
			  "not yet signed off", "did not sign off",
			  "didn't sign off", "does not sign off",
			  "nobody signs off", "no one signs off",
			  /* ("ready to fix" is willing; not so, unwilling or
			   * unable: "we are not ready to do that") */
			  "not ready to", "not yet ready to", "isn't ready to",
			  "aren't ready to",
			  "not eligible", "not yet eligible",
			  /* "We recommend **not launching** on the date" */
			  "recommend not launching", "recommend not proceeding",
			  "recommend not going live", "recommend not shipping",
			  "recommend not releasing", "recommend against launching",
			  "recommend against the launch",
			  "recommend against proceeding",
			  "recommend against going live",
			  "recommend delaying", "recommend postponing") },
	/* a readiness no one will vouch for: "We cannot say it is ready" */
	{ GROUP(K_NEG, 0), WORDS("cannot say it is ready", "can't say it is ready",
			  "cannot say it's ready", "can't say it's ready",
			  "cannot say that it is ready", "cannot say we are ready",
			  "can't say we are ready", "can't say we're ready",
			  "cannot call it ready", "can't call it ready") },
	/* the launch as a decision goes: "the launch does not go ahead",
	 * "Three GO, one NO-GO: the launch goes ahead." */
	/* "Decision: **Release held** — gate not passed" */
	{ GROUP(K_NEG, 0), WORDS("release held", "launch held", "rollout held",
			  "go-live held", "release is held", "launch is held",
			  "gate not passed", "gates not passed") },
	{ GROUP(K_NEG, 0), WORDS("does not go ahead", "doesn't go ahead",
			  "will not go ahead", "won't go ahead",
			  "cannot go ahead", "can't go ahead",
			  "should not go ahead", "must not go ahead") },
	{ GROUP(K_POS, 0), WORDS("goes ahead", "can go ahead", "may go ahead",
			  "will go ahead",
			  /* "… so Payments Gateway v3 goes live on Thursday" */
			  "goes live",
			  /* "The LCE signs off the 1% and 10% stages." */
			  "signs off",
			  /* "iOS and Android 4.0.0 go to GA on 2026-08-18." */
			  "go to ga", "goes to ga",
			  /* "We are going ahead with the pilot fleet" */
			  "we are going ahead", "we're going ahead",
			  "is going ahead", "are going ahead") },
	/* a refusal denied, a go no one states: "This is not a no-go." */
	{ GROUP(K_PART, 0), WORDS("not a no-go", "not a no go", "not a nogo") },
	/* a decision to wait: "Verdict: Hold.", "Deferred to Q1" */
	{ GROUP(K_NEG, F_ALONE), WORDS("hold", "withheld") },
	/* a part held back: "proceed with weekends 1 and 2; hold Treasury
	 * Settlement in DC2" */
	{ GROUP(K_WARN, F_BEFORE), WORDS("hold") },
	/* a reviewer's approval: "LGTM", "LGTM with 2 nits" */
	{ GROUP(K_POS, 0), WORDS("lgtm") },
	{ GROUP(K_PEND, 0), WORDS("deferred", "postponed") },
	/* the decision itself passed on, none taken: "Decision: DEFERRED
	 * TO CAB", "the decision is deferred" */
	{ GROUP(K_NONE, 0), WORDS("deferred to cab", "deferred to the cab",
			   "deferred to the change advisory board",
			   "deferred to the board", "deferred to the arb",
			   "deferred to the architecture board",
			   "deferred to steering", "deferred to the steering committee",
			   "deferred to the steering group",
			   "deferred to the committee", "decision deferred",
			   "decision is deferred", "decision was deferred",
			   "decision postponed", "decision is postponed",
			   "decision was postponed") },
	/* a wait on an issue named, like "once FS-118 is fixed": "Handover
	 * is deferred until NTF-88 and NTF-91 are closed" (no verdict alone;
	 * a go beside it partial) */
	{ GROUP(K_WARN, F_ID), WORDS("deferred until", "postponed until") },
	/* an answer: "Ready for production? Not yet." */
	{ GROUP(K_NEG, F_ALONE), WORDS("not yet", "not at this time", "not now",
				"not really", "not quite") },
	/* … said informally: "Ready? Not even close.", "Verdict: not a
	 * chance" (listed before the negators "nowhere near", "far from") */
	{ GROUP(K_NEG, F_ALONE), WORDS("not even close", "not even nearly",
				"nowhere near", "nowhere close", "not a chance",
				"no chance", "far from it",
				"not by a long shot", "not by a long way") },
	/* the one thing ready is none of the service: "The only thing
	 * ready is the slide deck." */
	{ GROUP(K_NEG, 0), WORDS("only thing ready", "only thing that is ready",
			  "only thing that's ready", "only things ready",
			  "only things that are ready") },
	/* two negatives that make a go: "we are not unready", "there is no
	 * reason not to launch on 16 June" */
	{ GROUP(K_POS, 0), WORDS("not unready", "no reason not to launch",
			  "no reason not to ship", "no reason not to go live",
			  "no reason not to proceed", "no reason not to release") },
	{ GROUP(K_NEG, 0), WORDS("unready") },
	{ GROUP(K_NEG, F_ALONE), WORDS("fail", "failed") },
	/* a service assessment's result: "Result: Not met" */
	{ GROUP(K_NEG, F_ALONE), WORDS("not met") },
	{ GROUP(K_POS, F_ALONE), WORDS("met") },
	{ GROUP(K_NEG, F_AFTER), WORDS("not a go", "not yet a go") }, /* "GO" is not alone there */
	{ GROUP(K_NEG, 0), WORDS("cannot recommend", "can't recommend",
			  "do not recommend", "don't recommend",
			  "recommend a no-go", "recommending a no-go",
			  "recommend no-go", "recommending no-go",
			  "recommend a no go", "recommending a no go",
			  /* conformance (WCAG, VPAT) */
			  "does not conform", "does not yet conform",
			  "not conformant", "non-conformant") },
	{ GROUP(K_PART, 0), WORDS("partially conforms", "partially conformant") },
	{ GROUP(K_NEG, 0), WORDS("we are not go", "we're not go", "not go for launch",
			  "not go for production", "not go for release") },
	/* waiting: nothing is claimed ready yet */
	{ GROUP(K_PEND, 0), WORDS("pending", "awaiting", "on hold") },
	{ GROUP(K_PART, 0), WORDS("conditional", "conditionally", "conditional go",
			   "conditional pass", "partial", "partially",
			   "mostly", "at risk", "needs work", "needs improvement",
			   "needs some work", "needs attention") },
	/* readiness to come, on a condition: "will be ready once …" */
	{ GROUP(K_PART, 0), WORDS("will be ready", "will be production ready",
			   "will be ready for production", "would be ready",
			   "should be ready", "ready once", "ready after",
			   "ready when", "ready as soon as") },
	{ GROUP(K_WITH, 0), WORDS("with") },
	/* a verdict that held before: "previously CONDITIONAL GO, now GO",
	 * "GO (was CONDITIONAL GO)", "upgraded from CONDITIONAL GO" (the
	 * verdict after "to" is not read: "two weeks to go" says none) */
	{ GROUP(K_WAS, F_BEFORE), WORDS("was") },
	{ GROUP(K_POS, F_AFTER | F_NOW), WORDS("now go", "now a go") },
	/* a verdict changed: "Verdict changed to **GO** for the 5 March
	 * season start" (the go after "to" read) */
	{ GROUP(K_POS, F_AFTER | F_NOW), WORDS("changed to go",
					       "changed to a go", "upgraded to go",
					       "upgraded to a go", "revised to go",
					       "raised to go") },
	{ GROUP(K_POS, F_NOW), WORDS("changed to go for") },
	{ GROUP(K_NEG, F_NOW), WORDS("changed to no-go", "changed to no go",
				     "changed to a no-go") },
	/* a part's go: "Wave 2 is GO for 18 May", "The Board agreed a GO" */
	{ GROUP(K_POS, F_AFTER), WORDS("is go", "is a go", "are go",
				       "agreed a go") },
	{ GROUP(K_POS, 0), WORDS("is go for", "is a go for", "are go for",
				 "agreed a go for") },
	{ GROUP(K_NEG, F_AFTER | F_NOW), WORDS("now no-go", "now no go") },
	{ GROUP(K_WAS, 0), WORDS("previously", "formerly", "earlier",
			  "before", "upgraded from", "downgraded from",
			  "changed from", "moved from", "raised from",
			  "lowered from", "antes", "anteriormente",
			  "previamente", "zuvor", "vorher", "précédemment",
			  "auparavant", "in precedenza", "precedentemente",
			  "wcześniej", "ранее", "раньше") },
	/* a verdict named as an old one: 'The old "PARTIAL" from the May
	 * dry-run no longer applies', "the previous NO-GO" */
	{ GROUP(K_WAS, F_NEXT), WORDS("old", "previous", "prior", "former") },
	/* what holds now, after what held before: "it is now GO", "Ahora:
	 * GO"; a verdict revised: "the verdict is downgraded to
	 * **CONDITIONAL GO**" */
	{ GROUP(K_NOW, 0), WORDS("now", "ahora", "agora", "jetzt", "nunmehr",
			  "maintenant", "désormais", "adesso", "teraz",
			  "теперь", "inmiddels", "nyní", "downgraded to",
			  "upgraded to", "revised to", "changed to",
			  "lowered to", "raised to") },
	/* a verdict not given, only imagined: "We would have called this
	 * **READY** had the drill finished inside the RTO" */
	{ GROUP(K_WAS, 0), WORDS("would have", "would've", "would have been",
			  "would have called", "would have given",
			  "would have said", "could have been",
			  "might have been", "would not have",
			  "wouldn't have", "would not have been",
			  "would not have called") },
	/* a go-ahead taken back: "GO — withdrawn 3 Nov after INC-88" */
	{ GROUP(K_NEG, 0), WORDS("withdrawn", "revoked", "rescinded",
			  "retracted", "retirado", "retirada", "zurückgezogen",
			  "retiré", "ritirato", "ingetrokken", "wycofany",
			  "no podemos recomendar", "não podemos recomendar",
			  "nous ne pouvons pas recommander",
			  "non possiamo raccomandare") },
	{ GROUP(K_CAVEAT, 0), WORDS("caveat", "caveats", "condition", "conditions",
			     "risk", "risks", "reservation", "reservations",
			     "gap", "gaps", "issue", "issues", "warning",
			     "warnings", "exception", "exceptions",
			     "follow-ups", "concern", "concerns", "limitation",
			     "limitations", "findings", "recommendations",
			     "observations", "caution",
			     /* "GO WITH FIXES": a go on the fixes to come;
			      * "GO WITH CHANGES", on changes required */
			     "fixes", "changes",
			     /* "PRODUCTION READY (with deployment
			      * requirements)": a go on terms still to meet */
			     "requirements", "prerequisites", "preconditions") },
	/* fixes said to be done are no condition: "GO with fixes applied" */
	{ GROUP(K_NONE, 0), WORDS("fixes applied", "fixes in place", "fixes merged",
			   "fixes landed", "fixes deployed", "fixes verified",
			   "changes applied", "changes in place", "changes merged",
			   "changes landed", "changes deployed", "changes verified",
			   "changes made",
			   "requirements met", "prerequisites met",
			   /* nor is what it needs to run: "production-ready …
			    * with minimal resource requirements" */
			   "resource requirements", "hardware requirements",
			   "memory requirements", "system requirements",
			   "minimal requirements", "minimum requirements") },
	/* follow-ups said to be tracked are work after the launch, no
	 * condition of it: "ready for production …, with the two
	 * follow-ups above tracked in the squad's board" */
	{ GROUP(K_NONE, 0), WORDS("follow-ups tracked", "follow-ups above tracked",
			   "follow-ups below tracked", "follow-ups to be tracked",
			   "follow-ups being tracked") },
	/* caveats said to block nothing: "ready, with two follow-ups
	 * (below). Neither blocks anything." */
	{ GROUP(K_FREE, 0), WORDS("neither blocks", "neither is blocking",
			   "neither of which blocks", "neither of them blocks",
			   "none blocks", "none block", "none blocking",
			   "none is blocking", "none are blocking",
			   "none of them blocks", "none of them block",
			   "none of which blocks", "none of which block",
			   "none of them are blocking", "none of which are blocking") },
	{ GROUP(K_POS, F_NOT_TO), WORDS("ready") },
	{ GROUP(K_POS, 0), WORDS("production ready", "ready for production",
			  "ready for launch", "ready for release",
			  "ready for handoff", "ready to ship",
			  "ready to launch", "ready to deploy", "ready to go",
			  "ready to go live", "ready to release", "ready to publish",
			  "ready to roll out", "ready to proceed", "approved",
			  "approved for production", "cleared for launch",
			  "cleared for production", "good to go",
			  "can go live", "recommend launching",
			  "recommend proceeding", "recommend going live",
			  "recommended for production",
			  "suitable for production",
			  "recommended for go live", "recommended for launch",
			  "recommended for release", "meets all",
			  "meets the readiness bar", "meets readiness") },
	/* "the product is **not yet launch-ready**" (a compound of its
	 * own, as "production-ready"; not "release-ready", said of a
	 * feature as often as of the whole) */
	{ GROUP(K_POS, 0), WORDS("launch ready") },
	/* an order to go: "Ship on Monday.", "Approve for GA." */
	{ GROUP(K_POS, F_BEFORE), WORDS("ship", "approve") },
	{ GROUP(K_POS, F_ALONE), WORDS("ship it") },
	/* "**Verdict:** NOT RECOMMENDED", not "… is not recommended" */
	{ GROUP(K_NEG, F_ALONE), WORDS("not recommended") },
	/* idioms of a decision to go: "We are go for launch on Monday" */
	{ GROUP(K_POS, 0), WORDS("we are go", "we're go", "we are a go", "is a go",
			  "it's a go", "green light", "green-lit",
			  "greenlit") },
	/* a RAG status, alone in its clause: "Overall: 🟡 AMBER" */
	{ GROUP(K_POS, F_ALONE), WORDS("green") },
	{ GROUP(K_PART, F_ALONE), WORDS("amber", "yellow") },
	{ GROUP(K_NEG, F_ALONE), WORDS("red") },
	{ GROUP(K_POS, F_ALONE), WORDS("go", "pass", "passed") },
	/* a go-live refused, alone in its clause: "… → NIET LIVE." */
	{ GROUP(K_NEG, F_ALONE), WORDS("not live", "niet live", "nicht live") },
	/* the review itself passed, or not: "**PRODUCTION AUDIT PASSED**"
	 * (not a check's: "security audit passed") */
	{ GROUP(K_POS, 0), WORDS("production audit passed", "readiness audit passed",
			  "readiness review passed", "production review passed") },
	{ GROUP(K_NEG, 0), WORDS("production audit failed", "readiness audit failed",
			  "readiness review failed", "production review failed") },
	/* a choice among options, no go-ahead: "Go with Option 1 —
	 * refactor the engine" */
	{ GROUP(K_NONE, 0), WORDS("go with option", "go with options",
			   "go with the option", "go with approach",
			   "go with the approach", "go with plan", "go with the plan",
			   "go with alternative", "go with the alternative",
			   "go with the proposal", "go with the design",
			   "go with the solution", "go with the variant",
			   "go with variant", "go with the strategy",
			   "go with the first", "go with the second",
			   "go with the third", "go with the latter",
			   "go with the former", "go with the simpler",
			   "go with the simplest", "go with the recommended") },
	{ GROUP(K_POS, F_BEFORE), WORDS("go for launch", "go for production",
				 "go for release", "go for", "proceed") },
	/* "RUNBOOKS COMPLETE - …", not "complete the rollout" */
	{ GROUP(K_POS, F_AFTER), WORDS("complete") },
	/* a bare answer, listed before the negator it would tie with */
	{ GROUP(K_NO, F_ALONE), WORDS("no", "não", "non", "nein") },
	{ GROUP(K_NOT, 0), WORDS("not", "no", "never", "without", "zero", "almost",
			  "nearly", "isn't", "aren't", "cannot", "can't",
			  /* "nothing is ready", "nowhere near ready" */
			  "nothing", "nowhere near", "far from") },
	/* titles and labels that hold verdict words */
	/* ready for a step before production: no verdict on production */
	/* a list's title: "**What is ready**", "What is not ready yet" */
	{ GROUP(K_NONE, 0), WORDS("what is ready", "what's ready", "what is not ready",
			   "what isn't ready", "what is not yet ready",
			   "what is not ready yet") },
	{ GROUP(K_NONE, 0), WORDS("ready for developer review", "ready for development",
			   "ready for implementation", "ready for integration",
			   "ready for testing", "ready for beta testing",
			   "ready for qa", "ready for uat",
			   "ready for production testing",
			   "ready for production review",
			   "pronto para integração", "pronta para integração",
			   "pronto para testes", "pronta para beta testing",
			   "pronta para beta", "listo para pruebas",
			   "prêt pour les tests") },
	{ GROUP(K_PEND, 0), WORDS("aguardando", "esperando") },
	/* a go said to be whole: "GO (not conditional)", "GO. Not
	 * conditional: every blocker is closed." */
	{ GROUP(K_NONE, 0), WORDS("not conditional", "not conditionally",
			   "non conditional") },
	{ GROUP(K_NONE, 0), WORDS("not applicable", "go/no-go", "go no go",
			   "pass/fail", "ready for review", "ready to start",
			   "ready to begin", "definition of ready") },
	/* a verdict word naming a criterion: "above the two the READY bar
	 * allows" */
	{ GROUP(K_NONE, 0), WORDS("ready bar", "ready criteria", "ready criterion",
			   "ready threshold", "go bar", "go criteria",
			   "go criterion", "go threshold") },

	/*** Spanish and Portuguese (one word may serve both) ***/
	{ GROUP(K_NEG, 0), WORDS("rechazado", "rechazada", "denegado", "bloqueado",
			  "reprovado", "rejeitado", "desfavorable",
			  "desfavorável") },
	{ GROUP(K_PEND, 0), WORDS("pendiente", "pendente", "en espera") },
	{ GROUP(K_PART, 0), WORDS("condicional", "parcial", "parcialmente") },
	{ GROUP(K_WITH, 0), WORDS("con", "com") },
	{ GROUP(K_CAVEAT, 0), WORDS("observaciones", "condiciones", "reservas",
			     "salvedades", "riesgos", "ressalvas",
			     "condições", "riscos", "observações") },
	/* not "lista": a list, in both */
	{ GROUP(K_POS, 0), WORDS("listo", "listo para producción",
			  "lista para producción", "pronto", "pronta",
			  "pronto para produção", "aprobado", "aprobada",
			  "aprovado", "aprovada", "apto", "favorável") },
	{ GROUP(K_POS, F_BEFORE), WORDS("proceder", "prosseguir") },
	/* a go with its scope, as "GO FOR PRIVATE LOCAL USE": "GO OPERATIVO
	 * LOCAL PRIVADO", "GO para producción" (French, German too) */
	{ GROUP(K_POS, F_BEFORE), WORDS("go operativo", "go operativa",
				 "go operacional", "go para", "go pour",
				 "go opérationnel", "go für") },
	{ GROUP(K_NOT, 0), WORDS("não") }, /* "no" is with English */
	/* a report ("Reporte de Preparación"), not French "reporté" */
	{ GROUP(K_NONE, 0), WORDS("reporte", "reportes") },

	/*** French ***/
	{ GROUP(K_NEG, 0), WORDS("refusé", "rejeté", "bloqué", "échec",
			  "défavorable", "avis défavorable") },
	{ GROUP(K_PEND, 0), WORDS("en attente", "ajourné", "ajournée", "reporté",
			   "reportée") },
	{ GROUP(K_PART, 0), WORDS("conditionnel", "partiellement", "go partiel") },
	{ GROUP(K_WITH, 0), WORDS("avec", "sous") },
	{ GROUP(K_CAVEAT, 0), WORDS("réserve", "réserves", "risques") },
	{ GROUP(K_POS, 0), WORDS("prêt", "prête", "prêts", "prêtes",
			  "prêt pour la production",
			  "prête pour la production", "approuvé", "validé",
			  "avis favorable") },
	/* "Avis : favorable", not "a favorable outcome" (English too) */
	{ GROUP(K_POS, F_BEFORE), WORDS("favorable") },
	{ GROUP(K_NOT, 0), WORDS("n'est pas", "ne sont pas", "pas", "non") },

	/*** German ***/
	{ GROUP(K_NEG, 0), WORDS("abgelehnt", "blockiert") },
	{ GROUP(K_PEND, 0), WORDS("ausstehend") },
	{ GROUP(K_PART, 0), WORDS("bedingt", "teilweise", "eingeschränkt") },
	{ GROUP(K_WITH, 0), WORDS("mit", "unter") },
	{ GROUP(K_CAVEAT, 0), WORDS("auflagen", "einschränkungen", "vorbehalt",
			     "risiken") },
	{ GROUP(K_POS, 0), WORDS("produktionsreif", "bereit", "freigegeben",
			  "bestanden", "erteilt") },
	{ GROUP(K_NEG, 0), WORDS("kein go") },
	{ GROUP(K_NOT, 0), WORDS("nicht", "kein", "keine") },

	/*** Chinese and Japanese: no spaces, so these match anywhere; the
	 * longest match makes "未就绪" hide "就绪", "不合格" hide "合格" ***/
	{ GROUP(K_NEG, 0), WORDS("不能", "不可以", "未就绪", "尚未就绪", "未通过",
			  "不通过", "不合格", "否决", "本番稼働不可", "稼働不可",
			  "リリース不可", "却下", "未就緒", "尚未就緒", "否決",
			  "提出不可") },
	/* a production standard not (yet) met: "尚未达到生产环境标准" */
	{ GROUP(K_NEG, 0), WORDS("未达到生产环境标准", "未达到企业级生产环境标准",
			  "未达到生产标准", "没有达到生产环境标准", "不符合生产环境标准",
			  "未达到生产级标准") },
	{ GROUP(K_PEND, 0), WORDS("待定", "保留", "暂缓上线", "暂缓") },
	/* a bare answer, alone in its clause: "リリース可否：不可",
	 * "判定：可" (not "可能" or a label's "可否") */
	{ GROUP(K_NEG, F_ALONE), WORDS("不可", "否認") },
	{ GROUP(K_POS, F_ALONE), WORDS("可") },
	{ GROUP(K_NONE, 0), WORDS("可否") },
	/* a review of readiness names its subject, no verdict ("发布就绪评审",
	 * as "Release Readiness Review"); "就绪性" is the noun "readiness"
	 * ("生产就绪性审查报告"), "就绪报告" a readiness report */
	{ GROUP(K_NONE, 0), WORDS("就绪评审", "就绪检查", "就绪审查", "就绪评估",
			   "就绪度", "就緒評審", "就緒檢查", "就緒審查",
			   "就緒評估", "就緒度", "就绪性", "就緒性",
			   "就绪报告", "就緒報告") },
	/* "ＧＯ（条件付きではない）": not conditional, a whole go */
	{ GROUP(K_NONE, 0), WORDS("条件付きではない", "条件付きではありません",
			   "条件付きでない", "条件なし") },
	{ GROUP(K_PART, 0), WORDS("有条件", "部分就绪", "有條件", "部分就緒",
			   "一部提出可",
			   "条件付き", "改善推奨", "要改善",
			   "需要改进", "待改进") },
	{ GROUP(K_POS, 0), WORDS("可以投入生产", "可以上线", "已就绪", "就绪", "通过",
			  "可以上線", "已就緒", "就緒", "通過", "提出可",
			  "合格", "批准", "本番稼働可能", "稼働可能",
			  "リリース可能", "承認",
			  /* the production standard met: "您的平台现已达到企业级
			   * 生产环境标准！" */
			  "达到生产环境标准", "达到企业级生产环境标准", "达到生产标准",
			  "达到生产级标准", "符合生产环境标准") },
	/*** Italian ***/
	{ GROUP(K_NEG, 0), WORDS("parere sfavorevole", "sfavorevole", "non pronto",
			  "non approvato", "respinto") },
	{ GROUP(K_PART, 0), WORDS("con riserva", "con riserve", "condizionato",
			   "parzialmente") },
	{ GROUP(K_POS, 0), WORDS("parere favorevole", "favorevole", "approvato",
			  "pronto per la produzione") },

	/*** Dutch, Russian, Polish, Turkish, Vietnamese ***/
	{ GROUP(K_NEG, 0), WORDS("niet gereed", "niet klaar", "не готов", "Не готов",
			  "НЕ ГОТОВ", "не готово", "Не готово", "niegotowy",
			  "niegotowe", "niegotowa", "nie gotowy", "Nie gotowy",
			  "nie jest gotowy", "nie jest gotowe", "nie jest gotowa", "hazır değil",
			  "Hazır değil", "chưa sẵn sàng", "Chưa sẵn sàng",
			  "không sẵn sàng", "nog geen go", "geen go",
			  "odrzucony", "odrzucona", "odrzucone", "negatywna",
			  "negatywny", "negatywne") },
	{ GROUP(K_PART, 0), WORDS("gedeeltelijk gereed", "voorwaardelijk",
			   "готов с условиями", "Готов с условиями", "частично",
			   "условно", "Условно",
			   "Частично", "gotowy warunkowo", "Gotowy warunkowo",
			   "gotowe warunkowo", "gotowa warunkowo",
			   "warunkowo", "warunkowe", "częściowo", "koşullu", "Koşullu",
			   "kısmen", "có điều kiện", "một phần",
			   "z zastrzeżeniami", "z uwagami") },
	{ GROUP(K_POS, 0), WORDS("gereed", "klaar voor productie", "готов", "Готов",
			  "ГОТОВ", "готово", "gotowy", "Gotowy", "gotowe", "gotowa",
			  "hazır", "Hazır", "zatwierdzony", "zatwierdzona",
			  "zatwierdzone", "pozytywna", "pozytywny", "pozytywne",
			  "sẵn sàng", "Sẵn sàng") },
	/*** Korean (spaced as Latin scripts are) ***/
	{ GROUP(K_NEG, 0), WORDS("준비 미완료", "준비 안 됨", "준비되지 않음",
			  "미준비", "출시 불가", "불합격", "반려", "미통과") },
	{ GROUP(K_PEND, 0), WORDS("보류", "대기") },
	{ GROUP(K_PART, 0), WORDS("조건부", "조건부 승인", "부분 통과") },
	{ GROUP(K_POS, 0), WORDS("준비 완료", "승인", "통과", "운영 가능") },

	/*** Swedish, Danish, Norwegian ("klar" alone is also "clear") ***/
	{ GROUP(K_NEG, 0), WORDS("underkänd", "avslag", "avslagen", "afvist",
			  "avvist") },
	{ GROUP(K_PART, 0), WORDS("villkorat", "villkorligt", "delvis", "delvist",
			   "betinget", "betinget godkendt",
			   "betinget godkjent") },
	{ GROUP(K_WITH, 0), WORDS("med") },
	{ GROUP(K_CAVEAT, 0), WORDS("villkor", "förbehåll", "risker", "anmärkningar",
			     "forbehold", "betingelser", "vilkår", "risici",
			     "risikoer") },
	{ GROUP(K_POS, 0), WORDS("godkänd", "godkänt", "redo", "redo för produktion",
			  "klar för produktion", "klar för drift",
			  "godkendt", "klar til produktion", "klar til drift",
			  "klar til lancering", "godkjent", "klar for produksjon",
			  "klar for drift", "klar for lansering") },
	{ GROUP(K_NOT, 0), WORDS("inte", "ej", "icke", "ikke", "endnu ikke",
			  "ennå ikke", "ännu inte") },
	/*** Finnish ***/
	{ GROUP(K_NEG, 0), WORDS("hylätty") },
	{ GROUP(K_PART, 0), WORDS("ehdollisesti", "ehdollinen", "osittain",
			   "valmis ehdoin") },
	{ GROUP(K_POS, 0), WORDS("valmis", "valmis tuotantoon", "hyväksytty") },
	{ GROUP(K_NOT, 0), WORDS("ei", "ei vielä") },
	/*** Czech ***/
	{ GROUP(K_NEG, 0), WORDS("nepřipraveno", "nepřipravena", "nepřipraven",
			  "zamítnuto") },
	{ GROUP(K_PART, 0), WORDS("částečně", "podmíněně", "s výhradami",
			   "s podmínkami") },
	{ GROUP(K_POS, 0), WORDS("připraveno", "připravena", "připraven",
			  "schváleno") },
	{ GROUP(K_NOT, 0), WORDS("není", "nejsou", "ne") },
	/*** Ukrainian ***/
	{ GROUP(K_NEG, 0), WORDS("не готово", "не готовий", "не готова", "не готові",
			  "відхилено") },
	{ GROUP(K_PART, 0), WORDS("частково", "умовно", "з умовами",
			   "із застереженнями") },
	{ GROUP(K_POS, 0), WORDS("готовий", "готова", "готові", "схвалено") },
	/*** Hungarian ***/
	{ GROUP(K_NEG, 0), WORDS("elutasítva", "nincs kész") },
	{ GROUP(K_PART, 0), WORDS("feltételesen", "feltételekkel", "részben") },
	{ GROUP(K_POS, 0), WORDS("élesíthető", "kész", "jóváhagyva") },
	{ GROUP(K_NOT, 0), WORDS("nem", "még nem") },
	/*** Romanian ***/
	{ GROUP(K_NEG, 0), WORDS("respins", "respinsă") },
	{ GROUP(K_PART, 0), WORDS("parțial", "parţial", "condiționat", "condiţionat",
			   "condiționată") },
	{ GROUP(K_WITH, 0), WORDS("cu") },
	{ GROUP(K_CAVEAT, 0), WORDS("condiții", "condiţii", "rezerve", "riscuri") },
	{ GROUP(K_POS, 0), WORDS("pregătit", "pregătită", "pregătite", "aprobat",
			  "aprobată") },
	{ GROUP(K_NOT, 0), WORDS("nu", "nu este", "nu sunt", "încă nu") },
	/*** Indonesian ***/
	{ GROUP(K_NEG, 0), WORDS("belum siap", "tidak siap", "ditolak",
			  /* Malay */
			  "belum sedia", "tidak sedia", "belum bersedia") },
	{ GROUP(K_PEND, 0), WORDS("ditunda") },
	{ GROUP(K_PART, 0), WORDS("bersyarat", "sebagian", "separa") },
	{ GROUP(K_WITH, 0), WORDS("dengan") },
	{ GROUP(K_CAVEAT, 0), WORDS("catatan", "syarat", "risiko") },
	{ GROUP(K_POS, 0), WORDS("siap", "siap produksi", "disetujui") },
	{ GROUP(K_NOT, 0), WORDS("tidak", "belum") },
	/*** Greek ***/
	{ GROUP(K_NEG, 0), WORDS("απορρίφθηκε") },
	{ GROUP(K_PART, 0), WORDS("υπό προϋποθέσεις", "υπό όρους", "μερικώς") },
	{ GROUP(K_WITH, 0), WORDS("με") },
	{ GROUP(K_CAVEAT, 0), WORDS("επιφυλάξεις", "όρους", "κινδύνους") },
	{ GROUP(K_POS, 0), WORDS("έτοιμο", "έτοιμη", "έτοιμος", "έτοιμα",
			  "εγκρίθηκε", "εγκεκριμένο") },
	{ GROUP(K_NOT, 0), WORDS("δεν", "δεν είναι", "μη", "όχι") },
	/*** Hebrew ***/
	{ GROUP(K_NEG, 0), WORDS("נדחה") },
	{ GROUP(K_PART, 0), WORDS("בתנאים", "חלקית", "בתנאי") },
	{ GROUP(K_WITH, 0), WORDS("עם") },
	{ GROUP(K_CAVEAT, 0), WORDS("הסתייגויות", "תנאים", "סיכונים") },
	{ GROUP(K_POS, 0), WORDS("מוכן", "מוכנה", "מוכנים", "מוכן לייצור", "מאושר",
			  "אושר") },
	{ GROUP(K_NOT, 0), WORDS("לא", "אינו", "אינה", "עדיין לא") },
	/*** Arabic ***/
	{ GROUP(K_NEG, 0), WORDS("مرفوض") },
	/* (with the article too: "جاهز للإطلاق المشروط", ready for the
	 * conditional launch) */
	{ GROUP(K_PART, 0), WORDS("بشروط", "مشروط", "المشروط", "مشروطة", "المشروطة",
			   "جزئيًا", "جزئيا") },
	{ GROUP(K_WITH, 0), WORDS("مع") },
	{ GROUP(K_CAVEAT, 0), WORDS("تحفظات", "شروط", "ملاحظات", "مخاطر") },
	{ GROUP(K_POS, 0), WORDS("جاهز", "جاهزة", "جاهز للإنتاج", "معتمد",
			  "موافق عليه") },
	{ GROUP(K_NOT, 0), WORDS("غير", "ليس", "ليست", "لم") },
	/*** Thai (unspaced: matches anywhere, the longest first) ***/
	{ GROUP(K_NEG, 0), WORDS("ยังไม่พร้อม", "ไม่พร้อม", "ไม่อนุมัติ") },
	{ GROUP(K_PART, 0), WORDS("พร้อมแบบมีเงื่อนไข", "มีเงื่อนไข") },
	{ GROUP(K_POS, 0), WORDS("พร้อม", "พร้อมขึ้นระบบจริง", "อนุมัติ") },

	/* a condition on a positive, no verdict alone: "READY for GA, on
	 * condition that F-008 is fixed" */
	{ GROUP(K_WARN, 0), WORDS("on condition that", "on the condition that",
			   "provided that", "providing that", "contingent on",
			   "contingent upon", "as long as") },
	/* a launch to part of the traffic: "approved for a canary" */
	{ GROUP(K_WARN, 0), WORDS("canary", "pilot", "soft launch",
			   "limited rollout", "limited release",
			   "staged rollout", "partial rollout",
			   "phased rollout", "limited beta", "private beta",
			   "public beta", "early access") },
	/* a go for such a stage and no further, the verdict alone in its
	 * clause: "The current recommendation is **🟠 Pilot Only** — a
	 * full launch is gated on the blockers below." */
	{ GROUP(K_PART, F_ALONE), WORDS("pilot only", "canary only", "beta only") },
	/* ready when something else is done first: "We recommend proceeding
	 * with the launch once the two P1 items are closed" */
	{ GROUP(K_WARN, 0), WORDS("once the", "as soon as", "after the") },
	/* … the fixes or a merge still to come: "ready to publish … after
	 * fixing all P0 blockers", "READY FOR THE FIRST TAGGED RELEASE AFTER
	 * REVIEW AND MERGE", "approved once fixed" */
	{ GROUP(K_WARN, 0), WORDS("after fixing", "after fixes", "once fixed",
			   "after merge", "after merging", "after review and merge") },
	/* … or any other step to take first, in -ing: "FULLY READY for
	 * integration after publishing on GitHub" */
	{ GROUP(K_WARN, F_ING), WORDS("after") },
	/* (Russian: after the fix, the publication, the merge) */
	{ GROUP(K_WARN, 0), WORDS("после исправления", "после публикации",
			   "после слияния") },
	/* a go foreseen on a condition that opens the clause: "Once
	 * PLAT-812 lands we expect **GO**", "If PLAT-812 lands in sprint 7,
	 * the service is ready for production" */
	{ GROUP(K_WARN, F_BEFORE), WORDS("once", "if", "unless", "assuming",
				  "provided", "providing", "otherwise") },
	/* … or names the issue to be closed first: "approved for the
	 * recommendations model once FS-118 is fixed" */
	{ GROUP(K_WARN, F_ID), WORDS("once") },
	/* … or follows a readiness at once: "Ready for launch after Stripe
	 * configuration", "Ready for launch once Stripe is configured" */
	{ GROUP(K_WARN, F_ON_POS), WORDS("once", "after", "as soon as") },
	{ GROUP(K_WARN, 0), WORDS("we expect", "we would expect", "expected to be") },
	/* on a condition: "Go, subject to the RoPA update", "GO, provided
	 * the DPIA is signed", "Ready, except for SMS" */
	{ GROUP(K_WARN, 0), WORDS("subject to", "provided that", "provided the",
			   "on condition that", "as long as", "contingent on",
			   "conditional on", "except for", "except that") },

	/*** Warning marks: a caveat on a positive, no verdict alone ***/
	{ GROUP(K_WARN, 0), WORDS("\u26A0", "\U0001F7E1", "\U0001F7E0") }, /* ⚠🟡🟠 */
};

rec_vocab rec_verdict_vocab = REC_VOCAB_CLASSES(vocabulary);

/*** Labels of verdicts ***/


const struct labels rec_verdict_label_names[] = {
	/* English */
	{ 2, WORDS("verdict", "decision", "go/no-go", "recommendation",
		   "recommend", "recommended",
		   "conclusion", "launch authorization",
		   "release authorization", "tl;dr", "tldr", "bottom line",
		   /* "The short version: we are not unready." */
		   "short answer", "the short answer", "short version",
		   "the short version") },
	{ 1, WORDS("status", "result", "outcome", "assessment", "evaluation",
		   "readiness", "call", "level") },
	/* "Overall: NOT READY"; within a part, that part's (import_head.c) */
	{ 2, WORDS("overall") },
	/* Spanish and Portuguese */
	{ 2, WORDS("veredicto", "veredito", "decisión", "decisão",
		   "conclusión", "conclusão", "recomendación", "recomendação",
		   "dictamen", "parecer") },
	{ 1, WORDS("estado", "resultado", "evaluación", "situação",
		   "avaliação", "situação atual", "situación actual",
		   "estado actual", "estado atual") },
	/* French ("verdict", "conclusion" as in English) */
	{ 2, WORDS("décision", "recommandation", "avis") },
	{ 1, WORDS("statut", "état", "résultat", "évaluation") },
	/* Italian */
	{ 2, WORDS("parere", "decisione", "raccomandazione", "conclusione",
		   "verdetto") },
	{ 1, WORDS("esito", "stato", "valutazione") },
	/* German */
	{ 2, WORDS("urteil", "fazit", "entscheidung", "empfehlung", "freigabe") },
	{ 1, WORDS("ergebnis", "bewertung", "gesamtbewertung") },
	/* Chinese and Japanese */
	{ 2, WORDS("结论", "結論", "判定", "决定", "可否") },
	{ 1, WORDS("状态", "状態", "ステータス", "结果", "結果", "评估", "評価",
		   "総合評価") },
	/* Dutch, Russian, Polish, Turkish, Vietnamese */
	{ 2, WORDS("oordeel", "besluit", "conclusie", "advies", "итог", "Итог", "вердикт",
		   "Вердикт", "решение", "Решение", "заключение", "Заключение",
		   "werdykt", "decyzja", "wniosek", "rekomendacja", "karar", "sonuç", "Sonuç",
		   "kết luận", "Kết luận", "quyết định", "Quyết định") },
	{ 1, WORDS("ocena", "ocena końcowa", "wynik") },
	/* Korean */
	{ 2, WORDS("결론", "판정", "검토 결과", "최종 결과") },
	{ 1, WORDS("결과", "상태") },
	/* Swedish, Danish, Norwegian, Finnish */
	{ 2, WORDS("beslut", "slutsats", "rekommendation", "beslutning",
		   "konklusion", "konklusjon", "anbefaling", "päätös",
		   "johtopäätös", "suositus") },
	{ 1, WORDS("bedömning", "vurdering", "tila", "arvio") },
	/* Czech, Ukrainian, Hungarian, Romanian, Indonesian */
	{ 2, WORDS("rozhodnutí", "závěr", "doporučení", "verdikt", "рішення",
		   "висновок", "рекомендація", "döntés", "következtetés",
		   "javaslat", "decizie", "decizia", "concluzie", "concluzia",
		   "recomandare", "verdict", "keputusan", "kesimpulan",
		   "rekomendasi", "hasil review", "hasil") },
	{ 1, WORDS("hodnocení", "stav", "статус", "оцінка", "értékelés",
		   "állapot", "evaluare", "stare", "penilaian") },
	/* Greek, Hebrew, Arabic, Thai */
	{ 2, WORDS("απόφαση", "συμπέρασμα", "σύσταση", "ετυμηγορία", "החלטה",
		   "ההחלטה", "מסקנה", "המלצה", "القرار", "قرار", "الخلاصة",
		   "الاستنتاج", "التوصية", "ข้อสรุป", "การตัดสินใจ",
		   "คำตัดสิน") },
	{ 1, WORDS("κατάσταση", "αξιολόγηση", "סטטוס", "الحالة", "التقييم",
		   "สถานะ", "ผลการประเมิน") },
};

/* Words around a label's name; "final" makes any label strong. */
const struct labels rec_verdict_label_qualifiers[] = {
	{ 2, WORDS("final", "finale", "go/no-go", "最终", "最終", "slutlig",
		   "slutligt", "endelig", "endelige", "lopullinen", "konečné",
		   "konečný", "остаточне", "остаточний", "végső", "finală",
		   "akhir", "τελική", "סופית", "הסופית", "النهائي",
		   "النهائية") },
	{ 0, WORDS("overall", "general", "global", "geral", "générale",
		   "launch", "release", "production", "readiness", "review",
		   "prr", "approval", "rag", "rating", "总体", "総合", "リリース", "samlad",
		   "samlet", "samlede", "globale", "celkové", "celkový", "загальний",
		   "загальна", "összesített", "keseluruhan", "συνολική",
		   "כוללת", "الإجمالي") },
};
const size_t rec_verdict_n_label_names = COUNT(rec_verdict_label_names);
const size_t rec_verdict_n_label_qualifiers = COUNT(rec_verdict_label_qualifiers);

/* Whether the word at s[at] is counted: "5 Go, 1 No-Go" tallies votes,
 * no verdict. */
bool rec_verdict_counted(const char *s, size_t n, size_t at)
{
	/* (not "Wave 2 is GO") */
	if ((n - at >= 3 && strncasecmp(s + at, "is ", 3) == 0) ||
	    (n - at >= 4 && strncasecmp(s + at, "are ", 4) == 0))
		return false;
	static const char *const numbers[] = { "one", "two", "three", "four",
		"five", "six", "seven", "eight", "nine", "ten", NULL };
	size_t i = at;
	while (i && s[i - 1] == ' ')
		i--;
	if (i == at || !i)
		return false;
	if (s[i - 1] >= '0' && s[i - 1] <= '9') {
		/* (a name's number counts nothing: "Gateway v3 goes live",
		 * nor does a version's: "Android 4.0.0 go to GA") */
		while (i && s[i - 1] >= '0' && s[i - 1] <= '9')
			i--;
		return !i || !(((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z') ||
			       (s[i - 1] == '.' && i >= 2 && s[i - 2] >= '0' && s[i - 2] <= '9'));
	}
	/* "Three GO, one NO-GO" */
	size_t b = i;
	while (b && ((s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z'))
		b--;
	for (int k = 0; numbers[k]; k++)
		if (strlen(numbers[k]) == i - b && strncasecmp(s + b, numbers[k], i - b) == 0)
			return true;
	return false;
}

size_t prr_rec_verdict_summing_up(const char *s, size_t n)
{
	static const char *const opens[] = { "overall:", "overall,",
		"overall verdict", "overall status", "overall assessment",
		"overall result", "in summary", "in short", "bottom line",
		"all in all", "on balance", "en resumen", "en résumé",
		"em resumo", "insgesamt", "zusammenfassend", NULL };
	for (size_t i = 2; i < n; i++) {
		if ((s[i - 1] != ' ' && s[i - 1] != '\n') ||
		    (s[i - 2] != '.' && s[i - 2] != ';'))
			continue;
		size_t k = i;
		while (k < n && (s[k] == '*' || s[k] == '_'))
			k++;
		for (int w = 0; opens[w]; w++) {
			size_t l = strlen(opens[w]);
			if (l <= n - k && strncasecmp(s + k, opens[w], l) == 0)
				return k;
		}
	}
	return 0;
}
