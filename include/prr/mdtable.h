/*
 * mdtable.h - Markdown tables too wide to read, kept from md4c.
 *
 * md4c pads every row of a table to the width of its header, so a header
 * of 10,000 cells over 10,000 one-cell rows (a 140 KB document) is 10^8
 * cells: seconds of md4c's callbacks, gigabytes for whoever keeps them
 * (the importer's tree, md4c-html's output).  Both readers of Markdown,
 * the importer and the narrative's HTML, first blank the delimiter row
 * ("|---|---|…") of every table wider than PRR_MD_MAX_COLS: md4c then
 * reads its lines as a paragraph.  Real reviews use about ten columns.
 */
#ifndef PRR_MDTABLE_H
#define PRR_MDTABLE_H

#include <stddef.h>

#include "prr/buf.h"

#define PRR_MD_MAX_COLS 64

/*
 * When `text` holds a delimiter row of more than PRR_MD_MAX_COLS cells,
 * copies `text` into `copy` (which must be empty) with each such row's
 * '-' and ':' turned to spaces (same length: every offset stays the
 * text's), and calls `wide` (when not NULL) with the offset of the line
 * before it (the header) and its number of cells.  Returns the text to
 * give md4c: copy->p, or `text` when nothing was too wide.  Linear.
 */
const char *prr_md_narrow_tables(prr_buf *copy, const char *text, size_t len,
				 void (*wide)(void *ud, size_t head_off,
					      size_t cols),
				 void *ud);

#endif
