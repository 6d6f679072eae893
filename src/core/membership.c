/*
 * membership.c — moves, municipalities leaving and rejoining, and terms
 * of office (see membership.h).  Nothing that happened is rewritten: a
 * move adds a period, a departure a dated row, a reappointment a term, so
 * the roster (roster.h) can still say how things stood on any earlier day.
 * Invariants: person.municipality_id is the municipality of the person's
 * latest period; a person's first period starts at NULL; at most one
 * departure of a municipality is open.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "membership.h"
#include "settings.h"
#include "store.h"
#include "store_members.h"
#include "store_roster.h"

static void format_date(struct nl_date date, char out[NL_DATE_LEN])
{
	nl_format_date(date, out);
}

/* The day a person became a member: as recorded, else the day entered. */
static struct nl_date joined_on(const struct person *p)
{
	if (p->active_from.year)
		return p->active_from;
	return p->created_at ? nl_time_date(p->created_at)
			     : (struct nl_date){0, 0, 0};
}

/* ---- moves ------------------------------------------------------------------ */

static enum nl_status takes_part(struct store *store,
				 const struct municipality *m,
				 struct nl_date day, struct nl_error *err)
{
	struct roster roster;
	char date[NL_DATE_LEN], left[NL_DATE_LEN];
	/* Terms are not asked here: no term length needed. */
	enum nl_status status = roster_load(store, 0, &roster, err);
	if (status == NL_OK && !roster_takes_part(&roster, m->id, day)) {
		format_date(day, date);
		format_date(m->left_on, left);
		status = m->left_on.year
			? nl_fail(err, NL_ERR_REFUSED,
				  _("%s takes no part on %s (it left on %s)"),
				  m->name, date, left)
			: nl_fail(err, NL_ERR_REFUSED,
				  _("%s takes no part on %s"), m->name, date);
	}
	roster_free(&roster);
	return status;
}

static enum nl_status add_period(struct store *store,
				 const struct person *p,
				 const struct membership_period *periods,
				 size_t n, const struct municipality *m,
				 struct nl_date from, nl_time now,
				 struct nl_error *err)
{
	char stamp[NL_STAMP_LEN], date[NL_DATE_LEN];
	const struct membership_period *latest = n ? &periods[n - 1] : NULL;
	nl_format_stamp(now, stamp);
	if (latest && latest->from.year &&
	    nl_date_compare(from, latest->from) <= 0) {
		format_date(latest->from, date);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s moved to %s on %s; a later move starts "
				 "after that day"), p->name,
			       latest->municipality[0] ? latest->municipality
						       : _("no municipality"),
			       date);
	}
	if (p->municipality_id == m->id)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s already belongs to %s"), p->name, m->name);
	enum nl_status status = NL_OK;
	if (!latest)
		status = store_period_insert(store, p->id, p->municipality_id,
					     (struct nl_date){0, 0, 0}, stamp,
					     err);
	if (status == NL_OK)
		status = store_period_insert(store, p->id, m->id, from, stamp,
					     err);
	return status;
}

static enum nl_status move(struct store *store, const char *ref,
			   const char *municipality, struct nl_date from,
			   nl_time now, struct move_outcome *out,
			   struct nl_error *err)
{
	struct municipality m;
	struct membership_period *periods = NULL;
	size_t n = 0;
	memset(out, 0, sizeof *out);
	if (!from.year)
		from = nl_time_date(now);
	out->from = from;
	enum nl_status status = member_resolve(store, ref, &out->person, err);
	if (status == NL_OK && out->person.erased)
		status = member_refuse_erased(&out->person, err);
	if (status == NL_OK)
		status = municipality_resolve(store, municipality, &m, err);
	if (status == NL_OK)
		status = takes_part(store, &m, from, err);
	if (status == NL_OK)
		status = store_person_periods(store, out->person.id, &periods,
					      &n, err);
	if (status != NL_OK)
		return status;
	snprintf(out->from_municipality, sizeof out->from_municipality, "%s",
		 out->person.municipality);
	struct nl_date joined = joined_on(&out->person);
	out->correction = n == 0 && joined.year &&
			  nl_date_compare(from, joined) <= 0;
	if (out->correction && out->person.municipality_id == m.id)
		status = nl_fail(err, NL_ERR_REFUSED,
				 _("%s already belongs to %s"),
				 out->person.name, m.name);
	else if (!out->correction)
		status = add_period(store, &out->person, periods, n, &m, from,
				    now, err);
	free(periods);
	if (status == NL_OK)
		status = store_person_set_municipality(store, out->person.id,
						       m.id, err);
	if (status == NL_OK)
		status = store_person_by_id(store, out->person.id, &out->person,
					    err);
	return status;
}

enum nl_status member_move(struct store *store, const char *ref,
			   const char *municipality, struct nl_date from,
			   nl_time now, struct move_outcome *out,
			   struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      move(store, ref, municipality, from, now,
					   out, err),
				      err);
	return status;
}

/* ---- leaving and rejoining ----------------------------------------------------- */

/* The active members the municipality had on that day. */
static enum nl_status members_on(struct store *store,
				 struct leave_outcome *out,
				 struct nl_error *err)
{
	struct person *all;
	size_t n;
	struct roster roster;
	enum nl_status status = store_person_list(store, false, &all, &n, err);
	if (status != NL_OK)
		return status;
	status = roster_load(store, 0, &roster, err);
	for (size_t i = 0; status == NL_OK && i < n; i++) {
		struct person p = all[i];
		roster_place(&roster, &p, out->on);
		if (p.municipality_id == out->municipality.id && !p.erased)
			all[out->n_members++] = all[i];
	}
	roster_free(&roster);
	if (status != NL_OK) {
		free(all);
		return status;
	}
	out->members = all;
	return NL_OK;
}

static enum nl_status deactivate(struct store *store,
				 struct leave_outcome *out, nl_time now,
				 struct nl_error *err)
{
	char date[NL_DATE_LEN], until[NL_DATE_LEN];
	format_date(out->on, date);
	if (nl_date_compare(out->on, nl_time_date(now)) > 0)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s leaves on %s, still ahead: deactivate its "
				 "members on or after that day (the same "
				 "command with --deactivate-members)"),
			       out->municipality.name, date);
	/* Members until the day before the municipality left. */
	format_date(nl_date_add_days(out->on, -1), until);
	enum nl_status status = NL_OK;
	for (size_t i = 0; status == NL_OK && i < out->n_members; i++)
		status = store_person_set_active(store, out->members[i].id,
						 false, until, err);
	out->deactivated = status == NL_OK;
	return status;
}

/* Records the departure, unless it is the one already there (then only
 * deactivating may follow). */
static enum nl_status record_departure(struct store *store,
				       struct leave_outcome *out,
				       bool deactivate_members, nl_time now,
				       struct nl_error *err)
{
	struct departure *all;
	size_t n;
	char date[NL_DATE_LEN], stamp[NL_STAMP_LEN];
	enum nl_status status = store_municipality_departures(
		store, out->municipality.id, &all, &n, err);
	if (status != NL_OK)
		return status;
	const struct departure *last = n ? &all[n - 1] : NULL;
	out->recorded = true;
	if (last && !last->rejoined_on.year) {
		out->recorded = false;
		format_date(last->left_on, date);
		if (!deactivate_members ||
		    nl_date_compare(last->left_on, out->on) != 0)
			status = nl_fail(err, NL_ERR_REFUSED,
					 _("%s left on %s already (rejoin with "
					   "notulist municipality rejoin)"),
					 out->municipality.name, date);
	} else if (last && nl_date_compare(out->on, last->rejoined_on) < 0) {
		format_date(last->rejoined_on, date);
		status = nl_fail(err, NL_ERR_REFUSED,
				 _("%s rejoined on %s; it can leave on that "
				   "day or later"), out->municipality.name,
				 date);
	} else {
		nl_format_stamp(now, stamp);
		status = store_departure_insert(store, out->municipality.id,
						out->on, stamp, err);
	}
	free(all);
	return status;
}

static enum nl_status leave(struct store *store, const char *ref,
			    struct nl_date on, bool deactivate_members,
			    nl_time now, struct leave_outcome *out,
			    struct nl_error *err)
{
	out->on = on;
	enum nl_status status = municipality_resolve(store, ref,
						     &out->municipality, err);
	if (status == NL_OK)
		status = record_departure(store, out, deactivate_members, now,
					  err);
	if (status == NL_OK)
		status = members_on(store, out, err);
	if (status == NL_OK && deactivate_members)
		status = deactivate(store, out, now, err);
	if (status == NL_OK)
		status = municipality_resolve(store, ref, &out->municipality,
					      err);
	return status;
}

enum nl_status municipality_leave(struct store *store, const char *ref,
				  struct nl_date on, bool deactivate_members,
				  nl_time now, struct leave_outcome *out,
				  struct nl_error *err)
{
	memset(out, 0, sizeof *out);
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      leave(store, ref, on, deactivate_members,
					    now, out, err),
				      err);
	if (status != NL_OK)
		leave_outcome_free(out);
	return status;
}

void leave_outcome_free(struct leave_outcome *out)
{
	free(out->members);
	out->members = NULL;
	out->n_members = 0;
}

static enum nl_status rejoin(struct store *store, const char *ref,
			     struct nl_date on, struct municipality *out,
			     struct nl_error *err)
{
	char date[NL_DATE_LEN];
	enum nl_status status = municipality_resolve(store, ref, out, err);
	if (status != NL_OK)
		return status;
	if (!out->left_on.year)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s takes part already (it has not left)"),
			       out->name);
	if (nl_date_compare(on, out->left_on) <= 0) {
		format_date(out->left_on, date);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s left on %s; it rejoins on a later day"),
			       out->name, date);
	}
	status = store_departure_end(store, out->id, on, err);
	if (status == NL_OK)
		status = municipality_resolve(store, ref, out, err);
	return status;
}

enum nl_status municipality_rejoin(struct store *store, const char *ref,
				   struct nl_date on, struct municipality *out,
				   struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store, rejoin(store, ref, on, out, err),
				      err);
	return status;
}

/* ---- terms of office ---------------------------------------------------------- */

static enum nl_status check_term(struct nl_date start, struct nl_date end,
				 const struct term *before,
				 struct nl_error *err)
{
	char date[NL_DATE_LEN];
	if (end.year && nl_date_compare(end, start) < 0)
		return nl_fail(err, NL_ERR_INVALID,
			       _("a term cannot end before it starts"));
	if (before && nl_date_compare(start, before->start) <= 0) {
		format_date(before->start, date);
		return nl_fail(err, NL_ERR_REFUSED,
			       _("the term before started on %s; this one "
				 "starts after that day"), date);
	}
	return NL_OK;
}

enum nl_status term_set(struct store *store, int64_t person_id,
			struct nl_date start, struct nl_date end, nl_time now,
			struct nl_error *err)
{
	struct term *terms;
	size_t n;
	char stamp[NL_STAMP_LEN];
	if (!start.year && !end.year)
		return NL_OK;
	enum nl_status status = store_person_terms(store, person_id, &terms,
						   &n, err);
	if (status != NL_OK)
		return status;
	if (n == 0 && !start.year) {
		status = nl_fail(err, NL_ERR_INVALID,
				 _("a term of office needs its start "
				   "(--term-start)"));
	} else if (n == 0) {
		nl_format_stamp(now, stamp);
		status = check_term(start, end, NULL, err);
		if (status == NL_OK)
			status = store_term_insert(store, person_id, start, end,
						   stamp, NULL, err);
	} else {
		struct term *latest = &terms[n - 1];
		struct nl_date new_start = start.year ? start : latest->start;
		struct nl_date new_end = end.year ? end : latest->end;
		status = check_term(new_start, new_end,
				    n > 1 ? &terms[n - 2] : NULL, err);
		if (status == NL_OK)
			status = store_term_update(store, latest->id, new_start,
						   new_end, err);
	}
	free(terms);
	return status;
}

static enum nl_status refuse_reappointment(const struct person *p,
					   size_t n_terms,
					   const struct settings *s,
					   struct nl_error *err)
{
	if (n_terms == 0)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s has no term of office to renew; give the "
				 "first with: notulist member edit %lld "
				 "--term-start DATE"), p->name,
			       (long long)p->id);
	if (s->term_reappointments && n_terms - 1 >= (size_t)s->term_reappointments)
		return nl_fail(err, NL_ERR_REFUSED,
			       ngettext("%s was reappointed %d time already, "
					"the most the settings allow "
					"(term_reappointments)",
					"%s was reappointed %d times already, "
					"the most the settings allow "
					"(term_reappointments)",
					(unsigned long)(n_terms - 1)),
			       p->name, (int)(n_terms - 1));
	return NL_OK;
}

static enum nl_status reappoint(struct store *store, const char *ref,
				struct nl_date on, nl_time now,
				struct term_outcome *out, struct nl_error *err)
{
	struct settings settings;
	struct term *terms = NULL;
	size_t n = 0;
	char stamp[NL_STAMP_LEN];
	memset(out, 0, sizeof *out);
	enum nl_status status = member_resolve(store, ref, &out->person, err);
	if (status == NL_OK && out->person.erased)
		status = member_refuse_erased(&out->person, err);
	if (status == NL_OK && !out->person.active)
		status = nl_fail(err, NL_ERR_REFUSED,
				 _("%s is inactive (reactivate with: notulist "
				   "member activate %lld)"), out->person.name,
				 (long long)out->person.id);
	if (status == NL_OK)
		status = settings_load(store, &settings, err);
	if (status == NL_OK)
		status = store_person_terms(store, out->person.id, &terms, &n,
					    err);
	if (status == NL_OK)
		status = refuse_reappointment(&out->person, n, &settings, err);
	if (status == NL_OK) {
		const struct term *last = &terms[n - 1];
		out->term.person_id = out->person.id;
		out->term.start = on.year ? on
				  : nl_date_add_days(term_end(last,
							      settings.term_years),
						     1);
		status = check_term(out->term.start, out->term.end, last, err);
	}
	nl_format_stamp(now, stamp);
	if (status == NL_OK)
		status = store_term_insert(store, out->person.id, out->term.start,
					   out->term.end, stamp, &out->term.id,
					   err);
	if (status == NL_OK) {
		out->end = term_end(&out->term, settings.term_years);
		out->number = (int)n + 1;
	}
	free(terms);
	return status;
}

enum nl_status member_reappoint(struct store *store, const char *ref,
				struct nl_date on, nl_time now,
				struct term_outcome *out,
				struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      reappoint(store, ref, on, now, out, err),
				      err);
	return status;
}
