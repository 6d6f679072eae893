/*
 * cmd_backup.c — `notulist backup FILE`: a consistent private copy, made
 * in a temporary file beside FILE and renamed over it when complete.
 * FILE is checked like every -o target (cli_output.h): never the database
 * or its -wal/-shm/-journal, a link or anything but a regular file; and
 * never "-": a database is not text for a terminal or a pipe.
 */
#include <stdio.h>

#include "cli.h"
#include "cli_output.h"
#include "i18n.h"
#include "store.h"

static int exec_backup(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct output out;
	const char *path = args->arg[0];
	nl_error_clear(&err);
	if (output_is_stdout(path))
		return cli_usage_error(args->entry,
				       _("a database cannot go to standard "
					 "output; name a file"));
	struct store *store = cli_store(cli, &err);
	if (!store || cli_output_open_file(cli, path, true, &out, &err) != NL_OK)
		return cli_report(cli, &err);
	if (store_backup(store, out.file.tmp_path, path, &err) != NL_OK) {
		cli_output_abort(&out);
		return cli_report(cli, &err);
	}
	if (cli_output_close(&out, 0, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Backed up %s to %s\n"), cli_show(store_path(store)),
	       cli_show(path));
	return EXIT_OK;
}

const struct cmd_entry cmd_backup_entry = {
	.group = NULL,
	.name = "backup",
	.synopsis = "FILE",
	.summary = N_("write a consistent copy of the database (mode 0600), also while "
		"the board is open"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_backup,
};
