/*
 * record_model.c — names of the meeting record's enumerations, and the
 * order of meetings.  Input is matched case-insensitively against the key,
 * the English label and a few Dutch words, so a secretary may type
 * "bejegening" or "Treatment" alike.
 */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "record_model.h"
#include "text.h"

#define MAX_ALIASES 4

struct record_name {
	const char *key;
	const char *label;                  /* N_(): translated on use */
	const char *aliases[MAX_ALIASES];   /* also accepted on input */
};

static const struct record_name topics[TOPIC_COUNT] = {
	[TOPIC_LETTERS] = {"letters", N_("letters/communication"),
			   {"communication", "brieven", "communicatie",
			    "brieven/communicatie"}},
	[TOPIC_TREATMENT] = {"treatment", N_("treatment"),
			     {"bejegening", NULL, NULL, NULL}},
	[TOPIC_AGREEMENTS] = {"agreements", N_("keeping agreements"),
			      {"afspraken", "nakomen van afspraken",
			       "afspraken nakomen", NULL}},
	[TOPIC_OTHER] = {"other", N_("other"),
			 {"overig", "overige", "anders", NULL}},
};

static const struct record_name agenda_statuses[] = {
	[AGENDA_PLANNED] = {"planned", N_("planned"), {"gepland", NULL}},
	[AGENDA_DISCUSSED] = {"discussed", N_("discussed"),
			      {"besproken", "behandeld", NULL}},
	[AGENDA_DEFERRED] = {"deferred", N_("deferred"),
			     {"uitgesteld", "verplaatst", NULL}},
};

static const struct record_name action_statuses[] = {
	[ACTION_OPEN] = {"open", N_("open"), {NULL}},
	[ACTION_DONE] = {"done", N_("done"), {"gedaan", "klaar", "afgerond"}},
	[ACTION_DROPPED] = {"dropped", N_("dropped"),
			    {"vervallen", "geschrapt", NULL}},
};

static const struct record_name advice_kinds[] = {
	[ADVICE_SOLICITED] = {"solicited", N_("solicited"),
			      {"gevraagd", NULL}},
	[ADVICE_UNSOLICITED] = {"unsolicited", N_("unsolicited"),
				{"ongevraagd", NULL}},
};

#define COUNT(table) (sizeof table / sizeof *table)

static bool same(const char *folded, const char *candidate)
{
	char f[128];
	return candidate && text_fold(candidate, FOLD_CASE, f, sizeof f) &&
	       strcmp(folded, f) == 0;
}

static bool parse_name(const struct record_name *table, size_t n,
		       const char *text, int *out)
{
	char folded[128], trimmed[128];
	if (!text || !text_trim_copy(text, trimmed, sizeof trimmed) ||
	    !text_fold(trimmed, FOLD_CASE, folded, sizeof folded))
		return false;
	for (size_t i = 0; i < n; i++) {
		bool match = same(folded, table[i].key) ||
			     same(folded, table[i].label);
		for (size_t a = 0; !match && a < MAX_ALIASES; a++)
			match = same(folded, table[i].aliases[a]);
		if (match) {
			*out = (int)i;
			return true;
		}
	}
	return false;
}

static const char *key_of(const struct record_name *table, size_t n, int i)
{
	return i >= 0 && (size_t)i < n ? table[i].key : "?";
}

static const char *label_of(const struct record_name *table, size_t n, int i)
{
	return i >= 0 && (size_t)i < n ? _(table[i].label) : "?";
}

const char *agenda_topic_key(enum agenda_topic topic)
{
	return key_of(topics, COUNT(topics), (int)topic);
}

const char *agenda_topic_label(enum agenda_topic topic)
{
	return label_of(topics, COUNT(topics), (int)topic);
}

bool agenda_topic_parse(const char *text, enum agenda_topic *out)
{
	int i;
	if (!parse_name(topics, COUNT(topics), text, &i))
		return false;
	*out = (enum agenda_topic)i;
	return true;
}

const char *agenda_status_key(enum agenda_status status)
{
	return key_of(agenda_statuses, COUNT(agenda_statuses), (int)status);
}

const char *agenda_status_label(enum agenda_status status)
{
	return label_of(agenda_statuses, COUNT(agenda_statuses), (int)status);
}

bool agenda_status_parse(const char *text, enum agenda_status *out)
{
	int i;
	if (!parse_name(agenda_statuses, COUNT(agenda_statuses), text, &i))
		return false;
	*out = (enum agenda_status)i;
	return true;
}

const char *action_status_key(enum action_status status)
{
	return key_of(action_statuses, COUNT(action_statuses), (int)status);
}

const char *action_status_label(enum action_status status)
{
	return label_of(action_statuses, COUNT(action_statuses), (int)status);
}

bool action_status_parse(const char *text, enum action_status *out)
{
	int i;
	if (!parse_name(action_statuses, COUNT(action_statuses), text, &i))
		return false;
	*out = (enum action_status)i;
	return true;
}

const char *advice_kind_key(enum advice_kind kind)
{
	return key_of(advice_kinds, COUNT(advice_kinds), (int)kind);
}

const char *advice_kind_label(enum advice_kind kind)
{
	return label_of(advice_kinds, COUNT(advice_kinds), (int)kind);
}

bool advice_kind_parse(const char *text, enum advice_kind *out)
{
	int i;
	if (!parse_name(advice_kinds, COUNT(advice_kinds), text, &i))
		return false;
	*out = (enum advice_kind)i;
	return true;
}

struct meeting_key meeting_key_of(const struct meeting *meeting)
{
	struct meeting_key key = {meeting->date, meeting->start_minute,
				  meeting->id};
	return key;
}

int meeting_key_compare(const struct meeting_key *a,
			const struct meeting_key *b)
{
	int order = nl_date_compare(a->date, b->date);
	if (order != 0)
		return order;
	/* A meeting without a start time sorts after those with one, as
	 * the store lists them. */
	bool a_none = a->start_minute < 0, b_none = b->start_minute < 0;
	if (a_none != b_none)
		return a_none ? 1 : -1;
	if (a->start_minute != b->start_minute)
		return a->start_minute < b->start_minute ? -1 : 1;
	return (a->id > b->id) - (a->id < b->id);
}

void agenda_votes_format(const struct agenda_votes *votes, char *out,
			 size_t size)
{
	snprintf(out, size,
		 /* TRANSLATORS: the count of a vote: for, against,
		  * abstained; the plural follows the last number ("1
		  * onthouding", "3 onthoudingen"). */
		 ngettext("%d for, %d against, %d abstained",
			  "%d for, %d against, %d abstained",
			  (unsigned long)votes->abstained),
		 votes->in_favour, votes->against, votes->abstained);
}
