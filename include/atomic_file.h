/*
 * atomic_file.h — writing a file so that it is either complete or absent.
 *
 * The text goes to a temporary file beside the target (same directory, so
 * the final rename cannot cross file systems), mode 0600 because what we
 * write names people on social assistance; commit flushes and fsyncs it,
 * then renames it over the target and syncs the directory.  A reader never
 * sees half a file, and a failure at any step removes the temporary file
 * and leaves the target as it was.  Errors name the target file.
 *
 * Only a regular file is ever replaced: a target that is a symbolic link,
 * a directory, a device, a FIFO or a socket is refused (files.h).  The
 * temporary file's name is short (".notulist-XXXXXX"), so every target
 * name the file system accepts works.  A front end that wants it gone
 * after a signal registers tmp_path.
 *
 *   struct atomic_file f;
 *   if (atomic_file_open(&f, path, err) != NL_OK) return ...;
 *   write_things(atomic_file_stream(&f));
 *   status = atomic_file_commit(&f, err);   // or atomic_file_abort(&f)
 */
#ifndef NOTULIST_ATOMIC_FILE_H
#define NOTULIST_ATOMIC_FILE_H

#include <stdbool.h>
#include <stdio.h>

#include "nl_error.h"

#define ATOMIC_FILE_PATH_MAX 4096

struct atomic_file {
	char path[ATOMIC_FILE_PATH_MAX];
	char tmp_path[ATOMIC_FILE_PATH_MAX + 32];
	FILE *stream;   /* NULL once committed or aborted */
};

enum nl_status atomic_file_open(struct atomic_file *file, const char *path,
				struct nl_error *err);
FILE *atomic_file_stream(struct atomic_file *file);
/* Makes the written text the target's content; after a failure nothing
 * changed.  Either way the temporary file is gone afterwards. */
enum nl_status atomic_file_commit(struct atomic_file *file,
				  struct nl_error *err);
/* Throws the written text away (safe to call after commit). */
void atomic_file_abort(struct atomic_file *file);

#endif
