/*
 * cmd_allowance.c — `notulist allowance [--year Y | --month YYYY-MM] [-o
 * FILE] [--format csv|md|html] [--excel]`: the allowance statement, as CSV
 * for the finance desk (the default, and for -o *.csv) or as a document.
 * The figures are allowance.h's; this file reads the options and says
 * where the statement went.  With CSV, a line per cap passed also goes to
 * stderr, so it is seen even when the file is only handed on.
 */
#include <stdio.h>
#include <string.h>

#include "allowance.h"
#include "cli.h"
#include "cli_document.h"
#include "cli_output.h"
#include "csv_io.h"
#include "history.h"
#include "i18n.h"

/* --year or --month (not both); default: this year. */
static bool parse_period(struct cli *cli, const struct cmd_args *args,
			 int *year, int *month, struct nl_error *err)
{
	const char *text = cli_opt(args, "month");
	*year = nl_time_date(cli_now(cli)).year;
	*month = 0;
	if (text && cli_opt(args, "year")) {
		nl_fail(err, NL_ERR_USAGE, "%s",
			_("--year cannot be combined with --month"));
		return false;
	}
	if (!text)
		return cli_parse_year(args, year, err);
	struct nl_date d;
	char day[NL_DATE_LEN + 8];
	snprintf(day, sizeof day, "%s-01", text);
	if (strlen(text) != 7 || !nl_parse_date(day, &d)) {
		nl_fail(err, NL_ERR_USAGE,
			_("--month \"%s\" is not a month YYYY-MM"), text);
		return false;
	}
	*year = d.year;
	*month = d.month;
	return true;
}

static void warn_line(const char *line, void *ctx)
{
	(void)ctx;
	fprintf(stderr, _("notulist: warning: %s\n"), line);
}

static enum nl_status write_csv(struct cli *cli, const struct cmd_args *args,
				const struct allowance_statement *st,
				struct nl_error *err)
{
	struct output out;
	struct csv_writer w;
	bool excel = cli_flag(args, "excel");
	enum nl_status status = cli_output_open(cli, args, &out, err);
	if (status != NL_OK)
		return status;
	csv_writer_init(&w, out.stream, excel ? ';' : ',');
	w.crlf = excel;
	if (excel)
		csv_write_bom(&w);
	allowance_write_csv(&w, st);
	int write_error = w.error;
	csv_writer_free(&w);
	status = cli_output_close(&out, write_error, err);
	if (status == NL_OK && !out.to_stdout)
		printf(ngettext("Wrote %zu row to %s\n", "Wrote %zu rows to %s\n",
				st->n_rows),
		       st->n_rows, cli_opt(args, "output"));
	allowance_warnings(st, warn_line, NULL);
	return status;
}

static int exec_allowance(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct history history;
	struct allowance_statement st;
	enum doc_format format;
	int year, month;
	nl_error_clear(&err);
	if (!parse_period(cli, args, &year, &month, &err) ||
	    !cli_document_format(args, CLI_DOC_CSV | CLI_DOC_MD | CLI_DOC_HTML,
				 DOC_FORMAT_CSV, &format, &err))
		return cli_report(cli, &err);
	struct store *store = cli_store(cli, &err);
	if (!store ||
	    history_load(store, (struct nl_date){year, 1, 1},
			 (struct nl_date){year, 12, 31}, cli_now(cli),
			 &history, &err) != NL_OK)
		return cli_report(cli, &err);
	enum nl_status status = allowance_compute(&history, year, month, &st,
						  &err);
	if (status == NL_OK) {
		struct allowance_doc doc = {&st, &history.settings};
		status = format == DOC_FORMAT_CSV
				 ? write_csv(cli, args, &st, &err)
				 : cli_document_write(cli, args, format,
						      DOC_LAYOUT_FLOW,
						      allowance_write_markdown,
						      &doc, &err);
		allowance_free(&st);
	}
	history_free(&history);
	return status == NL_OK ? EXIT_OK : cli_report(cli, &err);
}

const struct cmd_entry cmd_allowance_entry = {
	.group = NULL,
	.name = "allowance",
	.synopsis = "[--year YYYY | --month YYYY-MM] [-o FILE] "
		    "[--format csv|md|html] [--excel]",
	.summary = N_("the allowance statement per person and month, against "
		"the caps (CSV for the finance desk, or a document)"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"year", 'y', true}, {"month", 'm', true},
		    CLI_OUTPUT_OPTION, CLI_FORMAT_OPTION, {"excel", 0, false}},
	.exec = exec_allowance,
};
