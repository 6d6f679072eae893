/*
 * cmd_minutes.c — `notulist minutes MEETING [-o FILE] [--format md|html]`:
 * the minutes of a meeting in Markdown or as an HTML page to print, on
 * stdout (also for -o -) or written atomically (complete or not at all,
 * mode 0600: they name people on social assistance) to FILE.
 */
#include <stdio.h>

#include "cli.h"
#include "cli_document.h"
#include "cli_output.h"
#include "cli_record.h"
#include "i18n.h"
#include "minutes.h"

static void minutes_markdown(FILE *out, const void *minutes)
{
	minutes_write_markdown(out, minutes);
}

static int exec_minutes(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct minutes minutes;
	enum doc_format format;
	nl_error_clear(&err);
	if (!cli_document_format(args, CLI_DOC_MD | CLI_DOC_HTML,
				 DOC_FORMAT_MARKDOWN, &format, &err))
		return cli_report(cli, &err);
	struct store *store = cli_meeting(cli, args, &meeting, &err);
	if (!store || minutes_load(store, meeting.id, cli_now(cli), &minutes,
				   &err) != NL_OK)
		return cli_report(cli, &err);
	enum nl_status status = cli_document_write(cli, args, format,
						   DOC_LAYOUT_FLOW,
						   minutes_markdown, &minutes,
						   &err);
	minutes_free(&minutes);
	return status == NL_OK ? EXIT_OK : cli_report(cli, &err);
}

const struct cmd_entry cmd_minutes_entry = {
	.group = NULL,
	.name = "minutes",
	.synopsis = "MEETING [-o FILE] [--format md|html]",
	.summary = N_("the minutes of a meeting (Markdown or HTML): attendance, "
		"quorum, agenda, actions, advice"),
	.min_args = 1,
	.max_args = 1,
	.options = {CLI_OUTPUT_OPTION, CLI_FORMAT_OPTION},
	.exec = exec_minutes,
};
