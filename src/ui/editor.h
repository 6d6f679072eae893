/*
 * editor.h — letting the user edit a long text in their own editor, as
 * calcurse does for notes: the text goes to a private temporary file
 * (notes.md, mode 0600, in a directory of its own, mode 0700, made in
 * $XDG_RUNTIME_DIR, else $TMPDIR, else /tmp), $VISUAL, else $EDITOR, else
 * vi runs on it (through /bin/sh, so "code -w" works), and the saved file
 * is read back.  The file and its directory are removed in every case —
 * also on SIGTERM, SIGHUP or SIGPIPE while the editor is open
 * (tempfiles.h) — except when the saved text holds a NUL byte: then the
 * edit is refused and the file is kept, its path in the message.  A front end must
 * hold no database transaction while the editor runs (it may take
 * minutes), and a full-screen one must leave curses mode first.
 */
#ifndef NOTULIST_EDITOR_H
#define NOTULIST_EDITOR_H

#include "nl_error.h"

/* More than this is not a note: refused rather than read. */
#define EDITOR_MAX_BYTES (256 * 1024)

/* The command that will run: $VISUAL, $EDITOR or "vi". */
const char *editor_command(void);

/* Edits initial (may be NULL).  On NL_OK *edited holds the saved text
 * (free it); when the editor fails or exits non-zero, nothing is returned
 * and the error says that nothing was saved. */
enum nl_status editor_edit(const char *initial, char **edited,
			   struct nl_error *err);

#endif
