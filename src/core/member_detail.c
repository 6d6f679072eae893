/*
 * member_detail.c — what `member show` tells about one person: contact
 * details, the municipalities they belonged to, their terms of office and
 * how they fared at the latest meetings (membership.h).
 *
 * The meetings are read through history_load, so that the outcomes are
 * judged exactly as `report` and `check` judge them: only meetings within
 * the person's own periods of office count (roster_expected_at).
 * Invariant: recent[] holds held meetings only, newest first.
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

/* How far back `member show` looks for the latest meetings. */
#define DETAIL_YEARS_BACK 3

/* The name of whoever took the seat (stand_in: whose seat they took). */
static void seat_name(const struct history *h, const struct meeting_history *m,
		      int64_t person_id, char *out, size_t size)
{
	const struct person_attendance *mine = NULL;
	int64_t other = 0;
	out[0] = '\0';
	for (size_t i = 0; i < m->n_attendance; i++) {
		const struct person_attendance *a = &m->attendance[i];
		if (a->person_id == person_id)
			mine = a;
		else if (a->for_person_id == person_id && a->visits > 0)
			other = a->person_id;
	}
	if (mine && mine->for_person_id)
		other = mine->for_person_id;
	for (size_t i = 0; other && i < h->n_people; i++)
		if (h->people[i].id == other)
			snprintf(out, size, "%s", h->people[i].name);
}

static void fill_meeting(const struct history *h,
			 const struct meeting_history *m,
			 const struct person *p, enum attendance_outcome outcome,
			 struct member_meeting *out)
{
	memset(out, 0, sizeof *out);
	out->meeting = m->meeting;
	out->outcome = outcome;
	for (size_t i = 0; i < m->n_attendance; i++) {
		if (m->attendance[i].person_id != p->id)
			continue;
		out->first_in = m->attendance[i].first_in;
		out->last_out = m->attendance[i].last_out;
	}
	seat_name(h, m, p->id, out->seat, sizeof out->seat);
}

/* The person as the history holds them (history_load includes everyone
 * with a record or a membership in the period). */
static const struct person *find_person(const struct history *h, int64_t id)
{
	for (size_t i = 0; i < h->n_people; i++)
		if (h->people[i].id == id)
			return &h->people[i];
	return NULL;
}

static void tally(const struct history *h, struct member_detail *d)
{
	const struct person *p = find_person(h, d->person.id);
	struct person fallback = d->person;
	if (!p)
		p = &fallback;
	for (size_t k = h->n_meetings; k-- > 0;) {
		const struct meeting_history *m = &h->meetings[k];
		if (!m->held)
			continue;
		enum attendance_outcome o = history_outcome(h, m, p);
		if (o == OUTCOME_NOT_EXPECTED)
			continue;
		if (d->n_recent < MEMBER_RECENT)
			fill_meeting(h, m, p, o, &d->recent[d->n_recent++]);
		if (m->meeting.date.year != d->year)
			continue;
		d->present += o == OUTCOME_PRESENT;
		d->excused += o == OUTCOME_EXCUSED;
		d->absent += o == OUTCOME_ABSENT;
	}
}

static enum nl_status load_terms(struct store *store, struct member_detail *d,
				 int term_years, struct nl_error *err)
{
	enum nl_status status = store_person_terms(store, d->person.id,
						   &d->terms, &d->n_terms, err);
	if (status != NL_OK || !d->n_terms)
		return status;
	d->term_ends = calloc(d->n_terms, sizeof *d->term_ends);
	if (!d->term_ends)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	for (size_t i = 0; i < d->n_terms; i++)
		d->term_ends[i] = term_end(&d->terms[i], term_years);
	return NL_OK;
}

static enum nl_status load_detail(struct store *store, const char *ref,
				  nl_time now, struct member_detail *d,
				  struct nl_error *err)
{
	struct settings settings;
	d->year = nl_time_date(now).year;
	enum nl_status status = member_resolve(store, ref, &d->person, err);
	if (status == NL_OK)
		status = settings_load(store, &settings, err);
	if (status == NL_OK)
		status = store_person_contact(store, d->person.id, d->email,
					      sizeof d->email, d->phone,
					      sizeof d->phone, err);
	if (status == NL_OK)
		status = store_person_periods(store, d->person.id, &d->periods,
					      &d->n_periods, err);
	if (status == NL_OK)
		status = load_terms(store, d, settings.term_years, err);
	if (status != NL_OK)
		return status;
	d->term_reappointments = settings.term_reappointments;
	return NL_OK;
}

/* The meetings, in a read transaction of their own (history_load). */
static enum nl_status load_meetings(struct store *store, nl_time now,
				    struct member_detail *d,
				    struct nl_error *err)
{
	struct history h;
	struct nl_date today = nl_time_date(now);
	struct nl_date from = {today.year - DETAIL_YEARS_BACK, 1, 1};
	if (from.year < NL_YEAR_MIN)
		from.year = NL_YEAR_MIN;
	enum nl_status status = history_load(store, from, today, now, &h, err);
	if (status != NL_OK)
		return status;
	tally(&h, d);
	history_free(&h);
	return NL_OK;
}

enum nl_status member_detail_load(struct store *store, const char *ref,
				  nl_time now, struct member_detail *out,
				  struct nl_error *err)
{
	memset(out, 0, sizeof *out);
	enum nl_status status = store_begin_read(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      load_detail(store, ref, now, out, err),
				      err);
	if (status == NL_OK)
		status = load_meetings(store, now, out, err);
	if (status != NL_OK)
		member_detail_free(out);
	return status;
}

void member_detail_free(struct member_detail *d)
{
	free(d->periods);
	free(d->terms);
	free(d->term_ends);
	d->periods = NULL;
	d->terms = NULL;
	d->term_ends = NULL;
	d->n_periods = d->n_terms = 0;
}
