/*
 * cmd_export_ics.c — `notulist export ics [--year YYYY] [-o FILE]`: the
 * meetings and the due dates of open actions and advice as an iCalendar
 * file for any calendar (calendar.h), through the one output helper.
 */
#include <stdio.h>

#include "calendar.h"
#include "cli.h"
#include "cli_output.h"
#include "i18n.h"

static int exec_ics(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct calendar calendar;
	struct output out;
	int year = 0;
	nl_error_clear(&err);
	if (!cli_parse_year(args, &year, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || calendar_load(store, year, &calendar, &err) != NL_OK)
		return cli_report(cli, &err);
	enum nl_status status = cli_output_open(cli, args, &out, &err);
	if (status == NL_OK) {
		status = calendar_write_ics(out.stream, &calendar, cli_now(cli),
					    &err);
		if (status == NL_OK)
			status = cli_output_close(&out, 0, &err);
		else
			cli_output_abort(&out);
	}
	calendar_free(&calendar);
	return status == NL_OK ? EXIT_OK : cli_report(cli, &err);
}

const struct cmd_entry cmd_export_ics_entry = {
	.group = "export",
	.name = "ics",
	.synopsis = "[--year YYYY] [-o FILE]",
	.summary = N_("meetings and due dates as an iCalendar file for a "
		"calendar"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"year", 'y', true}, CLI_OUTPUT_OPTION},
	.exec = exec_ics,
};
