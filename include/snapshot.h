/*
 * snapshot.h — everything a front end shows about one meeting at one
 * moment: who is where, the quorum, its timeline and the balance.  The board
 * and `status` both draw from this and compute nothing themselves.
 */
#ifndef NOTULIST_SNAPSHOT_H
#define NOTULIST_SNAPSHOT_H

#include <stddef.h>

#include "attendance.h"
#include "balance.h"
#include "guests.h"
#include "model.h"
#include "nl_error.h"
#include "quorum.h"
#include "settings.h"

struct store;

struct attendee {
	struct person person;      /* with the municipality of the meeting's
				    * day (roster_place) */
	struct person_attendance attendance;
	bool counts;   /* the role it counts as (a stand-in's seat) counts
			* for the quorum */
	bool expected; /* roster_expected_at: missed when not there */
};

struct municipality_balance {
	struct municipality municipality;
	struct balance_row row;
};

struct meeting_snapshot {
	struct meeting meeting;
	struct settings settings;
	nl_time moment;               /* now, or the close of the meeting */
	size_t n_events;              /* attendance events in force */
	/* People expected at the meeting (roster_expected_at) and anyone
	 * with a record in it, ordered by their municipality of that day
	 * (none last), then name. */
	struct attendee *people;
	size_t n_people;
	struct quorum_state quorum;
	struct quorum_timeline timeline;
	struct municipality_balance *balance; /* those taking part that day */
	size_t n_balance;
	struct balance_report balance_report;
	struct meeting_guest *guests;  /* one-time guests, by arrival */
	size_t n_guests;
};

enum nl_status snapshot_load(struct store *store, int64_t meeting_id,
			     nl_time now, struct meeting_snapshot *out,
			     struct nl_error *err);
void snapshot_free(struct meeting_snapshot *snapshot);

/* How many of the people in the snapshot are in each state ("13 present,
 * 4 left, 2 excused, 3 not arrived"). */
struct presence_counts {
	int present, left, excused, not_arrived;
};
struct presence_counts snapshot_presence_counts(
	const struct meeting_snapshot *snapshot);

/* The people of one municipality (0: none) who count for the quorum, and
 * how many of them are present ("Zuidplas — 2 of 4 present"). */
struct group_count {
	int present, listed;
};
struct group_count snapshot_group_count(const struct meeting_snapshot *snapshot,
					int64_t municipality_id);

/* The one scale of all balance bars: the largest number present or
 * expected in any municipality (at least 1), so the bars compare. */
double snapshot_balance_scale(const struct meeting_snapshot *snapshot);

/* The attendee with that person id, or NULL. */
const struct attendee *snapshot_find(const struct meeting_snapshot *snapshot,
				     int64_t person_id);

/* The stand-in in a member's seat, or NULL. */
const struct attendee *snapshot_stand_in_for(
	const struct meeting_snapshot *snapshot, int64_t member_id);

/* The open quorum lapse at the snapshot's moment, or NULL. */
const struct quorum_lapse *snapshot_current_lapse(
	const struct meeting_snapshot *snapshot);

#endif
