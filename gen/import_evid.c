/*
 * import_evid.c - evidence: the files a review cites, where a reader sees
 * them (in cells, items, lines and headings: backticked, unmarked with a
 * file's extension or name, or as a link's target; a plan's lists of
 * files to create, modify or delete), what it claims of each (there,
 * holding a token, gone, to be made), and the fields that name the
 * revision reviewed.
 */
#include "import_int.h"
#include "prr/rec_path.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*** Owners ***/

/* The evidence array of `o`, its count in *n. */
static prr_evidence **owner_arr(imp *im, imp_owner o, size_t **n)
{
	prr_review *r = im->r;
	if (o.kind == OWN_COMP) {
		*n = &r->components[o.a].n_evidence;
		return &r->components[o.a].evidence;
	}
	if (o.kind == OWN_STORY) {
		*n = &r->waves[o.a].stories[o.b].n_evidence;
		return &r->waves[o.a].stories[o.b].evidence;
	}
	*n = &r->n_evidence;
	return &r->evidence;
}

/* The story of wave `wi` a heading names by its id ("W1-S2: Config",
 * "Story W1-S2"), or NONE. */
static size_t story_named(imp *im, size_t wi, const char *title)
{
	const prr_wave *w = &im->r->waves[wi];
	size_t tn = strlen(title);
	if (imp_starts_with_ci(title, tn, "story "))
		title += 6, tn -= 6;
	for (size_t j = 0; j < w->n_stories; j++) {
		/* its id; else a title that is an id ("1.2" of "Story | Title") */
		const char *id = w->stories[j].id;
		if (!id && w->stories[j].title && !strchr(w->stories[j].title, ' '))
			id = w->stories[j].title;
		size_t k = id ? strlen(id) : 0;
		if (k && k <= tn && strncasecmp(title, id, k) == 0 &&
		    (k == tn || !isalnum((unsigned char)title[k])))
			return j;
	}
	return NONE;
}

/* The owner of what the current section cites: the component or story
 * its heading (or one above) is; else the review. */
imp_owner imp_owner_here(imp *im)
{
	imp_owner o = { OWN_REVIEW, 0, 0 };
	size_t wi = imp_wave_of_context(im);
	for (int k = im->n_hs - 1; k >= 0; k--) {
		const secx *x = &im->sx[im->hs[k].sec];
		if (x->comp) {
			o.kind = OWN_COMP;
			o.a = x->comp - 1;
			return o;
		}
		size_t j = wi != NONE ? story_named(im, wi, im->hs[k].title)
				      : NONE;
		if (j != NONE) {
			o.kind = OWN_STORY;
			o.a = wi;
			o.b = j;
			return o;
		}
		if (x->wave)
			break;
	}
	return o;
}


/*** Adding, once ***/

static bool same_str(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static uint64_t ev_hash(imp_owner o, const prr_evidence *e)
{
	uint64_t h = HASH_START;
	size_t key[3] = { (size_t)o.kind, o.a, o.b };
	h = imp_hash_bytes(h, (const char *)key, sizeof key);
	h = imp_hash_bytes(h, e->path, strlen(e->path) + 1);
	if (e->token)
		h = imp_hash_bytes(h, e->token, strlen(e->token) + 1);
	char flags[2] = { (char)e->absent, (char)e->planned };
	return imp_hash_bytes(h, flags, sizeof flags);
}

/*
 * Adds a copy of `e` to the evidence of `o` (OWN_NONE: imp_owner_here),
 * unless the owner holds the same claim of the same path already; returns
 * the item held.  Evidence arrays double: their capacity is the power of
 * two at or above their count (4 at least), so none is kept aside.
 */
prr_evidence *imp_add_evidence(imp *im, imp_owner o, const prr_evidence *e)
{
	if (o.kind == OWN_NONE)
		o = imp_owner_here(im);
	size_t *n;
	prr_evidence **arr = owner_arr(im, o, &n);
	seen_set *set = &im->seen_ev;
	imp_seen_reserve(set);
	uint64_t hash = ev_hash(o, e);
	size_t mask = set->cap - 1, at = hash & mask;
	for (; set->v[at].idx; at = (at + 1) & mask) {
		const struct ev_ref *ref = &im->ev_refs[set->v[at].idx - 1];
		if (set->v[at].hash != hash || ref->o.kind != o.kind ||
		    ref->o.a != o.a || ref->o.b != o.b)
			continue;
		prr_evidence *g = &(*arr)[ref->i];
		if (strcmp(g->path, e->path) == 0 && same_str(g->token, e->token) &&
		    g->absent == e->absent && g->planned == e->planned)
			return g;
	}
	size_t cap = 0;
	if (*n)
		for (cap = 4; cap < *n; cap *= 2)
			;
	*arr = prr_arena_regrow(im->a, *arr, &cap, *n + 1, sizeof **arr);
	prr_evidence *out = &(*arr)[(*n)++];
	*out = *e;
	im->ev_refs = imp_priv_grow(im->ev_refs, &im->cap_ev_refs,
				    im->n_ev_refs + 1, sizeof *im->ev_refs);
	im->ev_refs[im->n_ev_refs].o = o;
	im->ev_refs[im->n_ev_refs].i = *n - 1;
	imp_seen_add(set, at, hash, im->n_ev_refs++);
	return out;
}

/*** Reading what a text cites ***/

/* Whether s[0, n), spaces and an opening '(' or '*' off its end, ends in
 * one of `words` standing as a word. */
static bool ends_with_word(const char *s, size_t n, const char *const *words)
{
	while (n && strchr(" (*_\"':", s[n - 1]))
		n--;
	/* the last letter first: few words end as one of these */
	unsigned char last = n ? lower((unsigned char)s[n - 1]) : 0;
	for (int i = 0; words[i]; i++) {
		size_t k = strlen(words[i]);
		if ((unsigned char)words[i][k - 1] != last)
			continue;
		if (k <= n && strncasecmp(s + n - k, words[i], k) == 0 &&
		    (k == n || !isalpha((unsigned char)s[n - k - 1])))
			return true;
	}
	return false;
}

/* Whether s[0, n), spaces, a '(', a comma or a dash ('-', en or em dash)
 * off its start, opens with one of `words` standing as a word. */
static bool starts_with_word(const char *s, size_t n, const char *const *words)
{
	for (;;) {
		if (n && (*s == ' ' || *s == '(' || *s == '-' || *s == ','))
			s++, n--;
		else if (n >= 3 && (memcmp(s, "\u2014", 3) == 0 ||
				    memcmp(s, "\u2013", 3) == 0))
			s += 3, n -= 3;
		else
			break;
	}
	unsigned char first = n ? lower((unsigned char)*s) : 0;
	for (int i = 0; words[i]; i++) {
		if ((unsigned char)words[i][0] != first)
			continue;
		size_t k = strlen(words[i]);
		if (k <= n && strncasecmp(s, words[i], k) == 0 &&
		    (k == n || !isalpha((unsigned char)s[k])))
			return true;
	}
	return false;
}

static const char *const absent_before[] = { "no", "without", "missing",
	"lacks", "lacking", "not", NULL };
static const char *const absent_after[] = { "removed", "deleted",
	"missing", "is missing", "does not exist", "doesn't exist",
	"not found", "is gone", "was removed", "was deleted",
	"has been removed", "has been deleted", "is absent", "absent", NULL };
static const char *const planned_before[] = { "create", "to create",
	"will create", "new file", "to be created", "produce", "to produce",
	"generate", "to generate", "publish", "to publish", "criar", "crear",
	"cr\xC3\xA9" "er", NULL };
static const char *const planned_after[] = { "to be created", "new)",
	"planned)", "will be created", "to be written", "not written yet",
	"not yet written", "yet to be written", "not created yet",
	"not yet created", "to be added", "not added yet", "not yet added",
	"todo", "tbd", NULL }; /* "(" and a dash are read off */
/* made, in a box not ticked: "- [ ] RUNBOOK.md created", "- [ ] Author
 * `ARCHITECTURE.md`" (planned_before's "create" too) */
static const char *const made_before[] = { "author", "write", "add",
	"draft", NULL };
static const char *const made_after[] = { "created", "creado", "creada",
	"criado", "criada", "cr\xC3\xA9\xC3\xA9", "written", "added", NULL };
static const char *const not_files[] = { "branch", "rama", "branche",
	"tag", "checkout", "merge", "merged", "rebase", "remote", "package",
	"module", "rule", "registry", "image", "chart", "crate", NULL };
static const char *const holds_verbs[] = { "has", "have", "contains",
	"with", "includes", "defines", "exports", "holds", "declares",
	"has no", "without", "lacks", "is missing", NULL };
static const char *const held_in[] = { "in", "is in", "defined in",
	"declared in", "exported from", "inside", "is missing from",
	"missing from", "not in", "is not in", NULL };

/* Whether the words between a file and a token say the file holds it. */
static bool holds_between(const char *g, size_t n, bool *absent)
{
	if (!ends_with_word(g, n, holds_verbs))
		return false;
	static const char *const neg[] = { "no", "without", "lacks",
		"is missing", NULL };
	*absent = ends_with_word(g, n, neg);
	return true;
}

/* Whether s[0, end) says whose or where the thing it lacks is: "No tests
 * for the auth guards (", "No rate limit on login (": the file in
 * parentheses is that one, there. */
static bool names_whose(const char *s, const char *end)
{
	static const char *const of[] = { "for", "on", "in", "of", "to",
		"at", "from", NULL };
	for (const char *p = s; p < end; p++)
		if (p[-1] == ' ' && starts_with_word(p, (size_t)(end - p), of))
			return true;
	return false;
}

/* "No audit report yet (`docs/AUDIT.md`)": a file in parentheses after
 * a clause that says it is not there; `tick` is its opening backtick. */
static bool absent_clause(const char *s, const char *tick)
{
	if (tick == s || tick[-1] != '(')
		return false;
	const char *c = tick - 1;
	while (c > s && !strchr(".;:!?\n", c[-1]))
		c--;
	while (c < tick && (*c == ' ' || *c == '*' || *c == '_'))
		c++;
	static const char *const no[] = { "no", "without", "missing", NULL };
	for (int i = 0; no[i]; i++) {
		size_t k = strlen(no[i]);
		if ((size_t)(tick - c) > k && strncasecmp(c, no[i], k) == 0 &&
		    c[k] == ' ')
			return !names_whose(c + k, tick);
	}
	return false;
}

/* The claims one text makes, read before any is added: a token read
 * after a file changes what is claimed of it. */
#define MAX_CANDS 32
#define MAX_SHOWN 8 /* links one text shows */

typedef struct scan {
	imp *im;
	const char *s;
	size_t n;
	int line;
	imp_ev_mode mode;
	imp_files_kind files;
	imp_owner o;
	prr_evidence c[MAX_CANDS];
	size_t nc;
	const char *claim;
	const char *slashed; /* the last path with a folder: a name's beside */
	/* the reading so far, in the order of the text */
	const char *prev;       /* the end of the last file or token read */
	prr_evidence *holder;   /* the last file, for "has `Token`" */
	bool held;              /* the last word was a token it holds */
	bool bare;              /* the text may hold bare paths */
	/* its links to files: the text each shows, and the file */
	struct { const char *at, *end, *path; } shown[MAX_SHOWN];
	size_t n_shown;
} scan;

static prr_evidence *add_cand(scan *sc, const char *p, size_t n)
{
	if (sc->nc == MAX_CANDS)
		return NULL;
	if (!sc->claim) /* to the end of its sentence, where a line of a
			 * paragraph breaks it off ("The minutes were not
			 * attached to" / "this document …") */
		sc->claim = imp_clean(sc->im, sc->s,
				      imp_text_sentence_on(sc->im, sc->s, sc->n));
	prr_evidence *c = &sc->c[sc->nc++];
	memset(c, 0, sizeof *c);
	c->path = prr_arena_strndup(sc->im->a, p, n);
	c->claim = sc->claim;
	c->line = sc->line;
	/* absent and planned: a file the plan will delete */
	c->planned = sc->files == FILES_CREATE || sc->files == FILES_DROP;
	c->absent = sc->files == FILES_DELETE || sc->files == FILES_DROP;
	if (memchr(p, '/', n) && p[0] != '*')
		sc->slashed = p[n - 1] != '/' ? c->path : NULL;
	else if (sc->slashed)
		c->beside = sc->slashed;
	return c;
}

/* A path written at s[0, n) (a backticked word, a bare one); NULL when it
 * is none. */
static prr_evidence *path_at(scan *sc, const char *w, size_t wn, prr_path_mode m)
{
	size_t at, len;
	if (!prr_rec_path(w, wn, m, &at, &len, NULL))
		return NULL;
	return add_cand(sc, w + at, len);
}

size_t imp_evid_word_at(const char *p, const char *end, const char **w)
{
	bool tick = p < end && *p == '`';
	if (tick)
		p++;
	*w = p;
	const char *q = p;
	while (q < end && *q != ' ' && *q != '`' && *q != '\n' &&
	       !(*q == ')' && !tick) && !(*q == ':' && (q + 1 == end || q[1] == ' ')))
		q++;
	return (size_t)(q - p);
}

/* "`Token` in `src/a.ts`", "`Token` in Name": the file after the token,
 * or NULL.  *skip gets where reading goes on. */
static prr_evidence *held_file(scan *sc, const char *after, const char **skip)
{
	const char *end = sc->s + sc->n;
	size_t rest = (size_t)(end - after);
	if (!starts_with_word(after, rest, held_in))
		return NULL;
	/* past the words "in", "is in" … to the file */
	const char *p = after;
	for (int i = 0; held_in[i]; i++) {
		const char *q = after;
		while (q < end && *q == ' ')
			q++;
		size_t k = strlen(held_in[i]);
		if ((size_t)(end - q) > k && strncasecmp(q, held_in[i], k) == 0 &&
		    q[k] == ' ' && q + k + 1 > p)
			p = q + k + 1;
	}
	while (p < end && *p == ' ')
		p++;
	if (p == after || p >= end)
		return NULL;
	const char *w;
	size_t wn = imp_evid_word_at(p, end, &w);
	bool tick = *p == '`';
	while (wn && strchr(".,;", w[wn - 1]))
		wn--;
	if (!wn)
		return NULL;
	*skip = w + wn;
	if (tick) { /* past its closing backtick, so the pairs stay pairs */
		const char *close = memchr(w, '`', (size_t)(end - w));
		*skip = close ? close + 1 : end;
	}
	prr_evidence *c = path_at(sc, w, wn, tick ? PRR_PATH_MARKED : PRR_PATH_BARE);
	if (c || sc->mode != EV_EVIDENCE || tick)
		return c;
	/* an Evidence cell's "`compact()` in StateManager": a file of that
	 * name, anywhere */
	size_t k = 0;
	while (k < wn && (isalnum((unsigned char)w[k]) || w[k] == '_' ||
			  w[k] == '-'))
		k++;
	if (k != wn || sc->nc == MAX_CANDS)
		return NULL;
	char *glob = prr_arena_printf(sc->im->a, "**/%.*s.*", (int)wn, w);
	c = add_cand(sc, glob, strlen(glob));
	if (c)
		c->beside = NULL;
	return c;
}

/* Whether `w` is inside the text a link of the scan shows. */
static bool in_link(const scan *sc, const char *w)
{
	for (size_t k = 0; k < sc->n_shown; k++)
		if (w >= sc->shown[k].at && w < sc->shown[k].end)
			return true;
	return false;
}

/* A word of running text read as a path (`mode`): "src/__tests__/a.ts"
 * unmarked is bold to Markdown, so the "**" the walk wrote for it inside a
 * word were "__".  A word holding one "**" (the second of "__tests__" in
 * "__tests__/a.ts") lost the first, read off as marks before it: it is
 * the word's start. */
static prr_evidence *word_path(scan *sc, const char *w, size_t wn,
			       prr_path_mode mode)
{
	size_t pairs = 0;
	for (size_t i = 0; i + 1 < wn; i++)
		if (w[i] == '*' && w[i + 1] == '*')
			pairs++, i++;
	if (pairs % 2 && w - sc->s >= 2 && w[-1] == '*' && w[-2] == '*')
		w -= 2, wn += 2;
	char buf[256];
	const char *dunder = wn < sizeof buf ? memchr(w, '*', wn) : NULL;
	if (dunder) {
		memcpy(buf, w, wn);
		for (size_t i = 0; i + 1 < wn; i++)
			if (buf[i] == '*' && buf[i + 1] == '*')
				buf[i] = buf[i + 1] = '_';
		w = buf;
	}
	return path_at(sc, w, wn, mode);
}

/* In a box not ticked, file `c` at [at, after) said made ("- [ ]
 * RUNBOOK.md created", "- [ ] Author `ARCHITECTURE.md`", the words
 * before it from `gap`): still to be made, planned. */
static void unticked_made(scan *sc, prr_evidence *c, const char *gap,
			  const char *at, const char *after)
{
	const char *end = sc->s + sc->n;
	if (c && !c->absent && sc->files == FILES_UNTICKED &&
	    (ends_with_word(gap, (size_t)(at - gap), made_before) ||
	     ends_with_word(gap, (size_t)(at - gap), planned_before) ||
	     starts_with_word(after, (size_t)(end - after), made_after)))
		c->planned = true;
}

/* The item's subject, when it is a file: "start-dev.sh - tested",
 * "✅ NOTES.md", "alembic/versions/001_initial.py (170 lines)".  Returns
 * where the text after it starts. */
static const char *subject(scan *sc)
{
	const char *p = sc->s, *end = sc->s + sc->n;
	/* marks, boxes, bold, numbering: anything before the first letter */
	while (p < end && !isalnum((unsigned char)*p) && *p != '.' &&
	       *p != '/' && *p != '`')
		p++;
	/* a number ("1. NOTES.md", "2) a.sh") */
	const char *d = p;
	while (d < end && isdigit((unsigned char)*d))
		d++;
	if (d > p && d + 1 < end && (*d == '.' || *d == ')') && d[1] == ' ')
		for (p = d + 1; p < end && *p == ' '; p++)
			;
	if (p == end || *p == '`' || in_link(sc, p))
		return p;
	const char *w;
	size_t wn = imp_evid_word_at(p, end, &w);
	const char *after = w + wn;
	while (wn && strchr(".,;:*", w[wn - 1]))
		wn--;
	unticked_made(sc, word_path(sc, w, wn, sc->mode == EV_FILES ? PRR_PATH_MARKED
								 : PRR_PATH_BARE),
		      sc->s, w, after);
	return after;
}

/* Whether the words before a path at `at`, from `gap`, say it names no
 * file: "branch `fix/login`", "Branch exclusiva `x/y`". */
static bool names_no_file(const char *gap, const char *at)
{
	size_t gn = (size_t)(at - gap), near = gn < 24 ? gn : 24;
	return ends_with_word(gap, gn, not_files) ||
	       imp_contains_ci_n(at - near, near, "branch");
}

/* What the words around the path at [at, after) claim of file `c`, the
 * words before it read from `gap`: gone ("no `x`", "`x` removed", "No
 * report yet (`x`)"), to be made ("create `x`", "`x` (to be created)"). */
static void read_claims(scan *sc, prr_evidence *c, const char *gap,
			const char *at, const char *after)
{
	const char *end = sc->s + sc->n;
	size_t gn = (size_t)(at - gap), an = (size_t)(end - after);
	/* "`x` removed", not "`x` - removed the old API" */
	const char *w = after;
	while (w < end && *w == ' ')
		w++;
	if (ends_with_word(gap, gn, absent_before) || absent_clause(sc->s, at) ||
	    (w > after && w < end && isalpha((unsigned char)*w) &&
	     starts_with_word(w, (size_t)(end - w), absent_after))) {
		/* said to be gone: a claim, not one of a plan to delete
		 * ("Files to create: no `x` yet") */
		c->planned &= sc->files == FILES_DROP;
		c->absent = true;
	}
	if (!c->absent && (ends_with_word(gap, gn, planned_before) ||
			   starts_with_word(after, an, planned_after)))
		c->planned = true;
	unticked_made(sc, c, gap, at, after);
}

/* A file read at [at, after): the tokens after it are its own ("`x` has
 * `Token`"). */
static void took_file(scan *sc, prr_evidence *c, const char *at,
		      const char *after)
{
	read_claims(sc, c, sc->prev, at, after);
	sc->holder = c;
	sc->held = false;
	sc->prev = after;
}

/* Whether s[0, n) may hold a bare path (prr_rec_path's PRR_PATH_BARE): a
 * dot inside a word ("config.yaml", ".env"), a name that ends in "file"
 * ("Dockerfile", "Makefile"), or a folder's closing slash ("deploy/k8s/
 * holds …").  Most prose holds none: its dots end sentences. */
static bool may_cite_bare(const char *s, size_t n)
{
	const char *end = s + n;
	for (const char *p = s; (p = memchr(p, '.', (size_t)(end - p))); p++)
		if (p + 1 < end && isalnum((unsigned char)p[1]))
			return true;
	for (const char *p = s; (p = memchr(p, '/', (size_t)(end - p))); p++)
		if (p > s && isalnum((unsigned char)p[-1]) &&
		    (p + 1 == end || strchr(" \n\t,.;:)", p[1])))
			return true;
	for (const char *p = s; (p = memchr(p, 'f', (size_t)(end - p))); p++)
		if (end - p >= 4 && memcmp(p, "file", 4) == 0)
			return true;
	return false;
}

/* The length of word w[0, n) without the punctuation of running text
 * around it ("(config.yaml),", "**a.md**", "“x.md”", "[a.ts,"); *w moves
 * past what opens it.  A bracket stays when it is a folder's
 * ("app/[id]/page.tsx"). */
static size_t trim_word(const char **w, size_t n)
{
	static const char *const quotes[] = { "\xE2\x80\x9C", "\xE2\x80\x9D",
		"\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB", NULL };
	const char *s = *w, *e = s + n;
	for (bool more = true; more && s < e;) {
		more = false;
		if (strchr("(\"'*<", *s) ||
		    (*s == '[' && !memchr(s, ']', (size_t)(e - s - 1))))
			s++, more = true;
		if (s < e && (strchr(",.;:!?)\"'*>", e[-1]) ||
			      (e[-1] == ']' && !memchr(s, '[', (size_t)(e - s)))))
			e--, more = true;
		for (int i = 0; quotes[i] && s < e &&
				(*s & 0x80 || e[-1] & 0x80); i++) {
			size_t k = strlen(quotes[i]);
			if ((size_t)(e - s) >= k && memcmp(s, quotes[i], k) == 0)
				s += k, more = true;
			if ((size_t)(e - s) >= k && memcmp(e - k, quotes[i], k) == 0)
				e -= k, more = true;
		}
	}
	*w = s;
	return (size_t)(e - s);
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* The bare paths of s[from, to), a stretch outside backticks
 * ("ops/dashboards/payments.json", "config.yaml;"), each read as a
 * backticked one is. */
static void bare_words(scan *sc, const char *from, const char *to)
{
	const char *p = from > sc->prev ? from : sc->prev;
	while (sc->bare && p < to) {
		while (p < to && is_blank(*p))
			p++;
		const char *w = p;
		while (p < to && !is_blank(*p))
			p++;
		size_t wn = trim_word(&w, (size_t)(p - w));
		if (!wn || !may_cite_bare(w, wn) || in_link(sc, w) ||
		    names_no_file(sc->prev, w))
			continue;
		prr_evidence *c = word_path(sc, w, wn, PRR_PATH_BARE);
		if (c)
			took_file(sc, c, w, w + wn);
	}
}

/* The files the text's links point to ("See [the SLO doc](docs/slo.md)"),
 * read as the words around the link's text say, unless the text names
 * the same file itself. */
static void link_files(scan *sc)
{
	for (size_t k = 0; k < sc->n_shown; k++) {
		const char *path = sc->shown[k].path, *at = sc->shown[k].at;
		bool named = false;
		for (size_t i = 0; i < sc->nc && !named; i++)
			named = strcmp(sc->c[i].path, path) == 0;
		if (named || names_no_file(sc->s, at))
			continue;
		prr_evidence *c = add_cand(sc, path, strlen(path));
		if (!c)
			return;
		c->beside = NULL; /* a link's target is its own */
		read_claims(sc, c, sc->s, at, sc->shown[k].end);
	}
}

/* Whether the word at `at` is in a list of labels or tags ("Labels:
 * `launch`, `area/exports`"): since the clause's start (the text's, a
 * line's, a '·' or a '|'), "labels:" or "tags:". */
static bool in_labels(const char *s, const char *at)
{
	/* (back to the cell's or line's start, a clause's reach at most,
	 * IMP_SENTENCE_MAX: a line of 200,000 backticks is read in linear
	 * time; it took 90 s) */
	const char *b = at;
	const char *stop = at - s > IMP_SENTENCE_MAX ? at - IMP_SENTENCE_MAX : s;
	while (b > stop && b[-1] != '\n' && b[-1] != '|' &&
	       !(b - s >= 2 && (unsigned char)b[-2] == 0xC2 &&
		 (unsigned char)b[-1] == 0xB7)) /* · */
		b--;
	size_t n = (size_t)(at - b);
	return imp_contains_ci_n(b, n, "labels:") ||
	       imp_contains_ci_n(b, n, "label:") ||
	       imp_contains_ci_n(b, n, "tags:");
}

/* Whether the token at p is one the text tells to put in a file, no
 * claim of what it holds: a box not ticked, or a sentence or clause that
 * opens with an order ("Remove `sendDM` from …", "…, set `DOMAIN=` in
 * `.env`", "Change `flag` default to `true` in `Flags.swift`"). */
static bool told_to(const scan *sc, const char *p)
{
	static const char *const orders[] = { "add", "set", "remove",
		"replace", "change", "implement", "define", "update", "port",
		"ensure", "install", "configure", "create", "move", "rename",
		"put", "insert", "append", "include", "wire", "make", "use",
		"switch", "enable", "disable", "delete", "drop", "introduce",
		NULL };
	if (sc->files == FILES_UNTICKED)
		return true;
	const char *s = sc->s;
	for (const char *c = p;; c--) {
		bool stop = c == s || c[-1] == '\n';
		bool sep = !stop && c - s >= 2 && c[-1] == ' ' &&
			   strchr(".,;:!?", c[-2]);
		if (stop || sep) {
			const char *w = c;
			while (w < p && (*w == ' ' || *w == '*' || *w == '_'))
				w++;
			if (starts_with_word(w, (size_t)(p - w), orders))
				return true;
			if (stop || !strchr(",;:", c[-2]))
				return false; /* (the sentence's start) */
		}
		if (stop || p - c > 400)
			return false;
	}
}

static void scan_text(scan *sc)
{
	const char *s = sc->s, *end = s + sc->n;
	const char *from = s; /* where bare words may be: after the subject */
	if (sc->mode == EV_ITEM || sc->mode == EV_FILES)
		from = subject(sc);
	sc->prev = s;
	sc->holder = NULL;
	sc->held = false;
	for (const char *p = memchr(s, '`', sc->n); p && p < end;
	     p = p < end ? memchr(p, '`', (size_t)(end - p)) : NULL) {
		const char *q = memchr(p + 1, '`', (size_t)(end - p - 1));
		if (!q)
			break;
		bare_words(sc, from, p);
		const char *tok = p + 1;
		size_t tn = (size_t)(q - tok), gn = (size_t)(p - sc->prev);
		const char *after = q + 1;
		prr_evidence *c = names_no_file(sc->prev, p) || in_labels(s, p)
					  ? NULL
					  : path_at(sc, tok, tn, PRR_PATH_MARKED);
		if (c) {
			took_file(sc, c, p, after);
			p = after;
			continue;
		}
		bool absent = false;
		static const char *const more[] = { ",", "and", "or", NULL };
		prr_evidence *holder = sc->holder;
		if (told_to(sc, p)) {
			/* (an order, no claim of what a file holds) */
		} else if (holder && (holds_between(sc->prev, gn, &absent) ||
			       (sc->held && ends_with_word(sc->prev, gn, more)))) {
			/* "`package.json` has `@scope/sdk`" */
			prr_evidence *t = holder;
			if (t->token && sc->nc < MAX_CANDS) {
				t = &sc->c[sc->nc++];
				*t = *holder;
			}
			if (!sc->held)
				t->absent = absent;
			t->token = prr_arena_strndup(sc->im->a, tok, tn);
			sc->holder = t;
			sc->held = true;
			sc->prev = p = after;
			continue;
		}
		sc->held = false;
		/* "No `compact()` in `state.ts`", "`flag` in schema" */
		const char *skip = after;
		prr_evidence *f = told_to(sc, p) ? NULL : held_file(sc, after, &skip);
		if (f) {
			f->token = prr_arena_strndup(sc->im->a, tok, tn);
			f->absent = ends_with_word(sc->prev, gn, absent_before) ||
				    imp_contains_ci_n(after, (size_t)(skip - after), "not in") ||
				    imp_contains_ci_n(after, (size_t)(skip - after), "missing");
			sc->holder = NULL;
			sc->prev = p = skip;
			continue;
		}
		sc->prev = p = after;
	}
	bare_words(sc, from, end);
	link_files(sc);
	/* "`prometheus.yml` has no `rule_files` … ✅ FIXED (e866207):
	 * alerting block added": what it lacked, once; no claim now */
	bool fixed = false;
	for (size_t k = 0; k < sc->nc && !fixed; k++)
		fixed = sc->c[k].absent && sc->c[k].token &&
			(imp_contains_ci_n(s, sc->n, "\xE2\x9C\x85 fixed") ||
			 imp_says_fixed(sc->im, s, sc->n));
	for (size_t k = 0; k < sc->nc; k++) {
		if (fixed && sc->c[k].absent && sc->c[k].token)
			sc->c[k].token = NULL, sc->c[k].absent = false;
		imp_add_evidence(sc->im, sc->o, &sc->c[k]);
	}
}

/* Where the link `l` of the block shows its text in the scan's text, or
 * NULL: on the text's lines, [line, last]. */
static const char *shows_link(const scan *sc, const imp_link *l, int last)
{
	if (l->line && sc->line && (l->line < sc->line || l->line > last))
		return NULL;
	const char *end = sc->s + sc->n;
	for (const char *p = sc->s; l->tn && (size_t)(end - p) >= l->tn; p++) {
		p = memchr(p, l->text[0], (size_t)(end - p) - l->tn + 1);
		if (!p)
			break;
		if (memcmp(p, l->text, l->tn) == 0)
			return p;
	}
	return NULL;
}

/* The block's links the text shows, taken: no other text cites them. */
static void take_links(scan *sc, int last)
{
	imp *im = sc->im;
	if (!last) { /* its lines: one per line break */
		last = sc->line;
		for (const char *p = sc->s, *end = p + sc->n;
		     (p = memchr(p, '\n', (size_t)(end - p))); p++)
			last++;
	}
	for (size_t k = 0; k < im->n_links && sc->n_shown < MAX_SHOWN; k++) {
		imp_link *l = &im->links[k];
		const char *at = l->taken ? NULL : shows_link(sc, l, last);
		if (!at)
			continue;
		l->taken = true;
		sc->shown[sc->n_shown].at = at;
		sc->shown[sc->n_shown].end = at + l->tn;
		sc->shown[sc->n_shown++].path = l->path;
	}
}

/*
 * The files s[0, n) cites, read as `mode` says, added to the evidence of
 * `o` (OWN_NONE: the section's, imp_owner_here) with line `line`; its
 * last line is `last` (0: one more per line break), where its links are.
 */
void imp_scan_files_as(imp *im, imp_owner o, const char *s, size_t n,
		       int line, int last, imp_ev_mode mode, imp_files_kind files)
{
	bool bare = may_cite_bare(s, n);
	if (mode != EV_ITEM && mode != EV_FILES && !bare && !im->n_links &&
	    !memchr(s, '`', n))
		return;
	scan scn, *sc = &scn; /* its candidates are set as they are taken */
	sc->nc = 0;
	sc->claim = NULL;
	sc->slashed = NULL;
	sc->im = im;
	sc->s = s;
	sc->n = n;
	sc->line = line;
	sc->mode = mode;
	sc->files = files;
	sc->o = o;
	sc->bare = bare;
	sc->n_shown = 0;
	if (im->n_links)
		take_links(sc, last);
	scan_text(sc);
}

void imp_scan_evidence(imp *im, imp_owner o, const char *s, size_t n,
		       int line, imp_ev_mode mode)
{
	imp_scan_files_as(im, o, s, n, line, 0, mode, FILES_NONE);
}

/* Whether s[0, n) may cite a file: a backtick, a word that may be a bare
 * path, or a link of the block (imp_scan_evidence reads none else). */
bool imp_may_cite(const imp *im, const char *s, size_t n)
{
	return im->n_links || memchr(s, '`', n) || may_cite_bare(s, n);
}

/*
 * The file a link's target `href` names ("docs/slo.md",
 * "./runbooks/db.md#restore"), as a path from where the document's paths
 * start, in the scratch arena; NULL for a URL ("https:", "mailto:"), an
 * anchor of the document itself ("#setup") or a path that climbs out of
 * its start ("../x.md").
 */
const char *imp_link_file(imp *im, const char *href, size_t n)
{
	size_t k = 0;
	while (k < n && (isalnum((unsigned char)href[k]) || href[k] == '+' ||
			 href[k] == '-' || href[k] == '.'))
		k++;
	if (k >= 2 && k < n && href[k] == ':' && isalpha((unsigned char)*href))
		return NULL; /* a scheme */
	for (k = 0; k < n && href[k] != '#' && href[k] != '?'; k++)
		;
	size_t at, len;
	if (!k || !prr_rec_path(href, k, PRR_PATH_MARKED, &at, &len, NULL))
		return NULL;
	if (href[at] == '/') /* on the author's machine: kept whole */
		return prr_arena_strndup(&im->tmp, href + at, len);
	/* "." and ".." resolved, as a reader follows them */
	char *out = prr_arena_alloc_str(&im->tmp, len + 1);
	size_t o = 0;
	for (const char *p = href + at, *end = p + len; p < end;) {
		const char *e = memchr(p, '/', (size_t)(end - p));
		size_t c = (size_t)((e ? e : end) - p);
		if (c == 2 && p[0] == '.' && p[1] == '.') {
			if (!o)
				return NULL;
			while (o && out[o - 1] != '/') /* "a/b" to "a" */
				o--;
			o -= o > 0;
		} else if (c && !(c == 1 && *p == '.')) {
			if (o)
				out[o++] = '/';
			memcpy(out + o, p, c);
			o += c;
		}
		p = e ? e + 1 : end;
	}
	if (len && href[at + len - 1] == '/' && o) /* a folder's ("docs/") */
		out[o++] = '/';
	out[o] = 0;
	return o ? out : NULL;
}

/*** The revision ***/

/* Whether a field names a revision, branch or place, not files: its
 * value's slashes are no folders ("Branch: feature/x"). */
bool imp_quiet_field(const char *name, size_t n)
{
	static const char *const names[] = { "branch", "git branch", "tag",
		"release tag", "commit", "revision", "sha", "commit sha",
		"commit hash", "git commit", "reviewed commit", "commit reviewed",
		"revision reviewed", "reviewed revision", "reviewed tag",
		"tag reviewed", "latest commit", "last commit", "head commit",
		"session", "url", "link", "pr", "pull request",
		"repository", "repo", NULL };
	/* bold and spaces off: "**Branch**", " Commit" */
	while (n && (*name == '*' || *name == ' ' || *name == '_'))
		name++, n--;
	while (n && (name[n - 1] == '*' || name[n - 1] == ' ' ||
		     name[n - 1] == '_'))
		n--;
	if (!n || n > 20)
		return false;
	for (int i = 0; names[i]; i++)
		if (names[i][0] == lower((unsigned char)*name) &&
		    strlen(names[i]) == n && strncasecmp(name, names[i], n) == 0)
			return true;
	return false;
}

/* Whether v[0, k) reads as a name git gives a revision, not as a
 * document's own revision ("Revision: 3", "1.2", "Draft B"): a version
 * tag ("v1.4.0") or a name of letters and digits joined by '.', '-', '_'
 * or '/' ("release-2026.03", "rc/2"). */
static bool ref_name(const char *v, size_t k)
{
	if (k >= 2 && (v[0] == 'v' || v[0] == 'V') && isdigit((unsigned char)v[1]))
		return true;
	bool alpha = false, digit = false, joint = false;
	for (size_t i = 0; i < k; i++) {
		alpha |= isalpha((unsigned char)v[i]) != 0;
		digit |= isdigit((unsigned char)v[i]) != 0;
		joint |= strchr(".-_/", v[i]) != NULL;
	}
	return alpha && digit && joint;
}

/*
 * "Commit: `abc1234`", "**Revision:** v1.4", "Tag: v2", "Branch:
 * `release/2`": the revision reviewed, when the review names none yet; a
 * commit or revision before a tag, a tag before a branch.  Returns
 * whether `name` was such a field.
 */
bool imp_revision_field(imp *im, prr_str name, const char *v, size_t n)
{
	/* rank 3 is a commit (hex); a revision is a commit or, when its
	 * value is no hex, a name as a tag is ("Revision: `v1.4.0`") */
	static const struct { const char *n; int rank; bool named; } names[] = {
		{ "commit", 3, false }, { "sha", 3, false },
		{ "commit sha", 3, false }, { "commit hash", 3, false },
		{ "git commit", 3, false }, { "reviewed commit", 3, false },
		{ "commit reviewed", 3, false }, { "revision", 3, true },
		/* "**Branch:** main" over "**Latest Commit:** 8a4b9b588": the
		 * commit, not the branch */
		{ "latest commit", 3, false }, { "last commit", 3, false },
		{ "head commit", 3, false },
		{ "revision reviewed", 3, true }, { "reviewed revision", 3, true },
		{ "tag", 2, false }, { "release tag", 2, false },
		{ "reviewed tag", 2, false }, { "tag reviewed", 2, false },
		{ "branch", 1, false }, { "git branch", 1, false },
	};
	int rank = 0;
	bool named = false;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i].n) == name.n &&
		    strncasecmp(name.p, names[i].n, name.n) == 0) {
			rank = names[i].rank;
			named = names[i].named;
		}
	if (!rank)
		return false;
	/* "### 2. Replay Data Ingestion" over "**Commit:** 51364d0": the
	 * commit of that item's fix, not the revision reviewed (which the
	 * lines at the top, or a section's, name) */
	if (rank == 3 && im->n_hs && im->hs[im->n_hs - 1].level >= 3)
		return true;
	/* "### 1. Master Integration Session" over "Branch: `codex/x`":
	 * a numbered item's branch or tag, not the revision reviewed */
	const char *numbered = im->n_hs && im->hs[im->n_hs - 1].level >= 3 &&
				   im->hs[im->n_hs - 1].sec < im->r->n_sections
			       ? im->r->sections[im->hs[im->n_hs - 1].sec].heading
			       : NULL;
	if (numbered && isdigit((unsigned char)numbered[0]))
		return true;
	if (rank <= im->rev_rank)
		return true;
	/* the value's first word, backticks and bold off */
	while (n && (*v == ' ' || *v == '`' || *v == '*'))
		v++, n--;
	size_t k = 0;
	while (k < n && v[k] != ' ' && v[k] != '`' && v[k] != '*' &&
	       v[k] != '(' && v[k] != ',')
		k++;
	while (k && strchr(".;:", v[k - 1]))
		k--;
	/* (git names no ref with ':': "noc-raven:100-percent-ready" is a
	 * Docker image's tag) */
	if (!k || k > 200 || memchr(v, ':', k))
		return true;
	/* a commit is hex ("abc123" at least 4 digits); a name, no spaces */
	if (rank == 3) {
		bool hex = k >= 4;
		for (size_t i = 0; i < k && hex; i++)
			hex = isxdigit((unsigned char)v[i]) != 0;
		if (!hex && (!named || !ref_name(v, k)))
			return true;
		if (!hex && (rank = 2) <= im->rev_rank)
			return true;
	}
	im->r->revision = prr_arena_strndup(im->a, v, k);
	im->rev_rank = rank;
	return true;
}

