/*
 * cmd_invite.c — `notulist invite MEETING [-o FILE] [--format md|html]`:
 * the invitation to a meeting (invite.h), judged on today; `invite MEETING
 * --sent [--on D]` records that it went out (today by default), which
 * `check` looks at.
 */
#include <stdio.h>

#include "cli.h"
#include "cli_document.h"
#include "cli_output.h"
#include "cli_record.h"
#include "i18n.h"
#include "invite.h"
#include "meetings.h"

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

static int record_sent(struct cli *cli, const struct cmd_args *args,
		       struct store *store, const struct meeting *meeting)
{
	struct nl_error err;
	struct nl_date on = nl_time_date(cli_now(cli));
	struct meeting after;
	char date[NL_DATE_LEN], what[NL_PLACE_SIZE + 64];
	nl_error_clear(&err);
	if (!cli_parse_date_option(args, "on", &on, &err))
		return cli_report(cli, &err);
	if (on.year == 0)
		on = nl_time_date(cli_now(cli));
	if (meeting_record_invitation(store, meeting->id, on, cli_now(cli),
				      &after, &err) != NL_OK)
		return cli_report(cli, &err);
	nl_format_date(on, date);
	meeting_describe(&after, what, sizeof what);
	printf(_("Recorded that the invitation to meeting %s was sent on %s\n"),
	       what, date);
	return EXIT_OK;
}

static int exec_invite(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	nl_error_clear(&err);
	bool sent = cli_flag(args, "sent");
	if (!sent && cli_opt(args, "on")) {
		nl_fail(&err, NL_ERR_USAGE, "%s", _("--on goes with --sent"));
		return cli_report(cli, &err);
	}
	if (sent && (cli_opt(args, "output") || cli_opt(args, "format"))) {
		nl_fail(&err, NL_ERR_USAGE, "%s",
			_("--sent records the sending and writes no document"));
		return cli_report(cli, &err);
	}
	struct store *store = cli_meeting(cli, args, &meeting, &err);
	if (!store)
		return cli_report(cli, &err);
	return sent ? record_sent(cli, args, store, &meeting)
		    : write_invitation(cli, args, store, &meeting);
}

const struct cmd_entry cmd_invite_entry = {
	.group = NULL,
	.name = "invite",
	.synopsis = "MEETING [-o FILE] [--format md|html] | MEETING --sent "
		    "[--on YYYY-MM-DD]",
	.summary = N_("the invitation to a meeting with its agenda, minutes to "
		"approve, open actions and advice; --sent records it went out"),
	.min_args = 1,
	.max_args = 1,
	.options = {CLI_OUTPUT_OPTION, CLI_FORMAT_OPTION, {"sent", 0, false},
		    {"on", 0, true}},
	.exec = exec_invite,
};
