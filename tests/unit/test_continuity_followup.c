/* test_continuity_followup.c — the follow-up rules of `check`: overdue
 * action items and advice answered late or not at all, case by case, with
 * dates around month ends, New Year and 29 February. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "continuity.h"
#include "history.h"
#include "record_rules.h"
#include "settings.h"

enum subject { ACTION, ADVICE };

struct followup_case {
	const char *name;
	const char *today;
	int year;                 /* the year checked; 0: today's */
	enum subject what;
	/* an action */
	const char *due;          /* also the advice's answer deadline */
	enum action_status status;
	const char *closed_on;
	const char *owner;
	const char *text;         /* description or subject */
	/* an advice */
	const char *sent;
	const char *answered;
	/* expected: nothing when level is NULL */
	const char *level;
	const char *code;
	const char *expect;
};

#define BRIEVEN "Navragen hoe de GR brieven laat testen"
#define LONG_WORDS "Navragen bij de gemeente waarom de brieven over de " \
	"energietoeslag zo laat kwamen"
#define LONG_WORD "Bel de Klantcontactcentrumbereikbaarheidsverbeterings" \
	"projectleider terug"
#define TELEFOON "Wachttijden aan de telefoon"

static const struct followup_case cases[] = {
	/* ---- action items ---- */
	{.name = "action due yesterday warns", .today = "2026-03-10",
	 .what = ACTION, .due = "2026-03-09", .owner = "GR", .text = BRIEVEN,
	 .level = "WARN", .code = "action-overdue",
	 .expect = "action 1 (GR) was due 2026-03-09: " BRIEVEN},
	{.name = "action due today is not overdue yet", .today = "2026-03-10",
	 .what = ACTION, .due = "2026-03-10", .owner = "GR", .text = BRIEVEN},
	{.name = "action without owner", .today = "2026-03-10", .what = ACTION,
	 .due = "2026-02-15", .text = BRIEVEN, .level = "WARN",
	 .code = "action-overdue",
	 .expect = "action 1 was due 2026-02-15: " BRIEVEN},
	{.name = "done action is not overdue", .today = "2026-03-10",
	 .what = ACTION, .due = "2026-02-15", .status = ACTION_DONE,
	 .closed_on = "2026-03-01", .text = BRIEVEN},
	{.name = "dropped action is not overdue", .today = "2026-03-10",
	 .what = ACTION, .due = "2026-02-15", .status = ACTION_DROPPED,
	 .closed_on = "2026-02-20", .text = BRIEVEN},
	{.name = "action without due date is never overdue",
	 .today = "2026-03-10", .what = ACTION, .text = BRIEVEN},
	{.name = "action over New Year", .today = "2026-01-01", .what = ACTION,
	 .due = "2025-12-31", .owner = "Zoë de Vries", .text = BRIEVEN,
	 .level = "WARN", .code = "action-overdue",
	 .expect = "action 1 (Zoë de Vries) was due 2025-12-31: " BRIEVEN},
	{.name = "action due on the last day of January",
	 .today = "2026-02-01", .what = ACTION, .due = "2026-01-31",
	 .text = BRIEVEN, .level = "WARN", .code = "action-overdue",
	 .expect = "action 1 was due 2026-01-31: " BRIEVEN},
	{.name = "action due 28 February in a leap year, on the 29th",
	 .today = "2028-02-29", .what = ACTION, .due = "2028-02-28",
	 .text = BRIEVEN, .level = "WARN", .code = "action-overdue",
	 .expect = "action 1 was due 2028-02-28: " BRIEVEN},
	{.name = "action due 29 February, on that day", .today = "2028-02-29",
	 .what = ACTION, .due = "2028-02-29", .text = BRIEVEN},
	{.name = "checking a past year says nothing about actions",
	 .today = "2026-03-10", .year = 2025, .what = ACTION,
	 .due = "2025-06-01", .text = BRIEVEN},
	{.name = "long description cut between words", .today = "2026-03-10",
	 .what = ACTION, .due = "2026-03-01", .text = LONG_WORDS,
	 .level = "WARN", .code = "action-overdue",
	 .expect = "action 1 was due 2026-03-01: Navragen bij de gemeente "
		   "waarom de brieven over…"},
	{.name = "long word cut inside the word", .today = "2026-03-10",
	 .what = ACTION, .due = "2026-03-01", .text = LONG_WORD,
	 .level = "WARN", .code = "action-overdue",
	 .expect = "action 1 was due 2026-03-01: Bel de "
		   "Klantcontactcentrumbereikbaarheidsverbeter…"},
	/* ---- advice ---- */
	{.name = "advice unanswered past its due date warns",
	 .today = "2026-03-10", .what = ADVICE, .text = TELEFOON,
	 .sent = "2026-01-20", .due = "2026-03-03", .level = "WARN",
	 .code = "advice-unanswered",
	 .expect = "advice 1 \"" TELEFOON "\" has no answer; it was due "
		   "2026-03-03"},
	{.name = "advice due today is not overdue yet", .today = "2026-03-03",
	 .what = ADVICE, .text = TELEFOON, .sent = "2026-01-20",
	 .due = "2026-03-03"},
	{.name = "advice answered in time", .today = "2026-03-10",
	 .what = ADVICE, .text = TELEFOON, .sent = "2026-01-20",
	 .due = "2026-03-03", .answered = "2026-03-03"},
	{.name = "advice answered one day late", .today = "2026-03-10",
	 .what = ADVICE, .text = TELEFOON, .sent = "2026-01-20",
	 .due = "2026-03-03", .answered = "2026-03-04", .level = "NOTE",
	 .code = "advice-late",
	 .expect = "the answer to advice 1 \"" TELEFOON "\" came 1 day late"},
	{.name = "advice due 28 February 2028, answered on 1 March",
	 .today = "2028-03-10", .what = ADVICE, .text = TELEFOON,
	 .sent = "2028-01-17", .due = "2028-02-28", .answered = "2028-03-01",
	 .level = "NOTE", .code = "advice-late",
	 .expect = "the answer to advice 1 \"" TELEFOON "\" came 2 days late"},
	{.name = "last year's late answer is not this year's news",
	 .today = "2026-03-10", .what = ADVICE, .text = TELEFOON,
	 .sent = "2025-09-20", .due = "2025-11-01", .answered = "2025-11-10"},
	{.name = "checking that past year shows its late answer",
	 .today = "2026-03-10", .year = 2025, .what = ADVICE,
	 .text = TELEFOON, .sent = "2025-09-20", .due = "2025-11-01",
	 .answered = "2025-11-10", .level = "NOTE", .code = "advice-late",
	 .expect = "the answer to advice 1 \"" TELEFOON "\" came 9 days late"},
	{.name = "checking a past year says nothing about open advice",
	 .today = "2026-03-10", .year = 2025, .what = ADVICE,
	 .text = TELEFOON, .sent = "2025-10-20", .due = "2025-12-01"},
	{.name = "advice answered late after New Year", .today = "2026-01-05",
	 .what = ADVICE, .text = TELEFOON, .sent = "2025-11-19",
	 .due = "2025-12-31", .answered = "2026-01-02", .level = "NOTE",
	 .code = "advice-late",
	 .expect = "the answer to advice 1 \"" TELEFOON "\" came 2 days late"},
};

static struct nl_date date_of(const char *text)
{
	struct nl_date d = {0, 0, 0};
	if (text)
		assert_true(nl_parse_date(text, &d));
	return d;
}

static void history_for(const struct followup_case *c, struct history *h,
			struct action_item *action, struct advice *advice)
{
	memset(h, 0, sizeof *h);
	settings_defaults(&h->settings);
	h->today = date_of(c->today);
	if (c->what == ACTION) {
		memset(action, 0, sizeof *action);
		action->id = 1;
		action->origin = (struct meeting_key){date_of("2025-01-01"), -1, 1};
		action->due = date_of(c->due);
		action->status = c->status;
		action->closed_on = date_of(c->closed_on);
		snprintf(action->owner, sizeof action->owner, "%s",
			 c->owner ? c->owner : "");
		snprintf(action->description, sizeof action->description, "%s",
			 c->text);
		h->actions = action;
		h->n_actions = 1;
	} else {
		memset(advice, 0, sizeof *advice);
		advice->id = 1;
		advice->kind = ADVICE_SOLICITED;
		snprintf(advice->subject, sizeof advice->subject, "%s", c->text);
		advice->sent_on = date_of(c->sent);
		advice->response_due = date_of(c->due);
		advice->answered_on = date_of(c->answered);
		if (c->answered)
			snprintf(advice->answer, sizeof advice->answer, "Ja.");
		h->advice = advice;
		h->n_advice = 1;
	}
}

static void run_case(void **state)
{
	const struct followup_case *c = *state;
	struct history h;
	struct action_item action;
	struct advice advice;
	struct warning_list out;
	memset(&out, 0, sizeof out);
	history_for(c, &h, &action, &advice);
	int year = c->year ? c->year : h.today.year;
	if (c->what == ACTION)
		rule_open_actions(&h, year, &out);
	else
		rule_advice_answers(&h, year, &out);
	if (!c->level) {
		if (out.n)
			print_message("unexpected: %s\n", out.items[0].text);
		assert_int_equal(out.n, 0);
	} else {
		assert_int_equal(out.n, 1);
		assert_string_equal(warning_level_key(out.items[0].level),
				    c->level);
		assert_string_equal(out.items[0].category, "follow-up");
		assert_string_equal(out.items[0].code, c->code);
		assert_int_equal(out.items[0].subject, 1);
		assert_string_equal(out.items[0].text, c->expect);
	}
	warning_list_free(&out);
}

/* continuity_check runs both rules and sorts them after the others. */
static void check_includes_follow_up(void **state)
{
	(void)state;
	struct history h;
	struct action_item action;
	struct advice advice;
	struct warning_list out;
	struct nl_error err = {0};
	history_for(&cases[0], &h, &action, &advice);
	history_for(&cases[13], &h, &action, &advice);
	h.actions = &action;
	h.n_actions = 1;
	assert_int_equal(continuity_check(&h, 2026, &out, &err), NL_OK);
	size_t found = 0;
	for (size_t i = 0; i < out.n; i++) {
		if (strcmp(out.items[i].category, "follow-up") != 0)
			continue;
		found++;
		assert_true(strcmp(out.items[i].code, "action-overdue") == 0 ||
			    strcmp(out.items[i].code, "advice-unanswered") == 0);
	}
	assert_int_equal(found, 2);
	warning_list_free(&out);
}

/* ---- decisions and advice without quorum ---------------------------------------- */

struct quorumless_case {
	const char *name;
	int year;            /* the year checked */
	bool quorum_reached; /* the meeting of 2026-02-10 reached it */
	bool decision;       /* item 2 was decided without quorum */
	bool advice;         /* advice 1 names the meeting */
	const char *expect[2]; /* the warnings' codes and texts, in order */
};

static const struct quorumless_case quorumless_cases[] = {
	{"quorumless: a decision without quorum warns", 2026, true, true,
	 false,
	 {"decision-without-quorum: the decision on item 2 of meeting 4 "
	  "(2026-02-10) was taken without quorum"}},
	{"quorumless: advice from a meeting held without quorum warns", 2026,
	 false, false, true,
	 {"advice-without-quorum: advice 1 \"" TELEFOON "\" was sent from "
	  "meeting 4 (2026-02-10), which was held without quorum"}},
	{"quorumless: both", 2026, false, true, true,
	 {"decision-without-quorum: the decision on item 2 of meeting 4 "
	  "(2026-02-10) was taken without quorum",
	  "advice-without-quorum: advice 1 \"" TELEFOON "\" was sent from "
	  "meeting 4 (2026-02-10), which was held without quorum"}},
	{"quorumless: advice from a quorate meeting says nothing", 2026, true,
	 false, true, {NULL}},
	{"quorumless: another year says nothing", 2025, false, true, true,
	 {NULL}},
};

static void quorumless_case(void **state)
{
	const struct quorumless_case *c = *state;
	struct history h;
	struct meeting_history m;
	struct person_attendance present = {.person_id = 1, .visits = 1};
	struct quorumless_decision d = {4, 2, 0};
	struct advice advice;
	struct warning_list out;
	char text[640];
	memset(&h, 0, sizeof h);
	memset(&m, 0, sizeof m);
	memset(&advice, 0, sizeof advice);
	memset(&out, 0, sizeof out);
	settings_defaults(&h.settings);
	h.today = date_of("2026-03-10");
	m.meeting.id = 4;
	m.meeting.date = date_of("2026-02-10");
	m.meeting.status = MEETING_CLOSED;
	m.held = true;
	m.attendance = &present;
	m.n_attendance = 1;
	m.timeline.first_met = c->quorum_reached ? 1 : 0;
	h.meetings = &m;
	h.n_meetings = 1;
	if (c->decision) {
		h.quorumless = &d;
		h.n_quorumless = 1;
	}
	advice.id = 1;
	snprintf(advice.subject, sizeof advice.subject, "%s", TELEFOON);
	advice.meeting_id = c->advice ? 4 : 0;
	h.advice = &advice;
	h.n_advice = 1;
	rule_quorumless_record(&h, c->year, &out);
	size_t want = 0;
	while (want < 2 && c->expect[want])
		want++;
	assert_int_equal(out.n, want);
	for (size_t i = 0; i < want; i++) {
		snprintf(text, sizeof text, "%s: %s", out.items[i].code,
			 out.items[i].text);
		assert_string_equal(text, c->expect[i]);
		assert_string_equal(warning_level_key(out.items[i].level),
				    "WARN");
		assert_string_equal(out.items[i].category, "quorum");
	}
	warning_list_free(&out);
}

int main(void)
{
	struct CMUnitTest tests[sizeof cases / sizeof *cases +
				sizeof quorumless_cases / sizeof *quorumless_cases +
				1];
	size_t n = 0;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++, n++) {
		tests[n] = (struct CMUnitTest)cmocka_unit_test(run_case);
		tests[n].name = cases[i].name;
		tests[n].initial_state = (void *)&cases[i];
	}
	for (size_t i = 0;
	     i < sizeof quorumless_cases / sizeof *quorumless_cases; i++, n++) {
		tests[n] = (struct CMUnitTest)cmocka_unit_test(quorumless_case);
		tests[n].name = quorumless_cases[i].name;
		tests[n].initial_state = (void *)&quorumless_cases[i];
	}
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(
		check_includes_follow_up);
	return _cmocka_run_group_tests("continuity follow-up", tests, n, NULL,
				       NULL);
}
