/*
 * text_show.h — stored and typed text as a reader may safely see it.
 *
 * Input is validated, but a database from a predecessor, one edited with
 * sqlite3 or an argument that was refused may still hold anything.  Before
 * such text reaches a terminal, a file or a message it goes through here:
 *
 *  - C0 and C1 control characters and DEL become "\x1b"-style escapes,
 *    a byte that is not UTF-8 becomes "\xff";
 *  - bidirectional embedding, override and isolate controls (U+202A–U+202E,
 *    U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029)
 *    become "\u202e"-style escapes: they reorder what is shown after them;
 *  - a tab becomes a space (SHOW_LINE, SHOW_LINES) or "\t" (SHOW_EXACT);
 *  - a line break is "\n" (SHOW_LINE, SHOW_EXACT) or kept (SHOW_LINES).
 *
 * The result never holds a control character other than '\n' in
 * SHOW_LINES, and text without anything to escape comes out unchanged.
 * Escaping is done once: an escape is plain text, shown as it is.
 */
#ifndef NOTULIST_TEXT_SHOW_H
#define NOTULIST_TEXT_SHOW_H

#include <stdbool.h>
#include <stddef.h>

enum text_show {
	SHOW_LINE,   /* one line: a name, a title, a field of a table */
	SHOW_LINES,  /* free text whose line breaks are its layout */
	SHOW_EXACT   /* what was typed, in a message: tabs visible too */
};

/* True when text_show would return in unchanged. */
bool text_shows_as_is(const char *in, enum text_show mode);

/* Writes the shown form of in to out (always NUL-terminated when size > 0,
 * cut at a character or escape boundary); returns the length in bytes the
 * whole result needs, like snprintf. */
size_t text_show(const char *in, enum text_show mode, char *out, size_t size);

/* The shown form in memory of its own (free it); NULL when out of memory. */
char *text_show_dup(const char *in, enum text_show mode);

/* Makes the text in buf (of size bytes) its shown form in place, cut to
 * fit: for a finished message or warning, whatever its parts were. */
void text_show_in_place(char *buf, size_t size, enum text_show mode);

/* User input quoted in a message: shown with SHOW_EXACT and, past
 * TEXT_QUOTE_CHARS characters, shortened with "…".  Every core message
 * that repeats what someone typed or stored goes through this, once. */
#define TEXT_QUOTE_CHARS 100
#define TEXT_QUOTE_SIZE (TEXT_QUOTE_CHARS * 6 + 4)
const char *text_quote(const char *in, char out[TEXT_QUOTE_SIZE]);

/* text_quote into a buffer that lives until the end of the enclosing
 * block: nl_fail(err, ..., _("no person named \"%s\""), QUOTED(name)). */
#define QUOTED(text) text_quote((text), (char[TEXT_QUOTE_SIZE]){0})

#endif
