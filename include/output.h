/*
 * output.h — where a document or an export goes: standard output (no
 * file, or "-") or a file written atomically (atomic_file.h: complete or
 * absent, mode 0600; only a regular file is ever replaced).
 *
 *   struct output o;
 *   if (output_open(&o, path, err) != NL_OK) return ...;
 *   write_things(o.stream);
 *   status = output_close(&o, write_error, err);  // or output_abort(&o)
 */
#ifndef NOTULIST_OUTPUT_H
#define NOTULIST_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "atomic_file.h"
#include "nl_error.h"

struct output {
	struct atomic_file file;
	FILE *stream;
	bool to_stdout;
};

/* Whether path means standard output: NULL or "-". */
bool output_is_stdout(const char *path);

enum nl_status output_open(struct output *o, const char *path,
			   struct nl_error *err);
/* Finishes the output.  write_error is the writer's error (0: none; the
 * stream's own error state counts too); any failure — then or while
 * flushing — leaves no partial file and says "cannot write FILE: reason"
 * or "cannot write the output (reason)". */
enum nl_status output_close(struct output *o, int write_error,
			    struct nl_error *err);
/* Throws a file output away (stdout cannot be taken back). */
void output_abort(struct output *o);

#endif
