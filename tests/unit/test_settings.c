/* test_settings.c — defaults, validation of every key, role lists, and a
 * tolerance that means the same under every numeric locale. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "settings.h"

#define BIT(r) ROLE_BIT(ROLE_##r)

static void defaults_are_the_documented_ones(void **state)
{
	(void)state;
	struct settings s;
	memset(&s, 0x5A, sizeof s);
	settings_defaults(&s);
	assert_string_equal(s.gr_name, "");
	assert_int_equal(s.quorum_min, 12);
	assert_int_equal(s.counting_roles, BIT(CLIENT));
	assert_true(s.balance_tolerance == 1.0);
	assert_int_equal(s.meetings_per_year, 3);
	assert_int_equal(s.absence_limit, 3);
	assert_int_equal(s.advice_response_weeks, 6);
	assert_int_equal(s.pool_margin, 3);
	assert_int_equal(s.trend_meetings, 4);
	assert_int_equal(s.term_years, 4);
	assert_int_equal(s.term_reappointments, 1);
	assert_int_equal(s.term_warning_weeks, 8);
	assert_true(s.absence_share_limit == 0.5);
	assert_true(s.bell);
	assert_false(s.minutes_times);
	assert_int_equal(s.invitation_days, 10);
	assert_int_equal(s.item_deadline_days, 14);
	for (int r = 0; r < ROLE_COUNT; r++)
		assert_int_equal(s.allowance_cents[r], 0);
	assert_int_equal(s.allowance_cap_month_cents, 21000);
	assert_int_equal(s.allowance_cap_year_cents, 210000);
}

static void every_key_is_listed_with_help(void **state)
{
	(void)state;
	static const char *const keys[] = {
		"gr_name",        "quorum_min",    "counting_roles",
		"balance_tolerance", "meetings_per_year", "absence_limit",
		"advice_response_weeks", "pool_margin", "trend_meetings",
		"term_years", "term_reappointments", "term_warning_weeks",
		"absence_share_limit", "bell", "minutes_times", "invitation_days",
		"item_deadline_days", "allowance_per_meeting.client",
		"allowance_per_meeting.representative",
		"allowance_per_meeting.chair",
		"allowance_per_meeting.secretary",
		"allowance_per_meeting.official", "allowance_per_meeting.asd",
		"allowance_per_meeting.guest", "allowance_per_meeting.stand-in",
		"allowance_cap_month", "allowance_cap_year"};
	assert_int_equal(settings_key_count(), sizeof keys / sizeof *keys);
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
		assert_string_equal(settings_key_at(i), keys[i]);
		assert_non_null(settings_key_help(keys[i]));
	}
	assert_null(settings_key_at(settings_key_count()));
	assert_null(settings_key_help("quorum"));
}

/* ---- settings_apply, key by key -------------------------------------------- */

enum field {
	F_NONE, F_GR, F_QUORUM, F_ROLES, F_TOLERANCE, F_MEETINGS, F_ABSENCE,
	F_ADVICE, F_POOL, F_TREND, F_BELL, F_TERM_YEARS, F_REAPPOINT,
	F_TERM_WARN, F_SHARE
};

struct apply_case {
	const char *name;
	const char *key, *value;
	const char *why;   /* NULL: accepted */
	enum field field;
	double want;       /* the field afterwards (numbers, masks, bell) */
	const char *text;  /* F_GR: the name afterwards */
};

#define WHOLE "must be a whole number"
#define PEOPLE "must be a number of people, 0 or more"
#define ONOFF "must be on or off"
#define ROLES                                                                \
	"must be a comma-separated list of roles (client, representative, "  \
	"chair, secretary, official, asd, guest, stand-in)"
#define SHARE "must be a share above 0 and at most 1, such as 0.5"
#define OK NULL

#define S10(x) x x x x x x x x x x
#define A100 S10(S10("a"))

static const struct apply_case apply_cases[] = {
	{"quorum_min 12", "quorum_min", "12", OK, F_QUORUM, 12, NULL},
	{"quorum_min 1, the smallest", "quorum_min", "1", OK, F_QUORUM, 1, NULL},
	{"quorum_min 1000, the largest", "quorum_min", "1000", OK, F_QUORUM, 1000,
	 NULL},
	{"quorum_min leading zero", "quorum_min", "012", OK, F_QUORUM, 12, NULL},
	{"quorum_min 0", "quorum_min", "0", WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min abc", "quorum_min", "abc", WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min 12x", "quorum_min", "12x", WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min 1001", "quorum_min", "1001", WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min leading space", "quorum_min", " 12", WHOLE, F_QUORUM, 0,
	 NULL},
	{"quorum_min plus sign", "quorum_min", "+12", WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min trailing space", "quorum_min", "12 ", WHOLE, F_QUORUM, 0,
	 NULL},
	{"quorum_min negative", "quorum_min", "-3", WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min empty", "quorum_min", "", WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min decimal", "quorum_min", "12.0", WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min exponent", "quorum_min", "1e2", WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min hex", "quorum_min", "0x10", WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min overflows long", "quorum_min", "99999999999999999999999",
	 WHOLE, F_QUORUM, 0, NULL},
	{"quorum_min wraps int", "quorum_min", "4294967308", WHOLE, F_QUORUM, 0,
	 NULL},

	{"counting_roles client", "counting_roles", "client", OK, F_ROLES,
	 BIT(CLIENT), NULL},
	{"counting_roles client,guest", "counting_roles", "client,guest", OK,
	 F_ROLES, BIT(CLIENT) | BIT(GUEST), NULL},
	{"counting_roles Dutch cliënt", "counting_roles", "cliënt", OK, F_ROLES,
	 BIT(CLIENT), NULL},
	{"counting_roles any case", "counting_roles", "CLIËNT,Voorzitter", OK,
	 F_ROLES, BIT(CLIENT) | BIT(CHAIR), NULL},
	{"counting_roles space separated", "counting_roles",
	 "client representative", OK, F_ROLES,
	 BIT(CLIENT) | BIT(REPRESENTATIVE), NULL},
	{"counting_roles repeated and empty items", "counting_roles",
	 "asd,,asd, official", OK, F_ROLES, BIT(ASD) | BIT(OFFICIAL), NULL},
	{"counting_roles all seven", "counting_roles",
	 "client,representative,chair,secretary,official,asd,guest", OK,
	 F_ROLES, 127, NULL},
	{"counting_roles nobody", "counting_roles", "nobody", ROLES, F_ROLES, 0,
	 NULL},
	{"counting_roles one unknown among good ones", "counting_roles",
	 "client,nobody", ROLES, F_ROLES, 0, NULL},
	{"counting_roles without accent is another word", "counting_roles",
	 "clients", ROLES, F_ROLES, 0, NULL},
	{"counting_roles empty", "counting_roles", "", "needs at least one role",
	 F_ROLES, 0, NULL},
	{"counting_roles only commas", "counting_roles", " , ,",
	 "needs at least one role", F_ROLES, 0, NULL},
	/* Found by fuzz_settings: past 255 bytes the end was never read
	 * (a tab in it was stored and printed raw). */
	{"counting_roles good roles, then a bad one past 255 bytes",
	 "counting_roles", S10("asd,asd,asd,asd,asd,asd,") "asd,asd,asd,asd,x\tx",
	 "is too long", F_ROLES, 0, NULL},
	{"counting_roles 255 bytes of good roles", "counting_roles",
	 S10("asd,asd,asd,asd,asd,asd,") "asd,asd,asd,ASD", OK,
	 F_ROLES, BIT(ASD), NULL},

	{"bell on", "bell", "on", OK, F_BELL, 1, NULL},
	{"bell off", "bell", "off", OK, F_BELL, 0, NULL},
	{"bell ja", "bell", "ja", OK, F_BELL, 1, NULL},
	{"bell nee", "bell", "nee", OK, F_BELL, 0, NULL},
	{"bell aan", "bell", "aan", OK, F_BELL, 1, NULL},
	{"bell uit", "bell", "uit", OK, F_BELL, 0, NULL},
	{"bell yes", "bell", "yes", OK, F_BELL, 1, NULL},
	{"bell no", "bell", "no", OK, F_BELL, 0, NULL},
	{"bell true", "bell", "true", OK, F_BELL, 1, NULL},
	{"bell false", "bell", "false", OK, F_BELL, 0, NULL},
	{"bell 1", "bell", "1", OK, F_BELL, 1, NULL},
	{"bell 0", "bell", "0", OK, F_BELL, 0, NULL},
	{"bell maybe", "bell", "maybe", ONOFF, F_BELL, 0, NULL},
	{"bell empty", "bell", "", ONOFF, F_BELL, 0, NULL},
	{"bell upper case", "bell", "ON", ONOFF, F_BELL, 0, NULL},

	{"balance_tolerance 0.5", "balance_tolerance", "0.5", OK, F_TOLERANCE,
	 0.5, NULL},
	{"balance_tolerance 0", "balance_tolerance", "0", OK, F_TOLERANCE, 0,
	 NULL},
	{"balance_tolerance 2.25", "balance_tolerance", "2.25", OK, F_TOLERANCE,
	 2.25, NULL},
	{"balance_tolerance 1000", "balance_tolerance", "1000", OK, F_TOLERANCE,
	 1000, NULL},
	{"balance_tolerance -1", "balance_tolerance", "-1", PEOPLE, F_TOLERANCE,
	 0, NULL},
	{"balance_tolerance nan", "balance_tolerance", "nan", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	{"balance_tolerance inf", "balance_tolerance", "inf", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	{"balance_tolerance Dutch comma", "balance_tolerance", "0,5", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	{"balance_tolerance 1001", "balance_tolerance", "1001", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	{"balance_tolerance trailing text", "balance_tolerance", "1.5x", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	{"balance_tolerance empty", "balance_tolerance", "", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	{"balance_tolerance a word", "balance_tolerance", "one", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	{"balance_tolerance overflow", "balance_tolerance", "1e999", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	/* Stored as typed: a blank before it would reach `config get`. */
	{"balance_tolerance leading tab", "balance_tolerance", "\t0", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	{"balance_tolerance leading space", "balance_tolerance", " 1", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	{"balance_tolerance plus sign", "balance_tolerance", "+1", PEOPLE,
	 F_TOLERANCE, 0, NULL},
	{"balance_tolerance .5", "balance_tolerance", ".5", OK, F_TOLERANCE,
	 0.5, NULL},

	{"meetings_per_year 1", "meetings_per_year", "1", OK, F_MEETINGS, 1,
	 NULL},
	{"meetings_per_year 52", "meetings_per_year", "52", OK, F_MEETINGS, 52,
	 NULL},
	{"meetings_per_year 0", "meetings_per_year", "0", WHOLE, F_MEETINGS, 0,
	 NULL},
	{"meetings_per_year 53", "meetings_per_year", "53", WHOLE, F_MEETINGS,
	 0, NULL},
	{"absence_limit 1", "absence_limit", "1", OK, F_ABSENCE, 1, NULL},
	{"absence_limit 100", "absence_limit", "100", OK, F_ABSENCE, 100, NULL},
	{"absence_limit 0", "absence_limit", "0", WHOLE, F_ABSENCE, 0, NULL},
	{"absence_limit 101", "absence_limit", "101", WHOLE, F_ABSENCE, 0, NULL},
	{"advice_response_weeks 104", "advice_response_weeks", "104", OK,
	 F_ADVICE, 104, NULL},
	{"advice_response_weeks 105", "advice_response_weeks", "105", WHOLE,
	 F_ADVICE, 0, NULL},
	{"advice_response_weeks 0", "advice_response_weeks", "0", WHOLE,
	 F_ADVICE, 0, NULL},
	{"pool_margin 0", "pool_margin", "0", OK, F_POOL, 0, NULL},
	{"pool_margin 1000", "pool_margin", "1000", OK, F_POOL, 1000, NULL},
	{"pool_margin 1001", "pool_margin", "1001", WHOLE, F_POOL, 0, NULL},
	{"pool_margin -1", "pool_margin", "-1", WHOLE, F_POOL, 0, NULL},
	{"trend_meetings 2", "trend_meetings", "2", OK, F_TREND, 2, NULL},
	{"trend_meetings 100", "trend_meetings", "100", OK, F_TREND, 100, NULL},
	{"trend_meetings 1", "trend_meetings", "1", WHOLE, F_TREND, 0, NULL},
	{"trend_meetings 101", "trend_meetings", "101", WHOLE, F_TREND, 0, NULL},

	{"gr_name trimmed", "gr_name", "  GR Sociaal Domein  ", OK, F_GR, 0,
	 "GR Sociaal Domein"},
	{"gr_name empty clears it", "gr_name", "", OK, F_GR, 0, ""},
	{"gr_name 100 characters", "gr_name", A100, OK, F_GR, 0, A100},
	{"gr_name 101 characters", "gr_name", A100 "a", "is too long", F_GR, 0,
	 NULL},
	{"gr_name with a tab", "gr_name", "GR\tWest", "contains a control "
	 "character", F_GR, 0, NULL},
	{"gr_name only spaces", "gr_name", "   ", "is empty", F_GR, 0, NULL},
	{"gr_name invalid UTF-8", "gr_name", "GR \xFF", "is not valid UTF-8",
	 F_GR, 0, NULL},

	{"term_years 4", "term_years", "4", OK, F_TERM_YEARS, 4, NULL},
	{"term_years 1, the shortest", "term_years", "1", OK, F_TERM_YEARS, 1,
	 NULL},
	{"term_years 0", "term_years", "0", WHOLE, F_TERM_YEARS, 0, NULL},
	{"term_years 21", "term_years", "21", WHOLE, F_TERM_YEARS, 0, NULL},
	{"term_reappointments 0: no limit", "term_reappointments", "0", OK,
	 F_REAPPOINT, 0, NULL},
	{"term_reappointments 2", "term_reappointments", "2", OK, F_REAPPOINT,
	 2, NULL},
	{"term_reappointments -1", "term_reappointments", "-1", WHOLE,
	 F_REAPPOINT, 0, NULL},
	{"term_warning_weeks 0", "term_warning_weeks", "0", OK, F_TERM_WARN, 0,
	 NULL},
	{"term_warning_weeks 105", "term_warning_weeks", "105", WHOLE,
	 F_TERM_WARN, 0, NULL},
	{"absence_share_limit 0.5", "absence_share_limit", "0.5", OK, F_SHARE,
	 0.5, NULL},
	{"absence_share_limit 1", "absence_share_limit", "1", OK, F_SHARE, 1,
	 NULL},
	{"absence_share_limit 0", "absence_share_limit", "0", SHARE, F_SHARE, 0,
	 NULL},
	{"absence_share_limit 1.5", "absence_share_limit", "1.5", SHARE,
	 F_SHARE, 0, NULL},
	{"absence_share_limit abc", "absence_share_limit", "abc", SHARE,
	 F_SHARE, 0, NULL},
	{"absence_share_limit leading newline", "absence_share_limit",
	 "\n0.5", SHARE, F_SHARE, 0, NULL},
	{"unknown key", "quorum", "12", "unknown setting", F_NONE, 0, NULL},
	{"empty key", "", "12", "unknown setting", F_NONE, 0, NULL},
	{"keys are case-sensitive", "Quorum_Min", "12", "unknown setting",
	 F_NONE, 0, NULL},
};

/* Puts the field out of its default's way, so that an accepted value is
 * seen to be written. */
static void scramble(struct settings *s, const struct apply_case *c)
{
	switch (c->field) {
	case F_GR: snprintf(s->gr_name, sizeof s->gr_name, "old name"); break;
	case F_QUORUM: s->quorum_min = 777; break;
	case F_ROLES: s->counting_roles = BIT(SECRETARY); break;
	case F_TOLERANCE: s->balance_tolerance = 123.0; break;
	case F_MEETINGS: s->meetings_per_year = 77; break;
	case F_ABSENCE: s->absence_limit = 77; break;
	case F_ADVICE: s->advice_response_weeks = 77; break;
	case F_POOL: s->pool_margin = 777; break;
	case F_TREND: s->trend_meetings = 77; break;
	case F_BELL: s->bell = c->want == 0; break;
	case F_TERM_YEARS: s->term_years = 77; break;
	case F_REAPPOINT: s->term_reappointments = 77; break;
	case F_TERM_WARN: s->term_warning_weeks = 777; break;
	case F_SHARE: s->absence_share_limit = 77.0; break;
	case F_NONE: break;
	}
}

static double field_value(const struct settings *s, enum field f)
{
	switch (f) {
	case F_QUORUM: return s->quorum_min;
	case F_ROLES: return s->counting_roles;
	case F_TOLERANCE: return s->balance_tolerance;
	case F_MEETINGS: return s->meetings_per_year;
	case F_ABSENCE: return s->absence_limit;
	case F_ADVICE: return s->advice_response_weeks;
	case F_POOL: return s->pool_margin;
	case F_TREND: return s->trend_meetings;
	case F_BELL: return s->bell;
	case F_TERM_YEARS: return s->term_years;
	case F_REAPPOINT: return s->term_reappointments;
	case F_TERM_WARN: return s->term_warning_weeks;
	case F_SHARE: return s->absence_share_limit;
	default: return 0;
	}
}

static void run_apply_case(void **state)
{
	const struct apply_case *c = *state;
	struct settings s, before;
	const char *why = "(untouched)";
	settings_defaults(&s);
	scramble(&s, c);
	before = s;
	bool ok = settings_apply(&s, c->key, c->value, &why);
	if (!c->why) {
		assert_true(ok);
		assert_string_equal(why, "(untouched)");
		if (c->field == F_GR)
			assert_string_equal(s.gr_name, c->text);
		else if (field_value(&s, c->field) != c->want)
			fail_msg("%s is %g, want %g", c->key,
				 field_value(&s, c->field), c->want);
	} else {
		assert_false(ok);
		assert_string_equal(why, c->why);
		/* A refused value changes nothing at all. */
		assert_memory_equal(&s, &before, sizeof s);
	}
}

static void failed_applies_change_nothing(void **state)
{
	(void)state;
	struct settings s, before;
	const char *why;
	settings_defaults(&s);
	assert_true(settings_apply(&s, "quorum_min", "9", &why));
	assert_true(settings_apply(&s, "counting_roles", "client,asd", &why));
	assert_true(settings_apply(&s, "balance_tolerance", "0.5", &why));
	assert_true(settings_apply(&s, "bell", "off", &why));
	assert_true(settings_apply(&s, "gr_name", "GR West", &why));
	before = s;
	for (size_t i = 0; i < settings_key_count(); i++) {
		assert_false(settings_apply(&s, settings_key_at(i),
					    "\x01 no such value", &why));
		assert_memory_equal(&s, &before, sizeof s);
	}
	assert_int_equal(s.quorum_min, 9);
	assert_int_equal(s.counting_roles, BIT(CLIENT) | BIT(ASD));
	assert_string_equal(s.gr_name, "GR West");
}

/* ---- role lists ------------------------------------------------------------ */

struct roles_case {
	const char *name;
	role_mask mask;
	size_t size;
	const char *want;
};

static const struct roles_case roles_cases[] = {
	{"roles: none", 0, 64, ""},
	{"roles: client", BIT(CLIENT), 64, "client"},
	{"roles: client,guest", BIT(CLIENT) | BIT(GUEST), 64, "client,guest"},
	{"roles: in role order, not bit order given", BIT(GUEST) | BIT(CHAIR),
	 64, "chair,guest"},
	{"roles: all", 127, 64,
	 "client,representative,chair,secretary,official,asd,guest"},
	{"roles: exactly fits", BIT(CLIENT) | BIT(GUEST), 13, "client,guest"},
	{"roles: a small buffer keeps whole roles", BIT(CLIENT) | BIT(GUEST), 10,
	 "client"},
	{"roles: nothing fits", BIT(REPRESENTATIVE), 5, ""},
};

static void run_roles_case(void **state)
{
	const struct roles_case *c = *state;
	char out[64];
	memset(out, 'X', sizeof out);
	settings_format_roles(c->mask, out, c->size);
	assert_string_equal(out, c->want);
}

static void every_role_mask_round_trips(void **state)
{
	(void)state;
	int checked = 0;
	for (role_mask mask = 1; mask < (1u << ROLE_COUNT); mask++) {
		struct settings s;
		char text[128];
		const char *why = NULL;
		settings_defaults(&s);
		settings_format_roles(mask, text, sizeof text);
		if (!settings_apply(&s, "counting_roles", text, &why))
			fail_msg("mask %u as \"%s\": %s", mask, text, why);
		if (s.counting_roles != mask)
			fail_msg("mask %u as \"%s\" read back as %u", mask, text,
				 s.counting_roles);
		checked++;
	}
	assert_int_equal(checked, (1 << ROLE_COUNT) - 1);
}

/* ---- the tolerance under a Dutch numeric locale ---------------------------- */

static char locale_dir[64];

/* A locale whose decimal separator is a comma: an installed one, or one
 * compiled for this test into a temporary directory. */
static bool comma_locale(void)
{
	static const char *const names[] = {"nl_NL.UTF-8", "nl_NL.utf8",
					    "de_DE.UTF-8", "fr_FR.UTF-8"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (setlocale(LC_NUMERIC, names[i]))
			return true;
	snprintf(locale_dir, sizeof locale_dir, "/tmp/notulist-locale.XXXXXX");
	if (!mkdtemp(locale_dir)) {
		locale_dir[0] = '\0';
		return false;
	}
	char cmd[256];
	snprintf(cmd, sizeof cmd,
		 "localedef -i nl_NL -f UTF-8 '%s/nl_NL.UTF-8' >/dev/null 2>&1",
		 locale_dir);
	if (system(cmd) != 0)
		return false;
	setenv("LOCPATH", locale_dir, 1);
	return setlocale(LC_NUMERIC, "nl_NL.UTF-8") != NULL;
}

static void remove_locale_dir(void)
{
	char cmd[256];
	if (!locale_dir[0])
		return;
	/* Only the directory mkdtemp made above. */
	if (strncmp(locale_dir, "/tmp/notulist-locale.", 21) != 0 ||
	    strlen(locale_dir) != 27)
		return;
	snprintf(cmd, sizeof cmd, "rm -rf -- '%s'", locale_dir);
	if (system(cmd) != 0)
		print_error("could not remove %s\n", locale_dir);
	unsetenv("LOCPATH");
	locale_dir[0] = '\0';
}

static void tolerance_ignores_the_numeric_locale(void **state)
{
	(void)state;
	struct settings s;
	const char *why = NULL;
	bool have = comma_locale();
	if (!have)
		skip();
	/* The locale really reads decimals with a comma… */
	assert_true(strtod("0,5", NULL) == 0.5);
	assert_true(strtod("0.5", NULL) == 0.0);
	/* …yet the setting is read as stored: with a point. */
	settings_defaults(&s);
	assert_true(settings_apply(&s, "balance_tolerance", "0.5", &why));
	assert_true(s.balance_tolerance == 0.5);
	assert_false(settings_apply(&s, "balance_tolerance", "0,5", &why));
	assert_string_equal(why, PEOPLE);
	assert_true(s.balance_tolerance == 0.5);
	setlocale(LC_NUMERIC, "C");
	/* And the locale of the program is left as it was. */
	assert_true(strtod("0.25", NULL) == 0.25);
}

/* Runs after every test, also after a failed one. */
static int teardown(void **state)
{
	(void)state;
	setlocale(LC_NUMERIC, "C");
	remove_locale_dir();
	return 0;
}

/* ---- the table runner ------------------------------------------------------ */

#define N_OF(a) (sizeof(a) / sizeof *(a))
#define ADD_ROWS(table, fn)                                                  \
	for (size_t i = 0; i < N_OF(table); i++, n++) {                      \
		tests[n] = (struct CMUnitTest)cmocka_unit_test(fn);          \
		tests[n].name = table[i].name;                               \
		tests[n].initial_state = (void *)&table[i];                  \
	}

int main(void)
{
	static struct CMUnitTest tests[N_OF(apply_cases) + N_OF(roles_cases) +
				       16];
	size_t n = 0;
	const struct CMUnitTest first[] = {
		cmocka_unit_test(defaults_are_the_documented_ones),
		cmocka_unit_test(every_key_is_listed_with_help),
	};
	for (size_t i = 0; i < N_OF(first); i++)
		tests[n++] = first[i];
	ADD_ROWS(apply_cases, run_apply_case);
	ADD_ROWS(roles_cases, run_roles_case);
	const struct CMUnitTest named[] = {
		cmocka_unit_test(failed_applies_change_nothing),
		cmocka_unit_test(every_role_mask_round_trips),
		cmocka_unit_test(tolerance_ignores_the_numeric_locale),
	};
	for (size_t i = 0; i < N_OF(named); i++)
		tests[n++] = named[i];
	return _cmocka_run_group_tests("settings", tests, n, NULL, teardown);
}
