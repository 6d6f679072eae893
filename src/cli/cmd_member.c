/* cmd_member.c — `notulist member add|list|deactivate|activate|erase`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cli_record.h"
#include "i18n.h"
#include "members.h"
#include "text.h"
#include "text_show.h"

static int exec_add(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct member_input in = {
		.name = args->arg[0],
		.municipality = cli_opt(args, "municipality"),
		.role = ROLE_CLIENT,
		.email = cli_opt(args, "email"),
		.phone = cli_opt(args, "phone"),
	};
	struct person added;
	int64_t id;
	nl_error_clear(&err);
	if (!cli_parse_date_option(args, "term-start", &in.term_start, &err) ||
	    !cli_parse_date_option(args, "term-end", &in.term_end, &err))
		return cli_report(cli, &err);
	bool given;
	if (!cli_parse_yes_no_option(args, "under-27", &given, &in.under_27,
				     &err))
		return cli_report(cli, &err);
	const char *role = cli_opt(args, "role");
	if (role && !role_parse(role, &in.role)) {
		nl_fail(&err, NL_ERR_USAGE,
			_("unknown role \"%s\" (client, representative, chair, "
			  "secretary, official, asd, guest, stand-in)"),
			QUOTED(role));
		return cli_report(cli, &err);
	}
	struct store *store = cli_store(cli, &err);
	char ref[32];
	if (!store ||
	    member_add(store, &in, cli_now(cli), &id, &err) != NL_OK)
		return cli_report(cli, &err);
	snprintf(ref, sizeof ref, "%lld", (long long)id);
	if (member_resolve(store, ref, &added, &err) != NL_OK)
		return cli_report(cli, &err);
	char who[NL_NAME_SIZE * 2 + 32];
	person_describe(&added, who, sizeof who);
	/* Without a municipality the description names the role: say it
	 * once. */
	if (added.municipality[0])
		printf(_("Added %s as %s\n"), who, role_label(added.role));
	else
		printf(_("Added %lld %s as %s\n"), (long long)added.id,
		       cli_show(added.name), role_label(added.role));
	return EXIT_OK;
}

/* The role column is as wide as the longest role label in the message
 * language ("vertegenwoordiger"), and at least 15 columns. */
static int role_cols(void)
{
	int cols = 15;
	for (int r = 0; r < ROLE_COUNT; r++) {
		int w = text_display_width(role_label((enum role)r));
		cols = w > cols ? w : cols;
	}
	return cols;
}

static void print_header(bool all)
{
	printf("%-5s ", "ID");
	cli_print_padded(stdout, _("NAME"), 28);
	putchar(' ');
	cli_print_padded(stdout, _("MUNICIPALITY"), 24);
	putchar(' ');
	if (all) {
		cli_print_padded(stdout, _("ROLE"), role_cols());
		printf(" %s\n", _("STATUS"));
	} else {
		printf("%s\n", _("ROLE"));
	}
}

static int exec_list(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct person *people;
	size_t n;
	bool all = cli_flag(args, "all");
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || member_list(store, all, &people, &n, &err) != NL_OK)
		return cli_report(cli, &err);
	print_header(all);
	for (size_t i = 0; i < n; i++) {
		const struct person *p = &people[i];
		printf("%-5lld ", (long long)p->id);
		cli_print_padded(stdout, p->name, 28);
		putchar(' ');
		cli_print_padded(stdout, p->municipality[0] ? p->municipality
							    : "-", 24);
		putchar(' ');
		if (all) {
			cli_print_padded(stdout, role_label(p->role),
					 role_cols());
			printf(" %s\n", p->erased ? _("erased")
					  : p->active ? _("active") : _("inactive"));
		} else {
			printf("%s\n", role_label(p->role));
		}
	}
	free(people);
	return EXIT_OK;
}

static int set_active(struct cli *cli, const struct cmd_args *args,
		      bool active)
{
	struct nl_error err;
	struct person p;
	char who[NL_NAME_SIZE * 2 + 32];
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || member_set_active(store, args->arg[0], active,
					cli_now(cli), &p, &err) != NL_OK)
		return cli_report(cli, &err);
	person_describe(&p, who, sizeof who);
	printf(active ? _("Reactivated %s\n") : _("Deactivated %s\n"), who);
	return EXIT_OK;
}

static int exec_deactivate(struct cli *cli, const struct cmd_args *args)
{
	return set_active(cli, args, false);
}

static int exec_activate(struct cli *cli, const struct cmd_args *args)
{
	return set_active(cli, args, true);
}

/* Erasure cannot be undone: at a terminal, ask first; the caller has
 * made sure that there is one or that --yes was given. */
static bool confirmed(const struct person *p, const struct cmd_args *args)
{
	char who[NL_NAME_SIZE * 2 + 32], answer[16];
	if (cli_flag(args, "yes"))
		return true;
	person_describe(p, who, sizeof who);
	printf(_("Erase %s for good? Their attendance stays, without name. "
		 "[y/N] "), who);
	fflush(stdout);
	if (!fgets(answer, sizeof answer, stdin))
		return false;
	return answer[0] == 'y' || answer[0] == 'Y' || answer[0] == 'j' ||
	       answer[0] == 'J';
}

static int exec_erase(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct person p;
	bool wal_clean;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || member_resolve(store, args->arg[0], &p, &err) != NL_OK)
		return cli_report(cli, &err);
	/* A script or a pipe cannot answer: an irreversible step is never
	 * taken on its behalf without --yes. */
	if (!cli_flag(args, "yes") && !isatty(STDIN_FILENO))
		return cli_usage_error(args->entry, "%s",
				       _("add --yes to erase without asking"));
	if (!confirmed(&p, args)) {
		printf("%s\n", _("Nothing erased."));
		return EXIT_FAIL;
	}
	if (member_erase(store, args->arg[0], cli_now(cli), &p, &wal_clean,
			 &err) != NL_OK)
		return cli_report(cli, &err);
	printf(_("Erased person %lld: name and contact details removed; past "
		 "attendance kept as %s\n"), (long long)p.id, cli_show(p.name));
	if (!wal_clean)
		printf("%s\n", _("Another notulist has this database open: the "
				 "old name leaves its log file when that one "
				 "closes."));
	return EXIT_OK;
}

const struct cmd_entry cmd_member_add_entry = {
	.group = "member",
	.name = "add",
	.synopsis = "NAME --municipality NAME [--role ROLE] [--email E] [--phone P] "
		    "[--term-start D] [--term-end D] [--under-27 yes|no]",
	.summary = N_("add a person (role: client, representative, chair, secretary, "
		"official, asd, guest, stand-in; default client)"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"municipality", 'm', true}, {"role", 'r', true}, {"email", 0, true},
		{"phone", 0, true}, {"term-start", 0, true}, {"term-end", 0, true},
		{"under-27", 0, true}},
	.creates_database = true,
	.exec = exec_add,
};

const struct cmd_entry cmd_member_list_entry = {
	.group = "member",
	.name = "list",
	.synopsis = "[--all]",
	.summary = N_("list active people; --all includes inactive ones"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"all", 'a', false}},
	.exec = exec_list,
};

const struct cmd_entry cmd_member_deactivate_entry = {
	.group = "member",
	.name = "deactivate",
	.synopsis = "PERSON",
	.summary = N_("mark a person inactive (history is kept)"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_deactivate,
};

const struct cmd_entry cmd_member_activate_entry = {
	.group = "member",
	.name = "activate",
	.synopsis = "PERSON",
	.summary = N_("make an inactive person active again"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_activate,
};

const struct cmd_entry cmd_member_erase_entry = {
	.group = "member",
	.name = "erase",
	.synopsis = "PERSON [--yes]",
	.summary = N_("erase a person for good (GDPR): name and contact details go, "
		"attendance stays under a pseudonym"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"yes", 'y', false}},
	.exec = exec_erase,
};
