/* cmd_municipality.c — `notulist municipality add|list`. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "i18n.h"
#include "members.h"
#include "settings.h"
#include "text_show.h"

static bool parse_weight(const char *text, double *weight, struct nl_error *err)
{
	char *end;
	errno = 0;
	*weight = text ? strtod(text, &end) : 1.0;
	if (text && (errno || end == text || *end || !isfinite(*weight) ||
		     *weight <= 0)) {
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
	struct person *people;
	struct settings settings;
	size_t n, n_people;
	(void)args;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || settings_load(store, &settings, &err) != NL_OK ||
	    municipality_list(store, &all, &n, &err) != NL_OK)
		return cli_report(cli, &err);
	if (member_list(store, false, &people, &n_people, &err) != NL_OK) {
		free(all);
		return cli_report(cli, &err);
	}
	printf("%-4s ", "ID");
	cli_print_padded(stdout, _("NAME"), 28);
	printf(" %-7s %s\n", _("WEIGHT"), _("ACTIVE CLIENTS"));
	for (size_t i = 0; i < n; i++) {
		int pool = 0;
		for (size_t k = 0; k < n_people; k++)
			pool += people[k].municipality_id == all[i].id &&
				(settings.counting_roles &
				 ROLE_BIT(people[k].role));
		printf("%-4lld ", (long long)all[i].id);
		cli_print_padded(stdout, all[i].name, 28);
		printf(" %-7g %d\n", all[i].weight, pool);
	}
	free(people);
	free(all);
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
