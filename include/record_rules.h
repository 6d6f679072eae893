/*
 * record_rules.h — the rules of the meeting record (pure, no I/O): which
 * action items a meeting's list shows, what is overdue, when an advice must
 * be answered, and how agenda positions change.
 *
 * Every judgement takes the day it is made on, so the same data always
 * gives the same answer: the minutes judge on the meeting's own day (they
 * never change afterwards), lists and `check` judge on today.  Something
 * due today is not overdue yet.
 */
#ifndef NOTULIST_RECORD_RULES_H
#define NOTULIST_RECORD_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "record_model.h"

/* ---- decisions ------------------------------------------------------------ */

/* The most people a vote can count in one column. */
#define AGENDA_VOTES_MAX 1000

/* "9-2-1": for, against, abstained, each 0..AGENDA_VOTES_MAX, not all 0;
 * false for anything else (nothing written). */
bool agenda_votes_parse(const char *text, struct agenda_votes *out);

/* ---- action items --------------------------------------------------------- */

enum action_place {
	ACTION_NOT_LISTED,  /* later meeting, or closed before this one */
	ACTION_NEW,         /* agreed in this meeting */
	ACTION_CARRIED      /* from an earlier meeting, still to report on */
};

/* Where an action belongs in the list of a meeting: its own meeting lists
 * it as new; a later meeting lists it as carried over while it was open on
 * that meeting's day, and also when it was closed on that very day (that
 * is where the meeting heard it was done). */
enum action_place action_place_in(const struct action_item *action,
				  const struct meeting_key *meeting);

/* The status the action had at the end of `day`: a closed action counts
 * as open on the days before its closing. */
enum action_status action_status_on(const struct action_item *action,
				    struct nl_date day);

/* Open on `day` with a due date before it. */
bool action_overdue_on(const struct action_item *action, struct nl_date day);

/* ---- advice ----------------------------------------------------------------- */

/* The default answer deadline: sent + weeks × 7 days. */
struct nl_date advice_due_default(struct nl_date sent, int weeks);

/* Whether the answer had come in by the end of `day`. */
bool advice_answered_by(const struct advice *advice, struct nl_date day);

/* No answer by the end of `day`, and the due date before it. */
bool advice_overdue_on(const struct advice *advice, struct nl_date day);

/* Answered after the due date. */
bool advice_answered_late(const struct advice *advice);

/* Days past the due date: until the answer if it came by `day`, else
 * until `day`; 0 when not late. */
int advice_days_late(const struct advice *advice, struct nl_date day);

/* Sent or answered after `after` (year 0: since ever) up to and including
 * `until`: what a meeting on `until` hears about since the one on
 * `after`. */
bool advice_in_period(const struct advice *advice, struct nl_date after,
		      struct nl_date until);

/* Whether the minutes of a meeting on `day` show the advice, the previous
 * held meeting being on `previous` (year 0: none): sent by that day, and
 * sent or answered since the previous meeting, or still awaiting an answer
 * then.  Approved minutes are final, so what they show is too. */
bool advice_shown_in_minutes(const struct advice *advice,
			     struct nl_date previous, struct nl_date day);

/* ---- agenda order ----------------------------------------------------------- */

/* The ids in their new order when the item at index `from` moves to index
 * `to` (both 0-based, < n); false when an index is out of range. */
bool agenda_reorder(const int64_t *ids, size_t n, size_t from, size_t to,
		    int64_t *out);

/* The ids without the one at index `gone` (n - 1 of them). */
bool agenda_without(const int64_t *ids, size_t n, size_t gone, int64_t *out);

#endif
