/* store_meetings.h — SQL for meetings (src/core; the attendance log:
 * store_attendance.h). */
#ifndef NOTULIST_STORE_MEETINGS_H
#define NOTULIST_STORE_MEETINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "nl_error.h"

struct store;

enum nl_status store_meeting_insert(struct store *store,
				    const struct meeting *meeting,
				    const char *created_at, int64_t *id,
				    struct nl_error *err);
/* NL_ERR_NOTFOUND when absent (no message written). */
enum nl_status store_meeting_by_id(struct store *store, int64_t id,
				   struct meeting *out, struct nl_error *err);

struct meeting_filter {
	int year;                      /* 0: any */
	const struct nl_date *date;    /* NULL: any */
	const enum meeting_status *status; /* NULL: any */
	const struct nl_date *from, *to; /* an inclusive period; NULL: open */
};

/* Ordered by date, start time, id. */
enum nl_status store_meeting_list(struct store *store,
				  const struct meeting_filter *filter,
				  struct meeting **out, size_t *n,
				  struct nl_error *err);
/* The latest held (open or closed) meeting before `self` in the order of
 * store_meeting_list; NL_ERR_NOTFOUND (no message) when there is none.
 * One indexed step back from its day, whatever the history. */
enum nl_status store_meeting_previous_held(struct store *store,
					   const struct meeting *self,
					   struct meeting *out,
					   struct nl_error *err);
enum nl_status store_meeting_set_status(struct store *store, int64_t id,
					enum meeting_status status,
					nl_time opened_at, nl_time closed_at,
					struct nl_error *err);
/* Records the day the meeting's minutes were approved. */
enum nl_status store_meeting_set_approved(struct store *store, int64_t id,
					  struct nl_date approved_on,
					  struct nl_error *err);

/* What refers to a meeting: rows of each kind (attendance counts every
 * row, also struck ones, since none can be deleted; guests are people
 * recorded for this meeting only). */
struct meeting_contents {
	int attendance, agenda, actions, advice, guests;
};
enum nl_status store_meeting_contents(struct store *store, int64_t id,
				      struct meeting_contents *out,
				      struct nl_error *err);
/* Writes date, start time, location, chair and quorum. */
enum nl_status store_meeting_update(struct store *store,
				    const struct meeting *meeting,
				    struct nl_error *err);
/* Deletes a meeting and its change log; the caller has checked that
 * nothing else refers to it. */
enum nl_status store_meeting_delete(struct store *store, int64_t id,
				    struct nl_error *err);

/* Records the day the invitation went out. */
enum nl_status store_meeting_set_invitation(struct store *store, int64_t id,
					    struct nl_date sent_on,
					    struct nl_error *err);

#endif
