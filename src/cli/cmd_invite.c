/*
 * cmd_invite.c — `notulist invite MEETING [-o FILE] [--format md|html]`:
 * the invitation to a meeting (invite.h), judged on today.
 */
#include <stdio.h>

#include "cli.h"
#include "cli_document.h"
#include "cli_output.h"
#include "cli_record.h"
#include "i18n.h"
#include "invite.h"

static int write_invitation(struct cli *cli, const struct cmd_args *args,
			    struct store *store, const struct meeting *meeting)
{
	struct nl_error err;
	struct minutes record;
	enum doc_format format;
	nl_error_clear(&err);
	if (!cli_document_format(args, CLI_DOC_MD | CLI_DOC_HTML,
				 DOC_FORMAT_MARKDOWN, &format, &err) ||
	    minutes_load(store, meeting->id, cli_now(cli), &record, &err) !=
		    NL_OK)
		return cli_report(cli, &err);
	struct invitation inv = {&record, nl_time_date(cli_now(cli))};
	enum nl_status status = cli_document_write(cli, args, format,
						   DOC_LAYOUT_FLOW,
						   invite_write_markdown, &inv,
						   &err);
	minutes_free(&record);
	return status == NL_OK ? EXIT_OK : cli_report(cli, &err);
}

static int exec_invite(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	nl_error_clear(&err);
	struct store *store = cli_meeting(cli, args, &meeting, &err);
	if (!store)
		return cli_report(cli, &err);
	return write_invitation(cli, args, store, &meeting);
}

const struct cmd_entry cmd_invite_entry = {
	.group = NULL,
	.name = "invite",
	.synopsis = "MEETING [-o FILE] [--format md|html]",
	.summary = N_("the invitation to a meeting with its agenda, minutes to "
		"approve, open actions and advice"),
	.min_args = 1,
	.max_args = 1,
	.options = {CLI_OUTPUT_OPTION, CLI_FORMAT_OPTION},
	.exec = exec_invite,
};
