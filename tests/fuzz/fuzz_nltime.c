/*
 * fuzz_nltime.c — libFuzzer target for the date and time parsers
 * (nltime.c) and the --at reader (meeting_time_read), in the time zone of
 * the secretary (TZ=Europe/Amsterdam, with its summer time).
 *
 * An input's first byte picks the parser, its second the meeting an --at
 * belongs to (among them the two days the clocks change); the rest is the
 * text.  Invariants, from nltime.h's contract:
 *  - what nl_parse_date, nl_parse_hhmm and nl_parse_stamp accept, the
 *    formatter writes back as the same text;
 *  - what nl_parse_local and nl_parse_datetime accept comes back the same
 *    up to the normalisations (a space for 'T', ":00" for missing
 *    seconds); nl_parse_datetime refuses exactly the moments the clock
 *    skipped, and reads a repeated one as its first occurrence;
 *  - nl_parse_instant gives the instant of the local part minus its
 *    offset, and its stamp parses back to it;
 *  - an --at the meeting accepts is on the meeting's day or the next
 *    morning, at the time written; one it refuses is said in one printable
 *    line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fuzz_common.h"
#include "meetings.h"
#include "nltime.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("TZ", "Europe/Amsterdam", 1);
	tzset();
	return 0;
}

static void check_date(const char *text)
{
	struct nl_date d;
	char back[NL_DATE_LEN];
	if (!nl_parse_date(text, &d))
		return;
	nl_format_date(d, back);
	if (strcmp(back, text) != 0 || !nl_date_in_range(d))
		abort();
}

static void check_hhmm(const char *text)
{
	int minutes;
	char back[NL_HHMM_LEN];
	if (!nl_parse_hhmm(text, &minutes))
		return;
	nl_format_minutes(minutes, back);
	if (strcmp(back, text) != 0 || minutes < 0 || minutes >= 24 * 60)
		abort();
}

/* "YYYY-MM-DD HH:MM:SS" of a text the local parsers accepted: a space for
 * the 'T', seconds added when missing. */
static void normalised(const char *text, char out[NL_DATETIME_LEN])
{
	snprintf(out, NL_DATETIME_LEN, "%.10s %.5s:%s", text, text + 11,
		 strlen(text) > 16 ? text + 17 : "00");
}

static void local_text(struct nl_date d, int64_t second, char *out,
		       size_t size)
{
	char date[NL_DATE_LEN];
	nl_format_date(d, date);
	snprintf(out, size, "%s %02d:%02d:%02d", date, (int)(second / 3600 % 100),
		 (int)(second / 60 % 60), (int)(second % 60));
}

static void check_local(const char *text)
{
	struct nl_date d;
	int64_t second;
	nl_time t;
	char want[NL_DATETIME_LEN], got[NL_DATETIME_LEN + 16];
	bool local = nl_parse_local(text, &d, &second);
	bool moment = nl_parse_datetime(text, &t);
	if (!local) {
		if (moment)
			abort(); /* a moment without its local parts */
		return;
	}
	normalised(text, want);
	local_text(d, second, got, sizeof got);
	if (strcmp(want, got) != 0)
		abort();
	nl_time first;
	enum nl_local how = nl_local_instant(d, second, &first);
	if (moment != (how != NL_LOCAL_SKIPPED))
		abort(); /* skipped moments and only those are refused */
	if (!moment)
		return;
	nl_format_datetime(t, got);
	if (strcmp(want, got) != 0 || t != first)
		abort(); /* not the same wall-clock moment, or not the first */
}

static void check_instant(const char *text)
{
	nl_time t, back;
	struct nl_date d;
	int64_t second;
	char stamp[NL_STAMP_LEN], local[NL_DATETIME_LEN + 8];
	if (!nl_parse_instant(text, &t))
		return;
	/* The local part, read without a zone, less the offset written. */
	snprintf(local, sizeof local, "%.*s", (int)strcspn(text + 16, "Z+-") + 16,
		 text);
	if (!nl_parse_local(local, &d, &second))
		abort();
	const char *zone = text + strlen(local);
	int64_t offset = 0;
	if (*zone != 'Z')
		offset = (zone[0] == '-' ? -1 : 1) *
			 (((zone[1] - '0') * 10 + zone[2] - '0') * 3600 +
			  ((zone[4] - '0') * 10 + zone[5] - '0') * 60);
	if (t != nl_days_from_civil(d) * 86400 + second - offset)
		abort();
	nl_format_stamp(t, stamp);
	if (!nl_parse_stamp(stamp, &back) || back != t)
		abort();
}

static void check_stamp(const char *text)
{
	nl_time t;
	char back[NL_STAMP_LEN];
	if (!nl_parse_stamp(text, &t))
		return;
	nl_format_stamp(t, back);
	if (strcmp(back, text) != 0)
		abort();
}

/* Meetings an --at may belong to: an ordinary evening, one without a
 * start, the night the clocks go forward and the one they go back, a
 * morning meeting, and the last day the calendar holds. */
static const struct {
	struct nl_date date;
	int start_minute;
} meetings[] = {
	{{2026, 3, 10}, 19 * 60},   {{2026, 3, 10}, -1},
	{{2026, 3, 28}, 22 * 60},   {{2026, 10, 24}, 23 * 60},
	{{2026, 3, 29}, 1 * 60},    {{2026, 10, 25}, 2 * 60},
	{{2026, 6, 1}, 9 * 60 + 30}, {{9999, 12, 31}, 20 * 60},
};

static void check_at(const char *text, uint8_t pick)
{
	struct meeting m;
	struct nl_error err = {0};
	nl_time at;
	int minutes;
	size_t n = sizeof meetings / sizeof *meetings;
	memset(&m, 0, sizeof m);
	m.id = 1;
	m.date = meetings[pick % n].date;
	m.start_minute = meetings[pick % n].start_minute;
	m.status = MEETING_OPEN;
	m.opened_at = nl_time_from(m.date, m.start_minute >= 0 ? m.start_minute
								: 18 * 60);
	if (meeting_time_read(&m, "--at", text, &at, &err) != NL_OK) {
		if (!fuzz_one_line(err.message))
			abort();
		return;
	}
	struct nl_date day = nl_time_date(at);
	if (nl_date_compare(day, m.date) != 0 &&
	    nl_date_compare(day, nl_date_add_days(m.date, 1)) != 0)
		abort(); /* not the meeting's day or night */
	if (nl_parse_hhmm(text, &minutes) &&
	    nl_time_minute_of_day(at) != minutes)
		abort(); /* not at the time written */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	char *text = fuzz_string(data + 2, size - 2);
	switch (data[0] % 7) {
	case 0: check_date(text); break;
	case 1: check_hhmm(text); break;
	case 2: check_local(text); break;
	case 3: check_instant(text); break;
	case 4: check_stamp(text); break;
	default: check_at(text, data[1]); break;
	}
	free(text);
	return 0;
}
