/*
 * attendance_internal.h — what attendance.c (recording, undo) and
 * attendance_correct.c (strike, retime, clear) share (src/core only), so
 * that a correction is judged by the same moment, the same meeting rules
 * and the same time rules as the event it corrects.
 */
#ifndef NOTULIST_ATTENDANCE_INTERNAL_H
#define NOTULIST_ATTENDANCE_INTERNAL_H

#include "attendance.h"

struct att_log;
struct settings;

/* The quorum at the meeting's current moment, by the one replay. */
enum nl_status att_quorum_now(const struct att_log *log,
			      const struct settings *settings,
			      const struct meeting *meeting, nl_time now,
			      struct quorum_state *out, struct nl_error *err);

/* The time of a new row: `at`, or now (0); a future time is refused. */
enum nl_status att_choose_time(const struct meeting *m, enum att_kind kind,
			       nl_time at, nl_time now, nl_time *out,
			       struct nl_error *err);

/* Whether the meeting takes a row of this kind at *at (refused once the
 * minutes are approved, or after the close); may move an excuse to the
 * close. */
enum nl_status att_meeting_takes(const struct meeting *m, enum att_kind kind,
				 nl_time *at, struct nl_error *err);

#endif
