/*
 * cli.h — the command-line front end: one table of commands, one argument
 * parser, and helpers every cmd_*.c uses.  Commands call core functions
 * only; they never touch SQL.  Output to stdout is stable for scripts;
 * errors are one line on stderr.
 */
#ifndef NOTULIST_CLI_H
#define NOTULIST_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "model.h"
#include "nl_error.h"

enum exit_code { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* `check` speaks the Monitoring Plugins' language instead, so that
 * Icinga, Nagios or cron can tell a warning from a failure: 0 nothing to
 * act on, 1 WARN, 2 ALERT, 3 it could not check at all. */
enum check_exit_code {
	CHECK_OK = 0, CHECK_WARNING = 1, CHECK_CRITICAL = 2, CHECK_UNKNOWN = 3
};

#define CLI_MAX_OPTIONS 12
#define CLI_MAX_ARGS 16

struct opt_spec {
	const char *name;   /* long name without dashes: "location" */
	char short_name;    /* 0: none */
	bool takes_value;
};

struct cli;
struct cmd_args;

struct cmd_entry {
	const char *group;      /* "meeting", or NULL for a top-level command */
	const char *name;       /* "add" */
	const char *synopsis;   /* arguments and options, for usage lines */
	const char *summary;    /* N_(): one line for --help */
	int min_args, max_args; /* positional arguments */
	/* May make a new database when there is none (init, and commands
	 * that add to an empty one); every other command says there is
	 * none and creates nothing. */
	bool creates_database;
	/* Exits with enum check_exit_code: every failure, a usage error
	 * included, is CHECK_UNKNOWN (3). */
	bool monitoring_exit;
	struct opt_spec options[CLI_MAX_OPTIONS]; /* ends with name NULL */
	int (*exec)(struct cli *cli, const struct cmd_args *args);
};

struct cmd_args {
	const struct cmd_entry *entry;
	const char *arg[CLI_MAX_ARGS];
	int n_args;
	const char *value[CLI_MAX_OPTIONS]; /* parallel to entry->options */
	bool present[CLI_MAX_OPTIONS];
};

/* The table of every command, ending with name NULL (cmd_table.c). */
extern const struct cmd_entry *const cli_commands[];

/* Options: the value of --name, or NULL; whether a flag was given. */
const char *cli_opt(const struct cmd_args *args, const char *name);
bool cli_flag(const struct cmd_args *args, const char *name);

/* Parses argv after the command words; prints a usage error and returns
 * false on bad syntax. */
bool cli_parse_args(const struct cmd_entry *entry, int argc, char **argv,
		    struct cmd_args *out);

/* Prints "notulist: <message>" on stderr and returns the exit code for the
 * status: 1, or 2 for NL_ERR_USAGE, printed as a usage error of the
 * command running ("notulist <cmd>: <message>; usage: ..."). */
int cli_report(struct cli *cli, const struct nl_error *err);
int cli_usage_error(const struct cmd_entry *entry, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int cli_fail(struct cli *cli, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Help text, on lines of at most 80 columns in every language: the usage
 * line of a command (wrapped); a command's usage and what it does
 * (COMMAND --help); the commands of a group (GROUP --help). */
void cli_print_usage(FILE *out, const struct cmd_entry *entry);
void cli_print_command_help(FILE *out, const struct cmd_entry *entry);
void cli_print_group_help(FILE *out, const char *group);
/* Prints text and a newline with control bytes and invalid UTF-8 shown as
 * escapes (\n, \x1b): an error about typed input stays one clean line. */
void cli_print_line(FILE *out, const char *text);
void cli_print_help(FILE *out);

/* The open database, opened on first use; created when missing only for
 * the board and commands marked creates_database. */
struct store *cli_store(struct cli *cli, struct nl_error *err);
const char *cli_db_path(struct cli *cli, struct nl_error *err);
nl_time cli_now(struct cli *cli);

/* A malformed option value is a usage error (exit 2), not a failure:
 * turns NL_ERR_INVALID in err into NL_ERR_USAGE; returns false, for
 * `if (!parse(...)) return cli_option_failed(&err) ...`. */
bool cli_option_failed(struct nl_error *err);

/* Option readers: NL_ERR_USAGE when the value is malformed. */
/* Reads --at for a meeting (see meeting_time_read); 0 when not given.  A
 * text that is no time is NL_ERR_USAGE; a time outside the meeting's day
 * and night, or one the clocks skipped, NL_ERR_INVALID. */
bool cli_parse_at(const struct cmd_args *args, const struct meeting *meeting,
		  nl_time *at, struct nl_error *err);

/* --year YYYY (left unchanged when absent); false with err set. */
bool cli_parse_year(const struct cmd_args *args, int *year,
		    struct nl_error *err);

struct history;
/* Loads the history the continuity rules and the report need for a year. */
enum nl_status cli_load_history(struct cli *cli, int year,
				struct history *history, struct nl_error *err);

/* Stored or typed text as one field of the output: control characters,
 * bidi controls and broken UTF-8 shown as escapes, tabs as spaces, and
 * line breaks as "\n" (cli_show) or kept (cli_show_lines); see
 * text_show.h.  Every string the output repeats from the database or the
 * command line goes through one of them.  The result stays valid for the
 * next seven calls; cli_show_release frees what is left. */
const char *cli_show(const char *text);
const char *cli_show_lines(const char *text);
void cli_show_release(void);

/* Writes s (shown with cli_show) padded with spaces to `cols` terminal
 * columns. */
void cli_print_padded(FILE *out, const char *s, int cols);

#endif
