/*
 * cmd_sheet.c — `notulist sheet MEETING [-o FILE] [--format md|html]`:
 * the sign-in sheet (presentielijst) of a meeting, to print before it and,
 * with the arrival and departure times filled in from the record, after
 * it.  HTML prints 30 people to an A4 page.
 */
#include <stdio.h>

#include "cli.h"
#include "cli_document.h"
#include "cli_output.h"
#include "cli_record.h"
#include "i18n.h"
#include "sheet.h"

static void sheet_markdown(FILE *out, const void *snapshot)
{
	sheet_write_markdown(out, snapshot);
}

static int exec_sheet(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct meeting_snapshot snapshot;
	enum doc_format format;
	nl_error_clear(&err);
	if (!cli_document_format(args, CLI_DOC_MD | CLI_DOC_HTML,
				 DOC_FORMAT_MARKDOWN, &format, &err))
		return cli_report(cli, &err);
	struct store *store = cli_meeting(cli, args, &meeting, &err);
	if (!store || snapshot_load(store, meeting.id, cli_now(cli), &snapshot,
				    &err) != NL_OK)
		return cli_report(cli, &err);
	enum nl_status status = cli_document_write(cli, args, format,
						   DOC_LAYOUT_SHEET,
						   sheet_markdown, &snapshot,
						   &err);
	snapshot_free(&snapshot);
	return status == NL_OK ? EXIT_OK : cli_report(cli, &err);
}

const struct cmd_entry cmd_sheet_entry = {
	.group = NULL,
	.name = "sheet",
	.synopsis = "MEETING [-o FILE] [--format md|html]",
	.summary = N_("the sign-in sheet of a meeting, with arrival and "
		"departure once held"),
	.min_args = 1,
	.max_args = 1,
	.options = {CLI_OUTPUT_OPTION, CLI_FORMAT_OPTION},
	.exec = exec_sheet,
};
