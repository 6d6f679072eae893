/* cmd_municipality.c — `notulist municipality add|list|edit|leave|rejoin`.
 * A municipality that leaves keeps its history: leave and rejoin are dated
 * (membership.h), an edit is a correction. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "i18n.h"
#include "cli_record.h"
#include "members.h"
#include "membership.h"
#include "text_show.h"

/* "1,5" as Dutch users write it, or "1.5"; absent: 1. */
static bool parse_weight(const char *text, double *weight, struct nl_error *err)
{
	*weight = 1.0;
	if (text && !municipality_parse_weight(text, weight)) {
		nl_fail(err, NL_ERR_USAGE,
			_("--weight \"%s\" is not a number above 0"),
			QUOTED(text));
		return false;
	}
	return true;
}

static int exec_add(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	double weight;
	int64_t id;
	nl_error_clear(&err);
	if (!parse_weight(cli_opt(args, "weight"), &weight, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || municipality_add(store, args->arg[0], weight, cli_now(cli),
				       &id, &err) != NL_OK)
		return cli_report(cli, &err);
	struct municipality m;
	if (municipality_resolve(store, args->arg[0], &m, &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Added municipality %lld %s (weight %g)\n"), (long long)id,
	       cli_show(m.name), weight);
	return EXIT_OK;
}

static int exec_list(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct municipality *all;
	int *clients;
	size_t n;
	(void)args;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || municipality_list(store, &all, &n, &err) != NL_OK)
		return cli_report(cli, &err);
	if (municipality_active_clients(store, all, n, &clients, &err) !=
	    NL_OK) {
		free(all);
		return cli_report(cli, &err);
	}
	struct nl_date today = nl_time_date(cli_now(cli));
	printf("%-4s ", "ID");
	cli_print_padded(stdout, _("NAME"), 28);
	printf(" %-7s %s\n", _("WEIGHT"), _("ACTIVE CLIENTS"));
	for (size_t i = 0; i < n; i++) {
		printf("%-4lld ", (long long)all[i].id);
		cli_print_padded(stdout, all[i].name, 28);
		printf(" %-7g %d", all[i].weight, clients[i]);
		if (all[i].left_on.year) {
			char date[NL_DATE_LEN];
			nl_format_date(all[i].left_on, date);
			if (nl_date_compare(all[i].left_on, today) > 0)
				printf(_("  (leaves on %s)"), date);
			else
				printf(_("  (left on %s)"), date);
		}
		putchar('\n');
	}
	free(clients);
	free(all);
	return EXIT_OK;
}

static int exec_edit(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct municipality m;
	double weight = 0;
	nl_error_clear(&err);
	if (cli_opt(args, "weight") &&
	    !parse_weight(cli_opt(args, "weight"), &weight, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || municipality_edit(store, args->arg[0],
					cli_opt(args, "name"), weight, &m,
					&err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Changed municipality %lld %s (weight %g)\n"),
	       (long long)m.id, cli_show(m.name), m.weight);
	return EXIT_OK;
}


static void print_members(const struct leave_outcome *out, const char *ref)
{
	char who[NL_NAME_SIZE * 2 + 32];
	if (out->n_members == 0)
		return;
	printf(out->deactivated ? _("Deactivated its members:\n")
				: _("Its members:\n"));
	for (size_t i = 0; i < out->n_members; i++) {
		person_describe(&out->members[i], who, sizeof who);
		printf("  %s\n", cli_show(who));
	}
	if (!out->deactivated)
		printf(_("Deactivate them? notulist municipality leave %s --on "
			 "%04d-%02d-%02d --deactivate-members\n"), ref,
		       out->on.year, out->on.month, out->on.day);
}

static int exec_leave(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct leave_outcome out;
	struct nl_date on;
	char date[NL_DATE_LEN], ref[32];
	nl_error_clear(&err);
	if (!cli_opt(args, "on"))
		return cli_usage_error(args->entry, "%s",
				       _("--on YYYY-MM-DD is required"));
	if (!cli_parse_date_option(args, "on", &on, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || municipality_leave(store, args->arg[0], on,
					 cli_flag(args, "deactivate-members"),
					 cli_now(cli), &out, &err) != NL_OK)
		return cli_report(cli, &err);
	nl_format_date(out.on, date);
	if (out.recorded)
		printf(_("%s takes no part from %s on: not expected, no share "
			 "in the balance; its history stays\n"),
		       cli_show(out.municipality.name), date);
	snprintf(ref, sizeof ref, "%lld", (long long)out.municipality.id);
	print_members(&out, ref);
	leave_outcome_free(&out);
	return EXIT_OK;
}

static int exec_rejoin(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct municipality m;
	struct nl_date on;
	char date[NL_DATE_LEN];
	nl_error_clear(&err);
	if (!cli_opt(args, "on"))
		return cli_usage_error(args->entry, "%s",
				       _("--on YYYY-MM-DD is required"));
	if (!cli_parse_date_option(args, "on", &on, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store || municipality_rejoin(store, args->arg[0], on, &m,
					  &err) != NL_OK)
		return cli_report(cli, &err);
	nl_format_date(on, date);
	printf(_("%s takes part again from %s on\n"), cli_show(m.name), date);
	return EXIT_OK;
}

const struct cmd_entry cmd_municipality_add_entry = {
	.group = "municipality",
	.name = "add",
	.synopsis = "NAME [--weight W]",
	.summary = N_("add a participating municipality (weight: its share, default 1)"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"weight", 'w', true}},
	.creates_database = true,
	.exec = exec_add,
};

const struct cmd_entry cmd_municipality_list_entry = {
	.group = "municipality",
	.name = "list",
	.synopsis = "",
	.summary = N_("list the municipalities with weight and active clients"),
	.min_args = 0,
	.max_args = 0,
	.exec = exec_list,
};

const struct cmd_entry cmd_municipality_edit_entry = {
	.group = "municipality",
	.name = "edit",
	.synopsis = "MUNICIPALITY [--name NEW] [--weight W]",
	.summary = N_("rename a municipality or change its weight (1,5 or 1.5)"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"name", 'n', true}, {"weight", 'w', true}},
	.exec = exec_edit,
};

const struct cmd_entry cmd_municipality_leave_entry = {
	.group = "municipality",
	.name = "leave",
	.synopsis = "MUNICIPALITY --on YYYY-MM-DD [--deactivate-members]",
	.summary = N_("a municipality leaves the joint arrangement on a day; its "
		      "history stays"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"on", 0, true}, {"deactivate-members", 0, false}},
	.exec = exec_leave,
};

const struct cmd_entry cmd_municipality_rejoin_entry = {
	.group = "municipality",
	.name = "rejoin",
	.synopsis = "MUNICIPALITY --on YYYY-MM-DD",
	.summary = N_("a municipality that left takes part again from a day on"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"on", 0, true}},
	.exec = exec_rejoin,
};
