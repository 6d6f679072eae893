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

#endif
