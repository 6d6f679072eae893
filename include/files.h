/*
 * files.h — what a path the user named turns out to be, and whether
 * notulist may put a file there.
 *
 * An output (a report, an export, a backup) replaces its target by
 * renaming a finished temporary file over it.  That is only right for a
 * regular file: renaming over a device, FIFO or socket would replace the
 * node, a directory cannot be replaced, and a symbolic link would be
 * replaced by a file while the user meant the file it points to (or an
 * attacker planted the link).  So those are refused, with a message that
 * says what the path is; a link's message names its target, for the user
 * to give the real path.
 */
#ifndef NOTULIST_FILES_H
#define NOTULIST_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "nl_error.h"

/* "a directory", "a FIFO", "a device", "a socket": translated. */
const char *file_kind(mode_t mode);

/* NL_OK when path does not exist or is a regular file; NL_ERR_REFUSED
 * with a message naming path when it is a symbolic link (also a dangling
 * one) or anything but a regular file. */
enum nl_status file_check_target(const char *path, struct nl_error *err);

/* Whether a and b name the same directory entry: the same final name in
 * the same directory, the directories compared after resolving links and
 * "..", so "./x/../notulen.db" names "notulen.db".  Neither needs to exist
 * (only their directories). */
bool file_same_name(const char *a, const char *b);

/* Splits path into its directory ("." when none, "/" for the root) and
 * the final name (a pointer into path). */
void file_split(const char *path, char *dir, size_t size, const char **base);

#endif
