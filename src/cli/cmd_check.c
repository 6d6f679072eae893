/*
 * cmd_check.c — `notulist check [--year YYYY] [--format text|csv]`: the
 * continuity warnings, one per line, grouped by level.  Exit codes are the
 * Monitoring Plugins' (enum check_exit_code), for Icinga, Nagios and cron:
 * 0 nothing to act on (NOTE lines at most), 1 WARN lines, 2 at least one
 * ALERT, 3 it could not check (usage error, no database, unreadable,
 * locked).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "continuity.h"
#include "csv_io.h"
#include "history.h"
#include "i18n.h"
#include "output.h"
#include "text_show.h"

bool cli_parse_year(const struct cmd_args *args, int *year,
		    struct nl_error *err)
{
	const char *text = cli_opt(args, "year");
	struct nl_date d;
	char probe[16];
	if (!text)
		return true;
	snprintf(probe, sizeof probe, "%.4s-01-01", text);
	if (strlen(text) != 4 || !nl_parse_date(probe, &d)) {
		nl_fail(err, NL_ERR_USAGE, _("--year \"%s\" is not a year YYYY"),
			QUOTED(text));
		return false;
	}
	*year = d.year;
	return true;
}

/* The history the rules judge the year on (history_load_year: the year,
 * the next, and as much of the two years before as could matter). */
enum nl_status cli_load_history(struct cli *cli, int year,
				struct history *history, struct nl_error *err)
{
	struct store *store = cli_store(cli, err);
	if (!store)
		return err->status;
	return history_load_year(store, year, cli_now(cli), history, err);
}

static void print_text(const struct warning_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		const struct warning *w = &list->items[i];
		printf("%-5s %s: %s\n", warning_level_key(w->level), w->category,
		       cli_show(w->text));
	}
}

/* For scripts and spreadsheets: stable English keys and codes, the
 * sentence in the message language, one warning per record. */
static int print_csv(struct cli *cli, const struct warning_list *list)
{
	static const char *const header[] = {"level", "category", "code",
					     "subject_id", "message"};
	struct output out;
	struct csv_writer w;
	struct nl_error err;
	nl_error_clear(&err);
	if (output_open(&out, NULL, &err) != NL_OK)
		return cli_report(cli, &err);
	csv_writer_init(&w, out.stream, ',');
	csv_write_row(&w, header, sizeof header / sizeof *header);
	for (size_t i = 0; i < list->n; i++) {
		const struct warning *item = &list->items[i];
		char level[8];
		size_t k = 0;
		for (const char *c = warning_level_key(item->level);
		     *c && k + 1 < sizeof level; c++)
			level[k++] = (char)(*c | 0x20);
		level[k] = '\0';
		csv_write_field(&w, level);
		csv_write_field(&w, item->category);
		csv_write_field(&w, item->code);
		if (item->subject)
			csv_write_int(&w, (long long)item->subject);
		else
			csv_write_field(&w, "");
		csv_write_field(&w, item->text);
		csv_end_row(&w);
	}
	int write_error = w.error;
	csv_writer_free(&w);
	if (output_close(&out, write_error, &err) != NL_OK)
		return cli_report(cli, &err);
	return EXIT_OK;
}

/* The worst level decides: ALERT critical, WARN warning; NOTEs alone
 * are nothing to act on. */
static int level_status(const struct warning_list *list)
{
	int status = CHECK_OK;
	for (size_t i = 0; i < list->n; i++) {
		if (list->items[i].level == LEVEL_ALERT)
			return CHECK_CRITICAL;
		if (list->items[i].level == LEVEL_WARN)
			status = CHECK_WARNING;
	}
	return status;
}

/* Anything that kept check from checking is UNKNOWN (3): an exit status
 * of 1 or 2 would read as warnings found. */
static int unknown(int status)
{
	return status == EXIT_OK ? CHECK_OK : CHECK_UNKNOWN;
}

static int exec_check(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct history history;
	struct warning_list list;
	int year = nl_time_date(cli_now(cli)).year;
	const char *format = cli_opt(args, "format");
	nl_error_clear(&err);
	bool csv = format && strcmp(format, "csv") == 0;
	if (format && !csv && strcmp(format, "text") != 0)
		return unknown(cli_usage_error(args->entry,
					       _("unknown format \"%s\""),
					       QUOTED(format)));
	if (!cli_parse_year(args, &year, &err) ||
	    cli_load_history(cli, year, &history, &err) != NL_OK)
		return unknown(cli_report(cli, &err));
	if (continuity_check(&history, year, &list, &err) != NL_OK) {
		history_free(&history);
		return unknown(cli_report(cli, &err));
	}
	int status = level_status(&list);
	if (csv) {
		if (print_csv(cli, &list) != EXIT_OK)
			status = CHECK_UNKNOWN;
	} else {
		print_text(&list);
	}
	warning_list_free(&list);
	history_free(&history);
	return status;
}

const struct cmd_entry cmd_check_entry = {
	.group = NULL,
	.name = "check",
	.synopsis = "[--year YYYY] [--format text|csv]",
	.summary = N_("continuity warnings, text or CSV (exit 0 OK, 1 WARN, 2 ALERT, "
		"3 unknown)"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"year", 'y', true}, {"format", 'f', true}},
	.monitoring_exit = true,
	.exec = exec_check,
};
