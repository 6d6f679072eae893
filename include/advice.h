/*
 * advice.h — the advice register: solicited and unsolicited advice of the
 * client body to the municipalities, and their answers.
 *
 * The answer is due, by default, advice_response_weeks (a setting, 6) after
 * sending.  Dates stay in order: the due date not before sending, the
 * answer not before sending and not in the future.  One answer per advice;
 * a second one replaces the first only when asked to.  Each function that
 * writes is one transaction.  An advice is removed only when it was
 * entered by mistake: a late answer is not a reason to forget it.
 */
#ifndef NOTULIST_ADVICE_H
#define NOTULIST_ADVICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nl_error.h"
#include "nltime.h"
#include "record_model.h"

struct store;

struct advice_input {
	enum advice_kind kind;
	const char *subject;
	struct nl_date sent_on;       /* year 0: today */
	struct nl_date response_due;  /* year 0: sent + the setting's weeks */
	/* The meeting that decided it (`check` warns when that meeting was
	 * held without quorum).  advice_add: 0 none; advice_edit: 0 leaves
	 * it, ADVICE_NO_MEETING takes it away. */
	int64_t meeting_id;
};
#define ADVICE_NO_MEETING (-1)

enum nl_status advice_add(struct store *store, const struct advice_input *in,
			  nl_time now, struct advice *out,
			  struct nl_error *err);
/* NL_ERR_NOTFOUND "no advice with id 7". */
enum nl_status advice_get(struct store *store, int64_t id,
			  struct advice *out, struct nl_error *err);
/* Every advice (or every unanswered one), by sent date. */
enum nl_status advice_list(struct store *store, bool open_only,
			   struct advice **out, size_t *n,
			   struct nl_error *err);

/* Corrects kind, subject and dates with the rules of advice_add (year 0:
 * the same defaults); a recorded answer must still come after sending.
 * Refused for an advice that names a meeting whose minutes are approved
 * (it can still be answered), as is naming such a meeting. */
enum nl_status advice_edit(struct store *store, int64_t id,
			   const struct advice_input *in, nl_time now,
			   struct advice *out, struct nl_error *err);

/* Removes an advice entered by mistake, with its answer (refused, as an
 * edit is, once the minutes of the meeting it names are approved). */
enum nl_status advice_remove(struct store *store, int64_t id,
			     struct nl_error *err);

/* Records the answer received on `on` (year 0: today) with its summary;
 * an advice already answered is refused unless `replace`. */
enum nl_status advice_answer(struct store *store, int64_t id,
			     struct nl_date on, const char *summary,
			     bool replace, nl_time now, struct advice *out,
			     struct nl_error *err);

#endif
