/* cmd_attendance.c — `notulist checkin|checkout|excuse|undo`; a check-in
 * may take an absent member's seat (--for) or record a one-time guest
 * (--guest), who is no member and counts for nothing. */
#include <stdio.h>

#include "attendance.h"
#include "cli.h"
#include "cli_report.h"
#include "guests.h"
#include "i18n.h"
#include "meetings.h"
#include "members.h"
#include "store.h"

struct att_request {
	enum att_kind kind;
	const char *meeting_ref;
	const char *person_ref;
	const struct cmd_args *args;
	/* Names taken as someone whose name they start (member_resolve_for_
	 * event): said once the event is recorded.  Empty: none. */
	char meant[2][NL_NAME_SIZE * 4];
};

/* Resolves a person for the event; a guessed name is kept in meant. */
static enum nl_status resolve(struct store *store, const char *ref,
			      struct person *p, char *meant, size_t size,
			      struct nl_error *err)
{
	char who[NL_NAME_SIZE * 2 + 32];
	bool guessed;
	enum nl_status status = member_resolve_for_event(store, ref, p,
							 &guessed, err);
	if (status == NL_OK && guessed) {
		person_describe(p, who, sizeof who);
		/* TRANSLATORS: "kees" taken as 1 Kees de Graaf (Zuidplas). */
		snprintf(meant, size, _("\"%s\" taken as %s"), cli_show(ref),
			 who);
	}
	return status;
}

/* Resolving and recording happen in one write transaction, so the person
 * and meeting that were named are the ones that get the event. */
static enum nl_status resolve_and_record(struct store *store, struct cli *cli,
					 struct att_request *req,
					 struct att_outcome *out,
					 struct nl_error *err)
{
	struct meeting m;
	struct person p, seat;
	nl_time at;
	const char *for_ref = cli_opt(req->args, "for");
	enum nl_status status = meeting_resolve(store, req->meeting_ref, &m, err);
	if (status == NL_OK)
		status = resolve(store, req->person_ref, &p, req->meant[0],
				 sizeof req->meant[0], err);
	if (status == NL_OK && for_ref)
		status = resolve(store, for_ref, &seat, req->meant[1],
				 sizeof req->meant[1], err);
	if (status != NL_OK)
		return status;
	if (!cli_parse_at(req->args, &m, &at, err))
		return err->status;
	if (for_ref)
		return attendance_stand_in(store, m.id, p.id, seat.id, at,
					   cli_now(cli), out, err);
	return attendance_record_read(store, &m, &p, req->kind, at,
				      cli_now(cli), out, err);
}

static int record(struct cli *cli, const struct cmd_args *args,
		  enum att_kind kind)
{
	struct nl_error err;
	struct att_outcome out;
	struct att_request req = {kind, args->arg[0], args->arg[1], args,
				  {"", ""}};
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store)
		return cli_report(cli, &err);
	enum nl_status status = store_begin_write(store, &err);
	if (status == NL_OK)
		status = store_finish(store,
				      resolve_and_record(store, cli, &req, &out,
							 &err),
				      &err);
	if (status != NL_OK)
		return cli_report(cli, &err);
	for (int i = 0; i < 2; i++)
		if (req.meant[i][0])
			printf("%s\n", req.meant[i]);
	report_attendance(stdout, &out, false);
	return EXIT_OK;
}

static enum nl_status record_guest(struct store *store, struct cli *cli,
				   const struct cmd_args *args,
				   struct meeting *m_out, struct meeting_guest *out,
				   struct nl_error *err)
{
	struct meeting m;
	nl_time at;
	enum nl_status status = meeting_resolve(store, args->arg[0], &m, err);
	if (status != NL_OK)
		return status;
	*m_out = m;
	if (!cli_parse_at(args, &m, &at, err))
		return err->status;
	return guest_checkin(store, m.id, cli_opt(args, "guest"),
			     cli_opt(args, "organisation"), at, cli_now(cli),
			     out, err);
}

static int checkin_guest(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting_guest g;
	struct meeting m;
	char hhmm[NL_HHMM_LEN], what[NL_PLACE_SIZE + 64];
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store)
		return cli_report(cli, &err);
	enum nl_status status = store_begin_write(store, &err);
	if (status == NL_OK)
		status = store_finish(store,
				      record_guest(store, cli, args, &m, &g,
						   &err),
				      &err);
	if (status != NL_OK)
		return cli_report(cli, &err);
	/* The guest's arrival opened a planned meeting, as a check-in does. */
	if (m.status == MEETING_PLANNED) {
		meeting_describe(&m, what, sizeof what);
		printf(_("Opened meeting %s\n"), what);
	}
	nl_format_hhmm(g.arrived_at, hhmm);
	if (g.organisation[0])
		printf(_("Guest %s (%s) arrived at %s; not counted for the "
			 "quorum\n"), cli_show(g.name), cli_show(g.organisation),
		       hhmm);
	else
		printf(_("Guest %s arrived at %s; not counted for the "
			 "quorum\n"), cli_show(g.name), hhmm);
	return EXIT_OK;
}

static int exec_checkin(struct cli *cli, const struct cmd_args *args)
{
	bool guest = cli_opt(args, "guest") != NULL;
	if (guest && (args->n_args != 1 || cli_opt(args, "for")))
		return cli_usage_error(args->entry, "%s",
				       _("a guest is named with --guest "
					 "only, without PERSON or --for"));
	if (!guest && args->n_args != 2)
		return cli_usage_error(args->entry, "%s",
				       _("missing argument"));
	if (!guest && cli_opt(args, "organisation"))
		return cli_usage_error(args->entry, "%s",
				       _("--organisation goes with --guest"));
	if (guest)
		return checkin_guest(cli, args);
	return record(cli, args, ATT_IN);
}

static int exec_checkout(struct cli *cli, const struct cmd_args *args)
{
	return record(cli, args, ATT_OUT);
}

static int exec_excuse(struct cli *cli, const struct cmd_args *args)
{
	return record(cli, args, ATT_EXCUSED);
}

static int exec_undo(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct att_outcome out;
	struct meeting m;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK ||
	    attendance_undo(store, m.id, cli_now(cli), &out, &err) != NL_OK)
		return cli_report(cli, &err);
	report_attendance(stdout, &out, true);
	return EXIT_OK;
}

const struct cmd_entry cmd_checkin_entry = {
	.group = NULL,
	.name = "checkin",
	.synopsis = "MEETING PERSON [--for MEMBER] [--at TIME] | "
		    "MEETING --guest NAME [--organisation O] [--at TIME]",
	.summary = N_("record an arrival (now, or --at HH:MM or YYYY-MM-DDTHH:MM); "
		      "--for: a stand-in takes an absent member's seat; --guest: "
		      "a one-time guest, never counted"),
	.min_args = 1,
	.max_args = 2,
	.options = {{"at", 0, true}, {"for", 0, true}, {"guest", 'g', true},
		    {"organisation", 0, true}},
	.exec = exec_checkin,
};

const struct cmd_entry cmd_checkout_entry = {
	.group = NULL,
	.name = "checkout",
	.synopsis = "MEETING PERSON [--at TIME]",
	.summary = N_("record a departure"),
	.min_args = 2,
	.max_args = 2,
	.options = {{"at", 0, true}},
	.exec = exec_checkout,
};

const struct cmd_entry cmd_excuse_entry = {
	.group = NULL,
	.name = "excuse",
	.synopsis = "MEETING PERSON",
	.summary = N_("record that a person sent apologies (no reason is stored)"),
	.min_args = 2,
	.max_args = 2,
	.exec = exec_excuse,
};

const struct cmd_entry cmd_undo_entry = {
	.group = NULL,
	.name = "undo",
	.synopsis = "MEETING",
	.summary = N_("undo the latest attendance action of a meeting (repeatable)"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_undo,
};
