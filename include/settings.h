/*
 * settings.h — the body's configurable rules, with defaults and validation.
 *
 * Settings are stored as text under stable English keys; a key that is not
 * stored has its default.  Every value passes the same validator on `set`
 * and on load, so a hand-edited bad value falls back to the default rather
 * than steering a rule.
 */
#ifndef NOTULIST_SETTINGS_H
#define NOTULIST_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "nl_error.h"

struct store;

struct settings {
	char gr_name[NL_NAME_SIZE];  /* the joint arrangement, for headers */
	int quorum_min;              /* default minimum for new meetings */
	role_mask counting_roles;    /* roles that count for quorum/balance */
	double balance_tolerance;    /* people below expected before a warning */
	int meetings_per_year;       /* target */
	int absence_limit;           /* meetings missed in a row without notice */
	int advice_response_weeks;   /* default answer deadline */
	int pool_margin;             /* clients above the minimum for comfort */
	int trend_meetings;          /* meetings looked at for a trend */
	int term_years;              /* length of a term of office */
	int term_reappointments;     /* reappointments allowed; 0: any number */
	int term_warning_weeks;      /* warn this long before a term ends */
	double absence_share_limit;  /* share of a year's meetings missed
				      * without notice before a warning */
	bool bell;                   /* ring when the quorum is lost */
	int invitation_days;         /* invitation sent this long before */
	int item_deadline_days;      /* members' agenda items this long before */
	bool minutes_times;          /* arrival and departure in the minutes */
	/* Allowance per meeting attended, by role, in cents (0: none), and
	 * the caps of what is disregarded for people on assistance. */
	int64_t allowance_cents[ROLE_COUNT];
	int64_t allowance_cap_month_cents;
	int64_t allowance_cap_year_cents;
};

void settings_defaults(struct settings *settings);

/* Reads the stored settings over the defaults. */
enum nl_status settings_load(struct store *store, struct settings *settings,
			     struct nl_error *err);

/* Validates and stores one setting (one transaction): as typed, or for
 * text (gr_name) cleaned as every text is (trimmed, NFC).  What
 * settings_get returns afterwards means the same as value, and setting it
 * again changes nothing; a refused value leaves the setting as it was. */
enum nl_status settings_set(struct store *store, const char *key,
			    const char *value, struct nl_error *err);

/* Removes a stored value so that the default applies again. */
enum nl_status settings_reset(struct store *store, const char *key,
			      struct nl_error *err);

/* The effective value as text ("" when unset without default). */
enum nl_status settings_get(struct store *store, const char *key, char *out,
			    size_t size, struct nl_error *err);

size_t settings_key_count(void);
const char *settings_key_at(size_t index);
const char *settings_key_help(const char *key); /* translated; NULL: unknown */

/* Applies one key=value to a struct, validating it; false with *why set
 * to an untranslated predicate (pass it through _()). */
bool settings_apply(struct settings *settings, const char *key,
		    const char *value, const char **why);

/* Formats a role mask as "client,representative". */
void settings_format_roles(role_mask mask, char *out, size_t size);

#endif
