/*
 * fuzz_settings.c — libFuzzer target for setting values: `config set KEY
 * VALUE` for every key (settings.c).
 *
 * An input's first byte picks the key (every key in turn, and now and then
 * one that does not exist); the rest, up to a NUL byte, is the value.  On a
 * scratch database, inside a transaction that is rolled back (so every run
 * starts from the defaults):
 *  - an accepted value round-trips: `config get` then gives a value that
 *    means the same (the settings loaded are identical), and setting that
 *    value again is accepted and changes nothing;
 *  - a refused value leaves the setting as it was, with one printable
 *    line saying why (the value quoted, shortened when long);
 *  - what `config get` gives is always one printable line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "settings.h"
#include "store.h"

static struct store *fuzz_store;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_store = fuzz_open_scratch_store("settings.db");
	return 0;
}

static void loaded(struct settings *s)
{
	struct nl_error err = {0};
	if (settings_load(fuzz_store, s, &err) != NL_OK)
		abort();
}

static void got(const char *key, char *out, size_t size)
{
	struct nl_error err = {0};
	if (settings_get(fuzz_store, key, out, size, &err) != NL_OK ||
	    !fuzz_printable(out, strlen(out), NULL))
		abort();
}

/* A key that does not exist: refused on set and on get, in one line. */
static void check_unknown(const char *key, const char *value)
{
	struct nl_error err = {0};
	char out[512];
	if (settings_set(fuzz_store, key, value, &err) != NL_ERR_INVALID ||
	    !fuzz_one_line(err.message) ||
	    settings_get(fuzz_store, key, out, sizeof out, &err) !=
		    NL_ERR_INVALID ||
	    !fuzz_one_line(err.message))
		abort();
}

static void check(const char *key, const char *value)
{
	struct nl_error err = {0};
	struct settings before, after, again;
	char was[512], now[512], then[512];
	if (!settings_key_help(key)) {
		check_unknown(key, value);
		return;
	}
	got(key, was, sizeof was);
	loaded(&before);
	enum nl_status status = settings_set(fuzz_store, key, value, &err);
	got(key, now, sizeof now);
	loaded(&after);
	if (status != NL_OK) {
		if (status != NL_ERR_INVALID || !fuzz_one_line(err.message) ||
		    strcmp(was, now) != 0 ||
		    memcmp(&before, &after, sizeof before) != 0)
			abort();
		return;
	}
	if (settings_set(fuzz_store, key, now, &err) != NL_OK)
		abort(); /* what get gave is refused */
	got(key, then, sizeof then);
	loaded(&again);
	if (strcmp(now, then) != 0 || memcmp(&after, &again, sizeof after) != 0)
		abort(); /* setting what get gave changed something */
	/* The value set and the value got mean the same. */
	struct settings typed, stored;
	const char *why;
	settings_defaults(&typed);
	settings_defaults(&stored);
	if (!settings_apply(&typed, key, value, &why) ||
	    !settings_apply(&stored, key, now, &why) ||
	    memcmp(&typed, &stored, sizeof typed) != 0 ||
	    memcmp(&typed, &after, sizeof typed) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nl_error err = {0};
	if (!fuzz_store)
		LLVMFuzzerInitialize(NULL, NULL);
	if (size == 0)
		return 0;
	size_t n = settings_key_count();
	size_t pick = data[0] % (n + 1);
	const char *key = pick < n ? settings_key_at(pick) : "no_such_key";
	char *value = fuzz_string(data + 1, size - 1);
	if (store_begin_write(fuzz_store, &err) != NL_OK)
		abort();
	check(key, value);
	store_rollback(fuzz_store);
	free(value);
	return 0;
}
