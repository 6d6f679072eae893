/*
 * calendar.c — the calendar (see calendar.h): loaded in one read
 * transaction, written with libical, which owns the RFC 5545 escaping and
 * line folding.  UIDs are built from ids and creation moments only.
 *
 * libical is opened (dlopen) when a calendar is written, not linked: it
 * brings the ICU and C++ libraries, whose loading made every command —
 * a check-in, `status`, the board — start 2.6 MiB larger in memory for a
 * library that only `export ics` uses (issue 18: peak RSS ≤ 8 MiB).  The
 * header still gives the types and the prototypes; each function is
 * called through a pointer of its own prototype's type.
 */
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "actions.h"
#include "advice.h"
#include "agenda.h"
#include "calendar.h"
#include "i18n.h"
#include "meetings.h"
#include "record_rules.h"
#include "store.h"

#define DEFAULT_MINUTES 120

/* ---- libical, opened on first use -------------------------------------------- */

#ifndef NL_LIBICAL_SONAME
#define NL_LIBICAL_SONAME "libical.so.3" /* Debian's libical3 */
#endif

#define ICAL_FUNCTIONS(X) \
	X(icalcomponent_add_component) \
	X(icalcomponent_add_property) \
	X(icalcomponent_as_ical_string_r) \
	X(icalcomponent_free) \
	X(icalcomponent_new) \
	X(icalproperty_new_calscale) \
	X(icalproperty_new_description) \
	X(icalproperty_new_dtend) \
	X(icalproperty_new_dtstamp) \
	X(icalproperty_new_dtstart) \
	X(icalproperty_new_location) \
	X(icalproperty_new_prodid) \
	X(icalproperty_new_status) \
	X(icalproperty_new_summary) \
	X(icalproperty_new_transp) \
	X(icalproperty_new_uid) \
	X(icalproperty_new_version) \
	X(icaltime_from_timet_with_zone) \
	X(icaltime_null_date) \
	X(icaltimezone_get_utc_timezone)

static struct {
#define ICAL_POINTER(name) __typeof__(name) *name;
	ICAL_FUNCTIONS(ICAL_POINTER)
#undef ICAL_POINTER
	bool loaded;
} ical;

/* Opens libical once for the process (never closed: a second calendar in
 * the same run reuses it). */
static enum nl_status ical_open(struct nl_error *err)
{
	if (ical.loaded)
		return NL_OK;
	void *lib = dlopen(NL_LIBICAL_SONAME, RTLD_NOW | RTLD_LOCAL);
	void *symbol;
	if (!lib)
		goto fail;
	/* memcpy: ISO C has no conversion from void * to a function
	 * pointer; POSIX guarantees the representation. */
#define ICAL_RESOLVE(name) \
	if (!(symbol = dlsym(lib, #name))) \
		goto fail; \
	memcpy(&ical.name, &symbol, sizeof symbol);
	ICAL_FUNCTIONS(ICAL_RESOLVE)
#undef ICAL_RESOLVE
	ical.loaded = true;
	return NL_OK;
fail:
	return nl_fail(err, NL_ERR_IO,
		       _("cannot load %s for the calendar: %s"),
		       NL_LIBICAL_SONAME, dlerror());
}

/* From here on the names call through the pointers. */
#define icalcomponent_add_component (*ical.icalcomponent_add_component)
#define icalcomponent_add_property (*ical.icalcomponent_add_property)
#define icalcomponent_as_ical_string_r (*ical.icalcomponent_as_ical_string_r)
#define icalcomponent_free (*ical.icalcomponent_free)
#define icalcomponent_new (*ical.icalcomponent_new)
#define icalproperty_new_calscale (*ical.icalproperty_new_calscale)
#define icalproperty_new_description (*ical.icalproperty_new_description)
#define icalproperty_new_dtend (*ical.icalproperty_new_dtend)
#define icalproperty_new_dtstamp (*ical.icalproperty_new_dtstamp)
#define icalproperty_new_dtstart (*ical.icalproperty_new_dtstart)
#define icalproperty_new_location (*ical.icalproperty_new_location)
#define icalproperty_new_prodid (*ical.icalproperty_new_prodid)
#define icalproperty_new_status (*ical.icalproperty_new_status)
#define icalproperty_new_summary (*ical.icalproperty_new_summary)
#define icalproperty_new_transp (*ical.icalproperty_new_transp)
#define icalproperty_new_uid (*ical.icalproperty_new_uid)
#define icalproperty_new_version (*ical.icalproperty_new_version)
#define icaltime_from_timet_with_zone (*ical.icaltime_from_timet_with_zone)
#define icaltime_null_date (*ical.icaltime_null_date)
#define icaltimezone_get_utc_timezone (*ical.icaltimezone_get_utc_timezone)

/* ---- loading -------------------------------------------------------------- */

static bool in_year(struct nl_date date, int year)
{
	return year == 0 || date.year == year;
}

static enum nl_status load_meetings(struct store *store, int year,
				    struct calendar *c, struct nl_error *err)
{
	struct meeting *all;
	size_t n;
	enum nl_status status = meeting_list(store, year, &all, &n, err);
	if (status != NL_OK)
		return status;
	c->meetings = calloc(n + 1, sizeof *c->meetings);
	if (!c->meetings) {
		free(all);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	for (size_t i = 0; i < n && status == NL_OK; i++) {
		struct calendar_meeting *cm = &c->meetings[c->n_meetings++];
		cm->meeting = all[i];
		status = agenda_list(store, all[i].id, &cm->items, &cm->n_items,
				     err);
	}
	free(all);
	return status;
}

static enum nl_status load_due(struct store *store, int year,
			       struct calendar *c, struct nl_error *err)
{
	enum nl_status status = action_list(store, true, &c->actions,
					    &c->n_actions, err);
	if (status != NL_OK)
		return status;
	size_t kept = 0;
	for (size_t i = 0; i < c->n_actions; i++)
		if (c->actions[i].due.year && in_year(c->actions[i].due, year))
			c->actions[kept++] = c->actions[i];
	c->n_actions = kept;
	status = advice_list(store, true, &c->advice, &c->n_advice, err);
	if (status != NL_OK)
		return status;
	kept = 0;
	for (size_t i = 0; i < c->n_advice; i++)
		if (c->advice[i].response_due.year &&
		    in_year(c->advice[i].response_due, year))
			c->advice[kept++] = c->advice[i];
	c->n_advice = kept;
	return NL_OK;
}

static enum nl_status assemble(struct store *store, int year,
			       struct calendar *c, struct nl_error *err)
{
	enum nl_status status = settings_load(store, &c->settings, err);
	if (status == NL_OK)
		status = load_meetings(store, year, c, err);
	if (status == NL_OK)
		status = load_due(store, year, c, err);
	return status;
}

enum nl_status calendar_load(struct store *store, int year,
			     struct calendar *out, struct nl_error *err)
{
	memset(out, 0, sizeof *out);
	enum nl_status status = store_begin_read(store, err);
	if (status == NL_OK)
		status = store_finish(store, assemble(store, year, out, err),
				      err);
	if (status != NL_OK)
		calendar_free(out);
	return status;
}

void calendar_free(struct calendar *c)
{
	for (size_t i = 0; c->meetings && i < c->n_meetings; i++)
		free(c->meetings[i].items);
	free(c->meetings);
	free(c->actions);
	free(c->advice);
	memset(c, 0, sizeof *c);
}

/* ---- writing -------------------------------------------------------------- */

static struct icaltimetype utc_time(nl_time t)
{
	return icaltime_from_timet_with_zone((time_t)t, 0,
					     icaltimezone_get_utc_timezone());
}

static struct icaltimetype day_value(struct nl_date d)
{
	struct icaltimetype t = icaltime_null_date();
	t.year = d.year;
	t.month = d.month;
	t.day = d.day;
	return t;
}

/* "meeting-7-20260101T090000Z@notulist": the id and the moment the row
 * was entered, so two databases do not hand out the same UID. */
static void uid(icalcomponent *ev, const char *kind, int64_t id,
		nl_time created)
{
	char text[96];
	char stamp[NL_STAMP_LEN], compact[NL_STAMP_LEN];
	size_t o = 0;
	nl_format_stamp(created, stamp);
	for (const char *p = stamp; *p; p++)
		if (*p != '-' && *p != ':')
			compact[o++] = *p;
	compact[o] = '\0';
	if (created)
		snprintf(text, sizeof text, "%s-%lld-%s@notulist", kind,
			 (long long)id, compact);
	else
		snprintf(text, sizeof text, "%s-%lld@notulist", kind,
			 (long long)id);
	icalcomponent_add_property(ev, icalproperty_new_uid(text));
}

/* The agenda as the event's description: "Agenda:\n1. …\n2. …". */
static char *agenda_text(const struct calendar_meeting *cm)
{
	size_t size = 64;
	for (size_t i = 0; i < cm->n_items; i++)
		size += strlen(cm->items[i].title) + 16;
	char *text = malloc(size);
	if (!text)
		return NULL;
	size_t used = (size_t)snprintf(text, size, "%s", _("Agenda:"));
	for (size_t i = 0; i < cm->n_items; i++)
		used += (size_t)snprintf(text + used, size - used, "\n%d. %s",
					 cm->items[i].position,
					 cm->items[i].title);
	return text;
}

static bool add_meeting(icalcomponent *cal, const struct calendar *c,
			const struct calendar_meeting *cm, nl_time now)
{
	const struct meeting *m = &cm->meeting;
	icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	char summary[NL_NAME_SIZE + 64];
	uid(ev, "meeting", m->id, m->created_at);
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(utc_time(now)));
	if (m->start_minute >= 0) {
		nl_time start = meeting_start(m);
		nl_time end = m->status == MEETING_CLOSED && m->closed_at > start
				      ? m->closed_at
				      : start + DEFAULT_MINUTES * 60;
		icalcomponent_add_property(
			ev, icalproperty_new_dtstart(utc_time(start)));
		icalcomponent_add_property(
			ev, icalproperty_new_dtend(utc_time(end)));
	} else {
		icalcomponent_add_property(
			ev, icalproperty_new_dtstart(day_value(m->date)));
		icalcomponent_add_property(
			ev, icalproperty_new_dtend(day_value(
				    nl_date_add_days(m->date, 1))));
	}
	if (c->settings.gr_name[0])
		snprintf(summary, sizeof summary, _("Client meeting — %s"),
			 c->settings.gr_name);
	else
		snprintf(summary, sizeof summary, "%s", _("Client meeting"));
	icalcomponent_add_property(ev, icalproperty_new_summary(summary));
	if (m->location[0])
		icalcomponent_add_property(
			ev, icalproperty_new_location(m->location));
	char *agenda = cm->n_items ? agenda_text(cm) : NULL;
	if (agenda)
		icalcomponent_add_property(
			ev, icalproperty_new_description(agenda));
	free(agenda);
	if (cm->n_items && !agenda) {
		icalcomponent_free(ev);
		return false;
	}
	/* A cancelled meeting stays in the feed so that calendars that
	 * imported it take it out of people's agendas. */
	icalcomponent_add_property(
		ev, icalproperty_new_status(cm->meeting.status ==
						    MEETING_CANCELLED
					    ? ICAL_STATUS_CANCELLED
					    : ICAL_STATUS_CONFIRMED));
	icalcomponent_add_component(cal, ev);
	return true;
}

/* An all-day item that does not block the day. */
static void add_due(icalcomponent *cal, const char *kind, int64_t id,
		    struct nl_date due, const char *summary, nl_time now)
{
	icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	uid(ev, kind, id, 0);
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(utc_time(now)));
	icalcomponent_add_property(ev, icalproperty_new_dtstart(day_value(due)));
	icalcomponent_add_property(
		ev, icalproperty_new_dtend(day_value(nl_date_add_days(due, 1))));
	icalcomponent_add_property(ev, icalproperty_new_summary(summary));
	icalcomponent_add_property(
		ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	icalcomponent_add_component(cal, ev);
}

static void add_follow_up(icalcomponent *cal, const struct calendar *c,
			  nl_time now)
{
	char summary[NL_ACTION_SIZE + 64];
	for (size_t i = 0; i < c->n_actions; i++) {
		const struct action_item *a = &c->actions[i];
		snprintf(summary, sizeof summary, _("Action due: %s"),
			 a->description);
		add_due(cal, "action", a->id, a->due, summary, now);
	}
	for (size_t i = 0; i < c->n_advice; i++) {
		const struct advice *a = &c->advice[i];
		snprintf(summary, sizeof summary, _("Answer to advice due: %s"),
			 a->subject);
		add_due(cal, "advice", a->id, a->response_due, summary, now);
	}
}

enum nl_status calendar_write_ics(FILE *out, const struct calendar *c,
				  nl_time now, struct nl_error *err)
{
	if (ical_open(err) != NL_OK)
		return err->status;
	icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(
		cal, icalproperty_new_prodid("-//notulist//notulist "
					     NOTULIST_VERSION "//EN"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	bool ok = true;
	for (size_t i = 0; i < c->n_meetings && ok; i++)
		ok = add_meeting(cal, c, &c->meetings[i], now);
	add_follow_up(cal, c, now);
	char *text = ok ? icalcomponent_as_ical_string_r(cal) : NULL;
	icalcomponent_free(cal);
	if (!text)
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	fputs(text, out);
	free(text);
	return NL_OK;
}
