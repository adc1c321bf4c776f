/* gitguard.c - loose objects read and checked by prr; see gitguard.h. */
#define _POSIX_C_SOURCE 200809L
#include "prr/gitguard.h"

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <limits.h>
#include <git2/sys/odb_backend.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "prr/fsutil.h"

/* The biggest loose object prr inflates (git writes bigger ones to packs
 * long before this). */
#define LOOSE_MAX ((size_t)1 << 30)

typedef struct guard {
	git_odb_backend parent;
	char *objects;        /* the objects folder, with a final '/' */
	git_oid *ids;         /* the loose objects, in an open-addressed */
	size_t cap;           /* table of `cap` slots (a power of two) */
	size_t n;
} guard;

static const git_oid zero_oid;

static size_t slot_of(const guard *g, const git_oid *id)
{
	uint64_t h;
	memcpy(&h, id->id, sizeof h); /* an object id is already a hash */
	return (size_t)h & (g->cap - 1);
}

static bool has(const guard *g, const git_oid *id)
{
	if (!g->cap)
		return false;
	for (size_t i = slot_of(g, id);; i = (i + 1) & (g->cap - 1)) {
		if (git_oid_equal(&g->ids[i], id))
			return true;
		if (git_oid_equal(&g->ids[i], &zero_oid))
			return false;
	}
}

static void put(guard *g, const git_oid *id)
{
	if (2 * (g->n + 1) > g->cap) {
		guard old = *g;
		g->cap = g->cap ? 2 * g->cap : 1024;
		g->ids = prr_xcalloc(g->cap, sizeof *g->ids);
		g->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (!git_oid_equal(&old.ids[i], &zero_oid))
				put(g, &old.ids[i]);
		free(old.ids);
	}
	size_t i = slot_of(g, id);
	while (!git_oid_equal(&g->ids[i], &zero_oid)) {
		if (git_oid_equal(&g->ids[i], id))
			return;
		i = (i + 1) & (g->cap - 1);
	}
	git_oid_cpy(&g->ids[i], id);
	g->n++;
}

/* objects/XX/YYYY… names of 40 hex digits in all. */
static void scan(guard *g)
{
	static const char hex[] = "0123456789abcdef";
	char dir[PATH_MAX];
	for (int a = 0; a < 256; a++) {
		int n = snprintf(dir, sizeof dir, "%s%c%c", g->objects,
				 hex[a >> 4], hex[a & 15]);
		if (n < 0 || (size_t)n >= sizeof dir)
			return;
		DIR *d = opendir(dir);
		if (!d)
			continue;
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			char name[41];
			git_oid id;
			if (strlen(e->d_name) != 38)
				continue;
			name[0] = hex[a >> 4];
			name[1] = hex[a & 15];
			memcpy(name + 2, e->d_name, 39);
			if (strspn(name, hex) == 40 && git_oid_fromstr(&id, name) == 0)
				put(g, &id);
		}
		closedir(d);
	}
}

static int fail(const git_oid *id, const char *what)
{
	char msg[200];
	snprintf(msg, sizeof msg, "object %s: %s", git_oid_tostr_s(id), what);
	git_error_set_str(GIT_ERROR_ODB, msg);
	return -1;
}

/* Reads the file of loose object `id` whole (bounded).  Gone since the
 * repository was opened (`git gc` packed it meanwhile): GIT_ENOTFOUND, so
 * libgit2 looks in the packs. */
static int read_file(guard *g, const git_oid *id, prr_buf *out)
{
	char path[PATH_MAX], hex[GIT_OID_HEXSZ + 1];
	struct stat st;
	git_oid_tostr(hex, sizeof hex, id);
	snprintf(path, sizeof path, "%s%.2s/%s", g->objects, hex, hex + 2);
	prr_buf e = PRR_BUF_INIT;
	int rc = prr_read_file(path, LOOSE_MAX, out, &e);
	if (rc < 0 && lstat(path, &st) < 0 && errno == ENOENT)
		rc = GIT_ENOTFOUND;
	else if (rc < 0)
		fail(id, e.p);
	prr_buf_free(&e);
	return rc;
}

/*
 * Inflates loose object `id` and checks it (gitguard.h).  On success the
 * body in *data (git_odb_backend_data_alloc'ed), its size and type.
 */
static int load(guard *g, const git_oid *id, void **data, size_t *len,
		git_object_t *type)
{
	prr_buf raw = PRR_BUF_INIT;
	int r = read_file(g, id, &raw);
	if (r < 0) {
		prr_buf_free(&raw);
		return r;
	}
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit(&z) != Z_OK) {
		prr_buf_free(&raw);
		return fail(id, "zlib cannot start");
	}
	z.next_in = (unsigned char *)raw.p;
	z.avail_in = (uInt)raw.n;
	/* the header first: "TYPE SIZE\0", at most 32 bytes */
	unsigned char head[32];
	z.next_out = head;
	z.avail_out = sizeof head;
	int zr = inflate(&z, Z_SYNC_FLUSH);
	size_t got = sizeof head - z.avail_out;
	const unsigned char *nul = memchr(head, '\0', got);
	char tname[16];
	unsigned long long size = 0;
	int rc = -1, used = 0;
	unsigned char *body = NULL;
	if ((zr != Z_OK && zr != Z_STREAM_END) || !nul) {
		fail(id, zr == Z_OK || zr == Z_BUF_ERROR
		     ? "loose object truncated (its zlib stream ends early)"
		     : "loose object is not a zlib stream");
		goto done;
	}
	if (sscanf((const char *)head, "%15s %llu%n", tname, &size, &used) != 2 ||
	    head + used != nul || git_object_string2type(tname) == GIT_OBJECT_INVALID ||
	    size > LOOSE_MAX) {
		fail(id, "loose object has no valid header (TYPE SIZE)");
		goto done;
	}
	size_t hlen = (size_t)(nul - head) + 1, have = got - hlen;
	body = git_odb_backend_data_alloc(&g->parent, (size_t)size + 1);
	if (!body) {
		fail(id, "out of memory");
		goto done;
	}
	if (have > size) {
		fail(id, "loose object is longer than its header says");
		goto done;
	}
	memcpy(body, nul + 1, have);
	/* the rest: every call must make progress, and the stream must end
	 * exactly at the stated size (one spare byte catches a longer one) */
	z.next_out = body + have;
	z.avail_out = (uInt)((size_t)size - have + 1);
	while (zr != Z_STREAM_END) {
		uInt before_in = z.avail_in, before_out = z.avail_out;
		zr = inflate(&z, Z_NO_FLUSH);
		if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR)
			break;
		if (zr != Z_STREAM_END && z.avail_in == before_in &&
		    z.avail_out == before_out)
			break; /* no progress: cut short (or longer than said) */
	}
	size_t out_n = (size_t)size + 1 - z.avail_out;
	if (zr != Z_STREAM_END) {
		fail(id, z.avail_out == 0
		     ? "loose object is longer than its header says"
		     : zr == Z_DATA_ERROR || zr == Z_NEED_DICT
		     ? "loose object's zlib stream is corrupt"
		     : "loose object truncated (its zlib stream ends early)");
		goto done;
	}
	if (out_n != size) {
		char msg[120];
		snprintf(msg, sizeof msg, "loose object is %zu bytes, its "
			 "header says %llu", out_n, size);
		fail(id, msg);
		goto done;
	}
	/* no SHA-1 here: hashing every loose tree and blob cost the walk a
	 * quarter to a third more CPU (gitguard.h) */
	git_object_t t = git_object_string2type(tname);
	*data = body;
	*len = (size_t)size;
	*type = t;
	body = NULL;
	rc = 0;
done:
	inflateEnd(&z);
	if (body)
		git_odb_backend_data_free(&g->parent, body);
	prr_buf_free(&raw);
	return rc;
}

static int b_read(void **data, size_t *len, git_object_t *type,
		  git_odb_backend *b, const git_oid *id)
{
	guard *g = (guard *)b;
	return has(g, id) ? load(g, id, data, len, type) : GIT_ENOTFOUND;
}

static int b_read_header(size_t *len, git_object_t *type, git_odb_backend *b,
			 const git_oid *id)
{
	guard *g = (guard *)b;
	void *data = NULL;
	if (!has(g, id))
		return GIT_ENOTFOUND;
	int rc = load(g, id, &data, len, type);
	if (rc == 0)
		git_odb_backend_data_free(b, data);
	return rc;
}

/* A prefix: the loose objects it matches (libgit2's own backends are still
 * asked after, for packed ones). */
static int b_read_prefix(git_oid *full, void **data, size_t *len,
			 git_object_t *type, git_odb_backend *b,
			 const git_oid *prefix, size_t n)
{
	guard *g = (guard *)b;
	const git_oid *found = NULL;
	if (n >= GIT_OID_HEXSZ)
		return has(g, prefix) ? (git_oid_cpy(full, prefix),
					 load(g, prefix, data, len, type))
				      : GIT_ENOTFOUND;
	for (size_t i = 0; i < g->cap; i++) {
		if (git_oid_equal(&g->ids[i], &zero_oid) ||
		    git_oid_ncmp(&g->ids[i], prefix, n) != 0)
			continue;
		if (found)
			return GIT_EAMBIGUOUS;
		found = &g->ids[i];
	}
	if (!found)
		return GIT_ENOTFOUND;
	git_oid_cpy(full, found);
	return load(g, found, data, len, type);
}

static void b_free(git_odb_backend *b)
{
	guard *g = (guard *)b;
	free(g->ids);
	free(g->objects);
	free(g);
}

int prr_git_guard(git_repository *repo, prr_buf *err)
{
	git_odb *odb = NULL;
	guard *g = prr_xcalloc(1, sizeof *g);
	const char *objects = git_repository_commondir(repo); /* ends in "/" */
	prr_buf p = PRR_BUF_INIT;
	prr_buf_addf(&p, "%sobjects/", objects);
	g->objects = prr_xstrdup(p.p);
	prr_buf_free(&p);
	scan(g);
	if (g->n == 0) { /* nothing loose: libgit2 reads packs alone */
		b_free(&g->parent);
		return 0;
	}
	git_odb_init_backend(&g->parent, GIT_ODB_BACKEND_VERSION);
	g->parent.read = b_read;
	g->parent.read_header = b_read_header;
	g->parent.read_prefix = b_read_prefix;
	g->parent.free = b_free;
	/* above libgit2's packs (2) and loose objects (1): asked first */
	if (git_repository_odb(&odb, repo) < 0 ||
	    git_odb_add_backend(odb, &g->parent, 3) < 0) {
		const git_error *e = git_error_last();
		prr_buf_addf(err, "cannot read the objects of '%s': %s", objects,
			     e && e->message ? e->message : "unknown error");
		git_odb_free(odb);
		b_free(&g->parent); /* not the database's on failure */
		return -1;
	}
	git_odb_free(odb);
	return 0;
}

int prr_git_blob_verified(git_blob **out, git_repository *repo,
			  const git_oid *id)
{
	git_oid actual;
	if (git_blob_lookup(out, repo, id) < 0)
		return -1;
	if (git_odb_hash(&actual, git_blob_rawcontent(*out),
			 (size_t)git_blob_rawsize(*out), GIT_OBJECT_BLOB) < 0 ||
	    !git_oid_equal(&actual, id)) {
		char msg[120];
		snprintf(msg, sizeof msg, "content hashes to %s",
			 git_oid_tostr_s(&actual));
		git_blob_free(*out);
		*out = NULL;
		return fail(id, msg);
	}
	return 0;
}
