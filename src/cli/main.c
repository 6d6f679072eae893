/*
 * main.c — global options, then dispatch: a command from the table, or the
 * meeting board when there is none.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_private.h"
#include "i18n.h"
#include "i18n_init.h"
#include "store.h"
#include "../tui/tui.h"
#include "text_show.h"

#ifndef NOTULIST_VERSION
#define NOTULIST_VERSION "0.0.0"
#endif

struct globals {
	const char *db;
	const char *lang;
	bool help, version;
	int first_command_word;
};

static const char *take_value(int argc, char **argv, int *i, const char *word,
			      const char *prefix)
{
	size_t len = strlen(prefix);
	if (strncmp(word, prefix, len) == 0 && word[len] == '=')
		return word + len + 1;
	if (*i + 1 < argc)
		return argv[++*i];
	return NULL;
}

static bool is_option(const char *word, const char *long_name, const char *s)
{
	size_t len = strlen(long_name);
	return (s && strcmp(word, s) == 0) || strcmp(word, long_name) == 0 ||
	       (strncmp(word, long_name, len) == 0 && word[len] == '=');
}

/* Returns EXIT_OK, or EXIT_USAGE after printing the error. */
static int parse_globals(int argc, char **argv, struct globals *g)
{
	int i = 1;
	memset(g, 0, sizeof *g);
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *w = argv[i];
		if (strncmp(w, "-d", 2) == 0 && w[2] != '\0') {
			g->db = w + 2; /* -dFILE, as getopt reads it */
		} else if (is_option(w, "--db", "-d")) {
			g->db = take_value(argc, argv, &i, w, "--db");
			/* An empty name would make SQLite use a temporary
			 * database that vanishes on exit. */
			if (!g->db || !*g->db)
				return cli_usage_error(NULL, _("-d needs a file"));
		} else if (is_option(w, "--lang", NULL)) {
			g->lang = take_value(argc, argv, &i, w, "--lang");
			if (!g->lang || (strcmp(g->lang, "nl") != 0 &&
					 strcmp(g->lang, "en") != 0))
				return cli_usage_error(NULL,
						       _("--lang needs nl or en"));
		} else if (strcmp(w, "-h") == 0 || strcmp(w, "--help") == 0) {
			g->help = true;
		} else if (strcmp(w, "-V") == 0 || strcmp(w, "--version") == 0) {
			g->version = true;
		} else {
			return cli_usage_error(NULL, _("unknown option %s"), w);
		}
	}
	g->first_command_word = i;
	return EXIT_OK;
}

static const char *known_lang(const char *lang)
{
	return lang && (strcmp(lang, "nl") == 0 || strcmp(lang, "en") == 0)
		       ? lang : NULL;
}

/* --lang must take effect before the first message, so it is looked for
 * before the other options are parsed.  A language notulist does not know
 * is left to parse_globals, whose error is then in the environment's
 * language. */
static const char *lang_option(int argc, char **argv)
{
	for (int i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strncmp(argv[i], "--lang=", 7) == 0)
			return known_lang(argv[i] + 7);
		if (strcmp(argv[i], "--lang") == 0)
			return i + 1 < argc ? known_lang(argv[i + 1]) : NULL;
		if (strcmp(argv[i], "-d") == 0 || strcmp(argv[i], "--db") == 0)
			i++;
	}
	return NULL;
}

static bool is_group(const char *word)
{
	for (const struct cmd_entry *const *e = cli_commands; *e; e++)
		if ((*e)->group && strcmp((*e)->group, word) == 0)
			return true;
	return false;
}

/* Finds the entry named by argv[0] (and argv[1] for a group); *words says
 * how many words the name took. */
static const struct cmd_entry *find_entry(int argc, char **argv, int *words)
{
	for (const struct cmd_entry *const *e = cli_commands; *e; e++) {
		if (!(*e)->group && strcmp((*e)->name, argv[0]) == 0) {
			*words = 1;
			return *e;
		}
		if ((*e)->group && argc > 1 && strcmp((*e)->group, argv[0]) == 0 &&
		    strcmp((*e)->name, argv[1]) == 0) {
			*words = 2;
			return *e;
		}
	}
	return NULL;
}

static int group_usage(const char *group, const char *word)
{
	char names[256] = "";
	for (const struct cmd_entry *const *e = cli_commands; *e; e++) {
		if (!(*e)->group || strcmp((*e)->group, group) != 0)
			continue;
		size_t used = strlen(names);
		snprintf(names + used, sizeof names - used, "%s%s",
			 used ? ", " : "", (*e)->name);
	}
	char line[1024];
	if (word)
		snprintf(line, sizeof line,
			 _("notulist %s: unknown subcommand \"%s\"; one of: %s"),
			 group, QUOTED(word), names);
	else
		snprintf(line, sizeof line,
			 _("notulist %s: which one? %s (see: notulist --help)"),
			 group, names);
	cli_print_line(stderr, line);
	return EXIT_USAGE;
}

static bool is_help(const char *word)
{
	return strcmp(word, "--help") == 0 || strcmp(word, "-h") == 0;
}

static bool wants_help(int argc, char **argv)
{
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return false;
		if (is_help(argv[i]))
			return true;
	}
	return false;
}

static int run_command(struct cli *cli, int argc, char **argv)
{
	int words;
	struct cmd_args args;
	if (strcmp(argv[0], "help") == 0) {
		const struct cmd_entry *e = argc > 1 ? find_entry(argc - 1, argv + 1,
								  &words) : NULL;
		if (e)
			cli_print_command_help(stdout, e);
		else if (argc > 1 && is_group(argv[1]))
			cli_print_group_help(stdout, argv[1]);
		else
			cli_print_help(stdout);
		return EXIT_OK;
	}
	const struct cmd_entry *entry = find_entry(argc, argv, &words);
	if (!entry) {
		if (is_group(argv[0]) && argc > 1 && is_help(argv[1])) {
			cli_print_group_help(stdout, argv[0]);
			return EXIT_OK;
		}
		if (is_group(argv[0]))
			return group_usage(argv[0], argc > 1 ? argv[1] : NULL);
		return cli_usage_error(NULL, _("unknown command \"%s\""),
				       QUOTED(argv[0]));
	}
	if (wants_help(argc - words, argv + words)) {
		cli_print_command_help(stdout, entry);
		return EXIT_OK;
	}
	cli->entry = entry;
	if (!cli_parse_args(entry, argc - words, argv + words, &args))
		return entry->monitoring_exit ? CHECK_UNKNOWN : EXIT_USAGE;
	return entry->exec(cli, &args);
}

static int run_board(struct cli *cli)
{
	struct nl_error err;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || store_claim_board(store, &err) != NL_OK)
		return cli_report(cli, &err);
	return tui_run(store);
}

/* Output that could not be written is a failure of the command, said in
 * one line; the database may already hold what the command did.  A
 * command that failed has said so already: one error line is enough. */
static int check_output(const struct cli *cli, int status)
{
	bool monitoring = cli->entry && cli->entry->monitoring_exit;
	errno = 0;
	if ((fflush(stdout) != 0 || ferror(stdout)) &&
	    (status == EXIT_OK || (monitoring && status != CHECK_UNKNOWN))) {
		fprintf(stderr, _("notulist: cannot write the output (%s)\n"),
			strerror(errno ? errno : EIO));
		return monitoring ? CHECK_UNKNOWN : EXIT_FAIL;
	}
	return status;
}

int main(int argc, char **argv)
{
	struct globals g;
	struct cli cli;
	int status;
	memset(&cli, 0, sizeof cli);
	/* A file-size limit (ulimit -f) must be a write error we report and
	 * clean up after, not a signal that kills us mid-file. */
	signal(SIGXFSZ, SIG_IGN);
	i18n_init(argv[0], lang_option(argc, argv));
	status = parse_globals(argc, argv, &g);
	if (status != EXIT_OK)
		return status;
	if (g.help) {
		cli_print_help(stdout);
		return check_output(&cli, EXIT_OK);
	}
	if (g.version) {
		printf("notulist %s\n", NOTULIST_VERSION);
		return check_output(&cli, EXIT_OK);
	}
	cli.db_path = g.db;
	if (g.first_command_word >= argc)
		status = run_board(&cli);
	else
		status = run_command(&cli, argc - g.first_command_word,
				     argv + g.first_command_word);
	store_close(cli.store);
	status = check_output(&cli, status);
	cli_show_release();
	return status;
}
