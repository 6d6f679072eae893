/*
 * cli_output.h — the one way a command writes a document or an export:
 * `-o FILE`, `-o -` or no -o at all.
 *
 * A command with an "output" option calls cli_output_open with its args
 * and gets a stream: standard output without -o or with "-o -", otherwise
 * the temporary file of an atomic write (output.h).  Before anything is
 * written the target is checked: never the database or its -wal, -shm or
 * -journal file (by name and by device and inode), never a symbolic link,
 * directory, device, FIFO or socket.  The temporary file is registered so
 * that an interrupt removes it (tempfiles.h).  New documents get all of
 * this by declaring the option CLI_OUTPUT_OPTION and calling these three.
 */
#ifndef NOTULIST_CLI_OUTPUT_H
#define NOTULIST_CLI_OUTPUT_H

#include "cli.h"
#include "output.h"

/* The option every writing command declares: -o FILE, --output FILE. */
#define CLI_OUTPUT_OPTION {"output", 'o', true}

/* Opens where args' -o says (stdout without it, or for "-"). */
enum nl_status cli_output_open(struct cli *cli, const struct cmd_args *args,
			       struct output *out, struct nl_error *err);
/* Opens path, which must be a file (for `backup`, whose result is not
 * text: the caller refuses "-" with its own words).  with_sqlite: SQLite writes the temporary file,
 * and may leave its journal beside it until done. */
enum nl_status cli_output_open_file(struct cli *cli, const char *path,
				    bool with_sqlite, struct output *out,
				    struct nl_error *err);
/* output_close / output_abort, and the temporary file's registration
 * ends. */
enum nl_status cli_output_close(struct output *out, int write_error,
				struct nl_error *err);
void cli_output_abort(struct output *out);

#endif
