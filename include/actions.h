/*
 * actions.h — action items agreed at meetings.
 *
 * An action belongs to the meeting that agreed it (and optionally one of
 * its agenda items).  Open actions of earlier meetings appear in every
 * later meeting's list until closed (record_rules.h, action_place_in).
 * The owner is a person when the text names exactly one person, else free
 * text such as "GR" or "chair".  Each function that writes is one
 * transaction.  Once a meeting's minutes are approved no action is added
 * to it, changed or removed from it; its actions can still be closed or
 * reopened.
 */
#ifndef NOTULIST_ACTIONS_H
#define NOTULIST_ACTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nl_error.h"
#include "nltime.h"
#include "record_model.h"

struct store;

struct action_input {
	const char *description;
	const char *owner;         /* a person's name or free text; NULL: none */
	struct nl_date due;        /* year 0: none; not before the meeting */
	int agenda_position;       /* 0: not tied to an agenda item */
};

enum nl_status action_add(struct store *store, int64_t meeting_id,
			  const struct action_input *in, nl_time now,
			  struct action_item *out, struct nl_error *err);
/* NL_ERR_NOTFOUND "no action item with id 7". */
enum nl_status action_get(struct store *store, int64_t id,
			  struct action_item *out, struct nl_error *err);
/* Every action (or every open one), by id. */
enum nl_status action_list(struct store *store, bool open_only,
			   struct action_item **out, size_t *n,
			   struct nl_error *err);
/* The list of a meeting: its own actions and those carried over to it,
 * by id. */
enum nl_status action_list_for_meeting(struct store *store, int64_t meeting_id,
				       struct action_item **out, size_t *n,
				       struct nl_error *err);

/* What action_edit changes; a NULL member leaves that field as it is. */
struct action_edit {
	const char *description;
	const char *owner;               /* "": nobody */
	const struct nl_date *due;       /* year 0: no due date */
	const int *agenda_position;      /* in its own meeting; 0: none */
};

/* Corrects an action's description, owner, due date or agenda item, with
 * the checks of action_add; its status and origin do not change. */
enum nl_status action_edit(struct store *store, int64_t id,
			   const struct action_edit *edit,
			   struct action_item *out, struct nl_error *err);

/* Closes an open action as done or dropped on the day `on`. */
enum nl_status action_close(struct store *store, int64_t id,
			    enum action_status how, struct nl_date on,
			    struct action_item *out, struct nl_error *err);
/* Makes a closed action open again. */
enum nl_status action_reopen(struct store *store, int64_t id,
			     struct action_item *out, struct nl_error *err);
/* Removes an action entered by mistake. */
enum nl_status action_remove(struct store *store, int64_t id,
			     struct nl_error *err);

#endif
