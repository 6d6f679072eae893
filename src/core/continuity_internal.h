/*
 * continuity_internal.h — what the files of the continuity rules share
 * (continuity.c, continuity_terms.c; src/core only).
 */
#ifndef NOTULIST_CONTINUITY_INTERNAL_H
#define NOTULIST_CONTINUITY_INTERNAL_H

#include <stdbool.h>

#include "continuity.h"

void warning_add(struct warning_list *out, enum warning_level level,
		 const char *category, const char *code, int64_t subject,
		 const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Rules about the body as it is now run for this year and later. */
bool continuity_about_now(const struct history *h, int year);
/* A meeting that took place: opened, and closed or of a past night. */
bool continuity_took_place(const struct history *h,
			   const struct meeting_history *m);
/* Whether anyone was checked in at it at all. */
bool continuity_recorded(const struct meeting_history *m);
/* Whether a person's municipality (of today) takes part today. */
bool continuity_takes_part_today(const struct history *h,
				 const struct person *p);

/* What meetings before those of a history could change in what
 * continuity_check says about a year (history_load_year asks, and loads
 * more until nothing could):
 *  - needs_earlier: some could (the trend lacks meetings, a streak or a
 *    "not attended in 12 months" reaches back to where a member was
 *    expected, a meeting was left open);
 *  - else, nothing could unless one of `people` has a record in an
 *    earlier meeting dated from their `since` on (they were expected at
 *    none of them, so only a record could count);
 *  - neither: the history suffices.
 * `earlier`: the meetings before the history's first, date order, as
 * listed (not condensed). */
struct continuity_doubt {
	bool needs_earlier;
	int64_t *people;
	struct nl_date *since;
	size_t n_people, capacity;
};

enum nl_status continuity_doubts(const struct history *h, int year,
				 const struct meeting *earlier,
				 size_t n_earlier, struct continuity_doubt *d,
				 struct nl_error *err);
void continuity_doubt_free(struct continuity_doubt *d);

#endif
