/* store_meetings.c — SQL for the meeting and attendance tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_internal.h"
#include "store_meetings.h"

#define MEETING_SELECT                                                       \
	"SELECT mt.id, mt.date, coalesce(mt.start_time, ''), "               \
	"coalesce(mt.location, ''), coalesce(mt.chair_id, 0), "              \
	"coalesce(p.name, ''), mt.status, mt.quorum_min, "                   \
	"coalesce(mt.opened_at, ''), coalesce(mt.closed_at, ''), "           \
	"coalesce(mt.minutes_approved_at, ''), mt.created_at, "              \
	"coalesce(mt.invitation_sent_on, '') "                               \
	"FROM meeting mt LEFT JOIN person p ON p.id = mt.chair_id "

static void read_meeting(sqlite3_stmt *stmt, void *row)
{
	struct meeting *m = row;
	char text[32];
	memset(m, 0, sizeof *m);
	m->id = sqlite3_column_int64(stmt, 0);
	store_column_copy(stmt, 1, text, sizeof text);
	nl_parse_date(text, &m->date);
	store_column_copy(stmt, 2, text, sizeof text);
	if (!nl_parse_hhmm(text, &m->start_minute))
		m->start_minute = -1;
	store_column_copy(stmt, 3, m->location, sizeof m->location);
	m->chair_id = sqlite3_column_int64(stmt, 4);
	store_column_copy(stmt, 5, m->chair, sizeof m->chair);
	store_column_copy(stmt, 6, text, sizeof text);
	meeting_status_parse(text, &m->status);
	m->quorum_min = sqlite3_column_int(stmt, 7);
	m->opened_at = store_column_time(stmt, 8);
	m->closed_at = store_column_time(stmt, 9);
	store_column_copy(stmt, 10, text, sizeof text);
	nl_parse_date(text, &m->minutes_approved);
	m->created_at = store_column_time(stmt, 11);
	store_column_copy(stmt, 12, text, sizeof text);
	nl_parse_date(text, &m->invitation_sent);
}

enum nl_status store_meeting_insert(struct store *store,
				    const struct meeting *meeting,
				    const char *created_at, int64_t *id,
				    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	char date[NL_DATE_LEN], start[NL_HHMM_LEN];
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO meeting (date, start_time, location, chair_id, "
		"quorum_min, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
		&stmt, err);
	if (status != NL_OK)
		return status;
	nl_format_date(meeting->date, date);
	store_bind_text(stmt, 1, date);
	if (meeting->start_minute >= 0) {
		nl_format_minutes(meeting->start_minute, start);
		store_bind_text(stmt, 2, start);
	}
	store_bind_text_or_null(stmt, 3, meeting->location);
	if (meeting->chair_id)
		sqlite3_bind_int64(stmt, 4, meeting->chair_id);
	sqlite3_bind_int(stmt, 5, meeting->quorum_min);
	store_bind_text(stmt, 6, created_at);
	status = store_step_done(store, stmt, err);
	if (status == NL_OK)
		*id = sqlite3_last_insert_rowid(store_db(store));
	return status;
}

static enum nl_status collect_meetings(struct store *store, sqlite3_stmt *stmt,
				       struct meeting **out, size_t *n,
				       struct nl_error *err)
{
	return store_collect(store, stmt, sizeof **out, read_meeting,
			     (void **)out, n, err);
}

enum nl_status store_meeting_by_id(struct store *store, int64_t id,
				   struct meeting *out, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, MEETING_SELECT "WHERE mt.id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	return store_collect_one(store, stmt, read_meeting, out, err);
}

#define MEETING_ORDER \
	"ORDER BY mt.date, mt.start_time IS NULL, mt.start_time, mt.id"

enum nl_status store_meeting_list(struct store *store,
				  const struct meeting_filter *filter,
				  struct meeting **out, size_t *n,
				  struct nl_error *err)
{
	sqlite3_stmt *stmt;
	/* Both ends inclusive: the day after 9999-12-31 has no text. */
	char from[NL_DATE_LEN] = "0000-00-00", to[NL_DATE_LEN] = "9999-99-99";
	/* Two statements, not "?3 IS NULL OR status = ?3": that hid the
	 * status from the planner, and finding the open meeting walked every
	 * meeting ever held. */
	bool by_status = filter && filter->status;
	enum nl_status status = store_prepare(
		store,
		by_status ? MEETING_SELECT "WHERE mt.status = ?3 "
			    "AND mt.date >= ?1 AND mt.date <= ?2 " MEETING_ORDER
			  : MEETING_SELECT "WHERE mt.date >= ?1 AND mt.date <= ?2 "
			    MEETING_ORDER,
		&stmt, err);
	if (status != NL_OK)
		return status;
	if (filter && filter->year) {
		nl_format_date((struct nl_date){filter->year, 1, 1}, from);
		nl_format_date((struct nl_date){filter->year, 12, 31}, to);
	}
	if (filter && filter->date) {
		nl_format_date(*filter->date, from);
		nl_format_date(*filter->date, to);
	}
	if (filter && filter->from)
		nl_format_date(*filter->from, from);
	if (filter && filter->to)
		nl_format_date(*filter->to, to);
	store_bind_text(stmt, 1, from);
	store_bind_text(stmt, 2, to);
	if (by_status)
		store_bind_text(stmt, 3, meeting_status_key(*filter->status));
	return collect_meetings(store, stmt, out, n, err);
}

/* The held meeting just before `self` in meeting order (date, start time
 * with none last, id).  The status is kept out of the index choice
 * (+mt.status): walking meeting_by_date backwards from the day stops at
 * the first held one, where meeting_by_status would read every meeting
 * ever held and sort them. */
enum nl_status store_meeting_previous_held(struct store *store,
					   const struct meeting *self,
					   struct meeting *out,
					   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	char date[NL_DATE_LEN], start[NL_HHMM_LEN] = "";
	enum nl_status status = store_prepare(
		store,
		MEETING_SELECT "WHERE +mt.status IN (?5, ?6) "
		"AND mt.date <= ?1 AND (mt.date < ?1 OR "
		"(mt.start_time IS NULL, coalesce(mt.start_time, ''), mt.id) "
		"< (?2, ?3, ?4)) "
		"ORDER BY mt.date DESC, mt.start_time IS NULL DESC, "
		"mt.start_time DESC, mt.id DESC LIMIT 1",
		&stmt, err);
	if (status != NL_OK)
		return status;
	nl_format_date(self->date, date);
	if (self->start_minute >= 0)
		nl_format_minutes(self->start_minute, start);
	store_bind_text(stmt, 1, date);
	sqlite3_bind_int(stmt, 2, self->start_minute < 0);
	store_bind_text(stmt, 3, start);
	sqlite3_bind_int64(stmt, 4, self->id);
	/* Held: meeting_status_held. */
	store_bind_text(stmt, 5, meeting_status_key(MEETING_OPEN));
	store_bind_text(stmt, 6, meeting_status_key(MEETING_CLOSED));
	return store_collect_one(store, stmt, read_meeting, out, err);
}

enum nl_status store_meeting_set_status(struct store *store, int64_t id,
					enum meeting_status status,
					nl_time opened_at, nl_time closed_at,
					struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status result = store_prepare(
		store,
		"UPDATE meeting SET status = ?2, opened_at = ?3, closed_at = ?4 "
		"WHERE id = ?1", &stmt, err);
	if (result != NL_OK)
		return result;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, meeting_status_key(status));
	store_bind_time(stmt, 3, opened_at);
	store_bind_time(stmt, 4, closed_at);
	return store_step_done(store, stmt, err);
}

enum nl_status store_meeting_set_approved(struct store *store, int64_t id,
					  struct nl_date approved_on,
					  struct nl_error *err)
{
	sqlite3_stmt *stmt;
	char date[NL_DATE_LEN];
	enum nl_status status = store_prepare(
		store,
		"UPDATE meeting SET minutes_approved_at = ?2 WHERE id = ?1",
		&stmt, err);
	if (status != NL_OK)
		return status;
	nl_format_date(approved_on, date);
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, date);
	return store_step_done(store, stmt, err);
}

enum nl_status store_meeting_contents(struct store *store, int64_t id,
				      struct meeting_contents *out,
				      struct nl_error *err)
{
	sqlite3_stmt *stmt;
	memset(out, 0, sizeof *out);
	enum nl_status status = store_prepare(
		store,
		"SELECT (SELECT count(*) FROM attendance WHERE meeting_id = ?1), "
		"(SELECT count(*) FROM agenda_item WHERE meeting_id = ?1), "
		"(SELECT count(*) FROM action_item WHERE meeting_id = ?1), "
		"(SELECT count(*) FROM advice WHERE meeting_id = ?1), "
		"(SELECT count(*) FROM guest WHERE meeting_id = ?1)",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		out->attendance = sqlite3_column_int(stmt, 0);
		out->agenda = sqlite3_column_int(stmt, 1);
		out->actions = sqlite3_column_int(stmt, 2);
		out->advice = sqlite3_column_int(stmt, 3);
		out->guests = sqlite3_column_int(stmt, 4);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? NL_OK : store_fail(store, err, rc);
}

enum nl_status store_meeting_update(struct store *store,
				    const struct meeting *m,
				    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	char date[NL_DATE_LEN], start[NL_HHMM_LEN];
	enum nl_status status = store_prepare(
		store,
		"UPDATE meeting SET date = ?2, start_time = ?3, location = ?4, "
		"chair_id = ?5, quorum_min = ?6 WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, m->id);
	nl_format_date(m->date, date);
	store_bind_text(stmt, 2, date);
	if (m->start_minute >= 0) {
		nl_format_minutes(m->start_minute, start);
		store_bind_text(stmt, 3, start);
	}
	store_bind_text_or_null(stmt, 4, m->location);
	if (m->chair_id)
		sqlite3_bind_int64(stmt, 5, m->chair_id);
	sqlite3_bind_int(stmt, 6, m->quorum_min);
	return store_step_done(store, stmt, err);
}

enum nl_status store_meeting_delete(struct store *store, int64_t id,
				    struct nl_error *err)
{
	static const char *const statements[] = {
		"DELETE FROM change_log WHERE meeting_id = ?1",
		"DELETE FROM meeting WHERE id = ?1",
	};
	enum nl_status status = NL_OK;
	for (size_t i = 0; i < 2 && status == NL_OK; i++) {
		sqlite3_stmt *stmt;
		status = store_prepare(store, statements[i], &stmt, err);
		if (status != NL_OK)
			break;
		sqlite3_bind_int64(stmt, 1, id);
		status = store_step_done(store, stmt, err);
	}
	return status;
}

enum nl_status store_meeting_set_invitation(struct store *store, int64_t id,
					    struct nl_date sent_on,
					    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	char date[NL_DATE_LEN];
	enum nl_status status = store_prepare(
		store, "UPDATE meeting SET invitation_sent_on = ?2 WHERE id = ?1",
		&stmt, err);
	if (status != NL_OK)
		return status;
	nl_format_date(sent_on, date);
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, date);
	return store_step_done(store, stmt, err);
}
