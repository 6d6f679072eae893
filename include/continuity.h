/*
 * continuity.h — the warnings that keep a client body alive (pure rules).
 *
 * Each warning has a level, a stable category and code (scripts and the
 * CSV output rely on them) and one translated sentence.  The rules read a
 * struct history and nothing else: no I/O, no clock of their own.
 *
 * Scope: rules about the body as it is now (pool, municipalities, members)
 * run when the year checked is this year or later; rules about meetings
 * (how many, quorum, minutes) look at the meetings of that year.
 */
#ifndef NOTULIST_CONTINUITY_H
#define NOTULIST_CONTINUITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "history.h"
#include "nl_error.h"

enum warning_level {
	LEVEL_ALERT,  /* the body cannot work as it is */
	LEVEL_WARN,   /* a risk to act on */
	LEVEL_NOTE    /* worth knowing, nothing broken */
};

struct warning {
	enum warning_level level;
	const char *category; /* pool, municipality, meetings, quorum, members,
				 follow-up */
	const char *code;     /* e.g. pool-thin, member-absent-streak */
	int64_t subject;      /* id of the person/meeting/…; 0: none */
	char text[512];
};

struct warning_list {
	struct warning *items;
	size_t n, capacity;
	bool out_of_memory; /* a warning could not be added */
};

/* Runs every rule for `year`; the list comes out ordered by level, then
 * category, then as found.  History must cover year-2 … year+1. */
enum nl_status continuity_check(const struct history *history, int year,
				struct warning_list *out, struct nl_error *err);
void warning_list_free(struct warning_list *list);

const char *warning_level_key(enum warning_level level); /* "WARN" … */

/* The rules one by one, for tests; each appends to out. */
void rule_pool(const struct history *h, int year, struct warning_list *out);
void rule_municipalities(const struct history *h, int year,
			 struct warning_list *out);
void rule_meeting_count(const struct history *h, int year,
			struct warning_list *out);
void rule_quorum_history(const struct history *h, int year,
			 struct warning_list *out);
void rule_attendance_trend(const struct history *h, int year,
			   struct warning_list *out);
void rule_absent_members(const struct history *h, int year,
			 struct warning_list *out);
/* Code "term": terms of office ending within term_warning_weeks or
 * ended while the member is still active (this year's check and later),
 * and members absent without notice at absence_share_limit or more of the
 * year's meetings. */
void rule_terms(const struct history *h, int year, struct warning_list *out);
void rule_minutes_approval(const struct history *h, int year,
			   struct warning_list *out);
/* Action items overdue today (this year's check and later). */
void rule_open_actions(const struct history *h, int year,
		       struct warning_list *out);
/* Advice without an answer after its due date (this year and later), or
 * answered late in the year checked. */
void rule_advice_answers(const struct history *h, int year,
			 struct warning_list *out);
/* Code "quorum": decisions taken, and advice sent from a meeting held,
 * without quorum in the year checked. */
void rule_quorumless_record(const struct history *h, int year,
			    struct warning_list *out);

/* The next planned meeting: WARN (code invitation) once its invitation is
 * due (invitation_days before) and not recorded as sent; NOTE in the
 * invitation_days before the deadline for members' agenda items. */
void rule_invitation(const struct history *h, int year,
		     struct warning_list *out);
/* The next planned meeting: WARN (code allowance) for everyone expected
 * whom attending it would take over the month or year cap. */
void rule_allowance(const struct history *h, int year,
		    struct warning_list *out);

#endif
