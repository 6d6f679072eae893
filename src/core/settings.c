/*
 * settings.c — one table describes every setting: key, default, help text
 * and validator.  Adding a setting means adding a row here and a field in
 * struct settings; `config list`, validation and loading follow.
 */
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "money.h"
#include "settings.h"
#include "store.h"
#include "store_settings.h"
#include "text.h"
#include "text_show.h"

typedef bool (*setting_parser)(struct settings *s, const char *value,
			       const char **why);

struct setting_spec {
	const char *key;
	const char *default_value;
	const char *help; /* N_() */
	setting_parser parse;
	/* For text: the cleaned form (trimmed, NFC) that is stored instead
	 * of what was typed; NULL: the value is stored as typed. */
	const char *(*cleaned)(const struct settings *s);
};

static bool parse_int_range(const char *value, long min, long max, int *out,
			    const char **why)
{
	char *end = NULL;
	errno = 0;
	/* Digits only: strtol alone would take " 12" and "+12". */
	long v = value[0] >= '0' && value[0] <= '9' ? strtol(value, &end, 10) : -1;
	if (v < 0 || errno || *end || v < min || v > max) {
		*why = N_("must be a whole number");
		return false;
	}
	*out = (int)v;
	return true;
}

static bool parse_gr_name(struct settings *s, const char *value,
			  const char **why)
{
	char clean[NL_NAME_SIZE];
	if (!*value) {
		s->gr_name[0] = '\0';
		return true;
	}
	if (!text_clean_field(value, NL_NAME_CHARS, clean, sizeof clean, why))
		return false;
	snprintf(s->gr_name, sizeof s->gr_name, "%s", clean);
	return true;
}

static const char *cleaned_gr_name(const struct settings *s)
{
	return s->gr_name;
}

static bool parse_quorum_min(struct settings *s, const char *v, const char **why)
{
	return parse_int_range(v, 1, 1000, &s->quorum_min, why);
}

static bool parse_meetings(struct settings *s, const char *v, const char **why)
{
	return parse_int_range(v, 1, 52, &s->meetings_per_year, why);
}

static bool parse_absence(struct settings *s, const char *v, const char **why)
{
	return parse_int_range(v, 1, 100, &s->absence_limit, why);
}

static bool parse_advice_weeks(struct settings *s, const char *v,
			       const char **why)
{
	return parse_int_range(v, 1, 104, &s->advice_response_weeks, why);
}

static bool parse_pool_margin(struct settings *s, const char *v,
			      const char **why)
{
	return parse_int_range(v, 0, 1000, &s->pool_margin, why);
}

static bool parse_trend(struct settings *s, const char *v, const char **why)
{
	return parse_int_range(v, 2, 100, &s->trend_meetings, why);
}

/* strtod in the C locale: under a Dutch locale "0.5" would stop at the
 * point, and a stored value must mean the same everywhere.  Only a digit
 * or a point may start it: strtod alone would take " 1", "\t0" or "+1",
 * and the value is stored as typed, blanks and all. */
static double parse_c_number(const char *value, char **end)
{
	if (!(value[0] >= '0' && value[0] <= '9') && value[0] != '.') {
		*end = (char *)value;
		return 0;
	}
	locale_t c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	locale_t old = c ? uselocale(c) : (locale_t)0;
	double v = strtod(value, end);
	if (c) {
		uselocale(old);
		freelocale(c);
	}
	return v;
}

static bool parse_tolerance(struct settings *s, const char *value,
			    const char **why)
{
	char *end;
	errno = 0;
	double v = parse_c_number(value, &end);
	if (errno || end == value || *end || !isfinite(v) || v < 0 || v > 1000) {
		/* TRANSLATORS: said of a value given for a setting:
		 * "balance_tolerance: "x" must be …". */
		*why = N_("must be a number of people, 0 or more");
		return false;
	}
	s->balance_tolerance = v;
	return true;
}

static bool parse_term_years(struct settings *s, const char *v,
			     const char **why)
{
	return parse_int_range(v, 1, 20, &s->term_years, why);
}

static bool parse_reappointments(struct settings *s, const char *v,
				 const char **why)
{
	return parse_int_range(v, 0, 20, &s->term_reappointments, why);
}

static bool parse_term_warning(struct settings *s, const char *v,
			       const char **why)
{
	return parse_int_range(v, 0, 104, &s->term_warning_weeks, why);
}

static bool parse_absence_share(struct settings *s, const char *value,
				const char **why)
{
	char *end;
	errno = 0;
	double v = parse_c_number(value, &end);
	if (errno || end == value || *end || !isfinite(v) || v <= 0 || v > 1) {
		/* TRANSLATORS: said of a value given for a setting. */
		*why = N_("must be a share above 0 and at most 1, such as 0.5");
		return false;
	}
	s->absence_share_limit = v;
	return true;
}

static bool parse_bell(struct settings *s, const char *value, const char **why)
{
	static const char *const on[] = {"on", "yes", "true", "1", "aan", "ja"};
	static const char *const off[] = {"off", "no", "false", "0", "uit", "nee"};
	for (size_t i = 0; i < sizeof on / sizeof *on; i++) {
		if (strcmp(value, on[i]) == 0) {
			s->bell = true;
			return true;
		}
		if (strcmp(value, off[i]) == 0) {
			s->bell = false;
			return true;
		}
	}
	/* TRANSLATORS: "aan" and "uit" are accepted too, so a Dutch
	 * translation may name those. */
	*why = N_("must be on or off");
	return false;
}

static bool parse_yes_no(const char *value, bool *out, const char **why)
{
	static const char *const yes[] = {"yes", "on", "true", "1", "ja"};
	static const char *const no[] = {"no", "off", "false", "0", "nee"};
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
		if (strcmp(value, yes[i]) == 0 || strcmp(value, no[i]) == 0) {
			*out = strcmp(value, yes[i]) == 0;
			return true;
		}
	}
	/* TRANSLATORS: "ja" and "nee" are accepted too. */
	*why = N_("must be yes or no");
	return false;
}

static bool parse_minutes_times(struct settings *s, const char *v,
				const char **why)
{
	return parse_yes_no(v, &s->minutes_times, why);
}

static bool parse_invitation_days(struct settings *s, const char *v,
				  const char **why)
{
	return parse_int_range(v, 0, 365, &s->invitation_days, why);
}

static bool parse_item_deadline(struct settings *s, const char *v,
				const char **why)
{
	return parse_int_range(v, 0, 365, &s->item_deadline_days, why);
}

static bool parse_money(const char *value, int64_t *cents, const char **why)
{
	if (money_parse(value, cents))
		return true;
	/* TRANSLATORS: said of an amount given for a setting. */
	*why = N_("must be an amount in euros such as 30.00");
	return false;
}

static bool parse_cap_month(struct settings *s, const char *v,
			    const char **why)
{
	return parse_money(v, &s->allowance_cap_month_cents, why);
}

static bool parse_cap_year(struct settings *s, const char *v,
			   const char **why)
{
	return parse_money(v, &s->allowance_cap_year_cents, why);
}

/* One parser per role: a setting's parser knows no key. */
#define ALLOWANCE_PARSER(role_id, fn)                                        \
	static bool fn(struct settings *s, const char *v, const char **why)  \
	{                                                                    \
		return parse_money(v, &s->allowance_cents[role_id], why);    \
	}
ALLOWANCE_PARSER(ROLE_CLIENT, parse_allowance_client)
ALLOWANCE_PARSER(ROLE_REPRESENTATIVE, parse_allowance_representative)
ALLOWANCE_PARSER(ROLE_CHAIR, parse_allowance_chair)
ALLOWANCE_PARSER(ROLE_SECRETARY, parse_allowance_secretary)
ALLOWANCE_PARSER(ROLE_OFFICIAL, parse_allowance_official)
ALLOWANCE_PARSER(ROLE_ASD, parse_allowance_asd)
ALLOWANCE_PARSER(ROLE_GUEST, parse_allowance_guest)
ALLOWANCE_PARSER(ROLE_STAND_IN, parse_allowance_stand_in)

static bool parse_roles(struct settings *s, const char *value, const char **why)
{
	role_mask mask = 0;
	char buf[256];
	/* Every role twice fits many times over; a longer value would be
	 * cut here, its end never read, and then stored whole. */
	if (strlen(value) >= sizeof buf) {
		/* TRANSLATORS: said of a value given for a setting. */
		*why = N_("is too long");
		return false;
	}
	snprintf(buf, sizeof buf, "%s", value);
	for (char *save = NULL, *tok = strtok_r(buf, ", ", &save); tok;
	     tok = strtok_r(NULL, ", ", &save)) {
		enum role role;
		if (!role_parse(tok, &role)) {
			*why = N_("must be a comma-separated list of roles "
				  "(client, representative, chair, secretary, "
				  "official, asd, guest, stand-in)");
			return false;
		}
		mask |= ROLE_BIT(role);
	}
	if (!mask) {
		*why = N_("needs at least one role");
		return false;
	}
	s->counting_roles = mask;
	return true;
}

static const struct setting_spec specs[] = {
	/* TRANSLATORS: descriptions of the settings, shown by "notulist
	 * config list" after the key and the value. */
	{"gr_name", "", N_("name of the joint arrangement (GR), shown in "
			   "headers and minutes"), parse_gr_name,
	 cleaned_gr_name},
	{"quorum_min", "12", N_("clients needed for a quorum in new meetings, "
				"1-1000"), parse_quorum_min, NULL},
	{"counting_roles", "client", N_("roles that count for quorum and "
					"balance, comma-separated"),
	 parse_roles, NULL},
	{"balance_tolerance", "1", N_("people a municipality may be below its "
				      "expected number before a warning"),
	 parse_tolerance, NULL},
	{"meetings_per_year", "3", N_("target number of meetings a year, 1-52"),
	 parse_meetings, NULL},
	{"absence_limit", "3", N_("meetings in a row a client may miss without "
				  "notice before a warning, 1-100"),
	 parse_absence, NULL},
	{"advice_response_weeks", "6", N_("weeks the municipality has to answer "
					  "an advice, 1-104"),
	 parse_advice_weeks, NULL},
	{"pool_margin", "3", N_("active clients wanted above the quorum "
				"minimum, 0-1000"), parse_pool_margin, NULL},
	{"trend_meetings", "4", N_("meetings looked at for an attendance "
				   "trend, 2-100"), parse_trend, NULL},
	{"term_years", "4", N_("years a term of office lasts when no end is "
			       "given, 1-20"), parse_term_years, NULL},
	{"term_reappointments", "1", N_("reappointments allowed after the "
					"first term, 0-20 (0: no limit)"),
	 parse_reappointments, NULL},
	{"term_warning_weeks", "8", N_("weeks before the end of a term that "
				       "check warns, 0-104"),
	 parse_term_warning, NULL},
	{"absence_share_limit", "0.5", N_("share of a year's held meetings "
					  "missed without notice from which "
					  "check warns, above 0 and at most 1"),
	 parse_absence_share, NULL},
	{"bell", "on", N_("ring the terminal bell when the quorum is lost"),
	 parse_bell, NULL},
	{"minutes_times", "no", N_("list arrival and departure per person in "
				   "the minutes, yes or no"),
	 parse_minutes_times, NULL},
	{"invitation_days", "10", N_("days before a meeting the invitation "
				     "is sent, 0-365"), parse_invitation_days, NULL},
	{"item_deadline_days", "14", N_("days before a meeting members may "
					"put items on its agenda, 0-365"),
	 parse_item_deadline, NULL},
	{"allowance_per_meeting.client", "0.00",
	 N_("allowance for a client per meeting attended (0: none)"),
	 parse_allowance_client, NULL},
	{"allowance_per_meeting.representative", "0.00",
	 N_("allowance for a representative per meeting attended"),
	 parse_allowance_representative, NULL},
	{"allowance_per_meeting.chair", "0.00",
	 N_("allowance for the chair per meeting attended"),
	 parse_allowance_chair, NULL},
	{"allowance_per_meeting.secretary", "0.00",
	 N_("allowance for the secretary per meeting attended"),
	 parse_allowance_secretary, NULL},
	{"allowance_per_meeting.official", "0.00",
	 N_("allowance for an official per meeting attended"),
	 parse_allowance_official, NULL},
	{"allowance_per_meeting.asd", "0.00",
	 N_("allowance for an ASD member per meeting attended"),
	 parse_allowance_asd, NULL},
	{"allowance_per_meeting.guest", "0.00",
	 N_("allowance for a guest per meeting attended"),
	 parse_allowance_guest, NULL},
	{"allowance_per_meeting.stand-in", "0.00",
	 N_("allowance for a stand-in per meeting attended"),
	 parse_allowance_stand_in, NULL},
	{"allowance_cap_month", "210.00", N_("allowance disregarded for people "
					     "on assistance, per month"),
	 parse_cap_month, NULL},
	{"allowance_cap_year", "2100.00", N_("allowance disregarded for people "
					     "on assistance, per year"),
	 parse_cap_year, NULL},
};

#define SPEC_COUNT (sizeof specs / sizeof *specs)

static const struct setting_spec *find_spec(const char *key)
{
	for (size_t i = 0; i < SPEC_COUNT; i++)
		if (strcmp(specs[i].key, key) == 0)
			return &specs[i];
	return NULL;
}

size_t settings_key_count(void)
{
	return SPEC_COUNT;
}

const char *settings_key_at(size_t index)
{
	return index < SPEC_COUNT ? specs[index].key : NULL;
}

const char *settings_key_help(const char *key)
{
	const struct setting_spec *spec = find_spec(key);
	return spec ? _(spec->help) : NULL;
}

bool settings_apply(struct settings *settings, const char *key,
		    const char *value, const char **why)
{
	const struct setting_spec *spec = find_spec(key);
	if (!spec) {
		*why = N_("unknown setting");
		return false;
	}
	return spec->parse(settings, value, why);
}

void settings_defaults(struct settings *settings)
{
	const char *why;
	memset(settings, 0, sizeof *settings);
	for (size_t i = 0; i < SPEC_COUNT; i++)
		specs[i].parse(settings, specs[i].default_value, &why);
}

enum nl_status settings_load(struct store *store, struct settings *settings,
			     struct nl_error *err)
{
	struct setting_row *rows;
	size_t n;
	const char *why;
	settings_defaults(settings);
	enum nl_status status = store_setting_list(store, &rows, &n, err);
	if (status != NL_OK)
		return status;
	for (size_t i = 0; i < n; i++) {
		struct settings trial = *settings;
		if (settings_apply(&trial, rows[i].key, rows[i].value, &why))
			*settings = trial;
	}
	free(rows);
	return NL_OK;
}

enum nl_status settings_set(struct store *store, const char *key,
			    const char *value, struct nl_error *err)
{
	struct settings trial;
	const char *why;
	settings_defaults(&trial);
	if (!find_spec(key))
		return nl_fail(err, NL_ERR_INVALID, _("unknown setting \"%s\""),
			       QUOTED(key));
	if (!settings_apply(&trial, key, value, &why))
		/* TRANSLATORS: setting key, the value given, what is wrong
		 * with it ("must be on or off"), the setting's description. */
		return nl_fail(err, NL_ERR_INVALID, _("%s: \"%s\" %s (%s)"),
			       key, QUOTED(value), _(why),
			       _(find_spec(key)->help));
	const struct setting_spec *spec = find_spec(key);
	const char *stored = spec->cleaned ? spec->cleaned(&trial) : value;
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      store_setting_put(store, key, stored, err),
				      err);
	return status;
}

enum nl_status settings_reset(struct store *store, const char *key,
			      struct nl_error *err)
{
	if (!find_spec(key))
		return nl_fail(err, NL_ERR_INVALID, _("unknown setting \"%s\""),
			       QUOTED(key));
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      store_setting_delete(store, key, err), err);
	return status;
}

enum nl_status settings_get(struct store *store, const char *key, char *out,
			    size_t size, struct nl_error *err)
{
	const struct setting_spec *spec = find_spec(key);
	struct setting_row *rows;
	size_t n;
	if (!spec)
		return nl_fail(err, NL_ERR_INVALID, _("unknown setting \"%s\""),
			       QUOTED(key));
	enum nl_status status = store_setting_list(store, &rows, &n, err);
	if (status != NL_OK)
		return status;
	snprintf(out, size, "%s", spec->default_value);
	for (size_t i = 0; i < n; i++) {
		struct settings trial;
		const char *why;
		settings_defaults(&trial);
		if (strcmp(rows[i].key, key) == 0 &&
		    settings_apply(&trial, key, rows[i].value, &why))
			snprintf(out, size, "%s", rows[i].value);
	}
	free(rows);
	return NL_OK;
}

void settings_format_roles(role_mask mask, char *out, size_t size)
{
	size_t used = 0;
	if (size)
		out[0] = '\0';
	for (int r = 0; r < ROLE_COUNT; r++) {
		if (!role_counts(mask, (enum role)r))
			continue;
		int n = snprintf(out + used, size - used, "%s%s",
				 used ? "," : "", role_key((enum role)r));
		if (n < 0 || (size_t)n >= size - used) {
			/* No half role names: keep the roles that fit. */
			if (size)
				out[used] = '\0';
			return;
		}
		used += (size_t)n;
	}
}
