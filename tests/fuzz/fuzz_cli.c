/*
 * fuzz_cli.c — libFuzzer target for the command line: argv as a fuzzed
 * vector, run in-process (src/cli/main.c, included here with main renamed)
 * on a scratch copy of a template database.
 *
 * The template, made once: the demo body with a meeting that has a record
 * of every kind (fuzz_record.h), and then, as a predecessor's database or
 * one edited with sqlite3 could hold them, names and texts with escape
 * sequences, C1 controls, bidi overrides, tabs and line breaks.  Each run
 * restores the template's bytes, removes whatever the last run wrote, and
 * runs `notulist -d notulist.db WORD...` with the input's NUL-separated
 * words (none holding '/': the run stays in its scratch directory), stdin
 * empty, the clock fixed, stdout and stderr captured.  Invariants:
 *  - the exit status is 0, 1 or 2 — for `check` also 3;
 *  - with 1 or 2 (3 for `check`) stderr is exactly one line (`import`
 *    lists each bad row on a line of its own before it);
 *  - nothing written to stdout or stderr holds a character a terminal
 *    would obey (escape, other C0 but tab and line ends, C1, bidi
 *    controls): stored text is shown, never sent raw.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "fuzz_record.h"
#include "store.h"
#include "store_internal.h"
#include "../../src/tui/tui.h"

int notulist_main(int argc, char **argv);
#define main notulist_main
#include "../../src/cli/main.c"
#undef main

/* No board here: it needs a terminal, and the command line is the target. */
int tui_run(struct store *store)
{
	(void)store;
	fputs("notulist: the board needs a terminal\n", stderr);
	return 1;
}

#define MAX_WORDS 24
#define TEMPLATE "notulist.db"

static char *template_bytes;
static size_t template_size;

/* Removes everything in the scratch directory; called only on the
 * directory mkdtemp made. */
static void empty_scratch(void)
{
	DIR *d = opendir(".");
	struct dirent *e;
	if (!d)
		abort();
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			unlink(e->d_name);
	closedir(d);
}

static void fuzz_cleanup(void)
{
	if (!strstr(fuzz_scratch, "/notulist-fuzz.") || chdir(fuzz_scratch) != 0)
		return;
	empty_scratch();
	if (chdir("/") == 0)
		rmdir(fuzz_scratch);
}

/* Names and texts a predecessor's database may hold, written past the
 * program's own checks. */
static const char hostile_sql[] =
	"UPDATE person SET name = 'Zoë' || char(27) || ']52;c;cm0gLXJm' || "
	"char(7) || ' de Vries' WHERE id = 1;"
	"UPDATE person SET name = 'Anaïs' || char(27) || '[2J' || char(9) || "
	"'Bakker' || char(10) || 'x' WHERE id = 2;"
	"UPDATE person SET name = 'Noël ' || char(8238) || 'nesnaJ' "
	"WHERE id = 3;"
	"UPDATE person SET name = 'Joëlle' || char(155) || 'Visser' WHERE id = 4;"
	"UPDATE person SET name = char(8294) || 'Daniël Smit' || char(8297) "
	"WHERE id = 5;"
	"UPDATE municipality SET name = 'Capelle' || char(27) || '[31m' || "
	"char(8234) || ' aan den IJssel' WHERE id = 1;"
	"UPDATE meeting SET location = 'Zaal' || char(27) || '[5m' || "
	"char(8232) || '2';"
	"UPDATE setting SET value = 'GR' || char(8238) || 'x' "
	"WHERE key = 'gr_name';"
	"UPDATE agenda_item SET title = title || char(27) || '[1m' || char(9),"
	" notes = notes || char(27) || '[2K' || char(10) || 'x' || char(133),"
	" decision = decision || char(27) || '[A' || char(8237);"
	"UPDATE action_item SET description = description || char(27) || "
	"'[H' || char(10) || 'meer', owner_text = CASE WHEN owner_text IS NULL "
	"THEN NULL ELSE 'GR' || char(27) || '[7m' END;"
	"UPDATE advice SET subject = subject || char(27) || '[3J' || "
	"char(8297), answer = CASE WHEN answer IS NULL THEN NULL ELSE "
	"answer || char(27) || 'c' END;";

static void make_template(void)
{
	struct nl_error err = {0};
	struct store *store;
	bool complete;
	fuzz_must(store_open(TEMPLATE, &store, NULL, &err), &err);
	fuzz_record_demo(store);
	if (sqlite3_exec(store_db(store), hostile_sql, NULL, NULL, NULL) !=
	    SQLITE_OK) {
		fprintf(stderr, "fuzz_cli: %s\n", sqlite3_errmsg(store_db(store)));
		abort();
	}
	fuzz_must(store_checkpoint(store, &complete, &err), &err);
	store_close(store);
	FILE *fp = fopen(TEMPLATE, "rb");
	if (!fp || fseek(fp, 0, SEEK_END) != 0)
		abort();
	template_size = (size_t)ftell(fp);
	rewind(fp);
	template_bytes = malloc(template_size);
	if (!template_bytes ||
	    fread(template_bytes, 1, template_size, fp) != template_size)
		abort();
	fclose(fp);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_make_scratch();
	if (chdir(fuzz_scratch) != 0)
		abort();
	atexit(fuzz_cleanup);
	setenv("NOTULIST_NOW", "2026-03-10 15:00:00", 1);
	setenv("HOME", fuzz_scratch, 1);
	setenv("TMPDIR", fuzz_scratch, 1);
	setenv("VISUAL", "false", 1);
	setenv("EDITOR", "false", 1);
	unsetenv("XDG_DATA_HOME");
	unsetenv("NOTULIST_DB");
	if (!freopen("/dev/null", "r", stdin))
		abort();
	make_template();
	return 0;
}

/* The scratch directory holds the template's bytes and nothing else. */
static void restore(void)
{
	empty_scratch();
	int fd = open(TEMPLATE, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, template_bytes, template_size) !=
			      (ssize_t)template_size)
		abort();
	close(fd);
}

/* Splits the input at NUL bytes into at most MAX_WORDS words after
 * "notulist -d notulist.db"; false when a word could leave the scratch
 * directory. */
static bool make_argv(char *copy, size_t size, char **argv, int *argc)
{
	argv[0] = "notulist";
	argv[1] = "-d";
	argv[2] = TEMPLATE;
	*argc = 3;
	argv[3] = NULL;
	if (size == 0)
		return true;
	for (size_t start = 0; start < size && *argc < MAX_WORDS + 3;) {
		char *word = copy + start;
		if (strchr(word, '/'))
			return false;
		argv[(*argc)++] = word;
		start += strlen(word) + 1;
	}
	argv[*argc] = NULL;
	return true;
}

/* The first word that is not a global option: the command. */
static const char *command_of(char **argv, int argc)
{
	for (int i = 3; i < argc; i++) {
		if (strcmp(argv[i], "-d") == 0 || strcmp(argv[i], "--db") == 0 ||
		    strcmp(argv[i], "--lang") == 0) {
			i++;
			continue;
		}
		if (argv[i][0] != '-')
			return argv[i];
	}
	return "";
}

static size_t lines_in(const char *text, size_t len)
{
	size_t lines = 0;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	return lines;
}

static void check_run(int status, const char *command, const char *out,
		      size_t out_len, const char *err, size_t err_len)
{
	bool check = strcmp(command, "check") == 0;
	if (status < 0 || status > (check ? 3 : 2))
		abort(); /* an exit status scripts do not know */
	if (!fuzz_printable(out, out_len, "\t\r\n") ||
	    !fuzz_printable(err, err_len, "\t\r\n"))
		abort(); /* raw control characters on the terminal */
	bool failed = check ? status == 3 : status != 0;
	bool listing = strcmp(command, "import") == 0;
	if (failed && (err_len < 2 || err[err_len - 1] != '\n' ||
		       (!listing && lines_in(err, err_len) != 1)))
		abort(); /* not one line on stderr */
	if (check && status != 3 && lines_in(err, err_len) > 1)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[MAX_WORDS + 4];
	int argc;
	if (!template_bytes)
		LLVMFuzzerInitialize(NULL, NULL);
	char *copy = fuzz_string(data, size);
	if (!make_argv(copy, size, argv, &argc)) {
		free(copy);
		return 0;
	}
	restore();
	unsetenv("LANGUAGE");
	char *out = NULL, *err = NULL;
	size_t out_len = 0, err_len = 0;
	FILE *real_out = stdout, *real_err = stderr;
	stdout = open_memstream(&out, &out_len);
	stderr = open_memstream(&err, &err_len);
	if (!stdout || !stderr)
		abort();
	int status = notulist_main(argc, argv);
	fclose(stdout);
	fclose(stderr);
	stdout = real_out;
	stderr = real_err;
	check_run(status, command_of(argv, argc), out, out_len, err, err_len);
	free(out);
	free(err);
	free(copy);
	return 0;
}
