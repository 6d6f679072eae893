/*
 * cmd_import.c — `notulist import members FILE`: people from a CSV file,
 * all or nothing (see import.h).  Notices and problems go to stderr as the
 * importer finds them, at most IMPORT_SHOWN problems and then a count;
 * the summary goes to stdout.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "csv_io.h"
#include "i18n.h"
#include "import.h"
#include "text_show.h"

#define IMPORT_SHOWN 20

struct shown {
	size_t problems, hidden;
};

static void show_notice(void *ctx, const char *line)
{
	(void)ctx;
	cli_print_line(stderr, line);
}

static void show_problem(void *ctx, const char *line)
{
	struct shown *shown = ctx;
	if (shown->problems < IMPORT_SHOWN) {
		cli_print_line(stderr, line);
		shown->problems++;
	} else {
		shown->hidden++;
	}
}

static void print_summary(const char *name, const struct import_summary *s,
			  bool dry_run)
{
	char line[512];
	int n = snprintf(line, sizeof line, _("%s: %zu added, %zu updated, "
					      "%zu skipped"),
			 name, s->added, s->updated, s->skipped);
	if (s->municipalities_created && n > 0 && (size_t)n < sizeof line)
		n += snprintf(line + n, sizeof line - n,
			      ngettext(", %zu municipality created",
				       ", %zu municipalities created",
				       s->municipalities_created),
			      s->municipalities_created);
	if (dry_run && n > 0 && (size_t)n < sizeof line)
		snprintf(line + n, sizeof line - n, "%s",
			 _(" (dry run: nothing written)"));
	cli_print_line(stdout, line);
}

static int exec_import(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct import_options options = {
		.dry_run = cli_flag(args, "dry-run"),
		.update = cli_flag(args, "update"),
		.create_municipalities = cli_flag(args, "create-municipalities"),
	};
	struct shown shown = {0, 0};
	struct import_messages messages = {show_notice, show_problem, &shown};
	struct import_summary summary;
	const char *path = args->arg[0], *delimiter = cli_opt(args, "delimiter");
	bool from_stdin = strcmp(path, "-") == 0;
	const char *name = from_stdin ? "stdin" : path;
	nl_error_clear(&err);
	if (delimiter && !csv_parse_delimiter(delimiter, &options.delimiter))
		return cli_usage_error(args->entry,
				       _("--delimiter must be ',', ';' or tab, "
					 "not \"%s\""), QUOTED(delimiter));
	FILE *in = from_stdin ? stdin : fopen(path, "r");
	if (!in)
		return cli_fail(cli, _("cannot read %s: %s"), path,
				strerror(errno));
	struct store *store = cli_store(cli, &err);
	enum nl_status status = store ? import_members(store, in, name, &options,
						       cli_now(cli), &messages,
						       &summary, &err)
				      : err.status;
	if (!from_stdin)
		fclose(in);
	if (status != NL_OK) {
		if (shown.hidden)
			cli_fail(cli, _("%s: … and %zu more"), name, shown.hidden);
		return cli_report(cli, &err);
	}
	print_summary(name, &summary, options.dry_run);
	return EXIT_OK;
}

const struct cmd_entry cmd_import_members_entry = {
	.group = "import",
	.name = "members",
	.synopsis = "FILE [--dry-run] [--update] [--create-municipalities] "
		"[--delimiter ','|';'|tab]",
	.summary = N_("add people from a CSV file, all or nothing (columns name, "
		"municipality, role, email, phone)"),
	.min_args = 1,
	.max_args = 1,
	.options = {{"dry-run", 'n', false}, {"update", 'u', false},
		{"create-municipalities", 0, false}, {"delimiter", 0, true}},
	.exec = exec_import,
};
