/*
 * cmd_report.c — `notulist report [--year YYYY] [-o FILE]`: the annual
 * overview for the joint arrangement, in Markdown, on stdout (also for
 * -o -) or written atomically (complete or not at all, mode 0600) to FILE.
 */
#include <stdio.h>

#include "cli.h"
#include "cli_output.h"
#include "continuity.h"
#include "history.h"
#include "i18n.h"
#include "report.h"

static enum nl_status write_report(struct cli *cli,
				   const struct cmd_args *args,
				   const struct history *history, int year,
				   const struct warning_list *warnings,
				   struct nl_error *err)
{
	struct output out;
	enum nl_status status = cli_output_open(cli, args, &out, err);
	if (status != NL_OK)
		return status;
	report_write(out.stream, history, year, warnings);
	return cli_output_close(&out, 0, err);
}

static int exec_report(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct history history;
	struct warning_list warnings;
	int year = nl_time_date(cli_now(cli)).year;
	nl_error_clear(&err);
	if (!cli_parse_year(args, &year, &err) ||
	    cli_load_history(cli, year, &history, &err) != NL_OK)
		return cli_report(cli, &err);
	enum nl_status status = continuity_check(&history, year, &warnings,
						 &err);
	if (status == NL_OK) {
		status = write_report(cli, args, &history, year, &warnings,
				      &err);
		warning_list_free(&warnings);
	}
	history_free(&history);
	return status == NL_OK ? EXIT_OK : cli_report(cli, &err);
}

const struct cmd_entry cmd_report_entry = {
	.group = NULL,
	.name = "report",
	.synopsis = "[--year YYYY] [-o FILE]",
	.summary = N_("annual overview for the joint arrangement (Markdown)"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"year", 'y', true}, CLI_OUTPUT_OPTION},
	.exec = exec_report,
};
