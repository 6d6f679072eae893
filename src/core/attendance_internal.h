/*
 * attendance_internal.h — what the writers of attendance share
 * (attendance.c, attendance_seats.c, guests.c, attendance_correct.c;
 * src/core only), so that a correction is judged by the same moment, the
 * same meeting rules and the same time rules as the event it corrects.
 */
#ifndef NOTULIST_ATTENDANCE_INTERNAL_H
#define NOTULIST_ATTENDANCE_INTERNAL_H

#include <stdbool.h>

#include "attendance.h"
#include "attendance_log.h"
#include "settings.h"

struct store;

/* The moment an event happens: `at`, or now (only on the meeting's day or
 * night, or for an excuse); a moment in the future is refused. */
enum nl_status attendance_choose_time(const struct meeting *m,
				      enum att_kind kind, nl_time at,
				      nl_time now, nl_time *out,
				      struct nl_error *err);
/* Whether the meeting still takes an event at *at (att_meeting_accepts;
 * an excuse after the close is moved to the close). */
enum nl_status attendance_meeting_takes(const struct meeting *m,
					enum att_kind kind, nl_time *at,
					struct nl_error *err);
/* Whether the meeting has its quorum as something is recorded in its
 * record at `now`: an open meeting at its current moment; a closed one
 * just before its close (people leaving as it closes do not take the
 * quorum away from what it decided); a planned one has nobody. */
enum nl_status attendance_quorum_for_record(struct store *store,
					    const struct meeting *meeting,
					    nl_time now,
					    struct quorum_state *out,
					    struct nl_error *err);
/* The quorum at the meeting's current moment, by the one replay. */
enum nl_status att_quorum_now(const struct att_log *log,
			      const struct settings *settings,
			      const struct meeting *meeting, nl_time now,
			      struct quorum_state *out, struct nl_error *err);
/* Opens a planned meeting: the first arrival makes it happen. */
enum nl_status attendance_open_for_checkin(struct store *store,
					   struct meeting *m, nl_time now,
					   bool *opened, struct nl_error *err);

/* The rules of seats, before event (of out->person, at out->meeting) is
 * recorded: a stand-in takes a seat (event->for_person_id) only as
 * attendance_stand_in says, a stand-in without a seat is not checked in,
 * and a member whose seat a stand-in holds is not checked in beside them.
 * Fills out->seat with the member whose seat the event takes. */
enum nl_status att_check_seat(struct store *store, const struct att_log *log,
			      const struct settings *settings,
			      struct att_outcome *out,
			      const struct att_event *event, nl_time now,
			      struct nl_error *err);

#endif
