/*
 * record_model.h — the meeting record as plain data: agenda items, action
 * items and advice, with the names of their enumerations.
 *
 * Like model.h, text fields have fixed bounds (checked on input), so these
 * structs can be copied and kept in arrays without ownership rules.
 *
 * One convention in every layer: a record is a value, declared where it is
 * used (on the stack), like struct meeting.  The largest is struct
 * agenda_item, 33 KB for its notes (a deferral holds two); nothing here
 * runs in threads, and the main stack holds them easily.  The heap holds
 * only the arrays the list functions return (agenda_list …), freed by the
 * caller.  A date
 * with year 0 means "none".  Keys are the English words stored in the
 * database and printed for scripts; labels are translated for people;
 * parsers accept the key, the English label and the Dutch word.
 */
#ifndef NOTULIST_RECORD_MODEL_H
#define NOTULIST_RECORD_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "nltime.h"

/* Limits in code points; the _SIZE is bytes (4 per code point + NUL). */
#define NL_TITLE_CHARS 200
#define NL_TITLE_SIZE 804
#define NL_NOTES_CHARS 6000
#define NL_NOTES_SIZE 24004
#define NL_DECISION_CHARS 2000
#define NL_DECISION_SIZE 8004
#define NL_ACTION_CHARS 500
#define NL_ACTION_SIZE 2004
#define NL_SUBJECT_CHARS 200
#define NL_SUBJECT_SIZE 804
#define NL_ANSWER_CHARS 2000
#define NL_ANSWER_SIZE 8004
_Static_assert(NL_TITLE_SIZE >= NL_TITLE_CHARS * 4 + 1, "a title fits");
_Static_assert(NL_NOTES_SIZE >= NL_NOTES_CHARS * 4 + 1, "notes fit");
_Static_assert(NL_DECISION_SIZE >= NL_DECISION_CHARS * 4 + 1,
	       "a decision fits");
_Static_assert(NL_ACTION_SIZE >= NL_ACTION_CHARS * 4 + 1, "an action fits");
_Static_assert(NL_SUBJECT_SIZE >= NL_SUBJECT_CHARS * 4 + 1, "a subject fits");
_Static_assert(NL_ANSWER_SIZE >= NL_ANSWER_CHARS * 4 + 1, "an answer fits");

#define AGENDA_MAX_ITEMS 99

enum agenda_topic {
	TOPIC_LETTERS,     /* letters and communication */
	TOPIC_TREATMENT,   /* how clients are treated (bejegening) */
	TOPIC_AGREEMENTS,  /* whether agreements are kept */
	TOPIC_OTHER,
	TOPIC_COUNT
};

enum agenda_status { AGENDA_PLANNED, AGENDA_DISCUSSED, AGENDA_DEFERRED };

enum action_status { ACTION_OPEN, ACTION_DONE, ACTION_DROPPED };

enum advice_kind { ADVICE_SOLICITED, ADVICE_UNSOLICITED };

const char *agenda_topic_key(enum agenda_topic topic);   /* "letters" */
const char *agenda_topic_label(enum agenda_topic topic);
bool agenda_topic_parse(const char *text, enum agenda_topic *out);

const char *agenda_status_key(enum agenda_status status);
const char *agenda_status_label(enum agenda_status status);
bool agenda_status_parse(const char *text, enum agenda_status *out);

const char *action_status_key(enum action_status status);
const char *action_status_label(enum action_status status);
bool action_status_parse(const char *text, enum action_status *out);

const char *advice_kind_key(enum advice_kind kind);
const char *advice_kind_label(enum advice_kind kind);
bool advice_kind_parse(const char *text, enum advice_kind *out);

/* Where a meeting stands among the others: meetings are ordered by date,
 * then start time (none last), then id — the order of `meeting list`. */
struct meeting_key {
	struct nl_date date;
	int start_minute;   /* -1: none */
	int64_t id;
};

struct meeting_key meeting_key_of(const struct meeting *meeting);
int meeting_key_compare(const struct meeting_key *a,
			const struct meeting_key *b);

/* The count of a vote on a decision, when one was taken ("9-2-1"). */
struct agenda_votes {
	bool counted;                   /* false: no votes recorded */
	int in_favour, against, abstained;
};

/* "9 for, 2 against, 1 abstained" (translated). */
void agenda_votes_format(const struct agenda_votes *votes, char *out,
			 size_t size);

/* A decision recorded while its meeting did not have its quorum. */
struct quorumless_decision {
	int64_t meeting_id;
	int position;           /* of its agenda item */
	nl_time decided_at;
};

struct agenda_item {
	int64_t id;
	int64_t meeting_id;
	int position;                   /* 1..n within its meeting */
	char title[NL_TITLE_SIZE];
	enum agenda_topic topic;
	int64_t submitted_by_id;        /* 0: nobody named */
	char submitted_by[NL_NAME_SIZE];
	enum role submitter_role;
	enum agenda_status status;
	bool current;                   /* the item under discussion now */
	char notes[NL_NOTES_SIZE];      /* lines separated by '\n' */
	char decision[NL_DECISION_SIZE];
	/* When the decision was first recorded (0: none, or recorded before
	 * this was kept) and whether the meeting had its quorum then. */
	nl_time decided_at;
	bool decided_without_quorum;
	struct agenda_votes votes;
	/* Carried forward from an earlier meeting (0: not). */
	int64_t from_item_id;
	int64_t from_meeting_id;
	struct nl_date from_date;
	int from_position;
	/* Carried forward to a later meeting (0: not). */
	int64_t moved_to_meeting_id;
	struct nl_date moved_to_date;
	int moved_to_position;
};

struct action_item {
	int64_t id;
	struct meeting_key origin;      /* the meeting that agreed it */
	int64_t agenda_item_id;         /* 0: none */
	int agenda_position;            /* that item's position; 0: none */
	char description[NL_ACTION_SIZE];
	int64_t owner_id;               /* a person; 0: free text or none */
	char owner[NL_NAME_SIZE];       /* the person's name or the text */
	struct nl_date due;             /* year 0: no due date */
	enum action_status status;
	struct nl_date closed_on;       /* year 0: open */
};

struct advice {
	int64_t id;
	enum advice_kind kind;
	char subject[NL_SUBJECT_SIZE];
	struct nl_date sent_on;
	struct nl_date response_due;
	struct nl_date answered_on;     /* year 0: no answer yet */
	char answer[NL_ANSWER_SIZE];    /* summary of the answer */
	int64_t meeting_id;             /* the meeting it came from; 0: none */
};

#endif
