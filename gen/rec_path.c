/* rec_path.c - the file paths reviews cite; see include/prr/rec_path.h. */
#include "prr/rec_path.h"

#include <string.h>
#include <strings.h>

/* Extensions of the files reviews cite (compared without case). */
static const char *const exts[] = {
	"go", "ts", "tsx", "js", "jsx", "mjs", "cjs", "py", "rs", "c", "h",
	"cc", "cpp", "hpp", "cs", "java", "kt", "kts", "scala", "swift", "rb",
	"php", "ex", "exs", "erl", "hs", "lua", "dart", "vue", "svelte",
	"sh", "bash", "zsh", "ps1", "bat", "yaml", "yml", "json", "jsonc",
	"toml", "ini", "cfg", "conf", "xml", "md", "mdx", "rst", "txt", "csv",
	"sql", "prisma", "graphql", "gql", "proto", "tf", "tfvars", "hcl",
	"html", "css", "scss", "gradle", "lock", "mod", "sum", "ipynb",
	"dockerfile", "cmake", "mk", "env", NULL
};

/* File names without an extension, and dotfiles. */
static const char *const names[] = {
	"Dockerfile", "Makefile", "Jenkinsfile", "Procfile", "Gemfile",
	"Rakefile", "Vagrantfile", "Containerfile", "CMakeLists.txt",
	".env", ".gitignore", ".dockerignore", ".npmrc", ".nvmrc",
	".editorconfig", ".eslintrc", ".prettierrc", ".babelrc", NULL
};

/* "Node.js", "llama.cpp": names of projects, not files. */
static const char *const projects[] = {
	"node.js", "next.js", "vue.js", "nuxt.js", "express.js", "react.js",
	"three.js", "d3.js", "chart.js", "socket.io", "ember.js",
	"backbone.js", "angular.js", "alpine.js", "moment.js", "day.js",
	"p5.js", "nest.js", "solid.js", "preact.js", "electron.js", "deno.js",
	"llama.cpp", "whisper.cpp", "ggml.cpp", NULL
};

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

static bool in_list(const char *const *list, const char *s, size_t n)
{
	char first = n ? lower(s[0]) : 0;
	for (int i = 0; list[i]; i++)
		if (lower(list[i][0]) == first && strlen(list[i]) == n &&
		    strncasecmp(list[i], s, n) == 0)
			return true;
	return false;
}

/* The endings of hosts a bare word may start with ("github.com/…"). */
static const char *const tlds[] = {
	"com", "org", "net", "io", "dev", "app", "co", "ai", "gov", "edu",
	"info", "me", "us", "uk", "de", "fr", "eu", "cloud", NULL
};

/* Whether the file name s[0..n) (no slash) has a known extension or is a
 * known name. */
static bool known_name(const char *s, size_t n)
{
	if (in_list(names, s, n))
		return true;
	if (n > 5 && strncmp(s, ".env.", 5) == 0) /* ".env.example" */
		return true;
	size_t dot = n;
	while (dot && s[dot - 1] != '.')
		dot--;
	if (dot < 2) /* no dot, or only a leading one */
		return false;
	const char *stem = s, *ext = s + dot;
	size_t sn = dot - 1, en = n - dot;
	if (!in_list(exts, ext, en))
		return false;
	bool digits = true;
	for (size_t i = 0; i < sn; i++)
		digits &= is_digit(stem[i]) || stem[i] == '.';
	if (digits) /* "1.5.go"? a number */
		return false;
	return !in_list(projects, s, n);
}

/* Whether running text's s[0..n) is an address, not a path: an e-mail
 * ("ana@example.md") or a URL without its scheme ("github.com/org/x.md",
 * "www.example.com/a.json"), told by its first folder. */
static bool address(const char *s, size_t n)
{
	const char *slash = memchr(s, '/', n);
	size_t k = slash ? (size_t)(slash - s) : n;
	if (memchr(s, '@', k))
		return true;
	if (!slash)
		return false;
	if (k > 4 && strncasecmp(s, "www.", 4) == 0)
		return true;
	size_t dot = k;
	while (dot && s[dot - 1] != '.')
		dot--;
	return dot > 1 && in_list(tlds, s + dot, k - dot);
}

/* The bytes a path may hold: no spaces, quotes, or code's brackets
 * ("[id]" of a route folder is a file name's). */
static bool path_byte(unsigned char c)
{
	return c >= 0x80 || is_alnum((char)c) || (c && memchr("/._-+@~[]*$%,:#", c, 15));
}

/* Digits after "a.go:" or "#L": the line, or -1 when not a line; the
 * path ends at *cut. */
static int line_suffix(const char *s, size_t n, size_t *cut)
{
	const char *c = s;
	while (c < s + n && *c != ':' && *c != '#')
		c++;
	size_t d = (size_t)(c - s) + 1;
	if (c == s + n)
		return -1;
	if (*c == '#' && d < n && s[d] == 'L')
		d++;
	if (d >= n || !is_digit(s[d]))
		return -1;
	int line = 0;
	size_t k = d;
	while (k < n && is_digit(s[k]) && line < 10000000)
		line = line * 10 + (s[k++] - '0');
	/* the rest: ":7", "-20", "-L20" */
	for (; k < n; k++)
		if (!is_digit(s[k]) && s[k] != ':' && s[k] != '-' && s[k] != 'L')
			return -1;
	*cut = (size_t)(c - s);
	return line;
}

/* "GREEN/AMBER/RED", "GATEWAY_REGISTER/KEY_ROTATE/REVOKE": words in
 * capitals between slashes, a list of values; "User.failedLoginCount/
 * lockedUntil": a type's field and another, camelCase after the dot.  No
 * file either. */
static bool word_list(const char *s, size_t n)
{
	bool caps = true;
	for (size_t i = 0; i < n && caps; i++)
		caps = (s[i] >= 'A' && s[i] <= 'Z') || is_digit(s[i]) ||
		       s[i] == '_' || s[i] == '/';
	const char *slash = memchr(s, '/', n), *dot = memchr(s, '.', n);
	if (caps) /* (a folder alone, "LICENSES/", is one) */
		return slash && slash + 1 < s + n;
	if (!slash || !dot || dot > slash || !(s[0] >= 'A' && s[0] <= 'Z') ||
	    !(dot[1] >= 'a' && dot[1] <= 'z'))
		return false;
	bool camel = false;
	for (const char *c = dot + 1; c < slash; c++) {
		if (!is_alnum(*c))
			return false;
		camel |= *c >= 'A' && *c <= 'Z';
	}
	return camel;
}

/* "deploy/k8s/", "src/": a folder in running text, ended by its slash
 * (a sentence's '.' or ',' after it aside), in lower case, each part two
 * characters or more: not "CI/CD" or "and/or". */
static bool bare_folder(const char *s, size_t n)
{
	while (n && (s[n - 1] == '.' || s[n - 1] == ','))
		n--;
	if (n < 3 || s[n - 1] != '/' || s[0] == '/')
		return false;
	size_t part = 0;
	bool letters = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '/') {
			if (part < 2)
				return false;
			part = 0;
			continue;
		}
		if (!((c >= 'a' && c <= 'z') || is_digit(c) || c == '-' ||
		      c == '_' || c == '.'))
			return false;
		letters |= c >= 'a' && c <= 'z';
		part++;
	}
	return letters;
}

bool prr_rec_path(const char *s, size_t n, prr_path_mode mode, size_t *at,
		  size_t *len, int *line)
{
	size_t b = 0, e = n;
	if (line)
		*line = 0;
	while (b < e && (s[b] == ' ' || s[b] == '\t'))
		b++;
	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (b == e)
		return false;
	/* most words of running text: no dot, so no extension, and not
	 * one of the names without a dot, which all end in "file"; nor a
	 * folder written as one ("deploy/k8s/") */
	bool folder = mode == PRR_PATH_BARE && bare_folder(s + b, e - b);
	if (mode == PRR_PATH_BARE && !folder && !memchr(s + b, '.', e - b) &&
	    (e - b < 4 || strncasecmp(s + e - 4, "file", 4) != 0))
		return false;
	/* a command running a script: the script ("./x.sh --all"); lines of
	 * a file ("a.ts:10, 42") */
	for (size_t i = b; i < e; i++)
		if (s[i] == ' ') {
			const char *colon = memchr(s + b, ':', i - b);
			if (!(s[b] == '.' || s[b] == '/') &&
			    !(colon && colon + 1 < s + i && is_digit(colon[1])))
				return false;
			e = i;
			while (e > b && s[e - 1] == ',')
				e--;
			break;
		}
	if (b == e)
		return false;
	/* URLs and hosts: "https://x", "localhost:9090/metrics" */
	for (size_t i = b; i + 2 < e; i++)
		if (s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/')
			return false;
	if (s[b] == ':' || s[b] == '@' || s[b] == '-' || s[b] == '~')
		return false; /* ":3000/health", "@scope/pkg", "--flag", "~/x" */
	for (size_t i = b; i < e; i++)
		if (!path_byte((unsigned char)s[i]))
			return false;
	size_t cut = e;
	int ln = line_suffix(s + b, e - b, &cut);
	if (ln >= 0)
		e = b + cut;
	else if (memchr(s + b, ':', e - b) || memchr(s + b, '#', e - b))
		return false; /* "host:port", "a#b" */
	bool rooted = false;
	if (e - b >= 2 && s[b] == '.' && s[b + 1] == '/')
		b += 2;
	bool machine = s[b] == '/' && prr_rec_path_machine(s + b, e - b);
	if (machine) /* kept whole: evidence reads what follows */
		rooted = true;
	else if (s[b] == '/')
		b++, rooted = true;
	while (b < e && s[b] == '/' && !machine)
		b++;
	while (e > b && (s[e - 1] == ',' || s[e - 1] == '.')) /* a sentence's end */
		e--;
	if (b == e)
		return false;
	/* (in code too: "`golang.org/x/net`" is a module's address) */
	if (address(s + b, e - b))
		return false;
	/* the file name: after the last slash (a folder's own, "src/") */
	size_t last = e;
	while (last > b && s[last - 1] == '/')
		last--;
	size_t name = last;
	while (name > b && s[name - 1] != '/')
		name--;
	bool slash = name > b || last < e;
	bool known = last > name && known_name(s + name, last - name);
	/* a glob names files under a folder ("src/lib/x*.ts"), never
	 * files anywhere ("*.md") */
	const char *star = memchr(s + b, '*', e - b);
	if (star && !memchr(s + b, '/', (size_t)(star - (s + b))))
		return false;
	if (mode == PRR_PATH_BARE && !known && !folder)
		return false;
	if (!known) {
		if (!slash)
			return false;
		/* "/api/v1/users", "/metrics": a route of a server; so is
		 * "/api/v2/", a folder of none */
		if (rooted && (last == e || (e - b >= 4 && memcmp(s + b, "api/", 4) == 0)))
			return false;
		/* "8/10", "2025/01/31", "v1/v2": numbers, not folders */
		bool letters = false;
		for (size_t i = b; i < e; i++)
			letters |= (s[i] >= 'a' && s[i] <= 'z') ||
				   (s[i] >= 'A' && s[i] <= 'Z');
		if (!letters)
			return false;
		for (size_t i = b; i < e; i++)
			if (s[i] == ',' || s[i] == '$' || s[i] == '%')
				return false;
		if (word_list(s + b, e - b))
			return false;
	}
	if (memchr(s + b, ',', e - b))
		return false;
	*at = b;
	*len = e - b;
	if (line && ln > 0)
		*line = ln;
	return true;
}

size_t prr_rec_path_machine(const char *s, size_t n)
{
	static const char *const homes[] = { "/home/", "/Users/", "/root/",
					     "/mnt/", "/opt/", "/srv/", "/tmp/",
					     "/var/" };
	for (size_t i = 0; i < sizeof homes / sizeof *homes; i++) {
		size_t k = strlen(homes[i]);
		if (n > k && memcmp(s, homes[i], k) == 0)
			return k;
	}
	bool letter = (s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z');
	if (n > 3 && letter && s[1] == ':' && (s[2] == '/' || s[2] == '\\'))
		return 3;
	return 0;
}
