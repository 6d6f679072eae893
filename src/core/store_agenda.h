/* store_agenda.h — SQL for agenda items (src/core only).  Items are read
 * with their submitter's name and both ends of a deferral. */
#ifndef NOTULIST_STORE_AGENDA_H
#define NOTULIST_STORE_AGENDA_H

#include <stddef.h>
#include <stdint.h>

#include "nl_error.h"
#include "record_model.h"

struct store;

/* Inserts meeting_id, position, title, topic, submitted_by_id, status and
 * from_item_id of item. */
enum nl_status store_agenda_insert(struct store *store,
				   const struct agenda_item *item,
				   const char *created_at, int64_t *id,
				   struct nl_error *err);
/* NL_ERR_NOTFOUND when absent (no message written). */
enum nl_status store_agenda_by_id(struct store *store, int64_t id,
				  struct agenda_item *out,
				  struct nl_error *err);
enum nl_status store_agenda_by_position(struct store *store,
					int64_t meeting_id, int position,
					struct agenda_item *out,
					struct nl_error *err);
/* In position order. */
enum nl_status store_agenda_list(struct store *store, int64_t meeting_id,
				 struct agenda_item **out, size_t *n,
				 struct nl_error *err);
/* Just the ids, in position order. */
enum nl_status store_agenda_ids(struct store *store, int64_t meeting_id,
				int64_t **ids, size_t *n, struct nl_error *err);
/* Writes title, topic, submitted_by_id, status, notes, decision and how
 * the decision was taken (decided_at, its quorum, the votes). */
enum nl_status store_agenda_update(struct store *store,
				   const struct agenda_item *item,
				   struct nl_error *err);
/* Makes item_id the meeting's current item (0: none). */
enum nl_status store_agenda_set_current(struct store *store,
					int64_t meeting_id, int64_t item_id,
					struct nl_error *err);
/* Gives ids[i] position i + 1; ids must name every item of the meeting. */
enum nl_status store_agenda_renumber(struct store *store, int64_t meeting_id,
				     const int64_t *ids, size_t n,
				     struct nl_error *err);
/* Decisions recorded without quorum at the meetings dated from..to. */
enum nl_status store_agenda_quorumless(struct store *store,
				       struct nl_date from, struct nl_date to,
				       struct quorumless_decision **out,
				       size_t *n, struct nl_error *err);
enum nl_status store_agenda_delete(struct store *store, int64_t id,
				   struct nl_error *err);

#endif
