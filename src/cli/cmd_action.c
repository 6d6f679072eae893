/*
 * cmd_action.c — `notulist action add|list|edit|remove|done|drop|reopen`:
 * the action items agreed at meetings.  Lists judge on today (ALERT says OVERDUE);
 * with --meeting a list shows what that meeting's list holds: its own
 * actions ("new") and those carried over from earlier meetings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "cli.h"
#include "cli_record.h"
#include "i18n.h"
#include "meetings.h"
#include "record_rules.h"
#include "text.h"

static int exec_add(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct action_item added;
	struct action_input in = {args->arg[1], cli_opt(args, "owner"),
				  {0, 0, 0}, 0};
	const char *item = cli_opt(args, "item");
	nl_error_clear(&err);
	bool ok = cli_parse_date_option(args, "due", &in.due, &err);
	if (ok && item && !cli_parse_position(item, &in.agenda_position, &err))
		ok = cli_option_failed(&err); /* --item x */
	if (!ok)
		return cli_report(cli, &err);
	struct store *store = cli_meeting(cli, args, &meeting, &err);
	if (!store || action_add(store, meeting.id, &in, cli_now(cli), &added,
				 &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Added action %lld to meeting %lld: %s\n"), (long long)added.id,
	       (long long)meeting.id, cli_show(added.description));
	return EXIT_OK;
}

/* At least 8 columns, more when a status label in the message language is
 * longer ("vervallen"), so no label is cut. */
static int status_cols(void)
{
	int cols = 8;
	for (int s = ACTION_OPEN; s <= ACTION_DROPPED; s++) {
		int w = text_display_width(
			action_status_label((enum action_status)s));
		cols = w > cols ? w : cols;
	}
	return cols;
}

/* At least 8, so English output keeps its columns; wider when the
 * language's word for OVERDUE is longer ("ACHTERSTALLIG"). */
static int alert_cols(void)
{
	int cols = 8, w = text_display_width(_("OVERDUE"));
	cols = w > cols ? w : cols;
	w = text_display_width(_("ALERT"));
	return w > cols ? w : cols;
}

static void print_header(void)
{
	cli_print_cell(stdout, "ID", 5);
	cli_print_cell(stdout, _("STATUS"), status_cols());
	cli_print_cell(stdout, _("DUE"), 10);
	cli_print_cell(stdout, _("ALERT"), alert_cols());
	cli_print_cell(stdout, _("OWNER"), 20);
	cli_print_cell(stdout, _("ORIGIN"), 20);
	printf("%s\n", _("ACTION"));
}

/* "new", "from 2026-01-12 #1" in a meeting's list; else the origin. */
static void origin_text(const struct action_item *a,
			const struct meeting_key *listed_at, char *out,
			size_t size)
{
	char where[64];
	cli_format_origin(a->origin.date, a->agenda_position, where,
			  sizeof where);
	if (!listed_at)
		snprintf(out, size, "%s", where);
	else if (action_place_in(a, listed_at) == ACTION_NEW)
		snprintf(out, size, "%s", _("new"));
	else
		snprintf(out, size, _("from %s"), where);
}

static void print_action(const struct action_item *a, struct nl_date today,
			 const struct meeting_key *listed_at)
{
	char id[24], due[NL_DATE_LEN], origin[96];
	snprintf(id, sizeof id, "%lld", (long long)a->id);
	cli_format_date_or_dash(a->due, due);
	origin_text(a, listed_at, origin, sizeof origin);
	cli_print_cell(stdout, id, 5);
	cli_print_cell(stdout, action_status_label(a->status), status_cols());
	cli_print_cell(stdout, due, 10);
	cli_print_cell(stdout, action_overdue_on(a, today) ? _("OVERDUE") : "-",
		       alert_cols());
	cli_print_cell(stdout, a->owner[0] ? a->owner : "-", 20);
	cli_print_cell(stdout, origin, 20);
	printf("%s\n", cli_show(a->description));
}

static int exec_list(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct action_item *all;
	size_t n;
	bool open_only = cli_flag(args, "open");
	const char *meeting_ref = cli_opt(args, "meeting");
	struct meeting_key key, *listed_at = NULL;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store)
		return cli_report(cli, &err);
	enum nl_status status;
	if (meeting_ref) {
		status = meeting_resolve(store, meeting_ref, &meeting, &err);
		if (status == NL_ERR_INVALID) /* --meeting abc */
			cli_option_failed(&err);
		if (status == NL_OK)
			status = action_list_for_meeting(store, meeting.id,
							 &all, &n, &err);
		key = meeting_key_of(&meeting);
		listed_at = &key;
	} else {
		status = action_list(store, open_only, &all, &n, &err);
	}
	if (status != NL_OK)
		return cli_report(cli, &err);
	struct nl_date today = nl_time_date(cli_now(cli));
	print_header();
	for (size_t i = 0; i < n; i++)
		if (!open_only || all[i].status == ACTION_OPEN)
			print_action(&all[i], today, listed_at);
	free(all);
	return EXIT_OK;
}

/* "" or "-" takes a value away (--due -, --item -). */
static bool says_none(const char *text)
{
	return text && (!*text || strcmp(text, "-") == 0);
}

/* The due date and item of `action edit`, NULL in edit when not given. */
static bool read_edit_options(const struct cmd_args *args,
			      struct action_edit *edit, struct nl_date *due,
			      int *position, struct nl_error *err)
{
	const char *due_text = cli_opt(args, "due"),
		   *item = cli_opt(args, "item");
	memset(due, 0, sizeof *due);
	*position = 0;
	if (due_text && !says_none(due_text) &&
	    !cli_parse_date_option(args, "due", due, err))
		return false;
	if (item && !says_none(item) &&
	    !cli_parse_position(item, position, err))
		return cli_option_failed(err); /* --item x */
	edit->due = due_text ? due : NULL;
	edit->agenda_position = item ? position : NULL;
	return true;
}

static int exec_edit(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct action_item a;
	struct nl_date due;
	int position;
	int64_t id;
	struct action_edit edit = {cli_opt(args, "text"), cli_opt(args, "owner"),
				   NULL, NULL};
	nl_error_clear(&err);
	if (!cli_parse_record_id(args->arg[0], &id, &err) ||
	    !read_edit_options(args, &edit, &due, &position, &err))
		return cli_report(cli, &err);
	if (!edit.description && !edit.owner && !edit.due &&
	    !edit.agenda_position)
		return cli_usage_error(args->entry, "%s",
				       _("say what to change: --text, --owner, "
					 "--due or --item"));
	struct store *store = cli_store(cli, &err);
	if (!store || action_edit(store, id, &edit, &a, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Changed action %lld: %s\n"), (long long)a.id,
	       cli_show(a.description));
	return EXIT_OK;
}

static int exec_remove(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct action_item a;
	int64_t id;
	nl_error_clear(&err);
	if (!cli_parse_record_id(args->arg[0], &id, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	/* The text is read first, so the message can say what went. */
	if (!store || action_get(store, id, &a, &err) != NL_OK ||
	    action_remove(store, id, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Removed action %lld: %s\n"), (long long)a.id,
	       cli_show(a.description));
	return EXIT_OK;
}

static int close_action(struct cli *cli, const struct cmd_args *args,
			enum action_status how)
{
	struct nl_error err;
	struct action_item a;
	int64_t id;
	char on[NL_DATE_LEN];
	nl_error_clear(&err);
	struct nl_date today = nl_time_date(cli_now(cli));
	if (!cli_parse_record_id(args->arg[0], &id, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || action_close(store, id, how, today, &a, &err) != NL_OK)
		return cli_report(cli, &err);
	nl_format_date(a.closed_on, on);
	printf(how == ACTION_DONE ? _("Action %lld done on %s: %s\n")
				  : _("Action %lld dropped on %s: %s\n"),
	       (long long)a.id, on, cli_show(a.description));
	return EXIT_OK;
}

static int exec_done(struct cli *cli, const struct cmd_args *args)
{
	return close_action(cli, args, ACTION_DONE);
}

static int exec_drop(struct cli *cli, const struct cmd_args *args)
{
	return close_action(cli, args, ACTION_DROPPED);
}

static int exec_reopen(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct action_item a;
	int64_t id;
	nl_error_clear(&err);
	if (!cli_parse_record_id(args->arg[0], &id, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || action_reopen(store, id, &a, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Action %lld is open again: %s\n"), (long long)a.id,
	       cli_show(a.description));
	return EXIT_OK;
}

const struct cmd_entry cmd_action_add_entry = {
	.group = "action",
	.name = "add",
	.synopsis = "MEETING TEXT [--owner O] [--due YYYY-MM-DD] [--item POS]",
	.summary = N_("add an action item agreed at a meeting (owner: a person's name or "
		"free text such as GR)"),
	.min_args = 2,
	.max_args = 2,
	.options = {{"owner", 'o', true}, {"due", 0, true}, {"item", 'i', true}},
	.exec = exec_add,
};

const struct cmd_entry cmd_action_list_entry = {
	.group = "action",
	.name = "list",
	.synopsis = "[--meeting MEETING] [--open]",
	.summary = N_("list action items; --meeting: that meeting's list, with those "
		"carried over"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"open", 0, false}, {"meeting", 'm', true}},
	.exec = exec_list,
};

const struct cmd_entry cmd_action_edit_entry = {
	.group = "action",
	.name = "edit",
	.synopsis = "ID [--text T] [--owner O] [--due YYYY-MM-DD] [--item POS]",
	.summary = N_("correct an action item (--owner \"\": nobody; --due -, "
		"--item -: none) until its meeting's minutes are approved"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"text", 't', true}, {"owner", 'o', true}, {"due", 0, true},
		    {"item", 'i', true}},
	.exec = exec_edit,
};

const struct cmd_entry cmd_action_remove_entry = {
	.group = "action",
	.name = "remove",
	.synopsis = "ID",
	.summary = N_("remove an action item entered by mistake, until its "
		"meeting's minutes are approved"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_remove,
};

const struct cmd_entry cmd_action_done_entry = {
	.group = "action",
	.name = "done",
	.synopsis = "ID",
	.summary = N_("mark an action item done (today)"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_done,
};

const struct cmd_entry cmd_action_drop_entry = {
	.group = "action",
	.name = "drop",
	.synopsis = "ID",
	.summary = N_("drop an action item that will not be done (today)"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_drop,
};

const struct cmd_entry cmd_action_reopen_entry = {
	.group = "action",
	.name = "reopen",
	.synopsis = "ID",
	.summary = N_("open a done or dropped action item again"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_reopen,
};
