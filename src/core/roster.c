/*
 * roster.c — membership periods, municipalities taking part and terms of
 * office for one day (see roster.h).  Everything but roster_load is pure:
 * sorted arrays in, an answer out; the arrays are small (only people who
 * moved have periods), so lookups are binary searches or short scans.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "roster.h"
#include "store_roster.h"

enum nl_status roster_load(struct store *store, int term_years,
			   struct roster *out, struct nl_error *err)
{
	memset(out, 0, sizeof *out);
	out->term_years = term_years;
	enum nl_status status = store_roster_periods(store, &out->periods,
						     &out->n_periods, err);
	if (status == NL_OK)
		status = store_roster_departures(store, &out->departures,
						 &out->n_departures, err);
	if (status == NL_OK)
		status = store_roster_terms(store, &out->terms, &out->n_terms,
					    err);
	return status;
}

void roster_free(struct roster *r)
{
	free(r->periods);
	free(r->departures);
	free(r->terms);
	memset(r, 0, sizeof *r);
}

/* ---- membership periods ------------------------------------------------------ */

/* The index of the first period of a person, or n when they have none. */
static size_t first_period(const struct roster *r, int64_t person_id)
{
	size_t lo = 0, hi = r->n_periods;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->periods[mid].person_id < person_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->n_periods && r->periods[lo].person_id == person_id
		       ? lo : r->n_periods;
}

const struct membership_period *roster_period_on(const struct roster *r,
						 int64_t person_id,
						 struct nl_date day)
{
	size_t i = first_period(r, person_id);
	const struct membership_period *found = NULL;
	if (i == r->n_periods)
		return NULL;
	/* The first period reaches back to before the person was entered. */
	found = &r->periods[i];
	for (; i < r->n_periods && r->periods[i].person_id == person_id; i++)
		if (!r->periods[i].from.year ||
		    nl_date_compare(r->periods[i].from, day) <= 0)
			found = &r->periods[i];
	return found;
}

void roster_place(const struct roster *r, struct person *p, struct nl_date day)
{
	const struct membership_period *period = roster_period_on(r, p->id, day);
	if (!period)
		return;
	p->municipality_id = period->municipality_id;
	memcpy(p->municipality, period->municipality, sizeof p->municipality);
}

bool roster_moved(const struct roster *r, int64_t person_id)
{
	return first_period(r, person_id) != r->n_periods;
}

/* ---- municipalities ------------------------------------------------------------ */

bool roster_takes_part(const struct roster *r, int64_t municipality_id,
		       struct nl_date day)
{
	for (size_t i = 0; i < r->n_departures; i++) {
		const struct departure *d = &r->departures[i];
		if (d->municipality_id != municipality_id ||
		    nl_date_compare(day, d->left_on) < 0)
			continue;
		if (!d->rejoined_on.year ||
		    nl_date_compare(day, d->rejoined_on) < 0)
			return false;
	}
	return true;
}

/* ---- terms of office ------------------------------------------------------------ */

struct nl_date term_end(const struct term *t, int term_years)
{
	if (t->end.year)
		return t->end;
	/* The anniversary; a 29 February start has its anniversary on 1
	 * March in a common year, so the term ends on 28 February. */
	struct nl_date anniversary = {t->start.year + term_years,
				      t->start.month, t->start.day};
	if (anniversary.year > NL_YEAR_MAX)
		return (struct nl_date){NL_YEAR_MAX, 12, 31};
	if (!nl_date_in_range(anniversary) && anniversary.month == 2 &&
	    anniversary.day == 29)
		anniversary = (struct nl_date){anniversary.year, 3, 1};
	return nl_date_add_days(anniversary, -1);
}

const struct term *roster_terms(const struct roster *r, int64_t person_id,
				size_t *n)
{
	size_t lo = 0, hi = r->n_terms;
	*n = 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->terms[mid].person_id < person_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo + *n < r->n_terms && r->terms[lo + *n].person_id == person_id)
		(*n)++;
	return *n ? &r->terms[lo] : NULL;
}

bool roster_in_office(const struct roster *r, int64_t person_id,
		      struct nl_date day)
{
	size_t n;
	const struct term *terms = roster_terms(r, person_id, &n);
	if (!terms)
		return true;
	/* From the latest term's start on: in office, also past its end. */
	if (nl_date_compare(day, terms[n - 1].start) >= 0)
		return true;
	for (size_t i = 0; i + 1 < n; i++)
		if (nl_date_compare(day, terms[i].start) >= 0 &&
		    nl_date_compare(day, term_end(&terms[i], r->term_years)) <= 0)
			return true;
	return false;
}

bool roster_expected_at(const struct roster *r, const struct person *p,
			const struct meeting *m)
{
	if (!person_expected_at(p, m) || !roster_in_office(r, p->id, m->date))
		return false;
	const struct membership_period *period = roster_period_on(r, p->id,
								  m->date);
	int64_t municipality = period ? period->municipality_id
				      : p->municipality_id;
	return !municipality || roster_takes_part(r, municipality, m->date);
}
