/*
 * fuzz_names.c — libFuzzer target for names: cleaning (text_clean_name),
 * folding (text_fold.c) and duplicates (members.c).
 *
 * An input is two names, split at its first NUL byte (without one, the
 * second is the first in capitals).  Invariants, for each name:
 *  - both foldings are idempotent, the same for the text and its NFC
 *    form, valid UTF-8, and the search key of the identity key is the
 *    search key;
 *  - a name that text_clean_name accepts is NFC, has no control or bidi
 *    character, no blank at either end and something visible; a refused
 *    one says why in words from the catalogue;
 *  - a name finds itself by search, and by its own key;
 * and for the pair, on a scratch database with one municipality: when the
 * first is added, the second is refused as a duplicate exactly when the
 * two fold alike, and a lookup by the second finds the first then.  Each
 * pair runs inside a transaction that is rolled back, so every run starts
 * from the same database.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "members.h"
#include "store.h"
#include "text.h"

static struct store *fuzz_store;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct nl_error err = {0};
	int64_t id;
	(void)argc;
	(void)argv;
	fuzz_store = fuzz_open_scratch_store("names.db");
	if (municipality_add(fuzz_store, "Aa", 1, 1, &id, &err) != NL_OK) {
		fprintf(stderr, "fuzz_names: set-up failed: %s\n", err.message);
		abort();
	}
	return 0;
}

static char *fold(const char *text, enum text_fold mode)
{
	char *key = text_fold_dup(text, mode);
	if (!key || !utf8_valid(key, strlen(key)))
		abort();
	return key;
}

static void check_folding(const char *text)
{
	size_t len = strlen(text);
	char *nfc = malloc(len * 3 + 1);
	if (!nfc)
		abort();
	bool have_nfc = utf8_valid(text, len) && text_nfc(text, nfc, len * 3 + 1);
	for (int m = FOLD_CASE; m <= FOLD_CASE_ACCENT; m++) {
		char *once = fold(text, (enum text_fold)m);
		char *twice = fold(once, (enum text_fold)m);
		if (strcmp(once, twice) != 0)
			abort(); /* not idempotent */
		if (have_nfc) {
			char *of_nfc = fold(nfc, (enum text_fold)m);
			if (strcmp(once, of_nfc) != 0)
				abort(); /* not NFC-stable */
			free(of_nfc);
		}
		free(twice);
		free(once);
	}
	char *key = fold(text, FOLD_CASE);
	char *search_of_key = fold(key, FOLD_CASE_ACCENT);
	char *search = fold(text, FOLD_CASE_ACCENT);
	if (strcmp(search, search_of_key) != 0)
		abort();
	free(search);
	free(search_of_key);
	free(key);
	free(nfc);
}

static bool is_nfc(const char *text)
{
	size_t size = strlen(text) * 3 + 1;
	char *nfc = malloc(size);
	bool same = nfc && text_nfc(text, nfc, size) && strcmp(nfc, text) == 0;
	free(nfc);
	return same;
}

/* Cleans text as a name; checks what an accepted name must be. */
static bool clean(const char *text, char *out, size_t size)
{
	const char *why = NULL;
	if (!text_clean_name(text, NL_NAME_CHARS, out, size, &why)) {
		if (!why || !fuzz_one_line(why))
			abort();
		return false;
	}
	size_t len = strlen(out);
	if (!len || !utf8_valid(out, len) || !is_nfc(out) ||
	    text_name_problem(out) || !fuzz_printable(out, len, NULL) ||
	    out[0] == ' ' || out[len - 1] == ' ')
		abort();
	if (!text_search_match(out, out) || !text_search_prefix(out, out))
		abort();
	return true;
}

static void check_pair(const char *a, const char *b)
{
	struct nl_error err = {0};
	struct member_input in_a = {.name = a, .municipality = "Aa",
				    .role = ROLE_CLIENT};
	struct member_input in_b = {.name = b, .municipality = "Aa",
				    .role = ROLE_CLIENT};
	char clean_a[NL_NAME_SIZE], clean_b[NL_NAME_SIZE];
	int64_t id_a, id_b, digits;
	bool ok_a = clean(a, clean_a, sizeof clean_a);
	bool ok_b = clean(b, clean_b, sizeof clean_b);
	if (store_begin_write(fuzz_store, &err) != NL_OK)
		abort();
	enum nl_status status = member_add(fuzz_store, &in_a, 1, &id_a, &err);
	if (status != NL_OK && !fuzz_one_line(err.message))
		abort();
	if (status == NL_OK && !ok_a)
		abort(); /* added what text_clean_name refuses */
	if (status == NL_OK) {
		char *key_a = fold(clean_a, FOLD_CASE);
		char *key_b = fold(clean_b, FOLD_CASE);
		bool alike = ok_b && strcmp(key_a, key_b) == 0;
		/* A lookup by the second name finds the first when they fold
		 * alike (an all-digit name is an id instead). */
		struct person p;
		if (alike && !parse_id(b, &digits) &&
		    (member_resolve(fuzz_store, b, &p, &err) != NL_OK ||
		     p.id != id_a))
			abort();
		enum nl_status second = member_add(fuzz_store, &in_b, 1, &id_b,
						   &err);
		if (second != NL_OK && !fuzz_one_line(err.message))
			abort();
		if (alike && second != NL_ERR_REFUSED)
			abort(); /* a duplicate got in */
		if (!alike && ok_b && second == NL_ERR_REFUSED)
			abort(); /* refused as a duplicate of a different name */
		if (!ok_b && second == NL_OK)
			abort();
		free(key_a);
		free(key_b);
	}
	store_rollback(fuzz_store);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!fuzz_store)
		LLVMFuzzerInitialize(NULL, NULL);
	char *a = fuzz_string(data, size), *b;
	size_t len_a = strlen(a);
	if (len_a < size) {
		b = fuzz_string(data + len_a + 1, size - len_a - 1);
	} else {
		/* The same name typed again in capitals, where that is
		 * ASCII: a common way to get a duplicate. */
		b = fuzz_string(data, size);
		for (char *c = b; *c; c++)
			if (*c >= 'a' && *c <= 'z')
				*c = (char)(*c - 32);
	}
	check_folding(a);
	check_folding(b);
	check_pair(a, b);
	free(a);
	free(b);
	return 0;
}
