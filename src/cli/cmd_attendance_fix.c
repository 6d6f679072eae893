/*
 * cmd_attendance_fix.c — `notulist attendance list|strike|retime|clear`:
 * seeing a meeting's attendance log and correcting one mistake in it
 * without undoing what came after.  The corrections themselves live in
 * core (attendance_strike and friends); this file reads arguments and
 * prints what happened.
 */
#include <stdio.h>
#include <stdlib.h>

#include "attendance.h"
#include "cli.h"
#include "cli_report.h"
#include "i18n.h"
#include "meetings.h"
#include "members.h"
#include "store.h"
#include "text.h"

static bool read_event_id(const char *text, int64_t *id,
			  struct nl_error *err)
{
	if (parse_id(text, id))
		return true;
	nl_fail(err, NL_ERR_INVALID,
		_("\"%s\" is not an event id (see notulist attendance list "
		  "MEETING)"), text);
	return false;
}

/* "in force, moved from 19:05", "struck at 20:14 (event 23)" … */
static void format_state(const struct att_entry *e, bool all, char *out,
			 size_t size)
{
	char a[NL_HHMM_LEN], b[NL_HHMM_LEN];
	switch (e->state) {
	case ATT_ENTRY_IN_FORCE:
		if (!e->moved_by) {
			snprintf(out, size, "%s", _("in force"));
			break;
		}
		nl_format_hhmm(e->entered_at, a);
		nl_format_hhmm(e->moved_at, b);
		if (all)
			snprintf(out, size,
				 _("in force, moved from %s at %s (event %lld)"),
				 a, b, (long long)e->moved_by);
		else
			snprintf(out, size, _("in force, moved from %s"), a);
		break;
	case ATT_ENTRY_VOID:
		snprintf(out, size, "%s",
			 _("does not count (in and out within a minute)"));
		break;
	case ATT_ENTRY_STRUCK:
		nl_format_hhmm(e->ended_at, b);
		snprintf(out, size, _("struck at %s (event %lld)"), b,
			 (long long)e->ended_by);
		break;
	case ATT_ENTRY_UNDONE:
		nl_format_hhmm(e->ended_at, b);
		snprintf(out, size, _("undone at %s (event %lld)"), b,
			 (long long)e->ended_by);
		break;
	case ATT_ENTRY_CORRECTION:
		nl_format_hhmm(e->entered_at, a);
		if (e->kind == ATT_RETIME)
			snprintf(out, size, _("moves event %lld to %s"),
				 (long long)e->target, a);
		else if (e->kind == ATT_STRIKE)
			snprintf(out, size, _("strikes event %lld"),
				 (long long)e->target);
		else
			snprintf(out, size, _("undoes event %lld"),
				 (long long)e->target);
		break;
	case ATT_ENTRY_NO_EFFECT:
		snprintf(out, size, "%s", _("had no effect"));
		break;
	}
}

static void print_entries(const struct att_entry *all_rows, size_t n,
			  bool all)
{
	int kind_cols = text_display_width(_("KIND")), name_cols = 0;
	for (size_t i = 0; i < n; i++) {
		int k = text_display_width(att_kind_label(all_rows[i].kind));
		int w = text_display_width(all_rows[i].person);
		kind_cols = k > kind_cols ? k : kind_cols;
		name_cols = w > name_cols ? w : name_cols;
	}
	if (text_display_width(_("PERSON")) > name_cols)
		name_cols = text_display_width(_("PERSON"));
	printf("%-6s %-5s ", "ID", _("TIME"));
	cli_print_padded(stdout, _("PERSON"), name_cols);
	fputc(' ', stdout);
	cli_print_padded(stdout, _("KIND"), kind_cols);
	printf(" %s\n", _("STATE"));
	for (size_t i = 0; i < n; i++) {
		const struct att_entry *e = &all_rows[i];
		char hhmm[NL_HHMM_LEN], state[256];
		nl_format_hhmm(e->at, hhmm);
		format_state(e, all, state, sizeof state);
		printf("%-6lld %-5s ", (long long)e->id, hhmm);
		cli_print_padded(stdout, e->person, name_cols);
		fputc(' ', stdout);
		cli_print_padded(stdout, att_kind_label(e->kind), kind_cols);
		printf(" %s\n", state);
	}
}

static int exec_list(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting m;
	struct person p = {0};
	struct att_entry *rows;
	size_t n;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK ||
	    (args->n_args > 1 &&
	     member_resolve(store, args->arg[1], &p, &err) != NL_OK) ||
	    attendance_entries(store, m.id, p.id, cli_flag(args, "all"), &rows,
			       &n, &err) != NL_OK)
		return cli_report(cli, &err);
	if (n == 0)
		printf(_("Nothing recorded at meeting %lld\n"), (long long)m.id);
	else
		print_entries(rows, n, cli_flag(args, "all"));
	free(rows);
	return EXIT_OK;
}

static int exec_strike(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct att_outcome out;
	int64_t id;
	char hhmm[NL_HHMM_LEN];
	nl_error_clear(&err);
	if (!read_event_id(args->arg[0], &id, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store ||
	    attendance_strike(store, id, cli_now(cli), &out, &err) != NL_OK)
		return cli_report(cli, &err);
	nl_format_hhmm(out.corrected_at, hhmm);
	/* TRANSLATORS: "Struck event 41: check-out of Ans Bakker at 19:25". */
	printf(_("Struck event %lld: %s of %s at %s\n"), (long long)id,
	       att_kind_label(out.corrected_kind), cli_show(out.person.name), hhmm);
	report_quorum_line(stdout, out.after);
	return EXIT_OK;
}

static int exec_retime(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct att_outcome out;
	struct meeting m;
	int64_t id;
	nl_time at;
	char from[NL_HHMM_LEN], to[NL_HHMM_LEN];
	nl_error_clear(&err);
	if (!read_event_id(args->arg[0], &id, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || attendance_event_meeting(store, id, &m, &err) != NL_OK ||
	    meeting_time_read(&m, NULL, args->arg[1], &at, &err) != NL_OK ||
	    attendance_retime(store, id, at, cli_now(cli), &out, &err) != NL_OK)
		return cli_report(cli, &err);
	nl_format_hhmm(out.corrected_at, from);
	nl_format_hhmm(out.at, to);
	/* TRANSLATORS: "Moved event 41 (check-out of Ans Bakker) from 19:25
	 * to 19:40". */
	printf(_("Moved event %lld (%s of %s) from %s to %s\n"), (long long)id,
	       att_kind_label(out.corrected_kind), cli_show(out.person.name), from, to);
	report_quorum_line(stdout, out.after);
	return EXIT_OK;
}

static int exec_clear(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct att_outcome out;
	struct meeting m;
	struct person p;
	bool excuse = cli_flag(args, "excuse");
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK ||
	    member_resolve(store, args->arg[1], &p, &err) != NL_OK ||
	    attendance_clear(store, m.id, p.id, excuse, cli_now(cli), &out,
			     &err) != NL_OK)
		return cli_report(cli, &err);
	char line[1024];
	attendance_clear_describe(&out, m.id, excuse, line, sizeof line);
	printf("%s\n", cli_show(line));
	report_quorum_line(stdout, out.after);
	return EXIT_OK;
}

const struct cmd_entry cmd_attendance_list_entry = {
	.group = "attendance",
	.name = "list",
	.synopsis = "MEETING [PERSON] [--all]",
	.summary = N_("list a meeting's attendance events with their ids; --all "
		"also struck, undone and moved ones"),
	.min_args = 1,
	.max_args = 2,
	.options = {{"all", 'a', false}},
	.exec = exec_list,
};

const struct cmd_entry cmd_attendance_strike_entry = {
	.group = "attendance",
	.name = "strike",
	.synopsis = "EVENT",
	.summary = N_("take one attendance event out of force, leaving later "
		"ones alone"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_strike,
};

const struct cmd_entry cmd_attendance_retime_entry = {
	.group = "attendance",
	.name = "retime",
	.synopsis = "EVENT TIME",
	.summary = N_("move one attendance event to another time (HH:MM or "
		"YYYY-MM-DDTHH:MM)"),
	.min_args = 2,
	.max_args = 2,
	.exec = exec_retime,
};

const struct cmd_entry cmd_attendance_clear_entry = {
	.group = "attendance",
	.name = "clear",
	.synopsis = "MEETING PERSON [--excuse]",
	.summary = N_("strike all of a person's events at a meeting (checked in "
		"the wrong person); --excuse records them as excused"),
	.min_args = 2,
	.max_args = 2,
	.options = {{"excuse", 0, false}},
	.exec = exec_clear,
};
