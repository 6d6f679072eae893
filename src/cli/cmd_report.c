/*
 * cmd_report.c — `notulist report [--year YYYY] [-o FILE] [--format
 * md|html]`: the annual overview for the joint arrangement, in Markdown or
 * as an HTML page to print, on stdout (also for -o -) or written
 * atomically (complete or not at all, mode 0600) to FILE.
 */
#include <stdio.h>

#include "cli.h"
#include "cli_document.h"
#include "cli_output.h"
#include "continuity.h"
#include "history.h"
#include "i18n.h"
#include "report.h"

struct report_input {
	const struct history *history;
	int year;
	const struct warning_list *warnings;
};

static void report_markdown(FILE *out, const void *data)
{
	const struct report_input *in = data;
	report_write(out, in->history, in->year, in->warnings);
}

static int exec_report(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct history history;
	struct warning_list warnings;
	int year = nl_time_date(cli_now(cli)).year;
	enum doc_format format;
	nl_error_clear(&err);
	if (!cli_document_format(args, CLI_DOC_MD | CLI_DOC_HTML,
				 DOC_FORMAT_MARKDOWN, &format, &err) ||
	    !cli_parse_year(args, &year, &err) ||
	    cli_load_history(cli, year, &history, &err) != NL_OK)
		return cli_report(cli, &err);
	enum nl_status status = continuity_check(&history, year, &warnings,
						 &err);
	if (status == NL_OK) {
		struct report_input in = {&history, year, &warnings};
		status = cli_document_write(cli, args, format,
					    DOC_LAYOUT_PAGES, report_markdown,
					    &in, &err);
		warning_list_free(&warnings);
	}
	history_free(&history);
	return status == NL_OK ? EXIT_OK : cli_report(cli, &err);
}

const struct cmd_entry cmd_report_entry = {
	.group = NULL,
	.name = "report",
	.synopsis = "[--year YYYY] [-o FILE] [--format md|html]",
	.summary = N_("annual overview for the joint arrangement (Markdown or "
		"HTML)"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"year", 'y', true}, CLI_OUTPUT_OPTION, CLI_FORMAT_OPTION},
	.exec = exec_report,
};
