/*
 * import_files.c - a plan's lists of files: to create, to modify, to
 * delete ("**Files to Create:** `a.ts`", "Zu löschen:", "### Files to
 * delete"), the words that say which, and the owner of each list (the
 * story or wave it is under); what is cited is read by import_evid.c.
 */
#include "import_int.h"
#include "prr/rec_path.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A plan's list of files belongs to its story; under a wave and no story,
 * to the wave's first story. */
imp_owner imp_files_owner(imp *im)
{
	imp_owner o = imp_owner_here(im);
	size_t wi = imp_wave_of_context(im);
	if (o.kind == OWN_REVIEW && wi != NONE && im->r->waves[wi].n_stories) {
		o.kind = OWN_STORY;
		o.a = wi;
		o.b = 0;
	}
	return o;
}


/* Words that say to remove something, in the corpus's languages: the
 * verb as a plan writes it (and its noun), then as a report of work done.
 * A Chinese or Japanese verb stands inside a word ("删除文件"). */
static const char *const drop_now[] = { "remove", "delete", "drop",
	"removal", "deletion", "entfernen", "l\xC3\xB6" "schen", "supprimer",
	"retirer", "suppression", "eliminar", "borrar", "quitar", "remover",
	"excluir", "apagar", NULL };
static const char *const drop_done[] = { "removed", "deleted", "dropped",
	"entfernt", "gel\xC3\xB6" "scht", "supprim\xC3\xA9", "supprim\xC3\xA9" "s",
	"supprim\xC3\xA9" "e", "supprim\xC3\xA9" "es", "eliminado", "eliminados",
	"removido", "removidos", NULL };
static const char *const drop_cjk[] = { "\xE5\x88\xA0\xE9\x99\xA4", /* 删除 */
	"\xE7\xA7\xBB\xE9\x99\xA4", /* 移除 */
	"\xE5\x89\x8A\xE9\x99\xA4", /* 削除 */ NULL };
/* the other words a label of such a list may have ("Dateien zu löschen",
 * "Fichiers à supprimer", "Remove these files") */
static const char *const drop_filler[] = { "files", "file", "the", "these",
	"those", "following", "to", "be", "old", "obsolete", "deprecated",
	"unused", "zu", "dateien", "datei", "die", "folgende", "alte",
	"fichiers", "fichier", "\xC3\xA0", "les", "a", "archivos", "archivo",
	"los", "arquivos", "arquivo", "os", "de", NULL };

static bool word_is(const char *w, size_t n, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if ((words[i][0] | 0x20) == (w[0] | 0x20) &&
		    strlen(words[i]) == n && strncasecmp(w, words[i], n) == 0)
			return true;
	return false;
}

static bool word_has_cjk_drop(const char *w, size_t n)
{
	for (int i = 0; drop_cjk[i]; i++)
		if (imp_contains_ci_n(w, n, drop_cjk[i]))
			return true;
	return false;
}

/*
 * The words of s[0, n), split at spaces, punctuation off their ends (a
 * hyphen stays: "Drop-in" is no "drop"): calls fn on each; stops when it
 * returns false.
 */
static void each_word(const char *s, size_t n,
		      bool (*fn)(const char *w, size_t k, void *p), void *p)
{
	const char *end = s + n;
	while (s < end) {
		while (s < end && *s == ' ')
			s++;
		const char *w = s;
		while (s < end && *s != ' ')
			s++;
		const char *e = s;
		while (w < e && strchr("*_()[]:,.;!?\"'`", *w))
			w++;
		while (e > w && strchr("*_()[]:,.;!?\"'`", e[-1]))
			e--;
		if (e > w && !fn(w, (size_t)(e - w), p))
			return;
	}
}

/* `label`: a label stops at its first other word, which rules it out */
struct drop_words { int now, done, other; bool label; };

static bool count_drop_word(const char *w, size_t k, void *p)
{
	struct drop_words *d = p;
	if (word_is(w, k, drop_now) || word_has_cjk_drop(w, k))
		d->now++;
	else if (word_is(w, k, drop_done))
		d->done++;
	else if (!word_is(w, k, drop_filler))
		d->other++;
	return !(d->label && d->other);
}

/* A label made of a word that says to remove and words about files alone
 * ("Zu entfernen", "Remove these files", "Fichiers supprimés"): files to
 * delete (FILES_DROP), or deleted (FILES_DELETE); else FILES_NONE.  Any
 * other word ("Remove console.log") makes it no label of files. */
static imp_files_kind drop_label(const char *s, size_t n)
{
	if (memchr(s, '`', n))
		return FILES_NONE;
	struct drop_words d = { 0, 0, 0, true };
	each_word(s, n, count_drop_word, &d);
	if (d.other)
		return FILES_NONE;
	return d.now ? FILES_DROP : d.done ? FILES_DELETE : FILES_NONE;
}

/* Whether a heading says to remove something ("FIX-11: Deprecated
 * Consent-System entfernen oder archivieren", "Removed legacy code"). */
static bool drop_heading(const char *t)
{
	/* what every word of drop_now, drop_done and drop_cjk begins with:
	 * most headings hold none and are asked no more */
	static const char *const stems[] = { "remov", "delet", "drop",
		"entfern", "l\xC3\xB6" "sch", "gel\xC3\xB6" "sch", "suppr",
		"retir", "elimin", "borr", "quit", "exclu", "apag",
		"\xE5\x88\xA0\xE9\x99\xA4", "\xE7\xA7\xBB\xE9\x99\xA4",
		"\xE5\x89\x8A\xE9\x99\xA4", NULL };
	static rec_vocab any_stem = REC_VOCAB(stems);
	if (!imp_contains_any(t, strlen(t), &any_stem))
		return false;
	struct drop_words d = { 0, 0, 0, false };
	each_word(t, strlen(t), count_drop_word, &d);
	return d.now || d.done;
}

/* Whether an item is a file alone: its path, then nothing but marks or a
 * note in parentheses ("`src/old.js`", "legacy.sh (unused) ✅"). */
static bool path_alone(const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	while (p < end && !isalnum((unsigned char)*p) && *p != '.' &&
	       *p != '/' && *p != '`')
		p++;
	if (p == end)
		return false;
	bool tick = *p == '`';
	const char *w;
	size_t wn = imp_evid_word_at(p, end, &w);
	const char *q = w + wn;
	if (tick) {
		if (q >= end || *q != '`')
			return false; /* words inside the backticks */
		q++;
	}
	while (wn && strchr(".,;:*", w[wn - 1]))
		wn--;
	size_t at, len;
	if (!wn || !prr_rec_path(w, wn, tick ? PRR_PATH_MARKED : PRR_PATH_BARE,
				 &at, &len, NULL))
		return false;
	while (q < end && (*q == ' ' || *q == '*' || *q == '_' || *q == ',' ||
			   *q == ';' || *q == '.'))
		q++;
	if (q == end || *q == '(')
		return true;
	for (; q < end; q++) /* marks only ("✅") */
		if (isalnum((unsigned char)*q))
			return false;
	return true;
}

/* The labels over lists of files, by what they say of them. */
static const rec_class files_labels[] = {
	{ FILES_CREATE,
	  REC_WORDS("files to create", "new files", "files to add",
		    "files to be created", "create files", "planned files",
		    "deliverables") },
	{ FILES_DROP, REC_WORDS("files to delete", "files to remove") },
	{ FILES_DELETE,
	  REC_WORDS("files deleted", "files removed", "deleted files",
		    "removed files") },
	{ FILES_EXIST,
	  REC_WORDS("files to modify", "files to update", "files to change",
		    "files to edit", "files modified", "files changed",
		    "files updated", "files created", "files added",
		    "modified files", "changed files", "files touched",
		    "key files") },
};

/* "New Files Created", "New files added": the new files told in the
 * past, made already, none still to create. */
static bool made_label(const char *s, size_t n)
{
	static const char *const made[] = { "created", "added", "written",
		"implemented", "delivered", "introduced", NULL };
	static rec_vocab made_v = REC_VOCAB(made);
	return imp_contains_any_word(s, n, &made_v);
}

/* What a label over a list of files says of them ("Files to Create",
 * "New files", "Files changed", "Files to delete"), or FILES_NONE. */
imp_files_kind imp_files_label(const char *s, size_t n)
{
	/* the label: marks and bold off, up to its colon */
	while (n && !isalpha((unsigned char)*s))
		s++, n--;
	const char *colon = memchr(s, ':', n);
	if (colon)
		n = (size_t)(colon - s);
	while (n && !isalnum((unsigned char)s[n - 1]))
		n--;
	if (!n || n > 40)
		return FILES_NONE;
	for (size_t i = 0; i < COUNT(files_labels); i++) {
		for (const char *const *w = files_labels[i].w; *w; w++) {
			if ((*s | 0x20) != (*w)[0])
				continue;
			size_t k = strlen(*w);
			if (k <= n && strncasecmp(s, *w, k) == 0 &&
			    (k == n || !isalpha((unsigned char)s[k])))
				return files_labels[i].v == FILES_CREATE &&
				       made_label(s + k, n - k)
				       ? FILES_EXIST
				       : (imp_files_kind)files_labels[i].v;
		}
	}
	return drop_label(s, n);
}

/* An item of a list of files, or a label's line ("Files to Create:
 * `a.ts`, `b.ts`"). */
void imp_files_list(imp *im, imp_files_kind kind, const char *s, size_t n,
		    int line)
{
	imp_scan_files_as(im, imp_files_owner(im), s, n, line, 0, EV_FILES, kind);
}

/* A bold label paragraph ("**Files to Create:**") over the next list. */
void imp_files_lead(imp *im, const char *s, size_t n, int last_line)
{
	while (n && s[n - 1] == ' ')
		n--;
	if (n < 5 || s[0] != '*' || s[1] != '*' || memchr(s, '\n', n))
		return;
	imp_files_kind k = imp_files_label(s, n);
	/* "**Files:** a.c": a component's field, not a list's label */
	const char *colon = memchr(s, ':', n);
	size_t tail = colon ? n - (size_t)(colon - s) : 0;
	if (!k || tail > 3)
		return;
	im->files_lead = k;
	im->files_lead_line = last_line;
}

imp_files_kind imp_files_lead_kind(imp *im, int first_line)
{
	imp_files_kind k = im->files_lead;
	if (!k || first_line < im->files_lead_line ||
	    first_line > im->files_lead_line + 2)
		return FILES_NONE;
	return k;
}

/* Whether a list is one of files ("Files to Create"): a bold label just
 * above it, its parent item's label or its heading says so. */
imp_files_kind imp_list_files(imp *im, size_t list)
{
	size_t par = im->nodes[list].parent;
	imp_files_kind k = FILES_NONE;
	if (par && im->nodes[par].type == MD_BLOCK_LI) {
		size_t n;
		const char *t = imp_item_text(im, par, &n);
		return imp_files_label(t, n);
	}
	k = imp_files_lead_kind(im, imp_node_line(im, list));
	im->files_lead = FILES_NONE;
	if (!k && im->n_hs) {
		/* the heading's answer, once per section: a document of
		 * many lists asks it of the same heading again and again */
		secx *x = &im->sx[im->hs[im->n_hs - 1].sec];
		if (!x->files_known) {
			const char *t = im->hs[im->n_hs - 1].title;
			imp_files_kind h = imp_files_label(t, strlen(t));
			if (!h && drop_heading(t))
				h = FILES_DROP_HEADING;
			x->files_known = true;
			x->files_kind = (unsigned char)h;
		}
		k = (imp_files_kind)x->files_kind;
	}
	return k;
}

/* The files an item cites: as one of a list of files, as one that labels
 * its own ("**New files:** `a.ts`"), or as any item; a field naming a
 * branch or a link cites none. */
void imp_item_evidence(imp *im, const item *it, imp_files_kind files)
{
	prr_str nm, val;
	const char *colon = memchr(it->raw, ':', it->raw_n < 48 ? it->raw_n : 48);
	imp_files_kind own = colon ? imp_files_label(it->raw, it->raw_n)
				   : FILES_NONE;
	if (own) {
		files = own;
	} else if (colon && imp_quiet_field(it->raw, (size_t)(colon - it->raw)) &&
		   imp_split_field(it->raw, it->raw_n, &nm, &val)) {
		/* "- **Commit:** abc1234": the revision, no file */
		imp_revision_field(im, nm, val.p, val.n);
		return;
	}
	/* "- ✅ `a.py`", "- [x] `a.py`" under "New files": made already */
	if (files == FILES_CREATE && (it->task == 'x' || (it->lead &&
	    it->marks_known && it->marks == PRR_PASS)))
		files = FILES_EXIST;
	/* under "Alte Dateien entfernen": "- `old.js`" is one to delete,
	 * "- `api.js`: the debug calls" one to change */
	if (files == FILES_DROP_HEADING)
		files = path_alone(it->raw, it->raw_n) ? FILES_DROP : FILES_NONE;
	/* its lines, for its links: its paragraphs are joined by spaces */
	int last = im->n_links ? imp_node_last_line(im, it->node) : 0;
	if (files)
		imp_scan_files_as(im, imp_files_owner(im), it->raw, it->raw_n, it->line,
			  last, EV_FILES, files);
	else
		imp_scan_files_as(im, (imp_owner){ OWN_NONE, 0, 0 }, it->raw, it->raw_n,
			  it->line, last, EV_ITEM,
			  it->task == ' ' ? FILES_UNTICKED : FILES_NONE);
}
