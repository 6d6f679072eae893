/*
 * cmd_export.c — `notulist export attendance|quorum|actions`: CSV for the
 * expense payments, the annual report and spreadsheets.  The formats are in
 * export.h; this file only reads the options and says where the rows
 * went.  Without -o only the CSV goes to stdout (so it can be piped); with
 * -o FILE the file is written atomically (mode 0600) and stdout says
 * "Wrote N rows to FILE".
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cli_output.h"
#include "csv_io.h"
#include "export.h"
#include "i18n.h"
#include "meetings.h"
#include "text_show.h"

#define FORMAT_SYNOPSIS "[-o FILE] [--delimiter ','|';'|tab] [--bom] [--crlf] " \
	"[--excel] [--anonymous]"

/* Lines end in LF, so grep and wc see plain lines; --crlf gives CRLF.
 * --excel is short for --delimiter ';' --bom --crlf, what Excel with
 * Dutch settings opens right with a double click; a --delimiter given as
 * well says which one. */
static bool parse_format(const struct cmd_args *args, struct export_format *f)
{
	const char *delimiter = cli_opt(args, "delimiter");
	bool excel = cli_flag(args, "excel");
	memset(f, 0, sizeof *f);
	f->delimiter = excel ? ';' : ',';
	if (delimiter && !csv_parse_delimiter(delimiter, &f->delimiter)) {
		cli_usage_error(args->entry,
				_("--delimiter must be ',', ';' or tab, not "
				  "\"%s\""), QUOTED(delimiter));
		return false;
	}
	f->bom = excel || cli_flag(args, "bom");
	f->crlf = excel || cli_flag(args, "crlf");
	f->anonymous = cli_flag(args, "anonymous");
	return true;
}

static bool parse_date_option(const struct cmd_args *args, const char *name,
			      struct nl_date *out)
{
	const char *text = cli_opt(args, name);
	if (!text)
		return true;
	if (nl_parse_date(text, out))
		return true;
	cli_usage_error(args->entry, _("--%s \"%s\" is not a date YYYY-MM-DD"),
			name, QUOTED(text));
	return false;
}

/* --meeting, or --year, or --from/--to (each end optional); none: every
 * meeting held.  Returns false after a usage error. */
static bool parse_range(const struct cmd_args *args,
			struct export_selection *sel)
{
	struct nl_error err = {0};
	bool by_date = cli_opt(args, "from") || cli_opt(args, "to");
	int year = 0;
	memset(sel, 0, sizeof *sel);
	if (cli_opt(args, "meeting") && (cli_opt(args, "year") || by_date)) {
		cli_usage_error(args->entry,
				_("--meeting cannot be combined with --year, "
				  "--from or --to"));
		return false;
	}
	if (cli_opt(args, "year") && by_date) {
		cli_usage_error(args->entry,
				_("--year cannot be combined with --from or "
				  "--to"));
		return false;
	}
	if (!cli_parse_year(args, &year, &err)) {
		cli_usage_error(args->entry, "%s", err.message);
		return false;
	}
	if (year) {
		sel->from = (struct nl_date){year, 1, 1};
		sel->to = (struct nl_date){year, 12, 31};
	}
	if (!parse_date_option(args, "from", &sel->from) ||
	    !parse_date_option(args, "to", &sel->to))
		return false;
	if (sel->from.year && sel->to.year &&
	    nl_date_compare(sel->from, sel->to) > 0) {
		cli_usage_error(args->entry, _("--from is after --to"));
		return false;
	}
	return true;
}

/* Finishes the output and says where it went; a failure of the export or
 * of the writing leaves no partial file behind. */
static int finish(struct cli *cli, struct output *out,
		  enum nl_status status, const struct export_result *result,
		  struct nl_error *err)
{
	if (status != NL_OK) {
		cli_output_abort(out);
		return cli_report(cli, err);
	}
	if (cli_output_close(out, result->write_error, err) != NL_OK)
		return cli_report(cli, err);
	if (!out->to_stdout)
		printf(ngettext("Wrote %zu row to %s\n", "Wrote %zu rows to %s\n",
				result->rows),
		       result->rows, cli_show(out->file.path));
	return EXIT_OK;
}

static int exec_attendance(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct export_format format;
	struct export_selection sel;
	struct export_result result;
	struct output out;
	struct meeting m;
	nl_error_clear(&err);
	if (!parse_format(args, &format) || !parse_range(args, &sel))
		return EXIT_USAGE;
	struct store *store = cli_store(cli, &err);
	if (!store)
		return cli_report(cli, &err);
	if (cli_opt(args, "meeting")) {
		if (meeting_resolve(store, cli_opt(args, "meeting"), &m, &err) !=
		    NL_OK) {
			cli_option_failed(&err); /* --meeting abc */
			return cli_report(cli, &err);
		}
		sel.meeting_id = m.id;
	}
	if (cli_output_open(cli, args, &out, &err) != NL_OK)
		return cli_report(cli, &err);
	enum nl_status status = export_attendance(store, &sel, &format,
						  cli_now(cli), out.stream,
						  &result, &err);
	return finish(cli, &out, status, &result, &err);
}

static int exec_quorum(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct export_format format;
	struct export_result result;
	struct output out;
	struct meeting m;
	nl_error_clear(&err);
	if (!parse_format(args, &format))
		return EXIT_USAGE;
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK)
		return cli_report(cli, &err);
	if (cli_output_open(cli, args, &out, &err) != NL_OK)
		return cli_report(cli, &err);
	enum nl_status status = export_quorum(store, m.id, &format, cli_now(cli),
					      out.stream, &result, &err);
	return finish(cli, &out, status, &result, &err);
}

static int exec_actions(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct export_format format;
	struct export_result result;
	struct output out;
	nl_error_clear(&err);
	if (!parse_format(args, &format))
		return EXIT_USAGE;
	struct store *store = cli_store(cli, &err);
	if (!store || cli_output_open(cli, args, &out, &err) != NL_OK)
		return cli_report(cli, &err);
	enum nl_status status = export_actions(store, cli_flag(args, "open"),
					       &format, out.stream, &result,
					       &err);
	return finish(cli, &out, status, &result, &err);
}

const struct cmd_entry cmd_export_attendance_entry = {
	.group = "export",
	.name = "attendance",
	.synopsis = "[--meeting MEETING | --year YYYY | --from D --to D] " FORMAT_SYNOPSIS,
	.summary = N_("attendance per meeting and person as CSV (default: every meeting "
		"held)"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"meeting", 0, true}, {"year", 'y', true}, {"from", 0, true},
		{"to", 0, true}, CLI_OUTPUT_OPTION, {"delimiter", 0, true},
		{"bom", 0, false}, {"crlf", 0, false}, {"excel", 0, false},
		{"anonymous", 0, false}},
	.exec = exec_attendance,
};

const struct cmd_entry cmd_export_quorum_entry = {
	.group = "export",
	.name = "quorum",
	.synopsis = "MEETING " FORMAT_SYNOPSIS,
	.summary = N_("a meeting's quorum timeline as CSV"),
	.min_args = 1,
	.max_args = 1,
	.options = {CLI_OUTPUT_OPTION, {"delimiter", 0, true}, {"bom", 0, false},
		{"crlf", 0, false}, {"excel", 0, false}, {"anonymous", 0, false}},
	.exec = exec_quorum,
};

const struct cmd_entry cmd_export_actions_entry = {
	.group = "export",
	.name = "actions",
	.synopsis = "[--open] " FORMAT_SYNOPSIS,
	.summary = N_("action items as CSV; --open: only those still open"),
	.min_args = 0,
	.max_args = 0,
	.options = {{"open", 0, false}, CLI_OUTPUT_OPTION, {"delimiter", 0, true},
		{"bom", 0, false}, {"crlf", 0, false}, {"excel", 0, false},
		{"anonymous", 0, false}},
	.exec = exec_actions,
};
