/* test_import_lang16.c - what the importer reads in reviews written in
 * other languages (round 24: Portuguese, Japanese, French, Italian,
 * German, Dutch, Spanish, Chinese, Polish): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* "Gravidade" (Portuguese) and "Gravedad" (Spanish) name a severity
 * column: "Ref. | Descrição | Gravidade | Responsável | Situação" is a
 * table of findings (a resolved one closed), not of milestones. */
PRR_TEST(import_lang16__gravidade_is_a_severity_header)
{
	static const char *const heads[] = { "Gravidade", "Gravedad" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Grelha\n\n## Constata\xC3\xA7\xC3\xB5" "es\n\n"
			"| Ref. | Descri\xC3\xA7\xC3\xA3o | %s | Respons\xC3\xA1vel | "
			"Situa\xC3\xA7\xC3\xA3o |\n|---|---|---|---|---|\n"
			"| K-01 | Sem reenvio offline | Alta | Tiago | Em aberto |\n"
			"| K-05 | Firmware sem assinatura | Alta | Hugo | Resolvida |\n",
			heads[i]);
		CHECK(r && r->n_milestones == 0 && r->n_findings == 1);
		if (r && r->n_findings == 1) {
			CHECK_STR(r->findings[0].id, "K-01");
			CHECK(r->findings[0].severity == PRR_SEV_HIGH);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "リリース阻害" (blocks release) names a blocking column: "はい" there
 * is a blocking finding. */
PRR_TEST(import_lang16__ja_release_blocking_column)
{
	char b[16];
	CHECK_STR(md_blocking(
		"# \xE3\x83\xAC\xE3\x83\x93\xE3\x83\xA5\xE3\x83\xBC\n\n## Findings\n\n"
		"| ID | \xE6\x8C\x87\xE6\x91\x98\xE5\x86\x85\xE5\xAE\xB9 | "
		"\xE9\x87\x8D\xE5\xA4\xA7\xE5\xBA\xA6 | "
		"\xE3\x83\xAA\xE3\x83\xAA\xE3\x83\xBC\xE3\x82\xB9\xE9\x98\xBB\xE5\xAE\xB3 |\n"
		"|---|---|---|---|\n"
		"| F-01 | double booking | \xE9\xAB\x98 | \xE3\x81\xAF\xE3\x81\x84 |\n"
		"| F-03 | no MFA | \xE4\xB8\xAD | \xE3\x81\x84\xE3\x81\x84\xE3\x81\x88 |\n", b), "10");
}

/* With no Status column, a due date or measure cell with a clause that
 * is one closing word closes the finding: "対応済（3/10 修正）" in a due
 * column, "Wurde bereits in Vault verschoben — erledigt" in a
 * "Maßnahme" (measure) column; "Drei-Knoten-Cluster" stays open. */
PRR_TEST(import_lang16__due_or_measure_cell_closes)
{
	static const char *const docs[] = {
		"# R\n\n## Findings\n\n| ID | Title | Severity | Due |\n|---|---|---|---|\n"
		"| F-04 | Runbook v4 | low | 2026/03/24 |\n"
		"| F-05 | Mail in logs | medium | "
		"\xE5\xAF\xBE\xE5\xBF\x9C\xE6\xB8\x88\xEF\xBC\x88" "3/10 "
		"\xE4\xBF\xAE\xE6\xAD\xA3\xEF\xBC\x89 |\n",
		"# R\n\n## Findings\n\n| ID | Beschreibung | Schwere | Ma\xC3\x9Fnahme |\n"
		"|---|---|---|---|\n| F4 | Broker | mittel | Drei-Knoten-Cluster |\n"
		"| F5 | Klartext | hoch | Wurde bereits in Vault verschoben "
		"\xE2\x80\x94 erledigt |\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_findings == 1);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A finding's paragraph "Corrigé dans la 3.0.0-rc3 ; conservé ici pour
 * traçabilité." says it is over, as "Fixed in 3.0.0-rc3" does. */
PRR_TEST(import_lang16__corrige_dans_closes)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Revue\n\n## Constats\n\n### C-4 \xE2\x80\x94 Runbook incomplet (mineur)\n\n"
		"Les \xC3\xA9tapes ne couvrent pas les avoirs.\n\n"
		"### C-5 \xE2\x80\x94 Journalisation (mineur) \xE2\x80\x94 lev\xC3\xA9\n\n"
		"Corrig\xC3\xA9 dans la 3.0.0-rc3 ; conserv\xC3\xA9 ici pour "
		"tra\xC3\xA7" "abilit\xC3\xA9.\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK_STR(r->findings[0].id, "C-4");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The review's own score under labels in other languages and scales:
 * "Punteggio complessivo" (Italian), "Gemiddelde" (Dutch, the mean),
 * "6,9 von 10" (German "out of"), "62点／100点" (Japanese points, a
 * full-width slash); a score line is read however long its note after
 * the score; a sentence before the label that ends in a number is no
 * part of it. */
PRR_TEST(import_lang16__overall_score_labels)
{
	static const struct {
		const char *line, *label;
		double v, max;
	} cases[] = {
		{ "Punteggio complessivo: **8,5/10**", "Punteggio complessivo", 8.5, 10 },
		{ "Gesamtbewertung: **6,9 von 10**", "Gesamtbewertung", 6.9, 10 },
		{ "Bewertungsskala 0\xE2\x80\x93" "10. Gesamtbewertung: **6,9 von 10**.",
		  "Gesamtbewertung", 6.9, 10 },
		{ "Gemiddelde: **6,0 / 10**", "Gemiddelde", 6, 10 },
		{ "\xE7\xB7\x8F\xE5\x90\x88\xE3\x82\xB9\xE3\x82\xB3\xE3\x82\xA2\xEF\xBC\x9A"
		  "**62\xE7\x82\xB9\xEF\xBC\x8F" "100\xE7\x82\xB9**",
		  "\xE7\xB7\x8F\xE5\x90\x88\xE3\x82\xB9\xE3\x82\xB3\xE3\x82\xA2", 62, 100 },
		{ "Overall score: **7.2/10** (minimum required for unconditional "
		  "production: 8.0 points).", "Overall score", 7.2, 10 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Review\n\n%s\n", cases[i].line);
		CHECK(r && r->n_scores == 1);
		if (r && r->n_scores == 1) {
			CHECK_STR(r->scores[0].label, cases[i].label);
			CHECK(r->scores[0].value == cases[i].v &&
			      r->scores[0].max == cases[i].max);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a count goes on with what it counts: no score */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\nGesamtbewertung: 3 von 10 Tests bestanden\n", &d);
	CHECK(r && r->n_scores == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Status words of Portuguese, Spanish, Italian, French, German, Polish,
 * Chinese and Japanese reviews: approved and met pass, rejected and not
 * met fail, planned is to come, 対象外 (out of scope) does not apply. */
PRR_TEST(import_lang16__status_words)
{
	static const struct {
		const char *w;
		prr_status st;
	} cases[] = {
		{ "Aprovado", PRR_PASS }, { "Reprovado", PRR_FAIL },
		{ "Aprobado", PRR_PASS }, { "Rechazado", PRR_FAIL },
		{ "approvato", PRR_PASS }, { "respinto", PRR_FAIL },
		{ "conforme", PRR_PASS }, { "non conforme", PRR_FAIL },
		{ "atteint", PRR_PASS }, { "non atteint", PRR_FAIL },
		{ "cumpre", PRR_PASS }, { "n\xC3\xA3o cumpre", PRR_FAIL },
		{ "spe\xC5\x82nione", PRR_PASS },
		{ "niespe\xC5\x82nione", PRR_FAIL },
		{ "pianificato", PRR_PENDING }, { "geplant", PRR_PENDING },
		{ "Planeado", PRR_PENDING },
		{ "\xE6\x9C\xAA\xE5\xBC\x80\xE5\xA7\x8B", PRR_PENDING }, /* 未开始 */
		{ "\xE8\xAE\xA1\xE5\x88\x92\xE4\xB8\xAD", PRR_PENDING }, /* 计划中 */
		{ "\xE5\xAF\xBE\xE8\xB1\xA1\xE5\xA4\x96", PRR_NA },      /* 対象外 */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool known = false;
		prr_status st = prr_status_from_text(cases[i].w, strlen(cases[i].w), &known);
		if (!known || st != cases[i].st)
			fprintf(stderr, "  %s: %d\n", cases[i].w, (int)st);
		CHECK(known && st == cases[i].st);
	}
}

/* "### pix-alertas-api — Aprovado" under "## Componentes avaliados" is a
 * component that passed; "Critério | Resultado" a checklist; "一般"
 * (ordinary) alone in a severity cell is medium. */
PRR_TEST(import_lang16__components_criteria_and_ordinary)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Parecer\n\n## Componentes avaliados\n\n"
		"### pix-alertas-api \xE2\x80\x94 Aprovado\n\n- Testes: 148/148\n\n"
		"### dispatcher-kafka \xE2\x80\x94 Reprovado\n\n- Perde mensagens\n\n"
		"## Crit\xC3\xA9rios\n\n| Crit\xC3\xA9rio | Resultado |\n|---|---|\n"
		"| Teste de carga | Reprovado |\n| Runbooks | Aprovado |\n", &d);
	CHECK(r && r->n_components == 2 && r->n_checklists == 1);
	if (r && r->n_components == 2) {
		CHECK_STR(r->components[0].name, "pix-alertas-api");
		CHECK(r->components[0].status == PRR_PASS);
		CHECK(r->components[1].status == PRR_FAIL);
	}
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 2)
		CHECK(r->checklists[0].items[0].status == PRR_FAIL &&
		      r->checklists[0].items[1].status == PRR_PASS);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# R\n\n## \xE9\x97\xAE\xE9\xA2\x98\n\n| ID | \xE9\x97\xAE\xE9\xA2\x98 | "
		    "\xE4\xB8\xA5\xE9\x87\x8D\xE7\xA8\x8B\xE5\xBA\xA6 |\n|---|---|---|\n"
		    "| P2 | p99 1.2 s | \xE4\xB8\x80\xE8\x88\xAC |\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK(r->findings[0].severity == PRR_SEV_MEDIUM);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Milestone headers of Dutch and Polish ("Mijlpaal", "Kamień milowy"),
 * a phase with its day ("Fase | Data | Stato", "阶段 | 时间 | 状态"; not
 * "Fase | Itens", which has none), and a column of days whose header
 * names nothing else ("Data prevista") is when each is due; a one-row
 * table's "pending" is the milestone's, not the review's status. */
PRR_TEST(import_lang16__milestone_headers)
{
	static const char *const heads[] = {
		"Mijlpaal | Datum | Status",
		"Kamie\xC5\x84 milowy | Data | Status",
		"Fase | Data | Stato",
		"\xE9\x98\xB6\xE6\xAE\xB5 | \xE6\x97\xB6\xE9\x97\xB4 | \xE7\x8A\xB6\xE6\x80\x81",
		"Marco | Data prevista | Situa\xC3\xA7\xC3\xA3o",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Review\n\n| %s |\n|---|---|---|\n"
			"| Loadtest herhalen | 17.03.2026 | pending |\n", heads[i]);
		CHECK(r && r->n_milestones == 1 && !r->status_text);
		if (r && r->n_milestones == 1)
			CHECK(r->milestones[0].due &&
			      strcmp(r->milestones[0].due, "2026-03-17") == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n| Fase | Itens | Completo |\n|---|---|---|\n"
				"| Fase 1: Setup | 12 | 12 |\n| Fase 2 | 8 | 3 |\n", &d);
	CHECK(r && r->n_milestones == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "检查项" (check item) and "観点" (point of view) head the rows of a
 * matrix of checks, as "Check" does: the other columns are the
 * components.  A Japanese scorecard's 可, 要対応 and 不可 alone in a cell
 * are pass, partial and fail; 対象外 does not apply. */
PRR_TEST(import_lang16__cjk_check_matrix)
{
	static const char *const docs[] = {
		"# R\n\n## Matrix\n\n| \xE6\xA3\x80\xE6\x9F\xA5\xE9\xA1\xB9 | order-api | split-worker |\n"
		"|---|---|---|\n| unit | \xE9\x80\x9A\xE8\xBF\x87 | \xE9\x80\x9A\xE8\xBF\x87 |\n"
		"| load | \xE4\xB8\x8D\xE9\x80\x9A\xE8\xBF\x87 | "
		"\xE9\x83\xA8\xE5\x88\x86\xE9\x80\x9A\xE8\xBF\x87 |\n",
		"# R\n\n## Scorecard\n\n| \xE8\xA6\xB3\xE7\x82\xB9 | order-api | split-worker |\n"
		"|---|---|---|\n| unit | \xE5\x8F\xAF | \xE5\xAF\xBE\xE8\xB1\xA1\xE5\xA4\x96 |\n"
		"| load | \xE4\xB8\x8D\xE5\x8F\xAF | "
		"\xE8\xA6\x81\xE5\xAF\xBE\xE5\xBF\x9C |\n",
	};
	static const prr_status want[2][4] = {
		{ PRR_PASS, PRR_FAIL, PRR_PASS, PRR_PARTIAL },
		{ PRR_PASS, PRR_FAIL, PRR_NA, PRR_PARTIAL },
	};
	for (size_t i = 0; i < 2; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_components == 2);
		if (r && r->n_components == 2) {
			CHECK_STR(r->components[0].name, "order-api");
			CHECK_STR(r->components[1].name, "split-worker");
			for (size_t c = 0; c < 2; c++)
				if (r->components[c].n_checks == 2)
					for (size_t k = 0; k < 2; k++)
						CHECK(r->components[c].checks[k].status ==
						      want[i][c * 2 + k]);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A finding's heading whose last clause after a dash is one closing
 * word says it is over, its body silent: "### C-5 — Journalisation
 * (mineur) — levé", "### F-2 — Login lockout — Closed". */
PRR_TEST(import_lang16__heading_dash_closer)
{
	static const char *const closers[] = { "lev\xC3\xA9", "Closed", "erledigt" };
	for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Revue\n\n## Constats\n\n### C-4 \xE2\x80\x94 Runbook incomplet (mineur)\n\n"
			"Les \xC3\xA9tapes ne couvrent pas les avoirs.\n\n"
			"### C-5 \xE2\x80\x94 Journalisation (mineur) \xE2\x80\x94 %s\n\n"
			"Les acc\xC3\xA8s admin.\n", closers[i]);
		CHECK(r && r->n_findings == 1);
		if (r && r->n_findings == 1)
			CHECK_STR(r->findings[0].id, "C-4");
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
