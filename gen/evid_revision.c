/*
 * evid_revision.c - the commit a review is checked against, and the rule
 * that chose it (evidence.h): its revision, the commit that added the
 * document, its stated time, the end of its day in UTC.
 */
#include "evid_int.h"
#include "prr/fsutil.h"
#include "prr/gitfacts.h"

#include <stdio.h>
#include <string.h>

/*** The commit checked against ***/

/* Days since 1970-01-01 of a valid date, as seconds. */
static long long day_start(const char *date)
{
	return (long long)prr_date_days(date) * 86400;
}

static bool digits(const char *p, int n)
{
	for (int i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return false;
	return true;
}

static int num(const char *p, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++)
		v = v * 10 + (p[i] - '0');
	return v;
}

/*
 * The instant stated after `date` on the line `line` of the review's
 * source: "DATE HH:MM[:SS] ZONE" or "DATETHH:MM[:SS]ZONE", ZONE one of
 * Z, UTC, GMT, +HH[:]MM, -HH[:]MM.  A time without a zone is no instant.
 * Returns true with *t set.
 */
static bool stated_time(const char *line, const char *date, long long *t)
{
	const char *p = strstr(line, date);
	if (!p)
		return false;
	p += 10;
	if (*p != 'T' && *p != ' ')
		return false;
	while (*p == 'T' || *p == ' ')
		p++;
	if (!digits(p, 2) || p[2] != ':' || !digits(p + 3, 2))
		return false;
	int h = num(p, 2), m = num(p + 3, 2), sec = 0;
	p += 5;
	if (p[0] == ':' && digits(p + 1, 2)) {
		sec = num(p + 1, 2);
		p += 3;
	}
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++)
			;
	while (*p == ' ')
		p++;
	int off;
	if (*p == 'Z' || strncmp(p, "UTC", 3) == 0 || strncmp(p, "GMT", 3) == 0) {
		off = 0;
	} else if ((*p == '+' || *p == '-') && digits(p + 1, 2)) {
		int mm = p[3] == ':' && digits(p + 4, 2) ? num(p + 4, 2)
			 : digits(p + 3, 2) ? num(p + 3, 2) : 0;
		off = (num(p + 1, 2) * 60 + mm) * (*p == '-' ? -1 : 1);
	} else {
		return false;
	}
	if (h > 23 || m > 59 || sec > 60)
		return false;
	*t = day_start(date) + h * 3600 + m * 60 + sec - off * 60LL;
	return true;
}

/* The line `n` (1-based) of file `path`, or NULL. */
static char *source_line(const char *path, int n, prr_buf *text)
{
	prr_buf err = PRR_BUF_INIT;
	int rc = prr_read_file(path, (size_t)64 << 20, text, &err);
	prr_buf_free(&err);
	if (rc < 0 || n <= 0)
		return NULL;
	char *p = text->p;
	for (int i = 1; i < n && p; i++) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	if (!p)
		return NULL;
	char *e = strchr(p, '\n');
	if (e)
		*e = '\0';
	return p;
}

/* The file the review was read from: source_file as named, else the one
 * of o->files it names (source_file is named from the reviews folder). */
static const char *source_path(const prr_review *r, const prr_evidence_opts *o)
{
	const char *f = r->source_file;
	if (!f)
		return NULL;
	size_t n = strlen(f);
	for (size_t i = 0; o->files && i < o->files->n; i++) {
		const char *p = o->files->v[i];
		size_t k = strlen(p);
		if (strcmp(p, f) == 0 ||
		    (k > n && p[k - n - 1] == '/' && strcmp(p + k - n, f) == 0))
			return p;
	}
	return f;
}

typedef struct by_time {
	long long cutoff;
	char id[PRR_OID_HEX + 1];
	char oldest[PRR_OID_HEX + 1];
	long long oldest_time;
	int oldest_tz;
	bool found;
} by_time;

static int on_time(const prr_commit *c, void *payload)
{
	by_time *b = payload;
	memcpy(b->oldest, c->id, sizeof b->oldest);
	b->oldest_time = c->ctime;
	b->oldest_tz = c->ctz;
	if (c->ctime <= b->cutoff) {
		memcpy(b->id, c->id, sizeof b->id);
		b->found = true;
		return 1;
	}
	return 0;
}

static void iso_utc(char *out, long long t)
{
	char iso[32];
	prr_time_iso(iso, t, 0);
	/* "…T23:59:59+00:00" -> "…T23:59:59Z" */
	snprintf(out, 21, "%.19sZ", iso);
}

/* The commit that added the review document (by its bytes), or none. */
static int document_commit(evid_ctx *x, const prr_review *r,
			   const prr_evidence_opts *o, prr_added *ad)
{
	memset(ad, 0, sizeof *ad);
	const char *path = source_path(r, o);
	if (!path)
		return 0;
	prr_buf text = PRR_BUF_INIT, e = PRR_BUF_INIT;
	int rc = 0;
	git_odb *odb = NULL;
	git_oid blob;
	if (prr_read_file(path, (size_t)64 << 20, &text, &e) < 0 ||
	    git_odb_hash(&blob, text.p, text.n, GIT_OBJECT_BLOB) < 0 ||
	    git_repository_odb(&odb, x->git) < 0 || !git_odb_exists(odb, &blob))
		goto done; /* unreadable, or not in the repository */
	char hex[PRR_OID_HEX + 1];
	git_oid_tostr(hex, sizeof hex, &blob);
	rc = prr_added_find(x->repo, o->cache_dir, NULL, hex, ad, x->err);
done:
	git_odb_free(odb);
	prr_buf_free(&text);
	prr_buf_free(&e);
	return rc;
}

int evid_find_commit(evid_ctx *x, const prr_review *r, const prr_evidence_opts *o)
{
	prr_evreport *rep = x->rep;
	prr_arena *a = &rep->arena;
	char hex[PRR_OID_HEX + 1];
	if (r->revision) {
		prr_buf e = PRR_BUF_INIT;
		int rc = prr_repo_resolve(x->repo, r->revision, hex, &e);
		prr_buf_free(&e);
		if (rc < 0) {
			evid_add_check(rep, "revision", PRR_CONTRADICTED, NULL, r->revision,
				  r->date_line, "revision '%s' is not in '%s'",
				  r->revision, prr_repo_path(x->repo));
			return 0;
		}
		rep->commit = prr_arena_strdup(a, hex);
		rep->rule = "revision";
		return 0;
	}
	if (!r->date || !prr_date_valid(r->date))
		return 0;
	/* the instant the review speaks of */
	long long cutoff = day_start(r->date) + 86400 - 1;
	const char *rule = "end of day";
	prr_buf text = PRR_BUF_INIT;
	const char *src = source_path(r, o);
	const char *line = src ? source_line(src, r->date_line, &text) : NULL;
	if (line && stated_time(line, r->date, &cutoff))
		rule = "stated time";
	prr_buf_free(&text);
	char iso[21];
	iso_utc(iso, cutoff);
	prr_added ad;
	if (document_commit(x, r, o, &ad) < 0)
		return -1;
	by_time b;
	memset(&b, 0, sizeof b);
	b.cutoff = cutoff;
	if (!ad.found) {
		prr_history_opts ho = PRR_HISTORY_OPTS_INIT;
		ho.cache_dir = o->cache_dir;
		ho.progress = o->progress;
		if (prr_history_walk(x->repo, &ho, on_time, &b, NULL, x->err) < 0)
			return -1;
	} else {
		memcpy(b.oldest, ad.first_id, sizeof b.oldest);
		b.oldest_time = ad.first_time;
		b.oldest_tz = ad.first_tz;
		b.found = ad.first_time <= cutoff;
	}
	char first_date[11];
	prr_time_date(first_date, b.oldest_time, b.oldest_tz);
	if (!b.found) {
		rep->predates = true;
		rep->first_commit = prr_arena_strdup(a, b.oldest);
		rep->first_date = prr_arena_strdup(a, first_date);
	}
	if (ad.found) {
		rep->commit = prr_arena_strdup(a, ad.id);
		rep->rule = "document";
		if (rep->predates)
			evid_add_check(rep, "predates", PRR_UNVERIFIABLE, NULL, r->date,
				  r->date_line, "the review (%s) is older than the "
				  "history of '%s' (its first commit %.10s is of %s): "
				  "checked at %.10s, the first commit that contains the "
				  "document (as '%s')", r->date, prr_repo_path(x->repo),
				  b.oldest, first_date, ad.id, ad.path);
		return 0;
	}
	rep->cutoff = prr_arena_strdup(a, iso);
	if (!b.found) {
		evid_add_check(rep, "revision", PRR_UNVERIFIABLE, NULL, r->date,
			  r->date_line, "the review (%s) predates the history of "
			  "'%s' (its first commit %.10s is of %s) and the document "
			  "is in no commit: nothing to check it against", r->date,
			  prr_repo_path(x->repo), b.oldest, first_date);
		return 0;
	}
	rep->commit = prr_arena_strdup(a, b.id);
	rep->rule = rule;
	return 0;
}

const char *evid_rule_words(const prr_evreport *rep)
{
	if (!rep->rule)
		return "";
	if (strcmp(rep->rule, "revision") == 0)
		return "the review's revision";
	if (strcmp(rep->rule, "document") == 0)
		return "the commit that added the review document";
	if (strcmp(rep->rule, "stated time") == 0)
		return "the last commit at or before the stated time";
	return "the last commit at or before the end of the review date (UTC)";
}
