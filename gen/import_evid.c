/* import_evid.c - evidence a story or cell cites. */
#include "import_int.h"
#include "prr/mojibake.h"
#include "prr/utf8.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool imp_path_like(const char *s, size_t n)
{
	if (!n || memchr(s, ' ', n))
		return false;
	if (memchr(s, '/', n))
		return true;
	const char *dot = NULL;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '.')
			dot = s + i;
	if (!dot || dot == s)
		return false;
	size_t ext = n - (size_t)(dot - s) - 1;
	if (ext < 1 || ext > 5)
		return false;
	for (size_t i = 1; i <= ext; i++)
		if (!isalnum((unsigned char)dot[i]))
			return false;
	return true;
}

/* Evidence of a cell: backticked paths, tokens they hold or lack. */
void imp_parse_evidence(imp *im, prr_evidence **ev, size_t *n_ev,
			   const char *s, int line)
{
	size_t cap = *n_ev;
	const char *claim = imp_clean(im, s, strlen(s));
	prr_evidence *last_path = NULL;
	const char *p = s;
	while ((p = strchr(p, '`'))) {
		const char *q = strchr(p + 1, '`');
		if (!q)
			break;
		const char *tok = p + 1;
		size_t tn = (size_t)(q - tok);
		/* "No `x`" / "no `x`": the claim is its absence */
		bool absent = false;
		if (p - s >= 3 && strncasecmp(p - 3, "no ", 3) == 0 &&
		    (p - s == 3 || !isalpha((unsigned char)p[-4])))
			absent = true;
		/* "`a.json` has `x/y`": what the file holds, not a path */
		bool holds = false;
		if (last_path && !last_path->token) {
			const char *gap = p;
			while (gap > s && gap[-1] != '`')
				gap--;
			size_t gn = (size_t)(p - gap);
			char between[32];
			size_t bn = gn < sizeof between - 1 ? gn : sizeof between - 1;
			memcpy(between, gap, bn);
			between[bn] = 0;
			holds = strstr(between, " has ") || strstr(between, " contains ") ||
				strstr(between, " with ") || strstr(between, " includes ");
		}
		if (!holds && imp_path_like(tok, tn)) {
			prr_evidence *e = PRR_VEC_PUSH(im->a, *ev, *n_ev, cap);
			e->path = prr_arena_strndup(im->a, tok, tn);
			e->claim = claim;
			e->absent = absent;
			e->line = line;
			last_path = e;
		} else if (last_path && !last_path->token) {
			/* "`package.json` has `@anthropic-ai/sdk`" */
			last_path->token = prr_arena_strndup(im->a, tok, tn);
			last_path->absent = absent;
		} else {
			/* "No `compact()` in StateManager" */
			const char *in = q + 1;
			while (*in == ' ')
				in++;
			if (strncasecmp(in, "in ", 3) == 0) {
				in += 3;
				while (*in == ' ' || *in == '`')
					in++;
				size_t wn = 0;
				while (isalnum((unsigned char)in[wn]) ||
				       in[wn] == '_' || in[wn] == '.' ||
				       in[wn] == '/' || in[wn] == '-')
					wn++;
				if (wn) {
					prr_evidence *e = PRR_VEC_PUSH(im->a, *ev, *n_ev, cap);
					e->path = imp_path_like(in, wn)
						? prr_arena_strndup(im->a, in, wn)
						: prr_arena_printf(im->a, "**/%.*s.*", (int)wn, in);
					e->token = prr_arena_strndup(im->a, tok, tn);
					e->absent = absent;
					e->claim = claim;
					e->line = line;
				}
			}
		}
		p = q + 1;
	}
}
