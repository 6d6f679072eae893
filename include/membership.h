/*
 * membership.h — a body over the years: people who move to another
 * municipality, municipalities that leave the joint arrangement and
 * rejoin, terms of office, and what `member show` tells about a person.
 *
 * Every change is dated and kept beside what was before, so that a
 * meeting is always counted as it was on its own day (roster.h answers
 * that).  Each function that writes is one transaction (nested calls join
 * the caller's).
 */
#ifndef NOTULIST_MEMBERSHIP_H
#define NOTULIST_MEMBERSHIP_H

#include <stdbool.h>
#include <stddef.h>

#include "history.h"
#include "members.h"
#include "model.h"
#include "nl_error.h"
#include "roster.h"

struct store;

/* ---- moves ------------------------------------------------------------------ */

struct move_outcome {
	struct person person;            /* afterwards */
	char from_municipality[NL_NAME_SIZE]; /* before; "": none */
	struct nl_date from;             /* the first day in the new one */
	bool correction;                 /* no earlier municipality is kept:
					  * the move reached back to the day
					  * the person was entered */
};

/* Moves a person to a municipality from a day on (year 0: today).
 * Meetings before that day keep counting them for the municipality they
 * belonged to then.  A day on or before the one they were entered, for
 * someone who never moved, corrects their municipality for all time. */
enum nl_status member_move(struct store *store, const char *ref,
			   const char *municipality, struct nl_date from,
			   nl_time now, struct move_outcome *out,
			   struct nl_error *err);

/* ---- municipalities leaving and rejoining ---------------------------------- */

struct leave_outcome {
	struct municipality municipality;
	struct nl_date on;
	bool recorded;            /* false: it had left on that day already */
	struct person *members;   /* its active members on that day */
	size_t n_members;
	bool deactivated;         /* they were deactivated */
};

/* From `on` a municipality takes no part: not expected at meetings, no
 * share in the balance or report, no warnings.  Its members are listed;
 * with deactivate_members they are deactivated, as members until the day
 * before (refused for a day still ahead; a second run on the same day
 * deactivates only).  Free out with leave_outcome_free. */
enum nl_status municipality_leave(struct store *store, const char *ref,
				  struct nl_date on, bool deactivate_members,
				  nl_time now, struct leave_outcome *out,
				  struct nl_error *err);
void leave_outcome_free(struct leave_outcome *out);

/* From `on` it takes part again (its members stay as they are). */
enum nl_status municipality_rejoin(struct store *store, const char *ref,
				   struct nl_date on, struct municipality *out,
				   struct nl_error *err);

/* ---- terms of office ------------------------------------------------------- */

/* Sets the current (latest) term of a person, or the first one: start and
 * end as given (year 0: unchanged; an end that was never given follows
 * from term_years).  Inside the caller's write transaction. */
enum nl_status term_set(struct store *store, int64_t person_id,
			struct nl_date start, struct nl_date end, nl_time now,
			struct nl_error *err);

struct term_outcome {
	struct person person;
	struct term term;            /* the new term */
	struct nl_date end;          /* its last day */
	int number;                  /* 2: the first reappointment */
};

/* Starts a new term on `on` (year 0: the day after the current term
 * ends); refused beyond the setting term_reappointments (0: no limit). */
enum nl_status member_reappoint(struct store *store, const char *ref,
				struct nl_date on, nl_time now,
				struct term_outcome *out,
				struct nl_error *err);

/* ---- what `member show` tells ----------------------------------------------- */

#define MEMBER_RECENT 6

struct member_meeting {
	struct meeting meeting;
	enum attendance_outcome outcome;
	nl_time first_in, last_out;      /* when present */
	char seat[NL_NAME_SIZE];         /* a stand-in: whose seat they took;
					  * a member: who took theirs; "" */
};

struct member_detail {
	struct person person;
	char email[NL_CONTACT_SIZE];     /* "": none */
	char phone[NL_CONTACT_SIZE];
	struct membership_period *periods; /* oldest first; none: never moved */
	size_t n_periods;
	struct term *terms;              /* oldest first */
	size_t n_terms;
	struct nl_date *term_ends;       /* the last day of each term */
	int term_reappointments;         /* the setting (0: no limit) */
	/* The latest meetings that took place and the person was expected
	 * at or came to, newest first. */
	struct member_meeting recent[MEMBER_RECENT];
	size_t n_recent;
	/* This year's meetings within their periods of office. */
	int year;
	int present, excused, absent;
};

enum nl_status member_detail_load(struct store *store, const char *ref,
				  nl_time now, struct member_detail *out,
				  struct nl_error *err);
void member_detail_free(struct member_detail *detail);

#endif
