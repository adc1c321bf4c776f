/* mdtable.c - Markdown tables too wide to read; see mdtable.h. */
#include "prr/mdtable.h"

#include <stdbool.h>
#include <string.h>

const char *prr_md_narrow_tables(prr_buf *copy, const char *text, size_t len,
				 void (*wide)(void *ud, size_t head_off,
					      size_t cols),
				 void *ud)
{
	const char *end = text + len, *prev = text;
	for (const char *p = text; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		size_t cells = 0; /* runs of '-' */
		bool delim = le > p, pipe = false;
		for (const char *q = p; q < le && delim; q++) {
			delim = strchr("|-: \t\r", *q) != NULL;
			pipe |= *q == '|';
			cells += *q == '-' && (q == p || q[-1] != '-');
		}
		if (delim && pipe && cells > PRR_MD_MAX_COLS) {
			if (!copy->n)
				prr_buf_add(copy, text, len);
			for (size_t k = (size_t)(p - text); k < (size_t)(le - text); k++)
				if (copy->p[k] == '-' || copy->p[k] == ':')
					copy->p[k] = ' ';
			if (wide)
				wide(ud, (size_t)(prev - text), cells);
		}
		prev = p;
		p = nl ? nl + 1 : end;
	}
	return copy->n ? copy->p : text;
}
