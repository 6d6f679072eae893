/*
 * guests.h — one-time guests of a meeting (`checkin MEETING --guest NAME`).
 *
 * A guest is no member: recorded for one meeting only, never expected at
 * another, never counted for the quorum or the balance, listed apart in
 * the minutes.  (The member role "guest" is for someone expected at every
 * meeting, such as a fixed advisor.)  A guest's check-in is taken back by
 * `undo` like any attendance action, in the order they were entered.
 */
#ifndef NOTULIST_GUESTS_H
#define NOTULIST_GUESTS_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "nl_error.h"

struct store;

struct meeting_guest {
	int64_t id;
	int64_t meeting_id;
	char name[NL_NAME_SIZE];
	char organisation[NL_NAME_SIZE]; /* "": none given */
	nl_time arrived_at;
	int64_t after_event;  /* the highest attendance id when entered */
};

/* Records a guest arriving at a meeting at `at` (0: now, on the meeting's
 * day or night only), in one transaction; a planned meeting opens, as with
 * a check-in.  The same name twice at one meeting is refused. */
enum nl_status guest_checkin(struct store *store, int64_t meeting_id,
			     const char *name, const char *organisation,
			     nl_time at, nl_time now, struct meeting_guest *out,
			     struct nl_error *err);

/* The meeting's guests that were not taken back, in arrival order. */
enum nl_status guest_list(struct store *store, int64_t meeting_id,
			  struct meeting_guest **out, size_t *n,
			  struct nl_error *err);

#endif
