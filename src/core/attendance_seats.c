/*
 * attendance_seats.c — the rules of stand-ins (see attendance_internal.h).
 *
 * A stand-in takes the seat of one absent or excused member of their own
 * municipality for one meeting, and counts once, as that member's role.
 * Invariants kept here, before anything is written: a seat has at most one
 * stand-in and a stand-in at most one seat per meeting; a member who is or
 * was present at the meeting cannot be stood in for, and cannot be checked
 * in while their stand-in is present.  The seat is named on the stand-in's
 * check-in (attendance.for_person_id); att_resolve gives it to the
 * stand-in's other events.
 */
#include <stdio.h>
#include <string.h>

#include "attendance_internal.h"
#include "attendance_replay.h"
#include "i18n.h"
#include "roster.h"
#include "store_members.h"

/* The member whose seat a person holds at the meeting; 0: none. */
static int64_t seat_of(const struct att_log *log, int64_t person_id)
{
	for (size_t i = 0; i < log->n_in_force; i++)
		if (log->in_force[i].person_id == person_id &&
		    log->in_force[i].for_person_id)
			return log->in_force[i].for_person_id;
	return 0;
}

/* Who holds a member's seat at the meeting; 0: nobody. */
static int64_t holder_of(const struct att_log *log, int64_t member_id)
{
	for (size_t i = 0; i < log->n_in_force; i++)
		if (log->in_force[i].for_person_id == member_id)
			return log->in_force[i].person_id;
	return 0;
}

static enum nl_status load_person(struct store *store, int64_t id,
				  struct person *out, struct nl_error *err)
{
	enum nl_status status = store_person_by_id(store, id, out, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status, _("no person with id %lld"),
			       (long long)id);
	return status;
}

/* Both on the meeting's day: a stand-in stands in within their own
 * municipality. */
static enum nl_status same_municipality(struct store *store,
					const struct settings *settings,
					struct person stand_in,
					struct person member,
					const struct meeting *m,
					struct nl_error *err)
{
	struct roster roster;
	enum nl_status status = roster_load(store, settings->term_years,
					    &roster, err);
	if (status == NL_OK) {
		roster_place(&roster, &stand_in, m->date);
		roster_place(&roster, &member, m->date);
		if (!stand_in.municipality_id ||
		    stand_in.municipality_id != member.municipality_id)
			status = nl_fail(
				err, NL_ERR_REFUSED,
				/* TRANSLATORS: stand-in, their municipality,
				 * member, the member's municipality. */
				_("%s stands in for members of %s, and %s is "
				  "of %s"), stand_in.name,
				stand_in.municipality[0] ? stand_in.municipality
							 : _("no municipality"),
				member.name,
				member.municipality[0] ? member.municipality
						       : _("no municipality"));
		else if (!roster_expected_at(&roster, &member, m))
			status = nl_fail(err, NL_ERR_REFUSED,
					 _("%s is not expected at this meeting, "
					   "so nobody takes their seat"),
					 member.name);
	}
	roster_free(&roster);
	return status;
}

static enum nl_status check_taking(struct store *store,
				   const struct att_log *log,
				   const struct att_replay *replay,
				   const struct settings *settings,
				   struct att_outcome *out, int64_t member_id,
				   struct nl_error *err)
{
	const struct person *p = &out->person;
	struct person member, other;
	if (p->role != ROLE_STAND_IN)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s is a %s, not a stand-in: only a stand-in "
				 "takes an absent member's seat"), p->name,
			       role_label(p->role));
	enum nl_status status = load_person(store, member_id, &member, err);
	if (status != NL_OK)
		return status;
	if (member.role == ROLE_STAND_IN)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s is a stand-in too: a stand-in takes a "
				 "member's seat"), member.name);
	if (!member.active)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s is inactive, so nobody takes their seat"),
			       member.name);
	status = same_municipality(store, settings, *p, member, &out->meeting,
				   err);
	if (status != NL_OK)
		return status;
	const struct person_attendance *a =
		att_find(replay->people, replay->n_people, member.id);
	if (a && a->state == PRESENCE_PRESENT)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s is present, so nobody can stand in for "
				 "them"), member.name);
	if (a && a->visits > 0)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s was present at this meeting, so nobody "
				 "can stand in for them"), member.name);
	int64_t holder = holder_of(log, member.id);
	if (holder && holder != p->id) {
		status = load_person(store, holder, &other, err);
		return status != NL_OK
			       ? status
			       : nl_fail(err, NL_ERR_REFUSED,
					 _("%s already stands in for %s at this "
					   "meeting"), other.name, member.name);
	}
	int64_t held = seat_of(log, p->id);
	if (held && held != member.id) {
		status = load_person(store, held, &other, err);
		return status != NL_OK
			       ? status
			       : nl_fail(err, NL_ERR_REFUSED,
					 _("%s already stands in for %s at this "
					   "meeting"), p->name, other.name);
	}
	out->seat = member;
	return NL_OK;
}

/* A member arriving while the stand-in in their seat is there. */
static enum nl_status check_not_taken(struct store *store,
				      const struct att_log *log,
				      const struct att_replay *replay,
				      const struct person *member,
				      struct nl_error *err)
{
	struct person stand_in;
	int64_t holder = holder_of(log, member->id);
	if (!holder)
		return NL_OK;
	const struct person_attendance *a =
		att_find(replay->people, replay->n_people, holder);
	if (!a || a->state != PRESENCE_PRESENT)
		return NL_OK;
	enum nl_status status = load_person(store, holder, &stand_in, err);
	if (status != NL_OK)
		return status;
	return nl_fail(err, NL_ERR_REFUSED,
		       _("%s stands in for %s and is present: check %s out "
			 "first"), stand_in.name, member->name, stand_in.name);
}

enum nl_status att_check_seat(struct store *store, const struct att_log *log,
			      const struct settings *settings,
			      struct att_outcome *out,
			      const struct att_event *event, nl_time now,
			      struct nl_error *err)
{
	if (event->kind != ATT_IN)
		return NL_OK;
	struct att_replay replay = {0};
	enum nl_status status = att_replay(
		log->in_force, log->n_in_force, settings->counting_roles,
		out->meeting.quorum_min,
		attendance_moment_after(&out->meeting, log->in_force,
					log->n_in_force, now),
		&replay, err);
	int64_t held = seat_of(log, out->person.id);
	if (status != NL_OK)
		;
	else if (event->for_person_id)
		status = check_taking(store, log, &replay, settings, out,
				      event->for_person_id, err);
	else if (out->person.role == ROLE_STAND_IN && !held)
		status = nl_fail(err, NL_ERR_REFUSED,
				 _("%s is a stand-in: say whose seat they take "
				   "(checkin … --for MEMBER, or f on the "
				   "board)"), out->person.name);
	else if (held)
		status = load_person(store, held, &out->seat, err);
	else
		status = check_not_taken(store, log, &replay, &out->person,
					 err);
	att_replay_free(&replay);
	return status;
}
