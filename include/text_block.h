/*
 * text_block.h — multi-line text typed by people: notes, decisions, the
 * summary of an answer.  Unlike a field (text_clean_field) it keeps line
 * breaks, but it is cleaned the same way every time, however it arrived
 * (an argument, an editor's file, a paste from a mail program):
 *
 *  - valid UTF-8 only, stored in NFC; "\r\n" and a lone "\r" become "\n";
 *  - no control characters except newline and tab;
 *  - white space at the end of each line is dropped, and so are empty lines
 *    at the start and at the end (an editor's final newline is no content);
 *  - at most max_chars code points remain.
 */
#ifndef NOTULIST_TEXT_BLOCK_H
#define NOTULIST_TEXT_BLOCK_H

#include <stdbool.h>
#include <stddef.h>

enum text_block_fault {
	TEXT_BLOCK_OK,
	TEXT_BLOCK_EMPTY,      /* and empty text was not allowed */
	TEXT_BLOCK_TOO_LONG,   /* more than max_chars (or than out holds) */
	TEXT_BLOCK_NOT_UTF8,
	TEXT_BLOCK_CONTROL     /* a control character other than \n, \t */
};

/* Cleans in into out (always NUL-terminated; "" when refused).  Empty
 * text is accepted only when allow_empty is set. */
enum text_block_fault text_block_clean(const char *in, size_t max_chars,
				       bool allow_empty, char *out,
				       size_t size);

/* A fault as an untranslated predicate to pass through _() after the
 * name of the text: "is empty", "is too long", "is not valid UTF-8",
 * "contains a control character". */
const char *text_block_fault_text(enum text_block_fault fault);

/* Lines in a cleaned block: 0 for "", else newlines + 1. */
int text_block_lines(const char *text);

#endif
