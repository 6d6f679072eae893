/*
 * store_roster.c — SQL for the membership, municipality_departure and term
 * tables.  The orders the readers promise are the ones roster.h's binary
 * searches rely on.
 */
#include <string.h>

#include "store_internal.h"
#include "store_roster.h"

static void read_date(sqlite3_stmt *stmt, int column, struct nl_date *out)
{
	char text[32];
	memset(out, 0, sizeof *out);
	store_column_copy(stmt, column, text, sizeof text);
	if (text[0])
		nl_parse_date(text, out);
}

static void bind_date(sqlite3_stmt *stmt, int index, struct nl_date date)
{
	char text[NL_DATE_LEN];
	if (!date.year) {
		sqlite3_bind_null(stmt, index);
		return;
	}
	nl_format_date(date, text);
	store_bind_text(stmt, index, text);
}

/* ---- membership periods ------------------------------------------------------ */

#define PERIOD_SELECT                                                         \
	"SELECT ms.person_id, coalesce(ms.municipality_id, 0), "              \
	"coalesce(m.name, ''), ms.starts_on FROM membership ms "              \
	"LEFT JOIN municipality m ON m.id = ms.municipality_id "

static void read_period(sqlite3_stmt *stmt, void *row)
{
	struct membership_period *p = row;
	p->person_id = sqlite3_column_int64(stmt, 0);
	p->municipality_id = sqlite3_column_int64(stmt, 1);
	store_column_copy(stmt, 2, p->municipality, sizeof p->municipality);
	read_date(stmt, 3, &p->from);
}

enum nl_status store_roster_periods(struct store *store,
				    struct membership_period **out, size_t *n,
				    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, PERIOD_SELECT "ORDER BY ms.person_id, ms.starts_on",
		&stmt, err);
	if (status != NL_OK)
		return status;
	return store_collect(store, stmt, sizeof **out, read_period,
			     (void **)out, n, err);
}

enum nl_status store_person_periods(struct store *store, int64_t person_id,
				    struct membership_period **out, size_t *n,
				    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, PERIOD_SELECT "WHERE ms.person_id = ?1 "
		"ORDER BY ms.starts_on", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, person_id);
	return store_collect(store, stmt, sizeof **out, read_period,
			     (void **)out, n, err);
}

enum nl_status store_period_insert(struct store *store, int64_t person_id,
				   int64_t municipality_id, struct nl_date from,
				   const char *created_at, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO membership (person_id, municipality_id, starts_on, "
		"created_at) VALUES (?1, ?2, ?3, ?4)", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, person_id);
	if (municipality_id)
		sqlite3_bind_int64(stmt, 2, municipality_id);
	bind_date(stmt, 3, from);
	store_bind_text(stmt, 4, created_at);
	return store_step_done(store, stmt, err);
}

enum nl_status store_periods_clear(struct store *store, int64_t person_id,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "DELETE FROM membership WHERE person_id = ?1", &stmt,
		err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, person_id);
	return store_step_done(store, stmt, err);
}

enum nl_status store_person_set_municipality(struct store *store,
					     int64_t person_id,
					     int64_t municipality_id,
					     struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "UPDATE person SET municipality_id = ?2 WHERE id = ?1",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, person_id);
	if (municipality_id)
		sqlite3_bind_int64(stmt, 2, municipality_id);
	return store_step_done(store, stmt, err);
}

/* ---- departures ---------------------------------------------------------------- */

static void read_departure(sqlite3_stmt *stmt, void *row)
{
	struct departure *d = row;
	d->municipality_id = sqlite3_column_int64(stmt, 0);
	read_date(stmt, 1, &d->left_on);
	read_date(stmt, 2, &d->rejoined_on);
}

enum nl_status store_roster_departures(struct store *store,
				       struct departure **out, size_t *n,
				       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"SELECT municipality_id, left_on, rejoined_on "
		"FROM municipality_departure ORDER BY municipality_id, left_on",
		&stmt, err);
	if (status != NL_OK)
		return status;
	return store_collect(store, stmt, sizeof **out, read_departure,
			     (void **)out, n, err);
}

enum nl_status store_municipality_departures(struct store *store,
					     int64_t municipality_id,
					     struct departure **out, size_t *n,
					     struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"SELECT municipality_id, left_on, rejoined_on "
		"FROM municipality_departure WHERE municipality_id = ?1 "
		"ORDER BY left_on", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, municipality_id);
	return store_collect(store, stmt, sizeof **out, read_departure,
			     (void **)out, n, err);
}

enum nl_status store_departure_insert(struct store *store,
				      int64_t municipality_id,
				      struct nl_date left_on,
				      const char *created_at,
				      struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO municipality_departure (municipality_id, left_on, "
		"created_at) VALUES (?1, ?2, ?3)", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, municipality_id);
	bind_date(stmt, 2, left_on);
	store_bind_text(stmt, 3, created_at);
	return store_step_done(store, stmt, err);
}

enum nl_status store_departure_end(struct store *store, int64_t municipality_id,
				   struct nl_date rejoined_on,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"UPDATE municipality_departure SET rejoined_on = ?2 "
		"WHERE municipality_id = ?1 AND rejoined_on IS NULL", &stmt,
		err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, municipality_id);
	bind_date(stmt, 2, rejoined_on);
	return store_step_done(store, stmt, err);
}

/* ---- terms --------------------------------------------------------------------- */

#define TERM_SELECT "SELECT id, person_id, starts_on, ends_on FROM term "

static void read_term(sqlite3_stmt *stmt, void *row)
{
	struct term *t = row;
	t->id = sqlite3_column_int64(stmt, 0);
	t->person_id = sqlite3_column_int64(stmt, 1);
	read_date(stmt, 2, &t->start);
	read_date(stmt, 3, &t->end);
}

enum nl_status store_roster_terms(struct store *store, struct term **out,
				  size_t *n, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, TERM_SELECT "ORDER BY person_id, starts_on", &stmt, err);
	if (status != NL_OK)
		return status;
	return store_collect(store, stmt, sizeof **out, read_term,
			     (void **)out, n, err);
}

enum nl_status store_person_terms(struct store *store, int64_t person_id,
				  struct term **out, size_t *n,
				  struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, TERM_SELECT "WHERE person_id = ?1 ORDER BY starts_on",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, person_id);
	return store_collect(store, stmt, sizeof **out, read_term,
			     (void **)out, n, err);
}

enum nl_status store_term_insert(struct store *store, int64_t person_id,
				 struct nl_date start, struct nl_date end,
				 const char *created_at, int64_t *id,
				 struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO term (person_id, starts_on, ends_on, created_at) "
		"VALUES (?1, ?2, ?3, ?4)", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, person_id);
	bind_date(stmt, 2, start);
	bind_date(stmt, 3, end);
	store_bind_text(stmt, 4, created_at);
	status = store_step_done(store, stmt, err);
	if (status == NL_OK && id)
		*id = sqlite3_last_insert_rowid(store_db(store));
	return status;
}

enum nl_status store_term_update(struct store *store, int64_t term_id,
				 struct nl_date start, struct nl_date end,
				 struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "UPDATE term SET starts_on = ?2, ends_on = ?3 WHERE id = ?1",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, term_id);
	bind_date(stmt, 2, start);
	bind_date(stmt, 3, end);
	return store_step_done(store, stmt, err);
}
