/* import_meta.c - metadata fields, headings and the checks they state;
 * paragraphs are import_para.c's. */
#include "import_int.h"
#include "import_find_items.h"
#include "prr/rec_date.h"
#include "prr/rec_verdict.h"
#include "prr/rec_item.h"
#include "prr/rec_path.h"
#include "prr/mojibake.h"
#include "prr/sort.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*** Fields ***/

bool imp_is_date_name(const char *nm)
{
	static const char *const names[] = { "date", "review date",
		"assessment date", "generated", "last updated", "updated",
		"report date", "prepared", "generated on", "created", NULL };
	for (int i = 0; names[i]; i++)
		if (strcasecmp(nm, names[i]) == 0)
			return true;
	return false;
}

bool imp_is_meta_name(const char *nm)
{
	static const char *const names[] = { "status", "version", "author",
		"reviewer", "project", "overall status", "commit", "revision",
		"branch", "tag", NULL };
	if (imp_is_date_name(nm))
		return true;
	for (int i = 0; names[i]; i++)
		if (strcasecmp(nm, names[i]) == 0)
			return true;
	return false;
}

/* The first day `s` states, in any form rec_date reads, or NULL. */
char *imp_find_date(imp *im, const char *s, size_t n)
{
	prr_date_hit hit;
	if (!imp_date_find(im, s, n, &hit) || hit.prec != PRR_DATE_DAY)
		return NULL;
	return prr_arena_strdup(im->a, hit.date);
}

/*
 * "**Name:** value", "**Name**: value", "**Name: value**" or, for the
 * metadata names, "Name: value".  Fills name and value spans.
 */
bool imp_split_field(const char *s, size_t n, prr_str *name,
			prr_str *value)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	size_t i = 0;
	bool bold = n > 2 && s[0] == '*' && s[1] == '*';
	if (bold)
		i = 2;
	size_t ns = i;
	/* a full-width colon "：" ends a name as ':' does ("日付：") */
#define WIDE_COLON(k) ((k) + 3 <= n && memcmp(s + (k), "\xEF\xBC\x9A", 3) == 0)
	while (i < n && s[i] != ':' && s[i] != '*' && s[i] != '`' &&
	       s[i] != '\n' && !WIDE_COLON(i) && i - ns <= 48)
		i++;
	/* names start with a letter: Latin, or any script's (UTF-8 lead) */
	if (i >= n || i == ns || i - ns > 48 ||
	    !(isalpha((unsigned char)s[ns]) || (unsigned char)s[ns] >= 0xC0))
		return false;
	size_t ne = i;
	if (bold) {
		if (s[i] == ':' && i + 2 < n + 1 && i + 2 <= n &&
		    s[i + 1] == '*' && s[i + 2] == '*')
			i += 3; /* **Name:** */
		else if (s[i] == '*' && i + 2 < n && s[i + 1] == '*' &&
			 s[i + 2] == ':')
			i += 3; /* **Name**: */
		else if (s[i] == '*' && i + 2 < n && s[i + 1] == '*' &&
			 WIDE_COLON(i + 2))
			i += 5; /* **名前**： */
		else if (WIDE_COLON(i))
			i += 3; /* **名前：value** */
		else if (s[i] == ':')
			i += 1; /* **Name: value** */
		else
			return false;
	} else if (WIDE_COLON(i)) {
		i += 3;
	} else {
		if (s[i] != ':')
			return false;
		i++;
	}
#undef WIDE_COLON
	int words = 1;
	for (size_t k = ns; k < ne; k++)
		words += s[k] == ' ';
	if (words > 6)
		return false;
	while (i < n && s[i] == ' ')
		i++;
	name->p = s + ns;
	name->n = ne - ns;
	while (name->n && name->p[name->n - 1] == ' ')
		name->n--;
	value->p = s + i;
	value->n = n - i;
	if (!bold) {
		char tmp[64];
		size_t k = name->n < 63 ? name->n : 63;
		memcpy(tmp, name->p, k);
		tmp[k] = 0;
		/* (and "Rating: **Yellow**", a part's colour) */
		if (!imp_is_meta_name(tmp) && !imp_colour_rating(tmp, value->p))
			return false;
	}
	return true;
}

void imp_add_field(imp *im, const char *name, const char *value, int line)
{
	/* (a quotation's "**Verdict: GO.**" is an earlier review's field) */
	if (!*value || im->quoting)
		return;
	seen_set *set = &im->seen_fields;
	imp_seen_reserve(set);
	/* the name's NUL is hashed too: "a"+"bc" is not "ab"+"c" */
	uint64_t hash = imp_hash_bytes(imp_hash_bytes(HASH_START, name, strlen(name) + 1),
				   value, strlen(value));
	size_t mask = set->cap - 1, at = hash & mask;
	for (; set->v[at].idx; at = (at + 1) & mask) {
		const prr_field *g = &im->r->fields[set->v[at].idx - 1];
		if (set->v[at].hash == hash && strcmp(g->name, name) == 0 &&
		    strcmp(g->value, value) == 0)
			return;
	}
	prr_field *f = PUSH(im, fields);
	f->name = name;
	f->value = value;
	f->line = line;
	imp_seen_add(set, at, hash, im->r->n_fields - 1);
}

bool imp_add_estimate(imp *im, const char *label, const char *s,
			 size_t n, int line)
{
	double lo, hi;
	const char *unit;
	if (prr_parse_effort(s, n, &lo, &hi, &unit) < 0 ||
	    imp_run_time(im, label, s, n, unit) || /* "Total runtime: 5-10 minutes" */
	    imp_is_sha(s, n)) /* "Commit: 51364d0", no 51364 days */
		return false;
	*PUSH(im, estimates) = (prr_estimate){
		.label = label, .low = lo, .high = hi, .unit = unit, .line = line
	};
	return true;
}

/* A component's "Files:" field: each of its comma-separated paths. */
static void component_files(imp *im, size_t ci, const char *p, size_t n,
			    int line)
{
	imp_owner o = { OWN_COMP, ci, 0 };
	while (n) {
		const char *comma = memchr(p, ',', n);
		size_t k = comma ? (size_t)(comma - p) : n, b = 0, e = k;
		while (b < e && (p[b] == ' ' || p[b] == '`'))
			b++;
		while (e > b && (p[e - 1] == ' ' || p[e - 1] == '`'))
			e--;
		size_t at, len;
		if (e > b && prr_rec_path(p + b, e - b, PRR_PATH_MARKED, &at, &len,
					  NULL)) /* "./src/a.c" as "src/a.c" */
			b += at, e = b + len;
		if (e > b) {
			prr_evidence ev = { 0 };
			ev.path = prr_arena_strndup(im->a, p + b, e - b);
			ev.line = line;
			imp_add_evidence(im, o, &ev);
		}
		p += k;
		n -= k;
		if (n)
			p++, n--;
	}
}

/* One "Name: value" line of a paragraph or list item. */
bool imp_severity_name(const char *p, size_t n)
{
	static const char *const labels[] = { "severity", "priority", "priorité",
		"prioridad", "prioridade", "priorität", "sévérité",
		"severidad", "severidade", "schweregrad", "gravité",
		"gravedad", "gravidade", "gravità",
		/* Swedish, Danish, Norwegian, Finnish, Czech, Ukrainian,
		 * Hebrew, Indonesian, Hungarian, Romanian, Arabic, Greek,
		 * Thai */
		"allvarlighetsgrad", "prioritet", "alvorlighed",
		"alvorlighetsgrad", "vakavuus", "prioriteetti", "závažnost",
		"priorita", "серйозність", "критичність", "пріоритет", "חומרה",
		"עדיפות", "tingkat", "keparahan", "prioritas", "súlyosság",
		"prioritás", "severitate", "prioritate", "الخطورة",
		"الأولوية", "σοβαρότητα", "προτεραιότητα", "ความรุนแรง", NULL };
	size_t lead = strspn(p, "* _");
	for (int i = 0; labels[i] && lead < n; i++)
		if (rec_fold_prefix(p + lead, n - lead, 0, labels[i]))
			return true;
	return false;
}

/* A field that lists what the review covers: "Scope", "Services",
 * "Components", "Systems", "In scope", "Services reviewed". */
static bool scope_name(const char *name)
{
	static const char *const words[] = { "scope", "in scope", "services",
		"components", "systems", "services reviewed",
		"components reviewed", "systems reviewed", NULL };
	for (int i = 0; words[i]; i++)
		if (strcasecmp(name, words[i]) == 0)
			return true;
	return false;
}

/* The next name a scope lists from *p ("checkout, search and billing"):
 * its start, its length in *k; NULL after the last.  Moves *p on. */
static const char *scope_next(const char **p, size_t *k)
{
	const char *s = *p;
	while (*s == ' ' || *s == ',' || *s == ';' || *s == '`')
		s++;
	if (strncasecmp(s, "and ", 4) == 0)
		s += 4;
	if (!*s)
		return NULL;
	const char *e = s;
	while (*e && *e != ',' && *e != ';' && strncasecmp(e, " and ", 5) != 0)
		e++;
	*k = (size_t)(e - s);
	while (*k && (s[*k - 1] == ' ' || s[*k - 1] == '`' || s[*k - 1] == '.'))
		(*k)--;
	*p = *e == ' ' ? e + 4 : e; /* past " and" */
	return s;
}

/* Whether a scope's value lists names (two or more, of three words at
 * most each), not a sentence ("This review covers payments and billing"). */
static bool scope_lists(const char *scope)
{
	size_t n = 0, k;
	for (const char *p = scope, *s; (s = scope_next(&p, &k)); n++) {
		size_t words = 1;
		for (size_t i = 0; i < k; i++)
			words += s[i] == ' ';
		if (!k || words > 3)
			return false;
	}
	return n >= 2;
}

/* Whether `title` is one of the names a scope lists, whole, any case. */
static bool in_scope(const char *scope, const char *title)
{
	size_t tn = strlen(title), k;
	if (!scope || !tn)
		return false;
	for (const char *p = scope, *s; (s = scope_next(&p, &k));)
		if (k == tn && strncasecmp(s, title, k) == 0)
			return true;
	return false;
}

void imp_handle_field(imp *im, prr_str nm, prr_str val, int line)
{
	const char *name = imp_clean(im, nm.p, nm.n);
	const char *value = imp_clean(im, val.p, val.n);
	size_t ci = imp_comp_of_context(im);
	prr_component *comp = ci == NONE ? NULL : &im->r->components[ci];
	im->values += *value != 0;
	if (*value && prr_rec_placeholder(value, strlen(value))) {
		/* "**Owner:** [Name Required]": to be filled in */
		if (!im->placeholders++)
			im->placeholder_example = value;
		return;
	}
	if (imp_wave_field(im, name, val.p, val.n))
		return;
	if (!comp && scope_name(name) && scope_lists(value))
		im->scope = value;
	/* "**Status:** ✅ Ready" under a heading: what its part states
	 * (imp_heading_checks), the first such field, unless its heading
	 * says so itself */
	if (im->cur_sec != NONE && !im->sx[im->cur_sec].field_known &&
	    (prr_rec_verdict_label(nm.p, nm.n) == 1 || imp_colour_rating(name, value))) {
		secx *x = &im->sx[im->cur_sec];
		x->field_status = prr_status_from_text(val.p, val.n,
						       &x->field_known);
	}
	imp_id_title_field(im, nm, val); /* "### C1" over "Problem: …" */
	imp_open_item_field(im, (prr_str){ name, strlen(name) }, val, line);
	if (imp_finding_severity(im, nm, val))
		return;
	/* "Status: Fixed in 4f2a9c1" under the finding's heading, its
	 * first word: over, left out once counted (imp_drop_fixed_findings),
	 * as in a list ("Acceptable for now, … ✅" is not) */
	secx *fx = imp_sec_x(im, im->cur_sec);
	size_t w = strcspn(value, " ,;.");
	if (w && !isalnum((unsigned char)value[0]) && value[w] == ' ') /* "✅ Partially …" */
		w += 1 + strcspn(value + w + 1, " ,;.");
	if (fx && fx->found && imp_status_label(name) && w &&
	    imp_closed_status(prr_arena_strndup(&im->tmp, value, w))) {
		*PRR_VEC_PUSH(im->a, im->fixed, im->n_fixed, im->cap_fixed) =
			fx->found - 1;
		return;
	}
	/* "Status: Open — fix planned … **Blocks external launch.**" */
	if (fx && fx->found && imp_status_label(name) &&
	    imp_contains_ci_n(value, strlen(value), "blocks ") &&
	    !prr_rec_denies_blocking(value, strlen(value)))
		im->r->findings[fx->found - 1].blocking = true;
	/* "**ID:** PP-SEC-03 (H-2)" under the finding's heading: its ID
	 * (its first word, with a digit), where prr had made one up ("F3") */
	size_t idn = strcspn(value, " \t,;");
	if (fx && fx->found && prr_rec_column(name, strlen(name)) == PRR_COL_ID &&
	    idn && idn <= 24 && strcspn(value, "0123456789") < idn) {
		imp_finding_set_id(im, fx->found - 1,
				   prr_arena_strndup(im->a, value, idn));
		return;
	}
	imp_revision_field(im, nm, val.p, val.n);
	if (imp_is_date_name(name) || prr_rec_date_label(nm.p, nm.n)) {
		prr_date_hit hit;
		/* the date itself is the headline's (import_head.c) */
		if (imp_date_find(im, val.p, val.n, &hit))
			return;
	} else if (comp && (strcasecmp(name, "type") == 0 ||
			    strcasecmp(name, "kind") == 0)) {
		comp->kind = value;
		return;
	} else if (comp && (strcasecmp(name, "file") == 0 ||
			    strcasecmp(name, "files") == 0)) {
		component_files(im, ci, val.p, val.n, line);
		return;
	} else if (strcasecmp(name, "status") == 0 ||
		   strcasecmp(name, "overall status") == 0 ||
		   strcasecmp(name, "current status") == 0) {
		/* "## Services" then "### Auth" and "**Status:** ✅ Ready":
		 * the status of a component the section is */
		if (!comp)
			comp = imp_part_component(im);
		if (comp && im->r->n_components &&
		    (strcasecmp(name, "overall status") == 0 || !comp->status)) {
			bool known;
			comp->status = prr_status_from_text(val.p, val.n, &known);
			return;
		}
		/* the words stay; the level is the verdict recogniser's
		 * (import_head.c), never read into a plain status; a part's
		 * status is not the document's */
		if (!im->r->status_text && !imp_head_topic_status(im) &&
		    !imp_in_option(im, line)) { /* (not "Option A:"'s) */
			im->r->status_text = value;
			im->r->status_line = line;
			return;
		}
	} else if (!comp && !im->r->status_text && !imp_head_topic_status(im) &&
		   imp_is_one_of(nm.p, nm.n, (const char *const[]){ "estado",
			"statut", "état", "stato", "stav", "статус", "Статус",
			"状态", "状態", "ステータス", NULL })) {
		/* "**Estado:** 🟡 **EN PROGRESO**": the status line as
		 * "Status:" is, in its language; the field stays */
		im->r->status_text = value;
		im->r->status_line = line;
	} else if ((strcasecmp(name, "project") == 0 ||
		    /* "**Program:** Checkout Replatform"; not "**Program:
		     * NO-GO**", a verdict */
		    (imp_is_one_of(nm.p, nm.n, (const char *const[]){ "program",
			"programme", NULL }) &&
		     !imp_head_program_verdict(nm.p, nm.n, val.p, val.n))) &&
		   !im->r->project) {
		im->r->project = value;
		return;
	}
	double v, hi, max;
	/* (a count, "31 / 33 items done", tests passed, "7/8 PASS", or an
	 * earlier review's score is a field, no score of this review) */
	bool scored = (imp_names_score(name) || (!imp_counted_fraction(val.p, val.n) &&
						 !imp_pass_count(val.p, val.n))) &&
		      !imp_earlier_label(name) && !imp_counted_label(name) &&
		      !imp_target_label(name) &&
		      !imp_share_percent(name, val.p, val.n) &&
		      !imp_status_ready_whole(name, val.p, val.n);
	if (scored && prr_parse_score(val.p, val.n, &v, &hi, &max) == 0) {
		if (!imp_whole_count(im, name, val.p, val.n, v, max, line))
			imp_add_scored(im, name, v, hi, max, NULL, line, IMP_LINE_TEXT);
	} else if (scored &&
		   imp_score_text(im, nm.p, nm.n + (size_t)(val.p + val.n - nm.p - nm.n),
				  line, IMP_LINE_TEXT)) {
		/* a letter grade, stars */
	} else if (imp_add_estimate(im, name, val.p, val.n, line)) {
		/* an estimate */
	} else {
		imp_add_field(im, name, value, line);
	}
}

/*
 * YAML front matter ("---" lines around "date: 2026-03-09", "commit:
 * abc1234"): each "key: value" line is a field of the document, its date
 * and its revision; a "status:" there is the file's (draft, approved),
 * not a verdict on production. Returns the line that closes it, 0 when
 * there is none: md4c would read it as a rule and a heading, so the
 * caller blanks those lines.
 */
int imp_front_matter(imp *im)
{
	const prr_linemap *m = &im->map;
	const char *p;
	size_t n;
	if (m->n < 3)
		return 0;
	prr_linemap_line(m, 1, &p, &n);
	if (n < 3 || strncmp(p, "---", 3) != 0 || n > 4)
		return 0;
	int close = 0;
	for (int l = 2; l <= (int)m->n && l < 64 && !close; l++) {
		prr_linemap_line(m, l, &p, &n);
		if (n >= 3 && strncmp(p, "---", 3) == 0)
			close = l;
	}
	prr_str parent = { NULL, 0 }; /* the last key not nested */
	for (int l = 2; l < close; l++) {
		prr_linemap_line(m, l, &p, &n);
		/* the files it cites ("key-files: [src/a.ts]") */
		imp_scan_evidence(im, (imp_owner){ OWN_NONE, 0, 0 }, p, n, l,
				  EV_TEXT);
		/* nested keys and list items ("  - id: BE-02") are fields too;
		 * their scores ("scores:" then "  phases: 3/5") are parts */
		bool nested = n && (*p == ' ' || *p == '-');
		while (n && (*p == ' ' || *p == '-'))
			p++, n--;
		const char *colon = memchr(p, ':', n);
		if (!colon || colon - p > 40 || colon == p)
			continue;
		prr_str name = { p, (size_t)(colon - p) };
		prr_str value = { colon + 1, n - (size_t)(colon - p) - 1 };
		while (value.n && (*value.p == ' ' || *value.p == '"' ||
				   *value.p == '\''))
			value.p++, value.n--;
		while (value.n && (value.p[value.n - 1] == ' ' ||
				   value.p[value.n - 1] == '"' ||
				   value.p[value.n - 1] == '\''))
			value.n--;
		/* Docusaurus' "last_update:" over "  date: 2026-02-24": a
		 * key under a key of no value that names a day is read as
		 * that key ("Last update", an edit's day, weaker than "Review
		 * meeting") */
		label_kind pk = { 0, 0, false };
		if (nested && parent.n)
			pk = imp_head_label_kind(im, parent.p, parent.n);
		if (pk.date || pk.other_date) {
			char *t = prr_arena_printf(im->a, "%.*s: %.*s", (int)parent.n,
						   parent.p, (int)value.n, value.p);
			for (size_t k = 0; k < parent.n; k++)
				if (t[k] == '_')
					t[k] = ' ';
			imp_head_line(im, t, strlen(t), l, IMP_LINE_META);
		} else {
			imp_head_line(im, p, n, l, IMP_LINE_META);
		}
		if (!nested)
			parent = value.n ? (prr_str){ NULL, 0 } : name;
		if (!nested && value.n && name.n == 5 &&
		    strncasecmp(name.p, "title", 5) == 0 && !im->fm_title)
			im->fm_title = imp_clean(im, value.p, value.n);
		double v, hi, max;
		if (nested && prr_parse_score(value.p, value.n, &v, &hi, &max) == 0)
			imp_add_scored(im, imp_clean(im, name.p, name.n), v, hi,
				       max, NULL, l, IMP_LINE_ITEM);
		else if (value.n)
			imp_handle_field(im, name, value, l);
	}
	return close;
}

/*** Headings ***/

/* The length of heading s[0..n) without the attributes Pandoc writes
 * after it ("1. Introduction {#introduction}", "Scope {.unnumbered}"). */
static size_t without_attributes(const char *s, size_t n)
{
	size_t e = n;
	while (e && s[e - 1] == ' ')
		e--;
	if (!e || s[e - 1] != '}')
		return n;
	size_t o = e - 1;
	while (o && s[o - 1] != '{' && s[o - 1] != '}')
		o--;
	if (!o || s[o - 1] != '{' || o >= e - 1 || !strchr("#.", s[o]))
		return n;
	for (size_t k = o; k < e - 1; k++)
		if (!(isalnum((unsigned char)s[k]) || strchr("#.-_ =\"", s[k])))
			return n;
	o--;
	while (o && s[o - 1] == ' ')
		o--;
	return o ? o : n;
}

void imp_handle_heading(imp *im, size_t i)
{
	size_t n;
	const char *s = imp_ntext(im, i, &n);
	n = without_attributes(s, n);
	int level = im->nodes[i].level;
	int line = imp_node_line(im, i);
	if (!line)
		return;
	while (im->n_hs && im->hs[im->n_hs - 1].level >= level)
		im->n_hs--;
	prr_section *sec = PUSH(im, sections);
	sec->heading = imp_clean(im, s, n);
	sec->level = level;
	sec->line = line;
	size_t si = im->r->n_sections - 1;
	im->sx = imp_priv_grow(im->sx, &im->cap_sx, si + 1, sizeof *im->sx);
	memset(&im->sx[si], 0, sizeof im->sx[si]);
	im->cur_sec = si;
	/* a setext underline belongs to the heading */
	int last = imp_node_last_line(im, i);
	if (last && (size_t)last < im->map.n) {
		const char *lp;
		size_t ln;
		prr_linemap_line(&im->map, last + 1, &lp, &ln);
		size_t k = 0;
		while (k < ln && (lp[k] == '=' || lp[k] == '-' || lp[k] == ' '))
			k++;
		if (ln && k == ln && (lp[0] == '=' || lp[0] == '-'))
			im->used[last + 1] = 1;
	}
	const char *title = imp_title_in(im, im->r->sections[si].heading);
	title = level > 1 ? imp_heading_unnumbered(title) : title; /* "2.2 Rating" */
	im->sx[si].title = title;
	if (im->n_hs < 8) {
		im->hs[im->n_hs].level = level;
		im->hs[im->n_hs].title = title;
		im->hs[im->n_hs].sec = si;
		im->n_hs++;
	}
	/* a running log's earlier entry: a section, nothing more */
	if (im->n_history && imp_history_line(im, line))
		return;
	imp_head_line(im, s, n, line, IMP_LINE_HEADING);
	/* not "# ⚠️ OUTDATED AUDIT DOCUMENT ⚠️" (import_notice.c) */
	if (!im->r->title && !imp_notice_heading(im, title, line) && level == 1)
		im->r->title = title;
	im->sx[si].wave_step = imp_wave_heading(title);
	if (im->sx[si].wave_step)
		imp_wave_heading_figures(im, si, title);
	/* "## Security (20/20)", "### Phase 2 (95% ✅)"; not an example's */
	if (!imp_under_examples(im))
		imp_score_text(im, s, n, line, IMP_LINE_HEADING);
	imp_scan_commits(im, s, n, line);
	/* "### 2. NOTES.md": a heading's file, as an item's */
	imp_scan_evidence(im, (imp_owner){ OWN_NONE, 0, 0 }, s, n, line, EV_ITEM);
	size_t tn = strlen(title);
	/* what the heading itself states */
	size_t tail = prr_status_tail(s, n);
	im->sx[si].stated = prr_status_from_text(s + (n - tail), tail,
						 &im->sx[si].stated_known);
	/* "### BUG-7: …" is a finding ("## Blockers" introduces them) */
	im->todo_head = imp_tasks_follow(im, i);
	if (level > 1 && imp_heading_finding(im, si, s, n, line)) {
		/* "### C-5 — Journalisation (mineur) — levé": over */
		if (im->sx[si].found &&
		    imp_cell_says_over(im, prr_arena_strndup(&im->tmp, s, n)))
			imp_fixed(im, im->sx[si].found - 1);
		return;
	}
	imp_note_claims(im, s, n, line, true);
	if (imp_starts_with_ci(title, tn, "component:")) {
		const char *nm = title + 10;
		while (*nm == ' ')
			nm++;
		imp_new_component(im, nm, line);
		im->sx[si].comp = im->r->n_components;
		return;
	}
	/* "## checkout" when the scope reads "checkout, inventory, search" */
	if (level > 1 && in_scope(im->scope, title)) {
		imp_new_component(im, title, line);
		im->sx[si].comp = im->r->n_components;
		return;
	}
	if (imp_starts_with_ci(title, tn, "wave ") && isdigit((unsigned char)title[5])) {
		/* the wave a table of steps above planned, else a new one */
		size_t held = imp_table_step(im, title);
		prr_wave *w = held != NONE ? &im->r->waves[held] : PUSH(im, waves);
		int num = atoi(title + 5);
		w->id = imp_letter_id(im, 'W', num);
		/* "Wave 1 — Internal apps (Story Points: 18)": the colon
		 * inside the parenthesis is not the name's */
		const char *first_paren = strchr(title, '(');
		const char *colon = strchr(title, ':');
		if (colon && first_paren && colon > first_paren)
			colon = NULL;
		const char *paren = strstr(title, "(Planned");
		if (!paren)
			paren = strstr(title, "(planned");
		const char *last_paren = strrchr(title, '(');
		if (!paren && last_paren && last_paren > title &&
		    (imp_contains_ci(last_paren, "point") ||
		     imp_contains_ci(last_paren, "pts") ||
		     imp_contains_ci(last_paren, " sp)")))
			paren = last_paren; /* points, not the name */
		const char *nm = colon ? colon + 1 : title;
		if (!colon) { /* "Wave 1 — Internal apps" */
			const char *after = title + 5 + strspn(title + 5, "0123456789");
			after += strspn(after, " ");
			if (*after == '.' || *after == '-')
				nm = after + 1;
			else if (strncmp(after, "\u2014", 3) == 0 ||
				 strncmp(after, "\u2013", 3) == 0)
				nm = after + 3;
		}
		while (*nm == ' ')
			nm++;
		size_t nl = paren && paren > nm ? (size_t)(paren - nm)
						 : strlen(nm);
		while (nl && nm[nl - 1] == ' ')
			nl--;
		w->name = prr_arena_strndup(im->a, nm, nl);
		if (held == NONE)
			w->planned_points = w->done_points = PRR_NONE;
		w->line = line;
		if (paren) {
			const char *p = strchr(paren, ':');
			double pts;
			if (p && prr_parse_points(p + 1, strlen(p + 1), &pts) == 0) {
				w->planned_points = pts;
				w->planned = true;
			}
		}
		im->sx[si].wave = held != NONE ? held + 1 : im->r->n_waves;
		return;
	}
	/* "Original Timeline: 11 weeks" */
	const char *colon = strchr(title, ':');
	if (colon) {
		char *label = prr_arena_strndup(im->a, title,
						(size_t)(colon - title));
		if (imp_add_estimate(im, label, colon + 1, strlen(colon + 1), line))
			return;
	}
	/* "Stage A: minimum viable (3-6 months more)", "（还需 3-6 个月）" */
	const char *open = strrchr(title, '(');
	const char *after = open ? open + 1 : NULL;
	const char *wide = strstr(title, "\xEF\xBC\x88");
	if (wide && (!open || wide > open)) {
		open = wide; /* the label ends before it, whole */
		after = wide + 3;
	}
	if (open) {
		const char *num = after;
		while (*num && !(*num >= '0' && *num <= '9') && num - after < 15)
			num++;
		size_t k = (size_t)(open - title);
		while (k && title[k - 1] == ' ')
			k--;
		/* "(T-48h to T-1h)" counts down to a moment: no effort; nor
		 * a window, a rate among other facts or a horizon: "(7 days,
		 * 10% of traffic)", "(of 21.6 min per 30 days)", "(within 2–4 weeks of launch)" */
		bool countdown = num - after >= 2 && (num[-1] == '-' || num[-1] == '+') &&
				 num[-2] == 'T';
		const char *close = strchr(after, ')');
		size_t in = close ? (size_t)(close - after) : strlen(after);
		bool more = memchr(after, ',', in) || memchr(after, '%', in) ||
			    imp_contains_ci_n(after, in, " per ") || imp_says_when(im, after, in);
		if (*num >= '0' && *num <= '9' && k && !countdown && !more &&
		    !imp_names_period(title, k))
			imp_add_estimate(im, prr_arena_strndup(im->a, title, k),
					 num, strlen(num), line);
	}
}

/*
 * Headings that state their own status ("### Gate 2 - Security review ❌
 * FAILED", "### Infrastructure ✅ READY", or a "Status:" field first thing
 * under them): where two or more headings under the
 * same heading do, they are a checklist of what the document states of
 * each, titled by the heading above them ("Gates"), in the document's
 * order among the other checklists.  Not a heading that is a finding, a
 * component, a wave or a step of a plan (each is read as such), nor the
 * parts a heading of components lists (they are components) or groups of
 * findings or risks by level, nor one over a list of boxes.
 */
/*
 * Whether a word in capitals after heading text s[0..n) states its status:
 * after a separator ("Load testing: PASS", "Gate 1 - PASS"), or after
 * text mostly in lower case whose last word is not in capitals too.  Not
 * "MUST ACHIEVE PASS", a requirement, nor "DOCUMENTED vs VERIFIED" or
 * "WHAT WE NEED TO BE PRODUCTION READY", headings in capitals.
 */
static bool word_states(const char *s, size_t n)
{
	while (n && s[n - 1] == ' ')
		n--;
	if (n && strchr(":-|(", s[n - 1]))
		return true;
	if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 &&
	    (unsigned char)s[n - 2] == 0x80 &&
	    ((unsigned char)s[n - 1] == 0x93 || (unsigned char)s[n - 1] == 0x94))
		return true; /* an en or em dash */
	size_t upper = 0, lower = 0, w = n;
	for (size_t i = 0; i < n; i++) {
		upper += isupper((unsigned char)s[i]) != 0;
		lower += islower((unsigned char)s[i]) != 0;
	}
	while (w && isalpha((unsigned char)s[w - 1]))
		w--;
	bool last_upper = w < n;
	for (size_t i = w; i < n; i++)
		last_upper &= isupper((unsigned char)s[i]) != 0;
	return lower > upper && !last_upper;
}

static bool heading_check(const imp *im, const unsigned char *boxed, size_t s,
			  prr_status *st)
{
	const secx *x = &im->sx[s];
	if (im->r->sections[s].level < 2 || x->comp || x->wave || x->finding ||
	    x->found || x->wave_step || imp_heading_no_check(im, s))
		return false;
	if (!x->stated_known && !x->field_known)
		return false;
	/* over a list of boxes, its status sums the boxes up (import_audit.c
	 * compares the two) */
	if (boxed[s])
		return false;
	if (!x->stated_known) {
		/* "## 2. Security" then "**Status:** ⚠️ Partially ready" */
		*st = x->field_status;
		return true;
	}
	/* what states it: marks, or a word in capitals ("PASS") */
	const char *h = im->r->sections[s].heading;
	size_t n = strlen(h), tail = prr_status_tail(h, n);
	const char *t = h + n - tail;
	if (memchr(t, '/', tail))
		return false; /* a choice or a legend: "✅/❌", "PASS/FAIL" */
	bool mark = false;
	for (size_t k = 0; k < tail; k++)
		mark |= (unsigned char)t[k] >= 0x80 || t[k] == '[';
	if (!mark && !word_states(h, n - tail))
		return false;
	*st = x->stated;
	return true;
}

/* Section s's title without a separator left at its end ("Gate (P0) -"). */
static const char *check_title(imp *im, size_t s)
{
	const char *t = im->sx[s].title;
	size_t n = strlen(t), k = n;
	for (;;) {
		while (k && (t[k - 1] == ' ' || t[k - 1] == ':' ||
			     t[k - 1] == '-' || t[k - 1] == '|'))
			k--;
		/* an en or em dash */
		if (k >= 3 && (unsigned char)t[k - 3] == 0xE2 &&
		    (unsigned char)t[k - 2] == 0x80 &&
		    ((unsigned char)t[k - 1] == 0x93 || (unsigned char)t[k - 1] == 0x94)) {
			k -= 3;
			continue;
		}
		break;
	}
	return k == n ? t : prr_arena_strndup(im->a, t, k);
}

/* The headings one level under heading p of components that state a
 * status: components of that status (the one a status inside made
 * already, or a new one). */
static void stated_parts(imp *im, size_t p)
{
	prr_review *r = im->r;
	for (size_t s = p + 1; s < r->n_sections &&
	     r->sections[s].level > r->sections[p].level; s++) {
		secx *x = &im->sx[s];
		if (r->sections[s].level != r->sections[p].level + 1 ||
		    x->finding || x->found || x->wave)
			continue;
		const char *name = NULL;
		prr_status st = x->stated;
		if (x->stated_known) {
			name = check_title(im, s);
		} else {
			size_t k;
			st = imp_dashed_status(r->sections[s].heading, &k);
			if (!k)
				continue;
			name = prr_arena_strndup(im->a, r->sections[s].heading, k);
		}
		if (!x->comp) {
			imp_new_component(im, name, r->sections[s].line);
			x->comp = r->n_components;
		}
		prr_component *c = &r->components[x->comp - 1];
		if (c->status == PRR_UNKNOWN)
			c->status = st;
	}
}

/* A checklist with what the importer keeps of it, to put in order. */
typedef struct placed_list {
	prr_checklist cl;
	size_t sec;
	bool box;
} placed_list;

static int by_line(const void *a, const void *b)
{
	int la = ((const placed_list *)a)->cl.line;
	int lb = ((const placed_list *)b)->cl.line;
	return (la > lb) - (la < lb);
}

/* The review's checklists in the document's order (stable: of one line,
 * in the order they were made). */
static void checklists_in_order(imp *im)
{
	prr_review *r = im->r;
	placed_list *v = prr_arena_array(&im->tmp, r->n_checklists, sizeof *v);
	for (size_t c = 0; c < r->n_checklists; c++)
		v[c] = (placed_list){ r->checklists[c], im->cl_sec[c], im->cl_box[c] };
	prr_sort_stable(v, r->n_checklists, sizeof *v, by_line);
	for (size_t c = 0; c < r->n_checklists; c++) {
		r->checklists[c] = v[c].cl;
		im->cl_sec[c] = v[c].sec;
		im->cl_box[c] = v[c].box;
	}
}

void imp_heading_checks(imp *im)
{
	prr_review *r = im->r;
	size_t saved = im->cur_sec;
	bool added = false;
	/* the sections that hold a list of boxes, found once */
	unsigned char *boxed = imp_boxed_sections(im);
	/* each heading p (NONE: the document) and the headings one level
	 * below it, up to the next heading of p's level or above */
	for (size_t p = NONE;; p = p == NONE ? 0 : p + 1) {
		if (p != NONE && p >= r->n_sections)
			break;
		int plevel = p == NONE ? 0 : r->sections[p].level;
		/* parts of components ("### Job API — ✅ Ready" under "##
		 * Components": a component of that status); groups of findings
		 * or risks by level ("### Low Risk ✅" under "## Risk
		 * Assessment") */
		if (p != NONE && imp_components_heading(im->sx[p].title)) {
			stated_parts(im, p);
			continue;
		}
		if (p != NONE && prr_rec_finding_heading(im->sx[p].title,
							 strlen(im->sx[p].title)))
			continue;
		size_t from = p == NONE ? 0 : p + 1, end = from;
		int child = 0;
		while (end < r->n_sections && r->sections[end].level > plevel) {
			if (!child || r->sections[end].level < child)
				child = r->sections[end].level;
			end++;
		}
		/* ("### 1. Environment Setup ✓" over open boxes: steps) */
		if (imp_marks_name_steps(im, boxed, from, end, child))
			continue;
		size_t n = 0;
		prr_status st;
		for (size_t s = from; s < end; s++)
			n += r->sections[s].level == child && heading_check(im, boxed, s, &st);
		if (n < 2)
			continue;
		size_t first = NONE;
		for (size_t s = from; s < end && first == NONE; s++)
			if (r->sections[s].level == child && heading_check(im, boxed, s, &st))
				first = s;
		im->cur_sec = p;
		prr_checklist *cl = imp_new_checklist(
			im, p == NONE ? (r->title ? r->title : "Document") : im->sx[p].title,
			r->sections[first].line, n, false);
		for (size_t s = first; s < end; s++) {
			if (r->sections[s].level != child || !heading_check(im, boxed, s, &st))
				continue;
			prr_checkitem *it = &cl->items[cl->n_items++];
			it->text = check_title(im, s);
			it->note = im->sx[s].first_text;
			it->status = st;
			it->done = st == PRR_PASS;
			it->line = r->sections[s].line;
		}
		added = true;
	}
	if (added)
		checklists_in_order(im);
	im->cur_sec = saved;
}

/*** Questions answered ***/

/* s[0..n) without "**" around it and a "Q:" / "A:" label before it. */
static const char *qa_part(const char *s, size_t *n, char label)
{
	while (*n && (*s == '*' || *s == ' '))
		s++, (*n)--;
	/* ("Q12." numbered too) */
	size_t d = 1;
	while (d < *n && d < 5 && isdigit((unsigned char)s[d]))
		d++;
	if (*n > d + 1 && (*s == label || *s == (label | 0x20)) &&
	    (s[d] == ':' || s[d] == '.')) {
		s += d + 1, *n -= d + 1;
		while (*n && (*s == '*' || *s == ' '))
			s++, (*n)--;
	}
	while (*n && (s[*n - 1] == '*' || s[*n - 1] == ' '))
		(*n)--;
	return s;
}

bool imp_qa_paragraph(imp *im, const char *s, size_t n, int line)
{
	const char *nl = memchr(s, '\n', n);
	if (!nl || n < 8 || s[0] != '*')
		return false;
	size_t qn = (size_t)(nl - s), an = n - qn - 1;
	const char *q = qa_part(s, &qn, 'Q');
	if (qn < 4 || q[qn - 1] != '?')
		return false;
	const char *a = qa_part(nl + 1, &an, 'A');
	bool known;
	if (!an)
		return false;
	prr_status st = imp_qa_judge(q, qn, a, an, &known);
	if (!known)
		return true; /* answered, unjudged (yes is not always good):
			      * the narrative's, no field named "Q" */
	struct qa *x = PRR_VEC_PUSH(im->a, im->qa, im->n_qa, im->cap_qa);
	x->sec = im->cur_sec;
	x->question = imp_clean(im, q, qn);
	x->answer = imp_clean(im, a, an);
	x->status = st;
	x->line = line;
	return true;
}

void imp_qa_checks(imp *im)
{
	size_t saved = im->cur_sec;
	for (size_t i = 0; i < im->n_qa;) {
		size_t e = i;
		while (e < im->n_qa && im->qa[e].sec == im->qa[i].sec)
			e++;
		im->cur_sec = im->qa[i].sec;
		prr_checklist *cl = imp_new_checklist(im, imp_nearest_title(im),
						      im->qa[i].line, e - i, false);
		if (im->cur_sec != NONE)
			cl->title = im->sx[im->cur_sec].title;
		for (; i < e; i++) {
			prr_checkitem *it = &cl->items[cl->n_items++];
			it->text = im->qa[i].question;
			it->note = im->qa[i].answer;
			it->status = im->qa[i].status;
			it->done = it->status == PRR_PASS;
			it->line = im->qa[i].line;
		}
	}
	if (im->n_qa)
		checklists_in_order(im);
	im->cur_sec = saved;
}
