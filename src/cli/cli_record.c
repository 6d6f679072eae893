/*
 * cli_record.c — argument readers and table cells shared by the commands
 * of the meeting record (see cli_record.h).  Only parsing and layout:
 * every rule lives in the core.
 */
#include <stdio.h>
#include <string.h>

#include "agenda.h"
#include "cli_record.h"
#include "i18n.h"
#include "meetings.h"
#include "members.h"
#include "text.h"
#include "text_show.h"

/* Beyond any agenda, but a number agenda_get can say "no item" about. */
#define POSITION_MAX 1000000

bool cli_parse_position(const char *text, int *position, struct nl_error *err)
{
	int64_t id;
	if (parse_id(text, &id) && id <= POSITION_MAX) {
		*position = (int)id;
		return true;
	}
	nl_fail(err, NL_ERR_INVALID,
		_("\"%s\" is not an agenda position (1, 2, …)"), QUOTED(text));
	return false;
}

bool cli_parse_record_id(const char *text, int64_t *id, struct nl_error *err)
{
	if (parse_id(text, id))
		return true;
	nl_fail(err, NL_ERR_INVALID, _("\"%s\" is not an id (1, 2, …)"),
		QUOTED(text));
	return false;
}

bool cli_parse_date_option(const struct cmd_args *args, const char *name,
			   struct nl_date *date, struct nl_error *err)
{
	const char *text = cli_opt(args, name);
	memset(date, 0, sizeof *date);
	if (!text || nl_parse_date(text, date))
		return true;
	nl_fail(err, NL_ERR_USAGE, _("--%s \"%s\" is not a date YYYY-MM-DD"),
		name, QUOTED(text));
	return false;
}

bool cli_parse_yes_no_option(const struct cmd_args *args, const char *name,
			     bool *given, bool *value, struct nl_error *err)
{
	const char *text = cli_opt(args, name);
	*given = text != NULL;
	if (!text)
		return true;
	if (strcmp(text, "yes") == 0 || strcmp(text, "ja") == 0)
		*value = true;
	else if (strcmp(text, "no") == 0 || strcmp(text, "nee") == 0)
		*value = false;
	else {
		nl_fail(err, NL_ERR_USAGE, _("--%s must be yes or no, not "
					     "\"%s\""), name, QUOTED(text));
		return false;
	}
	return true;
}

struct store *cli_meeting(struct cli *cli, const struct cmd_args *args,
			  struct meeting *meeting, struct nl_error *err)
{
	struct store *store = cli_store(cli, err);
	if (!store || meeting_resolve(store, args->arg[0], meeting, err) != NL_OK)
		return NULL;
	return store;
}

struct store *cli_agenda_item(struct cli *cli, const struct cmd_args *args,
			      struct meeting *meeting,
			      struct agenda_item *item, struct nl_error *err)
{
	int position;
	if (!cli_parse_position(args->arg[1], &position, err))
		return NULL;
	struct store *store = cli_meeting(cli, args, meeting, err);
	if (!store ||
	    agenda_get(store, meeting->id, position, item, err) != NL_OK)
		return NULL;
	return store;
}

void cli_format_origin(struct nl_date date, int position, char *out,
		       size_t size)
{
	char day[NL_DATE_LEN];
	nl_format_date(date, day);
	if (position > 0)
		snprintf(out, size, "%s #%d", day, position);
	else
		snprintf(out, size, "%s", day);
}

void cli_format_date_or_dash(struct nl_date date, char out[NL_DATE_LEN])
{
	if (date.year)
		nl_format_date(date, out);
	else
		snprintf(out, NL_DATE_LEN, "-");
}

void cli_print_cell(FILE *out, const char *s, int cols)
{
	char cut[512];
	text_fit(cli_show(s), cols, false, cut, sizeof cut);
	cli_print_padded(out, cut, cols);
	fputc(' ', out);
}
