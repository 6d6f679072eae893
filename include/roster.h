/*
 * roster.h — who belonged where, and when: membership periods, the
 * municipalities' taking part, terms of office (pure rules over loaded
 * data, plus one loader).
 *
 * A body lives for years.  A person moves to another municipality; a
 * municipality leaves the joint arrangement in September and its history
 * up to then stays as it was; members serve terms of office.  The roster
 * holds those changes and answers for one day, and everything that counts
 * people for a meeting — the board and `status` (snapshot.h), the minutes,
 * the exports, `check` and `report` (history.h) — asks it with the
 * meeting's date, so that they cannot disagree.
 *
 * Invariants: periods are sorted by person, then start (the first of a
 * person starts at year 0: "since they were entered"); departures by
 * municipality, then date; terms by person, then start.  A person without
 * periods belongs to person.municipality_id on every day; one without
 * terms is in office whenever they are a member.
 */
#ifndef NOTULIST_ROSTER_H
#define NOTULIST_ROSTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "nl_error.h"

struct store;

/* One period of a person's membership of a municipality, from `from`
 * until the next period's start. */
struct membership_period {
	int64_t person_id;
	int64_t municipality_id;        /* 0: none */
	char municipality[NL_NAME_SIZE];
	struct nl_date from;            /* year 0: since the person was entered */
};

/* A municipality took no part from left_on until the day before
 * rejoined_on. */
struct departure {
	int64_t municipality_id;
	struct nl_date left_on;
	struct nl_date rejoined_on;     /* year 0: not (yet) rejoined */
};

/* A term of office. */
struct term {
	int64_t id;
	int64_t person_id;
	struct nl_date start;
	struct nl_date end;             /* the end as given; year 0: follows
					 * from term_years (term_end) */
};

struct roster {
	struct membership_period *periods;
	size_t n_periods;
	struct departure *departures;
	size_t n_departures;
	struct term *terms;
	size_t n_terms;
	int term_years;                 /* the setting, for terms without end */
};

/* Reads everything (inside the caller's transaction) with term_years from
 * the settings.  Free with roster_free, also after a failure. */
enum nl_status roster_load(struct store *store, int term_years,
			   struct roster *out, struct nl_error *err);
void roster_free(struct roster *roster);

/* ---- pure ------------------------------------------------------------------ */

/* The period a person belonged to on a day; NULL for someone who never
 * moved (person.municipality_id, always). */
const struct membership_period *roster_period_on(const struct roster *roster,
						 int64_t person_id,
						 struct nl_date day);

/* Sets the person's municipality (id and name) to the one of that day. */
void roster_place(const struct roster *roster, struct person *person,
		  struct nl_date day);

/* Whether a person belonged to more than one municipality over time. */
bool roster_moved(const struct roster *roster, int64_t person_id);

/* Whether a municipality takes part in the joint arrangement on a day. */
bool roster_takes_part(const struct roster *roster, int64_t municipality_id,
		       struct nl_date day);

/* The last day of a term: its own end, or term_years after its start (the
 * day before the anniversary; 29 February runs to 28 February). */
struct nl_date term_end(const struct term *term, int term_years);

/* A person's terms, oldest first (*n of them; NULL when none). */
const struct term *roster_terms(const struct roster *roster,
				int64_t person_id, size_t *n);

/* Whether a person holds office on a day: always for someone without
 * terms; else from the first term's start on, except between one term's
 * end and a later term's start.  Past the last term's end they are still
 * in office (and `check` says so) until they are deactivated. */
bool roster_in_office(const struct roster *roster, int64_t person_id,
		      struct nl_date day);

/* Whether a person is expected at a meeting: person_expected_at, in office
 * on its day, and of a municipality that takes part on that day (or of
 * none). */
bool roster_expected_at(const struct roster *roster,
			const struct person *person,
			const struct meeting *meeting);

#endif
