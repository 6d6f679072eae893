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

void cli_print_usage(FILE *out, const struct cmd_entry *entry)
{
	char name[64];
	command_name(entry, name, sizeof name);
	/* TRANSLATORS: the command, a space when arguments follow, its
	 * arguments ("meeting add", " ", "YYYY-MM-DD [HH:MM]"). */
	fprintf(out, _("usage: notulist [-d FILE] %s%s%s\n"), name,
		*entry->synopsis ? " " : "", entry->synopsis);
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
		/* TRANSLATORS: the command, the error, then the usage: the
		 * command again, a space when arguments follow, its
		 * arguments. */
		snprintf(line, sizeof line,
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
	(void)cli;
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
	for (const struct cmd_entry *const *e = cli_commands; *e; e++) {
		char name[64], line[256];
		command_name(*e, name, sizeof name);
		snprintf(line, sizeof line, "%s%s%s", name,
			 *(*e)->synopsis ? " " : "", (*e)->synopsis);
		fprintf(out, "  %s\n        %s\n", line, _((*e)->summary));
	}
	fprintf(out, "%s",
		_("\nOptions:\n"
		  "  -d FILE        database file (also NOTULIST_DB; default\n"
		  "                 $XDG_DATA_HOME/notulist/notulist.db)\n"
		  "  --lang nl|en   language of messages (default: the locale)\n"
		  "  -h, --help     this help; COMMAND --help for one command\n"
		  "  -V, --version  program version\n"
		  "\n"
		  "PERSON is an id or a name (case-insensitive; accents count).\n"
		  "MEETING is an id or a date YYYY-MM-DD.\n"
		  "\n"
		  "Exit status: 0 success; 1 the operation failed (not found,\n"
		  "refused, invalid data, database error); 2 usage error.\n"));
}

void cli_print_padded(FILE *out, const char *s, int cols)
{
	s = cli_show(s);
	int width = text_display_width(s);
	fputs(s, out);
	for (; width < cols; width++)
		fputc(' ', out);
}

const char *cli_db_path(struct cli *cli, struct nl_error *err)
{
	if (cli->db_path)
		return cli->db_path;
	const char *env = getenv("NOTULIST_DB");
	if (env && *env)
		return cli->db_path = env;
	if (store_default_path(cli->default_path, sizeof cli->default_path,
			       err) != NL_OK)
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
	if (store_open(path, &cli->store, &cli->created, err) != NL_OK)
		return NULL;
	return cli->store;
}

nl_time cli_now(struct cli *cli)
{
	if (!cli->now)
		cli->now = nl_now();
	return cli->now;
}

bool cli_parse_at(const struct cmd_args *args, const struct meeting *meeting,
		  nl_time *at, struct nl_error *err)
{
	const char *text = cli_opt(args, "at");
	*at = 0;
	return !text ||
	       meeting_time_read(meeting, "--at", text, at, err) == NL_OK;
}
