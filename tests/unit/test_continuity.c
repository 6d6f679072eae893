/*
 * test_continuity.c — the continuity rules, one small body per row.
 *
 * A row describes the body in short spec strings:
 *
 *   municipalities  "1:3 2:1 -3:1"   id:weight; '-' left before all of this
 *                                    (a departure in the roster); named
 *                                    Aa, Bb, Cc…
 *   people          "1-13 14@2 15+2025-08-01 16!2026-01-05 100/guest 200/chair"
 *                   ids or ranges, then @municipality (default id % 3 + 1
 *                   below 100, none from 100), /role (default client),
 *                   +active_from, !deactivated on; named P1, P2, …
 *   terms           "1:2022-04-01 2:2021-01-01:2025-12-31"  person:start
 *                   [:end] (end omitted: term_years), oldest first
 *   meetings        date, status p/o/c (planned, open, closed), attendance
 *                   script as in event_script.h ("19:30 +1..13 20:45 -2 x5"),
 *                   close time (default 22:00), quorum (default 12),
 *                   minutes approved on
 *
 * and what one rule (or the whole continuity_check) must say: level,
 * category/code and subject of every warning in order, and for many rows
 * the exact English sentence.  Meetings are condensed by history_condense,
 * as history_load does.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "attendance_log.h"
#include "continuity.h"
#include "history.h"
#include "history_internal.h"
#include "quorum.h"
#include "settings.h"

#define MAX_MUNIS 8
#define MAX_PEOPLE 128
#define MAX_MEETINGS 10
#define MAX_EVENTS 256

typedef void (*rule_fn)(const struct history *, int, struct warning_list *);

struct meeting_spec {
	const char *date;
	char status;          /* 'p', 'o', 'c' */
	const char *script;
	const char *close;    /* closed at HH:MM; NULL: 22:00 */
	int quorum;           /* 0: 12 */
	const char *approved; /* minutes approved on; NULL: not */
};

struct continuity_case {
	const char *name;
	rule_fn rule;               /* NULL: continuity_check */
	const char *now;            /* NULL: 2026-03-20 12:00 */
	int year;                   /* 0: the year of now */
	const char *settings;       /* "key=value …" over the defaults */
	const char *munis;          /* NULL: "1:1 2:1 3:1" */
	const char *people;         /* NULL: "1-16" */
	const char *terms;          /* NULL: nobody has a term of office */
	struct meeting_spec meetings[MAX_MEETINGS];
	const char *want;           /* "LEVEL category/code subject; …" */
	const char *texts[10];      /* exact sentences, by position; NULL: any */
};

/* ---- building the body ------------------------------------------------------ */

static struct {
	struct history h;
	struct municipality munis[MAX_MUNIS];
	struct departure departures[MAX_MUNIS];
	struct term terms[MAX_PEOPLE];
	struct person people[MAX_PEOPLE];
	struct meeting_history meetings[MAX_MEETINGS];
} B;

static struct nl_date date_of(const char *text)
{
	struct nl_date d;
	if (!nl_parse_date(text, &d))
		fail_msg("bad date in spec: %s", text);
	return d;
}

static nl_time time_on(struct nl_date day, const char *hhmm)
{
	int minutes;
	if (!nl_parse_hhmm(hhmm, &minutes))
		fail_msg("bad time in spec: %s", hhmm);
	return nl_time_from(day, minutes);
}

static void parse_munis(const char *spec)
{
	char buf[256], *save = NULL;
	snprintf(buf, sizeof buf, "%s", spec);
	for (char *tok = strtok_r(buf, " ", &save); tok;
	     tok = strtok_r(NULL, " ", &save)) {
		struct municipality *m = &B.munis[B.h.n_municipalities++];
		assert_true(B.h.n_municipalities <= MAX_MUNIS);
		bool left = *tok == '-';
		if (left)
			tok++;
		char *end;
		m->id = strtol(tok, &end, 10);
		if (left)
			B.departures[B.h.roster.n_departures++] =
				(struct departure){m->id, {2000, 1, 1},
						   {0, 0, 0}};
		assert_int_equal(*end, ':');
		m->weight = strtod(end + 1, NULL);
		snprintf(m->name, sizeof m->name, "%c%c", 'A' + (int)m->id - 1,
			 'a' + (int)m->id - 1);
	}
}

static void parse_people(const char *spec)
{
	char buf[512], *save = NULL;
	snprintf(buf, sizeof buf, "%s", spec);
	for (char *tok = strtok_r(buf, " ", &save); tok;
	     tok = strtok_r(NULL, " ", &save)) {
		char *p;
		long from = strtol(tok, &p, 10), to = from;
		if (*p == '-' && isdigit((unsigned char)p[1]))
			to = strtol(p + 1, &p, 10);
		struct person tmpl;
		memset(&tmpl, 0, sizeof tmpl);
		tmpl.role = ROLE_CLIENT;
		tmpl.active = true;
		long muni = -1;
		while (*p) {
			char kind = *p++;
			size_t len = strcspn(p, "@/+!");
			char arg[32];
			snprintf(arg, sizeof arg, "%.*s", (int)len, p);
			p += len;
			switch (kind) {
			case '@': muni = strtol(arg, NULL, 10); break;
			case '/':
				if (!role_parse(arg, &tmpl.role))
					fail_msg("bad role in spec: %s", arg);
				break;
			case '+':
				tmpl.active_from = date_of(arg);
				tmpl.created_at = time_on(tmpl.active_from, "10:00");
				break;
			case '!':
				tmpl.active = false;
				tmpl.active_to = date_of(arg);
				break;
			default: fail_msg("bad people spec: %s", tok);
			}
		}
		for (long id = from; id <= to; id++) {
			struct person *q = &B.people[B.h.n_people++];
			assert_true(B.h.n_people <= MAX_PEOPLE);
			*q = tmpl;
			q->id = id;
			q->municipality_id = muni >= 0 ? muni : id < 100 ? id % 3 + 1 : 0;
			snprintf(q->name, sizeof q->name, "P%ld", id);
		}
	}
}

/* Terms in the order given, which must be by person, then start. */
static void parse_terms(const char *spec)
{
	char buf[512], *save = NULL;
	snprintf(buf, sizeof buf, "%s", spec);
	for (char *tok = strtok_r(buf, " ", &save); tok;
	     tok = strtok_r(NULL, " ", &save)) {
		struct term *t = &B.terms[B.h.roster.n_terms++];
		char *p;
		assert_true(B.h.roster.n_terms <= MAX_PEOPLE);
		t->id = (int64_t)B.h.roster.n_terms;
		t->person_id = strtol(tok, &p, 10);
		assert_int_equal(*p, ':');
		char start[11];
		snprintf(start, sizeof start, "%.10s", p + 1);
		t->start = date_of(start);
		if (p[11] == ':')
			t->end = date_of(p + 12);
	}
}

static const struct person *person_by_id(int64_t id)
{
	for (size_t i = 0; i < B.h.n_people; i++)
		if (B.people[i].id == id)
			return &B.people[i];
	return NULL;
}

/* An event script on the meeting's day; "+1..13" is +1 +2 … +13. */
static size_t parse_script(const char *script, struct nl_date day,
			   struct att_event *out)
{
	char buf[1024], *save = NULL;
	size_t n = 0;
	nl_time now = time_on(day, "19:00");
	snprintf(buf, sizeof buf, "%s", script ? script : "");
	for (char *tok = strtok_r(buf, " ", &save); tok;
	     tok = strtok_r(NULL, " ", &save)) {
		if (strchr(tok, ':')) {
			now = time_on(day, tok);
			continue;
		}
		char *end;
		long from = strtol(tok + 1, &end, 10), to = from;
		if (end[0] == '.' && end[1] == '.')
			to = strtol(end + 2, &end, 10);
		assert_int_equal(*end, '\0');
		for (long v = from; v <= to; v++) {
			assert_true(n < MAX_EVENTS);
			struct att_event *e = &out[n];
			memset(e, 0, sizeof *e);
			e->id = (int64_t)++n;
			e->at = now;
			switch (tok[0]) {
			case '+': e->kind = ATT_IN; break;
			case '-': e->kind = ATT_OUT; break;
			case 'x': e->kind = ATT_EXCUSED; break;
			case 'u': e->kind = ATT_UNDO; break;
			default: fail_msg("bad script token: %s", tok);
			}
			if (e->kind == ATT_UNDO) {
				e->target = v;
				e->person_id = out[v - 1].person_id;
			} else {
				e->person_id = v;
			}
			const struct person *p = person_by_id(e->person_id);
			if (!p)
				fail_msg("script names unknown person %lld",
					 (long long)e->person_id);
			e->role = p->role;
			e->municipality_id = p->municipality_id;
		}
	}
	return n;
}

/* What history_load does for one meeting. */
static void condense(struct meeting_history *m, const char *script,
		     nl_time now)
{
	static struct att_event raw[MAX_EVENTS], in_force[MAX_EVENTS];
	size_t n = att_resolve(
		raw, parse_script(script, m->meeting.date, raw), in_force);
	assert_int_equal(history_condense(m, in_force, n,
					  B.h.settings.counting_roles, now,
					  NULL),
			 NL_OK);
}

static void build(const struct continuity_case *c)
{
	nl_time now;
	const char *why;
	memset(&B, 0, sizeof B);
	B.h.municipalities = B.munis;
	B.h.roster.departures = B.departures;
	B.h.people = B.people;
	B.h.meetings = B.meetings;
	assert_true(nl_parse_datetime(c->now ? c->now : "2026-03-20 12:00", &now));
	B.h.today = nl_time_date(now);
	B.h.now = now;
	settings_defaults(&B.h.settings);
	if (c->settings) {
		char buf[256], *save = NULL;
		snprintf(buf, sizeof buf, "%s", c->settings);
		for (char *tok = strtok_r(buf, " ", &save); tok;
		     tok = strtok_r(NULL, " ", &save)) {
			char *eq = strchr(tok, '=');
			assert_non_null(eq);
			*eq = '\0';
			if (!settings_apply(&B.h.settings, tok, eq + 1, &why))
				fail_msg("setting %s: %s", tok, why);
		}
	}
	parse_munis(c->munis ? c->munis : "1:1 2:1 3:1");
	parse_people(c->people ? c->people : "1-16");
	B.h.roster.terms = B.terms;
	B.h.roster.term_years = B.h.settings.term_years;
	if (c->terms)
		parse_terms(c->terms);
	for (size_t i = 0; i < MAX_MEETINGS && c->meetings[i].date; i++) {
		const struct meeting_spec *s = &c->meetings[i];
		struct meeting_history *m = &B.meetings[B.h.n_meetings++];
		struct meeting *mt = &m->meeting;
		mt->id = (int64_t)i + 1;
		mt->date = date_of(s->date);
		mt->start_minute = 19 * 60 + 30;
		mt->status = s->status == 'c'   ? MEETING_CLOSED
			     : s->status == 'o' ? MEETING_OPEN
						: MEETING_PLANNED;
		mt->quorum_min = s->quorum ? s->quorum : 12;
		mt->created_at = time_on(nl_date_add_days(mt->date, -60), "10:00");
		if (mt->status != MEETING_PLANNED)
			mt->opened_at = time_on(mt->date, "19:00");
		if (mt->status == MEETING_CLOSED)
			mt->closed_at = time_on(mt->date,
						s->close ? s->close : "22:00");
		if (s->approved)
			mt->minutes_approved = date_of(s->approved);
		condense(m, s->script, now);
	}
	history_count_attended(&B.h);
}

static void release(void)
{
	for (size_t i = 0; i < B.h.n_meetings; i++)
		history_meeting_free(&B.meetings[i]);
}

static void run_case(void **state)
{
	const struct continuity_case *c = *state;
	struct warning_list list;
	struct nl_error err = {0};
	char got[2048] = "";
	size_t used = 0;
	build(c);
	int year = c->year ? c->year : B.h.today.year;
	if (c->rule) {
		memset(&list, 0, sizeof list);
		c->rule(&B.h, year, &list);
	} else {
		assert_int_equal(continuity_check(&B.h, year, &list, &err), NL_OK);
	}
	assert_false(list.out_of_memory);
	for (size_t i = 0; i < list.n; i++) {
		const struct warning *w = &list.items[i];
		used += (size_t)snprintf(got + used, sizeof got - used,
					 "%s%s %s/%s %lld", i ? "; " : "",
					 warning_level_key(w->level), w->category,
					 w->code, (long long)w->subject);
	}
	if (strcmp(got, c->want) != 0) {
		for (size_t i = 0; i < list.n; i++)
			print_message("#   %s\n", list.items[i].text);
		release();
		warning_list_free(&list);
		fail_msg("got  \"%s\"\n# want \"%s\"", got, c->want);
	}
	for (size_t i = 0; i < list.n && i < 10; i++) {
		if (c->texts[i] && strcmp(c->texts[i], list.items[i].text) != 0) {
			char text[512];
			snprintf(text, sizeof text, "%s", list.items[i].text);
			release();
			warning_list_free(&list);
			fail_msg("warning %zu says\n#   \"%s\"\n# want\n#   \"%s\"",
				 i, text, c->texts[i]);
		}
	}
	release();
	warning_list_free(&list);
}

/* ---- the cases ---------------------------------------------------------------- */

#define POOL rule_pool
#define MUNI rule_municipalities
#define COUNT rule_meeting_count
#define QUORUM rule_quorum_history
#define TREND rule_attendance_trend
#define ABSENT rule_absent_members
#define MINUTES rule_minutes_approval
#define ALL NULL
#define TERMS rule_terms

/* A held meeting where everyone of 1..16 but `who` came. */
#define ALL16 "19:30 +1..16"
#define BUT16 "19:30 +1..15"

static const struct continuity_case cases[] = {
	/* ---- pool ---------------------------------------------------------- */
	{"pool: 16 clients, comfortable", POOL, .want = ""},
	{"pool: 15 = minimum + margin is enough", POOL, .people = "1-15",
	 .want = ""},
	{"pool: 14 is two cancellations from no quorum", POOL, .people = "1-14",
	 .want = "WARN pool/pool-thin 0",
	 .texts = {"only 14 active clients: 2 cancellations from no quorum"}},
	{"pool: 13 is one cancellation from no quorum", POOL, .people = "1-13",
	 .want = "WARN pool/pool-thin 0",
	 .texts = {"only 13 active clients: one cancellation from no quorum"}},
	{"pool: exactly the minimum", POOL, .people = "1-12",
	 .want = "WARN pool/pool-thin 0",
	 .texts = {"only 12 active clients: every one of them must come for a "
		   "quorum"}},
	{"pool: below the minimum", POOL, .people = "1-11",
	 .want = "ALERT pool/pool-below-minimum 0",
	 .texts = {"only 11 active clients, fewer than the quorum of 12: no "
		   "meeting can be quorate"}},
	{"pool: nobody at all", POOL, .people = "",
	 .want = "ALERT pool/pool-below-minimum 0",
	 .texts = {"only 0 active clients, fewer than the quorum of 12: no "
		   "meeting can be quorate"}},
	{"pool: margin 0, exactly the minimum is fine", POOL,
	 .settings = "pool_margin=0", .people = "1-12", .want = ""},
	{"pool: margin 0, below the minimum", POOL, .settings = "pool_margin=0",
	 .people = "1-11", .want = "ALERT pool/pool-below-minimum 0"},
	{"pool: margin 1, the minimum must all come", POOL,
	 .settings = "pool_margin=1", .people = "1-12",
	 .want = "WARN pool/pool-thin 0"},
	{"pool: margin 1, one spare is enough", POOL,
	 .settings = "pool_margin=1", .people = "1-13", .want = ""},
	{"pool: deactivated clients do not count", POOL,
	 .people = "1-14 15!2026-01-05 16!2026-02-01",
	 .want = "WARN pool/pool-thin 0",
	 .texts = {"only 14 active clients: 2 cancellations from no quorum"}},
	{"pool: other roles do not count", POOL,
	 .people = "1-13 14/chair 15/guest 16/representative 100/secretary",
	 .want = "WARN pool/pool-thin 0",
	 .texts = {"only 13 active clients: one cancellation from no quorum"}},
	{"pool: guests count when counting_roles says so", POOL,
	 .settings = "counting_roles=client,guest",
	 .people = "1-13 100/guest 101/guest", .want = ""},
	{"pool: only the counting role counts", POOL,
	 .settings = "counting_roles=representative",
	 .people = "1-16 50-61/representative",
	 .want = "WARN pool/pool-thin 0",
	 .texts = {"only 12 active clients: every one of them must come for a "
		   "quorum"}},
	{"pool: against the quorum_min setting", POOL,
	 .settings = "quorum_min=5", .people = "1-6",
	 .want = "WARN pool/pool-thin 0",
	 .texts = {"only 6 active clients: one cancellation from no quorum"}},
	{"pool: not judged for a past year", POOL, .year = 2025,
	 .people = "1-11", .want = ""},
	{"pool: judged for a coming year", POOL, .year = 2027,
	 .people = "1-11", .want = "ALERT pool/pool-below-minimum 0"},

	/* ---- municipalities -------------------------------------------------- */
	{"municipality: balanced", MUNI, .want = ""},
	{"municipality: one without clients", MUNI, .people = "1-8@1 9-16@2",
	 .want = "ALERT municipality/municipality-no-clients 3",
	 .texts = {"Cc has no active clients: it cannot be represented"}},
	{"municipality: only inactive clients and a chair", MUNI,
	 .people = "1-8@1 9-14@2 15!2026-01-05@3 16/chair@3",
	 .want = "ALERT municipality/municipality-no-clients 3"},
	{"municipality: two without clients, in order", MUNI,
	 .people = "1-16@1",
	 .want = "ALERT municipality/municipality-no-clients 2; "
		 "ALERT municipality/municipality-no-clients 3",
	 .texts = {"Bb has no active clients: it cannot be represented",
		   "Cc has no active clients: it cannot be represented"}},
	{"municipality: weights 3:1:1, 1.6 short", MUNI, .munis = "1:3 2:1 3:1",
	 .people = "1-5@1 6-8@2 9-11@3",
	 .want = "WARN municipality/municipality-under 1",
	 .texts = {"Aa has 5 active clients, 6.6 expected by its weight"}},
	{"municipality: weights 3:1:1, exactly the tolerance short", MUNI,
	 .munis = "1:3 2:1 3:1", .people = "1-5@1 6-8@2 9-10@3", .want = ""},
	{"municipality: tolerance 0.5, one short", MUNI,
	 .settings = "balance_tolerance=0.5", .munis = "1:3 2:1 3:1",
	 .people = "1-5@1 6-8@2 9-10@3",
	 .want = "WARN municipality/municipality-under 1",
	 .texts = {"Aa has 5 active clients, 6.0 expected by its weight"}},
	{"municipality: the generated body (7 vs 8.4)", MUNI,
	 .munis = "1:3 2:1 3:1", .people = "1-7@1 8-11@2 12-14@3",
	 .want = "WARN municipality/municipality-under 1",
	 .texts = {"Aa has 7 active clients, 8.4 expected by its weight"}},
	{"municipality: an inactive one is not alerted", MUNI,
	 .munis = "1:1 2:1 -3:1", .people = "1-8@1 9-16@2", .want = ""},
	{"municipality: an inactive one takes no share", MUNI,
	 .munis = "1:1 2:1 -3:5", .people = "1-8@1 9-16@2", .want = ""},
	{"municipality: inactive clients do not count", MUNI,
	 .munis = "1:1 2:1", .people = "1-8@1 9-12@2 13-16!2026-02-01@2",
	 .want = "WARN municipality/municipality-under 2",
	 .texts = {"Bb has 4 active clients, 6.0 expected by its weight"}},
	{"municipality: no municipalities at all", MUNI, .munis = "",
	 .want = ""},
	{"municipality: not judged for a past year", MUNI, .year = 2024,
	 .people = "1-16@1", .want = ""},

	/* ---- meetings: how many, and the next one ------------------------------ */
	{"meetings: three this year, one held", COUNT,
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-06-09", 'p'},
		      {"2026-10-13", 'p'}},
	 .want = ""},
	{"meetings: two this year", COUNT,
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-06-09", 'p'}},
	 .want = "WARN meetings/meetings-below-target 0",
	 .texts = {"2 meetings held or planned in 2026; the target is 3"}},
	{"meetings: one this year, next one in the new year", COUNT,
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2027-01-12", 'p'}},
	 .want = "WARN meetings/meetings-below-target 0",
	 .texts = {"1 meeting held or planned in 2026; the target is 3"}},
	{"meetings: a past planned meeting never opened does not count", COUNT,
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-02-17", 'p'},
		      {"2026-06-09", 'p'}},
	 .want = "WARN meetings/meetings-below-target 0",
	 .texts = {"2 meetings held or planned in 2026; the target is 3"}},
	{"meetings: planned future meetings count", COUNT,
	 .meetings = {{"2026-04-14", 'p'}, {"2026-06-09", 'p'},
		      {"2026-10-13", 'p'}},
	 .want = ""},
	{"meetings: none planned after the last", COUNT,
	 .meetings = {{"2026-01-13", 'c', ALL16}, {"2026-02-10", 'c', ALL16},
		      {"2026-03-10", 'c', ALL16}},
	 .want = "WARN meetings/meetings-none-planned 0",
	 .texts = {"no next meeting is planned"}},
	{"meetings: 31 December counts for its own year", COUNT, .year = 2025,
	 .meetings = {{"2025-01-14", 'c', ALL16}, {"2025-06-10", 'c', ALL16},
		      {"2025-12-31", 'c', ALL16}, {"2026-06-09", 'p'}},
	 .want = ""},
	{"meetings: 1 January counts for the new year", COUNT,
	 .meetings = {{"2025-12-31", 'c', ALL16}, {"2026-01-01", 'c', ALL16},
		      {"2026-06-09", 'p'}, {"2026-12-31", 'p'}},
	 .want = ""},
	{"meetings: 1 January of next year is not this year's", COUNT,
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-06-09", 'p'},
		      {"2027-01-01", 'p'}},
	 .want = "WARN meetings/meetings-below-target 0"},
	{"meetings: a past year gets no next-meeting check", COUNT, .year = 2025,
	 .meetings = {{"2025-03-11", 'c', ALL16}, {"2025-09-16", 'c', ALL16}},
	 .want = "WARN meetings/meetings-below-target 0",
	 .texts = {"2 meetings held or planned in 2025; the target is 3"}},
	{"meetings: a coming year with nothing planned", COUNT, .year = 2027,
	 .meetings = {{"2026-01-20", 'c', ALL16}},
	 .want = "WARN meetings/meetings-below-target 0; "
		 "WARN meetings/meetings-none-planned 0",
	 .texts = {"0 meetings held or planned in 2027; the target is 3",
		   "no next meeting is planned"}},
	{"meetings: tonight's open meeting counts and is the next", COUNT,
	 .now = "2026-03-10 20:00",
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-03-10", 'o', ALL16},
		      {"2026-06-09", 'p'}},
	 .want = ""},
	{"meetings: a meeting planned for today counts and is the next", COUNT,
	 .now = "2026-03-10 12:00",
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-02-17", 'c', ALL16},
		      {"2026-03-10", 'p'}},
	 .want = ""},
	{"meetings: a meeting left open on a past day was held, and is "
	 "flagged", COUNT,
	 .meetings = {{"2026-01-20", 'o', ALL16}, {"2026-06-09", 'p'},
		      {"2026-10-13", 'p'}},
	 .want = "WARN meetings/meeting-left-open 1",
	 .texts = {"meeting 1 (2026-01-20) is still open: close it with "
		   "notulist meeting close 1"}},
	{"meetings: at 00:30 the evening's open meeting is not left open",
	 COUNT, .now = "2026-03-11 00:30",
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-03-10", 'o', ALL16},
		      {"2026-06-09", 'p'}},
	 .want = ""},
	{"meetings: at 06:00 its night is over and it is left open", COUNT,
	 .now = "2026-03-11 06:00",
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-03-10", 'o', ALL16},
		      {"2026-06-09", 'p'}},
	 .want = "WARN meetings/meeting-left-open 2"},
	{"meetings: an open meeting of a past year is flagged now", COUNT,
	 .year = 2026,
	 .meetings = {{"2025-12-09", 'o', ALL16}, {"2026-04-14", 'p'},
		      {"2026-06-09", 'p'}, {"2026-10-13", 'p'}},
	 .want = "WARN meetings/meeting-left-open 1"},
	{"meetings: a past year's check does not flag it", COUNT, .year = 2025,
	 .meetings = {{"2025-03-09", 'c', ALL16}, {"2025-06-09", 'c', ALL16},
		      {"2025-12-09", 'o', ALL16}},
	 .want = ""},
	{"meetings: today's closed meeting is not the next", COUNT,
	 .now = "2026-03-10 23:00",
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-03-10", 'c', ALL16}},
	 .want = "WARN meetings/meetings-below-target 0; "
		 "WARN meetings/meetings-none-planned 0"},
	{"meetings: a target of one", COUNT, .settings = "meetings_per_year=1",
	 .meetings = {{"2026-06-09", 'p'}}, .want = ""},

	/* ---- quorum ---------------------------------------------------------- */
	{"quorum: quorate all evening", QUORUM,
	 .meetings = {{"2026-01-20", 'c', "19:30 +1..13", "21:30"}},
	 .want = ""},
	{"quorum: held without quorum", QUORUM,
	 .meetings = {{"2026-01-20", 'c', "19:30 +1..11", "21:30"}},
	 .want = "WARN quorum/quorum-never-reached 1",
	 .texts = {"meeting 1 (2026-01-20) was held without quorum (highest "
		   "11/12)"}},
	{"quorum: the highest count is the peak", QUORUM,
	 .meetings = {{"2026-01-20", 'c', "19:30 +1..11 20:00 -1..5 20:10 +12",
		       "21:30"}},
	 .want = "WARN quorum/quorum-never-reached 1",
	 .texts = {"meeting 1 (2026-01-20) was held without quorum (highest "
		   "11/12)"}},
	{"quorum: the meeting's own minimum", QUORUM,
	 .meetings = {{"2026-01-20", 'c', "19:30 +1..11", "21:30", 10}},
	 .want = ""},
	{"quorum: guests do not make a quorum", QUORUM,
	 .people = "1-16 100-105/guest",
	 .meetings = {{"2026-01-20", 'c', "19:30 +1..11 +100..105", "21:30"}},
	 .want = "WARN quorum/quorum-never-reached 1",
	 .texts = {"meeting 1 (2026-01-20) was held without quorum (highest "
		   "11/12)"}},
	{"quorum: guests count when counting_roles says so", QUORUM,
	 .settings = "counting_roles=client,guest",
	 .people = "1-16 100-105/guest",
	 .meetings = {{"2026-01-20", 'c', "19:30 +1..11 +100..105", "21:30"}},
	 .want = ""},
	{"quorum: filling up slowly is no loss", QUORUM,
	 .meetings = {{"2026-01-20", 'c', "19:30 +1..6 19:50 +7..12", "21:30"}},
	 .want = ""},
	{"quorum: lost and restored", QUORUM,
	 .meetings = {{"2026-03-10", 'c', "19:30 +1..13 20:45 -1..2 21:05 +1",
		       "21:30"}},
	 .want = "NOTE quorum/quorum-lost 1",
	 .texts = {"meeting 1 (2026-03-10) lost its quorum 20:45–21:05 (20 min "
		   "in all)"}},
	{"quorum: lost twice, minutes summed", QUORUM,
	 .meetings = {{"2026-03-10", 'c',
		       "19:30 +1..12 20:00 -1 20:10 +1 20:30 -2 20:45 +2",
		       "21:30"}},
	 .want = "NOTE quorum/quorum-lost 1",
	 .texts = {"meeting 1 (2026-03-10) lost its quorum 20:00–20:10, "
		   "20:30–20:45 (25 min in all)"}},
	{"quorum: lost until the close", QUORUM,
	 .meetings = {{"2026-03-10", 'c', "19:30 +1..12 21:00 -1", "21:30"}},
	 .want = "NOTE quorum/quorum-lost 1",
	 .texts = {"meeting 1 (2026-03-10) lost its quorum 21:00– (30 min in "
		   "all)"}},
	{"quorum: leaving at the close is no loss", QUORUM,
	 .meetings = {{"2026-03-10", 'c', "19:30 +1..12 21:30 -1..3", "21:30"}},
	 .want = ""},
	{"quorum: leaving after the close is no loss", QUORUM,
	 .meetings = {{"2026-03-10", 'c', "19:30 +1..12 21:40 -1..12",
		       "21:30"}},
	 .want = ""},
	{"quorum: restored lapse before leaving at the close", QUORUM,
	 .meetings = {{"2026-03-10", 'c',
		       "19:30 +1..13 20:45 -1..2 21:05 +1 21:30 -1..3",
		       "21:30"}},
	 .want = "NOTE quorum/quorum-lost 1",
	 .texts = {"meeting 1 (2026-03-10) lost its quorum 20:45–21:05 (20 min "
		   "in all)"}},
	{"quorum: left open on a past day without quorum", QUORUM,
	 .meetings = {{"2026-01-20", 'o', "19:30 +1..11"}},
	 .want = "WARN quorum/quorum-never-reached 1"},
	{"quorum: left open on a past day, its open lapse has no end", QUORUM,
	 .meetings = {{"2026-01-20", 'o',
		       "19:30 +1..12 20:00 -1 20:10 +1 21:00 -1..12"}},
	 .want = "NOTE quorum/quorum-lost 1",
	 .texts = {"meeting 1 (2026-01-20) lost its quorum 20:00–20:10 (10 min "
		   "in all)"}},
	{"quorum: held without any attendance recorded", QUORUM,
	 .meetings = {{"2026-01-20", 'c', "", "21:30"}},
	 .want = "WARN quorum/attendance-not-recorded 1",
	 .texts = {"meeting 1 (2026-01-20) was held but no attendance was "
		   "recorded"}},
	{"quorum: apologies alone are no record of attendance", QUORUM,
	 .meetings = {{"2026-01-20", 'c', "09:00 x1..3", "21:30"}},
	 .want = "WARN quorum/attendance-not-recorded 1"},
	{"quorum: a guest alone is a record, of nobody who counts", QUORUM,
	 .people = "1-16 100/guest",
	 .meetings = {{"2026-01-20", 'c', "09:00 x1 19:30 +100", "21:30"}},
	 .want = "WARN quorum/quorum-never-reached 1",
	 .texts = {"meeting 1 (2026-01-20) was held without quorum (highest "
		   "0/12)"}},
	{"quorum: a meeting still open today is not judged", QUORUM,
	 .now = "2026-03-10 20:00",
	 .meetings = {{"2026-03-10", 'o', "19:30 +1..5"}},
	 .want = ""},
	{"quorum: a meeting still open at 00:30 is not judged yet", QUORUM,
	 .now = "2026-03-11 00:30",
	 .meetings = {{"2026-03-10", 'o', "19:30 +1..5"}},
	 .want = ""},
	{"quorum: today's closed meeting is judged", QUORUM,
	 .now = "2026-03-10 23:00",
	 .meetings = {{"2026-03-10", 'c', "19:30 +1..5", "21:30"}},
	 .want = "WARN quorum/quorum-never-reached 1",
	 .texts = {"meeting 1 (2026-03-10) was held without quorum (highest "
		   "5/12)"}},
	{"quorum: planned meetings are not judged", QUORUM,
	 .meetings = {{"2026-02-17", 'p'}, {"2026-06-09", 'p'}},
	 .want = ""},
	{"quorum: only the year checked", QUORUM,
	 .meetings = {{"2025-09-16", 'c', "19:30 +1..11", "21:30"},
		      {"2026-01-20", 'c', "19:30 +1..13", "21:30"}},
	 .want = ""},
	{"quorum: a past year is judged", QUORUM, .year = 2025,
	 .meetings = {{"2025-09-16", 'c', "19:30 +1..11", "21:30"},
		      {"2026-01-20", 'c', "19:30 +1..3", "21:30"}},
	 .want = "WARN quorum/quorum-never-reached 1",
	 .texts = {"meeting 1 (2025-09-16) was held without quorum (highest "
		   "11/12)"}},
	{"quorum: meetings in date order", QUORUM,
	 .meetings = {{"2026-01-20", 'c', "19:30 +1..11", "21:30"},
		      {"2026-02-17", 'c', "", "21:30"},
		      {"2026-03-10", 'c', "19:30 +1..13 20:45 -1..2 21:05 +1",
		       "21:30"}},
	 .want = "WARN quorum/quorum-never-reached 1; "
		 "WARN quorum/attendance-not-recorded 2; "
		 "NOTE quorum/quorum-lost 3"},

	/* ---- attendance trend -------------------------------------------------- */
#define FOUR(a, b, c, d)                                                     \
	{{"2025-03-11", 'c', "19:30 +1.." #a, "21:30"},                      \
	 {"2025-09-16", 'c', "19:30 +1.." #b, "21:30"},                      \
	 {"2026-01-20", 'c', "19:30 +1.." #c, "21:30"},                      \
	 {"2026-03-10", 'c', "19:30 +1.." #d, "21:30"}}
	{"trend: 16, 14, 11, 12 is falling", TREND, .meetings = FOUR(16, 14, 11, 12),
	 .want = "WARN quorum/attendance-falling 0",
	 .texts = {"attendance is falling: 16, 14, 11, 12 clients at the last 4 "
		   "meetings"}},
	{"trend: 15, 15, 10, 10 is falling", TREND, .meetings = FOUR(15, 15, 10, 10),
	 .want = "WARN quorum/attendance-falling 0",
	 .texts = {"attendance is falling: 15, 15, 10, 10 clients at the last 4 "
		   "meetings"}},
	{"trend: 16, 16, 16, 14 is one bad evening", TREND,
	 .meetings = FOUR(16, 16, 16, 14), .want = ""},
	{"trend: 14, 14, 8, 13 is one bad evening", TREND,
	 .meetings = FOUR(14, 14, 8, 13), .want = ""},
	{"trend: steady", TREND, .meetings = FOUR(14, 14, 14, 14), .want = ""},
	{"trend: rising", TREND, .meetings = FOUR(10, 12, 14, 16), .want = ""},
	{"trend: back up at the end", TREND, .meetings = FOUR(16, 13, 11, 16),
	 .want = ""},
	{"trend: a slope of exactly half a client is not falling", TREND,
	 .meetings = FOUR(16, 16, 14, 15), .want = ""},
	{"trend: last equal to the first is no fall", TREND,
	 .meetings = FOUR(16, 16, 8, 16), .want = ""},
	{"trend: too few meetings", TREND,
	 .meetings = {{"2025-09-16", 'c', "19:30 +1..16", "21:30"},
		      {"2026-01-20", 'c', "19:30 +1..12", "21:30"},
		      {"2026-03-10", 'c', "19:30 +1..8", "21:30"}},
	 .want = ""},
	{"trend: three meetings when trend_meetings is 3", TREND,
	 .settings = "trend_meetings=3",
	 .meetings = {{"2025-09-16", 'c', "19:30 +1..16", "21:30"},
		      {"2026-01-20", 'c', "19:30 +1..14", "21:30"},
		      {"2026-03-10", 'c', "19:30 +1..11", "21:30"}},
	 .want = "WARN quorum/attendance-falling 0",
	 .texts = {"attendance is falling: 16, 14, 11 clients at the last 3 "
		   "meetings"}},
	{"trend: only the last four", TREND,
	 .meetings = {{"2024-10-08", 'c', "19:30 +1..8", "21:30"},
		      {"2025-03-11", 'c', "19:30 +1..16", "21:30"},
		      {"2025-09-16", 'c', "19:30 +1..14", "21:30"},
		      {"2026-01-20", 'c', "19:30 +1..11", "21:30"},
		      {"2026-03-10", 'c', "19:30 +1..12", "21:30"}},
	 .want = "WARN quorum/attendance-falling 0",
	 .texts = {"attendance is falling: 16, 14, 11, 12 clients at the last 4 "
		   "meetings"}},
	{"trend: a good last evening outweighs older ones", TREND,
	 .meetings = {{"2025-03-11", 'c', "19:30 +1..16", "21:30"},
		      {"2025-09-16", 'c', "19:30 +1..14", "21:30"},
		      {"2026-01-20", 'c', "19:30 +1..11", "21:30"},
		      {"2026-02-17", 'c', "19:30 +1..12", "21:30"},
		      {"2026-03-10", 'c', "19:30 +1..16", "21:30"}},
	 .want = ""},
	{"trend: unrecorded and planned meetings are skipped", TREND,
	 .meetings = {{"2025-03-11", 'c', "19:30 +1..16", "21:30"},
		      {"2025-06-10", 'c', "", "21:30"},
		      {"2025-09-16", 'c', "19:30 +1..14", "21:30"},
		      {"2025-12-09", 'p'},
		      {"2026-01-20", 'c', "19:30 +1..11", "21:30"},
		      {"2026-03-10", 'c', "19:30 +1..12", "21:30"},
		      {"2026-06-09", 'p'}},
	 .want = "WARN quorum/attendance-falling 0",
	 .texts = {"attendance is falling: 16, 14, 11, 12 clients at the last 4 "
		   "meetings"}},
	{"trend: tonight's meeting is not counted yet", TREND,
	 .now = "2026-03-17 19:45",
	 .meetings = {{"2025-03-11", 'c', "19:30 +1..16", "21:30"},
		      {"2025-09-16", 'c', "19:30 +1..14", "21:30"},
		      {"2026-01-20", 'c', "19:30 +1..11", "21:30"},
		      {"2026-03-10", 'c', "19:30 +1..12", "21:30"},
		      {"2026-03-17", 'o', "19:30 +1..2"}},
	 .want = "WARN quorum/attendance-falling 0",
	 .texts = {"attendance is falling: 16, 14, 11, 12 clients at the last 4 "
		   "meetings"}},
	{"trend: guests are not attendance", TREND,
	 .people = "1-16 100-110/guest",
	 .meetings = {{"2025-03-11", 'c', "19:30 +1..12 +100..103", "21:30"},
		      {"2025-09-16", 'c', "19:30 +1..12 +100..105", "21:30"},
		      {"2026-01-20", 'c', "19:30 +1..12 +100..108", "21:30"},
		      {"2026-03-10", 'c', "19:30 +1..12 +100..110", "21:30"}},
	 .want = ""},
	{"trend: a past year looks at its own meetings", TREND, .year = 2025,
	 .meetings = {{"2024-06-11", 'c', "19:30 +1..16", "21:30"},
		      {"2024-10-08", 'c', "19:30 +1..14", "21:30"},
		      {"2025-03-11", 'c', "19:30 +1..11", "21:30"},
		      {"2025-09-16", 'c', "19:30 +1..12", "21:30"},
		      {"2026-01-20", 'c', "19:30 +1..16", "21:30"}},
	 .want = "WARN quorum/attendance-falling 0"},

	/* ---- members ------------------------------------------------------- */
	{"members: everyone comes", ABSENT,
	 .meetings = {{"2025-09-16", 'c', ALL16}, {"2026-01-20", 'c', ALL16},
		      {"2026-03-10", 'c', ALL16}},
	 .want = ""},
	{"members: missed exactly absence_limit meetings", ABSENT,
	 .meetings = {{"2025-06-10", 'c', BUT16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}},
	 .want = "WARN members/member-absent-streak 16",
	 .texts = {"P16 missed the last 3 meetings without notice: call them?"}},
	{"members: two absences are not yet a streak", ABSENT,
	 .meetings = {{"2025-06-10", 'c', ALL16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}},
	 .want = ""},
	{"members: the streak counts back from the last meeting", ABSENT,
	 .meetings = {{"2025-03-11", 'c', ALL16}, {"2025-06-10", 'c', BUT16},
		      {"2025-09-16", 'c', BUT16}, {"2026-01-20", 'c', BUT16},
		      {"2026-03-10", 'c', BUT16}},
	 .want = "WARN members/member-absent-streak 16",
	 .texts = {"P16 missed the last 4 meetings without notice: call them?"}},
	{"members: an excused meeting breaks the streak", ABSENT,
	 .meetings = {{"2025-06-10", 'c', ALL16},
		      {"2025-09-16", 'c', BUT16},
		      {"2025-11-11", 'c', "09:00 x16 " BUT16},
		      {"2026-01-20", 'c', BUT16}, {"2026-03-10", 'c', BUT16}},
	 .want = ""},
	{"members: attending breaks the streak", ABSENT,
	 .meetings = {{"2025-06-10", 'c', BUT16}, {"2025-09-16", 'c', BUT16},
		      {"2025-11-11", 'c', ALL16},
		      {"2026-01-20", 'c', BUT16}, {"2026-03-10", 'c', BUT16}},
	 .want = ""},
	{"members: a short visit is attending", ABSENT,
	 .meetings = {{"2025-09-16", 'c', BUT16}, {"2026-01-20", 'c', BUT16},
		      {"2026-03-10", 'c', BUT16 " 19:40 +16 19:45 -16"}},
	 .want = ""},
	{"members: an undone check-in is not attending", ABSENT,
	 .meetings = {{"2025-09-16", 'c', BUT16}, {"2026-01-20", 'c', BUT16},
		      {"2026-03-10", 'c', "19:30 +16 u1 +1..15"}},
	 .want = "WARN members/member-absent-streak 16"},
	{"members: meetings before joining are skipped", ABSENT,
	 .people = "1-15 16+2025-08-01",
	 .meetings = {{"2025-03-11", 'c', BUT16}, {"2025-06-10", 'c', BUT16},
		      {"2025-09-16", 'c', BUT16}, {"2026-01-20", 'c', BUT16}},
	 .want = ""},
	{"members: a newcomer can still run a streak", ABSENT,
	 .people = "1-15 16+2025-08-01",
	 .meetings = {{"2025-06-10", 'c', BUT16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}, {"2026-03-10", 'c', BUT16}},
	 .want = "WARN members/member-absent-streak 16",
	 .texts = {"P16 missed the last 3 meetings without notice: call them?"}},
	{"members: deactivated people are not warned", ABSENT,
	 .people = "1-15 16!2026-03-01",
	 .meetings = {{"2025-06-10", 'c', BUT16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}},
	 .want = ""},
	{"members: non-counting roles are not warned", ABSENT,
	 .people = "1-15 16/chair",
	 .meetings = {{"2025-06-10", 'c', BUT16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}},
	 .want = ""},
	{"members: present at tonight's open meeting ends the streak", ABSENT,
	 .now = "2026-03-10 20:00",
	 .meetings = {{"2025-06-10", 'c', BUT16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}, {"2026-03-10", 'o', ALL16}},
	 .want = ""},
	{"members: not yet arrived tonight is no absence yet", ABSENT,
	 .now = "2026-03-10 20:00",
	 .meetings = {{"2025-06-10", 'c', ALL16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}, {"2026-03-10", 'o', BUT16}},
	 .want = ""},
	{"members: an unrecorded meeting is not an absence", ABSENT,
	 .meetings = {{"2025-06-10", 'c', ALL16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}, {"2026-03-10", 'c', ""}},
	 .want = ""},
	{"members: a meeting with only apologies is not an absence", ABSENT,
	 .meetings = {{"2025-06-10", 'c', ALL16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}, {"2026-03-10", 'c', "09:00 x1"}},
	 .want = ""},
	{"members: absence_limit 2", ABSENT, .settings = "absence_limit=2",
	 .meetings = {{"2025-06-10", 'c', ALL16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}},
	 .want = "WARN members/member-absent-streak 16",
	 .texts = {"P16 missed the last 2 meetings without notice: call them?"}},
	{"members: several in the order of the list", ABSENT,
	 .meetings = {{"2025-06-10", 'c', "19:30 +1..13 +15"},
		      {"2025-09-16", 'c', "19:30 +1..13"},
		      {"2026-01-20", 'c', "19:30 +1..13"},
		      {"2026-03-10", 'c', "19:30 +1..13"}},
	 .want = "WARN members/member-absent-streak 14; "
		 "WARN members/member-absent-streak 15; "
		 "WARN members/member-absent-streak 16",
	 .texts = {"P14 missed the last 4 meetings without notice: call them?",
		   "P15 missed the last 3 meetings without notice: call them?",
		   "P16 missed the last 4 meetings without notice: call them?"}},
	{"members: excused every time for a year", ABSENT,
	 .meetings = {{"2025-03-11", 'c', ALL16},
		      {"2025-09-16", 'c', "09:00 x16 " BUT16},
		      {"2026-01-20", 'c', "09:00 x16 " BUT16},
		      {"2026-03-10", 'c', "09:00 x16 " BUT16}},
	 .want = "NOTE members/member-not-attended 16",
	 .texts = {"P16 has not attended a meeting in 12 months: call them?"}},
	{"members: twelve months without a streak", ABSENT,
	 .meetings = {{"2025-01-14", 'c', ALL16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}},
	 .want = "NOTE members/member-not-attended 16"},
	{"members: attended within twelve months", ABSENT,
	 .meetings = {{"2025-03-20", 'c', ALL16},
		      {"2025-09-16", 'c', "09:00 x16 " BUT16},
		      {"2026-01-20", 'c', "09:00 x16 " BUT16}},
	 .want = ""},
	{"members: joined less than twelve months ago", ABSENT,
	 .people = "1-15 16+2025-06-01",
	 .meetings = {{"2025-09-16", 'c', "09:00 x16 " BUT16},
		      {"2026-01-20", 'c', "09:00 x16 " BUT16}},
	 .want = ""},
	{"members: joined more than twelve months ago", ABSENT,
	 .people = "1-15 16+2025-03-01",
	 .meetings = {{"2025-09-16", 'c', "09:00 x16 " BUT16},
		      {"2026-01-20", 'c', "09:00 x16 " BUT16}},
	 .want = "NOTE members/member-not-attended 16"},
	{"members: no meetings in twelve months, no note", ABSENT,
	 .meetings = {{"2025-01-14", 'c', BUT16}},
	 .want = ""},
	{"members: the streak rule wins over the twelve-month note", ABSENT,
	 .meetings = {{"2025-06-10", 'c', BUT16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}, {"2026-03-10", 'c', BUT16}},
	 .want = "WARN members/member-absent-streak 16"},
	{"members: not judged for a past year", ABSENT, .year = 2025,
	 .meetings = {{"2025-06-10", 'c', BUT16}, {"2025-09-16", 'c', BUT16},
		      {"2026-01-20", 'c', BUT16}},
	 .want = ""},

	/* ---- minutes ------------------------------------------------------- */
	{"minutes: not approved at the next meeting", MINUTES,
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-03-10", 'c', ALL16}},
	 .want = "WARN follow-up/minutes-unapproved 1",
	 .texts = {"the minutes of meeting 1 (2026-01-20) were not approved at "
		   "the next meeting 2 (2026-03-10)"}},
	{"minutes: approved", MINUTES,
	 .meetings = {{"2026-01-20", 'c', ALL16, .approved = "2026-03-10"},
		      {"2026-03-10", 'c', ALL16}},
	 .want = ""},
	{"minutes: no next meeting yet", MINUTES,
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-06-09", 'p'}},
	 .want = ""},
	{"minutes: tonight's meeting has not taken place yet", MINUTES,
	 .now = "2026-03-10 20:00",
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-03-10", 'o', ALL16}},
	 .want = ""},
	{"minutes: a planned meeting that never took place is skipped",
	 MINUTES,
	 .meetings = {{"2026-01-20", 'c', ALL16}, {"2026-02-17", 'p'},
		      {"2026-03-10", 'c', ALL16}},
	 .want = "WARN follow-up/minutes-unapproved 1",
	 .texts = {"the minutes of meeting 1 (2026-01-20) were not approved at "
		   "the next meeting 3 (2026-03-10)"}},
	{"minutes: only the year checked", MINUTES,
	 .meetings = {{"2025-09-16", 'c', ALL16}, {"2026-01-20", 'c', ALL16},
		      {"2026-03-10", 'c', ALL16}},
	 .want = "WARN follow-up/minutes-unapproved 2"},
	{"minutes: a past year, next meeting in the new year", MINUTES,
	 .year = 2025,
	 .meetings = {{"2025-09-16", 'c', ALL16}, {"2026-01-20", 'c', ALL16},
		      {"2026-03-10", 'c', ALL16}},
	 .want = "WARN follow-up/minutes-unapproved 1",
	 .texts = {"the minutes of meeting 1 (2025-09-16) were not approved at "
		   "the next meeting 2 (2026-01-20)"}},
	{"minutes: a meeting without attendance still has minutes", MINUTES,
	 .meetings = {{"2026-01-20", 'c', ""}, {"2026-03-10", 'c', ALL16}},
	 .want = "WARN follow-up/minutes-unapproved 1"},

	/* ---- everything together ------------------------------------------------ */
	{"all: a healthy body says nothing", ALL,
	 .meetings = {{"2025-06-10", 'c', ALL16, .approved = "2025-09-16"},
		      {"2025-09-16", 'c', BUT16, .approved = "2026-01-20"},
		      {"2026-01-20", 'c', "09:00 x16 " BUT16,
		       .approved = "2026-03-10"},
		      {"2026-03-10", 'c', ALL16},
		      {"2026-06-09", 'p'}},
	 .want = ""},
	{"all: a healthy body with a meeting in progress tonight", ALL,
	 .now = "2026-03-10 20:15",
	 .meetings = {{"2025-06-10", 'c', ALL16, .approved = "2025-09-16"},
		      {"2025-09-16", 'c', ALL16, .approved = "2026-01-20"},
		      {"2026-01-20", 'c', ALL16},
		      {"2026-03-10", 'o', "19:30 +1..13 20:00 -2 20:05 +16"},
		      {"2026-06-09", 'p'}},
	 .want = ""},
	{"all: ALERT, WARN, NOTE, then pool … follow-up", ALL,
	 .people = "1-6@1 7-11@2",
	 .meetings = {{"2025-06-10", 'c', "09:00 x9 19:30 +1..8 +10", "21:30", 5,
		       "2025-09-16"},
		      {"2025-09-16", 'c', "09:00 x9 19:30 +1..8 +10", "21:30", 5},
		      {"2026-01-20", 'c', "09:00 x9 x4..8 x10 19:30 +1..3",
		       "21:30", 5},
		      {"2026-03-10", 'c',
		       "09:00 x9 19:30 +1..8 +10 20:00 -1..6 20:20 +1..6",
		       "21:30", 5}},
	 .want = "ALERT pool/pool-below-minimum 0; "
		 "ALERT municipality/municipality-no-clients 3; "
		 "WARN meetings/meetings-below-target 0; "
		 "WARN meetings/meetings-none-planned 0; "
		 "WARN quorum/quorum-never-reached 3; "
		 "WARN members/member-absent-streak 11; "
		 "WARN members/term 11; "
		 "WARN follow-up/minutes-unapproved 3; "
		 "NOTE quorum/quorum-lost 4; "
		 "NOTE members/member-not-attended 9",
	 .texts = {"only 11 active clients, fewer than the quorum of 12: no "
		   "meeting can be quorate",
		   "Cc has no active clients: it cannot be represented",
		   "2 meetings held or planned in 2026; the target is 3",
		   "no next meeting is planned",
		   "meeting 3 (2026-01-20) was held without quorum (highest "
		   "3/5)",
		   "P11 missed the last 4 meetings without notice: call them?",
		   "P11 was absent without notice at 2 of the 2 meetings held "
		   "in 2026 (the limit is 50%): consider a replacement",
		   "the minutes of meeting 3 (2026-01-20) were not approved at "
		   "the next meeting 4 (2026-03-10)",
		   "meeting 4 (2026-03-10) lost its quorum 20:00–20:20 (20 min "
		   "in all)",
		   "P9 has not attended a meeting in 12 months: call them?"}},
	{"all: stable within a category", ALL,
	 .meetings = {{"2025-06-10", 'c', ALL16, .approved = "2025-09-16"},
		      {"2025-09-16", 'c', "19:30 +1..14", .approved = "2026-01-20"},
		      {"2026-01-20", 'c', "19:30 +1..11", .approved = "2026-03-10"},
		      {"2026-03-10", 'c', "19:30 +1..10"},
		      {"2026-06-09", 'p'}},
	 .want = "WARN quorum/quorum-never-reached 3; "
		 "WARN quorum/quorum-never-reached 4; "
		 "WARN quorum/attendance-falling 0; "
		 "WARN members/member-absent-streak 15; "
		 "WARN members/member-absent-streak 16; "
		 "WARN members/term 11; "
		 "WARN members/term 12; WARN members/term 13; "
		 "WARN members/term 14; WARN members/term 15; "
		 "WARN members/term 16",
	 .texts = {NULL, NULL,
		   "attendance is falling: 16, 14, 11, 10 clients at the last 4 "
		   "meetings"}},
	{"all: a past year gets only its meeting rules", ALL, .year = 2025,
	 .people = "1-11",
	 .meetings = {{"2025-06-10", 'c', "19:30 +1..11", "21:30", 10},
		      {"2025-09-16", 'c', "19:30 +1..11 20:00 -1..2 20:15 +1..2",
		       "21:30", 10},
		      {"2026-01-20", 'c', "19:30 +1..3", "21:30", 10}},
	 .want = "WARN meetings/meetings-below-target 0; "
		 "WARN follow-up/minutes-unapproved 1; "
		 "WARN follow-up/minutes-unapproved 2; "
		 "NOTE quorum/quorum-lost 2"},
	{"term: ends within term_warning_weeks, renewable", TERMS,
	 .now = "2026-03-01 09:00", .people = "1-3",
	 .terms = "1:2022-04-01 2:2022-06-01 3:2022-04-27",
	 .want = "WARN members/term 1; WARN members/term 3",
	 .texts = {"the term of office of P1 ends on 2026-03-31, in 30 days: "
		   "reappoint them or find a successor",
		   "the term of office of P3 ends on 2026-04-26, in 56 days: "
		   "reappoint them or find a successor"}},
	{"term: ends soon with no reappointment left", TERMS,
	 .now = "2026-03-01 09:00", .people = "1",
	 .terms = "1:2018-04-01 1:2022-04-01",
	 .want = "WARN members/term 1",
	 .texts = {"the term of office of P1 ends on 2026-03-31, in 30 days, "
		   "and no reappointment is left: find a successor"}},
	{"term: 0 reappointments allowed means no limit", TERMS,
	 .now = "2026-03-01 09:00", .people = "1",
	 .settings = "term_reappointments=0",
	 .terms = "1:2014-04-01 1:2018-04-01 1:2022-04-01",
	 .want = "WARN members/term 1",
	 .texts = {"the term of office of P1 ends on 2026-03-31, in 30 days: "
		   "reappoint them or find a successor"}},
	{"term: ended while still in office", TERMS,
	 .now = "2026-03-01 09:00", .people = "1 2!2026-01-01",
	 .terms = "1:2021-01-01:2025-12-31 2:2021-01-01:2025-12-31",
	 .want = "WARN members/term 1",
	 .texts = {"P1 is still in office, but their term ended on 2025-12-31: "
		   "reappoint or deactivate them"}},
	{"term: term_warning_weeks and term_years are settings", TERMS,
	 .now = "2026-03-01 09:00", .people = "1-2",
	 .settings = "term_warning_weeks=2 term_years=3",
	 .terms = "1:2023-03-10 2:2023-04-01",
	 .want = "WARN members/term 1",
	 .texts = {"the term of office of P1 ends on 2026-03-09, in 8 days: "
		   "reappoint them or find a successor"}},
	{"term: a municipality that left gets no warnings", TERMS,
	 .now = "2026-03-01 09:00", .munis = "1:1 -2:1", .people = "1@2 5@1",
	 .terms = "1:2021-01-01:2025-12-31",
	 .meetings = {{"2026-01-20", 'c', "19:30 +5"},
		      {"2026-02-10", 'c', "19:30 +5"}},
	 .want = ""},
	{"term: a past year gets no term warnings", TERMS, .year = 2025,
	 .now = "2026-03-01 09:00", .people = "1",
	 .terms = "1:2021-01-01:2025-12-31",
	 .want = ""},
	{"term: absent at half the year's meetings", TERMS,
	 .now = "2026-06-01 09:00", .people = "1-3",
	 .meetings = {{"2026-01-20", 'c', "19:30 +2 +3"},
		      {"2026-02-10", 'c', "19:30 +1 +2 +3"},
		      {"2026-03-10", 'c', "19:30 +2 +3"},
		      {"2026-04-14", 'c', "19:30 +1 +2"}},
	 .want = "WARN members/term 1",
	 .texts = {"P1 was absent without notice at 2 of the 4 meetings held "
		   "in 2026 (the limit is 50%): consider a replacement"}},
	{"term: one absence at half the year's meetings is enough", TERMS,
	 .now = "2026-06-01 09:00", .people = "1-2",
	 .meetings = {{"2026-01-20", 'c', "19:30 +2"},
		      {"2026-02-10", 'c', "19:30 +1 +2"}},
	 .want = "WARN members/term 1",
	 .texts = {"P1 was absent without notice at 1 of the 2 meetings held "
		   "in 2026 (the limit is 50%): consider a replacement"}},
	{"term: one absence of one meeting held is all of them", TERMS,
	 .now = "2026-06-01 09:00", .people = "1-2",
	 .meetings = {{"2026-01-20", 'c', "19:30 +2"}},
	 .want = "WARN members/term 1",
	 .texts = {"P1 was absent without notice at 1 of the 1 meeting held "
		   "in 2026 (the limit is 50%): consider a replacement"}},
	{"term: one absence of three is below half", TERMS,
	 .now = "2026-06-01 09:00", .people = "1-2",
	 .meetings = {{"2026-01-20", 'c', "19:30 +2"},
		      {"2026-02-10", 'c', "19:30 +1 +2"},
		      {"2026-03-10", 'c', "19:30 +1 +2"}},
	 .want = ""},
	{"term: no meeting held is no absence", TERMS,
	 .now = "2026-06-01 09:00", .people = "1-2",
	 .want = ""},
	{"term: apologies are no absence; absence_share_limit", TERMS,
	 .now = "2026-06-01 09:00", .people = "1-2",
	 .settings = "absence_share_limit=0.4",
	 .meetings = {{"2026-01-20", 'c', "09:00 x1 19:30 +2"},
		      {"2026-02-10", 'c', "19:30 +2"},
		      {"2026-03-10", 'c', "19:30 +2"},
		      {"2026-04-14", 'c', "19:30 +1 +2"},
		      {"2026-05-12", 'c', "19:30 +1 +2"}},
	 .want = "WARN members/term 1",
	 .texts = {"P1 was absent without notice at 2 of the 5 meetings held "
		   "in 2026 (the limit is 40%): consider a replacement"}},
	{"term: absences before joining do not count", TERMS,
	 .now = "2026-06-01 09:00", .people = "1+2026-03-01 2",
	 .meetings = {{"2026-01-20", 'c', "19:30 +2"},
		      {"2026-02-10", 'c', "19:30 +2"},
		      {"2026-03-10", 'c', "19:30 +1 +2"}},
	 .want = ""},
};

int main(void)
{
	struct CMUnitTest tests[sizeof cases / sizeof *cases];
	size_t n = 0;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++, n++) {
		tests[n] = (struct CMUnitTest)cmocka_unit_test(run_case);
		tests[n].name = cases[i].name;
		tests[n].initial_state = (void *)&cases[i];
	}
	return _cmocka_run_group_tests("continuity", tests, n, NULL, NULL);
}
