/*
 * cmd_import.c — `notulist import members FILE`: people from a CSV file,
 * all or nothing (see import.h).  Notices and problems go to stderr as the
 * importer finds them (problems at once, notices at the end), at most
 * IMPORT_SHOWN lines of them and then one line with how many more; the
 * summary goes to stdout.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "csv_io.h"
#include "i18n.h"
#include "import.h"
#include "text_show.h"

/* Ten lines fit on a screen with the summary under them; a file with
 * thousands of them (a sheet with a column per day, a binary file) must
 * not scroll the useful ones away, nor take seconds to print. */
#define IMPORT_SHOWN 10

/* Problems (why nothing was imported) go out as they are found; notices
 * (unknown columns, ignored) wait for the end and get what is left of the
 * ten lines, so that half a million ignored columns cannot hide the one
 * row that is wrong.  Whatever is not shown is counted in one last line. */
struct shown {
	size_t lines, hidden;
	char notices[IMPORT_SHOWN][1024];
	size_t n_notices;
};

static void show_problem(void *ctx, const char *line)
{
	struct shown *shown = ctx;
	if (shown->lines < IMPORT_SHOWN) {
		cli_print_line(stderr, line);
		shown->lines++;
	} else {
		shown->hidden++;
	}
}

static void keep_notice(void *ctx, const char *line)
{
	struct shown *shown = ctx;
	if (shown->n_notices < IMPORT_SHOWN)
		snprintf(shown->notices[shown->n_notices++],
			 sizeof shown->notices[0], "%s", line);
	else
		shown->hidden++;
}

static void show_rest(const char *name, struct shown *shown)
{
	char line[512];
	for (size_t i = 0; i < shown->n_notices; i++)
		show_problem(shown, shown->notices[i]);
	if (!shown->hidden)
		return;
	int n = snprintf(line, sizeof line, "notulist: ");
	snprintf(line + n, sizeof line - n, _("%s: … and %zu more"), name,
		 shown->hidden);
	cli_print_line(stderr, line);
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
	static struct shown shown; /* 10 KiB: not on the stack */
	struct import_messages messages = {keep_notice, show_problem, &shown};
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
	show_rest(name, &shown);
	if (status != NL_OK)
		return cli_report(cli, &err);
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
	.creates_database = true,
	.exec = exec_import,
};
