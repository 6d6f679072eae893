/*
 * cli.c — argument parsing, usage and error reporting shared by every
 * command.  Options may come before or after positional arguments, as
 * "--name value", "--name=value" or "-x value"; "--" ends the options.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_private.h"
#include "i18n.h"
#include "meetings.h"
#include "store.h"
#include "text.h"
#include "text_show.h"

static int option_index(const struct cmd_entry *entry, const char *name)
{
	for (int i = 0; i < CLI_MAX_OPTIONS && entry->options[i].name; i++)
		if (strcmp(entry->options[i].name, name) == 0)
			return i;
	return -1;
}

const char *cli_opt(const struct cmd_args *args, const char *name)
{
	int i = option_index(args->entry, name);
	return i >= 0 && args->present[i] ? args->value[i] : NULL;
}

bool cli_flag(const struct cmd_args *args, const char *name)
{
	int i = option_index(args->entry, name);
	return i >= 0 && args->present[i];
}

static int find_short(const struct cmd_entry *entry, char c)
{
	for (int i = 0; i < CLI_MAX_OPTIONS && entry->options[i].name; i++)
		if (entry->options[i].short_name == c)
			return i;
	return -1;
}

/* Handles one "-x"/"--name[=value]" word; *i advances past a value. */
static bool parse_option(const struct cmd_entry *entry, int argc, char **argv,
			 int *i, struct cmd_args *out)
{
	const char *word = argv[*i], *inline_value = NULL;
	char name[64];
	int index;
	if (word[1] == '-') {
		const char *eq = strchr(word + 2, '=');
		size_t len = eq ? (size_t)(eq - word - 2) : strlen(word + 2);
		snprintf(name, sizeof name, "%.*s", (int)len, word + 2);
		inline_value = eq ? eq + 1 : NULL;
		index = option_index(entry, name);
	} else {
		index = word[2] == '\0' ? find_short(entry, word[1]) : -1;
	}
	if (index < 0) {
		cli_usage_error(entry, _("unknown option %s"), word);
		return false;
	}
	const struct opt_spec *spec = &entry->options[index];
	if (!spec->takes_value) {
		if (inline_value) {
			cli_usage_error(entry, _("option --%s takes no value"),
					spec->name);
			return false;
		}
		out->present[index] = true;
		return true;
	}
	if (!inline_value) {
		if (*i + 1 >= argc) {
			cli_usage_error(entry, _("option --%s needs a value"),
					spec->name);
			return false;
		}
		inline_value = argv[++*i];
	}
	out->present[index] = true;
	out->value[index] = inline_value;
	return true;
}

/* "--name" or "-x" with x a letter. */
static bool looks_like_option(const char *word)
{
	char c = word[1];
	if (word[0] != '-')
		return false;
	if (c == '-')
		return word[2] != '\0';
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool cli_parse_args(const struct cmd_entry *entry, int argc, char **argv,
		    struct cmd_args *out)
{
	bool options_done = false;
	memset(out, 0, sizeof *out);
	out->entry = entry;
	for (int i = 0; i < argc; i++) {
		const char *word = argv[i];
		if (!options_done && strcmp(word, "--") == 0) {
			options_done = true;
			continue;
		}
		/* "-" alone, words after "--", and text that merely starts
		 * with a dash ("- punt", a list item in a note) are data. */
		if (!options_done && looks_like_option(word)) {
			if (!parse_option(entry, argc, argv, &i, out))
				return false;
			continue;
		}
		if (out->n_args >= entry->max_args) {
			cli_usage_error(entry, _("unexpected argument \"%s\""),
					QUOTED(word));
			return false;
		}
		out->arg[out->n_args++] = word;
	}
	if (out->n_args < entry->min_args) {
		cli_usage_error(entry, _("missing argument"));
		return false;
	}
	return true;
}

static void command_name(const struct cmd_entry *entry, char *out, size_t size)
{
	if (entry->group)
		snprintf(out, size, "%s %s", entry->group, entry->name);
	else
		snprintf(out, size, "%s", entry->name);
}

/* ---- help: lines of at most HELP_WIDTH columns, in every language ---- */

#define HELP_WIDTH 80

/* Columns taken by the first n bytes of s. */
static int width_of(const char *s, size_t n)
{
	char buf[1024];
	snprintf(buf, sizeof buf, "%.*s", (int)n, s);
	return text_display_width(buf);
}

/* Bytes of the longest start of text that fits in cols columns and ends
 * before a space; 0 when not even the first word fits.  With keep_groups
 * a synopsis is broken between its [...] groups where possible, so that
 * "[--from D --to D]" stays on one line. */
static size_t fitting_break(const char *text, int cols, bool keep_groups)
{
	size_t any = 0, outside = 0;
	int depth = 0;
	for (size_t i = 0; text[i]; i++) {
		if (text[i] == '[') {
			depth++;
		} else if (text[i] == ']' && depth > 0) {
			depth--;
		} else if (text[i] == ' ') {
			if (width_of(text, i) > cols)
				break;
			any = i;
			if (depth == 0)
				outside = i;
		}
	}
	return keep_groups && outside ? outside : any;
}

/* Writes text word-wrapped: the first line after `first`, the others
 * after `rest` (indents of spaces).  A word wider than a line stays
 * whole. */
static void print_wrapped(FILE *out, const char *first, const char *rest,
			  const char *text, bool keep_groups)
{
	const char *indent = first;
	while (*text) {
		int cols = HELP_WIDTH - (int)strlen(indent);
		size_t cut = strlen(text);
		if (width_of(text, cut) > cols) {
			cut = fitting_break(text, cols, keep_groups);
			if (cut == 0)
				cut = strcspn(text, " ");
		}
		fprintf(out, "%s%.*s\n", indent, (int)cut, text);
		text += cut;
		while (*text == ' ')
			text++;
		indent = rest;
	}
}

void cli_print_usage(FILE *out, const struct cmd_entry *entry)
{
	char name[64], line[1024];
	command_name(entry, name, sizeof name);
	/* TRANSLATORS: the command, a space when arguments follow, its
	 * arguments ("meeting add", " ", "YYYY-MM-DD [HH:MM]"). */
	snprintf(line, sizeof line, _("usage: notulist [-d FILE] %s%s%s\n"),
		 name, *entry->synopsis ? " " : "", entry->synopsis);
	line[strcspn(line, "\n")] = '\0';
	print_wrapped(out, "", "    ", line, true);
}

/* One command as --help lists it: its synopsis, then what it does. */
static void print_entry(FILE *out, const struct cmd_entry *entry)
{
	char name[64], line[1024];
	command_name(entry, name, sizeof name);
	snprintf(line, sizeof line, "%s%s%s", name,
		 *entry->synopsis ? " " : "", entry->synopsis);
	print_wrapped(out, "  ", "      ", line, true);
	print_wrapped(out, "        ", "        ", _(entry->summary), false);
}

void cli_print_command_help(FILE *out, const struct cmd_entry *entry)
{
	cli_print_usage(out, entry);
	print_wrapped(out, "  ", "  ", _(entry->summary), false);
}

void cli_print_group_help(FILE *out, const char *group)
{
	/* TRANSLATORS: the group of commands, such as "member". */
	fprintf(out, _("Usage: notulist [-d FILE] %s COMMAND [ARGS]\n\n"
		       "Commands:\n"), group);
	for (const struct cmd_entry *const *e = cli_commands; *e; e++)
		if ((*e)->group && strcmp((*e)->group, group) == 0)
			print_entry(out, *e);
}

/* Whatever the user typed is shown on one printable line: control bytes
 * and invalid UTF-8 become escapes (\n, \x1b), never raw terminal input.
 * Messages from the core quote user input already (text_quote): what is
 * left to escape here is only what came through another way. */
void cli_print_line(FILE *out, const char *text)
{
	if (text_shows_as_is(text, SHOW_EXACT)) {
		fputs(text, out);
	} else {
		char *shown = text_show_dup(text, SHOW_EXACT);
		fputs(shown ? shown : "?", out);
		free(shown);
	}
	fputc('\n', out);
}

/* The last few strings cli_show made: a printf may hold several at once,
 * and none outlives the command. */
#define SHOWN_RING 8
static char *shown_ring[SHOWN_RING];
static unsigned shown_next;

static const char *show(const char *text, enum text_show mode)
{
	if (!text || text_shows_as_is(text, mode))
		return text ? text : "";
	char *shown = text_show_dup(text, mode);
	if (!shown)
		return "?";
	free(shown_ring[shown_next]);
	shown_ring[shown_next] = shown;
	shown_next = (shown_next + 1) % SHOWN_RING;
	return shown;
}

const char *cli_show(const char *text)
{
	return show(text, SHOW_LINE);
}

const char *cli_show_lines(const char *text)
{
	return show(text, SHOW_LINES);
}

void cli_show_release(void)
{
	for (unsigned i = 0; i < SHOWN_RING; i++) {
		free(shown_ring[i]);
		shown_ring[i] = NULL;
	}
	shown_next = 0;
}

int cli_usage_error(const struct cmd_entry *entry, const char *fmt, ...)
{
	char name[64], message[512], line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	if (!entry) {
		snprintf(line, sizeof line, _("notulist: %s (see: notulist --help)"),
			 message);
	} else {
		command_name(entry, name, sizeof name);
		snprintf(line, sizeof line,
			 /* TRANSLATORS: the command, the error, then the
			  * usage: the command again, a space when arguments
			  * follow, its arguments. */
			 _("notulist %s: %s; usage: notulist %s%s%s"), name,
			 message, name, *entry->synopsis ? " " : "",
			 entry->synopsis);
	}
	cli_print_line(stderr, line);
	return EXIT_USAGE;
}

int cli_report(struct cli *cli, const struct nl_error *err)
{
	char line[sizeof err->message + 16];
	if (err->status == NL_ERR_USAGE)
		return cli_usage_error(cli->entry, "%s", err->message);
	snprintf(line, sizeof line, "notulist: %s", err->message);
	cli_print_line(stderr, line);
	return err->status == NL_OK ? EXIT_OK : EXIT_FAIL;
}

int cli_fail(struct cli *cli, const char *fmt, ...)
{
	char message[768], line[800];
	va_list ap;
	(void)cli;
	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	snprintf(line, sizeof line, "notulist: %s", message);
	cli_print_line(stderr, line);
	return EXIT_FAIL;
}

void cli_print_help(FILE *out)
{
	fprintf(out, "%s",
		_("Usage: notulist [-d FILE] [--lang nl|en] [COMMAND [ARGS]]\n"
		  "\n"
		  "Keeps attendance, quorum and balance of a client-participation "
		  "meeting\n(Participatiewet art. 47). Without a command, "
		  "notulist opens the live\nmeeting board.\n\nCommands:\n"));
	for (const struct cmd_entry *const *e = cli_commands; *e; e++)
		print_entry(out, *e);
	fprintf(out, "%s",
		_("\nOptions:\n"
		  "  -d, --db FILE  database file (also -dFILE, --db=FILE or\n"
		  "                 NOTULIST_DB; default\n"
		  "                 $XDG_DATA_HOME/notulist/notulist.db)\n"
		  "  --lang nl|en   language of messages (default: the locale)\n"
		  "  -h, --help     this help; COMMAND --help for one command,\n"
		  "                 GROUP --help for a group (member --help)\n"
		  "  -V, --version  program version\n"));
	fprintf(out, "%s",
		_("\n"
		  "PERSON is an id or a name (case-insensitive; accents count);\n"
		  "checkin, checkout and excuse also take a first name or the\n"
		  "start of one active person's name (kees: Kees de Graaf).\n"
		  "MEETING is an id or a date YYYY-MM-DD.\n"
		  "\n"
		  "Exit status: 0 success; 1 the operation failed (not found,\n"
		  "refused, invalid data, database error); 2 usage error, also\n"
		  "a malformed option value (--year abc).  check, as the\n"
		  "Monitoring Plugins: 0 nothing to act on, 1 WARN lines,\n"
		  "2 an ALERT line, 3 could not check (usage, no database,\n"
		  "unreadable, locked).\n"));
}

void cli_print_padded(FILE *out, const char *s, int cols)
{
	s = cli_show(s);
	int width = text_display_width(s);
	fputs(s, out);
	for (; width < cols; width++)
		fputc(' ', out);
}

/* Only the board and commands that can do something with a new, empty
 * database create one; a read command on a mistyped path must say there
 * is nothing there, not report on an empty database it just made. */
static bool may_create(const struct cli *cli)
{
	return !cli->entry || cli->entry->creates_database;
}

const char *cli_db_path(struct cli *cli, struct nl_error *err)
{
	if (cli->db_path)
		return cli->db_path;
	const char *env = getenv("NOTULIST_DB");
	if (env && *env)
		return cli->db_path = env;
	if (store_default_path(cli->default_path, sizeof cli->default_path,
			       may_create(cli), err) != NL_OK)
		return NULL;
	return cli->db_path = cli->default_path;
}

struct store *cli_store(struct cli *cli, struct nl_error *err)
{
	if (cli->store)
		return cli->store;
	const char *path = cli_db_path(cli, err);
	if (!path)
		return NULL;
	enum nl_status status =
		may_create(cli)
			? store_open(path, &cli->store, &cli->created, err)
			: store_open_existing(path, &cli->store, err);
	if (status != NL_OK)
		return NULL;
	if (store_notice(cli->store)) {
		char line[1100];
		snprintf(line, sizeof line, "notulist: %s",
			 store_notice(cli->store));
		cli_print_line(stderr, line);
	}
	return cli->store;
}

nl_time cli_now(struct cli *cli)
{
	if (!cli->now)
		cli->now = nl_now();
	return cli->now;
}

bool cli_option_failed(struct nl_error *err)
{
	if (err->status == NL_ERR_INVALID)
		err->status = NL_ERR_USAGE;
	return false;
}

/* The forms meeting_time_read accepts, whether or not the time fits. */
static bool is_time_text(const char *text)
{
	int minutes;
	struct nl_date day;
	int64_t second;
	nl_time instant;
	return nl_parse_hhmm(text, &minutes) ||
	       nl_parse_local(text, &day, &second) ||
	       nl_parse_instant(text, &instant);
}

bool cli_parse_at(const struct cmd_args *args, const struct meeting *meeting,
		  nl_time *at, struct nl_error *err)
{
	const char *text = cli_opt(args, "at");
	*at = 0;
	if (!text || meeting_time_read(meeting, "--at", text, at, err) == NL_OK)
		return true;
	/* Text that is no time at all is a usage error; a real time that
	 * is not this meeting's, or that the clocks skipped, is refused. */
	if (!is_time_text(text))
		cli_option_failed(err);
	return false;
}
