/*
 * tempfiles.h — temporary files that no signal may leave behind.
 *
 * A report half written to ".notulist-XXXXXX", a backup in progress, a
 * note open in the editor: each names people on social assistance, so an
 * interrupt (SIGINT, SIGTERM, SIGHUP, SIGPIPE) must not leave it lying
 * around.  While at least one file is registered, a handler for those
 * signals removes every registered file (with the -journal, -wal and -shm
 * files SQLite may have made beside it when asked; a registered directory
 * after the files in it) and then lets the signal do what it would have
 * done: it calls a handler that was there before, or re-raises the signal
 * with its default action, so the exit status still says which signal it
 * was.  A signal that was ignored when
 * the first file was registered (nohup) stays ignored.
 *
 * The registry holds the caller's buffer, not a copy: it must stay valid
 * and unchanged until tempfiles_forget.  Making the file and registering
 * it happen between tempfiles_hold and tempfiles_release, so that no
 * signal can fall in between.
 */
#ifndef NOTULIST_TEMPFILES_H
#define NOTULIST_TEMPFILES_H

#include <signal.h>
#include <stdbool.h>

#define TEMPFILES_MAX 8

/* Blocks the four signals until tempfiles_release(old). */
void tempfiles_hold(sigset_t *old);
void tempfiles_release(const sigset_t *old);

enum tempfile_kind {
	TEMPFILE_PLAIN,     /* a file */
	TEMPFILE_SQLITE,    /* a file SQLite writes: also path-journal,
			     * path-wal and path-shm */
	TEMPFILE_DIRECTORY  /* a private directory, removed (rmdir) after
			     * the files registered since */
};

/* Registers path (a buffer that outlives the registration).  False when
 * the registry is full (the caller carries on without the protection). */
bool tempfiles_register(const char *path, enum tempfile_kind kind);
/* Ends the registration of path (the same buffer); the file itself is
 * left alone.  The handlers go when the last registration does. */
void tempfiles_forget(const char *path);

#endif
