/*
 * cmd_minutes.c — `notulist minutes MEETING [-o FILE]`: the minutes of a
 * meeting in Markdown, on stdout (also for -o -) or written atomically
 * (complete or not at all, mode 0600: they name people on social
 * assistance) to FILE.
 */
#include <stdio.h>

#include "cli.h"
#include "cli_output.h"
#include "cli_record.h"
#include "i18n.h"
#include "minutes.h"

static enum nl_status write_minutes(struct cli *cli,
				    const struct cmd_args *args,
				    const struct minutes *minutes,
				    struct nl_error *err)
{
	struct output out;
	enum nl_status status = cli_output_open(cli, args, &out, err);
	if (status != NL_OK)
		return status;
	minutes_write_markdown(out.stream, minutes);
	return cli_output_close(&out, 0, err);
}

static int exec_minutes(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct minutes minutes;
	nl_error_clear(&err);
	struct store *store = cli_meeting(cli, args, &meeting, &err);
	if (!store || minutes_load(store, meeting.id, cli_now(cli), &minutes,
				   &err) != NL_OK)
		return cli_report(cli, &err);
	enum nl_status status = write_minutes(cli, args, &minutes, &err);
	minutes_free(&minutes);
	return status == NL_OK ? EXIT_OK : cli_report(cli, &err);
}

const struct cmd_entry cmd_minutes_entry = {
	.group = NULL,
	.name = "minutes",
	.synopsis = "MEETING [-o FILE]",
	.summary = N_("the minutes of a meeting (Markdown): attendance, quorum, agenda, "
		"actions, advice"),
	.min_args = 1,
	.max_args = 1,
	.options = {CLI_OUTPUT_OPTION},
	.exec = exec_minutes,
};
