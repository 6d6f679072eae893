/*
 * cmd_meeting_edit.c — `notulist meeting edit|cancel|remove`: correcting a
 * meeting's plan (core: meeting_edit.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "i18n.h"
#include "meetings.h"

static bool read_changes(const struct cmd_args *args,
			 struct meeting_changes *ch, struct nl_date *date,
			 struct nl_error *err)
{
	const char *text;
	*ch = (struct meeting_changes){.start_minute = -2};
	ch->location = cli_opt(args, "location");
	ch->chair = cli_opt(args, "chair");
	if ((text = cli_opt(args, "date"))) {
		if (!nl_parse_date(text, date)) {
			nl_fail(err, NL_ERR_INVALID,
				_("--date \"%s\" is not a date YYYY-MM-DD"),
				text);
			return false;
		}
		ch->date = date;
	}
	if ((text = cli_opt(args, "time"))) {
		if (!*text) {
			ch->start_minute = -1;
		} else if (!nl_parse_hhmm(text, &ch->start_minute)) {
			nl_fail(err, NL_ERR_INVALID,
				_("\"%s\" is not a time HH:MM (00:00-23:59)"),
				text);
			return false;
		}
	}
	if ((text = cli_opt(args, "quorum"))) {
		char *end;
		errno = 0;
		long v = strtol(text, &end, 10);
		if (errno || end == text || *end || v < 1 || v > 1000) {
			nl_fail(err, NL_ERR_INVALID,
				_("--quorum \"%s\" is not a number from 1 to "
				  "1000"), text);
			return false;
		}
		ch->quorum_min = (int)v;
	}
	return true;
}

static int exec_edit(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting_changes ch;
	struct nl_date date;
	struct meeting m;
	char what[NL_PLACE_SIZE + 64];
	nl_error_clear(&err);
	if (!read_changes(args, &ch, &date, &err))
		return cli_report(cli, &err);
	if (!ch.date && ch.start_minute == -2 && !ch.location && !ch.chair &&
	    !ch.quorum_min)
		return cli_usage_error(args->entry, "%s",
				       _("give what to change: --date, --time, "
					 "--location, --chair or --quorum"));
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK ||
	    meeting_edit(store, m.id, &ch, cli_now(cli), &m, &err) != NL_OK)
		return cli_report(cli, &err);
	meeting_describe(&m, what, sizeof what);
	printf(_("Changed meeting %s, quorum %d%s%s\n"), what, m.quorum_min,
	       m.chair[0] ? _(", chair ") : "", m.chair);
	return EXIT_OK;
}

static int exec_cancel(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting m;
	char what[NL_PLACE_SIZE + 64];
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK ||
	    meeting_cancel(store, m.id, cli_now(cli), &m, &err) != NL_OK)
		return cli_report(cli, &err);
	meeting_describe(&m, what, sizeof what);
	printf(_("Cancelled meeting %s: it did not take place\n"), what);
	return EXIT_OK;
}

static int exec_remove(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting m;
	char what[NL_PLACE_SIZE + 64];
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK ||
	    meeting_remove(store, m.id, &m, &err) != NL_OK)
		return cli_report(cli, &err);
	meeting_describe(&m, what, sizeof what);
	printf(_("Removed meeting %s\n"), what);
	return EXIT_OK;
}

const struct cmd_entry cmd_meeting_edit_entry = {
	.group = "meeting",
	.name = "edit",
	.synopsis = "MEETING [--date YYYY-MM-DD] [--time HH:MM] [--location L] "
		"[--chair PERSON] [--quorum N]",
	.summary = N_("change a meeting's plan (the date only while nothing is "
		"recorded; nothing once approved)"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"date", 0, true}, {"time", 0, true},
		    {"location", 'l', true}, {"chair", 0, true},
		    {"quorum", 'q', true}},
	.exec = exec_edit,
};

const struct cmd_entry cmd_meeting_cancel_entry = {
	.group = "meeting",
	.name = "cancel",
	.synopsis = "MEETING",
	.summary = N_("mark a meeting that did not take place as cancelled: not "
		"held, nobody expected"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_cancel,
};

const struct cmd_entry cmd_meeting_remove_entry = {
	.group = "meeting",
	.name = "remove",
	.synopsis = "MEETING",
	.summary = N_("delete a meeting entered by mistake (only with nothing "
		"recorded for it)"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_remove,
};
