/*
 * cmd_complete.c — `notulist complete -- WORD...`: candidates for the
 * shell's tab completion (data/notulist.bash), one per line.  Everything is
 * read from the command table (synopsis placeholders such as PERSON,
 * MEETING, KEY, solicited|unsolicited), so every new command completes
 * without changes here.  It never creates a database: a missing file just
 * offers no names.  ":files" alone on a line asks the shell to complete
 * file names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cli_private.h"
#include "i18n.h"
#include "meetings.h"
#include "members.h"
#include "settings.h"
#include "text.h"

#define MAX_TOKENS 32

struct completion {
	struct cli *cli;
	const char *current;   /* the word being completed */
};

/* Case and accents do not count: "em" offers "Émile", as the board's
 * search finds "Zoë" for "zoe".  The shell gets the candidate as stored. */
static void offer(const struct completion *c, const char *candidate)
{
	char folded_candidate[512], folded_current[512];
	text_fold(candidate, FOLD_CASE_ACCENT, folded_candidate,
		  sizeof folded_candidate);
	text_fold(c->current, FOLD_CASE_ACCENT, folded_current,
		  sizeof folded_current);
	if (strncmp(folded_candidate, folded_current,
		    strlen(folded_current)) == 0)
		printf("%s\n", cli_show(candidate));
}

/* The database, only when it already exists: completing must not create
 * files as a side effect (complete is not creates_database). */
static struct store *existing_store(struct cli *cli)
{
	struct nl_error err;
	nl_error_clear(&err);
	return cli_store(cli, &err);
}

static void offer_people(const struct completion *c)
{
	struct store *store = existing_store(c->cli);
	struct person *people;
	size_t n;
	struct nl_error err = {0};
	if (!store || member_list(store, false, &people, &n, &err) != NL_OK)
		return;
	for (size_t i = 0; i < n; i++)
		offer(c, people[i].name);
	free(people);
}

static void offer_municipalities(const struct completion *c)
{
	struct store *store = existing_store(c->cli);
	struct municipality *all;
	size_t n;
	struct nl_error err = {0};
	if (!store || municipality_list(store, &all, &n, &err) != NL_OK)
		return;
	for (size_t i = 0; i < n; i++)
		offer(c, all[i].name);
	free(all);
}

/* Dates name meetings; a date with two meetings offers their ids. */
static void offer_meetings(const struct completion *c)
{
	struct store *store = existing_store(c->cli);
	struct meeting *all;
	size_t n;
	struct nl_error err = {0};
	if (!store || meeting_list(store, 0, &all, &n, &err) != NL_OK)
		return;
	for (size_t i = 0; i < n; i++) {
		char date[NL_DATE_LEN], id[32];
		bool shared = (i > 0 && !nl_date_compare(all[i].date,
							 all[i - 1].date)) ||
			      (i + 1 < n && !nl_date_compare(all[i].date,
							     all[i + 1].date));
		nl_format_date(all[i].date, date);
		snprintf(id, sizeof id, "%lld", (long long)all[i].id);
		offer(c, shared ? id : date);
	}
	free(all);
}

static void offer_alternatives(const struct completion *c, const char *spec)
{
	char buf[128];
	snprintf(buf, sizeof buf, "%s", spec);
	for (char *save = NULL, *alt = strtok_r(buf, "|", &save); alt;
	     alt = strtok_r(NULL, "|", &save)) {
		size_t len = strlen(alt);
		if (len >= 2 && alt[0] == '\'' && alt[len - 1] == '\'') {
			alt[len - 1] = '\0';
			alt++;
		}
		offer(c, alt);
	}
}

/* A synopsis placeholder says what belongs there. */
static void offer_for(const struct completion *c, const char *placeholder)
{
	if (strcmp(placeholder, "PERSON") == 0 ||
	    strcmp(placeholder, "MEMBER") == 0)
		offer_people(c);
	else if (strcmp(placeholder, "MEETING") == 0)
		offer_meetings(c);
	else if (strcmp(placeholder, "NAME-MUNICIPALITY") == 0 ||
		 strcmp(placeholder, "MUNICIPALITY") == 0)
		offer_municipalities(c);
	else if (strcmp(placeholder, "KEY") == 0)
		for (size_t i = 0; i < settings_key_count(); i++)
			offer(c, settings_key_at(i));
	else if (strcmp(placeholder, "ROLE") == 0)
		for (int r = 0; r < ROLE_COUNT; r++)
			offer(c, role_key((enum role)r));
	else if (strcmp(placeholder, "FILE") == 0)
		printf(":files\n");
	else if (strchr(placeholder, '|'))
		offer_alternatives(c, placeholder);
}

/* Splits a synopsis into bare tokens: "[--at TIME]" → "--at", "TIME". */
static int tokens_of(const char *synopsis, char tokens[][64])
{
	char buf[512];
	int n = 0;
	snprintf(buf, sizeof buf, "%s", synopsis);
	for (char *save = NULL, *t = strtok_r(buf, " ", &save);
	     t && n < MAX_TOKENS; t = strtok_r(NULL, " ", &save)) {
		while (*t == '[')
			t++;
		size_t len = strlen(t);
		while (len > 0 && (t[len - 1] == ']' || t[len - 1] == '.'))
			t[--len] = '\0';
		if (len == 0 || strcmp(t, "|") == 0 || strcmp(t, "...") == 0)
			continue;
		snprintf(tokens[n++], 64, "%s", t);
	}
	return n;
}

/* The placeholder after "--name" in the synopsis, with --municipality's
 * NAME told apart from a command's own NAME argument. */
static const char *option_value(char tokens[][64], int n, const char *option)
{
	for (int i = 0; i + 1 < n; i++) {
		if (strcmp(tokens[i], option) != 0)
			continue;
		if (strcmp(option, "--municipality") == 0)
			return "NAME-MUNICIPALITY";
		if (strcmp(option, "--chair") == 0 || strcmp(option, "--by") == 0)
			return "PERSON";
		return tokens[i + 1];
	}
	if (strcmp(option, "--role") == 0)
		return "ROLE";
	return NULL;
}

static const char *positional(char tokens[][64], int n, int index)
{
	for (int i = 0, k = 0; i < n; i++) {
		if (tokens[i][0] == '-') {
			i++; /* skip the option's value, if any */
			continue;
		}
		if (k++ == index)
			return tokens[i];
	}
	return NULL;
}

static bool takes_value(const struct cmd_entry *e, const char *word)
{
	bool is_short = word[0] == '-' && word[1] && word[1] != '-' && !word[2];
	for (int i = 0; i < CLI_MAX_OPTIONS && e->options[i].name; i++)
		if ((strncmp(word, "--", 2) == 0 &&
		     strcmp(word + 2, e->options[i].name) == 0) ||
		    (is_short && word[1] == e->options[i].short_name))
			return e->options[i].takes_value;
	return false;
}

static void complete_arguments(const struct completion *c,
			       const struct cmd_entry *e, char **words, int n)
{
	char tokens[MAX_TOKENS][64];
	int count = tokens_of(e->synopsis, tokens), args = 0;
	if (n > 0 && takes_value(e, words[n - 1])) {
		const char *ph = option_value(tokens, count, words[n - 1]);
		if (ph)
			offer_for(c, ph);
		return;
	}
	if (c->current[0] == '-') {
		for (int i = 0; i < CLI_MAX_OPTIONS && e->options[i].name; i++) {
			char option[72];
			snprintf(option, sizeof option, "--%s", e->options[i].name);
			offer(c, option);
		}
		return;
	}
	for (int i = 0; i < n; i++) {
		if (words[i][0] == '-')
			i += takes_value(e, words[i]);
		else
			args++;
	}
	const char *ph = positional(tokens, count, args);
	if (ph)
		offer_for(c, ph);
}

static void complete_command(const struct completion *c, char **words, int n)
{
	const char *group = n > 0 ? words[0] : NULL, *last_group = NULL;
	for (const struct cmd_entry *const *e = cli_commands; *e; e++) {
		const struct cmd_entry *entry = *e;
		if (n == 0) {
			/* A group's entries are neighbours in the table. */
			if (!entry->group)
				offer(c, entry->name);
			else if (!last_group || strcmp(last_group, entry->group))
				offer(c, entry->group);
			last_group = entry->group;
			continue;
		}
		if (entry->group && strcmp(entry->group, group) == 0) {
			if (n == 1)
				offer(c, entry->name);
			else if (strcmp(entry->name, words[1]) == 0)
				complete_arguments(c, entry, words + 2, n - 2);
		} else if (!entry->group && strcmp(entry->name, group) == 0) {
			complete_arguments(c, entry, words + 1, n - 1);
		}
	}
}

static int exec_complete(struct cli *cli, const struct cmd_args *args)
{
	char *words[CLI_MAX_ARGS];
	int n = 0, last = args->n_args - 1;
	struct completion c = {cli, last >= 0 ? args->arg[last] : ""};
	/* The words before the current one, without the global options. */
	for (int i = 0; i < last; i++) {
		const char *w = args->arg[i];
		bool db = strcmp(w, "-d") == 0 || strcmp(w, "--db") == 0;
		if (n == 0 && (strncmp(w, "--db=", 5) == 0 ||
			       (strncmp(w, "-d", 2) == 0 && w[2] != '\0'))) {
			cli->db_path = w + (w[1] == '-' ? 5 : 2);
			continue;
		}
		if (db || strcmp(w, "--lang") == 0) {
			if (i + 1 == last) {
				if (db)
					printf(":files\n");
				return EXIT_OK;
			}
			if (db)
				cli->db_path = args->arg[i + 1];
			i++;
		} else if (n > 0 || w[0] != '-') {
			words[n++] = (char *)w;
		}
	}
	complete_command(&c, words, n);
	return EXIT_OK;
}

const struct cmd_entry cmd_complete_entry = {
	.group = NULL,
	.name = "complete",
	.synopsis = "-- WORD...",
	.summary = N_("print completions for the shell (used by the bash completion)"),
	.min_args = 0,
	.max_args = CLI_MAX_ARGS,
	.exec = exec_complete,
};
