/* review_spec.c - the prr/review/v1 fields; see review_spec.h. */
#include "review_spec.h"
#include "prr/model.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
/* The loader keeps a 32-bit set of the fields met: a table longer than
 * that does not compile (a bit-field of negative width). */
#define ITEM(name, type, fields) \
	{ name, sizeof(type), fields, COUNT(fields) + 0 * sizeof(struct { \
		int fits : COUNT(fields) <= 32 ? 1 : -1; }) }
/* `json` is a string literal: its length is known here, once */
#define FIELD(json, kind, off, aux, flags, sub) \
	{ json, sizeof(json) - 1, kind, off, aux, flags, sub }
#define F(T, json, kind, member, flags) \
	FIELD(json, kind, offsetof(T, member), 0, flags, NULL)
#define ARR(T, json, member, sub) \
	FIELD(json, SPEC_ARRAY, offsetof(T, member), offsetof(T, n_##member), 0, &sub)
#define LINE(T) FIELD("line", SPEC_LINE, offsetof(T, line), 0, 0, NULL)

static const field_spec evidence_fields[] = {
	F(prr_evidence, "path", SPEC_STR, path, SPEC_REQUIRED),
	F(prr_evidence, "claim", SPEC_STR, claim, 0),
	F(prr_evidence, "token", SPEC_STR, token, 0),
	F(prr_evidence, "absent", SPEC_BOOL, absent, 0),
	F(prr_evidence, "planned", SPEC_BOOL, planned, 0),
	F(prr_evidence, "beside", SPEC_STR, beside, 0),
	LINE(prr_evidence),
};
static const item_spec evidence_spec = ITEM("evidence", prr_evidence, evidence_fields);

static const field_spec score_fields[] = {
	F(prr_score, "label", SPEC_STR, label, 0),
	F(prr_score, "grade", SPEC_STR, grade, 0),
	F(prr_score, "value", SPEC_NUM, value, SPEC_MIN0),
	F(prr_score, "high", SPEC_NUM, high, SPEC_MIN0),
	F(prr_score, "max", SPEC_NUM, max, SPEC_POSITIVE),
	LINE(prr_score),
};
static const item_spec score_spec = ITEM("score", prr_score, score_fields);

static const field_spec dimension_fields[] = {
	F(prr_dimension, "name", SPEC_STR, name, SPEC_REQUIRED),
	F(prr_dimension, "grade", SPEC_STR, grade, 0),
	F(prr_dimension, "score", SPEC_NUM, score, SPEC_MIN0),
	F(prr_dimension, "high", SPEC_NUM, high, SPEC_MIN0),
	F(prr_dimension, "max", SPEC_NUM, max, SPEC_POSITIVE),
	F(prr_dimension, "weight", SPEC_NUM, weight, SPEC_MIN0),
	F(prr_dimension, "status", SPEC_STATUS, status, 0),
	F(prr_dimension, "note", SPEC_STR, note, 0),
	LINE(prr_dimension),
};
static const item_spec dimension_spec = ITEM("dimension", prr_dimension, dimension_fields);

static const field_spec check_fields[] = {
	F(prr_check, "category", SPEC_STR, category, SPEC_REQUIRED),
	F(prr_check, "status", SPEC_STATUS, status, 0),
	F(prr_check, "passed", SPEC_INT, passed, 0),
	F(prr_check, "total", SPEC_INT, total, 0),
	F(prr_check, "note", SPEC_STR, note, 0),
	F(prr_check, "action", SPEC_STR, action, 0),
	LINE(prr_check),
};
static const item_spec check_spec = ITEM("check", prr_check, check_fields);

static const field_spec component_fields[] = {
	F(prr_component, "name", SPEC_STR, name, SPEC_REQUIRED),
	F(prr_component, "kind", SPEC_STR, kind, 0),
	F(prr_component, "status", SPEC_STATUS, status, 0),
	ARR(prr_component, "checks", checks, check_spec),
	ARR(prr_component, "evidence", evidence, evidence_spec),
	LINE(prr_component),
};
static const item_spec component_spec = ITEM("component", prr_component, component_fields);

static const field_spec checkitem_fields[] = {
	F(prr_checkitem, "text", SPEC_STR, text, SPEC_REQUIRED),
	F(prr_checkitem, "done", SPEC_BOOL, done, SPEC_REQUIRED),
	F(prr_checkitem, "status", SPEC_STATUS, status, 0),
	F(prr_checkitem, "note", SPEC_STR, note, 0),
	F(prr_checkitem, "status_text", SPEC_STR, status_text, 0),
	LINE(prr_checkitem),
};
static const item_spec checkitem_spec = ITEM("checklist item", prr_checkitem, checkitem_fields);

static const field_spec checklist_fields[] = {
	F(prr_checklist, "title", SPEC_STR, title, SPEC_REQUIRED),
	F(prr_checklist, "section", SPEC_STR, section, 0),
	ARR(prr_checklist, "items", items, checkitem_spec),
	LINE(prr_checklist),
};
static const item_spec checklist_spec = ITEM("checklist", prr_checklist, checklist_fields);

static const field_spec story_fields[] = {
	F(prr_story, "id", SPEC_STR, id, 0),
	F(prr_story, "title", SPEC_STR, title, 0),
	F(prr_story, "points", SPEC_NUM, points, SPEC_MIN0),
	F(prr_story, "status", SPEC_STATUS, status, 0),
	ARR(prr_story, "evidence", evidence, evidence_spec),
	LINE(prr_story),
};
static const item_spec story_spec = ITEM("story", prr_story, story_fields);

static const field_spec wave_fields[] = {
	F(prr_wave, "id", SPEC_STR, id, 0),
	F(prr_wave, "name", SPEC_STR, name, 0),
	F(prr_wave, "planned", SPEC_BOOL, planned, SPEC_DEFAULT_TRUE),
	F(prr_wave, "planned_points", SPEC_NUM, planned_points, SPEC_MIN0),
	F(prr_wave, "done_points", SPEC_NUM, done_points, SPEC_MIN0),
	F(prr_wave, "start", SPEC_DATE, start, 0),
	F(prr_wave, "end", SPEC_DATE, end, 0),
	ARR(prr_wave, "stories", stories, story_spec),
	LINE(prr_wave),
};
static const item_spec wave_spec = ITEM("wave", prr_wave, wave_fields);

static const field_spec milestone_fields[] = {
	F(prr_milestone, "name", SPEC_STR, name, SPEC_REQUIRED),
	F(prr_milestone, "due", SPEC_DATE, due, 0),
	F(prr_milestone, "planned", SPEC_DATE, planned, 0),
	FIELD("done", SPEC_DONE, offsetof(prr_milestone, done),
	  offsetof(prr_milestone, done_date), 0, NULL),
	LINE(prr_milestone),
};
static const item_spec milestone_spec = ITEM("milestone", prr_milestone, milestone_fields);

static const field_spec estimate_fields[] = {
	F(prr_estimate, "label", SPEC_STR, label, 0),
	F(prr_estimate, "low", SPEC_NUM, low, SPEC_MIN0),
	F(prr_estimate, "high", SPEC_NUM, high, SPEC_MIN0),
	F(prr_estimate, "unit", SPEC_STR, unit, 0),
	LINE(prr_estimate),
};
static const item_spec estimate_spec = ITEM("estimate", prr_estimate, estimate_fields);

static const field_spec risk_fields[] = {
	F(prr_risk, "level", SPEC_SEVERITY, level, 0),
	F(prr_risk, "title", SPEC_STR, title, SPEC_REQUIRED),
	F(prr_risk, "likelihood", SPEC_STR, likelihood, 0),
	F(prr_risk, "impact", SPEC_STR, impact, 0),
	F(prr_risk, "mitigation", SPEC_STR, mitigation, 0),
	LINE(prr_risk),
};
static const item_spec risk_spec = ITEM("risk", prr_risk, risk_fields);

static const field_spec effort_fields[] = {
	F(prr_effort, "low", SPEC_NUM, low, SPEC_MIN0),
	F(prr_effort, "high", SPEC_NUM, high, SPEC_MIN0),
	F(prr_effort, "unit", SPEC_STR, unit, 0),
};
static const item_spec effort_spec = ITEM("effort", prr_effort, effort_fields);

static const field_spec finding_fields[] = {
	F(prr_finding, "id", SPEC_STR, id, 0),
	F(prr_finding, "severity", SPEC_SEVERITY, severity, 0),
	F(prr_finding, "blocking", SPEC_BOOL, blocking, 0),
	F(prr_finding, "title", SPEC_STR, title, SPEC_REQUIRED),
	F(prr_finding, "component", SPEC_STR, component, 0),
	FIELD("effort", SPEC_OBJECT, offsetof(prr_finding, effort), 0, 0, &effort_spec),
	LINE(prr_finding),
};
static const item_spec finding_spec = ITEM("finding", prr_finding, finding_fields);

static const field_spec commit_fields[] = {
	F(prr_commitref, "ref", SPEC_HEX, ref, SPEC_REQUIRED),
	F(prr_commitref, "text", SPEC_STR, text, 0),
	LINE(prr_commitref),
};
static const item_spec commit_spec = ITEM("commit", prr_commitref, commit_fields);

static const field_spec section_fields[] = {
	F(prr_section, "heading", SPEC_STR, heading, 0),
	F(prr_section, "level", SPEC_INT, level, SPEC_SCALE_1_6),
	F(prr_section, "markdown", SPEC_STR, markdown, 0),
	LINE(prr_section),
};
static const item_spec section_spec = ITEM("section", prr_section, section_fields);

static const field_spec table_fields[] = {
	F(prr_table, "section", SPEC_STR, section, 0),
	FIELD("header", SPEC_STRS, offsetof(prr_table, header),
	  offsetof(prr_table, n_cols), 0, NULL),
	FIELD("rows", SPEC_ROWS, offsetof(prr_table, rows),
	  offsetof(prr_table, n_rows), 0, NULL),
	LINE(prr_table),
};
static const item_spec table_spec = ITEM("table", prr_table, table_fields);

static const field_spec claim_fields[] = {
	F(prr_claim, "claim", SPEC_STR, claim, SPEC_REQUIRED),
	F(prr_claim, "stated", SPEC_STR, stated, 0),
	F(prr_claim, "computed", SPEC_STR, computed, 0),
	F(prr_claim, "agrees", SPEC_BOOL, agrees, SPEC_REQUIRED),
	LINE(prr_claim),
};
static const item_spec claim_spec = ITEM("audit entry", prr_claim, claim_fields);

static const field_spec field_fields[] = {
	F(prr_field, "name", SPEC_STR, name, SPEC_REQUIRED),
	F(prr_field, "value", SPEC_STR, value, 0),
	LINE(prr_field),
};
static const item_spec field_spec_ = ITEM("field", prr_field, field_fields);

/* `source` and `status` are objects in JSON, flat in prr_review. */
static const field_spec source_fields[] = {
	F(prr_review, "file", SPEC_STR, source_file, 0),
	F(prr_review, "format", SPEC_STR, source_format, 0),
	F(prr_review, "date_from", SPEC_STR, date_from, 0),
};
static const item_spec source_spec = ITEM("source", prr_review, source_fields);

static const field_spec status_fields[] = {
	F(prr_review, "text", SPEC_STR, status_text, 0),
	F(prr_review, "level", SPEC_LEVEL, level, 0),
	FIELD("line", SPEC_LINE, offsetof(prr_review, status_line), 0, 0, NULL),
};
static const item_spec status_spec = ITEM("status", prr_review, status_fields);

static const field_spec review_fields[] = {
	F(prr_review, "project", SPEC_STR, project, 0),
	F(prr_review, "title", SPEC_STR, title, 0),
	F(prr_review, "date", SPEC_DATE, date, SPEC_REQUIRED),
	F(prr_review, "revision", SPEC_STR, revision, 0),
	FIELD("source", SPEC_OBJECT, 0, 0, 0, &source_spec),
	FIELD("status", SPEC_OBJECT, 0, 0, 0, &status_spec),
	ARR(prr_review, "scores", scores, score_spec),
	ARR(prr_review, "dimensions", dimensions, dimension_spec),
	ARR(prr_review, "components", components, component_spec),
	ARR(prr_review, "checklists", checklists, checklist_spec),
	ARR(prr_review, "waves", waves, wave_spec),
	ARR(prr_review, "milestones", milestones, milestone_spec),
	ARR(prr_review, "estimates", estimates, estimate_spec),
	ARR(prr_review, "risks", risks, risk_spec),
	ARR(prr_review, "findings", findings, finding_spec),
	ARR(prr_review, "commits", commits, commit_spec),
	ARR(prr_review, "evidence", evidence, evidence_spec),
	ARR(prr_review, "sections", sections, section_spec),
	ARR(prr_review, "tables", tables, table_spec),
	ARR(prr_review, "audit", audit, claim_spec),
	ARR(prr_review, "fields", fields, field_spec_),
};
const item_spec prr_review_spec = ITEM("review", prr_review, review_fields);
