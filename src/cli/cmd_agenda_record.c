/*
 * cmd_agenda_record.c — `notulist agenda note|decide|defer`: what is said
 * and decided about an agenda item, and moving it to the next meeting.
 *
 * `agenda note MEETING POS TEXT` adds a line to the notes; without TEXT the
 * user's editor opens on all the notes and the saved file replaces them
 * (src/ui/record_edit.h: the same flow as the board's).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "cli.h"
#include "cli_record.h"
#include "editor.h"
#include "i18n.h"
#include "record_edit.h"
#include "record_rules.h"
#include "text_block.h"
#include "text_show.h"

static void print_lines_added(const struct meeting *meeting,
			      const struct agenda_item *item)
{
	int lines = text_block_lines(item->notes);
	printf(ngettext("Added a note to item %d of meeting %lld (%d line)\n",
			"Added a note to item %d of meeting %lld (%d lines)\n",
			(unsigned long)lines),
	       item->position, (long long)meeting->id, lines);
}

static void print_saved(const struct meeting *meeting,
			const struct agenda_item *item)
{
	int lines = text_block_lines(item->notes);
	if (!lines)
		printf(_("Cleared the notes of item %d of meeting %lld\n"),
		       item->position, (long long)meeting->id);
	else
		printf(ngettext("Saved the notes of item %d of meeting %lld "
				"(%d line)\n",
				"Saved the notes of item %d of meeting %lld "
				"(%d lines)\n", (unsigned long)lines),
		       item->position, (long long)meeting->id, lines);
}

static int edit_notes(struct cli *cli, struct store *store,
		      const struct meeting *meeting, struct agenda_item *item)
{
	struct nl_error err;
	nl_error_clear(&err);
	switch (record_edit(store, RECORD_NOTES, editor_edit, item, &err)) {
	case RECORD_EDIT_FAILED:
		return cli_report(cli, &err);
	case RECORD_EDIT_UNCHANGED:
		printf(_("The notes of item %d of meeting %lld are unchanged\n"),
		       item->position, (long long)meeting->id);
		break;
	case RECORD_EDIT_SAVED:
		print_saved(meeting, item);
		break;
	}
	return EXIT_OK;
}

static int exec_note(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item item;
	nl_error_clear(&err);
	struct store *store = cli_agenda_item(cli, args, &meeting, &item, &err);
	if (!store)
		return cli_report(cli, &err);
	if (args->n_args < 3)
		return edit_notes(cli, store, &meeting, &item);
	if (agenda_append_note(store, item.id, args->arg[2], &item, &err) !=
	    NL_OK)
		return cli_report(cli, &err);
	print_lines_added(&meeting, &item);
	return EXIT_OK;
}

static bool read_votes(const struct cmd_args *args,
		       struct agenda_votes *votes, struct nl_error *err)
{
	const char *text = cli_opt(args, "votes");
	votes->counted = false;
	if (!text || agenda_votes_parse(text, votes))
		return true;
	nl_fail(err, NL_ERR_USAGE,
		_("--votes \"%s\" is not FOR-AGAINST-ABSTAIN (such as 9-2-1)"),
		QUOTED(text));
	return false;
}

static int exec_decide(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item item;
	struct agenda_votes votes;
	nl_error_clear(&err);
	if (!read_votes(args, &votes, &err))
		return cli_report(cli, &err);
	struct store *store = cli_agenda_item(cli, args, &meeting, &item, &err);
	if (!store || agenda_decide(store, item.id, args->arg[2],
				    votes.counted ? &votes : NULL,
				    cli_now(cli), &item, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Recorded the decision on item %d of meeting %lld: %s\n"),
	       item.position, (long long)meeting.id, cli_show(item.title));
	if (item.decided_without_quorum)
		printf("%s\n", _("The meeting did not have its quorum when it "
				 "was taken: the minutes say so"));
	return EXIT_OK;
}

static int exec_defer(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting meeting;
	struct agenda_item item;
	struct agenda_deferral deferral, *d = &deferral;
	char when[NL_DATE_LEN];
	nl_error_clear(&err);
	struct store *store = cli_agenda_item(cli, args, &meeting, &item, &err);
	if (!store || agenda_defer(store, item.id, cli_now(cli), d, &err) !=
			      NL_OK)
		return cli_report(cli, &err);
	if (d->moved) {
		nl_format_date(d->item.moved_to_date, when);
		printf(_("Deferred item %d of meeting %lld: %s; it is item %d "
			 "of meeting %lld (%s) now\n"),
		       d->item.position, (long long)meeting.id,
		       cli_show(d->item.title), d->copy.position, (long long)d->copy.meeting_id, when);
	} else {
		printf(_("Deferred item %d of meeting %lld: %s; no later "
			 "meeting is planned yet: plan one and defer it again "
			 "to move it there\n"),
		       d->item.position, (long long)meeting.id,
		       cli_show(d->item.title));
	}
	return EXIT_OK;
}

const struct cmd_entry cmd_agenda_note_entry = {
	.group = "agenda",
	.name = "note",
	.synopsis = "MEETING POS [TEXT]",
	.summary = N_("add a line to an item's notes; without TEXT edit all its notes "
		"in $VISUAL or $EDITOR (default vi)"),
	.min_args = 2,
	.max_args = 3,
	.exec = exec_note,
};

const struct cmd_entry cmd_agenda_decide_entry = {
	.group = "agenda",
	.name = "decide",
	.synopsis = "MEETING POS TEXT [--votes FOR-AGAINST-ABSTAIN]",
	.summary = N_("record the decision on an item (marks it discussed), with "
		"whether the quorum was met and, optionally, the votes"),
	.min_args = 3,
	.max_args = 3,
	.options = {{"votes", 0, true}},
	.exec = exec_decide,
};

const struct cmd_entry cmd_agenda_defer_entry = {
	.group = "agenda",
	.name = "defer",
	.synopsis = "MEETING POS",
	.summary = N_("defer an item: it goes to the end of the next meeting's agenda"),
	.min_args = 2,
	.max_args = 2,
	.exec = exec_defer,
};
