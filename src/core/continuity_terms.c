/*
 * continuity_terms.c — the warnings with the code "term": terms of office
 * about to end or ended, and members absent without notice at a large
 * share of the year's meetings (comparable regulations let such a member
 * be replaced).  Pure: history in, warnings out.  A member of a
 * municipality that left is warned about no more.
 */
#include <stdlib.h>

#include "continuity_internal.h"
#include "i18n.h"
#include "roster.h"

static void warn_term(const struct history *h, const struct person *p,
		      struct warning_list *out)
{
	size_t n;
	const struct term *terms = roster_terms(&h->roster, p->id, &n);
	char date[NL_DATE_LEN];
	if (!terms)
		return;
	struct nl_date end = term_end(&terms[n - 1], h->settings.term_years);
	int64_t left = nl_days_from_civil(end) - nl_days_from_civil(h->today);
	int allowed = h->settings.term_reappointments;
	bool renewable = allowed == 0 || (int)n - 1 < allowed;
	nl_format_date(end, date);
	if (left < 0)
		warning_add(out, LEVEL_WARN, "members", "term", p->id,
			    _("%s is still in office, but their term ended on "
			      "%s: reappoint or deactivate them"), p->name,
			    date);
	else if (left <= 7 * (int64_t)h->settings.term_warning_weeks &&
		 renewable)
		warning_add(out, LEVEL_WARN, "members", "term", p->id,
			    ngettext("the term of office of %s ends on %s, in "
				     "%d day: reappoint them or find a "
				     "successor",
				     "the term of office of %s ends on %s, in "
				     "%d days: reappoint them or find a "
				     "successor", (unsigned long)left),
			    p->name, date, (int)left);
	else if (left <= 7 * (int64_t)h->settings.term_warning_weeks)
		warning_add(out, LEVEL_WARN, "members", "term", p->id,
			    ngettext("the term of office of %s ends on %s, in "
				     "%d day, and no reappointment is left: "
				     "find a successor",
				     "the term of office of %s ends on %s, in "
				     "%d days, and no reappointment is left: "
				     "find a successor", (unsigned long)left),
			    p->name, date, (int)left);
}

static void warn_absence(const struct history *h, const struct person *p,
			 int year, struct warning_list *out)
{
	int held = 0, absent = 0;
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		if (m->meeting.date.year != year ||
		    !continuity_took_place(h, m) || !continuity_recorded(m))
			continue;
		held++;
		absent += history_outcome(h, m, p) == OUTCOME_ABSENT;
	}
	/* The limit alone decides, as the regulations word it: 1 of the
	 * year's first 2 meetings is half.  No absence is never a warning,
	 * also in a year with no meeting held.  A small epsilon: 2 of 4 is
	 * exactly half, not a hair below. */
	if (absent == 0 ||
	    absent + 1e-9 < h->settings.absence_share_limit * held)
		return;
	warning_add(out, LEVEL_WARN, "members", "term", p->id,
		    ngettext("%s was absent without notice at %d of the %d "
			     "meeting held in %d (the limit is %.0f%%): "
			     "consider a replacement",
			     "%s was absent without notice at %d of the %d "
			     "meetings held in %d (the limit is %.0f%%): "
			     "consider a replacement", (unsigned long)held),
		    p->name, absent, held, year,
		    100.0 * h->settings.absence_share_limit);
}

void rule_terms(const struct history *h, int year, struct warning_list *out)
{
	for (size_t i = 0; i < h->n_people; i++) {
		const struct person *p = &h->people[i];
		if (!p->active || p->erased ||
		    !continuity_takes_part_today(h, p))
			continue;
		if (continuity_about_now(h, year))
			warn_term(h, p, out);
		if (role_counts(h->settings.counting_roles, p->role))
			warn_absence(h, p, year, out);
	}
}
