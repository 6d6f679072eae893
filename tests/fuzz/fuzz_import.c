/*
 * fuzz_import.c — libFuzzer target for the CSV reader and the importer.
 *
 * Each input is a members file.  It is imported as a dry run into one small
 * database made at start-up (municipalities Aa, Bb and Cc, two people), so
 * the database never changes and every run starts from the same state; the
 * input's length picks --update and --create-municipalities, so both paths
 * run.  Then a property is checked on the reader and the writer together:
 * every record read, written out again and read back gives the same
 * fields (a formula-like field gains its "'").  A crash, a sanitizer
 * report or a broken property is a finding.
 *
 *   make fuzz [FUZZ_SECONDS=60]      build with clang and run
 *
 * build/tests/test_fuzz_import (tests/fuzz/replay.c) replays the seed
 * corpus and the regressions in every `make check`, without clang.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csv_io.h"
#include "fuzz_common.h"
#include "import.h"
#include "members.h"
#include "store.h"


static struct store *fuzz_store;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct nl_error err = {0};
	int64_t id;
	(void)argc;
	(void)argv;
	fuzz_store = fuzz_open_scratch_store("import.db");
	fuzz_must(municipality_add(fuzz_store, "Aa", 2, 1, &id, &err), &err);
	fuzz_must(municipality_add(fuzz_store, "Bb", 1, 1, &id, &err), &err);
	fuzz_must(municipality_add(fuzz_store, "Cc", 1, 1, &id, &err), &err);
	struct member_input anna = {.name = "Anna", .municipality = "Aa",
				    .role = ROLE_CLIENT};
	struct member_input chair = {.name = "Voorzitter", .role = ROLE_CHAIR,
				     .email = "v@x.nl"};
	fuzz_must(member_add(fuzz_store, &anna, 1, &id, &err), &err);
	fuzz_must(member_add(fuzz_store, &chair, 1, &id, &err), &err);
	return 0;
}

/* Every line the importer says about the file is one printable line. */
static void one_clean_line(void *ctx, const char *line)
{
	(void)ctx;
	if (!fuzz_one_line(line))
		abort();
}

static void import_as_dry_run(const uint8_t *data, size_t size)
{
	struct import_messages messages = {one_clean_line, one_clean_line, NULL};
	struct import_options options = {
		.delimiter = 0,
		.dry_run = true,
		.update = size & 1,
		.create_municipalities = (size & 2) != 0,
	};
	struct import_summary summary;
	struct nl_error err = {0};
	/* fmemopen refuses a zero-length buffer on some libcs. */
	static const char nothing[1];
	FILE *in = fmemopen(size ? (void *)data : (void *)nothing, size ? size : 1,
			    "r");
	if (!in)
		return;
	if (!size)
		fgetc(in);
	enum nl_status status = import_members(fuzz_store, in, "fuzz.csv",
					       &options, 1, &messages, &summary,
					       &err);
	fclose(in);
	/* Nothing may ever be written by a dry run, and an error leaves a
	 * one-line message without control characters (issue 22: a quoted
	 * header field brought its newlines along). */
	if (status == NL_OK && summary.errors)
		abort();
	if (status != NL_OK && !fuzz_one_line(err.message))
		abort();
}

static bool has_nul(const struct csv_record *rec)
{
	for (size_t i = 0; i < rec->n; i++)
		if (rec->lengths[i] != strlen(rec->fields[i]))
			return true;
	return false;
}

static bool formula_like(const char *s)
{
	return s[0] && strchr("=+-@\t\r", s[0]) != NULL;
}

/* Writes rec with the writer, reads it back and compares. */
static void round_trip(const struct csv_record *rec, char delimiter)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	struct csv_writer w;
	if (!out)
		return;
	csv_writer_init(&w, out, delimiter);
	/* A first record, so that a field starting with a BOM is not at
	 * the start of the file (where a reader drops it). */
	csv_write_field(&w, "x");
	csv_end_row(&w);
	for (size_t i = 0; i < rec->n; i++)
		csv_write_field(&w, rec->fields[i]);
	csv_end_row(&w);
	csv_writer_free(&w);
	fclose(out);

	struct csv_reader *r;
	struct csv_record back;
	struct nl_error err = {0};
	if (csv_reader_open_memory(text, len, delimiter, &r, &err) != NL_OK) {
		free(text);
		return;
	}
	if (csv_reader_next(r, &back, &err) != CSV_RECORD ||
	    csv_reader_next(r, &back, &err) != CSV_RECORD || back.n != rec->n)
		abort();
	for (size_t i = 0; i < rec->n; i++) {
		const char *want = rec->fields[i], *got = back.fields[i];
		if (formula_like(want)) {
			if (got[0] != '\'')
				abort();
			got++;
		}
		if (strcmp(want, got) != 0)
			abort();
	}
	csv_reader_close(r);
	free(text);
}

static void reader_round_trips(const uint8_t *data, size_t size)
{
	struct csv_reader *r;
	struct csv_record rec;
	struct nl_error err = {0};
	enum csv_next next;
	if (csv_reader_open_memory(data, size, 0, &r, &err) != NL_OK)
		return;
	while ((next = csv_reader_next(r, &rec, &err)) != CSV_END &&
	       next != CSV_FAILED)
		if (next == CSV_RECORD && !has_nul(&rec))
			round_trip(&rec, csv_reader_delimiter(r));
	csv_reader_close(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!fuzz_store)
		LLVMFuzzerInitialize(NULL, NULL);
	import_as_dry_run(data, size);
	reader_round_trips(data, size);
	return 0;
}
