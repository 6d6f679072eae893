/*
 * fuzz_common.h — what every fuzz target checks the same way.  Included by
 * the targets (each is one translation unit with replay.c or libFuzzer).
 */
#ifndef NOTULIST_FUZZ_COMMON_H
#define NOTULIST_FUZZ_COMMON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store.h"
#include "text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A character a terminal would obey rather than show: C0 (tab, line feed
 * and carriage return only where allowed), DEL, C1, a bidi control or a
 * line or paragraph separator. */
static inline bool fuzz_raw_control(uint32_t cp, const char *allowed)
{
	if (cp < 0x80 && allowed && cp && strchr(allowed, (int)cp))
		return false;
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||
	       (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029;
}

/* True when s (len bytes) holds no such character; bytes that are not
 * UTF-8 are left to the reader (they show as replacement characters). */
static inline bool fuzz_printable(const char *s, size_t len,
				  const char *allowed)
{
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			i++;
			continue;
		}
		if (fuzz_raw_control(cp, allowed))
			return false;
		i += n;
	}
	return true;
}

/* One non-empty printable line: what every message must be. */
static inline bool fuzz_one_line(const char *s)
{
	return s[0] && fuzz_printable(s, strlen(s), NULL);
}

/* A NUL-terminated copy of data (free it). */
static inline char *fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Stops the fuzzer when its set-up fails: nothing it finds would mean
 * anything. */
static inline void fuzz_must(enum nl_status status, const struct nl_error *err)
{
	if (status != NL_OK) {
		fprintf(stderr, "fuzz: set-up failed: %s\n", err->message);
		abort();
	}
}

/* ---- a scratch directory and database ---------------------------------- */

static char fuzz_scratch[64], fuzz_scratch_db[128];
static struct store *fuzz_scratch_store;

/* A directory of our own for a run's files: under TMPDIR, else in memory
 * (/dev/shm: commits cost no disk flush), else /tmp. */
static inline void fuzz_make_scratch(void)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp || strlen(tmp) >= 32)
		tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(fuzz_scratch, sizeof fuzz_scratch, "%s/notulist-fuzz.XXXXXX",
		 tmp);
	if (!mkdtemp(fuzz_scratch))
		abort();
}

/* Removes the database made by fuzz_open_scratch_store, and only that. */
static inline void fuzz_remove_scratch_store(void)
{
	static const char *const suffixes[] = {"", "-wal", "-shm"};
	char path[160];
	store_close(fuzz_scratch_store);
	fuzz_scratch_store = NULL;
	if (!fuzz_scratch_db[0] || !strstr(fuzz_scratch, "/notulist-fuzz."))
		return;
	for (size_t i = 0; i < 3; i++) {
		snprintf(path, sizeof path, "%s%s", fuzz_scratch_db,
			 suffixes[i]);
		unlink(path);
	}
	rmdir(fuzz_scratch);
}

/* A new database in a scratch directory, removed when the process ends. */
static inline struct store *fuzz_open_scratch_store(const char *name)
{
	struct nl_error err;
	fuzz_make_scratch();
	snprintf(fuzz_scratch_db, sizeof fuzz_scratch_db, "%s/%s",
		 fuzz_scratch, name);
	atexit(fuzz_remove_scratch_store);
	if (store_open(fuzz_scratch_db, &fuzz_scratch_store, NULL, &err) !=
	    NL_OK) {
		fprintf(stderr, "fuzz: cannot make %s: %s\n", fuzz_scratch_db,
			err.message);
		abort();
	}
	return fuzz_scratch_store;
}

#endif
