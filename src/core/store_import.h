/*
 * store_import.h — SQL for `import members` (src/core only).
 *
 * Rows are staged in a TEMP table, one reused statement each, and written
 * at the end with one INSERT … SELECT (and one UPDATE … FROM): per-row
 * inserts into person were slow, mostly for its CHECK constraints and
 * indexes.  The caller holds the write transaction around begin … end, so
 * a rollback takes the staging tables away with everything else.
 */
#ifndef NOTULIST_STORE_IMPORT_H
#define NOTULIST_STORE_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nl_error.h"

struct store;
struct store_import;

struct import_row {
	long line;
	const char *name, *name_key;        /* name_key: text_fold FOLD_CASE */
	int64_t municipality_id;            /* 0: none, or still to create */
	const char *municipality_key;       /* "": none */
	const char *role;                   /* a role key; NULL: not given */
	const char *email, *phone;          /* NULL or "": not given */
};

struct import_counts {
	size_t added, updated, skipped, municipalities;
};

enum nl_status store_import_begin(struct store *store,
				  struct store_import **out,
				  struct nl_error *err);
/* Stages a row.  When the file already had a row for the same person
 * (same name_key and municipality_key), nothing is staged and *earlier is
 * that row's line; otherwise *earlier is 0. */
enum nl_status store_import_stage(struct store_import *si,
				  const struct import_row *row, long *earlier,
				  struct nl_error *err);
/* Remembers a municipality to create (once per key). */
enum nl_status store_import_new_municipality(struct store_import *si,
					     const char *name, const char *key,
					     long line, struct nl_error *err);
/* Creates the new municipalities, then adds the people who are not there
 * yet (same name_key and municipality, not erased) and, with update,
 * changes the ones that are where the file says something new. */
enum nl_status store_import_apply(struct store_import *si, bool update,
				  const char *now, struct import_counts *out,
				  struct nl_error *err);
/* Finalizes the statements and drops the staging tables. */
void store_import_end(struct store_import *si);

#endif
