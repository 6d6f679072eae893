/*
 * document.h — how a document (minutes, report, invitation, sign-in
 * sheet, allowance statement) reaches its reader: as notulist's own
 * Markdown, or as one self-contained HTML page rendered from that same
 * Markdown by libcmark-gfm.
 *
 * What must hold for the HTML: it is the Markdown, rendered by cmark-gfm
 * with the tables extension in its safe mode (raw HTML is dropped, links
 * with javascript:, vbscript:, file: or data: targets lose them), so user
 * text that the Markdown writer (markdown.h) kept as text stays text.
 * notulist adds only the page around it: <html lang>, <meta charset>, the
 * <title> taken from the document's first level-1 heading, and a style
 * sheet for screen and for A4 print (headings stay with what follows,
 * table rows and list items do not split, table headers repeat on every
 * page).  Nothing is fetched from elsewhere: the file is all there is.
 */
#ifndef NOTULIST_DOCUMENT_H
#define NOTULIST_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "nl_error.h"
#include "nltime.h"

enum doc_format {
	DOC_FORMAT_MARKDOWN,
	DOC_FORMAT_HTML,
	DOC_FORMAT_CSV, /* only for documents that are also a table */
};

/* How the printed HTML is laid out.  A section is a level-2 heading with
 * everything up to the next one. */
enum doc_layout {
	DOC_LAYOUT_FLOW,  /* a section starts a new page only when it would
			     otherwise be split and fits on one */
	DOC_LAYOUT_PAGES, /* every section on a page of its own (the report) */
	DOC_LAYOUT_SHEET, /* tall empty rows to sign in: 30 to an A4 page */
};

/* Writes the Markdown of a document into the stream it is given. */
typedef void (*doc_markdown_fn)(FILE *out, const void *data);

/* Writes the document in `format` (Markdown or HTML) to out: for
 * Markdown, what fn writes; for HTML, that Markdown rendered as a page
 * laid out as `layout`.  Fails only when memory runs out. */
enum nl_status document_write(FILE *out, enum doc_format format,
			      enum doc_layout layout, doc_markdown_fn fn,
			      const void *data, struct nl_error *err);

/* The HTML page of a Markdown text (NUL-terminated), as document_write
 * writes it; NULL when memory runs out.  Free it. */
char *document_html(const char *markdown, enum doc_layout layout);

/* "md", "markdown", "html", "csv" → the format; false for anything else. */
bool document_format_parse(const char *name, enum doc_format *out);

/* A date as a document says it, in the message language: "Monday 7
 * December 2026", "maandag 7 december 2026". */
#define DOC_DATE_SIZE 64
void document_date(struct nl_date date, char out[DOC_DATE_SIZE]);
/* The same without the weekday: "7 December 2026". */
void document_date_short(struct nl_date date, char out[DOC_DATE_SIZE]);

/* A month: "March 2026", "maart 2026". */
void document_month(int year, int month, char out[DOC_DATE_SIZE]);

#endif
