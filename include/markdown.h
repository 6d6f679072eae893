/*
 * markdown.h — putting user text into notulist's Markdown documents
 * (minutes, the annual report, and whatever comes next) so that it stays
 * text.
 *
 * The contract, for every document built with these functions: whatever a
 * name, title, note or decision holds, the document read by CommonMark,
 * GitHub Markdown (cmark-gfm with its extensions) or pandoc shows that text
 * literally — as text_show.h shows it, with runs of blanks at the start and
 * end of a line dropped — and has no link, image, HTML, emphasis, heading,
 * list, table, quote, rule or code block that notulist did not write
 * itself.  To keep it, every ASCII character that any of those readers
 * gives a meaning somewhere is backslash-escaped where it could have one,
 * and every line of user text is treated as if it started a block.
 * tests/fuzz/fuzz_markdown.c checks the contract with libcmark-gfm.
 */
#ifndef NOTULIST_MARKDOWN_H
#define NOTULIST_MARKDOWN_H

#include <stdbool.h>
#include <stdio.h>

/* Inline text on one line: in a paragraph, a list item, a heading or a
 * table cell.  A line break in it is shown as "\n". */
void md_text(FILE *out, const char *text);

/* Free text whose line breaks count (notes, a decision): the first line
 * after `first`, the others after `next` (indentation that keeps them in
 * a list item).  A line followed by another becomes a hard line break; an
 * empty line stays a paragraph break.  Ends with a newline. */
void md_block(FILE *out, const char *text, const char *first,
	      const char *next);

/* Text inside an indented code block (a chart, a table of figures): shown
 * on one line and fitted to `cols` columns, padded with spaces when pad is
 * set.  Nothing in a code block needs escaping but its line breaks. */
void md_code_text(FILE *out, const char *text, int cols, bool pad);

/* The indentation that makes a line part of an indented code block. */
#define MD_CODE_INDENT "    "

#endif
