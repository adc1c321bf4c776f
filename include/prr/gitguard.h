/*
 * gitguard.h - loose objects read by prr, not by libgit2 1.5's loose
 * backend, so a damaged one is an error naming it, never a hang.
 *
 * libgit2 1.5 inflates a loose object in a loop that never ends when the
 * zlib stream is cut short (inflate() answers Z_BUF_ERROR, taken as "try
 * again", with no input left: libgit2 issue 7342, fixed upstream after
 * 1.5); it also copies a body longer than the header states past its
 * buffer (issue 7177).  prr_git_guard adds to a repository's object
 * database a backend of its own, asked before libgit2's: it knows the
 * repository's loose objects (one readdir of each objects/XX folder when
 * the repository is opened) and reads those itself, with zlib:
 *
 *   - the stream must end (Z_STREAM_END) within the file: a truncated
 *     object is "object ID: loose object truncated (its zlib stream ends
 *     early)";
 *   - the header "TYPE SIZE\0" must name a type and the size of the body
 *     exactly: "object ID: loose object is N bytes, its header says M".
 *
 * Every other object (packed, or written after the repository was
 * opened; one packed by `git gc` meanwhile is looked for in the packs) is
 * left to libgit2's own backends: asking costs one hash-table look-up,
 * and a repository without loose objects gets no backend at all.  A loose
 * object is read once, by prr instead of by libgit2: on a repository of
 * 34,000 loose objects (git.git at v1.5.0, unpacked) `prr history
 * --paths` took the same CPU time as libgit2's own reading.
 *
 * Hashes (strict verification): libgit2's is off (history.c), for packed
 * and loose objects alike, and the guard does not hash either: hashing
 * every object read cost `prr history --paths` on git.git about twice
 * its time, and hashing the loose ones in the guard a quarter (--paths)
 * to a third (--churn) more CPU on the unpacked repository.  Where a
 * verdict depends on content, the content is hashed:
 * prr_git_blob_verified, for the blobs `verify` reads tokens and links
 * from.  A tree or commit rewritten with other content of a consistent
 * size is therefore trusted by the history walk, as git log --name-only
 * trusts it.  Objects of alternate object stores
 * (objects/info/alternates) are libgit2's alone.
 *
 * A damaged object makes the command fail with exit 1, as an unreadable
 * or unknown repository does: the repository is the command's input, and
 * what to do is the user's (fetch the object again, `git fsck`).
 */
#ifndef PRR_GITGUARD_H
#define PRR_GITGUARD_H

#include <git2.h>

#include "prr/buf.h"

/* Adds the guard to `repo`'s object database.  Returns 0, or -1 with a
 * message in `err`. */
int prr_git_guard(git_repository *repo, prr_buf *err);

/*
 * Looks up blob `id` like git_blob_lookup, then checks that its content
 * hashes to `id` (libgit2 1.5 does not, with strict verification off, for
 * packed objects).  Returns 0, or -1 with libgit2's error set ("object
 * ID: content hashes to OTHER").
 */
int prr_git_blob_verified(git_blob **out, git_repository *repo,
			  const git_oid *id);

#endif
