/* portfolio.c - many projects on one page; see portfolio.h. */
#include "prr/portfolio.h"
#include "prr/figures.h"
#include "prr/fsutil.h"
#include "prr/json.h"
#include "prr/jsonread.h"
#include "prr/svg.h"
#include "prr/view.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A data.json is at most this big (a site of 200 big reviews: ~20 MB). */
#define DATA_LIMIT ((size_t)512 << 20)

static const cJSON *member(const cJSON *o, const char *key)
{
	return cJSON_GetObjectItemCaseSensitive(o, key);
}

static double number(const cJSON *o, const char *key)
{
	const cJSON *v = member(o, key);
	return cJSON_IsNumber(v) ? v->valuedouble : NAN;
}

static size_t count(const cJSON *o, const char *key)
{
	const cJSON *v = member(o, key);
	if (cJSON_IsArray(v))
		return (size_t)cJSON_GetArraySize(v);
	return cJSON_IsNumber(v) && v->valuedouble > 0 ? (size_t)v->valuedouble : 0;
}

static prr_level level_of(const char *s)
{
	for (int l = PRR_LEVEL_READY; l < PRR_LEVEL_COUNT; l++)
		if (s && strcmp(s, prr_level_name((prr_level)l)) == 0)
			return (prr_level)l;
	return PRR_LEVEL_UNKNOWN;
}

static void project_free(prr_pf_project *e)
{
	free(e->name);
	free(e->source);
	free(e->href);
	free(e->date);
	free((char *)e->stated_score.grade);
}

/* The overall scores the review's document states, which the data.json
 * lists beside prr's dimension score `ds`: how many, and the one when it
 * states one. */
static void read_stated(prr_pf_project *e, const cJSON *ds)
{
	const cJSON *stated = member(ds, "stated");
	e->n_stated_scores = count(ds, "stated");
	if (e->n_stated_scores != 1 || !cJSON_IsArray(stated))
		return;
	const cJSON *sc = cJSON_GetArrayItem(stated, 0);
	const cJSON *grade = member(sc, "grade");
	e->stated_score.value = number(sc, "value");
	e->stated_score.high = number(sc, "high");
	e->stated_score.max = number(sc, "max");
	if (cJSON_IsString(grade))
		e->stated_score.grade = prr_xstrdup(grade->valuestring);
}

/* Sums up project `pj` of `doc` into a new entry of `p`; -1 on an error. */
static int add_project(prr_portfolio *p, prr_jdoc *doc, const cJSON *pj,
		       const char *href)
{
	const cJSON *name = member(pj, "project");
	const cJSON *reviews = member(pj, "reviews");
	if (!cJSON_IsString(name) || !cJSON_IsArray(reviews)) {
		prr_jdoc_error(doc, pj, false, "a project wants a \"project\" name "
			       "and a \"reviews\" list; is this a prr data.json?");
		return -1;
	}
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name->valuestring) == 0) {
			prr_jdoc_error(doc, name, false, "project \"%s\" is also in "
				       "%s: two sites of one project are not merged",
				       name->valuestring, p->v[i].source);
			return -1;
		}
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 16;
		p->v = prr_xrealloc(p->v, p->cap * sizeof *p->v);
	}
	prr_pf_project *e = &p->v[p->n];
	memset(e, 0, sizeof *e);
	e->readiness = e->change = e->score = e->score_high = NAN;
	e->ready = e->partial = NAN;
	e->stated_score.value = e->stated_score.high = e->stated_score.max = NAN;
	int n = cJSON_GetArraySize(reviews);
	const cJSON *last = n ? cJSON_GetArrayItem(reviews, n - 1) : NULL;
	const cJSON *sc = member(last, "scorecard");
	const cJSON *date = member(last, "date");
	if (n && (!cJSON_IsObject(sc) || !cJSON_IsString(date))) {
		prr_jdoc_error(doc, last, false, "a review wants a \"date\" and a "
			       "\"scorecard\"");
		return -1;
	}
	e->name = prr_xstrdup(name->valuestring);
	e->source = prr_xstrdup(doc->path);
	e->href = href ? prr_xstrdup(href) : NULL;
	e->reviews = (size_t)n;
	if (last) {
		const cJSON *lv = member(sc, "level");
		e->date = prr_xstrdup(date->valuestring);
		const cJSON *from = member(last, "date_from");
		e->date_given = cJSON_IsString(from) &&
				strcmp(from->valuestring, PRR_DATE_FROM_ARG) == 0;
		e->level = level_of(cJSON_IsString(lv) ? lv->valuestring : NULL);
		lv = member(sc, "stated_level");
		e->stated = level_of(cJSON_IsString(lv) ? lv->valuestring : NULL);
		e->readiness = number(sc, "readiness");
		e->ready = number(member(sc, "thresholds"), "ready");
		e->partial = number(member(sc, "thresholds"), "partial");
		e->score = number(member(sc, "dimension_score"), "value");
		e->score_high = number(member(sc, "dimension_score"), "high");
		read_stated(e, member(sc, "dimension_score"));
		e->blockers = count(sc, "blockers");
		e->open = count(member(sc, "findings"), "open");
		e->critical = count(member(sc, "findings"), "critical");
		e->regressed = count(member(pj, "delta"), "regressed");
		if (n >= 2)
			e->change = e->readiness -
				    number(member(cJSON_GetArrayItem(reviews, n - 2),
						  "scorecard"), "readiness");
	}
	p->n++;
	return 0;
}

int prr_portfolio_add(prr_portfolio *p, const char *path, const char *href,
		      prr_diags *d)
{
	char *file = prr_is_dir(path) == 1 ? prr_path_join(path, "data.json")
					   : prr_xstrdup(path);
	prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT;
	prr_jdoc doc;
	int rc = -1;
	size_t n0 = p->n;
	memset(&doc, 0, sizeof doc);
	if (prr_read_file(file, DATA_LIMIT, &text, &err) < 0) {
		prr_diag_add(d, PRR_DIAG_ERROR, file, NULL, 0, 0, "%s", err.p);
		goto done;
	}
	prr_jdoc_init();
	if (prr_jdoc_parse(&doc, file, text.p, text.n, d) < 0)
		goto done;
	const cJSON *method = member(doc.root, "method");
	const cJSON *projects = member(doc.root, "projects");
	if (!cJSON_IsString(method)) {
		prr_jdoc_error(&doc, doc.root, false, "no \"method\": not the "
			       "data.json of a prr site (want \"method\": \"%s\")",
			       PRR_METHOD);
		goto done;
	}
	if (strcmp(method->valuestring, PRR_METHOD) != 0) {
		prr_jdoc_error(&doc, method, false, "figures of method \"%s\", "
			       "not %s: refused, never mixed (rebuild that site "
			       "with this prr)", method->valuestring, PRR_METHOD);
		goto done;
	}
	if (!cJSON_IsArray(projects)) {
		prr_jdoc_error(&doc, doc.root, false, "no \"projects\" list");
		goto done;
	}
	const cJSON *pj;
	rc = 0;
	cJSON_ArrayForEach(pj, projects)
		if ((rc = add_project(p, &doc, pj, href)) < 0)
			break;
done:
	if (rc < 0) /* all of a file or none of it */
		while (p->n > n0)
			project_free(&p->v[--p->n]);
	if (doc.path)
		prr_jdoc_free(&doc);
	prr_buf_free(&text);
	prr_buf_free(&err);
	free(file);
	return rc;
}

/* Unknown readiness sorts as the lowest: nothing says it is ready. */
static double ready_key(double r)
{
	return isnan(r) ? -1 : r;
}

static int cmp_attention(const void *a, const void *b)
{
	const prr_pf_project *x = a, *y = b;
	if (x->blockers != y->blockers)
		return x->blockers > y->blockers ? -1 : 1;
	if (x->regressed != y->regressed)
		return x->regressed > y->regressed ? -1 : 1;
	double rx = ready_key(x->readiness), ry = ready_key(y->readiness);
	if (rx != ry)
		return rx < ry ? -1 : 1;
	return strcmp(x->name, y->name);
}

void prr_portfolio_sort(prr_portfolio *p)
{
	if (p->n)
		qsort(p->v, p->n, sizeof *p->v, cmp_attention);
}

static void json_value(prr_buf *b, double v)
{
	if (isnan(v))
		prr_buf_adds(b, "null");
	else
		prr_json_number(b, v);
}

static void json_num(prr_buf *b, const char *key, double v)
{
	prr_buf_addf(b, ", \"%s\": ", key);
	json_value(b, v);
}

/* A stated score as data.json has it: {"value", "high", "max", "grade"},
 * "high" and "grade" only when the document states them. */
static void json_stated(prr_buf *b, const prr_score *s)
{
	prr_buf_adds(b, "{\"value\": ");
	json_value(b, s->value);
	if (!isnan(s->high))
		json_num(b, "high", s->high);
	json_num(b, "max", s->max);
	if (s->grade) {
		prr_buf_adds(b, ", \"grade\": ");
		prr_json_quote(b, s->grade, strlen(s->grade));
	}
	prr_buf_addc(b, '}');
}

void prr_portfolio_json(prr_buf *out, const prr_portfolio *p)
{
	prr_buf_adds(out, "{\"method\": \"" PRR_METHOD "\", \"portfolio\": [");
	for (size_t i = 0; i < p->n; i++) {
		const prr_pf_project *e = &p->v[i];
		prr_buf_adds(out, i ? ",\n {\"project\": " : "\n {\"project\": ");
		prr_json_quote(out, e->name, strlen(e->name));
		prr_buf_adds(out, ", \"source\": ");
		prr_json_quote(out, e->source, strlen(e->source));
		prr_buf_adds(out, ", \"href\": ");
		if (e->href)
			prr_json_quote(out, e->href, strlen(e->href));
		else
			prr_buf_adds(out, "null");
		prr_buf_adds(out, ", \"date\": ");
		if (e->date)
			prr_json_quote(out, e->date, strlen(e->date));
		else
			prr_buf_adds(out, "null");
		if (e->date_given)
			prr_buf_adds(out, ", \"date_from\": \"" PRR_DATE_FROM_ARG "\"");
		prr_buf_addf(out, ", \"level\": \"%s\", \"stated_level\": \"%s\"",
			     e->level ? prr_level_name(e->level) : "unknown",
			     e->stated ? prr_level_name(e->stated) : "unknown");
		json_num(out, "readiness", e->readiness);
		json_num(out, "change", e->change);
		json_num(out, "score", e->score);
		prr_buf_adds(out, ", \"stated_score\": ");
		if (e->n_stated_scores == 1)
			json_stated(out, &e->stated_score);
		else
			prr_buf_adds(out, "null");
		prr_buf_addf(out, ", \"stated_scores\": %zu", e->n_stated_scores);
		prr_buf_addf(out, ", \"blockers\": %zu, \"regressed\": %zu, \"open\": %zu, "
				  "\"critical\": %zu, \"reviews\": %zu}",
			     e->blockers, e->regressed, e->open, e->critical, e->reviews);
	}
	prr_buf_adds(out, "\n]}\n");
}

void prr_portfolio_badge(prr_buf *out, size_t n, size_t not_ready,
			 size_t partial, size_t unknown)
{
	prr_buf v = PRR_BUF_INIT;
	prr_buf_addf(&v, "%zu projects", n);
	prr_level worst = PRR_LEVEL_READY;
	if (not_ready) {
		prr_buf_addf(&v, ", %zu not ready", not_ready);
		worst = PRR_LEVEL_NOT_READY;
	}
	if (partial) {
		prr_buf_addf(&v, ", %zu partial", partial);
		worst = not_ready ? worst : PRR_LEVEL_PARTIAL;
	}
	if (unknown) {
		prr_buf_addf(&v, ", %zu unknown", unknown);
		worst = not_ready || partial ? worst : PRR_LEVEL_UNKNOWN;
	}
	prr_svg_badge(out, "portfolio", v.p, prr_view_level_color(worst));
	prr_buf_free(&v);
}

void prr_portfolio_free(prr_portfolio *p)
{
	for (size_t i = 0; i < p->n; i++)
		project_free(&p->v[i]);
	free(p->v);
	memset(p, 0, sizeof *p);
}
