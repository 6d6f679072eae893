/* store_advice.h — SQL for the advice register (src/core only). */
#ifndef NOTULIST_STORE_ADVICE_H
#define NOTULIST_STORE_ADVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nl_error.h"
#include "record_model.h"

struct store;

/* Inserts kind, subject, sent_on and response_due (not yet answered). */
enum nl_status store_advice_insert(struct store *store,
				   const struct advice *advice,
				   const char *created_at, int64_t *id,
				   struct nl_error *err);
/* NL_ERR_NOTFOUND when absent (no message written). */
enum nl_status store_advice_by_id(struct store *store, int64_t id,
				  struct advice *out, struct nl_error *err);
/* Every advice (only unanswered ones with open_only), by sent date, id. */
enum nl_status store_advice_list(struct store *store, bool open_only,
				 struct advice **out, size_t *n,
				 struct nl_error *err);
enum nl_status store_advice_set_answer(struct store *store, int64_t id,
				       struct nl_date answered_on,
				       const char *answer,
				       struct nl_error *err);

/* Writes kind, subject, sent_on and response_due. */
enum nl_status store_advice_update(struct store *store,
				   const struct advice *advice,
				   struct nl_error *err);
enum nl_status store_advice_delete(struct store *store, int64_t id,
				   struct nl_error *err);

#endif
