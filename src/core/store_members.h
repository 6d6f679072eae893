/* store_members.h — SQL for municipalities and people (src/core only). */
#ifndef NOTULIST_STORE_MEMBERS_H
#define NOTULIST_STORE_MEMBERS_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "nl_error.h"

struct store;

enum nl_status store_municipality_insert(struct store *store, const char *name,
					 const char *key, double weight,
					 const char *created_at, int64_t *id,
					 struct nl_error *err);
enum nl_status store_municipality_list(struct store *store,
				       struct municipality **out, size_t *n,
				       struct nl_error *err);
/* NL_ERR_NOTFOUND when absent (no message written). */
enum nl_status store_municipality_by_key(struct store *store, const char *key,
					 struct municipality *out,
					 struct nl_error *err);
enum nl_status store_municipality_by_id(struct store *store, int64_t id,
					struct municipality *out,
					struct nl_error *err);

enum nl_status store_municipality_update(struct store *store, int64_t id,
					 const char *name, const char *key,
					 double weight, struct nl_error *err);

/* email and phone: NULL or "" for none. */
enum nl_status store_person_insert(struct store *store,
				   const struct person *person,
				   const char *email, const char *phone,
				   const char *key, const char *created_at,
				   int64_t *id, struct nl_error *err);
/* NL_ERR_NOTFOUND when absent (no message written). */
enum nl_status store_person_by_id(struct store *store, int64_t id,
				  struct person *out, struct nl_error *err);
enum nl_status store_person_by_key(struct store *store, const char *key,
				   struct person **out, size_t *n,
				   struct nl_error *err);
/* Ordered by municipality (none last), then name. */
enum nl_status store_person_list(struct store *store, bool include_inactive,
				 struct person **out, size_t *n,
				 struct nl_error *err);
/* Everyone who was still a member on date or later (no active_to before
 * it), active or not; the same order. */
enum nl_status store_person_list_since(struct store *store, const char *date,
				       struct person **out, size_t *n,
				       struct nl_error *err);
/* Everyone who may be expected at the meeting on that date (no active_to
 * before it) or has a record in it; the same order.  A superset: callers
 * decide with person_expected_at.  Former members are not read. */
enum nl_status store_person_list_for_meeting(struct store *store,
					     int64_t meeting_id,
					     const char *date,
					     struct person **out, size_t *n,
					     struct nl_error *err);
/* Everyone who may figure in the meetings of a period (dates inclusive,
 * 'YYYY-MM-DD'): not gone before `from` (no active_to before it), or with
 * a record in one of its meetings; in no set order.  A superset: callers decide
 * with roster_expected_at.  from NULL: everyone ever entered.  Former
 * members are not read (tests/unit/test_period_plans.c). */
enum nl_status store_person_list_for_period(struct store *store,
					    const char *from, const char *to,
					    struct person **out, size_t *n,
					    struct nl_error *err);
/* The same people one at a time, for a caller that keeps less of each
 * than a struct person (two name buffers of NL_NAME_SIZE): fn gets each,
 * valid during the call only; a status other than NL_OK from fn stops the
 * reading and is returned. */
typedef enum nl_status store_person_fn(void *data, const struct person *p,
				       struct nl_error *err);
enum nl_status store_person_each_for_period(struct store *store,
					    const char *from, const char *to,
					    store_person_fn *fn, void *data,
					    struct nl_error *err);
enum nl_status store_person_set_active(struct store *store, int64_t id,
				       bool active, const char *date,
				       struct nl_error *err);

/* Name, role and contact details as given (email, phone: NULL or "" for
 * none). */
enum nl_status store_person_update(struct store *store, int64_t id,
				   const char *name, const char *key,
				   enum role role, const char *email,
				   const char *phone, struct nl_error *err);
/* The contact details ("" for none); NL_ERR_NOTFOUND without a message. */
enum nl_status store_person_contact(struct store *store, int64_t id,
				    char *email, size_t email_size,
				    char *phone, size_t phone_size,
				    struct nl_error *err);

/* Replaces the name by a pseudonym and clears every contact detail; the row
 * (and so the attendance that refers to it) stays. */
enum nl_status store_person_erase(struct store *store, int64_t id,
				  const char *pseudonym, const char *key,
				  const char *today, const char *now,
				  struct nl_error *err);

/* Whether the person is under 27, for the allowance statement. */
enum nl_status store_person_set_under_27(struct store *store, int64_t id,
					 bool under_27, struct nl_error *err);

#endif
