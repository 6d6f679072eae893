/*
 * store_roster.h — SQL for membership periods, municipalities' departures
 * and terms of office (src/core only; the domain reads them through
 * roster.h).  Dates are 'YYYY-MM-DD'; a year-0 date is NULL.
 */
#ifndef NOTULIST_STORE_ROSTER_H
#define NOTULIST_STORE_ROSTER_H

#include <stddef.h>
#include <stdint.h>

#include "nl_error.h"
#include "roster.h"

struct store;

/* Every period, by person then start (the NULL start first). */
enum nl_status store_roster_periods(struct store *store,
				    struct membership_period **out, size_t *n,
				    struct nl_error *err);
/* Every departure, by municipality then date. */
enum nl_status store_roster_departures(struct store *store,
				       struct departure **out, size_t *n,
				       struct nl_error *err);
/* Every term, by person then start. */
enum nl_status store_roster_terms(struct store *store, struct term **out,
				  size_t *n, struct nl_error *err);

/* A person's periods only (a person who moved, for `member show`). */
enum nl_status store_person_periods(struct store *store, int64_t person_id,
				    struct membership_period **out, size_t *n,
				    struct nl_error *err);
/* A person's terms only. */
enum nl_status store_person_terms(struct store *store, int64_t person_id,
				  struct term **out, size_t *n,
				  struct nl_error *err);

/* from year 0: the first period (NULL start); municipality_id 0: none. */
enum nl_status store_period_insert(struct store *store, int64_t person_id,
				   int64_t municipality_id, struct nl_date from,
				   const char *created_at, struct nl_error *err);
/* Drops all of a person's periods (a correction back to one municipality
 * for all time). */
enum nl_status store_periods_clear(struct store *store, int64_t person_id,
				   struct nl_error *err);
/* person.municipality_id: the latest period's (0: none). */
enum nl_status store_person_set_municipality(struct store *store,
					     int64_t person_id,
					     int64_t municipality_id,
					     struct nl_error *err);

enum nl_status store_departure_insert(struct store *store,
				      int64_t municipality_id,
				      struct nl_date left_on,
				      const char *created_at,
				      struct nl_error *err);
/* Ends the open departure of a municipality on rejoined_on. */
enum nl_status store_departure_end(struct store *store, int64_t municipality_id,
				   struct nl_date rejoined_on,
				   struct nl_error *err);
/* A municipality's departures, oldest first. */
enum nl_status store_municipality_departures(struct store *store,
					     int64_t municipality_id,
					     struct departure **out, size_t *n,
					     struct nl_error *err);

/* end year 0: follows from term_years (NULL).  *id may be NULL. */
enum nl_status store_term_insert(struct store *store, int64_t person_id,
				 struct nl_date start, struct nl_date end,
				 const char *created_at, int64_t *id,
				 struct nl_error *err);
enum nl_status store_term_update(struct store *store, int64_t term_id,
				 struct nl_date start, struct nl_date end,
				 struct nl_error *err);

#endif
