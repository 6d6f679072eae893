/*
 * store_export.h — the reads behind `export` (src/core only).  One
 * statement serves every meeting's attendance log: it is prepared once and
 * reset between meetings, and the caller's buffer is reused, so an export
 * of hundreds of meetings costs one prepare and no growing memory.
 */
#ifndef NOTULIST_STORE_EXPORT_H
#define NOTULIST_STORE_EXPORT_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "nl_error.h"

struct store;
struct store_event_reader;

enum nl_status store_event_reader_open(struct store *store,
				       struct store_event_reader **out,
				       struct nl_error *err);
/* One meeting's events in entry order, with each person's role and
 * municipality, into *events (room for *capacity; grown as needed). */
enum nl_status store_event_reader_load(struct store_event_reader *reader,
				       int64_t meeting_id,
				       struct att_event **events, size_t *n,
				       size_t *capacity, struct nl_error *err);
void store_event_reader_close(struct store_event_reader *reader);

#endif
