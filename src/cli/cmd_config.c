/* cmd_config.c — `notulist config list|get|set|reset`. */
#include <stdio.h>

#include "cli.h"
#include "i18n.h"
#include "settings.h"
#include "text.h"

/* The value column is as wide as the widest value up to this many
 * columns; a longer value (a GR's full name) pushes only its own comment. */
#define VALUE_COLS_MAX 24

/* Columns are measured in terminal columns (text_display_width), not
 * bytes, so a long key (allowance_per_meeting.representative) or a value
 * with ë or — keeps every "#" under the one above. */
static int exec_list(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	char value[512];
	int key_cols = 0, value_cols = 12;
	(void)args;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store)
		return cli_report(cli, &err);
	for (size_t i = 0; i < settings_key_count(); i++) {
		const char *key = settings_key_at(i);
		if (settings_get(store, key, value, sizeof value, &err) != NL_OK)
			return cli_report(cli, &err);
		int kw = text_display_width(key);
		int vw = text_display_width(cli_show(value));
		key_cols = kw > key_cols ? kw : key_cols;
		if (vw > value_cols && vw <= VALUE_COLS_MAX)
			value_cols = vw;
	}
	for (size_t i = 0; i < settings_key_count(); i++) {
		const char *key = settings_key_at(i);
		if (settings_get(store, key, value, sizeof value, &err) != NL_OK)
			return cli_report(cli, &err);
		cli_print_padded(stdout, key, key_cols + 1);
		cli_print_padded(stdout, value, value_cols + 1);
		printf("# %s\n", settings_key_help(key));
	}
	return EXIT_OK;
}

static int exec_get(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	char value[512];
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store ||
	    settings_get(store, args->arg[0], value, sizeof value, &err) != NL_OK)
		return cli_report(cli, &err);
	printf("%s\n", cli_show(value));
	return EXIT_OK;
}

static int exec_set(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store ||
	    settings_set(store, args->arg[0], args->arg[1], &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("%s = %s\n"), args->arg[0], cli_show(args->arg[1]));
	return EXIT_OK;
}

static int exec_reset(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	char value[512];
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || settings_reset(store, args->arg[0], &err) != NL_OK ||
	    settings_get(store, args->arg[0], value, sizeof value, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("%s = %s (default)\n"), args->arg[0], cli_show(value));
	return EXIT_OK;
}

const struct cmd_entry cmd_config_list_entry = {
	.group = "config",
	.name = "list",
	.synopsis = "",
	.summary = N_("show every setting with its value"),
	.min_args = 0,
	.max_args = 0,
	.exec = exec_list,
};

const struct cmd_entry cmd_config_get_entry = {
	.group = "config",
	.name = "get",
	.synopsis = "KEY",
	.summary = N_("print one setting"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_get,
};

const struct cmd_entry cmd_config_set_entry = {
	.group = "config",
	.name = "set",
	.synopsis = "KEY VALUE",
	.summary = N_("change a setting (validated)"),
	.min_args = 2,
	.max_args = 2,
	.creates_database = true,
	.exec = exec_set,
};

const struct cmd_entry cmd_config_reset_entry = {
	.group = "config",
	.name = "reset",
	.synopsis = "KEY",
	.summary = N_("return a setting to its default"),
	.min_args = 1,
	.max_args = 1,
	.creates_database = true,
	.exec = exec_reset,
};
