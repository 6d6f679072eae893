/*
 * cmd_member_change.c — `notulist member edit|show|move|reappoint`: a
 * member's life over the years (membership.h).  An edit is a correction
 * (every meeting, also a past one, shows the new name); a move and a
 * reappointment are dated, so earlier meetings stay as they were.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "cli_record.h"
#include "i18n.h"
#include "members.h"
#include "membership.h"

static bool parse_role_option(const struct cmd_args *args, bool *set,
			      enum role *role, struct nl_error *err)
{
	const char *text = cli_opt(args, "role");
	*set = text != NULL;
	if (!text || role_parse(text, role))
		return true;
	nl_fail(err, NL_ERR_INVALID,
		_("unknown role \"%s\" (client, representative, chair, "
		  "secretary, official, asd, guest, stand-in)"), text);
	return false;
}

static int exec_edit(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct member_changes c = {
		.name = cli_opt(args, "name"),
		.email = cli_opt(args, "email"),
		.phone = cli_opt(args, "phone"),
	};
	struct person p;
	char who[NL_NAME_SIZE * 2 + 32];
	nl_error_clear(&err);
	if (!parse_role_option(args, &c.set_role, &c.role, &err) ||
	    !cli_parse_date_option(args, "term-start", &c.term_start, &err) ||
	    !cli_parse_date_option(args, "term-end", &c.term_end, &err) ||
	    !cli_parse_yes_no_option(args, "under-27", &c.set_under_27,
				     &c.under_27, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || member_edit(store, args->arg[0], &c, cli_now(cli), &p,
				  &err) != NL_OK)
		return cli_report(cli, &err);
	person_describe(&p, who, sizeof who);
	printf(_("Changed %s as %s\n"), cli_show(who), role_label(p.role));
	return EXIT_OK;
}

static int exec_move(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct move_outcome out;
	struct nl_date from;
	char date[NL_DATE_LEN];
	nl_error_clear(&err);
	if (!cli_opt(args, "municipality"))
		return cli_usage_error(args->entry, "%s",
				       _("--municipality is required"));
	if (!cli_parse_date_option(args, "from", &from, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || member_move(store, args->arg[0],
				  cli_opt(args, "municipality"), from,
				  cli_now(cli), &out, &err) != NL_OK)
		return cli_report(cli, &err);
	nl_format_date(out.from, date);
	const char *was = out.from_municipality[0] ? out.from_municipality
						    : "-";
	if (out.correction)
		printf(_("Corrected the municipality of %s (id %lld): %s, "
			 "also at earlier meetings (was %s)\n"),
		       cli_show(out.person.name), (long long)out.person.id,
		       cli_show(out.person.municipality),
		       cli_show(was));
	else
		printf(_("Moved %s (id %lld) from %s to %s on %s; earlier "
			 "meetings count them for %s\n"),
		       cli_show(out.person.name), (long long)out.person.id,
		       cli_show(was), cli_show(out.person.municipality), date,
		       cli_show(was));
	return EXIT_OK;
}

static int exec_reappoint(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct term_outcome out;
	struct nl_date on;
	char start[NL_DATE_LEN], end[NL_DATE_LEN];
	nl_error_clear(&err);
	if (!cli_parse_date_option(args, "on", &on, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || member_reappoint(store, args->arg[0], on, cli_now(cli),
				       &out, &err) != NL_OK)
		return cli_report(cli, &err);
	nl_format_date(out.term.start, start);
	nl_format_date(out.end, end);
	printf(_("Reappointed %s (id %lld): term %d from %s to %s\n"),
	       cli_show(out.person.name), (long long)out.person.id, out.number, start,
	       end);
	return EXIT_OK;
}

/* ---- show --------------------------------------------------------------------- */

static void print_field(const char *label, const char *value)
{
	cli_print_padded(stdout, label, 16);
	printf(" %s\n", value && *value ? cli_show(value) : "-");
}

static void print_municipalities(const struct member_detail *d)
{
	char line[NL_NAME_SIZE + 64], date[NL_DATE_LEN], until[NL_DATE_LEN];
	if (d->n_periods == 0) {
		print_field(_("Municipality:"), d->person.municipality);
		return;
	}
	for (size_t i = d->n_periods; i-- > 0;) {
		const struct membership_period *p = &d->periods[i];
		const char *name = p->municipality[0] ? p->municipality : "-";
		nl_format_date(p->from, date);
		if (i + 1 < d->n_periods) {
			/* An earlier one: until the day before the next. */
			nl_format_date(nl_date_add_days(d->periods[i + 1].from,
							-1), until);
			if (p->from.year)
				snprintf(line, sizeof line,
					 _("%s from %s until %s"), name, date,
					 until);
			else
				snprintf(line, sizeof line, _("%s until %s"),
					 name, until);
		} else if (!p->from.year) {
			snprintf(line, sizeof line, "%s", name);
		} else {
			snprintf(line, sizeof line, _("%s since %s"), name,
				 date);
		}
		print_field(i + 1 == d->n_periods ? _("Municipality:")
						  : _("Before:"), line);
	}
}

static void print_terms(const struct member_detail *d)
{
	char line[128], start[NL_DATE_LEN], end[NL_DATE_LEN];
	if (d->n_terms == 0) {
		print_field(_("Term:"), NULL);
		return;
	}
	for (size_t i = d->n_terms; i-- > 0;) {
		nl_format_date(d->terms[i].start, start);
		nl_format_date(d->term_ends[i], end);
		snprintf(line, sizeof line, _("%d: %s to %s"), (int)i + 1, start,
			 end);
		print_field(i + 1 == d->n_terms ? _("Term:") : "", line);
	}
	if (d->term_reappointments)
		snprintf(line, sizeof line, _("%d of %d"), (int)d->n_terms - 1,
			 d->term_reappointments);
	else
		snprintf(line, sizeof line, _("%d (no limit)"),
			 (int)d->n_terms - 1);
	print_field(_("Reappointed:"), line);
}

static const char *outcome_label(enum attendance_outcome o)
{
	switch (o) {
	case OUTCOME_PRESENT:
		return _("present");
	case OUTCOME_EXCUSED:
		return _("excused");
	case OUTCOME_ABSENT:
		return _("absent");
	case OUTCOME_NOT_EXPECTED:
		break;
	}
	return "-";
}

static void print_recent(const struct member_detail *d)
{
	char date[NL_DATE_LEN], in[NL_HHMM_LEN], out[NL_HHMM_LEN];
	if (d->n_recent == 0) {
		printf("%s\n", _("No meetings held yet in their time."));
		return;
	}
	printf("%s\n", _("Latest meetings:"));
	for (size_t i = 0; i < d->n_recent; i++) {
		const struct member_meeting *m = &d->recent[i];
		nl_format_date(m->meeting.date, date);
		printf("  %-5lld %s  %s", (long long)m->meeting.id, date,
		       outcome_label(m->outcome));
		if (m->outcome == OUTCOME_PRESENT && m->first_in) {
			nl_format_hhmm(m->first_in, in);
			printf(" %s", in);
			if (m->last_out) {
				nl_format_hhmm(m->last_out, out);
				printf("–%s", out);
			}
		}
		if (m->seat[0] && d->person.role == ROLE_STAND_IN)
			printf(_(" (for %s)"), cli_show(m->seat));
		else if (m->seat[0])
			printf(_(" (%s stood in)"), cli_show(m->seat));
		putchar('\n');
	}
}

static void print_rate(const struct member_detail *d)
{
	int expected = d->present + d->excused + d->absent;
	printf(_("Attendance %d: %d present, %d excused, %d absent"), d->year,
	       d->present, d->excused, d->absent);
	if (expected)
		printf(" (%d%%)", (d->present * 100 + expected / 2) / expected);
	putchar('\n');
}

static int exec_show(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct member_detail d;
	char id[32];
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || member_detail_load(store, args->arg[0], cli_now(cli), &d,
					 &err) != NL_OK)
		return cli_report(cli, &err);
	snprintf(id, sizeof id, "%lld", (long long)d.person.id);
	printf("%s\n", cli_show(d.person.name));
	print_field(_("Id:"), id);
	print_field(_("Role:"), role_label(d.person.role));
	print_municipalities(&d);
	print_terms(&d);
	print_field(_("E-mail:"), d.email);
	print_field(_("Phone:"), d.phone);
	print_field(_("Status:"), d.person.erased ? _("erased")
				 : d.person.active ? _("active")
						   : _("inactive"));
	print_rate(&d);
	print_recent(&d);
	member_detail_free(&d);
	return EXIT_OK;
}

const struct cmd_entry cmd_member_edit_entry = {
	.group = "member",
	.name = "edit",
	.synopsis = "PERSON [--name N] [--role R] [--email E] [--phone P] "
		    "[--term-start D] [--term-end D] [--under-27 yes|no]",
	.summary = N_("correct a person's details; every meeting, also a past "
		      "one, shows the new name (--email \"\" removes one)"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"name", 'n', true}, {"role", 'r', true}, {"email", 0, true},
		    {"phone", 0, true}, {"term-start", 0, true},
		    {"term-end", 0, true}, {"under-27", 0, true}},
	.exec = exec_edit,
};

const struct cmd_entry cmd_member_show_entry = {
	.group = "member",
	.name = "show",
	.synopsis = "PERSON",
	.summary = N_("show a person: role, municipalities with dates, term, "
		      "contact details and the latest meetings"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_show,
};

const struct cmd_entry cmd_member_move_entry = {
	.group = "member",
	.name = "move",
	.synopsis = "PERSON --municipality M [--from YYYY-MM-DD]",
	.summary = N_("move a person to another municipality from a day on "
		      "(default today); earlier meetings keep the old one"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"municipality", 'm', true}, {"from", 0, true}},
	.exec = exec_move,
};

const struct cmd_entry cmd_member_reappoint_entry = {
	.group = "member",
	.name = "reappoint",
	.synopsis = "PERSON [--on YYYY-MM-DD]",
	.summary = N_("start a new term of office (default: the day after the "
		      "current one ends); limited by term_reappointments"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"on", 0, true}},
	.exec = exec_reappoint,
};
