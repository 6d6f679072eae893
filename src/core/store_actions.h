/* store_actions.h — SQL for action items (src/core only).  Each is read
 * with its origin meeting's place in time, its agenda item's position and
 * its owner's name (a person's current name, or the free text). */
#ifndef NOTULIST_STORE_ACTIONS_H
#define NOTULIST_STORE_ACTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nl_error.h"
#include "record_model.h"

struct store;

/* Inserts origin.id, agenda_item_id, description, the owner (owner_id, or
 * the text in owner when owner_id is 0; nothing when both are empty) and
 * due; the action starts open. */
enum nl_status store_action_insert(struct store *store,
				   const struct action_item *action,
				   const char *created_at, int64_t *id,
				   struct nl_error *err);
/* NL_ERR_NOTFOUND when absent (no message written). */
enum nl_status store_action_by_id(struct store *store, int64_t id,
				  struct action_item *out,
				  struct nl_error *err);
/* Every action (only open ones with open_only), by id. */
enum nl_status store_action_list(struct store *store, bool open_only,
				 struct action_item **out, size_t *n,
				 struct nl_error *err);
/* Writes agenda_item_id, description, the owner (as for insert) and due. */
enum nl_status store_action_update(struct store *store,
				   const struct action_item *action,
				   struct nl_error *err);
/* closed_on must be a date for done/dropped and year 0 for open. */
enum nl_status store_action_set_status(struct store *store, int64_t id,
				       enum action_status status,
				       struct nl_date closed_on,
				       struct nl_error *err);
enum nl_status store_action_delete(struct store *store, int64_t id,
				   struct nl_error *err);

#endif
