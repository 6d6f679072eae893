/* cmd_init.c — `notulist init [--demo]`: create (and fill) the database. */
#include <stdio.h>

#include "cli.h"
#include "cli_private.h"
#include "demo.h"
#include "i18n.h"
#include "store.h"

static int exec_init(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct demo_counts counts;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store)
		return cli_report(cli, &err);
	if (cli->created)
		printf(_("Created database %s\n"), store_path(store));
	else
		printf(_("Database %s is ready (schema version %d)\n"),
		       store_path(store), store_schema_version(store));
	if (!cli_flag(args, "demo"))
		return EXIT_OK;
	if (demo_load(store, &counts, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Loaded the fictional demo: %zu municipalities, %zu people, "
		 "%zu meeting(s)\n"),
	       counts.municipalities, counts.people, counts.meetings);
	return EXIT_OK;
}

const struct cmd_entry cmd_init_entry = {
	NULL, "init", "[--demo]",
	N_("create the database; --demo fills a new one with a fictional body"),
	0, 0, {{"demo", 0, false}}, exec_init,
};
