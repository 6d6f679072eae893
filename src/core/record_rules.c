/*
 * record_rules.c — carry-over, overdue and deadline rules of the meeting
 * record, and agenda reordering.  Pure: plain structs in, answers out.
 * Dates compare as whole days (nl_days_from_civil), so month ends, year ends
 * and 29 February need no special cases here — the tests check that anyway.
 */
#include <string.h>

#include "record_rules.h"

static bool has_date(struct nl_date date)
{
	return date.year != 0;
}

/* One count: 1 to 4 digits, no sign, no blank, at most AGENDA_VOTES_MAX;
 * *text moves past it. */
static bool read_count(const char **text, int *out)
{
	const char *p = *text;
	int value = 0, digits = 0;
	while (*p >= '0' && *p <= '9' && digits < 5) {
		value = value * 10 + (*p++ - '0');
		digits++;
	}
	if (!digits || digits > 4 || value > AGENDA_VOTES_MAX)
		return false;
	*out = value;
	*text = p;
	return true;
}

bool agenda_votes_parse(const char *text, struct agenda_votes *out)
{
	struct agenda_votes v = {true, 0, 0, 0};
	const char *p = text;
	if (!p || !read_count(&p, &v.in_favour) || *p++ != '-' ||
	    !read_count(&p, &v.against) || *p++ != '-' ||
	    !read_count(&p, &v.abstained) || *p)
		return false;
	if (!v.in_favour && !v.against && !v.abstained)
		return false;
	*out = v;
	return true;
}

enum action_place action_place_in(const struct action_item *action,
				  const struct meeting_key *meeting)
{
	int order = meeting_key_compare(&action->origin, meeting);
	if (order == 0)
		return ACTION_NEW;
	if (order > 0)
		return ACTION_NOT_LISTED;
	/* Closed on the meeting's own day still shows: that is where the
	 * meeting heard it was done. */
	if (action_status_on(action, meeting->date) == ACTION_OPEN)
		return ACTION_CARRIED;
	return nl_date_compare(action->closed_on, meeting->date) == 0
		       ? ACTION_CARRIED
		       : ACTION_NOT_LISTED;
}

enum action_status action_status_on(const struct action_item *action,
				    struct nl_date day)
{
	if (action->status == ACTION_OPEN || !has_date(action->closed_on))
		return ACTION_OPEN;
	return nl_date_compare(action->closed_on, day) > 0 ? ACTION_OPEN
							   : action->status;
}

bool action_overdue_on(const struct action_item *action, struct nl_date day)
{
	return has_date(action->due) &&
	       action_status_on(action, day) == ACTION_OPEN &&
	       nl_date_compare(action->due, day) < 0;
}

struct nl_date advice_due_default(struct nl_date sent, int weeks)
{
	return nl_date_add_days(sent, weeks * 7);
}

bool advice_answered_by(const struct advice *advice, struct nl_date day)
{
	return has_date(advice->answered_on) &&
	       nl_date_compare(advice->answered_on, day) <= 0;
}

bool advice_overdue_on(const struct advice *advice, struct nl_date day)
{
	return !advice_answered_by(advice, day) &&
	       nl_date_compare(advice->response_due, day) < 0;
}

bool advice_answered_late(const struct advice *advice)
{
	return has_date(advice->answered_on) &&
	       nl_date_compare(advice->answered_on, advice->response_due) > 0;
}

int advice_days_late(const struct advice *advice, struct nl_date day)
{
	struct nl_date end = advice_answered_by(advice, day)
				     ? advice->answered_on
				     : day;
	int64_t late = nl_days_from_civil(end) -
		       nl_days_from_civil(advice->response_due);
	return late > 0 ? (int)late : 0;
}

static bool in_period(struct nl_date date, struct nl_date after,
		      struct nl_date until)
{
	return has_date(date) &&
	       (!has_date(after) || nl_date_compare(date, after) > 0) &&
	       nl_date_compare(date, until) <= 0;
}

bool advice_in_period(const struct advice *advice, struct nl_date after,
		      struct nl_date until)
{
	return in_period(advice->sent_on, after, until) ||
	       in_period(advice->answered_on, after, until);
}

bool advice_shown_in_minutes(const struct advice *advice,
			     struct nl_date previous, struct nl_date day)
{
	if (!has_date(advice->sent_on) ||
	    nl_date_compare(advice->sent_on, day) > 0)
		return false;
	return nl_date_compare(advice->sent_on, day) == 0 ||
	       advice_in_period(advice, previous, day) ||
	       !advice_answered_by(advice, day);
}

bool agenda_reorder(const int64_t *ids, size_t n, size_t from, size_t to,
		    int64_t *out)
{
	if (from >= n || to >= n)
		return false;
	int64_t moving = ids[from];
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (i == from)
			continue;
		if (k == to)
			out[k++] = moving;
		out[k++] = ids[i];
	}
	if (k == to)
		out[k] = moving;
	return true;
}

bool agenda_without(const int64_t *ids, size_t n, size_t gone, int64_t *out)
{
	if (gone >= n)
		return false;
	memcpy(out, ids, gone * sizeof *ids);
	memcpy(out + gone, ids + gone + 1, (n - gone - 1) * sizeof *ids);
	return true;
}
