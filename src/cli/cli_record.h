/*
 * cli_record.h — what the agenda, action, advice and minutes commands
 * share: reading MEETING POS, ids and dates from the command line with the
 * same messages everywhere, and the short forms their tables print.
 */
#ifndef NOTULIST_CLI_RECORD_H
#define NOTULIST_CLI_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "cli.h"
#include "record_model.h"

struct store;

/* "3" → 3; else NL_ERR_INVALID "\"abc\" is not an agenda position
 * (1, 2, …)". */
bool cli_parse_position(const char *text, int *position,
			struct nl_error *err);

/* An action or advice id; else "\"x\" is not an id (1, 2, …)". */
bool cli_parse_record_id(const char *text, int64_t *id, struct nl_error *err);

/* The date of option --name, left as year 0 when absent; else
 * NL_ERR_INVALID "--due \"2026-02-30\" is not a date YYYY-MM-DD". */
bool cli_parse_date_option(const struct cmd_args *args, const char *name,
			   struct nl_date *date, struct nl_error *err);

/* A yes/no option (also ja/nee): *given says whether it was there; else
 * NL_ERR_USAGE "--under-27 must be yes or no, not \"x\"". */
bool cli_parse_yes_no_option(const struct cmd_args *args, const char *name,
			     bool *given, bool *value, struct nl_error *err);

/* Opens the store and resolves MEETING (args->arg[0]). */
struct store *cli_meeting(struct cli *cli, const struct cmd_args *args,
			  struct meeting *meeting, struct nl_error *err);

/* Opens the store and resolves MEETING POS (args->arg[0], arg[1]). */
struct store *cli_agenda_item(struct cli *cli, const struct cmd_args *args,
			      struct meeting *meeting,
			      struct agenda_item *item, struct nl_error *err);

/* "2026-01-12 #2" (the meeting's date and the item's position), or just
 * the date when there is no item. */
void cli_format_origin(struct nl_date date, int position, char *out,
		       size_t size);

/* A date as YYYY-MM-DD, or "-" for none. */
void cli_format_date_or_dash(struct nl_date date, char out[NL_DATE_LEN]);

/* Prints s cut to `cols` columns and padded to them, then a space. */
void cli_print_cell(FILE *out, const char *s, int cols);

#endif
