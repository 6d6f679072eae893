/* cmd_backup.c — `notulist backup FILE`: a consistent private copy. */
#include <stdio.h>

#include "cli.h"
#include "i18n.h"
#include "store.h"

static int exec_backup(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || store_backup(store, args->arg[0], &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Backed up %s to %s\n"), cli_show(store_path(store)),
	       cli_show(args->arg[0]));
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
