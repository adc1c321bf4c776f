/*
 * rec_path.h - recognising the file paths people cite in review documents.
 *
 * A review shows what it checked by naming files: "`src/server.ts`",
 * "`docker/prometheus.yml`", "(`/packages/shared/src/envelope.ts`)",
 * "`server/routes/auth.ts:1208`", "start-dev.sh - all phases tested".
 * prr_rec_path() says whether a written word is such a path and which of
 * its bytes name the file.
 *
 * A path-shaped word holds a slash, ends in a known file extension
 * (.go .ts .py .rs .c .h .java .sh .yaml .json .toml .md .sql .tf .proto
 * and the other common ones, listed in rec_path.c), or is a known file
 * name (Dockerfile, Makefile, .env, .gitignore …).  What is read off:
 *   "./" and a leading "/" (the repository's root, as readers mean it)
 *   a line or range after the file: ":42", ":42:7", ":10-20", "#L42"
 *   for a command that runs a script, its arguments:
 *     "./scripts/check.sh --verbose" gives "scripts/check.sh"
 * What is not a path:
 *   URLs ("https://…", "localhost:9090/metrics"), ports and routes
 *   (":3000/health", "/metrics", "/api/v1/users"), globs without a
 *   folder ("*.md"), versions and numbers ("1.2.3", "8/10", "v2.0"),
 *   commands ("npm run build"), identifiers ("config.useRealAgents",
 *   "StateManager.compact()"), packages ("@scope/name"), framework names
 *   ("Node.js", "Next.js"), words with spaces, quotes or brackets of code.
 *
 * Pure functions: nothing allocated, no state, only s[0..n) read (need not
 * be NUL-terminated), time linear in n.
 */
#ifndef PRR_REC_PATH_H
#define PRR_REC_PATH_H

#include <stdbool.h>
#include <stddef.h>

/* How sure a word is a path. */
typedef enum prr_path_mode {
	/* a word a writer set apart (backticks, a link's target, a cell of
	 * files): a slash, a known extension or a known name makes it one */
	PRR_PATH_MARKED = 0,
	/* a bare word of running text: only a known extension or name
	 * ("start-dev.sh", "README.md") or a folder ended by its slash in
	 * lower case ("deploy/k8s/"); a slash alone is not enough
	 * ("CI/CD", "mock/real"), and an address is none: a URL without its
	 * scheme ("github.com/org/x.md", "www.example.com/a.json": a first
	 * folder ending in a host's ".com", ".org", ".io" …) or an e-mail
	 * ("ana@notes.md") */
	PRR_PATH_BARE,
} prr_path_mode;

/*
 * Whether s[0..n) is a path.  On true, s[*at .. *at + *len) is the path
 * itself ("src/a.go" of "./src/a.go:42").  `line` (may be NULL) gets the
 * line written after it, 0 when none.
 */
bool prr_rec_path(const char *s, size_t n, prr_path_mode mode, size_t *at,
		  size_t *len, int *line);

/*
 * The length of the home or drive prefix of a path on the author's machine
 * ("/home/", "/Users/", "/root/", "/mnt/", "/opt/", "/srv/", "/tmp/",
 * "/var/", "C:/", "C:\\"), else 0: such a path is kept as written, never
 * read as one from the repository root.
 */
size_t prr_rec_path_machine(const char *s, size_t n);

#endif
