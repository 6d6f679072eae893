/*
 * model.c — names of the domain's enumerations: the stable English keys
 * stored in the database and printed for scripts, the translated labels
 * shown to people, and parsers that accept either language.
 */
#include <string.h>

#include "i18n.h"
#include "model.h"
#include "text.h"

struct name_entry {
	const char *key;
	const char *label; /* N_(): translated at the point of use */
	const char *dutch; /* accepted on input beside the key */
};

static const struct name_entry roles[ROLE_COUNT] = {
	/* TRANSLATORS: roles of people, shown in lists and on the board.
	 * "ASD" is the adviesraad sociaal domein. */
	[ROLE_CLIENT] = {"client", N_("client"), "cliënt"},
	[ROLE_REPRESENTATIVE] = {"representative", N_("representative"),
				 "vertegenwoordiger"},
	[ROLE_CHAIR] = {"chair", N_("chair"), "voorzitter"},
	[ROLE_SECRETARY] = {"secretary", N_("secretary"), "secretaris"},
	[ROLE_OFFICIAL] = {"official", N_("official"), "ambtenaar"},
	[ROLE_ASD] = {"asd", N_("ASD member"), "asd-lid"},
	[ROLE_GUEST] = {"guest", N_("guest"), "gast"},
	/* TRANSLATORS: someone who takes an absent member's seat for one
	 * meeting (plaatsvervanger). */
	[ROLE_STAND_IN] = {"stand-in", N_("stand-in"), "plaatsvervanger"},
};

static const struct name_entry statuses[] = {
	/* TRANSLATORS: the status of a meeting. */
	[MEETING_PLANNED] = {"planned", N_("planned"), "gepland"},
	[MEETING_OPEN] = {"open", N_("open"), "open"},
	[MEETING_CLOSED] = {"closed", N_("closed"), "gesloten"},
	[MEETING_CANCELLED] = {"cancelled", N_("cancelled"), "geannuleerd"},
};
_Static_assert(sizeof statuses / sizeof *statuses == MEETING_STATUS_COUNT,
	       "every meeting status has its key");

static const struct name_entry kinds[] = {
	/* TRANSLATORS: kinds of attendance records. */
	[ATT_IN] = {"in", N_("check-in"), "binnen"},
	[ATT_OUT] = {"out", N_("check-out"), "vertrokken"},
	[ATT_EXCUSED] = {"excused", N_("excused"), "afgemeld"},
	[ATT_UNDO] = {"undo", N_("undo"), "ongedaan"},
	[ATT_STRIKE] = {"strike", N_("strike"), "geschrapt"},
	[ATT_RETIME] = {"retime", N_("retime"), "verzet"},
};
_Static_assert(sizeof kinds / sizeof *kinds == ATT_KIND_COUNT,
	       "every attendance kind has its key");

static bool parse_name(const struct name_entry *table, size_t n,
		       const char *text, int *out)
{
	char folded[64], candidate[64];
	/* Stored values are exact keys: found without folding, which would
	 * cost more than the rest of reading a row. */
	for (size_t i = 0; text && i < n; i++)
		if (strcmp(text, table[i].key) == 0) {
			*out = (int)i;
			return true;
		}
	if (!text || !text_fold(text, FOLD_CASE, folded, sizeof folded))
		return false;
	for (size_t i = 0; i < n; i++) {
		text_fold(table[i].dutch, FOLD_CASE, candidate, sizeof candidate);
		if (strcmp(folded, table[i].key) == 0 ||
		    strcmp(folded, candidate) == 0) {
			*out = (int)i;
			return true;
		}
	}
	return false;
}

const char *role_key(enum role role)
{
	return role < ROLE_COUNT ? roles[role].key : "?";
}

const char *role_label(enum role role)
{
	return role < ROLE_COUNT ? _(roles[role].label) : "?";
}

bool role_parse(const char *text, enum role *out)
{
	int i;
	if (!parse_name(roles, ROLE_COUNT, text, &i))
		return false;
	*out = (enum role)i;
	return true;
}

const char *meeting_status_key(enum meeting_status status)
{
	return status < MEETING_STATUS_COUNT ? statuses[status].key : "?";
}

const char *meeting_status_label(enum meeting_status status)
{
	return status < MEETING_STATUS_COUNT ? _(statuses[status].label) : "?";
}

bool meeting_status_parse(const char *text, enum meeting_status *out)
{
	int i;
	if (!parse_name(statuses, MEETING_STATUS_COUNT, text, &i))
		return false;
	*out = (enum meeting_status)i;
	return true;
}

const char *att_kind_key(enum att_kind kind)
{
	return kind < ATT_KIND_COUNT ? kinds[kind].key : "?";
}

const char *att_kind_label(enum att_kind kind)
{
	return kind < ATT_KIND_COUNT ? _(kinds[kind].label) : "?";
}

bool att_kind_parse(const char *text, enum att_kind *out)
{
	int i;
	if (!parse_name(kinds, ATT_KIND_COUNT, text, &i))
		return false;
	*out = (enum att_kind)i;
	return true;
}

bool role_counts(role_mask counting, enum role role)
{
	return (counting & ROLE_BIT(role)) != 0;
}

bool person_is_active_client(role_mask counting, const struct person *p)
{
	return p->active && role_counts(counting, p->role);
}

bool person_expected_at(const struct person *p, const struct meeting *m)
{
	/* A stand-in comes when a member cannot: never missed. */
	if (p->role == ROLE_STAND_IN)
		return false;
	if (p->active_to.year && nl_date_compare(m->date, p->active_to) > 0)
		return false;
	if (!p->active && !p->active_to.year)
		return false;
	if (!p->active_from.year || nl_date_compare(m->date, p->active_from) >= 0)
		return true;
	return p->created_at && m->created_at && p->created_at <= m->created_at;
}
