/*
 * record_internal.h — helpers shared by agenda.c, actions.c and advice.c
 * (src/core only).  They check what every change to the meeting record
 * must respect, with the same messages everywhere.
 */
#ifndef NOTULIST_RECORD_INTERNAL_H
#define NOTULIST_RECORD_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "nl_error.h"

struct store;

/* The meeting, when its record may still change: refused once its minutes
 * are approved. */
enum nl_status record_meeting_editable(struct store *store, int64_t meeting_id,
				       struct meeting *out,
				       struct nl_error *err);

/* The refusal for a meeting whose minutes are approved. */
enum nl_status record_refuse_approved(const struct meeting *m,
				      struct nl_error *err);

/* A one-line text (title, subject, description, owner): cleaned into out,
 * or NL_ERR_INVALID "<what> is empty" (and the like).  `what` is already
 * translated. */
enum nl_status record_clean_field(const char *what, const char *in,
				  size_t max_chars, char *out, size_t size,
				  struct nl_error *err);

/* A multi-line text (notes, decision, answer), see text_block.h. */
enum nl_status record_clean_block(const char *what, const char *in,
				  size_t max_chars, bool allow_empty,
				  char *out, size_t size,
				  struct nl_error *err);

/* Appends a change of the meeting's record to its change log (at nl_now,
 * unless c->changed_at is set), once the record has been made: a meeting
 * still being planned has no record yet, and changing its plan is no
 * correction. */
struct change_entry;
enum nl_status record_log_change(struct store *store,
				 struct change_entry *c,
				 struct nl_error *err);

/* The same for a value changed from old to new (NULL: none), when it did
 * change. */
enum nl_status record_log_text(struct store *store, int64_t meeting_id,
			       int what, int64_t item_id, const char *old,
			       const char *new_value, struct nl_error *err);

#endif
