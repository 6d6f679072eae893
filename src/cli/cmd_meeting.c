/* cmd_meeting.c — `notulist meeting add|list|open|close|approve`. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "meetings.h"
#include "text.h"
#include "text_show.h"

static bool parse_quorum(const char *text, int *quorum, struct nl_error *err)
{
	char *end;
	*quorum = 0;
	if (!text)
		return true;
	errno = 0;
	long v = strtol(text, &end, 10);
	if (errno || end == text || *end || v < 1 || v > 1000) {
		nl_fail(err, NL_ERR_USAGE,
			_("--quorum \"%s\" is not a number from 1 to 1000"),
			QUOTED(text));
		return false;
	}
	*quorum = (int)v;
	return true;
}

static bool parse_meeting_input(const struct cmd_args *args,
				struct meeting_input *in, struct nl_error *err)
{
	in->start_minute = -1;
	in->location = cli_opt(args, "location");
	in->chair = cli_opt(args, "chair");
	if (!nl_parse_date(args->arg[0], &in->date)) {
		nl_fail(err, NL_ERR_INVALID,
			_("\"%s\" is not a date YYYY-MM-DD"),
			QUOTED(args->arg[0]));
		return false;
	}
	if (args->n_args > 1 && !nl_parse_hhmm(args->arg[1], &in->start_minute)) {
		nl_fail(err, NL_ERR_INVALID,
			_("\"%s\" is not a time HH:MM (00:00-23:59)"),
			QUOTED(args->arg[1]));
		return false;
	}
	return parse_quorum(cli_opt(args, "quorum"), &in->quorum_min, err);
}

static int exec_add(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting_input in = {0};
	struct meeting m;
	char what[NL_PLACE_SIZE + 64];
	int64_t id;
	nl_error_clear(&err);
	if (!parse_meeting_input(args, &in, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_add(store, &in, cli_now(cli), &id, &err) != NL_OK ||
	    meeting_get(store, id, &m, &err) != NL_OK)
		return cli_report(cli, &err);
	meeting_describe(&m, what, sizeof what);
	printf(_("Added meeting %s, quorum %d\n"), what, m.quorum_min);
	return EXIT_OK;
}

static int exec_list(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting *all;
	size_t n;
	int year = 0;
	nl_error_clear(&err);
	if (!cli_parse_year(args, &year, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_list(store, year, &all, &n, &err) != NL_OK)
		return cli_report(cli, &err);
	/* "approved 2026-04-01" widens the column only when it is there. */
	int cols = 8;
	for (size_t i = 0; i < n; i++) {
		char status[NL_DATE_LEN + 64];
		meeting_status_text(&all[i], status, sizeof status);
		int w = text_display_width(status);
		cols = w > cols ? w : cols;
	}
	printf("%-5s %-10s %-5s ", "ID", _("DATE"), _("TIME"));
	cli_print_padded(stdout, _("STATUS"), cols);
	printf(" %-6s %s\n", _("QUORUM"), _("LOCATION"));
	for (size_t i = 0; i < n; i++) {
		char date[NL_DATE_LEN], start[NL_HHMM_LEN] = "-";
		char status[NL_DATE_LEN + 64];
		nl_format_date(all[i].date, date);
		if (all[i].start_minute >= 0)
			nl_format_hhmm(meeting_start(&all[i]), start);
		meeting_status_text(&all[i], status, sizeof status);
		printf("%-5lld %-10s %-5s ", (long long)all[i].id, date, start);
		cli_print_padded(stdout, status, cols);
		printf(" %-6d %s\n", all[i].quorum_min,
		       all[i].location[0] ? cli_show(all[i].location) : "-");
	}
	free(all);
	return EXIT_OK;
}

static int exec_open(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting m;
	char what[NL_PLACE_SIZE + 64];
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK ||
	    meeting_open(store, m.id, cli_now(cli), &m, &err) != NL_OK)
		return cli_report(cli, &err);
	meeting_describe(&m, what, sizeof what);
	printf(_("Opened meeting %s\n"), what);
	return EXIT_OK;
}

static int exec_close(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting m;
	char what[NL_PLACE_SIZE + 64], hhmm[NL_HHMM_LEN];
	nl_time at;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK ||
	    !cli_parse_at(args, &m, &at, &err) ||
	    meeting_close(store, m.id, at, cli_now(cli), &m, &err) != NL_OK)
		return cli_report(cli, &err);
	meeting_describe(&m, what, sizeof what);
	nl_format_hhmm(m.closed_at, hhmm);
	printf(_("Closed meeting %s at %s\n"), what, hhmm);
	return EXIT_OK;
}

static int exec_approve(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting m;
	struct nl_date on = nl_time_date(cli_now(cli));
	const char *on_text = cli_opt(args, "on");
	char what[NL_PLACE_SIZE + 64], date[NL_DATE_LEN];
	nl_error_clear(&err);
	if (on_text && !nl_parse_date(on_text, &on)) {
		nl_fail(&err, NL_ERR_USAGE,
			_("--on \"%s\" is not a date YYYY-MM-DD"),
			QUOTED(on_text));
		return cli_report(cli, &err);
	}
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK ||
	    meeting_approve_minutes(store, m.id, on, cli_now(cli), &m, &err) !=
		    NL_OK)
		return cli_report(cli, &err);
	meeting_describe(&m, what, sizeof what);
	nl_format_date(m.minutes_approved, date);
	printf(_("Approved the minutes of meeting %s on %s\n"), what, date);
	return EXIT_OK;
}

const struct cmd_entry cmd_meeting_add_entry = {
	.group = "meeting",
	.name = "add",
	.synopsis = "YYYY-MM-DD [HH:MM] [--location L] [--chair PERSON] [--quorum N]",
	.summary = N_("plan a meeting (quorum default: the quorum_min setting, 12)"),
	.min_args = 1,
	.max_args = 2,
	.options = {{"location", 'l', true}, {"chair", 0, true}, {"quorum", 'q', true}},
	.creates_database = true,
	.exec = exec_add,
};

const struct cmd_entry cmd_meeting_list_entry = {
	.group = "meeting",
	.name = "list",
	.synopsis = "[--year YYYY]",
	.summary = N_("list meetings, optionally of one year"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"year", 'y', true}},
	.exec = exec_list,
};

const struct cmd_entry cmd_meeting_open_entry = {
	.group = "meeting",
	.name = "open",
	.synopsis = "MEETING",
	.summary = N_("open a meeting (only one can be open)"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_open,
};

const struct cmd_entry cmd_meeting_close_entry = {
	.group = "meeting",
	.name = "close",
	.synopsis = "MEETING [--at TIME]",
	.summary = N_("close the open meeting (default: now, or its last event when "
		"closing afterwards)"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"at", 0, true}},
	.exec = exec_close,
};

const struct cmd_entry cmd_meeting_approve_entry = {
	.group = "meeting",
	.name = "approve",
	.synopsis = "MEETING [--on YYYY-MM-DD]",
	.summary = N_("record that a closed meeting's minutes were approved (default "
		"today); its record is final then"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"on", 0, true}},
	.exec = exec_approve,
};
