/*
 * import.h — `notulist import members`: people from a CSV file.
 *
 * The header row names the columns (case-insensitive, English or Dutch):
 * name/naam (required), municipality/gemeente, role/rol, email/e-mail,
 * phone/telefoon; other columns are reported and ignored.  Each row goes
 * through the checks of `member add` (member_clean_fields).
 *
 * All or nothing: the whole file is one write transaction.  Every bad row
 * is reported with its line, and if there was any, nothing is written.  A
 * person already there (same name, case-insensitively, and municipality)
 * is skipped, or with `update` given the file's role, e-mail and phone.
 * With `update`, the only person of a name (named once in the file) found
 * under another municipality has moved: a move from today, as `member
 * move` records it, never a second person.
 * Memory stays flat however long the file: rows stream from the reader
 * into a staging table.
 */
#ifndef NOTULIST_IMPORT_H
#define NOTULIST_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "model.h"
#include "nl_error.h"

struct store;

struct import_options {
	char delimiter;              /* 0: detect ',', ';' or tab */
	bool dry_run;                /* check and count, write nothing */
	bool update;                 /* change people already there */
	bool create_municipalities;  /* instead of refusing unknown ones */
};

/* Receives, in file order, each line to show the user: the notices
 * ("FILE:1: unknown column "x" is ignored") and the problems
 * ("FILE:7: name is empty; unknown role "boss""). */
struct import_messages {
	void (*notice)(void *ctx, const char *line);
	void (*problem)(void *ctx, const char *line);
	void *ctx;
};

struct import_summary {
	size_t added, updated, skipped, municipalities_created;
	size_t errors;  /* rows with problems */
};

/* Reads `in` (named `name` in messages).  Returns NL_OK when every row was
 * good (written unless dry_run); otherwise err says why in one line: a
 * problem with the file as a whole ("FILE: empty file …", "cannot read
 * FILE: …"), or "FILE: nothing imported (N errors)" after the problems
 * went to messages. */
enum nl_status import_members(struct store *store, FILE *in, const char *name,
			      const struct import_options *options,
			      nl_time now, const struct import_messages *messages,
			      struct import_summary *summary,
			      struct nl_error *err);

#endif
