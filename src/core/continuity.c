/*
 * continuity.c — rules that warn before a client body falls apart: too few
 * clients, a municipality unrepresented, too few meetings, meetings without
 * quorum, falling attendance, clients who silently stop coming, minutes
 * never approved, actions and advice left lying.  Pure: history in,
 * warnings out.  Each rule is written
 * so that a careful secretary would raise what it says, and no more.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "allowance.h"
#include "balance.h"
#include "continuity.h"
#include "continuity_internal.h"
#include "document.h"
#include "i18n.h"
#include "invite.h"
#include "meetings.h"
#include "money.h"
#include "record_rules.h"
#include "text.h"
#include "text_show.h"

static const char *const level_keys[] = {"ALERT", "WARN", "NOTE"};
static const char *const category_order[] = {
	"pool", "municipality", "meetings", "quorum", "members", "follow-up",
};

const char *warning_level_key(enum warning_level level)
{
	return level <= LEVEL_NOTE ? level_keys[level] : "?";
}

#define add warning_add

void warning_add(struct warning_list *out, enum warning_level level,
		 const char *category, const char *code, int64_t subject,
		 const char *fmt, ...)
{
	if (out->n == out->capacity) {
		size_t capacity = out->capacity ? out->capacity * 2 : 16;
		struct warning *items = realloc(out->items,
						capacity * sizeof *items);
		if (!items) {
			out->out_of_memory = true;
			return;
		}
		out->items = items;
		out->capacity = capacity;
	}
	struct warning *w = &out->items[out->n++];
	w->level = level;
	w->category = category;
	w->code = code;
	w->subject = subject;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(w->text, sizeof w->text, fmt, ap);
	va_end(ap);
	/* Names and subjects come from the database: one printable line. */
	text_show_in_place(w->text, sizeof w->text, SHOW_LINE);
}

void warning_list_free(struct warning_list *list)
{
	free(list->items);
	memset(list, 0, sizeof *list);
}

bool continuity_about_now(const struct history *h, int year)
{
	return year >= h->today.year;
}

#define about_now continuity_about_now

static void describe(const struct meeting *m, char *out, size_t size)
{
	char date[NL_DATE_LEN];
	nl_format_date(m->date, date);
	snprintf(out, size, "%lld (%s)", (long long)m->id, date);
}

/* Whether a meeting's day and night (until MEETING_NIGHT_END the next
 * morning) are over: an evening meeting still running at 00:30 is not
 * "left open on a past day". */
static bool night_over(const struct history *h, const struct meeting *m)
{
	if (h->now)
		return h->now >= meeting_night_end(m);
	return nl_date_compare(m->date, h->today) < 0;
}

/* A meeting that took place: opened, and either closed or of a past day
 * and night (one left open by mistake still happened). */
bool continuity_took_place(const struct history *h,
			   const struct meeting_history *m)
{
	if (!m->held)
		return false;
	return m->meeting.status == MEETING_CLOSED ||
	       night_over(h, &m->meeting);
}

/* Whether anyone's attendance was recorded at all: someone was checked in.
 * A held meeting with an empty log — or with only the apologies sent that
 * morning — says nothing about who came: it is reported once as such, and
 * never counted as everyone absent (streaks) or as nobody there (trend). */
bool continuity_recorded(const struct meeting_history *m)
{
	for (size_t i = 0; i < m->n_attendance; i++)
		if (m->attendance[i].visits > 0)
			return true;
	return false;
}

#define took_place continuity_took_place
#define recorded continuity_recorded

/* ---- pool ---------------------------------------------------------------- */

bool continuity_takes_part_today(const struct history *h,
				 const struct person *p)
{
	int64_t municipality = history_municipality_on(h, p, h->today);
	return !municipality ||
	       roster_takes_part(&h->roster, municipality, h->today);
}

/* An active counting member today, of a municipality that takes part
 * today (or of none). */
static bool in_pool(const struct history *h, const struct person *p)
{
	return person_is_active_client(h->settings.counting_roles, p) &&
	       continuity_takes_part_today(h, p);
}

static int active_pool(const struct history *h)
{
	int pool = 0;
	for (size_t i = 0; i < h->n_people; i++)
		pool += in_pool(h, &h->people[i]);
	return pool;
}

void rule_pool(const struct history *h, int year, struct warning_list *out)
{
	int pool = active_pool(h), minimum = h->settings.quorum_min;
	if (!about_now(h, year))
		return;
	if (pool < minimum) {
		add(out, LEVEL_ALERT, "pool", "pool-below-minimum", 0,
		    ngettext("only %d active client, fewer than the quorum of "
			     "%d: no meeting can be quorate",
			     "only %d active clients, fewer than the quorum of "
			     "%d: no meeting can be quorate",
			     (unsigned long)pool), pool, minimum);
	} else if (pool == minimum && h->settings.pool_margin > 0) {
		add(out, LEVEL_WARN, "pool", "pool-thin", 0,
		    ngettext("only %d active client: they must come for a "
			     "quorum",
			     "only %d active clients: every one of them must "
			     "come for a quorum", (unsigned long)pool), pool);
	} else if (pool < minimum + h->settings.pool_margin) {
		int spare = pool - minimum;
		if (spare == 1)
			add(out, LEVEL_WARN, "pool", "pool-thin", 0,
			    _("only %d active clients: one cancellation from no "
			      "quorum"), pool);
		else
			add(out, LEVEL_WARN, "pool", "pool-thin", 0,
			    _("only %d active clients: %d cancellations from no "
			      "quorum"), pool, spare);
	}
}

/* ---- municipalities ------------------------------------------------------ */

void rule_municipalities(const struct history *h, int year,
			 struct warning_list *out)
{
	size_t n = h->n_municipalities, k = 0;
	if (!about_now(h, year) || n == 0)
		return;
	struct balance_input *in = calloc(n, sizeof *in);
	struct balance_row *rows = calloc(n, sizeof *rows);
	const struct municipality **which = calloc(n, sizeof *which);
	struct balance_report report;
	if (!in || !rows || !which)
		goto done;
	for (size_t i = 0; i < n; i++) {
		const struct municipality *m = &h->municipalities[i];
		/* One that left is expected nowhere: no share, no warning. */
		if (!roster_takes_part(&h->roster, m->id, h->today))
			continue;
		in[k].municipality_id = m->id;
		in[k].weight = m->weight;
		in[k].pool = 1; /* every participating municipality is expected */
		for (size_t p = 0; p < h->n_people; p++)
			in[k].present += in_pool(h, &h->people[p]) &&
					 history_municipality_on(
						 h, &h->people[p], h->today) ==
						 m->id;
		which[k++] = m;
	}
	balance_compute(in, k, h->settings.balance_tolerance, rows, &report);
	for (size_t i = 0; i < k; i++) {
		if (rows[i].verdict == BALANCE_ABSENT)
			add(out, LEVEL_ALERT, "municipality",
			    "municipality-no-clients", which[i]->id,
			    _("%s has no active clients: it cannot be "
			      "represented"), which[i]->name);
		else if (rows[i].verdict == BALANCE_UNDER)
			add(out, LEVEL_WARN, "municipality", "municipality-under",
			    which[i]->id,
			    ngettext("%s has %d active client, %.1f expected "
				     "by its weight",
				     "%s has %d active clients, %.1f expected "
				     "by its weight",
				     (unsigned long)rows[i].present),
			    which[i]->name, rows[i].present,
			    rows[i].expected_count);
	}
done:
	free(in);
	free(rows);
	free(which);
}

/* ---- meetings ------------------------------------------------------------- */

/* A meeting still open after its day and night was not closed by
 * mistake: until it is, its quorum has no end and no other meeting can
 * open. */
static void warn_left_open(const struct history *h, struct warning_list *out)
{
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting *m = &h->meetings[i].meeting;
		char what[64];
		if (m->status != MEETING_OPEN || !night_over(h, m))
			continue;
		describe(m, what, sizeof what);
		add(out, LEVEL_WARN, "meetings", "meeting-left-open", m->id,
		    _("meeting %s is still open: close it with notulist "
		      "meeting close %lld"), what, (long long)m->id);
	}
}

void rule_meeting_count(const struct history *h, int year,
			struct warning_list *out)
{
	int counted = 0;
	bool next_planned = false;
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		/* A cancelled meeting is neither held nor still to come. */
		bool upcoming = nl_date_compare(m->meeting.date, h->today) >= 0 &&
				(m->meeting.status == MEETING_PLANNED ||
				 m->meeting.status == MEETING_OPEN);
		if (upcoming)
			next_planned = true;
		if (m->meeting.date.year == year && (m->held || upcoming))
			counted++;
	}
	if (counted < h->settings.meetings_per_year)
		add(out, LEVEL_WARN, "meetings", "meetings-below-target", 0,
		    ngettext("%d meeting held or planned in %d; the target is %d",
			     "%d meetings held or planned in %d; the target is %d",
			     (unsigned long)counted),
		    counted, year, h->settings.meetings_per_year);
	if (about_now(h, year) && !next_planned)
		add(out, LEVEL_WARN, "meetings", "meetings-none-planned", 0,
		    "%s", _("no next meeting is planned"));
	if (about_now(h, year))
		warn_left_open(h, out);
}

/* A lapse still open at the end says how long the quorum was lost only
 * when the meeting was closed: people leaving at the close are no lapse,
 * and a meeting left open by mistake has no end to measure to (its open
 * lapse would otherwise run on to today). */
static bool lapse_counts(const struct meeting_history *m,
			 const struct quorum_lapse *l)
{
	if (l->restored_at)
		return true;
	return m->meeting.status == MEETING_CLOSED && l->lost_at < m->moment;
}

/* Returns how many lapses are listed. */
static size_t lapse_list(const struct meeting_history *m, char *out,
			 size_t size, long *total_minutes)
{
	size_t used = 0, listed = 0;
	bool full = false;
	*total_minutes = 0;
	out[0] = '\0';
	for (size_t i = 0; i < m->timeline.n_lapses; i++) {
		const struct quorum_lapse *l = &m->timeline.lapses[i];
		char from[NL_HHMM_LEN], to[NL_HHMM_LEN] = "";
		if (!lapse_counts(m, l))
			continue;
		listed++;
		nl_format_hhmm(l->lost_at, from);
		if (l->restored_at)
			nl_format_hhmm(l->restored_at, to);
		*total_minutes += (long)(quorum_lapse_seconds(l, m->moment) / 60);
		if (full)
			continue; /* the text is full; keep summing */
		int n = snprintf(out + used, size - used, "%s%s–%s",
				 used ? ", " : "", from, to);
		if (n < 0 || (size_t)n >= size - used) {
			out[used] = '\0';
			full = true;
			continue;
		}
		used += (size_t)n;
	}
	return listed;
}

void rule_quorum_history(const struct history *h, int year,
			 struct warning_list *out)
{
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		char what[64], lapses[256];
		long minutes;
		if (m->meeting.date.year != year || !took_place(h, m))
			continue;
		describe(&m->meeting, what, sizeof what);
		if (!recorded(m)) {
			add(out, LEVEL_WARN, "quorum", "attendance-not-recorded",
			    m->meeting.id,
			    _("meeting %s was held but no attendance was "
			      "recorded"), what);
		} else if (!m->timeline.first_met) {
			add(out, LEVEL_WARN, "quorum", "quorum-never-reached",
			    m->meeting.id,
			    _("meeting %s was held without quorum (highest "
			      "%d/%d)"), what, m->timeline.peak,
			    m->meeting.quorum_min);
		} else if (lapse_list(m, lapses, sizeof lapses, &minutes) > 0) {
			add(out, LEVEL_NOTE, "quorum", "quorum-lost",
			    m->meeting.id,
			    /* TRANSLATORS: the second %s lists the times,
			     * "20:14–20:31, 21:02–21:10". */
			    _("meeting %s lost its quorum %s (%ld min in all)"),
			    what, lapses, minutes);
		}
	}
}

/* Least-squares slope of attendance over meeting number. */
static double slope(const int *values, int n)
{
	double mean_x = (n - 1) / 2.0, mean_y = 0, num = 0, den = 0;
	for (int i = 0; i < n; i++)
		mean_y += values[i];
	mean_y /= n;
	for (int i = 0; i < n; i++) {
		num += (i - mean_x) * (values[i] - mean_y);
		den += (i - mean_x) * (i - mean_x);
	}
	return den > 0 ? num / den : 0;
}

static bool falls(const int *values, int n)
{
	return slope(values, n) < -0.5 && values[n - 1] < values[0];
}

/* Falling: over the last N meetings the count drops by more than half a
 * client per meeting on average, and the last is below the first.  One bad
 * evening in a steady series is not a trend, wherever it falls: with three
 * or more meetings the series must still fall with any one of them left
 * out. */
static bool falling(const int *values, int n)
{
	int rest[100];
	if (!falls(values, n))
		return false;
	for (int skip = 0; n >= 3 && skip < n; skip++) {
		for (int i = 0, k = 0; i < n; i++)
			if (i != skip)
				rest[k++] = values[i];
		if (!falls(rest, n - 1))
			return false;
	}
	return true;
}

void rule_attendance_trend(const struct history *h, int year,
			   struct warning_list *out)
{
	int n = h->settings.trend_meetings, values[100], found = 0;
	char list[512] = "";
	if (n < 2 || n > 100)
		return;
	for (size_t i = h->n_meetings; i-- > 0 && found < n;) {
		const struct meeting_history *m = &h->meetings[i];
		if (m->meeting.date.year > year || !took_place(h, m) ||
		    !recorded(m))
			continue;
		values[n - 1 - found++] = m->attended;
	}
	if (found < n || !falling(values, n))
		return;
	for (int i = 0, used = 0; i < n && used < (int)sizeof list - 16; i++)
		used += snprintf(list + used, sizeof list - (size_t)used, "%s%d",
				 i ? ", " : "", values[i]);
	add(out, LEVEL_WARN, "quorum", "attendance-falling", 0,
	    /* TRANSLATORS: %s lists the counts, oldest first: "14, 12, 11,
	     * 9". */
	    _("attendance is falling: %s clients at the last %d meetings"),
	    list, n);
}

/* ---- members --------------------------------------------------------------- */

/* The run of absences without notice up to the last meeting; *open says
 * that it reaches back to the first meeting of the history (so earlier
 * meetings could lengthen it). */
static int absent_streak_open(const struct history *h, const struct person *p,
			      bool *attended_lately, struct nl_date since,
			      bool *open)
{
	int streak = 0;
	bool streak_open = true;
	*attended_lately = false;
	for (size_t i = h->n_meetings; i-- > 0;) {
		const struct meeting_history *m = &h->meetings[i];
		if (!m->held || !recorded(m))
			continue;
		enum attendance_outcome o = history_outcome(h, m, p);
		/* Tonight's meeting is not judged yet, but being there tonight
		 * does end a run of absences. */
		if (!took_place(h, m) && o != OUTCOME_PRESENT)
			continue;
		if (o == OUTCOME_NOT_EXPECTED)
			continue;
		if (o == OUTCOME_PRESENT &&
		    nl_date_compare(m->meeting.date, since) >= 0)
			*attended_lately = true;
		if (streak_open && o == OUTCOME_ABSENT)
			streak++;
		else
			streak_open = false;
	}
	*open = streak_open;
	return streak;
}

static int absent_streak(const struct history *h, const struct person *p,
			 bool *attended_lately, struct nl_date since)
{
	bool open;
	return absent_streak_open(h, p, attended_lately, since, &open);
}

static bool expected_since(const struct history *h, const struct person *p,
			   struct nl_date since)
{
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		if (took_place(h, m) && recorded(m) &&
		    nl_date_compare(m->meeting.date, since) >= 0 &&
		    history_outcome(h, m, p) != OUTCOME_NOT_EXPECTED)
			return true;
	}
	return false;
}

static bool member_for_a_year(const struct person *p, struct nl_date year_ago)
{
	struct nl_date joined = p->active_from;
	if (!joined.year && p->created_at)
		joined = nl_time_date(p->created_at);
	return !joined.year || nl_date_compare(joined, year_ago) <= 0;
}

static struct nl_date a_year_ago(const struct history *h)
{
	struct nl_date year_ago = {h->today.year - 1, h->today.month,
				   h->today.day};
	if (year_ago.month == 2 && year_ago.day == 29)
		year_ago.day = 28;
	return year_ago;
}

void rule_absent_members(const struct history *h, int year,
			 struct warning_list *out)
{
	struct nl_date year_ago = a_year_ago(h);
	if (!about_now(h, year))
		return;
	for (size_t i = 0; i < h->n_people; i++) {
		const struct person *p = &h->people[i];
		bool attended;
		if (!in_pool(h, p))
			continue;
		int streak = absent_streak(h, p, &attended, year_ago);
		if (streak >= h->settings.absence_limit)
			add(out, LEVEL_WARN, "members", "member-absent-streak",
			    p->id,
			    ngettext("%s missed the last meeting without "
				     "notice: call them?",
				     "%s missed the last %d meetings without "
				     "notice: call them?",
				     (unsigned long)streak), p->name, streak);
		else if (!attended && member_for_a_year(p, year_ago) &&
			 expected_since(h, p, year_ago))
			add(out, LEVEL_NOTE, "members", "member-not-attended",
			    p->id,
			    _("%s has not attended a meeting in 12 months: call "
			      "them?"), p->name);
	}
}

/* ---- what earlier meetings could change ------------------------------------ */

/* Whether the trend finds its meetings in the history. */
static bool trend_complete(const struct history *h, int year)
{
	int n = h->settings.trend_meetings, found = 0;
	if (n < 2 || n > 100)
		return true;
	for (size_t i = h->n_meetings; i-- > 0 && found < n;) {
		const struct meeting_history *m = &h->meetings[i];
		found += m->meeting.date.year <= year && took_place(h, m) &&
			 recorded(m);
	}
	return found >= n;
}

/* Whether a person may be expected at a held meeting among `earlier`
 * dated from `from`: then it could count for or against them. */
static bool expected_earlier(const struct history *h, const struct person *p,
			     const struct meeting *earlier, size_t n_earlier,
			     struct nl_date from)
{
	for (size_t i = 0; i < n_earlier; i++)
		if (meeting_status_held(earlier[i].status) &&
		    nl_date_compare(earlier[i].date, from) >= 0 &&
		    roster_expected_at(&h->roster, p, &earlier[i]))
			return true;
	return false;
}

static bool doubt_add(struct continuity_doubt *d, int64_t person_id,
		      struct nl_date from)
{
	if (d->n_people == d->capacity) {
		size_t capacity = d->capacity ? d->capacity * 2 : 16;
		int64_t *people = realloc(d->people, capacity * sizeof *people);
		if (!people)
			return false;
		d->people = people;
		struct nl_date *since = realloc(d->since,
						capacity * sizeof *since);
		if (!since)
			return false;
		d->since = since;
		d->capacity = capacity;
	}
	d->people[d->n_people] = person_id;
	d->since[d->n_people++] = from;
	return true;
}

/* The members' rule: a streak still open at the first meeting loaded may
 * go on before it, and someone not seen since a year ago may have come
 * before it.  A meeting can change either only for someone expected at
 * it or with a record in it (history_outcome). */
static bool members_doubts(const struct history *h, int year,
			   const struct meeting *earlier, size_t n_earlier,
			   struct continuity_doubt *d)
{
	struct nl_date year_ago = a_year_ago(h);
	if (!about_now(h, year))
		return true;
	for (size_t i = 0; i < h->n_people && !d->needs_earlier; i++) {
		const struct person *p = &h->people[i];
		bool attended, open;
		struct nl_date from;
		if (!in_pool(h, p))
			continue;
		absent_streak_open(h, p, &attended, year_ago, &open);
		if (open)
			from = earlier[0].date;
		else if (!attended && member_for_a_year(p, year_ago))
			from = year_ago;
		else
			continue;
		if (nl_date_compare(earlier[n_earlier - 1].date, from) < 0)
			continue;
		if (expected_earlier(h, p, earlier, n_earlier, from))
			d->needs_earlier = true;
		else if (!doubt_add(d, p->id, from))
			return false;
	}
	return true;
}

enum nl_status continuity_doubts(const struct history *h, int year,
				 const struct meeting *earlier,
				 size_t n_earlier, struct continuity_doubt *d,
				 struct nl_error *err)
{
	memset(d, 0, sizeof *d);
	if (n_earlier == 0)
		return NL_OK;
	/* A meeting left open, however long ago, is warned about now. */
	for (size_t i = 0; i < n_earlier && about_now(h, year); i++)
		if (earlier[i].status == MEETING_OPEN)
			d->needs_earlier = true;
	if (!trend_complete(h, year))
		d->needs_earlier = true;
	if (!d->needs_earlier && !members_doubts(h, year, earlier, n_earlier, d)) {
		continuity_doubt_free(d);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	if (d->needs_earlier)
		d->n_people = 0;
	return NL_OK;
}

void continuity_doubt_free(struct continuity_doubt *d)
{
	free(d->people);
	free(d->since);
	memset(d, 0, sizeof *d);
}

/* ---- follow-up ------------------------------------------------------------- */

void rule_minutes_approval(const struct history *h, int year,
			   struct warning_list *out)
{
	const struct meeting_history *previous = NULL;
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		if (!took_place(h, m))
			continue;
		if (previous && previous->meeting.date.year == year &&
		    !previous->meeting.minutes_approved.year) {
			char what[64], next[64];
			describe(&previous->meeting, what, sizeof what);
			describe(&m->meeting, next, sizeof next);
			add(out, LEVEL_WARN, "follow-up", "minutes-unapproved",
			    previous->meeting.id,
			    _("the minutes of meeting %s were not approved at the "
			      "next meeting %s"), what, next);
		}
		previous = m;
	}
}

#define SHORT_COLS 50     /* a follow-up line names its subject in brief */
#define SHORT_WORD_COLS 30 /* cut between words only past this column */
#define SHORT_SIZE 520

/* The text on one line in at most SHORT_COLS columns, cut between words
 * where that loses little, with "…" when cut. */
static void short_text(const char *in, char *out, size_t size)
{
	char flat[NL_ACTION_SIZE], cut[SHORT_SIZE - 8];
	text_show(in, SHOW_LINE, flat, sizeof flat);
	if (text_display_width(flat) <= SHORT_COLS) {
		text_fit(flat, SHORT_COLS, false, out, size);
		return;
	}
	text_fit(flat, SHORT_COLS - 1, false, cut, sizeof cut);
	char *space = strrchr(cut, ' ');
	if (space) {
		*space = '\0';
		if (text_display_width(cut) <= SHORT_WORD_COLS)
			*space = ' ';
	}
	size_t len = strlen(cut);
	while (len > 0 && cut[len - 1] == ' ')
		cut[--len] = '\0';
	snprintf(out, size, "%s…", cut);
}

void rule_open_actions(const struct history *h, int year,
		       struct warning_list *out)
{
	if (!about_now(h, year))
		return;
	for (size_t i = 0; i < h->n_actions; i++) {
		const struct action_item *a = &h->actions[i];
		char due[NL_DATE_LEN], what[SHORT_SIZE];
		if (!action_overdue_on(a, h->today))
			continue;
		nl_format_date(a->due, due);
		short_text(a->description, what, sizeof what);
		if (a->owner[0])
			add(out, LEVEL_WARN, "follow-up", "action-overdue", a->id,
			    _("action %lld (%s) was due %s: %s"),
			    (long long)a->id, a->owner, due, what);
		else
			add(out, LEVEL_WARN, "follow-up", "action-overdue", a->id,
			    _("action %lld was due %s: %s"), (long long)a->id,
			    due, what);
	}
}

void rule_advice_answers(const struct history *h, int year,
			 struct warning_list *out)
{
	for (size_t i = 0; i < h->n_advice; i++) {
		const struct advice *a = &h->advice[i];
		char due[NL_DATE_LEN], what[SHORT_SIZE];
		short_text(a->subject, what, sizeof what);
		nl_format_date(a->response_due, due);
		if (about_now(h, year) && advice_overdue_on(a, h->today)) {
			add(out, LEVEL_WARN, "follow-up", "advice-unanswered",
			    a->id,
			    _("advice %lld \"%s\" has no answer; it was due %s"),
			    (long long)a->id, what, due);
		} else if (a->answered_on.year == year &&
			   advice_answered_late(a)) {
			int late = advice_days_late(a, a->answered_on);
			add(out, LEVEL_NOTE, "follow-up", "advice-late", a->id,
			    ngettext("the answer to advice %lld \"%s\" came %d "
				     "day late",
				     "the answer to advice %lld \"%s\" came %d "
				     "days late",
				     (unsigned long)late),
			    (long long)a->id, what, late);
		}
	}
}

static const struct meeting_history *meeting_by_id(const struct history *h,
						   int64_t id)
{
	for (size_t i = 0; i < h->n_meetings; i++)
		if (h->meetings[i].meeting.id == id)
			return &h->meetings[i];
	return NULL;
}

void rule_quorumless_record(const struct history *h, int year,
			    struct warning_list *out)
{
	char what[64], subject[SHORT_SIZE];
	for (size_t i = 0; i < h->n_quorumless; i++) {
		const struct quorumless_decision *d = &h->quorumless[i];
		const struct meeting_history *m = meeting_by_id(h, d->meeting_id);
		if (!m || m->meeting.date.year != year)
			continue;
		describe(&m->meeting, what, sizeof what);
		add(out, LEVEL_WARN, "quorum", "decision-without-quorum",
		    m->meeting.id,
		    _("the decision on item %d of meeting %s was taken "
		      "without quorum"), d->position, what);
	}
	for (size_t i = 0; i < h->n_advice; i++) {
		const struct advice *a = &h->advice[i];
		const struct meeting_history *m = a->meeting_id
			? meeting_by_id(h, a->meeting_id) : NULL;
		if (!m || m->meeting.date.year != year || !took_place(h, m) ||
		    !recorded(m) || m->timeline.first_met)
			continue;
		describe(&m->meeting, what, sizeof what);
		short_text(a->subject, subject, sizeof subject);
		add(out, LEVEL_WARN, "quorum", "advice-without-quorum", a->id,
		    _("advice %lld \"%s\" was sent from meeting %s, which was "
		      "held without quorum"), (long long)a->id, subject, what);
	}
}

/* ---- all together ---------------------------------------------------------- */

/* ---- before the next meeting --------------------------------------------- */

/* The first planned meeting from today on, or NULL. */
static const struct meeting *next_meeting(const struct history *h)
{
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting *m = &h->meetings[i].meeting;
		if (m->status == MEETING_PLANNED &&
		    nl_date_compare(m->date, h->today) >= 0)
			return m;
	}
	return NULL;
}

void rule_invitation(const struct history *h, int year,
		     struct warning_list *out)
{
	const struct meeting *m = next_meeting(h);
	if (!about_now(h, year) || !m)
		return;
	char what[64], by[DOC_DATE_SIZE], deadline[DOC_DATE_SIZE];
	struct nl_date send_by = invite_send_by(m, &h->settings);
	struct nl_date items = invite_item_deadline(m, &h->settings);
	describe(m, what, sizeof what);
	if (!m->invitation_sent.year &&
	    nl_date_compare(h->today, send_by) >= 0) {
		nl_format_date(send_by, by);
		add(out, LEVEL_WARN, "meetings", "invitation", m->id,
		    _("the invitation to meeting %s has not been sent; it was "
		      "due on %s (%d days before)"),
		    what, by, h->settings.invitation_days);
	}
	/* Told in the run-up only (from invitation_days before the
	 * deadline), so a meeting months away does not fill the list. */
	if (nl_date_compare(h->today, items) <= 0 &&
	    nl_date_compare(nl_date_add_days(h->today,
					     h->settings.invitation_days),
			    items) >= 0) {
		nl_format_date(items, deadline);
		add(out, LEVEL_NOTE, "meetings", "invitation", m->id,
		    _("members may put items on the agenda of meeting %s until "
		      "%s"), what, deadline);
	}
}

/* What a person has earned in the month and the year of `m` so far. */
static void earned_by(const struct allowance_statement *st,
		      const struct person *p, struct nl_date day,
		      int64_t *month, int64_t *year)
{
	*month = *year = 0;
	for (size_t i = 0; i < st->n_rows; i++) {
		const struct allowance_row *r = &st->rows[i];
		if (r->person->id != p->id || r->month > day.month)
			continue;
		if (r->month == day.month)
			*month = r->month_total;
		if (r->year_total > *year)
			*year = r->year_total;
	}
}

static void warn_allowance(struct warning_list *out, const struct meeting *m,
			   const struct person *p, int64_t total, int64_t cap,
			   const char *fmt)
{
	char what[64], amount[MONEY_SIZE], limit[MONEY_SIZE];
	describe(m, what, sizeof what);
	money_format_euro(total, amount);
	money_format_euro(cap, limit);
	add(out, LEVEL_WARN, "members", "allowance", p->id, fmt, p->name, what,
	    amount, limit);
}

void rule_allowance(const struct history *h, int year,
		    struct warning_list *out)
{
	const struct meeting *m = next_meeting(h);
	struct allowance_statement st;
	if (!about_now(h, year) || !m ||
	    allowance_compute(h, m->date.year, 0, &st, NULL) != NL_OK)
		return;
	for (size_t i = 0; i < h->n_people; i++) {
		const struct person *p = &h->people[i];
		int64_t rate = allowance_rate(&h->settings, p), month, so_far;
		if (rate <= 0 || !person_expected_at(p, m))
			continue;
		earned_by(&st, p, m->date, &month, &so_far);
		if (month <= st.cap_month && month + rate > st.cap_month)
			warn_allowance(out, m, p, month + rate, st.cap_month,
				       _("%s: attending meeting %s takes the "
					 "month's allowance to %s, over the %s "
					 "a month that is disregarded"));
		if (so_far <= st.cap_year && so_far + rate > st.cap_year)
			warn_allowance(out, m, p, so_far + rate, st.cap_year,
				       _("%s: attending meeting %s takes the "
					 "year's allowance to %s, over the %s "
					 "a year that is disregarded"));
	}
	allowance_free(&st);
}

static int category_rank(const char *category)
{
	for (size_t i = 0; i < sizeof category_order / sizeof *category_order;
	     i++)
		if (strcmp(category, category_order[i]) == 0)
			return (int)i;
	return 99;
}

static bool sorts_before(const struct warning *a, const struct warning *b)
{
	if (a->level != b->level)
		return a->level < b->level;
	return category_rank(a->category) < category_rank(b->category);
}

/* Insertion sort: stable (rules report in a meaningful order) and the
 * lists are short. */
static void sort_warnings(struct warning_list *list)
{
	for (size_t i = 1; i < list->n; i++) {
		struct warning w = list->items[i];
		size_t j = i;
		while (j > 0 && sorts_before(&w, &list->items[j - 1])) {
			list->items[j] = list->items[j - 1];
			j--;
		}
		list->items[j] = w;
	}
}

enum nl_status continuity_check(const struct history *h, int year,
				struct warning_list *out, struct nl_error *err)
{
	static void (*const rules[])(const struct history *, int,
				     struct warning_list *) = {
		rule_pool, rule_municipalities, rule_meeting_count,
		rule_quorum_history, rule_attendance_trend, rule_absent_members,
		rule_terms, rule_minutes_approval, rule_open_actions,
		rule_advice_answers, rule_invitation, rule_allowance,
		rule_quorumless_record,
	};
	memset(out, 0, sizeof *out);
	for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
		rules[i](h, year, out);
	if (out->out_of_memory) {
		warning_list_free(out);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	sort_warnings(out);
	return NL_OK;
}
