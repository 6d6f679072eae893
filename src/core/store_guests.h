/* store_guests.h — SQL for one-time guests (src/core only). */
#ifndef NOTULIST_STORE_GUESTS_H
#define NOTULIST_STORE_GUESTS_H

#include <stddef.h>
#include <stdint.h>

#include "guests.h"
#include "nl_error.h"

struct store;

/* Inserts a guest; after_event is read from the attendance table in the
 * same statement.  out->id and out->after_event are filled in. */
enum nl_status store_guest_insert(struct store *store,
				  struct meeting_guest *guest,
				  nl_time recorded_at, struct nl_error *err);
/* Guests not taken back, in arrival order (then entry). */
enum nl_status store_guest_list(struct store *store, int64_t meeting_id,
				struct meeting_guest **out, size_t *n,
				struct nl_error *err);
/* The latest entered guest not taken back; NL_ERR_NOTFOUND (no message)
 * when there is none. */
enum nl_status store_guest_latest(struct store *store, int64_t meeting_id,
				  struct meeting_guest *out,
				  struct nl_error *err);
enum nl_status store_guest_undo(struct store *store, int64_t guest_id,
				nl_time now, struct nl_error *err);

#endif
