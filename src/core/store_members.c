/* store_members.c — SQL for the municipality and person tables. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_internal.h"
#include "store_members.h"

/* With the date of its departure that has not ended, if any. */
#define MUNICIPALITY_COLUMNS                                                  \
	"id, name, weight, (SELECT d.left_on FROM municipality_departure d "   \
	"WHERE d.municipality_id = municipality.id AND d.rejoined_on IS NULL)"

static void read_municipality(sqlite3_stmt *stmt, void *row)
{
	struct municipality *m = row;
	char date[32];
	m->id = sqlite3_column_int64(stmt, 0);
	store_column_copy(stmt, 1, m->name, sizeof m->name);
	m->weight = sqlite3_column_double(stmt, 2);
	memset(&m->left_on, 0, sizeof m->left_on);
	store_column_copy(stmt, 3, date, sizeof date);
	if (date[0])
		nl_parse_date(date, &m->left_on);
}

enum nl_status store_municipality_insert(struct store *store, const char *name,
					 const char *key, double weight,
					 const char *created_at, int64_t *id,
					 struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO municipality (name, name_key, weight, created_at) "
		"VALUES (?1, ?2, ?3, ?4)", &stmt, err);
	if (status != NL_OK)
		return status;
	store_bind_text(stmt, 1, name);
	store_bind_text(stmt, 2, key);
	sqlite3_bind_double(stmt, 3, weight);
	store_bind_text(stmt, 4, created_at);
	status = store_step_done(store, stmt, err);
	if (status == NL_OK)
		*id = sqlite3_last_insert_rowid(store_db(store));
	return status;
}

/* Runs a query whose rows are municipalities into a growing array. */
static enum nl_status collect_municipalities(struct store *store,
					     sqlite3_stmt *stmt,
					     struct municipality **out,
					     size_t *n, struct nl_error *err)
{
	return store_collect(store, stmt, sizeof **out, read_municipality,
			     (void **)out, n, err);
}

enum nl_status store_municipality_list(struct store *store,
				       struct municipality **out, size_t *n,
				       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"SELECT " MUNICIPALITY_COLUMNS " FROM municipality "
		"ORDER BY notulist_sort(name), name_key, id", &stmt, err);
	if (status != NL_OK)
		return status;
	return collect_municipalities(store, stmt, out, n, err);
}

static enum nl_status one_municipality(struct store *store, sqlite3_stmt *stmt,
				       struct municipality *out,
				       struct nl_error *err)
{
	return store_collect_one(store, stmt, read_municipality, out, err);
}

enum nl_status store_municipality_by_key(struct store *store, const char *key,
					 struct municipality *out,
					 struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"SELECT " MUNICIPALITY_COLUMNS " FROM municipality "
		"WHERE name_key = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	store_bind_text(stmt, 1, key);
	return one_municipality(store, stmt, out, err);
}

enum nl_status store_municipality_by_id(struct store *store, int64_t id,
					struct municipality *out,
					struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"SELECT " MUNICIPALITY_COLUMNS " FROM municipality WHERE id = ?1",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	return one_municipality(store, stmt, out, err);
}

enum nl_status store_municipality_update(struct store *store, int64_t id,
					 const char *name, const char *key,
					 double weight, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"UPDATE municipality SET name = ?2, name_key = ?3, weight = ?4 "
		"WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, name);
	store_bind_text(stmt, 3, key);
	sqlite3_bind_double(stmt, 4, weight);
	return store_step_done(store, stmt, err);
}

/* ---- people -------------------------------------------------------------- */

#define PERSON_SELECT                                                        \
	"SELECT p.id, p.name, coalesce(p.municipality_id, 0), "              \
	"coalesce(m.name, ''), p.role, p.active, "                           \
	"coalesce(p.active_from, ''), coalesce(p.active_to, ''), "           \
	"p.created_at, p.erased_at IS NOT NULL, p.under_27 "                 \
	"FROM person p LEFT JOIN municipality m ON m.id = p.municipality_id "

static void read_person(sqlite3_stmt *stmt, void *row)
{
	struct person *p = row;
	char role[32], date[32];
	p->id = sqlite3_column_int64(stmt, 0);
	store_column_copy(stmt, 1, p->name, sizeof p->name);
	p->municipality_id = sqlite3_column_int64(stmt, 2);
	store_column_copy(stmt, 3, p->municipality, sizeof p->municipality);
	store_column_copy(stmt, 4, role, sizeof role);
	if (!role_parse(role, &p->role))
		p->role = ROLE_GUEST;
	p->active = sqlite3_column_int(stmt, 5) != 0;
	memset(&p->active_from, 0, sizeof p->active_from);
	memset(&p->active_to, 0, sizeof p->active_to);
	store_column_copy(stmt, 6, date, sizeof date);
	nl_parse_date(date, &p->active_from);
	store_column_copy(stmt, 7, date, sizeof date);
	nl_parse_date(date, &p->active_to);
	p->created_at = store_column_time(stmt, 8);
	p->erased = sqlite3_column_int(stmt, 9) != 0;
	p->under_27 = sqlite3_column_int(stmt, 10) != 0;
}

static enum nl_status collect_people(struct store *store, sqlite3_stmt *stmt,
				     struct person **out, size_t *n,
				     struct nl_error *err)
{
	return store_collect(store, stmt, sizeof **out, read_person,
			     (void **)out, n, err);
}

enum nl_status store_person_insert(struct store *store,
				   const struct person *person,
				   const char *email, const char *phone,
				   const char *key, const char *created_at,
				   int64_t *id, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"INSERT INTO person (name, name_key, municipality_id, role, "
		"email, phone, active, active_from, created_at, under_27) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, substr(?7, 1, 10), ?7, ?8)",
		&stmt, err);
	if (status != NL_OK)
		return status;
	store_bind_text(stmt, 1, person->name);
	store_bind_text(stmt, 2, key);
	if (person->municipality_id)
		sqlite3_bind_int64(stmt, 3, person->municipality_id);
	else
		sqlite3_bind_null(stmt, 3);
	store_bind_text(stmt, 4, role_key(person->role));
	store_bind_text_or_null(stmt, 5, email);
	store_bind_text_or_null(stmt, 6, phone);
	store_bind_text(stmt, 7, created_at);
	sqlite3_bind_int(stmt, 8, person->under_27);
	status = store_step_done(store, stmt, err);
	if (status == NL_OK)
		*id = sqlite3_last_insert_rowid(store_db(store));
	return status;
}

enum nl_status store_person_by_id(struct store *store, int64_t id,
				  struct person *out, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, PERSON_SELECT "WHERE p.id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	return store_collect_one(store, stmt, read_person, out, err);
}

enum nl_status store_person_by_key(struct store *store, const char *key,
				   struct person **out, size_t *n,
				   struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, PERSON_SELECT "WHERE p.name_key = ?1 ORDER BY p.id",
		&stmt, err);
	if (status != NL_OK)
		return status;
	store_bind_text(stmt, 1, key);
	return collect_people(store, stmt, out, n, err);
}

enum nl_status store_person_list(struct store *store, bool include_inactive,
				 struct person **out, size_t *n,
				 struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		PERSON_SELECT "WHERE p.active = 1 OR ?1 "
		"ORDER BY m.name_key IS NULL, notulist_sort(m.name), m.name_key, "
		"notulist_sort(p.name), p.name_key, p.id",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int(stmt, 1, include_inactive);
	return collect_people(store, stmt, out, n, err);
}

enum nl_status store_person_list_since(struct store *store, const char *date,
				       struct person **out, size_t *n,
				       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		PERSON_SELECT "WHERE p.active_to IS NULL OR p.active_to >= ?1 "
		"ORDER BY m.name_key IS NULL, notulist_sort(m.name), m.name_key, "
		"notulist_sort(p.name), p.name_key, p.id",
		&stmt, err);
	if (status != NL_OK)
		return status;
	store_bind_text(stmt, 1, date);
	return collect_people(store, stmt, out, n, err);
}

/* Each term of the OR has its index (SQLite's multi-index OR), so no
 * former member is read; active_to only ever holds a date the program
 * wrote ('YYYY-MM-DD'), so comparing the text compares the dates. */
enum nl_status store_person_list_for_meeting(struct store *store,
					     int64_t meeting_id,
					     const char *date,
					     struct person **out, size_t *n,
					     struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		PERSON_SELECT "WHERE p.active_to IS NULL OR p.active_to >= ?2 "
		"OR p.id IN (SELECT person_id FROM attendance "
		"WHERE meeting_id = ?1) "
		"ORDER BY m.name_key IS NULL, notulist_sort(m.name), m.name_key, "
		"notulist_sort(p.name), p.name_key, p.id",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_bind_text(stmt, 2, date);
	return collect_people(store, stmt, out, n, err);
}

/* No ORDER BY: the caller sorts, and asking for rowid order made the
 * planner scan every person ever entered rather than use the indexes of
 * the OR's terms. */
static enum nl_status prepare_for_period(struct store *store,
					 const char *from, const char *to,
					 sqlite3_stmt **stmt,
					 struct nl_error *err)
{
	enum nl_status status = store_prepare(
		store,
		from ? PERSON_SELECT "WHERE p.active_to IS NULL "
		       "OR p.active_to >= ?1 OR p.id IN (SELECT a.person_id "
		       "FROM meeting mt JOIN attendance a ON a.meeting_id = mt.id "
		       "WHERE mt.date >= ?1 AND mt.date <= ?2)"
		     : PERSON_SELECT,
		stmt, err);
	if (status == NL_OK && from) {
		store_bind_text(*stmt, 1, from);
		store_bind_text(*stmt, 2, to ? to : "9999-99-99");
	}
	return status;
}

enum nl_status store_person_list_for_period(struct store *store,
					    const char *from, const char *to,
					    struct person **out, size_t *n,
					    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = prepare_for_period(store, from, to, &stmt, err);
	if (status != NL_OK)
		return status;
	return collect_people(store, stmt, out, n, err);
}

enum nl_status store_person_each_for_period(struct store *store,
					    const char *from, const char *to,
					    store_person_fn *fn, void *data,
					    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	struct person p;
	int rc;
	enum nl_status status = prepare_for_period(store, from, to, &stmt, err);
	if (status != NL_OK)
		return status;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		read_person(stmt, &p);
		if ((status = fn(data, &p, err)) != NL_OK)
			break;
	}
	if (status == NL_OK && rc != SQLITE_DONE)
		status = store_fail(store, err, rc);
	sqlite3_finalize(stmt);
	return status;
}

enum nl_status store_person_set_active(struct store *store, int64_t id,
				       bool active, const char *date,
				       struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"UPDATE person SET active = ?2, "
		"active_to = CASE WHEN ?2 THEN NULL ELSE ?3 END WHERE id = ?1",
		&stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int(stmt, 2, active);
	store_bind_text(stmt, 3, date);
	return store_step_done(store, stmt, err);
}

enum nl_status store_person_update(struct store *store, int64_t id,
				   const char *name, const char *key,
				   enum role role, const char *email,
				   const char *phone, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"UPDATE person SET name = ?2, name_key = ?3, role = ?4, "
		"email = ?5, phone = ?6 WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, name);
	store_bind_text(stmt, 3, key);
	store_bind_text(stmt, 4, role_key(role));
	store_bind_text_or_null(stmt, 5, email);
	store_bind_text_or_null(stmt, 6, phone);
	return store_step_done(store, stmt, err);
}

enum nl_status store_person_set_under_27(struct store *store, int64_t id,
					 bool under_27, struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "UPDATE person SET under_27 = ?2 WHERE id = ?1", &stmt,
		err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int(stmt, 2, under_27);
	return store_step_done(store, stmt, err);
}

enum nl_status store_person_contact(struct store *store, int64_t id,
				    char *email, size_t email_size,
				    char *phone, size_t phone_size,
				    struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store, "SELECT email, phone FROM person WHERE id = ?1", &stmt,
		err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	email[0] = phone[0] = '\0';
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		store_column_copy(stmt, 0, email, email_size);
		store_column_copy(stmt, 1, phone, phone_size);
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE)
		return NL_ERR_NOTFOUND;
	return rc == SQLITE_ROW ? NL_OK : store_fail(store, err, rc);
}

enum nl_status store_person_erase(struct store *store, int64_t id,
				  const char *pseudonym, const char *key,
				  const char *today, const char *now,
				  struct nl_error *err)
{
	sqlite3_stmt *stmt;
	enum nl_status status = store_prepare(
		store,
		"UPDATE person SET name = ?2, name_key = ?3, email = NULL, "
		"phone = NULL, notes = NULL, active = 0, "
		"active_to = coalesce(active_to, ?4), erased_at = ?5 "
		"WHERE id = ?1", &stmt, err);
	if (status != NL_OK)
		return status;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, pseudonym);
	store_bind_text(stmt, 3, key);
	store_bind_text(stmt, 4, today);
	store_bind_text(stmt, 5, now);
	return store_step_done(store, stmt, err);
}
