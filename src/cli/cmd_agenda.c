/*
 * cmd_agenda.c — `notulist agenda add|list|show|edit|move|remove|current|
 * status`: building and ordering a meeting's agenda.  What is said about
 * an item (notes, decision) and deferral are in cmd_agenda_record.c.
 * An item is named by its meeting and position: "agenda show 3 2".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "cli.h"
#include "cli_record.h"
#include "i18n.h"
#include "meetings.h"
#include "text_show.h"

static bool parse_topic(const char *text, enum agenda_topic *topic,
			struct nl_error *err)
{
	if (agenda_topic_parse(text, topic))
		return true;
	nl_fail(err, NL_ERR_USAGE,
		_("unknown topic \"%s\" (letters, treatment, agreements, "
		  "other)"), QUOTED(text));
	return false;
}

static int exec_add(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item item;
	struct agenda_input in = {args->arg[1], TOPIC_OTHER, cli_opt(args, "by")};
	const char *topic = cli_opt(args, "topic");
	nl_error_clear(&err);
	if (topic && !parse_topic(topic, &in.topic, &err))
		return cli_report(cli, &err);
	struct store *store = cli_meeting(cli, args, &meeting, &err);
	if (!store || agenda_add(store, meeting.id, &in, cli_now(cli), &item,
				 &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Added item %d to the agenda of meeting %lld: %s\n"),
	       item.position, (long long)meeting.id, cli_show(item.title));
	return EXIT_OK;
}

/* The title, with where a carried item came from or went to. */
static void print_title(const struct agenda_item *item)
{
	char where[64];
	fputs(cli_show(item->title), stdout);
	if (item->from_item_id) {
		cli_format_origin(item->from_date, item->from_position, where,
				  sizeof where);
		printf(_(" (from %s)"), where);
	}
	if (item->moved_to_meeting_id) {
		cli_format_origin(item->moved_to_date, item->moved_to_position,
				  where, sizeof where);
		printf(_(" (to %s)"), where);
	}
	putchar('\n');
}

static int exec_list(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item *items;
	size_t n;
	bool any_current = false;
	nl_error_clear(&err);
	struct store *store = cli_meeting(cli, args, &meeting, &err);
	if (!store || agenda_list(store, meeting.id, &items, &n, &err) != NL_OK)
		return cli_report(cli, &err);
	cli_print_cell(stdout, _("POS"), 4);
	cli_print_cell(stdout, _("STATUS"), 10);
	cli_print_cell(stdout, _("TOPIC"), 21);
	cli_print_cell(stdout, _("PUT FORWARD BY"), 20);
	printf("%s\n", _("TITLE"));
	for (size_t i = 0; i < n; i++) {
		const struct agenda_item *it = &items[i];
		char pos[16];
		snprintf(pos, sizeof pos, "%d%s", it->position,
			 it->current ? "*" : "");
		any_current |= it->current;
		cli_print_cell(stdout, pos, 4);
		cli_print_cell(stdout, agenda_status_label(it->status), 10);
		cli_print_cell(stdout, agenda_topic_label(it->topic), 21);
		cli_print_cell(stdout, it->submitted_by_id ? it->submitted_by
							  : "-", 20);
		print_title(it);
	}
	if (any_current)
		printf("%s\n", _("(* = current item)"));
	free(items);
	return EXIT_OK;
}

/* Each line of a text block, indented under its heading. */
static void print_block(const char *heading, const char *text)
{
	text = cli_show_lines(text);
	printf("%s\n", heading);
	for (const char *line = text; *line;) {
		size_t len = strcspn(line, "\n");
		printf("%s%.*s\n", len ? "  " : "", (int)len, line);
		line += len + (line[len] == '\n');
	}
}

static void print_links(const struct agenda_item *item)
{
	char where[64];
	if (item->from_item_id) {
		cli_format_origin(item->from_date, item->from_position, where,
				  sizeof where);
		printf(_("Carried over from: %s\n"), where);
	}
	if (item->moved_to_meeting_id) {
		cli_format_origin(item->moved_to_date, item->moved_to_position,
				  where, sizeof where);
		printf(_("Moved to: %s\n"), where);
	}
}

/* The decision, and when known how it was taken. */
static void print_decision(const struct agenda_item *item)
{
	char votes[128];
	print_block(item->decided_without_quorum
			    ? _("Decision (taken without quorum):")
			    : _("Decision:"),
		    item->decision);
	if (item->votes.counted) {
		agenda_votes_format(&item->votes, votes, sizeof votes);
		printf(_("Votes: %s\n"), votes);
	}
}

static int exec_show(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item item;
	char what[NL_PLACE_SIZE + 64];
	nl_error_clear(&err);
	if (!cli_agenda_item(cli, args, &meeting, &item, &err))
		return cli_report(cli, &err);
	meeting_describe(&meeting, what, sizeof what);
	printf(_("Item %d of meeting %s: %s\n"), item.position, what,
	       cli_show(item.title));
	printf(_("Topic: %s\n"), agenda_topic_label(item.topic));
	if (item.submitted_by_id)
		printf(_("Put forward by: %s (%s)\n"),
		       cli_show(item.submitted_by),
		       role_label(item.submitter_role));
	printf(_("Status: %s%s\n"), agenda_status_label(item.status),
	       item.current ? _(" (current item)") : "");
	print_links(&item);
	if (item.notes[0])
		print_block(_("Notes:"), item.notes);
	if (item.decision[0])
		print_decision(&item);
	return EXIT_OK;
}

static int exec_edit(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item item;
	enum agenda_topic topic;
	const char *topic_text = cli_opt(args, "topic");
	struct agenda_edit edit = {cli_opt(args, "title"), NULL,
				   cli_opt(args, "by")};
	nl_error_clear(&err);
	if (!edit.title && !topic_text && !edit.submitted_by)
		return cli_usage_error(args->entry, "%s",
				       _("nothing to change; give --title, "
					 "--topic or --by"));
	if (topic_text) {
		if (!parse_topic(topic_text, &topic, &err))
			return cli_report(cli, &err);
		edit.topic = &topic;
	}
	struct store *store = cli_agenda_item(cli, args, &meeting, &item, &err);
	if (!store || agenda_edit(store, item.id, &edit, &item, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Changed item %d of meeting %lld: %s\n"), item.position,
	       (long long)meeting.id, cli_show(item.title));
	return EXIT_OK;
}

static int exec_move(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item item;
	int to;
	nl_error_clear(&err);
	if (!cli_parse_position(args->arg[2], &to, &err))
		return cli_report(cli, &err);
	struct store *store = cli_agenda_item(cli, args, &meeting, &item, &err);
	if (!store)
		return cli_report(cli, &err);
	int from = item.position;
	if (agenda_move(store, item.id, to, &item, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Moved item %d of meeting %lld to position %d: %s\n"), from,
	       (long long)meeting.id, item.position, cli_show(item.title));
	return EXIT_OK;
}

static int exec_remove(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item item;
	nl_error_clear(&err);
	struct store *store = cli_agenda_item(cli, args, &meeting, &item, &err);
	if (!store || agenda_remove(store, item.id, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Removed item %d from the agenda of meeting %lld: %s\n"),
	       item.position, (long long)meeting.id, cli_show(item.title));
	return EXIT_OK;
}

static int show_current(struct cli *cli, struct store *store,
			const struct meeting *meeting)
{
	struct nl_error err;
	struct agenda_item item;
	bool found;
	nl_error_clear(&err);
	if (agenda_find_current(store, meeting->id, &item, &found, &err) !=
	    NL_OK)
		return cli_report(cli, &err);
	if (found)
		printf(_("Current item of meeting %lld: %d. %s\n"),
		       (long long)meeting->id, item.position,
		       cli_show(item.title));
	else
		printf(_("Meeting %lld has no current item\n"),
		       (long long)meeting->id);
	return EXIT_OK;
}

static int exec_current(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item item;
	bool clear = cli_flag(args, "clear");
	nl_error_clear(&err);
	if (clear && args->n_args > 1)
		return cli_usage_error(args->entry, "%s",
				       _("give a position or --clear, not both"));
	if (args->n_args < 2) {
		struct store *store = cli_meeting(cli, args, &meeting, &err);
		if (!store)
			return cli_report(cli, &err);
		if (!clear)
			return show_current(cli, store, &meeting);
		if (agenda_set_current(store, meeting.id, 0, &err) != NL_OK)
			return cli_report(cli, &err);
		printf(_("Meeting %lld has no current item now\n"),
		       (long long)meeting.id);
		return EXIT_OK;
	}
	struct store *store = cli_agenda_item(cli, args, &meeting, &item, &err);
	if (!store || agenda_set_current(store, meeting.id, item.id, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Current item of meeting %lld: %d. %s\n"),
	       (long long)meeting.id, item.position, cli_show(item.title));
	return EXIT_OK;
}

static int exec_status(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item item;
	enum agenda_status status;
	nl_error_clear(&err);
	if (!agenda_status_parse(args->arg[2], &status)) {
		nl_fail(&err, NL_ERR_INVALID,
			_("unknown status \"%s\" (planned, discussed)"),
			QUOTED(args->arg[2]));
		return cli_report(cli, &err);
	}
	if (status == AGENDA_DEFERRED) {
		nl_fail(&err, NL_ERR_INVALID, "%s",
			_("to defer an item use: notulist agenda defer "
			  "MEETING POS"));
		return cli_report(cli, &err);
	}
	struct store *store = cli_agenda_item(cli, args, &meeting, &item, &err);
	if (!store ||
	    agenda_set_status(store, item.id, status, &item, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Item %d of meeting %lld is %s: %s\n"), item.position,
	       (long long)meeting.id, agenda_status_label(item.status),
	       cli_show(item.title));
	return EXIT_OK;
}

const struct cmd_entry cmd_agenda_add_entry = {
	.group = "agenda",
	.name = "add",
	.synopsis = "MEETING TITLE [--topic letters|treatment|agreements|other] "
		"[--by PERSON]",
	.summary = N_("add an item at the end of a meeting's agenda (topic default: "
		"other; --by: who put it forward)"),
	.min_args = 2,
	.max_args = 2,
	.options = {{"topic", 't', true}, {"by", 'b', true}},
	.exec = exec_add,
};

const struct cmd_entry cmd_agenda_list_entry = {
	.group = "agenda",
	.name = "list",
	.synopsis = "MEETING",
	.summary = N_("list a meeting's agenda (* marks the current item)"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_list,
};

const struct cmd_entry cmd_agenda_show_entry = {
	.group = "agenda",
	.name = "show",
	.synopsis = "MEETING POS",
	.summary = N_("show one agenda item with its notes and decision"),
	.min_args = 2,
	.max_args = 2,
	.exec = exec_show,
};

const struct cmd_entry cmd_agenda_edit_entry = {
	.group = "agenda",
	.name = "edit",
	.synopsis = "MEETING POS [--title T] [--topic letters|treatment|agreements|other] "
		"[--by PERSON]",
	.summary = N_("change an item's title, topic or who put it forward (--by \"\": "
		"nobody)"),
	.min_args = 2,
	.max_args = 2,
	.options = {{"title", 0, true}, {"topic", 't', true}, {"by", 'b', true}},
	.exec = exec_edit,
};

const struct cmd_entry cmd_agenda_move_entry = {
	.group = "agenda",
	.name = "move",
	.synopsis = "MEETING POS NEWPOS",
	.summary = N_("move an item to another position; the others close up"),
	.min_args = 3,
	.max_args = 3,
	.exec = exec_move,
};

const struct cmd_entry cmd_agenda_remove_entry = {
	.group = "agenda",
	.name = "remove",
	.synopsis = "MEETING POS",
	.summary = N_("remove an item from the agenda"),
	.min_args = 2,
	.max_args = 2,
	.exec = exec_remove,
};

const struct cmd_entry cmd_agenda_current_entry = {
	.group = "agenda",
	.name = "current",
	.synopsis = "MEETING [POS] [--clear]",
	.summary = N_("mark the item under discussion (the board shows it); without POS "
		"show it"),
	.min_args = 1,
	.max_args = 2,
	.options = {{"clear", 0, false}},
	.exec = exec_current,
};

const struct cmd_entry cmd_agenda_status_entry = {
	.group = "agenda",
	.name = "status",
	.synopsis = "MEETING POS planned|discussed",
	.summary = N_("mark an item planned or discussed"),
	.min_args = 3,
	.max_args = 3,
	.exec = exec_status,
};
