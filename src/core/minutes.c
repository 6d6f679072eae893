/*
 * minutes.c — gathering what the minutes of a meeting report, in one read
 * transaction so that the text describes one consistent state.  The
 * rendering (minutes_markdown.c) decides nothing about the data beyond
 * applying the record rules on the meeting's day.
 */
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "advice.h"
#include "agenda.h"
#include "i18n.h"
#include "meetings.h"
#include "minutes.h"
#include "record_rules.h"
#include "store.h"
#include "store_meetings.h"

/* The latest meeting before this one that was held: "since the previous
 * meeting" means since people last met, not since a date that was planned
 * and never happened. */
static enum nl_status find_previous(struct store *store, struct minutes *m,
				    struct nl_error *err)
{
	enum nl_status status = store_meeting_previous_held(
		store, &m->snapshot.meeting, &m->previous, err);
	m->has_previous = status == NL_OK;
	return status == NL_ERR_NOTFOUND ? NL_OK : status;
}

/* The advice the minutes show (advice_shown_in_minutes, the rule that
 * also keeps approved minutes' advice from being edited). */
static enum nl_status load_advice(struct store *store, struct minutes *m,
				  struct nl_error *err)
{
	enum nl_status status = advice_list(store, false, &m->advice,
					    &m->n_advice, err);
	if (status != NL_OK)
		return status;
	struct nl_date previous = {0, 0, 0};
	if (m->has_previous)
		previous = m->previous.date;
	size_t kept = 0;
	for (size_t i = 0; i < m->n_advice; i++)
		if (advice_shown_in_minutes(&m->advice[i], previous,
					    m->snapshot.meeting.date))
			m->advice[kept++] = m->advice[i];
	m->n_advice = kept;
	return NL_OK;
}

static enum nl_status assemble(struct store *store, int64_t meeting_id,
			       nl_time now, struct minutes *m,
			       struct nl_error *err)
{
	enum nl_status status = snapshot_load(store, meeting_id, now,
					      &m->snapshot, err);
	if (status == NL_OK)
		status = find_previous(store, m, err);
	if (status == NL_OK)
		status = agenda_list(store, meeting_id, &m->items, &m->n_items,
				     err);
	if (status == NL_OK)
		status = action_list_for_meeting(store, meeting_id, &m->actions,
						 &m->n_actions, err);
	if (status == NL_OK)
		status = load_advice(store, m, err);
	return status;
}

enum nl_status minutes_load(struct store *store, int64_t meeting_id,
			    nl_time now, struct minutes *out,
			    struct nl_error *err)
{
	memset(out, 0, sizeof *out);
	enum nl_status status = store_begin_read(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      assemble(store, meeting_id, now, out, err),
				      err);
	if (status != NL_OK)
		minutes_free(out);
	return status;
}

void minutes_free(struct minutes *m)
{
	snapshot_free(&m->snapshot);
	free(m->items);
	free(m->actions);
	free(m->advice);
	memset(m, 0, sizeof *m);
}
