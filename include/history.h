/*
 * history.h — what happened at a run of meetings, condensed for the
 * continuity rules and the annual report: per meeting its quorum timeline
 * and everyone's attendance, plus the body (people, municipalities,
 * settings) as it is now, and every action item and advice (follow-up is
 * judged on today, whatever the period).  Loaded in one read transaction; plain data
 * afterwards, so the rules that read it stay pure.
 */
#ifndef NOTULIST_HISTORY_H
#define NOTULIST_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "attendance.h"
#include "model.h"
#include "nl_error.h"
#include "quorum.h"
#include "record_model.h"
#include "roster.h"
#include "settings.h"

struct store;

struct meeting_history {
	struct meeting meeting;
	bool held;                      /* opened at some point */
	nl_time moment;                 /* judged at: its close, or now */
	struct quorum_timeline timeline;
	struct quorum_state quorum;     /* at the moment */
	int attended;                   /* counting people present at any time */
	struct person_attendance *attendance; /* people with records, by id */
	size_t n_attendance;
};

struct history {
	struct settings settings;
	struct nl_date today;
	nl_time now;                    /* 0: judge by the date alone */
	struct municipality *municipalities;
	size_t n_municipalities;
	/* Moves, municipalities leaving and terms of office: who counted
	 * where on each meeting's day. */
	struct roster roster;
	/* Everyone who was a member at some time in the period or has a
	 * record in one of its meetings, active or not. */
	struct person *people;
	size_t n_people;
	struct meeting_history *meetings; /* date order */
	size_t n_meetings;
	struct action_item *actions;    /* all of them, by id */
	size_t n_actions;
	struct advice *advice;          /* all of it, by sent date */
	size_t n_advice;
	/* The period's decisions taken without quorum, by meeting and
	 * position. */
	struct quorumless_decision *quorumless;
	size_t n_quorumless;
};

/* Loads every meeting dated from..to (inclusive). */
enum nl_status history_load(struct store *store, struct nl_date from,
			    struct nl_date to, nl_time now,
			    struct history *out, struct nl_error *err);
/* What continuity_check and report_write need to judge `year` on `now`
 * (check, report, the board's warnings): the meetings of the year and
 * after it to the end of the next, and of the two years before (before
 * this year, when the year asked is still to come) as many as could
 * change a warning — often none.  The warnings and the report are those
 * of history_load over that whole window. */
enum nl_status history_load_year(struct store *store, int year, nl_time now,
				 struct history *out, struct nl_error *err);
void history_free(struct history *history);

/* How a person fared at a held meeting they were expected at or came to. */
enum attendance_outcome {
	OUTCOME_NOT_EXPECTED,  /* not a member then, and no record */
	OUTCOME_PRESENT,       /* there at some moment */
	OUTCOME_EXCUSED,       /* sent apologies and did not come */
	OUTCOME_ABSENT         /* expected, no notice, did not come */
};

/* Judged on the meeting's day: someone not expected then (not yet a
 * member, out of office, of a municipality that had left) is NOT_EXPECTED
 * unless they came. */
enum attendance_outcome history_outcome(const struct history *history,
					const struct meeting_history *m,
					const struct person *person);

/* Whether a person counts for the quorum at a meeting: by the role their
 * attendance counts as there (a stand-in's seat), else their own. */
bool history_counts(const struct history *history,
		    const struct meeting_history *m,
		    const struct person *person);

/* The municipality a person belonged to on a day (0: none). */
int64_t history_municipality_on(const struct history *history,
				const struct person *person,
				struct nl_date day);

#endif
