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
		printf(_("Created database %s\n"), cli_show(store_path(store)));
	else
		printf(_("Database %s is ready (schema version %d)\n"),
		       cli_show(store_path(store)), store_schema_version(store));
	if (!cli_flag(args, "demo"))
		return EXIT_OK;
	if (demo_load(store, &counts, &err) != NL_OK)
		return cli_report(cli, &err);
	char municipalities[64], people[64], meetings[64];
	snprintf(municipalities, sizeof municipalities,
		 ngettext("%zu municipality", "%zu municipalities",
			  (unsigned long)counts.municipalities),
		 counts.municipalities);
	snprintf(people, sizeof people,
		 ngettext("%zu person", "%zu people",
			  (unsigned long)counts.people), counts.people);
	snprintf(meetings, sizeof meetings,
		 ngettext("%zu meeting", "%zu meetings",
			  (unsigned long)counts.meetings), counts.meetings);
	/* TRANSLATORS: the three counts just above, in this order. */
	printf(_("Loaded the fictional demo: %s, %s, %s\n"), municipalities,
	       people, meetings);
	return EXIT_OK;
}

const struct cmd_entry cmd_init_entry = {
	.group = NULL,
	.name = "init",
	.synopsis = "[--demo]",
	.summary = N_("create the database; --demo fills a new one with a fictional body"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"demo", 0, false}},
	.creates_database = true,
	.exec = exec_init,
};
