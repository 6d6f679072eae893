/*
 * meetings.h — planning, opening and closing meetings.
 *
 * A MEETING reference is an id or a date (YYYY-MM-DD); a date with more
 * than one meeting fails with the candidates.  At most one meeting is open
 * at a time: that is the one the board and `status` show by default.
 */
#ifndef NOTULIST_MEETINGS_H
#define NOTULIST_MEETINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "nl_error.h"

struct store;

struct meeting_input {
	struct nl_date date;
	int start_minute;       /* -1: no start time */
	const char *location;   /* optional */
	const char *chair;      /* optional PERSON reference */
	int quorum_min;         /* 0: the quorum_min setting */
};

enum nl_status meeting_add(struct store *store, const struct meeting_input *in,
			   nl_time now, int64_t *id, struct nl_error *err);
enum nl_status meeting_list(struct store *store, int year,
			    struct meeting **out, size_t *n,
			    struct nl_error *err);
enum nl_status meeting_resolve(struct store *store, const char *ref,
			       struct meeting *out, struct nl_error *err);
enum nl_status meeting_get(struct store *store, int64_t id,
			   struct meeting *out, struct nl_error *err);
/* *found is false (and NL_OK returned) when no meeting is open. */
enum nl_status meeting_find_open(struct store *store, struct meeting *out,
				 bool *found, struct nl_error *err);

/* Opens a planned (or re-opens a closed) meeting; refused while another
 * meeting is open, and for a meeting whose minutes are approved. */
enum nl_status meeting_open(struct store *store, int64_t id, nl_time now,
			    struct meeting *out, struct nl_error *err);
/* Closes an open meeting at `at` (0: now during its day and night, else
 * the time of its last attendance event in force, and never before that
 * event); a time after now is refused. */
enum nl_status meeting_close(struct store *store, int64_t id, nl_time at,
			     nl_time now, struct meeting *out,
			     struct nl_error *err);

/* Records that the minutes of a closed meeting were approved on `on`
 * (normally at the next meeting).  Only once; not before the meeting's
 * day, not after today.  From then on the meeting's record is final: its
 * agenda and its list of actions no longer change, and it cannot be
 * opened again. */
enum nl_status meeting_approve_minutes(struct store *store, int64_t id,
				       struct nl_date on, nl_time now,
				       struct meeting *out,
				       struct nl_error *err);

/* What `meeting edit` changes; each field NULL (or -2, 0) is left alone. */
struct meeting_changes {
	const struct nl_date *date; /* only while nothing is recorded */
	int start_minute;           /* -2: unchanged; -1: no start time */
	const char *location;       /* "": none */
	const char *chair;          /* PERSON reference; "": none */
	int quorum_min;             /* 0: unchanged */
};

/* Changes a meeting's plan (one transaction, one change-log entry per
 * field that changed); refused once the minutes are approved, and the
 * date once anything is recorded for it.  NL_ERR_INVALID when nothing
 * would change. */
enum nl_status meeting_edit(struct store *store, int64_t id,
			    const struct meeting_changes *changes,
			    nl_time now, struct meeting *out,
			    struct nl_error *err);

/* Marks a meeting that did not take place as cancelled: not held, nobody
 * expected, not counted in the yearly target or in absences.  Refused
 * while attendance is in force (clear it first) and once approved. */
enum nl_status meeting_cancel(struct store *store, int64_t id, nl_time now,
			      struct meeting *out, struct nl_error *err);

/* Deletes a meeting entered by mistake, only when nothing refers to it
 * (attendance, agenda items, actions, advice, guests: the message lists
 * them). */
enum nl_status meeting_remove(struct store *store, int64_t id,
			      struct meeting *out, struct nl_error *err);

/* Whether a meeting took place or is taking place (open or closed). */
bool meeting_status_held(enum meeting_status status);

/* The status as lists show it: "approved 2026-04-01" once the minutes
 * are approved, else the status label. */
void meeting_status_text(const struct meeting *meeting, char *out,
			 size_t size);

/* Records that the invitation to a meeting went out on `on` (not after
 * the meeting, not after today); again replaces the date. */
enum nl_status meeting_record_invitation(struct store *store, int64_t id,
					 struct nl_date on, nl_time now,
					 struct meeting *out,
					 struct nl_error *err);

/* "3 (2026-12-03 19:30, Gemeentehuis)" for messages; the place shown
 * with its control characters escaped (text_show.h). */
void meeting_describe(const struct meeting *meeting, char *out, size_t size);

/* The meeting's start as an nl_time (00:00 when it has no start time). */
nl_time meeting_start(const struct meeting *meeting);

/* Clock slack: a time given for the current minute is never "future". */
#define MEETING_CLOCK_SLACK 60

/* A meeting's night: an evening meeting may run past midnight, and until
 * 06:00 the next morning (minutes of the day) the times are still its own. */
#define MEETING_NIGHT_END (6 * 60)

/* 06:00 on the morning after the meeting's date: the end of its night. */
nl_time meeting_night_end(const struct meeting *meeting);

/* Refuses, with the sentence every writer gives, when the meeting's
 * minutes are approved and its record is final: the board asks this
 * before it asks anything else (a time, a yes or no). */
enum nl_status meeting_check_changeable(const struct meeting *meeting,
					struct nl_error *err);

/* Whether `now` is during the meeting's day or its night (00:00 on its
 * date to MEETING_NIGHT_END the next morning), when "now" is a sensible
 * default time for what happens in it. */
bool meeting_is_current(const struct meeting *meeting, nl_time now);

/* A time the user gave for something in the meeting (--at, the board's
 * time prompt).  "HH:MM" is on the meeting's date, or on the next morning
 * when it is before MEETING_NIGHT_END and before the meeting's start (or,
 * without a planned start, before it opened): "00:20" at an evening
 * meeting is twenty past midnight.  "YYYY-MM-DDTHH:MM" (or with a space,
 * seconds, or an offset such as "+01:00") must fall within the meeting's
 * day or night.  A time the clock skipped (summer time) is refused; one it
 * showed twice is the first occurrence.  label ("--at", or NULL) names
 * where the text came from in the message about a text that is no time. */
enum nl_status meeting_time_read(const struct meeting *meeting,
				 const char *label, const char *text,
				 nl_time *at, struct nl_error *err);

#endif
