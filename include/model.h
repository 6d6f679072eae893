/*
 * model.h — the domain's plain data: municipalities, people, meetings and
 * attendance events, as the rules and the front ends see them.
 *
 * Text fields have fixed bounds (checked on input by text_clean_field), so
 * these structs can be copied and kept in arrays without ownership rules.
 */
#ifndef NOTULIST_MODEL_H
#define NOTULIST_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "nltime.h"

#define NL_NAME_CHARS 100     /* code points in a name */
#define NL_NAME_SIZE 404      /* bytes: 100 × 4 + NUL */
#define NL_CONTACT_CHARS 254
#define NL_CONTACT_SIZE 1020
#define NL_PLACE_CHARS 120
#define NL_PLACE_SIZE 484

/* Every buffer holds its limit in code points of up to 4 bytes each, and
 * the NUL. */
_Static_assert(NL_NAME_SIZE >= NL_NAME_CHARS * 4 + 1, "a name fits");
_Static_assert(NL_CONTACT_SIZE >= NL_CONTACT_CHARS * 4 + 1, "contact fits");
_Static_assert(NL_PLACE_SIZE >= NL_PLACE_CHARS * 4 + 1, "a place fits");

enum role {
	ROLE_CLIENT,
	ROLE_REPRESENTATIVE,
	ROLE_CHAIR,
	ROLE_SECRETARY,
	ROLE_OFFICIAL,
	ROLE_ASD,
	ROLE_GUEST,      /* a member expected at every meeting who is no
			  * client (a fixed advisor); a one-time guest is
			  * no member at all (struct meeting_guest) */
	ROLE_STAND_IN,   /* takes an absent member's seat for one meeting;
			  * never expected */
	ROLE_COUNT
};

/* A set of roles as bits (1u << role); which roles count for the quorum. */
typedef unsigned role_mask;
#define ROLE_BIT(r) (1u << (unsigned)(r))
#define ROLE_MASK_DEFAULT ROLE_BIT(ROLE_CLIENT)

const char *role_key(enum role role);   /* "client": stored, scripts */
const char *role_label(enum role role); /* translated, for people */
bool role_parse(const char *text, enum role *out); /* English or Dutch */

/* A cancelled meeting did not take place: not held, nobody expected. */
enum meeting_status {
	MEETING_PLANNED,
	MEETING_OPEN,
	MEETING_CLOSED,
	MEETING_CANCELLED,
	MEETING_STATUS_COUNT
};
const char *meeting_status_key(enum meeting_status status);
const char *meeting_status_label(enum meeting_status status);
bool meeting_status_parse(const char *text, enum meeting_status *out);

/* How each kind acts on the log: src/core/attendance_log.c (its header
 * says how a new kind is added).  The first three say what happened to a
 * person; the others correct an earlier row. */
enum att_kind {
	ATT_IN,
	ATT_OUT,
	ATT_EXCUSED,
	ATT_UNDO,    /* cancels an earlier row (or command), also a correction */
	ATT_STRIKE,  /* takes a presence row out of force */
	ATT_RETIME,  /* moves a presence row to its own `at` */
	ATT_KIND_COUNT
};
const char *att_kind_key(enum att_kind kind);
const char *att_kind_label(enum att_kind kind); /* "check-in", translated */
bool att_kind_parse(const char *text, enum att_kind *out);

/* Whether a municipality takes part on a given day is the roster's
 * question (roster.h): it may leave and rejoin. */
struct municipality {
	int64_t id;
	char name[NL_NAME_SIZE];
	double weight;
	struct nl_date left_on;  /* its latest departure that has not ended
				  * (may lie ahead); year 0: none */
};

struct person {
	int64_t id;
	char name[NL_NAME_SIZE];
	int64_t municipality_id; /* 0: none (an independent chair, a guest);
				  * the latest one: on another day it may
				  * have been another (roster_place) */
	char municipality[NL_NAME_SIZE];
	enum role role;
	/* No e-mail or phone: contact details are read back only by
	 * `member show` (member_contact); as fixed buffers they were two
	 * thirds of this struct, and every list of people carried them. */
	bool active;
	struct nl_date active_from; /* year 0: unknown (always a member) */
	struct nl_date active_to;   /* year 0: still active */
	nl_time created_at;         /* when the person was entered */
	bool erased;                /* name is a pseudonym (GDPR erasure) */
	bool under_27;              /* for the allowance: the disregard of
				     * assistance works otherwise for them */
};

struct meeting {
	int64_t id;
	struct nl_date date;
	int start_minute;        /* minutes after midnight, -1: not set */
	char location[NL_PLACE_SIZE];
	int64_t chair_id;        /* 0: none */
	char chair[NL_NAME_SIZE];
	enum meeting_status status;
	int quorum_min;
	nl_time opened_at;       /* 0: never opened */
	nl_time closed_at;       /* 0: not closed */
	struct nl_date minutes_approved; /* year 0: not approved */
	nl_time created_at;      /* when the meeting was entered */
	struct nl_date invitation_sent; /* year 0: not sent */
};

/* One row of the append-only attendance log, joined with what the rules need
 * to know about the person at hand. */
struct att_event {
	int64_t id;              /* entry order: later entries have higher ids */
	int64_t person_id;
	enum att_kind kind;
	nl_time at;              /* when it happened (may be back-dated) */
	int64_t target;          /* a correction: the id of the event it acts
				  * on, entered before it; else 0 */
	int64_t part_of;         /* written by one command with this earlier
				  * row (undone with it); 0: its own */
	nl_time recorded_at;     /* when it was entered */
	int64_t for_person_id;   /* a stand-in's check-in: the member whose
				  * seat it takes; else 0 */
	enum role role;          /* the role it counts as: for a stand-in,
				  * that of the member whose seat they took */
	int64_t municipality_id;
};

/* Who counts (the glossary of HACKING.md and notulist(1)); every layer
 * asks these, none tests counting_roles itself:
 *  - a COUNTING ROLE is a role in the counting_roles setting (client by
 *    default): people in it count for the quorum and the balance;
 *  - an ACTIVE CLIENT is a person in a counting role who is active now
 *    (not deactivated or left): the pool a meeting draws its quorum from.
 *    At a given meeting, the people in a counting role it expects are
 *    those person_expected_at() accepts. */
bool role_counts(role_mask counting, enum role role);
bool person_is_active_client(role_mask counting, const struct person *person);

/* Whether the person is expected at a meeting (counted absent if they do
 * not come): no stand-in, not gone before the meeting's day, and either a
 * member by then or already on the list when the meeting was entered — so
 * a meeting recorded afterwards expects the people the secretary had
 * entered.  What changes over time (a municipality that left, terms of
 * office) is roster_expected_at's to add (roster.h). */
bool person_expected_at(const struct person *person,
			const struct meeting *meeting);

#endif
