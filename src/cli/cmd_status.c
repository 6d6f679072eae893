/* cmd_status.c — `notulist status [MEETING]`: quorum, balance, timeline. */
#include <stdio.h>

#include "cli.h"
#include "cli_report.h"
#include "i18n.h"
#include "meetings.h"
#include "snapshot.h"

static enum nl_status pick_meeting(struct store *store,
				   const struct cmd_args *args,
				   struct meeting *m, struct nl_error *err)
{
	bool found;
	if (args->n_args > 0)
		return meeting_resolve(store, args->arg[0], m, err);
	enum nl_status status = meeting_find_open(store, m, &found, err);
	if (status == NL_OK && !found)
		return nl_fail(err, NL_ERR_NOTFOUND,
			       _("no meeting is open; name one: notulist "
				 "status MEETING"));
	return status;
}

static int exec_status(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting m;
	struct meeting_snapshot snapshot;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || pick_meeting(store, args, &m, &err) != NL_OK ||
	    snapshot_load(store, m.id, cli_now(cli), &snapshot, &err) != NL_OK)
		return cli_report(cli, &err);
	report_status(stdout, &snapshot);
	snapshot_free(&snapshot);
	return EXIT_OK;
}

const struct cmd_entry cmd_status_entry = {
	.group = NULL,
	.name = "status",
	.synopsis = "[MEETING]",
	.summary = N_("quorum, balance and quorum timeline (default: the open meeting)"),
	.min_args = 0,
	.max_args = 1,
	.exec = exec_status,
};
